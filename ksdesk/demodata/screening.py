"""Demo screening: assessments at every level with history, meldcode steps and referral decisions.

About 40% of the ongoing or recently delivered pregnancies get an intake assessment, and those past about 28
weeks a second one; levels range from geen to zeer kwetsbaar (urgent), with a deviation from the suggestion
(with its reason), an incomplete one, a meldcode case with steps taken, decisions, and some still pending.
Everything goes through the services, as a midwife would do it.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from ksdesk.demodata import DemoContext
from ksdesk.records.enums import PregnancyStatus
from ksdesk.screening import Catalogue, Level
from ksdesk.services.views import PregnancyView

SHARE = 0.4
MAX_PREGNANCIES = 80  # keeps `ksdesk demo` fast; enough for every screen
LEVEL_WEIGHTS = ((Level.GEEN, 0.45), (Level.POTENTIEEL, 0.25), (Level.KWETSBAAR, 0.17), (Level.URGENT, 0.13))
DECISIONS = ("jgz_phb", "wijkteam", "huisarts_poh", "al_in_zorg", "geweigerd", "geen")
NONE_REASONS = ("Cliënte redt het met steun van familie; volgende controle opnieuw bespreken.",
                "Klachten in afname; afgesproken om rond 28 weken opnieuw te kijken.")


def populate(ctx: DemoContext) -> None:
    """Add the demo data of this feature (through the services only)."""
    rng = ctx.rng_for("screening")
    services, midwife = ctx.services, ctx.midwife
    catalogue = services.screening.active_catalogue(midwife).catalogue
    pregnancies = _pregnancies(ctx, rng)
    meldcode_done = False
    for index, pregnancy in enumerate(pregnancies):
        start = pregnancy.due_date - dt.timedelta(days=280)
        intake_on = pregnancy.intake_date or start + dt.timedelta(days=rng.randint(56, 77))
        if intake_on > ctx.today:
            continue
        level = _pick_level(rng)
        if not meldcode_done and index >= 3:
            level = Level.URGENT
        risks = _risks_for(catalogue, rng, level, meldcode=level is Level.URGENT and not meldcode_done)
        protective = _protective(catalogue, rng) if index % 9 != 4 else None  # now and then: not answered
        data: dict[str, Any] = {"kind": "intake", "assessed_on": intake_on, "risks": risks,
                                "protective": protective, "note": _note(rng, level)}
        if level is Level.POTENTIEEL and index % 7 == 2:
            data["final_level"] = Level.KWETSBAAR.value
            data["final_reason"] = "Samen afgewogen: weinig steun en veel zorgen over geld; meer hulp nodig."
        intake = services.screening.create(midwife, pregnancy.id, data)
        if intake.meldcode_open and not meldcode_done:
            _meldcode(ctx, intake.id, intake_on)
            meldcode_done = True
        week28_on = start + dt.timedelta(days=rng.randint(196, 203))
        has_week28 = week28_on <= ctx.today and (pregnancy.birth_date is None or week28_on < pregnancy.birth_date)
        # The decision on the intake: most taken, some left open (the worklist) when nothing follows.
        if intake.needs_decision and (has_week28 or rng.random() < 0.6):
            _decide(ctx, rng, intake.id)
        if not has_week28:
            continue
        later = _evolve(catalogue, rng, dict(risks))
        week28 = services.screening.create(midwife, pregnancy.id, {
            "kind": "week28", "assessed_on": week28_on, "risks": later,
            "protective": _protective(catalogue, rng), "note": None})
        if week28.needs_decision and rng.random() < 0.65:
            _decide(ctx, rng, week28.id)


def _pregnancies(ctx: DemoContext, rng: random.Random) -> list[PregnancyView]:
    """A reproducible share of the practice's ongoing and delivered pregnancies."""
    clients = ctx.services.clients.search(ctx.midwife, "", limit=500)
    chosen: list[PregnancyView] = []
    for summary in clients:
        if rng.random() >= SHARE:
            continue
        client = ctx.services.clients.get(ctx.midwife, summary.id)
        pregnancy = client.current_pregnancy
        if pregnancy is not None and pregnancy.status in (PregnancyStatus.ONGOING, PregnancyStatus.DELIVERED):
            chosen.append(pregnancy)
        if len(chosen) >= MAX_PREGNANCIES:
            break
    return chosen


def _pick_level(rng: random.Random) -> Level:
    draw = rng.random()
    for level, weight in LEVEL_WEIGHTS:
        if draw < weight:
            return level
        draw -= weight
    return Level.GEEN


def _risks_for(catalogue: Catalogue, rng: random.Random, level: Level, *, meldcode: bool) -> dict[str, Any]:
    """Items whose suggestion is ``level`` (with the default rules), with status and whom they concern."""
    plain = [item for item in catalogue.risk_items if not item.urgent]
    urgent = [item for item in catalogue.risk_items if item.urgent]
    risks: dict[str, Any] = {}
    if level is Level.URGENT:
        pick = next(i for i in urgent if i.meldcode) if meldcode else rng.choice(urgent)
        risks[pick.code] = {"status": "vermoeden" if pick.meldcode and rng.random() < 0.5 else "actueel",
                            "concerns": ["partner", "gezin"] if pick.meldcode else ["cliente"]}
        count = rng.randint(0, 2)
    else:
        count = {Level.GEEN: 0, Level.POTENTIEEL: rng.randint(1, 2), Level.KWETSBAAR: rng.randint(3, 4)}[level]
    for item in rng.sample(plain, count):
        concerns = ["cliente"] if rng.random() < 0.7 else rng.choice((["partner"], ["cliente", "partner"], ["gezin"]))
        risks[item.code] = {"status": "actueel" if rng.random() < 0.75 else "vermoeden", "concerns": concerns}
    if rng.random() < 0.3:  # history: shown, never counted
        past = rng.choice([i for i in plain if i.code not in risks])
        risks[past.code] = {"status": "verleden", "concerns": ["cliente"]}
    return risks


def _evolve(catalogue: Catalogue, rng: random.Random, risks: dict[str, Any]) -> dict[str, Any]:
    """Around 28 weeks: some items resolved, some new, a suspicion confirmed."""
    counted = [code for code, value in risks.items() if value["status"] != "verleden"]
    if counted and rng.random() < 0.45:
        risks.pop(rng.choice(counted))
    for code, value in risks.items():
        if value["status"] == "vermoeden" and rng.random() < 0.5:
            risks[code] = {**value, "status": "actueel"}
    if rng.random() < 0.4:
        fresh = [i for i in catalogue.risk_items if not i.urgent and i.code not in risks]
        item = rng.choice(fresh)
        risks[item.code] = {"status": "actueel", "concerns": ["cliente"]}
    return risks


def _protective(catalogue: Catalogue, rng: random.Random) -> list[str]:
    return [f.code for f in catalogue.protective_factors if rng.random() < 0.35]


def _note(rng: random.Random, level: Level) -> str | None:
    if level is Level.GEEN or rng.random() < 0.5:
        return None
    return rng.choice(("Besproken tijdens de intake; cliënte herkent de zorgen.",
                       "Partner was bij het gesprek aanwezig.",
                       "Cliënte wil eerst zelf met de huisarts praten."))


def _decide(ctx: DemoContext, rng: random.Random, assessment_id: int) -> None:
    decision = rng.choice(DECISIONS)
    reason = rng.choice(NONE_REASONS) if decision == "geen" else None
    ctx.services.screening.record_decision(ctx.midwife, assessment_id, decision, reason)


def _meldcode(ctx: DemoContext, assessment_id: int, start: dt.date) -> None:
    steps = [
        (1, "Signalen en gesprekken vastgelegd in het dossier.", None),
        (2, "Overlegd met collega en anoniem advies gevraagd bij Veilig Thuis.", None),
        (3, "Gesprek met cliënte alleen, zonder partner; zij wil hulp.", None),
    ]
    for offset, (step, notes, decision) in enumerate(steps):
        ctx.services.screening.record_meldcode_step(ctx.midwife, assessment_id, {
            "step": step, "taken_on": min(ctx.today, start + dt.timedelta(days=offset * 3)), "notes": notes,
            "decision": decision})
