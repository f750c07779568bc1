"""Question writers, by name. A new generator is one module and one line here."""

from __future__ import annotations

from studygen.generators.base import QuestionRequest, QuestionWriter
from studygen.registry import Registry

generators: Registry[type[QuestionWriter]] = Registry("generator", {
    "templates": "studygen.generators.templates:TemplateWriter",
    "llm": "studygen.generators.llm:LLMWriter",
})

__all__ = ["QuestionRequest", "QuestionWriter", "generators"]
