"""Markdown and HTML to blocks, with the markup stripped and the structure kept.

Markdown is parsed with markdown-it-py (CommonMark), so emphasis, links, images, code and HTML are
handled the way a renderer handles them. HTML goes through trafilatura's main-content extraction
(navigation, scripts, styles, footers dropped, offline), whose tree of headings, paragraphs and
lists is read here, with the page's title and author; line numbers are then mapped back to the HTML
file as well as the extracted text allows.
"""

from __future__ import annotations

import bisect
import html as html_lib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from studygen.ingest.blocks import (
    HEADING,
    HTML_HEADING_LEVELS,
    ITEM,
    PARAGRAPH,
    Block,
    is_separator_line,
    separator_name,
    text_block,
)
from studygen.ingest.cleaning import FORM_FEED, clean_line, collapse_spaces

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_SKIPPED_BLOCKS = {"fence", "code_block", "html_block"}


@dataclass
class Parsed:
    """The blocks of one input, plus what its front matter or HTML head said."""

    blocks: list[Block]
    title: str | None = None
    metadata: list[str] = field(default_factory=list)


def markdown_blocks(text: str) -> Parsed:
    """Blocks of a Markdown document. H1 headings and thematic breaks are article separators."""
    lines = [clean_line(line) for line in text.split("\n")]
    title, metadata, lines = _front_matter(lines)
    # Form feeds split the document into chunks parsed apart, so that a form feed anywhere is a
    # separator without shifting the line numbers markdown-it reports.
    blocks: list[Block] = []
    joined = "\n".join(lines)
    offset = 0
    for k, chunk in enumerate(joined.split(FORM_FEED)):
        chunk_blocks = _parse_chunk(chunk, offset)
        if k and chunk_blocks:
            chunk_blocks[0].separator = chunk_blocks[0].separator or "form feed"
        blocks.extend(chunk_blocks)
        offset += chunk.count("\n")
    return Parsed(blocks, title, metadata)


def _front_matter(lines: list[str]) -> tuple[str | None, list[str], list[str]]:
    """YAML front matter (``---`` ... ``---`` at the top): its title, its author as a byline, and the
    lines with the front matter blanked so that line numbers stay those of the file."""
    if not lines or lines[0].strip() != "---":
        return None, [], lines
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return None, [], lines
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        match = _FRONT_MATTER_KEY.match(line)
        if match:
            fields[match.group(1).lower()] = match.group(2).strip().strip("\"'")
        elif line.strip() and not line.startswith((" ", "-")):
            return None, [], lines  # not YAML: an ordinary separator line after all
    if not fields:
        return None, [], lines
    metadata = []
    author = fields.get("author") or fields.get("authors")
    if author:
        metadata.append(f"By {author}")
    blanked = [""] * (end + 1) + lines[end + 1:]
    return fields.get("title") or None, metadata, blanked


def _parse_chunk(chunk: str, line_offset: int) -> list[Block]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(chunk)
    items = _Items()
    list_depth = 0
    in_table = 0
    for i, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "table_open":
            in_table += 1  # tables are not running prose: left out of the text
        elif token.type == "table_close":
            in_table -= 1
        elif token.type == "hr":
            items.rule(separator_name(token.markup or "---"))
        elif token.type in _SKIPPED_BLOCKS:
            continue
        elif token.type == "inline" and not in_table and token.map:
            opener = tokens[i - 1]
            first = token.map[0] + line_offset + 1
            pieces = _inline_lines(token, first)
            if not pieces:
                continue
            if opener.type == "heading_open":
                items.add(HEADING, int(opener.tag[1:]), pieces)
            else:
                items.add(ITEM if list_depth else PARAGRAPH, 0, pieces)
    return items.blocks()


class _Items:
    """Headings, paragraphs and list items in reading order, each with the separator (a rule, a
    top-level heading) that opens it, whether they come from Markdown or from an HTML page."""

    def __init__(self) -> None:
        self.items: list[tuple[str, int, list[tuple[int, str]], str | None]] = []  # kind, level, lines, sep
        self.pending: str | None = None

    def rule(self, name: str) -> None:
        self.pending = self.pending or name

    def add(self, kind: str, level: int, lines: list[tuple[int, str]]) -> None:
        if kind == HEADING:
            separator = self.pending or ("markdown heading" if level == 1 else None)
        elif len(lines) == 1 and is_separator_line(lines[0][1]):
            self.rule(separator_name(lines[0][1]))  # "===" alone: not setext, a rule
            return
        else:
            separator = self.pending
        self.items.append((kind, level, lines, separator))
        self.pending = None

    def blocks(self) -> list[Block]:
        blocks: list[Block] = []
        for kind, level, lines, separator in self.items:
            # A line break inside a Markdown paragraph is a soft break: the lines are one paragraph.
            block = text_block(lines, separator, kind=None if kind == PARAGRAPH else kind)
            if kind == HEADING:
                block.level = level
            blocks.append(block)
        return blocks


def _inline_lines(token: Token, first_line: int) -> list[tuple[int, str]]:
    """The text of an inline token, one entry per source line, with the markup stripped."""
    lines: list[tuple[int, str]] = []
    current: list[str] = []
    number = first_line
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            current.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            lines.append((number, "".join(current)))
            current = []
            number += 1
        # images, raw HTML and the open/close markers of emphasis and links carry no prose
    lines.append((number, "".join(current)))
    return [(n, collapse_spaces(line)) for n, line in lines if line.strip()]


_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")


def html_blocks(html: str) -> Parsed:
    """Blocks of the main content of an HTML page; navigation, scripts and styles are dropped.

    The tree trafilatura extracts is read here rather than its Markdown output: the tree holds the
    page's text with its character references decoded once, as a browser shows it, while the
    Markdown is decoded again (trafilatura unescapes its output as a whole, and a Markdown parser
    then reads any "&copy;" or "<b>" left in it): a page showing "&lt;b&gt;" lost it altogether.
    """
    import trafilatura

    # The same extraction as trafilatura's Markdown output, without writing the Markdown, and without
    # inline formatting: kept, trafilatura's tree drops the space at the end of an emphasis ("<em>El
    # Pais </em><a>reported</a>" gave "El Paisreported") and some pages' paragraphs end at it.
    document = trafilatura.bare_extraction(
        html, output_format="markdown", include_formatting=False, with_metadata=True,
        include_comments=False, include_tables=False, include_images=False, include_links=False,
    )
    items = _Items()
    title, metadata = None, []
    if isinstance(document, trafilatura.settings.Document) and document.body is not None:
        _tei_items(document.body, items, in_list=False)
        title = collapse_spaces(clean_line(document.title or "")) or None
        author = collapse_spaces(clean_line(document.author or ""))
        metadata = [f"By {author}"] if author else []
    else:
        # Pages too short for the main-content heuristics: the page's paragraphs (a body of <p>).
        _tei_items(trafilatura.baseline(html)[0], items, in_list=False)
    parsed = Parsed(_without_page_furniture(items.blocks(), html), title, metadata)
    locate, last = _line_locator(html)
    for block in parsed.blocks:
        found = locate(block.text, last)
        if found is None:
            block.start_line = block.end_line = None
            continue
        block.start_line, block.end_line, last = found
    return parsed


def _without_page_furniture(blocks: list[Block], html: str) -> list[Block]:
    """The blocks without the page furniture that the extractor let in: teasers of other pages (a heading
    that is a link, "<a href=...><h3>Thirty years on, the square remembers</h3></a>" in a "More from" box,
    which trafilatura put before the story and so became its title, and the paragraph beside that link,
    T183), breadcrumbs (links and separators only: "History / Origins of the Game", which titled a page's
    first article) and image captions (a figcaption, or an element whose class names a caption). Kept when
    nothing else would be left: a page of teasers alone says so itself."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return blocks
    furniture: set[str] = set()
    for link in root.iter("a"):
        headings = list(link.iter("h1", "h2", "h3", "h4", "h5", "h6"))
        if not headings or link.getparent() is None:
            continue
        furniture.update(collapse_spaces(h.text_content()) for h in headings)
        furniture.update(collapse_spaces(p.text_content()) for p in link.getparent() if p.tag == "p")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "figcaption" or "caption" in (element.get("class") or "").lower():
            furniture.add(collapse_spaces(element.text_content()))
            continue
        # A breadcrumb is short: the text of a larger element is not read whole (every container of the page
        # would read its whole subtree).
        text = _short_text(element, _BREADCRUMB_CHARS)
        if text is None:
            continue
        links = list(element.iter("a"))
        if len(links) >= 2:
            rest = text
            for link in links:
                rest = rest.replace(collapse_spaces(link.text_content()), "", 1)
            if _BREADCRUMB_REST.fullmatch(rest):
                furniture.add(text)
    furniture.discard("")
    kept = [b for b in blocks if collapse_spaces(b.text) not in furniture]
    return kept if any(b.kind != HEADING for b in kept) else blocks


#: What a breadcrumb holds beside its links: separators and spaces.
_BREADCRUMB_REST = re.compile(r"[\s/>|\u00bb\u203a\u2192\u00b7\u2022-]*")
#: The most characters a breadcrumb's text has.
_BREADCRUMB_CHARS = 100


def _short_text(element: Any, limit: int) -> str | None:
    """The element's text with its spaces collapsed (as ``text_content`` gives it), or None as soon as it
    is longer than ``limit``: collapsing more text never shortens what is already read."""
    read = ""
    for piece in element.itertext():
        read += piece
        if len(collapse_spaces(read)) > limit:
            return None
    return collapse_spaces(read)


#: Elements of trafilatura's tree (TEI-like XML) that hold blocks rather than running text.
_TEI_CONTAINERS = {"main", "body", "div", "quote", "list", "item", "figure", "note"}
#: Elements that give no text: tables and images are not running prose (nor is a code listing,
#: a ``code`` element among the blocks).
_TEI_SKIPPED = {"table", "row", "cell", "graphic", "comments"}
_WHITESPACE = re.compile(r"[ \t\r\f\v]+")


def _tei_items(element: Any, items: _Items, in_list: bool) -> None:
    """The headings, paragraphs and list items of a container of trafilatura's tree (its main text, a
    quotation, a list): its block children in order, and its loose text as a paragraph of its own.
    A line break ends a paragraph (as in trafilatura's Markdown) but not a list item."""
    kind = ITEM if in_list else PARAGRAPH
    is_item = element.tag == "item"
    loose: list[str | None] = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        listing = tag == "code" and not is_item  # a code block; inline code in an item is text
        if tag not in _TEI_CONTAINERS and tag not in _TEI_SKIPPED and tag not in ("head", "p", "ab") and not listing:
            loose.extend(_inline_text(child))
            loose.append(child.tail or "")
            continue
        _tei_add(loose, items, kind, is_item)
        if tag == "head":
            lines = _tei_lines([" ".join(_segments(_own_text(child, []))).replace("\n", " ")])  # one line
            if lines:
                items.add(HEADING, HTML_HEADING_LEVELS.get(child.get("rend") or "", 2), lines)
        elif tag in ("p", "ab"):
            _tei_add(_own_text(child, []), items, kind, False)
        elif tag in _TEI_CONTAINERS:
            _tei_items(child, items, in_list or tag in ("list", "item"))
        loose = [child.tail or ""]
    _tei_add(loose, items, kind, is_item)


def _tei_add(parts: list[str | None], items: _Items, kind: str, one_block: bool) -> None:
    """Text whose line breaks (``<lb/>``) are ``None``: one block of all its lines, or one block
    between two line breaks. A newline in the text is a line of the same block (a soft break)."""
    segments = [_tei_lines(segment.split("\n")) for segment in _segments(parts)]
    if one_block:
        segments = [[line for segment in segments for line in segment]]
    for lines in segments:
        if lines:
            items.add(kind, 0, lines)


def _own_text(element: Any, parts: list[str | None]) -> list[str | None]:
    """The running text inside an element, ``None`` for each line break."""
    parts.append(element.text or "")
    for child in element:
        parts.extend(_inline_text(child))
        parts.append(child.tail or "")
    return parts


def _inline_text(element: Any) -> list[str | None]:
    """The text of an element inside running text (emphasis, a link, inline code), without its tail;
    a line break is ``None`` and an image gives no text."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "lb":
        return [None]
    return [] if tag in _TEI_SKIPPED or not tag else _own_text(element, [])


def _segments(parts: list[str | None]) -> list[str]:
    """The text between line breaks (``None``)."""
    lines = [""]
    for part in parts:
        if part is None:
            lines.append("")
        else:
            lines[-1] += part
    return lines


def _tei_lines(lines: list[str]) -> list[tuple[int, str]]:
    """Numbered lines, whitespace folded and characters cleaned, the blank ones left out (the numbers
    only order the lines: the lines in the HTML file are found afterwards)."""
    cleaned = (collapse_spaces(clean_line(_WHITESPACE.sub(" ", line))) for line in lines)
    return [(number, line) for number, line in enumerate(cleaned, start=1) if line]


def _line_locator(html: str) -> tuple[Callable[[str, int], tuple[int, int, int] | None], int]:
    """A function that finds a block's text in the HTML source and returns its first and last line,
    and where to start looking (the ``<body>``, so that the ``<title>`` is not taken for the H1).

    The HTML is turned into plain text line by line (tags removed, entities decoded) so that a
    position in that text maps back to a line; blocks are searched in order, from the last match.
    """
    starts: list[int] = []
    parts: list[str] = []
    position = 0
    body = 0
    for line in html.split("\n"):
        if not body and "<body" in line.lower():
            body = position
        plain = " ".join(_WORD.findall(html_lib.unescape(_TAG.sub(" ", line)))) + " "
        starts.append(position)
        parts.append(plain)
        position += len(plain)
    plain_text = "".join(parts)

    def locate(text: str, since: int) -> tuple[int, int, int] | None:
        words = _WORD.findall(text)
        if not words:
            return None
        head = " ".join(words[:8])
        begin = plain_text.find(head, since)
        if begin < 0:
            return None
        tail = " ".join(words[-8:])
        end = plain_text.find(tail, begin)
        end = begin + len(head) if end < 0 else end + len(tail)
        first = bisect.bisect_right(starts, begin)
        last = bisect.bisect_right(starts, max(begin, end - 1))
        return first, last, end

    return locate, body
