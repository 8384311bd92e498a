"""Small shared building blocks: labelled form fields with inline errors, chips, date fields, placeholders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.enums import label
from ksdesk.ui.i18n import translate
from ksdesk.ui.look import CHIP_KINDS as CHIP_KINDS  # re-exported: the screens import the look from here
from ksdesk.ui.look import ERROR_COLOUR as ERROR_COLOUR
from ksdesk.ui.look import ERROR_COLOUR_DARK as ERROR_COLOUR_DARK
from ksdesk.ui.look import OK_COLOUR as OK_COLOUR
from ksdesk.ui.look import OK_COLOUR_DARK as OK_COLOUR_DARK
from ksdesk.ui.look import ThemedColours as ThemedColours
from ksdesk.ui.look import chip as chip
from ksdesk.ui.look import error_colour as error_colour
from ksdesk.ui.look import heading as heading
from ksdesk.ui.look import hint as hint
from ksdesk.ui.look import is_dark as is_dark
from ksdesk.ui.look import message_label as message_label
from ksdesk.ui.look import new_form as new_form
from ksdesk.ui.look import ok_colour as ok_colour
from ksdesk.ui.look import style_chip as style_chip

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

PRACTICE_TIME_ZONE = "Europe/Amsterdam"  # ksdesk is for Dutch practices: times shown in Dutch time


WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")  # labels context


@cache
def _practice_zone() -> ZoneInfo:
    """Loaded on first use, not at start: reading the time-zone database costs the login window ~6 ms."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(PRACTICE_TIME_ZONE)


def local_time(value: dt.datetime | str) -> str:
    """A stored UTC moment (a naive datetime, or ISO 8601 like '2026-11-27T13:05:09Z') as Dutch local
    time, dd-mm-jjjj uu:mm."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(_practice_zone()).strftime("%d-%m-%Y %H:%M")


def code_label(code: StrEnum) -> str:
    """The translated Dutch label of a code from ksdesk.records.enums."""
    return translate("labels", label(code))


def fill_enum_combo(combo: QComboBox, codes: Iterable[StrEnum]) -> None:
    """Fill a combo with labelled codes; currentData() is the code."""
    combo.clear()
    for code in codes:
        combo.addItem(code_label(code), code)


def set_combo_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def date_edit(object_name: str = "") -> QLineEdit:
    """A date as dd-mm-jjjj text; services parse and check it."""
    edit = QLineEdit()
    edit.setPlaceholderText(translate("ksdesk", "dd-mm-jjjj"))
    edit.setMaxLength(10)
    edit.setMaximumWidth(130)
    if object_name:
        edit.setObjectName(object_name)
    return edit


def time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setMaximumWidth(100)
    return edit


class FormFields(QObject):
    """Named input widgets in QFormLayouts, each with a red message line under it.

    values() gives a dict shaped for the service's input model; show_errors() puts a service
    ValidationError's Dutch messages next to their fields.
    """

    edited = Signal(str)  # a field's value was changed by the user
    finished = Signal(str)  # the user is done with a field (left a text field, picked a value)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}

    def add(self, form: QFormLayout, name: str, title: str, widget: QWidget, *, note: str = "") -> QWidget:
        """Add a labelled field to a form layout; returns the input widget."""
        widget.setObjectName(widget.objectName() or f"field_{name}")
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if note:
            column.addWidget(hint(note))
        message = QLabel()
        message.setObjectName(f"error_{name}")
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {error_colour()};")
        message.hide()
        column.addWidget(message)
        row_label = QLabel(title)
        row_label.setBuddy(widget)
        if title and not widget.accessibleName():  # a screen reader names the field by its label, in any window
            widget.setAccessibleName(title.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        form.addRow(row_label, container)
        self.widgets[name] = widget
        self.error_labels[name] = message
        self.row_labels[name] = row_label
        self._connect(name, widget)
        return widget

    def _connect(self, name: str, widget: QWidget) -> None:
        def emit(*_: object) -> None:
            self.edited.emit(name)
            if not isinstance(widget, QLineEdit | QPlainTextEdit):
                self.finished.emit(name)

        def emit_finished() -> None:
            self.finished.emit(name)

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(emit)
            widget.editingFinished.connect(emit_finished)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(emit)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(emit)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(emit)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(emit)
        elif isinstance(widget, QTimeEdit):
            widget.timeChanged.connect(emit)

    # --- values -----------------------------------------------------------------------------
    def value(self, name: str) -> object:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QTimeEdit):
            return widget.time().toPython()
        raise TypeError(f"unsupported field widget for {name}")

    def values(self) -> dict[str, object]:
        return {name: self.value(name) for name in self.widgets}

    def set_value(self, name: str, value: object) -> None:
        widget = self.widgets[name]
        widget.blockSignals(True)
        try:
            if isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
                widget.setCursorPosition(0)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText("" if value is None else str(value))
            elif isinstance(widget, QComboBox):
                set_combo_data(widget, value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))  # type: ignore[call-overload]
            elif isinstance(widget, QTimeEdit):
                widget.setTime(QTime(value.hour, value.minute))  # type: ignore[attr-defined]
        finally:
            widget.blockSignals(False)

    def set_values(self, values: Mapping[str, object]) -> None:
        for name, value in values.items():
            if name in self.widgets:
                self.set_value(name, value)

    # --- errors -----------------------------------------------------------------------------
    def show_errors(self, messages: Mapping[str, str], *, only: Iterable[str] | None = None) -> dict[str, str]:
        """Show messages next to their fields (limited to `only` when given; others there are cleared).

        Returns the messages that belong to no field on this form (to show elsewhere).
        """
        scope = set(self.widgets) if only is None else set(only) & set(self.widgets)
        for name in scope:
            self._mark(name, messages.get(name))
        return {k: v for k, v in messages.items() if k not in self.widgets}

    def clear_errors(self) -> None:
        for name in self.widgets:
            self._mark(name, None)

    def error_text(self, name: str) -> str:
        label_widget = self.error_labels[name]
        return label_widget.text() if not label_widget.isHidden() else ""

    def _mark(self, name: str, message: str | None) -> None:
        widget = self.widgets[name]
        label_widget = self.error_labels[name]
        if message:
            label_widget.setText(message)
            label_widget.show()
            kind = type(widget).__name__
            colour = error_colour()
            widget.setStyleSheet(f"{kind} {{ border: 1px solid {colour}; border-radius: 3px; }}"
                                 if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QSpinBox)
                                 else f"{kind} {{ color: {colour}; }}")
            widget.setToolTip(message)
            widget.setAccessibleDescription(message)
        else:
            label_widget.clear()
            label_widget.hide()
            widget.setStyleSheet("")
            widget.setToolTip("")
            widget.setAccessibleDescription("")

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)


SORT_ROLE = Qt.ItemDataRole.UserRole + 40
"""Where a table cell keeps its sort key (ids and other data use UserRole .. UserRole + 9)."""


class SortItem(QTableWidgetItem):
    """A table cell that sorts by a key (a date, a number, a level's rank) rather than by its text; cells
    without a key sort by their text, case-insensitively."""

    def __init__(self, text: str, key: object = None) -> None:
        super().__init__(text)
        if key is not None:
            self.setData(SORT_ROLE, key)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            try:
                return bool(mine < theirs)
            except TypeError:
                pass
        return self.text().casefold() < other.text().casefold()  # (super().__lt__ would call back into this)


def small_table(headers: list[str]) -> QTableWidget:
    """A small read-only sortable table (staff and users are tens of rows, not thousands)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def save_shortcut(area: QWidget, button: QPushButton) -> QShortcut:
    """Ctrl+S (the platform's Save key) anywhere in `area` clicks `button`, when it is shown and enabled."""
    shortcut = QShortcut(QKeySequence.StandardKey.Save, area)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def save() -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    shortcut.activated.connect(save)
    return shortcut


def fit_columns(table: QTableView, room: int = 8, stretch_last: bool = False) -> None:
    """Every column as wide as its heading and its longest text, plus a little room so a coloured cell's text does
    not end against its edge. Unless `stretch_last`, the last column keeps that width too (a stretched last column
    shrinks below its text when the table gets narrower; the table then scrolls sideways instead)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(stretch_last)
    table.resizeColumnsToContents()
    last = header.logicalIndex(header.count() - 1)
    for column in range(header.count()):
        if not header.isSectionHidden(column) and not (stretch_last and column == last):
            header.resizeSection(column, header.sectionSize(column) + room)


def table_width(table: QTableView) -> int:
    """The width that shows every column of `table` without scrolling sideways."""
    header = table.horizontalHeader()
    scrollbar = table.verticalScrollBar().sizeHint().width()
    return header.length() + scrollbar + 2 * table.frameWidth() + 2


class PlaceholderPage(QWidget):
    """A section not built yet: a title and a short Dutch explanation of what will come here."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(title))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(16, 14, 16, 14)
        body = QLabel(explanation)
        body.setObjectName("placeholder_text")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        inner.addWidget(body)
        inner.addWidget(hint(translate("ksdesk", "Dit onderdeel volgt in een volgende versie van ksdesk.")))
        layout.addWidget(frame)
        layout.addStretch(1)
