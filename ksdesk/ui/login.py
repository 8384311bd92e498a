"""Before the main window: the login dialog and the recovery-key dialog (the first-run wizard is in
ksdesk.ui.first_run)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ksdesk.app import Gate

if TYPE_CHECKING:  # (the login window shows before the services are loaded)
    from ksdesk.services import Services
    from ksdesk.services.context import Actor
from ksdesk.ui.look import chip, error_colour, heading, hint, message_label, new_form


def _data_dir_of(services: Services) -> Path | None:
    path = services.store.path
    return path.parent if path is not None else None


def _set_buddies(form: QFormLayout) -> None:
    """Each row's label takes its field as buddy, so its &-shortcut jumps there."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, form.ItemRole.LabelRole)
        if item and isinstance(item.widget(), QLabel):
            item.widget().setBuddy(form.itemAt(row, form.ItemRole.FieldRole).widget())


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    """User name and password; a refusal is shown inline; `actor` is set on success."""

    def __init__(self, services: Services | Gate, practice_name: str | None = None, username: str = "",
                 parent: QWidget | None = None, *, note: str = "") -> None:
        """`services` of an open store, or the Gate that opens an encrypted store at login; `note` is shown
        above the fields (the demo practice's accounts)."""
        super().__init__(parent)
        self.gate = services if isinstance(services, Gate) else Gate(_data_dir_of(services), services)
        self.actor: Actor | None = None
        is_demo = False
        if practice_name is None:  # the practice's name and demo flag are public (no client data)
            info = self.gate.practice_info()
            practice_name, is_demo = info if info else ("", False)
        self.setWindowTitle(self.tr("Aanmelden – ksdesk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(self.tr("Aanmelden")))
        self.practice_label = QLabel(practice_name)
        self.practice_label.setObjectName("practice_name")
        self.practice_label.setWordWrap(True)
        self.practice_label.setVisible(bool(practice_name))
        self.demo_chip = chip(self.tr("DEMO – fictieve gegevens"), "demo")
        self.demo_chip.setObjectName("demo_chip")
        self.demo_chip.setVisible(is_demo)
        practice_row = QHBoxLayout()
        practice_row.addWidget(self.practice_label, 1)
        practice_row.addWidget(self.demo_chip)
        layout.addLayout(practice_row)
        self.note = hint(note)
        self.note.setObjectName("login_note")
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        form = new_form()
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = _password_edit()
        self.password.setObjectName("password")
        form.addRow(self.tr("&Gebruikersnaam"), self.username)
        form.addRow(self.tr("&Wachtwoord"), self.password)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("6 cijfers, of een herstelcode"))
        self.code_label = QLabel(self.tr("&Code"))
        form.addRow(self.code_label, self.code)
        self._form = form
        form.setRowVisible(self.code, False)  # asked for only when the account has a second factor
        _set_buddies(form)
        layout.addLayout(form)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.login_button = buttons.addButton(self.tr("Aanmelden"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Afsluiten"))
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        self.recovery_button = buttons.addButton(self.tr("Herstelsleutel gebruiken…"),
                                                 QDialogButtonBox.ButtonRole.HelpRole)
        self.recovery_button.setObjectName("recovery_button")
        self.recovery_button.setAutoDefault(False)
        self.recovery_button.clicked.connect(self.use_recovery_key)
        # only for the practice's own encrypted data folder (a server has its own way back in)
        self.recovery_button.setVisible(self.gate.data_dir is not None and (
            self.gate.services is None or self.gate.services.store.encrypted))
        layout.addWidget(buttons)
        self.setMinimumWidth(480 if note else 380)
        (self.password if username else self.username).setFocus()

    def use_recovery_key(self) -> None:
        """Nobody can log in: the printed recovery key gives a beheerder a new password."""
        dialog = RecoveryDialog(self.gate, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(dialog.username.text().strip().lower())
            self.password.clear()
            self.message.setStyleSheet("font-weight: 600;")
            self.message.setText(self.tr("Het nieuwe wachtwoord is ingesteld. Meld je ermee aan."))
            self.message.show()
            self.password.setFocus()

    def try_login(self) -> None:
        """Ask the services; on success accept, otherwise show the Dutch message and clear the password."""
        from ksdesk.services.accounts import SecondFactorRequired
        from ksdesk.services.errors import ServiceError

        code = self.code.text() if not self.code.isHidden() or self.code.text() else None
        try:
            self.actor = self.gate.login(self.username.text(), self.password.text(), code)
        except SecondFactorRequired as exc:
            self._form.setRowVisible(self.code, True)
            self.message.setText(str(exc))
            self.message.setStyleSheet("font-weight: 600;")
            self.message.show()
            self.code.setFocus()
            return
        except ServiceError as exc:
            self.message.setStyleSheet(f"color: {error_colour()}; font-weight: 600;")
            self.message.setText(str(exc))
            self.message.show()
            if not self.code.isHidden():
                self.code.clear()
                self.code.setFocus()
            else:
                self.password.clear()
                self.password.setFocus()
            return
        self.message.hide()
        self.accept()


class RecoveryDialog(QDialog):
    """The recovery key from the practice's safe, a beheerder's user name and her new password."""

    def __init__(self, gate: Gate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.setWindowTitle(self.tr("Herstelsleutel gebruiken – ksdesk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(heading(self.tr("Herstelsleutel gebruiken")))
        layout.addWidget(hint(self.tr(
            "Gebruik dit alleen als niemand meer kan inloggen. Typ de sleutel van het blad uit de kluis; "
            "de gekozen beheerder krijgt een nieuw wachtwoord. Dit wordt vastgelegd in het logboek.")))
        form = new_form()
        self.key = QLineEdit()
        self.key.setObjectName("recovery_key")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.username = QLineEdit()
        self.username.setObjectName("recovery_username")
        self.password = _password_edit()
        self.password.setObjectName("recovery_password")
        self.repeat = _password_edit()
        self.repeat.setObjectName("recovery_repeat")
        form.addRow(self.tr("&Herstelsleutel"), self.key)
        form.addRow(self.tr("&Beheerder (gebruikersnaam)"), self.username)
        form.addRow(self.tr("&Nieuw wachtwoord"), self.password)
        form.addRow(self.tr("Nieuw wachtwoord &herhalen"), self.repeat)
        _set_buddies(form)
        layout.addLayout(form)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Nieuw wachtwoord instellen"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("recovery_confirm")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.try_recover)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _refuse(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {error_colour()}; font-weight: 600;")
        self.message.setText(text)
        self.message.show()

    def try_recover(self) -> None:
        from ksdesk.app import WrongSecret
        from ksdesk.services.errors import ServiceError, ValidationError

        if self.password.text() != self.repeat.text():
            self._refuse(self.tr("De twee wachtwoorden zijn niet gelijk."))
            return
        try:
            self.gate.recover(self.key.text(), self.username.text(), self.password.text())
        except ValidationError as exc:
            self._refuse("\n".join(exc.messages.values()))
            return
        except (WrongSecret, ServiceError) as exc:
            self._refuse(str(exc))
            return
        self.accept()
