"""Demo referrals: a fictitious address book; referrals in every status with consent and archived letters."""

from __future__ import annotations

from ksdesk.demodata import DemoContext


def populate(ctx: DemoContext) -> None:
    """Add the demo data of this feature (through the services only)."""
