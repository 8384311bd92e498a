"""Backups: encrypted, verified after writing, rotated 7/4/12, restored only when verified, always logged."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ksdesk.app import open_services
from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, ValidationError
from ksdesk.storage.backup import BackupInfo, choose_kept, list_backups, verify_backup
from ksdesk.storage.files import is_plaintext_sqlite
from ksdesk.storage.orm import AuditRow, ClientRow
from tests.conftest import ADMIN_TOTP_SECRET, BACKEND, PASSWORD, USERS, Database, client_data

SQLITE_ONLY = pytest.mark.skipif(BACKEND != "sqlite", reason="ksdesk backs up the embedded store only")
REPO = Path(__file__).resolve().parent.parent


def _no_bsn(surname: str) -> dict[str, object]:
    return client_data(surname=surname, bsn="", bsn_missing_reason="Nog niet bekend", id_document_type="geen",
                       id_document_number="")


def _events(services: Services) -> list[str]:
    with services.store.sessions() as session:
        return list(session.scalars(select(AuditRow.event).order_by(AuditRow.seq)))


@SQLITE_ONLY
def test_a_backup_is_encrypted_verified_and_logged(services: Services, midwife: Actor, admin: Actor) -> None:
    services.clients.create(midwife, _no_bsn("Kopie"))
    assert services.backups.due(midwife)
    made = services.backups.make(midwife, "automatisch")
    folder = services.backups.folder(midwife)
    assert made.path.parent == folder == services.store.path.parent.parent / "ksdesk-backups"
    assert made.name.startswith("ksdesk-") and made.name.endswith("-automatisch.ksbackup")
    assert not is_plaintext_sqlite(made.path)
    assert b"Kopie" not in made.path.read_bytes()
    assert (folder / "ksdesk.keys").exists(), "the key slots travel with the backups"
    assert not list(folder.glob("*.deel*")), "no partial file is left behind"
    assert verify_backup(made.path, services.store.key).ok
    assert services.backups.verify(admin, made.path).ok
    assert "backup.make" in _events(services)
    assert not services.backups.due(midwife)
    assert services.backups.due(midwife, dt.datetime.now() + dt.timedelta(hours=25))
    assert [b.name for b in services.backups.list(admin)] == [made.name]


@SQLITE_ONLY
def test_restore_brings_back_the_backup_and_keeps_the_replaced_store(practice_db: Database, services: Services,
                                                                     midwife: Actor, admin: Actor) -> None:
    before = services.clients.create(midwife, _no_bsn("Voor"))
    made = services.backups.make(admin)
    after = services.clients.create(midwife, _no_bsn("Na"))
    aside = services.backups.restore(admin, made.path)
    # the engine reconnects to the restored file: the later client is gone, the earlier one is there
    midwife = services.accounts.login(USERS[Role.MIDWIFE][0], PASSWORD)
    assert services.clients.get(midwife, before.id).surname == "Voor"
    with services.store.sessions() as session:
        assert session.get(ClientRow, after.id) is None
    assert services.audit.verify().ok
    assert "backup.restored" in _events(services)
    # the replaced store is kept aside, whole, with the restore announced in its own log
    assert aside.parent == practice_db.data_dir / "vervangen"
    replaced = open_services(aside.parent, url=f"sqlite+pysqlite:///{aside}", key=services.store.key)
    try:
        with replaced.store.sessions() as session:
            assert session.get(ClientRow, after.id) is not None
        assert replaced.audit.verify().ok
        assert _events(replaced)[-1] == "backup.restore"
    finally:
        replaced.close()


@SQLITE_ONLY
def test_a_damaged_backup_is_refused_and_nothing_is_replaced(services: Services, midwife: Actor,
                                                             admin: Actor) -> None:
    made = services.backups.make(admin)
    data = bytearray(made.path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)
    made.path.write_bytes(bytes(data))
    check = services.backups.verify(admin, made.path)
    assert not check.ok and check.problem
    later = services.clients.create(midwife, _no_bsn("Blijft"))
    with pytest.raises(Conflict) as caught:
        services.backups.restore(admin, made.path)
    assert "niet teruggezet" in str(caught.value)
    assert services.clients.get(midwife, later.id).surname == "Blijft"


@SQLITE_ONLY
def test_the_backup_folder_is_a_setting_that_must_be_writable(services: Services, admin: Actor, midwife: Actor,
                                                              tmp_path: Path) -> None:
    chosen = services.backups.set_folder(admin, str(tmp_path / "tweede-schijf"))
    assert chosen == tmp_path / "tweede-schijf"
    assert services.backups.make(midwife).path.parent == chosen
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        services.backups.set_folder(admin, str(blocker / "map"))
    assert "Map voor reservekopieën" in caught.value.titles.values()
    with pytest.raises(ValidationError):
        services.backups.set_folder(admin, "relatief/pad")
    assert services.backups.folder(midwife) == chosen
    assert services.backups.set_folder(admin, None) == services.store.path.parent.parent / "ksdesk-backups"


def _info(when: dt.datetime) -> BackupInfo:
    return BackupInfo(Path(f"ksdesk-{when:%Y%m%d-%H%M%S}-automatisch.ksbackup"), when, "automatisch", 1)


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = dt.datetime(2025, 1, 1, 17, 0)
    backups = [_info(start + dt.timedelta(days=d, hours=h)) for d in range(500) for h in range(0, 24, 3)]
    kept = {b.made_at for b in backups if b.path in choose_kept(backups)}
    newest = max(b.made_at for b in backups)
    assert newest in kept
    days = {k.date() for k in kept}
    assert all(newest.date() - dt.timedelta(days=n) in days for n in range(7)), "the last seven days"
    weeks = {k.isocalendar()[:2] for k in kept}
    assert len(weeks) >= 4
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12
    recent = {b.made_at for b in backups if b.made_at >= newest - dt.timedelta(hours=24)}
    assert recent <= kept and len(recent) >= 8  # every backup of the last day (3-hourly here)
    assert len(kept) <= 7 + 4 + 12 + len(recent)
    # one backup per kept day: the newest of that day
    for day in days:
        on_day = [b.made_at for b in backups if b.made_at.date() == day]
        assert max(on_day) in kept
    assert choose_kept([]) == set()


@SQLITE_ONLY
def test_backups_are_refused_on_a_server(services: Services, midwife: Actor) -> None:
    services.store.path = None  # as on PostgreSQL
    with pytest.raises(Conflict) as caught:
        services.backups.make(midwife)
    assert "pg_dump" in str(caught.value)


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in {"KSDESK_DATABASE_URL", "KSDESK_DATA_DIR"}}
    full.update(env, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ksdesk", *args], capture_output=True, text=True, timeout=120,
                          cwd=REPO, env=full, stdin=subprocess.DEVNULL, check=False)


@SQLITE_ONLY
def test_backup_and_restore_on_the_command_line(practice_db: Database, services: Services,
                                                midwife: Actor) -> None:
    kept = services.clients.create(midwife, _no_bsn("Bewaard"))
    services.close()
    data = str(practice_db.data_dir)
    admin_env = {"KSDESK_USER": USERS[Role.ADMIN][0], "KSDESK_PASSWORD": PASSWORD,
                 "KSDESK_TOTP": totp.current_code(ADMIN_TOTP_SECRET)}
    made = _cli("backup", "--data-dir", data, env={"KSDESK_USER": USERS[Role.MIDWIFE][0], "KSDESK_PASSWORD": PASSWORD})
    assert made.returncode == 0, made.stderr
    [backup] = list_backups(practice_db.data_dir.parent / "ksdesk-backups")
    assert backup.path.name in made.stdout
    as_midwife = _cli("restore", str(backup.path), "--data-dir", data,
                      env={"KSDESK_USER": USERS[Role.MIDWIFE][0], "KSDESK_PASSWORD": PASSWORD})
    assert as_midwife.returncode == 2, "only the beheerder restores"
    restored = _cli("restore", str(backup.path), "--data-dir", data, env=admin_env)
    assert restored.returncode == 0, restored.stderr
    assert "teruggezet" in restored.stdout
    again = practice_db.open()
    try:
        midwife = again.accounts.login(USERS[Role.MIDWIFE][0], PASSWORD)
        assert again.clients.get(midwife, kept.id).surname == "Bewaard"
        assert again.audit.verify().ok
    finally:
        again.close()
