"""The question families, one module each, beside its template ``templates/questions/<name>.toml``.

A family module says which templates word its questions and writes them::

    TEMPLATES = ("definition",)   # the template files it reads, by name
    ORDER = 10                    # families are tried in this order; their questions ranked by score
    FALLBACK = False              # a fallback of the answer-aware API: may read "its X" as "the X"
    ANY_SPAN = False              # may ask about an answer that is not one phrase (a verb phrase)

    def questions(q: Question) -> list[QuestionDraft]: ...   # raise Unrealisable when it cannot

Adding a family is one module here and one template beside the others; nothing else names them.
"""

from __future__ import annotations

import pkgutil
from importlib import import_module
from types import ModuleType

#: A family module (see the module docstring for what it defines).
FamilyModule = ModuleType


def question_families() -> list[FamilyModule]:
    """Every family module of this package, in the order they are tried."""
    modules = [import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)]
    return sorted(modules, key=lambda module: module.ORDER)
