"""Worker calls and rich text of the procedure chooser (Tools › Choose a procedure).

The calls run on a CoreWorker's thread with that thread's Library: the tree and each step on the reader,
the note and the PDF on the writer.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ipt_desktop.core.advice.chooser import Recommendation, Walk
from ipt_desktop.core.changes import OpChanges
from ipt_desktop.core.content.documents import DOC_LINK_PREFIX

if TYPE_CHECKING:
    from ipt_desktop.core.advice.chooser_tree import ProcedureTree
    from ipt_desktop.core.library import Library


def load_tree(library: Library) -> ProcedureTree:
    """The decision tree in use (reader worker)."""
    return library.decision_aids().tree()


def walk_answers(library: Library, answers: dict[str, Any]) -> tuple[Walk | None, dict[str, str], str]:
    """(walk, titles of the result's links, "") or (None, {}, the one-line error) (reader worker)."""
    from ipt_desktop.core.errors import IptError

    try:
        state = library.decision_aids().choose(answers)
    except IptError as exc:
        return None, {}, str(exc)
    titles = {}
    if state.result is not None:
        titles = {i: s.title for i, s in library.summaries(state.result.links).items()}
    return state, titles, ""


def append_note(library: Library, doc_id: str, text: str) -> OpChanges:
    """Add the advice to the user's note on ``doc_id`` (writer worker)."""
    return library.append_note(doc_id, text)


def write_pdf(_library: Library, page_html: str, title: str, path: str) -> str:
    """One-page PDF of the advice (writer worker; QPdfWriter needs no widgets)."""
    from ipt_desktop.ui.pdf_export import export_page_pdf

    export_page_pdf(page_html, title, Path(path))
    return path


def recommendation_html(rec: Recommendation, titles: dict[str, str], for_print: bool = False) -> str:
    """The result page as rich text: outcome, reasons, articles, risks, links (titles when printed), answers."""
    esc = html.escape
    recommended = QCoreApplication.translate("ProcedureDialog", "Recommended procedure:")
    read_next = QCoreApplication.translate("ProcedureDialog", "Read next")
    your_answers = QCoreApplication.translate("ProcedureDialog", "Your answers")
    parts = [
        f"<h2>{esc(recommended)} {esc(rec.outcome.title)}</h2>",
        f"<p>{esc(rec.outcome.summary)}</p>",
    ]
    for heading, items in (
        (QCoreApplication.translate("ProcedureDialog", "Why"), rec.reasons),
        (QCoreApplication.translate("ProcedureDialog", "Articles"), rec.articles),
        (QCoreApplication.translate("ProcedureDialog", "Risks"), rec.risks),
    ):
        if items:
            parts.append(f"<h3>{esc(heading)}</h3><ul>{''.join(f'<li>{esc(i)}</li>' for i in items)}</ul>")
    if rec.links:
        links = []
        for doc_id in rec.links:
            title = esc(titles.get(doc_id, doc_id))
            links.append(
                f"<li>{title}</li>"
                if for_print
                else f"<li><a href='{DOC_LINK_PREFIX}{doc_id}'>{title}</a></li>"
            )
        parts.append(f"<h3>{esc(read_next)}</h3><ul>{''.join(links)}</ul>")
    answers = "".join(
        f"<li>{esc(s.question.text)} <b>{esc(s.answer.label)}</b>"
        + (f"<br><i>{esc(s.detail)}</i>" if s.detail else "")
        + "</li>"
        for s in rec.steps
    )
    parts.append(f"<h3>{esc(your_answers)}</h3><ul>{answers}</ul>")
    source = QCoreApplication.translate(
        "ProcedureDialog", "Source: %1. A decision aid, not legal advice."
    ).replace("%1", rec.outcome.source)
    parts.append(f"<p><i>{esc(source)}</i></p>")
    return "".join(parts)
