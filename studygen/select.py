"""Choosing the best N cards of an article: good, spread over the article, varied in kind and answer.

Maximal marginal relevance over the embeddings of the cards' source sentences: each pick is the card
whose score, less its similarity to the sentences already picked, is highest; a kind past its share
and an answer already asked about count against a card. The result is best first.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from studygen.models import Card, CardKind

#: The share of each kind in a deck, when the article offers enough of each: basic questions at least a
#: third; true/false, which strict judges accept most often (about 70% against 50% for the others), at
#: most 30% (a true/false card teaches less than a question, so its share is also its limit); multiple
#: choice, which they accept least often, a tenth.
KIND_SHARE = {CardKind.BASIC: 0.4, CardKind.CLOZE: 0.2, CardKind.MCQ: 0.1, CardKind.TRUE_FALSE: 0.3}
RELEVANCE_WEIGHT = 0.7
MAX_PER_SENTENCE = 2
#: One card per 82 words: the floor of 8 kept cards per 1,000 words (issue 11) holds on `dev/check` once
#: the ranking's thresholds and the checks have thrown cards away (one per 100 gave 204 of 208; one per
#: 95 gave 198 once no article was made to take a card of each kind below the thresholds; one per 85
#: gave 206 once stop 40's checks threw out more; one per 83 gave 207 once stop 46's did).
WORDS_PER_CARD = 82
MIN_CARDS, MAX_CARDS = 2, 40


def default_count(words: int, words_per_card: int = WORDS_PER_CARD, most: int = MAX_CARDS) -> int:
    """Cards for an article of ``words`` words when the user does not say: one per
    ``WORDS_PER_CARD`` words (fewer cards that are right beat more that are wrong), at least
    MIN_CARDS, at most ``most``."""
    return max(MIN_CARDS, min(most, round(words / words_per_card)))


def kind_quotas(count: int, kinds: Sequence[CardKind]) -> dict[CardKind, int]:
    shares = {k: KIND_SHARE[k] for k in kinds}
    total = sum(shares.values()) or 1.0
    return {k: max(1, math.ceil(count * share / total)) for k, share in shares.items()}


def _answer_key(card: Card) -> str:
    return re.sub(r"\W+", " ", (card.fact or card.answer).casefold()).strip()


def asked_answers(cards: Sequence[Card]) -> set[str]:
    """The answers the cards ask about, compared loosely; a true statement asks for none of its words."""
    return {_answer_key(c) for c in cards if not (c.kind is CardKind.TRUE_FALSE and c.answer == "True")}


def asks_again(card: Card, chosen: Sequence[Card]) -> bool:
    """Does the card ask for an answer one of ``chosen`` already asks for?"""
    return bool(asked_answers([card])) and _answer_key(card) in asked_answers(chosen)


def _other_key(card: Card) -> str:
    return "False" if card.answer == "True" else "True"


def select_cards(cards: Sequence[Card], count: int, sentence_vectors: Any, sentence_of: dict[int, int],
                 kinds: Sequence[CardKind]) -> list[Card]:
    """Pick ``count`` cards. ``sentence_of`` maps a card's source_start to its sentence index, whose
    row in ``sentence_vectors`` is its embedding."""
    pool = sorted(cards, key=lambda c: (-c.score, c.source_start, c.kind.value, c.guid))
    if not pool:
        return []
    quotas = kind_quotas(count, kinds)
    top = max(c.score for c in pool) or 1.0
    chosen: list[Card] = []
    used_kinds: Counter[CardKind] = Counter()
    used_sentences: Counter[int] = Counter()
    used_answers: set[str] = set()
    used_keys: Counter[str] = Counter()  # true/false cards by their key
    chosen_rows: list[int] = []
    statement_rows: set[int] = set()  # sentences that gave a true/false card
    # First each kind up to its share, then whatever is best for the places left.
    for strict in (True, False):
        while pool and len(chosen) < count:
            best, best_value = None, -math.inf
            for card in pool:
                if (strict or card.kind is CardKind.TRUE_FALSE) and used_kinds[card.kind] >= quotas.get(card.kind, 0):
                    continue  # true/false never past its share: a deck of statements teaches little
                if card.kind is CardKind.TRUE_FALSE and used_keys[card.answer] > used_keys[_other_key(card)]:
                    continue  # true and false statements in turn: a deck of only "True" teaches nothing
                row = sentence_of[card.source_start]
                if used_sentences[row] >= MAX_PER_SENTENCE or _answer_key(card) in used_answers:
                    continue
                if card.kind is CardKind.TRUE_FALSE and row in statement_rows:
                    continue  # a true and a false statement of one sentence give each other away
                redundancy = max((float(sentence_vectors[row] @ sentence_vectors[r]) for r in chosen_rows),
                                 default=0.0)
                value = RELEVANCE_WEIGHT * card.score / top - (1 - RELEVANCE_WEIGHT) * redundancy
                if value > best_value:
                    best, best_value = card, value
            if best is None:
                break
            chosen.append(best)
            pool.remove(best)
            row = sentence_of[best.source_start]
            chosen_rows.append(row)
            used_kinds[best.kind] += 1
            used_sentences[row] += 1
            if not (best.kind is CardKind.TRUE_FALSE and best.answer == "True"):
                used_answers.add(_answer_key(best))  # a true statement asks for none of its words
            if best.kind is CardKind.TRUE_FALSE:
                used_keys[best.answer] += 1
                statement_rows.add(row)
    return chosen
