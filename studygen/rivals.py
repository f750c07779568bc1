"""Does the article give one answer to a question, or several?

"Who won the Man of the Match award?" has one answer in a report of one match and three in a report
of three. A learner shown the card cannot tell which is wanted, and a strict reader rejects it. A
question has a rival answer when another sentence of the article holds every content word of the
question (by lemma: "won" and "win") and, in the same role as the answer (the subject of the same
verb, the object of the same preposition of the same verb), a different candidate of the answer's
type: "Swedish captain Andreas Granqvist won the Budweiser Man of the Match award." against "Harry
Kane won the Budweiser Man of the Match award." Both conditions are strict on purpose: a sentence
that only shares the topic ("Kane scored twice") is no rival, so the rule removes questions that are
ambiguous in the article itself and leaves the rest to the ranking. Three allowances: verbs of going
somewhere count as one verb ("travelled to Italy", "returned to Italy"); the person a question names
may be "he" or "she" in the other sentence ("He returned to Italy in 1834"); and the other clause may
be in the answer's own sentence, with a verb of its own ("won the first World Cup in 1930, and won the
World Cup again in 1950").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from studygen.generators.realise.syntax import WH_WORDS
from studygen.models import AnswerCandidate, contains_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Parts of speech whose words a rival sentence must hold: what the question says, not how.
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})

Role = tuple[str, ...]

#: Verbs of going somewhere, one verb for rivals: "When did Corot travel to Italy?" has a rival answer in
#: "He returned to Italy in 1834" (T110), as it would in "He went to Italy again in 1843".
_GOING = frozenset({"travel", "return", "go", "sail", "journey", "voyage", "move", "come", "head"})
#: Pronouns that may stand for the person a question names.
_PERSONAL = frozenset({"he", "she"})


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    return "go" if lemma in _GOING else lemma


def role(token: Token) -> Role:
    """What the phrase headed by ``token`` is in its clause: the subject of a verb, the object of a
    preposition of a verb ("won in 2018": in, win), or any other relation to its head. A conjunct or
    an apposition takes the role of the phrase it joins."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        return ("subject", _lemma(token.head))
    if token.dep_ == "pobj":
        preposition = token.head
        return ("object of", preposition.lower_, _lemma(preposition.head))
    return (token.dep_, _lemma(token.head))


def _verb_of(token: Token) -> Token:
    """The verb a phrase belongs to: a preposition's object belongs to the preposition's head."""
    return token.head.head if token.dep_ == "pobj" else token.head


def content_lemmas(question: Doc | Span) -> frozenset[str]:
    """The lemmas of the question's content words, the question word left out."""
    return frozenset(_lemma(t) for t in question
                     if t.pos_ in _CONTENT and t.lower_ not in WH_WORDS and not t.is_punct)


class Rivals:
    """The answer candidates of one analysed article, by type and role, to look for rival answers.

    ``item`` is a ``studygen.analysis.AnalysedArticle`` (its ``parsed`` sentences and ``candidates``)."""

    def __init__(self, item: Any) -> None:
        self.item = item

    def span(self, candidate: AnswerCandidate) -> Span | None:
        parsed = self.item.parsed[candidate.sentence]
        doc = parsed.span.doc
        return doc.char_span(candidate.start - parsed.block_start, candidate.end - parsed.block_start,
                             alignment_mode="expand")

    @cached_property
    def _by_role(self) -> dict[tuple[str, Role], list[tuple[AnswerCandidate, frozenset[str]]]]:
        found: dict[tuple[str, Role], list[tuple[AnswerCandidate, frozenset[str]]]] = defaultdict(list)
        lemmas: dict[int, frozenset[str]] = {}
        for candidate in self.item.candidates:
            span = self.span(candidate)
            if span is None:
                continue
            if candidate.sentence not in lemmas:
                lemmas[candidate.sentence] = frozenset(
                    _lemma(t) for t in self.item.parsed[candidate.sentence].span)
            found[(candidate.type.value, role(span.root))].append((candidate, lemmas[candidate.sentence]))
        return found

    def _another_clause(self, mine: Span, other: AnswerCandidate) -> frozenset[str] | None:
        """The lemmas of the clause that holds ``other``, when it is another verb's clause of the sentence of
        ``mine`` (the question's answer: "won the first World Cup in 1930, and won the World Cup again in 1950":
        "When did Uruguay win the World Cup?" has both, T119), its subject's words included; None when both
        are one verb's."""
        theirs = self.span(other)
        if theirs is None:
            return None
        mine_verb, their_verb = _verb_of(mine.root), _verb_of(theirs.root)
        if mine_verb.i == their_verb.i:
            return None
        tokens = list(their_verb.subtree)
        while not any(t.dep_ in ("nsubj", "nsubjpass") for t in their_verb.children) \
                and their_verb.dep_ in ("conj", "advcl", "xcomp") and their_verb.head.i != their_verb.i:
            their_verb = their_verb.head  # the subject the joined verb shares ("Uruguay hosted and won ...")
            tokens += [t for c in their_verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        return frozenset(_lemma(t) for t in tokens)

    def rival(self, candidate: AnswerCandidate, question: Doc) -> str | None:
        """Another answer the article gives to ``question`` (whose answer is ``candidate``), or None."""
        span = self.span(candidate)
        words = content_lemmas(question)
        if span is None or not words:
            return None
        names = frozenset(t.lemma_.lower() for t in question if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", ""))
        return next(iter(self._rivals(candidate, span, words, question.text, names)), None)

    def rival_of_blank(self, candidate: AnswerCandidate) -> str | None:
        """Another answer the article gives for a blank over ``candidate``: the blank's sentence read as
        the question, its words less the answer's ("_____ won the Budweiser Man of the Match award." beside
        "Lukaku won the Budweiser Man of the Match award.", T171)."""
        span = self.span(candidate)
        if span is None:
            return None
        sentence = self.item.parsed[candidate.sentence].span
        words = frozenset(_lemma(t) for t in sentence if t.pos_ in _CONTENT and not t.is_punct
                          and not span.start <= t.i < span.end)
        if not words:
            return None
        return next(iter(self._rivals(candidate, span, words, sentence.text, frozenset())), None)

    def _rivals(self, candidate: AnswerCandidate, span: Span, words: frozenset[str], question: str,
                names: frozenset[str]) -> Iterable[str]:
        for other, lemmas in self._by_role.get((candidate.type.value, role(span.root)), []):
            if other.sentence == candidate.sentence:
                clause = self._another_clause(span, other)
                if clause is None or not words <= clause:
                    continue
            elif not words <= lemmas and not (words - lemmas <= names and lemmas & _PERSONAL):
                # (a person the question names may be "he" or "she" there: "He returned to Italy in 1834")
                continue
            if contains_phrase(other.text, candidate.text) or contains_phrase(candidate.text, other.text) \
                    or contains_phrase(question, other.text):
                continue  # the same name, shorter or longer, or a name the question gives
            yield other.text
