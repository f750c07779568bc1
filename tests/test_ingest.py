"""Reading inputs into articles, without the NLP models: every article here has a heading (so no
key-phrase title is needed) and is too short for the topic-shift detector to run."""

from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path

import pytest

from studygen.errors import InputError
from studygen.guids import article_id
from studygen.ingest import IngestResult, SplitMode, read_articles

DATA = Path(__file__).resolve().parent / "data" / "ingest"

TEXT = "Café Notes\n\n“Curly quotes” and dashes — kept. Prices rose 5 %.\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def one(result: IngestResult):  # noqa: ANN201 - the Article
    assert len(result.articles) == 1, [a.title for a in result.articles]
    return result.articles[0]


# --- encodings and characters ----------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252"])
def test_each_encoding_reads_the_same_text(tmp_path: Path, encoding: str) -> None:
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # Python writes no BOM for an explicit byte order
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    article = one(read_articles([path]))
    assert article.title == "Café Notes"
    assert article.text == "Café Notes\n\n“Curly quotes” and dashes — kept. Prices rose 5 %."
    assert "\ufeff" not in article.text


def test_text_is_nfc_without_controls_or_invisible_characters(tmp_path: Path) -> None:
    raw = ("Title\n\nCafe\u0301 au\tlait\u200b costs\u00ad two\u202e euros.\x07 北京欢迎你 🙂 "
           "family 👨\u200d👩\u200d👧 stays.\n")
    article = one(read_articles([write(tmp_path / "a.txt", raw)]))
    body = article.text.split("\n\n")[1]
    assert body == "Café au lait costs two euros. 北京欢迎你 🙂 family 👨\u200d👩\u200d👧 stays."


def test_windows_line_ends_are_read_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Heading\r\n\r\nFirst paragraph here.\r\nSecond paragraph here.\r\n")
    article = one(read_articles([path]))
    assert article.text == "Heading\n\nFirst paragraph here.\n\nSecond paragraph here."
    assert (article.start_line, article.end_line) == (1, 4)


# --- paragraphs and headings -------------------------------------------------------------------

def test_hard_wrapped_lines_are_joined_and_paragraphs_kept(tmp_path: Path) -> None:
    text = (
        "Lighthouses\n\n"
        "Lighthouse keepers lived on remote rocks for months at a time, tending the\n"
        "lamp every night. The work was lonely and often dangerous, but the keepers\n"
        "kept ships off the rocks for more than two hundred years.\n\n"
        "Each keeper trimmed the wick, polished the lens and wound the clockwork that\n"
        "turned the light, and the logs recorded the weather every four hours.\n"
    )
    article = one(read_articles([write(tmp_path / "a.txt", text)]))
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1].startswith("Lighthouse keepers lived")
    assert "tending the lamp every night" in paragraphs[1]
    assert paragraphs[2].endswith("every four hours.")
    assert len(paragraphs) == 3


def test_without_blank_lines_every_line_is_a_paragraph(tmp_path: Path) -> None:
    text = ("Short History\nThe first line is a paragraph of its own.\nThe second line is another one.\n")
    article = one(read_articles([write(tmp_path / "a.txt", text)]))
    assert article.text.split("\n\n") == ["Short History", "The first line is a paragraph of its own.",
                                          "The second line is another one."]


def test_heading_lines_are_paragraphs_listed_as_headings(tmp_path: Path) -> None:
    text = "Museum Guide\n\nThe museum opened in 1820.\n\nHistory\n\nIt moved in 1906 to a new building.\n"
    article = one(read_articles([write(tmp_path / "a.txt", text)]))
    spans = [(h.text, article.text[h.start:h.end]) for h in article.headings]
    assert spans == [("Museum Guide", "Museum Guide"), ("History", "History")]
    assert article.title == "Museum Guide"


def test_inline_all_caps_subheading_stays_in_text_and_is_a_heading_span(tmp_path: Path) -> None:
    text = ("Outlook\n\nHere are a few questions for the year ahead. WILL THE AI BUBBLE POP? The global "
            "boom supported exports last year.\n")
    article = one(read_articles([write(tmp_path / "a.txt", text)]))
    assert "WILL THE AI BUBBLE POP? The global" in article.text
    inline = [h for h in article.headings if h.text != "Outlook"]
    assert [(h.text, article.text[h.start:h.end]) for h in inline] == [("WILL THE AI BUBBLE POP?",) * 2]


# --- formats -------------------------------------------------------------------------------------

def test_markdown_markup_is_stripped_and_h1_headings_split_articles(tmp_path: Path) -> None:
    md = (
        "# Honeybees\n\n"
        "A forager *dances* to share [directions](https://example.org) with `sisters`.\n"
        "The dance is a waggle run.\n\n"
        "![a bee](bee.png)\n\n"
        "## The waggle run\n\n"
        "- The angle gives the direction.\n"
        "- The duration gives the distance.\n\n"
        "```\nprint('code is not prose')\n```\n\n"
        "# Sourdough\n\n"
        "A starter holds **wild yeasts** and bacteria.\n"
    )
    result = read_articles([write(tmp_path / "notes.md", md)])
    assert [a.title for a in result.articles] == ["Honeybees", "Sourdough"]
    bees, bread = result.articles
    assert bees.text == ("Honeybees\n\nA forager dances to share directions with sisters. The dance is a "
                         "waggle run.\n\nThe waggle run\n\nThe angle gives the direction.\n\n"
                         "The duration gives the distance.")
    assert [h.text for h in bees.headings] == ["Honeybees", "The waggle run"]
    assert (bees.start_line, bees.end_line) == (1, 11)
    assert (bread.start_line, bread.end_line, bread.boundary) == (17, 19, "markdown heading")


def test_markdown_front_matter_gives_title_and_byline(tmp_path: Path) -> None:
    md = "---\ntitle: Tides\nauthor: Ada Lane\n---\nThe tides rise and fall twice a day.\n"
    article = one(read_articles([write(tmp_path / "t.md", md)]))
    assert article.title == "Tides"
    assert article.metadata == ["By Ada Lane"]
    assert article.text == "The tides rise and fall twice a day."
    assert article.start_line == 5


def test_html_main_content_without_navigation_scripts_or_styles() -> None:
    article = one(read_articles([DATA / "lighthouse.html"]))
    assert article.title == "The Lighthouse Keepers"
    for junk in ("Home", "About us", "var tracking", "color: red", "Copyright", "newsletter"):
        assert junk not in article.text
    assert "Logs recorded the weather every four hours & every passing ship." in article.text
    assert [h.text for h in article.headings] == ["The Lighthouse Keepers", "Daily life"]
    assert "By Jane Roe" in article.metadata
    assert "Photo: Coast Guard archive" in article.metadata
    # Line numbers are those of the HTML file: the <h1> is on line 12, the last <p> on line 20.
    assert (article.start_line, article.end_line) == (12, 20)


def test_html_character_references_are_decoded_once_as_a_browser_shows_them(tmp_path: Path) -> None:
    page = write(tmp_path / "sign.html", (
        "<html><body><article><h1>The Old Sign Shop</h1><p>Its most famous sign literally read "
        "&amp;lt;b&amp;gt;OPEN&amp;lt;/b&amp;gt; because the painter copied a tutorial. The slogan was "
        "Tom &amp;amp; Jerry &amp;copy; 1930, and the tag &lt;em&gt; marks emphasis &copy; Briggs.</p>"
        "</article></body></html>"))
    text = one(read_articles([page])).text
    assert "literally read &lt;b&gt;OPEN&lt;/b&gt; because" in text
    assert "Tom &amp; Jerry &copy; 1930" in text
    assert "the tag <em> marks emphasis © Briggs." in text  # escaped once: decoded once


def test_html_inline_emphasis_neither_glues_words_nor_cuts_paragraphs() -> None:
    # br_paragraphs.html is a real news page's markup (one long article whose paragraphs are <br>
    # breaks, with <em>, <strong> and links inside them; from newspaper4k's test pages) with every
    # word of its text replaced by one of twenty nouns. Read with inline formatting kept,
    # trafilatura dropped the space inside "<em>El Pais </em><a>reported</a>" ("El Paisreported")
    # and ended a paragraph at each such element, so the article was cut mid-sentence into eleven.
    words = {"river", "stone", "garden", "window", "market", "letter", "harbour", "mountain", "village", "teacher",
             "station", "bridge", "forest", "valley", "island", "engine", "doctor", "summer", "winter", "morning",
             "evening"}
    articles = read_articles([DATA / "br_paragraphs.html"]).articles
    glued = sorted({w for a in articles for w in re.findall(r"[A-Za-z]+", a.text) if w.lower() not in words})
    assert glued == []
    assert len(articles) <= 2, [a.title for a in articles]


STORM = "Storm closes schools across the Midwest"


@pytest.mark.parametrize(("heading", "title", "expected"), [
    ("CNN", STORM, STORM),                 # a source's label over the story: the page names it
    ("Opinion", STORM, STORM),
    ("Midwest storm", STORM, "Midwest storm"),  # a word of the page's title: the story's own name
    ("Schools close as the storm moves east", STORM, "Schools close as the storm moves east"),
    ("CNN", "", "CNN"),                    # no page title: the heading is all there is
])
def test_html_title_is_the_first_heading_unless_that_is_a_short_label(tmp_path: Path, heading: str, title: str,
                                                                      expected: str) -> None:
    story = ("Heavy snow closed hundreds of schools across the Midwest on Monday, and forecasters said "
             "more was on the way before the weekend.")
    page = write(tmp_path / "p.html", f"<html><head><title>{title}</title></head><body><article>"
                 f"<h2>{heading}</h2><p>{story}</p><p>{story}</p></article></body></html>")
    assert one(read_articles([page])).title == expected


def test_html_teasers_of_other_pages_are_neither_the_title_nor_the_text() -> None:
    # A magazine page (written for these tests) with a "More from" box of linked headings and their
    # standfirsts: trafilatura put the first teaser before the story, which became the article's title
    # ("Thirty years on, the square remembers") and its first sentence (T183).
    article = one(read_articles([DATA / "more_from_box.html"]))
    assert article.title == "The Night the Wall Opened"
    assert article.text.startswith("For twenty-eight years the Berlin Wall had been")
    for teaser in ("Thirty years on", "are remembered", "Hand in hand", "Keys in the air"):
        assert teaser not in article.text


def test_html_breadcrumbs_and_image_captions_are_not_the_story() -> None:
    # A sports site's page (written for these tests): a breadcrumb of two links ("History / Origins of the
    # Game") over the headline, and a photo caption set before the body. The breadcrumb titled a first
    # article of 32 words and the caption, ending on "(Full Court Archive)", cut it from the story, which
    # got a made-up title (T185).
    article = one(read_articles([DATA / "breadcrumb_caption.html"]))
    assert article.title.startswith("Peach Baskets and Thirteen Rules")
    assert "Origins of the Game" not in article.text
    assert "replica of the kind of peach basket" not in article.text
    assert article.text.index("The winter of 1891") < 100  # the story opens under its headline
    assert "By Marcus Bell" in article.metadata


# --- reference marks ---------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "read"), [
    ("after the Volga Delta.[1] It covers", "after the Volga Delta. It covers"),
    ("in Romania and Ukraine.[2][3] The delta", "in Romania and Ukraine. The delta"),
    ("a World Heritage Site in 1991.[citation needed] More", "a World Heritage Site in 1991. More"),
    ("the largest colony [12] of pelicans", "the largest colony of pelicans"),
    ("the treaty[a] was signed[note 2] in 1856[12]: 34\u201335.", "the treaty was signed in 1856."),
    ("some critics[who?] said so,[1, 4] and", "some critics said so, and"),
    # A pronunciation in phonetic script, and an audio link's label.
    ("The Danube (/\u02c8d\u00e6nju\u02d0b/ DAN-yoob; German: Donau [\u02c8do\u02d0na\u028a] \u24d8) is a river.",
     "The Danube is a river."),
    ("Paris (French pronunciation: [pa\u0281i]) is the capital.", "Paris is the capital."),
    ("Johann Strauss II (listen) wrote it.", "Johann Strauss II wrote it."),
    # A parenthesis that only points at a figure, a table or a numbered section of the document.
    ("The membrane controls what enters the cell (Figure 4.3).", "The membrane controls what enters the cell."),
    ("Ribosomes build proteins (see Figures 2 and 3b) from amino acids (cf. Table 1; Fig. 2c).",
     "Ribosomes build proteins from amino acids."),
    ("Glucose is broken down in stages (see Chapter 9) and (Section 4.2) again.",
     "Glucose is broken down in stages and again."),
    ("It defines the cell (see Table 5.1 for a summary). It is fluid. (credit: modification of work by M. Ruiz)",
     "It defines the cell. It is fluid."),
    # A law's or a filing's numbered part, a unit's name and a table's name are content.
    ("The law (Section 230) and the filing (Chapter 11) stand.",
     "The law (Section 230) and the filing (Chapter 11) stand."),
    ("Unit 731 (Japan) set the salt (Table salt) on the table (and a chair).",
     "Unit 731 (Japan) set the salt (Table salt) on the table (and a chair)."),
    # A link's text in brackets is no mark.
    ("See [a](https://example.org) for the note[a] on it.", "See [a](https://example.org) for the note on it."),
    # Other parentheses are content.
    ("The river (German: Donau) is long (about 2,850 km).", "The river (German: Donau) is long (about 2,850 km)."),
    # What a quotation or a formula writes in brackets is content.
    ("\"[He] was wrong [sic],\" she wrote [...] in the interval [0, 1].",
     "\"[He] was wrong [sic],\" she wrote [...] in the interval [0, 1]."),
])
def test_reference_marks_are_dropped_and_bracketed_content_kept(tmp_path: Path, written: str, read: str) -> None:
    text = one(read_articles([write(tmp_path / "delta.txt", f"The Delta\n\n{written}\n")])).text
    assert text == f"The Delta\n\n{read}"


@pytest.mark.parametrize("run", [" and 2-3-4-5" * 20000, ", 1" * 50000, "-2" * 50000])
def test_a_long_run_of_numbers_after_a_figure_is_read_in_one_pass(run: str) -> None:
    from studygen.ingest.cleaning import drop_reference_marks
    from studygen.validate import points_into_document

    # Unclosed, so nothing is dropped; a matcher that tried every split of the run would never end.
    text = f"The cell (Table 1{run} is round."
    assert drop_reference_marks(text) == text
    found = points_into_document(text)
    assert found is not None and found.startswith("Table 1")


def test_a_wikipedia_page_gives_its_sentences_without_reference_marks(tmp_path: Path) -> None:
    page = write(tmp_path / "delta.html", (
        "<html><body><article><h1>Danube Delta</h1><p>The Danube Delta is the second-largest river delta in "
        "Europe.<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup> It was declared a World "
        "Heritage Site in 1991.<sup class=\"noprint\">[<i>citation needed</i>]</sup></p>"
        "<h2>Wildlife<span>[<a href=\"/edit\">edit</a>]</span></h2>"
        "<p>More than 300 species of birds live there.</p></article></body></html>"))
    article = one(read_articles([page]))
    assert article.text == ("Danube Delta\n\nThe Danube Delta is the second-largest river delta in Europe. It was "
                            "declared a World Heritage Site in 1991.\n\nWildlife\n\nMore than 300 species of birds "
                            "live there.")
    assert [h.text for h in article.headings] == ["Danube Delta", "Wildlife"]


# --- separators and split modes ---------------------------------------------------------------

@pytest.mark.parametrize(("separator", "reason"), [
    ("---", "separator '---'"), ("***", "separator '***'"), ("===", "separator '==='"),
    ("\f", "form feed"), ("# Second", "markdown heading"),
])
def test_each_separator_starts_an_article(tmp_path: Path, separator: str, reason: str) -> None:
    text = f"First\n\nThe first article has one sentence.\n\n{separator}\n\nSecond\n\nThe second one too.\n"
    result = read_articles([write(tmp_path / "a.txt", text)], split="separators")
    assert len(result.articles) == 2
    first, second = result.articles
    assert first.title == "First" and first.text == "First\n\nThe first article has one sentence."
    assert second.boundary == reason
    assert first.boundary == "start of file"
    assert (first.start_line, first.end_line) == (1, 3)
    assert second.end_line == 9
    assert second.text.endswith("The second one too.")
    assert "\f" not in second.text and separator not in first.text + second.text


def test_split_none_keeps_one_article_per_file(tmp_path: Path) -> None:
    text = "First\n\nOne.\n\n---\n\nSecond\n\nTwo.\n"
    article = one(read_articles([write(tmp_path / "a.txt", text)], split=SplitMode.NONE))
    assert article.text == "First\n\nOne.\n\nSecond\n\nTwo."
    assert (article.start_line, article.end_line) == (1, 9)


def test_separators_mode_ignores_bios_and_cut_off_paragraphs(tmp_path: Path) -> None:
    text = ("Essay\nThe essay makes its point in this first paragraph of several words.\n"
            "Jane Roe is a senior fellow at the Example Institute.\n"
            "Second Piece\nThis excerpt is long enough to count and stops right in the middle of a\n"
            "Third Piece\nThe last one is complete and ends properly.\n")
    separators = read_articles([write(tmp_path / "a.txt", text)], split="separators")
    auto = read_articles([tmp_path / "a.txt"], split="auto")
    assert len(separators.articles) == 1
    assert [a.boundary for a in auto.articles] == ["start of file", "after author bio",
                                                   "after truncated paragraph"]
    assert [(a.start_line, a.end_line) for a in auto.articles] == [(1, 3), (4, 5), (6, 7)]
    assert [a.title for a in auto.articles] == ["Essay", "Second Piece", "Third Piece"]


def test_unknown_split_mode_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown split mode 'sometimes'"):
        read_articles([write(tmp_path / "a.txt", TEXT)], split="sometimes")


# --- bylines, bios, credits ----------------------------------------------------------------------

def test_bylines_bios_credits_and_promotions_are_metadata(tmp_path: Path) -> None:
    text = (
        "The Keepers\n\n"
        "By Jane Roe and John Smith\n\n"
        "WASHINGTON (Reuters) - Lighthouse keepers lived on remote rocks for months at a time.\n\n"
        "Photo: Coast Guard archive\n\n"
        "The work was lonely and often dangerous.\n\n"
        "Read more: How lenses changed the coast\n\n"
        "Jane Roe is a staff writer at the Harbour Gazette and the author of two books on the sea.\n"
    )
    article = one(read_articles([write(tmp_path / "a.txt", text)]))
    assert article.text == ("The Keepers\n\nLighthouse keepers lived on remote rocks for months at a time."
                            "\n\nThe work was lonely and often dangerous.")
    assert article.metadata == [
        "By Jane Roe and John Smith", "WASHINGTON (Reuters)", "Photo: Coast Guard archive",
        "Read more: How lenses changed the coast",
        "Jane Roe is a staff writer at the Harbour Gazette and the author of two books on the sea.",
    ]
    assert article.end_line == 13  # the bio is the article's last line, though not its text


def test_a_biography_opening_is_content_not_an_author_bio(tmp_path: Path) -> None:
    text = ("Marie Curie\n\nMarie Curie is a professor at the Sorbonne, the first woman in the post.\n\n"
            "Curie discovered polonium and radium with her husband.\n")
    article = one(read_articles([write(tmp_path / "a.txt", text)]))
    assert article.metadata == []
    assert "Marie Curie is a professor" in article.text


def test_an_article_left_without_text_is_dropped_with_a_note(tmp_path: Path) -> None:
    text = "Real Article\n\nIt has a sentence.\n\n---\n\nBy Jane Roe\n\nPhoto: Archive\n"
    result = read_articles([write(tmp_path / "a.txt", text)], split="separators")
    assert [a.title for a in result.articles] == ["Real Article"]
    assert result.notes == [f"dropped an article with no text in {tmp_path / 'a.txt'} (lines 7-9)"]


# --- folders, several inputs, standard input --------------------------------------------------

def test_folder_is_read_recursively_in_sorted_order_skipping_unknown_and_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    write(folder / "b.txt", "Bravo\n\nThe second file.\n")
    write(folder / "a.md", "# Alpha\n\nThe first file.\n")
    write(folder / "sub" / "c.html", "<html><body><article><h1>Charlie</h1><p>The third file, in a "
                                     "subfolder, with enough words to be main content.</p></article>"
                                     "</body></html>")
    write(folder / "notes.pdf", "%PDF-1.4 not really")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    write(folder / ".hidden.txt", "Hidden\n\nNever read.\n")
    result = read_articles([folder])
    assert [a.title for a in result.articles] == ["Alpha", "Bravo", "Charlie"]
    assert [Path(a.source).name for a in result.articles] == ["a.md", "b.txt", "c.html"]
    assert result.notes == [
        f"skipped {folder / 'broken.txt'}: a PNG image, not text (save or export it as .txt, .md, .html, .pdf, "
        ".docx or .epub)",
        f"skipped {folder / 'notes.pdf'}: the PDF file is truncated (no end-of-file marker); download or copy it "
        "again",
    ]


def test_one_bad_input_among_several_is_skipped_with_a_note(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", TEXT)
    result = read_articles([tmp_path / "missing.txt", good])
    assert [a.title for a in result.articles] == ["Café Notes"]
    assert result.notes == [f"skipped {tmp_path / 'missing.txt'}: no such file or folder"]


def test_a_folder_with_nothing_readable_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "d" / "image.png", "x")
    (tmp_path / "d" / "empty.txt").write_bytes(b"")
    message = r"d: nothing readable \(skipped .*empty\.txt: file is empty; \.\.\.\)"
    with pytest.raises(InputError, match=message):
        read_articles([tmp_path / "d"])


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\ufeff# Piped\n\nRead from a pipe.\n"
                                                                   .encode("utf-8"))))
    article = one(read_articles(["-"]))
    assert (article.source, article.title, article.text) == ("-", "Piped", "Piped\n\nRead from a pipe.")


def test_the_same_article_twice_is_kept_once(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", TEXT)
    second = shutil.copy(first, tmp_path / "copy.txt")
    result = read_articles([first, second])
    assert len(result.articles) == 1
    assert "same text as one in" in result.notes[0]


# --- identity ------------------------------------------------------------------------------------

def test_ids_come_from_content_and_survive_a_rename_and_rewrapping(tmp_path: Path) -> None:
    text = "Tides\n\nThe tides rise and fall\ntwice a day.\n\n---\n\nSecond\n\nMore.\n"
    original = write(tmp_path / "a.txt", text)
    before = read_articles([original], split="separators").articles
    moved = tmp_path / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    original.rename(moved)
    after = read_articles([moved], split="separators").articles
    assert [a.id for a in after] == [a.id for a in before]
    assert before[0].id == article_id(before[0].text)
    assert before[0].id != before[1].id
    rewrapped = write(tmp_path / "b.txt", "Tides\n\nThe tides rise and fall twice a day.\n")
    assert read_articles([rewrapped]).articles[0].id == before[0].id


# --- limits --------------------------------------------------------------------------------------

def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", "Big\n\n" + "word " * 500)
    with pytest.raises(InputError, match=r"big\.txt: file is 2\d\d\d bytes, over the 1048 bytes limit"):
        read_articles([big], max_file_mb=0.001)
    assert read_articles([big], max_file_mb=1).articles


def test_sentences_that_merely_start_like_bylines_or_credits_stay_content(tmp_path: Path) -> None:
    lines = ["By Christmas Day, the troops had withdrawn from the city.",
             "Images by the Hubble telescope show a young star surrounded by dust.",
             "Copyright law protects authors for decades after their death.",
             "The winner was announced at a ceremony in the capital in the spring of 2008.[12]",
             "The season ended quietly."]
    article = one(read_articles([write(tmp_path / "a.txt", "Notes\n" + "\n".join(lines) + "\n")]))
    assert article.metadata == []
    # No "truncated" split after the citation mark, and the mark itself is dropped.
    assert article.text.split("\n\n")[1:] == [line.removesuffix("[12]") for line in lines]


def test_a_text_too_long_for_topic_shifts_is_split_on_strong_signals_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import studygen.ingest.splitting as splitting

    monkeypatch.setattr(splitting, "MAX_TOPIC_WORDS", 50)
    paragraph = "This sentence is one of many in a long text about nothing in particular at all."
    path = write(tmp_path / "long.txt", "Long Text\n\n" + "\n\n".join([paragraph] * 8) + "\n")
    result = read_articles([path])
    assert len(result.articles) == 1
    assert result.notes == [f"{path}: 128 words without a separator are too long to look for topic shifts "
                            "in; add separators (---) between articles, or use --split separators"]


def test_a_single_path_may_be_given_without_a_list(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", TEXT)
    assert [a.title for a in read_articles(str(path)).articles] == ["Café Notes"]  # type: ignore[arg-type]


def test_an_html_page_without_main_text_is_an_input_error(tmp_path: Path) -> None:
    page = write(tmp_path / "empty.html", "<html><head><script>var x = 1;</script></head><body></body>")
    with pytest.raises(InputError, match=r"empty\.html: no readable text"):
        read_articles([page])


def test_a_byline_after_text_opens_the_next_article_with_its_title(tmp_path: Path) -> None:
    text = ("Harbour News\nThe harbour reopened on Monday after repairs.\n"
            "Storm Season\nBy Ada Lane\nForecasters expect more storms than usual this autumn.\n")
    articles = read_articles([write(tmp_path / "a.txt", text)]).articles
    assert [(a.title, a.start_line, a.end_line, a.boundary) for a in articles] == [
        ("Harbour News", 1, 2, "start of file"), ("Storm Season", 3, 5, "before byline")]
    assert articles[1].metadata == ["By Ada Lane"]


# --- one article stays one article: titles, datelines, quotations -------------------------------

def test_a_news_dateline_is_metadata_and_a_long_headline_is_the_title(tmp_path: Path) -> None:
    text = ("FIFA World Cup 2018 day five: Sweden, Belgium, England win three points\n\n"
            "Wednesday, April 13, 2011\n\n"
            "Yesterday Sweden defeated South Korea one goal to nothing in Nizhny Novgorod.\n\n"
            "Belgium defeated debutants Panama three goals to nothing in Sochi.\n")
    result = read_articles([write(tmp_path / "news.txt", text)])
    article = one(result)
    assert article.title == "FIFA World Cup 2018 day five: Sweden, Belgium, England win three points"
    assert article.metadata == ["Wednesday, April 13, 2011"]
    assert "2011" not in article.text and article.text.startswith("FIFA World Cup 2018")
    assert (article.start_line, article.end_line) == (1, 7)
    assert result.notes == []


@pytest.mark.parametrize("dateline", ["NEW ORLEANS, March 3 (AP) \u2014", "LONDON, Sept. 12 (Reuters) -",
                                      "WASHINGTON, September 30 \u2014", "BEIJING (Reuters) -",
                                      "LONDON, July 30, 1966 -",
                                      # Older papers: a full stop after the date, a weekday, the day first.
                                      "TURKU, Finland, June 21. \u2014", "ATHENS, April 6.",
                                      "LONDON, Tuesday, May 14, 1940 \u2014", "BERLIN, 16 August 2009 \u2013",
                                      "SUPREME HEADQUARTERS, ALLIED EXPEDITIONARY FORCE, June 6, 1944 \u2014"])
def test_a_wire_dateline_opening_any_paragraph_is_metadata(tmp_path: Path, dateline: str) -> None:
    text = ("Senate passes river bill\n\nThe Senate passed a bill on Tuesday to restore the river delta.\n\n"
            f"{dateline} Engineers said the first sediment diversion would open in 2027.\n")
    article = one(read_articles([write(tmp_path / "wire.txt", text)]))
    assert dateline.rstrip(" -\u2013\u2014") in article.metadata
    assert article.text.endswith("\n\nEngineers said the first sediment diversion would open in 2027.")


@pytest.mark.parametrize("dateline", ["Tuesday, June 19, 2018", "PARIS, 13 April 2011", "2011-04-13",
                                      "Published: Apr. 13, 2011, 10:30 a.m. EST", "Sunday, 20 January 2008",
                                      "BATAVIA, Tuesday, August 28, 1883.",
                                      "GETTYSBURG, Pa., Thursday, Nov. 19, 1863."])
def test_date_only_lines_are_datelines(dateline: str) -> None:
    from studygen.ingest.metadata import DATELINE, line_role

    assert line_role(dateline) == DATELINE


@pytest.mark.parametrize("text", ["April 13", "Geography", "March 5, 2007, was the day the festival opened.",
                                  "In 2011 the bridge opened."])
def test_a_date_heading_without_a_year_or_a_sentence_is_not_a_dateline(text: str) -> None:
    from studygen.ingest.metadata import line_role

    assert line_role(text) is None


def test_a_dateline_between_two_separated_stories_opens_the_second(tmp_path: Path) -> None:
    text = ("First Story Title\n\nIt has a sentence.\n\n---\n\nSecond Story Title\n\n"
            "Monday, March 5, 2007\n\nIt has another sentence.\n")
    articles = read_articles([write(tmp_path / "two.txt", text)], split="separators").articles
    assert [(a.title, a.metadata, a.start_line) for a in articles] == [
        ("First Story Title", [], 1), ("Second Story Title", ["Monday, March 5, 2007"], 7)]


def test_a_quotation_with_its_speakers_name_is_not_a_cut_off_excerpt(tmp_path: Path) -> None:
    from studygen.ingest.blocks import Block
    from studygen.ingest.splitting import is_truncated

    quote = ("I was basically hauled in and told that my mum had attacked the church and that I needed "
             "to disconnect from her. Valeska Paris")
    assert not is_truncated(Block(quote, 1, 1))
    assert is_truncated(Block("When it became clear that the world was entering a new era, the same "
                              "forces might also weaken", 1, 1))


def test_only_the_first_line_may_be_a_long_title(tmp_path: Path) -> None:
    from studygen.ingest.blocks import HEADING, PARAGRAPH, plain_text_blocks

    headline = "Australian woman claims Church of Scientology imprisoned her for twelve years"
    blocks = plain_text_blocks(f"{headline}\n\nShe said so.\n\n{headline}\n\nShe said so again.\n")
    assert [(b.kind, b.text == headline) for b in blocks] == [
        (HEADING, True), (PARAGRAPH, False), (PARAGRAPH, True), (PARAGRAPH, False)]
    # A first line that ends like a sentence is text, however short.
    assert plain_text_blocks("It rained all day.\n\nThe river rose.\n")[0].kind == PARAGRAPH


def test_a_headline_on_the_first_line_of_text_without_blank_lines_is_the_title(tmp_path: Path) -> None:
    text = ("FIFA World Cup 2018 day five: Sweden, Belgium, England win three points\n"
            "Tuesday, June 19, 2018\n"
            "Yesterday Sweden defeated South Korea one goal to nothing in Nizhny Novgorod.\n"
            "Belgium defeated debutants Panama three goals to nothing in Sochi.\n")
    article = one(read_articles([write(tmp_path / "pasted.txt", text)]))
    assert article.title.startswith("FIFA World Cup 2018 day five")
    assert article.metadata == ["Tuesday, June 19, 2018"]
