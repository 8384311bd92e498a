"""The shipped TrueType fonts, registered with reportlab so every PDF embeds them (never Helvetica)."""

from __future__ import annotations

from functools import cache

from ksdesk.paths import resource

REGULAR = "KsSans"
BOLD = "KsSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (wide Latin coverage: Ł, ş, ğ, ü ...) once; returns (regular, bold) names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
