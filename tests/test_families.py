"""The question template families: the TOML files load, and every worked example in them is what
``generate_question`` writes, so an edit that breaks a family is caught."""

from __future__ import annotations

import pytest

from studygen.generators.families import load_families

REQUIRED = ("subject", "object", "adverbial", "definition", "cloze", "mcq", "true_false")
EXAMPLES = [(name, k, example) for name, fam in sorted(load_families().items())
            for k, example in enumerate(fam.examples)]


def test_every_required_family_is_present() -> None:
    assert set(REQUIRED) <= set(load_families())


def test_question_families_have_examples_and_question_phrases() -> None:
    families = load_families()
    for name in ("subject", "object", "adverbial", "definition"):
        assert families[name].examples, f"{name} has no worked example"
        assert families[name].wh, f"{name} has no [wh] table"


@pytest.mark.parametrize(("name", "index", "example"), EXAMPLES, ids=[f"{n}-{k}" for n, k, _ in EXAMPLES])
def test_example_is_well_formed(name: str, index: int, example: dict[str, str]) -> None:
    assert set(example) == {"sentence", "answer", "question"}, f"{name} example {index}: unexpected keys"
    assert example["answer"] in example["sentence"]
    assert example["question"].endswith("?")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "index", "example"), EXAMPLES, ids=[f"{n}-{k}" for n, k, _ in EXAMPLES])
def test_example_question_is_written(name: str, index: int, example: dict[str, str], nlp: object) -> None:
    from studygen.questions import generate_question

    sentence, answer = example["sentence"], example["answer"]
    assert generate_question(sentence, answer, sentence.index(answer)) == example["question"]


@pytest.fixture(scope="module")
def nlp() -> object:
    """One spaCy load for the module (the loader caches it for the whole session)."""
    from studygen.nlp import spacy_pipeline

    return spacy_pipeline()
