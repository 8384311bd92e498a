"""The Monitor section: anonymised counts, a preview of exactly what leaves the practice, and the export.

Flow: choose a period → "Voorbeeld tonen" shows the table (every indicator per gebied, exactly as the CSV/JSON
will hold it), the one-page PDF with its chart, and the list of suppressed cells → "Exporteren naar map…"
writes CSV, JSON and PDF (the service refuses when the figures changed since the preview).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ksdesk.letters.monitor_summary import render_monitor_summary
from ksdesk.monitor.indicators import SOURCE_LABELS, SPEC
from ksdesk.monitor.period import Period, PeriodError, PeriodKind, parse_period
from ksdesk.monitor.published import REASON_TEXT, MonitorExport
from ksdesk.monitor.suppress import MAX_K, MIN_K
from ksdesk.records.gestation import format_date
from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import Conflict, ServiceError, ValidationError
from ksdesk.ui import dialogs
from ksdesk.ui.i18n import translate
from ksdesk.ui.monitor_model import MonitorTableModel, area_text
from ksdesk.ui.pdf_view import PdfPreview
from ksdesk.ui.widgets import date_edit, error_colour, heading, hint, small_table

KIND_YEAR, KIND_QUARTER, KIND_RANGE = "jaar", "kwartaal", "van_tot"


class MonitorPage(QWidget):
    """Period choice, preview (table, PDF with chart, suppressed cells) and export to a folder."""

    exported = Signal(list)  # the paths written

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.preview_export: MonitorExport | None = None
        self._preview_period: Period | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Monitor")))
        layout.addWidget(hint(self.tr(
            "Geanonimiseerde aantallen voor de regionale monitor Kansrijke Start, per gemeente en voor de hele "
            "praktijk. Je ziet hieronder precies wat de praktijk verlaat, voordat je iets opslaat.")))

        period_row = QHBoxLayout()
        period_label = QLabel(self.tr("Periode"))
        period_row.addWidget(period_label)
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        period_label.setBuddy(self.kind)
        self.kind.addItem(self.tr("Jaar"), KIND_YEAR)
        self.kind.addItem(self.tr("Kwartaal"), KIND_QUARTER)
        self.kind.addItem(self.tr("Van – tot"), KIND_RANGE)
        period_row.addWidget(self.kind)
        self.year = QSpinBox()
        self.year.setObjectName("period_year")
        self.year.setRange(1990, 2200)
        self.year.setValue(dt.date.today().year)
        self.year.setAccessibleName(self.tr("Jaar"))
        period_row.addWidget(self.year)
        self.quarter = QComboBox()
        self.quarter.setObjectName("period_quarter")
        for q in range(1, 5):
            self.quarter.addItem(self.tr("%1e kwartaal").replace("%1", str(q)), q)
        self.quarter.setCurrentIndex((dt.date.today().month - 1) // 3)
        period_row.addWidget(self.quarter)
        self.start = date_edit("period_start")
        self.start.setAccessibleName(self.tr("Van"))
        self.end = date_edit("period_end")
        self.end.setAccessibleName(self.tr("Tot en met"))
        self.range_box = QWidget()
        range_layout = QHBoxLayout(self.range_box)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.addWidget(self.start)
        range_layout.addWidget(QLabel(self.tr("t/m")))
        range_layout.addWidget(self.end)
        period_row.addWidget(self.range_box)
        self.preview_button = QPushButton(self.tr("Voorbeeld tonen"))
        self.preview_button.setObjectName("preview_button")
        self.preview_button.setDefault(True)
        period_row.addWidget(self.preview_button)
        period_row.addStretch(1)
        layout.addLayout(period_row)
        self.period_error = QLabel()
        self.period_error.setObjectName("period_error")
        self.period_error.setStyleSheet(f"color: {error_colour()};")
        self.period_error.hide()
        layout.addWidget(self.period_error)

        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.summary)

        self.stack = QStackedWidget()
        self.empty = hint(self.tr("Kies een periode en kies 'Voorbeeld tonen'. Er wordt dan nog niets opgeslagen."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.tabs = QTabWidget()
        self.model = MonitorTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("preview_table")
        self.table.setAccessibleName(self.tr("Voorbeeld van de aantallen"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.table, self.tr("Tabel"))
        self.pdf = PdfPreview()
        self.tabs.addTab(self.pdf, self.tr("Samenvatting met grafiek (PDF)"))
        self.notes = small_table([self.tr("Gebied"), self.tr("Indicator"), self.tr("Reden")])
        self.notes.setObjectName("suppressed_cells")
        self.notes.setAccessibleName(self.tr("Onderdrukte cellen"))
        self.tabs.addTab(self.notes, self.tr("Onderdrukte cellen"))
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.k_label = QLabel()
        self.k_label.setObjectName("k_label")
        self.k_label.setWordWrap(True)
        bottom.addWidget(self.k_label, 1)
        self.k_spin = QSpinBox()
        self.k_spin.setObjectName("k_spin")
        self.k_spin.setRange(MIN_K, MAX_K)
        self.k_spin.setAccessibleName(self.tr("Drempel voor kleine aantallen"))
        self.k_save = QPushButton(self.tr("Drempel opslaan"))
        self.k_save.setObjectName("k_save")
        may_set_k = role_allows(actor.role, Permission.SETTINGS_WRITE)
        if may_set_k:
            bottom.addWidget(self.k_spin)
            bottom.addWidget(self.k_save)
        else:
            self.k_spin.hide()
            self.k_save.hide()
        self.export_button = QPushButton(self.tr("Exporteren naar map…"))
        self.export_button.setObjectName("export_button")
        self.export_button.setEnabled(False)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.clicked.connect(self.show_preview)
        self.export_button.clicked.connect(self.export_to_folder)
        self.k_save.clicked.connect(self._save_k)
        for widget in (self.year, self.quarter):
            signal = widget.valueChanged if isinstance(widget, QSpinBox) else widget.currentIndexChanged
            signal.connect(self._period_changed)
        self.start.textChanged.connect(self._period_changed)
        self.end.textChanged.connect(self._period_changed)
        self._kind_changed()
        self._load_k()

    # --- page protocol ----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Unsaved input on this page: none (a preview stores nothing)."""
        return False

    def confirm_leave(self) -> bool:
        """Ask about unsaved input before the page is left; True when it may be left."""
        return True

    # --- period --------------------------------------------------------------------------------------
    def period_text(self) -> str:
        kind = self.kind.currentData()
        if kind == KIND_YEAR:
            return str(self.year.value())
        if kind == KIND_QUARTER:
            return f"{self.year.value()}-K{self.quarter.currentData()}"
        return f"{self.start.text().strip()}:{self.end.text().strip()}"

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.year.setVisible(kind in (KIND_YEAR, KIND_QUARTER))
        self.quarter.setVisible(kind == KIND_QUARTER)
        self.range_box.setVisible(kind == KIND_RANGE)
        self._period_changed()

    def _period_changed(self) -> None:
        """A different period: the preview no longer shows what would be exported."""
        if self.preview_export is not None:
            self.export_button.setEnabled(False)
            self.summary.setText(self.tr("De periode is gewijzigd. Kies 'Voorbeeld tonen' om de cijfers te zien."))
        self.period_error.hide()

    # --- preview and export ----------------------------------------------------------------------------
    def show_preview(self) -> None:
        try:
            period = parse_period(self.period_text())
        except PeriodError as exc:
            self._show_period_error(str(exc))
            return
        from ksdesk.ui.background import run_with_progress

        def count() -> tuple[Any, bytes]:  # off the UI thread: up to a second at twenty years of data
            export = self._services.monitor.preview(self.actor, period)
            return export, render_monitor_summary(export)

        try:
            export, pdf = run_with_progress(self, self.tr("Monitor"), self.tr("Aantallen tellen…"), count)
        except ValidationError as exc:
            self._show_period_error(exc.messages.get("period") or str(exc))
            return
        except ServiceError as exc:
            dialogs.error(self, self.tr("Monitor"), str(exc))
            return
        self.period_error.hide()
        self.preview_export = export
        self._preview_period = period
        self.model.set_export(export)
        self.pdf.set_pdf(pdf)
        self._fill_notes(export)
        self.stack.setCurrentWidget(self.tabs)
        self.export_button.setEnabled(True)
        self.summary.setText(self._summary_text(export))

    def _summary_text(self, export: MonitorExport) -> str:
        parts = [self.tr("Voorbeeld %1: %2 gebieden, %3 indicatoren; %4 cellen onderdrukt (drempel %5).")
                 .replace("%1", self._period_text(export.period)).replace("%2", str(len(export.rows) - 1))
                 .replace("%3", str(len(export.indicators))).replace("%4", str(len(export.notes)))
                 .replace("%5", str(export.k))]
        if export.unavailable:
            parts.append(self.tr("Nog niet beschikbaar (nb): %1.").replace(
                "%1", ", ".join(translate("labels", SOURCE_LABELS[s]) for s in export.unavailable)))
        parts.append(self.tr("Er staan geen namen, BSN's, geboortedata, adressen of datums van cliënten in."))
        return " ".join(parts)

    def _period_text(self, period: Period) -> str:
        """'jaar 2026', '3e kwartaal 2026' or '01-01-2026 t/m 30-06-2026' in the interface's language."""
        if period.kind is PeriodKind.YEAR:
            return self.tr("jaar {year}").format(year=period.start.year)
        if period.kind is PeriodKind.QUARTER:
            return self.tr("{n}e kwartaal {year}").format(n=(period.start.month - 1) // 3 + 1, year=period.start.year)
        return self.tr("{start} t/m {end}").format(start=format_date(period.start), end=format_date(period.end))

    def _fill_notes(self, export: MonitorExport) -> None:
        self.notes.setSortingEnabled(False)
        self.notes.setRowCount(len(export.notes))
        for i, note in enumerate(export.notes):
            for j, text in enumerate((area_text(note.area), translate("labels", SPEC[note.indicator].label),
                                      translate("labels", REASON_TEXT[note.reason]))):
                self.notes.setItem(i, j, QTableWidgetItem(text))
        self.notes.setSortingEnabled(True)
        self.notes.resizeColumnsToContents()

    def export_to_folder(self) -> None:
        if self.preview_export is None or self._preview_period is None:
            return
        folder = dialogs.choose_folder(self, self.tr("Map voor de monitorbestanden"))
        if folder is None:
            return
        from ksdesk.ui.background import run_with_progress

        period, previewed = self._preview_period, self.preview_export
        try:  # counts again (to compare with the preview) and writes three files: off the UI thread
            files = run_with_progress(self, self.tr("Monitor"), self.tr("Monitorbestanden opslaan…"),
                                      lambda: self._services.monitor.export(self.actor, period, folder,
                                                                            previewed=previewed))
        except Conflict as exc:
            dialogs.error(self, self.tr("Monitor"), str(exc))
            self.show_preview()
            return
        except ServiceError as exc:
            dialogs.error(self, self.tr("Monitor"), str(exc))
            return
        paths = [files.csv, files.json, files.pdf]
        dialogs.info(self, self.tr("Monitor"), self.tr("Opgeslagen in %1:\n%2").replace("%1", str(folder)).replace(
            "%2", "\n".join(p.name for p in paths)))
        self.exported.emit(paths)

    # --- threshold ------------------------------------------------------------------------------------
    def _load_k(self) -> None:
        try:
            k = self._services.monitor.threshold(self.actor)
        except ServiceError:
            self.k_label.setText("")
            return
        self.k_spin.setValue(k)
        self.k_label.setText(self.tr("Drempel: aantallen van 1 tot en met %1 worden getoond als '<%2'.")
                             .replace("%1", str(k - 1)).replace("%2", str(k)))

    def _save_k(self) -> None:
        try:
            self._services.monitor.set_threshold(self.actor, self.k_spin.value())
        except ValidationError as exc:
            dialogs.error(self, self.tr("Drempel"), exc.messages.get("k") or str(exc))
            return
        except ServiceError as exc:
            dialogs.error(self, self.tr("Drempel"), str(exc))
            return
        self._load_k()
        if self.preview_export is not None:
            self.show_preview()

    def _show_period_error(self, message: str) -> None:
        self.period_error.setText(message)
        self.period_error.show()
        self.export_button.setEnabled(False)
