"""Use cases through the services facade: clients, pregnancies, staff and the practice."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from ksdesk.records.enums import Discipline, DueDateSource, IdDocumentType, PregnancyStatus
from ksdesk.records.gestation import format_date
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, NotFound, ValidationError
from ksdesk.storage.orm import AuditRow, ClientRow, DueDateChangeRow, PregnancyRow, StaffRow
from tests.conftest import PRACTICE, client_data, pregnancy_data

TODAY = dt.date.today()


def counts(services: Services) -> dict[str, int]:
    """Rows per table, read straight from the store (not through the services, which would log)."""
    with services.store.sessions() as session:
        return {
            row.__tablename__: session.scalar(select(func.count()).select_from(row)) or 0
            for row in (ClientRow, PregnancyRow, DueDateChangeRow, AuditRow, StaffRow)
        }


def second_client(**overrides: object) -> dict[str, object]:
    sanne: dict[str, object] = {
        "given_names": "Sanne", "surname_prefix": "", "surname": "Jansen", "date_of_birth": "01-07-1990",
        "bsn": "123456782", "id_document_number": "IX98765", "postcode": "1012 AB", "city": "Amsterdam",
        "municipality": "Amsterdam"}
    return client_data(**{**sanne, **overrides})


# --- clients ---------------------------------------------------------------------------------------


def test_create_client_stores_normalised_values(services: Services, midwife: Actor) -> None:
    created = services.clients.create(midwife, client_data(email="Anouk@Example.NL"))
    assert created.id > 0
    assert created.name == "Anouk de Vries"
    assert created.postcode == "6211AB"
    assert created.phone == "+31612345678"
    assert created.email == "anouk@example.nl"
    assert created.date_of_birth == dt.date(1994, 3, 12)
    assert created.id_document_type is IdDocumentType.PASSPORT
    assert created.pregnancies == ()
    opened = services.clients.get(midwife, created.id)
    assert opened.as_input() == created.as_input()


def test_update_client(services: Services, midwife: Actor) -> None:
    created = services.clients.create(midwife, client_data())
    updated = services.clients.update(midwife, created.id, {**created.as_input(), "surname": "Vries-Bakker",
                                                            "phone": "043 350 1234"})
    assert updated.surname == "Vries-Bakker"
    assert updated.phone == "+31433501234"
    assert updated.updated_at >= created.updated_at
    assert services.clients.get(midwife, created.id).surname == "Vries-Bakker"
    # the search index follows the change
    assert [c.id for c in services.clients.search(midwife, "bakker")] == [created.id]


@pytest.fixture
def two_clients(services: Services, midwife: Actor) -> tuple[int, int]:
    anouk = services.clients.create(midwife, client_data())
    sanne = services.clients.create(midwife, second_client())
    return anouk.id, sanne.id


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("vries", "anouk"),
        ("VRIES", "anouk"),
        ("Anouk", "anouk"),
        ("nou", "anouk"),  # part of a name
        ("de vries", "anouk"),
        ("anouk vries", "anouk"),
        ("111222333", "anouk"),
        ("1112", "anouk"),
        ("12-03-1994", "anouk"),
        ("6211 AB", "anouk"),
        ("6211ab", "anouk"),
        ("6211AB", "anouk"),
        ("jansen", "sanne"),
        ("123456782", "sanne"),
        ("01-07-1990", "sanne"),
        ("1012 ab", "sanne"),
        ("", "both"),
        ("a", "both"),
        ("pietersen", "none"),
        ("anouk jansen", "none"),  # every word must match
        ("%", "none"),  # LIKE wildcards are escaped
        ("_", "none"),
    ],
)
def test_search(services: Services, midwife: Actor, two_clients: tuple[int, int], query: str, who: str) -> None:
    anouk, sanne = two_clients
    expected = {"anouk": [anouk], "sanne": [sanne], "both": [sanne, anouk], "none": []}[who]
    found = services.clients.search(midwife, query)
    # sorted by sort name: "jansen sanne" before "vries de anouk"
    assert [c.id for c in found] == expected
    assert services.clients.count(midwife, query) == len(expected)


def test_search_ignores_accents(services: Services, midwife: Actor) -> None:
    client = services.clients.create(midwife, client_data(given_names="Ümit", surname_prefix="", surname="Özdemir"))
    assert [c.id for c in services.clients.search(midwife, "umit ozdemir")] == [client.id]
    assert [c.id for c in services.clients.search(midwife, "ÖZDEMİR".replace("İ", "I"))] == [client.id]


def test_search_summary_shows_current_pregnancy(services: Services, midwife: Actor) -> None:
    client = services.clients.create(midwife, client_data())
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data(due_date="01-04-2027"))
    [summary] = services.clients.search(midwife, "vries")
    assert summary.name == "Anouk de Vries"
    assert summary.due_date == dt.date(2027, 4, 1)
    assert summary.pregnancy_status is PregnancyStatus.ONGOING
    assert str(summary.gestational_age(dt.date(2027, 4, 1))) == "40+0"


def test_search_pages(services: Services, midwife: Actor) -> None:
    from tests.test_records import fictitious_bsns

    for i, bsn in enumerate(fictitious_bsns(5)):
        services.clients.create(midwife, client_data(surname=f"Testpersoon{i}", bsn=bsn,
                                                     id_document_number=f"DOC{i}XX"))
    first = services.clients.search(midwife, "testpersoon", limit=2)
    second = services.clients.search(midwife, "testpersoon", offset=2, limit=2)
    rest = services.clients.search(midwife, "testpersoon", offset=4, limit=10)
    names = [c.name for c in first + second + rest]
    assert names == [f"Anouk de Testpersoon{i}" for i in range(5)]


def test_get_lists_pregnancies_newest_first(services: Services, midwife: Actor) -> None:
    client = services.clients.create(midwife, client_data())
    old_birth = dt.date(2022, 5, 3)
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data(
        due_date="10-05-2022", status="bevallen", status_date=format_date(old_birth),
        birth_date=format_date(old_birth)))
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data(
        due_date="01-01-2020", gravida=1, status="miskraam", status_date="01-08-2019"))
    current = services.clients.add_pregnancy(midwife, client.id, pregnancy_data(due_date="01-04-2027", gravida=3,
                                                                                para=1))
    opened = services.clients.get(midwife, client.id)
    assert [p.due_date for p in opened.pregnancies] == [dt.date(2027, 4, 1), dt.date(2022, 5, 10),
                                                        dt.date(2020, 1, 1)]
    assert opened.current_pregnancy is not None
    assert opened.current_pregnancy.id == current.id
    assert opened.pregnancies[1].status is PregnancyStatus.DELIVERED


def test_get_unknown_client(services: Services, midwife: Actor) -> None:
    with pytest.raises(NotFound):
        services.clients.get(midwife, 999_999)


def test_duplicate_bsn_is_refused(services: Services, midwife: Actor) -> None:
    services.clients.create(midwife, client_data())
    before = counts(services)
    with pytest.raises(ValidationError) as caught:
        services.clients.create(midwife, second_client(bsn="111 222 333"))
    assert caught.value.messages == {"bsn": "Er is al een cliënte met dit BSN."}
    assert counts(services) == before


def test_duplicate_bsn_is_refused_on_update(services: Services, midwife: Actor, two_clients: tuple[int, int]) -> None:
    _anouk, sanne = two_clients
    view = services.clients.get(midwife, sanne)
    with pytest.raises(ValidationError) as caught:
        services.clients.update(midwife, sanne, {**view.as_input(), "bsn": "111222333"})
    assert "bsn" in caught.value.messages
    # keeping her own BSN is no duplicate
    assert services.clients.update(midwife, sanne, {**view.as_input(), "city": "Utrecht"}).bsn == "123456782"


def test_stale_update_is_refused_with_conflict(services: Services, midwife: Actor, assistant: Actor) -> None:
    created = services.clients.create(midwife, client_data())
    seen_by_midwife = services.clients.get(midwife, created.id)
    seen_by_assistant = services.clients.get(assistant, created.id)
    saved = services.clients.update(assistant, created.id, {**seen_by_assistant.as_input(), "city": "Heerlen"},
                                    expected_updated_at=seen_by_assistant.updated_at)
    assert saved.updated_at != seen_by_midwife.updated_at
    before = counts(services)
    with pytest.raises(Conflict):
        services.clients.update(midwife, created.id, {**seen_by_midwife.as_input(), "city": "Sittard"},
                                expected_updated_at=seen_by_midwife.updated_at)
    assert counts(services) == before
    assert services.clients.get(midwife, created.id).city == "Heerlen"
    # with the fresh timestamp the same change goes through
    fresh = services.clients.get(midwife, created.id)
    assert services.clients.update(midwife, created.id, {**fresh.as_input(), "city": "Sittard"},
                                   expected_updated_at=fresh.updated_at).city == "Sittard"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [({"surname": ""}, "surname"), ({"bsn": "123456789"}, "bsn"), ({"postcode": "1234SA"}, "postcode"),
     ({"email": "geen-adres"}, "email"), ({"date_of_birth": format_date(TODAY + dt.timedelta(days=1))},
                                          "date_of_birth")],
)
def test_invalid_client_writes_nothing(services: Services, midwife: Actor, overrides: dict[str, object],
                                       field: str) -> None:
    existing = services.clients.create(midwife, second_client())
    before = counts(services)
    with pytest.raises(ValidationError) as caught:
        services.clients.create(midwife, client_data(**overrides))
    assert field in caught.value.messages
    with pytest.raises(ValidationError):
        services.clients.update(midwife, existing.id, {**existing.as_input(), **overrides})
    assert counts(services) == before
    assert services.clients.get(midwife, existing.id).as_input() == existing.as_input()


# --- pregnancies -----------------------------------------------------------------------------------


def test_add_pregnancy_records_due_date_history(services: Services, midwife: Actor) -> None:
    client = services.clients.create(midwife, client_data())
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    assert pregnancy.client_id == client.id
    assert pregnancy.due_date == dt.date(2027, 4, 1)
    assert pregnancy.status is PregnancyStatus.ONGOING
    assert [(h.due_date, h.source, h.changed_by) for h in pregnancy.due_date_history] == [
        (dt.date(2027, 4, 1), DueDateSource.LMP, "Mila Verloskundige")]


def test_only_one_ongoing_pregnancy(services: Services, midwife: Actor) -> None:
    client = services.clients.create(midwife, client_data())
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    before = counts(services)
    with pytest.raises(ValidationError) as caught:
        services.clients.add_pregnancy(midwife, client.id, pregnancy_data(due_date="01-05-2027", gravida=2))
    assert set(caught.value.messages) == {"status"}
    assert counts(services) == before


def test_reopening_a_pregnancy_while_another_runs_is_refused(services: Services, midwife: Actor) -> None:
    client = services.clients.create(midwife, client_data())
    closed = services.clients.add_pregnancy(midwife, client.id, pregnancy_data(
        due_date="01-01-2020", status="miskraam", status_date="01-08-2019"))
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data(gravida=2))
    with pytest.raises(ValidationError) as caught:
        services.clients.update_pregnancy(midwife, closed.id, {**closed.as_input(), "status": "lopend",
                                                               "status_date": None})
    assert set(caught.value.messages) == {"status"}


def test_add_pregnancy_to_unknown_client(services: Services, midwife: Actor) -> None:
    before = counts(services)
    with pytest.raises(NotFound):
        services.clients.add_pregnancy(midwife, 424242, pregnancy_data())
    assert counts(services) == before


def test_update_pregnancy_keeps_due_date_history(services: Services, midwife: Actor, assistant: Actor) -> None:
    client = services.clients.create(midwife, client_data())
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data(due_date="01-04-2027"))
    by_scan = services.clients.update_pregnancy(assistant, pregnancy.id, {
        **pregnancy.as_input(), "due_date": "05-04-2027", "due_date_source": "termijnecho"})
    assert by_scan.due_date == dt.date(2027, 4, 5)
    assert by_scan.due_date_source is DueDateSource.DATING_SCAN
    assert [(h.due_date, h.source, h.changed_by) for h in by_scan.due_date_history] == [
        (dt.date(2027, 4, 1), DueDateSource.LMP, "Mila Verloskundige"),
        (dt.date(2027, 4, 5), DueDateSource.DATING_SCAN, "Anna Assistent"),
    ]
    # a change that leaves the date alone adds no history
    other = services.clients.update_pregnancy(midwife, pregnancy.id, {**by_scan.as_input(), "wants_centering": True})
    assert other.wants_centering is True
    assert len(other.due_date_history) == 2
    reopened = services.clients.get(midwife, client.id).pregnancies[0]
    assert len(reopened.due_date_history) == 2


@pytest.mark.parametrize("new_date", ["01-04-2027", "08-04-2027"])
def test_lmp_does_not_supersede_dating_scan(services: Services, midwife: Actor, new_date: str) -> None:
    client = services.clients.create(midwife, client_data())
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data(
        due_date="05-04-2027", due_date_source="termijnecho"))
    before = counts(services)
    with pytest.raises(ValidationError) as caught:
        services.clients.update_pregnancy(midwife, pregnancy.id, {**pregnancy.as_input(), "due_date": new_date,
                                                                  "due_date_source": "lm"})
    assert set(caught.value.messages) == {"due_date_source"}
    assert counts(services) == before
    stored = services.clients.get(midwife, client.id).pregnancies[0]
    assert (stored.due_date, stored.due_date_source) == (dt.date(2027, 4, 5), DueDateSource.DATING_SCAN)
    # IVF outranks a termijnecho
    ivf = services.clients.update_pregnancy(midwife, pregnancy.id, {**pregnancy.as_input(), "due_date": "03-04-2027",
                                                                    "due_date_source": "ivf"})
    assert ivf.due_date_source is DueDateSource.IVF
    assert len(ivf.due_date_history) == 2


def test_close_pregnancy_as_delivered(services: Services, midwife: Actor) -> None:
    client = services.clients.create(midwife, client_data())
    birth = TODAY - dt.timedelta(days=3)
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data(due_date=format_date(birth)))
    delivered = services.clients.update_pregnancy(midwife, pregnancy.id, {
        **pregnancy.as_input(), "status": "bevallen", "status_date": format_date(birth),
        "birth_date": format_date(birth)})
    assert delivered.status is PregnancyStatus.DELIVERED
    assert delivered.gestational_age() is None
    # now a new pregnancy may start
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data(due_date="01-04-2028", gravida=2, para=1))


def test_invalid_pregnancy_writes_nothing(services: Services, midwife: Actor) -> None:
    client = services.clients.create(midwife, client_data())
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    before = counts(services)
    with pytest.raises(ValidationError) as caught:
        services.clients.add_pregnancy(midwife, client.id, pregnancy_data(gravida=1, para=1, status="miskraam",
                                                                          status_date="01-01-2026"))
    assert "para" in caught.value.messages
    with pytest.raises(ValidationError):
        services.clients.update_pregnancy(midwife, pregnancy.id, {**pregnancy.as_input(), "gravida": 0})
    with pytest.raises(NotFound):
        services.clients.update_pregnancy(midwife, 987654, pregnancy.as_input())
    assert counts(services) == before


# --- staff and practice ----------------------------------------------------------------------------


def test_staff_create_update_list(services: Services, admin: Actor, midwife: Actor) -> None:
    trained = TODAY - dt.timedelta(days=100)
    created = services.staff.create(admin, {"name": "Fleur Facilitator", "discipline": "verloskundige",
                                             "agb_code": "01-234567", "centering_trained": True,
                                             "centering_trained_on": format_date(trained)})
    assert created.agb_code == "01234567"
    assert created.discipline is Discipline.MIDWIFE
    assert created.centering_trained_on == trained
    services.staff.create(admin, {"name": "Bram Kraamzorg", "discipline": "kraamverzorgende"})
    updated = services.staff.update(admin, created.id, {"name": "Fleur Facilitator", "discipline": "verloskundige",
                                                        "active": False})
    assert updated.active is False
    assert updated.agb_code is None
    everyone = services.staff.list(midwife)
    assert [s.name for s in everyone] == ["Bram Kraamzorg", "Fleur Facilitator"]
    assert [s.name for s in services.staff.list(midwife, include_inactive=False)] == ["Bram Kraamzorg"]


def test_invalid_staff_writes_nothing(services: Services, admin: Actor) -> None:
    before = counts(services)
    with pytest.raises(ValidationError) as caught:
        services.staff.create(admin, {"name": "", "discipline": "chirurg"})
    assert set(caught.value.messages) == {"name", "discipline"}
    with pytest.raises(NotFound):
        services.staff.update(admin, 31337, {"name": "Niemand", "discipline": "anders"})
    assert counts(services) == before


def test_practice_get_and_save(services: Services, admin: Actor, assistant: Actor) -> None:
    practice = services.practice.get(assistant)
    assert practice is not None
    assert practice.name == PRACTICE["name"]
    assert practice.agb_code == PRACTICE["agb_code"]
    assert practice.is_demo is False
    saved = services.practice.save(admin, {**PRACTICE, "postcode": "6211 cd", "phone": "043 350 1234",
                                           "centering_weekday": 3, "centering_time": "13:30"})
    assert saved.postcode == "6211CD"
    assert saved.phone == "+31433501234"
    assert (saved.centering_weekday, saved.centering_time) == (3, dt.time(13, 30))
    again = services.practice.get(admin)
    assert again == saved
    before = counts(services)
    with pytest.raises(ValidationError):
        services.practice.save(admin, {**PRACTICE, "agb_code": "123"})
    assert counts(services) == before
    assert services.practice.get(admin) == saved
    assert services.practice.exists()


def test_empty_store_has_no_practice(empty_services: Services) -> None:
    assert not empty_services.practice.exists()
    assert empty_services.accounts.needs_setup()
