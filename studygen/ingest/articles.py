"""Inputs to articles: the one entry point, :func:`read_articles`.

Each input is read and decoded (:mod:`~studygen.ingest.reading`), turned into blocks
(:mod:`~studygen.ingest.blocks`, :mod:`~studygen.ingest.markup`), its bylines and bios marked
(:mod:`~studygen.ingest.metadata`), split into articles (:mod:`~studygen.ingest.splitting`) and
each article assembled here, with a title from a heading or from its key phrases
(:mod:`~studygen.ingest.titles`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from pydantic import Field

from studygen.errors import InputError
from studygen.guids import article_id
from studygen.ingest.blocks import CONTENT, HEADING, Block, inline_heading_spans, plain_text_blocks
from studygen.ingest.citations import cites, drop_citations
from studygen.ingest.cleaning import drop_reference_marks
from studygen.ingest.metadata import DATELINE, classify
from studygen.ingest.reading import DOCUMENT_KINDS, Candidate, SourceText, iter_candidates, read_source
from studygen.ingest.splitting import START, Segment, SplitMode, split_blocks
from studygen.ingest.structure import Document
from studygen.ingest.transcripts import mark_transcript
from studygen.models import Article, Span, StrictModel

DEFAULT_MAX_FILE_MB = 20.0
PARAGRAPH_BREAK = "\n\n"


class IngestResult(StrictModel):
    """The articles read from the inputs, in input order, and notes on what was skipped."""

    articles: list[Article]
    notes: list[str] = Field(default_factory=list)


def read_articles(inputs: Sequence[str | Path], split: SplitMode | str = SplitMode.AUTO,
                  max_file_mb: float = DEFAULT_MAX_FILE_MB, jobs: int = 1) -> IngestResult:
    """Read files, folders (recursively, in sorted order) and ``-`` (standard input) into articles.

    ``split`` chooses how a file holding several articles is divided: ``auto`` (separators, then
    bios, truncated paragraphs, bylines and topic shifts), ``separators`` (form feeds, ``---``,
    ``***``, ``===`` lines and Markdown H1 headings only) or ``none`` (one article per file).

    A bad input named on its own raises :class:`~studygen.errors.InputError` (exit code 2) with a
    one-line message naming it. Inside a folder, or among several inputs, a bad file is skipped
    with a line in ``notes``; the error is raised only when nothing readable remains.

    ``jobs`` > 1 reads local files in that many worker processes (see :func:`_read_files`); the
    articles and notes are the same as one process reads.
    """
    if isinstance(inputs, str | Path):
        inputs = [inputs]  # one path given bare, not a sequence of its characters
    try:
        mode = SplitMode(split)
    except ValueError:
        choices = ", ".join(m.value for m in SplitMode)
        raise InputError(f"unknown split mode {split!r} (choose {choices})") from None
    if not inputs:
        raise InputError("no input given: name files, folders, or - for standard input")
    if not max_file_mb > 0:
        raise InputError(f"the file size limit must be positive, not {max_file_mb} MB")
    lenient = len(inputs) > 1 or any(str(i) != "-" and Path(i).is_dir() for i in inputs)
    notes: list[str] = []
    articles: list[Article] = []
    seen: dict[str, Article] = {}
    items: list[Candidate | str] = []  # every file in input order, or the note that skipped one
    for raw in inputs:
        try:
            items.extend(iter_candidates([raw]))
        except InputError as error:
            if not lenient:
                raise
            items.append(f"skipped {error.message}")
    files = [item for item in items if isinstance(item, Candidate) and item.path is not None and item.url is None]
    read_ahead = _read_files(files, mode, max_file_mb, jobs)
    for item in items:
        if isinstance(item, str):
            notes.append(item)
            continue
        if id(item) in read_ahead:
            read, file_notes, failure = read_ahead[id(item)]
        else:
            read, file_notes, failure = _read_one_safely(item, mode, max_file_mb)
        notes.extend(file_notes)
        if failure is not None:
            if not lenient:
                raise failure
            notes.append(f"skipped {failure.message}")
            continue
        for article in read:
            if article.id in seen:
                notes.append(f"skipped an article of {article.source} (lines {article.start_line}-"
                              f"{article.end_line}): same text as one in {seen[article.id].source}")
                continue
            seen[article.id] = article
            articles.append(article)
    if not articles:
        names = ", ".join(str(i) for i in inputs)
        detail = f" ({notes[0]}{'; ...' if len(notes) > 1 else ''})" if notes else ""
        raise InputError(f"{names}: nothing readable{detail}")
    return IngestResult(articles=articles, notes=notes)


#: Below this many bytes of files in all, one process reads them: starting workers, and loading the
#: models before reading, would cost more than reading them side by side saves.
PARALLEL_READ_BYTES = 16_000

#: A file's articles, the notes reading it gave, and the error that made it unreadable.
FileRead = tuple[list[Article], list[str], InputError | None]


def _read_files(files: list[Candidate], mode: SplitMode, max_file_mb: float, jobs: int) -> dict[int, FileRead]:
    """Local files read side by side in ``jobs`` forked processes, by ``id`` of their candidate; empty
    when one process should read them (one file, little text, one job). Splitting and titles embed
    sentences in the workers: their vectors come back to this process, which the analysis reuses."""
    from studygen.workers import forked_map

    sizes = []
    for candidate in files:
        try:
            sizes.append(candidate.path.stat().st_size if candidate.path is not None else 0)
        except OSError:
            sizes.append(0)  # reading it says why, in order
    if jobs < 2 or len(files) < 2 or sum(sizes) < PARALLEL_READ_BYTES or not hasattr(os, "fork"):
        return {}
    from studygen.nlp import embedder, ready_to_fork

    ready_to_fork()

    def task(candidate: Candidate) -> tuple[FileRead, dict[str, object]]:
        mark = embedder().mark()
        return _read_one_safely(candidate, mode, max_file_mb), embedder().vectors_since(mark)

    results = forked_map(task, files, sizes, jobs)
    for _, vectors in results:
        embedder().remember(vectors)
    return {id(candidate): read for candidate, (read, _) in zip(files, results, strict=True)}


def _read_one_safely(candidate: Candidate, mode: SplitMode, max_file_mb: float) -> FileRead:
    notes: list[str] = []
    try:
        return _read_one(candidate, mode, max_file_mb, notes), notes, None
    except InputError as error:
        return [], notes, error


def _read_one(candidate: Candidate, mode: SplitMode, max_file_mb: float, notes: list[str]) -> list[Article]:
    """The articles of one file; articles left without text are dropped with a note."""
    source = read_source(candidate, max_file_mb)
    split_notes: list[str] = []
    chapter_titles: list[str | None] = []
    if source.kind in DOCUMENT_KINDS:
        document = read_document(source, mode, max_file_mb)
        split_notes.extend(document.notes)
        segments, title = [], document.title
        metadata: list[str] = []
        for chapter in document.chapters:
            mark_transcript(chapter.blocks)
            classify(chapter.blocks)
            segments.append(Segment(chapter.blocks, chapter.boundary))
            chapter_titles.append(chapter.title)
    else:
        segments, title, metadata = split_source(source, mode, split_notes)
    notes.extend(f"{source.source}: {note}" for note in (*source.notes, *split_notes))
    articles = []
    for k, segment in enumerate(segments):
        article = assemble(segment, source.source, title if k == 0 else None, metadata if k == 0 else [])
        if article is not None and k < len(chapter_titles) and chapter_titles[k]:
            # The outline's or the table of contents' name for the chapter, over its first heading.
            article = article.model_copy(update={"title": chapter_titles[k]})
        if article is None:
            where = _lines(segment.blocks)
            notes.append(f"dropped an article with no text in {source.source}{where}")
            continue
        articles.append(article)
    if not articles:
        raise InputError(f"{source.source}: no readable text")
    return articles


def _a_label(heading: str, title: str) -> bool:
    """A first heading of one or two words that shares no word with the page's own title is a label
    over the article ("CNN", "Opinion", "Advertisement"), not its name: the page's title names it."""
    words = heading.casefold().split()
    return len(words) <= 2 and not set(words) & set(title.casefold().split())


def read_document(source: SourceText, mode: SplitMode, max_file_mb: float = DEFAULT_MAX_FILE_MB) -> Document:
    """The chapters of a PDF, Word or EPUB file; each format's reader is imported when needed. The
    file size limit also bounds what a Word or EPUB file (a zip archive) may unpack to."""
    if source.kind == "pdf":
        from studygen.ingest.pdf import read_pdf

        return read_pdf(source.data, source.source, mode.value)
    if source.kind == "docx":
        from studygen.ingest.docx import read_docx

        return read_docx(source.data, source.source, mode.value, max_file_mb=max_file_mb)
    from studygen.ingest.epub import read_epub

    return read_epub(source.data, source.source, mode.value, max_file_mb=max_file_mb)


def split_source(source: SourceText, mode: SplitMode,
                 notes: list[str] | None = None) -> tuple[list[Segment], str | None, list[str]]:
    """The articles of one decoded input as segments of blocks (no titles yet), with the title and
    metadata its front matter or HTML head gave. The splitting benchmark measures this."""
    blocks, title, metadata = parse(source)
    mark_transcript(blocks)
    classify(blocks)
    return _merge_title_only(split_blocks(blocks, mode, notes)), title, metadata


def parse(source: SourceText) -> tuple[list[Block], str | None, list[str]]:
    """The blocks of a source, with the title and metadata its front matter or HTML head gave."""
    if source.kind == "text":
        return plain_text_blocks(source.text), None, []
    from studygen.ingest.markup import html_blocks, markdown_blocks

    parsed = markdown_blocks(source.text) if source.kind == "markdown" else html_blocks(source.text)
    return parsed.blocks, parsed.title, parsed.metadata


def _merge_title_only(segments: list[Segment]) -> list[Segment]:
    """A segment of headings alone ("# Part One" right before "# Chapter 1") titles the next one; a
    segment without text that holds a heading or a dateline (a title and its date) opens it too."""
    merged: list[Segment] = []
    carry: Segment | None = None
    for segment in segments:
        if carry is not None:
            segment = Segment(carry.blocks + segment.blocks, carry.boundary)
            carry = None
        if not any(b.is_content for b in segment.blocks) and any(
                (b.kind == HEADING and b.role == CONTENT) or b.role == DATELINE for b in segment.blocks):
            carry = segment
            continue
        merged.append(segment)
    if carry is not None:
        if merged:
            merged[-1].blocks.extend(carry.blocks)
        else:
            merged.append(carry)
    return merged


def assemble(segment: Segment, source: str, title: str | None = None,
             metadata: Sequence[str] = ()) -> Article | None:
    """One article from its blocks: body text, heading spans and metadata; None if it has no text."""
    parts: list[str] = []
    headings: list[Span] = []
    meta: list[str] = list(metadata)
    position = 0
    heading_title: str | None = None
    seen_content = False
    paper = cites(b.text for b in segment.blocks if b.is_content)

    def apparatus_dropped(text: str) -> str:  # "Delta.[1] It covers": apparatus, not content
        text = drop_reference_marks(text)
        return drop_citations(text) if paper else text

    for block in segment.blocks:
        meta.extend(block.metadata)
        if block.role != "content":
            meta.append(block.text)
            continue
        if parts:
            position += len(PARAGRAPH_BREAK)
        block_text = apparatus_dropped(block.text)
        if block.kind == HEADING:
            headings.append(Span(start=position, end=position + len(block_text), text=block_text))
            if not seen_content and heading_title is None:
                heading_title = block_text
        else:
            seen_content = True
            for start, end in inline_heading_spans(block_text):
                headings.append(Span(start=position + start, end=position + end, text=block_text[start:end]))
        parts.append(block_text)
        position += len(block_text)
    text = PARAGRAPH_BREAK.join(parts)
    if not seen_content or not text.strip():
        return None
    if heading_title is None and title is None:
        from studygen.ingest.titles import key_phrase_title

        body = PARAGRAPH_BREAK.join(apparatus_dropped(b.text) for b in segment.blocks if b.is_content)
        title = key_phrase_title(body)
    lines = [n for b in segment.blocks for n in (b.start_line, b.end_line) if n is not None]
    return Article(
        id=article_id(text),
        title=(title if title and heading_title and _a_label(heading_title, title) else heading_title)
        or title or "Untitled Article",
        text=text,
        source=source,
        start_line=min(lines) if lines else None,
        end_line=max(lines) if lines else None,
        boundary=segment.boundary if segment.boundary else START,
        headings=headings,
        metadata=meta,
    )


def _lines(blocks: Sequence[Block]) -> str:
    lines = [n for b in blocks for n in (b.start_line, b.end_line) if n is not None]
    return f" (lines {min(lines)}-{max(lines)})" if lines else ""
