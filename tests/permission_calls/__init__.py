"""What the permission matrix (tests/test_permissions.py) needs to call an operation.

Each feature keeps its own CALLS table in a module here: qualified operation name → a function that returns
the arguments after the actor for a call that succeeds when the role is allowed (or PUBLIC).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ksdesk.records.enums import Role
from ksdesk.services import Services
from ksdesk.services.context import Actor
from tests.conftest import PASSWORD, client_data

_unique = itertools.count(1)


@dataclass
class Setting:
    """What a call may refer to: existing rows made before the matrix runs."""

    services: Services
    admin: Actor
    midwife: Actor
    client_id: int
    pregnancy_id: int
    staff_id: int

    def fresh_client(self) -> int:
        """A client of her own for a call that changes or removes one (no BSN: needs no unique number)."""
        n = next(_unique)
        return self.services.clients.create(self.midwife, client_data(
            surname=f"Wegwerp{n}", bsn="", bsn_missing_reason="Nog niet bekend", id_document_type="geen",
            id_document_number="")).id

    def fresh_user(self) -> int:
        """A user of her own for a call that changes one (made by the beheerder before the call)."""
        return self.services.accounts.create_user(self.admin, f"collega{next(_unique)}", "Collega Fictief",
                                                  Role.ASSISTANT, PASSWORD).id


Call = Callable[[Setting], tuple[tuple[Any, ...], dict[str, Any]]]
PUBLIC = "public: runs before login, no role to check"


def _args(*args: Any, **kwargs: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    return args, kwargs




def _args(*args: Any, **kwargs: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    return args, kwargs
