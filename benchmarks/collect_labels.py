#!/usr/bin/env python3
"""Gather blind verdicts into the ranking model's training data (benchmarks/data/ranking/).

Two sources, both judged with the kit in shared/eval/judging (two or more strict, blind judges,
planted faulty cards; judges who passed one are left out by score.py):

    # a judging round of the kit: the decks it sampled, its key and score.py's --labels output
    python benchmarks/collect_labels.py round --batch tune-L1 --deck D.json --key KEY.json --labels L.jsonl

    # shared/eval/judged/*.jsonl: cards judged earlier, matched to the cards today's engine makes of
    # the same articles (same kind, question and answer), which gives their source sentence and type
    python benchmarks/collect_labels.py judged --batch judged --deck D.json JUDGED.jsonl ...

Rows are appended to labels.jsonl (a card already there is not added twice) and the articles they
need to articles.jsonl.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).parent / "data" / "ranking"


def _load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(rows: list[dict], articles: list[dict]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    labels_path, articles_path = OUT / "labels.jsonl", OUT / "articles.jsonl"
    old = _load_jsonl(labels_path) if labels_path.exists() else []
    seen = {(r["card"]["article_id"], r["card"]["guid"]) for r in old}
    new = [r for r in rows if (r["card"]["article_id"], r["card"]["guid"]) not in seen]
    old_articles = _load_jsonl(articles_path) if articles_path.exists() else []
    have = {a["id"] for a in old_articles}
    wanted = {r["card"]["article_id"] for r in new}
    added = [a for a in articles if a["id"] in wanted and a["id"] not in have]
    with labels_path.open("a", encoding="utf-8") as out:
        for r in new:
            out.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with articles_path.open("a", encoding="utf-8") as out:
        for a in added:
            out.write(json.dumps(a, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(new)} labelled cards added ({sum(r['ok'] for r in new)} accepted), {len(added)} articles")


def from_round(args: argparse.Namespace) -> None:
    decks = [json.loads(Path(d).read_text(encoding="utf-8")) for d in args.deck]
    cards = {c["guid"]: c for deck in decks for c in deck["cards"]}
    articles = [a for deck in decks for a in deck["articles"]]
    rows = []
    for lab in _load_jsonl(Path(args.labels)):
        card = cards[lab["guid"]]
        verdicts = [{"ok": bool(v["ok"]), "fault": v.get("fault", "")} for v in lab["verdicts"]]
        rows.append({"batch": args.batch, "card": card, "verdicts": verdicts,
                     "ok": all(v["ok"] for v in verdicts)})
    _write(rows, articles)


def from_judged(args: argparse.Namespace) -> None:
    deck = json.loads(Path(args.deck[0]).read_text(encoding="utf-8"))
    by_text = {}
    for c in deck["cards"]:
        by_text.setdefault((c["kind"], c["question"], c["answer"]), c)
    rows, missed = [], 0
    for path in args.judged:
        for lab in _load_jsonl(Path(path)):
            card = by_text.get((lab["kind"], lab["question"], lab["answer"]))
            if card is None:
                missed += 1
                continue
            if lab.get("options"):
                card = dict(card, options=lab["options"])
            verdicts = [{"ok": bool(v["ok"]), "fault": v.get("fault", "")} for v in lab["verdicts"]]
            rows.append({"batch": args.batch, "card": card, "verdicts": verdicts,
                         "ok": all(v["ok"] for v in verdicts)})
    print(f"{missed} judged cards are not made by today's engine and are left out")
    _write(rows, deck["articles"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="source", required=True)
    r = sub.add_parser("round")
    r.add_argument("--batch", required=True)
    r.add_argument("--deck", action="append", required=True)
    r.add_argument("--key", required=True)
    r.add_argument("--labels", required=True)
    j = sub.add_parser("judged")
    j.add_argument("--batch", required=True)
    j.add_argument("--deck", action="append", required=True)
    j.add_argument("judged", nargs="+")
    args = parser.parse_args()
    (from_round if args.source == "round" else from_judged)(args)


if __name__ == "__main__":
    main()
