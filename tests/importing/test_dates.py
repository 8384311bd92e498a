"""The date forms of Dutch exports."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ksdesk.importing.dates import EXCEL_EPOCH, parse_import_date

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(("text", "expected"), [
    ("12-03-1994", dt.date(1994, 3, 12)),
    ("2-3-1994", dt.date(1994, 3, 2)),
    ("2-3-94", dt.date(1994, 3, 2)),
    ("02-03-27", dt.date(2027, 3, 2)),  # an ATD next year
    ("12/03/1994", dt.date(1994, 3, 12)),
    ("12.03.1994", dt.date(1994, 3, 12)),
    ("1994-03-12", dt.date(1994, 3, 12)),
    ("1994-03-12 00:00:00", dt.date(1994, 3, 12)),
    ("1994-03-12T00:00", dt.date(1994, 3, 12)),
    ("34405", dt.date(1994, 3, 12)),  # an Excel serial exported as text
    ("34405,0", dt.date(1994, 3, 12)),
    ("  ", None),
])
def test_text_dates(text: str, expected: dt.date | None) -> None:
    assert parse_import_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text", ["31-02-1994", "12-13-1994", "1994/13/01", "morgen", "12-03", "123", "99999999",
                                  "3-4-5-6"])
def test_impossible_dates_get_a_dutch_message(text: str) -> None:
    with pytest.raises(ValueError, match="Onbekende datum; gebruik dd-mm-jjjj"):
        parse_import_date(text, today=TODAY)


def test_cells_that_are_already_dates_or_numbers() -> None:
    assert parse_import_date(dt.datetime(2027, 1, 5, 13, 0)) == dt.date(2027, 1, 5)
    assert parse_import_date(dt.date(2027, 1, 5)) == dt.date(2027, 1, 5)
    assert parse_import_date(46388.5) == dt.date(2027, 1, 1)  # the time fraction is dropped
    with pytest.raises(ValueError):
        parse_import_date(True)
    with pytest.raises(ValueError):
        parse_import_date(12)  # a bare small number is not a date


@settings(max_examples=60)
@given(st.dates(min_value=dt.date(1920, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_every_form_of_one_date_means_that_date(day: dt.date) -> None:
    serial = (day - EXCEL_EPOCH).days
    forms = [day.strftime("%d-%m-%Y"), f"{day.day}-{day.month}-{day.year}", day.isoformat(), serial, str(serial)]
    assert {parse_import_date(f, today=TODAY) for f in forms} == {day}
