"""Properties of the aggregation on random facts: totals add up, groups add up, subsets stay subsets."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksdesk.monitor.aggregate import PRACTICE_TOTAL, aggregate
from ksdesk.monitor.facts import (
    AssessmentFact,
    DestinationType,
    MonitorFacts,
    ParticipantFact,
    PregnancyFact,
    ReferralFact,
)
from ksdesk.monitor.facts import CenteringGroupFact as Group
from ksdesk.monitor.indicators import ROW_GROUPS, SPEC, Scope
from ksdesk.monitor.indicators import Indicator as Ind
from ksdesk.monitor.period import Period
from ksdesk.screening.enums import Level

gemeenten = st.sampled_from(["Maastricht", "maastricht", "Heerlen", "Vaals", None, "", "6211AB"])
days = st.dates(dt.date(2025, 10, 1), dt.date(2027, 3, 31))
maybe_days = st.none() | days


@st.composite
def facts(draw: st.DrawFn) -> MonitorFacts:
    pregnancies = draw(st.lists(st.builds(PregnancyFact, gemeenten, days), max_size=40))
    assessments = draw(st.lists(st.builds(AssessmentFact, st.integers(0, 15), gemeenten, days,
                                          st.sampled_from(list(Level)), st.booleans()), max_size=40))
    referrals = draw(st.lists(st.builds(ReferralFact, gemeenten, st.sampled_from(list(DestinationType)), maybe_days,
                                        maybe_days, maybe_days, maybe_days), max_size=20))
    groups = draw(st.lists(st.builds(Group, st.integers(0, 5), st.none() | st.integers(0, 3), maybe_days,
                                     maybe_days, st.booleans(), st.booleans(), st.lists(days, max_size=4).map(tuple),
                                     st.none()), max_size=6, unique_by=lambda g: g.group_key))
    participants = draw(st.lists(st.builds(ParticipantFact, st.integers(0, 5), gemeenten, st.integers(0, 10)),
                                 max_size=30))
    return MonitorFacts(tuple(pregnancies), (), tuple(assessments), tuple(referrals), tuple(groups),
                        tuple(participants))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=facts(), year=st.sampled_from([2025, 2026, 2027]))
def test_totals_and_groups_add_up(facts: MonitorFacts, year: int) -> None:
    table = aggregate(facts, Period.year(year))
    areas = [a.name for a in table.areas if a.name != PRACTICE_TOTAL]
    assert len(set(areas)) == len(areas)  # "maastricht" and "Maastricht" are one gemeente
    for code, value in table.total.items():
        if SPEC[code].scope is Scope.GEMEENTE:
            assert value == sum(table.counts[a][code] for a in areas), code
    for name in [*areas, PRACTICE_TOTAL]:
        row = table.counts[name]
        for total, parts in ROW_GROUPS:
            assert row[total] == sum(row[p] for p in parts)
        assert row[Ind.PARTICIPANTS_5] <= row[Ind.PARTICIPANTS_2] <= row[Ind.PARTICIPANTS_STARTED]
        assert row[Ind.PROTECTIVE_RECORDED] <= row[Ind.PREGNANCIES_ASSESSED] <= row[Ind.ASSESSMENTS]
        assert row[Ind.REFERRALS_CONTACT] <= row[Ind.REFERRALS]
    assert table.total[Ind.PREGNANCIES_IN_CARE] == sum(1 for p in facts.pregnancies if p.intake_date.year == year)
    assert table.total[Ind.GROUPS_STARTED] == sum(
        1 for g in facts.groups or () if not g.cancelled and g.start_date and g.start_date.year == year)
