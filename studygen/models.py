"""The data of studygen, described once.

Data flows one way: ``Article -> Sentence -> AnswerCandidate -> Card -> Deck``. Every stage is a
pydantic model, so every stage can be dumped as JSON, read back and tested alone. The canonical card
file that ``studygen build`` writes and ``studygen export`` reads is a dumped :class:`Deck`.

Rules that make a card *invalid* (an answer that is not where it claims to be, an answer inside its
own question, an MCQ whose options do not hold the answer exactly once) live here, as validators with
stable error types, so that the generator's rejects, a hand-edited card file and the exporters all
agree on what a valid card is. Rules of *quality* (bare pronouns, near-duplicates) live in
``studygen.validate``.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

#: Longest question or answer a card may carry; longer ones are not flashcard material.
MAX_QUESTION_CHARS = 400
MAX_ANSWER_CHARS = 120
MAX_OPTION_CHARS = 160


class StrictModel(BaseModel):
    """Base for every model: unknown fields are an error, so a typo in an edited file is caught."""

    # Not a number is no score nor offset: a card file that says NaN is refused, not written back.
    model_config = ConfigDict(extra="forbid", validate_assignment=False, allow_inf_nan=False)


NonEmpty = Annotated[str, StringConstraints(min_length=1)]


class Span(StrictModel):
    """A character range ``[start, end)`` in an article's text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise PydanticCustomError("span_order", "end ({end}) is before start ({start})",
                                      {"start": self.start, "end": self.end})
        return self


class Article(StrictModel):
    """One article: the text cards are made from, and where it came from."""

    id: NonEmpty = Field(description="Stable id from the normalised content, e.g. 'a-3f2c91d07b1e'.")
    title: NonEmpty
    text: str = Field(description="Card material: the body, without bylines, bios or credits.")
    source: str = Field(description="Where the article was read: a path, or '-' for standard input.")
    start_line: int | None = Field(default=None, description="First line in the source file (1-based).")
    end_line: int | None = Field(default=None, description="Last line in the source file (inclusive).")
    boundary: str = Field(default="start of input", description="Why the article starts where it does.")
    headings: list[Span] = Field(default_factory=list,
                                 description="Heading spans inside text: structure, not card material.")
    metadata: list[str] = Field(default_factory=list,
                                description="Bylines, author bios, photo credits, 'Read more' lines.")

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def words(self) -> int:
        return len(self.text.split())


class Sentence(StrictModel):
    """A sentence of an article, with exact character offsets into ``Article.text``."""

    index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    paragraph: int = Field(ge=0)
    complete: bool = Field(default=True, description="False for a sentence cut off mid-way.")


class AnswerType(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    GROUP = "group"
    DATE = "date"
    TIME = "time"
    NUMBER = "number"
    ORDINAL = "ordinal"
    QUANTITY = "quantity"
    PERCENT = "percent"
    MONEY = "money"
    EVENT = "event"
    LAW = "law"
    WORK = "work"
    PRODUCT = "product"
    LANGUAGE = "language"
    CONCEPT = "concept"
    CLAUSE = "clause"


class AnswerCandidate(StrictModel):
    """A span of an article worth asking about."""

    text: NonEmpty
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: int = Field(ge=0, description="Index of the sentence that holds the span.")
    type: AnswerType
    origin: Literal["entity", "noun_chunk", "number"] = "entity"
    salience: float = 0.0
    flaw: str | None = Field(default=None, description="Why no card asks for it (a reject reason), if none should.")


class CardKind(StrEnum):
    BASIC = "basic"
    CLOZE = "cloze"
    MCQ = "mcq"
    TRUE_FALSE = "true_false"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


TRUE_FALSE_ANSWERS = ("True", "False")
CLOZE_BLANK = "_____"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d\"'`]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def whole_word(text: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for ``text`` as a whole word or phrase: "Kim" but not "Kimball"."""
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", flags)


def contains_phrase(haystack: str, needle: str) -> bool:
    """True when ``needle`` occurs in ``haystack`` as whole words, ignoring case, quotes and spacing."""
    needle_n = _norm(needle)
    if not needle_n:
        return False
    return whole_word(needle_n).search(_norm(haystack)) is not None


class Card(StrictModel):
    """One study item. ``answer_start`` points at ``answer`` in its article's text.

    For ``true_false`` cards the answer is ``True`` or ``False`` and the tested span is ``fact`` at
    ``fact_start``; a false statement swapped that span for ``swapped_in``.
    """

    guid: NonEmpty
    article_id: NonEmpty
    kind: CardKind
    question: str = Field(description="Basic/MCQ: the question. Cloze: the sentence with the answer "
                                      "blanked. True/false: the statement.")
    answer: str
    answer_start: int | None = Field(default=None, ge=0)
    source_start: int = Field(ge=0, description="Start of the sentence that supports the card.")
    source_end: int = Field(ge=0, description="End of the sentence that supports the card.")
    answer_type: AnswerType = AnswerType.CONCEPT
    difficulty: Difficulty = Difficulty.MEDIUM
    options: list[str] = Field(default_factory=list, description="MCQ choices; the answer exactly once.")
    fact: str | None = Field(default=None, description="True/false: the span the statement tests.")
    fact_start: int | None = Field(default=None, ge=0)
    swapped_in: str | None = Field(default=None, description="True/false: the distractor of a false one.")
    tags: list[str] = Field(default_factory=list)
    template: str = Field(default="", description="The template or generator that wrote the question.")
    score: float = 0.0

    @model_validator(mode="before")
    @classmethod
    def _strip(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in ("question", "answer"):
                if isinstance(data.get(key), str):
                    data = {**data, key: data[key].strip()}
        return data

    @model_validator(mode="after")
    def _card_rules(self) -> Card:
        if not self.question:
            raise PydanticCustomError("empty_field", "question is empty")
        if not self.answer:
            raise PydanticCustomError("empty_field", "answer is empty")
        if len(self.question) > MAX_QUESTION_CHARS:
            raise PydanticCustomError("field_too_long", "question is longer than {n} characters",
                                      {"n": MAX_QUESTION_CHARS})
        if self.source_end <= self.source_start:
            raise PydanticCustomError("bad_source", "source_end must be after source_start")
        if self.kind is CardKind.TRUE_FALSE:
            if self.answer not in TRUE_FALSE_ANSWERS:
                raise PydanticCustomError("bad_answer", "a true_false answer is 'True' or 'False'")
            if self.fact is None or self.fact_start is None:
                raise PydanticCustomError("missing_fact", "a true_false card needs fact and fact_start")
            if (self.answer == "False") != bool(self.swapped_in):
                raise PydanticCustomError("bad_answer",
                                          "a false statement names swapped_in; a true one does not")
            return self
        if self.answer_start is None:
            raise PydanticCustomError("missing_offset", "answer_start is required for a {kind} card",
                                      {"kind": self.kind.value})
        if len(self.answer) > MAX_ANSWER_CHARS:
            raise PydanticCustomError("field_too_long", "answer is longer than {n} characters",
                                      {"n": MAX_ANSWER_CHARS})
        if self.kind in (CardKind.BASIC, CardKind.MCQ) and not self.question.endswith("?"):
            raise PydanticCustomError("no_question_mark", "a question must end with a question mark")
        if self.kind is CardKind.CLOZE and self.question.count(CLOZE_BLANK) != 1:
            # Two blanks leave the exports to guess which one the answer fills.
            raise PydanticCustomError("no_blank", "a cloze question must hold the blank {blank} exactly once",
                                      {"blank": CLOZE_BLANK})
        if contains_phrase(self.question, self.answer):
            raise PydanticCustomError("answer_in_question", "the answer '{answer}' appears in the question",
                                      {"answer": self.answer})
        if self.kind is CardKind.MCQ:
            matches = [o for o in self.options if _norm(o) == _norm(self.answer)]
            if len(matches) != 1 or len(self.options) < 2:
                raise PydanticCustomError("bad_options", "MCQ options must hold the answer exactly once")
            normed = [_norm(o) for o in self.options]
            if len(set(normed)) != len(normed) or any(not o for o in normed):
                raise PydanticCustomError("bad_options", "MCQ options must be distinct and non-empty")
            for option in self.options:
                if len(option) > MAX_OPTION_CHARS:
                    raise PydanticCustomError("field_too_long", "an option is longer than {n} characters",
                                              {"n": MAX_OPTION_CHARS})
                if option is not matches[0] and (contains_phrase(option, self.answer)
                                                 or contains_phrase(self.answer, option)):
                    raise PydanticCustomError("bad_options",
                                              "distractor '{option}' contains or is inside the answer",
                                              {"option": option})
        elif self.options:
            raise PydanticCustomError("bad_options", "only mcq cards have options")
        return self

    def grounding_error(self, article_text: str) -> str | None:
        """Why this card is not grounded in ``article_text``, or None when it is."""
        if self.source_end > len(article_text):
            return "source sentence lies beyond the end of the article"
        if self.kind is CardKind.TRUE_FALSE:
            span, start, label = self.fact or "", self.fact_start or 0, "fact"
        else:
            span, start, label = self.answer, self.answer_start or 0, "answer"
        if article_text[start:start + len(span)] != span:
            return f"{label} {span!r} is not at offset {start} of the article"
        if not (self.source_start <= start and start + len(span) <= self.source_end):
            return f"{label} lies outside its source sentence"
        return None


class Deck(StrictModel):
    """The canonical card file: articles and the cards made from them."""

    format: Literal["studygen.cards"] = "studygen.cards"
    version: Literal[1] = 1
    name: NonEmpty = Field(description="The deck name; Anki subdecks are 'name::article title'.")
    articles: list[Article]
    cards: list[Card]

    @model_validator(mode="after")
    def _consistent(self) -> Deck:
        texts = {a.id: a.text for a in self.articles}
        if len(texts) != len(self.articles):
            raise PydanticCustomError("duplicate_article", "two articles share one id")
        seen: set[str] = set()
        for i, card in enumerate(self.cards):
            where = f"card {i + 1} ({card.guid})"
            if card.article_id not in texts:
                raise PydanticCustomError("unknown_article", "{where}: article_id {aid!r} names no article",
                                          {"where": where, "aid": card.article_id})
            problem = card.grounding_error(texts[card.article_id])
            if problem:
                raise PydanticCustomError("not_grounded", "{where}: {problem}",
                                          {"where": where, "problem": problem})
            if card.guid in seen:
                raise PydanticCustomError("duplicate", "{where}: guid is used twice", {"where": where})
            seen.add(card.guid)
        return self

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)


class ArticleReport(StrictModel):
    """What happened to one article during a build; a row of the summary table."""

    article_id: str
    title: str
    words: int
    sentences: int
    candidates: int
    kept: int
    rejects: dict[str, int] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)


class Rejection(StrictModel):
    """A card the pipeline wrote and threw away, and why (shown by ``--explain``)."""

    article_id: str
    reason: str
    detail: str
    question: str
    answer: str
    template: str = ""


def slugify(text: str, max_length: int = 60) -> str:
    """A file-name-safe, lower-case ASCII slug; never empty, never a path."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or "untitled"
