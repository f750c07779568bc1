"""Character-level clean-up of one line of text: what is invisible or unsafe goes, what is written stays.

NFC normalisation makes "é" one code point however it was typed; control characters, zero-width
and bidirectional controls are removed because they break sentence splitting and matching while
showing nothing. CJK text, emoji, curly quotes and dashes are kept exactly as written: they are
content, and compatibility normalisation (NFKC) would rewrite some of them.
"""

from __future__ import annotations

import re
import unicodedata

FORM_FEED = "\f"

# Zero-width characters and bidirectional controls: invisible, and they split words for a matcher.
# U+200D (zero-width joiner) is handled apart: inside an emoji sequence it is part of the emoji.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_ZWJ = "\u200d"
# Line and paragraph separators that are not "\n": read as a space so that line numbers stay the
# ones an editor shows.
_ODD_BREAKS = re.compile("[\u000b\u0085\u2028\u2029]")


def clean_line(line: str) -> str:
    """One line (without its newline) cleaned: tabs to spaces, invisible and control characters
    removed, NFC-normalised, trailing whitespace dropped. Form feeds are kept for the splitter."""
    line = line.replace("\t", " ")
    line = _ODD_BREAKS.sub(" ", line)
    line = _INVISIBLE.sub("", line)
    if _ZWJ in line:
        line = _drop_stray_joiners(line)
    if any(unicodedata.category(ch) == "Cc" for ch in line):
        line = "".join(ch for ch in line if ch == FORM_FEED or unicodedata.category(ch) != "Cc")
    # Only spaces are trimmed: a form feed at the end of a line is a separator, not whitespace.
    return unicodedata.normalize("NFC", line).rstrip(" ")


def strip_invisible(text: str) -> str:
    """``text`` without invisible characters: zero-width and bidirectional controls, stray joiners and
    control characters other than whitespace (which is left for the caller to fold). Exporters apply
    it to card text, which a hand-edited card file may have brought in unclean."""
    text = _INVISIBLE.sub("", text)
    if _ZWJ in text:
        text = _drop_stray_joiners(text)
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        text = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch) != "Cc")
    return text


def _drop_stray_joiners(line: str) -> str:
    """Remove zero-width joiners except between two symbols (the family and profession emoji)."""
    kept = []
    for i, ch in enumerate(line):
        if ch == _ZWJ:
            before = line[i - 1] if i else ""
            after = line[i + 1] if i + 1 < len(line) else ""
            if not (_is_symbol(before) and _is_symbol(after)):
                continue
        kept.append(ch)
    return "".join(kept)


def _is_symbol(ch: str) -> bool:
    # Emoji are "So"; a variation selector (U+FE0F) may sit between the emoji and the joiner.
    return bool(ch) and (unicodedata.category(ch) == "So" or ch == "\ufe0f")


def collapse_spaces(text: str) -> str:
    """Runs of spaces to one; the text is otherwise kept as written."""
    return re.sub(r" {2,}", " ", text).strip()


# Reference and maintenance marks that a copy of a web page (Wikipedia's above all) leaves in the
# text: "[12]", "[12]: 34", "[a]", "[note 1]", "[citation needed]", "[who?]", "[edit]". They are apparatus, not
# content: in a card they are noise, and "Delta.[1] It covers" hides a sentence boundary from the
# splitter. A space before the mark goes with it. "[sic]", "[...]", words a quotation adds ("[he]
# said") and an interval ("[0, 1]") are content and stay.
_REFERENCE_MARK = re.compile(
    r"(?<=\S)\[\d{1,3}(?:\s?[,\u2013-]\s?\d{1,3})+\]"  # [1, 2], [3-5] right after a word; "the interval [0, 1]" stays
    # [a]: a footnote, glued to its word; after a space ("initial [f]") a sound, which is content
    r"|(?<=\S)\[[a-z]\](?!\()(?::\s?\d{1,4}(?:[\u2013-]\d{1,4})?)?"
    r"|[ \u00a0]?\[(?:"
    r"\d{1,3}"  # [12]
    r"|(?:note|nb|n|lower-alpha|upper-alpha|upper-roman|lower-roman)\s?\d{1,3}"  # [note 1]
    r"|[A-Za-z][A-Za-z ,'\u2019\u2013-]{0,40}?(?:needed|\?)"  # [citation needed], [who?], [by whom?]
    r"|dubious(?:\s?[\u2013-]\s?discuss)?|failed verification|original research|vague|update"
    r"|edit|edit source"  # a saved page's section links: "History[edit]"
    r")\](?!\()(?::\s?\d{1,4}(?:[\u2013-]\d{1,4})?)?"  # a page: [12]: 34; "[a](url)" is a link
)


#: Characters of the International Phonetic Alphabet that no language's spelling uses (stress and
#: length marks, schwa, open o, esh...): a transcription, between slashes or brackets, holds one.
_IPA = "ˈˌːəɒʊɪʃʒθŋɑɔɛʌɜɡɐɨʉɯɤɵɘɞɶɓɗʄɠʛɦɬɮɹɻʀʁʂʐɕʑɲɳɴʔʕ"
# A parenthesis that gives a pronunciation: "The Danube (/ˈdænjuːb/ DAN-yoob; German: Donau
# [ˈdoːnaʊ]) is ...". Its words are the name spelled other ways, never card material, and
# its brackets break the sentence apart for the parser.
_PRONUNCIATION = re.compile(
    rf"[ \u00a0]?\((?=[^()]*(?:/[^/()]*[{_IPA}][^/()]*/|\[[^\[\]()]*[{_IPA}][^\[\]()]*\]))[^()]*\)")
#: What a textbook or paper numbers and points at: "Figure 4.3", "Fig. 2b", "Table 1", "Appendix B", "Eq. 3".
#: A paper's supplement numbers its own: "Supplementary Table S3", "Supplementary Fig. S1", "Extended Data Fig. 2".
FIGURE = (r"(?:(?:Supplementary|Suppl\.|Supporting|Extended\s+Data)\s+)?"
          r"(?:Figures?|Figs?\.|Tables?|Appendix|Appendices|Equations?|Eqs?\.|Exhibits?|Plates?|Boxes|Box)")
#: Its divisions, which a law or a company's filing numbers too ("Section 230", "Chapter 11 bankruptcy"):
#: a pointer only after "see" or with a dotted number ("Section 2.1").
DIVISION = r"(?:Sections?|Chapters?|Units?|Modules?|Lessons?)"
#: A part's number: "4.3", "2b", "1-2", "B", "IV".
PART_NUMBER = r"(?:S?\d+(?:[.\u2013-]\d+)*[a-z]?|[A-Z]\b|[IVXL]+\b)"
_PART = rf"(?:{FIGURE}\s*{PART_NUMBER}|{DIVISION}\s+\d+(?:\.\d+)+)"
_SEE = r"(?:see(?:\s+also)?|cf\.|compare|as\s+shown\s+in|shown\s+in|in)\s+"
# A parenthesis that only points at a figure, table or section: "(Figure 4.3)", "(see Figures 2 and
# 3)", "(cf. Table 1; Fig. 2b)", "(see Chapter 7)", and a figure's credit line ("(credit: work by X)").
# The card cannot show what it points at, and a blank inside it ("(Figure _____)") asks for a number
# no one learns. A space before it goes with it.
# A number holds its own range ("2-4"), so a dash is no separator here: two readings of "2-3-4" would
# make the matcher try every split of a long run of them.
_MORE_PARTS = rf"(?:\s*(?:,|;|&|and|or|to)\s*(?:(?:{FIGURE}\s*|{DIVISION}\s+)?{PART_NUMBER}|[a-z]\b))*"
_PART_POINTER = re.compile(
    rf"[ \u00a0]?\((?:(?:{_SEE})?{_PART}|{_SEE}{DIVISION}\s+{PART_NUMBER}){_MORE_PARTS}"
    r"(?:\s+for\s+(?:a|an|the|more)\b[^()]{0,40})?\)"  # "(see Table 5.1 for a summary)"
    r"|[ \u00a0]?\((?:image\s+|photo\s+)?credit\s*:[^()]{0,200}\)")  # "(credit: modification of work by X)"
# An audio link's label: "Johann Strauss II (listen)", "Donau ⓘ".
_AUDIO_LINK = re.compile(r"[ \u00a0]?(?:\((?:listen|help\u00b7info|help|info)\)|\u24d8)")


def drop_reference_marks(text: str) -> str:
    """``text`` without reference, footnote and maintenance marks ("[12]", "[a]", "[citation needed]"),
    audio links ("(listen)"), parentheses that give a pronunciation in phonetic script, and
    parentheses that only point at a figure, table or section of the document ("(see Figure 4.3)") or
    credit a figure ("(credit: work by X)")."""
    if "(" in text or "\u24d8" in text:
        text = _AUDIO_LINK.sub("", text)
        text = _PRONUNCIATION.sub("", text)
        text = _PART_POINTER.sub("", text)
    if "[" not in text:
        return text
    return _REFERENCE_MARK.sub("", text)
