"""Where the shipped templates live, in a wheel and in an editable checkout alike."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from studygen.errors import StudygenError

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def templates_dir() -> Path:
    """The ``templates`` folder: ``$STUDYGEN_TEMPLATES``, else inside the installed package (a wheel
    force-includes it as ``studygen/templates``), else the checkout's top-level ``templates/``."""
    override = os.environ.get("STUDYGEN_TEMPLATES")
    candidates = [Path(override)] if override else []
    candidates += [_PACKAGE_DIR / "templates", _PACKAGE_DIR.parent / "templates"]
    for candidate in candidates:
        if (candidate / "questions").is_dir():
            return candidate
    raise StudygenError("studygen's templates folder is missing; reinstall studygen")


def template_path(*parts: str) -> Path:
    path = templates_dir().joinpath(*parts)
    if not path.is_file():
        raise StudygenError(f"template {'/'.join(parts)} is missing from {templates_dir()}")
    return path


def read_template(*parts: str) -> str:
    return template_path(*parts).read_text(encoding="utf-8")
