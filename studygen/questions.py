"""Answer-aware question writing: given a context and an answer span, the best valid question."""

from __future__ import annotations

from studygen.generators import QuestionRequest, generators
from studygen.models import AnswerType, contains_phrase
from studygen.validate import question_problem

#: Templates of the fallback questions that keep the sentence's word order (cards never use them).
IN_SITU = "in_situ"


def generate_question(context: str, answer: str, answer_start: int, *, generator: str = "templates",
                      fallback: bool = True, **generator_options: object) -> str | None:
    """The best valid question whose answer is ``context[answer_start:answer_start+len(answer)]``,
    or None when no valid question can be written for that span.

    A question is fronted, as people ask ("What did Marie Curie discover in 1898?"), when one can
    be written; else, with ``fallback`` (the default), a quiz question that keeps the sentence's
    word order and puts the question phrase where the answer stands ("Environmentalists are
    concerned about the release of what?"). ``fallback=False`` asks only fronted questions, as
    studygen's own basic and multiple-choice cards do.

    >>> generate_question("Kim received a second invite in May.", "Kim", 0)   # doctest: +SKIP
    'Who received a second invite in May?'
    """
    if context[answer_start:answer_start + len(answer)] != answer or not answer.strip():
        raise ValueError("answer is not at answer_start in context")
    writer = _writer(generator, tuple(sorted(generator_options.items())))
    request = QuestionRequest(context=context, answer=answer, answer_start=answer_start,
                              sentence_start=0, sentence_end=len(context),
                              answer_type=AnswerType.CONCEPT)
    for draft in writer.write([request])[0]:
        if not fallback and draft.template.startswith(IN_SITU):
            continue
        if question_problem(draft.question, answer) is None and not contains_phrase(draft.question, answer):
            return draft.question
    return None


_writers: dict[tuple, object] = {}


def _writer(name: str, options: tuple):  # noqa: ANN202
    key = (name, options)
    if key not in _writers:
        _writers[key] = generators.get(name)(**dict(options))
    return _writers[key]
