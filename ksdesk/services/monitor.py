"""Use cases of the regional monitor: gather plain records, aggregate, suppress, export (audited).

Each feature's facts are gathered where its tables exist; a feature whose tables are not in this build is
reported as not available (its indicators show "nb"), never as zero.

The suppression threshold k is a practice setting (``monitor.k``, default 10). Reading it goes with
MONITOR_EXPORT; changing it needs SETTINGS_WRITE (the beheerder), so the person who exports cannot lower the
protection of her own export: the threshold is a privacy safeguard, not an export option.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import ksdesk
from ksdesk.monitor.aggregate import aggregate
from ksdesk.monitor.export import file_stem, to_csv, to_json
from ksdesk.monitor.facts import (
    AssessmentFact,
    CenteringGroupFact,
    DestinationType,
    MonitorFacts,
    ParticipantFact,
    PregnancyFact,
    ReferralFact,
    StaffFact,
)
from ksdesk.monitor.period import Period, PeriodError, parse_period
from ksdesk.monitor.published import AgbCode, CatalogueRef, CodeText, ExportMetadata, MonitorExport
from ksdesk.monitor.suppress import DEFAULT_K, MAX_K, MIN_K, publish
from ksdesk.records.enums import Discipline
from ksdesk.screening.enums import Level
from ksdesk.security.audit import Action, AuditEvent
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, operation
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, NotFound, StorageProblem, ValidationError
from ksdesk.storage import orm_centering, orm_referrals, orm_screening
from ksdesk.storage.orm import ClientRow, PracticeRow, PregnancyRow, SettingRow, StaffRow

K_KEY = "monitor.k"


@dataclass(frozen=True)
class ExportedFiles:
    """What an export wrote: the three files and the figures they hold."""

    csv: Path
    json: Path
    pdf: Path
    export: MonitorExport


class MonitorService(ServiceBase):
    """Anonymised counts for the region (see issue 6)."""

    @operation(Permission.MONITOR_EXPORT)
    def threshold(self, actor: Actor) -> int:
        """The suppression threshold k: counts 1..k−1 are published as '<k'."""
        with self._work(actor) as uow:
            return _threshold(uow.session)

    @operation(Permission.SETTINGS_WRITE)
    def set_threshold(self, actor: Actor, k: int) -> None:
        """Change k (the beheerder only; see the module docstring)."""
        if not isinstance(k, int) or isinstance(k, bool) or not MIN_K <= k <= MAX_K:
            raise ValidationError.single("k", "Drempel voor kleine aantallen",
                                         f"Kies een drempel van {MIN_K} tot en met {MAX_K}.")
        with self._work(actor) as uow:
            row = uow.session.get(SettingRow, K_KEY)
            if row is None:
                uow.session.add(SettingRow(key=K_KEY, value=str(k)))
            else:
                row.value = str(k)
            uow.audit(AuditEvent(Action.UPDATE, "settings.monitor_k", "instelling", K_KEY, detail=f"k = {k}",
                                 check_treatment=False))

    @operation(Permission.MONITOR_EXPORT)
    def preview(self, actor: Actor, period: Period | str) -> MonitorExport:
        """Exactly what an export of this period would contain (shown before anything leaves the practice)."""
        period = _period(period)
        with self._work(actor) as uow:
            result = _compute(uow.session, period)
            uow.audit(AuditEvent(Action.READ, "monitor.preview", "monitor", period.code,
                                 detail=f"Voorbeeld monitorcijfers {period.label}, k = {result.k}",
                                 check_treatment=False))
            return result

    @operation(Permission.MONITOR_EXPORT)
    def export(self, actor: Actor, period: Period | str, folder: str | Path, *,
               previewed: MonitorExport | None = None) -> ExportedFiles:
        """Write CSV, JSON and the one-page PDF into ``folder``; logged in the audit log.

        With ``previewed`` (what the user saw), the export refuses when the figures changed in between.
        """
        from ksdesk.letters.monitor_summary import render_monitor_summary

        period = _period(period)
        target = Path(folder)
        if not target.is_dir():
            raise ValidationError.single("folder", "Map", "Deze map bestaat niet. Kies een bestaande map.")
        with self._work(actor) as uow:
            result = _compute(uow.session, period)
            if previewed is not None and (previewed.rows, previewed.notes, previewed.k) != (
                    result.rows, result.notes, result.k):
                raise Conflict("De cijfers zijn veranderd sinds het voorbeeld. Bekijk het voorbeeld opnieuw en "
                               "exporteer daarna.")
            stem = file_stem(result)
            paths = ExportedFiles(target / f"{stem}.csv", target / f"{stem}.json", target / f"{stem}.pdf", result)
            try:
                paths.csv.write_bytes(to_csv(result))
                paths.json.write_bytes(to_json(result))
                paths.pdf.write_bytes(render_monitor_summary(result))
            except OSError as exc:
                raise StorageProblem(f"De bestanden konden niet worden geschreven in {target}: "
                                     f"{exc.strerror or exc}.") from None
            uow.audit(AuditEvent(
                Action.EXECUTE, "monitor.export", "monitor", period.code,
                detail=(f"Monitorexport {period.label}, k = {result.k}: {paths.csv.name}, {paths.json.name}, "
                        f"{paths.pdf.name}; {len(result.notes)} cellen onderdrukt"),
                check_treatment=False))
            return paths


def _period(period: Period | str) -> Period:
    if isinstance(period, Period):
        return period
    try:
        return parse_period(str(period))
    except PeriodError as exc:
        raise ValidationError.single("period", "Periode", str(exc)) from None


def _threshold(session: Session) -> int:
    row = session.get(SettingRow, K_KEY)
    try:
        value = int(row.value) if row else DEFAULT_K
    except ValueError:
        value = DEFAULT_K
    return min(max(value, MIN_K), MAX_K)


def _compute(session: Session, period: Period) -> MonitorExport:
    practice = session.get(PracticeRow, 1)
    if practice is None:
        raise NotFound("Er is nog geen praktijk ingesteld.")
    facts, catalogues = gather_facts(session, period)
    result = publish(aggregate(facts, period), _threshold(session))
    return result.with_metadata(ExportMetadata(
        practice_name=practice.name, practice_agb=AgbCode(practice.agb_code), catalogues=catalogues,
        app_version=CodeText(ksdesk.__version__), generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0)))


# --- gathering: one function per feature, each only where its tables exist -------------------------


def gather_facts(session: Session, period: Period) -> tuple[MonitorFacts, tuple[CatalogueRef, ...]]:
    """Read the plain facts of every available feature (whole history; the aggregation picks the period)."""
    gemeente = _gemeente_by_pregnancy(session)
    assessments, catalogues = _assessments(session, gemeente, period)
    groups, participants = _centering(session, gemeente) or (None, None)
    return MonitorFacts(
        pregnancies=_pregnancies(session),
        staff=_staff(session),
        assessments=assessments,
        referrals=_referrals(session, gemeente),
        groups=groups,
        participants=participants,
    ), catalogues


def _gemeente_by_pregnancy(session: Session) -> dict[int, str | None]:
    rows = session.execute(select(PregnancyRow.id, ClientRow.municipality).join(ClientRow))
    return {pregnancy_id: municipality for pregnancy_id, municipality in rows}


def _pregnancies(session: Session) -> tuple[PregnancyFact, ...]:
    rows = session.execute(select(ClientRow.municipality, PregnancyRow.intake_date, PregnancyRow.created_at)
                           .join(ClientRow, PregnancyRow.client_id == ClientRow.id))
    return tuple(PregnancyFact(municipality, intake or created.date()) for municipality, intake, created in rows)


def _staff(session: Session) -> tuple[StaffFact, ...]:
    rows = session.execute(select(StaffRow.discipline, StaffRow.centering_trained, StaffRow.centering_trained_on,
                                  StaffRow.active))
    return tuple(StaffFact(_discipline(d), bool(trained), on, bool(active)) for d, trained, on, active in rows)


def _discipline(code: str | None) -> Discipline:
    try:
        return Discipline(code)
    except ValueError:
        return Discipline.OTHER


def _assessments(session: Session, gemeente: dict[int, str | None], period: Period
                 ) -> tuple[tuple[AssessmentFact, ...] | None, tuple[CatalogueRef, ...]]:
    assessment = getattr(orm_screening, "AssessmentRow", None)
    protective = getattr(orm_screening, "AssessmentProtectiveRow", None)
    if assessment is None or protective is None:
        return None, ()
    with_protective = set(session.scalars(select(protective.assessment_id).distinct()))
    facts = []
    catalogues: set[tuple[str, str]] = set()
    rows = session.execute(select(assessment.id, assessment.pregnancy_id, assessment.assessed_on,
                                  assessment.final_level, assessment.catalogue_id, assessment.catalogue_version))
    for assessment_id, pregnancy_id, assessed_on, final_level, catalogue_id, version in rows:
        try:
            level = Level(final_level)
        except ValueError:
            continue
        facts.append(AssessmentFact(pregnancy_id, gemeente.get(pregnancy_id), assessed_on, level,
                                    assessment_id in with_protective))
        if period.contains(assessed_on):
            catalogues.add((catalogue_id, version))
    refs = []
    for catalogue_id, version in sorted(catalogues):
        try:
            refs.append(CatalogueRef(CodeText(catalogue_id), CodeText(version)))
        except ValueError:
            continue
    if not refs:
        refs = [_default_catalogue()]
    return tuple(facts), tuple(refs)


def _default_catalogue() -> CatalogueRef:
    from ksdesk.screening.catalogue import load_catalogue

    catalogue = load_catalogue()
    return CatalogueRef(CodeText(catalogue.id), CodeText(catalogue.version))


def _referrals(session: Session, gemeente: dict[int, str | None]) -> tuple[ReferralFact, ...] | None:
    """Referral facts: consent asked (first consent conversation) and given (first granted), sent, destination
    kind, contact confirmed (a 'contact' step in the status history). None when the tables are not in this build."""
    names = ("ReferralRow", "ConsentRow", "StatusChangeRow", "DestinationRow")
    if not all(hasattr(orm_referrals, n) for n in names):
        return None
    referral_t, consent_t, change_t, destination_t = (getattr(orm_referrals, n) for n in names)
    asked: dict[int, dt.date] = {}
    given: dict[int, dt.date] = {}
    for referral_id, asked_on, granted in session.execute(
            select(consent_t.referral_id, consent_t.asked_on, consent_t.granted).order_by(consent_t.asked_on)):
        asked.setdefault(referral_id, asked_on)
        if granted:
            given.setdefault(referral_id, asked_on)
    contact: dict[int, dt.date] = {}
    for referral_id, on_date in session.execute(
            select(change_t.referral_id, change_t.on_date).where(change_t.status == "contact")
            .order_by(change_t.on_date)):
        contact.setdefault(referral_id, on_date)
    rows = session.execute(select(referral_t.id, referral_t.pregnancy_id, referral_t.sent_on, destination_t.kind)
                           .outerjoin(destination_t, referral_t.destination_id == destination_t.id))
    return tuple(
        ReferralFact(gemeente.get(pregnancy_id), DestinationType.from_code(kind), asked.get(referral_id),
                     given.get(referral_id), sent_on, contact.get(referral_id))
        for referral_id, pregnancy_id, sent_on, kind in rows)


def _centering(session: Session, gemeente: dict[int, str | None]
               ) -> tuple[tuple[CenteringGroupFact, ...], tuple[ParticipantFact, ...]] | None:
    names = ("CenteringGroupRow", "CenteringSessionRow", "CenteringFacilitatorRow", "CenteringMemberRow",
             "CenteringAttendanceRow")
    if not all(hasattr(orm_centering, n) for n in names):
        return None
    group_t, session_t, facilitator_t, member_t, attendance_t = (getattr(orm_centering, n) for n in names)
    held: dict[int, list[dt.date]] = defaultdict(list)
    for group_id, starts_at in session.execute(select(session_t.group_id, session_t.starts_at)
                                               .where(session_t.held.is_(True))):
        held[group_id].append(starts_at.date())
    co_discipline = dict(session.execute(
        select(facilitator_t.group_id, StaffRow.discipline).join(StaffRow, facilitator_t.staff_id == StaffRow.id)
        .where(facilitator_t.role == "co_begeleider")).all())
    groups = tuple(
        CenteringGroupFact(
            group_key=gid, location_key=location_id, start_date=start, end_date=end,
            completed=status == "afgerond", cancelled=status == "geannuleerd",
            sessions_held_on=tuple(sorted(held.get(gid, ()))),
            co_facilitator_discipline=_discipline(co_discipline[gid]) if gid in co_discipline else None)
        for gid, location_id, start, end, status in session.execute(
            select(group_t.id, group_t.location_id, group_t.start_date, group_t.end_date, group_t.status)))
    attended = dict(session.execute(
        select(attendance_t.member_id, func.count()).where(attendance_t.status == "aanwezig")
        .group_by(attendance_t.member_id)).all())
    participants = tuple(
        ParticipantFact(group_id, gemeente.get(pregnancy_id), int(attended.get(member_id, 0)))
        for member_id, group_id, pregnancy_id in session.execute(
            select(member_t.id, member_t.group_id, member_t.pregnancy_id)))
    return groups, participants

