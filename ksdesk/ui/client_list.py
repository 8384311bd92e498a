"""The client list: a lazily loading table model and the page around it (count line, empty state)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.gestation import format_date
from ksdesk.records.identifiers import display_postcode
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import PermissionDenied, SecondFactorNeeded, ServiceError
from ksdesk.services.views import ClientSummary
from ksdesk.ui.paged_model import ModelIndex, PagedTableModel
from ksdesk.ui.widgets import heading, hint

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 250


def offers_break_glass(exc: Exception) -> bool:
    """A refusal for lack of role rights on client data, which noodtoegang can lift (not a missing second
    factor, not another kind of error)."""
    return isinstance(exc, PermissionDenied) and not isinstance(exc, SecondFactorNeeded) and (
        "noodknop" in str(exc))


class ClientTableModel(PagedTableModel[ClientSummary]):
    """Clients found by a search, fetched page by page as the view scrolls (canFetchMore/fetchMore)."""

    NAME, DATE_OF_BIRTH, BSN, POSTCODE, DUE_DATE, GESTATIONAL_AGE = range(6)
    PAGE_SIZE = 100
    # Columns sorted by the services (server-side, so paging stays right); the others are not sortable.
    SORT_KEYS: ClassVar[dict[int, str]] = {NAME: "name", DATE_OF_BIRTH: "date_of_birth", BSN: "bsn",
                                           POSTCODE: "postcode"}

    failed = Signal(str, bool)  # a service refused: the Dutch message; whether noodtoegang would help

    def __init__(self, services: Services, actor: Actor, page_size: int = PAGE_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__((self.tr("Naam"), self.tr("Geboortedatum"), self.tr("BSN"), self.tr("Postcode"),
                          self.tr("À terme datum"), self.tr("Amenorroeduur")), page_size, parent)
        self._services = services
        self._actor = actor
        self._query = ""
        self.order_by = "name"
        self.descending = False

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Start a new search: drop the loaded rows and fetch the first page."""
        self._query = query
        self.reload()

    def set_sort(self, order_by: str, descending: bool) -> bool:
        """Sort by a key of SORT_KEYS; True when that changed the order (the caller reloads)."""
        if (order_by, descending) == (self.order_by, self.descending):
            return False
        self.order_by = order_by
        self.descending = descending
        return True

    def set_query_silently(self, query: str) -> None:
        """Drop the loaded rows without asking the services (the next set_query fetches)."""
        self._query = query
        self.reload(fetch=False)

    def summary(self, row: int) -> ClientSummary:
        return self.row(row)

    def fetch_page(self) -> list[ClientSummary] | None:
        try:
            return self._services.clients.search(self._actor, self._query, offset=len(self._rows),
                                                 limit=self.page_size, order_by=self.order_by,
                                                 descending=self.descending)
        except ServiceError as exc:
            self.failed.emit(str(exc), offers_break_glass(exc))
            return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        client = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(client, column)
        if role == CLIENT_ID_ROLE:
            return client.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.GESTATIONAL_AGE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, client: ClientSummary, column: int) -> str:
        if column == self.NAME:
            return client.name
        if column == self.DATE_OF_BIRTH:
            return format_date(client.date_of_birth)
        if column == self.BSN:
            return client.bsn or ""
        if column == self.POSTCODE:
            return display_postcode(client.postcode)
        if column == self.DUE_DATE:
            return format_date(client.due_date)
        if column == self.GESTATIONAL_AGE:
            age = client.gestational_age()
            return str(age) if age is not None else ""
        return ""


class ClientListPage(QWidget):
    """Heading, 'N cliënten', the table (or an empty state that says what to do)."""

    open_client = Signal(int)
    new_client = Signal()
    break_glass_requested = Signal()

    def __init__(self, services: Services, actor: Actor, *, can_create: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._loaded = False
        self._can_create = can_create
        self.denied_message = ""
        self.model = ClientTableModel(services, actor, parent=self)
        self.model.failed.connect(self._show_refusal)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_pending_query)
        self._pending_query = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Cliënten")))
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("Nieuwe cliënte"))
        self.new_button.setObjectName("new_client_button")
        self.new_button.setToolTip(self.tr("Een nieuwe cliënte inschrijven (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_client)
        self.new_button.setVisible(can_create)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        layout.addWidget(self.count_label)

        self.stack = QStackedWidget()
        self.table = QTableView()
        self.table.setObjectName("client_table")
        self.table.setAccessibleName(self.tr("Cliënten"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((240, 110, 100, 90, 110, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(ClientTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(ClientTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self._sort_state = (ClientTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(24, 40, 24, 12)
        self.empty_widget = QWidget()
        empty_layout = QVBoxLayout(self.empty_widget)
        empty_layout.addWidget(self.empty_label)
        self.break_glass_button = QPushButton(self.tr("Noodtoegang…"))
        self.break_glass_button.setObjectName("break_glass_button")
        self.break_glass_button.setToolTip(self.tr(
            "Toegang buiten je rol, met een schriftelijke reden; dit wordt vastgelegd en de beheerder ziet het"))
        self.break_glass_button.clicked.connect(self.break_glass_requested)
        self.break_glass_button.hide()
        empty_layout.addWidget(self.break_glass_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_widget)
        layout.addWidget(self.stack, 1)
        layout.addWidget(hint(self.tr(
            "Zoek met het zoekveld bovenin (Ctrl+F) op naam, BSN, geboortedatum (dd-mm-jjjj) of postcode. "
            "Enter of dubbelklik opent de cliënte.")))

    # --- sorting ----------------------------------------------------------------------------
    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a header: Naam, Geboortedatum, BSN and Postcode sort (by the services); the other
        columns keep the current order and indicator."""
        header = self.table.horizontalHeader()
        if column not in ClientTableModel.SORT_KEYS:
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_state)
            header.blockSignals(False)
            return
        self._sort_state = (column, order)
        changed = self.model.set_sort(ClientTableModel.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if changed and self._loaded and not self.denied_message:
            self.model.set_query(self.model.query)
            self._update_state()

    def sync_sort_from_header(self) -> None:
        """After a restored header state: sort as its indicator shows."""
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        if column not in ClientTableModel.SORT_KEYS:
            header.blockSignals(True)
            header.setSortIndicator(ClientTableModel.NAME, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            column = ClientTableModel.NAME
        self._sort_changed(column, header.sortIndicatorOrder())

    # --- searching --------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Load the first page the first time the page is shown (not for roles that never come here)."""
        if not self._loaded:
            self.refresh()

    def set_actor(self, actor: Actor, *, can_create: bool) -> None:
        """Act as someone else from now on (noodtoegang begins or ends); the list loads again when shown."""
        self._actor = actor
        self.model._actor = actor
        self._can_create = can_create
        self.denied_message = ""
        self._loaded = False
        self.break_glass_button.hide()
        self.new_button.setVisible(can_create)
        self.model.set_query_silently("")
        self._pending_query = ""

    def refresh(self) -> None:
        self._loaded = True
        self.denied_message = ""
        self.model.set_query(self._pending_query)
        self._update_state()

    def schedule_query(self, text: str) -> None:
        """Search-as-you-type: one query per pause in typing (SEARCH_DELAY_MS), not per keystroke."""
        self._pending_query = text.strip()
        self._debounce.start()

    def flush_query(self) -> None:
        """Run a pending search now (Enter in the search field)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._run_pending_query()
        elif not self._loaded:
            self.refresh()

    def cancel_pending(self) -> None:
        """Drop a search still waiting for its pause (the window is closing)."""
        self._debounce.stop()

    def _run_pending_query(self) -> None:
        self._loaded = True
        if self.denied_message:
            return
        self.model.set_query(self._pending_query)
        self._update_state()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def open_current(self) -> bool:
        """Open the selected client (or the first one found); False when there is none."""
        if self.model.rowCount() == 0:
            return False
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        self.open_client.emit(self.model.summary(row).id)
        return True

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client.emit(self.model.summary(index.row()).id)

    # --- state ------------------------------------------------------------------------------
    def _show_refusal(self, message: str, break_glass: bool = False) -> None:
        self.denied_message = message
        self.new_button.hide()
        self.count_label.clear()
        self.empty_label.setText(message)
        self.break_glass_button.setVisible(break_glass)
        self.stack.setCurrentWidget(self.empty_widget)

    def _update_state(self) -> None:
        if self.denied_message:
            return
        try:
            total = self._services.clients.count(self._actor, self.model.query)
        except ServiceError as exc:
            self._show_refusal(str(exc), offers_break_glass(exc))
            return
        self.break_glass_button.hide()
        query = self.model.query
        if query:
            self.count_label.setText(self.tr("1 cliënte gevonden voor ‘{q}’").format(q=query) if total == 1
                                     else self.tr("{n} cliënten gevonden voor ‘{q}’").format(n=total, q=query))
        else:
            self.count_label.setText(self.tr("1 cliënte") if total == 1
                                     else self.tr("{n} cliënten").format(n=total))
        if total == 0:
            if query:
                self.empty_label.setText(self.tr(
                    "Geen cliënte gevonden voor ‘{q}’.\n\nControleer de spelling, of zoek op geboortedatum "
                    "(dd-mm-jjjj), BSN of postcode. Staat ze er echt niet in? Kies ‘Nieuwe cliënte’ (Ctrl+N)."
                ).format(q=query))
            else:
                self.empty_label.setText(self.tr(
                    "Nog geen cliënten.\n\nKies ‘Nieuwe cliënte’ (Ctrl+N) om de eerste cliënte in te schrijven."))
            self.stack.setCurrentWidget(self.empty_widget)
        else:
            self.stack.setCurrentWidget(self.table)
