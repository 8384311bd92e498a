"""The login and recovery-key dialogs, driven through their widgets against the real services (the first-run
wizard: test_first_run.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.ui.login import LoginDialog
from tests.conftest import ADMIN_TOTP_SECRET, PASSWORD, USERS


def _login_dialog(qtbot, services) -> LoginDialog:
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    return dialog


def test_wrong_password_shows_the_dutch_message_inline(qtbot, services) -> None:
    dialog = _login_dialog(qtbot, services)
    qtbot.keyClicks(dialog.username, USERS[Role.MIDWIFE][0])
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None
    assert dialog.message.text() == "Onjuiste gebruikersnaam of wachtwoord."
    assert not dialog.message.isHidden()
    assert dialog.password.text() == ""
    assert dialog.result() != LoginDialog.DialogCode.Accepted


def test_right_password_gives_the_actor(qtbot, services) -> None:
    dialog = _login_dialog(qtbot, services)
    dialog.username.setText(USERS[Role.ASSISTANT][0])
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    assert dialog.actor is not None and dialog.actor.role is Role.ASSISTANT
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_beheerder_is_asked_for_the_code(qtbot, services) -> None:
    dialog = _login_dialog(qtbot, services)
    dialog.username.setText(USERS[Role.ADMIN][0])
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    assert dialog.actor is None
    assert not dialog.code.isHidden()
    assert "code" in dialog.message.text()
    dialog.code.setText(totp.current_code(ADMIN_TOTP_SECRET))
    dialog.try_login()
    assert dialog.actor is not None and dialog.actor.second_factor


def test_login_shows_the_practice_and_the_demo_marker(qtbot, services, admin) -> None:
    dialog = _login_dialog(qtbot, services)
    assert dialog.practice_label.text() == "Verloskundigenpraktijk De Testhoek"
    assert dialog.demo_chip.isHidden()
    practice = services.practice.get(admin)
    services.practice.save(admin, {"name": practice.name, "agb_code": practice.agb_code}, is_demo=True)
    demo = _login_dialog(qtbot, services)
    assert not demo.demo_chip.isHidden() and "DEMO" in demo.demo_chip.text()


def test_login_fills_in_the_user_name_and_shows_a_note(qtbot, services) -> None:
    """After the first-run wizard (the new beheerder's name) or for the demo practice (its accounts)."""
    plain = _login_dialog(qtbot, services)
    assert plain.note.isHidden()
    dialog = LoginDialog(services, username=USERS[Role.MIDWIFE][0], note="Meld je aan als verloskundige.")
    qtbot.addWidget(dialog)
    assert dialog.username.text() == USERS[Role.MIDWIFE][0]
    assert not dialog.note.isHidden() and dialog.note.text() == "Meld je aan als verloskundige."
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.password  # the name is there: straight to the password
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role is Role.MIDWIFE


def test_recovery_key_gives_the_beheerder_a_new_password(qtbot, tmp_path) -> None:
    """The login window of a locked store: the recovery key from the safe opens it and resets the beheerder."""
    import pytest

    from ksdesk.app import Gate, open_services
    from ksdesk.records.enums import Role
    from ksdesk.security import totp
    from ksdesk.ui.login import RecoveryDialog
    from tests.conftest import ADMIN_TOTP_SECRET, BACKEND, PRACTICE, USERS

    if BACKEND != "sqlite":
        pytest.skip("the recovery key opens the embedded (encrypted) store")
    folder = tmp_path / "data"
    services = open_services(folder)
    admin = services.accounts.first_run(PRACTICE, *USERS[Role.ADMIN], PASSWORD)
    admin, _codes = services.accounts.confirm_totp_enrolment(admin, ADMIN_TOTP_SECRET,
                                                             totp.current_code(ADMIN_TOTP_SECRET))
    key = services.accounts.take_recovery_key(admin)
    services.close()
    login = LoginDialog(Gate(folder))
    qtbot.addWidget(login)
    assert not login.recovery_button.isHidden()
    dialog = RecoveryDialog(login.gate, login)
    qtbot.addWidget(dialog)
    dialog.key.setText("AAAA-BBBB")
    dialog.username.setText(USERS[Role.ADMIN][0])
    dialog.password.setText("een-nieuw-lang-wachtwoord")
    dialog.repeat.setText("een-nieuw-lang-wachtwoord")
    dialog.try_recover()
    assert "geen geldige herstelsleutel" in dialog.message.text()
    dialog.key.setText(key)
    dialog.try_recover()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    login.username.setText(USERS[Role.ADMIN][0])
    login.password.setText("een-nieuw-lang-wachtwoord")
    login.code.setText(totp.current_code(ADMIN_TOTP_SECRET))
    login._form.setRowVisible(login.code, True)
    login.try_login()
    assert login.actor is not None and login.actor.role is Role.ADMIN
    login.gate.close()
