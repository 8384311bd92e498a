"""The NEN 7513 audit log: one entry per event, SHA-256 hash-chained, verified end to end.

Each entry's hash covers its sequence number, every field and the previous entry's hash, so a changed,
deleted, inserted or reordered entry breaks the chain at that point.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from json.encoder import encode_basestring as _encode_string  # what json.dumps uses for ensure_ascii=False
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from ksdesk.storage.orm import AuditRow, SettingRow

GENESIS = "0" * 64
ANCHOR_KEY = "audit_chain_head"


class Action(StrEnum):
    """NEN 7513 action codes."""

    CREATE = "C"
    READ = "R"
    UPDATE = "U"
    DELETE = "D"
    EXECUTE = "E"  # print, export, backup, login, search ...


class Outcome(StrEnum):
    OK = "geslaagd"
    DENIED = "geweigerd"
    FAILED = "mislukt"


@dataclass(frozen=True)
class AuditEvent:
    """What a use case reports; the chain fields are added by append()."""

    action: Action
    event: str
    object_type: str
    object_id: str | None = None
    client_id: int | None = None
    pregnancy_id: int | None = None
    outcome: Outcome = Outcome.OK
    detail: str | None = None
    on_behalf_of: str | None = None
    check_treatment: bool = True
    check_consent: bool = False


_HASHED_FIELDS = (
    "seq", "event_id", "action", "occurred_at", "event", "user_id", "user_name", "user_role", "on_behalf_of",
    "client_id", "pregnancy_id", "object_type", "object_id", "outcome", "workstation", "detail",
    "check_authorised", "check_treatment", "check_consent", "check_break_glass", "prev_hash",
)


_BOOLEAN_FIELDS = frozenset({"check_authorised", "check_treatment", "check_consent", "check_break_glass"})
# the payload's keys in sorted order, each with its JSON prefix '"key":'
_SORTED_KEYS = tuple((k, json.dumps(k) + ":") for k in sorted(_HASHED_FIELDS))


def entry_hash(values: Mapping[str, object]) -> str:
    return hashlib.sha256(_payload(values).encode("utf-8")).hexdigest()


def _payload(values: Mapping[str, object]) -> str:
    """The hashed JSON text: json.dumps(sort_keys, ensure_ascii=False, separators=(",", ":"), default=str) of the
    fields, built directly for the plain types a log entry holds (verifying a million entries spends most of its
    time here); any other type takes json.dumps itself, so the text is the same byte for byte."""
    parts = []
    for key, prefix in _SORTED_KEYS:
        value = values[key]
        kind = type(value)
        if value is None:
            parts.append(prefix + "null")
        elif kind is str:
            parts.append(prefix + _encode_string(value))  # type: ignore[arg-type]
        elif kind is bool:
            parts.append(prefix + ("true" if value else "false"))
        elif kind is int:
            parts.append(prefix + int.__repr__(value))  # type: ignore[arg-type]
        else:
            return _json_payload(values)
    return "{" + ",".join(parts) + "}"


def _json_payload(values: Mapping[str, object]) -> str:
    return json.dumps({k: values[k] for k in _HASHED_FIELDS}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=str)


def utc_timestamp(moment: dt.datetime | None = None) -> str:
    """ISO 8601 in UTC to the second (time-zone independent), e.g. 2026-11-27T13:05:09Z."""
    moment = moment or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _lock_chain(session: Session) -> None:
    """Serialise appends across workstations (SQLite already holds the write lock: BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7513)"))


def append(
    session: Session,
    event: AuditEvent,
    *,
    user_id: int | None,
    user_name: str,
    user_role: str,
    workstation: str,
    authorised: bool,
    break_glass: bool,
    started_at: dt.datetime | None = None,
) -> AuditRow:
    """Append one entry to the chain inside the caller's transaction."""
    _lock_chain(session)
    last = session.execute(select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    seq = (last.seq + 1) if last else 1
    values: dict[str, object] = {
        "seq": seq,
        "event_id": str(uuid.uuid4()),
        "action": str(event.action),
        "occurred_at": utc_timestamp(started_at),
        "event": event.event,
        "user_id": user_id,
        "user_name": user_name,
        "user_role": user_role,
        "on_behalf_of": event.on_behalf_of,
        "client_id": event.client_id,
        "pregnancy_id": event.pregnancy_id,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "outcome": str(event.outcome),
        "workstation": workstation,
        "detail": event.detail,
        "check_authorised": authorised,
        "check_treatment": event.check_treatment,
        "check_consent": event.check_consent,
        "check_break_glass": break_glass,
        "prev_hash": last.hash if last else GENESIS,
    }
    row = AuditRow(**values, hash=entry_hash(values))
    session.add(row)
    _move_anchor(session, seq, row.hash)
    session.flush()
    return row


def append_many(session: Session, entries: Iterable[dict[str, object]], *, batch: int = 10_000) -> int:
    """Append many prepared entries in one go, inside the caller's transaction (bulk loading, e.g. the
    benchmark's synthetic practice). Each dict holds every field of an entry except ``seq``, ``prev_hash`` and
    ``hash``, which are chained here exactly as append() does; the anchor moves once at the end.
    Returns how many entries were appended."""
    _lock_chain(session)
    last = session.execute(select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    seq, prev_hash = (last.seq, last.hash) if last else (0, GENESIS)
    first = seq
    table = AuditRow.__table__
    chunk: list[dict[str, object]] = []
    for entry in entries:
        seq += 1
        values = {**entry, "seq": seq, "prev_hash": prev_hash}
        prev_hash = entry_hash(values)
        values["hash"] = prev_hash
        chunk.append(values)
        if len(chunk) >= batch:
            session.execute(insert(table), chunk)
            chunk = []
    if chunk:
        session.execute(insert(table), chunk)
    if seq > first:
        _move_anchor(session, seq, prev_hash)
        session.flush()
    return seq - first


def _move_anchor(session: Session, seq: int, hash_: str) -> None:
    """The chain's head, kept outside the log table: deleting the newest entries no longer looks valid."""
    anchor = session.get(SettingRow, ANCHOR_KEY)
    if anchor is None:
        session.add(SettingRow(key=ANCHOR_KEY, value=f"{seq}:{hash_}"))
    else:
        anchor.value = f"{seq}:{hash_}"


def read_anchor(session: Session) -> tuple[int, str] | None:
    anchor = session.get(SettingRow, ANCHOR_KEY)
    if anchor is None:
        return None
    seq, _, hash_ = anchor.value.partition(":")
    return int(seq), hash_


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    broken_at: int | None = None  # sequence number of the first bad entry
    reason: str = ""


def verify_rows(rows: Iterable[AuditRow], anchor: tuple[int, str] | None = None,
                check_anchor: bool = False) -> VerifyResult:
    """Walk the chain in sequence order; report the first broken link, then compare the end with the
    anchor (the head recorded outside the table) so that removed newest entries are noticed too."""
    return _verify_entries((({k: getattr(row, k) for k in _HASHED_FIELDS}, row.hash) for row in rows),
                           anchor, check_anchor)


def _verify_entries(entries: Iterable[tuple[Mapping[str, Any], str]], anchor: tuple[int, str] | None,
                    check_anchor: bool, tail: tuple[int, str] = (0, GENESIS)) -> VerifyResult:
    """verify_rows over (hashed fields, stored hash) pairs, continuing after `tail` (entries checked, last hash)."""
    checked, prev_hash = tail
    expected_seq = checked + 1
    for values, stored_hash in entries:
        seq = values["seq"]
        if seq != expected_seq:
            return VerifyResult(False, checked, seq, f"volgnummer {expected_seq} ontbreekt of staat verkeerd")
        if values["prev_hash"] != prev_hash:
            return VerifyResult(False, checked, seq, "verwijzing naar vorige regel klopt niet")
        if entry_hash(values) != stored_hash:
            return VerifyResult(False, checked, seq, "inhoud van de regel is gewijzigd")
        prev_hash = stored_hash
        expected_seq += 1
        checked += 1
    if check_anchor:
        last_seq = expected_seq - 1
        if anchor is None:
            if checked:
                return VerifyResult(False, checked, 1, "het anker van de keten ontbreekt")
        elif anchor[0] > last_seq:
            return VerifyResult(False, checked, last_seq + 1, f"de laatste regels (tot en met {anchor[0]}) ontbreken")
        elif anchor[0] < last_seq:
            return VerifyResult(False, checked, anchor[0] + 1, "regels toegevoegd buiten ksdesk om")
        elif anchor[1] != prev_hash:
            return VerifyResult(False, checked, last_seq, "de laatste regel komt niet overeen met het anker")
    return VerifyResult(True, checked)


_VERIFY_QUERY = f"SELECT {', '.join(_HASHED_FIELDS)}, hash FROM audit_log ORDER BY seq"


def verify(session: Session, batch: int = 20_000) -> VerifyResult:
    """Verify the whole chain in one streamed query (`batch` rows at a time, so a million entries fit in little
    memory; a server-side cursor on PostgreSQL).

    Reads plain tuples, no ORM objects (those cost most of the time at a million entries); SQLite returns the
    check_* booleans as 0/1, so they are turned back into booleans before hashing."""
    anchor = read_anchor(session)
    seq_at, prev_at = _HASHED_FIELDS.index("seq"), _HASHED_FIELDS.index("prev_hash")
    prev_hash = GENESIS
    expected_seq = 1
    checked = 0
    with session.connection().exec_driver_sql(
            _VERIFY_QUERY, execution_options={"stream_results": True, "yield_per": batch}) as rows:
        for row in rows:
            seq, stored_hash = row[seq_at], row[-1]
            if seq != expected_seq:
                return VerifyResult(False, checked, seq, f"volgnummer {expected_seq} ontbreekt of staat verkeerd")
            if row[prev_at] != prev_hash:
                return VerifyResult(False, checked, seq, "verwijzing naar vorige regel klopt niet")
            if hashlib.sha256(_row_payload(row).encode("utf-8")).hexdigest() != stored_hash:
                return VerifyResult(False, checked, seq, "inhoud van de regel is gewijzigd")
            prev_hash = stored_hash
            expected_seq += 1
            checked += 1
    return _verify_entries((), anchor, check_anchor=True, tail=(checked, prev_hash))


# per hashed field in payload order: its JSON prefix, its column in the verify query, and whether it is a boolean
_ROW_ORDER = tuple((prefix, _HASHED_FIELDS.index(key), key in _BOOLEAN_FIELDS) for key, prefix in _SORTED_KEYS)


def _row_payload(row: Sequence[Any]) -> str:
    """_payload() of a verify query row (fields in _HASHED_FIELDS order), without building a dict per entry."""
    parts = []
    for prefix, column, boolean in _ROW_ORDER:
        value = row[column]
        if value is None:
            parts.append(prefix + "null")
        elif boolean or type(value) is bool:
            parts.append(prefix + ("true" if value else "false"))
        elif type(value) is str:
            parts.append(prefix + _encode_string(value))
        elif type(value) is int:
            parts.append(prefix + int.__repr__(value))
        else:
            values = dict(zip(_HASHED_FIELDS, row, strict=False))
            return _json_payload(values | {k: bool(values[k]) for k in _BOOLEAN_FIELDS if values[k] is not None})
    return "{" + ",".join(parts) + "}"


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditRow)) or 0
