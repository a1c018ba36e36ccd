"""The bundled library: documents shipped in resources/content, and the prebuilt seed (content DB and index)
that a first launch copies into the data directory so that it does no indexing.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from ipt_desktop.core.documents import Document, load_document
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


def copy_seed(seed: Path, data_dir: Path) -> bool:
    """Copy a prebuilt content.db and index into an empty data directory; False when there is no seed."""
    if not (seed / "content.db").is_file() or (data_dir / "content.db").exists():
        return False
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = data_dir / ".seed-staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copy2(seed / "content.db", staging / "content.db")
    if (seed / "index").is_dir():
        shutil.copytree(seed / "index", staging / "index")
        (data_dir / "index").exists() and shutil.rmtree(data_dir / "index")
        (staging / "index").rename(data_dir / "index")
    # content.db last: its presence is what marks the data directory as seeded.
    (staging / "content.db").rename(data_dir / "content.db")
    shutil.rmtree(staging, ignore_errors=True)
    return True
