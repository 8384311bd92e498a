"""Beheer › Adresboek: referral destinations per gemeente.

The 16 gemeenten of Zuid-Limburg come with ksdesk by name only; every contact detail is entered by the practice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.services.referrals import DestinationKind, DestinationView
from ksdesk.ui import dialogs
from ksdesk.ui.i18n import translate
from ksdesk.ui.widgets import FormFields, error_colour, hint, new_form, ok_colour, small_table

ALL = "__all__"
REGION = "__region__"


class AddressBookTab(QWidget):
    """Destinations per gemeente: list with a filter, and a form to add or change one."""

    @staticmethod
    def allowed(actor: Actor) -> bool:
        """Whether the tab is shown to this user."""
        return role_allows(actor.role, Permission.ADDRESS_BOOK_READ)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.can_write = role_allows(actor.role, Permission.ADDRESS_BOOK_WRITE)
        self.current: DestinationView | None = None
        self.destinations: list[DestinationView] = []
        self._dirty = False
        self._loaded = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(hint(self.tr(
            "Bestemmingen voor verwijzingen per gemeente. De gemeenten van Zuid-Limburg staan er al in, zonder "
            "contactgegevens: vul die zelf in uit een betrouwbare bron. Bij een verwijzing staan de bestemmingen "
            "van de gemeente van de cliënte bovenaan.")))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("Gemeente"))
        filter_row.addWidget(filter_label)
        self.filter = QComboBox()
        self.filter.setObjectName("address_filter")
        filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._show_list)
        filter_row.addWidget(self.filter, 1)
        self.show_inactive = QComboBox()
        self.show_inactive.setObjectName("address_show_inactive")
        self.show_inactive.setAccessibleName(self.tr("Welke bestemmingen"))
        self.show_inactive.addItem(self.tr("Alleen actieve"), False)
        self.show_inactive.addItem(self.tr("Ook inactieve"), True)
        self.show_inactive.currentIndexChanged.connect(self.load)
        filter_row.addWidget(self.show_inactive)
        left_layout.addLayout(filter_row)
        self.table = small_table([self.tr("Naam"), self.tr("Soort"), self.tr("Gemeente"), self.tr("Telefoon"),
                                  self.tr("Actief")])
        self.table.setObjectName("address_table")
        self.table.setAccessibleName(self.tr("Bestemmingen"))
        self.table.itemSelectionChanged.connect(self._picked)
        left_layout.addWidget(self.table, 1)
        self.empty = hint(self.tr("Nog geen bestemmingen. Kies 'Nieuwe bestemming' om er een toe te voegen."))
        self.empty.setObjectName("address_empty")
        left_layout.addWidget(self.empty)
        municipality_row = QHBoxLayout()
        self.new_municipality = QLineEdit()
        self.new_municipality.setObjectName("new_municipality")
        self.new_municipality.setPlaceholderText(self.tr("Andere gemeente, bijv. Echt-Susteren"))
        self.new_municipality.setAccessibleName(self.tr("Nieuwe gemeente"))
        add = QPushButton(self.tr("Gemeente toevoegen"))
        add.setObjectName("add_municipality")
        add.clicked.connect(self.add_municipality)
        municipality_row.addWidget(self.new_municipality, 1)
        municipality_row.addWidget(add)
        self.municipality_row = QWidget()
        self.municipality_row.setLayout(municipality_row)
        self.municipality_row.setVisible(self.can_write)
        left_layout.addWidget(self.municipality_row)
        splitter.addWidget(left)

        box = QGroupBox(self.tr("Bestemming"))
        form = new_form()
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addStretch(1)
        self.fields = FormFields(self)
        self.municipality = QComboBox()
        self.fields.add(form, "municipality", self.tr("Gemeente"), self.municipality)
        self.kind = QComboBox()
        for code in DestinationKind:
            self.kind.addItem(translate("labels", code.label), code)
        self.fields.add(form, "kind", self.tr("Soort"), self.kind)
        self.fields.add(form, "name", self.tr("Naam"), QLineEdit())
        self.fields.add(form, "department", self.tr("Afdeling / team"), QLineEdit())
        self.fields.add(form, "street", self.tr("Adres"), QLineEdit())
        self.fields.add(form, "postcode", self.tr("Postcode"), QLineEdit())
        self.fields.add(form, "city", self.tr("Plaats"), QLineEdit())
        self.fields.add(form, "phone", self.tr("Telefoon"), QLineEdit())
        self.fields.add(form, "secure_email", self.tr("Beveiligde e-mail"), QLineEdit())
        notes = QPlainTextEdit()
        notes.setFixedHeight(60)
        notes.setTabChangesFocus(True)
        self.fields.add(form, "notes", self.tr("Notities"), notes)
        self.fields.edited.connect(self._edited)
        self.message = QLabel()
        self.message.setObjectName("address_message")
        self.message.setWordWrap(True)
        form.addRow("", self.message)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuwe bestemming"))
        self.new_button.setObjectName("address_new")
        self.new_button.clicked.connect(self.new_destination)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("address_save")
        self.save_button.clicked.connect(self.save)
        self.active_button = QPushButton(self.tr("Niet meer gebruiken"))
        self.active_button.setObjectName("address_active")
        self.active_button.clicked.connect(self.toggle_active)
        for button in (self.new_button, self.save_button, self.active_button):
            buttons.addWidget(button)
            button.setVisible(self.can_write)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.fields.set_read_only(not self.can_write)
        splitter.addWidget(box)
        splitter.setSizes([520, 480])

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.load()
        super().showEvent(event)

    # --- loading -----------------------------------------------------------------------------------
    def load(self, *_: object) -> None:
        self._loaded = True
        try:
            names = self._services.address_book.municipalities(self.actor)
            self.destinations = self._services.address_book.list(
                self.actor, include_inactive=bool(self.show_inactive.currentData()))
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Alle gemeenten"), ALL)
        self.filter.addItem(self.tr("Regio (alle gemeenten)"), REGION)
        for name in names:
            self.filter.addItem(name, name)
        index = self.filter.findData(chosen)
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(False)
        selected = self.municipality.currentData()
        self.municipality.clear()
        self.municipality.addItem(self.tr("Regio (alle gemeenten)"), None)
        for name in names:
            self.municipality.addItem(name, name)
        self.municipality.setCurrentIndex(max(self.municipality.findData(selected), 0))
        self._show_list()

    def _show_list(self, *_: object) -> None:
        chosen = self.filter.currentData()
        rows = [d for d in self.destinations
                if chosen in (ALL, None) or (chosen == REGION and d.municipality is None) or d.municipality == chosen]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            cells = [d.name, d.kind.label, d.municipality or self.tr("regio"), d.phone or "",
                     self.tr("ja") if d.active else self.tr("nee")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, d.id)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        destination_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        found = next((d for d in self.destinations if d.id == destination_id), None)
        if found is None or (self.current is not None and found.id == self.current.id):
            return
        if not self.confirm_leave():
            return
        self._edit(found)

    def _edit(self, destination: DestinationView | None) -> None:
        self.current = destination
        self.fields.clear_errors()
        if destination is None:
            chosen = self.filter.currentData()
            self.fields.set_values({"municipality": chosen if chosen not in (ALL, REGION) else None,
                                    "kind": DestinationKind.JGZ, "name": "", "department": "", "street": "",
                                    "postcode": "", "city": "", "phone": "", "secure_email": "", "notes": ""})
        else:
            self.fields.set_values(destination.as_input())
        self.active_button.setEnabled(destination is not None)
        self.active_button.setText(self.tr("Weer gebruiken") if destination and not destination.active
                                   else self.tr("Niet meer gebruiken"))
        self._dirty = False
        self._say("")

    # --- actions -----------------------------------------------------------------------------------
    def _edited(self, *_: object) -> None:
        self._dirty = True

    def new_destination(self) -> None:
        if not self.confirm_leave():
            return
        self.table.clearSelection()
        self._edit(None)
        self.fields.widgets["name"].setFocus()

    def save(self) -> bool:
        values = self.fields.values()
        try:
            if self.current is None:
                saved = self._services.address_book.create(self.actor, values)
            else:
                saved = self._services.address_book.update(self.actor, self.current.id, values)
        except ValidationError as exc:
            self.fields.show_errors(exc.messages)
            self._say(self.tr("Controleer de gemarkeerde velden."), error=True)
            return False
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return False
        self._dirty = False
        self.load()
        self._edit(saved)
        self._say(self.tr("Opgeslagen."))
        return True

    def toggle_active(self) -> None:
        if self.current is None:
            return
        try:
            saved = self._services.address_book.set_active(self.actor, self.current.id, not self.current.active)
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return
        self.load()
        self._edit(saved)

    def add_municipality(self) -> bool:
        try:
            name = self._services.address_book.add_municipality(self.actor, self.new_municipality.text())
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return False
        self.new_municipality.clear()
        self.load()
        self._say(self.tr("Gemeente {name} toegevoegd.").format(name=name))
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {error_colour()};" if error else f"color: {ok_colour()};")

    def is_dirty(self) -> bool:
        """Unsaved input on this tab."""
        return self._dirty

    def confirm_leave(self) -> bool:
        """Ask about unsaved input (dialogs.ask_unsaved) before the window closes; True when it may close."""
        if not self._dirty:
            return True
        answer = dialogs.ask_unsaved(self, self.tr("de bestemming"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._dirty = False
            self._edit(self.current)
            return True
        return False
