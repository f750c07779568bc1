"""Deterministic inputs for ``benchmarks/speed.py``, made from the public data in ``benchmarks/data``.

* :func:`write_corpus`: about a hundred articles, one ``.txt`` file each: the paragraphs of every
  SQuAD article in ``data/questions/public.jsonl`` (grouped by ``title``, in file order), cut into
  two halves of whole paragraphs, and the five FreshWiki articles of ``data/splitting/wikipedia``.
* :func:`big_article`: one article of about 20,000 sentences, the same paragraphs repeated with
  variations (numbers shifted, capitalised words swapped by a seeded permutation) so that few
  sentences are exact repeats (the embedder's per-process cache would make repeats free).

Both are CC BY-SA 4.0 text (see the READMEs beside the data). Same code, same bytes: no clock, no
unseeded randomness.

Run from the repository root::

    python benchmarks/corpus.py OUT_DIR              # the ~100-article corpus as OUT_DIR/*.txt
    python benchmarks/corpus.py OUT_DIR --big 20000  # and OUT_DIR/../big.txt
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SQUAD = DATA / "questions" / "public.jsonl"
WIKIPEDIA = DATA / "splitting" / "wikipedia"

# A light sentence split, only to count sentences while building the big article.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u2019\u201d)]*\s+(?=[\"'\u201c(]?[A-Z0-9])")
_CAPITALISED = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}\b")
_NUMBER = re.compile(r"\b\d{1,4}\b")


def squad_articles() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) for every SQuAD article, in the order the file first names them."""
    articles: dict[str, list[str]] = {}
    for line in SQUAD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        paragraphs = articles.setdefault(row["title"].replace("_", " "), [])
        if row["context"] not in paragraphs:
            paragraphs.append(row["context"])
    return list(articles.items())


def wikipedia_articles() -> list[tuple[str, str]]:
    """(file name, text) of the FreshWiki articles, sorted by name."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(WIKIPEDIA.glob("*.txt"))]


def corpus_files() -> list[tuple[str, str]]:
    """(file name, text) of every article of the corpus."""
    files: list[tuple[str, str]] = []
    for number, (title, paragraphs) in enumerate(squad_articles()):
        half = (len(paragraphs) + 1) // 2
        for part, chunk in enumerate((paragraphs[:half], paragraphs[half:]), start=1):
            if chunk:
                slug = re.sub(r"\W+", "_", title).strip("_")
                text = f"{title} (part {part})\n\n" + "\n\n".join(chunk) + "\n"
                files.append((f"squad_{number:02d}_{part}_{slug}.txt", text))
    files.extend((f"wiki_{name}", text) for name, text in wikipedia_articles())
    return files


def write_corpus(folder: Path) -> Path:
    """Write the corpus into ``folder`` (created; files of the same names replaced)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in corpus_files():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _paragraph_pool() -> list[str]:
    pool = [p for _, paragraphs in squad_articles() for p in paragraphs]
    for _, text in wikipedia_articles():
        lines = [line.strip() for line in text.splitlines()[1:]]
        # Headings are short lines without a full stop; only running text is kept.
        pool.extend(line for line in lines if len(line.split()) >= 12 and line.endswith((".", '"')))
    return pool


def _variation(paragraph: str, round_: int, names: dict[str, str]) -> str:
    if round_ == 0:
        return paragraph
    text = _NUMBER.sub(lambda m: str(int(m.group()) + round_), paragraph)
    return _CAPITALISED.sub(lambda m: names.get(m.group(), m.group()), text)


def big_article(sentences: int = 20_000, title: str = "A Very Long Reader") -> str:
    """One article of about ``sentences`` sentences: the corpus paragraphs, round after round, each
    round with its own number shift and its own seeded swap of capitalised words."""
    pool = _paragraph_pool()
    words = sorted({m.group() for p in pool for m in _CAPITALISED.finditer(p)})
    paragraphs: list[str] = []
    count = 0
    round_ = 0
    while count < sentences:
        shuffled = list(words)
        random.Random(round_).shuffle(shuffled)
        names = dict(zip(words, shuffled, strict=True))
        for paragraph in pool:
            varied = _variation(paragraph, round_, names)
            paragraphs.append(varied)
            count += len(_SENTENCE_END.split(varied))
            if count >= sentences:
                break
        round_ += 1
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def reading_list(words: int, per_article: int = 8) -> str:
    """One text file of about ``words`` words: articles of ``per_article`` paragraphs of the corpus,
    varied round after round as in :func:`big_article` (so that no two are the same text), each
    under a title and separated by ``---`` lines, the way a reader pastes articles into one file."""
    pool = _paragraph_pool()
    names_pool = sorted({m.group() for p in pool for m in _CAPITALISED.finditer(p)})
    articles: list[str] = []
    count = round_ = 0
    while count < words:
        shuffled = list(names_pool)
        random.Random(round_).shuffle(shuffled)
        names = dict(zip(names_pool, shuffled, strict=True))
        for start in range(0, len(pool), per_article):
            paragraphs = [_variation(p, round_, names) for p in pool[start:start + per_article]]
            articles.append(f"Reading {len(articles) + 1}\n\n" + "\n\n".join(paragraphs))
            count += sum(len(p.split()) for p in paragraphs)
            if count >= words:
                break
        round_ += 1
    return "\n\n---\n\n".join(articles) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the corpus files")
    parser.add_argument("--big", type=int, metavar="SENTENCES", help="also write big.txt beside the folder")
    args = parser.parse_args()
    folder = write_corpus(args.out)
    print(f"{len(corpus_files())} articles in {folder}")
    if args.big:
        path = folder.parent / "big.txt"
        path.write_text(big_article(args.big), encoding="utf-8")
        print(f"{path}: {len(path.read_text(encoding='utf-8').split())} words")


if __name__ == "__main__":
    main()
