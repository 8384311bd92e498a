"""Centering printouts: the group overview, the attendance sheet of one session, the JGZ handover list.

Plain values in (ksdesk.centering.model views), PDF bytes out; reportlab is imported lazily.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from ksdesk.centering.model import GroupDetail, SessionView, label
from ksdesk.letters.fonts import register_fonts
from ksdesk.records.gestation import format_date, gestational_age

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
TEAL = "#2f6f73"
EXTRA_ROWS = 2  # blank rows on the attendance sheet for a partner or a late joiner


@dataclass(frozen=True)
class HandoverLine:
    name: str
    date_of_birth: str
    address: str
    municipality: str
    phone: str
    birth_date: str
    language: str


def _when(moment: dt.datetime, minutes: int) -> str:
    end = moment + dt.timedelta(minutes=minutes)
    return f"{WEEKDAYS[moment.weekday()]} {format_date(moment.date())}, {moment:%H:%M}–{end:%H:%M}"


def _place(group: GroupDetail) -> str:
    parts = [group.room.name if group.room else "", group.location.name if group.location else "",
             group.location.address if group.location and group.location.address else ""]
    return ", ".join(p for p in parts if p) or "nog niet gekozen"


def _facilitators(group: GroupDetail) -> str:
    if not group.facilitators:
        return "nog niet gekozen"
    return "; ".join(f"{f.name} ({label(f.role).lower()}{', Centering-getraind' if f.centering_trained else ''})"
                     for f in group.facilitators)


def _styles():  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = register_fonts()
    return {
        "regular": regular,
        "bold": bold,
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11.5),
        "cellbold": ParagraphStyle("cellbold", fontName=bold, fontSize=9, leading=11.5),
        "head": ParagraphStyle("head", fontName=bold, fontSize=15, leading=19, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
    }


def _table_style(regular: str, *, zebra: bool = True):  # type: ignore[no-untyped-def]
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    commands = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6efef")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(TEAL)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]))
    return TableStyle(commands)


def _document(buffer: io.BytesIO, title: str, author: str, *, landscape_page: bool = False):  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    regular, _bold = register_fonts()
    return SimpleDocTemplate(buffer, pagesize=landscape(A4) if landscape_page else A4, leftMargin=16 * mm,
                             rightMargin=16 * mm, topMargin=15 * mm, bottomMargin=18 * mm, title=title,
                             author=author, initialFontName=regular)


def render_group_overview(group: GroupDetail, *, printed_by: str, printed_at: dt.datetime | None = None) -> bytes:
    """A4: the group's details, facilitators, members with their ATD, and the full schedule."""
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, Spacer

    st = _styles()
    printed_at = printed_at or dt.datetime.now()
    buffer = io.BytesIO()
    doc = _document(buffer, f"Groepsoverzicht {group.name}", group.practice_name)
    story = [
        Paragraph(escape(group.practice_name), st["small"]),
        Spacer(1, 4),
        Paragraph(f"CenteringZwangerschap · groep {escape(group.name)}", st["head"]),
        Paragraph(
            f"Status: <b>{escape(label(group.status))}</b>"
            + (f" ({escape(group.cancel_reason)})" if group.cancel_reason else "")
            + f"<br/>Plaats: {escape(_place(group))}<br/>Begeleiding: {escape(_facilitators(group))}"
            + (f"<br/>Taal: {escape(group.language)}" if group.language else ""), st["body"]),
    ]
    if group.warnings:
        story.append(Spacer(1, 4))
        story.append(Paragraph("<br/>".join("⚠ " + escape(w) for w in group.warnings), st["small"]))
    active = group.active_members
    story.append(Paragraph(f"Deelnemers ({len(active)})", st["sub"]))
    held = [s for s in group.sessions if s.held]
    rows = [[Paragraph(h, st["cellbold"]) for h in ("#", "Naam", "À terme datum", "Taal", "Sinds", "Bijgewoond",
                                                     "Opmerking")]]
    for i, m in enumerate(group.members, start=1):
        note = ""
        if m.left_on:
            note = f"Verlaten {format_date(m.left_on)}: {label(m.leave_reason).lower() if m.leave_reason else ''}"
        present = sum(1 for s in held for a in s.attendance if a.pregnancy_id == m.pregnancy_id and not a.status.missed)
        rows.append([str(i), Paragraph(escape(m.name), st["cell"]), format_date(m.due_date),
                     Paragraph(escape(m.language), st["cell"]), format_date(m.joined_on),
                     f"{present} van {len(held)}" if held else "", Paragraph(escape(note), st["cell"])])
    if len(rows) == 1:
        rows.append(["", Paragraph("Nog geen deelnemers.", st["cell"]), "", "", "", "", ""])
    table = LongTable(rows, repeatRows=1,
                      colWidths=[8 * mm, 50 * mm, 24 * mm, 23 * mm, 21 * mm, 24 * mm, 28 * mm])
    table.setStyle(_table_style(st["regular"]))
    story.append(table)

    story.append(Paragraph("Schema", st["sub"]))
    rows = [[Paragraph(h, st["cellbold"]) for h in ("#", "Bijeenkomst", "Datum en tijd", "Zw.duur groep",
                                                     "Opmerking")]]
    for s in group.sessions:
        remarks = [*s.warnings, *([s.note] if s.note else []), *(["Geweest"] if s.held else [])]
        rows.append([str(s.number), Paragraph(escape(s.title), st["cell"]),
                     Paragraph(escape(_when(s.starts_at, s.duration_minutes)), st["cell"]),
                     Paragraph(escape(s.ga_range or ("met baby's" if s.reunion else "")), st["cell"]),
                     Paragraph(escape(" ".join(remarks)), st["small"])])
    table = LongTable(rows, repeatRows=1, colWidths=[8 * mm, 26 * mm, 64 * mm, 38 * mm, 42 * mm])
    table.setStyle(_table_style(st["regular"]))
    story.append(table)
    doc.build(story, canvasmaker=_numbered_canvas(st["regular"], f"Afgedrukt {printed_at:%d-%m-%Y %H:%M} door "
                                                                  f"{printed_by}"))
    return buffer.getvalue()


def render_attendance_sheet(group: GroupDetail, session: SessionView, *, printed_by: str,
                            printed_at: dt.datetime | None = None) -> bytes:
    """A4 landscape: one line per member present in the group that day, with empty columns to fill in."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, Spacer

    st = _styles()
    printed_at = printed_at or dt.datetime.now()
    day = session.starts_at.date()
    members = [m for m in group.members if m.joined_on <= day and (m.left_on is None or m.left_on >= day)]
    buffer = io.BytesIO()
    doc = _document(buffer, f"Presentielijst {group.name} {session.title}", group.practice_name,
                    landscape_page=True)
    story = [
        Paragraph(escape(group.practice_name), st["small"]),
        Spacer(1, 4),
        Paragraph(f"Presentielijst · groep {escape(group.name)} · {escape(session.title.lower())}", st["head"]),
        Paragraph(f"{escape(_when(session.starts_at, session.duration_minutes))} · {escape(_place(group))}<br/>"
                  f"Begeleiding: {escape(_facilitators(group))}"
                  + (f"<br/>Zwangerschapsduur van de groep: {escape(session.ga_range)}" if session.ga_range else ""),
                  st["body"]),
        Spacer(1, 6),
        Paragraph("Vul zelf je gewicht en bloeddruk in. Wie een bijeenkomst mist, krijgt een individueel consult.",
                  st["small"]),
        Spacer(1, 6),
    ]
    header = ("#", "Naam", "À terme datum", "Zw.duur", "Aanwezig", "Gewicht (kg)", "Bloeddruk (mmHg)",
              "Opmerking / controle")
    rows = [[Paragraph(h, st["cellbold"]) for h in header]]
    for i, m in enumerate(members, start=1):
        ga = gestational_age(m.due_date, day)
        rows.append([str(i), Paragraph(escape(m.name), st["cell"]), format_date(m.due_date),
                     "" if session.reunion or ga is None else str(ga), "☐", "", "", ""])
    for _ in range(EXTRA_ROWS):
        rows.append(["", "", "", "", "☐", "", "", ""])
    table = LongTable(rows, repeatRows=1, rowHeights=[None] + [9 * mm] * (len(rows) - 1),
                      colWidths=[9 * mm, 64 * mm, 27 * mm, 18 * mm, 23 * mm, 27 * mm, 33 * mm, 64 * mm])
    style = _table_style(st["regular"], zebra=False)
    style.add("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb8b9"))
    style.add("FONTSIZE", (4, 1), (4, -1), 13)
    style.add("ALIGN", (4, 0), (4, -1), "CENTER")
    table.setStyle(style)
    story.append(table)
    doc.build(story, canvasmaker=_numbered_canvas(st["regular"], f"Afgedrukt {printed_at:%d-%m-%Y %H:%M} door "
                                                                  f"{printed_by}", landscape_page=True))
    return buffer.getvalue()


def render_handover(group: GroupDetail, lines: Sequence[HandoverLine], *, printed_by: str,
                    printed_at: dt.datetime | None = None) -> bytes:
    """A4 landscape: the members who consented, for CenteringOuderschap at the JGZ."""
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, Spacer

    st = _styles()
    printed_at = printed_at or dt.datetime.now()
    buffer = io.BytesIO()
    doc = _document(buffer, f"Overdracht CenteringOuderschap {group.name}", group.practice_name,
                    landscape_page=True)
    story = [
        Paragraph(escape(group.practice_name), st["small"]),
        Spacer(1, 4),
        Paragraph(f"Overdracht naar CenteringOuderschap (JGZ) · groep {escape(group.name)}", st["head"]),
        Paragraph("Alleen moeders die toestemming gaven voor deze overdracht staan op deze lijst.", st["body"]),
        Spacer(1, 6),
    ]
    rows = [[Paragraph(h, st["cellbold"]) for h in ("Naam", "Geboortedatum", "Adres", "Gemeente", "Telefoon",
                                                     "Geboren baby", "Taal")]]
    for line in lines:
        rows.append([Paragraph(escape(v), st["cell"]) for v in (line.name, line.date_of_birth, line.address,
                                                                line.municipality, line.phone, line.birth_date,
                                                                line.language)])
    if len(rows) == 1:
        rows.append([Paragraph("Niemand gaf toestemming voor overdracht.", st["cell"]), "", "", "", "", "", ""])
    table = LongTable(rows, repeatRows=1, colWidths=[55 * mm, 29 * mm, 62 * mm, 32 * mm, 30 * mm, 26 * mm, 28 * mm])
    table.setStyle(_table_style(st["regular"]))
    story.append(table)
    doc.build(story, canvasmaker=_numbered_canvas(st["regular"], f"Afgedrukt {printed_at:%d-%m-%Y %H:%M} door "
                                                                  f"{printed_by}", landscape_page=True))
    return buffer.getvalue()


def _numbered_canvas(font: str, footer: str, *, landscape_page: bool = False) -> type:
    """The shared numbered canvas ('pagina X van Y') with this sheet's confidentiality line."""
    from reportlab.lib.units import mm

    from ksdesk.letters.letter_canvas import numbered_canvas

    def paint(canvas: Any, page: int, total: int) -> None:
        canvas.setFont(font, 7.5)
        width = canvas._pagesize[0]
        canvas.drawString(16 * mm, 9 * mm, f"Vertrouwelijk: medische gegevens. {footer}")
        canvas.drawRightString(width - 16 * mm, 9 * mm, f"pagina {page} van {total}")

    return numbered_canvas(font, paint)
