"""Bylines, author bios, photo credits, promotions and datelines: kept as metadata, not card material.

A dateline is either a paragraph that is only a date ("Wednesday, April 13, 2011", role ``dateline``)
or a wire-service lead-in ("WASHINGTON (Reuters) -"), which is taken off the front of its paragraph.

Each detector describes the *shape* such a line has in any publication ("By <Name>", "<Name> is a
<role> at <Organisation>", "Photo: ...", "Read more ...", "WASHINGTON (Reuters) -"), never the text of
a particular article. An author bio also closes an article, which the splitter uses as a boundary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studygen.ingest.blocks import CONTENT, HEADING, Block

BYLINE = "byline"
BIO = "bio"
CREDIT = "credit"
PROMO = "promo"
DATELINE = "dateline"

# A personal name: two to four capitalised words or initials, with the usual particles.
_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]+|[A-Z]\.)"
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|la|le|bin|al|el|di|du|dos|ten|ter|y)"
NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}}"

_BYLINE = re.compile(
    rf"^(?i:by|written by|words by|story by|text by|posted by|author:?)\s+{NAME}"
    rf"(?:(?:\s*,\s*|\s+(?:and|&)\s+){NAME})*(?:\s*(?:[,|\u2013\u2014-]|\bin\b)\s*.{{0,80}})?$"
)
# Wire-service credits close an article: "Reporting by ...; Editing by ...".
_CLOSING_BYLINE = re.compile(
    r"^(?:\(?\s*(?i:(?:additional )?(?:reporting|writing|editing|compiled|translated|research) by)\b"
    rf"|[\u2014\u2013-]{{1,2}}\s*{NAME}\s*$)"
)
_CREDIT = re.compile(
    r"^\(?\s*(?:top |main |cover |header |lead )?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|"
    r"graphics?|videos?|credits?|photo credit|image credit|source)\s*(?:credit\s*)?"
    r"(?::|\bby\b|\bcourtesy\b|\u00a9|\u2014|\u2013|\s-\s)",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(r"Getty Images|Shutterstock|AP Photo|Alamy|iStock|Reuters/|AFP/|EPA/|\u00a9")
_PROMO = re.compile(
    r"^(?:read more|read also|also read|read the full|read next|related(?: articles?| stories| coverage)?\s*:"
    r"|recommended\s*:|more from\b|more on this|see also\s*:|subscribe\b|sign up\b|follow (?:us|@)"
    r"|click here|continue reading|advertisement$|sponsored(?: content)?$|share this|share on\b"
    r"|listen to this article|download (?:the|our) app"
    r"|this (?:article|story) (?:was |first )?(?:originally )?(?:published|appeared)"
    r"|originally published|copyright (?:\u00a9|\(c\)|\d{4})|\u00a9|all rights reserved)",
    re.IGNORECASE,
)
_BIO_SUBJECT = re.compile(
    rf"^(?:(?i:the (?:author|writer)s?)\b(?: of this (?:article|piece))?|(?P<name>{NAME})"
    rf"(?:\s+and\s+{NAME})?(?:\s*\([^)]{{1,40}}\))?(?:\s*,\s*[^,]{{3,80}},)?)"
    # Present tense: a bio introduces a living author; "X was a physicist" opens a biography.
    r"\s+(?:is|are|has been|serves as|works as|teaches|writes|covers|reports)\b"
)
_ROLE = re.compile(
    r"\b(?:fellow|professor|lecturer|author|editor|writer|journalist|correspondent|columnist|reporter|"
    r"contributor|director|analyst|researcher|scholar|founder|co-founder|president|chair(?:man|woman)?|"
    r"economist|consultant|partner|chief|head|officer|secretary|minister|ambassador|advis[eo]r|"
    r"student|candidate|commentator|host|producer|historian|scientist|specialist|expert|lawyer|"
    r"attorney|teacher|doctor|physician|engineer|novelist|poet|blogger|freelance|associate|assistant)s?\b",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|{_DAY}\s+{_MONTH}(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
# A paragraph that is only a date, as news stories open: "Wednesday, April 13, 2011", "PARIS, 13 April
# 2011", "Published: Apr. 13, 2011, 10:30 a.m.". Metadata, not an article of its own.
_DATE_LINE = re.compile(
    rf"^(?:(?i:published|posted|updated|last updated|date)\s*:?\s*|[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*,\s+"
    r"(?:[A-Z][a-z]{1,5}\.,\s+)?)?"  # "GETTYSBURG, Pa., Thursday, Nov. 19, 1863."
    rf"(?:{_WEEKDAY},?\s+)?{_DATE}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\.?\s*$"
)
_AFFILIATION = re.compile(r"\b(?:at|of|for|with|in)\s+(?:the\s+)?[A-Z][\w&'\u2019.-]*|\bauthor of\b")
# A place in capitals, with up to four words after it: "TURKU, Finland", "KENNEDY SPACE CENTER, Fla.".
_DATELINE_PLACE = r"[A-Z][A-Z.'\u2019-]{2,}(?:[ ,]+[A-Z][A-Za-z.'\u2019-]*){0,4}"
# The place's date, in any order and with a weekday: "June 21.", "Tuesday, May 14, 1940", "16 August 2009".
_DATELINE_DATE = rf",\s*(?:{_WEEKDAY},?\s+)?{_DATE}"
_DATELINE = re.compile(
    rf"^(?P<dateline>(?:{_DATELINE_PLACE}(?:{_DATELINE_DATE}\.?)?\s*(?:\([A-Za-z. ]{{2,20}}\))?"
    r"|\((?:Reuters|AP|AFP|CNA|Bloomberg|dpa|Xinhua|UPI)\))\s*[\u2014\u2013-]{1,2}"
    # Older papers end the dateline with a full stop: "ATHENS, April 6. The Olympic Games ...".
    rf"|{_DATELINE_PLACE}{_DATELINE_DATE}\.)\s+(?=[A-Z\"\u201c\u2018])"
)

#: Bios and credits are short; a long paragraph that happens to match a pattern is content.
MAX_BIO_WORDS = 70
MAX_LINE_WORDS = 40


def classify(blocks: Sequence[Block]) -> None:
    """Set ``role`` on each block that is a byline, bio, credit or promotion, and move a news
    dateline at the start of a paragraph into that block's ``metadata``."""
    for i, block in enumerate(blocks):
        role = line_role(block.text)
        # The byline naming the author does not make the author a subject.
        nearby = [b for b in (*blocks[max(0, i - 12):i], *blocks[i + 1:i + 13]) if b.role == CONTENT]
        if role is None and block.kind != HEADING and _is_bio(block.text, nearby):
            role = BIO
        if role is not None:
            block.role = role
            continue
        if block.kind != HEADING:
            _take_dateline(block)


def line_role(text: str) -> str | None:
    """The metadata role of a short line, or None for content."""
    words = len(text.split())
    if words > MAX_LINE_WORDS:
        return None
    # A byline or credit is a label, not a sentence: "By Christmas Day, the troops had left." is
    # content, and so is "Images by the telescope show ... ." when it runs on.
    sentence = words > 6 and text.rstrip().endswith(".")
    if (_BYLINE.match(text) and words <= 20 and not sentence) or _CLOSING_BYLINE.match(text):
        return BYLINE
    if words <= 25 and (_CREDIT.match(text) and not sentence or words <= 15 and _AGENCY_CREDIT.search(text)):
        return CREDIT
    if _PROMO.match(text):
        return PROMO
    if words <= 12 and _DATE_LINE.match(text.strip()) and re.search(rf"\d{{4}}|^{_WEEKDAY}|\s{_WEEKDAY}", text):
        return DATELINE  # with a year or a weekday: "April 13" alone may be a timeline's heading
    return None


def is_closing(block: Block) -> bool:
    """A block that ends an article when content follows it: a bio or a closing credit line."""
    return block.role == BIO or (block.role == BYLINE and bool(_CLOSING_BYLINE.match(block.text)))


def is_opening_byline(block: Block) -> bool:
    """A byline that opens an article ("By Jane Roe"), as opposed to a closing credit line."""
    return block.role == BYLINE and not _CLOSING_BYLINE.match(block.text)


def _is_bio(text: str, nearby: Sequence[Block]) -> bool:
    """'<Name> is a <role> at <Organisation> ...': short, about a person, with a role and an
    affiliation. A person the neighbouring paragraphs talk about is the article's subject (the
    opening of a biography, a profile), not its author."""
    if len(text.split()) > MAX_BIO_WORDS or len(re.findall(r"[.!?](?:\s|$)", text)) > 3:
        return False
    match = _BIO_SUBJECT.match(text)
    if not match or not _ROLE.search(text) or not _AFFILIATION.search(text[match.end():]):
        return False
    name = match.group("name")
    if name:
        surname = name.split()[-1]
        if any(re.search(rf"\b{re.escape(surname)}\b", b.text) for b in nearby):
            return False
    return True


def _take_dateline(block: Block) -> None:
    match = _DATELINE.match(block.text)
    if not match or len(block.text[match.end():].split()) < 8:
        return
    block.metadata.append(match.group("dateline").rstrip(" -\u2013\u2014"))
    block.text = block.text[match.end():]
