"""The English translation is complete, current with the code, compiled, and keeps every placeholder; the
language choice of a workstation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ksdesk.ui import i18n
from ksdesk.ui.i18n_update import entries, label_texts, problems, ts_file

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%n")
TAG = re.compile(r"</?([a-z]+)[^>]*>")


def test_english_is_complete_current_and_compiled() -> None:
    """No unfinished or untranslated entry, no text in the code missing from the .ts (or left over in it), and the
    .qm is compiled from this .ts."""
    assert problems("en") == []


@pytest.mark.parametrize("language", ["en"])
def test_translations_keep_placeholders_markup_and_mnemonics(language: str) -> None:
    wrong = []
    for context, source, translation, _kind in entries(ts_file(language)):
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append(("placeholders", context, source, translation))
        if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
            wrong.append(("markup", context, source, translation))
        if ("&" in source.replace("&&", "").replace("&amp;", "")) != (
                "&" in translation.replace("&&", "").replace("&amp;", "")):
            wrong.append(("mnemonic", context, source, translation))
        if source.endswith("…") != translation.endswith("…"):
            wrong.append(("ellipsis", context, source, translation))
    assert wrong == []


def test_data_labels_are_collected_for_the_translators() -> None:
    texts = label_texts()
    for expected in ("Vandaag", "Cliënten", "Gesignaleerd", "maandag", "Beheer"):
        assert expected in texts
    sources = {(c, s) for c, s, _t, _k in entries(ts_file("en"))}
    assert all(("labels", text) in sources for text in texts)


def test_the_workstation_language_is_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KSDESK_LANG", raising=False)
    assert i18n.saved_language(tmp_path) == "nl"
    i18n.save_language(tmp_path, "en")
    assert i18n.saved_language(tmp_path) == "en"
    assert json.loads((tmp_path / i18n.SETTINGS_FILE).read_text(encoding="utf-8")) == {"language": "en"}
    assert i18n.chosen_language(None, tmp_path) == "en"
    assert i18n.chosen_language("nl", tmp_path) == "nl"  # --lang wins
    monkeypatch.setenv("KSDESK_LANG", "nl_NL.UTF-8")
    assert i18n.chosen_language(None, tmp_path) == "nl"
    assert i18n.chosen_language("fr", None) == "nl"  # unknown languages fall back to the default
    with pytest.raises(ValueError):
        i18n.save_language(tmp_path, "fr")
    (tmp_path / i18n.SETTINGS_FILE).write_text("{not json", encoding="utf-8")
    assert i18n.saved_language(tmp_path) == "nl"
