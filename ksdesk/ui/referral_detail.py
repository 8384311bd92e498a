"""One referral: compose → consent → letter (preview, print, save as PDF) → follow-up.

The left column holds the steps in the order the midwife works through them with the client beside her; the
right column shows the real PDF of the letter (the archived one, never a re-rendering).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.gestation import format_date
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.services.referrals import (
    Basis,
    ComposeDefaults,
    ConsentForm,
    ConsentPart,
    DestinationView,
    ReferralStatus,
    ReferralView,
    SendRoute,
)
from ksdesk.ui import dialogs
from ksdesk.ui.i18n import translate
from ksdesk.ui.pdf_view import PdfPreview
from ksdesk.ui.widgets import (
    FormFields,
    chip,
    date_edit,
    error_colour,
    heading,
    hint,
    local_time,
    new_form,
    ok_colour,
    save_shortcut,
    style_chip,
)

STATUS_CHIPS = {ReferralStatus.CREATED: "neutral", ReferralStatus.SENT: "info", ReferralStatus.CONTACT: "ok",
                ReferralStatus.CLOSED: "neutral"}
EXPLANATION = ("Uitgelegd wat een prenataal huisbezoek / de hulp inhoudt, waarom verwijzing verstandig is, "
               "welke gegevens worden gedeeld en met wie, en dat weigeren geen gevolgen heeft voor haar zorg.")


def _multiline(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class ReferralDetail(QWidget):
    """Compose a new referral or work on an existing one."""

    back_requested = Signal()
    changed = Signal()  # something was stored: the lists should refresh

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.view: ReferralView | None = None
        self.defaults: ComposeDefaults | None = None
        self._dirty = False
        self._letter_id: int | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← Alle verwijzingen"))
        back.setObjectName("referral_back")
        back.clicked.connect(self.back_requested.emit)
        top.addWidget(back)
        self.title = heading("", 1.3)
        self.title.setObjectName("referral_title")
        top.addWidget(self.title, 1)
        self.status_chip = chip("", "neutral")
        self.status_chip.setObjectName("referral_status_chip")
        top.addWidget(self.status_chip)
        outer.addLayout(top)
        self.message = QLabel()
        self.message.setObjectName("referral_message")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        column = QWidget()
        steps = QVBoxLayout(column)
        steps.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(column)
        splitter.addWidget(scroll)
        # the steps before the preview: that is the order Tab follows (left column, then the letter)
        steps.addWidget(self._build_referral_box())
        steps.addWidget(self._build_consent_box())
        steps.addWidget(self._build_letter_box())
        steps.addWidget(self._build_follow_up_box())
        steps.addStretch(1)
        self.preview = PdfPreview()
        preview_box = QGroupBox(self.tr("Brief"))
        preview_layout = QVBoxLayout(preview_box)
        self.preview_note = hint(self.tr("Nog geen brief. Leg eerst de toestemming vast en kies 'Brief maken'."))
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.preview, 1)
        splitter.addWidget(preview_box)
        scroll.setMinimumWidth(560)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([620, 560])
        save_shortcut(self, self.save_button)  # Ctrl+S saves the referral while it can still be changed

    # --- building ----------------------------------------------------------------------------------
    def _build_referral_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. Verwijzing"))
        form = new_form()
        box.setLayout(form)
        self.fields = FormFields(self)
        self.destination = QComboBox()
        self.destination.setObjectName("field_destination_id")
        self.fields.add(form, "destination_id", self.tr("Bestemming"), self.destination)
        self.basis = QComboBox()
        for code in Basis:
            self.basis.addItem(translate("labels", code.label), code)
        self.fields.add(form, "basis", self.tr("Grondslag"), self.basis)
        self.legal_ground = _multiline(50)
        self.fields.add(form, "legal_ground", self.tr("Wettelijke grond"), self.legal_ground,
                        note=self.tr("Alleen bij een melding aan Veilig Thuis (meldcode, stap 5)."))
        self.reason = _multiline()
        self.fields.add(form, "reason", self.tr("Reden van verwijzing"), self.reason)
        self.help_question = _multiline()
        self.fields.add(form, "help_question", self.tr("Hulpvraag (in haar woorden)"), self.help_question)
        self.professionals = _multiline(45)
        self.fields.add(form, "professionals", self.tr("Al betrokken"), self.professionals,
                        note=self.tr("Huisarts, POH-GGZ, GGZ, kraamzorg …"))
        self.notes = _multiline(45)
        self.fields.add(form, "notes", self.tr("Aantekeningen"), self.notes)
        self.sender = QComboBox()
        self.fields.add(form, "sender_staff_id", self.tr("Afzender"), self.sender)
        self.fields.edited.connect(self._edited)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.save_button = QPushButton(self.tr("Verwijzing opslaan"))
        self.save_button.setObjectName("referral_save")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow("", row)
        return box

    def _build_consent_box(self) -> QGroupBox:
        self.consent_box = QGroupBox(self.tr("2. Toestemming van de cliënte"))
        layout = QVBoxLayout(self.consent_box)
        self.consent_state = QLabel()
        self.consent_state.setObjectName("consent_state")
        self.consent_state.setWordWrap(True)
        layout.addWidget(self.consent_state)
        self.signalled = hint("")
        self.signalled.setObjectName("consent_signalled")
        layout.addWidget(self.signalled)
        form = new_form()
        layout.addLayout(form)
        self.consent_fields = FormFields(self)
        self.asked_on = date_edit("field_asked_on")
        self.consent_fields.add(form, "asked_on", self.tr("Datum"), self.asked_on)
        self.explained = _multiline(70)
        self.consent_fields.add(form, "explained", self.tr("Wat is uitgelegd"), self.explained)
        self.consent_form = QComboBox()
        for code in ConsentForm:
            self.consent_form.addItem(translate("labels", code.label), code)
        self.consent_fields.add(form, "form", self.tr("Vorm"), self.consent_form)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.part_boxes: dict[ConsentPart, QCheckBox] = {}
        for index, part in enumerate(ConsentPart):
            box = QCheckBox(translate("labels", part.label).capitalize())
            box.setObjectName(f"share_{part.value}")
            box.setChecked(False)  # nothing is shared unless she agrees to it
            self.part_boxes[part] = box
            grid.addWidget(box, index // 2, index % 2)
        form.addRow(self.tr("Zij deelt"), grid_widget)
        self.parts_error = QLabel()
        self.parts_error.setStyleSheet(f"color: {error_colour()};")
        self.parts_error.hide()
        form.addRow("", self.parts_error)
        buttons = QHBoxLayout()
        self.consent_button = QPushButton(self.tr("Toestemming vastleggen"))
        self.consent_button.setObjectName("consent_given")
        self.consent_button.clicked.connect(lambda: self.record_consent(True))
        self.refusal_button = QPushButton(self.tr("Zij weigert"))
        self.refusal_button.setObjectName("consent_refused")
        self.refusal_button.clicked.connect(lambda: self.record_consent(False))
        self.withdraw_button = QPushButton(self.tr("Toestemming intrekken…"))
        self.withdraw_button.setObjectName("consent_withdraw")
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        for button in (self.consent_button, self.refusal_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return self.consent_box

    def _build_letter_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("3. Brief"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Brief maken"))
        self.make_button.setObjectName("letter_make")
        self.make_button.clicked.connect(self.make_letter)
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.print_button.setObjectName("letter_print")
        self.print_button.clicked.connect(self.print_letter)
        self.save_pdf_button = QPushButton(self.tr("Opslaan als PDF…"))
        self.save_pdf_button.setObjectName("letter_save")
        self.save_pdf_button.clicked.connect(self.save_letter)
        for button in (self.make_button, self.print_button, self.save_pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.letters = QComboBox()
        self.letters.setObjectName("letter_archive")
        self.letters.activated.connect(self._letter_picked)
        archive_row = QHBoxLayout()
        archive_label = QLabel(self.tr("Archief"))
        archive_label.setBuddy(self.letters)
        archive_row.addWidget(archive_label)
        archive_row.addWidget(self.letters, 1)
        layout.addLayout(archive_row)
        self.letter_info = hint("")
        self.letter_info.setObjectName("letter_info")
        layout.addWidget(self.letter_info)
        return box

    def _build_follow_up_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("4. Opvolging"))
        layout = QVBoxLayout(box)
        self.history = QListWidget()
        self.history.setObjectName("referral_history")
        self.history.setMaximumHeight(110)
        layout.addWidget(self.history)
        form = new_form()
        layout.addLayout(form)
        self.status_fields = FormFields(self)
        self.next_status = QComboBox()
        self.status_fields.add(form, "status", self.tr("Nieuwe stap"), self.next_status)
        self.status_date = date_edit("field_on_date")
        self.status_fields.add(form, "on_date", self.tr("Datum"), self.status_date)
        self.via = QComboBox()
        for code in SendRoute:
            self.via.addItem(translate("labels", code.label), code)
        self.status_fields.add(form, "via", self.tr("Verstuurd via"), self.via)
        self.status_note = QLineEdit()
        self.status_fields.add(form, "note", self.tr("Toelichting / uitkomst"), self.status_note)
        self.next_status.currentIndexChanged.connect(self._status_choice)
        self.status_button = QPushButton(self.tr("Stap vastleggen"))
        self.status_button.setObjectName("status_record")
        self.status_button.clicked.connect(self.record_status)
        row = QHBoxLayout()
        row.addWidget(self.status_button)
        row.addStretch(1)
        form.addRow("", row)
        return box

    # --- loading -----------------------------------------------------------------------------------
    def compose(self, pregnancy_id: int, assessment_id: int | None) -> bool:
        """A new referral for a pregnancy, prefilled from the signalling and her gemeente."""
        try:
            self.defaults = self._services.referrals.compose_defaults(self.actor, pregnancy_id, assessment_id)
        except ServiceError as exc:
            dialogs.error(self, self.tr("Verwijzing"), str(exc))
            return False
        self.view = None
        d = self.defaults
        self._fill_destinations(list(d.destinations), d.suggested_kind.value if d.suggested_kind else None)
        self._fill_senders(None)
        self.fields.set_values({"basis": Basis.CONSENT, "legal_ground": "", "reason": d.reason or "",
                                "help_question": "", "professionals": "", "notes": ""})
        self.fields.clear_errors()
        self.title.setText(self.tr("Nieuwe verwijzing voor {name}").format(name=d.client_name))
        if not d.destinations:
            self._show_message(self.tr("Het adresboek is nog leeg. Voeg bestemmingen toe bij Beheer › Adresboek."),
                               error=True)
        else:
            self._show_message("")
        self._dirty = False
        self._refresh_steps()
        return True

    def open(self, referral_id: int) -> bool:
        try:
            view = self._services.referrals.get(self.actor, referral_id)
            destinations = self._services.address_book.for_municipality(self.actor, None)
        except ServiceError as exc:
            dialogs.error(self, self.tr("Verwijzing"), str(exc))
            return False
        try:
            self.defaults = self._services.referrals.compose_defaults(self.actor, view.pregnancy_id,
                                                                      view.assessment_id)
        except ServiceError:
            self.defaults = None
        current = view.destination
        if current is not None and current.id not in {d.id for d in destinations}:
            destinations.insert(0, current)
        self._fill_destinations(destinations, None)
        self._fill_senders(view.sender_staff_id)
        self._show(view)
        self.fields.set_values(view.as_input())
        self.fields.clear_errors()
        self._show_message("")
        self._dirty = False
        if view.letters:
            self._show_letter(view.letters[-1].id)
        return True

    def _fill_destinations(self, destinations: list[DestinationView], kind: str | None) -> None:
        self.destination.clear()
        for d in destinations:
            place = d.municipality or self.tr("regio")
            self.destination.addItem(f"{d.name} ({d.kind.label}, {place})", d.id)
        if kind:
            for index, d in enumerate(destinations):
                if d.kind.value == kind:
                    self.destination.setCurrentIndex(index)
                    break

    def _fill_senders(self, selected: int | None) -> None:
        self.sender.clear()
        self.sender.addItem(self.tr("Ikzelf ({name})").format(name=self.actor.display_name), None)
        try:
            staff = self._services.staff.list(self.actor, include_inactive=False)
        except ServiceError:
            staff = []
        for member in staff:
            self.sender.addItem(member.name, member.id)
        index = self.sender.findData(selected)
        self.sender.setCurrentIndex(max(index, 0))

    def _show_signalled(self) -> None:
        """What the letter could hold from the signalling, so she can be told before she agrees."""
        d = self.defaults
        unlinked = self.view is not None and self.view.assessment_id is None
        if d is None or unlinked or not (d.domains or d.protective_factors):
            self.signalled.setText(self.tr("Er is geen signalering gekoppeld aan deze verwijzing."))
            return
        self.signalled.setText(self.tr("Uit de signalering: domeinen {domains}; beschermende factoren {factors}.")
                               .format(domains=", ".join(d.domains) or self.tr("geen"),
                                       factors=", ".join(d.protective_factors) or self.tr("geen")))

    def _show(self, view: ReferralView) -> None:
        self.view = view
        self.title.setText(self.tr("Verwijzing van {name}").format(name=view.client_name))
        self._refresh_steps()

    def _refresh_steps(self) -> None:
        view = self.view
        exists = view is not None
        status = view.status if view else ReferralStatus.CREATED
        style_chip(self.status_chip, translate("labels", status.label) if exists else self.tr("Nieuw"),
                   STATUS_CHIPS[status] if exists else "neutral")
        self.fields.set_read_only(exists and status is not ReferralStatus.CREATED)
        self.save_button.setVisible(not exists or status is ReferralStatus.CREATED)
        self.save_button.setText(self.tr("Wijzigingen opslaan") if exists else self.tr("Verwijzing opslaan"))
        self._basis_changed()
        self._show_signalled()
        meldcode = view is not None and view.basis is Basis.MELDCODE
        self.consent_box.setEnabled(exists and not meldcode)
        consent = view.consent if view else None
        if not exists:
            self.consent_state.setText(self.tr("Sla eerst de verwijzing op."))
        elif meldcode:
            self.consent_state.setText(self.tr("Melding volgens de meldcode: de wettelijke grond staat bij de "
                                               "verwijzing; toestemming wordt niet vastgelegd."))
        elif consent is None:
            self.consent_state.setText(self.tr("Nog niet gevraagd. Vertel wat een verwijzing inhoudt, wie de "
                                               "ontvanger is en welke gegevens je deelt; weigeren heeft geen "
                                               "gevolgen voor haar zorg."))
        elif consent.withdrawn_on:
            self.consent_state.setText(self.tr("Ingetrokken op {date} door {who}. Er kan geen brief meer worden "
                                               "gemaakt of afgedrukt.").format(date=format_date(consent.withdrawn_on),
                                                                               who=consent.withdrawn_by))
        elif consent.granted:
            self.consent_state.setText(self.tr("Gegeven op {date} ({form}), gevraagd door {who}. Zij deelt: {parts}.")
                                       .format(date=format_date(consent.asked_on),
                                               form=translate("labels", consent.form.label).lower(),
                                               who=consent.asked_by, parts=self._parts_text(consent.parts)))
        else:
            self.consent_state.setText(self.tr("Geweigerd op {date}. Er wordt geen brief gemaakt.")
                                       .format(date=format_date(consent.asked_on)))
        if exists and not self.asked_on.text():
            self.asked_on.setText(format_date(dt.date.today()))
        if exists and not self.explained.toPlainText():
            recipient = view.destination.name if view and view.destination else ""
            self.explained.setPlainText(translate("labels", EXPLANATION) + (
                " " + self.tr("Ontvanger: {name}.").format(name=recipient) if recipient else ""))
        for part, box in self.part_boxes.items():  # show what was recorded (a new record starts from it)
            box.setChecked(consent is not None and part in consent.parts)
        if consent is not None and self.consent_form.findData(consent.form) >= 0:
            self.consent_form.setCurrentIndex(self.consent_form.findData(consent.form))  # its form, too
        self.withdraw_button.setEnabled(consent is not None and consent.valid)
        self.make_button.setEnabled(bool(view and view.may_produce_letter))
        self.letters.clear()
        for info in (view.letters if view else ()):
            self.letters.addItem(self.tr("{when} door {who}").format(when=local_time(info.created_at),
                                                                     who=info.created_by), info.id)
        has_letter = bool(view and view.letters)
        self.print_button.setEnabled(has_letter and bool(view and view.may_produce_letter))
        self.save_pdf_button.setEnabled(has_letter and bool(view and view.may_produce_letter))
        if not has_letter:
            self.preview.set_pdf(None)
            self._letter_id = None
            self.letter_info.setText("")
            self.preview_note.show()
        self.history.clear()
        for step in (view.history if view else ()):
            extra = f" · {step.via.label}" if step.via else ""
            extra += f" · {step.note}" if step.note else ""
            self.history.addItem(f"{format_date(step.on_date)}  {step.status.label}{extra}  ({step.changed_by})")
        self.next_status.clear()
        if view is not None:
            nexts = {ReferralStatus.CREATED: [ReferralStatus.SENT, ReferralStatus.CLOSED],
                     ReferralStatus.SENT: [ReferralStatus.CONTACT, ReferralStatus.CLOSED],
                     ReferralStatus.CONTACT: [ReferralStatus.CLOSED]}.get(view.status, [])
            for code in nexts:
                self.next_status.addItem(translate("labels", code.label), code)
        self.status_button.setEnabled(self.next_status.count() > 0)
        if not self.status_date.text():
            self.status_date.setText(format_date(dt.date.today()))
        self._status_choice()

    def _basis_changed(self, *_: object) -> None:
        meldcode = self.basis.currentData() == Basis.MELDCODE
        self.legal_ground.setVisible(meldcode)
        self.fields.row_labels["legal_ground"].setVisible(meldcode)
        self.legal_ground.parentWidget().setVisible(meldcode)

    def _status_choice(self, *_: object) -> None:
        sending = self.next_status.currentData() == ReferralStatus.SENT
        self.via.parentWidget().setVisible(sending)
        self.status_fields.row_labels["via"].setVisible(sending)

    # --- actions -----------------------------------------------------------------------------------
    def _edited(self, *_: object) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    def discard(self) -> None:
        """Throw away unsaved input (the stored referral stays as it was)."""
        self._dirty = False
        if self.view is not None:
            self.fields.set_values(self.view.as_input())

    def save(self) -> bool:
        values = self.fields.values()
        values["basis"] = self.basis.currentData()
        if values["basis"] != Basis.MELDCODE:
            values["legal_ground"] = None
        try:
            if self.view is None:
                assert self.defaults is not None
                values["assessment_id"] = self.defaults.assessment_id
                view = self._services.referrals.create(self.actor, self.defaults.pregnancy_id, values)
            else:
                values["assessment_id"] = self.view.assessment_id
                view = self._services.referrals.update(self.actor, self.view.id, values)
        except ValidationError as exc:
            rest = self.fields.show_errors(exc.messages)
            self._show_message("\n".join(rest.values()) if rest else self.tr("Controleer de gemarkeerde velden."),
                               error=True)
            return False
        except ServiceError as exc:
            self._show_message(str(exc), error=True)
            return False
        self.fields.clear_errors()
        self._dirty = False
        self._show(view)
        self._show_message(self.tr("Verwijzing opgeslagen. Leg nu de toestemming vast."))
        self.changed.emit()
        return True

    def record_consent(self, granted: bool) -> bool:
        if self.view is None:
            return False
        data: dict[str, object] = {"asked_on": self.asked_on.text(), "explained": self.explained.toPlainText(),
                                   "form": self.consent_form.currentData(), "granted": granted}
        for part, box in self.part_boxes.items():
            data[f"share_{part.value}"] = box.isChecked() and granted
        self.parts_error.hide()
        try:
            view = self._services.referrals.record_consent(self.actor, self.view.id, data)
        except ValidationError as exc:
            rest = self.consent_fields.show_errors(exc.messages)
            if "parts" in rest:
                self.parts_error.setText(rest["parts"])
                self.parts_error.show()
            return False
        except ServiceError as exc:
            self._show_message(str(exc), error=True)
            return False
        self.consent_fields.clear_errors()
        self._show(view)
        self._show_message(self.tr("Toestemming vastgelegd. Maak nu de brief.") if granted
                           else self.tr("Weigering vastgelegd. Er wordt geen brief gemaakt."))
        self.changed.emit()
        return True

    def withdraw_consent(self) -> bool:
        if self.view is None or not dialogs.confirm(
                self, self.tr("Toestemming intrekken"),
                self.tr("De cliënte trekt haar toestemming in. Daarna kan geen brief meer worden gemaakt of "
                        "afgedrukt. Doorgaan?"), self.tr("Intrekken")):
            return False
        try:
            view = self._services.referrals.withdraw_consent(self.actor, self.view.id, dt.date.today())
        except ServiceError as exc:
            self._show_message(str(exc), error=True)
            return False
        self._show(view)
        self._show_message(self.tr("Toestemming ingetrokken."))
        self.changed.emit()
        return True

    def make_letter(self) -> bool:
        if self.view is None:
            return False
        if self._dirty and not self.save():
            return False
        try:
            letter = self._services.referrals.make_letter(self.actor, self.view.id)
            view = self._services.referrals.get(self.actor, self.view.id)
        except ServiceError as exc:
            self._show_message(str(exc), error=True)
            return False
        self._show(view)
        self._display(letter.info.id, letter.pdf)
        self._show_message(self.tr("Brief gemaakt en gearchiveerd. Controleer hem rechts en druk af of sla op."))
        self.changed.emit()
        return True

    def _letter_picked(self, index: int) -> None:
        letter_id = self.letters.itemData(index)
        if letter_id is not None:
            self._show_letter(int(letter_id))

    def _show_letter(self, letter_id: int) -> None:
        try:
            letter = self._services.referrals.letter(self.actor, letter_id)
        except ServiceError as exc:
            self._show_message(str(exc), error=True)
            return
        self._display(letter_id, letter.pdf)

    def _display(self, letter_id: int, pdf: bytes) -> None:
        self._letter_id = letter_id
        self.preview.set_pdf(pdf)
        self.preview_note.hide()
        index = self.letters.findData(letter_id)
        if index >= 0:
            self.letters.setCurrentIndex(index)
        view = self.view
        info = next((x for x in (view.letters if view else ()) if x.id == letter_id), None)
        if info is not None:
            self.letter_info.setText(self.tr("Gearchiveerd op {when} door {who}; bevat: {parts}. "
                                             "Controlegetal (SHA-256): {sha}…").format(
                when=local_time(info.created_at), who=info.created_by, parts=self._parts_text(info.parts),
                sha=info.sha256[:16]))

    def _parts_text(self, parts: Iterable[ConsentPart]) -> str:
        """The shared parts in the interface's language, in the checklist's order ("geen" when none)."""
        chosen = set(parts)
        return ", ".join(translate("labels", part.label) for part in ConsentPart if part in chosen) or self.tr("geen")

    def _released(self, purpose: str) -> bytes | None:
        if self._letter_id is None:
            return None
        try:
            return self._services.referrals.release_letter(self.actor, self._letter_id, purpose)
        except ServiceError as exc:
            self._show_message(str(exc), error=True)
            return None

    def can_print(self) -> bool:
        """A letter is shown and may be printed (the main window's Afdrukken, Ctrl+P)."""
        return self._letter_id is not None and self.print_button.isEnabled()

    def print_letter(self) -> bool:
        pdf = self._released("afdrukken")
        if pdf is None:
            return False
        return dialogs.print_pdf(self, self.tr("Verwijsbrief"), pdf)

    def save_letter(self) -> bool:
        pdf = self._released("opslaan")
        if pdf is None or self.view is None:
            return False
        path = dialogs.save_file(self, self.tr("Brief opslaan als PDF"),
                                 f"verwijzing-{self.view.created_on.year}-{self.view.id:04d}.pdf",
                                 self.tr("PDF-bestanden (*.pdf)"))
        if path is None:
            return False
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            dialogs.error(self, self.tr("Opslaan mislukt"), self.tr("De brief kon niet worden opgeslagen: {e}")
                          .format(e=exc.strerror or exc))
            return False
        self._show_message(self.tr("Brief opgeslagen als {name}.").format(name=path.name))
        return True

    def record_status(self) -> bool:
        if self.view is None:
            return False
        data: dict[str, object] = {"status": self.next_status.currentData(), "on_date": self.status_date.text(),
                                   "note": self.status_note.text()}
        if data["status"] == ReferralStatus.SENT:
            data["via"] = self.via.currentData()
        try:
            view = self._services.referrals.set_status(self.actor, self.view.id, data)
        except ValidationError as exc:
            rest = self.status_fields.show_errors(exc.messages)
            if rest:
                self._show_message("\n".join(rest.values()), error=True)
            return False
        except ServiceError as exc:
            self._show_message(str(exc), error=True)
            return False
        self.status_fields.clear_errors()
        self.status_note.clear()
        self._show(view)
        self._show_message(self.tr("Stap vastgelegd: {status}.").format(status=view.status.label))
        self.changed.emit()
        return True

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {error_colour()};" if error else f"color: {ok_colour()};")
        self.message.setVisible(bool(text))
