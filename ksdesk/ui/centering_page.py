"""The Centering section: the candidate pool beside the proposed groups, and the groups with their detail."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal  # noqa: F401
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ksdesk.centering.model import CandidateView, GroupStatus
from ksdesk.records.gestation import format_date
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.ui import dialogs
from ksdesk.ui.centering_group import ID_ROLE, STATUS_CHIP, GroupPanel, _item, clabel
from ksdesk.ui.centering_timeline import GroupTimeline
from ksdesk.ui.widgets import error_colour, fit_columns, heading, hint, small_table, table_width

KIND_ROLE = Qt.ItemDataRole.UserRole + 2
NEW, JOIN, UNPLACED = "new", "join", "unplaced"


def _scrolling(widget: QWidget) -> QScrollArea:
    """Let a tall panel scroll on a small screen instead of forcing the main window's minimum height."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    area.viewport().setAutoFillBackground(False)
    widget.setAutoFillBackground(False)
    return area


def _show_whole(splitter: QSplitter, table: QTableWidget) -> None:
    """Widen the splitter's left side (never narrow it) so the table shows every column, up to half the width and
    as far as the right side's panel leaves room."""
    if not splitter.isVisible():
        return
    sizes = splitter.sizes()
    total = sum(sizes)
    right = splitter.widget(1)
    inner = right.widget() if isinstance(right, QScrollArea) else right
    room = min(total // 2, total - inner.minimumSizeHint().width() - splitter.handleWidth())
    left = min(table_width(table), room)
    if total > 0 and left > sizes[0]:
        splitter.setSizes([left, total - left])


class CenteringPage(QWidget):
    """Planning (pool and proposal) and Groepen (list and detail)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.today = dt.date.today()
        self._loaded = False
        self.pool: list[CandidateView] = []
        self.proposed: list[list[CandidateView]] = []
        self.joins: dict[int, tuple[str, list[CandidateView]]] = {}
        self.unplaced: list[tuple[CandidateView, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("CenteringZwangerschap")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_planning()
        self._build_groups()

    # --- planning tab ---------------------------------------------------------------------------------------
    def _build_planning(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.pool_title = QLabel()
        self.pool_title.setObjectName("pool_title")
        lbox.addWidget(self.pool_title)
        self.pool_table = small_table([self.tr("Naam"), self.tr("ATD"), self.tr("Zw.duur"), self.tr("Taal"),
                                       self.tr("Gemeente")])
        self.pool_table.setObjectName("pool_table")
        self.pool_table.setAccessibleName(self.tr("Kandidaten"))
        self.pool_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        lbox.addWidget(self.pool_table)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Groep maken van selectie"))
        self.create_button.setObjectName("create_group")
        row.addWidget(self.create_button)
        row.addStretch(1)
        lbox.addLayout(row)
        lbox.addWidget(hint(self.tr("Selecteer zwangeren (Ctrl of Shift) en maak er zelf een groep van, of laat "
                                    "ksdesk groepen voorstellen.")))
        splitter.addWidget(left)

        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.propose_button = QPushButton(self.tr("Groepen voorstellen"))
        self.propose_button.setObjectName("propose")
        self.accept_button = QPushButton(self.tr("Voorstel overnemen"))
        self.accept_button.setObjectName("accept")
        self.accept_button.setEnabled(False)
        row.addWidget(self.propose_button)
        row.addWidget(self.accept_button)
        row.addStretch(1)
        rbox.addLayout(row)
        self.proposal_tree = QTreeWidget()
        self.proposal_tree.setObjectName("proposal_tree")
        self.proposal_tree.setAccessibleName(self.tr("Voorstel"))
        self.proposal_tree.setHeaderLabels([self.tr("Voorstel"), self.tr("ATD"), self.tr("Toelichting")])
        self.proposal_tree.setAlternatingRowColors(True)
        self.proposal_tree.setWordWrap(True)
        self.proposal_tree.setUniformRowHeights(False)
        rbox.addWidget(self.proposal_tree, 1)
        self.proposal_timeline = GroupTimeline()
        rbox.addWidget(self.proposal_timeline)
        move_label = QLabel(self.tr("Verplaats de gekozen zwangere naar:"))
        rbox.addWidget(move_label)  # on its own line: the right side stays narrow enough for the whole pool table
        row = QHBoxLayout()
        self.move_to = QComboBox()
        self.move_to.setObjectName("proposal_move_to")
        move_label.setBuddy(self.move_to)
        self.move_to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.move_to.setMinimumContentsLength(24)
        self.move_button = QPushButton(self.tr("Verplaatsen"))
        self.move_button.setObjectName("proposal_move")
        row.addWidget(self.move_to)
        row.addWidget(self.move_button)
        row.addStretch(1)
        rbox.addLayout(row)
        self.planning_message = QLabel()
        self.planning_message.setObjectName("planning_message")
        self.planning_message.setWordWrap(True)
        rbox.addWidget(self.planning_message)
        splitter.addWidget(_scrolling(right))
        splitter.setSizes([420, 640])
        self.planning_splitter = splitter
        splitter.installEventFilter(self)
        box.addWidget(splitter)
        self.propose_button.clicked.connect(self.propose)
        self.accept_button.clicked.connect(self.accept)
        self.create_button.clicked.connect(self.create_from_selection)
        self.move_button.clicked.connect(self.move_in_proposal)
        self.proposal_tree.currentItemChanged.connect(self._proposal_selected)
        self.tabs.addTab(page, self.tr("Planning"))

    def _build_groups(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.show_closed = QCheckBox(self.tr("Ook afgeronde en geannuleerde groepen"))
        lbox.addWidget(self.show_closed)
        self.groups_table = small_table([self.tr("Groep"), self.tr("Status"), self.tr("Start"), self.tr("Deeln."),
                                         self.tr("Signalen")])
        self.groups_table.setObjectName("groups_table")
        self.groups_table.setAccessibleName(self.tr("Groepen"))
        lbox.addWidget(self.groups_table)
        self.groups_empty = hint(self.tr("Nog geen groepen. Kies 'Groepen voorstellen' op het tabblad Planning om "
                                         "te beginnen."))
        lbox.addWidget(self.groups_empty)
        splitter.addWidget(left)
        self.panel = GroupPanel(self._services, self.actor)
        self.panel.today = self.today
        splitter.addWidget(_scrolling(self.panel))
        splitter.setSizes([380, 820])
        self.groups_splitter = splitter
        splitter.installEventFilter(self)
        box.addWidget(splitter)
        self.show_closed.toggled.connect(self.load_groups)
        self.groups_table.itemSelectionChanged.connect(self._group_selected)
        self.panel.changed.connect(self._after_group_change)
        self.tabs.addTab(page, self.tr("Groepen"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """When a splitter gets its size (its tab shown, the window resized), its list gets room for every column."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            if watched is self.planning_splitter:
                QTimer.singleShot(0, self, lambda: _show_whole(self.planning_splitter, self.pool_table))
            elif watched is self.groups_splitter:
                QTimer.singleShot(0, self, lambda: _show_whole(self.groups_splitter, self.groups_table))
        return super().eventFilter(watched, event)

    # --- loading ---------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Reload the pool and the groups."""
        self._loaded = True
        try:
            self.load_pool()
            self.load_groups()
        except ServiceError as exc:
            self.planning_message.setText(str(exc))

    def load_pool(self) -> None:
        self.pool = self._services.centering.pool(self.actor, today=self.today)
        table = self.pool_table
        table.setSortingEnabled(False)
        table.setRowCount(0)
        for c in self.pool:
            r = table.rowCount()
            table.insertRow(r)
            cells = [_item(c.name, c.pregnancy_id), _item(format_date(c.due_date), sort=c.due_date.isoformat()),
                     _item(c.gestational_age), _item(c.language), _item(c.municipality or "")]
            for col, cell in enumerate(cells):
                table.setItem(r, col, cell)
        table.setSortingEnabled(True)
        table.sortItems(1)
        fit_columns(table)
        _show_whole(self.planning_splitter, table)
        self.pool_title.setText(self.tr("Kandidaten ({0}): intake gedaan, wil Centering, nog geen groep").format(
            len(self.pool)) if self.pool else self.tr("Geen kandidaten: niemand wacht op een groep."))

    def load_groups(self) -> None:
        statuses = None if self.show_closed.isChecked() else [GroupStatus.PLANNED, GroupStatus.RUNNING]
        groups = self._services.centering.groups(self.actor, statuses=statuses)
        self._open_groups = [(g.id, g.name) for g in groups if g.status.is_open]
        selected = self._selected_group()
        table = self.groups_table
        table.blockSignals(True)  # refilling is no choice of hers: the panel follows once, below
        table.setSortingEnabled(False)
        table.setRowCount(0)
        for g in groups:
            r = table.rowCount()
            table.insertRow(r)
            status = _item(clabel(g.status))
            status.setToolTip(STATUS_CHIP[g.status])
            cells = [_item(g.name, g.id), status,
                     _item(format_date(g.start_date), sort=g.start_date.isoformat() if g.start_date else ""),
                     _item(str(g.member_count), sort=g.member_count),
                     _item(str(len(g.warnings)) if g.warnings else "")]
            if g.warnings:
                cells[4].setToolTip("\n".join(g.warnings))
                cells[4].setForeground(QColor(error_colour()))
            for col, cell in enumerate(cells):
                table.setItem(r, col, cell)
        table.setSortingEnabled(True)
        fit_columns(table)
        _show_whole(self.groups_splitter, table)
        self.groups_empty.setVisible(not groups)
        if selected is not None:
            self.select_group(selected)
        table.blockSignals(False)
        if selected is not None:
            self._group_selected()  # the same group again (reloaded, or kept with her edits), or none if it went
        elif not groups:
            self.panel.show_group(None)

    def _selected_group(self) -> int | None:
        row = self.groups_table.currentRow()
        item = self.groups_table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item else None

    def select_group(self, group_id: int) -> None:
        for r in range(self.groups_table.rowCount()):
            if self.groups_table.item(r, 0).data(ID_ROLE) == group_id:
                self.groups_table.selectRow(r)
                return

    def _group_selected(self) -> None:
        group_id = self._selected_group()
        shown = self.panel.detail.id if self.panel.detail is not None else None
        if group_id == shown and self.panel.is_dirty():
            return  # the list was refreshed around the same group: her edits stay
        if shown is not None and group_id != shown and not self.confirm_leave():
            self._reselect(shown)  # she stays with the group she was editing
            return
        self.panel.show_group(group_id, self._open_groups)

    def _reselect(self, group_id: int) -> None:
        self.groups_table.blockSignals(True)
        self.select_group(group_id)
        self.groups_table.blockSignals(False)

    def _after_group_change(self) -> None:
        self.load_pool()
        self.load_groups()

    # --- proposal ---------------------------------------------------------------------------------------
    def propose(self) -> None:
        self.planning_message.clear()
        try:
            proposal = self._services.centering.propose(self.actor, today=self.today)
        except ServiceError as exc:
            self.planning_message.setText(str(exc))
            return
        self.proposed = [list(g.members) for g in proposal.groups]
        self.joins = {j.group_id: (j.group_name, list(j.members)) for j in proposal.joins}
        self.unplaced = [(u.candidate, u.reason) for u in proposal.unplaced]
        self._fill_proposal()
        self.planning_message.setText(self.tr("Voorstel: {0} van de {1} zwangeren geplaatst in {2} nieuwe groepen "
                                              "en {3} bestaande.").format(
            proposal.placed_count, len(self.pool), len(proposal.groups), len(proposal.joins)))

    def _fill_proposal(self) -> None:
        tree = self.proposal_tree
        tree.clear()
        for index, members in enumerate(self.proposed):
            dates = sorted(m.due_date for m in members)
            top = QTreeWidgetItem([self.tr("Nieuwe groep {0} · {1} zwangeren").format(index + 1, len(members)),
                                   f"{format_date(dates[0])} – {format_date(dates[-1])}" if dates else "",
                                   self.tr("spreiding {0} dagen").format((dates[-1] - dates[0]).days) if dates else
                                   self.tr("leeg")])
            top.setData(0, KIND_ROLE, (NEW, index))
            self._children(top, members)
            tree.addTopLevelItem(top)
        for group_id, (name, members) in self.joins.items():
            top = QTreeWidgetItem([self.tr("Aanvullen: {0} · {1} erbij").format(name, len(members)), "", ""])
            top.setData(0, KIND_ROLE, (JOIN, group_id))
            self._children(top, members)
            tree.addTopLevelItem(top)
        if self.unplaced:
            top = QTreeWidgetItem([self.tr("Niet geplaatst · {0}").format(len(self.unplaced)), "", ""])
            top.setData(0, KIND_ROLE, (UNPLACED, 0))
            for candidate, reason in self.unplaced:
                child = QTreeWidgetItem([candidate.name, format_date(candidate.due_date), reason])
                child.setData(0, ID_ROLE, candidate.pregnancy_id)
                child.setToolTip(2, reason)
                top.addChild(child)
            tree.addTopLevelItem(top)
        tree.expandAll()
        for col in range(2):
            tree.resizeColumnToContents(col)
        self.accept_button.setEnabled(any(len(g) for g in self.proposed) or any(m for _n, m in self.joins.values()))
        self.move_to.clear()
        for index in range(len(self.proposed)):
            self.move_to.addItem(self.tr("Nieuwe groep {0}").format(index + 1), (NEW, index))
        self.move_to.addItem(self.tr("Een extra nieuwe groep"), (NEW, len(self.proposed)))
        for group_id, (name, _members) in self.joins.items():
            self.move_to.addItem(self.tr("Aanvullen: {0}").format(name), (JOIN, group_id))
        self.move_to.addItem(self.tr("Niet plaatsen"), (UNPLACED, 0))

    def _children(self, top: QTreeWidgetItem, members: list[CandidateView]) -> None:
        for m in sorted(members, key=lambda c: (c.due_date, c.name)):
            child = QTreeWidgetItem([m.name, format_date(m.due_date), f"{m.gestational_age} · {m.language}"])
            child.setData(0, ID_ROLE, m.pregnancy_id)
            top.addChild(child)

    def _proposal_selected(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        top = current if current.parent() is None else current.parent()
        kind, key = top.data(0, KIND_ROLE)
        if kind == NEW and key < len(self.proposed):
            members = self.proposed[key]
            self.proposal_timeline.set_group([m.due_date for m in members], self._preview(members), self.today)
        else:
            self.proposal_timeline.set_group([], [], self.today)

    def _preview(self, members: list[CandidateView]) -> list[tuple[int, dt.date, bool]]:
        """Session dates of a proposed group as it stands now (after any adjustment), for the timeline."""
        if not members:
            return []
        try:
            starts = self._services.centering.schedule_preview(self.actor, [m.due_date for m in members])
        except ServiceError:
            return []
        return [(number, start.date(), False) for number, start in enumerate(starts, start=1)]

    def _take(self, pregnancy_id: int) -> CandidateView | None:
        for members in [*self.proposed, *(m for _n, m in self.joins.values())]:
            for candidate in members:
                if candidate.pregnancy_id == pregnancy_id:
                    members.remove(candidate)
                    return candidate
        for pair in self.unplaced:
            if pair[0].pregnancy_id == pregnancy_id:
                self.unplaced.remove(pair)
                return pair[0]
        return None

    def move_in_proposal(self) -> None:
        """Adjust the proposal: move the chosen woman to another proposed group (or leave her out)."""
        item = self.proposal_tree.currentItem()
        if item is None or item.parent() is None:
            self.planning_message.setText(self.tr("Kies eerst een zwangere in het voorstel."))
            return
        kind, key = self.move_to.currentData()
        candidate = self._take(item.data(0, ID_ROLE))
        if candidate is None:
            return
        if kind == NEW:
            if key >= len(self.proposed):
                self.proposed.append([])
            self.proposed[key].append(candidate)
        elif kind == JOIN:
            self.joins[key][1].append(candidate)
        else:
            self.unplaced.append((candidate, self.tr("Met de hand uit het voorstel gehaald.")))
        self.proposed = [g for g in self.proposed if g]
        self._fill_proposal()
        self.planning_message.setText(self.tr("{0} verplaatst. Het voorstel is nog niet opgeslagen.").format(
            candidate.name))

    def accept(self) -> None:
        groups = [[m.pregnancy_id for m in g] for g in self.proposed if g]
        joins = {gid: [m.pregnancy_id for m in members] for gid, (_n, members) in self.joins.items() if members}
        try:
            new_ids = self._services.centering.accept_proposal(self.actor, groups, joins, today=self.today)
        except ValidationError as exc:
            self.planning_message.setText(" ".join(exc.messages.values()))
            return
        except ServiceError as exc:
            self.planning_message.setText(str(exc))
            return
        self.proposed, self.joins, self.unplaced = [], {}, []
        self._fill_proposal()
        self.proposal_timeline.set_group([], [])
        self.load_pool()
        self.load_groups()
        self.planning_message.setText(self.tr("{0} nieuwe groepen gemaakt, met een volledig schema. Kies op het "
                                              "tabblad Groepen de begeleiders en de ruimte.").format(len(new_ids)))
        if new_ids:
            self.select_group(new_ids[0])

    def create_from_selection(self) -> None:
        rows = sorted({i.row() for i in self.pool_table.selectedIndexes()})
        ids = [self.pool_table.item(r, 0).data(ID_ROLE) for r in rows]
        if not ids:
            self.planning_message.setText(self.tr("Selecteer eerst zwangeren in de lijst met kandidaten."))
            return
        try:
            group = self._services.centering.create_group(self.actor, ids, today=self.today)
        except ValidationError as exc:
            self.planning_message.setText(" ".join(exc.messages.values()))
            return
        except ServiceError as exc:
            self.planning_message.setText(str(exc))
            return
        self.load_pool()
        self.load_groups()
        self.select_group(group.id)
        self.tabs.setCurrentIndex(1)
        self.planning_message.setText(self.tr("Groep '{0}' gemaakt.").format(group.name))

    # --- the main window's questions --------------------------------------------------------------------------
    def can_print(self) -> bool:
        """Afdrukken (Ctrl+P) prints from the group on screen in Groepen."""
        return self.tabs.currentIndex() == 1 and self.panel.can_print()

    def print_current(self) -> None:
        if self.can_print():
            self.panel.print_current()

    def is_dirty(self) -> bool:
        """Unsaved attendance or group details (an adjusted proposal is kept while the window is open, not asked
        about)."""
        return self.panel.is_dirty()

    def confirm_leave(self) -> bool:
        """Ask about unsaved input before the page or its group is left; True when it may be left."""
        parts = self.panel.dirty_parts()
        if not parts:
            return True
        answer = dialogs.ask_unsaved(self, self.tr(" en ").join(parts))
        if answer == "save":
            return self.panel.save_pending()
        if answer == "discard":
            self.panel.discard_pending()
            return True
        return False



