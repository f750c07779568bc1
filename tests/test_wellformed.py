"""The well-formedness check of written questions (``studygen.wellformed``): each rule rejects the
garbled form and lets a well-formed question of the same shape pass; a build throws the garbled
question away with its reason, and keeps the questions of plain sentences.

Every case goes through the real spaCy parse."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fault():  # noqa: ANN201 - the check with the real parser
    from studygen.nlp import spacy_pipeline
    from studygen.wellformed import parse_questions, question_fault

    nlp = spacy_pipeline()

    def check(question: str, before_answer: str = "") -> str | None:
        return question_fault(parse_questions(nlp, [question])[question], before_answer)

    return check


@pytest.mark.parametrize(("question", "before_answer", "expected"), [
    # a subject asked of a participle or an infinitive: no verb has a tense
    ("Who running the marathon in record time?", "", "no verb with a tense"),
    ("Who ran the marathon in record time?", "", None),
    ("Who to focus on the needs of startup companies?", "", "no verb with a tense"),
    ("What retook Banjska Monastery?", "", None),  # a past tense the tagger may read as a participle
    # a plural subject with "was", "is", "has"
    ("How many sailors was rescued from the ferry?", "", "a singular verb with a plural subject"),
    ("What is the stamps on the envelope?", "", "a singular verb with a plural subject"),
    ("How many sailors were rescued from the ferry?", "", None),
    ("How many times has the river flooded the town?", "", None),  # the subject follows "has"
    # prepositions left at the end: two, or one that did not stand before the answer
    ("Which race did the team finish third in for with?", "With Mensah injured, the team finished third in",
     "a preposition at the end that is not the answer's"),
    ("What did the club win the cup for in?", "The club won the cup for the third time in",
     "two prepositions at the end"),
    ("What are such groups referred to as?", "Such groups are referred to as", None),
    ("What did the council approve the plan with?", "With broad support, the council approved",
     "a preposition at the end that is not the answer's"),
    ("What did the council approve the plan with?", "The council approved the plan with", None),
    ("What did the committee give up?", "The committee gave up", None),  # a particle, not a preposition
    # a "When" question that names a second time with the answer's preposition
    ("When did the population fall from 4,000 in March 1841 to 900?", "The population fell from 4,000 in March "
     "1841 to 900 in", "a second time"),
    ("When did the population fall to 900?", "The population fell from 4,000 to 900 in", None),
    # words no question holds: a full stop inside, "did who", "How many or more"
    ("What protects consumers against deception. in part?", "", "a full stop inside the question"),
    ("What did the U.S. Army estimate in 1945?", "", None),
    ("How many people did who kill?", "", "a relative pronoun after"),
    ("Who did the gunman kill?", "", None),
    # a "did" left without a subject after the question word (T170)
    ("What did receive one of 38 possible bids in 1915?", "", "'did' with no subject"),
    # a verb with its "-s" after "did" (T197)
    ("Why did quantity supply rises?", "", "'did' before 'rises'"),
    ("When does the price of bread rises?", "", "'does' before 'rises'"),
    ("What did Edison receive in 1915?", "", None),
    ("How many or more lineage groups do the communities hold?", "", "how many or more"),
    ("How many lineage groups do the communities hold?", "", None),
    # two question words: a relative "whose" left beside the asked "which year" (T47)
    ("Whose lithographs of which year made Petra's monuments widely known?", "", "two question words"),
    ("The lithographs of which year made Petra's monuments widely known?", "", None),
    ("Who wrote the book which won the prize?", "", None),  # a relative "which" asks nothing
    # a count asked as an amount (T181)
    ("How much dikes is all that stand between the farmland and disaster?", "", "how much dikes"),
    ("How much money did the city spend on the dikes?", "", None),
    ("How much data did the probe send back?", "", None),
    # the question word inside a phrase set beside the opening one (T181)
    ("In Basra province, 330 miles south of which city did the warplanes bomb areas?", "",
     "the question word inside a phrase set beside the opening one"),
    ("In Bavaria, which city hosted the games?", "", None),
    ("In which province did the warplanes bomb areas?", "", None),
    # a name the parser read into the year before it (T183)
    ("What were Florey and Chain jointly awarded in 1945 Fleming?", "", "a name left after a year at the end"),
    ("Who was the chair of the 1922 Committee?", "", None),
    # a whole clause fronted with the question word deep inside it (T187)
    ("Before sending two engineers to which town did the company close the plant?", "",
     "a whole clause fronted with the question word inside it"),
    ("After crossing which strait did the storm pass south of the island?", "", None),
    ("Before leaving for which country did the minister spend two days in Rome?", "", None),
])
def test_each_rule_rejects_the_garbled_form_and_passes_the_plain_one(fault, question: str, before_answer: str,
                                                                      expected: str | None) -> None:
    found = fault(question, before_answer)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found.startswith(expected)


ARTICLE = """The Town of Millbrook

Millbrook grew quickly in the nineteenth century.
The population fell from 4,000 in April 1841 to 900 in March 1851, after the mill closed.
The Millbrook mill was built by the engineer Thomas Hale in 1802. Thomas Hale designed the mill's great water wheel.
The railway reached Millbrook in 1869, and the town recovered.
"""


def test_a_build_throws_the_garbled_question_away_and_keeps_the_plain_ones(tmp_path: Path) -> None:
    from studygen.models import CardKind
    from studygen.pipeline import BuildOptions, build_deck

    path = tmp_path / "millbrook.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    # Questions only: a cloze on the same answer could otherwise take the plain question's place.
    result = build_deck([path], BuildOptions(split="none", cards=20, min_score=0.0,
                                             kinds=[CardKind.BASIC, CardKind.MCQ]))
    questions = [c.question for c in result.deck.cards]
    # (not "in March 1841": a month-and-year answer whose month the question names is given away first)
    garbled = "When did the population fall from 4,000 in April 1841 to 900?"
    assert garbled not in questions
    thrown = [r for r in result.rejections if r.reason == "ungrammatical_question"]
    assert any(r.question == garbled and "a second time" in r.detail for r in thrown)
    assert "Who designed the mill's great water wheel?" in questions
