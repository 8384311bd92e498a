"""Use cases of CenteringZwangerschap: pool, groups, schedules, resources, attendance, toeslag, outputs."""

from __future__ import annotations

from ksdesk.services.base import ServiceBase


class CenteringService(ServiceBase):
    """Centering groups and their set-up (see issue 5)."""
