"""Answer candidates: the spans of a sentence worth asking about, typed and ranked.

Candidates come from the parse: named entities (people, organisations, places, groups, dates,
numbers, percentages, money, events, laws...), numbers with their units, and key noun phrases.
Each is typed (the type picks the question word, the distractors and the difficulty) and ranked by
the salience of its sentence to the article (MiniLM embeddings), how often the article mentions it,
and its type.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from studygen.coref import a_place_name, common_nouns, has_an_article, in_lower_case, is_acronym
from studygen.ingest.citations import in_a_citation
from studygen.models import AnswerCandidate, AnswerType
from studygen.sentences import FINITE_TAGS, SHORT_TITLES

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

ENTITY_TYPES: dict[str, AnswerType] = {
    "PERSON": AnswerType.PERSON,
    "ORG": AnswerType.ORGANISATION,
    "GPE": AnswerType.PLACE,
    "LOC": AnswerType.PLACE,
    "FAC": AnswerType.PLACE,
    "NORP": AnswerType.GROUP,
    "DATE": AnswerType.DATE,
    "TIME": AnswerType.TIME,
    "CARDINAL": AnswerType.NUMBER,
    "ORDINAL": AnswerType.ORDINAL,
    "QUANTITY": AnswerType.QUANTITY,
    "PERCENT": AnswerType.PERCENT,
    "MONEY": AnswerType.MONEY,
    "EVENT": AnswerType.EVENT,
    "LAW": AnswerType.LAW,
    "WORK_OF_ART": AnswerType.WORK,
    "PRODUCT": AnswerType.PRODUCT,
    "LANGUAGE": AnswerType.LANGUAGE,
}

#: How much a type is worth asking about, before salience: names and facts over vague phrases.
TYPE_WEIGHT: dict[AnswerType, float] = {
    AnswerType.PERSON: 1.0, AnswerType.ORGANISATION: 0.95, AnswerType.PLACE: 0.85,
    AnswerType.EVENT: 0.95, AnswerType.LAW: 0.95, AnswerType.WORK: 0.9, AnswerType.PRODUCT: 0.8,
    AnswerType.DATE: 0.85, AnswerType.NUMBER: 0.8, AnswerType.PERCENT: 0.85, AnswerType.MONEY: 0.85,
    AnswerType.QUANTITY: 0.8, AnswerType.GROUP: 0.6, AnswerType.TIME: 0.5, AnswerType.ORDINAL: 0.3,
    AnswerType.LANGUAGE: 0.7, AnswerType.CONCEPT: 0.7, AnswerType.CLAUSE: 0.75,
}

#: Dates that only make sense on the day the article was written ("last year", "this week").
RELATIVE_TIME = re.compile(
    r"\b(this|last|next|past|coming|previous|recent|current|earlier|later|ahead)\b|\bago\b|"
    # "October of that year": which year, the sentence before says (T69)
    r"\b(?:that|the same|the following|the previous)\s+(?:year|month|decade|century)\b|\b(yesterday|today|"
    r"tomorrow|tonight|recently|now|currently|annually|daily|weekly|monthly|yearly)\b", re.IGNORECASE)
PRONOUNS = {
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his",
    "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these",
    "those", "who", "whom", "whose", "which", "what", "one", "ones", "someone", "something",
    "anyone", "anything", "everyone", "everything", "nobody", "nothing", "itself", "himself",
    "herself", "themselves", "there", "here", "latter", "former", "the latter", "the former",
    # quantifiers that stand for nouns of the sentence before: "Others are receptors that ..."
    "others", "the others", "some", "many", "most", "several", "few", "both", "all", "each", "the rest",
}
#: Nouns that only say a thing stands for a kind the text named before: "The best-known example is
#: the sodium-potassium pump" (of what?). Without their "of" phrase they are no answer.
EXEMPLAR_NOUNS = frozenset({"example", "examples", "exception", "exceptions", "instance", "instances",
                            "illustration", "illustrations"})
_LEADING_DETERMINERS = {"the", "a", "an"}
#: Words that make a phrase point at something else in the article: "similar portmanteau".
RELATIONAL_WORDS = frozenset({
    "similar", "same", "other", "such", "different", "certain", "various", "several", "many", "some",
    "another", "additional", "respective", "further", "more", "most", "former", "latter", "above",
    "aforementioned", "following", "previous", "next", "both", "either", "neither", "each",
    # "The typical apparatus is an evacuated glass tube ...": typical of what? (T79)
    "typical", "usual",
    # "_____ illustrate so clearly how pollution ...": "Few environmental problems", a turn of phrase (T83, T84)
    "few",
})


#: Common nouns that say what kind of thing a phrase names. They pick the question phrase ("Which
#: river", "Where", "Who") when the parser's entity label is missing or wrong: the small English model
#: calls "Manakin Town" a person and "Glucocorticoids" a person; the head noun knows better.
PLACE_NOUNS = frozenset({
    "river", "sea", "ocean", "mountain", "mount", "island", "lake", "county", "province", "state",
    "city", "strait", "peninsula", "valley", "desert", "region", "district", "bay", "gulf", "square",
    "street", "avenue", "road", "park", "airport", "station", "palace", "castle", "bridge", "border",
    "country", "village", "town", "forest", "coast", "canal", "hill", "arena", "stadium", "fort",
    "area", "continent", "capital", "suburb", "neighborhood", "neighbourhood", "port", "harbour",
    "harbor", "territory", "colony", "kingdom", "empire", "republic", "basin", "delta", "plain",
    "plateau", "cape", "coastline", "municipality", "borough", "prefecture", "campus", "building",
    "cathedral", "temple", "mosque", "tower", "gate", "hall", "theatre", "theater", "zone", "site",
    "location", "place", "ward", "parish", "metropolis", "megalopolis", "archipelago", "highway",
    "freeway", "route", "boulevard", "lane", "field", "garden", "gardens", "falls", "glacier",
    "peak", "summit", "volcano", "waterfall",
})
INSTITUTION_NOUNS = frozenset({
    "party", "institute", "institution", "university", "court", "company", "council", "agency",
    "ministry", "committee", "association", "union", "bank", "army", "government", "museum", "school",
    "college", "foundation", "corporation", "club", "league", "team", "church", "parliament",
    "assembly", "senate", "congress", "commission", "office", "department", "organization",
    "organisation", "network", "newspaper", "band", "academy", "society", "federation", "alliance",
    "coalition", "board", "bureau", "force", "navy", "fund", "library", "orchestra", "studio",
    "firm", "publisher", "magazine", "journal", "channel", "broadcaster", "airline", "dynasty",
    "tribe", "movement", "conference", "group", "gallery", "hospital", "regiment",
})
#: Abbreviations that mark the number after them ("No. 2", "Op. 18"): a span that ends on one ends inside a name.
_NUMBER_MARKS = frozenset({"No", "Nos", "no", "Op", "Opp", "Vol", "Vols"})
PERSON_NOUNS = frozenset({
    "person", "people", "man", "woman", "men", "women", "child", "children", "king", "queen", "ruler",
    "dictator", "monarch", "tyrant", "regent", "statesman", "philanthropist", "entrepreneur", "investor",
    "emperor", "empress", "prince", "princess", "duke", "count", "lord", "lady", "president",
    "minister", "chancellor", "governor", "mayor", "senator", "leader", "chief", "general",
    "commander", "officer", "soldier", "captain", "admiral", "pope", "bishop", "priest", "monk",
    "pastor", "clergy", "scientist", "physicist", "chemist", "biologist", "mathematician",
    "philosopher", "economist", "historian", "geologist", "engineer", "inventor", "architect",
    "artist", "painter", "sculptor", "writer", "author", "poet", "novelist", "playwright",
    "journalist", "editor", "composer", "musician", "singer", "actor", "actress", "director",
    "producer", "player", "quarterback", "coach", "athlete", "teacher", "professor", "student",
    "scholar", "researcher", "doctor", "physician", "nurse", "pharmacist", "lawyer", "judge",
    "founder", "owner", "chairman", "chair", "executive", "manager", "member", "citizen",
    "resident", "settler", "immigrant", "farmer", "worker", "merchant", "trader", "explorer",
    "missionary", "astronaut", "pilot", "ace", "descendant", "ancestor", "son", "daughter",
    "father", "mother", "brother", "sister", "wife", "husband", "uncle", "nephew", "heir",
    "grandparent", "grandfather", "grandmother", "aunt", "niece", "cousin", "sibling", "spouse",
    "widow", "widower", "relative", "tenant", "occupant", "landlord", "neighbour", "neighbor", "survivor",
    "passenger", "victim", "witness",
    "forward", "striker", "midfielder", "defender", "goalkeeper", "winger", "pitcher", "shortstop",
    "linebacker", "lineman",
    "successor", "predecessor", "rival", "ally", "enemy", "alumnus", "alumni", "graduate",
    "activist", "politician", "diplomat", "ambassador", "consul", "shaman", "khan", "sultan",
    "caliph", "chieftain", "warrior", "knight", "noble", "nobleman", "theologian", "reformer",
    "winner", "recipient", "nominee", "advisor", "adviser", "assistant", "secretary", "deputy",
    "spokesman", "spokeswoman", "contractor", "designer", "technician", "employee", "customer",
    "user", "voter", "supporter", "critic", "fan", "host", "guest", "friend", "partner",
    "conductor", "sociologist", "psychologist", "anthropologist", "naturalist", "botanist", "zoologist",
    "astronomer", "archaeologist", "linguist", "columnist", "commentator", "analyst",
    "strategist", "consultant", "rapper", "songwriter", "guitarist", "pianist", "violinist", "drummer",
    "dancer", "comedian", "filmmaker", "photographer", "illustrator", "cartoonist", "broadcaster",
    "presenter", "reporter", "correspondent", "blogger", "influencer", "footballer",
    "cyclist", "swimmer", "boxer", "wrestler", "runner", "skater", "golfer", "prosecutor", "attorney",
    "detective", "sheriff", "surgeon", "dentist", "banker", "industrialist", "businessman",
    "businesswoman", "ceo", "cofounder", "co-founder", "chairwoman", "congressman", "congresswoman",
    "lawmaker", "legislator", "premier", "candidate", "incumbent", "challenger", "curator",
})
#: A year written as a number ("in 1855", "the 1855 colonial constitution").
YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
#: The figures of a year as notes and lectures write it, three or four of them ("1843", "431").
YEAR_FIGURES = re.compile(r"\d{3,4}")
#: The eras written after a year ("44 BC", "AD 79").
ERA_ABBREVIATIONS = ("BC", "BCE", "AD", "CE")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Month names and their abbreviations, lower case.
MONTH_WORDS = (*MONTH_NAMES, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_DATE_WORDS = re.compile(
    r"\b(1\d{3}|20\d{2}|\d{1,4}s|" + "|".join(MONTH_WORDS) + "|" + "|".join(WEEKDAYS) + r"|"
    r"century|centuries|decade|decades|year|years|month|months|week|weeks|day|days|"
    r"spring|summer|autumn|fall|winter|bc|bce|ad|ce|era|period|millennium|ago|"
    r"morning|evening|night|noon|midnight|hour|hours|today|yesterday|present)\b", re.IGNORECASE)
#: What makes a time an answer: a number, a month or a day of the week ("1817", "May", "Monday").
_SPECIFIC_TIME = re.compile(r"\d|\b(" + "|".join(MONTH_WORDS) + "|" + "|".join(WEEKDAYS) + r"|noon|midnight)\b",
                            re.IGNORECASE)
_BARE_WEEKDAY = re.compile(r"(?:on |last |next |this |early |late )?(?:" + "|".join(WEEKDAYS) + r")s?"
                           r"(?: (?:morning|afternoon|evening|night))?")
_MONEY = re.compile(r"^(about |around |over |nearly |some )?[£$€¥]\s?\d[\d,.]*\s?(m|bn|k|million|billion|"
                    r"thousand|trillion)?$", re.IGNORECASE)
_PERCENT = re.compile(r"^(about |around |over |nearly |some )?\d[\d,.]*\s?(%|percent|per cent)$",
                      re.IGNORECASE)
_NAME_LABELS = {AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.PLACE, AnswerType.GROUP,
                AnswerType.PRODUCT, AnswerType.WORK, AnswerType.EVENT, AnswerType.LAW}


def gazetteer_kind(span: SpacySpan) -> str | None:
    """The kind of place a name is, from the gazetteer (``templates/questions/lexicon/places.toml``):
    "France" -> country, "the PRC" -> country, "Africa" -> continent. Only for a span that is a
    name and not a person's ("Jordan" the player is no country)."""
    from studygen.generators.families import place_kind

    if not len(span) or any(t.ent_type_ in ("PERSON", "DATE", "CARDINAL", "WORK_OF_ART") for t in span):
        return None
    if span.root.pos_ != "PROPN" and not span.root.ent_type_:
        return None
    return place_kind(span.text)


def kind_noun(span: SpacySpan) -> str | None:
    """The common noun that says what the span names, when it says it itself: "the Horniman
    Museum" -> museum, "Fort Caroline" -> fort, "mountainous areas" -> area; a place named in the
    gazetteer: "France" -> country; else None."""
    root = span.root
    place = gazetteer_kind(span)
    if place is not None:
        return place
    words = [t for t in span if t.is_alpha]
    if not words:
        return None
    candidates = [root]
    if all(t.pos_ == "PROPN" or not t.is_alpha for t in span):
        candidates += [words[-1], words[0]]
    for token in candidates:
        lemma = token.lemma_.lower()
        if lemma in PLACE_NOUNS or lemma in INSTITUTION_NOUNS or lemma in PERSON_NOUNS:
            return lemma
    return None


def type_of_kind(kind: str) -> AnswerType:
    if kind in PERSON_NOUNS:
        return AnswerType.PERSON
    if kind in PLACE_NOUNS:
        return AnswerType.PLACE
    return AnswerType.ORGANISATION


def looks_like_date(text: str) -> bool:
    """Dates name a time ("1817", "May 2013", "the 1970s", "22,000 years ago"); a bare number
    tagged DATE by the parser ("at age 38") is a number."""
    return _DATE_WORDS.search(text) is not None


def answer_type_of(span: SpacySpan) -> AnswerType:
    """The type of an arbitrary span: the entity it is (or mostly is), checked against the noun
    that heads it; a clause; a number; a place, organisation or person named by a common noun;
    else a concept."""
    root = span.root
    kind = kind_noun(span)
    text = span.text.strip()
    if _MONEY.match(text):
        return AnswerType.MONEY
    if _PERCENT.match(text):
        return AnswerType.PERCENT
    ents = [e for e in span.doc.ents if e.start < span.end and e.end > span.start]
    for ent in ents:
        overlap = min(ent.end, span.end) - max(ent.start, span.start)
        if overlap * 2 >= len(span) and ent.label_ in ENTITY_TYPES:
            answer_type = ENTITY_TYPES[ent.label_]
            if answer_type in (AnswerType.DATE, AnswerType.TIME) and not looks_like_date(span.text):
                return AnswerType.NUMBER if any(t.like_num for t in span) else AnswerType.CONCEPT
            located = root.dep_ == "pobj" and root.head.lower_ in ("in", "near")
            if answer_type is AnswerType.PERSON and located:
                return AnswerType.PLACE  # people are not "in" anything: "the districts in Kraków"
            if answer_type is AnswerType.PERSON and has_an_article(span):
                return AnswerType.CONCEPT  # names of people have no article: "An Unearthly Child", "the Gazette"
            if answer_type in _NAME_LABELS:
                if described_as_a_person(span) or a_persons_name_by_its_particle(span):
                    return AnswerType.PERSON  # "Oleksiy Danilov, head of the council", called an organisation
                if kind is not None:
                    return type_of_kind(kind)
                if root.pos_ != "PROPN" and not root.text[:1].isupper():
                    return AnswerType.CONCEPT  # "a painting" tagged as a work of art
            return answer_type
    if root.pos_ in ("VERB", "AUX") and root.dep_ not in ("amod", "compound", "pobj", "dobj") or (
            root.dep_ == "advcl"):
        return AnswerType.CLAUSE
    if (root.pos_ == "NUM" or root.like_num) and len(span) <= 4:
        return AnswerType.NUMBER
    if kind is not None and root.pos_ in ("NOUN", "PROPN"):
        if type_of_kind(kind) is AnswerType.PERSON and root.pos_ == "PROPN" and span[0].lower_ in ("a", "an", "the"):
            return AnswerType.CONCEPT  # a title ("An Unearthly Child"), not a person
        return type_of_kind(kind)
    return AnswerType.CONCEPT


def is_possessive_ending(token: Token) -> bool:
    """The "'s" of "Kim's" (spaCy tags it POS, or NNP inside a name it misreads)."""
    return token.tag_ == "POS" or token.text in ("'s", "’s", "'", "’")


def without_leading_adverbs(span: SpacySpan) -> SpacySpan:
    """A noun phrase without the adverbs the parser let open it ("called [variously] combustion
    chamber", "[When] dispersed populations maintain ..."): no answer is "variously combustion
    chamber" or "When dispersed populations"."""
    start = span.start
    if start + 2 < span.end and span.doc[start].dep_ == "npadvmod" and span.doc[start + 1].dep_ == "advmod" \
            and span.doc[start].head.i == start + 1:
        start += 1  # "[Moments] later the real Queen": the measure of the adverb goes with it (T115)
    while start < span.end - 1 and span.doc[start].tag_ in ("RB", "RBR", "RBS", "WRB") \
            and span.doc[start].dep_ == "advmod":
        start += 1
    return span.doc[start:span.end]


def strip_determiner(span: SpacySpan) -> SpacySpan:
    """The span without its leading "the", "a" or "an", unless a capital inside the sentence makes
    it part of a name ("the novel, A Case of Need, ...", "in The Hague")."""
    if len(span) > 1 and span[0].lower_ in _LEADING_DETERMINERS and not part_of_the_name(span[0]):
        return span[1:]
    return span


def part_of_the_name(article: Token) -> bool:
    """Is this "A", "An" or "The" written with a capital inside its sentence (after a comma too),
    and so the first word of a title or name?"""
    if not article.text[:1].isupper() or article.is_sent_start or article.i == 0:
        return False
    before = article.nbor(-1)
    return not before.is_punct or before.text == ","


#: Nouns of manner, setting, extent or kind, which with one word before them make a phrase of the
#: sentence's framing, not a fact ("in practical terms", "in a class setting", "to a large extent",
#: "high levels"): on the tuning labels no such two-word answer was accepted (0 of 14).
FILLER_HEADS = frozenset({
    "terms", "ways", "way", "settings", "setting", "respects", "manner", "fashion", "sense", "extent", "degree",
    "levels", "contexts", "circumstances", "cases", "situations", "aspects", "areas", "means", "things", "issues",
    "purposes", "factors", "features", "parts", "sides", "process", "approach",
    # "soon meets a curious fact: in the Northern Hemisphere ...": the fact is what follows (T78)
    "fact", "facts", "point", "points", "detail", "details", "matter"})


def is_vague(text: str, answer_type: AnswerType) -> bool:
    """Answers a learner cannot be asked to recall out of context."""
    lowered = text.lower().strip()
    if lowered in PRONOUNS or not re.search(r"\w", lowered):
        return True
    words = lowered.split()
    first = words[0]
    if first in ("or", "and", "but", "nor"):
        return True  # "or some other international forum": a piece of a list
    if first in ("this", "these", "that", "those"):
        return True  # "this date range": which one, the article says
    if lowered in _HONORIFICS:
        return True  # "Majesty" of "Her Majesty expresses the hope ...": a form of address, no name (T70)
    if first in ("every", "each", "all") and len(words) > 1 and text.split()[1][:1].islower():
        # "Every living cell must take in substances it needs": a claim of all of a kind, whose blank is
        # the kind (T68; of six labelled blanks so, two kept). "All Nippon Airways" is a name.
        return True
    if words[-1] in EXEMPLAR_NOUNS:
        return True  # "best-known example", "an important exception": of what?
    if answer_type in (AnswerType.DATE, AnswerType.TIME) and (RELATIVE_TIME.search(text)
                                                              or not _SPECIFIC_TIME.search(text)):
        return True  # "years", "the very same month", "a span of several months": when, exactly?
    if lowered in ("new style", "old style", "n.s.", "o.s."):
        return True  # "(18 March 1844 – 21 June 1908, _____)": the calendar a date is given in (T103, T105)
    if _BARE_WEEKDAY.fullmatch(lowered):
        return True  # "Friday", "on Monday": which week, the card cannot say; news trivia
    if answer_type is AnswerType.CONCEPT and first in RELATIONAL_WORDS:
        return True  # "similar portmanteau", "other cohorts": similar to what, other than what?
    if answer_type is AnswerType.CONCEPT and len(words) == 2 and words[1] in FILLER_HEADS and text[:1].islower():
        return True  # "practical terms", "class setting", "large areas": a word of setting or manner, no fact
    if answer_type is AnswerType.CONCEPT and 2 <= len(words) <= 3 and first in _DEGREE_WORDS and text[:1].islower():
        return True  # "giant hull", "greater numbers", "rare courage": a word of degree and a noun the sentence
        # all but forces (T97, T98; every judge called them trivial)
    if answer_type is AnswerType.CONCEPT and 2 <= len(words) <= 4 and first in _SORTING_WORDS \
            and words[-1].endswith("s") and not words[-1].endswith("ss") and text.split()[-1].islower():
        # "important biological molecules", "key questions", "Major rivers": a word that ranks or sorts and
        # a kind in the plural; which ones, the sentence goes on to say (T126; the 4 labelled such answers
        # were all rejected)
        return True
    if _RESPONDERS.fullmatch(lowered):
        # "Emergency services declared a major incident", "crews from _____" -> "neighbouring counties",
        # "members of the ambulance brigades": who answers every disaster, news boilerplate (T129, T131: every
        # judge rejected all five)
        return True
    if answer_type is AnswerType.CONCEPT and all(w in _UNITS for w in words):
        return True  # "about 1.225 kilograms per _____" -> "cubic metre": the unit the figure is in (T119)
    if answer_type is AnswerType.CONCEPT and len(words) <= 3 and first in ("main", "principal", "much") \
            and text[:1].islower():
        return True  # "main island", "much larger channel": which one the sentence says; many fit (T114, T116)
    if answer_type is AnswerType.NUMBER and _VAGUE_AMOUNT.match(lowered) and not re.search(r"\d", lowered):
        return True  # "Dozens", "hundreds of thousands", "several": how many is the article's own vagueness
    return answer_type is AnswerType.ORDINAL


#: Units of measure and the words that build them ("cubic metre", "metres per second").
_UNITS = frozenset({"metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers",
                    "centimetre", "centimetres", "millimetre", "millimetres", "gram", "grams", "kilogram", "kilograms",
                    "litre", "litres", "liter", "liters", "second", "seconds", "minute", "minutes", "hour", "hours",
                    "joule", "joules", "watt", "watts", "kilowatt", "kilowatts", "newton", "newtons", "pascal",
                    "pascals", "kelvin", "celsius", "fahrenheit", "degree", "degrees", "mile", "miles", "foot",
                    "feet", "inch", "inches", "pound", "pounds", "ton", "tons", "tonne", "tonnes", "volt", "volts",
                    "ampere", "amperes", "ohm", "ohms", "hertz", "cubic", "square", "per"})

#: Words of size or degree that no technical term opens with ("giant hull", "vast sums", "rare courage").
_DEGREE_WORDS = frozenset({"giant", "huge", "enormous", "vast", "immense", "considerable", "tremendous", "rare",
                           "greater", "remarkable", "extraordinary", "substantial"})

#: Those who answer every disaster, named by their kind ("emergency services", "rescue teams").
_RESPONDERS = re.compile(r"(?:the\s+)?(?:emergency|ambulance|rescue|neighbouring|neighboring|nearby|local|fire|"
                         r"search)\s+(?:services|brigades?|teams|crews|counties|units)")
#: Words that rank or sort a kind without naming its members ("important molecules", "key questions").
_SORTING_WORDS = frozenset({"important", "key", "major", "various", "numerous", "certain", "notable", "different"})

#: Forms of address that name nobody by themselves ("Her Majesty", "His Excellency").
_HONORIFICS = frozenset({"majesty", "highness", "excellency", "holiness", "lordship", "ladyship", "eminence",
                         "royal highness", "imperial majesty"})

#: An amount that names no number: "dozens", "several dozen", "hundreds of thousands", "a few".
_VAGUE_AMOUNT = re.compile(r"(?:several|many|a few|few|numerous|countless|dozens|scores|hundreds|thousands|"
                           r"millions|billions|tens of|some)\b")


#: Roles that are a person's with their "of" ("head of the National Security and Defence Council"),
#: beside ``PERSON_NOUNS``.
ROLE_NOUNS = frozenset({"head", "deputy", "spokesperson", "spokesman", "representative", "envoy", "ambassador",
                        "secretary", "runner-up", "winner", "finalist", "contestant", "delegate", "titleholder"})
#: Two names of two or three capitalised words each, joined by a slash: a pair of people.
_SLASHED_NAMES = re.compile(r"(?:[A-Z][\w'’.-]+ ){1,2}[A-Z][\w'’.-]+ / (?:[A-Z][\w'’.-]+ ){1,2}[A-Z][\w'’.-]+")
#: The titles that beauty pageants and forms of address give a person ("Miss Supranational Bolivia 2023").
_PERSONAL_TITLES = frozenset({"miss", "mister", "mr", "mrs", "ms", "madam", "madame", "sir", "dame"})


def _hyphenated(token: Token) -> str:
    """The word ``token`` ends, with the pieces a hyphen joins to it ("runner-up", parsed as "runner" "-" "up")."""
    start = token.i
    while start >= 2 and token.doc[start - 1].tag_ == "HYPH" and token.doc[start - 2].head.i == token.i:
        start -= 2
    return token.doc[start:token.i + 1].text.lower()


def described_as_a_person(span: SpacySpan) -> bool:
    """Is the name set beside a person's role ("Oleksiy Danilov, head of the National Security and
    Defence Council", "Camila Sanabria, the first runner-up of Miss Bolivia 2022", "Camila Sanabria,
    Miss Supranational Bolivia 2023", which the recogniser calls organisations)? The role says it is a
    person; so does a pair of names joined by a slash ("Riku Miura / Ryuichi Kihara", a pair of skaters)."""
    root = span.root
    roles = PERSON_NOUNS | ROLE_NOUNS
    for c in root.children:
        if c.dep_ != "appos":
            continue
        if c.pos_ == "NOUN" and (c.lemma_.lower() in roles or _hyphenated(c) in roles) and not c.ent_type_:
            return True
        if c.pos_ == "PROPN" and c.left_edge.lower_ in _PERSONAL_TITLES:
            return True
    if any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)
           for c in root.children):
        return True  # "directed by Bong Joon-ho, who co-wrote the screenplay": "who" is said of people
    return _SLASHED_NAMES.fullmatch(span.text) is not None


#: The lower-case particles inside Dutch, German and Italian personal names ("Ludwig van Beethoven",
#: "Leonardo da Vinci"); French "de" and "du" are left out, for "Tour de France", "Cirque du Soleil".
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "da", "di"})


def a_persons_name_by_its_particle(span: SpacySpan) -> bool:
    """Is the span a given name, a name particle and a surname ("Ludwig van Beethoven", which the
    recogniser calls an organisation)?"""
    words = [t for t in span if not t.is_punct]
    return (len(words) in (3, 4) and words[1].lower_ in _NAME_PARTICLES and words[1].text.islower()
            and all(w.text[:1].isupper() and w.lemma_.lower() not in INSTITUTION_NOUNS | PLACE_NOUNS
                    for w in (words[0], words[-1])))


def titled_person(span: SpacySpan) -> bool:
    """Is the name introduced by what its bearer is ("conductor Georg Solti", "author Tim Elmore")?"""
    if span.start == 0 or not span[0].text[:1].isupper() or span[0].pos_ != "PROPN":
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in PERSON_NOUNS and before.sent == span[0].sent


def part_of_a_title(span: SpacySpan) -> bool:
    """Is the span a piece of a longer capitalised name: "Album" or "Year" in "Album of the Year",
    "Vienna" in "University of Vienna"? Asking for the piece makes no sense."""
    doc = span.doc

    def capitalised(token: Token) -> bool:
        return token.is_alpha and token.text[:1].isupper() and token.i != token.sent.start

    after = list(doc[span.end:span.end + 3])
    if span[-1].text[:1].isupper() and len(after) >= 2 and after[0].lower_ in ("of", "for"):
        following = after[2] if after[1].lower_ == "the" and len(after) > 2 else after[1]
        if capitalised(following):
            return True
    before = list(doc[max(span.start - 3, 0):span.start])
    if len(span) == 1 and before and is_possessive_ending(before[-1]) and span[0].text[:1].isupper() \
            and span[0].pos_ == "PROPN" and common_word(span[0].lower_):
        return True  # "House" in "Harry's House"
    if span[0].text[:1].isupper() and before:
        if before[-1].lower_ == "the":
            before = before[:-1]
        if len(before) >= 2 and before[-1].lower_ in ("of", "for") and before[-2].is_alpha and (
                before[-2].text[:1].isupper()):
            return True
    return False


def half_of_a_list(span: SpacySpan) -> bool:
    """Is the span one item of a list ("Wang Qiang" in "Wang Qiang and Liu Jiayu took the oath")? A
    card asking for it would take one item for the whole answer: lists are answered whole or not
    asked."""
    root = span.root
    nominal = ("NOUN", "PROPN", "NUM")
    if root.dep_ == "conj" and root.head.pos_ in nominal:
        return True
    if any(child.dep_ == "conj" and child.pos_ in nominal and not span.start <= child.i < span.end
           for token in span for child in token.children):
        # (a member inside the span whose list goes on past it too: "After the First World War, [South
        # Tyrol] and Trentino were transferred", the recogniser's "First World War, South Tyrol", T80)
        return True
    if any(child.dep_ == "appos" and child.pos_ == root.pos_ and not span.start <= child.i < span.end
           and any(g.dep_ == "conj" for g in child.children) for child in root.children):
        return True  # "of DNA, RNA, viruses, coal and graphite", parsed DNA <- RNA (appos) <- viruses (conj)
    return in_a_run_of_names(span) or last_of_a_list(span) or in_a_run_of_figures(span) \
        or half_of_a_slashed_pair(span) or list_goes_on(span)


def list_goes_on(span: SpacySpan) -> bool:
    """Is the span followed by "and" or "or" and another of its kind ("The elections of [1860, 1896],
    and 1932", where the parser joins "1932" to "elections")? Then the span is the head of a list
    whose last item the parse hung elsewhere."""
    doc, label = span.doc, span.root.ent_type_
    after = list(doc[span.end:min(span.end + 3, span.sent.end)])
    if after and after[0].text == ",":
        after = after[1:]
    return bool(label) and len(after) >= 2 and after[0].lower_ in ("and", "or") and after[1].ent_type_ == label


def half_of_a_slashed_pair(span: SpacySpan) -> bool:
    """Is the span one side of "A / B" ("Ashley Cain-Gribble / Timothy LeDuc", a pair of skaters)? The
    pair withdrew, not "Timothy LeDuc" alone."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None
    after = doc[span.end] if span.end < span.sent.end else None
    return any(t is not None and t.text == "/" for t in (before, after))


def year_read_into_name(span: SpacySpan) -> bool:
    """Is the span a name the parser joined to the year before it, as the object of the preposition that opens
    the sentence ("In 1964 Cameroon, Chad, ... signed")? The year dates the clause; the name is its subject."""
    root = span.root
    preposition = root.head
    return (root.dep_ == "pobj" and preposition.i == span.sent.start
            and preposition.i == span.start - 2 and YEAR_FIGURES.fullmatch(span.doc[span.start - 1].text) is not None
            and span.doc[span.start - 1].head.i == root.i)


def locates_the_place_before(span: SpacySpan) -> bool:
    """Does the span say where the place before it is ("Fort Dodge, Iowa", "the Charleston, South
    Carolina harbor")? The state after a town is no fact of the article's: a blank on it is trivial,
    and a question reads it as a subject ("Which state won ...?")."""
    sent = span.sent
    if span.start - 2 < sent.start or span.doc[span.start - 1].text != ",":
        return False
    before = span.doc[span.start - 2]  # "Dayton, Ohio": the recogniser may call the town an organisation
    return before.ent_type_ in ("GPE", "LOC") or before.pos_ == "PROPN" and span.root.ent_type_ == "GPE"


def in_a_run_of_figures(span: SpacySpan) -> bool:
    """Is the span one of several dates or figures listed with commas that the parser reads as
    appositives ("ravaged London in [1563], 1593, 1603, 1625, 1636, and 1665")?"""
    root = span.root
    if root.ent_type_ not in ("DATE", "CARDINAL") and not root.like_num:
        return False
    related = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        related.append(root.head)
    return any((t.ent_type_ == root.ent_type_ or t.like_num) and not span.start <= t.i < span.end for t in related)


def last_of_a_list(span: SpacySpan) -> bool:
    """Does the span follow "and" or "or" that follows a noun ("Service on the D, N, and R trains
    was suspended": "R trains") or a closing quotation mark ('"When I See You Again" and
    ["Dalampasigan"] were composed')? The parser often reads the last item of a list as a compound
    of the noun after it, or leaves it unjoined, not as one of the list's items; a card asking for
    it would take one item for the whole answer. The subject of a clause joined by "and" is no
    list item."""
    doc, sent_start = span.doc, span.sent.start
    if span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "conj":
        return False  # the subject of a second clause ('He sang "Yesterday" and the crowd cheered')
    i = span.start - 1
    while i > sent_start and doc[i].is_quote:
        i -= 1
    if i <= sent_start or doc[i].lower_ not in ("and", "or"):
        return False
    i -= 1
    while i >= sent_start and doc[i].text == ",":
        i -= 1
    if i < sent_start:
        return False
    if doc[i].is_quote:
        return True
    return doc[i].pos_ in ("NOUN", "PROPN", "NUM") and doc[i].dep_ != "poss"


#: The names a comma-separated run lists: people ("A, B and C took the oath") and organisations,
#: one kind, since the entity recogniser takes many an unfamiliar surname for an organisation.
_RUN_LABELS = ("PERSON", "ORG")
#: A name that only modifies the noun after it ("Apple's chief executive") heads no item of a run.
_MODIFIER_DEPS = ("poss", "compound", "nmod", "amod")


def in_a_run_of_names(span: SpacySpan) -> bool:
    """Is the span one of several names listed with commas ("nominee Lee Jae-myung, nominee Yoon
    Suk-yeol, candidate Ahn Cheol-soo joined", "conducted by Sahlström, osteologist Nils-Gustaf
    Gejvall and anatomist ...")? The parser often reads such a run as one name's modifiers or as
    a second subject, not as a list, so the test is on the words: the next (or the previous)
    name of the same kind follows a comma and nothing but its own title. "Scooter Braun, an
    American businessman" and "Tim Cook, Apple's chief executive" (descriptions) and "Paris,
    France" (a place) are not runs."""
    label = next((t.ent_type_ for t in span if t.ent_type_), "")
    if label not in _RUN_LABELS:
        return False
    names = [e for e in span.sent.ents if e.label_ in _RUN_LABELS and e.root.dep_ not in _MODIFIER_DEPS
             and (e.end <= span.start or e.start >= span.end)]
    after = next((e for e in names if e.start >= span.end), None)
    before = next((e for e in reversed(names) if e.end <= span.start), None)
    return (after is not None and _titled_after_comma(span.doc[span.end:after.start], after)) or (
        before is not None and _titled_after_comma(span.doc[before.end:span.start], span))


def _titled_after_comma(gap: SpacySpan, name: SpacySpan) -> bool:
    """Is ``gap`` a comma, ", and" or "and", and then only words of ``name``'s own phrase or its title
    in small letters ("Wang Qiang and snowboard halfpipe athlete Liu Jiayu", where the parser joins
    "athlete", not the name, to the first name)?"""
    if not len(gap) or gap[0].lower_ not in (",", "and", "or"):
        return False
    own = {t.i for t in name.root.subtree}

    def title_word(t: Token) -> bool:
        return t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN")

    after_comma = gap[0].text == ","
    return all(t.i in own or title_word(t) or (t.lower_ in ("and", "or") and t.i == gap.start + 1 and after_comma)
               for t in gap[1:])


#: Verbs that report what someone said or judged: their subject is a source, not a fact to learn.
REPORTING_VERBS = frozenset({"say", "tell", "write", "state", "rate", "report", "describe", "add", "note", "comment",
                             "explain", "claim", "argue", "review", "praise", "criticize", "criticise", "call",
                             "remark", "observe", "opine", "give"})


def only_a_speaker(span: SpacySpan) -> bool:
    """Is the person only the source of a quotation or a review ("Shubhra Gupta of The Indian
    Express gave the film 2 out of 5 and wrote ...")? Who said it is trivia beside what was said."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    return verb.lemma_.lower() in REPORTING_VERBS and any(t.text in ('"', "“", "”", ":") for t in span.sent)


#: Why a candidate is kept (its text and vector serve as a distractor) but no card asks for it:
#: reject reasons (``studygen.validate.Reason``), shown by ``--explain``.
SPEAKER_FLAW = "only_a_speaker"
DATE_LABEL_FLAW = "date_as_a_label"
#: A nationality, religion or party ("Japanese", "Russian officials", "Democratic nomination"): strict
#: judges accepted 4 of 24 such questions and blanks ("What kind of authorities ...?" "Russian"), and
#: both true/false statements.
GROUP_FLAW = "group_answer"
#: Where a report came from ("According to Yonhap news agency, ...", "... told CBC News the
#: department will ...", "Wikinews has learned that ..."): attribution, not the article's content;
#: not even a true/false statement is worth making of it.
SOURCE_FLAW = "only_a_source"
#: One end of a range ("arrested nine times from 1992 to 1998"): a question about it reads "When
#: was James arrested nine times in New York to 1998?".
RANGE_FLAW = "end_of_a_range"
#: People described, not named ("suspected gunman", "Law enforcement", "disgruntled individual"):
#: a question asking who did it fits many answers; strict judges kept 6 of 25 such questions and
#: multiple-choice cards, against 10 of 15 blanks.
UNNAMED_PEOPLE_FLAW = "unnamed_people"
#: A name the parser read with the year before it as one phrase, the object of the sentence's opening
#: preposition ("In 1964 Cameroon, Chad, Niger and Nigeria signed ...": "in 1964 Cameroon"): a question asks
#: for it by that preposition ("Where did Chad, Niger and Nigeria sign ...? Cameroon", T226); its blank stays.
YEAR_AND_NAME_FLAW = "year_read_into_name"
#: A description the article gives once ("Modern devices", "Brief sequences", "Rescue crews"), asked
#: for by what it did or underwent ("What enables climbers to ...?"): many phrasings fit, and the
#: learner has no term to recall. Strict judges kept 37 of 117 such questions (``benchmarks/data/
#: ranking``), against 38 of 67 whose answer the article names again, a term of its own ("issue
#: networks", "age sets"). A definition asks for its description fairly, and its blank stays.
ONE_OFF_FLAW = "one_off_description"
#: The question families that ask for an answer by what it did or underwent.
DEED_FAMILIES = frozenset({"subject", "object"})
#: Flaws that leave the true/false statement worth making (it shows the fact, not the flaw).
STATEMENT_FLAWS = frozenset({SPEAKER_FLAW, DATE_LABEL_FLAW, GROUP_FLAW})
#: Flaws of a question about the answer only: its blank and its true/false statement stay.
QUESTION_FLAWS = frozenset({RANGE_FLAW, UNNAMED_PEOPLE_FLAW, YEAR_AND_NAME_FLAW})
#: Heads of phrases for people or bodies of people, beside the role nouns (``PERSON_NOUNS``).
_PEOPLE_HEADS = frozenset({"individual", "gunman", "suspect", "attacker", "victim", "official", "authority",
                           "police", "enforcement", "perpetrator", "shooter", "assailant", "crowd", "public",
                           "staff", "personnel", "group", "team", "agency", "participant", "broadcaster"})
#: Reporting verbs whose subject is a source when a clause carries what was said ("X told CBC News
#: the department will look into it"), with or without quotation marks.
SPEECH_VERBS = frozenset({"say", "tell", "state", "announce", "add", "write", "report", "note", "comment", "explain",
                          "claim", "argue", "confirm", "declare", "insist", "warn", "suggest", "stress", "reveal",
                          "admit", "deny", "remark", "observe", "acknowledge", "assert", "predict", "estimate"})


def titled_speaker(span: SpacySpan) -> bool:
    """Is the person a source named by their job ("Environment Canada spokeswoman Sujata Raisinghani
    told CBC News the department will look into the incident", "political scientist X argues that
    ...")? The subject of a reporting verb whose clause carries the content: what was said is the
    fact, who said it on the institution's behalf is trivia."""
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.lemma_.lower() in PERSON_NOUNS \
            and reports_a_clause(root.head.head):
        return True  # "Legal affairs correspondent, Haroon Siddique, noted that ...": named beside the job (T171)
    if root.dep_ != "nsubj" or not reports_a_clause(root.head):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    titled = before is not None and before.pos_ in ("NOUN", "PROPN") and before.lemma_.lower() in PERSON_NOUNS
    return titled or any(child.dep_ == "appos" and child.lemma_.lower() in PERSON_NOUNS for child in root.children)


def bylined(span: SpacySpan) -> bool:
    """Is the span a writer named as the one writing for an outlet, the subject of a reporting verb
    ("Patrice Peck, writing for Cosmopolitan, stated that ...", T173)? A byline, whatever the recogniser
    made of the name; not "Anthony Kennedy, writing for the majority, ...", who wrote the court's opinion."""
    root = span.root
    if root.dep_ != "nsubj" or not reports_a_clause(root.head):
        return False
    return any(child.dep_ in ("appos", "acl", "advcl") and child.lemma_.lower() == "write" and child.i < root.head.i
               and any(g.dep_ == "prep" and g.lower_ == "for" and any(o.pos_ == "PROPN" for o in g.children)
                       for g in child.children)
               for child in [*root.children, *root.head.children])


def names_a_figure_given(span: SpacySpan) -> bool:
    """Is the span what a figure beside it measures, the subject of "be" with the figure as its complement
    ("The _____ was 3.07." for "average household size", "_____ was about 72 per cent" for "Turnout",
    "The _____ in Malawi is 19 per cent" for "overall HIV infection rate": the three labelled such blanks
    rejected, T181, T184)? The fact is the figure, and the sentence all but names its measure."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_ != "be":
        return False
    # (not a figure of something the sentence names: "government spending was just 4% of GDP" asks well for
    # what was)
    return any(c.dep_ == "attr" and (c.like_num or c.pos_ == "NUM" or any(
        n.dep_ == "nummod" and n.like_num for n in c.children)) and not any(t.lower_ == "of" for t in c.subtree)
        for c in root.head.children)


def only_a_source(span: SpacySpan) -> bool:
    """Is the span where a report came from or whom it was told to: the object of "according to"
    ("According to Yonhap news agency, ..."), or the hearer of a speech verb that carries what was
    said ("X told CBC News the department will look into it")?"""
    root = span.root
    if _inside_according_to(root):
        return True
    if _NEWS_NAME.search(span.text) and root.dep_ == "nsubj" and root.head.lemma_.lower() in _NEWSROOM_VERBS:
        return True  # "Wikinews has learned that ...", "Wikinews spoke with a cosplayer": the reporter
    if root.dep_ in ("compound", "nmod", "amod", "poss") and root.head.lemma_.lower() in _SPOKESPEOPLE \
            and root.head.dep_ == "nsubj" and root.head.head.lemma_.lower() in REPORTING_VERBS:
        return True  # "London Underground officials said that ...": whose officials spoke is attribution (T126)
    if root.dep_ in ("compound", "nmod") and root.head.dep_ in ("dative", "dobj") and _NEWS_NAME.search(
            " ".join(t.text for t in root.head.subtree)) and reports_a_clause(root.head.head):
        # "A US diplomatic source told the Reuters news agency: ...": the hearer, named by its outlet (T179)
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in _SEEN_BY:
        # "a leaked document ... seen by the Guardian", "Reached by phone by The Grayzone on May 12, ...": the
        # outlet that saw or reached it, the story's teller (T180, T181)
        return True
    return root.dep_ in ("dative", "dobj") and reports_a_clause(root.head)


#: What an outlet does to a document or a person in a passive report: "seen by", "obtained by".
_SEEN_BY = frozenset({"see", "obtain", "review", "reach", "interview", "contact", "quote"})

#: People who speak for a body ("London Underground officials said ...").
_SPOKESPEOPLE = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "source", "representative"})
#: A news outlet's name ("Wikinews", "CBC News", "Yonhap News Agency").
_NEWS_NAME = re.compile(r"\bnews\b|wikinews", re.IGNORECASE)
#: What a newsroom does as the teller of its story: "has learned that", "spoke with", "published an
#: article quoting". Strict judges kept none of seven cards asking for an outlet as the source.
_NEWSROOM_VERBS = frozenset({"learn", "speak", "report", "publish", "contact", "interview", "ask", "tell", "say",
                             "confirm", "quote", "write", "obtain", "reach"})


def _inside_according_to(token: Token) -> bool:
    """Is the token part of the noun phrase after "according to", however deep ("According to
    _____ authorities", "according to a professor at _____"), or of a phrase on "according" itself
    ("according to X in _____")? A clause inside it ("according to reports that X won") carries
    content, so the climb stops at a verb."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if token.dep_ == "prep" and head.lower_ == "according":
            return True  # "According to Ron Brownstein of CNN in 2023": when the source said it
        token = head
    return False


def attributes_a_quotation(span: SpacySpan) -> bool:
    """Is the span the speaker of a direct quotation, or a word of what describes them ('"In the deep sea, light
    is a language," says Marisol Vega, a marine biologist at the Monterey Bay Aquarium Research Institute')? The
    quotation is someone's words, and who said it where is a byline's trivia: strict judges rejected all six such
    blanks and statements of T190's science features, where the quoted researcher speaks once."""
    token = span.root
    while token.dep_ in _DESCRIBING and token.head.i != token.i:
        token = token.head
    if token.dep_ != "nsubj" or not reports_a_clause(token.head):
        return False
    doc = span.doc
    # the clause said is the quotation: it opens just after a quotation mark
    return any(child.dep_ in ("ccomp", "parataxis") and child.i < token.head.i
               and (child.left_edge.is_quote or child.left_edge.i > 0 and doc[child.left_edge.i - 1].is_quote)
               for child in token.head.children)


#: How a word hangs inside the noun phrase of a speaker: "a marine biologist at the [Institute]".
_DESCRIBING = frozenset({"pobj", "prep", "appos", "compound", "amod", "nmod", "poss"})


def reports_a_clause(verb: Token) -> bool:
    """Is the verb one of saying whose clause carries what was said ("X told CBC News [the department
    will look into it]")? Its subject and hearer are sources, not the content."""
    return verb.lemma_.lower() in SPEECH_VERBS and any(child.dep_ in ("ccomp", "parataxis")
                                                      for child in verb.children)


_DASHES = "-\u2013\u2014"
#: A name's last word that holds a full stop: a regnal numeral or an initial ("Prempeh I.", "George W.").
_STOP_IN_LAST_WORD = re.compile(r"(?:[IVX]+|[A-Z])\.")
#: What follows a sentence's end: a space and a capital or an opening quote, or the end of the text.
_NEXT_SENTENCE = re.compile(r"\s+[A-Z\"\u201c]|\s*$")
#: What joins the two ends of a range: "1992 to 1998", "between 2019 and 2020", "1939-1945".
RANGE_LINK = rf"(?:to|until|till|through|and|[{_DASHES}])"
#: (the far end may be "into the early 1990s": "lasted from 1948 into the early 1990s")
_RANGE_AFTER = re.compile(rf"\s*(?:{RANGE_LINK}|into)\s*(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?\d")
_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)  # "from the 1950s to the 1970s"
#: A far end written as a year's last two figures ("in 1831 to '32", "1848-'49"): what it follows is one end of a
#: range, with or without a "from" before it
_SHORT_FAR_END = re.compile(rf"\s*{RANGE_LINK}\s*['\u2019]\d\d\b")
_RANGE_CLOSES = re.compile(
    rf"(?:\b(?:from|between)\s+(?:the\s+)?\S+\s+(?:to|until|till|through|and)(?:\s+the)?|\d\s*(?:to|until|till|through|[{_DASHES}]))\s*$",
    re.IGNORECASE)
#: What opens a word made of a name but meaning something else ("Pro-Jackson newspapers").
_NAME_PREFIX = re.compile(r"(?i:pro|anti|non|neo|ex|post|pre|pan)-|[Pp](?:ost|re)\s+(?=[A-Z])")


def foreign_script(text: str) -> bool:
    """Does the text hold letters of a script other than Latin or Greek (Arabic, Cyrillic, Han, ...)?"""
    return any(c.isalpha() and not unicodedata.name(c, "").startswith(("LATIN", "GREEK")) for c in text)


def unnamed_people(chunk: SpacySpan) -> bool:
    """Does the noun phrase describe people without naming them ("suspected gunman", "Law
    enforcement", "bureaucratic agencies")?"""
    lemma = chunk.root.lemma_.lower()
    return (lemma in PERSON_NOUNS or lemma in _PEOPLE_HEADS) and not any(t.pos_ == "PROPN" for t in chunk)


def end_of_a_range(span: SpacySpan) -> bool:
    """Is the number or date one end of a range: "from 1992 to 1998", "between 2019 and 2020",
    "1939-1945"? (A range that the span holds whole is no end of one.)"""
    text = doc_text(span.doc)
    before = text[max(span.start_char - 30, 0):span.start_char]
    after = text[span.end_char:span.end_char + 24]
    return bool(_RANGE_OPENS.search(before) and _RANGE_AFTER.match(after)
                or _RANGE_CLOSES.search(before) or _SHORT_FAR_END.match(after))


def date_as_a_label(span: SpacySpan) -> bool:
    """Is the date a label on a noun ("the 2022 Winter Olympics", "the 1990 census", "the August 17
    issue", "the Pendleton Act of 1883") or the day a figure was counted ("as of January 22")? It
    says which one, not when something happened: the noun (or the figure) is the fact, not the date."""
    root = span.root
    if root.dep_ in ("nummod", "compound", "nmod", "amod", "poss") and root.head.pos_ in ("NOUN", "PROPN") and (
            root.head.i >= span.end or root.head.i < span.start):
        return True
    before = span.doc[max(span.start - 2, 0):span.start]
    if len(before) == 2 and before.text.lower() == "as of":
        return True
    # "the Pendleton Act of 1883", "the Revolution of 1917": the year ends a name
    of = root.head
    return (root.dep_ == "pobj" and of.lower_ == "of" and of.i == span.start - 1 and of.head.pos_ == "PROPN"
            and of.head.text[:1].isupper() and of.head.i == of.i - 1)


def doc_text(doc: Any) -> str:
    """A Doc's text, joined once and kept with it: ``Doc.text`` joins every token again on each
    call, which asked once per candidate made the cost grow with the square of a paragraph's length."""
    text = doc.user_data.get("studygen:text")
    if text is None:
        text = doc.user_data["studygen:text"] = doc.text
    return str(text)


def date_part(ent: SpacySpan) -> SpacySpan:
    """A date the recogniser ran on into the next phrase ("on [4 November hundreds of thousands] of
    people gathered"), cut where that phrase begins: the second word whose head lies outside the
    entity starts another phrase, when what it starts holds no digit or month ("on _____ of people
    gathered" is no sentence)."""
    outside = [t for t in ent if not ent.start <= t.head.i < ent.end]
    if len(outside) < 2:
        return ent
    cut = max(outside[1].left_edge.i, ent.start + 1)
    tail = ent.doc[cut:ent.end]
    if any(t.like_num or t.lower_ in MONTH_WORDS for t in tail):
        return ent
    return ent.doc[ent.start:cut]


#: The small words of names in other languages, between two capitalised words ("Académie des Beaux-Arts",
#: "Marie de' Medici", "Carvalho e Melo"), with the apostrophe some take.
#: ("im", "am", "upon" and the like inside place names: "Freiburg im Breisgau", "Frankfurt am Main", "Kingston
#: upon Hull"; "Freiburg im _____", T142)
_FOREIGN_LINKS = (r"(?:des|de|du|la|le|les|di|del|della|da|dos|das|von|van|der|den|y|e"
                  r"|im|am|upon|sur|zu|zum|zur|op)['’]?")
_FOREIGN_LINK = re.compile(rf"\s+{_FOREIGN_LINKS}\s+[A-ZÀ-Þ]")
_FOREIGN_LINK_BEFORE = re.compile(rf"[A-ZÀ-Þ][\w'’-]*\s+{_FOREIGN_LINKS}\s+$")


def piece_of_a_name(span: SpacySpan) -> bool:
    """Is the span glued to more of a name or a figure: "Nice" in "Paris–Nice", "India" in "DNA
    India", "4/5", "6.022 × 10" of "6.022 × 10^23"? The blank would cut it in two."""
    doc = span.doc
    text = doc_text(doc)
    before = text[span.start_char - 1:span.start_char] if span.start_char else ""
    after = text[span.end_char:span.end_char + 1]
    if before in ("-", "–", "—", "/") or after in ("-", "–", "—", "/"):
        return True
    if before in ("^", "+") or after in ("^", "+") or before.isalnum() or after.isalnum():
        # "6.022 × 10" of "6.022 × 10^23", "PSR B1257" of "PSR B1257+12" (T60): the span stops inside a
        # figure, a designation or a word
        return True
    before_span = text[max(0, span.start_char - 40):span.start_char]
    if span[-1].text[:1].isupper() and _FOREIGN_LINK.match(text, span.end_char) \
            or span[0].text[:1].isupper() and _FOREIGN_LINK_BEFORE.search(before_span) \
            or re.fullmatch(_FOREIGN_LINKS, span[-1].lower_) and re.match(r"['’]\s+[A-ZÀ-Þ]", after + text[
                span.end_char + 1:span.end_char + 3]):
        # "Académie" of "Académie des Beaux-Arts" (T60), "Lesseps" of "Ferdinand de Lesseps", "Marie de" and
        # "Medici" of "Marie de' Medici" (T65)
        return True
    if _CITATION_GOES_ON.match(text, span.end_char):
        # "Article II" of "Article II, Section 1, Clause 6 of the Constitution provided ...": a citation whose
        # section and clause go on after a comma ("What provided that ...? Article II", T199)
        return True
    if span[0].text in ("St", "St.", "Saint") and re.match(r"['’]s\s+[A-Z]", text[span.end_char:span.end_char + 4]):
        return True  # "St Thomas" of "St Thomas's Abbey", "St Paul" of "St Paul's Cathedral": a saint's church
    if span.end < span.sent.end and span[-1].is_alpha and span[-1].text[:1].isupper() and span[-1].whitespace_ \
            and (doc[span.end].is_alpha or _DESIGNATION.fullmatch(doc[span.end].text)) \
            and doc[span.end].text[:1].isupper() and doc[span.end].lower_ != "i":
        # "Kingdom of the Two" of "Kingdom of the Two Sicilies" (T125), "Johann Caspar" of "Johann Caspar
        # Ferdinand Fischer": a capital word straight after a capital word goes on with the name (judges
        # rejected 8 of the 9 labelled blanks that stop there); so does a designation ("Regency" of "the Regency
        # TR-1", T195)
        return True
    inside = range(span.start, span.end)
    for token in doc[max(span.start - 2, 0):min(span.end + 2, len(doc))]:
        if token.i in inside:
            if token.dep_ == "compound" and token.head.i not in inside and token.head.pos_ == "PROPN":
                return True
        elif token.dep_ == "compound" and token.head.i in inside and (
                token.pos_ == "PROPN" or token.text[:1].isupper() and token.i > span.sent.start):
            return True  # (also "French" of "French Polynesia", which the tagger calls an adjective, T102)
        elif token.i == span.start - 1 and token.dep_ == "amod" and token.head.i in inside \
                and token.i > span.sent.start and token.text[:1].isupper() and not token.ent_type_ \
                and token.head.pos_ == "PROPN":
            return True  # "Large" of "the Large Hadron Collider": a capital mid-sentence is the name's
        elif (token.i == span.end and token.dep_ == "nummod" and token.head.i in inside
              and token.head.pos_ == "PROPN" and doc[token.i - 1].whitespace_):
            return True  # "High Speed" of "High Speed 1", "Apollo" of "Apollo 13": the number ends the name
    # "June 1954" of "7 June 1954": the blank would leave the day outside ("7 _____")
    return span.start > 0 and span[0].lower_ in MONTH_WORDS and \
        re.fullmatch(r"\d{1,2}", doc[span.start - 1].text) is not None


_ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z0-9.&-]{1,8}")
#: The next part of a citation after a comma: ", Section 1", ", Clause 6", ", para. 2".
_CITATION_GOES_ON = re.compile(r",\s*(?:Section|Sections|Clause|Clauses|Article|Paragraph|para\.|Subsection|Chapter"
                               r"|Part|Title|§)\s*[\dIVXLC]")
#: A model's designation, capitals and figures: "TR-1", "B-52", "MK2".
_DESIGNATION = re.compile(r"[A-Z][A-Za-z-]*\d[\w-]*")


def with_its_gloss(span: SpacySpan) -> SpacySpan:
    """The name and the short bracket that names it again, as one answer: "Chinese Nationalist
    Party (KMT)", "30 km (19 mi)". Asking for either alone would print the other beside the blank."""
    doc = span.doc
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end].sent == span.sent:
        for k in range(end + 1, min(end + 6, len(doc))):
            if doc[k].text == ")":
                inside = doc[end + 1:k].text
                if k > end + 1 and (_ACRONYM.fullmatch(inside) or re.fullmatch(r"[\d.,]+\s?[a-z]{1,4}", inside)):
                    return doc[span.start:k + 1]
                return span
            if doc[k].text in ("(", ".", ";") or doc[k].is_sent_start:
                break
    return span


def beside_a_gloss(span: SpacySpan) -> bool:
    """Is the span followed by a bracket that names it again ("Federal Security Service (FSB)",
    "30 km (19 mi)", "Mao Zedong's (毛澤東) son"), or is it that bracket, or the name in another
    language inside one? The other name gives the answer away, and a translation is no fact to learn."""
    text = doc_text(span.doc)
    # (after an owner's "'s" too: "Mao Zedong's (毛澤東) son")
    return bool(re.match(r"(?:['\u2019]s?)?\s*\(", text[span.end_char:span.end_char + 5])
                or re.search(r"\(\s*$", text[max(span.start_char - 2, 0):span.start_char])
                or _FOREIGN_NAME.search(text[max(span.start_char - 40, 0):span.start_char]))


#: Counts that, after "the", number things the text names anyway ("the two countries").
_SMALL_COUNTS = frozenset({"two", "three", "four", "both"})
#: A government or parliament named by its level only ("Federal Government", "State Parliament").
_LEVEL_OF_GOVERNMENT = re.compile(r"(?:Federal|State|National|Local|Central|Provincial)\s+(?:Government|Parliament)")
#: A thing named only as new, latest or recent ("new report", "latest incidents", "new year").
_NEW_THING = re.compile(r"(?:new|latest|recent|further)(?:\s+[a-z-]+){1,2}")
#: A person's age as a bare figure: "The _____ was one of the guests" for "47 year old" (T180), "Garin, who is
#: _____, covered the whole distance" for "32 years old": none of the five labelled such answers kept. An age
#: with its measure ("more than 4,000 years old") is a finding.
_AN_AGE = re.compile(r"\d{1,3}[- ]years?[- ]old")


def participle_after_an_auxiliary(span: SpacySpan) -> bool:
    """Does the span open on a participle right after a "be" and run up to a finite verb ("since the laws
    were first proposed companies have been cutting ...": the parser read "proposed companies" as one
    noun phrase)? The participle ends the clause before and the noun opens the next, so a blank of the
    span covers two clauses (T176)."""
    first, doc = span[0], span.doc
    if first.tag_ != "VBN" or first.dep_ not in ("amod", "compound") or span.end >= len(doc):
        return False
    before = first.i - 1
    while before >= span.sent.start and doc[before].tag_ == "RB":
        before -= 1
    return (before >= span.sent.start and doc[before].lemma_ == "be"
            and doc[span.end].tag_ in FINITE_TAGS)


def role_of_a_named_person(span: SpacySpan) -> bool:
    """Is the span a role whose holder the sentence names next, in commas ("The _____, John Howard, has
    revealed ..." for "Prime Minister")? The card asks for a job while it shows the one who holds it:
    news style, and nothing of the article to learn (three judges of three, T176)."""
    if span.ents or span.root.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > span.end for c in span.root.children)


#: A bracket that gives the name in another language or its pronunciation ("(Spanish: Selección ...)",
#: "(Persian: ...; lit. ...)", the second of two: "(Hebrew: Yam ha-Melah; Arabic: al-Bahr al-Mayyit)"):
#: a name to read, not a fact to learn.
_FOREIGN_NAME = re.compile(r"[(;]\s*(?:[A-Z][a-z]+[ -])*[A-Z][a-z]+:\s*$|\b(?:lit\.|literally|pronounced)\s*$")


_CURRENCY = re.compile(r"[$€£¥₹₩₽¢]|\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|crores?|lakhs?|pesos?|francs?"
                       r"|marks?|won|rubles?|roubles?|cents?|pence|shillings?|dinars?|riyals?|lira|krona|kronor"
                       r"|USD|EUR|GBP|CAD|AUD|[A-Z]{2}\$)\b", re.IGNORECASE)
_FIGURE_TYPES = {AnswerType.DATE, AnswerType.TIME, AnswerType.NUMBER, AnswerType.PERCENT, AnswerType.MONEY,
                 AnswerType.QUANTITY}
_QUOTES = re.compile(r"[\"“”]")


#: The words that open a cross-reference in brackets ("(see oxygen isotope ratio cycle)").
_CROSS_REFERENCE_WORDS = ("see", "cf.", "cf")


def a_cross_reference(span: SpacySpan) -> bool:
    """Is the span a bracketed pointer to another page or section ("... millions of years ago (see
    [oxygen isotope ratio cycle])")? It is the document's furniture, not a fact to learn, and the
    one word left around the blank gives nothing to answer from."""
    doc, sent_start = span.doc, span.sent.start
    i = span.start - 1
    while i > sent_start and doc[i].lower_ in ("also", "the", "a", "an"):
        i -= 1
    return i > sent_start and doc[i].lower_ in _CROSS_REFERENCE_WORDS and doc[i - 1].text in ("(", "[", ";", ",")


def inside_a_quotation(span: SpacySpan) -> bool:
    """Is the span a few words inside a quotation (a reviewer's wording), not the whole of it (a
    quoted title)? Recalling someone's exact words is not worth a card."""
    sent = span.sent
    text = doc_text(span.doc)
    opened = len(_QUOTES.findall(text[sent.start_char:span.start_char])) % 2 == 1
    if not opened:
        return False
    whole = bool(_QUOTES.search(text[max(span.start_char - 1, 0):span.start_char])) and bool(
        _QUOTES.match(text[span.end_char:span.end_char + 1]))
    return not whole


def common_word(word: str) -> bool:
    """Is ``word``, in lower case, a word of the English lexicon (lemminflect knows a lemma for it)?"""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def present_verb_in_s(word: str) -> bool:
    """Is ``word``, in lower case, a verb's present form in "-s" that the lexicon knows ("invades", "takes")?
    Read as a noun beside a name, it shows the parser ran the name on into its verb ("Henry V invades in
    1415", "Max Ernst invents frottage")."""
    from lemminflect import getAllLemmas

    return word.endswith("s") and "VERB" in getAllLemmas(word)


#: Verbs of a present-tense definition's subject: "An allele is ...", "Mitochondria are ...".
_DEFINING_BE = frozenset({"is", "are"})


def definition_of(span: SpacySpan) -> Token | None:
    """The description a sentence defines ``span`` by, or None: the sentence opens with the term as
    the subject of a present-tense "be", and the complement, which runs to the end, is a described
    class ("Photosynthesis is the process by which plants convert ...", "An allele is one of two or
    more versions of a gene", "Mitochondria are organelles that ..."). A past tense tells a story
    ("Newton was an English mathematician who ..."), and a bare complement ("Inflation is a problem")
    describes nothing: neither is a definition."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.lower_ not in _DEFINING_BE or verb.dep_ != "ROOT":
        return None
    sent = verb.sent
    words = [t for t in sent if not t.is_punct]
    opening = words[1:] if words and words[0].lower_ in ("a", "an", "the") else words
    if not opening or opening[0].i != span[0].i and not (
            span[0].lower_ in ("a", "an", "the") and len(span) > 1 and span[1].i == opening[0].i):
        return None  # the sentence must open with the term
    if span[-1].i + 1 != verb.i or len([t for t in span if t.is_alpha]) > 4:
        return None  # "Inflation, in economics, is ...", or a phrase too long to be a term
    if any(t.is_upper and len(t) > 1 or t.i > span[0].i and t.text[:1].isupper() or t.dep_ == "case"
           for t in span):
        return None  # a name, an acronym or an owned thing ("The tour's name"), not a term
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is None or attr.left_edge.lower_ not in ("a", "an", "the", "one") and not (
            attr.tag_ == "NNS" and verb.lower_ == "are"):
        return None
    if root.ent_type_ in ("PERSON", "NORP") and attr.lemma_.lower() in PERSON_NOUNS:
        return None  # "Biden is the president of ...": a person, asked with "Who"
    modifiers = {c.dep_ for c in attr.children}
    clause = any(t.dep_ in ("relcl", "acl") for t in attr.subtree if t.i != attr.i)  # "a group of people related by"
    if not clause and not ("prep" in modifiers and attr.lower_ == "one"):
        return None  # "organelles in eukaryotic cells", "a special feature of X": too little sets it apart
    if any(not t.is_punct for t in sent if t.i > attr.right_edge.i):
        return None
    return attr


#: Sentence connectives the parser may hang on a reason put first ("Because ..., however, ...").
_CONNECTIVES = frozenset({"however", "therefore", "thus", "though", "nevertheless", "moreover", "furthermore",
                          "also", "too", "instead", "consequently", "hence"})


#: Names that never begin with a preposition (a date does: "Between 2021 and 2022", "Around July 22").
_PLAIN_NAMES = (AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.PLACE, AnswerType.GROUP)


def sentence_candidates(sent: SpacySpan, sentence_index: int, offset: int) -> list[AnswerCandidate]:
    """Candidates in one parsed sentence; ``offset`` maps the parse's characters to the article's."""
    found: dict[tuple[int, int], AnswerCandidate] = {}

    def add(span: SpacySpan, answer_type: AnswerType, origin: str, flaw: str | None = None) -> None:
        span = strip_determiner(span)
        if (len(span) > 1 and span[0].pos_ == "ADP" and span[0].dep_ == "prep" and answer_type in _PLAIN_NAMES
                and not span.start <= span[0].head.i < span.end):
            span = span[1:]  # "Behind Vingegaard and Pogačar, ...": the recogniser took a capital "Behind" in
        if len(span) > 1 and is_possessive_ending(span[-1]):  # "Kim Jong-un's" -> "Kim Jong-un"
            span = span[:-1]
        if answer_type in (AnswerType.DATE, AnswerType.TIME) and (comma := next(
                (t.i for t in span[1:-1] if t.text == ","), None)) is not None:
            after, before = span.doc[comma + 1], span.doc[comma - 1]
            if not (after.text[:1].isdigit() or before.lower_ in WEEKDAYS):
                # "the age of 36, three months after the first performance": two phrases the recogniser ran
                # into one ("at the _____ after ...", T97); not "June 3, 1990", "September 2, 31 BC" nor
                # "Monday, 3 June"
                span = strip_determiner(span.doc[span.start:comma])
        text = span.text
        if not text.strip() or is_vague(text, answer_type):
            return
        if answer_type in (AnswerType.DATE, AnswerType.TIME) and any(t.tag_ == "MD" for t in span):
            return  # "may fall year" of "may fall year after year": a modal read as the month (T122)
        if span[-1].is_punct and not (span[-1].text == ")" and "(" in text):
            return
        if len(span) > 1 and span[-1].pos_ in ("ADP", "CCONJ", "DET"):
            return  # "Russian Revolution of": the entity recogniser stopped inside a name
        if span[-1].text in _NUMBER_MARKS and doc_text(span.doc)[span.end_char:span.end_char + 1] == ".":
            return  # "Piano Concerto No" of "Piano Concerto No. 2": a blank would cut the number's mark (T95)
        if len(span) > 2 and sum(not span.start <= t.head.i < span.end or t.head.i == t.i
                                 for t in span if not t.is_punct) > 1 and any(
                t.head.i >= span.end and (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "compound"
                                          and t.head.dep_ in ("nsubj", "nsubjpass")) for t in span):
            # "the Civil War the South" of "By the eve of the Civil War the South was producing ...": the
            # recogniser ran a name on into the clause's subject; a blank of it covers two phrases (T74;
            # "French Revolution the Ferme" of "... the Ferme générale was abolished", T79)
            return
        verb = span.sent.root
        if span.end == verb.i and span.root.dep_ == "pobj" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            # "During the Middle Ages Philippopolis was an important fortress": the fronted phrase swallowed the
            # subject of a verb left without one; a blank of it covers two phrases (T134)
            return
        if span[0].dep_ == "conj" and span[0].head.i < span.start and span.start <= span[0].head.head.i < span.end:
            # "between the Eastern and _____" for "Western Hemispheres": the second of two words that share
            # their noun, the first left as a giveaway (T70)
            return
        if len(span) > 1 and span[-1].dep_ == "amod" and span[-1].pos_ == "ADJ" and span[-1].head.i >= span.end:
            # "Gironde department of south-western" of "... south-western France": a noun phrase cut
            # before its noun (T67)
            return
        if participle_after_an_auxiliary(span):
            return
        if len(_QUOTES.findall(text)) % 2 or text.count("(") != text.count(")"):
            return  # '"historic mission': a quotation cut in two
        if foreign_script(text):
            return  # "دودمان پیشدادیان": the name in a script the learner is not reading
        if answer_type in _NAME_LABELS and _NAME_PREFIX.match(text):
            return  # "Pro-Jackson" describes newspapers: it names no person
        if answer_type not in _NAME_LABELS and re.match(r"'?s\b", doc_text(span.doc)[span.end_char:span.end_char + 3]):
            return  # "mid-1930" of "the mid-1930's": the word goes on past the span
        if answer_type is AnswerType.PERSON and only_a_speaker(span):
            return
        if len(span) == 1 and span[0].pos_ == "PROPN" and re.search(
                rf"\b{re.escape(span.text)}(?: [IVX]+)? the [A-Z][a-z]+", doc_text(span.doc)):
            # "Peter" where its paragraph says "Peter the Great" (T124), "Casimir" where it says "Casimir III the
            # Great" (T128): half of the name it goes by (the parsed text is the paragraph, not the article)
            return
        if half_of_a_list(span) or piece_of_a_name(span) or beside_a_gloss(span) or inside_a_quotation(span):
            return
        if len(span) == 1 and span[0].lower_ in _SMALL_COUNTS and span.start > 0 \
                and span.doc[span.start - 1].lower_ == "the":
            # "a war between the _____ countries", "merging the _____ parties" for "two": the count of things the
            # sentence names anyway (none of the four labelled such blanks kept; T176, T177, T179)
            return
        if _AN_AGE.fullmatch(text) or names_a_figure_given(span):
            return
        if span[-1].text in SHORT_TITLES and doc_text(span.doc)[span.end_char:span.end_char + 1] == ".":
            return  # "Staff-Insp" of "..., Staff-Insp. Gary Ellis said.": a rank cut from the name it stands before
        if text.lower().startswith("between ") and " and " not in text:
            # "all that stand _____ people ... and disaster" for "between 10 million" (T181), "_____ and the early
            # 1170s" for "Between about 1158": half of a "between ... and" (none of the two labelled such kept)
            return
        if role_of_a_named_person(span) or _NEW_THING.fullmatch(text) or _LEVEL_OF_GOVERNMENT.fullmatch(text):
            # (_NEW_THING: "A _____ suggests the costs ... have been exaggerated" for "new report", "the _____ with
            # Nauru" for "new agreement": a thing the article calls only new or latest, no term to learn; 2 of
            # the 8 labelled such answers were kept, none of T179's six. _LEVEL_OF_GOVERNMENT: "The _____ says new
            # fuel standards will ..." for "Federal Government": which government, the country's, the reader
            # knows; none of the three labelled such answers kept, T179)
            return
        if a_cross_reference(span) or answer_type is AnswerType.PLACE and locates_the_place_before(span):
            return
        key = (span.start_char, span.end_char)
        if key in found:
            return
        end_char = span.end_char
        if _STOP_IN_LAST_WORD.fullmatch(span[-1].text) and _NEXT_SENTENCE.match(doc_text(span.doc), end_char):
            # "exiled the Asantehene Prempeh I. When he returned": the tokenizer took the full stop into the
            # numeral, and the answer ended on it (T189)
            text, end_char = text[:-1], end_char - 1
        if answer_type is AnswerType.PERSON and titled_speaker(span) or bylined(span):
            flaw = SPEAKER_FLAW
        elif answer_type is AnswerType.DATE and date_as_a_label(span):
            flaw = DATE_LABEL_FLAW
        elif answer_type is AnswerType.GROUP:
            flaw = GROUP_FLAW
        elif (answer_type in _FIGURE_TYPES or looks_like_date(span.text)) and end_of_a_range(span):
            # (a date the parser calls an event too: "till 9 September 2023")
            flaw = RANGE_FLAW
        elif year_read_into_name(span):
            flaw = YEAR_AND_NAME_FLAW
        if only_a_source(span) or attributes_a_quotation(span) or in_a_citation(
                doc_text(span.doc), span.start_char, span.end_char):
            flaw = SOURCE_FLAW
        found[key] = AnswerCandidate(text=text, start=offset + span.start_char, end=offset + end_char,
                                     sentence=sentence_index, type=answer_type, origin=origin,  # type: ignore[arg-type]
                                     flaw=flaw)

    for ent in sent.ents:
        answer_type = ENTITY_TYPES.get(ent.label_)
        if answer_type is None:
            continue
        origin = "number" if answer_type in (AnswerType.NUMBER, AnswerType.PERCENT, AnswerType.MONEY,
                                             AnswerType.QUANTITY) else "entity"
        if origin == "entity" and answer_type in _NAME_LABELS | {AnswerType.PERSON}:
            # "the Christian Legal Centre represented Battersbee's": the recogniser ran the name on
            # into its clause; the name ends before the verb
            verb = next((t.i for t in ent if t.tag_ in FINITE_TAGS and t.text.islower()), None)
            if verb is not None:
                ent = ent.doc[ent.start:verb]
                if not len(ent) or not any(t.text[:1].isupper() for t in ent):
                    continue
        if origin == "entity" and part_of_a_title(strip_determiner(ent)):
            continue
        if answer_type in (AnswerType.DATE, AnswerType.TIME):
            ent = date_part(ent)  # "4 November [hundreds of thousands]"
        if answer_type in (AnswerType.DATE, AnswerType.TIME) and not looks_like_date(ent.text):
            continue  # "annual", "65th": not a date to ask for
        if (answer_type is AnswerType.DATE and len(ent) > 2 and ent[0].like_num and not ent[0].is_digit
                and ent[1].is_digit):
            ent = ent[1:]  # "the two 22 July papers": the count before the date is not part of it
        if answer_type is AnswerType.MONEY and not _CURRENCY.search(
                doc_text(ent.doc)[max(ent.start_char - 2, 0):ent.end_char + 12]):
            continue  # "approximately 2.2 billion years ago", which the parser calls money
        if answer_type in _NAME_LABELS and (titled_person(ent) or described_as_a_person(ent)
                                            or a_persons_name_by_its_particle(ent)):
            answer_type = AnswerType.PERSON  # "conductor Georg Solti", which the parser calls an organisation
        elif answer_type is AnswerType.PERSON and (has_an_article(ent) or common_nouns(ent) or in_lower_case(ent)):
            # "the Gazette", "Centrioles", "polyvinyl chloride", which the parser calls people
            answer_type = AnswerType.CONCEPT
        elif answer_type is AnswerType.PERSON and a_place_name(ent):
            answer_type = AnswerType.PLACE  # "Victoria Pier", "Banjska Monastery", which the parser calls people
        elif answer_type is AnswerType.PERSON and is_acronym(ent):
            answer_type = AnswerType.ORGANISATION  # "GEBA": an acronym names no person
        add(with_its_gloss(ent), answer_type, origin)
    entity_tokens = {t.i for e in sent.ents for t in e}
    for chunk in map(without_leading_adverbs, sent.noun_chunks):
        root = chunk.root
        if root.pos_ == "PRON" or root.lower_ in PRONOUNS or {t.i for t in chunk} & entity_tokens:
            continue
        if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos", "oprd"):
            continue
        if any(t.tag_ == "PRP$" for t in chunk):  # "his nation's independence": whose?
            continue
        if any(t.tag_ in ("WP$", "WDT", "WP") for t in chunk):
            continue  # "whose angular, fragmented ... buildings": the relative word goes with the blank (T64)
        content = [t for t in chunk if not t.is_stop and t.is_alpha]
        if len(content) < 2 and not (content and root.pos_ == "PROPN") and definition_of(chunk) is None:
            continue  # one word is too little to ask for, unless the sentence defines it
        if part_of_a_title(strip_determiner(chunk)):
            continue
        if chunk.end < sent.end and chunk.doc[chunk.end].lower_ == "of" and chunk.doc[chunk.end].head.i == root.i:
            # "[Common uses] of oxygen", "[high levels] of alert": the head of "X of Y" without what
            # it is of; of 21 labelled cloze cards with such a blank, 7 were accepted
            continue
        flaw = None
        if unnamed_people(chunk):
            # "Public health officials said the next step would be ...": who said it, unnamed, is no
            # blank either (T52: both such blanks rejected by every judge); what they said stays
            flaw = SPEAKER_FLAW if root.dep_ == "nsubj" and reports_a_clause(root.head) else UNNAMED_PEOPLE_FLAW
        add(chunk, AnswerType.CONCEPT, "noun_chunk", flaw)
    for token in sent:
        if token.dep_ == "advcl" and gives_a_reason(token):
            clause = sent.doc[token.left_edge.i:token.right_edge.i + 1]
            if len(clause) > 3 and clause[-2].text == "," and clause[-1].dep_ == "advmod" \
                    and clause[-1].lower_ in _CONNECTIVES:
                # "Because the capillaries are so permeable, however, ...": the connective is the main
                # clause's, though the parser hangs it on the reason ("... so permeable, however", T111)
                clause = clause[:-2]
            # "because they assumed that, since ... in a bog, [it had to be very old]": a verb with two
            # subordinators ("that", "since") or a word whose head lies outside the clause means the
            # parser cut it short
            whole = all(t.i == token.i or clause.start <= t.head.i < clause.end for t in clause) and not any(
                sum(c.dep_ == "mark" for c in t.children) > 1 for t in clause)
            # "Because they are not counted in the labor force, the rate can fall ...", "Because many
            # households do not fit that description, ...": a reason put first leans on the sentence before
            leans = clause.end <= token.head.i and any(
                t.tag_ in ("PRP", "PRP$") or t.dep_ == "det" and t.lower_ in ("this", "that", "these", "those")
                for t in clause)
            # "Because participation is often pseudonymous and leaving costs little, informal controls are ...":
            # a reason put first that stops short of its comma was cut by the parser ("... and leaving costs", T118)
            short = clause.end <= token.head.i and clause.end < sent.end and sent.doc[clause.end].text != ","
            if len(clause) <= 20 and whole and not leans and not short:
                add(clause, AnswerType.CLAUSE, "noun_chunk")
    return sorted(found.values(), key=lambda c: (c.start, c.end))


def gives_a_reason(clause: Token) -> bool:
    """Is the clause a reason, "because ...", and not "because of which ...", a relative clause
    that tells a result ("its faster acceleration, because of which it can go from 0 to 100 km/h
    in 52 seconds")?"""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return bool(marks) and marks[0].lower_ == "because" and not (
        marks[0].i + 2 < len(clause.doc) and marks[0].nbor(1).lower_ == "of"
        and marks[0].nbor(2).tag_ in ("WDT", "WP", "WP$"))


def one_off_descriptions(text: str, candidates: Sequence[AnswerCandidate]) -> set[str]:
    """The texts of the concept candidates (common-noun phrases) that ``text`` names only once, in
    the singular or the plural: descriptions, not terms (``ONE_OFF_FLAW``)."""
    from studygen.analysis import mention_counts

    def forms(phrase: str) -> list[str]:  # (a candidate's text has no article before it: strip_determiner)
        other = phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase + "s"
        return [phrase, other]

    concepts = {c.text for c in candidates if c.type is AnswerType.CONCEPT}
    counts = mention_counts(text, sorted({f for phrase in concepts for f in forms(phrase)}))
    return {phrase for phrase in concepts if sum(counts[f] for f in set(forms(phrase))) < 2}
