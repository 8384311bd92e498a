"""Aggregation on hand-made facts whose answers were counted by hand."""

from __future__ import annotations

import datetime as dt

from ksdesk.monitor.aggregate import PRACTICE_TOTAL, AreaKind, aggregate
from ksdesk.monitor.facts import DestinationType, MonitorFacts, PregnancyFact
from ksdesk.monitor.indicators import Indicator as Ind
from ksdesk.monitor.indicators import Source
from ksdesk.monitor.period import Period
from tests.monitor.fixtures import small_practice


def test_year_counts_per_gemeente_and_total() -> None:
    table = aggregate(small_practice(), Period.year(2026))
    assert [(a.name, a.kind) for a in table.areas] == [
        ("Heerlen", AreaKind.GEMEENTE), ("Maastricht", AreaKind.GEMEENTE), ("Onbekend", AreaKind.UNKNOWN),
        (PRACTICE_TOTAL, AreaKind.TOTAL)]
    maastricht, heerlen, unknown, total = (table.counts[n] for n in ("Maastricht", "Heerlen", "Onbekend",
                                                                       PRACTICE_TOTAL))
    assert (maastricht[Ind.PREGNANCIES_IN_CARE], heerlen[Ind.PREGNANCIES_IN_CARE], unknown[Ind.PREGNANCIES_IN_CARE],
            total[Ind.PREGNANCIES_IN_CARE]) == (3, 2, 1, 6)
    # signalling: Maastricht 3 assessments on 2 pregnancies (kwetsbaar, urgent), Heerlen 1 (potentieel)
    assert maastricht[Ind.ASSESSMENTS] == 3 and maastricht[Ind.PREGNANCIES_ASSESSED] == 2
    assert (maastricht[Ind.LEVEL_URGENT], maastricht[Ind.LEVEL_VULNERABLE], maastricht[Ind.LEVEL_NONE]) == (1, 1, 0)
    assert maastricht[Ind.PROTECTIVE_RECORDED] == 1 and heerlen[Ind.PROTECTIVE_RECORDED] == 1
    assert heerlen[Ind.LEVEL_POTENTIAL] == 1 and unknown[Ind.ASSESSMENTS] == 0
    assert (total[Ind.ASSESSMENTS], total[Ind.PREGNANCIES_ASSESSED], total[Ind.PROTECTIVE_RECORDED]) == (4, 3, 2)
    # referrals: consent asked 3 in 2026, given 2; sent 3 (JGZ, wijkteam, anders), contact 2
    assert (total[Ind.CONSENT_ASKED], total[Ind.CONSENT_GIVEN], total[Ind.REFERRALS]) == (3, 2, 3)
    assert (total[Ind.REFERRALS_JGZ], total[Ind.REFERRALS_WIJKTEAM], total[Ind.REFERRALS_OTHER]) == (1, 1, 1)
    assert total[Ind.REFERRALS_CONTACT] == 2 and heerlen[Ind.REFERRALS_CONTACT] == 1
    assert heerlen[Ind.CONSENT_ASKED] == 1 and heerlen[Ind.REFERRALS_JGZ] == 0
    # Centering: groups 10 and 11 started (12 cancelled, 13 started 2025); 10 and 13 completed in 2026
    assert (total[Ind.GROUPS_STARTED], total[Ind.GROUPS_COMPLETED], total[Ind.SESSIONS_HELD]) == (2, 2, 5)
    assert (total[Ind.PARTICIPANTS_STARTED], total[Ind.PARTICIPANTS_2], total[Ind.PARTICIPANTS_5]) == (4, 2, 1)
    assert (maastricht[Ind.PARTICIPANTS_STARTED], heerlen[Ind.PARTICIPANTS_STARTED]) == (2, 2)
    assert (total[Ind.COFAC_MATERNITY], total[Ind.COFAC_JGZ], total[Ind.COFAC_MIDWIFE]) == (1, 1, 0)
    assert total[Ind.LOCATIONS] == 2 and total[Ind.GEMEENTEN_REACHED] == 2  # locations 1, 2 (3 only cancelled)
    # staff: 2 midwives trained by the end of 2026, 1 maternity carer; inactive and untrained not counted
    assert (total[Ind.TRAINED_MIDWIFE], total[Ind.TRAINED_MATERNITY], total[Ind.TRAINED_JGZ],
            total[Ind.TRAINED_TOTAL]) == (2, 1, 0, 3)
    assert table.unavailable == frozenset()


def test_quarter_and_range() -> None:
    q1 = aggregate(small_practice(), Period.quarter(2026, 1)).total
    assert q1[Ind.PREGNANCIES_IN_CARE] == 2 and q1[Ind.ASSESSMENTS] == 1 and q1[Ind.LEVEL_NONE] == 1
    assert q1[Ind.REFERRALS] == 1 and q1[Ind.REFERRALS_OTHER] == 1 and q1[Ind.SESSIONS_HELD] == 3
    assert q1[Ind.GROUPS_COMPLETED] == 1 and q1[Ind.LOCATIONS] == 1
    span = aggregate(small_practice(), Period.between(dt.date(2025, 12, 31), dt.date(2027, 1, 2))).total
    assert span[Ind.PREGNANCIES_IN_CARE] == 7 and span[Ind.PREGNANCIES_ASSESSED] == 3
    assert span[Ind.LEVEL_NONE] == 1  # pregnancy 2's latest assessment is now the 2027 one


def test_missing_features_are_marked_unavailable_not_zero() -> None:
    facts = MonitorFacts((PregnancyFact("Vaals", dt.date(2026, 1, 1)),), ())
    table = aggregate(facts, Period.year(2026))
    assert table.unavailable == {Source.SCREENING, Source.REFERRALS, Source.CENTERING}
    assert Ind.ASSESSMENTS not in table.total and Ind.GROUPS_STARTED not in table.total
    assert table.total[Ind.PREGNANCIES_IN_CARE] == 1 and table.total[Ind.TRAINED_TOTAL] == 0


def test_reserved_area_names_typed_as_gemeente_count_as_unknown() -> None:
    facts = MonitorFacts((PregnancyFact("Totaal praktijk", dt.date(2026, 1, 1)),), ())
    assert [a.name for a in aggregate(facts, Period.year(2026)).areas] == ["Onbekend", PRACTICE_TOTAL]


def test_destination_codes_map_onto_the_monitor_list() -> None:
    assert [DestinationType.from_code(c) for c in ("jgz_phb", "wijkteam", "Veilig Thuis", "huisarts_poh", None)] \
        == [DestinationType.JGZ, DestinationType.WIJKTEAM, DestinationType.VEILIG_THUIS, DestinationType.HUISARTS,
            DestinationType.OTHER]


def test_a_gemeente_that_is_not_a_name_counts_as_unknown() -> None:
    facts = MonitorFacts((PregnancyFact("6211AB", dt.date(2026, 1, 1)), PregnancyFact("Vaals 2", dt.date(2026, 1, 2)),
                          PregnancyFact("'s-Gravenhage", dt.date(2026, 1, 3))), ())
    assert [a.name for a in aggregate(facts, Period.year(2026)).areas] == ["'s-Gravenhage", "Onbekend",
                                                                           PRACTICE_TOTAL]
