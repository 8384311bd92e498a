"""Permission-matrix calls for CenteringZwangerschap: see tests/permission_calls/__init__.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import client_data, pregnancy_data
from tests.permission_calls import Call, Setting, _args, _unique

Args = tuple[tuple[Any, ...], dict[str, Any]]


def _woman(s: Setting, days: int = 200) -> int:
    """A fresh pool candidate (made by the midwife); returns the pregnancy id."""
    n = next(_unique)
    client = s.services.clients.create(s.midwife, client_data(
        surname=f"Centering{n}", bsn="", bsn_missing_reason="Nog niet bekend", id_document_type="geen",
        id_document_number=""))
    due = dt.date.today() + dt.timedelta(days=days)
    return s.services.clients.add_pregnancy(s.midwife, client.id, pregnancy_data(
        due_date=due.strftime("%d-%m-%Y"), wants_centering=True, intake_date=dt.date.today())).id


def _facilitators(s: Setting) -> dict[str, int]:
    n = next(_unique)
    midwife = s.services.staff.create(s.admin, {"name": f"Verloskundige {n}", "discipline": "verloskundige",
                                                "centering_trained": True})
    carer = s.services.staff.create(s.admin, {"name": f"Kraamzorg {n}", "discipline": "kraamverzorgende"})
    return {"midwife_id": midwife.id, "co_facilitator_id": carer.id}


def _group(s: Setting, size: int = 1, *, staffed: bool = False) -> tuple[int, list[int]]:
    """A fresh planned group of fresh women; returns (group id, pregnancy ids)."""
    ids = [_woman(s) for _ in range(size)]
    group = s.services.centering.create_group(s.midwife, ids, _facilitators(s) if staffed else None)
    return group.id, ids


def _held(s: Setting, number: int, status: str = "aanwezig") -> tuple[int, list[int], dt.date]:
    group_id, ids = _group(s, staffed=True)
    day = s.services.centering.group(s.midwife, group_id).session(number).starts_at.date()
    s.services.centering.record_attendance(s.midwife, group_id, number, dict.fromkeys(ids, status), today=day)
    return group_id, ids, day


def _location(s: Setting) -> int:
    return s.services.centering.save_location(s.admin, None, {"name": f"Locatie {next(_unique)}",
                                                              "region": "Midden"}).id


def _move_member(s: Setting) -> Args:
    _gid, ids = _group(s)
    target, _ = _group(s)
    return _args(ids[0], target)


def _move_session(s: Setting) -> Args:
    group_id, _ids = _group(s)
    third = s.services.centering.group(s.midwife, group_id).session(3).starts_at
    return _args(group_id, 3, third + dt.timedelta(hours=3))


def _attendance(s: Setting) -> Args:
    group_id, ids = _group(s)
    day = s.services.centering.group(s.midwife, group_id).session(1).starts_at.date()
    return _args(group_id, 1, {ids[0]: "aanwezig"}, today=day)


def _consult(s: Setting) -> Args:
    group_id, ids, _day = _held(s, 1, "afwezig")
    return _args(group_id, 1, ids[0])


def _toeslag(s: Setting) -> Args:
    _gid, ids, _day = _held(s, 1)
    return _args(ids[0], dt.date.today())


def _handover(s: Setting) -> Args:
    group_id, _ids, _day = _held(s, 10)
    return _args(group_id)


def _add_member(s: Setting) -> Args:
    group_id, _ = _group(s)
    return _args(group_id, _woman(s))


def _settings(s: Setting) -> Args:
    return _args(s.services.centering.settings(s.admin).model_dump())


CALLS: dict[str, Call | str] = {
    "CenteringService.settings": lambda s: _args(),
    "CenteringService.save_settings": _settings,
    "CenteringService.locations": lambda s: _args(),
    "CenteringService.save_location": lambda s: _args(None, {"name": "Wijkcentrum", "region": "Noord"}),
    "CenteringService.save_room": lambda s: _args(_location(s), None, {"name": "Zaal 1"}),
    "CenteringService.pool": lambda s: _args(),
    "CenteringService.propose": lambda s: _args(),
    "CenteringService.schedule_preview": lambda s: _args([dt.date.today() + dt.timedelta(days=200)]),
    "CenteringService.groups": lambda s: _args(),
    "CenteringService.sessions_between": lambda s: _args(dt.date.today(), dt.date.today() + dt.timedelta(days=7)),
    "CenteringService.group": lambda s: _args(_group(s)[0]),
    "CenteringService.create_group": lambda s: _args([_woman(s)]),
    "CenteringService.accept_proposal": lambda s: _args([[_woman(s), _woman(s)]]),
    "CenteringService.update_group": lambda s: _args(_group(s)[0], {"name": f"Hernoemd {next(_unique)}"}),
    "CenteringService.add_member": _add_member,
    "CenteringService.move_member": _move_member,
    "CenteringService.remove_member": lambda s: _args(*_group_and_first(s)),
    "CenteringService.leave": lambda s: _args(*_group_and_first(s), "verhuisd", dt.date.today()),
    "CenteringService.set_handover_consent": lambda s: _args(*_group_and_first(s), True),
    "CenteringService.set_status": lambda s: _args(_group(s)[0], "geannuleerd", reason="Te weinig deelnemers"),
    "CenteringService.regenerate_schedule": lambda s: _args(_group(s)[0]),
    "CenteringService.move_session": _move_session,
    "CenteringService.record_attendance": _attendance,
    "CenteringService.mark_consult_done": _consult,
    "CenteringService.declare_toeslag": _toeslag,
    "CenteringService.calendar": lambda s: _args(_group(s)[0]),
    "CenteringService.overview_pdf": lambda s: _args(_group(s)[0]),
    "CenteringService.attendance_sheet_pdf": lambda s: _args(_group(s)[0], 1),
    "CenteringService.handover_pdf": _handover,
}


def _group_and_first(s: Setting) -> tuple[int, int]:
    group_id, ids = _group(s)
    return group_id, ids[0]
