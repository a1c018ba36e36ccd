"""HTML for the reader's header and its Details tab: type, topics, stages, procedures, countries, year,
sources with links, licence and update date. All values are escaped."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.freshness import expired, review_date, valid_until
from ipt_desktop.core.content.taxonomy import Taxonomy
from ipt_desktop.ui.query_highlight import BODY_ANCHOR
from ipt_desktop.ui.translations import long_date

_ROWS = (
    ("topics", "topics", "Topics"),
    ("stages", "stages", "Stages"),
    ("procedures", "procedures", "Procedures"),
    ("sectors", "sectors", "Sectors"),
    ("objectives", "objectives", "Objectives"),
    ("countries", "countries", "Countries"),
)


def header_html(
    doc: Document,
    taxonomy: Taxonomy,
    ui_language: str | None = None,
    text_note: str = "",
    versions: Sequence[tuple[str, str]] = (),
    read_in: str = "Read in:",
    notices: Sequence[str] = (),
    add_to_calendar: str = "",
) -> str:
    """Kind line, title and summary shown above the document body.

    Where the document has a translation into ``ui_language``, its title and summary are shown, with a badge
    naming the language of the full text and ``text_note`` ("Full text in English") beside it. With more
    than one language version (``versions``: (language, id), see ``translation_of``), a line offers them:
    "Read in: EN · DE · FR", the one shown in bold. ``notices`` are HTML paragraphs shown under the summary
    (see :func:`freshness_notices`). An event's kind line ends with an ``add_to_calendar`` link
    (``ipt://calendar``).
    """
    kind = [taxonomy.label("types", doc.type), doc.project]
    if doc.year:
        kind.append(str(doc.year))
    if doc.type == "event":
        starts = str(doc.meta.get("starts", ""))[:16].replace("T", " ")
        where = "Online" if doc.meta.get("online") else str(doc.meta.get("location", ""))
        kind.append(f"{starts} · {where}")
    calendar = (
        f" · <a href='ipt://calendar'>{html.escape(add_to_calendar)}</a>"
        if doc.type == "event" and add_to_calendar
        else ""
    )
    title, summary = doc.title, doc.summary
    badge = ""
    translated = doc.translations().get(ui_language or "")
    if translated and ui_language != doc.language:
        title, summary = translated[0], translated[1] or doc.summary
        badge = (
            f" <span class='badge'>{html.escape(doc.language.upper())}</span> {html.escape(text_note)}"
            f"<br><span class='original'>{html.escape(doc.title)}</span>"
        )
    choice = ""
    if len(versions) > 1:
        links = [
            f"<b>{html.escape(code.upper())}</b>"
            if doc_id == doc.id
            else f"<a href='ipt://doc/{html.escape(doc_id)}'>{html.escape(code.upper())}</a>"
            for code, doc_id in versions
        ]
        choice = f"<p class='kind'>{html.escape(read_in)} {' · '.join(links)}</p>"
    return (
        f"<p class='kind'>{html.escape(' · '.join(kind))}{calendar}{badge}</p>{choice}"
        f"<h1>{html.escape(title)}</h1><p class='summary'>{html.escape(summary)}"
        # A zero-width anchor at the end of the header: the reader's marks start after it.
        f"<a name='{BODY_ANCHOR}'>\u200b</a></p>{''.join(notices)}"
    )


def freshness_notices(doc: Document, checked: str, stale: str, today: dt.date | None = None) -> list[str]:
    """The reader's dated lines: "Facts checked on …" and, past ``valid_until``, a warning with a Sync link.

    ``checked`` and ``stale`` are translated templates with ``%1`` for the date; ``stale`` may hold
    ``<a href='ipt://sync'>`` markup of our own (the dates are escaped).
    """
    out = []
    reviewed = review_date(doc)
    if reviewed is not None:
        out.append(f"<p class='kind'>{checked.replace('%1', html.escape(long_date(reviewed)))}</p>")
    if expired(doc, today):
        until = valid_until(doc)
        out.append(f"<p class='stale'>{stale.replace('%1', html.escape(long_date(until)))}</p>")
    return out


def details_html(doc: Document, taxonomy: Taxonomy, labels: dict[str, str]) -> str:
    """The metadata table; ``labels`` holds translated row names keyed by the English ones."""

    def label(text: str) -> str:
        return html.escape(labels.get(text, text))

    rows = [
        (label("Type"), html.escape(taxonomy.label("types", doc.type))),
        (label("Project"), html.escape(doc.project)),
    ]
    for attr, vocabulary, name in _ROWS:
        values = doc.facet(attr)
        if values:
            rows.append((label(name), html.escape(", ".join(taxonomy.label(vocabulary, v) for v in values))))
    if doc.year:
        rows.append((label("Year"), str(doc.year)))
    if doc.type == "event" and doc.meta.get("registration_url"):
        url = html.escape(str(doc.meta["registration_url"]), quote=True)
        rows.append((label("Registration"), f"<a href='{url}'>{url}</a>"))
    rows.append((label("Licence"), html.escape(doc.license)))
    rows.append((label("Updated"), html.escape(doc.updated)))
    rows.append((label("Document id"), html.escape(doc.id)))
    table = "".join(f"<tr><th align='left' valign='top'>{k}</th><td>{v}</td></tr>" for k, v in rows)
    sources = []
    for source in doc.sources:
        text = html.escape(f"{source.publisher}: {source.title}")
        if source.url.startswith(("http://", "https://")):
            sources.append(f"<li><a href='{html.escape(source.url, quote=True)}'>{text}</a></li>")
        else:
            sources.append(f"<li>{text}</li>")
    block = f"<h3>{label('Sources')}</h3><ul>{''.join(sources)}</ul>" if sources else ""
    return f"<table cellspacing='0' cellpadding='3'>{table}</table>{block}"
