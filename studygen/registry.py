"""Registries of named components (generators, exporters), imported only when first used.

A new generator or export format is one new module and one line in its registry: the name and the
``module:attribute`` that implements it. Entries are imported lazily, so ``studygen --help`` stays
instant however heavy a component is.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from typing import Generic, TypeVar

from studygen.errors import InputError

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, kind: str, entries: dict[str, str]) -> None:
        self.kind = kind
        self._entries = dict(entries)
        self._loaded: dict[str, T] = {}

    def register(self, name: str, target: str) -> None:
        """Add ``name`` -> ``"package.module:attribute"``."""
        self._entries[name] = target
        self._loaded.pop(name, None)

    def names(self) -> list[str]:
        return list(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def get(self, name: str) -> T:
        if name not in self._entries:
            raise InputError(f"unknown {self.kind} {name!r}; choose from: {', '.join(self._entries)}")
        if name not in self._loaded:
            module_name, _, attribute = self._entries[name].partition(":")
            self._loaded[name] = getattr(import_module(module_name), attribute)
        return self._loaded[name]
