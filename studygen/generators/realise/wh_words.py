"""Choosing the question phrase: who or what, which kind of thing, how many of what, whose; and
whether the answer covers its phrase, or is one member of a list."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studygen.candidates import (
    INSTITUTION_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    ROLE_NOUNS,
    common_word,
    gazetteer_kind,
)
from studygen.generators.families import Family, family, lexicon_words, place_kind, seat_partners
from studygen.generators.realise.rendering import Question
from studygen.generators.realise.syntax import (
    NAMED_TYPES,
    NAMING_VERBS,
    NUMERIC_TYPES,
    SUBJECT_DEPS,
    Unrealisable,
    answer_root,
    finite_tense,
    has_an_of,
    inflect,
    listed_appositive,
    person_like,
    repeats_the_outer_noun,
    restrictive,
    subtree_ids,
)
from studygen.models import AnswerType

if TYPE_CHECKING:
    from spacy.tokens import Token


def question_phrase(fam: Family, type_key: str, q: Question, preposition: str | None = None,
        subject: bool = False) -> str:
    wh = fam.wh_for(type_key, preposition)
    if wh and preposition and type_key in ("money", "percent") and not fam.wh.get(f"{type_key}.{preposition.lower()}"):
        # "reported at roughly US$280 million": "How much money has the budget been reported?" drops
        # the preposition the amount needs; only those the template lists ("For how much") ask well
        raise Unrealisable(f"an amount after '{preposition}' with no question phrase of its own")
    if not wh:
        if preposition is not None:
            return ""
        raise Unrealisable(f"{fam.name} has no question phrase for {type_key}")
    if "{noun}" in wh or "{of}" in wh:
        raise Unrealisable("numeric phrase needs its noun")
    if coordinated(q) and type_key not in ("date", "time", "number", "money", "percent",
                                                      "quantity") and (preposition is None or "{kind}" in wh):
        # "the European Parliament and the Council": no one kind noun fits both. (After a
        # preposition the question drops, "Where" stands for both; "What" would need the
        # preposition: "What was Cousteau born in the Gironde department ...?", T67.)
        return "Who" if type_key == "person" else "What"
    if naming(q):
        return "What"  # "What was the paper entitled?", not "Which work was ..."
    if "{kind}" in wh:
        kind = kind_noun(q)  # "Which country", "Which museum"; a bare "Which place" reads badly
        wh = wh.replace("Which {kind}", "What") if kind is None else wh.replace("{kind}", kind)
    if wh == "What" and people(q):
        wh = "Who"
    root = answer_root(q)
    claims = root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon_words("claims", "verbs")
    if subject:
        refuse_subject(root, claims)
    knows = root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon_words("claims", "knowing")
    if wh == "What" and subject and type_key == "concept" and root.pos_ == "PROPN" and (claims or knows):
        # (a name that learns or realises is a person's too: "What learns that Gatsby and Daisy fell in
        # love in 1917?" for Nick Carraway, T74)
        wh = "Who"  # a name that says, argues or defines is a person's or an organisation's
    if wh == "What" and subject and type_key == "organisation" and claims:
        if could_be_a_persons_name(q):
            # "Hayri Abaza argues ...", which the recogniser calls an organisation: "What argues ...?"
            raise Unrealisable("a name that may be a person's, as the one who claims")
        # "What says oil is now leaking ...?" for the Coast Guard: judges called "What says" bad
        # grammar (7 of 15 such labelled questions kept, against 6 of 7 asked "Which agency ...")
        wh = "Who"
    if wh == "Who" and not_a_person(q):
        wh = "What"
    if wh == "What" and subject and type_key != "place" and (could_be_a_persons_name(q) or titled(q)):
        # "François Arago described Ørsted's discovery", "the Comte de Mornay led the mission": a name that
        # may be a person's is never asked "What described ...?" (T107, T108)
        raise Unrealisable("a name that may be a person's, asked 'What'")
    refuse_setting(q, type_key, wh)
    return wh


def refuse_setting(q: Question, type_key: str, wh: str) -> None:
    """Raise Unrealisable where "When", "Where" or "For how long" would ask for something else than
    the answer gives: a place of a present state, a time of day, a frequency, a span, a point."""
    if wh == "Where" and in_the_present(q):
        # "Where does bureaucracy have a long history? (China)", "Where is the government the largest
        # employer? (Brazil)": a state of affairs holds in many places, an event happens in one
        # (11 of 13 labelled "Where" questions in the present rejected, 30 of 59 in the past)
        raise Unrealisable("the place of a present state of affairs, which other places may share")
    if wh.lower().endswith("where") and (reason := no_place_of_its_own(q, wh)) is not None:
        raise Unrealisable(reason)
    if type_key in ("date", "time") and one_ends_date(q):
        # "grew from about 44,000 in 1910 to more than 230,000 by 1930": "When did Chicago's Black
        # population grow from about 44,000 to more than 230,000 by 1930? 1910" (T56)
        raise Unrealisable("the date of one end of a change")
    if type_key in ("date", "time") and (prep := answer_root(q).head).lower_ in ("to", "from") \
            and prep.head.lemma_.lower() == "date":
        # "generally dated to the late 13th century": "When was the Deësis dated?" asks when someone
        # dated it (T56)
        raise Unrealisable("the time a thing is dated to, asked as when it was dated")
    if type_key in ("date", "time") and (prep := answer_root(q).head).lower_ in ("to", "until", "till") \
            and prep.head.lemma_.lower() in _MOVED_IN_TIME:
        # "The end of life of Python 2 ... was postponed to 1 January 2020": the new time, which "When was the end
        # of life of Python 2 postponed?" does not ask: it asks when the decision was made (T195)
        raise Unrealisable("the time a thing was moved to, asked as when it was moved")
    if type_key in ("date", "time") and answer_root(q).head.lower_ == "into":
        # "Local Chartist groups survived into the 1850s": a time something lasted into, asked as the time
        # it happened ("When did local groups survive? 1850s", T112)
        raise Unrealisable("a time something lasted into, asked as a point")
    if type_key in ("date", "time") and q.tokens[-1].lower_ == "old":
        # "Dr. Salk, who is 40 years old": "What date is Dr. Salk?" (T52); an age is no point in time
        raise Unrealisable("an age asked as a date")
    if time_of_day_alone(q):
        raise Unrealisable("a time of day with no day, asked of one event or as a thing")
    if type_key in ("date", "time") and any(t.lower_ in ("every", "each") for t in q.tokens):
        # "repeat about every 24 hours": "When do biological cycles repeat?" asks for a point in time
        raise Unrealisable("a frequency asked as a point in time")
    if type_key in ("date", "time") and not wh.startswith("For how long") and span_of_time(q):
        # "spent twelve years there": "What date ...?", "When ...?" ask for a point in time
        raise Unrealisable("a span of time asked as a point in time")
    if wh.startswith("For how long") and not length_of_time(q):
        # "selected the album as part of its discography for 2005": "for" a year is no length
        raise Unrealisable("a point in time asked as a length")


#: Verbs that move a thing in time: "postponed to", "delayed until", "extended to", "pushed back to".
_MOVED_IN_TIME = frozenset({"postpone", "delay", "defer", "move", "push", "put", "bring", "reschedule", "extend",
                            "adjourn", "shift", "advance", "prolong"})


def no_place_of_its_own(q: Question, wh: str) -> str | None:
    """Why the answer, asked "Where" (or "From where"), would not be the place where the thing happened,
    or None: a name the verb is about, a place another place beside it in the question locates or is
    located by, a ship."""
    doc, root = q.doc, answer_root(q)
    prep = root.head
    if wh == "Where" and prep.dep_ == "prep" \
            and f"{prep.head.lemma_.lower()} {prep.lower_}" in lexicon_words("places", "topic_prepositions"):
        # "In his last years Puccini worked on Turandot": what the work was on, not where (T97)
        return "a name after a verb's preposition of topic, asked as a place"
    verb = prep.head if prep.dep_ == "prep" else root.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and person_like(c) for c in root.children) or (
            subject is not None and subject.pos_ == "NOUN" and person_like(subject)
            and subject.left_edge.i == root.right_edge.i + 2 and doc[root.right_edge.i + 1].text == ","):
        # "In 661 Muawiya, the founder of the Umayyad dynasty, made the city ...": a name described as a person
        # is no place, however the parser hung it ("Where did the founder ... make the city ...?", T119)
        return "a person, described as one, asked as a place"
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    if any(c.dep_ == "prep" and c.i != prep.i and c.lower_ in ("at", "in", "inside") and any(
            g.dep_ == "pobj" and g.ent_type_ in ("FAC", "GPE", "LOC") for g in c.children)
           for h in holders for c in h.children):
        # "In Washington, President Clinton announced the agreement at the White House": the question keeps the
        # other place ("Where did President Clinton announce the agreement at the White House?", T119)
        return "a place beside another place the question keeps"
    after = q.tokens[-1].i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].dep_ == "prep" \
            and doc[after + 1].head.i == prep.head.i:
        # "Klee was born in Münchenbuchsee, near Bern": the phrase after the place says where that is, and
        # stays in the question ("Where was Klee born near Bern?", T98)
        return "a place whose description the verb holds after it"
    if after + 1 < len(doc) and doc[after].dep_ == "prep" and doc[after].lower_ in ("in", "at", "near") \
            and doc[after].head.i in (root.i, prep.head.i) and any(
                c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in doc[after].children):
        # "Munch was born at Ådalsbruk in Løten": the place after says where the answer lies ("Where was Munch
        # born in Løten? Ådalsbruk", T102)
        return "a place whose place the question would hold"
    if prep.dep_ == "prep" and prep.i > 1 and doc[prep.i - 1].text == "," and any(
            c.dep_ == "prep" and c.i < prep.i and c.right_edge.i == prep.i - 2 for c in prep.head.children):
        # "Laplace was born in Beaumont-en-Auge, in Normandy": the place after the comma says where the
        # one before it is ("Where was Laplace born in Beaumont-en-Auge? Normandy", T100, T101)
        return "the place of a place the verb holds before it"
    if wh == "Where" and prep.dep_ == "prep" and (prep.head.lemma_.lower() in lexicon_words("claims", "verbs")
                                                   or prep.head.lemma_.lower() in ("speak", "address", "brief")):
        # "told reporters in New Orleans that ...", "the Kremlin said in Moscow": where someone spoke, a dateline,
        # not what happened (5 of 6 labelled "Where ... say/tell/announce" questions rejected; T145)
        return "the place where something was said"
    if root.ent_type_ == "NORP" or root.tag_ == "NNPS" and root.lower_.endswith("men"):
        # "recovered Nantes from the Norsemen in 937": a people, however the recogniser tags it ("From where did
        # Alan II recover Nantes? Norsemen", T142)
        return "a people asked as a place"
    if root.lower_ in lexicon_words("places", "periods") or root.lemma_.lower() in lexicon_words("places", "periods"):
        # "Debrecen developed in the Middle Ages": a stretch of time, however the recogniser tags it ("Where did
        # Debrecen develop ...? Middle Ages", T139, T140)
        return "a period of time asked as a place"
    if _SHIP.match(q.answer):
        # "Samuel Wallis, who arrived in HMS Dolphin in June 1767": a ship is what one came in, not where
        # ("Where did Samuel Wallis arrive in June 1767? HMS Dolphin", T102)
        return "a ship asked as a place"
    return None


#: The prefixes of ships' names ("HMS Dolphin", "USS Enterprise", "SS Great Britain").
_SHIP = re.compile(r"(?:the\s+)?(?:HMS|HMAS|HMCS|HMNZS|USS|USNS|SS|RMS|MV|MS|NS)\s+[A-Z]")


def could_be_a_persons_name(q: Question) -> bool:
    """Is the answer two or three capitalised proper nouns, none of them an institution's noun
    ("Hayri Abaza", not "Amnesty International Council" nor "NATO")?"""
    words = [t for t in q.tokens if not t.is_punct]
    return 2 <= len(words) <= 3 and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper()
        and t.lower_ not in _ORGANISATION_WORDS for t in words)


def titled(q: Question) -> bool:
    """Does the answer open with a title of rank ("Comte de Mornay", "Sir John Franklin")?"""
    return bool(q.tokens) and q.tokens[0].lower_ in _RANKS


_RANKS = frozenset({"comte", "count", "countess", "duke", "duchess", "sir", "lord", "lady", "baron", "baroness",
                    "marquis", "marquess", "prince", "princess", "king", "queen", "emperor", "empress", "tsar",
                    "earl", "viscount", "dame"})


#: Words of organisations' names that no person's name holds: the institution nouns, and
#: "Amnesty International", "Human Rights Watch", "Fox News".
_ORGANISATION_WORDS = INSTITUTION_NOUNS | frozenset({
    "international", "watch", "news", "times", "post", "press", "media", "inc", "ltd", "corp", "group", "partners",
    "labs", "systems", "global", "records", "studios", "pictures", "films", "entertainment", "airlines", "airways",
    "railways", "motors", "industries"})


def refuse_subject(root: Token, claims: bool) -> None:
    """Raise Unrealisable where asking for the subject makes no card: "X is to do Y" ("What is to
    write marginal notes?"), or an unnamed source of a claim ("Independent health experts said that
    ...": who said it, when the sayer has no name, is not worth learning; what they said is)."""
    verb = root.head
    if verb.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp") for c in verb.children) and any(
            c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
            for c in verb.children if c.i > verb.i):
        raise Unrealisable("'X is to do Y' asked for X")
    if claims and root.pos_ not in ("PROPN", "NUM") and root.text[:1].islower() \
            and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        raise Unrealisable("an unnamed source of a claim")


#: Units of a span of time: "twelve years", "48 hours", "226 days".
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}


def span_of_time(q: Question) -> bool:
    """Is the answer a span of time (a plural unit: "years", "48 hours"), not a point in time?"""
    root = answer_root(q)
    return root.tag_ == "NNS" and root.lemma_.lower() in _TIME_UNITS and not any(
        t.lower_ == "ago" for t in q.tokens)


def clause_verb(token: Token) -> Token:
    """The verb of the clause that ``token`` is part of."""
    while token.pos_ not in ("VERB", "AUX") and token.head is not token:
        token = token.head
    return token


def in_the_present(q: Question) -> bool:
    """Is the answer's clause in the present or present perfect ("does ... have", "is located",
    "has been found"), not the past and not with a modal ("can", "will")?"""
    verb = clause_verb(answer_root(q))
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "VBD") for a in auxiliaries):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


#: Times of day that say when only together with a day: "at midnight", "at dawn".
_TIMES_OF_DAY = {"midnight", "noon", "midday", "dawn", "dusk", "daybreak", "nightfall", "sunrise", "sunset",
                 "morning", "afternoon", "evening", "night"}


def _span_of_years(text: str) -> str | None:
    """The question phrase for a decade or a century, which no date names: "Events of [the 1970s]"
    is asked "Events of which decade", not "of what date" (T57)."""
    if re.fullmatch(r"(?:the\s+)?(?:early\s+|mid-?|late\s+)?\d{3}0s", text):
        return "which decade"
    if re.fullmatch(r"(?:the\s+)?(?:early\s+|mid-?|late\s+)?\d{1,2}(?:st|nd|rd|th)\s+century", text):
        return "which century"
    return None


def one_ends_date(q: Question) -> bool:
    """Is the answer the date of one end of a change or a span, between its "from" and "to" ("rose from
    fewer than 300,000 in the early 1970s to more than three million"; "had been a Japanese colony from
    1910 until Japan's defeat in 1945", not "When was Korea a Japanese colony? 1910", T61), the date of
    the end of a span of time ("served from 1993 until her death in 2020", T62), or a start with no end
    ("From 1924 the Carnegie Institution carried out ...", T63)? Each says when something began or ended,
    not when it happened."""
    prep = answer_root(q).head
    if prep.dep_ == "prep" and prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("until", "till", "to"):
        prep = prep.head.head  # "from 1993 until [her death in 2020]": the end is the death's date (T62)
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    if prep.lower_ == "from" and not re.search(r"\d\s*[–-]\s*\d|\bto\b", q.answer):
        # "From 1924 the Carnegie Institution carried out excavations": from then on, not then (T63); "from
        # March 21–27, 2022" is the whole span
        return True
    around = [c for c in prep.head.children if c.dep_ == "prep"]
    ends = ("to", "into", "until", "till", "through")
    if any(c.lower_ == "from" and c.i < prep.i and any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
           for c in around) and any(c.lower_ in ends for c in around):
        return True  # "served from 1993 until her death in 2020": a span of time, of which 2020 is the end (T62)
    return any(c.lower_ == "from" and c.i <= prep.i for c in around) and (
        prep.lower_ in ends or any(c.lower_ in ends and c.i > prep.i for c in around))


def time_of_day_alone(q: Question) -> bool:
    """Is the answer a bare time of day ("midnight", "Sunday nights") said of one event in the past,
    or read as a thing ("What did the rebels attack the fort at?" for "at dawn")? "When did the
    euro become legal tender? (midnight)" has a day for its answer; "When does the museum open
    every day? (noon)" is a fair question."""
    root = answer_root(q)
    if root.pos_ in ("ADP", "ADV"):
        # "shortly before noon": the time is the preposition's object
        root = next((t for t in q.tokens if t.dep_ == "pobj" and t.lemma_.lower() in _TIMES_OF_DAY), root)
    if root.lemma_.lower() not in _TIMES_OF_DAY:
        return False
    if q.answer_type not in (AnswerType.TIME, AnswerType.DATE):
        return q.answer_type == AnswerType.CONCEPT and root.pos_ == "NOUN"  # not "Twelfth Night"
    if any(t.like_num for t in q.tokens):
        return False
    verb = clause_verb(root)
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        # "The fourth flight, made by Wilbur shortly before noon, lasted 59 seconds": a participle on
        # a noun tells of an event in the tense of the noun's clause ("When was the fourth flight
        # made by Wilbur? shortly before noon", T53)
        return finite_tense(verb) == "VBD"
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def length_of_time(q: Question) -> bool:
    """Does the answer name a length of time, in any number ("a decade", "over 500 years",
    "decades"), where "for 2005" or "for Christmas" names a point in time?"""
    return any(t.lemma_.lower() in _TIME_UNITS | {"century", "millennium", "fortnight", "lifetime", "generation"}
               and not one_named_unit(t) for t in q.tokens) and not any(t.lower_ == "ago" for t in q.tokens)


def one_named_unit(unit: Token) -> bool:
    """Is the unit of time one particular unit, "the year ending in June 2022", "the decade that
    followed", not a length ("a year", "two decades")?"""
    if unit.tag_ != "NN" or any(c.like_num for c in unit.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in unit.children) or any(
        c.dep_ in ("acl", "relcl") for c in unit.children)


def coordinated(q: Question) -> bool:
    return any(c.dep_ == "conj" and q.contains(c) for c in answer_root(q).children)


def naming(q: Question) -> bool:
    """Is the answer the name something is given ("known as X", "called X", "entitled X")?"""
    root = answer_root(q)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif root.dep_ not in ("oprd", "dobj", "attr"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in NAMING_VERBS


def not_a_person(q: Question) -> bool:
    """The parser's PERSON label contradicted by the sentence: "Porifera (sponges) is the
    earliest-diverging animal phylum" is equated with a noun that is not a person."""
    root = answer_root(q)
    partners = [c for c in root.children if c.dep_ == "appos"]
    verb = root.head
    if verb.lemma_ == "be" and root.dep_ in ("nsubj", "attr"):
        partners += [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != root.i]
    # "Mauna Loa is one of the largest volcanoes": "one of" the nouns is one of their kind (T109)
    partners += [g for p in partners if p.lower_ == "one" for c in p.children
                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if root.dep_ in ("nsubj", "nsubjpass") and lies_somewhere(verb):
        return True  # "Pemba lies to the north-east of Unguja": an island, not "Who lies ...?" (T90)
    if q.start == q.sent.start and q.end == q.start + 1 and root.lower_ not in q.written_names() \
            and common_word(root.lower_):
        # "Debris also struck a United States Army medical helicopter": a word of the lexicon, capitalised only
        # because it opens the sentence ("Who struck a United States Army medical helicopter?", T150)
        return True
    return any(p.pos_ == "NOUN" and not person_like(p) for p in partners)


_DIRECTION = re.compile(r"^(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern|ward|wards)?$")


def lies_somewhere(verb: Token) -> bool:
    """Does the verb say where its subject lies, as places do ("lies to the north-east of Unguja", "lies
    off the coast", "is situated between")?"""
    if verb.lemma_.lower() not in ("lie", "locate", "situate", "border"):
        return False
    if verb.lemma_.lower() != "lie":
        return True
    return any(c.dep_ == "prep" and (c.lower_ in ("off", "between") or any(
        _DIRECTION.match(t.lower_) for t in c.subtree)) for c in verb.children)


def people(q: Question) -> bool:
    """Is the answer a person by its own noun ("the women"), or by the noun beside it ("Vincenzo
    Galilei, father of Galileo")?"""
    root = answer_root(q)
    # "Battersbee's family", "Battersbee's parents": someone's are people (not "the cat family", nor
    # "the bank's parent")
    kin = root.lemma_.lower() in ("family", "household", "parent") and any(
        c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in root.children)
    # "West Berliners", "New Yorkers", "Parisians": the people of a place, by its name
    townsfolk = root.text[:1].isupper() and root.tag_ in ("NNPS", "NNS") and bool(_TOWNSFOLK.search(root.lower_))
    # ("the Prime Minister", a role the tagger calls a proper noun, is a person too: not "What read the terms of the
    # armistice ...?", T93)
    return kin or townsfolk or (root.lemma_.lower() in PERSON_NOUNS and root.pos_ in ("NOUN", "PROPN")) or any(
        p.lemma_.lower() in PERSON_NOUNS for p in noun_appositives(q, root))


#: How the people of a place are named: "Berliners", "Londoners", "Parisians", "Muscovites".
_TOWNSFOLK = re.compile(r"(?:[^aeiou]ers|ians|ites)$")


def noun_appositives(q: Question, root: Token) -> list[Token]:
    """The common nouns set beside the answer and outside it ("Vincenzo Galilei, father of
    Galileo"): they say what kind of thing, or person, the answer is."""
    return [c for c in root.children if c.dep_ == "appos" and not q.contains(c) and c.pos_ == "NOUN"
            and not listed_appositive(c) and not repeats_the_outer_noun(root, c)]


def governs(token: Token) -> bool:
    """Is ``token`` the subject (or the possessor of the subject) of a verb only people and
    governments do: saying, wanting, feeling ("Beijing was happy", "Moscow warned"), by the
    gazetteer's ``seat_verbs`` and ``seat_states``?"""
    if token.dep_ == "poss":
        token = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.lemma_.lower() in lexicon_words("places", "seat_verbs"):
        return True
    states = lexicon_words("places", "seat_states")
    return any(c.dep_ == "acomp" and c.lemma_.lower() in states for c in verb.children)


def kind_noun(q: Question) -> str | None:
    """The noun that says what kind of thing a name is: from the name ("the Horniman
    Museum"), its appositive ("Momus, Warsaw's first literary cabaret"), the noun it
    exemplifies ("larger cars such as X") or describes ("the hymn X"); None when unknown."""
    root = answer_root(q)
    span = q.doc[q.start:q.end]
    place = place_kind(span.text) if q.answer_type is AnswerType.PLACE else gazetteer_kind(span)
    if place == "city" and governs(root) and seat_partners(span.text):
        # "Beijing was happy to see ...": the seat stands for its government, and "Which city was
        # happy?" asks about a city
        raise Unrealisable("a seat of government standing for its government")
    if place is not None:
        return place  # "Which country", "Which continent", from the gazetteer
    tokens = [t for t in q.tokens if t.is_alpha]
    lexicon = PLACE_NOUNS | INSTITUTION_NOUNS
    if q.answer_type is AnswerType.PLACE:
        lexicon = PLACE_NOUNS
    elif q.answer_type is AnswerType.ORGANISATION:
        lexicon = INSTITUTION_NOUNS
    content = [t for t in tokens if not t.is_stop]
    for token in ([root, tokens[-1], tokens[0]] if tokens else [root]):
        lemma = token.lemma_.lower()
        if len(content) == 1 and token.i == content[0].i:
            continue  # "the lake": asking "Which lake" would give the answer away
        if lemma in lexicon or (token.pos_ == "NOUN" and not token.text[:1].isupper()
                                and token.i == root.i and len(tokens) > 1):
            return lemma
    for child in noun_appositives(q, root):
        if any(c.dep_ == "conj" for c in child.children):
            # "the Bowbelle, a large sand and gravel dredger": the parser's head is the first of two words
            # that share their noun ("hit by which sand", T128); which kind, the question cannot say
            continue
        if _DIRECTION.match(child.lower_):
            # "the port of Incheon, west of Seoul": where it lies, no kind ("From the port of which west ...?",
            # T141)
            continue
        if not relational(child):
            return child.lemma_.lower()
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("as", "like") and head.head.pos_ == "NOUN":
        described = head.head
        such = any(c.lower_ == "such" for c in head.children)
        if head.lower_ == "as" and such or head.lower_ == "like":
            return described.lemma_.lower()
    if root.dep_ == "appos" and head.pos_ == "NOUN" and not relational(head):
        return head.lemma_.lower()
    return None


def relational(noun: Token) -> bool:
    """Is the noun a person's relation to another, which says who the answer is only together with
    its "of" ("Vincenzo Galilei, father of Galileo": "Which father" asks about no kind of thing; "a
    choir of 44 children" is a kind)?"""
    return noun.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS and has_an_of(noun)


def in_coordination(q: Question, root: Token) -> bool:
    if root.dep_ == "conj" and not q.contains(root.head) and root.head.pos_ in ("NOUN", "PROPN"):
        return True
    return any(c.dep_ == "conj" and not q.contains(c) for c in root.children) and root.pos_ in (
        "NOUN", "PROPN")


def coordination(q: Question, root: Token) -> tuple[Token, str]:
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
    chosen = [c for c in conjuncts if q.contains(c)]
    others = [c for c in conjuncts if not q.contains(c)]
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
        name = q.render_np(conjunct, exclude=exclude)
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
        if not ids <= q.ids | optional:
            raise Unrealisable("answer is part of a conjunct")
    named = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if len(named.split()) > 10:
        raise Unrealisable("list too long to name")
    return head, f"Along with {named},"


def counted(q: Question, head: Token, fam: Family, type_key: str,
             preposition: str | None = None) -> str | None:
    """For a numeric answer that heads its phrase ("hundreds of thousands of casualties",
    "27.01% of the vote"), the wh-phrase with the counted noun, or None."""
    wh = fam.wh_for(type_key, preposition)
    if not wh or ("{noun}" not in wh and "{of}" not in wh):
        return None
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and not q.contains(c)]
    objects = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
    if not objects:
        raise Unrealisable("numeric phrase needs its noun")
    noun = objects[0]
    if "{noun}" in wh:
        if type_key == "number" and noun.tag_ not in ("NNS", "NNPS"):
            raise Unrealisable("counted noun is not plural")
        # "won 5 of the 6 last World titles": "How many of the 6 last World titles ...?", not
        # "How many 6 last World titles ...?"; "thousands of casualties": "How many casualties ...?"
        whole = partitive(noun)
        skipped = ("punct",) if whole else ("det", "predet", "punct")
        words = [t for t in noun.subtree if t.dep_ not in skipped and t.i <= noun.i]
        return wh.replace("{noun}", ("of " if whole else "") + q.render_tokens(words))
    return wh.replace("{of}", "of " + q.render_np(noun, exclude=set()))


def partitive(noun: Token) -> bool:
    """Is ``noun``, counted after "of", a whole the number is a part of ("8,000 of the 20,000
    troops", "5 of its 12 seats"), not what the number counts ("thousands of casualties")?"""
    return any(c.dep_ == "nummod" or c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
               for c in noun.children if c.i < noun.i)


def covers(q: Question, head: Token) -> bool:
    """Does the answer cover the phrase headed by ``head``, give or take determiners, focus
    adverbs and adjectives in front ("only the", "special") and a side remark (appositive,
    relative clause, parenthesis) behind?"""
    ids = sorted(subtree_ids(head))
    optional = set()
    name = head.pos_ == "PROPN" and q.contains(head) and q.answer_type in (
        AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.PLACE)
    for token in head.subtree:
        if token.i >= q.start:
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
        if child.i > head.i and child.dep_ in ("relcl", "acl") and restrictive(child):
            continue  # "Lava [that cools quickly at the surface]", "The decision [to open the border]": which one
        if child.i > head.i and child.dep_ == "appos" and child.pos_ == "PROPN" \
                and head.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS:
            return False  # "the Prime Minister, M. Clemenceau,": the name says who, not the role (T93)
        if child.i > head.i and child.dep_ in ("appos", "relcl", "acl", "punct", "advcl"):
            optional |= subtree_ids(child)
        elif child.i > head.i and child.dep_ == "prep" and (child.lower_ in ("including", "like") or (
                child.lower_ == "as" and any(c.lower_ == "such" for c in child.children))):
            optional |= subtree_ids(child)  # "trade unions such as ATL": examples of the answer
    required = {i for i in set(ids) - optional if not head.doc[i].is_punct}
    answer = q.ids
    return required <= answer and answer <= set(ids)


#: A counted noun that counts against a number given before: "Ten others were taken to hospital"
#: (besides the ones killed), "five more people", "two additional cases".
_RELATIVE_COUNTS = frozenset({"other", "others", "more", "additional", "further", "extra"})


def inner_wh(q: Question, root: Token, phrase_head: Token) -> str:
    """The answer modifies the noun ``phrase_head``: a number of something, whose something,
    what kind of something. The wh-phrase that replaces the noun's phrase."""
    answer_type = q.answer_type
    answer = q.ids
    noun = root.head
    if answer_type in NUMERIC_TYPES and root.dep_ in ("nummod", "quantmod", "npadvmod",
                                                      "compound", "amod", "nmod"):
        if noun.pos_ not in ("NOUN", "PROPN") or q.contains(noun) or noun.i != phrase_head.i:
            raise Unrealisable("number does not count a noun")
        verb = noun.head
        if noun.dep_ in ("nsubj", "attr") and verb.lemma_ == "be" and any(
                c.dep_ in ("nsubj", "attr") and c.i != noun.i and any(g.dep_ in ("conj", "appos") for g in c.subtree)
                for c in verb.children):
            # "The eight qualifiers were Nepomniachtchi, Radjabov, ... and Ding Liren": "How many
            # qualifiers were ...?" lists them; the learner counts the question
            raise Unrealisable("a count of the list the sentence gives")
        if any(c.dep_ == "poss" and c.i not in answer for c in noun.children):
            # "Harvard's $37.6 billion financial endowment": "How much financial endowment ...?" loses
            # whose, and "How much Harvard's financial endowment" is no English
            raise Unrealisable("an amount of someone's noun")
        # The counted noun with its adjectives, without determiners, side remarks or clauses.
        words = [t for t in noun.subtree if t.i not in answer and t.i <= noun.i
                 and t.dep_ not in ("det", "predet", "quantmod", "punct", "advmod", "poss", "case")
                 and not (t.i < q.start and t.dep_ == "prep")]
        if any(t.i < q.start for t in words):
            words = [t for t in words if t.i > q.end - 1]
        if not words:
            raise Unrealisable("empty counted noun")
        if noun.lower_ in _RELATIVE_COUNTS or any(t.dep_ == "amod" and t.lower_ in _RELATIVE_COUNTS for t in words):
            raise Unrealisable("a count of others than the ones named before")  # "How many others ...?"
        if any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children) and any(
                c.dep_ == "conj" and any(g.dep_ == "nummod" for g in c.children) for c in noun.children):
            # "killing all 109 people on board and at least four people on the ground": a count of one part of a
            # total ("How many people did an Air France Concorde bound for New York kill? 109", T149)
            raise Unrealisable("a count of one part of a total the sentence gives")
        noun_text = q.render_tokens(words)
        if answer_type is AnswerType.NUMBER:
            if noun.tag_ in ("NNS", "NNPS"):
                return f"How many {noun_text}"
            raise Unrealisable("number before a singular noun")
        if answer_type is AnswerType.QUANTITY and noun.tag_ in ("NNS", "NNPS"):
            # "roughly six million African Americans", which the recogniser calls a quantity: counted,
            # not measured ("How much African Americans left ...?", T56)
            return f"How many {noun_text}"
        if answer_type in (AnswerType.QUANTITY, AnswerType.MONEY):
            return f"How much {noun_text}"
        raise Unrealisable("numeric modifier of this type")
    if root.dep_ == "poss" and answer_type in (AnswerType.PERSON, AnswerType.ORGANISATION,
                                              AnswerType.PLACE, AnswerType.GROUP):
        owner = root.head
        if owner.i != phrase_head.i:
            raise Unrealisable("possessor deep inside its phrase")
        if owner.text[:1].isupper() and owner.pos_ in ("PROPN", "NOUN", "VERB") and owner.i > owner.sent.start:
            # "Rupert's Land", "Martha's Vineyard": the possessive is part of a name, nobody's land;
            # "Margaret Mead's Coming of Age in Samoa": a title, which "Whose Coming ...?" cuts
            raise Unrealisable("a possessive inside a name")
        bracketed = q.side_remarks(subtree_ids(owner) - subtree_ids(root))
        words = [t for t in owner.subtree if t.i not in subtree_ids(root) | bracketed
                 and t.dep_ not in ("det", "case", "punct") and t.i <= owner.i]
        if not words:
            raise Unrealisable("nothing owned")
        kind = kind_noun(q) if answer_type is not AnswerType.PERSON else None
        if kind is not None:
            return f"Which {kind}'s {q.render_tokens(words)}"  # "Which country's economy"
        if answer_type in (AnswerType.ORGANISATION, AnswerType.PLACE):
            # "Whose Bali Safari ...?" for "Gianyar's Bali Safari": "whose" asks for people (of six
            # labelled "Whose" questions for an organisation, one was accepted)
            raise Unrealisable("'whose' for a place or an organisation with no kind noun")
        return f"Whose {q.render_tokens(words)}"
    if (answer_type is AnswerType.PERCENT and root.lower_ in ("%", "percent")
            and root.i == phrase_head.i):
        return "What percentage"
    if root.dep_ in ("amod", "compound", "nmod") and answer_type in (
            AnswerType.CONCEPT, AnswerType.GROUP, AnswerType.LANGUAGE) and noun.i == phrase_head.i:
        if noun.pos_ != "NOUN" or any(t.dep_ == "poss" for t in noun.children):
            raise Unrealisable("modifier of a name or owned noun")
        if answer_type in (AnswerType.GROUP, AnswerType.LANGUAGE) and person_like(noun):
            # "an English astronomer": a person's nationality is no kind of astronomer ("What kind of astronomer
            # was Eddington? English", T128)
            raise Unrealisable("a person's nationality asked as a kind")
        # Everything the answer modifies, in order: "What kind of city"
        words = [t for t in noun.subtree if t.i not in answer and t.i <= noun.i and t.i >= q.start
                 and t.dep_ not in ("det", "predet", "punct")]
        if not words or words[-1].i != noun.i:
            raise Unrealisable("modifier not next to its noun")
        return f"What kind of {q.render_tokens(words)}"
    raise Unrealisable(f"answer inside a phrase as {root.dep_!r}")


def in_situ_phrase(q: Question, root: Token) -> tuple[str, set[int]]:
    replaced = set(q.ids)
    for child in root.children:
        if child.i >= q.end and child.dep_ in ("relcl", "acl", "appos"):
            replaced |= subtree_ids(child)
    doc = q.doc
    if q.start > 0 and q.end < len(doc) and doc[q.start - 1].is_quote \
            and doc[q.end].is_quote:
        replaced |= {q.start - 1, q.end}
    first = q.doc[q.start]
    # "the NFL" -> "which organisation", not "the which organisation".
    before = q.doc[q.start - 1] if q.start > q.sent.start else None
    if before is not None and before.dep_ in ("det", "predet") and before.head.i in replaced:
        replaced.add(before.i)
        before = q.doc[before.i - 1] if before.i > q.sent.start else None
    if root.dep_ == "poss":
        if q.answer_type not in (AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.PLACE,
                                      AnswerType.GROUP) and root.pos_ != "PROPN" or not covers(q, root):
            raise Unrealisable("possessor in situ")
        return "whose", replaced | {c.i for c in root.children if c.dep_ == "case"}
    if root.dep_ in ("amod", "compound", "nmod"):
        noun = root.head
        if noun.i != q.end or noun.pos_ != "NOUN" or q.answer_type not in (
                AnswerType.CONCEPT, AnswerType.GROUP):
            raise Unrealisable("modifier in situ")
        det = [c for c in noun.children if c.dep_ in ("det", "poss") and c.i < q.start]
        if any(c.dep_ == "poss" for c in det) or any(
                c.i < q.start and c.dep_ in ("amod", "compound", "nummod") for c in noun.children):
            raise Unrealisable("modifier in situ")
        return "what kind of", replaced | {c.i for c in det}
    if root.dep_ in ("nummod", "quantmod") and q.answer_type is AnswerType.NUMBER:
        # "donated 233 paintings" -> "donated how many paintings"
        noun = root.head
        words = [t for t in noun.subtree if q.end <= t.i <= noun.i]
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or q.contains(noun) or any(
                t.dep_ not in ("amod", "compound") for t in words if t.i != noun.i):
            raise Unrealisable("number does not count a plain noun")
        if any(c.dep_ in ("det", "poss") and c.i < q.start for c in noun.children):
            # "The annual meeting of the two countries": "the two" names ones the article has named, it counts
            # nothing ("The annual meeting of the how many countries ...?", T139)
            raise Unrealisable("a number after a determiner, which names rather than counts")
        return "how many " + q.render_tokens(words), replaced | {t.i for t in words}
    member = root.dep_ == "conj" or any(c.dep_ == "conj" and not q.contains(c) for c in root.children)
    if not member and not covers(q, root):
        raise Unrealisable("answer is only part of its phrase")
    answer_type = q.answer_type
    if root.dep_ in SUBJECT_DEPS:
        raise Unrealisable("subject in situ is a subject question")
    if answer_type is AnswerType.PERSON or people(q):
        wh = "whom" if before is not None and before.dep_ in ("prep", "agent") else "who"
    elif answer_type in (AnswerType.DATE, AnswerType.TIME):
        year = len(q.tokens) == 1 and first.text.isdigit() and len(first.text) == 4
        if first.lower_ in ("between", "from"):
            # "The campaign ... [between 1904 and 1908] is widely regarded as ...": a span is no date
            # ("The campaign against the Herero and Nama peoples what date is ...?", T59)
            raise Unrealisable("a span of years asked in place as a date")
        if before is not None and before.dep_ == "prep" and before.lower_ in ("in", "on", "at", "during"):
            wh, replaced = ("in which year" if year else "when"), replaced | {before.i}
        else:
            wh = "which year" if year else _span_of_years(q.answer) or "what date"
    elif answer_type in NUMERIC_TYPES:
        wh = counted(q, root, family("object"), answer_type.value) or ""
        if not wh:
            raise Unrealisable("number without its counted noun")
        wh = wh[:1].lower() + wh[1:]
    elif root.dep_ == "pobj" and root.head.lower_ == "as" and any(c.lower_ == "such" for c in root.head.children):
        wh = "what"  # "in rugged terrain such as what", not "such as which terrain"
    elif answer_type in NAMED_TYPES and coordinated(q):
        # "between Fresno Street and Thorne Ave" -> "between which two streets"
        kind = kind_noun(q)
        count = 1 + sum(1 for t in root.subtree if t.dep_ == "conj" and q.contains(t))
        if kind is None or count > 3:
            raise Unrealisable("a list of names with no kind to ask for")
        wh = f"which {('two', 'three')[count - 2]} {inflect(kind, 'NNS')}"
    elif answer_type in NAMED_TYPES:
        kind = kind_noun(q)
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
