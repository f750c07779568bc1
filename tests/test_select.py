"""select_cards: the best cards of an article, spread over its sentences, its card kinds and its
answers. Sentence embeddings are made up here (one axis per topic), so the tests need no model."""

from __future__ import annotations

import numpy as np

from studygen.models import Card, CardKind
from studygen.select import MAX_PER_SENTENCE, default_count, select_cards

#: Sentence k starts at character 100 * k; sentences 0-2 speak of one topic, 3-5 of another.
VECTORS = np.array([[1.0, 0.0]] * 3 + [[0.0, 1.0]] * 3, dtype=np.float32)
SENTENCE_OF = {100 * k: k for k in range(len(VECTORS))}


def _card(n: int, sentence: int, score: float, kind: CardKind = CardKind.BASIC, answer: str | None = None) -> Card:
    answer = answer or f"answer {n}"
    data = dict(guid=f"g{n}", article_id="a", kind=kind, answer=answer, source_start=100 * sentence,
                source_end=100 * sentence + 90, score=score, answer_start=100 * sentence)
    if kind is CardKind.CLOZE:
        data["question"] = "The _____ was here in May."
    elif kind is CardKind.MCQ:
        data["question"] = f"Which one was number {n}?"
        data["options"] = [answer, "other one", "other two", "other three"]
    else:
        data["question"] = f"Which one was number {n}?"
    return Card.model_validate(data)


def test_no_sentence_gives_more_than_its_share_however_good_its_cards() -> None:
    best = [_card(n, 0, 1.0 - n / 100) for n in range(6)]  # six fine cards from one sentence
    others = [_card(10 + k, k, 0.5) for k in range(1, 5)]
    chosen = select_cards(best + others, 5, VECTORS, SENTENCE_OF, [CardKind.BASIC])
    assert len(chosen) == 5
    assert sum(1 for c in chosen if c.source_start == 0) == MAX_PER_SENTENCE
    assert chosen[0].guid == "g0"  # best first


def test_the_deck_moves_to_a_new_topic_before_saying_more_of_one() -> None:
    cards = [_card(1, 0, 1.0), _card(2, 1, 0.95), _card(3, 3, 0.9)]
    chosen = select_cards(cards, 2, VECTORS, SENTENCE_OF, [CardKind.BASIC])
    # Sentence 1 scores higher than sentence 3, but says what sentence 0 already said.
    assert [c.guid for c in chosen] == ["g1", "g3"]


def test_every_kind_asked_for_gets_its_share_before_the_best_of_one_kind_fill_the_deck() -> None:
    basics = [_card(n, n % 6, 1.0, answer=f"basic {n}") for n in range(12)]
    cloze = [_card(20, 2, 0.3, CardKind.CLOZE, answer="cloze answer")]
    mcq = [_card(30, 4, 0.3, CardKind.MCQ, answer="mcq answer")]
    chosen = select_cards(basics + cloze + mcq, 6, VECTORS, SENTENCE_OF,
                          [CardKind.BASIC, CardKind.CLOZE, CardKind.MCQ])
    assert {c.kind for c in chosen} == {CardKind.BASIC, CardKind.CLOZE, CardKind.MCQ}


def test_one_answer_is_asked_about_once() -> None:
    cards = [_card(1, 0, 1.0, answer="Marie Curie"), _card(2, 3, 0.9, answer="marie curie"),
             _card(3, 4, 0.5, answer="Pierre Curie")]
    chosen = select_cards(cards, 3, VECTORS, SENTENCE_OF, [CardKind.BASIC])
    assert [c.answer for c in chosen] == ["Marie Curie", "Pierre Curie"]


def test_nothing_to_choose_from_gives_nothing() -> None:
    assert select_cards([], 5, VECTORS, SENTENCE_OF, list(CardKind)) == []


def test_default_count_is_one_card_per_85_words_within_bounds() -> None:
    assert default_count(85 * 10) == 10
    assert default_count(1000) == 12
    assert default_count(10) == 2
    assert default_count(100_000) == 40


def _statement(n: int, sentence: int, score: float, fact: str, swapped: str | None) -> Card:
    return Card.model_validate(dict(
        guid=f"s{n}", article_id="a", kind=CardKind.TRUE_FALSE, question=f"Statement {n} of sentence {sentence}.",
        answer="False" if swapped else "True", source_start=100 * sentence, source_end=100 * sentence + 90,
        score=score, fact=fact, fact_start=100 * sentence, swapped_in=swapped))


def test_one_sentence_gives_one_true_false_statement_at_most() -> None:
    # "built in 1802" (true) beside "built in 1869" (false): each gives the other away.
    cards = [_statement(1, 0, 0.9, "Thomas Hale", None), _statement(2, 0, 0.8, "1802", "1869"),
             _statement(3, 3, 0.5, "1869", "1851")]
    chosen = select_cards(cards, 3, VECTORS, SENTENCE_OF, [CardKind.TRUE_FALSE])
    assert [c.guid for c in chosen] == ["s1", "s3"]


def test_a_true_statement_does_not_use_up_its_words_as_an_answer() -> None:
    cards = [_statement(1, 0, 0.9, "Thomas Hale", None), _card(2, 3, 0.5, answer="Thomas Hale"),
             _card(3, 4, 0.4, answer="water wheel")]
    chosen = select_cards(cards, 3, VECTORS, SENTENCE_OF, [CardKind.TRUE_FALSE, CardKind.BASIC])
    assert {c.guid for c in chosen} == {"s1", "g2", "g3"}


def test_true_false_never_fills_places_past_its_share() -> None:
    statements = [_statement(n, n, 0.9, f"fact {n}", None if n % 2 else f"swap {n}") for n in range(6)]
    basics = [_card(10 + k, k, 0.2, answer=f"basic {k}") for k in range(2)]  # too few basic questions
    kinds = [CardKind.BASIC, CardKind.TRUE_FALSE]
    chosen = select_cards(statements + basics, 6, VECTORS, SENTENCE_OF, kinds)
    from studygen.select import kind_quotas

    # The deck is one card short rather than a deck of statements.
    assert sum(c.kind is CardKind.TRUE_FALSE for c in chosen) == kind_quotas(6, kinds)[CardKind.TRUE_FALSE]
    assert len(chosen) == kind_quotas(6, kinds)[CardKind.TRUE_FALSE] + 2


def _result(article: str, cards: list[Card], spares: list[Card]):  # noqa: ANN202
    from studygen.models import ArticleReport, Rejection
    from studygen.workers import ArticleResult

    rejected = [Rejection(article_id=article, reason="low_score", detail="below", question=c.question, answer=c.answer)
                for c in spares]
    report = ArticleReport(article_id=article, title=article, words=500, sentences=10, candidates=20,
                           kept=len(cards), rejects={"low_score": len(spares)} if spares else {})
    return ArticleResult(cards, rejected, report, spares)


def test_a_kind_no_article_kept_joins_the_deck_once_from_the_best_spare() -> None:
    from studygen.pipeline import every_kind

    first = _result("a", [_card(1, 0, 0.9), _card(2, 1, 0.8, CardKind.CLOZE)],
                    [_card(3, 2, 0.30, CardKind.MCQ), _statement(4, 3, 0.20, "1802", None)])
    second = _result("b", [_card(5, 4, 0.9)], [_card(6, 5, 0.45, CardKind.MCQ)])
    results = every_kind([first, second], [CardKind.BASIC, CardKind.CLOZE, CardKind.MCQ])
    kept = [c.guid for r in results for c in r.cards]
    # the best multiple-choice card of the deck, once; no true/false card, which was not asked for
    assert kept == ["g1", "g2", "g5", "g6"]
    assert results[1].report.kept == 2 and results[1].report.rejects == {}
    assert not results[1].rejected


def test_a_kind_joins_an_article_at_its_card_limit_in_place_of_its_weakest_card() -> None:
    from studygen.pipeline import every_kind

    # "--cards 2": article a holds two cards already; its weakest of a kind the deck holds twice gives way
    first = _result("a", [_card(1, 0, 0.9), _card(2, 1, 0.8)], [_card(3, 2, 0.45, CardKind.MCQ)])
    second = _result("b", [_card(5, 4, 0.7, CardKind.CLOZE)], [])
    results = every_kind([first, second], [CardKind.BASIC, CardKind.CLOZE, CardKind.MCQ], limit=2)
    assert [[c.guid for c in r.cards] for r in results] == [["g1", "g3"], ["g5"]]
    assert results[0].report.kept == 2
    # the only card of its kind never gives way: the next best spare's article takes it
    first = _result("a", [_card(1, 0, 0.9), _card(2, 1, 0.8, CardKind.CLOZE)], [_card(3, 2, 0.45, CardKind.MCQ)])
    second = _result("b", [], [_card(6, 5, 0.40, CardKind.MCQ)])
    results = every_kind([first, second], [CardKind.BASIC, CardKind.CLOZE, CardKind.MCQ], limit=2)
    assert [[c.guid for c in r.cards] for r in results] == [["g1", "g2"], ["g6"]]


def test_no_article_takes_a_card_below_the_threshold_when_the_deck_has_its_kind() -> None:
    from studygen.pipeline import every_kind

    first = _result("a", [_card(1, 0, 0.9, CardKind.MCQ)], [])
    second = _result("b", [_card(5, 4, 0.9)], [_card(6, 5, 0.45, CardKind.MCQ)])
    results = every_kind([first, second], [CardKind.BASIC, CardKind.MCQ])
    assert [c.guid for r in results for c in r.cards] == ["g1", "g5"]
