"""Beheer › Centering: settings with inline Dutch errors, locations and rooms."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from ksdesk.centering.schedule import SchoolRegion
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui.centering_setup_tab import CenteringSetupTab

SHOTS = os.environ.get("KSDESK_SHOTS")


def _tab(qtbot: Any, services: Services, actor: Actor) -> CenteringSetupTab:
    tab = CenteringSetupTab(services, actor)
    tab.resize(1200, 900)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_settings_are_saved_and_bad_input_is_shown_inline(qtbot: Any, services: Services, admin: Actor,
                                                          dialog_recorder: Any) -> None:
    tab = _tab(qtbot, services, admin)
    assert tab.fields.value("gaps_weeks") == "4, 4, 4, 2, 2, 2, 2, 2"
    assert tab.fields.value("toeslag_amount") == "70,00"
    tab.fields.widgets["min_size"].setValue(11)  # above the target of 10
    tab.fields.widgets["toeslag_amount"].setText("zeventig")
    qtbot.mouseClick(tab.save_settings_button, Qt.MouseButton.LeftButton)
    assert tab.fields.error_text("toeslag_amount") == "Vul een bedrag in, bijvoorbeeld 70,00."
    tab.fields.widgets["toeslag_amount"].setText("73,50")
    qtbot.mouseClick(tab.save_settings_button, Qt.MouseButton.LeftButton)
    assert "gewenste grootte" in tab.settings_message.text()
    assert services.centering.settings(admin).min_size == 8  # nothing written
    tab.fields.widgets["min_size"].setValue(6)
    tab.fields.widgets["gaps_weeks"].setText("4, 4, 4, 4, 2, 2, 2, 2")
    tab.fields.edited.emit("gaps_weeks")
    assert tab.is_dirty()
    qtbot.mouseClick(tab.save_settings_button, Qt.MouseButton.LeftButton)
    saved = services.centering.settings(admin)
    assert saved.min_size == 6 and saved.toeslag_amount_cents == 7350
    assert saved.template.gaps_weeks == (4, 4, 4, 4, 2, 2, 2, 2)
    assert not tab.is_dirty() and "Opgeslagen" in tab.settings_message.text()


def test_unsaved_settings_are_asked_about(qtbot: Any, services: Services, assistant: Actor,
                                          dialog_recorder: Any) -> None:
    tab = _tab(qtbot, services, assistant)
    tab.fields.widgets["max_spread_days"].setValue(35)
    tab.fields.edited.emit("max_spread_days")
    dialog_recorder.unsaved_answer = "cancel"
    assert not tab.confirm_leave()
    dialog_recorder.unsaved_answer = "save"
    assert tab.confirm_leave()
    assert services.centering.settings(assistant).max_spread_days == 35


def test_locations_and_rooms(qtbot: Any, services: Services, admin: Actor) -> None:
    tab = _tab(qtbot, services, admin)
    qtbot.mouseClick(tab.save_location_button, Qt.MouseButton.LeftButton)
    assert tab.location_fields.error_text("name") == "Verplicht veld."
    tab.location_fields.set_values({"name": "Gezondheidscentrum Oost", "address": "Oostweg 3", "region": "Zuid"})
    qtbot.mouseClick(tab.save_location_button, Qt.MouseButton.LeftButton)
    tab.room_fields.set_values({"name": "Zaal 2", "capacity": 16})
    qtbot.mouseClick(tab.save_room_button, Qt.MouseButton.LeftButton)
    [location] = services.centering.locations(admin)
    assert location.region is SchoolRegion.ZUID and [(r.name, r.capacity) for r in location.rooms] == [("Zaal 2", 16)]
    assert tab.location_table.rowCount() == 1 and tab.room_table.rowCount() == 1
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        tab.grab().save(str(Path(SHOTS) / "setup.png"))


def test_one_session_or_day_is_singular(qtbot: Any, services: Services, admin: Actor) -> None:
    tab = _tab(qtbot, services, admin)
    sessions = tab.fields.widgets["toeslag_min_sessions"]
    sessions.setValue(1)
    assert sessions.text() == "1 bijeenkomst"
    sessions.setValue(2)
    assert sessions.text() == "2 bijeenkomsten"
    days = tab.fields.widgets["max_spread_days"]
    days.setValue(1)
    assert days.text() == "1 dag"
    days.setValue(0)
    assert days.text() == "0 dagen"
