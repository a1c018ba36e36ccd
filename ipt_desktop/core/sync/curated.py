"""Curated (signed) content feeds: verify a manifest, its files and the Atom feed, and plan one update.

A curated feed is a folder with ``manifest.json``, ``manifest.json.minisig`` and ``feed.atom``. The same checks
serve a download (sync) and a content pack (import):
1. the minisign signature over manifest.json verifies with a pinned key;
2. the manifest has not expired, and its version is newer than the accepted one (rollback and replay are
   refused; the very same manifest again means "nothing new");
3. each file used matches the manifest's sha256 and length;
4. every ``<content type="text/markdown">`` entry parses strictly; RFC 6721 tombstones become removals;
5. the decision aids' data files it may carry (``advice/thresholds.yaml``, ``advice/procedure_chooser.yaml``)
   are valid files of their kind (``content/decision_data.py``); they are written after the documents.
Any failure raises VerificationError or ContentError and nothing is applied. The new version is written by
the same transaction as the content (``CuratedUpdate.extra_sql``), and that transaction first checks the
version again (``CuratedUpdate.recheck``): two processes that verified v2 and v3 against v1 at the same time
cannot roll the library back to v2 or mix the two; the one that comes second when the other is newer
applies nothing and raises :class:`AppliedMeanwhile`.

The manifest's ``name`` is the origin of its documents and the key of its accepted version, so a download
and a pack of the same feed are one history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ipt_desktop.core.content.decision_data import DECISION_FILES, check_decision_file
from ipt_desktop.core.content.documents import Document, parse_document
from ipt_desktop.core.content.front_matter import ID_PATTERN
from ipt_desktop.core.errors import ContentError, VerificationError
from ipt_desktop.core.store.database import utc_now
from ipt_desktop.core.sync.feeds import refuse_entities
from ipt_desktop.core.sync.minisign import PublicKey, verify

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
FEED = "feed.atom"
MANIFEST_CAP = 1024 * 1024
SIGNATURE_CAP = 16 * 1024
ATOM = "http://www.w3.org/2005/Atom"
TOMBSTONES = "http://purl.org/atompub/tombstones/1.0"
ENTRY_PREFIX = "urn:ipt:doc:"
RESERVED_ORIGINS = frozenset({"bundled", "import"})
_SAFE_PATH = re.compile(r"^[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$")
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Manifest:
    """A verified manifest."""

    name: str
    version: int
    expires: dt.datetime
    files: dict[str, tuple[str, int]]
    sha256: str
    key_id: str


class AppliedMeanwhile(VerificationError):
    """Another process accepted this manifest, or a newer one, after this one was verified; nothing applied.

    ``same`` is True when it was this very manifest (nothing new, not an error for the user).
    """

    def __init__(self, message: str, *, same: bool) -> None:
        super().__init__(message)
        self.same = same


@dataclass(frozen=True)
class CuratedUpdate:
    """What one verified curated feed would change; apply it with ContentStore.apply(check=recheck)."""

    manifest: Manifest
    documents: tuple[Document, ...] = ()
    removals: tuple[str, ...] = ()
    extra_sql: tuple[tuple[str, tuple], ...] = field(default_factory=tuple)
    is_new: bool = True
    where: str = ""
    # Decision-aid data the feed carries (content/decision_data.py), checked; written after the documents.
    data_files: dict[str, bytes] = field(default_factory=dict)

    def recheck(self, conn: sqlite3.Connection) -> None:
        """Inside the write transaction, before anything is written: the accepted version is still older
        and no other origin took one of the documents meanwhile; else raise and apply nothing."""
        manifest = self.manifest
        version, digest = accepted_version(conn, manifest.name)
        if version >= manifest.version:
            same = version == manifest.version and digest == manifest.sha256
            if same:
                what = "this same version was applied meanwhile"
            elif version == manifest.version:
                what = f"another manifest with the same version ({version}) was applied meanwhile"
            else:
                what = f"a newer version ({version}) was applied meanwhile"
            raise AppliedMeanwhile(
                f"{self.where}{MANIFEST}: version {manifest.version} of {manifest.name!r} was not applied: "
                f"{what}",
                same=same,
            )
        _check_ownership(conn, manifest.name, {doc.id: doc for doc in self.documents}, self.where)


def verify_manifest(data: bytes, signature: bytes, keys: Iterable[PublicKey], where: str) -> Manifest:
    """Check the signature first, then the manifest's fields."""
    keys = list(keys)
    if not keys:
        raise VerificationError(f"{where}: no trusted public key to verify {MANIFEST} with")
    if len(data) > MANIFEST_CAP or len(signature) > SIGNATURE_CAP:
        raise VerificationError(f"{where}: {MANIFEST} or its signature is over the size limit")
    key = verify(data, signature, keys, f"{where}{SIGNATURE}")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise VerificationError(f"{where}{MANIFEST}: not valid JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise VerificationError(f"{where}{MANIFEST}: must be a JSON object")
    name, version, expires, files = raw.get("name"), raw.get("version"), raw.get("expires"), raw.get("files")
    if not isinstance(name, str) or not name.strip() or name.strip().lower() in RESERVED_ORIGINS:
        raise VerificationError(
            f"{where}{MANIFEST}: field 'name' must be a non-empty name (not bundled or import)"
        )
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise VerificationError(f"{where}{MANIFEST}: field 'version' must be a positive integer")
    if not isinstance(files, dict) or FEED not in files:
        raise VerificationError(
            f"{where}{MANIFEST}: field 'files' must list {FEED} with its sha256 and length"
        )
    return Manifest(
        name.strip(),
        version,
        _rfc3339(expires, where),
        _files(files, where),
        hashlib.sha256(data).hexdigest(),
        key.id_hex,
    )


def _rfc3339(value: object, where: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        parsed = None
    if not isinstance(value, str) or parsed is None or parsed.tzinfo is None:
        raise VerificationError(f"{where}{MANIFEST}: field 'expires' must be an RFC 3339 time with a zone")
    return parsed


def _files(files: dict, where: str) -> dict[str, tuple[str, int]]:
    out = {}
    for path, entry in files.items():
        if not isinstance(path, str) or not _SAFE_PATH.match(path) or ".." in path.split("/"):
            raise VerificationError(f"{where}{MANIFEST}: file path {path!r} is not a safe relative path")
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        length = entry.get("length") if isinstance(entry, dict) else None
        if (
            not isinstance(digest, str)
            or not _SHA256_HEX.fullmatch(digest)
            or isinstance(length, bool)
            or not isinstance(length, int)
            or length < 0
        ):
            raise VerificationError(
                f"{where}{MANIFEST}: file {path!r} needs 'sha256' (hex) and 'length' (bytes)"
            )
        out[path] = (digest, length)
    return out


def accepted_version(conn: sqlite3.Connection, name: str) -> tuple[int, str]:
    """The accepted (version, manifest sha256) of a feed name; (0, '') when none."""
    row = conn.execute(
        "SELECT version, manifest_sha256 FROM feed_versions WHERE name = ?", (name,)
    ).fetchone()
    return (int(row[0]), row[1]) if row else (0, "")


def check_fresh(
    conn: sqlite3.Connection, manifest: Manifest, where: str, now: dt.datetime | None = None
) -> bool:
    """Refuse an expired or older manifest; False when it is the one already accepted."""
    now = now or dt.datetime.now(dt.UTC)
    if manifest.expires <= now:
        raise VerificationError(
            f"{where}{MANIFEST}: expired on {manifest.expires.isoformat()}; "
            "the publisher has not renewed it, so it is not trusted"
        )
    version, digest = accepted_version(conn, manifest.name)
    if manifest.version == version and manifest.sha256 == digest:
        return False
    if manifest.version <= version:
        raise VerificationError(
            f"{where}{MANIFEST}: version {manifest.version} is not newer than the accepted "
            f"version {version} of {manifest.name!r} (rollback or replay refused)"
        )
    return True


def check_file(manifest: Manifest, path: str, data: bytes, where: str) -> None:
    """Refuse a file whose length or sha256 differs from the manifest."""
    if path not in manifest.files:
        raise VerificationError(f"{where}{path}: not listed in {MANIFEST}")
    digest, length = manifest.files[path]
    if len(data) != length:
        raise VerificationError(f"{where}{path}: length {len(data)} differs from {length} in {MANIFEST}")
    if hashlib.sha256(data).hexdigest() != digest:
        raise VerificationError(f"{where}{path}: sha256 differs from {MANIFEST}")


def parse_curated_feed(data: bytes, where: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(entry id, Markdown text) pairs and tombstoned document ids of a curated feed.atom."""
    refuse_entities(data, where, allow_doctype=False)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ContentError(f"{where}: not well-formed XML ({exc})") from None
    if root.tag != f"{{{ATOM}}}feed":
        raise ContentError(f"{where}: not an Atom feed")
    entries = []
    for entry in root.findall(f"{{{ATOM}}}entry"):
        entry_id = (entry.findtext(f"{{{ATOM}}}id") or "").strip()
        content = entry.find(f"{{{ATOM}}}content")
        if content is None or content.get("type") != "text/markdown":
            raise ContentError(f'{where}: entry {entry_id!r} has no <content type="text/markdown">')
        entries.append((entry_id, content.text or ""))
    removals = []
    for tomb in root.findall(f"{{{TOMBSTONES}}}deleted-entry"):
        doc_id = entry_doc_id(tomb.get("ref", ""))
        if doc_id:
            removals.append(doc_id)
    return entries, removals


def entry_doc_id(entry_id: str) -> str:
    """The document id an Atom entry id (or tombstone ref) stands for; '' when it is not one of ours."""
    doc_id = entry_id.strip().removeprefix(ENTRY_PREFIX)
    return doc_id if ID_PATTERN.match(doc_id) else ""


def build_update(
    conn: sqlite3.Connection,
    manifest: Manifest,
    read: Callable[[str], bytes],
    where: str,
    extra_sql: Iterable[tuple[str, tuple]] = (),
) -> CuratedUpdate:
    """Verify the feed file and parse it into documents and removals; nothing is written."""
    if not check_fresh(conn, manifest, where):
        return CuratedUpdate(manifest, is_new=False, where=where)
    data = read(FEED)
    check_file(manifest, FEED, data, where)
    entries, tombstones = parse_curated_feed(data, f"{where}{FEED}")
    documents: dict[str, Document] = {}
    for entry_id, text in entries:
        doc = parse_document(text, f"{where}{FEED} entry {entry_id}")
        if entry_doc_id(entry_id) != doc.id:
            raise ContentError(f"{where}{FEED}: entry id {entry_id!r} does not match document id {doc.id!r}")
        if doc.id in documents:
            raise ContentError(f"{where}{FEED}: document id {doc.id!r} appears twice")
        documents[doc.id] = doc
    data_files = {}
    for path in DECISION_FILES:
        if path in manifest.files:
            data = read(path)
            check_file(manifest, path, data, where)
            check_decision_file(path, data, where)
            data_files[path] = data
    _check_ownership(conn, manifest.name, documents, where)
    # Applying removes only the feed's own documents (ContentStore.apply), judged inside its transaction.
    removals = tuple(d for d in dict.fromkeys(tombstones) if d not in documents)
    version_sql = (
        "INSERT OR REPLACE INTO feed_versions(name, version, manifest_sha256, expires, accepted_at)"
        " VALUES (?,?,?,?,?)",
        (manifest.name, manifest.version, manifest.sha256, manifest.expires.isoformat(), utc_now()),
    )
    return CuratedUpdate(
        manifest,
        tuple(documents.values()),
        removals,
        (version_sql, *extra_sql),
        where=where,
        data_files=data_files,
    )


def _check_ownership(
    conn: sqlite3.Connection, origin: str, documents: dict[str, Document], where: str
) -> None:
    ids = list(documents)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT id, origin FROM documents WHERE id IN ({marks}) AND origin != ?", (*chunk, origin)
        ):
            raise ContentError(
                f"{where}{FEED}: document id {row[0]!r} already belongs to {row[1]!r} documents; "
                "the feed may not replace it"
            )
