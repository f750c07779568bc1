"""Does a sentence say anything as a sentence: has it a clause of its own?

A spoken recap or a note names things and dates with no verb of their own: "Hunayn ibn Ishaq, a
Nestorian Christian physician who died in 873, the great translator of Galen.", "Nobel Prize in 1963,
shared with John Eccles.", "Kant, Perpetual Peace, 1795, which proposed that ...". Their only verbs sit
in a relative clause or a participle on one of their nouns. A card made of one is a fragment, which
strict judges reject: of the labelled cloze and true/false cards whose sentence this module finds with
no clause, 29 were rejected and 1 kept ("Wait until the fourth or fifth day of the festival when ...").

The small parser misreads many real sentences the same way: it takes a main verb for a participle
("Most passengers disembarked at 36th Street, where ...") or a noun ("From the PCT, filtrate flows
into ..."), or hangs it inside a relative clause before it ("Fangio, who had been pressing hard,
retired ..."). So a sentence counts as having no clause only when three reads agree: the parse has no
verb in its tense and no subject outside its relative clauses, no word between a noun and what
follows a verb could be a misread verb, and the same holds when each phrase set off by commas is
left out in turn and the rest parsed again ("The rebels invaded ..." once ", drawn largely from the
families of Tutsi refugees who fled ...," is gone)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from studygen.candidates import ERA_ABBREVIATIONS, MONTH_WORDS, YEAR_FIGURES
from studygen.sentences import FINITE_TAGS

#: Dependencies whose word is a subject: a clause has one.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: The tags of the words that open a relative clause ("who", "which", "whose", "where").
_RELATIVE_WORDS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: ... and of a clause of any kind that "who", "which" or "what" opens; not "how", "when" or "where",
#: which open a clause that may hold the main verb the parser misplaced ("The explanation of how the
#: gold standard corrected imbalances was set out by Hume").
_FREE_RELATIVE_WORDS = frozenset({"WDT", "WP", "WP$"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "pcomp", "xcomp", "csubj"})
#: Tags of a word the tagger may have read for a verb in its tense ("filtrate flows into",
#: "estuaries form where", "the explanation links the ...").
_MISREAD_VERB_TAGS = frozenset({"NN", "NNS", "VB", "VBP", "JJ"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Tags of the words that follow a verb more often than a noun: an article, a preposition, an adverb.
_AFTER_A_VERB = frozenset({"DT", "IN", "WRB", "PRP$", "RB", "TO"})
#: A phrase set off by commas that opens, within its first words, a relative clause.
_RELATIVE_PHRASE = re.compile(r"\b(?:who|whom|whose|which|where|when)\b", re.IGNORECASE)
_RELATIVE_REACH = 7
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_COMMA = re.compile(r"(,\s+)")
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*$")
#: Words a spoken sentence may open with before what it says: before a note's name ("And the Harris and Ullman
#: model, 1945, ..."), before an order ("And remember ...").
SPOKEN_OPENERS = frozenset({"and", "but", "so", "now", "then", "also", "well", "okay", "ok"})
#: A year after a phrase that opens with one of these belongs to the phrase ("In 1066, ...", "By 1900, ...").
_OPENING_PREPOSITIONS = frozenset({"in", "on", "by", "from", "since", "until", "after", "before", "during", "around",
                                   "about", "circa", "between", "of", "at", "for", "as", "to", "with", "under",
                                   "within", "through", "throughout"})
_ERAS = frozenset(era.lower() for era in ERA_ABBREVIATIONS)
#: How far into a sentence a note's year may come.
_NOTE_REACH = 25


def without_a_clause(span: Any, parse: Callable[[str], Any]) -> bool:
    """Has the sentence no clause of its own, read three ways (the module's docstring)? ``parse`` turns
    text into a spaCy Doc with the same pipeline; it runs only for a sentence the first read finds
    no clause in."""
    if has_a_clause(span):
        return False
    return not any(has_a_clause(parse(text)[:]) for text in _shortened(span.text) if text != span.text)


def dated_note(span: Any) -> bool:
    """Is the sentence a note that gives a work or a person its year and goes on with no verb for them:
    "A Christmas Carol, 1843, a novella published whole.", "Kant, Perpetual Peace, 1795, which proposed
    ...", "The First Quarto, 1603, the so-called 'bad quarto,' ...", "Jean Toomer, Cane, 1923: a hybrid of
    poems ..."? A lecture's recap speaks so, and the parser often finds a clause in what follows the year
    (a relative clause's verb, a participle read as a past tense). The opening phrase has no verb in its
    tense nor in its base form ("Notice that ...") and does not open with a preposition ("In 1066, ...");
    the year is set off by a comma before it and a comma or colon after it, and no day, month or other
    year comes before it ("on June 3, 2012, ...", "the early 1990s, 2001, or 2009"). What
    follows a comma is a clause when it opens with a verb in its tense ("Alvin Gouldner, 1954, studied
    ...") or a past form with its object ("Titmuss, in The Gift Relationship, 1970, compared Britain's
    ..."); what follows a colon is one when it has a verb in its tense outside a relative clause
    ("Holwell Securities v Hughes, 1974: the offer required ..."). Of the labelled cards made of such
    a note, 20 were rejected and none kept."""
    tokens = list(span)
    start = 0
    while start < len(tokens) and (tokens[start].is_punct or tokens[start].lower_ in SPOKEN_OPENERS):
        start += 1
    if start >= len(tokens) or tokens[start].lower_ in _OPENING_PREPOSITIONS:
        return False
    for j in range(start + 1, min(len(tokens) - 1, start + _NOTE_REACH)):
        token = tokens[j]
        if token.tag_ in FINITE_TAGS or token.tag_ == "VB":
            return False  # a verb of its own ("Notice that in recession years, like ...")
        if not (YEAR_FIGURES.fullmatch(token.text) and tokens[j - 1].text == ","):
            continue
        if j >= 2 and (tokens[j - 2].lower_ in MONTH_WORDS or any(c.isdigit() for c in tokens[j - 2].text)):
            return False  # "on June 3, 2012,", "the early 1990s, 2001, or 2009": a date or a list of years
        k = j + 1
        if k + 1 < len(tokens) and tokens[k].lower_ in ("to", "-", "\u2013", "and") \
                and YEAR_FIGURES.fullmatch(tokens[k + 1].text):
            k += 2  # "1849 to 1850"
        if k < len(tokens) and tokens[k].lower_ in _ERAS:
            k += 1
        if k >= len(tokens) or tokens[k].text not in (",", ":"):
            return False
        rest = tokens[k + 1:]
        if tokens[k].text == ":":
            return not any(t.tag_ in FINITE_TAGS and not _in_a_relative_clause(t) for t in rest)
        words = [t for t in rest if t.pos_ != "ADV"]
        if words and words[0].tag_ in FINITE_TAGS:
            return False
        return not (len(words) > 1 and words[0].tag_ == "VBN" and words[1].tag_ in _OBJECT_OPENERS)
    return False


#: Tags of a word that opens a verb's object ("compared Britain's ...", "studied a gypsum plant").
_OBJECT_OPENERS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "PRP$", "PRP", "JJ", "CD"})


def has_a_clause(span: Any) -> bool:
    """Has ``span`` a verb in its tense or a subject outside its relative clauses, or a word that may
    be a verb the tagger misread as a noun?"""
    for token in span:
        if _in_a_relative_clause(token):
            continue
        if token.dep_ in _SUBJECTS and not _after_a_comma(token.head) \
                or token.tag_ in FINITE_TAGS and not _after_a_comma(token):
            return True
        if token.i <= span.start or token.i + 1 >= span.end:
            continue
        before, after = token.doc[token.i - 1], token.doc[token.i + 1]
        if token.tag_ == "VBN" and before.pos_ in ("NOUN", "PROPN", "PRON"):
            return True  # "Most passengers disembarked at ...": a past tense read as a participle
        if token.tag_ in _MISREAD_VERB_TAGS and before.tag_ in _NOUN_TAGS and after.tag_ in _AFTER_A_VERB:
            return True  # "filtrate flows into": a present tense read as a noun
    return False


def _after_a_comma(verb: Any) -> bool:
    """Does the past form ``verb`` open a phrase after a comma (", shared with John Eccles", ", often called
    the first ...")? The tagger reads such participles as past tenses, and the parser hangs the noun
    before the comma on them as their subject. A main verb after a phrase set off by commas ("The
    gas, methyl isocyanate, leaked from ...") is found when that phrase is left out."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    if before.pos_ == "ADV" and before.i > 0:
        before = verb.doc[before.i - 1]
    return before.text == ","


def _in_a_relative_clause(token: Any) -> bool:
    """Is ``token`` inside a relative clause, one opened by "who", "which", "in which", ..., or a free
    relative ("in what's now the Czech Republic")?"""
    word = token
    while word.head.i != word.i:
        if word.dep_ in _CLAUSES:
            clause = list(word.subtree)
            first = clause[0]
            if first.tag_ in _FREE_RELATIVE_WORDS or word.dep_ in ("relcl", "acl") and (
                    first.tag_ in _RELATIVE_WORDS
                    or first.dep_ == "prep" and len(clause) > 1 and clause[1].tag_ in _RELATIVE_WORDS):
                return True
        word = word.head
    return False


def _shortened(text: str) -> Iterator[str]:
    """The sentence with its relative phrases set off by commas left out, then with each phrase
    between two commas left out in turn ("Fangio, who had been pressing hard, retired ..." ->
    "Fangio retired ..."), then with all of them; brackets go from all of them."""
    text = _BRACKETED.sub("", text)
    parts = _COMMA.split(text)
    # the first phrase, then each later one with the comma before it
    phrases = [parts[0]] + [parts[i] + parts[i + 1] for i in range(1, len(parts) - 1, 2)]
    kept = [phrases[0]]
    dropped = False
    for phrase in phrases[1:]:
        if _RELATIVE_PHRASE.search(" ".join(phrase.split()[:_RELATIVE_REACH])):
            dropped = True
            continue
        kept.append(" " + phrase.lstrip(", ") if dropped else phrase)
        dropped = False
    yield _ended("".join(kept))
    for i in range(1, len(phrases) - 1):
        yield "".join([*phrases[:i], " " + phrases[i + 1].lstrip(", "), *phrases[i + 2:]])
    if len(phrases) > 3:
        yield phrases[0] + " " + phrases[-1].lstrip(", ")  # all that is set off between the first and the last


def _ended(text: str) -> str:
    text = text.strip()
    return text if _SENTENCE_END.search(text) else text.rstrip(",;: ") + "."
