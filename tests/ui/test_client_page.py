"""The client page: create and edit through the form, inline Dutch messages, pregnancies, unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ksdesk.records.enums import DueDateSource, PregnancyStatus
from tests.conftest import client_data, pregnancy_data

NEW_CLIENT = {
    "given_names": "Lieke Johanna", "surname_prefix": "van", "surname": "Dijk", "date_of_birth": "05-06-1996",
    "bsn": "111222333", "id_document_type": "identiteitskaart", "id_document_number": "IR12AB345",
    "street": "Molenweg 8", "postcode": "5611 AB", "city": "Eindhoven", "municipality": "Eindhoven",
    "phone": "06 87654321", "email": "lieke@example.org",
}


def _new_client_page(make_window, actor):
    window = make_window(actor)
    window.new_client_action.trigger()
    assert window.clients_stack.currentWidget() is window.client_page
    return window, window.client_page


def test_create_client_through_the_form(qtbot, make_window, services, midwife) -> None:
    _window, page = _new_client_page(make_window, midwife)
    assert page.client_save_button.text() == "Cliënte aanmaken"
    assert page.tabs.isTabVisible(page.tabs.indexOf(page.pregnancy_tab)) is False
    page.client_fields.set_values(NEW_CLIENT)
    qtbot.keyClicks(page.client_fields.widgets["preferred_name"], "Lies")
    qtbot.mouseClick(page.client_save_button, Qt.MouseButton.LeftButton)
    found = services.clients.search(midwife, "dijk")
    assert [c.name for c in found] == ["Lies van Dijk"]
    stored = services.clients.get(midwife, found[0].id)
    assert stored.bsn == "111222333" and stored.postcode == "5611AB" and stored.phone == "+31687654321"
    assert page.client_id == found[0].id
    assert page.name_label.text() == "Lies van Dijk"
    assert page.client_save_button.text() == "Opslaan"
    assert page.tabs.currentWidget() is page.pregnancy_tab
    assert not page.is_dirty()


def test_invalid_bsn_shows_the_message_and_stores_nothing(qtbot, make_window, services, midwife) -> None:
    _window, page = _new_client_page(make_window, midwife)
    page.client_fields.set_values({**NEW_CLIENT, "bsn": "123456789"})
    page.save_client()
    assert page.client_fields.error_text("bsn") == "Dit BSN klopt niet (de elfproef faalt)."
    assert "rood" in page.client_message.text()
    assert "border" in page.client_fields.widgets["bsn"].styleSheet()
    assert page.client_fields.error_text("surname") == ""
    assert services.clients.count(midwife, "") == 0
    assert page.client_id is None


def test_missing_fields_get_their_own_messages(qtbot, make_window, services, midwife) -> None:
    _window, page = _new_client_page(make_window, midwife)
    page.client_fields.set_values({"given_names": "Eva", "date_of_birth": "31-02-1990"})
    page.save_client()
    assert page.client_fields.error_text("surname") == "Verplicht veld."
    assert page.client_fields.error_text("date_of_birth") == "Geen geldige datum; gebruik dd-mm-jjjj."
    assert services.clients.count(midwife, "") == 0


def test_a_field_is_checked_when_you_leave_it(qtbot, make_window, midwife) -> None:
    window, page = _new_client_page(make_window, midwife)
    window.show()
    qtbot.waitExposed(window)
    postcode = page.client_fields.widgets["postcode"]
    postcode.setFocus()
    qtbot.keyClicks(postcode, "12")
    page.client_fields.finished.emit("postcode")
    qtbot.waitUntil(lambda: page.client_fields.error_text("postcode") != "", timeout=2000)
    assert "postcode" in page.client_fields.error_text("postcode").lower()
    assert page.client_fields.error_text("surname") == ""  # not touched yet: no message
    qtbot.keyClicks(postcode, "34 AB")
    qtbot.waitUntil(lambda: page.client_fields.error_text("postcode") == "", timeout=2000)


def test_edit_an_existing_client(qtbot, make_window, services, midwife) -> None:
    client = services.clients.create(midwife, client_data())
    window = make_window(midwife)
    window.open_client(client.id)
    page = window.client_page
    assert page.fact_values["bsn"].text() == "111222333"
    assert page.fact_values["date_of_birth"].text() == "12-03-1994"
    page.client_fields.set_value("city", "Heerlen")
    page.client_fields.edited.emit("city")
    assert page.is_dirty()
    page.save_client()
    assert services.clients.get(midwife, client.id).city == "Heerlen"
    assert not page.is_dirty()


def test_duplicate_bsn_from_the_service_is_shown_at_the_field(qtbot, make_window, services, midwife) -> None:
    services.clients.create(midwife, client_data())
    _window, page = _new_client_page(make_window, midwife)
    page.client_fields.set_values({**NEW_CLIENT, "bsn": "111222333"})
    page.save_client()
    assert page.client_fields.error_text("bsn") == "Er is al een cliënte met dit BSN."
    assert services.clients.count(midwife, "") == 1


def test_conflict_is_reported(qtbot, make_window, services, midwife, assistant, dialog_recorder) -> None:
    client = services.clients.create(midwife, client_data())
    window = make_window(midwife)
    window.open_client(client.id)
    services.clients.update(assistant, client.id, client_data(city="Sittard"))
    window.client_page.client_fields.set_value("city", "Heerlen")
    assert not window.client_page.save_client()
    assert dialog_recorder.names() == ["error"]
    assert "intussen" in dialog_recorder.texts()[0]
    assert services.clients.get(midwife, client.id).city == "Sittard"


def test_add_and_change_a_pregnancy(qtbot, make_window, services, midwife) -> None:
    client = services.clients.create(midwife, client_data())
    window = make_window(midwife)
    window.open_client(client.id)
    page = window.client_page
    assert page.pregnancy_save_button.text() == "Zwangerschap toevoegen"
    page.pregnancy_fields.set_values({"due_date": "01-04-2027", "gravida": 2, "para": 1,
                                      "wants_centering": True})
    assert page.save_pregnancy()
    stored = services.clients.get(midwife, client.id).pregnancies
    assert len(stored) == 1 and stored[0].gravida == 2 and stored[0].wants_centering
    assert page.fact_values["due_date"].text() == "01-04-2027"
    assert page.pregnancy_list.count() == 1
    # a dating scan moves the ATD: the change is kept in the history
    page.pregnancy_fields.set_values({"due_date": "05-04-2027", "due_date_source": DueDateSource.DATING_SCAN})
    assert page.pregnancy_save_button.text() == "Opslaan"
    assert page.save_pregnancy()
    stored = services.clients.get(midwife, client.id).pregnancies
    assert len(stored) == 1 and len(stored[0].due_date_history) == 2
    assert page.history_table.rowCount() == 2
    assert page.history_table.item(0, 0).text() == "05-04-2027"
    assert page.history_table.item(0, 1).text() == "Termijnecho"
    # changed_at is stored in UTC (naive); the table shows Dutch local time
    import datetime as dt
    from zoneinfo import ZoneInfo

    newest = max(stored[0].due_date_history, key=lambda c: c.changed_at)
    dutch = newest.changed_at.replace(tzinfo=dt.UTC).astimezone(ZoneInfo("Europe/Amsterdam"))
    assert page.history_table.item(0, 2).text() == dutch.strftime("%d-%m-%Y %H:%M")


def test_local_time_is_dutch_time() -> None:
    import datetime as dt

    from ksdesk.ui.widgets import local_time

    assert local_time(dt.datetime(2026, 11, 27, 13, 5, 9)) == "27-11-2026 14:05"  # winter: UTC+1
    assert local_time("2026-07-01T22:30:00Z") == "02-07-2026 00:30"  # summer: UTC+2, next day


def test_invalid_pregnancy_shows_messages(qtbot, make_window, services, midwife) -> None:
    client = services.clients.create(midwife, client_data())
    window = make_window(midwife)
    window.open_client(client.id)
    page = window.client_page
    page.pregnancy_fields.set_values({"due_date": "01-04-2027", "gravida": 1, "para": 1,
                                      "status": PregnancyStatus.DELIVERED})
    assert not page.save_pregnancy()
    messages = {name: page.pregnancy_fields.error_text(name) for name in ("para", "status_date", "birth_date")}
    assert messages["para"] == "Para moet kleiner zijn dan gravida."
    assert services.clients.get(midwife, client.id).pregnancies == ()


def test_pregnancies_are_listed_newest_first(qtbot, make_window, services, midwife) -> None:
    client = services.clients.create(midwife, client_data())
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data(
        due_date="03-05-2022", status="bevallen", status_date="01-05-2022", birth_date="01-05-2022"))
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data(gravida=2, para=1))
    window = make_window(midwife)
    window.open_client(client.id)
    page = window.client_page
    texts = [page.pregnancy_list.item(i).text() for i in range(page.pregnancy_list.count())]
    assert texts[0].startswith("À terme 01-04-2027 · Lopend")
    assert texts[1].startswith("À terme 03-05-2022 · Bevallen")
    assert page.status_chip.text() == "Lopend"


def test_unsaved_changes_are_asked_about(qtbot, make_window, services, midwife, dialog_recorder) -> None:
    first = services.clients.create(midwife, client_data())
    second = services.clients.create(midwife, client_data(given_names="Fenna", surname_prefix="",
                                                          surname="Bos", bsn="", bsn_missing_reason="Onbekend",
                                                          id_document_type="geen", id_document_number=""))
    window = make_window(midwife)
    window.open_client(first.id)
    page = window.client_page
    page.client_fields.set_value("city", "Heerlen")
    dialog_recorder.unsaved_answer = "cancel"
    window.open_client(second.id)
    assert page.client_id == first.id and page.client_fields.value("city") == "Heerlen"
    dialog_recorder.unsaved_answer = "save"
    window.open_client(second.id)
    assert page.client_id == second.id
    assert services.clients.get(midwife, first.id).city == "Heerlen"
    page.client_fields.set_value("city", "Venlo")
    dialog_recorder.unsaved_answer = "discard"
    page.back_button.click()
    assert window.clients_stack.currentWidget() is window.client_list
    assert services.clients.get(midwife, second.id).city == "Maastricht"
    assert dialog_recorder.names() == ["ask_unsaved"] * 3


def test_search_keeps_unsaved_edits(qtbot, make_window, services, midwife, dialog_recorder) -> None:
    client = services.clients.create(midwife, client_data())
    window = make_window(midwife)
    window.open_client(client.id)
    window.client_page.client_fields.set_value("city", "Heerlen")
    qtbot.keyClicks(window.search_field, "vr")
    assert window.clients_stack.currentWidget() is window.client_list
    window.open_client(client.id)
    assert window.client_page.client_fields.value("city") == "Heerlen"
    assert dialog_recorder.calls == []
    window.client_list.cancel_pending()


def test_closing_with_unsaved_changes_can_be_cancelled(qtbot, make_window, midwife, dialog_recorder) -> None:
    window, page = _new_client_page(make_window, midwife)
    window.show()
    page.client_fields.set_value("surname", "Bos")
    dialog_recorder.unsaved_answer = "cancel"
    assert not window.close()
    assert window.isVisible()
    dialog_recorder.unsaved_answer = "discard"
    assert window.close()


def _ctrl_s(qtbot, widget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_s_saves_the_client_form_and_the_pregnancy_form(qtbot, make_window, services, midwife) -> None:
    client = services.clients.create(midwife, client_data())
    window = make_window(midwife)
    window.show()
    window.open_client(client.id)
    page = window.client_page
    city = page.client_fields.widgets["city"]
    city.setText("Heerlen")
    page.client_fields.edited.emit("city")
    _ctrl_s(qtbot, city)
    assert services.clients.get(midwife, client.id).city == "Heerlen" and not page.is_dirty()

    page.tabs.setCurrentWidget(page.pregnancy_tab)
    page.pregnancy_fields.set_values({"due_date": "01-04-2027", "gravida": 2, "para": 1})
    _ctrl_s(qtbot, page.pregnancy_fields.widgets["gravida"])
    stored = services.clients.get(midwife, client.id).pregnancies
    assert len(stored) == 1 and stored[0].gravida == 2
