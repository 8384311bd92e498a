"""Demo centering: locations and rooms, a pool of candidates, planned, running and finished groups with attendance."""

from __future__ import annotations

from ksdesk.demodata import DemoContext


def populate(ctx: DemoContext) -> None:
    """Add the demo data of this feature (through the services only)."""
