"""The one place for modal dialogs: message boxes, confirmations and file pickers.

Screens call these functions instead of QMessageBox/QFileDialog directly, so tests can replace them
(tests/ui/conftest.py does) and no modal exec() ever blocks a test run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ksdesk.ui.i18n import translate
from ksdesk.ui.look import error_colour

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

UnsavedAnswer = Literal["save", "discard", "cancel"]
T = TypeVar("T")



def info(parent: QWidget | None, title: str, text: str) -> None:
    """A short notice with an OK button."""
    QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Something did not work; text is the Dutch message from the service."""
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, confirm_label: str) -> bool:
    """Ask yes/no; the confirming button says what will happen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("dialogs", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def ask_unsaved(parent: QWidget | None, what: str) -> UnsavedAnswer:
    """There are unsaved changes to `what`: save them, throw them away, or stay."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("dialogs", "Niet opgeslagen wijzigingen"),
        translate("dialogs", "Je hebt wijzigingen in {what} nog niet opgeslagen.").format(what=what),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Save).setText(translate("dialogs", "Opslaan"))
    box.button(QMessageBox.StandardButton.Discard).setText(translate("dialogs", "Niet opslaan"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("dialogs", "Annuleren"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def recovery_codes(parent: QWidget | None, codes: list[str]) -> bool:
    """Show the recovery codes once, with the warning to keep them safe. True: she wants them in a file
    (to print or keep on a stick in a drawer)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("dialogs", "Herstelcodes"),
        translate(
            "dialogs",
            "De tweede factor is ingesteld. Hieronder staan je herstelcodes: elke code werkt één keer, als je "
            "telefoon er niet is. Ze worden maar één keer getoond.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        "\n".join(codes)
        + "\n\n"
        + translate(
            "dialogs",
            "Bewaar ze op een veilige plek en niet op deze computer: wie de codes en je wachtwoord heeft, kan als "
            "jou inloggen. Sla ze op om ze af te drukken, en verwijder het bestand daarna.",
        )
    )
    save = box.addButton(translate("dialogs", "Opslaan als bestand…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("dialogs", "Sluiten"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is save


def recovery_key(parent: QWidget | None, key_text: str, sheet_pdf: bytes) -> None:
    """Show the store's recovery key once, with printing of the sheet for the practice's safe."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("dialogs", "Herstelsleutel"))
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(20, 16, 20, 12)
    intro = QLabel(
        translate(
            "dialogs",
            "<b>Bewaar de herstelsleutel van deze praktijk op papier in de kluis.</b><br>Hiermee zijn de "
            "versleutelde gegevens ook te openen als niemand meer kan inloggen. Deze sleutel wordt maar één keer "
            "getoond.",
        )
    )
    intro.setWordWrap(True)
    layout.addWidget(intro)
    key_label = QLabel(key_text.replace("-", " "))
    key_label.setObjectName("recovery_key")
    key_label.setWordWrap(True)
    key_label.setTextInteractionFlags(key_label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
    key_label.setStyleSheet("font-family: monospace; font-size: 16pt; font-weight: 600; padding: 10px;")
    layout.addWidget(key_label)
    buttons = QDialogButtonBox()
    print_button = buttons.addButton(translate("dialogs", "Afdrukken…"), QDialogButtonBox.ButtonRole.ActionRole)
    print_button.clicked.connect(lambda: print_pdf(dialog, translate("dialogs", "Herstelsleutel"), sheet_pdf))
    done = buttons.addButton(translate("dialogs", "Ik heb de sleutel bewaard"), QDialogButtonBox.ButtonRole.AcceptRole)
    done.clicked.connect(dialog.accept)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(520)
    dialog.exec()


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def open_file(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return Path(chosen) if chosen else None


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """A folder picker (export and backup folders)."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
    return Path(chosen) if chosen else None


PRINT_DPI = 300  # enough for letters and sheets; a 1200 dpi page would be a 550 MB image


def print_pdf(parent: QWidget | None, title: str, pdf: bytes) -> bool:
    """The Qt print dialog for a finished PDF (letters, sheets); True when it was sent to the printer."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return send_pdf_to_printer(parent, printer, title, pdf)


def send_pdf_to_printer(parent: QWidget | None, printer: QPrinter, title: str, pdf: bytes) -> bool:
    """Draw each page of the PDF onto the printer's page (A4 in the practice), rendered at no more than
    PRINT_DPI, with a progress dialog that can stop the job; True when every page was sent."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QProgressDialog

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return False
    progress = QProgressDialog(translate("dialogs", "Afdrukken…"), translate("dialogs", "Stoppen"), 0, pages, parent)
    progress.setObjectName("print_progress")
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        scale = min(1.0, PRINT_DPI / max(printer.resolution(), 1))
        for page in range(pages):
            progress.setLabelText(translate("dialogs", "Afdrukken: pagina {page} van {pages}").format(
                page=page + 1, pages=pages))
            progress.setValue(page)
            if progress.wasCanceled():
                printer.abort()
                return False
            if page:
                printer.newPage()
            image = document.render(page, QSize(round(target.width() * scale), round(target.height() * scale)))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
        progress.setValue(pages)
    finally:
        painter.end()
        progress.close()
        progress.deleteLater()
    return True


class BreakGlassDialog(QDialog):
    """Noodtoegang: a written reason (multi-line). `attempt(reason)` asks the services, which check the
    reason; their Dutch message is shown in the dialog and it stays open. On success `result_value` is set."""

    def __init__(self, parent: QWidget | None, attempt: Callable[[str], object]) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.result_value: object = None
        self.setWindowTitle(translate("dialogs", "Noodtoegang"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        intro = QLabel(
            translate(
                "dialogs",
                "<b>Noodtoegang geeft je toegang tot gegevens die bij je rol niet horen.</b><br>"
                "Gebruik het alleen als het echt nodig is. Je reden, je naam en alles wat je daarna inziet of "
                "wijzigt worden vastgelegd, en de beheerder ziet dat terug in het logboek.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(translate("dialogs", "&Reden (minstens 10 tekens)"))
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("break_glass_reason")
        self.reason.setPlaceholderText(
            translate("dialogs", "Bijv. cliënte belt met bloedverlies; haar verloskundige is onbereikbaar")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.message = QLabel()
        self.message.setObjectName("break_glass_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_colour()}; font-weight: 600;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(
            translate("dialogs", "Noodtoegang gebruiken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("break_glass_confirm")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("dialogs", "Annuleren"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.reason.setFocus()

    def try_accept(self) -> None:
        from ksdesk.services.errors import ServiceError, ValidationError

        try:
            self.result_value = self._attempt(self.reason.toPlainText())
        except ValidationError as exc:
            self.message.setText("\n".join(exc.messages.values()))
            self.message.show()
            return
        except ServiceError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.accept()


def break_glass(parent: QWidget | None, attempt: Callable[[str], T]) -> T | None:
    """Ask for the written reason for noodtoegang; returns what attempt(reason) gave (the elevated actor),
    or None when cancelled."""
    dialog = BreakGlassDialog(parent, attempt)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value  # type: ignore[return-value]
