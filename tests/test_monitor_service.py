"""MonitorService: facts from the database, the k setting, preview = export, files and audit entries."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ksdesk.monitor.indicators import Indicator
from ksdesk.monitor.published import CellStatus
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, PermissionDenied, ValidationError
from ksdesk.storage.orm import AuditRow
from tests.conftest import client_data, pregnancy_data


def _client(services: Services, midwife: Actor, n: int, municipality: str, intake: str) -> int:
    client = services.clients.create(midwife, client_data(
        surname=f"Fictief{n}", bsn="", bsn_missing_reason="Nog niet bekend", id_document_type="geen",
        id_document_number="", municipality=municipality))
    return services.clients.add_pregnancy(midwife, client.id, pregnancy_data(intake_date=intake)).id


def test_pregnancies_in_care_per_gemeente(services: Services, midwife: Actor, admin: Actor) -> None:
    for n in range(12):
        _client(services, midwife, n, "Maastricht", "05-02-2026")
    for n in range(3):
        _client(services, midwife, 100 + n, "Vaals", "05-05-2026")
    _client(services, midwife, 200, "Maastricht", "05-03-2025")  # other year
    export = services.monitor.preview(midwife, "2026")
    rows = {str(r.area): r for r in export.rows}
    assert list(rows) == ["Maastricht", "Overige gemeenten", "Totaal praktijk"]
    # Vaals (3) is folded and hidden; Maastricht is hidden too, else 15 − 12 gives Vaals away
    assert rows["Overige gemeenten"].cell(Indicator.PREGNANCIES_IN_CARE).status is CellStatus.SMALL
    assert rows["Maastricht"].cell(Indicator.PREGNANCIES_IN_CARE).status is CellStatus.SECONDARY
    assert rows["Totaal praktijk"].cell(Indicator.PREGNANCIES_IN_CARE).value == 15
    assert export.metadata is not None and export.metadata.practice_agb == "03012345"
    assert export.unavailable == ()  # every feature's tables are in this build
    q1 = services.monitor.preview(admin, "2026-K1")  # only Maastricht's 12 February intakes
    assert [str(r.area) for r in q1.rows] == ["Maastricht", "Totaal praktijk"]
    assert q1.rows[0].cell(Indicator.PREGNANCIES_IN_CARE).value == 12


def test_threshold_setting(services: Services, admin: Actor, midwife: Actor) -> None:
    assert services.monitor.threshold(midwife) == 10
    services.monitor.set_threshold(admin, 5)
    assert services.monitor.threshold(midwife) == 5
    assert services.monitor.preview(midwife, "2026").k == 5
    for bad in (2, 101):
        with pytest.raises(ValidationError) as caught:
            services.monitor.set_threshold(admin, bad)
        assert "drempel" in str(caught.value.messages["k"]).lower()
    assert services.monitor.threshold(midwife) == 5
    with pytest.raises(PermissionDenied):
        services.monitor.set_threshold(midwife, 3)  # the one who exports cannot lower the protection


def test_bad_period_names_the_field(services: Services, midwife: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        services.monitor.preview(midwife, "volgend jaar")
    assert "period" in caught.value.messages


def test_export_writes_three_files_and_logs_it(services: Services, midwife: Actor, tmp_path: Path) -> None:
    for n in range(11):
        _client(services, midwife, n, "Heerlen", "10-10-2026")
    out = tmp_path / "export"
    out.mkdir()
    previewed = services.monitor.preview(midwife, "2026")
    files = services.monitor.export(midwife, "2026", out, previewed=previewed)
    assert sorted(p.name for p in out.iterdir()) == [
        "monitor_03012345_2026.csv", "monitor_03012345_2026.json", "monitor_03012345_2026.pdf"]
    rows = list(csv.reader(io.StringIO(files.csv.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[1][:4] == ["2026", "Heerlen", "gemeente", "11"]
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert data["rijen"][0]["waarden"]["zwangerschappen_in_zorg"]["waarde"] == 11
    assert data["metadata"]["catalogus"][0]["id"]
    text = PdfReader(files.pdf).pages[0].extract_text()
    assert "Monitor Kansrijke Start" in text and "Heerlen" in text and len(PdfReader(files.pdf).pages) == 1
    with services.store.sessions() as session:
        entries = list(session.scalars(select(AuditRow).where(AuditRow.event == "monitor.export")))
    assert len(entries) == 1 and entries[0].user_name == midwife.display_name
    assert "monitor_03012345_2026.csv" in (entries[0].detail or "") and entries[0].client_id is None


def test_export_refuses_when_figures_changed_after_preview(services: Services, midwife: Actor,
                                                           tmp_path: Path) -> None:
    previewed = services.monitor.preview(midwife, "2026")
    for n in range(10):
        _client(services, midwife, n, "Heerlen", "10-10-2026")
    out = tmp_path / "export"
    out.mkdir()
    with pytest.raises(Conflict):
        services.monitor.export(midwife, "2026", out, previewed=previewed)
    assert list(out.iterdir()) == []


def test_export_to_a_missing_folder_says_so(services: Services, midwife: Actor, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        services.monitor.export(midwife, "2026", tmp_path / "bestaat-niet")
    assert "folder" in caught.value.messages


def test_assistant_may_not_export(services: Services, assistant: Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        services.monitor.export(assistant, "2026", tmp_path)


# --- the gatherers read what the features store ------------------------------------------------------------


def test_gatherers_read_signalling_referrals_and_centering(services: Services, midwife: Actor, admin: Actor,
                                                           assistant: Actor) -> None:
    from ksdesk.monitor.facts import DestinationType
    from ksdesk.monitor.period import Period
    from ksdesk.records.enums import Discipline
    from ksdesk.services.monitor import gather_facts
    from tests.centering.helpers import add_pool, add_staff

    today = dt.date.today()
    pregnancy_id = _client(services, midwife, 1, "Heerlen", today.strftime("%d-%m-%Y"))
    services.screening.create(midwife, pregnancy_id, {
        "kind": "intake", "assessed_on": today, "risks": {"schulden": "actueel"},
        "protective": ["steunend_netwerk"], "final_reason": None, "note": None})
    destination = services.address_book.create(midwife, {"municipality": "Heerlen", "kind": "wijkteam",
                                                         "name": "Wijkteam Voorbeeld", "secure_email": "w@example.com"})
    referral = services.referrals.create(midwife, pregnancy_id, {
        "destination_id": destination.id, "assessment_id": None, "reason": "Zorgen over geldzaken.",
        "help_question": None, "professionals": None, "notes": None})
    services.referrals.record_consent(midwife, referral.id, {
        "asked_on": today, "explained": "Doel: hulp bij schulden.", "form": "mondeling", "granted": True,
        **{f"share_{p}": True for p in ("identification", "contact", "pregnancy", "domains", "protective",
                                         "notes")}})
    services.referrals.make_letter(midwife, referral.id)
    services.referrals.set_status(midwife, referral.id, {"status": "verstuurd", "on_date": today, "via": "post"})
    services.referrals.set_status(midwife, referral.id, {"status": "contact", "on_date": today,
                                                         "note": "Huisbezoek gepland"})

    staff = add_staff(services, admin)
    location = services.centering.save_location(assistant, None, {"name": "Praktijk Centrum", "region": "Zuid"})
    ids = add_pool(services, midwife, today + dt.timedelta(days=200), [0, 1, 2, 3, 5, 8, 9, 12])
    group = services.centering.create_group(assistant, ids, {
        "location_id": location.id, "midwife_id": staff["trained"], "co_facilitator_id": staff["carer"]})
    for number in (1, 2):
        held = group.session(number).starts_at.date()
        services.centering.record_attendance(assistant, group.id, number,
                                             {pid: "aanwezig" if i % 2 == 0 or number == 1 else "afwezig"
                                              for i, pid in enumerate(ids)}, today=held)

    period = Period.between(today - dt.timedelta(days=30), today + dt.timedelta(days=400))
    with services.store.sessions() as session:
        facts, catalogues = gather_facts(session, period)
    assert catalogues and catalogues[0].id
    [assessment] = facts.assessments
    assert (assessment.pregnancy_key, assessment.gemeente, assessment.protective_recorded) == (
        pregnancy_id, "Heerlen", True)
    [fact] = facts.referrals
    assert fact == type(fact)("Heerlen", DestinationType.WIJKTEAM, today, today, today, today)
    [group_fact] = facts.groups
    assert group_fact.location_key == location.id and group_fact.co_facilitator_discipline is Discipline.MATERNITY_CARER
    assert len(group_fact.sessions_held_on) == 2 and not group_fact.cancelled
    attended = sorted(p.sessions_attended for p in facts.participants)
    assert attended == [1, 1, 1, 1, 2, 2, 2, 2]

    services.monitor.set_threshold(admin, 3)
    export = services.monitor.preview(midwife, period)
    total = export.total
    assert total.cell(Indicator.REFERRALS_WIJKTEAM).status is CellStatus.SMALL  # 1 < k = 3
    assert total.cell(Indicator.PARTICIPANTS_STARTED).value == 8
    assert total.cell(Indicator.PARTICIPANTS_2).value == 4
    assert total.cell(Indicator.GROUPS_STARTED).value == 1 and total.cell(Indicator.MEAN_GROUP_SIZE).value == 8.0
    assert total.cell(Indicator.COFAC_MATERNITY).value == 1 and total.cell(Indicator.LOCATIONS).value == 1
    assert total.cell(Indicator.TRAINED_MIDWIFE).value == 1
    assert export.unavailable == ()
