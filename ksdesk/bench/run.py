"""The benchmark command: `python -m ksdesk.bench [--scale full|tiny] [...]`.

Generates the synthetic practice once (ksdesk.bench.generate; reused on later runs from the same folder), opens
it as the app does (encrypted store, the demo midwife logged in) and measures each figure of issue 10 several
times; prints a table with the median beside its target and writes the figures as JSON. Nothing here asserts:
a missed target is reported, not raised.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ksdesk.bench import gui
from ksdesk.bench.generate import FULL, TINY, PracticeInfo, Scale, data_size, generate
from ksdesk.records.enums import Role


@dataclass
class Figure:
    key: str
    label: str
    value: float | None  # the median (or the single reading where noted)
    unit: str
    target: float | None = None  # the figure must be at most this
    runs: int = 0
    samples: int = 0
    p95: float | None = None
    detail: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None or self.value is None:
            return ""
        return "ok" if self.value <= self.target else f"MISSED ×{self.value / self.target:.1f}"


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def _timed_ms(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _median_of(runs: int, work: Callable[[], object], *, warm_up: bool = True) -> list[float]:
    if warm_up:
        work()
    return [_timed_ms(work) for _ in range(runs)]


# --- the data measurements (in this process) ----------------------------------------------------------------

TYPED = ("Bemelmans", "Jasmijn", "anouk jans", "12-03-19", "6211", "van den berg")


def measure_search(services: Any, actor: Any, runs: int) -> Figure:
    """What the client list does per keystroke: the first page (100 rows) and the count, for each prefix typed."""
    samples: list[float] = []
    for _ in range(runs):
        for word in TYPED:
            for end in range(1, len(word) + 1):
                query = word[:end]
                samples.append(_timed_ms(lambda q=query: (services.clients.search(actor, q, limit=100),
                                                          services.clients.count(actor, q))))
    return Figure("search_keystroke", "Client search, per keystroke (page + count)", statistics.median(samples), "ms",
                  20, runs, len(samples), _percentile(samples, 0.95), f"{len(TYPED)} words typed letter by letter")


def measure_search_p95(search: Figure) -> Figure:
    return Figure("search_keystroke_p95", "Client search, per keystroke, p95", search.p95, "ms", 50, search.runs,
                  search.samples)


def open_client(services: Any, actor: Any, client_id: int) -> None:
    """Open a client with her full history: the dossier, and per pregnancy the signalling and the referrals."""
    view = services.clients.get(actor, client_id)
    ids = [p.id for p in view.pregnancies]
    services.screening.latest_levels(actor, ids)
    for pregnancy_id in ids:
        services.screening.dossier(actor, pregnancy_id)
        services.referrals.list(actor, pregnancy_id=pregnancy_id)


def busy_clients(services: Any, count: int, seed: int = 7) -> list[int]:
    """Clients with the most history (several pregnancies, assessments and referrals)."""
    from ksdesk.storage.orm import PregnancyRow

    with services.store.transaction() as session:
        rows = session.execute(select(PregnancyRow.client_id, func.count()).group_by(PregnancyRow.client_id)
                               .order_by(func.count().desc(), PregnancyRow.client_id).limit(count * 5)).all()
    ids = [r[0] for r in rows]
    random.Random(seed).shuffle(ids)
    return ids[:count]


def measure_open_client(services: Any, actor: Any, runs: int) -> Figure:
    clients = busy_clients(services, 20)
    open_client(services, actor, clients[0])  # warm-up
    samples = [_timed_ms(lambda c=c: open_client(services, actor, c)) for _ in range(runs) for c in clients]
    return Figure("open_client", "Open a client with her full history", statistics.median(samples), "ms", 100, runs,
                  len(samples), _percentile(samples, 0.95),
                  f"{len(clients)} clients with the most pregnancies: get + latest levels + per pregnancy "
                  "signalling dossier and referral list")


def measure_planner(runs: int) -> Figure:
    from ksdesk.centering import plan_groups

    rng = random.Random(1)
    base = dt.date(2026, 1, 1)
    candidates = [(i, base + dt.timedelta(days=rng.randrange(365))) for i in range(2000)]
    samples = _median_of(max(runs, 5), lambda: plan_groups(candidates))
    return Figure("plan_2000", "Plan 2,000 Centering candidates (planner)", statistics.median(samples), "ms", 100,
                  len(samples), len(samples), detail="2,000 ATDs over one year, as tests/centering/bench_planner")


def measure_propose(services: Any, actor: Any, runs: int) -> Figure:
    pool = len(services.centering.pool(actor))
    samples = _median_of(runs, lambda: services.centering.propose(actor))
    return Figure("propose_pool", "Centering proposal for the practice's pool (service)", statistics.median(samples),
                  "ms", None, runs, runs, detail=f"{pool} candidates in the pool")


def measure_letter(services: Any, actor: Any, runs: int) -> Figure:
    from ksdesk.storage.orm_referrals import ConsentRow, LetterRow

    with services.store.transaction() as session:
        referral_id = session.scalar(select(LetterRow.referral_id).join(
            ConsentRow, ConsentRow.id == LetterRow.consent_id).where(ConsentRow.granted.is_(True))
            .order_by(LetterRow.id).limit(1))
    if referral_id is None:
        return Figure("letter", "Referral letter: render and archive", None, "ms", 150, detail="no referral found")
    samples = _median_of(max(runs, 5), lambda: services.referrals.make_letter(actor, referral_id))
    return Figure("letter", "Referral letter: render and archive (make_letter)", statistics.median(samples), "ms", 150,
                  len(samples), len(samples), detail="the whole use case: load, render, SHA-256, archive, log")


def measure_monitor(services: Any, actor: Any, info: PracticeInfo, runs: int) -> Figure:
    first = dt.date.fromisoformat(info.first_day)
    today = dt.date.fromisoformat(info.today)
    period = f"{first:%d-%m-%Y}:{today:%d-%m-%Y}"
    samples = _median_of(runs, lambda: services.monitor.preview(actor, period), warm_up=False)
    return Figure("monitor_all_years", f"Monitor aggregation over all {info.scale['years']} years (preview)",
                  statistics.median(samples) / 1000, "s", 2, runs, runs, detail=f"period {period}")


def measure_verify(services: Any, runs: int) -> Figure:
    checked = 0

    def verify() -> None:
        nonlocal checked
        result = services.audit.verify()
        if not result.ok:
            raise RuntimeError(f"audit chain broken at {result.broken_at}: {result.reason}")
        checked = result.checked

    samples = _median_of(runs, verify, warm_up=False)
    return Figure("audit_verify", "Audit verify, whole chain", statistics.median(samples) / 1000, "s", 10, runs, runs,
                  detail=f"{checked:,} entries")


# --- the GUI measurements (fresh processes) -----------------------------------------------------------------


def _child_env(offscreen: bool, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra or {})
    return env


def _until_shown(script: str, args: Sequence[str], env: dict[str, str]) -> float:
    """Milliseconds from starting `python -c script` until it prints its line (the window is shown)."""
    start = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          env=env, text=True) as child:
        line = child.stdout.readline() if child.stdout else ""
        elapsed = (time.perf_counter() - start) * 1000
        child.wait(timeout=120)
    if line.strip() != "shown":
        raise RuntimeError("the window was not shown")
    return elapsed


def measure_cold_start(data_dir: Path, runs: int, offscreen: bool) -> list[Figure]:
    env = _child_env(offscreen)
    _until_shown(gui.BARE_WINDOW, [], env)  # warm the file cache once for both
    _until_shown(gui.LOGIN_WINDOW, [str(data_dir)], env)
    bare, login = [], []
    for _ in range(runs):  # interleaved, so a busy moment of the machine hits both alike
        bare.append(_until_shown(gui.BARE_WINDOW, [], env))
        login.append(_until_shown(gui.LOGIN_WINDOW, [str(data_dir)], env))
    bare_ms, login_ms = statistics.median(bare), statistics.median(login)
    return [
        Figure("cold_start_bare", "Cold start: bare PySide6 window shown", bare_ms, "ms", None, runs, runs),
        Figure("cold_start_login", "Cold start: ksdesk login window shown", login_ms, "ms", None, runs, runs),
        Figure("cold_start_ratio", "Cold start ratio ksdesk / bare PySide6", login_ms / bare_ms, "×", 1.5, runs, runs),
    ]


def measure_main_window(data_dir: Path, info: PracticeInfo, client_id: int, runs: int,
                        offscreen: bool) -> list[Figure]:
    username, password, _secret = info.account(Role.MIDWIFE)
    env = _child_env(offscreen, {"KSDESK_BENCH_USER": username, "KSDESK_BENCH_PASSWORD": password})
    readings = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", gui.MAIN_WINDOW, str(data_dir), str(client_id)],
                              capture_output=True, text=True, env=env, timeout=600, check=False)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"main window run failed: {done.stderr[-2000:]}")
        readings.append(json.loads(lines[-1]))
    screens = {key: statistics.median(r["screens_ms"][key] for r in readings) for key in readings[0]["screens_ms"]}
    rss = [r["peak_rss_bytes"] for r in readings if r["peak_rss_bytes"]]
    return [
        Figure("login_to_main_window", "Login → usable main window", statistics.median(r["total_ms"] for r in readings),
               "ms", 1000, runs, runs, detail=f"login (key slot + password) "
               f"{statistics.median(r['login_ms'] for r in readings):.0f} ms, window built and shown "
               f"{statistics.median(r['window_ms'] for r in readings):.0f} ms"),
        Figure("screens_opened", "Every main screen + one client opened once (sum)", sum(screens.values()), "ms",
               None, runs, runs, detail=", ".join(f"{k} {v:.0f}" for k, v in screens.items())),
        Figure("peak_rss", "Peak RSS with every main screen opened once", statistics.median(rss) / 2**20 if rss
               else None, "MB", 300, runs, len(rss)),
        Figure("client_list_scroll", "Client list scrolled to its end: slowest page", statistics.median(
            r["client_scroll"]["worst_ms"] for r in readings), "ms", 100, runs, runs, detail=(
            f"{readings[0]['client_scroll']['rows']} clients in {readings[0]['client_scroll']['pages']} pages, "
            f"median page {statistics.median(r['client_scroll']['median_ms'] for r in readings):.0f} ms, all "
            f"{statistics.median(r['client_scroll']['total_ms'] for r in readings):.0f} ms")),
    ]


def measure_audit_tab(data_dir: Path, info: PracticeInfo, runs: int, offscreen: bool) -> list[Figure]:
    username, password, secret = info.account(Role.ADMIN)
    env = _child_env(offscreen, {"KSDESK_BENCH_USER": username, "KSDESK_BENCH_PASSWORD": password,
                                 "KSDESK_BENCH_TOTP_SECRET": secret})
    readings = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", gui.AUDIT_TAB, str(data_dir)], capture_output=True, text=True,
                              env=env, timeout=600, check=False)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"the audit tab run failed: {done.stderr[-2000:]}")
        readings.append(json.loads(lines[-1]))
    return [
        Figure("audit_tab_open", "Beheer › Logboek opened (first page shown)", statistics.median(
            r["open_ms"] for r in readings), "ms", 1000, runs, runs),
        Figure("audit_tab_scroll", "Logboek scrolled back 20 pages: slowest page", statistics.median(
            r["scroll"]["worst_ms"] for r in readings), "ms", 100, runs, runs, detail=(
            f"median page {statistics.median(r['scroll']['median_ms'] for r in readings):.0f} ms, "
            f"{readings[0]['scroll']['rows']} entries shown")),
    ]


# --- the command --------------------------------------------------------------------------------------------


def _memory_bytes() -> int | None:
    """Physical memory: /proc/meminfo (Linux) or GlobalMemoryStatusEx (Windows); None elsewhere."""
    if sys.platform == "win32":
        import ctypes

        class MemoryStatus(ctypes.Structure):
            _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                        ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                        ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                        ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                        ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

        status = MemoryStatus()
        status.dwLength = ctypes.sizeof(MemoryStatus)
        ok = ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))  # type: ignore[attr-defined]
        return int(status.ullTotalPhys) if ok else None
    with contextlib.suppress(OSError, ValueError, IndexError), open("/proc/meminfo", encoding="ascii") as info:
        for line in info:
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    return None


def machine() -> dict[str, Any]:
    memory = _memory_bytes()
    return {"platform": platform.platform(), "machine": platform.machine(), "processor": platform.processor(),
            "cpus": os.cpu_count(), "memory_gb": round(memory / 2**30, 1) if memory else None,
            "python": platform.python_version()}


def default_folder(scale: Scale) -> Path:
    return Path(tempfile.gettempdir()) / f"ksdesk-bench-{scale.name}"


def prepare(folder: Path, scale: Scale, fresh: bool, log: Callable[[str], None]) -> PracticeInfo:
    """The practice in `folder`: reused when it was generated at this scale, else generated (again)."""
    info = PracticeInfo.load(folder)
    if info is not None and info.scale == asdict(scale) and not fresh:
        log(f"Reusing the practice in {folder} (generated {info.today}; --fresh makes a new one)")
        return info
    if folder.exists() and any(folder.iterdir()):
        if info is None and not folder.name.startswith("ksdesk-bench-"):
            raise SystemExit(f"{folder} holds something else than a benchmark practice; choose another --data-dir")
        shutil.rmtree(folder)
    log(f"Generating a practice of {scale.years} years × {scale.pregnancies_per_year} pregnancies in {folder} …")
    start = time.perf_counter()
    info = generate(folder, scale, log=log)
    log(f"  generated in {time.perf_counter() - start:.0f} s")
    return info


def run(folder: Path, scale: Scale, *, runs: int, heavy_runs: int, gui_runs: int, with_gui: bool,
        offscreen: bool, fresh: bool, log: Callable[[str], None] = print) -> dict[str, Any]:
    from ksdesk.app import open_services, unlock_key

    info = prepare(folder, scale, fresh, log)
    size_before = data_size(folder)
    username, password, _secret = info.account(Role.MIDWIFE)
    figures: list[Figure] = []
    services = open_services(folder, key=unlock_key(folder, username, password))
    try:
        midwife = services.accounts.login(username, password)

        def add(*made: Figure) -> None:
            for figure in made:
                figures.append(figure)
                shown = "–" if figure.value is None else f"{figure.value:.2f} {figure.unit}"
                log(f"  {figure.label:<58} {shown}")

        search = measure_search(services, midwife, runs)
        add(search, measure_search_p95(search))
        add(measure_open_client(services, midwife, runs))
        add(measure_planner(runs * 3))
        add(measure_propose(services, midwife, runs))
        add(measure_letter(services, midwife, runs * 2))
        add(measure_monitor(services, midwife, info, heavy_runs))
        add(measure_verify(services, heavy_runs))
        client_id = busy_clients(services, 1)[0]
    finally:
        services.close()
    figures.append(Figure("database_size", "Database size (encrypted)", size_before / 2**20, "MB",
                          None, 1, 1, detail=f"{info.counts.get('audit_log', 0):,} audit entries"))
    log(f"  {figures[-1].label:<58} {figures[-1].value:.1f} MB")
    if with_gui:
        for figure in (*measure_cold_start(folder, gui_runs, offscreen),
                       *measure_main_window(folder, info, client_id, gui_runs, offscreen),
                       *measure_audit_tab(folder, info, gui_runs, offscreen)):
            figures.append(figure)
            shown = "–" if figure.value is None else f"{figure.value:.2f} {figure.unit}"
            log(f"  {figure.label:<58} {shown}")
    return {
        "generated_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "machine": machine(),
        "scale": info.scale,
        "practice": info.counts,
        "generation_seconds": info.seconds,
        "runs": {"light": runs, "heavy": heavy_runs, "gui": gui_runs if with_gui else 0},
        "figures": [asdict(f) | {"verdict": f.verdict} for f in figures],
    }


def table(result: dict[str, Any]) -> str:
    lines = [f"{'figure':<60} {'median':>12} {'p95':>10} {'target':>10}  verdict",
             "-" * 104]
    for f in result["figures"]:
        value = "–" if f["value"] is None else f"{f['value']:.2f} {f['unit']}"
        p95 = "" if f["p95"] is None else f"{f['p95']:.1f}"
        target = "" if f["target"] is None else f"≤ {f['target']:g} {f['unit']}"
        lines.append(f"{f['label']:<60} {value:>12} {p95:>10} {target:>10}  {f['verdict']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ksdesk.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--scale", choices=("full", "tiny"), default="full",
                        help="full: 20 years × 1,000 pregnancies (default); tiny: 1 year × 50 (CI)")
    parser.add_argument("--years", type=int, help="override the scale's years")
    parser.add_argument("--pregnancies-per-year", type=int, help="override the scale's pregnancies per year")
    parser.add_argument("--data-dir", type=Path, help="where the practice is generated and reused "
                        "(default: ksdesk-bench-<scale> in the temporary folder)")
    parser.add_argument("--fresh", action="store_true", help="generate the practice again")
    parser.add_argument("--runs", type=int, help="runs per light figure (default 5; tiny 2)")
    parser.add_argument("--heavy-runs", type=int, help="runs of the monitor and audit verify (default 3; tiny 1)")
    parser.add_argument("--gui-runs", type=int, help="fresh processes per GUI figure (default 5; tiny 1)")
    parser.add_argument("--no-gui", action="store_true", help="skip the start-up, main window and memory figures")
    parser.add_argument("--onscreen", action="store_true", help="show the windows (default: offscreen Qt)")
    parser.add_argument("--out", type=Path, help="JSON file (default: bench-results.json in the data folder)")
    args = parser.parse_args(argv)
    tiny = args.scale == "tiny"
    base = TINY if tiny else FULL
    scale = Scale(years=args.years or base.years,
                  pregnancies_per_year=args.pregnancies_per_year or base.pregnancies_per_year,
                  audit_per_pregnancy=base.audit_per_pregnancy, real_letters=base.real_letters)
    folder = args.data_dir or default_folder(scale)
    result = run(folder, scale, runs=args.runs or (2 if tiny else 5), heavy_runs=args.heavy_runs or (1 if tiny else 3),
                 gui_runs=args.gui_runs or (1 if tiny else 5), with_gui=not args.no_gui, offscreen=not args.onscreen,
                 fresh=args.fresh)
    out = args.out or folder / "bench-results.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print()
    print(table(result))
    print(f"\nMachine: {result['machine']['platform']}, {result['machine']['cpus']} CPUs, "
          f"{result['machine']['memory_gb']} GB; figures written to {out}")
    return 0
