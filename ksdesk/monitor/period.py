"""The period a monitor export covers: a year, a quarter, or a from–to range of dates (both inclusive)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class PeriodKind(StrEnum):
    YEAR = "jaar"
    QUARTER = "kwartaal"
    RANGE = "van_tot"


class PeriodError(ValueError):
    """A period that cannot be read; the message is Dutch and says what is accepted."""


PERIOD_HELP = "Geef een jaar (2026), een kwartaal (2026-K3) of van:tot (01-01-2026:30-06-2026)."


@dataclass(frozen=True, slots=True)
class Period:
    """Inclusive date range with the way it was asked for (for labels and file names)."""

    kind: PeriodKind
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError("De einddatum ligt voor de begindatum.")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(PeriodKind.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise PeriodError("Een kwartaal is 1 tot en met 4.")
        first_month = 3 * (quarter - 1) + 1
        start = dt.date(year, first_month, 1)
        end = (dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, first_month + 3, 1)) - dt.timedelta(days=1)
        return cls(PeriodKind.QUARTER, start, end)

    @classmethod
    def between(cls, start: dt.date, end: dt.date) -> Period:
        return cls(PeriodKind.RANGE, start, end)

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether [start, end] (open-ended when end is None) meets this period."""
        if start is None:
            return False
        return start <= self.end and (end is None or end >= self.start)

    @property
    def code(self) -> str:
        """Short stable code: 2026, 2026-K3 or 2026-01-01_2026-06-30 (used in file names and the CSV)."""
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-K{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"

    @property
    def label(self) -> str:
        """Dutch label: 'jaar 2026', '3e kwartaal 2026', '01-01-2026 t/m 30-06-2026'."""
        if self.kind is PeriodKind.YEAR:
            return f"jaar {self.start.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"{(self.start.month - 1) // 3 + 1}e kwartaal {self.start.year}"
        return f"{self.start:%d-%m-%Y} t/m {self.end:%d-%m-%Y}"


_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[KkQq]\s*([1-4])\s*$")
_RANGE = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*(?::|t/m|tot)\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$")


def parse_period(text: str) -> Period:
    """Read '2026', '2026-K3' or 'dd-mm-jjjj:dd-mm-jjjj'; raises PeriodError with a Dutch message."""
    if match := _YEAR.match(text):
        return Period.year(_check_year(int(match.group(1))))
    if match := _QUARTER.match(text):
        return Period.quarter(_check_year(int(match.group(1))), int(match.group(2)))
    if match := _RANGE.match(text):
        d1, m1, y1, d2, m2, y2 = (int(g) for g in match.groups())
        try:
            start, end = dt.date(y1, m1, d1), dt.date(y2, m2, d2)
        except ValueError:
            raise PeriodError("Een van de datums bestaat niet. " + PERIOD_HELP) from None
        return Period.between(start, end)
    raise PeriodError("Onbekende periode. " + PERIOD_HELP)


def _check_year(year: int) -> int:
    if not 1990 <= year <= 2200:
        raise PeriodError("Kies een jaar tussen 1990 en 2200.")
    return year
