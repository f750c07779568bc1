"""Judge a change to the engine blind, with fewer cards: the cards both engines make once, the cards
only one of them makes all, then weigh each stratum by its share of each deck.

Two engines' decks of the same articles mostly hold the same cards. Sampling each deck on its own
spends most of the judges' time on those cards twice, and leaves the difference, a few cards, to
chance. This splits the two decks into three card files of the same articles: ``common`` (cards
both decks hold, the same question, answer and options), ``newonly`` and ``baseonly``. Give all
three to the kit's ``sample.py`` at once with ``--n`` = 120 + the two small strata: the round-robin
over articles takes every card of the small strata and about 120 common cards. After judging and
``score.py --labels``, ``estimate`` prints each stratum's share accepted by every valid judge and
each deck's share, weighted by the strata's sizes in that deck::

    python benchmarks/judge_change.py split BASE.json NEW.json --out J/decks
    python ../shared/eval/judging/sample.py J/decks/baseonly.json J/decks/common.json \\
        J/decks/newonly.json --out J/s --n 147 --controls 12 --seed 18
    # judges, then score.py J/s/key.json A B C --labels J/labels.jsonl
    python benchmarks/judge_change.py estimate J/labels.jsonl J/decks
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from pathlib import Path

STRATA = ("common", "newonly", "baseonly")


def identity(card: dict) -> tuple:
    return card["guid"], card["question"], card["answer"], tuple(card.get("options") or [])


def split(base_path: Path, new_path: Path, out: Path) -> None:
    base = json.loads(base_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    if sorted(a["id"] for a in base["articles"]) != sorted(a["id"] for a in new["articles"]):
        raise SystemExit("the two decks are not of the same articles")
    in_base = {identity(c) for c in base["cards"]}
    in_new = {identity(c) for c in new["cards"]}
    strata = {"common": [c for c in new["cards"] if identity(c) in in_base],
              "newonly": [c for c in new["cards"] if identity(c) not in in_base],
              "baseonly": [c for c in base["cards"] if identity(c) not in in_new]}
    out.mkdir(parents=True, exist_ok=True)
    for name, cards in strata.items():
        (out / f"{name}.json").write_text(json.dumps(dict(new, cards=cards), ensure_ascii=False), encoding="utf-8")
        print(f"{name}: {len(cards)} cards")
    print(f"base deck {len(base['cards'])} cards, new deck {len(new['cards'])}")


def estimate(labels_path: Path, decks: Path) -> None:
    sizes = {name: len(json.loads((decks / f"{name}.json").read_text(encoding="utf-8"))["cards"])
             for name in STRATA}
    rows = [json.loads(line) for line in labels_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged: Counter[str] = Counter()
    accepted: Counter[str] = Counter()
    for row in rows:
        judged[row["deck"]] += 1
        accepted[row["deck"]] += all(v["ok"] for v in row["verdicts"])
    for name in STRATA:
        print(f"{name}: {accepted[name]}/{judged[name]} accepted by every valid judge "
              f"({sizes[name]} cards in the stratum)")
    share = {name: accepted[name] / judged[name] if judged[name] else 0.0 for name in STRATA}
    for deck, own in (("new", "newonly"), ("base", "baseonly")):
        total = sizes["common"] + sizes[own]
        weighted = (share["common"] * sizes["common"] + share[own] * sizes[own]) / total
        print(f"{deck} deck ({total} cards): {weighted:.1%}")
    judges = len(rows[0]["verdicts"]) if rows else 0
    common = [r for r in rows if r["deck"] == "common"]
    for a, b in itertools.combinations(range(judges), 2):
        both = sum(r["verdicts"][a]["ok"] and r["verdicts"][b]["ok"] for r in common)
        print(f"judges {a + 1} and {b + 1} on the common cards: {both}/{len(common)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    cut = commands.add_parser("split", help="write common, newonly and baseonly card files")
    cut.add_argument("base", type=Path)
    cut.add_argument("new", type=Path)
    cut.add_argument("--out", type=Path, required=True)
    weigh = commands.add_parser("estimate", help="each stratum's and each deck's share accepted")
    weigh.add_argument("labels", type=Path, help="score.py --labels output")
    weigh.add_argument("decks", type=Path, help="the folder split wrote")
    args = parser.parse_args()
    if args.command == "split":
        split(args.base, args.new, args.out)
    else:
        estimate(args.labels, args.decks)


if __name__ == "__main__":
    main()
