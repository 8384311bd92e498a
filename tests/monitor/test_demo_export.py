"""An export of the demo practice identifies nobody: no client's name, BSN, date of birth, postcode or ATD
appears in any file written (CSV, JSON, PDF text), for a year, a quarter and the whole range.

Runs the real path: demo practice in a fresh store → the CLI command's run() with a logged-in user.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ksdesk.cli_commands import monitor as monitor_command
from ksdesk.demo import DEMO_PASSWORDS, create_demo_practice
from ksdesk.monitor.period import parse_period
from ksdesk.records.enums import Role
from ksdesk.services import Services
from ksdesk.storage.orm import AuditRow, ClientRow, PregnancyRow


def _date_forms(day: dt.date) -> set[str]:
    return {day.strftime("%d-%m-%Y"), day.isoformat(), day.strftime("%d%m%Y"), day.strftime("%Y%m%d"),
            day.strftime("%d/%m/%Y")}


def _secrets(services: Services) -> dict[str, set[str]]:
    """Every identifying value of the demo's clients, as text that must not appear in an export."""
    found: dict[str, set[str]] = {"naam": set(), "bsn": set(), "geboortedatum": set(), "postcode": set(),
                                  "atd": set()}
    with services.store.sessions() as session:
        for client in session.scalars(select(ClientRow)):
            found["naam"].update(part for part in [*client.given_names.split(), client.surname]
                                 if len(part) > 2)
            if client.preferred_name:
                found["naam"].add(client.preferred_name)
            if client.bsn:
                found["bsn"].add(client.bsn)
            found["geboortedatum"] |= _date_forms(client.date_of_birth)
            if client.postcode:
                found["postcode"] |= {client.postcode, f"{client.postcode[:4]} {client.postcode[4:]}"}
        for pregnancy in session.scalars(select(PregnancyRow)):
            found["atd"] |= _date_forms(pregnancy.due_date)
    return found


def _texts(folder: Path) -> dict[str, str]:
    texts = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".pdf":
            texts[path.name] = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
            texts[path.name + " (bytes)"] = path.read_bytes().decode("latin-1")
        else:
            texts[path.name] = path.read_bytes().decode("utf-8-sig")
    return texts


@pytest.fixture
def demo(empty_services: Services) -> Services:
    create_demo_practice(empty_services, pregnancies=40, seed=7)
    return empty_services


def test_demo_export_contains_no_identifier(demo: Services, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    username, _display, password = DEMO_PASSWORDS[Role.MIDWIFE]
    monkeypatch.setenv("KSDESK_USER", username)
    monkeypatch.setenv("KSDESK_PASSWORD", password)
    monkeypatch.setattr("ksdesk.cli._credentials", None, raising=False)  # no credentials cached by another test
    secrets = _secrets(demo)
    assert all(secrets.values()), "the demo has clients with every kind of identifier"
    year = dt.date.today().year
    periods = [str(year), str(year - 1), f"{year}-K1", f"01-01-{year - 3}:31-12-{year + 1}"]
    written = 0
    for n, period in enumerate(periods):
        out = tmp_path / f"export{n}"
        code = monitor_command.run(demo, argparse.Namespace(period=period, out=str(out)))
        assert code == 0
        texts = _texts(out)
        assert len(texts) == 4  # csv, json, pdf text and pdf bytes
        # the period's own first and last day are metadata by design; a client's ATD may fall on them
        bounds = _date_forms(parse_period(period).start) | _date_forms(parse_period(period).end)
        for name, text in texts.items():
            written += 1
            for kind, all_values in secrets.items():
                values = all_values - bounds
                if kind == "naam":
                    hits = {v for v in values if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)}
                else:
                    hits = {v for v in values if v in text}
                assert not hits, f"{name} ({period}) contains a {kind}: {len(hits)} value(s)"
    assert written == 16
    printed = capsys.readouterr().out
    assert "Zwangerschappen in zorg" in printed and "Opgeslagen:" in printed
    with demo.store.sessions() as session:
        exports = list(session.scalars(select(AuditRow).where(AuditRow.event == "monitor.export")))
    assert len(exports) == len(periods) and {e.user_name for e in exports} == {DEMO_PASSWORDS[Role.MIDWIFE][1]}


def test_the_scan_would_notice_a_leak(demo: Services, tmp_path: Path) -> None:
    """Guard against a scan that cannot fail: a file with one client's postcode and name is caught."""
    secrets = _secrets(demo)
    leaked = tmp_path / "leak"
    leaked.mkdir()
    (leaked / "x.csv").write_text(f"{sorted(secrets['postcode'])[0]};{sorted(secrets['naam'])[0]}", encoding="utf-8")
    text = _texts(leaked)["x.csv"]
    assert any(v in text for v in secrets["postcode"])
    assert any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text) for v in secrets["naam"])
