"""Beheer › Signaleringslijst: the active Kwetsbaarheid catalogue (domains, items, rule parameters, sources).

Everyone may read it; the beheerder (settings permission) can switch to a region's own catalogue file or back to
the shipped one. The file is validated by the services; problems are shown with the place in the file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ksdesk.screening import Catalogue
from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError, ValidationError
from ksdesk.ui import dialogs
from ksdesk.ui.i18n import translate
from ksdesk.ui.widgets import chip, error_colour, heading, hint, style_chip

RULE_LABELS = {
    "urgent_threshold": "Drempel zeer kwetsbaar (urgent)",
    "accumulation_threshold": "Drempel kwetsbaar (stapeling)",
    "accumulation_min_domains": "Stapeling: minimaal aantal domeinen",
}
"""Dutch names of the rule parameters (the file's technical name is in the tooltip)."""

RULE_TEXTS = {
    "urgent_threshold": "Zoveel meegetelde urgente kwetsbaarheden maken zeer kwetsbaar (urgent).",
    "accumulation_threshold": "Zoveel meegetelde kwetsbaarheden maken kwetsbaar (stapeling) ...",
    "accumulation_min_domains": "... verspreid over minstens zoveel domeinen (2: regel van Moeders van Rotterdam).",
}


class CatalogueTab(QWidget):
    """The catalogue new assessments are made with, readable for everyone."""

    @staticmethod
    def allowed(actor: Actor) -> bool:
        """Whether the tab is shown to this user."""
        return role_allows(actor.role, Permission.CATALOGUE_READ)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.catalogue: Catalogue | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = heading("", 1.2)
        self.title.setObjectName("catalogue_title")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.origin_chip = chip("", "neutral")
        self.origin_chip.setObjectName("catalogue_origin")
        top.addWidget(self.origin_chip)
        layout.addLayout(top)
        self.key_label = QLabel()
        self.key_label.setObjectName("catalogue_key")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_label)
        self.description = hint("")
        layout.addWidget(self.description)

        self.can_replace = role_allows(actor.role, Permission.SETTINGS_WRITE)
        if self.can_replace:
            bar = QHBoxLayout()
            self.region_button = QPushButton(self.tr("Regiobestand gebruiken…"))
            self.region_button.setObjectName("catalogue_region")
            self.region_button.clicked.connect(self.choose_region_file)
            bar.addWidget(self.region_button)
            self.default_button = QPushButton(self.tr("Meegeleverde lijst gebruiken"))
            self.default_button.setObjectName("catalogue_default")
            self.default_button.clicked.connect(self.use_default)
            bar.addWidget(self.default_button)
            bar.addWidget(hint(self.tr(
                "Oude beoordelingen blijven leesbaar: ze bewaren de catalogus en versie waarmee ze zijn gemaakt.")), 1)
            layout.addLayout(bar)
        self.message = QLabel()
        self.message.setObjectName("catalogue_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_colour()};")
        self.message.hide()
        layout.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setObjectName("catalogue_tree")
        self.tree.setAccessibleName(self.tr("Items van de signaleringslijst"))
        self.tree.setHeaderLabels([self.tr("Domein / item"), self.tr("Soort"), self.tr("Urgent"),
                                   self.tr("Code"), self.tr("Bron")])
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        split.addWidget(self.tree)

        # Rules and sources each get the full width (tabs), so their long texts wrap instead of being cut.
        lower = QTabWidget()
        lower.setObjectName("catalogue_lower")
        self.rules = self._table("catalogue_rules", [self.tr("Regel"), self.tr("Waarde"),
                                                     self.tr("Betekenis"), self.tr("Bron")])
        self.rules.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rules.horizontalHeader().setStretchLastSection(False)
        lower.addTab(self.rules, self.tr("Regels"))
        self.rules.setAccessibleName(self.tr("Regels"))
        self.sources = self._table("catalogue_sources", [self.tr("Bron"), self.tr("Geverifieerd"),
                                                         self.tr("Toelichting")])
        self.sources.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        lower.addTab(self.sources, self.tr("Bronnen"))
        self.sources.setAccessibleName(self.tr("Bronnen"))
        self.lower_tabs = lower
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._loaded = False

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped text
        return table

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        """Fetch the active catalogue and show it."""
        try:
            active = self._services.screening.active_catalogue(self.actor)
        except ServiceError as exc:
            self._show_message(str(exc))
            return
        self._loaded = True
        self.show_catalogue(active.catalogue, active.from_region)

    def show_catalogue(self, catalogue: Catalogue, from_region: bool) -> None:
        self.catalogue = catalogue
        self.title.setText(catalogue.title)
        style_chip(self.origin_chip, self.tr("Regiobestand") if from_region else self.tr("Meegeleverd"),
                   "info" if from_region else "neutral")
        self.key_label.setText(self.tr("Catalogus {id}, versie {version}").format(
            id=catalogue.id, version=catalogue.version))
        self.description.setText(catalogue.description or "")
        self.tree.clear()
        for domain in catalogue.domains:
            node = QTreeWidgetItem([domain.label, self.tr("domein"), "", domain.code, ""])
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            for item in catalogue.risk_items_in(domain.code):
                urgent = self.tr("ja") if item.urgent else self.tr("nee")
                if item.urgent and item.meldcode:
                    urgent += self.tr(" · meldcode")
                sources = ", ".join(catalogue.source(s).title.split(" (")[0].split(":")[0] for s in item.source)
                child = QTreeWidgetItem([item.label, self.tr("kwetsbaarheid"), urgent, item.code, sources])
                tips = [catalogue.source(s).title for s in (*item.source, *item.urgent_source)]
                if item.note:
                    tips.append(item.note)
                child.setToolTip(4, "\n".join(tips))
                node.addChild(child)
            for factor in catalogue.protective_factors_in(domain.code):
                sources = ", ".join(catalogue.source(s).title.split(" (")[0].split(":")[0] for s in factor.source)
                node.addChild(QTreeWidgetItem([factor.label, self.tr("beschermende factor"), "", factor.code,
                                               sources]))
            self.tree.addTopLevelItem(node)
        self.tree.expandAll()
        rules = catalogue.rules
        self.rules.setRowCount(len(RULE_TEXTS))
        for row, (name, text) in enumerate(RULE_TEXTS.items()):
            refs = ", ".join(self._source_name(catalogue, r) for r in rules.source.get(name, ()))
            values = (translate("labels", RULE_LABELS[name]), str(getattr(rules, name)),
                      translate("labels", text), refs)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(self.tr("In het catalogusbestand: {name}").format(name=name) if column == 0 else value)
                cell.setData(Qt.ItemDataRole.UserRole, name)
                self.rules.setItem(row, column, cell)
        self.sources.setRowCount(len(catalogue.sources))
        for row, source in enumerate(catalogue.sources):
            detail = " ".join(p for p in (source.reference, source.note) if p)
            values = (source.title, self.tr("ja") if source.verified else self.tr("nee"), detail)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value if column else f"{value}\n({source.code})")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.sources.setItem(row, column, cell)
        self.sources.setColumnWidth(0, 360)
        self.rules.resizeColumnToContents(0)
        self.rules.resizeColumnToContents(3)
        if self.can_replace:
            self.default_button.setEnabled(from_region)
            self.default_button.setToolTip("" if from_region else self.tr("De meegeleverde lijst is al in gebruik."))

    @staticmethod
    def _source_name(catalogue: Catalogue, code: str) -> str:
        try:
            return catalogue.source(code).title.split(" (")[0].split(":")[0]
        except (KeyError, LookupError, ValueError):
            return code

    def _show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def choose_region_file(self) -> None:
        """Read a region's catalogue file and make it the active catalogue (validated by the services)."""
        path = dialogs.open_file(self, self.tr("Catalogusbestand kiezen"), self.tr("Catalogus (*.json)"))
        if path is None:
            return
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self._show_message(self.tr("Het bestand kan niet worden gelezen: {error}").format(error=exc))
            return
        self._apply(text)

    def use_default(self) -> None:
        self._apply(None)

    def _apply(self, text: str | None) -> None:
        try:
            active = self._services.screening.set_region_catalogue(self.actor, text)
        except ValidationError as exc:
            self._show_message("\n".join(exc.messages.values()))
            return
        except ServiceError as exc:
            self._show_message(str(exc))
            return
        self._show_message(None)
        self.show_catalogue(active.catalogue, active.from_region)

    def is_dirty(self) -> bool:
        """Nothing is edited here: the catalogue is replaced as a whole."""
        return False

    def confirm_leave(self) -> bool:
        """Ask about unsaved input (dialogs.ask_unsaved) before the window closes; True when it may close."""
        return True
