"""Errors of the signalling domain: one family (ScreeningError), each with a Dutch message."""

from __future__ import annotations

from collections.abc import Sequence


class ScreeningError(ValueError):
    """Base class: the message is Dutch and can be shown to the user as it is."""


class CatalogueError(ScreeningError):
    """A catalogue file is missing, is not valid JSON or does not describe a valid catalogue.

    ``problems`` lists every problem found, each naming where it is ("risk_items[3] (schulden).domain: ...").
    """

    def __init__(self, origin: str, problems: Sequence[str]) -> None:
        self.origin = origin
        self.problems = list(problems)
        lines = "\n".join(f"- {p}" for p in self.problems)
        super().__init__(f"Catalogus {origin} is ongeldig:\n{lines}")


class UnknownCodeError(ScreeningError):
    """An assessment names codes (or statuses) that the catalogue does not know."""

    def __init__(self, message: str, codes: Sequence[str]) -> None:
        self.codes = list(codes)
        super().__init__(message)
