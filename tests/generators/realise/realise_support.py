"""Helpers of the realiser's tests: a question as the answer-aware API writes it, or all the drafts."""

from __future__ import annotations

from studygen.generators.base import QuestionRequest


def ask(context: str, answer: str) -> str | None:
    from studygen.questions import generate_question

    return generate_question(context, answer, context.index(answer))


def drafts(writer, nlp, context: str, answer: str):  # noqa: ANN001, ANN201
    from studygen.generators.templates import parse_request

    request = QuestionRequest(context=context, answer=answer, answer_start=context.index(answer),
                              sentence_start=0, sentence_end=len(context))
    return writer.write_one(parse_request(request, nlp))


def strict(context: str, answer: str) -> str | None:
    from studygen.questions import generate_question

    return generate_question(context, answer, context.index(answer), fallback=False)
