"""The interface language. Dutch is the source language (every `tr()`/`translate()` text is Dutch); English and
any later language come from `resources/translations/ksdesk_<code>.qm`, compiled from the `.ts` sources that
`python -m ksdesk.ui.i18n update` keeps current (see resources/translations/README.md).

The language is a choice of the workstation (Beheer › Praktijk, or `--lang`), kept in `interface.json` in the data
folder: the login window needs it before the encrypted store is open."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ksdesk import paths

DEFAULT_LANGUAGE = "nl"
LANGUAGES = {"nl": "Nederlands", "en": "English"}
SETTINGS_FILE = "interface.json"
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a UI text outside a QObject method (`self.tr` inside one). pyside6-lupdate finds
    `translate("Context", "literal")`; a text that is data (a code's label, a section title from a table) goes
    through the "labels" context and is collected for the translators by `label_sources()`."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def saved_language(data_dir: Path | None) -> str:
    """The workstation's chosen language (Dutch when none was chosen or the file is unreadable)."""
    if data_dir is None:
        return DEFAULT_LANGUAGE
    try:
        chosen = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return DEFAULT_LANGUAGE
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def save_language(data_dir: Path, code: str) -> None:
    """Remember the language for this workstation (takes effect at the next start)."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    path = data_dir / SETTINGS_FILE
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(current, dict):
            current = {}
    except (OSError, ValueError):
        current = {}
    current["language"] = code
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(current, indent=2), encoding="utf-8")
    os.replace(temporary, path)


def chosen_language(requested: str | None, data_dir: Path | None) -> str:
    """--lang first, then KSDESK_LANG, then the workstation's saved choice."""
    for candidate in (requested, os.environ.get("KSDESK_LANG")):
        if candidate:
            code = candidate.lower().split("_")[0].split("-")[0]
            if code in LANGUAGES:
                return code
    return saved_language(data_dir)


def translation_file(code: str) -> Path:
    return paths.resource("translations", f"ksdesk_{code}.qm")


def install(code: str) -> str:
    """Install the translators for `code` (ours and Qt's own, for the standard buttons) on the running
    application, replacing earlier ones; returns the language actually in use."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code not in LANGUAGES:
        code = DEFAULT_LANGUAGE
    locale = QLocale(QLocale.Language.English if code == "en" else QLocale.Language.Dutch,
                     QLocale.Country.Netherlands)
    QLocale.setDefault(locale)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", qt_translations):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if code != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if not ours.load(str(translation_file(code))):
            return DEFAULT_LANGUAGE
        app.installTranslator(ours)
        _installed.append(ours)
    return code


def current_language() -> str:
    """The language of the installed translators."""
    return "en" if QLocale().language() == QLocale.Language.English else DEFAULT_LANGUAGE
