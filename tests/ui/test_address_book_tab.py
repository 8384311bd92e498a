"""Beheer › Adresboek: the shipped gemeenten, adding and changing destinations, inline errors, read-only roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui.address_book_tab import AddressBookTab


def _tab(qtbot: Any, services: Services, actor: Actor) -> AddressBookTab:
    tab = AddressBookTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def test_beheerder_adds_a_destination_for_a_gemeente(qtbot: Any, services: Services, admin: Actor) -> None:
    tab = _tab(qtbot, services, admin)
    assert tab.filter.count() == 18  # all, region, and the 16 gemeenten of Zuid-Limburg
    assert tab.empty.isVisible() and not tab.table.isVisible()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    tab.municipality.setCurrentIndex(tab.municipality.findData("Kerkrade"))
    tab.fields.widgets["secure_email"].setText("geen adres")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.fields.error_text("name") and tab.fields.error_text("secure_email")
    assert services.address_book.list(admin) == []

    qtbot.keyClicks(tab.fields.widgets["name"], "Wijkteam Kerkrade")
    tab.kind.setCurrentIndex(1)
    tab.fields.widgets["secure_email"].setText("wijkteam@example.com")
    assert tab.is_dirty()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    stored = services.address_book.list(admin)
    assert [(d.name, d.municipality, d.kind.value) for d in stored] == [("Wijkteam Kerkrade", "Kerkrade", "wijkteam")]
    assert tab.table.rowCount() == 1 and not tab.is_dirty()

    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert services.address_book.list(admin) == []  # inactive: no longer offered


def test_practice_adds_a_gemeente(qtbot: Any, services: Services, midwife: Actor) -> None:
    tab = _tab(qtbot, services, midwife)
    tab.new_municipality.setText("Echt-Susteren")
    assert tab.add_municipality()
    assert tab.filter.findData("Echt-Susteren") >= 0
    tab.new_municipality.setText("echt-susteren")
    assert not tab.add_municipality()
    assert "staat er al in" in tab.message.text()


def test_assistant_reads_the_address_book_without_changing_it(qtbot: Any, services: Services, admin: Actor,
                                                              assistant: Actor) -> None:
    services.address_book.create(admin, {"kind": "jgz", "name": "JGZ Voorbeeld", "municipality": "Heerlen"})
    tab = _tab(qtbot, services, assistant)
    assert tab.table.rowCount() == 1
    assert not tab.save_button.isVisible() and not tab.new_button.isVisible()
    assert not tab.municipality_row.isVisible()
    tab.table.selectRow(0)
    assert tab.fields.widgets["name"].text() == "JGZ Voorbeeld"
