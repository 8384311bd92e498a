"""A timeline picture of one group: the members' à terme datums and the session dates on one time axis.

So the assistant sees at a glance whether the sessions fit the pregnancies: the ATD band should lie between
the last pregnancy session and the reünie.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ksdesk.records.gestation import format_date
from ksdesk.ui.look import error_colour, is_dark, ok_colour

# (light window, dark window)
TEAL = (QColor("#2f6f73"), QColor("#7fc4c8"))
ATD = (QColor("#b3541e"), QColor("#f0a070"))
GRID = (QColor("#c9d4d4"), QColor("#4a5656"))


def month_label(month: int) -> str:
    """The short month name in the language in use ("mrt" / "Mar"): i18n.install sets the default locale."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


class GroupTimeline(QWidget):
    """Custom-painted: a month axis, one tick per session (numbered, green when held), and the ATDs as dots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centering_timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(120)
        self.due_dates: list[dt.date] = []
        self.sessions: list[tuple[int, dt.date, bool]] = []
        self.today: dt.date = dt.date.today()
        self.setAccessibleName(self.tr("Tijdlijn van de groep"))

    def sizeHint(self) -> QSize:
        return QSize(640, 120)

    def set_group(self, due_dates: Sequence[dt.date], sessions: Sequence[tuple[int, dt.date, bool]],
                  today: dt.date | None = None) -> None:
        """Members' ATDs and (number, date, held) per session."""
        self.due_dates = sorted(due_dates)
        self.sessions = sorted(sessions, key=lambda s: s[1])
        self.today = today or dt.date.today()
        if self.due_dates and self.sessions:
            self.setToolTip(self.tr("ATD's {0} – {1}; bijeenkomsten {2} – {3}").format(
                format_date(self.due_dates[0]), format_date(self.due_dates[-1]),
                format_date(self.sessions[0][1]), format_date(self.sessions[-1][1])))
        self.update()

    def _span(self) -> tuple[dt.date, dt.date]:
        dates = [*self.due_dates, *(d for _n, d, _h in self.sessions)]
        first, last = min(dates), max(dates)
        first = first.replace(day=1)
        last = (last.replace(day=28) + dt.timedelta(days=8)).replace(day=1)
        return first, last

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.due_dates and not self.sessions:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nog geen deelnemers of schema."))
            return
        first, last = self._span()
        total = max((last - first).days, 1)
        left, right = 70.0, float(self.width() - 30)
        width = max(right - left, 1.0)

        def x(day: dt.date) -> float:
            return left + (day - first).days / total * width

        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
        painter.setFont(small)
        axis_y, session_y, atd_y = 100.0, 40.0, 72.0
        text = self.palette().text().color()
        dark = is_dark(self.palette())
        teal, atd, grid = TEAL[dark], ATD[dark], GRID[dark]
        held_colour, today_colour = QColor(ok_colour()), QColor(error_colour())
        # month grid and labels
        month = first
        free_from = 0.0  # a month's label is left out where it would run into the previous one (a narrow timeline)
        metrics = painter.fontMetrics()
        while month <= last:
            px = x(month)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(px, 18), QPointF(px, axis_y))
            painter.setPen(text)
            label = month_label(month.month) + (f" {month.year}" if month.month == 1 or month == first else "")
            if px + 3 >= free_from:
                painter.drawText(QPointF(px + 3, axis_y + 13), label)
                free_from = px + 3 + metrics.horizontalAdvance(label) + 4
            month = (month.replace(day=28) + dt.timedelta(days=8)).replace(day=1)
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        painter.drawText(QPointF(4, session_y + 4), self.tr("Bijeenk."))
        painter.drawText(QPointF(4, atd_y + 4), self.tr("ATD's"))
        # the ATD band and dots
        if self.due_dates:
            band = QRectF(x(self.due_dates[0]) - 3, atd_y - 9, x(self.due_dates[-1]) - x(self.due_dates[0]) + 6, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            band_colour = QColor(atd)
            band_colour.setAlpha(45)
            painter.setBrush(band_colour)
            painter.drawRoundedRect(band, 6, 6)
            painter.setBrush(atd)
            stacked: dict[int, int] = {}
            for day in self.due_dates:
                px = round(x(day))
                level = stacked.get(px // 4, 0)
                stacked[px // 4] = level + 1
                painter.drawEllipse(QPointF(px, atd_y - 4 + (level % 3) * 4), 3.2, 3.2)
        # sessions
        for number, day, held in self.sessions:
            px = x(day)
            colour = held_colour if held else teal
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(px, session_y - 8), QPointF(px, session_y + 8))
            painter.setPen(colour)
            painter.drawText(QRectF(px - 12, session_y - 24, 24, 14), Qt.AlignmentFlag.AlignCenter, str(number))
        # today
        if first <= self.today <= last:
            px = x(self.today)
            painter.setPen(QPen(today_colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(px, 14), QPointF(px, axis_y))
            painter.drawText(QPointF(px + 3, 12), self.tr("vandaag"))
        painter.end()
