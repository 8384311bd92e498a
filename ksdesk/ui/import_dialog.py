"""Bestand › Importeren: clients and pregnancies from the record system's CSV or Excel export.

A wizard in four steps: the file (encoding and separator shown and correctable), the column mapping (guessed,
remembered per source), the preview of every row with its outcome, and the import itself (one transaction on a
worker thread behind a progress dialog that can cancel it) with a summary and the report to save.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ksdesk.importing.fields import (
    CLIENT,
    EXTRA,
    FIELDS,
    FIXED_PREFIX,
    ID_CHECKED,
    ID_CHECKED_VALUE,
    PREGNANCY,
    mapping_problems,
    mapping_warnings,
)
from ksdesk.importing.plan import ImportPlan, Outcome
from ksdesk.importing.reading import ENCODINGS, SEPARATORS, SourceTable, looks_misdecoded
from ksdesk.importing.report import report_csv
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.ui import dialogs
from ksdesk.ui.i18n import translate
from ksdesk.ui.import_models import (
    FILTERS,
    OUTCOME_KINDS,
    PlanFilter,
    PlanModel,
    RawTableModel,
    count_label,
)
from ksdesk.ui.widgets import CHIP_KINDS, chip, heading, hint, message_label, style_chip

NOT_IMPORTED = "(niet importeren)"
STEPS = ("Bestand", "Kolommen", "Controle", "Klaar")



def rows_text(n: int) -> str:
    """'1 regel', '3 regels'."""
    return translate("Import", "1 regel") if n == 1 else translate("Import", "{n} regels").format(n=n)


def columns_text(n: int) -> str:
    """'1 kolom', '8 kolommen'."""
    return translate("Import", "1 kolom") if n == 1 else translate("Import", "{n} kolommen").format(n=n)


def _message(exc: ServiceError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(exc.messages.values())
    return str(exc)


def source_name_for(path: Path, known: list[str]) -> str:
    """A saved source whose name the file name contains, else the file name without dates and numbers."""
    stem = path.stem.casefold()
    for name in known:
        if name.casefold() in stem:
            return name
    cleaned = re.sub(r"[\d_\-. ]+", " ", path.stem).strip()
    return (cleaned or "Export")[:60]


Job = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class Worker(QThread):
    """Runs a service call (the preview, or the import in one transaction) off the UI thread, reporting progress;
    cancel() makes the import roll back."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        try:
            plan = self._job(self.progressed.emit, lambda: self._cancel)
        except ServiceError as exc:
            self.failed.emit(_message(exc))
            return
        except Exception as exc:  # shown to the user; the transaction was rolled back
            self.failed.emit(
                translate("Import", "Het importeren is mislukt; er is niets opgeslagen.") + f" ({type(exc).__name__})"
            )
            return
        self.succeeded.emit(plan)


class ImportWizard(QDialog):
    """The import wizard. Tests build it directly and drive it; run_import() shows it modally."""

    finished_import = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.result_plan: ImportPlan | None = None
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(translate("Import", "Importeren uit het dossiersysteem"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        self.step_label = QLabel()
        self.step_label.setObjectName("import_step")
        layout.addWidget(self.step_label)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.file_page = self._build_file_page()
        self.mapping_page = self._build_mapping_page()
        self.preview_page = self._build_preview_page()
        self.done_page = self._build_done_page()
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.pages.addWidget(page)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(translate("Import", "Terug"))
        self.back_button.setObjectName("import_back")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(translate("Import", "Volgende"))
        self.next_button.setObjectName("import_next")
        self.next_button.setDefault(True)
        self.next_button.setMinimumWidth(170)
        self.next_button.clicked.connect(self.go_next)
        self.close_button = QPushButton(translate("Import", "Annuleren"))
        self.close_button.setObjectName("import_close")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self._show_step()

    # --- step 1: the file ---------------------------------------------------------------------------------
    def _build_file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(translate("Import", "Welk bestand?"), 1.3))
        layout.addWidget(
            hint(
                translate(
                    "Import",
                    "Kies een export uit je dossiersysteem (CSV of Excel). Er wordt nog niets opgeslagen: je ziet "
                    "eerst per regel wat er gebeurt. Het bestand zelf wordt niet in ksdesk bewaard.",
                )
            )
        )
        row = QHBoxLayout()
        self.choose_button = QPushButton(translate("Import", "Bestand kiezen…"))
        self.choose_button.setObjectName("import_choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(translate("Import", "Nog geen bestand gekozen."))
        self.file_label.setObjectName("import_file_label")
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        form = QFormLayout()
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("import_source")
        self.source_combo.setEditable(True)
        self.source_combo.setMinimumWidth(260)
        self.source_combo.setToolTip(translate("Import", "De koppeling van kolommen wordt per bron onthouden."))
        form.addRow(translate("Import", "&Bron (dossiersysteem)"), self.source_combo)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("import_encoding")
        for code, name in ENCODINGS.items():
            self.encoding_combo.addItem(translate("labels", name), code)
        self.separator_combo = QComboBox()
        self.separator_combo.setObjectName("import_separator")
        for code, name in SEPARATORS.items():
            self.separator_combo.addItem(translate("labels", name), code)
        form.addRow(translate("Import", "&Tekenset"), self.encoding_combo)
        form.addRow(translate("Import", "&Scheidingsteken"), self.separator_combo)
        layout.addLayout(form)
        self.encoding_combo.activated.connect(self._reread)
        self.separator_combo.activated.connect(self._reread)
        # the error sits right under the encoding and separator it is about
        self.file_error = message_label("import_file_error")
        layout.addWidget(self.file_error)
        self.read_note = hint("")
        self.read_note.setObjectName("import_read_note")
        layout.addWidget(self.read_note)
        self.raw_model = RawTableModel(self)
        self.raw_view = QTableView()
        self.raw_view.setObjectName("import_raw_view")
        self.raw_view.setModel(self.raw_model)
        self.raw_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw_view.horizontalHeader().setDefaultSectionSize(120)
        self.raw_view.horizontalHeader().setStretchLastSection(True)
        self.raw_view.verticalHeader().setDefaultSectionSize(24)
        layout.addWidget(self.raw_view, 1)
        self._set_csv_controls(False)
        return page

    def _set_csv_controls(self, enabled: bool) -> None:
        self.encoding_combo.setEnabled(enabled)
        self.separator_combo.setEnabled(enabled)

    def choose_file(self) -> None:
        path = dialogs.open_file(
            self,
            translate("Import", "Export kiezen"),
            translate("Import", "Exportbestanden (*.csv *.txt *.xlsx);;Alle bestanden (*)"),
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path, *, encoding: str | None = None, separator: str | None = None) -> bool:
        """Read a file (detecting encoding and separator unless given) and show its first rows."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            table = self._services.imports.read(self._actor, path, encoding=encoding, separator=separator)
        except ServiceError as exc:
            # nothing of an earlier reading stays on screen or goes on: the file has to be read again first
            self._show_error(self.file_error, _message(exc))
            self.table = None
            self.raw_model.set_table(None)
            self.read_note.setText("")
            if self.path != path:
                self.path = path
                self.file_label.setText(path.name)
            self._show_step()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        first_load = self.path != path or self.source_combo.currentText() == ""
        self.path, self.table = path, table
        self.file_error.hide()
        self.file_label.setText(path.name)
        self.raw_model.set_table(table)
        self._set_csv_controls(table.kind == "csv")
        if table.kind == "csv":
            self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(table.encoding))
            self.separator_combo.setCurrentIndex(self.separator_combo.findData(table.separator))
            self.read_note.setText(
                translate(
                    "Import",
                    "{rows} en {cols} gelezen. Staan er vreemde tekens (Ã©) of alles in één kolom? "
                    "Kies dan een andere tekenset of ander scheidingsteken.",
                ).format(rows=rows_text(len(table.rows)), cols=columns_text(len(table.headers)))
            )
            if len(table.headers) == 1:
                self._show_error(self.file_error, self._separator_advice(path, table))
            elif looks_misdecoded(table):
                self._show_error(
                    self.file_error,
                    translate(
                        "Import",
                        "Er staan vreemde tekens in (zoals Ã« voor ë): de tekenset is waarschijnlijk UTF-8; kies die "
                        "hierboven.",
                    ),
                )
        else:
            self.read_note.setText(
                translate("Import", "{rows} en {cols} gelezen uit het eerste werkblad.").format(
                    rows=rows_text(len(table.rows)), cols=columns_text(len(table.headers))
                )
            )
        if first_load:
            try:
                known = self._services.imports.mapping_names(self._actor)
            except ServiceError:
                known = []
            self.source_combo.clear()
            self.source_combo.addItems(known)
            self.source_combo.setEditText(source_name_for(path, known))
        self._show_step()
        return True

    def _separator_advice(self, path: Path, table: SourceTable) -> str:
        """One column read: the separator is probably wrong; name the one that splits the file best."""
        best: tuple[int, str] | None = None
        for code in SEPARATORS:
            if code == table.separator:
                continue
            try:
                other = self._services.imports.read(self._actor, path, encoding=table.encoding, separator=code)
            except ServiceError:
                continue
            if len(other.headers) > 1 and (best is None or len(other.headers) > best[0]):
                best = (len(other.headers), code)
        text = translate("Import", "Alles staat in één kolom: het scheidingsteken klopt waarschijnlijk niet.")
        if best is not None:
            text += " " + translate("Import", "Met {name} worden het {n} kolommen; kies dat hierboven.").format(
                name=translate("labels", SEPARATORS[best[1]]).lower(), n=best[0]
            )
        return text

    def _reread(self) -> None:
        if self.path is not None and self.path.suffix.casefold() != ".xlsx":
            self.load(
                self.path, encoding=self.encoding_combo.currentData(), separator=self.separator_combo.currentData()
            )

    @property
    def source_name(self) -> str:
        return " ".join(self.source_combo.currentText().split())

    # --- step 2: the mapping ------------------------------------------------------------------------------
    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(translate("Import", "Welke kolom is welk veld?"), 1.3))
        layout.addWidget(
            hint(
                translate(
                    "Import",
                    "ksdesk heeft de kolommen geraden aan hun kop. Controleer en verbeter waar nodig; kolommen die je "
                    "niet nodig hebt zet je op '(niet importeren)'.",
                )
            )
        )
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("import_mapping")
        self.mapping_table.setHorizontalHeaderLabels(
            [
                translate("Import", "Kolom in het bestand"),
                translate("Import", "Voorbeelden"),
                translate("Import", "Veld in ksdesk"),
            ]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.mapping_table, 1)
        self.mapping_error = message_label("import_mapping_error")
        layout.addWidget(self.mapping_error)
        self.mapping_warning = QLabel()
        self.mapping_warning.setObjectName("import_mapping_warning")
        self.mapping_warning.setWordWrap(True)
        background, foreground = CHIP_KINDS["warn"]
        self.mapping_warning.setStyleSheet(
            f"background: {background}; color: {foreground}; padding: 6px 8px; border-radius: 4px;"
        )
        self.mapping_warning.hide()
        layout.addWidget(self.mapping_warning)
        self.id_checked_box = QCheckBox(
            translate(
                "Import",
                "Ik verklaar: de identiteit van de cliënten met een BSN in dit bestand is gecontroleerd met een "
                "wettelijk identiteitsbewijs, vastgelegd in het dossiersysteem van de praktijk",
            )
        )
        self.id_checked_box.setObjectName("import_id_checked")
        self.id_checked_box.setToolTip(
            translate(
                "Import",
                "Bij elke cliënte komt als identiteitsbewijs 'Gecontroleerd in het dossiersysteem van de praktijk' "
                "zonder documentnummer, en de import legt deze verklaring vast in het logboek. Geldt alleen voor "
                "deze import.",
            )
        )
        self.id_checked_box.toggled.connect(self._mapping_changed)
        layout.addWidget(self.id_checked_box)
        fixed_row = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("import_fixed_reason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(translate("Import", "bijv. Niet in de export van het dossiersysteem"))
        self.reason_edit.textChanged.connect(self._mapping_changed)
        fixed_row.addRow(translate("Import", "&Reden geen BSN, als een regel geen BSN heeft"), self.reason_edit)
        layout.addLayout(fixed_row)
        self.remember_box = QCheckBox(
            translate("Import", "Deze koppeling onthouden voor de volgende import uit deze bron")
        )
        self.remember_box.setObjectName("import_remember")
        self.remember_box.setChecked(True)
        layout.addWidget(self.remember_box)
        self._mapping_combos: list[QComboBox] = []
        return page

    def _field_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(translate("labels", NOT_IMPORTED), None)
        groups = (
            (CLIENT, translate("Import", "Cliënte")),
            (EXTRA, translate("Import", "Cliënte")),
            (PREGNANCY, translate("Import", "Zwangerschap")),
        )
        for part, group in groups:
            for f in FIELDS:
                if f.part == part:
                    combo.addItem(f"{group}: {translate('labels', f.title)}", f.key)
        combo.setMaxVisibleItems(20)
        return combo

    def _fill_mapping(self) -> None:
        assert self.table is not None
        try:
            suggested = self._services.imports.suggest_mapping(self._actor, self.table.headers, self.source_name)
        except ServiceError as exc:
            self._show_error(self.file_error, _message(exc))
            return
        self.mapping_table.setRowCount(len(self.table.headers))
        self._mapping_combos = []
        for i, header in enumerate(self.table.headers):
            self.mapping_table.setItem(i, 0, QTableWidgetItem(header or translate("Import", "(zonder kop)")))
            examples = [v for v in self.table.column(i) if v not in (None, "")][:3]
            self.mapping_table.setItem(
                i,
                1,
                QTableWidgetItem(
                    " · ".join(v.strftime("%d-%m-%Y") if isinstance(v, dt.date) else str(v) for v in examples)
                ),
            )
            combo = self._field_combo()
            combo.setObjectName(f"import_field_{i}")
            index = combo.findData(suggested.get(header))
            combo.setCurrentIndex(max(index, 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(i, 2, combo)
            self._mapping_combos.append(combo)
        self.reason_edit.blockSignals(True)
        self.reason_edit.setText(suggested.get(FIXED_PREFIX + "bsn_missing_reason") or "")
        self.reason_edit.blockSignals(False)
        self.id_checked_box.blockSignals(True)
        self.id_checked_box.setChecked(False)  # a statement about this file: ticked explicitly every time
        self.id_checked_box.blockSignals(False)
        self._mapping_changed()

    def mapping(self) -> dict[str, str | None]:
        assert self.table is not None
        chosen: dict[str, str | None] = {
            h: c.currentData() for h, c in zip(self.table.headers, self._mapping_combos, strict=True)
        }
        reason = " ".join(self.reason_edit.text().split())
        if reason:
            chosen[FIXED_PREFIX + "bsn_missing_reason"] = reason
        if self.id_checked_box.isChecked() and self.id_checked_box.isVisibleTo(self.mapping_page):
            chosen[ID_CHECKED] = ID_CHECKED_VALUE
        return chosen

    def set_field(self, header: str, key: str | None) -> None:
        """Choose the field of a column (as the user does with the combo)."""
        assert self.table is not None
        combo = self._mapping_combos[self.table.headers.index(header)]
        combo.setCurrentIndex(combo.findData(key))

    def _mapping_changed(self) -> None:
        if self._mapping_combos:
            columns = {
                h: c.currentData()
                for h, c in zip(
                    self.table.headers,
                    self._mapping_combos,  # type: ignore[union-attr]
                    strict=True,
                )
            }
            mapped = set(columns.values())
            # the statement is offered where it is needed: a BSN column and no column with the ID document
            self.id_checked_box.setVisible("bsn" in mapped and "id_document_type" not in mapped)
        problems = mapping_problems(self.mapping()) if self._mapping_combos else []
        if problems:
            self._show_error(self.mapping_error, "\n".join(problems))
        else:
            self.mapping_error.hide()
        warnings = mapping_warnings(self.mapping()) if self._mapping_combos else []
        self.mapping_warning.setText("\n".join(translate("labels", w) for w in warnings))
        self.mapping_warning.setVisible(bool(warnings))
        self._show_step()

    # --- step 3: the preview ------------------------------------------------------------------------------
    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(translate("Import", "Controle: wat gebeurt er met elke regel?"), 1.3))
        layout.addWidget(
            hint(
                translate(
                    "Import",
                    "Er is nog niets opgeslagen. Regels met een fout worden overgeslagen; wat in ksdesk al anders is "
                    "ingevuld wordt niet overschreven (zie 'Met afwijkingen'). Alleen lege velden worden aangevuld.",
                )
            )
        )
        chips = QHBoxLayout()
        self.count_chips: dict[Outcome, QLabel] = {}
        for outcome in Outcome:
            label = chip("", OUTCOME_KINDS[outcome])
            label.setObjectName(f"import_count_{outcome.value}")
            self.count_chips[outcome] = label
            chips.addWidget(label)
        self.conflict_chip = chip("", "warn")
        self.conflict_chip.setObjectName("import_count_conflicts")
        chips.addWidget(self.conflict_chip)
        chips.addStretch(1)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("import_filter")
        for key, name in FILTERS.items():
            self.filter_combo.addItem(translate("labels", name), key)
        self.filter_combo.currentIndexChanged.connect(
            lambda: self.plan_filter.set_filter(self.filter_combo.currentData())
        )
        chips.addWidget(QLabel(translate("Import", "Toon:")))
        chips.addWidget(self.filter_combo)
        layout.addLayout(chips)
        self.plan_model = PlanModel(self)
        self.plan_filter = PlanFilter(self)
        self.plan_filter.setSourceModel(self.plan_model)
        self.plan_view = QTableView()
        self.plan_view.setObjectName("import_preview")
        self.plan_view.setModel(self.plan_filter)
        self.plan_view.setSortingEnabled(True)
        self.plan_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.plan_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_view.setWordWrap(False)
        self.plan_view.verticalHeader().hide()
        self.plan_view.verticalHeader().setDefaultSectionSize(24)
        header = self.plan_view.horizontalHeader()
        for column, width in enumerate((56, 150, 180, 118, 118)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        layout.addWidget(self.plan_view, 1)
        # a fixed-height box: a long explanation scrolls inside it instead of pushing the table (and the selected
        # row) out of sight
        self.row_detail = QPlainTextEdit()
        self.row_detail.setObjectName("import_row_detail")
        self.row_detail.setReadOnly(True)
        self.row_detail.setFrameShape(QFrame.Shape.StyledPanel)
        line = self.row_detail.fontMetrics().lineSpacing()
        self.row_detail.setFixedHeight(line * 5 + 12)
        layout.addWidget(self.row_detail)
        self.plan_view.selectionModel().currentRowChanged.connect(self._show_row_detail)
        row = QHBoxLayout()
        self.preview_report_button = QPushButton(translate("Import", "Controleverslag opslaan…"))
        self.preview_report_button.setObjectName("import_preview_report")
        self.preview_report_button.clicked.connect(lambda: self.save_report(imported=False))
        row.addWidget(self.preview_report_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.preview_error = message_label("import_preview_error")
        layout.addWidget(self.preview_error)
        return page

    def _show_row_detail(self) -> None:
        index = self.plan_view.currentIndex()
        if not index.isValid():
            self.row_detail.setPlainText(translate("Import", "Kies een regel om de hele toelichting te zien."))
            return
        planned = self.plan_model.planned(self.plan_filter.mapToSource(index).row())
        self.row_detail.setPlainText(
            "\n".join([translate("Import", "Regel {n}:").format(n=planned.line), *planned.reason_parts()])
        )
        self.plan_view.scrollTo(index)

    def start_preview(self) -> None:
        """Remember the mapping, then compare every row with ksdesk on a worker thread (writes nothing)."""
        assert self.table is not None
        mapping = self.mapping()
        try:
            if self.remember_box.isChecked():
                self._services.imports.save_mapping(self._actor, self.source_name, mapping)
        except ServiceError as exc:
            self._show_error(self.mapping_error, _message(exc))
            return
        table = self.table
        self._start_worker(
            lambda _progress, _cancelled: self._services.imports.preview(self._actor, table, mapping),
            translate("Import", "Controleren…"),
            self._preview_ready,
            self._preview_failed,
            cancellable=False,
        )

    def _preview_failed(self, message: str) -> None:
        self._finish_worker()
        self._show_error(self.mapping_error, message)
        self._show_step()

    def _preview_ready(self, plan: ImportPlan) -> None:
        self._finish_worker()
        self.plan = plan
        self.plan_model.set_plan(self.plan)
        for outcome, label in self.count_chips.items():
            style_chip(label, count_label(self.plan, outcome), OUTCOME_KINDS[outcome])
        self.count_chips[Outcome.NEW_PREGNANCY].setToolTip(
            translate(
                "Import",
                "Alle zwangerschappen die worden aangemaakt: bij nieuwe cliënten en bij cliënten die al in ksdesk "
                "staan.",
            )
        )
        style_chip(
            self.conflict_chip, translate("Import", "Met afwijkingen: {n}").format(n=self.plan.conflict_count), "warn"
        )
        self.filter_combo.setCurrentIndex(0)
        self._show_row_detail()
        self.pages.setCurrentWidget(self.preview_page)
        self._show_step()

    # --- step 4: import and summary -----------------------------------------------------------------------
    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.done_heading = heading(translate("Import", "Import klaar"), 1.3)
        layout.addWidget(self.done_heading)
        self.done_summary = QLabel()
        self.done_summary.setObjectName("import_summary")
        self.done_summary.setWordWrap(True)
        self.done_summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.done_summary)
        self.report_button = QPushButton(translate("Import", "Verslag opslaan…"))
        self.report_button.setObjectName("import_save_report")
        self.report_button.clicked.connect(lambda: self.save_report(imported=True))
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            hint(
                translate(
                    "Import",
                    "Het verslag noemt per regel wat er is geïmporteerd en wat is overgeslagen, en "
                    "waarom. Het bevat gegevens van cliënten: bewaar het zorgvuldig.",
                )
            )
        )
        layout.addStretch(1)
        return page

    def start_import(self) -> None:
        """Ask for confirmation, then write every valid row in one transaction on a worker thread."""
        assert self.plan is not None and self.table is not None
        counts = self.plan.counts()
        text = translate(
            "Import", "Nu opslaan: nieuwe cliënten {new}, nieuwe zwangerschappen {preg}, aanvullingen {upd}."
        ).format(new=counts[Outcome.NEW_CLIENT], preg=self.plan.pregnancies_created, upd=counts[Outcome.UPDATE])
        if counts[Outcome.ERROR]:
            text += " " + translate("Import", "{rows} met een fout worden overgeslagen.").format(
                rows=rows_text(counts[Outcome.ERROR])
            )
        if self.plan.id_checked_count:
            text += " " + translate(
                "Import", "Bij {n} cliënten wordt vastgelegd dat de identiteit in het dossiersysteem is gecontroleerd."
            ).format(n=self.plan.id_checked_count)
        if not dialogs.confirm(self, translate("Import", "Importeren"), text, translate("Import", "Importeren")):
            return
        table, mapping = self.table, self.mapping()
        self._start_worker(
            lambda progress, cancelled: self._services.imports.run(
                self._actor, table, mapping, progress=progress, cancelled=cancelled
            ),
            translate("Import", "Importeren…"),
            self._succeeded,
            self._failed,
            cancellable=True,
        )

    def _start_worker(
        self,
        job: Job,
        label: str,
        done: Callable[[ImportPlan], None],
        failed: Callable[[str], None],
        *,
        cancellable: bool,
    ) -> None:
        assert self.table is not None
        self.progress = QProgressDialog(
            label,
            translate("Import", "Afbreken") if cancellable else "",
            0,
            len(self.table.rows) if cancellable else 0,
            self,
        )
        if not cancellable:
            self.progress.setCancelButton(None)
        self.progress.setObjectName("import_progress")
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setMinimumWidth(380)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.worker = Worker(job)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(done)
        self.worker.failed.connect(failed)
        self.progress.canceled.connect(self.worker.cancel)
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.progress.show()
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(
                translate("Import", "Importeren… regel {done} van {total}").format(done=done, total=total)
            )

    def _finish_worker(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _succeeded(self, plan: ImportPlan) -> None:
        self._finish_worker()
        self.result_plan = plan
        counts = plan.counts()
        lines = [count_label(plan, o).replace(": ", "</b>: ", 1) for o in Outcome]
        skipped = counts[Outcome.ERROR]
        conflicts = plan.conflict_count
        self.done_summary.setText(
            translate("Import", "Alles is in één keer opgeslagen.")
            + "<br><br>"
            + "<br>".join(f"<b>{line}" for line in lines)
            + (
                "<br><br>"
                + (
                    translate("Import", "1 regel is overgeslagen; het verslag zegt waarom.")
                    if skipped == 1
                    else translate("Import", "{n} regels zijn overgeslagen; het verslag zegt waarom.").format(n=skipped)
                )
                if skipped
                else ""
            )
            + (
                "<br>"
                + (
                    translate("Import", "1 regel heeft afwijkingen die niet zijn overgenomen.")
                    if conflicts == 1
                    else translate("Import", "{n} regels hebben afwijkingen die niet zijn overgenomen.").format(
                        n=conflicts
                    )
                )
                if conflicts
                else ""
            )
            + (
                "<br>"
                + translate(
                    "Import",
                    "Bij {n} cliënten is als identiteitsbewijs vastgelegd: gecontroleerd in het dossiersysteem "
                    "van de praktijk (zonder documentnummer).",
                ).format(n=plan.id_checked_count)
                if plan.id_checked_count
                else ""
            )
        )
        self.pages.setCurrentWidget(self.done_page)
        self._show_step()
        self.finished_import.emit(plan)

    def _failed(self, message: str) -> None:
        self._finish_worker()
        self._show_error(self.preview_error, message)
        self._show_step()

    def save_report(self, *, imported: bool) -> None:
        plan = self.result_plan if imported else self.plan
        if plan is None:
            return
        stamp = dt.date.today().strftime("%Y-%m-%d")
        suggested = f"importverslag-{stamp}.csv" if imported else f"importcontrole-{stamp}.csv"
        path = dialogs.save_file(
            self, translate("Import", "Verslag opslaan"), suggested, translate("Import", "CSV-bestand (*.csv)")
        )
        if path is None:
            return
        try:
            path.write_bytes(report_csv(plan, imported=imported))
        except OSError:
            dialogs.error(
                self,
                translate("Import", "Verslag opslaan"),
                translate("Import", "Het verslag kon niet worden opgeslagen op deze plek."),
            )
            return
        dialogs.info(self, translate("Import", "Verslag opslaan"), translate("Import", "Het verslag is opgeslagen."))

    # --- navigation ---------------------------------------------------------------------------------------
    def go_next(self) -> None:
        page = self.pages.currentWidget()
        if page is self.file_page and self.table is not None:
            if not self.source_name:
                self._show_error(
                    self.file_error, translate("Import", "Geef de bron een naam (bijvoorbeeld het dossiersysteem).")
                )
                return
            self._fill_mapping()
            self.pages.setCurrentWidget(self.mapping_page)
        elif page is self.mapping_page:
            self.start_preview()
            return
        elif page is self.preview_page:
            self.start_import()
            return
        elif page is self.done_page:
            self.accept()
            return
        self._show_step()

    def go_back(self) -> None:
        index = self.pages.currentIndex()
        if 0 < index < 3:
            self.preview_error.hide()
            self.pages.setCurrentIndex(index - 1)
        self._show_step()

    def _show_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    def _show_step(self) -> None:
        index = self.pages.currentIndex()
        self.step_label.setText(
            translate("Import", "Stap {n} van 4: {name}").format(n=index + 1, name=translate("labels", STEPS[index]))
        )
        self.back_button.setVisible(0 < index < 3)
        self.back_button.setEnabled(True)
        done = index == 3
        self.close_button.setVisible(not done)
        if index == 0:
            self.next_button.setText(translate("Import", "Volgende"))
            # one column cannot hold name and date of birth: the separator has to be chosen first
            self.next_button.setEnabled(
                self.table is not None and (self.table.kind != "csv" or len(self.table.headers) > 1)
            )
        elif index == 1:
            self.next_button.setText(translate("Import", "Controleren"))
            self.next_button.setEnabled(bool(self._mapping_combos) and self.mapping_error.isHidden())
        elif index == 2:
            to_write = self.plan.to_write if self.plan else 0
            self.next_button.setText(
                translate("Import", "{rows} importeren").format(rows=rows_text(to_write))
                if to_write
                else translate("Import", "Niets te importeren")
            )
            self.next_button.setEnabled(to_write > 0)
        else:
            self.next_button.setText(translate("Import", "Sluiten"))
            self.next_button.setEnabled(True)

    def reject(self) -> None:
        if self.worker is not None:  # the import is running: cancel it (rolled back) rather than leave it
            self.worker.cancel()
            return
        super().reject()


def run_import(parent: QWidget, services: Services, actor: Actor) -> None:
    """Walk the user through choosing a file, mapping, preview and import."""
    wizard = ImportWizard(services, actor, parent)
    wizard.exec()
