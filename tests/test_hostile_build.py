"""End to end: hostile articles through the real command (``python -m studygen build`` in a
subprocess), and every output read back by its own parser: Anki (import and render every card), an
HTML parser (the printable quiz), gift-pegjs (GIFT), ``csv`` and Anki's text importer (TSV),
markdown-it (the worksheet) and the card file reader.

The corpus is ``tests/data/hostile/`` (markup, Anki and GIFT syntax, spreadsheet formulas, scripts of
every kind, invisible characters, an article with no usable sentence) plus files made here: damaged
bytes, an odd file name, a 5 MB line and a 20,000-sentence article (too big to commit).
"""

from __future__ import annotations

import errno
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hostile_support import (
    FORMULA_START,
    INVISIBLE,
    GiftParser,
    Markup,
    assert_inert_html,
    gift_parser,
    gift_text,
    read_tsv,
    squeeze,
    text_outside,
)

from studygen.cardfile import load_deck
from studygen.exporters import anki as anki_export
from studygen.exporters.common import cloze_parts, one_line
from studygen.exporters.tsv import stock_note, tsv_guid
from studygen.models import CardKind, Deck, slugify

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "data" / "hostile"
FORMATS = "apkg,json,tsv,gift,quiz,md"
DECK_NAME = "../../<script>alert(1)</script>/{{c1::x}} =cmd|' /C calc'!A0::Sub \u202edeck"
CARD_ELEMENTS = {"style", "div", "span", "mark", "hr"}
CARD_ATTRIBUTES = {"class", "id", "data-cloze", "data-ordinal"}

# Runs studygen's real entry point (python -m studygen) and writes its peak memory to a file on exit.
_MEASURED = (
    "import atexit, resource, runpy, sys\n"
    "report = sys.argv.pop(1)\n"
    "atexit.register(lambda: open(report, 'w').write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))\n"
    "sys.argv[0] = 'studygen'\n"
    "runpy.run_module('studygen', run_name='__main__', alter_sys=True)\n"
)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "STUDYGEN_DEBUG"}
    # Offline and away from the user's caches, also for the module-wide build (set up before the
    # autouse fixture that isolates each test).
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", STUDYGEN_CACHE_DIR=str(tmp / "cache"))
    # Two spin-waiting OpenMP threads crawl on a machine busier than its cores (a shared CI runner).
    env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    env["COLUMNS"] = "120"
    return env


def studygen(*args: str, tmp: Path, timeout: float = 900) -> Run:
    """``python -m studygen ARGS`` with pipes for its output (so: no progress bar)."""
    report = tmp / f"peak-{time.monotonic_ns()}.txt"
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", _MEASURED, str(report), *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=ROOT, env=_env(tmp), timeout=timeout, check=False)
    peak = int(report.read_text()) / 1024 if report.exists() else 0.0
    return Run(done.returncode, done.stdout, done.stderr, time.monotonic() - start, peak)


def studygen_on_a_terminal(*args: str, tmp: Path, interrupt_when: str | None = None,
                           timeout: float = 900) -> Run:
    """``python -m studygen ARGS`` with standard error on a terminal (where progress is shown); with
    ``interrupt_when``, Ctrl-C (SIGINT) is sent as soon as that text appears on the terminal, as a
    terminal sends it: to the whole process group, worker processes included."""
    report = tmp / f"peak-{time.monotonic_ns()}.txt"
    controller, terminal = pty.openpty()
    start = time.monotonic()
    process = subprocess.Popen([sys.executable, "-c", _MEASURED, str(report), *args], stdout=subprocess.PIPE,
                               stderr=terminal, stdin=subprocess.DEVNULL, cwd=ROOT, env=_env(tmp),
                               start_new_session=True)
    os.close(terminal)
    seen, interrupted = b"", False
    try:
        while True:
            if time.monotonic() - start > timeout:
                process.kill()
                pytest.fail(f"studygen ran for more than {timeout} s")
            ready, _, _ = select.select([controller], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(controller, 65536)
                except OSError as error:  # EIO: the terminal's other end is closed
                    if error.errno != errno.EIO:
                        raise
                    chunk = b""
                if not chunk:
                    break
                seen += chunk
            elif process.poll() is not None:
                break
            if interrupt_when and not interrupted and interrupt_when.encode() in seen:
                os.killpg(process.pid, signal.SIGINT)
                interrupted = True
    finally:
        os.close(controller)
    stdout = process.stdout.read().decode("utf-8") if process.stdout else ""
    returncode = process.wait(timeout=60)
    peak = int(report.read_text()) / 1024 if report.exists() else 0.0
    return Run(returncode, stdout, seen.decode("utf-8", "replace"), time.monotonic() - start, peak)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# --- the corpus, built once ----------------------------------------------------------------------

# UTF-8 with two NUL bytes and two bytes that are not UTF-8 (one Latin-1 "ü", one stray byte).
DAMAGED = ("Damaged Bytes\n\nThe clerk Ada Byron copied the ledger\x00 in Paris in 1840. The café in "
           "Genève was opened by Hans Meier in 1901. The bank in Z").encode() + b"\xfc" + (
           "rich held 3,000 accounts in 1920 \u2014 naïve clerks counted them.").encode() + b"\xff\x00\n"
ODD_NAME = "odd <b onclick=alert(1)>name; $(rm -rf ~) && {{c1::x}} \u202e.txt"


@dataclass
class Build:
    root: Path
    inputs: Path
    out: Path
    run: Run
    deck: Deck

    def output(self, suffix: str) -> Path:
        return self.out / f"{slugify(DECK_NAME)}{suffix}"


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "in"
    shutil.copytree(CORPUS, inputs)
    (inputs / "damaged.txt").write_bytes(DAMAGED)
    (inputs / ODD_NAME).write_text("Odd File Names\n\nThe museum in Vienna was opened by Emperor Franz Joseph in "
                                   "1891. The museum held 8,000 paintings by 1900.\n", encoding="utf-8")
    out = root / "out"
    # Every card that passes the checks, not only the best ranked: the corpus tests escaping, and it
    # is a test only if its hostile text reaches the cards.
    run = studygen("build", str(inputs), "--out", str(out), "--deck-name", DECK_NAME, "--format", FORMATS,
                   "--versions", "2", "--explain", "--min-score", "0", "--cards", "8", tmp=root)
    assert run.returncode == 0, run.stderr
    return Build(root, inputs, out, run, load_deck(out / f"{slugify(DECK_NAME)}.json"))


def test_the_corpus_builds_with_notes_and_no_traceback(build: Build) -> None:
    stderr = build.run.stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    lines = stderr.splitlines()
    assert all(line.startswith("studygen: note: ") for line in lines), stderr
    assert any("damaged.txt: 2 NUL bytes removed" in line for line in lines), stderr
    assert any("damaged.txt: bytes that are not UTF-8 in 2 places" in line for line in lines), stderr
    assert any("Notes Without a Single Finished Sentence: no card" in line for line in lines), stderr
    titles = {a.title for a in build.deck.articles}
    assert "Notes Without a Single Finished Sentence" in titles
    assert "Damaged Bytes" in titles and "Odd File Names" in titles
    damaged = next(a for a in build.deck.articles if a.title == "Damaged Bytes")
    assert "café" in damaged.text and "Z\ufffdrich" in damaged.text and "\x00" not in damaged.text
    assert "Genève" in damaged.text and "naïve" in damaged.text


def test_outputs_are_named_from_the_slug_and_nothing_is_written_elsewhere(build: Build) -> None:
    slug = slugify(DECK_NAME)
    assert slug == "script-alert-1-script-c1-x-cmd-c-calc-a0-sub-deck"
    assert sorted(_files(build.out)) == sorted(f"{slug}{suffix}" for suffix in (
        ".apkg", ".json", ".tsv", ".gift", ".quiz-A.html", ".quiz-B.html", ".md"))
    everything = {p.relative_to(build.root).parts[0] for p in build.root.rglob("*")}
    assert everything <= {"in", "out", "cache"} | {p.name for p in build.root.glob("peak-*.txt")}
    printed = [line for line in build.run.stdout.splitlines() if line.startswith(str(build.out))]
    assert sorted(printed) == sorted(str(build.out / name) for name in _files(build.out))


def test_hostile_text_reached_the_cards(build: Build) -> None:
    """The corpus is only a test if its hostile text ends up in cards (questions, answers, sources)."""
    shown = []
    for card in build.deck.cards:
        article = build.deck.article(card.article_id)
        shown += [card.question, card.answer, *card.options, article.text[card.source_start:card.source_end]]
    everything = "\n".join(shown)
    markers = ["<script>", "onerror", "<style>", "<iframe", "{{c1::", "{{FrontSide}}", "{{#Tag}}", "[sound:",
               "=HYPERLINK", "+SUM", "@SUM", "-2+3", "=cmd|", "東京", "مرحبا", "👨\u200d👩\u200d👧", "~ = #",
               "$CATEGORY", "javascript:", "\ufffd", "&lt;", "&amp;"]
    found = [m for m in markers if m in everything]
    print("hostile text in cards:", found)
    assert len(found) >= 5, found
    assert all(ch not in everything for ch in INVISIBLE)
    assert len({c.kind for c in build.deck.cards}) >= 3


def test_every_anki_card_renders_as_text_with_only_our_markup(build: Build, tmp_path: Path) -> None:
    anki_collection = pytest.importorskip("anki.collection", reason="the test extra installs anki")
    from anki_support import import_apkg, import_tsv

    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        log = import_apkg(col, build.output(".apkg"))
        assert len(log.new) == len(build.deck.cards)
        notes = {col.get_note(n).guid: col.get_note(n) for n in col.find_notes("")}
        for card in build.deck.cards:
            note = notes[card.guid]
            article = build.deck.article(card.article_id)
            assert list(note.values()) == [unicodedata.normalize("NFC", f)
                                           for f in anki_export.note_fields(card, article)]
            anki_cards = note.cards()
            assert len(anki_cards) == 1, card.question  # no extra cloze deletion from the text
            front_html, back_html = anki_cards[0].question(), anki_cards[0].answer()
            front = assert_inert_html(front_html, CARD_ELEMENTS, CARD_ATTRIBUTES, card.question)
            back = assert_inert_html(back_html, CARD_ELEMENTS, CARD_ATTRIBUTES, card.question)
            assert text_outside(front_html, "mathjax_ignore") == text_outside(back_html, "mathjax_ignore") == []
            assert not anki_cards[0].question_av_tags() and not anki_cards[0].answer_av_tags()
            if card.kind is CardKind.CLOZE:
                before, after = cloze_parts(card)
                assert front.text == squeeze(f"{before}[...]{after}")
            else:
                assert squeeze(one_line(card.question)) in front.text
            assert squeeze(one_line(card.answer)) in back.text
        # The TSV, read by Anki's own importer into Anki's stock note types, adds notes of its own
        # that show the same text, as inert.
        log = import_tsv(col, build.output(".tsv"))
        assert len(log.new) == len(build.deck.cards)
        assert not (log.missing_notetype or log.missing_deck or log.conflicting or log.empty_first_field)
        notes = {col.get_note(n).guid: col.get_note(n) for n in col.find_notes("")}
        for card in build.deck.cards:
            note = notes[tsv_guid(card)]
            _, expected = stock_note(card, build.deck.article(card.article_id))
            assert list(note.values()) == [unicodedata.normalize("NFC", f) for f in expected]
            anki_card, = note.cards()
            front_html, back_html = anki_card.question(), anki_card.answer()
            front = assert_inert_html(front_html, CARD_ELEMENTS | {"b", "br"}, CARD_ATTRIBUTES, card.question)
            back = assert_inert_html(back_html, CARD_ELEMENTS | {"b", "br"}, CARD_ATTRIBUTES, card.question)
            assert text_outside(front_html, "mathjax_ignore") == text_outside(back_html, "mathjax_ignore") == []
            assert not anki_card.question_av_tags() and not anki_card.answer_av_tags()
            if card.kind is not CardKind.CLOZE:
                assert squeeze(one_line(card.question)) in front.text
            assert squeeze(one_line(card.answer)) in back.text
    finally:
        col.close()


def test_tsv_cells_read_back_with_csv_and_start_no_formula(build: Build) -> None:
    headers, rows = read_tsv(build.output(".tsv").read_text(encoding="utf-8"))
    assert headers["html"] == "true" and len(rows) == len(build.deck.cards)
    for row, card in zip(rows, build.deck.cards, strict=True):
        assert row[0] == tsv_guid(card)
        assert all(cell[:1] not in FORMULA_START for cell in row[1:]), row
        article = build.deck.article(card.article_id)
        note_type, expected = stock_note(card, article)
        assert row[1] == note_type
        assert [Markup(f).text for f in row[4:]] == [Markup(f).text for f in expected]


@pytest.fixture(scope="module")
def gift() -> Any:
    yield from gift_parser()


def test_gift_parses_back_into_the_cards(build: Build, gift: GiftParser) -> None:
    parsed = gift.parse(build.output(".gift").read_text(encoding="utf-8"))
    questions = [q for q in parsed if q["type"] != "Category"]
    assert len(questions) == len(build.deck.cards)
    for question, card in zip(questions, build.deck.cards, strict=True):
        assert question["stem"] == {"format": "plain", "text": one_line(card.question)}
        if card.kind is CardKind.MCQ:
            assert [gift_text(c["text"]) for c in question["choices"]] == [one_line(o) for o in card.options]
        elif card.kind is not CardKind.TRUE_FALSE:
            assert [c["text"]["text"].replace("\\*", "*") for c in question["choices"]] == [one_line(card.answer)]


def test_quiz_pages_are_inert_and_show_every_question(build: Build) -> None:
    from studygen.exporters.quiz import build_versions

    allowed = {"html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "p", "div",
               "span", "cite", "ol", "li", "section"}
    attributes = {"lang", "charset", "name", "content", "class", "value", "role", "aria-label", "id"}
    for version in build_versions(build.deck, 2, seed=0):  # what the build wrote, as data
        page = assert_inert_html(build.output(f".quiz-{version.version}.html").read_text(encoding="utf-8"),
                                 allowed, attributes, version.version)
        prompts = []
        for q in version.questions:
            if q.kind == "cloze":
                prompts.append(squeeze(f"Fill in the blank: {q.before}{q.after}"))
            elif q.kind == "true_false":
                prompts.append(squeeze(f"True or false? {q.text}"))
            else:
                prompts.append(squeeze(q.text))
        assert page.by_class["prompt"] == prompts
        assert page.by_class["key-answer"] == [squeeze(k.answer) for k in version.key]
        assert {squeeze(q.text) for q in version.questions} == {squeeze(one_line(c.question))
                                                                for c in build.deck.cards}


def test_markdown_worksheet_renders_no_html_link_or_code(build: Build) -> None:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    tokens = md.parse(build.output(".md").read_text(encoding="utf-8"))
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "code_inline", "fence", "code_block"}


def test_the_card_file_reads_back_and_every_answer_is_at_its_offset(build: Build) -> None:
    for card in build.deck.cards:
        text = build.deck.article(card.article_id).text
        span, start = (card.fact, card.fact_start) if card.kind is CardKind.TRUE_FALSE else (
            card.answer, card.answer_start)
        assert span and start is not None and text[start:start + len(span)] == span


# --- failures that must be clear ------------------------------------------------------------------

def test_an_article_with_no_usable_sentence_fails_clearly_and_replaces_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "no-sentences.json").write_text("previous", encoding="utf-8")
    run = studygen("build", str(CORPUS / "no-sentences.txt"), "--out", str(out), tmp=tmp_path)
    assert run.returncode == 1
    assert run.stderr == ("studygen: error: no card could be made: the input has no complete sentence a "
                          "question can be written from\n")
    assert _files(out) == {"no-sentences.json": b"previous"}


@pytest.mark.parametrize("where", ["a file", "below a file"])
def test_a_bad_out_is_refused_with_exit_code_2_before_the_build(tmp_path: Path, where: str) -> None:
    (tmp_path / "taken").write_text("keep", encoding="utf-8")
    out = tmp_path / "taken" if where == "a file" else tmp_path / "taken" / "decks"
    run = studygen("build", str(CORPUS / "markup.txt"), "--out", str(out), tmp=tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith("studygen: error: ") and run.stderr.count("\n") == 1
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "keep"
    assert run.seconds < 60  # refused before any model is loaded or any article parsed


# --- big inputs ------------------------------------------------------------------------------------

_NAMES = ["Ada Lovelace", "Charles Babbage", "Marie Curie", "Alan Turing", "Grace Hopper", "Niels Bohr"]
_CITIES = ["London", "Paris", "Berlin", "Vienna", "Rome", "Madrid", "Lisbon", "Prague"]
_THINGS = ["bridge", "museum", "library", "observatory", "school", "hospital", "theatre", "factory"]


def _sentence(i: int) -> str:
    return (f"In {1700 + (i * 37) % 320}, {_NAMES[i % 6]} opened a {_THINGS[(i // 6) % 8]} in "
            f"{_CITIES[(i // 48) % 8]} with {2 + (i * 13) % 900} rooms.")


@pytest.fixture(scope="module")
def sentences_20k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "twenty-thousand.txt"
    paragraphs = [" ".join(_sentence(i) for i in range(k, k + 8)) for k in range(0, 20_000, 8)]
    path.write_text("Twenty Thousand Sentences\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def test_ctrl_c_during_a_build_leaves_the_previous_outputs_and_no_temporary_file(
        sentences_20k: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("twenty-thousand.apkg", "twenty-thousand.json", "twenty-thousand.gift"):
        (out / name).write_bytes(b"previous build of " + name.encode())
    before = _files(out)
    run = studygen_on_a_terminal("build", str(sentences_20k), "--out", str(out), "--format", "apkg,json,gift",
                                 "--split", "none", tmp=tmp_path, interrupt_when="Reading and parsing")
    assert run.returncode == 130, run.stderr[-2000:]
    assert "studygen: interrupted; earlier outputs were left as they were" in run.stderr
    assert "Traceback" not in run.stderr
    assert _files(out) == before  # byte for byte, and no .*.tmp file beside them
    # The progress bar is up as soon as the analysis starts (not after the whole article), so the
    # interrupt lands mid-run, long before the minutes this article takes.
    assert run.seconds < 240, run.seconds


def test_ctrl_c_while_workers_read_stops_them_all_and_keeps_the_earlier_outputs(tmp_path: Path) -> None:
    # Forty articles between separators: enough words for the articles to go to worker processes.
    articles = [f"Reading {k}\n\n" + " ".join(_sentence(i) for i in range(k * 40, k * 40 + 40)) for k in range(40)]
    path = tmp_path / "reading-list.txt"
    path.write_text("\n\n---\n\n".join(articles) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "reading-list.json").write_bytes(b"previous build")
    before = _files(out)
    run = studygen_on_a_terminal("build", str(path), "--out", str(out), "--jobs", "2", tmp=tmp_path,
                                 interrupt_when="Reading and parsing")
    assert run.returncode == 130, run.stderr[-2000:]
    assert "studygen: interrupted; earlier outputs were left as they were" in run.stderr
    assert "Traceback" not in run.stderr
    assert _files(out) == before
    time.sleep(1)
    # No worker outlives the build (a forked worker has the build's command line, with this path).
    left = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(out).encode() in (entry / "cmdline").read_bytes():
                left.append(entry.name)
        except OSError:
            continue
    assert not left


def test_a_5_mb_line_builds_in_bounded_time_and_memory(tmp_path: Path) -> None:
    # One line: real sentences around 5 MB of pasted data (a base64 image, minified code).
    blob = "".join("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw" for _ in range(110_000))[:5_000_000]
    line = " ".join(_sentence(i) for i in range(40)) + f" data:image/png;base64,{blob} " + " ".join(
        _sentence(i) for i in range(40, 80))
    path = tmp_path / "one-line.txt"
    path.write_text(line + "\n", encoding="utf-8")
    assert path.stat().st_size > 5_000_000 and path.read_text(encoding="utf-8").count("\n") == 1
    run = studygen("build", str(path), "--out", str(tmp_path / "out"), "--split", "none", "--format", FORMATS,
                   tmp=tmp_path, timeout=900)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    deck = load_deck(tmp_path / "out" / "one-line.json")
    assert deck.cards and all(len(c.question) <= 400 for c in deck.cards)
    print(f"5 MB line: {run.seconds:.0f} s, peak {run.peak_mb:.0f} MB")  # timed in benchmarks/speed.py
    assert run.peak_mb < 2500


def test_a_20000_sentence_article_builds_in_bounded_time_and_memory_with_progress(
        sentences_20k: Path, tmp_path: Path) -> None:
    run = studygen_on_a_terminal("build", str(sentences_20k), "--out", str(tmp_path / "out"), "--split", "none",
                                 tmp=tmp_path, timeout=1500)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Reading and parsing" in run.stderr  # the progress bar, on a terminal
    assert "Traceback" not in run.stderr
    deck = load_deck(tmp_path / "out" / "twenty-thousand.json")
    assert deck.cards
    print(f"20,000 sentences: {run.seconds:.0f} s, peak {run.peak_mb:.0f} MB")  # timed by speed.py --big
    assert run.peak_mb < 3000
