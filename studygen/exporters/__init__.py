"""Export formats, by name. A new format is one module with a ``write`` function and one line here.

Every format writes ``DIR/<slug of the deck name>.<extension>`` through one
:class:`~studygen.outputs.OutputSet`, so an export of several formats replaces nothing unless all of
them succeed::

    from studygen.exporters import export_deck, ExportOptions
    export_deck(deck, ["apkg", "json"], "decks/")
    export_deck(deck, ["quiz"], "decks/", ExportOptions(versions=3, seed=7))
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from studygen.errors import InputError, NoCardsError
from studygen.models import Deck, slugify
from studygen.outputs import OutputSet
from studygen.registry import Registry

__all__ = [
    "DEFAULT_TIMESTAMP",
    "FORMAT_FILES",
    "ExportOptions",
    "Writer",
    "export_card_file",
    "export_deck",
    "exporters",
    "parse_formats",
    "source_date_epoch",
]

#: Anki's note and note-type modification time when nothing better is known (2024-01-01 UTC). Anki
#: only updates an already imported note from a package whose notes are *newer*, so callers that
#: rebuild a deck should pass the time their source last changed (``studygen export`` passes the
#: card file's modification time; ``SOURCE_DATE_EPOCH`` overrides both).
DEFAULT_TIMESTAMP = 1_704_067_200


class ExportOptions(BaseModel):
    """Choices that change what the exporters write."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    versions: int = Field(default=1, ge=1, le=26,
                          description="Printable quiz: how many shuffled versions (A, B, ...) to write.")
    seed: int = Field(default=0, description="Seed of the quiz shuffles: same seed, same versions.")
    timestamp: float | None = Field(
        default=None, ge=0,
        description="Anki modification time (seconds since 1970) given to every note and note type. "
                    "Same timestamp, byte-identical .apkg; a rebuild that should update notes already "
                    "in Anki needs a later one. None: $SOURCE_DATE_EPOCH, else DEFAULT_TIMESTAMP.")

    def anki_timestamp(self) -> int:
        if self.timestamp is not None:
            return int(self.timestamp)
        epoch = source_date_epoch()
        return DEFAULT_TIMESTAMP if epoch is None else epoch


def source_date_epoch() -> int | None:
    """``$SOURCE_DATE_EPOCH`` (the reproducible-builds convention) when it holds a time, else None."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(epoch) if epoch.isdigit() else None


#: An exporter: writes its file(s) for ``deck`` into the output set, named from ``stem``.
Writer = Callable[[Deck, OutputSet, str, ExportOptions], None]

exporters: Registry[Writer] = Registry("export format", {
    "apkg": "studygen.exporters.anki:write",
    "json": "studygen.exporters.jsonfile:write",
    "tsv": "studygen.exporters.tsv:write",
    "gift": "studygen.exporters.gift:write",
    "quiz": "studygen.exporters.quiz:write",
    "md": "studygen.exporters.markdown:write",
})

#: What each format writes (for help texts and docs); ``<slug>`` is the slug of the deck name.
FORMAT_FILES = {
    "apkg": "<slug>.apkg: Anki package, one note type per card kind, a subdeck per article",
    "json": "<slug>.json: the canonical card file (edit it, then `studygen export` it)",
    "tsv": "<slug>.tsv: Anki text import into any profile (stock Basic and Cloze note types), "
           "with note type, deck, tags and GUID columns",
    "gift": "<slug>.gift: Moodle GIFT questions, a category per article",
    "quiz": "<slug>.quiz.html: printable quiz with the answer key on its own page "
            "(with --versions N: <slug>.quiz-A.html, <slug>.quiz-B.html, ...)",
    "md": "<slug>.md: Markdown worksheet with an answer key",
}

_ALIASES = {"anki": "apkg", "html": "quiz", "markdown": "md", "moodle": "gift", "cards": "json"}


def parse_formats(values: Iterable[str]) -> list[str]:
    """Format names from repeated and comma-separated options (``["apkg,json", "gift"]``), in order,
    without repeats. Raises :class:`InputError` on an unknown name or when none is given."""
    names: list[str] = []
    for value in values:
        for part in value.split(","):
            name = part.strip().lower()
            if not name:
                continue
            name = _ALIASES.get(name, name)
            if name not in exporters:
                raise InputError(f"unknown export format {part.strip()!r}; choose from: "
                                 f"{', '.join(exporters.names())}")
            if name not in names:
                names.append(name)
    if not names:
        raise InputError(f"no export format given; choose from: {', '.join(exporters.names())}")
    return names


def export_deck(deck: Deck, formats: Sequence[str], out_dir: str | Path,
                options: ExportOptions | None = None) -> list[Path]:
    """Write ``deck`` in each of ``formats`` into ``out_dir``; return the paths written.

    All files are staged and published together: if any format fails, no earlier output is replaced.
    Raises :class:`NoCardsError` for a deck without cards rather than writing empty files.
    """
    options = options or ExportOptions()
    names = parse_formats(formats)
    if not deck.cards:
        raise NoCardsError(f"deck {deck.name!r} has no cards; nothing was written")
    writers = [exporters.get(name) for name in names]  # import every writer before touching the disk
    stem = slugify(deck.name)
    with OutputSet(Path(out_dir)) as outputs:
        for write in writers:
            write(deck, outputs, stem, options)
        written = outputs.targets
    return written


def export_card_file(cards_path: str | Path, formats: Sequence[str], out_dir: str | Path, *,
                     deck_name: str | None = None, options: ExportOptions | None = None) -> list[Path]:
    """``studygen export``: read and validate a (possibly hand-edited) card file, then export it.

    Unless ``options.timestamp`` is set, Anki notes get the card file's modification time, so
    importing the export of an edited file updates the notes already in Anki.
    """
    from studygen.cardfile import load_deck

    names = parse_formats(formats)  # a bad format is reported before the file is read
    deck = load_deck(cards_path)
    if deck_name is not None:
        deck_name = deck_name.strip()
        if not deck_name:
            raise InputError("--deck-name is empty")
        deck = deck.model_copy(update={"name": deck_name})
    options = options or ExportOptions()
    if options.timestamp is None and source_date_epoch() is None:
        options = options.model_copy(update={"timestamp": int(Path(cards_path).stat().st_mtime)})
    return export_deck(deck, names, out_dir, options)
