"""The recovery-key sheet: one A4 page to print at practice creation and keep in the practice's safe."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from ksdesk.letters.fonts import register_fonts


def render_recovery_sheet(practice_name: str, recovery_key: str, printed_on: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=15, spaceAfter=6)
    head = ParagraphStyle("head", fontName=bold, fontSize=17, leading=22, spaceAfter=10)
    key_style = ParagraphStyle("key", fontName=bold, fontSize=17, leading=26, alignment=1)
    groups = recovery_key.split("-")
    lines = ["  ".join(groups[i:i + 5]) for i in range(0, len(groups), 5)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, title="Herstelsleutel ksdesk", author=practice_name,
                            initialFontName=regular)
    box = Table([[Paragraph("<br/>".join(escape(line) for line in lines), key_style)]], colWidths=[150 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, "#1f3b57"), ("TOPPADDING", (0, 0), (-1, -1), 12),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
    story = [
        Paragraph("Herstelsleutel van ksdesk", head),
        Paragraph(f"<b>{escape(practice_name)}</b> &middot; afgedrukt op {escape(printed_on)}", body),
        Spacer(1, 8),
        Paragraph("De gegevens van ksdesk zijn versleuteld. Normaal opent het wachtwoord van een gebruiker ze. "
                  "Met deze sleutel kunnen ze ook worden geopend als niemand meer kan inloggen, of als het "
                  "sleutelbestand (ksdesk.keys) verloren is gegaan, bijvoorbeeld na het terugzetten van een "
                  "reservekopie op een nieuwe computer.", body),
        Spacer(1, 10),
        box,
        Spacer(1, 14),
        Paragraph("<b>Bewaar dit blad in de kluis van de praktijk.</b> Wie deze sleutel en een kopie van de "
                  "gegevens heeft, kan alle dossiers lezen. Maak er geen foto of digitale kopie van.", body),
        Paragraph("Gebruik: start ksdesk, kies in het aanmeldvenster <i>Herstelsleutel gebruiken</i> (of op de "
                  "opdrachtregel <i>ksdesk recover</i>) en geef een beheerder een nieuw wachtwoord.", body),
    ]
    doc.build(story)
    return buffer.getvalue()
