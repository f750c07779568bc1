"""The command line: thin commands over the library (``studygen.cli.app`` maps errors to exit codes)."""

from __future__ import annotations

from typing import Any

from studygen.cli import build, export, split  # noqa: F401 - each module registers its command
from studygen.cli.app import app, report_error


def main() -> None:
    """Run the command line. A usage error that the option parser finds (a bad value, an unknown
    option or command, a missing argument) is one line on standard error with exit code 2, as every
    other error is, rather than the parser's usage block; ``studygen`` alone still shows the help."""
    import sys

    import typer

    if len(sys.argv) <= 1:
        app()
        return
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as error:  # the option parser's errors (click's ClickException)
        if type(error).__name__ == "NoArgsIsHelpError":  # "studygen export" alone: its help, as before
            shown: Any = error  # a click UsageError: it shows the command's help
            shown.show()
            sys.exit(shown.exit_code)
        message = error.format_message() if hasattr(error, "format_message") else str(error)
        report_error(message)
        sys.exit(getattr(error, "exit_code", 2))
    except typer.Abort:
        typer.echo("studygen: interrupted", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


__all__ = ["app", "main"]
