"""Keeping the translations current (a developer's and the build's tool, not loaded by the app).

  python -m ksdesk.ui.i18n_update            update resources/translations/ksdesk_<lang>.ts from the code
  python -m ksdesk.ui.i18n_update --release  compile the .ts files to the .qm files the app loads
  python -m ksdesk.ui.i18n_update --check    say what is stale, untranslated or unfinished (exit 1 if anything)

pyside6-lupdate finds the literal texts (`self.tr("...")`, `translate("Context", "...")`). Texts that are data
(a code's label, a section title from a table) are shown through `translate("labels", text)`; `label_texts()`
collects them from the tables listed in LABEL_SOURCES and the code enums, so translators see them too."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path

from ksdesk import paths

TRANSLATED_LANGUAGES = ("en",)
SOURCE_LANGUAGE = "nl_NL"
TARGET_LANGUAGES = {"en": "en_GB"}


def _strings(value: object) -> Iterable[str]:
    """Every text in a table: strings, the values of a dict, the items of a tuple, an object's label/title."""
    if isinstance(value, StrEnum):
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    else:
        for attribute in ("label", "title"):
            text = getattr(value, attribute, None)
            if isinstance(text, str):
                yield text


def _second(pairs: Iterable[tuple[object, ...]]) -> Iterable[str]:
    return (str(pair[1]) for pair in pairs)


# module:attribute → how to take the texts from it (default: every text in it).
LABEL_SOURCES: dict[str, Callable[[object], Iterable[str]] | None] = {
    "ksdesk.ui.widgets:WEEKDAYS": None,
    "ksdesk.ui.main_window:SECTIONS": _second,  # type: ignore[dict-item]
    "ksdesk.ui.audit_tab:EVENT_WORDS": None,
    "ksdesk.ui.audit_tab:OUTCOME_WORDS": None,
    "ksdesk.services.audit_log:_EVENT_LABELS": None,
    "ksdesk.ui.audit_tab:ACTION_WORDS": None,
    "ksdesk.ui.backup_tab:REASON_LABELS": None,
    "ksdesk.ui.catalogue_tab:RULE_LABELS": None,
    "ksdesk.ui.catalogue_tab:RULE_TEXTS": None,
    "ksdesk.ui.import_dialog:NOT_IMPORTED": None,
    "ksdesk.ui.import_dialog:STEPS": None,
    "ksdesk.ui.import_models:COUNT_LABELS": None,
    "ksdesk.ui.import_models:FILTERS": None,
    "ksdesk.ui.import_models:PlanModel.COLUMNS": None,
    "ksdesk.importing.plan:OUTCOME_LABELS": None,
    "ksdesk.importing.reading:ENCODINGS": None,
    "ksdesk.importing.reading:SEPARATORS": None,
    "ksdesk.importing.fields:FIELDS": None,
    "ksdesk.monitor.indicators:SPECS": None,
    "ksdesk.monitor.indicators:SOURCE_LABELS": None,
    "ksdesk.monitor.published:REASON_TEXT": None,
    "ksdesk.monitor.aggregate:PRACTICE_TOTAL": None,
    "ksdesk.monitor.aggregate:OTHER_GEMEENTEN": None,
    "ksdesk.monitor.aggregate:UNKNOWN_GEMEENTE": None,
    "ksdesk.ui.referral_detail:EXPLANATION": None,
    "ksdesk.ui.referrals_page:PERIODS": None,
    "ksdesk.ui.referrals_page:SHORT_ROUTES": None,
    "ksdesk.services.referrals:FUNNEL_STEPS": None,
    "ksdesk.services.referrals:CONSENT_STATES": None,
    "ksdesk.screening.assessments:KIND_LABELS": None,
    "ksdesk.screening.assessments:DECISION_LABELS": None,
    "ksdesk.screening.assessments:MELDCODE_DECISION_LABELS": None,
    "ksdesk.screening.assessments:MELDCODE_STEPS": None,
    "ksdesk.ui.screening_page:MELDCODE_SHORT": None,
}
# Modules whose code enums are shown by their label (records.enums.label, centering's LABELS, a .label property).
ENUM_MODULES = ("ksdesk.records.enums", "ksdesk.centering.model", "ksdesk.screening.assessments",
                "ksdesk.screening.enums", "ksdesk.services.referrals", "ksdesk.monitor.indicators")


def _lookup(reference: str) -> object:
    module_name, _, attribute_path = reference.partition(":")
    value: object = importlib.import_module(module_name)
    for part in attribute_path.split("."):
        value = getattr(value, part)
    return value


def label_texts() -> list[str]:
    """Every data text the UI shows through the "labels" context."""
    texts: set[str] = set()
    for reference, take in LABEL_SOURCES.items():
        value = _lookup(reference)
        texts.update(take(value) if take else _strings(value))  # type: ignore[arg-type]
    for module_name in ENUM_MODULES:
        module = importlib.import_module(module_name)
        labels = getattr(module, "LABELS", None)
        if isinstance(labels, dict):
            texts.update(text for text in labels.values() if isinstance(text, str))
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, StrEnum) and value.__module__ == module_name:
                for member in value:
                    text = getattr(member, "label", None)
                    if isinstance(text, str):
                        texts.add(text)
    from ksdesk.records.enums import Discipline

    texts.update(member.value for member in Discipline)  # shown by value in the Centering facilitator combo
    return sorted(text for text in texts if text.strip())


def translations_dir() -> Path:
    return paths.resource("translations")


def ts_file(language: str) -> Path:
    return translations_dir() / f"ksdesk_{language}.ts"


def _run_tool(tool: str, arguments: list[str]) -> str:
    """Run PySide6's lupdate or lrelease (shipped in the wheel) and return what it printed."""
    script = (f"import sys; from PySide6.scripts.pyside_tool import {tool}; sys.argv[0] = '{tool}'; "
              f"sys.exit({tool}())")
    done = subprocess.run([sys.executable, "-c", script, *arguments], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{tool} failed: {done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def _labels_file(folder: Path) -> Path:
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({'labels'!r}, {text!r})" for text in label_texts()]
    path = folder / "labels.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def update(language: str, target: Path | None = None) -> Path:
    """Write (or merge into) the .ts file for `language`: new texts come in unfinished, texts no longer in the
    code are dropped, existing translations are kept."""
    target = target or ts_file(language)
    ui_dir = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in ui_dir.glob("*.py") if p.name not in ("i18n_update.py",))
    with tempfile.TemporaryDirectory() as folder:
        labels = _labels_file(Path(folder))
        _run_tool("lupdate", [*sources, str(labels), "-locations", "none", "-no-obsolete",
                              "-source-language", SOURCE_LANGUAGE,
                              "-target-language", TARGET_LANGUAGES.get(language, language), "-ts", str(target)])
    return target


def release(language: str, ts: Path | None = None, qm: Path | None = None) -> Path:
    ts = ts or ts_file(language)
    qm = qm or ts.with_suffix(".qm")
    _run_tool("lrelease", [str(ts), "-qm", str(qm)])
    return qm


def entries(ts: Path) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) for every message in a .ts file."""
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            result.append((name, message.findtext("source") or "", translation.text or "",
                           translation.get("type")))
    return result


def problems(language: str) -> list[str]:
    """What keeps the translation for `language` from being complete and current."""
    found: list[str] = []
    ts = ts_file(language)
    if not ts.exists():
        return [f"{ts.name} is missing: run python -m ksdesk.ui.i18n_update"]
    current = entries(ts)
    for context, source, translation, kind in current:
        if kind in ("unfinished", "vanished", "obsolete") or not translation.strip():
            found.append(f"{ts.name}: {kind or 'untranslated'} [{context}] {source!r}")
    with tempfile.TemporaryDirectory() as folder:
        fresh = update(language, Path(folder) / ts.name)
        wanted = {(c, s) for c, s, _, _ in entries(fresh)}
        have = {(c, s) for c, s, _, _ in current}
        for context, source in sorted(wanted - have):
            found.append(f"{ts.name}: not yet in the file [{context}] {source!r}")
        for context, source in sorted(have - wanted):
            found.append(f"{ts.name}: no longer in the code [{context}] {source!r}")
        compiled = release(language, ts, Path(folder) / "check.qm")
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
            found.append(f"{qm.name} is not compiled from the current {ts.name}: run --release")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ksdesk.ui.i18n_update", description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="compile .ts to .qm")
    parser.add_argument("--check", action="store_true", help="report stale, untranslated or unfinished entries")
    args = parser.parse_args(argv)
    if args.check:
        found = [problem for language in TRANSLATED_LANGUAGES for problem in problems(language)]
        print("\n".join(found) if found else "translations complete and current")
        return 1 if found else 0
    for language in TRANSLATED_LANGUAGES:
        if args.release:
            print(release(language))
        else:
            path = update(language)
            unfinished = sum(1 for *_, kind in entries(path) if kind == "unfinished")
            print(f"{path}: {len(entries(path))} texts, {unfinished} to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
