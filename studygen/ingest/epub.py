"""EPUB books to chapters, read with zipfile and lxml (both already at hand; ebooklib would add a
package that reads the same container, package document and navigation files, and warns on import).

The reading order is the spine's; a chapter's title is its entry in the table of contents (the EPUB 3
navigation document, or the EPUB 2 NCX), else its first heading. A spine document without an entry of
its own that does not open with a heading continues the chapter before it (e-book tools split long
chapters into several files). Navigation, footnotes and endnotes, indexes, tables of contents and
parts that are not in the linear reading order give no text; a DRM-protected book is refused.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from typing import Any
from urllib.parse import unquote, urldefrag

from studygen.errors import InputError
from studygen.ingest.archives import Parts
from studygen.ingest.blocks import HEADING, HTML_HEADING_LEVELS, ITEM, Block, text_block
from studygen.ingest.cleaning import clean_line, collapse_spaces
from studygen.ingest.structure import Chapter, Document, drop_non_material

_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_NCX = "{http://www.daisy.org/z3986/2005/ncx/}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_FONT_OBFUSCATION = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
#: epub:type and role values whose content is not prose to learn from.
_SKIPPED_TYPES = re.compile(r"\b(?:doc-)?(footnotes?|endnotes?|rearnotes?|noteref|toc|index|landmarks|page-list|"
                            r"pagebreak|bibliography|backlink|biblioentry)\b")
_SKIPPED_TAGS = {"script", "style", "nav", "aside", "table", "head", "svg", "math", "figure", "rt", "rp"}
_BLOCKS = {"p", "li", "dd", "dt", "pre", "blockquote", "div", "section", "article", "main", "body", "header",
           "footer", "ul", "ol", "dl"}
#: A DOCTYPE with an internal subset at the top of a file (after a byte-order mark, the XML
#: declaration and comments), its quoted entity values skipped whole.
_DOCTYPE_SUBSET = re.compile(rb"""\A((?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*)"""
                             rb"""<!DOCTYPE[^\[>]*\[(?:[^\]"']|"[^"]*"|'[^']*')*\]\s*>""", re.IGNORECASE | re.DOTALL)


def read_epub(data: bytes, name: str, split: str = "auto", *, max_file_mb: float) -> Document:
    """The chapters of an EPUB file. Raises :class:`InputError` for a damaged or DRM-protected book, or
    one whose parts unpack to more than the limit tied to ``max_file_mb`` (:mod:`~studygen.ingest.archives`)."""
    from lxml import etree

    # The parts are bounded in size, so libxml2's own limits stay on (no huge_tree).
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        archive = Parts(data, name, max_file_mb)
        container = etree.fromstring(archive.read("META-INF/container.xml"), parser)
        rootfile = container.find(f".//{_CONTAINER}rootfile")
        if rootfile is None or not rootfile.get("full-path"):
            raise InputError(f"{name}: damaged EPUB book (META-INF/container.xml names no package document)")
        opf_path = rootfile.get("full-path")
        package = etree.fromstring(archive.read(opf_path), parser)
        if "META-INF/encryption.xml" in archive and _has_drm(etree.fromstring(archive.read("META-INF/encryption.xml"),
                                                                            parser)):
            raise InputError(f"{name}: the EPUB book is protected by DRM (its chapters are encrypted); studygen "
                             "cannot read it")
        book = _Book(archive, package, posixpath.dirname(opf_path), parser)
        return book.read(name, split)
    except KeyError as error:
        raise InputError(f"{name}: damaged EPUB book (missing part {error})") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, etree.XMLSyntaxError, ValueError) as error:
        raise InputError(f"{name}: damaged EPUB book, cannot be read ({error})") from None


def _has_drm(encryption: Any) -> bool:
    for method in encryption.iter("{http://www.w3.org/2001/04/xmlenc#}EncryptionMethod"):
        if method.get("Algorithm") not in _FONT_OBFUSCATION:
            return True
    return False


class _Book:
    def __init__(self, archive: Parts, package: Any, base: str, parser: Any) -> None:
        self.archive, self.package, self.base, self.parser = archive, package, base, parser
        self.manifest: dict[str, tuple[str, str, str]] = {}  # id -> (path, media type, properties)
        for item in package.iter(f"{_OPF}item"):
            href = item.get("href")
            if item.get("id") and href:
                self.manifest[item.get("id")] = (self._path(href), item.get("media-type") or "",
                                                 item.get("properties") or "")

    def _path(self, href: str, base: str | None = None) -> str:
        return posixpath.normpath(posixpath.join(self.base if base is None else base, unquote(urldefrag(href)[0])))

    def title(self) -> str | None:
        for element in self.package.iter(f"{_DC}title"):
            text = collapse_spaces(clean_line(element.text or ""))
            if text:
                return text
        return None

    def read(self, name: str, split: str) -> Document:
        spine = self.package.find(f"{_OPF}spine")
        if spine is None:
            raise InputError(f"{name}: damaged EPUB book (no spine: no reading order)")
        # The text documents the package lists (all that may be read) must fit before any is read.
        self.archive.reserve([p for p, media, _ in self.manifest.values() if "html" in media or "ncx" in media])
        toc = self._toc(spine)
        notes: list[str] = []
        chapters: list[Chapter] = []
        skipped = 0
        for itemref in spine.iter(f"{_OPF}itemref"):
            entry = self.manifest.get(itemref.get("idref") or "")
            if entry is None or itemref.get("linear") == "no" or "nav" in entry[2].split():
                continue
            path, media, _ = entry
            if "html" not in media and not path.endswith((".html", ".xhtml", ".htm")):
                continue
            blocks = self._blocks(path)
            title = toc.get(path)
            if not any(b.is_content for b in blocks):
                skipped += 1
                continue
            starts_with_heading = blocks[0].kind == HEADING and blocks[0].level <= 2
            if chapters and title is None and not starts_with_heading:
                chapters[-1].blocks.extend(blocks)  # a chapter split over several files
                continue
            if title is None and blocks[0].kind == HEADING:
                title = blocks[0].text
            chapters.append(Chapter(title, blocks, "EPUB chapter"))
        if skipped:
            notes.append(f"left out {skipped} parts without text (cover, title page, images)")
        if not chapters:
            raise InputError(f"{name}: the EPUB book has no text")
        if split == "none":
            chapters = [Chapter(None, [b for c in chapters for b in c.blocks], "start of file")]
        return Document(drop_non_material(chapters, notes), self.title(), notes)

    def _toc(self, spine: Any) -> dict[str, str]:
        """Chapter file -> its title in the table of contents (the first entry naming the file)."""
        titles: dict[str, str] = {}
        nav = next((p for p, _, props in self.manifest.values() if "nav" in props.split()), None)
        if nav and nav in self.archive:
            root = self._html(nav)
            for element in root.iter("nav"):
                kind = element.get("{http://www.idpf.org/2007/ops}type") or element.get("epub:type") or ""
                if "toc" not in kind and (element.get("role") or "") != "doc-toc":
                    continue
                for link in element.iter("a"):
                    href = link.get("href")
                    text = collapse_spaces(clean_line(link.text_content()))
                    if href and text:
                        titles.setdefault(self._path(href, posixpath.dirname(nav)), text)
        ncx_id = spine.get("toc")
        ncx = self.manifest.get(ncx_id or "", (None, "", ""))[0] or next(
            (p for p, media, _ in self.manifest.values() if media == "application/x-dtbncx+xml"), None)
        if not titles and ncx and ncx in self.archive:
            from lxml import etree

            root = etree.fromstring(self.archive.read(ncx), self.parser)
            for point in root.iter(f"{_NCX}navPoint"):
                label = point.find(f"{_NCX}navLabel/{_NCX}text")
                content = point.find(f"{_NCX}content")
                if label is not None and content is not None and content.get("src"):
                    text = collapse_spaces(clean_line(label.text or ""))
                    if text:
                        titles.setdefault(self._path(content.get("src"), posixpath.dirname(ncx)), text)
        return titles

    def _html(self, path: str) -> Any:
        return _xhtml(self.archive.read(path))

    def _blocks(self, path: str) -> list[Block]:
        root = self._html(path)
        body = root.find("body")
        blocks: list[Block] = []
        if body is not None:
            _walk(body, blocks)
        return blocks


def _xhtml(data: bytes) -> Any:
    """A chapter (or the navigation document) as an lxml.html tree.

    EPUB chapters are XHTML, so they are parsed as XML first: that reads a DOCTYPE with an internal
    subset (``<!DOCTYPE html [<!ENTITY nbsp "&#160;">]>``, common in older books) and the entities it
    declares. External entities are never loaded (no file or network access), and libxml2 refuses
    entities that expand too much. A chapter that is not well-formed XML (sloppy markup, or an
    entity such as ``&nbsp;`` that only the XHTML DTD declares) is read by the HTML parser, as a
    browser would; a DOCTYPE's internal subset is dropped first, or its end would show as text.
    """
    import lxml.html
    from lxml import etree

    try:
        root = etree.fromstring(data, lxml.html.XHTMLParser(resolve_entities="internal", no_network=True))
    except etree.XMLSyntaxError:
        try:
            return lxml.html.document_fromstring(_DOCTYPE_SUBSET.sub(rb"\1", data, count=1))
        except etree.ParserError:  # an empty file: a blank page
            return lxml.html.Element("html")
    lxml.html.xhtml_to_html(root)
    return root


def _skipped(element: Any) -> bool:
    if not isinstance(element.tag, str):
        return True  # comments, processing instructions
    tag = element.tag.rsplit("}", 1)[-1].lower()
    if tag in _SKIPPED_TAGS:
        return True
    if tag == "sup" and element.find(".//a") is not None:
        return True  # a footnote mark: <sup><a href="#n1">1</a></sup>
    kinds = " ".join(v for k, v in element.attrib.items() if k.endswith("type") or k == "role")
    return bool(kinds and _SKIPPED_TYPES.search(kinds))


def _walk(element: Any, blocks: list[Block]) -> None:
    """Blocks of the element's children: headings, paragraphs, list items; loose text in a
    division is a paragraph of its own."""
    loose: list[str] = [element.text or ""]
    for child in element:
        if _skipped(child):
            loose.append(child.tail or "")
            continue
        tag = child.tag.rsplit("}", 1)[-1].lower() if isinstance(child.tag, str) else ""
        if tag in HTML_HEADING_LEVELS or tag in _BLOCKS:
            _flush(loose, blocks)
            if tag in HTML_HEADING_LEVELS:
                text = collapse_spaces(clean_line(_text(child)))
                if text:
                    blocks.append(Block(text, None, None, HEADING, HTML_HEADING_LEVELS[tag]))
            elif tag in ("p", "li", "dd", "dt", "pre") and not any(
                    isinstance(c.tag, str) and c.tag.lower() in _BLOCKS | set(HTML_HEADING_LEVELS) for c in child):
                _add(_text(child), blocks, ITEM if tag == "li" else None)
            else:
                _walk(child, blocks)
            loose = [child.tail or ""]
        else:
            loose.append(_text(child) + (child.tail or ""))
    _flush(loose, blocks)


def _flush(parts: list[str], blocks: list[Block]) -> None:
    _add("".join(parts), blocks, None)
    parts.clear()


def _add(text: str, blocks: list[Block], kind: str | None) -> None:
    text = collapse_spaces(clean_line(re.sub(r"\s+", " ", text)))
    if not text:
        return
    block = text_block([(0, text)], kind=kind)
    block.start_line = block.end_line = None
    if block.kind == HEADING:
        block.level = 7  # a lone short line: a section heading, never a chapter
    blocks.append(block)


def _text(element: Any) -> str:
    """The text of an element without its footnote marks, notes and other skipped parts."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag.lower() == "br":
            parts.append(" ")
        elif not _skipped(child):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)

