"""Plain text to blocks: paragraphs, headings and explicit separators, each with its line numbers.

A :class:`Block` is the unit every later step works on: the splitter looks for article boundaries
between blocks, the metadata step marks bylines and bios, and the assembler joins blocks into an
article's text. Markdown and HTML are turned into the same blocks by :mod:`studygen.ingest.markup`.

How lines become paragraphs depends on how the file was written:

* hard-wrapped text (most lines filled to one width of at most 100 characters): lines are joined
  with single spaces, and a paragraph ends at a blank line or where the writer broke the line on
  purpose (see :func:`_intentional_break`);
* otherwise every non-empty line is a paragraph: text pasted from a web page has one paragraph per
  line, and two articles pasted with only a newline between them stay two paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studygen.ingest.cleaning import FORM_FEED, clean_line, collapse_spaces

PARAGRAPH = "paragraph"
HEADING = "heading"
ITEM = "item"  # a list item or table row: content, but not running prose
#: HTML's heading elements and their levels (EPUB chapters, and trafilatura's tree of a web page).
HTML_HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

CONTENT = "content"


@dataclass
class Block:
    """A paragraph, heading or list item of one input, with 1-based inclusive line numbers."""

    text: str
    start_line: int | None
    end_line: int | None
    kind: str = PARAGRAPH
    level: int = 0  # heading level; 1 starts an article when separators are honoured
    separator: str | None = None  # the explicit separator right before this block, if any
    role: str = CONTENT  # set by studygen.ingest.metadata: content, byline, bio, credit, promo
    metadata: list[str] = field(default_factory=list)  # lines taken out of this block's text

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def is_content(self) -> bool:
        return self.role == CONTENT and self.kind != HEADING


_SEPARATOR_LINE = re.compile(r"^ {0,3}(?:(?:-[ ]*){3,}|(?:\*[ ]*){3,}|(?:=[ ]*){3,}|(?:_[ ]*){3,})$")
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ ]+(.+?)(?:[ ]+#+)?[ ]*$")
_TERMINAL = re.compile(r"[.!?\u2026\u3002\uff01\uff1f:;,][\"'\u2019\u201d\u00bb)\]]*$")
_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u2019\u201d\u00bb)\]]*$")
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?] +[A-Z]")
_BULLET = re.compile(r"^(?:[-*+\u2022\u25aa\u25cf\u2013]\s+|\d{1,3}[.)]\s+|\(?[a-z]\)\s+)")
_CAPS_WORD = r"[A-Z0-9][A-Z0-9'\u2019&./-]*"
_INLINE_CAPS = re.compile(
    r"(?:^|(?<=[.!?\u2026] )|(?<=[.!?\u2026][\"'\u2019\u201d)] ))"
    rf"({_CAPS_WORD}(?: {_CAPS_WORD}){{2,11}}[?!:.]?)"
    r"(?= [A-Z\"'\u2018\u201c(])"
)

#: The labels of a structured abstract, run into its paragraph ("... to 72 h. Results: Of 186 randomised
#: patients, ..."): a heading, not a sentence's first words (T207: "Results:" glued two sentences of a card).
_ABSTRACT_LABEL = re.compile(
    r"(?:^|(?<=[.!?\u2026] )|(?<=[.!?\u2026][\"'\u2019\u201d)] ))"
    r"((?:Background|Context|Importance|Objectives?|Aims?|Purpose|Introduction|Methods?|Materials and methods"
    r"|Methods and findings|Design|Setting|Participants|Interventions?|Main outcome measures?|Measurements"
    r"|Results|Findings|Conclusions?|Interpretation|Significance|Implications|Limitations|Funding|Keywords)"
    r"(?: and [a-z]+)?:)(?= \S)")

#: A heading line is short: a title or a section name, not a sentence.
MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 90


def separator_name(line: str) -> str:
    """The reason string for an explicit separator line, e.g. ``separator '---'``."""
    char = line.strip()[0]
    return f"separator '{char * 3}'"


def is_separator_line(line: str) -> bool:
    """A line of three or more ``-``, ``*``, ``=`` or ``_`` (spaces between them allowed)."""
    return bool(_SEPARATOR_LINE.match(line))


def looks_like_heading(text: str) -> bool:
    """A line a reader takes for a heading: short, capitalised, and not a sentence."""
    text = text.strip()
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if text[0].isalpha() and not text[0].isupper():
        return False  # "and then..." is the tail of a broken sentence, not a heading
    if not any(ch.isalpha() for ch in text) or _INNER_SENTENCE_END.search(text):
        return False
    # A question in capitals ("WILL THE AI BUBBLE POP?") or in title case is still a heading.
    if _TERMINAL.search(text) and (text[-1] not in "?!" or not (_is_all_caps(text) or _is_title_case(text))):
        return False
    return not _BULLET.match(text)


#: A title line (the first line of a file) may be longer than a section heading.
MAX_TITLE_WORDS = 20
MAX_TITLE_CHARS = 160


def looks_like_title(text: str) -> bool:
    """The first line of a file read as its title: a heading, or a headline of up to
    MAX_TITLE_WORDS words that does not end like a sentence ("FIFA World Cup 2018 day five:
    Sweden, Belgium, England win three points")."""
    text = text.strip()
    if looks_like_heading(text):
        return True
    if len(text) > MAX_TITLE_CHARS or len(text.split()) > MAX_TITLE_WORDS:
        return False
    if not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'\u2018\u201c"):
        return False
    return not (_TERMINAL.search(text) and text[-1] not in "?!") and not _INNER_SENTENCE_END.search(text) \
        and not _BULLET.match(text)


def _is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
                          "on", "or", "per", "the", "to", "vs", "via", "with"})


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", text)]
    big = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(big) and all(w[0].isupper() for w in big)


def ends_sentence(text: str) -> bool:
    """True when a paragraph ends with closing punctuation (after closing quotes or brackets)."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def inline_heading_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ALL-CAPS subheadings inside a paragraph ("... ahead. WILL THE AI BUBBLE POP? The
    global ..."): a run of at least three capitalised words that starts a sentence and is followed
    by an ordinary sentence. A paragraph that is all capitals is a heading block instead. The labels of
    a structured abstract ("Methods:", "Results:") are headings too."""
    spans = []
    for match in _INLINE_CAPS.finditer(text):
        words = match.group(1).split()
        if sum(1 for w in words if sum(ch.isalpha() for ch in w) >= 2) < 2:
            continue  # "U S A" or numbers, not words
        spans.append((match.start(1), match.end(1)))
    if ":" in text:
        spans.extend((match.start(1), match.end(1)) for match in _ABSTRACT_LABEL.finditer(text))
    return sorted(spans)


def virtual_lines(text: str) -> list[tuple[int, str]]:
    """Cleaned lines with their 1-based numbers. A form feed becomes a line of its own holding
    only ``FORM_FEED`` (with the number of the line it sat in), so it can act as a separator."""
    out: list[tuple[int, str]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = clean_line(raw)
        if FORM_FEED in line:
            pieces = line.split(FORM_FEED)
            for k, piece in enumerate(pieces):
                if k:
                    out.append((number, FORM_FEED))
                if piece.strip():
                    out.append((number, piece.rstrip()))
            continue
        out.append((number, line))
    return out


@dataclass
class _Run:
    """Consecutive non-blank lines, or one heading line (``level`` > 0)."""

    lines: list[tuple[int, str]]
    separator: str | None
    level: int = 0


def plain_text_blocks(text: str) -> list[Block]:
    """Blocks of a plain-text file (see the module docstring for how lines become paragraphs)."""
    runs: list[_Run] = []
    current: list[tuple[int, str]] = []
    pending: str | None = None  # a separator waiting for the block it introduces

    def flush() -> None:
        nonlocal current, pending
        if current:
            runs.append(_Run(current, pending))
            current, pending = [], None

    has_blank = False  # a blank line between two lines of text (not only at the end)
    blank_after_text = False
    for number, line in virtual_lines(text):
        if line == FORM_FEED or is_separator_line(line):
            mark = line.strip()[:1]
            if mark in "=-" and line != FORM_FEED and len(current) == 1 and looks_like_heading(current[0][1]):
                # Setext heading: a title underlined with === (an article title) or --- (a section).
                runs.append(_Run(current, pending, level=1 if mark == "=" else 2))
                current, pending = [], None
                continue
            flush()
            pending = pending or ("form feed" if line == FORM_FEED else separator_name(line))
        elif not line.strip():
            blank_after_text = blank_after_text or bool(runs) or bool(current)
            flush()
        elif match := _ATX_HEADING.match(line):
            flush()
            runs.append(_Run([(number, match.group(2).strip())], pending, level=len(match.group(1))))
            pending = None
        else:
            has_blank = has_blank or blank_after_text
            current.append((number, line))
    flush()
    for k, run in enumerate(runs):
        # The first line of a file (or after a separator), alone before a blank line, is its title
        # even when too long for a section heading: a news headline of 15 words is not an excerpt.
        if (not run.level and len(run.lines) == 1 and k + 1 < len(runs) and (k == 0 or run.separator)
                and looks_like_title(run.lines[0][1])):
            run.level = 2

    # Without blank lines, each line is a paragraph (text pasted from a web page): only text with
    # blank lines between paragraphs can be hard-wrapped.
    width, wrapped = wrap_layout([run.lines for run in runs if not run.level]) if has_blank else (0, False)
    blocks: list[Block] = []
    for run in runs:
        if run.level:
            number, heading = run.lines[0]
            separator = run.separator or ("markdown heading" if run.level == 1 else None)
            blocks.append(Block(collapse_spaces(heading), number, number, HEADING, run.level, separator))
            continue
        if wrapped:
            paragraphs = split_lines_into_paragraphs(run.lines, wrapped, width)
        elif has_blank:
            paragraphs = _join_continuations(run.lines)
        else:
            paragraphs = [[line] for line in run.lines]
        for k, paragraph in enumerate(paragraphs):
            blocks.append(text_block(paragraph, run.separator if k == 0 else None))
            if (not has_blank and k == 0 and (not blocks[:-1] or run.separator) and len(paragraphs) > 1
                    and blocks[-1].kind == PARAGRAPH and looks_like_title(blocks[-1].text)):
                # One paragraph a line (pasted from a web page): the first line is the headline.
                blocks[-1].kind, blocks[-1].level = HEADING, 2
    return blocks


def text_block(lines: list[tuple[int, str]], separator: str | None = None, *,
               kind: str | None = None) -> Block:
    """A block from the lines of one paragraph; a lone short line that reads as a heading is one."""
    text = collapse_spaces(" ".join(line.strip() for _, line in lines))
    if kind is None:
        kind = PARAGRAPH
        if len(lines) == 1 and looks_like_heading(text):
            kind = HEADING
        elif _BULLET.match(text):
            kind = ITEM
    return Block(text, lines[0][0], lines[-1][0], kind, 2 if kind == HEADING else 0, separator)


def _join_continuations(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """In text that is not hard-wrapped, a line that stops mid-sentence and a next line that goes
    on in lower case are still one paragraph ("The tides rise and fall" / "twice a day.")."""
    groups: list[list[tuple[int, str]]] = []
    for number, line in lines:
        if groups:
            prev = groups[-1][-1][1].strip()
            if line.lstrip()[:1].islower() and not _TERMINAL.search(prev) and not looks_like_heading(prev):
                groups[-1].append((number, line))
                continue
        groups.append([(number, line)])
    return groups


def wrap_layout(groups: list[list[tuple[int, str]]]) -> tuple[int, bool]:
    """The width a hard-wrapped file was wrapped at, and whether it looks hard-wrapped at all:
    most lines that are not the last of their run are filled to near that width."""
    inner = [len(line) for group in groups for _, line in group[:-1]]
    if len(inner) < 3:
        return 0, False
    lengths = sorted(len(line) for group in groups for _, line in group)
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if width > 100 or width < 30:
        return width, False
    filled = sum(1 for n in inner if n >= 0.75 * width)
    return width, filled >= 0.6 * len(inner)


def split_lines_into_paragraphs(group: list[tuple[int, str]], wrapped: bool,
                                width: int) -> list[list[tuple[int, str]]]:
    """The paragraphs in a run of consecutive non-blank lines (see the module docstring)."""
    if not wrapped:
        return [[line] for line in group]
    texts = [line.strip() for _, line in group]
    paragraphs = [[group[0]]]
    for j in range(1, len(group)):
        after = texts[j + 1] if j + 1 < len(texts) else None
        if _intentional_break(texts[j - 1], texts[j], after, width):
            paragraphs.append([group[j]])
        else:
            paragraphs[-1].append(group[j])
    return paragraphs


def _ended_on_purpose(line: str, nxt: str | None, width: int) -> bool:
    """A wrapped line is filled: had the next word fitted, the wrapper would have put it there.
    (Two columns of slack, because the width is estimated.)"""
    if nxt is None:
        return True
    first_word = nxt.split()[0] if nxt.split() else ""
    return len(line) + 1 + len(first_word) <= width - 2


def _intentional_break(prev: str, line: str, after: str | None, width: int) -> bool:
    """In hard-wrapped text, does ``line`` start a new paragraph? A list item does; so does the
    line after a sentence end or a heading that the writer ended on purpose; and so does a heading
    line (itself ended on purpose) after a sentence end. A wrapped line that merely starts with a
    capital and stops short of a full stop ("Giacometti, Max Ernst, Henry Moore, Tony") is not a
    heading: its next word would not have fitted."""
    if _BULLET.match(line):
        return True
    if _ended_on_purpose(prev, line, width) and (ends_sentence(prev) or looks_like_heading(prev)):
        return True
    return ends_sentence(prev) and looks_like_heading(line) and _ended_on_purpose(line, after, width)
