"""Backups of the embedded store: encrypted copies, verified after writing, rotated, and restored safely.

A backup is a VACUUM INTO copy of the live SQLCipher store (so it is encrypted with the store's key), written
under a temporary name, verified (it opens, PRAGMA integrity_check, the audit hash chain) and only then given
its final name `ksdesk-JJJJMMDD-UUMMSS-<reden>.ksbackup`. The key-slot file is copied beside the backups, so
the folder alone plus a user's password (or the recovery key) is enough to restore on a new computer.
Rotation keeps the newest backup of each of the last 7 days, 4 weeks and 12 months, and all of the last 24 hours.
A restore verifies the backup first, keeps the replaced store aside, then puts the backup in place.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from ksdesk.storage.db import DB_FILENAME, Store, open_engine, sqlite_url
from ksdesk.storage.files import copy_store, sidecars

SUFFIX = ".ksbackup"
REASONS = ("handmatig", "automatisch", "afsluiten", "voor-herstel")
_NAME = re.compile(r"^ksdesk-(\d{8})-(\d{6})-([a-z-]+)\.ksbackup$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
RECENT = dt.timedelta(hours=24)  # everything this recent is kept as well


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime  # local time, from the name
    reason: str
    size: int


@dataclass(frozen=True)
class Verification:
    ok: bool
    problem: str | None = None  # Dutch, when not ok
    entries: int = 0  # audit entries checked


class BackupError(Exception):
    """A backup could not be made, verified or restored; str() is a Dutch message."""


def backup_name(made_at: dt.datetime, reason: str) -> str:
    if reason not in REASONS:
        raise ValueError(reason)
    return f"ksdesk-{made_at:%Y%m%d-%H%M%S}-{reason}{SUFFIX}"


def parse_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    made_at = dt.datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
    return BackupInfo(path, made_at, match[3], path.stat().st_size if path.exists() else 0)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.glob(f"ksdesk-*{SUFFIX}") if (info := parse_name(p)) is not None]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def verify_backup(path: Path, key: bytes | None, *, row_counts: dict[str, int] | None = None) -> Verification:
    """Open the copy with the key, check its pages and its audit chain (and, when given, its row counts)."""
    from sqlalchemy.exc import DBAPIError

    from ksdesk.security.audit import verify as verify_chain

    store = open_engine(sqlite_url(path), key=key)
    try:
        with store.engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if result != "ok":
                return Verification(False, f"De kopie is beschadigd ({result}).")
            for table, count in (row_counts or {}).items():
                if conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() != count:
                    return Verification(False, f"De kopie is onvolledig (tabel {table}).")
        with store.sessions() as session:
            chain = verify_chain(session)
        if not chain.ok:
            return Verification(False, f"Het logboek in de kopie klopt niet vanaf regel {chain.broken_at}.",
                                chain.checked)
        return Verification(True, None, chain.checked)
    except DBAPIError as exc:
        if "file is not a database" in str(exc):
            return Verification(False, "De kopie kan niet worden geopend met de sleutel van deze praktijk.")
        return Verification(False, f"De kopie kan niet worden gelezen ({exc.orig}).")
    finally:
        store.dispose()


def make_backup(store: Store, folder: Path, reason: str, *, now: dt.datetime | None = None,
                keys_file: Path | None = None) -> BackupInfo:
    """Write, verify and name one backup of the live store; raises BackupError (nothing half-named is left)."""
    now = now or dt.datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"De map voor reservekopieën kan niet worden gemaakt ({folder}): {exc.strerror}.") from exc
    final = folder / backup_name(now, reason)
    partial = final.with_name(final.name + ".deel")
    try:
        copy_store(store, partial)
        check = verify_backup(partial, store.key)
        if not check.ok:
            raise BackupError(f"De reservekopie is na het schrijven afgekeurd: {check.problem}")
        os.replace(partial, final)
        if keys_file is not None and keys_file.exists():
            shutil.copy2(keys_file, folder / keys_file.name)
    except OSError as exc:
        raise BackupError(f"De reservekopie kon niet worden geschreven in {folder}: {exc.strerror or exc}.") from exc
    except Exception as exc:
        if isinstance(exc, BackupError):
            raise
        raise BackupError(f"De reservekopie kon niet worden gemaakt: {exc}") from exc
    finally:
        for file in sidecars(partial):
            file.unlink(missing_ok=True)
    info = parse_name(final)
    assert info is not None
    return info


def choose_kept(backups: list[BackupInfo]) -> set[Path]:
    """Grandfather-father-son: the newest of each of the last 7 days, 4 ISO weeks and 12 months (pure); and
    every backup of the last 24 hours, so a backup made by hand this morning survives tonight's at closing."""
    newest_first = sorted(backups, key=lambda b: b.made_at, reverse=True)
    kept: set[Path] = set()
    if newest_first:
        recent = newest_first[0].made_at - RECENT
        kept.update(b.path for b in newest_first if b.made_at >= recent)
    for keep, bucket in ((KEEP_DAILY, lambda d: d.date()), (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
                         (KEEP_MONTHLY, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for backup in newest_first:
            key = bucket(backup.made_at)
            if key in seen:
                continue
            seen.append(key)
            if len(seen) > keep:
                break
            kept.add(backup.path)
    return kept


def rotate(folder: Path) -> list[Path]:
    """Delete the backups rotation no longer keeps; returns what was removed."""
    backups = list_backups(folder)
    kept = choose_kept(backups)
    removed = []
    for backup in backups:
        if backup.path not in kept:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore_into(data_dir: Path, backup: Path, key: bytes | None, *, now: dt.datetime | None = None) -> Path:
    """Put a verified backup in place of the (closed) store in data_dir; returns where the replaced store went.

    The caller has closed every connection to the live store."""
    check = verify_backup(backup, key)
    if not check.ok:
        raise BackupError(f"Deze reservekopie wordt niet teruggezet: {check.problem}")
    now = now or dt.datetime.now()
    database = data_dir / DB_FILENAME
    aside_dir = data_dir / "vervangen"
    aside_dir.mkdir(exist_ok=True)
    aside = aside_dir / f"ksdesk-voor-herstel-{now:%Y%m%d-%H%M%S}.sqlite"
    incoming = data_dir / (DB_FILENAME + ".herstel")
    shutil.copy2(backup, incoming)
    with open(incoming, "rb+") as handle:
        os.fsync(handle.fileno())
    for file, target in zip(sidecars(database), sidecars(aside), strict=True):
        if file.exists():
            os.replace(file, target)
    os.replace(incoming, database)
    return aside
