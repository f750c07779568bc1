"""Two kinds of text students study from, read as they are written: research papers (citations, supplement
pointers, structured abstracts) and transcripts of lectures (times, speakers' labels, an audience's turns).

The texts are built from patterns with invented names, not from the articles the rules were tuned on."""

from __future__ import annotations

from pathlib import Path

import pytest

from studygen.ingest import read_articles
from studygen.ingest.citations import cites, drop_citations


def _read(tmp_path: Path, body: str, name: str = "a.md") -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    [article] = read_articles([path], split="none").articles
    return article.text


_CLAIMS = [
    "Wetlands store carbon in waterlogged soils {0}.",
    "Drainage releases that carbon as carbon dioxide {1}.",
    "Restored peat can resume storing carbon within a decade {2}.",
]


@pytest.mark.parametrize("marks", [
    ("(Quist et al., 2011)", "(Bramwell and Ode, 2015; Farr, 2019)", "(see Ode & Quist 2020, p. 14)"),
    ("[3]", "[4,5]", "[6-9]"),
    ("[12]", "[13, 14]", "[2]"),
])
def test_a_papers_citations_are_not_in_its_text(tmp_path: Path, marks: tuple[str, str, str]) -> None:
    body = "Carbon in wetlands\n\n" + " ".join(c.format(*marks) for c in _CLAIMS) + "\n"
    text = _read(tmp_path, body)
    assert text.endswith(" ".join(c.format("", "", "").replace(" .", ".") for c in _CLAIMS))


def test_a_cited_authors_name_stays_as_the_subject_and_loses_its_year(tmp_path: Path) -> None:
    body = ("Carbon in wetlands\n\nQuist et al. (2011) showed that wetlands store carbon (Ode, 2012). Drainage "
            "releases it (Farr and Ode, 2019). Rewetting slows the loss (Bramwell et al., 2021).\n")
    assert "Quist et al. showed that wetlands store carbon. Drainage releases it. Rewetting slows the loss." \
        in _read(tmp_path, body)


def test_a_paper_that_cites_in_its_running_text_loses_the_years(tmp_path: Path) -> None:
    body = ("Rents\n\nQuist et al. (2019) showed that rents fell. Bramwell and Ode (2005) found the same in Kiel. "
            "Farr et al. (2014) reported gains for tenants.\n")
    assert _read(tmp_path, body).endswith("Quist et al. showed that rents fell. Bramwell and Ode found the same in "
                                          "Kiel. Farr et al. reported gains for tenants.")


@pytest.mark.parametrize("text", [
    # A name and a year in brackets, once or twice, is content in notes and histories.
    "The first defeat came at the border (Tannenberg, 1914). The treaty followed (Versailles, 1919).",
    "The domino theory (Eisenhower, 1954) shaped policy (SEATO, 1954) for a decade (Nov 1960).",
    # Brackets of numbers that are no citations: an interval, a set.
    "The value lies in the interval [0, 1]. The pair [0, 2] is a set.",
])
def test_a_text_that_does_not_cite_keeps_its_brackets(tmp_path: Path, text: str) -> None:
    assert not cites([text])
    assert _read(tmp_path, f"Notes\n\n{text}\n").endswith(text)


def test_a_narrative_citations_year_goes_only_in_a_paper() -> None:
    assert drop_citations("Ode et al. (2014) found that peat burns.") == "Ode et al. found that peat burns."
    assert drop_citations("DNA was run following Ode et al. (2004).") == "DNA was run following Ode et al."
    assert drop_citations("The storm of (2014) found the town.") == "The storm of (2014) found the town."


@pytest.mark.parametrize(("written", "read"), [
    ("Rainfall was 812 mm (Supplementary Fig. S1).", "Rainfall was 812 mm."),
    ("The sample is described below (see Supplementary Table S3).", "The sample is described below."),
    ("Yields rose (Extended Data Fig. 2).", "Yields rose."),
])
def test_a_pointer_into_a_supplement_is_not_in_the_text(tmp_path: Path, written: str, read: str) -> None:
    assert _read(tmp_path, f"Yields\n\n{written}\n").endswith(read)


def test_a_sound_written_in_brackets_is_content_and_a_glued_footnote_is_not(tmp_path: Path) -> None:
    text = _read(tmp_path, "Sounds\n\nThe initial [f] of the dialect retreated.[a] Older speakers kept it.\n")
    assert text.endswith("The initial [f] of the dialect retreated. Older speakers kept it.")


def test_a_structured_abstracts_labels_are_headings_not_words_of_its_sentences() -> None:
    from studygen.nlp import spacy_pipeline
    from studygen.sentences import parse_articles

    body = ("Background: Gout flares are painful. Methods: We enrolled 186 adults for 14 days. The primary endpoint "
            "was pain at 72 h. Results: Of 186 patients, 179 were analysed. Conclusions: The drug eased pain.")
    from studygen.ingest.blocks import inline_heading_spans
    from studygen.models import Article, Span

    headings = [Span(start=a, end=b, text=body[a:b]) for a, b in inline_heading_spans(body)]
    assert [h.text for h in headings] == ["Background:", "Methods:", "Results:", "Conclusions:"]
    article = Article(id="a1", title="T", text=body, source="test", headings=headings)
    [(_, parsed)] = list(parse_articles([article], spacy_pipeline()))
    sentences = [p.sentence.text for p in parsed]
    assert "The primary endpoint was pain at 72 h." in sentences
    assert "Of 186 patients, 179 were analysed." in sentences
    assert not any(":" in s for s in sentences)


# --- transcripts ------------------------------------------------------------------------------

_TURNS = [
    "Okay, so today we look at glaciers.",
    "A glacier moves because ice deforms under its own weight.",
    "Is that why they crack at the top?",
    "Exactly. Crevasses open where the ice is brittle.",
]


@pytest.mark.parametrize(("speaker", "student"), [
    ("PROFESSOR: ", "STUDENT: "),
    ("PROF. HALVARD: ", "STUDENT: "),
    ("[Dr. Okonjo] ", "[Student] "),
    ("Dr. Okonjo: ", "Student: "),
])
def test_a_transcripts_speakers_are_not_in_its_text_and_a_students_turn_is_no_content(
        tmp_path: Path, speaker: str, student: str) -> None:
    labels = [speaker, speaker, student, speaker]
    body = "Lecture 4: Glaciers\n\n" + "\n\n".join(f"{label}{turn}" for label, turn in zip(labels, _TURNS, strict=True))
    text = _read(tmp_path, body + "\n")
    assert text.split("\n\n")[1:] == [_TURNS[0], _TURNS[1], _TURNS[3]]


def test_a_transcripts_times_and_the_sounds_it_heard_are_not_in_its_text(tmp_path: Path) -> None:
    body = ("Week 2 - Glaciers\n\n[00:00:04] Okay, so today we look at glaciers. [laughter]\n\n"
            "[00:01:12] A glacier moves because ice deforms under its own weight.\n\n"
            "00:02:40 Crevasses open where the ice is brittle. [inaudible]\n")
    assert _read(tmp_path, body).split("\n\n")[1:] == [_TURNS[0], _TURNS[1], _TURNS[3].removeprefix("Exactly. ")]


def test_a_slide_or_a_sound_in_square_brackets_goes_from_a_text_with_no_speakers_or_times(tmp_path: Path) -> None:
    body = ("Lecture 6: Imagism\n\n(pause) Okay. [slide 3] In March 1913 the magazine printed two short pieces. "
            "[laughter] The reviews were [inaudible] mixed.\n")
    assert _read(tmp_path, body).split("\n\n")[1] == \
        "(pause) Okay. In March 1913 the magazine printed two short pieces. The reviews were mixed."


@pytest.mark.parametrize("body", [
    # One label, once: a line's own label, not a speaker.
    "Glaciers\n\nNOTE: Ice deforms under its own weight.\n\nCrevasses open where the ice is brittle.\n",
    # Labels that notes repeat.
    "Glaciers\n\nNote: Ice deforms under its own weight.\n\nNote: Crevasses open where the ice is brittle.\n",
    "Glaciers\n\nKEY POINT: Ice deforms under its own weight.\n\nKEY POINT: Crevasses open where ice is brittle.\n",
])
def test_a_text_that_is_no_transcript_keeps_its_labels(tmp_path: Path, body: str) -> None:
    assert _read(tmp_path, body) == body.strip()


def _states_something(sentence: str) -> bool:
    """``analysis.states_something`` of a text of one sentence, parsed as a build parses it."""
    from studygen.analysis import states_something
    from studygen.nlp import spacy_pipeline

    [span] = list(spacy_pipeline()(sentence).sents)
    return states_something(span)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "states"), [
    ("Notice Botticelli isn't that interested in perspective.", False),  # the parser reads "Notice" as a name
    # an order and the clause it points to, with no "that": the order would stay in the card (T225)
    ("Remember Homer Plessy was himself a New Orleans Creole, arrested in 1892 on a train.", False),
    ("Recall the treaty was signed at Westphalia in 1648.", False),
    ("And remember Homer Plessy was himself a New Orleans Creole, arrested in 1892 on a train.", False),
    ("So notice the treaty was signed at Westphalia in 1648.", False),
    ("Consider a ball rolling down a slope.", False),
    ("Please note the date of the treaty.", False),
    ("Look at the colours of the sky.", False),
    # "that" opens the fact, which a card keeps (tests/test_cards.py)
    ("Notice that the treaty was signed in 1648.", True),
    ("Thinking of the treaty, the envoys met in 1648.", True),
    ("Keeping bees was common in 1648.", True),
])
def test_a_sentence_spoken_to_the_listener_states_nothing(sentence: str, states: bool) -> None:
    assert _states_something(sentence) is states


@pytest.mark.parametrize(("text", "answer", "inside"), [
    ("The tool was aligned (McAuliffe et al., 2017) by hand.", "2017", True),
    ("Bees declined (Biesmeijer and Roberts, 2006; Potts, 2010) in Britain.", "2010", True),
    ("The first defeat came at the border (Tannenberg, 1914).", "1914", False),  # a battle and its year
    ("The aligner of 2017 (McAuliffe et al., 2017) was used.", "2017", False),  # the first "2017" is the text's
])
def test_a_year_inside_a_scholarly_citation_is_no_answer(text: str, answer: str, inside: bool) -> None:
    from studygen.ingest.citations import in_a_citation

    start = text.index(answer)
    assert in_a_citation(text, start, start + len(answer)) is inside


def test_a_surname_with_a_capital_inside_is_cited_too() -> None:
    assert drop_citations("Words were aligned (McAuliffe et al., 2017; DiMaggio and O'Brien, 1983).") == \
        "Words were aligned."


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "states"), [
    # a recap's label and names with no verb of their own after it (T208, T211)
    ("Innate: skin, mucus and the macrophages that engulf invaders.", False),
    ("Other milestones: the Quarry Act of 1802 and the Mill Act of 1811.", False),
    ("Adaptive: T cells, which kill infected cells, and B cells, which make antibodies.", False),
    # a clause after the label states its fact (the card drops the label: tests/test_cards.py)
    ("Retrieval: Dara Quell showed in 1971 that cues restore forgotten lists.", True),
    ("Findings: Over a median of 3.2 years, 412 patients relapsed.", True),
    ("Note: The mill was founded in 1872 by the town council.", True),
    # no label: a clause before the colon, a time, a gloss in brackets
    ("Trade flourished: merchants from Genoa opened a bank in 1402.", True),
    ("The rule had two parts: taxes were cut; roads were built.", True),
    ("At 10:30 the train left the station for Leeds.", True),
    ("Orrin Mills (Welsh: Melinau Orrin) is a textile company founded in 1872.", True),
])
def test_a_run_in_label_with_nothing_said_after_it_states_nothing(sentence: str, states: bool) -> None:
    assert _states_something(sentence) is states


@pytest.mark.parametrize("text", [
    # the one, the third, the evidence, the side of what the lecture said before (T208, T210, T211)
    "The famous one is the Orrin Quartet, composed in 1791.",
    "In fungi the key one is called chitin synthase.",
    "There's a third, broader still: the Vell definition of a salt.",
    "Tamsin Rho's 1962 trials are the classic evidence.",
    "The standard account was published in 1850 by the guild's secretary.",
    "Why is the short answer that metals conduct?",
    "When did Genoa and Pisa sign a pact on the other side?",
    "Kell Gorge is a classic Welsh example - hard granite over softer shale.",
    "Dara Quell at Leeds helped establish that.",
    "Which the Orrin Players restaged in 1987, and which has been parodied since.",
])
def test_a_lectures_pointer_back_leans_on_context(text: str) -> None:
    from studygen.validate import leans_on_context

    assert leans_on_context(text)


@pytest.mark.parametrize("text", [
    "The only one to survive was the Orrin Quartet, composed in 1791.",
    "There is a third of the harvest left in the granary.",
    "Tamsin Rho's 1962 trials are the classic evidence for iconic memory.",
    "The short answer to the riddle was written in 1850.",
    "The mill stood on the other side of the river from the town.",
    "Dara Quell at Leeds showed that cracks grow slowly.",
    "Which company restaged the Orrin Quartet in 1987?",
])
def test_a_phrase_that_says_of_what_leans_on_nothing(text: str) -> None:
    from studygen.validate import leans_on_context

    assert leans_on_context(text) is None


@pytest.mark.parametrize(("answer", "refused"), [
    ("because I'm going to ask you to write a loop", True),  # the lecturer's own "I" (T210, T211)
    ("because I want you following the proof", True),
    ("Charles I", False),
    ("Louis I of Orrin", False),
    ("World War I", False),
])
def test_an_answer_in_the_speakers_own_voice_is_refused(answer: str, refused: bool) -> None:
    from studygen.validate import answer_problem

    assert (answer_problem(answer) is not None) is refused
