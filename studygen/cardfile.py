"""The canonical card file: a dumped :class:`~studygen.models.Deck`, read back and validated again.

``studygen build`` writes it and ``studygen export`` reads it, so it is made to be edited by hand
between the two: cards deleted, questions reworded, answers fixed. :func:`load_deck` therefore
checks every card on its own and, on any problem, raises :class:`~studygen.errors.CardFileError` with
one line that names the file, the card (its number and guid) and the field. One forgiving rule: an
answer (or true/false fact) that was fixed by hand and no longer sits at its recorded offset is looked
for in its source sentence, and when it occurs there exactly once its offset is updated.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from studygen.errors import CardFileError
from studygen.models import Article, Card, CardKind, Deck

__all__ = ["dump_deck", "load_deck", "parse_deck"]

# The field a card-level rule is about, by the rule's stable error type (see studygen.models).
_FIELD_OF_ERROR = {
    "answer_in_question": "answer",
    "bad_options": "options",
    "no_question_mark": "question",
    "no_blank": "question",
    "missing_offset": "answer_start",
    "bad_source": "source_end",
    "bad_answer": "answer",
    "missing_fact": "fact",
}

_FRIENDLY_MESSAGE = {
    "missing": "is missing",
    "extra_forbidden": "is not a field of a card file (a typo?)",
}

_PREVIEW = 40


def dump_deck(deck: Deck) -> str:
    """The card file text of ``deck``: same deck, byte-identical text (no timestamps, stable order)."""
    data = deck.model_dump(mode="json")
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load_deck(path: str | Path) -> Deck:
    """Read and validate a card file, possibly edited by hand.

    Raises :class:`CardFileError` with one line naming the card and the field, e.g.
    ``cards.json: card 3 (guid 'Ab1'): answer: the answer 'xyz' appears in the question``.
    """
    path = Path(path)
    label = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CardFileError(f"{label}: no such card file") from None
    except IsADirectoryError:
        raise CardFileError(f"{label}: is a folder, not a card file") from None
    except OSError as error:
        raise CardFileError(f"{label}: cannot read: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CardFileError(f"{label}: not UTF-8 text (byte {error.start})") from None
    return parse_deck(text, label)


def parse_deck(text: str, label: str = "cards.json") -> Deck:
    """Validate card file ``text``; ``label`` names the file in error messages."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CardFileError(f"{label}: not valid JSON at line {error.lineno} column {error.colno}: "
                            f"{error.msg}") from None
    except RecursionError:
        raise CardFileError(f"{label}: not a card file (its JSON is nested too deeply)") from None
    return _Reader(label).read(data)


def _preview(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= _PREVIEW else text[:_PREVIEW - 1] + "…"


def _field_path(loc: tuple[Any, ...]) -> str:
    """('options', 2) -> 'options[2]'; ('headings', 0, 'end') -> 'headings[0].end'."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def _fill_conversions(message: str, context: dict[str, Any]) -> str:
    """Fill ``{name!r}`` placeholders, which pydantic's message templates leave unformatted."""
    def fill(match: re.Match[str]) -> str:
        if match[1] not in context:
            return match[0]
        value = context[match[1]]
        return repr(value) if match[2] == "r" else str(value)

    return re.sub(r"\{(\w+)!([rs])\}", fill, message)


def _describe(error: Any, field_names: set[str] | None = None) -> tuple[str, str]:
    """(field, message) of one pydantic error, for one line of text."""
    kind = error.get("type", "")
    message = _FRIENDLY_MESSAGE.get(kind) or _fill_conversions(str(error.get("msg", "is not valid")),
                                                                error.get("ctx") or {})
    field = _field_path(tuple(error.get("loc", ())))
    if not field:
        field = _FIELD_OF_ERROR.get(kind, "")
    if not field and field_names:
        # Rules such as "question is empty" name their field first.
        first = message.split(" ", 1)[0]
        field = first if first in field_names else ""
    if not field and kind == "field_too_long" and "option" in message:
        field = "options"
    return field, message


class _Reader:
    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, where: str, field: str, message: str) -> CardFileError:
        parts = [self.label, where, field, message]
        return CardFileError(": ".join(part for part in parts if part))

    def read(self, data: Any) -> Deck:
        if not isinstance(data, dict):
            raise self.fail("", "", "not a studygen card file (expected a JSON object with "
                                    "'name', 'articles' and 'cards')")
        broken = _half_character(data)
        if broken is not None:
            raise self._half_character_error(data, *broken)
        if data.get("format", "studygen.cards") != "studygen.cards":
            raise self.fail("", "format", f"{_preview(data.get('format'))!r} is not a studygen card "
                                          "file; expected 'studygen.cards'")
        if data.get("version", 1) != 1:
            raise self.fail("", "version", f"version {_preview(data.get('version'))} is not supported "
                                           "by this studygen (it reads version 1)")
        for key in ("articles", "cards"):
            if key not in data:
                raise self.fail("", key, "is missing")
            if not isinstance(data[key], list):
                raise self.fail("", key, "must be a list")

        articles = self._articles(data["articles"])
        cards = self._cards(data["cards"], {a.id: a for a in articles})
        top = {k: v for k, v in data.items() if k not in ("articles", "cards")}
        try:
            return Deck.model_validate({**top, "articles": articles, "cards": cards})
        except ValidationError as error:
            # Every card and article was checked above, so what is left is about the deck itself.
            field, message = _describe(error.errors()[0])
            raise self.fail("", field, message) from None

    def _half_character_error(self, data: dict[str, Any], path: tuple[Any, ...], key: bool) -> CardFileError:
        """An escape such as \\ud800 that is half of a character: no output format can hold it."""
        where, rest = "", path
        if len(path) >= 2 and path[0] in ("articles", "cards") and isinstance(path[1], int):
            item = data[path[0]][path[1]]
            ident = item.get("guid" if path[0] == "cards" else "id") if isinstance(item, dict) else None
            label = "guid" if path[0] == "cards" else "id"
            where = f"{path[0][:-1]} {path[1] + 1}" + (
                f" ({label} {_preview(ident)!r})" if isinstance(ident, str) and not _SURROGATE.search(ident) else "")
            rest = path[2:]
        what = "a field name holds" if key else "holds"
        return self.fail(where, _field_path(rest), f"{what} a lone UTF-16 surrogate (a \\u escape that is "
                                                    "half of a character), which no text file can hold")

    def _articles(self, items: list[Any]) -> list[Article]:
        articles: list[Article] = []
        first_of: dict[str, int] = {}
        for number, item in enumerate(items, start=1):
            ident = item.get("id") if isinstance(item, dict) else None
            where = f"article {number}" + (f" (id {_preview(ident)!r})" if isinstance(ident, str) else "")
            if not isinstance(item, dict):
                raise self.fail(where, "", "must be a JSON object")
            article = self._validate(Article, item, where)
            if article.id in first_of:
                raise self.fail(where, "id", f"is used by article {first_of[article.id]} too")
            first_of[article.id] = number
            articles.append(article)
        return articles

    def _cards(self, items: list[Any], articles: dict[str, Article]) -> list[Card]:
        cards: list[Card] = []
        first_of: dict[str, int] = {}
        for number, item in enumerate(items, start=1):
            guid = item.get("guid") if isinstance(item, dict) else None
            where = f"card {number}" + (f" (guid {_preview(guid)!r})" if isinstance(guid, str) else "")
            if not isinstance(item, dict):
                raise self.fail(where, "", "must be a JSON object")
            card = self._validate(Card, item, where)
            if card.guid in first_of:
                raise self.fail(where, "guid", f"is used by card {first_of[card.guid]} too")
            first_of[card.guid] = number
            article = articles.get(card.article_id)
            if article is None:
                raise self.fail(where, "article_id", f"{_preview(card.article_id)!r} names no article "
                                                     "in this file")
            cards.append(self._grounded(card, article.text, where))
        return cards

    def _validate(self, model: type[BaseModel], item: dict[str, Any], where: str) -> Any:
        try:
            return model.model_validate(item)
        except ValidationError as error:
            field, message = _describe(error.errors()[0], set(model.model_fields))
            raise self.fail(where, field, message) from None

    def _grounded(self, card: Card, text: str, where: str) -> Card:
        """``card`` with its answer (or fact) offset checked against the article, re-located if a hand
        edit moved the span inside its source sentence."""
        if card.source_end > len(text):
            raise self.fail(where, "source_end", f"{card.source_end} lies beyond the end of the article "
                                                 f"({len(text)} characters)")
        if card.kind is CardKind.TRUE_FALSE:
            field, offset_field, span, start = "fact", "fact_start", card.fact or "", card.fact_start or 0
        else:
            field, offset_field, span, start = "answer", "answer_start", card.answer, card.answer_start or 0
        if text[start:start + len(span)] != span:
            start = self._relocate(span, text, card, where, field)
            card = card.model_copy(update={offset_field: start})
        if not (card.source_start <= start and start + len(span) <= card.source_end):
            raise self.fail(where, field, f"{_preview(span)!r} at offset {start} lies outside its source "
                                          f"sentence ({card.source_start}-{card.source_end})")
        return card

    def _relocate(self, span: str, text: str, card: Card, where: str, field: str) -> int:
        sentence = text[card.source_start:card.source_end]
        hits = _occurrences(span, sentence)
        if len(hits) == 1:
            return card.source_start + hits[0]
        if not hits:
            raise self.fail(where, field, f"{_preview(span)!r} does not occur in its source sentence "
                                          f"{_preview(sentence)!r}")
        raise self.fail(where, field, f"{_preview(span)!r} occurs {len(hits)} times in its source "
                                      f"sentence; set {field}_start to the one meant")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _half_character(value: Any, path: tuple[Any, ...] = ()) -> tuple[tuple[Any, ...], bool] | None:
    """Where the first lone surrogate in parsed JSON is: (path, whether it is in a key), or None."""
    if isinstance(value, str):
        return (path, False) if _SURROGATE.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            if _SURROGATE.search(key):
                return (path, True)
            found = _half_character(item, (*path, key))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _half_character(item, (*path, index))
            if found is not None:
                return found
    return None


def _occurrences(span: str, sentence: str) -> list[int]:
    """Offsets of ``span`` in ``sentence`` as a whole word or phrase (not inside a longer word)."""
    if not span:
        return []
    before = r"(?<!\w)" if re.match(r"\w", span) else ""
    after = r"(?!\w)" if re.search(r"\w$", span) else ""
    pattern = re.compile(before + re.escape(span) + after)
    hits: list[int] = []
    position = 0
    while (match := pattern.search(sentence, position)) is not None:
        hits.append(match.start())
        position = match.start() + 1
    return hits
