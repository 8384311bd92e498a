"""Where things live: the data folder (platformdirs), the database URL and the shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "ksdesk"
APP_AUTHOR = "KansrijkeStart"
DB_FILENAME = "ksdesk.sqlite"  # the embedded store in the data folder


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir, else KSDESK_DATA_DIR, else the platform's user data folder."""
    chosen = override or os.environ.get("KSDESK_DATA_DIR")
    path = Path(chosen) if chosen else user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url_override() -> str | None:
    """KSDESK_DATABASE_URL runs the app on another server (PostgreSQL for several workstations)."""
    return os.environ.get("KSDESK_DATABASE_URL") or None


def resources_dir() -> Path:
    """Shipped resources: inside the installed package (wheel), else the source tree's resources/."""
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    source = package_dir.parent / "resources"
    if source.is_dir():
        return source
    raise FileNotFoundError("ksdesk resources folder not found")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
