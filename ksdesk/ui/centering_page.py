"""The Centering section: the candidate pool, proposed and running groups, schedules and attendance."""

from __future__ import annotations

from PySide6.QtCore import Signal  # noqa: F401
from PySide6.QtWidgets import QWidget

from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui.widgets import PlaceholderPage, tr


class CenteringPage(PlaceholderPage):
    """Placeholder until the section is built."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(tr("Centering", "MainWindow"), tr(
            "Dit onderdeel wordt op dit moment gebouwd en komt in een volgende versie.", "MainWindow"), parent)
        self._services = services
        self.actor = actor

    def is_dirty(self) -> bool:
        """Unsaved input on this page."""
        return False

    def confirm_leave(self) -> bool:
        """Ask about unsaved input before the page is left; True when it may be left."""
        return True
