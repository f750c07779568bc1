"""``studygen split`` on bad inputs and its output formats (no NLP models: headed, short inputs)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the real entry point in-process: the same error mapping as the installed command."""
    from studygen.cli import main

    monkeypatch.setattr(sys, "argv", ["studygen", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    out, err = capsys.readouterr()
    code = exited.value.code
    return (code if isinstance(code, int) else 1), out, err


def bad_inputs(tmp: Path) -> dict[str, tuple[list[str], str]]:
    """name -> (arguments, what the one error line must say)."""
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b" \n\n\t\n")
    (tmp / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp / "nul.txt").write_bytes(b"text\x00with\x00many\x00NUL\x00bytes\x00")  # a few are dropped
    (tmp / "garbled.txt").write_bytes(b"caf\xe9 \x81\x8d not text")
    (tmp / "big.txt").write_bytes(b"Big\n\n" + b"word " * 400)
    (tmp / "nothing").mkdir()
    (tmp / "nothing" / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp / "nothing" / "empty.md").write_bytes(b"")
    return {
        "missing": ([str(tmp / "missing.txt")], "missing.txt: no such file or folder"),
        "empty": ([str(tmp / "empty.txt")], "empty.txt: file is empty"),
        "blank": ([str(tmp / "blank.txt")], "blank.txt: holds only whitespace, no text"),
        "png": ([str(tmp / "picture.txt")], "picture.txt: a PNG image, not text"),
        "nul": ([str(tmp / "nul.txt")], "nul.txt: binary data (NUL bytes), not text"),
        "undecodable": ([str(tmp / "garbled.txt")], "garbled.txt: undecodable bytes: not UTF-8, UTF-16 or "
                                                     "Windows-1252 text (byte 0x81 at offset 5)"),
        "too big": ([str(tmp / "big.txt"), "--max-file-mb", "0.001"],
                    "big.txt: file is 2005 bytes, over the 1048 bytes limit (raise it with --max-file-mb)"),
        "empty folder": ([str(tmp / "nothing")], "nothing: nothing readable (skipped "),
    }


@pytest.mark.parametrize("case", ["missing", "empty", "blank", "png", "nul", "undecodable", "too big",
                                  "empty folder"])
def test_bad_input_is_one_line_on_stderr_and_exit_code_2(case: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    args, message = bad_inputs(tmp_path)[case]
    code, out, err = run(["split", *args], monkeypatch, capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("studygen: error: ")
    assert message in err
    assert "Traceback" not in err


def test_a_real_process_reports_a_missing_file_without_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "studygen", "split", str(tmp_path / "nope.txt")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2
    assert done.stderr == f"studygen: error: {tmp_path / 'nope.txt'}: no such file or folder\n"
    assert done.stdout == ""


def test_json_lists_articles_and_notes_go_to_stderr(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha\n\nFirst article.\n\n---\n\nBeta\n\nSecond article, two lines.\n",
                                  encoding="utf-8")
    (folder / "b.docx").write_bytes(b"PK\x03\x04")
    code, out, err = run(["split", str(folder), "--json", "--split", "separators"], monkeypatch, capsys)
    assert code == 0
    rows = json.loads(out)
    assert [{k: r[k] for k in ("title", "start_line", "end_line", "words", "reason")} for r in rows] == [
        {"title": "Alpha", "start_line": 1, "end_line": 3, "words": 3, "reason": "start of file"},
        {"title": "Beta", "start_line": 7, "end_line": 9, "words": 5, "reason": "separator '---'"},
    ]
    assert err == (f"studygen: note: skipped {folder / 'b.docx'}: not a Word document (.docx): it is a ZIP archive "
                   "without the parts of a Word document or an EPUB book (damaged?) (check the file, or give it "
                   "the right extension)\n")


def test_table_shows_lines_words_titles_and_reasons(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "two.md"
    path.write_text("# Alpha\n\nFirst article.\n\n# Beta\n\nSecond one.\n", encoding="utf-8")
    code, out, _ = run(["split", str(path)], monkeypatch, capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["#", "Lines", "Words", "Title", "Starts", "at"]
    assert lines[2].split() == ["1", "1-3", "3", "Alpha", "start", "of", "file"]
    assert lines[3].split() == ["2", "5-7", "3", "Beta", "markdown", "heading"]


def test_standard_input_and_split_none(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    import io

    piped = "# One\n\nFirst.\n\n# Two\n\nSecond.\n".encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped)))
    code, out, _ = run(["split", "-", "--json", "--split", "none"], monkeypatch, capsys)
    assert code == 0
    rows = json.loads(out)
    assert [(r["title"], r["start_line"], r["end_line"], r["source"]) for r in rows] == [("One", 1, 7, "-")]


def test_help_explains_the_command_and_its_options(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["split", "--help"], monkeypatch, capsys)
    assert code == 0
    for text in ("Show the articles", "--json", "--split", "auto", "separators", "none", "--max-file-mb",
                 "standard input"):
        assert text in out


def test_json_shows_the_sections_kept_inside_an_article_and_its_dateline(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Lantern Festival in Taipei lights up the night with thousands of lanterns\n\n"
                    "Monday, March 5, 2007\n\nThousands came to see the lanterns.\n\nGeography\n\n"
                    "Taipei lies in a basin.\n", encoding="utf-8")
    code, out, _ = run(["split", str(path), "--json"], monkeypatch, capsys)
    assert code == 0
    row, = json.loads(out)
    assert row["title"] == "Lantern Festival in Taipei lights up the night with thousands of lanterns"
    assert (row["sections"], row["metadata"]) == (["Geography"], ["Monday, March 5, 2007"])
    assert (row["start_line"], row["end_line"], row["reason"]) == (1, 9, "start of file")
