"""The question template families, read from ``templates/questions/*.toml``.

A family is data a teacher can read and edit: its question pattern, the question phrase for each
answer type, and worked examples that the test suite checks.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from studygen.errors import StudygenError
from studygen.resources import templates_dir


@dataclass(frozen=True)
class Family:
    name: str
    description: str
    pattern: str = ""
    wh: dict[str, str] = field(default_factory=dict)
    examples: list[dict[str, str]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)

    def wh_for(self, answer_type: str, preposition: str | None = None) -> str | None:
        """The question phrase for an answer type, the preposition-specific entry first."""
        if preposition:
            specific = self.wh.get(f"{answer_type}.{preposition.lower()}")
            if specific:
                return specific
        # A type with no generic entry (place) is asked only after the prepositions it lists:
        # "Where" is right after "in", wrong after "of".
        return self.wh.get(answer_type)


@cache
def load_families() -> dict[str, Family]:
    folder = templates_dir() / "questions"
    families: dict[str, Family] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise StudygenError(f"question template {path.name} is not valid TOML: {exc}") from None
        name = data.pop("family", path.stem)
        families[name] = Family(
            name=name,
            description=data.pop("description", ""),
            pattern=data.pop("pattern", ""),
            wh=dict(data.pop("wh", {})),
            examples=list(data.pop("examples", [])),
            settings=data,
        )
    for required in ("subject", "object", "adverbial", "definition", "cloze", "mcq", "true_false"):
        if required not in families:
            raise StudygenError(f"question template family {required!r} is missing from {folder}")
    return families


def family(name: str) -> Family:
    return load_families()[name]
