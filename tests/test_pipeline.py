"""The pipeline's own choices: every generator, built-in or added, is taken from the registry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from studygen.models import Article, CardKind


class _Shouting:
    """A third generator, registered beside the built-ins: it asks every question its own way."""

    name = "shouting"

    def __init__(self, **options: Any) -> None:
        self.options = options

    def write(self, requests: list[Any]) -> list[list[Any]]:
        from studygen.generators.base import QuestionDraft

        return [[QuestionDraft(question="Which name does the Taipei Times essay give first?", template="shouting")]
                for _ in requests]


@pytest.mark.slow
def test_a_third_registered_generator_is_used_not_replaced_by_the_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    import studygen.pipeline as pipeline
    from studygen.generators import generators
    from studygen.pipeline import BuildOptions, generate_cards

    monkeypatch.setattr(pipeline, "_writers", {})
    monkeypatch.setitem(generators._entries, "shouting", "tests:unused")
    monkeypatch.setitem(generators._loaded, "shouting", _Shouting)
    text = Path("seeds").glob("*.txt").__next__().read_text(encoding="utf-8")
    article = Article(id="a", title="Taipei", text=text, source="seed.txt")
    options = BuildOptions(generator="shouting", kinds=[CardKind.BASIC])
    templates = {card.template for card in generate_cards([article], options).deck.cards}
    assert "shouting" in templates


def test_an_unknown_generator_is_refused_by_name() -> None:
    from studygen.errors import InputError
    from studygen.models import Article
    from studygen.pipeline import BuildOptions, generate_cards

    article = Article(id="a", title="T", text="Kim met Lee in May.", source="t.txt")
    with pytest.raises(InputError, match="unknown generator 'nope'"):
        generate_cards([article], BuildOptions(generator="nope"))
