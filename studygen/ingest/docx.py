"""Word (.docx) files to chapters, read from the document's XML with lxml (already a dependency of
studygen through trafilatura; python-docx would add a package for the same XML and still not say
which paragraphs are a table of contents or an index).

Paragraphs keep their order; a heading is a paragraph with an outline level (its own or its
style's) or a "Heading N" style, and the top heading level that occurs at least twice divides the
document into articles. Tables, tables of contents (their content control, their field, their TOC
styles), indexes, footnotes, comments and deleted text give no text.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import Any

from studygen.errors import InputError
from studygen.ingest.archives import Parts
from studygen.ingest.blocks import HEADING, ITEM, Block, text_block
from studygen.ingest.cleaning import clean_line, collapse_spaces
from studygen.ingest.structure import Chapter, Document, drop_non_material, split_at_headings

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED_STYLE = re.compile(r"^(toc|index|table of figures|footnote|endnote|comment|caption)\b", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
#: Content controls (document-part galleries) that hold no prose.
_SKIPPED_PARTS = ("table of contents", "bibliograph", "index")
#: The parts of the package that are read.
_PARTS = ("word/document.xml", "word/styles.xml", "docProps/core.xml")


def read_docx(data: bytes, name: str, split: str = "auto", *, max_file_mb: float) -> Document:
    """The chapters of a .docx file. Raises :class:`InputError` for a damaged file, or one whose
    parts unpack to more than the limit tied to ``max_file_mb`` (:mod:`~studygen.ingest.archives`)."""
    from lxml import etree

    try:
        archive = Parts(data, name, max_file_mb)
        archive.reserve(_PARTS)
        body_xml = archive.read("word/document.xml")
        styles_xml = archive.read("word/styles.xml") if "word/styles.xml" in archive else None
        core_xml = archive.read("docProps/core.xml") if "docProps/core.xml" in archive else None
        # The parts are bounded in size, so libxml2's own limits (huge_tree off) only stop a
        # pathological file: a text node over 10 MB or elements nested 256 deep.
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        root = etree.fromstring(body_xml, parser)
        styles = _styles(etree.fromstring(styles_xml, parser)) if styles_xml else {}
        title = _core_title(etree.fromstring(core_xml, parser)) if core_xml else None
    except KeyError:
        raise InputError(f"{name}: not a Word document (the archive has no word/document.xml)") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, etree.XMLSyntaxError, ValueError) as error:
        raise InputError(f"{name}: damaged Word document, cannot be read ({error})") from None
    body = root.find(f"{W}body")
    blocks: list[Block] = []
    if body is not None:
        _walk(body, styles, blocks)
    if not any(b.is_content for b in blocks):
        raise InputError(f"{name}: the Word document has no text")
    notes: list[str] = []
    chapters = ([Chapter(None, blocks, "start of file")] if split == "none"
                else split_at_headings(blocks, "Word heading"))
    return Document(drop_non_material(chapters, notes), title, notes)


def _styles(root: Any) -> dict[str, tuple[str, int | None]]:
    """Paragraph style id -> (name, heading level or None), levels inherited through basedOn."""
    raw: dict[str, tuple[str, int | None, str | None]] = {}
    for style in root.iter(f"{W}style"):
        if style.get(f"{W}type") not in (None, "paragraph"):
            continue
        style_id = style.get(f"{W}styleId") or ""
        name_el = style.find(f"{W}name")
        name = name_el.get(f"{W}val") if name_el is not None else style_id
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        value = outline.get(f"{W}val", "") if outline is not None else ""
        level = int(value) + 1 if value.isdigit() else None
        match = _HEADING_STYLE.match(name or "")
        if level is None and match:
            level = int(match.group(1))
        if (name or "").casefold() == "title":
            level = 0
        based = style.find(f"{W}basedOn")
        raw[style_id] = (name or style_id, level, based.get(f"{W}val") if based is not None else None)
    resolved: dict[str, tuple[str, int | None]] = {}
    for style_id, (name, level, based) in raw.items():
        seen = {style_id}
        while level is None and based and based in raw and based not in seen:
            seen.add(based)
            level, based = raw[based][1], raw[based][2]
        resolved[style_id] = (name, level)
    return resolved


def _core_title(root: Any) -> str | None:
    for element in root.iter("{http://purl.org/dc/elements/1.1/}title"):
        text = collapse_spaces(clean_line(element.text or ""))
        if text:
            return text
    return None


def _walk(parent: Any, styles: dict[str, tuple[str, int | None]], blocks: list[Block]) -> None:
    for element in parent:
        tag = element.tag
        if tag == f"{W}p":
            block = _paragraph(element, styles)
            if block is not None:
                blocks.append(block)
        elif tag == f"{W}sdt":
            gallery = element.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
            if gallery is not None and any(p in (gallery.get(f"{W}val") or "").casefold() for p in _SKIPPED_PARTS):
                continue
            content = element.find(f"{W}sdtContent")
            if content is not None:
                _walk(content, styles, blocks)
        # tables (w:tbl) are not running prose; section properties hold no text


def _paragraph(element: Any, styles: dict[str, tuple[str, int | None]]) -> Block | None:
    style_el = element.find(f"{W}pPr/{W}pStyle")
    name, level = styles.get(style_el.get(f"{W}val"), (style_el.get(f"{W}val"), None)) if style_el is not None \
        else ("Normal", None)
    if _SKIPPED_STYLE.match(name or ""):
        return None
    if level is None and name and (match := _HEADING_STYLE.match(name)):
        level = int(match.group(1))
    own = element.find(f"{W}pPr/{W}outlineLvl")
    if own is not None and (own.get(f"{W}val") or "").isdigit() and int(own.get(f"{W}val")) < 9:
        level = int(own.get(f"{W}val")) + 1
    text = collapse_spaces(clean_line(_text(element)))
    if not text:
        return None
    if level is not None and level <= 9:
        return Block(text, None, None, HEADING, level + 1)  # Title is 1, Heading 1 is 2, ...
    block = text_block([(0, text)])
    block.start_line = block.end_line = None
    if element.find(f"{W}pPr/{W}numPr") is not None and block.kind != HEADING:
        block.kind = ITEM
    if block.kind == HEADING:
        block.level = 11  # a lone short line in body style: a section heading, never an article
    return block


def _text(paragraph: Any) -> str:
    """The visible text of a paragraph: runs, tabs and breaks; not deleted text, field codes, the
    results of TOC or INDEX fields, footnote marks or comments."""
    parts: list[str] = []
    skipping = 0  # inside the result of a TOC or INDEX field
    field_stack: list[bool] = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}fldChar", f"{W}instrText",
                               f"{W}fldSimple"):
        tag = node.tag
        if tag == f"{W}fldChar":
            kind = node.get(f"{W}fldCharType")
            if kind == "begin":
                field_stack.append(False)
            elif kind == "end" and field_stack and field_stack.pop():
                skipping -= 1
            continue
        if tag == f"{W}instrText":
            if field_stack and re.match(r"\s*(TOC|INDEX|XE|TC)\b", node.text or "") and not field_stack[-1]:
                field_stack[-1] = True
                skipping += 1
            continue
        if tag == f"{W}fldSimple":
            continue  # its runs are walked as children; a TOC field simple is rare and short
        if skipping or any(a.tag in (f"{W}del", f"{W}moveFrom") for a in node.iterancestors()):
            continue
        parts.append(node.text or "" if tag == f"{W}t" else " ")
    return "".join(parts)
