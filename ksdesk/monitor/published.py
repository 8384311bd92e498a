"""What leaves the practice: the export data type. No field can carry an identifier.

Every string field is either an enum value, a period code, or a constrained name (:class:`AreaName`: letters,
spaces, hyphens, apostrophes and dots only, at most 60 characters, so no BSN, date, postcode, phone number,
e-mail address or record id fits); numbers are counts, shares or means. The practice's own name and AGB code
and the catalogue id/version are about the practice, not about a client.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from ksdesk.monitor.aggregate import AreaKind, is_area_name
from ksdesk.monitor.indicators import SPEC, Indicator, Kind, Source
from ksdesk.monitor.period import Period


class CellStatus(StrEnum):
    PUBLISHED = "gepubliceerd"
    SMALL = "klein"  # 1..k-1, shown as "<k"
    SECONDARY = "secundair"  # hidden so that a small cell cannot be recomputed, shown as "x"
    DERIVED = "afgeleid"  # a share or mean computed from a hidden count, shown as "x"
    NOT_APPLICABLE = "nvt"  # not given for this row (empty)
    NOT_AVAILABLE = "niet_beschikbaar"  # the feature's data is not in this installation ("nb")


class SuppressionReason(StrEnum):
    SMALL = "klein_aantal"
    SECONDARY = "terugrekenbaar"
    DERIVED = "afgeleid_van_onderdrukte_cel"


REASON_TEXT: dict[SuppressionReason, str] = {
    SuppressionReason.SMALL: "klein aantal: 1 tot de drempel k",
    SuppressionReason.SECONDARY: "anders terug te rekenen uit totalen en andere cellen",
    SuppressionReason.DERIVED: "berekend uit een onderdrukt aantal",
}

class AreaName(str):
    """A gemeente name (or Onbekend / Overige gemeenten / Totaal praktijk): letters and - ' . only."""

    __slots__ = ()

    def __new__(cls, value: str) -> AreaName:
        if not isinstance(value, str) or not is_area_name(value):
            raise ValueError("Een gebied is een gemeentenaam van letters (hoogstens 60 tekens).")
        return super().__new__(cls, value)


class CodeText(str):
    """A short technical code (catalogue id/version, app version): letters, digits and . _ - only."""

    __slots__ = ()

    def __new__(cls, value: str) -> CodeText:
        if not isinstance(value, str) or not re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z._\-]{0,59}", value):
            raise ValueError(f"Geen geldige code: {value!r}")
        return super().__new__(cls, value)


class AgbCode(str):
    """The practice's AGB code: 8 digits."""

    __slots__ = ()

    def __new__(cls, value: str) -> AgbCode:
        if not isinstance(value, str) or not re.fullmatch(r"\d{8}", value):
            raise ValueError("Een AGB-code is 8 cijfers.")
        return super().__new__(cls, value)


@dataclass(frozen=True, slots=True)
class PublishedCell:
    indicator: Indicator
    status: CellStatus
    value: int | float | None = None  # only when PUBLISHED (None there: no value, e.g. a share of 0)

    def __post_init__(self) -> None:
        if self.status is not CellStatus.PUBLISHED and self.value is not None:
            raise ValueError("only a published cell has a value")
        if self.value is not None and (isinstance(self.value, bool) or not isinstance(self.value, int | float)):
            raise ValueError("a cell value is a number")


@dataclass(frozen=True, slots=True)
class PublishedRow:
    area: AreaName
    kind: AreaKind
    cells: tuple[PublishedCell, ...]

    def cell(self, indicator: Indicator) -> PublishedCell:
        for cell in self.cells:
            if cell.indicator is indicator:
                return cell
        raise KeyError(indicator)


@dataclass(frozen=True, slots=True)
class SuppressionNote:
    area: AreaName
    indicator: Indicator
    reason: SuppressionReason


@dataclass(frozen=True, slots=True)
class CatalogueRef:
    id: CodeText
    version: CodeText


@dataclass(frozen=True, slots=True)
class ExportMetadata:
    practice_name: str  # the practice, not a client
    practice_agb: AgbCode
    catalogues: tuple[CatalogueRef, ...]
    app_version: CodeText
    generated_at: dt.datetime  # UTC


@dataclass(frozen=True, slots=True)
class MonitorExport:
    """The anonymised figures of one period: exactly what the preview shows and the files contain."""

    period: Period
    k: int
    indicators: tuple[Indicator, ...]
    rows: tuple[PublishedRow, ...]  # gemeenten, then Overige gemeenten / Onbekend, then Totaal praktijk
    notes: tuple[SuppressionNote, ...]
    unavailable: tuple[Source, ...]
    metadata: ExportMetadata | None = None

    def __post_init__(self) -> None:
        for row in self.rows:
            for cell in row.cells:
                if (cell.status is CellStatus.PUBLISHED and SPEC[cell.indicator].kind is Kind.PERSONS
                        and isinstance(cell.value, int) and 0 < cell.value < self.k):
                    raise ValueError("a count below k would be published")

    @property
    def total(self) -> PublishedRow:
        return self.rows[-1]

    def with_metadata(self, metadata: ExportMetadata) -> MonitorExport:
        return MonitorExport(self.period, self.k, self.indicators, self.rows, self.notes, self.unavailable,
                             metadata)


def display(cell: PublishedCell, k: int) -> str:
    """The text of a cell in the preview, the CSV and the PDF: 12, 12,5, <10, x, nb or empty."""
    if cell.status is CellStatus.PUBLISHED:
        if cell.value is None:
            return ""
        if isinstance(cell.value, float):
            return f"{cell.value:.1f}".replace(".", ",")
        return str(cell.value)
    return {CellStatus.SMALL: f"<{k}", CellStatus.SECONDARY: "x", CellStatus.DERIVED: "x",
            CellStatus.NOT_APPLICABLE: "", CellStatus.NOT_AVAILABLE: "nb"}[cell.status]
