"""Transcripts of talks and lectures: who speaks and when is apparatus, what an audience asks is not the lesson.

A course site's transcript opens its paragraphs on a time ("[00:12:31]") or a speaker's label
("PROFESSOR:", "PROF. OKAFOR:", "[Dr. Mensah]"), and marks what the captions heard ("[laughter]",
"[inaudible]"). In a card they are noise ("OKAFOR: The breakthrough came ...", T208). A student's turn
("STUDENT: Is it the mantle, then?") is a question or a guess, never a fact to learn.

The labels are taken off only in a text that uses them: the same label, or a time, opening two of its
paragraphs. "Note: ..." opening one line of notes is the note's own label and stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from studygen.ingest.blocks import HEADING, PARAGRAPH, Block, ends_sentence

#: What an audience says: its turns are metadata.
AUDIENCE = "audience"

#: A time in a recording: "[00:12:31]", "(12:31)", "00:12:31", "12:31 -".
_TIME = r"(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?)"
#: A title that a speaker's label may hold: "Dr. Mensah", "Prof Lindqvist", "Professor Rowe".
_TITLE = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Rev|Fr)\.?"
_NAME = r"[A-Z][\w'\u2019-]+"
#: A speaker's label in capitals ("PROFESSOR:", "PROF. OKAFOR:", "DR. HALE:"), or written as a title and
#: a name ("Dr. Mensah:"), or a role ("Student:", "Lecturer:"); in brackets without the colon too.
_ROLE = (r"(?:Professor|Lecturer|Teacher|Instructor|Tutor|Speaker|Presenter|Host|Moderator|Interviewer"
         r"|Student|Students|Audience(?:\s+member)?|Participant|Questioner|Voice|Unidentified\s+speaker)")
_CAPS_LABEL = r"[A-Z][A-Z'\u2019.-]*(?:\s[A-Z][A-Z'\u2019.-]*){0,3}"
_LABEL = rf"(?:{_CAPS_LABEL}|{_TITLE}\s+{_NAME}(?:\s+{_NAME})?|{_ROLE}(?:\s+\d{{1,2}}|\s+{_NAME})?)"
_OPENING = re.compile(
    rf"^(?P<time>{_TIME}\s*(?:[\u2013-]\s*)?)?"
    rf"(?:\[(?P<bracketed>{_LABEL})\]\s*|(?P<label>{_LABEL}):\s+)?"
    rf"(?P<time_after>{_TIME}\s*)?")
#: The roles of an audience: a student's or a questioner's turn.
_AUDIENCE = re.compile(r"(?i)^(?:student|students|audience(?:\s+member)?|questioner|participant|voice|q)\b")
#: What the captions heard besides words: "[laughter]", "[inaudible]", "(laughs)", "[CROSSTALK]".
_SOUND_WORDS = (r"(?i:laughter|laughs|laughing|applause|inaudible|unintelligible|crosstalk|indistinct|pause|silence"
                r"|music|coughs?|chuckles?|background noise|no audio|sighs?|slide\s*\d+|next slide)")
_SOUND = re.compile(rf"[ \u00a0]?[\[(]{_SOUND_WORDS}[\])]")
#: The same marks in square brackets, which no text but a transcript writes: gone from any text, a transcript
#: told by its labels or not ("[slide 3] In March 1913, Poetry printed ...", T215).
_BRACKETED_SOUND = re.compile(rf"[ \u00a0]?\[{_SOUND_WORDS}\]")
#: Labels that notes and documents give their own lines ("NOTE:", "Exam tip:"): no speaker's.
_NOT_SPEAKERS = frozenset({
    "note", "notes", "nb", "n.b.", "tip", "tips", "exam tip", "key point", "key points", "remember", "example",
    "examples", "definition", "warning", "caution", "important", "summary", "update", "updated", "editor's note",
    "source", "sources", "aim", "aims", "method", "methods", "results", "conclusion", "date", "time", "location",
    "answer", "question", "hint", "keywords", "key terms", "see also", "ps", "p.s.", "edit", "disclaimer"})
#: Two paragraphs opened by the same label or by a time make a transcript.
MIN_TURNS = 2


def _opening(text: str) -> tuple[str, str | None, bool]:
    """The time and label that open ``text`` (as one string), the label alone, and whether a time was there."""
    match = _OPENING.match(text)
    if match is None or not match.group(0).strip():
        return "", None, False
    label = match.group("bracketed") or match.group("label")
    if label is not None and (len(label.replace(".", "")) < 2 and label not in ("Q", "A")
                              or label.casefold().replace("\u2019", "'") in _NOT_SPEAKERS):
        label = None  # "I:" alone is a letter, "NOTE:" a line's own label
    timed = bool(match.group("time") or match.group("time_after"))
    if label is None and not timed:
        return "", None, False
    end = match.end() if label is not None else match.end("time") if match.group("time") else match.end()
    return text[:end], label, timed


def mark_transcript(blocks: Sequence[Block]) -> None:
    """In a transcript, take each paragraph's time and speaker's label into its ``metadata``, drop the
    captions' sound marks, and give an audience's turns the role ``AUDIENCE``. Anything else is left as
    it is, but for sound and slide marks in square brackets, which go from any text."""
    for block in blocks:
        if block.kind != HEADING and _BRACKETED_SOUND.search(block.text):
            block.text = _BRACKETED_SOUND.sub("", block.text).strip()
    labels: Counter[str] = Counter()
    times = 0
    openings = []
    for block in blocks:
        opening = _opening(block.text)
        openings.append(opening)
        if block.kind == HEADING and not opening[0]:
            continue
        if opening[1] is not None:
            labels[opening[1].casefold()] += 1
        times += opening[2]
    if times < MIN_TURNS and not any(n >= MIN_TURNS for n in labels.values()):
        return
    for block, (prefix, label, timed) in zip(blocks, openings, strict=True):
        if not prefix or (label is not None and labels[label.casefold()] < MIN_TURNS and not timed
                          and _AUDIENCE.match(label) is None):
            continue
        block.metadata.append(prefix.strip())
        block.text = _SOUND.sub("", block.text[len(prefix):]).strip()
        if block.kind == HEADING and ends_sentence(block.text):
            block.kind = PARAGRAPH  # a short turn, "[00:02:40] Crevasses open where it is brittle. [inaudible]"
        if (label is not None and _AUDIENCE.match(label)) or not block.text:
            block.role = AUDIENCE  # a time on a line of its own goes with the turns of no speaker
    for block in blocks:
        if block.kind != HEADING and _SOUND.search(block.text):
            block.text = _SOUND.sub("", block.text).strip()
