"""Periods: year, quarter, from–to; parsing with Dutch messages."""

from __future__ import annotations

import datetime as dt

import pytest

from ksdesk.monitor.period import Period, PeriodError, PeriodKind, parse_period


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "code"),
    [
        ("2026", PeriodKind.YEAR, dt.date(2026, 1, 1), dt.date(2026, 12, 31), "2026"),
        ("2026-K3", PeriodKind.QUARTER, dt.date(2026, 7, 1), dt.date(2026, 9, 30), "2026-K3"),
        ("2024k1", PeriodKind.QUARTER, dt.date(2024, 1, 1), dt.date(2024, 3, 31), "2024-K1"),
        ("2026-K4", PeriodKind.QUARTER, dt.date(2026, 10, 1), dt.date(2026, 12, 31), "2026-K4"),
        ("01-02-2026:15-03-2026", PeriodKind.RANGE, dt.date(2026, 2, 1), dt.date(2026, 3, 15),
         "2026-02-01_2026-03-15"),
    ],
)
def test_parse(text: str, kind: PeriodKind, start: dt.date, end: dt.date, code: str) -> None:
    period = parse_period(text)
    assert (period.kind, period.start, period.end, period.code) == (kind, start, end, code)


@pytest.mark.parametrize("text", ["", "26", "2026-K5", "31-02-2026:01-03-2026", "01-03-2026:01-02-2026", "1800"])
def test_bad_periods_say_why_in_dutch(text: str) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert any(word in str(caught.value) for word in ("periode", "datum", "kwartaal", "jaar", "einddatum"))


def test_contains_both_ends() -> None:
    period = Period.quarter(2026, 2)
    assert period.contains(dt.date(2026, 4, 1)) and period.contains(dt.date(2026, 6, 30))
    assert not period.contains(dt.date(2026, 7, 1)) and not period.contains(None)
    assert period.label == "2e kwartaal 2026"
