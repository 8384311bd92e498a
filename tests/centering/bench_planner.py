"""Benchmark (not a test): plan 2,000 candidates and print the median time.

Run: .venv/bin/python -m tests.centering.bench_planner
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from ksdesk.centering import ExistingGroup, plan_groups

BASE = dt.date(2026, 1, 1)


def _pool(n: int, days: int, seed: int) -> list[tuple[int, dt.date]]:
    rng = random.Random(seed)
    return [(i, BASE + dt.timedelta(days=rng.randrange(days))) for i in range(n)]


def _median_ms(run, repeat: int = 21) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    existing = [
        ExistingGroup(f"G{g}", (BASE + dt.timedelta(days=40 * g), BASE + dt.timedelta(days=40 * g + 10)), 3)
        for g in range(6)
    ]
    cases = {
        "2000 ATDs over 1 year (dense)": (_pool(2000, 365, 1), ()),
        "2000 ATDs over 5 years (sparse)": (_pool(2000, 5 * 365, 2), ()),
        "2000 ATDs over 5 years + 6 existing groups": (_pool(2000, 5 * 365, 3), existing),
    }
    for name, (candidates, groups) in cases.items():
        plan = plan_groups(candidates, existing=groups)
        ms = _median_ms(lambda c=candidates, g=groups: plan_groups(c, existing=g))
        print(f"{name}: median {ms:.1f} ms; placed {plan.placed_count}, {len(plan.groups)} new groups, "
              f"{len(plan.unplaced)} unplaced")


if __name__ == "__main__":
    main()
