"""Demo referrals: a fictitious address book; referrals in every status with consent and archived letters.

Every contact detail here is invented and recognisably so (example.com, 0000-numbers, "Voorbeeld" names);
real destinations are entered by the practice. Referrals follow the demo signalling's referral decisions, as a
midwife would work: compose, ask consent, make the letter, send it, record feedback, close.
"""

from __future__ import annotations

import datetime as dt
import random

from ksdesk.demodata import DemoContext
from ksdesk.services.referrals import DECISION_KINDS, ConsentPart
from ksdesk.services.screening import AssessmentView

DESTINATIONS = (
    ("Maastricht", "jgz", "JGZ Voorbeeldteam Maastricht", "Team prenataal huisbezoek"),
    ("Maastricht", "wijkteam", "Sociaal Team Voorbeeld Maastricht", None),
    ("Heerlen", "jgz", "JGZ Voorbeeldteam Heerlen", "Team prenataal huisbezoek"),
    ("Heerlen", "wijkteam", "Wijkteam Voorbeeld Heerlen", None),
    ("Sittard-Geleen", "jgz", "JGZ Voorbeeldteam Westelijke Mijnstreek", "Team prenataal huisbezoek"),
    ("Kerkrade", "wijkteam", "Wijkteam Voorbeeld Kerkrade", None),
    (None, "veilig_thuis", "Veilig Thuis Voorbeeldregio", "Advies en meldingen"),
    (None, "huisarts", "Huisartsenpraktijk Voorbeeld", None),
)
MAX_REFERRALS = 14  # enough for every status; keeps `ksdesk demo` fast (a letter is ~20 ms)
EXPLAINED = ("Uitgelegd wat een prenataal huisbezoek inhoudt, waarom verwijzing verstandig is, welke gegevens "
             "naar de ontvanger gaan, en dat weigeren geen gevolgen heeft voor haar zorg.")
HELP_QUESTIONS = ("Ik wil graag hulp bij het regelen van de geldzaken voor de baby komt.",
                  "Ik zou het fijn vinden als iemand met mij meedenkt over de opvoeding.",
                  "Hulp bij het vinden van een rustigere woning.",
                  "Iemand om mee te praten; ik voel me vaak somber.")
PROFESSIONALS = ("Huisarts (fictief): dr. Voorbeeld.", "POH-GGZ: twee gesprekken gehad.",
                 "Kraamzorg nog niet geregeld.")
OUTCOMES = ("Prenataal huisbezoek afgelegd; JGZ blijft betrokken na de geboorte.",
            "Cliënte is in begeleiding bij het sociaal team.", "Na kennismaking geen verdere hulp nodig.")


def populate(ctx: DemoContext) -> None:
    """Add the demo data of this feature (through the services only)."""
    rng = ctx.rng_for("referrals")
    services, midwife, admin = ctx.services, ctx.midwife, ctx.admin
    ids: dict[tuple[str | None, str], int] = {}
    for index, (municipality, kind, name, department) in enumerate(DESTINATIONS):
        view = services.address_book.create(admin, {
            "municipality": municipality, "kind": kind, "name": name, "department": department,
            "street": f"Postbus {index + 1:04d}", "postcode": "0000 XX", "city": municipality or "Voorbeeldstad",
            "phone": f"0000-00000{index}", "secure_email": f"{kind}{index}@example.com",
            "notes": "Fictieve demogegevens."})
        ids[(municipality, kind)] = view.id
    services.referrals.set_overdue_days(midwife, 14)
    decided = _decided_assessments(ctx)
    sender = ctx.staff_ids.get("Vera Verloskundige")
    for index, (assessment, municipality) in enumerate(decided[:-1][:MAX_REFERRALS]):
        kind = DECISION_KINDS[assessment.decision.value].value  # type: ignore[union-attr]
        destination = ids.get((municipality, kind)) or ids.get((None, kind)) or ids[("Maastricht", "jgz")]
        _referral(ctx, rng, index, assessment, destination, sender)
    _meldcode_report(ctx, rng, decided, ids[(None, "veilig_thuis")], sender)


def _decided_assessments(ctx: DemoContext) -> list[tuple[AssessmentView, str | None]]:
    """Assessments whose decision leads to a referral, with the client's gemeente (oldest decision first)."""
    services, midwife = ctx.services, ctx.midwife
    found: list[tuple[AssessmentView, str | None]] = []
    for summary in services.clients.search(midwife, "", limit=500):
        client = services.clients.get(midwife, summary.id)
        for pregnancy in client.pregnancies:
            for assessment in services.screening.history(midwife, pregnancy.id):
                if assessment.decision is not None and assessment.decision.value in DECISION_KINDS:
                    found.append((assessment, client.municipality))
                    break
        if len(found) >= MAX_REFERRALS + 1:
            break
    found.sort(key=lambda pair: pair[0].assessed_on)
    return found


def _referral(ctx: DemoContext, rng: random.Random, index: int, assessment: AssessmentView, destination: int,
              sender: int | None) -> None:
    services, midwife, today = ctx.services, ctx.midwife, ctx.today
    start = max(assessment.assessed_on, today - dt.timedelta(days=80))
    created = min(start + dt.timedelta(days=rng.randint(0, 3)), today)
    referral = services.referrals.create(midwife, assessment.pregnancy_id, {
        "destination_id": destination, "assessment_id": assessment.id,
        "reason": assessment.decision_reason or "Zorgen gesignaleerd bij de intake; extra steun is verstandig.",
        "help_question": rng.choice(HELP_QUESTIONS), "professionals": rng.choice(PROFESSIONALS),
        "notes": "Liefst contact via haar eigen telefoon." if index % 3 == 0 else None,
        "sender_staff_id": sender}, today=created)
    rid = referral.id
    # the stage this referral reaches, so that every status (and a refusal and a withdrawal) is shown
    stage = index % 8
    if stage == 0:
        return  # aangemaakt, consent still to be asked
    parts = {f"share_{p.value}": True for p in ConsentPart}
    if stage == 1:
        services.referrals.record_consent(midwife, rid, {"asked_on": created, "explained": EXPLAINED,
                                                         "granted": False})
        services.referrals.set_status(midwife, rid, {"status": "afgesloten", "on_date": created,
                                                     "note": "Cliënte wil (nu) geen verwijzing."})
        return
    if stage == 3:
        parts["share_notes"] = False
        parts["share_protective"] = False
    services.referrals.record_consent(midwife, rid, {"asked_on": created, "explained": EXPLAINED,
                                                     "form": "schriftelijk" if stage == 4 else "mondeling",
                                                     "granted": True, **parts})
    services.referrals.make_letter(midwife, rid, today=created)
    if stage == 2:
        return  # letter made, not sent yet
    if stage == 7:
        services.referrals.withdraw_consent(midwife, rid, min(created + dt.timedelta(days=2), today),
                                            "Cliënte wil het eerst zelf proberen.")
        return
    sent = min(created + dt.timedelta(days=1), today)
    via = ("post", "beveiligde_email", "meegegeven")[index % 3]
    services.referrals.set_status(midwife, rid, {"status": "verstuurd", "on_date": sent, "via": via})
    if stage in (3, 4):
        return  # waiting: the older ones land on the overdue worklist
    contact = min(sent + dt.timedelta(days=rng.randint(4, 12)), today)
    services.referrals.set_status(midwife, rid, {"status": "contact", "on_date": contact,
                                                 "note": "JGZ heeft contact gelegd en een huisbezoek gepland."})
    if stage == 6:
        services.referrals.set_status(midwife, rid, {"status": "afgesloten",
                                                     "on_date": min(contact + dt.timedelta(days=14), today),
                                                     "note": rng.choice(OUTCOMES)})


def _meldcode_report(ctx: DemoContext, rng: random.Random, decided: list[tuple[AssessmentView, str | None]],
                     destination: int, sender: int | None) -> None:
    """One report to Veilig Thuis on the meldcode's legal ground (no consent record)."""
    if not decided:
        return
    assessment = decided[-1][0]
    on = max(assessment.assessed_on, ctx.today - dt.timedelta(days=10))
    referral = ctx.services.referrals.create(ctx.midwife, assessment.pregnancy_id, {
        "destination_id": destination, "assessment_id": assessment.id, "basis": "meldcode",
        "legal_ground": "Meldcode huiselijk geweld en kindermishandeling, stap 5: na afweging is melden "
                        "noodzakelijk (acute onveiligheid vermoed).",
        "reason": "Vermoeden van huiselijk geweld; zie de stappen van de meldcode.", "sender_staff_id": sender},
        today=on)
    ctx.services.referrals.make_letter(ctx.midwife, referral.id, today=on)
    ctx.services.referrals.set_status(ctx.midwife, referral.id, {"status": "verstuurd", "on_date": on,
                                                                 "via": "telefonisch"})
