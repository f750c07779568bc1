"""The well-formedness check (``studygen.wellformed``) against the judged cards.

For every basic and multiple-choice card of ``benchmarks/data/ranking/labels.jsonl``, parse its
question as a build does and ask ``question_fault``. Prints, per rule (the fault's wording up to its
first bracket) and in all, how many cards it rejects among those the judges rejected for
grammar (either judge named the fault ``grammar``), those rejected for anything else, and those
they accepted. A rule earns its place by rejecting clearly more of the first than of the last.

Run from the repository root::

    python benchmarks/wellformed.py            # the table
    python benchmarks/wellformed.py --show     # and every card a rule rejects, with its class
    python benchmarks/wellformed.py --rewrite  # and what today's templates write for the same answers

``--rewrite`` parses the cards' articles as a build does and asks the template writer again for
each card's answer: a judged question is "kept" when the writer still writes it and the check lets
it pass, "changed" when the writer now writes another question that passes, "dropped" when it
writes none that passes. It measures the realiser's fixes and the check together.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

DATA = Path(__file__).parent / "data" / "ranking"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", action="store_true", help="list the rejected cards")
    parser.add_argument("--rewrite", action="store_true", help="write the questions again with today's templates")
    parser.add_argument("--no-check", action="store_true",
                        help="with --rewrite: only the writer, no check (for a checkout that has none)")
    args = parser.parse_args()
    rows = []
    for line in (args.data / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["card"]["kind"] in ("basic", "mcq"):
            rows.append(row)
    if not args.no_check:
        check(args.data, rows, args.show)
    if args.rewrite:
        rewrite(args.data, rows, args.show, not args.no_check)


def check(data: Path, rows: list[dict], show: bool) -> None:
    from studygen.nlp import spacy_pipeline
    from studygen.wellformed import parse_questions, question_fault

    articles = {}
    for line in (data / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        articles[article["id"]] = article["text"]
    docs = parse_questions(spacy_pipeline(), (r["card"]["question"] for r in rows))
    totals: Counter[str] = Counter()
    caught: Counter[tuple[str, str]] = Counter()
    shown = []
    for row in rows:
        card = row["card"]
        faults = {v["fault"] for v in row["verdicts"]}
        group = "accepted" if row["ok"] else "grammar" if "grammar" in faults else "other"
        totals[group] += 1
        text = articles[card["article_id"]]
        fault = question_fault(docs[card["question"]], text[card["source_start"]:card["answer_start"]])
        if fault is None:
            continue
        rule = fault.split(" (")[0].strip()
        caught[(rule, group)] += 1
        caught[("all rules", group)] += 1
        shown.append((group, fault, card["question"], card["answer"]))
    print(f"basic and MCQ cards: {totals['grammar']} rejected for grammar, {totals['other']} rejected "
          f"otherwise, {totals['accepted']} accepted")
    print(f"{'rule':70s} {'grammar':>8s} {'other':>6s} {'accepted':>9s}")
    for rule in sorted({r for r, _ in caught}, key=lambda r: (r == "all rules", r)):
        print(f"{rule:70s} {caught[(rule, 'grammar')]:8d} {caught[(rule, 'other')]:6d} "
              f"{caught[(rule, 'accepted')]:9d}")
    if show:
        for group, fault, question, answer in sorted(shown):
            print(f"  [{group}] {question}  -> {answer}   ({fault})")


def rewrite(data: Path, rows: list[dict], show: bool, checked: bool) -> None:
    from studygen.coref import Resolver
    from studygen.generators.base import QuestionRequest
    from studygen.generators.templates import TemplateWriter
    from studygen.models import AnswerType, Article
    from studygen.nlp import spacy_pipeline
    from studygen.sentences import parse_articles

    nlp = spacy_pipeline()
    wanted = {r["card"]["article_id"] for r in rows}
    articles = [Article.model_validate_json(line) for line in
                (data / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    parsed = dict((a.id, (a, p)) for a, p in parse_articles([a for a in articles if a.id in wanted], nlp))
    writer = TemplateWriter()
    outcomes: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    changes = []
    resolvers = {key: Resolver([s.span for s in sentences]) for key, (_, sentences) in parsed.items()}
    for row in rows:
        card = row["card"]
        faults = {v["fault"] for v in row["verdicts"]}
        group = "accepted" if row["ok"] else "grammar" if "grammar" in faults else "other"
        article, sentences = parsed[card["article_id"]]
        found = next((s for s in sentences if s.sentence.start == card["source_start"]), None)
        new = None
        if found is not None:
            request = QuestionRequest(
                context=article.text, answer=card["answer"], answer_start=card["answer_start"],
                sentence_start=found.sentence.start, sentence_end=found.sentence.end,
                answer_type=AnswerType(card["answer_type"]), title=article.title, sent=found.span,
                doc_offset=found.block_start, sentence_index=found.sentence.index,
                resolver=resolvers[card["article_id"]])
            best = next((d for d in writer.write_one(request) if not d.template.startswith("in_situ")), None)
            if best is not None:
                new = best.question
            if best is not None and checked:
                from studygen.wellformed import parse_questions, question_fault

                doc = parse_questions(nlp, [best.question])[best.question]
                if question_fault(doc, article.text[card["source_start"]:card["answer_start"]]) is not None:
                    new = None
        outcome = "kept" if new == card["question"] else "dropped" if new is None else "changed"
        outcomes[(group, outcome)] += 1
        totals[group] += 1
        if outcome != "kept":
            changes.append((group, outcome, card["question"], new, card["answer"]))
    print()
    print(f"{'judged':10s} {'cards':>6s} {'kept':>6s} {'changed':>8s} {'dropped':>8s}")
    for group in ("grammar", "other", "accepted"):
        print(f"{group:10s} {totals[group]:6d} {outcomes[(group, 'kept')]:6d} {outcomes[(group, 'changed')]:8d} "
              f"{outcomes[(group, 'dropped')]:8d}")
    if show:
        for group, outcome, old, new, answer in sorted(changes, key=lambda c: (c[0], c[1], c[2])):
            print(f"  [{group} {outcome}] {old}\n      -> {new}   ({answer})")


if __name__ == "__main__":
    main()
