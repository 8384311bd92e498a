"""Beheer: the practice's details, staff members and (read-only for now) user accounts.

Editing is present only for roles the services allow it (the beheerder); others see the details.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ksdesk.records.enums import Discipline
from ksdesk.records.gestation import format_date
from ksdesk.records.identifiers import display_phone, display_postcode
from ksdesk.records.models import PracticeIn, StaffIn
from ksdesk.security.permissions import ROLES_NEEDING_SECOND_FACTOR, Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.services.views import PracticeView, StaffView
from ksdesk.ui import dialogs
from ksdesk.ui.account_tab import AccountTab
from ksdesk.ui.address_book_tab import AddressBookTab
from ksdesk.ui.audit_tab import AuditTab
from ksdesk.ui.backup_tab import BackupTab
from ksdesk.ui.catalogue_tab import CatalogueTab
from ksdesk.ui.centering_setup_tab import CenteringSetupTab
from ksdesk.ui.client_page import LiveCheck
from ksdesk.ui.first_run import choose_logo_png, show_logo
from ksdesk.ui.i18n import LANGUAGES, current_language, save_language, saved_language, translate
from ksdesk.ui.retention_tab import RetentionTab
from ksdesk.ui.settings import read_bytes
from ksdesk.ui.users_tab import UsersTab
from ksdesk.ui.widgets import (
    CHIP_KINDS,
    WEEKDAYS,
    FormFields,
    code_label,
    date_edit,
    error_colour,
    fill_enum_combo,
    heading,
    hint,
    new_form,
    small_table,
    time_edit,
)

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _scrolled(widget: QWidget) -> QScrollArea:
    """A tab whose content may need more height than a small screen has: it scrolls instead of forcing the
    main window's minimum size up."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_colour()};")
    return label


def _table(headers: list[str]) -> QTableWidget:
    return small_table(headers)


class PracticeTab(QWidget):
    """The practice's details: an editable form for the beheerder, a summary for everyone else."""

    saved = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None, *,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.data_dir = data_dir
        self.editable = role_allows(actor.role, Permission.PRACTICE_WRITE)
        self.practice: PracticeView | None = None
        self._saved_logo: bytes | None = None
        self._snapshot: dict[str, object] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.fields = FormFields(self)
        box = QGroupBox(self.tr("Gegevens van de praktijk"))
        form = new_form()
        box.setLayout(form)
        titles = {"name": self.tr("Naam praktijk"), "agb_code": self.tr("AGB-code"),
                  "street": self.tr("Straat en huisnummer"), "postcode": self.tr("Postcode"),
                  "city": self.tr("Plaats"), "phone": self.tr("Telefoon"), "email": self.tr("E-mail")}
        self.summary: dict[str, QLabel] = {}
        for name, title in titles.items():
            if self.editable:
                self.fields.add(form, name, title, QLineEdit())
            else:
                self.summary[name] = QLabel()
                self.summary[name].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(title, self.summary[name])
        centering = QGroupBox(self.tr("CenteringZwangerschap"))
        centering_form = new_form()
        centering.setLayout(centering_form)
        if self.editable:
            weekday = QComboBox()
            for index, day in enumerate(WEEKDAYS):
                weekday.addItem(translate("labels", day), index)
            weekday.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.fields.add(centering_form, "centering_weekday", self.tr("Vaste dag"), weekday)
            self.fields.add(centering_form, "centering_time", self.tr("Begintijd"), time_edit())
        else:
            self.summary["centering"] = QLabel()
            centering_form.addRow(self.tr("Vaste dag en tijd"), self.summary["centering"])
        logo_box = QGroupBox(self.tr("Logo (briefhoofd)"))
        logo_layout = QVBoxLayout(logo_box)
        self.logo_preview = QLabel(self.tr("Geen logo"))
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setMinimumSize(180, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo_layout.addWidget(self.logo_preview)
        self._logo: bytes | None = None
        if self.editable:
            logo_buttons = QHBoxLayout()
            choose = QPushButton(self.tr("Logo kiezen…"))
            choose.clicked.connect(self.choose_logo)
            remove = QPushButton(self.tr("Verwijderen"))
            remove.clicked.connect(lambda: self.set_logo(None))
            logo_buttons.addWidget(choose)
            logo_buttons.addWidget(remove)
            logo_layout.addLayout(logo_buttons)
        side = QVBoxLayout()
        side.addWidget(centering)
        side.addWidget(logo_box)
        if data_dir is not None:
            side.addWidget(self._build_language_box(data_dir))
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(box, 3)
        row.addLayout(side, 2)
        row.setAlignment(box, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addStretch(1)
        bar = QHBoxLayout()
        self.message = _message_label()
        bar.addWidget(self.message, 1)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("practice_save_button")
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        self.save_button.setVisible(self.editable)
        if not self.editable:
            bar.insertWidget(0, hint(self.tr("Alleen de beheerder kan deze gegevens wijzigen.")))
        layout.addLayout(bar)
        if self.editable:
            self.live = LiveCheck(self.fields, PracticeIn, self)
        self.load()

    def _build_language_box(self, data_dir: Path) -> QGroupBox:
        """The interface language of this workstation (everyone may choose it: it is not the practice's)."""
        box = QGroupBox(self.tr("Werkplek"))
        box.setObjectName("workstation_box")
        column = QVBoxLayout(box)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)  # each language in its own name
        self.language_combo.setCurrentIndex(self.language_combo.findData(saved_language(data_dir)))
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_combo.activated.connect(self._language_chosen)
        language_label = QLabel(self.tr("&Taal van deze werkplek"))
        language_label.setBuddy(self.language_combo)
        column.addWidget(language_label)
        column.addWidget(self.language_combo, 0, Qt.AlignmentFlag.AlignLeft)
        self.language_note = hint("")
        self.language_note.setObjectName("language_note")
        column.addWidget(self.language_note)
        self._show_language_note()
        return box

    def _language_chosen(self, _index: int) -> None:
        assert self.data_dir is not None
        code = str(self.language_combo.currentData())
        try:
            save_language(self.data_dir, code)
        except OSError as exc:
            dialogs.error(self, self.tr("Taal"), self.tr("De keuze is niet bewaard: {reason}").format(
                reason=exc.strerror or exc))
            self.language_combo.setCurrentIndex(self.language_combo.findData(saved_language(self.data_dir)))
            return
        self._show_language_note()

    def _show_language_note(self) -> None:
        chosen = str(self.language_combo.currentData())
        if chosen == current_language():
            self.language_note.setText(self.tr("Geldt alleen voor deze computer."))
        else:
            self.language_note.setText(self.tr(
                "Bewaard. ksdesk gebruikt {language} vanaf de volgende keer dat het start.").format(
                language=LANGUAGES[chosen]))

    def load(self) -> None:
        try:
            self.practice = self._services.practice.get(self._actor)
        except ServiceError as exc:
            self.message.setText(str(exc))
            return
        practice = self.practice
        if practice is None:
            return
        values: dict[str, object] = {
            "name": practice.name, "agb_code": practice.agb_code, "street": practice.street or "",
            "postcode": display_postcode(practice.postcode), "city": practice.city or "",
            "phone": display_phone(practice.phone), "email": practice.email or "",
            "centering_weekday": practice.centering_weekday, "centering_time": practice.centering_time,
        }
        self.set_logo(practice.logo_png, mark_dirty=False)
        if self.editable:
            self.fields.set_values(values)
            self._snapshot = self.fields.values()
            self.live.reset()
        else:
            for name, label in self.summary.items():
                if name != "centering":
                    label.setText(str(values[name]) or "–")
            self.summary["centering"].setText(
                f"{translate('labels', WEEKDAYS[practice.centering_weekday])}, "
                f"{practice.centering_time.strftime('%H:%M')}")

    def choose_logo(self) -> None:
        """Pick an image; it is scaled to at most 600 px and stored as PNG (the letters embed it)."""
        png = choose_logo_png(self)
        if png is not None:
            self.set_logo(png)

    def set_logo(self, png: bytes | None, *, mark_dirty: bool = True) -> None:
        self._logo = png
        if not mark_dirty:
            self._saved_logo = png
        show_logo(self.logo_preview, png)

    def is_dirty(self) -> bool:
        return self.editable and (self.fields.values() != self._snapshot or self._logo != self._saved_logo)

    def save(self) -> bool:
        data = self.fields.values()
        data["logo_png"] = self._logo
        self.message.clear()
        try:
            practice = self._services.practice.save(self._actor, data)
        except ValidationError as exc:
            self.live.show_refusal(exc, self.message)
            return False
        except ServiceError as exc:
            dialogs.error(self, self.tr("Niet opgeslagen"), str(exc))
            return False
        self.load()
        self.saved.emit(practice)
        return True


class StaffTab(QWidget):
    """Staff members: the list for everyone; adding and editing for the beheerder."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.editable = role_allows(actor.role, Permission.STAFF_WRITE)
        self.staff: list[StaffView] = []
        self.selected: StaffView | None = None
        self._snapshot: dict[str, object] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        left = QVBoxLayout()
        self.table = _table([self.tr("Naam"), self.tr("Discipline"), self.tr("AGB-code"),
                             self.tr("Centering-getraind"), self.tr("Status")])
        self.table.setObjectName("staff_table")
        self.table.setAccessibleName(self.tr("Medewerkers"))
        for column, width in enumerate((170, 130, 80, 120)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        left.addWidget(self.table, 1)
        self.empty_hint = hint(self.tr("Nog geen medewerkers. Kies ‘Nieuwe medewerker’ om de verloskundigen "
                                       "en assistenten van de praktijk toe te voegen.") if self.editable
                               else self.tr("Nog geen medewerkers vastgelegd."))
        left.addWidget(self.empty_hint)
        layout.addLayout(left, 3)
        self.fields = FormFields(self)
        if self.editable:
            right = QVBoxLayout()
            self.form_box = QGroupBox(self.tr("Nieuwe medewerker"))
            form = new_form()
            self.form_box.setLayout(form)
            self._build_form(form)
            right.addWidget(self.form_box)
            self.message = _message_label()
            right.addWidget(self.message)
            bar = QHBoxLayout()
            self.new_button = QPushButton(self.tr("Nieuwe medewerker"))
            self.new_button.setObjectName("new_staff_button")
            self.new_button.clicked.connect(self.start_new)
            bar.addWidget(self.new_button)
            bar.addStretch(1)
            self.save_button = QPushButton(self.tr("Medewerker toevoegen"))
            self.save_button.setObjectName("staff_save_button")
            self.save_button.clicked.connect(self.save)
            bar.addWidget(self.save_button)
            right.addLayout(bar)
            right.addStretch(1)
            layout.addLayout(right, 2)
            self.live = LiveCheck(self.fields, StaffIn, self)
        self.load()
        if self.editable:
            self.show_member(None)

    def _build_form(self, form: QFormLayout) -> None:
        self.fields.add(form, "name", self.tr("Naam"), QLineEdit())
        discipline = QComboBox()
        fill_enum_combo(discipline, list(Discipline))
        self.fields.add(form, "discipline", self.tr("Discipline"), discipline)
        self.fields.add(form, "agb_code", self.tr("AGB-code"), QLineEdit())
        self.fields.add(form, "centering_trained", self.tr("Centering"),
                        QCheckBox(self.tr("Centering-training gevolgd")))
        self.fields.add(form, "centering_trained_on", self.tr("Datum training"), date_edit())
        self.fields.add(form, "active", self.tr("Status"), QCheckBox(self.tr("Actief (werkt in de praktijk)")))
        trained = self.fields.widgets["centering_trained"]
        assert isinstance(trained, QCheckBox)
        trained.toggled.connect(self._trained_toggled)

    def _trained_toggled(self, checked: bool) -> None:
        date = self.fields.widgets["centering_trained_on"]
        date.setEnabled(checked)
        if not checked:
            self.fields.set_value("centering_trained_on", "")

    def load(self, select_id: int | None = None) -> None:
        try:
            self.staff = self._services.staff.list(self._actor)
        except ServiceError as exc:
            self.empty_hint.setText(str(exc))
            return
        self.table.setSortingEnabled(False)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.staff))
        for row, member in enumerate(self.staff):
            trained = (self.tr("ja, {date}").format(date=format_date(member.centering_trained_on))
                       if member.centering_trained_on else self.tr("ja")) if member.centering_trained else ""
            cells = (member.name, code_label(member.discipline), member.agb_code or "", trained,
                     self.tr("Actief") if member.active else self.tr("Niet actief"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(STAFF_ID_ROLE, member.id)
                if not member.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.setSortingEnabled(True)
        self.empty_hint.setVisible(not self.staff)
        if select_id is not None:
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(STAFF_ID_ROLE) == select_id:
                    self.table.selectRow(row)

    def _selection_changed(self) -> None:
        if not self.editable:
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        staff_id = self.table.item(rows[0].row(), 0).data(STAFF_ID_ROLE)
        if self.selected is not None and self.selected.id == staff_id:
            return
        if self.is_dirty():
            answer = dialogs.ask_unsaved(self, self.tr("deze medewerker"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
        self.show_member(next(m for m in self.staff if m.id == staff_id))

    def show_member(self, member: StaffView | None) -> None:
        self.selected = member
        if member is None:
            values: dict[str, object] = {"name": "", "discipline": Discipline.MIDWIFE, "agb_code": "",
                                         "centering_trained": False, "centering_trained_on": "", "active": True}
            self.form_box.setTitle(self.tr("Nieuwe medewerker"))
            self.save_button.setText(self.tr("Medewerker toevoegen"))
        else:
            values = {"name": member.name, "discipline": member.discipline, "agb_code": member.agb_code or "",
                      "centering_trained": member.centering_trained,
                      "centering_trained_on": format_date(member.centering_trained_on), "active": member.active}
            self.form_box.setTitle(member.name)
            self.save_button.setText(self.tr("Opslaan"))
        self.fields.set_values(values)
        self._trained_toggled(bool(values["centering_trained"]))
        self.fields.set_value("centering_trained_on", values["centering_trained_on"])
        self._snapshot = self.fields.values()
        self.live.reset()
        self.message.clear()

    def start_new(self) -> None:
        if self.is_dirty():
            answer = dialogs.ask_unsaved(self, self.tr("deze medewerker"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
        self.table.clearSelection()
        self.show_member(None)
        self.fields.widgets["name"].setFocus()

    def is_dirty(self) -> bool:
        return self.editable and self.fields.values() != self._snapshot

    def save(self) -> bool:
        data = self.fields.values()
        self.message.clear()
        try:
            if self.selected is None:
                member = self._services.staff.create(self._actor, data)
            else:
                member = self._services.staff.update(self._actor, self.selected.id, data)
        except ValidationError as exc:
            self.live.show_refusal(exc, self.message)
            return False
        except ServiceError as exc:
            dialogs.error(self, self.tr("Niet opgeslagen"), str(exc))
            return False
        self._snapshot = self.fields.values()
        self.selected = member
        self.load(select_id=member.id)
        self.show_member(member)
        return True


class AdminPage(QWidget):
    """The Beheer section: practice, staff, users (beheerder only) and the user's own account.

    A role that must use a second factor and logged in without one sees only her account tab, with the
    set-up of the second factor; the services refuse everything else until then.
    """

    practice_saved = Signal(object)
    actor_changed = Signal(object)
    store_restored = Signal()  # a backup replaced the data: everyone logs in again

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None, *,
                 data_dir: Path | None = None) -> None:
        """data_dir: the workstation's data folder (its language choice lives there)."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading(self.tr("Beheer")))
        self.tabs = QTabWidget()
        self.practice_tab: PracticeTab | None = None
        self.staff_tab: StaffTab | None = None
        self.users_tab: UsersTab | None = None
        self.audit_tab: AuditTab | None = None
        self.retention_tab: RetentionTab | None = None
        self.backup_tab: BackupTab | None = None
        self.needs_second_factor = actor.role in ROLES_NEEDING_SECOND_FACTOR and not actor.second_factor
        if self.needs_second_factor:
            banner = QLabel(self.tr(
                "Als beheerder meld je je aan met wachtwoord én code. Stel hieronder eerst de tweede factor in; "
                "daarna kun je de praktijk, de medewerkers en de gebruikers beheren."))
            banner.setObjectName("second_factor_banner")
            banner.setWordWrap(True)
            background, text = CHIP_KINDS["warn"]
            banner.setStyleSheet(
                f"QLabel {{ background: {background}; color: {text}; padding: 8px; border-radius: 4px; }}")
            layout.addWidget(banner)
        else:
            self.practice_tab = PracticeTab(services, actor, data_dir=data_dir)
            self.practice_tab.saved.connect(self.practice_saved)
            self.staff_tab = StaffTab(services, actor)
            self.tabs.addTab(self.practice_tab, self.tr("Praktijk"))
            self.tabs.addTab(self.staff_tab, self.tr("Medewerkers"))
            # feature tabs: each decides from the role whether it is shown
            self.address_book_tab = AddressBookTab(services, actor) if AddressBookTab.allowed(actor) else None
            if self.address_book_tab is not None:
                self.tabs.addTab(_scrolled(self.address_book_tab), self.tr("Adresboek"))
            self.centering_setup_tab = (CenteringSetupTab(services, actor)
                                        if CenteringSetupTab.allowed(actor) else None)
            if self.centering_setup_tab is not None:
                self.tabs.addTab(_scrolled(self.centering_setup_tab), self.tr("Centering"))
            self.catalogue_tab = CatalogueTab(services, actor) if CatalogueTab.allowed(actor) else None
            if self.catalogue_tab is not None:
                self.tabs.addTab(_scrolled(self.catalogue_tab), self.tr("Signaleringslijst"))
            if role_allows(actor.role, Permission.USERS_MANAGE):
                self.users_tab = UsersTab(services, actor)
                self.tabs.addTab(self.users_tab, self.tr("Gebruikers"))
            if role_allows(actor.role, Permission.AUDIT_READ) and actor.second_factor:
                self.audit_tab = AuditTab(services, actor)
                self.tabs.addTab(self.audit_tab, self.tr("Logboek"))
            if role_allows(actor.role, Permission.CLIENT_DESTROY):
                self.retention_tab = RetentionTab(services, actor)
                self.tabs.addTab(self.retention_tab, self.tr("Bewaartermijn"))
            if BackupTab.allowed(actor, services):
                self.backup_tab = BackupTab(services, actor)
                self.backup_tab.restored.connect(self.store_restored)
                self.tabs.addTab(self.backup_tab, self.tr("Reservekopieën"))
        self.account_tab = AccountTab(services, actor)
        self.account_tab.actor_changed.connect(self.actor_changed)
        self.tabs.addTab(self.account_tab, self.tr("Mijn account"))
        layout.addWidget(self.tabs, 1)

    def _editing_tabs(self) -> list[tuple[PracticeTab | StaffTab, str]]:
        tabs: list[tuple[PracticeTab | StaffTab, str]] = []
        if self.practice_tab is not None:
            tabs.append((self.practice_tab, self.tr("de praktijkgegevens")))
        if self.staff_tab is not None:
            tabs.append((self.staff_tab, self.tr("de medewerker")))
        return tabs

    def _feature_tabs(self) -> list[AddressBookTab | CenteringSetupTab | CatalogueTab]:
        tabs = [getattr(self, name, None) for name in ("address_book_tab", "centering_setup_tab", "catalogue_tab")]
        return [tab for tab in tabs if tab is not None]

    def is_dirty(self) -> bool:
        return (any(tab.is_dirty() for tab, _what in self._editing_tabs())
                or any(tab.is_dirty() for tab in self._feature_tabs()))

    def confirm_leave(self) -> bool:
        """Unsaved practice or staff details: ask before the window closes."""
        for tab, what in self._editing_tabs():
            if not tab.is_dirty():
                continue
            answer = dialogs.ask_unsaved(self, what)
            if answer == "cancel" or (answer == "save" and not tab.save()):
                return False
        return all(tab.confirm_leave() for tab in self._feature_tabs())

    def save_settings(self, settings: QSettings) -> None:
        if self.staff_tab is not None:
            settings.setValue("admin/staff_header", self.staff_tab.table.horizontalHeader().saveState())
        if self.audit_tab is not None:
            settings.setValue("admin/audit_header", self.audit_tab.table.horizontalHeader().saveState())

    def restore_settings(self, settings: QSettings) -> None:
        state = read_bytes(settings, "admin/staff_header")
        if state is not None and self.staff_tab is not None:
            self.staff_tab.table.horizontalHeader().restoreState(state)
        state = read_bytes(settings, "admin/audit_header")
        if state is not None and self.audit_tab is not None:
            self.audit_tab.table.horizontalHeader().restoreState(state)
            self.audit_tab.fit_headings()


