"""Sync benchmark: N new items from a loopback feed server, end to end into the search index.

Prints JSON: {"items": 500, "seconds": ..., "budget_seconds": 5.0, "within_budget": true, ...}.
``--quick`` runs 100 items for CI. The loopback server here (:class:`LoopbackServer`) is also what the sync
tests use: a real HTTP server on 127.0.0.1 with per-path routes and a log of the requests it received.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

BUDGET_SECONDS = 5.0


@dataclass
class Route:
    """A canned response; ``trickle`` sends the body one byte per that many seconds."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float = 0.0
    endless: bool = False


Handler = Callable[[BaseHTTPRequestHandler], None]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # Clients that hang up mid-response (caps, deadlines) are what the tests provoke; printing each
        # traceback would only pollute the client's own error output that the tests read.
        pass


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 with an ephemeral port."""

    def __init__(self) -> None:
        self.routes: dict[str, Route | Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_error(404)
                elif callable(route):
                    route(self)
                else:
                    server.respond(self, route)

        self.httpd = _QuietServer(("127.0.0.1", 0), _Handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [path for path, _headers in self.requests]

    @staticmethod
    def respond(handler: BaseHTTPRequestHandler, route: Route) -> None:
        try:
            handler.send_response(route.status)
            for key, value in route.headers.items():
                handler.send_header(key, value)
            if route.endless:
                handler.send_header("Connection", "close")
                handler.end_headers()
                chunk = b"<" * 65536
                while True:
                    handler.wfile.write(chunk)
            if "Content-Length" not in route.headers:
                handler.send_header("Content-Length", str(len(route.body)))
            handler.end_headers()
            if route.trickle:
                for index in range(len(route.body)):
                    handler.wfile.write(route.body[index : index + 1])
                    handler.wfile.flush()
                    time.sleep(route.trickle)
            else:
                handler.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss_feed(count: int, *, title: str = "Loopback news", prefix: str = "item", words: int = 60) -> bytes:
    """An RSS 2.0 feed with ``count`` items."""
    text = " ".join(["procurement innovation market consultation buyers suppliers pilot"] * (words // 8 + 1))
    items = []
    for number in range(count):
        date = format_datetime(dt.datetime(2026, 11, 1, 12, number % 60, tzinfo=dt.UTC))
        items.append(
            f"<item><title>{escape(title)} {prefix} {number}</title><link>https://example.org/{prefix}/{number}</link>"
            f"<guid>https://example.org/{prefix}/{number}</guid><pubDate>{date}</pubDate>"
            f"<description>{escape(f'<p>{text} number {number}</p>')}</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>https://example.org/</link><description>test</description><language>en</language>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


def run(items: int) -> dict:
    """Time one sync of ``items`` new entries into a fresh library."""
    from ipt_desktop.core.library import Library
    from ipt_desktop.core.sync.pipeline import sync
    from ipt_desktop.core.sync.sources import SourceStore

    server = LoopbackServer()
    server.routes["/feed.xml"] = Route(rss_feed(items), headers={"Content-Type": "application/rss+xml"})
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        library = Library(root / "data", bundled_dir=root / "no-bundled", seed_dir=root / "no-seed")
        try:
            library.ensure_ready()
            SourceStore(library.content.conn).add(server.url("/feed.xml"), "Loopback")
            start = time.perf_counter()
            report = sync(library, force=True)
            seconds = time.perf_counter() - start
            indexed = library.index.doc_count()
        finally:
            library.close()
            server.close()
    added = len(report.changes.added)
    return {
        "benchmark": "sync",
        "items": items,
        "added": added,
        "indexed": indexed,
        "ok": report.is_ok,
        "seconds": round(seconds, 3),
        "items_per_second": round(items / seconds, 1) if seconds else None,
        "budget_seconds": BUDGET_SECONDS,
        "within_budget": seconds <= BUDGET_SECONDS and added == items,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--quick", action="store_true", help="100 items, for CI")
    args = parser.parse_args(argv)
    result = run(100 if args.quick else args.items)
    print(json.dumps(result, indent=2))
    return 0 if result["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
