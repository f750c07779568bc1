"""Question-quality benchmark: studygen's questions against human ones, answer-aware.

For every row of a JSONL file of human questions (``context``, ``answer``, ``answer_start``,
``question``), ask ``studygen.generate_question(context, answer, answer_start)`` for a question and
compare it with the human one, as the question-generation literature does:

* ``bleu4``: sacrebleu's corpus BLEU over all rows (a row with no question counts as an empty one);
  ``bleu4_answered`` over the rows that got a question;
* ``rougeL_all`` / ``rougeL_answered``: mean ROUGE-L F1 x 100 (rouge-score, Porter stemmer), over
  all rows (no question scores 0) and over the rows that got a question;
* ``coverage``: the share of answers for which a valid question came out;
* ``quote_share``: the share of the answered whose question is the fill-in last resort ('What
  completes the sentence "... _____ ..."?');
* ``mode``: ``fallback`` (default: ``generate_question``'s in-situ fallback when no fronted question
  can be written) or ``strict`` (``--strict``: fronted questions only, as the cards use);
* ``leak_rate``: the share of produced questions that contain the answer (should be 0);
* ``rows``, ``seconds`` (writing the questions, models loaded), ``load_seconds``.

One human reference a question makes these scores noisy; read the samples too (``--show``).
The default data is ``benchmarks/data/questions/public.jsonl`` (300 SQuAD v1.1 dev rows, CC BY-SA
4.0; see the README beside it). The rule-based writer was tuned by reading the first 150 rows, so
report ``--skip 150`` (the held-out half) beside the whole file.

Run from the repository root (needs the ``bench`` extra: ``pip install -e '.[bench]'``)::

    python benchmarks/quality.py                      # one JSON line
    python benchmarks/quality.py --limit 150          # the first half (tuning rows)
    python benchmarks/quality.py --skip 150           # the second half (held out)
    python benchmarks/quality.py --show 15            # and 15 seeded random samples on stderr
    python benchmarks/quality.py --strict             # fronted questions only (no in-situ fallback)
    python benchmarks/quality.py --generator llm --model PATH_OR_ID [--gguf-file F]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studygen.questions import generate_question  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "questions" / "public.jsonl"
_DETERMINERS = ("the ", "a ", "an ")


def read_rows(path: Path, skip: int = 0, limit: int | None = None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            context, answer, start = row["context"], row["answer"], int(row["answer_start"])
            if context[start:start + len(answer)] != answer:
                raise SystemExit(f"{path}:{number}: the answer is not at answer_start")
            rows.append(row)
    rows = rows[skip:]
    return rows if limit is None else rows[:limit]


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())) + " "


def leaks(question: str, answer: str) -> bool:
    """Does the question give the answer away: the answer's words (without a leading article), in
    order, as whole words? Stricter than the validator: "Marconi's" leaks "Marconi"."""
    words = _words(answer)
    for determiner in _DETERMINERS:
        if words.startswith(" " + determiner) and len(words) > len(determiner) + 2:
            words = words[len(determiner):]
            break
    return words.strip() != "" and words in _words(question)


#: How the fill-in questions (the last resort) begin: ``quote_share`` is their share of the answered.
QUOTE_PREFIX = "What completes the sentence"


def evaluate(rows: list[dict], generator: str = "templates", **options: object) -> tuple[dict, list]:
    """The figures, and (answer, human, generated) for every row (generated is None when none)."""
    import sacrebleu
    from rouge_score import rouge_scorer

    started = time.perf_counter()
    if rows:  # load the models before the clock starts, so `seconds` is the writing alone
        row = rows[0]
        generate_question(row["context"], row["answer"], int(row["answer_start"]),
                          generator=generator, **options)
    loaded = time.perf_counter()
    triples = []
    for row in rows:
        question = generate_question(row["context"], row["answer"], int(row["answer_start"]),
                                     generator=generator, **options)
        triples.append((row["answer"], row["question"], question))
    seconds = time.perf_counter() - loaded

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    hypotheses = [generated or "" for _, _, generated in triples]
    references = [human for _, human, _ in triples]
    rouge = [scorer.score(human, generated)["rougeL"].fmeasure if generated else 0.0
             for _, human, generated in triples]
    answered = [i for i, (_, _, generated) in enumerate(triples) if generated]
    n = len(triples)

    def bleu(indices: list[int]) -> float:
        if not indices:
            return 0.0
        return sacrebleu.corpus_bleu([hypotheses[i] for i in indices],
                                     [[references[i] for i in indices]]).score

    figures = {
        "generator": generator,
        "rows": n,
        "answered": len(answered),
        "coverage": round(len(answered) / n, 4) if n else 0.0,
        "rougeL_all": round(100 * sum(rouge) / n, 2) if n else 0.0,
        "rougeL_answered": round(100 * sum(rouge[i] for i in answered) / len(answered), 2)
        if answered else 0.0,
        "bleu4": round(bleu(list(range(n))), 2),
        "bleu4_answered": round(bleu(answered), 2),
        "quote_share": round(sum(triples[i][2].startswith(QUOTE_PREFIX) for i in answered) / len(answered), 4)
        if answered else 0.0,
        "leak_rate": round(sum(leaks(triples[i][2], triples[i][0]) for i in answered) / len(answered), 4)
        if answered else 0.0,
        "seconds": round(seconds, 2),
        "load_seconds": round(loaded - started, 2),
    }
    return figures, triples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL of human questions")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N rows")
    parser.add_argument("--limit", type=int, default=None, help="use at most N rows (after --skip)")
    parser.add_argument("--generator", default="templates", help="templates (default) or llm")
    parser.add_argument("--model", help="for --generator llm: a model id or local path")
    parser.add_argument("--gguf-file", help="for --generator llm: the GGUF file inside --model")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="print N random (answer, human, generated) samples to stderr")
    parser.add_argument("--seed", type=int, default=0, help="seed for --show's sample (default 0)")
    parser.add_argument("--strict", action="store_true",
                        help="fronted questions only: no in-situ fallback (what cards use)")
    args = parser.parse_args(argv)

    options: dict[str, object] = {}
    if args.generator == "llm":
        if not args.model:
            parser.error("--generator llm needs --model")
        options["model"] = args.model
        if args.gguf_file:
            options["gguf_file"] = args.gguf_file
    elif args.model or args.gguf_file:
        parser.error("--model and --gguf-file are for --generator llm")

    if args.strict:
        options["fallback"] = False
    rows = read_rows(args.data, args.skip, args.limit)
    figures, triples = evaluate(rows, args.generator, **options)
    figures = {"data": args.data.name, "skip": args.skip, "mode": "strict" if args.strict else "fallback",
               **figures}
    if args.show:
        picked = sorted(random.Random(args.seed).sample(range(len(triples)), min(args.show, len(triples))))
        for i in picked:
            answer, human, generated = triples[i]
            print(f"[{args.skip + i}] answer: {answer}\n      human: {human}\n  generated: {generated}",
                  file=sys.stderr)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
