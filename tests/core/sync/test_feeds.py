"""Feed parsing, one case per fixture in tests/data/feeds with the expected result beside it (NAME.expect.json)."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from benchmarks.bench_sync import LoopbackServer, Route
from ipt_desktop.core.content.rendering import render_markdown
from ipt_desktop.core.errors import SyncError
from ipt_desktop.core.sync.feeds import entry_slug, parse_feed

FEEDS = Path(__file__).parents[2] / "data" / "feeds"
CASES = sorted(p for p in FEEDS.iterdir() if not p.name.endswith(".expect.json"))
URL = "https://feeds.example/feed"


def _expect(path: Path) -> dict:
    return json.loads((path.parent / (path.stem + ".expect.json")).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_feed_fixture(path: Path):
    expect = _expect(path)
    headers = expect.get("headers", {})
    if "error" in expect:
        with pytest.raises(SyncError) as info:
            parse_feed(path.read_bytes(), headers, "Test source", URL)
        message = str(info.value)
        assert expect["error"] in message and message.startswith(URL) and "\n" not in message
        return
    parsed = parse_feed(path.read_bytes(), headers, "Test source", URL)
    assert len(parsed.documents) == len(expect["documents"])
    for doc, want in zip(parsed.documents, expect["documents"], strict=False):
        assert doc.project == "Test source" and doc.license == "see-source"
        for key in ("title", "type", "language", "updated", "summary", "starts", "location"):
            if key in want:
                assert (doc.meta.get(key) if key in ("starts", "location") else getattr(doc, key)) == want[
                    key
                ], key
        if "source_url" in want:
            assert (doc.sources[0].url or None) == want["source_url"]
        if "publisher" in want:
            assert doc.sources[0].publisher == want["publisher"]
        rendered = render_markdown(doc.body).html
        for text in want.get("body_contains", []):
            assert text in doc.body and text in rendered
        for text in want.get("body_excludes", []):
            assert text.lower() not in doc.body.lower(), text
            assert text.lower() not in rendered.lower(), text


def test_ids_are_stable_and_scoped_by_source():
    data = (FEEDS / "rss-basic.xml").read_bytes()
    first = [d.id for d in parse_feed(data, {}, "One", URL).documents]
    again = [d.id for d in parse_feed(data, {}, "One", URL).documents]
    other = [d.id for d in parse_feed(data, {}, "Two", URL).documents]
    assert first == again and not set(first) & set(other)
    assert entry_slug("One", "procedin-news-42") == first[0]


def test_changed_entry_keeps_its_id():
    data = (FEEDS / "rss-basic.xml").read_bytes()
    changed = data.replace(b"Five cities", b"Six cities").replace(
        b"Mon, 02 Nov 2026 10:00", b"Mon, 09 Nov 2026 10:00"
    )
    before = parse_feed(data, {}, "One", URL).documents[0]
    after = parse_feed(changed, {}, "One", URL).documents[0]
    assert (
        before.id == after.id
        and before.content_hash != after.content_hash
        and after.updated.startswith("2026-11-09")
    )


def test_feedparser_itself_resolves_no_external_entity(tmp_path: Path):
    """Without our guard, feedparser still neither reads the file nor fetches the URL of an external entity."""
    server = LoopbackServer()
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    server.routes["/evil.dtd"] = Route(b'<!ENTITY remote "REMOTE-CONTENT">')
    try:
        xml = (
            f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY file SYSTEM "file://{secret}">'
            f'<!ENTITY % dtd SYSTEM "{server.url("/evil.dtd")}"> %dtd;]>'
            '<rss version="2.0"><channel><title>t</title><item><title>&file;&remote;</title>'
            "<guid>g</guid></item></channel></rss>"
        ).encode()
        parsed = feedparser.parse(xml)
        text = json.dumps(parsed, default=str)
        assert "TOP-SECRET-CONTENT" not in text and "REMOTE-CONTENT" not in text
        assert server.requests == []
        with pytest.raises(SyncError):
            parse_feed(xml, {}, "x", URL)
        assert server.requests == []
    finally:
        server.close()


def test_billion_laughs_is_refused_quickly():
    import time

    start = time.perf_counter()
    with pytest.raises(SyncError):
        parse_feed((FEEDS / "billion-laughs.xml").read_bytes(), {}, "x", URL)
    assert time.perf_counter() - start < 1.0


def test_utf16_entity_declaration_is_refused():
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE rss [<!ENTITY a "b">]><rss version="2.0"/>'
    with pytest.raises(SyncError, match="entities"):
        parse_feed(xml.encode("utf-16"), {}, "x", URL)


def test_json_feed_item_cap(monkeypatch):
    from ipt_desktop.core.sync import feeds

    monkeypatch.setattr(feeds, "MAX_ENTRIES", 3)
    items = [{"id": f"i{n}", "title": f"Item {n}", "content_text": "x"} for n in range(10)]
    data = json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "title": "Big", "items": items}
    ).encode()
    parsed = parse_feed(data, {"content-type": "application/feed+json"}, "Big", URL)
    assert len(parsed.documents) == 3 and "first 3" in parsed.skipped[0]


def test_deeply_nested_entry_html_is_cut_before_sanitising():
    """nh3 takes time that grows with the square of the nesting: 200,000 unclosed <div> took four minutes."""
    import time

    from ipt_desktop.core.sync.feeds import CUT_NOTICE

    item = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Deep",
        "items": [
            {"id": "deep", "title": "<b>" * 50_000 + "Deep", "content_html": "<div>" * 200_000 + "end"},
        ],
    }
    start = time.perf_counter()
    parsed = parse_feed(json.dumps(item).encode(), {"content-type": "application/json"}, "Deep", URL)
    assert time.perf_counter() - start < 10
    (doc,) = parsed.documents
    assert CUT_NOTICE in doc.body and doc.body.count("<div") < 5_000
