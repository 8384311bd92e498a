"""Vandaag: where the day starts — the worklists that need someone, each with a count and the first rows.

- gesignaleerd zonder besluit over doorgeleiding (Signalering, midwife);
- verwijzingen zonder terugkoppeling na N dagen (Verwijzingen, midwife);
- Centering-bijeenkomsten van deze week, and the women waiting for a group (midwife and assistant).
A row opens where the work is done (double-click or Enter). Lists load when the page is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.gestation import format_date
from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError
from ksdesk.ui.i18n import translate
from ksdesk.ui.screening_checklist import level_text
from ksdesk.ui.widgets import WEEKDAYS, chip, heading, hint, style_chip

SHOWN = 8  # rows per list; the count says how many there are


class WorkList(QFrame):
    """One worklist: a title with a count chip, a short list, and a button to the full list."""

    activated = Signal(object)  # the row's payload

    def __init__(self, title: str, empty_text: str, more_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("worklist")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)
        self.count = chip("0", "neutral")
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.list)
        self.empty = hint(empty_text)
        layout.addWidget(self.empty)
        self.more = QPushButton(more_text)
        self.more.setFlat(True)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.clicked.connect(lambda: self.activated.emit(None))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.more)
        layout.addLayout(row)

    def set_rows(self, rows: list[tuple[str, object]], total: int | None = None, *, urgent: bool = False) -> None:
        total = len(rows) if total is None else total
        self.list.clear()
        for text, payload in rows[:SHOWN]:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, payload)
            self.list.addItem(item)
        if total > SHOWN:
            item = QListWidgetItem(self.tr("… en nog {n}").format(n=total - SHOWN))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        style_chip(self.count, str(total), ("urgent" if urgent else "warn") if total else "ok")
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else 20
        self.list.setFixedHeight(min(self.list.count(), SHOWN + 1) * row_height + 2 * self.list.frameWidth() + 4
                                 if rows else 0)

    def show_problem(self, text: str) -> None:
        self.list.clear()
        self.list.hide()
        self.empty.setText(text)
        self.empty.show()


class TodayPage(QWidget):
    """The day's worklists for the logged-in role."""

    open_screening = Signal(int)  # pregnancy id
    open_section = Signal(str)  # a section key of the main window
    open_referral = Signal(int)  # referral id
    open_group = Signal(int)  # Centering group id

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self._today = today
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        self.heading = heading(self.tr("Vandaag"))
        outer.addWidget(self.heading)
        self.date_label = hint("")
        outer.addWidget(self.date_label)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Werklijsten van vandaag"))  # a Tab stop when no list has a row
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, 8, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(16)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.lists: dict[str, WorkList] = {}
        allowed = lambda permission: role_allows(actor.role, permission)  # noqa: E731
        if allowed(Permission.SCREENING_READ):
            self._add("decisions", self.tr("Gesignaleerd, nog geen besluit over doorgeleiding"),
                      self.tr("Geen gesignaleerde zwangerschappen zonder besluit."), self.tr("Naar Signalering"))
            self.lists["decisions"].activated.connect(self._decision_activated)
        if allowed(Permission.REFERRAL_READ):
            self._add("overdue", self.tr("Verwijzingen zonder terugkoppeling"),
                      self.tr("Geen verwijzingen die op terugkoppeling wachten."), self.tr("Naar Verwijzingen"))
            self.lists["overdue"].activated.connect(self._referral_activated)
        if allowed(Permission.CENTERING_READ):
            self._add("sessions", self.tr("Centering-bijeenkomsten deze week"),
                      self.tr("Geen bijeenkomsten deze week."), self.tr("Naar Centering"))
            self.lists["sessions"].activated.connect(self._session_activated)
            self._add("pool", self.tr("Wachten op een Centering-groep"),
                      self.tr("Niemand wacht op een groep."), self.tr("Groepen samenstellen"))
            self.lists["pool"].activated.connect(lambda _payload: self.open_section.emit("centering"))
        if not self.lists:
            self.grid.addWidget(hint(self.tr(
                "Voor jouw rol zijn er geen werklijsten. Beheer vind je links onder Beheer.")), 0, 0)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self._loaded = False

    def _add(self, key: str, title: str, empty: str, more: str) -> None:
        work = WorkList(title, empty, more)
        work.setObjectName(f"worklist_{key}")
        index = len(self.lists)
        self.grid.addWidget(work, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        self.lists[key] = work

    def is_dirty(self) -> bool:
        return False

    def confirm_leave(self) -> bool:
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Reload every list (each on its own: one refusal does not empty the others)."""
        today = self._today()
        self.date_label.setText(self.tr("{weekday} {date}").format(
            weekday=translate("labels", WEEKDAYS[today.weekday()]), date=format_date(today)))
        for key, load in (("decisions", self._load_decisions), ("overdue", self._load_overdue),
                          ("sessions", self._load_sessions), ("pool", self._load_pool)):
            if key in self.lists:
                try:
                    load(today)
                except ServiceError as exc:
                    self.lists[key].show_problem(str(exc))
        self._loaded = True

    def _load_decisions(self, today: dt.date) -> None:
        rows = self._services.screening.pending_decisions(self.actor)
        self.lists["decisions"].set_rows(
            [(self.tr("{client} · {level} · beoordeeld {date}").format(
                client=row.client_name, level=level_text(row.final_level), date=format_date(row.assessed_on)),
              row.pregnancy_id) for row in rows], urgent=any(r.final_level.rank >= 3 for r in rows))

    def _load_overdue(self, today: dt.date) -> None:
        rows = self._services.referrals.overdue(self.actor, today=today)
        days = self._services.referrals.overdue_days(self.actor)
        self.lists["overdue"].title.setText("<b>" + self.tr("Verwijzingen zonder terugkoppeling na {n} dagen").format(
            n=days) + "</b>")
        self.lists["overdue"].set_rows(
            [(self.tr("{name} → {destination} · {days} dagen geleden verstuurd").format(
                name=row.client_name, destination=row.destination_name, days=row.days_waiting(today) or 0), row.id)
             for row in rows])

    def _load_sessions(self, today: dt.date) -> None:
        monday = today - dt.timedelta(days=today.weekday())
        rows = self._services.centering.sessions_between(self.actor, monday, monday + dt.timedelta(days=6))
        self.lists["sessions"].set_rows(
            [(self.tr("{day} {time} · {group} · bijeenkomst {n} · {place} · {count} deelnemers").format(
                day=format_date(row.starts_at.date()), time=row.starts_at.strftime("%H:%M"), group=row.group_name,
                n=row.number, place=row.place or "–", count=row.member_count), row.group_id) for row in rows])

    def _load_pool(self, today: dt.date) -> None:
        rows = sorted(self._services.centering.pool(self.actor, today=today), key=lambda c: c.due_date)
        self.lists["pool"].set_rows(
            [(self.tr("{name} · à terme {date} · {ga}").format(name=row.name, date=format_date(row.due_date),
                                                              ga=row.gestational_age), row.pregnancy_id)
             for row in rows])

    # --- where a row leads -------------------------------------------------------------------
    def _decision_activated(self, pregnancy_id: object) -> None:
        if isinstance(pregnancy_id, int):
            self.open_screening.emit(pregnancy_id)
        else:
            self.open_section.emit("signalling")

    def _referral_activated(self, referral_id: object) -> None:
        if isinstance(referral_id, int):
            self.open_referral.emit(referral_id)
        else:
            self.open_section.emit("referrals")

    def _session_activated(self, group_id: object) -> None:
        if isinstance(group_id, int):
            self.open_group.emit(group_id)
        else:
            self.open_section.emit("centering")
