"""``import`` of Markdown files and folders into content.db (signed content packs go through sync.packs).

Each invalid file is refused with one line; the valid files of the same import still load, in one
transaction. A document id that the bundled library or a feed already owns is refused, never overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.store import Changes, ImportReport
from ipt_desktop.core.content.user_import import import_user_file
from ipt_desktop.core.errors import ContentError

if TYPE_CHECKING:  # the facade calls this module; only its type is named here
    from ipt_desktop.core.library import Library

MARKDOWN_SUFFIXES = (".md", ".markdown")
IMPORT_ORIGIN = "import"
MAX_FILES = 20000


def markdown_files(path: Path) -> tuple[Path, list[Path]]:
    """The import root and the Markdown files under it."""
    if path.is_file():
        return path.parent, [path]
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in MARKDOWN_SUFFIXES
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if len(files) > MAX_FILES:
            raise ContentError(
                f"{path}: {len(files)} Markdown files, over the limit of {MAX_FILES} for one import"
            )
        return path, files
    raise ContentError(f"{path}: no such file or folder")


def import_markdown(
    library: Library, path: Path, *, doc_type: str | None = None, project: str | None = None
) -> ImportReport:
    """Import a Markdown file or a folder of them."""
    root, files = markdown_files(path)
    if not files:
        raise ContentError(f"{path}: no Markdown files (.md) found")
    errors: list[str] = []
    accepted: dict[str, Document] = {}
    origins = library.content.origins
    for file in files:
        try:
            doc = import_user_file(file, root, doc_type=doc_type, project=project)
        except ContentError as exc:
            errors.append(str(exc))
            continue
        if doc.id in accepted:
            errors.append(f"{file}: key 'id': {doc.id!r} is used by another file in this import")
            continue
        owner = origins([doc.id]).get(doc.id)
        if owner is not None and owner != IMPORT_ORIGIN:
            errors.append(
                f"{file}: key 'id': {doc.id!r} already belongs to a {owner} document; choose another id"
            )
            continue
        accepted[doc.id] = doc
    changes = (
        library.import_markdown(list(accepted.values()), IMPORT_ORIGIN)
        if accepted
        else Changes(origin=IMPORT_ORIGIN)
    )
    return ImportReport(changes, tuple(errors), len(accepted))
