"""The one-page PDF summary: real PDF, embedded fonts, one page even with many gemeenten, markers shown."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from ksdesk.letters.monitor_summary import render_monitor_summary
from ksdesk.monitor.aggregate import aggregate
from ksdesk.monitor.facts import MonitorFacts, PregnancyFact
from ksdesk.monitor.period import Period
from ksdesk.monitor.published import AgbCode, CatalogueRef, CodeText, ExportMetadata
from ksdesk.monitor.suppress import publish

META = ExportMetadata("Verloskundigenpraktijk De Testhoek", AgbCode("03012345"),
                      (CatalogueRef(CodeText("kwetsbaarheid-rotterdam"), CodeText("1")),), CodeText("0.1.0"),
                      dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC))
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _pdf(gemeenten: int, per_gemeente: int) -> bytes:
    day = dt.date(2026, 3, 1)
    many = [PregnancyFact(f"Gemeente {LETTERS[g % 26]}{LETTERS[g // 26]}", day)
            for g in range(gemeenten) for _ in range(per_gemeente)]
    facts = MonitorFacts((*many, PregnancyFact("Vaals", day)), ())
    return render_monitor_summary(publish(aggregate(facts, Period.year(2026)), 10).with_metadata(META))


def test_one_page_with_markers_and_practice_details(tmp_path: Path) -> None:
    pdf = _pdf(3, 12)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("Monitor Kansrijke Start", "jaar 2026", "AGB 03012345", "Overige gemeenten", "<10",
                     "Totaal praktijk", "drempel k = 10", "nb"):
        assert expected in text, expected
    if shutil.which("pdffonts"):
        path = tmp_path / "summary.pdf"
        path.write_bytes(pdf)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        assert "DejaVuSans" in fonts and "Helvetica" not in fonts


@pytest.mark.parametrize("gemeenten", [40])
def test_many_gemeenten_still_fit_one_page(gemeenten: int) -> None:
    reader = PdfReader(io.BytesIO(_pdf(gemeenten, 10)))
    assert len(reader.pages) == 1
    assert "Gemeente AB" in reader.pages[0].extract_text()
