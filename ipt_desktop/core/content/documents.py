"""Documents and the content format: Markdown with YAML front matter, validated against the taxonomy.

A file is parsed with :func:`parse_document` (strict, for the bundled library and curated feeds); its front
matter is checked by ``front_matter``. Errors name the file, the key and the allowed values in one line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ipt_desktop.core.content.front_matter import Source, check_front_matter
from ipt_desktop.core.content.taxonomy import Taxonomy, default_taxonomy, safe_load
from ipt_desktop.core.errors import ContentError

MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
DOC_LINK_PREFIX = "ipt://doc/"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Document:
    """One validated document. ``meta`` keeps every front-matter key, known or not."""

    id: str
    title: str
    type: str
    summary: str
    language: str
    project: str
    license: str
    updated: str
    body: str
    year: int | None = None
    topics: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    procedures: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)

    def facet(self, name: str) -> tuple[str, ...]:
        """Values of a list facet (topics, stages ...)."""
        return getattr(self, name)

    def translations(self) -> dict[str, tuple[str, str]]:
        """Title and summary in other languages (``translations:``), by language code.

        The full text stays in ``language``; these let a reader choose a document in their own language.
        """
        found = self.meta.get("translations")
        if not isinstance(found, dict):
            return {}
        out = {}
        for code, item in found.items():
            if isinstance(item, dict) and item.get("title"):
                out[str(code)] = (str(item["title"]), str(item.get("summary") or ""))
        return out

    def term_forms(self) -> dict[str, list[str]]:
        """A glossary term's attested forms in other languages (``terms:``), by language code."""
        found = self.meta.get("terms")
        if not isinstance(found, dict):
            return {}
        return {
            str(code): [str(f) for f in forms if str(f).strip()]
            for code, forms in found.items()
            if isinstance(forms, list)
        }

    @property
    def content_hash(self) -> str:
        """Stable hash of the document's full text, used to detect changes."""
        payload = json.dumps(self.meta, sort_keys=True, default=str) + "\n" + self.body
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def to_markdown(self) -> str:
        """The document as a Markdown file with front matter."""
        import yaml  # loads on first use, not at start-up

        front = yaml.safe_dump(dict(self.meta), sort_keys=False, allow_unicode=True, width=1000)
        return f"---\n{front}---\n\n{self.body.strip()}\n"


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str, str | None]:
    """Split text into (front matter or None, body, YAML error or None)."""
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        return None, text.lstrip("\ufeff"), None
    body = text.lstrip("\ufeff")[match.end() :]
    import yaml  # loads on first use, not at start-up

    try:
        loaded = safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        return {}, body, f"malformed front matter{where}: {problem}"
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        return {}, body, "front matter is not a mapping of keys to values"
    return loaded, body, None


def read_text_file(path: Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """Read a UTF-8 file with a size cap; errors name the file."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ContentError(
                f"{path}: file is {size / 1048576:.1f} MB, over the {max_bytes // 1048576} MB limit for a document"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ContentError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    return decode_utf8(data, str(path))


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is allowed) or raise a ContentError naming the byte offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def load_document(path: Path, taxonomy: Taxonomy | None = None) -> Document:
    """Read and strictly validate one document file."""
    return parse_document(read_text_file(path), str(path), taxonomy)


def parse_document(text: str, name: str, taxonomy: Taxonomy | None = None) -> Document:
    """Parse Markdown with front matter in the strict library format."""
    meta, body, error = split_front_matter(text)
    if meta is None:
        raise ContentError(f"{name}: no front matter (the file must start with a '---' line)")
    if error:
        raise ContentError(f"{name}: {error}")
    return build_document(meta, body, name, taxonomy or default_taxonomy())


def build_document(meta: Mapping[str, Any], body: str, name: str, taxonomy: Taxonomy) -> Document:
    """Validate front matter and make a Document; the first problem found raises ContentError."""
    fields = check_front_matter(meta, name, taxonomy)
    clean_meta = {k: _plain(v) for k, v in meta.items()}
    return Document(body=body, meta=clean_meta, **fields)


def _plain(value: Any) -> Any:
    """Make YAML values JSON-friendly (dates become ISO strings)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value
