"""What every question writer does: given a context and an answer span, write questions for it.

Card kinds that need no question writer (cloze, true/false) and the options of an MCQ are made by
``studygen.cards`` from the same requests, so every writer gets every kind for free, and every
question, whoever wrote it, passes the same validation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from studygen.models import AnswerType

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan


@dataclass(frozen=True)
class QuestionRequest:
    """Ask for a question whose answer is ``context[answer_start:answer_start + len(answer)]``.

    ``sentence_start``/``sentence_end`` delimit the sentence holding the answer inside ``context``.
    ``sent`` is that sentence's spaCy parse when the caller already has it (it saves a re-parse):
    its Doc's character 0 is ``context[doc_offset]``, it is sentence ``sentence_index`` of the
    context, and ``resolver`` (a ``studygen.coref.Resolver``) names what its pronouns stand for.
    """

    context: str
    answer: str
    answer_start: int
    sentence_start: int
    sentence_end: int
    answer_type: AnswerType = AnswerType.CONCEPT
    title: str = ""
    sent: SpacySpan | None = field(default=None, compare=False, repr=False)
    doc_offset: int = 0
    sentence_index: int = 0
    resolver: Any = field(default=None, compare=False, repr=False)

    @property
    def sentence(self) -> str:
        return self.context[self.sentence_start:self.sentence_end]

    @property
    def answer_end(self) -> int:
        return self.answer_start + len(self.answer)


@dataclass(frozen=True)
class QuestionDraft:
    """A question a writer proposes, before validation. ``template`` names what wrote it."""

    question: str
    template: str
    score: float = 0.0


class QuestionWriter(Protocol):
    """Writes questions for answer spans. Implementations are registered in ``studygen.generators``."""

    name: str

    def write(self, requests: list[QuestionRequest]) -> list[list[QuestionDraft]]:
        """For each request, the proposed questions, best first (an empty list when none)."""
        ...
