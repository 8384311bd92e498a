"""The Kwetsbaarheid Rotterdam checklist: every domain on one list, risks with status and whom they concern,
the protective factors of the same domain right beside them (or, in a narrow window, right under them).
Built from a catalogue, so a region's file just works.

Layout: one section per domain. A ticked risk shows its status and "betreft" on a compact line under it, so
unticked items take one line. The protective factors of a domain sit beside its risks when the list is wide enough,
else in a block under them within the same section: the list never needs sideways scrolling.

Keyboard: Tab / Shift+Tab and Up / Down move from item to item, Space ticks, 1 / 2 / 3 on a risk set actueel /
vermoeden / verleden (and tick it), C / P / G on a ticked risk toggle cliënte / partner / gezin. Status and
"betreft" are reachable with the mouse too but are not extra Tab stops.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ksdesk.screening import Catalogue, Level, RiskStatus, RiskSubject
from ksdesk.screening import label as screening_label
from ksdesk.ui.i18n import translate
from ksdesk.ui.look import ok_colour

LEVEL_CHIP: dict[Level, str] = {
    Level.URGENT: "urgent",
    Level.KWETSBAAR: "warn",
    Level.POTENTIEEL: "info",
    Level.GEEN: "ok",
}
"""Chip colour per level (chips always carry the level's text as well)."""

STATUS_KEYS = {Qt.Key.Key_1: RiskStatus.ACTUAL, Qt.Key.Key_2: RiskStatus.SUSPECTED, Qt.Key.Key_3: RiskStatus.PAST}
CONCERN_KEYS = {Qt.Key.Key_C: RiskSubject.CLIENT, Qt.Key.Key_P: RiskSubject.PARTNER, Qt.Key.Key_G: RiskSubject.FAMILY}
URGENT_MARK = "⚠"
DETAIL_INDENT = 24


def level_text(level: Level) -> str:
    """The translated Dutch label of a level."""
    return translate("labels", screening_label(level))


@dataclass
class RiskRow:
    """The widgets of one risk item."""

    code: str
    check: QCheckBox
    status: QComboBox
    concerns: dict[RiskSubject, QCheckBox]
    details: QWidget

    def set_enabled_details(self, on: bool) -> None:
        """Status and "betreft" only for a ticked item: an unticked item takes one line."""
        self.details.setVisible(on)


@dataclass
class DomainSection:
    """One domain: its risks and its protective factors, arranged beside or under each other."""

    grid: QGridLayout
    risks: QWidget
    factors: QWidget | None


class ChecklistWidget(QWidget):
    """All risk items and protective factors of a catalogue; ``changed`` fires on every edit by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue: Catalogue | None = None
        self.risk_rows: dict[str, RiskRow] = {}
        self.protective_boxes: dict[str, QCheckBox] = {}
        self.sections: list[DomainSection] = []
        self.wide = False
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(6, 4, 6, 4)
        self.column.setSpacing(2)
        self._loading = False

    # --- building -----------------------------------------------------------------------------
    def set_catalogue(self, catalogue: Catalogue) -> None:
        """(Re)build the list for a catalogue, all items unticked."""
        if self.catalogue is not None and catalogue.key == self.catalogue.key:
            self.clear()
            return
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.risk_rows.clear()
        self.protective_boxes.clear()
        self.sections.clear()
        self.catalogue = catalogue
        header_font = self.font()
        header_font.setBold(True)
        for domain in catalogue.domains:
            risks = catalogue.risk_items_in(domain.code)
            factors = catalogue.protective_factors_in(domain.code)
            if not risks and not factors:
                continue
            section = QWidget()
            section.setObjectName(f"section_{domain.code}")
            outer = QVBoxLayout(section)
            outer.setContentsMargins(0, 2, 0, 4)
            outer.setSpacing(1)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            outer.addWidget(line)
            title = QLabel(domain.label)
            title.setObjectName(f"domain_{domain.code}")
            title.setFont(header_font)
            outer.addWidget(title)
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(2)
            outer.addLayout(grid)
            risk_block = QWidget()
            risk_layout = QVBoxLayout(risk_block)
            risk_layout.setContentsMargins(0, 0, 0, 0)
            risk_layout.setSpacing(1)
            for item in risks:
                self._add_risk(risk_layout, item.code, item.label, item.urgent)
            risk_layout.addStretch(1)
            factor_block: QWidget | None = None
            if factors:
                factor_block = QWidget()
                factor_block.setObjectName(f"protective_block_{domain.code}")
                factor_layout = QVBoxLayout(factor_block)
                factor_layout.setContentsMargins(8, 0, 0, 0)
                factor_layout.setSpacing(1)
                caption = QLabel(translate("ksdesk", "Beschermend"))
                caption.setStyleSheet(f"color: {ok_colour()}; font-style: italic;")
                factor_layout.addWidget(caption)
                for factor in factors:
                    box = QCheckBox(factor.label)
                    box.setObjectName(f"protective_{factor.code}")
                    box.setToolTip(factor.label + "\n" + translate(
                        "ksdesk", "Beschermende factor: telt niet mee in de suggestie, wel in de afweging."))
                    box.toggled.connect(self._user_changed)
                    box.installEventFilter(self)
                    self.protective_boxes[factor.code] = box
                    factor_layout.addWidget(box)
                factor_layout.addStretch(1)
            self.sections.append(DomainSection(grid, risk_block, factor_block))
            self.column.addWidget(section)
        self.column.addStretch(1)
        self._arrange(self.wide, force=True)

    def _add_risk(self, layout: QVBoxLayout, code: str, text: str, urgent: bool) -> None:
        check = QCheckBox(f"{text}  {URGENT_MARK}" if urgent else text)
        check.setObjectName(f"risk_{code}")
        tip = translate("ksdesk", "1 / 2 / 3: actueel / vermoeden / verleden · C / P / G: cliënte / partner / gezin")
        if urgent:
            check.setToolTip(translate("ksdesk", "Urgente kwetsbaarheid: vraagt om directe actie.") + "\n" + tip)
            check.setAccessibleDescription(translate("ksdesk", "urgent"))
        else:
            check.setToolTip(tip)
        check.installEventFilter(self)
        details = QWidget()
        details.setObjectName(f"details_{code}")
        details_layout = QHBoxLayout(details)
        details_layout.setContentsMargins(DETAIL_INDENT, 0, 0, 2)
        details_layout.setSpacing(8)
        status = QComboBox()
        status.setObjectName(f"status_{code}")
        status.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys 1/2/3 on the item; no extra Tab stop
        for value in RiskStatus:
            status.addItem(translate("labels", screening_label(value)), value.value)
        status.setAccessibleName(translate("ksdesk", "Status van {item}").format(item=text))
        details_layout.addWidget(status)
        details_layout.addWidget(QLabel(translate("ksdesk", "betreft")))
        concerns: dict[RiskSubject, QCheckBox] = {}
        for subject in RiskSubject:
            box = QCheckBox(translate("labels", screening_label(subject)))
            box.setObjectName(f"concerns_{code}_{subject.value}")
            box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys C/P/G on the item
            box.setAccessibleName(
                translate("ksdesk", "{item} betreft {who}").format(
                    item=text, who=translate("labels", screening_label(subject))
                )
            )
            box.toggled.connect(self._user_changed)
            details_layout.addWidget(box)
            concerns[subject] = box
        details_layout.addStretch(1)
        risk = RiskRow(code, check, status, concerns, details)
        risk.set_enabled_details(False)
        check.toggled.connect(lambda on, r=risk: self._risk_toggled(r, on))
        status.currentIndexChanged.connect(self._user_changed)
        self.risk_rows[code] = risk
        layout.addWidget(check)
        layout.addWidget(details)

    # --- arrangement --------------------------------------------------------------------------
    def wide_width(self) -> int:
        """The width needed to put every domain's protective factors beside its risks."""
        if not self.sections:
            return 0
        risks = self._risk_width()
        factors = max((s.factors.sizeHint().width() for s in self.sections if s.factors is not None), default=0)
        margins = self.column.contentsMargins()
        return risks + factors + 16 + margins.left() + margins.right()

    def _risk_width(self) -> int:
        """Widest risk label, or a ticked item's status line if that is wider (it may appear any moment)."""
        labels = max((r.check.sizeHint().width() for r in self.risk_rows.values()), default=0)
        details = max((r.details.sizeHint().width() for r in list(self.risk_rows.values())[:1]), default=0)
        return max(labels, details)

    def fit_width(self, width: int) -> None:
        """Beside when the available width allows it, else under each other."""
        self._arrange(width >= self.wide_width())

    def _arrange(self, wide: bool, force: bool = False) -> None:
        if wide == self.wide and not force:
            return
        self.wide = wide
        risk_width = self._risk_width()
        for section in self.sections:
            for widget in (section.risks, section.factors):
                if widget is not None:
                    section.grid.removeWidget(widget)
            section.grid.addWidget(section.risks, 0, 0)
            if section.factors is not None:
                if wide:
                    section.grid.addWidget(section.factors, 0, 1)
                else:
                    section.grid.addWidget(section.factors, 1, 0)
            section.grid.setColumnMinimumWidth(0, risk_width if wide else 0)
            section.grid.setColumnStretch(1, 1 if wide else 0)

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

    def items_in_order(self) -> list[QCheckBox]:
        """Every item's check box in the order of the list (risks, then that domain's protective factors)."""
        order: list[QCheckBox] = []
        for section in self.sections:
            order += [b for b in section.risks.findChildren(QCheckBox) if b.objectName().startswith("risk_")]
            if section.factors is not None:
                order += section.factors.findChildren(QCheckBox)
        return order

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys on an item: 1/2/3 status, C/P/G whom it concerns, Up/Down previous/next item."""
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QCheckBox) and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                order = self.items_in_order()
                if watched in order:
                    index = order.index(watched) + (1 if key == Qt.Key.Key_Down else -1)
                    if 0 <= index < len(order):
                        order[index].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
            risk = next((r for r in self.risk_rows.values() if r.check is watched), None)
            if risk is not None:
                status = STATUS_KEYS.get(key)
                if status is not None:
                    risk.status.setCurrentIndex(risk.status.findData(status.value))
                    risk.check.setChecked(True)
                    return True
                subject = CONCERN_KEYS.get(key)
                if subject is not None:
                    if not risk.check.isChecked():
                        risk.check.setChecked(True)  # ticks it with cliënte; make it this one only
                        risk.concerns[RiskSubject.CLIENT].setChecked(subject is RiskSubject.CLIENT)
                        risk.concerns[subject].setChecked(True)
                    else:
                        box = risk.concerns[subject]
                        box.setChecked(not box.isChecked())
                    return True
        return super().eventFilter(watched, event)

    # --- state --------------------------------------------------------------------------------
    def clear(self) -> None:
        self.set_state({}, None)

    def set_state(
        self,
        risks: dict[str, tuple[RiskStatus, tuple[RiskSubject, ...]]],
        protective: list[str] | tuple[str, ...] | None,
    ) -> None:
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
                result[code] = (
                    RiskStatus(risk.status.currentData()),
                    tuple(s for s, box in risk.concerns.items() if box.isChecked()),
                )
        return result

    def protective(self) -> list[str]:
        return [code for code, box in self.protective_boxes.items() if box.isChecked()]

    def first_item(self) -> QCheckBox | None:
        return next(iter(self.risk_rows.values())).check if self.risk_rows else None


class ChecklistScroll(QScrollArea):
    """Scrolls the checklist vertically only; tells it the available width so it can put factors beside risks."""

    def __init__(self, checklist: ChecklistWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self.setWidgetResizable(True)
        self.setWidget(checklist)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.checklist.fit_width(self.viewport().width())

    def relayout(self) -> None:
        """After a new catalogue: arrange for the current width."""
        self.checklist.fit_width(self.viewport().width())
