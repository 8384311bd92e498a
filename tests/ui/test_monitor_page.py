"""Monitor page: choose a period, see exactly what will leave (table, PDF, suppressed cells), export to a folder."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ksdesk.monitor.indicators import SPEC, Indicator
from ksdesk.monitor.published import CellStatus
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui.monitor_page import MonitorPage
from ksdesk.ui.screenshots import theme
from tests.conftest import pregnancy_data
from tests.ui.conftest import DialogRecorder, no_bsn_client

SHOTS = Path(os.environ.get("KSDESK_SHOTS", "/tmp/shots/monitor"))


def _intakes(services: Services, midwife: Actor, municipality: str, count: int, intake: str) -> None:
    for n in range(count):
        client = services.clients.create(midwife, no_bsn_client(surname=f"{municipality}{n}",
                                                                municipality=municipality))
        services.clients.add_pregnancy(midwife, client.id, pregnancy_data(intake_date=intake))


@pytest.fixture
def page(qtbot: Any, services: Services, midwife: Actor) -> MonitorPage:
    _intakes(services, midwife, "Maastricht", 14, "03-02-2026")
    _intakes(services, midwife, "Heerlen", 11, "03-05-2026")
    _intakes(services, midwife, "Vaals", 2, "03-06-2026")
    widget = MonitorPage(services, midwife)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def _cell(page: MonitorPage, indicator: Indicator, area: str) -> str:
    model = page.model
    row = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())].index(
        SPEC[indicator].label)
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(area)
    return model.data(model.index(row, column))


def test_preview_shows_what_leaves_and_export_writes_it(page: MonitorPage, qtbot: Any, tmp_path: Path,
                                                        dialog_recorder: DialogRecorder,
                                                        services: Services) -> None:
    assert not page.export_button.isEnabled()  # nothing to export before the preview
    page.year.setValue(2026)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.tabs
    assert page.export_button.isEnabled()
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Totaal praktijk", "Heerlen", "Maastricht", "Overige gemeenten"]
    assert _cell(page, Indicator.PREGNANCIES_IN_CARE, "Totaal praktijk") == "27"
    assert _cell(page, Indicator.PREGNANCIES_IN_CARE, "Overige gemeenten") == "<10"
    assert _cell(page, Indicator.PREGNANCIES_IN_CARE, "Heerlen") == "x"  # the smallest complement
    assert _cell(page, Indicator.GROUPS_STARTED, "Heerlen") == ""  # practice level only
    assert page.notes.rowCount() == len(page.preview_export.notes) >= 2
    assert page.pdf.pdf is not None and page.pdf.pdf.startswith(b"%PDF")
    assert "cellen onderdrukt" in page.summary.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    page.grab().save(str(SHOTS / "monitor_page_table.png"))
    page.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    page.grab().save(str(SHOTS / "monitor_page_pdf.png"))
    page.tabs.setCurrentIndex(2)
    page.grab().save(str(SHOTS / "monitor_page_notes.png"))

    out = tmp_path / "regio"
    out.mkdir()
    dialog_recorder.folder_path = out
    with qtbot.waitSignal(page.exported) as blocker:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in blocker.args[0]) == sorted(p.name for p in out.iterdir())
    assert dialog_recorder.names() == ["choose_folder", "info"]
    rows = list(csv.reader(io.StringIO(next(out.glob("*.csv")).read_bytes().decode("utf-8-sig")), delimiter=";"))
    by_area = {r[1]: r for r in rows[1:]}
    # the file holds exactly what the preview showed
    assert by_area["Overige gemeenten"][3] == "<10" and by_area["Totaal praktijk"][3] == "27"
    assert by_area["Heerlen"][3] == "x"


def test_changed_period_needs_a_new_preview_and_bad_range_is_shown_inline(page: MonitorPage, qtbot: Any) -> None:
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.export_button.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData("van_tot"))
    assert not page.export_button.isEnabled()
    assert page.range_box.isVisible() and not page.year.isVisible()
    page.start.setText("01-07-2026")
    page.end.setText("01-02-2026")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.period_error.isVisible() and "einddatum" in page.period_error.text()
    assert not page.export_button.isEnabled()
    page.end.setText("31-12-2026")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert not page.period_error.isVisible() and page.export_button.isEnabled()
    assert page.preview_export is not None and page.preview_export.period.code == "2026-07-01_2026-12-31"


def test_export_refused_when_figures_changed(page: MonitorPage, qtbot: Any, tmp_path: Path, services: Services,
                                             midwife: Actor, dialog_recorder: DialogRecorder) -> None:
    page.year.setValue(2026)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    _intakes(services, midwife, "Heerlen", 1, "04-05-2026")
    dialog_recorder.folder_path = tmp_path
    before = set(tmp_path.iterdir())
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert dialog_recorder.names() == ["choose_folder", "error"]
    assert "veranderd" in dialog_recorder.texts()[1]
    assert set(tmp_path.iterdir()) == before
    assert page.preview_export.total.cell(Indicator.PREGNANCIES_IN_CARE).value == 28  # preview refreshed


def test_threshold_only_for_the_beheerder(qtbot: Any, services: Services, admin: Actor, midwife: Actor) -> None:
    midwife_page = MonitorPage(services, midwife)
    qtbot.addWidget(midwife_page)
    assert midwife_page.k_spin.isHidden() and "<10" in midwife_page.k_label.text()
    admin_page = MonitorPage(services, admin)
    qtbot.addWidget(admin_page)
    admin_page.show()
    assert admin_page.k_spin.isVisible()
    admin_page.k_spin.setValue(5)
    qtbot.mouseClick(admin_page.k_save, Qt.MouseButton.LeftButton)
    assert services.monitor.threshold(midwife) == 5 and "<5" in admin_page.k_label.text()
    qtbot.mouseClick(admin_page.preview_button, Qt.MouseButton.LeftButton)
    assert admin_page.preview_export is not None and admin_page.preview_export.k == 5
    assert admin_page.preview_export.total.cell(Indicator.PREGNANCIES_IN_CARE).status is CellStatus.PUBLISHED


def _contrast(one: QColor, other: QColor) -> float:
    def luminance(colour: QColor) -> float:
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_suppressed_cell_reads_in_a_light_and_a_dark_window(page: MonitorPage, qtbot: Any, qapp: Any,
                                                              name: str) -> None:
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    model = page.model
    hidden = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
              if model.data(model.index(r, c), Qt.ItemDataRole.UserRole) in (CellStatus.SMALL, CellStatus.SECONDARY)]
    assert hidden
    with theme(qapp, name):
        background = model.data(hidden[0], Qt.ItemDataRole.BackgroundRole).color()
        text = model.data(hidden[0], Qt.ItemDataRole.ForegroundRole).color()
        assert _contrast(background, text) >= 4.5  # "<10" stays readable: tint and text chosen together
        assert (background.lightness() < 128) == (name == "dark")
