"""Use cases of signalling: assessments with the Kwetsbaarheid Rotterdam, history, meldcode, referral decision."""

from __future__ import annotations

from ksdesk.services.base import ServiceBase


class ScreeningService(ServiceBase):
    """Assessments per pregnancy (see issue 3)."""
