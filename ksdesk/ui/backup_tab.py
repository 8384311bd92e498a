"""Beheer › Reservekopieën: where backups go, making one now, checking one, and restoring one.

Backups are made automatically when ksdesk closes and daily while it is open (MainWindow); this tab is for the
beheerder. A restore replaces everything with the chosen copy: it asks for confirmation, keeps the replaced
data aside, and then everyone logs in again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.backups import BackupView
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError
from ksdesk.ui import dialogs
from ksdesk.ui.background import run_with_progress
from ksdesk.ui.i18n import translate
from ksdesk.ui.widgets import error_colour, hint, small_table

REASON_LABELS = {"handmatig": "met de hand", "automatisch": "dagelijks", "afsluiten": "bij afsluiten",
                 "voor-herstel": "voor terugzetten"}


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(size // 1024, 1)} kB"


class BackupTab(QWidget):
    """The backups of the embedded store (not shown on a server database)."""

    restored = Signal()  # the store was replaced: everyone logs in again

    @staticmethod
    def allowed(actor: Actor, services: Services) -> bool:
        return role_allows(actor.role, Permission.BACKUP_RESTORE) and services.store.path is not None

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._backups: list[BackupView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        folder_box = QGroupBox(self.tr("Map voor reservekopieën"))
        folder_layout = QVBoxLayout(folder_box)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backup_folder")
        self.folder_label.setWordWrap(True)
        folder_layout.addWidget(self.folder_label)
        folder_layout.addWidget(hint(self.tr(
            "Kies bij voorkeur een tweede schijf of een netwerkmap: een kopie op dezelfde schijf helpt niet als "
            "die schijf stukgaat. Reservekopieën zijn versleuteld; met het wachtwoord van een gebruiker of de "
            "herstelsleutel uit de kluis zijn ze op een andere computer terug te zetten.")))
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Andere map kiezen…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Standaardmap gebruiken"))
        self.default_button.clicked.connect(self.use_default_folder)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        folder_layout.addLayout(buttons)
        layout.addWidget(folder_box)

        list_box = QGroupBox(self.tr(
            "Reservekopieën (bewaard: alle van de laatste 24 uur, 7 dagelijkse, 4 wekelijkse, 12 maandelijkse)"))
        list_layout = QVBoxLayout(list_box)
        self.table = small_table([self.tr("Gemaakt op"), self.tr("Soort"), self.tr("Grootte"), self.tr("Bestand")])
        self.table.setObjectName("backup_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # newest first, as the service lists them (the dd-mm-jjjj text would sort wrongly across months)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        list_layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("backup_message")
        self.message.setWordWrap(True)
        list_layout.addWidget(self.message)
        actions = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Nu een reservekopie maken"))
        self.make_button.setObjectName("backup_make")
        self.make_button.clicked.connect(self.make_backup)
        self.verify_button = QPushButton(self.tr("Controleren"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("Terugzetten…"))
        self.restore_button.setObjectName("backup_restore")
        self.restore_button.clicked.connect(self.restore_selected)
        actions.addWidget(self.make_button)
        actions.addStretch(1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.restore_button)
        list_layout.addLayout(actions)
        layout.addWidget(list_box, 1)
        self._loaded = False
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def is_dirty(self) -> bool:
        return False

    def confirm_leave(self) -> bool:
        return True

    def load(self) -> None:
        self._loaded = True
        try:
            self.folder_label.setText(str(self._services.backups.folder(self._actor)))
            self._backups = self._services.backups.list(self._actor)
        except ServiceError as exc:
            self._show(str(exc), error=True)
            return
        self.table.setRowCount(len(self._backups))
        for row, item in enumerate(self._backups):
            cells = [
                item.made_at.strftime("%d-%m-%Y %H:%M"),
                translate("labels", REASON_LABELS.get(item.reason, item.reason)),
                _size(item.size),
                item.name,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _selected(self) -> BackupView | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._backups[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        chosen = self._selected() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {error_colour()}; font-weight: 600;" if error else "")
        self.message.setText(text)

    def choose_folder(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Map voor reservekopieën"), Path(self.folder_label.text()))
        if chosen is not None:
            self._set_folder(str(chosen))

    def use_default_folder(self) -> None:
        self._set_folder(None)

    def _set_folder(self, folder: str | None) -> None:
        try:
            self._services.backups.set_folder(self._actor, folder)
        except ServiceError as exc:
            messages = getattr(exc, "messages", None)
            self._show("\n".join(messages.values()) if messages else str(exc), error=True)
            return
        self._show(self.tr("De map is opgeslagen. De volgende reservekopie komt daar."))
        self.load()

    def make_backup(self) -> None:
        try:
            made = run_with_progress(
                self,
                self.tr("Reservekopie"),
                self.tr("Reservekopie maken en controleren…"),
                lambda: self._services.backups.make(self._actor, "handmatig"),
            )
        except ServiceError as exc:
            self._show(str(exc), error=True)
            return
        self.load()
        self._show(self.tr("Reservekopie gemaakt en gecontroleerd: {name}").format(name=made.name))

    def verify_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        result = run_with_progress(
            self,
            self.tr("Controleren"),
            self.tr("Reservekopie controleren…"),
            lambda: self._services.backups.verify(self._actor, chosen.path),
        )
        if result.ok:
            self._show(
                self.tr("{name} is in orde ({entries} logregels gecontroleerd).").format(
                    name=chosen.name, entries=result.entries
                )
            )
        else:
            self._show(
                self.tr("{name} is niet in orde: {problem}").format(name=chosen.name, problem=result.problem),
                error=True,
            )

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Reservekopie terugzetten"),
            self.tr(
                "Alle gegevens worden vervangen door de reservekopie van {when}. Wat daarna is ingevoerd, staat "
                "niet in deze kopie. De huidige gegevens worden apart bewaard in de map 'vervangen'. Daarna meldt "
                "iedereen zich opnieuw aan."
            ).format(when=chosen.made_at.strftime("%d-%m-%Y %H:%M")),
            self.tr("Terugzetten"),
        ):
            return
        try:
            aside = run_with_progress(
                self,
                self.tr("Terugzetten"),
                self.tr("Reservekopie controleren en terugzetten…"),
                lambda: self._services.backups.restore(self._actor, chosen.path),
            )
        except ServiceError as exc:
            self._show(str(exc), error=True)
            return
        dialogs.info(
            self,
            self.tr("Teruggezet"),
            self.tr(
                "De reservekopie is teruggezet. De vervangen gegevens staan in {aside}. Meld je opnieuw aan."
            ).format(aside=aside),
        )
        self.restored.emit()
