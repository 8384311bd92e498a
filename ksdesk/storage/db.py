"""Engine and sessions for SQLite (embedded default) and PostgreSQL (several workstations)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from ksdesk.paths import DB_FILENAME  # noqa: F401  (re-exported: where the store lives)
from ksdesk.storage.errors import storage_problem


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling is unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher only (plain SQLite ignores it): no stderr noise
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a transaction reported as committed survives a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Every use case writes (at least its audit entry): take the write lock up front so the
        # hash chain is extended from the latest entry and no deferred upgrade can fail half-way.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


@dataclass
class Store:
    """An opened database: engine plus session factory."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None  # the SQLite file, None on a server
    key: bytes | None = None  # SQLCipher database key (embedded store), held in memory while open
    keys: Any = None  # the KeyFile with the users' key slots (ksdesk.security.keyslots), when encrypted
    recovered: bool = False  # opened with the recovery key: a beheerder may be given a new password

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case = one transaction: commit at the end, roll back everything on any error.

        A full disk, a read-only folder or an unreadable file raises a StorageError with a Dutch message.
        """
        try:
            with self.sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            problem = storage_problem(exc, self.path.parent if self.path else None)
            if problem is None:
                raise
            raise problem from exc

    def dispose(self) -> None:
        self.engine.dispose()


def encrypted_url(path: Path, key: bytes) -> URL:
    """SQLCipher with a raw 256-bit key (PRAGMA key = "x'..'"): no key derivation on every connection."""
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


def open_engine(url: str | URL, key: bytes | None = None) -> Store:
    """Create the engine for a URL (no migrations here: see storage.migrate). With a key, a SQLite file is
    opened as a SQLCipher database (pooled connections: the dialect's default pool suits no desktop app)."""
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        path = Path(url.database) if url.database else None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        if key is not None:
            assert path is not None, "an encrypted store is a file"
            engine = create_engine(encrypted_url(path, key), poolclass=QueuePool,
                                   connect_args={"check_same_thread": False})
        else:
            engine = create_engine(url, connect_args={"check_same_thread": False})
        _configure_sqlite(engine)
    else:
        path = None
        engine = create_engine(url, pool_pre_ping=True)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Store(engine=engine, sessions=sessions, path=path, key=key)
