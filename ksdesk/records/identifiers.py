"""Dutch identifiers: BSN, postcode, phone number and AGB code.

Validation is delegated to python-stdnum and phonenumbers; this module only turns their verdicts
into normalised values or Dutch messages.
"""

from __future__ import annotations

import re

import phonenumbers
from stdnum import exceptions as stdnum_exceptions
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

_AGB_RE = re.compile(r"^[0-9]{8}$")


def normalise_bsn(value: str) -> str:
    """Return the 9-digit BSN or raise ValueError with a Dutch message (11-proef by python-stdnum)."""
    # Count the typed digits first: stdnum's compact() zero-fills any short number to 9 digits, and only
    # an old 8-digit BSN may get a leading zero (a 7-digit typo must not become someone else's BSN).
    typed = "".join(ch for ch in value if not ch.isspace() and ch not in ".-")
    if not typed.isdigit():
        raise ValueError("Een BSN bestaat alleen uit cijfers.")
    if len(typed) not in (8, 9):
        raise ValueError("Een BSN heeft 9 cijfers.")
    compact = typed.zfill(9)
    try:
        return stdnum_bsn.validate(compact)
    except stdnum_exceptions.ValidationError:
        raise ValueError("Dit BSN klopt niet (de elfproef faalt).") from None


def is_valid_bsn(value: str) -> bool:
    try:
        normalise_bsn(value)
    except ValueError:
        return False
    return True


def normalise_postcode(value: str) -> str:
    """Return a postcode as '1234AB' or raise ValueError with a Dutch message."""
    try:
        code = stdnum_postcode.validate(value)
    except stdnum_exceptions.ValidationError:
        raise ValueError("Geen geldige postcode; gebruik de vorm 1234 AB.") from None
    return code.replace(" ", "")


def display_postcode(code: str | None) -> str:
    """Show a stored postcode as '1234 AB'."""
    return f"{code[:4]} {code[4:]}" if code and len(code) == 6 else (code or "")


def normalise_phone(value: str) -> str:
    """Return the number in E.164 form (region NL by default) or raise ValueError."""
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        raise ValueError("Geen geldig telefoonnummer.") from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError("Geen geldig telefoonnummer.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str | None) -> str:
    """Show a stored E.164 number in the national format (international for foreign numbers)."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, "NL")
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def normalise_agb(value: str) -> str:
    """An AGB code is 8 digits: a 2-digit zorgverlenersoort and a 6-digit number."""
    compact = re.sub(r"[\s.-]", "", value)
    if not _AGB_RE.match(compact):
        raise ValueError("Een AGB-code bestaat uit 8 cijfers.")
    return compact
