"""ksdesk.monitor stays pure: importing every module loads neither Qt nor SQL nor reportlab's PDF canvas."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import ksdesk.monitor

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "sqlite3", "psycopg")


def test_monitor_imports_neither_qt_nor_sql() -> None:
    modules = [info.name for info in pkgutil.walk_packages(ksdesk.monitor.__path__, "ksdesk.monitor.")]
    assert "ksdesk.monitor.suppress" in modules and "ksdesk.monitor.aggregate" in modules
    script = (
        f"import importlib, json, sys\nfor m in {modules!r}: importlib.import_module(m)\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
