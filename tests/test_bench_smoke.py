"""The benchmark keeps working: generator and command at tiny scale (no timed assertions: speed is not tested here)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import sys
from pathlib import Path

import pytest

from ksdesk.app import open_services, unlock_key
from ksdesk.bench.generate import TINY, PracticeInfo, generate
from ksdesk.bench.run import main
from ksdesk.records.enums import Role
from ksdesk.security import audit

EXPECTED = {"search_keystroke", "search_keystroke_p95", "open_client", "plan_2000", "propose_pool", "letter",
            "monitor_all_years", "audit_verify", "database_size", "cold_start_bare", "cold_start_login",
            "cold_start_ratio", "login_to_main_window", "screens_opened", "peak_rss", "client_list_scroll",
            "audit_tab_open", "audit_tab_scroll"}


# The benchmark opens the embedded (SQLCipher) store only: on the PostgreSQL pass it would repeat the SQLite run.
on_sqlite_only = pytest.mark.skipif(bool(os.environ.get("KSDESK_TEST_PG_URL")),
                                    reason="the benchmark measures the embedded store; already run on the SQLite pass")


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PracticeInfo, dict]:
    """The command on an empty folder (once per module: generating costs seconds, the demo practice is made by the
    services): it generates the tiny practice, and measures it here without the GUI figures."""
    folder = tmp_path_factory.mktemp("bench") / "ksdesk-bench-tiny"
    out = folder.parent / "first.json"
    assert main(["--scale", "tiny", "--data-dir", str(folder), "--out", str(out), "--no-gui", "--runs", "1"]) == 0
    info = PracticeInfo.load(folder)
    assert info is not None
    return folder, info, json.loads(out.read_text(encoding="utf-8"))


@on_sqlite_only
def test_the_command_measures_a_tiny_practice_and_writes_sane_json(practice: tuple[Path, PracticeInfo, dict],
                                                                   tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder, _info, _first = practice
    out = tmp_path / "results.json"
    assert main(["--scale", "tiny", "--data-dir", str(folder), "--out", str(out)]) == 0

    result = json.loads(out.read_text(encoding="utf-8"))
    figures = {f["key"]: f for f in result["figures"]}
    assert set(figures) == EXPECTED
    for figure in figures.values():
        if figure["key"] == "peak_rss" and sys.platform not in ("linux", "win32"):
            continue  # peak RSS is read on Linux and Windows only
        assert figure["value"] is not None and figure["value"] > 0, figure
        assert figure["verdict"] in ("", "ok") or figure["verdict"].startswith("MISSED"), figure
    assert figures["search_keystroke"]["samples"] > 20
    assert figures["search_keystroke_p95"]["value"] >= figures["search_keystroke"]["value"]
    assert result["scale"]["years"] == 1 and result["scale"]["pregnancies_per_year"] == 50
    assert result["practice"]["pregnancies"] >= 50
    assert result["practice"]["audit_log"] >= TINY.pregnancies * TINY.audit_per_pregnancy
    assert result["machine"]["cpus"]
    printed = capsys.readouterr().out
    assert "Reusing the practice" in printed  # not generated again
    assert "Client search, per keystroke" in printed and "target" in printed


@on_sqlite_only
def test_without_the_gui_the_command_skips_the_start_up_figures(practice: tuple[Path, PracticeInfo, dict]) -> None:
    _folder, info, first = practice
    figures = {f["key"] for f in first["figures"]}
    assert figures == EXPECTED - {"cold_start_bare", "cold_start_login", "cold_start_ratio", "login_to_main_window",
                                  "screens_opened", "peak_rss", "client_list_scroll", "audit_tab_open",
                                  "audit_tab_scroll"}
    assert first["practice"] == info.counts and first["runs"]["gui"] == 0


@on_sqlite_only
def test_the_generated_practice_is_a_real_encrypted_store_with_an_intact_audit_chain(
        practice: tuple[Path, PracticeInfo, dict]) -> None:
    folder, info, _first = practice
    with pytest.raises(ValueError):
        generate(folder, TINY, log=lambda _line: None)  # refuses a folder that holds something

    assert PracticeInfo.load(folder) == info
    username, password, _secret = info.account(Role.MIDWIFE)
    services = open_services(folder, key=unlock_key(folder, username, password))
    try:
        assert services.store.encrypted
        result = services.audit.verify()
        assert result.ok and result.checked >= info.counts["audit_log"]  # the command's reads are logged too
        midwife = services.accounts.login(username, password)
        assert services.clients.count(midwife) == info.counts["clients"]
        client = services.clients.search(midwife, "", limit=1)[0]
        assert services.clients.get(midwife, client.id).pregnancies
        referrals = services.referrals.list(midwife)
        assert referrals
        letters = [letter for r in referrals for letter in services.referrals.get(midwife, r.id).letters]
        assert len(letters) >= info.counts["referral_letters"]  # the letter benchmark archives more
        for archived in letters[:3]:
            pdf = services.referrals.letter(midwife, archived.id).pdf
            assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == archived.sha256
    finally:
        services.close()


def test_the_fast_audit_payload_is_byte_for_byte_the_json_one() -> None:
    """audit.entry_hash builds its JSON text directly (verifying a million entries); it must equal json.dumps."""
    rng = random.Random(5)
    texts = ["", "Anouk", 'quote " and \\ backslash', "tab\tnewline\n\x00\x1f\x7f", "Ümit ß ñ", "مرحبا", "😀 emoji",
             "\u2028\u2029", "x" * 300]
    fields = audit._HASHED_FIELDS
    for _ in range(300):
        values: dict[str, object] = {}  # in _HASHED_FIELDS order, as the verify query's columns
        for key in fields:
            values[key] = rng.choice([True, False] if key in audit._BOOLEAN_FIELDS
                                     else [None, 0, 1, -7, 2**70, rng.choice(texts)])
        assert audit._payload(values) == audit._json_payload(values)
        # verify() reads rows; SQLite gives the booleans as 0/1
        row = tuple(int(v) if k in audit._BOOLEAN_FIELDS else v for k, v in values.items())  # type: ignore[arg-type]
        assert audit._row_payload((*row, "hash")) == audit._json_payload(values)
    odd = dict.fromkeys(fields, "x") | {"seq": 1.5, "detail": dt.date(2026, 1, 2)}  # other types: json.dumps itself
    assert audit._payload(odd) == audit._json_payload(odd)
