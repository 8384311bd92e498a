"""One client as one page: identity at the top, then her details form and her pregnancies."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.enums import DueDateSource, IdDocumentType, PregnancyStatus
from ksdesk.records.errors import RecordValidationError, validate_record
from ksdesk.records.gestation import format_date
from ksdesk.records.identifiers import display_phone, display_postcode
from ksdesk.records.models import ClientIn, PregnancyIn
from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.services.views import ClientView, PregnancyView
from ksdesk.ui import dialogs
from ksdesk.ui.client_list import offers_break_glass
from ksdesk.ui.i18n import translate
from ksdesk.ui.screening_checklist import LEVEL_CHIP, level_text
from ksdesk.ui.widgets import (
    FormFields,
    code_label,
    date_edit,
    error_colour,
    fill_enum_combo,
    heading,
    hint,
    local_time,
    new_form,
    save_shortcut,
    style_chip,
)

LIVE_CHECK_DELAY_MS = 300
PREGNANCY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_CHIP: dict[PregnancyStatus, str] = {
    PregnancyStatus.ONGOING: "ok",
    PregnancyStatus.DELIVERED: "info",
    PregnancyStatus.TRANSFERRED: "warn",
    PregnancyStatus.MISCARRIAGE: "neutral",
    PregnancyStatus.MOVED: "neutral",
    PregnancyStatus.STOPPED: "neutral",
}


class LiveCheck:
    """Validate a form against its record model while the user types; show messages for fields she has
    left (and for every field after a save attempt). The rules stay in ksdesk.records."""

    def __init__(self, fields: FormFields, model: type, owner: QWidget) -> None:
        self.fields = fields
        self.model = model
        self.touched: set[str] = set()
        self.timer = QTimer(owner)
        self.timer.setSingleShot(True)
        self.timer.setInterval(LIVE_CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)
        fields.finished.connect(self._finished)
        fields.edited.connect(lambda _name: self.timer.start())

    def _finished(self, name: str) -> None:
        self.touched.add(name)
        self.timer.start()

    def check(self) -> None:
        if not self.touched:
            return
        try:
            validate_record(self.model, self.fields.values())
            messages: dict[str, str] = {}
        except RecordValidationError as exc:
            messages = exc.messages
        self.fields.show_errors(messages, only=self.touched)

    def reset(self) -> None:
        self.timer.stop()
        self.touched.clear()
        self.fields.clear_errors()

    def touch_all(self) -> None:
        self.touched = set(self.fields.widgets)

    def show_refusal(self, exc: ValidationError, message: QLabel) -> None:
        """After a refused save: every message at its field, and a summary line (plus any message for a
        field this form does not show)."""
        self.touch_all()
        rest = self.fields.show_errors(exc.messages)
        summary = translate("LiveCheck", "Niet opgeslagen: controleer de rood gemarkeerde velden.")
        message.setText(summary + ("\n" + "\n".join(rest.values()) if rest else ""))


class ClientPage(QWidget):
    """A client's page. load_client() opens one; start_new() shows an empty form to register one."""

    back_requested = Signal()
    client_saved = Signal(int)
    status_message = Signal(str)
    break_glass_requested = Signal(int)  # refused for lack of role rights; the user chose noodtoegang
    screening_requested = Signal(int)  # pregnancy id: open its signalling (Signalering)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.view: ClientView | None = None
        self.selected_pregnancy: PregnancyView | None = None
        self._client_snapshot: dict[str, object] = {}
        self._pregnancy_snapshot: dict[str, object] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.details_tab = self._build_details_tab()
        self.pregnancy_tab = self._build_pregnancy_tab()
        self.tabs.addTab(self.details_tab, self.tr("Gegevens"))
        self.tabs.addTab(self.pregnancy_tab, self.tr("Zwangerschappen"))
        layout.addWidget(self.tabs, 1)
        self.client_check = LiveCheck(self.client_fields, ClientIn, self)
        self.pregnancy_check = LiveCheck(self.pregnancy_fields, PregnancyIn, self)
        self.client_fields.edited.connect(self._update_buttons)
        self.pregnancy_fields.edited.connect(self._update_buttons)
        self.start_new()

    # --- building ---------------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("client_header")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(frame)
        outer.setContentsMargins(12, 8, 12, 10)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Cliënten"))
        self.back_button.setObjectName("back_button")
        self.back_button.setToolTip(self.tr("Terug naar de lijst met cliënten"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addSpacing(8)
        self.name_label = heading("", 1.6)
        self.name_label.setObjectName("client_name")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.name_label)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("status_chip")
        top.addWidget(self.status_chip)
        self.interpreter_chip = QLabel()
        style_chip(self.interpreter_chip, self.tr("Tolk nodig"), "warn")
        top.addWidget(self.interpreter_chip)
        top.addStretch(1)
        outer.addLayout(top)

        facts = QGridLayout()
        facts.setHorizontalSpacing(28)
        facts.setVerticalSpacing(0)
        self.fact_values: dict[str, QLabel] = {}
        captions = (("date_of_birth", self.tr("Geboortedatum")), ("bsn", self.tr("BSN")),
                    ("due_date", self.tr("À terme datum")), ("gestational_age", self.tr("Amenorroeduur")),
                    ("gravida_para", self.tr("Gravida / para")), ("dossier", self.tr("Dossiernummer")))
        for column, (key, caption) in enumerate(captions):
            facts.addWidget(hint(caption), 0, column)
            value = heading("", 1.25)
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(value, 1, column)
            self.fact_values[key] = value
        facts.setColumnStretch(len(captions), 1)
        self.facts_widget = QWidget()
        self.facts_widget.setLayout(facts)
        outer.addWidget(self.facts_widget)
        self.contact_label = QLabel()
        self.contact_label.setObjectName("contact_line")
        self.contact_label.setWordWrap(True)
        self.contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.contact_label)
        return frame

    def _build_details_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 6, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(4, 4, 4, 4)
        self.client_fields = fields = FormFields(self)

        def box(title: str) -> tuple[QGroupBox, object]:
            group = QGroupBox(title)
            form = new_form()
            group.setLayout(form)
            return group, form

        person, form = box(self.tr("Persoon"))
        fields.add(form, "given_names", self.tr("Voornamen"), QLineEdit())
        fields.add(form, "surname_prefix", self.tr("Tussenvoegsel"), QLineEdit())
        fields.widgets["surname_prefix"].setMaximumWidth(120)
        fields.add(form, "surname", self.tr("Achternaam"), QLineEdit())
        fields.add(form, "preferred_name", self.tr("Roepnaam"), QLineEdit())
        fields.add(form, "date_of_birth", self.tr("Geboortedatum"), date_edit())

        identity, form = box(self.tr("Identificatie"))
        bsn = fields.add(form, "bsn", self.tr("BSN"), QLineEdit())
        bsn.setMaximumWidth(160)
        fields.add(form, "bsn_missing_reason", self.tr("Reden geen BSN"), QLineEdit())
        doc_type = QComboBox()
        fill_enum_combo(doc_type, list(IdDocumentType))
        fields.add(form, "id_document_type", self.tr("Identiteitsbewijs"), doc_type)
        fields.add(form, "id_document_number", self.tr("Documentnummer"), QLineEdit())

        address, form = box(self.tr("Adres"))
        fields.add(form, "street", self.tr("Straat en huisnummer"), QLineEdit())
        postcode = fields.add(form, "postcode", self.tr("Postcode"), QLineEdit())
        postcode.setMaximumWidth(110)
        fields.add(form, "city", self.tr("Woonplaats"), QLineEdit())
        fields.add(form, "municipality", self.tr("Gemeente"), QLineEdit())

        contact, form = box(self.tr("Contact"))
        fields.add(form, "phone", self.tr("Telefoon"), QLineEdit())
        fields.add(form, "phone_alt", self.tr("Telefoon 2"), QLineEdit())
        fields.add(form, "email", self.tr("E-mail"), QLineEdit())
        fields.add(form, "preferred_language", self.tr("Voorkeurstaal"), QLineEdit())
        fields.add(form, "interpreter_needed", self.tr("Tolk"), QCheckBox(self.tr("Tolk nodig")))
        safe = QPlainTextEdit()
        safe.setPlaceholderText(self.tr("Bijv. alleen bellen op dinsdag; geen post naar huisadres"))
        safe.setFixedHeight(64)
        safe.setTabChangesFocus(True)
        fields.add(form, "safe_contact", self.tr("Veilig contact"), safe)

        grid.addWidget(person, 0, 0)
        grid.addWidget(identity, 0, 1)
        grid.addWidget(address, 1, 0)
        grid.addWidget(contact, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll.setWidget(content)
        column.addWidget(scroll, 1)

        bar = QHBoxLayout()
        self.client_message = QLabel()
        self.client_message.setObjectName("client_message")
        self.client_message.setWordWrap(True)
        self.client_message.setStyleSheet(f"color: {error_colour()};")
        bar.addWidget(self.client_message, 1)
        self.client_revert_button = QPushButton(self.tr("Wijzigingen ongedaan maken"))
        self.client_revert_button.clicked.connect(self.revert_client)
        bar.addWidget(self.client_revert_button)
        self.client_save_button = QPushButton(self.tr("Opslaan"))
        self.client_save_button.setObjectName("client_save_button")
        self.client_save_button.setDefault(True)
        self.client_save_button.clicked.connect(self.save_client)
        bar.addWidget(self.client_save_button)
        column.addLayout(bar)
        save_shortcut(tab, self.client_save_button)
        return tab

    def _build_pregnancy_tab(self) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.setContentsMargins(0, 6, 0, 0)
        left = QVBoxLayout()
        list_label = QLabel(self.tr("Zwangerschappen (nieuwste eerst)"))
        left.addWidget(list_label)
        self.pregnancy_list = QListWidget()
        self.pregnancy_list.setObjectName("pregnancy_list")
        list_label.setBuddy(self.pregnancy_list)
        self.pregnancy_list.setMinimumWidth(180)
        self.pregnancy_list.currentItemChanged.connect(self._pregnancy_selected)
        left.addWidget(self.pregnancy_list, 1)
        self.new_pregnancy_button = QPushButton(self.tr("Nieuwe zwangerschap"))
        self.new_pregnancy_button.setObjectName("new_pregnancy_button")
        self.new_pregnancy_button.clicked.connect(self.start_new_pregnancy)
        left.addWidget(self.new_pregnancy_button)
        row.addLayout(left, 2)

        right = QVBoxLayout()
        self.pregnancy_box = QGroupBox(self.tr("Zwangerschap"))
        form = new_form()
        self.pregnancy_box.setLayout(form)
        self.pregnancy_fields = fields = FormFields(self)
        fields.add(form, "due_date", self.tr("À terme datum"), date_edit())
        source = QComboBox()
        fill_enum_combo(source, list(DueDateSource))
        fields.add(form, "due_date_source", self.tr("Bron à terme datum"), source,
                   note=self.tr("Een termijnecho of IVF-datum gaat voor op de laatste menstruatie."))
        gravida = QSpinBox()
        gravida.setRange(1, 25)
        fields.add(form, "gravida", self.tr("Gravida"), gravida)
        para = QSpinBox()
        para.setRange(0, 25)
        fields.add(form, "para", self.tr("Para"), para)
        status = QComboBox()
        fill_enum_combo(status, list(PregnancyStatus))
        fields.add(form, "status", self.tr("Status"), status)
        fields.add(form, "status_date", self.tr("Statusdatum"), date_edit())
        fields.add(form, "birth_date", self.tr("Geboortedatum kind"), date_edit())
        fields.add(form, "intake_date", self.tr("Intakedatum"), date_edit())
        fields.add(form, "wants_centering", self.tr("Centering"),
                   QCheckBox(self.tr("Wil deelnemen aan CenteringZwangerschap")))
        for spin in (gravida, para):
            spin.setMaximumWidth(80)
        for combo in (source, status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        right.addWidget(self.pregnancy_box)

        self.history_box = QGroupBox(self.tr("Geschiedenis à terme datum"))
        history_layout = QVBoxLayout(self.history_box)
        self.history_table = QTableWidget(0, 4)
        self.history_table.setObjectName("history_table")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("À terme datum"), self.tr("Bron"), self.tr("Vastgelegd op"), self.tr("Door")])
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setMaximumHeight(130)
        history_layout.addWidget(self.history_table)
        right.addWidget(self.history_box)
        right.addWidget(self._build_screening_row())
        right.addStretch(1)

        bar = QHBoxLayout()
        self.pregnancy_message = QLabel()
        self.pregnancy_message.setObjectName("pregnancy_message")
        self.pregnancy_message.setWordWrap(True)
        self.pregnancy_message.setStyleSheet(f"color: {error_colour()};")
        bar.addWidget(self.pregnancy_message, 1)
        self.pregnancy_revert_button = QPushButton(self.tr("Wijzigingen ongedaan maken"))
        self.pregnancy_revert_button.clicked.connect(self.revert_pregnancy)
        bar.addWidget(self.pregnancy_revert_button)
        self.pregnancy_save_button = QPushButton(self.tr("Zwangerschap toevoegen"))
        self.pregnancy_save_button.setObjectName("pregnancy_save_button")
        self.pregnancy_save_button.clicked.connect(self.save_pregnancy)
        bar.addWidget(self.pregnancy_save_button)
        right.addLayout(bar)
        row.addLayout(right, 3)
        save_shortcut(tab, self.pregnancy_save_button)
        return tab

    def _build_screening_row(self) -> QWidget:
        """Per pregnancy: the latest signalling level and the way to the Signalering screen."""
        self.screening_row = QWidget()
        row = QHBoxLayout(self.screening_row)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(QLabel(self.tr("Signalering kwetsbaarheid:")))
        self.screening_chip = QLabel()
        self.screening_chip.setObjectName("screening_chip")
        row.addWidget(self.screening_chip)
        self.screening_meldcode_chip = QLabel()
        self.screening_meldcode_chip.setObjectName("screening_meldcode_chip")
        row.addWidget(self.screening_meldcode_chip)
        self.screening_decision_chip = QLabel()
        self.screening_decision_chip.setObjectName("screening_decision_chip")
        row.addWidget(self.screening_decision_chip)
        row.addStretch(1)
        self.screening_button = QPushButton(self.tr("&Signalering…"))
        self.screening_button.setObjectName("screening_button")
        self.screening_button.setToolTip(self.tr("De checklist Kwetsbaarheid Rotterdam, de geschiedenis en "
                                                 "de doorgeleiding van deze zwangerschap"))
        self.screening_button.clicked.connect(self._request_screening)
        row.addWidget(self.screening_button)
        self.screening_row.hide()
        return self.screening_row

    def _show_screening(self, pregnancy: PregnancyView | None) -> None:
        allowed = role_allows(self._actor.role, Permission.SCREENING_READ) or bool(self._actor.break_glass_reason)
        self.screening_row.setVisible(pregnancy is not None and allowed)
        if pregnancy is None or not allowed:
            return
        try:
            latest = self._services.screening.dossier(self._actor, pregnancy.id).latest
        except ServiceError:
            latest = None
        self.screening_meldcode_chip.hide()
        self.screening_decision_chip.hide()
        if latest is None:
            style_chip(self.screening_chip, self.tr("nog niet gesignaleerd"), "neutral")
            return
        style_chip(self.screening_chip, level_text(latest.final_level), LEVEL_CHIP[latest.final_level])
        self.screening_chip.setToolTip(self.tr("Laatste beoordeling: {date}").format(
            date=format_date(latest.assessed_on)))
        if latest.meldcode_open:
            style_chip(self.screening_meldcode_chip, self.tr("meldcode open"), "urgent")
            self.screening_meldcode_chip.show()
        if latest.decision_pending:
            style_chip(self.screening_decision_chip, self.tr("besluit doorgeleiding nodig"), "warn")
            self.screening_decision_chip.show()

    def _request_screening(self) -> None:
        if self.selected_pregnancy is not None:
            self.screening_requested.emit(self.selected_pregnancy.id)

    # --- opening ----------------------------------------------------------------------------
    def set_actor(self, actor: Actor) -> None:
        """Act as someone else from now on (noodtoegang begins or ends)."""
        self._actor = actor

    @property
    def client_id(self) -> int | None:
        return self.view.id if self.view else None

    def start_new(self) -> None:
        """An empty form for registering a new client (her pregnancies come after she exists)."""
        self.view = None
        self.client_fields.set_values({name: "" for name in self.client_fields.widgets})
        self.client_fields.set_values({"id_document_type": IdDocumentType.NONE, "preferred_language": "Nederlands",
                                       "interpreter_needed": False, "safe_contact": ""})
        self._client_snapshot = self.client_fields.values()
        self.client_check.reset()
        self.client_message.clear()
        self.client_save_button.setText(self.tr("Cliënte aanmaken"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.pregnancy_tab), False)
        self.tabs.setCurrentWidget(self.details_tab)
        self._show_header()
        self.start_new_pregnancy()
        self._update_buttons()
        self.client_fields.widgets["given_names"].setFocus()

    def load_client(self, client_id: int) -> bool:
        """Open a client through the services; a refusal is shown and False returned."""
        try:
            view = self._services.clients.get(self._actor, client_id)
        except ServiceError as exc:
            if offers_break_glass(exc):
                if dialogs.confirm(self, self.tr("Geen toegang"), self.tr(
                        "{message}\n\nMet noodtoegang kun je dit dossier toch openen. Je geeft dan een reden op; "
                        "dat wordt vastgelegd en de beheerder ziet het.").format(message=exc),
                        self.tr("Noodtoegang…")):
                    self.break_glass_requested.emit(client_id)
            else:
                dialogs.error(self, self.tr("Cliënte openen"), str(exc))
            return False
        self.selected_pregnancy = None
        self._pregnancy_snapshot = self.pregnancy_fields.values()
        self._show_client(view)
        self.tabs.setCurrentWidget(self.details_tab)
        return True

    def _show_client(self, view: ClientView, select_pregnancy: int | None = None) -> None:
        self.view = view
        values = view.as_input()
        values["date_of_birth"] = format_date(view.date_of_birth)
        values["phone"] = display_phone(view.phone)
        values["phone_alt"] = display_phone(view.phone_alt)
        values["postcode"] = display_postcode(view.postcode)
        self.client_fields.set_values(values)
        self._client_snapshot = self.client_fields.values()
        self.client_check.reset()
        self.client_message.clear()
        self.client_save_button.setText(self.tr("Opslaan"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.pregnancy_tab), True)
        self._show_header()
        self._fill_pregnancy_list(select_pregnancy)
        self._update_buttons()

    def _show_header(self) -> None:
        view = self.view
        self.facts_widget.setVisible(view is not None)
        self.back_button.setText(self.tr("← Cliënten"))
        if view is None:
            self.name_label.setText(self.tr("Nieuwe cliënte"))
            self.status_chip.hide()
            self.interpreter_chip.hide()
            self.contact_label.setText(self.tr(
                "Vul haar gegevens in en kies ‘Cliënte aanmaken’. Daarna kun je de zwangerschap vastleggen."))
            return
        self.name_label.setText(view.name)
        pregnancy = view.current_pregnancy
        self.fact_values["date_of_birth"].setText(format_date(view.date_of_birth))
        self.fact_values["bsn"].setText(view.bsn or self.tr("geen"))
        self.fact_values["dossier"].setText(str(view.id))
        if pregnancy is not None:
            age = pregnancy.gestational_age()
            self.fact_values["due_date"].setText(format_date(pregnancy.due_date))
            self.fact_values["gestational_age"].setText(str(age) if age is not None else "–")
            self.fact_values["gravida_para"].setText(f"G{pregnancy.gravida} P{pregnancy.para}")
            style_chip(self.status_chip, code_label(pregnancy.status), STATUS_CHIP[pregnancy.status])
            self.status_chip.show()
        else:
            for key in ("due_date", "gestational_age", "gravida_para"):
                self.fact_values[key].setText("–")
            style_chip(self.status_chip, self.tr("Geen zwangerschap"), "neutral")
            self.status_chip.show()
        self.interpreter_chip.setVisible(view.interpreter_needed)
        parts = [display_phone(view.phone), view.email or "",
                 " ".join(p for p in (view.street, display_postcode(view.postcode), view.city) if p)]
        if view.preferred_language and view.preferred_language.lower() != "nederlands":
            parts.append(self.tr("Taal: {language}").format(language=view.preferred_language))
        line = "  ·  ".join(p for p in parts if p)
        if view.safe_contact:
            line += ("\n" if line else "") + self.tr("Veilig contact: {text}").format(
                text=view.safe_contact.replace("\n", " "))
        self.contact_label.setText(line or self.tr("Geen contactgegevens vastgelegd."))

    # --- pregnancies ------------------------------------------------------------------------
    def _fill_pregnancy_list(self, select_id: int | None = None) -> None:
        self.pregnancy_list.blockSignals(True)
        self.pregnancy_list.clear()
        pregnancies = self.view.pregnancies if self.view else ()
        chosen_row = -1
        for index, pregnancy in enumerate(pregnancies):
            age = pregnancy.gestational_age()
            text = self.tr("À terme {date} · {status} · G{g}P{p}").format(
                date=format_date(pregnancy.due_date), status=code_label(pregnancy.status),
                g=pregnancy.gravida, p=pregnancy.para)
            if age is not None:
                text += f" · {age}"
            item = QListWidgetItem(text)
            item.setData(PREGNANCY_ID_ROLE, pregnancy.id)
            self.pregnancy_list.addItem(item)
            if pregnancy.id == select_id:
                chosen_row = index
        if chosen_row < 0 and pregnancies and select_id is None:
            current = self.view.current_pregnancy if self.view else None
            chosen_row = next((i for i, p in enumerate(pregnancies) if current and p.id == current.id), 0)
        self.pregnancy_list.blockSignals(False)
        if chosen_row >= 0:
            self.pregnancy_list.setCurrentRow(chosen_row)
        else:
            self.start_new_pregnancy()

    def _pregnancy_selected(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None or self.view is None:
            return
        pregnancy_id = item.data(PREGNANCY_ID_ROLE)
        if self.selected_pregnancy is not None and self.selected_pregnancy.id == pregnancy_id:
            return
        if self.pregnancy_dirty() and not self._confirm_leave_pregnancy():
            self.pregnancy_list.blockSignals(True)
            self.pregnancy_list.setCurrentItem(previous)
            self.pregnancy_list.blockSignals(False)
            return
        pregnancy = next(p for p in self.view.pregnancies if p.id == pregnancy_id)
        self._show_pregnancy(pregnancy)

    def _show_pregnancy(self, pregnancy: PregnancyView | None) -> None:
        self.selected_pregnancy = pregnancy
        if pregnancy is None:
            count = len(self.view.pregnancies) if self.view else 0
            values: dict[str, object] = {
                "due_date": "", "due_date_source": DueDateSource.LMP, "gravida": count + 1, "para": 0,
                "status": PregnancyStatus.ONGOING, "status_date": "", "birth_date": "", "intake_date": "",
                "wants_centering": False,
            }
            self.pregnancy_box.setTitle(self.tr("Nieuwe zwangerschap"))
            self.pregnancy_save_button.setText(self.tr("Zwangerschap toevoegen"))
        else:
            values = pregnancy.as_input()
            for key in ("due_date", "status_date", "birth_date", "intake_date"):
                values[key] = format_date(values[key])  # type: ignore[arg-type]
            age = pregnancy.gestational_age()
            title = self.tr("Zwangerschap, à terme {date}").format(date=format_date(pregnancy.due_date))
            self.pregnancy_box.setTitle(title + (f" ({age})" if age is not None else ""))
            self.pregnancy_save_button.setText(self.tr("Opslaan"))
        self.pregnancy_fields.set_values(values)
        self._pregnancy_snapshot = self.pregnancy_fields.values()
        self.pregnancy_check.reset()
        self.pregnancy_message.clear()
        self._fill_history(pregnancy)
        self._show_screening(pregnancy)
        self._update_buttons()

    def _fill_history(self, pregnancy: PregnancyView | None) -> None:
        history = pregnancy.due_date_history if pregnancy else ()
        self.history_box.setVisible(bool(history))
        self.history_table.setRowCount(len(history))
        for row, change in enumerate(sorted(history, key=lambda c: c.changed_at, reverse=True)):
            cells = (format_date(change.due_date), code_label(change.source), local_time(change.changed_at),
                     change.changed_by)
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, QTableWidgetItem(text))

    def start_new_pregnancy(self) -> None:
        if self.pregnancy_dirty() and not self._confirm_leave_pregnancy():
            return
        self.pregnancy_list.blockSignals(True)
        self.pregnancy_list.clearSelection()
        self.pregnancy_list.setCurrentItem(None)
        self.pregnancy_list.blockSignals(False)
        self._show_pregnancy(None)

    # --- dirty state ------------------------------------------------------------------------
    def client_dirty(self) -> bool:
        return self.client_fields.values() != self._client_snapshot

    def pregnancy_dirty(self) -> bool:
        return self.view is not None and self.pregnancy_fields.values() != self._pregnancy_snapshot

    def is_dirty(self) -> bool:
        return self.client_dirty() or self.pregnancy_dirty()

    def _update_buttons(self, *_: object) -> None:
        self.client_revert_button.setVisible(self.client_dirty() and self.view is not None)
        self.pregnancy_revert_button.setVisible(self.pregnancy_dirty())

    def confirm_leave(self) -> bool:
        """Before leaving this client: if something is unsaved, ask (save / don't save / stay)."""
        if not self.is_dirty():
            return True
        what = self.view.name if self.view else self.tr("de nieuwe cliënte")
        answer = dialogs.ask_unsaved(self, what)
        if answer == "save":
            return self.save_all()
        if answer == "discard":
            self.revert_client()
            self.revert_pregnancy()
            return True
        return False

    def _confirm_leave_pregnancy(self) -> bool:
        answer = dialogs.ask_unsaved(self, self.tr("deze zwangerschap"))
        if answer == "save":
            return self.save_pregnancy()
        return answer == "discard"

    def revert_client(self) -> None:
        if self.view is None:
            self.start_new()
        else:
            self._show_client(self.view, self.selected_pregnancy.id if self.selected_pregnancy else None)

    def revert_pregnancy(self) -> None:
        self._show_pregnancy(self.selected_pregnancy)

    # --- saving -----------------------------------------------------------------------------
    def save_all(self) -> bool:
        if self.client_dirty() and not self.save_client():
            return False
        return not (self.pregnancy_dirty() and not self.save_pregnancy())

    def save_client(self) -> bool:
        """Create or update the client; on invalid input show each message at its field, store nothing."""
        data = self.client_fields.values()
        self.client_message.clear()
        try:
            if self.view is None:
                view = self._services.clients.create(self._actor, data)
                done = self.tr("Cliënte {name} aangemaakt.").format(name=view.name)
            else:
                view = self._services.clients.update(self._actor, self.view.id, data,
                                                     expected_updated_at=self.view.updated_at)
                done = self.tr("Gegevens van {name} opgeslagen.").format(name=view.name)
        except ValidationError as exc:
            self.client_check.show_refusal(exc, self.client_message)
            self._focus_first_error(self.client_fields, exc.messages)
            return False
        except ServiceError as exc:
            dialogs.error(self, self.tr("Niet opgeslagen"), str(exc))
            return False
        created = self.view is None
        self._show_client(view)
        if created:
            self.tabs.setCurrentWidget(self.pregnancy_tab)
            self.pregnancy_fields.widgets["due_date"].setFocus()
        self.status_message.emit(done)
        self.client_saved.emit(view.id)
        return True

    def save_pregnancy(self) -> bool:
        """Add or update the selected pregnancy; the ATD history is kept by the services."""
        if self.view is None:
            return False
        data = self.pregnancy_fields.values()
        self.pregnancy_message.clear()
        try:
            if self.selected_pregnancy is None:
                saved = self._services.clients.add_pregnancy(self._actor, self.view.id, data)
            else:
                saved = self._services.clients.update_pregnancy(self._actor, self.selected_pregnancy.id, data)
            view = self._services.clients.get(self._actor, self.view.id)
        except ValidationError as exc:
            self.pregnancy_check.show_refusal(exc, self.pregnancy_message)
            self._focus_first_error(self.pregnancy_fields, exc.messages)
            return False
        except ServiceError as exc:
            dialogs.error(self, self.tr("Niet opgeslagen"), str(exc))
            return False
        client_changes = self.client_fields.values() if self.client_dirty() else None
        self.selected_pregnancy = None
        self._pregnancy_snapshot = self.pregnancy_fields.values()  # saved: nothing to ask about
        self._show_client(view, select_pregnancy=saved.id)
        if client_changes is not None:  # keep unsaved edits on the details tab
            self.client_fields.set_values(client_changes)
            self._update_buttons()
        self.status_message.emit(self.tr("Zwangerschap opgeslagen."))
        self.client_saved.emit(view.id)
        return True

    @staticmethod
    def _focus_first_error(fields: FormFields, messages: dict[str, str]) -> None:
        for name in fields.widgets:
            if name in messages:
                fields.widgets[name].setFocus()
                return
