"""The bundled library: the documents shipped in resources/content and their fingerprint."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ipt_desktop.core.content.documents import Document, load_document
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.resources import resource_path

FINGERPRINT_KEY = "bundled_fingerprint"


def bundled_dir() -> Path:
    """Folder of the bundled Markdown documents."""
    return resource_path("content")


def fingerprint(folder: Path) -> str:
    """Hash of every bundled file's name and bytes: changes when the bundled library changes."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.md")):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_bundled(folder: Path) -> tuple[list[Document], list[str]]:
    """Valid documents and one error line per invalid file."""
    documents, problems = [], []
    for path in sorted(folder.rglob("*.md")):
        try:
            documents.append(load_document(path))
        except ContentError as exc:
            problems.append(str(exc))
    return documents, problems
