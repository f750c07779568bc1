"""export_deck and the text formats: file names, atomic writes, repeatable bytes, escaping."""

from __future__ import annotations

import csv
import html
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
import sample_deck as sample

from studygen.cardfile import dump_deck, load_deck
from studygen.errors import InputError, NoCardsError
from studygen.exporters import DEFAULT_TIMESTAMP, ExportOptions, export_deck, exporters, parse_formats
from studygen.exporters.markdown import md_escape
from studygen.exporters.tsv import defuse_formula
from studygen.models import Deck

ALL_FORMATS = ["apkg", "json", "tsv", "gift", "quiz", "md"]




@pytest.fixture
def deck() -> Deck:
    return sample.sample_deck()


def test_parse_formats_takes_repeats_and_comma_lists() -> None:
    assert parse_formats(["apkg,json", "gift", " JSON ", "quiz,,md"]) == [
        "apkg", "json", "gift", "quiz", "md"]
    assert parse_formats(["anki", "html", "markdown"]) == ["apkg", "quiz", "md"]


@pytest.mark.parametrize("values", [["pdf"], ["apkg,pdf"], [], [" , "]])
def test_parse_formats_refuses_unknown_or_none(values: list[str]) -> None:
    with pytest.raises(InputError) as caught:
        parse_formats(values)
    assert "choose from: apkg, json, tsv, gift, quiz, md" in str(caught.value)


def test_every_format_writes_one_file_named_after_the_deck_slug(deck: Deck, tmp_path: Path) -> None:
    written = export_deck(deck, ALL_FORMATS, tmp_path / "out")
    names = [path.name for path in written]
    assert names == ["hostile-friends.apkg", "hostile-friends.json", "hostile-friends.tsv",
                     "hostile-friends.gift", "hostile-friends.quiz.html", "hostile-friends.md"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(names)  # no temporary leftovers
    assert all(path.stat().st_size > 200 for path in written)


def test_output_names_never_come_from_raw_titles(deck: Deck, tmp_path: Path) -> None:
    hostile = deck.model_copy(update={"name": "../../etc/passwd <b>x</b>"})
    written = export_deck(hostile, ["json", "md"], tmp_path / "out")
    assert [p.name for p in written] == ["etc-passwd-b-x-b.json", "etc-passwd-b-x-b.md"]
    assert all(p.parent == tmp_path / "out" for p in written)


def test_an_empty_deck_is_refused_and_nothing_written(deck: Deck, tmp_path: Path) -> None:
    empty = deck.model_copy(update={"cards": []})
    with pytest.raises(NoCardsError, match="has no cards"):
        export_deck(empty, ["apkg", "json"], tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_failing_format_replaces_no_earlier_output(deck: Deck, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "hostile-friends.json").write_text("previous card file", encoding="utf-8")

    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    import studygen.exporters.gift as gift

    exporters.get("gift")  # load it, then break it
    monkeypatch.setitem(exporters._loaded, "gift", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        export_deck(deck, ["json", "apkg", "gift"], out)
    assert (out / "hostile-friends.json").read_text(encoding="utf-8") == "previous card file"
    assert sorted(p.name for p in out.iterdir()) == ["hostile-friends.json"]
    assert gift.write is not broken


def test_same_deck_same_bytes_in_every_format(deck: Deck, tmp_path: Path) -> None:
    first = export_deck(deck, ALL_FORMATS, tmp_path / "a", ExportOptions(timestamp=1_750_000_000))
    second = export_deck(sample.sample_deck(), ALL_FORMATS, tmp_path / "b",
                         ExportOptions(timestamp=1_750_000_000))
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_a_later_timestamp_changes_the_package(deck: Deck, tmp_path: Path) -> None:
    a, = export_deck(deck, ["apkg"], tmp_path / "a", ExportOptions(timestamp=1_750_000_000))
    b, = export_deck(deck, ["apkg"], tmp_path / "b", ExportOptions(timestamp=1_750_000_001))
    assert a.read_bytes() != b.read_bytes()


def test_anki_timestamp_falls_back_to_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ExportOptions().anki_timestamp() == DEFAULT_TIMESTAMP
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1760000000")
    assert ExportOptions().anki_timestamp() == 1_760_000_000
    assert ExportOptions(timestamp=5).anki_timestamp() == 5


def test_json_output_is_the_card_file(deck: Deck, tmp_path: Path) -> None:
    path, = export_deck(deck, ["json"], tmp_path)
    assert path.read_text(encoding="utf-8") == dump_deck(deck)
    assert load_deck(path) == deck


# --- TSV -----------------------------------------------------------------------------------------

def _tsv_rows(text: str) -> tuple[list[str], list[list[str]]]:
    headers = [line for line in text.splitlines() if line.startswith("#")]
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return headers, list(csv.reader(io.StringIO(body), delimiter="\t"))


def test_tsv_headers_let_anki_import_without_questions(deck: Deck, tmp_path: Path) -> None:
    path, = export_deck(deck, ["tsv"], tmp_path)
    headers, rows = _tsv_rows(path.read_text(encoding="utf-8"))
    for header in ("#separator:tab", "#html:true", "#guid column:1", "#notetype column:2",
                   "#deck column:3", "#tags column:4"):
        assert header in headers
    assert len(rows) == len(deck.cards)
    assert {len(row) for row in rows} == {6}  # GUID, note type, deck, tags and the two fields
    assert [row[0] for row in rows] == [f"{card.guid}-tsv" for card in deck.cards]
    assert [row[1] for row in rows] == ["Cloze" if card.kind == "cloze" else "Basic" for card in deck.cards]


def test_tsv_fields_never_start_a_spreadsheet_formula(deck: Deck, tmp_path: Path) -> None:
    path, = export_deck(deck, ["tsv"], tmp_path)
    _, rows = _tsv_rows(path.read_text(encoding="utf-8"))
    fields = [cell for row in rows for cell in row[1:]]
    assert not [cell for cell in fields if cell and cell[0] in "=+-@"]
    # The basic card whose answer is "=1+1": inside its Back field, where no spreadsheet reads a formula.
    assert any(row[5].startswith('<div class="sg mathjax_ignore tex2jax_ignore"><div class="sg-answer"><b>=1+1<')
               for row in rows)
    assert html.unescape("&#61;1+1") == "=1+1"


@pytest.mark.parametrize(("field", "expected"), [
    ("=1+1", "&#61;1+1"), ("+3", "&#43;3"), ("-2", "&#45;2"), ("@SUM(A1)", "&#64;SUM(A1)"),
    ("a=1", "a=1"), ("", ""),
])
def test_defuse_formula(field: str, expected: str) -> None:
    assert defuse_formula(field) == expected


def test_tsv_text_with_tabs_and_newlines_stays_on_its_row(deck: Deck, tmp_path: Path) -> None:
    data = deck.model_dump()
    data["articles"][1]["title"] = "Tabbed\ttitle\nwith a newline"
    data["cards"][-1]["question"] = "In which city did the\tcafé open\nin 1999?"
    path, = export_deck(Deck.model_validate(data), ["tsv"], tmp_path)
    text = path.read_text(encoding="utf-8")
    _, rows = _tsv_rows(text)
    assert len(rows) == len(deck.cards)
    assert len([line for line in text.splitlines() if not line.startswith("#")]) == len(deck.cards)
    assert ">In which city did the café open in 1999?<" in rows[-1][4]


# --- Markdown ------------------------------------------------------------------------------------

class _TextAndTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _rendered_markdown(text: str) -> _TextAndTags:
    from markdown_it import MarkdownIt  # installed with typer (typer -> rich -> markdown-it-py)

    page = _TextAndTags()
    page.feed(MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text))
    return page


def test_markdown_worksheet_shows_hostile_text_as_text(deck: Deck, tmp_path: Path) -> None:
    path, = export_deck(deck, ["md"], tmp_path)
    text = path.read_text(encoding="utf-8")
    page = _rendered_markdown(text)
    assert page.tags <= {"h1", "h2", "p", "ol", "ul", "li", "em", "strong"}, page.tags
    shown = " ".join(" ".join(page.text).split())
    for hostile in sample.HOSTILE_STRINGS:
        assert hostile in shown, hostile
    assert shown.index("Questions") < shown.index("Answer key")
    assert "Fill in the blank: It served ____________ kinds of coffee." in shown
    assert "B. two" in shown  # the key names the letter and the option


@pytest.mark.parametrize("text", [
    "# not a heading", "- not a list", "+ nor this", "> no quote", "1848. A year", "2) second",
    "*stars* and _under_ and `code`", "[link](http://x) ![img](y.png)", "<b>bold</b> &amp; &copy;",
    "a | b | c", "~~struck~~", "back\\slash\\", "=1+1", "***", "---",
])
def test_md_escape_renders_back_to_the_same_text(text: str) -> None:
    page = _rendered_markdown(f"1. {md_escape(text)}\n")
    assert page.tags == {"ol", "li"}, (text, page.tags)
    assert "".join(page.text).strip() == text


# --- section headings: context for the cards under them ----------------------------------------------

def test_a_card_under_a_section_heading_names_the_section_in_its_article_field_and_tags(tmp_path: Path) -> None:
    from studygen.exporters.anki import note_fields, note_tags
    from studygen.exporters.common import section_of
    from studygen.exporters.tsv import render
    from studygen.ingest import read_articles
    from studygen.models import Card

    source = tmp_path / "skating.txt"
    source.write_text("World Skating\n\nThe championships were held in Montpellier in 2022.\n\n"
                      "Qualification\n\nSkaters needed a minimum score of 28 points to enter.\n", encoding="utf-8")
    article, = read_articles([source]).articles
    assert [h.text for h in article.headings] == ["World Skating", "Qualification"]

    def card(sentence: str, answer: str) -> Card:
        start = article.text.index(sentence)
        return Card(guid=f"g-{answer}", article_id=article.id, kind="basic", question="Which?", answer=answer,
                    answer_start=article.text.index(answer), source_start=start, source_end=start + len(sentence))

    lead = card("The championships were held in Montpellier in 2022.", "Montpellier")
    later = card("Skaters needed a minimum score of 28 points to enter.", "28 points")
    assert (section_of(lead, article), section_of(later, article)) == (None, "Qualification")
    assert note_fields(lead, article)[-1] == "World Skating"
    assert note_fields(later, article)[-1] == "World Skating \u203a Qualification"
    assert "section::qualification" in note_tags(later, article)
    assert not [t for t in note_tags(lead, article) if t.startswith("section::")]
    tsv = render(Deck(name="Skating", articles=[article], cards=[lead, later]))
    assert "section::qualification" in tsv and "World Skating \u203a Qualification" in tsv
