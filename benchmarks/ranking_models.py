"""Other kinds of ranking model on the shipped features, against the shipped logistic regression.

Features and folds are those of ``python -m studygen.ranking.train`` (folds by article, so no article
is on both sides). For each model: the cross-validated AUC over all cards and per kind, the share
accepted among the top 45% of basic questions (the least share of its candidates that the basic kind
keeps), and the AUC on ``held_out.jsonl`` (judged cards no model learns from).

``--deck`` goes further, to what a user gets: it builds the ``dev/tune`` deck once per model, each
article scored by the fold's model that did not learn from that article's cards, with per-kind
thresholds derived from the cross-validated scores exactly as the training command derives them. It
then counts, among the cards of each deck that judges have labelled, how many were accepted, and
the same for the cards only one of the two decks holds. A model that ranks better should let in
cards that judges accepted more often than those it drops.

Run from the repository root (``pip install -e '.[train]'``; about two minutes, ten with ``--deck``)::

    python benchmarks/ranking_models.py
    python benchmarks/ranking_models.py --deck ../shared/eval/dev/tune

``--more-labels ROUND`` asks instead whether the held-out labels would train a better model: trained on
``labels.jsonl`` plus the held-out rounds numbered below ROUND, tested on those from ROUND on (about
twenty minutes: it analyses every labelled article)::

    python benchmarks/ranking_models.py --more-labels 155
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "ranking"
KINDS = ("basic", "mcq", "cloze", "true_false")
MIN_KEEP = {"basic": 0.45, "true_false": 0.85}  # the training command's defaults


def models() -> dict[str, Callable[[], Any]]:
    from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {
        "logistic (shipped)": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=0.01, max_iter=5000)),
        "random forest": lambda: RandomForestClassifier(n_estimators=100, min_samples_leaf=10, max_features=0.3,
                                                        random_state=0, n_jobs=2),
        "boosted trees": lambda: HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200,
                                                                l2_regularization=1.0, random_state=0),
    }


def _top_share(scores: Any, labels: Any, share: float) -> float:
    import numpy as np

    order = np.argsort(-scores, kind="stable")
    return float(labels[order[:max(1, round(share * len(order)))]].mean())


def compare(folds: int) -> None:
    import numpy as np
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    from studygen.ranking.train import HELD_OUT, load_rows

    x, y, groups, labels = load_rows(DATA)
    xh, yh, _, _ = load_rows(DATA, HELD_OUT)
    xs, ys, xhs, yhs = np.asarray(x), np.asarray(y), np.asarray(xh), np.asarray(yh)
    kinds = np.asarray([row["card"]["kind"] for row in labels])
    basic = kinds == "basic"
    print(f"{len(y)} judged cards ({ys.mean():.0%} accepted), {len(yh)} held out; {folds} folds by article")
    for name, make in models().items():
        scores = np.zeros(len(ys))
        for train, test in GroupKFold(n_splits=folds).split(xs, ys, groups):
            scores[test] = make().fit(xs[train], ys[train]).predict_proba(xs[test])[:, 1]
        held = make().fit(xs, ys).predict_proba(xhs)[:, 1]
        per_kind = " ".join(f"{k} {roc_auc_score(ys[kinds == k], scores[kinds == k]):.3f}" for k in KINDS)
        top = _top_share(scores[basic], ys[basic], MIN_KEEP["basic"])
        print(f"{name:<20} AUC {roc_auc_score(ys, scores):.3f} ({per_kind}); top 45% of basic accepted "
              f"{top:.0%}; held out AUC {roc_auc_score(yhs, held):.3f}")


def _deck(name: str, make: Callable[[], Any], folder: Path, folds: int) -> list[dict[str, Any]]:
    """The deck of ``folder`` with each article scored by a model that never saw its cards."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    import studygen.ranking as ranking
    from studygen.ingest import read_articles
    from studygen.pipeline import BuildOptions, generate_cards
    from studygen.ranking.train import load_rows, threshold_for

    x, y, groups, labels = load_rows(DATA)
    xs, ys = np.asarray(x), np.asarray(y)
    kinds = [row["card"]["kind"] for row in labels]
    split = list(GroupKFold(n_splits=folds).split(xs, ys, groups))
    scores = np.zeros(len(ys))
    fitted = []
    for train, test in split:
        fitted.append(make().fit(xs[train], ys[train]))
        scores[test] = fitted[-1].predict_proba(xs[test])[:, 1]
    thresholds = {}
    for kind in set(kinds):
        rows = [i for i, k in enumerate(kinds) if k == kind]
        thresholds[kind] = threshold_for([float(scores[i]) for i in rows], [int(ys[i]) for i in rows], 0.85,
                                         MIN_KEEP.get(kind, 0.4))
    fold_of = {groups[i]: f for f, (_, test) in enumerate(split) for i in test}
    articles = read_articles([folder]).articles
    cards: list[dict[str, Any]] = []
    original = ranking.Ranker.probabilities, ranking.Ranker.threshold
    try:
        for f, model in enumerate(fitted):
            # An article no label names goes to a fold by its id, the same in every run.
            mine = [a for a in articles if fold_of.get(a.id, int(a.id[1:], 16) % folds) == f]
            if not mine:
                continue
            ranking.Ranker.probabilities = (  # type: ignore[method-assign]
                lambda self, rows, model=model: [float(p) for p in model.predict_proba(np.asarray(rows))[:, 1]])
            ranking.Ranker.threshold = lambda self, kind: thresholds.get(kind, 0.5)  # type: ignore[method-assign]
            result = generate_cards(mine, BuildOptions(deck_name="tune"), jobs=1)
            cards += [card.model_dump(mode="json") for card in result.deck.cards]
    finally:
        ranking.Ranker.probabilities, ranking.Ranker.threshold = original  # type: ignore[method-assign]
    print(f"{name}: {len(cards)} cards, {dict(Counter(c['kind'] for c in cards))}")
    return cards


def compare_decks(folder: Path, folds: int) -> None:
    verdicts: dict[tuple[str, str, str, str], bool] = {}
    for file in ("labels.jsonl", "held_out.jsonl"):
        for line in (DATA / file).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            card = row["card"]
            verdicts[(card["article_id"], card["question"], card["answer"], card["kind"])] = bool(row["ok"])

    def key(card: dict[str, Any]) -> tuple[str, str, str, str]:
        return card["article_id"], card["question"], card["answer"], card["kind"]

    def tally(name: str, keys: set[tuple[str, str, str, str]]) -> None:
        judged = [verdicts[k] for k in keys if k in verdicts]
        by_kind = {kind: [verdicts[k] for k in keys if k in verdicts and k[3] == kind] for kind in KINDS}
        kinds = ", ".join(f"{kind} {sum(v)}/{len(v)}" for kind, v in by_kind.items() if v)
        print(f"  {name}: {len(keys)} cards, {len(judged)} labelled, accepted {sum(judged)}/{len(judged)} "
              f"({sum(judged) / max(len(judged), 1):.0%}; {kinds})")

    made = models()
    names = ["logistic (shipped)", "random forest"]
    decks = {name: {key(c) for c in _deck(name, made[name], folder, folds)} for name in names}
    first, second = (decks[n] for n in names)
    tally(f"{names[0]}, whole deck", first)
    tally(f"{names[1]}, whole deck", second)
    tally(f"only {names[0]}", first - second)
    tally(f"only {names[1]}", second - first)


def _round_number(batch: str) -> int:
    """The round a held-out batch came from ("tune-T155" -> 155; "tune-R8a" -> 8)."""
    digits = re.search(r"\d+", batch)
    return int(digits.group()) if digits else 0


def more_labels(cut: int) -> None:
    """Would the held-out labels train a better model? Time-split: the rounds numbered ``cut`` and after
    are the test; the shipped recipe (``labels.jsonl`` alone) against the same logistic regression and
    boosted trees trained on ``labels.jsonl`` plus every held-out round before ``cut``. Besides the AUC,
    the share accepted of the test cards each model ranks in its best 95%, 90% and 80%: what a stricter
    cut of the deck would gain."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    from studygen.ranking.train import HELD_OUT, load_rows

    x, y, _, _ = load_rows(DATA)
    xh, yh, _, held = load_rows(DATA, HELD_OUT)
    later = np.asarray([_round_number(row["batch"]) >= cut for row in held])
    xs, ys, xhs, yhs = np.asarray(x), np.asarray(y), np.asarray(xh), np.asarray(yh)
    kinds = np.asarray([row["card"]["kind"] for row in held])[later]
    test_x, test_y = xhs[later], yhs[later]
    print(f"test: {len(test_y)} held-out cards of rounds {cut} and after ({test_y.mean():.1%} accepted); "
          f"training: {len(ys)} labels, {int((~later).sum())} held-out cards before")
    training = {"labels.jsonl": (xs, ys),
                f"labels + rounds before {cut}": (np.vstack([xs, xhs[~later]]), np.concatenate([ys, yhs[~later]]))}
    for data_name, (train_x, train_y) in training.items():
        for name, make in models().items():
            if name == "random forest":
                continue
            scores = make().fit(train_x, train_y).predict_proba(test_x)[:, 1]
            per_kind = " ".join(f"{k} {roc_auc_score(test_y[kinds == k], scores[kinds == k]):.3f}"
                                for k in KINDS if 0 < test_y[kinds == k].sum() < (kinds == k).sum())
            tops = ", ".join(f"{share:.0%} {_top_share(scores, test_y, share):.1%}" for share in (0.95, 0.9, 0.8))
            print(f"{data_name:<28} {name:<20} AUC {roc_auc_score(test_y, scores):.3f} ({per_kind}); "
                  f"accepted in its best {tops}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--deck", type=Path, help="also build this folder's deck with each model (dev/tune)")
    parser.add_argument("--more-labels", type=int, metavar="ROUND",
                        help="instead: train on labels.jsonl plus the held-out rounds before ROUND, test on the rest")
    args = parser.parse_args()
    if args.more_labels is not None:
        more_labels(args.more_labels)
        return
    compare(args.folds)
    if args.deck:
        compare_decks(args.deck, args.folds)


if __name__ == "__main__":
    main()
