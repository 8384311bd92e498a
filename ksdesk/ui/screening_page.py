"""The Signalering section: the Kwetsbaarheid Rotterdam checklist, history, meldcode and the referral decision."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui.widgets import PlaceholderPage, tr


class ScreeningPage(PlaceholderPage):
    """Placeholder until the section is built."""

    referral_requested = Signal(int, int)  # pregnancy id, assessment id: a decision that leads to a referral

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(tr("Signalering", "MainWindow"), tr(
            "Dit onderdeel wordt op dit moment gebouwd en komt in een volgende versie.", "MainWindow"), parent)
        self._services = services
        self.actor = actor

    def is_dirty(self) -> bool:
        """Unsaved input on this page."""
        return False

    def confirm_leave(self) -> bool:
        """Ask about unsaved input before the page is left; True when it may be left."""
        return True

    def open_pregnancy(self, pregnancy_id: int) -> None:
        """Show the assessments of one pregnancy (from the client page)."""
