"""Answer candidates: what is never asked, whatever the article (spaCy's parse of real sentences)."""

from __future__ import annotations

import pytest

from studygen.candidates import sentence_candidates

pytestmark = pytest.mark.slow


def _answers(text: str) -> list[str]:
    from studygen.nlp import spacy_pipeline

    doc = spacy_pipeline()(text)
    sent = next(iter(doc.sents))
    return [c.text for c in sentence_candidates(sent, 0, 0)]


@pytest.mark.parametrize(("text", "piece"), [
    ("Wang Qiang and Liu Jiayu took the athletes' oath at the ceremony.", "Liu Jiayu"),
    ("The museum holds paintings, sculptures and coins from Rome.", "sculptures"),
    ("The festival drew visitors from Canada, Mexico and Brazil in 2016.", "Mexico"),
])
def test_one_item_of_a_list_is_never_the_answer(text: str, piece: str) -> None:
    assert piece not in _answers(text)


@pytest.mark.parametrize(("text", "piece"), [
    ("Pogačar won Paris–Nice in March, ahead of Vingegaard.", "Nice"),
    ("Simran Singh of DNA India rated the film three stars.", "India"),
])
def test_a_blank_never_cuts_a_name_in_two(text: str, piece: str) -> None:
    assert piece not in _answers(text)


def test_a_name_and_its_bracketed_acronym_are_one_answer() -> None:
    answers = _answers("The Federal Security Service (FSB) detained five Russian citizens in October.")
    assert "Federal Security Service (FSB)" in answers
    assert "Federal Security Service" not in answers and "FSB" not in answers


def test_a_few_words_inside_a_quotation_are_no_answer() -> None:
    answers = _answers('The critic wrote that the film was "a throbbing hot mess of a romantic drama" in 2022.')
    assert not any(a in ("hot mess", "romantic drama", "a romantic drama") for a in answers)


def test_the_speaker_of_a_quotation_is_no_answer() -> None:
    answers = _answers('Shubhra Gupta of The Indian Express wrote: "The film should have been a hot mess."')
    assert "Shubhra Gupta" not in answers


@pytest.mark.parametrize("vague", ["years", "the very same month", "a span of several months", "CE"])
def test_a_time_without_a_number_month_or_weekday_is_vague(vague: str) -> None:
    from studygen.candidates import is_vague
    from studygen.models import AnswerType

    assert is_vague(vague, AnswerType.DATE)
    assert not is_vague("22 June 1986", AnswerType.DATE)
