"""Benchmark (not a test): 20 years of a large practice — 20,000 pregnancies with their assessments,
referrals and Centering groups — aggregated and suppressed; prints the median time (target ≤ 2 s).

Run: .venv/bin/python -m tests.monitor.bench_monitor
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable

from ksdesk.monitor.aggregate import PRACTICE_TOTAL, Area, AreaKind, CountTable, aggregate
from ksdesk.monitor.facts import (
    AssessmentFact,
    CenteringGroupFact,
    DestinationType,
    MonitorFacts,
    ParticipantFact,
    PregnancyFact,
    ReferralFact,
    StaffFact,
)
from ksdesk.monitor.indicators import ROW_GROUPS, SPEC, Indicator, Kind
from ksdesk.monitor.period import Period
from ksdesk.monitor.suppress import publish
from ksdesk.records.enums import Discipline
from ksdesk.screening.enums import Level

FIRST_YEAR, YEARS, PREGNANCIES = 2007, 20, 20_000
GEMEENTEN = ["Maastricht", "Heerlen", "Sittard-Geleen", "Kerkrade", "Meerssen", "Vaals", "Eijsden-Margraten",
             "Gulpen-Wittem", "Valkenburg aan de Geul", "Beekdaelen", "Brunssum", "Landgraaf", "Stein", "Beek",
             "Simpelveld", "Voerendaal", None]


def large_practice(seed: int = 2026) -> MonitorFacts:
    rng = random.Random(seed)
    start = dt.date(FIRST_YEAR, 1, 1)
    span = YEARS * 365

    def day(offset: int = 0) -> dt.date:
        return start + dt.timedelta(days=min(span - 1, rng.randrange(span) + offset))

    pregnancies, assessments, referrals = [], [], []
    levels = list(Level)
    for key in range(PREGNANCIES):
        gemeente = rng.choice(GEMEENTEN)
        intake = day()
        pregnancies.append(PregnancyFact(gemeente, intake))
        for n in range(rng.choice([1, 1, 2, 2, 3])):
            assessments.append(AssessmentFact(key, gemeente, intake + dt.timedelta(days=90 * n),
                                              rng.choices(levels, [70, 18, 9, 3])[0], rng.random() < 0.6))
        if rng.random() < 0.15:
            asked = intake + dt.timedelta(days=rng.randrange(5, 60))
            given = asked + dt.timedelta(days=1) if rng.random() < 0.8 else None
            referrals.append(ReferralFact(gemeente, rng.choice(list(DestinationType)), asked, given,
                                          given and given + dt.timedelta(days=2),
                                          given and given + dt.timedelta(days=20) if rng.random() < 0.7 else None))
    groups, participants = [], []
    for key in range(YEARS * 60):
        first = day()
        sessions = tuple(first + dt.timedelta(days=14 * n) for n in range(10))
        groups.append(CenteringGroupFact(key, key % 6, first, sessions[-1], rng.random() < 0.9, rng.random() < 0.03,
                                         sessions, rng.choice(list(Discipline))))
        for _ in range(rng.randrange(6, 13)):
            participants.append(ParticipantFact(key, rng.choice(GEMEENTEN), rng.randrange(11)))
    staff = [StaffFact(rng.choice(list(Discipline)), rng.random() < 0.6, day(), rng.random() < 0.9)
             for _ in range(40)]
    return MonitorFacts(tuple(pregnancies), tuple(staff), tuple(assessments), tuple(referrals), tuple(groups),
                        tuple(participants))


def many_small_cells(seed: int = 1) -> CountTable:
    """A hard case for secondary suppression: 60 gemeenten, levels and destinations full of small counts."""
    rng = random.Random(seed)
    persons = [c for c in Indicator if SPEC[c].kind is Kind.PERSONS]
    grouped = {c for _t, parts in ROW_GROUPS for c in parts} | {t for t, _p in ROW_GROUPS}
    counts: dict[str, dict[Indicator, int]] = {}
    for g in range(60):
        row = {c: rng.randrange(0, 40) for c in persons if c not in grouped}
        row[Indicator.PREGNANCIES_IN_CARE] = 50  # every gemeente stays a row of its own
        for total, parts in ROW_GROUPS:
            values = {c: rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 35]) for c in parts}
            row |= values
            row[total] = sum(values.values())
        counts[f"Gemeente {chr(65 + g % 26)}{chr(65 + g // 26)}"] = row
    total_row = {c: sum(r[c] for r in counts.values()) for c in persons}
    total_row |= {s.indicator: 0 for s in SPEC.values() if s.kind is Kind.OTHER}
    areas = (*(Area(name, AreaKind.GEMEENTE) for name in counts), Area(PRACTICE_TOTAL, AreaKind.TOTAL))
    return CountTable(Period.year(2026), areas, {**counts, PRACTICE_TOTAL: total_row}, frozenset())


def _median_s(run: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        run()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def main() -> None:
    facts = large_practice()
    whole = Period.between(dt.date(FIRST_YEAR, 1, 1), dt.date(FIRST_YEAR + YEARS - 1, 12, 31))
    print(f"facts: {len(facts.pregnancies)} pregnancies, {len(facts.assessments or ())} assessments, "
          f"{len(facts.referrals or ())} referrals, {len(facts.groups or ())} groups, "
          f"{len(facts.participants or ())} participants")
    cases: dict[str, Callable[[], object]] = {
        "aggregate, 20-year range": lambda: aggregate(facts, whole),
        "aggregate + suppress, 20-year range (k=10)": lambda: publish(aggregate(facts, whole), 10),
        "aggregate + suppress, one year (2026)": lambda: publish(aggregate(facts, Period.year(2026)), 10),
        "aggregate + suppress, each of the 20 years": lambda: [
            publish(aggregate(facts, Period.year(FIRST_YEAR + y)), 10) for y in range(YEARS)],
        "aggregate + suppress, one quarter (k=25: many hidden cells)": lambda: publish(
            aggregate(facts, Period.quarter(2020, 2)), 25),
    }
    hard = many_small_cells()
    cases["suppress only: 60 gemeenten full of small cells"] = lambda: publish(hard, 10)
    for name, run in cases.items():
        print(f"{name:<62} median {_median_s(run):6.3f} s")


if __name__ == "__main__":
    main()
