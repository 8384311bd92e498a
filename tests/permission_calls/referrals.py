"""Permission-matrix calls for address book and referrals: see tests/permission_calls/__init__.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.permission_calls import Call, Setting, _args, _unique

CONSENT = {"asked_on": dt.date.today(), "explained": "Doel en ontvanger uitgelegd.", "form": "mondeling",
           "granted": True, "share_identification": True, "share_pregnancy": True}


def _destination(s: Setting) -> int:
    return s.services.address_book.create(s.midwife, {"kind": "jgz", "name": f"JGZ Test {next(_unique)}",
                                                      "municipality": "Maastricht"}).id


def _destination_data(s: Setting) -> dict[str, Any]:
    return {"kind": "wijkteam", "name": f"Wijkteam {next(_unique)}", "municipality": "Heerlen"}


def _referral(s: Setting, *, consent: bool = False, letter: bool = False) -> int:
    """A referral of its own on the setting's pregnancy (made by the midwife before the call)."""
    rid = s.services.referrals.create(s.midwife, s.pregnancy_id, {
        "destination_id": _destination(s), "reason": "Zorgen over huisvesting."}).id
    if consent or letter:
        s.services.referrals.record_consent(s.midwife, rid, CONSENT)
    if letter:
        return s.services.referrals.make_letter(s.midwife, rid).info.id
    return rid


CALLS: dict[str, Call | str] = {
    "AddressBookService.municipalities": lambda s: _args(),
    "AddressBookService.add_municipality": lambda s: _args(f"Testgemeente {next(_unique)}"),
    "AddressBookService.list": lambda s: _args(),
    "AddressBookService.for_municipality": lambda s: _args("Maastricht"),
    "AddressBookService.create": lambda s: _args(_destination_data(s)),
    "AddressBookService.update": lambda s: _args(_destination(s), _destination_data(s)),
    "AddressBookService.set_active": lambda s: _args(_destination(s), False),
    "ReferralService.compose_defaults": lambda s: _args(s.pregnancy_id),
    "ReferralService.create": lambda s: _args(s.pregnancy_id, {"destination_id": _destination(s),
                                                               "reason": "Zorgen over huisvesting."}),
    "ReferralService.update": lambda s: _args(_referral(s), {"destination_id": _destination(s),
                                                             "reason": "Zorgen over geld."}),
    "ReferralService.get": lambda s: _args(_referral(s)),
    "ReferralService.list": lambda s: _args(),
    "ReferralService.overdue": lambda s: _args(),
    "ReferralService.overdue_days": lambda s: _args(),
    "ReferralService.set_overdue_days": lambda s: _args(14),
    "ReferralService.funnel": lambda s: _args(dt.date.today() - dt.timedelta(days=30), dt.date.today()),
    "ReferralService.record_consent": lambda s: _args(_referral(s), CONSENT),
    "ReferralService.withdraw_consent": lambda s: _args(_referral(s, consent=True), dt.date.today()),
    "ReferralService.make_letter": lambda s: _args(_referral(s, consent=True)),
    "ReferralService.letter": lambda s: _args(_referral(s, letter=True)),
    "ReferralService.release_letter": lambda s: _args(_referral(s, letter=True), "opslaan"),
    "ReferralService.set_status": lambda s: _args(_referral(s), {"status": "afgesloten", "on_date": dt.date.today(),
                                                                 "note": "Cliënte zag af van verwijzing"}),
}
