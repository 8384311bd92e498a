"""Demo centering: locations and rooms, a pool of candidates, planned, running and finished groups with attendance."""

from __future__ import annotations

import datetime as dt
import random

from ksdesk.centering.model import GroupDetail
from ksdesk.demodata import DemoContext
from ksdesk.records.gestation import TERM_DAYS

FINISHED_GROUP_SIZE = 10
FIRST_SESSION_DAYS = TERM_DAYS - 15 * 7  # the first session falls around 15 weeks


def populate(ctx: DemoContext) -> None:
    """Add the demo data of this feature (through the services only)."""
    rng = ctx.rng_for("centering")
    centering = ctx.services.centering
    practice = centering.save_location(ctx.assistant, None, {
        "name": "Praktijk De Maasvallei", "address": "Demostraat 1, Maastricht", "region": "Zuid"})
    main_room = centering.save_room(ctx.assistant, practice.id, None, {"name": "Groepsruimte", "capacity": 16})
    centering.save_room(ctx.assistant, practice.id, None, {"name": "Zaal boven", "capacity": 12})
    district = centering.save_location(ctx.assistant, None, {
        "name": "Wijkcentrum Malberg", "address": "Demoplein 4, Maastricht", "region": "Zuid"})
    district_room = centering.save_room(ctx.assistant, district.id, None, {"name": "Ontmoetingsruimte"})
    staff = ctx.staff_ids
    teams = [
        {"location_id": practice.id, "room_id": main_room.id, "midwife_id": staff.get("Vera Verloskundige"),
         "co_facilitator_id": staff.get("Karin Kraamzorg")},
        {"location_id": district.id, "room_id": district_room.id, "midwife_id": staff.get("Marloes Maas"),
         "co_facilitator_id": staff.get("Jolien JGZ")},
    ]
    _finished_group(ctx, rng, teams[1])
    _running_group(ctx, rng, teams[0])
    # women due in about seven months: the planner proposes a group, which is accepted (gepland)
    _new_women(ctx, rng, ctx.today + dt.timedelta(days=225), 8, intake=ctx.today - dt.timedelta(days=7))
    proposal = centering.propose(ctx.assistant, today=ctx.today)
    if proposal.groups:
        first = max(proposal.groups, key=lambda g: len(g.members))
        centering.create_group(ctx.assistant, [m.pregnancy_id for m in first.members], teams[1], today=ctx.today)
    # and a cluster the assistant can plan herself (with whoever else waits in the pool)
    _new_women(ctx, rng, ctx.today + dt.timedelta(days=185), 6, intake=ctx.today - dt.timedelta(days=14))


def _running_group(ctx: DemoContext, rng: random.Random, team: dict) -> None:
    """A group that started months ago (ATDs in the coming weeks): attendance so far, one woman left."""
    median = ctx.today + dt.timedelta(days=rng.randint(35, 50))
    formed = median - dt.timedelta(days=FIRST_SESSION_DAYS + 21)
    women = _new_women(ctx, rng, median, 11, intake=formed - dt.timedelta(days=20))
    centering = ctx.services.centering
    group = centering.create_group(ctx.assistant, [p for p, _d in women], team, today=formed)
    _attend(ctx, rng, group, until=ctx.today)
    detail = centering.group(ctx.assistant, group.id)
    held = [s for s in detail.sessions if s.held]
    if held:
        leaver = detail.active_members[-1]
        centering.leave(ctx.assistant, group.id, leaver.pregnancy_id, rng.choice(["verhuisd", "gestopt"]),
                        held[-1].starts_at.date())


def _finished_group(ctx: DemoContext, rng: random.Random, team: dict) -> None:
    """Ten women who gave birth in the last months; all ten sessions held, toeslag mostly declared."""
    services = ctx.services
    median = ctx.today - dt.timedelta(days=rng.randint(95, 110))
    formed = median - dt.timedelta(days=FIRST_SESSION_DAYS + 21)
    women = _new_women(ctx, rng, median, FINISHED_GROUP_SIZE, intake=formed - dt.timedelta(days=20))
    centering = services.centering
    group = centering.create_group(ctx.assistant, [p for p, _d in women], team, today=formed)
    _attend(ctx, rng, group, until=ctx.today)
    centering.set_status(ctx.assistant, group.id, "afgerond", on=group.sessions[-1].starts_at.date())
    for pregnancy_id, data in women:
        born = min(data["due_date"] + dt.timedelta(days=rng.randint(-14, 10)), ctx.today)  # type: ignore[operator]
        services.clients.update_pregnancy(ctx.midwife, pregnancy_id, data | {
            "status": "bevallen", "status_date": born, "birth_date": born})
        if rng.random() < 0.7:
            centering.set_handover_consent(ctx.assistant, group.id, pregnancy_id, True)
        if rng.random() < 0.8:
            centering.declare_toeslag(ctx.assistant, pregnancy_id, group.sessions[-1].starts_at.date())


def _new_women(ctx: DemoContext, rng: random.Random, median: dt.date, count: int, *,
               intake: dt.date) -> list[tuple[int, dict[str, object]]]:
    """Fictitious clients with an ongoing pregnancy due around `median` who want Centering."""
    from ksdesk.demo import GIVEN, LANGUAGES, SURNAMES, ZUID_LIMBURG

    services = ctx.services
    made: list[tuple[int, dict[str, object]]] = []
    for _ in range(count):
        prefix, surname = rng.choice(SURNAMES)
        municipality, city, pc = rng.choice(ZUID_LIMBURG)
        client = services.clients.create(ctx.midwife, {
            "given_names": rng.choice(GIVEN), "surname_prefix": prefix, "surname": surname,
            "date_of_birth": ctx.today - dt.timedelta(days=rng.randint(20 * 365, 40 * 365)),
            "bsn": None, "bsn_missing_reason": "Demo: niet ingevuld", "id_document_type": "geen",
            "street": f"Demolaan {rng.randint(1, 90)}", "postcode": f"{pc}AB", "city": city,
            "municipality": municipality, "phone": f"06 12 34 {rng.randint(6000, 6999)}",
            "preferred_language": rng.choice(LANGUAGES),
        })
        data: dict[str, object] = {
            "due_date": median + dt.timedelta(days=rng.randint(-12, 12)), "due_date_source": "termijnecho",
            "gravida": 1, "para": 0, "intake_date": min(intake, ctx.today), "wants_centering": True,
        }
        made.append((services.clients.add_pregnancy(ctx.midwife, client.id, data).id, data))
    return made


def _attend(ctx: DemoContext, rng: random.Random, group: GroupDetail, *, until: dt.date) -> None:
    """Attendance for every session on or before `until`: mostly present, now and then excused or absent."""
    for session in group.sessions:
        day = session.starts_at.date()
        if day > until:
            break
        statuses = {m.pregnancy_id: rng.choices(["aanwezig", "afgemeld", "afwezig"], weights=[88, 8, 4])[0]
                    for m in group.active_members}
        ctx.services.centering.record_attendance(ctx.assistant, group.id, session.number, statuses, today=day)
