"""The command line: thin commands over the library (``studygen.cli.app`` maps errors to exit codes)."""

from __future__ import annotations

from studygen.cli import build, export, split  # noqa: F401 - each module registers its command
from studygen.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
