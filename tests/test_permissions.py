"""The permission matrix: every service operation, called as each role, is allowed or refused exactly as
ksdesk.security.permissions.ROLE_PERMISSIONS says; refusals are logged; break-glass opens client data only.

Adding an operation without adding it to CALLS below fails this file on purpose: decide what a minimal
valid call looks like, and the matrix checks the rest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from ksdesk.records.enums import Role
from ksdesk.security import totp
from ksdesk.security.permissions import ROLE_PERMISSIONS, Permission
from ksdesk.services import Services  # importing the facade registers every operation
from ksdesk.services.base import OPERATIONS, ServiceBase, declared_permission
from ksdesk.services.context import Actor
from ksdesk.services.errors import PermissionDenied, SecondFactorNeeded
from ksdesk.storage.orm import AuditRow, ClientRow, PregnancyRow, StaffRow, UserRow
from tests.conftest import PASSWORD, PRACTICE, client_data, pregnancy_data
from tests.permission_calls import PUBLIC, Call, Setting, _args, _unique
from tests.permission_calls import centering as centering_calls
from tests.permission_calls import imports as imports_calls
from tests.permission_calls import monitor as monitor_calls
from tests.permission_calls import referrals as referrals_calls
from tests.permission_calls import screening as screening_calls


def _client_update(s: Setting) -> tuple[tuple[Any, ...], dict[str, Any]]:
    client_id = s.fresh_client()
    return _args(client_id, client_data(surname="Bijgewerkt", bsn="", bsn_missing_reason="Nog niet bekend",
                                        id_document_type="geen", id_document_number=""))


def _confirm_totp(_s: Setting) -> tuple[tuple[Any, ...], dict[str, Any]]:
    secret = totp.new_secret()
    return _args(secret, totp.current_code(secret))


def _data_folder(s: Setting) -> Path:
    path = s.services.store.path
    if path is None:
        pytest.skip("backups are made by ksdesk only for the embedded store")
    return path.parent


def _fresh_backup(s: Setting) -> Path:
    """A backup made by the midwife (anyone's session makes backups) for a call that verifies or restores one."""
    _data_folder(s)
    return s.services.backups.make(s.midwife).path


# qualified operation name → the arguments after the actor, for a call that succeeds when allowed
CALLS: dict[str, Call | str] = {
    "AccountService.needs_setup": PUBLIC,
    "AccountService.first_run": PUBLIC,
    "AccountService.login": PUBLIC,
    "AccountService.recover_admin": PUBLIC,
    "AuditService.verify": PUBLIC,
    "PracticeService.exists": PUBLIC,
    "PracticeService.public_info": PUBLIC,
    "AccountService.begin_totp_enrolment": lambda s: _args(),
    "AccountService.confirm_totp_enrolment": _confirm_totp,
    "AccountService.break_glass": lambda s: _args("Spoedoverdracht tijdens de nachtdienst"),
    "AccountService.create_user": lambda s: _args(f"nieuw{next(_unique)}", "Nieuwe Collega", Role.ASSISTANT,
                                                  PASSWORD),
    "AccountService.list_users": lambda s: _args(),
    "AccountService.update_user": lambda s: _args(s.fresh_user(), display_name="Collega Hernoemd"),
    "AccountService.reset_password": lambda s: _args(s.fresh_user(), "tijdelijk-wachtwoord-42"),
    "AccountService.unlock": lambda s: _args(s.fresh_user()),
    "AccountService.auto_lock_minutes": lambda s: _args(),
    "AccountService.set_auto_lock_minutes": lambda s: _args(15),
    "AccountService.change_own_password": lambda s: _args(PASSWORD, PASSWORD),
    "AccountService.take_recovery_key": lambda s: _args(),
    "AuditService.entry_count": lambda s: _args(),
    "AuditService.entries": lambda s: _args(),
    "AuditService.access_report": lambda s: _args(s.client_id, dt.date(2000, 1, 1), dt.date.today()),
    "ClientService.search": lambda s: _args("vries"),
    "ClientService.count": lambda s: _args("vries"),
    "ClientService.get": lambda s: _args(s.client_id),
    "ClientService.create": lambda s: _args(client_data(bsn="", bsn_missing_reason="Nog niet bekend",
                                                        id_document_type="geen", id_document_number="")),
    "ClientService.update": _client_update,
    "ClientService.add_pregnancy": lambda s: _args(s.fresh_client(), pregnancy_data()),
    "ClientService.update_pregnancy": lambda s: _args(s.pregnancy_id, pregnancy_data(wants_centering=True)),
    "ClientService.due_for_destruction": lambda s: _args(),
    "ClientService.destroy": lambda s: _args(s.fresh_client(), "Op verzoek van de cliënte (WGBO 7:455)"),
    "BackupService.folder": lambda s: (_data_folder(s), _args())[1],
    "BackupService.set_folder": lambda s: _args(str(_data_folder(s) / "andere-backups")),
    "BackupService.due": lambda s: (_data_folder(s), _args())[1],
    "BackupService.make": lambda s: (_data_folder(s), _args())[1],
    "BackupService.list": lambda s: (_data_folder(s), _args())[1],
    "BackupService.verify": lambda s: _args(_fresh_backup(s)),
    "BackupService.restore": lambda s: _args(_fresh_backup(s)),
    "PracticeService.get": lambda s: _args(),
    "PracticeService.save": lambda s: _args(PRACTICE),
    "StaffService.list": lambda s: _args(),
    "StaffService.create": lambda s: _args({"name": f"Medewerker {next(_unique)}", "discipline": "anders"}),
    "StaffService.update": lambda s: _args(s.staff_id, {"name": "Fleur Fictief", "discipline": "verloskundige"}),
}
# Each feature keeps its own table in tests/permission_calls/<feature>.py.
for _feature in (screening_calls, referrals_calls, centering_calls, monitor_calls, imports_calls):
    assert not set(_feature.CALLS) & set(CALLS), _feature.__name__
    CALLS.update(_feature.CALLS)


def _service_instances(services: Services) -> dict[str, ServiceBase]:
    """Class name → the instance the facade hands out."""
    found = {}
    for field in dataclasses.fields(services):
        value = getattr(services, field.name)
        if isinstance(value, ServiceBase):
            found[type(value).__name__] = value
    return found


def _bound(services: Services, qualname: str) -> Callable[..., Any]:
    class_name, method = qualname.split(".")
    return getattr(_service_instances(services)[class_name], method)


def _counts(services: Services) -> dict[str, int]:
    with services.store.sessions() as session:
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
                for t in (AuditRow, ClientRow, PregnancyRow, StaffRow, UserRow)}


def _new_audit(services: Services, after: int) -> list[AuditRow]:
    with services.store.sessions() as session:
        return list(session.scalars(select(AuditRow).where(AuditRow.seq > after).order_by(AuditRow.seq)))


@pytest.fixture
def setting(services: Services, admin: Actor, midwife: Actor) -> Setting:
    client = services.clients.create(midwife, client_data())
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    staff = services.staff.create(admin, {"name": "Fleur Fictief", "discipline": "verloskundige"})
    return Setting(services, admin, midwife, client.id, pregnancy.id, staff.id)


# --- the table is complete ------------------------------------------------------------------------


def test_every_registered_operation_is_in_the_table() -> None:
    missing = sorted(set(OPERATIONS) - set(CALLS))
    assert missing == [], f"add these operations to CALLS in {__file__}: {missing}"
    stale = sorted(set(CALLS) - set(OPERATIONS))
    assert stale == [], f"no longer operations, remove from CALLS: {stale}"
    assert len(OPERATIONS) >= 20


def _public_methods_without_declaration(services: Services) -> set[str]:
    undeclared = set()
    for class_name, instance in _service_instances(services).items():
        for name, member in inspect.getmembers(type(instance), callable):
            if name.startswith("_"):
                continue
            if not (hasattr(member, "__ksdesk_permission__") or hasattr(member, "__ksdesk_public__")):
                undeclared.add(f"{class_name}.{name}")
    return undeclared


def test_every_public_service_method_is_declared(empty_services: Services) -> None:
    """No public method of a service class on the facade escapes the permission declaration."""
    undeclared = _public_methods_without_declaration(empty_services)
    assert undeclared == set(), f"declare @operation(...) or @public on {undeclared}"
    # every declaration is the one registered, and every registered operation is reachable from the facade
    for qualname, permission in OPERATIONS.items():
        method = _bound(empty_services, qualname)
        if permission is None:
            assert getattr(method, "__ksdesk_public__", False), qualname
        else:
            assert declared_permission(method) is permission, qualname


def test_declaration_check_notices_an_undeclared_method(empty_services: Services,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(empty_services.clients), "sneaky_export", lambda self: None, raising=False)
    assert "ClientService.sneaky_export" in _public_methods_without_declaration(empty_services)


# --- the matrix -----------------------------------------------------------------------------------


ROLES = (Role.ADMIN, Role.MIDWIFE, Role.ASSISTANT)


@pytest.mark.parametrize("qualname", sorted(OPERATIONS))
def test_permission_matrix(qualname: str, setting: Setting, admin: Actor, midwife: Actor,
                           assistant: Actor) -> None:
    call = CALLS.get(qualname)
    assert call is not None, f"{qualname} is not in CALLS"
    permission = OPERATIONS[qualname]
    if call == PUBLIC:
        assert permission is None
        return
    assert permission is not None and callable(call)
    services = setting.services
    actors = {Role.ADMIN: admin, Role.MIDWIFE: midwife, Role.ASSISTANT: assistant}
    outcomes = {}
    for role in ROLES:
        actor = actors[role]
        args, kwargs = call(setting)
        before = _counts(services)
        mark = _last_seq(services)
        allowed = permission in ROLE_PERMISSIONS[role]
        if allowed:
            _bound(services, qualname)(actor, *args, **kwargs)
            outcomes[role] = "toegestaan"
            for entry in _new_audit(services, mark):
                assert entry.outcome == "geslaagd", (qualname, role)
                assert entry.user_id == actor.user_id
        else:
            with pytest.raises(PermissionDenied) as caught:
                _bound(services, qualname)(actor, *args, **kwargs)
            outcomes[role] = "geweigerd"
            assert str(caught.value).strip()
            after = _counts(services)
            assert after == {**before, "audit_log": before["audit_log"] + 1}, f"{qualname} as {role} wrote data"
            [entry] = _new_audit(services, mark)
            assert (entry.action, entry.event, entry.outcome) == ("E", qualname, "geweigerd")
            assert (entry.user_id, entry.user_role) == (actor.user_id, role.value)
            assert entry.object_type == permission.value
            assert entry.check_authorised is False
    assert outcomes == {r: ("toegestaan" if permission in ROLE_PERMISSIONS[r] else "geweigerd") for r in ROLES}
    assert services.audit.verify().ok


def _last_seq(services: Services) -> int:
    with services.store.sessions() as session:
        return session.scalar(select(func.max(AuditRow.seq))) or 0


def test_the_matrix_is_not_trivial() -> None:
    """Each role is refused something and allowed something, so the matrix exercises both paths."""
    for role in ROLES:
        perms = {p for p in OPERATIONS.values() if p is not None}
        assert perms & ROLE_PERMISSIONS[role], role
        assert perms - ROLE_PERMISSIONS[role], role
    assert Permission.CLIENT_READ not in ROLE_PERMISSIONS[Role.ADMIN]
    assert Permission.USERS_MANAGE not in ROLE_PERMISSIONS[Role.MIDWIFE]


def test_non_actor_first_argument_is_refused(services: Services) -> None:
    with pytest.raises(TypeError):
        services.clients.get("mila", 1)  # type: ignore[arg-type]


def test_beheerder_without_second_factor_is_refused(services: Services, setting: Setting, admin: Actor) -> None:
    one_factor = dataclasses.replace(admin, second_factor=False)
    mark = _last_seq(services)
    with pytest.raises(SecondFactorNeeded):
        services.staff.create(one_factor, {"name": "Zonder Code", "discipline": "anders"})
    [entry] = _new_audit(services, mark)
    assert (entry.event, entry.outcome) == ("StaffService.create", "geweigerd")


# --- break-glass ----------------------------------------------------------------------------------


def test_break_glass_lets_the_beheerder_read_a_client(services: Services, setting: Setting, admin: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.clients.get(admin, setting.client_id)
    emergency = admin.with_break_glass("reden")
    mark = _last_seq(services)
    view = services.clients.get(emergency, setting.client_id)
    assert view.id == setting.client_id
    [entry] = _new_audit(services, mark)
    assert (entry.action, entry.client_id, entry.outcome) == ("R", setting.client_id, "geslaagd")
    assert entry.check_break_glass is True
    assert entry.user_id == admin.user_id
    # ordinary access is not flagged
    mark = _last_seq(services)
    services.clients.get(setting.midwife, setting.client_id)
    [ordinary] = _new_audit(services, mark)
    assert ordinary.check_break_glass is False


def test_break_glass_through_the_service_is_logged(services: Services, setting: Setting, admin: Actor) -> None:
    mark = _last_seq(services)
    emergency = services.accounts.break_glass(admin, "Waarneming: verloskundige onbereikbaar")
    assert emergency.break_glass_reason == "Waarneming: verloskundige onbereikbaar"
    services.clients.search(emergency, "vries")
    glass, search = _new_audit(services, mark)
    assert (glass.action, glass.event, glass.check_break_glass) == ("E", "break_glass", True)
    assert search.check_break_glass is True


@pytest.mark.parametrize(("qualname", "role"), [("StaffService.create", Role.MIDWIFE),
                                                ("AccountService.list_users", Role.ASSISTANT),
                                                ("AuditService.entry_count", Role.MIDWIFE),
                                                ("ClientService.destroy", Role.MIDWIFE)])
def test_break_glass_does_not_open_non_clinical_operations(qualname: str, role: Role, setting: Setting,
                                                           admin: Actor, midwife: Actor, assistant: Actor) -> None:
    actor = {Role.ADMIN: admin, Role.MIDWIFE: midwife, Role.ASSISTANT: assistant}[role]
    call = CALLS[qualname]
    assert callable(call)
    args, kwargs = call(setting)
    before = _counts(setting.services)
    with pytest.raises(PermissionDenied):
        _bound(setting.services, qualname)(actor.with_break_glass("Spoed in de nacht"), *args, **kwargs)
    assert _counts(setting.services)["clients"] == before["clients"]
