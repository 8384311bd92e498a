"""Use cases on the audit log itself: verifying the chain."""

from __future__ import annotations

from ksdesk.security import audit
from ksdesk.security.audit import VerifyResult
from ksdesk.security.permissions import Permission
from ksdesk.services.base import ServiceBase, operation, public
from ksdesk.services.context import Actor


class AuditService(ServiceBase):
    @public
    def verify(self) -> VerifyResult:
        """Check the whole hash chain (reveals no content: only whether and where it is broken)."""
        with self._store.sessions() as session:
            return audit.verify(session)

    @operation(Permission.AUDIT_READ)
    def entry_count(self, actor: Actor) -> int:
        with self._work(actor) as uow:
            return audit.count(uow.session)
