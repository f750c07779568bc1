"""A build of one short article for tests of which sentences give cards."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def every_card(tmp_path: Path, text: str) -> list[Any]:
    """The cards of a build of ``text`` (one article, not split), every card kept whatever its ranking score:
    the sentences, not the ranking, decide."""
    from studygen.pipeline import BuildOptions, build_deck

    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    return build_deck([tmp_path / "article.txt"], BuildOptions(split="none", cards=40, min_score=0.0)).deck.cards
