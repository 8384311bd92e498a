"""From the client page to Signalering: the per-pregnancy button and the chip with the latest final level."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from ksdesk.services import Services
from ksdesk.services.context import Actor
from tests.conftest import pregnancy_data
from tests.ui.conftest import no_bsn_client
from tests.ui.test_screening_page import _shot


def test_button_opens_the_pregnancy_in_signalering(qtbot: Any, make_window: Any, services: Services,
                                                   midwife: Actor) -> None:
    client = services.clients.create(midwife, no_bsn_client(given_names="Noor", surname_prefix="",
                                                             surname="Voorbeeld"))
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    services.screening.create(midwife, pregnancy.id, {
        "kind": "intake", "assessed_on": dt.date.today() - dt.timedelta(days=5),
        "risks": ["schulden", "werkloosheid", "stress"], "protective": []})
    window = make_window(midwife)
    window.open_client(client.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.pregnancy_tab)
    assert page.screening_row.isVisibleTo(page)
    assert page.screening_chip.text() == "Kwetsbaar"
    assert page.screening_decision_chip.isVisibleTo(page)  # kwetsbaar, no doorgeleiding decision yet
    assert page.screening_decision_chip.text() == "besluit doorgeleiding nodig"
    assert not page.screening_meldcode_chip.isVisibleTo(page)
    window.resize(1400, 850)
    _shot(page, "client_page_button")
    with qtbot.waitSignal(page.screening_requested) as signal:
        qtbot.mouseClick(page.screening_button, Qt.MouseButton.LeftButton)
    assert signal.args == [pregnancy.id]
    assert window.current_section() == "signalling"
    screening = window.screening_page
    assert screening.stack.currentWidget() is screening.editor
    assert screening.dossier is not None and screening.dossier.pregnancy_id == pregnancy.id
    assert screening.history.rowCount() == 1


def test_no_button_for_the_assistant(qtbot: Any, make_window: Any, services: Services, midwife: Actor,
                                     assistant: Actor) -> None:
    client = services.clients.create(midwife, no_bsn_client())
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    window = make_window(assistant)
    window.open_client(client.id)
    page = window.client_page
    assert page.selected_pregnancy is not None or page.pregnancy_list.count() == 1
    assert not page.screening_row.isVisibleTo(page)


def test_the_chip_row_shows_an_open_meldcode(qtbot: Any, make_window: Any, services: Services,
                                             midwife: Actor) -> None:
    client = services.clients.create(midwife, no_bsn_client(given_names="Lies", surname_prefix="", surname="Proef"))
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    view = services.screening.create(midwife, pregnancy.id, {
        "kind": "intake", "assessed_on": dt.date.today(), "risks": ["huiselijk_geweld"], "protective": []})
    services.screening.record_decision(midwife, view.id, "wijkteam")
    window = make_window(midwife)
    window.open_client(client.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.pregnancy_tab)
    assert page.screening_chip.text() == "Zeer kwetsbaar (urgent)"
    assert page.screening_meldcode_chip.isVisibleTo(page) and page.screening_meldcode_chip.text() == "meldcode open"
    assert not page.screening_decision_chip.isVisibleTo(page)
