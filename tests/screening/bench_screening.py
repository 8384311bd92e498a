"""Benchmark of signalling: the live suggestion, saving an assessment, opening a pregnancy, the worklist.

Run: ``python -m tests.screening.bench_screening [pregnancies]`` (default 600) on a fresh SQLite practice
in a temporary folder. Prints timings; asserts nothing (speed is measured here, not in the test suite).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ksdesk.app import open_services
from ksdesk.demo import create_demo_practice
from ksdesk.records.enums import Role
from ksdesk.screening import RiskStatus, classify, load_catalogue


def _timed(label: str, runs: int, work: Callable[[int], object]) -> None:
    samples = []
    for n in range(runs):
        start = time.perf_counter()
        work(n)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[int(len(samples) * .95) - 1]
    print(f"{label:<52} median {statistics.median(samples):8.2f} ms   p95 {p95:8.2f} ms   ({runs} runs)")


def main(pregnancies: int = 600) -> None:
    catalogue = load_catalogue()
    rng = random.Random(7)
    codes = [item.code for item in catalogue.risk_items]
    cases = [{c: rng.choice(list(RiskStatus)) for c in rng.sample(codes, rng.randint(0, 8))} for _ in range(2000)]
    _timed("classify (live suggestion, one checkbox)", 2000, lambda n: classify(catalogue, cases[n], ["veerkracht"]))

    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder))
        start = time.perf_counter()
        accounts = create_demo_practice(services, pregnancies=pregnancies, seed=11)
        print(f"demo practice with {pregnancies} pregnancies: {time.perf_counter() - start:.1f} s")
        midwife_account = next(a for a in accounts if a.role is Role.MIDWIFE)
        midwife = services.accounts.login(midwife_account.username, midwife_account.password)
        ids = [c.id for c in services.clients.search(midwife, "", limit=500)]
        pregnancy_ids = [p.id for cid in ids for p in services.clients.get(midwife, cid).pregnancies]
        today = dt.date.today()

        def create(n: int) -> None:
            risks = {c: s.value for c, s in cases[n].items()}
            services.screening.create(midwife, pregnancy_ids[n % len(pregnancy_ids)], {
                "kind": "adhoc", "assessed_on": today, "risks": risks, "protective": []})

        _timed("ScreeningService.create (save an assessment)", min(len(pregnancy_ids) * 2, 1000), create)
        _timed("ScreeningService.dossier (open a pregnancy)", 200,
               lambda n: services.screening.dossier(midwife, pregnancy_ids[n % len(pregnancy_ids)]))
        _timed("ScreeningService.pending_decisions (worklist)", 50,
               lambda n: services.screening.pending_decisions(midwife))
        print(f"worklist size: {len(services.screening.pending_decisions(midwife))}")
        services.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600)
