"""The Verwijzingen section: worklists, all referrals with their status, the funnel, and one referral's steps
(compose → consent → letter preview, print, save as PDF → follow-up)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.gestation import format_date
from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError
from ksdesk.services.referrals import ReferralStatus, ReferralSummary, SendRoute
from ksdesk.ui import dialogs
from ksdesk.ui.i18n import translate
from ksdesk.ui.referral_detail import STATUS_CHIPS, ReferralDetail
from ksdesk.ui.referral_funnel import FunnelChart
from ksdesk.ui.widgets import CHIP_KINDS, PlaceholderPage, SortItem, heading, hint, small_table

SHORT_ROUTES = {SendRoute.POST: "post", SendRoute.SECURE_EMAIL: "e-mail", SendRoute.PHONE: "telefoon",
                SendRoute.HANDED: "meegegeven"}
PERIODS = (("Afgelopen 3 maanden", 91), ("Afgelopen 12 maanden", 365), ("Dit kalenderjaar", 0))


STATUS_COLUMN = 2  # of the list of all referrals


def _cell(text: str, sort_key: object | None = None, data: object | None = None) -> QTableWidgetItem:
    item = SortItem(text, sort_key)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _status_cell(text: str, status: ReferralStatus) -> QTableWidgetItem:
    """A status as text with its chip colours (never colour alone)."""
    item = _cell(text)
    background, foreground = CHIP_KINDS[STATUS_CHIPS[status]]
    item.setBackground(QColor(background))
    item.setForeground(QColor(foreground))
    return item


class ReferralsPage(QWidget):
    """Verwijzingen: the overview with worklists, and the steps of one referral."""

    referrals_changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.overview = QScrollArea()  # a small window scrolls instead of forcing the main window's size
        self.overview.setWidgetResizable(True)
        self.overview.setFrameShape(QFrame.Shape.NoFrame)
        self.overview.setWidget(self._build_overview())
        self.stack.addWidget(self.overview)
        self.detail = ReferralDetail(services, actor)
        self.detail.back_requested.connect(self.show_overview)
        self.detail.changed.connect(self._detail_changed)
        self.stack.addWidget(self.detail)
        self.allowed = role_allows(actor.role, Permission.REFERRAL_READ)
        self.refused = PlaceholderPage(self.tr("Verwijzingen"), self.tr(
            "Verwijzingen, toestemming en brieven zijn alleen zichtbaar voor de verloskundige. "
            "Het adresboek staat bij Beheer › Adresboek."))
        self.refused.setObjectName("referrals_refused")
        self.stack.addWidget(self.refused)
        if not self.allowed:
            self.stack.setCurrentWidget(self.refused)
        self._loaded = False

    # --- overview ----------------------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.tr("Verwijzingen")))
        lists = QHBoxLayout()
        waiting_box = QGroupBox(self.tr("Wachten op terugkoppeling"))
        waiting_layout = QVBoxLayout(waiting_box)
        self.overdue_summary = QLabel()
        self.overdue_summary.setObjectName("overdue_summary")
        waiting_layout.addWidget(self.overdue_summary)
        self.overdue_table = small_table([self.tr("Cliënte"), self.tr("Bestemming"), self.tr("Verstuurd"),
                                          self.tr("Dagen")])
        self.overdue_table.setObjectName("overdue_table")
        self.overdue_table.doubleClicked.connect(lambda index: self._open_from(self.overdue_table, index.row()))
        waiting_layout.addWidget(self.overdue_table)
        term_row = QHBoxLayout()
        term_label = QLabel(self.tr("Termijn"))
        term_row.addWidget(term_label)
        self.term = QSpinBox()
        self.term.setObjectName("overdue_days")
        term_label.setBuddy(self.term)
        self.term.setRange(1, 120)
        self.term.setSuffix(self.tr(" dagen"))
        self.term.editingFinished.connect(self._term_changed)
        term_row.addWidget(self.term)
        term_row.addStretch(1)
        waiting_layout.addLayout(term_row)
        lists.addWidget(waiting_box, 1)

        pending_box = QGroupBox(self.tr("Gesignaleerd, nog geen besluit over doorgeleiding"))
        pending_layout = QVBoxLayout(pending_box)
        self.pending_summary = QLabel()
        self.pending_summary.setObjectName("pending_summary")
        pending_layout.addWidget(self.pending_summary)
        self.pending_table = small_table([self.tr("Cliënte"), self.tr("Niveau"), self.tr("Gesignaleerd op")])
        self.pending_table.setObjectName("pending_table")
        self.pending_table.doubleClicked.connect(lambda index: self._compose_from_pending(index.row()))
        pending_layout.addWidget(self.pending_table)
        pending_layout.addWidget(hint(self.tr("Dubbelklik om direct een verwijzing te maken; het besluit zelf "
                                              "leg je vast bij Signalering.")))
        lists.addWidget(pending_box, 1)
        layout.addLayout(lists, 2)

        lower = QHBoxLayout()
        all_box = QGroupBox(self.tr("Alle verwijzingen"))
        all_layout = QVBoxLayout(all_box)
        filter_row = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.setObjectName("referral_scope")
        self.scope.setAccessibleName(self.tr("Welke verwijzingen"))
        self.scope.addItem(self.tr("Lopende verwijzingen"), False)
        self.scope.addItem(self.tr("Ook afgesloten"), True)
        self.scope.currentIndexChanged.connect(self.load_list)
        filter_row.addWidget(self.scope)
        filter_row.addStretch(1)
        open_button = QPushButton(self.tr("Openen"))
        open_button.clicked.connect(lambda: self._open_from(self.table, self.table.currentRow()))
        filter_row.addWidget(open_button)
        all_layout.addLayout(filter_row)
        self.table = small_table([self.tr("Cliënte"), self.tr("Bestemming"), self.tr("Status"),
                                  self.tr("Toestemming"), self.tr("Aangemaakt"), self.tr("Verstuurd")])
        self.table.setObjectName("referral_table")
        self.table.doubleClicked.connect(lambda index: self._open_from(self.table, index.row()))
        all_layout.addWidget(self.table)
        self.empty = hint(self.tr("Nog geen verwijzingen. Een verwijzing begint bij het doorgeleidingsbesluit in "
                                  "Signalering, of dubbelklik op een gesignaleerde zwangerschap hierboven."))
        self.empty.setObjectName("referral_empty")
        all_layout.addWidget(self.empty)
        lower.addWidget(all_box, 3)

        funnel_box = QGroupBox(self.tr("Trechter van de praktijk"))
        funnel_layout = QVBoxLayout(funnel_box)
        self.period = QComboBox()
        self.period.setObjectName("funnel_period")
        self.period.setAccessibleName(self.tr("Periode van de trechter"))
        for label, days in PERIODS:
            self.period.addItem(translate("labels", label), days)
        self.period.setCurrentIndex(1)  # a practice's funnel means most over a year
        self.period.currentIndexChanged.connect(self.load_funnel)
        funnel_layout.addWidget(self.period)
        self.funnel = FunnelChart()
        funnel_layout.addWidget(self.funnel)
        funnel_layout.addWidget(hint(self.tr("Zwangerschappen die in de periode zijn gesignaleerd, en hoeveel daarvan "
                                             "elke stap van de verwijzing met toestemming bereikten.")))
        funnel_layout.addStretch(1)
        lower.addWidget(funnel_box, 2)
        layout.addLayout(lower, 3)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded and self.allowed:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        """Read the worklists, the list and the funnel (each read is logged)."""
        self._loaded = True
        self.load_worklists()
        self.load_list()
        self.load_funnel()

    def load_worklists(self) -> None:
        try:
            days = self._services.referrals.overdue_days(self.actor)
            overdue = self._services.referrals.overdue(self.actor)
        except ServiceError as exc:
            self.overdue_summary.setText(str(exc))
            return
        self.term.blockSignals(True)
        self.term.setValue(days)
        self.term.blockSignals(False)
        self._fill(self.overdue_table, [[
            _cell(r.client_name), _cell(r.destination_name),
            _cell(format_date(r.sent_on), r.sent_on.toordinal() if r.sent_on else 0),
            _cell(str(r.days_waiting() or 0), r.days_waiting() or 0)] for r in overdue], [r.id for r in overdue])
        self.overdue_summary.setText(
            self.tr("{n} verwijzingen zonder terugkoppeling na {days} dagen.").format(n=len(overdue), days=days)
            if overdue else self.tr("Geen verwijzingen die langer dan {days} dagen wachten.").format(days=days))
        pending = []
        if hasattr(self._services.screening, "pending_decisions"):
            try:
                pending = self._services.screening.pending_decisions(self.actor)
            except ServiceError:
                pending = []
        self._pending = pending
        self._fill(self.pending_table, [[
            _cell(p.client_name), _cell(translate("labels", p.final_level.label), p.final_level.rank),
            _cell(format_date(p.assessed_on), p.assessed_on.toordinal())] for p in pending],
            list(range(len(pending))))
        self.pending_summary.setText(self.tr("{n} zwangerschappen wachten op een besluit.").format(n=len(pending))
                                     if pending else self.tr("Geen gesignaleerde zwangerschappen zonder besluit."))

    def load_list(self, *_: object) -> None:
        try:
            rows: list[ReferralSummary] = self._services.referrals.list(
                self.actor, include_closed=bool(self.scope.currentData()))
        except ServiceError as exc:
            self.empty.setText(str(exc))
            return
        self._fill(
            self.table,
            [
                [
                    _cell(r.client_name),
                    _cell(r.destination_name),
                    _status_cell(translate("labels", r.status.label), r.status),
                    _cell(translate("labels", r.consent_state)),
                    _cell(format_date(r.created_on), r.created_on.toordinal()),
                    _cell(
                        format_date(r.sent_on)
                        + (f" · {translate('labels', SHORT_ROUTES[r.sent_via])}" if r.sent_via else ""),
                        r.sent_on.toordinal() if r.sent_on else 0,
                    ),
                ]
                for r in rows
            ],
            [r.id for r in rows],
        )
        header = self.table.horizontalHeader()
        header.resizeSection(STATUS_COLUMN, header.sectionSize(STATUS_COLUMN) + 10)  # room after a coloured status
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def load_funnel(self, *_: object) -> None:
        today = dt.date.today()
        days = self.period.currentData()
        start = dt.date(today.year, 1, 1) if not days else today - dt.timedelta(days=int(days))
        try:
            funnel = self._services.referrals.funnel(self.actor, start, today)
        except ServiceError:
            return
        self.funnel.set_steps([(translate("labels", label), n) for label, n in funnel.steps()])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[QTableWidgetItem]], keys: list[int]) -> None:
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for r, (cells, key) in enumerate(zip(rows, keys, strict=True)):
            for c, cell in enumerate(cells):
                if c == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, key)
                table.setItem(r, c, cell)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()

    def _term_changed(self) -> None:
        try:
            self._services.referrals.set_overdue_days(self.actor, self.term.value())
        except ServiceError as exc:
            dialogs.error(self, self.tr("Termijn"), str(exc))
            return
        self.load_worklists()

    def _open_from(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.open_referral(int(item.data(Qt.ItemDataRole.UserRole)))

    def _compose_from_pending(self, row: int) -> None:
        item = self.pending_table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        pending = self._pending[int(item.data(Qt.ItemDataRole.UserRole))]
        self.start_referral(pending.pregnancy_id, pending.assessment_id)

    # --- navigation --------------------------------------------------------------------------------
    def show_overview(self) -> None:
        if not self.confirm_leave():
            return
        self.stack.setCurrentWidget(self.overview)
        self.load()

    def open_referral(self, referral_id: int) -> bool:
        if not self.confirm_leave():
            return False
        if self.detail.open(referral_id):
            self.stack.setCurrentWidget(self.detail)
            return True
        return False

    def start_referral(self, pregnancy_id: int, assessment_id: int | None = None) -> None:
        """Begin composing a referral for a pregnancy (from a referral decision in Signalering)."""
        if not self.allowed or not self.confirm_leave():
            return
        if self.detail.compose(pregnancy_id, assessment_id):
            self.stack.setCurrentWidget(self.detail)

    def _detail_changed(self) -> None:
        self._loaded = False
        self.referrals_changed.emit()

    def can_print(self) -> bool:
        """The main window's Afdrukken (Ctrl+P): the letter of the referral on screen."""
        return self.stack.currentWidget() is self.detail and self.detail.can_print()

    def print_current(self) -> None:
        if self.can_print():
            self.detail.print_letter()

    def is_dirty(self) -> bool:
        """Unsaved input on this page."""
        return self.stack.currentWidget() is self.detail and self.detail.is_dirty()

    def confirm_leave(self) -> bool:
        """Ask about unsaved input before the page is left; True when it may be left."""
        if not self.is_dirty():
            return True
        answer = dialogs.ask_unsaved(self, self.tr("de verwijzing"))
        if answer == "save":
            return self.detail.save()
        if answer == "discard":
            self.detail.discard()
            return True
        return False
