"""What the question writer reads in spaCy's parse: word lists, the answer span (``Target``), the
plan of a question (``Plan``), and small questions about tokens (the clause a token is in, its
subject, auxiliaries, tense)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studygen.candidates import PERSON_NOUNS, ROLE_NOUNS, present_verb_in_s
from studygen.coref import Resolver
from studygen.generators.families import Family
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
    "subsequently", "thereafter", "later", "earlier", "previously", "afterwards", "afterward", "eventually",
    "in fact", "for example", "for instance",
    "in addition", "as a result", "by contrast", "in contrast", "in turn", "in particular", "notably",
    "traditionally", "generally", "typically", "usually", "often", "sometimes", "currently", "overall",
    "concurrently", "simultaneously",
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
    "for one", "for one thing", "too often", "all too often", "in this way", "in this sense",
    "in that sense", "in many ways", "in some ways", "to some extent", "to a degree", "in practice",
}
#: Adverbs that hedge the whole statement ("Allegedly, his sister pleaded ..."): never dropped, which
#: would state as fact what the text only reports, and never moved to the question's end, where it
#: reads as a manner ("... to a doctor allegedly?").
HEDGES = {"allegedly", "reportedly", "apparently", "supposedly", "purportedly", "reputedly", "seemingly",
          "ostensibly", "possibly", "probably", "perhaps", "arguably", "presumably", "rumoredly"}
#: Adverbs that mark a phrase as an afterthought to the clause ("..., particularly in non-Western
#: societies"): a question that fronts the phrase's noun strands its preposition at the end.
FOCUS_ADVERBS = {"particularly", "especially", "notably", "mainly", "mostly", "chiefly", "primarily",
                 "largely", "specifically", "principally", "predominantly"}
DISCOURSE |= COMMENT
SIDE_CLAUSE_MARKS = {"while", "although", "though", "whereas", "as", "if", "unless", "when", "whether",
                     "since", "because", "after", "before", "until", "once"}
NAME_ENTITIES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT",
                 "LANGUAGE"}
NUMERIC_TYPES = {AnswerType.NUMBER, AnswerType.QUANTITY, AnswerType.MONEY, AnswerType.PERCENT}
TIME_TYPES = {AnswerType.DATE, AnswerType.TIME}
NAMED_TYPES = {AnswerType.ORGANISATION, AnswerType.PLACE, AnswerType.EVENT, AnswerType.LAW,
               AnswerType.WORK, AnswerType.PRODUCT}
#: Clauses longer than this (in words) are pruned, side remarks first, then verb modifiers.
TARGET_WORDS = 14
PRUNE_TIERS = (
    {"relcl", "acl", "appos", "advcl", "parataxis", "dep", "intj", "meta"},
    {"relcl", "acl", "appos", "advcl", "parataxis", "dep", "intj", "meta", "prep", "npadvmod",
     "advmod", "amod"},
)
#: Verbs after which the wh-phrase asks for a name: "What was the paper entitled?"
NAMING_VERBS = {"call", "name", "entitle", "title", "term", "dub", "know", "refer", "label", "designate"}


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


def passive(verb: Token) -> bool:
    """Is ``verb`` a passive participle: with its "be" ("was accused") or hung on a noun ("a city
    destroyed by fire")?"""
    return verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl" or (
        # "was established in 1962 and greatly enlarged in 1975": the second shares the first's "was"
        verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)))


def subtree_ids(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def names_its_noun(token: Token) -> bool:
    """Is ``token`` a name set beside a common noun, which says who or what that noun is ("the
    evolutionary biologist Lynn Margulis", "the city's mayor, Karen Bass")? Without it the noun
    points into the article: "When did the evolutionary biologist propose ...?"."""
    return token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.pos_ == "NOUN"


def piece_of_a_given_name(q: Target, root: Token) -> bool:
    """Is the answer a piece of the name a naming verb gives ("known as the Montreal to Repentigney
    Marathon", which the parser splits into "as the Montreal" and "to Repentigney Marathon")? A
    piece of a name is no answer, and the question around it reads as nonsense."""
    for prep in (a for a in root.ancestors if a.dep_ == "prep"):
        verb = prep.head
        if verb.lemma_.lower() not in NAMING_VERBS:
            continue
        as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_phrase is None:
            return False
        name = [t for c in as_phrase.children if c.dep_ == "pobj" for t in c.subtree]
        if prep.i != as_phrase.i:
            return as_phrase.i < prep.i  # "known as the Montreal | to Repentigney Marathon"
        return not all(q.contains(t) for t in name)
    return False


def plural_noun(token: Token) -> bool:
    """Is the noun plural: tagged so, or counted above one ("the six Brandenburg Concertos", which
    the tagger calls a singular proper noun)? A number after the noun is its name's, no count
    ("Proposition 13", "Apollo 11": not "When were Proposition 13 approved?", T99)."""
    if token.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") and c.i < token.i
               for c in token.children)


def unjoined_conjunct(token: Token) -> bool:
    """Is ``token`` a conjunct of a list with no "and", "or" or "but" anywhere in it ("the capital
    of Pakistan, Mohammed Ali Jinnah": the next clause's subject read as a second member)? Lists
    in prose are joined; one with no joining word is the parser's misreading, unless it is a place
    and the places it lies in."""
    if token.dep_ != "conj":
        return False
    top = token
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members = [top]
    for member in members:  # the chain of conjuncts, not the lists inside its members
        members.extend(c for c in member.children if c.dep_ == "conj")
    if all(m.ent_type_ in ("GPE", "LOC", "FAC") for m in members):
        return False  # "Sunset Park, Brooklyn, New York": a place and the places it lies in
    return not any(c.dep_ in ("cc", "preconj") for m in members for c in m.children)


def is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def listed_appositive(token: Token) -> bool:
    """Is ``token`` an appositive the parser made of a list's members ("tapes in Australia, [the CBS
    News archive], and kinescope recordings"; "The English Channel, [the Irish Channel and most of
    the North Sea]"): one with members of its own, or with ", and" or ", or" after it?"""
    if token.dep_ != "appos":
        return False
    if token.pos_ == token.head.pos_ and any(c.dep_ == "conj" for c in token.children):
        return True  # not "Xi Jinping, general secretary of the party and president": a name described
    if any(c.dep_ == "conj" and (c.pos_ == "PROPN" or any(d.dep_ == "det" for d in c.children))
           for c in token.children):
        return True  # "Project Mercury, [the Apollo program and the Space Shuttle]": a member with its own
        # article or name is a thing of its own, not a second description of the first
    if token.tag_ == "NNS" and token.head.tag_ in ("NNP", "NN") and any(c.dep_ == "conj" for c in token.children):
        return True  # "the Emperor, [the imperial estates and most of the European powers]": many after one (T199)
    doc, after = token.doc, token.right_edge.i + 1
    return after + 1 < token.sent.end and doc[after].text == "," and doc[after + 1].lower_ in ("and", "or")


def to_infinitive(token: Token) -> bool:
    """Is ``token`` a verb with "to" before it ("to focus", "to advance")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


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


def opens_the_next_clause(verb: Token, phrase: Token) -> bool:
    """Does ``phrase``, a child the parser hung on ``verb``, stand after the "and" or "but" that
    joins a second clause to it and before that clause's verb ("X bars A, and [in 1961] the Court
    applied B")? Then it belongs to the second clause, not the first."""
    if phrase.i < verb.i or phrase.dep_ in ("cc", "punct"):
        return False
    joined = any(c.dep_ == "cc" and verb.i < c.i < phrase.left_edge.i for c in verb.children)
    # (the second clause's verb is a conjunct of the first, or, misread, the head the first hangs on:
    # "X does not mention A, but in 1965 the Court found B" parses "mention" as the object of "found";
    # the second clause's subject may be hung on the first verb too: "Radio became a household medium
    # in the 1920s, and [Roosevelt's fireside chats] [in the 1930s] showed its power")
    seconds = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.head.i != verb.i else [])
    return joined and any(second.pos_ in ("VERB", "AUX") and second.i > phrase.right_edge.i for second in seconds)


def a_cast_list(sent: SpacySpan) -> bool:
    """Is the sentence a list of names and the roles they played ("Caroline Goodall as Emilie
    Schindler and Embeth Davidtz as Göth's maid")? The parser pairs its names and roles at random
    ("Who was Kane's mother? Ray Collins"), so no question is asked of it; a cloze keeps its text."""
    pairs = [t for t in sent if t.lower_ == "as" and t.i > sent.start and t.nbor(-1).ent_type_ == "PERSON"
             and t.i + 1 < sent.end and (t.nbor(1).pos_ == "PROPN" or t.nbor(1).lower_ == "the")]
    return len(pairs) >= 2


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
        if any(c.dep_ == "prep" and c.i < verb.i and sum(g.dep_ == "pobj" for g in c.children) > 1
               for c in verb.children):
            # "..., and on 25 April 2015 an earthquake of magnitude 7.8 ... killed nearly 9,000": the parser
            # read the clause's own subject as a second object of the date's "on"; the first clause's
            # subject is not this one's ("When did the great earthquake of 1934 kill ...?", T116)
            return None
        return subject_of(verb.head)
    return None


def auxiliaries(verb: Token) -> list[Token]:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxes and verb.dep_ == "conj" and verb.tag_ in ("VB", "VBN"):
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]
    elif not auxes and verb.dep_ == "conj" and verb.tag_ == "VBP" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        # "earth will pass 1.5°C this decade, and exceed 2°C before 2050": the parser tags the second
        # verb present, but a verb without a subject after a modal's verb shares the modal ("Before
        # what date will earth exceed ...?", not "do earth exceed", T180)
        modals = [c for c in verb.head.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i < verb.head.i]
        auxes = modals[:1]
    return auxes


def finite_tense(verb: Token) -> str:
    """VBD for a past-tense clause, VBZ otherwise: the tense of the clause that holds ``verb``."""
    current = verb
    for _ in range(len(verb.sent)):  # up to the sentence's root: "part of the fair sponsored by X", a past fair
        tags = {current.tag_} | {a.tag_ for a in auxiliaries(current)}
        if "VBD" in tags:
            return "VBD"
        if tags & {"VBZ", "VBP", "MD"}:
            return "VBZ"
        if current.head.i == current.i:
            if current.tag_ == "VBN" and not auxiliaries(current):
                return "VBD"  # "Weta Workshop, co-founded by ..., produced armour": a root with no auxiliary is finite
            break
        current = current.head
    return "VBZ"


def inflect(lemma: str, tag: str) -> str:
    from lemminflect import getInflection

    if lemma == "be":
        return {"VBD": "was", "VBZ": "is", "VBN": "been", "VBG": "being"}.get(tag, "be")
    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


def base_form(verb: Token) -> str:
    """The verb's bare form, for do-support and new inflections: spaCy's lemma, unless inflecting it
    back does not give the text ("rated" lemmatised as "rat"), then lemminflect's ("rate")."""
    lemma = verb.lemma_
    from lemminflect import getInflection, getLemma

    prefix, hyphen, rest = verb.lower_.partition("-")
    if hyphen and prefix.isalpha() and rest.isalpha() and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
        # "co-founded": spaCy's lemma is "co-founde"; the word's own lemma, with its prefix
        stem = getLemma(rest, upos="VERB")
        return f"{prefix}-{stem[0]}" if stem else lemma
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG") or lemma == "be" or not verb.text.isalpha():
        return lemma

    other = getLemma(verb.lower_, upos="VERB")
    if verb.lower_ in (f.lower() for f in getInflection(lemma, tag=verb.tag_)):
        # "premiered": spaCy's "premier" inflects back too, but lemminflect's first lemma is the verb; so
        # "optioned", which spaCy makes "optione" ("When did McDormand optione Bruder's book?", T141)
        return other[0] if other and verb.lower_ in (
            f.lower() for f in getInflection(other[0], tag=verb.tag_)) else lemma
    return other[0] if other else lemma


#: Prefixes that make a verb of a verb the lexicon knows ("refounded", "reanalyzed", "underperformed").
_VERB_PREFIXES = ("re", "un", "under", "over", "out", "mis", "dis", "pre", "co", "de")


def known_verb(verb: Token) -> bool:
    """May the word read as the verb be one? Not when the lexicon knows it only as another part of speech
    ("Ruthenium catalysts ..." read with "catalysts" for the verb: "Why does ruthenium catalyst?", T209), nor
    when it knows no such word and the word before it, read as a noun, is a verb's present form: the
    parser swapped the two ("Max Ernst invents frottage in 1925": "When did Max Ernst invents frottage?",
    T225). A word the lexicon lacks is a verb otherwise ("crystallized"), and so is a prefix on a verb it
    knows ("refounded")."""
    from lemminflect import getAllLemmas

    word = verb.lower_.partition("-")[2] or verb.lower_
    if not word.isalpha():
        return True
    lemmas = getAllLemmas(word)
    if "VERB" in lemmas or any(
            word.startswith(prefix) and "VERB" in getAllLemmas(word[len(prefix):]) for prefix in _VERB_PREFIXES):
        return True
    if lemmas:
        return False
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return not (before is not None and before.pos_ == "NOUN" and present_verb_in_s(before.lower_))


def third_person(token: Token) -> str:
    """The third-person singular of a present-tense verb: 'hold' -> 'holds', 'are' -> 'is'."""
    if token.lower_ == "are":
        return "is"
    if token.lower_ == "have":
        return "has"
    if token.lower_ == "do":
        return "does"
    from lemminflect import getInflection, getLemma

    lemma = (getLemma(token.lower_, upos="VERB") or (token.lemma_,))[0]
    if token.lower_ != lemma and token.lower_ not in getInflection(lemma, tag="VBP"):
        return token.text  # "retook" tagged as a present: a past tense has one form for every person
    forms = getInflection(token.lemma_, tag="VBZ")
    return forms[0] if forms else token.text


def has_an_of(token: Token) -> bool:
    """Does the word have an "of" phrase of its own ("head of the council", "36.2 percent of the vote")?"""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def with_as_partner(token: Token) -> Token | None:
    """The other half of "with X as Y" ("founded in Berlin [with Leibniz] [as its first president]"),
    which the parser splits into two phrases of the verb: they are cut together or not at all ("When
    was the Brandenburg Society of Sciences founded in Berlin as its first president?", T89)."""
    if token.dep_ != "prep" or token.lower_ not in ("with", "as"):
        return None
    if token.lower_ == "as":
        partner = next((c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "with"
                        and c.right_edge.i + 1 == token.i), None)
        return partner if partner is not None and with_as_partner(partner) is token else None
    if token.i == token.head.i + 1:
        return None  # "tied with her husband Jay-Z as the most nominated artists": "with" completes the verb
    return next((c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "as"
                 and token.right_edge.i + 1 == c.i), None)


def restrictive(clause: Token) -> bool:
    """Is the clause on a noun one that says which ("Lava that cools quickly at the surface produces
    extrusive rocks", "The decision to open the border"): no comma before it, and a relative word or
    "to"? Asked without it, the answer is another thing or none ("Who produces extrusive rocks? Lava",
    "What is the most dramatic step yet ...? decision", T89)."""
    doc = clause.doc
    if clause.left_edge.i == 0 or doc[clause.left_edge.i - 1].text in (",", "(", "\u2014", "\u2013", "-"):
        return False
    if clause.dep_ == "relcl":
        # its relative word opens it, alone or after a preposition ("long periods [in which people cultivated
        # wild-type plants]": not "Why do archaeologists find long periods?", T93)
        opening = doc[clause.left_edge.i:clause.left_edge.i + 2]
        return any(t.tag_ in ("WDT", "WP", "WP$") and t.lower_ in ("who", "whom", "whose", "that", "which")
                   and (t.i == clause.left_edge.i or doc[clause.left_edge.i].dep_ == "prep") for t in opening)
    return clause.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)


def repeats_the_outer_noun(name: Token, appositive: Token) -> bool:
    """Does the name's appositive repeat the noun whose phrase holds the name ("The great tunnel
    beneath the Simplon Pass, the longest railway tunnel")? It describes that noun, though the parser
    hangs it on the name (T88)."""
    outer = name.head.head if name.dep_ == "pobj" else None
    return outer is not None and outer.pos_ in ("NOUN", "PROPN") and outer.lemma_.lower() == appositive.lemma_.lower()


#: Things whose names end as people's do ("factor", "reactor", "element", "tree").
_THINGS_ENDING_AS_PEOPLE = frozenset({
    "factor", "motor", "sector", "vector", "reactor", "error", "mirror", "tractor", "indicator", "detector",
    "generator", "accelerator", "collector", "conductor", "semiconductor", "processor", "corridor", "color",
    "colour", "floor", "door", "computer", "container", "layer", "meter", "centre", "center", "river", "water",
    "number", "order", "paper", "letter", "chapter", "matter", "power", "tower", "border", "quarter", "theatre",
    "theater", "cancer", "fever", "weather", "winter", "summer", "silver", "copper", "lever", "filter", "chamber",
    "element", "moment", "instrument", "document", "monument", "parliament", "government", "department",
    "event", "content", "continent", "segment", "fragment", "treatment", "agreement", "movement", "experiment",
    "plant", "constant", "pollutant", "nutrient", "gradient", "coefficient", "current", "solvent", "tree",
    "degree", "committee", "median", "oxygen", "nitrogen", "hydrogen", "calendar", "bar", "star",
    "radar", "sugar", "pillar", "altar", "grammar", "seminar", "vinegar", "cellar",
})


def person_like(token: Token) -> bool:
    """Could this noun name a person? The role nouns, and the suffixes that make them
    ("guitarist", "singer", "historian", "assistant"): a noun without them names a thing."""
    lemma = token.lemma_.lower()
    if lemma in ROLE_NOUNS and has_an_of(token):
        return True  # "head of the council"
    if lemma in _THINGS_ENDING_AS_PEOPLE:
        return False  # "its retention factor, Rf": no "Who is each spot's retention factor?" (T129)
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


def content_words(text: str) -> list[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return [w for w in re.findall(r"[^\W_]+", text) if w.lower() not in STOP_WORDS]


def opens_a_listed_appositive(comma: Token) -> bool:
    """Does the comma open an appositive that lists ("Two earth-fill dams [on the wadi], the Abu Mansour dam upstream
    and the smaller Derna dam ...,")? A phrase cut before it leaves the comma, or the list reads as the noun's own
    words ("When were two earth-fill dams the Abu Mansour dam ...?", T147)."""
    after = comma.i + 1
    return after < len(comma.doc) and any(
        t.dep_ == "appos" and t.left_edge.i == after and any(c.dep_ == "conj" for c in t.children)
        for t in [comma.doc[after], *comma.doc[after].ancestors])
