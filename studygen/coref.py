"""Just enough pronoun resolution for a card to make sense without the article open.

A question or statement built from "He even forced his neighbour to come calling" is useless on a
flashcard unless "he" is named. This resolves "he" and "she" to the most recent person named,
preferring subjects, within a short window; "it" and "they" to the subject of an earlier clause or
of the sentence before, when it agrees in number. When the choice is unclear it answers None and the
card is skipped rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: Prepositions of time: "it" after one is an event or a time ("Before it, ...").
_TIME_PREPOSITIONS = frozenset({"before", "after", "during", "since", "until", "till", "following", "throughout"})
PERSONAL = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
DEMONSTRATIVE = {"this", "these", "those", "that"}
#: Words that make a question depend on text the learner cannot see.
CONTEXT_DEPENDENT = PERSONAL | NEUTER | PLURAL | {"latter", "former"}
POSSESSIVE = {"his", "her", "its", "their"}
#: The pronouns of each gender: a person who is "she" is never "he".
GENDERED = ({"she", "her", "hers", "herself"}, {"he", "him", "his", "himself"})
#: How many sentences before a person's first mention a pronoun of the same gender makes "she" after
#: it ambiguous.
INTRODUCTION_WINDOW = 3

_PERSON_TYPES = {"PERSON"}
#: No entity, or the labels the small parser gives least reliably (its F-score under 0.45): a
#: person's name is often among them.
_UNSURE_TYPES = {"", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
WINDOW = 2  # sentences back


@dataclass(frozen=True)
class Mention:
    text: str
    label: str
    sentence: int
    position: int
    is_subject: bool
    #: "Mozart's Requiem": the name owns the phrase it stands before
    is_owner: bool = False
    #: The token after the name's last
    end: int = -1


def entity_mentions(sentences: list[SpacySpan]) -> list[Mention]:
    mentions = []
    for index, sent in enumerate(sentences):
        for ent in sent.ents:
            root = ent.root
            if len(ent) > 1 and (ent[-1].tag_ == "POS" or ent[-1].text in ("'s", "’s")):  # "Kim's" names Kim
                ent = ent[:-1]
            kind = ent.label_  # (a slice of a span keeps no label: taken before the next one)
            if kind == "PERSON" and rest_of_a_name(ent):
                continue
            if kind == "PERSON" and len(ent) > 1 and ent.start > sent.start and _a_place(ent[0]):
                # "In Denmark Krogh worked ...": the place before the name read as its first word; the name is
                # the rest ("Denmark Krogh died in Copenhagen in 1939", T136)
                ent = ent[1:]
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children):
                continue  # "Her Majesty", "His Holiness": a title owned by a pronoun, no name to put back
            # "the Gazette he printed": a name after its own article, an acronym or a common noun is no person
            label = "ORG" if kind == "PERSON" and not_a_persons_name(ent) else kind
            if label == "PERSON" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in root.children):
                label = "WORK_OF_ART"  # "Mozart's Requiem", which the recogniser calls a person: owned, a thing
            mentions.append(Mention(ent.text, label, index, ent.start,
                                    root.dep_ in ("nsubj", "nsubjpass"), root.dep_ == "poss", ent.end))
    return mentions


def _a_place(token: Token) -> bool:
    """Is the word a country's or continent's name in the gazetteer ("Denmark", "Africa")?"""
    from studygen.generators.families import place_kind

    return token.pos_ == "PROPN" and place_kind(token.text) in ("country", "continent")


def has_an_article(span: SpacySpan) -> bool:
    """Does the span open with an article, or follow one that belongs to it ("the | Gazette", the
    article cut off as a determiner)? A person's name takes none."""
    if span[0].lower_ in ("a", "an", "the"):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in ("a", "an", "the") and before.dep_ == "det" \
        and before.head.i in range(span.start, span.end)


def is_acronym(span: SpacySpan) -> bool:
    """Is the span one word of capitals ("GEBA")? That names an organisation, not a person."""
    return len(span) == 1 and len(span.text) > 1 and span.text.isupper()


def common_nouns(span: SpacySpan) -> bool:
    """Are all the span's words common nouns ("Centrioles" opening a sentence, which the recogniser
    calls a person)? A person's name is a proper noun."""
    return all(t.tag_ in ("NN", "NNS") for t in span)


def in_lower_case(span: SpacySpan) -> bool:
    """Has the span no capital letter ("polyvinyl chloride", which the recogniser calls a person)?
    A name, of a person or anything else, is written with one."""
    return not any(c.isupper() for c in span.text)


#: The last words of names of places and buildings, which no person's name ends with ("Victoria
#: Pier", "Banjska Monastery", "Castlefrank Road"). Words that are surnames too ("Hall", "Park",
#: "Lane", "Temple", "Court") are left out.
_PLACE_WORDS = frozenset({
    "pier", "monastery", "church", "cathedral", "chapel", "abbey", "street", "st", "road", "rd", "avenue", "ave",
    "boulevard", "bridge", "station", "square", "airport", "stadium", "arena", "river", "lake", "island",
    "hospital", "school", "college", "university", "museum", "palace", "tower", "building", "highway",
    "beach", "valley", "garden", "gardens", "library", "mosque", "synagogue", "theatre", "theater", "prison",
    "crematorium", "cemetery", "harbour", "harbor", "canal", "motorway", "expressway",
})


def a_place_name(span: SpacySpan) -> bool:
    """Does the span end with a word that names a place or a building ("Victoria Pier", which the
    recogniser calls a person)?"""
    words = [t for t in span if t.is_alpha]
    return len(words) > 1 and words[-1].text[:1].isupper() and words[-1].lower_ in _PLACE_WORDS


def not_a_persons_name(span: SpacySpan) -> bool:
    """Is a span the recogniser calls a person written as no person's name is?"""
    return (has_an_article(span) or is_acronym(span) or common_nouns(span) or in_lower_case(span)
            or a_place_name(span))


def rest_of_a_name(ent: SpacySpan) -> bool:
    """Is a one-word "person" the end of an organisation's name that the recogniser cut at "and"
    ("the Central School of Speech | and | Drama")? It names no one a pronoun could stand for."""
    doc = ent.doc
    if len(ent) != 1 or ent.start < 2 or doc[ent.start - 1].lower_ != "and":
        return False
    before = doc[ent.start - 2]
    return before.ent_type_ in ("ORG", "FAC") and before.ent_iob_ != "O"


def names_written_inside(sentences: Iterable[SpacySpan]) -> frozenset[str]:
    """The words (lower-cased) that ``sentences`` write with a capital inside a sentence and never
    in lower case: names wherever they stand, even first in a sentence ("Truss resigned on 25
    October", though "truss" is a word of the lexicon; "Swift began ..."). A capital after a
    sentence's start, a colon, a quotation mark or a symbol ("^§ Originally placed ..." in a table's
    notes) says nothing; after a word or a comma it does. A name the article also writes once in
    lower case for something else ("Tesla" throughout, "the tesla" once for the unit named after him)
    is still a name when its capitals outnumber that three to one."""
    inside: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for sent in sentences:
        for token in sent:
            if token.text[:1].islower():
                lower[token.lower_] += 1
            elif token.text[:1].isupper() and not token.text.isupper() and token.i != sent.start \
                    and (token.nbor(-1).text[-1:].isalnum() or token.nbor(-1).text == ","):
                inside[token.lower_] += 1
    return frozenset(word for word, count in inside.items() if count >= 3 * lower[word])


def inside_a_name(token: Token) -> bool:
    """Is the pronoun's spelling a word of a name ("Zheng He", "Ma He")? The recogniser carries the name on to it,
    or it is written with a capital right after a proper noun. It stands for nothing else ("When was Zheng Zheng
    He born ...?", T229)."""
    return token.ent_iob_ == "I" or (token.text[:1].isupper() and token.i > token.sent.start
                                     and token.nbor(-1).pos_ == "PROPN")


def _ends_on_a_verb(name: str) -> bool:
    """Does a person's name end on a verb's present form in lower case ("Henry V invades" for "Henry V invades in
    1415, takes Harfleur, and ... he fights at Agincourt", the verb read as a noun of the subject)? The parser
    misread the sentence, and the name in a question would carry the verb ("When did Henry V invades fight ...?",
    T229)."""
    from studygen.candidates import present_verb_in_s  # (candidates reads this module's helpers)

    last = name.split()[-1] if name.split() else ""
    return last.islower() and present_verb_in_s(last)


def words_written_in_lower_case(sentences: Iterable[SpacySpan]) -> frozenset[str]:
    """The words ``sentences`` write in lower case somewhere: a word the article writes so ("during
    cytokinesis") is no name where a sentence opens on it."""
    return frozenset(token.lower_ for sent in sentences for token in sent if token.text[:1].islower())


class Resolver:
    """Resolves pronouns in the sentences of one article (sentence spans in article order)."""

    def __init__(self, sentences: list[SpacySpan]) -> None:
        self.sentences = sentences
        self.mentions = entity_mentions(sentences)
        #: "it" and "they" that several things before them in their own sentence fit: the
        #: sentence shown whole is clear, a question cut from it is not
        self.crowded: set[tuple[int, int]] = set()
        #: pronouns whose antecedent is the subject of their own sentence, before them
        self.within: set[tuple[int, int]] = set()
        self._names: frozenset[str] | None = None
        self._lower: frozenset[str] | None = None

    def written_as_names(self) -> frozenset[str]:
        """``names_written_inside`` over the whole article: it is parsed a block at a time, so one
        block's Doc may hold a name only at the starts of its sentences."""
        if self._names is None:
            self._names = names_written_inside(self.sentences)
        return self._names

    def written_in_lower_case(self) -> frozenset[str]:
        """``words_written_in_lower_case`` over the whole article."""
        if self._lower is None:
            self._lower = words_written_in_lower_case(self.sentences)
        return self._lower

    def antecedent(self, pronoun: Token, sentence_index: int) -> str | None:
        word = pronoun.lower_
        if pronoun.dep_ == "pobj" and pronoun.head.lower_ == "among":
            # "Among them was Harry R. Truman": a group the sentences before picked out, seldom their
            # subject ("Among authorities was ...", "Among Ten people, five men ..."; 0 of 5 labelled kept)
            return None
        if word in PERSONAL:
            return self._person(pronoun, sentence_index)
        if word in NEUTER or word in PLURAL:
            if word == "it" and is_expletive(pronoun):
                return None  # "it is hard to imagine ...": "it" stands for nothing
            if word == "it" and pronoun.dep_ == "pobj" and pronoun.head.lower_ in _TIME_PREPOSITIONS:
                # "... in what is known as the Mid-Pleistocene Transition, the rhythm of the ice ages changed.
                # Before it, glacial cycles came ...": a time, an event, seldom the subject before ("Before the
                # rhythm of the ice ages", T193); skip rather than guess
                return None
            return self._subject_antecedent(pronoun, sentence_index, depth=0)
        return None

    def _person(self, pronoun: Token, sentence_index: int) -> str | None:
        if inside_who_clause_of_a_noun(pronoun):
            return None  # "a disgruntled individual who did not receive the position he believed ..."
        if after_anyone(pronoun):
            return None  # "the claim that a person is morally responsible only if he could have ..."
        name = self._person_named(pronoun, sentence_index)
        if name is None or _ends_on_a_verb(name):
            return None
        if not subject_of_its_clause(name, pronoun) and self._someone_else_before(name, pronoun, sentence_index):
            return None
        return name

    def _someone_else_before(self, name: str, pronoun: Token, sentence_index: int) -> bool:
        """Was "she" already someone else when ``name`` was first named? A pronoun of the same
        gender in the sentences just before that person's first mention stands for another person
        (often the article's subject, named long before: "She was tied up ... Axel Bagge, an
        archaeologist, suspected that she had been drowned. Her skeleton ..."), so "her" after it
        may be either: skip rather than guess."""
        gender = gender_of(pronoun)
        surname = name.split()[-1]
        theirs = [m for m in self.mentions if m.label in _PERSON_TYPES and m.text.split()[-1] == surname]
        if gender is None or not theirs:
            return False
        first = theirs[0]
        before = self.sentences[max(0, first.sentence - INTRODUCTION_WINDOW):first.sentence]
        if any(t.lower_ in gender and t.pos_ == "PRON" for sent in before for t in sent):
            return True
        # "Sahlström noted that she had been placed face down. She seemed to ...": a "she" beside
        # the person that is not bound to them may be someone else, and so may the next one.
        # Each content block is parsed on its own, so token positions restart: order mentions by
        # sentence first, and compare positions only within the pronoun's own sentence.
        last = [m for m in theirs if m.sentence < sentence_index
                or (m.sentence == sentence_index and m.position < pronoun.i)]
        if not last:
            return False
        mention = last[-1]
        same_sentence = mention.sentence == sentence_index
        own = _clause_of(pronoun)  # "after he lost his studio": "his" is whoever "he" is
        return any(t.lower_ in gender and t.pos_ == "PRON" and mention.position < t.i
                   and (not same_sentence or t.i < pronoun.i)
                   and not t.lower_.endswith("self") and not subject_of_its_clause(name, t)
                   and not (same_sentence and t.head.i == own.i and t.dep_ in ("nsubj", "nsubjpass"))
                   for t in self.sentences[mention.sentence])

    def _person_named(self, pronoun: Token, sentence_index: int) -> str | None:
        bound = clause_subject_name(pronoun)
        if bound is not None:
            return bound  # "Beyoncé tied with her husband": "her" is Beyoncé, whatever the parser calls her
        window = [m for m in self.mentions
                  if sentence_index - WINDOW <= m.sentence <= sentence_index and m.label in _PERSON_TYPES
                  and (m.sentence < sentence_index or m.position < pronoun.i)]
        if not window:
            return None
        # Within the same sentence the nearest preceding mention; else the latest subject mention.
        same = [m for m in window if m.sentence == sentence_index]
        if pronoun.lower_ == "him" or (pronoun.lower_ == "her" and not is_possessive(pronoun)):
            # "Tia accuses him": an object is never the subject of its own clause (that is "herself")
            own = {c.text for c in _clauses_sharing_a_subject(pronoun, "xcomp") for c in c.children
                   if c.dep_ in ("nsubj", "nsubjpass")}
            others = [m for m in same if m.text.split()[-1] not in own]
            if same and not others:
                return None  # the only person named before it is its clause's subject: no guess
            same = others
        if pronoun.dep_ in ("nsubj", "nsubjpass"):
            # "Working with the Scottish archaeologist Duncan Mackenzie, he uncovered ...": the phrase
            # before is the pronoun's own doing, so whoever it names is someone else (T77)
            same = [m for m in same if not _inside_its_own_participle(pronoun, pronoun.doc[m.position:m.end].root)]
        # "After Alice Doisy died in 1964, he married Margaret McCormick": one who died before is no "he" who then
        # acted ("When did Alice Doisy marry Margaret McCormick?", T149)
        same = [m for m in same if not _died_before(pronoun, pronoun.doc[m.position:m.end].root)]
        # "Through the influence of his uncle, Alexander Cochrane, ..., he joined the Royal Navy": a name set
        # beside "his uncle" is the pronoun's relative, never the pronoun ("When did Alexander Cochrane join the
        # Royal Navy?", T116)
        kin = gender_of(pronoun) or set()
        same = [m for m in same if not _owned_by_a_pronoun(pronoun.doc[m.position:m.end].root, kin)]
        if same:
            pick = same[-1]
            root = pronoun.doc[pick.position:pick.end].root
            gender = gender_of(pronoun)
            if gender is not None and any(
                    _marked_as(pronoun.doc[m.position:m.end].root, gender) for m in same if m is not pick) \
                    and not _marked_as(root, gender):
                # "His daughter Eleanor was married to one of the colonists, Ananias Dare, and on 18 August 1587 she
                # gave birth": a name told as a daughter is the likelier "she" than the nearer one ("When did
                # Ananias Dare give birth?", T194); skip rather than guess
                return None
            other_gender = set().union(*GENDERED) - (gender or set())
            if gender is not None and any(t.pos_ == "PRON" and t.lower_ in other_gender
                                          for t in pronoun.doc[pick.end:pronoun.i]):
                # "King later asked her to help organize a march, but he was assassinated on her 40th birthday": a
                # pronoun of the other gender between them is the person named ("What was Martin Luther King
                # Jr.'s 40th birthday?", T65)
                return None
            if pronoun.dep_ in ("nsubj", "nsubjpass") and not pick.is_subject and any(
                    m.is_subject and m.text != pick.text for m in same):
                # "Marie Curie met Pierre Curie in 1894, and in 1897 she gave birth to Irène": a subject goes on from
                # the subject before as often as from the nearer name; skip rather than guess (T194's "When did
                # Ananias Dare give birth?")
                return None
            if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
                # "When Cook and Robert Peary each claimed to have reached that pole, he secretly changed his
                # goal": one of two people joined is not "he" ("Where did Robert Peary secretly change his
                # goal?", T63)
                return None
            if pick.is_owner and not any(m.is_subject for m in same):
                # "Mozart's Requiem was performed at his funeral": the owner of the subject is named
                # only to say whose the subject is; "his" may as well be someone named before
                return None
            # A proper-noun subject between that person and the pronoun, which the parser did not
            # tag as a person ("Tremaine had fought ..., but Margera was uncertain that Paramount
            # would allow him"), is the likelier antecedent: naming the earlier person would make
            # the card say something false.
            doc = pronoun.doc
            if any(t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.text not in pick.text
                   for t in doc[pick.position:pronoun.i]):
                return None
            return pick.text
        subjects = [m for m in window if m.is_subject]
        pick = (subjects or window)[-1]
        if not pick.is_subject and self._subject_beside(pick, pronoun):
            return None
        gender = gender_of(pronoun) or set()
        if _owned_by_a_pronoun(self.sentences[pick.sentence].doc[pick.position:pick.end].root, gender):
            # "His father, Sir Arnold Theiler, was a Swiss-born veterinary scientist ... He attended school in
            # Pretoria": the name set beside "his father" is the relative of the one the sentences go on about
            # ("In 1919 Arnold Theiler moved to London", T134), as within a sentence (T116)
            return None
        if pick.sentence < sentence_index:
            earlier = self.sentences[pick.sentence]
            if any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON" and t.lower_ in gender
                   and t.i < pick.position for t in earlier):
                # "He served as a hoplite ..., and Plato records his bravery ... In 406 BC ... he opposed the
                # illegal proposal": the "he" before the name goes on ("Plato opposed", T83)
                return None
            acting = earlier.doc[pick.position:pick.end].root.head
            if any(t.pos_ == "PRON" and t.lower_ in gender - {"his", "hers", "herself", "himself"}
                   and not is_possessive(t) and t.dep_ not in ("nsubj", "nsubjpass") and pick.position < t.i
                   and acting.i in (t.head.i, t.head.head.i) for t in earlier):
                # "Elizabeth granted him profitable monopolies ... He was knighted in 1585": the one the subject
                # acted on is "he", and the "he" after goes on about him ("Elizabeth was knighted", T112)
                return None
        # A name in a sentence between that person and the pronoun, which the parser tagged as
        # nothing or as what it tags least reliably ("The perpetrator was identified as Huu Can
        # Tran. He died ..."), is the likelier antecedent: naming the earlier person would make
        # the card say something false.
        if any(t.pos_ == "PROPN" and t.ent_type_ in _UNSURE_TYPES and t.text not in pick.text
               for sent in self.sentences[pick.sentence + 1:sentence_index] for t in sent):
            return None
        # A name that is the subject of a sentence between, which a pronoun of the same gender in that sentence goes
        # on about, is a person whatever the parser tagged it ("Braille [NORP] suffered from tuberculosis for much
        # of his adult life ... He died in Paris": not Joseph Guadet, named the sentence before, T191)
        # (a possessive: "The Council granted him 200 acres" names "him" as another, T191's review)
        if any(t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.text not in pick.text
               and any(p.pos_ == "PRON" and p.lower_ in gender and is_possessive(p) for p in sent)
               for sent in self.sentences[pick.sentence + 1:sentence_index] for t in sent):
            return None
        # "His father, František Dvořák, was an innkeeper ... The boy learned the violin ... From 1857 he
        # attended the Organ School": a person told by a noun as the subject of a sentence between is the
        # one the pronoun goes on about (T93)
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() in _PERSON_DESCRIPTIONS
               and any(c.lower_ == "the" for c in t.children)
               for sent in self.sentences[pick.sentence + 1:sentence_index] for t in sent):
            return None
        # A name earlier in the pronoun's own sentence that the parser did not tag as a person
        # ("Margera could be seen crying ... before his move") is the likelier antecedent: guessing
        # the person of an earlier sentence would make the card say something false.
        sent = self.sentences[sentence_index]
        if any(t.pos_ == "PROPN" and t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass", "poss")
               and t.text not in pick.text for t in sent):
            return None
        # Two different people named in the sentences before make "he" a guess: skip. (A surname
        # after the full name is the same person.)
        people = {m.text.split()[-1] for m in window if m.sentence < sentence_index}
        if len(people) > 1:
            return None
        return pick.text

    def _subject_beside(self, pick: Mention, pronoun: Token) -> bool:
        """Has the sentence that names ``pick``, not as its subject, a subject the recogniser did
        not call a person: a name ("Pasteur was born in Dole, the third child of Jean-Joseph
        Pasteur. ... He obtained ...") or a pronoun of the same gender ("There he married Marie
        Laurent ... In 1854 he was appointed ...")? That subject, not ``pick``, is the one the next
        sentences go on about (centering's preferred antecedent)."""
        gender = gender_of(pronoun) or set()
        return any(t.dep_ in ("nsubj", "nsubjpass") and not pick.position <= t.i < pick.end
                   and (t.pos_ == "PROPN" or t.pos_ == "PRON" and t.lower_ in gender)
                   for t in self.sentences[pick.sentence])

    def _subject_antecedent(self, pronoun: Token, sentence_index: int, depth: int,
                            possessive: bool | None = None) -> str | None:
        """"it" and "they" stand for the subject of an earlier clause of the sentence, or of the
        sentence before, when that subject agrees in number (centering's preferred antecedent).
        Entity mentions elsewhere in the sentence are not guessed at: too often wrong."""
        plural = pronoun.lower_ in PLURAL
        if possessive is None:
            possessive = pronoun.lower_ in POSSESSIVE
        sent = self.sentences[sentence_index]
        # A verb joined to the one before with no subject of its own shares that subject: "The Moscow
        # Canal, opened in 1937, links it with ...", read "opened ... , links": "it" is not the canal (T80)
        # So does a side clause with no subject of its own: "Doctors ... went down to treat the injured,
        # giving them painkillers": "them" is not the doctors (T126)
        own_clauses = {c.i for c in _clauses_sharing_a_subject(pronoun, ("conj", "advcl"))}
        candidates = []
        # "NASA expects it to operate": the subject of an infinitive is not the subject of the verb that
        # governs it (that would be "itself")
        governor = pronoun.head.head.i if pronoun.dep_ == "nsubj" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in pronoun.head.children) else None
        for token in sent:
            if token.i >= pronoun.i or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if _clause_of(token).i in own_clauses and pronoun.lower_ not in POSSESSIVE:
                continue  # "X saw it": "it" is not X (that would be "itself")
            if token.head.i == governor:
                continue
            if token.head.dep_ in ("ccomp", "csubj", "pcomp") and pronoun.i not in {t.i for t in token.head.subtree}:
                # "he studied how plants take up carbon dioxide, and in 1918 they published a book": the subject
                # of a clause inside another verb's object is no antecedent of the next clause ("When did plants
                # publish a book on photosynthesis?", T164)
                continue
            candidates.append(token)
        if not candidates and sentence_index > 0:
            if _agreeing_noun_before(sent, pronoun, plural):
                # "In 1700 several hundred French Huguenots [read as the object of "In"] migrated
                # ..., where the Crown had promised them land": the sentence's own Huguenots, not
                # the sentence before's "roughly 500,000 Huguenots"; skip rather than guess
                return None
            previous = self.sentences[sentence_index - 1]
            root = previous.root
            candidates = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN") and _agrees(g, plural)
                    for g in c.children) for c in root.children):
                # "Nicosia fell in September 1570, and Famagusta ... surrendered in August 1571. Its
                # Venetian commander ...": two clauses, two subjects that fit; the nearer is likelier, the
                # first is what centering picks. Skip rather than guess ("Who was Nicosia's Venetian
                # commander?", T69)
                return None
            if pronoun.dep_ in ("dobj", "pobj") and any(
                    c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN") and _agrees(c, plural)
                    for c in root.children):
                # "The Constitution does not explicitly grant this power. Marshall established it":
                # an object may go on from the object before as well as from the subject; skip
                return None
            kind = PLURAL if plural else NEUTER
            if any(t.lower_ in kind and t.dep_ not in ("nsubj", "nsubjpass") for t in previous):
                # "The MFR downgraded it to a tropical cyclone. At midnight, it was further
                # downgraded": "it" goes on from the "it" before, not from that sentence's subject
                return None
        if not candidates:
            return None
        subject = candidates[-1]
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i for c in subject.head.children):
            return None  # "Those | Once Loyal is ...": two subjects of one verb are one name misread
        if subject.pos_ == "PRON" and subject.lower_ not in NEUTER | PLURAL:
            return None  # "he" for "it" names no one (and "he's fortune" is no English)
        if subject.lower_ in NEUTER | PLURAL and subject.head.dep_ == "relcl":
            # "to treat the injured where they lay, giving them painkillers": "they" of a relative clause may be
            # the noun the clause hangs on; skip rather than guess (T126)
            return None
        if subject.lower_ in NEUTER | PLURAL and depth < 1:
            index = sentence_index if subject.sent.start == sent.start else sentence_index - 1
            if (subject.lower_ in PLURAL) != plural:
                return None
            return self._subject_antecedent(subject, index, depth + 1, possessive)
        if not _agrees(subject, plural):
            return None
        if subject.pos_ == "NOUN" and subject.tag_ == "NN" and not any(
                c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in subject.children):
            # "work began in 1295 on Beaumaris Castle ... Never completed, it ...": a bare mass noun is
            # no thing "it" names ("Never completed, work is ...", T105)
            return None
        if subject.sent.start == sent.start and not possessive and any(
                t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN") and _agrees(t, plural)
                for t in sent[subject.right_edge.i + 1 - sent.start:pronoun.i - sent.start]):
            # "The band commissioned a photograph of the plaque before it was altered": the
            # photograph, the plaque and the band all fit "it"; skip rather than guess
            self.crowded.add((sentence_index, pronoun.i))
            return None
        if not plural and (subject.ent_type_ == "PERSON" or any(
                c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in subject.children)):
            # "its skeleton" is never a person's, nor is "it" "the English scientist" the sentence names ("The
            # English scientist Charles Wheatstone first described the instrument. ... it became ...", T164)
            return None
        if depth == 0 and subject.sent.start == sent.start:
            self.within.add((sentence_index, pronoun.i))
        if any(c.dep_ == "conj" for c in subject.children):
            # "the PRC and North Korea ... Their differences": never one conjunct for the pair.
            # "They" may name the pair; "their" may not ("the PRC and North Korea's differences"
            # reads as North Korea's alone).
            return None if possessive else coordination_phrase(subject)
        return noun_phrase(subject)

    def replacement(self, token: Token, sentence_index: int, before: str = "") -> str | None:
        """The text that should replace a pronoun token in a question, or None if unresolved.
        ``before`` is the text of the sentence up to the pronoun: when it names the antecedent
        already, the pronoun itself is the replacement ("Takaichi announced that she would ...")."""
        if inside_a_name(token):
            return token.text
        if token.lower_.endswith(("self", "selves")) and token.dep_ == "appos" and token.head.i == token.i - 1:
            # "in 1854 itself", "Snow himself never saw it": a reflexive that stresses the word before it stands
            # for nothing else ("in 1853 Snow, in Florence, Pacini described ...", T225)
            return token.text
        if before and is_possessive(token) and names_it_after(token):
            # "In their 1984 book What Do Unions Do?, the economists Richard Freeman and James Medoff argued":
            # the subject after the fronted phrase is whose ("In unions' 1984 book", T111)
            return token.text
        name = self.antecedent(token, sentence_index)
        # a pronoun that goes on from one the shown sentence kept: "... to treat the injured where they lay,
        # giving them painkillers" (T126)
        goes_on = bool(before) and any((sentence_index, j) in self.within and _same_kind(token.doc[j], token)
                                       for j in range(token.sent.start, token.i))
        if name is None:
            # the whole sentence holds whatever "it" is: a card showing the sentence keeps "it"
            return token.text if before and ((sentence_index, token.i) in self.crowded or goes_on) else None
        if before and is_possessive(token) and described_subject(token):
            # "The 22-year-old from the New York borough of Queens made the jump on his first attempt":
            # the subject is the person, told by an epithet; "on Bob Beamon's first attempt" reads as
            # another's (T69)
            return token.text
        if before and (said_before(name, before) or (sentence_index, token.i) in self.within or goes_on):
            # a card showing the sentence shows the antecedent too: "A second, identical spacecraft,
            # Viking 2, is on its way to Mars" keeps "its" (not "on the second identical spacecraft's
            # way", T58); so does a pronoun that goes on from one the sentence kept ("... to treat the
            # injured where they lay, giving them painkillers", T126)
            return token.text
        if _QUANTIFIED.match(name):
            # "Almost every electric car on the road ... Its pioneers, John Goodenough, ...": not "Almost every
            # electric car's pioneers ... shared the 2019 Nobel Prize" for the battery's (T198); in its own sentence
            # ("each colony had its own dialect") the pronoun stays, above
            return None
        if is_possessive(token):
            if re.fullmatch(r"(?:[Tt]he\s+)?[A-Z]\w*(?:ish|ch|ese|sh)", name):
                # "the Spanish", "the French", "the Chinese" take no "'s" ("the Spanish's colonial
                # capital", T67)
                return None
            if re.fullmatch(r"[Tt]he\s+[a-z][\w-]*", name):
                # "The breakthrough came with the Seventh Symphony ... Its Adagio": a bare "the" noun as owner
                # ("The breakthrough's Adagio") names nothing the learner can place (T91)
                return None
            if re.search(r"\s(?:of|and)\s(?:.*\s)?[a-z][\w-]*$", name):
                # "The complex of palaces and halls' ruins" (T78): an owner whose phrase ends in another
                # noun than its head makes that noun the owner; "the Bank of England's" is a name's
                return None
            return name + ("'" if name.endswith("s") else "'s")
        return name


def _marked_as(name: Token, gender: set[str]) -> bool:
    """Is the name set beside a noun of the pronouns' gender ("His daughter Eleanor", "his wife, Marta", "Queen
    Anne")?"""
    nouns = _FEMALE_NOUNS if "she" in gender else _MALE_NOUNS
    beside = [name.head] if name.dep_ in ("appos", "compound") else []
    beside += [c for c in name.children if c.dep_ in ("appos", "compound")]
    return any(t.lemma_.lower() in nouns for t in beside)


#: Nouns that tell a person's sex, beside a name.
_FEMALE_NOUNS = frozenset({"daughter", "wife", "mother", "sister", "widow", "queen", "princess", "woman", "girl",
                           "actress", "aunt", "niece", "granddaughter", "grandmother", "lady", "duchess", "empress",
                           "countess", "nun", "bride", "fiancée", "stepmother", "stepdaughter"})
_MALE_NOUNS = frozenset({"son", "husband", "father", "brother", "widower", "king", "prince", "man", "boy", "uncle",
                         "nephew", "grandson", "grandfather", "lord", "duke", "emperor", "count", "monk", "groom",
                         "fiancé", "stepfather", "stepson"})


def described_subject(pronoun: Token) -> bool:
    """Is the subject of the pronoun's clause, before it, a person told by an adjective alone ("the
    22-year-old", "the eldest"), whom the pronoun most likely stands for?"""
    clause = _clause_of(pronoun)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i and c.pos_ == "ADJ" and any(
        d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in clause.children)


def is_possessive(token: Token) -> bool:
    """Is the pronoun a possessive ("her skull"), not an object ("a bust of her")?"""
    word = token.lower_
    return word in POSSESSIVE and (word != "her" or token.tag_ == "PRP$")


def _owned_by_a_pronoun(name: Token, gender: set[str]) -> bool:
    """Is the name set beside a noun that a pronoun of ``gender`` owns ("his uncle, Alexander Cochrane"), or
    named in a phrase of such a noun ("His marriage to Esther Lederberg")? Either way the name is that
    person's relative, not the person."""
    if name.dep_ == "appos":
        return any(c.dep_ == "poss" and c.lower_ in gender for c in name.head.children)
    if name.head.lemma_ == "be" and name.dep_ in ("attr", "nsubj"):
        # "His uncle was Robert Bosch, founder of ...", "Robert Bosch was his uncle": a name the copula makes the
        # relative is not the one "he" goes on about ("From 1894 Robert Bosch studied metallurgy", T166)
        other = next((c for c in name.head.children
                      if c.dep_ in ("nsubj", "attr") and c.dep_ != name.dep_ and c.pos_ == "NOUN"), None)
        if other is not None and any(c.dep_ == "poss" and c.lower_ in gender for c in other.children):
            return True
    token = name
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN":
        # "His marriage to Esther Lederberg ... ended in divorce in 1966; in 1968 he married ...": "he" is the
        # one "his" stands for ("When did Esther Lederberg marry ...?", T140)
        token = token.head.head
        if any(c.dep_ == "poss" and c.lower_ in gender for c in token.children):
            return True
    return False


def names_it_after(pronoun: Token) -> bool:
    """Is the possessive in a phrase put before its clause's subject, and the subject whose it is ("In
    their 1984 book ..., the economists Freeman and Medoff argued", "In his first year, the young
    Darwin ...")? The subject agrees: a plural or a pair for "their", a name or a noun for "his"."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i <= pronoun.i or subject.pos_ == "PRON":
        return False
    if pronoun.lower_ == "their":
        # (or the pair the parser set beside a noun it took for the subject: "In their 1992 follow-up, cumulative
        # prospect theory, Tversky and Kahneman estimated ...", not "In losses' 1992 follow-up", T216)
        return any(t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
                   for t in (subject, *(c for c in subject.children if c.dep_ == "appos")))
    return pronoun.lower_ in ("his", "her") and subject.tag_ in ("NN", "NNP")


def gender_of(pronoun: Token) -> set[str] | None:
    """The pronouns of the gender of ``pronoun`` ("her" -> she, her, hers, herself); None for "it" or "they"."""
    return next((words for words in GENDERED if pronoun.lower_ in words), None)


def said_before(name: str, text: str) -> bool:
    """Does ``text`` name ``name`` (as whole words; its first letter in either case: "both countries"
    is said in "Both countries have put their militaries on alert"; with any article: "the dress
    rehearsal" is said in "A dress rehearsal was held, with 4000 people in it")?"""
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)  # "a dress rehearsal ... in it"
    if not name:
        return False
    first = f"[{re.escape(name[0].lower())}{re.escape(name[0].upper())}]"
    return re.search(rf"(?<!\w){first}{re.escape(name[1:])}(?!\w)", text) is not None


def is_expletive(pronoun: Token) -> bool:
    """Is "it" a placeholder subject ("it is hard to imagine ...", "it seems that ...", "it was
    decided to ...", "it is the first time that ...") rather than a word for something named before?"""
    if pronoun.dep_ == "expl":
        return True
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_ == "time" and any(
            r.dep_ == "relcl" or r.lower_ == "that" for r in c.subtree) for c in verb.children):
        return True  # "It is the first time that Montpellier has hosted ...": the clause says what
    later = [c for c in verb.children if c.i > pronoun.i and c.dep_ in ("xcomp", "ccomp", "csubj")]
    if verb.lemma_ == "be" and any(c.dep_ == "prep" for c in verb.children) and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in later):
        # "It was on 18 January 1701 that the Elector ... crowned himself": a cleft, whose "it" stands for
        # nothing ("When was the date that ...?" for "The date was chosen with care", T82)
        return True
    if verb.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "PROPN" and any(
            t.lower_ in ("who", "that") for t in verb.doc[c.right_edge.i + 1:c.right_edge.i + 8])
            for c in verb.children if c.i > pronoun.i):
        # "it was M. Clemenceau, it is understood, who gave the letter its title": a cleft on a name, whose
        # "it" stands for nothing ("Who was L'Aurore? M. Clemenceau", T97)
        return True
    if verb.lemma_ in ("seem", "appear", "happen", "matter", "turn", "remain") and later:
        return True
    predicate = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")] or (
        [verb] if pronoun.dep_ == "nsubjpass" else [])
    # "It is considered almost certain that proceedings will be taken": the "that" clause hangs on the
    # predicate, and says what "it" is ("The publication is considered almost certain that ...", T97)
    later += [g for p in predicate for g in p.children if g.dep_ == "ccomp" and g.i > pronoun.i
              and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    # "it is hard to imagine a war" (the infinitive has its object: "it" is a placeholder) but "it
    # is hard to visit" (the object is "it": the museum)
    complete = [c for c in later if c.dep_ != "xcomp" or any(g.dep_ in ("dobj", "ccomp", "attr", "acomp")
                                                              for g in c.children)]
    return bool(predicate) and bool(complete)


#: Nouns that, with "a", "any" or "every", name anyone at all: "a person", "any citizen".
_ANYONE = frozenset({"person", "individual", "agent", "citizen", "student", "child", "man", "woman", "worker",
                     "voter", "patient", "speaker", "believer", "parent", "employee", "consumer", "reader"})


def after_anyone(pronoun: Token) -> bool:
    """Is there, before the pronoun, a subject of a clause that holds it that names anyone at all
    ("a person", "any citizen", "someone")? The pronoun is most likely that one, in a general claim
    ("a person is responsible only if he could have done otherwise"), not a person named before."""
    clause = _clause_of(pronoun)
    above = {clause.i, clause.head.i}  # its own clause, or the one its clause hangs on ("only if he ...")
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i not in above:
            continue
        if token.lower_ in ("someone", "anyone", "everyone", "somebody", "anybody", "everybody", "one"):
            return True
        if token.lemma_.lower() in _ANYONE and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "each", "no") for c in token.children):
            return True
    return False


def inside_who_clause_of_a_noun(pronoun: Token) -> bool:
    """Is the pronoun inside a "who" clause on a common noun ("a disgruntled individual who did
    not receive the position he believed he was promised")? It is most likely that person, whom
    no name stands for: not the person named before."""
    for ancestor in pronoun.ancestors:
        if ancestor.dep_ == "relcl" and ancestor.head.pos_ == "NOUN" and not ancestor.head.ent_type_ and any(
                t.tag_ in ("WP", "WP$") and t.i < pronoun.i for t in ancestor.subtree):
            return True
    return False


def clause_subject_name(pronoun: Token) -> str | None:
    """The name that is the subject of the pronoun's own clause, before it, when the parser did not
    label it a person ("Beyoncé tied with her husband"); None otherwise (the mentions decide)."""
    if not (is_possessive(pronoun) or pronoun.lower_ in ("himself", "herself")) or pronoun.lower_ == "its" \
            or pronoun.dep_ in ("nsubj", "nsubjpass"):
        return None  # an object is never its own clause's subject ("Tia accuses him")
    clause = _clause_of(pronoun)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "DATE", "FAC"):
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        return None
    from studygen.candidates import INSTITUTION_NOUNS  # (candidates reads this module's helpers)

    if any(t.lower_ in INSTITUTION_NOUNS for t in subject.subtree if t.dep_ == "compound" or t.i == subject.i):
        # "University College Cork ... marked the bicentenary of his birth": a college is no "he" ("When
        # did University College Cork mark the bicentenary of his birth?", T113)
        return None
    if any(not (t.dep_ == "compound" and t.pos_ == "PROPN") and not t.is_punct for t in subject.lefts):
        return None  # '"Fjölnir the Brotherless" has lost his throne': not "Brotherless' throne"
    words = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subject]
    return " ".join(t.text for t in words)


def subject_of_its_clause(name: str, pronoun: Token) -> bool:
    """Is ``name`` the subject of the pronoun's own clause, or of a clause it is joined to or that
    it qualifies ("William James was ..., and he is often called ...", "Kwiatkowski won after
    breaking away on his own")? Then the pronoun is that person, whoever else "he" was before.
    A reported clause is not enough ("Bagge suspected that she had been drowned")."""
    surname = name.split()[-1]
    clause = _clause_of(pronoun)
    while True:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i and c.text == surname
               for c in clause.children):
            return True
        if clause.dep_ not in ("conj", "advcl", "xcomp") or clause.head.i == clause.i:
            return False
        clause = _clause_of(clause.head)


def _inside_its_own_participle(pronoun: Token, name: Token) -> bool:
    """Is ``name`` inside a participle phrase with no subject of its own, hung on the pronoun's
    verb ("Working with X, he ...", "Trained by X, she ...")? Its subject is the pronoun."""
    if any(a.tag_ in ("VBG", "VBN") and a.dep_ == "advcl" and a.head.i == pronoun.head.i
           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children) for a in name.ancestors):
        return True
    # "With Oscar Schotté he showed in 1932 that ...": a name in a phrase of the pronoun's own verb, before it, is
    # someone else ("When did Oscar Schotté show that ... with he?", T143)
    return name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.i == pronoun.head.i \
        and name.i < pronoun.i


def _died_before(pronoun: Token, name: Token) -> bool:
    """Is ``name`` the subject of a clause saying they died, set before the pronoun's own clause ("After Alice died,
    he married ...")?"""
    verb = name.head
    return name.dep_ == "nsubj" and verb.lemma_.lower() == "die" and verb.dep_ == "advcl" \
        and verb.head.i == _clause_of(pronoun).i and verb.i < pronoun.i


def _clauses_sharing_a_subject(token: Token, link: str | tuple[str, ...]) -> list[Token]:
    """The token's clause and, while that clause hangs on another by ``link`` with no subject of its
    own, the clause whose subject it takes. By "xcomp": in "Einstein is reported to have kept a picture
    of him", "kept" has Einstein for its subject, so "him" is not Einstein (that would be "himself"). By
    "conj": a verb joined to the one before shares its subject; by "advcl", so does a side clause with none."""
    clauses = [_clause_of(token)]
    links = (link,) if isinstance(link, str) else link
    while clauses[-1].dep_ in links and clauses[-1].head.i != clauses[-1].i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clauses[-1].children):
        clauses.append(_clause_of(clauses[-1].head))
    return clauses


def _clause_of(token: Token) -> Token:
    current = token
    while current.head.i != current.i and not (current.pos_ in ("VERB", "AUX") and current.dep_ in (
            "ROOT", "advcl", "relcl", "conj", "ccomp", "acl", "parataxis", "xcomp")):
        current = current.head
    return current


#: Nouns that tell a person without naming them ("the boy learned the violin").
_PERSON_DESCRIPTIONS = frozenset({"boy", "girl", "youth", "child", "man", "woman", "lad", "teenager"})
#: Entity types no "it" or "they" stands for: "About 65% of the residents are of Asian descent; in
#: the 1990 census, it became the first city ..." ("it" is the city, named sentences before).
_NO_ANTECEDENT_TYPES = frozenset({"PERSON", "PERCENT", "CARDINAL", "MONEY", "QUANTITY"})


def _agrees(subject: Token, plural: bool) -> bool:
    if subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in _NO_ANTECEDENT_TYPES:
        return False
    if subject.lower_ in PERSONAL | NEUTER | PLURAL | DEMONSTRATIVE:
        return False
    if any(c.dep_ == "conj" for c in subject.children):
        return plural
    if plural:
        return subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ == "NORP"
    return subject.tag_ in ("NN", "NNP") and subject.ent_type_ != "NORP"


#: The dependencies of a noun that heads a noun phrase of its own (not "land" in "land grants").
_PHRASE_HEADS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj", "dative", "ROOT"})


def _agreeing_noun_before(sent: SpacySpan, pronoun: Token, plural: bool) -> bool:
    """Does a noun phrase of the pronoun's own sentence, before it, agree with it in number? When the
    sentence has no subject to take, such a noun is as likely the antecedent as the sentence before's subject."""
    return any(t.i < pronoun.i and t.dep_ in _PHRASE_HEADS and _agrees(t, plural) for t in sent)


def _same_kind(one: Token, other: Token) -> bool:
    """Are both pronouns of one kind (both plural, both "it", both "he", both "she")?"""
    return any(one.lower_ in kind and other.lower_ in kind for kind in (PLURAL, NEUTER, *GENDERED))


def coordination_phrase(head: Token) -> str | None:
    """"A and B" (or "A, B and C") for a coordinated noun phrase, each member rendered short;
    None when a member cannot be, or the whole would be too long to stand for a pronoun."""
    members = [head]
    frontier = [head]
    while frontier:
        for child in frontier.pop().children:
            if child.dep_ == "conj":
                members.append(child)
                frontier.append(child)
    members.sort(key=lambda t: t.i)
    conjunctions = [t.lower_ for m in members for t in m.children if t.dep_ == "cc"]
    if len(members) > 3 or any(word != "and" for word in conjunctions):
        return None  # "A or B" is not who "they" are
    names = [name for name in (noun_phrase(m) for m in members) if name is not None]
    if len(names) != len(members):
        return None
    text = ", ".join(names[:-1]) + " and " + names[-1]
    return text if len(text.split()) <= 8 else None


#: A noun said of every one of a kind, or of none: no one thing a pronoun of a later sentence stands for.
_QUANTIFIED = re.compile(r"(?i)(?:(?:almost|nearly|virtually|practically)\s+)?"
                         r"(?:every|each|no|any|all|either|neither)\s")


def noun_phrase(head: Token) -> str | None:
    """A short rendering of the noun phrase headed by ``head``, for use in another sentence:
    no clauses or side remarks, "a" made "the", at most six words; None if it needs resolving too."""
    entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    if entity is not None and head.pos_ == "PROPN" and len(entity) <= 8 and not any(
            t.tag_ in ("PRP", "PRP$") for t in entity):
        # A name is said whole or not at all: "the Democratic People's Republic of Korea", never
        # "the Democratic People's Republic".
        the = entity.start > 0 and head.doc[entity.start - 1].lower_ == "the" and entity[0].lower_ != "the"
        if len(entity) > 2 and entity[0].text == "The" and entity[0].is_sent_start:
            # "The Japan Rice Millers Association focuses ...": "The" opens the sentence; a name of
            # one word after it keeps its capital ("The Hague", "The Guardian")
            return "the" + entity.text[3:]
        return ("the " if the else "") + entity.text
    # (a word the parser calls punctuation that is none stays: "a magnitude 9.0–9.1 earthquake")
    # (an adverb after the noun is a side remark: "Doctors and nurses from St Bartholomew's Hospital, a short
    # distance away," are not "doctors a short distance away", T126)
    cut = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "appos", "advcl", "conj", "cc")
           or (c.dep_ == "punct" and c.is_punct) or (c.dep_ == "prep" and c.lower_ != "of")
           or (c.dep_ in ("advmod", "npadvmod") and c.i > head.i) for t in c.subtree}
    tokens = [t for t in head.subtree if t.i not in cut]
    commas = [t.i for t in tokens if t.text == "," and t.i > head.i]
    if commas:
        tokens = [t for t in tokens if t.i < commas[0]]
    if len(tokens) > 6 and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        # "The construction of a dedicated high-speed line in England ... Its first section": "the
        # construction" alone is not what "its" stands for, and the whole phrase is too long to say
        return None
    if len(tokens) > 6:
        # The head with the words right before it that modify it, and its determiner: never words
        # picked out of a longer stretch ("a predominantly pop rock and country pop album" is not
        # "the pop pop album", but "the country pop album").
        run = [head]
        doc = head.doc
        while run[0].i > 0:
            before = doc[run[0].i - 1]
            inside = {t.i for t in run}
            if before.dep_ == "case" and before.head.dep_ == "poss" and before.head.head.i in inside:
                run[:0] = list(doc[before.head.left_edge.i:before.i + 1])  # "the old man's"
                break
            glued = not before.whitespace_  # "Chinese-owned": a word the tokenizer cut in pieces
            if not glued and not (before.dep_ in ("compound", "amod", "poss", "nmod") and before.head.i in inside):
                break
            run.insert(0, before)
        determiner = [t for t in tokens if t.dep_ == "det" and t.head.i == head.i and t.i < run[0].i][:1]
        tokens = determiner + run
    if not tokens or any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") or t.lower_ in DEMONSTRATIVE for t in tokens):
        return None
    words = [t.text for t in tokens]
    if tokens[0].lower_ in ("a", "an"):
        words[0] = "the"
    elif tokens[0].is_sent_start and tokens[0].pos_ not in ("PROPN",) and not tokens[0].ent_type_:
        words[0] = words[0].lower()
    text = "".join(w + (t.whitespace_ if k + 1 < len(tokens) and tokens[k + 1].i == t.i + 1 else " ")
                   for k, (w, t) in enumerate(zip(words, tokens, strict=True)))
    return text.strip()
