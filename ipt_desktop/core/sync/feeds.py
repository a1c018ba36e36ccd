"""Public feeds → documents: RSS 2.0 and Atom 1.0 through feedparser, JSON Feed 1.1 through a small mapper.

feedparser is always fed the bytes we downloaded (never a URL, so it fetches nothing) plus the response
headers, so that the HTTP charset, the XML declaration and a BOM are all honoured. feedparser disables
external general entities and strips DOCTYPE entity declarations it considers unsafe; on top of that any
DOCTYPE that declares entities is refused here before parsing (billion laughs, external entities). A feed
that is not well-formed XML is refused as a whole rather than half-read.

Each entry becomes a ``news``, ``event`` (when it carries ``ev:startdate``) or ``newsletter`` document whose
id is derived from the source name and the entry id, so the same entry updates in place. The entry HTML is
sanitised with the app's allowlist and wrapped in a ``<div>`` so that Markdown leaves it alone; rendering
sanitises it again. The entry link is kept as the document's source.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import feedparser

from ipt_desktop.core.content.documents import Document, build_document
from ipt_desktop.core.content.language import detect_language
from ipt_desktop.core.content.rendering import html_to_text, limit_tags, sanitize_html
from ipt_desktop.core.content.taxonomy import Taxonomy, default_taxonomy
from ipt_desktop.core.errors import ContentError, SyncError

MAX_ENTRIES = 2000
MAX_FIELD_CHARS = 1_000_000
# Tags of an entry's HTML that are kept (sanitising deeply nested HTML takes time that grows with the square
# of its depth); the sanitised result then stays within what rendering shows with its formatting.
MAX_ENTRY_TAGS = 4_000
MAX_TITLE_TAGS = 100
CUT_NOTICE = "This entry is too long or too deeply nested to keep in full; the rest is on the source's page."
SUMMARY_CHARS = 280
FEED_LICENSE = "see-source"
_ENTITY_DECL = re.compile(rb"<!\s*entity", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!\s*doctype", re.IGNORECASE)
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_WEB_URL = re.compile(r"https?://", re.IGNORECASE)
_CHARSET = re.compile(r"charset=[\"']?([A-Za-z0-9._:-]+)")
_WELL_FORMED_ERRORS = ("SAXParseException", "SAXException", "ExpatError")


@dataclass(frozen=True)
class ParsedFeed:
    """Documents made from a feed, and one line per entry that was skipped."""

    title: str
    documents: tuple[Document, ...]
    skipped: tuple[str, ...] = ()


def refuse_entities(data: bytes, where: str, *, allow_doctype: bool = True) -> None:
    """Raise SyncError when the XML declares entities (or, with allow_doctype False, has any DOCTYPE)."""
    # Dropping NUL bytes makes UTF-16 and UTF-32 text searchable as ASCII too.
    probe = data.replace(b"\x00", b"") if b"\x00" in data[:4096] else data
    if _ENTITY_DECL.search(probe):
        raise SyncError(f"{where}: the feed declares XML entities (a DOCTYPE with ENTITY), which is refused")
    if not allow_doctype and _DOCTYPE.search(probe):
        raise SyncError(f"{where}: the feed has a DOCTYPE, which is refused")


def is_json_feed(data: bytes, headers: Mapping[str, str]) -> bool:
    """True for a JSON Feed: by its Content-Type, else by a body that starts with ``{``."""
    content_type = headers.get("content-type", "").lower()
    if "json" in content_type:
        return True
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def parse_feed(
    data: bytes, headers: Mapping[str, str], source_name: str, url: str, taxonomy: Taxonomy | None = None
) -> ParsedFeed:
    """Parse an RSS, Atom or JSON feed into validated documents; SyncError when the feed is unusable."""
    taxonomy = taxonomy or default_taxonomy()
    if is_json_feed(data, headers):
        title, entries = _json_feed(data, headers, url)
    else:
        title, entries = _xml_feed(data, headers, url)
    documents: dict[str, Document] = {}
    skipped = []
    if len(entries) > MAX_ENTRIES:
        skipped.append(f"{url}: only the first {MAX_ENTRIES} entries were read")
        entries = entries[:MAX_ENTRIES]
    for entry in entries:
        try:
            doc = _document(entry, title or source_name, source_name, url, taxonomy)
        except ContentError as exc:
            skipped.append(str(exc))
            continue
        documents.setdefault(doc.id, doc)
    return ParsedFeed(title or source_name, tuple(documents.values()), tuple(skipped))


# -- reading the formats into plain entry dicts -----------------------------------------------------------


def _xml_feed(data: bytes, headers: Mapping[str, str], url: str) -> tuple[str, list[dict[str, Any]]]:
    refuse_entities(data, url)
    response_headers = {
        k.lower(): v for k, v in headers.items() if k.lower() in ("content-type", "content-language")
    }
    response_headers["content-location"] = url
    parsed = feedparser.parse(
        data, response_headers=response_headers, resolve_relative_uris=True, sanitize_html=False
    )  # nh3 sanitises below, with a stricter allowlist
    if parsed.get("bozo"):
        error = parsed.get("bozo_exception")
        if type(error).__name__ in _WELL_FORMED_ERRORS or not parsed.get("version"):
            raise SyncError(f"{url}: not a well-formed feed ({_one_line(error)})")
    if not parsed.get("version"):
        raise SyncError(f"{url}: not an RSS, Atom or JSON feed")
    feed = parsed.get("feed", {})
    language = str(feed.get("language") or "")
    entries = []
    for item in parsed.get("entries", []):
        content = item.get("content") or []
        html = next((c.get("value", "") for c in content if "html" in c.get("type", "")), "")
        if not html and content:
            html = content[0].get("value", "")
        summary_html = item.get("summary", "")
        entries.append(
            {
                "id": item.get("id") or item.get("link") or "",
                "title": item.get("title", ""),
                "html": html or summary_html,
                "summary_html": summary_html,
                "link": item.get("link", ""),
                "date": _struct_date(dict.get(item, "updated_parsed") or dict.get(item, "published_parsed")),
                "tags": [t.get("term", "") for t in item.get("tags", []) or []],
                "language": str(
                    item.get("language") or (content[0].get("language") if content else "") or language
                ),
                "starts": item.get("ev_startdate"),
                "ends": item.get("ev_enddate"),
                "location": item.get("ev_location"),
            }
        )
    return str(feed.get("title", "")), entries


def _json_feed(data: bytes, headers: Mapping[str, str], url: str) -> tuple[str, list[dict[str, Any]]]:
    charset = _charset(headers.get("content-type", "")) or "utf-8-sig"
    try:
        text = data.decode("utf-8-sig" if charset.lower() in ("utf-8", "utf8") else charset)
        feed = json.loads(text)
    except (LookupError, UnicodeDecodeError, ValueError) as exc:
        raise SyncError(f"{url}: not a valid JSON feed ({_one_line(exc)})") from None
    if not isinstance(feed, dict) or not str(feed.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise SyncError(f"{url}: not a JSON Feed (missing 'version': 'https://jsonfeed.org/version/1.1')")
    items = feed.get("items")
    if not isinstance(items, list):
        raise SyncError(f"{url}: JSON feed has no 'items' list")
    language = _text(feed.get("language"))
    entries = []
    for item in items[: MAX_ENTRIES + 1]:
        if not isinstance(item, dict):
            continue
        html = _text(item.get("content_html"))
        if not html and item.get("content_text"):
            html = "<p>" + _escape(_text(item.get("content_text"))).replace("\n\n", "</p><p>") + "</p>"
        tags = item.get("tags") if isinstance(item.get("tags"), list) else []
        link = _text(item.get("url")) or _text(item.get("external_url"))
        entries.append(
            {
                "id": _text(item.get("id")) or link,
                "title": _text(item.get("title")),
                "html": html,
                "summary_html": _escape(_text(item.get("summary"))),
                "link": link,
                "date": _iso_date(_text(item.get("date_modified")) or _text(item.get("date_published"))),
                "tags": [_text(t) for t in tags],
                "language": _text(item.get("language")) or language,
                "starts": None,
                "ends": None,
                "location": None,
            }
        )
    return _text(feed.get("title")), entries


# -- entry → document ------------------------------------------------------------------------------------


def entry_slug(source_name: str, entry_id: str) -> str:
    """The stable document id of a feed entry."""
    digest = hashlib.sha256(f"{source_name}\0{entry_id}".encode()).hexdigest()[:10]
    tail = _SLUG_JUNK.sub("-", entry_id.lower().rstrip("/").rsplit("/", 1)[-1]).strip("-")[:48].strip("-")
    head = _SLUG_JUNK.sub("-", source_name.lower()).strip("-")[:30].strip("-") or "feed"
    return "-".join(part for part in (head, tail, digest) if part)


def _document(
    entry: dict[str, Any], feed_title: str, source_name: str, url: str, taxonomy: Taxonomy
) -> Document:
    entry_id = entry.get("id") or ""
    where = f"{url} entry {entry_id[:100]!r}"
    if not entry_id:
        raise ContentError(f"{url}: an entry has neither an id nor a link; skipped")
    title = html_to_text(_clean(entry.get("title"), MAX_TITLE_TAGS))[:500] or "(untitled)"
    body_html = _clean(entry.get("html"), MAX_ENTRY_TAGS)
    text = html_to_text(body_html)
    summary_text = html_to_text(_clean(entry.get("summary_html"), MAX_ENTRY_TAGS)) or text or title
    link = entry.get("link") or ""
    link = link if _WEB_URL.match(link) else ""
    updated = entry.get("date") or dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat()
    meta: dict[str, Any] = {
        "id": entry_slug(source_name, entry_id),
        "title": title,
        "type": _entry_type(entry, title),
        "summary": _shorten(summary_text, SUMMARY_CHARS),
        "language": _language(entry.get("language") or "", f"{title}\n{text}", taxonomy),
        "project": source_name,
        "license": FEED_LICENSE,
        "updated": updated,
        "year": int(updated[:4]) if updated[:4].isdigit() and 1950 <= int(updated[:4]) <= 2100 else None,
        "sources": [
            {"publisher": feed_title[:300] or source_name, "title": title, **({"url": link} if link else {})}
        ],
        "feed_entry_id": entry_id[:2000],
    }
    if meta["year"] is None:
        del meta["year"]
    if meta["type"] == "event":
        meta["starts"] = entry["starts"]
        if entry.get("ends"):
            meta["ends"] = entry["ends"]
        if entry.get("location"):
            meta["location"] = str(entry["location"])[:500]
        else:
            meta["online"] = True
    body = f'<div class="feed-entry">\n{body_html}\n</div>\n' if body_html.strip() else ""
    return build_document(meta, body, where, taxonomy)


def _clean(html: str | None, max_tags: int) -> str:
    """Sanitised HTML of an entry field, cut after max_tags tags (with a notice) and MAX_FIELD_CHARS."""
    kept, cut = limit_tags((html or "")[:MAX_FIELD_CHARS], max_tags)
    cleaned = sanitize_html(kept)
    return cleaned + f'\n<p class="render-notice"><em>{CUT_NOTICE}</em></p>' if cut else cleaned


def _entry_type(entry: dict[str, Any], title: str) -> str:
    if entry.get("starts") and _iso_date(str(entry["starts"])):
        entry["starts"] = _iso_date(str(entry["starts"]))
        if entry.get("ends"):
            entry["ends"] = _iso_date(str(entry["ends"]))
        return "event"
    labels = " ".join([title] + [t for t in entry.get("tags", []) if t]).lower()
    return "newsletter" if "newsletter" in labels else "news"


def _language(declared: str, text: str, taxonomy: Taxonomy) -> str:
    code = declared.strip().lower().replace("_", "-").split("-")[0]
    if code and taxonomy.is_valid("languages", code):
        return code
    return detect_language(text)


def _struct_date(value: time.struct_time | None) -> str:
    if not value:
        return ""
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC).replace(tzinfo=None).isoformat()
    except (OverflowError, ValueError, OSError):
        return ""


def _iso_date(value: str) -> str:
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return ""
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed.replace(microsecond=0).isoformat()


def _charset(content_type: str) -> str:
    match = _CHARSET.search(content_type)
    return match.group(1) if match else ""


def _text(value: Any) -> str:
    return value[:MAX_FIELD_CHARS] if isinstance(value, str) else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _one_line(error: object) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
