"""A sentence with no clause of its own (a spoken recap, a note) is no card material; a sentence whose
main verb the small parser misreads still is. Every sentence here is made up on the patterns of judged
cards (T215 to T221), with invented names."""

from __future__ import annotations

import pytest
from build_support import every_card

pytestmark = pytest.mark.slow


def _parsed(sentence: str):  # noqa: ANN202 - a spaCy span
    """A text of one sentence, parsed as a build parses it."""
    from studygen.nlp import spacy_pipeline

    [span] = list(spacy_pipeline()(sentence).sents)
    return span


def _without_a_clause(sentence: str) -> bool:
    from studygen.clauses import without_a_clause
    from studygen.nlp import spacy_pipeline

    return without_a_clause(_parsed(sentence), spacy_pipeline())


def _questions(tmp_path, text: str) -> list[str]:  # noqa: ANN001
    """The questions of a build of ``text`` (``build_support.every_card``)."""
    return [card.question for card in every_card(tmp_path, text)]


@pytest.mark.parametrize("sentence", [
    # a name, then who the person was: the only verb is in a relative clause
    "Ottavio Brun, a Genoese cartographer who died in 1641, the great mapmaker of the Ligurian coast.",
    # a prize and a participle after a comma, which the tagger reads as a past tense
    "Harwell Medal in 1958, shared with Ilse Marden.",
    "Tarrow Quain, often called the first geologist of the Orkneys.",
    # a work, its year and what it proposed
    "Velloni, Civic Harmony, 1811, which proposed that small republics would trade more than kingdoms.",
    # a subjectless opener whose only verb is in a free relative
    "Born 1790 in Lower Carniola, in what's now Slovenia.",
    "Named after Petra Osk, who described the hot springs of the valley in 1766 in three letters.",
    # a movement described, no verb at all
    "A short-lived circle, roughly 1921 to 1926, mostly Danish and Dutch painters in Paris.",
])
def test_a_recap_with_no_clause_of_its_own_is_found(sentence: str) -> None:
    assert _without_a_clause(sentence)


@pytest.mark.parametrize("sentence", [
    # a main verb after a phrase set off by commas
    "The charter, signed in 1433, ended the feud between the two valleys.",
    "The solvent, methyl acetate, leaked from a cracked drum at the depot.",
    "Ansel Morrow, however, resigned from the board in 1931.",
    # a main verb after a relative clause the parser may hang it in
    "Tovar, who had been leading since the start, retired with a broken axle after 40 laps.",
    # a main verb the tagger reads as a participle or a noun
    "Most riders dismounted at Quarry Lane, where some walked on to the ferry.",
    "From the DCT, filtrate flows into the collecting duct, or duct of Bellini, which runs into the medulla.",
    "The most widely accepted account links the halo effect to attention, a central idea in perception theory, "
    "which Marr and Poggio set out in 1976.",
    # plain sentences
    "The guild met every spring in the old hall at Lindau.",
    "Later, the foundry moved to Essen.",
])
def test_a_sentence_whose_verb_the_parser_misreads_keeps_its_clause(sentence: str) -> None:
    assert not _without_a_clause(sentence)


def test_a_build_makes_no_card_of_a_recap_with_no_clause(tmp_path) -> None:  # noqa: ANN001
    text = ("Ottavio Brun\n\nOttavio Brun drew the first accurate chart of the Ligurian coast in 1608. "
            "Harwell Medal in 1958, shared with Ilse Marden. "
            "Tarrow Quain, often called the first geologist of the Orkneys. "
            "The Genoese senate paid Brun 400 lire for the chart in 1610, and the chart was printed in Venice in 1612.")
    questions = _questions(tmp_path, text)
    assert questions, "the sentences with a clause make cards"
    assert not any("Harwell" in q or "Ilse Marden" in q or "Quain" in q or "Orkneys" in q for q in questions)


def _dated_note(sentence: str) -> bool:
    from studygen.clauses import dated_note

    return dated_note(_parsed(sentence))


@pytest.mark.parametrize("sentence", [
    # a work and its year, then what it is, with no verb for it
    "Ilse Varnhagen, The Glass Orchard, 1911, a novel serialised whole.",
    "Torvald Brandt's Harbour Lights, 1926, a bestseller that the critics said read like a sermon.",
    # a relative clause after the year, whose verb the parser may take for the main one
    "And the Pollard and Kemp sector model, 1939, which says towns grow in wedges along their roads.",
    # a participle after the year
    "Phase two, the Harbour War, 512 to 506, named after the port of Velos, which led the revolt.",
    # after a colon, a description with no clause
    "Oskar Lind, Harbour Songs, 1926: a cycle of poems and ballads.",
    # a year after a name, then another clause with its own subject
    "The second tariff shock, 1931, Norway roughly doubles the duty on grain.",
])
def test_a_note_that_dates_a_work_with_no_verb_for_it_is_found(sentence: str) -> None:
    assert _dated_note(sentence)


@pytest.mark.parametrize("sentence", [
    # the year set off by commas, then the name's own verb
    "Alvar Renn, 1954, studied a salt works and described three kinds of foremen.",
    "Tessa Morrow, in The Open Ledger, 1970, compared Danish and Swedish pension systems.",
    # after a colon, a clause of its own
    "Pellham v Drax, 1881: the letter arrived after the offer had lapsed, so no contract was made.",
    # a date, not a note's year
    "The harbour opened on June 3, 1912, after four years of work.",
    # a year after a preposition that opens the sentence
    "In 1848, the assembly voted to end the guilds.",
    # a verb before the year
    "The guild was founded in Lindau, 1433, by twelve master weavers.",
    "Notice that in dry years, like the early 1930s, 1976, or 2003, the river's flow is lower than its mean.",
    # a list of years
    "Dry summers, like the early 1930s, 1976, or 2003, lowered the river below its mean.",
])
def test_a_sentence_with_a_year_and_a_verb_is_no_note(sentence: str) -> None:
    assert not _dated_note(sentence)


def test_a_build_makes_no_card_of_a_dated_note(tmp_path) -> None:  # noqa: ANN001
    text = ("Lecture 4: The Velos Novels\n\n"
            "Ilse Varnhagen wrote her first novel in Lindau in 1908. "
            "Ilse Varnhagen, The Glass Orchard, 1911, a novel serialised whole. "
            "Torvald Brandt's Harbour Lights, 1926, a bestseller that the critics said read like a sermon. "
            "The publisher Karl Osk paid Varnhagen 400 marks for the manuscript in 1910, and the novel sold "
            "twelve thousand copies in 1912.")
    questions = _questions(tmp_path, text)
    assert questions, "the sentences with a clause make cards"
    assert not any("Glass Orchard" in q or "Harbour Lights" in q or "Torvald" in q or "serialised" in q
                   for q in questions), questions
