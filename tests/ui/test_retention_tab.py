"""Beheer › Bewaartermijn: the retention list and destroying a dossier on request."""

from __future__ import annotations

from ksdesk.services.audit_log import AuditFilter
from tests.conftest import client_data


def test_beheerder_destroys_a_dossier_after_confirming(qtbot, make_window, services, admin, midwife,
                                                       dialog_recorder) -> None:
    client = services.clients.create(midwife, client_data())
    window = make_window(admin)
    tab = window.admin_page.retention_tab
    assert tab is not None
    tab.client_number.setValue(client.id)
    tab.reason.setText("kort")
    assert not tab.destroy_dossier()
    assert "10 tekens" in tab.message.text()
    assert services.clients.count(midwife) == 1
    dialog_recorder.confirm_answer = False
    tab.reason.setText("Schriftelijk verzoek van de cliënte (WGBO 7:455)")
    assert not tab.destroy_dossier()
    assert services.clients.count(midwife) == 1
    dialog_recorder.confirm_answer = True
    assert tab.destroy_dossier()
    assert services.clients.count(midwife) == 0
    entries = services.audit.entries(admin, AuditFilter(client_id=client.id))
    assert [e.event for e in entries if e.action == "D"] == ["client.destroy"]


def test_retention_tab_is_absent_for_the_midwife(qtbot, make_window, midwife) -> None:
    window = make_window(midwife)
    titles = [window.admin_page.tabs.tabText(i) for i in range(window.admin_page.tabs.count())]
    assert "Bewaartermijn" not in titles


def test_empty_retention_list_says_so(qtbot, make_window, admin) -> None:
    window = make_window(admin)
    tab = window.admin_page.retention_tab
    tab.load()
    assert tab.table.rowCount() == 0
    assert "Geen dossiers" in tab.summary.text()
