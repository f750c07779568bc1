"""The .apkg and the .tsv, imported into a real Anki collection (the ``anki`` package from PyPI)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import sample_deck as sample
from anki_support import import_apkg, import_tsv

from studygen.exporters import ExportOptions, export_deck
from studygen.exporters.anki import NOTE_TYPES
from studygen.models import CardKind, Deck

anki_collection = pytest.importorskip("anki.collection", reason="the test extra installs anki")
Collection = anki_collection.Collection


T0 = 1_750_000_000


class _Page(HTMLParser):
    """What a rendered card shows: its text (CSS left out) and the elements it is made of."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self._chunks: list[str] = []
        self._in_style = False
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._in_style = tag == "style"
        if tag in ("div", "hr", "br", "p", "li"):
            self._chunks.append(" ")  # blocks are apart on screen; inline elements are not

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False
        if tag in ("div", "p", "li"):
            self._chunks.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self._chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self._chunks).split())


#: Elements our templates and fields use; anything else would be markup smuggled in by article text.
OUR_ELEMENTS = {"style", "div", "span", "mark", "hr"}


@pytest.fixture
def deck() -> Deck:
    return sample.sample_deck()


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Any]:
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def _notes_by_guid(col: Any) -> dict[str, Any]:
    return {note.guid: note for note in (col.get_note(nid) for nid in col.find_notes(""))}


def test_apkg_imports_every_kind_with_note_types_decks_and_tags(deck: Deck, col: Any, tmp_path: Path) -> None:
    path, = export_deck(deck, ["apkg"], tmp_path / "out", ExportOptions(timestamp=T0))
    log = import_apkg(col, path)
    assert len(log.new) == len(deck.cards)
    assert col.note_count() == col.card_count() == len(deck.cards)
    notes = _notes_by_guid(col)
    assert set(notes) == {card.guid for card in deck.cards}
    for card in deck.cards:
        note = notes[card.guid]
        article = deck.article(card.article_id)
        assert note.note_type()["name"] == NOTE_TYPES[card.kind].name
        assert list(note.keys()) == list(NOTE_TYPES[card.kind].fields)
        assert {"studygen", article.slug, card.kind.value, card.difficulty.value,
                card.answer_type.value} <= set(note.tags)
        assert all(" " not in tag for tag in note.tags)
        assert col.decks.name(note.cards()[0].did) == (
            "Hostile & Friends::Second article: café ☕" if article.id == "a-cafe"
            else 'Hostile & Friends::Hostile <b>title</b> {{c1:x}} ~=#{}:\\ & "quotes" / slash')


def test_every_card_renders_question_answer_and_highlighted_source(deck: Deck, col: Any,
                                                                  tmp_path: Path) -> None:
    path, = export_deck(deck, ["apkg"], tmp_path / "out", ExportOptions(timestamp=T0))
    import_apkg(col, path)
    notes = _notes_by_guid(col)
    shown = []
    for card in deck.cards:
        anki_card = notes[card.guid].cards()[0]
        front, back = _Page(anki_card.question()), _Page(anki_card.answer())
        assert front.tags | back.tags <= OUR_ELEMENTS, card.question
        assert not anki_card.question_av_tags() and not anki_card.answer_av_tags()  # [sound:] stays text
        assert front.text and back.text
        source = " ".join(deck.article(card.article_id).text[card.source_start:card.source_end].split())
        marked = re.findall(r'<mark class="sg-mark">(.*?)</mark>', anki_card.answer())
        assert [html.unescape(m) for m in marked] == [card.fact if card.fact else card.answer]
        if card.kind is CardKind.CLOZE:
            assert "[...]" in front.text and card.answer not in front.text
            assert front.text.replace("[...]", "_____") in card.question.replace(" _____ ", " _____ ")
            assert card.answer in back.text and source in back.text
        elif card.kind is CardKind.TRUE_FALSE:
            assert card.question in front.text and "True or false?" in front.text
            assert f"{card.answer} The article says: {source}" in back.text
            if card.answer == "False":
                assert f"(not {card.swapped_in})" in back.text
        else:
            assert card.question in front.text
            assert f"The article says: {source}" in back.text
            assert back.text.startswith(front.text)
            if card.kind is CardKind.MCQ:
                letters = [f"{chr(65 + i)}. {option}" for i, option in enumerate(card.options)]
                assert all(lettered in front.text for lettered in letters)
                right = letters[card.options.index(card.answer)]
                assert right in back.text.removeprefix(front.text)
            else:
                assert card.answer in back.text.removeprefix(front.text)
        shown.append(front.text + " " + back.text)
    everything = " ".join(shown)
    for hostile in sample.HOSTILE_STRINGS:
        assert hostile in everything, hostile


def test_rebuild_with_a_reworded_question_updates_the_note_and_keeps_its_schedule(
        deck: Deck, col: Any, tmp_path: Path) -> None:
    first, = export_deck(deck, ["apkg"], tmp_path / "v1", ExportOptions(timestamp=T0))
    import_apkg(col, first)
    target = deck.cards[0]
    anki_card = _notes_by_guid(col)[target.guid].cards()[0]
    anki_card.ivl, anki_card.reps = 12, 3  # as if the learner had reviewed it
    col.update_card(anki_card)

    reworded = deck.model_copy(deep=True)
    reworded.cards[0] = target.model_copy(update={"question": "Which person found the odd tag in 1848?"})
    second, = export_deck(reworded, ["apkg"], tmp_path / "v2", ExportOptions(timestamp=T0 + 60))
    log = import_apkg(col, second)

    assert len(log.new) == 0
    assert col.note_count() == len(deck.cards)
    note = _notes_by_guid(col)[target.guid]
    assert note["Question"] == "Which person found the odd tag in 1848?"
    again = note.cards()[0]
    assert (again.id, again.ivl, again.reps) == (anki_card.id, 12, 3)
    other = _notes_by_guid(col)[deck.cards[1].guid]
    assert "Her note" in other["Text"]


#: What a card of Anki's stock note types adds around our fields (the Cloze back template has a <br>).
STOCK_ELEMENTS = OUR_ELEMENTS | {"b", "br"}


def _fresh(tmp_path: Path, name: str) -> Any:
    return Collection(str(tmp_path / f"{name}.anki2"))


def _assert_tsv_card_shows(card: Any, anki_card: Any, source: str) -> None:
    """What a learner sees on a card the TSV made, with no studygen note type or CSS in the profile."""
    front, back = _Page(anki_card.question()), _Page(anki_card.answer())
    assert front.tags | back.tags <= STOCK_ELEMENTS, card.question
    assert not anki_card.question_av_tags() and not anki_card.answer_av_tags()  # [sound:] stays text
    marked = re.findall(r'<mark class="sg-mark">(.*?)</mark>', anki_card.answer())
    assert [html.unescape(m) for m in marked] == [card.fact if card.fact else card.answer]
    after = back.text.removeprefix(front.text).strip()
    if card.kind is CardKind.CLOZE:
        assert "[...]" in front.text and card.answer not in front.text
        assert front.text.replace("[...]", "_____") in card.question.replace(" _____ ", " _____ ")
        assert card.answer in back.text and f"The article says: {source}" in back.text
        return
    assert back.text.startswith(front.text)
    if card.kind is CardKind.TRUE_FALSE:
        assert front.text == f"True or false? {card.question}"
        assert after.startswith(f"{card.answer} The article says: {source}")  # the answer key
        if card.answer == "False":
            assert f"(not {card.swapped_in})" in after
    elif card.kind is CardKind.MCQ:
        letters = [f"{chr(65 + i)}. {option}" for i, option in enumerate(card.options)]
        assert front.text == " ".join([card.question, *letters])  # every option, lettered
        right = letters[card.options.index(card.answer)]
        assert after.startswith(f"{right} The article says: {source}")  # the answer key
    else:
        assert front.text == card.question
        assert after.startswith(f"{card.answer} The article says: {source}")


def test_tsv_imports_into_a_new_empty_profile_with_no_choices(deck: Deck, tmp_path: Path) -> None:
    from studygen.exporters.tsv import tsv_guid

    tsv, = export_deck(deck, ["tsv"], tmp_path / "out")
    col = _fresh(tmp_path, "empty")  # a new profile: Anki's stock note types, the Default deck, no notes
    try:
        assert col.note_count() == 0
        metadata = col.get_csv_metadata(str(tsv), None)  # what the import dialog reads from the file
        assert (metadata.guid_column, metadata.notetype_column, metadata.deck_column,
                metadata.tags_column, metadata.is_html) == (1, 2, 3, 4, True)
        log = import_tsv(col, tsv)
        assert len(log.new) == len(deck.cards)
        assert not (log.missing_notetype or log.missing_deck or log.conflicting or log.empty_first_field
                    or log.duplicate or log.updated)
        assert col.note_count() == col.card_count() == len(deck.cards)  # one card a note, every card there
        notes = _notes_by_guid(col)
        shown = []
        for card in deck.cards:
            note = notes[tsv_guid(card)]
            article = deck.article(card.article_id)
            assert note.note_type()["name"] == ("Cloze" if card.kind is CardKind.CLOZE else "Basic")
            assert {"studygen", article.slug, card.kind.value, card.difficulty.value} <= set(note.tags)
            anki_card, = note.cards()
            assert col.decks.name(anki_card.did) == (
                "Hostile & Friends::Second article: café ☕" if article.id == "a-cafe"
                else 'Hostile & Friends::Hostile <b>title</b> {{c1:x}} ~=#{}:\\ & "quotes" / slash')
            source = " ".join(article.text[card.source_start:card.source_end].split())
            _assert_tsv_card_shows(card, anki_card, source)
            shown.append(_Page(anki_card.answer()).text)
        everything = " ".join(shown)
        for hostile in sample.HOSTILE_STRINGS:
            assert hostile in everything, hostile
        assert {card.kind for card in deck.cards} == set(CardKind)
    finally:
        col.close()


def test_tsv_and_apkg_in_either_order_give_separate_notes(deck: Deck, tmp_path: Path) -> None:
    """The README's promise: the TSV's notes (stock note types) are not the apkg's (studygen's note
    types), so importing both adds every card twice, in either order, and nothing is skipped."""
    from studygen.exporters.tsv import tsv_guid

    apkg, tsv = export_deck(deck, ["apkg", "tsv"], tmp_path / "out", ExportOptions(timestamp=T0))
    for order in (("apkg", "tsv"), ("tsv", "apkg")):
        col = _fresh(tmp_path, "-".join(order))
        try:
            for kind in order:
                log = import_apkg(col, apkg) if kind == "apkg" else import_tsv(col, tsv)
                assert len(log.new) == len(deck.cards), order
                assert not (log.updated or log.duplicate or log.conflicting)
            assert col.note_count() == 2 * len(deck.cards)
            notes = _notes_by_guid(col)
            for card in deck.cards:
                assert notes[card.guid].note_type()["name"] == NOTE_TYPES[card.kind].name
                assert notes[tsv_guid(card)].note_type()["name"] in ("Basic", "Cloze")
        finally:
            col.close()


def test_a_newer_tsv_updates_the_notes_an_older_tsv_made_and_keeps_their_schedule(
        deck: Deck, col: Any, tmp_path: Path) -> None:
    from studygen.exporters.tsv import tsv_guid

    first, = export_deck(deck, ["tsv"], tmp_path / "a")
    import_tsv(col, first)
    target = deck.cards[-1]
    anki_card = _notes_by_guid(col)[tsv_guid(target)].cards()[0]
    anki_card.ivl, anki_card.reps = 12, 3  # as if the learner had reviewed it
    col.update_card(anki_card)
    reworded = deck.model_copy(deep=True)
    reworded.cards[-1] = target.model_copy(update={"question": "Where did the café open in 1999?"})
    second, = export_deck(reworded, ["tsv"], tmp_path / "b")
    log = import_tsv(col, second)
    assert (len(log.new), len(log.updated)) == (0, 1)
    assert col.note_count() == len(deck.cards)
    note = _notes_by_guid(col)[tsv_guid(target)]
    assert "Where did the café open in 1999?" in note["Front"]
    again = note.cards()[0]
    assert (again.id, again.ivl, again.reps) == (anki_card.id, 12, 3)


def test_tsv_formula_text_shows_as_written(deck: Deck, col: Any, tmp_path: Path) -> None:
    from studygen.exporters.tsv import tsv_guid

    tsv, = export_deck(deck, ["tsv"], tmp_path / "out")
    import_tsv(col, tsv)
    formula = next(card for card in deck.cards if card.answer == "=1+1")
    anki_card = _notes_by_guid(col)[tsv_guid(formula)].cards()[0]
    front, back = _Page(anki_card.question()).text, _Page(anki_card.answer()).text
    assert back.removeprefix(front).strip().startswith("=1+1 The article says:")


def test_a_cloze_answer_with_colons_and_braces_is_one_whole_cloze(col: Any, tmp_path: Path) -> None:
    from studygen.models import Article, Card

    text = "The ratio was a::b}} at noon, said {{c2::nobody}}."
    article = Article(id="a1", title="Ratios", text=text, source="-")
    card = Card(guid="g1", article_id="a1", kind="cloze",
                question="The ratio was _____ at noon, said {{c2::nobody}}.", answer="a::b}}",
                answer_start=text.index("a::b}}"), source_start=0, source_end=len(text))
    path, = export_deck(Deck(name="Ratios", articles=[article], cards=[card]), ["apkg"], tmp_path)
    import_apkg(col, path)
    assert col.card_count() == 1  # no card for the "c2" in the article text
    anki_card = col.get_card(col.find_cards("")[0])
    front, back = _Page(anki_card.question()).text, _Page(anki_card.answer()).text
    assert front.startswith("The ratio was [...] at noon, said {{c2::nobody}}.")
    assert back.startswith("The ratio was a::b}} at noon, said {{c2::nobody}}.")
