"""Errors a user sees: each names the input and what is wrong with it."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class for every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input that cannot be ingested: which file (and line), and why."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class StoreError(NewsgraphError):
    """The store cannot be opened or is of a schema this version does not know."""
