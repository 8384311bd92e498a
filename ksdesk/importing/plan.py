"""Validating every row and matching it against what ksdesk holds: the import plan, before anything is written.

Outcomes: a new client (with her pregnancy), a new pregnancy for a known client, an update, a duplicate, or an
error with a Dutch message per field.

What "update" means: a field that is empty in ksdesk is filled from the file; a field that holds another value
stays as it is and is listed as a conflict (shown in the preview and the report, never overwritten). So a second
import of the same file finds only duplicates and writes nothing.

Matching a client: by BSN; else by date of birth + surname (with tussenvoegsel) + postcode. Matching a pregnancy
of a matched client: the same à terme datum, or one within six weeks of it (an ATD corrected by an echo).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ksdesk.importing.fields import BY_KEY, CLIENT, EXTRA, FIELDS, PREGNANCY, convert, fixed_values, is_empty
from ksdesk.importing.reading import SourceTable
from ksdesk.records.enums import IdDocumentType, PregnancyStatus
from ksdesk.records.errors import RecordValidationError, validate_record
from ksdesk.records.gestation import format_date
from ksdesk.records.models import FIELD_TITLES, ClientIn, PregnancyIn
from ksdesk.records.names import display_name, fold

SAME_PREGNANCY_DAYS = 42
# A new ongoing pregnancy whose ATD lies further back than this, or further ahead, cannot be ongoing.
ONGOING_PAST_DAYS = 42
ONGOING_AHEAD_DAYS = 44 * 7
# The rules a row of a known client need not meet on its own (placeholders used only to normalise and match).
IDENTITY_RULES: dict[str, str] = {"bsn_missing_reason": "(bekend)", "id_document_type": "paspoort",
                                  "id_document_number": "ONBEKEND"}
# Longest first: "van der Berg" splits as "van der" + "Berg", not "van" + "der Berg".
PREFIXES = sorted(
    ("van", "de", "der", "den", "van de", "van der", "van den", "van het", "van 't", "ter", "ten", "te", "het",
     "'t", "in 't", "in de", "in het", "op de", "op den", "op 't", "uit de", "uit den", "aan de", "bij de",
     "onder de", "over de", "von", "von der", "zu", "da", "di", "du", "des", "del", "della", "la", "le", "el",
     "al", "van 't", "d'", "l'"),
    key=lambda p: -len(p),
)


class Outcome(StrEnum):
    NEW_CLIENT = "nieuwe_client"
    NEW_PREGNANCY = "nieuwe_zwangerschap"
    UPDATE = "aanvulling"
    DUPLICATE = "dubbel"
    ERROR = "fout"


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.NEW_CLIENT: "Nieuwe cliënte",
    Outcome.NEW_PREGNANCY: "Nieuwe zwangerschap",
    Outcome.UPDATE: "Aanvullen",
    Outcome.DUPLICATE: "Al aanwezig",
    Outcome.ERROR: "Overgeslagen (fout)",
}
# keys of row-level messages that are not a field
EXTRA_TITLES = {"pregnancy": "Zwangerschap", "__root__": "Regel"}
WRITES = (Outcome.NEW_CLIENT, Outcome.NEW_PREGNANCY, Outcome.UPDATE)


def title(key: str) -> str:
    if key in BY_KEY:
        return BY_KEY[key].title
    if key in EXTRA_TITLES:
        return EXTRA_TITLES[key]
    return FIELD_TITLES["ClientIn"].get(key) or FIELD_TITLES["PregnancyIn"].get(key) or key


@dataclass
class RowInput:
    """One data row turned into record input: the values the file gives and the validated records."""

    line: int
    client_values: dict[str, Any]
    pregnancy_values: dict[str, Any]
    client: ClientIn | None = None
    pregnancy: PregnancyIn | None = None
    errors: dict[str, str] = field(default_factory=dict)
    lenient_client: ClientIn | None = None  # the row's client with placeholders for the identity rules
    identity_errors: dict[str, str] = field(default_factory=dict)  # …which apply unless she is already known
    fixed: frozenset[str] = frozenset()  # fields filled from the mapping's fixed values, not from the row
    raw: dict[str, str] = field(default_factory=dict)  # the file's text of cells that could not be converted

    @property
    def record(self) -> ClientIn | None:
        """The row's client as far as it can be matched (None: the row has errors)."""
        return self.client or self.lenient_client


@dataclass(frozen=True)
class Conflict:
    key: str
    existing: str
    incoming: str

    def text(self) -> str:
        return f"{title(self.key)}: in ksdesk '{self.existing}', in het bestand '{self.incoming}' (niet overgenomen)"


@dataclass
class PlannedRow:
    """A row's outcome, and what the import would write for it."""

    line: int
    outcome: Outcome
    name: str = ""
    date_of_birth: dt.date | None = None
    due_date: dt.date | None = None
    client: ClientIn | None = None  # new: the file's record; update: the merged record
    pregnancy: PregnancyIn | None = None
    client_id: int | None = None  # an existing client…
    client_line: int | None = None  # …or the one a previous row of this file creates
    pregnancy_id: int | None = None
    pregnancy_line: int | None = None
    client_fills: tuple[str, ...] = ()
    pregnancy_fills: tuple[str, ...] = ()
    new_pregnancy: bool = False
    conflicts: list[Conflict] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    raw: dict[str, str] = field(default_factory=dict)  # field → the file's text where it is no valid value
    id_checked_in_source: bool = False  # the client's ID check is the file-wide statement (record system)

    @property
    def creates_pregnancy(self) -> bool:
        return self.writes and self.new_pregnancy

    @property
    def writes(self) -> bool:
        return self.outcome in WRITES

    def reasons(self) -> str:
        """The Dutch explanation shown in the preview and written to the report."""
        return "; ".join(self.reason_parts())

    def reason_parts(self) -> list[str]:
        """Every problem, note and conflict of the row, one item each (messages may contain '; ' themselves)."""
        parts: list[str] = [f"{title(k)}: {m}" for k, m in self.errors.items()]
        if self.outcome is Outcome.NEW_CLIENT:
            parts.append("Nieuwe cliënte" + (" met zwangerschap" if self.pregnancy else ""))
        elif self.outcome is Outcome.NEW_PREGNANCY:
            parts.append("Nieuwe zwangerschap bij een bekende cliënte")
        fills = [*self.client_fills, *self.pregnancy_fills]
        if fills:
            parts.append("Aangevuld: " + ", ".join(title(k) for k in fills))
        if self.outcome is Outcome.DUPLICATE and not self.notes:
            parts.append("Staat al in ksdesk; niets te wijzigen")
        parts.extend(self.notes)
        parts.extend(c.text() for c in self.conflicts)
        return parts


@dataclass
class ImportPlan:
    file_name: str
    rows: list[PlannedRow]

    def counts(self) -> dict[Outcome, int]:
        found = Counter(r.outcome for r in self.rows)
        return {o: found.get(o, 0) for o in Outcome}

    @property
    def to_write(self) -> int:
        return sum(1 for r in self.rows if r.writes)

    @property
    def conflict_count(self) -> int:
        """Rows that are carried out but leave a differing value in the file unused (errors are skipped whole)."""
        return sum(1 for r in self.rows if r.conflicts and r.outcome is not Outcome.ERROR)

    @property
    def pregnancies_created(self) -> int:
        """Pregnancies written: with a new client as well as for a known one."""
        return sum(1 for r in self.rows if r.creates_pregnancy)

    @property
    def id_checked_count(self) -> int:
        """Clients whose ID check is recorded as done in the record system (the file-wide statement)."""
        return sum(1 for r in self.rows if r.writes and r.id_checked_in_source)


# --- the file's side ------------------------------------------------------------------------------------


def split_surname(surname: str) -> tuple[str | None, str]:
    """'van der Berg' → ('van der', 'Berg'); a name that is only a prefix stays whole."""
    words = surname.split()
    lowered = " ".join(words).lower()
    for prefix in PREFIXES:
        if lowered.startswith(prefix + " ") and len(lowered) > len(prefix) + 1:
            n = len(prefix.split())
            return " ".join(words[:n]), " ".join(words[n:])
    return None, surname.strip()


def prepare_rows(table: SourceTable, mapping: Mapping[str, str | None], *,
                 today: dt.date | None = None) -> list[RowInput]:
    """Convert and validate every row of the file on its own (no comparison with ksdesk yet)."""
    columns: list[tuple[int, str]] = [
        (i, key) for i, header in enumerate(table.headers) if (key := mapping.get(header)) in BY_KEY
    ]
    mapped = {key for _i, key in columns}
    split_prefix = "surname_prefix" not in mapped
    fixed = fixed_values(mapping)
    inputs: list[RowInput] = []
    for row, line in zip(table.rows, table.line_numbers, strict=True):
        client_values: dict[str, Any] = {}
        pregnancy_values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        errors: dict[str, str] = {}
        raw: dict[str, str] = {}
        for index, key in columns:
            cell = row[index] if index < len(row) else None
            try:
                value = convert(key, cell, today=today)
            except ValueError as exc:
                errors[key] = str(exc)
                raw[key] = str(cell).strip()[:40]
                continue
            if value is None:
                continue
            part = BY_KEY[key].part
            target = client_values if part == CLIENT else pregnancy_values if part == PREGNANCY else extra
            target[key] = value
        used_fixed: set[str] = set()
        for key, text in fixed.items():
            # the reason for no BSN only where there is none; the ID statement only for a BSN without a document
            has_bsn = bool(client_values.get("bsn")) or "bsn" in errors
            if key in client_values or key in errors or (key == "bsn_missing_reason") == has_bsn:
                continue
            client_values[key] = text
            used_fixed.add(key)
        if extra.get("house_number"):
            # without a street column only the number is kept: postcode + house number identify a Dutch address
            street = client_values.get("street", "")
            number = " ".join(str(extra[k]) for k in ("house_number", "house_number_suffix") if extra.get(k))
            client_values["street"] = f"{street} {number}".strip()
        if split_prefix and isinstance(client_values.get("surname"), str):
            prefix, rest = split_surname(client_values["surname"])
            if prefix:
                client_values["surname_prefix"], client_values["surname"] = prefix, rest
        item = RowInput(line, client_values, pregnancy_values, errors=errors, fixed=frozenset(used_fixed), raw=raw)
        client_errors: dict[str, str] = {}
        item.client = _validate(ClientIn, client_values, client_errors)
        if item.client is None and set(client_errors) <= set(IDENTITY_RULES) and not set(errors) & set(IDENTITY_RULES):
            # Only the identity rules failed (BSN without a checked document, or no BSN and no reason): fine for a
            # row that matches a known client, whose own record satisfies them; decided when matching.
            item.identity_errors = client_errors
            item.lenient_client = _validate(ClientIn, {**IDENTITY_RULES, **client_values}, {})
        else:
            for key, message in client_errors.items():
                errors.setdefault(key, message)
            # the identity rules are cross-field rules, checked only once every field is valid: check them on
            # their own so that every problem of the row is listed at once
            item.identity_errors = {k: m for k, m in _identity_errors(client_values, errors).items()
                                    if k not in errors}
        if pregnancy_values:
            item.pregnancy = _validate(PregnancyIn, pregnancy_values, errors)
        inputs.append(item)
    return inputs


_IDENTITY_PROBE = {"given_names": "x", "surname": "x", "date_of_birth": dt.date(2000, 1, 1)}


def _identity_errors(values: Mapping[str, Any], errors: Mapping[str, str]) -> dict[str, str]:
    """The ClientIn rules on BSN, reason and ID document alone (the model's own messages)."""
    if set(errors) & {"bsn", *IDENTITY_RULES}:
        return {}
    probe = {**_IDENTITY_PROBE, **{k: values[k] for k in ("bsn", *IDENTITY_RULES) if k in values}}
    try:
        validate_record(ClientIn, probe)
    except RecordValidationError as exc:
        return dict(exc.messages)
    return {}


def _validate(model: type[Any], values: dict[str, Any], errors: dict[str, str]) -> Any:
    # a field whose cell could not be converted is reported once, with the conversion message
    try:
        record = validate_record(model, values)
    except RecordValidationError as exc:
        for key, message in exc.messages.items():
            errors.setdefault(key, message)
        return None
    return None if errors else record


# --- what ksdesk holds --------------------------------------------------------------------------------------


@dataclass
class ExistingPregnancy:
    id: int | None  # None: created by an earlier row of this file
    values: dict[str, Any]  # PregnancyIn field → stored value (codes as their string value)
    line: int | None = None


@dataclass
class ExistingClient:
    id: int | None
    values: dict[str, Any]  # ClientIn field → stored value
    pregnancies: list[ExistingPregnancy] = field(default_factory=list)
    line: int | None = None


def name_key(surname_prefix: str | None, surname: str) -> str:
    return "".join(fold(f"{surname_prefix or ''}{surname}").split())


def person_key(values: Mapping[str, Any]) -> tuple[dt.date, str, str]:
    return values["date_of_birth"], name_key(values.get("surname_prefix"), values["surname"]), \
        values.get("postcode") or ""


class Existing:
    """The clients a plan is matched against (those the service found for the file's BSNs and birth dates),
    growing with the clients and pregnancies the plan itself creates."""

    def __init__(self, clients: Iterable[ExistingClient] = ()) -> None:
        self._by_bsn: dict[str, ExistingClient] = {}
        self._by_person: dict[tuple[dt.date, str, str], list[ExistingClient]] = {}
        for client in clients:
            self.add(client)

    def add(self, client: ExistingClient) -> None:
        if client.values.get("bsn"):
            self._by_bsn[client.values["bsn"]] = client
        self._by_person.setdefault(person_key(client.values), []).append(client)

    def reindex_bsn(self, client: ExistingClient) -> None:
        if client.values.get("bsn"):
            self._by_bsn[client.values["bsn"]] = client

    def by_bsn(self, bsn: str) -> ExistingClient | None:
        return self._by_bsn.get(bsn)

    def by_person(self, values: Mapping[str, Any]) -> list[ExistingClient]:
        return self._by_person.get(person_key(values), [])


def record_values(record: Any) -> dict[str, Any]:
    """A record's fields with codes as their stored string values."""
    values = {}
    for name in type(record).model_fields:
        value = getattr(record, name)
        values[name] = value.value if isinstance(value, StrEnum) else value
    return values


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return "" if value is None else str(value)


def _is_blank(key: str, value: Any) -> bool:
    return value is None or value == "" or (key == "id_document_type" and value == IdDocumentType.NONE.value)


def _merge(stored: dict[str, Any], incoming: dict[str, Any], provided: Iterable[str],
           skip: tuple[str, ...] = (), fixed: Iterable[str] = ()) -> tuple[dict[str, Any], list[str], list[Conflict]]:
    """Fill what is empty in ksdesk; list what differs. A fixed value the user typed for the whole file (not a
    value of the row) only fills an empty field and is never a conflict."""
    merged = dict(stored)
    fills: list[str] = []
    conflicts: list[Conflict] = []
    fixed = set(fixed)
    for key in provided:
        if key in skip or key not in incoming:
            continue
        new, old = incoming[key], stored.get(key)
        if _is_blank(key, new) or new == old:
            continue
        if _is_blank(key, old):
            merged[key] = new
            fills.append(key)
        elif key not in fixed:
            conflicts.append(Conflict(key, _shown(old), _shown(new)))
    return merged, fills, conflicts


# --- matching -----------------------------------------------------------------------------------------------


def plan_import(file_name: str, inputs: list[RowInput], existing: Existing, *,
                today: dt.date | None = None) -> ImportPlan:
    """Match every validated row; rows that match an earlier row of the file see what that row would do."""
    today = today or dt.date.today()
    return ImportPlan(file_name, [_plan_row(item, existing, today) for item in inputs])


def implausible_ongoing(pregnancy: PregnancyIn, today: dt.date) -> str | None:
    """Why a new pregnancy with status 'lopend' cannot be one (an ATD long past or too far ahead), or None."""
    if pregnancy.status is not PregnancyStatus.ONGOING:
        return None
    days = (pregnancy.due_date - today).days
    if days < -ONGOING_PAST_DAYS:
        return ("Ligt meer dan 6 weken in het verleden; dat kan geen lopende zwangerschap zijn. Koppel een kolom "
                "met de status (bijv. bevallen) of verbeter de datum.")
    if days > ONGOING_AHEAD_DAYS:
        return "Ligt meer dan 44 weken vooruit; dat kan niet. Verbeter de datum."
    return None


def _plan_row(item: RowInput, existing: Existing, today: dt.date) -> PlannedRow:
    values = item.client_values
    planned = PlannedRow(item.line, Outcome.ERROR, errors=dict(item.errors), raw=dict(item.raw))
    if isinstance(values.get("given_names"), str) and isinstance(values.get("surname"), str):
        planned.name = display_name(values["given_names"], values.get("surname_prefix"), values["surname"],
                                    values.get("preferred_name"))
    else:  # a name part missing: show what there is, so she can find the row in her own system
        planned.name = " ".join(str(values[k]) for k in ("given_names", "surname_prefix", "surname")
                                if isinstance(values.get(k), str))
    planned.date_of_birth = values.get("date_of_birth") if isinstance(values.get("date_of_birth"), dt.date) else None
    due = item.pregnancy_values.get("due_date")
    planned.due_date = due if isinstance(due, dt.date) else None
    client = item.record
    if client is None or planned.errors or (item.pregnancy_values and item.pregnancy is None):
        for key, message in item.identity_errors.items():  # every problem of the row at once
            planned.errors.setdefault(key, message)
        if not planned.errors:
            planned.errors["__root__"] = "Onvolledige regel."
        return planned
    client_record = record_values(client)
    match, note = _find_client(client_record, existing)
    if match is None and item.identity_errors:
        planned.errors.update(item.identity_errors)
        return planned
    if note == "ambiguous":
        planned.errors["surname"] = ("Meer dan één cliënte in ksdesk past bij deze geboortedatum, naam en "
                                     "postcode; voer deze regel met de hand in.")
        return planned
    if note:
        planned.notes.append(note)
    if match is None:
        return _plan_new_client(planned, item, client_record, existing, today)
    return _plan_known_client(planned, item, client_record, match, existing, today)


def _find_client(record: dict[str, Any], existing: Existing) -> tuple[ExistingClient | None, str]:
    bsn = record.get("bsn")
    if bsn:
        found = existing.by_bsn(bsn)
        if found is not None:
            return found, ""
    candidates = existing.by_person(record)
    if bsn:
        # a person with the same details but another BSN is someone else
        others = [c for c in candidates if c.values.get("bsn") and c.values["bsn"] != bsn]
        candidates = [c for c in candidates if not c.values.get("bsn")]
        if others and not candidates:
            return None, ("Let op: er is al een cliënte met dezelfde geboortedatum, naam en postcode, "
                          "maar met een ander BSN")
    if len(candidates) > 1:
        return None, "ambiguous"
    return (candidates[0], "") if candidates else (None, "")


def _plan_new_client(planned: PlannedRow, item: RowInput, record: dict[str, Any],
                     existing: Existing, today: dt.date) -> PlannedRow:
    if item.pregnancy is not None and (problem := implausible_ongoing(item.pregnancy, today)):
        planned.errors["due_date"] = problem
        return planned
    planned.outcome = Outcome.NEW_CLIENT
    planned.id_checked_in_source = "id_document_type" in item.fixed
    planned.client = item.client
    planned.pregnancy = item.pregnancy
    planned.new_pregnancy = item.pregnancy is not None
    snapshot = ExistingClient(None, record, line=item.line)
    if item.pregnancy is not None:
        snapshot.pregnancies.append(ExistingPregnancy(None, record_values(item.pregnancy), line=item.line))
    existing.add(snapshot)
    return planned


def _plan_known_client(planned: PlannedRow, item: RowInput, record: dict[str, Any],
                       match: ExistingClient, existing: Existing, today: dt.date) -> PlannedRow:
    if record["date_of_birth"] != match.values["date_of_birth"] and name_key(
        record.get("surname_prefix"), record["surname"]
    ) != name_key(match.values.get("surname_prefix"), match.values["surname"]):
        # the same BSN with another name and another date of birth: a typing error, not the same person
        planned.errors["bsn"] = ("Dit BSN hoort in ksdesk bij een cliënte met een andere naam en geboortedatum; "
                                 "controleer het BSN.")
        return planned
    planned.client_id, planned.client_line = match.id, match.line
    if match.id is None:
        planned.notes.append(f"Zelfde cliënte als regel {match.line}")
    # a fixed "reason for no BSN" never lands on a client who has a BSN
    skip = ("bsn_missing_reason",) if match.values.get("bsn") or record.get("bsn") else ()
    merged, fills, conflicts = _merge(match.values, record, item.client_values, skip, item.fixed)
    if fills and "bsn" in fills:
        merged["bsn_missing_reason"] = None
    planned.conflicts.extend(conflicts)
    if fills:
        try:
            merged_record = validate_record(ClientIn, merged)
        except RecordValidationError as exc:
            planned.errors.update({k: f"Aanvullen kan niet: {m}" for k, m in exc.messages.items()})
            return planned
        planned.client, planned.client_fills = merged_record, tuple(fills)
        planned.id_checked_in_source = "id_document_type" in fills and "id_document_type" in item.fixed
    if item.pregnancy is not None and not _plan_pregnancy(planned, item, match, today):
        return planned
    if planned.new_pregnancy:
        planned.outcome = Outcome.NEW_PREGNANCY
    elif planned.client_fills or planned.pregnancy_fills:
        planned.outcome = Outcome.UPDATE
    else:
        planned.outcome = Outcome.DUPLICATE
    # later rows of this file see what this one fills in
    if planned.client is not None and planned.client_fills:
        match.values = record_values(planned.client)
        existing.reindex_bsn(match)  # a BSN filled in here is taken: a later row cannot give it to another client
    return planned


def _plan_pregnancy(planned: PlannedRow, item: RowInput, match: ExistingClient, today: dt.date) -> bool:
    assert item.pregnancy is not None
    incoming = record_values(item.pregnancy)
    due: dt.date = incoming["due_date"]
    same = [p for p in match.pregnancies if p.values["due_date"] == due]
    near = sorted((abs((p.values["due_date"] - due).days), i) for i, p in enumerate(match.pregnancies))
    target = same[0] if same else (match.pregnancies[near[0][1]]
                                   if near and near[0][0] <= SAME_PREGNANCY_DAYS else None)
    if target is None:
        if incoming["status"] == PregnancyStatus.ONGOING.value and any(
            p.values["status"] == PregnancyStatus.ONGOING.value for p in match.pregnancies
        ):
            planned.errors["pregnancy"] = ("Deze cliënte heeft al een lopende zwangerschap met een andere à terme "
                                           "datum; sluit die eerst af.")
            return False
        if problem := implausible_ongoing(item.pregnancy, today):
            planned.errors["due_date"] = problem
            return False
        planned.pregnancy, planned.new_pregnancy = item.pregnancy, True
        match.pregnancies.append(ExistingPregnancy(None, incoming, line=item.line))
        return True
    planned.pregnancy_id, planned.pregnancy_line = target.id, target.line
    merged, fills, conflicts = _merge(target.values, incoming, item.pregnancy_values)
    planned.conflicts.extend(conflicts)
    if fills:
        try:
            merged_record = validate_record(PregnancyIn, merged)
        except RecordValidationError as exc:
            planned.errors.update({k: f"Aanvullen kan niet: {m}" for k, m in exc.messages.items()})
            return False
        planned.pregnancy, planned.pregnancy_fills = merged_record, tuple(fills)
        target.values = record_values(merged_record)
    return True


def field_keys() -> list[str]:
    return [f.key for f in FIELDS]


EXTRA_KEYS = tuple(f.key for f in FIELDS if f.part == EXTRA)
__all__ = ["Conflict", "Existing", "ExistingClient", "ExistingPregnancy", "ImportPlan", "Outcome", "PlannedRow",
           "RowInput", "is_empty", "plan_import", "prepare_rows"]
