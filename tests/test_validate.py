"""Card checks (make_card, question_problem), duplicates and near-duplicates. The embedding is made
up in most tests (texts on the same axis are the same question); one test uses the real model."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from studygen.models import Card, CardKind
from studygen.validate import (
    MAX_CARD_QUESTION_WORDS,
    MAX_LLM_QUESTION_WORDS,
    MAX_TEMPLATE_QUESTION_WORDS,
    Reason,
    Verdict,
    make_card,
    near_duplicates,
    question_length_problem,
    question_problem,
    remove_duplicates,
)

TEXT = "Marie Curie discovered polonium in 1898. She won the Nobel Prize twice."


def _data(question: str, answer: str = "polonium", **extra: Any) -> dict[str, Any]:
    data = dict(guid="g", article_id="a", kind=CardKind.BASIC, question=question, answer=answer,
                answer_start=TEXT.find(answer), source_start=0, source_end=40)
    return {**data, **extra}


def _checked(data: dict[str, Any], text: str = TEXT, complete: bool = True) -> tuple[Card | None, Verdict]:
    verdict = Verdict()
    return make_card(data, text, complete, verdict), verdict


def test_a_grounded_clear_question_is_kept() -> None:
    card, verdict = _checked(_data("What did Marie Curie discover in 1898?"))
    assert card is not None and not verdict.rejected


@pytest.mark.parametrize(("data", "reason"), [
    (_data("What did Marie Curie discover in 1898?", answer_start=3), Reason.NOT_GROUNDED),
    (_data("What polonium did Marie Curie discover in 1898?"), Reason.ANSWER_IN_QUESTION),
    (_data("Who won the Nobel Prize twice?", answer="She", source_start=41, source_end=len(TEXT)),
     Reason.PRONOUN_ANSWER),
    (_data("What did she discover in 1898?"), Reason.UNRESOLVED),
    (_data("Who criticized the plan?"), Reason.VAGUE),
    (_data("Discovered what?"), Reason.TOO_SHORT),
    (_data("What did Marie Curie discover in 1898"), Reason.NO_QUESTION_MARK),
])
def test_a_card_a_learner_could_not_answer_is_rejected_with_its_reason(data: dict[str, Any], reason: str) -> None:
    card, verdict = _checked(data)
    assert card is None
    assert [r.reason for r in verdict.rejected] == [reason]


def test_a_card_from_a_cut_off_sentence_is_rejected() -> None:
    card, verdict = _checked(_data("What did Marie Curie discover in 1898?"), complete=False)
    assert card is None and verdict.rejected[0].reason == Reason.INCOMPLETE


def test_word_limits_are_one_check_with_a_limit_for_each_writer() -> None:
    def question(words: int) -> str:
        return " ".join(["Which"] + ["long"] * (words - 2) + ["thing?"])

    assert MAX_TEMPLATE_QUESTION_WORDS < MAX_LLM_QUESTION_WORDS < MAX_CARD_QUESTION_WORDS
    assert question_length_problem(question(MAX_CARD_QUESTION_WORDS)) is None
    assert question_length_problem(question(MAX_CARD_QUESTION_WORDS + 1)) == Reason.TOO_LONG
    assert question_length_problem(question(29), MAX_TEMPLATE_QUESTION_WORDS) == Reason.TOO_LONG
    assert question_length_problem(question(29), MAX_LLM_QUESTION_WORDS) is None
    assert question_length_problem("What now?") == Reason.TOO_SHORT
    assert question_problem(question(MAX_CARD_QUESTION_WORDS + 1), "answer") == Reason.TOO_LONG


def _card(guid: str, question: str, answer: str, kind: CardKind = CardKind.BASIC, start: int = 0) -> Card:
    extra: dict[str, Any] = {}
    if kind is CardKind.MCQ:
        extra["options"] = [answer, "radium", "uranium", "thorium"]
    return Card.model_validate(dict(guid=guid, article_id="a", kind=kind, question=question, answer=answer,
                                    answer_start=0, source_start=start, source_end=start + 40, **extra))


def test_the_same_card_twice_is_kept_once() -> None:
    verdict = Verdict()
    first = _card("g1", "What did Marie Curie discover in 1898?", "polonium")
    again = _card("g2", "What did Marie Curie discover in 1898?", "polonium", start=50)
    assert remove_duplicates([first, again], verdict) == [first]
    assert verdict.rejected[0].reason == Reason.DUPLICATE


def _fake_embed(texts: list[str]) -> np.ndarray:
    """Texts that speak of polonium are one question; everything else is its own."""
    rows = []
    for k, text in enumerate(texts):
        row = np.zeros(len(texts) + 1, dtype=np.float32)
        row[0 if "polonium" in text or "discover" in text else k + 1] = 1.0
        rows.append(row)
    return np.stack(rows)


def test_a_near_duplicate_is_mapped_to_the_earlier_card_it_repeats() -> None:
    cards = [_card("g1", "What did Marie Curie discover in 1898?", "polonium"),
             _card("g2", "Who won the Nobel Prize twice?", "Marie Curie"),
             _card("g3", "Which element did Marie Curie discover in 1898?", "polonium", kind=CardKind.MCQ)]
    # The MCQ asks what the basic card asks: the two kinds are compared with each other.
    assert near_duplicates(cards, _fake_embed) == {2: 0}


def test_cards_of_different_kinds_are_not_near_duplicates() -> None:
    cards = [_card("g1", "What did Marie Curie discover in 1898?", "polonium"),
             Card.model_validate(dict(guid="g2", article_id="a", kind=CardKind.CLOZE, answer="polonium",
                                      question="Marie Curie discovered _____ in 1898.", answer_start=0,
                                      source_start=0, source_end=40))]
    assert near_duplicates(cards, _fake_embed) == {}


@pytest.mark.slow
def test_a_reworded_question_is_a_near_duplicate_with_the_real_embedder() -> None:
    from studygen.nlp import embedder

    cards = [_card("g1", "What did Marie Curie discover in 1898?", "polonium"),
             _card("g2", "Who won the Nobel Prize twice?", "Marie Curie"),
             _card("g3", "In 1898, what did Marie Curie discover?", "polonium", start=50)]
    assert near_duplicates(cards, embedder().embed) == {2: 0}


# ------------------------------------------------------------------ cards read away from their article
@pytest.mark.parametrize("text", [
    "This marked the last season of the show.",
    "What did this approach lead to?",
    "On the same day, the council met.",
    "The following 23 players were named in the squad.",
    "At that time, the river was the border.",
    # at which time? near what? (a capital at the sentence's start changes nothing)
    "At the time the only concern was that member states should be prevented from violating human rights.",
    "Nearby, in the Saxon Garden, the Summer Theatre was in operation from _____.",
    "Meanwhile, the army withdrew.",
    "What did the minister say yesterday?",
    "The bank failed last week.",
    "_____ replaced the latter in 1990.",
    "When was the body of another militant found?",
    "Where does Karan tell Alisha both are?",
    "What was the remaining track released as?",
    "That is, society may reject a _____ at first.",
    "From there, the tour went on to _____.",
    "Examples include Bach's The Well-Tempered Clavier and Chopin's 24 Preludes.",
    "Other examples are the violin and the _____.",
    "Who did Vingegaard finish fifth on the day behind?",
    # an example of what, the opposite of what?
    "One interesting example is the gorilla Koko, who was trained to understand spoken English.",
    "One example is Greenpeace International, an umbrella organization.",
    "ADH, a peptide released by the posterior pituitary, works to do the exact opposite.",
    # later than what? the phylogeny below what?
    "Four minutes later, Tunisia's goalkeeper _____ was substituted off due to injury.",
    "Two years later, the band released its second album.",
    "The proposed phylogeny below includes only one group of excavates.",
    "The table above lists the winners of each stage.",
    # which Monday? Strict judges kept none of the nine labelled cards with a day of the week unanchored
    "Japanese Prime Minister Sanae Takaichi on Monday announced that she would dissolve parliament.",
    "What was off to a bright start on Saturday Night?",
    "The vote was held on Thursday evening in the capital.",
    "Who said on Friday that the talks would resume?",
    # a response without what it answers (of ten labelled cards with one, one was accepted)
    "Which country responded with vitriolic public criticism of the PRC?",
    "The _____ retaliated by firing dozens of rounds of artillery into the north.",
    "The government reacted angrily in _____.",
    # which two? does what? which summer?
    "The John W. Weeks Bridge is a pedestrian bridge over the Charles River connecting both campuses.",
    "Where did both supporters fight after the match?",
    "Both unbeaten teams going in, the Brazilian team won the championship.",
    "Alisha does so and Jitesh covers up _____'s death as a suicide.",
    "Who did so after the ceasefire?",
    "Later in the summer, _____ visited China at the invitation of President Xi Jinping.",
    "Earlier in the year, the council voted to close the library.",
    "_____ moved to Paris later that summer.",
    # where? whose fellow?
    "When was Andy Taylor born here?",
    "Fellow lineman _____ added 6½ sacks.",
    "When did the headquarters move there from Blue Bridge Lane?",
    "Why are group D climates almost absent there?",
    "Violent assaults occur against members of the _____ there.",
    "By _____ a new temple was erected there to house them.",
    "Because of this, the swimsuit event was held as a private event at the _____.",
    # an example, exception or candidate without what it is one of
    "The best-known example is the _____ in California.",
    "Why is hydrogen an important exception?",
    "One of the first strong candidates, Cygnus X-1, was identified in the _____.",
    "The sodium-potassium pump is a classic illustration.",
    # a connective that answers, contrasts with or follows from the sentence before
    "In response, the Twelfth Amendment, ratified in 1804, required electors to cast separate votes.",
    "In contrast, the _____ professor facilitates classroom discussions.",
    "As a result, the price of _____ rose sharply.",
    # a time counted from something said before
    "Minutes earlier, Joseph R. Biden Jr. was sworn in as vice president by Justice John Paul Stevens.",
    "Two days later, the _____ reopened the bridge.",
    # what is left of something said before
    "Groundwater, stored in the pores and cracks of soil and rock, makes up most of the rest.",
    "_____ accounts for the remainder.",
    # a time or a disagreement set against what the sentences before said
    "Earlier, Melville Herskovits coined the term \"cattle complex\" in _____.",
    "Robert Zajonc disagreed, arguing in _____ that some emotional reactions can occur before thought.",
    # different or similar to what the sentences before named (T55)
    "Why are electromagnetic waves, including light and radio waves, different?",
    "Electromagnetic waves are different because they can travel through a _____.",
    # "so" or "neither" standing for what the sentence before said of another (T53)
    "So is Slayton, 51, one of the seven original Mercury astronauts chosen in _____.",
    "Neither did the _____ take part in the talks.",
    "So was the Treaty of Paris, signed in _____.",
    # a count of things the sentences before named
    "The two men began working together in _____.",
    "When did German prosecutors issue international arrest warrants for the two founders?",
    "When did the two companies complete the Inner Circle?",
    # others than what the sentences before named (T61)
    "Others, such as parts of the Gulf of Mexico, have diurnal tides, with one high and one low.",
    "Still others have mixed tides, in which the _____ highs differ in height.",
    "Some, like the red fox, hunt at _____.",
    # after what the sentence before told (T62)
    "Caesar arrived in Alexandria soon afterward and sought to settle the dispute between the siblings.",
    "When did the king die shortly afterwards?",
    # a conclusion drawn from what the sentences before said
    "_____ would therefore agree to surrender their natural liberty.",
    "The elasticity is therefore about 1.22.",
    # examples or a definition of what? (T73)
    "A useful working definition comes from the German philosopher _____.",
    "The concentration of technology companies in Silicon Valley and of banks in the City of London are familiar "
    "examples.",
    # the upper what? (T68)
    "The upper one represented the Metonic cycle of _____.",
    "The older one was built in _____.",
    # follow whom? (T56)
    "When did Basel-Stadt, Basel-Landschaft and Ticino follow?",
    "When did the other Nordic countries follow suit?",
    "When did Tosca follow at the Teatro Costanzi in Rome?",  # T97
    "Whose response was to send the Duke of Alba with a Spanish army in 1567?",  # to what? (T97)
    "Supporters of revision, on the other hand, declared that Zola had acted in _____.",  # T97
    "Afterwards Arthur Compton telephoned a colleague with a coded message in _____.",  # after what? (T103)
    "In April 1912 Schiele was arrested there and accused of seducing a girl.",  # where? (T104)
    "The second, in October, brought to power the Bolshevik Party led by _____.",  # the second what? (T105)
    "The other was Hernán Cortés, a Spanish adventurer who had landed on the Gulf coast.",  # of which two? (T189)
    "The others were sent back to Lisbon in _____.",
    "Why do fear of failure and low confidence in one's own ability contribute?",  # to what? (T107)
    "Solving gives 0.2Y = 300, or Y = 1,500.",  # a step of the example before (T107)
    "If that is true, then the design of _____ can be studied as a problem of choice.",  # what is? (T105)
    "Philip's reaction was swift: he sent an army in _____.",
    "A second album followed in _____.",
    # the best known what? (T80)
    "The best known is the _____, which lies largely between the Kuiseb River in the north and Lüderitz.",
    "The largest was destroyed by fire in _____.",
    "The earliest known is the Fertile Crescent of Southwest Asia.",  # T93
    "Who was impressed by the young chemist?",  # which chemist? (T113)
    "The Dutch qualified in 2015, and two years ago won the _____ on home soil.",  # ago from when? (T117)
    "About 42 minutes later, the two-tonne spacecraft separated in _____.",  # later than what? (T118)
    "The most important reason is _____, the energy needed to warm one kilogram.",  # reason for what? (T120)
    "All four elements were later found or made: hafnium in _____.",  # which four? (T122)
    "The classic demonstration came from a study of _____ in 1966.",  # of what? (T121)
    "A third volume survived in manuscript and was published in part only in _____.",  # of what? (T118)
    "Economic distress and the example of revolution in France in _____ all contributed.",  # to what? (T114)
    "When William IV refused, Grey resigned in November 1830.",  # refused what? (T114)
    "Since when had Darwin been developing a similar theory privately?",  # similar to what? (T113)
    "Godred Crovan established a dynasty there after his victory at the Battle of Skyhill in _____.",  # T113
    "Shots were fired from within, and one of the assailants, _____, was killed.",  # within what? (T113)
    "Within weeks François Arago had repeated the experiments before the French Academy of Sciences.",  # T111
    "Within a few days the rebels had reached _____.",
    "Estimates for the United States have often been in the range of 10 to 20 percent.",  # of what? (T111)
    "The most widely studied example is the semi-presidential system of the _____.",  # of what? (T139)
    "Taking natural logarithms gives ln k = ln A - Ea/RT.",  # of what? (T140)
    "Dividing both sides by the volume gives the _____.",
    "Earlier in 1944 most of Debrecen's Jewish community was deported.",  # earlier than what? (T139)
    'This "anomalous" Zeeman effect could not be explained by classical theory.',  # which one? (T144)
    "For the products: (1 mol)(-393.5 kJ/mol) + (2 mol)(-285.8 kJ/mol) = -965.1 kJ.",  # of what? (T144)
    "When was the present Baroque building begun?",  # of what? (T144)
    "The worst in history was the _____ disaster in the North Sea in 1988.",  # the worst what? (T145)
    "When was the worst in history the Piper Alpha disaster in the North Sea?",
    "In words, the cost of _____ is less than the sum of the costs of producing each good separately.",  # T147
    "In response Snap introduced parental supervision tools in _____.",  # in response to what? (T148)
    "When did Snap introduce parental supervision tools in response?",
    "That changed in June 2017, when lava began to pour from fissures near Fagradalsfjall.",  # what did? (T148)
    "A second trial to Barbados in 1766 also gave excellent results.",  # of what? (T148)
    "The binding change mechanism, worked out largely by _____, describes what happens next.",  # after what? (T148)
    "That year the harvest failed.",
    "To explain observations like these, chemists use the concept of _____.",  # like which? (T150)
    "In 1950, the botanist Marion Ownbey described two new species there.",  # where? (T151)
    "In the first step, the pi electrons attack the hydrogen of HBr, forming a _____.",  # of what? (T152)
    "Further savings are expected once the Ceneri Base Tunnel opens.",  # further to what? (T152)
    "Similar pressure-plate devices were designed by Robert Hooke in the _____.",  # similar to what? (T152)
    "When was the present state established?",  # of what? (T150)
    "The second shorter period from approximately _____ to 2000 C.E. consisted of a globalizing economy.",
    "A few decades later, _____ showed how a single trait could reshape an entire impression.",  # than what? (T145)
    "When did Henri Victor Regnault produce an improved version?",  # of what? (T153)
    "Finland established a similar office in _____, after independence.",  # similar to what? (T156)
    "The second type became common in countries moving from authoritarian rule to democracy.",  # of what? (T156)
    "Signal transmission at the neuromuscular junction follows a set sequence of steps.",  # which? (T155)
    "Many others stayed, in part because earlier storms had not flooded the higher ground.",  # others? (T161)
    "Fuel markets in the United States in the _____ provide a second case.",  # of what? (T164)
    "In 1783 Saussure built improved versions with a human hair.",
    'Since the 1970s, many of these "segregation academies" have shut down.',  # which? (T170)
    "These are the Greater Los Angeles Area at 17,786,419, and San Diego-Tijuana at 5,105,768.",  # what are? (T170)
    "Its success has been compared with other environmental challenges (compare _____).",  # another page (T170)
    "That's good news for people like _____, who joined the 43 million Americans travelling this weekend.",  # (T177)
    "That’s what the text reads for a split second, before everything other than DAVID STRATHAIRN is redacted.",
    "That still leaves Kevin Yearout with less than half the number he employed in _____.",
    # which device? (T190)
    "That modest device, made by Tsutomu Miyasaka and colleagues at _____, launched a new field.",
    "That changed in June 2017, when lava began to pour from fissures.",
    "That is, society may not fully comprehend all the consequences of _____.",
    "That island is the largest in the group.",  # which island? (kept as no pointer until T190)
    # the point made before, further than what, one of what (T189, T193)
    "_____ made the point with humor in his 1956 article on the Nacirema.",
    "A 2023 study in the Proceedings of the National Academy of Sciences illustrated the point.",
    "In 2016 Nakagaki's team went further.",
    "When did Carlsen go further?",
    "One, called Lenire, combines sounds played through headphones with mild electrical pulses.",
    # a step after the one before, a time after the one before (T198)
    "Next, letters are fed into a machine called the Advanced Facer Canceler System.",
    "Third, _____ in 1971 asked participants to rehearse aloud while studying a list.",
    "Afterwards Arthur Compton telephoned a colleague with a coded message.",
    "Then the plague of 1348, among other things, slows everything down.",  # then after what? (T208)
    "Then _____ crossed the river with his army.",
    "Nearly two centuries later, a global vaccination campaign wiped out smallpox entirely.",
    "A few decades later, _____ showed how a single trait could reshape an entire impression.",
    "Four minutes later, Tunisia's goalkeeper _____ was substituted off.",
    "Minutes earlier, the senator was sworn in as vice president.",
])
def test_a_card_that_points_at_unseen_text_leans_on_context(text: str) -> None:
    from studygen.validate import leans_on_context

    assert leans_on_context(text)


@pytest.mark.parametrize("text", [
    "When was the Eiffel Tower finished?",
    "This Is Us won three awards in 2018.",  # a title, not a pointer
    "The museum opened in 1820 in Darmstadt.",
    "Years later the museum moved to Darmstadt.",  # no comma: "later" may open a clause of its own
    "Two days after the fire, the _____ reopened the bridge.",
    "Which party won the 1994 election in the state?",
    "The two teams of the final played one another in _____.",  # which two, it says
    "In _____, the president set the date for new elections in the four municipalities in northern Kosovo.",
    "Who won both the 1994 and the 1998 election?",
    "Examples of string instruments include the violin and the _____.",
    "On the day of the attack, the city offered free transit on the _____ route.",
    "One example of a zoonosis is _____.",
    "Hydrogen is an important exception to the octet rule.",
    "The best-known example of a transform boundary is the _____.",
    "One of the first candidates for a black hole was identified in the _____.",
    "For example, the _____ moves northwestward.",
    "Within weeks of the fire, the city had rebuilt the _____.",  # of what, it says
    "He found a land there was no map of.",
    "The young Darwin sailed on the Beagle in _____.",
    "The temple was built two thousand years before the _____.",
    "About 42 minutes after lift-off, the spacecraft separated in _____.",
    "The main reason for the delay was a shortage of _____.",
    "The classic demonstration of the effect came in _____.",
    "A third volume of the Theory of the Earth was published in _____.",
    "The king refused to create new peers in _____.",
    "Bad harvests contributed to the unrest of _____.",
    "Wallace had reached a similar theory to Darwin's by _____.",
    "Schools for the young children of workers opened in _____.",
    "Shots were fired from within the house in _____.",
    "Estimates of the union wage premium range from 10 to 20 percent.",
    "The interest was paid by the _____ in 1990.",  # no superlative
    "The largest city of the region is _____.",  # the largest of what, it says
    "In 1845 Regnault produced an improved version of Daniell's hygrometer.",  # of what, it says
    "Finland established an office similar to Sweden's in 1919.",
    "The second type of ombudsman became common in Spain.",
    "Mitosis proceeds through a series of stages: prophase, metaphase, anaphase and telophase.",
    "Others of the crew stayed aboard until 1990.",
    "A second case of the disease was found in 1990.",
    "Diuretics do the opposite of what ADH does.",
    "The temperature stayed above 30 degrees for a week in 2019.",
    "Two years later than planned, the bridge opened in 2018.",
    # a day of the week with its date, a habit, or inside a name
    "On Monday, 5 March 2018, the talks began.",
    "A sudden rain storm on Sunday night (March 4) caused a _____ of people to leave.",
    "He died on Tuesday 4 May 1999.",
    "The shop opened on Sundays in 1990.",
    "Good Friday fell on 2 April in 2021.",
    "The Monday Club was founded in 1961.",
    "Saturday Night Live began in 1975.",
    "The village lies nearby, on the river.",
    "The Sunday Times reported the story.",
    # a response with what it answers, a reported reply, a reaction in chemistry
    "Police responded to the call in _____.",
    "The embassy responded that China respected the traditions of Korea.",
    "Fetterman himself replied saying that Pennsylvanians call it a veggie tray.",
    "Sodium reacts with water to form sodium hydroxide.",
    "The response to the crisis was slow.",
    "In response to popular pressure, the _____ sought to demobilize its armed forces.",
    "As a result of the explosion, the roadway collapsed into the _____.",
    # "both" that names its two, or says "both of the ..."; "do so" with its verb before it; verbs
    "Who won both the 1994 and the 1998 election?",
    "The bridge links both Cambridge and Allston.",
    "Until the mid-1990s only two specimens were known, both members of the crown group.",
    "The party was both less corrupt and more democratic.",
    "Both sides of the river were settled in _____.",
    "Sweden will host the contest, having previously done so in 1993.",
    "Farmers did so much damage to the soil that the dust storms of the _____ followed.",
    "Species that fall into two groups are called _____.",
    "Later in life, _____ taught at the university.",
    "He was elected a Fellow of the Royal Society in _____.",
    "Which beetle is found in Britain?",  # "here" only as a word
    "There were 20 people there in _____.",  # "there were" is no place
    "Where there is water, there is life, the guide says of _____.",  # "there is" points at nothing
    "Since then, there has been a museum in _____.",
    "He spent the rest of his life in _____.",  # the rest of what, it says
    "Gejvall estimated the body as a woman of 20–25 years but later Sjögren et al. disagreed in _____.",
    "Robert Zajonc disagreed with Richard Lazarus in _____.",
    "So many pilgrims came that the monks built a second church in _____.",  # "so" of a degree
    "Sound waves are different from light waves because they need a _____.",
    "Lions and tigers are similar in size but differ in _____.",
    "Soviet troops were withdrawn from Afghanistan in _____.",
    "Maine passed a statewide prohibition law in _____, and several other states followed.",  # Maine's lead
    "Which states followed Maine in 1851?",
    "The storm was followed by floods in _____.",
    "Philip's response to the revolt was to send an army in _____.",
    "There was a famine in Ireland in _____.",
    "The second revolution brought _____ to power.",
    "Factors that contribute to procrastination include fear of _____.",
    "The immune response produces antibodies within _____.",
    "No one knew the answer in _____.",
    "The definition of a prime number was given by _____.",
    "Lions are examples of predators.",
    "The last one of the kings died in _____.",
    "The most widely studied example of a mixed system is the _____.",
    "Adding salt to water gives a lower freezing point.",  # a claim, no step of a derivation
    "Later in 1944 the city was taken by Soviet troops.",
    "Earlier studies had found the effect in _____.",
    "For the record, the building was finished in _____.",
    "The church was rebuilt in the present century.",
    "The present day city grew around the port.",
    "It was the largest flood on record in _____.",
    "In response to the crisis, the bank cut rates in _____.",
    "That the war ended in 1945 is known to every pupil.",
    "That spring the harvest failed in _____.",
    "Lake Baikal is the largest lake in _____, and the deepest.",
    "The decision that led to the war was taken in _____.",
    "The first phase of the war ended in _____.",
    "The other side of the river was flooded in _____.",
    "The other demons were forced to build the city of _____.",
    "The team found there was no damage to the hull.",
    "Similar to earlier designs, the clock used a pendulum.",
    "What does this mean for the _____ league?".replace("this", "the"),  # no "this" at all
    "The report made the point that rents had doubled since _____.",  # the point is said
    "The team went further north in 1911.",  # further than where they were: said
    "One of the survivors, Ann Lee, reached _____ in May.",
    "Then-president Lula da Silva opened the line in _____.",
    "Second World War bombing destroyed the old town in _____.",
    "Next year's budget was approved in _____.",
    "Theo died in _____, and his brother six months later.",
])
def test_a_self_contained_card_does_not_lean_on_context(text: str) -> None:
    from studygen.validate import leans_on_context

    assert leans_on_context(text) is None


@pytest.mark.parametrize("sentence", [
    "Figure 4.7 shows a plant cell, which has a cell wall made of cellulose.",
    "As shown in Table 2, the rate rose in every region.",
    "The reticulum is a network of membranes that makes lipids, as described in Section 4.4.",
    "As you will learn in Chapter 9, Cellular Respiration, glucose is broken down in several stages.",
    "We discussed the Hadza in Chapter 7, Work, where foraging was described.",
    "The next section turns to the causes of inflation.",
    "Appendix B lists the constants used in Eq. 3.",
])
def test_a_sentence_that_points_into_its_document_is_found(sentence: str) -> None:
    from studygen.validate import points_into_document

    assert points_into_document(sentence)


@pytest.mark.parametrize("sentence", [
    "The bank filed for Chapter 11 bankruptcy protection in March 2023.",
    "Section 230 of the Communications Decency Act shields platforms from liability.",
    "Unit 731 was a covert research unit of the Imperial Japanese Army.",
    "The figure skater won her third title on Table Mountain in 2019.",
    "The first chapter of the novel was published in 1851.",
])
def test_a_sentence_that_names_a_numbered_law_or_unit_does_not_point_into_its_document(sentence: str) -> None:
    from studygen.validate import points_into_document

    assert points_into_document(sentence) is None


@pytest.mark.parametrize(("title", "answer", "expected"), [
    ("Miss Universe 2022", "Universe", True),
    ("Miss Universe 2022", "2022", True),
    ("2023 Tour de France", "Tour de France", True),
    ("Speak Now (Taylor's Version)", "Taylor", True),
    ("Argentina national football team", "Argentina", True),
    ("Kim Jong-un and PRC", "Kim Il-sung", False),  # another person who shares a word
    ("2023 Tour de France", "Jonas Vingegaard", False),
    ("Motivation", "intrinsic motivation", False),
    # A name and its initials are one topic, whichever the title gives.
    ("Kim Jong-un and PRC", "People's Republic of China (PRC)", True),
    ("Kim Jong-un and PRC", "People's Republic of China", True),
    ("NATO and the Balkans", "North Atlantic Treaty Organization", True),
    ("The European Union and trade", "EU", True),
    ("The European Union and trade", "European Central Bank", False),
    ("Kim Jong-un and PRC", "Korean Central News Agency (KCNA)", False),
    ("Irene Mawer", "Institute of Mime", False),  # the same initials, no acronym written: two names
    ("James Webb Space Telescope launches", "James E. Webb", True),  # a middle initial adds no word
    ("James Webb Space Telescope launches", "Edwin P. Hubble", False),
    # a company's legal form adds no word either
    ("Lehman Brothers Files for Bankruptcy", "Lehman Brothers Holdings Inc.", True),
    ("Lehman Brothers Files for Bankruptcy", "Barclays PLC", False),
    # nor the kind of place a name opens with (T55: "What is the highest mountain in the world? Mount Everest")
    ("Everest Climbed at Last: Hillary and Tenzing Reach the Summit", "Mount Everest", True),
    ("Everest Climbed at Last: Hillary and Tenzing Reach the Summit", "Mount Kilimanjaro", False),
    # nor a ruler's number ("Who was Empress of Russia from 1762 until her death? Catherine II", T68)
    ("Catherine the Great", "Catherine II", True),
    ("Catherine the Great", "Peter III", False),
    ("World War I", "World War II", False),
    # nor a word that says only whose it is ("What is a muscular organ about the size of a fist? human heart", T98)
    ("The Circulatory System and the Heart", "human heart", True),
    ("The Circulatory System and the Heart", "left ventricle", False),
    # nor the day and month of the title's year ("In _____ the British Parliament passed a law ... June 1832", T114)
    ("The Great Reform Act of 1832", "June 1832", True),
    ("The Great Reform Act of 1832", "7 June 1832", True),
    ("The Great Reform Act of 1832", "November 1830", False),
    # an acronym written with points, and a courtesy title before a surname the title names (T116)
    ("W.H.O. Declares Global Health Emergency Over Zika", "World Health Organization", True),
    ("W.H.O. Declares Global Health Emergency Over Zika", "Centers for Disease Control", False),
    ("Malala Yousafzai and Kailash Satyarthi Win Nobel Peace Prize", "Ms Yousafzai", True),
    ("Malala Yousafzai and Kailash Satyarthi Win Nobel Peace Prize", "Barack Obama", False),
    # the word of a state's name that says only that it is a state (T119)
    ("Soviet Woman Orbits the Earth", "Soviet Union", True),
    ("Soviet Woman Orbits the Earth", "United States", False),
])
def test_an_answer_made_only_of_the_title_s_words_is_the_topic(title: str, answer: str, expected: bool) -> None:
    from studygen.validate import is_topic, topic_words

    assert is_topic(answer, topic_words(title)) is expected


def test_an_acronym_in_the_title_makes_the_name_the_article_spells_out_the_topic() -> None:
    from studygen.validate import is_topic, topic_words

    text = ("Kim visited the People’s Republic of China (PRC) in 2018. The Korean Central News Agency (KCNA) "
            "reported the visit, and China's leaders welcomed him.")
    topic = topic_words("Kim Jong-un and PRC", None, text)
    assert is_topic("China", topic) and is_topic("People’s Republic of China", topic)
    assert not is_topic("Korean Central News Agency", topic)  # spelled out, but not the title's
    assert not is_topic("China", topic_words("Kim Jong-un and PRC"))  # without the text, no link


def test_the_name_the_subject_was_born_with_is_the_topic() -> None:
    from studygen.validate import is_topic, topic_words

    # T77: "Most of what is known about _____'s youth comes from the Secret History" -> Temüjin
    topic = topic_words("Genghis Khan", None, "Genghis Khan (born Temüjin; c. 1162 – August 1227) was the founder "
                                              "of the Mongol Empire. His son Ögedei succeeded him.")
    assert is_topic("Temüjin", topic) and not is_topic("Ögedei", topic)
    topic = topic_words("Jacqueline Kennedy Onassis", None,
                        "Jacqueline Kennedy Onassis (née Bouvier; 1929-1994) was ...")
    assert is_topic("Jacqueline Bouvier", topic)
    # a birth date is no name
    born = topic_words("Ada Lovelace", None, "Ada Lovelace (born 10 December 1815) was ...")
    assert born == topic_words("Ada Lovelace")


def test_the_other_name_the_lead_gives_the_subject_is_the_topic() -> None:
    from studygen.validate import is_topic, topic_words

    # T79: "_____ was the eldest son of Pepin the Short and Bertrada of Laon" -> Charles
    topic = topic_words("Charlemagne", None, "Charlemagne\n\nCharlemagne, or Charles the Great (Latin: Carolus "
                                             "Magnus; born probably in 747), was King of the Franks.")
    assert is_topic("Charles", topic) and is_topic("Charles the Great", topic)
    assert not is_topic("Pepin the Short", topic) and not is_topic("Great Britain", topic)
    timur = topic_words("Timur", None, "Timur\n\nTimur, also known as Tamerlane, was a conqueror.")
    assert is_topic("Tamerlane", timur)
    # T128: "Who became a cosmopolitan city of Muslims, Christians and Jews? Salonica"
    city = topic_words("Thessaloniki", None, "Thessaloniki\n\nThessaloniki, also known in English as Salonica, is the "
                                             "second-largest city in Greece.")
    assert is_topic("Salonica", city) and not is_topic("Greece", city)
    # in brackets too: "Zaragoza (also known in English as _____) is a city in northeastern Spain" (T144)
    city = topic_words("Zaragoza", None, "Zaragoza\n\nZaragoza (also known in English as Saragossa) is a city in "
                                         "northeastern Spain.")
    assert is_topic("Saragossa", city) and not is_topic("Spain", city)


def test_a_name_written_without_its_accents_is_still_the_topic() -> None:
    from studygen.validate import is_topic, topic_words

    # T79: the title "Comăneci ...", the text "Nadia Comaneci" ("Who swung through her compulsory exercise ...?")
    topic = topic_words("Comăneci Scores the First Perfect 10", None, "", ["Nadia Comaneci", "Bela Karolyi"])
    assert is_topic("Nadia Comaneci", topic) and is_topic("Comaneci", topic) and not is_topic("Bela Karolyi", topic)


def test_a_person_the_title_names_by_surname_is_the_topic_by_full_name() -> None:
    from studygen.validate import is_topic, topic_words

    # T54: "Who was elected president of South Africa ...? Nelson Mandela"; T55: "Who did Lewis in turn invite
    # to share command? William Clark" in "The Lewis and Clark Expedition"
    people = ["F. W. de Klerk", "Nelson Mandela", "Winnie Mandela"]
    topic = topic_words("Mandela Elected South Africa's First Black President", None, "", people)
    assert is_topic("Nelson Mandela", topic)
    assert not is_topic("Winnie Mandela", topic) and not is_topic("F. W. de Klerk", topic)
    topic = topic_words("The Lewis and Clark Expedition", None, "", ["Thomas Jefferson", "Meriwether Lewis",
                                                                       "William Clark"])
    assert is_topic("William Clark", topic) and not is_topic("Thomas Jefferson", topic)
    # the first full name is the title's person: another of the family met later is a fair answer
    topic = topic_words("Wolfgang Amadeus Mozart", None, "", ["Wolfgang Amadeus Mozart", "Leopold Mozart"])
    assert not is_topic("Leopold Mozart", topic)
    # the most mentioned name, not in the title, gives no first name to the topic ("Frank James" of a subway attack)
    topic = topic_words("2022 New York City Subway attack", "James", "", ["Frank Robert James"])
    assert not is_topic("Frank Robert James", topic)


def test_the_most_mentioned_name_is_the_subject_when_it_stands_out() -> None:
    from studygen.validate import is_topic, main_subject, topic_words

    assert main_subject(["Taylor Swift"] * 4 + ["Big Machine"] * 2) == "Taylor Swift"
    assert main_subject(["A"] * 3 + ["B"] * 3) is None  # a tie names no subject
    assert main_subject(["A", "A"]) is None  # two mentions are not enough
    topic = topic_words("Speak Now", main_subject(["Taylor Swift"] * 4))
    assert is_topic("Taylor Swift", topic)


@pytest.mark.parametrize(("question", "answer"), [
    ("Which committee advocates for advertisement-free public spaces in Toronto?", "Toronto Public Space Committee"),
    ("Which bank did the university set up in Leeds in 1920?", "Leeds University Bank"),
    # each word in another form of itself: "President" spells "Presidential"
    ("Which commission did President Ronald Reagan create on the HIV Epidemic?", "Presidential Commission"),
    ("Which council did the Chinese government found in 1954?", "China Council"),
])
def test_a_question_that_spells_out_every_word_of_the_answer_gives_it_away(question: str, answer: str) -> None:
    assert question_problem(question, answer) == Reason.ANSWER_IN_QUESTION


@pytest.mark.parametrize(("question", "answer"), [
    ("Which committee advocates for advertisement-free public spaces?", "Toronto Public Space Committee"),
    ("Which commission did Ronald Reagan create on the HIV Epidemic?", "Presidential Commission"),
    ("Which country hosted the 1998 Winter Olympics?", "Japan"),  # one word: the phrase check's business
])
def test_a_question_that_holds_only_some_words_of_the_answer_is_fair(question: str, answer: str) -> None:
    assert question_problem(question, answer) is None


@pytest.mark.parametrize(("question", "answer", "gives"), [
    ("Where does the German Trade Union Confederation act as an umbrella body?", "Germany", True),
    ("Who was the inspiration for J.S. Bach's Goldberg Variations?", "Johann Gottlieb Goldberg", True),
    ("What did the Chinese government announce in 2021?", "China", True),
    ("Which Christian missions reached the coast in 1500?", "Christopher Columbus", False),
    ("Which team beat Argentina in the 1990 final?", "West Germany", False),
    ("Who won the Australian Open in 2020?", "Novak Djokovic", False),
    # a people's word that is not the country's name with a new ending, under any of its names
    ("On behalf of agricultural workers in which country does the Irish Farmers Association work?", "Ireland",
     True),
    ("Which country's troops did the Dutch navy carry in 1944?", "Netherlands", True),
    ("Which country did American officials accuse of the attack?", "the US", True),
    ("Which country's Welsh-speaking settlers founded the colony?", "Wales", True),
    ("Which country did French troops invade in 1808?", "Spain", False),
])
def test_a_question_that_names_the_answer_in_another_form_gives_it_away(question: str, answer: str,
                                                                       gives: bool) -> None:
    from studygen.validate import echoes_a_name

    assert echoes_a_name(question, answer) is gives


@pytest.mark.parametrize("text", [
    "By 1950, that percentage had increased to 7.3 percent.",
    "Some rely primarily on extended family structures to provide _____.",
    # which four men? of what? (T130)
    "The book gave a detailed account of the contributions of all four men.",
    "One participant, Aeneas Silvius Piccolomini, later became Pope Pius II.",
    "When did one participant, Aeneas Silvius Piccolomini, approve the founding of the University of Basel?",
])
def test_a_sentence_that_leans_on_the_one_before_leans_on_context(text: str) -> None:
    from studygen.validate import leans_on_context

    assert leans_on_context(text)


def test_some_with_a_number_is_no_pointer() -> None:
    from studygen.validate import leans_on_context

    assert leans_on_context("Some 300 people attended the rally in _____.") is None


@pytest.mark.parametrize(("question", "answer", "gives_away"), [
    # news writes the seat of government for the government: the one gives the other away
    ("Long on _____'s naughty list, North Korea forced the PRC to come calling.", "Beijing", True),
    ("Which country's officials met in Moscow to discuss the pipeline?", "Russia", True),
    ("The talks between _____ and the United States resumed in May.", "Washington", True),
    ("Long on _____'s naughty list, North Korea forced Japan to come calling.", "Beijing", False),
    ("Which city hosted the 2008 Summer Olympics?", "Beijing", False),
    ("Chicago grew quickly after the great fire of _____.", "1871", False),
])
def test_a_seat_of_government_beside_its_country_gives_itself_away(question: str, answer: str,
                                                                    gives_away: bool) -> None:
    from studygen.validate import names_its_seat

    assert names_its_seat(question, answer) is gives_away


@pytest.mark.parametrize(("question", "answer", "holds"), [
    # an answer glossed with its acronym is given away by either name
    ("What said the Federal Aviation Administration was ready to assist investigators?",
     "Federal Aviation Administration (FAA)", True),
    ("Which agency did the FAA ask for help with the investigation?", "Federal Aviation Administration (FAA)", True),
    ("_____ said the FAA was ready to assist investigators.", "Federal Aviation Administration (FAA)", True),
    # an acronym is matched as written: "us" is no "US"
    ("Which country did the envoy tell us about in May?", "United States (US)", False),
    ("Which agency said it was ready to assist investigators?", "Federal Aviation Administration (FAA)", False),
])
def test_an_answer_is_given_away_by_the_name_or_acronym_it_glosses_itself_with(question: str, answer: str,
                                                                                holds: bool) -> None:
    from studygen.validate import holds_the_answer

    assert holds_the_answer(question, answer) is holds


@pytest.mark.parametrize(("question", "answer", "echoed"), [
    # a one-word answer in another form in its own question: one in ten such labelled cards was accepted
    ("Norman mercenaries came to the south to act against the _____, but soon fought in Byzantine service.",
     "Byzantines", True),
    ("The embargo hurt the US economy by raising threats to _____ energy security.", "U.S.", True),
    ("In _____, the German Trade Union Confederation acts as an umbrella for eight labor groups.", "Germany", True),
    ("Which sergeant of the Kosovo Police was honoured after the attack?", "Kosovar", True),
    # a dynasty named after its founder, whose numeral is no word of the name (T192)
    ("Who founded the Seleucid Empire?", "Seleucus I", True),
    ("Which general founded the Antigonid dynasty in Macedonia?", "Antigonus", True),
    ("Who founded the Ptolemaic kingdom in Egypt?", "Ptolemy I", True),
    ("Who succeeded Seleucus as king?", "Antiochus I", False),
    # two names that merely begin alike, and answers of more than one word, are not echoes
    ("Whose duties did Gonzalez assume?", "Gonzaga", False),
    ("What is a group of people related through either the maternal or the paternal line?", "Lineage", False),
    ("Which country faced England at the Volgograd Arena?", "Tunisia", False),
    ("Which bank did SVB partner with in 2012?", "Shanghai Pudong Development Bank", False),
])
def test_a_one_word_answer_echoed_in_its_question_gives_itself_away(question: str, answer: str,
                                                                    echoed: bool) -> None:
    from studygen.validate import echoes_its_one_word

    assert echoes_its_one_word(question, answer) is echoed


@pytest.mark.parametrize(("question", "answer", "named"), [
    # a unit named after the answer gives it away (T62, T59)
    ("The SI unit of magnetic field strength is the tesla (T), named after the inventor _____.", "Nikola Tesla", True),
    ("The SI unit of work is the joule (J), called in honor of the English physicist _____, whose experiments in the "
     "1840s showed it.", "James Prescott Joule", True),
    ("The pasteurization of milk was named after the chemist _____.", "Louis Pasteur", True),
    # the name said, but no thing named after the person; a name that merely begins alike
    ("The tesla coil made _____ famous.", "Nikola Tesla", False),
    ("The prize, named after the founder _____, honours young writers.", "Alfred Nobel", False),
])
def test_a_thing_named_after_the_answer_gives_it_away(question: str, answer: str, named: bool) -> None:
    from studygen.validate import names_its_eponym

    assert names_its_eponym(question, answer) is named


@pytest.mark.parametrize(("question", "answer", "named"), [
    # a name that opens with a word the question holds (T103, T104)
    ("The greatest work on the route was the _____, which carries the road across the Menai Strait to Anglesey.",
     "Menai Suspension Bridge", True),
    ("The Comet was built by the _____ at Hatfield, the firm founded by Sir Geoffrey de Havilland.",
     "de Havilland Aircraft Company", True),
    ("The bridge was opened by _____ in 1826.", "Menai Suspension Bridge", False),
    ("The strait was crossed by the _____ in 1826.", "Menai Bridge", False),  # "strait", not the name's word
])
def test_a_name_opening_with_a_word_of_its_question_gives_itself_away(question: str, answer: str,
                                                                      named: bool) -> None:
    from studygen.validate import opens_with_a_word_of_the_question

    assert opens_with_a_word_of_the_question(question, answer) is named


@pytest.mark.parametrize(("question", "answer", "named"), [
    # the answer's initials, with or without full stops, give its name away
    ("Jacksonville is the largest city in the U.S. state of Florida, and the largest by area in the contiguous "
     "_____.", "United States", True),
    ("The IOC chose _____ to host the 2022 Games.", "International Olympic Committee", True),
    ("Which committee repeatedly contacted the CTOC?", "International Olympic Committee", False),
    ("Who led the US team?", "Ulysses Smith", True),  # the caller leaves people out
    ("Which agency released the report in us?", "Union Station", False),  # as written: "us" is no acronym
])
def test_the_answers_initials_in_its_question_give_it_away(question: str, answer: str, named: bool) -> None:
    from studygen.validate import names_its_initials

    assert names_its_initials(question, answer) is named


def test_a_card_whose_question_writes_the_answers_initials_is_rejected() -> None:
    text = "The U.S. Congress met in the United States Capitol. Ulysses Smith led the US team."
    card, verdict = _checked(dict(guid="g", article_id="a", kind=CardKind.CLOZE,
                                  question="The U.S. Congress met in the _____ Capitol.", answer="United States",
                                  answer_start=text.find("United States"), source_start=0, source_end=51), text)
    assert card is None and [r.reason for r in verdict.rejected] == [Reason.ANSWER_IN_QUESTION]
    person = dict(guid="p", article_id="a", kind=CardKind.BASIC, question="Who led the US team?",
                  answer="Ulysses Smith", answer_start=text.find("Ulysses"), source_start=52,
                  source_end=len(text), answer_type="person")
    card, verdict = _checked(person, text)
    assert card is not None, verdict.rejected


@pytest.mark.parametrize(("text", "title", "found"), [
    # which team, which ceremony, which drop? the article named it before
    ("When did the team return to Mumbai?", "Gehraiyaan", "the team"),
    ("Where was NBC's live broadcast of the ceremony the lowest watched opening ceremony?",
     "2022 Winter Olympics opening ceremony", None),
    ("At the beginning of the ceremony, a film was shown.", "Beijing 2022", "the ceremony"),
    ("Party spokesperson Mike Feinstein attributed the drop to outreach from the Sanders campaign.",
     "Green Party of California", "the drop"),
    ("The pair had worked with a chemist at Korea University in the 1980s.", "LK-99", "The pair"),
    ("The party retains close affiliations to the Serbian President.", "Banjska attack", "The party"),
    ("For Bal'ami, the conflict begins with Jayumart.", "Pishdadian dynasty", "the conflict"),
    ("The character was modelled in part on William Randolph Hearst.", "Citizen Kane", "The character"),
    # T55: which newspaper, which message?
    ("Who was the newspaper's correspondent with the climbers?", "Everest Climbed at Last", "the newspaper"),
    ("The message was passed by radio to _____ and on to London.", "Everest Climbed at Last", "The message"),
    ("The proposal was rejected by the senate in _____.", "The Missouri Compromise", "The proposal"),
    # the article is about one: its title holds the noun
    ("The team also won the Confederations Cup in 1992.", "Argentina national football team", None),
    ("The party won 40 seats in 2019.", "Green Party of California", None),
    ("The amount would roughly equal $183,827 in 2023.", "Lake Ontario swim", "The amount"),
    ("The amount of rain doubled in _____.", "Monsoon", None),
    ("Who was given custody of the couple's children?", "Parnell", "the couple"),
    ("Who denied the allegations under oath?", "Sean Parnell", "the allegations"),
    ("By 2015 the others were not, and directors chose to sell or close _____.", "Portakabin", "the others"),
    ("The first discussions on the matter took place in Berlin on _____.", "Eurovision Song Contest 2024",
     "the matter"),
    ("Francis visited Benedict after the audience, and Benedict received the _____.", "Death of Pope Benedict XVI",
     "the audience"),
    # T97: which boy, which island, a version of what?
    ("When was the boy admitted to the Paris Conservatoire?", "Georges Bizet", "the boy"),
    ("During the civil war the island became the base of the liberal cause.", "The Azores", "the island"),
    ("When was the version in three acts given at Brescia?", "Giacomo Puccini", "the version"),
    ("In 1959 the organization launched an eradication programme.", "Smallpox Eradicated", "the organization"),
    # T103, T104: which route, suite, work, company?
    ("The greatest work on the route was the Menai Suspension Bridge.", "Thomas Telford", "the route"),
    ("The suite has since been arranged many times.", "Modest Mussorgsky", "The suite"),
    ("Who was the company's chief test pilot?", "Comet Jet Service", "the company"),
    ("The work of the Royal Society grew in 1700.", "Isaac Newton", None),
    # T105, T106: which class, line, railway, painting?
    ("The class was introduced in 1935 to work the Silver Jubilee.", "Mallard Record", "The class"),
    ("When was the line authorised with Stephenson as chief engineer?", "George Stephenson", "the line"),
    ("When was the painting accepted at the Paris Salon?", "Pierre-Auguste Renoir", "the painting"),
    ("The railway opened on 15 September 1830.", "Liverpool and Manchester Railway", None),
    # T107, T108: which theory, which wreck?
    ("When did Heisenberg devise the first coherent formulation of the theory?", "Werner Heisenberg", "the theory"),
    ("When did the survivors build a small vessel from the timbers of the wreck?", "Vitus Bering", "the wreck"),
    ("The theory was tested in 1919.", "Theory of relativity", None),
    ("The island was annexed by Britain in 1814.", "Mauritius Island", None),
    # T109, T110: which settlement, colony, problem, explanation?
    ("In 1605 the settlement was moved across the Bay of Fundy.", "Samuel de Champlain", "the settlement"),
    ("Why did the colony grow very slowly for many years?", "Samuel de Champlain", "the colony"),
    ("The clearest statement of the problem is associated with Steven Cheung.", "Sharecropping", "the problem"),
    ("The explanation came in the late 1930s.", "Bat echolocation", "The explanation"),
    ("The colony was founded in 1607.", "Jamestown Colony", None),
    ("The problem of evil has no easy answer.", "Theodicy", None),
    # T111, T112: which idea, difficulties, list, starting point?
    ("The idea was analysed in an influential 1970 paper by George Akerlof.", "Adverse selection", "The idea"),
    ("The difficulties have arisen from the vessel's extraordinary size.", "Great Eastern", "The difficulties"),
    ("Mistaken Point was added to the list in 2016.", "Newfoundland", "the list"),
    ("The starting point is the Reform Act of 1832.", "Chartism", "The starting point"),
    ("The phenomenon is now known as Poisson's spot.", "Augustin-Jean Fresnel", "The phenomenon"),
    ("The controversy was only resolved after both men had died.", "Roderick Murchison", "The controversy"),
    ("The current record is held by Helios 2.", "Parker Solar Probe", "The current record"),
    ("When was the college's building destroyed in the Great Fire of London?", "William Gilbert", "the college"),
    ("The college of physicians met at his house.", "William Gilbert", None),
    ("The result, now known as H1, was completed in 1735.", "John Harrison", "The result"),
    ("The discovery was announced in 1869.", "Periodic table", "The discovery"),
    ("The result of the vote was announced in 1900.", "Suffrage", None),
    ("The word comes from a Greek root meaning drifting.", "Plankton", "The word"),
    ("When did the union win recognition?", "Solidarity", "the union"),
    ("The book of the year was published in 1859.", "Charles Darwin", None),
    ("The principle was stated by Archimedes in the third century BC.", "Levers", "The principle"),
    ("When was the foundation stone laid?", "John Flamsteed", "the foundation stone"),
    ("The list of members was published in 1850.", "Royal Society", None),
    # T127: which decade?
    ("It is one of three sister ships built at the start of the decade.", "Herald of Free Enterprise", "the decade"),
    # T128, T129: which wealth, airport, bacterium, station?
    ("The wealth financed a remodelling of the city.", "Bordeaux", "The wealth"),
    ("When did the airport open on the site of a wartime RAF airfield?", "Kegworth air disaster", "the airport"),
    ("When did Roux show that the bacterium produced a soluble toxin?", "Emil von Behring", "the bacterium"),
    ("The station lay at an altitude of about 3,000 metres.", "Dian Fossey", "The station"),
    ("The station was rebuilt in 1990.", "Potters Bar station", None),
    ("The insight came from comparing the two tests.", "Karl Landsteiner", "The insight"),
    # T141, T142: which technique, effect, province?
    ("The technique spread rapidly among climbers in the Eastern Alps.", "Carabiner", "The technique"),
    ("The effect was large, on the order of 40 percent better recall.", "Retrieval cues", "The effect"),
    ("Fallen trees blocked roads across the province.", "Hurricane Fiona", "the province"),
    ("The effect was first described in 1999.", "The spotlight effect", None),
    # T145, T146: which experiment, device, officers, tokens, invention?
    ("The experiment was taken as evidence that normal cells were immortal.", "Alexis Carrel", "The experiment"),
    ("The device, first described in 1946, was a forerunner of heart-lung machines.", "Alexis Carrel", "The device"),
    ("Thorndike concluded that the officers were not judging each quality independently.", "Halo effect",
     "the officers"),
    ("When did the Securities and Exchange Commission stop the distribution of the tokens?", "Telegram",
     "the tokens"),
    ("When was the invention patented?", "Sextant", "the invention"),
    # T147, T148: which analysis, story, debate, type?
    ("The analysis does not prove that Marcus is wrong.", "Economies of scope", "The analysis"),
    ("Interest in the story revived with Dava Sobel's book Longitude.", "Marine chronometer", "the story"),
    ("Why is the debate rarely free of partisan calculation?", "Filibusters", "the debate"),
    ("When did the type enter service?", "Asiana Airlines Flight 214", "the type"),
    ("The type of aircraft entered service in 1995.", "Asiana Airlines Flight 214", None),
    # T149, T150 and `dev/tune` in stop 49
    ("When did the unrest lead to an assembly of the three estates?", "Grenoble", "the unrest"),
    ("When did Bovet become head of the laboratory?", "Daniel Bovet", "the laboratory"),
    ("The schedule began in September 2020.", "Gehraiyaan", "The schedule"),
    ("One side of the memorial is scenes made by student groups.", "Lantern Festival in Taipei", "the memorial"),
    ("The broadcasts began on 10 October.", "North Korea puts military in quasi-state of war", "The broadcasts"),
    ("When did Mayor Wu confirm 150 people displaced from the sweep were still on the waitlist?", "Mass and Cass",
     "the sweep"),
    ("Who was the agency's secretary general?", "MH370", "the agency"),
    ("When did Geigy patent the substance in Switzerland?", "Paul Hermann Müller", "the substance"),
    # T154: which bench?
    ("Cordons remain in place around the bench and at several other locations in the city.", "Salisbury poisoning",
     "the bench"),
    ("The bench of the court sat in 1990.", "Salisbury poisoning", None),
    # T157: which award? (he won two)
    ("When did Pauling receive the award?", "Linus Pauling", "the award"),
    ("The award of the prize followed in 1954.", "Linus Pauling", None),
    # T159: which design?
    ("When did the American engineer Edward Weston improve the design?", "Galvanometer", "the design"),
    ("The design of the coil changed in the 1880s.", "Galvanometer", None),
    # T161, T162: which figures, increase, partners, experience?
    ("Traders read the figures as a sign that the Federal Reserve would keep raising rates.", "Dot-com crash",
     "the figures"),
    ("The partners are starting with a small number of daily trains to each capital.", "Eurostar", "The partners"),
    ("The figures of the census were published in 2001.", "Dot-com crash", None),
    # named, or said what it is of
    ("The results of the 2020 census were published in 2021.", "Census", None),
    ("The Beatles' group photograph was taken in 1963.", "Abbey Road", None),
])
def test_a_bare_noun_after_the_points_back_unless_the_article_is_about_one(text: str, title: str,
                                                                           found: str | None) -> None:
    from studygen.validate import bare_definite, topic_words

    assert bare_definite(text, topic_words(title)) == found


def test_a_card_with_a_bare_noun_pointing_back_leans_on_context() -> None:
    from studygen.validate import Reason, card_context_problem, topic_words

    card = _card("g1", "When did the team return to Mumbai?", "November 2020")
    assert card_context_problem(card, topic_words("Gehraiyaan")) == Reason.LEANS_ON_CONTEXT
    assert card_context_problem(card, topic_words("India national cricket team")) is None


@pytest.mark.parametrize(("names", "setting"), [
    (["American", "the United States", "US", "Jackson", "Britain", "Americans"], "US"),  # its names and people
    (["Chinese", "China", "PRC", "Taiwan", "Japan"], "china"),
    (["France", "Germany", "France", "Germany", "Paris", "Berlin"], None),  # a tie sets nothing
    (["Ireland", "Irish"], None),  # twice is no setting
])
def test_the_country_an_article_is_set_in_is_the_one_it_names_most(names: list[str], setting: str | None) -> None:
    from studygen.generators.families import setting_country

    assert setting_country(names) == setting


def test_a_question_answered_by_the_country_the_article_is_set_in_is_its_topic() -> None:
    # "Which country sought to demobilize the armed forces as quickly as possible?" in a chapter of
    # US history: of the labelled cards answered by the country their article names most, 9 of 39
    # were kept (30 of 64 answered by another country)
    from studygen.validate import Reason, card_context_problem, topic_words

    card = _card("g1", "Which country sought to demobilize the armed forces as quickly as possible?", "the US")
    assert card_context_problem(card, topic_words("The Challenges of Peacetime"), setting="US") == Reason.TOPIC_ANSWER
    assert card_context_problem(card, topic_words("The Challenges of Peacetime"), setting="china") is None
    statement = Card.model_validate(dict(guid="g2", article_id="a", kind=CardKind.TRUE_FALSE, answer="True",
                                         question="In the United States, each state licenses teachers.",
                                         fact="United States", fact_start=3, answer_start=0, source_start=0,
                                         source_end=40))
    assert card_context_problem(statement, topic_words("Teachers"), setting="US") is None  # still a fact to check


MONTHS_TEXT = "In November, Luther wrote The Judgement on Monastic Vows. Pope John Paul II died on 2 April 2005."


@pytest.mark.parametrize(("kind", "question", "answer", "kept"), [
    (CardKind.BASIC, "When did Luther write The Judgement on Monastic Vows?", "November", False),
    (CardKind.CLOZE, "In _____, Luther wrote The Judgement on Monastic Vows.", "November", False),
    (CardKind.BASIC, "When did Pope John Paul II die?", "2 April 2005", True),
    # as a multiple-choice question too ("Since when have seismologists recorded ...? September", T159)
    (CardKind.MCQ, "When did Luther write The Judgement on Monastic Vows?", "November", False),
])
def test_a_month_without_its_year_is_not_asked(kind: CardKind, question: str, answer: str, kept: bool) -> None:
    # "When did Luther write ...?" -> "November": which year, the card cannot say
    start = MONTHS_TEXT.find(answer)
    sentence_end = MONTHS_TEXT.find(".", start) + 1
    sentence_start = MONTHS_TEXT.rfind(".", 0, start) + 1
    data = dict(guid="g", article_id="a", kind=kind, question=question, answer=answer, answer_start=start,
                answer_type="date", source_start=sentence_start + (1 if sentence_start else 0),
                source_end=sentence_end)
    if kind is CardKind.MCQ:
        data["options"] = [answer, "March", "June", "July"]
    card, verdict = _checked(data, text=MONTHS_TEXT)
    assert (card is not None) == kept, verdict.rejected
    if not kept:
        assert [r.reason for r in verdict.rejected] == [Reason.MONTH_WITHOUT_YEAR]


@pytest.mark.parametrize(("question", "negated"), [
    # who did not: almost anyone fits (T63, T58)
    ("Who does not mention the terracotta figures?", True),
    ("Who never used the Alien Friends Act to deport anyone?", True),
    ("Which country did not sign the treaty?", True),
    ("What didn't prove that LK-99 is a superconductor?", True),
    # a negation after the subject, or none
    ("What did Sima Qian not mention?", False),
    ("Who mentioned the terracotta figures first?", False),
])
def test_a_question_asking_who_did_not_is_vague(question: str, negated: bool) -> None:
    from studygen.validate import _NEGATED_SUBJECT

    assert bool(_NEGATED_SUBJECT.match(question)) is negated


@pytest.mark.parametrize(("answer", "blank"), [("Europe", True), ("South America", True), ("Latin America", False),
                                               ("France", False)])
def test_a_continent_is_no_blank(answer: str, blank: bool) -> None:
    from studygen.validate import continent

    assert continent(answer) is blank


@pytest.mark.parametrize(("question", "answer", "gives"), [
    # T83: the supernova's name holds its year
    ("When did SN 1987A appear in the Large Magellanic Cloud?", "February 1987", True),
    ("When did Comet C2012S1 break up?", "28 November 2012", True),
    ("When did the 2012 Summer Olympics open?", "27 July 2012", False),  # the year alone, beside the day asked
    ("When did the storm reach the coast?", "February 1987", False),
    ("When was the 1900 law repealed?", "1919", False),
])
def test_a_date_whose_year_the_question_writes_is_given_away(question: str, answer: str, gives: bool) -> None:
    from studygen.validate import names_its_year

    assert names_its_year(question, answer) is gives


@pytest.mark.parametrize(("question", "answer", "title", "echoes"), [
    # the title's word and a word of the sentence make the answer: "The _____ are lower than the central Andes"
    # -> "Patagonian Andes" (T115)
    ("The _____ are lower than the central Andes but heavily glaciated.", "Patagonian Andes", "Patagonia", True),
    ("Which bank is a commercial bank division of First Citizens BancShares?", "Silicon Valley Bank",
     "Silicon Valley Bank", True),
    ("The _____ are the highest mountains of the region.", "Patagonian Andes", "Patagonia", False),
    ("The _____ are lower than the central Andes.", "Southern Alps", "Patagonia", False),
])
def test_an_answer_made_of_the_title_and_its_own_sentence_gives_itself_away(question: str, answer: str, title: str,
                                                                          echoes: bool) -> None:
    from studygen.validate import echoes_the_topic_and_its_sentence, topic_words

    assert echoes_the_topic_and_its_sentence(question, answer, topic_words(title)) is echoes


@pytest.mark.parametrize(("question", "answer", "reckoned"), [
    # another year and the years between them give the year asked for (T169)
    ("Emperor Gegeen Khan, Ayurbarwada's son and successor, ruled for only two years, from _____ to 1323.", "1321",
     True),
    ('"Seven Years" refers to events in Europe, from the official declaration of war in _____ to the signing of the '
     "peace treaty in 1763.", "1756", True),
    ("When did the 30-year truce that ended in 1480 begin?", "1450", True),
    # a length that does not join the two years gives nothing away
    ("The king ruled for two years, from _____ to 1330, after a regency of ten years.", "1321", False),
    ("The war began in _____ and ended in 1763.", "1756", False),
    ("After two years of talks, the treaty was signed in _____.", "1763", False),
])
def test_a_year_the_card_lets_the_learner_reckon_gives_itself_away(question: str, answer: str,
                                                                   reckoned: bool) -> None:
    from studygen.validate import reckoned_from_a_length

    assert reckoned_from_a_length(question, answer) is reckoned


@pytest.mark.parametrize(("question", "answer", "given"), [
    # the rest of the sentence holds every figure of the blank (T118)
    ("If the price rises from _____, that is a 25 percent increase measured from $4, but a fall from $5 to $4 is a "
     "20 percent decrease.", "$4 to $5", True),
    ("The war lasted from _____ and ended in 1918.", "1914 to 1918", False),
    ("In _____ the act was passed, in 1832.", "1832", False),
])
def test_a_blank_whose_figures_the_sentence_repeats_gives_itself_away(question: str, answer: str, given: bool) -> None:
    from studygen.validate import figures_given

    assert figures_given(question, answer) is given


@pytest.mark.parametrize(("answer", "title", "topic"), [
    # "What was a powerful and destructive tropical cyclone that struck eastern India and Bangladesh? Super
    # Cyclonic Storm Amphan" (T145), "Intense Tropical Cyclone Idai" (T141): the subject under its full rank
    ("Super Cyclonic Storm Amphan", "Cyclone Amphan", True),
    ("Intense Tropical Cyclone Idai", "Cyclone Idai", True),
    # another storm, a thing named after the place, or a thing "of" it
    ("Cyclone Fani", "Cyclone Amphan", False),
    ("Kaunas Hydroelectric Power Plant", "Kaunas", False),
    ("University of Córdoba", "Córdoba, Spain", False),
])
def test_a_name_whose_own_word_is_the_topics_is_the_topic(answer: str, title: str, topic: bool) -> None:
    from studygen.validate import headed_by_the_topic, topic_words

    assert headed_by_the_topic(answer, topic_words(title)) is topic


@pytest.mark.parametrize(("answer", "problem"), [
    ("− a)/(n + 1", True),  # "a + (b _____)": a cut through a formula's brackets (T145)
    ("(n + 1", True),
    ("Federal Security Service (FSB)", False),
    ("[1]", False),
])
def test_an_answer_with_its_brackets_cut_is_incomplete(answer: str, problem: bool) -> None:
    from studygen.validate import Reason, answer_problem

    assert (answer_problem(answer) == Reason.INCOMPLETE) is problem


@pytest.mark.parametrize(("question", "answer", "gives"), [
    # the month is in the sentence: only the year is left to ask (T155)
    ("Gabrielle developed over the Coral Sea in _____ and hit the North Island between 12 and 16 February.",
     "February 2023", True),
    ("In _____ Edith contracted Spanish influenza and died on 28 October.", "October 1918", True),
    # a day is more than the month gives; "may" is no month
    ("The Lion King opened in limited release on _____ before expanding nationwide on 24 June.", "15 June 1994",
     False),
    ("Only members may vote, a rule adopted in _____.", "May 1990", False),
])
def test_a_month_and_year_answer_whose_month_the_question_names_is_given_away(question: str, answer: str,
                                                                              gives: bool) -> None:
    from studygen.validate import names_its_month

    assert names_its_month(question, answer) is gives


@pytest.mark.parametrize(("answer", "cut"), [
    ("La Valeur de la", True),  # of "La Valeur de la science" (T157)
    ("= v^2 / r", True),  # "with a _____": half a formula (T163)
    ("− bQ²", True),
    ("+0.34 V", False),  # a signed number is whole
    ("Marie de", True),
    ("Duchy of", True),
    ("Leonardo da Vinci", False),
    ("Bank of England", False),
    ("U-Haul van", False),
])
def test_an_answer_cut_after_a_linking_word_is_incomplete(answer: str, cut: bool) -> None:
    from studygen.validate import Reason, answer_problem

    assert (answer_problem(answer) == Reason.INCOMPLETE) is cut


@pytest.mark.parametrize(("answer", "kept"), [
    ("centre's warning network", False),  # "the _____": the owner's "the" stays outside (T159)
    ("lake's distinctive ecosystem", False),
    ("Pacific Tsunami Warning Center", True),
])
def test_a_cloze_answer_that_opens_with_a_common_nouns_s_is_half_a_phrase(answer: str, kept: bool) -> None:
    from studygen.validate import make_card

    sentence = f"In 2004 the {answer} was not built for the Indian Ocean."
    start = sentence.index(answer)
    data = dict(guid="o1", article_id="a", kind=CardKind.CLOZE, answer=answer, answer_start=start,
                question=sentence[:start] + "_____" + sentence[start + len(answer):], source_start=0,
                source_end=len(sentence))
    verdict = Verdict()
    assert (make_card(data, sentence, True, verdict) is not None) is kept


@pytest.mark.parametrize(("question", "vague"), [
    ("When did Mr Blair's Labour government decide?", True),  # decide what? (T160)
    ("When did the council agree?", True),
    ("When did the government decide to build the Dome?", False),
    ("When did the United States and Britain withdraw the offer?", False),  # "offer", a noun
    # a verb of saying without what was said (T178)
    ("When did the United Nations announce?", True),
    ("When did UC Irvine journalism instructor Amy Wilentz point out in the New York Times?", True),
    ("When did Adam Smith write in The Wealth of Nations?", True),
    ("When did the ministry announce the new tariffs?", False),
    ("When did Senator Joseph McCarthy claim in Wheeling to have a list of communists?", False),
    ("When did the company publish its annual report?", False),  # "report", a noun
])
def test_a_question_that_ends_on_a_verb_without_what_it_decides_is_vague(question: str, vague: bool) -> None:
    from studygen.validate import Reason, card_question_problem

    assert (card_question_problem(question, "June 1997") == Reason.VAGUE) is vague


@pytest.mark.parametrize(("kind", "question", "answer", "kept"), [
    # "there", the place the sentence before named (T161): 6 of 18 labelled such questions and statements kept
    (CardKind.BASIC, "Who preached the First Crusade there in 1095?", "Pope Urban II", False),
    (CardKind.BASIC, "Who said that there would be no more Love Parades?", "Pope Urban II", True),
    (CardKind.BASIC, "Who preached the First Crusade at Clermont in 1095?", "Pope Urban II", True),
])
def test_a_there_the_card_does_not_place_leans_on_context(kind: CardKind, question: str, answer: str,
                                                          kept: bool) -> None:
    text = f"In 1095 {answer} preached the First Crusade there."
    data = dict(guid="t1", article_id="a", kind=kind, question=question, answer=answer, answer_start=text.index(answer),
                source_start=0, source_end=len(text))
    card, verdict = _checked(data, text=text)
    assert (card is not None) is kept, verdict.rejected


@pytest.mark.parametrize(("answer", "kept"), [
    ("Rail operators", False),  # "_____ across the south of England cancelled services ..." (T161)
    ("Electricity companies", False),
    ("Network Rail", True),
])
def test_a_kind_of_people_that_opens_the_sentence_is_no_blank(answer: str, kept: bool) -> None:
    text = f"{answer} across the south of England cancelled services before the morning rush hour."
    data = dict(guid="g1", article_id="a", kind=CardKind.CLOZE, question="_____" + text[len(answer):],
                answer=answer, answer_start=0, source_start=0, source_end=len(text))
    card, verdict = _checked(data, text=text)
    assert (card is not None) is kept, verdict.rejected


@pytest.mark.parametrize(("sentence", "answer", "kept"), [
    # "during the _____ pandemic": in a report of the 2020s no other name fits (T173)
    ("Ding could not travel to tournaments outside China during the COVID-19 pandemic.", "COVID-19", False),
    ("Ding could not travel to tournaments outside China during the COVID-19 pandemic.", "Ding", True),
    ("Filming stopped in March because of COVID-19 and resumed in Goa.", "COVID-19", True),
])
def test_a_blank_over_the_pandemics_name_beside_pandemic_gives_itself_away(sentence: str, answer: str,
                                                                           kept: bool) -> None:
    from studygen.validate import make_card

    start = sentence.index(answer)
    data = dict(guid="c1", article_id="a", kind=CardKind.CLOZE, answer=answer, answer_start=start,
                question=sentence[:start] + "_____" + sentence[start + len(answer):], source_start=0,
                source_end=len(sentence))
    assert (make_card(data, sentence, True, Verdict()) is not None) is kept


_FEATURE = ("When the Ground Opens Up\n\nLate on a February night, the floor of a bedroom gave way. Sinkholes are "
            "among the most unnerving natural hazards. Most sinkholes form in limestone, which rainwater slowly "
            "dissolves. "
            "Cover-collapse sinkholes open suddenly when the soil above a cavity fails. Florida records thousands of "
            "sinkholes a year, and insurers there pay out millions for the damage they cause to homes.")


def test_the_article_s_commonest_words_are_its_subject_whatever_its_title() -> None:
    from studygen.validate import commonest_words, topic_key

    assert topic_key("Sinkholes") in commonest_words(_FEATURE)
    assert not commonest_words("A short note. It says little.")  # no word said three times
    # a subject of several words: each is among the four commonest ("Naked mole-rats", T193)
    text = ("The Ugliest Secret to a Long Life\n\nNaked mole-rats live underground in East Africa. A naked mole-rat "
            "can live for more than 30 years. Colonies of naked mole-rats have one breeding queen, and the animals "
            "rarely get cancer.")
    assert {topic_key(w) for w in ("naked", "mole", "rats")} <= commonest_words(text)


@pytest.mark.parametrize(("question", "answer", "kind", "topic"), [
    ("_____ are among the most unnerving natural hazards.", "Sinkholes", CardKind.CLOZE, True),
    ("What are among the most unnerving natural hazards?", "sinkholes", CardKind.BASIC, True),
    ("Most sinkholes form in _____, which rainwater slowly dissolves.", "limestone", CardKind.CLOZE, False),
])
def test_an_answer_made_of_the_article_s_commonest_words_is_its_topic(question: str, answer: str, kind: CardKind,
                                                                      topic: bool) -> None:
    from studygen.validate import Reason, card_context_problem, commonest_words, topic_words

    card = _card("g1", question, answer, kind)
    problem = card_context_problem(card, topic_words("When the Ground Opens Up"), commonest=commonest_words(_FEATURE))
    assert (problem == Reason.TOPIC_ANSWER) is topic


def test_a_definition_still_asks_for_the_term_it_defines_however_common() -> None:
    from studygen.validate import card_context_problem, commonest_words, topic_words

    card = _card("g1", "What is a hollow in the ground that forms where rainwater dissolves limestone?", "sinkhole")
    card = card.model_copy(update={"template": "definition:term"})
    assert card_context_problem(card, topic_words("When the Ground Opens Up"), commonest=commonest_words(_FEATURE)) \
        is None


@pytest.mark.parametrize(("question", "answer", "given"), [
    ("Rainfall was 812 mm in 2020, 566 mm in _____ and 903 mm in 2022.", "2021", True),
    ("Rainfall was 812 mm in _____, 566 mm in 2021 and 903 mm in 2022.", "2020", True),
    ("Sales rose in 1998 and 1999, and fell in _____.", "2000", True),
    # years beside it that make no run with it
    ("Rainfall was 812 mm in 2020 and 903 mm in _____.", "2024", False),
    ("The wall fell in 1989, and the Union in _____.", "1991", False),
    ("Sales rose in 1998 and fell in _____.", "March 1999", False),
])
def test_a_year_in_a_run_of_years_is_given_away(question: str, answer: str, given: bool) -> None:
    from studygen.validate import between_its_neighbours

    assert between_its_neighbours(question, answer) is given


@pytest.mark.parametrize(("question", "answer", "given"), [
    ("What was defined by a doctor's diagnosis or an antihypertensive prescription?", "Incident hypertension", True),
    ("Which drug class is used with non-steroidal painkillers?", "Steroidal drugs", True),
    ("Which Germanic people sacked Rome in 455?", "Vandals", False),
    ("Which international body adopted the declaration?", "United Nations General Assembly", False),
    ("What did the hypertensive patients take?", "Beta blockers", False),
    ("Who ruled the Carolingian empire from 800?", "Charlemagne", False),
])
def test_an_answer_whose_stem_hides_in_a_word_of_the_question_is_given_away(question: str, answer: str,
                                                                          given: bool) -> None:
    from studygen.validate import stem_in_a_word

    assert stem_in_a_word(question, answer) is given


@pytest.mark.parametrize("text", [
    "So if you're from the north and feeling defensive, that's fair.",
    "We've seen that the tide turns twice a day.",
    "I'm sure the treaty was signed in _____.",
    "In the UK that's Bank Rate, set by a committee of nine members.",  # that, the sentence before says (T210)
])
def test_a_contracted_pronoun_speaks_to_or_for_someone_the_card_does_not_name(text: str) -> None:
    from studygen.validate import dependent_word

    assert dependent_word(text) is not None


@pytest.mark.parametrize(("text", "kept"), [
    # The recogniser read a common noun that opens a sentence as a name; the article writes it in lower case.
    ("Groundwater flows slowly towards rivers. Rain recharges groundwater in winter.", False),
    ("Goodall flows slowly towards rivers. Rain recharges the goodall in winter.".replace("the goodall", "it"), True),
])
def test_a_person_the_article_writes_in_lower_case_is_no_person(text: str, kept: bool) -> None:
    from studygen.models import AnswerType
    from studygen.validate import make_card

    answer = text.split()[0]
    data = dict(guid="p1", article_id="a", kind=CardKind.BASIC, question="Who flows slowly towards rivers?",
                answer=answer, answer_start=0, answer_type=AnswerType.PERSON, source_start=0,
                source_end=text.index(".") + 1)
    verdict = Verdict()
    assert (make_card(data, text, True, verdict) is not None) is kept


@pytest.mark.parametrize(("answer", "reason"), [
    ("Biesmeijer et al", "only_a_source"),  # who wrote a cited paper (T212)
    ("Harrington et al.", "only_a_source"),
    ("Drought-", "incomplete_sentence"),  # half of "Drought- and heat-induced" (T212)
    ("Al Gore", None),
    ("Tyne-and-Wear", None),
])
def test_a_cited_author_or_half_a_compound_is_no_answer(answer: str, reason: str | None) -> None:
    from studygen.validate import answer_problem

    assert answer_problem(answer) == reason


TENSE_TEXT = ("In April 1916 the Harrow garrison occupies the port of Vellany. The charter of Morrow does not name a "
              "right to fish; the courts found one in 1931. The Vellany ferry runs every two hours.")


@pytest.mark.parametrize(("kind", "question", "answer", "kept"), [
    # a lecture's historical present, asked in the present: the date is past
    (CardKind.BASIC, "When does the Harrow garrison occupy the port of Vellany?", "April 1916", False),
    (CardKind.MCQ, "When does the Harrow garrison occupy the port of Vellany?", "April 1916", False),
    (CardKind.BASIC, "In which year does the Harrow garrison occupy the port of Vellany?", "1916", False),
    # a state now, and the date of something else in the sentence
    (CardKind.BASIC, "When does the charter of Morrow not name a right to fish?", "1931", False),
    # asked in the past, or a time with no year: kept
    (CardKind.BASIC, "When did the courts find a right to fish?", "1931", True),
    (CardKind.BASIC, "How often does the Vellany ferry run?", "every two hours", True),
])
def test_a_question_in_the_present_is_not_answered_with_a_year(kind: CardKind, question: str, answer: str,
                                                               kept: bool) -> None:
    start = TENSE_TEXT.find(answer)
    sentence_start = TENSE_TEXT.rfind(". ", 0, start) + 2 if TENSE_TEXT.rfind(". ", 0, start) >= 0 else 0
    sentence_end = TENSE_TEXT.find(".", start) + 1
    answer_type = "date" if any(ch.isdigit() for ch in answer) else "time"
    data = dict(guid="g", article_id="a", kind=kind, question=question, answer=answer, answer_start=start,
                answer_type=answer_type, source_start=sentence_start, source_end=sentence_end)
    if kind is CardKind.MCQ:
        data["options"] = [answer, "May 1921", "June 1908", "March 1899"]
    card, verdict = _checked(data, text=TENSE_TEXT)
    assert (card is not None) == kept, verdict.rejected
    if not kept:
        assert [r.reason for r in verdict.rejected] == [Reason.PRESENT_FOR_A_PAST_DATE]
