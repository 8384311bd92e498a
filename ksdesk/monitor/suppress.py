"""From raw counts to what may be published: small gemeenten grouped, small cells and secondary suppression.

Rules (see /work/shared/domain/monitor.md and the RIVM Regiobeeld practice):

1. A gemeente where every count of clients is below k is folded into "Overige gemeenten", so a gemeente name
   only appears when at least k clients share it.
2. Primary suppression: a count of clients from 1 to k−1 is published as "<k" (0 may be shown).
3. Secondary suppression: the published cells obey linear equations — per indicator the gemeenten add up to
   the practice total, and per row the levels add up to ``zwangerschappen_gesignaleerd`` and the destination
   types to ``verwijzingen``. Further cells are hidden until no hidden cell is *determined* by those equations
   and the published cells (exact rational elimination per connected block of equations: a hidden cell is
   determined when its unit vector lies in the row space of the equations restricted to the hidden cells).
   As complement the smallest non-zero published part is chosen, then a total, zeros last.
   3b. The markers tell a reader more than the equations ("<k" is 1..k−1, "x" is 0 or at least k): bounds are
   propagated through the equations, and while a small cell can still take only one value, the smallest
   non-zero published cell of one of its equations is hidden too (e.g. 1 and 10 hidden beside a published
   total would give the 1 away). Where nothing is left to hide (a small total split into small parts), the
   small part is shown as "x" instead of "<k".
4. A share or mean is hidden when a count it is computed from is hidden.

Counts of groups, sessions, locations, gemeenten and staff are not about clients and are not suppressed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from ksdesk.monitor.aggregate import OTHER_GEMEENTEN, PRACTICE_TOTAL, Area, AreaKind, CountTable
from ksdesk.monitor.indicators import ROW_GROUPS, SPEC, SPECS, Indicator, Kind, Scope
from ksdesk.monitor.published import (
    AreaName,
    CellStatus,
    MonitorExport,
    PublishedCell,
    PublishedRow,
    SuppressionNote,
    SuppressionReason,
)

DEFAULT_K = 10
MIN_K = 3  # "<2" would publish every 1
MAX_K = 100

Cell = tuple[str, Indicator]  # (area name, indicator)


@dataclass(frozen=True)
class Equation:
    """``sum(parts) == total`` over cells of the published table."""

    parts: tuple[Cell, ...]
    total: Cell

    @property
    def cells(self) -> tuple[Cell, ...]:
        return (*self.parts, self.total)


def publish(table: CountTable, k: int = DEFAULT_K) -> MonitorExport:
    """Apply the rules above; the result holds no count of clients from 1 to k−1."""
    if not MIN_K <= k <= MAX_K:
        raise ValueError(f"k must be between {MIN_K} and {MAX_K}")
    areas, counts = fold_small_gemeenten(table, k)
    persons = [c for c in table.total if SPEC[c].kind is Kind.PERSONS]
    values = {(a.name, c): counts[a.name][c] for a in areas for c in persons}
    equations = equations_for(areas, persons)
    primary = {cell for cell, v in values.items() if 0 < v < k}
    hidden, veiled = suppress_cells(values, equations, primary, k)
    primary -= veiled  # shown as "x" like a complement (and explained like one)

    rows = []
    notes = []
    for area in areas:
        cells = []
        for spec in SPECS:
            code = spec.indicator
            if spec.source in table.unavailable:
                cells.append(PublishedCell(code, CellStatus.NOT_AVAILABLE))
            elif spec.scope is Scope.PRACTICE and area.kind is not AreaKind.TOTAL:
                cells.append(PublishedCell(code, CellStatus.NOT_APPLICABLE))
            elif spec.kind is Kind.RATIO:
                assert spec.ratio_of is not None
                numerator, denominator = ((area.name, c) for c in spec.ratio_of)
                if numerator in hidden or denominator in hidden:
                    cells.append(PublishedCell(code, CellStatus.DERIVED))
                    notes.append(SuppressionNote(AreaName(area.name), code, SuppressionReason.DERIVED))
                else:
                    num, den = counts[area.name][spec.ratio_of[0]], counts[area.name][spec.ratio_of[1]]
                    value = round(num * spec.ratio_scale / den, 1) if den else None
                    cells.append(PublishedCell(code, CellStatus.PUBLISHED, value))
            elif (area.name, code) in primary:
                cells.append(PublishedCell(code, CellStatus.SMALL))
                notes.append(SuppressionNote(AreaName(area.name), code, SuppressionReason.SMALL))
            elif (area.name, code) in hidden:
                cells.append(PublishedCell(code, CellStatus.SECONDARY))
                notes.append(SuppressionNote(AreaName(area.name), code, SuppressionReason.SECONDARY))
            else:
                cells.append(PublishedCell(code, CellStatus.PUBLISHED, counts[area.name][code]))
        rows.append(PublishedRow(AreaName(area.name), area.kind, tuple(cells)))
    return MonitorExport(table.period, k, tuple(s.indicator for s in SPECS), tuple(rows), tuple(notes),
                         tuple(sorted(table.unavailable)))


def fold_small_gemeenten(table: CountTable, k: int) -> tuple[list[Area], dict[str, dict[Indicator, int]]]:
    """Rule 1: rows where every client count is below k become one 'Overige gemeenten' row."""
    persons = [c for c in table.total if SPEC[c].kind is Kind.PERSONS]
    kept: list[Area] = []
    folded: dict[Indicator, int] = defaultdict(int)
    any_folded = False
    counts: dict[str, dict[Indicator, int]] = {}
    for area in table.areas:
        row = table.counts[area.name]
        if area.kind is not AreaKind.TOTAL and all(row[c] < k for c in persons):
            any_folded = True
            for code, value in row.items():
                folded[code] += value
            continue
        kept.append(area)
        counts[area.name] = dict(row)
    if any_folded:
        kept.insert(len(kept) - 1, Area(OTHER_GEMEENTEN, AreaKind.OTHER))
        counts[OTHER_GEMEENTEN] = dict(folded)
    return kept, counts


def equations_for(areas: list[Area], persons: Iterable[Indicator]) -> list[Equation]:
    """The linear relations a reader can use: column sums to the practice total, row groups to their total."""
    persons = list(persons)
    parts_areas = [a.name for a in areas if a.kind is not AreaKind.TOTAL]
    equations = [Equation(tuple((a, c) for a in parts_areas), (PRACTICE_TOTAL, c)) for c in persons]
    for total_code, part_codes in ROW_GROUPS:
        if total_code in persons:
            for area in areas:
                equations.append(Equation(tuple((area.name, c) for c in part_codes), (area.name, total_code)))
    return equations


def secondary_suppression(values: dict[Cell, int], equations: list[Equation], primary: set[Cell],
                          k: int = DEFAULT_K) -> set[Cell]:
    """Rule 3: the primary cells plus complements (see suppress_cells, which also says which small cells must
    be shown as "x" instead of "<k")."""
    return suppress_cells(values, equations, primary, k)[0]


def suppress_cells(values: dict[Cell, int], equations: list[Equation], primary: set[Cell],
                   k: int = DEFAULT_K) -> tuple[set[Cell], set[Cell]]:
    """Rule 3 and 3b. Returns (hidden cells, small cells shown as "x").

    No hidden cell may be determined by the equations; no small cell may be pinned to one value by the equations
    together with what the markers say. Where no published cell is left to widen a pinned small cell (a small
    total split into small parts), that cell is shown as "x" instead of "<k", so its marker no longer tells
    that it lies in 1..k−1.
    """
    hidden = set(primary)
    veiled: set[Cell] = set()
    while True:
        _close_single_hidden(values, equations, hidden)
        determined = determined_cells(equations, hidden)
        if not determined:
            pinned = pinned_cells(values, equations, hidden, primary - veiled, k, veiled) - veiled
            if not pinned:
                return hidden, veiled
            cell = min(pinned)
            extra = _widening_complement(values, equations, hidden, cell)
            if extra is None:
                veiled.add(cell)
            else:
                hidden.add(extra)
            continue
        cell = min(determined)
        options = [e for e in equations if cell in e.cells and any(c not in hidden for c in e.cells)]
        if not options:  # cannot happen for a non-zero cell; hide nothing more rather than loop forever
            options = [e for e in equations if any(c in hidden for c in e.cells)
                       and any(c not in hidden for c in e.cells)]
            if not options:
                return hidden, veiled
        best = min((_complement(values, e, hidden) for e in options), key=lambda pair: pair[0])
        hidden.add(best[1])


def pinned_cells(values: dict[Cell, int], equations: list[Equation], hidden: set[Cell], primary: set[Cell],
                 k: int, veiled: set[Cell] | frozenset[Cell] = frozenset()) -> set[Cell]:
    """Small cells a reader can still pin down by bounds (rule 3b).

    A reader knows more than the equations: a "<k" cell lies in 1..k−1, and an "x" cell is 0 or at least k.
    Bounds are tightened equation by equation until nothing changes (interval propagation); a small cell left
    with a single possible value is pinned. A hidden complement that is 0 is treated as known (it protects
    nothing), a non-zero one as at least k; a small cell shown as "x" (veiled) as anything from 0.
    """
    low: dict[Cell, float] = {}
    high: dict[Cell, float] = {}
    for cell in hidden:
        if cell in veiled:
            low[cell], high[cell] = 0, math.inf
        elif cell in primary:
            low[cell], high[cell] = 1, k - 1
        elif values[cell] == 0:
            low[cell] = high[cell] = 0
        else:
            low[cell], high[cell] = k, math.inf
    relevant = [e for e in equations if any(c in hidden for c in e.cells)]
    for _round in range(100):
        changed = False
        for equation in relevant:
            signed = [(c, 1) for c in equation.parts] + [(equation.total, -1)]
            for cell, sign in signed:
                if cell not in hidden:
                    continue
                # sign * v = -sum(other signed values): bound the right-hand side from the others' bounds
                rhs_low = rhs_high = 0.0
                for other, other_sign in signed:
                    if other == cell:
                        continue
                    lo, hi = (low[other], high[other]) if other in hidden else (values[other], values[other])
                    if other_sign > 0:
                        rhs_low, rhs_high = rhs_low - hi, rhs_high - lo
                    else:
                        rhs_low, rhs_high = rhs_low + lo, rhs_high + hi
                new_low, new_high = (rhs_low, rhs_high) if sign > 0 else (-rhs_high, -rhs_low)
                if new_low > low[cell]:
                    low[cell], changed = new_low, True
                if new_high < high[cell]:
                    high[cell], changed = new_high, True
        if not changed:
            break
    return {c for c in primary if c in hidden and high[c] <= low[c]}


def _widening_complement(values: dict[Cell, int], equations: list[Equation], hidden: set[Cell],
                         cell: Cell) -> Cell | None:
    """A published non-zero cell in one of the pinned cell's equations (the smallest), to hide as well."""
    candidates = [c for e in equations if cell in e.cells for c in e.cells if c not in hidden and values[c] > 0]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (values[c], c))


def _close_single_hidden(values: dict[Cell, int], equations: list[Equation], hidden: set[Cell]) -> None:
    """Cheap pass: an equation with exactly one hidden cell gives it away; hide a complement there."""
    changed = True
    while changed:
        changed = False
        for equation in equations:
            if sum(1 for c in equation.cells if c in hidden) == 1:
                hidden.add(_complement(values, equation, hidden)[1])
                changed = True


def _complement(values: dict[Cell, int], equation: Equation, hidden: set[Cell]) -> tuple[tuple, Cell]:
    """The published cell of the equation cheapest to hide: smallest non-zero part, then the total, zeros last."""
    candidates = [c for c in equation.cells if c not in hidden]
    best = min(candidates, key=lambda c: (values[c] == 0, c == equation.total, values[c], c))
    return (values[best] == 0, best == equation.total, values[best]), best


def determined_cells(equations: list[Equation], hidden: set[Cell]) -> set[Cell]:
    """Hidden cells whose value follows from the equations and the published cells (exact arithmetic)."""
    relevant = [e for e in equations if any(c in hidden for c in e.cells)]
    determined: set[Cell] = set()
    for block in _blocks(relevant, hidden):
        columns = sorted({c for e in block for c in e.cells if c in hidden})
        index = {c: i for i, c in enumerate(columns)}
        matrix = []
        for equation in block:
            row = [Fraction(0)] * len(columns)
            for c in equation.parts:
                if c in index:
                    row[index[c]] += 1
            if equation.total in index:
                row[index[equation.total]] -= 1
            matrix.append(row)
        for j in _determined_columns(matrix, len(columns)):
            determined.add(columns[j])
    return determined


def _blocks(equations: list[Equation], hidden: set[Cell]) -> list[list[Equation]]:
    """Equations grouped into connected blocks (sharing a hidden cell): small independent systems."""
    parent = list(range(len(equations)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[Cell, int] = {}
    for i, equation in enumerate(equations):
        for c in equation.cells:
            if c in hidden:
                if c in owner:
                    parent[find(i)] = find(owner[c])
                else:
                    owner[c] = i
    grouped: dict[int, list[Equation]] = defaultdict(list)
    for i, equation in enumerate(equations):
        grouped[find(i)].append(equation)
    return list(grouped.values())


def _determined_columns(matrix: list[list[Fraction]], width: int) -> list[int]:
    """Columns j with e_j in the row space: a pivot column whose reduced row has no free-column entries."""
    rows = [r[:] for r in matrix]
    pivots: list[tuple[int, int]] = []  # (row, column)
    r = 0
    for col in range(width):
        pivot = next((i for i in range(r, len(rows)) if rows[i][col] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        lead = rows[r][col]
        rows[r] = [v / lead for v in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][col] != 0:
                factor = rows[i][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append((r, col))
        r += 1
        if r == len(rows):
            break
    pivot_columns = {col for _row, col in pivots}
    free = [j for j in range(width) if j not in pivot_columns]
    return [col for row, col in pivots if all(rows[row][j] == 0 for j in free)]
