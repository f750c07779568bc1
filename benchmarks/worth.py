"""The rules against answers not worth learning, against the judged cards.

For every card of ``benchmarks/data/ranking/labels.jsonl``, parse its article as a build does, find
its answer (a true/false card's fact) in the parse, and ask each rule whether it would throw the
card away: ``titled_speaker`` and ``date_as_a_label`` (``studygen.candidates``) on the answer's span
of a card that asks for it (a true/false card shows it, and is kept), and for multiple-choice cards
the options' kind (``studygen.cards.asked_kind``/``of_kind``). Prints, per rule, how many cards it
throws away among those the judges rejected as not worth learning (either judge named the fault
``not_worth``), those rejected for anything else, and those they accepted; and the same for the
cards whose answer today's candidate rules still find (the others no build makes any more). A rule
earns its place by throwing away clearly more rejected cards than accepted ones.

Run from the repository root::

    python benchmarks/worth.py            # the table
    python benchmarks/worth.py --show     # and every card a rule throws away, with its class
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

DATA = Path(__file__).parent / "data" / "ranking"
GROUPS = ("not_worth", "other", "accepted")


def main() -> None:
    from studygen.candidates import date_as_a_label, sentence_candidates, titled_speaker
    from studygen.cards import asked_kind, of_kind
    from studygen.models import Article
    from studygen.nlp import spacy_pipeline
    from studygen.sentences import parse_articles

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", action="store_true", help="list the cards each rule throws away")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.data / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = [Article.model_validate_json(line) for line in
                (args.data / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    wanted = {r["card"]["article_id"] for r in rows}
    parsed = dict((a.id, sentences) for a, sentences in parse_articles([a for a in articles if a.id in wanted],
                                                                       spacy_pipeline()))
    totals: Counter[tuple[str, str]] = Counter()
    caught: Counter[tuple[str, str, str]] = Counter()
    found_today: dict[tuple[str, int], set[tuple[int, int]]] = {}
    shown = []
    for row in rows:
        card = row["card"]
        faults = {v["fault"] for v in row["verdicts"]}
        group = "accepted" if row["ok"] else "not_worth" if "not_worth" in faults else "other"
        tf = card["kind"] == "true_false"
        start, text = (card["fact_start"], card["fact"]) if tf else (card["answer_start"], card["answer"])
        sentence = next(s for s in parsed[card["article_id"]] if s.sentence.start == card["source_start"])
        key = (card["article_id"], sentence.sentence.index)
        if key not in found_today:
            found_today[key] = {(c.start, c.end) for c in sentence_candidates(
                sentence.span, sentence.sentence.index, sentence.block_start)}
        today = (start, start + len(text)) in found_today[key]
        span = sentence.span.doc.char_span(start - sentence.block_start, start - sentence.block_start + len(text),
                                           alignment_mode="expand")
        scopes = ("all", "today") if today else ("all",)
        for scope in scopes:
            totals[(scope, group)] += 1
        rules = []
        if not tf and card["answer_type"] == "person" and titled_speaker(span):
            rules.append("only_a_speaker")
        if not tf and card["answer_type"] == "date" and date_as_a_label(span):
            rules.append("date_as_a_label")
        kind = asked_kind(card["question"]) if card["kind"] == "mcq" else None
        if kind == "group" and card["answer_type"] == "group":
            kind = None
        if kind and not all(of_kind(o, kind) for o in card["options"] if o != card["answer"]):
            rules.append("options_of_another_kind")
        for rule in rules:
            for scope in scopes:
                caught[(rule, scope, group)] += 1
            shown.append((rule, group, card["kind"], today, card["question"], card["answer"]))
    for scope, title in (("all", "all judged cards"), ("today", "cards whose answer today's candidates still find")):
        print(f"{title}: {totals[(scope, 'not_worth')]} rejected as not worth learning, "
              f"{totals[(scope, 'other')]} rejected otherwise, {totals[(scope, 'accepted')]} accepted")
        print(f"  {'rule':28s} {'not_worth':>10s} {'other':>6s} {'accepted':>9s}")
        for rule in ("only_a_speaker", "date_as_a_label", "options_of_another_kind"):
            print(f"  {rule:28s} " + " ".join(f"{caught[(rule, scope, g)]:{w}d}" for g, w in
                                             zip(GROUPS, (10, 6, 9), strict=True)))
    if args.show:
        for rule, group, kind, today, question, answer in sorted(shown):
            print(f"  [{rule} {group} {kind}{'' if today else ' not-today'}] {question}  -> {answer}")


if __name__ == "__main__":
    main()
