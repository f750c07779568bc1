"""Answer-aware question writing: given a context and an answer span, the best valid question."""

from __future__ import annotations

from studygen.generators import QuestionRequest, generators
from studygen.generators.base import QuestionDraft
from studygen.generators.realise.families.fill_in import quote_question
from studygen.models import AnswerType, contains_phrase
from studygen.validate import question_problem

#: Templates of the fallback questions that keep the sentence's word order (cards never use them).
IN_SITU = "in_situ"
#: The realiser's fill-in fallback over a pruned clause: a misquote, so the verbatim quote is used.
CUT_QUOTE = "in_situ:cloze"


def generate_question(context: str, answer: str, answer_start: int, *, generator: str = "templates",
                      fallback: bool = True, **generator_options: object) -> str | None:
    """The best valid question whose answer is ``context[answer_start:answer_start+len(answer)]``,
    or None when no valid question can be written for that span.

    A question is fronted, as people ask ("What did Marie Curie discover in 1898?"), when one can
    be written; else, with ``fallback`` (the default), a quiz question that keeps the sentence's
    word order and puts the question phrase where the answer stands ("Environmentalists are
    concerned about the release of what?"), and as a last resort a fill-in question quoting the
    sentence around the answer ('What completes the sentence "... off the Atlantic coast of _____."?'),
    word for word if nothing else can be written (its pronouns then refer to ``context``).
    ``fallback=False`` asks only fronted questions, and only those the well-formedness check passes,
    as studygen's own basic and multiple-choice cards do.

    >>> generate_question("Kim received a second invite in May.", "Kim", 0)   # doctest: +SKIP
    'Who received a second invite in May?'
    """
    if context[answer_start:answer_start + len(answer)] != answer or not answer.strip():
        raise ValueError("answer is not at answer_start in context")
    from studygen.generators.templates import parse_request
    from studygen.nlp import spacy_pipeline

    writer = _writer(generator, tuple(sorted(generator_options.items())))
    request = parse_request(QuestionRequest(context=context, answer=answer, answer_start=answer_start,
                                            sentence_start=0, sentence_end=len(context),
                                            answer_type=AnswerType.CONCEPT), spacy_pipeline())
    drafts = writer.write([request])[0]
    if fallback:
        # The verbatim quote of the sentence goes before the realiser's quote of a clause cut to its
        # core, which reads less like the text it claims to quote.
        quoted = quote_question(request)
        cut = [d for d in drafts if d.template == CUT_QUOTE]
        drafts = [d for d in drafts if d.template != CUT_QUOTE]
        if quoted is not None:
            drafts.append(QuestionDraft(question=quoted, template="quote", score=0.0))
        drafts += cut
    for draft in drafts:
        if not fallback and draft.template.startswith(IN_SITU):
            continue
        if question_problem(draft.question, answer) is None and (
                fallback or not _garbled(draft, context[:answer_start])):
            return draft.question
    if fallback:
        # Last resort: the sentence word for word, pronouns and all (the caller has the context).
        verbatim = quote_question(request, verbatim=True)
        if verbatim is not None and not contains_phrase(verbatim, answer) and len(verbatim.split()) <= 60:
            return verbatim
    return None


def _garbled(draft: QuestionDraft, before_answer: str) -> bool:
    """Does a fronted question's own parse show it is not English (``studygen.wellformed``, the check
    a build's basic and multiple-choice cards pass)? Asked only with ``fallback=False``, where the
    alternative is no question, as for a card; with the fallbacks a fronted question stays first,
    since the in-situ question after it is often worse ("Takaichi when announced that ...?")."""
    if draft.template.startswith(IN_SITU) or draft.template == "quote":
        return False
    from studygen.nlp import spacy_pipeline
    from studygen.wellformed import parse_questions, question_fault

    doc = parse_questions(spacy_pipeline(), [draft.question])[draft.question]
    return question_fault(doc, before_answer) is not None


_writers: dict[tuple, object] = {}


def _writer(name: str, options: tuple):  # noqa: ANN202
    key = (name, options)
    if key not in _writers:
        _writers[key] = generators.get(name)(**dict(options))
    return _writers[key]
