"""Turning a parsed sentence and an answer span into questions, by the template families.

The families (``templates/questions/*.toml``) say how a question is worded; this module finds the
pieces in spaCy's dependency parse: the clause that holds the answer, its subject, auxiliaries and
verb, the role the answer plays in it. Then it moves the pieces as English does: the wh-phrase to
the front, an auxiliary (or do-support in the sentence's tense) before the subject, discourse
markers dropped, short fronted modifiers moved to the end, side clauses and parentheses cut,
pronouns replaced by the names they stand for. When any piece is missing or unclear it writes no
question: a skipped card is better than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from studygen.coref import CONTEXT_DEPENDENT, Resolver
from studygen.generators.base import QuestionDraft
from studygen.generators.families import Family, family
from studygen.models import AnswerType

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "dative", "acomp"}
CLAUSE_DEPS = {"ROOT", "advcl", "relcl", "conj", "ccomp", "acl", "parataxis"}
FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves", "you", "your"}
DISCOURSE = {
    "however", "moreover", "indeed", "nevertheless", "nonetheless", "yet", "also", "then", "still",
    "thus", "therefore", "meanwhile", "instead", "furthermore", "besides", "hence", "so", "now",
    "accordingly", "consequently", "additionally", "similarly", "likewise", "finally", "first",
    "second", "third", "lastly", "even", "though", "anyway", "again", "but", "and", "or", "of course",
}
SIDE_CLAUSE_MARKS = {"while", "although", "though", "whereas", "as", "if", "unless", "when", "whether",
                     "since", "because", "after", "before", "until", "once"}
REPORTING_VERBS = {"say", "warn", "argue", "claim", "report", "note", "suggest", "believe", "think",
                   "state", "write", "explain", "insist", "add", "estimate", "predict", "fear", "know"}
INSTITUTION_NOUNS = {
    "party", "institute", "institution", "university", "court", "company", "council", "agency",
    "ministry", "committee", "association", "union", "bank", "army", "government", "museum", "school",
    "college", "foundation", "corporation", "club", "league", "team", "church", "parliament",
    "assembly", "senate", "congress", "commission", "office", "department", "organization",
    "organisation", "network", "newspaper", "band", "academy", "society", "federation", "alliance",
    "coalition", "group", "board", "bureau", "service", "force", "navy", "fund", "center", "centre",
    "library", "orchestra", "records", "studio", "studios", "inc", "ltd", "corp", "times", "post",
}
PLACE_NOUNS = {
    "river", "sea", "ocean", "mountain", "mountains", "island", "islands", "lake", "county", "province",
    "state", "city", "strait", "peninsula", "valley", "desert", "region", "district", "bay", "gulf",
    "square", "street", "park", "airport", "station", "palace", "castle", "bridge", "border",
    "country", "village", "town", "forest", "coast", "canal", "hill", "hills", "arena", "stadium",
}
NUMERIC_TYPES = {AnswerType.NUMBER, AnswerType.QUANTITY, AnswerType.MONEY, AnswerType.PERCENT}
TIME_TYPES = {AnswerType.DATE, AnswerType.TIME}
MAX_QUESTION_WORDS = 28
#: Clauses longer than this (in words) are pruned, side remarks first, then verb modifiers.
TARGET_WORDS = 14
PRUNE_TIERS = (
    {"relcl", "acl", "appos", "advcl", "parataxis", "conj", "dep", "intj", "meta"},
    {"relcl", "acl", "appos", "advcl", "parataxis", "conj", "dep", "intj", "meta", "prep", "npadvmod",
     "advmod", "amod"},
)


@dataclass
class Target:
    """An answer span (doc token indices ``[start, end)``) inside a parsed sentence."""

    sent: SpacySpan
    start: int
    end: int
    answer_type: AnswerType
    sentence_index: int = 0
    resolver: Resolver | None = None

    @property
    def doc(self):  # noqa: ANN201 - spaCy Doc
        return self.sent.doc

    @property
    def tokens(self) -> list[Token]:
        return list(self.doc[self.start:self.end])

    def contains(self, token: Token) -> bool:
        return self.start <= token.i < self.end


class Unrealisable(Exception):
    """The question cannot be written well; no card rather than a bad one."""


@dataclass
class Frame:
    clause_ids: set[int]
    drop: set[int]
    moved: list[list[Token]]
    subject: Token | None


@dataclass
class Plan:
    """What replaces what: the tokens that become the wh-phrase, and the family that words it."""

    family: Family
    wh: str
    drop: set[int]
    clause_verb: Token
    role: str  # subject | object | adverbial | copula
    strand: str = ""
    score: float = 1.0
    moved: list[Token] = field(default_factory=list)


def subtree_ids(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def answer_root(target: Target) -> Token:
    return target.doc[target.start:target.end].root


def clause_head(token: Token) -> Token | None:
    """The nearest verb above ``token`` that heads a clause (xcomp chains are climbed through)."""
    current = token
    while True:
        if current.head.i == current.i:
            return current if is_verbal(current) else None
        current = current.head
        if is_verbal(current) and current.dep_ in CLAUSE_DEPS:
            return current
        if is_verbal(current) and current.dep_ == "xcomp":
            continue


def child_on_path(verb: Token, token: Token) -> Token:
    """The child of ``verb`` whose subtree holds ``token``."""
    current = token
    while current.head.i != verb.i and current.head.i != current.i:
        current = current.head
    return current


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ == "expl":
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return subject_of(verb.head)
    return None


def auxiliaries(verb: Token) -> list[Token]:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxes and verb.dep_ == "conj" and verb.tag_ == "VB":
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]
    return auxes


class Realiser:
    """Writes questions for one answer span; see the module docstring."""

    def __init__(self) -> None:
        self.subject_family = family("subject")
        self.object_family = family("object")
        self.adverbial_family = family("adverbial")
        self.definition_family = family("definition")

    # ----------------------------------------------------------------------------- entry point
    def questions(self, target: Target) -> list[QuestionDraft]:
        drafts: list[QuestionDraft] = []
        self.last_failures: list[str] = []
        for planner in (self._definition_questions, self._clause_questions, self._in_situ_questions):
            try:
                drafts.extend(planner(target))
            except Unrealisable as why:
                self.last_failures.append(f"{planner.__name__}: {why}")
        unique: dict[str, QuestionDraft] = {}
        for draft in drafts:
            if draft.question not in unique:
                unique[draft.question] = draft
        return sorted(unique.values(), key=lambda d: -d.score)

    # ----------------------------------------------------------------------------- appositives
    def _definition_questions(self, target: Target) -> list[QuestionDraft]:
        root = answer_root(target)
        be = self._be_form(target)
        # "Y, X," where the answer X is the appositive: "Who was Y?" -> X.
        if root.dep_ == "appos" and not target.contains(root.head):
            described = root.head
            if not self._is_name(root) or self._is_name(described):
                raise Unrealisable("appositive is not a name")
            phrase = self._render_np(target, described, exclude=subtree_ids(root))
            wh = self.definition_family.wh_for(target.answer_type.value)
            if not wh or not phrase:
                raise Unrealisable("no wh for appositive")
            return [self._finish(f"{wh} {be} {phrase}", "definition:appositive-name", 1.2)]
        # "Y, X," where the answer is the description Y and X is a name: "Who is X?" -> Y.
        appos = [c for c in root.children if c.dep_ == "appos" and not target.contains(c)]
        if appos and self._is_name(appos[0]) and not self._is_name(root):
            name = appos[0]
            answer_ids = set(range(target.start, target.end))
            if answer_ids & subtree_ids(name):
                raise Unrealisable("answer covers the appositive")
            name_type = "person" if name.ent_type_ == "PERSON" else "concept"
            wh = self.definition_family.wh_for(name_type) or "What"
            phrase = self._render_np(target, name, exclude=set())
            return [self._finish(f"{wh} {be} {phrase}", "definition:appositive-description", 1.1)]
        raise Unrealisable("not an appositive")

    def _be_form(self, target: Target) -> str:
        verb = clause_head(answer_root(target)) or target.sent.root
        tags = {verb.tag_} | {a.tag_ for a in auxiliaries(verb)}
        return "was" if "VBD" in tags else "is"

    def _is_name(self, token: Token) -> bool:
        return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "NORP")

    # ----------------------------------------------------------------------------- clauses
    def _clause_questions(self, target: Target) -> list[QuestionDraft]:
        plan = self._plan(target)
        question = self._realise(target, plan)
        return [self._finish(question, f"{plan.family.name}:{plan.role}", plan.score)]

    def _plan(self, target: Target) -> Plan:
        root = answer_root(target)
        answer_type = target.answer_type
        if root.dep_ == "advcl" and answer_type is AnswerType.CLAUSE:
            return self._reason_plan(target, root)
        verb = clause_head(root)
        if verb is None or target.contains(verb):
            raise Unrealisable("no clause verb outside the answer")
        arg = child_on_path(verb, root)
        phrase_head = arg
        preposition = None
        if arg.dep_ in ("prep", "agent"):
            objects = [c for c in arg.children if c.dep_ == "pobj"]
            if not objects:
                raise Unrealisable("preposition without object")
            phrase_head = objects[0]
            preposition = arg.text
        inner = root.i != phrase_head.i
        type_key = answer_type.value

        if inner:
            wh, drop_head = self._inner_wh(target, root, phrase_head)
        else:
            wh, drop_head = None, phrase_head
            if answer_type in NUMERIC_TYPES:
                fam = self.subject_family if arg.dep_ in SUBJECT_DEPS else self.object_family
                wh = self._counted(target, phrase_head, fam, type_key)
            if wh is None and not self._covers(target, phrase_head):
                raise Unrealisable("answer is only part of its phrase")

        if arg.dep_ in SUBJECT_DEPS:
            fam = self.subject_family
            wh = wh or self._wh(fam, type_key, target)
            return Plan(fam, wh, subtree_ids(arg), verb, "subject")
        if preposition is not None:
            adverbial = None if inner else self._wh(self.adverbial_family, type_key, target, preposition)
            if adverbial:
                return Plan(self.adverbial_family, adverbial, subtree_ids(arg), verb, "adverbial",
                            score=1.05)
            fam = self.object_family
            wh = wh or self._wh(fam, type_key, target)
            return Plan(fam, wh, subtree_ids(arg), verb, "object", strand=preposition, score=0.9)
        if arg.dep_ in OBJECT_DEPS:
            fam = self.object_family
            wh = wh or self._wh(fam, type_key, target)
            return Plan(fam, wh, subtree_ids(arg), verb, "object")
        if arg.dep_ in ("npadvmod", "advmod", "tmod") and answer_type in TIME_TYPES | NUMERIC_TYPES:
            wh = wh or self._wh(self.adverbial_family, type_key, target)
            return Plan(self.adverbial_family, wh, subtree_ids(arg), verb, "adverbial")
        raise Unrealisable(f"answer role {arg.dep_!r} has no template")

    def _reason_plan(self, target: Target, clause: Token) -> Plan:
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if not marks or marks[0].lower_ != "because":
            raise Unrealisable("not a because-clause")
        wh = self.adverbial_family.wh_for("clause")
        if not wh:
            raise Unrealisable("no reason template")
        return Plan(self.adverbial_family, wh, subtree_ids(clause), clause.head, "reason", score=1.1)

    def _wh(self, fam: Family, type_key: str, target: Target, preposition: str | None = None) -> str:
        wh = fam.wh_for(type_key, preposition)
        if not wh:
            if preposition is not None:
                return ""
            raise Unrealisable(f"{fam.name} has no question phrase for {type_key}")
        if "{kind}" in wh:
            wh = wh.replace("{kind}", self._kind(target))
        if "{noun}" in wh or "{of}" in wh:
            raise Unrealisable("numeric phrase needs its noun")
        return wh

    def _counted(self, target: Target, head: Token, fam: Family, type_key: str,
                 preposition: str | None = None) -> str | None:
        """For a numeric answer that heads its phrase ("hundreds of thousands of casualties",
        "27.01% of the vote"), the wh-phrase with the counted noun, or None."""
        wh = fam.wh_for(type_key, preposition)
        if not wh or ("{noun}" not in wh and "{of}" not in wh):
            return None
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and not target.contains(c)]
        objects = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
        if not objects:
            raise Unrealisable("numeric phrase needs its noun")
        noun = objects[0]
        if "{noun}" in wh:
            if type_key == "number" and noun.tag_ not in ("NNS", "NNPS"):
                raise Unrealisable("counted noun is not plural")
            words = [t for t in noun.subtree if t.dep_ not in ("det", "predet", "punct")
                     and t.i <= noun.i]
            return wh.replace("{noun}", self._render_tokens(target, words))
        return wh.replace("{of}", "of " + self._render_np(target, noun, exclude=set()))

    def _kind(self, target: Target) -> str:
        last = target.tokens[-1].lower_
        if target.answer_type is AnswerType.ORGANISATION:
            return last if last in INSTITUTION_NOUNS and last not in {"inc", "ltd", "corp"} else "organisation"
        if target.answer_type is AnswerType.PLACE:
            return last if last in PLACE_NOUNS else "place"
        return target.answer_type.value

    def _covers(self, target: Target, head: Token) -> bool:
        """Does the answer cover the phrase headed by ``head``, give or take determiners and
        focus adverbs in front ("only the", "a") and a side remark (appositive, relative clause,
        parenthesis) behind?"""
        ids = sorted(subtree_ids(head))
        optional = set()
        for token in head.subtree:
            if token.i >= target.start:
                break
            if token.dep_ in ("det", "predet", "advmod", "preconj", "punct"):
                optional.add(token.i)
            elif token.dep_ == "poss" and token.tag_ == "PRP$":
                return False
        for child in head.children:
            if child.i > head.i and child.dep_ in ("appos", "relcl", "acl", "punct", "advcl"):
                optional |= subtree_ids(child)
        required = set(ids) - optional
        answer = set(range(target.start, target.end))
        return required <= answer and answer <= set(ids)

    def _inner_wh(self, target: Target, root: Token, phrase_head: Token) -> tuple[str, Token]:
        """The answer is part of a phrase: a number of something, or whose something."""
        answer_type = target.answer_type
        if answer_type in NUMERIC_TYPES and root.dep_ in ("nummod", "quantmod", "npadvmod", "pobj",
                                                          "compound", "amod", "nmod"):
            noun = root.head if root.dep_ != "pobj" else root.head.head
            if noun.pos_ not in ("NOUN", "PROPN") or target.contains(noun):
                raise Unrealisable("number does not count a noun")
            exclude = set(range(target.start, target.end))
            # The counted noun with its adjectives, without determiners, side remarks or clauses.
            words = [t for t in noun.subtree if t.i not in exclude and t.i <= noun.i
                     and t.dep_ not in ("det", "predet", "quantmod", "punct", "advmod", "poss")
                     and not (t.i < target.start and t.dep_ == "prep")]
            if any(t.i < target.start for t in words):
                words = [t for t in words if t.i > target.end - 1]
            if not words:
                raise Unrealisable("empty counted noun")
            noun_text = self._render_tokens(target, words)
            if answer_type is AnswerType.NUMBER:
                if noun.tag_ in ("NNS", "NNPS"):
                    return f"How many {noun_text}", noun
                raise Unrealisable("number before a singular noun")
            if answer_type in (AnswerType.QUANTITY, AnswerType.MONEY):
                return f"How much {noun_text}", noun
            raise Unrealisable("numeric modifier of this type")
        if answer_type is AnswerType.PERCENT and root.head.i == phrase_head.i:
            raise Unrealisable("percent inside a phrase")
        if root.dep_ == "poss" and answer_type in (AnswerType.PERSON, AnswerType.ORGANISATION,
                                                  AnswerType.PLACE, AnswerType.GROUP):
            owner = root.head
            words = [t for t in owner.subtree if t.i not in subtree_ids(root)
                     and t.dep_ not in ("det", "case", "punct") and t.i <= owner.i]
            if not words:
                raise Unrealisable("nothing owned")
            return f"Whose {self._render_tokens(target, words)}", owner
        if (answer_type is AnswerType.PERCENT and root.lower_ in ("%", "percent")
                and root.i == phrase_head.i):
            return "What percentage", phrase_head
        raise Unrealisable(f"answer inside a phrase as {root.dep_!r}")

    # ----------------------------------------------------------------------------- realisation
    def _realise(self, target: Target, plan: Plan) -> str:
        verb = plan.clause_verb
        frame = self._frame(target, verb, plan.drop, move_fronted=True)
        if plan.role == "subject":
            pieces = self._subject_order(target, plan, verb, frame.clause_ids, frame.drop)
        else:
            pieces = self._inverted_order(target, plan, verb, frame.subject, frame.clause_ids, frame.drop)
        tail = [self._render_tokens(target, group) for group in frame.moved]
        if plan.strand:
            tail.append(plan.strand)
        return " ".join(p for p in [plan.wh, *pieces, *tail] if p)

    def _frame(self, target: Target, verb: Token, protect: set[int], move_fronted: bool) -> Frame:
        """The clause of ``verb`` and what to cut from it: joined clauses, side clauses, marks,
        parentheses, discourse markers; fronted modifiers are moved to the end when asked."""
        doc = target.doc
        sent_ids = set(range(target.sent.start, target.sent.end))
        subject = subject_of(verb)
        clause_ids = subtree_ids(verb) & sent_ids
        answer = set(range(target.start, target.end))
        drop = set(protect) if move_fronted else set()
        moved: list[list[Token]] = []

        for child in verb.children:
            ids = subtree_ids(child)
            if ids & answer:
                continue
            if child.dep_ in ("conj", "cc", "parataxis"):
                drop |= ids
            elif child.dep_ == "advcl" and self._side_clause(child):
                drop |= ids
            elif child.dep_ == "mark":
                drop.add(child.i)
            elif child.dep_ == "punct" and child.i > verb.i and child.i == max(clause_ids):
                drop.add(child.i)
        drop |= self._side_remarks(target, clause_ids - drop)

        subject_start = min(subtree_ids(subject)) if subject is not None and subject.i < verb.i else verb.i
        aux_ids = {a.i for a in auxiliaries(verb)}
        for child in verb.children:
            if child.i >= subject_start or child.i in drop or child.i in aux_ids:
                continue
            if subject is not None and child.i == subject.i:
                continue
            ids = subtree_ids(child)
            words = [doc[i] for i in sorted(ids)]
            phrase = " ".join(t.lower_ for t in words if not t.is_punct)
            if ids & (protect | answer):
                continue
            if child.dep_ in ("cc", "punct", "intj", "mark") or phrase in DISCOURSE or (
                    child.dep_ == "advmod" and len(words) == 1 and words[0].lower_ in DISCOURSE):
                drop |= ids
            elif child.dep_ in ("prep", "npadvmod", "advmod", "tmod") and len(words) <= 7:
                if move_fronted:
                    moved.append([t for t in words if not t.is_punct])
                    drop |= ids
            elif move_fronted:
                drop |= ids
        drop |= self._prune(target, verb, clause_ids, drop, protect | answer, subject)
        # Commas left at the front once fronted material is gone.
        for i in sorted(clause_ids):
            if i < subject_start and doc[i].is_punct and (move_fronted or doc[i - 1].i in drop
                                                           or i == target.sent.start):
                drop.add(i)
        return Frame(clause_ids, drop, moved, subject)

    def _prune(self, target: Target, verb: Token, clause_ids: set[int], drop: set[int],
               keep: set[int], subject: Token | None) -> set[int]:
        """Cut optional phrases, the longest first, until the clause is short enough for a card:
        side remarks before modifiers of the verb, never the answer or the clause's core."""
        doc = target.doc
        core = {verb.i} | ({subject.i} if subject is not None else set())
        pruned: set[int] = set()
        for tier in PRUNE_TIERS:
            while len([i for i in clause_ids - drop - pruned if not doc[i].is_punct]) > TARGET_WORDS:
                options = []
                for i in clause_ids - drop - pruned:
                    token = doc[i]
                    if token.dep_ not in tier:
                        continue
                    ids = subtree_ids(token) & clause_ids
                    if ids & (keep | core) or token.head.i in drop | pruned:
                        continue
                    options.append((len(ids), token.i, ids))
                if not options:
                    break
                _, _, ids = max(options)
                pruned |= ids
                for edge in (min(ids) - 1, max(ids) + 1):
                    if edge in clause_ids and doc[edge].text == "," and edge not in keep:
                        pruned.add(edge)
                        break
                if max(ids) + 1 < len(doc) and doc[max(ids) + 1].dep_ == "cc":
                    pass
            # A conjunction left without its conjunct goes too.
            for i in clause_ids - drop - pruned:
                if doc[i].dep_ in ("cc", "preconj") and not any(
                        c.i not in drop | pruned for c in doc[i].head.children if c.dep_ == "conj"):
                    pruned.add(i)
        return pruned

    # ----------------------------------------------------------------------------- in situ
    def _in_situ_questions(self, target: Target) -> list[QuestionDraft]:
        """The sentence's clause with the answer replaced by a question phrase where it stands:
        "The Canarian Islands lie off the coast of which continent?" A fallback, ranked last."""
        root = answer_root(target)
        verb = clause_head(root)
        if verb is None or target.contains(verb) or subject_of(verb) is None:
            verb = target.sent.root
        if target.contains(verb):
            raise Unrealisable("the answer holds the main verb")
        wh, replaced = self._in_situ_phrase(target, root)
        frame = self._frame(target, verb, replaced, move_fronted=False)
        keep = sorted((frame.clause_ids - frame.drop) | replaced)
        subject = frame.subject
        prefix = ""
        if subject is not None and subject.i not in frame.clause_ids:
            prefix = self._render_np(target, subject, exclude=set())
        tokens = [target.doc[i] for i in keep if i not in replaced or i == min(replaced)]
        text = self._render_tokens(target, tokens, {min(replaced): wh})
        if subject is not None and (subject.tag_ == "WDT" or subject.lower_ in ("who", "which", "that")):
            text = text.replace(subject.text, self._relative_antecedent(target, verb), 1)
        return [self._finish(" ".join(p for p in (prefix, text) if p), "in_situ", 0.6)]

    def _in_situ_phrase(self, target: Target, root: Token) -> tuple[str, set[int]]:
        answer = set(range(target.start, target.end))
        first = target.doc[target.start]
        replaced = set(answer)
        # "the NFL" -> "which organisation", not "the which organisation".
        before = target.doc[target.start - 1] if target.start > target.sent.start else None
        if before is not None and before.dep_ in ("det", "predet") and before.head.i in answer:
            replaced.add(before.i)
        answer_type = target.answer_type
        subject = root.dep_ in SUBJECT_DEPS
        if answer_type is AnswerType.PERSON:
            wh = "who" if subject else "whom"
        elif answer_type in (AnswerType.DATE, AnswerType.TIME):
            year = len(target.tokens) == 1 and first.text.isdigit() and len(first.text) == 4
            if before is not None and before.dep_ == "prep" and before.lower_ in ("in", "on", "at", "during"):
                wh, replaced = ("in which year" if year else "when"), replaced | {before.i}
            else:
                wh = "which year" if year else "what date"
        elif answer_type is AnswerType.NUMBER:
            wh = "how many"
        elif answer_type is AnswerType.PERCENT:
            wh = "what percentage"
        elif answer_type in (AnswerType.MONEY, AnswerType.QUANTITY):
            wh = "how much"
        elif answer_type in (AnswerType.ORGANISATION, AnswerType.PLACE):
            wh = f"which {self._kind(target)}"
        elif answer_type is AnswerType.GROUP:
            wh = "which group"
        else:
            wh = "what"
        return wh, replaced

    def _side_clause(self, clause: Token) -> bool:
        marks = [c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
        return any(m in SIDE_CLAUSE_MARKS for m in marks) or clause.tag_ == "VBG"

    def _side_remarks(self, target: Target, ids: set[int]) -> set[int]:
        """Parentheses and comma-delimited appositives or relative clauses, unless they hold the
        answer: questions read better, and are shorter, without them."""
        doc = target.doc
        answer = set(range(target.start, target.end))
        drop: set[int] = set()
        depth_open = None
        for i in sorted(ids):
            token = doc[i]
            if token.text in ("(", "["):
                depth_open = i
            elif token.text in (")", "]") and depth_open is not None:
                span = set(range(depth_open, i + 1))
                if not span & answer:
                    drop |= span
                depth_open = None
        for i in sorted(ids):
            token = doc[i]
            if token.dep_ in ("appos", "relcl", "acl") and i > 0 and doc[token.left_edge.i - 1].text == ",":
                span = subtree_ids(token) | {token.left_edge.i - 1}
                after = token.right_edge.i + 1
                if after < len(doc) and doc[after].text == ",":
                    span.add(after)
                if not span & answer:
                    drop |= span
        return drop

    def _subject_order(self, target: Target, plan: Plan, verb: Token, clause_ids: set[int],
                       drop: set[int]) -> list[str]:
        keep = [target.doc[i] for i in sorted(clause_ids - drop) if i >= min(plan.drop)]
        keep = [t for t in keep if t.i not in plan.drop]
        if not keep:
            raise Unrealisable("nothing left of the clause")
        replacements = {}
        first_finite = next((t for t in keep if t.tag_ in ("VBP", "VBZ", "VBD", "MD")), None)
        if first_finite is not None and first_finite.tag_ == "VBP":
            replacements[first_finite.i] = third_person(first_finite)
        elif first_finite is not None and first_finite.lower_ == "were":
            replacements[first_finite.i] = "was"
        return [self._render_tokens(target, keep, replacements)]

    def _inverted_order(self, target: Target, plan: Plan, verb: Token, subject: Token | None,
                        clause_ids: set[int], drop: set[int]) -> list[str]:
        if subject is None:
            raise Unrealisable("no subject to invert around")
        if subject.dep_ == "expl" or subject.lower_ in FIRST_PERSON:
            raise Unrealisable("subject is not a thing to ask about")
        subject_ids = subtree_ids(subject)
        if subject.head.i != verb.i:  # inherited from a coordinated verb
            subject_text = self._render_np(target, subject, exclude=set())
            clause_ids = clause_ids - subject_ids
        else:
            subject_text = self._render_tokens(
                target, [target.doc[i] for i in sorted(subject_ids - drop)])
            if subject.tag_ == "WDT" or subject.lower_ in ("who", "which", "that"):
                subject_text = self._relative_antecedent(target, verb)
        auxes = auxiliaries(verb)
        if any(a.tag_ == "TO" or a.lower_ == "to" for a in auxes):
            raise Unrealisable("infinitive clause")
        aux_ids = {a.i for a in auxes}
        rest_ids = clause_ids - drop - subject_ids - aux_ids - {verb.i}
        before_verb = [target.doc[i] for i in sorted(rest_ids) if i < verb.i and i > subject.i]
        after_verb = [target.doc[i] for i in sorted(rest_ids) if i > verb.i]
        if auxes:
            front = auxes[0].lower_
            if auxes[0].lower_ == "ca":
                front = "can"
            middle = auxes[1:]
            verb_text = verb.text
            pieces = [front, subject_text, self._render_tokens(target, before_verb + middle), verb_text,
                      self._render_tokens(target, after_verb)]
        elif verb.lemma_ == "be":
            pieces = [verb.lower_, subject_text, self._render_tokens(target, before_verb),
                      self._render_tokens(target, after_verb)]
        else:
            support = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(verb.tag_)
            if support is None:
                raise Unrealisable(f"cannot add do-support to {verb.tag_}")
            pieces = [support, subject_text, self._render_tokens(target, before_verb), verb.lemma_,
                      self._render_tokens(target, after_verb)]
        return [p for p in pieces if p]

    def _relative_antecedent(self, target: Target, verb: Token) -> str:
        if verb.dep_ != "relcl":
            raise Unrealisable("relative pronoun outside a relative clause")
        return self._render_np(target, verb.head, exclude=subtree_ids(verb))

    # ----------------------------------------------------------------------------- rendering
    def _render_np(self, target: Target, head: Token, exclude: set[int]) -> str:
        ids = subtree_ids(head) - exclude
        ids -= self._side_remarks(target, ids)
        tokens = [target.doc[i] for i in sorted(ids)]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        return self._render_tokens(target, tokens)

    def _render_tokens(self, target: Target, tokens: list[Token],
                       replacements: dict[int, str] | None = None) -> str:
        replacements = replacements or {}
        out: list[str] = []
        for k, token in enumerate(tokens):
            text = replacements.get(token.i)
            if text is None:
                text = self._resolve(target, token)
            if k == 0 and token.i == target.sent.start and not self._keeps_capital(token):
                text = text[:1].lower() + text[1:]
            contiguous = k + 1 < len(tokens) and tokens[k + 1].i == token.i + 1
            out.append(text + (token.whitespace_ if contiguous else " "))
        return tidy("".join(out))

    def _resolve(self, target: Target, token: Token) -> str:
        word = token.lower_
        if word == "n't":
            return "not"
        if word in FIRST_PERSON and token.pos_ == "PRON":
            raise Unrealisable("first or second person")
        if word in CONTEXT_DEPENDENT and token.pos_ in ("PRON", "DET") or word in ("latter", "former"):
            if word in ("latter", "former") or target.resolver is None:
                raise Unrealisable(f"unresolved {word!r}")
            replacement = target.resolver.replacement(token, target.sentence_index)
            if replacement is None:
                raise Unrealisable(f"unresolved {word!r}")
            return replacement
        return token.text

    def _keeps_capital(self, token: Token) -> bool:
        return (token.pos_ == "PROPN" or bool(token.ent_type_) or token.text == "I"
                or (token.text.isupper() and len(token.text) > 1))

    def _finish(self, text: str, template: str, score: float) -> QuestionDraft:
        text = tidy(text)
        text = re.sub(r"[\s.,;:!]+$", "", text)
        if not text:
            raise Unrealisable("empty question")
        text = text[0].upper() + text[1:] + "?"
        words = len(text.split())
        if words < 3 or words > MAX_QUESTION_WORDS:
            raise Unrealisable("question length")
        # Shorter questions read better and match how people ask.
        score = score - 0.01 * max(0, words - 12)
        return QuestionDraft(question=text, template=template, score=round(score, 4))


def third_person(token: Token) -> str:
    """The third-person singular of a present-tense verb: 'hold' -> 'holds', 'are' -> 'is'."""
    if token.lower_ == "are":
        return "is"
    if token.lower_ == "have":
        return "has"
    from lemminflect import getInflection

    forms = getInflection(token.lemma_, tag="VBZ")
    return forms[0] if forms else token.text


_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]’”'])")
_SPACE_AFTER = re.compile(r"([(\[“‘$])\s+")


def tidy(text: str) -> str:
    """Spacing and punctuation after words were moved or cut."""
    text = re.sub(r"\s+", " ", text).strip()
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    text = re.sub(r"(\s*,)+", ",", text)
    text = re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text)
    text = re.sub(r",\s*\?", "?", text)
    text = re.sub(r"\s+'s\b", "'s", text)
    text = re.sub(r"\s+’s\b", "’s", text)
    return text
