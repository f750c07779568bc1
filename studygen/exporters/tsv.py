"""``tsv``: Anki's text import, with the file headers that make Anki's importer need no choices.

Each row is one note: GUID, note type, deck, tags, then the note's fields (the same HTML as in the
``.apkg``). The note types are the ones the ``.apkg`` defines (``studygen Basic``, ``studygen Cloze``,
``studygen Multiple choice``, ``studygen True/False``), so import the ``.apkg`` once before the first
TSV import; the GUIDs are the ``.apkg``'s too, so a TSV import updates those notes.

A field that would start with ``=``, ``+``, ``-`` or ``@`` (a formula to a spreadsheet) starts with
that character's HTML entity instead (``&#61;1+1``): the file is imported as HTML, so Anki shows the
same ``=1+1`` and no spreadsheet runs it. Tabs and newlines never reach a field (all text is one
line), and cells are written with the quoting rules Anki's reader follows; a GUID that starts with
``#`` is quoted, because Anki skips a line that starts with ``#`` as a comment. A deck name that starts
with one of those characters gets a leading space, which Anki trims. The GUID column is left exactly
as it is, because Anki matches it byte for byte (studygen's GUIDs are hashes, not article text).
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from studygen.exporters.anki import NOTE_TYPES, deck_name, note_fields, note_tags, subdeck_name
from studygen.exporters.common import articles_by_id
from studygen.models import Deck
from studygen.outputs import OutputSet

if TYPE_CHECKING:
    from studygen.exporters import ExportOptions

#: Meta columns, 1-based as in Anki's headers; the note's fields follow them.
GUID_COLUMN, NOTETYPE_COLUMN, DECK_COLUMN, TAGS_COLUMN = 1, 2, 3, 4
_FORMULA_START = {"=": "&#61;", "+": "&#43;", "-": "&#45;", "@": "&#64;"}
_DIALECT: dict[str, Any] = {"delimiter": "\t", "quotechar": '"', "quoting": csv.QUOTE_MINIMAL, "lineterminator": "\n"}


def defuse_formula(field: str) -> str:
    """``field`` with a leading formula character replaced by its HTML entity (same text in Anki)."""
    if field[:1] in _FORMULA_START:
        return _FORMULA_START[field[0]] + field[1:]
    return field


def render(deck: Deck) -> str:
    width = max(len(note_type.fields) for note_type in NOTE_TYPES.values())
    articles = articles_by_id(deck)
    out = io.StringIO()
    out.write("#separator:tab\n#html:true\n")
    out.write(f"#guid column:{GUID_COLUMN}\n#notetype column:{NOTETYPE_COLUMN}\n"
              f"#deck column:{DECK_COLUMN}\n#tags column:{TAGS_COLUMN}\n")
    columns = ["GUID", "Note type", "Deck", "Tags"] + [f"Field {i}" for i in range(1, width + 1)]
    out.write("#columns:" + "\t".join(columns) + "\n")
    for card in deck.cards:
        article = articles[card.article_id]
        fields = [defuse_formula(field) for field in note_fields(card, article)]
        fields += [""] * (width - len(fields))
        deck_cell = subdeck_name(deck, article)
        if deck_cell[:1] in _FORMULA_START:
            deck_cell = " " + deck_cell  # Anki trims the space off deck names
        row = io.StringIO()
        csv.writer(row, **_DIALECT).writerow([card.guid, NOTE_TYPES[card.kind].name, deck_cell,
                                             " ".join(note_tags(card, article)), *fields])
        line = row.getvalue()
        if line.startswith("#"):
            # Anki's reader skips a line that starts with "#" as a comment (about 1 GUID in 91 does):
            # quoted, the GUID is read as written.
            line = f'"{card.guid}"' + line[len(card.guid):]
        out.write(line)
    return out.getvalue()


def write(deck: Deck, outputs: OutputSet, stem: str, options: ExportOptions) -> None:
    outputs.write_text(f"{stem}.tsv", render(deck))


__all__ = ["defuse_formula", "deck_name", "render", "write"]
