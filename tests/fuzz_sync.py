"""Fuzz targets for what the sync layer reads from elsewhere: RSS, Atom and JSON feeds and the HTML of their
entries, signed pack manifests, trainer deck files and pack ZIP archives (run through tests/fuzz_targets.py).
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz_support import (
    BRACKETS,
    HTML_PIECES,
    JSON,
    MARKDOWN_CHARS,
    SETTINGS,
    _allowed,
    _assert_safe,
    _texts,
    _timed,
)

URL = "https://fuzz.example/feed"
WORK = Path(tempfile.mkdtemp(prefix="ipt-fuzz-"))


def _xml_field(text: str, raw: bool) -> str:
    from xml.sax.saxutils import escape

    return text if raw else escape(text)


@SETTINGS
@given(
    st.sampled_from(["rss", "atom", "bytes"]),
    st.lists(
        st.tuples(st.text(max_size=40), _texts(MARKDOWN_CHARS + "<>/", HTML_PIECES, 2000), st.booleans()),
        max_size=4,
    ),
    st.binary(max_size=400),
    st.text(max_size=40),
)
@_timed
def rss_atom(kind: str, items: list[tuple[str, str, bool]], noise: bytes, date: str) -> None:
    from ipt_desktop.core.sync.feeds import parse_feed

    if kind == "bytes":
        data = noise
    elif kind == "rss":
        entries = "".join(
            f"<item><title>{_xml_field(t, raw)}</title><link>https://e.example/{n}</link>"
            f"<guid>{n}{_xml_field(t[:5], raw)}</guid><pubDate>{_xml_field(date, raw)}</pubDate>"
            f"<description>{_xml_field(html, raw)}</description></item>"
            for n, (t, html, raw) in enumerate(items)
        )
        data = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>{entries}</channel></rss>'.encode()
    else:
        entries = "".join(
            f"<entry><id>urn:x:{n}</id><title>{_xml_field(t, raw)}</title><updated>{_xml_field(date, raw)}</updated>"
            f'<content type="html">{_xml_field(html, raw)}</content></entry>'
            for n, (t, html, raw) in enumerate(items)
        )
        data = f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{entries}</feed>'.encode()
    _allowed(parse_feed, data, {"content-type": "application/xml"}, "Fuzz", URL)


@SETTINGS
@given(_texts(MARKDOWN_CHARS + "<>/=", HTML_PIECES, 20_000), st.text(max_size=60))
@example("<p>" + BRACKETS + "</p>", "Brackets")
@example("<div>" * 100_000, "<b>" * 10_000)
@_timed
def entry_html(html: str, title: str) -> None:
    from ipt_desktop.core.content.rendering import render_markdown
    from ipt_desktop.core.sync.feeds import parse_feed

    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [{"id": "x", "title": title, "content_html": html}],
    }
    parsed = parse_feed(json.dumps(feed).encode(), {"content-type": "application/feed+json"}, "Fuzz", URL)
    for doc in parsed.documents:
        _assert_safe(render_markdown(doc.body).html)


ITEM_KEYS = [
    "id",
    "url",
    "external_url",
    "title",
    "content_html",
    "content_text",
    "summary",
    "date_published",
    "date_modified",
    "tags",
    "language",
]


@SETTINGS
@given(
    st.one_of(
        JSON,
        st.fixed_dictionaries(
            {"version": st.just("https://jsonfeed.org/version/1.1")},
            optional={
                "title": JSON,
                "language": JSON,
                "items": st.lists(
                    st.one_of(JSON, st.dictionaries(st.sampled_from(ITEM_KEYS), JSON)), max_size=6
                ),
            },
        ),
    ),
    st.sampled_from(
        ["application/feed+json", "application/json; charset=utf-16", "application/json; charset=nope"]
    ),
)
@_timed
def json_feed(value, content_type: str) -> None:
    from ipt_desktop.core.sync.feeds import parse_feed

    _allowed(parse_feed, json.dumps(value).encode(), {"content-type": content_type}, "Fuzz", URL)


_KEY = None


def _key():
    global _KEY
    if _KEY is None:
        from ipt_desktop.core.sync import minisign

        _KEY = minisign.generate()
    return _KEY


MANIFEST_VALUES = st.one_of(
    JSON,
    st.fixed_dictionaries(
        {},
        optional={
            "name": st.one_of(st.text(max_size=20), JSON),
            "version": st.one_of(st.integers(-2, 10**20), JSON),
            "expires": st.one_of(st.sampled_from(["2030-01-01T00:00:00Z", "2030-01-01", "x"]), JSON),
            "files": st.one_of(
                JSON,
                st.dictionaries(
                    st.one_of(
                        st.sampled_from(["feed.xml", "../x", "/abs", "a//b", "ok/file.md"]),
                        st.text(max_size=10),
                    ),
                    st.one_of(
                        JSON,
                        st.fixed_dictionaries({"sha256": st.sampled_from(["0" * 64, "x"]), "length": JSON}),
                    ),
                    max_size=3,
                ),
            ),
        },
    ),
)


@SETTINGS
@given(MANIFEST_VALUES, st.booleans())
@_timed
def manifest(value, signed: bool) -> None:
    from ipt_desktop.core.sync import minisign
    from ipt_desktop.core.sync.curated import verify_manifest

    data = json.dumps(value).encode()
    signature = minisign.sign(data if signed else data + b" ", _key()).encode()
    _allowed(verify_manifest, data, signature, [_key().public_key], "fuzz/")


_LIBRARY = None


def _library():
    global _LIBRARY
    if _LIBRARY is None:
        from ipt_desktop.core.library import Library

        _LIBRARY = Library(WORK / "data", bundled_dir=WORK / "none", seed_dir=WORK / "no-seed")
        _LIBRARY.ensure_ready()
    return _LIBRARY


@SETTINGS
@given(
    st.one_of(
        JSON,
        st.fixed_dictionaries(
            {"format": st.just("ipt-deck"), "version": st.one_of(st.just(1), JSON)},
            optional={
                "name": st.one_of(st.text(max_size=300), JSON),
                "items": st.one_of(
                    JSON,
                    st.lists(
                        st.one_of(
                            JSON,
                            st.dictionaries(
                                st.sampled_from(["id", "section", "content_hash", "title"]), JSON
                            ),
                        ),
                        max_size=5,
                    ),
                ),
            },
        ),
    ),
    st.binary(max_size=200),
    st.booleans(),
)
@_timed
def deck_file(value, noise: bytes, as_json: bool) -> None:
    from ipt_desktop.core.trainer.decks import import_deck

    path = WORK / "deck.iptdeck"
    path.write_bytes(json.dumps(value).encode() if as_json else noise)
    _allowed(import_deck, _library(), path)


MEMBER_NAMES = [
    "manifest.json",
    "manifest.json.minisig",
    "feed.xml",
    "pack/manifest.json",
    "../evil",
    "/abs",
    "a/../../b",
    "dir/",
    "x" * 300,
]


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.one_of(st.sampled_from(MEMBER_NAMES), st.text(min_size=1, max_size=20)),
            st.one_of(st.binary(max_size=300), MANIFEST_VALUES.map(lambda v: json.dumps(v).encode())),
            st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
        ),
        max_size=6,
    ),
    st.booleans(),
)
@_timed
def zip_entries(members: list[tuple[str, bytes, int]], sign_manifest: bool) -> None:
    from ipt_desktop.core.sync import minisign
    from ipt_desktop.core.sync.packs import PackReader, import_pack

    path = WORK / "pack.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data, method in members:
            try:
                archive.writestr(name, data, compress_type=method)
            except (ValueError, UnicodeEncodeError, IndexError):
                continue  # a name zipfile cannot store (IndexError: one that is empty once cut at a NUL)
            if sign_manifest and name == "manifest.json":
                archive.writestr("manifest.json.minisig", minisign.sign(data, _key()))
    public = WORK / "fuzz.pub"
    public.write_text(_key().public_key.to_file_text(), encoding="ascii")

    def read_all() -> None:
        reader = PackReader(path)
        try:
            for name, _data, _method in members:
                if reader.has(name):
                    _allowed(reader.read, name)
        finally:
            reader.close()

    _allowed(read_all)
    _allowed(import_pack, _library(), path, public)
