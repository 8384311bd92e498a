"""The ksdesk command in a real subprocess: version, demo, audit report with CLI authentication."""

from __future__ import annotations

import os
import subprocess
import sys

from ksdesk import __version__
from ksdesk.records.enums import Role
from ksdesk.security import totp
from tests.conftest import ADMIN_TOTP_SECRET, BACKEND, PASSWORD, USERS, client_data


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "ksdesk", *args], capture_output=True, text=True,
                          env=full_env, timeout=120, stdin=subprocess.DEVNULL)


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_creates_accounts_and_refuses_a_second_time(tmp_path):
    first = run_cli("demo", "--data-dir", str(tmp_path), "--pregnancies", "12")
    assert first.returncode == 0, first.stderr
    for username in ("beheer", "verloskundige", "assistent"):
        assert username in first.stdout
    again = run_cli("demo", "--data-dir", str(tmp_path), "--pregnancies", "12")
    assert again.returncode == 2
    assert "al een praktijk" in again.stderr
    # the demo store is encrypted: a command opens it with a user's password, and not without
    login = {"KSDESK_USER": "verloskundige", "KSDESK_PASSWORD": "demo-verloskundige"}
    verified = run_cli("audit", "verify", "--data-dir", str(tmp_path), env=login)
    assert verified.returncode == 0, verified.stderr
    refused = run_cli("audit", "verify", "--data-dir", str(tmp_path),
                      env={**login, "KSDESK_PASSWORD": "niet-het-wachtwoord"})
    assert refused.returncode == 2
    assert "Onjuiste gebruikersnaam of wachtwoord" in refused.stderr
    assert "herstelsleutel" in first.stdout


def test_audit_report_authenticates_like_the_app(services, midwife, practice_db, tmp_path):
    client = services.clients.create(midwife, client_data())
    env = {"KSDESK_USER": USERS[Role.ADMIN][0], "KSDESK_PASSWORD": PASSWORD,
           "KSDESK_TOTP": totp.current_code(ADMIN_TOTP_SECRET)}
    if BACKEND == "postgresql":
        env["KSDESK_DATABASE_URL"] = practice_db.url
    else:
        services.close()  # the command opens the encrypted data folder itself, with the user's key slot
        tmp_path = practice_db.data_dir
    out = tmp_path / "inzage.pdf"
    ok = run_cli("audit", "report", "--client", str(client.id), "--out", str(out), "--data-dir", str(tmp_path),
                 env=env)
    assert ok.returncode == 0, ok.stderr
    assert out.read_bytes().startswith(b"%PDF")
    wrong = run_cli("audit", "report", "--client", str(client.id), "--out", str(tmp_path / "x.pdf"),
                    "--data-dir", str(tmp_path), env={**env, "KSDESK_PASSWORD": "not-the-password"})
    assert wrong.returncode == 2
    assert "Onjuiste gebruikersnaam of wachtwoord" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()
    as_midwife = run_cli("audit", "report", "--client", str(client.id), "--out", str(tmp_path / "y.pdf"),
                         "--data-dir", str(tmp_path),
                         env={**env, "KSDESK_USER": USERS[Role.MIDWIFE][0]})
    assert as_midwife.returncode == 2
    assert not (tmp_path / "y.pdf").exists()
