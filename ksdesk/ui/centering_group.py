"""One Centering group: timeline, members, schedule, attendance, details and printouts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ksdesk.centering.model import (
    AttendanceStatus,
    FacilitatorRole,
    GroupDetail,
    GroupStatus,
    LeaveReason,
    SessionView,
    label,
)
from ksdesk.records.enums import Discipline
from ksdesk.records.gestation import format_date, gestational_age, parse_date
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.ui import dialogs
from ksdesk.ui.centering_timeline import GroupTimeline
from ksdesk.ui.i18n import translate
from ksdesk.ui.widgets import (
    SortItem,
    chip,
    date_edit,
    error_colour,
    heading,
    hint,
    small_table,
    style_chip,
    time_edit,
)

STATUS_CHIP = {GroupStatus.PLANNED: "info", GroupStatus.RUNNING: "ok", GroupStatus.FINISHED: "neutral",
               GroupStatus.CANCELLED: "warn"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def clabel(code: object) -> str:
    """A translated Centering label."""
    return translate("labels", label(code))  # type: ignore[arg-type]


def session_title(session: SessionView) -> str:
    """ "Bijeenkomst 3" or "Reünie" in the interface language."""
    if session.reunion:
        return translate("CenteringGroup", "Reünie")
    return translate("CenteringGroup", "Bijeenkomst {n}").format(n=session.number)


def _item(text: str, data: object = None, sort: object = None) -> QTableWidgetItem:
    item = SortItem(text, sort)
    if data is not None:
        item.setData(ID_ROLE, data)
    return item


class GroupPanel(QWidget):
    """The detail of the selected group. Emits ``changed`` after a successful write."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.detail: GroupDetail | None = None
        self.today = dt.date.today()
        # what the attendance and details tabs showed when filled: is_dirty() compares with it
        self._attendance_number: int | None = None
        self._attendance_loaded: dict[int, tuple[object, str]] = {}
        self._details_loaded: dict[str, object] = {}
        self._attendance_editable = False
        self._details_editable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = heading("", 1.25)
        self.title.setObjectName("group_title")
        self.status_chip = chip("")
        top.addWidget(self.title)
        top.addWidget(self.status_chip)
        top.addStretch(1)
        self.overview_button = QPushButton(self.tr("Groepsoverzicht"))
        self.ics_button = QPushButton(self.tr("Agenda (.ics)"))
        top.addWidget(self.overview_button)
        top.addWidget(self.ics_button)
        layout.addLayout(top)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.info)
        self.warnings = QLabel()
        self.warnings.setObjectName("group_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {error_colour()};")
        layout.addWidget(self.warnings)
        self.timeline = GroupTimeline()
        layout.addWidget(self.timeline)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_members()
        self._build_schedule()
        self._build_attendance()
        self._build_details()
        self.overview_button.setToolTip(self.tr("Het groepsoverzicht afdrukken"))
        self.ics_button.setToolTip(self.tr("De bijeenkomsten opslaan als agendabestand voor Outlook of Google Agenda"))
        self.overview_button.clicked.connect(self.print_overview)
        self.ics_button.clicked.connect(self.save_calendar)
        self.setEnabled(False)

    # --- building ---------------------------------------------------------------------------------------
    def _build_members(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.members = small_table([self.tr("Naam"), self.tr("ATD"), self.tr("Zw.duur"), self.tr("Taal"),
                                    self.tr("Sinds"), self.tr("Status"), self.tr("CB-IPG-toeslag"),
                                    self.tr("Overdracht JGZ")])
        self.members.setObjectName("members_table")
        self.members.setAccessibleName(self.tr("Deelnemers"))
        box.addWidget(self.members)
        row = QHBoxLayout()
        self.leave_reason = QComboBox()
        for code in LeaveReason:
            if code is not LeaveReason.OTHER_GROUP:
                self.leave_reason.addItem(clabel(code), code)
        self.leave_date = date_edit("leave_date")
        self.leave_date.setText(format_date(self.today))
        self.leave_button = QPushButton(self.tr("Verlaat groep"))
        self.leave_reason.setAccessibleName(self.tr("Reden van vertrek"))
        self.leave_date.setAccessibleName(self.tr("Datum van vertrek"))
        row.addWidget(QLabel(self.tr("Reden:")))
        row.addWidget(self.leave_reason)
        row.addWidget(QLabel(self.tr("Datum:")))
        row.addWidget(self.leave_date)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        box.addLayout(row)
        row = QHBoxLayout()
        self.move_target = QComboBox()
        self.move_target.setObjectName("move_target")
        self.move_target.setAccessibleName(self.tr("Andere groep"))
        self.move_target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.move_target.setMinimumContentsLength(16)
        self.move_button = QPushButton(self.tr("Naar andere groep"))
        self.remove_button = QPushButton(self.tr("Terug naar de kandidaten"))
        row.addWidget(self.move_target)
        row.addWidget(self.move_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)
        row2 = QHBoxLayout()
        self.toeslag_button = QPushButton(self.tr("Toeslag gedeclareerd"))
        self.consent_button = QPushButton(self.tr("Toestemming overdracht aan/uit"))
        self.handover_button = QPushButton(self.tr("Overdrachtslijst JGZ"))
        for button in (self.toeslag_button, self.consent_button, self.handover_button):
            row2.addWidget(button)
        row2.addStretch(1)
        box.addLayout(row2)
        self.members_error = QLabel()
        self.members_error.setStyleSheet(f"color: {error_colour()};")
        self.members_error.setWordWrap(True)
        box.addWidget(self.members_error)
        self.leave_button.clicked.connect(self.leave_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.toeslag_button.clicked.connect(self.declare_selected)
        self.consent_button.clicked.connect(self.toggle_consent)
        self.handover_button.clicked.connect(self.print_handover)
        self.remove_button.clicked.connect(self.remove_selected)
        self.tabs.addTab(page, self.tr("Deelnemers"))

    def _build_schedule(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.schedule = small_table([self.tr("#"), self.tr("Bijeenkomst"), self.tr("Datum"), self.tr("Tijd"),
                                     self.tr("Zw.duur"), self.tr("Opmerking")])
        self.schedule.setObjectName("schedule_table")
        self.schedule.setAccessibleName(self.tr("Schema"))
        self.schedule.setSortingEnabled(False)
        box.addWidget(self.schedule)
        row = QHBoxLayout()
        self.move_date = date_edit("move_date")
        self.move_time = time_edit()
        self.move_date.setAccessibleName(self.tr("Nieuwe datum"))
        self.move_time.setAccessibleName(self.tr("Nieuwe tijd"))
        self.move_session_button = QPushButton(self.tr("Bijeenkomst verplaatsen"))
        self.sheet_button = QPushButton(self.tr("Presentielijst afdrukken"))
        row.addWidget(QLabel(self.tr("Nieuwe datum:")))
        row.addWidget(self.move_date)
        row.addWidget(self.move_time)
        row.addWidget(self.move_session_button)
        row.addSpacing(16)
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        box.addLayout(row)
        self.schedule_error = QLabel()
        self.schedule_error.setObjectName("schedule_error")
        self.schedule_error.setStyleSheet(f"color: {error_colour()};")
        self.schedule_error.setWordWrap(True)
        box.addWidget(self.schedule_error)
        self.schedule.itemSelectionChanged.connect(self._session_selected)
        self.move_session_button.clicked.connect(self.move_selected_session)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.tabs.addTab(page, self.tr("Schema"))

    def _build_attendance(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.attendance_session = QComboBox()
        self.attendance_session.setObjectName("attendance_session")
        self.attendance_session.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.attendance_session.setMinimumContentsLength(26)
        session_label = QLabel(self.tr("Bijeenkomst:"))
        session_label.setBuddy(self.attendance_session)
        row.addWidget(session_label)
        row.addWidget(self.attendance_session)
        row.addStretch(1)
        box.addLayout(row)
        self.attendance = QTableWidget(0, 4)
        self.attendance.setObjectName("attendance_table")
        self.attendance.setAccessibleName(self.tr("Aanwezigheid"))
        self.attendance.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Aanwezigheid"), self.tr("Opmerking"),
                                                   self.tr("Individueel consult")])
        self.attendance.verticalHeader().hide()
        self.attendance.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.attendance)
        row = QHBoxLayout()
        self.attendance_save = QPushButton(self.tr("Aanwezigheid opslaan"))
        self.attendance_save.setObjectName("attendance_save")
        self.consult_button = QPushButton(self.tr("Individueel consult gedaan"))
        self.consult_button.setObjectName("consult_done")
        row.addWidget(self.attendance_save)
        row.addWidget(self.consult_button)
        row.addStretch(1)
        box.addLayout(row)
        self.attendance_note = QLabel()
        self.attendance_note.setWordWrap(True)
        box.addWidget(self.attendance_note)
        self.attendance_session.currentIndexChanged.connect(self._session_chosen)
        self.attendance_save.clicked.connect(lambda: self.save_attendance())
        self.consult_button.clicked.connect(self.consult_done)
        self.tabs.addTab(page, self.tr("Aanwezigheid"))

    def _build_details(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.language_edit = QLineEdit()
        self.location_combo = QComboBox()
        self.room_combo = QComboBox()
        self.midwife_combo = QComboBox()
        self.co_combo = QComboBox()
        form.addRow(self.tr("Naam"), self.name_edit)
        form.addRow(self.tr("Taal"), self.language_edit)
        form.addRow(self.tr("Locatie"), self.location_combo)
        form.addRow(self.tr("Ruimte"), self.room_combo)
        form.addRow(self.tr("Verloskundige"), self.midwife_combo)
        form.addRow(self.tr("Co-begeleider"), self.co_combo)
        box.addLayout(form)
        self.details_error = QLabel()
        self.details_error.setStyleSheet(f"color: {error_colour()};")
        self.details_error.setWordWrap(True)
        box.addWidget(self.details_error)
        row = QHBoxLayout()
        self.details_save = QPushButton(self.tr("Gegevens opslaan"))
        self.details_save.setObjectName("details_save")
        self.replan_button = QPushButton(self.tr("Schema opnieuw plannen"))
        row.addWidget(self.details_save)
        row.addWidget(self.replan_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(hint(self.tr("Status van de groep")))
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start (lopend)"))
        self.finish_button = QPushButton(self.tr("Afronden"))
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setPlaceholderText(self.tr("Reden van annuleren"))
        self.cancel_reason.setAccessibleName(self.tr("Reden van annuleren"))
        self.cancel_button = QPushButton(self.tr("Groep annuleren"))
        for widget in (self.start_button, self.finish_button, self.cancel_reason, self.cancel_button):
            row.addWidget(widget)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        self.location_combo.currentIndexChanged.connect(self._fill_rooms)
        self.details_save.clicked.connect(self.save_details)
        self.replan_button.clicked.connect(lambda: self._write(
            lambda: self._services.centering.regenerate_schedule(self.actor, self._gid()), self.details_error))
        self.start_button.clicked.connect(lambda: self._set_status(GroupStatus.RUNNING))
        self.finish_button.clicked.connect(lambda: self._set_status(GroupStatus.FINISHED))
        self.cancel_button.clicked.connect(lambda: self._set_status(GroupStatus.CANCELLED))
        self.tabs.addTab(page, self.tr("Gegevens"))

    # --- showing ----------------------------------------------------------------------------------------
    def _gid(self) -> int:
        assert self.detail is not None
        return self.detail.id

    def show_group(self, group_id: int | None, other_groups: list[tuple[int, str]] | None = None) -> None:
        """Load a group (None: clear). other_groups: (id, name) of open groups a woman can move to."""
        if group_id is None:
            self.detail = None
            self._attendance_loaded, self._details_loaded = {}, {}
            self._attendance_editable = self._details_editable = False
            self.setEnabled(False)
            self.title.setText(self.tr("Kies links een groep"))
            return
        self.detail = self._services.centering.group(self.actor, group_id)
        self._others = [(gid, name) for gid, name in (other_groups or []) if gid != group_id]
        self.setEnabled(True)
        self._fill()

    def _fill(self) -> None:
        d = self.detail
        assert d is not None
        self.title.setText(d.name)
        style_chip(self.status_chip, clabel(d.status), STATUS_CHIP[d.status])
        place = ", ".join(p for p in (d.room.name if d.room else "", d.location.name if d.location else "") if p)
        facilitators = "; ".join(f"{f.name} ({clabel(f.role).lower()})" for f in d.facilitators)
        active = d.active_members
        self.info.setText(self.tr("{0} deelnemers · {1} · begeleiding: {2}").format(
            len(active), place or self.tr("nog geen locatie"), facilitators or self.tr("nog niet gekozen")))
        self.warnings.setText("\n".join("⚠ " + w for w in d.warnings))
        self.warnings.setVisible(bool(d.warnings))
        self.timeline.set_group([m.due_date for m in active],
                                [(s.number, s.starts_at.date(), s.held) for s in d.sessions], self.today)
        # members
        self.members.setSortingEnabled(False)
        self.members.setRowCount(0)
        for m in d.members:
            r = self.members.rowCount()
            self.members.insertRow(r)
            ga = gestational_age(m.due_date, self.today)
            status = self.tr("In de groep") if m.active else self.tr("Verlaten {0}: {1}").format(
                format_date(m.left_on), clabel(m.leave_reason).lower() if m.leave_reason else "")
            toeslag = (self.tr("Gedeclareerd {0}").format(format_date(m.toeslag_declared_on))
                       if m.toeslag_declared_on else self.tr("Komt in aanmerking") if m.toeslag_eligible
                       else self.tr("Nog niet"))
            cells = [_item(m.name, m.pregnancy_id), _item(format_date(m.due_date), sort=m.due_date.isoformat()),
                     _item(str(ga) if ga and m.active and m.pregnancy_ongoing else ""), _item(m.language),
                     _item(format_date(m.joined_on)),
                     _item(status), _item(toeslag), _item(self.tr("Ja") if m.handover_consent else self.tr("Nee"))]
            if not m.toeslag_eligible and not m.toeslag_declared_on:
                cells[6].setToolTip(m.toeslag_reason)
            for c, cell in enumerate(cells):
                self.members.setItem(r, c, cell)
        self.members.resizeColumnsToContents()
        self.move_target.clear()
        for gid, name in self._others:
            self.move_target.addItem(name, gid)
        self.move_button.setEnabled(bool(self._others) and d.status.is_open)
        # schedule
        self.schedule.setRowCount(0)
        for s in d.sessions:
            r = self.schedule.rowCount()
            self.schedule.insertRow(r)
            remarks = [*s.warnings, *([s.note] if s.note else []), *([self.tr("Geweest")] if s.held else [])]
            cells = [_item(str(s.number), s.number), _item(session_title(s)),
                     _item(format_date(s.starts_at.date())), _item(f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"),
                     _item(s.ga_range or (self.tr("met baby's") if s.reunion else "")), _item(" ".join(remarks))]
            if s.warnings:
                cells[5].setForeground(QColor(error_colour()))
            for c, cell in enumerate(cells):
                self.schedule.setItem(r, c, cell)
        self.schedule.resizeColumnsToContents()
        # attendance sessions: those that took place (today or before)
        current = self.attendance_session.currentData()
        self.attendance_session.blockSignals(True)
        self.attendance_session.clear()
        for s in d.sessions:
            if s.starts_at.date() <= self.today:
                title = session_title(s)
                self.attendance_session.addItem(f"{title} · {format_date(s.starts_at.date())}", s.number)
        if current is not None and self.attendance_session.findData(current) >= 0:
            self.attendance_session.setCurrentIndex(self.attendance_session.findData(current))
        else:
            self.attendance_session.setCurrentIndex(self.attendance_session.count() - 1)
        self.attendance_session.blockSignals(False)
        self._fill_attendance()
        self._fill_details()
        open_group = d.status.is_open
        for widget in (
            self.leave_button,
            self.move_session_button,
            self.details_save,
            self.replan_button,
            self.attendance_save,
            self.remove_button,
        ):
            widget.setEnabled(open_group or (widget is self.attendance_save and d.status is GroupStatus.FINISHED))
        self._details_editable = open_group
        self._attendance_editable = open_group or d.status is GroupStatus.FINISHED
        self.start_button.setEnabled(d.status is GroupStatus.PLANNED)
        self.finish_button.setEnabled(d.status is GroupStatus.RUNNING)
        self.cancel_button.setEnabled(open_group)

    def _fill_attendance(self) -> None:
        self.attendance.setRowCount(0)
        self.attendance_note.clear()
        number = self.attendance_session.currentData()
        self._attendance_number = number
        self._attendance_loaded = {}
        if self.detail is None or number is None:
            self.attendance_note.setText(self.tr("Aanwezigheid vul je in vanaf de dag van de eerste bijeenkomst."))
            return
        session = self.detail.session(number)
        marks = {a.pregnancy_id: a for a in session.attendance}
        day = session.starts_at.date()
        for m in self.detail.members:
            if m.joined_on > day or (m.left_on is not None and m.left_on < day):
                continue
            r = self.attendance.rowCount()
            self.attendance.insertRow(r)
            self.attendance.setItem(r, 0, _item(m.name, m.pregnancy_id))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Aanwezigheid van {name}").format(name=m.name))
            for code in AttendanceStatus:
                combo.addItem(clabel(code), code)
            mark = marks.get(m.pregnancy_id)
            combo.setCurrentIndex(combo.findData(mark.status if mark else AttendanceStatus.PRESENT))
            self.attendance.setCellWidget(r, 1, combo)
            self.attendance.setItem(r, 2, QTableWidgetItem(mark.comment or "" if mark else ""))
            consult = ""
            if mark and mark.status.missed:
                consult = self.tr("Gedaan") if mark.consult_done else self.tr("Nog plannen")
            self.attendance.setItem(r, 3, _item(consult))
        self.attendance.resizeColumnsToContents()
        previous: QWidget = self.attendance  # Tab: each row's choice right after the table, then the buttons
        for row in range(self.attendance.rowCount()):
            choice = self.attendance.cellWidget(row, 1)
            QWidget.setTabOrder(previous, choice)
            previous = choice
        if not session.held:
            self.attendance_note.setText(self.tr("Nog niet ingevuld: iedereen staat op aanwezig."))
        self._attendance_number = number
        self._attendance_loaded = self._attendance_values()

    def _fill_details(self) -> None:
        d = self.detail
        assert d is not None
        self.name_edit.setText(d.name)
        self.language_edit.setText(d.language or "")
        self._locations = self._services.centering.locations(self.actor, include_inactive=False)
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        self.location_combo.addItem(self.tr("(geen)"), None)
        for loc in self._locations:
            self.location_combo.addItem(f"{loc.name} ({loc.region.value})", loc.id)
        self.location_combo.setCurrentIndex(max(self.location_combo.findData(d.location.id if d.location else None), 0))
        self.location_combo.blockSignals(False)
        self._fill_rooms()
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(d.room.id if d.room else None), 0))
        staff = self._services.staff.list(self.actor, include_inactive=False)
        for combo, role, people in (
            (self.midwife_combo, FacilitatorRole.MIDWIFE, [s for s in staff if s.discipline is Discipline.MIDWIFE]),
            (self.co_combo, FacilitatorRole.CO, staff),
        ):
            combo.clear()
            combo.addItem(self.tr("(nog niet gekozen)"), None)
            for person in people:
                trained = self.tr(", Centering-getraind") if person.centering_trained else ""
                combo.addItem(f"{person.name} ({translate('labels', person.discipline.value)}{trained})", person.id)
            current = d.facilitator(role)
            combo.setCurrentIndex(max(combo.findData(current.staff_id if current else None), 0))
        self._details_loaded = self._details_values()

    def _fill_rooms(self) -> None:
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("(geen)"), None)
        location = next(
            (loc for loc in getattr(self, "_locations", []) if loc.id == self.location_combo.currentData()), None
        )
        for room in location.rooms if location else ():
            if room.active:
                self.room_combo.addItem(room.name, room.id)

    # --- actions ---------------------------------------------------------------------------------------
    def _write(self, call: Callable[[], object], error_label: QLabel) -> bool:
        error_label.clear()
        try:
            call()
        except ValidationError as exc:
            error_label.setText(" ".join(exc.messages.values()))
            return False
        except ServiceError as exc:
            error_label.setText(str(exc))
            return False
        self.show_group(self._gid(), self._others)
        self.changed.emit()
        return True

    def _selected_member(self) -> int | None:
        row = self.members.currentRow()
        if row < 0:
            self.members_error.setText(self.tr("Kies eerst een deelnemer in de lijst."))
            return None
        return self.members.item(row, 0).data(ID_ROLE)

    def leave_selected(self) -> None:
        pregnancy_id = self._selected_member()
        if pregnancy_id is None:
            return
        try:
            on = parse_date(self.leave_date.text())
        except ValueError as exc:
            self.members_error.setText(self.tr("Datum: {0}").format(exc))
            return
        self._write(
            lambda: self._services.centering.leave(
                self.actor, self._gid(), pregnancy_id, self.leave_reason.currentData(), on
            ),
            self.members_error,
        )

    def move_selected(self) -> None:
        pregnancy_id = self._selected_member()
        target = self.move_target.currentData()
        if pregnancy_id is None or target is None:
            return
        self._write(lambda: self._services.centering.move_member(self.actor, pregnancy_id, target), self.members_error)

    def remove_selected(self) -> None:
        pregnancy_id = self._selected_member()
        if pregnancy_id is not None:
            self._write(
                lambda: self._services.centering.remove_member(self.actor, self._gid(), pregnancy_id),
                self.members_error,
            )

    def declare_selected(self) -> None:
        pregnancy_id = self._selected_member()
        if pregnancy_id is None:
            return
        if dialogs.confirm(
            self,
            self.tr("CB-IPG-toeslag"),
            self.tr("De toeslag wordt eenmaal per zwangere gedeclareerd. Vastleggen dat hij vandaag is gedeclareerd?"),
            self.tr("Vastleggen"),
        ):
            self._write(
                lambda: self._services.centering.declare_toeslag(self.actor, pregnancy_id, self.today),
                self.members_error,
            )

    def toggle_consent(self) -> None:
        pregnancy_id = self._selected_member()
        if pregnancy_id is None or self.detail is None:
            return
        member = next(m for m in self.detail.members if m.pregnancy_id == pregnancy_id)
        self._write(
            lambda: self._services.centering.set_handover_consent(
                self.actor, self._gid(), pregnancy_id, not member.handover_consent
            ),
            self.members_error,
        )

    def _session_selected(self) -> None:
        row = self.schedule.currentRow()
        if row < 0 or self.detail is None:
            return
        session = self.detail.session(self.schedule.item(row, 0).data(ID_ROLE))
        self.move_date.setText(format_date(session.starts_at.date()))
        from PySide6.QtCore import QTime

        self.move_time.setTime(QTime(session.starts_at.hour, session.starts_at.minute))

    def _selected_session(self) -> int | None:
        row = self.schedule.currentRow()
        if row < 0:
            self.schedule_error.setText(self.tr("Kies eerst een bijeenkomst in het schema."))
            return None
        return self.schedule.item(row, 0).data(ID_ROLE)

    def move_selected_session(self) -> None:
        number = self._selected_session()
        if number is None:
            return
        try:
            day = parse_date(self.move_date.text())
        except ValueError as exc:
            self.schedule_error.setText(self.tr("Datum: {0}").format(exc))
            return
        moment = dt.datetime.combine(day, self.move_time.time().toPython())
        self._write(
            lambda: self._services.centering.move_session(self.actor, self._gid(), number, moment), self.schedule_error
        )

    def save_attendance(self, number: int | None = None) -> bool:
        """Record the attendance in the table (of session `number`, default the one chosen); True when saved."""
        number = self._attendance_number if number is None else number
        if number is None:
            return False
        statuses, comments = {}, {}
        for r in range(self.attendance.rowCount()):
            pregnancy_id = self.attendance.item(r, 0).data(ID_ROLE)
            statuses[pregnancy_id] = self.attendance.cellWidget(r, 1).currentData()
            comments[pregnancy_id] = self.attendance.item(r, 2).text() if self.attendance.item(r, 2) else ""
        try:
            result = self._services.centering.record_attendance(
                self.actor, self._gid(), number, statuses, comments, today=self.today
            )
        except ServiceError as exc:
            self.attendance_note.setText(
                " ".join(exc.messages.values()) if isinstance(exc, ValidationError) else str(exc)
            )
            return False
        self.show_group(self._gid(), self._others)
        self.changed.emit()
        if result.needs_consult:
            self.attendance_note.setText(
                self.tr("Opgeslagen. Plan een individueel consult voor: {0}.").format(", ".join(result.needs_consult))
            )
        else:
            self.attendance_note.setText(self.tr("Opgeslagen."))
        return True

    def consult_done(self) -> None:
        """The chosen woman had the individual consult for the session she missed."""
        number = self.attendance_session.currentData()
        row = self.attendance.currentRow()
        if number is None or row < 0:
            self.attendance_note.setText(self.tr("Kies eerst een deelnemer die de bijeenkomst miste."))
            return
        pregnancy_id = self.attendance.item(row, 0).data(ID_ROLE)
        self._write(
            lambda: self._services.centering.mark_consult_done(self.actor, self._gid(), number, pregnancy_id),
            self.attendance_note,
        )

    def _details_values(self) -> dict[str, object]:
        return {
            "name": self.name_edit.text(),
            "language": self.language_edit.text(),
            "location_id": self.location_combo.currentData(),
            "room_id": self.room_combo.currentData(),
            "midwife_id": self.midwife_combo.currentData(),
            "co_facilitator_id": self.co_combo.currentData(),
        }

    def save_details(self) -> bool:
        data = self._details_values()
        return self._write(lambda: self._services.centering.update_group(self.actor, self._gid(), data),
                           self.details_error)

    # --- unsaved input ---------------------------------------------------------------------------------
    def _attendance_values(self) -> dict[int, tuple[object, str]]:
        """Per member in the attendance table: (status chosen, comment)."""
        values: dict[int, tuple[object, str]] = {}
        for row in range(self.attendance.rowCount()):
            name, choice, comment = (self.attendance.item(row, 0), self.attendance.cellWidget(row, 1),
                                     self.attendance.item(row, 2))
            if name is not None and isinstance(choice, QComboBox):
                values[name.data(ID_ROLE)] = (choice.currentData(), comment.text() if comment else "")
        return values

    def _attendance_changed(self) -> bool:
        return self._attendance_editable and self._attendance_values() != self._attendance_loaded

    def dirty_parts(self) -> list[str]:
        """What holds input not yet saved ("de aanwezigheid", "de groepsgegevens"), compared with what was loaded."""
        if self.detail is None:
            return []
        parts = []
        if self._attendance_changed():
            parts.append(self.tr("de aanwezigheid"))
        if self._details_editable and self._details_values() != self._details_loaded:
            parts.append(self.tr("de groepsgegevens"))
        return parts

    def is_dirty(self) -> bool:
        return bool(self.dirty_parts())

    def save_pending(self) -> bool:
        """Save what was changed (attendance, then details); True when everything was saved."""
        details = self._details_editable and self._details_values() != self._details_loaded
        data = self._details_values()
        if self._attendance_changed() and not self.save_attendance():
            return False
        if details:
            self._fill_details_from(data)
            if not self.save_details():
                return False
        return True

    def _fill_details_from(self, data: dict[str, object]) -> None:
        """Put edited details back after a reload (saving the attendance first reloads the group)."""
        self.name_edit.setText(str(data["name"]))
        self.language_edit.setText(str(data["language"]))
        self.location_combo.setCurrentIndex(max(self.location_combo.findData(data["location_id"]), 0))
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(data["room_id"]), 0))
        self.midwife_combo.setCurrentIndex(max(self.midwife_combo.findData(data["midwife_id"]), 0))
        self.co_combo.setCurrentIndex(max(self.co_combo.findData(data["co_facilitator_id"]), 0))

    def discard_pending(self) -> None:
        """Show the group as it was loaded again."""
        if self.detail is not None:
            self._fill()

    def _session_chosen(self) -> None:
        """Another session in Aanwezigheid: its marks are shown (after asking about unsaved marks)."""
        previous = self._attendance_number
        if previous is not None and previous != self.attendance_session.currentData() and self._attendance_changed():
            answer = dialogs.ask_unsaved(self, self.tr("de aanwezigheid"))
            if answer == "cancel":
                self.attendance_session.blockSignals(True)
                self.attendance_session.setCurrentIndex(self.attendance_session.findData(previous))
                self.attendance_session.blockSignals(False)
                return
            if answer == "save":
                if not self.save_attendance(previous):  # the reload shows the session now chosen
                    self.attendance_session.blockSignals(True)
                    self.attendance_session.setCurrentIndex(self.attendance_session.findData(previous))
                    self.attendance_session.blockSignals(False)
                return
        self._fill_attendance()

    def _set_status(self, status: GroupStatus) -> None:
        if status is GroupStatus.CANCELLED and not dialogs.confirm(
            self,
            self.tr("Groep annuleren"),
            self.tr(
                "De groep wordt geannuleerd; alle gegevens blijven bewaard en de deelnemers komen terug "
                "bij de kandidaten."
            ),
            self.tr("Annuleren"),
        ):
            return
        self._write(
            lambda: self._services.centering.set_status(
                self.actor, self._gid(), status, reason=self.cancel_reason.text(), on=self.today
            ),
            self.details_error,
        )

    # --- outputs -----------------------------------------------------------------------------------------
    def _output(self, make: Callable[[], bytes]) -> bytes | None:
        try:
            return make()
        except ServiceError as exc:
            dialogs.error(self, self.tr("Afdrukken"), str(exc))
            return None

    def can_print(self) -> bool:
        return self.detail is not None

    def print_current(self) -> None:
        """Afdrukken (Ctrl+P): the attendance sheet of the session in view on Schema or Aanwezigheid, else the
        group overview."""
        page = self.tabs.currentIndex()
        if page == 1 and self.schedule.currentRow() >= 0:
            self.print_sheet()
        elif page == 2 and self.attendance_session.currentData() is not None:
            self._print_sheet(int(self.attendance_session.currentData()))
        else:
            self.print_overview()

    def print_overview(self) -> None:
        pdf = self._output(lambda: self._services.centering.overview_pdf(self.actor, self._gid()))
        if pdf:
            dialogs.print_pdf(self, self.tr("Groepsoverzicht"), pdf)

    def print_sheet(self) -> None:
        number = self._selected_session()
        if number is not None:
            self._print_sheet(number)

    def _print_sheet(self, number: int) -> None:
        pdf = self._output(lambda: self._services.centering.attendance_sheet_pdf(self.actor, self._gid(), number))
        if pdf:
            dialogs.print_pdf(self, self.tr("Presentielijst"), pdf)

    def print_handover(self) -> None:
        pdf = self._output(lambda: self._services.centering.handover_pdf(self.actor, self._gid()))
        if pdf:
            dialogs.print_pdf(self, self.tr("Overdracht CenteringOuderschap"), pdf)

    def save_calendar(self) -> None:
        assert self.detail is not None
        path = dialogs.save_file(
            self, self.tr("Agenda opslaan"), f"Centering {self.detail.name}.ics", self.tr("Agenda (*.ics)")
        )
        if path is None:
            return
        data = self._output(lambda: self._services.centering.calendar(self.actor, self._gid()))
        if data is None:
            return
        try:
            path.write_bytes(data)
        except OSError as exc:
            dialogs.error(self, self.tr("Agenda opslaan"), self.tr("Opslaan mislukt: {0}").format(exc.strerror))
            return
        dialogs.info(
            self,
            self.tr("Agenda opslaan"),
            self.tr("De agenda is opgeslagen. Open het bestand in Outlook of importeer het in Google Agenda."),
        )
