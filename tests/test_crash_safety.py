"""Crash safety: the app's write path is killed with SIGKILL at random moments, fifty times over.

A helper process imports ksdesk once and forks a writer per round (so a round costs milliseconds, not an
interpreter start). The writer opens the real SQLite store, logs in and writes a stream of use cases (new
client, new pregnancy, an update with a rising version number), reporting each one only after the service
call returned. The test kills it at a random moment and then proves: the store opens, passes
PRAGMA integrity_check and the audit-chain check, and holds every write that was reported committed.
POSIX only (fork and SIGKILL); the app itself uses neither.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ksdesk.app import open_services
from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.storage.orm import ClientRow, PregnancyRow
from tests.conftest import ADMIN_TOTP_SECRET, BACKEND, PASSWORD, PRACTICE, USERS

pytestmark = [
    pytest.mark.skipif(BACKEND != "sqlite", reason="crash safety of the embedded SQLite file"),
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)"),
]

ROUNDS = 50

WRITER = textwrap.dedent('''
    import os, sys
    from argon2 import PasswordHasher
    from ksdesk.app import open_services, unlock_key
    from ksdesk.security import keyslots, passwords
    from tests.conftest import client_data, pregnancy_data

    # the same cheap argon2id parameters as the test suite (tests/conftest.py)
    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    keyslots.use_kdf_params(keyslots.KdfParams(time_cost=1, memory_cost=1024, parallelism=1))

    data_dir = sys.argv[1]

    def say(text):
        os.write(1, (text + "\\n").encode())

    def write_forever(round_no):
        # as the app does: the user's key slot opens the encrypted store, then she logs in
        services = open_services(data_dir, key=unlock_key(data_dir, "crash", sys.argv[2]))
        actor = services.accounts.login("crash", sys.argv[2])
        say("ready")
        n = 0
        while True:
            n += 1
            client = services.clients.create(actor, client_data(
                surname=f"Crash{round_no}x{n}", bsn="", bsn_missing_reason="Nog niet bekend",
                id_document_type="geen", id_document_number=""))
            say(f"client {client.id}")
            pregnancy = services.clients.add_pregnancy(actor, client.id, pregnancy_data())
            say(f"pregnancy {pregnancy.id}")
            view = services.clients.get(actor, client.id)
            data = client_data(surname=view.surname, bsn="", bsn_missing_reason="Nog niet bekend",
                               id_document_type="geen", id_document_number="", safe_contact=f"versie {n}")
            services.clients.update(actor, client.id, data)
            say(f"update {client.id} {n}")

    for line in sys.stdin:
        round_no = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(round_no)
            finally:
                os._exit(1)
        say(f"pid {pid}")
        os.waitpid(pid, 0)
        say("done")
''')


def _read_line(process: subprocess.Popen[bytes]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line, "the writer helper stopped unexpectedly"
    return line.decode().strip()


def _make_practice(data_dir: Path) -> bytes:
    services = open_services(data_dir)
    key = services.store.key
    assert key is not None
    try:
        name, display = USERS[Role.ADMIN]
        admin = services.accounts.first_run(PRACTICE, name, display, PASSWORD)
        admin, _codes = services.accounts.confirm_totp_enrolment(admin, ADMIN_TOTP_SECRET,
                                                                 totp.current_code(ADMIN_TOTP_SECRET))
        services.accounts.create_user(admin, "crash", "Carla Crash", Role.MIDWIFE, PASSWORD)
    finally:
        services.close()
    return key


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """On /dev/shm where there is one: a SIGKILL leaves the kernel's page cache intact, so fsync costs nothing
    to what is proven here, and fifty rounds of fsyncs on a slow disk would only slow the suite down."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        folder = Path(tempfile.mkdtemp(prefix="ksdesk-crash-", dir=shm))
        yield folder / "data"
        shutil.rmtree(folder, ignore_errors=True)
    else:
        yield tmp_path / "data"


def test_killed_writers_lose_nothing_reported_committed(tmp_path: Path, data_dir: Path) -> None:
    key = _make_practice(data_dir)
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    process = subprocess.Popen([sys.executable, str(script), str(data_dir), PASSWORD], cwd=root,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               env={**os.environ, "PYTHONPATH": str(root)})
    rng = random.Random(7513)
    clients: set[int] = set()
    pregnancies: set[int] = set()
    versions: dict[int, int] = {}
    reported = 0

    def note(line: str) -> None:
        """One write the writer reported as committed."""
        nonlocal reported
        kind, *values = line.split()
        reported += 1
        if kind == "client":
            clients.add(int(values[0]))
        elif kind == "pregnancy":
            pregnancies.add(int(values[0]))
        else:
            versions[int(values[0])] = int(values[1])

    try:
        assert process.stdin is not None
        for round_no in range(ROUNDS):
            process.stdin.write(f"go {round_no}\n".encode())
            process.stdin.flush()
            pid = int(_read_line(process).removeprefix("pid "))
            assert _read_line(process) == "ready"
            # Kill after a random number of reported writes (0: maybe mid-way through the very first one),
            # plus a random sliver of time so the kill lands anywhere inside the next transaction.
            wanted = rng.randint(0, 6)
            for _ in range(wanted):
                note(_read_line(process))
            time.sleep(rng.random() * 0.02)
            os.kill(pid, signal.SIGKILL)
            # lines the writer got out before dying still count as reported
            while (line := _read_line(process)) != "done":
                note(line)
            _check_store(data_dir, key, clients, pregnancies, versions)
    finally:
        if process.stdin is not None:
            process.stdin.close()
        process.kill()
        process.wait(timeout=10)
    assert reported > ROUNDS, "the writers got real work done between the kills"


def _check_store(data_dir: Path, key: bytes, clients: set[int], pregnancies: set[int],
                 versions: dict[int, int]) -> None:
    services = open_services(data_dir, key=key)
    try:
        with services.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        result = services.audit.verify()
        assert result.ok, result
        with services.store.sessions() as session:
            stored_clients = set(session.scalars(select(ClientRow.id)))
            stored_pregnancies = set(session.scalars(select(PregnancyRow.id)))
            rows = session.execute(select(ClientRow.id, ClientRow.safe_contact))
            contacts = {row.id: row.safe_contact for row in rows}
        assert clients <= stored_clients
        assert pregnancies <= stored_pregnancies
        for client_id, version in versions.items():
            stored = contacts[client_id]
            assert stored is not None and int(stored.removeprefix("versie ")) >= version
    finally:
        services.close()
