"""Article-splitting benchmark: how well ``split=auto`` finds where pasted articles meet.

Whole articles are pasted one after another with nothing between them but a newline (the way
people paste a reading list into one file), and the boundaries found are compared with the true
ones, line for line. The mixes are built deterministically from:

* ``data/splitting/wikipedia/``: five Wikipedia articles (FreshWiki, CC BY-SA 4.0), title lines
  dropped; their own section headings stay in, and must not start articles;
* ``data/splitting/written/``: eight short articles written for studygen, on unrelated subjects;
* ``data/splitting/heldout/``: four more, written after the detector's thresholds were chosen and
  never used to choose them: their figures are reported apart, as ``heldout``;
* the seed file ``seeds/000_49982a1382b2f11c.txt``: an essay with its author bio, and four
  one-paragraph excerpts that stop mid-sentence.

Mixes: every article alone (any split there is a false boundary), every ordered pair of Wikipedia
articles, each set in sorted order and in seeded shuffles, with and without the trailing
"References" heading, interleavings of the two sets, the same hard-wrapped at 72 columns, and mixes
with the seed's essay and excerpts.

Whole files, read as studygen reads them (title line included), are counted apart:

* ``data/splitting/single/``: 62 real single-article files (Wikipedia, OpenStax textbook sections,
  Wikinews stories with their datelines) must each give exactly one article (``single_files``), as
  written and with their blank lines removed (``all_without_blank_lines``);
* the seed file must give its five articles (``seed_file``).

Run from the repository root::

    python benchmarks/splitting.py            # one JSON line: precision, recall, F1 and counts
    python benchmarks/splitting.py --verbose  # and every mix whose boundaries were not all right
"""

from __future__ import annotations

import itertools
import json
import random
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studygen.ingest.articles import split_source  # noqa: E402
from studygen.ingest.reading import SourceText  # noqa: E402
from studygen.ingest.splitting import SplitMode  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "splitting"
SEED = ROOT / "seeds" / "000_49982a1382b2f11c.txt"


@dataclass
class Piece:
    name: str
    lines: list[str]


@dataclass
class Mix:
    name: str
    pieces: list[Piece]

    def text_and_truth(self) -> tuple[str, list[int]]:
        lines: list[str] = []
        truth: list[int] = []
        for k, piece in enumerate(self.pieces):
            if k:
                truth.append(len(lines) + 1)
            lines.extend(piece.lines)
        return "\n".join(lines) + "\n", truth


def load_articles(folder: Path, keep_back_matter: bool = True) -> list[Piece]:
    """Article bodies: the title line and the blank lines after it dropped, and, when asked, the
    trailing back-matter heading ("References") too."""
    pieces = []
    for path in sorted(folder.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")[1:]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if not keep_back_matter and lines and lines[-1].strip() == "References":
            lines.pop()
            while lines and not lines[-1].strip():
                lines.pop()
        pieces.append(Piece(path.stem, lines))
    return pieces


def hard_wrapped(piece: Piece, width: int = 72) -> Piece:
    """The article as an e-mail or a terminal would show it: every paragraph wrapped at ``width``."""
    lines: list[str] = []
    for line in piece.lines:
        lines.extend(textwrap.wrap(line, width) or [""])
    return Piece(piece.name + "-wrapped", lines)


def build_heldout_mixes() -> list[Mix]:
    """Mixes of the held-out articles, alone, in pairs, shuffled, and among the other sets."""
    heldout = load_articles(DATA / "heldout")
    others = load_articles(DATA / "wikipedia", keep_back_matter=False) + load_articles(DATA / "written")
    seed = SEED.read_text(encoding="utf-8").split("\n")
    mixes = [Mix(f"heldout-alone:{p.name}", [p]) for p in heldout]
    mixes += [Mix(f"heldout-pair:{a.name}+{b.name}", [a, b]) for a, b in itertools.permutations(heldout, 2)]
    rng = random.Random(7)
    for k in range(3):
        mixes.append(Mix(f"heldout-shuffle{k}", rng.sample(heldout, len(heldout))))
    for k in range(4):
        pool = heldout + rng.sample(others, 3)
        mixes.append(Mix(f"heldout-among-others{k}", rng.sample(pool, len(pool))))
    mixes.append(Mix("heldout-with-excerpt", [heldout[0], Piece("seed-excerpt-25", [seed[24]]), heldout[1]]))
    return mixes


def build_mixes() -> list[Mix]:
    wiki = load_articles(DATA / "wikipedia")
    wiki_bare = load_articles(DATA / "wikipedia", keep_back_matter=False)
    written = load_articles(DATA / "written")
    seed = SEED.read_text(encoding="utf-8").split("\n")
    essay = Piece("seed-essay", seed[:23])  # lines 1-23: the essay and its author bio
    excerpts = [Piece(f"seed-excerpt-{n}", [seed[n - 1]]) for n in (24, 25, 26, 27)]

    mixes = [Mix(f"alone:{p.name}", [p]) for p in [*wiki, *written, essay]]
    mixes += [Mix(f"pair:{a.name}+{b.name}", [a, b]) for a, b in itertools.permutations(wiki, 2)]
    rng = random.Random(20240611)
    for label, pool in (("wiki", wiki), ("wiki-bare", wiki_bare), ("written", written)):
        mixes.append(Mix(f"{label}:sorted", list(pool)))
        for k in range(4):
            mixes.append(Mix(f"{label}:shuffle{k}", rng.sample(pool, len(pool))))
    for k in range(6):
        pool = rng.sample(wiki_bare, 3) + rng.sample(written, 3)
        mixes.append(Mix(f"interleaved{k}", rng.sample(pool, len(pool))))
    wrapped = [hard_wrapped(p) for p in [*wiki_bare, *written]]
    mixes += [Mix(f"wrapped-alone:{p.name}", [p]) for p in wrapped]
    for k in range(4):
        mixes.append(Mix(f"wrapped{k}", rng.sample(wrapped, 5)))
    mixes.append(Mix("seed:file", [essay, *excerpts]))
    mixes.append(Mix("seed:essay+wiki+written", [essay, wiki_bare[0], written[1]]))
    mixes.append(Mix("seed:wiki+essay+excerpt", [wiki_bare[2], essay, excerpts[1], written[3]]))
    mixes.append(Mix("seed:written+excerpts+wiki", [written[2], excerpts[0], excerpts[2], wiki_bare[4]]))
    return mixes


def evaluate(mixes: list[Mix], verbose: bool = False) -> dict[str, float | int]:
    true_total = predicted_total = hits = 0
    false_splits_alone = 0
    for mix in mixes:
        text, truth = mix.text_and_truth()
        segments, _, _ = split_source(SourceText(mix.name, "text", text, "utf-8"), SplitMode.AUTO)
        predicted = [min(b.start_line for b in s.blocks if b.start_line is not None) for s in segments[1:]]
        matched = set(predicted) & set(truth)
        true_total += len(truth)
        predicted_total += len(predicted)
        hits += len(matched)
        if "alone:" in mix.name:
            false_splits_alone += len(predicted)
        if verbose and (set(predicted) != set(truth)):
            reasons = {min(b.start_line for b in s.blocks if b.start_line): s.boundary for s in segments[1:]}
            print(f"{mix.name}: truth {truth} found {predicted} "
                  f"missed {sorted(set(truth) - matched)} extra "
                  f"{[(n, reasons[n]) for n in sorted(set(predicted) - matched)]}", file=sys.stderr)
    precision = hits / predicted_total if predicted_total else 1.0
    recall = hits / true_total if true_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "mixes": len(mixes), "true_boundaries": true_total, "found": predicted_total,
            "correct": hits, "splits_of_single_articles": false_splits_alone}


def count_articles(path: Path, blank_lines: bool = True) -> int:
    text = path.read_text(encoding="utf-8")
    if not blank_lines:  # one paragraph a line, as text pasted from a web page
        text = "\n".join(line for line in text.split("\n") if line.strip()) + "\n"
    segments, _, _ = split_source(SourceText(str(path), "text", text, "utf-8"), SplitMode.AUTO)
    return len(segments)


def evaluate_whole_files(verbose: bool = False) -> dict[str, object]:
    """Single-article files (each must give one article) and the seed file (five)."""
    figures: dict[str, object] = {}
    for folder in ("tune", "check", "wikipedia"):
        paths = sorted((DATA / "single" / folder).glob("*.txt"))
        counts = {path.name: count_articles(path) for path in paths}
        wrong = {name: n for name, n in counts.items() if n != 1}
        if verbose:
            for name, n in wrong.items():
                print(f"single/{folder}/{name}: {n} articles", file=sys.stderr)
        figures[folder] = {"files": len(paths), "articles": sum(counts.values()), "files_not_one": len(wrong)}
    paths = sorted((DATA / "single").glob("*/*.txt"))
    counts = {path: count_articles(path, blank_lines=False) for path in paths}
    if verbose:
        for path, n in counts.items():
            if n != 1:
                print(f"single/{path.parent.name}/{path.name} without blank lines: {n} articles", file=sys.stderr)
    figures["all_without_blank_lines"] = {"files": len(paths), "articles": sum(counts.values()),
                                          "files_not_one": sum(1 for n in counts.values() if n != 1)}
    figures["seed_file"] = count_articles(SEED)
    return figures


def main() -> None:
    verbose = "--verbose" in sys.argv[1:]
    started = time.perf_counter()
    figures: dict[str, object] = dict(evaluate(build_mixes(), verbose))
    heldout = evaluate(build_heldout_mixes(), verbose)
    figures["heldout"] = {k: heldout[k] for k in ("precision", "recall", "f1", "mixes", "true_boundaries",
                                                  "splits_of_single_articles")}
    whole = evaluate_whole_files(verbose)
    figures["seed_file_articles"] = whole.pop("seed_file")
    figures["single_files"] = whole
    figures["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
