"""The English check (``studygen.language``) on English articles and on text in other languages.

Prints the share of English function words of every English text at hand (``seeds/``, the ranking
data's articles, and ``../shared/eval/`` when it is there) as its lowest, median and highest, and of
each sample of ``benchmarks/data/language/`` (paragraphs in other languages, and one English
paragraph quoting French), with what the check decides for each. The threshold
(``MIN_ENGLISH_SHARE``) must sit well below the English texts' lowest and above the others' highest.

Run from the repository root::

    python benchmarks/language.py
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from studygen.language import MIN_ENGLISH_SHARE, english_share, not_english

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "benchmarks" / "data" / "language"


def english_texts() -> dict[str, str]:
    texts = {f"seeds/{p.name}": p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
    for line in (ROOT / "benchmarks" / "data" / "ranking" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        texts[f"ranking data: {article['title']}"] = article["text"]
    shared = ROOT.parent / "shared" / "eval"
    for path in sorted(shared.glob("**/*.txt")) if shared.is_dir() else []:
        texts[str(path.relative_to(shared))] = path.read_text(encoding="utf-8")
    return texts


def main() -> None:
    english = {name: english_share(text)[0] for name, text in english_texts().items()}
    ranked = sorted(english.items(), key=lambda item: item[1])
    print(f"threshold: {MIN_ENGLISH_SHARE:.0%}")
    print(f"English texts: {len(ranked)}; share lowest {ranked[0][1]:.1%} ({ranked[0][0]}), "
          f"median {statistics.median(english.values()):.1%}, highest {ranked[-1][1]:.1%}")
    refused = [name for name, text in english_texts().items() if not_english(text)]
    print(f"English texts refused: {len(refused)} {refused}")
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        share, words = english_share(text)
        verdict = "refused" if not_english(text) else "kept"
        print(f"{path.name:<24} {words:>4} words  share {share:6.1%}  {verdict}")


if __name__ == "__main__":
    main()
