"""Article -> analysed article: sentences with their parse, embeddings, and ranked answer candidates."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from studygen.candidates import TYPE_WEIGHT, sentence_candidates
from studygen.clauses import SPOKEN_OPENERS, dated_note, without_a_clause
from studygen.coref import Resolver, clause_subject_name
from studygen.language import foreign_sentence
from studygen.models import AnswerCandidate, AnswerType, Article, Sentence
from studygen.sentences import FINITE_TAGS, ParsedSentence, parse_articles

if TYPE_CHECKING:
    import numpy as np

EmbedFn = Callable[[list[str]], "np.ndarray"]
Progress = Callable[[str, int, int], None]
#: Sentences embedded between two progress reports (the vectors do not depend on the split).
EMBED_PROGRESS_STEP = 512
#: Below this many characters a parse stays in one process (starting spaCy's processes costs about
#: a second).
PARALLEL_PARSE_CHARS = 100_000


@dataclass
class AnalysedArticle:
    article: Article
    parsed: list[ParsedSentence]
    sentence_vectors: Any  # np.ndarray, one unit row per sentence
    salience: list[float]  # per sentence, 0..1 within the article
    candidates: list[AnswerCandidate]
    resolver: Resolver
    candidate_vectors: dict[str, Any] = field(default_factory=dict)
    title_vector: Any = None  # the article title's vector, embedded with the candidates (None: not yet)

    @property
    def sentences(self) -> list[Sentence]:
        return [p.sentence for p in self.parsed]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Each sentence's start in the article's text, in order (for bisecting an offset)."""
        return [p.sentence.start for p in self.parsed]

    @cached_property
    def sentence_at(self) -> dict[int, int]:
        """A sentence's index (its row in ``sentence_vectors``) by its start: where a card's
        ``source_start`` points."""
        return {start: i for i, start in enumerate(self.sentence_starts)}

    def freeze(self) -> FrozenArticle:
        """The same analysis with its parses as bytes (one spaCy ``DocBin`` for the article), a
        small part of the memory of live Docs, so that a book's articles can all wait for the
        deck-wide distractor pool. One ``DocBin`` packs all the article's Docs at once: a tenth of
        the bytes of ``Doc.to_bytes`` for each, in less than half the time (BENCHMARKS.md)."""
        from spacy.tokens import DocBin

        docs: dict[int, int] = {}  # id(doc) -> its place in the DocBin
        packed = DocBin(store_user_data=True)
        places = []
        for p in self.parsed:
            doc = p.span.doc
            if id(doc) not in docs:
                docs[id(doc)] = len(docs)
                packed.add(doc)
            places.append((docs[id(doc)], p.span.start, p.span.end, p.block_start))
        return FrozenArticle(self.article, [p.sentence for p in self.parsed], packed.to_bytes(), places,
                             self.sentence_vectors, self.salience, self.candidates, self.candidate_vectors,
                             self.title_vector)


@dataclass
class FrozenArticle:
    """An :class:`AnalysedArticle` whose parses are stored as bytes; :meth:`thaw` gives it back, the
    same token for token. It has what the distractor pool needs (article, candidates and vectors)."""

    article: Article
    sentences: list[Sentence]
    doc_bin: bytes  # the article's Docs, packed in a spaCy DocBin
    places: list[tuple[int, int, int, int]]  # per sentence: its Doc, first and end token, block start
    sentence_vectors: Any
    salience: list[float]
    candidates: list[AnswerCandidate]
    candidate_vectors: dict[str, Any]
    title_vector: Any = None

    def thaw(self, vocab: Any) -> AnalysedArticle:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_bytes(self.doc_bin).get_docs(vocab))
        parsed = [ParsedSentence(sentence, docs[doc][start:end], block_start)
                  for sentence, (doc, start, end, block_start) in zip(self.sentences, self.places, strict=True)]
        return AnalysedArticle(self.article, parsed, self.sentence_vectors, self.salience, self.candidates,
                               Resolver([p.span for p in parsed]), self.candidate_vectors, self.title_vector)


def analyse(articles: list[Article], nlp: Any, embed: EmbedFn, progress: Progress | None = None,
            parse_processes: int = 1) -> Iterator[AnalysedArticle]:
    """Parse all articles in one batched stream, then embed and rank each article's candidates.

    ``progress`` hears ("parse", characters parsed, characters in all) and ("embed", sentences
    embedded, sentences parsed so far) as the work goes, so that a long article shows progress.
    ``parse_processes`` > 1 parses in that many processes (for a long text that one process
    analyses: the same parse, on more cores)."""
    import numpy as np

    report = progress or (lambda stage, done, total: None)
    total = sum(len(a.text) for a in articles)
    parser: Any = _CountingParser(nlp, total, report)
    embedded = parsed_so_far = 0
    processes = parse_processes if total >= PARALLEL_PARSE_CHARS else 1
    for article, parsed in parse_articles(articles, parser, processes=processes):
        parsed_so_far += len(parsed)
        texts = [p.sentence.text for p in parsed]
        chunks = []
        for start in range(0, len(texts), EMBED_PROGRESS_STEP):
            chunks.append(embed(texts[start:start + EMBED_PROGRESS_STEP]))
            embedded += len(chunks[-1])
            report("embed", embedded, parsed_so_far)
        vectors = np.concatenate(chunks) if chunks else np.zeros((0, 384), np.float32)
        usable = [p for p in parsed if p.sentence.complete]
        if usable:
            centroid = vectors[[p.sentence.index for p in usable]].mean(axis=0)
            centroid = centroid / (np.linalg.norm(centroid) or 1.0)
            raw = vectors @ centroid
        else:
            centroid, raw = None, np.zeros(len(parsed), np.float32)
        salience = _rescale(raw.tolist())
        resolver = Resolver([p.span for p in parsed])
        candidates: list[AnswerCandidate] = []
        title_words = {w.lower() for w in re.findall(r"\w+", article.title)}
        examples = worked_examples(article)
        case_block = None  # the paragraph a supposed case was set up in, from that sentence on
        for k, p in enumerate(parsed):
            if sets_up_a_case(p.span):
                case_block = p.block_start
            elif p.block_start != case_block:
                case_block = None
            if case_block is not None or not p.sentence.complete or not states_something(p.span) \
                    or foreign_sentence(p.span.text) or works_a_sum(p.span.text) \
                    or without_a_clause(p.span, nlp) or dated_note(p.span) \
                    or undated_change(p.span) or elliptical_ordinal(p.span) \
                    or any(start <= p.char_offset(p.span.start_char) < end for start, end in examples):
                continue
            found = sentence_candidates(p.span, p.sentence.index, p.block_start)
            earlier = [q.span for q in parsed[max(0, k - ANAPHORA_WINDOW):k]]
            subject = anaphoric_subject(p.span, earlier, title_words)
            if subject is not None:
                # Only a card that asks for the subject itself does not lean on it.
                begin, end = p.char_offset(subject.left_edge.idx), p.char_offset(subject.idx + len(subject))
                found = [c for c in found if c.start <= begin and c.end >= end]
            candidates.extend(found)
        candidates = name_people(parsed, candidates)
        candidate_vectors: dict[str, Any] = {}
        title_vector = None
        if candidates and centroid is not None:
            texts = sorted({c.text for c in candidates})
            # The title rides in the same call (the ranking reads it): one call for a text alone
            # costs twice a text's share of a batch.
            *rows, title_vector = embed([*texts, article.title])
            candidate_vectors = dict(zip(texts, rows, strict=True))
            relevance = {t: float(candidate_vectors[t] @ centroid) for t in texts}
            mentions = mention_counts(article.text, texts)
            top = max(mentions.values()) or 1
            candidates = [c.model_copy(update={"salience": round(_candidate_salience(
                c, salience[c.sentence], relevance[c.text], mentions[c.text] / top), 6)})
                for c in candidates]
        yield AnalysedArticle(article, parsed, vectors, salience, candidates, resolver, candidate_vectors,
                              title_vector)


def name_people(parsed: list[ParsedSentence], candidates: list[AnswerCandidate]) -> list[AnswerCandidate]:
    """A name the article gives in full as a person's elsewhere is a person's here too, whole or by
    its surname: after "Sarah Palin", "Palin" or "Sarah Palin" (which the small parser calls a place
    in some sentences) is asked with "Who", never "Where". A place the gazetteer knows
    ("Washington") keeps its type."""
    from studygen.generators.families import place_kind

    labels = Counter((ent.text, ent.label_ == "PERSON") for p in parsed for ent in p.span.ents if len(ent) >= 2)
    full = {text for (text, person), count in labels.items() if person}
    # A full name the parser calls a person more often than anything else, or whose surname the
    # article uses alone ("Bam Margera", twice a place, then "Margera" throughout), is a person's;
    # not one it calls a person once among other labels ("Copa América").
    alone = {ent.text for p in parsed for ent in p.span.ents if len(ent) == 1}
    mostly = {text for text in full if labels[(text, True)] > labels[(text, False)] or text.split()[-1] in alone}
    surnames = {name.split()[-1] for name in full if name.split()[-1][:1].isupper()} - full
    # "Beyoncé tied with her husband": whoever "her" is bound to is a person.
    surnames |= {name for p in parsed for t in p.span if t.lower_ in ("his", "her", "him", "himself", "herself")
                 for name in [clause_subject_name(t)] if name is not None}
    shared = shared_surnames({text for (text, person) in labels if person})
    retyped = []
    for candidate in candidates:
        text = candidate.text
        if text in shared:
            continue  # "Curtis" in an article of Jamie Lee Curtis and Tony Curtis: which one? (T61)
        if candidate.type is not AnswerType.PERSON and swallows_a_subject(parsed[candidate.sentence], candidate,
                                                                          surnames):
            continue
        if candidate.type in _MISTAKEN_FOR_NAMES and (text in surnames or text in mostly) and place_kind(text) is None \
                and not (text.isupper() and " " not in text):  # "GEBA": an acronym names no person
            candidate = candidate.model_copy(update={"type": AnswerType.PERSON})
        retyped.append(candidate)
    return retyped


def shared_surnames(names: set[str]) -> set[str]:
    """The surnames that two of the people named in full share ("Curtis" of "Jamie Lee Curtis" and "Tony
    Curtis"): alone, such a surname does not say who. One name that ends the other ("Lee Curtis" in
    "Jamie Lee Curtis") is one person."""
    by_surname: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[-1][:1].isupper():
            by_surname.setdefault(words[-1], set()).add(name)
    return {surname for surname, full in by_surname.items() if any(
        not a.endswith(" " + b) and not b.endswith(" " + a) for a in full for b in full if a < b)}


def swallows_a_subject(sentence: ParsedSentence, candidate: AnswerCandidate, surnames: set[str]) -> bool:
    """Did the recogniser run a name on into the person who is the next verb's subject ("During
    [the Second World War Turing] worked for ...", a comma left out)? The candidate ends in a surname
    the article gives a person, and a verb follows it: "During the _____ worked" is no sentence."""
    *rest, last = candidate.text.split()
    if not rest or last not in surnames:
        return False
    end = candidate.end - sentence.block_start
    after = next((t for t in sentence.span if t.idx >= end and not t.is_space), None)
    return after is not None and after.tag_ in ("VBD", "VBZ", "VBP", "MD")


_MISTAKEN_FOR_NAMES = frozenset({AnswerType.PLACE, AnswerType.ORGANISATION, AnswerType.CONCEPT, AnswerType.WORK,
                                 AnswerType.PRODUCT, AnswerType.GROUP})


#: The heading of a worked example ("Example 1: Time of Flight", "Worked Example: How Many Stores to Visit",
#: "Sample Problem"), not of a case study, which tells what happened.
_EXAMPLE_HEADING = re.compile(r"(?:an?\s+)?(?:worked\s+)?(?:example|sample\s+problem|practice\s+problem)\b",
                              re.IGNORECASE)


def worked_examples(article: Article) -> list[tuple[int, int]]:
    """The stretches of an article under a worked example's heading, to the next heading. A worked example
    sets up a made-up case ("A singly charged ion of mass 100 u is accelerated through 20.0 kV") and works
    it through: strict judges kept 10 of the 30 labelled cards from one (T156 added two more rejects), against
    about 80% elsewhere. No card comes from one."""
    # (a line of working set apart, "M = 0.500 g / 0.00784 mol = 63.8 g/mol", reads as a heading: the example
    # goes on past it)
    headings = sorted((h for h in article.headings if "=" not in h.text), key=lambda h: h.start)
    return [(h.start, headings[k + 1].start if k + 1 < len(headings) else len(article.text))
            for k, h in enumerate(headings) if _EXAMPLE_HEADING.match(h.text.strip())]


#: A figure, in digits or words ("0.36", "one", "a half").
_SPOKEN_FIGURE = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|half|a half)"
#: A sum worked aloud: a figure, an operation on another, and what it comes to ("one minus 0.36 is 0.64",
#: "23 plus 23 gives 46", "2 plus 4 plus 5 is 20"), or two operations in a row ("1 minus 2.4 over 6").
_OPERATION = r",? (?:plus|minus|times|over|divided by) "
_WORKED_SUM = re.compile(rf"\b{_SPOKEN_FIGURE}(?:{_OPERATION}{_SPOKEN_FIGURE})+,? (?:is|equals|gives|makes) "
                         rf"(?:about |roughly |approximately )?{_SPOKEN_FIGURE}\b"
                         # "1 minus 2.4 over 6, 1 minus 0.4, 0.6": two operations running on
                         rf"|\b{_SPOKEN_FIGURE}{_OPERATION}{_SPOKEN_FIGURE}{_OPERATION}{_SPOKEN_FIGURE}\b",
                         re.IGNORECASE)


def works_a_sum(text: str) -> bool:
    """Does the sentence work a sum aloud ("At v equals 0.6 c, one minus 0.36 is 0.64, square root 0.8, gamma is
    1.25.")? A step of a worked example, no fact to learn: of the labelled cards from such sentences, strict
    judges rejected 4 (T208, T218, T219) and kept 1, a factorisation of historical note ("2 to the power 32,
    plus one, equals 641 multiplied by 6,700,417")."""
    return _WORKED_SUM.search(text) is not None


def sets_up_a_case(span: Any) -> bool:
    """Does the sentence open on an order to suppose a case ("Suppose a bank keeps 10 per cent as reserves.",
    "Imagine two firms selling the same good.", "Consider a student, Hakim, who ...", "Let's say a
    party gets 10,000 votes.")? The sentences after it in its paragraph work the case through ("First
    Bank lends 900 dollars to Ben", "Party B gets 8,000"): made-up figures and names, no fact to learn.
    Of the labelled cards from such a paragraph, strict judges rejected 55 and kept 17."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) > 2 and words[0].lower_ == "let" and words[1].lower_ in ("'s", "us") \
            and words[2].lower_ in _CASE_ORDERS | {"say"}:
        return True
    return bool(words) and words[0].lower_ in _CASE_ORDERS and words[0].text[:1].isupper() \
        and (words[0].dep_ == "ROOT" or words[0].tag_ == "VB") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in words[0].children)


def states_something(span: Any) -> bool:
    """Has the sentence a finite verb, and does it not just introduce a list or ask a question? A
    list item, caption or award category ("Best Score Soundtrack for Video Games.") names things
    without saying anything about them, and a question ("Q: When was the commission founded?")
    states nothing: no card."""
    if re.search(r":[\W_]*$", span.text):
        return False  # "... announced several changes:": the list it introduces is the content
    if re.search(r"\?[\"'\u2019\u201d)\]]*\s*$", span.text):
        return False  # a cloze or a statement of a question is no fact
    colon = next((t for t in span if t.text == ":"), None)
    if colon is not None and sum(t.text == ";" for t in span if t.i > colon.i) >= 2 \
            and not any(t.tag_ in FINITE_TAGS for t in span if t.i > colon.i):
        # "The teams were: Bolton Wanderers: Pym; Haworth, Finney; ...": a team sheet or a table's row
        # after a colon, a run of names with nothing said of them (T110)
        return False
    if _EMAIL.search(span.text):
        return False  # "Matt Friedman may be reached at mfriedman@...": the byline's contact line (T177)
    colon = next((t for t in span[:5] if t.text == ":"), None)
    if colon is not None and colon.i + 1 < span.end and span.doc[colon.i + 1].tag_ == "VB" \
            and span.doc[colon.i + 1].text[:1].isupper():
        # "Editor's Tip: Choose a vase color that recedes ...", "Step 3: Add the flour": an instruction after
        # its label, no fact (T177; none of seven labelled instructions kept)
        return False
    label = run_in_label(span)
    if label is not None and not _states_after(span, label):
        # "Adaptive: B cells making antibodies, which is humoral immunity, ...", "Other milestones: the Twelve Tables,
        # ...": a recap's label and a list of names with no verb of their own (T208, T211). With a clause after it
        # ("Encoding: Alan Baddeley showed in 1966 ..."), the card keeps the clause and drops the label (``cards``)
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    opener = 0
    while opener < len(words) - 1 and words[opener].lower_ in SPOKEN_OPENERS:
        opener += 1  # "And remember Homer Plessy was ...", "So notice the ..." (T225)
    words = words[opener:]
    if len(words) > 1 and words[0].lower_ in _POINTING_OUT | _SUPPOSING | _LISTENING \
            and (words[0].text[:1].isupper() or opener) and words[1].i == words[0].i + 1 \
            and words[1].lower_ != "that" and words[1].tag_ not in FINITE_TAGS:
        # (not a label: "Note: The museum was founded in 1901")
        # "Notice Botticelli isn't that interested in perspective." (T208): the parser read the order as a name;
        # "Remember Homer Plessy was himself a New Orleans Creole, arrested in 1892" (T225), read as an order with
        # the clause it points to, is one too: the order stays in the card
        return False
    root = span.root
    if root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "aux") for c in root.children) and (
            root.lower_ in _SUPPOSING or root.i == span.start and not (
                root.lemma_.lower() in _POINTING_OUT and any(c.dep_ == "ccomp" for c in root.children))):
        # "Suppose a monopolist can sell one unit at $10": a case put to the reader, no fact; so too an
        # instruction ("Apply the junction rule at junctions, but note that ...", T159). "Notice that in
        # recession years the deficit is smaller" says its fact in the clause it points to.
        return False
    return any(t.tag_ in FINITE_TAGS for t in span)


#: The most words of a label that opens a sentence before its colon ("Other milestones:").
MAX_LABEL_WORDS = 3


def run_in_label(span: Any) -> Any | None:
    """The colon after a run-in label that opens ``span``, or None. A label is one to three words, the
    first capitalised, no verb among them and no brackets: "For scale:", "Adaptive:", "Results:", "One
    historical note:", "Remember:". "Odd things happen:" and "The teams were:" say something of their own,
    and "Nokia Corporation (Finnish: Nokia Oyj)" glosses a name."""
    colon = next((t for t in span[:MAX_LABEL_WORDS + 2] if t.text == ":"), None)
    if colon is None or colon.i + 1 >= span.end:
        return None
    label = span[:colon.i - span.start]
    words = [t for t in label if not t.is_punct and not t.is_space]
    if any(t.is_bracket for t in label) or not 0 < len(words) <= MAX_LABEL_WORDS or not words[0].text[:1].isupper() \
            or any((t.tag_ in FINITE_TAGS or t.tag_ == "VB") and t.lower_ not in _POINTING_OUT for t in words):
        return None  # ("Remember:", "Note:", an order as a label, is one)
    return colon


def _states_after(span: Any, colon: Any) -> bool:
    """Has the text after ``colon`` a verb in its tense of its own, not only inside a clause on one of its
    nouns ("the macrophages that engulf invaders")?"""
    for token in span[colon.i - span.start + 1:]:
        if token.tag_ not in FINITE_TAGS:
            continue
        word = token
        while word.head.i != word.i and word.head.i > colon.i and word.dep_ not in ("relcl", "acl", "appos"):
            word = word.head
        if word.dep_ not in ("relcl", "acl", "appos") or word.head.i <= colon.i:
            return True
    return False


#: An e-mail address: a sentence that holds one is a contact line.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Imperatives that point the reader to a fact their clause states ("Notice that ...").
_POINTING_OUT = frozenset({"note", "notice", "remember", "recall", "observe"})
#: Imperatives that turn a listener's attention ("Look at ...", "Think about ...").
_LISTENING = frozenset({"look", "see", "think", "keep", "bear", "listen"})
#: Imperatives that set up a case for the reader ("Suppose ...", "Imagine ...", "Consider ...").
_SUPPOSING = frozenset({"suppose", "imagine", "consider", "assume", "picture", "pretend", "let"})
#: Those that set up a made-up case the paragraph then works through: "Suppose ...", "Imagine ...", "Picture ...",
#: "Consider ..." ("Let's say ..." is read apart, as "let" orders anything).
_CASE_ORDERS = _SUPPOSING - {"assume", "pretend", "let"}


#: Verbs of a change in amount: a past one is true of a time the sentence must say.
CHANGE_VERBS = frozenset({"grow", "rise", "fall", "increase", "decrease", "decline", "drop", "climb", "jump",
                          "surge", "expand", "shrink", "double", "triple", "soar", "plunge"})


def undated_change(span: Any) -> bool:
    """Does the sentence report a past change in an amount without saying when ("Taiwan's economy grew
    over 7 percent", the year in the sentence before)? Its card would be true of no time the learner
    can see. A timeless rule ("Water expands by 9% when it freezes") is in the present and stays."""
    root = span.root
    past = root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)
    if root.lemma_.lower() not in CHANGE_VERBS or not past:
        return False
    labels = {ent.label_ for ent in span.ents}
    return bool(labels & {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}) and not labels & {"DATE", "TIME"}


def elliptical_ordinal(span: Any) -> bool:
    """Does the sentence name something only as "the <ordinal>", its noun left to the sentence
    before ("Michael Kerr became the fifth when ...", "The first was a handball")? The fifth what,
    a card cannot say. "the first to report it" and "the second of four children" say what. So too a
    superlative set off by commas from the noun that restates it ("The most luminous, quasars, were
    recognized in 1963": the most luminous what? T63); not "the largest, oldest city", one noun's two words."""
    if any(t.dep_ == "amod" and (t.tag_ == "JJS" or any(c.lower_ == "most" for c in t.children))
           and t.doc[t.i + 1].text == "," and t.head.i > t.i + 1 and t.head.i + 1 < len(t.doc)
           and t.doc[t.head.i + 1].text == "," for t in span):
        return True
    return any(t.ent_type_ == "ORDINAL" and t.pos_ != "PROPN" and t.head.pos_ != "NOUN"
               and t.dep_ in ("nsubj", "nsubjpass", "attr", "dobj", "pobj", "appos")
               and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
               and not any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound") for c in t.children)
               for t in span)


#: How many sentences back a noun said before makes "the <noun>" point back to it.
ANAPHORA_WINDOW = 3


def anaphoric_subject(span: Any, earlier: Sequence[Any], title_words: set[str]) -> Any | None:
    """The main subject, when it is a bare "the <noun>" that points back at a thing the sentences
    just before named ("A shelter opened in 2015. ... The shelter had 450 beds"; "Karl von Baer, a
    German biologist ... The German biologist coined ..."): a card of the sentence leaves the
    learner asking which one. None when the subject says what it is itself ("the shelter on Main
    Street"), or its noun is a word of the article's title, which the deck shows."""
    root = span.root
    for token in span:
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and [c.lower_ for c in token.children] == ["the"] \
                and (token.pos_ == "NUM" and token.lower_ in _COUNT_WORDS
                     or token.pos_ == "NOUN" and token.lemma_.lower() in SHELL_NOUNS - title_words):
            # "Merton showed that the two need not go together": the two of what? ("the other ten"
            # sets ten apart from ten the sentence names); "The term comes from ...", "The issue has
            # practical importance ...", "Hart popularized the term after his research in Ghana": which?
            return token
    for subject in root.children:
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "NOUN":
            continue
        children = list(subject.children)
        if any(c.dep_ in ("prep", "relcl", "acl", "poss", "compound", "appos", "nummod") for c in children):
            continue
        if subject.lemma_.lower() in title_words or subject.lower_ in title_words:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in children) and any(
                c.dep_ == "amod" and c.tag_ == "JJR" for c in children) and not any(t.lower_ == "than" for t in span):
            # "The harder challenge comes from ...", "A broader definition was proposed ...": harder
            # or broader than what, the sentences before say
            return subject
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
            continue
        # (a noun inside a name said before too: "the association" after "the American Anthropological
        # Association")
        if any(t.lemma_.lower() == subject.lemma_.lower() and t.pos_ in ("NOUN", "PROPN")
               for sent in earlier for t in sent):
            return subject
    return None


#: Counts that, as "the two" with no noun, stand for things the sentences before named.
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})

#: Nouns that stand for what the sentences before said, in other words: "the term" for "rites of
#: intensification", "the idea" for the multiplier, "the arrangements" for a handover agreed before
#: (tune-T43). Bare, they always point back.
SHELL_NOUNS = frozenset({"term", "idea", "issue", "notion", "concept", "phrase", "argument", "distinction",
                         "arrangement", "approach", "situation", "practice", "claim",
                         # "The answer came from Gregor Mendel", "The result gave Leicester the title"
                         # (T49: of the labelled cards opening with one, 1 of 5 kept)
                         "answer", "result", "change", "question"})


def _candidate_salience(candidate: AnswerCandidate, sentence: float, relevance: float,
                        frequency: float) -> float:
    """Worth asking about: a salient sentence, a span on the article's topic that the article
    mentions more than once, of a type that makes a good answer."""
    return TYPE_WEIGHT[candidate.type] * (0.45 * sentence + 0.35 * max(relevance, 0.0) + 0.2 * frequency)


def mention_counts(text: str, phrases: list[str]) -> dict[str, int]:
    """How often the text mentions each phrase, case-insensitively, as a whole word: the count of
    ``re.findall(r"(?<!\\w)PHRASE(?!\\w)", text.casefold())``, found in one pass over the text (a
    search per phrase costs phrases x text, hours on a book-length article)."""
    lowered = text.casefold()
    keys = {phrase: phrase.casefold() for phrase in phrases}
    lengths: dict[str, set[int]] = {}  # first character -> lengths of the phrases it starts
    for key in keys.values():
        if key:
            lengths.setdefault(key[0], set()).add(len(key))
    found: Counter[str] = Counter()
    ends: dict[str, int] = {}  # where the last counted match of a phrase ended: matches never overlap
    if lengths:
        starts = re.compile(r"(?<!\w)[" + "".join(re.escape(c) for c in sorted(lengths)) + "]")
        size = len(lowered)
        wanted = set(keys.values())
        for match in starts.finditer(lowered):
            i = match.start()
            for length in lengths[lowered[i]]:
                end = i + length
                key = lowered[i:end]
                if (end <= size and key in wanted and ends.get(key, 0) <= i
                        and (end == size or not _is_word(lowered[end]))):
                    found[key] += 1
                    ends[key] = end
    counts: Counter[str] = Counter()
    for phrase, key in keys.items():
        counts[phrase] = found[key] if key else len(re.findall(r"(?<!\w)(?!\w)", lowered))
    return counts


def _is_word(char: str) -> bool:
    """What ``\\w`` matches in a str pattern."""
    return char.isalnum() or char == "_"


class _CountingParser:
    """The spaCy pipeline, telling ``report`` how many characters it has parsed.

    It also drops each Doc's ``tensor`` (the tagger's 96 floats a token, kept only for spaCy's
    similarity methods, which studygen never calls): the Docs of an article stay in memory until
    its cards are written, and on a book-length article the tensors were over 200 MB."""

    def __init__(self, nlp: Any, total: int, report: Progress) -> None:
        import numpy as np

        self._nlp, self._total, self._report = nlp, total, report
        self._done = self._reported = 0
        self._no_tensor = np.zeros((0, 0), dtype=np.float32)

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        for doc in self._nlp.pipe(texts, **kwargs):
            doc.tensor = self._no_tensor
            self._done += len(doc.text)
            # About two hundred updates for the whole input, whatever its size.
            if self._done - self._reported >= self._total / 200 or self._done >= self._total:
                self._reported = self._done
                self._report("parse", self._done, self._total)
            yield doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


def _rescale(values: list[float]) -> list[float]:
    if not values:
        return []
    low, high = min(values), max(values)
    if high - low < 1e-9:
        return [1.0 for _ in values]
    return [(v - low) / (high - low) for v in values]
