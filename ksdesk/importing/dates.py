"""The date forms Dutch exports use: dd-mm-jjjj, d-m-jj, jjjj-mm-dd, with or without a time, and Excel
serial numbers (days since 30-12-1899 in the 1900 date system)."""

from __future__ import annotations

import datetime as dt
import re

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 01-01-1900 (Excel's 1900 leap-year bug is before 1 March 1900)
# Serials from 01-01-1920 to 31-12-2199: a bare number outside this range is not a date.
_SERIAL_MIN, _SERIAL_MAX = 7306, 109573
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_TIME_TAIL = re.compile(r"[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_SERIAL = re.compile(r"^\d{4,6}([.,]0+)?$")

UNKNOWN_DATE = "Onbekende datum; gebruik dd-mm-jjjj."


def from_serial(serial: float) -> dt.date:
    """An Excel serial date (the whole days; a time fraction is dropped)."""
    whole = int(serial)
    if not _SERIAL_MIN <= whole <= _SERIAL_MAX:
        raise ValueError(UNKNOWN_DATE)
    return EXCEL_EPOCH + dt.timedelta(days=whole)


def two_digit_year(yy: int, today: dt.date) -> int:
    """'94' → 1994 and '26' → 2026: a two-digit year lies at most ten years ahead of today."""
    century = 2000 + yy
    return century if century <= today.year + 10 else 1900 + yy


def parse_import_date(value: object, *, today: dt.date | None = None) -> dt.date | None:
    """A cell as a date, or None when empty; raise ValueError with a Dutch message when it is no date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(UNKNOWN_DATE)
    if isinstance(value, int | float):
        return from_serial(value)
    text = str(value).strip()
    if not text:
        return None
    text = _TIME_TAIL.sub("", text).strip()
    try:
        match = _DMY.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if len(match.group(3)) == 2:
                year = two_digit_year(year, today or dt.date.today())
            return dt.date(year, month, day)
        match = _YMD.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
    except ValueError:
        raise ValueError(UNKNOWN_DATE) from None
    if _SERIAL.match(text):
        return from_serial(float(text.replace(",", ".")))
    raise ValueError(UNKNOWN_DATE)
