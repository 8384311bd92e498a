"""First-run set-up and login dialogs, driven through their widgets against the real services."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.ui.login import FirstRunDialog, LoginDialog
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


def _fill_first_run(dialog: FirstRunDialog, **overrides: str) -> None:
    values = {"name": "Verloskundigenpraktijk Het Anker", "agb_code": "03054321", "street": "Havenweg 2",
              "postcode": "1011 AB", "city": "Amsterdam", "phone": "020 123 4567", "email": "info@anker.example",
              "username": "ria", "display_name": "Ria Rijpstra", "password": PASSWORD,
              "password_repeat": PASSWORD}
    values.update(overrides)
    dialog.fields.set_values(values)


def test_first_run_creates_practice_and_beheerder(qtbot, empty_services) -> None:
    dialog = FirstRunDialog(empty_services)
    qtbot.addWidget(dialog)
    _fill_first_run(dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert not empty_services.accounts.needs_setup()
    actor = empty_services.accounts.login("ria", PASSWORD)
    assert actor.role is Role.ADMIN and actor.display_name == "Ria Rijpstra"


def test_first_run_shows_messages_at_fields_and_stores_nothing(qtbot, empty_services) -> None:
    dialog = FirstRunDialog(empty_services)
    qtbot.addWidget(dialog)
    _fill_first_run(dialog, agb_code="12", postcode="ABCD")
    dialog.try_create()
    assert dialog.fields.error_text("agb_code") == "Een AGB-code bestaat uit 8 cijfers."
    assert "postcode" in dialog.fields.error_text("postcode").lower()
    assert dialog.fields.error_text("name") == ""
    assert empty_services.accounts.needs_setup()


def test_first_run_password_repeat_must_match(qtbot, empty_services) -> None:
    dialog = FirstRunDialog(empty_services)
    qtbot.addWidget(dialog)
    _fill_first_run(dialog, password_repeat="something-else-entirely")
    dialog.try_create()
    assert dialog.fields.error_text("password_repeat") == "De wachtwoorden zijn niet gelijk."
    assert empty_services.accounts.needs_setup()


def test_login_shows_the_practice_and_the_demo_marker(qtbot, services, admin) -> None:
    dialog = _login_dialog(qtbot, services)
    assert dialog.practice_label.text() == "Verloskundigenpraktijk De Testhoek"
    assert dialog.demo_chip.isHidden()
    practice = services.practice.get(admin)
    services.practice.save(admin, {"name": practice.name, "agb_code": practice.agb_code}, is_demo=True)
    demo = _login_dialog(qtbot, services)
    assert not demo.demo_chip.isHidden() and "DEMO" in demo.demo_chip.text()


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
