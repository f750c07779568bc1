"""``generate_question``, the public answer-aware API, and the quality benchmark built on it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from studygen.questions import generate_question

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import quality  # noqa: E402


def test_answer_must_be_at_its_offset() -> None:
    with pytest.raises(ValueError):
        generate_question("Kim received a second invite in May.", "Kim", 3)
    with pytest.raises(ValueError):
        generate_question("Kim received a second invite in May.", "   ", 0)


@pytest.mark.slow
def test_the_docstring_example() -> None:
    question = generate_question("Kim received a second invite in May.", "Kim", 0)
    assert question == "Who received a second invite in May?"


@pytest.mark.slow
def test_the_answer_is_taken_at_its_offset_not_its_first_occurrence() -> None:
    context = "Tesla was born in 1856. Edison was born in 1847."
    assert generate_question(context, "1847", context.index("1847")) == "When was Edison born?"


@pytest.mark.slow
@pytest.mark.parametrize(("context", "answer"), [
    ("The Rhine flows through Germany, and it ends in the North Sea.", "Germany, and it"),
    ("She moved to Paris in 1891.", "Paris"),
    ("Let's say ten times more.", "ten"),
])
def test_none_rather_than_garbage(context: str, answer: str) -> None:
    assert generate_question(context, answer, context.index(answer)) is None


@pytest.mark.slow
def test_the_last_resort_quotes_a_sentence_word_for_word_only_after_text_its_pronouns_may_name() -> None:
    sentence = "Before Rollo's arrival, its populations did not differ from Picardy or the Île-de-France."
    context = "The Normans settled in the region in the tenth century. " + sentence
    assert generate_question(context, "Picardy", context.index("Picardy")) == (
        'What completes the sentence "Before Rollo\'s arrival, its populations did not differ from _____ or the '
        'Île-de-France."?')
    # Alone, "its" stands for nothing the caller holds: no question.
    assert generate_question(sentence, "Picardy", sentence.index("Picardy")) is None


@pytest.mark.slow
def test_the_fallback_is_switched_off_for_fronted_questions_only() -> None:
    context = "Environmentalists are concerned about the release of carbon."
    start = context.index("carbon")
    assert generate_question(context, "carbon", start) == "Environmentalists are concerned about the release of what?"
    assert generate_question(context, "carbon", start, fallback=False) is None
    context = "Marie Curie discovered polonium in 1898."
    assert generate_question(context, "polonium", context.index("polonium"), fallback=False) == \
        "What did Marie Curie discover in 1898?"


def test_benchmark_leak_check() -> None:
    assert quality.leaks("Who held Marconi's record?", "Marconi")
    assert quality.leaks("What did the king own?", "the king")
    assert not quality.leaks("What did the ruler own?", "the king")


def test_benchmark_reads_and_slices_rows(tmp_path: Path) -> None:
    data = tmp_path / "rows.jsonl"
    rows = [{"context": f"Row {k} is here.", "answer": "here", "answer_start": 9 + len(str(k)) - 1,
             "question": "Where is it?"} for k in range(5)]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    contexts = [r["context"] for r in quality.read_rows(data, skip=1, limit=2)]
    assert contexts == ["Row 1 is here.", "Row 2 is here."]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"context": "abc", "answer": "x", "answer_start": 0, "question": "?"}) + "\n")
    with pytest.raises(SystemExit):
        quality.read_rows(bad)


def test_the_shipped_rows_keep_their_attribution() -> None:
    folder = ROOT / "benchmarks" / "data" / "questions"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in readme and "SQuAD" in readme
    assert len(quality.read_rows(folder / "public.jsonl")) == 300


@pytest.mark.slow
def test_benchmark_prints_one_json_line(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sacrebleu")
    pytest.importorskip("rouge_score")
    assert quality.main(["--limit", "4", "--show", "2"]) == 0
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert len(lines) == 1
    figures = json.loads(lines[0])
    assert figures["rows"] == 4
    assert 0 <= figures["coverage"] <= 1 and figures["leak_rate"] == 0
    assert figures["rougeL_all"] <= figures["rougeL_answered"] or figures["answered"] == 0
    assert err.count("human:") == 2
    again = quality.main(["--limit", "4"])
    assert again == 0 and json.loads(capsys.readouterr().out)["rougeL_all"] == figures["rougeL_all"]
    assert figures["mode"] == "fallback"
    assert quality.main(["--limit", "4", "--strict"]) == 0
    strict = json.loads(capsys.readouterr().out)
    assert strict["mode"] == "strict" and strict["coverage"] <= figures["coverage"]


@pytest.mark.slow
def test_the_api_without_fallbacks_does_not_return_a_question_its_own_parse_finds_garbled() -> None:
    # "When did the population fall from 4,000 in March 1841 to 900?" asks which of two times it means:
    # a build throws it away (studygen.wellformed), and so does the answer-aware API with fallback=False.
    sentence = "The population fell from 4,000 in March 1841 to 900 in March 1851, after the mill closed."
    start = sentence.index("March 1851")
    garbled = "When did the population fall from 4,000 in March 1841 to 900?"
    assert generate_question(sentence, "March 1851", start, fallback=False) is None
    # With the fallbacks, the fronted question stays first: the in-situ one after it is often worse.
    assert generate_question(sentence, "March 1851", start) == garbled
