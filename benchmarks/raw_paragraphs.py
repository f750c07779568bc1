"""Cards built from Wikipedia paragraphs as copied, marks and all.

The articles of ``eval/`` were cleaned of reference and maintenance marks before anyone saw them; a
user's copy of a page is not. The contexts of ``eval/public.jsonl`` (SQuAD-style paragraphs of
Wikipedia) still hold some: "[citation needed]", "As of January 2016[update]". This script writes
each distinct context to a file, builds one deck of them the way ``studygen build`` does, and counts
the cards whose text shows a mark.

Run from the repository root (about two minutes); for another commit, run it from a worktree of
that commit with ``PYTHONPATH`` set to it::

    python benchmarks/raw_paragraphs.py ../shared/eval/public.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|update|vague|edit|[A-Za-z ]*needed|[A-Za-z ]*\?)\]|\(listen\)")


def main() -> None:
    from studygen.pipeline import BuildOptions, build_deck

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl", type=Path, help="rows with a 'context' (eval/public.jsonl)")
    args = parser.parse_args()
    contexts = list(dict.fromkeys(json.loads(line)["context"]
                                  for line in args.jsonl.read_text(encoding="utf-8").splitlines() if line.strip()))
    with tempfile.TemporaryDirectory() as folder:
        for i, context in enumerate(contexts):
            (Path(folder) / f"p{i:03d}.txt").write_text(context + "\n", encoding="utf-8")
        deck = build_deck([folder], BuildOptions(deck_name="raw")).deck
    marked = [c for c in deck.cards if _MARK.search(" ".join([c.question, c.answer, *c.options]))]
    print(f"{len(contexts)} paragraphs, {sum(bool(_MARK.search(c)) for c in contexts)} with a mark; "
          f"{len(deck.articles)} articles, {len(deck.cards)} cards, {len(marked)} showing a mark")
    for card in marked:
        print(f"  {card.kind.value}: {card.question[:120]}")


if __name__ == "__main__":
    main()
