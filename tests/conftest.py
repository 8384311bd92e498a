"""Shared fixtures. The whole suite runs on SQLite by default and on PostgreSQL when
KSDESK_TEST_PG_URL is set (.ci/run runs it both ways).

Every test gets its own fresh database, copied from a migrated template (a file copy on SQLite,
CREATE DATABASE ... TEMPLATE on PostgreSQL), so tests are isolated and still fast.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, make_url, text

from ksdesk.app import open_services
from ksdesk.records.enums import Role
from ksdesk.security import keyslots, passwords, totp
from ksdesk.security.keyslots import KEYS_FILENAME
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.storage.db import sqlite_url

PG_URL = os.environ.get("KSDESK_TEST_PG_URL")
BACKEND = "postgresql" if PG_URL else "sqlite"

PASSWORD = "correct-horse-battery"
ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # the beheerder must log in with two factors
PRACTICE = {"name": "Verloskundigenpraktijk De Testhoek", "agb_code": "03012345", "postcode": "6211AB",
            "city": "Maastricht"}
USERS = {
    Role.ADMIN: ("bea", "Bea Beheer"),
    Role.MIDWIFE: ("mila", "Mila Verloskundige"),
    Role.ASSISTANT: ("anna", "Anna Assistent"),
}
_counter = itertools.count()


def pytest_report_header(config: pytest.Config) -> str:
    return f"ksdesk test database backend: {BACKEND}"


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> Iterator[None]:
    """argon2id at production cost takes ~0.15 s a hash; tests use the same algorithm, cheaper."""
    previous = passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    previous_kdf = keyslots.use_kdf_params(keyslots.KdfParams(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    passwords.use_hasher(previous)
    keyslots.use_kdf_params(previous_kdf)


def _pg_admin_engine():  # type: ignore[no-untyped-def]
    return create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")


def _pg_database_url(name: str) -> str:
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


@dataclass
class Template:
    """A migrated database to copy per test (SQLite: the encrypted file, its key slots and its key)."""

    sqlite_file: Path | None = None
    pg_name: str | None = None
    key: bytes | None = None


def _build_template(root: Path, with_practice: bool) -> Template:
    tag = "practice" if with_practice else "empty"
    if BACKEND == "sqlite":
        folder = root / f"template-{tag}"
        services = open_services(folder)  # a new data folder: an encrypted store with a new key
        template = Template(sqlite_file=folder / "ksdesk.sqlite", key=services.store.key)
    else:
        name = f"ksdesk_tpl_{tag}_{uuid.uuid4().hex[:8]}"
        with _pg_admin_engine().connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        services = open_services(root / f"template-{tag}", url=_pg_database_url(name))
        template = Template(pg_name=name)
    if with_practice:
        admin = services.accounts.first_run(PRACTICE, *USERS[Role.ADMIN], PASSWORD)
        admin, _codes = services.accounts.confirm_totp_enrolment(admin, ADMIN_TOTP_SECRET,
                                                                 totp.current_code(ADMIN_TOTP_SECRET))
        for role in (Role.MIDWIFE, Role.ASSISTANT):
            services.accounts.create_user(admin, *USERS[role], role, PASSWORD)
        services.accounts.take_recovery_key(admin)  # the practice has printed it (shown once at creation)
    services.close()  # closing the last connection checkpoints SQLite's WAL into the main file
    return template


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Template]]:
    root = tmp_path_factory.mktemp("templates")
    built = {"empty": _build_template(root, False), "practice": _build_template(root, True)}
    yield built
    if BACKEND == "postgresql":
        with _pg_admin_engine().connect() as conn:
            for template in built.values():
                conn.execute(text(f'DROP DATABASE IF EXISTS "{template.pg_name}" WITH (FORCE)'))


@dataclass
class Database:
    """A fresh database for one test: its data folder and URL (SQLite: the encrypted store and its key)."""

    data_dir: Path
    url: str
    key: bytes | None = None

    def open(self) -> Services:
        """The services on this database, as the app opens them (SQLite: the data folder, with the key)."""
        if self.key is not None:
            return open_services(self.data_dir, key=self.key)
        return open_services(self.data_dir, url=self.url)


def _fresh_database(template: Template, tmp_path: Path) -> Iterator[Database]:
    data_dir = tmp_path / f"data-{next(_counter)}"
    data_dir.mkdir()
    if BACKEND == "sqlite":
        assert template.sqlite_file is not None
        target = data_dir / "ksdesk.sqlite"
        shutil.copyfile(template.sqlite_file, target)
        shutil.copyfile(template.sqlite_file.with_name(KEYS_FILENAME), data_dir / KEYS_FILENAME)
        yield Database(data_dir, sqlite_url(target).render_as_string(hide_password=False), template.key)
        return
    name = f"ksdesk_t_{uuid.uuid4().hex[:12]}"
    with _pg_admin_engine().connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template.pg_name}"'))
    try:
        yield Database(data_dir, _pg_database_url(name))
    finally:
        with _pg_admin_engine().connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def empty_db(templates: dict[str, Template], tmp_path: Path) -> Iterator[Database]:
    """A migrated database with nothing in it (first run)."""
    yield from _fresh_database(templates["empty"], tmp_path)


@pytest.fixture
def practice_db(templates: dict[str, Template], tmp_path: Path) -> Iterator[Database]:
    """A migrated database with a practice and one user per role (password: PASSWORD)."""
    yield from _fresh_database(templates["practice"], tmp_path)


@pytest.fixture
def services(practice_db: Database) -> Iterator[Services]:
    svc = practice_db.open()
    yield svc
    svc.close()


@pytest.fixture
def empty_services(empty_db: Database) -> Iterator[Services]:
    svc = empty_db.open()
    yield svc
    svc.close()


def _login(services: Services, role: Role) -> Actor:
    code = totp.current_code(ADMIN_TOTP_SECRET) if role is Role.ADMIN else None
    return services.accounts.login(USERS[role][0], PASSWORD, code)


@pytest.fixture
def admin(services: Services) -> Actor:
    return _login(services, Role.ADMIN)


@pytest.fixture
def midwife(services: Services) -> Actor:
    return _login(services, Role.MIDWIFE)


@pytest.fixture
def assistant(services: Services) -> Actor:
    return _login(services, Role.ASSISTANT)


def client_data(**overrides: object) -> dict[str, object]:
    """A valid fictitious client (BSN passes the 11-proef)."""
    data: dict[str, object] = {
        "given_names": "Anouk Maria",
        "surname_prefix": "de",
        "surname": "Vries",
        "date_of_birth": "12-03-1994",
        "bsn": "111222333",
        "id_document_type": "paspoort",
        "id_document_number": "NX12AB345",
        "street": "Teststraat 1",
        "postcode": "6211 AB",
        "city": "Maastricht",
        "municipality": "Maastricht",
        "phone": "06 12345678",
    }
    data.update(overrides)
    return data


def pregnancy_data(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {"due_date": "01-04-2027", "due_date_source": "lm", "gravida": 1, "para": 0}
    data.update(overrides)
    return data
