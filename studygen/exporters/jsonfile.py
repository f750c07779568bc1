"""``json``: the canonical card file, the same text ``studygen build`` writes and ``studygen export``
reads (see :mod:`studygen.cardfile`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studygen.cardfile import dump_deck
from studygen.models import Deck
from studygen.outputs import OutputSet

if TYPE_CHECKING:
    from studygen.exporters import ExportOptions


def write(deck: Deck, outputs: OutputSet, stem: str, options: ExportOptions) -> None:
    outputs.write_text(f"{stem}.json", dump_deck(deck))
