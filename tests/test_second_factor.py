"""Second factor (TOTP, recovery codes), the rules that need it, break-glass, and the inzage report."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.services.accounts import LoginFailed, SecondFactorRequired
from ksdesk.services.audit_log import AuditFilter
from ksdesk.services.errors import PermissionDenied, SecondFactorNeeded, ValidationError
from tests.conftest import ADMIN_TOTP_SECRET, PASSWORD, USERS, client_data, pregnancy_data


def test_admin_password_alone_asks_for_the_code(services):
    with pytest.raises(SecondFactorRequired):
        services.accounts.login(USERS[Role.ADMIN][0], PASSWORD)


def test_admin_with_wrong_code_fails_and_counts(services):
    with pytest.raises(LoginFailed):
        services.accounts.login(USERS[Role.ADMIN][0], PASSWORD, "000000" if totp.current_code(
            ADMIN_TOTP_SECRET) != "000000" else "111111")
    entries = [e for e in services.audit.entries(_admin(services)) if e.event == "login"]
    assert any("code tweede factor onjuist" in (e.detail or "") for e in entries)


def _admin(services):
    return services.accounts.login(USERS[Role.ADMIN][0], PASSWORD, totp.current_code(ADMIN_TOTP_SECRET))


def test_enrolment_then_login_with_code_and_recovery_code_once(services, midwife):
    enrolment = services.accounts.begin_totp_enrolment(midwife)
    assert enrolment.qr_png.startswith(b"\x89PNG")
    assert enrolment.uri.startswith("otpauth://totp/")
    with pytest.raises(ValidationError) as bad:
        services.accounts.confirm_totp_enrolment(midwife, enrolment.secret, "12345")
    assert "code" in bad.value.messages
    upgraded, codes = services.accounts.confirm_totp_enrolment(
        midwife, enrolment.secret, totp.current_code(enrolment.secret))
    assert upgraded.second_factor
    assert len(codes) == 10 and all(re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}", c) for c in codes)
    username = USERS[Role.MIDWIFE][0]
    with pytest.raises(SecondFactorRequired):
        services.accounts.login(username, PASSWORD)
    assert services.accounts.login(username, PASSWORD, totp.current_code(enrolment.secret)).second_factor
    # a recovery code works exactly once (typed in capitals without the dash)
    assert services.accounts.login(username, PASSWORD, codes[0].replace("-", "").upper()).second_factor
    with pytest.raises(LoginFailed):
        services.accounts.login(username, PASSWORD, codes[0])


def test_admin_without_second_factor_can_only_enrol(services, admin):
    from dataclasses import replace

    weak = replace(admin, second_factor=False)
    with pytest.raises(SecondFactorNeeded):
        services.staff.create(weak, {"name": "Nieuwe Collega", "discipline": "verloskundige"})
    assert services.accounts.begin_totp_enrolment(weak).secret


def test_reading_the_audit_log_needs_two_factors(services, admin):
    from dataclasses import replace

    with pytest.raises(SecondFactorNeeded):
        services.audit.entries(replace(admin, second_factor=False))
    assert services.audit.entries(admin)


def test_assistant_cannot_read_the_audit_log_even_with_two_factors(services, assistant):
    from dataclasses import replace

    with pytest.raises(PermissionDenied):
        services.audit.entries(replace(assistant, second_factor=True))


def test_break_glass_needs_a_reason_and_is_flagged(services, admin, midwife):
    client = services.clients.create(midwife, client_data())
    with pytest.raises(PermissionDenied):
        services.clients.get(admin, client.id)
    with pytest.raises(ValidationError):
        services.accounts.break_glass(admin, "kort")
    elevated = services.accounts.break_glass(admin, "Spoedoverdracht naar het ziekenhuis, verloskundige onbereikbaar")
    assert services.clients.get(elevated, client.id).id == client.id
    flagged = services.audit.entries(admin, AuditFilter(break_glass_only=True))
    assert {e.event for e in flagged} >= {"break_glass", "client.open"}
    assert all(e.break_glass for e in flagged)


def test_access_report_is_a_pdf_with_embedded_fonts(services, admin, midwife):
    client = services.clients.create(midwife, client_data(given_names="Łucja", surname="Kowalska-Şahin",
                                                          surname_prefix=None))
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    services.clients.get(midwife, client.id)
    today = dt.date.today()
    pdf = services.audit.access_report(admin, client.id, today - dt.timedelta(days=1), today)
    assert pdf.startswith(b"%PDF")
    assert b"/FontFile2" in pdf  # TrueType embedded
    assert b"/Helvetica" not in pdf  # no unembedded base-14 font
    entries = services.audit.entries(admin, AuditFilter(client_id=client.id))
    assert entries[0].event == "audit.access_report"


def test_destroying_a_dossier_keeps_only_a_minimal_log_entry(services, admin, midwife):
    client = services.clients.create(midwife, client_data())
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    with pytest.raises(PermissionDenied):
        services.clients.destroy(midwife, client.id, "Op verzoek van de cliënte (WGBO 7:455)")
    services.clients.destroy(admin, client.id, "Op verzoek van de cliënte (WGBO 7:455)")
    assert services.clients.search(midwife, "vries") == []
    last = services.audit.entries(admin, AuditFilter(client_id=client.id))
    destroyed = [e for e in last if e.event == "client.destroy"]
    assert len(destroyed) == 1 and destroyed[0].action == "D"
    assert services.audit.verify().ok


def test_retention_lists_dossiers_older_than_twenty_years(services, admin, midwife):
    client = services.clients.create(midwife, client_data())
    future = dt.date.today() + dt.timedelta(days=20 * 366)
    assert [c for c, _ in services.clients.due_for_destruction(admin, today=future)] == [client.id]
    assert services.clients.due_for_destruction(admin) == []


def test_log_pages_by_sequence_while_it_grows(services, admin, midwife):
    for n in range(6):
        services.clients.create(midwife, client_data(bsn=None, bsn_missing_reason="demo", id_document_type="geen",
                                                     id_document_number=None, surname=f"Pagina{n}"))
    first = services.audit.entries(admin, limit=4)
    services.clients.search(midwife, "pagina")  # the log grows between two pages
    second = services.audit.entries(admin, limit=4, before_seq=first[-1].seq)
    seqs = [e.seq for e in first + second]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == 8  # no overlap, no gap in order
    assert second[0].seq == first[-1].seq - 1
    reads = [e for e in services.audit.entries(admin, AuditFilter(user_id=admin.user_id), limit=50)
             if e.event == "audit.read"]
    assert len(reads) == 1  # the first page was logged, the next page was not (this read logs after it reads)
