"""Auto-lock: an idle watcher over the whole application, and the lock screen that hides the window's content.

Only the locked user unlocks (her password, and her code when she logged in with a second factor); someone
else can log in through 'Andere gebruiker', which ends the first user's session (the main window decides
what happens to unsaved edits).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ksdesk.services import Services
from ksdesk.services.accounts import SecondFactorRequired
from ksdesk.services.context import Actor
from ksdesk.services.errors import ServiceError
from ksdesk.ui.widgets import chip, error_colour, heading, hint, message_label, new_form

# What counts as the user being at the desk (not paint or timer events).
ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    """Application-wide event filter: every key or mouse event restarts the timer; `idle` fires when it runs
    out. interval_ms comes from the practice's auto-lock setting (tests inject a short one)."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, interval_ms))
        self.timer.timeout.connect(self.idle)
        self._installed = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (locked, or the window closed)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(240)
    return edit


class LockScreen(QWidget):
    """Shown instead of the window's content. unlocked: the same user is back. switched(actor): another user
    logged in (the main window closes the first user's session)."""

    unlocked = Signal()
    switched = Signal(object)

    def __init__(self, services: Services, actor: Actor, practice_name: str, is_demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.setObjectName("lock_screen")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("lock_card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setMinimumWidth(420)
        self.card.setMaximumWidth(520)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(28, 22, 28, 20)
        top = QHBoxLayout()
        self.practice_label = heading(practice_name or "ksdesk", 1.4)
        self.practice_label.setObjectName("lock_practice")
        self.practice_label.setWordWrap(True)
        top.addWidget(self.practice_label, 1)
        if is_demo:
            top.addWidget(chip(self.tr("DEMO"), "demo"), 0, Qt.AlignmentFlag.AlignTop)
        card.addLayout(top)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_unlock_page())
        self.pages.addWidget(self._build_switch_page())
        card.addWidget(self.pages)
        row.addWidget(self.card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

    # --- building ---------------------------------------------------------------------------
    def _build_unlock_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 6, 0, 0)
        self.locked_label = QLabel(self.tr("Vergrendeld — alleen {name} kan ontgrendelen").format(
            name=self._actor.display_name))
        self.locked_label.setObjectName("locked_label")
        self.locked_label.setWordWrap(True)
        column.addWidget(self.locked_label)
        form = self._unlock_form = new_form()
        self.password = _password_edit("unlock_password")
        form.addRow(self.tr("&Wachtwoord"), self.password)
        self.code = QLineEdit()
        self.code.setObjectName("unlock_code")
        self.code.setPlaceholderText(self.tr("6 cijfers uit je app"))
        self.code_label = QLabel(self.tr("&Code"))
        self.code_label.setBuddy(self.code)
        form.addRow(self.code_label, self.code)
        self._set_code_visible(self._actor.second_factor)
        column.addLayout(form)
        self.message = message_label("unlock_message")
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Andere gebruiker"))
        self.other_button.setObjectName("other_user_button")
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self.show_switch)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("Ontgrendelen"))
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons.addWidget(self.unlock_button)
        column.addLayout(buttons)
        self.password.returnPressed.connect(self.try_unlock)
        self.code.returnPressed.connect(self.try_unlock)
        return page

    def _build_switch_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(QLabel(self.tr("Aanmelden als andere gebruiker")))
        column.addWidget(hint(self.tr(
            "Dit sluit de sessie van {name}. Opgeslagen werk blijft bewaard.").format(name=self._actor.display_name)))
        form = new_form()
        self.other_username = QLineEdit()
        self.other_username.setObjectName("other_username")
        self.other_password = _password_edit("other_password")
        self.other_code = QLineEdit()
        self.other_code.setObjectName("other_code")
        self.other_code.setPlaceholderText(self.tr("6 cijfers, of een herstelcode"))
        self.other_code_label = QLabel(self.tr("C&ode"))
        self.other_code_label.setBuddy(self.other_code)
        form.addRow(self.tr("Gebr&uikersnaam"), self.other_username)  # Alt+G: menu Ga naar
        form.addRow(self.tr("W&achtwoord"), self.other_password)
        form.addRow(self.other_code_label, self.other_code)
        self._switch_form = form
        form.setRowVisible(self.other_code, False)
        column.addLayout(form)
        self.other_message = message_label("other_message")
        column.addWidget(self.other_message)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Terug"))
        back.setObjectName("switch_back_button")
        back.setAutoDefault(False)
        back.clicked.connect(self.show_unlock)
        buttons.addWidget(back)
        buttons.addStretch(1)
        self.switch_button = QPushButton(self.tr("Aanmelden"))
        self.switch_button.setObjectName("switch_button")
        self.switch_button.clicked.connect(self.try_switch)
        buttons.addWidget(self.switch_button)
        column.addLayout(buttons)
        for edit in (self.other_username, self.other_password, self.other_code):
            edit.returnPressed.connect(self.try_switch)
        return page

    def _set_code_visible(self, visible: bool) -> None:
        self._unlock_form.setRowVisible(self.code, visible)

    # --- states -----------------------------------------------------------------------------
    def set_actor(self, actor: Actor) -> None:
        """The same user with changed rights (she set up her second factor)."""
        self._actor = actor
        self._set_code_visible(actor.second_factor)

    def reset(self) -> None:
        """Fresh for a new lock: empty fields, no messages, the unlock page."""
        for edit in (self.password, self.code, self.other_username, self.other_password, self.other_code):
            edit.clear()
        self.message.hide()
        self.other_message.hide()
        self._switch_form.setRowVisible(self.other_code, False)
        self.show_unlock()

    def show_unlock(self) -> None:
        self._show_page(0)
        self.password.setFocus()

    def show_switch(self) -> None:
        self._show_page(1)
        self.other_username.setFocus()

    def _show_page(self, index: int) -> None:
        """Show one page; the card takes that page's height (not the tallest page's)."""
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    def _show(self, label: QLabel, text: str, error: bool = True) -> None:
        label.setStyleSheet(f"color: {error_colour()}; font-weight: 600;" if error else "font-weight: 600;")
        label.setText(text)
        label.show()

    # --- unlocking --------------------------------------------------------------------------
    def try_unlock(self) -> bool:
        """Her own user name with the typed password (and code): a login like any other, so a wrong
        password is logged and counts toward the lockout."""
        code = self.code.text().strip() if not self.code.isHidden() else None
        try:
            actor = self._services.accounts.login(self._actor.username, self.password.text(), code or None)
        except SecondFactorRequired as exc:
            self._set_code_visible(True)
            self._show(self.message, str(exc), error=False)
            self.code.setFocus()
            return False
        except ServiceError as exc:
            self._show(self.message, str(exc))
            self.password.clear()
            self.code.clear()
            self.password.setFocus()
            return False
        if actor.user_id != self._actor.user_id:  # cannot happen: same user name
            return False
        self.reset()
        self.unlocked.emit()
        return True

    def try_switch(self) -> bool:
        """Another user logs in; the same user is treated as unlocking."""
        code = self.other_code.text().strip() if not self.other_code.isHidden() else None
        try:
            actor = self._services.accounts.login(self.other_username.text(), self.other_password.text(),
                                                  code or None)
        except SecondFactorRequired as exc:
            self._switch_form.setRowVisible(self.other_code, True)
            self._show(self.other_message, str(exc), error=False)
            self.other_code.setFocus()
            return False
        except ServiceError as exc:
            self._show(self.other_message, str(exc))
            if not self.other_code.isHidden():
                self.other_code.clear()
                self.other_code.setFocus()
            else:
                self.other_password.clear()
                self.other_password.setFocus()
            return False
        if actor.user_id == self._actor.user_id:
            self.reset()
            self.unlocked.emit()
            return True
        self.switched.emit(actor)
        return True
