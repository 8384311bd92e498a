"""Data safety end to end: a released schema upgrades without losing a row, no file holds a client's name or
BSN in readable form (database, WAL, backups), and a backup restores exactly what it held.

tests/data/ksdesk-schema-0001.sqlite was written by ksdesk at schema 0001 (the first released version, a
plaintext store): `ksdesk demo --pregnancies 40` of commit 1f2eb65. Every later released schema adds a file.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from ksdesk.app import Gate, open_services, store_state, unlock_key
from ksdesk.records.enums import Role
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.storage.db import DB_FILENAME
from tests.conftest import BACKEND, PASSWORD, USERS, client_data

pytestmark = pytest.mark.skipif(BACKEND != "sqlite", reason="the embedded store's files")

RELEASED = sorted((Path(__file__).parent / "data").glob("ksdesk-schema-*.sqlite"))
NO_DATA_TABLES = {"alembic_version"}


def _counts_sqlite(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                             "AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _counts(services: Services, tables: set[str]) -> dict[str, int]:
    with services.store.engine.connect() as conn:
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() or 0 for t in tables}


def _names_and_bsns(path: Path) -> list[bytes]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT surname, given_names, bsn FROM clients").fetchall()
    return [value.encode() for row in rows for value in row if value and len(value) >= 5]


def _files_holding(folder: Path, needles: list[bytes]) -> dict[str, list[bytes]]:
    found: dict[str, list[bytes]] = {}
    for file in folder.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            hits = [n for n in needles if n in data]
            if hits:
                found[str(file.relative_to(folder))] = hits
    return found


@pytest.mark.parametrize("released", RELEASED, ids=lambda p: p.stem)
def test_a_released_schema_upgrades_without_losing_a_row(released: Path, tmp_path: Path) -> None:
    assert RELEASED, "tests/data holds a database of every released schema"
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(released, folder / DB_FILENAME)
    before = {t: n for t, n in _counts_sqlite(released).items() if t not in NO_DATA_TABLES}
    needles = _names_and_bsns(released)
    assert before["clients"] > 0 and before["audit_log"] > 0 and needles
    assert store_state(folder) == "plaintext"

    services = open_services(folder)  # migrates to the current schema (a copy is kept aside first)
    try:
        after = _counts(services, set(before))
        assert {t: after[t] for t in before} == before
        assert services.audit.verify().ok
    finally:
        services.close()
    # the first login encrypts it; still every row, and no name or BSN readable anywhere in the folder
    gate = Gate(folder, open_services(folder))
    actor = gate.login("verloskundige", "demo-verloskundige")
    try:
        assert gate.services is not None and gate.services.store.encrypted
        encrypted_counts = _counts(gate.services, set(before))
        # every row is there; the log has grown by the login (and the read below)
        assert {t: encrypted_counts[t] for t in before if t != "audit_log"} == {
            t: n for t, n in before.items() if t != "audit_log"}
        assert encrypted_counts["audit_log"] == before["audit_log"] + 1
        assert gate.services.clients.count(actor) == before["clients"]
        assert gate.services.audit.verify().ok
    finally:
        gate.close()
    assert _files_holding(folder, needles) == {}


def _seed(services: Services, midwife: Actor) -> list[bytes]:
    needles = []
    for n, bsn in enumerate(("111222333", "123456782", "232262536")):
        surname = f"Zichtbaarheid{n}"
        services.clients.create(midwife, client_data(surname=surname, bsn=bsn, given_names=f"Geheime{n}"))
        needles += [surname.encode(), bsn.encode(), f"Geheime{n}".encode()]
    return needles


def test_no_file_holds_a_name_or_bsn_readably(practice_db, services: Services, midwife: Actor) -> None:
    needles = _seed(services, midwife)
    folder = practice_db.data_dir
    # while open: the database and its write-ahead log
    assert (folder / (DB_FILENAME + "-wal")).exists()
    assert _files_holding(folder, needles) == {}
    made = services.backups.make(midwife)
    assert _files_holding(made.path.parent, needles) == {}
    services.close()
    assert _files_holding(folder, needles) == {}
    # any user's password opens the store, a wrong one does not
    for role in (Role.ADMIN, Role.MIDWIFE, Role.ASSISTANT):
        assert unlock_key(folder, USERS[role][0], PASSWORD) == practice_db.key
    from ksdesk.app import WrongSecret

    with pytest.raises(WrongSecret):
        unlock_key(folder, USERS[Role.MIDWIFE][0], PASSWORD + "x")


def _dump(services: Services) -> dict[str, list[tuple[object, ...]]]:
    with services.store.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        return {t: sorted(tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"')).fetchall())
                for t in tables}


def test_backup_then_restore_gives_identical_data(services: Services, midwife: Actor, admin: Actor) -> None:
    _seed(services, midwife)
    made = services.backups.make(admin)
    held = _dump(services)  # what the backup holds (the backup's own log entry is in it)
    services.clients.create(midwife, client_data(surname="NaDeKopie", bsn="", bsn_missing_reason="Nog niet bekend",
                                                 id_document_type="geen", id_document_number=""))
    services.backups.restore(admin, made.path)
    restored = _dump(services)
    for table, rows in held.items():
        if table == "audit_log":
            # the restore appends its own entry; everything before it is exactly the backup's
            assert restored[table][:len(rows)] == rows
            assert len(restored[table]) == len(rows) + 1
        elif table == "settings":  # the log's chain head moves with that entry
            assert [r for r in restored[table] if r[0] != "audit_chain_head"] == [
                r for r in rows if r[0] != "audit_chain_head"]
        else:
            assert restored[table] == rows, table
