"""PDF, Word and EPUB inputs, without the NLP models: the fixtures are written here from Python (fpdf2,
python-docx, zipfile), plus one real typeset PDF (tests/data/pdf/field-notes.pdf, made by groff from
field-notes.ms beside it) with running headers and footers, page numbers, an outline, a two-column
page and words hyphenated across line ends."""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studygen.cli import app
from studygen.errors import InputError
from studygen.ingest import read_articles

DATA = Path(__file__).resolve().parent / "data" / "pdf"
FIELD_NOTES = DATA / "field-notes.pdf"

SALT = ("Salt marshes form where sheltered coasts trap fine sediment brought by the tides. Cordgrass "
        "colonises the bare mud first, and its stems slow the water so that more silt settles. ")
ROCK = ("Rocky shores are divided into zones. Barnacles cover the upper rocks, mussels form dense beds "
        "below them, and kelp forests grow at the lowest level of the shore. ")


# --- the real PDF ----------------------------------------------------------------------------------

def test_real_pdf_gives_one_article_per_bookmark_without_headers_footers_or_page_numbers() -> None:
    result = read_articles([FIELD_NOTES])
    assert [a.title for a in result.articles] == ["Salt Marshes", "Rocky Shores"]
    text = "\n".join(a.text for a in result.articles)
    assert "Harbour Survey\n" not in text and "Page " not in text
    assert text.count("Field Notes on Coastal Ecology") == 1  # the title page, not the running header
    assert not re.search(r"^\d+$", text, re.MULTILINE)
    assert result.articles[1].boundary == "PDF bookmark (page 3)"


def test_real_pdf_joins_hyphenated_words_and_paragraphs_across_page_breaks() -> None:
    marsh, _ = read_articles([FIELD_NOTES]).articles
    # groff hyphenated these across line ends ("de-/scribe", "em-/banked", "be-/hind", "re-/colonisation")
    for word in ("describe", "embanked", "behind", "recolonisation", "incomprehensibility"):
        assert word in marsh.text
    assert not re.search(r"\w- \w", marsh.text)
    # a paragraph that runs from page 1 onto page 2 stays one paragraph
    assert ("part of national climate plans. At Thornbury the old sea wall was breached in 2004"
            in marsh.text)
    assert "warm-water barnacles" in read_articles([FIELD_NOTES]).articles[1].text  # a real hyphen kept


def test_real_pdf_two_column_page_is_read_column_by_column() -> None:
    rock = read_articles([FIELD_NOTES]).articles[1].text
    order = ["Rocky shores are divided", "Limpets graze", "The left column ends here",
             "the young of many crabs.", "The right column begins", "Seabirds nest", "The survey of the rocky"]
    positions = [rock.find(s) for s in order]
    assert -1 not in positions and positions == sorted(positions)
    paragraphs = rock.split("\n\n")
    assert any(p.startswith("The left column ends here") and p.endswith("the young of many crabs.")
               for p in paragraphs)


def test_columns_written_line_by_line_across_the_page_are_still_read_column_by_column(tmp_path: Path) -> None:
    # Some converters write a two-column page across (left line, right line, ...); PDFium gives the
    # characters in that order, and the layout (where each line is) puts the columns back.
    import textwrap

    from fpdf import FPDF

    left = ("Tide mills were built on estuaries where the water could be held back by a dam. The miller "
            "opened the sluice as the tide fell, and the wheel turned for four or five hours on each tide.")
    right = ("Windmills needed no tide but depended on the weather. A post mill turned its whole body into "
             "the wind, while a tower mill turned only its cap, which carried the sails above the tower.")
    pdf = FPDF(format=(210, 150))
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for k, (a, b) in enumerate(zip(textwrap.wrap(left, 42), textwrap.wrap(right, 42), strict=False)):
        pdf.text(15, 20 + 5 * k, a)
        pdf.text(112, 20 + 5 * k, b)
    pdf.output(str(tmp_path / "mills.pdf"))
    (article,) = read_articles([tmp_path / "mills.pdf"]).articles
    assert left in article.text and right in article.text
    assert article.text.index(left) < article.text.index(right)


def test_a_plain_hyphen_at_a_line_end_is_joined_unless_the_document_writes_the_compound() -> None:
    from studygen.ingest.pdf import Line, _document_words, _join

    def lines(*texts: str) -> list[Line]:
        return [Line(0, 0, 0, 100, 10, 10, text) for text in texts]

    paragraph = lines("The tide mill is a remark-", "able machine, well-", "known on every coast.")
    words = _document_words(paragraph + lines("A well-known mill."))
    assert _join(paragraph, words) == "The tide mill is a remarkable machine, well-known on every coast."
    assert _join(lines("Cost 5-", "10 pounds."), set()) == "Cost 5-10 pounds."  # a range keeps its hyphen


@pytest.mark.parametrize(("title", "skipped"), [
    ("Index", True), ("Concept Index", True), ("Function and Data Index", True), ("Index of Names", True),
    ("CONTENTS", True), ("Short Contents", True), ("Table of Contents", True), ("12. Notes", True),
    ("Chapter 3: Bibliography", True), ("Index Funds", False), ("The Contents of the Will", False),
    ("Notes on a Scandal", False), ("Salt Marshes", False),
])
def test_indexes_contents_and_notes_are_known_by_their_titles(title: str, skipped: bool) -> None:
    from studygen.ingest.structure import is_not_card_material

    assert is_not_card_material(title) is skipped


def test_a_short_untitled_part_before_the_first_bookmark_is_front_matter(tmp_path: Path) -> None:
    from studygen.ingest.blocks import Block
    from studygen.ingest.structure import Chapter, drop_front_matter

    front = Chapter(None, [Block("Copyright 2024 by the Harbour Survey Team.", None, None)], "start of file")
    first = Chapter("Salt Marshes", [Block(SALT, None, None)], "PDF bookmark (page 3)")
    notes: list[str] = []
    assert drop_front_matter([front, first], notes) == [first]
    assert notes == ["left out the 7 words before the first chapter (title page, contents)"]
    preface = Chapter(None, [Block(SALT * 12, None, None)], "start of file")
    assert drop_front_matter([preface, first], []) == [preface, first]


# --- PDFs written here -------------------------------------------------------------------------------

def _pdf(path: Path, chapters: list[tuple[str, str]], *, outline: bool = False, password: str | None = None,
         header: str | None = "Coastal Reader") -> Path:
    from fpdf import FPDF

    class Book(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("helvetica", size=8)
                self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("helvetica", size=8)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Book(format=(148, 210))
    if password is not None:
        pdf.set_encryption(owner_password="owner", user_password=password)
    for title, body in chapters:
        pdf.add_page()
        if outline:
            pdf.start_section(title)
        pdf.set_font("helvetica", "B", size=18)
        pdf.multi_cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=10)
        for paragraph in body.split("\n\n"):
            pdf.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("outline", [False, True])
def test_pdf_chapters_by_headings_or_outline(tmp_path: Path, outline: bool) -> None:
    path = _pdf(tmp_path / "reader.pdf", [("Salt Marshes", SALT * 6 + "\n\n" + SALT * 3),
                                          ("Rocky Shores", ROCK * 6 + "\n\n" + ROCK * 2)], outline=outline)
    articles = read_articles([path]).articles
    assert [a.title for a in articles] == ["Salt Marshes", "Rocky Shores"]
    assert all("Coastal Reader" not in a.text for a in articles)
    assert articles[0].text.startswith("Salt Marshes\n\nSalt marshes form")
    assert "\n\n1\n\n" not in articles[0].text and not articles[0].text.endswith("1")


def test_chapter_headings_at_the_top_of_pages_are_not_taken_for_running_headers(tmp_path: Path) -> None:
    chapters = [(f"Chapter {n}", (SALT if n % 2 else ROCK) * 4) for n in range(1, 6)]
    articles = read_articles([_pdf(tmp_path / "book.pdf", chapters, header=None)]).articles
    assert [a.title for a in articles] == [f"Chapter {n}" for n in range(1, 6)]
    assert all(a.text.startswith(a.title + "\n\n") for a in articles)


def test_a_one_article_pdf_stays_one_article(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "one.pdf", [("Salt Marshes", SALT * 5)], header=None)
    (article,) = read_articles([path]).articles
    assert article.title == "Salt Marshes"


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "locked.pdf", [("Salt Marshes", SALT * 4)], password="", header=None)  # permissions
    assert b"/Encrypt" in path.read_bytes()
    assert [a.title for a in read_articles([path]).articles] == ["Salt Marshes"]


def test_a_pdf_with_some_pages_scanned_is_read_with_a_note(tmp_path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, SALT * 3)
    pdf.add_page()
    pdf.image(Image.new("RGB", (60, 80), "white"), x=10, y=10, w=120)
    pdf.output(str(tmp_path / "mixed.pdf"))
    result = read_articles([tmp_path / "mixed.pdf"])
    assert "Cordgrass colonises" in result.articles[0].text
    assert any("1 of 2 pages have no text (page 2)" in note and "OCR" in note for note in result.notes)


def test_pdf_split_none_gives_one_article(tmp_path: Path) -> None:
    assert len(read_articles([FIELD_NOTES], split="none").articles) == 1


def test_pdf_from_standard_input_or_without_suffix_is_read_by_its_content(tmp_path: Path) -> None:
    import subprocess
    import sys

    copy = tmp_path / "notes"
    copy.write_bytes(FIELD_NOTES.read_bytes())
    assert len(read_articles([copy]).articles) == 2
    with FIELD_NOTES.open("rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "studygen", "split", "-", "--json"], stdin=stdin,
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [row["title"] for row in __import__("json").loads(done.stdout)] == ["Salt Marshes", "Rocky Shores"]


# --- Word -----------------------------------------------------------------------------------------------

def _field_notes_chapters() -> list[tuple[str, list[str]]]:
    """The paragraphs of field-notes.ms (the real PDF's source) as two chapters, for Word and EPUB."""
    source = (DATA / "field-notes.ms").read_text(encoding="utf-8")
    paragraphs = [" ".join(line for line in chunk.splitlines() if line and not line.startswith("."))
                  for chunk in source.split(".PP\n")[1:]]
    return [("Salt Marshes", paragraphs[:6]), ("Rocky Shores", paragraphs[6:])]


def _docx_chapters(path: Path, chapters: list[tuple[str, list[str]]]) -> Path:
    import docx

    document = docx.Document()
    for title, paragraphs in chapters:
        document.add_heading(title, level=1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Coastal Reader"
    document.add_heading("Coastal Reader", level=0)
    toc = document.add_paragraph("Salt Marshes\t1", style="TOC Heading" if "TOC Heading" in
                                 [s.name for s in document.styles] else None)
    if toc.style.name != "TOC Heading":
        toc.text = ""
    document.add_heading("Salt Marshes", level=1)
    document.add_paragraph(SALT * 3)
    document.add_heading("Plants", level=2)
    document.add_paragraph("Glasswort grows lowest, where the mud is flooded at every tide.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "TABLECELL"
    document.add_heading("Rocky Shores", level=1)
    document.add_paragraph(ROCK * 3)
    document.add_heading("Index", level=1)
    document.add_paragraph("barnacles, 3; kelp, 4; mussels, 3")
    document.save(str(path))
    return path


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TOC_CONTROL = (f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
               '</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Salt Marshes ........ 1</w:t></w:r></w:p>'
               '<w:p><w:r><w:t>TOCENTRY Rocky Shores</w:t></w:r></w:p></w:sdtContent></w:sdt>')
FOOTNOTES = (f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="1"><w:p><w:r><w:t>FOOTNOTETEXT first mapped in '
             '1846.</w:t></w:r></w:p></w:footnote></w:footnotes>')


def _with_footnote_and_toc(path: Path) -> Path:
    """The .docx with a table-of-contents content control at the top, as Word inserts one, and a
    footnote (its mark in the first paragraph of prose, its text in word/footnotes.xml)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    body = parts["word/document.xml"].decode()
    body = body.replace("<w:body>", f"<w:body>{TOC_CONTROL}", 1)
    first_prose = body.index("Salt marshes form")
    run_end = body.index("</w:r>", first_prose) + len("</w:r>")
    body = body[:run_end] + '<w:r><w:footnoteReference w:id="1"/></w:r>' + body[run_end:]
    parts["word/document.xml"] = body.encode()
    parts["word/footnotes.xml"] = FOOTNOTES.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_docx_headings_divide_articles_and_index_and_tables_give_no_text(tmp_path: Path) -> None:
    result = read_articles([_with_footnote_and_toc(_docx(tmp_path / "reader.docx"))])
    assert [a.title for a in result.articles] == ["Salt Marshes", "Rocky Shores"]
    salt, rock = result.articles
    assert "Glasswort grows lowest" in salt.text and "Plants" in [h.text for h in salt.headings]
    assert "TABLECELL" not in salt.text
    assert "barnacles, 3" not in rock.text
    assert any("left out 'Index'" in note for note in result.notes)
    text = salt.text + rock.text
    assert "TOCENTRY" not in text and "........" not in text and "FOOTNOTETEXT" not in text


# --- EPUB -------------------------------------------------------------------------------------------------

def _xhtml(body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>x</title></head>'
            f'<body>{body}</body></html>')


def _epub(path: Path, *, chapters: int = 2, drm: bool = False,
          text: list[tuple[str, list[str]]] | None = None, version: int = 3) -> Path:
    docs = {
        "cover.xhtml": _xhtml('<img src="cover.jpg" alt=""/>'),
        "contents.xhtml": _xhtml('<h1>Contents</h1><p>Salt Marshes 1</p><p>Rocky Shores 9</p>'),
        "ch1.xhtml": _xhtml(f'<section epub:type="chapter"><h1>Chapter One</h1><p>{SALT * 3}'
                            '<a epub:type="noteref" href="#n1"><sup>1</sup></a></p>'
                            '<aside epub:type="footnote" id="n1"><p>FOOTNOTE first mapped in 1846.</p></aside>'
                            '</section>'),
        "ch1b.xhtml": _xhtml(f'<p>The marsh continues in a second file. {SALT}</p>'),
        "ch2.xhtml": _xhtml(f'<h1>Chapter Two</h1><p>{ROCK * 3}</p>'),
        "index.xhtml": _xhtml('<section epub:type="index"><h1>Index</h1><p>kelp, 9</p></section>'),
    }
    if text is not None:  # chapters of real paragraphs, for the builds
        (_, first), (_, second) = text
        docs["ch1.xhtml"] = _xhtml("<h1>Chapter One</h1>" + "".join(f"<p>{p}</p>" for p in first[:-1]))
        docs["ch1b.xhtml"] = _xhtml(f"<p>{first[-1]}</p>")
        docs["ch2.xhtml"] = _xhtml("<h1>Chapter Two</h1>" + "".join(f"<p>{p}</p>" for p in second))
    order = ["cover.xhtml", "contents.xhtml", "ch1.xhtml", "ch1b.xhtml", "ch2.xhtml", "index.xhtml"]
    if chapters == 0:
        order = ["cover.xhtml"]
    nav = _xhtml('<nav epub:type="toc"><ol><li><a href="ch1.xhtml">Salt Marshes</a></li>'
                 '<li><a href="ch2.xhtml#top">Rocky Shores</a></li><li><a href="index.xhtml">Index</a></li>'
                 '</ol></nav>')
    manifest = "".join(f'<item id="i{k}" href="{name}" media-type="application/xhtml+xml"/>'
                       for k, name in enumerate(order))
    spine = "".join(f'<itemref idref="i{k}"/>' for k in range(len(order)))
    ncx = ('<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>'
           '<navPoint id="p1"><navLabel><text>Salt Marshes</text></navLabel><content src="ch1.xhtml"/></navPoint>'
           '<navPoint id="p2"><navLabel><text>Rocky Shores</text></navLabel><content src="ch2.xhtml#top"/>'
           '</navPoint></navMap></ncx>')
    spine_toc = ' toc="ncx"' if version == 2 else ""
    toc_item = ('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
                if version == 3 else '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
    opf = (f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="{version}.0" '
           'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Coastal '
           'Reader</dc:title><dc:identifier id="id">x</dc:identifier></metadata>'
           f'<manifest>{toc_item}{manifest}</manifest><spine{spine_toc}>{spine}'
           '</spine></package>')
    container = ('<?xml version="1.0"?><container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                 '</rootfiles></container>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", container, compress_type=zipfile.ZIP_DEFLATED)
        if drm:
            archive.writestr("META-INF/encryption.xml",
                             '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                             'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                             '<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
                             '</enc:EncryptedData></encryption>')
        archive.writestr("OEBPS/content.opf", opf, compress_type=zipfile.ZIP_DEFLATED)
        if version == 3:
            archive.writestr("OEBPS/nav.xhtml", nav, compress_type=zipfile.ZIP_DEFLATED)
        else:
            archive.writestr("OEBPS/toc.ncx", ncx, compress_type=zipfile.ZIP_DEFLATED)
        for name in order:
            archive.writestr(f"OEBPS/{name}", docs[name], compress_type=zipfile.ZIP_DEFLATED)
    return path


@pytest.mark.parametrize("version", [3, 2])
def test_epub_chapters_from_the_table_of_contents_without_notes_contents_or_index(tmp_path: Path,
                                                                                  version: int) -> None:
    result = read_articles([_epub(tmp_path / "reader.epub", version=version)])
    assert [a.title for a in result.articles] == ["Salt Marshes", "Rocky Shores"]
    salt, rock = result.articles
    assert "FOOTNOTE" not in salt.text and "tides. Cordgrass" in salt.text
    assert not re.search(r"settles\. ?1", salt.text)  # the footnote mark is gone
    assert "The marsh continues in a second file." in salt.text  # a chapter split over two files
    assert "kelp, 9" not in rock.text
    assert all("Salt Marshes 1" not in a.text for a in result.articles)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["pdf", "docx", "epub"])
def test_each_format_builds_cards_in_one_subdeck_per_chapter(tmp_path: Path, kind: str) -> None:
    from anki.collection import Collection
    from anki_support import import_apkg

    from studygen.cardfile import load_deck

    chapters = _field_notes_chapters()
    path = {"pdf": lambda: FIELD_NOTES, "docx": lambda: _docx_chapters(tmp_path / "field-notes.docx", chapters),
            "epub": lambda: _epub(tmp_path / "field-notes.epub", text=chapters)}[kind]()
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(path), "--out", str(out), "--format", "apkg,json"])
    assert result.exit_code == 0, result.output
    deck = load_deck(out / "field-notes.json")
    assert [a.title for a in deck.articles] == ["Salt Marshes", "Rocky Shores"]
    for article in deck.articles:
        cards = [c for c in deck.cards if c.article_id == article.id]
        assert len(cards) >= 3, article.title
        assert all("Harbour Survey" not in c.question and "Page" not in c.question for c in cards)
    assert "1. Salt Marshes" in result.stdout and "2. Rocky Shores" in result.stdout  # the summary, by chapter
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(collection, out / "field-notes.apkg")
        names = {collection.decks.name(collection.get_card(cid).did) for cid in collection.find_cards("")}
    finally:
        collection.close()
    assert names == {"field-notes::Salt Marshes", "field-notes::Rocky Shores"}


def _with_parts(path: Path, parts: dict[str, bytes]) -> Path:
    """The zip at ``path`` with some parts replaced (deflated, as Word and EPUB tools write them)."""
    with zipfile.ZipFile(path) as archive:
        old = {info.filename: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**old, **parts}.items():
            archive.writestr(name, data)
    return path


def test_a_chapter_with_an_internal_dtd_subset_reads_its_entities_and_no_doctype(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("SECRETWORD", encoding="utf-8")
    declared = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html [\n<!ENTITY nbsp "&#160;">\n'
                '<!ENTITY surveyor "Margaret Ellison">\n]>\n')
    external = f'<!DOCTYPE html [<!ENTITY secret SYSTEM "{(tmp_path / "secret.txt").as_uri()}">]>'
    # Each chapter is _xhtml() with its XML declaration replaced by a prolog holding the DOCTYPE.
    book = _with_parts(_epub(tmp_path / "reader.epub"), {
        "OEBPS/ch2.xhtml": (declared + _xhtml(f"<h1>Chapter Two</h1><p>Mapped by &surveyor;&nbsp;in 1846. "
                                              f"{ROCK * 3}</p>").split("\n", 1)[1]).encode(),
        "OEBPS/ch1b.xhtml": (external + _xhtml(f"<p>The marsh continues &secret; in a second file. {SALT}</p>")
                             .split("\n", 1)[1]).encode(),
    })
    salt, rock = read_articles([book]).articles
    assert rock.text.startswith("Chapter Two\n\nMapped by Margaret Ellison in 1846. Rocky shores")
    assert "The marsh continues" in salt.text and "SECRETWORD" not in salt.text  # never read from disk
    assert "]>" not in salt.text + rock.text


def _bomb(size_mb: int) -> bytes:
    """Markup that deflates about a thousandfold: many megabytes of empty paragraphs."""
    return (f'<w:document xmlns:w="{W_NS}"><w:body>'.encode() + b"<w:p/>" * (size_mb * 1024 * 1024 // 6)
            + b"</w:body></w:document>")


def test_a_docx_or_epub_that_unpacks_far_beyond_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    # --max-file-mb 0.5 allows 10 MB unpacked; each bomb file is a few tens of kilobytes.
    docx_bomb = _with_parts(_docx(tmp_path / "bomb.docx"), {"word/document.xml": _bomb(12)})
    epub_bomb = _with_parts(_epub(tmp_path / "bomb.epub"), {  # two chapters that fit alone, not together
        "OEBPS/ch1.xhtml": _bomb(6), "OEBPS/ch2.xhtml": _bomb(6)})
    assert docx_bomb.stat().st_size < 100_000 and epub_bomb.stat().st_size < 100_000
    for path, detail in ((docx_bomb, r"'word/document\.xml' unpacks to 12\.0 MB"),
                         (epub_bomb, r"the parts read unpack to 12\.0 MB")):
        started = time.monotonic()
        with pytest.raises(InputError, match=rf"^{re.escape(str(path))}: unpacked content too large: {detail}, "
                                             r"over the 10\.0 MB limit \(20 times --max-file-mb"):
            read_articles([path], max_file_mb=0.5)
        assert time.monotonic() - started < 5
    normal = [_docx(tmp_path / "reader.docx"), _epub(tmp_path / "reader.epub")]
    assert [[a.title for a in read_articles([p], max_file_mb=0.5).articles] for p in normal] == [
        ["Salt Marshes", "Rocky Shores"]] * 2


def test_a_part_that_unpacks_a_thousandfold_is_refused_under_the_default_limit(tmp_path: Path) -> None:
    # The 20-fold limit alone let a small file unpack to 400 MB; a part may also grow at most a
    # hundredfold (XML text packs 5 to 20 times), so what a file unpacks to grows with the file.
    bomb = _with_parts(_docx(tmp_path / "bomb.docx"), {"word/document.xml": _bomb(5)})
    assert bomb.stat().st_size < 50_000
    started = time.monotonic()
    with pytest.raises(InputError, match=rf"^{re.escape(str(bomb))}: unpacked content too large: "
                                         r"'word/document\.xml' unpacks to 5\.0 MB, more than 100 times its "
                                         r"packed size \([\d,]+ bytes\), as a zip bomb does$"):
        read_articles([bomb])
    assert time.monotonic() - started < 5


# --- bad files of each format: exit 2, one line, no output -------------------------------------------

def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    from fpdf import FPDF

    files: dict[str, Path] = {}
    pdf_bytes = FIELD_NOTES.read_bytes()
    docx_bytes = _docx(tmp_path / "good.docx").read_bytes()
    epub_bytes = _epub(tmp_path / "good.epub").read_bytes()
    for suffix, data in (("pdf", pdf_bytes), ("docx", docx_bytes), ("epub", epub_bytes)):
        (tmp_path / f"truncated.{suffix}").write_bytes(_truncated(data))
        files[f"truncated {suffix}"] = tmp_path / f"truncated.{suffix}"
    (tmp_path / "text.pdf").write_text("Just some notes.\n", encoding="utf-8")
    files["text named .pdf"] = tmp_path / "text.pdf"
    (tmp_path / "pdf.docx").write_bytes(pdf_bytes)
    files["PDF named .docx"] = tmp_path / "pdf.docx"
    (tmp_path / "docx.epub").write_bytes(docx_bytes)
    files["docx named .epub"] = tmp_path / "docx.epub"
    (tmp_path / "pdf.txt").write_bytes(pdf_bytes)
    files["PDF named .txt"] = tmp_path / "pdf.txt"
    files["encrypted pdf"] = _pdf(tmp_path / "secret.pdf", [("Salt Marshes", SALT * 4)], password="s3cret")
    files["drm epub"] = _epub(tmp_path / "drm.epub", drm=True)
    (tmp_path / "secret.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100
                                           + "EncryptedPackage".encode("utf-16-le") + b"\0" * 400)
    files["encrypted docx"] = tmp_path / "secret.docx"
    (tmp_path / "empty.pdf").write_bytes(_zero_page_pdf())
    files["zero-page pdf"] = tmp_path / "empty.pdf"
    empty_docx = tmp_path / "empty.docx"
    import docx

    docx.Document().save(str(empty_docx))
    files["empty docx"] = empty_docx
    files["empty epub"] = _epub(tmp_path / "empty.epub", chapters=0)  # a spine of no chapter
    scan = FPDF()
    scan.add_page()
    from PIL import Image

    image = Image.new("RGB", (60, 80), "white")
    scan.image(image, x=10, y=10, w=120)
    scan.output(str(tmp_path / "scan.pdf"))
    files["scanned pdf"] = tmp_path / "scan.pdf"
    return files


def _zero_page_pdf() -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


EXPECTED = {
    "truncated pdf": "truncated", "truncated docx": "damaged Word document", "truncated epub": "damaged EPUB",
    "text named .pdf": "not a PDF file: it holds text",
    "PDF named .docx": "not a Word document (.docx): it holds a PDF",
    "docx named .epub": "not an EPUB book: it holds a Word document", "PDF named .txt": "a PDF file, not text",
    "encrypted pdf": "encrypted with a password", "drm epub": "protected by DRM",
    "encrypted docx": "encrypted with a password", "zero-page pdf": "has no pages",
    "empty docx": "has no text", "empty epub": "the EPUB book has no text", "scanned pdf": "no text layer",
}


def test_every_bad_document_is_refused_in_one_line_with_exit_2_and_no_output(tmp_path: Path) -> None:
    files = _bad_files(tmp_path)
    assert set(files) == set(EXPECTED)
    for what, path in files.items():
        out = tmp_path / f"out-{path.name}"
        result = CliRunner().invoke(app, ["build", str(path), "--out", str(out), "--quiet"])
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 2, (what, result.output)
        assert len(lines) == 1 and lines[0].startswith("studygen: error: "), (what, lines)
        assert EXPECTED[what] in lines[0], (what, lines[0])
        assert not out.exists() or not any(out.iterdir()), what
    with pytest.raises(InputError, match="OCR"):
        read_articles([files["scanned pdf"]])
