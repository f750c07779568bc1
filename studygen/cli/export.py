"""``studygen export``: a card file (possibly edited by hand) -> Anki, TSV, JSON, GIFT, quiz, Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from studygen.cli.app import app

_FORMATS_HELP = (
    "Output format; repeat the option or give a comma list (--format apkg,json --format gift). "
    "apkg: Anki package. tsv: Anki text import into any profile (stock Basic and Cloze note types; "
    "its notes are separate from the .apkg's: import one or the other). "
    "json: the card file. gift: Moodle questions. quiz: printable HTML quiz with an answer key. "
    "md: Markdown worksheet with an answer key. [default: apkg]"
)


@app.command("export", no_args_is_help=True)
def export_command(
    cards: Annotated[Path, typer.Argument(
        metavar="CARDS.json", show_default=False,
        help="A card file written by 'studygen build' (cards may be deleted, reworded or fixed by "
             "hand; it is validated again).")],
    formats: Annotated[list[str] | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False, help=_FORMATS_HELP)] = None,
    out: Annotated[Path, typer.Option(
        "--out", "-o", metavar="DIR", file_okay=False,
        help="Folder for the outputs, created if needed; files are named after the deck.")] = Path("decks"),
    versions: Annotated[int, typer.Option(
        "--versions", min=1, max=26, metavar="N",
        help="Quiz: write N versions (A, B, ...), each with shuffled questions and options and its "
             "own answer key.")] = 1,
    seed: Annotated[int, typer.Option(
        "--seed", metavar="N",
        help="Quiz: seed of the shuffles; the same seed gives the same versions.")] = 0,
    deck_name: Annotated[str | None, typer.Option(
        "--deck-name", metavar="NAME", show_default=False,
        help="Name the deck NAME instead of the name in the card file (it also names the files; "
             "use A::B for an Anki subdeck).")] = None,
) -> None:
    """Export a card file to Anki, Moodle, a printable quiz or a worksheet.

    Every output is written to a temporary file first and all of them replace the old ones together,
    so a failed export leaves earlier outputs as they were. The written paths are printed, one a line.

    Example: studygen export decks/biology.json --format apkg,quiz --versions 2
    """
    from studygen.exporters import ExportOptions, export_card_file

    written = export_card_file(cards, formats or ["apkg"], out, deck_name=deck_name,
                               options=ExportOptions(versions=versions, seed=seed))
    for path in written:
        typer.echo(str(path))
