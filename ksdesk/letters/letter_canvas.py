"""A reportlab canvas that knows the page count, for "pagina X van Y" and a footer line on every page.

Shared by the letters in this package; reportlab is imported lazily so start-up does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# draws the footer of one page: (canvas, page number, page count)
FooterPainter = Callable[[Any, int, int], None]


def numbered_canvas(font: str, footer: FooterPainter) -> type:
    """A Canvas class that defers every page until the count is known, then lets `footer` paint each one."""
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas
