"""The main window: menu bar, search field, left navigation, the work area and the status bar."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ksdesk import __version__, paths
from ksdesk.security.permissions import Permission, role_allows
from ksdesk.services import Services
from ksdesk.services.accounts import DEFAULT_AUTO_LOCK_MINUTES
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError
from ksdesk.services.views import PracticeView
from ksdesk.ui import dialogs
from ksdesk.ui.accessibility import prepare_screen
from ksdesk.ui.admin_page import AdminPage
from ksdesk.ui.centering_page import CenteringPage
from ksdesk.ui.client_list import ClientListPage
from ksdesk.ui.client_page import ClientPage
from ksdesk.ui.i18n import translate
from ksdesk.ui.lock_screen import IdleWatcher, LockScreen
from ksdesk.ui.monitor_page import MonitorPage
from ksdesk.ui.referrals_page import ReferralsPage
from ksdesk.ui.screening_page import ScreeningPage
from ksdesk.ui.settings import read_bytes, ui_settings
from ksdesk.ui.today_page import TodayPage
from ksdesk.ui.widgets import chip, code_label


def app_icon() -> QIcon:
    """The ksdesk icon from resources/icons."""
    return QIcon(str(paths.resource("icons", "ksdesk.svg")))


SECTIONS: tuple[tuple[str, str], ...] = (
    ("today", "Vandaag"),
    ("clients", "Cliënten"),
    ("signalling", "Signalering"),
    ("referrals", "Verwijzingen"),
    ("centering", "Centering"),
    ("monitor", "Monitor"),
    ("admin", "Beheer"),
)



class MainWindow(QMainWindow):
    """Everything after login for one Actor; remembers its geometry in data_dir/ksdesk-ui.ini."""

    logged_out = Signal()  # closed through Afmelden
    closed = Signal()  # the window has closed (after unsaved changes were dealt with)
    switched_user = Signal(object)  # another user logged in on the lock screen: her Actor (this window closed)

    def __init__(self, services: Services, actor: Actor, data_dir: Path, parent: QWidget | None = None, *,
                 auto_lock_ms: int | None = None, backup_check_ms: int = 30 * 60_000) -> None:
        """auto_lock_ms overrides the practice's auto-lock minutes (tests use a short timeout);
        backup_check_ms is how often the daily automatic backup is checked for (0: never)."""
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.data_dir = Path(data_dir)
        self.logout_requested = False
        self.locked = False
        self.switched_to: Actor | None = None
        self._discard_on_close = False
        self.break_glass_actor: Actor | None = None  # noodtoegang for the client section, while it lasts
        self.break_glass_client_id: int | None = None
        self.clients_allowed = role_allows(actor.role, Permission.CLIENT_SEARCH)
        self.can_write_clients = role_allows(actor.role, Permission.CLIENT_WRITE)
        self.practice = self._load_practice()
        self.setWindowTitle(self._title())
        self.setWindowIcon(app_icon())

        self._build_actions()
        self._build_menus()
        self._build_search_bar()
        self._build_body()
        self._build_status_bar()
        self.idle_watcher = IdleWatcher(self._auto_lock_interval(auto_lock_ms), self)
        self.idle_watcher.idle.connect(self.lock)
        self._recovery_key_offered = False
        self.backup_timer = QTimer(self)
        self.backup_timer.setObjectName("backup_timer")
        self.backup_timer.timeout.connect(self.daily_backup)
        if backup_check_ms > 0 and services.store.path is not None:
            self.backup_timer.start(backup_check_ms)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a letter made, a group chosen: Afdrukken follows the focus
            app.focusChanged.connect(self.update_print_action)
        self.resize(1200, 780)
        self.restore_settings()
        self.show_section("today" if self.clients_allowed else "admin")

    # --- building ---------------------------------------------------------------------------
    def _load_practice(self) -> PracticeView | None:
        try:
            return self._services.practice.get(self.actor)
        except ServiceError:
            return None

    def _title(self) -> str:
        name = self.practice.name if self.practice else ""
        title = f"ksdesk – {name}" if name else "ksdesk"
        return title + (" [DEMO]" if self.practice and self.practice.is_demo else "")

    def _build_actions(self) -> None:
        self.logout_action = QAction(self.tr("&Afmelden"), self)
        self.logout_action.triggered.connect(self.logout)
        self.quit_action = QAction(self.tr("Af&sluiten"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.new_client_action = QAction(self.tr("&Nieuwe cliënte"), self)
        self.new_client_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_client_action.triggered.connect(self.new_client)
        self.find_action = QAction(self.tr("Cliënte &zoeken…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.about_action = QAction(self.tr("&Over ksdesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setObjectName("lock_action")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.import_action = QAction(self.tr("&Importeren uit het dossiersysteem…"), self)
        self.import_action.setObjectName("import_action")
        self.import_action.triggered.connect(self.start_import)
        self.print_action = QAction(self.tr("Af&drukken…"), self)
        self.print_action.setObjectName("print_action")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setStatusTip(self.tr("Drukt af wat dit scherm toont: de brief, het groepsoverzicht of de "
                                               "presentielijst"))
        self.print_action.triggered.connect(self.print_current)
        self.help_action = QAction(self.tr("&Handleiding"), self)
        self.help_action.setObjectName("help_action")
        self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.triggered.connect(self.show_help)
        self.section_actions: dict[str, QAction] = {}
        self.section_group = QActionGroup(self)
        self.section_group.setExclusive(True)
        for number, (key, title) in enumerate(SECTIONS, start=1):
            action = QAction(translate("labels", title), self)
            action.setObjectName(f"go_{key}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.go_to_section(k))
            self.section_group.addAction(action)
            self.section_actions[key] = action
        for action in (self.logout_action, self.quit_action, self.new_client_action, self.find_action,
                       self.about_action, self.lock_action, self.import_action, self.print_action,
                       self.help_action, *self.section_actions.values()):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _build_menus(self) -> None:
        """Bestand, Ga naar and Help, with the shortcuts shown beside each entry."""
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.setObjectName("file_menu")
        if self.clients_allowed and self.can_write_clients:
            file_menu.addAction(self.new_client_action)
        if role_allows(self.actor.role, Permission.CLIENT_IMPORT):
            file_menu.addAction(self.import_action)
        if not file_menu.isEmpty():
            file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        file_menu.aboutToShow.connect(self.update_print_action)
        self.go_menu = go_menu = bar.addMenu(self.tr("&Ga naar"))
        go_menu.setObjectName("go_menu")
        if self.clients_allowed:
            go_menu.addAction(self.find_action)
            go_menu.addSeparator()
        for action in self.section_actions.values():
            go_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_search_bar(self) -> None:
        bar = QToolBar(self.tr("Zoeken"))
        bar.setObjectName("search_toolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setAccessibleName(self.tr("Cliënte zoeken"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(
            self.tr("Zoek een cliënte op naam, BSN, geboortedatum of postcode (Ctrl+F)"))
        self.search_field.setMinimumWidth(300)
        self.search_field.setMaximumWidth(640)
        self.search_field.textEdited.connect(self._search_edited)
        self.search_field.returnPressed.connect(self._search_entered)
        self.search_field.installEventFilter(self)
        bar.addWidget(self.search_field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        if not self.clients_allowed:
            bar.hide()
        self.search_bar = bar

    def _build_body(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Onderdelen"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(120)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, title in SECTIONS:
            item = QListWidgetItem(translate("labels", title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
        self._populate_pages()
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1020])
        self.splitter.setChildrenCollapsible(False)
        info = self._services.practice.public_info()
        name, is_demo = info if info else ("", False)
        self.lock_screen = LockScreen(self._services, self.actor, name, is_demo)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switched.connect(self.switch_user)
        self.root_stack = QStackedWidget()
        self.root_stack.setObjectName("root_stack")
        self.root_stack.addWidget(self.splitter)
        self.root_stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.root_stack)

    def _populate_pages(self) -> None:
        for key, title in SECTIONS:
            page = self._make_page(key, translate("labels", title))
            self.pages[key] = page
            self.stack.addWidget(page)
            prepare_screen(page)

    def replace_actor(self, actor: Actor) -> None:
        """The user's rights changed (second factor set up): rebuild the sections for the new actor."""
        section = self.current_section()
        header = self.client_list.table.horizontalHeader().saveState()
        self.actor = actor
        self.lock_screen.set_actor(actor)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.practice = self._load_practice()
        self._populate_pages()
        self.client_list.table.horizontalHeader().restoreState(header)
        self.client_list.sync_sort_from_header()
        self.setWindowTitle(self._title())
        self._update_status()
        self.show_section(section)
        self.stack.setCurrentWidget(self.pages[section])

    def _make_page(self, key: str, title: str) -> QWidget:
        if key == "clients":
            self.clients_stack = QStackedWidget()
            self.client_list = ClientListPage(self._services, self.actor, can_create=self.can_write_clients)
            self.client_list.open_client.connect(self.open_client)
            self.client_list.new_client.connect(self.new_client)
            self.client_page = ClientPage(self._services, self.actor)
            self.client_page.back_requested.connect(self.back_to_list)
            self.client_page.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            self.client_page.client_saved.connect(lambda _id: self.client_list.refresh())
            self.client_list.break_glass_requested.connect(self.start_break_glass)
            self.client_page.break_glass_requested.connect(self.start_break_glass)
            self.client_page.screening_requested.connect(self.open_screening)
            self.clients_stack.addWidget(self.client_list)
            self.clients_stack.addWidget(self.client_page)
            container = QWidget()
            column = QVBoxLayout(container)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(self._build_break_glass_banner())
            column.addWidget(self.clients_stack, 1)
            return container
        if key == "today":
            self.today_page = TodayPage(self._services, self.actor)
            self.today_page.open_screening.connect(self.open_screening)
            self.today_page.open_section.connect(self.show_section)
            self.today_page.open_referral.connect(self.open_referral)
            self.today_page.open_group.connect(self.open_centering_group)
            return self.today_page
        if key == "signalling":
            self.screening_page = ScreeningPage(self._services, self.actor)
            self.screening_page.referral_requested.connect(self.start_referral)
            self.screening_page.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            return self.screening_page
        if key == "referrals":
            self.referrals_page = ReferralsPage(self._services, self.actor)
            return self.referrals_page
        if key == "centering":
            self.centering_page = CenteringPage(self._services, self.actor)
            return self.centering_page
        if key == "monitor":
            self.monitor_page = MonitorPage(self._services, self.actor)
            return self.monitor_page
        if key == "admin":
            self.admin_page = AdminPage(self._services, self.actor, data_dir=self.data_dir)
            self.admin_page.practice_saved.connect(self._practice_changed)
            self.admin_page.actor_changed.connect(self.replace_actor)
            self.admin_page.store_restored.connect(self.after_restore)
            return self.admin_page
        raise KeyError(key)

    def _build_break_glass_banner(self) -> QFrame:
        self.break_glass_banner = QFrame()
        self.break_glass_banner.setObjectName("break_glass_banner")
        self.break_glass_banner.setStyleSheet(
            "QFrame#break_glass_banner { background: #b3261e; }"
            " QFrame#break_glass_banner QLabel { color: white; font-weight: 600; }")
        row = QHBoxLayout(self.break_glass_banner)
        row.setContentsMargins(16, 6, 10, 6)
        self.break_glass_label = QLabel()
        self.break_glass_label.setObjectName("break_glass_label")
        self.break_glass_label.setWordWrap(True)
        row.addWidget(self.break_glass_label, 1)
        self.end_break_glass_button = QPushButton(self.tr("Noodtoegang beëindigen"))
        self.end_break_glass_button.setObjectName("end_break_glass_button")
        self.end_break_glass_button.clicked.connect(self.end_break_glass)
        row.addWidget(self.end_break_glass_button)
        self.break_glass_banner.hide()
        return self.break_glass_banner

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.user_label = QLabel(self.actor.display_name)
        self.user_label.setObjectName("status_user")
        self.role_label = QLabel(code_label(self.actor.role))
        self.role_label.setObjectName("status_role")
        self.practice_label = QLabel()
        self.practice_label.setObjectName("status_practice")
        self.demo_chip = chip(self.tr("DEMO – fictieve gegevens"), "demo")
        self.demo_chip.setObjectName("status_demo")
        for widget in (self.demo_chip, self.practice_label, self.user_label, self.role_label):
            status.addPermanentWidget(widget)
        self._update_status()

    def _update_status(self) -> None:
        self.practice_label.setText(self.practice.name if self.practice else "")
        self.demo_chip.setVisible(bool(self.practice and self.practice.is_demo))
        self.role_label.setText("· " + code_label(self.actor.role))

    def _practice_changed(self, practice: PracticeView) -> None:
        self.practice = practice
        self.setWindowTitle(self._title())
        self._update_status()

    # --- navigation -------------------------------------------------------------------------
    def current_section(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_section(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def _nav_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        # noodtoegang lasts while she stays with the client: her dossier and its signalling
        if key not in ("clients", "signalling") and self.break_glass_actor is not None and not self.end_break_glass():
            self.show_section("clients")  # unsaved edits under noodtoegang: she chose to stay
            return
        self.stack.setCurrentWidget(self.pages[key])
        self.section_actions[key].setChecked(True)
        prepare_screen(self.pages[key])  # forms built or changed since (a new catalogue, a new referral step)
        self.update_print_action()
        if key == "clients" and not getattr(self, "_arriving_by_search", False):
            self.client_list.ensure_loaded()

    def go_to_section(self, key: str) -> None:
        """Ga naar › a section (Ctrl+1 … Ctrl+7); the keyboard lands in the section's first control."""
        self.show_section(key)
        if self.current_section() != key:
            self.section_actions[self.current_section()].setChecked(True)
            return
        page = self.stack.currentWidget()
        focused = QApplication.focusWidget()
        if page is not None and (focused is None or not page.isAncestorOf(focused)):
            self._focus_first_in(page)

    @staticmethod
    def _focus_first_in(page: QWidget) -> None:
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def focus_search(self) -> None:
        """Ctrl+F: jump to Cliënten (the list) and put the cursor in the search field."""
        if not self.clients_allowed and self.break_glass_actor is None:
            self.show_section("clients")
            return
        self.show_section("clients")
        self.clients_stack.setCurrentWidget(self.client_list)
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_edited(self, text: str) -> None:
        # The client page stays as it is (unsaved edits are kept); the list shows the results. Arriving here by
        # typing, the list shows the query's results only (no load of the whole list first).
        self._arriving_by_search = True
        try:
            self.show_section("clients")
        finally:
            self._arriving_by_search = False
        self.clients_stack.setCurrentWidget(self.client_list)
        self.client_list.schedule_query(text)

    def _search_entered(self) -> None:
        self.show_section("clients")
        self.clients_stack.setCurrentWidget(self.client_list)
        self.client_list.flush_query()
        self.client_list.open_current()

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if (watched is self.search_field and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down):
            self.client_list.flush_query()
            self.client_list.table.setFocus()
            if self.client_list.model.rowCount():
                self.client_list.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # --- clients ----------------------------------------------------------------------------
    def open_client(self, client_id: int) -> None:
        """Show a client's page; unsaved changes to another client are asked about first."""
        self.show_section("clients")
        if (self.break_glass_actor is not None and self.break_glass_client_id not in (None, client_id)
                and not self.end_break_glass()):
            return  # noodtoegang is for one client: opening another one ends it first
        page = self.client_page
        if page.client_id == client_id:
            self.clients_stack.setCurrentWidget(page)
            return
        if not page.confirm_leave():
            self.clients_stack.setCurrentWidget(page)
            return
        if page.load_client(client_id):
            self.clients_stack.setCurrentWidget(page)
            if self.break_glass_actor is not None:
                self.break_glass_client_id = client_id

    def new_client(self) -> None:
        if not self.can_write_clients:
            return
        self.show_section("clients")
        page = self.client_page
        if page.client_id is None and page.is_dirty():
            self.clients_stack.setCurrentWidget(page)  # a half-filled new client: carry on with it
            return
        if not page.confirm_leave():
            self.clients_stack.setCurrentWidget(page)
            return
        page.start_new()
        self.clients_stack.setCurrentWidget(page)
        page.client_fields.widgets["given_names"].setFocus()

    def back_to_list(self) -> None:
        if not self.client_page.confirm_leave():
            return
        if self.break_glass_client_id is not None:
            self.end_break_glass()  # leaving the client ends noodtoegang
            return
        self.clients_stack.setCurrentWidget(self.client_list)
        self.client_list.table.setFocus()

    # --- noodtoegang (break-glass) ----------------------------------------------------------
    def start_break_glass(self, client_id: int | None = None) -> bool:
        """Ask the written reason; the services log it and give an elevated actor, used for the client
        section only, until the user leaves the client (or the section, or ends it herself)."""
        if self.break_glass_actor is not None:
            return True
        elevated = dialogs.break_glass(self, lambda reason: self._services.accounts.break_glass(self.actor, reason))
        if elevated is None:
            return False
        self.break_glass_actor = elevated
        self.break_glass_client_id = None
        self.break_glass_label.setText(self.tr("Noodtoegang actief: {reason}").format(
            reason=elevated.break_glass_reason))
        self.break_glass_banner.show()
        self.client_list.set_actor(elevated, can_create=False)
        self.client_page.set_actor(elevated)
        self.screening_page.set_actor(elevated)
        self.search_bar.show()
        self.show_section("clients")
        if client_id is not None:
            self.open_client(client_id)
        else:
            self.clients_stack.setCurrentWidget(self.client_list)
            self.client_list.refresh()
            self.focus_search_field()
        return True

    def end_break_glass(self) -> bool:
        """Back to the user's own rights; unsaved edits made under noodtoegang are asked about first."""
        if self.break_glass_actor is None:
            return True
        if not self.client_page.confirm_leave():
            return False
        self.break_glass_actor = None
        self.break_glass_client_id = None
        self.break_glass_banner.hide()
        self.client_page.set_actor(self.actor)
        self.screening_page.set_actor(self.actor)
        self.client_page.start_new()  # nothing of her dossier stays on screen
        self.client_list.set_actor(self.actor, can_create=self.can_write_clients)
        self.search_bar.setVisible(self.clients_allowed and not self.locked)
        self.clients_stack.setCurrentWidget(self.client_list)
        if self.current_section() == "clients":
            self.client_list.ensure_loaded()
        return True

    def focus_search_field(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search_field.selectAll()

    # --- locking ----------------------------------------------------------------------------
    def _auto_lock_interval(self, override_ms: int | None) -> int:
        if override_ms is not None:
            return override_ms
        try:
            minutes = self._services.accounts.auto_lock_minutes(self.actor)
        except ServiceError:
            minutes = DEFAULT_AUTO_LOCK_MINUTES
        return minutes * 60_000

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.locked and not self.idle_watcher.timer.isActive():
            self.idle_watcher.start()
        if not self._recovery_key_offered:
            self._recovery_key_offered = True
            QTimer.singleShot(0, self.offer_recovery_key)

    # --- data safety --------------------------------------------------------------------------
    def offer_recovery_key(self) -> None:
        """A beheerder sees the store's recovery key once (after practice creation or encryption)."""
        try:
            key = self._services.accounts.take_recovery_key(self.actor)
        except ServiceError:
            return
        if key is None:
            return
        from ksdesk.letters.recovery_sheet import render_recovery_sheet
        from ksdesk.records.gestation import format_date

        name = self.practice.name if self.practice else ""
        dialogs.recovery_key(self, key, render_recovery_sheet(name, key, format_date(dt.date.today())))

    def daily_backup(self) -> None:
        """While open: the automatic daily backup when it is due (status bar on success, a message on failure)."""
        if self.locked:
            return
        from ksdesk.ui.background import run_with_progress

        try:
            if not self._services.backups.due(self.actor):
                return
            made = run_with_progress(self, self.tr("Reservekopie"), self.tr("Dagelijkse reservekopie maken…"),
                                     lambda: self._services.backups.make(self.actor, "automatisch"))
        except ServiceError as exc:
            dialogs.error(self, self.tr("Reservekopie"), self.tr(
                "De dagelijkse reservekopie is niet gelukt: {reason}").format(reason=exc))
            return
        self.statusBar().showMessage(self.tr("Reservekopie gemaakt: {name}").format(name=made.name), 8000)

    def after_restore(self) -> None:
        """A backup replaced the data: everyone logs in again (nothing unsaved can belong to the new data)."""
        self._discard_on_close = True
        self.logout()

    def _lockable_actions(self) -> tuple[QAction, ...]:
        return (self.logout_action, self.new_client_action, self.find_action, self.lock_action, self.import_action,
                *self.section_actions.values())

    def lock(self) -> None:
        """Hide the content behind the lock screen (Ctrl+L, or after the auto-lock time without input).
        Unsaved edits stay where they are until the same user unlocks."""
        if self.locked:
            return
        self.locked = True
        self.idle_watcher.stop()
        self.client_list.cancel_pending()
        self.statusBar().clearMessage()
        self.lock_screen.reset()
        self.root_stack.setCurrentWidget(self.lock_screen)
        self.search_bar.hide()
        for action in self._lockable_actions():
            action.setEnabled(False)
        self.print_action.setEnabled(False)
        self.lock_screen.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self) -> None:
        """The same user is back: show her work as she left it."""
        if not self.locked:
            return
        self.locked = False
        self.root_stack.setCurrentWidget(self.splitter)
        self.search_bar.setVisible(self.clients_allowed or self.break_glass_actor is not None)
        for action in self._lockable_actions():
            action.setEnabled(True)
        self.update_print_action()
        self.idle_watcher.start()

    def _feature_pages(self) -> list[ScreeningPage | ReferralsPage | CenteringPage | MonitorPage]:
        return [self.screening_page, self.referrals_page, self.centering_page, self.monitor_page]

    def has_unsaved_changes(self) -> bool:
        return (self.client_page.is_dirty() or self.admin_page.is_dirty()
                or any(page.is_dirty() for page in self._feature_pages()))

    # --- between sections -------------------------------------------------------------------
    def open_screening(self, pregnancy_id: int) -> None:
        """From the client page: the signalling of one pregnancy."""
        self.show_section("signalling")
        if self.current_section() == "signalling":
            self.screening_page.open_pregnancy(pregnancy_id)

    def open_referral(self, referral_id: int) -> None:
        """From a worklist: one referral in Verwijzingen."""
        self.show_section("referrals")
        if self.current_section() == "referrals":
            self.referrals_page.open_referral(referral_id)

    def open_centering_group(self, group_id: int) -> None:
        """From a worklist: one Centering group."""
        self.show_section("centering")
        if self.current_section() == "centering":
            page = self.centering_page
            if page.groups_table.rowCount() == 0:
                page.load_groups()
            page.tabs.setCurrentIndex(1)  # Groepen
            page.select_group(group_id)

    def start_referral(self, pregnancy_id: int, assessment_id: int) -> None:
        """A referral decision in Signalering: compose the referral in Verwijzingen."""
        self.show_section("referrals")
        if self.current_section() == "referrals":
            self.referrals_page.start_referral(pregnancy_id, assessment_id or None)

    def switch_user(self, actor: Actor) -> None:
        """Another user logged in on the lock screen: close this user's session and hand over.

        Saved work is in the database; unsaved edits of the first user are thrown away only after
        confirmation (the new user cannot save them under the first user's name)."""
        if self.has_unsaved_changes() and not dialogs.confirm(
                self, self.tr("Andere gebruiker"),
                self.tr("{name} heeft wijzigingen die nog niet zijn opgeslagen. Als {other} zich nu aanmeldt, "
                        "gaan die wijzigingen verloren. Opgeslagen werk blijft bewaard.").format(
                    name=self.actor.display_name, other=actor.display_name),
                self.tr("Wijzigingen weggooien en aanmelden")):
            self.lock_screen.show_unlock()
            return
        self.switched_to = actor
        self._discard_on_close = True
        if not self.close():  # pragma: no cover - nothing left to refuse the close
            self._discard_on_close = False
            self.switched_to = None
            return
        self.switched_user.emit(actor)

    def start_import(self) -> None:
        """Bestand › Importeren: clients and pregnancies from the record system's export."""
        from ksdesk.ui.import_dialog import run_import

        run_import(self, self._services, self.actor)
        if self.clients_allowed:
            self.client_list.refresh()

    # --- printing and help -------------------------------------------------------------------
    def _printable_page(self) -> QWidget | None:
        """The current section's page when it shows something to print (its can_print()/print_current() hook)."""
        if self.locked:
            return None
        page = self.pages.get(self.current_section())
        can_print = getattr(page, "can_print", None)
        return page if can_print is not None and can_print() else None

    def update_print_action(self, *_: object) -> None:
        """Afdrukken is available where the screen shows a letter, a group or an attendance sheet."""
        self.print_action.setEnabled(self._printable_page() is not None)

    def print_current(self) -> None:
        """Ctrl+P: print what the current screen shows."""
        page = self._printable_page()
        if page is None:
            self.print_action.setEnabled(False)
            self.statusBar().showMessage(self.tr("Op dit scherm is niets om af te drukken."), 6000)
            return
        page.print_current()  # type: ignore[attr-defined]

    def show_help(self) -> None:
        """F1: the user manual."""
        try:
            from ksdesk.ui.help_window import show_manual
        except ImportError as exc:  # the manual's window is not part of this build yet
            if exc.name != "ksdesk.ui.help_window":
                raise
            dialogs.info(self, self.tr("Handleiding"), self.tr(
                "De handleiding komt in een volgende versie van ksdesk. Vraag tot die tijd de beheerder van de "
                "praktijk."))
            return
        show_manual(self)

    # --- leaving ----------------------------------------------------------------------------
    def logout(self) -> None:
        self.logout_requested = True
        if not self.close():
            self.logout_requested = False

    def show_about(self) -> None:
        store = self._services.store
        if store.path is None:
            where = self.tr("Databaseserver (PostgreSQL); versleuteling en reservekopieën regelt de server.")
        else:
            kind = self.tr("versleuteld (SQLCipher)") if store.encrypted else self.tr("nog niet versleuteld")
            where = self.tr("Gegevensmap: {folder}<br>Database: {file}, {kind}").format(
                folder=escape(str(store.path.parent)), file=escape(store.path.name), kind=kind)
        dialogs.about(self, self.tr("Over ksdesk"), self.tr(
            "<h3>ksdesk {version}</h3><p>Kansrijke Start voor de verloskundigenpraktijk: cliënten, signalering "
            "van kwetsbaarheid, verwijzingen en planning van CenteringZwangerschap.</p>"
            "<p>Werkt zonder internet; de gegevens blijven op deze computer of de eigen server van de "
            "praktijk.</p><p>{where}</p>").format(version=__version__, where=where))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and not self._discard_on_close:
            # Nobody who is not the locked user may decide about her unsaved edits.
            if self.has_unsaved_changes():
                dialogs.error(self, self.tr("Vergrendeld"), self.tr(
                    "{name} heeft wijzigingen die nog niet zijn opgeslagen. Ontgrendel eerst, of meld je aan "
                    "als andere gebruiker.").format(name=self.actor.display_name))
                event.ignore()
                return
        elif not self._discard_on_close:
            confirms = [self.client_page.confirm_leave, self.admin_page.confirm_leave,
                        *(page.confirm_leave for page in self._feature_pages())]
            for confirm in confirms:
                if not confirm():
                    event.ignore()
                    return
        self.idle_watcher.stop()
        self.client_list.cancel_pending()
        self.save_settings()
        event.accept()
        self.closed.emit()
        if self.logout_requested:
            self.logged_out.emit()

    # --- settings ---------------------------------------------------------------------------
    def save_settings(self) -> None:
        """Geometry, splitter and column widths to data_dir/ksdesk-ui.ini."""
        settings = ui_settings(self.data_dir)
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("clients/header", self.client_list.table.horizontalHeader().saveState())
        self.admin_page.save_settings(settings)
        settings.sync()

    def restore_settings(self) -> None:
        settings = ui_settings(self.data_dir)
        geometry = read_bytes(settings, "main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = read_bytes(settings, "main/state")
        if state is not None:
            self.restoreState(state)
            self.search_bar.setVisible(self.clients_allowed)
        splitter = read_bytes(settings, "main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = read_bytes(settings, "clients/header")
        if header is not None:
            self.client_list.table.horizontalHeader().restoreState(header)
            self.client_list.sync_sort_from_header()
        self.client_list.sync_sort_from_header()
        self.admin_page.restore_settings(settings)

