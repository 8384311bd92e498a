"""ksdesk.importing stays pure: importing every module of it loads neither Qt nor SQL, and no source file
imports storage, services or the UI (tests/test_architecture.py does not list this package yet)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "sqlite3", "psycopg")


def test_importing_loads_neither_qt_nor_sql() -> None:
    script = (
        "import importlib, json, pkgutil, sys, ksdesk.importing as p\n"
        "names = [i.name for i in pkgutil.walk_packages(p.__path__, 'ksdesk.importing.')]\n"
        "[importlib.import_module(n) for n in names]\n"
        f"print(json.dumps([names, sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})]))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    names, loaded = json.loads(result.stdout)
    assert "ksdesk.importing.plan" in names
    assert loaded == []


def test_importing_sources_import_nothing_of_storage_services_or_ui() -> None:
    for path in sorted((ROOT / "ksdesk" / "importing").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, (path.name, name)
                assert not name.startswith(("ksdesk.storage", "ksdesk.services", "ksdesk.ui", "ksdesk.security")), \
                    (path.name, name)
