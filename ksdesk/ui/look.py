"""The look of ksdesk's screens: colours that follow a light or dark desktop, chips, headings, hints and the form
layout. Small and light on imports: the login window is built from these before anything else is loaded
(ksdesk.ui.widgets re-exports them for the other screens)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel

ERROR_COLOUR = "#b3261e"  # on a light window; error_colour() gives the one for the palette in use
ERROR_COLOUR_DARK = "#f28b82"
OK_COLOUR = "#1b5e20"
OK_COLOUR_DARK = "#81c995"

def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window background is dark (a dark desktop theme, or the palette given)."""
    if palette is None:
        if QGuiApplication.instance() is None:
            return False
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour() -> str:
    """Text colour for an error message that reads well on the current window background."""
    return ERROR_COLOUR_DARK if is_dark() else ERROR_COLOUR


def ok_colour() -> str:
    """Text colour for a confirmation ('Opgeslagen.') that reads well on the current window background."""
    return OK_COLOUR_DARK if is_dark() else OK_COLOUR


class ThemedColours(Mapping[str, tuple[str, str]]):
    """Chip colours (background, text) by kind, for a light or a dark window: looked up when a chip or a table
    cell is coloured, so a dark desktop gets dark chips with light text instead of bright pastel blocks."""

    def __init__(self, light: dict[str, tuple[str, str]], dark: dict[str, tuple[str, str]]) -> None:
        assert light.keys() == dark.keys()
        self.light = light
        self.dark = dark

    def __getitem__(self, kind: str) -> tuple[str, str]:
        return (self.dark if is_dark() else self.light)[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self.light)

    def __len__(self) -> int:
        return len(self.light)


# Chip colours: (background, text). Chips always carry text as well, never colour alone. Every pair has a
# contrast of at least 4.5:1 (WCAG AA), in both themes.
CHIP_KINDS = ThemedColours(
    light={
        "ok": ("#dcefdc", "#1b5e20"),
        "info": ("#dde8f6", "#0d47a1"),
        "warn": ("#fde9c8", "#8a4b00"),
        "urgent": ("#f9d6d5", "#8c1d18"),
        "neutral": ("#e6e6e6", "#333333"),
        "demo": ("#e9a23b", "#1f1400"),
    },
    dark={
        "ok": ("#1f3d25", "#a8dab0"),
        "info": ("#1c3250", "#a9cbf5"),
        "warn": ("#45300f", "#f6cd8c"),
        "urgent": ("#5a1d1a", "#ffb4ab"),
        "neutral": ("#3a3a3a", "#e3e3e3"),
        "demo": ("#e9a23b", "#1f1400"),  # the demo marker stands out on purpose
    },
)


def chip(text: str, kind: str = "neutral") -> QLabel:
    """A small rounded label with text and colour (status, level, demo marker)."""
    widget = QLabel(text)
    style_chip(widget, text, kind)
    return widget


def style_chip(widget: QLabel, text: str, kind: str) -> None:
    background, foreground = CHIP_KINDS.get(kind, CHIP_KINDS["neutral"])
    widget.setText(text)
    widget.setProperty("chipKind", kind)
    widget.setStyleSheet(
        f"QLabel {{ background: {background}; color: {foreground}; border-radius: 9px;"
        f" padding: 1px 9px; font-weight: 600; }}"
    )
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)


def heading(text: str, scale: float = 1.5) -> QLabel:
    """A bold page or section heading."""
    widget = QLabel(text)
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
    return widget


def hint(text: str) -> QLabel:
    """A muted explanatory line."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setStyleSheet("color: palette(placeholder-text);")
    return widget


def new_form() -> QFormLayout:
    """A form layout with labels right of the platform default and growing fields."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


def message_label(name: str = "message") -> QLabel:
    """A bold error line for a dialog, hidden until there is something to say."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_colour()}; font-weight: 600;")
    label.hide()
    return label
