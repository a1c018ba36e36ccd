"""``publish``: build and sign a curated feed folder from a folder of Markdown documents.

OUT_DIR receives ``feed.atom`` (one entry per document, its full Markdown in ``<content type="text/markdown">``),
``manifest.json`` (name, version, expires, files with sha256 and length) and ``manifest.json.minisig``.
The version is the previous manifest's plus one. Documents present in the previous feed (or tombstoned by it)
but gone now are carried as RFC 6721 ``at:deleted-entry`` tombstones, so a client that skipped versions still
removes them. Every document is validated strictly first; nothing is written if one is invalid. The three
files are replaced one by one, the signature last, so a reader in between sees a mismatch and refuses it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ipt_desktop.core.content.decision_data import DECISION_FILES, check_decision_file
from ipt_desktop.core.content.documents import Document, parse_document, read_text_file
from ipt_desktop.core.errors import ContentError, PublishError
from ipt_desktop.core.sync import curated
from ipt_desktop.core.sync.minisign import SecretKey, load_secret_key, sign

DEFAULT_EXPIRES_DAYS = 30


@dataclass(frozen=True)
class PublishReport:
    """What a publish wrote."""

    out_dir: Path
    name: str
    version: int
    documents: int
    tombstones: int
    expires: str
    key_id: str

    def to_json(self) -> dict:
        """The report as the CLI's ``--json`` prints it."""
        return {
            "out_dir": str(self.out_dir),
            "name": self.name,
            "version": self.version,
            "documents": self.documents,
            "tombstones": self.tombstones,
            "expires": self.expires,
            "key_id": self.key_id,
        }


def publish(
    content_dir: Path,
    out_dir: Path,
    secret_key_path: Path,
    *,
    base_url: str | None = None,
    name: str | None = None,
    expires_days: int = DEFAULT_EXPIRES_DAYS,
    password: str | None = None,
    now: dt.datetime | None = None,
) -> PublishReport:
    """Validate CONTENT_DIR and write a signed feed folder to OUT_DIR."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    if expires_days < 1:
        raise PublishError(f"--expires-days {expires_days}: must be at least 1")
    secret = load_secret_key(secret_key_path, password)
    documents = load_folder(content_dir)
    previous = _previous(out_dir)
    name = (name or previous["name"] or content_dir.resolve().name).strip()
    if name.lower() in curated.RESERVED_ORIGINS:
        raise PublishError(f"feed name {name!r} is reserved; choose another with --name")
    version = previous["version"] + 1
    current = {doc.id for doc, _text in documents}
    tombstones = {ref: when for ref, when in previous["tombstones"].items() if ref not in current}
    for doc_id in previous["ids"] - current:
        tombstones.setdefault(doc_id, _rfc3339(now))
    feed = build_feed(name, documents, tombstones, now, base_url)
    expires = _rfc3339(now + dt.timedelta(days=expires_days))
    data_files = _decision_files(content_dir)
    files = {path: data for path, data in ((curated.FEED, feed), *data_files.items())}
    manifest = {
        "name": name,
        "version": version,
        "expires": expires,
        "files": {
            path: {"sha256": hashlib.sha256(d).hexdigest(), "length": len(d)} for path, d in files.items()
        },
    }
    manifest_bytes = (json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode(
        "utf-8"
    )
    signature = _sign(manifest_bytes, secret, name, version, now)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for file_name, data in (
            *files.items(),
            (curated.MANIFEST, manifest_bytes),
            (curated.SIGNATURE, signature.encode("ascii")),
        ):
            (out_dir / file_name).parent.mkdir(parents=True, exist_ok=True)
            _replace(out_dir / file_name, data)
    except OSError as exc:
        raise PublishError(f"{out_dir}: cannot write the feed ({exc.strerror or exc})") from None
    return PublishReport(
        out_dir, name, version, len(documents), len(tombstones), expires, secret.public_key.id_hex
    )


def _decision_files(content_dir: Path) -> dict[str, bytes]:
    """The decision aids' data files under the content folder (``advice/thresholds.yaml`` …), checked."""
    found = {}
    for path in DECISION_FILES:
        source = content_dir / path
        if source.is_file():
            try:
                data = source.read_bytes()
            except OSError as exc:
                raise PublishError(f"{source}: cannot read ({exc.strerror or exc})") from None
            try:
                check_decision_file(path, data, f"{content_dir}/")
            except ContentError as exc:
                raise PublishError(str(exc)) from None
            found[path] = data
    return found


def load_folder(content_dir: Path) -> list[tuple[Document, str]]:
    """Every Markdown document under the folder, validated strictly, with its text."""
    if not content_dir.is_dir():
        raise PublishError(f"{content_dir}: not a folder")
    files = sorted(
        p
        for p in content_dir.rglob("*.md")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(content_dir).parts)
    )
    if not files:
        raise PublishError(f"{content_dir}: no Markdown documents (.md) to publish")
    out, problems, seen = [], [], {}
    for path in files:
        try:
            text = read_text_file(path)
            doc = parse_document(text, str(path))
        except ContentError as exc:
            problems.append(str(exc))
            continue
        if doc.id in seen:
            problems.append(f"{path}: key 'id': {doc.id!r} is also used by {seen[doc.id]}")
            continue
        seen[doc.id] = path
        out.append((doc, text))
    if problems:
        more = f" (and {len(problems) - 1} more invalid documents)" if len(problems) > 1 else ""
        raise PublishError(f"{problems[0]}{more}; nothing was published")
    return out


def build_feed(
    name: str,
    documents: list[tuple[Document, str]],
    tombstones: dict[str, str],
    now: dt.datetime,
    base_url: str | None = None,
) -> bytes:
    """The Atom feed bytes."""
    base = (base_url or "").rstrip("/")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="{curated.ATOM}" xmlns:at="{curated.TOMBSTONES}">',
        f"  <id>{escape(base + '/feed.atom' if base else 'urn:ipt:feed:' + name)}</id>",
        f"  <title>{escape(name)}</title>",
        f"  <updated>{_rfc3339(now)}</updated>",
        f"  <author><name>{escape(name)}</name></author>",
        "  <generator>IPT Desktop</generator>",
    ]
    if base:
        lines.append(f'  <link rel="self" href={quoteattr(base + "/feed.atom")}/>')
    for doc, text in documents:
        lines += [
            "  <entry>",
            f"    <id>{curated.ENTRY_PREFIX}{doc.id}</id>",
            f"    <title>{escape(doc.title)}</title>",
            f"    <updated>{_doc_time(doc.updated)}</updated>",
            f"    <summary>{escape(doc.summary)}</summary>",
        ]
        lines += [f"    <category term={quoteattr(t)}/>" for t in (doc.type, *doc.topics)]
        lines += [f'    <content type="text/markdown">{escape(text)}</content>', "  </entry>"]
    for ref, when in sorted(tombstones.items()):
        lines.append(
            f"  <at:deleted-entry ref={quoteattr(curated.ENTRY_PREFIX + ref)} when={quoteattr(when)}/>"
        )
    lines.append("</feed>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _previous(out_dir: Path) -> dict:
    """Name, version, entry ids and tombstones of the feed already in OUT_DIR."""
    found = {"name": "", "version": 0, "ids": set(), "tombstones": {}}
    manifest_path = out_dir / curated.MANIFEST
    if manifest_path.is_file():
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            found["name"] = str(manifest.get("name") or "")
            found["version"] = int(manifest["version"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise PublishError(
                f"{manifest_path}: cannot read the previous version; fix or remove it"
            ) from None
    feed_path = out_dir / curated.FEED
    if feed_path.is_file():
        try:
            root = ET.fromstring(feed_path.read_bytes())
        except (OSError, ET.ParseError) as exc:
            raise PublishError(f"{feed_path}: cannot read the previous feed ({exc})") from None
        for entry in root.findall(f"{{{curated.ATOM}}}entry"):
            doc_id = curated.entry_doc_id(entry.findtext(f"{{{curated.ATOM}}}id") or "")
            if doc_id:
                found["ids"].add(doc_id)
        for tomb in root.findall(f"{{{curated.TOMBSTONES}}}deleted-entry"):
            doc_id = curated.entry_doc_id(tomb.get("ref", ""))
            if doc_id:
                found["tombstones"][doc_id] = tomb.get("when") or ""
    return found


def _sign(data: bytes, secret: SecretKey, name: str, version: int, now: dt.datetime) -> str:
    comment = f"timestamp:{int(now.timestamp())}\tfile:{curated.MANIFEST}\tname:{name}\tversion:{version}"
    return sign(data, secret, trusted_comment=comment.replace("\n", " "))


def _replace(path: Path, data: bytes) -> None:
    temp = path.with_name(f".{path.name}.tmp")
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def _rfc3339(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _doc_time(updated: str) -> str:
    parsed = dt.datetime.fromisoformat(updated)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return _rfc3339(parsed)
