"""Use cases of the regional monitor: gather plain records, aggregate, suppress, export (audited)."""

from __future__ import annotations

from ksdesk.services.base import ServiceBase


class MonitorService(ServiceBase):
    """Anonymised counts for the region (see issue 6)."""
