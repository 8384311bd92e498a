"""A preview of a finished PDF (letters, sheets, summaries): the real bytes, shown with Qt's PDF viewer."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """Shows PDF bytes page by page, fitted to the width; set_pdf(None) clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_preview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Voorbeeld van het document"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.pdf: bytes | None = None

    def set_pdf(self, pdf: bytes | None) -> None:
        """Load new bytes (the buffer must outlive the document's use of it)."""
        self.document.close()
        self.pdf = pdf
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        if not pdf:
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)

    def page_count(self) -> int:
        return self.document.pageCount()
