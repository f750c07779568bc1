"""``md``: a plain Markdown worksheet (numbered questions, lettered options, answer lines) followed by
its answer key. Article text is escaped, so ``*``, ``_``, ``[...](...)``, ``<script>`` or a leading
``#`` show as typed in any CommonMark renderer instead of becoming formatting, links or HTML."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studygen.exporters.quiz import build_versions
from studygen.models import Deck
from studygen.outputs import OutputSet

if TYPE_CHECKING:
    from studygen.exporters import ExportOptions

# Inline syntax anywhere in a line (CommonMark lets any ASCII punctuation be backslash-escaped; "#"
# too, because a run of them at the end of a heading line closes the heading and is not shown), and
# block syntax at the start of one: a heading, list item, quote, thematic break or setext underline.
_INLINE = re.compile(r"([\\`*_\[\]<>&~|!#])")
_BLOCK_START = re.compile(r"^(#|[-+=>]|\d+(?=[.)]))")


def md_escape(text: str) -> str:
    """One line of plain text as Markdown that renders to the same text."""
    text = _INLINE.sub(r"\\\1", " ".join(text.split()))
    match = _BLOCK_START.match(text)
    if match:
        if match.group(1)[0].isdigit():  # "1848. A year" would start an ordered list
            end = match.end()
            text = text[:end] + "\\" + text[end:]
        else:
            text = "\\" + text
    return text


def render(deck: Deck) -> str:
    quiz = build_versions(deck)[0]
    lines = [f"# {md_escape(quiz.title)}", "",
             "Name: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_   "
             "Date: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", ""]
    if quiz.sources:
        lines += ["Based on: " + "; ".join(f"*{md_escape(source)}*" for source in quiz.sources), ""]
    lines += ["## Questions", ""]
    blank = "\\_" * 12
    for q in quiz.questions:
        if q.kind == "cloze":
            prompt = f"Fill in the blank: {md_escape(q.before)} {blank} {md_escape(q.after)}"
        elif q.kind == "true_false":
            prompt = f"True or false? {md_escape(q.text)}"
        else:
            prompt = md_escape(q.text)
        lines += [f"{q.number}. {prompt}", ""]
        for letter, option in q.options:
            lines += [f"    - **{letter}.** {md_escape(option)}"]
        if q.options:
            lines.append("")
        if q.kind == "true_false":
            lines += ["    True / False", ""]
        elif q.kind == "basic":
            lines += [f"    Answer: {blank * 2}", ""]
    lines += ["## Answer key", ""]
    for entry in quiz.key:
        note = f" ({md_escape(entry.note)})" if entry.note else ""
        lines.append(f"{entry.number}. **{md_escape(entry.answer)}**{note}")
    return "\n".join(lines) + "\n"


def write(deck: Deck, outputs: OutputSet, stem: str, options: ExportOptions) -> None:
    outputs.write_text(f"{stem}.md", render(deck))
