"""The Centering group planner: an optimal partition of the candidate pool into groups by due date.

``plan_groups`` places as many women as possible in groups of ``min_size``..``max_size`` whose à terme
datums (ATDs) lie at most ``max_spread_days`` apart, filling existing groups with room first. It is an
exact dynamic programme over the candidates sorted by (ATD, key), not a first-fit heuristic.

Objective, compared lexicographically (earlier criteria win):

1. the number of women placed (in new and existing groups) — maximal;
2. the number of women placed in existing groups — maximal ("fill existing groups first");
3. the sum over new groups of ``|size - target_size|`` — minimal;
4. the total spread in days (new groups: last minus first ATD; existing groups: how much joining widens
   them) — minimal.

Why consecutive runs suffice (the dynamic programme only looks at those). Sort all candidates by
(ATD, key); call a plan *consecutive* when every group, and every set of women joining one existing
group, is a run of neighbouring candidates in that order. Take any valid plan.

* Two new groups A and B that interleave: let A hold the earliest woman of A ∪ B. Give A the |A|
  earliest women of A ∪ B and B the rest. If A also holds the latest woman, both new groups lie inside
  A's old span. Otherwise the |A|-th earliest of the union is at most max(A) and the earliest of the
  |B| latest is at least min(B), so neither span grows (and the sum of spans does not grow either:
  ``max(A) >= u[|A|]`` and ``min(B) <= u[|A|+1]``). Sizes stay, so criteria 1-3 stay equal and 4 can
  only improve. Doing this for A against every other group makes A the |A| earliest placed women;
  then recurse on the rest.
* An unplaced woman inside a group's range: replace the group by the |G| candidates that follow its
  earliest member. They lie inside the old range (it holds at least |G| candidates), so the span does
  not grow and the group does not reach into its neighbour's range.
* A new group {x < z} around a woman y joining an existing group g (joiners must lie in the window
  ``[hi_g - D, lo_g + D]``): swap y with z, or with x. If neither swap were allowed,
  ``z - x > 2·D - span_g >= D``, contradicting the new group's spread. Joiners x < z of g around a new
  group: all of g's members and joiners lie within D days, so swapping x with the new group's earliest
  member keeps both within D. (This is why a group already wider than D takes no one: with a wider
  limit, joiners around a tight new group could beat every consecutive plan.)

So some optimal plan is consecutive, and the dynamic programme over consecutive plans is exact. The
property-based tests check it against an exhaustive search on small random pools.

Ties: when two plans score the same, the one that places the earlier candidate (in (ATD, key) order)
wins, position by position: women with an early ATD cannot wait for the next group, later ones can.

Running time: with no existing groups the programme has ``n`` states and ``max_size - min_size + 2``
moves each; an existing group adds a bit to the state only while the current ATD lies inside its
window, so a few existing groups cost little. The plan depends only on the set of (key, ATD) pairs,
not on their order in the input (ties between existing groups follow the order of ``existing``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
G = TypeVar("G", bound=Hashable)

_NO_LIMIT = 10**9


@dataclass(frozen=True)
class ExistingGroup(Generic[G]):
    """A group that has already been formed and still has room for ``room`` more women."""

    key: G
    member_due_dates: tuple[dt.date, ...]
    room: int

    def __post_init__(self) -> None:
        if self.room < 0:
            raise ValueError("De ruimte in een groep kan niet negatief zijn.")
        object.__setattr__(self, "member_due_dates", tuple(sorted(self.member_due_dates)))

    @property
    def span_days(self) -> int:
        dates = self.member_due_dates
        return (dates[-1] - dates[0]).days if dates else 0

    def fits(self, due_dates: Iterable[dt.date], max_spread_days: int) -> bool:
        """Whether these women together with the members keep the group's ATDs within the maximum spread.

        A group that is already wider than the setting (formed by hand) takes no one: joining never makes a
        group wider than the setting allows, and that keeps the planner exact (see the module docstring).
        """
        everything = [*self.member_due_dates, *due_dates]
        if not everything:
            return True
        return (max(everything) - min(everything)).days <= max_spread_days


class UnplacedReason(StrEnum):
    """Why a candidate is not in the plan; ``UnplacedCandidate.reason`` holds the Dutch sentence."""

    TOO_FEW_NEARBY = "te_weinig_in_de_buurt"
    EXISTING_GROUP_FULL = "bestaande_groep_vol"
    EXISTING_GROUP_SPREAD = "bestaande_groep_spreiding"
    GROUPS_FULL = "groepen_vol"


@dataclass(frozen=True)
class UnplacedCandidate(Generic[K, G]):
    """A candidate the plan leaves out, with the reason in Dutch and the existing groups she would fit."""

    key: K
    due_date: dt.date
    code: UnplacedReason
    reason: str
    nearby: int
    could_join: tuple[G, ...] = ()


@dataclass(frozen=True)
class GroupPlan(Generic[K, G]):
    """The planner's proposal.

    ``groups`` are the new groups (lists of candidate keys, earliest ATD first), ``joins`` maps an
    existing group's key to the candidates that join it, and ``unplaced`` lists the rest with a reason.
    Every candidate key occurs exactly once in the three together.
    """

    groups: list[list[K]]
    unplaced: list[UnplacedCandidate[K, G]]
    joins: dict[G, list[K]] = field(default_factory=dict)
    spreads_days: list[int] = field(default_factory=list)

    @property
    def placed_count(self) -> int:
        return sum(len(g) for g in self.groups) + sum(len(j) for j in self.joins.values())


ExistingSpec = ExistingGroup[G] | tuple[G, Iterable[dt.date], int]


def plan_groups(
    candidates: Sequence[tuple[K, dt.date]],
    *,
    min_size: int = 8,
    max_size: int = 12,
    max_spread_days: int = 28,
    target_size: int = 10,
    existing: Iterable[ExistingSpec[G]] = (),
) -> GroupPlan[K, G]:
    """Partition candidates ``(key, due_date)`` into Centering groups, optimally (see the module docstring).

    ``existing`` lists groups with room, as ``ExistingGroup`` or ``(group_key, member_due_dates, room)``;
    candidates join those before new groups are formed. Keys must be unique and mutually orderable
    (ties in ATD are broken by key).
    """
    if not 1 <= min_size <= max_size:
        raise ValueError("De minimale groepsgrootte moet tussen 1 en de maximale groepsgrootte liggen.")
    if max_spread_days < 0:
        raise ValueError("De maximale spreiding kan niet negatief zijn.")
    groups_in = [g if isinstance(g, ExistingGroup) else ExistingGroup(g[0], tuple(g[1]), g[2]) for g in existing]
    if len({g.key for g in groups_in}) != len(groups_in):
        raise ValueError("Een bestaande groep staat dubbel in de lijst.")
    ordered = sorted(candidates, key=lambda c: (c[1], c[0]))
    keys = [c[0] for c in ordered]
    if len(set(keys)) != len(keys):
        raise ValueError("Een zwangere staat dubbel in de kandidatenlijst.")
    ordinals = [c[1].toordinal() for c in ordered]

    choices = _solve(ordinals, groups_in, min_size, max_size, max_spread_days, target_size)

    groups: list[list[K]] = []
    spreads: list[int] = []
    joins: dict[G, list[K]] = {}
    unplaced_idx: list[int] = []
    i, mask = 0, 0
    n = len(ordered)
    while i < n:
        kind, length = choices[i][_normalise(mask, i, ordinals, groups_in, max_spread_days)]
        mask = _normalise(mask, i, ordinals, groups_in, max_spread_days)
        if kind == _SKIP:
            unplaced_idx.append(i)
        elif kind == _NEW:
            groups.append(keys[i : i + length])
            spreads.append(ordinals[i + length - 1] - ordinals[i])
        else:
            joins[groups_in[kind].key] = keys[i : i + length]
            mask |= 1 << kind
        i += max(length, 1)

    unplaced = _explain(ordered, ordinals, unplaced_idx, groups_in, joins, min_size, max_spread_days)
    return GroupPlan(groups=groups, unplaced=unplaced, joins=joins, spreads_days=spreads)


_SKIP = -2
_NEW = -1

Score = tuple[int, int, int, int]
_ZERO: Score = (0, 0, 0, 0)


def _window(group: ExistingGroup[G], max_spread_days: int) -> tuple[int, int]:
    """The ATD ordinals a joiner of this group may have."""
    if not group.member_due_dates:
        return (-_NO_LIMIT, _NO_LIMIT)
    if group.span_days > max_spread_days:
        return (_NO_LIMIT, -_NO_LIMIT)  # empty: takes no one
    return (
        group.member_due_dates[-1].toordinal() - max_spread_days,
        group.member_due_dates[0].toordinal() + max_spread_days,
    )


def _normalise(mask: int, i: int, ordinals: list[int], groups: list[ExistingGroup[G]], spread: int) -> int:
    """Forget used-flags of existing groups whose window lies wholly before candidate i (they no longer matter)."""
    if not mask or i >= len(ordinals):
        return 0
    here = ordinals[i]
    for g, group in enumerate(groups):
        if mask >> g & 1 and _window(group, spread)[1] < here:
            mask &= ~(1 << g)
    return mask


def _solve(
    ordinals: list[int],
    groups: list[ExistingGroup[G]],
    min_size: int,
    max_size: int,
    spread: int,
    target: int,
) -> list[dict[int, tuple[int, int]]]:
    """Backward dynamic programme; returns per candidate index and used-mask the best (move, length)."""
    n = len(ordinals)
    windows = [_window(g, spread) for g in groups]
    spans = [g.span_days for g in groups]
    lows = [g.member_due_dates[0].toordinal() if g.member_due_dates else None for g in groups]
    highs = [g.member_due_dates[-1].toordinal() if g.member_due_dates else None for g in groups]

    def live_masks(i: int) -> list[int]:
        # Groups that may have been used before i and still matter: window started before, not ended.
        here = ordinals[i]
        live = [g for g, (start, end) in enumerate(windows) if start <= here <= end and groups[g].room > 0]
        masks = [0]
        for g in live:
            masks += [m | 1 << g for m in masks]
        return masks

    best: list[dict[int, Score]] = [{} for _ in range(n + 1)]
    choices: list[dict[int, tuple[int, int]]] = [{} for _ in range(n)]

    def value(j: int, mask: int) -> Score:
        if j >= n:
            return _ZERO
        return best[j][_normalise(mask, j, ordinals, groups, spread)]

    for i in range(n - 1, -1, -1):
        first = ordinals[i]
        # Window lengths of new groups that respect the spread: candidates i..i+L-1.
        end = min(n, i + max_size)
        last_ok = bisect.bisect_right(ordinals, first + spread, i, end)  # exclusive
        for mask in live_masks(i):
            follow = value(i + 1, mask)
            top: Score = follow
            move = (_SKIP, 1)
            for g, group in enumerate(groups):
                if mask >> g & 1 or not group.room or not windows[g][0] <= first <= windows[g][1]:
                    continue
                lo = first if lows[g] is None else min(lows[g], first)
                for length in range(1, min(group.room, n - i) + 1):
                    last = ordinals[i + length - 1]
                    hi = last if highs[g] is None else max(highs[g], last)
                    if hi - lo > spread:
                        break
                    rest = value(i + length, mask | 1 << g)
                    widened = (hi - lo) - spans[g]
                    cand = (rest[0] + length, rest[1] + length, rest[2], rest[3] - widened)
                    if cand >= top:
                        top, move = cand, (g, length)
            for length in range(min_size, last_ok - i + 1):
                rest = value(i + length, mask)
                cand = (
                    rest[0] + length,
                    rest[1],
                    rest[2] - abs(length - target),
                    rest[3] - (ordinals[i + length - 1] - first),
                )
                if cand >= top:
                    top, move = cand, (_NEW, length)
            best[i][mask] = top
            choices[i][mask] = move
    return choices


def _explain(
    ordered: list[tuple[K, dt.date]],
    ordinals: list[int],
    unplaced_idx: list[int],
    groups: list[ExistingGroup[G]],
    joins: dict[G, list[K]],
    min_size: int,
    spread: int,
) -> list[UnplacedCandidate[K, G]]:
    """A Dutch reason for every unplaced candidate, and the existing groups she would fit by ATD."""
    result: list[UnplacedCandidate[K, G]] = []
    for i in unplaced_idx:
        key, due = ordered[i]
        nearby = _densest_window(ordinals, i, spread)
        fitting = tuple(g.key for g in groups if g.room > 0 and g.fits([due], spread))
        if fitting:
            with_room = [g for g in groups if g.key in fitting and len(joins.get(g.key, [])) < g.room]
            group = with_room[0] if with_room else next(g for g in groups if g.key == fitting[0])
            if not with_room:
                code = UnplacedReason.EXISTING_GROUP_FULL
                text = f"Past qua ATD bij groep {group.key}, maar die groep is nu vol."
            else:
                code = UnplacedReason.EXISTING_GROUP_SPREAD
                text = (
                    f"Past qua ATD bij groep {group.key}, maar niet samen met de andere nieuwe deelnemers "
                    f"(de ATD's zouden meer dan {spread} dagen uiteen liggen). "
                    "Plaats haar eventueel met de hand."
                )
        elif nearby < min_size:
            code = UnplacedReason.TOO_FEW_NEARBY
            text = (
                f"Te weinig zwangeren met een ATD dicht bij de hare: {nearby} binnen {spread} dagen, "
                f"minimaal {min_size} nodig. Wacht op nieuwe intakes."
            )
        else:
            code = UnplacedReason.GROUPS_FULL
            text = (
                f"Er zijn {nearby} zwangeren met een ATD binnen {spread} dagen, maar de passende groepen zijn vol "
                "of zij valt buiten hun spreiding. Wacht op nieuwe intakes of pas de groepen met de hand aan."
            )
        result.append(UnplacedCandidate(key, due, code, text, nearby, fitting))
    return result


def _densest_window(ordinals: list[int], i: int, spread: int) -> int:
    """The most candidates (her included) in one window of ``spread`` days that contains candidate i."""
    here = ordinals[i]
    first = bisect.bisect_left(ordinals, here - spread)
    best = 0
    for start in range(first, i + 1):
        if start > first and ordinals[start] == ordinals[start - 1]:
            continue
        lo = ordinals[start]
        count = bisect.bisect_right(ordinals, lo + spread) - bisect.bisect_left(ordinals, lo)
        best = max(best, count)
    return best
