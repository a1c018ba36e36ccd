"""A plain-text citation for a document: title, project, year, source, licence and app version."""

from __future__ import annotations

from ipt_desktop import APP_NAME, __version__
from ipt_desktop.core.content.documents import Document


def citation(doc: Document) -> str:
    """One paragraph suitable for a report or an e-mail."""
    parts = [f"“{doc.title}”", doc.project]
    if doc.year:
        parts.append(str(doc.year))
    text = ". ".join(parts) + "."
    if doc.sources:
        source = doc.sources[0]
        text += (
            f" Source: {source.publisher}, {source.title}" + (f", {source.url}" if source.url else "") + "."
        )
    text += (
        f" Licence: {doc.license}. Updated {doc.updated}. Via {APP_NAME} {__version__} (document {doc.id})."
    )
    return text
