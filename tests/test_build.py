"""``studygen build`` end to end on the seed file: the deck a learner gets, checked as they would."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from anki_support import import_apkg
from typer.testing import CliRunner

from studygen.cli import app
from studygen.models import CardKind, Deck

pytestmark = pytest.mark.slow
PRONOUNS = {"he", "she", "it", "they", "this", "that", "these", "those", "him", "her", "them", "his", "its"}


def build(runner: CliRunner, out: Path, *args: str) -> Any:
    result = runner.invoke(app, ["build", "seeds", "--out", str(out), "--deck-name", "Seeds", *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Deck, str]:
    out = tmp_path_factory.mktemp("decks")
    result = build(CliRunner(), out)
    deck = Deck.model_validate_json((out / "seeds.json").read_text(encoding="utf-8"))
    return out, deck, result.output


def test_build_finds_the_five_seed_articles_and_writes_enough_cards(seed_build: tuple[Path, Deck, str]) -> None:
    out, deck, _ = seed_build
    assert (out / "seeds.apkg").is_file()
    assert len(deck.articles) == 5
    per_article = {a.id: sum(c.article_id == a.id for c in deck.cards) for a in deck.articles}
    # One card per 95 words by default, and at least two for each of the short excerpts.
    assert min(per_article.values()) >= 2
    essay = deck.articles[0]
    assert per_article[essay.id] >= 6
    assert {c.kind for c in deck.cards} == set(CardKind)


def test_every_card_is_grounded_and_does_not_give_its_answer_away(seed_build: tuple[Path, Deck, str]) -> None:
    _, deck, _ = seed_build
    texts = {a.id: a.text for a in deck.articles}
    for card in deck.cards:
        text = texts[card.article_id]
        if card.kind is CardKind.TRUE_FALSE:
            assert text[card.fact_start:card.fact_start + len(card.fact)] == card.fact
            continue
        assert text[card.answer_start:card.answer_start + len(card.answer)] == card.answer
        assert card.source_start <= card.answer_start < card.source_end
        assert card.answer.lower() not in PRONOUNS
        assert not re.search(r"(?<!\w)" + re.escape(card.answer.lower()) + r"(?!\w)", card.question.lower())


def test_no_card_comes_from_the_bio_line_or_a_cut_off_sentence(seed_build: tuple[Path, Deck, str]) -> None:
    _, deck, _ = seed_build
    essay = deck.articles[0]
    assert "Doug Bandow" not in essay.text
    assert any("Doug Bandow" in line for line in essay.metadata)
    texts = {a.id: a.text for a in deck.articles}
    for card in deck.cards:
        sentence = texts[card.article_id][card.source_start:card.source_end]
        assert re.search(r"[.!?][\"'’”)]*$", sentence), sentence
        assert "Cato Institute" not in sentence


def test_every_card_kind_appears(seed_build: tuple[Path, Deck, str]) -> None:
    _, deck, _ = seed_build
    assert {c.kind for c in deck.cards} == set(CardKind)


def test_no_article_asks_for_one_answer_twice(seed_build: tuple[Path, Deck, str]) -> None:
    # The card that gives an article a kind it lacked must not ask what another card asks: "Kim
    # Il-sung" as a blank and again as a multiple-choice answer is one fact twice.
    _, deck, _ = seed_build
    asked = Counter((c.article_id, re.sub(r"\W+", " ", (c.fact or c.answer).casefold()).strip())
                    for c in deck.cards if not (c.kind is CardKind.TRUE_FALSE and c.answer == "True"))
    assert [key for key, n in asked.items() if n > 1] == []


def test_summary_table_counts_cards_and_rejects_per_article(seed_build: tuple[Path, Deck, str]) -> None:
    _, deck, output = seed_build
    header = next(line for line in output.splitlines() if line.startswith("Article"))
    for column in ("Words", "Sentences", "Candidates", "Cards", "Rejected"):
        assert column in header
    total = next(line for line in output.splitlines() if line.startswith("Total"))
    assert int(total.split()[4]) == len(deck.cards)


def test_rebuild_gives_byte_identical_json_and_same_guids(seed_build: tuple[Path, Deck, str],
                                                          tmp_path: Path) -> None:
    out, deck, _ = seed_build
    build(CliRunner(), tmp_path)
    assert (tmp_path / "seeds.json").read_bytes() == (out / "seeds.json").read_bytes()


def test_the_committed_seed_deck_is_what_the_quickstart_builds_now(tmp_path: Path) -> None:
    # decks/ is built by the README's first command; a change to the cards must rebuild it.
    result = CliRunner().invoke(app, ["build", "seeds", "--out", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    committed = Path(__file__).resolve().parent.parent / "decks" / "seeds.json"
    built, kept = (json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "seeds.json", committed))
    # Every field the same, but a card's ranking score only to 1e-5: the embedder's vectors differ in
    # their last bits between processors (one with AVX-512 sums some products in another order), which
    # moves a score in its sixth decimal, not a card.
    scores = [[card.pop("score") for card in deck["cards"]] for deck in (built, kept)]
    assert built == kept, "decks/seeds.json is stale: run the quickstart's first command and commit decks/"
    assert scores[0] == pytest.approx(scores[1], abs=1e-5)


def test_apkg_imports_into_anki_and_a_second_build_adds_no_notes(seed_build: tuple[Path, Deck, str],
                                                                 tmp_path: Path) -> None:
    from anki.collection import Collection

    out, deck, _ = seed_build
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(col, out / "seeds.apkg")
        assert col.note_count() == len(deck.cards)
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            question = re.sub(r"<[^>]+>", "", card.question()).strip()
            answer = re.sub(r"<[^>]+>", "", card.answer()).strip()
            assert question and answer
        rebuilt = tmp_path / "again"
        build(CliRunner(), rebuilt)
        import_apkg(col, rebuilt / "seeds.apkg")
        assert col.note_count() == len(deck.cards)
        decks = {d.name for d in col.decks.all_names_and_ids()}
        assert {f"Seeds::{a.title}" for a in deck.articles} <= decks
    finally:
        col.close()


def test_explain_lists_thrown_away_cards_with_reasons(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", "seeds", "--out", str(tmp_path), "--explain", "--cards", "3"])
    assert result.exit_code == 0, result.output
    assert "Cards thrown away:" in result.output
    assert re.search(r"^- \[.+\] (near_duplicate|answer_in_question|no_template_fits|duplicate): ",
                     result.output, re.MULTILINE)


def test_cards_and_kinds_options_shape_the_deck(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", "seeds", "--out", str(tmp_path), "--cards", "2",
                                      "--kinds", "basic,cloze", "--format", "json"])
    assert result.exit_code == 0, result.output
    deck = json.loads((tmp_path / "seeds.json").read_text(encoding="utf-8"))
    assert {c["kind"] for c in deck["cards"]} <= {"basic", "cloze"}
    counts = [sum(c["article_id"] == a["id"] for c in deck["cards"]) for a in deck["articles"]]
    assert max(counts) <= 2
    assert not (tmp_path / "seeds.apkg").exists()


def test_mcq_and_true_false_cards_render_their_options_in_anki(seed_build: tuple[Path, Deck, str],
                                                               tmp_path: Path) -> None:
    import html

    from anki.collection import Collection

    out, deck, _ = seed_build
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(col, out / "seeds.apkg")
        by_guid = {col.get_note(n).guid: col.get_note(n) for n in col.find_notes("")}
        for card in deck.cards:
            if card.kind not in (CardKind.MCQ, CardKind.TRUE_FALSE):
                continue
            front = html.unescape(re.sub(r"<[^>]+>", " ", by_guid[card.guid].cards()[0].question()))
            back = html.unescape(re.sub(r"<[^>]+>", " ", by_guid[card.guid].cards()[0].answer()))
            expected = card.options if card.kind is CardKind.MCQ else ["True or false"]
            for option in expected:
                assert option in front, (option, front)
            assert card.answer in back
    finally:
        col.close()


class _FakeLLM:
    """Stands in for a language model: one good question, one that leaks its answer."""

    name = "llm"

    def __init__(self, model: str, gguf_file: str | None = None) -> None:
        self.model = model

    def write(self, requests: list[Any]) -> list[list[Any]]:
        from studygen.generators.base import QuestionDraft

        return [[QuestionDraft(question=f"What does the article say about {r.answer}?"
                               if i % 2 else "Which name does the Taipei Times essay give first?", template="llm:fake")]
                for i, r in enumerate(requests)]


def test_llm_questions_are_used_only_where_they_pass_validation(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    import studygen.pipeline as pipeline
    from studygen.generators import generators

    monkeypatch.setattr(pipeline, "_writers", {})
    monkeypatch.setattr(generators, "_loaded", {"llm": _FakeLLM})
    result = CliRunner().invoke(app, ["build", "seeds", "--out", str(tmp_path), "--format", "json",
                                      "--kinds", "basic", "--generator", "llm", "--model", "fake"])
    assert result.exit_code == 0, result.output
    deck = Deck.model_validate_json((tmp_path / "seeds.json").read_text(encoding="utf-8"))
    templates = {c.template for c in deck.cards}
    assert "llm:fake" in templates  # the model's valid question was used...
    assert any(not t.startswith("llm") for t in templates)  # ...and templates stood in elsewhere
    for card in deck.cards:
        assert card.answer.lower() not in card.question.lower()


def test_llm_generator_needs_a_model(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", "seeds", "--out", str(tmp_path), "--generator", "llm"])
    assert result.exit_code == 2
    assert not (tmp_path / "seeds.json").exists()


def test_source_date_epoch_makes_two_builds_give_the_same_apkg(tmp_path: Path) -> None:
    """A build stamps its notes with the time (so that Anki updates notes from a rebuild);
    $SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the stamp and so the bytes."""
    runner = CliRunner()
    packages = []
    for name in ("first", "second"):
        out = tmp_path / name
        result = runner.invoke(app, ["build", "seeds", "--out", str(out), "--format", "apkg", "-q"],
                               env={"SOURCE_DATE_EPOCH": "1760000000"})
        assert result.exit_code == 0, result.output
        packages.append((out / "seeds.apkg").read_bytes())
    assert packages[0] == packages[1]
