"""Bestand › Importeren: clients and pregnancies from the record system's CSV or Excel export."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.ui import dialogs
from ksdesk.ui.widgets import tr


def run_import(parent: QWidget, services: Services, actor: Actor) -> None:
    """Walk the user through choosing a file, mapping, preview and import."""
    dialogs.info(parent, tr("Importeren", "Import"), tr("Dit onderdeel wordt gebouwd.", "Import"))
