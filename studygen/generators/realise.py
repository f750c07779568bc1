"""Turning a parsed sentence and an answer span into questions, by the template families.

The families (``templates/questions/*.toml``) say how a question is worded; this module finds the
pieces in spaCy's dependency parse: the clause that holds the answer, its subject, auxiliaries and
verb, the role the answer plays in it. Then it moves the pieces as English does: the wh-phrase to
the front, an auxiliary (or do-support in the sentence's tense) before the subject, discourse
markers dropped, short fronted modifiers moved to the end, side clauses and parentheses cut,
pronouns replaced by the names they stand for.

Beyond plain arguments it asks about an agent in the active voice ("was discovered by X" -> "Who
discovered ...?"), inside participial modifiers ("a constitution enacted in 1975" -> "When was the
constitution enacted?"), through infinitive complements ("required to have X" -> "What are ...
required to have?"), one conjunct of a list ("Along with A and B, what ...?"), a modifier of a noun
("What kind of city ...?"), the object of "of" in an object ("What is X a member of?"), and, from
appositives, definitions ("Momus, Warsaw's first literary cabaret" -> "What was Warsaw's first
literary cabaret?"). In-situ questions ("X did what?") are a lower-ranked fallback.

When any piece is missing or unclear it writes no question: a skipped card is better than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studygen.candidates import INSTITUTION_NOUNS, PERSON_NOUNS, PLACE_NOUNS, RELATIVE_TIME, gazetteer_kind
from studygen.coref import CONTEXT_DEPENDENT, POSSESSIVE, Resolver
from studygen.generators.base import QuestionDraft
from studygen.generators.families import Family, family, lexicon_words, place_kind
from studygen.models import AnswerType

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "dative", "acomp"}
CLAUSE_DEPS = {"ROOT", "advcl", "relcl", "conj", "ccomp", "acl", "parataxis"}
FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves", "you", "your",
                "yours", "yourself", "yourselves", "let"}
DEMONSTRATIVES = {"this", "these", "that", "those"}
#: Nouns that only measure what their "of" phrase names: "a range of uncertainties".
MEASURE_NOUNS = {"range", "number", "lot", "lots", "variety", "series", "couple", "set", "pair", "host", "handful",
                 "array", "collection", "mix", "wealth", "multitude", "plenty", "kind", "type", "sort", "form",
                 "amount", "quantity", "selection", "assortment", "spectrum", "plethora", "abundance"}
#: Heads of subjects that are only an amount of something: "many in Taiwan", "some of the players".
QUANTIFIER_NOUNS = {"many", "some", "most", "all", "one", "none", "both", "each", "few", "several", "part",
                    "half", "majority", "minority", "rest", "number", "lot", "lots", "dozens", "hundreds",
                    "thousands", "millions", "percent", "%", "share", "proportion", "fraction", "any"}
#: Words whose loss would reverse or change a statement: a phrase holding one is never cut.
NEGATIONS = {"no", "not", "n't", "never", "none", "neither", "nor", "without", "hardly", "barely", "only",
             "nothing", "nobody", "nowhere", "few", "little", "except", "unlike", "rarely", "seldom"}
WH_WORDS = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how"}
DISCOURSE = {
    "however", "moreover", "indeed", "nevertheless", "nonetheless", "yet", "also", "then", "still",
    "thus", "therefore", "meanwhile", "instead", "furthermore", "besides", "hence", "so", "now",
    "accordingly", "consequently", "additionally", "similarly", "likewise", "finally", "first",
    "second", "third", "lastly", "even", "though", "anyway", "again", "but", "and", "or", "of course",
    "subsequently", "thereafter", "later", "eventually", "in fact", "for example", "for instance",
    "in addition", "as a result", "by contrast", "in contrast", "in turn", "in particular", "notably",
    "traditionally", "generally", "typically", "usually", "often", "sometimes", "currently",
}
#: Comment on the statement, not part of it: dropped in front of a clause or its verb, never moved
#: to the question's end. After the verb some are manner adverbs ("spoke clearly") and stay.
COMMENT = {
    "no doubt", "without doubt", "doubtless", "undoubtedly", "at least", "after all", "above all",
    "in short", "in any case", "in any event", "to be sure", "in other words", "on the other hand",
    "in the end", "at best", "at worst", "at any rate", "in effect", "as such", "in general",
    "by and large", "in truth", "in reality", "needless to say", "as it happens", "on balance",
    "all in all", "in sum", "in summary", "to sum up", "in conclusion", "in brief", "first of all",
    "certainly", "clearly", "obviously", "admittedly", "fortunately", "unfortunately", "ironically",
    "interestingly", "importantly", "naturally", "remarkably", "curiously", "surprisingly",
    "predictably", "understandably", "sadly", "happily", "luckily", "of course not", "frankly",
    "honestly", "basically", "essentially", "ultimately", "worse", "even worse", "better still",
    "more importantly", "most importantly", "worse still", "still worse", "ominously", "tellingly",
}
DISCOURSE |= COMMENT
SIDE_CLAUSE_MARKS = {"while", "although", "though", "whereas", "as", "if", "unless", "when", "whether",
                     "since", "because", "after", "before", "until", "once"}
NAME_ENTITIES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT",
                 "LANGUAGE"}
NUMERIC_TYPES = {AnswerType.NUMBER, AnswerType.QUANTITY, AnswerType.MONEY, AnswerType.PERCENT}
TIME_TYPES = {AnswerType.DATE, AnswerType.TIME}
NAMED_TYPES = {AnswerType.ORGANISATION, AnswerType.PLACE, AnswerType.EVENT, AnswerType.LAW,
               AnswerType.WORK, AnswerType.PRODUCT}
MAX_QUESTION_WORDS = 28
MAX_IN_SITU_WORDS = 20
#: Clauses longer than this (in words) are pruned, side remarks first, then verb modifiers.
TARGET_WORDS = 14
PRUNE_TIERS = (
    {"relcl", "acl", "appos", "advcl", "parataxis", "dep", "intj", "meta"},
    {"relcl", "acl", "appos", "advcl", "parataxis", "dep", "intj", "meta", "prep", "npadvmod",
     "advmod", "amod"},
)
#: Verbs after which the wh-phrase asks for a name: "What was the paper entitled?"
NAMING_VERBS = {"call", "name", "entitle", "title", "term", "dub", "know", "refer", "label", "designate"}
#: Punctuation that, left inside a question, shows that cutting went wrong.
_BROKEN = re.compile(r"[;:()\[\]{}|=<>⊆⊂∈+*^\\/]|--|—|–\s| -\s|\s-\w|^\W|\"\s*\"|,\s*,"
                     r"|\b(what|which|who|whom),")


#: "What does ... lie in in?": a preposition said twice in a row.
_STUTTER = re.compile(r"\b(in|on|at|of|to|for|with|by|from|about|into|onto|over|under)\s+\1\b", re.IGNORECASE)
#: "What does the group lack. While a self-described state?": a sentence break inside the question.
_TWO_SENTENCES = re.compile(r"\b[a-z]{3,}[.!] +[A-Z]")
#: "What did the invasion fail because?": a question that ends on a word that opens a clause.
_DANGLING = re.compile(r"\b(because|although|though|while|whereas|unless|if|that|whether)\?$", re.IGNORECASE)
#: "What does whether the coalition can ... lie in?": a clause as the subject of do-support.
_CLAUSE_SUBJECT = re.compile(r"^\w+(?:\s+\w+)?\s+(?:does|do|did|is|was|are|were|can|will|would)\s+"
                             r"(?:whether|if|why)\b", re.IGNORECASE)


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

    @property
    def ids(self) -> set[int]:
        return set(range(self.start, self.end))

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
    """What replaces what: the tokens that become the wh-phrase, and the family that words it.

    ``verb`` heads the clause that is inverted; ``role`` says how: subject (the wh-phrase takes the
    subject's place), object/adverbial (inversion or do-support), agent (a passive turned active),
    reason (a because-clause)."""

    family: Family
    wh: str
    drop: set[int]
    clause_verb: Token
    role: str
    strand: str = ""
    score: float = 1.0
    prefix: str = ""
    #: Does the verb agree with the wh-phrase as a singular? Not when the phrase is a plural noun's.
    agree: bool = True
    #: The token that must end the clause (a preposition left behind by the wh-phrase), if any.
    ends_with: int | None = None


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


def inner_verb(token: Token, outer: Token) -> Token:
    """The verb whose argument ``token`` is: the outer clause's verb, or the last verb of an
    infinitive chain below it ("are required to have X" -> have)."""
    current = token.head
    while current.i != outer.i and current.head.i != current.i:
        if is_verbal(current):
            chain = current
            while chain.dep_ == "xcomp" and chain.i != outer.i:
                chain = chain.head
            return current if chain.i == outer.i else outer
        current = current.head
    return outer


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
    for aux in verb.children:  # the parser sometimes hangs the subject on the auxiliary
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            for child in aux.children:
                if child.dep_ in SUBJECT_DEPS:
                    return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return subject_of(verb.head)
    return None


def auxiliaries(verb: Token) -> list[Token]:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxes and verb.dep_ == "conj" and verb.tag_ in ("VB", "VBN"):
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]
    return auxes


def finite_tense(verb: Token) -> str:
    """VBD for a past-tense clause, VBZ otherwise: the tense of the clause that holds ``verb``."""
    current = verb
    for _ in range(6):
        tags = {current.tag_} | {a.tag_ for a in auxiliaries(current)}
        if "VBD" in tags:
            return "VBD"
        if tags & {"VBZ", "VBP", "MD"}:
            return "VBZ"
        if current.head.i == current.i:
            break
        current = current.head
    return "VBZ"


def inflect(lemma: str, tag: str) -> str:
    from lemminflect import getInflection

    if lemma == "be":
        return {"VBD": "was", "VBZ": "is", "VBN": "been", "VBG": "being"}.get(tag, "be")
    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


def third_person(token: Token) -> str:
    """The third-person singular of a present-tense verb: 'hold' -> 'holds', 'are' -> 'is'."""
    if token.lower_ == "are":
        return "is"
    if token.lower_ == "have":
        return "has"
    if token.lower_ == "do":
        return "does"
    from lemminflect import getInflection

    forms = getInflection(token.lemma_, tag="VBZ")
    return forms[0] if forms else token.text


def person_like(token: Token) -> bool:
    """Could this noun name a person? The role nouns, and the suffixes that make them
    ("guitarist", "singer", "historian", "assistant"): a noun without them names a thing."""
    lemma = token.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma.endswith(
        ("ist", "er", "or", "ian", "ant", "ent", "ess", "man", "woman", "ee", "eer", "ar"))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def leaks(question: str, answer: str) -> bool:
    """Are the answer's words (without a leading article) in the question, in order, as words?"""
    words = _words(answer)
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return False
    haystack = " " + " ".join(_words(question)) + " "
    return " " + " ".join(words) + " " in haystack


class Realiser:
    """Writes questions for one answer span; see the module docstring."""

    def __init__(self) -> None:
        self.subject_family = family("subject")
        self.object_family = family("object")
        self.adverbial_family = family("adverbial")
        self.definition_family = family("definition")
        self.last_failures: list[str] = []
        self._subject: Token | None = None
        #: In the fallbacks, an unresolved "its X" outside the subject may be read as "the X".
        self._lenient = False
        #: (name put in, pronoun it replaced) for the question being written: see ``_pronouns_back``.
        self._named: list[tuple[str, str]] = []
        self._answer = ""

    # ----------------------------------------------------------------------------- entry point
    def questions(self, target: Target) -> list[QuestionDraft]:
        """The questions whose answer is the target span, best first (none when no good one)."""
        drafts: list[QuestionDraft] = []
        self.last_failures = []
        self._answer = target.doc[target.start:target.end].text
        planners = [self._definition_questions, self._clause_questions, self._modifier_questions,
                    self._in_situ_questions, self._cloze_questions]
        try:
            self._check_sentence(target)
            self._check_answer(target)
        except Unrealisable as why:
            self.last_failures.append(f"answer: {why}")
            if not (str(why) == "answer is a verb phrase" and self._whole_predicate(target)
                    or str(why) == "answer is not one phrase" and self._one_clause(target)):
                return []
            planners = [self._cloze_questions]  # a verb phrase, or a run of words in one clause, can be blanked
        for planner in planners:
            self._lenient = planner in (self._in_situ_questions, self._cloze_questions)
            try:
                drafts.extend(planner(target))
            except Unrealisable as why:
                self.last_failures.append(f"{planner.__name__}: {why}")
            finally:
                self._subject = None
                self._lenient = False
                self._named = []
        answer = self._answer
        unique: dict[str, QuestionDraft] = {}
        for draft in drafts:
            if leaks(draft.question, answer):
                self.last_failures.append(f"leak: {draft.question}")
                continue
            if draft.question not in unique:
                unique[draft.question] = draft
        return sorted(unique.values(), key=lambda d: -d.score)

    def _one_clause(self, target: Target) -> bool:
        """Do the answer's words all belong to one clause, joining no clauses ("Germany, and it")?"""
        words = [t for t in target.tokens if not t.is_punct]
        clauses = set()
        for token in words:
            head = clause_head(token)
            while head is not None and target.contains(head) and head.head.i != head.i:
                head = clause_head(head)
            clauses.add(head.i if head is not None else -1)
        joins = any(t.dep_ == "cc" and is_verbal(t.head) or t.dep_ in SUBJECT_DEPS and not target.contains(t.head)
                    and is_verbal(t.head) and t.head.i > target.end for t in words)
        return len(clauses) == 1 and -1 not in clauses and not joins

    def _whole_predicate(self, target: Target) -> bool:
        """Is the answer a verb phrase to the end of its clause ("prompting Luther to write the hymn")?"""
        root = answer_root(target)
        end = target.end - 1
        while end > target.start and target.doc[end].is_punct:
            end -= 1
        right = max(i for i in subtree_ids(root) if not target.doc[i].is_punct)
        return target.ids <= subtree_ids(root) and right == end and not any(
            c.dep_ in SUBJECT_DEPS and target.contains(c) for c in root.children)

    def _check_sentence(self, target: Target) -> None:
        """A question asks about what the text states: not about a question ("Did Xi also promise
        ...?"), nor a heading or list item ("Best Song Written for Visual Media")."""
        words = [t for t in target.sent if not t.is_space]
        if words and words[-1].text == "?" or any(t.text == "?" for t in words[-3:]):
            raise Unrealisable("the sentence is a question, not a statement")
        verbs = [t for t in words if is_verbal(t) and t.is_alpha and t.i != target.sent.start]
        if verbs and all(t.text[:1].isupper() for t in verbs):
            raise Unrealisable("a title, not a sentence")  # verbs are capitalised only in titles

    def _check_answer(self, target: Target) -> None:
        """An answer must be one phrase of the sentence: a span that crosses clause or phrase
        boundaries ("lived in poverty and were") has no question."""
        tokens = [t for t in target.tokens if not t.is_punct]
        if not tokens:
            raise Unrealisable("no words")
        if not (target.sent.start <= target.start and target.end <= target.sent.end):
            raise Unrealisable("answer outside its sentence")
        outside = [t for t in tokens if not target.contains(t.head) or t.head.i == t.i]
        heads = {t.head.i for t in outside}
        if len(outside) > 1 and (len(heads) > 1 or any(t.dep_ not in ("amod", "compound", "nmod", "nummod")
                                                       for t in outside)):
            raise Unrealisable("answer is not one phrase")
        root = answer_root(target)
        if is_verbal(root) and not (root.dep_ == "advcl" and target.answer_type is AnswerType.CLAUSE):
            gerund = root.tag_ == "VBG" and root.dep_ in ("pobj", "dobj", "nsubj", "pcomp")
            clause = root.dep_ in CLAUSE_DEPS | {"xcomp", "ccomp", "csubj"} or any(
                c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in root.children)
            if clause and not gerund:
                raise Unrealisable("answer is a verb phrase")

    # ----------------------------------------------------------------------------- appositives
    def _definition_questions(self, target: Target) -> list[QuestionDraft]:
        root = answer_root(target)
        be = "was" if finite_tense(root) == "VBD" else "is"
        answer_ids = target.ids
        # "the Hauteville leader, Drogo": the answer is the appositive name -> "Who was <description>?"
        if root.dep_ == "appos" and not target.contains(root.head):
            described = root.head
            if not self._is_name(root) or self._is_name(described):
                raise Unrealisable("appositive is not a name")
            if target.answer_type is AnswerType.PERSON and not person_like(described):
                raise Unrealisable("a person described as a thing: the parse is wrong")
            phrase = self._description(target, described, exclude=subtree_ids(root))
            question = f"{self._who_what(target, described)} {be} {phrase}"
            return [self._finish(question, "definition:appositive-name", 0.95)]
        appos = [c for c in root.children if c.dep_ == "appos" and not target.contains(c)]
        if not appos:
            raise Unrealisable("not an appositive")
        other = appos[0]
        if answer_ids & subtree_ids(other):
            raise Unrealisable("answer covers the appositive")
        if not self._covers(target, root):
            raise Unrealisable("answer is only part of its phrase")
        # "Momus, Warsaw's first literary cabaret": the answer is a name described by its
        # appositive -> "What was Warsaw's first literary cabaret?"
        if self._is_name(root) and not self._is_name(other):
            phrase = self._description(target, other, exclude=set())
            question = f"{self._who_what(target, other)} {be} {phrase}"
            return [self._finish(question, "definition:name-appositive", 1.05)]
        # "North Korea's founding dictator, Kim Il-sung": the answer is the description of a name
        # -> "Who was Kim Il-sung?"
        if self._is_name(other) and not self._is_name(root):
            key = "person" if other.ent_type_ == "PERSON" else "concept"
            wh = self.definition_family.wh_for(key) or "What"
            phrase = self._render_np(target, other, exclude=set())
            return [self._finish(f"{wh} {be} {phrase}", "definition:appositive-description", 0.95)]
        raise Unrealisable("appositive of two names")

    def _who_what(self, target: Target, description: Token) -> str:
        """Who for a person, unless the description names something else ("the first serial")."""
        person = target.answer_type is AnswerType.PERSON or description.lemma_.lower() in PERSON_NOUNS
        if description.pos_ == "NOUN" and not person_like(description):
            person = False
        return self.definition_family.wh_for("person" if person else "concept") or "What"

    def _description(self, target: Target, head: Token, exclude: set[int]) -> str:
        """A description that picks out one thing: definite ("the", a possessive, a name, a
        superlative or ordinal) and not a bare common noun."""
        words = [t for t in head.subtree if t.i not in exclude and not t.is_punct]
        first = words[0] if words else head
        # Unique in the world, not just in the article: owned ("Warsaw's"), named ("the Hauteville
        # leader"), or ranked ("the first", "the largest"); "the main freeway" is not.
        definite = first.lower_ == "the" or any(t.dep_ == "poss" or t.tag_ == "PRP$" for t in words)
        unique = any(t.dep_ == "poss" or t.pos_ == "PROPN" or t.tag_ in ("JJS", "RBS")
                     or t.ent_type_ == "ORDINAL" for t in words if t.i != head.i or t.pos_ == "PROPN")
        content = [t for t in words if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")]
        if not definite or not unique or len(content) < 2:
            raise Unrealisable("description does not pick out one thing")
        phrase = self._render_np(target, head, exclude=exclude)
        if len(phrase.split()) > 14:
            raise Unrealisable("description too long")
        return phrase

    def _is_name(self, token: Token) -> bool:
        return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "NORP")

    # ----------------------------------------------------------------------------- clauses
    def _clause_questions(self, target: Target) -> list[QuestionDraft]:
        plan = self._plan(target)
        question = self._realise(target, plan)
        return [self._finish(question, f"{plan.family.name}:{plan.role}", plan.score)]

    def _modifier_questions(self, target: Target) -> list[QuestionDraft]:
        """What the sentence says about the answer in a clause of its own: "the king of France that
        blamed the heavens" -> "Who blamed the heavens?"; "recordings made at Johnson Space
        Center" -> "What were made at Johnson Space Center?". Ranked below the main clause's."""
        root = answer_root(target)
        if not self._covers(target, root) or root.pos_ not in ("NOUN", "PROPN"):
            raise Unrealisable("answer is not a whole noun phrase")
        if root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"):
            # "a report to the king that blamed ...": the clause may belong to the report
            raise Unrealisable("the clause may modify a noun further up")
        for clause in root.children:
            if clause.i < target.end or target.ids & subtree_ids(clause):
                continue
            if clause.dep_ == "relcl":
                relative = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.tag_ in ("WDT", "WP") and c.lower_ in ("who", "which", "that")]
                if not relative:
                    continue
                wh = self._wh(self.subject_family, target.answer_type.value, target, subject=True)
                drop = {relative[0].i}
                commas = [c.i for c in clause.children if c.text == "," and c.i > clause.i]
                if commas and target.doc[clause.left_edge.i - 1].text == ",":
                    # ", who lived in Macau, as front-man": a clause between commas ends at its comma;
                    # what the parser hangs on it after that belongs further up.
                    drop |= {i for i in subtree_ids(clause) if i >= commas[0]}
                plan = Plan(self.subject_family, wh, drop, clause, "subject")
                question = self._realise(target, plan)
                return [self._finish(question, "subject:relative", 0.8)]
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and not any(
                    c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in clause.children):
                frame = self._frame(target, clause, set(), move_fronted=True)
                self._subject = None
                rest = [target.doc[i] for i in sorted(frame.clause_ids - frame.drop) if i > clause.i]
                if len([t for t in rest if not t.is_punct]) < 2:
                    raise Unrealisable("a participle with nothing to say")
                plural = root.tag_ in ("NNS", "NNPS") or self._coordinated(target)
                past = finite_tense(root) == "VBD" or clause.lemma_ not in NAMING_VERBS
                be = ("were" if plural else "was") if past else ("are" if plural else "is")
                wh = self._wh(self.subject_family, target.answer_type.value, target, subject=True)
                tail = [self._render_tokens(target, group) for group in frame.moved]
                words = [wh, be, clause.text, self._render_tokens(target, rest), *tail]
                question = " ".join(p for p in words if p)
                return [self._finish(question, "subject:participle", 0.8)]
        raise Unrealisable("no clause of its own")

    def _plan(self, target: Target) -> Plan:
        root = answer_root(target)
        answer_type = target.answer_type
        type_key = answer_type.value
        if root.dep_ == "advcl" and answer_type is AnswerType.CLAUSE:
            return self._reason_plan(target, root)
        verb = clause_head(root)
        if verb is None or target.contains(verb):
            raise Unrealisable("no clause verb outside the answer")
        inner = inner_verb(root, verb)
        if inner.i != verb.i and verb.lemma_ == "be":
            raise Unrealisable("an infinitive after 'be'")  # "the feature is to reduce the field"
        if root.dep_ == "prep" and root.head.i == verb.i and self._covers(target, root):
            # The whole phrase "between 1417 and 1431", "in Paris": When, Where
            objects = [c for c in root.children if c.dep_ == "pobj"]
            kind = objects[0].ent_type_ if objects else ""
            asked = "When" if kind in ("DATE", "TIME") else "Where" if kind in ("GPE", "LOC", "FAC") else None
            if asked is None:
                raise Unrealisable("a prepositional phrase that is neither time nor place")
            return Plan(self.adverbial_family, asked, subtree_ids(root), verb, "adverbial")

        if answer_type is AnswerType.NUMBER and root.head.lemma_ == "age" and root.head.dep_ == "pobj" \
                and root.head.head.lower_ == "at" and not target.contains(root.head):
            # "at age 38" -> "At what age ...?"
            at = root.head.head
            return Plan(self.adverbial_family, "At what age", subtree_ids(at), clause_head(at) or verb,
                        "adverbial")
        prefix = ""
        phrase_head = root
        wh: str | None = None
        measure = self._measure(target, root)
        if measure is not None:
            phrase_head = measure  # "faces a range of external uncertainties": the range is the answer
        elif self._in_coordination(target, root):
            # One conjunct of a list: the whole list is asked for, the others named in front.
            phrase_head, prefix = self._coordination(target, root)
        elif self._of_object(target, root, inner):
            # The object of "of" inside an object: "a member of X" -> "What is ... a member of?"
            wh = self._wh(self.object_family, type_key, target)
            return Plan(self.object_family, wh, subtree_ids(root), verb, "object", score=0.9, ends_with=root.head.i)
        elif root.dep_ in ("amod", "compound", "nmod", "nummod", "poss", "quantmod", "npadvmod"):
            phrase_head = root.head
            if target.contains(phrase_head):
                raise Unrealisable("answer holds its head")
        arg = child_on_path(inner, phrase_head)
        if arg.i == inner.i:
            raise Unrealisable("answer holds its verb")
        preposition = None
        if arg.dep_ in ("prep", "agent"):
            objects = [c for c in arg.children
                       if c.dep_ == "pobj" or c.dep_ == "pcomp" and c.tag_ == "VBG"]
            if not objects:
                raise Unrealisable("preposition without object")
            if objects[0].i != phrase_head.i:
                return self._nested_plan(target, root, arg, inner, verb)
            preposition = arg.text
        elif arg.i != phrase_head.i:
            return self._nested_plan(target, root, arg, inner, verb)

        inside = phrase_head.i != root.i and not prefix and measure is None
        if inside:
            wh = self._inner_wh(target, root, phrase_head)
        elif not prefix:
            copula = arg.dep_ == "attr" and inner.lemma_ == "be"
            if answer_type in NUMERIC_TYPES and not copula:
                fam = self.subject_family if arg.dep_ in SUBJECT_DEPS else self.object_family
                wh = self._counted(target, phrase_head, fam, type_key, preposition)
            if wh is None and measure is None and not self._covers(target, phrase_head):
                raise Unrealisable("answer is only part of its phrase")

        if arg.dep_ in SUBJECT_DEPS:
            if inner.i != verb.i:
                raise Unrealisable("subject of an infinitive")
            fam = self.subject_family
            wh = wh or self._wh(fam, type_key, target, subject=True)
            return Plan(fam, wh, subtree_ids(arg), verb, "subject", prefix=prefix)
        if arg.dep_ == "agent" and (not inside or wh and wh.startswith("Whose ")) and self._passive(inner):
            fam = self.subject_family
            wh = wh or self._wh(fam, type_key, target, subject=True)
            if inner.i != verb.i and inner.dep_ != "acl":
                raise Unrealisable("agent of an infinitive")
            return Plan(fam, wh, subtree_ids(arg), inner, "agent", prefix=prefix, score=1.02)
        if preposition is not None:
            adverbial = None if inside or prefix else self._wh(
                self.adverbial_family, type_key, target, preposition)
            if adverbial:
                return Plan(self.adverbial_family, adverbial, subtree_ids(arg), verb, "adverbial",
                            score=1.05)
            if preposition.lower() in ("by", "agent"):
                raise Unrealisable("an agent left behind: 'by' at the end")  # "... used to reference X by?"
            fam = self.object_family
            wh = wh or self._wh(fam, type_key, target)
            return Plan(fam, wh, subtree_ids(arg), verb, "object", strand=preposition.lower(), score=0.95,
                        prefix=prefix)
        if arg.dep_ in OBJECT_DEPS or (arg.dep_ == "xcomp" and arg.pos_ in ("NOUN", "PROPN", "ADJ")):
            fam = self.object_family
            if arg.dep_ == "attr" and inner.lemma_ == "be" and any(c.dep_ == "neg" for c in inner.children):
                raise Unrealisable("what something is not")
            if arg.dep_ == "attr" and inner.lemma_ == "be" and not inside and not prefix:
                # "Paris is the capital of France" -> "What is Paris?"; "... is 500,000" -> "What is ...?"
                wh = "Who" if answer_type is AnswerType.PERSON and not self._not_a_person(target) else "What"
            wh = wh or self._wh(fam, type_key, target)
            return Plan(fam, wh, subtree_ids(arg), verb, "object", prefix=prefix)
        if arg.dep_ in ("npadvmod", "advmod", "tmod") and answer_type in TIME_TYPES | NUMERIC_TYPES:
            wh = wh or self._wh(self.adverbial_family, type_key, target)
            return Plan(self.adverbial_family, wh, subtree_ids(arg), verb, "adverbial")
        raise Unrealisable(f"answer role {arg.dep_!r} has no template")

    def _measure(self, target: Target, root: Token) -> Token | None:
        """The noun that only measures the answer ("a range of X", "a number of X", "a variety of
        X"), when the answer is the whole of what it measures; None otherwise."""
        if root.dep_ != "pobj" or root.head.lower_ != "of" or target.answer_type in NUMERIC_TYPES | TIME_TYPES:
            return None
        noun = root.head.head
        if noun.lemma_.lower() not in MEASURE_NOUNS or target.contains(noun) or not self._covers(target, root):
            return None
        if any(c.dep_ not in ("det", "amod", "prep", "punct") or c.dep_ == "prep" and c.i != root.head.i
               for c in noun.children):
            return None
        return noun

    def _nested_plan(self, target: Target, root: Token, arg: Token, inner: Token, verb: Token) -> Plan:
        """The answer inside a phrase inside an argument: "the islands off the coast of Africa",
        "the districts in Kraków", "in the fall of 2015". The whole argument goes to the front with
        a question phrase in the answer's place where English allows it (a subject: "The districts
        in which city ...?"; a prepositional phrase: "In the fall of which year ...?"), or the
        question phrase alone leaves a final "of" behind ("Which continent did the expedition
        conquer the islands off the coast of?")."""
        if inner.i != verb.i:
            raise Unrealisable("answer deep inside an infinitive's argument")
        path = []  # from the answer's head up to the argument
        current = root
        while current.i != arg.i:
            path.append(current)
            current = current.head
        if any(t.dep_ in ("relcl", "acl", "appos", "conj", "advcl", "ccomp", "xcomp", "parataxis", "dep",
                          "npadvmod", "cc") for t in path):
            raise Unrealisable("answer inside a clause or list inside the argument")
        if any(t.lower_ in ("as", "like", "including", "than") and t.dep_ == "prep" for t in path + [arg]):
            raise Unrealisable("answer is an example or a comparison")  # "terrain such as which terrain"
        if target.answer_type in (AnswerType.CLAUSE,) or not self._covers(target, root):
            raise Unrealisable("answer is only part of its phrase")
        type_key = target.answer_type.value
        if arg.dep_ in OBJECT_DEPS and root.dep_ == "pobj" and root.head.lower_ == "of" \
                and root.right_edge.i == arg.right_edge.i and len(path) <= 3 \
                and all(t.dep_ in ("pobj", "prep") for t in path) and arg.pos_ in ("NOUN", "PROPN"):
            # "What is X a member of?", a level or two further down
            wh = self._wh(self.object_family, type_key, target)
            return Plan(self.object_family, wh, subtree_ids(root), verb, "object", score=0.85,
                        ends_with=root.head.i)
        phrase, replaced = self._inner_phrase(target, root)
        if arg.dep_ in SUBJECT_DEPS and arg.pos_ in ("NOUN", "PROPN") and not (
                arg.pos_ == "NOUN" and arg.lemma_.lower() in QUANTIFIER_NOUNS):
            text = self._piped(target, arg, phrase, replaced)
            return Plan(self.subject_family, text, subtree_ids(arg), verb, "subject", score=0.88, agree=False)
        if arg.dep_ == "prep" and arg.head.i == verb.i:
            text = self._piped(target, arg, phrase, replaced)
            return Plan(self.adverbial_family, text, subtree_ids(arg), verb, "adverbial", score=0.86)
        raise Unrealisable(f"answer deep inside the {arg.dep_}")

    def _inner_phrase(self, target: Target, root: Token) -> tuple[str, set[int]]:
        """The question phrase that can stand in the answer's place inside a larger phrase: one
        that carries its noun ("which country", "whose", "how many ships", "which year"); a bare
        "what" or "whom" cannot ("the capital of what")."""
        phrase, replaced = self._in_situ_phrase(target, root)
        if phrase.split()[0] not in ("which", "whose", "how", "what") or phrase in ("what", "which place"):
            raise Unrealisable(f"{phrase!r} cannot stand inside a phrase")
        if phrase.startswith("in which") or phrase == "when":
            raise Unrealisable(f"{phrase!r} cannot stand inside a phrase")
        return phrase, replaced

    def _piped(self, target: Target, head: Token, phrase: str, replaced: set[int]) -> str:
        """The phrase of ``head`` with ``phrase`` in place of the answer, side remarks cut."""
        ids = subtree_ids(head)
        ids -= self._side_remarks(target, ids - {head.i} - replaced)
        ids -= {i for c in head.children
                if c.dep_ in ("relcl", "acl", "appos", "advcl") and not replaced & subtree_ids(c)
                for i in subtree_ids(c)}
        tokens = [target.doc[i] for i in sorted(ids) if i not in replaced or i == min(replaced)]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        replacements = {min(replaced): phrase}
        if phrase == "whose" and target.doc[min(replaced)].head.pos_ == "PROPN":
            owner = target.doc[min(replaced)].head
            if owner.i not in replaced:
                replacements[owner.i] = owner.lower_  # "Hadrian's Wall" -> "whose wall"
        text = self._render_tokens(target, tokens, replacements, covered=replaced)
        if len(text.split()) > 10:
            raise Unrealisable("the phrase to front is too long")
        return text

    def _of_object(self, target: Target, root: Token, inner: Token) -> bool:
        of = root.head
        if root.dep_ != "pobj" or of.lower_ != "of" or target.contains(of):
            return False
        noun = of.head
        if noun.pos_ != "NOUN" or noun.dep_ not in OBJECT_DEPS or noun.head.i != inner.i:
            return False
        return self._covers(target, root) and root.right_edge.i == noun.right_edge.i

    def _passive(self, verb: Token) -> bool:
        return verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl")

    def _reason_plan(self, target: Target, clause: Token) -> Plan:
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if not marks or marks[0].lower_ != "because":
            raise Unrealisable("not a because-clause")
        if clause.left_edge.i < target.start - 1 or clause.right_edge.i >= target.end + 1:
            raise Unrealisable("answer is part of the because-clause")
        wh = self.adverbial_family.wh_for("clause")
        if not wh:
            raise Unrealisable("no reason template")
        return Plan(self.adverbial_family, wh, subtree_ids(clause), clause.head, "reason", score=1.1)

    # ----------------------------------------------------------------------------- question phrases
    def _wh(self, fam: Family, type_key: str, target: Target, preposition: str | None = None,
            subject: bool = False) -> str:
        wh = fam.wh_for(type_key, preposition)
        if not wh:
            if preposition is not None:
                return ""
            raise Unrealisable(f"{fam.name} has no question phrase for {type_key}")
        if "{noun}" in wh or "{of}" in wh:
            raise Unrealisable("numeric phrase needs its noun")
        if self._coordinated(target) and type_key not in ("date", "time", "number", "money", "percent",
                                                          "quantity"):
            # "the European Parliament and the Council": no one kind noun fits both.
            return "Who" if type_key == "person" else "What"
        if self._naming(target):
            return "What"  # "What was the paper entitled?", not "Which work was ..."
        if "{kind}" in wh:
            kind = self._kind(target)  # "Which country", "Which museum"; a bare "Which place" reads badly
            wh = wh.replace("Which {kind}", "What") if kind is None else wh.replace("{kind}", kind)
        if wh == "What" and self._people(target):
            wh = "Who"
        root = answer_root(target)
        if wh == "What" and subject and type_key == "concept" and root.pos_ == "PROPN" and root.dep_ == "nsubj" \
                and root.head.lemma_.lower() in lexicon_words("claims", "verbs"):
            wh = "Who"  # a name that says, argues or defines is a person's or an organisation's
        if wh == "Who" and self._not_a_person(target):
            wh = "What"
        return wh

    def _coordinated(self, target: Target) -> bool:
        return any(c.dep_ == "conj" and target.contains(c) for c in answer_root(target).children)

    def _naming(self, target: Target) -> bool:
        """Is the answer the name something is given ("known as X", "called X", "entitled X")?"""
        root = answer_root(target)
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "as":
            head = head.head
        elif root.dep_ not in ("oprd", "dobj", "attr"):
            return False
        return head.pos_ == "VERB" and head.lemma_.lower() in NAMING_VERBS

    def _not_a_person(self, target: Target) -> bool:
        """The parser's PERSON label contradicted by the sentence: "Porifera (sponges) is the
        earliest-diverging animal phylum" is equated with a noun that is not a person."""
        root = answer_root(target)
        partners = [c for c in root.children if c.dep_ == "appos"]
        verb = root.head
        if verb.lemma_ == "be" and root.dep_ in ("nsubj", "attr"):
            partners += [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != root.i]
        return any(p.pos_ == "NOUN" and not person_like(p) for p in partners)

    def _people(self, target: Target) -> bool:
        root = answer_root(target)
        return root.lemma_.lower() in PERSON_NOUNS and root.pos_ == "NOUN"

    def _kind(self, target: Target) -> str | None:
        """The noun that says what kind of thing a name is: from the name ("the Horniman
        Museum"), its appositive ("Momus, Warsaw's first literary cabaret"), the noun it
        exemplifies ("larger cars such as X") or describes ("the hymn X"); None when unknown."""
        root = answer_root(target)
        span = target.doc[target.start:target.end]
        place = place_kind(span.text) if target.answer_type is AnswerType.PLACE else gazetteer_kind(span)
        if place is not None:
            return place  # "Which country", "Which continent", from the gazetteer
        tokens = [t for t in target.tokens if t.is_alpha]
        lexicon = PLACE_NOUNS | INSTITUTION_NOUNS
        if target.answer_type is AnswerType.PLACE:
            lexicon = PLACE_NOUNS
        elif target.answer_type is AnswerType.ORGANISATION:
            lexicon = INSTITUTION_NOUNS
        content = [t for t in tokens if not t.is_stop]
        for token in ([root, tokens[-1], tokens[0]] if tokens else [root]):
            lemma = token.lemma_.lower()
            if len(content) == 1 and token.i == content[0].i:
                continue  # "the lake": asking "Which lake" would give the answer away
            if lemma in lexicon or (token.pos_ == "NOUN" and not token.text[:1].isupper()
                                    and token.i == root.i and len(tokens) > 1):
                return lemma
        for child in root.children:
            if child.dep_ == "appos" and not target.contains(child) and child.pos_ == "NOUN":
                return child.lemma_.lower()
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in ("as", "like") and head.head.pos_ == "NOUN":
            described = head.head
            such = any(c.lower_ == "such" for c in head.children)
            if head.lower_ == "as" and such or head.lower_ == "like":
                return described.lemma_.lower()
        if root.dep_ == "appos" and head.pos_ == "NOUN":
            return head.lemma_.lower()
        return None

    def _in_coordination(self, target: Target, root: Token) -> bool:
        if root.dep_ == "conj" and not target.contains(root.head) and root.head.pos_ in ("NOUN", "PROPN"):
            return True
        return any(c.dep_ == "conj" and not target.contains(c) for c in root.children) and root.pos_ in (
            "NOUN", "PROPN")

    def _coordination(self, target: Target, root: Token) -> tuple[Token, str]:
        """The head of the list that holds the answer, and "Along with <the others>," for it."""
        def listed(token: Token) -> bool:  # "A, B and C" is often parsed A <-appos- B <-conj- C
            return token.dep_ == "conj" or token.dep_ == "appos" and any(
                c.dep_ == "conj" for c in token.children)

        head = root
        while listed(head):
            head = head.head
        conjuncts = [head]
        frontier = [head]
        while frontier:
            current = frontier.pop()
            for child in current.children:
                if listed(child):
                    conjuncts.append(child)
                    frontier.append(child)
        conjuncts.sort(key=lambda t: t.i)
        chosen = [c for c in conjuncts if target.contains(c)]
        others = [c for c in conjuncts if not target.contains(c)]
        if not chosen or not others or len(conjuncts) > 5:
            raise Unrealisable("list too long to name")
        members = {t.i for t in conjuncts}
        floating = [t for t in head.head.subtree if t.i not in subtree_ids(head) and t.lower_ in (
            "all", "both", "each") and t.dep_ in ("det", "advmod", "predet", "nsubj", "appos")]
        if floating or any(c.dep_ == "appos" and c.i not in members for t in conjuncts for c in t.children):
            # appositives inside the list, or "... are all graduates": the list is not a plain one
            raise Unrealisable("list with side remarks")
        def name_like(token: Token) -> bool:
            return token.pos_ == "PROPN" or bool(token.ent_type_) and token.text[:1].isupper()

        if any(name_like(c) != name_like(chosen[0]) for c in others):
            # A name beside a description is an appositive the parser took for a list.
            raise Unrealisable("list of names and descriptions")
        names = []
        for conjunct in others:
            exclude = {i for c in conjunct.children
                       if c.dep_ in ("conj", "cc", "punct", "appos", "relcl", "acl") for i in subtree_ids(c)}
            name = self._render_np(target, conjunct, exclude=exclude)
            vague = any(t.lower_ in ("other", "others") for t in conjunct.subtree)
            if not name or len(name.split()) > 6 or vague:
                raise Unrealisable("list too long to name")
            names.append(name)
        for conjunct in chosen:
            own = {i for c in conjunct.children if c.dep_ in ("conj", "cc", "punct", "acl", "relcl", "appos")
                   for i in subtree_ids(c)}
            ids = subtree_ids(conjunct) - own
            optional = {t.i for t in conjunct.subtree
                        if t.dep_ in ("det", "punct", "cc", "advmod", "preconj")}
            if not ids <= target.ids | optional:
                raise Unrealisable("answer is part of a conjunct")
        named = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        if len(named.split()) > 10:
            raise Unrealisable("list too long to name")
        return head, f"Along with {named},"

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

    def _covers(self, target: Target, head: Token) -> bool:
        """Does the answer cover the phrase headed by ``head``, give or take determiners, focus
        adverbs and adjectives in front ("only the", "special") and a side remark (appositive,
        relative clause, parenthesis) behind?"""
        ids = sorted(subtree_ids(head))
        optional = set()
        name = head.pos_ == "PROPN" and target.contains(head) and target.answer_type in (
            AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.PLACE)
        for token in head.subtree:
            if token.i >= target.start:
                break
            if name and token.dep_ in ("compound", "amod", "nmod", "det", "poss", "case", "punct", "nummod"):
                # "Academy Award winner Marlee Matlin": the name is the answer, the rest describes it.
                optional.add(token.i)
                continue
            if token.dep_ in ("det", "predet", "advmod", "preconj", "punct") or (
                    token.dep_ == "amod" and token.head.i == head.i and token.pos_ == "ADJ"):
                optional.add(token.i)
            elif token.dep_ == "poss" and token.tag_ == "PRP$":
                return False
        for child in head.children:
            if child.i > head.i and child.dep_ in ("appos", "relcl", "acl", "punct", "advcl"):
                optional |= subtree_ids(child)
            elif child.i > head.i and child.dep_ == "prep" and (child.lower_ in ("including", "like") or (
                    child.lower_ == "as" and any(c.lower_ == "such" for c in child.children))):
                optional |= subtree_ids(child)  # "trade unions such as ATL": examples of the answer
        required = {i for i in set(ids) - optional if not head.doc[i].is_punct}
        answer = target.ids
        return required <= answer and answer <= set(ids)

    def _inner_wh(self, target: Target, root: Token, phrase_head: Token) -> str:
        """The answer modifies the noun ``phrase_head``: a number of something, whose something,
        what kind of something. The wh-phrase that replaces the noun's phrase."""
        answer_type = target.answer_type
        answer = target.ids
        noun = root.head
        if answer_type in NUMERIC_TYPES and root.dep_ in ("nummod", "quantmod", "npadvmod",
                                                          "compound", "amod", "nmod"):
            if noun.pos_ not in ("NOUN", "PROPN") or target.contains(noun) or noun.i != phrase_head.i:
                raise Unrealisable("number does not count a noun")
            # The counted noun with its adjectives, without determiners, side remarks or clauses.
            words = [t for t in noun.subtree if t.i not in answer and t.i <= noun.i
                     and t.dep_ not in ("det", "predet", "quantmod", "punct", "advmod", "poss", "case")
                     and not (t.i < target.start and t.dep_ == "prep")]
            if any(t.i < target.start for t in words):
                words = [t for t in words if t.i > target.end - 1]
            if not words:
                raise Unrealisable("empty counted noun")
            noun_text = self._render_tokens(target, words)
            if answer_type is AnswerType.NUMBER:
                if noun.tag_ in ("NNS", "NNPS"):
                    return f"How many {noun_text}"
                raise Unrealisable("number before a singular noun")
            if answer_type in (AnswerType.QUANTITY, AnswerType.MONEY):
                return f"How much {noun_text}"
            raise Unrealisable("numeric modifier of this type")
        if root.dep_ == "poss" and answer_type in (AnswerType.PERSON, AnswerType.ORGANISATION,
                                                  AnswerType.PLACE, AnswerType.GROUP):
            owner = root.head
            if owner.i != phrase_head.i:
                raise Unrealisable("possessor deep inside its phrase")
            bracketed = self._side_remarks(target, subtree_ids(owner) - subtree_ids(root))
            words = [t for t in owner.subtree if t.i not in subtree_ids(root) | bracketed
                     and t.dep_ not in ("det", "case", "punct") and t.i <= owner.i]
            if not words:
                raise Unrealisable("nothing owned")
            kind = self._kind(target) if answer_type is not AnswerType.PERSON else None
            if kind is not None:
                return f"Which {kind}'s {self._render_tokens(target, words)}"  # "Which country's economy"
            return f"Whose {self._render_tokens(target, words)}"
        if (answer_type is AnswerType.PERCENT and root.lower_ in ("%", "percent")
                and root.i == phrase_head.i):
            return "What percentage"
        if root.dep_ in ("amod", "compound", "nmod") and answer_type in (
                AnswerType.CONCEPT, AnswerType.GROUP, AnswerType.LANGUAGE) and noun.i == phrase_head.i:
            if noun.pos_ != "NOUN" or any(t.dep_ == "poss" for t in noun.children):
                raise Unrealisable("modifier of a name or owned noun")
            # Everything the answer modifies, in order: "What kind of city"
            words = [t for t in noun.subtree if t.i not in answer and t.i <= noun.i and t.i >= target.start
                     and t.dep_ not in ("det", "predet", "punct")]
            if not words or words[-1].i != noun.i:
                raise Unrealisable("modifier not next to its noun")
            return f"What kind of {self._render_tokens(target, words)}"
        raise Unrealisable(f"answer inside a phrase as {root.dep_!r}")

    # ----------------------------------------------------------------------------- realisation
    def _realise(self, target: Target, plan: Plan) -> str:
        verb = plan.clause_verb
        reporter = self._reporter(verb)
        frame = self._frame(target, verb, plan.drop, move_fronted=True)
        self._subject = frame.subject
        if reporter is not None:
            return self._realise_reported(target, plan, frame, reporter)
        if plan.role == "subject":
            pieces = self._subject_order(target, plan, verb, frame.clause_ids, frame.drop)
        elif plan.role == "agent":
            pieces = self._active_order(target, plan, verb, frame)
        else:
            pieces = self._inverted_order(target, plan, verb, frame.subject, frame.clause_ids, frame.drop)
        if plan.strand and any(target.doc[i].lower_ == "than" for i in frame.clause_ids - frame.drop):
            raise Unrealisable("a comparison cut in two")
        if plan.strand and any(i > max(plan.drop) and not target.doc[i].is_punct
                               for i in frame.clause_ids - frame.drop - plan.drop):
            raise Unrealisable("words after the phrase whose preposition is left at the end")
        if plan.ends_with is not None and max(
                i for i in frame.clause_ids - frame.drop - plan.drop if not target.doc[i].is_punct) != plan.ends_with:
            raise Unrealisable("the preposition left behind is not at the end")
        kept = [target.doc[i] for i in frame.clause_ids - frame.drop - plan.drop]
        if frame.subject is not None and frame.subject.i not in plan.drop:
            kept.append(frame.subject)
        if frame.subject is None and self._controller(verb) is not None:
            kept.append(self._controller(verb))  # type: ignore[arg-type]
        if not any(t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for t in kept) and verb.dep_ != "acl":
            raise Unrealisable("nothing but a verb is left to ask about")  # "What follow different?"
        tail = [self._render_tokens(target, group) for group in frame.moved]
        if plan.strand:
            tail.insert(0, plan.strand)  # "Who was the report sent to in 1345?"
        wh = plan.wh
        if plan.prefix:
            wh = f"{plan.prefix} {wh[:1].lower() + wh[1:]}"
        return " ".join(p for p in [wh, *pieces, *tail] if p)

    def _reporter(self, verb: Token) -> Token | None:
        """Does the text assert the clause of ``verb``? None when it does. A clause that completes
        a verb of saying or believing ("skeptics warn that markets are overvalued") is a claim: the
        verb is returned, so that the question can say whose claim it is. The content of a claim
        noun ("rumors that ..."), a supposition ("if ...") or the complement of any other verb
        raises Unrealisable: no question may state it as a fact."""
        claim_verbs = lexicon_words("claims", "verbs")
        factive = lexicon_words("claims", "factive")
        claim_nouns = lexicon_words("claims", "nouns")
        supposed = lexicon_words("claims", "suppositions")
        reporter = None
        current = verb
        while True:
            marks = {c.lower_ for c in current.children if c.dep_ == "mark"}
            if marks & supposed:
                raise Unrealisable("a supposition, not a fact")
            if any(c.dep_ == "parataxis" and c.lemma_.lower() in claim_verbs for c in current.children):
                raise Unrealisable("a reported claim, not a fact")  # "X is Y, officials said"
            head = current.head
            if head.i == current.i:
                return reporter
            lemma = head.lemma_.lower()
            complement = current
            if current.dep_ == "conj" and current.head.dep_ == "ccomp":
                # "argued that A, and that B": B is as much the claim as A
                complement, head = current.head, current.head.head
                lemma = head.lemma_.lower()
            if complement.dep_ in ("ccomp", "csubj") and self._relative(complement):
                raise Unrealisable("a relative clause read as a complement: the parse is wrong")
            if complement.dep_ in ("ccomp", "csubj") and not (is_verbal(head) and lemma in factive):
                if is_verbal(head) and lemma in claim_verbs:
                    if current.i != verb.i:
                        raise Unrealisable("a claim, not a fact")
                    reporter = head
                elif not is_verbal(head) or complement.i > head.i or marks & {"that"}:
                    # "likely that ...", "required that ...": not asserted. (A "complement" in
                    # front of an ordinary verb is the parser's misreading of a quotation.)
                    raise Unrealisable("a claim, not a fact")
            elif current.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and not self._relative(
                    current) and (marks & {"that", "whether", "if"} and lemma != "fact"
                    or lemma in claim_nouns and any(c.dep_ in SUBJECT_DEPS | {"aux"} for c in current.children)):
                # "rumors that ...", "confidence that ...", "the promise to ...": what the noun holds
                # is someone's claim, belief or plan ("the fact that ..." alone is a fact)
                raise Unrealisable("the content of a claim, not a fact")
            current = head

    def _relative(self, clause: Token) -> bool:
        """Is the clause a relative clause ("the report which ...", "the fear in which ...")?"""
        words = [c for c in clause.children] + [g for c in clause.children if c.dep_ == "prep" for g in c.children]
        return any(t.tag_ in ("WDT", "WP", "WRB", "WP$") for t in words)

    def _realise_reported(self, target: Target, plan: Plan, frame: Frame, reporter: Token) -> str:
        """A claim asked as the claim it is: "Skeptics warn that markets are overvalued" -> "What
        do skeptics warn are overvalued?" The verb of saying is inverted, its clause follows
        without "that", with the gap where the answer was."""
        verb = plan.clause_verb
        if plan.role not in ("subject", "object", "adverbial"):
            raise Unrealisable("a claim asked in the active voice")
        doc = target.doc
        embedded = subtree_ids(verb if verb.head.i == reporter.i else verb.head)
        words = [doc[i] for i in sorted(frame.clause_ids - frame.drop - plan.drop)]
        if not any(t.pos_ != "AUX" and not t.is_punct for t in words):
            raise Unrealisable("nothing but an auxiliary is left to ask about")
        replacements: dict[int, str] = {}
        if plan.role == "subject":
            finite = next((t for t in words if t.tag_ in ("VBP", "VBZ", "VBD", "MD")), None)
            plural_wh = re.match(r"(What kind of|How many|Which) \w*s\b", plan.wh) and not plan.wh.endswith("ss")
            if finite is not None and not plural_wh and not self._coordinated(target):
                if finite.tag_ == "VBP":
                    replacements[finite.i] = third_person(finite)
                elif finite.lower_ == "were":
                    replacements[finite.i] = "was"
        clause = self._render_tokens(target, words, replacements)
        tail = [self._render_tokens(target, group) for group in frame.moved]
        outer = self._frame(target, reporter, embedded, move_fronted=True)
        self._subject = outer.subject
        if outer.subject is None or outer.subject.i in embedded or outer.subject.i > reporter.i:
            raise Unrealisable("a claim without a claimant")
        if any(i > min(embedded) for i in outer.clause_ids - outer.drop - embedded if not doc[i].is_punct):
            raise Unrealisable("the claim is not the end of its sentence")
        if self._reporter(reporter) is not None:
            raise Unrealisable("a claim inside a claim")
        said = self._inverted_order(target, plan, reporter, outer.subject, outer.clause_ids, outer.drop)
        tail += [self._render_tokens(target, group) for group in outer.moved]
        if plan.strand:
            tail.insert(0, plan.strand)
        wh = plan.wh
        if plan.prefix:
            wh = f"{plan.prefix} {wh[:1].lower() + wh[1:]}"
        return " ".join(p for p in [wh, *said, clause, *tail] if p)

    def _frame(self, target: Target, verb: Token, protect: set[int], move_fronted: bool) -> Frame:  # noqa: C901
        """The clause of ``verb`` and what to cut from it: joined clauses, side clauses, marks,
        parentheses, discourse markers; fronted modifiers are moved to the end when asked."""
        doc = target.doc
        sent_ids = set(range(target.sent.start, target.sent.end))
        subject = subject_of(verb)
        clause_ids = subtree_ids(verb) & sent_ids
        answer = target.ids
        drop = set(protect) if move_fronted else set()
        moved: list[list[Token]] = []

        self._subject = subject
        if subject is not None and subject.left_edge.i > 0 and subject.head.i == verb.i:
            before = doc[subject.left_edge.i - 1]
            if before.lower_ in ("in", "on", "at", "of", "for", "with", "by", "from", "into", "about", "to") \
                    and before.dep_ in ("mark", "prep") and before.head.i != subject.i:
                raise Unrealisable("a subject after a preposition: the parse is wrong")  # "in order to ..."
        for child in verb.children:
            ids = subtree_ids(child)
            if ids & answer:
                continue
            if child.dep_ == "advmod" and child.tag_ == "WRB" and child.i < verb.i:
                drop |= ids  # "When X made ...": the subordinator of a side clause
                continue
            modifier = child.dep_ in ("prep", "npadvmod", "advmod", "advcl", "tmod")
            if modifier and not self._renders(target, child):
                drop |= ids  # an optional modifier that leans on an unresolvable pronoun
                continue
            if child.dep_ in ("conj", "cc", "parataxis", "preconj") or (
                    child.dep_ == "advcl" and self._side_clause(child)):
                drop |= ids
            elif child.dep_ == "mark" or (
                    child.dep_ == "punct" and child.i > verb.i and child.i == max(clause_ids)):
                drop.add(child.i)
            elif child.dep_ in ("prep", "npadvmod", "advmod", "advcl", "tmod") and self._demonstrative(child):
                # "during this hold": a pointer into the article the learner cannot see.
                drop |= ids
            elif child.dep_ in ("prep", "npadvmod", "advmod", "tmod") and self._relative_time(child):
                drop |= ids  # "last week", "in August last year": true only on the day of writing
        for i in sorted(clause_ids):
            token = doc[i]
            if token.dep_ == "conj" and is_verbal(token) and token.head.i != verb.i and i not in drop \
                    and not subtree_ids(token) & (answer | protect):
                # "held that X prevented Y, and Z could have ...": the second clause goes, with its "and".
                drop |= subtree_ids(token)
                drop |= {c.i for c in token.head.children if c.dep_ in ("cc", "punct") and c.i < token.i
                         and c.i > token.head.i}
        drop |= self._side_remarks(target, clause_ids - drop - {verb.i})
        if any(c.tag_ in ("WP", "WDT", "WP$") and c.i not in answer and c.dep_ not in SUBJECT_DEPS
               for c in verb.children):
            raise Unrealisable("the clause has a question word of its own")
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if any(o.pos_ == "ADJ" for o in objects):
            raise Unrealisable("an adjective as object: the parse is unreliable")
        if len(objects) > 1:
            raise Unrealisable("two direct objects: the parse is unreliable")

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
                    moved.append([t for t in words if t.i not in drop and not (
                        t.is_punct and (t.whitespace_ or t.i == 0 or doc[t.i - 1].whitespace_))])
                    drop |= ids
            elif move_fronted:
                drop |= ids
        # Discourse adverbs anywhere in the clause ("also", "then", "traditionally").
        for child in verb.children:
            marker = child.lower_ in DISCOURSE - COMMENT or child.lower_ in COMMENT and child.i < verb.i
            if child.dep_ == "advmod" and marker and child.i not in protect | answer \
                    and not list(child.children):
                drop.add(child.i)
        drop |= self._prune(target, verb, clause_ids, drop, protect | answer, subject)
        # Commas left at the front once fronted material is gone.
        for i in sorted(clause_ids):
            if i < subject_start and doc[i].is_punct and (move_fronted or doc[i - 1].i in drop
                                                           or i == target.sent.start):
                drop.add(i)
        return Frame(clause_ids, drop, moved, subject)

    def _renders(self, target: Target, token: Token) -> bool:
        try:
            for t in token.subtree:
                self._resolve(target, t)
        except Unrealisable:
            return False
        return True

    def _relative_time(self, token: Token) -> bool:
        words = list(token.subtree)
        if len(words) == 1:
            return token.lower_ in ("now", "currently", "recently", "today", "yesterday", "tomorrow", "tonight",
                                    "nowadays", "presently", "lately")
        text = " ".join(t.text for t in words)
        return any(t.ent_type_ in ("DATE", "TIME") for t in words) and RELATIVE_TIME.search(text) is not None

    def _demonstrative(self, token: Token) -> bool:
        return any(t.lower_ in DEMONSTRATIVES and t.tag_ == "DT"
                   and t.dep_ in ("det", "pobj", "nsubj", "dobj") for t in token.subtree)

    def _prune(self, target: Target, verb: Token, clause_ids: set[int], drop: set[int],
               keep: set[int], subject: Token | None) -> set[int]:
        """Cut optional phrases, the longest first, until the clause is short enough for a card:
        side remarks before modifiers of the verb, never the answer or the clause's core."""
        doc = target.doc
        core = {verb.i} | ({subject.i} if subject is not None else set())
        pruned: set[int] = set()
        bare_subject_modifier: set[int] = set()
        if subject is not None and subject.pos_ == "NOUN" and not any(
                c.dep_ in ("amod", "compound", "poss", "nummod") for c in subject.children):
            for child in subject.children:
                if child.i > subject.i and child.dep_ in ("acl", "relcl", "prep"):
                    bare_subject_modifier |= subtree_ids(child)
        for tier in PRUNE_TIERS:
            while len([i for i in clause_ids - drop - pruned if not doc[i].is_punct]) > TARGET_WORDS:
                options = []
                for i in clause_ids - drop - pruned:
                    token = doc[i]
                    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
                    # "joined Turkish forces to aid in ...": after an object, an infinitive is a purpose
                    after_object = token.head.i == verb.i and any(
                        c.dep_ in ("dobj", "obj") and c.i < token.i for c in verb.children)
                    purpose = (token.dep_ in ("xcomp", "advcl") and infinitive and tier is PRUNE_TIERS[-1]
                               and (token.head.i != verb.i or after_object))
                    if token.dep_ not in tier and not purpose:
                        continue
                    # An adjective that names a kind ("nuclear reactor") is part of the name, and
                    # "of" phrases are arguments of their nouns ("the release of carbon").
                    if token.dep_ == "amod" and token.head.pos_ == "NOUN" and token.i + 1 == token.head.i:
                        continue
                    if token.dep_ == "amod" and (
                            token.tag_ in ("JJS", "JJR") or token.ent_type_ or token.text[:1].isupper()
                            or token.lower_ in ("only", "first", "last", "such", "same", "other")):
                        continue  # "first", "French", "largest": cutting them changes what is said
                    if token.lower_ == "such" or (
                            token.lower_ == "as" and token.dep_ == "prep" and is_verbal(token.head)):
                        continue  # "such as"; "intended as a warning", "known as X": what the verb needs
                    if token.head.lower_ == "order" and token.dep_ in ("acl", "xcomp", "advcl", "relcl"):
                        continue  # "in order to ...": cut whole or not at all
                    if token.dep_ in ("appos", "conj") and (any(c.dep_ == "conj" for c in token.children)
                                                            or any(c.dep_ == "conj" for c in token.head.children)):
                        continue  # a member of a list: cutting one leaves a wrong list
                    if token.dep_ == "prep" and (token.lower_ == "of" or token.head.pos_ not in (
                            "NOUN", "PROPN", "VERB", "AUX")):
                        continue
                    ids = subtree_ids(token) & clause_ids
                    if ids & (keep | core) or token.head.i in drop | pruned:
                        continue
                    if any(doc[i].lower_ in NEGATIONS for i in ids):
                        continue
                    if token.dep_ == "acl" and token.tag_ in ("VBG", "VBN") and token.head.dep_ == "dobj" \
                            and doc[token.i - 1].text != ",":
                        continue  # "left oil companies searching for ...": the verb needs it
                    if token.dep_ in ("acl", "relcl") and any(
                            c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL"
                            or c.lower_ in ("only", "first", "last") for c in token.head.children):
                        continue  # "the 18th person to achieve EGOT status": the clause says which
                    if token.dep_ == "prep" and token.head.lemma_ == "be" and not any(
                            c.dep_ in ("attr", "acomp", "oprd") for c in token.head.children) and token.i == min(
                            (c.i for c in token.head.children if c.dep_ == "prep" and c.i > token.head.i), default=-1):
                        continue  # "were between the ages of 18 and 29": what "be" says
                    if i in bare_subject_modifier:
                        continue  # "the failure [to distinguish ...]": without it the subject says nothing
                    options.append((len(ids), token.i, ids))
                if not options:
                    break
                _, _, ids = max(options)
                pruned |= ids
                for edge in (min(ids) - 1, max(ids) + 1):
                    if edge in clause_ids and doc[edge].text == "," and edge not in keep:
                        pruned.add(edge)
                        break
            # A conjunction left without its conjunct goes too.
            for i in clause_ids - drop - pruned:
                if doc[i].dep_ in ("cc", "preconj") and not any(
                        c.i not in drop | pruned for c in doc[i].head.children if c.dep_ == "conj"):
                    pruned.add(i)
        return pruned

    # ----------------------------------------------------------------------------- in situ
    def _in_situ_questions(self, target: Target) -> list[QuestionDraft]:
        """The fallback: the clause that holds the answer, pruned to the words that matter, with a
        question phrase where the answer stands: "Environmentalists are concerned about the release
        of what?", "The Normans fought the Pechenegs, the Bulgars and which group?". Ranked below
        every fronted question, and only for a clause the text asserts, with a subject of its own or
        one it plainly takes from its neighbour, that the learner can read without the article."""
        root = answer_root(target)
        verb = clause_head(root)
        if verb is None or target.contains(verb):
            raise Unrealisable("the answer holds its verb")
        if self._reporter(verb) is not None:
            raise Unrealisable("a claim in situ would read as a fact")
        subject = subject_of(verb)
        if subject is not None and target.ids & subtree_ids(subject):
            raise Unrealisable("the answer is in the subject: asked by a fronted question")
        path = root
        while path.head.i != verb.i:
            path = path.head
            if path.dep_ in ("appos", "relcl", "acl", "advcl", "npadvmod", "parataxis", "dep", "ccomp", "csubj"):
                raise Unrealisable(f"the answer is inside a {path.dep_}")
            if path.dep_ == "conj" or path.dep_ == "pobj" and path.head.lower_ in ("as", "like", "including"):
                raise Unrealisable("the answer is inside a list member or an example")
        gerund = root.dep_ == "pcomp" and root.tag_ == "VBG"
        if root.dep_ not in OBJECT_DEPS | {"pobj", "poss", "amod", "compound", "nmod", "nummod", "conj"} \
                and not gerund or root.pos_ == "ADP":
            raise Unrealisable(f"in situ as {root.dep_!r}")
        if root.dep_ == "pobj" and root.head.lower_ in ("like", "including") or root.dep_ == "conj" and (
                root.head.pos_ not in ("NOUN", "PROPN") or root.head.dep_ == "pobj" and root.head.head.lower_
                in ("like", "including")):
            raise Unrealisable("an example in situ")
        self._list_member_in_situ(target, root)
        wh, replaced = self._in_situ_phrase(target, root)
        replacements = {min(replaced): wh}
        if wh == "whose" and root.head.pos_ == "PROPN" and root.head.i not in replaced:
            replacements[root.head.i] = root.head.lower_  # "Hadrian's Wall" -> "whose wall"
        text = self._statement(target, verb, replaced, replacements)
        if len(text.split()) > MAX_IN_SITU_WORDS:
            raise Unrealisable("in-situ question too long")
        if len(_content_words(text.replace(wh, " "))) < 3:
            raise Unrealisable("too little said around the question phrase")  # "The main reason is what?"
        if text.lower().startswith(wh.lower()):
            raise Unrealisable("a fronted question phrase needs inversion")
        return [self._finish(text, "in_situ", 0.6)]

    def _statement(self, target: Target, verb: Token, replaced: set[int], replacements: dict[int, str],
                   move_answer: bool = True) -> str:
        """The clause of ``verb`` as a statement cut to its core, with ``replacements`` for the
        tokens ``replaced``. A clause without a subject of its own takes the one it plainly has: a
        relative clause its noun ("who blamed" -> "the king blamed"), a participle its noun ("recordings
        made at" -> "the recordings were made at") or its clause's subject ("..., fighting X" -> "the
        Normans fought X"), a second verb the first's. A modifier in front that holds the answer goes
        to the end: "ABC stopped ... in the fall of which year?"."""
        doc = target.doc
        subject = subject_of(verb)
        own = subject is not None and subject.head.i == verb.i and subject.i < verb.i and subject.dep_ != "expl"
        borrowed = None if own else self._borrowed_subject(target, verb, subject)
        frame = self._frame(target, verb, replaced, move_fronted=False)
        self._subject = frame.subject if own else self._subject
        if replaced & (frame.drop - replaced) or not replaced <= frame.clause_ids:
            raise Unrealisable("the answer was cut, or is not in the clause")
        keep = sorted((frame.clause_ids - frame.drop) | replaced)
        tokens = [doc[i] for i in keep if i not in replaced or i == min(replaced)]
        replacements = dict(replacements)
        if own and (subject.tag_ in ("WDT", "WP") or subject.lower_ in ("who", "which", "that")):  # type: ignore[union-attr]
            replacements[subject.i] = self._relative_antecedent(target, verb)  # type: ignore[union-attr]
        front = subject.i if own else verb.i  # type: ignore[union-attr]
        fronted = next((c for c in verb.children if c.i < front and replaced & subtree_ids(c)), None) \
            if move_answer else None
        moved = subtree_ids(fronted) if fronted is not None else set()
        if any(i > max(replaced) and not doc[i].is_punct for i in moved):
            raise Unrealisable("the modifier in front holds more than the answer")  # "In 1891 Scottish chemist"
        main = [t for t in tokens if t.i not in moved]
        while main and main[0].is_punct:
            main.pop(0)
        for t in main:
            if t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.i not in replacements:
                owner = t.head
                while not is_verbal(owner) and owner.head.i != owner.i:
                    owner = owner.head
                if owner.i == verb.i:
                    raise Unrealisable("a relative clause is no statement")  # "on which Luther had written"
        if borrowed is None:
            text = self._render_tokens(target, main, replacements, covered=replaced)
        else:
            subject_text, verb_words = borrowed
            before = [t for t in main if t.i < verb.i and t.dep_ not in ("aux", "auxpass", "mark")]
            after = [t for t in main if t.i > verb.i]
            pieces = [subject_text, self._render_tokens(target, before, replacements, covered=replaced), *verb_words,
                      self._render_tokens(target, after, replacements, covered=replaced)]
            text = " ".join(p for p in pieces if p)
        if moved:
            text += " " + self._render_tokens(target, [t for t in tokens if t.i in moved], replacements,
                                              covered=replaced)
        return tidy(text)

    def _borrowed_subject(self, target: Target, verb: Token, subject: Token | None) -> tuple[str, list[str]]:
        """The subject a clause without its own takes, and its verb as a finite verb."""
        if subject is not None and subject.head.i != verb.i and verb.dep_ == "conj" and subject.i < verb.i:
            if subject.tag_ in ("WDT", "WP") or subject.lower_ in FIRST_PERSON:
                raise Unrealisable("a shared subject that cannot stand alone")
            self._subject = subject
            text = self._render_np(target, subject, exclude=set())
            if verb.tag_ in ("VBD", "VBZ", "VBP"):
                return text, [verb.text]
            auxes = auxiliaries(verb)
            if auxes and verb.tag_ in ("VB", "VBN", "VBG"):
                return text, [self._resolve(target, a) for a in auxes] + [verb.text]
            raise Unrealisable("a second verb without tense")
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children):
            text = self._definite(target, verb.head, subtree_ids(verb))
            if verb.head.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in verb.head.children):
                text = "the " + text
            plural = verb.head.tag_ in ("NNS", "NNPS")
            past = finite_tense(verb.head) == "VBD"
            be = ("were" if plural else "was") if past else ("are" if plural else "is")
            return text, [be, verb.text]
        controller = self._controller(verb)
        if controller is not None:
            self._subject = controller
            plural = controller.tag_ in ("NNS", "NNPS") or controller.lower_ == "they"
            tense = "VBD" if finite_tense(verb.head) == "VBD" else ("VBP" if plural else "VBZ")
            return self._render_np(target, controller, exclude=set()), [inflect(verb.lemma_, tense)]
        raise Unrealisable("no subject the clause can take")

    def _cloze_questions(self, target: Target) -> list[QuestionDraft]:
        """The last fallback, when no question phrase fits where the answer stands: the clause around
        the answer, cut to its core, with a blank: 'What completes the sentence "Teachers in Wales
        can be members of _____"?'. The clause is one the text asserts (a claim keeps its claimant)."""
        root = answer_root(target)
        verb = clause_head(root)
        while verb is not None and target.contains(verb):
            verb = clause_head(verb) if verb.head.i != verb.i else None
        for _ in range(4):  # a claim is filled in with its claimant: "Skeptics warn that _____ ..."
            if verb is None:
                raise Unrealisable("no clause around the answer")
            try:
                reporter = self._reporter(verb)
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
        text = self._statement(target, verb, target.ids, {target.start: blank}, move_answer=False)
        words = text.split()
        content = _content_words(text)
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
        return [self._finish(f'What completes the sentence "{text}"', "in_situ:cloze", 0.3)]

    def _list_member_in_situ(self, target: Target, root: Token) -> None:
        """A list member asked in place: the answer must be its whole member, the list short."""
        if root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children):
            return
        head = root
        while head.dep_ == "conj":
            head = head.head
        members = [t for t in head.subtree if t.i == head.i or t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN")]
        if len(members) > 6:
            raise Unrealisable("list too long to ask in place")
        if any(m.pos_ not in ("NOUN", "PROPN", "NUM") for m in members):
            raise Unrealisable("a list of words that are not names or things")  # "in 1773 or earlier"
        own = {i for c in root.children if c.dep_ in ("conj", "cc", "punct", "appos", "relcl", "acl")
               for i in subtree_ids(c)}
        optional = {t.i for t in root.subtree if t.dep_ in ("det", "punct", "cc", "preconj")}
        if not (subtree_ids(root) - own) <= target.ids | optional or not target.ids <= subtree_ids(root) - own:
            raise Unrealisable("answer is part of a list member")

    def _in_situ_phrase(self, target: Target, root: Token) -> tuple[str, set[int]]:
        replaced = set(target.ids)
        for child in root.children:
            if child.i >= target.end and child.dep_ in ("relcl", "acl", "appos"):
                replaced |= subtree_ids(child)
        doc = target.doc
        if target.start > 0 and target.end < len(doc) and doc[target.start - 1].is_quote \
                and doc[target.end].is_quote:
            replaced |= {target.start - 1, target.end}
        first = target.doc[target.start]
        # "the NFL" -> "which organisation", not "the which organisation".
        before = target.doc[target.start - 1] if target.start > target.sent.start else None
        if before is not None and before.dep_ in ("det", "predet") and before.head.i in replaced:
            replaced.add(before.i)
            before = target.doc[before.i - 1] if before.i > target.sent.start else None
        if root.dep_ == "poss":
            if target.answer_type not in (AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.PLACE,
                                          AnswerType.GROUP) and root.pos_ != "PROPN" or not self._covers(
                                              target, root):
                raise Unrealisable("possessor in situ")
            return "whose", replaced | {c.i for c in root.children if c.dep_ == "case"}
        if root.dep_ in ("amod", "compound", "nmod"):
            noun = root.head
            if noun.i != target.end or noun.pos_ != "NOUN" or target.answer_type not in (
                    AnswerType.CONCEPT, AnswerType.GROUP):
                raise Unrealisable("modifier in situ")
            det = [c for c in noun.children if c.dep_ in ("det", "poss") and c.i < target.start]
            if any(c.dep_ == "poss" for c in det) or any(
                    c.i < target.start and c.dep_ in ("amod", "compound", "nummod") for c in noun.children):
                raise Unrealisable("modifier in situ")
            return "what kind of", replaced | {c.i for c in det}
        if root.dep_ in ("nummod", "quantmod") and target.answer_type is AnswerType.NUMBER:
            # "donated 233 paintings" -> "donated how many paintings"
            noun = root.head
            words = [t for t in noun.subtree if target.end <= t.i <= noun.i]
            if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or target.contains(noun) or any(
                    t.dep_ not in ("amod", "compound") for t in words if t.i != noun.i):
                raise Unrealisable("number does not count a plain noun")
            return "how many " + self._render_tokens(target, words), replaced | {t.i for t in words}
        member = root.dep_ == "conj" or any(c.dep_ == "conj" and not target.contains(c) for c in root.children)
        if not member and not self._covers(target, root):
            raise Unrealisable("answer is only part of its phrase")
        answer_type = target.answer_type
        if root.dep_ in SUBJECT_DEPS:
            raise Unrealisable("subject in situ is a subject question")
        if answer_type is AnswerType.PERSON or self._people(target):
            wh = "whom" if before is not None and before.dep_ in ("prep", "agent") else "who"
        elif answer_type in (AnswerType.DATE, AnswerType.TIME):
            year = len(target.tokens) == 1 and first.text.isdigit() and len(first.text) == 4
            if before is not None and before.dep_ == "prep" and before.lower_ in ("in", "on", "at", "during"):
                wh, replaced = ("in which year" if year else "when"), replaced | {before.i}
            else:
                wh = "which year" if year else "what date"
        elif answer_type in NUMERIC_TYPES:
            wh = self._counted(target, root, self.object_family, answer_type.value) or ""
            if not wh:
                raise Unrealisable("number without its counted noun")
            wh = wh[:1].lower() + wh[1:]
        elif root.dep_ == "pobj" and root.head.lower_ == "as" and any(c.lower_ == "such" for c in root.head.children):
            wh = "what"  # "in rugged terrain such as what", not "such as which terrain"
        elif answer_type in NAMED_TYPES and self._coordinated(target):
            # "between Fresno Street and Thorne Ave" -> "between which two streets"
            kind = self._kind(target)
            count = 1 + sum(1 for t in root.subtree if t.dep_ == "conj" and target.contains(t))
            if kind is None or count > 3:
                raise Unrealisable("a list of names with no kind to ask for")
            wh = f"which {('two', 'three')[count - 2]} {inflect(kind, 'NNS')}"
        elif answer_type in NAMED_TYPES:
            kind = self._kind(target)
            if kind is None and answer_type is AnswerType.PLACE and before is not None and before.dep_ == "prep" \
                    and before.lower_ in ("in", "at"):
                wh, replaced = "where", replaced | {before.i}  # "lived in Macau" -> "lived where"
            else:
                wh = f"which {kind}" if kind else ("which place" if answer_type is AnswerType.PLACE else "what")
        elif answer_type is AnswerType.GROUP:
            wh = "which group"
        else:
            wh = "what"
        return wh, replaced

    def _side_clause(self, clause: Token) -> bool:
        marks = [c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
        participle = clause.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in SUBJECT_DEPS for c in clause.children)
        return any(m in SIDE_CLAUSE_MARKS for m in marks) or participle

    def _side_remarks(self, target: Target, ids: set[int]) -> set[int]:
        """Parentheses and comma-delimited appositives or relative clauses, unless they hold the
        answer: questions read better, and are shorter, without them."""
        doc = target.doc
        answer = target.ids
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
            opener = doc[token.left_edge.i - 1].text if token.left_edge.i > 0 else ""
            closer = doc[token.right_edge.i + 1].text if token.right_edge.i + 1 < len(doc) else "."
            if token.dep_ in ("prep", "advmod", "npadvmod") and opener == "," and closer == "," \
                    and token.head.pos_ in ("VERB", "AUX"):
                # ", mainly by contemporary artists,": a parenthetical
                span = subtree_ids(token) | {token.left_edge.i - 1}
                if not span & answer:
                    drop |= span
                continue
            if token.dep_ in ("appos", "relcl", "acl") and opener in (",", "–", "—"):
                span = subtree_ids(token) | {token.left_edge.i - 1}
                after = token.right_edge.i + 1
                if after < len(doc) and doc[after].text in (",", "–", "—"):
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
        plural_wh = re.match(r"(What kind of|How many|Which) \w*s\b", plan.wh) and not plan.wh.endswith("ss")
        if plan.prefix or self._coordinated(target) or plural_wh or not plan.agree:
            first_finite = None  # "Along with X, who were ...", "What kind of matters are ...": plural
        if first_finite is not None and first_finite.tag_ == "VBP":
            replacements[first_finite.i] = third_person(first_finite)
        elif first_finite is not None and first_finite.lower_ == "were":
            replacements[first_finite.i] = "was"
        return [self._render_tokens(target, keep, replacements)]

    def _clause_subject(self, target: Target, verb: Token, subject: Token | None,
                        clause_ids: set[int], drop: set[int]) -> tuple[str, set[int]]:
        """The subject's words, and the token ids they take up in the clause."""
        if subject is None:
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
                # "a constitution enacted in 1975": the noun is the participle's subject.
                text = self._definite(target, verb.head, subtree_ids(verb))
                bare = not any(c.dep_ in ("det", "poss") for c in verb.head.children)
                if verb.head.pos_ == "NOUN" and bare:
                    text = "the " + text  # "systems designed by Tesla" -> "the systems"
                return text, set()
            controller = self._controller(verb)
            if controller is not None:
                self._subject = controller
                return self._render_np(target, controller, exclude=set()), set()
            raise Unrealisable("no subject to invert around")
        if subject.dep_ == "expl" or subject.lower_ in FIRST_PERSON:
            raise Unrealisable("subject is not a thing to ask about")
        if (subject.pos_ == "NUM" or subject.lower_ in QUANTIFIER_NOUNS - {"number", "percent", "share", "part"}) \
                and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
            raise Unrealisable("a number or amount of something unnamed as subject")  # "at least 32 were"
        subject_ids = subtree_ids(subject)
        if subject.head.i != verb.i:  # inherited from a coordinated verb
            return self._render_np(target, subject, exclude=set()), subject_ids
        if subject.tag_ in ("WDT", "WP") or subject.lower_ in ("who", "which", "that"):
            return self._relative_antecedent(target, verb), subject_ids
        words = [target.doc[i] for i in sorted(subject_ids - drop)]
        return self._render_tokens(target, words), subject_ids

    def _inverted_order(self, target: Target, plan: Plan, verb: Token, subject: Token | None,
                        clause_ids: set[int], drop: set[int]) -> list[str]:
        subject_text, subject_ids = self._clause_subject(target, verb, subject, clause_ids, drop)
        clause_ids = clause_ids - subject_ids
        auxes = auxiliaries(verb)
        if any(a.tag_ == "TO" or a.lower_ == "to" for a in auxes):
            raise Unrealisable("infinitive clause")
        aux_ids = {a.i for a in auxes}
        rest_ids = clause_ids - drop - aux_ids - {verb.i}
        subject_end = max(subject_ids) if subject_ids else verb.i - 1
        before_verb = [target.doc[i] for i in sorted(rest_ids) if subject_end < i < verb.i]
        after_verb = [target.doc[i] for i in sorted(rest_ids) if i > verb.i]
        if subject is None and self._controller(verb) is not None:
            # "..., leading the NFL in interceptions": the participle in the tense of its clause
            controller = self._controller(verb)
            plural = controller.tag_ in ("NNS", "NNPS") or any(  # type: ignore[union-attr]
                c.dep_ == "conj" for c in controller.children)  # type: ignore[union-attr]
            past_support = "did" if finite_tense(verb.head) == "VBD" else ("do" if plural else "does")
            return [past_support, subject_text, self._render_tokens(target, before_verb), verb.lemma_,
                    self._render_tokens(target, after_verb)]
        if subject is None:  # a participle with its noun: "was the constitution enacted"
            plural = verb.head.tag_ in ("NNS", "NNPS")
            # A participle reports a finished event ("enacted in 1975"), except a name ("called").
            past = finite_tense(verb.head) == "VBD" or verb.lemma_ not in NAMING_VERBS
            be = ("were" if plural else "was") if past else ("are" if plural else "is")
            return [be, subject_text, self._render_tokens(target, before_verb), verb.text,
                    self._render_tokens(target, after_verb)]
        if auxes:
            if auxes[0].tag_ in ("VB", "VBG", "VBN"):
                raise Unrealisable("no finite auxiliary to invert")  # "suggested Sweeney be included"
            front = auxes[0].lower_
            if front in ("ca", "wo", "sha"):
                front = {"ca": "can", "wo": "will", "sha": "shall"}[front]
            middle = auxes[1:]
            pieces = [front, subject_text, self._render_tokens(target, before_verb + middle), verb.text,
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

    def _active_order(self, target: Target, plan: Plan, verb: Token, frame: Frame) -> list[str]:
        """A passive clause asked for its agent, in the active voice: "Oxygen was discovered by
        X in 1773" -> "Who discovered oxygen in 1773?"."""
        object_text, object_ids = self._clause_subject(target, verb, frame.subject, frame.clause_ids,
                                                      frame.drop)
        auxes = auxiliaries(verb)
        active = [a for a in auxes if a.dep_ == "aux"]
        if any(a.tag_ == "TO" for a in active):
            raise Unrealisable("infinitive clause")
        if not active:
            passive = [a for a in auxes if a.dep_ == "auxpass"]
            tense = passive[0].tag_ if passive else finite_tense(verb.head)
            tense = "VBD" if tense == "VBD" else "VBZ"
            verb_words = [inflect(verb.lemma_, tense)]
        elif active[0].tag_ == "MD" and len(active) == 1:
            verb_words = [active[0].lower_, verb.lemma_]
        elif active[0].lemma_ == "have" and len(active) == 1:
            verb_words = ["had" if active[0].tag_ == "VBD" else "has", verb.text]
        else:
            raise Unrealisable("passive with several auxiliaries")
        particles = [c for c in verb.children if c.dep_ == "prt"]
        verb_words += [p.text for p in particles]  # "laid out the principles", not "laid ... out"
        rest_ids = frame.clause_ids - frame.drop - object_ids - {a.i for a in auxes} - {verb.i} - {
            p.i for p in particles}
        subject_end = max(object_ids) if object_ids else verb.i
        before_verb = [target.doc[i] for i in sorted(rest_ids) if subject_end < i < verb.i]
        after_verb = [target.doc[i] for i in sorted(rest_ids) if i > verb.i]
        return [p for p in [self._render_tokens(target, before_verb), *verb_words, object_text,
                            self._render_tokens(target, after_verb)] if p]

    def _controller(self, verb: Token) -> Token | None:
        """The subject a present participle takes from its clause: "The defense gave up 308
        points, ... leading the NFL in interceptions" -> the defense. Only a participle with no
        subject or auxiliary of its own, hung on a finite verb whose subject comes first."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or any(
                c.dep_ in SUBJECT_DEPS | {"aux", "auxpass", "expl"} for c in verb.children):
            return None
        if any(c.dep_ == "mark" and c.lower_ not in ("while", "after", "before", "when", "by") for c in verb.children):
            return None
        head = verb.head
        while head.tag_ == "VBG" and head.dep_ in ("advcl", "conj") and head.head.i != head.i and not any(
                c.dep_ in SUBJECT_DEPS for c in head.children):
            head = head.head  # "..., ranking sixth, while leading ... and boasting ..."
        if not is_verbal(head) or head.tag_ not in ("VBD", "VBZ", "VBP") and not auxiliaries(head):
            return None
        subject = subject_of(head)
        if subject is None or subject.dep_ not in ("nsubj",) or subject.i > head.i or subject.i > verb.i:
            return None
        if any(t.dep_ in SUBJECT_DEPS and t.head.dep_ in ("advcl", "conj", "parataxis") and is_verbal(t.head.head)
               for t in verb.doc[subject.i + 1:verb.i]):
            return None  # "..., as does Mary Everett, writing for Vogue": the nearer subject writes
        if subject.pos_ not in ("NOUN", "PROPN") and subject.lower_ not in ("he", "she", "they", "it"):
            return None
        return subject

    def _relative_antecedent(self, target: Target, verb: Token) -> str:
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            raise Unrealisable("relative pronoun outside a relative clause on a noun")
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN") and verb.i > noun.i:
            # "a branch of the theory of computation in computer science that focuses on ...": the
            # clause may belong to any of the nouns; the parser's guess is often wrong, unless the
            # verb agrees with this noun alone ("the reopening of lines which were built")
            finite = [t for t in [verb, *auxiliaries(verb)] if t.tag_ in ("VBZ", "VBP", "VBD", "MD")]
            number = None
            if finite and (finite[0].tag_ == "VBZ" or finite[0].lower_ == "was"):
                number = False
            elif finite and (finite[0].tag_ == "VBP" or finite[0].lower_ == "were"):
                number = True
            upper = []
            current = noun
            while current.dep_ == "pobj" and current.head.head.pos_ in ("NOUN", "PROPN"):
                current = current.head.head
                upper.append(current)
            if number is None or (noun.tag_ in ("NNS", "NNPS")) != number or any(
                    (u.tag_ in ("NNS", "NNPS")) == number for u in upper):
                raise Unrealisable("the relative clause may belong to a noun further up")
        return self._definite(target, verb.head, subtree_ids(verb))

    def _definite(self, target: Target, head: Token, exclude: set[int]) -> str:
        """A noun phrase made definite for use away from its sentence: "a constitution" -> "the
        constitution"."""
        exclude = exclude | {i for c in head.children if c.dep_ in ("relcl", "acl", "appos", "conj", "cc")
                             or (c.i > head.i and c.dep_ in ("advmod", "punct", "npadvmod"))
                             for i in subtree_ids(c)}
        commas = [t.i for t in head.subtree if t.i > head.i and t.text == "," and t.i not in exclude]
        if commas:
            exclude |= {i for i in subtree_ids(head) if i >= commas[0]}
        text = self._render_np(target, head, exclude=exclude)
        first = target.doc[min(subtree_ids(head) - exclude)] if subtree_ids(head) - exclude else head
        if first.lower_ in ("a", "an") and first.dep_ == "det":
            text = "the " + text.split(" ", 1)[1] if " " in text else text
        return text

    # ----------------------------------------------------------------------------- rendering
    def _render_np(self, target: Target, head: Token, exclude: set[int]) -> str:
        ids = subtree_ids(head) - exclude
        own = {c for c in ids if c != head.i}
        ids -= self._side_remarks(target, own) - {head.i}
        tokens = [target.doc[i] for i in sorted(ids)]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        return self._render_tokens(target, tokens)

    def _render_tokens(self, target: Target, tokens: list[Token],
                       replacements: dict[int, str] | None = None, covered: set[int] | None = None) -> str:
        """The tokens as text, pronouns named; ``replacements`` give new text for some tokens and
        ``covered`` the tokens a replacement stands for besides its own."""
        replacements = replacements or {}
        tokens = _glued(tokens)
        present = {t.i for t in tokens} | (covered or set())
        out: list[str] = []
        for k, token in enumerate(tokens):
            if token.text == "," and (k == 0 or token.i - 1 not in present) and token.i not in replacements:
                continue  # a comma belongs to the word before it: gone with it ("met again, in" -> "met in")
            text = replacements.get(token.i)
            if text is None:
                text = self._resolve(target, token)
            if ((token.i == target.sent.start or token.lower_ in ("the", "a", "an")) and not self._keeps_capital(token)
                    and token.i not in replacements and text == token.text):
                text = text[:1].lower() + text[1:]
            contiguous = k + 1 < len(tokens) and tokens[k + 1].i == token.i + 1
            out.append(text + (token.whitespace_ if contiguous else " "))
        return tidy("".join(out))

    def _resolve(self, target: Target, token: Token) -> str:
        word = token.lower_
        if word in ("n't", "n’t"):
            return "not"
        if word in FIRST_PERSON and token.pos_ == "PRON":
            raise Unrealisable("first or second person")
        if word in DEMONSTRATIVES and token.tag_ == "DT" and token.dep_ not in ("mark",):
            raise Unrealisable(f"demonstrative {word!r}")
        if word in ("following", "above", "below", "aforementioned") and token.dep_ in SUBJECT_DEPS | OBJECT_DEPS | {
                "pobj", "amod"} and any(c.lower_ == "the" and c.dep_ == "det"
                                        for c in [*token.children, *token.head.children]):
            raise Unrealisable(f"a pointer into the article: {word!r}")
        if word in CONTEXT_DEPENDENT and token.pos_ in ("PRON", "DET") or word in ("latter", "former"):
            if word in POSSESSIVE and self._own_subject(token):
                return "the"
            if word in ("latter", "former") or target.resolver is None:
                raise Unrealisable(f"unresolved {word!r}")
            replacement = target.resolver.replacement(token, target.sentence_index)
            if replacement is None and self._lenient and word in POSSESSIVE and token.dep_ == "poss" \
                    and token.head.pos_ == "NOUN" and not any(c.lower_ == "own" for c in token.head.children) \
                    and not self._in_subject(token):
                return "the"  # "their descendants" -> "the descendants"
            if replacement is None:
                raise Unrealisable(f"unresolved {word!r}")
            self._named.append((replacement, token.lower_))
            return replacement
        return token.text

    def _pronouns_back(self, text: str) -> str:
        """A pronoun whose name the question already says stays a pronoun: "When did Sanae Takaichi
        announce that she would ...", not "... that Sanae Takaichi would ..."."""
        named, self._named = self._named, []
        for replacement, pronoun in named:
            base = re.sub(r"['\u2019]s?$", "", replacement)
            if base == self._answer and pronoun not in ("it", "its", "itself"):
                # "Who announced that she would ...": the person asked for, said again as "she".
                text = re.sub(rf"(?<!\w){re.escape(replacement)}(?!\w)", pronoun, text)
                continue
            mentions = list(re.finditer(rf"(?<!\w){re.escape(base)}(?!\w)", text))
            last = [m for m in re.finditer(rf"(?<!\w){re.escape(replacement)}(?!\w)", text)]
            if len(mentions) >= 2 and last and last[-1].start() > mentions[0].start():
                cut = last[-1]
                text = text[:cut.start()] + pronoun + text[cut.end():]
        return text

    def _in_subject(self, token: Token) -> bool:
        """Is the token part of the clause's subject? ("The companions are what?" says too little.)"""
        return self._subject is not None and token.i in subtree_ids(self._subject)

    def _own_subject(self, token: Token) -> bool:
        """Is a possessive pronoun the clause's own subject ("Harvard ended its early admissions
        program")? Then "the" says as much in a question that names the subject."""
        subject = self._subject
        if subject is None or subject.i >= token.i or token.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(c.lower_ == "own" for c in token.head.children) or token.nbor(1).lower_ == "own":
            return False
        if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
            subject = subject.head.head
        word = token.lower_
        if subject.pos_ == "PRON":
            return False
        person = subject.ent_type_ == "PERSON" or subject.lemma_.lower() in PERSON_NOUNS
        if word in ("his", "her"):
            return subject.ent_type_ == "PERSON"
        if word == "its":
            return not person and subject.tag_ in ("NN", "NNP")
        return subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ in ("NORP", "ORG")

    def _keeps_capital(self, token: Token) -> bool:
        if token.lower_ in ("the", "a", "an"):
            return False  # "The United Methodist Church" mid-sentence is "the United Methodist Church"
        if token.ent_type_ in NAME_ENTITIES or token.text == "I" or (
                token.text.isupper() and len(token.text) > 1):
            return True
        # The tagger calls many sentence-initial capitalised words proper nouns ("Oxygen was ..."):
        # one that is no entity and is a common word of the English lexicon is lowercased.
        if token.pos_ != "PROPN":
            return False
        if token.i + 1 < len(token.doc) and token.nbor(1).pos_ == "PROPN":
            return True
        from lemminflect import getAllLemmas

        return not getAllLemmas(token.lower_)

    def _finish(self, text: str, template: str, score: float) -> QuestionDraft:
        text = tidy(self._pronouns_back(text))
        text = re.sub(r"[\s.,;:!]+$", "", text)
        if not text:
            raise Unrealisable("empty question")
        text = text[0].upper() + text[1:] + "?"
        if _BROKEN.search(text[:-1]) or text.count('"') % 2 or text.count("“") != text.count("”"):
            raise Unrealisable("broken punctuation")
        if any(rule.search(text) for rule in (_STUTTER, _CLAUSE_SUBJECT, _TWO_SENTENCES, _DANGLING)):
            raise Unrealisable("a stutter, a clause as a thing, two sentences or a dangling conjunction")
        words = text[:-1].split()
        if len(words) < 3 or len(words) > MAX_QUESTION_WORDS:
            raise Unrealisable("question length")
        lowered = [w.strip(",\"'").lower() for w in words]
        first_wh = next((k for k, w in enumerate(lowered) if w in WH_WORDS), None)
        if first_wh is None:
            raise Unrealisable("no question word")
        inner_words = lowered[first_wh + 1:] if template != "in_situ:cloze" else []  # a cloze quotes a statement
        if any(w in WH_WORDS for w in inner_words if w not in ("kind",)) and \
                not (lowered[first_wh] == "how" and lowered[first_wh + 1] in ("many", "much", "old")):
            raise Unrealisable("no single question word")
        if re.search(r"\b(about|with|from|by|through|against|between)\b(\s+\S+){1,6}\s+\1\b", text,
                     re.IGNORECASE):
            raise Unrealisable("a preposition twice: the clause was cut badly")
        if re.search(r"\b(what|which \w+|who|whom)\s+(that|which|who)\b", text[:-1], re.IGNORECASE):
            raise Unrealisable("a question word with a relative clause left behind")
        if lowered[-1] in ("the", "a", "an", "of", "and", "or", "to") and template != "object:object":
            raise Unrealisable("question ends mid-phrase")
        # Shorter questions read better and match how people ask.
        score = score - 0.01 * max(0, len(words) - 12)
        return QuestionDraft(question=text, template=template, score=round(score, 4))


def _content_words(text: str) -> list[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return [w for w in re.findall(r"[^\W_]+", text) if w.lower() not in STOP_WORDS]


#: Punctuation inside a word ("Kim Jong-un", "1629–1631", "TCP/IP", "AT&T"): never dropped alone.
_GLUE = {"-", "‐", "‑", "–", "/", "&", "'", "’", ".", "+"}


def _glued(tokens: list[Token]) -> list[Token]:
    """The tokens with the punctuation that joins two of them into one word put back, so that a
    name is written as it is in the text."""
    if len(tokens) < 2:
        return tokens
    doc = tokens[0].doc
    out = [tokens[0]]
    for token in tokens[1:]:
        previous = out[-1]
        between = [doc[i] for i in range(previous.i + 1, token.i)] if token.i > previous.i else []
        if between and len(between) <= 2 and not previous.whitespace_ and all(
                t.text in _GLUE and not t.whitespace_ for t in between):
            out.extend(between)
        out.append(token)
    return out


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
