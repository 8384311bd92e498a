"""The doorgeleiding funnel as a small painted bar chart: signalled → consent asked → given → referred → contact."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOURS = ("#2f6f73", "#3f8a8f", "#58a3a8", "#7dbcc0", "#a6d3d6")


class FunnelChart(QWidget):
    """Horizontal bars, one per step, each with its label and count (text as well as length)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[tuple[str, int]] = []
        self.setObjectName("referral_funnel")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_steps(self, steps: list[tuple[str, int]]) -> None:
        self.steps = list(steps)
        self.setAccessibleDescription("; ".join(f"{label}: {n}" for label, n in self.steps))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 26 * max(len(self.steps), 5) + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = max([metrics.horizontalAdvance(label) for label, _n in self.steps] + [80]) + 12
        count_width = metrics.horizontalAdvance("00000") + 8
        row = 26
        top = 4
        most = max([n for _label, n in self.steps] + [1])
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        track = QColor(self.palette().color(QPalette.ColorRole.Mid))
        track.setAlpha(50)
        bar_space = max(self.width() - label_width - count_width - 8, 20)
        for index, (label, count) in enumerate(self.steps):
            y = top + index * row
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, label_width - 8, row - 6),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(label_width, y + 3, bar_space, row - 12), 3, 3)
            painter.setBrush(QColor(BAR_COLOURS[index % len(BAR_COLOURS)]))
            painter.drawRoundedRect(QRectF(label_width, y + 3, bar_space * count / most, row - 12), 3, 3)
            painter.setPen(text_colour)
            painter.drawText(QRectF(label_width + bar_space + 6, y, count_width, row - 6),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(count))
        painter.end()
