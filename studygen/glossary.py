"""Term-and-meaning lines of notes and glossaries: "Chloroplast: organelle where photosynthesis takes place".

Revision notes, key-term lists and glossaries give a term, a colon or a spaced dash, and what the term
means, on a line of its own and without a verb. Such a line is no sentence, so no question template
fits it, and it holds what a learner most wants to recall. This module finds these lines and asks
for the meaning: ``What does "Chloroplast" mean?``, or ``What was the Committee of Public Safety?``
for a name; where a named event's line gives its date first ("Tennis Court Oath - 20 June 1789;
deputies swear ..."), ``When was the Tennis Court Oath?``. The wording and the words that head a
line without being a term ("Exam tip:", "Stage 1:") are in ``templates/questions/glossary.toml``.

A line counts only when it stands beside another line of the same shape (a list, not a heading such
as "The Darker Side of Technology: Electronic Aggression"), its term has no verb and no figure
("Week 1: ...", "17 June 1789 - ..."), and its meaning up to the first semicolon has no verb of its
own outside a relative clause: "organelle where photosynthesis takes place" is a meaning, "a lower
price increases consumers' real income" a claim. The answer is that meaning, as the line writes it.

Only when asked for (``studygen build --terms``): on three sets of fresh notes strict judges accepted
47 of 87 of these questions (tune-T203 to T205), fewer than of the other cards, while on the notes the
rules were first written from they accepted 60 of 70 (tune-T202). The cards are checked like every
other card and ranked with them, but the learned threshold does not drop them (``THRESHOLD``): the
ranking model never learned from cards of this kind. Each entry adds a place to its article's share
of cards (``studygen.pipeline``), since every term a page of notes defines is one its writer chose to
learn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from studygen.generators.families import family, place_kind
from studygen.models import AnswerType
from studygen.notes import BRACKET, listed_lines, split_line
from studygen.sentences import FINITE_TAGS

if TYPE_CHECKING:
    from studygen.analysis import AnalysedArticle

#: Words a name keeps in lower case ("Committee of Public Safety", "Storming of the Bastille").
_SMALL = frozenset({"of", "the", "and", "on", "in", "for", "to", "a", "an", "de", "du", "la", "le", "von", "van",
                    "der", "at", "by", "&"})
#: What marks a formula, an arrow or a comparison: no meaning in words.
_FORMULA = re.compile(r"[→←↔⇌=+<>|^]")
#: A meaning that opens on an example, a cross-reference or a pronoun needs what the line leaves out.
_NOT_A_MEANING = re.compile(r"(?i)^(?:e\.g\.|eg\b|i\.e\.|ie\b|incl\.|including\b|see\b|cf\.|etc\b|it\b|its\b|"
                            r"they\b|their\b|this\b|these\b|those\b|he\b|she\b|his\b|her\b|approx|about\b|around\b|roughly\b|c\.)")
#: The last word of a name in the plural, which the tagger calls singular ("Moroccan Crises", "August Decrees").
_PLURAL_NAME = re.compile(r"(?:es|[^siuo's]s)$")
#: Relative words: a finite verb after one belongs to a relative clause of the meaning's noun.
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Words the meaning may hold (2 to MAX_WORDS): a long one is a paragraph, not a meaning to recall.
MAX_WORDS = 18
#: A meaning cannot open on a verb, an adverb, a comparative, a preposition or a conjunction.
_NOT_OPENERS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "MD", "RB", "RBR", "RBS", "JJR", "JJS", "IN", "CC", "TO",
                          "WRB", "WDT", "WP", "EX", "UH"})
#: Examples after a meaning are left out of the answer: "a base that dissolves in water (e.g. NaOH)".
_EXAMPLES = re.compile(r",?\s*\(?\b(?:e\.g\.|eg\.|incl\.|including|esp\.|such as)(?=\s)")
#: A meaning that opens on the title of a work and its date: "Holy Trinity (c. 1427)", "bronze David (c. 1440s)".
_A_WORK = re.compile(r"^(?:[a-z]+\s)?(?:The\s|A\s)?[A-Z][^,;()]*\((?:c\.\s?)?\d{3,4}s?\)")
#: A meaning that is a date: "20 June 1789", "summer 1789", "1905 and 1911", "c. 1450", "58-50 BC".
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ONE_DATE = (rf"(?:c\.\s?|circa\s)?(?:(?:early|mid|late|spring|summer|autumn|fall|winter)[\s-])?"
             rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s)?(?:{_MONTH}\s)?\d{{1,4}}s?(?:\s?(?:BC|BCE|AD|CE))?")
_DATE = re.compile(rf"{_ONE_DATE}(?:\s?(?:[-–]|to|and|,)\s?{_ONE_DATE})*")
#: A bracket that dates the term: "Luddites (1811-1816)", "Antietam (17 Sept 1862)".
_DATED_BRACKET = re.compile(r"\([^()]*\d[^()]*\)")
#: Outcomes: a name "meaning" one is asked for what happened, not what it was.
_OUTCOMES = frozenset({"victory", "defeat", "win", "loss", "draw", "stalemate", "success", "failure"})
#: The noun that says who a person was: "reformer in Zurich", "king of England".
_PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|king|queen|leader|ruler|emperor|empress|pope|"
                          r"general|monk|priest|poet|saint|wife|son|daughter|husband|mother|father|prince|princess)$")


#: The least ranking score a card of this module needs (the learned thresholds are per kind): none.
#: The ranking model never learned from such cards, and ranks them only weakly (AUC 0.62 on the 70 of
#: tune-T202 in ``benchmarks/data/ranking/held_out.jsonl``, of which strict judges accepted 60; on fresh
#: notes they accepted 47 of 87, which is why the cards are asked for with ``--terms``). They are still
#: ranked: an article's other cards above their thresholds come before them.
THRESHOLD = 0.0


def made_here(card: Any) -> bool:
    """Is ``card`` (a ``studygen.models.Card``) one of this module's?"""
    return str(card.template).startswith("glossary:")


@dataclass(frozen=True)
class Entry:
    """One question on one line: which sentence, what is asked, and the answer where it stands."""

    sentence: int  # index into the article's parsed sentences
    term: str
    question: str
    answer: str
    answer_start: int  # offset in the article's text
    answer_type: AnswerType
    template: str  # "glossary:meaning", "glossary:name", "glossary:person" or "glossary:date"


@cache
def _wording() -> dict[str, str]:
    return dict(family("glossary").settings["wording"])


def card(item: AnalysedArticle, entry: Entry) -> dict[str, Any]:
    """The basic card of an entry, as ``studygen.cards`` builds every card (checked and ranked like them)."""
    from studygen.cards import card_data
    from studygen.models import CardKind

    return card_data(item, CardKind.BASIC, item.parsed[entry.sentence], entry.question, entry.answer,
                     entry.answer_start, entry.answer_type, entry.template, item.salience[entry.sentence])


def past_tense(item: AnalysedArticle) -> bool:
    """Does the article tell of the past (more verbs in the past tense than in the present)?"""
    past = present = 0
    for parsed in item.parsed:
        for token in parsed.span:
            if token.tag_ == "VBD":
                past += 1
            elif token.tag_ in ("VBZ", "VBP"):
                present += 1
    return past > present


def entries(item: AnalysedArticle) -> list[Entry]:
    """The questions the article's term-and-meaning lines give, one a line, in the article's order."""
    text = item.article.text
    starts = listed_lines(text, frozenset(h.start for h in item.article.headings), item.article.title)
    if not starts:
        return []
    was = past_tense(item)
    found = []
    for index, parsed in enumerate(item.parsed):
        sentence = parsed.sentence
        if sentence.start not in starts:
            continue
        entry = _entry(index, parsed, text, was)
        if entry is not None:
            found.append(entry)
    return found


def _entry(index: int, parsed: Any, text: str, was: bool) -> Entry | None:
    sentence = parsed.sentence
    split = split_line(sentence.text)
    if split is None:
        return None
    term, meaning_at = split
    start = sentence.start + meaning_at
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    semicolon = text.find(";", start, line_end)
    end = semicolon if semicolon != -1 else line_end
    if semicolon != -1 and len(text[start:semicolon].split()) <= 3:
        # "range of colours; gives an approx. pH": a short meaning that the next part goes on describing
        following = [t for t in parsed.span if parsed.char_offset(t.idx) > semicolon and not t.is_space]
        if following and following[0].tag_ in ("VBZ", "VBP", "VBN", "VBG"):
            after = text.find(";", semicolon + 1, line_end)
            end = after if after != -1 else line_end
    example = _EXAMPLES.search(text, start, end)
    cut = example.start() if example is not None else end
    if any(t.tag_ in FINITE_TAGS for t in parsed.span if cut <= parsed.char_offset(t.idx) < end):
        return None  # "the Southern economy, esp. cotton, depended on ...": a clause goes on past the example
    meaning = text[start:cut].rstrip(" .,:")
    if not meaning or start + len(meaning) > sentence.end:
        return None  # the parser cut the line short ("approx. 97% of the population), incl."): not all of it
    tokens = [t for t in parsed.span if start <= parsed.char_offset(t.idx) < start + len(meaning) and not t.is_space]
    term_tokens = [t for t in parsed.span if parsed.char_offset(t.idx) < sentence.start + len(term)]
    words = meaning.split()
    if not tokens or not 2 <= len(words) <= MAX_WORDS or _FORMULA.search(meaning) or _NOT_A_MEANING.match(meaning):
        return None
    if any(t.tag_ in FINITE_TAGS or t.tag_ in ("VB", "RB", "RBR", "RBS") or t.pos_ == "PRON" for t in term_tokens):
        return None  # "Water ionises slightly: ...", "Always label axes: ...": a statement, not a term
    if _A_WORK.match(meaning):
        return None  # "Masaccio - Holy Trinity (c. 1427), ...": a painter's work, not what the name means
    if _FORMULA.search(term) or BRACKET.sub("", term).strip().casefold() in BRACKET.sub("", meaning).casefold():
        return None  # a formula for a term; a meaning that repeats its term ("weathering: chemical weathering of ...")
    if " and the " in term or " and a " in term:
        return None  # two things ("SALT I and the ABM Treaty")
    content = [w for w in words if w.casefold() not in _SMALL and w[:1].isalpha()]
    if content and all(w[:1].isupper() for w in content) and len(content) > 1:
        return None  # a title and its subtitle ("Acephalous Societies: Bands and Tribes")
    plural = _plural(term_tokens)
    wording = _wording()
    kind = _term_kind(term, term_tokens, text)
    if _DATE.fullmatch(meaning):
        if kind != "name":
            return None
        question = wording["date"].format(be="were" if plural else "was", term=BRACKET.sub("", term).strip())
        return Entry(index, term, question, meaning, start, AnswerType.DATE, "glossary:date")
    if not _a_meaning(tokens, term_tokens, term, text, meaning):
        return None
    be = ("were" if plural else "was") if was else ("are" if plural else "is")
    if kind == "person":
        if not _PERSON_NOUN.search(next((t.lower_ for t in tokens if t.pos_ == "NOUN"), "")):
            return None  # "Thomas Newcomen - atmospheric steam engine, 1712": what he made, not who he was
        question = wording["person"].format(be="was" if was else "is", term=BRACKET.sub("", term).strip())
        return Entry(index, term, question, meaning, start, AnswerType.CONCEPT, "glossary:person")
    if kind == "place":
        return None
    if kind == "name":
        shown = term[4:] if term.startswith("The ") else term
        question = wording["name"].format(be=be, term=shown)
        return Entry(index, term, question, meaning, start, AnswerType.CONCEPT, "glossary:name")
    shown = BRACKET.sub("", term).strip() if _DATED_BRACKET.search(term) else term
    shown = shown[0].lower() + shown[1:] if _lower_elsewhere(shown, text) else shown
    question = wording["meaning"].format(term=shown)
    return Entry(index, term, question, meaning, start, AnswerType.CONCEPT, "glossary:meaning")


def _a_meaning(tokens: list[Any], term_tokens: list[Any], term: str, text: str, meaning: str) -> bool:
    """Does the meaning say what the term is (a noun phrase: "hereditary military ruler", "policy of
    isolation"), not what it is like ("red in acid", "thicker", "more workers"), where it is ("in the
    pulmonary artery"), how many there are ("2 hydrogen bonds"), who made it ("James Hargreaves,
    c. 1764") or what it does ("made continuously", "the good becomes cheaper")?"""
    first = tokens[0]
    if first.tag_ in _NOT_OPENERS or (first.tag_ == "CD" and not (len(tokens) > 1 and tokens[1].tag_ == "HYPH")):
        return False
    if first.ent_type_ == "PERSON":
        return False
    parallel = len(tokens) > 1 and re.search(rf",\s*(?!not\b)\S+\s+{re.escape(tokens[1].lower_)}\b", meaning)
    if len(tokens) > 1 and tokens[1].tag_ == "IN" and tokens[1].lower_ != "of" and (first.tag_ == "JJ" or parallel):
        return False  # "soluble in water", "red in acid, blue in alkali": what it is like, not what it is
    if tokens[-1].lower_ in _OUTCOMES or any(t.lower_ in _OUTCOMES and t.dep_ == "ROOT" for t in tokens):
        return False  # "Confederate victory": the battle's outcome, one of many things it was
    if first.tag_ == "VBG":
        # "pushing a crisis to the edge of war" says what brinkmanship is; "fighting a defensive war"
        # says what the Confederacy did: an -ing meaning only for a common noun in the singular
        head = _outside_brackets(term_tokens)
        if not head or head[-1].tag_ != "NN" or _capitalised_elsewhere(BRACKET.sub("", term).strip(), text):
            return False
    relative = False
    noun_seen = False
    for token in tokens:
        if token.text == ";":
            break  # (what a short meaning's next part says it does: "range of colours; gives an approx. pH")
        if token.tag_ in _RELATIVE_TAGS or token.lower_ == "that":
            relative = True
        elif token.tag_ in FINITE_TAGS and not relative:
            return False  # "the good becomes cheaper relative to alternatives": a claim, not a meaning
        elif token.tag_ == "IN" and not noun_seen and first.tag_ != "VBG" and token.lower_ != "of":
            return False  # "red in acid": the first noun belongs to a phrase about something else
        elif token.pos_ in ("NOUN", "PROPN"):
            noun_seen = True
    return noun_seen or first.tag_ == "VBG"


def _outside_brackets(term_tokens: list[Any]) -> list[Any]:
    """The term's words, without punctuation and without what a bracket holds."""
    words, depth = [], 0
    for token in term_tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0 and not token.is_punct:
            words.append(token)
    return words


def _plural(term_tokens: list[Any]) -> bool:
    """Is the term plural: its head, the last noun before any "of" ("August Decrees", "Tribunes of
    the plebs"), a plural noun?"""
    words = _outside_brackets(term_tokens)
    of = next((k for k, t in enumerate(words) if t.lower_ == "of"), len(words))
    head = [t for t in words[:of] if t.tag_ not in ("IN", "DT", "CC", "POS")]
    if not head:
        return False
    last = head[-1]
    # ("Moroccan Crises": a name's plural that the tagger calls a singular name)
    return last.tag_ in ("NNS", "NNPS") or (last.tag_ == "NNP" and _PLURAL_NAME.search(last.text) is not None)


def _term_kind(term: str, term_tokens: list[Any], text: str) -> str:
    """'person', 'place', 'name' (each word capitalised: "Tennis Court Oath") or 'term'."""
    words = [t for t in _outside_brackets(term_tokens) if t.text.casefold() not in _SMALL]
    entities = {t.ent_type_ for t in words}
    if entities == {"PERSON"} and 2 <= len(words) <= 3 and not any(t.lower_ == "and" for t in term_tokens):
        return "person"
    places = bool(entities) and entities <= {"GPE", "LOC"} and len(words) > 1
    if places or place_kind(BRACKET.sub("", term).strip()) is not None:
        return "place"  # (a place the gazetteer knows, or a name of places; "Tumour" alone is no place)
    content = [w for w in re.split(r"[\s-]+", BRACKET.sub("", term).strip()) if w and w.casefold() not in _SMALL]
    if len(content) >= 2 and all(w[:1].isupper() for w in content):
        return "name"
    if len(content) == 1 and entities & {"ORG", "EVENT", "LAW", "FAC"} and not _lower_elsewhere(content[0], text) \
            and words and words[-1].tag_ in ("NNP", "NNPS") and words[-1].ent_type_ != "PERSON":
        return "name"  # ("Senate", "Reichstag"; not "Tacit", an adjective)
    return "term"


def _lower_elsewhere(term: str, text: str) -> bool:
    """Does the article write the term in lower case somewhere (so it is no name)?"""
    lowered = term[0].lower() + term[1:]
    if lowered == term or lowered not in text:
        return False
    return re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", text) is not None


def _capitalised_elsewhere(term: str, text: str) -> bool:
    """Does the article write the term with its capital inside a line ("the Union and the Confederacy")?"""
    return term in text and re.search(rf"(?<=[^\n\s] ){re.escape(term)}(?![\w-])", text) is not None
