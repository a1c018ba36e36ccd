"""The small fixture library of the search tests: ``make_doc`` builds one Document with sensible defaults,
``DOCS`` is a handful of guides, glossary entries and a success story in three languages, and ``ids`` and
``search`` shorten the assertions on a SearchIndex.
"""

from __future__ import annotations

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import SearchQuery


def make_doc(
    doc_id: str,
    title: str,
    body: str,
    *,
    type_: str = "guide",
    language: str = "en",
    summary: str = "",
    updated: str = "2025-01-01",
    meta: dict | None = None,
    **facets,
) -> Document:
    fields = dict(
        id=doc_id,
        title=title,
        type=type_,
        summary=summary or title,
        language=language,
        project=facets.pop("project", "BUILD"),
        license="CC-BY-4.0",
        updated=updated,
        body=body,
        year=facets.pop("year", 2024),
        **facets,
    )
    return Document(meta={**(meta or {}), "id": doc_id, "type": type_}, **fields)


DOCS = [
    make_doc(
        "glossary-pcp",
        "Pre-commercial procurement (PCP)",
        "Buying research and development services.",
        type_="glossary",
        meta={"term": "Pre-commercial procurement", "acronyms": ["PCP"], "synonyms": ["R&D procurement"]},
        topics=("pre-commercial-procurement",),
    ),
    make_doc(
        "glossary-meat",
        "Most economically advantageous tender",
        "Award on price and quality.",
        type_="glossary",
        meta={"term": "Most economically advantageous tender", "acronyms": ["MEAT"]},
        topics=("award-criteria",),
    ),
    make_doc(
        "guide-pcp",
        "Running a pre-commercial procurement",
        "The buyer runs phases with suppliers. Market consultation comes first.",
        topics=("pre-commercial-procurement",),
        stages=("tendering",),
        countries=("NL",),
        updated="2026-05-01",
    ),
    make_doc(
        "guide-award",
        "Award criteria",
        "Use the MEAT criteria with life-cycle costing for the award.",
        topics=("award-criteria",),
        updated="2024-03-01",
        year=2023,
    ),
    make_doc(
        "story-health",
        "Healthcare innovation in hospitals",
        "A hospital bought a new <b>robot</b> for care.",
        type_="success-story",
        topics=("healthcare",),
        sectors=("health-care",),
        project="Health InnoFacilitator",
        countries=("ES",),
        updated="2025-09-09",
    ),
    make_doc(
        "guide-es",
        "Contratación pública de innovación",
        "La contratación pública de soluciones innovadoras ayuda a los hospitales.",
        language="es",
        topics=("innovation-procurement",),
        countries=("ES",),
    ),
    make_doc(
        "guide-de",
        "Innovative Beschaffung",
        "Die öffentlichen Auftraggeber beschaffen innovative Lösungen für Krankenhäuser.",
        language="de",
        countries=("DE",),
    ),
    make_doc(
        "practice-consult",
        "Preliminary market consultation",
        "Talk to the market before the tender. Procurement officers meet suppliers in open days.",
        type_="best-practice",
        topics=("market-consultation",),
        stages=("market-engagement",),
    ),
]


def ids(result) -> list[str]:
    return [hit.id for hit in result.hits]


def search(index: SearchIndex, text: str, **kwargs):
    return index.search(SearchQuery(text, **kwargs))
