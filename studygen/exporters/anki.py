"""``apkg``: an Anki package, built with genanki.

* One note type per card kind, with fixed ids, so a rebuild updates the same note types; their card
  templates and CSS live in ``templates/anki/`` (no JavaScript: they work the same on desktop,
  AnkiDroid and AnkiMobile, in day and night mode).
* The note GUID is ``card.guid``, which does not depend on the question's wording, so a rebuild after
  rewording a question updates that note and keeps the learner's review history.
* A subdeck per article (``Deck name::Article title``); deck ids are a stable hash of the deck name.
* A card from a section of its article (after a heading) shows ``Title › Section`` in its Article
  field and is tagged ``section::<slug of the heading>``: headings are context, not card material.
* Every piece of article text is HTML-escaped, and ``{ } [ ]`` become entities too, so text such as
  ``{{c1::x}}``, ``{{FrontSide}}`` or ``[sound:x.mp3]`` shows literally instead of being run by Anki.
  The cloze field gets exactly one real ``{{c1::...}}``, made here.
* Repeatable: the same deck and timestamp give a byte-identical file.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import re
import sqlite3
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studygen.exporters.common import (
    articles_by_id,
    cloze_parts,
    one_line,
    option_letter,
    section_of,
    source_sentence,
)
from studygen.ingest.cleaning import strip_invisible
from studygen.models import Article, Card, CardKind, Deck, slugify
from studygen.outputs import OutputSet
from studygen.resources import read_template

if TYPE_CHECKING:
    import genanki

    from studygen.exporters import ExportOptions


@dataclass(frozen=True)
class NoteType:
    model_id: int
    name: str
    fields: tuple[str, ...]
    template: str  # base name of the card templates in templates/anki/
    cloze: bool = False


#: Fixed ids: never change them, or every learner's notes are duplicated on the next import.
NOTE_TYPES: dict[CardKind, NoteType] = {
    CardKind.BASIC: NoteType(1_413_392_671, "studygen Basic",
                             ("Question", "Answer", "Source", "Article"), "basic"),
    CardKind.CLOZE: NoteType(1_937_204_558, "studygen Cloze", ("Text", "Extra", "Article"), "cloze",
                             cloze=True),
    CardKind.MCQ: NoteType(1_208_663_907, "studygen Multiple choice",
                           ("Question", "Options", "Answer", "Source", "Article"), "mcq"),
    CardKind.TRUE_FALSE: NoteType(1_655_180_233, "studygen True/False",
                                  ("Statement", "Answer", "Explanation", "Article"), "true_false"),
}

_FIELD_ENTITIES = str.maketrans({"{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;"})
_DECK_ID_FLOOR = 1 << 30  # genanki's advice: ids in [2**30, 2**31)


def field_html(text: str) -> str:
    """Plain text as the HTML of an Anki field: escaped, one line, and inert to Anki's own syntax."""
    return html.escape(text, quote=True).translate(_FIELD_ENTITIES)


def _marked(card: Card, article: Article) -> str:
    sentence = source_sentence(card, article)
    marked = field_html(sentence.before)
    if sentence.span:
        marked += f'<mark class="sg-mark">{field_html(sentence.span)}</mark>'
    return marked + field_html(sentence.after)


def answer_index(card: Card) -> int:
    """Which of an MCQ card's options is the answer (the models guarantee exactly one)."""
    from studygen.models import _norm  # the very comparison the MCQ validator uses

    for index, option in enumerate(card.options):
        if option == card.answer:
            return index
    for index, option in enumerate(card.options):
        if _norm(option) == _norm(card.answer):
            return index
    raise ValueError(f"card {card.guid}: no option is the answer")


def note_fields(card: Card, article: Article) -> list[str]:
    """The HTML field values of ``card``'s note, in the order of its note type's fields. The Article
    field names the article, and the section the card comes from ("Title › Section")."""
    title = field_html(one_line(article.title))
    section = section_of(card, article)
    if section:
        title += f" › {field_html(section)}"
    if card.kind is CardKind.BASIC:
        return [field_html(one_line(card.question)), field_html(one_line(card.answer)),
                _marked(card, article), title]
    if card.kind is CardKind.CLOZE:
        before, after = cloze_parts(card)
        # ':' too, so that an answer holding '::' is not read as a cloze hint.
        hidden = field_html(one_line(card.answer)).replace(":", "&#58;")
        text = f"{field_html(before)}{{{{c1::{hidden}}}}}{field_html(after)}"
        return [text, _marked(card, article), title]
    if card.kind is CardKind.MCQ:
        options = "".join(
            f'<div class="sg-option"><span class="sg-letter">{option_letter(i)}.</span> '
            f"{field_html(one_line(option))}</div>"
            for i, option in enumerate(card.options))
        right = answer_index(card)
        answer = (f'<span class="sg-letter">{option_letter(right)}.</span> '
                  f"{field_html(one_line(card.options[right]))}")
        return [field_html(one_line(card.question)), options, answer, _marked(card, article), title]
    explanation = f'<span class="sg-source-label">The article says:</span> {_marked(card, article)}'
    if card.answer == "False" and card.swapped_in:
        explanation += (f' <span class="sg-source-label">(not</span> '
                        f'{field_html(one_line(card.swapped_in))}<span class="sg-source-label">)</span>')
    return [field_html(one_line(card.question)), card.answer, explanation, title]


def sanitise_tag(tag: str) -> str:
    """An Anki tag: no whitespace (it separates tags), no control characters, no quotes."""
    tag = re.sub(r"[\x00-\x1f\x7f\"]", "", strip_invisible(tag))
    tag = re.sub(r"\s+", "_", tag.strip())
    return tag.lstrip("=+-@")  # a tag column must not start a spreadsheet formula


def note_tags(card: Card, article: Article) -> list[str]:
    """``studygen``, the article's slug, kind, difficulty and answer type, ``section::<slug>`` when the
    card comes from a section of its article, then the card's own tags; sanitised, without repeats
    (Anki tags ignore case)."""
    section = section_of(card, article)
    wanted = ["studygen", article.slug, card.kind.value, card.difficulty.value, card.answer_type.value,
              *([f"section::{slugify(section)}"] if section else []), *card.tags]
    tags: list[str] = []
    seen: set[str] = set()
    for tag in map(sanitise_tag, wanted):
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def _deck_component(name: str) -> str:
    name = re.sub(r"[\x00-\x1f\x7f]", "", one_line(name))
    return re.sub(r":{2,}", ":", name).strip()


def deck_name(deck: Deck) -> str:
    """The top deck's name; ``::`` in it is kept, as Anki's own way to nest decks."""
    parts = [_deck_component(part) for part in deck.name.split("::")]
    return "::".join(part for part in parts if part) or "studygen"


def subdeck_name(deck: Deck, article: Article) -> str:
    """``Deck::Article title``; ``::`` inside the title is flattened so it adds no further level."""
    return f"{deck_name(deck)}::{_deck_component(article.title) or article.slug}"


def deck_id(name: str) -> int:
    """A stable Anki deck id for ``name``."""
    digest = hashlib.sha256(f"studygen deck\x00{name}".encode()).digest()
    return _DECK_ID_FLOOR + int.from_bytes(digest[:8], "big") % _DECK_ID_FLOOR


def note_models() -> dict[CardKind, genanki.Model]:
    import genanki

    css = read_template("anki", "style.css")
    models = {}
    for kind, note_type in NOTE_TYPES.items():
        models[kind] = genanki.Model(
            note_type.model_id,
            note_type.name,
            fields=[{"name": name} for name in note_type.fields],
            templates=[{
                "name": note_type.name.removeprefix("studygen ") if not note_type.cloze else "Cloze",
                "qfmt": read_template("anki", f"{note_type.template}.front.html"),
                "afmt": read_template("anki", f"{note_type.template}.back.html"),
            }],
            css=css,
            model_type=genanki.Model.CLOZE if note_type.cloze else genanki.Model.FRONT_BACK,
            sort_field_index=0,
        )
    return models


def build_package(deck: Deck) -> genanki.Package:
    import genanki

    models = note_models()
    articles = articles_by_id(deck)
    top = deck_name(deck)
    n_articles = len({card.article_id for card in deck.cards})
    decks: dict[str, genanki.Deck] = {
        top: genanki.Deck(deck_id(top), top,
                          description=f"Made by studygen from {n_articles} "
                                      f"article{'s' if n_articles != 1 else ''}."),
    }
    for position, card in enumerate(deck.cards):
        article = articles[card.article_id]
        name = subdeck_name(deck, article)
        if name not in decks:
            decks[name] = genanki.Deck(deck_id(name), name,
                                       description=html.escape(f"From: {one_line(article.source)}"))
        decks[name].add_note(genanki.Note(
            model=models[card.kind],
            fields=note_fields(card, article),
            tags=note_tags(card, article),
            guid=card.guid,
            due=position,  # new cards come in the card file's order
        ))
    return genanki.Package(list(decks.values()))


def write_apkg(deck: Deck, path: Path, timestamp: int) -> None:
    """Write the package to ``path``: same deck and timestamp, same bytes."""
    package = build_package(deck)
    # Built in memory: no temporary database file, and no fsyncs (a file database is 100x slower).
    connection = sqlite3.connect(":memory:")
    try:
        package.write_to_db(connection.cursor(), timestamp, itertools.count(timestamp * 1000))
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    # Zip entries carry the timestamp, not the time of writing, so builds are repeatable.
    date_time = time.gmtime(max(timestamp, 315_532_800))[:6]  # zip dates start in 1980
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", database), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)


def write(deck: Deck, outputs: OutputSet, stem: str, options: ExportOptions) -> None:
    with outputs.path(f"{stem}.apkg") as tmp:
        write_apkg(deck, tmp, options.anki_timestamp())
