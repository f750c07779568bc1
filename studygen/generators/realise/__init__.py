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
("What kind of city ...?"), never a question that would end on "of" ("What is X a member of?"), and, from
appositives, definitions ("Momus, Warsaw's first literary cabaret" -> "What was Warsaw's first
literary cabaret?"). In-situ questions ("X did what?") are a lower-ranked fallback.

When any piece is missing or unclear it writes no question: a skipped card is better than a wrong one.

The package, by job:

* ``syntax``: word lists, the answer span (``Target``), a question's ``Plan``, questions about tokens;
* ``rendering``: ``Question``, one question being written, and how tokens become its text;
* ``framing``: the clause around the answer, what is cut from it, and its words in a question's order;
* ``wh_words``: the question phrase for the answer;
* ``families/``: one module per question family, beside its template ``templates/questions/<name>.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from studygen.candidates import MONTH_NAMES, PERSON_NOUNS, last_of_a_list, locates_the_place_before
from studygen.generators.base import QuestionDraft
from studygen.generators.realise.families import FamilyModule, question_families
from studygen.generators.realise.rendering import Question, tidy
from studygen.generators.realise.syntax import (
    CLAUSE_DEPS,
    NUMERIC_TYPES,
    SUBJECT_DEPS,
    TIME_TYPES,
    Target,
    Unrealisable,
    a_cast_list,
    answer_root,
    clause_head,
    has_an_of,
    is_verbal,
    leaks,
    subtree_ids,
)
from studygen.models import AnswerType

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["Realiser", "Target", "Unrealisable", "leaks", "tidy"]


#: Orders the questions written for one answer, best first.
Ranking = Callable[[list[QuestionDraft]], list[QuestionDraft]]


def by_score(drafts: list[QuestionDraft]) -> list[QuestionDraft]:
    """The families' own scores, highest first; ties in the order the families wrote them."""
    return sorted(drafts, key=lambda d: -d.score)


class Realiser:
    """Writes questions for one answer span; see the module docstring. ``rank`` orders them: the
    seam for a learned ranking model (default: the families' own scores)."""

    def __init__(self, rank: Ranking = by_score) -> None:
        self.families: list[FamilyModule] = question_families()
        self.rank = rank
        self.last_failures: list[str] = []

    def questions(self, target: Target) -> list[QuestionDraft]:
        """The questions whose answer is the target span, best first (none when no good one)."""
        drafts: list[QuestionDraft] = []
        self.last_failures = []
        families = self.families
        try:
            check_sentence(target)
            check_answer(target)
        except Unrealisable as why:
            self.last_failures.append(f"answer: {why}")
            if not (str(why) == "answer is a verb phrase" and whole_predicate(target)
                    or str(why) == "answer is not one phrase" and one_clause(target)):
                return []
            # a verb phrase, or a run of words in one clause, can be blanked
            families = [f for f in families if f.ANY_SPAN]
        cast = a_cast_list(target.sent) or parallel_misparse(target.sent)
        for fam in families:
            if cast and not fam.ANY_SPAN:
                # "The cast included Caroline Goodall as Emilie Schindler and Embeth Davidtz as ...": the
                # parser pairs names and roles at random ("Who was Kane's mother? Ray Collins", T45, T47); so
                # too two parallel phrases read one inside the other ("Which coalition was led by the
                # Communist Party of India and the United Democratic Front?", T115)
                self.last_failures.append(f"{fam.__name__.rsplit('.', 1)[-1]}: a list of names and their roles")
                continue
            question = Question.about(target, lenient=fam.FALLBACK)
            try:
                drafts.extend(fam.questions(question))
            except Unrealisable as why:
                self.last_failures.append(f"{fam.__name__.rsplit('.', 1)[-1]}: {why}")
        answer = target.doc[target.start:target.end].text
        shares = bare_shares(target)
        unique: dict[str, QuestionDraft] = {}
        for draft in drafts:
            if leaks(draft.question, answer):
                self.last_failures.append(f"leak: {draft.question}")
                continue
            if any(re.search(rf"(?<![\w.]){re.escape(share)}(?![\w.])", draft.question) for share in shares):
                self.last_failures.append(f"a share of nothing named: {draft.question}")
                continue
            if lost_only(target, draft.question):
                self.last_failures.append(f"'only' lost: {draft.question}")
                continue
            if year_left_out(target, draft.question):
                self.last_failures.append(f"the year left out: {draft.question}")
                continue
            if draft.question not in unique:
                unique[draft.question] = draft
        return self.rank(list(unique.values()))


def one_clause(target: Target) -> bool:
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


def whole_predicate(target: Target) -> bool:
    """Is the answer a verb phrase to the end of its clause ("prompting Luther to write the hymn")?"""
    root = answer_root(target)
    end = target.end - 1
    while end > target.start and target.doc[end].is_punct:
        end -= 1
    right = max(i for i in subtree_ids(root) if not target.doc[i].is_punct)
    return target.ids <= subtree_ids(root) and right == end and not any(
        c.dep_ in SUBJECT_DEPS and target.contains(c) for c in root.children)


def bare_shares(target: Target) -> list[str]:
    """The figures of percentages that a verb of the answer's sentence takes as its object with no
    "of" phrase ("Nader received a winning 94.4%": of what?), outside the answer. Strict judges kept
    none of seven questions that held one ("Who received a winning 36.2%?"): the sentence leans on
    one before it for what the share is of."""
    shares = []
    for token in target.sent:
        if token.lower_ in ("%", "percent", "per cent") and token.dep_ in ("dobj", "attr", "oprd") \
                and not target.contains(token) and not has_an_of(token):
            shares += [c.text for c in token.children if c.dep_ == "nummod" and c.like_num]
    return shares


def parallel_misparse(sent: SpacySpan) -> bool:
    """Did the parser join the second of two parallel phrases to the first one's inner noun ("the Left
    Democratic Front led by the Communist Party and the United Democratic Front led by the Congress": the
    second front read as a second leader)? The joined member has a participle of the same verb as the
    one above it."""
    for t in sent:
        if t.dep_ != "conj":
            continue
        own = {c.lemma_ for c in t.children if c.dep_ in ("acl", "relcl")}
        if own and any(a.dep_ in ("acl", "relcl") and a.lemma_ in own for a in t.ancestors):
            return True
    return False


def check_sentence(target: Target) -> None:
    """A question asks about what the text states: not about a question ("Did Xi also promise
    ...?"), nor a heading or list item ("Best Song Written for Visual Media")."""
    words = [t for t in target.sent if not t.is_space]
    if words and words[-1].text == "?" or any(t.text == "?" for t in words[-3:]):
        raise Unrealisable("the sentence is a question, not a statement")
    verbs = [t for t in words if is_verbal(t) and t.is_alpha and t.i != target.sent.start]
    if verbs and all(t.text[:1].isupper() for t in verbs):
        raise Unrealisable("a title, not a sentence")  # verbs are capitalised only in titles
    if any(t.dep_ == "oprd" and t.head.lemma_.lower() in ("name", "call", "dub", "christen", "term", "rename")
           and t.left_edge.i > target.sent.start and target.doc[t.left_edge.i - 1].text == "," for t in words):
        # "named the bougainvillea, a plant he had found in Brazil, in honour of ...": a phrase set beside the
        # object read as what the object was named; cut, it loses its closing comma ("Who named the
        # bougainvillea, a plant in honour of the commander?", T113)
        raise Unrealisable("a phrase set off by commas read as the object's complement")
    if inverted(words):
        # "Only in 1837 did the British scholar James Prinsep decipher the Brahmi script": the parser reads "did"
        # as the verb and "decipher" as a noun ("When did the Brahmi script do the British scholar James Prinsep
        # decipher?", T192)
        raise Unrealisable("a clause inverted after a fronted negative or 'only'")


def inverted(words: list[Token]) -> bool:
    """Does the sentence open with "Only", "Never", "Not until" and the like, and put its auxiliary before its
    subject ("Only in 1837 did the scholar decipher ...", "Never before had a ship ...")?"""
    if not words or words[0].lower_ not in _INVERTING:
        return False
    for token in words[1:]:
        if token.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return token.lemma_.lower() in ("do", "have", "be") or token.tag_ == "MD"
        if token.dep_ in ("nsubj", "nsubjpass"):
            return False  # "Only three people were saved", "Only one of the ships was saved": the subject comes first
    return False


#: Words that, fronted, invert the clause after them.
_INVERTING = frozenset({"only", "never", "not", "rarely", "seldom", "nowhere", "hardly", "scarcely"})


#: Words that mark an appositive as one example of its noun ("successors, especially Opoku Ware").
_AN_EXAMPLE = frozenset({"especially", "notably", "particularly", "chiefly", "mainly", "mostly", "principally"})


#: The points of the compass, which a distance before them measures ("40 miles east of the capital").
COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                            "north-east", "north-west", "south-east", "south-west", "northward", "southward",
                            "eastward", "westward", "upstream", "downstream", "inland", "offshore"})


def title_parsed_apart(target: Target) -> bool:
    """Does a person's title stand right before the name in another phrase ("In 1891 Scottish
    chemist James Dewar was able ...": the title read into the date's phrase, and "Who was able to
    ... in 1891 Scottish chemist?" left it behind), or read as an adverb (", forward Cesáreo Onzari
    scored": "Who scored ... forward?")?"""
    if target.answer_type is not AnswerType.PERSON or target.start <= target.sent.start:
        return False
    before = target.doc[target.start - 1]
    return (before.pos_ == "NOUN" or before.lower_ in PERSON_NOUNS) and before.text.islower() \
        and not target.contains(before.head)


def named_after_it(target: Target) -> bool:
    """Is the answer followed by a comma and a name of the same day or event (", Lunar New Year's
    Eve,", ", Christmas Day,") that the answer does not hold?"""
    doc, end = target.doc, target.end
    if end + 1 >= target.sent.end or doc[end].text != "," or not doc[end + 1].text[:1].isupper():
        return False
    first = doc[end + 1]  # the first word of an entity of its own
    return first.ent_iob_ == "B" and first.ent_type_ in ("EVENT", "DATE")


def an_example_of_what_is_before(target: Target) -> bool:
    """Is the answer marked as one example of what stands before it: a name set beside its noun with "especially"
    or the like ("successors, especially Opoku Ware"), or the answer or the phrase of its preposition set right
    after such a word ("..., most notably in 1374")?"""
    root = answer_root(target)
    if root.dep_ == "appos" and any(c.dep_ == "advmod" and c.lower_ in _AN_EXAMPLE and c.i < target.start
                                    for c in root.children):
        return True
    start = root.head.i if root.dep_ == "pobj" and root.head.i < target.start else target.start
    return start > target.sent.start and target.doc[start - 1].lower_ in _AN_EXAMPLE


def renamed_after(target: Target) -> bool:
    """Does ", now", ", today" or ", formerly" and a name follow the answer ("In Batavia, now Jakarta, ...")?"""
    doc, end = target.doc, target.end
    return end + 2 < target.sent.end and doc[end].text == "," and doc[end + 1].lower_ in _RENAMING \
        and doc[end + 2].pos_ == "PROPN"


#: Words that give a place's other name after it: "Batavia, now Jakarta".
_RENAMING = frozenset({"now", "today", "formerly", "later"})


def said_as_of_the_sentence(target: Target) -> bool:
    """Is the answer in a clause opened by "as" whose verb of saying or showing has no object ("as Darwin noted in
    1859, ...")? What was said is the sentence around it, which a question of the clause leaves out."""
    token = answer_root(target)
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.lemma_.lower() in _SAYING_OR_SHOWING and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in token.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in token.children)


#: Verbs whose object is what was said, shown or known: "as X showed" leaves it to the sentence around.
_SAYING_OR_SHOWING = frozenset({
    "say", "note", "show", "report", "suggest", "find", "reveal", "demonstrate", "predict", "expect", "know",
    "describe", "explain", "argue", "write", "observe", "put", "prove", "state", "claim", "confirm", "recall",
    "mention", "remark", "warn", "establish", "discover", "document", "propose", "record", "point", "indicate",
    "conclude", "estimate"})


def inside_brackets(target: Target) -> bool:
    """Is the answer inside brackets of its sentence, with no verb of their own before it ("(now in Bangladesh)")?
    A clause in brackets is asked of itself ("The Golden Bough (first published in 1890)": "When was the Golden
    Bough published?"); an aside without one hangs on the sentence's verb, outside."""
    opened = None
    for token in target.doc[target.sent.start:target.start]:
        if token.text in ("(", "["):
            opened = token.i
        elif token.text in (")", "]"):
            opened = None
    return opened is not None and not any(t.pos_ in ("VERB", "AUX") for t in target.doc[opened + 1:target.start]) \
        and any(t.text in (")", "]") for t in target.doc[target.end:target.sent.end])


def second_of_a_pair(target: Target) -> bool:
    """Is the answer the last member of a list or pair that the parser did not join to the others
    ('"Blue Moon" and ["Silver Road"]')? (A member the parser joins is asked whole with its list, or
    "Along with" the others.) The test is the candidates' own, so an answer given from outside is
    held to it too."""
    return answer_root(target).dep_ != "conj" and last_of_a_list(target.doc[target.start:target.end])


def check_answer(target: Target) -> None:
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
    if target.answer_type is AnswerType.PLACE and locates_the_place_before(target.doc[target.start:target.end]):
        # "Marvin Nelson of Fort Dodge, Iowa won ...": "Iowa" says where Fort Dodge is; the parser
        # reads it as the subject or an appositive, and the question asks "Which state won ...?"
        raise Unrealisable("a place that locates the place before it")
    root = answer_root(target)
    if target.answer_type in NUMERIC_TYPES and any(t.tag_ == "HYPH" for t in target.tokens) \
            and root.dep_ in ("amod", "nmod", "compound") and root.head.pos_ in ("NOUN", "PROPN") \
            and not target.contains(root.head):
        # "a 40-acre plant", "Harvard's 209-acre (85 ha) main campus": a measure that describes its
        # noun ("How much plant did the company build?")
        raise Unrealisable("a measure joined to the noun it describes")
    if target.answer_type in TIME_TYPES and named_after_it(target):
        # "gathered nearby on January 21, Lunar New Year's Eve, for ...": the name says which day;
        # the parser takes it for an object ("When had ... gathered nearby Lunar New Year's Eve?")
        raise Unrealisable("a date whose name follows it")
    if root.pos_ == "PROPN" and any(c.dep_ == "amod" and c.i < target.start for c in root.children):
        # "the campaign for a free India", "ancient Rome": the adjective says which India, and a
        # question cannot keep it ("for a free which country")
        raise Unrealisable("a name described by an adjective outside the answer")
    if target.answer_type in NUMERIC_TYPES and root.dep_ == "nummod" and root.head.dep_ in ("appos", "npadvmod") \
            and not target.contains(root.head) and root.head.left_edge.i > 0 \
            and target.doc[root.head.left_edge.i - 1].text == ",":
        # "stays within a narrow range, roughly 4 to 6 millimoles per litre": a measure set beside what it
        # measures, which the parser hangs anywhere ("How many millimoles per litre does the concentration
        # ... stay within a narrow range?", T115)
        raise Unrealisable("a measure set beside the thing it measures")
    if target.answer_type is AnswerType.PERSON and epithet_after(target):
        # "opened by Queen Elizabeth the Queen Mother": a name's epithet, written with no comma, is part of
        # the name ("Who opened the Tay Road Bridge? Queen Elizabeth", T110)
        raise Unrealisable("a name without the epithet that follows it")
    if any(t.lower_ == "such" and t.dep_ in ("amod", "predet", "det") for t in target.tokens) \
            and not any(t.lower_ == "as" for t in target.tokens):
        # "because names convey such information": "such" points at what the text said before ("Why can
        # names become the basis of discrimination? Because names convey such information", T110)
        raise Unrealisable("an answer that points back with 'such'")
    if title_parsed_apart(target):
        raise Unrealisable("a person's title parsed apart from the name")
    if an_example_of_what_is_before(target):
        # "Osei Tutu's successors, especially Opoku Ware, expanded ...": one example of the noun, not the noun
        # ("Who was Osei Tutu's successors?", T189); "recorded along the Rhine in earlier centuries, most notably
        # in 1374": one example of the phrase before, whose adverb the question left dangling ("When were smaller
        # outbreaks of dancing recorded along the Rhine and the Moselle, most notably?", T194)
        raise Unrealisable("an example of the noun or phrase before it")
    if inside_brackets(target):
        # "born in Mymensingh, in the Bengal Presidency of British India (now in Bangladesh)": an aside
        # about the phrase before it, which the question keeps ("Where was Bose born in Mymensingh ...?
        # Bangladesh", T191); of the 4 labelled questions asked of an answer in brackets, none was kept
        raise Unrealisable("an answer inside brackets")
    if second_of_a_pair(target):
        # '"When I See You Again" and "Dalampasigan" were composed ...': half of the pair, which the
        # parser may not even join ("Who was composed ...?")
        raise Unrealisable("the second member of a pair")
    if renamed_after(target):
        # "In Batavia, now Jakarta, about 160 kilometres away, a pressure gauge ... recorded": the parser hangs the
        # place's present name on the verb, and the question kept it ("Where did a pressure gauge record ... of
        # mercury Jakarta?", T194; "Where was the treaty signed Bratislava, in December 1805?")
        raise Unrealisable("a place whose present name follows it, set off by commas")
    if said_as_of_the_sentence(target):
        # "as a European experiment aboard the FOTON-M3 satellite showed in 2007": "as" stands for what was shown,
        # the sentence around it ("When did a European experiment aboard the FOTON-M3 satellite show?", T190)
        raise Unrealisable("a clause of saying whose object is the sentence around it")
    if target.end < target.sent.end and target.doc[target.end].lower_ in COMPASS_POINTS:
        # "approximately 3.3 miles southwest of downtown Boston": the distance measures the direction,
        # and no template asks "How far southwest of ...?" ("How much southwest are ... located?")
        raise Unrealisable("a distance before a direction")
    root = answer_root(target)
    if is_verbal(root) and not (root.dep_ == "advcl" and target.answer_type is AnswerType.CLAUSE):
        gerund = root.tag_ == "VBG" and root.dep_ in ("pobj", "dobj", "nsubj", "pcomp")
        clause = root.dep_ in CLAUSE_DEPS | {"xcomp", "ccomp", "csubj"} or any(
            c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in root.children)
        if clause and not gerund:
            raise Unrealisable("answer is a verb phrase")


#: The words an epithet after a name ends on, besides the nouns for people ("Pliny the Elder").
_EPITHETS = frozenset({"elder", "younger", "great", "good", "bold", "conqueror", "confessor", "pious", "wise",
                       "magnificent", "navigator", "lionheart"})


def epithet_after(target: Target) -> bool:
    """Does a capitalised epithet follow the name with no comma ("Queen Elizabeth the Queen Mother",
    "Pliny the Elder")? Not an object after it ("awarded Marie Curie the Nobel Prize")."""
    doc, k = target.doc, target.end
    if k + 1 >= target.sent.end or doc[k].lower_ != "the" or not doc[k + 1].is_title:
        return False
    while k + 1 < target.sent.end and doc[k + 1].is_title:
        k += 1
    return doc[k].lower_ in PERSON_NOUNS | _EPITHETS


def lost_only(target: Target, question: str) -> bool:
    """Does the question drop the "only" that limits its sentence's main verb ("matters only for
    motions that last a long time")? Without it the question claims more than the text: "Why does
    the Coriolis effect matter? Because the acceleration is so small" (T78). An "only" before the
    answer's own phrase ("opened only in 1990") asks nothing more without it."""
    root = target.sent.root
    limits = [t for t in target.sent if t.lower_ == "only" and t.dep_ == "advmod"
              and not target.start <= t.i < target.end
              and (t.head.i == root.i or t.head.dep_ == "prep" and t.head.head.i == root.i
                   and not t.head.left_edge.i <= target.start < t.head.right_edge.i + 1)]
    return bool(limits) and re.search(r"\bonly\b", question, re.IGNORECASE) is None


#: A year written as a number ("1608", "2023").
_YEAR = re.compile(r"^(?:1\d{3}|20\d{2})$")


def year_left_out(target: Target, question: str) -> bool:
    """Is the answer a day of a month with no year ("3 July"), while its sentence gives the year in a
    phrase the question drops? "In 1608 ... Champlain on 3 July began building a fortified trading post"
    asked "When did Champlain begin building ...? 3 July" lacks the year the text gives (T109: 3 of 4
    such labelled questions rejected, against 30 of 103 where the sentence holds no year)."""
    words = [t.lower_ for t in target.tokens if not t.is_punct]
    if not any(w in MONTH_NAMES for w in words) or not any(w.isdigit() for w in words) \
            or any(_YEAR.match(w) for w in words):
        return False
    years = {t.text for t in target.sent if _YEAR.match(t.text) and not target.start <= t.i < target.end}
    return any(re.search(rf"\b{year}\b", question) is None for year in years)
