"""`ksdesk import FILE [--mapping NAME] [--dry-run] [--id-gecontroleerd]`: clients and pregnancies from a CSV or
Excel export.

--id-gecontroleerd is the file-wide statement of the wizard: every BSN in the file was checked against a legal ID
document in the practice's record system (recorded per client, and in the import's log entry). It is given per
run, never remembered with a mapping; without it a new client with a BSN and no ID-document column is skipped.

Prints the column mapping used and the counts; with --report also writes the full report (CSV) with every
row's outcome and reasons. Exit code 0: every row imported or already present; 1: some rows were skipped
(errors); 2: nothing done (refused, unreadable file, unknown mapping).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ksdesk.services import Services


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="CSV- of Excel-bestand (.csv, .txt, .xlsx)")
    parser.add_argument("--mapping", help="naam van een eerder bewaarde kolomkoppeling")
    parser.add_argument("--dry-run", action="store_true", help="alleen controleren en laten zien, niets opslaan")
    parser.add_argument("--encoding", choices=["utf-8", "utf-8-sig", "cp1252"], help="tekenset (standaard: herkend)")
    parser.add_argument("--separator", choices=[";", ",", "tab"], help="scheidingsteken (standaard: herkend)")
    parser.add_argument("--report", metavar="FILE", help="verslag per regel opslaan (CSV)")
    parser.add_argument("--save-mapping", metavar="NAME", help="de gebruikte koppeling onder deze naam bewaren")
    parser.add_argument("--id-gecontroleerd", dest="id_checked", action="store_true",
                        help="verklaring: de identiteit van elke cliënte met een BSN in dit bestand is gecontroleerd "
                             "met een wettelijk identiteitsbewijs, vastgelegd in het dossiersysteem van de praktijk")


def run(services: Services, args: argparse.Namespace) -> int:
    from ksdesk.cli import cli_login
    from ksdesk.importing.fields import BY_KEY, ID_CHECKED, ID_CHECKED_VALUE, mapping_problems, mapping_warnings
    from ksdesk.importing.plan import OUTCOME_LABELS, Outcome, title
    from ksdesk.importing.reading import ENCODINGS, SEPARATORS
    from ksdesk.importing.report import report_csv

    actor = cli_login(services)
    separator = "\t" if args.separator == "tab" else args.separator
    table = services.imports.read(actor, Path(args.file), encoding=args.encoding, separator=separator)
    if table.kind == "csv":
        print(f"Gelezen: {len(table.rows)} regels; tekenset {ENCODINGS[table.encoding or 'utf-8']}, "
              f"scheidingsteken {SEPARATORS[table.separator or ';']}.")
    else:
        print(f"Gelezen: {len(table.rows)} regels uit het eerste werkblad.")
    if args.mapping and services.imports.saved_mapping(actor, args.mapping) is None:
        names = ", ".join(services.imports.mapping_names(actor)) or "geen"
        print(f"Er is geen koppeling '{args.mapping}' bewaard (bewaard: {names}).", file=sys.stderr)
        return 2
    mapping = services.imports.suggest_mapping(actor, table.headers, args.mapping)
    if args.id_checked:
        mapping[ID_CHECKED] = ID_CHECKED_VALUE
    print("Kolomkoppeling:")
    for header, key in mapping.items():
        if header.startswith("="):  # a fixed value or the ID statement, not a column
            if header == "=bsn_missing_reason":
                print(f"  (vast) Reden geen BSN: {key}")
            elif header == ID_CHECKED:
                print("  (verklaring) Identiteit gecontroleerd in het dossiersysteem van de praktijk")
            continue
        print(f"  {header or '(zonder kop)'} → {BY_KEY[key].title if key else '(niet importeren)'}")
    for warning in mapping_warnings(mapping):
        print("Let op: " + warning.replace("de verklaring hieronder", "--id-gecontroleerd"))
    problems = mapping_problems(mapping)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    if args.save_mapping:
        services.imports.save_mapping(actor, args.save_mapping, mapping)  # without the ID statement
    if args.dry_run:
        plan = services.imports.preview(actor, table, mapping)
    else:
        plan = services.imports.run(actor, table, mapping)
    for row in plan.rows:
        if row.outcome is Outcome.ERROR:
            # field titles and messages only: no names or numbers of clients on the terminal
            print(f"Regel {row.line}: " + "; ".join(f"{title(k)}: {m}" for k, m in row.errors.items()),
                  file=sys.stderr)
        elif row.conflicts:
            print(f"Regel {row.line}: afwijkend in ksdesk, niet overgenomen: "
                  + ", ".join(title(c.key) for c in row.conflicts))
    counts = plan.counts()
    print(("Gecontroleerd (niets opgeslagen): " if args.dry_run else "Geïmporteerd: ")
          + ", ".join(f"{OUTCOME_LABELS[o].lower()} {n}" for o, n in counts.items())
          + f"; zwangerschappen aangemaakt: {plan.pregnancies_created}")
    if args.report:
        Path(args.report).write_bytes(report_csv(plan, imported=not args.dry_run))
        print(f"Verslag opgeslagen: {args.report}")
    return 1 if counts[Outcome.ERROR] else 0
