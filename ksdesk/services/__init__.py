"""Use cases: the UI's and the CLI's only door to data.

Each operation checks the acting user's permission, runs in one transaction and writes its audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.services.accounts import AccountService
from ksdesk.services.audit_log import AuditService
from ksdesk.services.backups import BackupService
from ksdesk.services.centering import CenteringService
from ksdesk.services.clients import ClientService
from ksdesk.services.imports import ImportService
from ksdesk.services.monitor import MonitorService
from ksdesk.services.practice import PracticeService, StaffService
from ksdesk.services.referrals import AddressBookService, ReferralService
from ksdesk.services.screening import ScreeningService
from ksdesk.storage.db import Store


@dataclass
class Services:
    """The facade handed to the UI and the CLI."""

    store: Store
    accounts: AccountService
    practice: PracticeService
    staff: StaffService
    clients: ClientService
    audit: AuditService
    screening: ScreeningService
    address_book: AddressBookService
    referrals: ReferralService
    centering: CenteringService
    monitor: MonitorService
    imports: ImportService
    backups: BackupService

    @classmethod
    def create(cls, store: Store) -> Services:
        return cls(
            store=store,
            accounts=AccountService(store),
            practice=PracticeService(store),
            staff=StaffService(store),
            clients=ClientService(store),
            audit=AuditService(store),
            screening=ScreeningService(store),
            address_book=AddressBookService(store),
            referrals=ReferralService(store),
            centering=CenteringService(store),
            monitor=MonitorService(store),
            imports=ImportService(store),
            backups=BackupService(store),
        )

    def close(self) -> None:
        self.store.dispose()
