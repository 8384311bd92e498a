"""Beheer › Signaleringslijst: the active catalogue is readable; the beheerder can switch to a region's file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ksdesk.screening import default_catalogue_path
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui.catalogue_tab import CatalogueTab
from tests.ui.conftest import DialogRecorder
from tests.ui.test_screening_page import SHOTS


def _tab(qtbot: Any, services: Services, actor: Actor) -> CatalogueTab:
    tab = CatalogueTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_catalogue_is_readable_for_everyone(qtbot: Any, services: Services, assistant: Actor) -> None:
    tab = _tab(qtbot, services, assistant)
    catalogue = tab.catalogue
    assert catalogue is not None
    assert tab.key_label.text() == f"Catalogus {catalogue.id}, versie {catalogue.version}"
    assert tab.origin_chip.text() == "Meegeleverd"
    assert tab.tree.topLevelItemCount() == len(catalogue.domains)
    safety = next(tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())
                  if tab.tree.topLevelItem(i).text(3) == "veiligheid")
    violence = next(safety.child(i) for i in range(safety.childCount())
                    if safety.child(i).text(3) == "huiselijk_geweld")
    assert violence.text(2) == "ja · meldcode"
    assert "Definitie Kwetsbaarheid Rotterdam" in violence.text(4)
    assert [tab.rules.item(r, 0).text() for r in range(3)] == [  # Dutch labels, not the file's names
        "Drempel zeer kwetsbaar (urgent)", "Drempel kwetsbaar (stapeling)", "Stapeling: minimaal aantal domeinen"]
    assert [tab.rules.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(3)] == [
        "urgent_threshold", "accumulation_threshold", "accumulation_min_domains"]
    assert "urgent_threshold" in tab.rules.item(0, 0).toolTip()
    assert tab.rules.item(1, 1).text() == str(catalogue.rules.accumulation_threshold)
    assert tab.sources.rowCount() == len(catalogue.sources)
    assert not tab.can_replace
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "catalogue_tab.png"))


def test_beheerder_switches_to_a_region_file_and_back(qtbot: Any, services: Services, admin: Actor,
                                                       tmp_path: Path, dialog_recorder: DialogRecorder) -> None:
    tab = _tab(qtbot, services, admin)
    assert tab.can_replace
    assert not tab.default_button.isEnabled()  # the shipped list is already in use
    bad = tmp_path / "kapot.json"
    bad.write_text('{"format_version": 1, "id": "x"}', encoding="utf-8")
    dialog_recorder.open_path = bad
    tab.choose_region_file()
    assert tab.message.isVisibleTo(tab) and "ontbreekt" in tab.message.text()
    data = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
    data.update(id="regio_test", version="1", title="Regiolijst test")
    data["rules"]["accumulation_min_domains"] = 2
    good = tmp_path / "regio.json"
    good.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    dialog_recorder.open_path = good
    tab.choose_region_file()
    assert not tab.message.isVisibleTo(tab)
    assert tab.origin_chip.text() == "Regiobestand" and tab.title.text() == "Regiolijst test"
    assert tab.rules.item(2, 1).text() == "2"
    assert tab.default_button.isEnabled()
    assert services.screening.active_catalogue(admin).catalogue.id == "regio_test"
    tab.use_default()
    assert tab.origin_chip.text() == "Meegeleverd"
    assert not tab.default_button.isEnabled()
    assert not services.screening.active_catalogue(admin).from_region
