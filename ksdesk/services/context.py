"""Who is acting: every service call carries an Actor."""

from __future__ import annotations

import platform
from dataclasses import dataclass, replace

from ksdesk.records.enums import Role


def workstation_name() -> str:
    return platform.node() or "onbekend"


@dataclass(frozen=True)
class Actor:
    """The logged-in user as services see it."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    workstation: str
    break_glass_reason: str | None = None
    second_factor: bool = False  # logged in with TOTP (or a recovery code)

    def with_break_glass(self, reason: str) -> Actor:
        return replace(self, break_glass_reason=reason)


def system_actor(purpose: str = "systeem") -> Actor:
    """Set-up work without a logged-in user (creating a demo practice, first run); logged as such."""
    return Actor(None, purpose, f"ksdesk ({purpose})", Role.ADMIN, workstation_name())
