"""Definition questions (template ``definition.toml``), from appositives: "Momus, Warsaw's first
literary cabaret" -> "What was Warsaw's first literary cabaret?", and from a textbook's definitions:
"An allele is one of two or more versions of a gene" -> "What is one of two or more versions of a
gene?"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studygen.candidates import PERSON_NOUNS, PLACE_NOUNS, definition_of
from studygen.generators.base import QuestionDraft
from studygen.generators.families import family
from studygen.generators.realise import wh_words
from studygen.generators.realise.framing import bare_the
from studygen.generators.realise.rendering import Question
from studygen.generators.realise.syntax import (
    SUBJECT_DEPS,
    Unrealisable,
    answer_root,
    finite_tense,
    listed_appositive,
    person_like,
    repeats_the_outer_noun,
    subtree_ids,
    unjoined_conjunct,
)
from studygen.models import AnswerType

if TYPE_CHECKING:
    from spacy.tokens import Token


TEMPLATES = ("definition",)
ORDER = 10
FALLBACK = False
ANY_SPAN = False


def questions(q: Question) -> list[QuestionDraft]:
    root = answer_root(q)
    if q.sent.root.pos_ not in ("VERB", "AUX") and any(
            t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ in ("amod", "compound", "nmod") for t in q.sent):
        # "The sociologist Robin Cohen, in Global Diasporas (1997), distinguished victim diasporas ...":
        # the parser read the verb as an adjective and the sentence as one noun phrase ("Who is the
        # sociologist Robin Cohen, in Global Diasporas? victim diasporas", T45)
        raise Unrealisable("a finite verb read as a modifier: the parse is wrong")
    described = definition_of(q.doc[q.start:q.end])
    if described is not None:
        # "An allele is one of two or more versions of a gene" -> "What is one of two or more
        # versions of a gene?": the whole description, which alone picks the term out
        if described.lower_ == "one" and not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON") for g in c.children)
                for c in described.children):
            # "An ascribed status is one a person is born into": "What is one a person is born
            # into?" leaves "one" standing for a noun the question never says; so does "one of the largest
            # in Europe" ("What is one of the largest in Europe? historic centre", T126)
            raise Unrealisable("a definition by 'one', the noun left out")
        phrase_tokens = q.doc[described.left_edge.i:described.right_edge.i + 1]
        ranked = any(t.tag_ in ("JJS", "RBS") or t.lower_ == "most" for t in phrase_tokens)
        if ranked and (described.lower_ == "one" or any(t.lower_ == "yet" for t in phrase_tokens)) \
                or any(t.lower_ == "latest" for t in phrase_tokens):
            # "one of the most visited monuments in India", "the most dramatic step yet": a rank among others,
            # which picks out no term (the labelled definitions so: 0 of 6 kept, T125, T126); "the smallest unit of
            # life" defines
            raise Unrealisable("a rank among others, no definition")
        if any(c.dep_ == "advmod" and c.lower_ in _LOOSENING for c in described.head.children):
            # "Digestion is largely a series of hydrolysis reactions": not all of the description is the
            # term's, nor the term all of it (T130)
            raise Unrealisable("a hedged description, no definition")
        if q.tokens and (q.tokens[0].lower_ in _LOOSE_TERMS or q.tokens[0].tag_ in ("JJS", "RBS")):
            # "typical apparatus", "related idea", "main sources", "simplest case": a word that places the answer
            # among others, no term the description defines (0 of 5 labelled kept; T132); "best-known demonstration",
            # "classic study" ("What is the candle problem ...? best-known demonstration", T142)
            raise Unrealisable("a loose word for the term")
        phrase = phrase_tokens.text
        # "Provora are a group of predators ..." -> "What is a group of predators ...?"
        be = "is" if described.left_edge.lower_ in ("a", "an", "one") else described.head.lower_
        return [q.finish(f"What {be} {phrase}", "definition:term", 1.0)]
    be = "was" if finite_tense(root) == "VBD" else "is"
    answer_ids = q.ids
    if any(t.dep_ == "appos" and t.head.dep_ in SUBJECT_DEPS and t.head.i < t.head.head.i < t.i
           for t in (root, *root.children)):
        # "Caravaggio's style spread quickly through followers across Europe, among them Artemisia Gentileschi":
        # a name after the verb read as the subject's appositive ("What was Caravaggio's style?", T65)
        raise Unrealisable("an appositive after its noun's verb: the parse is wrong")
    # "the Hauteville leader, Drogo": the answer is the appositive name -> "Who was <description>?"
    if root.dep_ == "appos" and not q.contains(root.head):
        described = root.head
        if not is_name(root) or is_name(described):
            raise Unrealisable("appositive is not a name")
        if q.answer_type is AnswerType.PERSON and not person_like(described):
            raise Unrealisable("a person described as a thing: the parse is wrong")
        nearer = q.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
        if nearer is not None and nearer.pos_ in ("NOUN", "PROPN") and nearer.i != described.i:
            # "the eleventh studio album by the American rock band the Beach Boys": a name right after a nearer
            # noun, with no comma, is that noun's, though the parser hangs it on the first ("What is the eleventh
            # studio album by the American rock band? Beach Boys", T201)
            raise Unrealisable("a name right after a nearer noun, which it names")
        if any(t.lower_ == "one" and t.i > described.i and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children) for t in described.subtree if t.i < root.i):
            # "the son of one of the prince's serfs, Porfiry Borodin": the name may be that one's, not the
            # described noun's ("Who was the son of one of the prince's serfs? Porfiry Borodin", T96)
            raise Unrealisable("a name after 'one of', which may be that one's")
        outer = described.head.head if described.dep_ == "pobj" and described.head.dep_ == "prep" else None
        if outer is not None and outer.pos_ in ("NOUN", "NUM", "PRON") and (outer.lower_ == "one" or any(
                c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in outer.children)):
            # "One town in Doherty's district, Phillipsburg", "A radical offshoot of Yasser Arafat's Fatah
            # movement, the Al-Aqsa Brigades": the name is the town's and the offshoot's, though the parser
            # hangs it on the nearer noun ("What is Doherty's district? Phillipsburg", T176, T177)
            raise Unrealisable("a name after a phrase inside 'a/one N', which may be that N's")
        if any(t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children) for t in (described, root)):
            # "his wife, Queen Gudrún, and his heir, Prince Amleth": the description drags the
            # other member, and its name, along
            raise Unrealisable("a described member of a list")
        # What follows the name is the clause's, not the description's ("their assistant coach,
        # Ekkapol Chantawong, on June 23 after a football practice": the parser hangs the date on "coach")
        after = {t.i for c in described.children if c.i > root.i for t in c.subtree}
        phrase = unique_description(q, described, exclude=subtree_ids(root) | after)
        question = f"{who_what(q, described)} {be} {phrase}"
        return [q.finish(question, "definition:appositive-name", 0.95)]
    appos = [c for c in root.children if c.dep_ == "appos" and not q.contains(c)]
    if not appos:
        raise Unrealisable("not an appositive")
    other = appos[0]
    if answer_ids & subtree_ids(other):
        raise Unrealisable("answer covers the appositive")
    before = q.doc[max(other.left_edge.i - 3, 0):other.left_edge.i]
    if any(c.dep_ in ("relcl", "acl") and root.i < c.i < other.i and c.right_edge.i + 2 >= other.left_edge.i
           for c in root.children) and any(t.pos_ in ("NOUN", "PROPN") for t in before):
        # "in Washington, where they were attending a conference held as part of the International
        # Geophysical Year, the 18-month program ...": an appositive after its noun's clause describes
        # the clause's last noun, though the parser hangs it on the first ("What was the 18-month
        # program ...? Washington", T55)
        raise Unrealisable("an appositive after its noun's clause, which may be the nearer noun's")
    if other.pos_ in ("ADJ", "NUM") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in other.children):
        # "scored a hat-trick for France, the first in a World Cup final since ...": a description with its
        # noun left out ("the first [hat-trick]"), which may describe any noun before it ("What was the
        # first in a World Cup final since Geoff Hurst's ...? France", T61); "the largest of Sweden's islands"
        # says its noun
        raise Unrealisable("an appositive with its noun left out")
    if other.lemma_.lower() in ("time", "occasion"):
        # "followed by Cyclone Kenneth, the first time two strong tropical cyclones had struck Mozambique": the
        # appositive tells of the event the clause told, not of the name ("Who was the first time ...?", T141)
        raise Unrealisable("an appositive that tells of the clause's event")
    if not set_off(other):
        # "his victory at the Tour de Suisse, the name of X was added": the parser's appositive is
        # the next clause's subject; "Braun acquired it; the ownership ... transferred"
        raise Unrealisable("an appositive not set off by commas")
    if not wh_words.covers(q, root):
        raise Unrealisable("answer is only part of its phrase")
    # "Momus, Warsaw's first literary cabaret": the answer is a name described by its
    # appositive -> "What was Warsaw's first literary cabaret?"
    if is_name(root) and not is_name(other):
        if repeats_the_outer_noun(root, other):
            # "The great tunnel beneath the Simplon Pass, the longest railway tunnel ...": a name inside
            # the phrase of the noun its appositive repeats, which that noun is ("What was the longest
            # railway tunnel ...? Simplon Pass", T88)
            raise Unrealisable("an appositive that repeats the noun whose phrase holds the name")
        if root.dep_ == "pobj" and root.head.head.pos_ == "NOUN" and q.answer_type is AnswerType.PERSON \
                and other.pos_ == "NOUN" and not person_like(other):
            # "The great airship of Count Ferdinand von Zeppelin, the largest vessel ever built": a thing
            # described after its owner is the owner's thing ("What was the largest vessel ever built to
            # travel through the air? Count Ferdinand von Zeppelin", T94)
            raise Unrealisable("a thing's appositive after the person who owns it")
        persons_rank = other.pos_ in ("ADJ", "NUM") and any(
            person_like(g) for c in other.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj")
        after_a_place = root.head.lower_ in ("in", "at", "near") or q.answer_type is AnswerType.PLACE \
            or root.ent_type_ not in ("", "PERSON", "NORP")
        if root.dep_ == "pobj" and after_a_place and (person_like(other) or persons_rank):
            # "born at East Knoyle in Wiltshire, the son of Christopher Wren": a person described
            # after a place, who is the clause's subject ("Who was the son of Christopher Wren?
            # Wiltshire", T87); so too a person's rank among siblings ("born in Göttingen, the youngest of
            # four sons of Christian Bunsen": "What was the youngest of four sons ...? Göttingen", T114),
            # and a person after any phrase that ends on a place or thing ("born in Ealing, then a village west of
            # London, the son of George Huxley": "Who was the son of George Huxley? London", T124)
            raise Unrealisable("a person's appositive after a place")
        if any(c.dep_ == "amod" and c.lower_ in ("modern", "present-day", "today's", "current", "later")
               for c in other.children):
            # "Pará, the modern city of Belém": the description is the name the place has now, and "What was
            # the modern city of Belém?" asks nothing a learner can answer (T114)
            raise Unrealisable("a place's later name read as its description")
        if q.answer_type is AnswerType.PLACE and re.search(r"(?:tion|sion|ment|ance|ence)s?$", other.lower_):
            # "announcing, in a speech in Alexandria, the nationalisation of the Suez Canal Company": an
            # event is no place; the phrase is the verb's object ("What was the nationalisation of the
            # Suez Canal Company? Alexandria", T84)
            raise Unrealisable("an event read as a place's appositive: the parse is wrong")
        if any(unjoined_conjunct(t) for t in other.subtree):
            # "In Karachi, the capital of Pakistan, Mohammed Ali Jinnah ... has become governor-general":
            # the clause's subject read as a member of the description ("What is the capital of
            # Pakistan, Mohammed Ali Jinnah?", T52)
            raise Unrealisable("a list with no joining word in the description: the parse is wrong")
        phrase = unique_description(q, other, exclude=set())
        question = f"{who_what(q, other)} {be} {phrase}"
        return [q.finish(question, "definition:name-appositive", 1.05)]
    # "North Korea's founding dictator, Kim Il-sung": the answer is the description of a name
    # -> "Who was Kim Il-sung?"
    if is_name(other) and not is_name(root):
        key = "person" if other.ent_type_ == "PERSON" else "concept"
        wh = family("definition").wh_for(key) or "What"
        if not specific(q.tokens):
            # "What was China?" -> "host nation", "What was Ode to the Motherland?" -> "patriotic
            # song": true of many things, and so no definition of this one
            raise Unrealisable("a description that would fit many things")
        if any(t.dep_ == "poss" and t.pos_ == "NOUN" and bare_the(t) for t in root.subtree):
            # "The train's operator, West Anglia Great Northern,": which train? ("What was West Anglia Great
            # Northern? train's operator", T128)
            raise Unrealisable("a description owned by a bare 'the' noun")
        if any(t.tag_ in ("JJS", "RBS") for t in q.tokens) and not any(
                t.dep_ in ("poss", "prep") or t.tag_ == "PRP$" for t in q.tokens):
            # "The nearest inhabited land, Pitcairn Island, lies ...": nearest to what, largest of
            # what? The article says ("What is Pitcairn Island? nearest inhabited land", T78)
            raise Unrealisable("a superlative description that does not say of what")
        phrase = q.render_np(other, exclude=set())
        return [q.finish(f"{wh} {be} {phrase}", "definition:appositive-description", 0.95)]
    raise Unrealisable("appositive of two names")


def specific(words: list[Token]) -> bool:
    """Does a description say which one it is: owned ("North Korea's founding dictator"), named
    ("Scientology-owned cruise ship"), ranked ("the largest ...") or placed ("a port on the Baltic")?"""
    return any(t.dep_ in ("poss", "prep") or t.tag_ in ("PRP$", "JJS", "RBS") or t.pos_ == "PROPN"
               or t.ent_type_ == "ORDINAL" for t in words)


def set_off(appositive: Token) -> bool:
    """Is the appositive set off as one: a comma before it, and a punctuation mark or the end of
    the sentence after it ("Momus, Warsaw's first literary cabaret.")?"""
    doc = appositive.doc
    before, after = appositive.left_edge.i - 1, appositive.right_edge.i + 1
    if before < 0 or doc[before].text != ",":
        return False
    if listed_appositive(appositive):
        return False  # "tapes in Australia, the CBS News archive, and kinescope recordings": a list
    return after >= appositive.sent.end or doc[after].is_punct


#: Nouns of a name: what they describe is a word, asked "What", whoever bears it.
NAME_NOUNS = frozenset({"name", "nickname", "pseudonym", "alias", "title", "surname", "epithet", "moniker"})


#: Adverbs that loosen a copula's claim ("Digestion is largely ...").
_LOOSENING = frozenset({"largely", "mainly", "mostly", "partly", "essentially", "basically", "often", "usually",
                      "sometimes", "generally", "typically", "primarily", "chiefly", "broadly", "roughly"})
#: Words that place an answer among others rather than name a term ("related idea", "typical apparatus").
_LOOSE_TERMS = frozenset({"related", "typical", "main", "widely", "useful", "common", "particular", "similar",
                          "key", "major", "important", "certain", "usual", "best", "famous", "classic", "notable",
                          "well"})


def who_what(q: Question, description: Token) -> str:
    """Who for a person, unless the description names something else ("the first serial")."""
    person = q.answer_type is AnswerType.PERSON or description.lemma_.lower() in PERSON_NOUNS
    if description.lemma_.lower() in NAME_NOUNS:
        # "Vrah Vishnulok, the posthumous name of its builder": a name is no person ("Who is the
        # posthumous name ...?", T44)
        person = False
    elif description.lemma_.lower() in PLACE_NOUNS:
        # "Telok Betong, the chief place of the Lampong districts": a place, whatever the recogniser
        # took its name for ("Who is the chief place ...?", T87)
        person = False
    elif description.pos_ == "NOUN" and not person_like(description):
        # "the season's second houseguest, Glenda Victorio": a full name the parser calls a person
        # is one, whatever the noun ("What was the season's second houseguest?" is wrong)
        person = q.answer_type is AnswerType.PERSON and full_name(q)
    return family("definition").wh_for("person" if person else "concept") or "What"


def full_name(q: Question) -> bool:
    """Is the answer a name of two words or more, all proper nouns ("Sergey Aksyonov")?"""
    words = [t for t in q.tokens if not t.is_punct]
    return len(words) >= 2 and all(t.pos_ == "PROPN" for t in words)


def unique_description(q: Question, head: Token, exclude: set[int]) -> str:
    """A description that picks out one thing: definite ("the", a possessive, a name, a
    superlative or ordinal) and not a bare common noun."""
    words = [t for t in head.subtree if t.i not in exclude and not t.is_punct]
    first = words[0] if words else head
    # Unique in the world, not just in the article: owned ("Warsaw's"), named ("the Hauteville
    # leader"), or ranked ("the first", "the largest"); "the main freeway" is not.
    # The possessive must be the noun's own: "at least one female competitor, ..., with the rules
    # committee's approval" is owned by no one.
    definite = first.lower_ == "the" or any((t.dep_ == "poss" or t.tag_ == "PRP$") and t.head.i == head.i
                                            for t in words)
    unique = any(t.dep_ == "poss" or t.pos_ == "PROPN" or t.tag_ in ("JJS", "RBS")
                 or t.ent_type_ == "ORDINAL" for t in words if t.i != head.i or t.pos_ == "PROPN")
    content = [t for t in words if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")]
    if not definite or not unique or len(content) < 2:
        raise Unrealisable("description does not pick out one thing")
    if not any(t.dep_ in ("poss", "prep") or t.tag_ == "PRP$" or t.pos_ == "PROPN" or t.ent_type_ == "ORDINAL"
               for t in words):
        # ranked by a superlative alone: nearest to what? ("What is the nearest inhabited land? Pitcairn
        # Island", T78)
        raise Unrealisable("a superlative description that does not say of what")
    if head.lemma_.lower() in _OFFICES and not any(
            t.ent_type_ in ("DATE", "ORDINAL") or t.tag_ in ("JJS", "RBS") or t.lower_ in ("then", "first", "last")
            for t in words):
        # "the governor of Massachusetts, Elbridge Gerry": an office many have held, asked with no time ("Who
        # was the governor of Massachusetts?", T117)
        raise Unrealisable("an office many have held, with no time to say which holder")
    phrase = q.render_np(head, exclude=exclude)
    if len(phrase.split()) > 14:
        raise Unrealisable("description too long")
    return phrase


#: Offices of a state or a church that one person after another holds.
_OFFICES = frozenset({"governor", "president", "mayor", "premier", "chancellor", "king", "queen", "emperor",
                      "empress", "pope", "monarch", "ruler", "viceroy", "sultan", "shah", "tsar", "czar", "doge",
                      "archbishop", "bishop", "speaker", "administrator", "minister", "secretary", "chairman",
                      "chairwoman", "commissioner", "director", "chief"})


def is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "NORP")
