"""`ksdesk export-monitor` in a real subprocess: logs in from the environment, writes three files, Dutch errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ksdesk.records.enums import Role
from tests.conftest import BACKEND, PASSWORD, USERS


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ksdesk", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}, stdin=subprocess.DEVNULL)


def test_export_monitor_command(practice_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = {"KSDESK_USER": USERS[Role.MIDWIFE][0], "KSDESK_PASSWORD": PASSWORD}
    if BACKEND == "postgresql":
        env["KSDESK_DATABASE_URL"] = practice_db.url
    data_dir = str(practice_db.data_dir)  # the command opens the data folder itself, as the app does
    out = tmp_path / "regio" / "2026"
    ok = _run("export-monitor", "--period", "2026-K2", "--out", str(out), "--data-dir", data_dir, env=env)
    assert ok.returncode == 0, ok.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "monitor_03012345_2026-K2.csv", "monitor_03012345_2026-K2.json", "monitor_03012345_2026-K2.pdf"]
    assert "Zwangerschappen in zorg" in ok.stdout and "Opgeslagen:" in ok.stdout
    bad = _run("export-monitor", "--period", "2026-K7", "--out", str(tmp_path / "x"), "--data-dir", data_dir,
               env=env)
    assert bad.returncode == 2 and "Periode" in bad.stderr and not (tmp_path / "x").exists()
    refused = _run("export-monitor", "--period", "2026", "--out", str(tmp_path / "y"), "--data-dir",
                   data_dir, env={**env, "KSDESK_USER": USERS[Role.ASSISTANT][0]})
    assert refused.returncode == 2 and "mag dit niet" in refused.stderr and not (tmp_path / "y").exists()
