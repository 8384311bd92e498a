"""Beheer › Bewaartermijn: dossiers past the WGBO retention term, and destroying a dossier on request.

The list shows only client numbers and last-change dates (the beheerder has no clinical access); the
destruction asks for the ground and a confirmation, and the services keep a minimal log entry.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.gestation import format_date
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.ui import dialogs
from ksdesk.ui.widgets import SortItem, error_colour, hint, new_form, small_table


class RetentionTab(QWidget):
    """Dossiers due for destruction (20 years after the last change) and destruction on the client's request."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        due_box = QGroupBox(self.tr("Bewaartermijn verstreken (WGBO: 20 jaar na de laatste wijziging)"))
        due_layout = QVBoxLayout(due_box)
        self.table = small_table([self.tr("Dossiernummer"), self.tr("Laatst gewijzigd")])
        due_layout.addWidget(self.table)
        self.summary = QLabel()
        due_layout.addWidget(self.summary)
        refresh = QPushButton(self.tr("Opnieuw bekijken"))
        refresh.clicked.connect(self.load)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(refresh)
        due_layout.addLayout(row)
        layout.addWidget(due_box, 1)

        destroy_box = QGroupBox(self.tr("Dossier vernietigen"))
        form = new_form()
        destroy_box.setLayout(form)
        self.client_number = QSpinBox()
        self.client_number.setRange(0, 2_000_000_000)
        self.client_number.setSpecialValueText(self.tr("kies een nummer"))
        self.client_number.setMaximumWidth(180)
        form.addRow(self.tr("Dossiernummer"), self.client_number)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Bijv. schriftelijk verzoek van de cliënte van 12-03-2026 (WGBO 7:455)"))
        form.addRow(self.tr("Grond"), self.reason)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow("", self.message)
        self.destroy_button = QPushButton(self.tr("Dossier vernietigen…"))
        self.destroy_button.clicked.connect(self.destroy_dossier)
        button_row = QHBoxLayout()
        button_row.addWidget(self.destroy_button)
        button_row.addStretch(1)
        form.addRow("", button_row)
        form.addRow("", hint(self.tr(
            "Het dossiernummer staat bovenaan de pagina van de cliënte. Vernietigen verwijdert het dossier "
            "met alle zwangerschappen en is niet terug te draaien. "
            "In het logboek blijft alleen staan dát het dossier is vernietigd, wanneer, door wie en op welke grond.")))
        layout.addWidget(destroy_box)
        self.table.itemSelectionChanged.connect(self._picked)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        # The list is read when first shown: reading it is logged.
        if not self._loaded:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        self._loaded = True
        try:
            due = self._services.clients.due_for_destruction(self._actor)
        except ServiceError as exc:
            self.summary.setText(str(exc))
            return
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(due))
        for index, (client_id, changed) in enumerate(due):
            self.table.setItem(index, 0, SortItem(str(client_id), client_id))
            self.table.setItem(index, 1, SortItem(format_date(changed), changed))
        self.table.setSortingEnabled(True)
        self.summary.setText(self.tr("{n} dossiers voorbij de bewaartermijn.").format(n=len(due)) if due
                             else self.tr("Geen dossiers voorbij de bewaartermijn."))

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.client_number.setValue(int(self.table.item(rows[0].row(), 0).text()))

    def destroy_dossier(self) -> bool:
        self.message.clear()
        client_id = self.client_number.value()
        if client_id == 0:
            self._error(self.tr("Kies het nummer van het dossier."))
            return False
        if not dialogs.confirm(self, self.tr("Dossier vernietigen"),
                               self.tr("Dossier {n} definitief vernietigen? Dit kan niet ongedaan worden gemaakt.")
                               .format(n=client_id), self.tr("Vernietigen")):
            return False
        try:
            self._services.clients.destroy(self._actor, client_id, self.reason.text())
        except ValidationError as exc:
            self._error(" ".join(exc.messages.values()))
            return False
        except ServiceError as exc:
            self._error(str(exc))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Dossier {n} is vernietigd.").format(n=client_id))
        self.reason.clear()
        self.client_number.setValue(0)
        self.load()
        return True

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {error_colour()};")
        self.message.setText(text)
