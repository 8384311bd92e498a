"""Beheer › Centering: locations and rooms, group sizes and the session template, the CB-IPG toeslag settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ksdesk.centering.model import CenteringSettings, LocationView
from ksdesk.centering.schedule import SchoolRegion
from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.ui import dialogs
from ksdesk.ui.centering_group import ID_ROLE, _item
from ksdesk.ui.widgets import FormFields, error_colour, hint, new_form, small_table


class CountBox(QSpinBox):
    """A number box whose unit follows the number: "1 dag", "2 dagen"."""

    def __init__(self, plural: str, singular: str) -> None:
        super().__init__()
        self._units = (plural, singular)
        self.valueChanged.connect(self._update_unit)  # typed or stepped

    def setValue(self, value: int) -> None:  # also when set with signals blocked (FormFields.set_value)
        super().setValue(value)
        self._update_unit(self.value())

    def _update_unit(self, value: int) -> None:
        plural, singular = self._units
        self.setSuffix(singular if value == 1 else plural)


def _spin(low: int, high: int, suffix: str = "", singular: str = "") -> QSpinBox:
    """A number box with a unit after it; `singular` (" dag") is shown for 1 instead of `suffix` (" dagen")."""
    box = CountBox(suffix, singular) if singular else QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setMaximumWidth(220 if suffix else 120)
    return box


class CenteringSetupTab(QWidget):
    """Settings of the Centering planning, for midwife, assistant and beheerder."""

    @staticmethod
    def allowed(actor: Actor) -> bool:
        """Whether the tab is shown to this user."""
        return role_allows(actor.role, Permission.CENTERING_SETUP)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self._dirty = False
        self.locations: list[LocationView] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QHBoxLayout(body)
        layout.addWidget(self._build_settings(), 1)
        layout.addWidget(self._build_locations(), 1)
        self.load()

    # --- settings -------------------------------------------------------------------------------------------
    def _build_settings(self) -> QWidget:
        box = QGroupBox(self.tr("Groepen, schema en toeslag"))
        column = QVBoxLayout(box)
        self.fields = FormFields(self)
        form = new_form()
        self.fields.add(form, "min_size", self.tr("Minimale groepsgrootte"), _spin(2, 30))
        self.fields.add(form, "target_size", self.tr("Gewenste groepsgrootte"), _spin(2, 30))
        self.fields.add(form, "max_size", self.tr("Maximale groepsgrootte"), _spin(2, 30))
        self.fields.add(form, "max_spread_days", self.tr("Maximale spreiding ATD"),
                        _spin(0, 120, self.tr(" dagen"), self.tr(" dag")),
                        note=self.tr("Zoveel dagen mogen de à terme datums in één groep uiteenliggen."))
        self.fields.add(form, "latest_entry_week", self.tr("Instromen tot"), _spin(8, 36, self.tr(" weken")),
                        note=self.tr("Wie verder is, stelt ksdesk niet meer voor in een nieuwe groep."))
        self.fields.add(form, "first_session_week", self.tr("Eerste bijeenkomst"),
                        _spin(6, 36, self.tr(" weken")), note=self.tr("Zwangerschapsduur bij de middelste ATD."))
        self.fields.add(form, "gaps_weeks", self.tr("Weken ertussen"), QLineEdit(),
                        note=self.tr("Bijvoorbeeld 4, 4, 4, 2, 2, 2, 2, 2 (negen bijeenkomsten in de zwangerschap)."))
        self.fields.add(form, "reunion_weeks_after_last_due_date", self.tr("Reünie"),
                        _spin(2, 26, self.tr(" weken")), note=self.tr("Na de laatste ATD, met de baby's."))
        self.fields.add(form, "duration_minutes", self.tr("Duur"), _spin(30, 240, self.tr(" minuten")))
        self.fields.add(form, "toeslag_amount", self.tr("CB-IPG-toeslag (€)"), QLineEdit(),
                        note=self.tr("Per deelnemende zwangere, eenmaal te declareren."))
        self.fields.add(form, "toeslag_needs_trained_midwife", self.tr("Voorwaarde"),
                        QCheckBox(self.tr("Centering-getrainde verloskundige")))
        self.fields.add(form, "toeslag_needs_co_facilitator", "", QCheckBox(self.tr("Tweede begeleider")))
        self.fields.add(form, "toeslag_min_sessions", self.tr("Minimaal bijgewoond"),
                        _spin(0, 10, self.tr(" bijeenkomsten"), self.tr(" bijeenkomst")))
        self.fields.add(form, "toeslag_conditions", self.tr("Voorwaarden (tekst)"), QLineEdit())
        column.addLayout(form)
        self.settings_message = QLabel()
        self.settings_message.setObjectName("settings_message")
        self.settings_message.setWordWrap(True)
        column.addWidget(self.settings_message)
        row = QHBoxLayout()
        self.save_settings_button = QPushButton(self.tr("Instellingen opslaan"))
        self.save_settings_button.setObjectName("save_settings")
        row.addWidget(self.save_settings_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.fields.edited.connect(self._edited)
        self.save_settings_button.clicked.connect(self.save_settings)
        return box

    def _edited(self, _name: str) -> None:
        self._dirty = True
        self.settings_message.clear()

    def _show_settings(self, settings: CenteringSettings) -> None:
        template = settings.template
        self.fields.set_values({
            "min_size": settings.min_size, "target_size": settings.target_size, "max_size": settings.max_size,
            "max_spread_days": settings.max_spread_days, "first_session_week": template.first_session_week,
            "latest_entry_week": settings.latest_entry_week,
            "gaps_weeks": ", ".join(str(g) for g in template.gaps_weeks),
            "reunion_weeks_after_last_due_date": template.reunion_weeks_after_last_due_date,
            "duration_minutes": template.duration_minutes,
            "toeslag_amount": f"{settings.toeslag_amount_cents / 100:.2f}".replace(".", ","),
            "toeslag_needs_trained_midwife": settings.toeslag_needs_trained_midwife,
            "toeslag_needs_co_facilitator": settings.toeslag_needs_co_facilitator,
            "toeslag_min_sessions": settings.toeslag_min_sessions,
            "toeslag_conditions": settings.toeslag_conditions,
        })
        self._dirty = False

    def save_settings(self) -> bool:
        """Save; Dutch messages appear next to the fields. True when saved."""
        values = self.fields.values()
        self.fields.clear_errors()
        errors: dict[str, str] = {}
        try:
            gaps = [int(part) for part in str(values["gaps_weeks"]).replace(";", ",").split(",") if part.strip()]
        except ValueError:
            errors["gaps_weeks"] = self.tr("Vul hele weken in, gescheiden door komma's.")
            gaps = []
        try:
            cents = round(float(str(values["toeslag_amount"]).replace("€", "").replace(",", ".").strip()) * 100)
        except ValueError:
            errors["toeslag_amount"] = self.tr("Vul een bedrag in, bijvoorbeeld 70,00.")
            cents = 0
        if errors:
            self.fields.show_errors(errors)
            return False
        data = {
            "min_size": values["min_size"], "target_size": values["target_size"], "max_size": values["max_size"],
            "max_spread_days": values["max_spread_days"], "latest_entry_week": values["latest_entry_week"],
            "template": {"first_session_week": values["first_session_week"], "gaps_weeks": gaps,
                         "reunion_weeks_after_last_due_date": values["reunion_weeks_after_last_due_date"],
                         "duration_minutes": values["duration_minutes"]},
            "toeslag_amount_cents": cents,
            "toeslag_needs_trained_midwife": values["toeslag_needs_trained_midwife"],
            "toeslag_needs_co_facilitator": values["toeslag_needs_co_facilitator"],
            "toeslag_min_sessions": values["toeslag_min_sessions"],
            "toeslag_conditions": values["toeslag_conditions"],
        }
        try:
            saved = self._services.centering.save_settings(self.actor, data)
        except ValidationError as exc:
            messages = dict(exc.messages)
            if "toeslag_amount_cents" in messages:
                messages["toeslag_amount"] = messages.pop("toeslag_amount_cents")
            if "template" in messages:
                messages["gaps_weeks"] = messages.pop("template")
            rest = self.fields.show_errors(messages)
            self.settings_message.setText(" ".join(rest.values()))
            self.settings_message.setStyleSheet(f"color: {error_colour()};")
            return False
        except ServiceError as exc:
            self.settings_message.setText(str(exc))
            return False
        self._show_settings(saved)
        self.settings_message.setStyleSheet("")
        self.settings_message.setText(self.tr("Opgeslagen. Nieuwe groepen krijgen dit schema."))
        return True

    # --- locations and rooms ------------------------------------------------------------------------------------
    def _build_locations(self) -> QWidget:
        box = QGroupBox(self.tr("Locaties en ruimtes"))
        column = QVBoxLayout(box)
        self.location_table = small_table([self.tr("Locatie"), self.tr("Regio"), self.tr("Ruimtes"),
                                           self.tr("Actief")])
        self.location_table.setObjectName("location_table")
        self.location_table.setAccessibleName(self.tr("Locaties"))
        column.addWidget(self.location_table)
        self.location_fields = FormFields(self)
        form = new_form()
        self.location_fields.add(form, "name", self.tr("Naam"), QLineEdit())
        self.location_fields.add(form, "address", self.tr("Adres"), QLineEdit())
        region = QComboBox()
        for code in SchoolRegion:
            region.addItem(code.value, code.value)
        self.location_fields.add(form, "region", self.tr("Regio schoolvakanties"), region,
                                 note=self.tr("Zuid-Limburg hoort bij Zuid."))
        self.location_fields.add(form, "active", "", QCheckBox(self.tr("In gebruik")))
        column.addLayout(form)
        row = QHBoxLayout()
        self.new_location_button = QPushButton(self.tr("Nieuwe locatie"))
        self.save_location_button = QPushButton(self.tr("Locatie opslaan"))
        self.save_location_button.setObjectName("save_location")
        row.addWidget(self.new_location_button)
        row.addWidget(self.save_location_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(hint(self.tr("Ruimtes van de gekozen locatie")))
        self.room_table = small_table([self.tr("Ruimte"), self.tr("Plaatsen"), self.tr("Actief")])
        self.room_table.setObjectName("room_table")
        self.room_table.setAccessibleName(self.tr("Ruimtes van de gekozen locatie"))
        self.room_table.setMaximumHeight(150)
        column.addWidget(self.room_table)
        self.room_fields = FormFields(self)
        form = new_form()
        self.room_fields.add(form, "name", self.tr("Naam"), QLineEdit())
        self.room_fields.add(form, "capacity", self.tr("Plaatsen"), _spin(0, 200),
                             note=self.tr("0: niet ingevuld."))
        self.room_fields.add(form, "active", "", QCheckBox(self.tr("In gebruik")))
        column.addLayout(form)
        row = QHBoxLayout()
        self.new_room_button = QPushButton(self.tr("Nieuwe ruimte"))
        self.save_room_button = QPushButton(self.tr("Ruimte opslaan"))
        self.save_room_button.setObjectName("save_room")
        row.addWidget(self.new_room_button)
        row.addWidget(self.save_room_button)
        row.addStretch(1)
        column.addLayout(row)
        self.location_message = QLabel()
        self.location_message.setWordWrap(True)
        column.addWidget(self.location_message)
        column.addStretch(1)
        self.location_table.itemSelectionChanged.connect(self._location_selected)
        self.room_table.itemSelectionChanged.connect(self._room_selected)
        self.new_location_button.clicked.connect(self._new_location)
        self.new_room_button.clicked.connect(self._new_room)
        self.save_location_button.clicked.connect(self.save_location)
        self.save_room_button.clicked.connect(self.save_room)
        self._location_id: int | None = None
        self._room_id: int | None = None
        self._new_location()
        return box

    def load(self) -> None:
        try:
            self._show_settings(self._services.centering.settings(self.actor))
            self.locations = self._services.centering.locations(self.actor)
        except ServiceError as exc:
            self.settings_message.setText(str(exc))
            return
        table = self.location_table
        table.setSortingEnabled(False)
        table.setRowCount(0)
        for loc in self.locations:
            r = table.rowCount()
            table.insertRow(r)
            for c, cell in enumerate([_item(loc.name, loc.id), _item(loc.region.value),
                                      _item(", ".join(room.name for room in loc.rooms)),
                                      _item(self.tr("Ja") if loc.active else self.tr("Nee"))]):
                table.setItem(r, c, cell)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        if self._location_id is not None:
            for r in range(table.rowCount()):
                if table.item(r, 0).data(ID_ROLE) == self._location_id:
                    table.selectRow(r)

    def _current_location(self) -> LocationView | None:
        return next((loc for loc in self.locations if loc.id == self._location_id), None)

    def _location_selected(self) -> None:
        row = self.location_table.currentRow()
        if row < 0:
            return
        self._location_id = self.location_table.item(row, 0).data(ID_ROLE)
        location = self._current_location()
        if location is None:
            return
        self.location_fields.clear_errors()
        self.location_fields.set_values({"name": location.name, "address": location.address or "",
                                         "region": location.region.value, "active": location.active})
        self.room_table.setRowCount(0)
        for room in location.rooms:
            r = self.room_table.rowCount()
            self.room_table.insertRow(r)
            for c, cell in enumerate([_item(room.name, room.id), _item(str(room.capacity or "")),
                                      _item(self.tr("Ja") if room.active else self.tr("Nee"))]):
                self.room_table.setItem(r, c, cell)
        self._new_room()

    def _room_selected(self) -> None:
        row = self.room_table.currentRow()
        location = self._current_location()
        if row < 0 or location is None:
            return
        self._room_id = self.room_table.item(row, 0).data(ID_ROLE)
        room = next((r for r in location.rooms if r.id == self._room_id), None)
        if room:
            self.room_fields.set_values({"name": room.name, "capacity": room.capacity or 0, "active": room.active})

    def _new_location(self) -> None:
        self._location_id = None
        self.location_table.clearSelection()
        self.location_fields.clear_errors()
        self.location_fields.set_values({"name": "", "address": "", "region": SchoolRegion.MIDDEN.value,
                                         "active": True})
        self.room_table.setRowCount(0)
        self._new_room()

    def _new_room(self) -> None:
        self._room_id = None
        self.room_fields.clear_errors()
        self.room_fields.set_values({"name": "", "capacity": 0, "active": True})

    def save_location(self) -> None:
        values = self.location_fields.values()
        try:
            saved = self._services.centering.save_location(self.actor, self._location_id, values)
        except ValidationError as exc:
            self.location_fields.show_errors(exc.messages)
            return
        except ServiceError as exc:
            self.location_message.setText(str(exc))
            return
        self.location_fields.clear_errors()
        self._location_id = saved.id
        self.location_message.setText(self.tr("Locatie '{0}' opgeslagen.").format(saved.name))
        self.load()

    def save_room(self) -> None:
        if self._location_id is None:
            self.location_message.setText(self.tr("Kies of bewaar eerst een locatie."))
            return
        values = self.room_fields.values()
        values["capacity"] = values["capacity"] or None
        try:
            saved = self._services.centering.save_room(self.actor, self._location_id, self._room_id, values)
        except ValidationError as exc:
            self.room_fields.show_errors(exc.messages)
            return
        except ServiceError as exc:
            self.location_message.setText(str(exc))
            return
        self.room_fields.clear_errors()
        self.location_message.setText(self.tr("Ruimte '{0}' opgeslagen.").format(saved.name))
        self.load()

    # --- leaving -----------------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Unsaved input on this tab (the settings form)."""
        return self._dirty

    def confirm_leave(self) -> bool:
        """Ask about unsaved input (dialogs.ask_unsaved) before the window closes; True when it may close."""
        if not self._dirty:
            return True
        answer = dialogs.ask_unsaved(self, self.tr("de Centering-instellingen"))
        if answer == "save":
            return self.save_settings()
        if answer == "discard":
            self._dirty = False
            return True
        return False
