"""Bring a database to the schema this app version needs: copy aside, migrate, refuse newer ones."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from ksdesk.storage.db import Store
from ksdesk.storage.errors import NewerDatabaseError  # (defined with the other storage errors; re-exported)

__all__ = ["NewerDatabaseError", "current_revision", "head_revision", "upgrade"]

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(store: Store, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. Returns the path of the copy made aside first (SQLite with data), if any."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(store)
    head = script.get_current_head()
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise NewerDatabaseError(
            "Deze database is gemaakt met een nieuwere versie van ksdesk "
            f"(schema {current}). Installeer de nieuwste versie; de gegevens zijn niet aangeraakt."
        )
    if current == head:
        return None
    copy = None
    if store.is_sqlite and current is not None and store.path is not None:
        copy = _copy_aside(store, backup_dir or store.path.parent / "backups", current)
    config = alembic_config()
    if store.is_sqlite:
        _upgrade_sqlite(store, config)
    else:
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    log.info("database migrated from %s to %s", current, head)
    return copy


def _upgrade_sqlite(store: Store, config: Config) -> None:
    # batch_alter_table recreates tables: foreign keys must be off, and that only works outside a transaction.
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
            problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            conn.rollback()
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {len(problems)} rows")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _copy_aside(store: Store, backup_dir: Path, revision: str) -> Path:
    """A consistent copy of the live SQLite file (WAL included; encrypted like the store) before migrating."""
    from ksdesk.storage.files import copy_store

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return copy_store(store, backup_dir / f"voor-migratie-{revision}-{stamp}.sqlite")
