"""Wiring: data folder → database → migrations → services. Used by the GUI, the CLI and the tests."""

from __future__ import annotations

import os
from pathlib import Path

from ksdesk import paths
from ksdesk.services import Services
from ksdesk.storage import migrate
from ksdesk.storage.db import DB_FILENAME, open_engine, sqlite_url
from ksdesk.storage.errors import StorageUnavailable, storage_problem


def database_url(data_dir: Path) -> str:
    override = paths.database_url_override()
    if override:
        return override
    return sqlite_url(data_dir / DB_FILENAME).render_as_string(hide_password=False)


def open_services(data_dir: str | os.PathLike[str] | None = None, *, url: str | None = None) -> Services:
    """Open (and if needed create and migrate) the store and return the services facade."""
    from sqlalchemy.exc import DBAPIError

    try:
        folder = paths.data_dir(data_dir)
        store = open_engine(url or database_url(folder))
    except OSError as exc:  # the folder cannot be created
        raise StorageUnavailable(f"De gegevensmap van ksdesk kan niet worden aangemaakt ({exc.filename}): "
                                 f"{exc.strerror or exc}.") from exc
    try:
        migrate.upgrade(store, backup_dir=folder / "backups")
    except DBAPIError as exc:
        store.dispose()
        problem = storage_problem(exc, folder)
        if problem is None:
            raise
        raise problem from exc
    except Exception:
        store.dispose()
        raise
    return Services.create(store)
