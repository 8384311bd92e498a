"""Gestational age (amenorroeduur), computed from the à terme datum and never stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

TERM_DAYS = 280  # 40+0 weeks


@dataclass(frozen=True, order=True)
class GestationalAge:
    """Weeks and days since the (virtual) first day of the last menstrual period."""

    total_days: int

    @property
    def weeks(self) -> int:
        return self.total_days // 7

    @property
    def days(self) -> int:
        return self.total_days % 7

    def __str__(self) -> str:
        return f"{self.weeks}+{self.days}"


def gestational_age(due_date: dt.date, on: dt.date) -> GestationalAge | None:
    """Gestational age on a date, or None before conception-relevant time (negative)."""
    total = TERM_DAYS - (due_date - on).days
    if total < 0:
        return None
    return GestationalAge(total)


def due_date_from_lmp(lmp: dt.date) -> dt.date:
    """Naegele: ATD = first day of the last menstrual period + 280 days."""
    return lmp + dt.timedelta(days=TERM_DAYS)


def format_date(value: dt.date | None) -> str:
    """Dates are shown as dd-mm-jjjj everywhere."""
    return value.strftime("%d-%m-%Y") if value else ""


def parse_date(text: str) -> dt.date:
    """Parse dd-mm-jjjj (also d-m-jjjj, with / or .) or jjjj-mm-dd; raise ValueError in Dutch."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    parts = cleaned.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        try:
            if len(parts[0]) == 4:
                return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            if len(parts[2]) == 4:
                return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            pass
    raise ValueError("Geen geldige datum; gebruik dd-mm-jjjj.")
