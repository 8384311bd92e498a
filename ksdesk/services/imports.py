"""Use cases of importing clients and pregnancies from the record system's CSV or Excel export.

read → suggest_mapping → preview (reads, writes nothing) → run (all valid rows in one transaction). The file is
read into memory and never copied into the data folder. Mappings are remembered per source in the settings
table under "import.mapping.<name>".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ksdesk.importing.fields import BY_KEY, FIXED_PREFIX, ID_CHECKED, guess_mapping, id_checked, mapping_problems
from ksdesk.importing.plan import (
    OUTCOME_LABELS,
    Existing,
    ExistingClient,
    ExistingPregnancy,
    ImportPlan,
    Outcome,
    PlannedRow,
    RowInput,
    plan_import,
    prepare_rows,
)
from ksdesk.importing.reading import ReadError, SourceTable, read_file
from ksdesk.records.models import ClientIn, PregnancyIn
from ksdesk.security.audit import Action, AuditEvent
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, UnitOfWork, operation
from ksdesk.services.clients import change_client, change_pregnancy, insert_client, insert_pregnancy
from ksdesk.services.context import Actor
from ksdesk.services.errors import NotFound, ServiceError, ValidationError
from ksdesk.storage.orm import ClientRow, PregnancyRow, SettingRow

MAPPING_PREFIX = "import.mapping."
MAX_SOURCE_NAME = 60
_CHUNK = 500
Progress = Callable[[int, int], None]  # (rows done, rows in total)


class ImportCancelled(ServiceError):
    """The user stopped the import; the transaction was rolled back, nothing was written."""


def _file_error(message: str) -> ValidationError:
    return ValidationError.single("file", "Bestand", message)


def _source_key(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_SOURCE_NAME:
        raise ValidationError.single("source", "Bron", f"Geef de bron een naam (hoogstens {MAX_SOURCE_NAME} tekens).")
    return MAPPING_PREFIX + name


def _check_mapping(mapping: Mapping[str, str | None]) -> dict[str, str | None]:
    problems = mapping_problems(mapping)
    if problems:
        raise ValidationError.single("mapping", "Kolomkoppeling", " ".join(problems))
    return dict(mapping)


def counts_text(plan: ImportPlan) -> str:
    """'nieuwe cliënte: 3, …' for the log and the summary (counts only, no client data)."""
    counts = plan.counts()
    text = ", ".join(f"{OUTCOME_LABELS[o].lower()}: {n}" for o, n in counts.items())
    return f"{text}; zwangerschappen aangemaakt: {plan.pregnancies_created}"


def _statement_text(plan: ImportPlan, mapping: Mapping[str, str | None]) -> str:
    """The file-wide ID statement as the log records it (with the number of clients it was recorded on)."""
    if not id_checked(mapping):
        return ""
    return ("; verklaard: identiteit (BSN) gecontroleerd met een identiteitsbewijs in het dossiersysteem van de "
            f"praktijk, vastgelegd bij {plan.id_checked_count} cliënten")


class ImportService(ServiceBase):
    """Preview and import from a record system's export (issue 11)."""

    # --- the file and its mapping ---------------------------------------------------------------------------
    @operation(Permission.CLIENT_IMPORT)
    def read(self, actor: Actor, path: Path, *, encoding: str | None = None,
             separator: str | None = None) -> SourceTable:
        """Read a .csv/.txt or .xlsx file into memory (encoding and separator detected unless given)."""
        try:
            return read_file(Path(path), encoding=encoding, separator=separator)
        except ReadError as exc:
            raise _file_error(str(exc)) from None

    @operation(Permission.CLIENT_IMPORT)
    def mapping_names(self, actor: Actor) -> list[str]:
        """The sources whose mapping was remembered, alphabetically."""
        with self._work(actor) as uow:
            keys = uow.session.scalars(select(SettingRow.key).where(SettingRow.key.startswith(MAPPING_PREFIX)))
            return sorted((k.removeprefix(MAPPING_PREFIX) for k in keys), key=str.casefold)

    @operation(Permission.CLIENT_IMPORT)
    def saved_mapping(self, actor: Actor, source: str) -> dict[str, str | None] | None:
        """The remembered mapping of a source (header → field), or None."""
        key = _source_key(source)
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, key)
            if row is None:
                return None
            stored = json.loads(row.value)
            return {str(h): (f if f in BY_KEY or str(h).startswith(FIXED_PREFIX) else None)
                    for h, f in stored.items() if h != ID_CHECKED}

    @operation(Permission.CLIENT_IMPORT)
    def suggest_mapping(self, actor: Actor, headers: list[str], source: str | None = None) -> dict[str, str | None]:
        """The source's remembered mapping for the headers it knows, guesses from the header names for the rest."""
        guessed = guess_mapping(headers)
        saved = self.saved_mapping(actor, source) if source else None
        if not saved:
            return guessed
        result = {h: saved.get(h) for h in headers}
        result.update({h: v for h, v in saved.items() if h.startswith(FIXED_PREFIX)})
        taken = {f for h, f in result.items() if f and not h.startswith(FIXED_PREFIX)}
        for header in headers:
            if header not in saved and guessed.get(header) and guessed[header] not in taken:
                result[header] = guessed[header]
                taken.add(guessed[header])  # type: ignore[arg-type]
        return result

    @operation(Permission.CLIENT_IMPORT)
    def save_mapping(self, actor: Actor, source: str, mapping: Mapping[str, str | None]) -> None:
        """Remember the mapping for the next import from the same source."""
        key = _source_key(source)
        # the ID statement is made for one file, never remembered for the next
        value = json.dumps({h: f for h, f in _check_mapping(mapping).items() if h != ID_CHECKED}, ensure_ascii=False)
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, key)
            if row is None:
                uow.session.add(SettingRow(key=key, value=value))
            elif row.value != value:
                row.value = value
            else:
                return
            uow.audit(AuditEvent(Action.UPDATE, "import.mapping", "instelling", key[:100],
                                 detail="kolomkoppeling bewaard", check_treatment=False))

    # --- preview and import ---------------------------------------------------------------------------------
    @operation(Permission.CLIENT_IMPORT)
    def preview(self, actor: Actor, table: SourceTable, mapping: Mapping[str, str | None]) -> ImportPlan:
        """Every row's outcome against what ksdesk holds now. Writes nothing but the log entry of the read."""
        inputs = prepare_rows(table, _check_mapping(mapping))
        with self._work(actor) as uow:
            plan = plan_import(table.name, inputs, self._existing(uow.session, inputs))
            uow.audit(AuditEvent(Action.READ, "import.preview", "import",
                                 detail=f"{len(plan.rows)} regels vergeleken; {counts_text(plan)}"
                                        f"{_statement_text(plan, mapping)}",
                                 check_treatment=False))
            return plan

    @operation(Permission.CLIENT_IMPORT)
    def run(self, actor: Actor, table: SourceTable, mapping: Mapping[str, str | None], *,
            progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportPlan:
        """Write every valid row in one transaction (the plan is made again inside it, so it matches the data
        it writes to). Returns the plan that was carried out. cancelled() → True rolls everything back."""
        inputs = prepare_rows(table, _check_mapping(mapping))
        with self._work(actor) as uow:
            plan = plan_import(table.name, inputs, self._existing(uow.session, inputs))
            total = len(plan.rows)
            writer = _Writer(uow)
            for done, row in enumerate(plan.rows, start=1):
                if row.writes:
                    writer.write(row)
                if done % 100 == 0 or done == total:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled("Import afgebroken; er is niets opgeslagen.")
                    if progress is not None:
                        progress(done, total)
            uow.audit(AuditEvent(Action.CREATE, "import.run", "import",
                                 detail=f"{total} regels; {counts_text(plan)}{_statement_text(plan, mapping)}",
                                 check_treatment=False))
            return plan

    # --- helpers --------------------------------------------------------------------------------------------
    @staticmethod
    def _existing(session: Session, inputs: Iterable[RowInput]) -> Existing:
        """The clients the file's rows could match: same BSN or same date of birth (with their pregnancies)."""
        records = [i.record for i in inputs if i.record is not None]
        bsns = sorted({r.bsn for r in records if r.bsn})
        births = sorted({r.date_of_birth for r in records})
        ids: set[int] = set()
        for column, values in ((ClientRow.bsn, bsns), (ClientRow.date_of_birth, births)):
            for start in range(0, len(values), _CHUNK):
                ids.update(session.scalars(select(ClientRow.id).where(column.in_(values[start:start + _CHUNK]))))
        client_fields = list(ClientIn.model_fields)
        pregnancy_fields = list(PregnancyIn.model_fields)
        clients: dict[int, ExistingClient] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start:start + _CHUNK]
            # plain column reads (no ORM objects): a re-import compares thousands of clients
            for row in session.execute(select(ClientRow.id, *(getattr(ClientRow, f) for f in client_fields))
                                       .where(ClientRow.id.in_(chunk))):
                clients[row.id] = ExistingClient(row.id, {f: getattr(row, f) for f in client_fields})
            for row in session.execute(
                select(PregnancyRow.id, PregnancyRow.client_id, *(getattr(PregnancyRow, f) for f in pregnancy_fields))
                .where(PregnancyRow.client_id.in_(chunk)).order_by(PregnancyRow.due_date.desc(), PregnancyRow.id)
            ):
                clients[row.client_id].pregnancies.append(
                    ExistingPregnancy(row.id, {f: getattr(row, f) for f in pregnancy_fields}))
        return Existing(clients.values())


class _Writer:
    """Carries out planned rows inside the import's transaction, with ClientService's own write helpers."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._clients: dict[int, ClientRow] = {}  # line → client created by that row
        self._pregnancies: dict[int, PregnancyRow] = {}

    def _client(self, client_id: int | None, line: int | None) -> ClientRow:
        if client_id is not None:
            row = self._uow.session.get(ClientRow, client_id)
            if row is None:
                raise NotFound("Een cliënte uit de vergelijking bestaat niet meer; begin opnieuw.")
            return row
        assert line is not None
        return self._clients[line]

    def write(self, planned: PlannedRow) -> None:
        if planned.outcome is Outcome.NEW_CLIENT:
            assert planned.client is not None
            client = insert_client(self._uow, planned.client)
            self._clients[planned.line] = client
        else:
            client = self._client(planned.client_id, planned.client_line)
            if planned.client_fills and planned.client is not None:
                change_client(self._uow, client, planned.client)
        if planned.pregnancy is None:
            return
        if planned.new_pregnancy:
            self._pregnancies[planned.line] = insert_pregnancy(self._uow, client, planned.pregnancy)
        elif planned.pregnancy_fills:
            if planned.pregnancy_id is not None:
                pregnancy = self._uow.session.get(PregnancyRow, planned.pregnancy_id)
                if pregnancy is None:
                    raise NotFound("Een zwangerschap uit de vergelijking bestaat niet meer; begin opnieuw.")
            else:
                assert planned.pregnancy_line is not None
                pregnancy = self._pregnancies[planned.pregnancy_line]
            change_pregnancy(self._uow, pregnancy, planned.pregnancy)
