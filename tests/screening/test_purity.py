"""ksdesk.screening is pure domain code: loading the catalogue and classifying pull in no Qt and no SQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FORBIDDEN = ["PySide6", "shiboken6", "sqlalchemy", "alembic", "psycopg", "sqlite3"]


def _loaded_after(script: str) -> list[str]:
    probe = f"{script}\nimport json, sys\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=REPO,
                            check=False)
    assert result.returncode == 0, result.stderr
    return [m for m in json.loads(result.stdout.strip().splitlines()[-1]) if m in FORBIDDEN]


def test_using_screening_loads_neither_qt_nor_sql() -> None:
    script = ("from ksdesk.screening import classify, load_catalogue\n"
              "c = load_catalogue()\n"
              "r = classify(c, {'huiselijk_geweld': 'vermoeden'}, ['veerkracht'])\n"
              "assert r.level == 'urgent'\n"
              "r.model_dump_json(); c.model_dump_json()")
    assert _loaded_after(script) == []


def test_the_probe_would_notice_a_leak() -> None:
    assert _loaded_after("import sqlite3") == ["sqlite3"]
