"""Property-based tests (hypothesis): hostile text through ingest, splitting, generation and every
exporter. No exception escapes, every card's answer is where it claims to be, and every exported field
reads back, through its format's own parser, as the text it was made from.

Cost is kept small per example: ingest and splitting run without models (``split="separators"`` or
``"none"``, and a stub for key-phrase titles); exporters run over hand-built decks; only the
generation property loads spaCy and MiniLM, once per process, and is marked slow.
"""

from __future__ import annotations

import functools
import html
import re
import string
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_support import (
    FORMULA_START,
    INVISIBLE,
    MARKUP_SNIPPETS,
    UNICODE_SNIPPETS,
    GiftParser,
    Markup,
    assert_inert_html,
    gift_parser,
    gift_text,
    moodle_category,
    read_tsv,
    squeeze,
    text_outside,
)
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from studygen.cardfile import dump_deck, parse_deck
from studygen.errors import InputError
from studygen.exporters import anki as anki_export
from studygen.exporters import gift as gift_export
from studygen.exporters import markdown as md_export
from studygen.exporters import quiz as quiz_export
from studygen.exporters import tsv as tsv_export
from studygen.exporters.common import cloze_parts, one_line, option_letter, source_sentence
from studygen.ingest.cleaning import clean_line, drop_reference_marks
from studygen.models import CLOZE_BLANK, Article, Card, CardKind, Deck, contains_phrase

EXPORT_EXAMPLES = 300
INGEST_EXAMPLES = 300
ANKI_EXAMPLES = 150  # two real Anki imports per example
GENERATION_EXAMPLES = 120

SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                         HealthCheck.data_too_large]}

# --- strategies -------------------------------------------------------------------------------

WORDS = ["the", "river", "Ada Lovelace", "1848", "London", "bridge", "was", "built", "in", "by", "museum",
         "Paris", "42", "of", "and", "opened", "3.5 million", "Zürich", "engineers", "The committee"]
_PUNCT = string.punctuation + "“”‘’«»—–…·•§¶†‡"
_GUID_ALPHABET = string.ascii_letters + string.digits + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"

_SAMPLED_ATOMS = [*MARKUP_SNIPPETS, *UNICODE_SNIPPETS, *WORDS, *WORDS, *INVISIBLE, *_PUNCT,
                  "\t", "\n", "\r", "\u00a0", "\u2028", "\x0b", "\x0c", "  "]
# One draw for a snippet, a few for arbitrary characters (any code point but lone surrogates).
atoms = st.sampled_from(_SAMPLED_ATOMS) | st.text(st.characters(exclude_categories=("Cs",)), min_size=1,
                                                  max_size=3)


@functools.cache  # strategies built once: building and validating them costs more than drawing
def hostile(min_atoms: int = 1, max_atoms: int = 5) -> st.SearchStrategy[str]:
    """Short text made of markup, syntax of every format, scripts, emoji and control characters."""
    return st.lists(atoms, min_size=min_atoms, max_size=max_atoms).map(" ".join)


@functools.cache
def _answer_text() -> st.SearchStrategy[str]:
    # An answer has a word in it (an answer of pure punctuation is no card) and no edge whitespace.
    return (st.tuples(hostile(0, 2), st.sampled_from(WORDS + UNICODE_SNIPPETS), hostile(0, 2))
            .map(lambda parts: " ".join(p for p in parts if p).strip())
            .filter(lambda a: 0 < len(a) <= 100 and a == a.strip()))


_KINDS = st.sampled_from(list(CardKind))
_TAGS = st.lists(hostile(1, 2), max_size=1)
_GUID_START = st.sampled_from(["#", "=", "+", "-", "@", '"', "a", "Q", "7", "{", "["])
_SEPARATORS = st.sampled_from([" ", "\n", "\n\n", " \t "])


@st.composite
def cards_for(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """One sentence of an article and the data of one card on it (offsets relative to the sentence)."""
    kind = draw(_KINDS)
    answer = draw(_answer_text())
    before, after = draw(hostile(1, 4)), draw(hostile(0, 3))
    sentence = f"{before} {answer} {after}."
    at = len(before) + 1
    data: dict[str, Any] = {"kind": kind.value,
                            "tags": draw(_TAGS)}
    if kind is CardKind.BASIC:
        data.update(question=draw(hostile(1, 5)) + "?", answer=answer, answer_start=at)
    elif kind is CardKind.CLOZE:
        data.update(question=sentence[:at] + CLOZE_BLANK + sentence[at + len(answer):], answer=answer,
                    answer_start=at)
    elif kind is CardKind.MCQ:
        others = draw(st.lists(_answer_text(), min_size=1, max_size=3))
        options = draw(st.permutations([answer, *others]))
        data.update(question=draw(hostile(1, 5)) + "?", answer=answer, answer_start=at, options=options)
    else:
        true = draw(st.booleans())
        swapped = None if true else draw(_answer_text())
        statement = sentence if true else sentence[:at] + (swapped or "") + sentence[at + len(answer):]
        data.update(question=statement, answer="True" if true else "False", fact=answer, fact_start=at,
                    swapped_in=swapped)
    return sentence, data


_CARD = cards_for()


@st.composite
def decks(draw: st.DrawFn, max_articles: int = 2, max_cards: int = 4) -> Deck:
    """A valid deck whose every text (titles, deck name, sentences, questions, answers, options,
    tags) is hostile. Cards the models reject (an answer inside its own question) are left out."""
    articles, cards = [], []
    for a in range(draw(st.integers(1, max_articles))):
        article_id = f"a-{a}"
        sentences, drafts = [], []
        for sentence, data in draw(st.lists(_CARD, min_size=1, max_size=max_cards)):
            sentences.append(sentence)
            # GUIDs in genanki's alphabet, some starting like a formula ("=", "+", "-", "@"), a comment
            # of Anki's text import ("#") or a quoted cell.
            guid = draw(_GUID_START) + "".join(
                _GUID_ALPHABET[(7 * a + 31 * len(cards) + 13 * len(drafts) + i) % 91] for i in range(9))
            drafts.append({**data, "article_id": article_id, "guid": guid})
        separator = draw(_SEPARATORS)
        text, offsets = "", []
        for sentence in sentences:
            if text:
                text += separator
            offsets.append(len(text))
            text += sentence
        title = draw(hostile(1, 4))
        assume(title.strip())
        articles.append(Article(id=article_id, title=title, text=text, source=draw(hostile(1, 2))))
        for start, sentence, data in zip(offsets, sentences, drafts, strict=True):
            data = {**data, "source_start": start, "source_end": start + len(sentence)}
            for key in ("answer_start", "fact_start"):
                if key in data:
                    data[key] += start
            try:
                card = Card.model_validate(data)
            except ValidationError:
                continue
            if card.guid not in {c.guid for c in cards}:
                cards.append(card)
    assume(cards)
    name = draw(hostile(1, 3))
    assume(name.strip())
    return Deck(name=name, articles=articles, cards=cards)


# --- what each output must show ----------------------------------------------------------------

def shown(text: str) -> str:
    """What an output shows of ``text``: one line, as the exporters make it, as a browser squeezes it."""
    return squeeze(one_line(text))


def expected_source(card: Card, article: Article) -> tuple[str, str]:
    """(the whole supporting sentence, the highlighted span) as shown."""
    sentence = source_sentence(card, article)
    return squeeze(sentence.text), squeeze(sentence.span)


def _no_invisible(text: str, where: str) -> None:
    bad = [ch for ch in text if ch in INVISIBLE or (unicodedata.category(ch) == "Cc" and ch not in "\n\t")]
    assert not bad, (where, bad)


# --- Anki fields -------------------------------------------------------------------------------

FIELD_ELEMENTS = {"mark", "div", "span"}
FIELD_ATTRIBUTES = {"class"}
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)\}\}", re.S)


def _field(markup: str, where: str) -> Markup:
    """One note field: only our own elements, and none of Anki's syntax outside our one cloze."""
    page = assert_inert_html(markup, FIELD_ELEMENTS, FIELD_ATTRIBUTES, where)
    rest = _CLOZE.sub("", markup)
    assert not re.search(r"[{}\[\]]", rest), (where, markup)  # no {{...}}, [sound:...], [[type:...]]
    return page


def check_note_fields(card: Card, article: Article) -> None:
    fields = anki_export.note_fields(card, article)
    names = anki_export.NOTE_TYPES[card.kind].fields
    assert len(fields) == len(names)
    pages = {name: _field(value, f"{card.kind.value} {name}") for name, value in zip(names, fields, strict=True)}
    assert pages["Article"].text == shown(article.title)
    sentence, span = expected_source(card, article)
    source_field = "Extra" if card.kind is CardKind.CLOZE else "Explanation" if card.kind is CardKind.TRUE_FALSE \
        else "Source"
    assert sentence in pages[source_field].text
    assert pages[source_field].by_class.get("sg-mark", [""]) == [span]
    if card.kind is CardKind.CLOZE:
        clozes = _CLOZE.findall(fields[0])
        assert len(clozes) == 1 and clozes[0][0] == "1", fields[0]
        assert "::" not in clozes[0][1]  # no hint smuggled in by the answer
        assert squeeze(html.unescape(clozes[0][1])) == shown(card.answer)
        before, after = cloze_parts(card)
        assert Markup(_CLOZE.sub(lambda m: m.group(2), fields[0])).text == squeeze(
            f"{before}{one_line(card.answer)}{after}")
    elif card.kind is CardKind.TRUE_FALSE:
        assert pages["Statement"].text == shown(card.question)
        assert fields[1] == card.answer
    else:
        assert pages["Question"].text == shown(card.question)
        if card.kind is CardKind.MCQ:
            assert pages["Options"].by_class["sg-option"] == [
                squeeze(f"{option_letter(i)}. {one_line(o)}") for i, o in enumerate(card.options)]
            right = anki_export.answer_index(card)
            assert pages["Answer"].text == squeeze(f"{option_letter(right)}. {one_line(card.options[right])}")
        else:
            assert pages["Answer"].text == shown(card.answer)
    for value in fields:
        _no_invisible(Markup(value).text, card.kind.value)


@settings(max_examples=EXPORT_EXAMPLES, **SETTINGS)
@given(decks())
def test_anki_fields_are_inert_html_that_reads_back_as_the_card(deck: Deck) -> None:
    articles = {a.id: a for a in deck.articles}
    for card in deck.cards:
        check_note_fields(card, articles[card.article_id])
        for tag in anki_export.note_tags(card, articles[card.article_id]):
            assert tag and not re.search(r"\s", tag) and tag[0] not in FORMULA_START
    assert "::" not in anki_export.subdeck_name(deck, deck.articles[0]).removeprefix(
        anki_export.deck_name(deck) + "::")


# --- TSV ---------------------------------------------------------------------------------------

@settings(max_examples=EXPORT_EXAMPLES, **SETTINGS)
@given(decks())
def test_tsv_reads_back_with_csv_into_stock_note_fields_and_starts_no_formula(deck: Deck) -> None:
    headers, rows = read_tsv(tsv_export.render(deck))
    assert headers["separator"] == "tab" and headers["html"] == "true"
    assert len(rows) == len(deck.cards)
    articles = {a.id: a for a in deck.articles}
    for row, card in zip(rows, deck.cards, strict=True):
        article = articles[card.article_id]
        assert len(row) == 6
        guid, note_type, deck_cell, tags, *fields = row
        assert guid == card.guid + "-tsv"
        assert note_type == ("Cloze" if card.kind is CardKind.CLOZE else "Basic")
        assert deck_cell.strip() == anki_export.subdeck_name(deck, article)
        assert tags.split(" ") == anki_export.note_tags(card, article)
        for cell in (note_type, deck_cell, tags, *fields):
            assert cell[:1] not in FORMULA_START, cell  # a spreadsheet would run it
            assert "\t" not in cell and "\n" not in cell and "\r" not in cell
        # The same text as the .apkg's fields, in the stock note's two.
        shown = Markup("".join(fields)).text
        for field in anki_export.note_fields(card, article):
            assert Markup(field).text in shown


# --- GIFT --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gift() -> Iterator[GiftParser]:
    yield from gift_parser()


def _unstar(text: str) -> str:
    return text.replace("\\*", "*")  # "\*" is Moodle's literal star in a short answer


#: Found by this property: a short answer with "->" that starts like GIFT's true/false ("T...").
_ARROW_DECK = Deck(
    name="<script>alert(1)</script>",
    articles=[Article(id="a-0", title="<script>alert(1)</script>", source="<script>alert(1)</script>",
                      text="<script>alert(1)</script> The committee the --> .")],
    cards=[Card(guid="#abcdefghi", article_id="a-0", kind=CardKind.BASIC, question="<script>alert(1)</script>?",
                answer="The committee the -->", answer_start=26, source_start=0, source_end=49)])


@settings(max_examples=EXPORT_EXAMPLES, **SETTINGS)
@given(deck=decks())
@example(deck=_ARROW_DECK)
def test_gift_parses_back_with_gift_pegjs_into_the_same_questions(gift: GiftParser, deck: Deck) -> None:
    parsed = gift.parse(gift_export.render(deck))
    categories = [q for q in parsed if q["type"] == "Category"]
    questions = [q for q in parsed if q["type"] != "Category"]
    assert len(questions) == len(deck.cards)
    articles = {a.id: a for a in deck.articles}
    top = [one_line(p) for p in anki_export.deck_name(deck).split("::") if p.strip()]
    for category in categories:
        path = moodle_category(category["title"])
        assert path[:len(top)] == [p.strip() for p in top]
        assert path[-1] in {one_line(a.title).strip() or a.slug for a in deck.articles}
    for question, card in zip(questions, deck.cards, strict=True):
        article = articles[card.article_id]
        assert question["stem"] == {"format": "plain", "text": one_line(card.question)}
        sentence, _ = expected_source(card, article)
        assert sentence in squeeze(question["globalFeedback"]["text"])
        if card.kind in (CardKind.BASIC, CardKind.CLOZE):
            assert question["type"] == "Short"
            assert [_unstar(c["text"]["text"]) for c in question["choices"]] == [one_line(card.answer)]
        elif card.kind is CardKind.MCQ:
            assert question["type"] == "MC"
            assert [gift_text(c["text"]) for c in question["choices"]] == [one_line(o) for o in card.options]
            right = anki_export.answer_index(card)
            assert [c["isCorrect"] for c in question["choices"]] == [i == right for i in range(len(card.options))]
        else:
            assert question["type"] == "TF"
            assert question["isTrue"] is (card.answer == "True")


# --- printable quiz ----------------------------------------------------------------------------

def plain_deck() -> Deck:
    """A deck of every card kind in plain text."""
    text = "The bridge opened in 1848 in London. It cost 3 pounds."
    article = Article(id="a", title="Bridges", text=text, source="-")
    cards = [
        Card(guid="b", article_id="a", kind="basic", question="When did the bridge open?", answer="1848",
             answer_start=text.index("1848"), source_start=0, source_end=36),
        Card(guid="c", article_id="a", kind="cloze", question="The bridge opened in _____ in London.",
             answer="1848", answer_start=text.index("1848"), source_start=0, source_end=36),
        Card(guid="m", article_id="a", kind="mcq", question="Where did the bridge open?", answer="London",
             answer_start=text.index("London"), source_start=0, source_end=36, options=["Paris", "London"]),
        Card(guid="t", article_id="a", kind="true_false", question="It cost 4 pounds.", answer="False",
             fact="3", fact_start=text.index("3"), swapped_in="4", source_start=37, source_end=len(text)),
    ]
    return Deck(name="Quiz", articles=[article], cards=cards)


def _template_markup() -> tuple[set[str], set[str]]:
    """The elements and attributes the quiz template itself uses, from a deck of plain text."""
    page = Markup(quiz_export.render(quiz_export.build_versions(plain_deck(), 2)[0]))
    return page.tags, page.attributes


@pytest.fixture(scope="module")
def quiz_markup() -> tuple[set[str], set[str]]:
    return _template_markup()


@settings(max_examples=EXPORT_EXAMPLES, **SETTINGS)
@given(deck=decks(), versions=st.integers(1, 2))
def test_quiz_page_is_inert_and_shows_every_question_as_text(quiz_markup: tuple[set[str], set[str]],
                                                            deck: Deck, versions: int) -> None:
    elements, attributes = quiz_markup
    for version in quiz_export.build_versions(deck, versions, seed=1):
        page = assert_inert_html(quiz_export.render(version), elements, attributes, "quiz")
        by_number = {q.number: q for q in version.questions}
        assert len(page.by_class["prompt"]) == len(version.questions)
        for prompt, q in zip(page.by_class["prompt"], version.questions, strict=True):
            if q.kind == "cloze":
                assert prompt == squeeze(f"Fill in the blank: {q.before}{q.after}")
            elif q.kind == "true_false":
                assert prompt == squeeze(f"True or false? {q.text}")
            else:
                assert prompt == squeeze(q.text)
        assert page.by_class["key-answer"] == [squeeze(k.answer) for k in version.key]
        texts = {squeeze(q.text) for q in by_number.values()}
        assert texts == {shown(c.question) for c in deck.cards}
        assert squeeze(version.title) in page.by_class["quiz-header"][0]


# --- Markdown ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def commonmark() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


@settings(max_examples=EXPORT_EXAMPLES, **SETTINGS)
@given(deck=decks())
def test_markdown_renders_to_plain_text_with_no_html_links_or_code(commonmark: Any, deck: Deck) -> None:
    source = md_export.render(deck)
    tokens = commonmark.parse(source)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "code_inline", "code_block",
                        "fence", "hr", "blockquote_open", "s_open"}, kinds
    page = assert_inert_html(commonmark.render(source), {"h1", "h2", "p", "ol", "ul", "li", "strong", "em"},
                             {"start"}, "markdown")
    quiz = quiz_export.build_versions(deck)[0]
    assert squeeze(quiz.title) in page.text
    for q in quiz.questions:
        assert squeeze(q.text if q.kind != "cloze" else f"{q.before}") in page.text
        for _, option in q.options:
            assert squeeze(option) in page.text
    for entry in quiz.key:
        assert squeeze(entry.answer) in page.text


# --- card file ---------------------------------------------------------------------------------

@settings(max_examples=EXPORT_EXAMPLES, **SETTINGS)
@given(deck=decks())
def test_card_file_reads_back_as_the_same_deck(deck: Deck) -> None:
    assert parse_deck(dump_deck(deck)) == deck


# --- a real Anki import ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    anki_collection = pytest.importorskip("anki.collection", reason="the test extra installs anki")
    from anki_support import import_apkg

    folder = tmp_path_factory.mktemp("anki")
    col = anki_collection.Collection(str(folder / "collection.anki2"))
    anki_export.write_apkg(plain_deck(), folder / "types.apkg", 1_700_000_000)
    import_apkg(col, folder / "types.apkg")  # the note types, as a user imports the .apkg once
    yield col
    col.close()


#: Elements of our card templates; anything else in a rendered card was smuggled in by text.
CARD_ELEMENTS = {"style", "div", "span", "mark", "hr"}
CARD_ATTRIBUTES = {"class", "id", "data-cloze", "data-ordinal"}  # the last two: Anki's cloze markup


@settings(max_examples=ANKI_EXAMPLES, **SETTINGS)
@given(deck=decks(max_cards=3))
def test_apkg_and_tsv_import_into_anki_and_every_card_renders_inert(collection: Any, tmp_path_factory: Any,
                                                                   deck: Deck) -> None:
    from anki_support import import_apkg, import_tsv

    folder = tmp_path_factory.mktemp("anki-files")
    anki_export.write_apkg(deck, folder / "deck.apkg", 1_750_000_000)
    (folder / "deck.tsv").write_text(tsv_export.render(deck), encoding="utf-8")
    collection.remove_notes(collection.find_notes(""))
    import_tsv(collection, folder / "deck.tsv")  # Anki's own reader of the text file, stock note types...
    from_tsv = {collection.get_note(n).guid: collection.get_note(n) for n in collection.find_notes("")}
    assert len(from_tsv) == len(deck.cards)
    tsv_sides = {guid: (note.cards()[0].question(), note.cards()[0].answer()) for guid, note in from_tsv.items()}
    collection.remove_notes(collection.find_notes(""))
    import_apkg(collection, folder / "deck.apkg")
    notes = {collection.get_note(n).guid: collection.get_note(n) for n in collection.find_notes("")}
    assert len(notes) == len(deck.cards)
    articles = {a.id: a for a in deck.articles}
    for card in deck.cards:
        note = notes[card.guid]
        exported = anki_export.note_fields(card, articles[card.article_id])
        assert list(note.values()) == [unicodedata.normalize("NFC", f) for f in exported]  # Anki stores NFC
        # ...shows the text the package holds, as inert.
        tsv_front, tsv_back = tsv_sides[card.guid + "-tsv"]
        tsv_shown = _nfc(Markup(tsv_back).text)
        if card.kind is not CardKind.CLOZE:
            assert all(_nfc(Markup(f).text) in tsv_shown for f in exported)
        for side in (tsv_front, tsv_back):
            assert_inert_html(side, CARD_ELEMENTS | {"b", "br"}, CARD_ATTRIBUTES, "tsv")
            assert text_outside(side, "mathjax_ignore") == []
        anki_cards = note.cards()
        assert len(anki_cards) == 1  # no second cloze deletion came from the text
        front = assert_inert_html(anki_cards[0].question(), CARD_ELEMENTS, CARD_ATTRIBUTES, "front")
        back = assert_inert_html(anki_cards[0].answer(), CARD_ELEMENTS, CARD_ATTRIBUTES, "back")
        assert not anki_cards[0].question_av_tags() and not anki_cards[0].answer_av_tags()
        for side in (anki_cards[0].question(), anki_cards[0].answer()):
            # MathJax, which Anki runs on every card, would read \( \) and \[ \] in the text as TeX
            # (and \require{html}\href{javascript:...} as a link): all text sits where it does not look.
            assert text_outside(side, "mathjax_ignore") == []
        front_text, back_text = _nfc(front.text), _nfc(back.text)
        if card.kind is CardKind.CLOZE:
            before, after = cloze_parts(card)
            assert front_text == _nfc(squeeze(f"{before}[...]{after}"))
            assert back_text.startswith(_nfc(squeeze(f"{before}{one_line(card.answer)}{after}")))
        else:
            assert _nfc(shown(card.question)) in front_text
        _no_invisible(front.text + back.text, card.kind.value)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- ingest and splitting, without models -------------------------------------------------------

@pytest.fixture(scope="module")
def no_title_model() -> Iterator[None]:
    """Key-phrase titles need spaCy and MiniLM; here any title will do."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("studygen.ingest.titles.key_phrase_title", lambda text: "Untitled Article")
        yield


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("inputs")


_CLEAN_ATOMS = st.sampled_from([*UNICODE_SNIPPETS, *WORDS, *INVISIBLE, " ", "\t", "\u00a0"])


@settings(max_examples=INGEST_EXAMPLES, **SETTINGS)
@given(line=st.text(st.characters(exclude_categories=("Cs",))), atoms=st.lists(_CLEAN_ATOMS, max_size=8))
def test_clean_line_drops_what_is_invisible_and_keeps_what_is_written(line: str, atoms: list[str]) -> None:
    for text in (line, "".join(atoms)):
        cleaned = clean_line(text)
        assert clean_line(cleaned) == cleaned
        assert unicodedata.is_normalized("NFC", cleaned)
        _no_invisible(cleaned.replace("\f", ""), "clean_line")
    kept = "".join(" " if a == "\t" else a for a in atoms if a not in INVISIBLE)
    assert clean_line("".join(atoms)) == unicodedata.normalize("NFC", kept).rstrip(" ")


def _check_articles(articles: list[Article]) -> None:
    assert articles
    assert len({a.id for a in articles}) == len(articles)
    for article in articles:
        assert article.text.strip() and article.title.strip()
        assert "\n" not in article.title
        _no_invisible(article.text, "article text")
        _no_invisible(article.title, "article title")
        assert unicodedata.is_normalized("NFC", article.text)
        for heading in article.headings:
            assert article.text[heading.start:heading.end] == heading.text


_BYTES_ATOMS = st.sampled_from([
    b"\x00", b"\xff", b"\xfe", b"\xc3", b"\xa9", b"\xe6\x9d", b"\xed\xa0\x80", b"\r", b"\r\n", b"\x0c",
    b"\x1b[31m", b"\xef\xbb\xbf", b"---\n", b"\n\n", b"# ", "東京 🙂 café ".encode(), b"<script>", b"&amp;",
    "\u202e\u200b".encode(), b"The bridge opened in 1848. ", b"Title\n\n"])


@settings(max_examples=INGEST_EXAMPLES, **SETTINGS)
@given(data=st.one_of(st.binary(max_size=200),
                      st.lists(_BYTES_ATOMS | st.binary(max_size=3), max_size=20).map(b"".join)),
       suffix=st.sampled_from([".txt", ".md", ".html", ".dat"]),
       split=st.sampled_from(["none", "separators"]))
@example(data=b"The caf\xc3\xa9 opened\x00 in 1999.", suffix=".txt", split="none")
@example(data="Le café de Zürich ouvre en 1999.".encode() + b" \xff", suffix=".txt", split="none")
@example(data="The café opened.\n".encode("utf-16-le"), suffix=".txt", split="none")
def test_any_bytes_read_as_clean_articles_or_one_input_error(no_title_model: None, scratch: Path, data: bytes,
                                                             suffix: str, split: str) -> None:
    from studygen.ingest import read_articles

    path = scratch / f"input{suffix}"
    path.write_bytes(data)
    try:
        result = read_articles([path], split=split)
    except InputError as error:
        assert "\n" not in error.message and str(path) in error.message
        return
    _check_articles(result.articles)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w+", unicodedata.normalize("NFC", text))}


# A paragraph of at least six words that ends a sentence: content, never a lone heading line.
_FORMAT_CHARACTERS = [ch for ch in INVISIBLE if unicodedata.category(ch) != "Cc"]  # many controls: binary
_PARAGRAPH = st.lists(st.sampled_from([*WORDS, *UNICODE_SNIPPETS, *MARKUP_SNIPPETS, *_FORMAT_CHARACTERS, ".", ",",
                                       "\u00a0"]), min_size=1, max_size=12).map(
    lambda words: "The engineers of the old river " + " ".join(words) + " indeed.")
_SEPARATOR = st.sampled_from(["\n\n---\n\n", "\n\n***\n\n", "\n\n===\n\n", "\f", "\n\f\n", "\n\n# Part two\n\n",
                              "\n\n", "\n"])


@settings(max_examples=INGEST_EXAMPLES, **SETTINGS)
@given(paragraphs=st.lists(_PARAGRAPH, min_size=1, max_size=6), separators=st.lists(_SEPARATOR, min_size=5,
                                                                                   max_size=5),
       split=st.sampled_from(["none", "separators"]))
def test_splitting_plain_text_loses_no_word(no_title_model: None, scratch: Path, paragraphs: list[str],
                                            separators: list[str], split: str) -> None:
    from studygen.ingest import read_articles

    text = paragraphs[0]
    for paragraph, separator in zip(paragraphs[1:], separators, strict=False):
        text += separator + paragraph
    path = scratch / "split.txt"
    path.write_text(text + "\n", encoding="utf-8")
    result = read_articles([path], split=split)
    _check_articles(result.articles)
    if split == "none":
        assert len(result.articles) == 1
    found = set()
    for article in result.articles:
        found |= _words(article.text) | _words(article.title) | _words(" ".join(article.metadata))
    # Every word but those of reference marks ("[12]", "[a]"), which the reader drops.
    expected = set().union(*(_words(drop_reference_marks(clean_line(line))) for line in text.split("\n")))
    assert expected <= found, expected - found


# --- generation, with the real models (loaded once) ---------------------------------------------

_NAMES = st.sampled_from(["Ada Lovelace", "Charles Babbage", "Marie Curie", "Alan Turing", "Grace Hopper"])
_CITIES = st.sampled_from(["London", "Paris", "Vienna", "東京", "Zürich", "São Paulo"])
_SENTENCE_SHAPES = st.sampled_from([
    "In {year}, {name} built the {thing} in {city}.",
    "{name} opened the {thing} in {city} in {year}.",
    "The {thing} of {city} was founded by {name} in {year}.",
    "{name} wrote {thing} on the wall of the museum in {city} in {year}.",
    "The committee met in {city} in {year} to discuss {thing} with {name}.",
])
_NO_CONTROLS = [a for a in _SAMPLED_ATOMS if not any(unicodedata.category(ch) == "Cc" for ch in a)]
_THING = st.lists(st.sampled_from(_NO_CONTROLS), min_size=1, max_size=3).map(" ".join)


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    sentences = [draw(_SENTENCE_SHAPES).format(year=draw(st.integers(1000, 2020)),
                                               name=draw(_NAMES | _THING), thing=draw(_THING),
                                               city=draw(_CITIES))
                 for _ in range(draw(st.integers(1, 4)))]
    return "The Hostile Article\n\n" + " ".join(sentences) + "\n"


@pytest.fixture(scope="module")
def models() -> Iterator[None]:
    import torch

    from studygen.nlp import warm_up

    warm_up()
    # Each example embeds a few short texts: one thread is as fast, and two spin-waiting OpenMP
    # threads are 20x slower whenever the machine is busier than its cores (a shared CI runner).
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.mark.slow
@settings(max_examples=GENERATION_EXAMPLES, **SETTINGS)
@given(text=article_texts())
def test_generated_cards_are_grounded_and_export_inert(models: None, scratch: Path, gift: GiftParser,
                                                      quiz_markup: tuple[set[str], set[str]], text: str) -> None:
    from studygen.errors import NoCardsError
    from studygen.ingest import read_articles
    from studygen.pipeline import BuildOptions, generate_cards

    path = scratch / "generated.txt"
    path.write_text(text, encoding="utf-8")
    try:
        articles = read_articles([path], split="none").articles
        result = generate_cards(articles, BuildOptions(deck_name="Hostile <b>deck</b>", cards=6))
    except (InputError, NoCardsError):
        return
    deck = result.deck
    assert Deck.model_validate(deck.model_dump()) == deck  # grounded: the models check every offset
    by_id = {a.id: a for a in deck.articles}
    for card in deck.cards:
        article = by_id[card.article_id]
        span, start = (card.fact, card.fact_start) if card.kind is CardKind.TRUE_FALSE else (card.answer,
                                                                                            card.answer_start)
        assert span and start is not None and article.text[start:start + len(span)] == span
        assert card.source_start <= start and start + len(span) <= card.source_end
        assert not contains_phrase(card.question, card.answer) or card.kind is CardKind.TRUE_FALSE
        _no_invisible(card.question + card.answer + "".join(card.options), "generated card")
        check_note_fields(card, article)
    gift.parse(gift_export.render(deck))
    elements, attributes = quiz_markup
    assert_inert_html(quiz_export.render(quiz_export.build_versions(deck)[0]), elements, attributes, "quiz")
    assert all(cell[:1] not in FORMULA_START for row in read_tsv(tsv_export.render(deck))[1] for cell in row[1:])
