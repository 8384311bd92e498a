"""Use cases of importing clients and pregnancies from the record system's CSV or Excel export."""

from __future__ import annotations

from ksdesk.services.base import ServiceBase


class ImportService(ServiceBase):
    """Preview and import (see issue 11)."""
