"""Event documents as iCalendar (.ics) files, through the icalendar library.

Times are written so that every calendar reads them the same: an event with ``timezone:`` (an IANA name such
as Europe/Brussels) gets its times in that zone with the zone's VTIMEZONE; other times with an offset are
written in UTC; times without an offset stay floating (local wherever the reader is).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from ipt_desktop import __version__
from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.errors import ContentError, ExportError

# Characters no file system of our users accepts in a name (and control characters).
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
MAX_NAME_CHARS = 120


def _zone(doc: Document) -> ZoneInfo | None:
    name = doc.meta.get("timezone")
    if not name:
        return None
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        raise ContentError(
            f"{doc.id}: key 'timezone': {name!r} is not a time zone name (use one like Europe/Brussels)"
        ) from None


def _when(value: str, name: str, zone: ZoneInfo | None) -> dt.datetime | dt.date:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ContentError(f"event key '{name}': {value!r} is not a date") from None
    if "T" not in value and " " not in value:
        return parsed.date()
    if zone is not None:
        return parsed.astimezone(zone) if parsed.tzinfo else parsed.replace(tzinfo=zone)
    return parsed.astimezone(dt.UTC) if parsed.tzinfo else parsed


def ics_file_name(title: str, fallback: str = "event") -> str:
    """A file name for an event's .ics file: its full title, minus characters file systems refuse."""
    name = " ".join(_UNSAFE_IN_NAME.sub(" ", title).split()).strip(". ")
    if len(name) > MAX_NAME_CHARS:
        name = name[:MAX_NAME_CHARS].rsplit(" ", 1)[0]
    return f"{name or fallback}.ics"


def event_to_ics(doc: Document) -> bytes:
    """One VEVENT for an event document."""
    if doc.type != "event":
        raise ContentError(f"{doc.id}: only events can be added to a calendar")
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//IPT Desktop//{__version__}//EN")
    calendar.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", f"{doc.id}@ipt-desktop")
    event.add("summary", doc.title)
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    zone = _zone(doc)
    event.add("dtstart", _when(str(doc.meta.get("starts")), "starts", zone))
    if doc.meta.get("ends"):
        event.add("dtend", _when(str(doc.meta["ends"]), "ends", zone))
    location = "Online" if doc.meta.get("online") else str(doc.meta.get("location") or "")
    if location:
        event.add("location", location)
    description = doc.summary
    if doc.meta.get("registration_url"):
        description += f"\n\nRegistration: {doc.meta['registration_url']}"
        event.add("url", str(doc.meta["registration_url"]))
    event.add("description", description)
    calendar.add_component(event)
    # The zone's rules for the years around the event only: a short VTIMEZONE that every reader parses.
    year = event.decoded("dtstart").year
    calendar.add_missing_timezones(dt.date(year - 1, 1, 1), dt.date(year + 2, 1, 1))
    return calendar.to_ical()


def write_ics(doc: Document, path: Path) -> Path:
    """Write the event's .ics file; errors name the path."""
    try:
        path.write_bytes(event_to_ics(doc))
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the calendar file ({exc.strerror or exc})") from None
    return path
