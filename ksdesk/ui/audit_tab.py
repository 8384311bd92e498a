"""Beheer › Logboek: the NEN 7513 audit log for the beheerder (two factors), filters, chain check, inzage PDF.

Reading the log is itself logged by the services; this tab reads only when it is first shown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIntValidator, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.enums import Role
from ksdesk.records.gestation import format_date, parse_date
from ksdesk.security.audit import Action, Outcome
from ksdesk.services import Services
from ksdesk.services.audit_log import AuditEntryView, AuditFilter, event_label
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError
from ksdesk.ui import dialogs
from ksdesk.ui.i18n import translate
from ksdesk.ui.paged_model import ModelIndex, PagedTableModel
from ksdesk.ui.widgets import CHIP_KINDS, code_label, date_edit, error_colour, hint, local_time, style_chip

BREAK_GLASS_WINDOW_DAYS = 30
REPORT_DEFAULT_YEARS = 5  # an empty period in the inzageoverzicht: the log's minimum retention

ACTION_WORDS: dict[Action, str] = {
    Action.CREATE: "Aangemaakt",
    Action.READ: "Ingezien",
    Action.UPDATE: "Gewijzigd",
    Action.DELETE: "Verwijderd",
    Action.EXECUTE: "Uitgevoerd",
}


# Words for every event the app writes that the services' event_label() does not describe (its text wins once it
# has one). An event without a word (one from a later version) shows its code.
EVENT_WORDS: dict[str, str] = {
    "login": "Aanmelden",
    "break_glass": "Noodtoegang gevraagd",
    "client.search": "Cliënten gezocht",
    "client.retention_list": "Bewaartermijnen bekeken",
    "practice.save": "Praktijkgegevens opgeslagen",
    "settings.auto_lock": "Automatisch vergrendelen ingesteld",
    "settings.backup_folder": "Map voor reservekopieën ingesteld",
    "settings.monitor_k": "Drempel van de monitor ingesteld",
    "setup.first_run": "Praktijk ingericht",
    "staff.create": "Medewerker toegevoegd",
    "staff.update": "Medewerker gewijzigd",
    "store.recovery_key_shown": "Herstelsleutel getoond",
    "user.create": "Gebruiker aangemaakt",
    "user.update": "Gebruiker gewijzigd",
    "user.password": "Eigen wachtwoord gewijzigd",
    "user.password_reset": "Wachtwoord hersteld",
    "user.recovered": "Wachtwoord hersteld met de herstelsleutel",
    "user.unlock": "Blokkade opgeheven",
    "user.totp_enrolled": "Tweede factor ingesteld",
    "addressbook.active": "Adresboek: bestemming aan- of uitgezet",
    "addressbook.create": "Adresboek: bestemming toegevoegd",
    "addressbook.municipality": "Adresboek: gemeente toegevoegd",
    "addressbook.update": "Adresboek: bestemming gewijzigd",
    "backup.make": "Reservekopie gemaakt",
    "backup.failed": "Reservekopie mislukt",
    "backup.verify": "Reservekopie gecontroleerd",
    "backup.restore": "Reservekopie terugzetten begonnen",
    "backup.restored": "Reservekopie teruggezet",
    "centering.settings": "Centering: instellingen opgeslagen",
    "centering.location": "Centering: locatie opgeslagen",
    "centering.room": "Centering: ruimte opgeslagen",
    "centering.pool": "Centering: kandidaten bekeken",
    "centering.propose": "Centering: groepen voorgesteld",
    "centering.group.create": "Centering: groep aangemaakt",
    "centering.group.open": "Centering: groep geopend",
    "centering.group.update": "Centering: groepsgegevens gewijzigd",
    "centering.group.status": "Centering: status van de groep gewijzigd",
    "centering.schedule.plan": "Centering: schema gepland",
    "centering.session.move": "Centering: bijeenkomst verplaatst",
    "centering.member.add": "Centering: deelnemer toegevoegd",
    "centering.member.move": "Centering: deelnemer naar andere groep",
    "centering.member.remove": "Centering: deelnemer terug naar de kandidaten",
    "centering.member.leave": "Centering: deelnemer uit de groep",
    "centering.member.consent": "Centering: toestemming overdracht gewijzigd",
    "centering.attendance": "Centering: aanwezigheid vastgelegd",
    "centering.consult": "Centering: individueel consult vastgelegd",
    "centering.toeslag.declare": "Centering: toeslag gedeclareerd",
    "centering.calendar": "Centering: agenda opgeslagen",
    "centering.print.overview": "Centering: groepsoverzicht afgedrukt",
    "centering.print.attendance": "Centering: presentielijst afgedrukt",
    "centering.print.handover": "Centering: overdrachtslijst JGZ afgedrukt",
    "import.mapping": "Import: kolomkoppeling bewaard",
    "import.preview": "Import: voorbeeld bekeken",
    "import.run": "Import uitgevoerd",
    "monitor.preview": "Monitor: voorbeeld bekeken",
    "monitor.export": "Monitor: bestanden opgeslagen",
    "screening.catalogue_default": "Signaleringslijst: standaardlijst gekozen",
    "screening.catalogue_region": "Signaleringslijst: regionale lijst ingesteld",
    "screening.pending": "Werklijst doorgeleidingsbesluiten bekeken",
    "screening.latest": "Signaleringsniveaus bekeken",
    "screening.dossier": "Signalering geopend",
    "screening.history": "Eerdere beoordelingen bekeken",
    "screening.open": "Beoordeling geopend",
    "screening.create": "Beoordeling vastgelegd",
    "screening.update": "Beoordeling gewijzigd",
    "screening.decision": "Doorgeleidingsbesluit vastgelegd",
    "screening.meldcode_step": "Meldcodestap vastgelegd",
    "referral.compose": "Verwijzing voorbereid",
    "referral.create": "Verwijzing aangemaakt",
    "referral.update": "Verwijzing gewijzigd",
    "referral.open": "Verwijzing geopend",
    "referral.list": "Verwijzingen bekeken",
    "referral.overdue": "Verwijzingen zonder terugkoppeling bekeken",
    "referral.overdue_days": "Termijn voor terugkoppeling ingesteld",
    "referral.funnel": "Verwijstrechter bekeken",
    "referral.consent": "Toestemming vastgelegd",
    "referral.consent_withdrawn": "Toestemming ingetrokken",
    "referral.letter": "Verwijsbrief gemaakt",
    "referral.letter_open": "Verwijsbrief ingezien",
    "referral.letter_print": "Verwijsbrief afgedrukt",
    "referral.letter_save": "Verwijsbrief als PDF opgeslagen",
    "referral.status": "Status van de verwijzing gewijzigd",
}

OUTCOME_WORDS: dict[str, str] = {
    Outcome.OK: "Geslaagd",
    Outcome.DENIED: "Geweigerd",
    Outcome.FAILED: "Mislukt",
}


def event_text(event: str) -> str:
    """Words for an event in the interface's language; a refused operation (logged under its service method)
    reads as an attempt; an event without words shows its code."""
    described = event_label(event)
    if described != event:
        return translate("labels", described)
    if event in EVENT_WORDS:
        return translate("labels", EVENT_WORDS[event])
    service, _, method = event.partition(".")
    if service.endswith("Service") and method:
        return translate("AuditTab", "Poging: {operation}").format(operation=method.replace("_", " "))
    return event


def outcome_word(outcome: str) -> str:
    """"Geslaagd", "Geweigerd", "Mislukt" in the interface's language (an unknown value as it is stored)."""
    return translate("labels", OUTCOME_WORDS[outcome]) if outcome in OUTCOME_WORDS else outcome.capitalize()


def action_word(code: str) -> str:
    try:
        return translate("labels", ACTION_WORDS[Action(code)])
    except ValueError:
        return code


def role_word(value: str) -> str:
    try:
        return code_label(Role(value))
    except ValueError:
        return value


class AuditTableModel(PagedTableModel[AuditEntryView]):
    """Log entries newest first, fetched page by page (offset/limit) as the view scrolls."""

    TIME, USER, ROLE, ACTION, EVENT, CLIENT, OUTCOME, BREAK_GLASS = range(8)
    PAGE_SIZE = 200

    failed = Signal(str)

    def __init__(self, services: Services, actor: Actor, page_size: int = PAGE_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__((self.tr("Tijd"), self.tr("Gebruiker"), self.tr("Rol"), self.tr("Handeling"),
                          self.tr("Gebeurtenis"), self.tr("Cliënt"), self.tr("Resultaat"), self.tr("Noodtoegang")),
                         page_size, parent)
        self._services = services
        self._actor = actor
        self.where = AuditFilter()

    def set_filter(self, where: AuditFilter) -> None:
        self.where = where
        self.reload()

    def entry(self, row: int) -> AuditEntryView:
        return self.row(row)

    def fetch_page(self) -> list[AuditEntryView] | None:
        """The next page older than the oldest row shown (keyset paging: the log grows while it is read)."""
        try:
            return self._services.audit.entries(self._actor, self.where, limit=self.page_size,
                                                before_seq=self._rows[-1].seq if self._rows else None)
        except ServiceError as exc:
            self.failed.emit(str(exc))
            return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if column == self.BREAK_GLASS and entry.break_glass:
            background, foreground = CHIP_KINDS["urgent"]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(foreground))
        if column == self.OUTCOME and entry.outcome != Outcome.OK and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(error_colour()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CLIENT, self.BREAK_GLASS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def text(self, entry: AuditEntryView, column: int) -> str:
        if column == self.TIME:
            return local_time(entry.occurred_at)
        if column == self.USER:
            return entry.user_name
        if column == self.ROLE:
            return role_word(entry.user_role)
        if column == self.ACTION:
            return action_word(entry.action)
        if column == self.EVENT:
            return event_text(entry.event)
        if column == self.CLIENT:
            return str(entry.client_id) if entry.client_id is not None else ""
        if column == self.OUTCOME:
            return outcome_word(entry.outcome)
        if column == self.BREAK_GLASS:
            return self.tr("ja") if entry.break_glass else ""
        return ""

    def _tooltip(self, entry: AuditEntryView) -> str:
        lines = [self.tr("Regel {seq} · werkplek {ws}").format(seq=entry.seq, ws=entry.workstation),
                 self.tr("Object: {type} {id}").format(type=entry.object_type, id=entry.object_id or "").strip()]
        if entry.pregnancy_id is not None:
            lines.append(self.tr("Zwangerschap: {id}").format(id=entry.pregnancy_id))
        if entry.detail:
            lines.append(entry.detail)
        return "\n".join(lines)


class AuditTab(QWidget):
    """The log with its filters; a per-staff view is the user filter, the per-client view the client filter."""

    def __init__(self, services: Services, actor: Actor, *, page_size: int = AuditTableModel.PAGE_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._loaded = False
        self.model = AuditTableModel(services, actor, page_size, self)
        self.model.failed.connect(self._show_error)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        banner_row = QHBoxLayout()
        self.break_glass_banner = QLabel()
        self.break_glass_banner.setObjectName("break_glass_banner")
        banner_row.addWidget(self.break_glass_banner)
        self.show_break_glass_button = QPushButton(self.tr("Tonen"))
        self.show_break_glass_button.setObjectName("show_break_glass_button")
        self.show_break_glass_button.setToolTip(self.tr("Alle regels met noodtoegang van de laatste 30 dagen"))
        self.show_break_glass_button.clicked.connect(self.show_recent_break_glass)
        banner_row.addWidget(self.show_break_glass_button)
        banner_row.addStretch(1)
        layout.addLayout(banner_row)

        filters = QHBoxLayout()
        self.client_filter = QLineEdit()
        self.client_filter.setObjectName("client_filter")
        self.client_filter.setPlaceholderText(self.tr("nummer"))
        self.client_filter.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.client_filter.setFixedWidth(80)
        self.client_filter.editingFinished.connect(self.apply_filters)
        self.user_filter = QComboBox()
        self.user_filter.setObjectName("user_filter")
        self.user_filter.addItem(self.tr("Alle gebruikers"), None)
        self.user_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.user_filter.setMinimumContentsLength(30)
        self.user_filter.activated.connect(self.apply_filters)
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("action_filter")
        self.action_filter.addItem(self.tr("Alle handelingen"), None)
        for action, word in ACTION_WORDS.items():
            self.action_filter.addItem(translate("labels", word), action)
        self.action_filter.activated.connect(self.apply_filters)
        self.start_filter = date_edit("start_filter")
        self.end_filter = date_edit("end_filter")
        for edit in (self.start_filter, self.end_filter):
            edit.setFixedWidth(105)
            edit.editingFinished.connect(self.apply_filters)
        self.break_glass_filter = QCheckBox(self.tr("Alleen noodtoegang"))
        self.break_glass_filter.setObjectName("break_glass_filter")
        self.break_glass_filter.toggled.connect(self.apply_filters)
        self.clear_button = QPushButton(self.tr("Filters wissen"))
        self.clear_button.setObjectName("clear_filters_button")
        self.clear_button.clicked.connect(self.clear_filters)
        period = QHBoxLayout()
        for row, pairs in ((filters, ((self.tr("&Cliënt"), self.client_filter),
                                      (self.tr("Gebr&uiker"), self.user_filter),
                                      (self.tr("Hande&ling"), self.action_filter))),
                           (period, ((self.tr("&Periode van"), self.start_filter), (self.tr("t/m"), self.end_filter)))):
            for caption, widget in pairs:
                label = QLabel(caption)
                label.setBuddy(widget)
                row.addWidget(label)
                row.addWidget(widget)
                row.addSpacing(10)
        period.addWidget(self.break_glass_filter)
        period.addStretch(1)
        period.addWidget(self.clear_button)
        filters.addStretch(1)
        layout.addLayout(filters)
        layout.addLayout(period)
        self.filter_message = QLabel()
        self.filter_message.setObjectName("filter_message")
        self.filter_message.setStyleSheet(f"color: {error_colour()};")
        self.filter_message.hide()
        layout.addWidget(self.filter_message)

        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setAccessibleName(self.tr("Logboek"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((125, 180, 115, 95, 210, 60, 85, 95)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(AuditTableModel.EVENT, QHeaderView.ResizeMode.Stretch)
        self.fit_headings()
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("audit_count")
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verify_result")
        self.verify_result.hide()
        bottom.addWidget(self.verify_result)
        self.verify_button = QPushButton(self.tr("Keten controleren"))
        self.verify_button.setObjectName("verify_button")
        self.verify_button.setToolTip(self.tr("Controleer of er regels zijn gewijzigd, verwijderd of tussengevoegd"))
        self.verify_button.clicked.connect(self.verify_chain)
        bottom.addWidget(self.verify_button)
        self.report_button = QPushButton(self.tr("Inzageoverzicht (PDF)…"))
        self.report_button.setObjectName("report_button")
        self.report_button.setToolTip(self.tr(
            "Voor de cliënte in het filter: wie haar gegevens heeft ingezien of gewijzigd, en wanneer"))
        self.report_button.clicked.connect(self.save_access_report)
        bottom.addWidget(self.report_button)
        layout.addLayout(bottom)
        layout.addWidget(hint(self.tr(
            "Tijden in Nederlandse tijd. Kies een gebruiker voor het overzicht per medewerker, of vul een "
            "cliëntnummer in voor het overzicht per cliënte. Het bekijken van het logboek wordt zelf ook "
            "vastgelegd.")))
        self._update_report_button()
        self.client_filter.textChanged.connect(self._update_report_button)

    # --- loading ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def fit_headings(self) -> None:
        """Every column at least as wide as its heading in the language in use (also after widths remembered from
        a session in another language are restored)."""
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            if column != AuditTableModel.EVENT:
                header.resizeSection(column, max(header.sectionSize(column), header.sectionSizeHint(column)))

    def ensure_loaded(self) -> None:
        """Read the log the first time the tab is shown (reading it is logged, so not before)."""
        if self._loaded:
            return
        self._loaded = True
        try:
            users = self._services.accounts.list_users(self._actor)
        except ServiceError as exc:
            self._show_error(str(exc))
            users = []
        for user in users:
            self.user_filter.addItem(f"{user.display_name} ({user.username})", user.id)
        self.refresh_break_glass_count()
        self.apply_filters()

    def refresh_break_glass_count(self) -> None:
        """'N keer noodtoegang in de laatste 30 dagen', prominent for the beheerder."""
        start = dt.date.today() - dt.timedelta(days=BREAK_GLASS_WINDOW_DAYS)
        try:
            entries = self._services.audit.entries(
                self._actor, AuditFilter(start=start, break_glass_only=True), limit=1000)
        except ServiceError as exc:
            self._show_error(str(exc))
            return
        count = sum(1 for e in entries if e.event == "break_glass")
        self.break_glass_count = count
        if count:
            text = (self.tr("1 keer noodtoegang in de laatste 30 dagen") if count == 1
                    else self.tr("{n} keer noodtoegang in de laatste 30 dagen").format(n=count))
            style_chip(self.break_glass_banner, text, "urgent")
        else:
            style_chip(self.break_glass_banner, self.tr("Geen noodtoegang in de laatste 30 dagen"), "ok")
        self.show_break_glass_button.setVisible(count > 0)

    # --- filters ----------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter | None:
        """The filter from the fields, or None (with a message) when a date cannot be read."""
        dates: list[dt.date | None] = []
        for edit in (self.start_filter, self.end_filter):
            text = edit.text().strip()
            if not text:
                dates.append(None)
                continue
            try:
                dates.append(parse_date(text))
            except ValueError:
                self._show_error(self.tr("Datum niet herkend: ‘{text}’. Gebruik dd-mm-jjjj.").format(text=text))
                return None
        start, end = dates
        if start and end and end < start:
            self._show_error(self.tr("De einddatum ligt vóór de begindatum."))
            return None
        client_text = self.client_filter.text().strip()
        action = self.action_filter.currentData()  # (Qt hands the code back as a plain str)
        return AuditFilter(
            client_id=int(client_text) if client_text.isdigit() else None,
            user_id=self.user_filter.currentData(),
            action=Action(action) if action else None,
            start=start, end=end,
            break_glass_only=self.break_glass_filter.isChecked(),
        )

    def apply_filters(self, *_: object) -> None:
        where = self.current_filter()
        if where is None:
            return
        self.filter_message.hide()
        if where != self.model.where or not self.model.rowCount():
            self.model.set_filter(where)

    def clear_filters(self) -> None:
        for edit in (self.client_filter, self.start_filter, self.end_filter):
            edit.clear()
        self.user_filter.setCurrentIndex(0)
        self.action_filter.setCurrentIndex(0)
        self.break_glass_filter.blockSignals(True)
        self.break_glass_filter.setChecked(False)
        self.break_glass_filter.blockSignals(False)
        self.apply_filters()

    def show_recent_break_glass(self) -> None:
        self.start_filter.setText(format_date(dt.date.today() - dt.timedelta(days=BREAK_GLASS_WINDOW_DAYS)))
        self.end_filter.clear()
        self.break_glass_filter.setChecked(True)  # applies

    def _show_error(self, message: str) -> None:
        self.filter_message.setText(message)
        self.filter_message.show()

    def _update_count(self, *_: object) -> None:
        rows = self.model.rowCount()
        more = self.model.canFetchMore(QModelIndex())
        if rows == 0:
            self.count_label.setText(self.tr("Geen regels bij deze filters."))
        elif more:
            self.count_label.setText(self.tr("{n} regels geladen (scroll voor meer)").format(n=rows))
        else:
            self.count_label.setText(self.tr("1 regel") if rows == 1 else self.tr("{n} regels").format(n=rows))

    def _update_report_button(self, *_: object) -> None:
        has_client = self.client_filter.text().strip().isdigit()
        self.report_button.setEnabled(has_client)

    # --- actions ----------------------------------------------------------------------------
    def verify_chain(self) -> bool:
        """Check the whole hash chain (seconds at a million entries: off the UI thread, with a progress dialog)
        and show the outcome next to the button."""
        from ksdesk.ui.background import run_with_progress

        result = run_with_progress(self, self.tr("Logboek controleren"),
                                   self.tr("De hashketen van het logboek wordt gecontroleerd…"),
                                   self._services.audit.verify)
        if result.ok:
            style_chip(self.verify_result, self.tr("Keten in orde: {n} regels gecontroleerd").format(
                n=result.checked), "ok")
        else:
            style_chip(self.verify_result, self.tr("Keten verbroken bij regel {seq}: {reason}").format(
                seq=result.broken_at, reason=result.reason), "urgent")
        self.verify_result.show()
        return result.ok

    def save_access_report(self) -> bool:
        """The inzageoverzicht of the client in the filter, for the filter's period, saved as a PDF."""
        where = self.current_filter()
        if where is None or where.client_id is None:
            return False
        end = where.end or dt.date.today()
        start = where.start or end - dt.timedelta(days=round(365.25 * REPORT_DEFAULT_YEARS))
        path = dialogs.save_file(self, self.tr("Inzageoverzicht opslaan"),
                                 f"inzageoverzicht-{where.client_id}.pdf", self.tr("PDF-bestand (*.pdf)"))
        if path is None:
            return False
        try:
            pdf = self._services.audit.access_report(self._actor, where.client_id, start, end)
            path.write_bytes(pdf)
        except ServiceError as exc:
            dialogs.error(self, self.tr("Inzageoverzicht"), str(exc))
            return False
        except OSError as exc:
            dialogs.error(self, self.tr("Inzageoverzicht"), self.tr(
                "Het bestand kon niet worden opgeslagen: {error}").format(error=exc.strerror or str(exc)))
            return False
        dialogs.info(self, self.tr("Inzageoverzicht"), self.tr(
            "Het inzageoverzicht over {start} t/m {end} is opgeslagen als {name}.").format(
            start=format_date(start), end=format_date(end), name=path.name))
        return True
