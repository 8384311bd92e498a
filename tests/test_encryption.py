"""Encryption at rest: the embedded store is a SQLCipher file that any valid login opens and nothing else does.

Key slots per user (argon2id → AES-GCM), rewrapping on password changes, removal with the user, the recovery key
(also without the key file), the conversion of a plaintext store from an earlier version, and the Gate that
the login window uses.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ksdesk.app import (
    Gate,
    StoreLocked,
    WrongSecret,
    open_services,
    open_with_recovery_key,
    store_state,
    unlock_key,
)
from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.security.keyslots import KEYS_FILENAME, KeyFile, format_recovery_key, parse_recovery_key
from ksdesk.services import Services
from ksdesk.services.accounts import LoginFailed
from ksdesk.services.errors import PermissionDenied
from ksdesk.storage import migrate
from ksdesk.storage.db import DB_FILENAME, open_engine, sqlite_url
from ksdesk.storage.files import is_plaintext_sqlite
from ksdesk.storage.orm import ClientRow
from tests.conftest import ADMIN_TOTP_SECRET, BACKEND, PASSWORD, PRACTICE, USERS, client_data

pytestmark = pytest.mark.skipif(BACKEND != "sqlite", reason="encryption at rest of the embedded store "
                                "(a PostgreSQL server relies on its own disk encryption)")

NEW_PASSWORD = "een-ander-lang-wachtwoord"


def _set_up(folder: Path) -> Services:
    """A new practice in a new data folder, with a beheerder (two factors) and a midwife."""
    services = open_services(folder)
    admin = services.accounts.first_run(PRACTICE, *USERS[Role.ADMIN], PASSWORD)
    admin, _codes = services.accounts.confirm_totp_enrolment(admin, ADMIN_TOTP_SECRET,
                                                             totp.current_code(ADMIN_TOTP_SECRET))
    services.accounts.create_user(admin, *USERS[Role.MIDWIFE], Role.MIDWIFE, PASSWORD)
    return services


def _admin(services: Services):  # type: ignore[no-untyped-def]
    return services.accounts.login(USERS[Role.ADMIN][0], PASSWORD, totp.current_code(ADMIN_TOTP_SECRET))


def _files_hold(folder: Path, needle: bytes) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_a_new_store_is_encrypted_and_opens_only_with_a_login(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    services = _set_up(folder)
    midwife = services.accounts.login(USERS[Role.MIDWIFE][0], PASSWORD)
    client = services.clients.create(midwife, client_data(surname="Versleuteld"))
    key = services.store.key
    assert key is not None
    services.close()

    assert not is_plaintext_sqlite(folder / DB_FILENAME)
    assert store_state(folder) == "encrypted"
    # neither the client's name nor the key itself appears anywhere in the data folder
    assert _files_hold(folder, b"Versleuteld") == []
    assert _files_hold(folder, key) == [] and _files_hold(folder, key.hex().encode()) == []
    with pytest.raises(StoreLocked):
        open_services(folder)
    with pytest.raises(WrongSecret):
        unlock_key(folder, USERS[Role.MIDWIFE][0], "niet-het-wachtwoord")
    with pytest.raises(WrongSecret):
        unlock_key(folder, "onbekend", PASSWORD)
    for username in (USERS[Role.ADMIN][0], USERS[Role.MIDWIFE][0]):
        assert unlock_key(folder, username, PASSWORD) == key
    reopened = open_services(folder, key=key)
    try:
        midwife = reopened.accounts.login(USERS[Role.MIDWIFE][0], PASSWORD)
        assert reopened.clients.get(midwife, client.id).surname == "Versleuteld"
        assert reopened.audit.verify().ok
    finally:
        reopened.close()
    with pytest.raises(WrongSecret):
        open_services(folder, key=os.urandom(32))


def test_slots_follow_passwords_and_users(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    services = _set_up(folder)
    key = services.store.key
    try:
        admin = _admin(services)
        anna = services.accounts.create_user(admin, *USERS[Role.ASSISTANT], Role.ASSISTANT, PASSWORD)
        assert unlock_key(folder, USERS[Role.ASSISTANT][0], PASSWORD) == key
        # changing her own password: the new one opens; the old wrap stays until she logs in with the new one
        midwife = services.accounts.login(USERS[Role.MIDWIFE][0], PASSWORD)
        services.accounts.change_own_password(midwife, PASSWORD, NEW_PASSWORD)
        assert unlock_key(folder, USERS[Role.MIDWIFE][0], NEW_PASSWORD) == key
        services.accounts.login(USERS[Role.MIDWIFE][0], NEW_PASSWORD)
        with pytest.raises(WrongSecret):
            unlock_key(folder, USERS[Role.MIDWIFE][0], PASSWORD)
        # a reset by the beheerder rewraps that user's slot
        services.accounts.reset_password(admin, anna.id, NEW_PASSWORD)
        assert unlock_key(folder, USERS[Role.ASSISTANT][0], NEW_PASSWORD) == key
        # a removed user's slot goes with her
        services.accounts.update_user(admin, anna.id, active=False)
        with pytest.raises(WrongSecret):
            unlock_key(folder, USERS[Role.ASSISTANT][0], NEW_PASSWORD)
        assert USERS[Role.ASSISTANT][0] not in KeyFile.load(folder / KEYS_FILENAME).users()  # type: ignore[union-attr]
    finally:
        services.close()


def test_recovery_key_is_shown_once_and_opens_the_store_without_the_key_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    services = _set_up(folder)
    key = services.store.key
    assert key is not None
    try:
        admin = _admin(services)
        midwife = services.accounts.login(USERS[Role.MIDWIFE][0], PASSWORD)
        assert services.accounts.take_recovery_key(midwife) is None  # only for a beheerder
        shown = services.accounts.take_recovery_key(admin)
        assert shown is not None and parse_recovery_key(shown) == key
        assert len(shown.split("-")) == 13
        assert services.accounts.take_recovery_key(admin) is None  # once
        with pytest.raises(PermissionDenied):
            services.accounts.recover_admin(USERS[Role.ADMIN][0], NEW_PASSWORD)
    finally:
        services.close()

    (folder / KEYS_FILENAME).unlink()  # the key file lost: the printed key still opens the data
    with pytest.raises(WrongSecret):
        unlock_key(folder, USERS[Role.ADMIN][0], PASSWORD)
    with pytest.raises(WrongSecret):
        open_with_recovery_key(folder, format_recovery_key(os.urandom(32)))
    recovered = open_with_recovery_key(folder, shown.lower().replace("-", " "))
    try:
        actor = recovered.accounts.recover_admin(USERS[Role.ADMIN][0], NEW_PASSWORD)
        assert actor.role is Role.ADMIN
        assert recovered.audit.verify().ok
    finally:
        recovered.close()
    assert unlock_key(folder, USERS[Role.ADMIN][0], NEW_PASSWORD) == key


def _plaintext_store(folder: Path) -> Services:
    """A store as an earlier ksdesk left it: a plain SQLite file, no key file, a copy aside in backups/."""
    folder.mkdir(parents=True)
    store = open_engine(sqlite_url(folder / DB_FILENAME))
    migrate.upgrade(store)
    services = Services.create(store)
    admin = services.accounts.first_run(PRACTICE, *USERS[Role.ADMIN], PASSWORD)
    admin, _codes = services.accounts.confirm_totp_enrolment(admin, ADMIN_TOTP_SECRET,
                                                             totp.current_code(ADMIN_TOTP_SECRET))
    services.accounts.create_user(admin, *USERS[Role.MIDWIFE], Role.MIDWIFE, PASSWORD)
    midwife = services.accounts.login(USERS[Role.MIDWIFE][0], PASSWORD)
    for n in range(5):
        services.clients.create(midwife, client_data(surname=f"Oudversie{n}", bsn="", id_document_type="geen",
                                                     id_document_number="", bsn_missing_reason="Nog niet bekend"))
    (folder / "backups").mkdir()
    from ksdesk.storage.files import copy_store

    copy_store(store, folder / "backups" / "voor-migratie-0001-20260101-120000.sqlite")
    services.close()
    return services


def test_a_plaintext_store_is_encrypted_at_the_first_login(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _plaintext_store(folder)
    assert store_state(folder) == "plaintext"
    assert _files_hold(folder, b"Oudversie3")
    gate = Gate(folder, open_services(folder))
    with pytest.raises(LoginFailed):
        gate.login(USERS[Role.MIDWIFE][0], "niet-het-wachtwoord")
    assert store_state(folder) == "plaintext"  # a failed login converts nothing
    actor = gate.login(USERS[Role.MIDWIFE][0], PASSWORD)
    services = gate.services
    assert services is not None and services.store.encrypted
    try:
        assert services.clients.count(actor, "oudversie") == 5
        assert services.audit.verify().ok
        with services.store.sessions() as session:
            assert session.scalar(select(func.count()).select_from(ClientRow)) == 5
    finally:
        gate.close()
    assert store_state(folder) == "encrypted"
    assert _files_hold(folder, b"Oudversie3") == [], "no plaintext left: not the store, not the copy aside"
    assert not list(folder.glob("*.onversleuteld*")) and not list(folder.glob("*.versleuteld"))
    # the converting user's password opens it; the others get their slot from the beheerder (reset)
    key = unlock_key(folder, USERS[Role.MIDWIFE][0], PASSWORD)
    with pytest.raises(WrongSecret):
        unlock_key(folder, USERS[Role.ADMIN][0], PASSWORD)
    reopened = open_services(folder, key=key)
    try:
        admin = reopened.accounts.login(USERS[Role.ADMIN][0], PASSWORD, totp.current_code(ADMIN_TOTP_SECRET))
        assert reopened.accounts.take_recovery_key(admin) is not None  # the beheerder is shown the key
    finally:
        reopened.close()
    assert unlock_key(folder, USERS[Role.ADMIN][0], PASSWORD) == key  # her login made her slot


def test_an_interrupted_conversion_is_finished_at_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _plaintext_store(folder)
    services = open_services(folder)
    gate = Gate(folder, services)
    gate.login(USERS[Role.MIDWIFE][0], PASSWORD)
    key = gate.services.store.key  # type: ignore[union-attr]
    gate.close()
    # put the folder back in the state "encrypted copy and key file written, plaintext not yet moved aside"
    database = folder / DB_FILENAME
    os.replace(database, folder / (DB_FILENAME + ".versleuteld"))
    _plaintext_store(tmp_path / "again")
    os.replace(tmp_path / "again" / DB_FILENAME, database)
    assert store_state(folder) == "encrypted"
    assert not (folder / (DB_FILENAME + ".versleuteld")).exists()
    assert not (folder / (DB_FILENAME + ".onversleuteld")).exists()
    reopened = open_services(folder, key=key)
    reopened.close()


def test_the_gate_opens_a_locked_store_at_login(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _set_up(folder).close()
    gate = Gate(folder)
    assert gate.services is None and not gate.needs_setup()
    assert gate.practice_info() == (PRACTICE["name"], False)
    with pytest.raises(LoginFailed):
        gate.login(USERS[Role.MIDWIFE][0], "niet-het-wachtwoord")
    assert gate.services is None
    actor = gate.login(USERS[Role.MIDWIFE][0], PASSWORD)
    assert actor.role is Role.MIDWIFE and gate.services is not None
    gate.close()


def test_an_abandoned_set_up_starts_afresh(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_services(folder).close()  # created, but nobody made a practice
    assert store_state(folder) == "new"
    services = _set_up(folder)
    services.close()
    assert store_state(folder) == "encrypted"


def test_recover_on_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "data"
    services = _set_up(folder)
    shown = services.accounts.take_recovery_key(_admin(services))
    services.close()
    assert shown is not None
    env = {k: v for k, v in os.environ.items() if k not in {"KSDESK_DATABASE_URL", "KSDESK_DATA_DIR"}}
    env.update(KSDESK_RECOVERY_KEY=shown, KSDESK_USER=USERS[Role.ADMIN][0], KSDESK_NEW_PASSWORD=NEW_PASSWORD)
    run = [sys.executable, "-m", "ksdesk", "recover", "--data-dir", str(folder)]
    done = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "nieuw wachtwoord" in done.stdout
    assert unlock_key(folder, USERS[Role.ADMIN][0], NEW_PASSWORD)
    wrong = subprocess.run(run, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                           env={**env, "KSDESK_RECOVERY_KEY": format_recovery_key(os.urandom(32))})
    assert wrong.returncode == 2 and "opent de database niet" in wrong.stderr
