"""`ksdesk import` on a real database: dry run, import, saved mapping, report; no client data on the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.cli import _parser
from ksdesk.cli_commands import imports
from ksdesk.services import Services
from ksdesk.services.context import Actor
from tests.conftest import PASSWORD, client_data
from tests.importing.exports import HEADERS, rows, write_csv


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


def test_the_id_statement_is_given_per_run(services: Services, midwife: Actor, tmp_path: Path, as_midwife: None,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    table = rows(2)
    for r in table:
        r[5] = r[6] = ""  # a BSN, but no ID document in the export
    table[1][4] = ""  # …and one without BSN
    path = write_csv(tmp_path / "e.csv", table)
    services.imports.save_mapping(midwife, "Onatal", {**services.imports.suggest_mapping(midwife, HEADERS),
                                                      "Soort ID": None, "Documentnummer": None,
                                                      "=bsn_missing_reason": "Niet in de export"})
    assert _run(services, str(path), "--mapping", "Onatal", "--dry-run") == 1
    out, err = capsys.readouterr()
    assert "(vast) Reden geen BSN: Niet in de export" in out
    assert "Let op: Het bestand heeft een BSN maar geen kolom met het identiteitsbewijs" in out
    assert "--id-gecontroleerd" in out and "Regel 2: Identiteitsbewijs: Registreer het BSN pas" in err
    assert _run(services, str(path), "--mapping", "Onatal", "--id-gecontroleerd") == 0
    out = capsys.readouterr().out
    assert "(verklaring) Identiteit gecontroleerd" in out and "nieuwe cliënte 2" in out
    assert "=id_document_type" not in (services.imports.saved_mapping(midwife, "Onatal") or {})
