"""The GUI measurements, each run in a fresh Python process (offscreen Qt by default).

The parent (ksdesk.bench.run) starts these as `python -c <script>` and reads one JSON line from stdout:

- BARE_WINDOW: a bare PySide6 window shown (the baseline of a cold start);
- LOGIN_WINDOW: what `ksdesk` shows first on an encrypted store: the login window (imports as the real start);
- `main_window(...)`: log in, build and show the main window, then open every main screen and one client, and
  report the times and the peak resident memory.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from typing import Any

# Both scripts print "shown" from the first pass of the event loop after show(): the window is on screen.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(480, 320)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

LOGIN_WINDOW = """
import sys
from pathlib import Path
import ksdesk.cli  # as `ksdesk` starts: cli.main asks the store's state, then opens the login window
from ksdesk.app import store_state
assert store_state(Path(sys.argv[1])) == "encrypted"
from PySide6.QtCore import QTimer
from ksdesk.ui.app import ensure_application, first_window
app = ensure_application(sys.argv[:1], None, Path(sys.argv[1]))  # with the workstation's language
window = first_window(None, Path(sys.argv[1]))
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

MAIN_WINDOW = "import sys; from ksdesk.bench.gui import main_window; main_window(sys.argv[1], int(sys.argv[2]))"
AUDIT_TAB = "import sys; from ksdesk.bench.gui import audit_tab; audit_tab(sys.argv[1])"


def peak_rss_bytes() -> int | None:
    """The process's peak resident set size: VmHWM on Linux, the peak working set on Windows; None elsewhere."""
    if sys.platform == "win32":
        return _windows_peak_working_set()
    return _proc_status_kib("VmHWM")


def _proc_status_kib(field: str) -> int | None:
    """A 'kB' line of /proc/self/status in bytes (Linux), None where there is no such file."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _windows_peak_working_set() -> int | None:
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                    ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                    ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

    try:
        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        windll = ctypes.windll  # type: ignore[attr-defined]
        if windll.psapi.GetProcessMemoryInfo(windll.kernel32.GetCurrentProcess(), ctypes.byref(counters),
                                             counters.cb):
            return int(counters.PeakWorkingSetSize)
    except (AttributeError, OSError):
        pass
    return None


def scroll_to_end(view: Any, app: Any, max_pages: int | None = None) -> dict[str, float]:
    """Scroll a lazily fetched table to its end the way a user drags the scroll bar down: each time the view is at
    the bottom it fetches the next page. Returns the pages fetched, the rows shown, the total and the slowest step."""
    from PySide6.QtCore import QModelIndex

    model = view.model()
    steps: list[float] = []
    begin = time.perf_counter()
    while True:  # at least one step: scrolling a list that holds one page is a step too
        rows = model.rowCount()
        step = time.perf_counter()
        view.scrollToBottom()
        app.processEvents()
        if model.rowCount() == rows and model.canFetchMore(QModelIndex()):  # the view did not ask (no layout yet)
            model.fetchMore(QModelIndex())
            app.processEvents()
        steps.append((time.perf_counter() - step) * 1000)
        if not model.canFetchMore(QModelIndex()) or (max_pages is not None and len(steps) >= max_pages):
            break
    return {"pages": len(steps), "rows": model.rowCount(), "total_ms": (time.perf_counter() - begin) * 1000,
            "worst_ms": max(steps, default=0.0), "median_ms": statistics.median(steps) if steps else 0.0}


def audit_tab(data_dir: str) -> None:
    """As the beheerder (KSDESK_BENCH_USER / _PASSWORD / _TOTP_SECRET): open Beheer › Logboek over the full log and
    scroll 20 pages back; print one JSON line with the times (ms)."""
    import os
    from pathlib import Path

    from ksdesk.app import Gate
    from ksdesk.security import totp
    from ksdesk.ui.app import ensure_application
    from ksdesk.ui.audit_tab import AuditTab

    app = ensure_application(sys.argv[:1])
    gate = Gate(Path(data_dir))
    actor = gate.login(os.environ["KSDESK_BENCH_USER"], os.environ["KSDESK_BENCH_PASSWORD"],
                       totp.current_code(os.environ["KSDESK_BENCH_TOTP_SECRET"]))
    assert gate.services is not None
    begin = time.perf_counter()
    tab = AuditTab(gate.services, actor)
    tab.resize(1200, 700)
    tab.show()
    app.processEvents()
    result: dict[str, object] = {"open_ms": (time.perf_counter() - begin) * 1000, "rows": tab.model.rowCount()}
    result["scroll"] = scroll_to_end(tab.table, app, max_pages=20)
    print(json.dumps(result), flush=True)
    tab.hide()
    gate.close()
    sys.stdout.flush()
    os._exit(0)


def main_window(data_dir: str, client_id: int) -> None:
    """Log in (user and password from KSDESK_BENCH_USER / KSDESK_BENCH_PASSWORD), show the main window, open
    every main screen and one client; print one JSON line with the times (ms) and the peak RSS (bytes)."""
    import os
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from ksdesk.app import Gate
    from ksdesk.ui.app import ensure_application
    from ksdesk.ui.main_window import MainWindow

    app = ensure_application(sys.argv[:1])
    folder = Path(data_dir)
    result: dict[str, object] = {}
    start = time.perf_counter()
    gate = Gate(folder)
    actor = gate.login(os.environ["KSDESK_BENCH_USER"], os.environ["KSDESK_BENCH_PASSWORD"])
    result["login_ms"] = (time.perf_counter() - start) * 1000
    assert gate.services is not None
    window = MainWindow(gate.services, actor, folder)
    window.show()

    def shown() -> None:
        result["window_ms"] = (time.perf_counter() - start) * 1000 - float(result["login_ms"])  # type: ignore[arg-type]
        result["total_ms"] = (time.perf_counter() - start) * 1000
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    screens: dict[str, float] = {}
    for key in list(window.pages):
        begin = time.perf_counter()
        window.show_section(key)
        app.processEvents()
        screens[key] = (time.perf_counter() - begin) * 1000
    begin = time.perf_counter()
    window.open_client(client_id)
    app.processEvents()
    screens["client_page"] = (time.perf_counter() - begin) * 1000
    result["screens_ms"] = screens
    window.show_section("clients")
    window.back_to_list()
    app.processEvents()
    result["client_scroll"] = scroll_to_end(window.client_list.table, app)
    result["peak_rss_bytes"] = peak_rss_bytes()
    print(json.dumps(result), flush=True)
    window.hide()
    gate.close()
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown of every page: the figures are taken
