"""Fill-in questions (template ``fill_in.toml``): 'What completes the sentence "... _____ ..."?', the
last fallback of the answer-aware API."""

from __future__ import annotations

import re

from studygen.generators.base import QuestionDraft, QuestionRequest
from studygen.generators.families import family
from studygen.generators.realise import framing
from studygen.generators.realise.rendering import Question
from studygen.generators.realise.syntax import (
    WH_WORDS,
    Unrealisable,
    answer_root,
    clause_head,
    content_words,
    is_verbal,
)
from studygen.sentences import quotes_balance

TEMPLATES = ("fill_in",)
ORDER = 50
FALLBACK = True
ANY_SPAN = True

#: Words of the sentence kept on each side of the blank in the last-resort fill-in question.
QUOTE_WINDOW = 10
QUOTE_LIMIT = 24
BLANK = "_____"


def questions(q: Question) -> list[QuestionDraft]:
    """The last fallback, when no question phrase fits where the answer stands: the clause around
    the answer, cut to its core, with a blank: 'What completes the sentence "Teachers in Wales
    can be members of _____"?'. The clause is one the text asserts (a claim keeps its claimant)."""
    root = answer_root(q)
    verb = clause_head(root)
    while verb is not None and q.contains(verb):
        verb = clause_head(verb) if verb.head.i != verb.i else None
    for _ in range(4):  # a claim is filled in with its claimant: "Skeptics warn that _____ ..."
        if verb is None:
            raise Unrealisable("no clause around the answer")
        try:
            reporter = framing.reporting_verb(verb)
        except Unrealisable:
            reporter = verb.head if verb.head.i != verb.i else None
        if reporter is None:
            break
        verb = reporter if is_verbal(reporter) else clause_head(reporter)
    else:
        raise Unrealisable("no asserted clause around the answer")
    if verb is None:
        raise Unrealisable("no clause around the answer")
    text = framing.statement(q, verb, q.ids, {q.start: BLANK}, move_answer=False)
    words = text.split()
    content = content_words(text)
    settings = family("fill_in").settings
    if not settings["min_words"] <= len(words) <= settings["max_words"] or len(content) < settings["min_content_words"]:
        raise Unrealisable("a clause too long or too short to fill in")
    if re.search(r"[;:()\[\]]", text) or not quotes_balance(text):
        raise Unrealisable("a clause with brackets or open quotes")
    text = inner_quotes(text)
    if any(t.lower_ in WH_WORDS and t.tag_ not in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree
           if t.lower_ in text.lower().split()):
        raise Unrealisable("a clause that asks something itself")
    text = text[:1].upper() + text[1:]
    return [q.finish(f'What completes the sentence "{text}"', "in_situ:cloze", 0.3)]


def inner_quotes(text: str) -> str:
    """Quotation marks inside a quoted sentence as single ones: each straight pair opens with
    "‘" and closes with "’", as curly ones do ('the title, "The Father"' -> 'the title,
    ‘The Father’')."""
    marks = iter("‘’" * (text.count('"') // 2 + 1))
    text = re.sub('"', lambda _: next(marks), text)
    return text.replace("\u201c", "\u2018").replace("\u201d", "\u2019")


# ----------------------------------------------------------------------------- a quote of the sentence
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
    text = inner_quotes(text)
    if _POINTING.search(text):
        return None
    return f'What completes the sentence "{text}"?'
