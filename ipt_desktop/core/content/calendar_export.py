"""Event documents as iCalendar (.ics) files, through the icalendar library."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar

from ipt_desktop import __version__
from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.errors import ContentError, ExportError


def _when(value: str, name: str) -> dt.datetime | dt.date:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ContentError(f"event key '{name}': {value!r} is not a date") from None
    return parsed if "T" in value or " " in value else parsed.date()


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
    event.add("dtstart", _when(str(doc.meta.get("starts")), "starts"))
    if doc.meta.get("ends"):
        event.add("dtend", _when(str(doc.meta["ends"]), "ends"))
    location = "Online" if doc.meta.get("online") else str(doc.meta.get("location") or "")
    if location:
        event.add("location", location)
    description = doc.summary
    if doc.meta.get("registration_url"):
        description += f"\n\nRegistration: {doc.meta['registration_url']}"
        event.add("url", str(doc.meta["registration_url"]))
    event.add("description", description)
    calendar.add_component(event)
    return calendar.to_ical()


def write_ics(doc: Document, path: Path) -> Path:
    """Write the event's .ics file; errors name the path."""
    try:
        path.write_bytes(event_to_ics(doc))
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the calendar file ({exc.strerror or exc})") from None
    return path
