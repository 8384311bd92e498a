"""An iCalendar (.ics) file of one group's sessions, for the facilitators' Outlook or Google Calendar.

Times are local wall-clock times in Europe/Amsterdam; the file carries the VTIMEZONE so Outlook places them
right. No client data goes into the file: only the group, session number, place and facilitators.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

TIMEZONE = "Europe/Amsterdam"


@dataclass(frozen=True)
class CalendarSession:
    number: int
    title: str  # "Bijeenkomst 3", "Reünie"
    starts_at: dt.datetime  # naive local time
    duration_minutes: int
    ga_range: str = ""


def group_calendar(
    *,
    group_id: int,
    group_name: str,
    sessions: Sequence[CalendarSession],
    location: str = "",
    facilitators: Sequence[str] = (),
    organiser: str = "",
    stamp: dt.datetime | None = None,
) -> bytes:
    """The .ics bytes: one VEVENT per session with a stable UID (re-importing updates instead of duplicating)."""
    from icalendar import Calendar, Event

    tz = ZoneInfo(TIMEZONE)
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    cal = Calendar()
    cal.add("prodid", "-//ksdesk//CenteringZwangerschap//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"Centering {group_name}")
    cal.add("x-wr-timezone", TIMEZONE)
    for session in sessions:
        event = Event()
        event.add("uid", f"ksdesk-centering-{group_id}-{session.number}@ksdesk.local")
        event.add("dtstamp", stamp)
        start = session.starts_at.replace(tzinfo=tz)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=session.duration_minutes))
        event.add("summary", f"Centering {group_name}: {session.title}")
        lines = [f"CenteringZwangerschap, groep {group_name}, {session.title.lower()}."]
        if session.ga_range:
            lines.append(f"Zwangerschapsduur van de groep: {session.ga_range} weken.")
        if facilitators:
            lines.append("Begeleiding: " + ", ".join(facilitators) + ".")
        event.add("description", "\n".join(lines))
        if location:
            event.add("location", location)
        if organiser:
            event.add("x-ksdesk-practice", organiser)
        event.add("transp", "OPAQUE")
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
