"""`ksdesk export-monitor --period 2026 --out DIR`: the anonymised counts for the region (CSV, JSON, PDF)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ksdesk.services import Services


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True,
                        help="jaar (2026), kwartaal (2026-K3) of van:tot (dd-mm-jjjj:dd-mm-jjjj)")
    parser.add_argument("--out", required=True, help="map voor de bestanden")


def run(services: Services, args: argparse.Namespace) -> int:
    print("De monitorexport wordt nog gebouwd.", file=sys.stderr)
    return 2
