"""``gift``: Moodle's GIFT question format.

* basic and cloze cards -> short-answer questions (a cloze keeps its ``_____`` blank in the text);
  mcq -> multiple choice; true_false -> true/false. The supporting sentence is the general feedback.
* ``$CATEGORY: <deck>/<article title>`` before each article's questions, ``::name::`` on each one.
* Texts are marked ``[plain]``: Moodle shows them as typed, so article text such as ``<script>`` is
  shown, never run, and a short answer is compared with what the student types, not with its HTML.
* Every GIFT special character (``~ = # { } :`` and backslash) is escaped in every name, question,
  answer, option and feedback. The category line is the exception, on purpose: Moodle's importer
  reads it without undoing escapes (an escaped ``:`` would become ``&&058;`` in the category's name)
  and nothing after ``$CATEGORY:`` is syntax except the path separator, so there ``/`` is doubled
  (Moodle's escape for a slash inside a name) and backslashes are doubled.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from studygen.exporters.anki import answer_index, deck_name, note_tags
from studygen.exporters.common import articles_by_id, one_line, source_sentence
from studygen.models import Article, Card, CardKind, Deck
from studygen.outputs import OutputSet

if TYPE_CHECKING:
    from studygen.exporters import ExportOptions

_SPECIAL = re.compile(r"([\\~=#{}:])")


def gift_escape(text: str) -> str:
    """One line of text with every GIFT control character backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _answer(text: str, *, short_answer: bool = False, right_option: bool = False) -> str:
    """An answer or option. A leading ``[`` or ``%`` would read as a format or a weight, so such a
    text gets an explicit ``[plain]``; in a short answer ``*`` is Moodle's wildcard, so it is
    escaped for Moodle's short-answer matcher first. The right option of a multiple choice that holds
    ``->`` is written as HTML with ``&gt;``: ``=a -> b`` is a matching pair to GIFT parsers (GIFT
    has no escape for ``>``), and the same text shows."""
    text = one_line(text)
    if right_option and "->" in text:
        return "[html]" + gift_escape(html.escape(text, quote=False))
    if short_answer:
        text = text.replace("*", "\\*")
    escaped = gift_escape(text)
    return f"[plain]{escaped}" if escaped[:1] in ("[", "%") else escaped


def category_segment(name: str) -> str:
    """One level of a ``$CATEGORY`` path, escaped the way Moodle's importer reads it back."""
    segment = one_line(name).replace("\\", "\\\\").replace("/", "//")
    if segment.startswith("/"):
        segment = " " + segment
    if segment.endswith("/"):
        segment += " "
    return segment


def category_path(deck: Deck, article: Article) -> str:
    levels = [part for part in deck_name(deck).split("::") if part.strip()]
    levels.append(one_line(article.title) or article.slug)
    return "/".join(category_segment(level) for level in levels)


def _feedback(card: Card, article: Article) -> str:
    said = f"The article says: {source_sentence(card, article).text}"
    if card.kind is CardKind.TRUE_FALSE:
        said = f"{card.answer}. {said}"
        if card.answer == "False" and card.swapped_in:
            said += f" (not {card.swapped_in})"
    return gift_escape(said)


def question(card: Card, article: Article, name: str) -> str:
    """One GIFT question (without the blank line that ends it)."""
    tags = " ".join(f"[tag:{re.sub(r'[][<>]', '', tag)}]" for tag in note_tags(card, article))
    head = f"// {tags}\n::{gift_escape(name)}::[plain]{gift_escape(card.question)}"
    feedback = f"####{_feedback(card, article)}"
    if card.kind is CardKind.MCQ:
        right = answer_index(card)
        choices = "\n".join(f"\t{'=' if i == right else '~'}{_answer(option, right_option=i == right)}"
                            for i, option in enumerate(card.options))
        return f"{head} {{\n{choices}\n\t{feedback}\n}}"
    if card.kind is CardKind.TRUE_FALSE:
        return f"{head} {{{'TRUE' if card.answer == 'True' else 'FALSE'}{feedback}}}"
    answer = _answer(card.answer, short_answer=True)
    mark = "="
    if "->" in answer:
        # "{=a -> b}" reads as a matching question (to Moodle and gift-pegjs alike); the "=" is
        # optional for a single short answer, so such an answer goes without it, and with an explicit
        # format, so that an answer starting "T" or "F" is not read as true/false ("{The x -->}").
        mark = ""
        if not answer.startswith("[plain]"):
            answer = f"[plain]{answer}"
    return f"{head} {{{mark}{answer}{feedback}}}"


def render(deck: Deck) -> str:
    articles = articles_by_id(deck)
    blocks = [f"// {one_line(deck.name)}: {len(deck.cards)} questions made by studygen. Import into "
              "Moodle as GIFT format."]
    current: str | None = None
    numbers: dict[str, int] = {}
    for card in deck.cards:
        article = articles[card.article_id]
        if card.article_id != current:
            current = card.article_id
            blocks.append(f"$CATEGORY: {category_path(deck, article)}")
        numbers[card.article_id] = number = numbers.get(card.article_id, 0) + 1
        title = one_line(article.title) or article.slug
        blocks.append(question(card, article, f"{title[:80]} {number:02d}"))
    return "\n\n".join(blocks) + "\n"


def write(deck: Deck, outputs: OutputSet, stem: str, options: ExportOptions) -> None:
    outputs.write_text(f"{stem}.gift", render(deck))
