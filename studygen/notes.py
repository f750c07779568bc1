"""The shapes of the lines of notes: a term and its meaning ("Chloroplast: organelle where ..."), a list
of such lines, a line of a timeline ("1588 - Spanish Armada defeated"), a text written as notes.

Revision notes are written in lines, not sentences. ``studygen.sentences`` reads these shapes to keep
a line of notes out of the cards made of sentences (on a card it reads as broken English), and
``studygen.glossary`` to ask, when asked to, what the terms of a list mean. The words that head a
line without being a term ("Exam tip:", "Stage 1:") are in ``templates/questions/glossary.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from studygen.generators.families import family

#: A colon, or a dash with a space on each side, after the term.
_SEPARATOR = re.compile(r"\s*:\s+|\s+[-–—]\s+")
#: A term as notes write it: words, maybe a bracket after them ("Focus (hypocentre)", "Triple Alliance (1882)").
BRACKET = re.compile(r"\s*\([^()]*\)")
_TERM_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
MAX_TERM_WORDS = 6
#: A line that opens a list of reasons or traits rather than of terms.
_REASONS = re.compile(r"(?i)\b(?:causes?|factors?|reasons?|effects?|consequences?|why|results?|impacts?|"
                      r"advantages?|disadvantages?|features?|characteristics|differences|similarities|"
                      r"properties|examples?|types?)\b")
#: A lead-in line that introduces terms to learn, not kinds or examples.
_TERMS_LEAD_IN = re.compile(r"(?i)\b(?:terms?|definitions?|glossary|vocabulary|key words|keywords)\b")
#: A timeline's line: a date, then a dash or a colon ("1588 - Spanish Armada defeated", "Aug 1964 - Gulf of Tonkin").
_DATE_OF_A_LINE = (r"(?:c\.\s?)?(?:\d{1,2}\s)?(?:[A-Z][a-z]{2,8}\.?\s)?\d{1,4}(?:s|\s?BC|\s?AD|\s?BCE|\s?CE)?"
                   r"(?:\s?[-\u2013]\s?\d{1,4}(?:s|\s?BC|\s?AD)?)?(?:\s+onwards)?")
#: (with a name before or after the date: "1924 Dawes Plan - reparations spread out", "Geneva Accords 1954: ...")
TIMELINE = re.compile(rf"^(?:{_DATE_OF_A_LINE}(?:\s+[A-Z][\w'\u2019-]*){{0,4}}|(?:[A-Z][\w'\u2019-]*\s){{1,4}}"
                      rf"{_DATE_OF_A_LINE})\s*(?::\s|\s[-\u2013\u2014]\s)")


@cache
def _labels() -> tuple[frozenset[str], frozenset[str]]:
    labels = family("glossary").settings["labels"]
    return (frozenset(w.casefold() for w in labels["whole"]), frozenset(w.casefold() for w in labels["opening"]))


def split_line(line: str) -> tuple[str, int] | None:
    """The term of a term-and-meaning line and where its meaning starts, or None when the line has
    no such shape (no separator, a term of more than six words, a figure in the term, a label)."""
    match = _SEPARATOR.search(line)
    if match is None or match.start() == 0:
        return None
    term = line[:match.start()].strip()
    base = BRACKET.sub("", term).strip()
    words = base.split()
    if not 1 <= len(words) <= MAX_TERM_WORDS or not all(_TERM_WORD.fullmatch(w) for w in words):
        return None
    whole, opening = _labels()
    if base.casefold() in whole or words[0].casefold() in opening:
        return None
    if match.end() >= len(line):
        return None
    return term, match.end()


def _lines(text: str) -> list[tuple[int, str]]:
    """Each non-empty line of ``text``, stripped, with the offset of its first character."""
    out = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((offset + len(line) - len(line.lstrip()), line.strip()))
        offset += len(line) + 1
    return out


def listed_lines(text: str, headings: frozenset[int] = frozenset(), title: str = "", terms: bool = True) -> set[int]:
    """Offsets of the lines that have a term-and-meaning shape and stand beside another that has it.
    A heading (``headings``: where each starts) is no entry ("Textiles: the leading industry") and
    parts lists. Under a heading or a lead-in line that speaks of causes, factors or the like ("Why
    Britain first?", "Key causes:"), the "terms" name reasons, and their lines are left alone
    ("Capital: profits from trade and the empire"). A colon of the ``title`` ("Pinoy Big Brother:
    Kumunity Season 10") is a name's, not a list's. With ``terms`` false, every such line of a list
    counts, reasons too (lines of notes all the same)."""
    lines = _lines(text)
    shaped = [offset not in headings and (split := split_line(line)) is not None
              and not (title and f"{split[0]}{line[len(split[0]):split[1]]}" in title)
              for offset, line in lines]
    found = set()
    reasons = False
    for i, (offset, line) in enumerate(lines):
        if line.endswith(":") and offset not in headings:
            # A lead-in that ends on a colon introduces kinds, parts or examples of what it speaks of ("Three
            # classes:", then "First class - pivot between effort and load"; "Most treatments target rapidly
            # dividing cells:", then "Surgery - removing the tumour"), unless it says terms follow ("Key terms
            # first:"). Of the 12 such judged questions of tune-T202 to T204, 7 were accepted, the 5 after
            # "Key terms first:" and 2 of the other 7.
            reasons = _TERMS_LEAD_IN.search(line) is None
            continue
        if offset in headings or (not shaped[i] and line.endswith("?")):
            reasons = _REASONS.search(line) is not None and i + 1 < len(lines) and shaped[i + 1]
        if not shaped[i] or (reasons and terms):
            continue
        if (i > 0 and shaped[i - 1]) or (i + 1 < len(lines) and shaped[i + 1]):
            found.add(offset)
    return found


def notes_like(text: str, listed: set[int]) -> bool:
    """Is the text written as notes: three lines or more of a list of terms (``listed``) or of a timeline?"""
    timeline = sum(1 for line in text.split("\n") if TIMELINE.match(line.strip()))
    return len(listed) + timeline >= 3
