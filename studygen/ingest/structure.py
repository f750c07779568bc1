"""What the document formats (PDF, Word, EPUB) share: chapters of blocks, and the parts of a book that
are not card material (contents, indexes, notes).

A format reader (:mod:`.pdf`, :mod:`.docx`, :mod:`.epub`) turns a file into :class:`Chapter` objects
whose blocks are the same :class:`~studygen.ingest.blocks.Block` that plain text, Markdown and HTML
give. A document's own structure (bookmarks, heading styles, the EPUB spine) says where its articles
start, so these files are not searched for topic shifts: each chapter is one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studygen.ingest.blocks import HEADING, Block

#: Sections that hold no prose to learn from: their chapters are left out, with a note.
NOT_CARD_MATERIAL = frozenset({
    "contents", "table of contents", "toc", "index", "general index", "subject index", "name index",
    "notes", "endnotes", "footnotes", "bibliography", "references", "works cited", "copyright",
    "copyright page", "list of figures", "list of tables", "acknowledgements", "acknowledgments",
    "about the author", "also by the author", "cover", "title page", "half title", "colophon",
    "dedication",
})

_LEADER = re.compile(r"(?:\.\s*){4,}\s*[\divxlcIVXLC]+\s*$|\s{3,}\d+\s*$")
_NUMBERING = re.compile(r"^(?:chapter|part|appendix)?\s*[\divxlc]+[.:)]?\s+", re.IGNORECASE)


@dataclass
class Chapter:
    """One article of a document: its title (from the outline or table of contents, if any), its
    blocks, and why it starts where it does."""

    title: str | None
    blocks: list[Block]
    boundary: str


@dataclass
class Document:
    """A document read into chapters, with notes on what was left out."""

    chapters: list[Chapter]
    title: str | None = None
    notes: list[str] = field(default_factory=list)


def is_not_card_material(title: str | None) -> bool:
    """A contents page, an index, a list of notes: by its title ("Index", "3. Notes", "CONTENTS")."""
    if not title:
        return False
    key = _NUMBERING.sub("", title.strip()).strip(" .:").casefold()
    # "Concept Index", "Index of Names", "Short Contents": an index or a table of contents by any name.
    return (key in NOT_CARD_MATERIAL or key.endswith((" index", " contents")) or key.startswith("index of ")
            or key.startswith("table of contents"))


def is_contents_line(text: str) -> bool:
    """A line of a table of contents: a title, dot leaders and a page number ("Tides ..... 12")."""
    return bool(_LEADER.search(text))


def split_at_headings(blocks: list[Block], boundary: str, max_level: int = 6) -> list[Chapter]:
    """Chapters at the top heading level of ``blocks`` (at most ``max_level``) that occurs at least
    twice (a level used once is the document's title); otherwise one chapter."""
    levels = sorted({b.level for b in blocks if b.kind == HEADING and 0 < b.level <= max_level})
    for level in levels:
        starts: list[tuple[int, str | None, str]] = [
            (i, b.text, boundary) for i, b in enumerate(blocks) if b.kind == HEADING and b.level == level]
        if len(starts) >= 2:
            return chapters_at(blocks, starts)
    return [Chapter(None, list(blocks), "start of file")] if blocks else []


def chapters_at(blocks: list[Block], starts: list[tuple[int, str | None, str]]) -> list[Chapter]:
    """``blocks`` cut where chapters start (block index, title, boundary; in order). Headings alone
    before the first chapter (a title page) join it; prose there (a preface) is an article of its own."""
    if not starts:
        return [Chapter(None, list(blocks), "start of file")] if blocks else []
    chapters = []
    first = starts[0][0]
    if any(b.is_content for b in blocks[:first]):
        chapters.append(Chapter(None, blocks[:first], "start of file"))
    else:
        first = 0
    for k, (start, title, boundary) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(blocks)
        begin = first if k == 0 else start
        if end > begin:
            chapters.append(Chapter(title, blocks[begin:end], boundary))
    return chapters


#: Text before a document's first chapter shorter than this is front matter (a title page, a copyright
#: notice, a table of contents): left out, with a note. Longer, it is an article (a preface).
FRONT_MATTER_WORDS = 300


def drop_front_matter(chapters: list[Chapter], notes: list[str]) -> list[Chapter]:
    """The chapters less a short untitled part before the first titled chapter."""
    if len(chapters) > 1 and chapters[0].title is None and chapters[1].title is not None:
        words = sum(b.words for b in chapters[0].blocks if b.is_content)
        if words < FRONT_MATTER_WORDS:
            notes.append(f"left out the {words} words before the first chapter (title page, contents)")
            return chapters[1:]
    return chapters


def drop_non_material(chapters: list[Chapter], notes: list[str]) -> list[Chapter]:
    """The chapters less contents, indexes and notes sections, each left out with a note."""
    kept = []
    for chapter in chapters:
        if is_not_card_material(chapter.title):
            notes.append(f"left out '{chapter.title}' (not card material)")
            continue
        kept.append(chapter)
    return kept
