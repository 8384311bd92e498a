"""Roles and permissions (NEN 7510 9.1.1: access limited to what the role needs).

Enforced in the service layer: every service operation declares one Permission, and the role matrix below
decides. Clinical permissions are open to a role outside its matrix only through break-glass (noodknop).
"""

from __future__ import annotations

from enum import StrEnum

from ksdesk.records.enums import Role


class Permission(StrEnum):
    CLIENT_SEARCH = "client.search"
    CLIENT_READ = "client.read"
    CLIENT_WRITE = "client.write"
    PREGNANCY_READ = "pregnancy.read"
    PREGNANCY_WRITE = "pregnancy.write"
    STAFF_READ = "staff.read"
    STAFF_WRITE = "staff.write"
    PRACTICE_READ = "practice.read"
    PRACTICE_WRITE = "practice.write"
    USERS_MANAGE = "users.manage"
    AUDIT_READ = "audit.read"
    SETTINGS_WRITE = "settings.write"
    CLIENT_DESTROY = "client.destroy"
    OWN_ACCOUNT = "own.account"

    @property
    def is_clinical(self) -> bool:
        """Client data: reachable through break-glass when the role lacks it."""
        return self.value.startswith(("client.", "pregnancy.")) and self is not Permission.CLIENT_DESTROY

    @property
    def needs_second_factor(self) -> bool:
        """Reading the audit log always needs two factors (NEN 7513)."""
        return self is Permission.AUDIT_READ


_CLIENT_ADMIN = {
    Permission.CLIENT_SEARCH,
    Permission.CLIENT_READ,
    Permission.CLIENT_WRITE,
    Permission.PREGNANCY_READ,
    Permission.PREGNANCY_WRITE,
}
_EVERYONE = {Permission.STAFF_READ, Permission.PRACTICE_READ, Permission.OWN_ACCOUNT}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MIDWIFE: frozenset(_CLIENT_ADMIN | _EVERYONE),
    # Identification, contact details and ATD; psychosocial signalling and referrals stay out (later issues).
    Role.ASSISTANT: frozenset(_CLIENT_ADMIN | _EVERYONE),
    Role.ADMIN: frozenset(
        _EVERYONE
        | {
            Permission.STAFF_WRITE,
            Permission.PRACTICE_WRITE,
            Permission.USERS_MANAGE,
            Permission.AUDIT_READ,
            Permission.SETTINGS_WRITE,
            Permission.CLIENT_DESTROY,
        }
    ),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


ROLES_NEEDING_SECOND_FACTOR = frozenset({Role.ADMIN})
