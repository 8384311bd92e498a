"""ScreeningService on a real database: storage round trip, validation, history, meldcode, decisions, catalogues."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import func, select

from ksdesk.screening import (
    AssessmentKind,
    Decision,
    Level,
    MeldcodeDecision,
    RiskStatus,
    RiskSubject,
    default_catalogue_path,
)
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from ksdesk.services.screening import WORKLIST_DAYS_AFTER_DUE
from ksdesk.storage.orm import AuditRow
from ksdesk.storage.orm_screening import (
    AssessmentItemRow,
    AssessmentProtectiveRow,
    AssessmentRow,
    MeldcodeStepRow,
)
from tests.conftest import client_data, pregnancy_data

TODAY = dt.date.today()


def _pregnancy(services: Services, midwife: Actor, **client: Any) -> int:
    c = services.clients.create(midwife, client_data(**client))
    return services.clients.add_pregnancy(midwife, c.id, pregnancy_data()).id


@pytest.fixture
def pregnancy_id(services: Services, midwife: Actor) -> int:
    return _pregnancy(services, midwife)


def _data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "intake", "assessed_on": TODAY, "risks": {}, "protective": [], "note": None}
    data.update(overrides)
    return data


def _count(services: Services, row: type) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(row)) or 0


def _audit_events(services: Services) -> list[tuple[str, str, int | None]]:
    with services.store.sessions() as session:
        return [(r.event, r.action, r.pregnancy_id) for r in session.scalars(select(AuditRow).order_by(AuditRow.seq))]


# --- round trip ---------------------------------------------------------------------------------------------
def test_round_trip_keeps_items_status_concerns_and_protective_factors(services: Services, midwife: Actor,
                                                                        pregnancy_id: int) -> None:
    created = services.screening.create(midwife, pregnancy_id, _data(
        risks={"schulden": {"status": "actueel", "concerns": ["cliente", "partner"]},
               "werkloosheid": {"status": "vermoeden", "concerns": ["partner"]},
               "trauma": "verleden"},
        protective=["veerkracht", "steunend_netwerk"], note="Besproken met cliënte."))
    stored = services.screening.get(midwife, created.id)
    assert stored == created
    assert stored.kind is AssessmentKind.INTAKE
    assert stored.assessed_on == TODAY
    assert stored.suggested_level is Level.POTENTIEEL
    assert stored.final_level is Level.POTENTIEEL
    assert stored.final_reason is None
    assert stored.note == "Besproken met cliënte."
    assert [(i.code, i.status, i.concerns) for i in stored.items] == [
        ("schulden", RiskStatus.ACTUAL, (RiskSubject.CLIENT, RiskSubject.PARTNER)),
        ("werkloosheid", RiskStatus.SUSPECTED, (RiskSubject.PARTNER,)),
        ("trauma", RiskStatus.PAST, (RiskSubject.CLIENT,)),  # default: the client
    ]
    assert stored.items[0].label == "Schulden" and stored.items[0].domain_label == "Financiën"
    assert [p.code for p in stored.protective] == ["veerkracht", "steunend_netwerk"]  # catalogue order
    assert stored.protective_answered and stored.complete
    assert stored.catalogue_key == services.screening.active_catalogue(midwife).catalogue.key
    assert stored.created_by == midwife.display_name
    assert any("2 kwetsbaarheden" in r for r in stored.suggested_reasons)
    assert any("verleden" in r for r in stored.suggested_reasons)
    assert stored.needs_decision and stored.decision_pending and not stored.meldcode_open


def test_protective_not_answered_is_incomplete(services: Services, midwife: Actor, pregnancy_id: int) -> None:
    view = services.screening.create(midwife, pregnancy_id, _data(protective=None))
    assert not view.protective_answered and not view.complete
    none_present = services.screening.create(midwife, pregnancy_id, _data(protective=[]))
    assert none_present.complete and none_present.protective == ()


def test_the_suggestion_is_computed_by_the_service_not_taken_from_the_caller(
        services: Services, midwife: Actor, pregnancy_id: int) -> None:
    view = services.screening.create(midwife, pregnancy_id, _data(
        risks=["huiselijk_geweld"], suggested_level="geen"))  # an unknown key the service ignores
    assert view.suggested_level is Level.URGENT and view.final_level is Level.URGENT
    assert view.meldcode_open


def test_final_level_may_differ_only_with_a_reason(services: Services, midwife: Actor, pregnancy_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        services.screening.create(midwife, pregnancy_id, _data(risks=["schulden"], final_level="kwetsbaar"))
    assert "final_reason" in caught.value.messages
    assert "wijkt af van de suggestie" in caught.value.messages["final_reason"]
    assert _count(services, AssessmentRow) == 0
    view = services.screening.create(midwife, pregnancy_id, _data(
        risks=["schulden"], final_level="kwetsbaar", final_reason="Samen afgewogen: weinig draagkracht."))
    assert (view.suggested_level, view.final_level, view.overridden) == (Level.POTENTIEEL, Level.KWETSBAAR, True)
    assert view.final_reason == "Samen afgewogen: weinig draagkracht."
    same = services.screening.create(midwife, pregnancy_id, _data(
        risks=["schulden"], final_level="potentieel", final_reason="niet nodig"))
    assert same.final_reason is None  # a reason only belongs to a deviation


@pytest.mark.parametrize(("overrides", "field", "words"), [
    ({"kind": "maandelijks"}, "kind", "intake"),
    ({"assessed_on": "31-02-2026"}, "assessed_on", "dd-mm-jjjj"),
    ({"assessed_on": TODAY + dt.timedelta(days=1)}, "assessed_on", "toekomst"),
    ({"risks": {"loterij": "actueel"}}, "risks", "'loterij'"),
    ({"risks": {"schulden": "misschien"}}, "risks", "actueel, vermoeden of verleden"),
    ({"risks": {"schulden": {"status": "actueel", "concerns": ["buren"]}}}, "risks", "cliënte, partner of gezin"),
    ({"protective": ["schulden"]}, "protective", "'schulden'"),
    ({"final_level": "heel erg"}, "final_level", "lijst"),
    ({"note": "x" * 4001}, "note", "4000"),
])
def test_bad_input_names_the_field_and_writes_nothing(services: Services, midwife: Actor, pregnancy_id: int,
                                                      overrides: dict[str, Any], field: str, words: str) -> None:
    before = _count(services, AuditRow)
    with pytest.raises(ValidationError) as caught:
        services.screening.create(midwife, pregnancy_id, _data(**overrides))
    assert field in caught.value.messages
    assert words in caught.value.messages[field]
    assert caught.value.titles[field]  # a Dutch title for the inline error
    assert _count(services, AssessmentRow) == 0
    assert _count(services, AuditRow) == before


def test_unknown_pregnancy_is_not_found(services: Services, midwife: Actor) -> None:
    with pytest.raises(NotFound):
        services.screening.create(midwife, 999_999, _data())
    with pytest.raises(NotFound):
        services.screening.get(midwife, 999_999)


def test_update_replaces_items_and_recomputes(services: Services, midwife: Actor, pregnancy_id: int) -> None:
    view = services.screening.create(midwife, pregnancy_id, _data(risks=["schulden", "werkloosheid"]))
    changed = services.screening.update(midwife, view.id, _data(
        risks={"schulden": "verleden", "werkloosheid": "actueel", "stress": "actueel", "angst": "vermoeden"}),
        expected_updated_at=view.updated_at)
    assert changed.suggested_level is Level.KWETSBAAR
    assert [i.code for i in changed.items] == ["schulden", "werkloosheid", "angst", "stress"]  # catalogue order
    assert _count(services, AssessmentItemRow) == 4
    with pytest.raises(Conflict):
        services.screening.update(midwife, view.id, _data(), expected_updated_at=view.updated_at)


def test_history_shows_assessments_in_order(services: Services, midwife: Actor, pregnancy_id: int) -> None:
    week28 = services.screening.create(midwife, pregnancy_id, _data(kind="week28", risks=["schulden"]))
    intake = services.screening.create(midwife, pregnancy_id, _data(
        assessed_on=TODAY - dt.timedelta(days=90), risks=[]))
    other = _pregnancy(services, midwife, bsn="", bsn_missing_reason="Nog niet bekend", id_document_type="geen",
                       id_document_number="")
    services.screening.create(midwife, other, _data(risks=["stress"]))
    history = services.screening.history(midwife, pregnancy_id)
    assert [h.id for h in history] == [intake.id, week28.id]
    assert [h.final_level for h in history] == [Level.GEEN, Level.POTENTIEEL]
    dossier = services.screening.dossier(midwife, pregnancy_id)
    assert dossier.assessments == tuple(history) and dossier.latest == history[-1]
    assert dossier.client_name == "Anouk de Vries" and dossier.client_id == history[0].client_id
    assert services.screening.latest_levels(midwife, [pregnancy_id, other, 12345]) == {
        pregnancy_id: Level.POTENTIEEL, other: Level.POTENTIEEL}


# --- meldcode -------------------------------------------------------------------------------------------------
def test_meldcode_steps_are_recorded_with_who_and_when(services: Services, midwife: Actor,
                                                         pregnancy_id: int) -> None:
    view = services.screening.create(midwife, pregnancy_id, _data(risks={"kindermishandeling": "vermoeden"}))
    assert view.meldcode_open
    view = services.screening.record_meldcode_step(midwife, view.id, {
        "step": 1, "taken_on": TODAY, "notes": "Signalen vastgelegd"})
    with pytest.raises(ValidationError) as caught:
        services.screening.record_meldcode_step(midwife, view.id, {"step": 5, "taken_on": TODAY, "notes": "x"})
    assert "decision" in caught.value.messages
    with pytest.raises(ValidationError) as caught:
        services.screening.record_meldcode_step(midwife, view.id, {"step": 6, "taken_on": "", "notes": " "})
    assert set(caught.value.messages) == {"step", "taken_on", "notes"}
    view = services.screening.record_meldcode_step(midwife, view.id, {
        "step": 5, "taken_on": TODAY, "notes": "Hulp via wijkteam", "decision": "hulp"})
    steps = services.screening.get(midwife, view.id).meldcode_steps
    assert [(s.step, s.taken_by, s.decision) for s in steps] == [
        (1, midwife.display_name, None), (5, midwife.display_name, MeldcodeDecision.HULP)]
    assert steps[0].title == "Signalen in kaart brengen"


def test_meldcode_only_with_a_counted_safety_item(services: Services, midwife: Actor, pregnancy_id: int) -> None:
    past = services.screening.create(midwife, pregnancy_id, _data(risks={"huiselijk_geweld": "verleden"}))
    assert not past.meldcode_open
    with pytest.raises(ValidationError) as caught:
        services.screening.record_meldcode_step(midwife, past.id, {"step": 1, "taken_on": TODAY, "notes": "x"})
    assert "meldcode" in caught.value.messages["step"]
    assert _count(services, MeldcodeStepRow) == 0


# --- decisions and the worklist ------------------------------------------------------------------------------
def test_decision_rules(services: Services, midwife: Actor, pregnancy_id: int) -> None:
    geen = services.screening.create(midwife, pregnancy_id, _data())
    with pytest.raises(ValidationError):
        services.screening.record_decision(midwife, geen.id, "wijkteam")
    view = services.screening.create(midwife, pregnancy_id, _data(risks=["schulden"]))
    with pytest.raises(ValidationError) as caught:
        services.screening.record_decision(midwife, view.id, "geen")
    assert "decision_reason" in caught.value.messages
    with pytest.raises(ValidationError) as caught:
        services.screening.record_decision(midwife, view.id, "brief")
    assert "decision" in caught.value.messages
    decided = services.screening.record_decision(midwife, view.id, Decision.JGZ_PHB)
    assert decided.decision is Decision.JGZ_PHB and decided.decision.leads_to_referral
    assert decided.decided_by == midwife.display_name and decided.decided_at is not None
    assert not decided.decision_pending
    again = services.screening.record_decision(midwife, view.id, "geen", "Cliënte heeft al hulp via familie.")
    assert again.decision is Decision.GEEN and again.decision_reason == "Cliënte heeft al hulp via familie."


def test_pending_decisions_look_at_the_latest_assessment_only(services: Services, midwife: Actor) -> None:
    def fresh(n: int) -> int:
        return _pregnancy(services, midwife, surname=f"Lijst{n}", bsn="", bsn_missing_reason="Nog niet bekend",
                          id_document_type="geen", id_document_number="")

    urgent, potential, decided, resolved, none = (fresh(n) for n in range(5))
    services.screening.create(midwife, urgent, _data(risks=["huiselijk_geweld"]))
    services.screening.create(midwife, potential, _data(risks=["schulden"]))
    d = services.screening.create(midwife, decided, _data(risks=["schulden", "stress", "angst"]))
    services.screening.record_decision(midwife, d.id, "wijkteam")
    services.screening.create(midwife, resolved, _data(assessed_on=TODAY - dt.timedelta(days=60),
                                                        risks=["schulden"]))
    services.screening.create(midwife, resolved, _data(kind="week28", risks=[]))  # later: nothing signalled
    services.screening.create(midwife, none, _data())
    pending = services.screening.pending_decisions(midwife)
    assert [(p.pregnancy_id, p.final_level) for p in pending] == [(urgent, Level.URGENT),
                                                                  (potential, Level.POTENTIEEL)]
    assert pending[0].client_name.endswith("Lijst0")


# --- permissions, audit, cascade --------------------------------------------------------------------------------
def test_assistant_needs_break_glass(services: Services, midwife: Actor, assistant: Actor,
                                     pregnancy_id: int) -> None:
    view = services.screening.create(midwife, pregnancy_id, _data(risks=["schulden"]))
    with pytest.raises(PermissionDenied):
        services.screening.get(assistant, view.id)
    elevated = assistant.with_break_glass("Spoedoverdracht tijdens de nachtdienst")
    assert services.screening.get(elevated, view.id).id == view.id


def test_every_read_and_write_is_audited_with_the_pregnancy(services: Services, midwife: Actor,
                                                            pregnancy_id: int) -> None:
    view = services.screening.create(midwife, pregnancy_id, _data(risks=["huiselijk_geweld"]))
    services.screening.update(midwife, view.id, _data(risks=["huiselijk_geweld", "schulden"]))
    services.screening.get(midwife, view.id)
    services.screening.history(midwife, pregnancy_id)
    services.screening.record_meldcode_step(midwife, view.id, {"step": 2, "taken_on": TODAY, "notes": "Overleg"})
    services.screening.record_decision(midwife, view.id, "wijkteam")
    events = [e for e in _audit_events(services) if e[0].startswith("screening.")]
    assert events == [("screening.create", "C", pregnancy_id), ("screening.update", "U", pregnancy_id),
                      ("screening.open", "R", pregnancy_id), ("screening.history", "R", pregnancy_id),
                      ("screening.meldcode_step", "C", pregnancy_id), ("screening.decision", "U", pregnancy_id)]


def test_destroying_the_dossier_takes_the_assessments_with_it(services: Services, midwife: Actor, admin: Actor,
                                                              ) -> None:
    client = services.clients.create(midwife, client_data())
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    view = services.screening.create(midwife, pregnancy.id, _data(risks=["huiselijk_geweld"],
                                                                   protective=["veerkracht"]))
    services.screening.record_meldcode_step(midwife, view.id, {"step": 1, "taken_on": TODAY, "notes": "Signalen"})
    services.clients.destroy(admin, client.id, "Op verzoek van de cliënte (WGBO 7:455)")
    for row in (AssessmentRow, AssessmentItemRow, AssessmentProtectiveRow, MeldcodeStepRow):
        assert _count(services, row) == 0, row.__tablename__


# --- catalogues ---------------------------------------------------------------------------------------------
def _region_catalogue(version: str = "2027.1", **rules: int) -> str:
    data = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
    data["id"] = "regio_zuid_limburg"
    data["version"] = version
    data["title"] = "Regiocatalogus Zuid-Limburg"
    data["risk_items"][0]["label"] = "Problematische schulden"
    data["rules"].update(rules)
    return json.dumps(data, ensure_ascii=False)


def test_old_assessments_stay_readable_after_a_catalogue_change(services: Services, midwife: Actor, admin: Actor,
                                                                pregnancy_id: int) -> None:
    default = services.screening.active_catalogue(midwife)
    assert not default.from_region
    old = services.screening.create(midwife, pregnancy_id, _data(risks=["schulden", "stress", "angst"]))
    assert old.final_level is Level.KWETSBAAR

    region = services.screening.set_region_catalogue(admin, _region_catalogue(accumulation_min_domains=2))
    assert region.from_region and services.screening.active_catalogue(midwife).catalogue.id == "regio_zuid_limburg"
    new = services.screening.create(midwife, pregnancy_id, _data(risks=["schulden", "stress", "angst"]))
    assert new.catalogue_id == "regio_zuid_limburg" and new.suggested_level is Level.KWETSBAAR
    assert new.items[0].label == "Problematische schulden"
    # The old assessment keeps its catalogue, labels and rules; editing it uses the stored copy.
    again = services.screening.get(midwife, old.id)
    assert again.catalogue_key == default.catalogue.key and again.items[0].label == "Schulden"
    assert services.screening.catalogue(midwife, old.catalogue_id, old.catalogue_version) == default.catalogue
    edited = services.screening.update(midwife, old.id, _data(risks=["stress", "angst", "depressie"]))
    assert edited.suggested_level is Level.KWETSBAAR  # min_domains 1 of the old catalogue: one domain is enough
    newer = services.screening.suggest(midwife, ["stress", "angst", "depressie"], [])
    assert newer.level is Level.POTENTIEEL  # the region's rule needs two domains


def test_region_catalogue_is_validated(services: Services, admin: Actor, midwife: Actor,
                                       pregnancy_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        services.screening.set_region_catalogue(admin, "{ geen json")
    assert "Geen geldige JSON" in caught.value.messages["catalogue"]
    services.screening.set_region_catalogue(admin, _region_catalogue())
    services.screening.create(midwife, pregnancy_id, _data())  # the region's 2027.1 is now in use
    changed = _region_catalogue(accumulation_threshold=4)  # same id and version, other content
    with pytest.raises(ValidationError) as caught:
        services.screening.set_region_catalogue(admin, changed)
    assert "Verhoog de versie" in caught.value.messages["catalogue"]
    services.screening.set_region_catalogue(admin, _region_catalogue("2027.2", accumulation_threshold=4))
    assert services.screening.active_catalogue(midwife).catalogue.rules.accumulation_threshold == 4
    assert not services.screening.set_region_catalogue(admin, None).from_region
    assert not services.screening.active_catalogue(midwife).from_region
    with pytest.raises(PermissionDenied):
        services.screening.set_region_catalogue(midwife, None)


def test_worklist_keeps_ongoing_pregnancies_and_ended_ones_until_six_weeks_after_the_due_date(
        services: Services, midwife: Actor) -> None:
    """An ended pregnancy drops off the worklist 6 weeks after its due date; an ongoing one never does."""
    def pregnancy(n: int, due: dt.date, ended: bool) -> int:
        c = services.clients.create(midwife, client_data(surname=f"Termijn{n}", bsn="", id_document_type="geen",
                                                         bsn_missing_reason="Nog niet bekend", id_document_number=""))
        extra: dict[str, Any] = {}
        if ended:
            extra = {"status": "bevallen", "status_date": due, "birth_date": due}
        pid = services.clients.add_pregnancy(midwife, c.id, pregnancy_data(due_date=due, **extra)).id
        services.screening.create(midwife, pid, _data(assessed_on=due - dt.timedelta(days=100), risks=["schulden"]))
        return pid

    limit = dt.timedelta(days=WORKLIST_DAYS_AFTER_DUE)
    ongoing_late = pregnancy(0, TODAY - limit - dt.timedelta(days=30), ended=False)
    ended_recent = pregnancy(1, TODAY - limit, ended=True)
    ended_long_ago = pregnancy(2, TODAY - limit - dt.timedelta(days=1), ended=True)
    listed = {p.pregnancy_id for p in services.screening.pending_decisions(midwife, today=TODAY)}
    assert ongoing_late in listed and ended_recent in listed
    assert ended_long_ago not in listed
    # a day later the recently ended one drops off as well
    later = {p.pregnancy_id for p in services.screening.pending_decisions(midwife, today=TODAY + dt.timedelta(days=1))}
    assert ended_recent not in later and ongoing_late in later
