"""The planner at the practice's real settings (8-12 women, 28 days): the number placed matches an independent
count-only dynamic programme on pools too big for the exhaustive search, and repeated runs give the same plan."""

from __future__ import annotations

import bisect
import datetime as dt
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from ksdesk.centering import plan_groups

BASE = dt.date(2027, 1, 4)


def most_placeable(offsets: list[int], min_size: int, max_size: int, spread: int) -> int:
    """How many women at most fit in groups of min..max with ATDs within `spread` days (runs of the sorted pool)."""
    ordered = sorted(offsets)
    n = len(ordered)

    @cache
    def best(i: int) -> int:
        if i >= n:
            return 0
        top = best(i + 1)
        last = bisect.bisect_right(ordered, ordered[i] + spread, i, min(n, i + max_size))
        for length in range(min_size, last - i + 1):
            top = max(top, length + best(i + length))
        return top

    return best(0)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 240), max_size=80), st.integers(20, 35))
def test_places_as_many_as_possible_at_real_settings(offsets: list[int], spread: int) -> None:
    candidates = [(i, BASE + dt.timedelta(days=o)) for i, o in enumerate(offsets)]
    plan = plan_groups(candidates, max_spread_days=spread)
    assert plan.placed_count == most_placeable(offsets, 8, 12, spread)
    assert plan_groups(candidates, max_spread_days=spread) == plan


def test_a_realistic_month_of_intakes() -> None:
    # 23 women over seven weeks: two groups (not one of 12 and 11 left over)
    offsets = [0, 1, 3, 4, 6, 8, 9, 11, 13, 14, 17, 20, 24, 26, 27, 30, 33, 35, 38, 40, 41, 45, 48]
    plan = plan_groups([(i, BASE + dt.timedelta(days=o)) for i, o in enumerate(offsets)])
    assert plan.placed_count == 23
    assert sorted(len(g) for g in plan.groups) == [11, 12]
    assert all(s <= 28 for s in plan.spreads_days)
