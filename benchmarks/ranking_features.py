"""Candidate features for the ranking model, tried on the judged cards before any is shipped.

Each candidate set is appended to the shipped features (``studygen.ranking.features``) and the
model is cross-validated exactly as ``python -m studygen.ranking.train`` does it (logistic
regression, folds by article, so no article is on both sides). Prints the AUC overall and per kind,
first for the shipped features alone, then with each candidate set, so that a feature earns its
place by a gain measured on the same folds. The candidates:

* ``combos``: the question family crossed with the answer's type ("subject|group"), one-hot, for
  basic and multiple-choice cards (the shipped model sees the two only side by side);
* ``alignment``: how a question's content words sit in its source sentence: order inversions,
  content words skipped between the first and the last it keeps, the runs of them, and the content
  words after the last ("Who delivered a speech to thank?" drops "and welcome the athletes");
* ``specificity``: how much closer (MiniLM cosine) the question is to its own sentence than to the
  article's closest other sentence, and how many sentences come within 0.05 of it ("What did
  Argentina beat?" fits many).

Run from the repository root (about two minutes; it parses and embeds what the training does)::

    python benchmarks/ranking_features.py
    python benchmarks/ranking_features.py --labels held_out.jsonl   # the held-out round instead
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "ranking"
KINDS = ("basic", "mcq", "cloze", "true_false")
ASKED = ("basic", "mcq")
_WORD = re.compile(r"[\w'\u2019-]+")


def _glue() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def combos(labels: list[dict[str, Any]], articles: dict[str, str], embed: Any) -> list[list[float]]:
    def family(card: dict[str, Any]) -> str:
        return (card.get("template") or "").split(":")[0] + "|" + card["answer_type"]

    seen: dict[str, int] = {}
    for row in labels:
        if row["card"]["kind"] in ASKED:
            seen[family(row["card"])] = seen.get(family(row["card"]), 0) + 1
    kept = sorted(k for k, n in seen.items() if n >= 15)
    return [[float(row["card"]["kind"] in ASKED and family(row["card"]) == k) for k in kept] for row in labels]


def alignment(labels: list[dict[str, Any]], articles: dict[str, str], embed: Any) -> list[list[float]]:
    import math

    glue = _glue()
    out = []
    for row in labels:
        card = row["card"]
        if card["kind"] not in ASKED:
            out.append([0.0] * 4)
            continue
        sentence = articles[card["article_id"]][card["source_start"]:card["source_end"]]
        source = [w.casefold() for w in _WORD.findall(sentence)]
        answer = {w.casefold() for w in _WORD.findall(card["answer"])}
        places: list[int] = []
        for word in (w.casefold() for w in _WORD.findall(card["question"])):
            if word in glue:
                continue
            free = [i for i, t in enumerate(source) if t == word and i not in places]
            later = [i for i in free if i > (places[-1] if places else -1)]
            if free:
                places.append(later[0] if later else free[0])
        if not places:
            out.append([0.0] * 4)
            continue
        inversions = sum(1 for a, b in zip(places, places[1:], strict=False) if b < a)
        inside = [i for i in range(min(places), max(places) + 1) if source[i] not in glue and source[i] not in answer]
        skipped = [i for i in inside if i not in places]
        runs = sum(1 for k, i in enumerate(inside) if i not in places and (k == 0 or inside[k - 1] in places))
        after = [i for i in range(max(places) + 1, len(source)) if source[i] not in glue and source[i] not in answer]
        out.append([math.log1p(v) for v in (inversions, len(skipped), runs, len(after))])
    return out


def specificity(labels: list[dict[str, Any]], articles: dict[str, str], embed: Any) -> list[list[float]]:
    import math

    import numpy as np

    from studygen.ingest.splitting import sentences_of

    by_article: dict[str, tuple[list[int], Any]] = {}
    out = []
    for row in labels:
        card = row["card"]
        if card["kind"] not in ASKED:
            out.append([0.0, 0.0])
            continue
        if card["article_id"] not in by_article:
            text = articles[card["article_id"]]
            starts, sentences, at = [], sentences_of(text), 0
            for sentence in sentences:
                at = max(at, text.find(sentence.split()[0], at))
                starts.append(at)
            by_article[card["article_id"]] = (starts, embed(sentences))
        starts, vectors = by_article[card["article_id"]]
        sims = vectors @ embed([card["question"]])[0]
        own = max([k for k, s in enumerate(starts) if s <= card["answer_start"]], default=0)
        others = np.delete(sims, own)
        closest = float(others.max()) if len(others) else 0.0
        out.append([float(sims[own]) - closest, math.log1p(float((others > sims[own] - 0.05).sum()))])
    return out


CANDIDATES: dict[str, Callable[[list[dict[str, Any]], dict[str, str], Any], list[list[float]]]] = {
    "combos": combos, "alignment": alignment, "specificity": specificity}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--labels", default="labels.jsonl", help="the labelled file in --data")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    import json

    import numpy as np
    from sklearn.metrics import roc_auc_score

    from studygen.nlp import embedder
    from studygen.ranking.train import cross_validated, load_rows

    x, y, groups, labels = load_rows(args.data, args.labels)
    articles = {a["id"]: a["text"] for a in (json.loads(line) for line in
                (args.data / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())}
    embed = embedder().embed
    ys, kinds = np.asarray(y), np.asarray([row["card"]["kind"] for row in labels])

    def line(name: str, features: Any) -> str:
        scores = np.asarray(cross_validated(features.tolist(), y, groups, 0.01, args.folds))
        per_kind = "  ".join(f"{k} {roc_auc_score(ys[kinds == k], scores[kinds == k]):.3f}" for k in KINDS
                             if len(set(ys[kinds == k])) == 2)
        return f"{name:<12} AUC {roc_auc_score(ys, scores):.3f}   {per_kind}"

    base = np.asarray(x)
    print(f"{len(y)} judged cards of {args.labels}, {args.folds} folds by article")
    print(line("shipped", base))
    for name, build in CANDIDATES.items():
        print(line("+" + name, np.hstack([base, np.asarray(build(labels, articles, embed))])))


if __name__ == "__main__":
    main()
