"""The screenshot script renders every main screen of a demo practice, in Dutch and in English, without an error.

This is issue 9's "every main screen opens in both languages": each screen is built on real services and a real
(small) demo practice, shown offscreen and saved as a PNG.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage

from ksdesk.ui import i18n
from ksdesk.ui.screenshots import SCREENS, file_name, render, theme
from ksdesk.ui.widgets import CHIP_KINDS, ERROR_COLOUR, chip, error_colour, is_dark


def test_every_main_screen_renders_in_dutch_and_english(qtbot: Any, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    lines: list[str] = []

    written, failures = render(out, tmp_path / "demo", languages=("nl", "en"), themes=("light",), size=(960, 640),
                               pregnancies=60, log=lines.append)

    assert failures == [], "\n".join(lines)
    expected = [out / file_name(language, "light", screen) for language in ("nl", "en") for screen in SCREENS]
    assert sorted(written) == sorted(expected)
    for path in expected:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() >= 300 and image.height() >= 150, path.name
        assert path.stat().st_size > 3000, f"{path.name} looks empty"  # a blank window compresses to ~1 KB
    # nothing a screen would have shown in a message box (a refusal, an error) came up
    assert not [line for line in lines if "melding" in line], "\n".join(lines)
    assert i18n.current_language() == "nl"  # the test's application speaks Dutch again afterwards
    if i18n.translation_file("en").exists():  # (before the .qm is compiled, English renders in Dutch)
        dutch, english = (out / file_name(language, "light", "login") for language in ("nl", "en"))
        assert dutch.read_bytes() != english.read_bytes()


def test_the_dark_theme_gives_dark_chips_and_error_text_that_reads_on_a_dark_window(qapp: Any) -> None:
    assert not is_dark()
    assert CHIP_KINDS["urgent"][0] in chip("Zeer kwetsbaar", "urgent").styleSheet()
    assert error_colour() == ERROR_COLOUR
    with theme(qapp, "dark"):
        assert is_dark()
        background, text = CHIP_KINDS.get("urgent", CHIP_KINDS["neutral"])
        assert (background, text) == CHIP_KINDS.dark["urgent"]
        assert QColor(background).lightness() < QColor(text).lightness()  # dark chip, light text
        assert background in chip("Zeer kwetsbaar", "urgent").styleSheet()
        assert error_colour() != ERROR_COLOUR and QColor(error_colour()).lightness() > 128
    assert not is_dark()  # the application's own palette is back
