"""How an analysed article's parses wait as bytes: ``Doc.to_bytes`` for each Doc, or one ``DocBin``.

A build keeps every analysed article's parses as bytes until the deck-wide distractor pool is ready
(``studygen.analysis.AnalysedArticle.freeze``, ``FrozenArticle.thaw``). This parses the judged
articles (``benchmarks/data/ranking/articles.jsonl``) as a build does, then packs and unpacks their
Docs both ways, article by article, and prints the median time of each over ``--runs`` runs, the
bytes each takes, the ratios, and whether every token comes back the same (text, tags, parse,
lemma, entity, morphology, sentence start) both ways.

    python benchmarks/freeze.py --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "ranking"


def _tokens(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.text, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_,
             str(t.morph), t.is_sent_start) for t in doc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=30)
    args = parser.parse_args()

    from spacy.tokens import Doc, DocBin

    from studygen.analysis import analyse
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    nlp = spacy_pipeline()
    lines = (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [Article.model_validate_json(line) for line in lines if line.strip()][:args.articles]
    per_article = []
    for item in analyse(articles, nlp, embedder().embed):
        docs = list({id(p.span.doc): p.span.doc for p in item.parsed}.values())
        per_article.append(docs)

    def each() -> tuple[list[list[Any]], int]:
        packed = [[doc.to_bytes(exclude=["tensor"]) for doc in docs] for docs in per_article]
        size = sum(len(b) for blobs in packed for b in blobs)
        return [[Doc(nlp.vocab).from_bytes(b) for b in blobs] for blobs in packed], size

    def binned() -> tuple[list[list[Any]], int]:
        packed = [DocBin(store_user_data=True, docs=docs).to_bytes() for docs in per_article]
        return [list(DocBin().from_bytes(b).get_docs(nlp.vocab)) for b in packed], sum(map(len, packed))

    timings: dict[str, list[float]] = {"each": [], "docbin": []}
    results: dict[str, tuple[list[list[Any]], int]] = {}
    for _ in range(args.runs):
        for name, way in (("each", each), ("docbin", binned)):
            start = time.perf_counter()
            results[name] = way()
            timings[name].append(time.perf_counter() - start)
    same = all(_tokens(a) == _tokens(b) == _tokens(original)
               for docs, xs, ys in zip(per_article, results["each"][0], results["docbin"][0], strict=True)
               for original, a, b in zip(docs, xs, ys, strict=True))
    each_s, bin_s = (statistics.median(timings[k]) for k in ("each", "docbin"))
    print(f"{len(per_article)} articles, {sum(map(len, per_article))} Docs, median of {args.runs} runs")
    print(f"Doc.to_bytes each: {each_s:.3f} s, {results['each'][1]:,} bytes")
    print(f"one DocBin each:   {bin_s:.3f} s, {results['docbin'][1]:,} bytes")
    print(f"ratios (DocBin / each): time {bin_s / each_s:.2f}, bytes {results['docbin'][1] / results['each'][1]:.2f}")
    print(f"every token the same both ways: {same}")


if __name__ == "__main__":
    main()
