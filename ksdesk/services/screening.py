"""Use cases of signalling: assessments with the Kwetsbaarheid Rotterdam, history, meldcode, referral decision.

The suggested level is always recomputed here with ``ksdesk.screening.classify`` from the items sent in; a level
sent by the UI is never trusted. The final level ("samen afgewogen") may differ from the suggestion only with a
written reason. Each assessment stores the catalogue id and version it was made with, the labels of its items,
and a verbatim copy of that catalogue (``screening_catalogues``), so old assessments stay readable and editable
after the practice switches to another catalogue.

The active catalogue is the shipped default, unless the beheerder stored a region's own catalogue file
(setting ``screening.catalogue``: the file's JSON text, so every workstation uses the same copy).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased, object_session, selectinload

from ksdesk.records.enums import PregnancyStatus
from ksdesk.records.names import display_name
from ksdesk.screening import (
    MELDCODE_STEPS,
    AssessmentKind,
    Catalogue,
    CatalogueError,
    Classification,
    Decision,
    Level,
    MeldcodeDecision,
    RiskStatus,
    RiskSubject,
    UnknownCodeError,
    classify,
    next_assessment_kind,
    parse_catalogue_json,
)
from ksdesk.security.audit import Action, AuditEvent
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, operation
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, NotFound, ValidationError
from ksdesk.storage.orm import ClientRow, PregnancyRow, SettingRow, utcnow
from ksdesk.storage.orm_screening import (
    AssessmentItemRow,
    AssessmentProtectiveRow,
    AssessmentRow,
    MeldcodeStepRow,
    ScreeningCatalogueRow,
)

SETTING_CATALOGUE = "screening.catalogue"
"""Settings key: the JSON text of a region's own catalogue (absent: the shipped default)."""

WORKLIST_DAYS_AFTER_DUE = 42
"""An ended pregnancy stays on the worklist until 6 weeks after its due date (postpartum care)."""

MAX_TEXT = 4000
MIN_REASON = 5




# --- views --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AssessedItem:
    code: str
    label: str
    domain: str
    domain_label: str
    urgent: bool
    meldcode: bool
    status: RiskStatus
    concerns: tuple[RiskSubject, ...]


@dataclass(frozen=True)
class PresentFactor:
    code: str
    label: str
    domain: str


@dataclass(frozen=True)
class MeldcodeStep:
    id: int
    step: int
    taken_on: dt.date
    taken_by: str
    decision: MeldcodeDecision | None
    notes: str
    recorded_at: dt.datetime

    @property
    def title(self) -> str:
        return MELDCODE_STEPS[self.step]


@dataclass(frozen=True)
class AssessmentView:
    """One stored assessment, readable without the catalogue it was made with."""

    id: int
    pregnancy_id: int
    client_id: int
    kind: AssessmentKind
    assessed_on: dt.date
    catalogue_id: str
    catalogue_version: str
    suggested_level: Level
    suggested_reasons: tuple[str, ...]
    final_level: Level
    final_reason: str | None
    note: str | None
    protective_answered: bool
    items: tuple[AssessedItem, ...]
    protective: tuple[PresentFactor, ...]
    meldcode_steps: tuple[MeldcodeStep, ...]
    created_by: str
    created_at: dt.datetime
    updated_by: str
    updated_at: dt.datetime
    decision: Decision | None
    decision_reason: str | None
    decided_by: str | None
    decided_at: dt.datetime | None

    @property
    def catalogue_key(self) -> str:
        return f"{self.catalogue_id}@{self.catalogue_version}"

    @property
    def complete(self) -> bool:
        """Without any answer on protective factors an assessment is incomplete."""
        return self.protective_answered

    @property
    def needs_decision(self) -> bool:
        """Potentieel kwetsbaar or higher asks for a doorgeleiding decision."""
        return self.final_level.rank >= Level.POTENTIEEL.rank

    @property
    def decision_pending(self) -> bool:
        return self.needs_decision and self.decision is None

    @property
    def meldcode_open(self) -> bool:
        """A counted urgent safety item (huiselijk geweld, kindermishandeling): show the meldcode steps."""
        return any(item.meldcode and item.status.counted for item in self.items)

    @property
    def overridden(self) -> bool:
        return self.final_level is not self.suggested_level

    def risks(self) -> dict[str, RiskStatus]:
        return {item.code: item.status for item in self.items}


@dataclass(frozen=True)
class PendingDecision:
    """A worklist row: a pregnancy whose latest assessment is potentieel kwetsbaar or higher without a decision."""

    pregnancy_id: int
    client_id: int
    client_name: str
    date_of_birth: dt.date
    due_date: dt.date
    assessment_id: int
    kind: AssessmentKind
    assessed_on: dt.date
    final_level: Level


@dataclass(frozen=True)
class PregnancyScreening:
    """What the Signalering screen shows for one pregnancy: who, and every assessment (oldest first)."""

    pregnancy_id: int
    client_id: int
    client_name: str
    date_of_birth: dt.date
    due_date: dt.date
    pregnancy_status: str
    assessments: tuple[AssessmentView, ...]

    @property
    def latest(self) -> AssessmentView | None:
        return self.assessments[-1] if self.assessments else None

    def next_kind(self, today: dt.date) -> AssessmentKind:
        """The kind a new assessment of this pregnancy would be (intake, ~28 weeks, postpartum, tussentijds)."""
        return next_assessment_kind({a.kind for a in self.assessments}, PregnancyStatus(self.pregnancy_status),
                                    self.due_date, today)


@dataclass(frozen=True)
class ActiveCatalogue:
    """The catalogue in use and where it comes from."""

    catalogue: Catalogue
    from_region: bool  # a region's own file stored by the beheerder; False: the shipped default


# --- the service -------------------------------------------------------------------------------------------
class ScreeningService(ServiceBase):
    """Assessments per pregnancy (see issue 3)."""

    # JSON digest → parsed catalogue (parsing costs milliseconds; catalogues are immutable)
    _parsed: ClassVar[dict[str, Catalogue]] = {}

    # --- catalogue ---------------------------------------------------------------------------------------
    @operation(Permission.CATALOGUE_READ)
    def active_catalogue(self, actor: Actor) -> ActiveCatalogue:
        """The catalogue new assessments are made with (a region's own, else the shipped default)."""
        with self._work(actor) as uow:
            return self._active(uow.session)

    @operation(Permission.CATALOGUE_READ)
    def catalogue(self, actor: Actor, catalogue_id: str, version: str) -> Catalogue:
        """A catalogue assessments were made with (the stored copy), e.g. to edit an old assessment."""
        with self._work(actor) as uow:
            found = self._stored_catalogue(uow.session, catalogue_id, version)
            if found is None:
                active = self._active(uow.session).catalogue
                if (active.id, active.version) == (catalogue_id, version):
                    return active
                raise NotFound(f"Catalogus {catalogue_id}@{version} is niet bewaard.")
            return found

    @operation(Permission.SETTINGS_WRITE)
    def set_region_catalogue(self, actor: Actor, content: str | None) -> ActiveCatalogue:
        """Use a region's own catalogue file (its JSON text), or go back to the shipped default (None).

        A catalogue whose id and version were used before with other content is refused: raise the version.
        """
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, SETTING_CATALOGUE)
            if content is None:
                if row is not None:
                    uow.session.delete(row)
                uow.audit(AuditEvent(Action.UPDATE, "screening.catalogue_default", "instelling", SETTING_CATALOGUE,
                                     check_treatment=False, detail="meegeleverde catalogus"))
                return ActiveCatalogue(self._parse(_default_text()), from_region=False)
            try:
                catalogue = self._parse(content, origin="(regiobestand)")
            except CatalogueError as exc:
                raise ValidationError.single("catalogue", "Catalogusbestand", str(exc)) from None
            stored = uow.session.scalar(select(ScreeningCatalogueRow).where(
                ScreeningCatalogueRow.catalogue_id == catalogue.id,
                ScreeningCatalogueRow.catalogue_version == catalogue.version))
            if stored is not None and _digest(stored.content) != _digest(content) and \
                    self._parse(stored.content).model_dump() != catalogue.model_dump():
                raise ValidationError.single(
                    "catalogue", "Catalogusbestand",
                    f"Catalogus {catalogue.key} is al gebruikt met een andere inhoud. "
                    "Verhoog de versie in het bestand, zodat oude beoordelingen leesbaar blijven.")
            if row is None:
                uow.session.add(SettingRow(key=SETTING_CATALOGUE, value=content))
            else:
                row.value = content
            uow.audit(AuditEvent(Action.UPDATE, "screening.catalogue_region", "instelling", SETTING_CATALOGUE,
                                 check_treatment=False, detail=catalogue.key))
            return ActiveCatalogue(catalogue, from_region=True)

    # --- suggestion (no client data) ---------------------------------------------------------------------
    @operation(Permission.SCREENING_READ)
    def suggest(self, actor: Actor, risks: Mapping[str, str] | Iterable[str],
                protective: Iterable[str] | None, *, catalogue_key: str | None = None) -> Classification:
        """The suggested level with its reasons for items not yet stored (the screen's live preview)."""
        with self._work(actor) as uow:
            catalogue = self._catalogue_for(uow.session, catalogue_key)
        try:
            return classify(catalogue, risks, protective)
        except UnknownCodeError as exc:
            raise ValidationError.single("risks", "Kwetsbaarheden", str(exc)) from None

    # --- assessments ---------------------------------------------------------------------------------------
    @operation(Permission.SCREENING_WRITE)
    def create(self, actor: Actor, pregnancy_id: int, data: Mapping[str, Any]) -> AssessmentView:
        """Record a new assessment for a pregnancy with the active catalogue. Bad input writes nothing.

        ``data``: kind, assessed_on (date), risks ({code: status} or {code: {"status", "concerns"}}),
        protective (list of codes; None: not answered), final_level (None: the suggestion), final_reason, note.
        """
        with self._work(actor) as uow:
            pregnancy = self._pregnancy(uow.session, pregnancy_id)
            catalogue = self._active(uow.session).catalogue
            self._keep_copy(uow.session, catalogue)
            row = AssessmentRow(pregnancy_id=pregnancy_id, catalogue_id=catalogue.id,
                                catalogue_version=catalogue.version, created_by=actor.display_name,
                                created_at=utcnow())
            _apply(row, catalogue, data, actor)
            uow.session.add(row)
            uow.session.flush()
            uow.audit(AuditEvent(Action.CREATE, "screening.create", "beoordeling", str(row.id),
                                 client_id=pregnancy.client_id, pregnancy_id=pregnancy_id,
                                 detail=f"{row.kind}; voorgesteld {row.suggested_level}, eind {row.final_level}"))
            return _view(row, pregnancy.client_id)

    @operation(Permission.SCREENING_WRITE)
    def update(self, actor: Actor, assessment_id: int, data: Mapping[str, Any],
               *, expected_updated_at: dt.datetime | None = None) -> AssessmentView:
        """Change an assessment (with the catalogue it was made with); the suggestion is recomputed."""
        with self._work(actor) as uow:
            row = self._assessment(uow.session, assessment_id)
            if expected_updated_at is not None and row.updated_at != expected_updated_at:
                raise Conflict("Deze beoordeling is intussen door iemand anders gewijzigd. Open haar opnieuw.")
            catalogue = self._catalogue_for(uow.session, f"{row.catalogue_id}@{row.catalogue_version}")
            client_id = self._client_of(uow.session, row.pregnancy_id)
            _apply(row, catalogue, data, actor)
            uow.session.flush()
            uow.audit(AuditEvent(Action.UPDATE, "screening.update", "beoordeling", str(row.id),
                                 client_id=client_id, pregnancy_id=row.pregnancy_id,
                                 detail=f"{row.kind}; voorgesteld {row.suggested_level}, eind {row.final_level}"))
            return _view(row, client_id)

    @operation(Permission.SCREENING_READ)
    def get(self, actor: Actor, assessment_id: int) -> AssessmentView:
        """One assessment (logged as a read)."""
        with self._work(actor) as uow:
            row = self._assessment(uow.session, assessment_id)
            client_id = self._client_of(uow.session, row.pregnancy_id)
            uow.audit(AuditEvent(Action.READ, "screening.open", "beoordeling", str(row.id),
                                 client_id=client_id, pregnancy_id=row.pregnancy_id))
            return _view(row, client_id)

    @operation(Permission.SCREENING_READ)
    def history(self, actor: Actor, pregnancy_id: int) -> list[AssessmentView]:
        """All assessments of a pregnancy, oldest first (logged as one read)."""
        with self._work(actor) as uow:
            pregnancy = self._pregnancy(uow.session, pregnancy_id)
            rows = uow.session.scalars(
                select(AssessmentRow).where(AssessmentRow.pregnancy_id == pregnancy_id)
                .order_by(AssessmentRow.assessed_on, AssessmentRow.id)
                .options(*_LOAD)).all()
            uow.audit(AuditEvent(Action.READ, "screening.history", "zwangerschap", str(pregnancy_id),
                                 client_id=pregnancy.client_id, pregnancy_id=pregnancy_id,
                                 detail=f"{len(rows)} beoordelingen"))
            return [_view(r, pregnancy.client_id) for r in rows]

    @operation(Permission.SCREENING_READ)
    def dossier(self, actor: Actor, pregnancy_id: int) -> PregnancyScreening:
        """The client and all assessments of a pregnancy, for the Signalering screen (logged as one read)."""
        with self._work(actor) as uow:
            pregnancy = self._pregnancy(uow.session, pregnancy_id)
            client = uow.session.get(ClientRow, pregnancy.client_id)
            assert client is not None
            rows = uow.session.scalars(
                select(AssessmentRow).where(AssessmentRow.pregnancy_id == pregnancy_id)
                .order_by(AssessmentRow.assessed_on, AssessmentRow.id)
                .options(*_LOAD)).all()
            uow.audit(AuditEvent(Action.READ, "screening.dossier", "zwangerschap", str(pregnancy_id),
                                 client_id=pregnancy.client_id, pregnancy_id=pregnancy_id,
                                 detail=f"{len(rows)} beoordelingen"))
            return PregnancyScreening(
                pregnancy_id=pregnancy_id, client_id=client.id,
                client_name=display_name(client.given_names, client.surname_prefix, client.surname,
                                         client.preferred_name),
                date_of_birth=client.date_of_birth, due_date=pregnancy.due_date,
                pregnancy_status=pregnancy.status,
                assessments=tuple(_view(r, client.id) for r in rows))

    @operation(Permission.SCREENING_READ)
    def latest_levels(self, actor: Actor, pregnancy_ids: Iterable[int]) -> dict[int, Level]:
        """The final level of the latest assessment per pregnancy (for a chip on the client page)."""
        ids = sorted(set(pregnancy_ids))
        if not ids:
            return {}
        with self._work(actor) as uow:
            latest = _latest_condition()
            rows = uow.session.execute(
                select(AssessmentRow.pregnancy_id, AssessmentRow.final_level, PregnancyRow.client_id)
                .join(PregnancyRow, PregnancyRow.id == AssessmentRow.pregnancy_id)
                .where(AssessmentRow.pregnancy_id.in_(ids), latest)).all()
            for client_id in sorted({r.client_id for r in rows}):
                uow.audit(AuditEvent(Action.READ, "screening.latest", "zwangerschap",
                                     ",".join(str(r.pregnancy_id) for r in rows if r.client_id == client_id),
                                     client_id=client_id, detail="laatste niveau"))
            return {r.pregnancy_id: Level(r.final_level) for r in rows}

    @operation(Permission.SCREENING_WRITE)
    def record_meldcode_step(self, actor: Actor, assessment_id: int, data: Mapping[str, Any]) -> AssessmentView:
        """Record a KNOV meldcode step (1-5): when, by whom, notes; step 5 with its decision. Reports nothing."""
        with self._work(actor) as uow:
            row = self._assessment(uow.session, assessment_id)
            if not any(i.meldcode and RiskStatus(i.status).counted for i in row.items):
                raise ValidationError.single(
                    "step", "Stap", "De meldcode geldt alleen bij een actueel of vermoed urgent veiligheidsitem "
                    "(huiselijk geweld, kindermishandeling).")
            step_row = _meldcode_step(data, actor)
            row.meldcode_steps.append(step_row)
            client_id = self._client_of(uow.session, row.pregnancy_id)
            uow.session.flush()
            uow.audit(AuditEvent(Action.CREATE, "screening.meldcode_step", "meldcodestap", str(step_row.id),
                                 client_id=client_id, pregnancy_id=row.pregnancy_id,
                                 detail=f"beoordeling {row.id}, stap {step_row.step}"))
            return _view(row, client_id)

    @operation(Permission.SCREENING_WRITE)
    def record_decision(self, actor: Actor, assessment_id: int, decision: str | Decision,
                        reason: str | None = None) -> AssessmentView:
        """Record the doorgeleiding decision (potentieel kwetsbaar or higher). 'geen' needs a reason.

        A decision for JGZ, wijkteam or huisarts/POH leads into the referral flow (the UI opens Verwijzingen).
        """
        try:
            chosen = Decision(decision)
        except ValueError:
            raise ValidationError.single("decision", "Doorgeleiding", "Kies een doorgeleiding uit de lijst.") from None
        text = _clean(reason)
        if text is not None and len(text) > MAX_TEXT:
            raise ValidationError.single("decision_reason", "Reden", f"Te lang (maximaal {MAX_TEXT} tekens).")
        if chosen.needs_reason and (text is None or len(text) < MIN_REASON):
            raise ValidationError.single("decision_reason", "Reden",
                                         "Geef een reden waarom er geen doorgeleiding nodig is.")
        with self._work(actor) as uow:
            row = self._assessment(uow.session, assessment_id)
            if Level(row.final_level).rank < Level.POTENTIEEL.rank:
                raise ValidationError.single(
                    "decision", "Doorgeleiding",
                    "Bij 'geen kwetsbaarheid gesignaleerd' is geen doorgeleidingsbesluit nodig.")
            row.decision = chosen.value
            row.decision_reason = text
            row.decided_by = actor.display_name
            row.decided_at = utcnow()
            client_id = self._client_of(uow.session, row.pregnancy_id)
            uow.session.flush()
            uow.audit(AuditEvent(Action.UPDATE, "screening.decision", "beoordeling", str(row.id),
                                 client_id=client_id, pregnancy_id=row.pregnancy_id, detail=chosen.value))
            return _view(row, client_id)

    @operation(Permission.SCREENING_READ)
    def pending_decisions(self, actor: Actor, *, limit: int = 500, today: dt.date | None = None
                          ) -> list[PendingDecision]:
        """Pregnancies whose latest assessment is potentieel kwetsbaar or higher and has no decision yet,
        most urgent first (worklists).

        Only pregnancies where a decision can still reach the woman: ongoing ones, and ended ones whose due date
        is at most ``WORKLIST_DAYS_AFTER_DUE`` days ago (the postpartum weeks); older ones drop off the list.
        """
        signalled = [Level.POTENTIEEL.value, Level.KWETSBAAR.value, Level.URGENT.value]
        cutoff = (today or dt.date.today()) - dt.timedelta(days=WORKLIST_DAYS_AFTER_DUE)
        with self._work(actor) as uow:
            rows = uow.session.execute(
                select(AssessmentRow.id, AssessmentRow.pregnancy_id, AssessmentRow.kind, AssessmentRow.assessed_on,
                       AssessmentRow.final_level, PregnancyRow.client_id, PregnancyRow.due_date,
                       ClientRow.given_names, ClientRow.surname_prefix, ClientRow.surname, ClientRow.preferred_name,
                       ClientRow.date_of_birth)
                .join(PregnancyRow, PregnancyRow.id == AssessmentRow.pregnancy_id)
                .join(ClientRow, ClientRow.id == PregnancyRow.client_id)
                .where(_latest_condition(), AssessmentRow.decision.is_(None),
                       AssessmentRow.final_level.in_(signalled),
                       or_(PregnancyRow.status == PregnancyStatus.ONGOING.value, PregnancyRow.due_date >= cutoff))
                .order_by(AssessmentRow.assessed_on, AssessmentRow.id)
                .limit(max(1, min(limit, 5000)))).all()
            uow.audit(AuditEvent(Action.READ, "screening.pending", "werklijst",
                                 detail=f"{len(rows)} zwangerschappen zonder doorgeleidingsbesluit",
                                 check_treatment=False))
            result = [PendingDecision(
                pregnancy_id=r.pregnancy_id, client_id=r.client_id,
                client_name=display_name(r.given_names, r.surname_prefix, r.surname, r.preferred_name),
                date_of_birth=r.date_of_birth, due_date=r.due_date, assessment_id=r.id,
                kind=AssessmentKind(r.kind), assessed_on=r.assessed_on, final_level=Level(r.final_level))
                for r in rows]
            result.sort(key=lambda p: -p.final_level.rank)  # stable: oldest first within a level
            return result

    # --- helpers -------------------------------------------------------------------------------------------
    def _parse(self, text: str, *, origin: str = "(opgeslagen)") -> Catalogue:
        key = _digest(text)
        found = self._parsed.get(key)
        if found is None:
            found = parse_catalogue_json(text, origin=origin)
            self._parsed[key] = found
        return found

    def _active(self, session: Session) -> ActiveCatalogue:
        row = session.get(SettingRow, SETTING_CATALOGUE)
        if row is not None:
            return ActiveCatalogue(self._parse(row.value), from_region=True)
        return ActiveCatalogue(self._parse(_default_text()), from_region=False)

    def _stored_catalogue(self, session: Session, catalogue_id: str, version: str) -> Catalogue | None:
        content = session.scalar(select(ScreeningCatalogueRow.content).where(
            ScreeningCatalogueRow.catalogue_id == catalogue_id,
            ScreeningCatalogueRow.catalogue_version == version))
        return None if content is None else self._parse(content)

    def _catalogue_for(self, session: Session, key: str | None) -> Catalogue:
        active = self._active(session).catalogue
        if key is None or key == active.key:
            return active
        catalogue_id, _, version = key.partition("@")
        found = self._stored_catalogue(session, catalogue_id, version)
        if found is None:
            raise NotFound(f"Catalogus {key} is niet bewaard.")
        return found

    def _keep_copy(self, session: Session, catalogue: Catalogue) -> None:
        exists_already = session.scalar(select(ScreeningCatalogueRow.id).where(
            ScreeningCatalogueRow.catalogue_id == catalogue.id,
            ScreeningCatalogueRow.catalogue_version == catalogue.version))
        if exists_already is None:
            session.add(ScreeningCatalogueRow(catalogue_id=catalogue.id, catalogue_version=catalogue.version,
                                              content=catalogue.model_dump_json(indent=1), stored_at=utcnow()))

    @staticmethod
    def _pregnancy(session: Session, pregnancy_id: int) -> PregnancyRow:
        row = session.get(PregnancyRow, pregnancy_id)
        if row is None:
            raise NotFound("Deze zwangerschap bestaat niet (meer).")
        return row

    @staticmethod
    def _client_of(session: Session, pregnancy_id: int) -> int:
        client_id = session.scalar(select(PregnancyRow.client_id).where(PregnancyRow.id == pregnancy_id))
        if client_id is None:
            raise NotFound("Deze zwangerschap bestaat niet (meer).")
        return int(client_id)

    @staticmethod
    def _assessment(session: Session, assessment_id: int) -> AssessmentRow:
        row = session.scalar(select(AssessmentRow).where(AssessmentRow.id == assessment_id).options(*_LOAD))
        if row is None:
            raise NotFound("Deze beoordeling bestaat niet (meer).")
        return row


_LOAD = (selectinload(AssessmentRow.items), selectinload(AssessmentRow.protective_factors),
         selectinload(AssessmentRow.meldcode_steps))


def _default_text() -> str:
    from ksdesk.screening import default_catalogue_path
    return default_catalogue_path().read_text(encoding="utf-8-sig")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _latest_condition() -> Any:
    """No later assessment of the same pregnancy (by date, then id)."""
    later = aliased(AssessmentRow)
    return ~exists().where(
        later.pregnancy_id == AssessmentRow.pregnancy_id,
        or_(later.assessed_on > AssessmentRow.assessed_on,
            and_(later.assessed_on == AssessmentRow.assessed_on, later.id > AssessmentRow.id)))


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    text = value.strip()
    return text or None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    return None


def _parse_risks(catalogue: Catalogue, raw: Any, problems: dict[str, str]
                 ) -> dict[str, tuple[RiskStatus, tuple[RiskSubject, ...]]]:
    """{code: status} or {code: {"status": ..., "concerns": [...]}} or a collection of codes (actueel)."""
    if raw is None:
        return {}
    if isinstance(raw, str | bytes):
        problems["risks"] = "Geef de kwetsbaarheden als lijst of als code → status."
        return {}
    entries: dict[str, Any] = dict(raw) if isinstance(raw, Mapping) else {code: RiskStatus.ACTUAL for code in raw}
    unknown = sorted(code for code in entries if not (isinstance(code, str) and catalogue.has_risk_item(code)))
    if unknown:
        problems["risks"] = (f"Onbekende kwetsbaarheid in catalogus {catalogue.key}: "
                             + ", ".join(f"'{c}'" for c in unknown) + ".")
        return {}
    result: dict[str, tuple[RiskStatus, tuple[RiskSubject, ...]]] = {}
    for code, value in entries.items():
        status_raw, concerns_raw = (value.get("status"), value.get("concerns")) if isinstance(value, Mapping) \
            else (value, None)
        try:
            status = RiskStatus(str(status_raw).strip().lower())
        except ValueError:
            problems["risks"] = (f"Onbekende status '{status_raw}' bij {catalogue.risk_item(code).label}; "
                                 "kies actueel, vermoeden of verleden.")
            return {}
        concerns: list[RiskSubject] = []
        for subject in concerns_raw or (RiskSubject.CLIENT,):
            try:
                concerns.append(RiskSubject(subject))
            except ValueError:
                problems["risks"] = (f"Onbekend '{subject}' bij {catalogue.risk_item(code).label}; "
                                     "kies cliënte, partner of gezin.")
                return {}
        ordered = tuple(s for s in RiskSubject if s in concerns)
        result[code] = (status, ordered)
    return result


_TITLES = {
    "kind": "Soort beoordeling", "assessed_on": "Datum", "risks": "Kwetsbaarheden",
    "protective": "Beschermende factoren", "final_level": "Eindniveau", "final_reason": "Reden afwijking",
    "note": "Notitie",
}


def _apply(row: AssessmentRow, catalogue: Catalogue, data: Mapping[str, Any], actor: Actor) -> None:
    """Validate ``data`` completely, then write it onto ``row`` (nothing is written when a field is wrong)."""
    problems: dict[str, str] = {}
    try:
        kind = AssessmentKind(data.get("kind") or "")
    except ValueError:
        problems["kind"] = "Kies intake, rond 28 weken, postpartum of tussentijds."
        kind = AssessmentKind.ADHOC
    assessed_on = _date(data.get("assessed_on"))
    if assessed_on is None:
        problems["assessed_on"] = "Geen geldige datum; gebruik dd-mm-jjjj."
    elif assessed_on > dt.date.today():
        problems["assessed_on"] = "De datum ligt in de toekomst."
    risks = _parse_risks(catalogue, data.get("risks"), problems)
    protective_raw = data.get("protective")
    protective: list[str] | None = None
    if protective_raw is not None:
        if isinstance(protective_raw, str | bytes):
            problems["protective"] = "Geef de beschermende factoren als lijst."
        else:
            protective = list(dict.fromkeys(protective_raw))
            unknown = [c for c in protective if not (isinstance(c, str) and catalogue.has_protective_factor(c))]
            if unknown:
                problems["protective"] = (f"Onbekende beschermende factor in catalogus {catalogue.key}: "
                                          + ", ".join(f"'{c}'" for c in unknown) + ".")
                protective = None
    note = _clean(data.get("note"))
    if note is not None and len(note) > MAX_TEXT:
        problems["note"] = f"Te lang (maximaal {MAX_TEXT} tekens)."
    reason = _clean(data.get("final_reason"))
    if reason is not None and len(reason) > MAX_TEXT:
        problems["final_reason"] = f"Te lang (maximaal {MAX_TEXT} tekens)."
    final_raw = data.get("final_level")
    final: Level | None = None
    if final_raw not in (None, ""):
        try:
            final = Level(final_raw)
        except ValueError:
            problems["final_level"] = "Kies een niveau uit de lijst."
    if problems:
        raise ValidationError(problems, {k: _TITLES[k] for k in problems})

    result = classify(catalogue, {code: status for code, (status, _) in risks.items()}, protective)
    final = final or result.level
    if final is not result.level and (reason is None or len(reason) < MIN_REASON):
        raise ValidationError.single(
            "final_reason", _TITLES["final_reason"],
            f"Het eindniveau wijkt af van de suggestie ({result.level.label.lower()}): "
            "schrijf op waarom (samen met de cliënte afgewogen).")
    if final is result.level:
        reason = None  # a reason only belongs to a deviation

    assert assessed_on is not None
    row.kind = kind.value
    row.assessed_on = assessed_on
    row.suggested_level = result.level.value
    row.suggested_reasons = json.dumps(list(result.reasons), ensure_ascii=False)
    row.final_level = final.value
    row.final_reason = reason
    row.note = note
    row.protective_answered = result.protective_answered
    row.updated_by = actor.display_name
    row.updated_at = utcnow()
    # Replace the items; positions follow the catalogue so the history reads in checklist order.
    row.items.clear()
    row.protective_factors.clear()
    session = object_session(row)
    if session is not None and row.id is not None:
        session.flush()  # delete the old rows before the new ones meet the unique (assessment, code)
    for position, item in enumerate(catalogue.risk_items):
        if item.code in risks:
            status, concerns = risks[item.code]
            row.items.append(AssessmentItemRow(
                position=position, code=item.code, label=item.label, domain=item.domain,
                domain_label=catalogue.domain(item.domain).label, urgent=item.urgent, meldcode=item.meldcode,
                status=status.value, concerns_client=RiskSubject.CLIENT in concerns,
                concerns_partner=RiskSubject.PARTNER in concerns, concerns_family=RiskSubject.FAMILY in concerns))
    for position, factor in enumerate(catalogue.protective_factors):
        if protective is not None and factor.code in protective:
            row.protective_factors.append(AssessmentProtectiveRow(
                position=position, code=factor.code, label=factor.label, domain=factor.domain))


def _meldcode_step(data: Mapping[str, Any], actor: Actor) -> MeldcodeStepRow:
    problems: dict[str, str] = {}
    titles = {"step": "Stap", "taken_on": "Datum", "notes": "Toelichting", "decision": "Besluit"}
    try:
        step = int(data.get("step"))  # type: ignore[arg-type]
        if step not in MELDCODE_STEPS:
            raise ValueError
    except (TypeError, ValueError):
        problems["step"] = "Kies stap 1 tot en met 5."
        step = 0
    taken_on = _date(data.get("taken_on"))
    if taken_on is None:
        problems["taken_on"] = "Geen geldige datum; gebruik dd-mm-jjjj."
    elif taken_on > dt.date.today():
        problems["taken_on"] = "De datum ligt in de toekomst."
    notes = _clean(data.get("notes"))
    if notes is None:
        problems["notes"] = "Beschrijf wat er in deze stap is gedaan of besproken."
    elif len(notes) > MAX_TEXT:
        problems["notes"] = f"Te lang (maximaal {MAX_TEXT} tekens)."
    decision: MeldcodeDecision | None = None
    raw = data.get("decision")
    if step == 5:
        try:
            decision = MeldcodeDecision(raw or "")
        except ValueError:
            problems["decision"] = "Kies bij stap 5 het besluit: hulp organiseren en/of melden, of afsluiten."
    elif raw not in (None, ""):
        problems["decision"] = "Een besluit hoort alleen bij stap 5."
    if problems:
        raise ValidationError(problems, {k: titles[k] for k in problems})
    assert taken_on is not None and notes is not None
    return MeldcodeStepRow(step=step, taken_on=taken_on, taken_by=actor.display_name,
                           decision=decision.value if decision else None, notes=notes, recorded_at=utcnow())


def _view(row: AssessmentRow, client_id: int) -> AssessmentView:
    return AssessmentView(
        id=row.id, pregnancy_id=row.pregnancy_id, client_id=client_id, kind=AssessmentKind(row.kind),
        assessed_on=row.assessed_on, catalogue_id=row.catalogue_id, catalogue_version=row.catalogue_version,
        suggested_level=Level(row.suggested_level), suggested_reasons=tuple(json.loads(row.suggested_reasons)),
        final_level=Level(row.final_level), final_reason=row.final_reason, note=row.note,
        protective_answered=row.protective_answered,
        items=tuple(AssessedItem(
            code=i.code, label=i.label, domain=i.domain, domain_label=i.domain_label, urgent=i.urgent,
            meldcode=i.meldcode, status=RiskStatus(i.status),
            concerns=tuple(s for s, on in ((RiskSubject.CLIENT, i.concerns_client),
                                           (RiskSubject.PARTNER, i.concerns_partner),
                                           (RiskSubject.FAMILY, i.concerns_family)) if on))
            for i in row.items),
        protective=tuple(PresentFactor(p.code, p.label, p.domain) for p in row.protective_factors),
        meldcode_steps=tuple(MeldcodeStep(
            id=m.id, step=m.step, taken_on=m.taken_on, taken_by=m.taken_by,
            decision=MeldcodeDecision(m.decision) if m.decision else None, notes=m.notes, recorded_at=m.recorded_at)
            for m in row.meldcode_steps),
        created_by=row.created_by, created_at=row.created_at, updated_by=row.updated_by, updated_at=row.updated_at,
        decision=Decision(row.decision) if row.decision else None, decision_reason=row.decision_reason,
        decided_by=row.decided_by, decided_at=row.decided_at,
    )

