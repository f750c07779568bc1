"""The GIFT output, parsed back by gift-pegjs (the PEG.js GIFT grammar used by Moodle tooling).

Setup: ``npm ci --prefix tests/gift`` (node >= 18). Without it these tests skip, or fail when
``STUDYGEN_REQUIRE_TEST_TOOLS=1`` (set it in CI so that a missing parser cannot pass unnoticed).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import sample_deck as sample

from studygen.exporters import export_deck
from studygen.exporters.common import one_line
from studygen.exporters.gift import gift_escape
from studygen.models import Article, Card, Deck

GIFT_DIR = Path(__file__).parent / "gift"




def _node() -> str:
    node = shutil.which("node")
    if node and (GIFT_DIR / "node_modules" / "gift-pegjs" / "package.json").is_file():
        return node
    reason = "GIFT parser not installed: run `npm ci --prefix tests/gift` (needs node >= 18)"
    if os.environ.get("STUDYGEN_REQUIRE_TEST_TOOLS") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def parse_gift(path: Path) -> list[dict[str, Any]]:
    result = subprocess.run([_node(), str(GIFT_DIR / "parse.js"), str(path)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def moodle_category(path: str) -> list[str]:
    """A $CATEGORY path as Moodle's importer reads it (gift-pegjs leaves the text as written):
    ``\\\\`` is one backslash, ``/`` separates levels, ``//`` is a slash inside a name."""
    path = path.replace("\\\\", "\\")
    return [level.replace("//", "/").strip() for level in re.split(r"(?<!/)/(?!/)", path)]


def _questions(parsed: list[dict[str, Any]]) -> tuple[list[list[str]], list[dict[str, Any]]]:
    categories = [moodle_category(q["title"]) for q in parsed if q["type"] == "Category"]
    return categories, [q for q in parsed if q["type"] != "Category"]


def _check_question(question: dict[str, Any], card: Card, deck: Deck) -> None:
    assert question["stem"] == {"format": "plain", "text": one_line(card.question)}
    article = deck.article(card.article_id)
    source = " ".join(article.text[card.source_start:card.source_end].split())
    assert source in question["globalFeedback"]["text"]
    assert card.kind.value in question["tags"]
    if card.kind.value in ("basic", "cloze"):
        assert question["type"] == "Short"
        # In a Moodle short answer "*" is a wildcard; "\*" is a literal star.
        answers = [c["text"]["text"].replace("\\*", "*") for c in question["choices"]]
        assert answers == [card.answer]
    elif card.kind.value == "mcq":
        assert question["type"] == "MC"
        assert [c["text"]["text"] for c in question["choices"]] == card.options
        assert [c["isCorrect"] for c in question["choices"]] == [o == card.answer for o in card.options]
    else:
        assert question["type"] == "TF"
        assert question["isTrue"] is (card.answer == "True")
        if card.answer == "False":
            assert f"(not {card.swapped_in})" in question["globalFeedback"]["text"]


def test_gift_parses_back_into_the_same_questions(tmp_path: Path) -> None:
    deck = sample.sample_deck()
    path, = export_deck(deck, ["gift"], tmp_path)
    categories, questions = _questions(parse_gift(path))
    assert categories == [["Hostile & Friends", sample.HOSTILE_TITLE],
                          ["Hostile & Friends", sample.CAFE_TITLE]]
    assert len(questions) == len(deck.cards)
    for number, (question, card) in enumerate(zip(questions, deck.cards, strict=True), start=1):
        title = deck.article(card.article_id).title
        per_article = [c for c in deck.cards if c.article_id == card.article_id].index(card) + 1
        assert question["title"] == f"{title} {per_article:02d}", number
        _check_question(question, card, deck)


NASTY = ["\\", "\\n", "a\\:b", "::x::", "{=x}", "~x", "#x", "####", "[html]<b>x</b>", "%50% off",
         "a // b", "$CATEGORY: x", "x -> y", "T", "FALSE", "*wild*", "<script>alert(1)</script>",
         "&amp; &lt;", "C:\\new", "{{c1::x}}", "=1+1", "100%", "[plain]", "}{", "~=#{}:\\",
         # an arrow in an answer that starts like GIFT's true/false ("T", "F"): once refused by the parser
         "The committee the -->", "Falls -> down"]


def _nasty_deck() -> Deck:
    sentences = [f"Item {i} is {text} indeed." for i, text in enumerate(NASTY)]
    pick = "The pick is =b here."
    statement = "The sign ~=#{}:\\ means T."
    text = " ".join([*sentences, pick, statement])
    article = Article(id="a-nasty", title="A/B \\ C {x} ~ = # : // [html] $CATEGORY:", text=text,
                      source="-")
    cards = []
    for i, (sentence, answer) in enumerate(zip(sentences, NASTY, strict=True)):
        start = text.index(sentence)
        cards.append(Card(guid=f"n{i}", article_id=article.id, kind="basic" if i % 2 else "cloze",
                          question=(f"What is item {i}?" if i % 2 else
                                    sentence.replace(answer, "_____")),
                          answer=answer, answer_start=start + sentence.index(answer),
                          source_start=start, source_end=start + len(sentence)))
    start = text.index(pick)
    cards.append(Card(guid="m", article_id=article.id, kind="mcq", question="Which is the {pick}?",
                      answer="=b", answer_start=start + pick.index("=b"), source_start=start,
                      source_end=start + len(pick),
                      options=["~a", "=b", "#c", "{d}", "e:f", "g\\h", "[html]<i>x</i>", "%10%y"]))
    start = text.index(statement)
    cards.append(Card(guid="t", article_id=article.id, kind="true_false",
                      question="The sign ~=#{}:\\ means F.", answer="False", fact="T",
                      fact_start=start + statement.index("T."), swapped_in="F",
                      source_start=start, source_end=start + len(statement)))
    return Deck(name="Deck / with \\ slash::and {braces} ~=#:", articles=[article], cards=cards)


def test_gift_survives_every_special_character(tmp_path: Path) -> None:
    deck = _nasty_deck()
    path, = export_deck(deck, ["gift"], tmp_path)
    categories, questions = _questions(parse_gift(path))
    assert categories == [["Deck / with \\ slash", "and {braces} ~=#:",
                           "A/B \\ C {x} ~ = # : // [html] $CATEGORY:"]]
    assert len(questions) == len(deck.cards)
    for question, card in zip(questions, deck.cards, strict=True):
        _check_question(question, card, deck)


def test_gift_escape_escapes_every_control_character() -> None:
    assert gift_escape("~ = # { } : \\") == "\\~ \\= \\# \\{ \\} \\: \\\\"
    assert gift_escape("two\nlines\tand  spaces") == "two lines and spaces"
