"""Beheer › Gebruikers: accounts for the beheerder (create, name and role, (de)activate, reset password,
unlock) and the practice's auto-lock time. Everything goes through the services; messages appear inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.enums import Role
from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.services.views import UserView
from ksdesk.ui.widgets import (
    FormFields,
    chip,
    code_label,
    error_colour,
    fill_enum_combo,
    hint,
    new_form,
    ok_colour,
    small_table,
    style_chip,
)

USER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _button_row(button: QPushButton) -> QWidget:
    """A button at its natural size inside a form row (not stretched to the field width)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button)
    layout.addStretch(1)
    return row


def _role_combo() -> QComboBox:
    combo = QComboBox()
    fill_enum_combo(combo, (Role.MIDWIFE, Role.ASSISTANT, Role.ADMIN))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class UsersTab(QWidget):
    """The accounts table on the left; on the right either 'Nieuwe gebruiker' or the selected account."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.users: list[UserView] = []
        self.selected: UserView | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        left = QVBoxLayout()
        self.table = small_table([self.tr("Gebruikersnaam"), self.tr("Naam"), self.tr("Rol"), self.tr("Status"),
                             self.tr("Tweede factor")])
        self.table.setObjectName("users_table")
        self.table.setAccessibleName(self.tr("Gebruikers"))
        for column, width in enumerate((120, 170, 130, 90)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        left.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuwe gebruiker"))
        self.new_button.setObjectName("new_user_button")
        self.new_button.clicked.connect(self.start_new)
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        left.addLayout(bar)
        left.addWidget(self._build_auto_lock())
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(self._build_create_box())
        right.addWidget(self._build_edit_box())
        self.message = QLabel()
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.load()
        self.start_new()

    # --- building ---------------------------------------------------------------------------
    def _build_create_box(self) -> QGroupBox:
        self.create_box = QGroupBox(self.tr("Nieuwe gebruiker"))
        form = new_form()
        self.create_box.setLayout(form)
        self.create_fields = FormFields(self)
        self.create_fields.add(form, "username", self.tr("Gebruikersnaam"), QLineEdit(),
                               note=self.tr("Kleine letters, cijfers, punt of streepje; persoonlijk, nooit gedeeld."))
        self.create_fields.add(form, "display_name", self.tr("Naam"), QLineEdit())
        self.create_fields.add(form, "role", self.tr("Rol"), _role_combo())
        self.create_fields.add(form, "password", self.tr("Eerste wachtwoord"), _password_edit(),
                               note=self.tr("Minstens 12 tekens. Geef het persoonlijk door."))
        self.create_fields.add(form, "password_repeat", self.tr("Wachtwoord herhalen"), _password_edit())
        self.create_button = QPushButton(self.tr("Gebruiker aanmaken"))
        self.create_button.setObjectName("create_user_button")
        self.create_button.clicked.connect(self.create_user)
        form.addRow("", _button_row(self.create_button))
        return self.create_box

    def _build_edit_box(self) -> QGroupBox:
        self.edit_box = QGroupBox()
        column = QVBoxLayout(self.edit_box)
        status_row = QHBoxLayout()
        self.status_chip = chip("", "ok")
        self.status_chip.setObjectName("user_status_chip")
        status_row.addWidget(self.status_chip)
        self.totp_chip = chip("", "neutral")
        status_row.addWidget(self.totp_chip)
        status_row.addStretch(1)
        column.addLayout(status_row)
        form = new_form()
        self.edit_fields = FormFields(self)
        self.edit_fields.add(form, "display_name", self.tr("Naam"), QLineEdit())
        self.edit_fields.add(form, "role", self.tr("Rol"), _role_combo())
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("save_user_button")
        self.save_button.clicked.connect(self.save_user)
        form.addRow("", _button_row(self.save_button))
        column.addLayout(form)
        actions = QHBoxLayout()
        self.active_button = QPushButton()
        self.active_button.setObjectName("active_button")
        self.active_button.clicked.connect(self.toggle_active)
        actions.addWidget(self.active_button)
        self.unlock_button = QPushButton(self.tr("Deblokkeren"))
        self.unlock_button.setObjectName("unlock_user_button")
        self.unlock_button.setToolTip(self.tr("Heft de blokkade na te veel mislukte aanmeldpogingen op"))
        self.unlock_button.clicked.connect(self.unlock_user)
        actions.addWidget(self.unlock_button)
        actions.addStretch(1)
        column.addLayout(actions)
        reset_box = QGroupBox(self.tr("Wachtwoord herstellen"))
        reset_form = new_form()
        reset_box.setLayout(reset_form)
        self.reset_fields = FormFields(self)
        self.reset_fields.add(reset_form, "password", self.tr("Nieuw wachtwoord"), _password_edit(),
                              note=self.tr("Tijdelijk: laat haar het daarna zelf wijzigen (Mijn account)."))
        self.reset_fields.add(reset_form, "password_repeat", self.tr("Herhalen"), _password_edit())
        self.reset_button = QPushButton(self.tr("Wachtwoord herstellen"))
        self.reset_button.setObjectName("reset_password_button")
        self.reset_button.clicked.connect(self.reset_password)
        reset_form.addRow("", _button_row(self.reset_button))
        column.addWidget(reset_box)
        return self.edit_box

    def _build_auto_lock(self) -> QGroupBox:
        box = QGroupBox(self.tr("Automatisch vergrendelen"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Scherm vergrendelen na")))
        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setObjectName("auto_lock_minutes")
        self.auto_lock_spin.setRange(1, 60)
        self.auto_lock_spin.setSuffix(self.tr(" minuten"))
        row.addWidget(self.auto_lock_spin)
        row.addWidget(QLabel(self.tr("zonder toetsenbord of muis")))
        row.addStretch(1)
        self.auto_lock_button = QPushButton(self.tr("Opslaan"))
        self.auto_lock_button.setObjectName("auto_lock_save_button")
        self.auto_lock_button.clicked.connect(self.save_auto_lock)
        row.addWidget(self.auto_lock_button)
        column.addLayout(row)
        self.auto_lock_message = QLabel()
        self.auto_lock_message.setObjectName("auto_lock_message")
        self.auto_lock_message.setWordWrap(True)
        self.auto_lock_message.hide()
        column.addWidget(self.auto_lock_message)
        column.addWidget(hint(self.tr("Geldt voor iedereen op alle werkplekken, vanaf de volgende aanmelding. "
                                      "Ctrl+L vergrendelt direct.")))
        editable = role_allows(self._actor.role, Permission.SETTINGS_WRITE)
        self.auto_lock_spin.setEnabled(editable)
        self.auto_lock_button.setVisible(editable)
        try:
            self.auto_lock_spin.setValue(self._services.accounts.auto_lock_minutes(self._actor))
        except ServiceError as exc:
            self.auto_lock_message.setText(str(exc))
            self.auto_lock_message.show()
        return box

    # --- list -------------------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> None:
        try:
            self.users = self._services.accounts.list_users(self._actor)
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return
        self.table.setSortingEnabled(False)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            cells = (user.username, user.display_name, code_label(user.role),
                     self.tr("Actief") if user.active else self.tr("Gedeactiveerd"),
                     self.tr("ingesteld") if user.has_totp else self.tr("nee"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(USER_ID_ROLE, user.id)
                if not user.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        if select_id is not None:
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(USER_ID_ROLE) == select_id:
                    self.table.selectRow(row)
        self.table.blockSignals(False)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        user_id = self.table.item(rows[0].row(), 0).data(USER_ID_ROLE)
        self.show_user(next(u for u in self.users if u.id == user_id))

    def select_user(self, user_id: int) -> None:
        self.load(select_id=user_id)
        self.show_user(next(u for u in self.users if u.id == user_id))

    def start_new(self) -> None:
        self.selected = None
        self.table.clearSelection()
        self.create_fields.set_values({"username": "", "display_name": "", "role": Role.MIDWIFE, "password": "",
                                       "password_repeat": ""})
        self.create_fields.clear_errors()
        self.create_box.show()
        self.edit_box.hide()

    def show_user(self, user: UserView) -> None:
        self.selected = user
        self.create_box.hide()
        self.edit_box.show()
        self.edit_box.setTitle(user.username)
        self.edit_fields.set_values({"display_name": user.display_name, "role": user.role})
        self.edit_fields.clear_errors()
        self.reset_fields.set_values({"password": "", "password_repeat": ""})
        self.reset_fields.clear_errors()
        style_chip(self.status_chip, self.tr("Actief") if user.active else self.tr("Gedeactiveerd"),
                   "ok" if user.active else "neutral")
        style_chip(self.totp_chip, self.tr("Tweede factor ingesteld") if user.has_totp
                   else self.tr("Geen tweede factor"), "info" if user.has_totp else "neutral")
        self.active_button.setText(self.tr("Deactiveren") if user.active else self.tr("Activeren"))
        self.message.clear()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {error_colour() if error else ok_colour()}; font-weight: 600;")
        self.message.setText(text)

    # --- actions ----------------------------------------------------------------------------
    def create_user(self) -> bool:
        values = self.create_fields.values()
        self.create_fields.clear_errors()
        if values["password"] != values["password_repeat"]:
            self.create_fields.show_errors({"password_repeat": self.tr("De wachtwoorden zijn niet gelijk.")})
            return False
        try:
            user = self._services.accounts.create_user(
                self._actor, str(values["username"]), str(values["display_name"]), Role(str(values["role"])),
                str(values["password"]))
        except ValidationError as exc:
            rest = self.create_fields.show_errors(exc.messages)
            self._say("\n".join(rest.values()) or self.tr("Niet aangemaakt: controleer de rood gemarkeerde velden."),
                      error=True)
            return False
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return False
        self.select_user(user.id)
        self._say(self.tr("Gebruiker {username} aangemaakt. Geef het wachtwoord persoonlijk door.").format(
            username=user.username))
        return True

    def save_user(self) -> bool:
        if self.selected is None:
            return False
        values = self.edit_fields.values()
        self.edit_fields.clear_errors()
        try:
            user = self._services.accounts.update_user(self._actor, self.selected.id,
                                                       display_name=str(values["display_name"]),
                                                       role=Role(str(values["role"])))
        except ValidationError as exc:
            rest = self.edit_fields.show_errors(exc.messages)
            self._say("\n".join(rest.values()) or self.tr("Niet opgeslagen."), error=True)
            return False
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return False
        self.select_user(user.id)
        self._say(self.tr("Gegevens van {username} opgeslagen.").format(username=user.username))
        return True

    def toggle_active(self) -> bool:
        if self.selected is None:
            return False
        active = not self.selected.active
        try:
            user = self._services.accounts.update_user(self._actor, self.selected.id, active=active)
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return False
        self.select_user(user.id)
        text = (self.tr("{username} kan weer aanmelden.") if active
                else self.tr("{username} is gedeactiveerd en kan niet meer aanmelden."))
        self._say(text.format(username=user.username))
        return True

    def unlock_user(self) -> bool:
        if self.selected is None:
            return False
        try:
            self._services.accounts.unlock(self._actor, self.selected.id)
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return False
        self._say(self.tr("De blokkade van {username} is opgeheven.").format(username=self.selected.username))
        return True

    def reset_password(self) -> bool:
        if self.selected is None:
            return False
        values = self.reset_fields.values()
        self.reset_fields.clear_errors()
        if values["password"] != values["password_repeat"]:
            self.reset_fields.show_errors({"password_repeat": self.tr("De wachtwoorden zijn niet gelijk.")})
            return False
        try:
            self._services.accounts.reset_password(self._actor, self.selected.id, str(values["password"]))
        except ValidationError as exc:
            self.reset_fields.show_errors(exc.messages)
            return False
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return False
        self.reset_fields.set_values({"password": "", "password_repeat": ""})
        self._say(self.tr("Nieuw wachtwoord voor {username} ingesteld (en een eventuele blokkade opgeheven).").format(
            username=self.selected.username))
        return True

    def save_auto_lock(self) -> bool:
        minutes = self.auto_lock_spin.value()
        self.auto_lock_message.show()
        try:
            self._services.accounts.set_auto_lock_minutes(self._actor, minutes)
        except ValidationError as exc:
            self.auto_lock_message.setStyleSheet(f"color: {error_colour()};")
            self.auto_lock_message.setText("\n".join(exc.messages.values()))
            return False
        except ServiceError as exc:
            self.auto_lock_message.setStyleSheet(f"color: {error_colour()};")
            self.auto_lock_message.setText(str(exc))
            return False
        self.auto_lock_message.setStyleSheet(f"color: {ok_colour()};")
        self.auto_lock_message.setText(self.tr("Opgeslagen: vergrendelen na {n} minuten.").format(n=minutes))
        return True
