"""``tsv``: Anki's text import, for any Anki profile, with file headers that leave the import dialog
nothing to choose.

Each row is one note: GUID, note type, deck, tags, then two fields. The note types are Anki's stock
``Basic`` (fields Front, Back) and ``Cloze`` (Text, Back Extra), which every profile has, so the file
imports into a new, empty profile as well as into one that already holds studygen's ``.apkg``:

* basic: Front = the question; Back = the answer, the article's sentence with the answer marked, the
  article's title;
* cloze: Text = the sentence with one ``{{c1::...}}``; Back Extra = the sentence marked, the title;
* multiple choice: Front = the question and its lettered options; Back = the right option (letter and
  text), the sentence, the title;
* true/false: Front = "True or false?" and the statement; Back = True or False, the sentence (and what
  was swapped in), the title.

The GUIDs are the ``.apkg``'s with :data:`GUID_SUFFIX` added. Anki cannot turn a note of one note type
into another on import (it reports a GUID that names a note of another type as a conflict and skips
the row), so the TSV's notes are notes of their own: importing the TSV after the ``.apkg`` (or the
``.apkg`` after the TSV) adds a second copy of each card; importing a newer TSV over an older one
updates the notes the older one made, and keeps their review history.

Every piece of article text is escaped as in the ``.apkg`` (HTML, and ``{ } [ ]`` as entities), and
each field is wrapped in an element that keeps MathJax away. A field that would start with ``=``,
``+``, ``-`` or ``@`` (a formula to a spreadsheet) starts with that character's HTML entity instead
(``&#61;1+1``): the file is imported as HTML, so Anki shows the same ``=1+1`` and no spreadsheet runs
it. Tabs and newlines never reach a field (all text is one line), and cells are written with the
quoting rules Anki's reader follows; a GUID that starts with ``#`` is quoted, because Anki skips a line
that starts with ``#`` as a comment. A deck name that starts with one of those characters gets a leading
space, which Anki trims. The GUID column is otherwise left as it is, because Anki matches it byte for
byte (studygen's GUIDs are hashes, not article text).
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from studygen.exporters.anki import deck_name, note_fields, note_tags, subdeck_name
from studygen.exporters.common import articles_by_id
from studygen.models import Article, Card, CardKind, Deck
from studygen.outputs import OutputSet

if TYPE_CHECKING:
    from studygen.exporters import ExportOptions

#: Meta columns, 1-based as in Anki's headers; the note's two fields follow them.
GUID_COLUMN, NOTETYPE_COLUMN, DECK_COLUMN, TAGS_COLUMN = 1, 2, 3, 4
#: Anki's stock note types (English names, as a profile made in English has them) and their fields.
BASIC, CLOZE = "Basic", "Cloze"
STOCK_FIELDS = {BASIC: ("Front", "Back"), CLOZE: ("Text", "Back Extra")}
#: Added to a card's GUID: the TSV's notes are not the .apkg's (see the module docstring).
GUID_SUFFIX = "-tsv"
_FORMULA_START = {"=": "&#61;", "+": "&#43;", "-": "&#45;", "@": "&#64;"}
_DIALECT: dict[str, Any] = {"delimiter": "\t", "quotechar": '"', "quoting": csv.QUOTE_MINIMAL, "lineterminator": "\n"}


def defuse_formula(field: str) -> str:
    """``field`` with a leading formula character replaced by its HTML entity (same text in Anki)."""
    if field[:1] in _FORMULA_START:
        return _FORMULA_START[field[0]] + field[1:]
    return field


def tsv_guid(card: Card) -> str:
    """The GUID of ``card``'s note in the TSV."""
    return card.guid + GUID_SUFFIX


def _wrap(html: str) -> str:
    # Stock templates do not keep MathJax away from the fields ("\(x\)" in an article): this does.
    return f'<div class="sg mathjax_ignore tex2jax_ignore">{html}</div>'


def _source(marked: str) -> str:
    return f'<div class="sg-source"><span class="sg-source-label">The article says:</span> {marked}</div>'


def _answer(html: str) -> str:
    return f'<div class="sg-answer"><b>{html}</b></div>'


def _article(title: str) -> str:
    return f'<div class="sg-article">{title}</div>'


def stock_note(card: Card, article: Article) -> tuple[str, list[str]]:
    """The stock note type and the two fields (HTML) of ``card``'s note, from the ``.apkg``'s fields."""
    fields = note_fields(card, article)
    if card.kind is CardKind.BASIC:
        question, answer, marked, title = fields
        return BASIC, [_wrap(question), _wrap(_answer(answer) + _source(marked) + _article(title))]
    if card.kind is CardKind.CLOZE:
        text, marked, title = fields
        return CLOZE, [_wrap(text), _wrap(_source(marked) + _article(title))]
    if card.kind is CardKind.MCQ:
        question, options, answer, marked, title = fields
        front = f'<div class="sg-question">{question}</div><div class="sg-options">{options}</div>'
        return BASIC, [_wrap(front), _wrap(_answer(answer) + _source(marked) + _article(title))]
    statement, answer, explanation, title = fields
    front = f'<div class="sg-kind">True or false?</div><div class="sg-question">{statement}</div>'
    back = _answer(answer) + f'<div class="sg-source">{explanation}</div>' + _article(title)
    return BASIC, [_wrap(front), _wrap(back)]


def render(deck: Deck) -> str:
    articles = articles_by_id(deck)
    out = io.StringIO()
    out.write("#separator:tab\n#html:true\n")
    out.write(f"#guid column:{GUID_COLUMN}\n#notetype column:{NOTETYPE_COLUMN}\n"
              f"#deck column:{DECK_COLUMN}\n#tags column:{TAGS_COLUMN}\n")
    columns = ["GUID", "Note type", "Deck", "Tags", "Front or Text", "Back or Back Extra"]
    out.write("#columns:" + "\t".join(columns) + "\n")
    for card in deck.cards:
        article = articles[card.article_id]
        note_type, fields = stock_note(card, article)
        deck_cell = subdeck_name(deck, article)
        if deck_cell[:1] in _FORMULA_START:
            deck_cell = " " + deck_cell  # Anki trims the space off deck names
        guid = tsv_guid(card)
        row = io.StringIO()
        csv.writer(row, **_DIALECT).writerow([guid, note_type, deck_cell, " ".join(note_tags(card, article)),
                                             *(defuse_formula(field) for field in fields)])
        line = row.getvalue()
        if line.startswith("#"):
            # Anki's reader skips a line that starts with "#" as a comment (about 1 GUID in 91 does):
            # quoted, the GUID is read as written.
            line = f'"{guid}"' + line[len(guid):]
        out.write(line)
    return out.getvalue()


def write(deck: Deck, outputs: OutputSet, stem: str, options: ExportOptions) -> None:
    outputs.write_text(f"{stem}.tsv", render(deck))


__all__ = ["BASIC", "CLOZE", "GUID_SUFFIX", "defuse_formula", "deck_name", "render", "stock_note", "tsv_guid",
           "write"]
