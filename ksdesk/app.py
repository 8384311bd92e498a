"""Wiring: data folder → database → migrations → services. Used by the GUI, the CLI and the tests."""

from __future__ import annotations

import os
from pathlib import Path

from ksdesk import paths
from ksdesk.services import Services
from ksdesk.storage import migrate
from ksdesk.storage.db import DB_FILENAME, open_engine, sqlite_url


def database_url(data_dir: Path) -> str:
    override = paths.database_url_override()
    if override:
        return override
    return sqlite_url(data_dir / DB_FILENAME).render_as_string(hide_password=False)


def open_services(data_dir: str | os.PathLike[str] | None = None, *, url: str | None = None) -> Services:
    """Open (and if needed create and migrate) the store and return the services facade."""
    folder = paths.data_dir(data_dir)
    store = open_engine(url or database_url(folder))
    try:
        migrate.upgrade(store, backup_dir=folder / "backups")
    except Exception:
        store.dispose()
        raise
    return Services.create(store)
