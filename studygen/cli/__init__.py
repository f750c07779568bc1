"""The command line: thin commands over the library. Library errors become exit codes here, and only
here: 0 success, 1 the run failed, 2 bad usage or input, 130 interrupted."""

from __future__ import annotations

import os
import sys

from studygen.cli import build, export, split  # noqa: F401 - each module registers its command
from studygen.cli.app import app
from studygen.errors import StudygenError


def main() -> None:
    try:
        app()
    except StudygenError as error:
        print(f"studygen: error: {error.message}", file=sys.stderr)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        print("studygen: interrupted; earlier outputs were left as they were", file=sys.stderr)
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - a bug: one line, and the traceback on request
        if os.environ.get("STUDYGEN_DEBUG"):
            raise
        print(f"studygen: internal error: {type(error).__name__}: {error} "
              "(set STUDYGEN_DEBUG=1 to see the traceback)", file=sys.stderr)
        sys.exit(1)


__all__ = ["app", "main"]
