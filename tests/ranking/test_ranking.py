"""The learned judge of candidate cards: its shipped weights, its training command, and what a user sees
of it in a build (fewer, better-ranked cards; scores in --explain; --min-score)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studygen.cli import app
from studygen.ranking import FEATURE_NAMES, Ranker, default_ranker

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "benchmarks" / "data" / "ranking"


def test_the_shipped_weights_match_the_features_and_keep_every_kind() -> None:
    ranker = default_ranker()
    assert ranker.features == tuple(FEATURE_NAMES)
    assert set(ranker.thresholds) == {"basic", "cloze", "mcq", "true_false"}
    assert all(0.0 < t < 1.0 for t in ranker.thresholds.values())
    # Trained on hundreds of blind verdicts, not a handful.
    assert ranker.about["cards"] >= 500


def test_weights_for_other_features_are_refused_with_a_way_out(tmp_path: Path) -> None:
    data = json.loads((ROOT / "studygen" / "ranking" / "weights.json").read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="python -m studygen.ranking.train"):
        Ranker.load(path)


def test_scores_are_probabilities_that_rise_with_good_evidence() -> None:
    ranker = default_ranker()
    base = [m for m in ranker.mean]
    worse = list(base)
    # An answer that is the article's title makes a card less likely to be accepted.
    worse[FEATURE_NAMES.index("a_in_title")] = 1.0
    p_base, p_worse = ranker.probabilities([base, worse])
    assert 0.0 < p_worse < p_base < 1.0


def _small_label_folder(tmp_path: Path, articles: int = 3) -> Path:
    rows = [json.loads(line) for line in (LABELS / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    wanted: list[str] = []
    for row in rows:
        aid = row["card"]["article_id"]
        if aid not in wanted and len(wanted) < articles:
            wanted.append(aid)
    folder = tmp_path / "labels"
    folder.mkdir()
    (folder / "labels.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows if r["card"]["article_id"] in wanted), encoding="utf-8")
    (folder / "articles.jsonl").write_text(
        "".join(line + "\n" for line in (LABELS / "articles.jsonl").read_text(encoding="utf-8").splitlines()
                if json.loads(line)["id"] in wanted), encoding="utf-8")
    return folder


@pytest.mark.slow
def test_the_training_command_rebuilds_loadable_weights_from_a_labelled_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from studygen.ranking.train import main

    folder = _small_label_folder(tmp_path)
    out = tmp_path / "weights.json"
    assert main([str(folder), "--out", str(out), "--folds", "3"]) == 0
    printed = capsys.readouterr().out
    assert "cross-validated AUC" in printed and "threshold basic" in printed
    ranker = Ranker.load(out)
    rows = sum(1 for _ in (folder / "labels.jsonl").open(encoding="utf-8"))
    assert ranker.about["cards"] == rows
    # The same labels give the same weights: training is deterministic.
    again = tmp_path / "again.json"
    main([str(folder), "--out", str(again), "--folds", "3"])
    assert again.read_bytes() == out.read_bytes()


@pytest.mark.slow
def test_training_tests_the_model_on_held_out_cards_without_learning_from_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from studygen.ranking.train import HELD_OUT, main

    folder = _small_label_folder(tmp_path)
    main([str(folder), "--out", str(tmp_path / "before.json"), "--folds", "3"])
    capsys.readouterr()
    lines = (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / HELD_OUT).write_text("\n".join(lines[:40]) + "\n", encoding="utf-8")
    assert main([str(folder), "--out", str(tmp_path / "after.json"), "--folds", "3"]) == 0
    assert "held out (held_out.jsonl): 40 cards" in capsys.readouterr().out
    # The held-out cards are only scored: the weights are those of the labels alone.
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()


SHORT = (
    "The Eiffel Tower\n\n"
    "The Eiffel Tower is a wrought-iron lattice tower on the Champ de Mars in Paris, France. It is named after "
    "the engineer Gustave Eiffel, whose company designed and built the tower from 1887 to 1889. The tower was "
    "the entrance arch of the 1889 World's Fair. Locally nicknamed \"La dame de fer\", it was criticised by "
    "some of France's leading artists and intellectuals for its design. The tower is 330 metres tall, about "
    "the same height as an 81-storey building. It was the tallest man-made structure in the world until the "
    "Chrysler Building in New York City was finished in 1930. The tower receives about six million visitors "
    "a year.\n"
)

@pytest.mark.slow
def test_a_build_ranks_cards_shows_scores_and_min_score_keeps_more(tmp_path: Path) -> None:
    article = tmp_path / "eiffel.txt"
    article.write_text(SHORT, encoding="utf-8")
    runner = CliRunner()
    ranked = runner.invoke(app, ["build", str(article), "--out", str(tmp_path / "a"), "--explain", "--cards", "8"])
    assert ranked.exit_code == 0, ranked.output
    assert "ranking score" in ranked.output  # thrown-away cards show their score
    everything = runner.invoke(app, ["build", str(article), "--out", str(tmp_path / "b"), "--cards", "8",
                                     "--min-score", "0", "--explain"])
    assert everything.exit_code == 0, everything.output
    assert "low_score" not in everything.output  # with --min-score 0 no card is thrown away for its score
    kept = json.loads((tmp_path / "a" / "eiffel.json").read_text(encoding="utf-8"))
    loose = json.loads((tmp_path / "b" / "eiffel.json").read_text(encoding="utf-8"))
    assert len(kept["articles"]) == len(loose["articles"]) == 1
    assert 2 <= len(kept["cards"]) <= 8 and len(loose["cards"]) >= 2
    assert all(0.0 <= c["score"] <= 1.0 for c in kept["cards"])
    # No card asks for the article's own subject.
    assert not any(c["answer"] in ("Eiffel Tower", "The Eiffel Tower") for c in kept["cards"] + loose["cards"])
