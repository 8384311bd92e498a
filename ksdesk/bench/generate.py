"""A synthetic practice at a given scale, for the benchmarks: fictitious people only.

The practice itself (accounts, staff, address book, Centering locations and a few groups) is the demo practice
(`ksdesk.demo.create_demo_practice` with no demo clients), made through the services. The bulk — clients,
pregnancies, assessments, referrals with consent, status history and archived letters, Centering groups with
sessions and attendance, and the audit log — is written with SQLAlchemy Core bulk inserts, a few transactions
in all, into the same encrypted store (writing 20,000 pregnancies one use case at a time would take many
minutes). A few letters are real (made by ReferralService.make_letter); the others are copies of those.
The audit log is chained with `security.audit.append_many`, so `services.audit.verify()` holds.

Names come from the demo's lists (random combinations of common names), BSNs are random numbers that pass the
11-proef, addresses are "Demostraat", e-mail goes to example.com.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from ksdesk.app import open_services
from ksdesk.demo import GIVEN, LANGUAGES, SECOND, SURNAMES, ZUID_LIMBURG, create_demo_practice, fictitious_bsn
from ksdesk.records.enums import PregnancyStatus, Role
from ksdesk.records.names import sort_name
from ksdesk.screening import classify, load_catalogue
from ksdesk.security import audit
from ksdesk.services import Services
from ksdesk.services.clients import _search_text
from ksdesk.storage.db import DB_FILENAME
from ksdesk.storage.orm import SORT_NAME_LENGTH, ClientRow, DueDateChangeRow, PregnancyRow, StaffRow, UserRow
from ksdesk.storage.orm_centering import (
    CenteringAttendanceRow,
    CenteringFacilitatorRow,
    CenteringGroupRow,
    CenteringMemberRow,
    CenteringRoomRow,
    CenteringSessionRow,
    CenteringToeslagRow,
)
from ksdesk.storage.orm_referrals import ConsentRow, DestinationRow, LetterRow, ReferralRow, StatusChangeRow
from ksdesk.storage.orm_screening import (
    AssessmentItemRow,
    AssessmentProtectiveRow,
    AssessmentRow,
    ScreeningCatalogueRow,
)

MARKER = "bench-practice.json"  # written last: a folder without it holds no finished practice
SEED = 2026
# session offsets from the first session (days): 4 four-weekly, then 5 two-weekly; the reünie comes after the ATDs
SESSION_OFFSETS = (0, 28, 56, 84, 98, 112, 126, 140, 154)
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
WORKSTATIONS = ("BALIE-1", "SPREEK-1", "SPREEK-2", "LAPTOP-3")


@dataclass(frozen=True)
class Scale:
    """How big the practice is: `years` of `pregnancies_per_year`, and audit entries per pregnancy."""

    years: int = 20
    pregnancies_per_year: int = 1000
    audit_per_pregnancy: int = 50
    real_letters: int = 5

    @property
    def pregnancies(self) -> int:
        return self.years * self.pregnancies_per_year

    @property
    def name(self) -> str:
        return f"{self.years}x{self.pregnancies_per_year}"


FULL = Scale()
TINY = Scale(years=1, pregnancies_per_year=50, audit_per_pregnancy=20, real_letters=2)


@dataclass
class PracticeInfo:
    """What the generator made (stored as bench-practice.json in the data folder)."""

    scale: dict[str, int]
    seed: int
    today: str
    first_day: str
    accounts: dict[str, list[str]]  # role → [username, password, totp secret or ""]
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> PracticeInfo | None:
        path = data_dir / MARKER
        if not path.exists():
            return None
        return cls(**json.loads(path.read_text(encoding="utf-8")))

    def save(self, data_dir: Path) -> None:
        (data_dir / MARKER).write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")

    def account(self, role: Role) -> tuple[str, str, str]:
        username, password, secret = self.accounts[role.value]
        return username, password, secret


@dataclass(frozen=True)
class _Pregnancy:
    id: int
    client_id: int
    due: dt.date
    status: str
    intake: dt.date | None
    wants_centering: bool
    municipality: str


@dataclass
class _Ids:
    """Next free primary key per table (the bulk rows get their ids here, so they can refer to each other)."""

    next: dict[str, int] = field(default_factory=dict)

    def take(self, session: Session, table: Any, count: int = 1) -> int:
        name = table.__tablename__
        if name not in self.next:
            self.next[name] = int(session.scalar(select(func.max(table.id))) or 0) + 1
        first = self.next[name]
        self.next[name] += count
        return first


def _insert(session: Session, table: Any, rows: list[dict[str, Any]], batch: int = 20_000) -> int:
    for start in range(0, len(rows), batch):
        session.execute(insert(table.__table__), rows[start:start + batch])
    return len(rows)


def data_size(data_dir: Path) -> int:
    """Bytes of the database file with its WAL and shared-memory files."""
    base = data_dir / DB_FILENAME
    return sum(p.stat().st_size for p in (base, base.with_name(base.name + "-wal"), base.with_name(base.name + "-shm"))
               if p.exists())


def generate(data_dir: Path, scale: Scale = FULL, *, seed: int = SEED, today: dt.date | None = None,
             log: Callable[[str], None] = print) -> PracticeInfo:
    """Make the synthetic practice in an empty (or not yet existing) folder; returns what was made."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if any(data_dir.iterdir()):
        raise ValueError(f"{data_dir} is not empty")
    today = today or dt.date.today()
    first_day = today + dt.timedelta(days=240) - dt.timedelta(days=scale.years * 365)
    services = open_services(data_dir)
    info = PracticeInfo(asdict(scale), seed, today.isoformat(), first_day.isoformat(), {})
    clock = time.perf_counter()

    def step(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        info.seconds[name] = round(now - clock, 2)
        log(f"  {name:<28} {now - clock:7.1f} s")
        clock = now

    try:
        accounts = create_demo_practice(services, pregnancies=0, seed=seed, today=today)
        info.accounts = {a.role.value: [a.username, a.password, a.totp_secret or ""] for a in accounts}
        step("practice (services)")
        rng = random.Random(seed)
        ids = _Ids()
        with services.store.transaction() as session:
            pregnancies = _clients(session, ids, rng, scale, today, first_day, info.counts)
        step("clients, pregnancies")
        with services.store.transaction() as session:
            decided = _assessments(session, ids, rng, pregnancies, today, info.counts)
        step("assessments")
        with services.store.transaction() as session:
            letters_wanted = _referrals(session, ids, rng, decided, today, info.counts)
        step("referrals")
        _letters(services, info, ids, letters_wanted, scale.real_letters)
        step("letters")
        with services.store.transaction() as session:
            _centering(session, ids, rng, pregnancies, today, info.counts)
        step("centering")
        with services.store.transaction() as session:
            wanted = scale.pregnancies * scale.audit_per_pregnancy - audit.count(session)
            info.counts["audit_log"] = audit.append_many(
                session, _audit_entries(session, rng, pregnancies, max(wanted, 0), first_day, today))
        step("audit log")
        with services.store.transaction() as session:
            for table in ("clients", "pregnancies", "assessments", "referrals", "referral_letters",
                          "centering_groups", "centering_sessions", "centering_attendance", "audit_log"):
                info.counts[table] = int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
    finally:
        services.close()  # the last connection to close checkpoints the WAL into the database file
    info.counts["database_bytes"] = data_size(data_dir)
    step("counts, checkpoint")
    info.save(data_dir)
    return info


# --- clients and pregnancies -------------------------------------------------------------------------------


def _clients(session: Session, ids: _Ids, rng: random.Random, scale: Scale, today: dt.date, first_day: dt.date,
             counts: dict[str, int]) -> list[_Pregnancy]:
    span = scale.years * 365
    last_day = first_day + dt.timedelta(days=span)
    clients: list[dict[str, Any]] = []
    pregnancies: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    made: list[_Pregnancy] = []
    used_bsn: set[str] = set()
    client_id = ids.take(session, ClientRow, 0)
    pregnancy_id = ids.take(session, PregnancyRow, 0)
    while len(made) < scale.pregnancies:
        dues: list[dt.date] = []
        due = first_day + dt.timedelta(days=rng.randrange(span))
        for _ in range(rng.choices((1, 2, 3, 4), (55, 30, 12, 3))[0]):
            if due >= last_day or len(made) + len(dues) >= scale.pregnancies:
                break
            dues.append(due)
            due += dt.timedelta(days=rng.randint(450, 1200))
        municipality, city, pc = rng.choice(ZUID_LIMBURG)
        prefix, surname = rng.choice(SURNAMES)
        given = f"{rng.choice(GIVEN)} {rng.choice(SECOND)}".strip()
        has_bsn = rng.random() > 0.04
        language = rng.choice(LANGUAGES)
        created = dt.datetime.combine(min(dues[0] - dt.timedelta(days=220), today), dt.time(9, 30))
        row = {
            "id": client_id, "given_names": given, "surname_prefix": prefix, "surname": surname,
            "preferred_name": None,
            "date_of_birth": dues[0] - dt.timedelta(days=rng.randint(18 * 365, 42 * 365)),
            "bsn": fictitious_bsn(rng, used_bsn) if has_bsn else None,
            "bsn_missing_reason": None if has_bsn else "Nog niet ingeschreven in de BRP (fictief)",
            "id_document_type": rng.choice(("paspoort", "identiteitskaart", "rijbewijs")) if has_bsn else "geen",
            "id_document_number": f"DEMO{rng.randint(10000, 99999)}" if has_bsn else None,
            "street": f"Demostraat {rng.randint(1, 180)}",
            "postcode": f"{pc + rng.randint(0, 8)}{rng.choice('ABCEGHJKLMNPRTVXZ')}{rng.choice('ABCEGHJKLMNPRTVXZ')}",
            "city": city, "municipality": municipality, "phone": f"06 12 34 {rng.randint(5000, 5999)}",
            "phone_alt": None, "email": f"demo.{client_id}@example.com" if rng.random() > 0.3 else None,
            "preferred_language": language,
            "interpreter_needed": language not in ("Nederlands", "Engels", "Duits") and rng.random() > 0.4,
            "safe_contact": rng.choice((None, None, None, "Liever niet bellen na 18:00.", "Alleen via e-mail.")),
            "created_at": created, "updated_at": created,
        }
        row["sort_name"] = sort_name(prefix, surname, given)[:SORT_NAME_LENGTH]
        row["search_text"] = _search_text(SimpleNamespace(**row))  # type: ignore[arg-type]
        clients.append(row)
        gravida = rng.choice((1, 1, 1, 2, 2, 3))
        for due in dues:
            status, status_date, birth = _outcome(rng, due, today)
            intake = due - dt.timedelta(days=280 - rng.randint(49, 84))
            intake = intake if intake <= today else None
            source = rng.choices(("termijnecho", "lm", "ivf"), (66, 30, 4))[0]
            wants = rng.random() < 0.82
            made_at = dt.datetime.combine(min(due - dt.timedelta(days=220), today), dt.time(10, 0))
            pregnancies.append({
                "id": pregnancy_id, "client_id": client_id, "due_date": due, "due_date_source": source,
                "gravida": gravida, "para": rng.randint(0, gravida - 1), "status": status, "status_date": status_date,
                "birth_date": birth, "intake_date": intake, "wants_centering": wants, "created_at": made_at,
                "updated_at": made_at})
            changes.append({"pregnancy_id": pregnancy_id, "due_date": due, "source": source, "changed_at": made_at,
                            "changed_by": "Vera Verloskundige (demo)"})
            made.append(_Pregnancy(pregnancy_id, client_id, due, status, intake, wants, municipality))
            pregnancy_id += 1
            gravida += 1
        client_id += 1
    counts["clients"] = _insert(session, ClientRow, clients)
    counts["pregnancies"] = _insert(session, PregnancyRow, pregnancies)
    _insert(session, DueDateChangeRow, changes)
    ids.next["clients"], ids.next["pregnancies"] = client_id, pregnancy_id
    return made


def _outcome(rng: random.Random, due: dt.date, today: dt.date) -> tuple[str, dt.date | None, dt.date | None]:
    """Status, status date and birth date of a pregnancy due on `due` (as seen today)."""
    days_past = (today - due).days
    if days_past > 14:
        status = rng.choices((PregnancyStatus.DELIVERED, PregnancyStatus.TRANSFERRED, PregnancyStatus.MOVED,
                              PregnancyStatus.STOPPED, PregnancyStatus.MISCARRIAGE), (78, 12, 4, 2, 4))[0]
    elif days_past > -200 and rng.random() < 0.03:
        status = PregnancyStatus.MISCARRIAGE
    else:
        return PregnancyStatus.ONGOING.value, None, None
    if status is PregnancyStatus.DELIVERED:
        birth = min(due + dt.timedelta(days=rng.randint(-21, 12)), today)
        return status.value, birth, birth
    if status is PregnancyStatus.MISCARRIAGE:
        return status.value, min(due - dt.timedelta(days=rng.randint(190, 230)), today), None
    return status.value, min(due - dt.timedelta(days=rng.randint(0, 120)), today), None


# --- signalling ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Decided:
    assessment_id: int
    pregnancy: _Pregnancy
    decision: str
    on: dt.date


_DECISIONS = ("jgz_phb", "wijkteam", "huisarts_poh", "al_in_zorg", "geweigerd", "geen")


def _assessments(session: Session, ids: _Ids, rng: random.Random, pregnancies: list[_Pregnancy], today: dt.date,
                 counts: dict[str, int]) -> list[_Decided]:
    catalogue = load_catalogue()
    if session.scalar(select(ScreeningCatalogueRow.id).where(
            ScreeningCatalogueRow.catalogue_id == catalogue.id,
            ScreeningCatalogueRow.catalogue_version == catalogue.version)) is None:
        session.execute(insert(ScreeningCatalogueRow.__table__), [{
            "catalogue_id": catalogue.id, "catalogue_version": catalogue.version,
            "content": catalogue.model_dump_json(indent=1)}])
    positions = {item.code: n for n, item in enumerate(catalogue.risk_items)}
    factor_positions = {f.code: n for n, f in enumerate(catalogue.protective_factors)}
    codes = list(positions)
    factors = list(factor_positions)
    assessments: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    protective_rows: list[dict[str, Any]] = []
    decided: list[_Decided] = []
    next_id = ids.take(session, AssessmentRow, 0)
    for pregnancy in pregnancies:
        if pregnancy.intake is None:
            continue
        moments = [("intake", pregnancy.intake)]
        if rng.random() < 0.5 and pregnancy.due - dt.timedelta(days=84) <= today:
            moments.append(("week28", pregnancy.due - dt.timedelta(days=84)))
        if rng.random() < 0.2 and pregnancy.status == "bevallen" and pregnancy.due + dt.timedelta(days=10) <= today:
            moments.append(("postpartum", pregnancy.due + dt.timedelta(days=10)))
        for kind, on in moments:
            chosen = rng.sample(codes, rng.choices((0, 1, 2, 3, 4), (74, 13, 7, 4, 2))[0])
            risks = {c: rng.choices(("actueel", "vermoeden", "verleden"), (60, 25, 15))[0] for c in chosen}
            protective = rng.sample(factors, rng.randint(0, min(3, len(factors)))) if rng.random() < 0.85 else None
            result = classify(catalogue, risks, protective)
            level = result.level.value
            decision = reason = None
            decided_at = None
            if result.level.rank >= 1 and on < today - dt.timedelta(days=21):
                decision = rng.choices(_DECISIONS, (35, 20, 10, 15, 10, 10))[0]
                reason = "Cliënte wil nu geen hulp; volgend consult opnieuw bespreken." if decision == "geen" else None
                decided_at = dt.datetime.combine(on, dt.time(11, 0))
                decided.append(_Decided(next_id, pregnancy, decision, on))
            stamp = dt.datetime.combine(on, dt.time(10, 30))
            assessments.append({
                "id": next_id, "pregnancy_id": pregnancy.id, "kind": kind, "assessed_on": on,
                "catalogue_id": catalogue.id, "catalogue_version": catalogue.version, "suggested_level": level,
                "suggested_reasons": json.dumps(list(result.reasons), ensure_ascii=False), "final_level": level,
                "final_reason": None, "note": None, "protective_answered": result.protective_answered,
                "created_by": "Vera Verloskundige (demo)", "created_at": stamp,
                "updated_by": "Vera Verloskundige (demo)", "updated_at": stamp, "decision": decision,
                "decision_reason": reason, "decided_by": "Vera Verloskundige (demo)" if decision else None,
                "decided_at": decided_at})
            for code, status in risks.items():
                item = catalogue.risk_item(code)
                items.append({
                    "assessment_id": next_id, "position": positions[code], "code": code, "label": item.label,
                    "domain": item.domain, "domain_label": catalogue.domain(item.domain).label,
                    "urgent": item.urgent, "meldcode": item.meldcode, "status": status, "concerns_client": True,
                    "concerns_partner": rng.random() < 0.2, "concerns_family": rng.random() < 0.1})
            for code in protective or ():
                factor = catalogue.protective_factor(code)
                protective_rows.append({"assessment_id": next_id, "position": factor_positions[code], "code": code,
                                        "label": factor.label, "domain": factor.domain})
            next_id += 1
    counts["assessments"] = _insert(session, AssessmentRow, assessments)
    counts["assessment_items"] = _insert(session, AssessmentItemRow, items)
    _insert(session, AssessmentProtectiveRow, protective_rows)
    ids.next["assessments"] = next_id
    return decided


# --- referrals ----------------------------------------------------------------------------------------------

_KINDS = {"jgz_phb": "jgz", "wijkteam": "wijkteam", "huisarts_poh": "huisarts"}
_REASONS = ("Financiële zorgen en weinig steun uit de omgeving.", "Somberheid; wil graag iemand om mee te praten.",
            "Huisvesting onzeker; hulp bij het zoeken naar een woning.", "Eerste kind, weinig netwerk in de buurt.")


def _referrals(session: Session, ids: _Ids, rng: random.Random, decided: list[_Decided], today: dt.date,
               counts: dict[str, int]) -> list[tuple[int, int, dt.date, str]]:
    """Referrals for the decisions that lead to one; returns (referral id, consent id, date, parts) wanting a letter."""
    destinations: dict[tuple[str | None, str], list[int]] = {}
    for row in session.execute(select(DestinationRow.id, DestinationRow.municipality, DestinationRow.kind)):
        destinations.setdefault((row.municipality, row.kind), []).append(row.id)
        destinations.setdefault((None, row.kind), []).append(row.id)
    sender = session.scalar(select(StaffRow.id).where(StaffRow.discipline == "verloskundige").order_by(StaffRow.id))
    referrals: list[dict[str, Any]] = []
    consents: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    wanting_letter: list[tuple[int, int, dt.date, str]] = []
    referral_id = ids.take(session, ReferralRow, 0)
    consent_id = ids.take(session, ConsentRow, 0)
    by = "Vera Verloskundige (demo)"
    referred: set[int] = set()
    for item in decided:
        kind = _KINDS.get(item.decision)
        if kind is None or item.pregnancy.id in referred:  # one referral per pregnancy
            continue
        referred.add(item.pregnancy.id)
        choices = destinations.get((item.pregnancy.municipality, kind)) or destinations.get((None, kind))
        if not choices:
            continue
        created = item.on + dt.timedelta(days=rng.randint(0, 6))
        created = min(created, today)
        granted = rng.random() < 0.92
        share_notes = rng.random() < 0.5
        parts = ["identification", "contact", "pregnancy", "domains", "protective"] + (["notes"] if share_notes else [])
        consents.append({
            "id": consent_id, "referral_id": referral_id, "asked_on": created, "asked_by": by,
            "explained": "Uitgelegd wat de verwijzing inhoudt en welke gegevens worden gedeeld.",
            "form": rng.choice(("mondeling", "schriftelijk")), "granted": granted, "share_identification": True,
            "share_contact": True, "share_pregnancy": True, "share_domains": True, "share_protective": True,
            "share_notes": share_notes, "withdrawn_on": None, "withdrawn_by": None, "withdrawal_note": None,
            "recorded_at": dt.datetime.combine(created, dt.time(11, 15))})
        steps = [("aangemaakt", created, None, None)]
        age = (today - created).days
        sent_on = sent_via = outcome = None
        if not granted:
            outcome = "Cliënte gaf geen toestemming; niet verwezen."
            steps.append(("afgesloten", created, None, outcome))
        elif age >= 3:
            sent_on, sent_via = created + dt.timedelta(days=2), rng.choice(("post", "beveiligde_email"))
            steps.append(("verstuurd", sent_on, sent_via, None))
            wanting_letter.append((referral_id, consent_id, created, ",".join(parts)))
            if age > 20 and rng.random() < 0.85:
                contact_on = sent_on + dt.timedelta(days=rng.randint(4, 18))
                steps.append(("contact", contact_on, None, "Ontvanger heeft contact gelegd."))
                if age > 60:
                    outcome = rng.choice(("Prenataal huisbezoek afgelegd.", "In begeleiding bij het sociaal team.",
                                          "Na kennismaking geen verdere hulp nodig."))
                    steps.append(("afgesloten", contact_on + dt.timedelta(days=rng.randint(10, 40)), None, outcome))
        status, status_date = steps[-1][0], steps[-1][1]
        stamp = dt.datetime.combine(created, dt.time(11, 0))
        referrals.append({
            "id": referral_id, "pregnancy_id": item.pregnancy.id, "assessment_id": item.assessment_id,
            "destination_id": rng.choice(choices), "sender_staff_id": sender, "basis": "toestemming",
            "legal_ground": None, "reason": rng.choice(_REASONS),
            "help_question": "Ik wil graag hulp bij het regelen van de geldzaken voor de baby komt.",
            "professionals": "Huisarts (fictief): dr. Voorbeeld.", "notes": "Fictieve aantekening." if share_notes
            else None, "status": status, "status_date": status_date, "sent_on": sent_on, "sent_via": sent_via,
            "outcome": outcome, "created_on": created, "created_by": by, "created_at": stamp, "updated_at": stamp})
        history.extend({"referral_id": referral_id, "status": s, "on_date": on, "via": via, "note": note,
                        "changed_at": dt.datetime.combine(on, dt.time(12, 0)), "changed_by": by}
                       for s, on, via, note in steps)
        referral_id += 1
        consent_id += 1
    counts["referrals"] = _insert(session, ReferralRow, referrals)
    _insert(session, ConsentRow, consents)
    _insert(session, StatusChangeRow, history)
    ids.next["referrals"], ids.next["referral_consents"] = referral_id, consent_id
    return wanting_letter


def _letters(services: Services, info: PracticeInfo, ids: _Ids, wanted: list[tuple[int, int, dt.date, str]],
             real: int) -> None:
    """A few letters made for real through the service; the others archive a copy of one of those."""
    if not wanted:
        return
    username, password, _secret = info.account(Role.MIDWIFE)
    midwife = services.accounts.login(username, password)
    step = max(1, len(wanted) // max(real, 1))
    made = [services.referrals.make_letter(midwife, referral_id, today=on)
            for referral_id, _consent, on, _parts in wanted[::step][:real]]
    done = {m.info.id for m in made}
    with services.store.transaction() as session:
        real_ids = set(session.scalars(select(LetterRow.referral_id).where(LetterRow.id.in_(done))))
        copies = []
        for n, (referral_id, consent_id, on, parts) in enumerate(wanted):
            if referral_id in real_ids:
                continue
            source = made[n % len(made)]
            copies.append({"referral_id": referral_id, "consent_id": consent_id, "pdf": source.pdf,
                           "sha256": source.info.sha256, "parts": parts,
                           "created_at": dt.datetime.combine(on, dt.time(11, 30)),
                           "created_by": "Vera Verloskundige (demo)"})
        _insert(session, LetterRow, copies, batch=500)
    info.counts["referral_letters_real"] = len(made)
    info.counts["referral_letters_copied"] = len(copies)


# --- Centering ----------------------------------------------------------------------------------------------


def _centering(session: Session, ids: _Ids, rng: random.Random, pregnancies: list[_Pregnancy], today: dt.date,
               counts: dict[str, int]) -> None:
    """Groups of 8-12 women with ATDs at most 28 days apart; the women due later than ~5 months stay in the pool."""
    staff = session.execute(select(StaffRow.id, StaffRow.discipline, StaffRow.centering_trained)).all()
    midwives = [s.id for s in staff if s.discipline == "verloskundige" and s.centering_trained] or [staff[0].id]
    co = [s.id for s in staff if s.discipline != "verloskundige" and s.centering_trained] or midwives
    rooms = session.execute(select(CenteringRoomRow.id, CenteringRoomRow.location_id)).all()
    weekday = 1  # Tuesday, as the demo practice
    eligible = sorted((p for p in pregnancies if p.wants_centering and p.intake is not None
                       and p.due <= today + dt.timedelta(days=150)), key=lambda p: (p.due, p.id))
    groups, facilitators, members, sessions, attendance, toeslag = [], [], [], [], [], []
    group_id = ids.take(session, CenteringGroupRow, 0)
    member_id = ids.take(session, CenteringMemberRow, 0)
    session_id = ids.take(session, CenteringSessionRow, 0)
    names: set[str] = set(session.scalars(select(CenteringGroupRow.name)))
    i = 0
    while i < len(eligible):
        size = rng.randint(8, 12)
        chosen = [eligible[i]]
        j = i + 1
        while j < len(eligible) and len(chosen) < size and (eligible[j].due - eligible[i].due).days <= 28:
            chosen.append(eligible[j])
            j += 1
        if len(chosen) < 8 or rng.random() < 0.04:  # too few to form a group, or she chose individual care
            i += 1
            continue
        i = j
        median = chosen[len(chosen) // 2].due
        first = _on_weekday(median - dt.timedelta(days=175), weekday)
        dates = [first + dt.timedelta(days=d) for d in SESSION_OFFSETS]
        dates.append(_on_weekday(chosen[-1].due + dt.timedelta(days=42), weekday))
        cancelled = rng.random() < 0.03
        if dates[-1] < today:
            status = "geannuleerd" if cancelled else "afgerond"
        elif first <= today:
            status = "lopend"
        else:
            status = "gepland"
        held_until = dates[rng.randint(1, 4)] if status == "geannuleerd" else today
        name = f"ATD {MONTHS[median.month - 1]} {median.year}"
        suffix = 2
        while name in names:
            name = f"ATD {MONTHS[median.month - 1]} {median.year} ({suffix})"
            suffix += 1
        names.add(name)
        room = rng.choice(rooms) if rooms else None
        created = dt.datetime.combine(min(first - dt.timedelta(days=21), today), dt.time(9, 0))
        groups.append({
            "id": group_id, "name": name, "status": status, "language": None,
            "location_id": room.location_id if room else None, "room_id": room.id if room else None,
            "start_date": dates[0], "end_date": dates[-1],
            "status_changed_on": min(dates[-1], today) if status in ("afgerond", "geannuleerd") else None,
            "cancel_reason": "Te weinig deelnemers over." if status == "geannuleerd" else None,
            "created_at": created, "updated_at": created})
        facilitators.append({"group_id": group_id, "staff_id": rng.choice(midwives), "role": "verloskundige"})
        facilitators.append({"group_id": group_id, "staff_id": rng.choice(co), "role": "co_begeleider"})
        group_members = []
        for pregnancy in chosen:
            left_on = reason = None
            if rng.random() < 0.05:
                left_on = dates[rng.randint(2, 6)]
                reason = rng.choice(("gestopt", "verhuisd", "overgedragen"))
                if left_on > today:
                    left_on = reason = None
            members.append({"id": member_id, "group_id": group_id, "pregnancy_id": pregnancy.id,
                            "joined_on": created.date(), "left_on": left_on, "leave_reason": reason,
                            "handover_consent": status == "afgerond" and rng.random() < 0.7})
            group_members.append((member_id, pregnancy.id, left_on))
            member_id += 1
        attended = dict.fromkeys((m for m, _p, _l in group_members), 0)
        for number, day in enumerate(dates, start=1):
            starts = dt.datetime.combine(day, dt.time(10, 0))
            held = day < today and day < held_until
            sessions.append({"id": session_id, "group_id": group_id, "number": number, "starts_at": starts,
                             "duration_minutes": 120, "reunion": number == len(dates), "held": held,
                             "moved_by_hand": False, "note": None})
            if held:
                for member, _pregnancy, left_on in group_members:
                    if left_on is not None and day >= left_on:
                        continue
                    mark = rng.choices(("aanwezig", "afgemeld", "afwezig"), (85, 10, 5))[0]
                    attended[member] += mark == "aanwezig"
                    attendance.append({"session_id": session_id, "member_id": member, "status": mark,
                                       "comment": None, "consult_done": mark != "aanwezig" and rng.random() < 0.7,
                                       "recorded_at": starts + dt.timedelta(hours=3)})
            session_id += 1
        if status == "afgerond":
            for member, pregnancy_id, left_on in group_members:
                if left_on is None and attended[member] >= 5:
                    toeslag.append({"pregnancy_id": pregnancy_id, "eligible": True,
                                    "declared_on": min(dates[-1] + dt.timedelta(days=7), today),
                                    "amount_cents": None, "updated_at": dt.datetime.combine(dates[-1], dt.time(9))})
        group_id += 1
    counts["centering_groups"] = _insert(session, CenteringGroupRow, groups)
    _insert(session, CenteringFacilitatorRow, facilitators)
    counts["centering_members"] = _insert(session, CenteringMemberRow, members)
    counts["centering_sessions"] = _insert(session, CenteringSessionRow, sessions)
    counts["centering_attendance"] = _insert(session, CenteringAttendanceRow, attendance)
    _insert(session, CenteringToeslagRow, toeslag)


def _on_weekday(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


# --- the audit log ------------------------------------------------------------------------------------------

# (event, action, object type, per client, weight, clinical)
_EVENTS = (
    ("client.search", "R", "zoekopdracht", False, 24, False),
    ("client.open", "R", "client", True, 24, True),
    ("screening.dossier", "R", "zwangerschap", True, 12, True),
    ("screening.latest", "R", "zwangerschap", True, 10, True),
    ("referral.list", "R", "verwijzingen", True, 5, True),
    ("centering.group.open", "R", "centering_groep", True, 5, True),
    ("pregnancy.update", "U", "pregnancy", True, 5, True),
    ("screening.create", "C", "beoordeling", True, 3, True),
    ("account.login", "E", "gebruiker", False, 12, False),
)


def _audit_entries(session: Session, rng: random.Random, pregnancies: list[_Pregnancy], count: int,
                   first_day: dt.date, today: dt.date) -> Iterator[dict[str, object]]:
    """`count` plausible entries spread evenly over the practice's years, oldest first."""
    users = session.execute(select(UserRow.id, UserRow.display_name, UserRow.role)
                            .where(UserRow.role != Role.ADMIN.value).order_by(UserRow.id)).all()
    midwife = next(u for u in users if u.role == Role.MIDWIFE.value)
    ordered = sorted(pregnancies, key=lambda p: p.due)
    dues = [p.due.toordinal() for p in ordered]
    events = [(*e[:4], e[5]) for e in _EVENTS]
    weights = [e[4] for e in _EVENTS]
    start = dt.datetime.combine(first_day, dt.time(8, 0), tzinfo=dt.UTC)
    seconds = max((dt.datetime.combine(today, dt.time(8, 0), tzinfo=dt.UTC) - start).total_seconds(), 1.0)
    step = seconds / max(count, 1)
    window = max(len(ordered) // 40, 1)
    picks = rng.choices(events, weights, k=count) if count else []
    for n, (event, action, object_type, per_client, clinical) in enumerate(picks):
        moment = start + dt.timedelta(seconds=(n + rng.random()) * step)
        user = midwife if clinical and event.startswith(("screening", "referral")) else rng.choice(users)
        client_id = pregnancy_id = None
        object_id = detail = None
        if per_client and ordered:
            at = bisect.bisect_left(dues, moment.toordinal() + 120)
            pregnancy = ordered[min(max(at - rng.randrange(window), 0), len(ordered) - 1)]
            client_id, pregnancy_id = pregnancy.client_id, pregnancy.id
            object_id = str(client_id if event == "client.open" else pregnancy_id)
        elif event == "client.search":
            detail = f"{rng.randint(1, 3)} zoekwoorden, {rng.randint(0, 60)} resultaten (eerste pagina)"
        yield {
            "event_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "action": action,
            "occurred_at": audit.utc_timestamp(moment), "event": event, "user_id": user.id,
            "user_name": user.display_name, "user_role": user.role, "on_behalf_of": None, "client_id": client_id,
            "pregnancy_id": pregnancy_id if event != "client.open" else None, "object_type": object_type,
            "object_id": object_id, "outcome": "geslaagd", "workstation": rng.choice(WORKSTATIONS),
            "detail": detail, "check_authorised": True, "check_treatment": clinical, "check_consent": False,
            "check_break_glass": False,
        }


def main(argv: list[str] | None = None) -> int:
    """`python -m ksdesk.bench.generate --data-dir DIR [--years N] [--pregnancies-per-year N]`: only the practice
    (to look at in the app: log in as verloskundige / demo-verloskundige)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m ksdesk.bench.generate", description=main.__doc__)
    parser.add_argument("--data-dir", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--years", type=int, default=FULL.years)
    parser.add_argument("--pregnancies-per-year", type=int, default=FULL.pregnancies_per_year)
    parser.add_argument("--audit-per-pregnancy", type=int, default=FULL.audit_per_pregnancy)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    scale = Scale(args.years, args.pregnancies_per_year, args.audit_per_pregnancy)
    info = generate(args.data_dir, scale, seed=args.seed)
    print(json.dumps(info.counts, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
