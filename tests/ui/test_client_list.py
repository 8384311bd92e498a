"""The client list: lazy paging, search-as-you-type with a debounce, the count line and empty states."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from ksdesk.ui.client_list import ClientTableModel
from tests.conftest import client_data, pregnancy_data
from tests.ui.conftest import no_bsn_client

SURNAMES = ("Aalbers", "Bosman", "Claes", "Dekker", "Evers", "Frissen", "Gerritsen")


def _create_clients(services, actor, count: int) -> None:
    for index in range(count):
        services.clients.create(actor, no_bsn_client(
            given_names=f"Test{index}", surname_prefix="", surname=SURNAMES[index],
            date_of_birth=f"0{index + 1}-01-1990", postcode=f"10{index + 10}CD"))


def test_model_fetches_more_pages_when_asked(qtbot, services, midwife) -> None:
    _create_clients(services, midwife, 7)
    model = ClientTableModel(services, midwife, page_size=3)
    model.set_query("")
    assert model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 6
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 7
    assert not model.canFetchMore(QModelIndex())
    assert [model.summary(i).name.split()[1] for i in range(7)] == list(SURNAMES)


def test_columns_show_dates_and_gestational_age(services, midwife) -> None:
    client = services.clients.create(midwife, client_data())
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    model = ClientTableModel(services, midwife)
    model.set_query("vries")
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    age = pregnancy.gestational_age()
    assert row == ["Anouk de Vries", "12-03-1994", "111222333", "6211 AB", "01-04-2027",
                   str(age) if age else ""]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Naam", "Geboortedatum", "BSN", "Postcode", "À terme datum", "Amenorroeduur"]


def test_view_scrolling_loads_the_next_page(qtbot, make_window, services, midwife) -> None:
    _create_clients(services, midwife, 7)
    window = make_window(midwife)
    model = window.client_list.model
    model.page_size = 3
    model.set_query("")
    window.show()
    qtbot.waitExposed(window)
    window.client_list.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=3000)


def test_typing_runs_one_search_per_pause(qtbot, make_window, services, midwife, monkeypatch) -> None:
    _create_clients(services, midwife, 3)
    services.clients.create(midwife, client_data())
    window = make_window(midwife)
    window.show_section("vandaag")
    calls: list[str] = []
    real_search = services.clients.search

    def counting_search(actor, query="", **kwargs):
        calls.append(query)
        return real_search(actor, query, **kwargs)

    monkeypatch.setattr(services.clients, "search", counting_search)
    qtbot.keyClicks(window.search_field, "Vries")
    assert window.current_section() == "clients"
    assert calls == []  # nothing while typing
    qtbot.waitUntil(lambda: calls == ["Vries"], timeout=2000)
    assert window.client_list.model.rowCount() == 1
    assert window.client_list.count_label.text() == "1 cliënte gevonden voor ‘Vries’"


def test_search_by_date_of_birth_bsn_and_postcode(qtbot, make_window, services, midwife) -> None:
    _create_clients(services, midwife, 2)
    services.clients.create(midwife, client_data())
    window = make_window(midwife)
    page = window.client_list
    for query in ("12-03-1994", "111222333", "6211 AB"):
        page.schedule_query(query)
        page.flush_query()
        assert [page.model.summary(i).name for i in range(page.model.rowCount())] == ["Anouk de Vries"]


def test_empty_states_say_what_to_do(qtbot, make_window, services, midwife) -> None:
    window = make_window(midwife)
    page = window.client_list
    page.refresh()
    assert page.stack.currentWidget() is page.empty_widget
    assert "Nieuwe cliënte" in page.empty_label.text()
    assert page.count_label.text() == "0 cliënten"
    services.clients.create(midwife, client_data())
    page.schedule_query("nobody-like-this")
    page.flush_query()
    assert "Geen cliënte gevonden" in page.empty_label.text()
    page.schedule_query("")
    page.flush_query()
    assert page.stack.currentWidget() is page.table
    assert page.count_label.text() == "1 cliënte"


def test_enter_in_search_opens_the_client(qtbot, make_window, services, midwife) -> None:
    client = services.clients.create(midwife, client_data())
    window = make_window(midwife)
    qtbot.keyClicks(window.search_field, "anouk")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.clients_stack.currentWidget() is window.client_page
    assert window.client_page.client_id == client.id
    assert window.client_page.name_label.text() == "Anouk de Vries"


def test_double_click_opens_the_client(qtbot, make_window, services, midwife) -> None:
    client = services.clients.create(midwife, client_data())
    window = make_window(midwife)
    window.show_section("clients")
    table = window.client_list.table
    table.doubleClicked.emit(window.client_list.model.index(0, 0))
    assert window.client_page.client_id == client.id


def _click_header(qtbot, table, column: int) -> None:
    from PySide6.QtCore import QPoint

    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_header_clicks_sort_on_the_server(qtbot, make_window, services, midwife) -> None:
    _create_clients(services, midwife, 7)
    window = make_window(midwife)
    window.show()
    qtbot.waitExposed(window)
    page = window.client_list
    page.model.page_size = 3  # sorted by the services: the first page is already in order
    page.refresh()

    def surnames() -> list[str]:
        return [page.model.summary(i).name.split()[1] for i in range(page.model.rowCount())]

    assert surnames()[:3] == ["Aalbers", "Bosman", "Claes"]
    _click_header(qtbot, page.table, ClientTableModel.NAME)  # second click on Naam: descending
    assert page.model.descending and surnames()[:3] == ["Gerritsen", "Frissen", "Evers"]
    _click_header(qtbot, page.table, ClientTableModel.POSTCODE)
    assert page.model.order_by == "postcode"
    postcodes = [page.model.summary(i).postcode for i in range(page.model.rowCount())]
    assert postcodes == sorted(postcodes) or postcodes == sorted(postcodes, reverse=True)
    _click_header(qtbot, page.table, ClientTableModel.DATE_OF_BIRTH)
    births = [page.model.summary(i).date_of_birth for i in range(page.model.rowCount())]
    assert births in (sorted(births), sorted(births, reverse=True))
    state = (page.model.order_by, page.model.descending)
    header = page.table.horizontalHeader()
    _click_header(qtbot, page.table, ClientTableModel.DUE_DATE)  # not sortable: nothing changes
    assert (page.model.order_by, page.model.descending) == state
    assert header.sortIndicatorSection() == ClientTableModel.DATE_OF_BIRTH
    _click_header(qtbot, page.table, ClientTableModel.BSN)
    assert page.model.order_by == "bsn"
