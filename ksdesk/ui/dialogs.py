"""The one place for modal dialogs: message boxes, confirmations and file pickers.

Screens call these functions instead of QMessageBox/QFileDialog directly, so tests can replace them
(tests/ui/conftest.py does) and no modal exec() ever blocks a test run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

UnsavedAnswer = Literal["save", "discard", "cancel"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


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
    box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def ask_unsaved(parent: QWidget | None, what: str) -> UnsavedAnswer:
    """There are unsaved changes to `what`: save them, throw them away, or stay."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("Niet opgeslagen wijzigingen"),
        _tr("Je hebt wijzigingen in {what} nog niet opgeslagen.").format(what=what),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Save).setText(_tr("Opslaan"))
    box.button(QMessageBox.StandardButton.Discard).setText(_tr("Niet opslaan"))
    box.button(QMessageBox.StandardButton.Cancel).setText(_tr("Annuleren"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def open_file(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return Path(chosen) if chosen else None


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(chosen) if chosen else None
