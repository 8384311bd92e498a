"""ksdesk.centering stays pure: importing it loads neither Qt nor SQL (the planner runs in any process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "sqlite3", "psycopg")


def test_centering_imports_neither_qt_nor_sql() -> None:
    script = (
        "import json, sys, ksdesk.centering.planner, ksdesk.centering.schedule\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
