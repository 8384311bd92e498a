"""Beheer › Adresboek: referral destinations per gemeente."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor


class AddressBookTab(QWidget):
    """Placeholder until the tab is built."""

    @staticmethod
    def allowed(actor: Actor) -> bool:
        """Whether the tab is shown to this user."""
        return role_allows(actor.role, Permission.ADDRESS_BOOK_READ)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        QVBoxLayout(self).addWidget(QLabel(self.tr("Dit onderdeel wordt gebouwd.")))

    def is_dirty(self) -> bool:
        """Unsaved input on this tab."""
        return False

    def confirm_leave(self) -> bool:
        """Ask about unsaved input (dialogs.ask_unsaved) before the window closes; True when it may close."""
        return True
