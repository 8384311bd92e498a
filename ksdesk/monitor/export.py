"""Serialising a MonitorExport: CSV (``;``, UTF-8 with BOM) and JSON with the same numbers and the metadata.

Column names and JSON keys are documented in ``ksdesk.monitor.indicators`` and stay stable across versions.
JSON layout (``formaat`` "ksdesk-monitor", ``formaat_versie`` 1)::

    {"formaat", "formaat_versie",
     "metadata": {"periode": {"code", "soort", "van", "tot"}, "praktijk": {"naam", "agb"},
                  "catalogus": [{"id", "versie"}], "k", "app_versie", "gemaakt_op"},
     "indicatoren": [{"code", "omschrijving", "bron", "soort", "niveau"}],
     "niet_beschikbaar": [bron, ...],
     "rijen": [{"gebied", "gebied_soort", "waarden": {code: {"status", "waarde", "tekst"}}}],
     "onderdrukt": [{"gebied", "indicator", "reden", "toelichting"}]}

``waarde`` is the number (null when not published); ``tekst`` is what the CSV shows.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ksdesk.monitor.indicators import SPEC
from ksdesk.monitor.published import REASON_TEXT, MonitorExport, display

CSV_FIXED_COLUMNS = ("periode", "gebied", "gebied_soort")
FORMAT = "ksdesk-monitor"
FORMAT_VERSION = 1


def csv_columns(export: MonitorExport) -> list[str]:
    return [*CSV_FIXED_COLUMNS, *(str(code) for code in export.indicators)]


def to_csv(export: MonitorExport) -> bytes:
    """One row per gebied, ';'-separated, UTF-8 with BOM, CRLF line ends (what Dutch Excel opens)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(csv_columns(export))
    for row in export.rows:
        writer.writerow([export.period.code, str(row.area), str(row.kind),
                         *(display(cell, export.k) for cell in row.cells)])
    return buffer.getvalue().encode("utf-8-sig")


def to_json_data(export: MonitorExport) -> dict[str, Any]:
    meta = export.metadata
    return {
        "formaat": FORMAT,
        "formaat_versie": FORMAT_VERSION,
        "metadata": {
            "periode": {"code": export.period.code, "soort": str(export.period.kind),
                        "van": export.period.start.isoformat(), "tot": export.period.end.isoformat()},
            "praktijk": {"naam": meta.practice_name, "agb": str(meta.practice_agb)} if meta else None,
            "catalogus": [{"id": str(c.id), "versie": str(c.version)} for c in meta.catalogues] if meta else [],
            "k": export.k,
            "app_versie": str(meta.app_version) if meta else None,
            "gemaakt_op": meta.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ") if meta else None,
        },
        "indicatoren": [{"code": str(c), "omschrijving": SPEC[c].label, "bron": str(SPEC[c].source),
                         "soort": str(SPEC[c].kind), "niveau": str(SPEC[c].scope)} for c in export.indicators],
        "niet_beschikbaar": [str(s) for s in export.unavailable],
        "rijen": [{"gebied": str(row.area), "gebied_soort": str(row.kind),
                   "waarden": {str(cell.indicator): {"status": str(cell.status), "waarde": cell.value,
                                                     "tekst": display(cell, export.k)} for cell in row.cells}}
                  for row in export.rows],
        "onderdrukt": [{"gebied": str(n.area), "indicator": str(n.indicator), "reden": str(n.reason),
                        "toelichting": REASON_TEXT[n.reason]} for n in export.notes],
    }


def to_json(export: MonitorExport) -> bytes:
    return json.dumps(to_json_data(export), ensure_ascii=False, indent=2).encode("utf-8")


def file_stem(export: MonitorExport) -> str:
    """Base name of the three files: monitor_<AGB>_<period>."""
    agb = str(export.metadata.practice_agb) if export.metadata else "praktijk"
    return f"monitor_{agb}_{export.period.code}"
