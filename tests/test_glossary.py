"""Term-and-meaning lines of notes (``studygen/glossary.py``): what a learner's notes define becomes a
question on its meaning, and lines that only look alike (headings, timelines, claims, traits, reasons)
do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from studygen.analysis import analyse
from studygen.glossary import entries
from studygen.models import Article, Span
from studygen.nlp import embedder, spacy_pipeline
from studygen.notes import listed_lines


def _entries(text: str, *subheadings: str) -> dict[str, str]:
    """The questions on the terms of ``text``, whose first line is its title and heading."""
    title = text.split("\n", 1)[0]
    spans = [Span(start=text.index(h), end=text.index(h) + len(h), text=h) for h in (title, *subheadings)]
    article = Article(id="n1", title=title, text=text, source="test", headings=spans)
    (item,) = analyse([article], spacy_pipeline(), embedder().embed)
    found = {}
    for entry in entries(item):
        assert text[entry.answer_start:entry.answer_start + len(entry.answer)] == entry.answer
        found[entry.question] = entry.answer
    return found


def _entries_of_lines(lines: str) -> dict[str, str]:
    """The questions of ``lines`` in notes headed "Notes" and opened by a sentence of prose."""
    return _entries("Notes\n\nSome prose opens the notes, as notes do.\n\n" + lines)


CELLS = """Cells

Every living thing is made of cells, and the cell is the smallest unit of life.

Organelles

Nucleus: membrane-bound structure that holds the cell's DNA; controls the cell
Ribosome: small structure where proteins are made
Mitochondrion - organelle where aerobic respiration releases energy
Vacuole: fluid-filled sac that stores water and helps keep the cell firm
"""


def test_a_list_of_terms_gives_questions_on_their_meanings() -> None:
    found = _entries(CELLS, "Organelles")
    assert found['What does "Nucleus" mean?'] == "membrane-bound structure that holds the cell's DNA"
    assert found['What does "Ribosome" mean?'] == "small structure where proteins are made"
    assert found['What does "Mitochondrion" mean?'] == "organelle where aerobic respiration releases energy"
    assert len(found) == 4


def test_names_are_asked_with_the_and_the_articles_tense_and_dates_with_when() -> None:
    text = """The Hundred Years' War

England and France fought a long series of wars. The English kings claimed the French throne, and
the fighting lasted from 1337 to 1453. It ended with the English driven out of almost all of France.

Treaty of Brétigny - 8 May 1360; Edward III gave up his claim to the throne
Battle of Agincourt - 25 October 1415; Henry V defeated a larger French army
Estates of Normandy: assembly of the duchy's clergy, nobles and towns
Burgundian Faction: French nobles who sided with the Duke of Burgundy
"""
    found = _entries(text)
    assert found["When was the Treaty of Brétigny?"] == "8 May 1360"
    assert found["When was the Battle of Agincourt?"] == "25 October 1415"
    assert found["What were the Estates of Normandy?"] == "assembly of the duchy's clergy, nobles and towns"
    assert found["What was the Burgundian Faction?"] == "French nobles who sided with the Duke of Burgundy"


def test_a_name_in_the_plural_is_asked_in_the_plural() -> None:
    text = """Europe before 1914

Tension between the great powers grew for decades before the war.

Moroccan Crises - 1905 and 1911; Germany challenged French influence in Morocco
Balkan Wars - 1912 and 1913; Serbia grew larger
"""
    found = _entries(text)
    assert found["When were the Moroccan Crises?"] == "1905 and 1911"
    assert found["When were the Balkan Wars?"] == "1912 and 1913"


def test_a_short_meaning_keeps_what_its_next_part_says_it_does() -> None:
    text = """Indicators

An indicator shows whether a solution is acidic or alkaline.

Universal indicator: range of colours; gives an approximate pH
Bromothymol blue: weak acid dye used in titrations
"""
    found = _entries(text)
    assert found['What does "Universal indicator" mean?'] == "range of colours; gives an approximate pH"


def test_a_present_tense_text_asks_with_is() -> None:
    text = """Electricity

A current flows when charge moves. Resistance opposes the current, and a circuit needs a source.

Ohm Law Triangle: memory aid that links voltage, current and resistance
National Grid: network of cables that carries electricity across the country
"""
    found = _entries(text)
    assert found["What is the National Grid?"] == "network of cables that carries electricity across the country"


@pytest.mark.parametrize("lines", [
    # a timeline: the "term" is a date
    "1917 - the Tsar abdicates\n1918 - the civil war begins\n",
    # claims and statements: the part after the colon has a verb of its own
    "Income effect: a lower price raises real income\nSubstitution effect: the good becomes cheaper\n",
    "Water ionises slightly: a few molecules split\nAlways label axes: price on the vertical\n",
    # traits, places and counts, not what the thing is
    "Litmus: red in acid, blue in alkali\nPhenolphthalein: colourless in acid, pink in alkali\n",
    "Semilunar valves - in the pulmonary artery and aorta\nAV valves - between atria and ventricles\n",
    "Adenine with thymine - 2 hydrogen bonds\nCytosine with guanine - 3 hydrogen bonds\n",
    # labels of notes, not terms
    "Exam tip: learn the equation by heart\nRemember: units must match\n",
    "Stage 1: light-dependent reactions\nStage 2: light-independent reactions\n",
    # examples and people without saying who they were
    "Spinning jenny - James Hargreaves, c. 1764\nWater frame - Richard Arkwright, 1769\n",
    "Strong acid: e.g. hydrochloric acid\nWeak acid: e.g. ethanoic acid\n",
    # an outcome is one thing of many that a battle was
    "Battle of Crécy - English victory\nBattle of Poitiers - decisive English victory\n",
])
def test_lines_that_only_look_like_terms_give_no_question(lines: str) -> None:
    assert _entries_of_lines(lines) == {}


def test_a_heading_or_a_lone_line_is_no_list_of_terms() -> None:
    text = ("Technology\n\nThe Darker Side of Technology: Electronic Aggression in the Information Age\n\n"
            "Cyberbullying is aggression carried out through electronic devices.\n\n"
            "Flaming: hostile and insulting exchange of messages online\n\n"
            "Most teenagers have seen it happen.\n")
    assert listed_lines(text) == set()
    assert _entries(text) == {}


def test_a_list_of_reasons_is_no_list_of_terms() -> None:
    text = """Industry

Why did Britain industrialise first?

Capital: profits from trade and the empire
Labour: workers who had left the land
Markets: colonies that bought British goods

Key terms

Enclosure: open fields fenced into private farms
Urbanisation: movement of people from countryside to towns
"""
    found = _entries(text, "Why did Britain industrialise first?", "Key terms")
    assert set(found) == {'What does "Enclosure" mean?', 'What does "Urbanisation" mean?'}


def test_examples_after_a_meaning_stay_out_of_the_answer() -> None:
    text = """Acids

Acids and bases react together.

Alkali: a base that dissolves in water (e.g. sodium hydroxide)
Indicator: dye that changes colour with pH, e.g. litmus
"""
    found = _entries(text)
    assert found['What does "Alkali" mean?'] == "a base that dissolves in water"
    assert found['What does "Indicator" mean?'] == "dye that changes colour with pH"


def test_a_term_the_notes_write_in_lower_case_elsewhere_is_quoted_in_lower_case() -> None:
    text = """Tectonics

The crust floats on the mantle. Oceanic crust is denser than continental crust.

Crust: thin rocky outer layer of the Earth
Mantle: thick layer of hot rock beneath the crust
"""
    found = _entries(text)
    assert found['What does "crust" mean?'] == "thin rocky outer layer of the Earth"
    assert found['What does "mantle" mean?'] == "thick layer of hot rock beneath the crust"


def test_who_for_a_person_only_when_the_line_says_who_they_were() -> None:
    text = """Reformers

The Reformation split the Western Church in the sixteenth century.

Huldrych Zwingli: reformer in Zurich who broke with Rome
John Knox: preacher who led the Reformation in Scotland
Thomas Newcomen: atmospheric steam engine, 1712
"""
    found = _entries(text)
    assert found["Who was Huldrych Zwingli?"] == "reformer in Zurich who broke with Rome"
    assert found["Who was John Knox?"] == "preacher who led the Reformation in Scotland"
    assert not any("Newcomen" in q for q in found)


def test_the_worked_examples_of_the_template_hold() -> None:
    from studygen.generators.families import family

    for example in family("glossary").examples:
        line = example["sentence"]
        text = (f"Notes\n\nRevolutionaries changed France and ended its monarchy.\n\n{line}\n"
                "Other term: another meaning of a thing\n")
        found = _entries(text)
        assert found[example["question"]] == example["answer"]


@pytest.mark.slow
def test_a_build_of_notes_asked_for_terms_keeps_them(tmp_path: Path) -> None:
    from studygen.pipeline import BuildOptions, build_deck

    notes = tmp_path / "cells.md"
    notes.write_text("# Cells\n\nEvery living thing is made of cells. The cell is the smallest unit of life, "
                     "and cells come from other cells.\n\n## Organelles\n\n"
                     "- **Nucleus**: membrane-bound structure that holds the cell's DNA\n"
                     "- **Ribosome**: small structure where proteins are made\n"
                     "- **Mitochondrion**: organelle where aerobic respiration releases energy\n"
                     "- **Vacuole**: fluid-filled sac that stores water\n"
                     "- **Chloroplast**: organelle where photosynthesis takes place in plant cells\n", encoding="utf-8")
    deck = build_deck([notes], BuildOptions(deck_name="notes", terms=True), jobs=1).deck
    asked = {c.question: c.answer for c in deck.cards if c.template.startswith("glossary:")}
    assert asked['What does "Ribosome" mean?'] == "small structure where proteins are made"
    # each term its card, beside the article's share by length (two cards for so short a text)
    assert len(asked) == 5
    again = build_deck([notes], BuildOptions(deck_name="notes", terms=True), jobs=1).deck
    assert [c.guid for c in again.cards] == [c.guid for c in deck.cards]
    # not asked for: no question on a term (and here no other card either: the notes' lines are no sentences)
    from studygen.errors import NoCardsError

    with pytest.raises(NoCardsError):
        build_deck([notes], BuildOptions(deck_name="notes"), jobs=1)


@pytest.mark.parametrize("lines", [
    # a meaning that repeats its term
    "Weathering: chemical weathering of rocks by rain\nErosion: wearing away of rock by rivers and waves\n",
    "Weathering - the weathering of rocks in place\nErosion - wearing away of rock by rivers\n",
    # a person's work, not what the name means
    "Masaccio - Holy Trinity (c. 1427), an early use of perspective\nDonatello - bronze David (c. 1440s), a statue\n",
])
def test_a_meaning_that_repeats_the_term_or_names_a_work_gives_no_question(lines: str) -> None:
    found = _entries_of_lines(lines)
    assert not any(name in q.casefold() for q in found for name in ("weathering", "masaccio", "donatello"))


def test_a_person_is_asked_without_the_dates_of_the_line() -> None:
    text = """Renaissance artists

The Renaissance changed how artists worked.

Leonardo da Vinci (1452-1519): painter, engineer and scientist
Michelangelo Buonarroti (1475-1564): sculptor, painter and architect
"""
    found = _entries(text)
    assert found["Who was Leonardo da Vinci?"] == "painter, engineer and scientist"


def test_a_term_named_again_in_a_bracket_of_its_meaning_is_no_repeat() -> None:
    text = """Mitosis

Mitosis gives two identical cells.

Anaphase - sister chromatids pulled to opposite poles
Metaphase - chromosomes line up on the equator (metaphase plate)
"""
    found = _entries(text)
    assert found['What does "metaphase" mean?'] == "chromosomes line up on the equator (metaphase plate)"


def test_kinds_and_parts_after_a_lead_in_are_no_terms_but_key_terms_are() -> None:
    text = """Levers

A lever turns about a pivot.

Three classes of lever:
First class - pivot between effort and load
Second class - load between pivot and effort

Key terms first:
Moment - turning effect of a force about a pivot
Pivot - point about which a lever turns
"""
    found = _entries(text)
    assert set(found) == {'What does "Moment" mean?', 'What does "pivot" mean?'}
