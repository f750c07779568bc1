"""Analysis helpers (the first need no model)."""

from __future__ import annotations

import re

import pytest
from build_support import every_card

from studygen.analysis import mention_counts

TEXT = ("The Super Bowl 50 was played in 2016. super bowl fans, SUPER BOWL! A a a aa a_a Straße STRASSE "
        "strasse \u00df ss _x x_x (1990) (1990)(1990) U.S.A. u.s. 10 100 1,0 \u01c5 \u01c6 \u01c4 "
        "the bowl's end; bowls; Bowl.")
PHRASES = ["Super Bowl", "super bowl 50", "a", "a a", "aa", "Stra\u00dfe", "ss", "_x", "(1990)", "U.S.", "u.s",
           "1", "10", "the", "\u01c5", "bowl", "Bowl.", "2016.", "missing phrase", "."]


def _by_regex(text: str, phrase: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(phrase.casefold()) + r"(?!\w)", text.casefold()))


def test_mention_counts_match_a_whole_word_search_per_phrase() -> None:
    counts = mention_counts(TEXT, PHRASES)
    assert {p: counts[p] for p in PHRASES} == {p: _by_regex(TEXT, p) for p in PHRASES}
    assert counts["Super Bowl"] == 3 and counts["a a"] == 1


def test_the_title_vector_comes_with_the_analysis_and_survives_freezing() -> None:
    """The ranking reads the title's vector: the analysis embeds it with the candidates (one call
    instead of one per article), and it is the vector the title gets alone."""
    import numpy as np

    from studygen.analysis import analyse
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline
    from studygen.ranking.features import ArticleView

    text = ("The Danube flows through ten countries. Vienna and Budapest stand on its banks. "
            "It empties into the Black Sea in Romania.")
    article = Article(id="a1", title="The Danube River", text=text, source="test")
    nlp, model = spacy_pipeline(), embedder()
    (item,) = analyse([article], nlp, model.embed)
    model.clear_cache()
    alone = model.embed(["The Danube River"])[0]
    assert item.title_vector is not None
    assert np.array_equal(item.title_vector, alone)
    thawed = item.freeze().thaw(nlp.vocab)
    asked: list[list[str]] = []
    view = ArticleView.of(thawed, lambda texts: asked.append(texts) or model.embed(texts))
    assert np.array_equal(view.title_vector, alone) and not asked


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "states"), [
    ("The Danube Commission was founded in 1948 by the Belgrade Convention.", True),
    ("Q: When was the Danube Commission founded?", False),
    ('Why did the river flood in 2002?"', False),
    ("The ministry announced several changes:", False),
    ('He asked "Why?" and left the room in 1990.', True),
    # a case put to the reader is no fact: not "Suppose a monopolist can sell ... || True"
    ("Suppose a monopolist can sell one unit at a price of $10 or two units at a price of $9 each.", False),
    ("Imagine that you are standing on a footbridge above the track.", False),
    ("The firm supposes that demand is elastic.", True),
    # an instruction to the reader (T159)
    ("Apply the junction rule at junctions, but note that a circuit with n junctions gives n - 1 equations.", False),
    ("Engineers apply the junction rule at every junction.", True),
    ("Notice that in recession years the standardized employment deficit is smaller than the actual deficit.", True),
    # a team sheet after a colon names players and says nothing of them (T110)
    ("The teams were: Bolton Wanderers: Pym; Haworth, Finney; Nuttall, Seddon, Jennings; Butler, Jack, Smith.",
     False),
    ("The plan had three parts: roads were built; schools were opened; taxes were cut.", True),
    # an instruction after its label, a byline's contact line (T177)
    ("Editor's Tip: Choose a vase color that recedes and doesn't compete with the blooms.", False),
    ("Step 3: Add the flour slowly and stir for two minutes.", False),
    ("Note: The museum was founded in 1901 by the city council.", True),
    ("Matt Friedman may be reached at mfriedman@njadvancemedia.com.", False),
    ("Matt Friedman reported from Trenton in 2014.", True),
])
def test_a_sentence_that_asks_or_introduces_a_list_states_nothing(sentence: str, states: bool) -> None:
    from studygen.analysis import states_something
    from studygen.nlp import spacy_pipeline

    assert states_something(spacy_pipeline()(sentence)[:]) is states


@pytest.mark.slow
@pytest.mark.parametrize(("title", "text", "leans"), [
    # "the shelter" is the one the sentence before named: a card of it leaves "which shelter?"
    ("City budget", "A new shelter opened on Main Street in 2010. It was run by a charity. "
     "The shelter had 450 beds in June 2015.", True),
    ("Protists", "Karl von Baer was a German biologist. He studied many animals. "
     "The German biologist coined the word protozoa in June 1818.", True),
    # a comparative without "than" compares with what the sentences before said
    ("Ethics", "Many agree that pulling the lever is permissible. "
     "The harder challenge came from a variation introduced by Thomson in June 1985.", True),
    ("Ethics", "Many agree that pulling the lever is permissible. "
     "The harder challenge than the lever came from a variation introduced by Thomson in June 1985.", False),
    ("Acids", "Arrhenius defined an acid by the ions it gives in water. "
     "A broader definition was proposed independently by Brønsted and Lowry in June 1923.", True),
    # "the term", "the issue": nouns that stand for what was said before, in other words
    ("Rites", "Some rites mark the seasons rather than a life. "
     "The term was introduced by Eliot Chapple and Carleton Coon in June 1942.", True),
    ("Prices", "Economists argue over how to measure inflation. "
     "The issue gained practical importance in June 1996.", True),
    ("Prices", "Economists argue over how to measure inflation. "
     "The issue of measurement gained practical importance in June 1996.", False),
    ("Hong Kong handover", "Britain agreed to hand back the whole territory in 1997. "
     "The arrangements were spelled out in the Basic Law in June 1990.", True),
    ("Hong Kong handover", "Britain agreed to hand back the whole territory in 1997. "
     "The arrangements for the handover were spelled out in the Basic Law in June 1990.", False),
    ("Genetics", "For centuries people wondered how traits pass from parents to offspring. "
     "The answer came from Gregor Mendel in June 1866.", True),
    # "the term" as an object: which term?
    ("Economies", "Much work in poor countries is never recorded. "
     "Keith Hart popularized the term after his research in Ghana in June 1973.", True),
    # "the two" with no noun: the two of what?
    ("Prejudice", "Prejudice is an attitude and discrimination is an action. "
     "Robert Merton showed in June 1949 that the two need not go together.", True),
    # a noun of a name said before: "the association" after "the American Anthropological Association"
    ("Relativism", "In 1947 the American Anthropological Association issued a statement. "
     "The association adopted a declaration on human rights in June 1999.", True),
    # The subject says which one it is, or it is what the whole deck is about.
    ("City budget", "A new shelter opened on Main Street in 2010. "
     "The shelter on Main Street had 450 beds in June 2015.", False),
    ("Riverside Shelter", "A new shelter opened on Main Street in 2010. The shelter had 450 beds in June 2015.",
     False),
    # A thing not named before is no pointer back.
    ("City budget", "The city opened a park in 2010. The shelter had 450 beds in June 2015.", False),
])
def test_a_sentence_whose_subject_points_back_gives_no_card_but_on_its_subject(title: str, text: str,
                                                                               leans: bool) -> None:
    from studygen.analysis import analyse
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    article = Article(id="a1", title=title, text=text, source="test")
    (item,) = analyse([article], spacy_pipeline(), embedder().embed)
    last = text.rindex(". ") + 2
    asked = {c.text for c in item.candidates if c.start >= last}
    date = re.search(r"June \d{4}", text[last:]).group()  # type: ignore[union-attr]
    assert (date not in asked) if leans else (date in asked)


@pytest.mark.slow
def test_a_full_name_the_article_gives_a_person_is_a_person_where_the_parser_calls_it_a_place() -> None:
    from studygen.analysis import analyse
    from studygen.models import AnswerType, Article
    from studygen.nlp import embedder, spacy_pipeline

    # "Margera" alone elsewhere says a person is meant; "Copa América" once a person among places is not one
    text = ("Bam Margera was fired from the film in 2021. Margera sued the studio. During the first day of filming, "
            "the cast threw snakes on Bam Margera in the dark.")
    (item,) = analyse([Article(id="a1", title="Jackass", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    second = text.index("During")
    types = {c.type for c in item.candidates if c.text == "Bam Margera" and c.start > second}
    assert types == {AnswerType.PERSON}  # asked "Who", never "Where"


@pytest.mark.slow
def test_a_surname_two_people_of_the_article_share_is_no_answer_alone() -> None:
    from studygen.analysis import analyse
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    # not "Who won her first Oscar after more than four decades in film? Curtis" (T61): Tony Curtis too
    text = ("Jamie Lee Curtis played the tax inspector. Curtis, the daughter of Janet Leigh and Tony Curtis, won her "
            "first Oscar after more than four decades in film. Michelle Yeoh won Best Actress.")
    (item,) = analyse([Article(id="a1", title="The film", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    answers = {c.text for c in item.candidates}
    assert "Curtis" not in answers
    assert {"Jamie Lee Curtis", "Michelle Yeoh"} <= answers


def test_shared_surnames_are_those_of_two_different_people() -> None:
    from studygen.analysis import shared_surnames

    assert shared_surnames({"Jamie Lee Curtis", "Tony Curtis", "Janet Leigh"}) == {"Curtis"}
    assert shared_surnames({"Jamie Lee Curtis", "Lee Curtis"}) == set()  # one name ends the other: one person


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "undated"), [
    # A past change in an amount, the time left to the sentence before: true of no time the card says.
    ("Taiwan's economy grew over 7 percent and set records for exports.", True),
    ("The company's stock price fell 50% when the bubble burst.", True),
    # With its time, or a timeless rule in the present, it is a fact.
    ("Taiwan's economy grew over 7 percent in 2025.", False),
    ("Water expands by 9 percent when it freezes.", False),
    ("The city grew quickly after the railway came.", False),
])
def test_a_past_change_in_an_amount_without_its_time_gives_no_card(sentence: str, undated: bool) -> None:
    from studygen.analysis import undated_change
    from studygen.nlp import spacy_pipeline

    assert undated_change(spacy_pipeline()(sentence)[:]) is undated


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "elliptical"), [
    # "the fifth" what: the noun is in the sentence before
    ("In 2019, Anna Lee became the fifth when she won the seat in the state election.", True),
    ("The first was a penalty, but the referee allowed it.", True),
    ("The new bridge proved far less successful than the first.", True),
    # a superlative set off from its noun: the most luminous what? (T63)
    ("The most luminous, quasars, were recognized in 1963 when Maarten Schmidt measured a large redshift.", True),
    ("The largest, blue whales, can weigh 150 tonnes.", True),
    ("The most luminous quasars were recognized in 1963.", False),
    ("Rome was the largest, oldest city in the empire.", False),
    # an ordinal that says what it ranks, or is a noun's modifier, is no ellipsis
    ("Anna Lee was the first to climb the north face, in 1952.", False),
    ("She was the second of four children of a miller.", False),
    ("The fifth edition of the festival was held in Lyon in 2003.", False),
    ("Smith and Jones placed third and fourth in the final race.", False),
])
def test_a_sentence_naming_something_only_by_its_rank_gives_no_card(sentence: str, elliptical: bool) -> None:
    from studygen.analysis import elliptical_ordinal
    from studygen.nlp import spacy_pipeline

    assert elliptical_ordinal(spacy_pipeline()(sentence)[:]) is elliptical


@pytest.mark.slow
def test_no_candidate_is_drawn_from_a_sentence_naming_something_by_its_rank_alone() -> None:
    from studygen.analysis import analyse
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    text = ("Four Green candidates have advanced from a top-two primary since 2012. In 2022, Anna Lee became the "
            "fifth when she ran in the District 10 election in Oregon. Lee received 52,965 votes in November.")
    (item,) = analyse([Article(id="a1", title="Greens", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    second, third = text.index("In 2022"), text.index("Lee received")
    assert item.candidates and not [c.text for c in item.candidates if second <= c.start < third]


@pytest.mark.slow
def test_a_name_the_recogniser_ran_on_into_the_next_verbs_subject_is_no_answer() -> None:
    from studygen.analysis import analyse
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    # "During the Second World War Turing worked ...": not "During the _____ worked for ..."
    text = ("Alan Turing was an English mathematician. During the Second World War Turing worked for the Government "
            "Code and Cypher School at Bletchley Park. Turing died in 1954.")
    (item,) = analyse([Article(id="a1", title="Alan Turing", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    answers = {c.text for c in item.candidates}
    assert not any(a.endswith("War Turing") for a in answers), answers
    assert "Bletchley Park" in answers


def test_no_card_material_comes_from_a_worked_example(tmp_path) -> None:  # noqa: ANN001
    """A worked example sets up a made-up case and works it through: strict judges kept a third of the
    labelled cards from one. Its sentences give no candidates; the sections around it still do, and a
    case study, which tells what happened, is no worked example."""
    from studygen.analysis import analyse
    from studygen.ingest.articles import read_articles
    from studygen.nlp import embedder, spacy_pipeline

    text = ("Mass Spectrometry\n\nTime of Flight\n\nIn a time-of-flight analyser, lighter ions reach the detector "
            "first. The method was introduced by William Stephens in 1946.\n\nExample 1: Time of Flight\n\n"
            "A singly charged ion of mass 100 u is accelerated through a potential difference of 20.0 kV in 1990.\n\n"
            "M = 0.500 g / 0.00784 mol = 63.8 g/mol\n\n"  # a line of working, read as a heading
            "An ion of mass 400 u built by Aston in 1922 would take twice as long.\n\n"
            "Case Study: Aston\n\nFrancis Aston built his first mass spectrograph in 1919 at Cambridge.\n")
    path = tmp_path / "mass-spectrometry.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_articles([path], split="none").articles
    (item,) = analyse([article], spacy_pipeline(), embedder().embed)
    sentences = {c.sentence for c in item.candidates}
    texts = {p.sentence.text for p in item.parsed if p.sentence.index in sentences}
    assert any("Stephens" in t for t in texts) and any("Aston" in t for t in texts)
    assert not any("singly charged" in t or "400 u" in t for t in texts)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "sets_up"), [
    ("Suppose a credit union keeps 20 per cent of each deposit as reserves.", True),
    ("Imagine two bakeries selling the same loaf on one street.", True),
    ("Consider a swimmer, Ilona, who trains alone every morning.", True),
    ("Picture a ball rolling down a ramp at 3 metres per second.", True),
    ("Let's say the Green Party gets 9,000 votes in the first district.", True),
    ("Picture books were first printed in colour in the 1860s.", False),  # a noun, not an order
    ("The council considered a new bridge in 1911.", False),
    ("Economists suppose that firms maximise profit.", False),  # a subject of its own: a claim
])
def test_an_order_to_suppose_a_case_is_found(sentence: str, sets_up: bool) -> None:
    from studygen.analysis import sets_up_a_case
    from studygen.nlp import spacy_pipeline

    [span] = list(spacy_pipeline()(sentence).sents)
    assert sets_up_a_case(span) is sets_up


def _card_sources(tmp_path, text: str) -> set[str]:  # noqa: ANN001
    """The sentences the cards of a build of ``text`` come from (``build_support.every_card``)."""
    return {text[card.source_start:card.source_end] for card in every_card(tmp_path, text)}


@pytest.mark.slow
def test_a_supposed_case_and_the_rest_of_its_paragraph_give_no_card(tmp_path) -> None:  # noqa: ANN001
    """The sentences after "Suppose ..." work a made-up case through ("Party B gets 8,000"): no fact. The
    next paragraph is the lecture again."""
    text = ("Electoral systems\n\n"
            "The Representation of the People Act 1918 gave the vote to women over 30 in Britain.\n"
            "Suppose a district has three parties. The Blue Party gets 12,000 votes, the Red Party gets 9,000, "
            "and the Gold Party gets 4,000. Under first past the post, the Blue Party wins the seat.\n"
            "New Zealand adopted mixed-member proportional representation after a referendum in 1993.\n")
    sources = _card_sources(tmp_path, text)
    assert any("1918" in s for s in sources) and any("1993" in s for s in sources)
    assert not any("Party" in s for s in sources), sources


@pytest.mark.parametrize(("sentence", "worked"), [
    ("At v equals 0.8 c, one minus 0.64 is 0.36, square root 0.6, gamma is about 1.67.", True),
    ("So a diploid cell: 12 plus 12 gives 24 again.", True),
    ("The mean: 3 plus 5 plus 7 is 15, over 3, is 5.", True),
    ("R-squared equals 1 minus SSE over SST, 1 minus 1.2 over 4, 1 minus 0.3, 0.7.", True),  # two operations on
    ("People hold about seven items, plus or minus two, in short-term memory.", False),
    ("Each electron carries a charge of about 1.6 times ten to the minus nineteen coulombs.", False),  # a quantity
    ("The town grew from 200 to 300 people over ten years.", False),
    ("The treaty gave Prussia two of the five provinces.", False),
])
def test_a_sum_worked_aloud_is_found(sentence: str, worked: bool) -> None:
    from studygen.analysis import works_a_sum

    assert works_a_sum(sentence) is worked


@pytest.mark.slow
def test_a_sum_worked_aloud_gives_no_card(tmp_path) -> None:  # noqa: ANN001
    text = ("Time dilation\n\n"
            "Albert Einstein published the special theory of relativity in 1905.\n"
            "At v equals 0.8 c, one minus 0.64 is 0.36, square root 0.6, gamma is about 1.67.\n"
            "Joseph Hafele and Richard Keating flew atomic clocks around the world in 1971.\n")
    sources = _card_sources(tmp_path, text)
    assert any("1905" in s for s in sources) and any("1971" in s for s in sources)
    assert not any("gamma" in s for s in sources), sources
