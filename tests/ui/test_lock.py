"""Auto-lock: idle timeout and Ctrl+L hide the content; the same user unlocks; another user takes over."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.security.audit import Outcome
from ksdesk.services.audit_log import AuditFilter
from tests.conftest import ADMIN_TOTP_SECRET, PASSWORD, USERS
from tests.ui.conftest import no_bsn_client


def _content_hidden(window) -> bool:
    return window.root_stack.currentWidget() is window.lock_screen and not window.splitter.isVisible()


def test_idle_locks_and_the_same_user_unlocks(qtbot, make_window, services, admin, midwife) -> None:
    window = make_window(midwife, auto_lock_ms=150)
    window.show()
    qtbot.waitExposed(window)
    assert not window.locked and window.splitter.isVisible()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert _content_hidden(window)
    assert window.search_bar.isHidden()
    screen = window.lock_screen
    assert screen.practice_label.text() == "Verloskundigenpraktijk De Testhoek"
    assert screen.locked_label.text() == "Vergrendeld — alleen Mila Verloskundige kan ontgrendelen"
    assert screen.code.isHidden()  # she has no second factor
    assert not window.find_action.isEnabled() and not window.new_client_action.isEnabled()

    qtbot.keyClicks(screen.password, "not-her-password")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert screen.message.text() == "Onjuiste gebruikersnaam of wachtwoord."
    failures = [e for e in services.audit.entries(admin, AuditFilter(user_id=midwife.user_id), limit=50)
                if e.event == "login" and e.outcome == Outcome.FAILED]
    assert len(failures) == 1  # a wrong password on the lock screen counts like any login

    qtbot.keyClicks(screen.password, PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not window.locked
    assert window.splitter.isVisible() and not window.search_bar.isHidden()
    assert window.find_action.isEnabled()
    assert window.idle_watcher.timer.isActive()  # watching again


def test_activity_postpones_the_lock(qtbot, make_window, midwife) -> None:
    window = make_window(midwife, auto_lock_ms=400)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(window.search_field, Qt.Key.Key_Shift)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_ctrl_l_locks_at_once_and_keeps_unsaved_edits(qtbot, make_window, services, midwife) -> None:
    client = services.clients.create(midwife, no_bsn_client())
    window = make_window(midwife)
    window.show()
    qtbot.waitExposed(window)
    window.open_client(client.id)
    window.client_page.client_fields.set_value("city", "Heerlen")
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert "Vergrendelen" in [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    window.activateWindow()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and _content_hidden(window)
    window.lock_screen.password.setText(PASSWORD)
    assert window.lock_screen.try_unlock()
    assert window.client_page.client_fields.value("city") == "Heerlen"  # nothing lost


def test_beheerder_unlocks_with_password_and_code(qtbot, make_window, admin) -> None:
    window = make_window(admin)
    window.lock()
    screen = window.lock_screen
    assert not screen.code.isHidden()
    screen.password.setText(PASSWORD)
    assert not screen.try_unlock()
    assert window.locked and "code" in screen.message.text()
    screen.password.setText(PASSWORD)
    screen.code.setText(totp.current_code(ADMIN_TOTP_SECRET))
    assert screen.try_unlock()
    assert not window.locked


def test_another_user_takes_over(qtbot, make_window, midwife, dialog_recorder) -> None:
    window = make_window(midwife)
    window.show()
    window.lock()
    screen = window.lock_screen
    qtbot.mouseClick(screen.other_button, Qt.MouseButton.LeftButton)
    screen.other_username.setText(USERS[Role.ASSISTANT][0])
    screen.other_password.setText("wrong-password-typed")
    assert not screen.try_switch()
    assert screen.other_message.text() == "Onjuiste gebruikersnaam of wachtwoord."
    screen.other_password.setText(PASSWORD)
    with qtbot.waitSignal(window.switched_user, timeout=1000) as signal:
        qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)
    new_actor = signal.args[0]
    assert new_actor.username == "anna" and window.switched_to == new_actor
    assert window.isHidden()
    assert dialog_recorder.names() == []  # nothing unsaved: no question
    other = make_window(new_actor)
    assert other.user_label.text() == "Anna Assistent"


def test_switching_asks_before_unsaved_edits_are_dropped(qtbot, make_window, services, midwife,
                                                         dialog_recorder) -> None:
    client = services.clients.create(midwife, no_bsn_client(city="Sittard"))
    window = make_window(midwife)
    window.show()
    window.open_client(client.id)
    window.client_page.client_fields.set_value("city", "Heerlen")
    window.lock()
    screen = window.lock_screen
    screen.show_switch()
    screen.other_username.setText("anna")
    screen.other_password.setText(PASSWORD)
    dialog_recorder.confirm_answer = False
    assert screen.try_switch()
    assert dialog_recorder.names() == ["confirm"]
    assert window.locked and window.switched_to is None and not window.isHidden()
    assert window.client_page.client_fields.value("city") == "Heerlen"  # still there for Mila
    dialog_recorder.confirm_answer = True
    screen.show_switch()
    screen.other_username.setText("anna")
    screen.other_password.setText(PASSWORD)
    assert screen.try_switch()
    assert window.switched_to is not None and window.isHidden()
    assert services.clients.get(midwife, client.id).city == "Sittard"  # saved work unchanged


def test_closing_a_locked_window_with_unsaved_edits_is_refused(qtbot, make_window, services, midwife,
                                                               dialog_recorder) -> None:
    client = services.clients.create(midwife, no_bsn_client())
    window = make_window(midwife)
    window.show()
    window.open_client(client.id)
    window.client_page.client_fields.set_value("city", "Heerlen")
    window.lock()
    assert not window.close()
    assert dialog_recorder.names() == ["error"]
    assert "ask_unsaved" not in dialog_recorder.names()
