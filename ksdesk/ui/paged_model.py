"""A table model that loads its rows page by page as the view scrolls (canFetchMore/fetchMore)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

ModelIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Holds the loaded rows and the Qt plumbing; a subclass fetches pages in fetch_page()."""

    def __init__(self, headers: tuple[str, ...], page_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.page_size = page_size
        self._rows: list[Row] = []
        self._exhausted = True

    def fetch_page(self) -> list[Row] | None:
        """The next page after the loaded rows, or None when the services refused (already reported)."""
        raise NotImplementedError

    def reload(self, *, fetch: bool = True) -> None:
        """Drop the loaded rows; fetch the first page again unless fetch is False."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = not fetch
        self.endResetModel()
        if fetch:
            self.fetchMore(QModelIndex())

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self.fetch_page()
        if page is None:
            self._exhausted = True
            return
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
