"""Small pieces of text handling that several export formats share."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from studygen.ingest.cleaning import strip_invisible
from studygen.models import CLOZE_BLANK, Article, Card, CardKind, Deck

_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """``text`` as every format shows it: each run of whitespace (tabs and newlines included) made one
    space, and nothing invisible (zero-width and bidirectional controls, control characters), which a
    hand-edited card file may hold even though ingest never lets them into an article."""
    return _SPACE.sub(" ", strip_invisible(text)).strip()


def _spaced(text: str) -> str:
    return _SPACE.sub(" ", strip_invisible(text))


def option_letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: the label of the ``index``-th (0-based) option or version."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = string.ascii_uppercase[rest] + label
    return label


@dataclass(frozen=True)
class Highlighted:
    """A source sentence split around the span to highlight (the answer, or a true/false fact)."""

    before: str
    span: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.span + self.after


def source_sentence(card: Card, article: Article) -> Highlighted:
    """The card's supporting sentence with its answer (or fact) marked, whitespace made single spaces."""
    text = article.text
    if card.kind is CardKind.TRUE_FALSE:
        span, start = card.fact or "", card.fact_start
    else:
        span, start = card.answer, card.answer_start
    s_start, s_end = card.source_start, min(card.source_end, len(text))
    if start is None or not (s_start <= start and start + len(span) <= s_end):
        # A valid deck never gets here (the models check grounding); show the sentence unmarked.
        return Highlighted(one_line(text[s_start:s_end]), "", "")
    before = _spaced(text[s_start:start]).lstrip()
    after = _spaced(text[start + len(span):s_end]).rstrip()
    return Highlighted(before, _spaced(span), after)


def cloze_parts(card: Card) -> tuple[str, str]:
    """The cloze question before and after its (first) blank."""
    before, _, after = one_line(card.question).partition(CLOZE_BLANK)
    return before, after


def section_of(card: Card, article: Article) -> str | None:
    """The heading of the section that holds ``card``'s source sentence: the last heading of the
    article before it. None in the lead, and in an article without headings; the heading that titles
    the article is not a section."""
    section = None
    for heading in article.headings:
        if heading.end > card.source_start:
            break
        if not (heading.start == 0 and heading.text == article.title):
            section = one_line(heading.text)
    return section or None


def articles_by_id(deck: Deck) -> dict[str, Article]:
    return {article.id: article for article in deck.articles}
