"""Several workstations writing at once keep the audit hash chain valid (each desk has its own engine)."""

from __future__ import annotations

import threading

from ksdesk.records.enums import Role
from tests.conftest import PASSWORD, USERS, client_data

DESKS = 4
WRITES_PER_DESK = 8


def test_concurrent_desks_keep_the_chain_valid(practice_db):
    desks = [practice_db.open() for _ in range(DESKS)]
    errors: list[BaseException] = []
    start = threading.Barrier(DESKS)

    def work(index: int) -> None:
        try:
            services = desks[index]
            actor = services.accounts.login(USERS[Role.MIDWIFE][0], PASSWORD)
            start.wait()
            for n in range(WRITES_PER_DESK):
                client = services.clients.create(actor, client_data(
                    bsn=None, bsn_missing_reason="demo", id_document_type="geen", id_document_number=None,
                    given_names=f"Desk{index}", surname=f"Client{n}"))
                services.clients.get(actor, client.id)
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(DESKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert not errors, errors
        result = desks[0].audit.verify()
        assert result.ok, result
        midwife = desks[0].accounts.login(USERS[Role.MIDWIFE][0], PASSWORD)
        assert desks[0].clients.count(midwife, "client") == DESKS * WRITES_PER_DESK
        # every desk wrote: one login + per client a create and an open
        assert result.checked >= DESKS * (1 + 2 * WRITES_PER_DESK)
    finally:
        for services in desks:
            services.close()
