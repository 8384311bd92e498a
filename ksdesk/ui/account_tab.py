"""Mijn account: set up the second factor (authenticator app) and change one's own password."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPageSize, QPdfWriter, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ksdesk.services import Services
from ksdesk.services.accounts import TotpEnrolment
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.ui import dialogs
from ksdesk.ui.i18n import translate
from ksdesk.ui.widgets import FormFields, chip, error_colour, hint, new_form


def recovery_codes_text(codes: list[str], username: str) -> str:
    today = dt.date.today().strftime("%d-%m-%Y")
    return "\n".join(
        [
            translate("AccountTab", "ksdesk – herstelcodes voor de tweede factor"),
            translate("AccountTab", "Gebruiker: {username} · gemaakt op {date}").format(username=username, date=today),
            "",
            translate(
                "AccountTab",
                "Elke code werkt één keer, als je telefoon er niet is. Bewaar dit blad op een veilige plek,",
            ),
            translate("AccountTab", "niet bij de computer en niet in een gedeelde map."),
            "",
            *codes,
            "",
        ]
    )


def write_recovery_codes(path: Path, codes: list[str], username: str) -> None:
    """As plain text (.txt) or a one-page PDF (anything else), through Qt's own PDF writer."""
    text = recovery_codes_text(codes, username)
    if path.suffix.lower() == ".txt":
        path.write_text(text, encoding="utf-8")
        return
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle("ksdesk herstelcodes")
    document = QTextDocument()
    lines = text.split("\n")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:] if line and line not in codes)
    code_list = "".join(f"<p style='font-family: monospace; font-size: 14pt'>{html.escape(c)}</p>" for c in codes)
    document.setHtml(f"<h2>{html.escape(lines[0])}</h2>{body}{code_list}")
    document.print_(writer)
    if not path.exists():
        raise OSError(f"PDF niet geschreven: {path}")


class AccountTab(QWidget):
    """The logged-in user's own account. actor_changed carries the actor after enrolling the second factor."""

    actor_changed = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.enrolment: TotpEnrolment | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        row = QHBoxLayout()
        row.addWidget(self._build_second_factor(), 3)
        row.addWidget(self._build_password(), 2)
        layout.addLayout(row)
        layout.addStretch(1)

    def _build_second_factor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tweede factor (authenticator-app)"))
        column = QVBoxLayout(box)
        if self._actor.second_factor:
            top = QHBoxLayout()
            top.addWidget(chip(self.tr("Ingesteld"), "ok"))
            top.addWidget(QLabel(self.tr("Je bent aangemeld met wachtwoord en code.")), 1)
            column.addLayout(top)
            column.addStretch(1)
            return box
        column.addWidget(
            hint(
                self.tr(
                    "Met een tweede factor meld je je aan met je wachtwoord én een code uit een app op je telefoon "
                    "(bijvoorbeeld Microsoft Authenticator of FreeOTP). Voor de beheerder is dat verplicht."
                )
            )
        )
        self.start_button = QPushButton(self.tr("Tweede factor instellen"))
        self.start_button.setObjectName("totp_start_button")
        self.start_button.clicked.connect(self.start_enrolment)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.enrol_widget = QWidget()
        enrol = QHBoxLayout(self.enrol_widget)
        enrol.setContentsMargins(0, 0, 0, 0)
        self.qr_label = QLabel()
        self.qr_label.setFixedSize(180, 180)
        self.qr_label.setScaledContents(True)
        enrol.addWidget(self.qr_label)
        steps = QVBoxLayout()
        steps.addWidget(
            QLabel(
                self.tr("1. Scan de code met de app op je telefoon.\n   Lukt scannen niet? Typ dan deze sleutel over:")
            )
        )
        self.secret_label = QLabel()
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_label.setStyleSheet("font-family: monospace;")
        steps.addWidget(self.secret_label)
        steps.addWidget(QLabel(self.tr("2. Vul de zescijferige code uit de app in:")))
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("totp_code")
        self.code_edit.setMaximumWidth(120)
        self.code_edit.returnPressed.connect(self.confirm_enrolment)
        steps.addWidget(self.code_edit)
        self.code_message = QLabel()
        self.code_message.setStyleSheet(f"color: {error_colour()};")
        self.code_message.setWordWrap(True)
        steps.addWidget(self.code_message)
        self.confirm_button = QPushButton(self.tr("Tweede factor bevestigen"))
        self.confirm_button.setObjectName("totp_confirm_button")
        self.confirm_button.clicked.connect(self.confirm_enrolment)
        steps.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        steps.addStretch(1)
        enrol.addLayout(steps, 1)
        self.enrol_widget.hide()
        column.addWidget(self.enrol_widget)
        column.addStretch(1)
        return box

    def _build_password(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wachtwoord wijzigen"))
        form = new_form()
        box.setLayout(form)
        self.password_fields = FormFields(self)
        for name, title in (
            ("old_password", self.tr("Huidig wachtwoord")),
            ("new_password", self.tr("Nieuw wachtwoord")),
            ("repeat_password", self.tr("Nieuw wachtwoord herhalen")),
        ):
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.password_fields.add(form, name, title, edit)
        self.password_button = QPushButton(self.tr("Wachtwoord wijzigen"))
        self.password_button.setObjectName("password_button")
        self.password_button.clicked.connect(self.change_password)
        form.addRow("", self.password_button)
        return box

    def start_enrolment(self) -> None:
        try:
            self.enrolment = self._services.accounts.begin_totp_enrolment(self._actor)
        except ServiceError as exc:
            dialogs.error(self, self.tr("Tweede factor"), str(exc))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self.enrolment.qr_png, "PNG")
        self.qr_label.setPixmap(pixmap)
        secret = self.enrolment.secret
        self.secret_label.setText(" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)))
        self.start_button.hide()
        self.enrol_widget.show()
        self.code_edit.setFocus()

    def confirm_enrolment(self) -> None:
        if self.enrolment is None:
            return
        try:
            actor, codes = self._services.accounts.confirm_totp_enrolment(
                self._actor, self.enrolment.secret, self.code_edit.text().strip()
            )
        except ValidationError as exc:
            self.code_message.setText("\n".join(exc.messages.values()))
            return
        except ServiceError as exc:
            dialogs.error(self, self.tr("Tweede factor"), str(exc))
            return
        if dialogs.recovery_codes(self, codes):
            self.save_recovery_codes(codes)
        self.actor_changed.emit(actor)

    def save_recovery_codes(self, codes: list[str]) -> bool:
        """Write the codes once to a .txt or .pdf file the user picks (to print, then keep safe)."""
        path = dialogs.save_file(
            self,
            self.tr("Herstelcodes opslaan"),
            "ksdesk-herstelcodes.pdf",
            self.tr("PDF-bestand (*.pdf);;Tekstbestand (*.txt)"),
        )
        if path is None:
            return False
        try:
            write_recovery_codes(path, codes, self._actor.username)
        except OSError as exc:
            dialogs.error(
                self,
                self.tr("Herstelcodes"),
                self.tr("Het bestand kon niet worden opgeslagen: {error}").format(error=exc.strerror or str(exc)),
            )
            return False
        dialogs.info(
            self,
            self.tr("Herstelcodes"),
            self.tr(
                "De herstelcodes staan in {name}. Druk ze af, bewaar ze op een veilige plek en verwijder het "
                "bestand daarna van deze computer."
            ).format(name=path.name),
        )
        return True

    def change_password(self) -> None:
        values = self.password_fields.values()
        self.password_fields.clear_errors()
        if values["new_password"] != values["repeat_password"]:
            self.password_fields.show_errors({"repeat_password": self.tr("De wachtwoorden zijn niet gelijk.")})
            return
        try:
            self._services.accounts.change_own_password(
                self._actor, str(values["old_password"]), str(values["new_password"])
            )
        except ValidationError as exc:
            self.password_fields.show_errors(exc.messages)
            return
        except ServiceError as exc:
            dialogs.error(self, self.tr("Wachtwoord"), str(exc))
            return
        self.password_fields.set_values({name: "" for name in self.password_fields.widgets})
        dialogs.info(self, self.tr("Wachtwoord"), self.tr("Je wachtwoord is gewijzigd."))
