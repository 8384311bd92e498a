"""Code lists for signalling. Stable string values (stored with assessments); Dutch labels for the UI."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """Level of vulnerability (kwetsbaarheid) per the Rotterdam definition, lowest to highest by ``rank``.

    Compare levels with ``rank``, never with ``<`` on the values (they are strings).
    """

    GEEN = "geen"
    POTENTIEEL = "potentieel"
    KWETSBAAR = "kwetsbaar"
    URGENT = "urgent"

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]

    @property
    def label(self) -> str:
        return LABELS[self]


_LEVEL_RANK = {Level.GEEN: 0, Level.POTENTIEEL: 1, Level.KWETSBAAR: 2, Level.URGENT: 3}


class RiskStatus(StrEnum):
    """Status of a risk item in an assessment; ``verleden`` (history) is shown but never counted."""

    ACTUAL = "actueel"
    SUSPECTED = "vermoeden"
    PAST = "verleden"

    @property
    def counted(self) -> bool:
        return self is not RiskStatus.PAST

    @property
    def label(self) -> str:
        return LABELS[self]


class RiskSubject(StrEnum):
    """Whom a risk item concerns (stored per item by an assessment; not used by the classification)."""

    CLIENT = "cliente"
    PARTNER = "partner"
    FAMILY = "gezin"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS: dict[StrEnum, str] = {
    Level.URGENT: "Zeer kwetsbaar (urgent)",
    Level.KWETSBAAR: "Kwetsbaar",
    Level.POTENTIEEL: "Potentieel kwetsbaar",
    Level.GEEN: "Geen kwetsbaarheid gesignaleerd",
    RiskStatus.ACTUAL: "Actueel",
    RiskStatus.SUSPECTED: "Vermoeden",
    RiskStatus.PAST: "Verleden",
    RiskSubject.CLIENT: "Cliënte",
    RiskSubject.PARTNER: "Partner",
    RiskSubject.FAMILY: "Gezin",
}


def label(code: StrEnum) -> str:
    """Dutch label of a code (the UI wraps it in tr())."""
    return LABELS.get(code, str(code))
