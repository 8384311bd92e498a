"""Properties through the service and a real database: what is stored is what classify() says, and the stored
items come back exactly (a storage round trip for arbitrary assessments)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksdesk.screening import RiskStatus, RiskSubject, classify, load_catalogue
from ksdesk.services import Services
from ksdesk.services.context import Actor
from tests.conftest import client_data, pregnancy_data

SHIPPED = load_catalogue()
items = st.dictionaries(
    st.sampled_from([i.code for i in SHIPPED.risk_items]),
    st.tuples(st.sampled_from(list(RiskStatus)),
              st.lists(st.sampled_from(list(RiskSubject)), min_size=1, unique=True)),
    max_size=8)
protective = st.none() | st.lists(st.sampled_from([f.code for f in SHIPPED.protective_factors]), unique=True)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(items, protective)
def test_stored_assessment_round_trips_and_matches_classify(services: Services, midwife: Actor,
                                                            risks: dict[str, tuple[RiskStatus, list[RiskSubject]]],
                                                            factors: list[str] | None) -> None:
    client = services.clients.create(midwife, client_data(bsn="", bsn_missing_reason="Nog niet bekend",
                                                          id_document_type="geen", id_document_number=""))
    pregnancy = services.clients.add_pregnancy(midwife, client.id, pregnancy_data())
    data = {code: {"status": status.value, "concerns": [s.value for s in who]} for code, (status, who) in risks.items()}
    view = services.screening.create(midwife, pregnancy.id, {
        "kind": "adhoc", "assessed_on": dt.date.today(), "risks": data, "protective": factors})
    stored = services.screening.get(midwife, view.id)
    expected = classify(SHIPPED, {code: status for code, (status, _) in risks.items()}, factors)
    assert stored.suggested_level is expected.level and stored.final_level is expected.level
    assert stored.suggested_reasons == expected.reasons
    assert stored.protective_answered is (factors is not None)
    assert {i.code: (i.status, set(i.concerns)) for i in stored.items} == {
        code: (status, set(who)) for code, (status, who) in risks.items()}
    assert {p.code for p in stored.protective} == set(factors or ())
    assert stored.meldcode_open == bool(expected.meldcode_items)
