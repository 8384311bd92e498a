"""The Signalering section: the Kwetsbaarheid Rotterdam checklist, history, meldcode and the referral decision.

Two views in one page: the overview (signalled pregnancies without a doorgeleiding decision, and a search to pick
a client and pregnancy) and one pregnancy (checklist with live suggestion, final level with reason, history,
meldcode panel, doorgeleiding). The live suggestion uses the pure ``ksdesk.screening.classify`` on the catalogue
the services hand out; the service recomputes it on saving and is what counts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.enums import PregnancyStatus
from ksdesk.records.gestation import format_date, gestational_age
from ksdesk.screening import (
    DECISION_LABELS,
    KIND_LABELS,
    MELDCODE_DECISION_LABELS,
    MELDCODE_STEPS,
    AssessmentKind,
    Catalogue,
    Classification,
    Decision,
    Level,
    RiskStatus,
    classify,
)
from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.services.screening import AssessmentView, PendingDecision, PregnancyScreening
from ksdesk.ui import dialogs
from ksdesk.ui.i18n import translate
from ksdesk.ui.screening_checklist import LEVEL_CHIP, ChecklistScroll, ChecklistWidget, level_text
from ksdesk.ui.widgets import (
    CHIP_KINDS,
    SortItem,
    chip,
    code_label,
    date_edit,
    error_colour,
    heading,
    hint,
    local_time,
    style_chip,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
MELDCODE_SHORT = {
    1: "Signalen in kaart brengen",
    2: "Collega / Veilig Thuis raadplegen",
    3: "Gesprek met de cliënte",
    4: "Wegen (afwegingskader)",
    5: "Beslissen: hulp en/of melden",
}
"""Short step titles for the step combo (the full titles are in the list above it and in the tooltip)."""
FOLLOW_SUGGESTION = ""  # final-level combo: "zoals voorgesteld"


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_colour()};")
    label.hide()
    return label


def _show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class ScreeningPage(QWidget):
    """Signalering: worklist and search, and per pregnancy the checklist, history, meldcode and doorgeleiding."""

    referral_requested = Signal(int, int)  # pregnancy id, assessment id: a decision that leads to a referral
    status_message = Signal(str)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.dossier: PregnancyScreening | None = None
        self.current: AssessmentView | None = None  # the assessment in the editor (None: a new one)
        self.catalogue: Catalogue | None = None
        self.suggestion: Classification | None = None
        self._snapshot: object = None
        self._history_sorted = False
        self._worklist_sorted = False
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.stack)
        self.denied = QWidget()
        denied_layout = QVBoxLayout(self.denied)
        denied_layout.addWidget(heading(self.tr("Signalering")))
        # What she can do: a role that may open a client's dossier (the assistant) is offered no noodknop there,
        # so she asks a midwife; a role refused the dossier (the beheerder) is offered noodtoegang when she opens it.
        self.denied_hint = hint(self.tr(
            "Signalering van kwetsbaarheid is voor verloskundigen. Vraag een verloskundige om de signalering van "
            "een cliënte te doen of te bekijken.") if role_allows(actor.role, Permission.CLIENT_READ) else self.tr(
            "Signalering van kwetsbaarheid is voor verloskundigen. Heb je in een noodsituatie toch toegang nodig, "
            "open dan de cliënte en gebruik de noodknop."))
        self.denied_hint.setObjectName("screening_denied_hint")
        denied_layout.addWidget(self.denied_hint)
        denied_layout.addStretch(1)
        self.overview = self._build_overview()
        self.editor = self._build_editor()
        self.stack.addWidget(self.denied)
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.editor)
        save = QShortcut(QKeySequence.StandardKey.Save, self.editor)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self._loaded_overview = False
        self._apply_access()

    # --- access -------------------------------------------------------------------------------
    @property
    def allowed(self) -> bool:
        return role_allows(self.actor.role, Permission.SCREENING_READ) or bool(self.actor.break_glass_reason)

    def set_actor(self, actor: Actor) -> None:
        """Another actor (e.g. noodtoegang for one client)."""
        self.actor = actor
        self._apply_access()

    def _apply_access(self) -> None:
        if not self.allowed:
            self.stack.setCurrentWidget(self.denied)
        elif self.stack.currentWidget() is self.denied:
            self.stack.setCurrentWidget(self.overview)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.allowed and self.stack.currentWidget() is self.overview:
            self.refresh_overview()

    # --- overview -----------------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Signalering")))
        layout.addWidget(hint(self.tr(
            "Kwetsbaarheid volgens de Definitie Kwetsbaarheid Rotterdam. Kies een zwangerschap uit de werklijst, "
            "of zoek een cliënte. Vanuit de cliëntpagina kan het ook: knop ‘Signalering’ bij de zwangerschap.")))
        split = QSplitter(Qt.Orientation.Horizontal)
        work = QGroupBox(self.tr("Gesignaleerd, nog geen besluit over doorgeleiding"))
        self.worklist_box = work
        work_layout = QVBoxLayout(work)
        self.worklist = QTableWidget(0, 5)
        self.worklist.setObjectName("worklist")
        self.worklist.setHorizontalHeaderLabels([self.tr("Niveau"), self.tr("Cliënte"), self.tr("Geboortedatum"),
                                                 self.tr("À terme"), self.tr("Beoordeling")])
        self._table_defaults(self.worklist)
        self.worklist.setTabKeyNavigation(False)
        self.worklist.setToolTip(self.tr(
            "Lopende zwangerschappen, en die waarvan de à terme datum hooguit 6 weken geleden is. "
            "Klik op een kolomkop om te sorteren."))
        self.worklist.itemActivated.connect(self._worklist_activated)
        self.worklist.cellDoubleClicked.connect(lambda row, _col: self._open_row(self.worklist, row))
        work_layout.addWidget(self.worklist)
        self.worklist_empty = hint(self.tr("Geen openstaande besluiten: elke gesignaleerde zwangerschap heeft een "
                                           "besluit over doorgeleiding."))
        work_layout.addWidget(self.worklist_empty)
        split.addWidget(work)
        self.overview_split = split

        find = QGroupBox(self.tr("Cliënte zoeken"))
        find_layout = QVBoxLayout(find)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("screening_search")
        self.search_field.setPlaceholderText(self.tr("Naam, geboortedatum, BSN of postcode"))
        self.search_field.returnPressed.connect(self.search)
        find_layout.addWidget(self.search_field)
        self.search_results = QListWidget()
        self.search_results.setObjectName("screening_search_results")
        self.search_results.setAccessibleName(self.tr("Gevonden cliënten"))
        self.search_results.currentItemChanged.connect(self._client_chosen)
        find_layout.addWidget(self.search_results, 2)
        choice_label = QLabel(self.tr("Zwangerschappen"))
        find_layout.addWidget(choice_label)
        self.pregnancy_choice = QListWidget()
        self.pregnancy_choice.setObjectName("screening_pregnancies")
        choice_label.setBuddy(self.pregnancy_choice)
        self.pregnancy_choice.itemActivated.connect(
            lambda item: self.open_pregnancy(int(item.data(ROW_ROLE))))
        find_layout.addWidget(self.pregnancy_choice, 1)
        self.search_message = _error_label("screening_search_message")
        find_layout.addWidget(self.search_message)
        split.addWidget(find)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 300])
        layout.addWidget(split, 1)
        return page

    @staticmethod
    def _table_defaults(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    def refresh_overview(self) -> None:
        """Reload the worklist of signalled pregnancies without a decision."""
        try:
            pending = self._services.screening.pending_decisions(self.actor)
        except ServiceError as exc:
            dialogs.error(self, self.tr("Signalering"), str(exc))
            return
        self._fill_worklist(pending)

    def _fill_worklist(self, pending: list[PendingDecision]) -> None:
        table = self.worklist
        table.setSortingEnabled(False)
        table.setRowCount(len(pending))
        for row, item in enumerate(pending):
            when = f"{translate('labels', KIND_LABELS[item.kind])} {format_date(item.assessed_on)}"
            cells = [SortItem(level_text(item.final_level), (-item.final_level.rank, row)),
                     SortItem(item.client_name, item.client_name),
                     SortItem(format_date(item.date_of_birth), item.date_of_birth.toordinal()),
                     SortItem(format_date(item.due_date), item.due_date.toordinal()),
                     SortItem(when, item.assessed_on.toordinal())]
            for column, cell in enumerate(cells):
                cell.setData(ROW_ROLE, item.pregnancy_id)
                table.setItem(row, column, cell)
            background, foreground = CHIP_KINDS[LEVEL_CHIP[item.final_level]]
            cells[0].setBackground(QColor(background))
            cells[0].setForeground(QColor(foreground))
            font = cells[0].font()
            font.setBold(True)
            cells[0].setFont(font)
        if not self._worklist_sorted:
            table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # most urgent first
            self._worklist_sorted = True
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        table.setVisible(bool(pending))
        self.worklist_empty.setVisible(not pending)
        self.worklist_box.setTitle(self.tr("Gesignaleerd, nog geen besluit over doorgeleiding ({n})").format(
            n=len(pending)))

    def _worklist_activated(self, item: QTableWidgetItem) -> None:
        self._open_row(self.worklist, item.row())

    def _open_row(self, table: QTableWidget, row: int) -> None:
        cell = table.item(row, 1)
        if cell is not None:
            self.open_pregnancy(int(cell.data(ROW_ROLE)))

    def search(self) -> None:
        """Find clients (through the client service) to pick a pregnancy."""
        self.search_results.clear()
        self.pregnancy_choice.clear()
        _show_error(self.search_message, None)
        try:
            found = self._services.clients.search(self.actor, self.search_field.text(), limit=50)
        except ServiceError as exc:
            _show_error(self.search_message, str(exc))
            return
        for client in found:
            item = QListWidgetItem(f"{client.name} · {format_date(client.date_of_birth)}")
            item.setData(ROW_ROLE, client.id)
            self.search_results.addItem(item)
        if not found:
            _show_error(self.search_message, self.tr("Geen cliënte gevonden."))
        else:
            self.search_results.setCurrentRow(0)
            self.search_results.setFocus()

    def _client_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.pregnancy_choice.clear()
        if item is None:
            return
        try:
            client = self._services.clients.get(self.actor, int(item.data(ROW_ROLE)))
        except ServiceError as exc:
            _show_error(self.search_message, str(exc))
            return
        for pregnancy in client.pregnancies:
            entry = QListWidgetItem(self.tr("À terme {date} · {status}").format(
                date=format_date(pregnancy.due_date), status=code_label(pregnancy.status)))
            entry.setData(ROW_ROLE, pregnancy.id)
            self.pregnancy_choice.addItem(entry)
        if client.pregnancies:
            self.pregnancy_choice.setCurrentRow(0)
        else:
            _show_error(self.search_message, self.tr("Deze cliënte heeft nog geen zwangerschap."))

    def back_to_overview(self) -> None:
        if not self.confirm_leave():
            return
        self.dossier = None
        self.current = None
        self._snapshot = None
        self.stack.setCurrentWidget(self.overview)
        self.refresh_overview()

    # --- the pregnancy editor -----------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("screening_save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Beoordeling opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Overzicht"))
        self.back_button.setObjectName("screening_back")
        self.back_button.clicked.connect(self.back_to_overview)
        top.addWidget(self.back_button)
        self.name_label = heading("", 1.3)
        self.name_label.setObjectName("screening_client_name")
        top.addWidget(self.name_label)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("screening_facts")
        self.facts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.facts_label, 1)
        self.new_button = QPushButton(self.tr("&Nieuwe beoordeling"))
        self.new_button.setObjectName("screening_new")
        self.new_button.setToolTip(self.tr("Begin een nieuwe, lege beoordeling (de eerdere blijven bewaard)."))
        self.new_button.clicked.connect(self.new_assessment)
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)  # always in sight, whatever the side panel's scroll position
        layout.addLayout(top)

        # The state of the pregnancy (latest level, open meldcode, pending decision) on its own line, so buttons
        # appearing after a save never push the page wider.
        status = QHBoxLayout()
        self.latest_chip = chip("", "neutral")
        self.latest_chip.setObjectName("screening_latest_chip")
        status.addWidget(self.latest_chip)
        self.meldcode_jump = QPushButton()
        self.meldcode_jump.setObjectName("meldcode_jump")
        self.meldcode_jump.setStyleSheet(f"QPushButton {{ color: {CHIP_KINDS['urgent'][1]}; font-weight: 600; }}")
        self.meldcode_jump.clicked.connect(self._jump_to_meldcode)
        status.addWidget(self.meldcode_jump)
        self.decision_jump = QPushButton(self.tr("Doorgeleiding: besluit nodig ↓"))
        self.decision_jump.setObjectName("decision_jump")
        self.decision_jump.clicked.connect(self._jump_to_decision)
        status.addWidget(self.decision_jump)
        self.keys_hint = hint(self.tr(
            "Tab/↑↓ volgende · Spatie aan/uit · 1/2/3 status · C/P/G betreft · Ctrl+S opslaan · ⚠ urgent"))
        self.keys_hint.setToolTip(self.tr(
            "Tab of ↑/↓: volgend item · Spatie: aan/uit · 1/2/3: actueel/vermoeden/verleden · "
            "C/P/G: betreft cliënte/partner/gezin · Ctrl+S: opslaan · ⚠: urgente kwetsbaarheid"))
        self.keys_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.keys_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        status.addWidget(self.keys_hint, 1)
        layout.addLayout(status)

        horizontal = QSplitter(Qt.Orientation.Horizontal)
        self.checklist = ChecklistWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.changed.connect(self._changed)
        self.checklist_scroll = ChecklistScroll(self.checklist)
        self.checklist_scroll.setMinimumWidth(300)
        horizontal.addWidget(self.checklist_scroll)
        self.side_scroll = side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_scroll.setWidget(self._build_side())
        side_scroll.setMinimumWidth(320)
        # No sideways scrolling: the wrapped reasons need the viewport's width to lay out their height.
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMaximumWidth(420)
        horizontal.addWidget(side_scroll)
        horizontal.setStretchFactor(0, 1)
        horizontal.setStretchFactor(1, 0)
        horizontal.setCollapsible(0, False)
        horizontal.setCollapsible(1, False)
        horizontal.setSizes([1000, 340])
        layout.addWidget(horizontal, 1)

        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.setSpacing(2)
        self.history_toggle = QToolButton()
        self.history_toggle.setObjectName("history_toggle")
        self.history_toggle.setCheckable(True)
        self.history_toggle.setChecked(True)
        self.history_toggle.setAutoRaise(True)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.history_toggle.toggled.connect(self._history_toggled)
        history_layout.addWidget(self.history_toggle)
        self.history = QTableWidget(0, 6)
        self.history.setObjectName("screening_history")
        self.history.setAccessibleName(self.tr("Verloop van de beoordelingen"))
        self.history.setHorizontalHeaderLabels([
            self.tr("Datum"), self.tr("Soort"), self.tr("Voorgesteld"), self.tr("Eindniveau"),
            self.tr("Aanwezig (verandering)"), self.tr("Doorgeleiding")])
        self._table_defaults(self.history)
        self.history.setTabKeyNavigation(False)
        self.history.setWordWrap(True)
        self.history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.history.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        self.history.horizontalHeader().resizeSection(5, 260)
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.itemActivated.connect(lambda item: self._history_open(item.row()))
        self.history.cellDoubleClicked.connect(lambda row, _c: self._history_open(row))
        history_layout.addWidget(self.history)
        self.history_legend = hint(self.tr(
            "* eindniveau wijkt af van de suggestie (reden in de tooltip) · aanwezig: wat bij die beoordeling "
            "aangevinkt was; + nieuw, − weg, → andere status sinds de vorige · Enter of dubbelklik opent hem."))
        self.history_legend.setObjectName("history_legend")
        history_layout.addWidget(self.history_legend)
        self.history_empty = hint(self.tr("Nog geen beoordelingen bij deze zwangerschap."))
        history_layout.addWidget(self.history_empty)
        layout.addWidget(history_box)
        return page

    def _history_toggled(self, on: bool) -> None:
        self.history_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        has_rows = bool(self.dossier and self.dossier.assessments)
        self.history.setVisible(on and has_rows)
        self.history_legend.setVisible(on and has_rows)
        self.history_empty.setVisible(on and not has_rows)

    def _build_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(6, 4, 6, 4)

        self.editing_label = QLabel()
        self.editing_label.setObjectName("screening_editing")
        self.editing_label.setWordWrap(True)
        column.addWidget(self.editing_label)
        self.catalogue_hint = hint("")
        self.catalogue_hint.setObjectName("screening_catalogue_hint")
        column.addWidget(self.catalogue_hint)
        form = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("screening_kind")
        for kind in AssessmentKind:
            self.kind_combo.addItem(translate("labels", KIND_LABELS[kind]), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        kind_label = QLabel(self.tr("&Soort"))
        kind_label.setBuddy(self.kind_combo)
        form.addWidget(kind_label)
        form.addWidget(self.kind_combo, 1)
        self.date_field = date_edit("screening_date")
        self.date_field.setMaximumWidth(self.date_field.fontMetrics().horizontalAdvance("00-00-00000") + 16)
        self.date_field.textEdited.connect(self._changed)
        date_label = QLabel(self.tr("&Datum"))
        date_label.setBuddy(self.date_field)
        form.addWidget(date_label)
        form.addWidget(self.date_field)
        column.addLayout(form)
        self.kind_error = _error_label("error_kind")
        self.date_error = _error_label("error_assessed_on")
        column.addWidget(self.kind_error)
        column.addWidget(self.date_error)

        suggestion = QGroupBox(self.tr("Voorgesteld niveau"))
        suggestion_layout = QVBoxLayout(suggestion)
        self.suggestion_chip = chip("", "neutral")
        self.suggestion_chip.setObjectName("suggestion_chip")
        self.suggestion_chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.suggestion_chip)
        row.addStretch(1)
        suggestion_layout.addLayout(row)
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("suggestion_reasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        suggestion_layout.addWidget(self.reasons_label)
        self.protective_label = hint("")
        self.protective_label.setObjectName("protective_notes")
        suggestion_layout.addWidget(self.protective_label)
        self.incomplete_chip = chip(self.tr("Onvolledig: beschermende factoren niet beantwoord"), "warn")
        self.incomplete_chip.setObjectName("incomplete_chip")
        self.incomplete_chip.setWordWrap(True)  # the side panel is narrow
        suggestion_layout.addWidget(self.incomplete_chip)
        self.protective_answered = QCheckBox(self.tr("Beschermende factoren bes&proken"))
        self.protective_answered.setObjectName("protective_answered")
        self.protective_answered.setToolTip(self.tr(
            "Vink aan als de beschermende factoren zijn besproken, ook als er geen aanwezig zijn. "
            "Zonder antwoord is de beoordeling onvolledig."))
        self.protective_answered.toggled.connect(self._changed)
        suggestion_layout.addWidget(self.protective_answered)
        column.addWidget(suggestion)

        weigh = QGroupBox(self.tr("Samen afgewogen"))
        weigh_layout = QVBoxLayout(weigh)
        final_label = QLabel(self.tr("&Eindniveau, samen met de cliënte"))
        self.final_combo = QComboBox()
        self.final_combo.setObjectName("final_level")
        final_label.setBuddy(self.final_combo)
        self.final_combo.addItem(self.tr("Zoals voorgesteld"), FOLLOW_SUGGESTION)
        for level in sorted(Level, key=lambda lv: -lv.rank):
            self.final_combo.addItem(level_text(level), level.value)
        self.final_combo.currentIndexChanged.connect(self._changed)
        weigh_layout.addWidget(final_label)
        weigh_layout.addWidget(self.final_combo)
        reason_label = QLabel(self.tr("&Reden van afwijking"))
        self.reason_label = reason_label
        self.final_reason = QPlainTextEdit()
        self.final_reason.setObjectName("final_reason")
        self.final_reason.setTabChangesFocus(True)
        self.final_reason.setFixedHeight(52)
        self.final_reason.textChanged.connect(self._changed)
        reason_label.setBuddy(self.final_reason)
        weigh_layout.addWidget(reason_label)
        weigh_layout.addWidget(self.final_reason)
        self.final_error = _error_label("error_final_reason")
        weigh_layout.addWidget(self.final_error)
        note_label = QLabel(self.tr("No&titie"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("screening_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(44)
        self.note.textChanged.connect(self._changed)
        note_label.setBuddy(self.note)
        weigh_layout.addWidget(note_label)
        weigh_layout.addWidget(self.note)
        self.save_message = _error_label("screening_message")
        weigh_layout.addWidget(self.save_message)
        bar = QHBoxLayout()
        self.saved_label = hint("")
        self.saved_label.setObjectName("screening_saved")
        bar.addWidget(self.saved_label, 1)
        weigh_layout.addLayout(bar)
        column.addWidget(weigh)

        column.addWidget(self._build_meldcode())
        column.addWidget(self._build_decision())
        column.addStretch(1)
        return side

    def _build_meldcode(self) -> QGroupBox:
        self.meldcode_box = QGroupBox(self.tr("Meldcode (KNOV)"))
        self.meldcode_box.setObjectName("meldcode_box")
        self.meldcode_box.setStyleSheet("QGroupBox#meldcode_box { font-weight: 600; }")
        layout = QVBoxLayout(self.meldcode_box)
        layout.addWidget(hint(self.tr(
            "Meldcode huiselijk geweld en kindermishandeling: er is een urgent veiligheidsitem aangevinkt. "
            "Doorloop de vijf stappen en leg elke stap vast. "
            "ksdesk meldt nooit zelf iets: een melding bij Veilig Thuis doe je zelf.")))
        self.meldcode_steps_label = QLabel()
        self.meldcode_steps_label.setObjectName("meldcode_steps")
        self.meldcode_steps_label.setWordWrap(True)
        self.meldcode_steps_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.meldcode_steps_label)
        form = QFormLayout()
        self.meldcode_step = QComboBox()
        self.meldcode_step.setObjectName("meldcode_step")
        for number, title in MELDCODE_STEPS.items():
            self.meldcode_step.addItem(f"{number}. {translate('labels', MELDCODE_SHORT.get(number, title))}", number)
            full_title = f"{number}. {translate('labels', title)}"
            self.meldcode_step.setItemData(number - 1, full_title, Qt.ItemDataRole.ToolTipRole)
        self.meldcode_step.currentIndexChanged.connect(self._meldcode_step_changed)
        for combo in (self.meldcode_step, self.final_combo, self.kind_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.meldcode_step.setToolTip(self.tr("De stap die je nu vastlegt"))
        step_label = QLabel(self.tr("Stap die je vastlegt"))
        step_label.setBuddy(self.meldcode_step)
        layout.addWidget(step_label)
        layout.addWidget(self.meldcode_step)  # full width: the step titles are long
        self.meldcode_date = date_edit("meldcode_date")
        form.addRow(self.tr("Datum"), self.meldcode_date)
        self.meldcode_decision = QComboBox()
        self.meldcode_decision.setObjectName("meldcode_decision")
        self.meldcode_decision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meldcode_decision.setMinimumContentsLength(12)
        self.meldcode_decision.addItem(self.tr("(kies bij stap 5)"), "")
        for value, text in MELDCODE_DECISION_LABELS.items():
            self.meldcode_decision.addItem(translate("labels", text), value.value)
        form.addRow(self.tr("Besluit"), self.meldcode_decision)
        self.meldcode_notes = QPlainTextEdit()
        self.meldcode_notes.setObjectName("meldcode_notes")
        self.meldcode_notes.setTabChangesFocus(True)
        self.meldcode_notes.setFixedHeight(50)
        form.addRow(self.tr("Toelichting"), self.meldcode_notes)
        layout.addLayout(form)
        self.meldcode_message = _error_label("meldcode_message")
        layout.addWidget(self.meldcode_message)
        self.meldcode_button = QPushButton(self.tr("Stap vastleggen"))
        self.meldcode_button.setObjectName("meldcode_record")
        self.meldcode_button.clicked.connect(self.record_meldcode_step)
        layout.addWidget(self.meldcode_button, 0, Qt.AlignmentFlag.AlignRight)
        self._meldcode_step_changed()
        return self.meldcode_box

    def _build_decision(self) -> QGroupBox:
        self.decision_box = QGroupBox(self.tr("Doorgeleiding"))
        self.decision_box.setObjectName("decision_box")
        layout = QVBoxLayout(self.decision_box)
        self.decision_state = QLabel()
        self.decision_state.setObjectName("decision_state")
        self.decision_state.setWordWrap(True)
        layout.addWidget(self.decision_state)
        self.decision_combo = QComboBox()
        self.decision_combo.setObjectName("decision_combo")
        self.decision_combo.setAccessibleName(self.tr("Besluit over doorgeleiding"))
        self.decision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.decision_combo.setMinimumContentsLength(12)
        self.decision_combo.addItem(self.tr("Kies…"), "")  # nothing is recorded by accident
        for value, text in DECISION_LABELS.items():
            self.decision_combo.addItem(translate("labels", text), value.value)
        layout.addWidget(self.decision_combo)
        self.decision_reason = QLineEdit()
        self.decision_reason.setObjectName("decision_reason")
        self.decision_reason.setAccessibleName(self.tr("Reden van het besluit"))
        self.decision_reason.setPlaceholderText(self.tr("Reden (verplicht bij ‘geen doorgeleiding’)"))
        layout.addWidget(self.decision_reason)
        self.decision_message = _error_label("decision_message")
        layout.addWidget(self.decision_message)
        self.decision_button = QPushButton(self.tr("Besluit vastleggen"))
        self.decision_button.setObjectName("decision_record")
        self.decision_button.clicked.connect(self.record_decision)
        layout.addWidget(self.decision_button, 0, Qt.AlignmentFlag.AlignRight)
        return self.decision_box

    # --- opening ------------------------------------------------------------------------------
    def open_pregnancy(self, pregnancy_id: int) -> None:
        """Show the assessments of one pregnancy (from the client page, the worklist or the search)."""
        if not self.allowed:
            self.stack.setCurrentWidget(self.denied)
            return
        if self.stack.currentWidget() is self.editor and not self.confirm_leave():
            return
        try:
            dossier = self._services.screening.dossier(self.actor, pregnancy_id)
        except ServiceError as exc:
            dialogs.error(self, self.tr("Signalering"), str(exc))
            return
        self._show_dossier(dossier)
        self.stack.setCurrentWidget(self.editor)
        latest = dossier.latest
        if latest is not None:
            self._edit(latest)  # what is known now; a new assessment is an explicit action
            QTimer.singleShot(0, self._focus_new_button)
        else:
            self.start_new()
        self._scroll_top()

    def _focus_new_button(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_dossier(self, dossier: PregnancyScreening) -> None:
        self.dossier = dossier
        self.name_label.setText(dossier.client_name)
        age = gestational_age(dossier.due_date, dt.date.today())
        facts = [
            self.tr("geb. {date}").format(date=format_date(dossier.date_of_birth)),
            self.tr("à terme {date}").format(date=format_date(dossier.due_date)),
        ]
        if age is not None and dossier.pregnancy_status == PregnancyStatus.ONGOING.value:
            facts.append(self.tr("AD {age}").format(age=age))
        self.facts_label.setText("  ·  ".join(facts))
        latest = dossier.latest
        if latest is None:
            style_chip(self.latest_chip, self.tr("Nog niet gesignaleerd"), "neutral")
            self.latest_chip.setToolTip("")
        else:
            style_chip(
                self.latest_chip,
                self.tr("Laatst: {level} ({date})").format(
                    level=level_text(latest.final_level), date=format_date(latest.assessed_on)
                ),
                LEVEL_CHIP[latest.final_level],
            )
            self.latest_chip.setToolTip(
                self.tr("Eindniveau van de laatste beoordeling ({kind}).").format(
                    kind=translate("labels", KIND_LABELS[latest.kind])
                )
            )
        self._fill_history()

    def _catalogue_for(self, view: AssessmentView | None) -> Catalogue | None:
        try:
            if view is None:
                return self._services.screening.active_catalogue(self.actor).catalogue
            return self._services.screening.catalogue(self.actor, view.catalogue_id, view.catalogue_version)
        except ServiceError as exc:
            dialogs.error(self, self.tr("Signalering"), str(exc))
            return None

    def new_assessment(self) -> None:
        """The 'Nieuwe beoordeling' button: unsaved input is asked about first."""
        if self.confirm_leave():
            self.start_new()

    def start_new(self) -> None:
        """An empty checklist for a new assessment (kind guessed from what is there already)."""
        catalogue = self._catalogue_for(None)
        if catalogue is None or self.dossier is None:
            return
        self.current = None
        self._set_catalogue(catalogue)
        self.checklist.clear()
        self._set_side(self.default_kind(dt.date.today()), dt.date.today(), None, FOLLOW_SUGGESTION, "", "")
        previous = self.dossier.latest
        self.editing_label.setText(
            "<b>"
            + self.tr("Nieuwe beoordeling")
            + "</b> — "
            + (
                self.tr("lege lijst; de vorige ({date}) blijft bewaard in het verloop.").format(
                    date=format_date(previous.assessed_on)
                )
                if previous
                else self.tr("lege lijst.")
            )
        )
        self.catalogue_hint.setText(self._catalogue_text(catalogue))
        self.saved_label.setText("")
        self._after_load()
        self._scroll_top()
        QTimer.singleShot(0, self._focus_checklist)  # new rows are shown by the layout on the next turn

    def _focus_checklist(self) -> None:
        first = self.checklist.first_item()
        if first is not None and self.stack.currentWidget() is self.editor:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit(self, view: AssessmentView) -> None:
        catalogue = self._catalogue_for(view)
        if catalogue is None:
            return
        self.current = view
        self._set_catalogue(catalogue)
        self.checklist.set_state(
            {i.code: (i.status, i.concerns) for i in view.items},
            [p.code for p in view.protective] if view.protective_answered else None,
        )
        final = view.final_level.value if view.overridden else FOLLOW_SUGGESTION
        self._set_side(
            view.kind, view.assessed_on, view.protective_answered, final, view.final_reason or "", view.note or ""
        )
        latest = self.dossier.latest if self.dossier else None
        self.editing_label.setText(
            "<b>"
            + self.tr("Beoordeling van {date}").format(date=format_date(view.assessed_on))
            + "</b> ("
            + translate("labels", KIND_LABELS[view.kind])
            + ")"
            + (" — " + self.tr("de laatste") if latest is not None and latest.id == view.id else "")
            + (
                ""
                if view.assessed_on == dt.date.today()
                else "<br/>"
                + self.tr("Wijzigen past deze beoordeling aan; iets nieuws vastleggen: ‘Nieuwe beoordeling’ (Alt+N).")
            )
        )
        self.catalogue_hint.setText(self._catalogue_text(catalogue))
        self.saved_label.setText(
            self.tr("Opgeslagen door {who}, {when}").format(who=view.updated_by, when=local_time(view.updated_at))
        )
        self._after_load()

    def _set_catalogue(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.checklist.set_catalogue(catalogue)
        previous: QWidget = self.decision_jump  # Tab: the header, the checklist, then the side panel
        for item in self.checklist.items_in_order():
            QWidget.setTabOrder(previous, item)
            previous = item
        self.checklist_scroll.relayout()
        self.checklist_scroll.horizontalScrollBar().setValue(0)

    def _catalogue_text(self, catalogue: Catalogue) -> str:
        """A short hint which list is used (its name and version), without internal ids."""
        return self.tr("Lijst: {title}, versie {version}").format(title=catalogue.title, version=catalogue.version)

    def default_kind(self, today: dt.date) -> AssessmentKind:
        """The kind a new assessment of the open pregnancy gets (the rule is the domain's)."""
        assert self.dossier is not None
        return self.dossier.next_kind(today)

    def _set_side(
        self, kind: AssessmentKind, on: dt.date, answered: bool | None, final: str, reason: str, note: str
    ) -> None:
        widgets = (
            self.kind_combo,
            self.date_field,
            self.protective_answered,
            self.final_combo,
            self.final_reason,
            self.note,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
            self.date_field.setText(format_date(on))
            self.protective_answered.setChecked(bool(answered))
            self.final_combo.setCurrentIndex(max(0, self.final_combo.findData(final)))
            self.final_reason.setPlainText(reason)
            self.note.setPlainText(note)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _scroll_top(self) -> None:
        """Another assessment in the editor: start at the top of the list and of the side panel."""

        def top() -> None:
            self.side_scroll.verticalScrollBar().setValue(0)
            self.checklist_scroll.verticalScrollBar().setValue(0)

        top()
        QTimer.singleShot(0, top)  # again once hidden boxes (meldcode, decision) have left the layout

    def _after_load(self) -> None:
        for label in (
            self.kind_error,
            self.date_error,
            self.final_error,
            self.save_message,
            self.meldcode_message,
            self.decision_message,
        ):
            _show_error(label, None)
        self._snapshot = self._state()
        self._refresh_suggestion()
        self._fill_meldcode()
        self._fill_decision()
        self._mark_history_row()

    def _header_target(self, wanted: str) -> AssessmentView | None:
        """The assessment a header button is about: the one in the editor, else the latest one."""
        candidates = [v for v in (self.current, self.dossier.latest if self.dossier else None) if v is not None]
        for view in candidates:
            if (wanted == "meldcode" and view.meldcode_open) or (wanted == "decision" and view.decision_pending):
                return view
        return None

    def _jump_to(self, wanted: str, box: QWidget) -> None:
        target = self._header_target(wanted)
        if target is not None and (self.current is None or target.id != self.current.id):
            if not self.confirm_leave():
                return
            self._edit(target)
        self._scroll_to(box)
        QTimer.singleShot(0, lambda: self.side_scroll.ensureWidgetVisible(box, 0, 0))  # after the new layout

    def _jump_to_meldcode(self) -> None:
        self._jump_to("meldcode", self.meldcode_box)

    def _jump_to_decision(self) -> None:
        self._jump_to("decision", self.decision_box)

    def _update_header(self) -> None:
        """Open meldcode and pending decision of the pregnancy, also while a new assessment is being made."""
        live_meldcode = bool(self.suggestion and self.suggestion.meldcode_items) and self.current is None
        meldcode_view = self._header_target("meldcode")
        if meldcode_view is not None:
            steps = len(self._pregnancy_meldcode_steps(meldcode_view))
            self.meldcode_jump.setText(self.tr("Meldcode: {done} van 5 stappen ↓").format(done=steps))
        elif live_meldcode:
            self.meldcode_jump.setText(self.tr("Meldcode: na opslaan ↓"))
        self.meldcode_jump.setVisible(meldcode_view is not None or live_meldcode)
        self.decision_jump.setVisible(self._header_target("decision") is not None)

    def _scroll_to(self, box: QWidget) -> None:
        self.side_scroll.ensureWidgetVisible(box, 0, 0)
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        first = box.findChild(QComboBox)
        if first is not None and first.isEnabled():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- live behaviour -----------------------------------------------------------------------
    def _state(self) -> object:
        return (
            self.checklist.risks(),
            self.checklist.protective(),
            self.protective_answered.isChecked(),
            self.kind_combo.currentData(),
            self.date_field.text().strip(),
            self.final_combo.currentData(),
            self.final_reason.toPlainText().strip(),
            self.note.toPlainText().strip(),
        )

    def _changed(self, *_: object) -> None:
        if self.checklist.protective() and not self.protective_answered.isChecked():
            self.protective_answered.blockSignals(True)
            self.protective_answered.setChecked(True)  # ticking a factor answers the question
            self.protective_answered.blockSignals(False)
        self._refresh_suggestion()

    def _protective_input(self) -> list[str] | None:
        if self.protective_answered.isChecked() or self.checklist.protective():
            return self.checklist.protective()
        return None

    def _refresh_suggestion(self) -> None:
        if self.catalogue is None:
            return
        risks = {code: status for code, (status, _who) in self.checklist.risks().items()}
        result = classify(self.catalogue, risks, self._protective_input())
        self.suggestion = result
        style_chip(self.suggestion_chip, level_text(result.level), LEVEL_CHIP[result.level])
        self.reasons_label.setText("\n".join(result.reasons))
        self.protective_label.setText("\n".join(result.notes))
        self.incomplete_chip.setVisible(not result.protective_answered)
        follow = self.final_combo.currentData() in (FOLLOW_SUGGESTION, result.level.value)
        self.final_reason.setEnabled(not follow)
        self._mark_reason_required(not follow)
        self.final_combo.setItemText(
            0, self.tr("Zoals voorgesteld ({level})").format(level=level_text(result.level).lower())
        )
        meldcode = bool(result.meldcode_items) or bool(self.current and self.current.meldcode_open)
        self.meldcode_box.setVisible(meldcode)
        self._update_header()
        self.save_button.setText(self.tr("Opslaan") if self.current is None else self.tr("Wijzigingen opslaan"))
        self.save_button.setEnabled(self.is_dirty() or self.current is None)

    def _mark_reason_required(self, required: bool) -> None:
        """A final level other than the suggestion needs a written reason: say so as soon as it is chosen."""
        self.reason_label.setText(
            self.tr("&Reden van afwijking (verplicht)") if required else self.tr("&Reden van afwijking")
        )
        empty = not self.final_reason.toPlainText().strip()
        self.final_reason.setPlaceholderText(
            self.tr("Waarom wijkt het eindniveau af van de suggestie? Samen met de cliënte afgewogen…")
            if required
            else ""
        )
        self.final_reason.setStyleSheet(
            f"QPlainTextEdit {{ border: 1px solid {error_colour()}; }}" if required and empty else ""
        )
        if not required and self.final_error.isVisible():
            _show_error(self.final_error, None)

    def is_dirty(self) -> bool:
        """Unsaved input on this page."""
        return (
            self._snapshot is not None and self.stack.currentWidget() is self.editor and self._state() != self._snapshot
        )

    def confirm_leave(self) -> bool:
        """Ask about unsaved input before the page is left; True when it may be left."""
        if not self.is_dirty():
            return True
        answer = dialogs.ask_unsaved(self, self.tr("de beoordeling"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._snapshot = self._state()
            return True
        return False

    # --- saving -------------------------------------------------------------------------------
    def _data(self) -> dict[str, object]:
        return {
            "kind": self.kind_combo.currentData(),
            "assessed_on": self.date_field.text().strip(),
            "risks": {
                code: {"status": status.value, "concerns": [s.value for s in who]}
                for code, (status, who) in self.checklist.risks().items()
            },
            "protective": self._protective_input(),
            "final_level": self.final_combo.currentData() or None,
            "final_reason": self.final_reason.toPlainText(),
            "note": self.note.toPlainText(),
        }

    def save(self) -> bool:
        """Store the assessment (new or changed); errors appear beside their fields."""
        if self.dossier is None or self.stack.currentWidget() is not self.editor:
            return False
        data = self._data()
        try:
            if self.current is None:
                view = self._services.screening.create(self.actor, self.dossier.pregnancy_id, data)
            else:
                view = self._services.screening.update(
                    self.actor, self.current.id, data, expected_updated_at=self.current.updated_at
                )
        except ValidationError as exc:
            messages = dict(exc.messages)
            _show_error(self.kind_error, messages.pop("kind", None))
            _show_error(self.date_error, messages.pop("assessed_on", None))
            _show_error(self.final_error, messages.pop("final_reason", None))
            _show_error(self.save_message, "\n".join(f"{exc.titles.get(k, k)}: {m}" for k, m in messages.items()))
            shown = next(
                (
                    w
                    for w in (self.final_error, self.date_error, self.kind_error, self.save_message)
                    if not w.isHidden()
                ),
                None,
            )
            if self.final_error.isVisibleTo(self):
                self.final_reason.setEnabled(True)
                self.final_reason.setFocus()
            elif self.date_error.isVisibleTo(self):
                self.date_field.setFocus()
            if shown is not None:
                QTimer.singleShot(0, lambda: self.side_scroll.ensureWidgetVisible(shown, 10, 40))
            return False
        except ServiceError as exc:
            _show_error(self.save_message, str(exc))
            return False
        self._reload(view)
        self.status_message.emit(self.tr("Beoordeling opgeslagen: {level}.").format(level=level_text(view.final_level)))
        return True

    def _reload(self, view: AssessmentView) -> None:
        """After a write: the dossier again (history, chip) and the saved assessment in the editor."""
        try:
            dossier = self._services.screening.dossier(self.actor, view.pregnancy_id)
        except ServiceError as exc:
            dialogs.error(self, self.tr("Signalering"), str(exc))
            return
        positions = (self.checklist_scroll.verticalScrollBar().value(), self.side_scroll.verticalScrollBar().value())
        self._show_dossier(dossier)
        self._edit(next((a for a in dossier.assessments if a.id == view.id), view))
        # the same assessment stays where she was working: no jump after saving
        self.checklist_scroll.verticalScrollBar().setValue(positions[0])
        self.side_scroll.verticalScrollBar().setValue(positions[1])

    # --- history ------------------------------------------------------------------------------
    def _fill_history(self) -> None:
        assessments = self.dossier.assessments if self.dossier else ()
        table = self.history
        table.setSortingEnabled(False)
        table.setRowCount(len(assessments))
        previous: AssessmentView | None = None
        for row, view in enumerate(assessments):
            if view.decision:
                decision = translate("labels", DECISION_LABELS[view.decision])
                if view.decision_reason:
                    decision += f": {view.decision_reason}"
            elif not view.decision_pending:
                decision = "–"
            else:
                decision = (
                    self.tr("besluit nodig") if row == len(assessments) - 1 else self.tr("geen besluit vastgelegd")
                )
            kind = translate("labels", KIND_LABELS[view.kind]) + ("" if view.complete else self.tr(" (onvolledig)"))
            cells = [
                SortItem(format_date(view.assessed_on), (view.assessed_on.toordinal(), view.id)),
                SortItem(kind, kind),
                SortItem(level_text(view.suggested_level), view.suggested_level.rank),
                SortItem(level_text(view.final_level) + (" *" if view.overridden else ""), view.final_level.rank),
                SortItem(self._present_and_changes(previous, view), row),
                SortItem(decision, decision),
            ]
            for column, item in enumerate(cells):
                item.setData(ROW_ROLE, view.id)
                table.setItem(row, column, item)
            level_item = cells[3]
            background, foreground = CHIP_KINDS[LEVEL_CHIP[view.final_level]]
            level_item.setBackground(QColor(background))
            level_item.setForeground(QColor(foreground))
            font = level_item.font()
            font.setBold(True)
            level_item.setFont(font)
            if view.overridden:
                level_item.setToolTip(self.tr("Afgeweken van de suggestie: {reason}").format(reason=view.final_reason))
            if view.decision_reason:
                cells[5].setToolTip(view.decision_reason)
            previous = view
        if not self._history_sorted:
            table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
            self._history_sorted = True
        table.setSortingEnabled(True)
        self.history_toggle.setText(self.tr("Verloop van de beoordelingen ({n})").format(n=len(assessments)))
        self._history_toggled(self.history_toggle.isChecked())
        table.resizeRowsToContents()
        header = table.horizontalHeader().sizeHint().height()
        rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), 4)))
        # at most ~140 px (it scrolls; and it folds away with the button above it): the checklist comes first
        table.setFixedHeight(min(header + rows + 2 * table.frameWidth(), 140))

    def _present_and_changes(self, before: AssessmentView | None, after: AssessmentView) -> str:
        """What was ticked at this assessment, and (after the first) what changed since the one before."""
        present = [
            i.label + ("" if i.status is RiskStatus.ACTUAL else f" ({translate('labels', i.status.label).lower()})")
            for i in after.items
        ]
        text = ", ".join(present) if present else self.tr("niets aangevinkt")
        if before is not None:
            text += "\n" + self.tr("Sinds vorige: {changes}").format(changes=self._changes(before, after))
        return text

    def _changes(self, before: AssessmentView | None, after: AssessmentView) -> str:
        """'+ schulden, − stress, werkloosheid: vermoeden → actueel' (first: what was marked)."""

        def counted(view: AssessmentView) -> dict[str, tuple[str, RiskStatus]]:
            return {i.code: (i.label, i.status) for i in view.items}

        now = counted(after)
        if before is None:
            marked = [
                f"{label}" + ("" if status is RiskStatus.ACTUAL else f" ({translate('labels', status.label).lower()})")
                for label, status in now.values()
            ]
            return ", ".join(marked) if marked else self.tr("niets aangevinkt")
        then = counted(before)
        parts = [f"+ {now[c][0]}" for c in now if c not in then]
        parts += [f"− {then[c][0]}" for c in then if c not in now]
        parts += [
            f"{now[c][0]}: {translate('labels', then[c][1].label).lower()} → "
            f"{translate('labels', now[c][1].label).lower()}"
            for c in now
            if c in then and then[c][1] is not now[c][1]
        ]
        return ", ".join(parts) if parts else self.tr("geen verandering")

    def _history_open(self, row: int) -> None:
        item = self.history.item(row, 0)
        if item is None or self.dossier is None:
            return
        view = next((a for a in self.dossier.assessments if a.id == item.data(ROW_ROLE)), None)
        if view is not None and (self.current is None or view.id != self.current.id) and self.confirm_leave():
            self._edit(view)
            self._scroll_top()

    def _mark_history_row(self) -> None:
        self.history.clearSelection()
        if self.current is None:
            return
        for row in range(self.history.rowCount()):
            item = self.history.item(row, 0)
            if item is not None and item.data(ROW_ROLE) == self.current.id:
                self.history.selectRow(row)

    # --- meldcode -----------------------------------------------------------------------------
    def _meldcode_step_changed(self, *_: object) -> None:
        is_five = self.meldcode_step.currentData() == 5
        self.meldcode_decision.setEnabled(is_five)
        if not is_five:
            self.meldcode_decision.setCurrentIndex(0)

    def _pregnancy_meldcode_steps(self, view: AssessmentView | None) -> dict[int, tuple[object, AssessmentView]]:
        """Steps taken in this pregnancy up to this assessment (the meldcode runs across assessments);
        a step recorded at this assessment wins over the same step at an earlier one."""
        taken: dict[int, tuple[object, AssessmentView]] = {}
        earlier = [
            a
            for a in (self.dossier.assessments if self.dossier else ())
            if view is None or (a.assessed_on, a.id) <= (view.assessed_on, view.id)
        ]
        if view is not None and all(a.id != view.id for a in earlier):
            earlier.append(view)
        for assessment in earlier:
            source = view if view is not None and assessment.id == view.id else assessment
            for step in source.meldcode_steps:
                taken[step.step] = (step, source)
        return taken

    def _fill_meldcode(self) -> None:
        view = self.current
        taken = self._pregnancy_meldcode_steps(view)
        lines = []
        for number, title in MELDCODE_STEPS.items():
            found = taken.get(number)
            if found is None:
                lines.append(f"☐ {number}. {translate('labels', title)}")
            else:
                step, source = found
                extra = f" — {translate('labels', step.decision.label)}" if step.decision else ""
                at = (
                    ""
                    if view is not None and source.id == view.id
                    else self.tr(" (bij beoordeling van {date})").format(date=format_date(source.assessed_on))
                )
                lines.append(
                    f"☑ <b>{number}. {translate('labels', title)}</b>: {format_date(step.taken_on)}, {step.taken_by}"
                    f"{extra}{at}<br/><span style='color: palette(placeholder-text)'>"
                    f"{_escape(step.notes)}</span>"
                )
        self.meldcode_steps_label.setText("<br/>".join(lines))
        saved = view is not None and view.meldcode_open
        for widget in (self.meldcode_step, self.meldcode_date, self.meldcode_notes, self.meldcode_button):
            widget.setEnabled(saved)
        self._meldcode_step_changed()
        if not saved:
            self.meldcode_button.setToolTip(self.tr("Sla de beoordeling eerst op."))
        next_step = next((n for n in MELDCODE_STEPS if n not in taken), 5)
        self.meldcode_step.setCurrentIndex(self.meldcode_step.findData(next_step))
        self.meldcode_date.setText(format_date(dt.date.today()))
        self.meldcode_notes.clear()

    def record_meldcode_step(self) -> None:
        if self.current is None:
            return
        data = {
            "step": self.meldcode_step.currentData(),
            "taken_on": self.meldcode_date.text(),
            "notes": self.meldcode_notes.toPlainText(),
            "decision": self.meldcode_decision.currentData() or None,
        }
        try:
            view = self._services.screening.record_meldcode_step(self.actor, self.current.id, data)
        except ValidationError as exc:
            _show_error(
                self.meldcode_message, "\n".join(f"{exc.titles.get(k, k)}: {m}" for k, m in exc.messages.items())
            )
            return
        except ServiceError as exc:
            _show_error(self.meldcode_message, str(exc))
            return
        if self.is_dirty():
            self.current = view  # keep her unsaved checklist edits; only the meldcode panel changes
            self._fill_meldcode()
            self._refresh_suggestion()
            return
        self._reload(view)

    # --- doorgeleiding ------------------------------------------------------------------------
    def _fill_decision(self) -> None:
        view = self.current
        self.decision_box.setVisible(view is not None and view.needs_decision)
        self._update_header()
        if view is None:
            return
        if view.decision is None:
            self.decision_state.setText(
                self.tr("Potentieel kwetsbaar of hoger: kies samen met de cliënte wat er gebeurt.")
            )
            self.decision_box.setStyleSheet("QGroupBox#decision_box { font-weight: 600; }")
            self.decision_combo.setCurrentIndex(0)  # "Kies…"
        else:
            reason = f" ({view.decision_reason})" if view.decision_reason else ""
            self.decision_state.setText(
                self.tr("Besluit: {decision}{reason}, door {who} op {when}.").format(
                    decision=translate("labels", view.decision.label),
                    reason=reason,
                    who=view.decided_by,
                    when=local_time(view.decided_at) if view.decided_at else "",
                )
            )
            self.decision_box.setStyleSheet("")
            self.decision_combo.setCurrentIndex(self.decision_combo.findData(view.decision.value))
        self.decision_reason.setText(view.decision_reason or "")

    def record_decision(self) -> None:
        if self.current is None:
            return
        if self.is_dirty():
            _show_error(self.decision_message, self.tr("Sla eerst de wijzigingen in de beoordeling op."))
            return
        value = self.decision_combo.currentData()
        if not value:
            _show_error(self.decision_message, self.tr("Kies eerst een besluit over doorgeleiding."))
            self.decision_combo.setFocus()
            return
        try:
            view = self._services.screening.record_decision(
                self.actor, self.current.id, value, self.decision_reason.text()
            )
        except ValidationError as exc:
            _show_error(self.decision_message, "\n".join(exc.messages.values()))
            return
        except ServiceError as exc:
            _show_error(self.decision_message, str(exc))
            return
        self._reload(view)
        decision = Decision(value)
        self.status_message.emit(
            self.tr("Doorgeleiding vastgelegd: {decision}.").format(decision=translate("labels", decision.label))
        )
        if decision.leads_to_referral:
            self.referral_requested.emit(view.pregnancy_id, view.id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
