"""Vandaag: the worklists with their counts, and each row leading to where the work is done."""

from __future__ import annotations

import datetime as dt

from ksdesk.ui.today_page import TodayPage
from tests.conftest import pregnancy_data
from tests.ui.conftest import no_bsn_client


def _signalled_pregnancy(services, midwife) -> int:
    client = services.clients.create(midwife, no_bsn_client(surname="Werklijst"))
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    services.screening.create(midwife, pregnancy.id, {"kind": "intake", "assessed_on": dt.date.today(),
                                                      "risks": ["schulden"], "protective": []})
    return pregnancy.id


def test_the_midwife_starts_her_day_on_the_worklists(qtbot, make_window, services, midwife) -> None:
    window = make_window(midwife, backup_check_ms=0)
    assert window.current_section() == "today"
    page = window.today_page
    assert set(page.lists) == {"decisions", "overdue", "sessions", "pool"}
    page.refresh()
    assert page.lists["decisions"].count.text() == "0"
    assert not page.lists["decisions"].empty.isHidden() or page.lists["decisions"].list.count() == 0


def test_a_signalled_pregnancy_without_decision_is_listed_and_opens_signalling(qtbot, make_window, services,
                                                                                midwife) -> None:
    pregnancy_id = _signalled_pregnancy(services, midwife)
    window = make_window(midwife, backup_check_ms=0)
    page = window.today_page
    page.refresh()
    work = page.lists["decisions"]
    assert work.count.text() == "1"
    assert "Werklijst" in work.list.item(0).text()
    work.list.itemActivated.emit(work.list.item(0))
    assert window.current_section() == "signalling"
    del pregnancy_id


def test_the_assistant_sees_centering_lists_only(qtbot, services, assistant) -> None:
    page = TodayPage(services, assistant)
    qtbot.addWidget(page)
    assert set(page.lists) == {"sessions", "pool"}
    page.refresh()
    assert page.lists["pool"].count.text().isdigit()
