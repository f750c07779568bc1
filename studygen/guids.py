"""Stable identities: article ids from content, card GUIDs from the fields that identify a card."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def normalise_for_identity(text: str) -> str:
    """The content that identifies a text: NFC, case-folded, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def article_id(text: str) -> str:
    """A content id that survives moving or renaming the file, and re-wrapping its lines."""
    digest = hashlib.sha256(normalise_for_identity(text).encode("utf-8")).hexdigest()
    return f"a{digest[:15]}"


def card_guid(article_id: str, source_sentence: str, answer: str, kind: str) -> str:
    """The Anki note GUID of a card: a rebuild that rewords the question keeps the note (and the
    learner's review history), because the wording is not part of the identity.

    Hexadecimal, so that a GUID never starts with a character a spreadsheet reads as a formula
    (``= + - @``) or Anki's text import as a comment (``#``): the TSV's GUID column is copied byte
    for byte."""
    fields = ("studygen", article_id, normalise_for_identity(source_sentence),
              normalise_for_identity(answer), kind)
    digest = hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()
    return f"sg{digest[:18]}"
