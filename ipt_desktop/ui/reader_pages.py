"""The HTML the reader shows around and instead of a document's text: the header above the body (title,
summary, language, freshness notices), the Details tab's row names, the notice under the first part of a very
long document, and the page shown when a document was removed or could not be opened.

The texts keep the reader's translation context ("ReaderPanel"). ``document_details``, which builds the header
and details, loads with the first document shown, not while the window starts.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ipt_desktop.core.errors import NotFoundError
from ipt_desktop.ui.translations import ui_language

if TYPE_CHECKING:
    from ipt_desktop.core.content.taxonomy import Taxonomy


def detail_labels() -> dict[str, str]:
    """The Details tab's row names in the interface language, keyed by their English names."""
    return {
        "Type": QCoreApplication.translate("ReaderPanel", "Type"),
        "Project": QCoreApplication.translate("ReaderPanel", "Project"),
        "Topics": QCoreApplication.translate("ReaderPanel", "Topics"),
        "Stages": QCoreApplication.translate("ReaderPanel", "Stages"),
        "Procedures": QCoreApplication.translate("ReaderPanel", "Procedures"),
        "Sectors": QCoreApplication.translate("ReaderPanel", "Sectors"),
        "Objectives": QCoreApplication.translate("ReaderPanel", "Objectives"),
        "Countries": QCoreApplication.translate("ReaderPanel", "Countries"),
        "Year": QCoreApplication.translate("ReaderPanel", "Year"),
        "Registration": QCoreApplication.translate("ReaderPanel", "Registration"),
        "Licence": QCoreApplication.translate("ReaderPanel", "Licence"),
        "Updated": QCoreApplication.translate("ReaderPanel", "Updated"),
        "Document id": QCoreApplication.translate("ReaderPanel", "Document id"),
        "Sources": QCoreApplication.translate("ReaderPanel", "Sources"),
    }


def details_page(document, taxonomy: Taxonomy) -> str:
    """The Details tab's HTML for a document."""
    from ipt_desktop.ui.document_details import details_html

    return details_html(document, taxonomy, detail_labels())


def header(document, taxonomy: Taxonomy, versions: tuple = ()) -> str:
    """The HTML above the body, with the title and summary in the interface language where translated."""
    from ipt_desktop.ui.document_details import freshness_notices, header_html

    if document.language == "en":
        note = QCoreApplication.translate("ReaderPanel", "Full text in English")
    else:
        note = QCoreApplication.translate("ReaderPanel", "Full text in %1").replace(
            "%1", document.language.upper()
        )
    notices = freshness_notices(
        document,
        QCoreApplication.translate("ReaderPanel", "Facts checked on %1"),
        QCoreApplication.translate(
            "ReaderPanel",
            "This document may be out of date: its facts held until %1."
            " <a href='ipt://sync'>Sync now</a> to fetch newer content.",
        ),
    )
    return header_html(
        document,
        taxonomy,
        ui_language(),
        note,
        versions,
        QCoreApplication.translate("ReaderPanel", "Read in:"),
        notices,
        QCoreApplication.translate("ReaderPanel", "Add to calendar"),
    )


def rest_notice() -> str:
    """The notice under the first part of a very long document, with its link to show the rest."""
    long_text = QCoreApplication.translate(
        "ReaderPanel", "This document is very long; its first part is shown."
    )
    show_rest = QCoreApplication.translate("ReaderPanel", "Show the rest")
    return f"<p class='stale'>{html.escape(long_text)} <a href='ipt://more'>{html.escape(show_rest)}</a></p>"


def problem_page(doc_id: str, error: Exception) -> tuple[str, bool]:
    """The page shown instead of a document that was removed or could not be opened, and whether it offers
    to try again (only when the document is there but reading it failed)."""
    if isinstance(error, NotFoundError):
        title = QCoreApplication.translate("ReaderPanel", "This document was removed")
        text = QCoreApplication.translate(
            "ReaderPanel",
            "“%1” is no longer in the library. It may have been withdrawn by its publisher in a "
            "sync. Your bookmark and note are kept.",
        ).replace("%1", doc_id)
        action = ""
    else:  # the document is there, but reading it failed: say what happened and offer to try again
        title = QCoreApplication.translate("ReaderPanel", "This document could not be opened")
        text = QCoreApplication.translate("ReaderPanel", "Opening “%1” failed. The reason is below.").replace(
            "%1", doc_id
        )
        again = QCoreApplication.translate("ReaderPanel", "Try again")
        action = f"<p><a href='ipt://retry'>{html.escape(again)}</a></p>"
    page = (
        f"<h2>{html.escape(title)}</h2><p>{html.escape(text)}</p>"
        f"<p class='kind'>{html.escape(str(error))}</p>{action}"
    )
    return page, bool(action)
