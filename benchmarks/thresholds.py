"""Where each kind's ranking threshold cuts: judged cards no model learns from, by kind and score band.

The cards of ``benchmarks/data/ranking/held_out.jsonl`` are scored by the shipped ranking model (or
``--weights FILE``), their features computed as a build computes them, and each band prints how many
of its cards every judge accepted. A threshold is worth moving where the cards just above it are
accepted less often than another kind's cards just below its own.

Run from the repository root (about two minutes)::

    python benchmarks/thresholds.py
    python benchmarks/thresholds.py --weights old_weights.json --bands 0.44,0.48,0.52,0.61,0.70
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

DATA = Path(__file__).parent / "data" / "ranking"
KINDS = ("basic", "cloze", "mcq", "true_false")


def main() -> None:
    from studygen.ranking import Ranker
    from studygen.ranking.train import HELD_OUT, load_rows

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--weights", type=Path, help="a weights file (default: the shipped one)")
    parser.add_argument("--bands", default="0.35,0.40,0.44,0.48,0.52,0.55,0.58,0.61,0.65,0.70",
                        help="band edges, a comma list (0 and 1 are added)")
    args = parser.parse_args()
    ranker = Ranker.load(args.weights)
    x, y, _, labels = load_rows(DATA, HELD_OUT)
    scores = ranker.probabilities(x)
    edges = [0.0, *(float(e) for e in args.bands.split(",")), 1.0001]
    print(f"{len(y)} held-out cards, {sum(y)} accepted by every judge")
    for kind in KINDS:
        rows = [(s, label) for s, label, row in zip(scores, y, labels, strict=True) if row["card"]["kind"] == kind]
        print(f"{kind} (threshold {ranker.threshold(kind)}): {sum(la for _, la in rows)}/{len(rows)} accepted")
        for low, high in itertools.pairwise(edges):
            band = [label for s, label in rows if low <= s < high]
            if band:
                print(f"  {low:.2f}-{min(high, 1.0):.2f}: {sum(band)}/{len(band)} = {sum(band) / len(band):.0%}")


if __name__ == "__main__":
    main()
