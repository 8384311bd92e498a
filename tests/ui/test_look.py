"""The screens take their colours from ksdesk.ui.look, so they read on a light and on a dark window alike."""

from __future__ import annotations

import re
from pathlib import Path

import ksdesk.ui

# a colour fixed for a light window: the light error/ok constant, a literal text colour, Qt's dark colours
FIXED = re.compile(r"\{(ERROR|OK)_COLOUR\}|QColor\((ERROR|OK)_COLOUR\)|color:\s*#[0-9a-fA-F]{3,6}|GlobalColor\.dark")


def test_no_screen_fixes_a_text_colour_for_a_light_window() -> None:
    folder = Path(ksdesk.ui.__file__).parent
    found = [f"{path.name}:{number}: {line.strip()}"
             for path in sorted(folder.glob("*.py")) if path.name not in {"look.py", "screenshots.py"}
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if FIXED.search(line)]
    assert found == [], "use error_colour(), ok_colour() or CHIP_KINDS from ksdesk.ui.look:\n" + "\n".join(found)
