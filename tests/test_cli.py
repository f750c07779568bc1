"""The command line as a whole: every command documented, and the templates shipped in the wheel."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studygen.cli import app
from studygen.resources import templates_dir

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = [c.name for c in app.registered_commands]


def test_the_commands_are_build_split_export() -> None:
    assert sorted(COMMANDS) == ["build", "export", "split"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output.splitlines()) > 8
    assert f"studygen {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_help_does_not_import_the_models() -> None:
    # `studygen --help` must be instant: torch, transformers and spaCy load only when needed.
    code = ("import sys; from studygen.cli import app; import typer.testing as t; "
            "t.CliRunner().invoke(app, ['--help']); t.CliRunner().invoke(app, ['build', '--help']); "
            "print(sorted(m for m in ('torch', 'transformers', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_readme_quickstart_has_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quickstart", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.strip().splitlines() if line.strip()]
    assert len(commands) == 2
    assert "studygen build seeds --out decks" in commands[0]
    assert "pytest" in commands[1]


def test_templates_are_found_in_the_checkout() -> None:
    assert (templates_dir() / "questions" / "subject.toml").is_file()


@pytest.mark.skipif(shutil.which("hatchling") is None and not (Path(sys.executable).parent / "hatchling").exists(),
                    reason="the test extra installs hatchling")
def test_the_wheel_ships_the_templates(tmp_path: Path) -> None:
    hatchling = shutil.which("hatchling") or str(Path(sys.executable).parent / "hatchling")
    subprocess.run([hatchling, "build", "-t", "wheel", "-d", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    wheel = next(tmp_path.glob("studygen-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "templates").rglob("*") if p.is_file()}
    assert shipped
    for path in shipped:
        assert f"studygen/{path}" in names, path
