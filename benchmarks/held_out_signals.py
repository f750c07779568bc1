"""Does the ranking model already see a kind of fault? A surface signal against the judged held-out cards.

For each card of ``benchmarks/data/ranking/held_out.jsonl`` (judged blind, never trained on), the script
finds whether the card shows a signal, then fits a logistic regression of "accepted by every judge" on the
logit of the card's stored ranking score, its kind, and the signal. A signal the model already weighs
gets a coefficient near zero; a large negative one is a fault the ranking misses. It also prints the
acceptance of the cards with and without the signal.

The signals:

- ``--signal definite-new`` (the default): a bare definite noun of the card ("the men", "The announcement":
  "the" and a common noun, nothing else, not inside a prepositional phrase) whose word neither the article's
  title nor its text before the card's sentence uses. The shipped model's ``q_definite_back`` feature counts
  the opposite case, a noun the two sentences before named.
- ``--signal later-in-paragraph``: the card's sentence is the third or a later one of its paragraph (two or
  more sentence ends before it there). Also prints the acceptance by position: the article's first sentence,
  a paragraph's first, second, later.

``--batches PREFIX,...`` keeps the rounds whose batch starts with one of the prefixes (the wire news of
T176, T179 and T181: ``--batches tune-T176,tune-T179,tune-T181``).

Run from the repository root (``pip install -e '.[train]'``; about two minutes for ``definite-new``)::

    python benchmarks/held_out_signals.py
    python benchmarks/held_out_signals.py --signal later-in-paragraph --batches tune-T176,tune-T179,tune-T181
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "ranking"
KINDS = ("basic", "cloze", "mcq", "true_false")


def definite_new(doc: Any, before: str, title: str) -> bool:
    for chunk in doc.noun_chunks:
        if len(chunk) != 2 or chunk[0].lower_ != "the" or chunk[1].pos_ != "NOUN" or chunk.root.dep_ == "pobj":
            continue
        if any(child.dep_ == "prep" for child in chunk.root.children):
            continue
        word = chunk[1].lower_
        if word in title or re.search(rf"\b{re.escape(word.rstrip('s'))}", before):
            continue
        return True
    return False


#: A sentence end inside a paragraph: a stop, then a space and a capital or an opening quote.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')]?\s+(?=[A-Z\"\u201c])")


def position(text: str, start: int) -> str:
    """Where the sentence that starts at ``start`` stands: the article's first, or its paragraph's first,
    second or a later one."""
    if start < 5:
        return "article's first"
    paragraph = text.rfind("\n\n", 0, start) + 1
    before = len(_SENTENCE_END.findall(text[paragraph:start + 1]))  # (the capital that follows a stop)
    return ("paragraph's first", "paragraph's second")[before] if before < 2 else "later in its paragraph"


def main() -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from studygen.nlp import spacy_pipeline

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--signal", choices=["definite-new", "later-in-paragraph"], default="definite-new")
    parser.add_argument("--batches", default="", help="keep only the rounds whose batch starts with one of these")
    args = parser.parse_args()
    articles = {}
    for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        articles[article["id"]] = (article["text"], article["title"].lower())
    rows = [json.loads(line) for line in (DATA / "held_out.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["card"]["article_id"] in articles and r["card"].get("score") is not None]
    if args.batches:
        rows = [r for r in rows if r["batch"].startswith(tuple(args.batches.split(",")))]
    flags = []
    if args.signal == "later-in-paragraph":
        places = [position(articles[r["card"]["article_id"]][0], r["card"]["source_start"]) for r in rows]
        flags = [place == "later in its paragraph" for place in places]
        for place in ("article's first", "paragraph's first", "paragraph's second", "later in its paragraph"):
            oks = [bool(r["ok"]) for r, p in zip(rows, places, strict=True) if p == place]
            if oks:
                print(f"{place}: {len(oks)} cards, {sum(oks) / len(oks):.1%} accepted")
    else:
        nlp = spacy_pipeline()
        texts = [r["card"]["question"].replace("_____", "X") for r in rows]
        with nlp.select_pipes(disable=[p for p in ("ner", "lemmatizer") if p in nlp.pipe_names]):
            for row, doc in zip(rows, nlp.pipe(texts, batch_size=256), strict=True):
                text, title = articles[row["card"]["article_id"]]
                flags.append(definite_new(doc, text[:row["card"]["source_start"]].lower(), title))
    y = np.array([int(bool(r["ok"])) for r in rows])
    score = np.clip(np.array([r["card"]["score"] for r in rows]), 1e-4, 1 - 1e-4)
    kinds = np.array([[r["card"]["kind"] == k for k in KINDS] for r in rows], dtype=float)
    flag = np.array(flags, dtype=float)
    base = np.c_[np.log(score / (1 - score)), kinds]
    for name, x in (("score and kind", base), ("score, kind and the signal", np.c_[base, flag])):
        model = LogisticRegression(C=100, max_iter=2000).fit(x, y)
        coef = ", ".join(f"{c:+.3f}" for c in model.coef_[0])
        print(f"{name}: coefficients {coef}")
    with_signal = y[flag == 1]
    print(f"{len(rows)} held-out cards, {y.mean():.1%} accepted; with the signal {len(with_signal)} "
          f"({with_signal.mean():.1%} accepted), without {len(y) - len(with_signal)} ({y[flag == 0].mean():.1%})")
    print(f"mean stored score with the signal {score[flag == 1].mean():.3f}, without {score[flag == 0].mean():.3f}")


if __name__ == "__main__":
    main()
