"""Use cases of backups: make one (automatic or by hand), list them, choose the folder, restore one.

Backups exist for the embedded store only; a practice on PostgreSQL backs up its server (pg_dump, by IT).
Every backup and restore is logged. A restore writes its entry in the live log before the store is replaced
and in the restored store afterwards, so both histories show it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ksdesk.security import audit
from ksdesk.security.audit import Action, AuditEvent
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, operation
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, ValidationError
from ksdesk.storage import backup
from ksdesk.storage.backup import BackupError, BackupInfo
from ksdesk.storage.orm import SettingRow

FOLDER_KEY = "backup.folder"
LAST_KEY = "backup.last"
DAILY = dt.timedelta(hours=24)


@dataclass(frozen=True)
class BackupView:
    name: str
    path: Path
    made_at: dt.datetime
    reason: str
    size: int


def _view(info: BackupInfo) -> BackupView:
    return BackupView(info.path.name, info.path, info.made_at, info.reason, info.size)


class BackupService(ServiceBase):
    """Backups of the embedded (SQLCipher) store."""

    def _embedded(self) -> Path:
        if self._store.path is None:
            raise Conflict("Deze praktijk werkt met een databaseserver: reservekopieën maakt de server "
                           "(bijvoorbeeld met pg_dump), niet ksdesk.")
        return self._store.path

    def _folder(self, session: Session) -> Path:
        row = session.get(SettingRow, FOLDER_KEY)
        if row is not None and row.value:
            return Path(row.value)
        return default_folder(self._embedded().parent)

    @operation(Permission.BACKUP_MAKE)
    def folder(self, actor: Actor) -> Path:
        """Where backups go (setting; default: ksdesk-backups next to the data folder)."""
        self._embedded()
        with self._work(actor) as uow:
            return self._folder(uow.session)

    @operation(Permission.SETTINGS_WRITE)
    def set_folder(self, actor: Actor, folder: str | Path | None) -> Path:
        """Choose another folder (a second disk or a network share); None or "" restores the default."""
        self._embedded()
        chosen = check_folder(folder) if folder else None
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, FOLDER_KEY)
            value = str(chosen) if chosen else ""
            if row is None:
                uow.session.add(SettingRow(key=FOLDER_KEY, value=value))
            else:
                row.value = value
            uow.audit(AuditEvent(Action.UPDATE, "settings.backup_folder", "instelling", FOLDER_KEY,
                                 detail=value or "standaard", check_treatment=False))
            return self._folder(uow.session)

    @operation(Permission.BACKUP_MAKE)
    def due(self, actor: Actor, now: dt.datetime | None = None) -> bool:
        """Whether the daily automatic backup is due (none yet, or the last is 24 hours old)."""
        if self._store.path is None:
            return False
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, LAST_KEY)
        if row is None:
            return True
        return (now or dt.datetime.now()) - dt.datetime.fromisoformat(row.value) >= DAILY

    @operation(Permission.BACKUP_MAKE)
    def make(self, actor: Actor, reason: str = "handmatig") -> BackupView:
        """Write a backup, verify it, rotate the folder; logged. Raises Conflict with a Dutch message."""
        self._embedded()
        if reason not in backup.REASONS:
            raise ValidationError.single("reason", "Reden", "Onbekende reden voor een reservekopie.")
        with self._work(actor) as uow:
            folder = self._folder(uow.session)
        now = dt.datetime.now()
        # The log entry and the "last backup" time go in before the copy, so the copy holds them too.
        with self._work(actor) as uow:
            uow.audit(AuditEvent(Action.EXECUTE, "backup.make", "reservekopie", backup.backup_name(now, reason),
                                 detail=str(folder), check_treatment=False))
            row = uow.session.get(SettingRow, LAST_KEY)
            if row is None:
                uow.session.add(SettingRow(key=LAST_KEY, value=now.isoformat(timespec="seconds")))
            else:
                row.value = now.isoformat(timespec="seconds")
        keys = getattr(self._store.keys, "path", None)
        try:
            info = backup.make_backup(self._store, folder, reason, now=now, keys_file=keys)
        except BackupError as exc:
            with self._work(actor) as uow:
                uow.audit(AuditEvent(Action.EXECUTE, "backup.failed", "reservekopie", None, detail=str(exc),
                                     check_treatment=False))
            raise Conflict(str(exc)) from exc
        backup.rotate(folder)
        return _view(info)

    @operation(Permission.BACKUP_RESTORE)
    def list(self, actor: Actor) -> list[BackupView]:
        self._embedded()
        with self._work(actor) as uow:
            folder = self._folder(uow.session)
        return [_view(b) for b in backup.list_backups(folder)]

    @operation(Permission.BACKUP_RESTORE)
    def verify(self, actor: Actor, path: Path) -> backup.Verification:
        """Check a backup without restoring it."""
        self._embedded()
        result = backup.verify_backup(Path(path), self._store.key)
        with self._work(actor) as uow:
            uow.audit(AuditEvent(Action.READ, "backup.verify", "reservekopie", Path(path).name,
                                 detail="in orde" if result.ok else result.problem, check_treatment=False))
        return result

    @operation(Permission.BACKUP_RESTORE)
    def restore(self, actor: Actor, path: Path) -> Path:
        """Replace the live store by a verified backup; the replaced store is kept aside (returned).

        Everyone must log in again afterwards: the caller closes its windows. The engine reconnects to the
        restored file on next use."""
        database = self._embedded()
        path = Path(path)
        check = backup.verify_backup(path, self._store.key)
        if not check.ok:
            raise Conflict(f"Deze reservekopie wordt niet teruggezet: {check.problem}")
        with self._work(actor) as uow:
            uow.audit(AuditEvent(Action.EXECUTE, "backup.restore", "reservekopie", path.name,
                                 detail="de huidige gegevens worden vervangen", check_treatment=False))
        self._store.engine.dispose()
        try:
            aside = backup.restore_into(database.parent, path, self._store.key)
        except (BackupError, OSError) as exc:
            raise Conflict(f"Terugzetten is niet gelukt; de huidige gegevens zijn niet vervangen. {exc}") from exc
        self._store.engine.dispose()
        with self._transaction() as session:
            audit.append(session, AuditEvent(Action.EXECUTE, "backup.restored", "reservekopie", path.name,
                                             detail=f"vervangen gegevens bewaard als {aside.name}",
                                             check_treatment=False),
                         user_id=actor.user_id, user_name=actor.display_name, user_role=str(actor.role),
                         workstation=actor.workstation, authorised=True, break_glass=False)
        return aside


def check_folder(folder: str | Path) -> Path:
    """A folder for backups: a full path, created when missing, where ksdesk can write; otherwise a
    ValidationError on the field "folder". Stores nothing (the first-run wizard checks its page with it)."""
    chosen = Path(folder).expanduser()
    if not chosen.is_absolute():
        raise ValidationError.single("folder", "Map voor reservekopieën", "Kies een volledige map (met schijf).")
    try:
        chosen.mkdir(parents=True, exist_ok=True)
        probe = chosen / ".ksdesk-schrijftest"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ValidationError.single("folder", "Map voor reservekopieën",
                                     f"In deze map kan niet worden geschreven: {exc.strerror or exc}.") from None
    return chosen


def default_folder(data_dir: Path) -> Path:
    return data_dir.parent / "ksdesk-backups"
