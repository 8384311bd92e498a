"""Wiring: data folder → database → migrations → services. Used by the GUI, the CLI and the tests.

The embedded store is encrypted (SQLCipher) with a random key kept in key slots (ksdesk.security.keyslots):
- a new data folder gets a new key and an encrypted database at once; the key slots file is marked "set-up
  pending" until the first beheerder exists (a set-up abandoned before that is started afresh: nothing in it);
- an existing encrypted store needs the key: `unlock_key(folder, username, password)` or a recovery key;
- a plaintext store from an earlier version opens as it is, and `encrypt_store()` converts it after a
  successful login (the converting user gets her key slot; the other users get theirs when the beheerder
  resets their password, or at their first login on a workstation where the store is already open).
A database on a server (PostgreSQL, through KSDESK_DATABASE_URL) relies on the server's own encryption.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ksdesk import paths
from ksdesk.paths import DB_FILENAME
from ksdesk.security.keyslots import KEYS_FILENAME, KeyFile, WrongSecret, new_key
from ksdesk.storage.errors import StorageUnavailable, storage_problem
from ksdesk.storage.files import encrypt_file, is_plaintext_sqlite, remove_securely, sidecars

if TYPE_CHECKING:  # the login window opens before SQLAlchemy, Alembic and the services are loaded
    from ksdesk.services import Services
    from ksdesk.services.context import Actor
    from ksdesk.storage.db import Store

__all__ = ["Gate", "StoreLocked", "WrongSecret", "database_url", "encrypt_store", "open_services",
           "open_with_recovery_key", "store_state", "unlock_key"]


class StoreLocked(Exception):
    """The data folder holds an encrypted store: log in (or use the recovery key) to open it."""


def database_url(data_dir: Path) -> str:
    override = paths.database_url_override()
    if override:
        return override
    from ksdesk.storage.db import sqlite_url

    return sqlite_url(data_dir / DB_FILENAME).render_as_string(hide_password=False)


def _folder(data_dir: str | os.PathLike[str] | None) -> Path:
    try:
        return paths.data_dir(data_dir)
    except OSError as exc:  # the folder cannot be created
        raise StorageUnavailable(f"De gegevensmap van ksdesk kan niet worden aangemaakt ({exc.filename}): "
                                 f"{exc.strerror or exc}.") from exc


def store_state(data_dir: str | os.PathLike[str] | None = None) -> str:
    """'server' (a database URL is set), 'new', 'plaintext' (from an earlier version) or 'encrypted'."""
    if paths.database_url_override():
        return "server"
    folder = _folder(data_dir)
    _finish_interrupted_encryption(folder)
    database = folder / DB_FILENAME
    keys = KeyFile.load(folder / KEYS_FILENAME)
    if keys is not None and keys.setup_pending and not keys.users():
        return "new"  # an abandoned set-up: nobody could have stored anything in it
    if not database.exists():
        return "new"
    return "plaintext" if is_plaintext_sqlite(database) else "encrypted"


def unlock_key(data_dir: str | os.PathLike[str] | None, username: str, password: str) -> bytes:
    """The database key from the user's key slot; WrongSecret with a Dutch message when it does not open."""
    keys = KeyFile.load(_folder(data_dir) / KEYS_FILENAME)
    if keys is None:
        raise WrongSecret("Het sleutelbestand (ksdesk.keys) ontbreekt in de gegevensmap. Open de gegevens met de "
                          "herstelsleutel uit de kluis van de praktijk.")
    return keys.unlock(username, password)


def public_practice_label(data_dir: str | os.PathLike[str] | None) -> tuple[str, bool] | None:
    """The practice name and demo flag of a locked store, for the login window."""
    keys = KeyFile.load(_folder(data_dir) / KEYS_FILENAME)
    return keys.practice if keys is not None and not keys.setup_pending else None


def open_services(data_dir: str | os.PathLike[str] | None = None, *, url: str | None = None,
                  key: bytes | None = None) -> Services:
    """Open (and if needed create and migrate) the store and return the services facade.

    With `url` (tests, or a server) that database is used; a key then opens a SQLite file as SQLCipher.
    Without it the data folder's own store is used: created encrypted when new, opened with `key` when
    encrypted (StoreLocked without one), opened as it is when plaintext from an earlier version.
    """
    folder = _folder(data_dir)
    keys: KeyFile | None = None
    if url is None and not paths.database_url_override():
        state = store_state(folder)
        database = folder / DB_FILENAME
        if state == "new" and key is not None and database.exists() and not is_plaintext_sqlite(database):
            state = "encrypted"  # a set-up in progress, opened again with its key (tests copy such stores)
        if state == "new":
            for file in sidecars(database):
                file.unlink(missing_ok=True)
            key = key or new_key()
            keys = KeyFile.create(folder / KEYS_FILENAME)
        elif state == "encrypted":
            if key is None:
                raise StoreLocked("De gegevens van ksdesk zijn versleuteld: meld je aan om ze te openen.")
            keys = KeyFile.load(folder / KEYS_FILENAME)
        else:
            key = None
    from ksdesk.services import Services
    from ksdesk.storage.db import open_engine

    try:
        store = open_engine(url or database_url(folder), key=key)
    except OSError as exc:
        raise StorageUnavailable(f"De database van ksdesk kan niet worden geopend ({exc.filename}): "
                                 f"{exc.strerror or exc}.") from exc
    store.keys = keys
    _migrate(store, folder)
    return Services.create(store)


def _migrate(store: Store, folder: Path) -> None:
    from sqlalchemy.exc import DBAPIError

    from ksdesk.storage import migrate

    try:
        migrate.upgrade(store, backup_dir=folder / "backups")
    except DBAPIError as exc:
        store.dispose()
        if "file is not a database" in str(exc):
            raise WrongSecret("Deze sleutel opent de database niet.") from exc
        problem = storage_problem(exc, folder)
        if problem is None:
            raise
        raise problem from exc
    except Exception:
        store.dispose()
        raise


def open_with_recovery_key(data_dir: str | os.PathLike[str] | None, recovery_key: str) -> Services:
    """Open the encrypted store with the printed recovery key (also when ksdesk.keys is lost); the services
    then allow AccountService.recover_admin. A lost key file is made anew (slots follow at each login)."""
    from ksdesk.security.keyslots import parse_recovery_key

    folder = _folder(data_dir)
    if store_state(folder) != "encrypted":
        raise WrongSecret("Deze gegevensmap bevat geen versleutelde gegevens.")
    key = parse_recovery_key(recovery_key)
    services = open_services(folder, key=key)
    if services.store.keys is None:
        keys = KeyFile.create(folder / KEYS_FILENAME)
        keys.finish_setup(*(services.practice.public_info() or ("", False)))
        keys.take_recovery_pending()
        services.store.keys = keys
    services.store.recovered = True
    return services


# --- converting a plaintext store from an earlier version --------------------------------------------------


def _finish_interrupted_encryption(folder: Path) -> None:
    """Complete a conversion that a crash or power cut interrupted (see encrypt_store for the steps)."""
    database = folder / DB_FILENAME
    encrypted = folder / (DB_FILENAME + ".versleuteld")
    old = folder / (DB_FILENAME + ".onversleuteld")
    if encrypted.exists() and (folder / KEYS_FILENAME).exists():
        if database.exists() and is_plaintext_sqlite(database):
            for file, target in zip(sidecars(database), sidecars(old), strict=True):
                if file.exists():
                    os.replace(file, target)
        if not database.exists():
            os.replace(encrypted, database)
    if old.exists() and database.exists() and not is_plaintext_sqlite(database):
        remove_securely(old)
    if encrypted.exists() and database.exists() and not is_plaintext_sqlite(database):
        encrypted.unlink()


def encrypt_store(services: Services, data_dir: str | os.PathLike[str] | None, username: str,
                  password: str) -> Services:
    """Convert the plaintext store to an encrypted one after `username` logged in; returns the reopened services.

    Steps, each safe to interrupt: export to ksdesk.sqlite.versleuteld and verify it (integrity, audit chain,
    row counts); write the key slots; move the plaintext file aside; move the encrypted one in place; remove
    the plaintext file securely. Copies made before migrations (backups/*.sqlite) are encrypted too.
    """
    from sqlalchemy import inspect, text

    from ksdesk.storage.backup import verify_backup

    folder = _folder(data_dir)
    store = services.store
    if store.encrypted or store.path is None or not is_plaintext_sqlite(store.path):
        return services
    database = store.path
    key = new_key()
    target = folder / (DB_FILENAME + ".versleuteld")
    with store.engine.connect() as conn:  # sqlcipher_export reads the WAL too: no checkpoint needed
        tables = inspect(conn).get_table_names()
        counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
    encrypt_file(database, target, key)
    check = verify_backup(target, key, row_counts=counts)  # the same check every backup gets
    if not check.ok:
        for file in sidecars(target):
            file.unlink(missing_ok=True)
        raise StorageUnavailable(f"De versleutelde kopie is afgekeurd: {check.problem} De gegevens blijven "
                                 "onversleuteld.")
    keys = KeyFile.create(folder / KEYS_FILENAME)  # the recovery key is shown to the beheerder at her next visit
    keys.add_user(username, password, key)
    keys.finish_setup(*(services.practice.public_info() or ("", False)))
    services.close()
    old = folder / (DB_FILENAME + ".onversleuteld")
    for file, aside in zip(sidecars(database), sidecars(old), strict=True):
        if file.exists():
            os.replace(file, aside)
    os.replace(target, database)
    remove_securely(old)
    for copy in sorted((folder / "backups").glob("*.sqlite")):
        if is_plaintext_sqlite(copy):
            encrypted_copy = copy.with_name(copy.name + ".versleuteld")
            encrypt_file(copy, encrypted_copy, key)
            remove_securely(copy)
            os.replace(encrypted_copy, copy)
    return open_services(folder, key=key)


class Gate:
    """The way in for the GUI: logs a user in and, for an encrypted store, opens it with her key slot first.

    A plaintext store from an earlier version is encrypted right after the first successful login.
    """

    def __init__(self, data_dir: str | os.PathLike[str] | None, services: Services | None = None) -> None:
        self.data_dir = _folder(data_dir) if data_dir is not None or services is None else None
        self.services = services

    def practice_info(self) -> tuple[str, bool] | None:
        if self.services is not None:
            return self.services.practice.public_info()
        return public_practice_label(self.data_dir)

    def needs_setup(self) -> bool:
        return self.services is not None and self.services.accounts.needs_setup()

    def login(self, username: str, password: str, second_factor_code: str | None = None) -> Actor:
        """As AccountService.login (LoginFailed, SecondFactorRequired), opening the store when still locked."""
        from ksdesk.services.accounts import LoginFailed

        if self.services is None:
            assert self.data_dir is not None
            try:
                key = unlock_key(self.data_dir, username, password)
            except WrongSecret:
                raise LoginFailed("Onjuiste gebruikersnaam of wachtwoord.") from None
            self.services = open_services(self.data_dir, key=key)
        actor = self.services.accounts.login(username, password, second_factor_code)
        store = self.services.store
        if (self.data_dir is not None and not store.encrypted and store.path is not None
                and store.path.parent == self.data_dir and not paths.database_url_override()):
            self.services = encrypt_store(self.services, self.data_dir, username, password)
        return actor

    def recover(self, recovery_key: str, username: str, new_password: str) -> Actor:
        """Nobody can log in: open the store with the recovery key and give beheerder `username` a new
        password (WrongSecret for a wrong key; ValidationError for a wrong user name or weak password)."""
        assert self.data_dir is not None
        services = open_with_recovery_key(self.data_dir, recovery_key)
        try:
            actor = services.accounts.recover_admin(username, new_password)
        except Exception:
            services.close()
            raise
        if self.services is not None:
            self.services.close()
        services.store.recovered = False  # the exception is used up
        self.services = services
        return actor

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None
