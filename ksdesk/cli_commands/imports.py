"""`ksdesk import FILE [--mapping NAME] [--dry-run]`: clients and pregnancies from a CSV or Excel export."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ksdesk.services import Services


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="CSV- of Excel-bestand (.csv, .txt, .xlsx)")
    parser.add_argument("--mapping", help="naam van een eerder bewaarde kolomkoppeling")
    parser.add_argument("--dry-run", action="store_true", help="alleen controleren en laten zien, niets opslaan")


def run(services: Services, args: argparse.Namespace) -> int:
    print("Importeren wordt nog gebouwd.", file=sys.stderr)
    return 2
