"""Import of a user's own Markdown: plain files, or files with another tool's front matter (Jekyll, Hugo,
Obsidian). Missing metadata is filled in; only our own keys with invalid values are refused.

Filling rules: title from ``title``, else the first heading, else the file name; id from the relative path;
type ``guide`` unless given; language from ``lang``/``language``, else detected; project from the folder name
unless given; summary from ``summary``/``description``, else the first paragraph. Other keys are kept.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ipt_desktop.core.content.documents import Document, build_document, read_text_file, split_front_matter
from ipt_desktop.core.content.language import detect_language
from ipt_desktop.core.content.markup import atx_heading
from ipt_desktop.core.content.taxonomy import Taxonomy, default_taxonomy
from ipt_desktop.core.errors import ContentError

SUMMARY_CHARS = 240
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_BLANK_LINE = re.compile(r"\n\s*\n")
# Emphasis marks, brackets and (http…) link targets, which may hold one level of balanced parentheses.
_SUMMARY_NOISE = re.compile(r"[*_`\[\]]|\(https?://[^()]*(?:\([^()]*\)[^()]*)*\)")


def slugify(text: str) -> str:
    """Lowercase a-z0-9 words joined by single hyphens."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG_JUNK.sub("-", ascii_text.lower()).strip("-")[:120].strip("-") or "untitled"


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        heading = atx_heading(line)
        if heading and heading[1]:
            return heading[1].strip()
    return None


def _first_paragraph(body: str) -> str:
    for block in _BLANK_LINE.split(body):
        block = block.strip()
        if block and not block.startswith(("#", "---", "|", "```", "<", "!", "-", "*", ">")):
            text = _SUMMARY_NOISE.sub("", " ".join(block.split()))
            return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return ""


def import_user_file(
    path: Path,
    root: Path,
    *,
    doc_type: str | None = None,
    project: str | None = None,
    taxonomy: Taxonomy | None = None,
) -> Document:
    """Read one user Markdown file and return a valid Document, filling in what is missing."""
    taxonomy = taxonomy or default_taxonomy()
    text = read_text_file(path)
    meta, body, error = split_front_matter(text)
    if error:
        raise ContentError(f"{path}: {error}")
    meta = dict(meta or {})
    relative = path.relative_to(root) if path != root else Path(path.name)
    filled: dict[str, Any] = dict(meta)
    filled["title"] = str(
        meta.get("title") or _first_heading(body) or path.stem.replace("_", " ").replace("-", " ")
    )
    filled.setdefault("id", slugify(str(relative.with_suffix(""))))
    if doc_type:
        filled["type"] = doc_type
    filled.setdefault("type", "guide")
    language = meta.get("language") or meta.get("lang")
    filled["language"] = str(language).split("-")[0].lower() if language else detect_language(body)
    if project:
        filled["project"] = project
    filled.setdefault("project", path.parent.name or "My documents")
    summary = meta.get("summary") or meta.get("description") or _first_paragraph(body) or filled["title"]
    filled["summary"] = str(summary)
    filled.setdefault("license", "all-rights-reserved")
    updated = meta.get("updated") or meta.get("lastmod") or meta.get("date")
    if isinstance(updated, (dt.date, dt.datetime)):
        updated = updated.isoformat()
    if not updated:
        updated = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
    filled["updated"] = str(updated)[:10]
    return build_document(filled, body, str(path), taxonomy)
