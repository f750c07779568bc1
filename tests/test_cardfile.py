"""The canonical card file: written deterministically, read back with hand edits, refused with one
clear line naming the card and the field when an edit breaks it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sample_deck as sample

from studygen.cardfile import dump_deck, load_deck
from studygen.errors import CardFileError
from studygen.models import Article, Deck


@pytest.fixture
def deck() -> Deck:
    return sample.sample_deck()


@pytest.fixture
def card_file(deck: Deck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = Path("cards.json")
    path.write_text(dump_deck(deck), encoding="utf-8")
    return path


def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _refusal(path: Path) -> str:
    with pytest.raises(CardFileError) as caught:
        load_deck(path)
    message = str(caught.value)
    assert "\n" not in message
    assert caught.value.exit_code == 2
    return message


def test_dump_is_deterministic_readable_json(deck: Deck) -> None:
    text = dump_deck(deck)
    assert text == dump_deck(deck.model_copy(deep=True))
    assert text.endswith("}\n")
    assert "東京" in text and "🗾" in text  # no \u escapes: the file is meant to be edited
    assert text.splitlines()[1].startswith('  "format": "studygen.cards"')


def test_round_trip_keeps_every_card(card_file: Path, deck: Deck) -> None:
    loaded = load_deck(card_file)
    assert loaded == deck
    assert dump_deck(loaded) == card_file.read_text(encoding="utf-8")


def test_hand_edits_are_read_back(card_file: Path, deck: Deck) -> None:
    def edit(data: dict[str, Any]) -> None:
        del data["cards"][5]
        del data["cards"][1]
        data["cards"][0]["question"] = "  Which person found the odd tag in 1848?  "

    _edit(card_file, edit)
    loaded = load_deck(card_file)
    assert len(loaded.cards) == len(deck.cards) - 2
    assert loaded.cards[0].question == "Which person found the odd tag in 1848?"
    assert loaded.cards[0].guid == deck.cards[0].guid
    assert [c.guid for c in loaded.cards] == [c.guid for i, c in enumerate(deck.cards) if i not in (1, 5)]


def test_a_fixed_answer_is_relocated_in_its_sentence(card_file: Path, deck: Deck) -> None:
    index = next(i for i, c in enumerate(deck.cards) if c.answer == "1999")
    _edit(card_file, lambda data: data["cards"][index].update(answer="in 1999"))
    card = load_deck(card_file).cards[index]
    text = deck.article(card.article_id).text
    assert card.answer == "in 1999"
    assert card.answer_start == text.index("in 1999")
    assert card.answer_start != deck.cards[index].answer_start


def test_a_fixed_fact_is_relocated(card_file: Path, deck: Deck) -> None:
    index = next(i for i, c in enumerate(deck.cards) if c.fact == "14 million")
    _edit(card_file, lambda data: data["cards"][index].update(fact="14 million people"))
    card = load_deck(card_file).cards[index]
    assert card.fact_start == deck.article(card.article_id).text.index("14 million people")


def _ambiguous_deck() -> Deck:
    text = "Paris is large. Lyon met Paris in Paris near Paris."
    article = Article(id="a1", title="Two cities", text=text, source="p.txt")
    return Deck.model_validate({"name": "P", "articles": [article], "cards": [{
        "guid": "g1", "article_id": "a1", "kind": "basic", "question": "Who met whom?",
        "answer": "Lyon", "answer_start": 16, "source_start": 16, "source_end": len(text)}]})


@pytest.fixture
def ambiguous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = Path("cards.json")
    path.write_text(dump_deck(_ambiguous_deck()), encoding="utf-8")
    return path


def test_an_answer_found_twice_is_refused_not_guessed(ambiguous_file: Path) -> None:
    _edit(ambiguous_file, lambda data: data["cards"][0].update(answer="Paris"))
    assert _refusal(ambiguous_file) == ("cards.json: card 1 (guid 'g1'): answer: 'Paris' occurs 3 times in "
                                        "its source sentence; set answer_start to the one meant")


def test_an_answer_outside_its_sentence_is_refused(ambiguous_file: Path) -> None:
    _edit(ambiguous_file, lambda data: data["cards"][0].update(answer="Paris", answer_start=0))
    assert _refusal(ambiguous_file) == ("cards.json: card 1 (guid 'g1'): answer: 'Paris' at offset 0 lies "
                                        "outside its source sentence (16-51)")


def _set(index: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda data: data["cards"][index].update(values)


def _delete(index: int, key: str) -> Callable[[dict[str, Any]], None]:
    return lambda data: data["cards"][index].pop(key)


@pytest.mark.parametrize(("number", "change", "expected"), [
    (1, _set(0, answer="Lovelace", question="Which Lovelace found the tag in 1848?"),
     "answer: the answer 'Lovelace' appears in the question"),
    (1, _set(0, answer="Charles Babbage"),
     "answer: 'Charles Babbage' does not occur in its source sentence"),
    (2, _set(1, questoin="typo"), "questoin: is not a field of a card file (a typo?)"),
    (7, _delete(6, "answer"), "answer: is missing"),
    (1, _set(0, kind="essay"), "kind: Input should be 'basic', 'cloze', 'mcq' or 'true_false'"),
    (1, _set(0, question=""), "question: question is empty"),
    (1, _set(0, question="Who found the tag in 1848"), "question: a question must end with a question mark"),
    (2, _set(1, question="Her note used a marker."), "question: a cloze question must hold the blank _____"),
    (2, _set(1, question="Her _____ used a _____."), "question: a cloze question must hold the blank _____ "
     "exactly once"),
    (1, _set(0, score=float("nan")), "score: Input should be a finite number"),
    (4, _set(3, options=["-2+4", "@SUM(A1)"]), "options: MCQ options must hold the answer exactly once"),
    (5, _set(4, answer="Maybe"), "answer: a true_false answer is 'True' or 'False'"),
    (1, _set(0, answer_start="early"), "answer_start: Input should be a valid integer"),
    (3, _set(2, article_id="a-missing"), "article_id: 'a-missing' names no article in this file"),
    (1, _set(0, source_end=10_000), "source_end: 10000 lies beyond the end of the article"),
])
def test_a_broken_card_is_refused_naming_card_and_field(card_file: Path, deck: Deck, number: int,
                                                       change: Callable[[dict[str, Any]], None],
                                                       expected: str) -> None:
    _edit(card_file, change)
    guid = deck.cards[number - 1].guid
    message = _refusal(card_file)
    assert message.startswith(f"cards.json: card {number} (guid {guid!r}): ")
    assert expected in message


def test_a_repeated_guid_names_both_cards(card_file: Path, deck: Deck) -> None:
    _edit(card_file, _set(3, guid=deck.cards[0].guid))
    guid = deck.cards[0].guid
    assert _refusal(card_file) == f"cards.json: card 4 (guid {guid!r}): guid: is used by card 1 too"


def test_a_broken_article_is_named(card_file: Path) -> None:
    _edit(card_file, lambda data: data["articles"][1].pop("title"))
    assert _refusal(card_file) == "cards.json: article 2 (id 'a-cafe'): title: is missing"


def test_bad_json_names_line_and_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("cards.json").write_text('{\n  "name": "x",\n  "articles": [],\n  "cards": [}\n', encoding="utf-8")
    message = _refusal(Path("cards.json"))
    assert message.startswith("cards.json: not valid JSON at line 4 column 13: ")


@pytest.mark.parametrize(("content", "expected"), [
    ("[1, 2]", "cards.json: not a studygen card file"),
    ('{"format": "anki", "name": "x", "articles": [], "cards": []}', "cards.json: format: 'anki' is not"),
    ('{"name": "x", "articles": []}', "cards.json: cards: is missing"),
    ('{"name": "", "articles": [], "cards": []}',
     "cards.json: name: String should have at least 1 character"),
])
def test_not_a_card_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str,
                         expected: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("cards.json").write_text(content, encoding="utf-8")
    assert _refusal(Path("cards.json")).startswith(expected)


def test_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert _refusal(Path("nope.json")) == "nope.json: no such card file"


def test_json_nested_too_deeply_is_refused_in_one_line(card_file: Path) -> None:
    card_file.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert _refusal(card_file) == "cards.json: not a card file (its JSON is nested too deeply)"
