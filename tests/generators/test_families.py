"""The question template families: the TOML files load, and every worked example in them is what
``generate_question`` writes, so an edit that breaks a family is caught."""

from __future__ import annotations

import pytest

from studygen.generators.families import lexicon, lexicon_words, load_families, place_kind

REQUIRED = ("subject", "object", "adverbial", "definition", "cloze", "mcq", "true_false")
EXAMPLES = [(name, k, example) for name, fam in sorted(load_families().items())
            for k, example in enumerate(fam.examples)]
#: Families whose questions ``generate_question`` writes (``glossary``'s lines of notes are checked in
#: tests/test_glossary.py).
WRITTEN = [(name, k, example) for name, k, example in EXAMPLES if name != "glossary"]


def test_every_required_family_is_present() -> None:
    assert set(REQUIRED) <= set(load_families())


def test_question_families_have_examples_and_question_phrases() -> None:
    families = load_families()
    for name in ("subject", "object", "adverbial", "definition"):
        assert families[name].examples, f"{name} has no worked example"
        assert families[name].wh, f"{name} has no [wh] table"


@pytest.mark.parametrize(("name", "index", "example"), EXAMPLES, ids=[f"{n}-{k}" for n, k, _ in EXAMPLES])
def test_example_is_well_formed(name: str, index: int, example: dict[str, str]) -> None:
    assert set(example) == {"sentence", "answer", "question"}, f"{name} example {index}: unexpected keys"
    assert example["answer"] in example["sentence"]
    assert example["question"].endswith("?")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "index", "example"), WRITTEN, ids=[f"{n}-{k}" for n, k, _ in WRITTEN])
def test_example_question_is_written(name: str, index: int, example: dict[str, str], nlp: object) -> None:
    from studygen.questions import generate_question

    sentence, answer = example["sentence"], example["answer"]
    assert generate_question(sentence, answer, sentence.index(answer)) == example["question"]


@pytest.fixture(scope="module")
def nlp() -> object:
    """One spaCy load for the module (the loader caches it for the whole session)."""
    from studygen.nlp import spacy_pipeline

    return spacy_pipeline()


@pytest.mark.parametrize(("name", "kind"), [
    ("France", "country"), ("the PRC", "country"), ("US", "country"), ("the United States", "country"),
    ("People’s Republic of China", "country"), ("Africa", "continent"), ("Ohio", "state"),
    ("Beijing", "city"), ("Pyongyang", "city"), ("Latin America", "region"), ("the Middle East", "region"),
])
def test_the_gazetteer_knows_kinds_of_places(name: str, kind: str) -> None:
    assert place_kind(name) == kind


def test_the_gazetteer_guesses_nothing() -> None:
    assert place_kind("us") is None          # the pronoun, not the country
    assert place_kind("Georgia") is None     # a country and a US state: no guess
    assert place_kind("Springfield") is None


def test_the_lexicons_load_and_do_not_overlap() -> None:
    places = lexicon("places")
    names = [name for kind in places["kinds"] for name in places[kind]]
    assert len(names) == len(set(names))
    claims = lexicon_words("claims", "verbs")
    assert {"say", "warn", "fear", "claim"} <= claims
    assert not claims & lexicon_words("claims", "factive")
    assert {"rumor", "fear", "claim", "report", "possibility"} <= lexicon_words("claims", "nouns")
