"""Permission-matrix calls for the import: see tests/permission_calls/__init__.py."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from ksdesk.importing.fields import guess_mapping
from ksdesk.importing.reading import SourceTable
from tests.permission_calls import Call, Setting, _args, _unique

HEADERS = ["Achternaam", "Voornamen", "Geboortedatum", "Reden geen BSN", "Postcode", "ATD"]


def _table() -> SourceTable:
    """One fictitious client of her own, so each role's call creates a fresh row."""
    n = next(_unique)
    return SourceTable("matrix.csv", HEADERS, [[f"Importtest{n}", "Fenna", "01-02-1995", "Nog niet bekend", "6211AB",
                                                 ""]])


def _file(_s: Setting) -> tuple[tuple[Any, ...], dict[str, Any]]:
    folder = Path(tempfile.mkdtemp(prefix="ksdesk-matrix-"))
    path = folder / "export.csv"
    path.write_text(";".join(HEADERS) + "\nFictief;Fenna;01-02-1995;Nog niet bekend;6211AB;\n", encoding="utf-8")
    return _args(path)


CALLS: dict[str, Call | str] = {
    "ImportService.read": _file,
    "ImportService.mapping_names": lambda s: _args(),
    "ImportService.saved_mapping": lambda s: _args("Onatal"),
    "ImportService.suggest_mapping": lambda s: _args(HEADERS, "Onatal"),
    "ImportService.save_mapping": lambda s: _args(f"Bron {next(_unique)}", guess_mapping(HEADERS)),
    "ImportService.preview": lambda s: _args(_table(), guess_mapping(HEADERS)),
    "ImportService.run": lambda s: _args(_table(), guess_mapping(HEADERS)),
}
