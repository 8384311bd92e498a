"""Window geometry and column widths, kept in an INI file in the data folder (never client data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILENAME = "ksdesk-ui.ini"


def ui_settings(data_dir: Path) -> QSettings:
    """The UI's settings file: data_dir/ksdesk-ui.ini."""
    return QSettings(str(Path(data_dir) / SETTINGS_FILENAME), QSettings.Format.IniFormat)


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """A stored QByteArray (geometry, header state), or None when absent."""
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None
