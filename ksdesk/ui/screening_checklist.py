"""The Kwetsbaarheid Rotterdam checklist: every domain on one grid, risks with status and whom they concern,
the protective factors of the same domain beside them. Built from a catalogue, so a region's file just works.

Keyboard: Tab moves from item to item (status and "betreft" of an unticked item are skipped), Space ticks,
1 / 2 / 3 on an item set actueel / vermoeden / verleden (and tick it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from ksdesk.screening import Catalogue, Level, RiskStatus, RiskSubject
from ksdesk.screening import label as screening_label
from ksdesk.ui.widgets import tr

LEVEL_CHIP: dict[Level, str] = {
    Level.URGENT: "urgent",
    Level.KWETSBAAR: "warn",
    Level.POTENTIEEL: "info",
    Level.GEEN: "ok",
}
"""Chip colour per level (chips always carry the level's text as well)."""

STATUS_KEYS = {Qt.Key.Key_1: RiskStatus.ACTUAL, Qt.Key.Key_2: RiskStatus.SUSPECTED, Qt.Key.Key_3: RiskStatus.PAST}
URGENT_MARK = "⚠"


def level_text(level: Level) -> str:
    """The translated Dutch label of a level."""
    return tr(screening_label(level), "labels")


@dataclass
class RiskRow:
    """The widgets of one risk item."""

    code: str
    check: QCheckBox
    status: QComboBox
    concerns: dict[RiskSubject, QCheckBox]

    def set_enabled_details(self, on: bool) -> None:
        """Status and "betreft" only for a ticked item (hidden widgets are skipped by Tab as well)."""
        self.status.setVisible(on)
        for box in self.concerns.values():
            box.setVisible(on)


class ChecklistWidget(QWidget):
    """All risk items and protective factors of a catalogue; ``changed`` fires on every edit by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue: Catalogue | None = None
        self.risk_rows: dict[str, RiskRow] = {}
        self.protective_boxes: dict[str, QCheckBox] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self._loading = False

    # --- building -----------------------------------------------------------------------------
    def set_catalogue(self, catalogue: Catalogue) -> None:
        """(Re)build the grid for a catalogue, all items unticked."""
        if self.catalogue is not None and catalogue.key == self.catalogue.key:
            self.clear()
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.risk_rows.clear()
        self.protective_boxes.clear()
        self.catalogue = catalogue
        header_font = self.font()
        header_font.setBold(True)
        row = 0
        for column, text in enumerate((tr("Kwetsbaarheid"), tr("Status"), tr("Betreft"), "",
                                       tr("Beschermende factoren"))):
            if text:
                head = QLabel(text)
                head.setStyleSheet("color: palette(placeholder-text);")
                self.grid.addWidget(head, row, column)
        row += 1
        for domain in catalogue.domains:
            risks = catalogue.risk_items_in(domain.code)
            factors = catalogue.protective_factors_in(domain.code)
            if not risks and not factors:
                continue
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            self.grid.addWidget(line, row, 0, 1, 5)
            row += 1
            title = QLabel(domain.label)
            title.setObjectName(f"domain_{domain.code}")
            title.setFont(header_font)
            self.grid.addWidget(title, row, 0, 1, 4)
            row += 1
            first = row
            for item in risks:
                self._add_risk(item.code, item.label, item.urgent, row)
                row += 1
            for offset, factor in enumerate(factors):
                box = QCheckBox(factor.label)
                box.setObjectName(f"protective_{factor.code}")
                box.setToolTip(factor.label + "\n" + tr(
                    "Beschermende factor: telt niet mee in de suggestie, wel in de afweging."))
                box.toggled.connect(self._user_changed)
                self.protective_boxes[factor.code] = box
                self.grid.addWidget(box, first + offset, 4)
            row = max(row, first + len(factors))
        if self.risk_rows:
            sample = next(iter(self.risk_rows.values()))
            self.grid.setColumnMinimumWidth(1, sample.status.sizeHint().width())
            self.grid.setColumnMinimumWidth(2, sum(b.sizeHint().width() + 8 for b in sample.concerns.values()))
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnStretch(4, 2)
        self.grid.setRowStretch(row, 1)

    def _add_risk(self, code: str, text: str, urgent: bool, row: int) -> None:
        check = QCheckBox(f"{text}  {URGENT_MARK}" if urgent else text)
        check.setObjectName(f"risk_{code}")
        if urgent:
            check.setToolTip(tr("Urgente kwetsbaarheid: vraagt om directe actie."))
            check.setAccessibleDescription(tr("urgent"))
        check.installEventFilter(self)
        status = QComboBox()
        status.setObjectName(f"status_{code}")
        for value in RiskStatus:
            status.addItem(tr(screening_label(value), "labels"), value.value)
        status.setAccessibleName(tr("Status van {item}").format(item=text))
        concerns_box = QWidget()
        concerns_layout = QHBoxLayout(concerns_box)
        concerns_layout.setContentsMargins(0, 0, 0, 0)
        concerns_layout.setSpacing(8)
        concerns: dict[RiskSubject, QCheckBox] = {}
        for subject in RiskSubject:
            box = QCheckBox(tr(screening_label(subject), "labels"))
            box.setObjectName(f"concerns_{code}_{subject.value}")
            box.setAccessibleName(tr("{item} betreft {who}").format(item=text, who=screening_label(subject)))
            box.toggled.connect(self._user_changed)
            concerns_layout.addWidget(box)
            concerns[subject] = box
        risk = RiskRow(code, check, status, concerns)
        risk.set_enabled_details(False)
        check.toggled.connect(lambda on, r=risk: self._risk_toggled(r, on))
        status.currentIndexChanged.connect(self._user_changed)
        self.risk_rows[code] = risk
        self.grid.addWidget(check, row, 0)
        self.grid.addWidget(status, row, 1)
        self.grid.addWidget(concerns_box, row, 2)

    # --- behaviour ----------------------------------------------------------------------------
    def _risk_toggled(self, risk: RiskRow, on: bool) -> None:
        risk.set_enabled_details(on)
        if on and not self._loading and not any(b.isChecked() for b in risk.concerns.values()):
            risk.concerns[RiskSubject.CLIENT].blockSignals(True)
            risk.concerns[RiskSubject.CLIENT].setChecked(True)
            risk.concerns[RiskSubject.CLIENT].blockSignals(False)
        self._user_changed()

    def _user_changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """1 / 2 / 3 on a risk item: tick it with status actueel / vermoeden / verleden."""
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QCheckBox) and isinstance(event, QKeyEvent):
            key_event = event
            status = STATUS_KEYS.get(Qt.Key(key_event.key()))
            if status is not None and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                risk = next((r for r in self.risk_rows.values() if r.check is watched), None)
                if risk is not None:
                    risk.status.setCurrentIndex(risk.status.findData(status.value))
                    risk.check.setChecked(True)
                    return True
        return super().eventFilter(watched, event)

    # --- state --------------------------------------------------------------------------------
    def clear(self) -> None:
        self.set_state({}, None)

    def set_state(self, risks: dict[str, tuple[RiskStatus, tuple[RiskSubject, ...]]],
                  protective: list[str] | tuple[str, ...] | None) -> None:
        """Show stored answers (codes the catalogue lacks are ignored: old assessments use their own catalogue)."""
        self._loading = True
        try:
            for code, risk in self.risk_rows.items():
                status, concerns = risks.get(code, (RiskStatus.ACTUAL, ()))
                risk.check.setChecked(code in risks)
                risk.status.setCurrentIndex(risk.status.findData(status.value))
                for subject, box in risk.concerns.items():
                    box.setChecked(subject in concerns)
                risk.set_enabled_details(code in risks)
            for code, box in self.protective_boxes.items():
                box.setChecked(bool(protective) and code in (protective or ()))
        finally:
            self._loading = False

    def risks(self) -> dict[str, tuple[RiskStatus, tuple[RiskSubject, ...]]]:
        """Ticked items: status and whom they concern (in catalogue order)."""
        result = {}
        for code, risk in self.risk_rows.items():
            if risk.check.isChecked():
                result[code] = (RiskStatus(risk.status.currentData()),
                                tuple(s for s, box in risk.concerns.items() if box.isChecked()))
        return result

    def protective(self) -> list[str]:
        return [code for code, box in self.protective_boxes.items() if box.isChecked()]

    def first_item(self) -> QCheckBox | None:
        return next(iter(self.risk_rows.values())).check if self.risk_rows else None
