"""DistractorPool: the wrong options of a multiple-choice card and the swap of a false statement.
Articles are made up, with made-up embeddings (a few axes), so the tests need no model."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from studygen.cards import DistractorPool
from studygen.models import AnswerCandidate, AnswerType


def _vector(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def _article(article_id: str, text: str, options: dict[str, tuple[AnswerType, np.ndarray]]) -> SimpleNamespace:
    candidates = [AnswerCandidate(text=name, start=max(text.find(name), 0), end=max(text.find(name), 0) + len(name),
                                  sentence=0, type=kind, salience=1.0)
                  for name, (kind, _) in options.items()]
    return SimpleNamespace(article=SimpleNamespace(id=article_id, text=text), candidates=candidates,
                           candidate_vectors={name: vector for name, (_, vector) in options.items()})


PLACE, PERSON, NUMBER = AnswerType.PLACE, AnswerType.PERSON, AnswerType.NUMBER
# Embeddings: each name on its own mix of four axes; "DPRK" is not close to "North Korea" here, so
# only the gazetteer can tell that they are one place.
KOREA = _article("korea", "North Korea (DPRK) tested a missile; China, Japan, South Korea and Pyongyang objected.", {
    "North Korea": (PLACE, _vector(1, 0, 0, 0)), "DPRK": (PLACE, _vector(0.7, 0.7, 0.1, 0.1)),
    "China": (PLACE, _vector(0.6, 0.8, 0, 0)), "Japan": (PLACE, _vector(0.5, 0, 0.86, 0)),
    "South Korea": (PLACE, _vector(0.8, 0, 0, 0.6)), "Pyongyang": (PLACE, _vector(0.85, 0, 0.3, 0.3)),
})
OTHER = _article("other", "Trevor Noah met Tony and Kim Jong-un; France and Germany watched.", {
    "Trevor Noah": (PERSON, _vector(0, 1, 0, 0)), "Tony": (PERSON, _vector(0, 0.8, 0.6, 0)),
    "Kim Jong-un": (PERSON, _vector(0, 0.6, 0, 0.8)), "France": (PLACE, _vector(0.4, 0, 0, 0.9)),
    "Germany": (PLACE, _vector(0.3, 0, 0.9, 0.3)),
})


def _options(pool: DistractorPool, answer: str, kind: AnswerType, article: SimpleNamespace, avoid: str = "",
             count: int = 3) -> list[str]:
    return pool.distractors(answer, kind, article.article.id, article.candidate_vectors.get(answer), avoid=avoid,
                            count=count)


def test_an_mcq_never_offers_the_answer_twice_nor_under_another_name() -> None:
    pool = DistractorPool([KOREA, OTHER])
    options = _options(pool, "North Korea", PLACE, KOREA)
    assert len(options) == 3 and len(set(options)) == 3
    assert "North Korea" not in options and "DPRK" not in options  # the gazetteer's same place


def test_a_country_is_offered_countries_not_cities() -> None:
    pool = DistractorPool([KOREA, OTHER])
    assert "Pyongyang" not in _options(pool, "North Korea", PLACE, KOREA, count=5)


def test_options_come_from_the_answers_article_first() -> None:
    pool = DistractorPool([KOREA, OTHER])
    options = _options(pool, "North Korea", PLACE, KOREA)
    assert set(options) <= {"China", "Japan", "South Korea"}


def test_an_option_the_question_names_is_no_option() -> None:
    pool = DistractorPool([KOREA, OTHER])
    options = _options(pool, "North Korea", PLACE, KOREA, avoid="Which country did China and Japan criticise?")
    assert "China" not in options and "Japan" not in options


def test_a_full_name_gets_full_names() -> None:
    pool = DistractorPool([KOREA, OTHER])
    assert _options(pool, "Trevor Noah", PERSON, OTHER, count=2) == ["Kim Jong-un"]


def test_a_swap_with_a_floor_of_likeness_offers_only_names_like_the_answer() -> None:
    # A parser that took a cell part for a person must not swap in "Kim Jong-un": with the floor, only
    # names at least that like the answer come; without it, the least like ones come too.
    pool = DistractorPool([KOREA, OTHER])
    vector = OTHER.candidate_vectors["Trevor Noah"]
    unfloored = pool.distractors("Trevor Noah", PERSON, "other", vector, avoid="", count=3)
    floored = pool.distractors("Trevor Noah", PERSON, "other", vector, avoid="", count=3, min_similarity=0.7)
    assert unfloored == ["Kim Jong-un"] and floored == []
    # South Korea (0.8 like North Korea) passes; China (0.6) and Japan (0.5) do not.
    assert pool.distractors("North Korea", PLACE, "korea", KOREA.candidate_vectors["North Korea"], avoid="",
                            count=3, min_similarity=0.7) == ["South Korea"]


def test_a_number_with_too_few_others_gets_plausible_wrong_values_in_its_own_form() -> None:
    pool = DistractorPool([KOREA, OTHER])
    options = _options(pool, "1,200 soldiers", NUMBER, KOREA)
    assert len(options) == 3 and "1,200 soldiers" not in options
    assert all(option.endswith(" soldiers") and option[0].isdigit() for option in options)


@pytest.mark.parametrize(("a", "b", "synonyms"), [
    ("present standards", "contemporary standards", True),
    ("big man", "Big men", True),
    ("country pop song", "country-pop", True),
    ("North Korea", "South Korea", False),  # two countries, both names
    ("$3.4 million", "$5 million", False),  # two amounts
    ("harness", "belay device", False),
    ("Dialectic", "dialectical process", True),  # one word in two forms
    ("internal membrane", "international law", False),
    ("industrialization", "urbanization", False),
])
def test_options_that_share_a_word_are_near_synonyms_unless_both_are_names(a: str, b: str, synonyms: bool) -> None:
    from studygen.cards import shares_a_word

    assert shares_a_word(a, b) is synonyms


@pytest.mark.parametrize(("question", "kind"), [
    ("Which committee advocates for advertisement-free public spaces in Toronto?", "committee"),
    ("With proceeds to which foundation did the garrison return?", "foundation"),
    ("Which lake did she swim across in 1927?", "lake"),
    ("Which philosopher wrote the Critique of Pure Reason?", None),  # a name does not say it is a philosopher's
    ("What did the committee decide?", None),
])
def test_the_kind_a_question_names_for_its_answer(question: str, kind: str | None) -> None:
    from studygen.cards import asked_kind

    assert asked_kind(question) == kind


@pytest.mark.parametrize(("option", "kind", "fits"), [
    ("Toronto Public Space Committee", "committee", True),
    ("Greenpeace International", "committee", False),
    ("Presidential Commission", "committee", False),
    ("Ministry of Transport of Russia", "ministry", True),
    ("Bank of America", "bank", True),
    ("Silicon Valley Leadership Group", "bank", False),
    ("Lake Ontario", "lake", True),
    ("France", "country", True),
    ("Paris", "country", False),
])
def test_options_beside_a_question_that_names_a_kind_must_be_of_it(option: str, kind: str, fits: bool) -> None:
    from studygen.cards import of_kind

    assert of_kind(option, kind) is fits


def test_an_option_whose_number_the_sentence_already_holds_is_no_option() -> None:
    # "from 1800 C.E. to 2000 C.E.": a false statement "... to year 1800 C.E." would contradict itself.
    years = _article("years", "The period ran from 1800 C.E. to 2000 C.E.; the war ended in 1945 and 1648.", {
        "2000 C.E.": (NUMBER, _vector(1, 0, 0, 0)), "year 1800 C.E.": (NUMBER, _vector(0.9, 0.1, 0, 0)),
        "1945": (NUMBER, _vector(0.8, 0.2, 0, 0)), "1648": (NUMBER, _vector(0.7, 0.3, 0, 0)),
    })
    pool = DistractorPool([years])
    options = _options(pool, "2000 C.E.", NUMBER, years, avoid="The period ran from 1800 C.E. to 2000 C.E.")
    assert options and not any("1800" in option for option in options)
    # The answer's own number does not count against an option: "March 2020" may face "April 2020".
    spring = _article("spring", "Lockdown began in March 2020 and ended in April 2020.", {
        "March 2020": (AnswerType.DATE, _vector(1, 0, 0, 0)), "April 2020": (AnswerType.DATE, _vector(0.5, 0.5, 0, 0)),
    })
    assert _options(DistractorPool([spring]), "March 2020", AnswerType.DATE, spring,
                    avoid="Lockdown began in March 2020.", count=1) == ["April 2020"]


@pytest.mark.parametrize(("option", "answer", "fair"), [
    ("2019/2020", "between 2019 and 2020", False),  # the same years in other words
    ("72 years of age", "72-year-old", False),
    ("April 2020", "March 2020", True),  # another month of the same year
    ("4 billion", "4 million", True),
])
def test_an_option_with_the_answers_own_figures_is_the_answer_again(option: str, answer: str, fair: bool) -> None:
    from studygen.cards import _fair_distractor

    assert _fair_distractor(option, answer, "") is fair


def test_a_swapped_name_never_shares_a_word_with_a_name_the_sentence_holds() -> None:
    from studygen.cards import _fair_distractor

    sentence = "In October 2019, Batra was reported to direct Deepika Padukone in the lead."
    assert not _fair_distractor("Shakun Batra", "Deepika Padukone", sentence)
    assert _fair_distractor("Alia Bhatt", "Deepika Padukone", sentence)


@pytest.mark.parametrize(("text", "backward"), [
    ("James was arrested nine times from 1992 to 1991.", True),
    ("Prices rose between 2019 and 2018.", True),
    ("James was arrested nine times from 1992 to 1998.", False),
    ("The team won 3 and lost 2.", False),
    # before Christ the years count down (T80: "reigned from about 268 to 322 BCE")
    ("Ashoka reigned from about 268 to 322 BCE.", True),
    ("Ashoka reigned from about 268 to 232 BCE.", False),
    # two days of one month (T158: "During the first explosive phase, from 21 to 18 April, ...")
    ("During the first explosive phase, from 21 to 18 April, the plume rose to 9 kilometres.", True),
    ("Flights were cancelled between 12 and 3 May.", True),
    ("During the first explosive phase, from 14 to 18 April, the plume rose to 9 kilometres.", False),
    ("The talks ran from 5 to 10 May in Geneva.", False),
    # two days joined by "and" (T188: "striking the Earth on 3 and 2 September 1859")
    ("The storm struck the Earth on 3 and 2 September 1859.", True),
    ("The storm struck the Earth on 1 and 2 September 1859.", False),
    # a span in parentheses too short for a life (T188: "Chien-Shiung Wu (May 31, 1912 - December 6, 1917)")
    ("Grace Hopper (December 9, 1906 – January 1, 1910) was a computer scientist.", True),
    ("Grace Hopper (1906–1992) was a computer scientist.", False),
    ("Grace Hopper (December 9, 1906 – January 1, 1992) was a computer scientist.", False),
])
def test_a_range_of_years_that_runs_backwards_is_false_on_its_face(text: str, backward: bool) -> None:
    from studygen.cards import dates_false_on_their_face

    assert dates_false_on_their_face(text) is backward


@pytest.mark.parametrize(("fact", "swapped_in", "kept"), [
    # a bare date for a framed one breaks the sentence: "when it was released September", "who died in
    # 1903 at the 11 years, 4 months and 3 days" (tune-T21, tune-T22, every judge: grammar)
    ("as early as October", "September", False),
    ("age of 93 years", "11 years", False),
    ("as early as October", "as early as May", True),
    # one word before the figure, or none, is no frame
    ("early 1990s", "late 1980s", True),
    ("4 September 2020", "5 May 2019", True),
])
def test_a_false_statement_keeps_the_words_that_frame_its_fact(fact: str, swapped_in: str, kept: bool) -> None:
    from studygen.cards import keeps_the_frame

    assert keeps_the_frame(fact, swapped_in) is kept


def test_a_name_swapped_into_a_sentence_takes_the_as_the_answer_did() -> None:
    # "the United States" -> "the Canada" reads wrong; "the United Kingdom" reads right.
    us = _article("us", "Later the United States and Canada and the United Kingdom signed.", {
        "United States": (PLACE, _vector(1, 0, 0, 0)), "Canada": (PLACE, _vector(0.7, 0.7, 0, 0)),
        "United Kingdom": (PLACE, _vector(0.6, 0, 0.8, 0)),
    })
    pool = DistractorPool([us])
    assert pool.distractors("United States", PLACE, "us", us.candidate_vectors["United States"], avoid="",
                            count=1, definite=True) == ["United Kingdom"]
    assert pool.distractors("Canada", PLACE, "us", us.candidate_vectors["Canada"], avoid="", count=1,
                            definite=False) == []


def test_a_date_swapped_into_a_sentence_takes_the_as_the_answer_did() -> None:
    # "in September it allowed East Germans to cross" -> "in first week of November" (T183, every judge: grammar)
    text = "The law was drafted in the first week of November, and in September the border opened."
    wall = _article("wall", text, {
        "first week of November": (AnswerType.DATE, _vector(1, 0, 0, 0)),
        "September": (AnswerType.DATE, _vector(0.8, 0.6, 0, 0)),
    })
    pool = DistractorPool([wall])
    assert pool.distractors("September", AnswerType.DATE, "wall", wall.candidate_vectors["September"], avoid="",
                            count=1, definite=False) == []
    assert pool.distractors("first week of November", AnswerType.DATE, "wall",
                            wall.candidate_vectors["first week of November"], avoid="", count=1,
                            definite=True) == []


@pytest.mark.parametrize(("answer", "option", "kind", "same_form"), [
    ("1995", "1980s", AnswerType.DATE, False),  # "In 1980s" for "In 1995"
    ("22:10", "24", NUMBER, False),  # a clock time for a clock time
    ("3,500", "6", NUMBER, False),  # within a power of ten
    ("3,500", "4,200", NUMBER, True),
    # a range for a range: "In August to December 2020" holds "September 2020"
    ("September 2020", "August to December 2020", AnswerType.DATE, False),
    ("September 2020", "October 2019", AnswerType.DATE, True),
    ("1991–2001", "1980–1990", AnswerType.DATE, True),
    # a range in figures for one in figures: "won the first championship of the Eredivisie in 1971 to 1973" for
    # "in 1956–57" (T196)
    ("1956–57", "1971 to 1973", AnswerType.DATE, False),
    ("1991–2001", "1980 to 1990", AnswerType.DATE, False),
    # a length for a length: "emerged towards the over 500 years" for "towards the end of the 13th century"
    ("end of the 13th century", "over 500 years", AnswerType.DATE, False),
    ("10 days", "500 years", AnswerType.DATE, True),
    ("the 13th century", "the 15th century", AnswerType.DATE, True),
    # a part of a year for a part of a year: "during Miss Universe first quarter of 2023" for "Miss Universe 2020"
    ("2020", "first quarter of 2023", AnswerType.DATE, False),
    ("2020", "2017", AnswerType.DATE, True),
    # the month before the day: "A new opening date of 11 June 1993, was cancelled" for "June 3, 2012,"
    ("June 3, 2012", "11 June 1993", AnswerType.DATE, False),
    ("June 3, 2012", "October 30, 2011", AnswerType.DATE, True),
    # a season: "is a summer of 1993 American prison drama film" for "a 1994 American prison drama film"
    ("1994", "summer of 1993", AnswerType.DATE, False),
    ("summer of 1993", "winter of 1995", AnswerType.DATE, True),
    # not "signed the Treaty of Canterbury in end of 1987" for "in 1986" (T90)
    ("1986", "end of 1987", AnswerType.DATE, False),
    ("the end of 1986", "the end of 1990", AnswerType.DATE, True),
    ("late 2019", "2018", AnswerType.DATE, True),
    # an approximate date for an approximate one: "In Around 1900" for "In late 2019"
    ("late 2019", "Around 1900", AnswerType.DATE, False),
    # a range with its opening word for one: "From Between 1402 and 1405" for "From 1073 to 1074"
    ("1073 to 1074", "Between 1402 and 1405", AnswerType.DATE, False),
    ("between 2005 and 2010", "Between 1991 and 2000", AnswerType.DATE, True),
    ("1073 to 1074", "1402 to 1405", AnswerType.DATE, True),
    # two dates for two dates: not "In 1873 to 1884 Cauchy wrote papers" for "In 1811 and 1812" (T105)
    ("1811 and 1812", "1873 to 1884", AnswerType.DATE, False),
    ("1811 and 1812", "1873 and 1874", AnswerType.DATE, True),
    # an era for an era, a century for a century: not "discovered in 1900 BC" for "in 1903", nor "in 14th
    # century BC" for "in 67 BC" (T77)
    ("1903", "1900 BC", AnswerType.DATE, False),
    ("67 BC", "14th century BC", AnswerType.DATE, False),
    ("67 BC", "146 BC", AnswerType.DATE, True),
    ("the 14th century", "the 12th century", AnswerType.DATE, True),
    # a year for a year: not "born in 29 October" for "born in September 129" (T84)
    ("September 129", "29 October", AnswerType.DATE, False),
    ("11-day", "35-year", AnswerType.DATE, False),
    ("11-day", "100-day", AnswerType.DATE, True),
    # the word "year" for the word: not "The 1579, remembered as the rampjaar" for "The year 1672" (T87)
    ("year 1672", "1579", AnswerType.DATE, False),
    ("year 1672", "year 1579", AnswerType.DATE, True),
    # a name for a name: not a people the recogniser took for a person
    ("Philaretus Brachamius", "Castilian colonists", AnswerType.PERSON, False),
    ("Philaretus Brachamius", "Robert Guiscard", AnswerType.PERSON, True),
    ("Vincent van Gogh", "Paul Gauguin", AnswerType.PERSON, True),
])
def test_a_figure_is_swapped_only_for_one_of_its_own_form(answer: str, option: str, kind: AnswerType,
                                                          same_form: bool) -> None:
    from studygen.cards import shape

    assert (shape(option, kind) == shape(answer, kind)) is same_form


@pytest.mark.parametrize(("answer", "variants"), [
    ("1960s", {"1940s", "1950s", "1970s", "1980s"}),  # a decade's options are decades: not "1958s"
    ("the 1980s", {"the 1960s", "the 1970s", "the 1990s", "the 2000s"}),
])
def test_made_up_options_for_a_decade_are_decades(answer: str, variants: set[str]) -> None:
    from studygen.cards import numeric_variants, shape

    made = numeric_variants(answer)
    assert set(made) == variants
    assert all(shape(v, AnswerType.DATE) == shape(answer, AnswerType.DATE) for v in made)


def test_a_name_is_never_swapped_for_a_bare_figure() -> None:
    from studygen.cards import shape

    assert shape("1958", AnswerType.EVENT) != shape("World Cup", AnswerType.EVENT)


def test_a_single_letter_is_no_option() -> None:
    from studygen.cards import _fair_distractor

    assert not _fair_distractor("C", "verification committee", "")
    assert _fair_distractor("7", "5", "")


@pytest.mark.parametrize(("option", "answer", "fair"), [
    # a place inside the other is right where the other is: "England" beside "UK"
    ("England", "UK", False),
    ("the United Kingdom", "Scotland", False),
    ("Hong Kong", "People's Republic of China", False),
    ("Ukraine", "Soviet Union", False),
    ("Scotland", "England", True),
    ("France", "United Kingdom", True),
])
def test_a_place_is_never_offered_beside_a_place_it_is_part_of(option: str, answer: str, fair: bool) -> None:
    from studygen.cards import _fair_distractor

    assert _fair_distractor(option, answer, "") is fair


@pytest.mark.parametrize(("text", "answer", "kind", "fair"), [
    # An event has other names: "the Olympics" for "the Tokyo Summer Games" is still true.
    ("North Korea sent no team to the Tokyo Summer Games.", "Tokyo Summer Games", AnswerType.EVENT, False),
    ("He never told her the truth about Sonali, for Sonali's sake.", "Sonali", PERSON, False),
    ("People were shot on a train in Sunset Park, Brooklyn.", "Sunset Park", PLACE, False),
    ("The period lasted approximately 1800 years.", "1800", AnswerType.DATE, False),
    # A place lies in another or goes by another name ("found in Kanata" is true of Ottawa), and a
    # people has other and wider names ("Iranian society" is Persian, "Greek" is European).
    ("The race began in Bilbao in 2023.", "Bilbao", PLACE, False),
    ("The stories have been influential in Iranian society.", "Iranian", AnswerType.GROUP, False),
    ("The race began in Bilbao in 2023.", "2023", AnswerType.DATE, True),
    # A state that holds as of a date may hold as of another: "As of 2017" is not false
    ("As of 2015, she was the earliest known farmer from the region.", "2015", AnswerType.DATE, False),
    ("As of 15 August 2023, no replication had yet been peer-reviewed.", "15 August 2023", AnswerType.DATE, False),
    ("In 2015, she was named the earliest known farmer from the region.", "2015", AnswerType.DATE, True),
    # A bound holds for any later (or earlier) date: identified "by 20 April" is true if "by 29 March"
    ("The remains of all occupants were identified by 29 March.", "29 March", AnswerType.DATE, False),
    ("More than 7,000 planes have been delivered since 1997.", "1997", AnswerType.DATE, False),
    ("The road stayed closed until mid-2019.", "2019", AnswerType.DATE, False),
    ("The remains of all occupants were identified on 29 March.", "29 March", AnswerType.DATE, True),
    # a description or a pronoun after the name still speaks of the person swapped out
    ("On November 30, Mehmet Oz, a celebrity doctor, announced his candidacy.", "Mehmet Oz", PERSON, False),
    ("On November 30, Mehmet Oz announced his candidacy.", "Mehmet Oz", PERSON, False),
    ("On November 30, Mehmet Oz won the primary in Pennsylvania.", "Mehmet Oz", PERSON, True),
    # The hedge inside the answer would go with it: "Around 1900, ..." would become "1929, ..."
    ("Around 1900, for example, federal spending was only about 2% of GDP.", "Around 1900", AnswerType.DATE, False),
])
def test_a_false_statement_swaps_only_what_a_swap_makes_false(text: str, answer: str, kind: AnswerType,
                                                               fair: bool) -> None:
    from studygen.cards import fair_to_swap
    from studygen.generators.families import family

    start = text.index(answer)
    candidate = AnswerCandidate(text=answer, start=start, end=start + len(answer), sentence=0, type=kind)
    assert fair_to_swap(candidate, text, text, family("true_false").settings.get("false_types")) is fair


@pytest.mark.parametrize(("answer", "swapped_in", "others", "kept"), [
    # "On August 1, Threads appeared ... with a release date set for July 6" (it was July 3)
    ("July 3", "August 1", ["July 6"], False),
    ("July 3", "June 30", ["July 6"], True),
    # a man who left in 2005 cannot be replaced in November 2004
    ("August 2004", "mid-September 2005", ["November 2004"], False),
    ("August 2004", "March 2003", ["November 2004"], True),
    ("28 January 2022", "3 February 2022", ["2 February 2022"], False),
    ("1997", "2005", [], True),
    ("2012", "May", ["2015"], True),  # a bare month and a year cannot be compared
])
def test_a_false_date_keeps_its_order_with_the_other_dates_of_the_statement(
        answer: str, swapped_in: str, others: list[str], kept: bool) -> None:
    from studygen.cards import keeps_the_order

    assert keeps_the_order(answer, swapped_in, others) is kept


@pytest.mark.parametrize(("sentence", "alone"), [
    ("But the Igbo were already practicing democracy.", "The Igbo were already practicing democracy."),
    ("And _____ won the final in 1998.", "_____ won the final in 1998."),
    ("However, the league was dissolved in 1910.", "The league was dissolved in 1910."),
    ("For example, in 1876 Massachusetts, the crime was called an illegal operation.",
     "In 1876 Massachusetts, the crime was called an illegal operation."),
    # "however" inside the sentence, or opening it without its comma
    ("Due to lack of money, however, only two wings were completed by 1726.",
     "Due to lack of money, only two wings were completed by 1726."),
    # after a subject, its comma goes with it (not "The war between France and Spain, continued", T68)
    ("The war between France and Spain, however, continued until 1659.",
     "The war between France and Spain continued until 1659."),
    ("The Senate, however, rejected the bill in _____.", "The Senate rejected the bill in _____."),
    ("In 1890, however, the palace was closed for good.", "In 1890, the palace was closed for good."),
    ("However Ding had only played 4 of the required 30 rated games.",
     "Ding had only played 4 of the required 30 rated games."),
    # a concession or a contrast with what came before
    ("Of course, the PRC's friendlier attitude gives Kim a boost.", "The PRC's friendlier attitude gives Kim a boost."),
    ("Yet, _____ demonstrated little gratitude for the assistance.",
     "_____ demonstrated little gratitude for the assistance."),
    ("Yet another storm hit the coast in May.", "Yet another storm hit the coast in May."),
    # "Yet" without its comma
    ("Yet in Portugal the opportunity cost of a unit of wine was 0.89 units of cloth.",
     "In Portugal the opportunity cost of a unit of wine was 0.89 units of cloth."),
    ("However much it rained, the match went on.", "However much it rained, the match went on."),
    ("But for the rain, the match would have been played.", "But for the rain, the match would have been played."),
    ("Butterflies migrate south in autumn.", "Butterflies migrate south in autumn."),
    # the third of a list the card does not show (T85)
    ("Third, Dewey Rundus in _____ asked participants to rehearse aloud while studying a list.",
     "Dewey Rundus in _____ asked participants to rehearse aloud while studying a list."),
    ("Second World War veterans met in 1995.", "Second World War veterans met in 1995."),
    # "Then," and "So," opening a sentence: after what the card does not show (T172)
    ("Then, _____ frustrated the astronauts and forced a hold in the countdown.",
     "_____ frustrated the astronauts and forced a hold in the countdown."),
    ("So, in a strict sense, a private school is an _____.", "In a strict sense, a private school is an _____."),
    ("Then the crew boarded the spacecraft.", "Then the crew boarded the spacecraft."),
    ("So many people came that the hall was full.", "So many people came that the hall was full."),
    # a lecture's "so" before a clause (T215, T219)
    ("So in 1956 Clara Penn dated the meteorite with lead isotopes.",
     "In 1956 Clara Penn dated the meteorite with lead isotopes."),
    ("So the council mandated fortified flour in _____.", "The council mandated fortified flour in _____."),
    ("So _____ signed the charter at Runnymede.", "_____ signed the charter at Runnymede."),
    ("So great was the demand that the mill ran all night.", "So great was the demand that the mill ran all night."),
    ("So-called free banks issued their own notes.", "So-called free banks issued their own notes."),
    # between two clauses, "however" keeps its place: without it the two would run together (T169)
    ("Initially, filming was to proceed in Sri Lanka, however, amidst the lockdown the shoot was moved to Goa.",
     "Initially, filming was to proceed in Sri Lanka; however, amidst the lockdown the shoot was moved to Goa."),
    # ... unless a conjunction joins them
    ("The court could not enforce its ruling in Worcester v. Georgia, however, and the Cherokee had to move.",
     "The court could not enforce its ruling in Worcester v. Georgia and the Cherokee had to move."),
    # a clause inside a phrase is no clause of the sentence's own
    ("In the years that were to follow, however, the city grew quickly.",
     "In the years that were to follow, the city grew quickly."),
    # an order to the listener: what follows "that" is the fact (T208)
    ("Remember that the treaty was signed in _____.", "The treaty was signed in _____."),
    ("Notice that in dry years, the river runs lower than the canal.",
     "In dry years, the river runs lower than the canal."),
    ("Note that _____ signed the treaty in 1648.", "_____ signed the treaty in 1648."),
    ("Remember that James was king, and that he'd written a book in _____.",
     "James was king, and he'd written a book in _____."),
    ("Remember that the king fled, and that year the harvest failed.",
     "The king fled, and that year the harvest failed."),
    ("Note taking is a skill that helps.", "Note taking is a skill that helps."),
])
def test_a_card_drops_the_word_that_joins_its_sentence_to_the_one_before(sentence: str, alone: str) -> None:
    from studygen.cards import _without_connective

    assert _without_connective(sentence) == alone


@pytest.mark.parametrize(("option", "title", "names"), [
    ("Vande Bharat", "Vande Bharat Express", True),
    ("Batsirai", "Cyclone Batsirai", True),
    ("Liu Ning", "Vande Bharat Express", False),
    ("New York", "New Zealand floods", False),  # a word many names share tells nothing
])
def test_a_false_statement_never_swaps_in_a_name_of_the_title(option: str, title: str, names: bool) -> None:
    from studygen.cards import shares_a_name_word

    assert shares_a_name_word(option, title) is names


def _statement(text: str, sentence: int) -> str | None:
    """The card text of one sentence of ``text`` analysed as a build would, with nothing swapped."""
    from studygen.analysis import analyse
    from studygen.cards import sentence_with
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    (item,) = analyse([Article(id="a1", title="Test", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    return sentence_with(item, item.parsed[sentence], {})


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sentence", "statement"), [
    # a person named for "he" once keeps the "his" that follows: not "Davis began setting up Davis' print shop"
    ("Davis submitted an application to the Council for land. On June 24, 1749, he began setting up his print shop "
     "on Pollock Street in New Bern.", 1,
     "On June 24, 1749, Davis began setting up his print shop on Pollock Street in New Bern."),
    # an "a"/"an" the article got wrong is mended
    ("Nature cited statements by an condensed matter experimentalist at the University of California in 2023.", 0,
     "Nature cited statements by a condensed matter experimentalist at the University of California in 2023."),
    # a full stop doubled where a footnote was taken out is written once (T169)
    ("The 2020 Candidates Tournament was not completed until April 2021. .", 0,
     "The 2020 Candidates Tournament was not completed until April 2021."),
    # a slide's or a recap's label goes, and the clause after it is the statement (T203, T204, T211)
    ("Retrieval: Dara Quell showed in 1971 that cues restore forgotten lists.", 0,
     "Dara Quell showed in 1971 that cues restore forgotten lists."),
    ("For scale: the lake held 40 cubic kilometres of water in 1990.", 0,
     "The lake held 40 cubic kilometres of water in 1990."),
    ("Remember: the treaty was signed in 1648 at Osnabrück.", 0, "The treaty was signed in 1648 at Osnabrück."),
    ("One historical note: eBay opened its first office in Orrin in 1998.", 0,
     "eBay opened its first office in Orrin in 1998."),
    # a clause before the colon is no label
    ("Trade flourished: merchants from Genoa opened a bank in 1402.", 0,
     "Trade flourished: merchants from Genoa opened a bank in 1402."),
])
def test_a_statement_reads_as_a_sentence_of_its_own(text: str, sentence: int, statement: str) -> None:
    assert _statement(text, sentence) == statement


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kept"), [
    # "that conjecture": which one? the sentence before says
    ("The twin prime conjecture is old. Polignac's conjecture is a strengthening of that conjecture.", False),
    ("The old bridge fell in 1901. Those ruins were cleared by the army in 1905.", False),
    # "that" opening a clause points at nothing
    ("The twin prime conjecture is old. The committee said that prices rose sharply in 2010.", True),
])
def test_a_statement_with_a_pointing_that_is_not_made(text: str, kept: bool) -> None:
    assert (_statement(text, 1) is not None) is kept


@pytest.mark.slow
@pytest.mark.parametrize(("text", "swapped_in", "statement"), [
    # a date that began its own sentence is put in mid-sentence in small letters
    ("Attacks on teachers reached an all-time high between 2005 and 2010.", "Between 1991 and 2000",
     "Attacks on teachers reached an all-time high between 1991 and 2000."),
    ("The bridge was rebuilt in the 1980s.", "The 1950s", "The bridge was rebuilt in the 1950s."),
    # a name keeps its capital
    ("The treaty was signed by the mayor in 1990.", "The Hague", None),
])
def test_a_swapped_in_date_takes_the_case_of_its_place(text: str, swapped_in: str, statement: str | None) -> None:
    from studygen.analysis import analyse
    from studygen.cards import sentence_with
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    (item,) = analyse([Article(id="a1", title="Test", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    target = "between 2005 and 2010" if "between" in text else "the 1980s" if "1980s" in text else "the mayor"
    start = text.index(target)
    made = sentence_with(item, item.parsed[0], {(start, start + len(target)): swapped_in})
    assert made == (statement or text.replace(target, swapped_in))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # The hash chooses a false statement for both; the deck has no other person to swap in.
    "Richard Altmann studied the small grains found inside many animal cells for years.",
    "Philip Siekevitz studied the small grains found inside many animal cells for years.",
])
def test_a_statement_with_no_fair_swap_stays_true_rather_than_being_lost(text: str) -> None:
    from studygen.analysis import analyse
    from studygen.cards import true_false_card
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    (item,) = analyse([Article(id="a1", title="Mitochondrion", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    (person,) = [c for c in item.candidates if c.type is PERSON]
    card = true_false_card(item, person, DistractorPool([item]))
    assert card is not None and card["answer"] == "True" and card["question"] == text


@pytest.mark.slow
def test_an_end_of_a_range_beside_its_length_is_not_swapped() -> None:
    # "ruled for only two years, from 1263 to 1323" is false on its face; the hash chooses a false
    # statement for this article id
    from studygen.analysis import analyse
    from studygen.cards import true_false_card
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    text = ("Kublai Khan founded the dynasty in 1271. The capital moved to Khanbaliq in 1272. Emperor Gegeen Khan, "
            "Ayurbarwada's son and successor, ruled for only two years, from 1321 to 1323. The dynasty fell in 1368.")
    (item,) = analyse([Article(id="a2", title="Yuan dynasty", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    (start,) = [c for c in item.candidates if c.text == "1321"]
    card = true_false_card(item, start, DistractorPool([item]))
    assert card is None or card["answer"] == "True", card


def test_a_count_gets_counts_of_its_own_size_and_never_a_bound_that_holds_it() -> None:
    # "more than one" is right beside "two"; "four million" is no choice a reader weighs against it.
    counts = _article("counts", "two, more than one, four million, three and five groups", {
        "two": (NUMBER, _vector(1, 0, 0, 0)), "more than one": (NUMBER, _vector(0.95, 0.3, 0, 0)),
        "four million": (NUMBER, _vector(0.9, 0, 0.4, 0)), "three": (NUMBER, _vector(0.8, 0, 0, 0.6)),
        "five": (NUMBER, _vector(0.7, 0.7, 0, 0)),
    })
    pool = DistractorPool([counts])
    assert _options(pool, "two", NUMBER, counts) == ["three", "five"]
    assert _options(pool, "more than one", NUMBER, counts) == []


@pytest.mark.parametrize(("answer", "variants"), [
    # a day of a month stays a day of a month: no "June 36" (a false statement once swapped one in)
    ("June 24, 13 days", ["June 21, 13 days", "June 28, 13 days", "June 17, 13 days", "June 26, 13 days"]),
    ("24 June 2019", ["21 June 2019", "28 June 2019", "17 June 2019", "26 June 2019"]),
    ("July 30", ["July 27", "July 23"]),
])
def test_made_up_days_of_a_month_are_days_of_a_month(answer: str, variants: list[str]) -> None:
    from studygen.cards import numeric_variants

    assert numeric_variants(answer) == variants


@pytest.mark.parametrize(("answer", "variants"), [
    # the first of two centuries is a century, and comes before the second: not "27th and 19th centuries" (T174)
    ("18th and 19th centuries", ["16th and 19th centuries", "17th and 19th centuries"]),
    ("the 18th to 20th centuries", ["the 16th to 20th centuries", "the 19th to 20th centuries",
                                    "the 17th to 20th centuries"]),
    ("mid-19th century", ["mid-17th century", "mid-20th century", "mid-18th century"]),
])
def test_made_up_centuries_are_centuries_that_have_been(answer: str, variants: list[str]) -> None:
    from studygen.cards import numeric_variants

    assert numeric_variants(answer) == variants


def test_a_figure_is_not_read_with_the_comma_after_it() -> None:
    from studygen.cards import numeric_variants

    assert numeric_variants("4,000, or more") == ["6,000, or more", "2,000, or more", "8,000, or more",
                                                  "12,000, or more"]


@pytest.mark.slow
def test_a_false_statement_does_not_swap_in_a_value_the_article_gives_for_much_the_same_fact() -> None:
    # "In 2021, Lee and Kim filed a patent application" is no lie: a second one was filed in 2021.
    from studygen.analysis import analyse
    from studygen.cards import true_false_card
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    text = ("Lee founded the Quantum Energy Research Centre in 1999. In 2020, Lee and Kim filed a patent "
            "application for the material. A second patent application, listing Kwon as well, was filed in 2021. "
            "The paper appeared online in 2023.")
    articles = [Article(id=f"p{i}", title="LK-99", text=text, source="test") for i in range(12)]
    items = analyse(articles, spacy_pipeline(), embedder().embed)
    swaps = []
    for item in items:
        (year,) = [c for c in item.candidates if c.text == "2020"]
        card = true_false_card(item, year, DistractorPool([item]))
        if card is not None and card["swapped_in"]:
            swaps.append(card["swapped_in"])
    assert swaps, "the hash made no statement false: the test proves nothing"
    assert "2021" not in swaps


@pytest.mark.parametrize(("a", "b", "apart"), [
    # a decade's year counts (T79: "In the late 1960s Lavoisier began studying combustion" for the 1770s)
    ("the early 1770s", "the late 1960s", True),
    ("the 1950s", "1962", False),
    ("1066", "1868", True),
])
def test_dates_centuries_apart(a: str, b: str, apart: bool) -> None:
    from studygen.cards import centuries_apart

    assert centuries_apart(a, b) is apart


@pytest.mark.slow
def test_a_false_statement_moves_no_date_by_centuries() -> None:
    # "The background to the battle lay in the death of King Edward on January 3, 1868" (1066), a
    # date from another article of the deck: false on its face
    from studygen.analysis import analyse
    from studygen.cards import true_false_card
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    battle = ("King Edward the Confessor died on 5 January 1066. Harold Godwinson was crowned the next day. "
              "Harold was killed in the battle.")
    restoration = "On January 3, 1868, troops took the palace in Kyoto. On 9 October 1066, Harold marched south."
    articles = [Article(id=f"h{i}", title="Battle of Hastings", text=battle, source="test") for i in range(12)]
    items = list(analyse([*articles, Article(id="m", title="Meiji", text=restoration, source="test")],
                         spacy_pipeline(), embedder().embed))
    pool = DistractorPool(items)
    swaps = []
    for item in items[:-1]:
        death = next(c for c in item.candidates if c.text == "5 January 1066")
        card = true_false_card(item, death, pool)
        if card is not None and card["swapped_in"]:
            swaps.append(card["swapped_in"])
    assert swaps, "the hash made no statement false: the test proves nothing"
    assert not any("1868" in s for s in swaps), swaps


@pytest.mark.parametrize(("a", "b", "alike"), [
    ("Yu Lan Kao", "Yu Lun Kao", True),
    ("Zelensky", "Zelenskyy", True),
    ("Tahmurath", "Tahmarath", True),  # one vowel for another: a transliteration spelled two ways (T171)
    ("Austria", "Australia", False),
    ("Jamukha", "Jamukhe", True),
    ("Kim Jong-il", "Kim Jong-un", False),
    ("Lilan Li", "Ming Wei Ma", False),
    ("1 May 2020", "1 May 2021", False),  # dates differ by a figure and are different dates
])
def test_a_name_spelled_a_letter_apart_is_no_fair_wrong_option(a: str, b: str, alike: bool) -> None:
    from studygen.cards import _fair_distractor, spelled_alike

    assert spelled_alike(a, b) is alike
    if alike:
        assert not _fair_distractor(a, b, "")


@pytest.mark.slow
def test_a_false_statement_swaps_in_no_person_the_article_names_only_far_away() -> None:
    # "Kim Jong-un ... in advance of his meeting with Mao" is false on its face: Mao belongs to a
    # part of the article about another time.
    from studygen.analysis import analyse
    from studygen.cards import NEAR, true_false_card
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    history = ("In 1950, Mao Zedong sent Chinese troops into the Korean War to support the North. Mao Zedong later "
               "criticised the plan to make the country a dynasty. ")
    filler = " ".join(f"The harvest of year {1960 + k} was reported in the provincial newspapers." for k in range(40))
    recent = ("In 2018, Kim Jong-un prepared for his summit with Donald Trump in Singapore. The summit with "
              "Donald Trump ended without an agreement.")
    text = f"{history}\n\n{filler}\n\n{recent}"
    assert text.index("Donald Trump") - text.rindex("Mao Zedong") > NEAR
    articles = [Article(id=f"m{i}", title="Korea and China", text=text, source="test") for i in range(16)]
    items = analyse(articles, spacy_pipeline(), embedder().embed)
    swaps = []
    for item in items:
        trump = next(c for c in item.candidates if c.text == "Donald Trump")
        card = true_false_card(item, trump, DistractorPool([item]))
        if card is not None:
            swaps.append(card["swapped_in"])
    assert swaps and "Mao Zedong" not in swaps, swaps


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "made"), [
    # "destroyed by _____" asks who destroyed it; the answer is a date (T78)
    ("A Northern Expedition sent against Beijing was destroyed by 1855.", "1855", False),
    ("The old harbour had been abandoned by 1650.", "1650", False),
    # "by" after an active verb, or before a name, is no such trap
    ("The fortress was captured by the Ottoman army in 1522.", "1522", True),
    ("The rebels had taken the capital by 1855.", "1855", True),
])
def test_a_date_after_by_and_a_passive_verb_is_never_blanked(text: str, answer: str, made: bool) -> None:
    assert _cloze_made(text, answer) is made


def _cloze_made(text: str, answer: str) -> bool:
    """Does the one-sentence article ``text`` give a cloze card that blanks ``answer``?"""
    from studygen.analysis import analyse
    from studygen.cards import cloze_card
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    (item,) = analyse([Article(id="a1", title="Test", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    candidate = next(c for c in item.candidates if c.text == answer)
    return cloze_card(item, candidate) is not None


@pytest.mark.parametrize(("after", "owns"), [
    # the owner is a piece of the place's name: not "including _____'s Cathedral" -> "Old St Paul" (T87)
    ("'s Cathedral and eighty-seven parish churches", True),
    ("\u2019s College, Cambridge", True),
    # an owner of a thing, or of a title, is a fair blank: "_____'s theory of relativity", "_____'s The Nature of"
    ("'s theory of evolution", False),
    ("'s The Nature of Prejudice (1954)", False),
    (" and the Cathedral", False),
])
def test_a_blank_never_cuts_the_name_of_a_place_it_owns(after: str, owns: bool) -> None:
    from studygen.cards import owns_a_named_place

    assert owns_a_named_place(after) is owns


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "made"), [
    # an "'s" that owns no noun is a piece of the name: not "The rebuilding of _____'s occupied Wren" (T87)
    ("The rebuilding of St Paul's occupied Christopher Wren for more than forty years.", "St Paul", False),
    # an owner of a thing is a fair blank
    ("The rebuilding of Christopher Wren's cathedral took more than forty years.", "Christopher Wren", True),
    ("Johann Sebastian Bach's The Well-Tempered Clavier holds two sets of 24 Preludes and Fugues.",
     "Johann Sebastian Bach", True),
    ("Only massive Chinese military intervention saved North Korea's founding dictator from defeat.", "North Korea",
     True),
])
def test_a_blank_never_takes_an_s_that_owns_nothing(text: str, answer: str, made: bool) -> None:
    assert _cloze_made(text, answer) is made


@pytest.mark.parametrize(("date", "two"), [
    ("15 and 16 April 1949", True), ("1811 to 1812", True), ("1914–1918", True),
    ("16 April 1949", False), ("the 1940s", False),
])
def test_a_date_of_two_days_gets_no_multiple_choice_card(date: str, two: bool) -> None:
    # its made-up options came out "22 and 16 April 1949", "8 and 16 April 1949" (T106)
    from studygen.cards import _TWO_DATES, mcq_card

    candidate = AnswerCandidate(text=date, start=0, end=len(date), sentence=0, type=AnswerType.DATE, salience=1.0)
    assert (_TWO_DATES.search(date) is not None) is two
    if two:
        assert mcq_card(SimpleNamespace(), candidate, SimpleNamespace(), SimpleNamespace()) is None  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "thing"), [
    # a name the recogniser may take for a person's, which the sentence says is a thing: no person is swapped
    # in ("Mungo Park is the largest city of the region", "Loch Indaal is still spoken by a minority", T116)
    ("Port Harcourt is the largest city of the region.", "Port Harcourt", True),
    ("Scottish Gaelic is still spoken by a minority of the islanders.", "Scottish Gaelic", True),
    ("Mungo Park was a Scottish surgeon and explorer.", "Mungo Park", False),
    ("Mungo Park reached the Niger in 1796.", "Mungo Park", False),
])
def test_a_name_the_sentence_says_is_a_thing_is_no_person_to_swap(text: str, name: str, thing: bool) -> None:
    from studygen.analysis import analyse
    from studygen.cards import said_to_be_a_thing
    from studygen.models import Article
    from studygen.nlp import embedder, spacy_pipeline

    (item,) = analyse([Article(id="a3", title="The Niger", text=text, source="test")], spacy_pipeline(),
                      embedder().embed)
    start = text.index(name)
    candidate = AnswerCandidate(text=name, start=start, end=start + len(name), sentence=0, type=PERSON)
    assert said_to_be_a_thing(item.parsed[0], candidate) is thing


def test_a_place_and_its_name_now_are_one_name() -> None:
    # "Batavia (now Jakarta)": not both among the options of one card (T132)
    from studygen.cards import _canonical, aliases

    pairs = aliases(["He was posted to Batavia (now Jakarta) in 1886, where he ran the laboratory."])
    assert frozenset((_canonical("Batavia"), _canonical("Jakarta"))) in pairs


def test_a_name_the_article_also_writes_in_lower_case_is_no_person_to_swap_in() -> None:
    # "Nitrogen is under growing pressure to resign" (T141): "Nitrogen oxides", read as a person's name
    from studygen.cards import written_in_lower_case

    text = "Nitrogen oxides contribute to smog. The cars emitted nitrogen oxides at up to 40 times the limit."
    assert written_in_lower_case("Nitrogen", text)
    assert not written_in_lower_case("Winterkorn", text + " Winterkorn is under pressure to resign.")


@pytest.mark.parametrize(("answer", "variants"), [
    # a century swapped for one still to come is false on its face: not "the mid-28th century" (T147)
    ("mid-19th century", ["mid-17th century", "mid-20th century", "mid-18th century"]),
    ("1st century", ["2nd century", "3rd century"]),
    ("3rd-century", ["1st-century", "4th-century", "2nd-century", "5th-century"]),
])
def test_a_century_is_swapped_for_a_near_past_one(answer: str, variants: list[str]) -> None:
    from studygen.cards import numeric_variants

    assert numeric_variants(answer) == variants
