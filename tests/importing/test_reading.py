"""Reading exports: every separator and encoding, detection and correction, Excel with serial dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ksdesk.importing.dates import parse_import_date
from ksdesk.importing.reading import ReadError, detect_encoding, detect_separator, read_csv, read_file
from tests.importing.exports import HEADERS, csv_bytes, write_xlsx

ROW = ["Öztürk", "", "Zoë Renée", "05-06-1992", "", "", "", "Nog niet bekend", "Kerkstraat", "12", "6211 AB",
       "Maastricht", "", "", "01-02-2027", "echo", "2", "1"]


@pytest.mark.parametrize("separator", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_each_separator_and_encoding_is_detected(separator: str, encoding: str) -> None:
    data = csv_bytes([ROW, ROW], separator=separator, encoding=encoding)
    table = read_csv(data, "export.csv")
    assert table.encoding == encoding
    assert table.separator == separator
    assert table.headers == HEADERS  # no BOM glued to the first header
    assert table.rows[0][0] == "Öztürk" and table.rows[0][2] == "Zoë Renée"
    assert table.line_numbers == [2, 3]


def test_a_wrong_guess_can_be_corrected() -> None:
    """A Windows-1252 file read as UTF-8 is refused with a Dutch message; read as cp1252 it is right."""
    data = csv_bytes([ROW], encoding="cp1252")
    with pytest.raises(ReadError, match="UTF-8"):
        read_csv(data, "export.csv", encoding="utf-8")
    assert read_csv(data, "export.csv", encoding="cp1252").rows[0][0] == "Öztürk"
    # a plain-ASCII cp1252 file is valid UTF-8 as well: the guess UTF-8 is harmless
    assert detect_encoding("Naam;Datum\r\nJansen;01-01-1990\r\n".encode("cp1252")) == "utf-8"
    # the user can force the separator: a comma file read with ';' is one column
    comma = read_csv(csv_bytes([ROW], separator=","), "x.csv", separator=";")
    assert len(comma.headers) == 1


def test_separator_inside_quotes_does_not_fool_detection() -> None:
    text = 'Naam,Adres,Plaats\r\n"Jansen","Kerkstraat 1; achterom",Maastricht\r\n"Smit","Markt 2",Venlo\r\n'
    assert detect_separator(text) == ","


def test_quoted_cells_with_newlines_keep_their_line_numbers() -> None:
    data = b'Achternaam;Veilig contact\r\nJansen;"bel eerst\r\nde zus"\r\nSmit;\r\n'
    table = read_csv(data, "x.csv")
    assert table.rows[0][1] == "bel eerst\r\nde zus"
    assert table.line_numbers == [3, 4]


def test_empty_and_broken_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="leeg"):
        read_csv(b"\r\n\r\n", "leeg.csv")
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadError, match="Excel"):
        read_file(bad)
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ReadError, match=r"\(\.xls\)"):
        read_file(old)
    with pytest.raises(ReadError, match="niet te openen"):
        read_file(tmp_path / "bestaat-niet.csv")


def test_excel_with_real_dates_and_serial_numbers(tmp_path: Path) -> None:
    """A date cell arrives as a date; a date stored as a number (serial) is turned into a date."""
    path = write_xlsx(tmp_path / "export.xlsx", [
        ["Jansen", None, "Anouk", dt.datetime(1994, 3, 12), 111222333, "paspoort", "NX12AB345", None, "Markt",
         1, "6211AB", "Maastricht", 612345678, None, 46388, "LM", 1, 0],
    ])
    table = read_file(path)
    assert table.kind == "xlsx" and table.encoding is None
    assert table.headers == HEADERS
    row = table.rows[0]
    assert row[3] == dt.datetime(1994, 3, 12)
    assert row[14] == 46388
    assert parse_import_date(row[14]) == dt.date(2027, 1, 1)
    assert table.line_numbers == [2]


def test_a_csv_that_is_really_an_excel_file_is_read_as_excel(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "export.xlsx", [["Smit", None, "Noor"]])
    renamed = path.rename(tmp_path / "export.csv")
    assert read_file(renamed).kind == "xlsx"


def test_utf8_read_as_windows_1252_looks_misdecoded() -> None:
    from ksdesk.importing.reading import looks_misdecoded, read_csv

    data = "Achternaam;Voornamen\r\nÖztürk;Zoë\r\n".encode()
    assert looks_misdecoded(read_csv(data, "e.csv", encoding="cp1252"))
    assert not looks_misdecoded(read_csv(data, "e.csv"))
    assert not looks_misdecoded(read_csv("Achternaam;Voornamen\r\nÖztürk;Zoë\r\n".encode("cp1252"), "e.csv"))
