"""The learned judge of candidate cards: over-generate, then rank by the chance that a strict teacher
accepts the card (Heilman and Smith, "Good Question! Statistical Ranking for Question Generation",
NAACL 2010).

A logistic model over :data:`studygen.ranking.features.FEATURE_NAMES`, trained on cards that strict
judges read blind (``benchmarks/data/ranking/``; ``python -m studygen.ranking.train`` rebuilds the
weights). The weights ship in ``weights.json`` beside this file; scoring needs only numpy.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studygen.ranking.features import FEATURE_NAMES, ArticleView, EmbedFn, card_features

if TYPE_CHECKING:
    from studygen.analysis import AnalysedArticle
    from studygen.models import Card

__all__ = ["FEATURE_NAMES", "Ranker", "default_ranker", "WEIGHTS_FILE"]

WEIGHTS_FILE = "weights.json"


@dataclass(frozen=True)
class Ranker:
    """Standardised features -> logistic score in 0..1, and, per kind of card, the score below which
    a card is dropped."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    thresholds: dict[str, float]
    about: dict[str, Any]

    @classmethod
    def load(cls, path: str | Path | None = None) -> Ranker:
        if path is None:
            raw = resources.files("studygen.ranking").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
        data = json.loads(raw)
        if list(data["features"]) != FEATURE_NAMES:
            raise ValueError("the ranking weights were trained on other features: rebuild them with "
                             "python -m studygen.ranking.train")
        return cls(features=tuple(data["features"]), mean=tuple(data["mean"]), scale=tuple(data["scale"]),
                   coef=tuple(data["coef"]), intercept=float(data["intercept"]),
                   thresholds={k: float(v) for k, v in data["thresholds"].items()}, about=data.get("about", {}))

    def threshold(self, kind: str) -> float:
        """The least score a card of ``kind`` needs to be kept."""
        return self.thresholds.get(kind, max(self.thresholds.values(), default=0.5))

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        out = []
        for row in rows:
            z = self.intercept + sum(c * (x - m) / s for c, x, m, s in
                                     zip(self.coef, row, self.mean, self.scale, strict=True))
            out.append(1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z)))))
        return out

    def score(self, cards: Sequence[Card], item: AnalysedArticle, nlp: Any, embed: EmbedFn,
              parsed: Mapping[str, Any] | None = None) -> list[float]:
        """The chance, per card, that a strict reader accepts it (all cards of one article).
        ``parsed`` holds questions already parsed (``studygen.wellformed.parse_questions``)."""
        if not cards:
            return []
        view = ArticleView.of(item, embed)
        return [round(p, 6) for p in self.probabilities(card_features(cards, view, nlp, embed, parsed))]


@lru_cache(maxsize=1)
def default_ranker() -> Ranker:
    """The weights shipped with studygen."""
    return Ranker.load()
