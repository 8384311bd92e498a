"""`ksdesk import` on a real database: dry run, import, saved mapping, report; no client data on the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.cli import _parser
from ksdesk.cli_commands import imports
from ksdesk.services import Services
from ksdesk.services.context import Actor
from tests.conftest import PASSWORD, client_data
from tests.importing.exports import rows, write_csv


@pytest.fixture
def as_midwife(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KSDESK_USER", "mila")
    monkeypatch.setenv("KSDESK_PASSWORD", PASSWORD)


def _run(services: Services, *argv: str) -> int:
    return imports.run(services, _parser().parse_args(["import", *argv]))


def test_dry_run_then_import_then_again(services: Services, midwife: Actor, tmp_path: Path, as_midwife: None,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    table = rows(3)
    table[2][4] = "123456789"
    path = write_csv(tmp_path / "export.csv", table, separator="\t")
    assert _run(services, str(path), "--dry-run", "--save-mapping", "Vrumun") == 1
    out, err = capsys.readouterr()
    assert "scheidingsteken tab" in out and "Achternaam → Achternaam" in out
    assert "Gecontroleerd (niets opgeslagen): nieuwe cliënte 2" in out
    assert "Regel 4: BSN: Dit BSN klopt niet" in err
    for row in table:
        assert row[0] not in out + err and row[4] not in out + err
    assert services.clients.count(midwife) == 0
    report = tmp_path / "verslag.csv"
    assert _run(services, str(path), "--mapping", "Vrumun", "--report", str(report)) == 1
    assert "Geïmporteerd: nieuwe cliënte 2" in capsys.readouterr().out
    assert services.clients.count(midwife) == 2
    assert "Overgeslagen (fout)" in report.read_text(encoding="utf-8-sig")
    assert _run(services, str(path), "--mapping", "Vrumun") == 1
    assert "al aanwezig 2" in capsys.readouterr().out
    assert services.clients.count(midwife) == 2


def test_unknown_mapping_and_conflicts(services: Services, midwife: Actor, tmp_path: Path, as_midwife: None,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    services.clients.create(midwife, client_data())
    path = write_csv(tmp_path / "e.csv", [["111222333", "Anders", "Anouk", "12-03-1994"]],
                     headers=["BSN", "Achternaam", "Voornamen", "Geboortedatum"])
    assert _run(services, str(path), "--mapping", "Bestaat niet") == 2
    assert "geen koppeling 'Bestaat niet'" in capsys.readouterr().err
    assert _run(services, str(path)) == 0
    out = capsys.readouterr().out
    assert "Regel 2: afwijkend in ksdesk, niet overgenomen: Achternaam" in out
    assert "Anders" not in out
