"""Reading an export into a table of cells: CSV (separator and encoding detected, both correctable) or .xlsx.

The file is only read, never copied: the table lives in memory for the preview and the import.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

Cell = str | int | float | dt.date | dt.datetime | None

ENCODINGS: dict[str, str] = {"utf-8-sig": "UTF-8 met BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252"}
SEPARATORS: dict[str, str] = {";": "puntkomma (;)", ",": "komma (,)", "\t": "tab"}
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
MAX_ROWS = 100_000
MAX_BYTES = 100 * 1024 * 1024


class ReadError(ValueError):
    """The file cannot be read as an export; the message is Dutch."""


@dataclass
class SourceTable:
    """What a file holds: the header line and the data rows (1-based line numbers as the user sees them)."""

    name: str  # the file name, for the report (not the path: nothing of the folder is kept)
    headers: list[str]
    rows: list[list[Cell]]
    line_numbers: list[int] = field(default_factory=list)
    kind: str = "csv"  # "csv" or "xlsx"
    encoding: str | None = None
    separator: str | None = None

    def __post_init__(self) -> None:
        if not self.line_numbers:
            self.line_numbers = list(range(2, len(self.rows) + 2))

    def column(self, index: int) -> list[Cell]:
        return [row[index] if index < len(row) else None for row in self.rows]


# what UTF-8 text looks like when read as Windows-1252: 'Ã«' for 'ë', 'â€' for curly quotes and dashes
_MOJIBAKE = ("Ã", "â€", "Â")


def looks_misdecoded(table: SourceTable, sample: int = 200) -> bool:
    """Whether a CSV read as Windows-1252 shows the typical signs of being UTF-8 ('Ã«' for 'ë')."""
    if table.kind != "csv" or table.encoding != "cp1252":
        return False
    cells = [*table.headers, *(c for row in table.rows[:sample] for c in row if isinstance(c, str))]
    return any(mark in cell for cell in cells for mark in _MOJIBAKE)


def detect_encoding(data: bytes) -> str:
    """UTF-8 with BOM, UTF-8, or else Windows-1252 (what Excel on Windows writes as 'CSV')."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def decode(data: bytes, encoding: str) -> str:
    if encoding == "cp1252":
        # five byte values are undefined in cp1252; show them as replacement characters rather than fail
        return data.decode("cp1252", errors="replace")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(f"Het bestand is geen {ENCODINGS.get(encoding, encoding)}; kies een andere tekenset.") from exc


def detect_separator(text: str) -> str:
    """The separator that splits the first lines into the same number (>1) of columns; ';' wins a tie
    (Dutch Excel writes ';' because ',' is the decimal comma)."""
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ";", -1
    for candidate in (";", "\t", ","):
        rows = [r for r in csv.reader(io.StringIO(sample), delimiter=candidate) if any(c.strip() for c in r)]
        if not rows:
            continue
        widths = [len(r) for r in rows]
        if widths[0] < 2:
            continue
        consistent = sum(1 for w in widths if w == widths[0])
        score = consistent * 100 + widths[0]
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_csv(data: bytes, name: str, *, encoding: str | None = None, separator: str | None = None) -> SourceTable:
    """Parse CSV bytes; encoding and separator are detected unless given."""
    encoding = encoding or detect_encoding(data)
    if encoding not in ENCODINGS:
        raise ReadError("Onbekende tekenset.")
    text = decode(data, encoding)
    if encoding == "utf-8":
        text = text.removeprefix("\ufeff")
    separator = separator or detect_separator(text)
    if separator not in SEPARATORS:
        raise ReadError("Onbekend scheidingsteken.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    headers: list[str] | None = None
    rows: list[list[Cell]] = []
    lines: list[int] = []
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = [cell.strip() for cell in record]
                continue
            rows.append([cell for cell in record])
            lines.append(reader.line_num)
            if len(rows) > MAX_ROWS:
                raise ReadError(f"Meer dan {MAX_ROWS} regels; splits het bestand.")
    except csv.Error as exc:
        raise ReadError(f"Regel {reader.line_num} is geen geldige CSV ({exc}).") from None
    if headers is None:
        raise ReadError("Het bestand is leeg.")
    return SourceTable(name, headers, rows, lines, "csv", encoding, separator)


def read_xlsx(path: Path) -> SourceTable:
    """The first sheet of an Excel workbook (read-only mode: large sheets stream). Opened as a stream, so a
    workbook saved with a .csv name is read too."""
    try:
        with path.open("rb") as handle:
            return _read_workbook(handle, path.name)
    except OSError as exc:
        raise ReadError("Het bestand is niet te openen.") from exc


def _read_workbook(handle: BinaryIO, name: str) -> SourceTable:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise ReadError("Dit is geen leesbaar Excel-bestand (.xlsx).") from exc
    try:
        sheet = workbook.worksheets[0]
        headers: list[str] | None = None
        rows: list[list[Cell]] = []
        lines: list[int] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells: list[Cell] = [_excel_cell(v) for v in values]
            if not any(c not in (None, "") for c in cells):
                continue
            if headers is None:
                headers = ["" if c is None else str(c).strip() for c in cells]
                continue
            rows.append(cells)
            lines.append(number)
            if len(rows) > MAX_ROWS:
                raise ReadError(f"Meer dan {MAX_ROWS} regels; splits het bestand.")
    finally:
        workbook.close()
    if headers is None:
        raise ReadError("Het eerste werkblad is leeg.")
    while headers and not headers[-1]:
        headers.pop()
    return SourceTable(name, headers, rows, lines, "xlsx")


def _excel_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | dt.date):
        return value  # type: ignore[return-value]
    if isinstance(value, dt.time):
        return value.isoformat()
    return str(value)


def read_file(path: Path, *, encoding: str | None = None, separator: str | None = None) -> SourceTable:
    """Read a .csv/.txt or .xlsx export."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError("Het bestand is niet te openen.") from exc
    if size > MAX_BYTES:
        raise ReadError("Het bestand is te groot (meer dan 100 MB).")
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise ReadError("Oude Excel-bestanden (.xls) worden niet gelezen; sla het op als .xlsx of CSV.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError("Het bestand is niet te openen.") from exc
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(path)
    return read_csv(data, path.name, encoding=encoding, separator=separator)
