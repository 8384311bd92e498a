"""Demo screening: assessments at every level with history, meldcode steps and referral decisions."""

from __future__ import annotations

from ksdesk.demodata import DemoContext


def populate(ctx: DemoContext) -> None:
    """Add the demo data of this feature (through the services only)."""
