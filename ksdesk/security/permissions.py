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
    # signalling (Kwetsbaarheid Rotterdam), meldcode and the referral decision
    SCREENING_READ = "screening.read"
    SCREENING_WRITE = "screening.write"
    CATALOGUE_READ = "catalogue.read"
    # doorgeleiding: consent, letters, follow-up; the address book of destinations
    REFERRAL_READ = "referral.read"
    REFERRAL_WRITE = "referral.write"
    ADDRESS_BOOK_READ = "addressbook.read"
    ADDRESS_BOOK_WRITE = "addressbook.write"
    # CenteringZwangerschap: groups with their members (client data) and the practice's set-up
    CENTERING_READ = "centering.read"
    CENTERING_WRITE = "centering.write"
    CENTERING_SETUP = "centeringsetup.write"
    # anonymised counts for the regional monitor
    MONITOR_EXPORT = "monitor.export"
    # bringing in clients and pregnancies from the record system's export
    CLIENT_IMPORT = "client.import"
    # backups of the embedded store: made by anyone's session (automatic), restored by the beheerder
    BACKUP_MAKE = "backup.make"
    BACKUP_RESTORE = "backup.restore"

    @property
    def is_clinical(self) -> bool:
        """Client data: reachable through break-glass when the role lacks it."""
        return self.value.startswith(("client.", "pregnancy.", "screening.", "referral.", "centering.")) and (
            self not in (Permission.CLIENT_DESTROY, Permission.CLIENT_IMPORT)
        )

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
_EVERYONE = {
    Permission.STAFF_READ,
    Permission.PRACTICE_READ,
    Permission.OWN_ACCOUNT,
    Permission.CATALOGUE_READ,
    Permission.ADDRESS_BOOK_READ,
    Permission.BACKUP_MAKE,
}
_CENTERING = {Permission.CENTERING_READ, Permission.CENTERING_WRITE, Permission.CENTERING_SETUP}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MIDWIFE: frozenset(
        _CLIENT_ADMIN
        | _EVERYONE
        | _CENTERING
        | {
            Permission.SCREENING_READ,
            Permission.SCREENING_WRITE,
            Permission.REFERRAL_READ,
            Permission.REFERRAL_WRITE,
            Permission.ADDRESS_BOOK_WRITE,
            Permission.MONITOR_EXPORT,
            Permission.CLIENT_IMPORT,
        }
    ),
    # Identification, contact details, ATD and Centering scheduling; psychosocial signalling and referrals
    # stay with the midwife (the assistant reaches them only through break-glass).
    Role.ASSISTANT: frozenset(_CLIENT_ADMIN | _EVERYONE | _CENTERING | {Permission.CLIENT_IMPORT}),
    # The beheerder keeps the installation: no client data, but the address book and the monitor export
    # (anonymised counts) are hers as coordinator.
    Role.ADMIN: frozenset(
        _EVERYONE
        | {
            Permission.ADDRESS_BOOK_WRITE,
            Permission.MONITOR_EXPORT,
            Permission.CENTERING_SETUP,
            Permission.STAFF_WRITE,
            Permission.PRACTICE_WRITE,
            Permission.USERS_MANAGE,
            Permission.AUDIT_READ,
            Permission.SETTINGS_WRITE,
            Permission.CLIENT_DESTROY,
            Permission.BACKUP_RESTORE,
        }
    ),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


ROLES_NEEDING_SECOND_FACTOR = frozenset({Role.ADMIN})
