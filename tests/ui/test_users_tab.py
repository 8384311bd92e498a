"""Beheer › Gebruikers: create, rename and change role, (de)activate, reset password, unlock, auto-lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ksdesk.records.enums import Role
from ksdesk.services.accounts import LoginFailed
from tests.conftest import PASSWORD

NEW_PASSWORD = "a-fresh-long-password-7"


def _tab(make_window, admin):
    return make_window(admin).admin_page.users_tab


def _usernames(tab) -> list[str]:
    return sorted(tab.table.item(r, 0).text() for r in range(tab.table.rowCount()))


def test_create_user_through_the_form(qtbot, make_window, services, admin) -> None:
    tab = _tab(make_window, admin)
    assert _usernames(tab) == ["anna", "bea", "mila"]
    assert not tab.create_box.isHidden() and tab.edit_box.isHidden()
    qtbot.keyClicks(tab.create_fields.widgets["username"], "joke")
    qtbot.keyClicks(tab.create_fields.widgets["display_name"], "Joke Peters")
    tab.create_fields.set_value("role", Role.ASSISTANT)
    qtbot.keyClicks(tab.create_fields.widgets["password"], NEW_PASSWORD)
    qtbot.keyClicks(tab.create_fields.widgets["password_repeat"], NEW_PASSWORD)
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    assert "joke" in _usernames(tab)
    assert tab.selected is not None and tab.selected.username == "joke"
    assert "aangemaakt" in tab.message.text()
    actor = services.accounts.login("joke", NEW_PASSWORD)
    assert actor.role is Role.ASSISTANT and actor.display_name == "Joke Peters"


def test_create_user_messages_inline(qtbot, make_window, services, admin) -> None:
    tab = _tab(make_window, admin)
    tab.create_fields.set_values({"username": "Joke Peters", "display_name": "", "password": "kort",
                                  "password_repeat": "kort"})
    assert not tab.create_user()
    assert "kleine letters" in tab.create_fields.error_text("username")
    assert tab.create_fields.error_text("display_name") == "Verplicht veld."
    assert tab.create_fields.error_text("password")
    tab.create_fields.set_values({"username": "mila", "display_name": "Mila Twee", "password": NEW_PASSWORD,
                                  "password_repeat": NEW_PASSWORD + "x"})
    assert not tab.create_user()
    assert tab.create_fields.error_text("password_repeat") == "De wachtwoorden zijn niet gelijk."
    tab.create_fields.set_value("password_repeat", NEW_PASSWORD)
    assert not tab.create_user()
    assert tab.create_fields.error_text("username") == "Deze gebruikersnaam bestaat al."
    assert len(services.accounts.list_users(admin)) == 3


def test_change_role_and_name_deactivate_and_activate(qtbot, make_window, services, admin, midwife) -> None:
    tab = _tab(make_window, admin)
    tab.select_user(midwife.user_id)
    assert tab.edit_box.title() == "mila" and tab.active_button.text() == "Deactiveren"
    tab.edit_fields.set_values({"display_name": "Mila de Groot", "role": Role.ASSISTANT})
    assert tab.save_user()
    user = next(u for u in services.accounts.list_users(admin) if u.username == "mila")
    assert (user.display_name, user.role) == ("Mila de Groot", Role.ASSISTANT)

    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert "gedeactiveerd" in tab.message.text()
    assert not next(u for u in services.accounts.list_users(admin) if u.username == "mila").active
    with pytest.raises(LoginFailed):
        services.accounts.login("mila", PASSWORD)
    assert tab.active_button.text() == "Activeren"
    assert tab.toggle_active()
    assert services.accounts.login("mila", PASSWORD).username == "mila"


def test_beheerder_cannot_demote_herself(qtbot, make_window, services, admin) -> None:
    tab = _tab(make_window, admin)
    tab.select_user(admin.user_id)
    assert not tab.toggle_active()
    assert tab.message.text() == "Je kunt je eigen beheerdersrol niet intrekken."


def test_reset_password_and_unlock(qtbot, make_window, services, admin, assistant) -> None:
    for _ in range(6):
        with pytest.raises(LoginFailed):
            services.accounts.login("anna", "wrong-password-typed")
    tab = _tab(make_window, admin)
    tab.select_user(assistant.user_id)
    assert tab.unlock_user()
    assert services.accounts.login("anna", PASSWORD).username == "anna"
    tab.reset_fields.set_values({"password": "kort", "password_repeat": "kort"})
    assert not tab.reset_password()
    assert tab.reset_fields.error_text("password")
    tab.reset_fields.set_values({"password": NEW_PASSWORD, "password_repeat": NEW_PASSWORD})
    assert tab.reset_password()
    assert services.accounts.login("anna", NEW_PASSWORD).username == "anna"
    assert tab.reset_fields.value("password") == ""


def test_auto_lock_minutes(qtbot, make_window, services, admin, midwife) -> None:
    tab = _tab(make_window, admin)
    assert tab.auto_lock_spin.value() == 10
    tab.auto_lock_spin.setValue(3)
    assert tab.save_auto_lock()
    assert services.accounts.auto_lock_minutes(midwife) == 3
    window = make_window(midwife)
    assert window.idle_watcher.timer.interval() == 3 * 60_000
