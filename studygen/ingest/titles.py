"""A short title for an article without a heading, from its key phrases.

Candidates are the named entities and noun phrases spaCy finds; each is ranked by the cosine
similarity of its MiniLM embedding to the article's own embedding (what the article is about), with
a small bonus for phrases the article keeps coming back to. A second phrase is added, chosen for
diversity (maximal marginal relevance), when the first is too short to stand alone. Everything is
deterministic: same text, same title.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studygen.ingest.blocks import SMALL_WORDS
from studygen.models import whole_word

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Token

MAX_PHRASE_WORDS = 4
MAX_PAIR_WORDS = 5  # "A and B" titles stay short; one phrase may use all of MAX_PHRASE_WORDS
# Enough text to know what an article is about; parsing a whole book for a title is wasted time.
MAX_TITLE_CHARS = 8000
FALLBACK_TITLE = "Untitled Article"

_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"}
_STRIP_POS = {"DET", "PRON", "PUNCT", "CCONJ", "ADP", "NUM", "PART", "SYM", "SPACE"}
_BAD_WORDS = {"which", "what", "who", "whom", "whose", "this", "that", "these", "those", "such", "other",
              "many", "much", "more", "most", "some", "any", "each", "every", "same", "own", "one",
              "first", "last", "new", "main", "several", "various", "certain", "few", "whole", "next",
              "previous", "former", "latter", "further", "additional", "similar", "different"}


@dataclass
class _Phrase:
    text: str
    count: int
    first: int
    entity: bool
    lead: bool = False  # mentioned in the first sentence
    subject: bool = False  # part of the subject of the first sentence


def key_phrase_title(text: str) -> str:
    """A 2-6 word title from the article's key phrases, e.g. 'Kim Jong-un and PRC'."""
    phrases = candidate_phrases(text[:MAX_TITLE_CHARS])
    if not phrases:
        return FALLBACK_TITLE
    import numpy as np

    from studygen.ingest.splitting import sentences_of
    from studygen.nlp import embedder

    model = embedder()
    sentences = sentences_of(text[:MAX_TITLE_CHARS]) or [text[:MAX_TITLE_CHARS]]
    doc_vector = model.embed(sentences).mean(axis=0)
    doc_vector /= np.linalg.norm(doc_vector) + 1e-9
    vectors = model.embed([p.text for p in phrases])
    relevance = vectors @ doc_vector
    scores = [float(relevance[i]) + _prior(p) for i, p in enumerate(phrases)]
    order = sorted(range(len(phrases)), key=lambda i: (-scores[i], phrases[i].first))
    best = order[0]
    title = phrases[best].text
    if len(title.split()) < 3:
        second = _diverse_second(best, order, phrases, vectors, scores)
        if second is not None:
            title = f"{title} and {phrases[second].text}"
    return title_case(title)


def _prior(phrase: _Phrase) -> float:
    """What makes a phrase a title beyond its meaning: the article keeps coming back to it, it
    names something (an entity, a proper noun), and it says more than one generic noun."""
    words = phrase.text.split()
    # Capped: past a dozen mentions, a word is frequent because of lists ("Best Rap Album", "Best
    # Rock Album", ...), not because it is the subject.
    bonus = 0.1 * math.log(min(max(phrase.count, 1), 12)) + 0.04 * (min(len(words), 3) - 1)
    bonus += 0.12 if phrase.subject else 0.06 if phrase.lead else 0.0
    if phrase.entity:
        bonus += 0.03
    elif len(words) == 1 and not phrase.subject:
        bonus -= 0.08  # "candidates", "album": true of the article, but not a title
    return bonus


def _diverse_second(best: int, order: list[int], phrases: list[_Phrase], matrix: np.ndarray,
                    scores: list[float]) -> int | None:
    """The next phrase by maximal marginal relevance, that overlaps the first in no word."""
    # Four-letter stems, so that "Coffee" is not paired with "Coffea" nor "tide" with "tides".
    first_words = {w[:4] for w in phrases[best].text.lower().split()}
    room = MAX_PAIR_WORDS - len(phrases[best].text.split()) - 1  # "and"
    pick, pick_score = None, -math.inf
    for i in order[1:12]:
        words = phrases[i].text.split()
        if len(words) > room or first_words & {w[:4].lower() for w in words}:
            continue
        score = 0.6 * scores[i] - 0.4 * float(matrix[i] @ matrix[best])
        if score > pick_score:
            pick, pick_score = i, score
    if pick is not None and len(phrases[best].text.split()) > 1 and scores[pick] < 0.5 * scores[best]:
        return None  # a weak second phrase makes a worse title than none, unless the first is one word
    return pick


def candidate_phrases(text: str) -> list[_Phrase]:
    """Entities and noun phrases of a text, trimmed of determiners and pronouns, with how often the
    text mentions them and whether they open it (the subject of the first sentence is most often
    what an article is about: "Coffee is a drink...")."""
    from studygen.nlp import spacy_pipeline

    doc = spacy_pipeline()(text)
    found: dict[str, _Phrase] = {}
    first = next(iter(doc.sents), None)
    lead_end = first.end_char if first is not None else 0
    subject = (0, 0)
    if first is not None:
        for chunk in doc.noun_chunks:
            if chunk.start >= first.end:
                break
            if chunk.root.dep_ in ("nsubj", "nsubjpass", "csubj") and chunk.root.head == first.root:
                subject = (chunk.start_char, chunk.end_char)
                break

    def add(tokens: list[Token], entity: bool) -> None:
        while tokens and (tokens[0].pos_ in _STRIP_POS or tokens[0].lower_ in _BAD_WORDS
                          or not any(ch.isalnum() for ch in tokens[0].text)):
            tokens = tokens[1:]  # (a bracket the tagger calls X: "[Ignatiy Vishnevetsky")
        while tokens and (tokens[-1].pos_ in _STRIP_POS or tokens[-1].text in ("'s", "\u2019s")
                          or not tokens[-1].text[-1:].isalnum()):
            tokens = tokens[:-1]
        if not tokens or len(tokens) > MAX_PHRASE_WORDS:
            return
        if not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
            return
        if not entity and any(t.like_num for t in tokens):
            return
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        phrase = text[start:end]
        if "\n" in phrase or not re.search(r"[^\W\d_]{2}", phrase):
            return
        key = phrase.lower()
        if key not in found:
            found[key] = _Phrase(phrase, 0, start, entity)
        found[key].count += 1
        found[key].entity = found[key].entity or entity
        found[key].lead = found[key].lead or start < lead_end
        found[key].subject = found[key].subject or (start < subject[1] and end > subject[0])

    for ent in doc.ents:
        if ent.label_ in _ENTITY_LABELS:
            add(list(ent), entity=True)
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ != "PRON":
            add(list(chunk), entity=False)
    lowered = text.lower()
    for phrase in found.values():
        # Count every mention, not only those the parser chunked the same way ("the first
        # Fresnel lens" mentions "Fresnel lens").
        phrase.count = max(phrase.count, len(whole_word(phrase.text.lower()).findall(lowered)))
    # A phrase seen once in a long article is a detail, not its subject (unless it opens it).
    phrases = sorted(found.values(), key=lambda p: p.first)
    if len(text.split()) > 150:
        phrases = [p for p in phrases if p.count > 1 or p.subject] or phrases
    return phrases[:200]


def title_case(text: str) -> str:
    """Title case that keeps acronyms, names and mixed case ('iPhone', 'PRC', 'Kim Jong-un') as written."""
    words = text.split()
    out = []
    for k, word in enumerate(words):
        if any(ch.isupper() for ch in word):
            out.append(word)
        elif k and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)
