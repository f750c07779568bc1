"""The Typer application object that every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="studygen",
    help="Turn articles into flashcards and quizzes, offline: Anki decks, TSV, JSON, Moodle GIFT, "
         "and printable quizzes with an answer key.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
