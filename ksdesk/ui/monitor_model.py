"""Qt table model of a monitor preview: one row per indicator, one column per gebied (Totaal praktijk first).

Shows the exact texts the CSV holds ("12", "<10", "x", "nb"); hidden cells are tinted and explain why in a
tooltip. Column and row order follow the export.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ksdesk.monitor.aggregate import OTHER_GEMEENTEN, PRACTICE_TOTAL, UNKNOWN_GEMEENTE
from ksdesk.monitor.indicators import SPEC, Indicator
from ksdesk.monitor.published import REASON_TEXT, CellStatus, MonitorExport, PublishedRow, SuppressionReason, display
from ksdesk.ui.i18n import translate
from ksdesk.ui.look import CHIP_KINDS

Index = QModelIndex | QPersistentModelIndex
HIDDEN_KIND = "warn"  # chip colours (background, text) of a suppressed cell, for a light or a dark window
NA_KIND = "neutral"
RESERVED_AREAS = (PRACTICE_TOTAL, OTHER_GEMEENTEN, UNKNOWN_GEMEENTE)  # words of ours, not gemeente names
STATUS_REASON = {CellStatus.SMALL: SuppressionReason.SMALL, CellStatus.SECONDARY: SuppressionReason.SECONDARY,
                 CellStatus.DERIVED: SuppressionReason.DERIVED}


def area_text(area: str) -> str:
    """A column's name: a gemeente as it is written, "Totaal praktijk" and the like in the interface's language."""
    return translate("labels", str(area)) if area in RESERVED_AREAS else str(area)


class MonitorTableModel(QAbstractTableModel):
    """Indicators × gebieden of one MonitorExport."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._export: MonitorExport | None = None
        self._columns: list[PublishedRow] = []
        self._indicators: list[Indicator] = []

    def set_export(self, export: MonitorExport | None) -> None:
        self.beginResetModel()
        self._export = export
        self._columns = [export.total, *export.rows[:-1]] if export else []
        self._indicators = list(export.indicators) if export else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
                   ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
                return self._indicators[section].value  # the stable column name in the CSV/JSON
            return None
        if orientation == Qt.Orientation.Horizontal:
            return area_text(self._columns[section].area)
        return translate("labels", SPEC[self._indicators[section]].label)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._export is None:
            return None
        cell = self._columns[index.column()].cell(self._indicators[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return display(cell, self._export.k)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            # background and text together, so "<10" stays readable on a tinted cell in a dark window too
            kind = HIDDEN_KIND if cell.status in STATUS_REASON else NA_KIND if (
                cell.status is CellStatus.NOT_AVAILABLE) else None
            if kind is None:
                return None
            background, text = CHIP_KINDS[kind]
            return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole else text))
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.status in STATUS_REASON:
                return self.tr("Onderdrukt: %1").replace(
                    "%1", translate("labels", REASON_TEXT[STATUS_REASON[cell.status]])
                )
            if cell.status is CellStatus.NOT_AVAILABLE:
                return self.tr("Niet beschikbaar: dit onderdeel is (nog) niet in gebruik.")
            if cell.status is CellStatus.NOT_APPLICABLE:
                return self.tr("Alleen voor de hele praktijk.")
        if role == Qt.ItemDataRole.UserRole:
            return cell.status
        return None
