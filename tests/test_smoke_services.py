"""A first end-to-end pass through the services on the configured backend."""

from __future__ import annotations

from tests.conftest import client_data, pregnancy_data


def test_create_search_open(services, midwife):
    client = services.clients.create(midwife, client_data())
    services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    found = services.clients.search(midwife, "vries")
    assert [c.id for c in found] == [client.id]
    opened = services.clients.get(midwife, client.id)
    assert opened.name == "Anouk de Vries"
    assert opened.current_pregnancy is not None
    assert services.audit.verify().ok
