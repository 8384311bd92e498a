"""The NEN 7513 audit log: which entries each use case writes, the append-only storage, the hash
chain's verification against every kind of tampering, the CLI check, and login lockout."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, delete, exc, func, insert, select, text, update

from ksdesk.records.enums import Role
from ksdesk.security import audit
from ksdesk.security.audit import GENESIS, entry_hash, utc_timestamp
from ksdesk.services import Services
from ksdesk.services.accounts import MAX_FREE_ATTEMPTS, LoginFailed, lockout_delay
from ksdesk.services.context import Actor
from ksdesk.storage.orm import AuditRow, UserRow
from tests.conftest import BACKEND, PASSWORD, USERS, Database, client_data, pregnancy_data

REPO = Path(__file__).resolve().parent.parent
ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
TABLE = AuditRow.__table__
COLUMNS = [c.name for c in TABLE.columns]


def last_seq(services: Services) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.max(AuditRow.seq))) or 0


def entries_after(services: Services, seq: int) -> list[AuditRow]:
    with services.store.sessions() as session:
        return list(session.scalars(select(AuditRow).where(AuditRow.seq > seq).order_by(AuditRow.seq)))


def rows_as_dicts(conn: Connection) -> list[dict[str, object]]:
    return [dict(r._mapping) for r in conn.execute(select(TABLE).order_by(TABLE.c.seq))]


# --- what each use case logs ----------------------------------------------------------------------


def test_client_use_cases_write_exactly_the_expected_entries(services: Services, midwife: Actor) -> None:
    mark = last_seq(services)
    client = services.clients.create(midwife, client_data())
    [created] = entries_after(services, mark)
    assert (created.action, created.event, created.client_id, created.object_id) == (
        "C", "client.create", client.id, str(client.id))
    assert (created.user_id, created.user_name, created.user_role) == (midwife.user_id, "Mila Verloskundige",
                                                                         "verloskundige")
    assert created.outcome == "geslaagd"
    assert created.check_authorised is True
    assert created.check_break_glass is False

    mark = last_seq(services)
    services.clients.get(midwife, client.id)
    [read] = entries_after(services, mark)
    assert (read.action, read.event, read.client_id) == ("R", "client.open", client.id)

    mark = last_seq(services)
    services.clients.search(midwife, "Vries 6211AB")
    [search] = entries_after(services, mark)
    assert (search.action, search.event, search.client_id) == ("R", "client.search", None)
    assert search.detail is not None
    for word in ("vries", "6211", "anouk"):
        assert word not in search.detail.lower(), "search words must not be logged"
    # the next page of the same search is not logged again
    mark = last_seq(services)
    services.clients.search(midwife, "Vries 6211AB", offset=100)
    assert entries_after(services, mark) == []

    mark = last_seq(services)
    services.clients.update(midwife, client.id, {**client.as_input(), "city": "Valkenburg"})
    [updated] = entries_after(services, mark)
    assert (updated.action, updated.event, updated.client_id) == ("U", "client.update", client.id)
    assert updated.detail == "gewijzigd: city"
    assert "Valkenburg" not in (updated.detail or "")

    mark = last_seq(services)
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    [added] = entries_after(services, mark)
    assert (added.action, added.client_id, added.pregnancy_id) == ("C", client.id, pregnancy.id)

    mark = last_seq(services)
    services.clients.update_pregnancy(midwife, pregnancy.id, {**pregnancy.as_input(), "wants_centering": True})
    [changed] = entries_after(services, mark)
    assert (changed.action, changed.client_id, changed.pregnancy_id) == ("U", client.id, pregnancy.id)
    assert services.audit.verify().ok


def test_login_writes_an_execute_entry(services: Services) -> None:
    mark = last_seq(services)
    actor = services.accounts.login("Mila ", PASSWORD)
    [entry] = entries_after(services, mark)
    assert (entry.action, entry.event, entry.outcome, entry.user_id) == ("E", "login", "geslaagd", actor.user_id)
    assert entry.check_authorised is True


def test_failed_login_is_logged_without_the_password(services: Services) -> None:
    mark = last_seq(services)
    with pytest.raises(LoginFailed):
        services.accounts.login("mila", "wrong-password-123")
    [wrong] = entries_after(services, mark)
    assert (wrong.action, wrong.event, wrong.outcome, wrong.check_authorised) == ("E", "login", "mislukt", False)
    assert wrong.user_name == "Mila Verloskundige"
    assert "poging 1" in (wrong.detail or "")
    logged = repr([getattr(wrong, c) for c in COLUMNS])
    assert PASSWORD not in logged
    assert "wrong-password-123" not in logged


LOGIN_NOT_LOGGED = (
    "services/accounts.py AccountService.login: for an unknown/inactive user and for a locked account it calls "
    "_log_login() and then raises LoginFailed inside `with self._store.transaction()`, so the transaction rolls "
    "back and the audit entry is lost (only the wrong-password path commits first, in _count_failure). "
    "Fix: session.commit() after _log_login before raising, as _count_failure does."
)


def test_login_of_unknown_user_is_logged(services: Services) -> None:
    mark = last_seq(services)
    with pytest.raises(LoginFailed):
        services.accounts.login("nobody", PASSWORD)
    entries = entries_after(services, mark)
    assert len(entries) == 1
    unknown = entries[0]
    assert (unknown.action, unknown.outcome, unknown.user_id) == ("E", "mislukt", None)
    assert "nobody" in unknown.user_name
    assert PASSWORD not in repr([getattr(unknown, c) for c in COLUMNS])


def test_refused_login_of_locked_account_is_logged(services: Services) -> None:
    for attempt in range(MAX_FREE_ATTEMPTS):
        with pytest.raises(LoginFailed):
            services.accounts.login("mila", f"wrong-password-{attempt}")
    mark = last_seq(services)
    with pytest.raises(LoginFailed, match="Te veel mislukte pogingen"):
        services.accounts.login("mila", PASSWORD)
    entries = entries_after(services, mark)
    assert len(entries) == 1
    refused = entries[0]
    assert (refused.action, refused.outcome) == ("E", "geweigerd")


def test_timestamps_are_iso_8601_utc(services: Services, midwife: Actor) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    services.clients.create(midwife, client_data())
    after = dt.datetime.now(dt.UTC)
    entries = entries_after(services, 0)
    assert entries
    for entry in entries:
        assert ISO_UTC.match(entry.occurred_at), entry.occurred_at
    newest = dt.datetime.strptime(entries[-1].occurred_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    assert before <= newest <= after
    # the format does not depend on the local time zone of the moment given
    cet = dt.timezone(dt.timedelta(hours=1))
    assert utc_timestamp(dt.datetime(2026, 11, 27, 14, 5, 9, tzinfo=cet)) == "2026-11-27T13:05:09Z"


def test_chain_links_every_entry(services: Services, midwife: Actor) -> None:
    services.clients.create(midwife, client_data())
    entries = entries_after(services, 0)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == GENESIS
    for previous, entry in itertools.pairwise(entries):
        assert entry.prev_hash == previous.hash
    result = services.audit.verify()
    assert (result.ok, result.checked, result.broken_at) == (True, len(entries), None)


def test_verify_streams_in_batches(services: Services, midwife: Actor) -> None:
    for _ in range(4):
        services.clients.search(midwife, "x")
    with services.store.sessions() as session:
        assert audit.verify(session, batch=2) == audit.verify(session, batch=10_000)
        assert audit.verify(session, batch=2).checked == audit.count(session)


# --- append-only storage --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET detail = 'weg' WHERE seq = 1", "UPDATE audit_log SET outcome = 'geslaagd'",
     "DELETE FROM audit_log WHERE seq = 1", "DELETE FROM audit_log"],
)
def test_storage_refuses_update_and_delete(services: Services, statement: str) -> None:
    with services.store.engine.connect() as conn:
        before = rows_as_dicts(conn)
    assert before
    with pytest.raises(exc.DBAPIError, match="append-only"), services.store.engine.begin() as conn:
        conn.execute(text(statement))
    with services.store.engine.connect() as conn:
        assert rows_as_dicts(conn) == before


@pytest.mark.skipif(BACKEND != "postgresql", reason="TRUNCATE exists only on PostgreSQL (SQLite: DELETE, above)")
def test_storage_refuses_truncate(services: Services) -> None:
    with pytest.raises(exc.DBAPIError, match="append-only"), services.store.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_log"))
    assert services.audit.verify().checked > 0


# --- tampering (after removing the append-only protection, as an attacker with file access would) --


@pytest.fixture
def chain(services: Services, midwife: Actor) -> Services:
    """A store whose log holds a dozen entries or more."""
    client = services.clients.create(midwife, client_data())
    for _ in range(3):
        services.clients.get(midwife, client.id)
    services.clients.search(midwife, "vries")
    services.clients.update(midwife, client.id, {**client.as_input(), "city": "Heerlen"})
    assert last_seq(services) >= 10
    assert services.audit.verify().ok
    return services


@pytest.fixture
def tamper(chain: Services) -> Iterator[Connection]:
    """A connection with the append-only triggers out of the way; committed at the end."""
    with chain.store.engine.begin() as conn:
        if BACKEND == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER ALL")
        yield conn


def _verify_after(chain: Services) -> audit.VerifyResult:
    result = chain.audit.verify()
    assert not result.ok
    return result


@pytest.mark.parametrize(
    ("column", "value"),
    [("detail", "niets aan de hand"), ("user_name", "Iemand Anders"), ("client_id", 99), ("action", "D"),
     ("occurred_at", "2020-01-01T00:00:00Z"), ("outcome", "geweigerd"), ("check_break_glass", True)],
)
def test_verify_finds_a_changed_field(chain: Services, tamper: Connection, column: str, value: object) -> None:
    tamper.execute(update(TABLE).where(TABLE.c.seq == 5).values({column: value}))
    tamper.commit()
    result = _verify_after(chain)
    assert (result.broken_at, result.checked) == (5, 4)
    assert result.reason == "inhoud van de regel is gewijzigd"


def test_verify_finds_a_changed_entry_with_recomputed_hash(chain: Services, tamper: Connection) -> None:
    """Rehashing the changed entry only moves the break to the next one."""
    row = next(r for r in rows_as_dicts(tamper) if r["seq"] == 5)
    row["user_name"] = "Iemand Anders"
    tamper.execute(update(TABLE).where(TABLE.c.seq == 5).values(user_name=row["user_name"], hash=entry_hash(row)))
    tamper.commit()
    result = _verify_after(chain)
    assert result.broken_at == 6
    assert result.reason == "verwijzing naar vorige regel klopt niet"


def test_verify_finds_a_deleted_entry(chain: Services, tamper: Connection) -> None:
    tamper.execute(delete(TABLE).where(TABLE.c.seq == 4))
    tamper.commit()
    result = _verify_after(chain)
    assert (result.broken_at, result.checked) == (5, 3)
    assert result.reason == "volgnummer 4 ontbreekt of staat verkeerd"


def test_verify_finds_a_deleted_and_renumbered_entry(chain: Services, tamper: Connection) -> None:
    rows = rows_as_dicts(tamper)
    tamper.execute(delete(TABLE).where(TABLE.c.seq >= 4))
    tamper.execute(insert(TABLE), [{**r, "seq": r["seq"] - 1} for r in rows if r["seq"] > 4])
    tamper.commit()
    result = _verify_after(chain)
    assert result.broken_at == 4
    assert result.checked == 3


def test_verify_finds_an_inserted_entry(chain: Services, tamper: Connection) -> None:
    """A forged entry, hashed correctly onto entry 6, slipped in before the old entry 7 (renumbering the rest)."""
    rows = rows_as_dicts(tamper)
    forged = {**rows[5], "seq": 7, "event_id": "00000000-0000-4000-8000-000000000007", "action": "R",
              "detail": "vervalst", "prev_hash": rows[5]["hash"]}
    forged["hash"] = entry_hash(forged)
    tamper.execute(delete(TABLE).where(TABLE.c.seq >= 7))
    tamper.execute(insert(TABLE), [forged] + [{**r, "seq": r["seq"] + 1} for r in rows if r["seq"] >= 7])
    tamper.commit()
    result = _verify_after(chain)
    assert result.broken_at == 8  # the forged 7 links fine; the old 7, now 8, no longer does
    assert result.checked == 7


def test_verify_finds_an_entry_inserted_with_a_bad_hash(chain: Services, tamper: Connection) -> None:
    rows = rows_as_dicts(tamper)
    last = rows[-1]
    tamper.execute(insert(TABLE), [{**last, "seq": last["seq"] + 1, "event_id": "00000000-0000-4000-8000-00000000ffff",
                                    "prev_hash": last["hash"]}])
    tamper.commit()
    result = _verify_after(chain)
    assert result.broken_at == last["seq"] + 1
    assert result.reason == "inhoud van de regel is gewijzigd"


def test_verify_finds_two_swapped_entries(chain: Services, tamper: Connection) -> None:
    rows = {r["seq"]: r for r in rows_as_dicts(tamper)}
    tamper.execute(delete(TABLE).where(TABLE.c.seq.in_([5, 6])))
    tamper.execute(insert(TABLE), [{**rows[6], "seq": 5}, {**rows[5], "seq": 6}])
    tamper.commit()
    result = _verify_after(chain)
    assert (result.broken_at, result.checked) == (5, 4)


def test_verify_finds_swapped_contents_keeping_links(chain: Services, tamper: Connection) -> None:
    """Swapping only the event data (seq, links and hashes stay) is caught by the hash."""
    rows = {r["seq"]: r for r in rows_as_dicts(tamper)}
    kept = {"seq", "prev_hash", "hash", "event_id"}

    def content(seq: int) -> dict[str, object]:
        return {k: v for k, v in rows[seq].items() if k not in kept}

    first = next(seq for seq in sorted(rows) if seq >= 4 and seq + 1 in rows and content(seq) != content(seq + 1))
    tamper.execute(update(TABLE).where(TABLE.c.seq == first).values(content(first + 1)))
    tamper.execute(update(TABLE).where(TABLE.c.seq == first + 1).values(content(first)))
    tamper.commit()
    result = _verify_after(chain)
    assert (result.broken_at, result.checked) == (first, first - 1)
    assert result.reason == "inhoud van de regel is gewijzigd"


def test_verify_finds_deleted_newest_entries(chain: Services, tamper: Connection) -> None:
    newest = tamper.scalar(select(func.max(TABLE.c.seq)))
    tamper.execute(delete(TABLE).where(TABLE.c.seq >= newest - 1))
    tamper.commit()
    assert not chain.audit.verify().ok


# --- the CLI check --------------------------------------------------------------------------------


def _cli_verify(db: Database) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"KSDESK_DATABASE_URL", "KSDESK_DATA_DIR"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # any user's password opens the encrypted store (and the command logs nothing else in)
    env["KSDESK_USER"], env["KSDESK_PASSWORD"] = USERS[Role.MIDWIFE][0], PASSWORD
    if BACKEND == "postgresql":
        env["KSDESK_DATABASE_URL"] = db.url  # the CLI takes a server from the environment
    return subprocess.run([sys.executable, "-m", "ksdesk", "audit", "verify", "--data-dir", str(db.data_dir)],
                          capture_output=True, text=True, timeout=60, cwd=REPO, env=env, check=False)


def test_cli_audit_verify(practice_db: Database, chain: Services, tamper: Connection) -> None:
    # `tamper` holds an open transaction: nothing is changed until it commits below.
    tamper.rollback()
    good = _cli_verify(practice_db)
    assert good.returncode == 0, good.stderr
    assert f"{last_seq(chain)} regels gecontroleerd" in good.stdout
    with chain.store.engine.begin() as conn:
        if BACKEND == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER ALL")
        conn.execute(update(TABLE).where(TABLE.c.seq == 3).values(detail="anders"))
    bad = _cli_verify(practice_db)
    assert bad.returncode == 1
    assert "regel 3" in bad.stderr


# --- login lockout --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [(0, 0), (1, 0), (MAX_FREE_ATTEMPTS - 1, 0), (MAX_FREE_ATTEMPTS, 30), (MAX_FREE_ATTEMPTS + 1, 60),
     (MAX_FREE_ATTEMPTS + 2, 120), (MAX_FREE_ATTEMPTS + 7, 3600), (100, 3600)],
)
def test_lockout_delay_grows_and_is_capped(failures: int, seconds: int) -> None:
    assert lockout_delay(failures) == dt.timedelta(seconds=seconds)


def _user(services: Services, username: str) -> UserRow:
    with services.store.sessions() as session:
        user = session.scalar(select(UserRow).where(UserRow.username == username))
        assert user is not None
        return user


def _let_time_pass(services: Services, username: str) -> None:
    """Move locked_until into the past instead of sleeping."""
    with services.store.transaction() as session:
        session.execute(update(UserRow).where(UserRow.username == username)
                        .values(locked_until=dt.datetime(2000, 1, 1)))


def test_lockout_after_five_failures(services: Services) -> None:
    username = "mila"
    mark = last_seq(services)
    for attempt in range(1, MAX_FREE_ATTEMPTS):
        with pytest.raises(LoginFailed, match="Onjuiste gebruikersnaam of wachtwoord"):
            services.accounts.login(username, f"wrong-password-{attempt}")
        assert _user(services, username).locked_until is None
    with pytest.raises(LoginFailed):
        services.accounts.login(username, "wrong-password-5")
    user = _user(services, username)
    assert user.failed_attempts == MAX_FREE_ATTEMPTS
    assert user.locked_until is not None
    first_delay = user.locked_until - dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert dt.timedelta(seconds=25) < first_delay <= dt.timedelta(seconds=30)

    # locked: even the right password is refused (and that refusal is logged)
    with pytest.raises(LoginFailed, match="Te veel mislukte pogingen"):
        services.accounts.login(username, PASSWORD)
    assert _user(services, username).failed_attempts == MAX_FREE_ATTEMPTS

    # after the delay a further failure locks for longer
    _let_time_pass(services, username)
    with pytest.raises(LoginFailed):
        services.accounts.login(username, "wrong-password-6")
    user = _user(services, username)
    assert user.locked_until is not None
    second_delay = user.locked_until - dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert second_delay > first_delay + dt.timedelta(seconds=20)

    # once the delay has passed, the right password works and resets the counter
    _let_time_pass(services, username)
    services.accounts.login(username, PASSWORD)
    user = _user(services, username)
    assert (user.failed_attempts, user.locked_until) == (0, None)

    entries = entries_after(services, mark)
    assert all(e.action == "E" and e.event == "login" for e in entries)
    logged = [e for e in entries if e.outcome != "geweigerd"]
    assert [e.outcome for e in logged] == ["mislukt"] * 6 + ["geslaagd"]
    assert [f"poging {n}" in (e.detail or "") for n, e in enumerate(logged[:6], 1)] == [True] * 6
    assert "geblokkeerd" not in (logged[3].detail or "")
    assert "geblokkeerd 30 s" in (logged[4].detail or "")
    assert "geblokkeerd 60 s" in (logged[5].detail or "")
    assert chain_ok(services)


def chain_ok(services: Services) -> bool:
    return services.audit.verify().ok


def test_lockout_is_per_account(services: Services) -> None:
    for attempt in range(MAX_FREE_ATTEMPTS):
        with pytest.raises(LoginFailed):
            services.accounts.login("mila", f"wrong-password-{attempt}")
    assert services.accounts.login("anna", PASSWORD).username == "anna"
