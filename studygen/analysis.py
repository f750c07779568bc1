"""Article -> analysed article: sentences with their parse, embeddings, and ranked answer candidates."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from studygen.candidates import TYPE_WEIGHT, sentence_candidates
from studygen.coref import Resolver
from studygen.models import AnswerCandidate, Article, Sentence
from studygen.sentences import ParsedSentence, parse_articles

if TYPE_CHECKING:
    import numpy as np

EmbedFn = Callable[[list[str]], "np.ndarray"]


@dataclass
class AnalysedArticle:
    article: Article
    parsed: list[ParsedSentence]
    sentence_vectors: Any  # np.ndarray, one unit row per sentence
    salience: list[float]  # per sentence, 0..1 within the article
    candidates: list[AnswerCandidate]
    resolver: Resolver
    candidate_vectors: dict[str, Any] = field(default_factory=dict)

    @property
    def sentences(self) -> list[Sentence]:
        return [p.sentence for p in self.parsed]


def analyse(articles: list[Article], nlp: Any, embed: EmbedFn) -> Iterator[AnalysedArticle]:
    """Parse all articles in one batched stream, then embed and rank each article's candidates."""
    import numpy as np

    for article, parsed in parse_articles(articles, nlp):
        usable = [p for p in parsed if p.sentence.complete]
        vectors = embed([p.sentence.text for p in parsed]) if parsed else np.zeros((0, 384), np.float32)
        if usable:
            centroid = vectors[[p.sentence.index for p in usable]].mean(axis=0)
            centroid = centroid / (np.linalg.norm(centroid) or 1.0)
            raw = vectors @ centroid
        else:
            centroid, raw = None, np.zeros(len(parsed), np.float32)
        salience = _rescale(raw.tolist())
        resolver = Resolver([p.span for p in parsed])
        candidates: list[AnswerCandidate] = []
        for p in parsed:
            if not p.sentence.complete:
                continue
            candidates.extend(sentence_candidates(p.span, p.sentence.index, p.block_start))
        candidate_vectors: dict[str, Any] = {}
        if candidates and centroid is not None:
            texts = sorted({c.text for c in candidates})
            rows = embed(texts)
            candidate_vectors = dict(zip(texts, rows, strict=True))
            relevance = {t: float(candidate_vectors[t] @ centroid) for t in texts}
            mentions = _mention_counts(article.text, texts)
            top = max(mentions.values()) or 1
            candidates = [c.model_copy(update={"salience": round(_candidate_salience(
                c, salience[c.sentence], relevance[c.text], mentions[c.text] / top), 6)})
                for c in candidates]
        yield AnalysedArticle(article, parsed, vectors, salience, candidates, resolver, candidate_vectors)


def _candidate_salience(candidate: AnswerCandidate, sentence: float, relevance: float,
                        frequency: float) -> float:
    """Worth asking about: a salient sentence, a span on the article's topic that the article
    mentions more than once, of a type that makes a good answer."""
    return TYPE_WEIGHT[candidate.type] * (0.45 * sentence + 0.35 * max(relevance, 0.0) + 0.2 * frequency)


def _mention_counts(text: str, phrases: list[str]) -> dict[str, int]:
    lowered = text.casefold()
    counts: Counter[str] = Counter()
    for phrase in phrases:
        pattern = r"(?<!\w)" + re.escape(phrase.casefold()) + r"(?!\w)"
        counts[phrase] = len(re.findall(pattern, lowered))
    return counts


def _rescale(values: list[float]) -> list[float]:
    if not values:
        return []
    low, high = min(values), max(values)
    if high - low < 1e-9:
        return [1.0 for _ in values]
    return [(v - low) / (high - low) for v in values]
