"""What every use case shares: permission check, one transaction, the audit hook.

A service method is declared with @operation(Permission.X). The decorator records the permission in
OPERATIONS (the permission-matrix test walks it: an operation without a declaration fails the suite),
checks the actor's role before anything runs, and logs refusals.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

import pydantic
from sqlalchemy.orm import Session

from ksdesk.records.errors import RecordValidationError, validate_record
from ksdesk.security import audit
from ksdesk.security.audit import Action, AuditEvent, Outcome
from ksdesk.security.permissions import ROLES_NEEDING_SECOND_FACTOR, Permission, role_allows
from ksdesk.services.context import Actor
from ksdesk.services.errors import PermissionDenied, SecondFactorNeeded, StorageProblem, ValidationError
from ksdesk.storage.db import Store
from ksdesk.storage.errors import StorageError

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="ServiceBase")
M = TypeVar("M", bound=pydantic.BaseModel)

# qualified operation name → permission it needs (None: open before login, declared with @public)
OPERATIONS: dict[str, Permission | None] = {}


def public(func: Callable[P, R]) -> Callable[P, R]:
    """Declare an operation that runs before anyone is logged in (login, first-run set-up)."""
    OPERATIONS[func.__qualname__] = None
    func.__ksdesk_public__ = True  # type: ignore[attr-defined]
    return func


def validated(model: type[M], data: Mapping[str, Any]) -> M:
    """Validate input into a record model; bad input raises the service ValidationError."""
    try:
        return validate_record(model, data)
    except RecordValidationError as exc:
        raise ValidationError.from_record(exc) from None


def operation(
    permission: Permission,
) -> Callable[[Callable[Concatenate[S, Actor, P], R]], Callable[Concatenate[S, Actor, P], R]]:
    """Declare a service operation and the permission it needs; enforce it before the body runs."""

    def decorate(func: Callable[Concatenate[S, Actor, P], R]) -> Callable[Concatenate[S, Actor, P], R]:
        name = func.__qualname__
        OPERATIONS[name] = permission

        @functools.wraps(func)
        def wrapper(self: S, actor: Actor, /, *args: P.args, **kwargs: P.kwargs) -> R:
            if not isinstance(actor, Actor):
                raise TypeError(f"{name}: the first argument must be the acting user")
            self._authorise(actor, permission, name)
            return func(self, actor, *args, **kwargs)

        wrapper.__ksdesk_permission__ = permission  # type: ignore[attr-defined]
        return wrapper

    return decorate


@dataclass
class UnitOfWork:
    """One use case's transaction, with the audit hook bound to the acting user."""

    session: Session
    actor: Actor
    started_at: dt.datetime

    def audit(self, event: AuditEvent) -> None:
        audit.append(
            self.session,
            event,
            user_id=self.actor.user_id,
            user_name=self.actor.display_name,
            user_role=str(self.actor.role),
            workstation=self.actor.workstation,
            authorised=True,
            break_glass=self.actor.break_glass_reason is not None,
            started_at=self.started_at,
        )


class ServiceBase:
    """Base of the service classes: holds the store and opens units of work."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Session]:
        """The store's transaction, with disk trouble raised as the service error StorageProblem."""
        try:
            with self._store.transaction() as session:
                yield session
        except StorageError as exc:
            raise StorageProblem(str(exc)) from exc

    @contextlib.contextmanager
    def _work(self, actor: Actor) -> Iterator[UnitOfWork]:
        started = dt.datetime.now(dt.UTC)
        with self._transaction() as session:
            yield UnitOfWork(session, actor, started)

    def _authorise(self, actor: Actor, permission: Permission, name: str) -> None:
        allowed = role_allows(actor.role, permission) or (permission.is_clinical and bool(actor.break_glass_reason))
        if not allowed:
            self._log_refusal(actor, permission, name)
            raise PermissionDenied(
                "Je hebt geen toegang tot deze gegevens met de rol "
                f"'{actor.role.value}'. Gebruik zo nodig de noodknop."
                if permission.is_clinical
                else f"Je rol '{actor.role.value}' mag dit niet."
            )
        # Break-glass is allowed, and every entry written under it carries the flag.
        if not actor.second_factor and permission is not Permission.OWN_ACCOUNT and (
            permission.needs_second_factor or actor.role in ROLES_NEEDING_SECOND_FACTOR
        ):
            self._log_refusal(actor, permission, name)
            raise SecondFactorNeeded(
                "Hiervoor is inloggen met de tweede factor (authenticator-app) nodig. "
                "Stel die in via Beheer › Mijn account, of log opnieuw in met de code."
            )

    def _log_refusal(self, actor: Actor, permission: Permission, name: str) -> None:
        started = dt.datetime.now(dt.UTC)
        with self._transaction() as session:
            audit.append(
                session,
                AuditEvent(
                    action=Action.EXECUTE,
                    event=name,
                    object_type=permission.value,
                    outcome=Outcome.DENIED,
                    check_treatment=False,
                ),
                user_id=actor.user_id,
                user_name=actor.display_name,
                user_role=str(actor.role),
                workstation=actor.workstation,
                authorised=False,
                break_glass=False,
                started_at=started,
            )


def operation_names() -> dict[str, Permission | None]:
    return dict(OPERATIONS)


def declared_permission(method: Any) -> Permission | None:
    return getattr(method, "__ksdesk_permission__", None)
