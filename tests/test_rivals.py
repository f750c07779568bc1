"""Rival answers: a question that another sentence of its article answers with a different name."""

from __future__ import annotations

from typing import Any

import pytest

from studygen.models import Article

MATCHES = ("Group B opened with two matches on Monday. In the first match, Spain beat Chile 2-0 in Lisbon. "
           "Spanish striker Marta Delgado won the Player of the Match award. "
           "In the second match, Peru beat Norway 3-1 in Porto. "
           "Peruvian winger Rosa Quispe won the Player of the Match award. "
           "Both winners had scored twice.")


def _analysed(text: str) -> Any:
    from studygen.analysis import analyse
    from studygen.nlp import embedder, spacy_pipeline

    (item,) = analyse([Article(id="a1", title="Group B", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    return item


def _rival(text: str, answer: str, question: str) -> str | None:
    from studygen.nlp import spacy_pipeline
    from studygen.rivals import Rivals

    item = _analysed(text)
    start = text.index(answer)
    (candidate,) = [c for c in item.candidates if c.start == start and c.text == answer]
    return Rivals(item).rival(candidate, spacy_pipeline()(question))


@pytest.mark.slow
@pytest.mark.parametrize(("answer", "question", "rival"), [
    # Two sentences of the article say who won the award: either answer fits the question.
    ("Rosa Quispe", "Who won the Player of the Match award?", "Marta Delgado"),
    ("Marta Delgado", "Who won the Player of the Match award?", "Rosa Quispe"),
    # A word of the question that the other sentence lacks tells the two apart.
    ("Rosa Quispe", "Who won the Player of the Match award in Porto?", None),
    # A place in the same role, but the question names its match.
    ("Porto", "Where did Peru beat Norway 3-1?", None),
])
def test_a_question_that_another_sentence_answers_differently_has_a_rival(
        answer: str, question: str, rival: str | None) -> None:
    assert _rival(MATCHES, answer, question) == rival


@pytest.mark.slow
def test_a_rival_must_play_the_answers_role() -> None:
    """Every word of the question in another sentence is not enough: the other name must be the
    subject of the same verb, not its object."""
    text = ("Striker Ana Ruiz praised the goalkeeper Maria Lopez after the final. "
            "Later that season, the goalkeeper Maria Lopez praised Lena Ortiz after the final.")
    assert _rival(text, "Striker Ana Ruiz", "Who praised the goalkeeper Maria Lopez after the final?") is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "rival"), [
    # "travelled to Italy" and "returned to Italy" are one going there, and "he" the person the question
    # names: "When did Corot travel to Italy?" has two answers (T110)
    ("In 1825 Corot travelled to Italy. He painted in the open air around Rome. He returned to Italy in 1834.",
     "1834"),
    # going elsewhere is no rival
    ("In 1825 Corot travelled to Italy. He painted in the open air around Rome. He returned to France in 1828.",
     None),
])
def test_going_to_a_place_twice_gives_a_rival_date(text: str, rival: str | None) -> None:
    assert _rival(text, "1825", "When did Corot travel to Italy?") == rival


@pytest.mark.slow
def test_the_same_verb_twice_in_one_sentence_gives_a_rival() -> None:
    # "won the first FIFA World Cup in 1930, and won the World Cup again in 1950": "When did Uruguay win the World
    # Cup?" has two answers (T119)
    text = ("Uruguay won the Olympic football tournaments of 1924 and 1928, hosted and won the first FIFA World Cup in "
            "1930, and won the World Cup again in 1950, defeating Brazil in Rio de Janeiro. The economy grew.")
    assert _rival(text, "1950", "When did Uruguay win the World Cup?") == "1930"
    assert _rival(text, "1950", "When did Uruguay win the World Cup again?") is None


@pytest.mark.slow
def test_the_same_name_written_shorter_is_no_rival() -> None:
    text = ("Rosa Quispe won the Player of the Match award in the first round. "
            "In the second round, Quispe won the Player of the Match award again.")
    assert _rival(text, "Rosa Quispe", "Who won the Player of the Match award?") is None


@pytest.mark.slow
def test_a_build_asks_no_question_with_two_answers_and_says_why() -> None:
    from studygen.pipeline import BuildOptions, generate_cards
    from studygen.validate import Reason

    article = Article(id="a1", title="Group B", text=MATCHES, source="test")
    result = generate_cards([article], BuildOptions(cards=40, min_score=0.0, kinds=["basic", "mcq"]))
    questions = {c.question for c in result.deck.cards}
    assert "Who won the Player of the Match award?" not in questions
    rivals = [r for r in result.rejections if r.reason == Reason.RIVAL_ANSWER]
    assert rivals and all("Quispe" in r.detail or "Delgado" in r.detail for r in rivals)



#: Two sentences the same but for the winner's name.
SAME_WORDS = ("Group B opened with two matches on Monday. In the first match, Spain beat Chile 2-0 in Lisbon. "
              "Sergio Ramos won the Player of the Match award. "
              "In the second match, Peru beat Norway 3-1 in Porto. "
              "Paolo Guerrero won the Player of the Match award.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "rival"), [
    # a blank over either winner: the other sentence fills it with another name (T171)
    (SAME_WORDS, "Paolo Guerrero", "Sergio Ramos"),
    (SAME_WORDS, "Sergio Ramos", "Paolo Guerrero"),
    # "Spanish striker _____ won ...": the words left around the blank tell the two apart
    (MATCHES, "Marta Delgado", None),
    # the blank's sentence names its match; no other sentence says it of Lisbon
    (SAME_WORDS, "Lisbon", None),
])
def test_a_blank_that_another_sentence_fills_differently_has_a_rival(text: str, answer: str,
                                                                     rival: str | None) -> None:
    from studygen.rivals import Rivals

    item = _analysed(text)
    (candidate,) = [c for c in item.candidates if c.start == text.index(answer) and c.text == answer]
    assert Rivals(item).rival_of_blank(candidate) == rival


@pytest.mark.slow
def test_a_build_blanks_no_name_another_sentence_gives_for_the_same_words() -> None:
    from studygen.pipeline import BuildOptions, generate_cards
    from studygen.validate import Reason

    article = Article(id="a1", title="Group B", text=SAME_WORDS, source="test")
    result = generate_cards([article], BuildOptions(cards=40, min_score=0.0, kinds=["cloze"]))
    assert not [c for c in result.deck.cards if c.question == "_____ won the Player of the Match award."]
    rivals = {r.answer for r in result.rejections if r.reason == Reason.RIVAL_ANSWER}
    assert rivals == {"Paolo Guerrero", "Sergio Ramos"}
