"""Permission-matrix calls for the regional monitor: see tests/permission_calls/__init__.py."""

from __future__ import annotations

import tempfile

from tests.permission_calls import Call, _args

CALLS: dict[str, Call | str] = {
    "MonitorService.threshold": lambda s: _args(),
    "MonitorService.set_threshold": lambda s: _args(10),
    "MonitorService.preview": lambda s: _args("2026"),
    "MonitorService.export": lambda s: _args("2026", tempfile.mkdtemp(prefix="ksdesk-monitor-")),
}
