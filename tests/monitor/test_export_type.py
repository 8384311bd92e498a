"""The export type cannot carry an identifier; CSV and JSON hold the same numbers and stable column names."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import pytest

from ksdesk.monitor import published
from ksdesk.monitor.aggregate import aggregate
from ksdesk.monitor.export import CSV_FIXED_COLUMNS, to_csv, to_json
from ksdesk.monitor.indicators import Indicator
from ksdesk.monitor.period import Period
from ksdesk.monitor.published import (
    AgbCode,
    AreaName,
    CatalogueRef,
    CodeText,
    ExportMetadata,
    MonitorExport,
    display,
)
from ksdesk.monitor.suppress import publish
from tests.monitor.fixtures import small_practice

# Field types that cannot hold free text: enums, numbers, dates, and the constrained string types.
SAFE_LEAVES = {"int", "float", "bool", "None", "dt.date", "dt.datetime", "AreaName", "CodeText", "AgbCode",
               "Indicator", "CellStatus", "SuppressionReason", "AreaKind", "Source", "PeriodKind"}
NESTED = {"Period", "PublishedRow", "PublishedCell", "SuppressionNote", "CatalogueRef", "ExportMetadata",
          "MonitorExport"}
ALLOWED_FREE_TEXT = {("ExportMetadata", "practice_name")}  # the practice's own name, not a client's


def _leaf_types(annotation: str) -> list[str]:
    for token in ("tuple[", "]", "...", "|", ","):
        annotation = annotation.replace(token, " ")
    return annotation.split()


def test_no_field_of_the_export_can_carry_free_text() -> None:
    from ksdesk.monitor import period

    seen = set()
    todo = ["MonitorExport"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        cls = getattr(published, name, None) or getattr(period, name)
        for field in dataclasses.fields(cls):
            for leaf in _leaf_types(str(field.type)):
                if leaf in NESTED:
                    todo.append(leaf)
                elif (name, field.name) not in ALLOWED_FREE_TEXT:
                    assert leaf in SAFE_LEAVES, f"{name}.{field.name}: {leaf} could carry an identifier"
    assert {"MonitorExport", "PublishedCell", "Period", "ExportMetadata"} <= seen


@pytest.mark.parametrize("bad", ["123456782", "Anouk de Vries 01-02-1990", "6211AB", "a@b.nl", "x" * 61, "",
                                 "0612345678", "#42"])
def test_area_names_refuse_identifiers(bad: str) -> None:
    with pytest.raises(ValueError):
        AreaName(bad)


@pytest.mark.parametrize("good", ["'s-Hertogenbosch", "Sittard-Geleen", "Súdwest-Fryslân", "Overige gemeenten"])
def test_area_names_accept_gemeenten(good: str) -> None:
    assert AreaName(good) == good


def _export() -> MonitorExport:
    meta = ExportMetadata("Verloskundigenpraktijk De Testhoek", AgbCode("03012345"),
                          (CatalogueRef(CodeText("kwetsbaarheid-rotterdam"), CodeText("2026.1")),),
                          CodeText("0.1.0"), dt.datetime(2026, 11, 27, 13, 5, tzinfo=dt.UTC))
    return publish(aggregate(small_practice(), Period.year(2026)), 3).with_metadata(meta)


def test_csv_has_bom_semicolons_and_the_documented_columns() -> None:
    data = to_csv(_export())
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [*CSV_FIXED_COLUMNS, *(c.value for c in Indicator)]
    assert rows[0][:4] == ["periode", "gebied", "gebied_soort", "zwangerschappen_in_zorg"]
    by_area = {r[1]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_area["Totaal praktijk"]["zwangerschappen_in_zorg"] == "6"
    assert by_area["Totaal praktijk"]["periode"] == "2026"


def test_json_has_the_same_numbers_and_the_metadata() -> None:
    export = _export()
    data = json.loads(to_json(export))
    meta = data["metadata"]
    assert meta["periode"] == {"code": "2026", "soort": "jaar", "van": "2026-01-01", "tot": "2026-12-31"}
    assert meta["praktijk"] == {"naam": "Verloskundigenpraktijk De Testhoek", "agb": "03012345"}
    assert meta["catalogus"] == [{"id": "kwetsbaarheid-rotterdam", "versie": "2026.1"}]
    assert (meta["k"], meta["app_versie"], meta["gemaakt_op"]) == (3, "0.1.0", "2026-11-27T13:05:00Z")
    csv_rows = list(csv.reader(io.StringIO(to_csv(export).decode("utf-8-sig")), delimiter=";"))
    header = csv_rows[0]
    for json_row, csv_row in zip(data["rijen"], csv_rows[1:], strict=True):
        assert json_row["gebied"] == csv_row[1]
        for code, cell in json_row["waarden"].items():
            assert cell["tekst"] == csv_row[header.index(code)]
            if cell["status"] == "gepubliceerd" and cell["waarde"] is not None:
                assert display(next(c for r in export.rows for c in r.cells if str(r.area) == json_row["gebied"]
                                    and c.indicator == code), export.k) == cell["tekst"]
    assert {n["reden"] for n in data["onderdrukt"]} <= {"klein_aantal", "terugrekenbaar",
                                                        "afgeleid_van_onderdrukte_cel"}
