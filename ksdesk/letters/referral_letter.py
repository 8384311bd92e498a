"""The referral letter (verwijsbrief) to the JGZ, the wijkteam, Veilig Thuis or a huisarts.

A pure document: a ReferralLetter value in, PDF bytes out (no Qt, no SQL). The service fills the value with only
the parts the woman agreed to share (a part left None is simply not in the letter), so what is not consented
never reaches the renderer. Rendering is deterministic (reportlab's invariant mode): the same letter gives the
same bytes, which keeps the archive's SHA-256 meaningful.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from xml.sax.saxutils import escape

from ksdesk.letters.fonts import register_fonts
from ksdesk.letters.letter_canvas import numbered_canvas

TEAL = "#2f6f73"
GREY = "#5b6770"
LINE_LIMIT = 300  # one-line values (names, addresses) are cut here; free texts flow over pages instead
TEXT_LIMIT = 50_000
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
MISSING_GLYPH = "\u25a1"  # a white square where the font has no glyph (emoji and the like)


@dataclass(frozen=True)
class LetterPractice:
    name: str
    agb_code: str
    street: str | None = None
    postcode: str | None = None  # shown as given ("6211 AB")
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    logo_png: bytes | None = None


@dataclass(frozen=True)
class LetterAddressee:
    name: str
    department: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class LetterClient:
    """Identification (part 'identification')."""

    name: str
    date_of_birth: str
    bsn: str | None = None


@dataclass(frozen=True)
class LetterContact:
    """Contact details and how to reach her safely (part 'contact details')."""

    address: str | None = None
    phone: str | None = None
    email: str | None = None
    safe_contact: str | None = None
    language: str | None = None
    interpreter_needed: bool = False


@dataclass(frozen=True)
class LetterPregnancy:
    """Pregnancy data (part 'pregnancy data')."""

    due_date: str
    gestational_age: str | None = None
    gravida: int | None = None
    para: int | None = None


@dataclass(frozen=True)
class LetterDomain:
    name: str
    urgency: str  # Dutch label: "urgent", "aandacht", ...
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterAssessment:
    """Signalled domains with urgency and the levels (part 'signalled domains')."""

    domains: tuple[LetterDomain, ...] = ()
    suggested_level: str | None = None
    final_level: str | None = None
    level_reason: str | None = None


@dataclass(frozen=True)
class LetterSender:
    name: str
    discipline: str
    agb_code: str | None = None


@dataclass(frozen=True)
class ReferralLetter:
    """Everything the letter shows; optional parts are present only when consented."""

    practice: LetterPractice
    addressee: LetterAddressee
    date: str  # dd-mm-jjjj
    reference: str
    subject: str
    reason: str
    sender: LetterSender
    basis: str = "toestemming"  # toestemming | meldcode
    consent_date: str | None = None
    legal_ground: str | None = None
    help_question: str | None = None
    professionals: str | None = None
    client: LetterClient | None = None
    contact: LetterContact | None = None
    pregnancy: LetterPregnancy | None = None
    assessment: LetterAssessment | None = None
    protective_factors: tuple[str, ...] | None = None
    notes: str | None = None
    shared_parts: tuple[str, ...] = field(default=())  # Dutch names of the shared parts, for the closing line


# --- text hygiene ------------------------------------------------------------------------------------


@cache
def _glyphs() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    regular, _bold = register_fonts()
    return frozenset(pdfmetrics.getFont(regular).face.charToGlyph)


def clean(text: str | None, limit: int = TEXT_LIMIT) -> str:
    """Text safe for the letter: NFC, no control/format/unassigned characters (except newline and tab),
    a visible square for what the font cannot draw, and cut at `limit` characters."""
    if not text:
        return ""
    glyphs = _glyphs()
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))[:limit]:
        if ch == "\t":
            out.append(" ")
        elif ch == "\n":
            out.append(ch)
        elif unicodedata.category(ch) in _DROPPED_CATEGORIES:
            continue
        elif ord(ch) in glyphs:
            out.append(ch)
        else:
            out.append(MISSING_GLYPH)
    result = "".join(out).strip()
    return result + " … (ingekort)" if len(text) > limit else result


def _markup(text: str | None, limit: int = TEXT_LIMIT) -> str:
    """Escaped paragraph markup; newlines become line breaks."""
    return "<br/>".join(escape(line) for line in clean(text, limit).split("\n"))


def _line(text: str | None) -> str:
    return escape(" ".join(clean(text, LINE_LIMIT).split()))


# --- rendering ---------------------------------------------------------------------------------------


def render_referral_letter(letter: ReferralLetter) -> bytes:
    """A4 PDF: letterhead with logo, addressee in the envelope window, date/reference/subject, the sections,
    signature block; every page with 'pagina X van Y' and the confidentiality line; fonts embedded."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        KeepTogether,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    regular, bold = register_fonts()
    teal, grey = colors.HexColor(TEAL), colors.HexColor(GREY)
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14.2, splitLongWords=1,
                          bulletFontName=regular)
    label = ParagraphStyle("label", parent=body, fontSize=9, leading=12.5, textColor=grey)
    value = ParagraphStyle("value", parent=body, fontSize=10, leading=13)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=10.5, leading=14, textColor=teal,
                             spaceBefore=9, spaceAfter=2, keepWithNext=1)
    subject_style = ParagraphStyle("subject", parent=body, fontName=bold, fontSize=11, leading=15)
    quote = ParagraphStyle("quote", parent=body, leftIndent=5 * mm, borderPadding=(2, 0, 2, 3 * mm),
                           borderColor=colors.HexColor("#c9dcdc"), borderWidth=0, textColor=colors.black)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=1)

    page_w, page_h = A4
    left, right = 25 * mm, 20 * mm
    width = page_w - left - right
    practice, addressee = letter.practice, letter.addressee
    client_name = _line(letter.client.name) if letter.client else ""

    def first_page(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        top = page_h - 14 * mm
        if practice.logo_png:
            _draw_logo(canvas, practice.logo_png, left, top, 42 * mm, 22 * mm)
        x = page_w - right
        canvas.setFillColor(teal)
        canvas.setFont(bold, 12.5)
        canvas.drawRightString(x, top - 4 * mm, _plain(practice.name, 70))
        canvas.setFillColor(grey)
        canvas.setFont(regular, 8.5)
        lines = [practice.street, " ".join(p for p in (practice.postcode, practice.city) if p),
                 "Telefoon " + practice.phone if practice.phone else "", practice.email or "",
                 "AGB-code " + practice.agb_code]
        y = top - 9 * mm
        for line in (v for v in lines if v):
            canvas.drawRightString(x, y, _plain(line, 90))
            y -= 3.8 * mm
        canvas.setStrokeColor(teal)
        canvas.setLineWidth(0.8)
        canvas.line(left, page_h - 41 * mm, page_w - right, page_h - 41 * mm)
        # the envelope window (DIN 5008 / PostNL venster): addressee 50 mm from the top, 25 mm from the left
        canvas.setFillColor(grey)
        canvas.setFont(bold, 7.5)
        canvas.drawString(left, page_h - 47 * mm, "VERTROUWELIJK")
        canvas.setFillColor(colors.black)
        canvas.setFont(regular, 10)
        y = page_h - 52 * mm
        for line in _address_lines(addressee):
            canvas.drawString(left, y, line)
            y -= 4.8 * mm
        canvas.restoreState()

    def later_page(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(grey)
        header = f"{_plain(practice.name, 60)} · verwijzing {_plain(letter.reference, 30)}"
        if letter.client:
            header += f" · {_plain(letter.client.name, 60)}"
        canvas.drawString(left, page_h - 14 * mm, header)
        canvas.setStrokeColor(teal)
        canvas.setLineWidth(0.5)
        canvas.line(left, page_h - 16 * mm, page_w - right, page_h - 16 * mm)
        canvas.restoreState()

    consent_line = _confidentiality(letter)

    def footer(canvas, page: int, total: int) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#c9cfd3"))
        canvas.setLineWidth(0.4)
        canvas.line(left, 17 * mm, page_w - right, 17 * mm)
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(grey)
        canvas.drawString(left, 13.5 * mm, consent_line)
        canvas.drawString(left, 10.2 * mm, "Niet doorsturen." if letter.basis == "meldcode"
                          else "Niet doorsturen zonder toestemming van de cliënte.")
        canvas.drawRightString(page_w - right, 13.5 * mm, f"pagina {page} van {total}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=20 * mm, bottomMargin=22 * mm,
        title=f"Verwijzing {letter.reference}", author=clean(practice.name, LINE_LIMIT),
        subject=clean(letter.subject, LINE_LIMIT), creator="ksdesk", invariant=1, initialFontName=regular,
    )
    first_top = page_h - 82 * mm
    doc.addPageTemplates([
        PageTemplate("first", frames=[Frame(left, 22 * mm, width, first_top - 22 * mm, id="first",
                                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
                     onPage=first_page),
        PageTemplate("later", frames=[Frame(left, 22 * mm, width, page_h - 42 * mm, id="later",
                                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
                     onPage=later_page),
    ])

    def kv_table(rows: list[tuple[str, str]]) -> list[object]:
        """Label/value rows; a long value (it could outgrow a page inside a table cell) gets its own lines."""
        flow: list[object] = []
        short: list[list[object]] = []

        def flush() -> None:
            if short:
                table = Table(list(short), colWidths=[42 * mm, width - 42 * mm], hAlign="LEFT")
                table.setStyle(TableStyle([
                    ("FONTNAME", (0, 0), (-1, -1), regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (0, -1), 1.8),  # the smaller label on the value's baseline
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]))
                flow.append(table)
                short.clear()

        for key, text in rows:
            if not text:
                continue
            if len(text) > 400 or text.count("<br/>") > 4:
                flush()
                flow += [Paragraph(escape(key), label), Paragraph(text, value)]
            else:
                short.append([Paragraph(escape(key), label), Paragraph(text, value)])
        flush()
        return flow

    def section(title: str, *flowables: object) -> list[object]:
        # keep a heading with the start of its section; long sections may still flow onto the next page
        return [CondPageBreak(30 * mm), Paragraph(escape(title), heading), *flowables]

    meta = kv_table([("Datum", escape(letter.date)), ("Ons kenmerk", _line(letter.reference))])
    story: list[object] = [
        NextPageTemplate("later"),
        *meta,
        Spacer(1, 5 * mm),
        Paragraph("Betreft: " + _line(letter.subject), subject_style),
        Spacer(1, 5 * mm),
        Paragraph("Geachte collega,", body),
        Spacer(1, 2.5 * mm),
        Paragraph(_opening(letter, client_name), body),
    ]

    if letter.client:
        c = letter.client
        story += section("Cliënte", *kv_table([
            ("Naam", _line(c.name)), ("Geboortedatum", _line(c.date_of_birth)), ("BSN", _line(c.bsn)),
        ]))
    if letter.contact:
        k = letter.contact
        rows = [("Adres", _line(k.address)), ("Telefoon", _line(k.phone)), ("E-mail", _line(k.email)),
                ("Veilig bereikbaar", _markup(k.safe_contact, 2000)), ("Taal", _line(k.language)),
                ("Tolk", "nodig" if k.interpreter_needed else "niet nodig")]
        story += section("Bereikbaarheid", *kv_table(rows))
    if letter.pregnancy:
        p = letter.pregnancy
        obstetric = f"G{p.gravida} P{p.para}" if p.gravida is not None and p.para is not None else ""
        story += section("Zwangerschap", *kv_table([
            ("À terme datum", _line(p.due_date)), ("Zwangerschapsduur", _line(p.gestational_age)),
            ("Graviditeit/pariteit", obstetric),
        ]))
    story += section("Reden van de melding" if letter.basis == "meldcode" else "Reden van verwijzing",
                     Paragraph(_markup(letter.reason), body))
    if letter.help_question:
        story += section("Hulpvraag van de cliënte, in haar eigen woorden",
                         Paragraph("„" + _markup(letter.help_question) + "”", quote))
    if letter.assessment:
        a = letter.assessment
        flow: list[object] = []
        if a.domains:
            rows = [[Paragraph("Domein", label), Paragraph("Urgentie", label)]]
            for d in a.domains:
                items = "".join(f"<br/><font size=8.5 color='{GREY}'>– {_line(i)}</font>" for i in d.items)
                rows.append([Paragraph(_line(d.name) + items, value), Paragraph(_line(d.urgency), value)])
            table = Table(rows, colWidths=[width - 38 * mm, 38 * mm], hAlign="LEFT", repeatRows=1)
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, teal),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#dde3e6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            flow.append(table)
        else:
            flow.append(Paragraph("Geen domeinen gesignaleerd.", body))
        levels = kv_table([("Voorgesteld niveau", _line(a.suggested_level)),
                           ("Vastgesteld niveau", _line(a.final_level))])
        flow += [Spacer(1, 2 * mm), *levels]
        if a.level_reason:
            flow += [Spacer(1, 1 * mm), Paragraph("Toelichting bij het niveau: " + _markup(a.level_reason, 4000), body)]
        story += section("Gesignaleerde domeinen", *flow)
    if letter.protective_factors is not None:
        if letter.protective_factors:
            items = [Paragraph(_line(f), bullet, bulletText="•") for f in letter.protective_factors]
        else:
            items = [Paragraph("Geen beschermende factoren vastgelegd.", body)]
        story += section("Beschermende factoren", *items)
    if letter.professionals:
        story += section("Betrokken hulpverleners", Paragraph(_markup(letter.professionals), body))
    if letter.notes:
        story += section("Aanvullende informatie", Paragraph(_markup(letter.notes), body))

    story += [Spacer(1, 5 * mm), Paragraph(_closing(letter), body)]
    sender = letter.sender
    signature = [
        Spacer(1, 5 * mm),
        Paragraph("Met vriendelijke groet,", body),
        Spacer(1, 14 * mm),
        Paragraph(f"<b>{_line(sender.name)}</b>", body),
        Paragraph(_line(sender.discipline) + (f", AGB-code {_line(sender.agb_code)}" if sender.agb_code else ""),
                  body),
        Paragraph(_line(practice.name), body),
    ]
    story.append(KeepTogether(signature))
    doc.build(story, canvasmaker=numbered_canvas(regular, footer))
    return buffer.getvalue()


def _opening(letter: ReferralLetter, client_name: str) -> str:
    who = f"mevrouw {client_name}" if client_name else "onze cliënte"
    if letter.basis == "meldcode":
        return (f"Hierbij doe ik een melding over {who}, zoals de meldcode huiselijk geweld en "
                f"kindermishandeling voorschrijft. Grond: {_markup(letter.legal_ground, 2000)}")
    when = f" op {escape(letter.consent_date)}" if letter.consent_date else ""
    return (f"Met uitdrukkelijke toestemming van {who}, gegeven{when}, verwijs ik haar naar u. "
            "Zij weet dat deze brief naar u gaat en welke gegevens erin staan.")


def _closing(letter: ReferralLetter) -> str:
    text = ("Wilt u ons laten weten wanneer u contact met haar hebt gelegd? Zo weten wij dat de hulp is "
            "aangekomen. Voor vragen kunt u mij bereiken via het telefoonnummer van de praktijk.")
    if letter.basis != "meldcode" and letter.shared_parts:
        text += " Met deze brief delen wij met haar toestemming: " + escape(", ".join(letter.shared_parts)) + "."
    return text


def _confidentiality(letter: ReferralLetter) -> str:
    if letter.basis == "meldcode":
        return "Vertrouwelijk: melding op grond van de meldcode huiselijk geweld en kindermishandeling."
    when = f" van {letter.consent_date}" if letter.consent_date else ""
    return f"Vertrouwelijk: medische gegevens, gedeeld met toestemming van de cliënte{when}."


def _plain(text: str | None, limit: int) -> str:
    """Canvas text: one line, cleaned, cut with an ellipsis."""
    line = " ".join(clean(text, LINE_LIMIT).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _address_lines(addressee: LetterAddressee) -> list[str]:
    lines = [addressee.name, addressee.department, addressee.street,
             "  ".join(p for p in (addressee.postcode, (addressee.city or "").upper()) if p)]
    return [_plain(v, 60) for v in lines if v and v.strip()]


def _draw_logo(canvas, png: bytes, x: float, top: float, max_w: float, max_h: float) -> None:  # type: ignore[no-untyped-def]
    """The practice logo, scaled into its box at the top left; an unreadable image is left out."""
    from reportlab.lib.utils import ImageReader

    try:
        image = ImageReader(io.BytesIO(png))
        w, h = image.getSize()
    except Exception:  # a broken logo must not stop a letter
        return
    if w <= 0 or h <= 0:
        return
    scale = min(max_w / w, max_h / h)
    canvas.drawImage(image, x, top - h * scale, w * scale, h * scale, mask="auto")
