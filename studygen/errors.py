"""Errors a user can act on. The CLI maps them to exit codes in one place (``studygen.cli``)."""

from __future__ import annotations


class StudygenError(Exception):
    """A failure with a one-line message meant for the user. Exit code 1: the run failed."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(StudygenError):
    """Bad input or bad usage: a missing path, an unreadable file, a broken card file. Exit code 2."""

    exit_code = 2


class CardFileError(InputError):
    """A card file that does not validate; the message names the card and the field."""


class ModelError(StudygenError):
    """A model that cannot be found or loaded."""


class ModelPathError(ModelError):
    """A model path the user gave that does not exist or holds no model. Exit code 2: bad input."""

    exit_code = 2


class OutputError(StudygenError):
    """An output folder or file that cannot be written. Exit code 2: it is the user's path."""

    exit_code = 2


class NoCardsError(StudygenError):
    """Nothing worth a card was found: no deck is written rather than an empty one."""
