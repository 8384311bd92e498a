"""Disk trouble: a full disk or a read-only data folder gives a clear Dutch message and loses nothing saved.

The failures are real SQLite failures: a database limited with PRAGMA max_page_count (SQLITE_FULL), a
connection opened read-only (SQLITE_READONLY), and, where this machine allows mounting, a data folder on a
tiny tmpfs that really runs out of space.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from ksdesk.app import open_services
from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, StorageProblem
from ksdesk.storage.db import Store, encrypted_url
from ksdesk.storage.errors import StorageFull, StorageReadOnly, storage_problem
from ksdesk.storage.orm import ClientRow
from tests.conftest import ADMIN_TOTP_SECRET, BACKEND, PASSWORD, PRACTICE, USERS, Database, client_data

SQLITE_ONLY = pytest.mark.skipif(BACKEND != "sqlite", reason="SQLite file behaviour")


def _no_bsn(n: int, **extra: Any) -> dict[str, object]:
    return client_data(surname=f"Vol{n}", bsn="", bsn_missing_reason="Nog niet bekend", id_document_type="geen",
                       id_document_number="", **extra)


def _clients(services: Services) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(ClientRow)) or 0


@SQLITE_ONLY
def test_full_database_refuses_with_a_dutch_message_and_keeps_what_was_saved(services: Services,
                                                                             midwife: Actor) -> None:
    saved = [services.clients.create(midwife, _no_bsn(n)).id for n in range(3)]
    engine = services.store.engine

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    engine.dispose()  # new connections get the limit
    with pytest.raises(StorageProblem) as caught:
        for n in range(200):  # a few rows fit in free space on existing pages; the page limit then bites
            services.clients.create(midwife, _no_bsn(100 + n, safe_contact="x" * 2000))
    message = str(caught.value)
    assert "schijf" in message and "vol" in message and "niet opgeslagen" in message
    assert isinstance(caught.value.__cause__, StorageFull)
    event.remove(engine, "connect", _limit)
    engine.dispose()
    # everything reported as saved is still there, and the log chain is whole
    for client_id in saved:
        assert services.clients.get(midwife, client_id).id == client_id
    assert services.audit.verify().ok
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


@SQLITE_ONLY
def test_read_only_database_refuses_with_a_dutch_message(practice_db: Database, services: Services,
                                                         midwife: Actor) -> None:
    client_id = services.clients.create(midwife, _no_bsn(1)).id
    before = _clients(services)
    path = services.store.path
    assert path is not None
    # the same encrypted file, opened read-only as SQLite sees a read-only folder
    url = encrypted_url(path, practice_db.key).set(database=f"file:{path.as_posix()}",
                                                   query={"mode": "ro", "uri": "true"})
    engine = create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    read_only = Services.create(Store(engine, sessionmaker(engine, expire_on_commit=False), path,
                                      key=practice_db.key))
    try:
        with pytest.raises(ServiceError) as caught:
            actor = read_only.accounts.login("mila", PASSWORD)
            read_only.clients.create(actor, _no_bsn(2))
        assert isinstance(caught.value, StorageProblem)
        assert "alleen-lezen" in str(caught.value)
    finally:
        read_only.close()
    assert _clients(services) == before
    assert services.clients.get(midwife, client_id).surname == "Vol1"


def test_driver_messages_are_recognised() -> None:
    class Orig(Exception):
        sqlstate = "53100"

    assert isinstance(storage_problem(Orig("could not extend file: No space left on device")), StorageFull)
    assert isinstance(storage_problem(sqlite3.OperationalError("attempt to write a readonly database")),
                      StorageReadOnly)
    assert storage_problem(sqlite3.OperationalError("no such table: clients")) is None


# --- a real full disk --------------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs mounted for the test (needs the right to mount; skipped where that is not allowed)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if not sys.platform.startswith("linux") or not shutil.which("mount"):
        pytest.skip("mounting a size-limited folder needs Linux")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("this machine does not allow mounting a size-limited folder")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@SQLITE_ONLY
def test_a_disk_that_fills_up_loses_nothing_saved(tiny_disk: Path) -> None:
    data_dir = tiny_disk / "data"
    services = open_services(data_dir)
    try:
        admin_name, admin_display = USERS[Role.ADMIN]
        admin = services.accounts.first_run(PRACTICE, admin_name, admin_display, PASSWORD)
        admin, _codes = services.accounts.confirm_totp_enrolment(admin, ADMIN_TOTP_SECRET,
                                                                 totp.current_code(ADMIN_TOTP_SECRET))
        services.accounts.create_user(admin, "vol", "Vera Vol", Role.MIDWIFE, PASSWORD)
        midwife = services.accounts.login("vol", PASSWORD)
        # Fill the disk with a plain file, leaving little room for the database to grow.
        free = shutil.disk_usage(tiny_disk).free
        (tiny_disk / "ballast.bin").write_bytes(b"\0" * max(free - 96 * 1024, 0))
        saved: list[int] = []
        with pytest.raises(StorageProblem) as caught:
            for n in range(2000):
                saved.append(services.clients.create(midwife, _no_bsn(n, safe_contact="y" * 3000)).id)
        assert "vol" in str(caught.value)
        assert saved, "some clients fitted before the disk was full"
        key = services.store.key
    finally:
        services.close()
    (tiny_disk / "ballast.bin").unlink()
    reopened = open_services(data_dir, key=key)
    try:
        midwife = reopened.accounts.login("vol", PASSWORD)
        for client_id in saved:
            assert reopened.clients.get(midwife, client_id).id == client_id
        assert reopened.audit.verify().ok
        with reopened.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.close()


@SQLITE_ONLY
def test_a_data_folder_that_cannot_be_made_is_reported_in_dutch(tmp_path: Path) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("een bestand waar de gegevensmap zou moeten komen", encoding="utf-8")
    from ksdesk.storage.errors import StorageError

    with pytest.raises(StorageError) as caught:
        open_services(blocker / "data")
    assert "gegevensmap" in str(caught.value)
    assert blocker.read_text(encoding="utf-8").startswith("een bestand")
