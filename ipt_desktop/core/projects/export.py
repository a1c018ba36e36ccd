"""A project's checklist as Markdown (a file for any editor) and as printable HTML (laid out to PDF by the window).

Both list every stage with its progress, every item with its tick, its note and the library section that
explains it (document title and section heading, then the ``document-id#anchor`` that finds it in the app).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from ipt_desktop.core.projects.service import ProjectView, format_value

# doc_id -> (document title, {anchor: section heading}); ("", {}) for a document the library does not hold.
SectionTitles = Callable[[str], tuple[str, Mapping[str, str]]]


def _no_titles(_doc_id: str) -> tuple[str, Mapping[str, str]]:
    return "", {}


def _facts(view: ProjectView, exported: str) -> list[str]:
    facts = [f"Procedure: {view.procedure_label}"]
    value = format_value(view.project)
    if value:
        facts.append(f"Estimated value: {value}")
    facts.append(f"Progress: {view.done} of {view.total} items done")
    if exported:
        facts.append(f"Exported: {exported}")
    return facts


def _source(doc_id: str, anchor: str, titles: SectionTitles) -> str:
    title, sections = titles(doc_id)
    section = sections.get(anchor, "")
    named = f"{title}, “{section}”" if title and section else title
    return f"{named} ({doc_id}#{anchor})" if named else f"{doc_id}#{anchor}"


def project_markdown(view: ProjectView, titles: SectionTitles = _no_titles, exported: str = "") -> str:
    """The checklist as Markdown task lists, one section per stage; notes are quoted under their item."""
    lines = [f"# {view.project.name}", ""]
    lines += [f"- {fact}" for fact in _facts(view, exported)]
    for stage in view.stages:
        lines += ["", f"## {stage.label} ({stage.done}/{stage.total})", ""]
        for entry in stage.items:
            mark = "x" if entry.done else " "
            lines.append(f"- [{mark}] {entry.item.text}")
            lines.append(f"  See: {_source(entry.item.doc_id, entry.item.anchor, titles)}")
            if entry.note:
                lines.append("")
                lines += [f"  > {line}".rstrip() for line in entry.note.splitlines()]
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def project_html(view: ProjectView, titles: SectionTitles = _no_titles, exported: str = "") -> str:
    """The checklist as simple HTML for print: a table per stage with the tick, item, section and note."""
    esc = html.escape
    parts = [f'<h1 class="doc-title">{esc(view.project.name)}</h1>']
    parts.append(f'<p class="meta">{esc(" · ".join(_facts(view, exported)))}</p>')
    for stage in view.stages:
        parts.append(f"<h2>{esc(stage.label)} ({stage.done}/{stage.total})</h2>")
        parts.append('<table width="100%" cellspacing="0" border="1">')
        for entry in stage.items:
            mark = "[x]" if entry.done else "[&nbsp;&nbsp;]"
            cell = esc(entry.item.text)
            cell += f'<br/><span class="meta">See: {esc(_source(entry.item.doc_id, entry.item.anchor, titles))}</span>'
            if entry.note:
                cell += "<br/><i>" + "<br/>".join(esc(line) for line in entry.note.splitlines()) + "</i>"
            parts.append(f'<tr><td width="8%"><code>{mark}</code></td><td>{cell}</td></tr>')
        parts.append("</table>")
    return "\n".join(parts)
