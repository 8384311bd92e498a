"""The import report: one line per row of the file, with what happened to it and why (CSV for Excel)."""

from __future__ import annotations

import csv
import io

from ksdesk.importing.plan import OUTCOME_LABELS, ImportPlan
from ksdesk.records.gestation import format_date

HEADERS = ("Regel", "Uitkomst", "Naam", "Geboortedatum", "À terme datum", "Toelichting")


def _cell(text: str) -> str:
    # a cell starting with = + - @ would run as a formula in Excel (CSV injection)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def report_csv(plan: ImportPlan, *, imported: bool) -> bytes:
    """UTF-8 with BOM and ';' (what Dutch Excel opens directly). `imported`: the plan was carried out."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    counts = plan.counts()
    state = "geïmporteerd" if imported else "alleen gecontroleerd, niets opgeslagen"
    writer.writerow([f"Import uit {_cell(plan.file_name)}: {state}"])
    writer.writerow([*(f"{OUTCOME_LABELS[o]}: {n}" for o, n in counts.items()),
                     f"Zwangerschappen aangemaakt: {plan.pregnancies_created}"])
    writer.writerow([])
    writer.writerow(HEADERS)
    for row in plan.rows:
        label = OUTCOME_LABELS[row.outcome]
        writer.writerow([row.line, label, _cell(row.name), format_date(row.date_of_birth),
                         format_date(row.due_date), _cell(row.reasons())])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
