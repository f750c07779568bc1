"""Hostile and broken input, without the NLP models: damaged bytes, endless paragraphs, invisible
characters in hand-edited card files, output paths. (The end-to-end builds are in test_hostile_build.py.)"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from hostile_support import INVISIBLE, Markup, read_tsv

from studygen.errors import InputError, OutputError
from studygen.exporters import ExportOptions, export_deck
from studygen.ingest import read_articles
from studygen.models import Article, Card, Deck
from studygen.outputs import OutputSet
from studygen.sentences import MAX_BLOCK_CHARS, content_blocks


def _one(path: Path) -> tuple[Article, list[str]]:
    result = read_articles([path], split="none")
    assert len(result.articles) == 1
    return result.articles[0], result.notes


# --- bytes ---------------------------------------------------------------------------------------

def test_a_few_nul_bytes_are_dropped_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes(b"Damaged Notes\n\nThe caf\xc3\xa9 opened\x00 in 1999.\x00\n")
    article, notes = _one(path)
    assert article.text == "Damaged Notes\n\nThe café opened in 1999."
    assert notes == [f"{path}: 2 NUL bytes removed"]


def test_a_file_full_of_nul_bytes_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x02\x03 header \x00\x00\x00\x00 more \x00\x00" * 20)
    with pytest.raises(InputError, match=r"data.txt: binary data \(NUL bytes\), not text"):
        read_articles([path])


def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path: Path) -> None:
    # Before: one bad byte sent the whole file to Windows-1252, so every "é" became "Ã©" (and the
    # paragraph, holding "©", was then thrown away as a photo credit).
    path = tmp_path / "broken.txt"
    path.write_bytes("Café Notes\n\nThe café in Zürich opened in 1999 near the Müller bakery.".encode()
                     + b" \xff\xfe broken, and cut mid-character: " + "東".encode()[:2] + b"\n")
    article, notes = _one(path)
    assert article.text == ("Café Notes\n\nThe café in Zürich opened in 1999 near the Müller bakery. "
                            "\ufffd\ufffd broken, and cut mid-character: \ufffd")
    assert notes == [f"{path}: bytes that are not UTF-8 in 3 places, shown as \ufffd"]


def test_windows_1252_text_is_still_read_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Old Notes\n\n“Smart quotes” and a café — from Windows.\n".encode("cp1252"))
    article, notes = _one(path)
    assert article.text == "Old Notes\n\n“Smart quotes” and a café — from Windows."
    assert notes == []


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes("Export Notes\n\nThe café opened in 1999 in 東京 🙂.\n".encode(encoding))
    article, notes = _one(path)
    assert article.text == "Export Notes\n\nThe café opened in 1999 in 東京 🙂."
    assert notes == [f"{path}: read as UTF-16 text without a byte-order mark"]


def test_invisible_and_bidirectional_controls_are_stripped_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "tricky.txt"
    path.write_text("Tricky Notes\n\nThe \u202egnp.exe\u202c file\u200b was\u2066 sent by 東京 "
                    "👨\u200d👩\u200d👧 at noon\u00ad.\x1b\n", encoding="utf-8")
    article, _ = _one(path)
    assert article.text == "Tricky Notes\n\nThe gnp.exe file was sent by 東京 👨\u200d👩\u200d👧 at noon."


# --- endless paragraphs ----------------------------------------------------------------------------

def test_an_endless_paragraph_reaches_the_parser_in_bounded_chunks() -> None:
    # Before: a paragraph of more than 1,000,000 characters (a 5 MB line) was given to spaCy whole,
    # which refuses it ("[E088] Text of length ... exceeds maximum"), an internal error.
    sentences = " ".join(f"Sentence {i} is about the bridge." for i in range(4000))
    blob = "A" * 25_000
    text = f"Heading\n\n{sentences}\n\n{blob}\n\nThe end."
    blocks = content_blocks(Article(id="a", title="t", text=text, source="-"))
    assert max(b.end - b.start for b in blocks) <= MAX_BLOCK_CHARS
    covered = "".join(text[b.start:b.end] for b in blocks)
    assert covered.replace(" ", "") == text.replace(" ", "").replace("\n", "")  # nothing lost
    prose = [b for b in blocks if b.paragraph == 1]
    assert len(prose) > 10 and all(text[b.start:b.end].endswith("bridge.") for b in prose)
    assert all(b.last_in_paragraph for b in prose)  # a sentence cut in two is checked like a paragraph end
    assert [b.paragraph for b in blocks] == sorted(b.paragraph for b in blocks)


# --- card files edited by hand -----------------------------------------------------------------------

def _deck_with(text_in_question: str) -> Deck:
    text = "The bridge opened in 1848 in London."
    article = Article(id="a1", title=f"Bridges{text_in_question}", text=text, source="-")
    cards = [
        Card(guid="g1", article_id="a1", kind="basic", question=f"When did the{text_in_question} bridge open?",
             answer="1848", answer_start=text.index("1848"), source_start=0, source_end=len(text),
             tags=[f"tag{text_in_question}"]),
        Card(guid="g2", article_id="a1", kind="cloze", question=f"The bridge{text_in_question} opened in _____ "
             "in London.", answer="1848", answer_start=text.index("1848"), source_start=0, source_end=len(text)),
    ]
    return Deck(name=f"Deck{text_in_question}", articles=[article], cards=cards)


@pytest.mark.parametrize("character", INVISIBLE)
def test_invisible_characters_of_a_hand_edited_card_file_reach_no_output(tmp_path: Path, character: str) -> None:
    # Before: a right-to-left override or a NUL typed into a card file went into every output as is.
    deck = _deck_with(character)
    paths = export_deck(deck, ["apkg", "tsv", "gift", "quiz", "md"], tmp_path, ExportOptions(timestamp=0))
    for path in paths:
        if path.suffix == ".apkg":
            continue  # checked through real Anki in test_properties
        text = path.read_text(encoding="utf-8")
        assert character not in text, path.name
    _, rows = read_tsv((tmp_path / "deck.tsv").read_text(encoding="utf-8"))
    assert Markup(rows[0][4]).text == "When did the bridge open?"


# --- output paths ------------------------------------------------------------------------------------

def test_an_out_path_that_is_a_file_or_below_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file, not a folder"):
        OutputSet(target)
    with pytest.raises(OutputError, match="cannot create output folder"):
        OutputSet(target / "sub")
    assert target.read_text(encoding="utf-8") == "keep me"


def test_an_out_folder_that_cannot_be_created_is_refused() -> None:
    with pytest.raises(OutputError, match="cannot create output folder"):
        OutputSet(Path("/proc/studygen-cannot-be-here"))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_out_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="is not writable"):
            OutputSet(folder)
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("name", ["../evil", "/etc/passwd", "a/../../b", "..", ".", ""])
def test_an_output_name_is_a_plain_file_name(tmp_path: Path, name: str) -> None:
    with OutputSet(tmp_path / "out") as outputs, pytest.raises(OutputError, match="plain file names"):
        outputs.write_text(name, "x")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["out"]


@pytest.mark.parametrize("deck_name", ["../../escape", "/etc/cron.d/x", "..", "a/b\\c", "<script>", "::",
                                       "\u202eexe.txt", "名前だけ"])
def test_output_files_are_named_from_the_slug_of_the_deck_name(tmp_path: Path, deck_name: str) -> None:
    deck = _deck_with("").model_copy(update={"name": deck_name})
    out = tmp_path / "out"
    written = export_deck(deck, ["apkg", "json", "tsv", "gift", "quiz", "md"], out, ExportOptions(timestamp=0))
    assert {p.parent for p in written} == {out}
    assert sorted(p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*")) == ["out"] * (len(written) + 1)
    for path in written:
        stem = path.name.split(".")[0]
        assert stem and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in stem), path.name


# --- replacing earlier outputs ---------------------------------------------------------------------

def _previous(out: Path) -> dict[str, bytes]:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("deck.apkg", "deck.json", "deck.gift"):
        (out / name).write_bytes(b"previous " + name.encode())
    return {p.name: p.read_bytes() for p in out.iterdir()}


def test_ctrl_c_while_writing_leaves_the_previous_outputs_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from studygen.exporters import exporters

    out = tmp_path / "out"
    before = _previous(out)

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setitem(exporters._loaded, "gift", interrupted)  # the last format, after two are staged
    with pytest.raises(KeyboardInterrupt):
        export_deck(_deck_with(""), ["apkg", "json", "gift"], out, ExportOptions(timestamp=0))
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_folder_in_the_way_of_one_output_replaces_none(tmp_path: Path) -> None:
    # Before: the outputs named before it were replaced, the rest not: a mix of two builds.
    out = tmp_path / "out"
    before = _previous(out)
    (out / "deck.tsv").mkdir()
    with pytest.raises(OutputError, match="cannot replace .*deck.tsv: it is a folder"):
        export_deck(_deck_with(""), ["apkg", "json", "gift", "tsv"], out, ExportOptions(timestamp=0))
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in out.iterdir()) == ["deck.apkg", "deck.gift", "deck.json", "deck.tsv"]


def test_ctrl_c_during_the_renames_waits_until_all_are_done(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # Before: Ctrl-C between two renames left some outputs new, some old, and temporary files behind.
    import signal

    out = tmp_path / "out"
    before = _previous(out)
    real_replace = os.replace
    calls = []

    def replace_then_interrupt(source: str | Path, target: str | Path) -> None:
        calls.append(target)
        real_replace(source, target)
        if len(calls) == 1:
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(os, "replace", replace_then_interrupt)
    # A build has other threads (torch's, the tokenizer's); the signal may be delivered to any of them.
    done = threading.Event()
    other = threading.Thread(target=done.wait, daemon=True)
    other.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            export_deck(_deck_with(""), ["apkg", "json", "gift"], out, ExportOptions(timestamp=0))
    finally:
        done.set()
    assert len(calls) == 3
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert sorted(after) == sorted(before)  # no temporary file
    assert all(after[name] != before[name] for name in before)  # all three are the new ones


def test_an_existing_output_is_replaced_by_rename_not_rewritten_in_place(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _previous(out)
    with (out / "deck.json").open("rb") as old:  # a reader of the old file keeps reading the old file
        export_deck(_deck_with(""), ["json"], out, ExportOptions(timestamp=0))
        assert old.read() == b"previous deck.json"
    assert (out / "deck.json").read_bytes().startswith(b"{")


def test_a_markdown_title_ending_in_hashes_keeps_them() -> None:
    # Before: "# Deck ####" is a heading whose closing sequence CommonMark drops: the title lost "####".
    from markdown_it import MarkdownIt

    from studygen.exporters.markdown import render

    deck = _deck_with("").model_copy(update={"name": "C# and F# ####"})
    page = Markup(MarkdownIt("commonmark").render(render(deck)))
    assert page.by_class == {} and "C# and F# ####" in page.text


@pytest.mark.parametrize("where", ["file", "below a file"])
def test_build_refuses_a_bad_out_before_building(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str], where: str) -> None:
    # Before: the whole build ran (minutes on a big input), then the output folder was found bad.
    import sys

    from studygen.cli import main

    (tmp_path / "a.txt").write_text("Notes\n\nThe bridge opened in 1848 in London.\n", encoding="utf-8")
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    out = tmp_path / "taken" if where == "file" else tmp_path / "taken" / "decks"

    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("the build ran")

    monkeypatch.setattr("studygen.pipeline.build_deck", no_build)
    monkeypatch.setattr(sys, "argv", ["studygen", "build", str(tmp_path / "a.txt"), "--out", str(out)])
    with pytest.raises(SystemExit) as exited:
        main()
    err = capsys.readouterr().err
    assert exited.value.code == 2
    expected = "is a file, not a folder" if where == "file" else f"cannot create output folder {out}"
    assert err.startswith("studygen: error: ") and expected in err and err.count("\n") == 1
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "a file"


def test_tex_in_article_text_is_out_of_mathjax_reach_in_every_anki_card(tmp_path: Path) -> None:
    # Before: Anki runs MathJax (with its "require" package) over every card, so "\(...\)" from an
    # article was typeset, and \require{html}\href{javascript:...} became a live link.
    anki_collection = pytest.importorskip("anki.collection", reason="the test extra installs anki")
    from anki_support import import_apkg
    from hostile_support import text_outside

    tex = r"\(\require{html}\href{javascript:alert(1)}{click}\)"
    text = f"The note {tex} was found in 1848 in London."
    article = Article(id="a1", title=r"Maths \[x^2\]", text=text, source="-")
    where = {"source_start": 0, "source_end": len(text), "answer_start": text.index("1848")}
    cards = [Card(guid="b", article_id="a1", kind="basic", question=rf"When was the note {tex} found?",
                  answer="1848", **where),
             Card(guid="c", article_id="a1", kind="cloze", question=f"The note {tex} was found in _____ in London.",
                  answer="1848", **where)]
    path, = export_deck(Deck(name="TeX", articles=[article], cards=cards), ["apkg"], tmp_path / "out")
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(col, path)
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            for side in (card.question(), card.answer()):
                assert r"\(" in side and text_outside(side, "mathjax_ignore") == []
    finally:
        col.close()


@pytest.mark.skipif(not hasattr(os, "symlink") or not hasattr(__import__("signal"), "alarm"), reason="POSIX")
def test_a_folder_with_link_loops_is_read_once(tmp_path: Path) -> None:
    # Before: a link to "." and one to ".." made the walk branch at every level: it never ended.
    import signal

    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("Loop Notes\n\nThe bridge opened in 1848 in London.\n", encoding="utf-8")
    os.symlink(".", folder / "self")
    os.symlink("..", folder / "sub" / "up")

    def hung(*args: object) -> None:
        raise TimeoutError("the folder walk did not end")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        result = read_articles([folder])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [a.title for a in result.articles] == ["Loop Notes"]
    assert result.notes == [f"skipped {folder / 'self'}: a link to a folder already read",
                            f"skipped {folder / 'sub' / 'up'}: a link to a folder already read"]


def _cli(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    import sys

    from studygen.cli import main

    monkeypatch.setattr(sys, "argv", ["studygen", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


@pytest.mark.parametrize("edit", [("When did the bridge open?", "When did the \\ud800 bridge open?"),
                                  ('"title": "Bridges"', '"title": "Bri\\udfffdges"'),
                                  ('"question":', '"que\\ud83dstion":')])
def test_a_card_file_with_half_a_character_is_refused_naming_the_card(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        edit: tuple[str, str]) -> None:
    # Before: a lone surrogate (a broken \u escape) passed validation and crashed every exporter with
    # "internal error: UnicodeEncodeError".
    from studygen.cardfile import dump_deck

    path = tmp_path / "cards.json"
    path.write_text(dump_deck(_deck_with("")).replace(*edit, 1), encoding="utf-8")
    code, out, err = _cli(["export", str(path), "--format", "json,apkg,gift", "--out", str(tmp_path / "out")],
                          monkeypatch, capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "lone UTF-16 surrogate" in err
    assert ("card 1 (guid 'g1'): " in err) or ("article 1 (id 'a1'): title: " in err)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_control_characters_in_a_file_name_are_printed_escaped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # Before: a note naming "\x1b]0;pwned\x07.pdf" sent the escape sequence to the terminal.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b]0;pwned\x07.xyz").write_bytes(b"%PDF-1.4")
    (folder / "notes.txt").write_text("Notes\n\nThe bridge opened in 1848 in London.\n", encoding="utf-8")
    code, _, err = _cli(["split", str(folder)], monkeypatch, capsys)
    assert code == 0
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b]0;pwned\\x07.xyz: unsupported file type" in err


def test_a_guid_starting_with_a_hash_is_not_a_comment_to_ankis_text_import(tmp_path: Path) -> None:
    # Before: Anki skipped the row as a comment line, and the note was silently lost (studygen's
    # GUIDs are base-91 hashes: about 1 in 91 starts with "#").
    anki_collection = pytest.importorskip("anki.collection", reason="the test extra installs anki")
    from anki_support import import_apkg, import_tsv

    deck = _deck_with("")
    deck = deck.model_copy(update={"cards": [deck.cards[0].model_copy(update={"guid": "#Ab3"}),
                                             deck.cards[1].model_copy(update={"guid": "#separator:comma"})]})
    apkg, tsv = export_deck(deck, ["apkg", "tsv"], tmp_path / "out", ExportOptions(timestamp=0))
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        log = import_tsv(col, tsv)
        assert len(log.new) == 2
        assert sorted(col.get_note(n).guid for n in col.find_notes("")) == ["#Ab3-tsv", "#separator:comma-tsv"]
        log = import_apkg(col, apkg)
        assert len(log.new) == 2  # the .apkg's notes are notes of their own
    finally:
        col.close()


def test_a_right_option_holding_an_arrow_stays_a_multiple_choice_in_gift() -> None:
    # Before: "=-> the" read as a matching pair to gift-pegjs, and the whole file failed to parse.
    import json
    import subprocess

    from hostile_support import gift_parser_available, gift_text

    from studygen.exporters.gift import render

    node = gift_parser_available()
    if node is None:
        pytest.skip("GIFT parser not installed: run `npm ci --prefix tests/gift`")
    text = "The sign -> <b>means</b> x -> y here."
    article = Article(id="a1", title="Arrows", text=text, source="-")
    card = Card(guid="m", article_id="a1", kind="mcq", question="What does the sign mean?",
                answer="x -> y", answer_start=text.index("x -> y"), source_start=0, source_end=len(text),
                options=["x -> y", "x <- y", "x = y"])
    gift = render(Deck(name="Arrows", articles=[article], cards=[card]))
    script = ("const {parse} = require('gift-pegjs'); let t = '';"
              "process.stdin.on('data', d => t += d).on('end', () => console.log(JSON.stringify(parse(t))));")
    done = subprocess.run([node, "-e", script], input=gift, capture_output=True, text=True, check=True,
                          cwd=Path(__file__).parent / "gift", timeout=60)
    question, = [q for q in json.loads(done.stdout) if q["type"] != "Category"]
    assert question["type"] == "MC"
    assert [gift_text(c["text"]) for c in question["choices"]] == ["x -> y", "x <- y", "x = y"]
    assert [c["isCorrect"] for c in question["choices"]] == [True, False, False]


@pytest.mark.parametrize("kinds", ["", ",,,", " , "])
def test_kinds_that_name_no_kind_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str], kinds: str) -> None:
    # Before: "" made every kind, and ",,," built nothing and blamed the input's sentences.
    code, _, err = _cli(["build", "seeds", "--out", str(tmp_path), "--kinds", kinds], monkeypatch, capsys)
    assert code == 2
    assert err == "studygen: error: --kinds names no card kind; choose from: basic, cloze, mcq, true_false\n"
    assert not any(tmp_path.iterdir())


def test_a_full_disk_is_an_error_in_one_line_not_an_internal_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import errno

    from studygen.cardfile import dump_deck

    path = tmp_path / "cards.json"
    path.write_text(dump_deck(_deck_with("")), encoding="utf-8")
    out = tmp_path / "out"

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(out / "deck.tsv"))

    from studygen.exporters import exporters

    monkeypatch.setitem(exporters._loaded, "tsv", full)  # the registry's loaded writer for "tsv"
    code, _, err = _cli(["export", str(path), "--format", "tsv", "--out", str(out)], monkeypatch, capsys)
    assert code == 1
    assert err == f"studygen: error: No space left on device ({out / 'deck.tsv'})\n"


@pytest.mark.parametrize(("args", "error"), [
    (["build", "--cards", "0"], "Invalid value for '--cards' / '-c': Input should be greater than or equal to 1"),
    (["build", "--jobs", "abc"], "Invalid value for '--jobs' / '-j'"),
    (["build", "--bogus"], "No such option: --bogus"),
    (["split", "seeds", "--split", "bogus"], "Invalid value for '--split'"),
    (["bogus"], "No such command 'bogus'."),
])
def test_a_usage_error_is_one_line_with_exit_code_2(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str], args: list[str],
                                                    error: str) -> None:
    # Before: the option parser printed its usage block (four lines) before the error.
    code, out, err = _cli(args, monkeypatch, capsys)
    assert code == 2 and not out
    assert err.startswith(f"studygen: error: {error}") and err.count("\n") == 1


def test_a_command_given_nothing_still_shows_its_help(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(["export"], monkeypatch, capsys)
    assert code == 2
    assert err.startswith("Usage: ") and " export [OPTIONS]" in err.splitlines()[0] and "--format" in err
