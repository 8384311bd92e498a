"""The Centering planner: optimal against an exhaustive search, constraints, determinism, existing groups
and the Dutch reasons for women left out."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ksdesk.centering import ExistingGroup, GroupPlan, UnplacedReason, plan_groups

BASE = dt.date(2026, 3, 2)


def day(n: int) -> dt.date:
    return BASE + dt.timedelta(days=n)


def pool(*offsets: int, prefix: str = "c") -> list[tuple[str, dt.date]]:
    return [(f"{prefix}{i:02d}", day(o)) for i, o in enumerate(offsets)]


# --- scoring shared by the checks and the exhaustive search ------------------------------------------------


def score(
    groups: Sequence[Sequence[dt.date]],
    joins: dict[int, Sequence[dt.date]],
    existing: Sequence[ExistingGroup[int]],
    target: int,
) -> tuple[int, int, int, int]:
    """The planner's objective: (placed, placed in existing groups, -size deviation, -spread)."""
    placed = sum(len(g) for g in groups) + sum(len(j) for j in joins.values())
    in_existing = sum(len(j) for j in joins.values())
    deviation = sum(abs(len(g) - target) for g in groups)
    spread = sum((max(g) - min(g)).days for g in groups)
    for g, joined in joins.items():
        if joined:
            members = [*existing[g].member_due_dates, *joined]
            spread += (max(members) - min(members)).days - existing[g].span_days
    return placed, in_existing, -deviation, -spread


def check_valid(
    plan: GroupPlan,
    candidates: Sequence[tuple[str, dt.date]],
    existing: Sequence[ExistingGroup[int]],
    min_size: int,
    max_size: int,
    spread: int,
) -> None:
    """Every key exactly once; sizes, spreads and room respected."""
    due = dict(candidates)
    seen = [k for g in plan.groups for k in g] + [k for j in plan.joins.values() for k in j]
    seen += [u.key for u in plan.unplaced]
    assert sorted(seen) == sorted(due)
    for group in plan.groups:
        assert min_size <= len(group) <= max_size
        dates = [due[k] for k in group]
        assert (max(dates) - min(dates)).days <= spread
    by_key = {g.key: g for g in existing}
    for key, joined in plan.joins.items():
        assert 1 <= len(joined) <= by_key[key].room
        assert by_key[key].fits([due[k] for k in joined], spread)


def plan_score(plan: GroupPlan, candidates, existing, target: int) -> tuple[int, int, int, int]:
    due = dict(candidates)
    groups = [[due[k] for k in g] for g in plan.groups]
    joins = {g: [due[k] for k in j] for g, j in plan.joins.items()}
    return score(groups, joins, existing, target)


def exhaustive_best(candidates, existing, min_size, max_size, spread, target) -> tuple[int, int, int, int]:
    """Try every assignment of every woman to: nobody, an existing group, or a new group (canonical labels)."""
    dates = [d for _, d in candidates]
    best = (0, 0, 0, 0)
    assignment: list[tuple[str, int] | None] = []

    def finish() -> None:
        nonlocal best
        new: dict[int, list[dt.date]] = {}
        joins: dict[int, list[dt.date]] = {}
        for date, slot in zip(dates, assignment, strict=True):
            if slot is None:
                continue
            (new if slot[0] == "n" else joins).setdefault(slot[1], []).append(date)
        for group in new.values():
            if not min_size <= len(group) <= max_size or (max(group) - min(group)).days > spread:
                return
        for g, joined in joins.items():
            if len(joined) > existing[g].room or not existing[g].fits(joined, spread):
                return
        best = max(best, score(list(new.values()), joins, existing, target))

    def walk(i: int, new_groups: int) -> None:
        if i == len(dates):
            finish()
            return
        options: list[tuple[str, int] | None] = [None]
        options += [("e", g) for g in range(len(existing))]
        options += [("n", g) for g in range(new_groups + 1)]
        for option in options:
            assignment.append(option)
            walk(i + 1, new_groups + (option == ("n", new_groups)))
            assignment.pop()

    walk(0, 0)
    return best


@st.composite
def instances(draw: st.DrawFn):
    n = draw(st.integers(0, 7))
    offsets = draw(st.lists(st.integers(0, 24), min_size=n, max_size=n))
    candidates = [(f"k{i}", day(o)) for i, o in enumerate(offsets)]
    min_size = draw(st.integers(1, 3))
    max_size = draw(st.integers(min_size, 4))
    target = draw(st.integers(min_size, max_size))
    spread = draw(st.integers(0, 10))
    existing = []
    for g in range(draw(st.integers(0, 2))):
        start = draw(st.integers(0, 24))
        members = draw(st.lists(st.integers(start, start + spread + 2), max_size=3))  # sometimes too wide
        existing.append(ExistingGroup(g, tuple(day(o) for o in members), draw(st.integers(0, 2))))
    return candidates, existing, min_size, max_size, spread, target


@settings(max_examples=300, deadline=None)
@given(instances())
def test_planner_is_optimal_against_exhaustive_search(instance) -> None:
    candidates, existing, min_size, max_size, spread, target = instance
    plan = plan_groups(candidates, min_size=min_size, max_size=max_size, max_spread_days=spread,
                       target_size=target, existing=existing)
    check_valid(plan, candidates, existing, min_size, max_size, spread)
    expected = exhaustive_best(candidates, existing, min_size, max_size, spread, target)
    got = plan_score(plan, candidates, existing, target)
    assert got[0] == expected[0], "not the most women placed"
    assert got == expected  # then filling existing groups, sizes near target, least spread


@settings(max_examples=100, deadline=None)
@given(instances(), st.randoms(use_true_random=False))
def test_planner_is_deterministic_whatever_the_input_order(instance, rnd: random.Random) -> None:
    candidates, existing, min_size, max_size, spread, target = instance
    kwargs = dict(min_size=min_size, max_size=max_size, max_spread_days=spread, target_size=target, existing=existing)
    shuffled = list(candidates)
    rnd.shuffle(shuffled)
    assert plan_groups(candidates, **kwargs) == plan_groups(shuffled, **kwargs)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 400), max_size=300), st.integers(0, 40))
def test_constraints_hold_on_larger_pools(offsets: list[int], spread: int) -> None:
    candidates = pool(*offsets)
    plan = plan_groups(candidates, max_spread_days=spread)
    check_valid(plan, candidates, [], 8, 12, spread)


# --- table-driven cases --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offsets", "expected_sizes", "unplaced"),
    [
        pytest.param([], [], 0, id="empty pool"),
        pytest.param([0] * 7, [], 7, id="seven is too few"),
        pytest.param([0] * 8, [8], 0, id="eight is a group"),
        pytest.param([0] * 12, [12], 0, id="twelve is one group"),
        pytest.param([0] * 13, [12], 1, id="thirteen: one left over"),
        pytest.param([0] * 16, [8, 8], 0, id="sixteen: two groups of eight"),
        pytest.param([0] * 20, [10, 10], 0, id="twenty: two groups of the target size"),
        pytest.param([0] * 30, [10, 10, 10], 0, id="thirty: three groups of ten, not 12+12+6"),
        pytest.param([*[0] * 8, *[29] * 8], [8, 8], 0, id="two clusters a month apart"),
        pytest.param([*[0] * 5, *[20] * 5], [10], 0, id="within 28 days: one group"),
        pytest.param([*[0] * 5, *[29] * 5], [], 10, id="29 days apart: no group"),
    ],
)
def test_group_sizes(offsets: list[int], expected_sizes: list[int], unplaced: int) -> None:
    plan = plan_groups(pool(*offsets))
    assert [len(g) for g in plan.groups] == expected_sizes
    assert len(plan.unplaced) == unplaced


def test_optimal_where_first_fit_is_not() -> None:
    """First-fit from the earliest ATD takes days 0..28 (12 women) and strands the next eight;
    the optimum starts the second group earlier so that all 18 are placed."""
    offsets = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 28, 28, 40, 41, 42, 43, 44, 45]
    plan = plan_groups(pool(*offsets))
    assert plan.placed_count == 18
    assert [len(g) for g in plan.groups] == [10, 8]


def test_target_size_breaks_ties_then_spread() -> None:
    # 24 women within a week: 12+12 deviates 4 from target 10, 8+8+8 deviates 6; with target 8 the reverse.
    plan = plan_groups(pool(*[i % 7 for i in range(24)]))
    assert sorted(len(g) for g in plan.groups) == [12, 12]
    plan = plan_groups(pool(*[i % 7 for i in range(24)]), target_size=8)
    assert [len(g) for g in plan.groups] == [8, 8, 8]


def test_smallest_spread_among_equal_sizes() -> None:
    # Ten women, at most nine per group: one stays out. Leaving out day 0 or day 27 both keep sizes at
    # target; leaving out the far one gives a spread of 8 days instead of 26.
    plan = plan_groups(pool(0, 1, 2, 3, 4, 5, 6, 7, 8, 27), min_size=8, max_size=9, target_size=9)
    assert plan.groups == [[f"c{i:02d}" for i in range(9)]]
    assert plan.spreads_days == [8]


def test_ties_place_the_earlier_due_dates() -> None:
    # Twelve women three days apart: only ten fit in 28 days; the earliest ATDs get the places.
    plan = plan_groups(pool(*range(0, 36, 3)))
    assert plan.groups == [[f"c{i:02d}" for i in range(10)]]
    assert [u.key for u in plan.unplaced] == ["c10", "c11"]


def test_equal_due_dates_are_ordered_by_key() -> None:
    candidates = [(k, day(0)) for k in ["z", "b", "m", "a", "q", "c", "d", "e", "f"]]
    plan = plan_groups(candidates, max_size=8, target_size=8)
    assert plan.groups == [["a", "b", "c", "d", "e", "f", "m", "q"]]
    assert [u.key for u in plan.unplaced] == ["z"]


def test_rejects_duplicate_keys_and_bad_settings() -> None:
    with pytest.raises(ValueError, match="dubbel"):
        plan_groups([("a", day(0)), ("a", day(1))])
    with pytest.raises(ValueError, match="groepsgrootte"):
        plan_groups([], min_size=13, max_size=12)


# --- existing groups and reasons -----------------------------------------------------------------------------


def test_fills_existing_groups_before_forming_new_ones() -> None:
    existing = [ExistingGroup("Groep maart", (day(0), day(10)), room=2)]
    plan = plan_groups(pool(5, 6, 7), existing=existing)
    assert plan.joins == {"Groep maart": ["c00", "c01"]}
    assert plan.groups == []
    [left] = plan.unplaced
    assert left.key == "c02"
    assert left.code is UnplacedReason.EXISTING_GROUP_FULL
    assert left.could_join == ("Groep maart",)
    assert "Groep maart" in left.reason and "vol" in left.reason


def test_existing_group_accepts_tuples_and_respects_its_window() -> None:
    # Members span days 0..20; with 28 days joiners must lie within days -8..28 (and within 28 of each other).
    plan = plan_groups(pool(-9, -8, 3, 29), existing=[("G1", [day(0), day(20)], 5)])
    assert plan.joins == {"G1": ["c01", "c02"]}
    assert {u.key for u in plan.unplaced} == {"c00", "c03"}
    assert all(u.code is UnplacedReason.TOO_FEW_NEARBY for u in plan.unplaced)
    assert all(u.could_join == () for u in plan.unplaced)


def test_existing_group_wider_than_the_setting_takes_no_one() -> None:
    plan = plan_groups(pool(10), existing=[("G1", [day(0), day(30)], 5)])
    assert plan.joins == {}
    assert plan.unplaced[0].could_join == ()


def test_existing_group_does_not_cost_a_new_group() -> None:
    """Placing the most women wins over filling the existing group first."""
    plan = plan_groups(pool(*[0] * 8), existing=[("G1", [day(0)], 2)])
    assert plan.groups == [[f"c{i:02d}" for i in range(8)]]
    assert plan.joins == {}


def test_existing_group_gets_the_left_over_women() -> None:
    plan = plan_groups(pool(*[0] * 10), existing=[("G1", [day(3)], 2)])
    assert plan.placed_count == 10
    assert len(plan.joins["G1"]) == 2 and [len(g) for g in plan.groups] == [8]


def test_reason_too_few_nearby_counts_the_densest_window() -> None:
    plan = plan_groups(pool(0, 1, 2, 40, 41, 100))
    reasons = {u.key: u for u in plan.unplaced}
    assert reasons["c00"].nearby == 3
    assert reasons["c03"].nearby == 2
    assert reasons["c05"].nearby == 1
    assert reasons["c00"].code is UnplacedReason.TOO_FEW_NEARBY
    assert "Te weinig zwangeren" in reasons["c00"].reason and "minimaal 8" in reasons["c00"].reason
    assert "Wacht op nieuwe intakes" in reasons["c00"].reason


def test_reason_groups_full() -> None:
    plan = plan_groups(pool(*[0] * 13))
    [left] = plan.unplaced
    assert left.code is UnplacedReason.GROUPS_FULL
    assert left.nearby == 13
    assert "vol" in left.reason


def test_reason_existing_group_with_room_but_spread() -> None:
    # The group (member at day 0) can take women up to day 28; c00 at day -20 and c01 at day 20 fit alone
    # but not together (40 days apart), so one of them stays out although the group has room.
    plan = plan_groups(pool(-20, 20), existing=[("G1", [day(0)], 5)])
    assert plan.placed_count == 1
    [left] = plan.unplaced
    assert left.code is UnplacedReason.EXISTING_GROUP_SPREAD
    assert left.could_join == ("G1",)
    assert "G1" in left.reason
