"""User management by the beheerder, the auto-lock setting, sorting the client list, the login window's info."""

from __future__ import annotations

import pytest

from ksdesk.records.enums import Role
from ksdesk.services.accounts import LoginFailed
from ksdesk.services.errors import Conflict, PermissionDenied, ValidationError
from tests.conftest import PASSWORD, PRACTICE, USERS, client_data


def _user_id(services, admin, username):
    return next(u.id for u in services.accounts.list_users(admin) if u.username == username)


def test_deactivated_user_cannot_log_in(services, admin):
    uid = _user_id(services, admin, USERS[Role.ASSISTANT][0])
    services.accounts.update_user(admin, uid, active=False)
    with pytest.raises(LoginFailed):
        services.accounts.login(USERS[Role.ASSISTANT][0], PASSWORD)


def test_role_change_takes_effect_at_next_login(services, admin):
    uid = _user_id(services, admin, USERS[Role.ASSISTANT][0])
    services.accounts.update_user(admin, uid, role=Role.MIDWIFE, display_name="Anna Verloskundige")
    actor = services.accounts.login(USERS[Role.ASSISTANT][0], PASSWORD)
    assert actor.role is Role.MIDWIFE and actor.display_name == "Anna Verloskundige"


def test_last_beheerder_and_own_role_are_protected(services, admin):
    with pytest.raises(Conflict):
        services.accounts.update_user(admin, admin.user_id, role=Role.MIDWIFE)
    with pytest.raises(Conflict):
        services.accounts.update_user(admin, admin.user_id, active=False)


def test_reset_password_and_unlock(services, admin):
    username = USERS[Role.MIDWIFE][0]
    for _ in range(6):
        with pytest.raises(LoginFailed):
            services.accounts.login(username, "wrong-password-123")
    with pytest.raises(LoginFailed, match="Te veel"):
        services.accounts.login(username, PASSWORD)
    uid = _user_id(services, admin, username)
    services.accounts.unlock(admin, uid)
    assert services.accounts.login(username, PASSWORD).role is Role.MIDWIFE
    with pytest.raises(ValidationError) as weak:
        services.accounts.reset_password(admin, uid, "kort")
    assert "password" in weak.value.messages
    services.accounts.reset_password(admin, uid, "een-nieuw-tijdelijk-wachtwoord")
    with pytest.raises(LoginFailed):
        services.accounts.login(username, PASSWORD)
    assert services.accounts.login(username, "een-nieuw-tijdelijk-wachtwoord")


def test_only_the_beheerder_manages_users(services, midwife):
    with pytest.raises(PermissionDenied):
        services.accounts.update_user(midwife, midwife.user_id, role=Role.ADMIN)


def test_auto_lock_setting(services, admin, midwife):
    assert services.accounts.auto_lock_minutes(midwife) == 10
    with pytest.raises(ValidationError):
        services.accounts.set_auto_lock_minutes(admin, 0)
    services.accounts.set_auto_lock_minutes(admin, 3)
    assert services.accounts.auto_lock_minutes(midwife) == 3
    with pytest.raises(PermissionDenied):
        services.accounts.set_auto_lock_minutes(midwife, 30)


def test_client_list_sorts_by_column(services, midwife):
    services.clients.create(midwife, client_data(surname="Aalders", surname_prefix=None, date_of_birth="01-01-1999",
                                                 bsn="111222333"))
    services.clients.create(midwife, client_data(surname="Zeelen", surname_prefix=None, date_of_birth="01-01-1985",
                                                 bsn="123456782", postcode="6411 AA"))
    names = [c.name.split()[-1] for c in services.clients.search(midwife)]
    assert names == ["Aalders", "Zeelen"]
    by_age = [c.name.split()[-1] for c in services.clients.search(midwife, order_by="date_of_birth")]
    assert by_age == ["Zeelen", "Aalders"]
    newest_first = [c.name.split()[-1] for c in services.clients.search(midwife, order_by="name", descending=True)]
    assert newest_first == ["Zeelen", "Aalders"]
    with pytest.raises(ValueError):
        services.clients.search(midwife, order_by="bsn; drop table clients")


def test_public_info_for_the_login_window(services, empty_services):
    assert services.practice.public_info() == (PRACTICE["name"], False)
    assert empty_services.practice.public_info() is None
