"""Fill-in questions (template ``fill_in.toml``): 'What completes the sentence "... _____ ..."?', the
last fallback of the answer-aware API."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studygen.generators.base import QuestionDraft
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

if TYPE_CHECKING:
    pass



TEMPLATES = ("fill_in",)
ORDER = 50
FALLBACK = True
ANY_SPAN = True


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
    blank = "_____"
    text = framing.statement(q, verb, q.ids, {q.start: blank}, move_answer=False)
    words = text.split()
    content = content_words(text)
    if len(words) > 18 or len(words) < 5 or len(content) < 3:
        raise Unrealisable("a clause too long or too short to fill in")
    if re.search(r"[;:()\[\]]", text) or text.count('"') % 2 or text.count("“") != text.count("”"):
        raise Unrealisable("a clause with brackets or open quotes")
    quotes = iter("‘’" * 10)
    text = re.sub(r'["“”]', lambda _: next(quotes), text)  # quotes inside the quoted sentence
    if any(t.lower_ in WH_WORDS and t.tag_ not in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree
           if t.lower_ in text.lower().split()):
        raise Unrealisable("a clause that asks something itself")
    text = text[:1].upper() + text[1:]
    return [q.finish(f'What completes the sentence "{text}"', "in_situ:cloze", 0.3)]
