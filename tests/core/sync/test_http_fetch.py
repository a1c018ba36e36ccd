"""Sync against real HTTP servers on 127.0.0.1: conditional requests, redirects, 410, Retry-After, polling,
deadline and byte caps. No HTTP mocks."""

from __future__ import annotations

import datetime as dt
import gzip
import socket
import time

import pytest

from benchmarks.bench_sync import LoopbackServer, Route, rss_feed
from ipt_desktop.core.sync.http_fetch import USER_AGENT, Fetcher, FetchLimits
from ipt_desktop.core.sync.pipeline import sync
from ipt_desktop.core.sync.sources import SourceStore

FEED = rss_feed(3)
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}


@pytest.fixture
def server():
    srv = LoopbackServer()
    yield srv
    srv.close()


def _add(lib, url: str, name: str = "Test"):
    return SourceStore(lib.content.conn).add(url, name)


def _source(lib, name: str = "Test"):
    return SourceStore(lib.content.conn).get(name)


def _fetcher(**limits) -> Fetcher:
    return Fetcher(FetchLimits(**limits))


def test_new_items_reach_content_and_index(server, lib):
    server.routes["/feed"] = Route(FEED, headers=RSS)
    _add(lib, server.url("/feed"))
    report = sync(lib)
    assert report.is_ok and len(report.changes.added) == 3
    assert lib.index.doc_count() == lib.content.count() == 3
    assert lib.index_dirty() == []
    assert server.requests[0][1]["user-agent"] == USER_AGENT and USER_AGENT.startswith("IPT-Desktop/")
    assert [e.action for e in lib.content.recent_changes()] == ["added"] * 3


def test_etag_304_changes_nothing(server, lib):
    def handler(h):
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.send_header("Content-Length", "0")
            h.end_headers()
        else:
            server.respond(
                h,
                Route(
                    FEED, headers={**RSS, "ETag": '"v1"', "Last-Modified": "Mon, 02 Nov 2026 10:00:00 GMT"}
                ),
            )

    server.routes["/feed"] = handler
    _add(lib, server.url("/feed"))
    sync(lib)
    before = lib.content.hashes()
    report = sync(lib, force=True)
    assert report.results[0].status == "unchanged" and report.changes.is_empty
    assert server.requests[1][1]["if-none-match"] == '"v1"'
    assert server.requests[1][1]["if-modified-since"] == "Mon, 02 Nov 2026 10:00:00 GMT"
    assert lib.content.hashes() == before and _source(lib).last_error is None


def test_updated_entry_is_updated_in_place(server, lib):
    server.routes["/feed"] = Route(FEED, headers=RSS)
    _add(lib, server.url("/feed"))
    sync(lib)
    server.routes["/feed"] = Route(FEED.replace(b"number 1&lt;", b"number one, revised&lt;"), headers=RSS)
    report = sync(lib, force=True)
    assert len(report.changes.updated) == 1 and not report.changes.added and lib.content.count() == 3


def test_301_updates_stored_url_but_302_does_not(server, lib):
    server.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    server.routes["/temp"] = Route(status=302, headers={"Location": "/new"})
    server.routes["/new"] = Route(FEED, headers=RSS)
    _add(lib, server.url("/old"), "Moved")
    _add(lib, server.url("/temp"), "Temp")
    assert sync(lib).is_ok
    assert _source(lib, "Moved").url == server.url("/new")
    assert _source(lib, "Temp").url == server.url("/temp")
    server.requests.clear()
    sync(lib, ["Moved"], force=True)
    assert server.paths() == ["/new"]


@pytest.mark.parametrize("hops, ok", [(5, True), (6, False)])
def test_redirect_chain_limit(server, lib, hops, ok):
    for n in range(hops):
        server.routes[f"/r{n}"] = Route(status=302, headers={"Location": f"/r{n + 1}"})
    server.routes[f"/r{hops}"] = Route(FEED, headers=RSS)
    _add(lib, server.url("/r0"))
    report = sync(lib)
    assert report.is_ok is ok
    if not ok:
        assert report.failures[0].error == f"{server.url('/r0')}: more than 5 redirects"
        assert lib.content.count() == 0


def test_redirect_to_other_scheme_is_refused(server, lib):
    server.routes["/feed"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    _add(lib, server.url("/feed"))
    report = sync(lib)
    assert "only http and https" in report.failures[0].error


def test_410_disables_the_source(server, lib):
    server.routes["/gone"] = Route(status=410)
    _add(lib, server.url("/gone"))
    report = sync(lib)
    assert "410" in report.failures[0].error
    record = _source(lib)
    assert not record.is_enabled and "410" in record.last_error
    server.requests.clear()
    assert sync(lib, force=True).results == () and server.requests == []


@pytest.mark.parametrize("status, header", [(429, "120"), (503, "Wed, 21 Oct 2099 07:28:00 GMT")])
def test_retry_after_is_stored_and_honoured(server, lib, status, header):
    server.routes["/busy"] = Route(status=status, headers={"Retry-After": header})
    server.routes["/ok"] = Route(FEED, headers=RSS)
    _add(lib, server.url("/busy"), "Busy")
    _add(lib, server.url("/ok"), "Fine")
    report = sync(lib)
    assert [r.status for r in report.results] == ["failed", "updated"]  # one failure never stops the others
    retry_at = dt.datetime.fromisoformat(_source(lib, "Busy").retry_after)
    now = dt.datetime.now(dt.UTC)
    assert now + dt.timedelta(seconds=100) < retry_at <= now + dt.timedelta(days=7, seconds=5)
    server.requests.clear()
    again = sync(lib, ["Busy"], force=True)
    assert again.results[0].status == "skipped" and "wait until" in again.results[0].note
    assert server.requests == []
    later = sync(lib, ["Busy"], force=True, now=retry_at + dt.timedelta(seconds=1))
    assert later.results[0].status == "failed" and server.paths() == ["/busy"]


def test_polled_at_most_once_an_hour(server, lib):
    server.routes["/feed"] = Route(FEED, headers=RSS)
    _add(lib, server.url("/feed"))
    start = dt.datetime.now(dt.UTC)
    sync(lib, now=start)
    second = sync(lib, now=start + dt.timedelta(minutes=59))
    assert second.results[0].status == "skipped" and "once an hour" in second.results[0].note
    assert len(server.requests) == 1
    sync(lib, now=start + dt.timedelta(minutes=59), force=True)
    sync(lib, now=start + dt.timedelta(minutes=121))
    assert len(server.requests) == 3


def test_slow_server_is_cut_by_the_deadline(server, lib):
    server.routes["/slow"] = Route(FEED, headers=RSS, trickle=1.0)
    _add(lib, server.url("/slow"))
    start = time.monotonic()
    report = sync(lib, fetcher=_fetcher(deadline=1.5))
    assert time.monotonic() - start < 3.5
    assert report.failures[0].error == f"{server.url('/slow')}: timed out after 1.5 s"
    assert lib.content.count() == 0


def test_endless_body_is_cut_by_the_cap(server, lib):
    server.routes["/endless"] = Route(headers=RSS, endless=True)
    _add(lib, server.url("/endless"))
    report = sync(lib, fetcher=_fetcher(max_compressed=256 * 1024, max_decoded=512 * 1024))
    assert "over the 262144 bytes limit" in report.failures[0].error


def test_declared_length_over_the_cap_is_refused(server, lib):
    server.routes["/big"] = Route(FEED, headers={**RSS, "Content-Length": str(10**9)})
    _add(lib, server.url("/big"))
    report = sync(lib, fetcher=_fetcher(max_compressed=1024 * 1024))
    assert "1000000000 bytes is over the 1 MB limit" in report.failures[0].error


def test_gzip_bomb_is_cut_by_the_decoded_cap(server, lib):
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 64 * 1024
    server.routes["/bomb"] = Route(bomb, headers={**RSS, "Content-Encoding": "gzip"})
    _add(lib, server.url("/bomb"))
    report = sync(lib, fetcher=_fetcher(max_decoded=1024 * 1024))
    assert "over the 1 MB limit once decompressed" in report.failures[0].error


def test_gzip_feed_is_decoded(server, lib):
    server.routes["/gz"] = Route(gzip.compress(FEED), headers={**RSS, "Content-Encoding": "gzip"})
    _add(lib, server.url("/gz"))
    assert len(sync(lib).changes.added) == 3


def test_http_error_and_unreachable_server_are_reported(server, lib):
    server.routes["/err"] = Route(b"boom", status=500)
    server.routes["/ok"] = Route(FEED, headers=RSS)
    _add(lib, server.url("/err"), "Err")
    _add(lib, "http://127.0.0.1:9/feed", "Down")
    _add(lib, server.url("/ok"), "Ok")
    report = sync(lib)
    errors = {f.name: f.error for f in report.failures}
    assert (
        errors["Down"] == "http://127.0.0.1:9/feed: 127.0.0.1 refused the connection (the server may be down)"
    )
    assert errors["Err"] == f"{server.url('/err')}: HTTP 500 Internal Server Error"
    assert len(report.changes.added) == 3 and _source(lib, "Err").last_error == errors["Err"]


def test_a_name_that_cannot_be_resolved_reads_as_no_connection(lib, monkeypatch):
    """Offline, the resolver fails; the message says so in words, not "[Errno -2] Name or service not known"."""

    def offline(*_args, **_kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", offline)
    _add(lib, "https://build-procurement.eu/feed", "BUILD")
    (failure,) = sync(lib).failures
    assert (
        failure.error
        == "https://build-procurement.eu/feed: no connection: could not find build-procurement.eu"
    )


def _trickled_headers(pause: float):
    """A handler that sends its status line and headers one byte at a time, ``pause`` seconds apart."""

    def handler(h):
        head = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n" + b"X-Slow: " + b"s" * 200 + b"\r\n"
        )
        try:
            for index in range(len(head)):
                h.wfile.write(head[index : index + 1])
                h.wfile.flush()
                time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass

    return handler


def _stall_before_the_deadline(deadline: float):
    """Headers at once, body bytes every 50 ms until just before the deadline, then silence for long."""

    def handler(h):
        h.send_response(200)
        h.send_header("Content-Length", str(len(FEED)))
        h.end_headers()
        start = time.monotonic()
        try:
            for index in range(len(FEED)):
                h.wfile.write(FEED[index : index + 1])
                h.wfile.flush()
                if time.monotonic() - start > deadline * 0.85:
                    time.sleep(10)
                    return
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass

    return handler


@pytest.mark.parametrize("kind", ["headers trickled", "body stalls near the deadline"])
def test_the_total_deadline_holds_however_slow_the_server(server, kind):
    deadline = 1.0
    server.routes["/slow"] = (
        _trickled_headers(0.05) if kind == "headers trickled" else _stall_before_the_deadline(deadline)
    )
    fetcher = _fetcher(deadline=deadline)
    start = time.monotonic()
    with pytest.raises(Exception) as caught:
        fetcher.fetch(server.url("/slow"))
    elapsed = time.monotonic() - start
    fetcher.close()
    assert str(caught.value) == f"{server.url('/slow')}: timed out after 1 s"
    assert elapsed < deadline + 0.35, f"{kind}: the 1 s deadline took {elapsed:.2f} s"


def test_a_fetcher_still_works_after_a_deadline_cut_its_connection(server):
    server.routes["/slow"] = _trickled_headers(0.05)
    server.routes["/feed"] = Route(FEED, headers=RSS)
    with _fetcher(deadline=1.0) as fetcher:
        with pytest.raises(Exception, match="timed out"):
            fetcher.fetch(server.url("/slow"))
        assert fetcher.fetch(server.url("/feed")).body == FEED
        assert fetcher.fetch(server.url("/feed")).body == FEED  # a kept-alive connection, reused
