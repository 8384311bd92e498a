"""Qt models of the import wizard: the first rows of the file as read, and every row's outcome (10,000 rows
are only data in a model; the view draws what is visible)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ksdesk.importing.plan import OUTCOME_LABELS, ImportPlan, Outcome, PlannedRow
from ksdesk.importing.reading import SourceTable
from ksdesk.records.gestation import format_date
from ksdesk.ui.i18n import translate
from ksdesk.ui.widgets import CHIP_KINDS, error_colour

ModelIndex = QModelIndex | QPersistentModelIndex
OUTCOME_KINDS: dict[Outcome, str] = {
    Outcome.NEW_CLIENT: "ok",
    Outcome.NEW_PREGNANCY: "ok",
    Outcome.UPDATE: "info",
    Outcome.DUPLICATE: "neutral",
    Outcome.ERROR: "urgent",
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_KEYS = {3: "date_of_birth", 4: "due_date"}  # preview column → date field


def outcome_label(outcome: Outcome) -> str:
    return translate("labels", OUTCOME_LABELS[outcome])


# the counts above the preview and in the summary: what is written, not only how rows are labelled
COUNT_LABELS: dict[Outcome, str] = {
    Outcome.NEW_CLIENT: "Nieuwe cliënten",
    Outcome.NEW_PREGNANCY: "Nieuwe zwangerschappen",
    Outcome.UPDATE: "Aanvullen",
    Outcome.DUPLICATE: "Al aanwezig",
    Outcome.ERROR: "Overgeslagen (fout)",
}


def count_label(plan: ImportPlan, outcome: Outcome) -> str:
    """'Nieuwe zwangerschappen: 24' counts every pregnancy created (with a new client or for a known one)."""
    n = plan.pregnancies_created if outcome is Outcome.NEW_PREGNANCY else plan.counts()[outcome]
    return f"{translate('labels', COUNT_LABELS[outcome])}: {n}"


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return format_date(value)  # type: ignore[arg-type]
    return str(value)


class RawTableModel(QAbstractTableModel):
    """The first rows of the file as read: lets the user see at once whether the encoding and separator fit."""

    def __init__(self, parent: Any = None, limit: int = 50) -> None:
        super().__init__(parent)
        self._table: SourceTable | None = None
        self._limit = limit

    def set_table(self, table: SourceTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return min(len(self._table.rows), self._limit)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else len(self._table.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._table.rows[index.row()]
        return _cell_text(row[index.column()]) if index.column() < len(row) else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._table.headers[section] if section < len(self._table.headers) else ""
        return str(self._table.line_numbers[section])


class PlanModel(QAbstractTableModel):
    """One line per row of the file: line number, outcome, name, dates and the Dutch reasons."""

    COLUMNS = ("Regel", "Uitkomst", "Naam", "Geboortedatum", "À terme datum", "Toelichting")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedRow] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.rows) if plan else []
        self.endResetModel()

    @staticmethod
    def _date(planned: PlannedRow, key: str) -> str:
        value = getattr(planned, key)
        return format_date(value) if value is not None else planned.raw.get(key, "")

    def planned(self, row: int) -> PlannedRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        planned = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(planned.line), outcome_label(planned.outcome), planned.name,
                    self._date(planned, "date_of_birth"), self._date(planned, "due_date"), planned.reasons())[column]
        if column in (3, 4) and role == Qt.ItemDataRole.ForegroundRole \
                and DATE_KEYS[column] in planned.errors:  # a refused date (or the file's text of an impossible one)
            return QColor(error_colour())
        if role == SORT_ROLE:
            return (planned.line, list(Outcome).index(planned.outcome), planned.name.casefold(),
                    planned.date_of_birth.toordinal() if planned.date_of_birth else 0,
                    planned.due_date.toordinal() if planned.due_date else 0, planned.reasons())[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return "\n".join(planned.reason_parts())
        if column == 1 and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, foreground = CHIP_KINDS[OUTCOME_KINDS[planned.outcome]]
            return QColor(background if role == Qt.ItemDataRole.BackgroundRole else foreground)
        if column == 5 and role == Qt.ItemDataRole.ForegroundRole and planned.conflicts \
                and planned.outcome is not Outcome.ERROR:
            return QColor(CHIP_KINDS["warn"][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("labels", self.COLUMNS[section])
        return None


# filter key → which rows it shows
FILTERS: dict[str, str] = {
    "all": "Alle regels",
    "errors": "Fouten",
    "new": "Nieuw",
    "updates": "Aanvullingen",
    "duplicates": "Al aanwezig",
    "conflicts": "Met afwijkingen",
}


class PlanFilter(QSortFilterProxyModel):
    """Sortable by every column; filtered by outcome or by 'has conflicts'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = "all"
        self.setSortRole(SORT_ROLE)

    def set_filter(self, key: str) -> None:
        self.beginFilterChange()
        self._filter = key
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PlanModel)
        planned = model.planned(source_row)
        return {
            "all": True,
            "errors": planned.outcome is Outcome.ERROR,
            "new": planned.outcome in (Outcome.NEW_CLIENT, Outcome.NEW_PREGNANCY),
            "updates": planned.outcome is Outcome.UPDATE,
            "duplicates": planned.outcome is Outcome.DUPLICATE,
            "conflicts": bool(planned.conflicts) and planned.outcome is not Outcome.ERROR,
        }[self._filter]
