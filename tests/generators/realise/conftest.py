"""Fixtures of the realiser's tests: the spaCy pipeline and the template writer, loaded once."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - spaCy Language
    from studygen.nlp import spacy_pipeline

    return spacy_pipeline()


@pytest.fixture(scope="module")
def writer():  # noqa: ANN201
    from studygen.generators.templates import TemplateWriter

    return TemplateWriter()
