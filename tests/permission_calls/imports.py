"""Permission-matrix calls for the import: see tests/permission_calls/__init__.py."""

from __future__ import annotations

from tests.permission_calls import Call

CALLS: dict[str, Call | str] = {}
