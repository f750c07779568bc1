"""studygen: turn articles into question-answer flashcards and quizzes, offline.

The public API (imported lazily, so ``import studygen`` stays cheap)::

    from studygen import read_articles, build_deck, generate_question, export_deck, load_deck

    result = build_deck(["seeds/"], BuildOptions(deck_name="Seeds"))
    export_deck(result.deck, ["apkg", "json"], "decks/")
    generate_question("Kim received a second invite.", "Kim", 0)   # 'Who received a second invite?'
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "read_articles": "studygen.ingest",
    "BuildOptions": "studygen.pipeline",
    "BuildResult": "studygen.pipeline",
    "build_deck": "studygen.pipeline",
    "generate_cards": "studygen.pipeline",
    "generate_question": "studygen.questions",
    "export_deck": "studygen.exporters",
    "ExportOptions": "studygen.exporters",
    "load_deck": "studygen.cardfile",
    "dump_deck": "studygen.cardfile",
    "Article": "studygen.models",
    "Card": "studygen.models",
    "Deck": "studygen.models",
    "StudygenError": "studygen.errors",
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'studygen' has no attribute {name!r}")
