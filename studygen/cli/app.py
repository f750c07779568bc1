"""The Typer application every command registers on, and the one place where library errors
become exit codes: 0 success, 1 the run failed, 2 bad usage or input, 130 interrupted."""

from __future__ import annotations

import errno
import functools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer

from studygen.errors import StudygenError


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters (an escape sequence in a file name),
    bidirectional controls and lone surrogates are shown as ``\\x1b``-style escapes, not obeyed."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape", "backslashreplace")
                   .decode("ascii") for ch in text)


def report_error(message: str) -> None:
    """The one line every error gets on standard error."""
    typer.echo(f"studygen: error: {printable(message)}", err=True)


@contextmanager
def errors_to_exit_codes() -> Iterator[None]:
    """One line on standard error and the right exit code, never a traceback (unless
    ``STUDYGEN_DEBUG`` is set, for bug reports). Worker processes still running when the command
    ends (after Ctrl-C or an error: they ignore Ctrl-C) are stopped, so that the exit does not wait
    for them."""
    try:
        yield
    except StudygenError as error:
        report_error(error.message)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        typer.echo("studygen: interrupted; earlier outputs were left as they were", err=True)
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort, SystemExit):
        raise
    except OSError as error:  # the system refused (a full disk, a permission): no bug, no traceback
        if error.errno == errno.EPIPE:  # the reader of standard output left ("| head"): nothing to say
            raise typer.Exit(1) from None
        where = f" ({error.filename})" if error.filename else ""
        report_error(f"{error.strerror or error}{where}")
        raise typer.Exit(1) from None
    except Exception as error:  # a bug: one line, and the traceback on request
        if os.environ.get("STUDYGEN_DEBUG"):
            raise
        typer.echo(f"studygen: internal error: {type(error).__name__}: {printable(str(error))} "
                   "(set STUDYGEN_DEBUG=1 to see the traceback)", err=True)
        raise typer.Exit(1) from None
    finally:
        _stop_children()


def _stop_children() -> None:
    import multiprocessing

    for child in multiprocessing.active_children():
        child.terminate()
        child.join(timeout=5)


class StudygenTyper(typer.Typer):
    """A Typer whose every command runs inside :func:`errors_to_exit_codes`."""

    def command(  # type: ignore[override]  # same parameters, passed through
            self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        register = super().command(*args, **kwargs)

        def decorator(function: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(function)
            def guarded(*call_args: Any, **call_kwargs: Any) -> Any:
                with errors_to_exit_codes():
                    return function(*call_args, **call_kwargs)

            register(guarded)
            return function

        return decorator


app = StudygenTyper(
    name="studygen",
    help="Turn articles into flashcards and quizzes, offline: Anki decks, TSV, JSON, Moodle GIFT, "
         "and printable quizzes with an answer key.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
