"""The per-client access report (inzageoverzicht, NEN 7513): who accessed her data, when, which data, which action.

Plain values in, PDF bytes out; reportlab is imported lazily so start-up does not pay for it.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ksdesk.letters.fonts import register_fonts
from ksdesk.letters.letter_canvas import numbered_canvas


@dataclass(frozen=True)
class AccessLine:
    when: str  # local time, dd-mm-jjjj uu:mm
    who: str
    role: str
    action: str  # Dutch: Ingezien, Aangemaakt, Gewijzigd, ...
    what: str  # Dutch description of the data
    outcome: str
    break_glass: bool


@dataclass(frozen=True)
class AccessReport:
    practice_name: str
    practice_agb: str
    client_name: str
    client_date_of_birth: str
    period: str
    generated_at: str
    generated_by: str
    lines: tuple[AccessLine, ...]


def render_access_report(report: AccessReport) -> bytes:
    """A4 PDF with a repeating table header, 'pagina X van Y' and a confidentiality line on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", fontName=regular, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("head", fontName=bold, fontSize=15, leading=19, spaceAfter=4)
    cell_bold = ParagraphStyle("cellbold", parent=small, fontName=bold)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="Inzageoverzicht", author=report.practice_name,
                            initialFontName=regular)
    story = [
        Paragraph(escape(report.practice_name) + f" &middot; AGB {escape(report.practice_agb)}", small),
        Spacer(1, 6),
        Paragraph("Inzageoverzicht: wie heeft uw gegevens ingezien of gewijzigd", head),
        Paragraph(
            f"Cliënte: <b>{escape(report.client_name)}</b>, geboren {escape(report.client_date_of_birth)}<br/>"
            f"Periode: {escape(report.period)}<br/>"
            f"Gemaakt op {escape(report.generated_at)} door {escape(report.generated_by)}", body),
        Spacer(1, 6),
        Paragraph(
            "Dit overzicht toont elke keer dat iemand in de praktijk uw dossier heeft geopend, gezocht, "
            "gewijzigd, afgedrukt of doorgestuurd, zoals vastgelegd in het logboek (NEN 7513). "
            "Een regel met <b>noodtoegang</b> betekent dat iemand buiten haar gewone rol toegang nam, "
            "met een vastgelegde reden.", body),
        Spacer(1, 8),
    ]
    header = [Paragraph(h, cell_bold) for h in ("Datum en tijd", "Wie", "Rol", "Handeling", "Gegevens", "Resultaat")]
    rows = [header]
    for line in report.lines:
        cells = [Paragraph(escape(v), small) for v in (line.when, line.who, line.role, line.action, line.what)]
        outcome = escape(line.outcome) + ("<br/><b>noodtoegang</b>" if line.break_glass else "")
        rows.append([*cells, Paragraph(outcome, small)])
    if len(rows) == 1:
        rows.append([Paragraph("Geen toegang vastgelegd in deze periode.", small), "", "", "", "", ""])
    table = LongTable(rows, repeatRows=1,
                      colWidths=[27 * mm, 32 * mm, 28 * mm, 21 * mm, 41 * mm, 25 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6efef")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#2f6f73")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    story.append(table)
    doc.build(story, canvasmaker=_numbered_canvas(regular))
    return buffer.getvalue()


def _numbered_canvas(font: str) -> type:
    """A canvas that knows the page count, for 'pagina X van Y', with the confidentiality line."""
    from reportlab.lib.units import mm

    def footer(canvas, page: int, total: int) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont(font, 7.5)
        width = canvas._pagesize[0]
        canvas.drawString(18 * mm, 10 * mm, "Vertrouwelijk: medische gegevens. "
                                            "Niet doorsturen zonder toestemming van de cliënte.")
        canvas.drawRightString(width - 18 * mm, 10 * mm, f"pagina {page} van {total}")

    return numbered_canvas(font, footer)


def local_time(utc_iso: str) -> str:
    """'2026-11-27T13:05:09Z' → '27-11-2026 14:05' in Dutch local time."""
    from zoneinfo import ZoneInfo

    moment = dt.datetime.strptime(utc_iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return moment.astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%d-%m-%Y %H:%M")
