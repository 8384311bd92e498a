"""The one-page PDF summary of a monitor export: key practice figures as a bar chart, a table per gemeente,
Centering capacity, and what the markers mean. Plain values in (a MonitorExport), PDF bytes out.

Only published cells are drawn; a hidden cell shows its marker ("<10", "x") and no bar.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from ksdesk.letters.fonts import register_fonts
from ksdesk.monitor.indicators import SOURCE_LABELS, SPEC, Indicator
from ksdesk.monitor.published import CellStatus, MonitorExport, PublishedRow, display

CHART_INDICATORS = (
    Indicator.PREGNANCIES_IN_CARE, Indicator.PREGNANCIES_ASSESSED, Indicator.LEVEL_URGENT,
    Indicator.LEVEL_VULNERABLE, Indicator.LEVEL_POTENTIAL, Indicator.LEVEL_NONE, Indicator.CONSENT_GIVEN,
    Indicator.REFERRALS, Indicator.REFERRALS_CONTACT, Indicator.PARTICIPANTS_STARTED,
)
TABLE_COLUMNS = (
    (Indicator.PREGNANCIES_IN_CARE, "In zorg"), (Indicator.PREGNANCIES_ASSESSED, "Gesigna-\nleerd"),
    (Indicator.LEVEL_URGENT, "Zeer\nkwetsbaar"), (Indicator.LEVEL_VULNERABLE, "Kwets-\nbaar"),
    (Indicator.LEVEL_POTENTIAL, "Poten-\ntieel"), (Indicator.REFERRALS, "Verwij-\nzingen"),
    (Indicator.PARTICIPANTS_STARTED, "Deelnemers\nCentering"),
)
CAPACITY = (
    (Indicator.GROUPS_STARTED, "groepen gestart"), (Indicator.GROUPS_COMPLETED, "groepen afgerond"),
    (Indicator.SESSIONS_HELD, "bijeenkomsten"), (Indicator.MEAN_GROUP_SIZE, "gemiddelde groepsgrootte"),
    (Indicator.LOCATIONS, "locaties"), (Indicator.GEMEENTEN_REACHED, "gemeenten met deelnemers"),
    (Indicator.TRAINED_TOTAL, "getrainde professionals"),
)
BAR_COLOUR = "#2f6f9f"


def render_monitor_summary(export: MonitorExport) -> bytes:
    """A4, one page (the content shrinks to fit when there are many gemeenten)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    small = ParagraphStyle("small", fontName=regular, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("head", fontName=bold, fontSize=15, leading=19, spaceAfter=2)
    sub = ParagraphStyle("sub", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)
    meta = export.metadata
    k = export.k
    total = export.total

    buffer = io.BytesIO()
    width, height = A4
    margin = 16 * mm
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=f"Monitor Kansrijke Start {export.period.label}",
                            author=meta.practice_name if meta else "ksdesk", initialFontName=regular)
    story: list = []
    if meta:
        catalogues = ", ".join(f"{c.id} {c.version}" for c in meta.catalogues) or "geen"
        story.append(Paragraph(f"{escape(meta.practice_name)} &middot; AGB {escape(meta.practice_agb)}", small))
    story.append(Paragraph(f"Monitor Kansrijke Start &ndash; {escape(export.period.label)}", head))
    if meta:
        story.append(Paragraph(
            f"Geanonimiseerde aantallen, {export.period.start:%d-%m-%Y} t/m {export.period.end:%d-%m-%Y}. "
            f"Gemaakt op {meta.generated_at:%d-%m-%Y %H:%M} UTC met ksdesk {escape(meta.app_version)}; "
            f"signaleringscatalogus {escape(catalogues)}; drempel k = {k}.", body))
    if export.unavailable:
        story.append(Paragraph("Niet beschikbaar in deze installatie: " + ", ".join(
            SOURCE_LABELS[s] for s in export.unavailable) + " (nb).", body))

    story.append(Paragraph("Praktijk totaal", sub))
    story.append(_bar_chart(total, k, width - 2 * margin, regular, bold))

    story.append(Paragraph("Per gemeente", sub))
    head_right = ParagraphStyle("headright", parent=small, fontSize=7, leading=8.5, alignment=2)
    header = [Paragraph("<b>Gebied</b>", small)] + [
        Paragraph("<b>" + escape(label).replace("\n", "<br/>") + "</b>", head_right) for _c, label in TABLE_COLUMNS]
    rows = [header]
    for row in export.rows:
        rows.append([Paragraph(("<b>%s</b>" if row is total else "%s") % escape(str(row.area)), small)]
                    + [display(row.cell(code), k) for code, _label in TABLE_COLUMNS])
    table = Table(rows, colWidths=[40 * mm] + [(width - 2 * margin - 40 * mm) / len(TABLE_COLUMNS)]
                  * len(TABLE_COLUMNS), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, 7), ("FONT", (0, 1), (-1, -1), regular, 8),
        ("FONT", (0, -1), (-1, -1), bold, 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f1f4f7")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (1, 0), (-1, -1), 2), ("RIGHTPADDING", (1, 0), (-1, -1), 4),
    ]))
    story.append(table)

    story.append(Paragraph("CenteringZwangerschap en capaciteit", sub))
    parts = [f"{display(total.cell(code), k) or '–'} {label}" for code, label in CAPACITY]
    story.append(Paragraph(escape("; ".join(parts)) + ".", body))

    story.append(Spacer(1, 6))
    hidden = len(export.notes)
    story.append(Paragraph(
        f"<b>Tekens:</b> &lt;{k} = een aantal van 1 tot en met {k - 1} (niet gepubliceerd); x = verborgen zodat "
        f"een klein aantal niet uit totalen of andere cellen terug te rekenen is (elke waarde mogelijk); nb = niet "
        f"beschikbaar; leeg = alleen voor de hele praktijk. Gemeenten waar elk aantal onder {k} ligt, staan samen "
        f"onder 'Overige gemeenten'. In dit overzicht zijn {hidden} cellen onderdrukt; de CSV en JSON bevatten "
        f"alle {len(export.indicators)} indicatoren en per onderdrukte cel de reden. Er staan geen namen, BSN's, "
        f"geboortedata, adressen of datums van cliënten in deze bestanden.", small))
    frame = KeepInFrame(width - 2 * margin, height - 2 * margin, story, mode="shrink")
    doc.build([frame])
    return buffer.getvalue()


def _bar_chart(row: PublishedRow, k: int, width: float, regular: str, bold: str):  # type: ignore[no-untyped-def]
    """Horizontal bars of the practice totals; hidden or unavailable values show their marker only."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    bar_h, gap, label_w = 13.0, 5.0, 190.0
    n = len(CHART_INDICATORS)
    height = n * (bar_h + gap) + 6
    drawing = Drawing(width, height, initialFontName=regular, initialFontSize=8.5)
    values = [row.cell(code) for code in CHART_INDICATORS]
    published = [c.value for c in values if c.status is CellStatus.PUBLISHED and isinstance(c.value, int | float)]
    top = max([1, *published])
    span = width - label_w - 40
    drawing.add(Line(label_w, 0, label_w, height - 2, strokeColor=colors.HexColor("#888888"), strokeWidth=0.5))
    for i, (code, cell) in enumerate(zip(CHART_INDICATORS, values, strict=True)):
        y = height - (i + 1) * (bar_h + gap)
        drawing.add(String(label_w - 6, y + 3.5, SPEC[code].label, fontName=regular, fontSize=8.5,
                           textAnchor="end"))
        text = display(cell, k) or "–"
        if cell.status is CellStatus.PUBLISHED and isinstance(cell.value, int | float):
            length = span * cell.value / top
            drawing.add(Rect(label_w, y, max(length, 0.5), bar_h, fillColor=colors.HexColor(BAR_COLOUR),
                             strokeColor=None))
            drawing.add(String(label_w + length + 4, y + 3.5, text, fontName=bold, fontSize=8.5))
        else:
            drawing.add(String(label_w + 4, y + 3.5, text, fontName=bold, fontSize=8.5,
                               fillColor=colors.HexColor("#8a4b00")))
    return drawing
