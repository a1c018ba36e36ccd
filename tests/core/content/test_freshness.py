"""Dated facts: ``reviewed`` and ``valid_until``, time-sensitive documents, story sources and member states."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ipt_desktop.core.content.check import check_library
from ipt_desktop.core.content.documents import parse_document
from ipt_desktop.core.content.freshness import (
    MEMBER_STATES,
    expired,
    freshness_problems,
    missing_member_states,
    stale_reviews,
    stories_by_country,
    time_sensitive_reason,
)
from ipt_desktop.core.errors import ContentError

TODAY = dt.date(2026, 11, 29)


def doc(extra: str = "", body: str = "Plain text.", doc_type: str = "guide", doc_id: str = "guide-x"):
    """A document parsed from front matter lines plus ``extra``."""
    text = (
        f"---\nid: {doc_id}\ntitle: X\ntype: {doc_type}\nsummary: S.\nlanguage: en\nproject: BUILD\n"
        f"license: CC-BY-4.0\nupdated: 2026-01-01\n{extra}---\n\n{body}\n"
    )
    return parse_document(text, f"{doc_id}.md")


@pytest.mark.parametrize("key", ["reviewed", "valid_until"])
def test_a_date_key_that_is_no_date_names_file_and_key(key):
    with pytest.raises(ContentError, match=rf"guide-x\.md: key '{key}'.*not a date"):
        doc(f"{key}: next spring\n")


def test_a_document_without_reviewed_is_a_problem_and_with_it_is_not():
    assert freshness_problems([doc()], TODAY) == [
        "guide-x: key 'reviewed': missing (the date its facts were checked)"
    ]
    assert freshness_problems([doc("reviewed: 2026-11-01\n")], TODAY) == []
    assert "lies in the future" in freshness_problems([doc("reviewed: 2027-01-01\n")], TODAY)[0]


@pytest.mark.parametrize(
    ("body", "sensitive"),
    [
        ("The threshold for works is EUR 5 404 000.", True),
        ("Above €140,000 the EU threshold applies.", True),
        ("The city aims to be climate neutral by 2030.", True),
        ("The deadline for proposals is 15 March 2027.", True),
        ("The call is open until June 2027.", True),
        ("Check whether the contract is above the threshold.", False),
        ("The city aimed to be car-free by 2020, and was not.", False),  # a past target is history
        ("In 2019 the deadline passed.", False),
    ],
)
def test_time_sensitive_wordings(body, sensitive):
    assert bool(time_sensitive_reason(doc("reviewed: 2026-11-01\n", body))) is sensitive


def test_a_time_sensitive_document_needs_valid_until():
    thresholds = doc("reviewed: 2026-11-01\n", "The threshold for works is EUR 5 404 000.")
    (problem,) = freshness_problems([thresholds], TODAY)
    assert problem.startswith(
        "guide-x: key 'valid_until': missing; the document is time-sensitive (the words"
    )
    dated = doc(
        "reviewed: 2026-11-01\nvalid_until: 2027-12-31\n", "The threshold for works is EUR 5 404 000."
    )
    assert freshness_problems([dated], TODAY) == []


def test_an_event_is_time_sensitive_by_its_start():
    event = doc("reviewed: 2026-11-01\nstarts: 2027-02-01T10:00\nonline: true\n", doc_type="event")
    assert time_sensitive_reason(event) == "key 'starts'"


def test_a_story_needs_a_source_with_an_address_or_an_identifier():
    front = "reviewed: 2026-11-01\ncountries: [BG]\n"
    bare = doc(front + "sources:\n  - {publisher: A city, title: Annual report}\n", doc_type="success-story")
    assert freshness_problems([bare], TODAY) == [
        "guide-x: key 'sources': a success story needs a source with a URL or an EUR-Lex/CORDIS id"
    ]
    for source in (
        "{publisher: A city, title: Annual report, url: 'https://example.org/r'}",
        "{publisher: European Commission, title: 'CORDIS project 101000001'}",
        "{publisher: Publications Office, title: 'Directive 2014/24/EU, CELEX 32014L0024'}",
    ):
        sourced = doc(front + f"sources:\n  - {source}\n", doc_type="success-story")
        assert freshness_problems([sourced], TODAY) == [], source


def test_expiry_and_stale_reviews():
    current = doc("reviewed: 2026-01-01\nvalid_until: 2027-12-31\n")
    past = doc("reviewed: 2023-01-01\nvalid_until: 2025-12-31\n", doc_id="guide-old")
    assert not expired(current, TODAY) and expired(past, TODAY)
    assert expired(current, dt.date(2028, 1, 1))
    assert stale_reviews([current, past], TODAY) == ["guide-old"]


def test_member_state_coverage_counts_each_country_of_a_story():
    stories = [
        doc("countries: [BG, RO]\n", doc_type="success-story", doc_id="story-a"),
        doc("countries: [BG, CH]\n", doc_type="success-story", doc_id="story-b"),
        doc("countries: [IE]\n", doc_id="guide-c"),  # not a story
    ]
    by_country = stories_by_country(stories)
    assert by_country == {"BG": 2, "RO": 1, "CH": 1}
    missing = missing_member_states(by_country)
    assert len(MEMBER_STATES) == 27 and "IE" in missing and "BG" not in missing and len(missing) == 25


def test_the_content_check_reports_each_problem_and_the_coverage(tmp_path: Path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "note-x.md").write_text(
        "---\nid: note-x\ntitle: X\ntype: newsletter\nsummary: S.\nlanguage: en\nproject: BUILD\n"
        "license: CC-BY-4.0\nupdated: 2026-01-01\n---\n\nThe threshold for supplies is EUR 140 000.\n",
        encoding="utf-8",
    )
    report = check_library(folder, {})
    assert report.problems == [
        "note-x: key 'reviewed': missing (the date its facts were checked)",
        "note-x: key 'valid_until': missing; the document is time-sensitive"
        " (the words 'threshold for supplies is EUR 1')",
    ]
    done = subprocess.run(
        [sys.executable, "-m", "ipt_desktop.core.content.check", str(folder), "--partial"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "success stories cover 0 of 27 member states; none from: AT, BE" in done.stdout


def test_stats_report_stories_by_country(lib, tmp_path: Path):
    folder = tmp_path / "stories"
    folder.mkdir()
    for name, countries in (("story-a", "[BG, IE]"), ("story-b", "[BG]")):
        (folder / f"{name}.md").write_text(
            f"---\ntype: success-story\ncountries: {countries}\n---\n# {name}\n\nText.\n", encoding="utf-8"
        )
    lib.import_path(folder)
    facts = json.loads(json.dumps(lib.stats()))
    assert facts["success_stories_by_country"]["BG"] >= 2 and facts["success_stories_by_country"]["IE"] >= 1
    assert facts["member_states_with_stories"] == 27 - len(facts["member_states_without_stories"])
    assert "BG" not in facts["member_states_without_stories"]
