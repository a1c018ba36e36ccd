"""Events as .ics files: valid for icalendar and for a second reader (vobject), with real time zones."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from ipt_desktop.core.content.calendar_export import event_to_ics, ics_file_name, write_ics
from ipt_desktop.core.content.documents import parse_document
from ipt_desktop.core.errors import ContentError, ExportError


def event(
    extra: str = "", starts: str = "2027-02-16T10:00:00+01:00", ends: str = "2027-02-16T11:30:00+01:00"
):
    text = (
        "---\nid: event-x\ntitle: 'Webinar: PCP in practice / part 2'\ntype: event\nsummary: A webinar.\n"
        f"language: en\nproject: Task Force\nstarts: {starts}\nends: {ends}\nonline: true\n"
        f"license: CC-BY-4.0\nupdated: 2026-11-03\n{extra}---\n\nBody.\n"
    )
    return parse_document(text, "event-x.md")


def _both_readers(data: bytes):
    """The VEVENT as icalendar reads it, and the same file as vobject reads it."""
    calendar = icalendar.Calendar.from_ical(data)
    (ours,) = calendar.walk("VEVENT")
    theirs = vobject.readOne(data.decode("utf-8"))
    return calendar, ours, theirs.vevent


def test_an_offset_time_is_written_in_utc_and_both_readers_agree():
    data = event_to_ics(event())
    assert b"TZID" not in data and b"DTSTART:20270216T090000Z" in data
    _, ours, theirs = _both_readers(data)
    start = dt.datetime(2027, 2, 16, 9, 0, tzinfo=dt.UTC)
    assert ours.decoded("dtstart") == start == theirs.dtstart.value
    assert theirs.dtend.value - theirs.dtstart.value == dt.timedelta(minutes=90)
    assert theirs.summary.value == "Webinar: PCP in practice / part 2" and theirs.location.value == "Online"


def test_a_named_time_zone_comes_with_its_vtimezone():
    data = event_to_ics(event("timezone: Europe/Brussels\n"))
    calendar, ours, theirs = _both_readers(data)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Brussels"
    assert b"DTSTART;TZID=Europe/Brussels:20270216T100000" in data
    brussels = dt.datetime(2027, 2, 16, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    assert ours.decoded("dtstart") == brussels
    assert theirs.dtstart.value == brussels  # vobject resolves the TZID through the VTIMEZONE


def test_a_summer_event_in_brussels_is_at_utc_plus_two():
    data = event_to_ics(
        event("timezone: Europe/Brussels\n", "2027-06-10T14:00:00+02:00", "2027-06-10T16:00:00+02:00")
    )
    _, _, theirs = _both_readers(data)
    assert theirs.dtstart.value.astimezone(dt.UTC) == dt.datetime(2027, 6, 10, 12, 0, tzinfo=dt.UTC)


def test_a_date_only_event_is_all_day():
    _, ours, theirs = _both_readers(event_to_ics(event(starts="2027-03-01", ends="2027-03-02")))
    assert ours.decoded("dtstart") == dt.date(2027, 3, 1) == theirs.dtstart.value


def test_an_unknown_time_zone_names_file_and_key():
    with pytest.raises(ContentError, match=r"event-x\.md: key 'timezone': 'Mars/Olympus' is not a time zone"):
        event("timezone: Mars/Olympus\n")


def test_the_file_is_named_after_the_whole_title(tmp_path):
    assert ics_file_name("Webinar: PCP in practice / part 2") == "Webinar PCP in practice part 2.ics"
    assert ics_file_name("Zielvereinbarung für Großküchen") == "Zielvereinbarung für Großküchen.ics"
    long = "Workshop " + "on circular procurement of furniture " * 6
    assert len(ics_file_name(long)) <= 124 and ics_file_name(long).endswith("furniture.ics")
    assert ics_file_name("///", "event-x") == "event-x.ics"
    path = write_ics(event(), tmp_path / ics_file_name(event().title))
    assert path.name == "Webinar PCP in practice part 2.ics" and path.read_bytes().startswith(
        b"BEGIN:VCALENDAR"
    )


def test_an_unwritable_place_names_the_path(tmp_path):
    with pytest.raises(ExportError, match=r"missing/x\.ics: cannot write the calendar file"):
        write_ics(event(), tmp_path / "missing" / "x.ics")


def test_only_events_go_to_a_calendar():
    guide = parse_document(
        "---\nid: guide-x\ntitle: G\ntype: guide\nsummary: S\nlanguage: en\nproject: BUILD\n"
        "license: CC-BY-4.0\nupdated: 2026-01-01\n---\nb\n",
        "guide-x.md",
    )
    with pytest.raises(ContentError, match="only events"):
        event_to_ics(guide)
