"""Building export files of fictitious clients the way record systems write them (for tests and the benchmark)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path

HEADERS = ["Achternaam", "Tussenvoegsel", "Voornamen", "Geboortedatum", "BSN", "Soort ID", "Documentnummer",
           "Reden geen BSN", "Straat", "Huisnummer", "Postcode", "Woonplaats", "Telefoon", "E-mail", "ATD",
           "Bron ATD", "Gravida", "Para"]
# valid BSNs (11-proef) of nobody: generated and checked by the tests themselves
GIVEN = ["Anouk", "Fenna", "Sanne", "Noor", "Lotte", "Yasmina", "Aïcha", "Zoë", "Chloë", "Mirjam", "Inge", "Renée"]
SURNAMES = [("", "Jansen"), ("de", "Vries"), ("van", "Dijk"), ("", "Bakker"), ("van der", "Berg"), ("", "Smit"),
            ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("", "Kaya"), ("", "El Amrani"), ("", "Öztürk")]


def bsn(number: int) -> str:
    """The number-th valid BSN (one per block of 100 numbers; fictitious, passes the 11-proef)."""
    candidate = 100_000_000 + number * 100
    while True:
        digits = f"{candidate:09d}"
        total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
        if total % 11 == 0:
            return digits
        candidate += 1


def rows(count: int, *, seed: int = 11, today: dt.date | None = None) -> list[list[str]]:
    """`count` valid fictitious clients with an ongoing pregnancy, each with a unique BSN."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    result = []
    for n in range(count):
        prefix, surname = rng.choice(SURNAMES)
        born = dt.date(1985, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 18))
        due = today + dt.timedelta(days=rng.randrange(-20, 250))
        gravida = rng.randrange(1, 4)
        result.append([
            surname, prefix, rng.choice(GIVEN), born.strftime("%d-%m-%Y"), bsn(n), "paspoort", f"NX{n:07d}",
            "", "Teststraat", str(rng.randrange(1, 200)), f"{6211 + n % 50} AB", "Maastricht",
            f"06 1{rng.randrange(1000000, 9999999)}", f"client{n}@example.org", due.strftime("%d-%m-%Y"),
            rng.choice(["LM", "echo"]), str(gravida), str(gravida - 1),
        ])
    return result


def csv_bytes(table: Sequence[Sequence[str]], *, headers: Sequence[str] = HEADERS, separator: str = ";",
              encoding: str = "utf-8") -> bytes:
    def cell(text: str) -> str:
        return f'"{text}"' if separator in text or '"' in text else text

    lines = [separator.join(cell(c) for c in row) for row in [list(headers), *table]]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def write_csv(path: Path, table: Sequence[Sequence[str]], **kwargs: object) -> Path:
    path.write_bytes(csv_bytes(table, **kwargs))  # type: ignore[arg-type]
    return path


def write_xlsx(path: Path, table: Sequence[Sequence[object]], *, headers: Sequence[str] = HEADERS) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(headers))
    for row in table:
        sheet.append(list(row))
    workbook.save(path)
    return path
