"""The citations of a research paper: apparatus, not content.

A paper cites its sources in the text, by author and year ("(Lind and Okafor, 2017)", "(Yu et al., 2015;
Martin-Guay et al., 2016)", "Monteith et al. (2007) showed ...") or by number ("... increases infection
risk [5,6]", "[7-9]"). In a card they are noise, and a blank or a true/false swap inside one asks for a
year of publication, which no student learns (T207: judges rejected such cards).

An article is read as a paper only when it cites in that manner several times: a name and a year in
brackets is content elsewhere ("the first defeat (Tannenberg, 1914)" in notes, "(Eisenhower, 1954)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January",
           "February", "March", "April", "June", "July", "August", "September", "October", "November", "December")
#: A surname as a paper writes it: "Okafor", "Martin-Guay", "O'Brien", "van der Berg", "McAuliffe". Not in
#: capitals alone ("SEATO, 1954" names an organisation) and not a month ("Nov 1860").
_SURNAME = (r"(?:(?:van|von|de|der|den|da|du|le|la|di|del|al)\s+){0,2}"
            rf"(?!(?:{'|'.join(_MONTHS)})\b)[A-Z][a-z\u00e0-\u00ff'\u2019]*(?:[A-Z][a-z\u00e0-\u00ff'\u2019]+)?"
            r"(?:[-\u2010][A-Z]?[a-z\u00e0-\u00ff'\u2019]+)*")  # ("McAuliffe", "DiMaggio", "O'Brien")
_AUTHORS = rf"{_SURNAME}(?:\s+et\s+al\.?|(?:,\s+{_SURNAME})*,?\s+(?:and|&)\s+{_SURNAME})?"
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?(?:\s?[\u2013-]\s?\d{2,4})?"
_PAGES = r"(?:,?\s*(?:p|pp)\.\s*\d+(?:[\u2013-]\d+)?|:\s?\d+(?:[\u2013-]\d+)?)?"
#: One source: authors, then one or more years ("Bybee, 1990, 2002"), and a page.
_SOURCE = rf"{_AUTHORS},?\s+{_YEAR}(?:,\s*{_YEAR})*{_PAGES}"
_LEAD = r"(?:(?:see(?:\s+also)?|e\.g\.,?|cf\.|reviewed\s+in|for\s+a\s+review,?\s+see)\s+)?"
#: A parenthesis that only cites: "(Lind, 2021)", "(see Yu et al., 2015; Martin-Guay et al., 2016)".
#: A space before it goes with it.
AUTHOR_YEAR = re.compile(rf"[ \u00a0]?\({_LEAD}{_SOURCE}(?:\s*[;,]\s*{_LEAD}{_SOURCE})*\)")
#: The year in brackets after a cited author in the running text: "Monteith et al. (2007) showed" keeps its
#: subject; "(2007)" goes.
_NARRATIVE_YEAR = re.compile(rf"(\bal\.|\b{_SURNAME})\s\({_YEAR}(?:[;,]\s*{_YEAR})*\)"
                             r"(?=\s+(?:showed|found|reported|argued|proposed|suggested|noted|observed|demonstrated|"
                             r"described|estimated|concluded|used|defined|introduced|called|termed)\b)"
                             rf"|(\bal\.)\s\({_YEAR}(?:[;,]\s*{_YEAR})*\)")
_DOUBLED_STOP = re.compile(r"(?<=\bal)\.\.")
#: Numbered citations after a space: "[5,6]", "[7-9]", "[11, 12]", "[4]". Glued ones ("risk[5]") and
#: single numbers are already dropped as reference marks (:mod:`studygen.ingest.cleaning`).
NUMBERED = re.compile(r"[ \u00a0]?\[[1-9]\d{0,2}(?:\s?[,\u2013-]\s?\d{1,3})*\](?=[\s.,;:)]|$)")
#: A citation in the running text, with "et al." or two names: "Diamond et al. (2019) showed", "Hawkins and
#: Midgley (2005) found". Counted for :func:`cites`; only its year goes (``_NARRATIVE_YEAR``).
_NARRATIVE = re.compile(rf"{_SURNAME}\s+(?:et\s+al\.?|(?:and|&)\s+{_SURNAME})\s\({_YEAR}(?:[;,]\s*{_YEAR})*\)")
#: The author and year of a reference with "et al." or two names: the mark of a paper's citations.
_SCHOLARLY = re.compile(rf"{_SURNAME}\s+(?:et\s+al\.?|(?:and|&)\s+{_SURNAME}),?\s+\(?{_YEAR}")
#: How many citations make an article a paper's.
MIN_CITATIONS = 3


def cites(texts: Iterable[str]) -> bool:
    """Whether the paragraphs of an article cite as a paper does: at least ``MIN_CITATIONS`` citations by
    author and year, in brackets or in the running text ("Diamond et al. (2019) showed"), one of them with
    "et al." or two authors, or by number in brackets after a space (a copied web page glues its reference
    marks to their word: "Europe.[1]")."""
    author_year = numbered = 0
    scholarly = False
    for text in texts:
        if "(" in text:
            found = AUTHOR_YEAR.findall(text)
            narrative = len(_NARRATIVE.findall(text))
            author_year += len(found) + narrative
            scholarly = scholarly or narrative > 0 or any(_SCHOLARLY.search(f) for f in found)
        if "[" in text:
            numbered += sum(1 for m in NUMBERED.finditer(text) if not m.group().startswith("["))
    return (author_year >= MIN_CITATIONS and scholarly) or numbered >= MIN_CITATIONS


def in_a_citation(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` lie inside a citation by author and year with "et al.", two authors or two sources
    ("(McAuliffe et al., 2017)")? A blank or a swap there asks for a year of publication, in a paper or in any
    text that cites once or twice. One name and a year ("(Tannenberg, 1914)") may be content."""
    return "(" in text and any(m.start() <= start and end <= m.end() and (";" in m.group() or _SCHOLARLY.search(
        m.group())) for m in AUTHOR_YEAR.finditer(text))


def drop_citations(text: str) -> str:
    """``text`` without its citations, for an article that :func:`cites`."""
    if "(" in text:
        text = AUTHOR_YEAR.sub("", text)
        text = _NARRATIVE_YEAR.sub(lambda m: m.group(1) or m.group(2), text)
        text = _DOUBLED_STOP.sub(".", text)  # "following Boyle et al. (2004)." -> "following Boyle et al."
    if "[" in text:
        text = NUMBERED.sub("", text)
    return text
