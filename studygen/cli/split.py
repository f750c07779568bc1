"""``studygen split``: show the articles found in the inputs, and why each starts where it does."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from studygen.cli.app import app, printable
from studygen.cli.tables import format_table
from studygen.ingest.splitting import SplitMode

if TYPE_CHECKING:
    from studygen.models import Article

@app.command("split", no_args_is_help=True,
             short_help="Show the articles found in the inputs and why each starts where it does.")
def split_command(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT", show_default=False,
        help="Files (.txt, .md, .html, .pdf, .docx, .epub), folders (read recursively), web pages "
             "(http:// or https://) or - for standard input.")],
    json_output: Annotated[bool, typer.Option(
        "--json",
        help="Print a JSON list of {title, start_line, end_line, words, reason, source, id, sections, "
             "metadata}: sections are the headings kept inside the article, metadata its datelines, "
             "bylines and bios.")] = False,
    split: Annotated[SplitMode, typer.Option(
        "--split", case_sensitive=False,
        help="auto: separators, author bios, cut-off paragraphs and topic shifts; separators: only "
             "form feeds, ---/***/=== lines and Markdown H1 headings; none: one article per file.",
    )] = SplitMode.AUTO,
    max_file_mb: Annotated[float, typer.Option(
        "--max-file-mb", min=0.001, metavar="MB",
        help="Refuse files larger than MB megabytes (in a folder: skip them with a note).")] = 20.0,
) -> None:
    """Show the articles studygen finds in the inputs, before building anything.

    For each article: its title, its first and last line in the input file, its word count and the
    reason it starts where it does (a separator, a Markdown heading, an author bio, a paragraph cut
    off mid-sentence, a topic shift). Use it to check how a file of pasted articles will be
    divided, and --split to change that.

    \b
    Examples:
      studygen split reading-list.txt
      studygen split notes/ --json
      pbpaste | studygen split - --split separators
    """
    from studygen.ingest import read_articles

    result = read_articles(inputs, split=split, max_file_mb=max_file_mb)
    for note in result.notes:
        typer.echo(f"studygen: note: {printable(note)}", err=True)
    if json_output:
        typer.echo(json.dumps([_row(a) for a in result.articles], ensure_ascii=False, indent=2))
    else:
        typer.echo(_table(result.articles))


def _row(article: Article) -> dict[str, object]:
    sections = [h.text for h in article.headings if not (h.start == 0 and h.text == article.title)]
    return {"title": article.title, "start_line": article.start_line, "end_line": article.end_line,
            "words": article.words, "reason": article.boundary, "source": article.source, "id": article.id,
            "sections": sections, "metadata": article.metadata}


def _table(articles: list[Article]) -> str:
    """One row an article; the source column only when there are several sources."""
    several = len({a.source for a in articles}) > 1
    header = ["#", *(["Source"] if several else []), "Lines", "Words", "Title", "Starts at"]
    rows = []
    for number, article in enumerate(articles, start=1):
        lines = "?" if article.start_line is None else (
            str(article.start_line) if article.start_line == article.end_line
            else f"{article.start_line}-{article.end_line}")
        title = article.title if len(article.title) <= 48 else article.title[:47] + "\u2026"
        rows.append([str(number), *([article.source] if several else []), lines, str(article.words),
                     title, article.boundary])
    return format_table(header, rows, numeric={0, len(header) - 3})
