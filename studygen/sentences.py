"""Sentences with exact character offsets into an article's text.

An article's text is parsed paragraph by paragraph (so no sentence ever spans two paragraphs), with
heading spans cut out (a heading is structure, not a sentence). A sentence that ends a paragraph
without closing punctuation is flagged incomplete: a truncated excerpt is never card material.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studygen.models import Article, Sentence
from studygen.notes import TIMELINE, listed_lines, notes_like, split_line

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

FIX_COMPONENT = "studygen_sentence_fixes"
# A sentence is complete when it ends in closing punctuation, possibly followed by quotes/brackets.
_COMPLETE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u2019\u201d\u00bb)\]]*\s*$")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
#: A sentence that opens with a comma, a colon or a dash began before the parser's cut ("– 2022 Tour,
#: joined the show": "Who joined the show as a first-time pro?" was answered "Tour").
_STARTS_INSIDE = re.compile(r"[,;:\u2013\u2014]|(?:where|which|whereas|and|or|but|so)\s"
                            # a table's legend: "§ – Voted into the Top 16 by viewers." (T173)
                            r"|[§†‡¤*^]")
# (a sentence opening with a small joining word in lower case goes on from a line before it: "where pKa =
# -log Ka, [A-] is the concentration of the conjugate base" after an equation set on its own line, T136)
#: What a removed citation leaves of its page number: "creating internal stress in the material,: 8 causing" (T173).
_PAGE_CITATION = re.compile(r"[,.;]:\s?\d+(?:[\u2013-]\d+)?\s")
#: A paragraph that ends on an ellipsis outside a quotation ("... the two-lane mountain......", "Take a look back
#: at..."): a teaser cut short by the page it was copied from.
_TEASER_END = re.compile(r"(?:\.{3,}|\u2026)\s*$")
#: A clock's "a.m." or an initialism ("the U.S."), after which the parser may cut a sentence in two.
_CUT_AFTER = re.compile(r"(?:\b[ap]\.m\.|\b(?:[A-Z]\.){2,})\s*$", re.IGNORECASE)
_CLOSING_QUOTES = ('"', "\u201d", "'", "\u2019")
#: What ends a sentence: its stop, then any closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")
#: Marks of notes, not prose: arrows and "=" for "is" ("current ↑ → resistance increases", "Scramble for Africa =
#: the rapid invasion ..."); a sentence that holds one is no card material (T203: judges rejected every such card).
_NOTE_SYMBOLS = re.compile(r"[\u2190-\u21ff\u27f5-\u27ff\u2264\u2265]|\s=\s")
#: In notes (``notes_like``), a hyphen between spaces for a dash ("split in 1945 at the 38th parallel - USSR
#: occupied the North", T203), and a line that opens on a label and a colon ("Pretenders: Lambert Simnel ...",
#: "Note: Henry's Church stayed fairly Catholic").
_NOTE_DASH = re.compile(r"\s-\s")
_LABEL = re.compile(r"^[A-Z][\w'\u2019-]*(?:\s[\w'\u2019()-]+){0,3}:\s")
#: The tags of a verb with a tense.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: The longest stretch of text the parser is given at once. spaCy refuses more than 1,000,000
#: characters and needs about 1 GB of memory per 100,000, so an endless paragraph (a 5 MB line) is
#: parsed in chunks, cut at a sentence end where there is one.
MAX_BLOCK_CHARS = 10_000
_SENTENCE_CUT = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u2019\u201d\u00bb)\]]*\s+")


#: Abbreviations that stand before a number ("Op. 28", "Fig. 3", "ca. 500 BC"): the full stop after
#: one does not end a sentence when a number follows, though the parser often reads it so.
#: Matched as written: "Art. 3" but not "art." (a word that ends sentences). "no." is in: "Law no.
#: 38/2019" is common in legal and official text, and a sentence that ends on the word "no" before one
#: that opens with a figure is rare.
_NUMBERED_ABBREVIATIONS = frozenset({
    "Op", "Opp", "No", "Nos", "no", "nos", "Fig", "Figs", "fig", "figs", "Vol", "Vols", "vol", "vols", "p", "pp",
    "Ch", "ch", "Chap", "Sec", "sec", "Art", "Eq", "Eqs", "ca", "c", "approx", "cf", "vs", "Ref", "Refs",
})

#: Titles written short before a name ("the Hon. Charles Parsons", "the Rt. Hon. William Gladstone",
#: "Mme. Curie", a rank: "Staff-Insp. Gary Ellis", T181): no sentence ends on one when a capital
#: follows. "Jr." and "St." are not in: a sentence may end on "Martin Luther King Jr." or on "Main St.".
SHORT_TITLES = frozenset({
    "Hon", "Rt", "M", "MM", "Mme", "Mlle", "Messrs", "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Revd", "Gen", "Capt",
    "Col", "Lt", "Lieut", "Maj", "Brig", "Cpl", "Pte", "Sgt", "Cdr", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Fr", "Msgr",
    "Insp", "Supt", "Det", "Const", "Cst", "Atty", "Amb"})

#: Those of them that no sentence ends on, written as one token with their full stop.
_ONE_TOKEN_ABBREVIATIONS = ("Op.", "Opp.", "Nos.", "Fig.", "Figs.", "Vol.", "Vols.", "pp.", "ca.", "Eq.",
                            "Eqs.", "approx.", "cf.", "vs.", "Chap.", "Refs.", "incl.", "esp.")
#: Abbreviations that always go on ("... huge projects, incl. the new St Peter's", "esp. cotton", "e.g. Rome"):
#: no sentence ends on one, whatever follows (T203: "commissioned huge projects, incl." was a card).
_GOING_ON = frozenset({"incl.", "esp.", "e.g.", "i.e.", "approx.", "cf.", "vs.", "viz."})


#: What a token that ends a sentence ends with: a full stop, a question or exclamation mark, an ellipsis,
#: or a closing quote or bracket after one of them (never a semicolon or a colon). The parser sometimes starts
#: a sentence after any other word ("... snowboard halfpipe athlete | Liu Jiayu represented ..."),
#: which cuts a sentence in two: both halves would become cards of half a statement.
_MAY_END_SENTENCE = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\"'\u2019\u201d\u00bb)\]]$")

#: A letter with its full stop ("n.", as in "for every integer n. It is ...", or a numeral: "which produced
#: the UNIVAC I. A patent on ENIAC ...") is taken for an abbreviation by the tokenizer, and the parser ends no
#: sentence on it. It does end one when a word that opens sentences follows: a pronoun, an article, a
#: conjunction ("b. 1950" is followed by a number, an initial by the rest of a name: "Harry S. Truman").
_LETTER_AND_STOP = re.compile(r"[A-Za-z]\.")
_OPENING_WORDS = frozenset({"it", "its", "the", "this", "these", "that", "those", "they", "he", "she", "we",
                            "a", "an", "in", "if", "for", "there", "thus", "hence", "then", "such", "however",
                            "as", "when", "since", "so"})

#: A sentence that opens on a word in lower case, all of it ("the contract between UC Global and ... was
#: clearly the cover", T180): the rest of a sentence cut from its start, by the page or the parser. A
#: word with a capital inside it ("mRNA carries", "iPhone sales") opens sentences as it is written.
_OPENS_LOWER = re.compile(r"[\"'\u201c\u2018]?[a-z]+(?:[\s,;:]|$)")

#: A parenthesis of at most this many tokens holds no sentence end: the full stops in it close
#: abbreviations ("lit.", "transl.", "b. 1950", "c. 1520").
SHORT_BRACKET_TOKENS = 16


#: A word with a prefix joined by a hyphen, kept whole by the tokenizer ("co-founded", "re-elected").
_PREFIXED_WORD = re.compile(r"(?i)(?:co|re|pre|non|self)-[a-z]+")


def _short_brackets(doc: Doc) -> list[tuple[int, int]]:
    """The (opening, closing) token indices of the short parentheses of ``doc``, not nested."""
    found, opened = [], None
    for token in doc:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            if token.i - opened <= SHORT_BRACKET_TOKENS:
                found.append((opened, token.i))
            opened = None
    return found


def add_sentence_fixes(nlp: Language) -> None:
    """Register a component, before the parser, that repairs boundaries the parser misses: a
    full stop glued to the next sentence ("candidates.Its first use") left by removed citations,
    a full stop after an abbreviation that a number follows ("Op. 28"), which ends no sentence, and
    a sentence started after a word that ends none ("athlete | Liu Jiayu represented")."""
    from spacy.language import Language

    if FIX_COMPONENT not in Language.factories:

        @Language.component(FIX_COMPONENT)
        def fix_boundaries(doc: Doc) -> Doc:
            for i in range(1, len(doc) - 1):
                token, prev = doc[i], doc[i - 1]
                if (token.text == "." and not token.whitespace_ and prev.whitespace_ == ""
                        and (prev.text[-1:].islower() or prev.text[-1:].isdigit())
                        and doc[i + 1].text[:1].isupper() and len(prev.text) > 1):
                    doc[i + 1].is_sent_start = True
                elif (token.text == "." and prev.text in _NUMBERED_ABBREVIATIONS and not prev.whitespace_
                      and doc[i + 1].text[:1].isdigit()):
                    doc[i + 1].is_sent_start = False  # "Preludes, Op. 28", "Fig. 3", "ca. 500 BC"
                if prev.lower_ in _GOING_ON and "\n" not in prev.whitespace_:
                    doc[i].is_sent_start = False  # "huge projects, incl. the new St Peter's"
                elif not _MAY_END_SENTENCE.search(prev.text) and "\n" not in prev.whitespace_ and not prev.is_space:
                    doc[i].is_sent_start = False  # "... halfpipe athlete Liu Jiayu": no sentence ends on "athlete"
                elif token.text.startswith("*") and prev.text in (".", "!", "?") and prev.whitespace_:
                    doc[i].is_sent_start = True  # "... on August 1. *estimated.": a table's footnote, apart
                elif _LETTER_AND_STOP.fullmatch(prev.text) and prev.whitespace_ and token.text[:1].isupper() \
                        and token.lower_ in _OPENING_WORDS:
                    doc[i].is_sent_start = True  # "... for every positive integer n. It is implied by ..."
            for i in range(len(doc) - 1):
                token = doc[i]
                if token.text == ".":
                    title = doc[i - 1].text if i and not doc[i - 1].whitespace_ else ""
                else:
                    title = token.text[:-1] if token.text.endswith(".") else ""
                if title in SHORT_TITLES and doc[i + 1].text[:1].isupper():
                    doc[i + 1].is_sent_start = False  # "the Hon. Charles Parsons", "Mme. Curie"
            for start, end in _short_brackets(doc):
                for k in range(start + 2, end + 1):
                    doc[k].is_sent_start = False  # "(guònián hǎo, lit. "Happy New Year")", "(transl. Depths)"
            return doc

    if FIX_COMPONENT not in nlp.pipe_names:
        from spacy.symbols import ORTH
        from spacy.util import compile_infix_regex, compile_suffix_regex

        # Let the tokenizer cut "2015.A" and "candidates.Its" at the full stop, so that the
        # component above can start a sentence there.
        infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[a-z0-9])\.(?=[A-Z])"]
        tokenizer: Any = nlp.tokenizer
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        # "co-founded", "re-elected", "self-taught": a prefix and its word stay one token; cut at the
        # hyphen, "Weta Workshop, co-founded by Richard Taylor" parsed "co" as a verb of its own and gave
        # "Who founds Weta Workshop?"
        tokenizer.token_match = _PREFIXED_WORD.fullmatch
        # "hydroxide ions, OH−. Hydrochloric acid ...": the full stop after an ion's charge is cut
        # off too, or the sentence runs on into the next one
        # and so is the full stop after a formula that ends in a letter ("water, H2O. Oxygen has
        # ...": one token "H2O." ran the sentence on, and a blank read "H2O. Oxygen", T77)
        suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[+−])\.", r"(?<=[0-9][A-Z])\."]
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        # "Op. 28" as two tokens, not three: cut at its full stop, "Chopin's 24 Preludes, Op. 28" is
        # misparsed (the number becomes a second subject, and a question loses "Op.").
        for abbreviation in _ONE_TOKEN_ABBREVIATIONS:
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        nlp.add_pipe(FIX_COMPONENT, before="parser")


def quotes_balance(text: str) -> bool:
    """Does every quotation the text opens close in it? A sentence of a quotation that runs over
    several ('..., "Abortion wasn't even whispered.') is a piece of it: strict judges kept 6 of the
    18 labelled cards made from one."""
    return text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")


def brackets_balance(text: str) -> bool:
    """Does every bracket the text closes open in it, and every one it opens close? A sentence cut
    inside a parenthesis fails on one side or the other."""
    for opening, closing in ("()", "[]"):
        depth = 0
        for ch in text:
            if ch == opening:
                depth += 1
            elif ch == closing:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return True


@dataclass(frozen=True)
class Block:
    """A stretch of one paragraph with no heading inside: the unit the parser sees."""

    start: int
    end: int
    paragraph: int
    last_in_paragraph: bool


def content_blocks(article: Article) -> list[Block]:
    """The paragraphs of an article, minus heading spans, as character ranges of its text."""
    text = article.text
    headings = sorted((h.start, h.end) for h in article.headings)
    blocks: list[Block] = []
    paragraph = 0
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        pieces = _subtract(position, end, headings)
        pieces = [(s, e) for s, e in (_trim(text, s, e) for s, e in pieces) if e > s]
        for k, (s, e) in enumerate(pieces):
            chunks = _bounded(text, s, e)
            for j, (cs, ce) in enumerate(chunks):
                # A chunk cut from an endless paragraph ends like a paragraph: its last sentence is
                # checked for closing punctuation, so a sentence cut in two is never card material.
                last = k == len(pieces) - 1 or j < len(chunks) - 1
                blocks.append(Block(cs, ce, paragraph, last_in_paragraph=last))
        if pieces:
            paragraph += 1
        if match:
            position = match.end()
    return blocks


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` in chunks of at most MAX_BLOCK_CHARS, cut after a sentence end when one lies
    in the second half of the window, else at a space, else anywhere."""
    chunks: list[tuple[int, int]] = []
    while end - start > MAX_BLOCK_CHARS:
        low, limit = start + MAX_BLOCK_CHARS // 2, start + MAX_BLOCK_CHARS
        cut = None
        for match in _SENTENCE_CUT.finditer(text, low, limit):
            cut = match.end()
        if cut is None:
            space = text.rfind(" ", low, limit)
            cut = space + 1 if space >= 0 else limit
        chunk = _trim(text, start, cut)
        if chunk[1] > chunk[0]:
            chunks.append(chunk)
        start = _trim(text, cut, end)[0]
    if end > start:
        chunks.append((start, end))
    return chunks


def _subtract(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    for h_start, h_end in holes:
        if h_end <= cursor or h_start >= end:
            continue
        if h_start > cursor:
            pieces.append((cursor, h_start))
        cursor = max(cursor, h_end)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class ParsedSentence:
    """A sentence and its spaCy parse; ``span`` offsets are relative to ``block_start``."""

    sentence: Sentence
    span: SpacySpan
    block_start: int

    def char_offset(self, token_idx: int) -> int:
        """Article offset of a character offset inside this sentence's Doc."""
        return self.block_start + token_idx


def _cut_in_two(first: SpacySpan | None, second: SpacySpan) -> bool:
    """Did the parser cut one sentence in two: after a clock's "a.m." or an initialism that ends
    ``first``, leaving ``second`` without a verb of its own, or where no sentence ends, leaving ``second``
    to open on a verb in lower case ("... and 12,344 (7.8%) | had someone living alone who was 65 years of
    age or older": its subject stayed in ``first``, T169) or on a figure and a word in lower case (a
    subscript set on a line of its own, "Increased O | 2 concentration in the lungs helps ...", T170)?"""
    if first is None:
        return False
    if _CUT_AFTER.search(first.text) is not None and second.root.pos_ not in ("VERB", "AUX"):
        return True
    words = [t for t in second if not t.is_space]  # (the line break the parser cut at opens ``second``)
    if not words:
        return False
    opener = words[0]
    goes_on = opener.text[:1].islower() and opener.tag_ in FINITE_TAGS or (
        opener.text.isdigit() and len(words) > 1 and words[1].text[:1].islower())
    return goes_on and _SENTENCE_END.search(first.text) is None


def note_fragment(text: str, span: SpacySpan, line_start: bool, listed: bool = False, notes: bool = False) -> bool:
    """Is the sentence written as notes are, not as prose: arrows or "=" for words, a line of a timeline
    ("1588 - Spanish Armada defeated (fireships at Calais)"), a line that opens on a term and a colon or
    a dash in a list of such lines (``listed``: "Transverse - oscillations are perpendicular ..."), or a sentence,
    anywhere, that opens on its verb and has no subject ("Controlled nobles with bonds and recognisances")? In a
    text written as notes (``notes``: three lines of a list of terms or of a timeline, ``notes_like``), also
    a hyphen for a dash, a line that opens on a label ("Note: ..."), and a sentence with no verb in its
    tense ("Pretenders: Lambert Simnel ..."). Such a line reads as broken English on a card (T203: judges
    rejected them for grammar); a term and its meaning may give a question of their own
    (``studygen.glossary``). The shapes of lines are ``studygen.notes``'s."""
    if _NOTE_SYMBOLS.search(text):
        return True
    if notes and (_NOTE_DASH.search(text) or not any(t.tag_ in FINITE_TAGS for t in span)):
        return True  # (a dash of notes; a line with no verb in its tense: "Reforestation, renewable energy, CCS.")
    if _opens_on_its_verb(span, line_start):
        return True
    if not line_start:
        return False
    if notes and _LABEL.match(text):
        return True
    if TIMELINE.match(text):
        return True
    term = split_line(text) if listed else None
    # (in a list of terms; "Iron triangles have the following characteristics: (1) ..." is prose)
    return term is not None and not any(t.tag_ in FINITE_TAGS for t in span if t.idx - span.start_char < len(term[0]))


def _opens_on_its_verb(span: SpacySpan, line_start: bool) -> bool:
    """Does the sentence open on its verb with no subject, as notes and spoken recaps do ("Controlled nobles
    with bonds ...", "Born 1822 in Austrian Silesia.", "Lived his whole life in Königsberg.", T204, T215)? Not a
    name the parser left without its verb, nor, inside a paragraph, an inverted passive ("Recovered from the train
    were ...")."""
    words = [t for t in span if not t.is_space]
    return bool(words) and words[0].tag_ in ("VBD", "VBN", "VBZ") and words[0].text[:1].isupper() \
        and words[0].dep_ == "ROOT" and not any(
            t.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") or (t.lemma_ == "be" and not line_start)
            for t in span)


def parse_articles(articles: list[Article], nlp: Language, batch_size: int = 64, processes: int = 1
                   ) -> Iterator[tuple[Article, list[ParsedSentence]]]:
    """Parse every article's content blocks in one batched stream; yield its sentences in order.

    ``processes`` > 1 parses in that many spaCy processes (``nlp.pipe(n_process=...)``): each block
    is parsed alone, so the parse is the same to the byte."""
    jobs = [(a, content_blocks(a)) for a in articles]
    texts = (a.text[b.start:b.end] for a, blocks in jobs for b in blocks)
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=processes)
    if processes > 1:
        import warnings

        from studygen.signals import children_exit_quietly_on_ctrl_c

        # spaCy warns (W127) when its processes did not finish: after Ctrl-C, which is reported.
        warnings.filterwarnings("ignore", message=r"\[W127\]", category=UserWarning)
        with children_exit_quietly_on_ctrl_c():  # spaCy forks its processes at the first document
            first = next(docs, None)
        docs = itertools.chain([] if first is None else [first], docs)
    for article, blocks in jobs:
        parsed: list[ParsedSentence] = []
        before: SpacySpan | None = None  # the last sentence of the block before: a line may go on from it
        listed = listed_lines(article.text, frozenset(h.start for h in article.headings), article.title, terms=False)
        notes = notes_like(article.text, listed)
        teasers = {b.paragraph for b in blocks
                   if b.last_in_paragraph and _TEASER_END.search(article.text[b.start:b.end])}
        for block in blocks:
            doc = next(docs)
            sents = list(doc.sents)
            for k, span in enumerate(sents):
                start = block.start + span.start_char
                end = block.start + span.end_char
                start, end = _trim(article.text, start, end)
                if end <= start:
                    continue
                text = article.text[start:end]
                # Cut mid-way: "The Danube (German: Donau" | "[do]; Hungarian: Duna [du]) is a river."
                # A sentence in brackets, "(The IOC had already ...)", is an aside: no card either.
                # '"It is now! It's four!" | shouted BBC commentator Kenneth Wolstenholme ...': the tail
                # of a quotation's sentence, which the parser cut after the quotation
                tail = k > 0 and text[:1].islower() and sents[k - 1].text.rstrip().endswith(_CLOSING_QUOTES)
                # "... at 4:55 a.m. | Pacific time, picked up by a NASA antenna ...", "comparisons with
                # that of the U.S. | Skylab station, which broke up ...": cut after a clock's "a.m." or
                # an initialism, the rest has no verb of its own, and the first part says another thing
                tail = tail or _cut_in_two(sents[k - 1] if k > 0 else before, span)
                head = k + 1 < len(sents) and _cut_in_two(span, sents[k + 1])
                complete = brackets_balance(text) and quotes_balance(text) and not _STARTS_INSIDE.match(text) \
                    and not _PAGE_CITATION.search(text) \
                    and not text.startswith("(") and not tail and not head and not _OPENS_LOWER.match(text)
                if k == len(sents) - 1 and block.last_in_paragraph:
                    complete = complete and bool(_COMPLETE_END.search(text))
                # A paragraph cut off by an ellipsis is a teaser from a list of links ("LAKE ELSINORE: Fire
                # leaves 6 homeless A fire ripped through ... fire officials said...."): its sentences were
                # cut, or run into the headline before them (T178)
                complete = complete and block.paragraph not in teasers
                # Notes: a line of a timeline, a term and what follows it, arrows; a bullet with no subject
                complete = complete and not note_fragment(
                    text, span, line_start=start == 0 or article.text[start - 1] == "\n", listed=start in listed,
                    notes=notes)
                sentence = Sentence(index=len(parsed), start=start, end=end, text=text,
                                    paragraph=block.paragraph, complete=complete)
                parsed.append(ParsedSentence(sentence, span, block.start))
            before = sents[-1] if sents else before
        yield article, parsed
