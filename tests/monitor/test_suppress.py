"""Small-cell and secondary suppression: hand-made tables with known answers, and hypothesis properties.

The property tests check the published export with their own arithmetic (ranks over GF(p), not the
module's rational elimination): no count of clients from 1 to k−1 is published, and no hidden cell is
determined by the published row and column totals and the other published cells.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksdesk.monitor.aggregate import OTHER_GEMEENTEN, PRACTICE_TOTAL, Area, AreaKind, CountTable, aggregate
from ksdesk.monitor.indicators import ROW_GROUPS, SPEC, Kind, Scope, Source
from ksdesk.monitor.indicators import Indicator as Ind
from ksdesk.monitor.period import Period
from ksdesk.monitor.published import CellStatus, MonitorExport, SuppressionReason, display
from ksdesk.monitor.suppress import fold_small_gemeenten, publish
from tests.monitor.fixtures import small_practice

PERSONS = [c for c in Ind if SPEC[c].kind is Kind.PERSONS]
PRIME = (1 << 61) - 1


def _table(rows: dict[str, dict[Ind, int]], extra_total: dict[Ind, int] | None = None) -> CountTable:
    """A count table from per-gemeente person counts (the practice total is their sum)."""
    total = {c: sum(r.get(c, 0) for r in rows.values()) for c in PERSONS}
    others = {s.indicator: 0 for s in SPEC.values() if s.kind is Kind.OTHER}
    total.update(others | (extra_total or {}))
    counts = {name: {c: r.get(c, 0) for c in PERSONS} for name, r in rows.items()}
    counts[PRACTICE_TOTAL] = total
    areas = (*(Area(n, AreaKind.GEMEENTE) for n in rows), Area(PRACTICE_TOTAL, AreaKind.TOTAL))
    return CountTable(Period.year(2026), areas, counts, frozenset())


def _statuses(export: MonitorExport, code: Ind) -> dict[str, CellStatus]:
    return {str(r.area): r.cell(code).status for r in export.rows}


def test_a_small_cell_and_its_complement_in_a_column() -> None:
    table = _table({"Maastricht": {Ind.PREGNANCIES_IN_CARE: 40},
                    "Heerlen": {Ind.PREGNANCIES_IN_CARE: 3, Ind.ASSESSMENTS: 15},  # kept: one count reaches k
                    "Sittard-Geleen": {Ind.PREGNANCIES_IN_CARE: 25}})
    export = publish(table, 10)
    assert _statuses(export, Ind.PREGNANCIES_IN_CARE) == {
        "Heerlen": CellStatus.SMALL, "Maastricht": CellStatus.PUBLISHED,
        "Sittard-Geleen": CellStatus.SECONDARY, PRACTICE_TOTAL: CellStatus.PUBLISHED}
    texts = {str(r.area): display(r.cell(Ind.PREGNANCIES_IN_CARE), 10) for r in export.rows}
    assert texts == {"Heerlen": "<10", "Maastricht": "40", "Sittard-Geleen": "x", PRACTICE_TOTAL: "68"}
    reasons = {(str(n.area), n.indicator): n.reason for n in export.notes if n.indicator is Ind.PREGNANCIES_IN_CARE}
    assert reasons == {("Heerlen", Ind.PREGNANCIES_IN_CARE): SuppressionReason.SMALL,
                       ("Sittard-Geleen", Ind.PREGNANCIES_IN_CARE): SuppressionReason.SECONDARY}


def test_levels_in_a_row_need_a_second_hidden_level() -> None:
    levels = {Ind.PREGNANCIES_ASSESSED: 30, Ind.LEVEL_URGENT: 2, Ind.LEVEL_VULNERABLE: 12, Ind.LEVEL_POTENTIAL: 0,
              Ind.LEVEL_NONE: 16}
    export = publish(_table({"Maastricht": dict(levels), "Heerlen": dict(levels)}), 10)
    row = export.rows[0]
    assert row.cell(Ind.LEVEL_URGENT).status is CellStatus.SMALL
    assert row.cell(Ind.LEVEL_VULNERABLE).status is CellStatus.SECONDARY  # smallest non-zero complement
    assert row.cell(Ind.LEVEL_POTENTIAL).value == 0 and row.cell(Ind.LEVEL_NONE).value == 16
    total = export.total
    # the total row 4 / 24 is published; both gemeenten hide the same two cells, forming a rectangle
    assert total.cell(Ind.LEVEL_URGENT).status is CellStatus.SMALL
    assert total.cell(Ind.LEVEL_VULNERABLE).status is CellStatus.SECONDARY
    _assert_protected(export, _true_values(_table({"Maastricht": dict(levels), "Heerlen": dict(levels)})))


def test_a_complement_that_would_leave_one_possible_value_is_not_enough() -> None:
    """Maastricht 1 ("<10") and Heerlen 10 ("x", so 0 or at least 10) beside a total of 51 give the 1 away."""
    table = _table({"Maastricht": {Ind.PREGNANCIES_IN_CARE: 1, Ind.ASSESSMENTS: 15},
                    "Heerlen": {Ind.PREGNANCIES_IN_CARE: 10}, "Kerkrade": {Ind.PREGNANCIES_IN_CARE: 40}})
    export = publish(table, 10)
    assert _statuses(export, Ind.PREGNANCIES_IN_CARE) == {
        "Maastricht": CellStatus.SMALL, "Heerlen": CellStatus.SECONDARY, "Kerkrade": CellStatus.SECONDARY,
        PRACTICE_TOTAL: CellStatus.PUBLISHED}
    _assert_protected(export, _true_values(table))


def test_two_small_cells_adding_up_to_two_are_widened() -> None:
    table = _table({"Maastricht": {Ind.PREGNANCIES_IN_CARE: 1, Ind.ASSESSMENTS: 15},
                    "Heerlen": {Ind.PREGNANCIES_IN_CARE: 1, Ind.ASSESSMENTS: 15},
                    "Kerkrade": {Ind.PREGNANCIES_IN_CARE: 40}})
    export = publish(table, 10)
    assert _statuses(export, Ind.PREGNANCIES_IN_CARE)["Kerkrade"] is CellStatus.SECONDARY
    _assert_protected(export, _true_values(table))


def test_a_small_total_split_in_small_parts_is_veiled() -> None:
    """Referrals 2 = JGZ 1 + huisarts 1 with k = 3: all three as "<3" would give every value away (two parts
    of at least 1 in a total of at most 2), so the total is shown as "x"; the parts stay "<3"."""
    row = {Ind.PREGNANCIES_IN_CARE: 30, Ind.REFERRALS: 2, Ind.REFERRALS_JGZ: 1, Ind.REFERRALS_HUISARTS: 1}
    table = _table({"Maastricht": row})
    export = publish(table, 3)
    total = export.total
    assert total.cell(Ind.REFERRALS).status is CellStatus.SECONDARY
    assert total.cell(Ind.REFERRALS_JGZ).status is CellStatus.SMALL
    assert total.cell(Ind.REFERRALS_HUISARTS).status is CellStatus.SMALL
    reasons = {n.reason for n in export.notes if str(n.area) == PRACTICE_TOTAL and n.indicator is Ind.REFERRALS}
    assert reasons == {SuppressionReason.SECONDARY}  # the note does not say it is small either
    _assert_protected(export, _true_values(table, 3))


def test_small_gemeenten_are_folded_and_zero_is_shown() -> None:
    table = _table({"Maastricht": {Ind.PREGNANCIES_IN_CARE: 40}, "Vaals": {Ind.PREGNANCIES_IN_CARE: 2},
                    "Gulpen-Wittem": {Ind.PREGNANCIES_IN_CARE: 1}, "Eijsden-Margraten": {Ind.PREGNANCIES_IN_CARE: 0}})
    export = publish(table, 10)
    assert [str(r.area) for r in export.rows] == ["Maastricht", OTHER_GEMEENTEN, PRACTICE_TOTAL]
    other = export.rows[1]
    assert other.kind is AreaKind.OTHER and other.cell(Ind.PREGNANCIES_IN_CARE).status is CellStatus.SMALL
    assert export.rows[0].cell(Ind.ASSESSMENTS).value == 0  # 0 may be shown


def test_shares_are_hidden_with_their_counts_and_practice_only_cells_are_empty() -> None:
    export = publish(aggregate(small_practice(), Period.year(2026)), 10)
    # everything is tiny: every gemeente folds into Overige gemeenten, and that row equals the total
    assert [r.kind for r in export.rows] == [AreaKind.OTHER, AreaKind.TOTAL]
    total = export.total
    assert total.cell(Ind.PREGNANCIES_IN_CARE).status is CellStatus.SMALL
    assert total.cell(Ind.PROTECTIVE_SHARE).status is CellStatus.DERIVED
    assert total.cell(Ind.MEAN_GROUP_SIZE).status is CellStatus.DERIVED
    assert total.cell(Ind.GROUPS_STARTED).value == 2 and total.cell(Ind.TRAINED_TOTAL).value == 3
    assert export.rows[0].cell(Ind.GROUPS_STARTED).status is CellStatus.NOT_APPLICABLE
    assert display(export.rows[0].cell(Ind.GROUPS_STARTED), 10) == ""
    table = _table({"Maastricht": {Ind.PARTICIPANTS_STARTED: 21}}, extra_total={Ind.GROUPS_STARTED: 2})
    assert publish(table, 10).total.cell(Ind.MEAN_GROUP_SIZE).value == 10.5


def test_unavailable_sources_are_marked_in_every_row() -> None:
    table = dataclasses.replace(_table({"Maastricht": {Ind.PREGNANCIES_IN_CARE: 20}}),
                                unavailable=frozenset({Source.REFERRALS}))
    export = publish(table, 10)
    assert all(r.cell(Ind.REFERRALS).status is CellStatus.NOT_AVAILABLE for r in export.rows)
    assert display(export.total.cell(Ind.REFERRALS_JGZ), 10) == "nb"
    assert export.unavailable == (Source.REFERRALS,)


def test_the_export_type_refuses_a_small_published_count() -> None:
    export = publish(_table({"Maastricht": {Ind.PREGNANCIES_IN_CARE: 20}}), 10)
    with pytest.raises(ValueError):
        dataclasses.replace(export, k=30)


# --- properties -------------------------------------------------------------------------------------


def _true_values(table: CountTable, k: int = 10) -> dict[tuple[str, Ind], int]:
    """The real counts of the rows as published (small gemeenten folded for this k)."""
    areas, counts = fold_small_gemeenten(table, k)
    return {(a.name, c): counts[a.name][c] for a in areas for c in PERSONS}


def _rank_mod_p(rows: list[list[int]]) -> int:
    rows = [[v % PRIME for v in r] for r in rows if any(r)]
    rank, width = 0, len(rows[0]) if rows else 0
    for col in range(width):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][col]), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        inv = pow(rows[rank][col], PRIME - 2, PRIME)
        rows[rank] = [v * inv % PRIME for v in rows[rank]]
        for i in range(len(rows)):
            if i != rank and rows[i][col]:
                f = rows[i][col]
                rows[i] = [(a - f * b) % PRIME for a, b in zip(rows[i], rows[rank], strict=True)]
        rank += 1
    return rank


def _assert_protected(export: MonitorExport, truth: dict[tuple[str, Ind], int] | None = None) -> None:
    """No small count published; every hidden count stays undetermined by the published equations."""
    rows = list(export.rows)
    k = export.k
    hidden: list[tuple[str, Ind]] = []
    for row in rows:
        for code in PERSONS:
            cell = row.cell(code)
            if cell.status is CellStatus.PUBLISHED:
                assert not 0 < cell.value < k, (row.area, code, cell.value)
            elif cell.status in (CellStatus.SMALL, CellStatus.SECONDARY):
                hidden.append((str(row.area), code))
            if truth is not None and cell.status is CellStatus.PUBLISHED and (str(row.area), code) in truth:
                assert truth[(str(row.area), code)] == cell.value
    # the equations a reader sees: each column adds up to the total row; level and destination groups per row
    areas = [str(r.area) for r in rows]
    equations: list[tuple[list[tuple[str, Ind]], tuple[str, Ind]]] = []
    for code in PERSONS:
        equations.append(([(a, code) for a in areas[:-1]], (areas[-1], code)))
    for total_code, parts in ROW_GROUPS:
        for a in areas:
            equations.append(([(a, c) for c in parts], (a, total_code)))
    index = {cell: i for i, cell in enumerate(hidden)}
    matrix = []
    for parts, total in equations:
        row_vec = [0] * len(hidden)
        for cell in parts:
            if cell in index:
                row_vec[index[cell]] += 1
        if total in index:
            row_vec[index[total]] -= 1
        matrix.append(row_vec)
    full = _rank_mod_p(matrix)
    for j, cell in enumerate(hidden):
        without = _rank_mod_p([r[:j] + r[j + 1:] for r in matrix])
        assert without == full, f"{cell} can be recomputed from the published cells"
    if truth is not None:
        _assert_not_pinned_by_bounds(equations, set(hidden), rows, k, truth)
    for row in rows:  # shares/means never published next to a hidden count they are computed from
        for spec in SPEC.values():
            if spec.kind is Kind.RATIO and row.cell(spec.indicator).status is CellStatus.PUBLISHED:
                assert spec.ratio_of is not None
                assert all(row.cell(c).status is CellStatus.PUBLISHED for c in spec.ratio_of)


def _assert_not_pinned_by_bounds(equations: list[tuple[list[tuple[str, Ind]], tuple[str, Ind]]],
                                 hidden: set[tuple[str, Ind]], rows: list, k: int,
                                 truth: dict[tuple[str, Ind], int]) -> None:
    """One equation at a time: what a reader knows from the markers ("<k": 1..k−1, "x": 0 or ≥ k, taken as
    known when it is 0; a small count shown as "x" could be anything) must leave every small cell at least two
    possible values."""
    status = {(str(r.area), c.indicator): c.status for r in rows for c in r.cells}
    for parts, total in equations:
        cells = [(c, 1) for c in parts] + [(total, -1)]
        unknown = [(c, sign) for c, sign in cells if c in hidden and not (
            status[c] is CellStatus.SECONDARY and truth[c] == 0)]
        known = sum(sign * truth[c] for c, sign in cells if (c, sign) not in unknown)
        for cell, sign in unknown:
            if status[cell] is not CellStatus.SMALL:
                continue
            low = high = -known  # sign * v + sum(other signed unknowns) = -known
            for other, other_sign in unknown:
                if other == cell:
                    continue
                if status[other] is CellStatus.SMALL:
                    lo, hi = 1, k - 1
                else:  # "x": at least k, unless it is a small count veiled as "x" (then anything)
                    lo, hi = (k, 10**9) if truth[other] >= k else (0, 10**9)
                low, high = (low - hi, high - lo) if other_sign > 0 else (low + lo, high + hi)
            low, high = (low, high) if sign > 0 else (-high, -low)
            assert max(low, 1) < min(high, k - 1), f"{cell} is pinned to one value by the markers"


small_counts = st.one_of(st.integers(0, 12), st.integers(0, 60))


@st.composite
def count_tables(draw: st.DrawFn) -> CountTable:
    names = draw(st.lists(st.sampled_from(["Maastricht", "Heerlen", "Kerkrade", "Vaals", "Sittard-Geleen",
                                           "Meerssen", "Onbekend"]), min_size=1, max_size=6, unique=True))
    rows: dict[str, dict[Ind, int]] = {}
    grouped = {c for _t, parts in ROW_GROUPS for c in parts} | {t for t, _p in ROW_GROUPS}
    for name in names:
        row = {c: draw(small_counts) for c in PERSONS if c not in grouped and SPEC[c].scope is Scope.GEMEENTE}
        for total_code, parts in ROW_GROUPS:
            values = {c: draw(small_counts) for c in parts}
            row |= values
            row[total_code] = sum(values.values())
        rows[name] = row
    return _table(rows)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=count_tables(), k=st.sampled_from([3, 5, 10, 11]))
def test_property_no_small_cell_and_nothing_recomputable(table: CountTable, k: int) -> None:
    export = publish(table, k)
    _assert_protected(export, _true_values(table, k))
    hidden = {(str(r.area), c.indicator) for r in export.rows for c in r.cells
              if c.status in (CellStatus.SMALL, CellStatus.SECONDARY, CellStatus.DERIVED)}
    assert hidden == {(str(n.area), n.indicator) for n in export.notes}  # every hidden cell is explained


def test_the_checker_notices_a_recomputable_cell() -> None:
    """_assert_protected must fail on an export where a lone small cell sits in a column with its total."""
    table = _table({"Maastricht": {Ind.PREGNANCIES_IN_CARE: 40}, "Heerlen": {Ind.PREGNANCIES_IN_CARE: 3}})
    export = publish(table, 10)
    leaky_rows = []
    for row in export.rows:  # un-hide the complement: Heerlen = total − Maastricht
        cells = tuple(dataclasses.replace(c, status=CellStatus.PUBLISHED, value=table.counts[str(row.area)][
            c.indicator]) if c.status is CellStatus.SECONDARY else c for c in row.cells)
        leaky_rows.append(dataclasses.replace(row, cells=cells))
    with pytest.raises(AssertionError, match="recomputed"):
        _assert_protected(dataclasses.replace(export, rows=tuple(leaky_rows)))
