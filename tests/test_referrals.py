"""ReferralService on a real database: consent gate, letters with only the consented parts, archive, follow-up,
worklist, funnel, audit, and the cascade when a dossier is destroyed."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, ValidationError
from ksdesk.services.referrals import ConsentPart, ReferralStatus, SendRoute
from ksdesk.storage.orm import AuditRow
from ksdesk.storage.orm_referrals import ConsentRow, LetterRow, ReferralRow, StatusChangeRow
from tests.conftest import client_data, pregnancy_data

TODAY = dt.date.today()
ALL_PARTS = {f"share_{p}": True for p in ("identification", "contact", "pregnancy", "domains", "protective", "notes")}


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def destination(services: Services, midwife: Actor, **overrides: Any) -> int:
    data: dict[str, Any] = {"municipality": "Maastricht", "kind": "jgz", "name": "JGZ Voorbeeld",
                            "department": "Prenataal huisbezoek", "street": "Postbus 0000",
                            "postcode": "0000 XX", "city": "Maastricht", "phone": "0000-000000",
                            "secure_email": "jgz@example.com"}
    data.update(overrides)
    return services.address_book.create(midwife, data).id


def setup_case(services: Services, midwife: Actor, **client: Any) -> tuple[int, int, int]:
    """A client with a pregnancy, a signalling with two domains and a protective factor; returns ids."""
    c = services.clients.create(midwife, client_data(safe_contact="Alleen bellen na 18.00 uur",
                                                     preferred_language="Arabisch", interpreter_needed=True,
                                                     **client))
    pregnancy_id = services.clients.add_pregnancy(midwife, c.id, pregnancy_data()).id
    assessment = services.screening.create(midwife, pregnancy_id, {
        "kind": "intake", "assessed_on": TODAY, "risks": {"schulden": "actueel", "huiselijk_geweld": "vermoeden"},
        "protective": ["steunend_netwerk"], "final_reason": None, "note": None})
    return c.id, pregnancy_id, assessment.id


def referral_data(destination_id: int, assessment_id: int | None = None, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "destination_id": destination_id, "assessment_id": assessment_id,
        "reason": "Zorgen over geldzaken en de thuissituatie.",
        "help_question": "Ik wil hulp bij mijn schulden voordat de baby komt.",
        "professionals": "Huisarts dr. Fictief",
        "notes": "Voorkeur voor een vrouwelijke hulpverlener.",
    }
    data.update(overrides)
    return data


def consent_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"asked_on": TODAY, "explained": "Doel: prenataal huisbezoek; ontvanger: JGZ.",
                            "form": "mondeling", "granted": True, **ALL_PARTS}
    data.update(overrides)
    return data


@pytest.fixture
def case(services: Services, midwife: Actor) -> dict[str, int]:
    client_id, pregnancy_id, assessment_id = setup_case(services, midwife)
    dest = destination(services, midwife)
    referral = services.referrals.create(midwife, pregnancy_id, referral_data(dest, assessment_id))
    return {"client": client_id, "pregnancy": pregnancy_id, "assessment": assessment_id, "destination": dest,
            "referral": referral.id}


def count(services: Services, row: type) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.count()).select_from(row)) or 0


# --- address book ---------------------------------------------------------------------------------------
def test_the_16_gemeenten_are_shipped_by_name_and_no_destination_is_invented(services: Services,
                                                                             admin: Actor) -> None:
    names = services.address_book.municipalities(admin)
    assert len(names) == 16 and "Valkenburg aan de Geul" in names and "Eijsden-Margraten" in names
    assert services.address_book.list(admin, include_inactive=True) == []


def test_destination_validation_names_the_field_and_writes_nothing(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        services.address_book.create(admin, {"kind": "jgz", "name": "", "secure_email": "geen-adres"})
    assert set(caught.value.messages) >= {"name", "secure_email"}
    with pytest.raises(ValidationError) as caught:
        services.address_book.create(admin, {"kind": "jgz", "name": "JGZ", "municipality": "Atlantis"})
    assert "municipality" in caught.value.messages
    assert services.address_book.list(admin, include_inactive=True) == []


def test_practice_adds_a_gemeente_and_her_gemeente_comes_first(services: Services, admin: Actor) -> None:
    assert services.address_book.add_municipality(admin, "  Echt-Susteren ") == "Echt-Susteren"
    with pytest.raises(ValidationError):
        services.address_book.add_municipality(admin, "echt-susteren")
    destination(services, admin, municipality="Heerlen", name="Wijkteam Heerlen", kind="wijkteam")
    destination(services, admin, municipality=None, name="Veilig Thuis Regio", kind="veilig_thuis")
    destination(services, admin, municipality="Echt-Susteren", name="JGZ Echt", kind="jgz")
    ordered = [d.name for d in services.address_book.for_municipality(admin, "Echt-Susteren")]
    assert ordered == ["JGZ Echt", "Veilig Thuis Regio", "Wijkteam Heerlen"]
    inactive = services.address_book.list(admin)[0]
    services.address_book.set_active(admin, inactive.id, False)
    assert inactive.id not in [d.id for d in services.address_book.for_municipality(admin, None)]
    changed = services.address_book.update(admin, inactive.id, inactive.as_input() | {"notes": "Alleen ma-do"})
    assert changed.notes == "Alleen ma-do" and not changed.active


# --- composing --------------------------------------------------------------------------------------------
def test_compose_defaults_follow_the_decision_and_her_gemeente(services: Services, midwife: Actor) -> None:
    _client, pregnancy_id, assessment_id = setup_case(services, midwife)
    destination(services, midwife, municipality="Heerlen", name="JGZ Heerlen")
    destination(services, midwife, municipality="Maastricht", name="JGZ Maastricht")
    services.screening.record_decision(midwife, assessment_id, "jgz_phb", "Steun bij geldzaken")
    defaults = services.referrals.compose_defaults(midwife, pregnancy_id, assessment_id)
    assert defaults.municipality == "Maastricht"
    assert defaults.destinations[0].name == "JGZ Maastricht"
    assert defaults.suggested_kind is not None and defaults.suggested_kind.value == "jgz"
    assert defaults.reason == "Steun bij geldzaken"
    assert defaults.domains and defaults.protective_factors


def test_bad_referral_input_names_the_field_and_writes_nothing(services: Services, midwife: Actor) -> None:
    _client, pregnancy_id, _assessment = setup_case(services, midwife)
    dest = destination(services, midwife)
    with pytest.raises(ValidationError) as caught:
        services.referrals.create(midwife, pregnancy_id, referral_data(dest, reason="  "))
    assert "reason" in caught.value.messages
    with pytest.raises(ValidationError) as caught:
        services.referrals.create(midwife, pregnancy_id, referral_data(dest, basis="meldcode"))
    assert "legal_ground" in caught.value.messages
    with pytest.raises(ValidationError) as caught:
        services.referrals.create(midwife, pregnancy_id, referral_data(99999))
    assert "destination_id" in caught.value.messages
    assert count(services, ReferralRow) == 0


# --- the consent gate -------------------------------------------------------------------------------------
def test_no_letter_without_consent_nor_after_a_refusal(services: Services, midwife: Actor,
                                                        case: dict[str, int]) -> None:
    with pytest.raises(Conflict, match="toestemming"):
        services.referrals.make_letter(midwife, case["referral"])
    services.referrals.record_consent(midwife, case["referral"], consent_data(granted=False, **{
        k: False for k in ALL_PARTS}))
    with pytest.raises(Conflict, match="geen toestemming"):
        services.referrals.make_letter(midwife, case["referral"])
    assert count(services, LetterRow) == 0
    view = services.referrals.get(midwife, case["referral"])
    assert not view.may_produce_letter


def test_consent_needs_parts_and_an_explanation(services: Services, midwife: Actor, case: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        services.referrals.record_consent(midwife, case["referral"], consent_data(**{k: False for k in ALL_PARTS}))
    assert "parts" in caught.value.messages
    with pytest.raises(ValidationError) as caught:
        services.referrals.record_consent(midwife, case["referral"], consent_data(explained=""))
    assert "explained" in caught.value.messages
    assert count(services, ConsentRow) == 0


def test_withdrawn_consent_blocks_new_letters_and_reprints(services: Services, midwife: Actor,
                                                           case: dict[str, int]) -> None:
    services.referrals.record_consent(midwife, case["referral"], consent_data())
    letter = services.referrals.make_letter(midwife, case["referral"])
    assert services.referrals.release_letter(midwife, letter.info.id, "afdrukken") == letter.pdf
    services.referrals.withdraw_consent(midwife, case["referral"], TODAY, "Wil het zelf regelen")
    with pytest.raises(Conflict, match="ingetrokken"):
        services.referrals.release_letter(midwife, letter.info.id, "afdrukken")
    with pytest.raises(Conflict, match="ingetrokken"):
        services.referrals.release_letter(midwife, letter.info.id, "opslaan")
    with pytest.raises(Conflict, match="ingetrokken"):
        services.referrals.make_letter(midwife, case["referral"])
    # the archive itself stays readable for the dossier
    assert services.referrals.letter(midwife, letter.info.id).pdf == letter.pdf
    with pytest.raises(Conflict):
        services.referrals.withdraw_consent(midwife, case["referral"], TODAY)


def test_a_narrower_new_consent_does_not_cover_an_older_fuller_letter(services: Services, midwife: Actor,
                                                                      case: dict[str, int]) -> None:
    services.referrals.record_consent(midwife, case["referral"], consent_data())
    old = services.referrals.make_letter(midwife, case["referral"])
    services.referrals.record_consent(midwife, case["referral"], consent_data(share_domains=False))
    with pytest.raises(Conflict, match="nieuwe brief"):
        services.referrals.release_letter(midwife, old.info.id)
    new = services.referrals.make_letter(midwife, case["referral"])
    assert ConsentPart.DOMAINS not in new.info.parts
    assert services.referrals.release_letter(midwife, new.info.id) == new.pdf


# --- the letter holds exactly the consented parts -----------------------------------------------------------
PART_MARKERS = {
    "share_identification": ["111222333", "12-03-1994", "Anouk"],
    "share_contact": ["Alleen bellen na 18.00 uur", "Arabisch", "Teststraat 1"],
    "share_pregnancy": ["01-04-2027", "Zwangerschap"],
    "share_domains": ["Gesignaleerde domeinen", "Schulden"],
    "share_protective": ["Beschermende factoren"],
    "share_notes": ["vrouwelijke hulpverlener"],
}


@pytest.mark.parametrize("shared", [
    set(PART_MARKERS),
    {"share_identification"},
    {"share_contact", "share_pregnancy"},
    {"share_domains", "share_protective", "share_notes"},
    {"share_identification", "share_domains"},
])
def test_letter_has_every_consented_part_and_no_other(services: Services, midwife: Actor, case: dict[str, int],
                                                      shared: set[str]) -> None:
    services.referrals.record_consent(midwife, case["referral"], consent_data(
        **{k: (k in shared) for k in ALL_PARTS}))
    letter = services.referrals.make_letter(midwife, case["referral"])
    text = flat(pdf_text(letter.pdf))
    for part, markers in PART_MARKERS.items():
        for marker in markers:
            assert (marker in text) == (part in shared), (part, marker)
    # always: the referral itself, her hulpvraag, the sender, the page numbers and the confidentiality line
    assert "Zorgen over geldzaken" in text and "hulp bij mijn schulden" in text
    assert "Mila Verloskundige" in text and "pagina 1 van" in text and "Vertrouwelijk" in text
    assert "De Testhoek" in text and "03012345" in text


def test_archive_keeps_the_exact_bytes_and_their_hash(services: Services, midwife: Actor,
                                                      case: dict[str, int]) -> None:
    services.referrals.record_consent(midwife, case["referral"], consent_data())
    made = services.referrals.make_letter(midwife, case["referral"])
    assert made.info.sha256 == hashlib.sha256(made.pdf).hexdigest()
    reopened = services.referrals.letter(midwife, made.info.id)
    assert reopened.pdf == made.pdf and reopened.info.sha256 == made.info.sha256
    # same referral, same day: the renderer is deterministic, so a second letter has the same hash
    again = services.referrals.make_letter(midwife, case["referral"])
    assert again.info.sha256 == made.info.sha256
    assert [x.id for x in services.referrals.get(midwife, case["referral"]).letters] == [made.info.id, again.info.id]


def test_meldcode_report_records_its_legal_ground_instead_of_consent(services: Services, midwife: Actor) -> None:
    _client, pregnancy_id, assessment_id = setup_case(services, midwife)
    dest = destination(services, midwife, municipality=None, kind="veilig_thuis", name="Veilig Thuis Regio")
    referral = services.referrals.create(midwife, pregnancy_id, referral_data(
        dest, assessment_id, basis="meldcode", legal_ground="Meldcode stap 5: melden is noodzakelijk."))
    with pytest.raises(Conflict):
        services.referrals.record_consent(midwife, referral.id, consent_data())
    letter = services.referrals.make_letter(midwife, referral.id)
    text = flat(pdf_text(letter.pdf))
    assert "meldcode" in text and "melden is noodzakelijk" in text
    assert services.referrals.list(midwife)[0].consent_state == "meldcode"


# --- follow-up --------------------------------------------------------------------------------------------
def test_status_history_with_route_date_and_user(services: Services, midwife: Actor, case: dict[str, int]) -> None:
    rid = case["referral"]
    with pytest.raises(Conflict):  # not sent without consent
        services.referrals.set_status(midwife, rid, {"status": "verstuurd", "on_date": TODAY, "via": "post"})
    services.referrals.record_consent(midwife, rid, consent_data())
    with pytest.raises(ValidationError) as caught:
        services.referrals.set_status(midwife, rid, {"status": "verstuurd", "on_date": TODAY})
    assert "via" in caught.value.messages
    with pytest.raises(ValidationError, match="brief"):
        services.referrals.set_status(midwife, rid, {"status": "verstuurd", "on_date": TODAY, "via": "post"})
    services.referrals.make_letter(midwife, rid)
    services.referrals.set_status(midwife, rid, {"status": "verstuurd", "on_date": TODAY,
                                                 "via": "beveiligde_email"})
    with pytest.raises(ValidationError) as caught:
        services.referrals.set_status(midwife, rid, {"status": "aangemaakt", "on_date": TODAY})
    assert "status" in caught.value.messages
    services.referrals.set_status(midwife, rid, {"status": "contact", "on_date": TODAY, "note": "Huisbezoek gepland"})
    with pytest.raises(ValidationError) as caught:
        services.referrals.set_status(midwife, rid, {"status": "afgesloten", "on_date": TODAY})
    assert "note" in caught.value.messages
    view = services.referrals.set_status(midwife, rid, {"status": "afgesloten", "on_date": TODAY,
                                                        "note": "Begeleiding door JGZ gestart"})
    assert [h.status for h in view.history] == [ReferralStatus.CREATED, ReferralStatus.SENT,
                                                ReferralStatus.CONTACT, ReferralStatus.CLOSED]
    assert all(h.changed_by == "Mila Verloskundige" and h.on_date == TODAY for h in view.history)
    assert view.sent_via is SendRoute.SECURE_EMAIL and view.outcome == "Begeleiding door JGZ gestart"


def test_a_phone_referral_needs_no_letter_but_still_consent(services: Services, midwife: Actor,
                                                            case: dict[str, int]) -> None:
    services.referrals.record_consent(midwife, case["referral"], consent_data())
    view = services.referrals.set_status(midwife, case["referral"], {"status": "verstuurd", "on_date": TODAY,
                                                                    "via": "telefonisch"})
    assert view.status is ReferralStatus.SENT and not view.letters


def _sent_referral(services: Services, midwife: Actor, pregnancy_id: int, dest: int, sent: dt.date) -> int:
    rid = services.referrals.create(midwife, pregnancy_id, referral_data(dest), today=sent).id
    services.referrals.record_consent(midwife, rid, consent_data(asked_on=sent))
    services.referrals.set_status(midwife, rid, {"status": "verstuurd", "on_date": sent, "via": "telefonisch"})
    return rid


def test_worklist_of_referrals_without_feedback_after_the_term(services: Services, midwife: Actor) -> None:
    _client, pregnancy_id, _assessment = setup_case(services, midwife)
    dest = destination(services, midwife)
    old = _sent_referral(services, midwife, pregnancy_id, dest, TODAY - dt.timedelta(days=20))
    recent = _sent_referral(services, midwife, pregnancy_id, dest, TODAY - dt.timedelta(days=5))
    answered = _sent_referral(services, midwife, pregnancy_id, dest, TODAY - dt.timedelta(days=30))
    services.referrals.set_status(midwife, answered, {"status": "contact", "on_date": TODAY})
    assert services.referrals.overdue_days(midwife) == 14
    overdue = services.referrals.overdue(midwife)
    assert [r.id for r in overdue] == [old] and overdue[0].days_waiting() == 20
    services.referrals.set_overdue_days(midwife, 3)
    assert [r.id for r in services.referrals.overdue(midwife)] == [old, recent]
    with pytest.raises(ValidationError):
        services.referrals.set_overdue_days(midwife, 0)
    assert services.referrals.overdue_days(midwife) == 3


def test_funnel_counts_each_step_in_the_period(services: Services, midwife: Actor) -> None:
    _client, pregnancy_id, _assessment = setup_case(services, midwife)
    _client2, pregnancy2, _a2 = setup_case(services, midwife, bsn="", bsn_missing_reason="Nog niet bekend",
                                           id_document_type="geen", id_document_number="", surname="Jansen")
    dest = destination(services, midwife)
    asked_only = services.referrals.create(midwife, pregnancy2, referral_data(dest)).id
    services.referrals.record_consent(midwife, asked_only, consent_data(granted=False, **{
        k: False for k in ALL_PARTS}))
    contact = _sent_referral(services, midwife, pregnancy_id, dest, TODAY)
    services.referrals.set_status(midwife, contact, {"status": "contact", "on_date": TODAY})
    _sent_referral(services, midwife, pregnancy_id, dest, TODAY)  # a second referral: still one pregnancy
    _client3, pregnancy3, _a3 = setup_case(services, midwife, bsn="", bsn_missing_reason="Nog niet bekend",
                                           id_document_type="geen", id_document_number="", surname="Smit")
    services.referrals.create(midwife, pregnancy3, referral_data(  # a meldcode report is not the voluntary route
        dest, basis="meldcode", legal_ground="Meldcode stap 5"))
    funnel = services.referrals.funnel(midwife, TODAY - dt.timedelta(days=30), TODAY)
    assert (funnel.signalled, funnel.consent_asked, funnel.consent_given, funnel.referred, funnel.contact) == (
        3, 2, 1, 1, 1)
    empty = services.referrals.funnel(midwife, TODAY - dt.timedelta(days=90), TODAY - dt.timedelta(days=60))
    assert [n for _label, n in empty.steps()] == [0, 0, 0, 0, 0]


def test_every_code_has_its_own_dutch_label() -> None:
    from ksdesk.services.referrals import Basis, ConsentForm, DestinationKind

    for codes in (DestinationKind, Basis, ReferralStatus, SendRoute, ConsentForm, ConsentPart):
        labels = [code.label for code in codes]
        assert len(set(labels)) == len(labels), codes
    # "contact" is a value in two lists; each keeps its own label
    assert ReferralStatus.CONTACT.label == "Contact gelegd" and ConsentPart.CONTACT.label == "contactgegevens"


# --- audit and destruction -----------------------------------------------------------------------------------
def test_every_read_and_write_is_logged_with_the_client(services: Services, midwife: Actor,
                                                        case: dict[str, int]) -> None:
    services.referrals.record_consent(midwife, case["referral"], consent_data())
    letter = services.referrals.make_letter(midwife, case["referral"])
    services.referrals.release_letter(midwife, letter.info.id, "opslaan")
    services.referrals.get(midwife, case["referral"])
    with services.store.sessions() as session:
        rows = session.scalars(select(AuditRow).where(AuditRow.event.like("referral.%"))).all()
    events = {r.event: r for r in rows}
    assert {"referral.create", "referral.consent", "referral.letter", "referral.letter_save",
            "referral.open"} <= set(events)
    assert all(events[e].client_id == case["client"] for e in ("referral.create", "referral.letter",
                                                                "referral.letter_save", "referral.open"))
    assert events["referral.letter"].check_consent


def test_destroying_the_dossier_takes_referrals_consents_letters_and_history(
        services: Services, midwife: Actor, admin: Actor, case: dict[str, int]) -> None:
    services.referrals.record_consent(midwife, case["referral"], consent_data())
    services.referrals.make_letter(midwife, case["referral"])
    assert count(services, LetterRow) == 1
    services.clients.destroy(admin, case["client"], "Op verzoek van de cliënte (WGBO 7:455)")
    for row in (ReferralRow, ConsentRow, LetterRow, StatusChangeRow):
        assert count(services, row) == 0, row
    assert len(services.address_book.list(admin)) == 1  # the destination is the practice's, not hers
