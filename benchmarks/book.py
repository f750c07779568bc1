"""A whole book as input: a PDF of about 300 pages (A5, with an outline, a running header and page
numbers) and an EPUB of the same chapters, made from the public text in ``benchmarks/data`` (the
SQuAD articles grouped into chapters; CC BY-SA 4.0), then read into articles and timed.

    .venv/bin/python benchmarks/book.py OUT_DIR                # write book.pdf, book.epub; time reading them
    .venv/bin/studygen build OUT_DIR/book.epub --out OUT_DIR   # the whole build (minutes)

Needs fpdf2 (the test extra). Same code, same bytes.
"""

from __future__ import annotations

import argparse
import sys
import time
import zipfile
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import squad_articles  # noqa: E402

CHAPTERS = 15
PAGES = 300


def chapters() -> list[tuple[str, list[str]]]:
    """CHAPTERS chapters, each several SQuAD articles under the first one's title; the paragraphs
    are used four times (each time in a shifted grouping) to fill about 300 A5 pages."""
    articles = squad_articles()
    once = [(title, p) for title, ps in articles for p in ps]
    paragraphs = [item for k in range(4) for item in once[k * len(once) // 7:] + once[:k * len(once) // 7]]
    size = -(-len(paragraphs) // CHAPTERS)
    out = []
    for k in range(CHAPTERS):
        part = paragraphs[k * size:(k + 1) * size]
        if part:
            out.append((f"Chapter {k + 1}: {part[0][0].replace('_', ' ')}", [p for _, p in part]))
    return out


def write_pdf(path: Path, book: list[tuple[str, list[str]]]) -> int:
    from fpdf import FPDF

    class Book(FPDF):
        def header(self) -> None:
            self.set_font("helvetica", "I", 8)
            self.cell(0, 6, "A Reader of Many Things", align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("helvetica", size=8)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Book(format=(148, 210))
    pdf.set_title("A Reader of Many Things")
    for title, paragraphs in book:
        pdf.add_page()
        pdf.start_section(title)
        pdf.set_font("helvetica", "B", 16)
        pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("helvetica", size=10)
        for paragraph in paragraphs:
            text = paragraph.encode("latin-1", "replace").decode("latin-1")  # the core fonts' characters
            pdf.multi_cell(0, 4.8, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(path))
    return pdf.page_no()


def write_epub(path: Path, book: list[tuple[str, list[str]]]) -> None:
    names = [f"ch{k + 1:02d}.xhtml" for k in range(len(book))]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" '
                         'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
                         'full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
                         compress_type=zipfile.ZIP_DEFLATED)
        items = "".join(f'<item id="c{k}" href="{n}" media-type="application/xhtml+xml"/>' for k, n in enumerate(names))
        spine = "".join(f'<itemref idref="c{k}"/>' for k in range(len(names)))
        archive.writestr("content.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
                         'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A Reader of '
                         'Many Things</dc:title></metadata><manifest><item id="nav" href="nav.xhtml" '
                         f'media-type="application/xhtml+xml" properties="nav"/>{items}</manifest><spine>{spine}'
                         '</spine></package>', compress_type=zipfile.ZIP_DEFLATED)
        links = "".join(f'<li><a href="{n}">{escape(t)}</a></li>' for n, (t, _) in zip(names, book, strict=True))
        archive.writestr("nav.xhtml", _xhtml(f'<nav epub:type="toc"><ol>{links}</ol></nav>'),
                         compress_type=zipfile.ZIP_DEFLATED)
        for name, (title, paragraphs) in zip(names, book, strict=True):
            body = f"<h1>{escape(title)}</h1>" + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
            archive.writestr(name, _xhtml(body), compress_type=zipfile.ZIP_DEFLATED)


def _xhtml(body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
            f'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>x</title></head><body>{body}</body></html>')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    book = chapters()
    pages = write_pdf(args.out / "book.pdf", book)
    write_epub(args.out / "book.epub", book)
    from studygen.ingest import read_articles
    from studygen.pipeline import book_sources, default_card_count

    print(f"{len(book)} chapters, {sum(len(' '.join(p).split()) for _, p in book)} words, {pages} PDF pages")
    for name in ("book.pdf", "book.epub"):
        start = time.perf_counter()
        result = read_articles([args.out / name])
        seconds = time.perf_counter() - start
        in_book = bool(book_sources(result.articles))
        cards = sum(default_card_count(a.words, in_book) for a in result.articles)
        print(f"{name}: {len(result.articles)} articles read in {seconds:.2f} s; default cards {cards} "
              f"(book: {in_book}); titles match: {[a.title for a in result.articles] == [t for t, _ in book]}")


if __name__ == "__main__":
    main()
