"""Permission-matrix calls for signalling: see tests/permission_calls/__init__.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.permission_calls import Call, Setting, _args

ASSESSMENT = {"kind": "intake", "assessed_on": dt.date.today(), "risks": {"schulden": "actueel"},
              "protective": ["steunend_netwerk"]}
URGENT = {**ASSESSMENT, "risks": {"huiselijk_geweld": "vermoeden"}}


def _fresh_assessment(s: Setting, data: dict[str, Any] = ASSESSMENT) -> int:
    """An assessment of its own (made by the midwife before the call) on the setting's pregnancy."""
    return s.services.screening.create(s.midwife, s.pregnancy_id, data).id


def _key(s: Setting) -> tuple[tuple[Any, ...], dict[str, Any]]:
    catalogue = s.services.screening.active_catalogue(s.midwife).catalogue
    return _args(catalogue.id, catalogue.version)


CALLS: dict[str, Call | str] = {
    "ScreeningService.active_catalogue": lambda s: _args(),
    "ScreeningService.catalogue": _key,
    "ScreeningService.set_region_catalogue": lambda s: _args(None),
    "ScreeningService.suggest": lambda s: _args({"schulden": "actueel"}, None),
    "ScreeningService.create": lambda s: _args(s.pregnancy_id, ASSESSMENT),
    "ScreeningService.update": lambda s: _args(_fresh_assessment(s), {**ASSESSMENT, "note": "Besproken"}),
    "ScreeningService.get": lambda s: _args(_fresh_assessment(s)),
    "ScreeningService.history": lambda s: _args(s.pregnancy_id),
    "ScreeningService.dossier": lambda s: _args(s.pregnancy_id),
    "ScreeningService.latest_levels": lambda s: _args([s.pregnancy_id]),
    "ScreeningService.record_meldcode_step": lambda s: _args(
        _fresh_assessment(s, URGENT), {"step": 1, "taken_on": dt.date.today(), "notes": "Signalen vastgelegd"}),
    "ScreeningService.record_decision": lambda s: _args(_fresh_assessment(s), "wijkteam"),
    "ScreeningService.pending_decisions": lambda s: _args(),
}
