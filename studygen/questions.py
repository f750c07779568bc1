"""Answer-aware question writing: given a context and an answer span, the best valid question."""

from __future__ import annotations

import re

from studygen.generators import QuestionRequest, generators
from studygen.generators.base import QuestionDraft
from studygen.models import AnswerType, contains_phrase
from studygen.validate import question_problem

#: Templates of the fallback questions that keep the sentence's word order (cards never use them).
IN_SITU = "in_situ"
#: The realiser's fill-in fallback over a pruned clause: a misquote, so the verbatim quote is used.
CUT_QUOTE = "in_situ:cloze"
#: Words of the sentence kept on each side of the blank in the last-resort fill-in question.
QUOTE_WINDOW = 10
QUOTE_LIMIT = 24
BLANK = "_____"


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
    ``fallback=False`` asks only fronted questions, as studygen's own basic and multiple-choice cards
    do.

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
        if question_problem(draft.question, answer) is None:
            return draft.question
    if fallback:
        # Last resort: the sentence word for word, pronouns and all (the caller has the context).
        verbatim = quote_question(request, verbatim=True)
        if verbatim is not None and not contains_phrase(verbatim, answer) and len(verbatim.split()) <= 60:
            return verbatim
    return None


def _is_phrase(request: QuestionRequest) -> bool:
    """One phrase of the parse (a single head inside the span), not pieces of two clauses."""
    if request.sent is None:
        return False
    doc = request.sent.doc
    start = request.answer_start - request.doc_offset
    span = doc.char_span(start, start + len(request.answer), alignment_mode="expand")
    if span is None:
        return False
    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    head = heads[0] if len(heads) == 1 else None
    return (head is not None and not any(t.is_punct and t.text in ",;:" for t in span)
            and span[-1].dep_ != "cc" and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span)
            and not (head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "compound", "acl", "pobj",
                                                                       "dobj", "nsubj", "appos")))


def _named(request: QuestionRequest, start: int, end: int) -> str | None:
    """``context[start:end]`` with its pronouns replaced by the names they stand for (None when one
    cannot be resolved): a quote on a card must make sense alone."""
    from studygen.coref import CONTEXT_DEPENDENT

    text = request.context
    pieces, cursor = [], start
    assert request.sent is not None
    for token in request.sent:
        position = request.doc_offset + token.idx
        if not start <= position < end or token.lower_ not in CONTEXT_DEPENDENT or token.pos_ not in ("PRON", "DET"):
            continue
        name = request.resolver.replacement(token, request.sentence_index, before=text[request.sentence_start:position]
                                            ) if request.resolver else None
        if name is None:
            return None
        pieces += [text[cursor:position], name[:1].upper() + name[1:] if token.text[:1].isupper() else name]
        cursor = position + len(token.text)
    return "".join([*pieces, text[cursor:end]])


def _quotable(request: QuestionRequest) -> bool:
    """A statement of the text: it ends as one and has a finite verb (a title has none)."""
    sent = request.sent
    if sent is None or not re.search(r"[.!][\"'\u2019\u201d)\]]*\s*$", sent.text):
        return False
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent)


#: Words that point outside the quote: "this event", "let's".
_POINTING = re.compile(r"\b(this|these|those|let['\u2019]s)\b", re.IGNORECASE)


def quote_question(request: QuestionRequest, verbatim: bool = False) -> str | None:
    """'What completes the sentence "..."?': the answer's sentence, up to ``QUOTE_WINDOW`` words on
    each side of a blank, as written (an ellipsis marks a cut). None when the sentence is unknown.

    The blank is one phrase of a statement. By default the quote names what its pronouns stand for,
    so that it makes sense alone; ``verbatim`` quotes the sentence word for word when it follows
    other text that its pronouns may stand for: the last resort of ``generate_question``, whose
    caller holds that text."""
    sentence = request.context[request.sentence_start:request.sentence_end]
    start = request.answer_start - request.sentence_start
    end = start + len(request.answer)
    if not sentence or not 0 <= start < end <= len(sentence):
        return None
    if not _is_phrase(request) or not _quotable(request):
        return None
    if verbatim:
        if not request.context[:request.sentence_start].strip():
            return None  # nothing before the sentence that its pronouns could stand for
        before = request.context[request.sentence_start:request.answer_start]
        after = request.context[request.answer_start + len(request.answer):request.sentence_end]
    else:
        named_before = _named(request, request.sentence_start, request.answer_start)
        named_after = _named(request, request.answer_start + len(request.answer), request.sentence_end)
        if named_before is None or named_after is None:
            return None
        before, after = named_before, named_after
    words_before = list(re.finditer(r"\S+", before))
    words_after = list(re.finditer(r"\S+", after))
    if len(words_before) + len(words_after) > QUOTE_LIMIT:  # a short sentence is quoted whole
        if len(words_before) > QUOTE_WINDOW:
            before = "\u2026 " + before[words_before[-QUOTE_WINDOW].start():]
        if len(words_after) > QUOTE_WINDOW:
            after = after[:words_after[QUOTE_WINDOW - 1].end()] + " \u2026"
    text = re.sub(r"\s+", " ", f"{before}{BLANK}{after}").strip()
    text = text.replace('"', "\u2019").replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    if _POINTING.search(text):
        return None
    return f'What completes the sentence "{text}"?'


_writers: dict[tuple, object] = {}


def _writer(name: str, options: tuple):  # noqa: ANN202
    key = (name, options)
    if key not in _writers:
        _writers[key] = generators.get(name)(**dict(options))
    return _writers[key]
