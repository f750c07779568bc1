"""PDF files to chapters, read with pypdfium2 (Google's PDFium; chosen by measurement, see
BENCHMARKS.md: the fastest of pypdfium2, pdfminer.six and pypdf, the only one of them to keep the
two-column page of the test PDF in reading order, and the smallest to install with its dependencies).

PDFium gives each character with its box and font size; the layout is rebuilt from those:

* characters to lines (one baseline, no gap wider than a column gutter);
* running headers and footers dropped: lines at the top or bottom of a page that repeat on other
  pages (digits aside, so "Page 3" and "Page 4" repeat) or that are a bare page number;
* lines in reading order: on a page whose lines leave a vertical gutter, the left column is read
  before the right one, band by band between lines that span the page;
* lines to paragraphs at a wider gap, an indented first line, a short last line or a change of
  font size, across page breaks too; a word hyphenated across a line end is joined (PDFium marks
  the hyphens a typesetter added; a plain hyphen before a lower-case word is dropped unless the
  document writes the hyphenated form elsewhere);
* articles at the outline's (bookmarks') top entries, or else at the largest headings (a font
  size above the body text's) that occur at least twice.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from studygen.errors import InputError
from studygen.ingest.blocks import HEADING, Block, text_block
from studygen.ingest.cleaning import clean_line, collapse_spaces
from studygen.ingest.structure import (
    Chapter,
    Document,
    chapters_at,
    drop_front_matter,
    drop_non_material,
    is_contents_line,
    split_at_headings,
)

SIGNATURE = b"%PDF-"
#: Share of the page height at the top and at the bottom where running headers and footers sit.
RUNNING_ZONE = 0.12
_HYPHENS = "\ufffe\x02\u00ad"  # PDFium's marks of a typesetter's line-end hyphen, and the soft hyphen
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-\u2013\u2014\s]*(?:\d{1,4}|[ivxlcdm]{1,7})[-\u2013\u2014\s]*"
                          r"(?:(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:\u2026][\"'\u2019\u201d)\]]*$")


@dataclass
class Line:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    text: str
    hyphen: bool = False  # ends in a hyphen PDFium knows a typesetter added
    last_left: float = 0.0  # left edge of the last character (a ligature's letters share one box)
    column: int = 0  # 0: the page's only column or a line across both; 1: left; 2: right


@dataclass
class _Paragraph:
    lines: list[Line] = field(default_factory=list)


def read_pdf(data: bytes, name: str, split: str = "auto") -> Document:
    """The chapters of a PDF file. Raises :class:`InputError` for a damaged, encrypted, empty or
    scanned (text-less) file."""
    if not data.startswith(SIGNATURE):
        raise InputError(f"{name}: not a PDF file (it does not start with %PDF-)")
    if b"%%EOF" not in data[-4096:]:
        raise InputError(f"{name}: the PDF file is truncated (no end-of-file marker); download or copy it again")
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        # PDFium's error code can be stale (left from an earlier file), so the bytes say what went wrong.
        if b"/Encrypt" in data:
            raise InputError(f"{name}: the PDF is encrypted with a password; remove the password first "
                             "(for example with qpdf --decrypt --password=PASSWORD in.pdf out.pdf)") from None
        if re.search(rb"/Count\s+0\b", data) and not re.search(rb"/Count\s+[1-9]", data):
            raise InputError(f"{name}: the PDF has no pages") from None
        raise InputError(f"{name}: damaged PDF file, cannot be read ({error})") from None
    try:
        if len(pdf) == 0:
            raise InputError(f"{name}: the PDF has no pages")
        pages, sizes = [], []
        for index in range(len(pdf)):
            page = pdf[index]
            sizes.append(page.get_size())
            textpage = page.get_textpage()
            pages.append(page_lines(textpage, index))
            textpage.close()
            page.close()
        if not any(line.text.strip() for lines in pages for line in lines):
            raise InputError(f"{name}: the PDF has no text layer (a scan?); run OCR on it first, for "
                             "example: ocrmypdf in.pdf out.pdf")
        outline = _outline(pdf)
        title = (pdf.get_metadata_value("Title") or "").strip() or None
    finally:
        pdf.close()
    notes: list[str] = []
    blank = [str(k + 1) for k, lines in enumerate(pages) if not lines]
    if blank:
        shown = ", ".join(blank[:10]) + (", ..." if len(blank) > 10 else "")
        notes.append(f"{len(blank)} of {len(pages)} pages have no text (page {shown}): blank, or scanned "
                     "(run OCR on the file to read a scanned page)")
    removed = drop_running_lines(pages, [h for _, h in sizes])
    if removed:
        notes.append(f"left out {removed} running header, footer and page-number lines")
    ordered = [line for lines in pages for line in reading_order(lines)]
    blocks, starts = _blocks(ordered, outline)
    if split == "none":
        chapters = [Chapter(None, blocks, "start of file")]
    elif outline:
        chapters = drop_front_matter(chapters_at(blocks, starts), notes)
    else:
        chapters = split_at_headings(blocks, "PDF heading", max_level=6)
    return Document(drop_non_material(chapters, notes), title, notes)


def page_lines(textpage: Any, page: int) -> list[Line]:
    """The text lines of one page, in the order PDFium gives the characters (the content order)."""
    import pypdfium2.raw as raw

    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count))
    lines: list[Line] = []
    current: Line | None = None
    sizes: list[float] = []
    space = False
    for i, ch in enumerate(text):
        if ch in "\r\n":
            continue
        if ch in _HYPHENS:
            if current is not None:
                current.hyphen = True
            continue
        if ch.isspace():
            space = True
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        size = raw.FPDFText_GetFontSize(textpage.raw, i) or (top - bottom)
        if current is not None and _same_line(current, left, bottom, top, size):
            gap = left - current.x1
            if space or gap > 0.25 * size or current.hyphen:
                if not current.hyphen:
                    current.text += " "
                current.hyphen = False
            current.text += ch
            current.x1 = max(current.x1, right)
            current.last_left = left
            current.y0, current.y1 = min(current.y0, bottom), max(current.y1, top)
            sizes.append(size)
        else:
            if current is not None:
                current.size = statistics.median(sizes)
                lines.append(current)
            current = Line(page, left, bottom, right, top, size, ch, last_left=left)
            sizes = [size]
        space = False
    if current is not None:
        current.size = statistics.median(sizes)
        lines.append(current)
    for line in lines:
        line.text = collapse_spaces(clean_line(line.text))
    return [line for line in lines if line.text]


def _same_line(line: Line, left: float, bottom: float, top: float, size: float) -> bool:
    middle, line_middle = (bottom + top) / 2, (line.y0 + line.y1) / 2
    height = max(size, line.size, 1.0)
    if abs(middle - line_middle) > 0.5 * height:
        return False
    # Not back (a ligature's second letter shares the first one's box), and no column gutter between.
    return left >= line.last_left - 0.1 * height and left - line.x1 <= 1.5 * height


def drop_running_lines(pages: list[list[Line]], heights: list[float]) -> int:
    """Remove running headers, footers and page numbers from ``pages`` in place; how many went."""
    zone: dict[int, str] = {}
    keys: dict[int, tuple[str, str]] = {}
    for lines, height in zip(pages, heights, strict=True):
        by_height = sorted(lines, key=lambda line: -line.y1)
        for where, candidates in (("top", by_height[:3]), ("bottom", by_height[::-1][:3])):
            for line in candidates:
                in_zone = line.y0 >= (1 - RUNNING_ZONE) * height if where == "top" else line.y1 <= RUNNING_ZONE * height
                if in_zone and id(line) not in zone:
                    zone[id(line)] = where
                    keys[id(line)] = (where, re.sub(r"\d+", "#", line.text.casefold()))
    pages_with: Counter[tuple[str, str]] = Counter()
    for lines in pages:
        pages_with.update({keys[id(line)] for line in lines if id(line) in keys})
    needed = 2 if len(pages) <= 3 else max(2, min(3, len(pages) // 2))
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[round(line.size, 1)] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    removed = 0
    for lines in pages:
        keep = []
        for line in lines:
            key = keys.get(id(line))
            # A line set larger than the body text is a heading ("Chapter 3" atop a page), never running.
            repeated = key is not None and pages_with[key] >= needed and line.size <= 1.15 * body_size
            if key is not None and (_PAGE_NUMBER.match(line.text) or repeated):
                removed += 1
                continue
            keep.append(line)
        lines[:] = keep
    return removed


def reading_order(lines: list[Line]) -> list[Line]:
    """The lines of one page in reading order: top to bottom, and where the page has two columns,
    the left column before the right one within each band between lines that cross the gutter."""
    ordered = sorted(lines, key=lambda line: (-line.y1, line.x0))
    if len(ordered) < 6:
        return ordered
    left_edge, right_edge = min(line.x0 for line in ordered), max(line.x1 for line in ordered)
    span = right_edge - left_edge
    best: tuple[int, float] | None = None
    steps = 40
    for k in range(steps + 1):
        gutter = left_edge + span * (0.3 + 0.4 * k / steps)
        crossing = sum(1 for line in ordered if line.x0 < gutter < line.x1)
        if best is None or crossing < best[0]:
            best = (crossing, gutter)
    assert best is not None
    gutter = best[1]
    left = [line for line in ordered if line.x1 <= gutter]
    right = [line for line in ordered if line.x0 >= gutter]
    side_by_side = sum(1 for a in left if any(b.y0 < a.y1 and a.y0 < b.y1 for b in right))
    if len(left) < 3 or len(right) < 3 or side_by_side < 2:
        return ordered
    result: list[Line] = []
    band_left: list[Line] = []
    band_right: list[Line] = []
    for line in ordered:
        if line.x1 <= gutter:
            line.column = 1
            band_left.append(line)
        elif line.x0 >= gutter:
            line.column = 2
            band_right.append(line)
        else:
            result.extend(band_left + band_right)
            band_left, band_right = [], []
            result.append(line)
    result.extend(band_left + band_right)
    return result


def _outline(pdf: Any) -> list[tuple[str, int, float | None]]:
    """The outline's top entries that lead to a page: (title, page index, top of the view or None).
    When the outline has one top entry (the book's title), its children are taken."""
    entries = []
    try:
        for bookmark in pdf.get_toc(max_depth=4):
            title = collapse_spaces(clean_line(bookmark.get_title() or ""))
            dest = bookmark.get_dest()
            if not title or dest is None or dest.get_index() is None:
                continue
            _, view = dest.get_view()
            top = view[1] if len(view) >= 2 else (view[0] if len(view) == 1 else None)
            entries.append((bookmark.level, title, dest.get_index(), top))
    except Exception:  # a damaged outline is no reason to refuse the text  # noqa: BLE001
        return []
    for level in sorted({e[0] for e in entries}):
        chosen = [(t, p, top) for lv, t, p, top in entries if lv == level]
        if len(chosen) >= 2 or level == max(e[0] for e in entries):
            return chosen
    return []


def _blocks(lines: list[Line], outline: list[tuple[str, int, float | None]]
            ) -> tuple[list[Block], list[tuple[int, str | None, str]]]:
    """Blocks of the lines in reading order, and where the outline's entries start among them."""
    lines = [line for line in lines if not is_contents_line(line.text)]
    if not lines:
        return [], []
    body: Counter[float] = Counter()
    for line in lines:
        body[round(line.size, 1)] += len(line.text)
    body_size = body.most_common(1)[0][0]
    pitch = _line_pitch(lines, body_size)
    paragraphs = _paragraphs(lines, body_size, pitch)
    words = _document_words(lines)
    heading_sizes = sorted({round(p.lines[0].size, 1) for p in paragraphs if _is_big(p, body_size)}, reverse=True)
    blocks: list[Block] = []
    first_line: list[Line] = []
    for paragraph in paragraphs:
        text = _join(paragraph.lines, words)
        if _is_big(paragraph, body_size):
            level = heading_sizes.index(round(paragraph.lines[0].size, 1)) + 1
            block = Block(text, None, None, HEADING, level)
        else:
            block = text_block([(0, text)])
            block.start_line = block.end_line = None
            if block.kind == HEADING:
                block.level = 7  # a heading in the body's size: a section, never an article
        blocks.append(block)
        first_line.append(paragraph.lines[0])
    starts: list[tuple[int, str | None, str]] = []
    for title, page, top in outline:
        index = _locate(title, page, top, paragraphs)
        if index is not None and (not starts or index > starts[-1][0]):
            starts.append((index, title, f"PDF bookmark (page {page + 1})"))
    return blocks, starts


def _is_big(paragraph: _Paragraph, body_size: float) -> bool:
    return len(paragraph.lines) <= 3 and paragraph.lines[0].size > 1.15 * body_size


def _line_pitch(lines: list[Line], body_size: float) -> float:
    gaps = [a.y0 - b.y0 for a, b in zip(lines, lines[1:], strict=False)
            if a.page == b.page and a.column == b.column and 0 < a.y0 - b.y0 < 3 * body_size
            and abs(a.size - body_size) < 0.5 and abs(b.size - body_size) < 0.5]
    return statistics.median(gaps) if gaps else 1.2 * body_size


def _paragraphs(lines: list[Line], body_size: float, pitch: float) -> list[_Paragraph]:
    columns: dict[tuple[int, int], tuple[float, float]] = {}
    for line in lines:
        key = (line.page, line.column)
        x0, x1 = columns.get(key, (line.x0, line.x1))
        columns[key] = (min(x0, line.x0), max(x1, line.x1))
    paragraphs: list[_Paragraph] = []
    for line in lines:
        if paragraphs and not _starts_paragraph(paragraphs[-1].lines[-1], line, columns, body_size, pitch):
            paragraphs[-1].lines.append(line)
        else:
            paragraphs.append(_Paragraph([line]))
    return paragraphs


def _starts_paragraph(prev: Line, line: Line, columns: dict[tuple[int, int], tuple[float, float]],
                      body_size: float, pitch: float) -> bool:
    size = max(body_size, 1.0)
    if abs(prev.size - line.size) > 0.1 * size:
        return True
    if prev.page == line.page and prev.column == line.column and prev.y0 - line.y0 > 1.35 * pitch:
        return True
    left, _ = columns[(line.page, line.column)]
    if line.x0 - left > 0.8 * size and not prev.hyphen:
        return True
    _, right = columns[(prev.page, prev.column)]
    return right - prev.x1 > 2.5 * size and bool(_SENTENCE_END.search(prev.text)) and not prev.hyphen


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _document_words(lines: list[Line]) -> set[str]:
    return {w.casefold() for line in lines for w in _WORD.findall(line.text)}


def _join(lines: list[Line], words: set[str]) -> str:
    """The lines of a paragraph as one text, words hyphenated across line ends joined."""
    text = lines[0].text
    for prev, line in zip(lines, lines[1:], strict=False):
        if prev.hyphen:
            text += line.text
            continue
        match = re.search(r"([^\W\d_]+)-$", text)
        nxt = re.match(r"[^\W\d_]+", line.text)
        if match and nxt and line.text[0].islower():
            hyphenated = f"{match.group(1)}-{nxt.group(0)}".casefold()
            if hyphenated not in words:
                text = text[:-1] + line.text  # a typesetter's hyphen: "hyphen-" + "ation"
                continue
            text += line.text  # a hyphenated compound broken at its hyphen: "well-" + "known"
            continue
        if text.endswith("-") and len(text) > 1 and text[-2].isalnum():
            text += line.text  # a range or a compound broken at its hyphen: "5-" + "10", "COVID-" + "19"
            continue
        text += " " + line.text
    return collapse_spaces(text)


def _locate(title: str, page: int, top: float | None, paragraphs: list[_Paragraph]) -> int | None:
    """The paragraph where an outline entry starts: the one on its page that begins with its title,
    else the first at or below the top of its view, else the first on the page (or after)."""
    key = _key(title)
    first_on_page = None
    below_top = None
    for index, paragraph in enumerate(paragraphs):
        line = paragraph.lines[0]
        if line.page < page:
            continue
        if line.page > page:
            return below_top if below_top is not None else (first_on_page if first_on_page is not None else index)
        if first_on_page is None:
            first_on_page = index
        if key and _key(line.text).startswith(key[:40]):
            return index
        if below_top is None and top is not None and line.y1 <= top + 2:
            below_top = index
    return below_top if below_top is not None else first_on_page


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
