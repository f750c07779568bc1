"""Articles in other languages get no card and a note that says why (``studygen.language``): the
parser and the templates read English only, and would turn a French article into garbled cards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studygen.cli import app
from studygen.language import MIN_ENGLISH_SHARE, english_share, foreign_sentence, not_english

ENGLISH = (
    "The Danube is the second-longest river in Europe. It rises in the Black Forest of Germany and flows "
    "through ten countries before it reaches the Black Sea. For centuries the river was a trade route and a "
    "border of the Roman Empire, and four capital cities were built on its banks."
)
GERMAN = (
    "Die Donau ist nach der Wolga der zweitlängste Fluss Europas. Sie entspringt im Schwarzwald und fließt "
    "durch zehn Staaten, bevor sie in das Schwarze Meer mündet. Jahrhundertelang war der Fluss ein "
    "Handelsweg und eine Grenze des Römischen Reiches, und an seinen Ufern liegen vier Hauptstädte."
)
SPANISH = (
    "El Danubio es el segundo río más largo de Europa. Nace en la Selva Negra de Alemania y atraviesa diez "
    "países antes de desembocar en el mar Negro. Durante siglos el río fue una ruta comercial y una frontera "
    "del Imperio romano, y cuatro capitales se construyeron a sus orillas."
)
# English that names and quotes things in another language is still English.
QUOTING = (
    "The Danube is called the Donau in German and the Duna in Hungarian. Johann Strauss II wrote the waltz "
    "An der schönen blauen Donau in 1866, and it was first played in Vienna in February 1867. The river "
    "flows through Vienna, Bratislava, Budapest and Belgrade on its way to the Black Sea."
)


@pytest.mark.parametrize("text", [ENGLISH, QUOTING])
def test_english_text_passes(text: str) -> None:
    assert not_english(text) is None
    assert english_share(text)[0] > 2 * MIN_ENGLISH_SHARE


@pytest.mark.parametrize("text", [GERMAN, SPANISH])
def test_text_in_another_language_is_refused_with_the_reason(text: str) -> None:
    reason = not_english(text)
    assert reason is not None and reason.startswith("not English")
    assert "English text only" in reason


def test_a_few_words_are_too_few_to_judge() -> None:
    assert not_english("Die Donau fließt nach Osten.") is None


def test_an_input_with_no_english_article_fails_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    article = tmp_path / "donau.txt"
    article.write_text("Die Donau\n\n" + GERMAN + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(article), "--out", str(out)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("studygen: error: no card could be made: the input is not "
                                                   "English")
    assert "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.slow
def test_a_folder_with_one_foreign_article_gives_cards_for_the_english_one_and_says_why(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "danube.txt").write_text("The Danube\n\n" + ENGLISH + " " + QUOTING + "\n", encoding="utf-8")
    (tmp_path / "in" / "rio.txt").write_text("El Danubio\n\n" + SPANISH + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(tmp_path / "in"), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "El Danubio: no card: not English" in result.output
    deck = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    by_id = {a["id"]: a for a in deck["articles"]}
    assert deck["cards"] and {by_id[c["article_id"]]["title"] for c in deck["cards"]} == {"The Danube"}


@pytest.mark.parametrize(("sentence", "foreign"), [
    ("Die Donau entspringt im Schwarzwald und fließt durch zehn Staaten bis zum Schwarzen Meer.", True),
    ("El río fue durante siglos una ruta comercial y una frontera del Imperio romano.", True),
    ("Photosynthesis converts light energy into chemical energy stored in glucose.", False),
    ("The river flows through Vienna, Bratislava, Budapest and Belgrade.", False),
    ("Donau, Duna, Dunaj.", False),  # too short to tell
])
def test_a_sentence_is_tested_on_its_own(sentence: str, foreign: bool) -> None:
    assert foreign_sentence(sentence) is foreign


@pytest.mark.slow
def test_a_quoted_paragraph_in_another_language_gives_no_card(tmp_path: Path) -> None:
    text = ("The Danube\n\n" + ENGLISH + " A Spanish schoolbook of 1900 describes the river in a paragraph.\n\n"
            + SPANISH + "\n\n" + QUOTING + "\n")
    (tmp_path / "danube.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(tmp_path / "danube.txt"), "--out", str(out), "--format", "json",
                                      "--cards", "40", "--min-score", "0"])
    assert result.exit_code == 0, result.output
    deck = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    start, end = text.index(SPANISH), text.index(SPANISH) + len(SPANISH)
    assert deck["cards"]  # the English sentences still give cards
    assert not [c["question"] for c in deck["cards"] if start <= c["source_start"] < end]
