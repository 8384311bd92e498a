"""Benchmark (not a test): read, preview and import a 10,000-row export, then preview it again (all duplicates).

Run: .venv/bin/python -m tests.importing.bench_import [ROWS] [--postgres URL]
Prints the seconds per step; the import is one transaction with 10,000 clients, 10,000 pregnancies and their
log entries (client.create and pregnancy.create per row, one import.run).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ksdesk.app import open_services
from ksdesk.importing.plan import Outcome
from ksdesk.records.enums import Role
from ksdesk.security import totp
from tests.conftest import ADMIN_TOTP_SECRET, PASSWORD, PRACTICE
from tests.importing.exports import rows, write_csv

T = TypeVar("T")


def _timed(label: str, step: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = step()
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int, nargs="?", default=10_000)
    parser.add_argument("--postgres", help="a PostgreSQL URL of an empty database (default: SQLite in a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ksdesk-bench-import-") as folder:
        root = Path(folder)
        services = open_services(root / "data", url=args.postgres)
        admin = services.accounts.first_run(PRACTICE, "bea", "Bea Beheer", PASSWORD)
        admin, _codes = services.accounts.confirm_totp_enrolment(admin, ADMIN_TOTP_SECRET,
                                                                 totp.current_code(ADMIN_TOTP_SECRET))
        services.accounts.create_user(admin, "anna", "Anna Assistent", Role.ASSISTANT, PASSWORD)
        actor = services.accounts.login("anna", PASSWORD)
        path = write_csv(root / "export.csv", rows(args.rows), encoding="cp1252")
        print(f"{args.rows} rows, {path.stat().st_size / 1e6:.1f} MB, backend "
              f"{'postgresql' if args.postgres else 'sqlite'}")
        table = _timed("read (detect encoding and separator)", lambda: services.imports.read(actor, path))
        mapping = services.imports.suggest_mapping(actor, table.headers)
        plan = _timed("preview (validate + match)", lambda: services.imports.preview(actor, table, mapping))
        print(f"{'':<44} {plan.counts()[Outcome.NEW_CLIENT]} new clients")
        ticks: list[int] = []
        done = _timed("import (one transaction)",
                      lambda: services.imports.run(actor, table, mapping, progress=lambda d, t: ticks.append(d)))
        print(f"{'':<44} {done.counts()[Outcome.NEW_CLIENT]} written, {len(ticks)} progress reports")
        again = _timed("preview of the same file again", lambda: services.imports.preview(actor, table, mapping))
        print(f"{'':<44} {again.counts()[Outcome.DUPLICATE]} duplicates")
        _timed("import of the same file again (writes nothing)",
               lambda: services.imports.run(actor, table, mapping))
        services.close()


if __name__ == "__main__":
    main()
