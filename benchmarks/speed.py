"""Speed benchmark: the whole pipeline, cold and warm, on the seed deck and on a ~100-article corpus.

For each input it measures, as medians over ``--runs`` runs (default 5):

* ``cold_s``: ``studygen build INPUT --out TMP -q`` in a fresh process, from process start until the
  files are written and the process has exited (imports and model loading included);
* ``cold_peak_mb``: the peak resident memory of that process (the largest of it and its children,
  as the kernel reports it to ``wait4``), median and max over the runs;
* ``warm_s``, ``words_per_s``, ``cards_per_s``: ``studygen.pipeline.build_deck`` again in one
  process whose models a first, untimed build has loaded; the per-process caches of parses and
  embeddings are cleared before every timed run, so each run does the whole work again;
* ``warm_peak_mb``: the peak resident memory of that process.

With ``--generator llm --model ID_OR_PATH`` the same figures are measured for the LLM question
writer on the same input, with the ratios between the two (template vs LLM cards per second).
``--big SENTENCES`` instead builds one article of about that many sentences (``corpus.big_article``,
``--split none``) once, printing the pipeline's progress as it comes, its time and peak memory.

Inputs are deterministic (``benchmarks/corpus.py``). Run from the repository root::

    python benchmarks/speed.py                          # seeds and corpus, 5 runs, table + JSON
    python benchmarks/speed.py --runs 3 --inputs seeds  # fewer runs, one input
    python benchmarks/speed.py --generator llm --model PATH_OR_ID [--gguf-file FILE]
    python benchmarks/speed.py --big 20000              # the long-article check
    python benchmarks/speed.py --threads 1              # STUDYGEN_THREADS for every run

Figures depend on the machine and on what else runs on it: quote the medians with their min-max
spread, and measure again when the spread is wide.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import big_article, write_corpus  # noqa: E402


def run_measured(command: list[str], env: dict[str, str] | None = None,
                 stdout: Any = subprocess.DEVNULL) -> tuple[float, float, int]:
    """Run ``command``; return (wall seconds, peak RSS in MB of it and its children, exit code)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=stdout, stderr=None,
                               stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, process.returncode


def build_args(args: argparse.Namespace, generator: str) -> list[str]:
    extra = ["--generator", generator]
    if generator == "llm":
        extra += ["--model", args.model]
        if args.gguf_file:
            extra += ["--gguf-file", args.gguf_file]
    return extra


def cold(source: Path, args: argparse.Namespace, generator: str, env: dict[str, str]) -> dict[str, Any]:
    times, peaks = [], []
    with tempfile.TemporaryDirectory(prefix="studygen-speed-") as out:
        for _ in range(args.runs):
            command = [sys.executable, "-m", "studygen", "build", str(source), "--out", out, "-q",
                       *build_args(args, generator)]
            wall, peak, code = run_measured(command, env)
            if code != 0:
                raise SystemExit(f"{' '.join(command)} failed with exit code {code}")
            times.append(wall)
            peaks.append(peak)
    return {"cold_s": _median(times), "cold_s_min": round(min(times), 3), "cold_s_max": round(max(times), 3),
            "cold_peak_mb": round(statistics.median(peaks)), "cold_peak_mb_max": round(max(peaks))}


def warm(source: Path, args: argparse.Namespace, generator: str, env: dict[str, str]) -> dict[str, Any]:
    """One worker process: a first build loads the models, then ``--runs`` timed builds."""
    with tempfile.NamedTemporaryFile(prefix="studygen-speed-", suffix=".json") as report:
        command = [sys.executable, __file__, "--_worker", str(source), "--runs", str(args.runs),
                   "--_report", report.name, *build_args(args, generator)]
        _, peak, code = run_measured(command, env)
        if code != 0:
            raise SystemExit(f"the warm worker failed with exit code {code}")
        result = json.loads(Path(report.name).read_text())
    times = result["times"]
    words, cards = result["words"], result["cards"]
    median = statistics.median(times)
    return {"articles": result["articles"], "words": words, "cards": cards,
            "warm_s": round(median, 3), "warm_s_min": round(min(times), 3), "warm_s_max": round(max(times), 3),
            "words_per_s": round(words / median), "cards_per_s": round(cards / median, 1),
            "first_build_s": round(result["first"], 3), "warm_peak_mb": round(peak)}


def worker(args: argparse.Namespace) -> None:
    from studygen.pipeline import BuildOptions, build_deck

    options = BuildOptions(generator=args.generator, model=args.model, gguf_file=args.gguf_file)
    start = time.perf_counter()
    result = build_deck([args._worker], options)
    first = time.perf_counter() - start
    times = []
    for _ in range(args.runs):
        clear_caches()
        start = time.perf_counter()
        result = build_deck([args._worker], options)
        times.append(time.perf_counter() - start)
    Path(args._report).write_text(json.dumps({
        "first": first, "times": times, "articles": len(result.deck.articles),
        "words": sum(r.words for r in result.reports), "cards": len(result.deck.cards)}))


def clear_caches() -> None:
    """Forget every per-process parse and embedding, so that a warm run redoes the work."""
    from studygen import nlp

    if hasattr(nlp, "clear_caches"):
        nlp.clear_caches()
    else:  # studygen before clear_caches existed: only the embedder cached texts
        nlp.embedder()._cache.clear()


def big(args: argparse.Namespace, env: dict[str, str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="studygen-speed-") as folder:
        path = Path(folder) / "big.txt"
        path.write_text(big_article(args.big), encoding="utf-8")
        report = Path(folder) / "report.json"
        command = [sys.executable, __file__, "--_big-worker", str(path), "--_report", str(report)]
        wall, peak, code = run_measured(command, env)
        if code != 0:
            raise SystemExit(f"the long-article build failed with exit code {code}")
        result = json.loads(report.read_text())
    return {"input": f"one article of {args.big} sentences", **result, "wall_s": round(wall, 1),
            "peak_mb": round(peak)}


def big_worker(args: argparse.Namespace) -> None:
    from studygen.pipeline import BuildOptions, build_deck

    start = time.perf_counter()
    last: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter() - start
        # One line a second at most per stage, and always the last one.
        if done == total or now - last.get(stage, -1.0) >= 1.0:
            last[stage] = now
            print(f"  [{now:6.1f} s] {stage} {done}/{total}", file=sys.stderr, flush=True)

    # One article, as the file says: the splitter would cut the repeated topics into many.
    result = build_deck([args._big_worker], BuildOptions(split="none"), progress=progress)
    elapsed = time.perf_counter() - start
    Path(args._report).write_text(json.dumps({
        "words": sum(r.words for r in result.reports), "sentences": sum(r.sentences for r in result.reports),
        "cards": len(result.deck.cards), "build_s": round(elapsed, 1)}))


def machine() -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": model, "cores": cores, "memory_gib": round(memory, 1), "python": platform.python_version(),
            "load_average": round(os.getloadavg()[0], 2)}


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def table(rows: list[dict[str, Any]]) -> str:
    header = ["input", "generator", "articles", "words", "cards", "cold s (min-max)", "cold peak MB",
              "warm s (min-max)", "words/s", "cards/s", "warm peak MB"]
    lines = [header]
    for r in rows:
        lines.append([r["input"], r["generator"], str(r["articles"]), str(r["words"]), str(r["cards"]),
                      f"{r['cold_s']:.2f} ({r['cold_s_min']:.2f}-{r['cold_s_max']:.2f})",
                      f"{r['cold_peak_mb']} (max {r['cold_peak_mb_max']})",
                      f"{r['warm_s']:.2f} ({r['warm_s_min']:.2f}-{r['warm_s_max']:.2f})",
                      str(r["words_per_s"]), str(r["cards_per_s"]), str(r["warm_peak_mb"])])
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--inputs", default="seeds,corpus", help="comma list of: seeds, corpus")
    parser.add_argument("--generator", default="templates", choices=["templates", "llm"])
    parser.add_argument("--model", help="with --generator llm: the model (Hugging Face id, folder or .gguf)")
    parser.add_argument("--gguf-file", help="with --model: the GGUF file inside it")
    parser.add_argument("--big", type=int, metavar="SENTENCES", help="build one long article instead")
    parser.add_argument("--threads", type=int, help="set STUDYGEN_THREADS for every run")
    parser.add_argument("--_worker", help=argparse.SUPPRESS)
    parser.add_argument("--_big-worker", dest="_big_worker", help=argparse.SUPPRESS)
    parser.add_argument("--_report", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._worker:
        worker(args)
        return
    if args._big_worker:
        big_worker(args)
        return
    if args.generator == "llm" and not args.model:
        parser.error("--generator llm needs --model")

    env = dict(os.environ)
    if args.threads:
        env["STUDYGEN_THREADS"] = str(args.threads)
    about = {**machine(), "runs": args.runs, "threads": args.threads}
    print(f"machine: {about['cpu']}, {about['cores']} cores, {about['memory_gib']} GiB, "
          f"load average {about['load_average']}", file=sys.stderr)
    if args.big:
        figures = big(args, env)
        print(f"long article: {figures['words']} words, {figures['sentences']} sentences, "
              f"{figures['cards']} cards in {figures['wall_s']} s (build {figures['build_s']} s), "
              f"peak {figures['peak_mb']} MB")
        print(json.dumps({"machine": about, "big": figures}))
        return

    rows: list[dict[str, Any]] = []
    ratios: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="studygen-corpus-") as folder:
        sources = {"seeds": ROOT / "seeds", "corpus": write_corpus(Path(folder) / "corpus")}
        for name in [n.strip() for n in args.inputs.split(",") if n.strip()]:
            if name not in sources:
                parser.error(f"unknown input {name!r} (choose seeds, corpus)")
            generators = ["templates", "llm"] if args.generator == "llm" else ["templates"]
            by_generator = {}
            for generator in generators:
                row = {"input": name, "generator": generator, **warm(sources[name], args, generator, env),
                       **cold(sources[name], args, generator, env)}
                rows.append(row)
                by_generator[generator] = row
            if "llm" in by_generator:
                template, llm = by_generator["templates"], by_generator["llm"]
                ratios[f"{name}_template_vs_llm_cards_per_s"] = round(
                    template["cards_per_s"] / max(llm["cards_per_s"], 1e-9), 2)
                ratios[f"{name}_llm_vs_template_cold_s"] = round(llm["cold_s"] / template["cold_s"], 2)
    print(table(rows))
    for key, value in ratios.items():
        print(f"{key}: {value}")
    print(json.dumps({"machine": about, "results": rows, "ratios": ratios}))


if __name__ == "__main__":
    main()
