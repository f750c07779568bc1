"""The shapes of the lines of notes (``studygen/notes.py``): terms and their meanings, lists of them,
timelines, and a text written as notes."""

from __future__ import annotations

from studygen.notes import TIMELINE, listed_lines, notes_like, split_line


def test_split_line_reads_the_term() -> None:
    assert split_line("Sakoku: policy of isolation") == ("Sakoku", len("Sakoku: "))
    assert split_line("Focus (hypocentre) - point underground") == ("Focus (hypocentre)", len("Focus (hypocentre) - "))
    assert split_line("17 June 1789 - the Third Estate declares itself") is None
    assert split_line("Key long-term and short-term causes of the war in the east: money") is None
    assert split_line("Anglo-German rivalry") is None


def test_a_timeline_line_has_its_date_first_or_beside_a_name() -> None:
    for line in ("1588 - Spanish Armada defeated", "Aug 1964: Congress gives Johnson power",
                 "1924 Dawes Plan - reparations spread out", "Geneva Accords 1954: Vietnam split"):
        assert TIMELINE.match(line), line
    for line in ("In 1924 the plan was agreed - at last", "Taipei, Taiwan — The festival opened"):
        assert not TIMELINE.match(line), line


def test_three_lines_of_a_list_or_a_timeline_make_a_text_notes() -> None:
    notes = "Cells\n\nNucleus: holds the DNA\nRibosome: makes proteins\nVacuole: stores water\n"
    assert notes_like(notes, listed_lines(notes))
    prose = "Cells\n\nThe nucleus holds the DNA. Ribosomes make proteins.\n\n1665 - Hooke names the cell\n"
    assert not notes_like(prose, listed_lines(prose))
