"""Fuzz targets for every parser that reads what others wrote; tests/test_fuzz.py runs each in a child process.

``python -m tests.fuzz_targets NAME`` feeds a few hundred generated inputs (hypothesis, derandomized, so a
run is the same everywhere) to one parser. An input passes when the parser returns or raises one of the app's
own errors (``IptError``: one line naming the file, URL or field); any other exception fails the run, and so
does an input slower than the per-input deadline. The parent limits the child's address space, so an input
that blows memory up ends in a MemoryError, which fails too.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import signal
import sys
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from ipt_desktop.core.errors import IptError

EXAMPLES = 200
# The inputs of the hostile-document report, at sizes that took seconds to minutes before the bounds; each
# target runs them first, then the generated ones.
BRACKETS = "[" * 20_000 + "x](" + "a" * 20_000
NESTED = "".join("    " * i + "- x\n" for i in range(400))
ALIAS_BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{k}: &{k} [{', '.join(['*' + p] * 9)}]\n" for p, k in zip("abcdefghi", "bcdefghij", strict=True)
)
INPUT_SECONDS = 5  # the timer that interrupts one slow input
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=dt.timedelta(seconds=INPUT_SECONDS),
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),  # no shrinking: a failure shows the input as generated
    suppress_health_check=list(HealthCheck),
    print_blob=False,
)
URL = "https://fuzz.example/feed"
TAG = re.compile(r'<(?:[^<>"]|"[^"]*")*>')
QUOTED = re.compile(r'"[^"]*"')
ATTRIBUTE = re.compile(r"\s([^\s=/>]+)=")
LINK = re.compile(r'(?:href|src)="([^"]*)"')
SAFE_ATTRIBUTES = {
    "href",
    "src",
    "alt",
    "width",
    "height",
    "id",
    "class",
    "title",
    "align",
    "colspan",
    "rowspan",
    "start",
}
WORK = Path(tempfile.mkdtemp(prefix="ipt-fuzz-"))

# -- building blocks -------------------------------------------------------------------------------------

MARKDOWN_CHARS = "#*_`[]()<>!&\\|~-+=:{}\"' \n\t.1aZé\u00a0\u2028\r"
MARKDOWN_PIECES = [
    "# ",
    "## Title\n",
    "- ",
    "* ",
    "1. ",
    "    ",
    "\t",
    "> ",
    "```\n",
    "~~~a\n",
    "|a|b|\n|---|---|\n",
    "[x](http://a)",
    "![i](ipt://asset/x)",
    "[^1]",
    "[^1]: note\n",
    "*[HTML]: Hyper\n",
    '<div markdown="1">\n',
    "<div>",
    "</div>",
    "<script>alert(1)</script>",
    "<a href='javascript:alert(1)'>",
    "&amp;",
    "&#x",
    "<!--",
    "{: #id .c }",
    "term\n:   def\n",
    "\n\n",
    "===\n",
    "---\n",
    "*_",
    "**",
    "__",
    "\\",
]
HTML_PIECES = [
    "<div>",
    "</div>",
    "<p>",
    "<b>",
    "<ul><li>",
    "<table><tr><td>",
    '<a href="javascript:x()">',
    "<img src=x onerror=alert(1)>",
    "<svg onload=x>",
    "<math>",
    "<style>",
    "<script>",
    "<![CDATA[",
    "<!--",
    "&#0;",
    "&lt;",
    '"',
    "'",
    ' title=">',
    "<",
    ">",
]
YAML_CHARS = "&*[]{}:,-!|>'\"#%@?\n \tabc1.é"
YAML_PIECES = [
    "&a ",
    "*a",
    "&b [",
    "*b, ",
    "[",
    "]",
    "{",
    "}",
    "key: ",
    "- ",
    "!!python/object ",
    "? ",
    "|\n",
    "\n  ",
]
FRONT = (
    "id: fuzz-doc\ntitle: Fuzz\ntype: guide\nsummary: S.\nlanguage: en\nproject: P\n"
    "license: CC-BY-4.0\nupdated: 2026-01-01\n"
)


def _texts(chars: str, pieces: list[str], max_repeat: int = 3000) -> st.SearchStrategy[str]:
    """Short texts over chars, known pieces, and either of them repeated up to max_repeat times."""
    unit = st.one_of(st.text(alphabet=chars, max_size=12), st.sampled_from(pieces))
    repeated = st.builds(lambda u, n: u * n, unit, st.integers(1, max_repeat))
    nested = st.builds(
        lambda n: "".join("    " * i + "- x\n" for i in range(n)), st.integers(1, 400)
    )  # lists nested past the bound
    return st.lists(st.one_of(unit, repeated, nested), max_size=12).map("".join)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


class InputTooSlow(BaseException):
    """Raised by the timer in the middle of a parse (a BaseException, so no ``except Exception`` hides it)."""


def _alarm(signum, frame):
    raise InputTooSlow(f"one input took more than {INPUT_SECONDS} s")


def _timed(target):
    """Arm the timer around one input; a slow input fails as an AssertionError that hypothesis reports."""

    @functools.wraps(target)
    def run(*args, **kwargs):
        signal.setitimer(signal.ITIMER_REAL, INPUT_SECONDS)
        try:
            return target(*args, **kwargs)
        except InputTooSlow as exc:
            raise AssertionError(str(exc)) from None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    return run


def _assert_safe(html: str) -> None:
    """No script, event handler or javascript: link in any tag (text may mention them, escaped)."""
    for tag in TAG.findall(html.lower()):
        assert not tag.startswith(("<script", "<style", "<svg", "<iframe")), tag
        bare = QUOTED.sub('""', tag)
        assert set(ATTRIBUTE.findall(bare)) <= SAFE_ATTRIBUTES, tag
        assert all(
            not value.strip().startswith(("javascript", "vbscript", "data")) for value in LINK.findall(tag)
        ), tag


def _allowed(call, *args) -> None:
    """Run one parse; the app's own errors are a correct answer."""
    try:
        call(*args)
    except IptError as exc:
        assert "\n" not in str(exc), f"an error of more than one line: {exc!r}"


# -- targets ---------------------------------------------------------------------------------------------


@SETTINGS
@given(st.booleans(), _texts(YAML_CHARS, YAML_PIECES, 500), _texts(MARKDOWN_CHARS, MARKDOWN_PIECES, 200))
@example(True, ALIAS_BOMB, "Body.")
@example(True, "deep: " + "[" * 900 + "]" * 900, BRACKETS)
@_timed
def front_matter(required: bool, yaml_text: str, body: str) -> None:
    from ipt_desktop.core.content.documents import parse_document

    text = "---\n" + (FRONT if required else "") + yaml_text + "\n---\n" + body
    _allowed(parse_document, text, "fuzz.md")


@SETTINGS
@given(_texts(MARKDOWN_CHARS, MARKDOWN_PIECES))
@example(BRACKETS)
@example(NESTED)
@example("*_" * 40_000)
@example("- x\n" * 100_000)
@example("<div>" * 40_000)
@example("~~~a\n" * 10_000)
@_timed
def markdown_to_html(text: str) -> None:
    from ipt_desktop.core.content.rendering import html_to_text, render_markdown
    from ipt_desktop.core.search.analysis import markdown_to_text

    rendered = render_markdown(text)  # never raises, whatever the text
    _assert_safe(rendered.html)
    html_to_text(rendered.html)
    markdown_to_text(text)


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


TARGETS = {
    "front_matter": front_matter,
    "markdown_to_html": markdown_to_html,
    "rss_atom": rss_atom,
    "entry_html": entry_html,
    "json_feed": json_feed,
    "manifest": manifest,
    "deck_file": deck_file,
    "zip_entries": zip_entries,
}

if __name__ == "__main__":
    signal.signal(signal.SIGALRM, _alarm)
    TARGETS[sys.argv[1]]()
    print(f"{sys.argv[1]}: {EXAMPLES} inputs passed")
