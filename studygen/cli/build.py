"""``studygen build``: articles -> cards -> Anki deck and the other formats."""

from __future__ import annotations

import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from studygen.cli.app import app, printable

if TYPE_CHECKING:
    from collections.abc import Iterator

    from studygen.pipeline import BuildResult, Progress

_FORMATS_HELP = (
    "Output formats; repeat the option or give a comma list. apkg: Anki package. json: the card file "
    "(edit it, then 'studygen export'). tsv: Anki text import. gift: Moodle questions. quiz: printable "
    "HTML quiz with an answer key. md: Markdown worksheet. [default: apkg,json]"
)
_KINDS_HELP = "Card kinds to make, as a comma list: basic, cloze, mcq, true_false. [default: all four]"


@app.command("build")
def build_command(
    inputs: Annotated[list[str] | None, typer.Argument(
        metavar="[INPUT]...", show_default=False,
        help="Articles: .txt, .md, .html, .pdf, .docx or .epub files, folders (read recursively), "
             "web pages (http:// or https://), or - for standard input. A PDF is divided at its bookmarks "
             "or headings, a Word file at its headings, an EPUB at its chapters; each becomes a subdeck. "
             "English only: an article in another language gets no card and a note. [default: seeds/]")] = None,
    out: Annotated[Path, typer.Option(
        "--out", "-o", metavar="DIR", help="Folder for the outputs, created if needed.")] = Path("decks"),
    deck_name: Annotated[str | None, typer.Option(
        "--deck-name", "-n", metavar="NAME", show_default=False,
        help="The deck's name (also names the files; A::B makes a subdeck). [default: the input's "
             "name]")] = None,
    formats: Annotated[list[str] | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False, help=_FORMATS_HELP)] = None,
    cards: Annotated[int | None, typer.Option(
        "--cards", "-c", min=1, max=500, metavar="N", show_default=False,
        help="Cards per article, at most. [default: one per 82 words, at least 2, at most 40; in a book (a "
             "file of several chapters and more than 20,000 words) one per 250 words of a chapter, at most "
             "20; and one more for each line of notes that gives a term and its meaning, up to 40 more]. "
             "Fewer when not enough cards pass the ranking threshold.")] = None,
    kinds: Annotated[str | None, typer.Option("--kinds", metavar="KINDS", show_default=False,
                                              help=_KINDS_HELP)] = None,
    generator: Annotated[str, typer.Option(
        "--generator", "-g", metavar="NAME",
        help="Who writes the questions: templates (fast, no model needed) or llm (a local language "
             "model given by --model; its questions pass the same checks, and the template question "
             "stands wherever the model's does not).")] = "templates",
    model: Annotated[str | None, typer.Option(
        "--model", metavar="ID_OR_PATH", show_default=False,
        help="With --generator llm: a Hugging Face model id already in your cache, a model folder, "
             "or a .gguf file.")] = None,
    gguf_file: Annotated[str | None, typer.Option(
        "--gguf-file", metavar="FILE", show_default=False,
        help="With --model ID_OR_FOLDER: the GGUF file inside it to load (converted once, then "
             "cached).")] = None,
    split: Annotated[str, typer.Option(
        "--split", metavar="MODE",
        help="How files are divided into articles: auto (separators, author bios, cut-off "
             "paragraphs, topic shifts), separators, or none.")] = "auto",
    max_file_mb: Annotated[float, typer.Option(
        "--max-file-mb", min=0.001, metavar="MB",
        help="Refuse input files and web pages larger than this.")] = 20.0,
    versions: Annotated[int, typer.Option(
        "--versions", min=1, max=26, metavar="N",
        help="With --format quiz: N shuffled versions (A, B, ...), each with its own key.")] = 1,
    min_score: Annotated[float | None, typer.Option(
        "--min-score", min=0.0, max=1.0, metavar="P", show_default=False,
        help="Keep only cards the ranking model gives at least this score (its estimate of the chance "
             "that a strict teacher accepts the card). [default: the model's threshold for each kind "
             "of card]")] = None,
    terms: Annotated[bool, typer.Option(
        "--terms", help="Also ask what each term of a list of terms in notes means ('Chloroplast: organelle "
                        "where ...' gives 'What does \"Chloroplast\" mean?'), one card more per term. Off by "
                        "default: on fresh notes, strict judges accepted about half of these questions (47 of 87), "
                        "against three in four of the other cards.")] = False,
    explain: Annotated[bool, typer.Option(
        "--explain", help="List every card that was thrown away, with the reason (and its ranking "
                          "score, where it was ranked).")] = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, max=64, metavar="N", show_default=False,
        help="Worker processes that share the files to read and the articles (each on a core of its "
             "own); the cards are the same whatever the number. Inputs under 2,000 words, and "
             "--generator llm, make their cards in one process. [default: the number of cores]")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the files written.")] = False,
) -> None:
    """Make flashcards from articles and write an Anki deck (and other formats).

    Reads the inputs (files, folders, web pages), splits files that hold several articles (a PDF,
    Word or EPUB file at its chapters), writes questions from templates, checks every card
    (grounded in the article, answer not in the question, no duplicates) and writes
    DIR/<deck>.apkg and DIR/<deck>.json. A summary table shows, per article (per chapter of a book,
    numbered; at most 30 rows), its words and sentences, the answer candidates found, the cards kept
    and the cards thrown away by reason.
    All outputs are replaced together at the end: a failed or interrupted build leaves the earlier
    ones as they were.

    \b
    Examples:
      studygen build                                   # seeds/ -> decks/seeds.apkg, decks/seeds.json
      studygen build articles/ --deck-name Biology --format apkg,quiz,gift
      studygen build book.epub                         # one subdeck per chapter
      studygen build paper.pdf notes.docx --deck-name Reading
      studygen build https://example.org/page.html --deck-name Page
    """
    from studygen.errors import InputError
    from studygen.exporters import ExportOptions, export_deck, parse_formats, source_date_epoch
    from studygen.models import CardKind
    from studygen.outputs import check_out_dir
    from studygen.pipeline import BuildOptions, build_deck

    sources = inputs or ["seeds"]
    chosen_formats = parse_formats(formats or ["apkg,json"])
    choices = ", ".join(k.value for k in CardKind)
    try:
        kind_list = list(CardKind) if kinds is None else [CardKind(k.strip()) for k in kinds.split(",") if k.strip()]
    except ValueError:
        raise InputError(f"unknown card kind in --kinds {kinds!r}; choose from: {choices}") from None
    if not kind_list:
        raise InputError(f"--kinds names no card kind; choose from: {choices}")
    if split not in ("auto", "none", "separators"):
        raise InputError(f"--split must be auto, none or separators, not {split!r}")
    check_out_dir(out)  # before the build, not after minutes of it
    options = BuildOptions(deck_name=deck_name or _default_deck_name(sources), cards=cards, kinds=kind_list,
                           generator=generator, model=model, gguf_file=gguf_file, split=split,
                           max_file_mb=max_file_mb, min_score=min_score, terms=terms)
    with _progress(enabled=not quiet) as progress:
        result = build_deck(sources, options, progress, jobs=jobs)
    # Anki updates a note it already has only from a newer package: stamp the build with its time,
    # unless $SOURCE_DATE_EPOCH names one (a reproducible build: the same .apkg, byte for byte).
    stamp = None if source_date_epoch() is not None else time.time()
    written = export_deck(result.deck, chosen_formats, out, ExportOptions(versions=versions, timestamp=stamp))
    if not quiet:
        for note in result.notes:
            typer.echo(f"studygen: note: {printable(note)}", err=True)
        for report in result.reports:  # an article that gave no card is said so, not left silent
            for note in report.notes:
                typer.echo(f"studygen: note: {printable(report.title)}: {note}", err=True)
        typer.echo(summary_table(result))
        if explain:
            typer.echo(explanation(result))
    for path in written:
        typer.echo(str(path))


def _default_deck_name(sources: list[str]) -> str:
    from studygen.ingest.web import is_url

    if len(sources) == 1 and is_url(sources[0]):
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(sources[0])
            hostname = parts.hostname
        except ValueError:  # not a valid address: reading it says so
            return "studygen"
        return Path(parts.path.rstrip("/")).stem or hostname or "studygen"
    if len(sources) == 1 and sources[0] != "-":
        name = Path(sources[0]).stem or Path(sources[0]).name
        return name or "studygen"
    return "studygen"


@contextmanager
def _progress(enabled: bool) -> Iterator[Progress | None]:
    """A progress bar on standard error when it is a terminal; nothing otherwise."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    tasks: dict[str, TaskID] = {}
    labels = {"analyse": "Reading and parsing", "chapters": "Reading and parsing chapters",
              "parse": "  parsing (characters)",
              "embed": "  embedding (sentences)", "cards": "Writing cards"}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(labels.get(stage, stage), total=total)
        bar.update(tasks[stage], completed=done, total=total)

    with bar:
        yield update


#: The summary table shows at most this many articles (a book's chapters), then one row for the rest.
MAX_TABLE_ROWS = 30


def summary_table(result: BuildResult) -> str:
    """One row per article (per chapter of a book, numbered, under its file's name when the build read
    several files), at most MAX_TABLE_ROWS of them, then a row for the rest, then the total."""
    from studygen.cli.tables import format_table

    rows = []
    reports = result.reports
    sources = {a.id: a.source for a in result.deck.articles}
    several = len({sources.get(r.article_id) for r in reports}) > 1
    numbers: dict[str, int] = {}
    per_source: Counter[str] = Counter()
    for report in reports:
        per_source[sources.get(report.article_id, "")] += 1
        numbers[report.article_id] = per_source[sources.get(report.article_id, "")]
    last_source = None
    shown = reports if len(reports) <= MAX_TABLE_ROWS else reports[:MAX_TABLE_ROWS - 1]
    for report in shown:
        source = sources.get(report.article_id, "")
        if several and source != last_source:
            name = Path(source).name if source not in ("-", "") else "standard input"
            rows.append([name if len(name) <= 44 else name[:43] + "\u2026", "", "", "", "", ""])
            last_source = source
        rejects = ", ".join(f"{reason} {n}" for reason, n in sorted(report.rejects.items(), key=lambda x: -x[1]))
        chapters = per_source[source] > 1 and source.lower().endswith((".pdf", ".epub", ".docx"))
        title = f"{numbers[report.article_id]}. {report.title}" if chapters else report.title
        title = ("  " if several else "") + (title if len(title) <= 40 else title[:39] + "\u2026")
        rows.append([title, str(report.words), str(report.sentences), str(report.candidates), str(report.kept),
                     rejects or "-"])
    rest = reports[len(shown):]
    if rest:
        rows.append([f"\u2026 {len(rest)} more (see the card file)", str(sum(r.words for r in rest)),
                     str(sum(r.sentences for r in rest)), str(sum(r.candidates for r in rest)),
                     str(sum(r.kept for r in rest)), ""])
    total = sum(r.kept for r in result.reports)
    rows.append(["Total", str(sum(r.words for r in result.reports)),
                 str(sum(r.sentences for r in result.reports)),
                 str(sum(r.candidates for r in result.reports)), str(total), ""])
    return format_table(["Article", "Words", "Sentences", "Candidates", "Cards", "Rejected (reason count)"],
                        rows, numeric={1, 2, 3, 4})


def explanation(result: BuildResult) -> str:
    titles = {a.id: a.title for a in result.deck.articles}
    lines = ["Cards thrown away:"]
    for rejection in result.rejections:
        what = rejection.question or "(no question)"
        lines.append(f"- [{titles.get(rejection.article_id, '?')}] {rejection.reason}: {what} -> "
                     f"{rejection.answer}  ({rejection.detail})")
    return "\n".join(lines)
