"""Storage: connection settings, migrations at open, refusing newer databases, the copy made aside before
a migration, the schema matching the ORM, and all-or-nothing transactions."""

from __future__ import annotations

import hashlib
import shutil
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, exc, func, inspect, make_url, select, text

from ksdesk.app import open_services
from ksdesk.security import audit as audit_module
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ValidationError
from ksdesk.storage import migrate
from ksdesk.storage.db import DB_FILENAME, open_engine
from ksdesk.storage.files import is_plaintext_sqlite
from ksdesk.storage.migrate import NewerDatabaseError, current_revision, head_revision
from ksdesk.storage.orm import AuditRow, Base, ClientRow, PregnancyRow
from tests.conftest import BACKEND, PG_URL, Database, client_data, pregnancy_data

SQLITE_ONLY = pytest.mark.skipif(BACKEND != "sqlite", reason="SQLite file behaviour (PRAGMAs, file copies)")


def _count(services: Services, row: type) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(row)) or 0


def _file_digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob(f"{DB_FILENAME}*"))}


@pytest.fixture
def blank_url(tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all: a new SQLite file, or a new PostgreSQL database."""
    if BACKEND == "sqlite":
        yield f"sqlite+pysqlite:///{tmp_path / 'blank' / DB_FILENAME}"
        return
    assert PG_URL is not None
    admin = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
    name = f"ksdesk_blank_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# --- connection settings ---------------------------------------------------------------------------


@SQLITE_ONLY
def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    services = open_services(tmp_path / "data")
    try:
        with services.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert (tmp_path / "data" / DB_FILENAME).is_file()
    finally:
        services.close()


def test_foreign_keys_are_enforced(services: Services) -> None:
    """Both backends refuse a pregnancy of a client that does not exist (SQLite only with the PRAGMA on)."""
    with pytest.raises(exc.IntegrityError), services.store.transaction() as session:
        session.execute(text(
            "INSERT INTO pregnancies (client_id, due_date, due_date_source, gravida, para, status, "
            "wants_centering, created_at, updated_at) VALUES (987654, '2027-04-01', 'lm', 1, 0, 'lopend', "
            ":f, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"), {"f": False})
    assert _count(services, PregnancyRow) == 0


def test_deleting_a_client_cascades_to_pregnancies(services: Services, midwife: Actor) -> None:
    client = services.clients.create(midwife, client_data())
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    with services.store.transaction() as session:
        session.execute(text("DELETE FROM clients WHERE id = :id"), {"id": client.id})
    assert _count(services, PregnancyRow) == 0


# --- migrations -------------------------------------------------------------------------------------


def test_migrations_run_at_open(blank_url: str, tmp_path: Path) -> None:
    store = open_engine(blank_url)
    try:
        assert current_revision(store) is None
    finally:
        store.dispose()
    services = open_services(tmp_path / "data", url=blank_url)
    try:
        assert current_revision(services.store) == head_revision()
        tables = set(inspect(services.store.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert services.accounts.needs_setup()
    finally:
        services.close()
    # opening again is a no-op
    again = open_services(tmp_path / "data", url=blank_url)
    try:
        assert current_revision(again.store) == head_revision()
        assert not (tmp_path / "data" / "backups").exists()
    finally:
        again.close()


def test_schema_matches_the_orm(services: Services) -> None:
    """The migrations create exactly what the ORM describes (Alembic autogenerate finds no difference)."""
    with services.store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []


def _stamp(services: Services, revision: str) -> None:
    with services.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": revision})


def test_newer_database_is_refused_untouched(practice_db: Database, services: Services, midwife: Actor) -> None:
    services.clients.create(midwife, client_data())
    _stamp(services, "9999_from_the_future")
    clients, entries = _count(services, ClientRow), _count(services, AuditRow)
    services.close()
    before = _file_digest(practice_db.data_dir)
    with pytest.raises(NewerDatabaseError) as caught:
        practice_db.open()
    message = str(caught.value)
    assert "nieuwere versie van ksdesk" in message
    assert "9999_from_the_future" in message
    assert "niet aangeraakt" in message
    assert _file_digest(practice_db.data_dir) == before
    assert not (practice_db.data_dir / "backups").exists()
    store = open_engine(practice_db.url, key=practice_db.key)
    try:
        assert current_revision(store) == "9999_from_the_future"
        with store.sessions() as session:
            assert session.scalar(select(func.count()).select_from(ClientRow)) == clients
            assert session.scalar(select(func.count()).select_from(AuditRow)) == entries
    finally:
        store.dispose()


# A second revision as a later ksdesk would ship it: a column on settings, and a change to pregnancies that
# SQLite can only make by recreating the table (foreign keys must be off for that, see migrate.py).
NEXT_REVISION = '''
"""settings note and pregnancy remark (test-only revision)

Revision ID: 9000
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("settings") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("pregnancies", recreate="always" if sqlite else "auto") as batch:
        batch.add_column(sa.Column("remark", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pregnancies") as batch:
        batch.drop_column("remark")
    with op.batch_alter_table("settings") as batch:
        batch.drop_column("note")
'''


@pytest.fixture
def newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A copy of the shipped migrations plus a next revision (9000), used instead of the real folder."""
    head = head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9000_test_revision.py").write_text(textwrap.dedent(NEXT_REVISION.format(down=head)),
                                                               encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    assert head_revision() == "9000"
    return head


def _existing_database_with_data(practice_db: Database, services: Services, midwife: Actor) -> int:
    client = services.clients.create(midwife, client_data())
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    assert services.audit.verify().ok
    services.close()
    return client.id


@SQLITE_ONLY
def test_copy_aside_before_migrating(practice_db: Database, services: Services, midwife: Actor,
                                     newer_migrations: str) -> None:
    client_id = _existing_database_with_data(practice_db, services, midwife)
    upgraded = practice_db.open()
    try:
        assert current_revision(upgraded.store) == "9000"
        columns = {c["name"] for c in inspect(upgraded.store.engine).get_columns("pregnancies")}
        assert "remark" in columns
        # the recreated table kept its rows, its foreign keys and its data
        with upgraded.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert _count(upgraded, PregnancyRow) == 1
        assert upgraded.audit.verify().ok
    finally:
        upgraded.close()

    copies = sorted((practice_db.data_dir / "backups").glob("*.sqlite"))
    assert len(copies) == 1
    copy = copies[0]
    assert copy.name.startswith(f"voor-migratie-{newer_migrations}-")
    assert not is_plaintext_sqlite(copy), "the copy aside is encrypted like the store"
    conn = sqlcipher3.connect(str(copy))
    conn.execute(f"PRAGMA key = \"x'{practice_db.key.hex()}'\"")
    with conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (newer_migrations,)
        assert conn.execute("SELECT surname FROM clients WHERE id = ?", (client_id,)).fetchone() == ("Vries",)
        assert conn.execute("SELECT count(*) FROM pregnancies").fetchone() == (1,)
        assert "remark" not in {r[1] for r in conn.execute("PRAGMA table_info(pregnancies)")}
    conn.close()
    # the copy is a working ksdesk database in its own right (at the old schema)
    store = open_engine(f"sqlite+pysqlite:///{copy}", key=practice_db.key)
    try:
        assert current_revision(store) == newer_migrations
    finally:
        store.dispose()


@pytest.mark.skipif(BACKEND != "postgresql", reason="the PostgreSQL twin of the copy-aside test above")
def test_migration_on_postgresql_keeps_data_and_makes_no_file_copy(practice_db: Database, services: Services,
                                                                     midwife: Actor, newer_migrations: str) -> None:
    client_id = _existing_database_with_data(practice_db, services, midwife)
    upgraded = practice_db.open()
    try:
        assert current_revision(upgraded.store) == "9000"
        assert "remark" in {c["name"] for c in inspect(upgraded.store.engine).get_columns("pregnancies")}
        assert "note" in {c["name"] for c in inspect(upgraded.store.engine).get_columns("settings")}
        with upgraded.store.sessions() as session:
            assert session.get(ClientRow, client_id) is not None
        assert _count(upgraded, PregnancyRow) == 1
        assert upgraded.audit.verify().ok
    finally:
        upgraded.close()
    assert not (practice_db.data_dir / "backups").exists()  # the server's own backups apply there


def test_no_copy_for_a_new_database(blank_url: str, tmp_path: Path, newer_migrations: str) -> None:
    services = open_services(tmp_path / "data", url=blank_url)
    try:
        assert current_revision(services.store) == "9000"
    finally:
        services.close()
    assert not (tmp_path / "data" / "backups").exists()


# --- all or nothing ---------------------------------------------------------------------------------


def test_crash_mid_use_case_writes_nothing(services: Services, midwife: Actor,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The client row is flushed, then the audit step fails: the whole use case rolls back."""
    before = (_count(services, ClientRow), _count(services, AuditRow))

    def crash(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("stroomstoring")

    monkeypatch.setattr(audit_module, "append", crash)
    with pytest.raises(RuntimeError, match="stroomstoring"):
        services.clients.create(midwife, client_data())
    monkeypatch.undo()
    assert (_count(services, ClientRow), _count(services, AuditRow)) == before
    assert services.clients.search(midwife, "vries") == []
    assert services.audit.verify().ok


def test_crash_inside_a_transaction_writes_nothing(services: Services) -> None:
    before = (_count(services, ClientRow), _count(services, PregnancyRow))
    with pytest.raises(RuntimeError), services.store.transaction() as session:
        session.execute(text(
            "INSERT INTO clients (given_names, surname, date_of_birth, id_document_type, preferred_language, "
            "interpreter_needed, sort_name, search_text, created_at, updated_at) VALUES ('Half', 'Geschreven', "
            "'1990-01-01', 'geen', 'Nederlands', :f, 'geschreven half', 'half geschreven', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"), {"f": False})
        session.flush()
        raise RuntimeError("midden in de transactie")
    assert (_count(services, ClientRow), _count(services, PregnancyRow)) == before


def test_a_failed_use_case_leaves_the_store_usable(services: Services, midwife: Actor) -> None:
    services.clients.create(midwife, client_data())
    with pytest.raises(ValidationError):  # duplicate BSN
        services.clients.create(midwife, client_data())
    assert len(services.clients.search(midwife, "")) == 1
