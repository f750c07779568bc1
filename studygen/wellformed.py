"""Is a written question English? Faults read from the question's own parse.

The template realiser writes a question from the parse of its source sentence; when that parse is
wrong, or the wrong clause is fronted, the question comes out garbled ("How many people was
pronounced dead?", "Who passing five players before scoring?", "Which event did Japan place a man
on the podium for with?"). Each rule here names one such fault, as the parse of the question itself
shows it. A rule was kept only where the judged cards (``benchmarks/data/ranking/labels.jsonl``)
showed it catching questions that judges rejected as ungrammatical and no (or almost no) question
they accepted: ``benchmarks/wellformed.py`` counts both.

The parse is spaCy's, with NER disabled (``parse_questions``), the same parse the ranking model's
features read: a build parses each question once, for both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from studygen.candidates import MONTH_NAMES, WEEKDAYS, YEAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The finite verb forms: a question has at least one.
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
#: Singular finite verbs that a plural subject cannot take.
_SINGULAR = {"is", "was", "has", "does"}
_MONTHS_AND_DAYS = frozenset((*MONTH_NAMES, *WEEKDAYS))
#: Prepositions that mark a time: "in 1930", "on Friday".
_TIME_PREPOSITIONS = {"in", "on", "at", "during", "by", "until", "since", "from", "to", "before", "after"}


def parse_questions(nlp: Any, questions: Iterable[str]) -> dict[str, Doc]:
    """Each distinct question's parse, keyed by its text (NER disabled: no rule reads entities)."""
    texts = list(dict.fromkeys(questions))
    return dict(zip(texts, nlp.pipe(texts, disable=["ner"]), strict=True))


def question_fault(doc: Doc, before_answer: str) -> str | None:
    """What makes a written question ungrammatical, in words, or None. ``before_answer`` is the
    source sentence's text up to the answer: a preposition a question leaves at its end must be
    the one the answer stood after."""
    tokens = [t for t in doc if not t.is_space]
    if len(tokens) < 3:
        return None
    for rule in (_no_finite_verb, _plural_subject_singular_verb, _broken_words, _two_question_words,
                 _wording_fault):
        fault = rule(tokens)
        if fault:
            return fault
    return _stranded_preposition(tokens, before_answer) or _a_second_time(tokens, before_answer)


def _no_finite_verb(tokens: list[Token]) -> str | None:
    """"Who passing five England players before scoring?", "Who to focus on ...?": the question is
    headed by a participle or an infinitive and no verb has a tense (the clause asked about had
    none). A past tense the tagger reads as a participle ("What retook the town?") is no fault."""
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    if not roots or any(t.tag_ in _FINITE for t in tokens):
        return None
    root = roots[0]
    if root.tag_ == "VBG" or root.tag_ == "VB" and any(c.tag_ == "TO" for c in root.children):
        return "no verb with a tense"
    return None


def _plural_subject_singular_verb(tokens: list[Token]) -> str | None:
    """"How many people was pronounced dead?", "What is the letters ...?": a singular "is", "was",
    "has" or "does" with a plural common noun as subject. Not "How many times has multicellularity
    evolved?", where the real subject follows the verb."""
    for k, verb in enumerate(tokens[:-1]):
        if verb.lower_ not in _SINGULAR:
            continue
        head = verb.head if verb.dep_ in ("aux", "auxpass") else verb
        for subject in head.children:
            if subject.dep_ not in ("nsubj", "nsubjpass") or subject.tag_ != "NNS" or not subject.text[:1].islower():
                continue
            if any(c.dep_ == "conj" for c in subject.children):
                continue
            if subject.i < verb.i and tokens[k + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
                continue  # the subject of the question comes after the verb
            return f"a singular verb with a plural subject ({verb.text!r}, {subject.text!r})"
    return None


#: Auxiliaries that a relative pronoun never follows in a question: "How many people did who kill?"
_AUXILIARIES = {"did", "does", "do", "was", "were", "is", "are"}


def _broken_words(tokens: list[Token]) -> str | None:
    """Words no English question holds, left by a cut or a misread clause: a full stop inside it
    ("What protects consumers against deception. in part?"), a relative pronoun as the subject of a
    question's auxiliary ("How many people did who kill?"), a "did" with no subject after the question
    word ("What did receive ...?"), "How many or more" (the answer was "two" of "two or more")."""
    for k, token in enumerate(tokens[:-1]):
        following = tokens[k + 1]
        if token.text == "." and following.text[:1].islower():
            return "a full stop inside the question"
        if k > 1 and token.lower_ in _AUXILIARIES and following.lower_ in ("who", "which"):
            return f"a relative pronoun after {token.text!r}"
        if k == 1 and tokens[0].tag_ in ("WP", "WDT") and token.lower_ in ("did", "does", "do") \
                and following.tag_ == "VB":
            # "What did receive one of 38 possible bids in 1915?" (T170): the question word is the
            # subject, and "did" is left without one
            return f"{token.text!r} with no subject"
        if token.lower_ in ("did", "does", "do") and token.dep_ == "aux" and token.head.i == tokens[-2].i \
                and tokens[-1].text == "?" and token.head.tag_ in ("VBZ", "NNS") and token.head.lower_.endswith("s") \
                and not any(c.dep_ in ("det", "poss") for c in token.head.children):
            # "Why did quantity supply rises?" (T197, of "as price rises, quantity supplied rises"): a verb with its
            # "-s" after "did", which no labelled question has
            return f"{token.text!r} before {token.head.text!r}"
        if k > 0 and token.lower_ == "or" and tokens[k - 1].lower_ in ("many", "much") \
                and following.lower_ in ("more", "fewer", "less"):
            return f"how many or {following.text}"
        if k > 0 and token.lower_ == "much" and tokens[k - 1].lower_ == "how" and following.tag_ == "NNS" \
                and following.text[:1].islower() and following.lower_.endswith("s") \
                and following.lemma_.lower() != following.lower_:
            # "How much dikes is all that stand between ...?" (T181, of "About 1800km of dikes ... are all
            # that stand"): a count asked as an amount
            return f"how much {following.text}"
    return None


#: A question that opens on a place or time phrase and asks inside the phrase set beside it: "In Basra
#: province, 330 miles south of which city did the military tell ...?" (T181), "In Frankfurt, home of
#: which bank was the changeover marked ...?" (both labelled such questions rejected).
_ASKED_INSIDE_AN_ASIDE = re.compile(r"(?:In|At|On|From|To|Near|Into|Off|Outside|Inside)\s[^,?]*,\s+\S[^,?]*\s"
                                    r"(?:of|in|from|to|at|on|by|for|with|near)\s+(?:which|what|whom)\b")


#: A question that ends on a year and a capitalised word: the first of a list of names the parser read into the
#: year ("In 1945 Fleming, Florey and Chain were awarded ..." -> "What were Florey and Chain jointly awarded in 1945
#: Fleming?", T183; "... in 1989 Treaties?", the one other labelled such question, rejected too).
_NAME_AFTER_ITS_YEAR = re.compile(r"\b(?:in|by|since|from|until|after|before)\s+\d{3,4}\s+[A-Z][a-z]+\?$")


#: A question that fronts a whole clause with its question word deep inside it: "Before taking 19 people to which
#: hospital did paramedics ... treat patients at the scene?" (T187), "After visiting Robert Koch in which city was
#: Mechnikov offered a laboratory ...?" (the three labelled such questions rejected). A question word right after
#: the clause's verb or its one preposition reads well ("After crossing which strait did Doksuri pass ...?").
_CLAUSE_FRONTED_WITH_ITS_QUESTION = re.compile(
    r"(?:Before|After|By|While|Since|Without|On|In|Upon|Despite|For|Through|Besides)\s+\w+ing\s+(?:[^\s?,]+\s+){2,}"
    r"(?:which|what|whom|whose|how many|how much)\b")


#: Faults seen in the question's words alone, each a pattern and what it says, tried in this order.
_WORDING_FAULTS = (
    (_ASKED_INSIDE_AN_ASIDE.match, "the question word inside a phrase set beside the opening one"),
    (_NAME_AFTER_ITS_YEAR.search, "a name left after a year at the end"),
    (_CLAUSE_FRONTED_WITH_ITS_QUESTION.match, "a whole clause fronted with the question word inside it"),
)


def _wording_fault(tokens: list[Token]) -> str | None:
    text = tokens[0].doc.text
    return next((fault for found, fault in _WORDING_FAULTS if found(text)), None)


def _two_question_words(tokens: list[Token]) -> str | None:
    """"Whose lithographs of which year made Petra's monuments widely known?": two questions in one,
    a relative "whose" left standing beside the asked "which year". A question word opens the
    question, or a "which"/"what"/"whose" stands before its noun; a relative "which" or "who" opens
    a clause and is none of these. (No labelled card has two, so the counts cannot earn this rule its
    place; it passes every labelled question, and stays for the one the realiser wrote in T47.)"""
    asking = [t for t in tokens if t.tag_ in ("WDT", "WP", "WP$", "WRB") and (
        t.i == tokens[0].i or t.dep_ in ("det", "poss") and t.head.pos_ in ("NOUN", "PROPN"))]
    if len(asking) >= 2:
        return f"two question words ({asking[0].text!r}, {asking[1].text!r})"
    return None


def _stranded_preposition(tokens: list[Token], before_answer: str) -> str | None:
    """A preposition left at the end must be the answer's own, one of the last words before the
    answer in the source ("What was the report sent to?", "... refer to?" for "to refer to a
    specific form of X"). One that stood elsewhere ("What did Japan place a man on the podium
    for with?": "with" began the sentence), or two at the end where the first does not follow
    its verb ("... for with?", not "referred to as?"), come from a clause fronted wrongly."""
    if tokens[-1].text != "?" or tokens[-2].pos_ != "ADP" or tokens[-2].dep_ == "prt":
        return None
    last = tokens[-2]
    words = [w.strip("\"“”'‘’(").casefold() for w in before_answer.split()[-_ANSWER_WINDOW:]]
    if last.lower_ not in words:
        return f"a preposition at the end that is not the answer's ({last.text!r})"
    first = tokens[-3]
    if first.pos_ == "ADP" and first.dep_ != "prt" and tokens[-4].pos_ not in ("VERB", "AUX"):
        return f"two prepositions at the end ({first.text!r}, {last.text!r})"
    return None


#: How many words before the answer may hold the preposition a question leaves at its end: "in
#: many types of X" asks "... occur in?" of X.
_ANSWER_WINDOW = 5


def _a_second_time(tokens: list[Token], before_answer: str) -> str | None:
    """"When were Stábile in 1930 and Kempes the top scorers?" (1978): a "When" question that
    names another time with the preposition the answer had ("in 1978"), from a list or a
    comparison of two times, asks which of the two it means."""
    if tokens[0].lower_ != "when":
        return None
    previous = before_answer.split()[-1:]
    preposition = previous[0].casefold() if previous else ""
    if preposition not in _TIME_PREPOSITIONS:
        return None
    for word, following in zip(tokens[1:], tokens[2:], strict=False):
        if word.lower_ == preposition and (following.lower_ in _MONTHS_AND_DAYS
                                           or YEAR.fullmatch(following.text)):
            return f"a second time ({word.text} {following.text}) beside the one asked for"
    return None
