"""``quiz``: a printable quiz page (HTML from ``templates/quiz/quiz.html.j2``, Jinja autoescape on).

Title, numbered questions, lettered options, room to write answers, and an answer key that starts
on a new page when printed. One version: ``<slug>.quiz.html``, questions in the card file's order.
``ExportOptions.versions = N > 1``: one file per version, ``<slug>.quiz-A.html``, ``-B``, ... each
with its questions and options shuffled and its own key; the shuffles come from ``seed`` and the
version letter, so the same seed gives the same versions.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from studygen.exporters.anki import answer_index
from studygen.exporters.common import articles_by_id, cloze_parts, one_line, option_letter
from studygen.models import Card, CardKind, Deck
from studygen.outputs import OutputSet
from studygen.resources import templates_dir

if TYPE_CHECKING:
    import jinja2

    from studygen.exporters import ExportOptions


@dataclass
class QuizQuestion:
    number: int
    kind: str
    text: str
    before: str = ""  # cloze: the sentence around the blank
    after: str = ""
    options: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class KeyEntry:
    number: int
    answer: str
    note: str = ""


@dataclass
class QuizVersion:
    title: str
    version: str  # "" when there is only one version
    sources: list[str]
    questions: list[QuizQuestion]
    key: list[KeyEntry]


@cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "quiz")),
        autoescape=True,  # article text is data, never markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _question_and_key(card: Card, number: int, rng: random.Random | None) -> tuple[QuizQuestion, KeyEntry]:
    kind = card.kind.value
    if card.kind is CardKind.MCQ:
        options = list(card.options)
        right = options[answer_index(card)]
        if rng is not None:
            rng.shuffle(options)
        lettered = [(option_letter(i), one_line(o)) for i, o in enumerate(options)]
        letter = option_letter(options.index(right))
        return (QuizQuestion(number, kind, one_line(card.question), options=lettered),
                KeyEntry(number, f"{letter}. {one_line(right)}"))
    if card.kind is CardKind.CLOZE:
        before, after = cloze_parts(card)
        return (QuizQuestion(number, kind, one_line(card.question), before=before, after=after),
                KeyEntry(number, one_line(card.answer)))
    if card.kind is CardKind.TRUE_FALSE:
        note = ""
        if card.answer == "False" and card.swapped_in:
            note = f"the article says “{one_line(card.fact or '')}”, not “{one_line(card.swapped_in)}”"
        return QuizQuestion(number, kind, one_line(card.question)), KeyEntry(number, card.answer, note)
    return QuizQuestion(number, kind, one_line(card.question)), KeyEntry(number, one_line(card.answer))


def build_versions(deck: Deck, versions: int = 1, seed: int = 0) -> list[QuizVersion]:
    """The quiz as data: one :class:`QuizVersion` per version (shuffled only when there are several)."""
    articles = articles_by_id(deck)
    seen: list[str] = []
    for card in deck.cards:
        title = one_line(articles[card.article_id].title)
        if title not in seen:
            seen.append(title)
    result = []
    for index in range(versions):
        letter = option_letter(index) if versions > 1 else ""
        cards = list(deck.cards)
        rng = random.Random(f"studygen quiz {seed} {letter}") if versions > 1 else None
        if rng is not None:
            rng.shuffle(cards)
        pairs = [_question_and_key(card, number, rng) for number, card in enumerate(cards, start=1)]
        result.append(QuizVersion(title=one_line(deck.name), version=letter, sources=seen,
                                  questions=[q for q, _ in pairs], key=[k for _, k in pairs]))
    return result


def render(version: QuizVersion) -> str:
    return _environment().get_template("quiz.html.j2").render(quiz=version)


def write(deck: Deck, outputs: OutputSet, stem: str, options: ExportOptions) -> None:
    for version in build_versions(deck, options.versions, options.seed):
        name = f"{stem}.quiz-{version.version}.html" if version.version else f"{stem}.quiz.html"
        outputs.write_text(name, render(version))
