"""`ksdesk export-monitor --period 2026 --out DIR`: the anonymised counts for the region (CSV, JSON, PDF).

Logs in like the app (prompt, or KSDESK_USER / KSDESK_PASSWORD / KSDESK_TOTP), prints what leaves the practice
(the practice totals and how many cells were suppressed) and writes the three files; the export is audited.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ksdesk.services import Services


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True,
                        help="jaar (2026), kwartaal (2026-K3) of van:tot (dd-mm-jjjj:dd-mm-jjjj)")
    parser.add_argument("--out", required=True, help="map voor de bestanden")


def run(services: Services, args: argparse.Namespace) -> int:
    from ksdesk.cli import cli_login
    from ksdesk.monitor.indicators import SPEC, Kind
    from ksdesk.monitor.period import PeriodError, parse_period
    from ksdesk.monitor.published import display

    try:
        period = parse_period(args.period)
    except PeriodError as exc:
        print(f"Periode: {exc}", file=sys.stderr)
        return 2
    actor = cli_login(services)
    services.monitor.threshold(actor)  # refuses a role without the monitor export before a folder is made
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"De map {out} kan niet worden gemaakt: {exc.strerror or exc}", file=sys.stderr)
        return 2
    files = services.monitor.export(actor, period, out)
    export = files.export
    print(f"Monitorcijfers {period.label} (k = {export.k}), praktijk totaal:")
    for cell in export.total.cells:
        if SPEC[cell.indicator].kind is Kind.PERSONS and display(cell, export.k) not in ("", "nb"):
            print(f"  {SPEC[cell.indicator].label:<45} {display(cell, export.k):>6}")
    print(f"{len(export.notes)} cellen onderdrukt (zie de JSON voor de reden per cel).")
    for path in (files.csv, files.json, files.pdf):
        print(f"Opgeslagen: {path}")
    return 0
