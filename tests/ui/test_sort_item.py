"""The one sortable table cell: numbers and dd-mm-jjjj dates sort by value, other cells by text (any case)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ksdesk.records.gestation import format_date
from ksdesk.ui.widgets import SortItem, small_table


def _column(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_cells_sort_by_their_key_and_else_by_text(qtbot) -> None:
    table = small_table(["Nummer", "Datum", "Naam"])
    qtbot.addWidget(table)
    rows = [(9, dt.date(2026, 2, 3), "bakker"), (10, dt.date(2025, 12, 30), "Aalders"),
            (100, dt.date(2026, 11, 27), "de Vries")]
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, (number, day, name) in enumerate(rows):
        table.setItem(r, 0, SortItem(str(number), number))
        table.setItem(r, 1, SortItem(format_date(day), day))
        table.setItem(r, 2, SortItem(name))
    table.setSortingEnabled(True)
    table.sortItems(0, Qt.SortOrder.AscendingOrder)
    assert _column(table, 0) == ["9", "10", "100"]  # as text: "10" < "100" < "9"
    table.sortItems(1, Qt.SortOrder.AscendingOrder)
    assert _column(table, 1) == ["30-12-2025", "03-02-2026", "27-11-2026"]
    table.sortItems(2, Qt.SortOrder.AscendingOrder)
    assert _column(table, 2) == ["Aalders", "bakker", "de Vries"]
