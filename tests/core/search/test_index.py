"""Acceptance tests of SearchIndex on a small fixture library."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import FACET_FIELDS, SearchQuery


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


@pytest.fixture()
def index(tmp_path: Path) -> SearchIndex:
    idx = SearchIndex(tmp_path / "index")
    assert idx.rebuild(DOCS, len(DOCS), None) == len(DOCS)
    yield idx
    idx.close()


def ids(result) -> list[str]:
    return [hit.id for hit in result.hits]


def search(index: SearchIndex, text: str, **kwargs):
    return index.search(SearchQuery(text, **kwargs))


# -- lifecycle ---------------------------------------------------------------------------------------------


def test_missing_folder_is_a_problem_not_an_error(tmp_path: Path) -> None:
    idx = SearchIndex(tmp_path / "nothing")
    assert "missing" in idx.problem(3)
    assert idx.doc_count() == 0
    result = search(idx, "anything")
    assert result.total == 0 and result.message


def test_problem_none_when_counts_match_and_mismatch_reported(index: SearchIndex) -> None:
    assert index.problem(len(DOCS)) is None
    assert "documents" in index.problem(len(DOCS) + 1)


def test_corrupt_file_is_detected(tmp_path: Path) -> None:
    idx = SearchIndex(tmp_path / "index")
    idx.rebuild(DOCS, len(DOCS), None)
    idx.close()
    for path in (tmp_path / "index").iterdir():
        if path.suffix == ".toc":
            path.write_bytes(b"garbage")
    assert "cannot open" in SearchIndex(tmp_path / "index").problem(len(DOCS))


def test_schema_version_bump_is_detected(tmp_path: Path, monkeypatch) -> None:
    idx = SearchIndex(tmp_path / "index")
    idx.rebuild(DOCS, len(DOCS), None)
    idx.close()
    from ipt_desktop.core.search import store as search_store

    monkeypatch.setattr(search_store, "SCHEMA_VERSION", search_store.SCHEMA_VERSION + 1)
    assert "schema version" in SearchIndex(tmp_path / "index").problem(len(DOCS))


def test_rebuild_swaps_and_old_index_serves_meanwhile(index: SearchIndex) -> None:
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(search(index, "robot").total)

    more = [*DOCS, make_doc("guide-robot", "Robot guide", "Robot robot robot.")]
    assert index.rebuild(more, len(more), progress) == len(more)
    assert seen and seen[0] == 1
    assert search(index, "robot").total == 2
    assert not list(index.folder.parent.glob("index.building*"))


def test_incremental_update_and_delete(index: SearchIndex) -> None:
    index.update([make_doc("news-x", "Zeppelin news", "Zeppelins return.", type_="news")], ["guide-award"])
    assert ids(search(index, "zeppelin")) == ["news-x"]
    assert search(index, "life-cycle costing").total == 0
    assert index.doc_count() == len(DOCS)
    index.update([make_doc("news-x", "Airship news", "Airships return.", type_="news")], [])
    assert search(index, "zeppelin").total == 0 and ids(search(index, "airship")) == ["news-x"]


def test_search_while_updating(index: SearchIndex) -> None:
    errors = []

    def reader() -> None:
        try:
            for _ in range(30):
                search(index, "procurement market")
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for n in range(5):
        index.update([make_doc(f"news-{n}", f"Item {n}", "procurement news")], [])
    for t in threads:
        t.join()
    assert not errors
    assert search(index, "news").total >= 5


# -- features ----------------------------------------------------------------------------------------------


def test_title_match_ranks_first(index: SearchIndex) -> None:
    assert ids(search(index, "award criteria"))[0] == "guide-award"


def test_stemming_and_phrases(index: SearchIndex) -> None:
    assert "practice-consult" in ids(search(index, "consulting markets"))
    assert ids(search(index, '"market consultation"'))[:2] == ["practice-consult", "guide-pcp"] or set(
        ids(search(index, '"market consultation"'))
    ) == {"practice-consult", "guide-pcp"}
    assert search(index, '"consultation market"').total == 0


def test_accent_insensitive_and_other_languages(index: SearchIndex) -> None:
    assert ids(search(index, "contratacion"))[0] == "guide-es"
    assert ids(search(index, "contratación"))[0] == "guide-es"
    assert "guide-de" in ids(search(index, "krankenhauser"))
    assert "guide-de" in ids(search(index, "Lösung", language="de"))


def test_any_term_accepted_all_terms_first(index: SearchIndex) -> None:
    result = search(index, "robot zeppelin")
    assert ids(result) == ["story-health"]
    assert ids(search(index, "hospital robot"))[0] == "story-health"


def test_filters_in_text_and_in_query(index: SearchIndex) -> None:
    assert set(ids(search(index, "type:glossary"))) == {"glossary-pcp", "glossary-meat"}
    assert ids(search(index, "procurement topic:healthcare")) in ([], ["story-health"])
    assert ids(search(index, "hospital country:es")) and all(
        i in ("story-health", "guide-es") for i in ids(search(index, "hospital country:es"))
    )
    assert ids(search(index, "", filters={"type": ("success-story",)})) == ["story-health"]
    assert ids(search(index, 'project:"health innofacilitator"')) == ["story-health"]
    assert ids(search(index, "year:2023")) == ["guide-award"]
    assert search(index, "stage:tendering").total == 1
    assert search(index, "language:de").total == 1


def test_prefix_and_fuzzy(index: SearchIndex) -> None:
    assert "practice-consult" in ids(search(index, "market consul", prefix=True))
    result = search(index, "hosptal")
    assert "story-health" in ids(result) and result.message


def test_acronyms_and_synonyms(index: SearchIndex) -> None:
    assert "guide-pcp" in ids(search(index, "PCP"))
    assert "glossary-pcp" in ids(search(index, "pre-commercial procurement"))
    assert "guide-award" in ids(search(index, "most economically advantageous tender"))
    assert "glossary-meat" in ids(search(index, "meat"))


def test_synonyms_follow_updates(index: SearchIndex) -> None:
    index.update(
        [
            make_doc(
                "glossary-ppi",
                "Public procurement of innovative solutions",
                "x",
                type_="glossary",
                meta={"term": "Public procurement of innovative solutions", "acronyms": ["PPI"]},
            )
        ],
        [],
    )
    index.update(
        [
            make_doc(
                "guide-x",
                "Buying innovative solutions publicly",
                "public procurement of innovative solutions in practice",
            )
        ],
        [],
    )
    assert "guide-x" in ids(search(index, "PPI"))
    reopened = SearchIndex(index.folder)
    assert "guide-x" in ids(reopened.search(SearchQuery("PPI")))
    reopened.close()


def test_did_you_mean(index: SearchIndex) -> None:
    assert search(index, "procurment").suggestion == "procurement"
    assert search(index, "procurement").suggestion is None


def test_snippets_are_html_safe(index: SearchIndex) -> None:
    hit = search(index, "robot").hits[0]
    assert "<b>robot</b>" in hit.snippet
    index.update([make_doc("news-esc", "Escaping", 'Price < 5 & "quoted" zebras here.')], [])
    snippet = search(index, "zebras").hits[0].snippet
    assert "&lt; 5 &amp;" in snippet and "<b>zebras</b>" in snippet
    assert snippet.replace("<b>", "").replace("</b>", "").count("<") == 0


def test_facets_and_date_sort(index: SearchIndex) -> None:
    result = search(index, "procurement")
    assert set(result.facets) == set(FACET_FIELDS)
    assert sum(result.facets["type"].values()) == result.total
    dated = search(index, "", sort="date", limit=3)
    assert [h.updated for h in dated.hits] == sorted((h.updated for h in dated.hits), reverse=True)
    assert dated.hits[0].id == "guide-pcp"


def test_related(index: SearchIndex) -> None:
    related = index.related("glossary-pcp")
    assert related and all(hit.id != "glossary-pcp" for hit in related)
    assert index.related("no-such-doc") == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the of and",
        '"unbalanced quote',
        "nosuch:field",
        "x" * 10_000,
        "a\x00b\x07c\x1b[31m",
        "***",
        "*a*",
        "?",
        "((((",
        "-",
        "type:",
        '""',
        "procurement " * 2000,
        "ab*cd?ef*",
    ],
)
def test_bad_input_never_raises(index: SearchIndex, text: str) -> None:
    result = search(index, text)
    assert result.total >= 0
    if text in ("***", "*a*"):
        assert result.message and result.total == 0
    if text == "nosuch:field":
        assert "nosuch" in result.message


def test_empty_query_lists_recent_documents(index: SearchIndex) -> None:
    result = search(index, "")
    assert result.total == len(DOCS) and result.hits[0].id == "guide-pcp"


def test_only_stopwords_gives_message(index: SearchIndex) -> None:
    result = search(index, "the of and")
    assert result.total == 0 and result.message


def test_a_failed_update_leaves_word_list_and_synonyms_as_they_were(
    index: SearchIndex, tmp_path: Path
) -> None:
    import dataclasses

    from ipt_desktop.core.errors import SearchError
    from ipt_desktop.core.search.store import IndexMeta

    glossary = make_doc(
        "glossary-zlc",
        "Zeppelin logistics contract (ZLC)",
        "A contract for airship logistics.",
        type_="glossary",
        meta={"term": "Zeppelin logistics contract", "acronyms": ["ZLC"]},
    )
    replaced = make_doc("guide-award", "Award", "Price only.")
    broken = dataclasses.replace(make_doc("broken", "Broken", "body"), body=None)  # fails while indexed
    with pytest.raises(SearchError):
        index.update([glossary, replaced, broken], ["story-health"])
    # Nothing of the failed update shows: not its words, not its synonyms, not the words it would remove.
    assert search(index, "zeppeli", prefix=True).total == 0
    assert search(index, "zeppelni").suggestion is None
    assert search(index, "robo", prefix=True).total == 1
    assert search(index, "healthcre").suggestion == "healthcare"
    assert "guide-award" in ids(search(index, "life-cycle costing"))
    # The next successful update saves a word list and synonyms equal to those of a fresh build.
    index.update([make_doc("news-x", "Harbour news", "Cranes.", type_="news")], [])
    final = [*DOCS, make_doc("news-x", "Harbour news", "Cranes.", type_="news")]
    fresh = SearchIndex(tmp_path / "fresh")
    fresh.rebuild(final, len(final), None)
    fresh.close()
    saved, _ = IndexMeta.read(index.folder)
    expected, _ = IndexMeta.read(tmp_path / "fresh")
    assert saved.vocabulary.counts == expected.vocabulary.counts
    assert saved.synonyms == expected.synonyms and saved.languages == expected.languages


def test_a_damaged_file_is_found_reported_and_cleared_by_a_rebuild(index: SearchIndex) -> None:
    from ipt_desktop.core.errors import IndexDamagedError

    assert index.verify() == []
    postings = next(index.folder.glob("*.pst"))
    data = postings.read_bytes()
    postings.write_bytes(data[: len(data) // 2])
    assert [postings.name in problem for problem in index.verify()] == [True]
    damaged = SearchIndex(index.folder)
    with pytest.raises(IndexDamagedError) as caught:
        for text in ("procurement", "robot", "hospital pcp", "market consultation"):
            search(damaged, text)
    message = str(caught.value)
    assert "\n" not in message and str(index.folder) in message and postings.name in message
    assert caught.value.reason.startswith("damaged: ") and postings.name in caught.value.reason
    assert damaged.problem(len(DOCS)).startswith("damaged: ")
    with pytest.raises(IndexDamagedError):
        search(damaged, "anything")  # until it is rebuilt
    assert damaged.update([make_doc("news-x", "X", "x")], []) is False  # a damaged index is not written
    assert damaged.rebuild(DOCS, len(DOCS), None) == len(DOCS)
    assert damaged.problem(len(DOCS)) is None and damaged.verify() == []
    assert ids(search(damaged, "robot")) == ["story-health"]
    assert ids(search(index, "robot")) == ["story-health"]  # another instance reopens on the change
    damaged.close()


def test_a_snippet_keeps_block_boundaries():
    """A heading and the paragraph after it are not run together ("precisely · The PCP model · In …")."""
    from ipt_desktop.core.search.snippets import SnippetMaker

    maker = SnippetMaker(["pcp"], [], ["en"])
    text = "Define the rights precisely.\n\nThe PCP model\nIn pre-commercial procurement the buyer pays."
    snippet = maker.snippet(text, "en")
    assert "precisely. · The <b>PCP</b> model · In pre-commercial" in snippet


def test_the_terminology_tables_are_kept_beside_the_index_and_rebuilt_when_their_source_changes(tmp_path):
    """The first search of a start reads the stemmed tables instead of stemming every form again."""
    from ipt_desktop.core.search.terms import GlossaryTerms, cached_terms

    groups = {
        "g1": {"members": ["framework agreement"], "acronyms": [], "terms": {"de": ["Rahmenvereinbarung"]}}
    }
    cache = tmp_path / "index.terms.json"
    built = cached_terms(groups, (), cache)
    assert cache.is_file()
    again = cached_terms(groups, (), cache)
    assert again.to_json() == built.to_json()
    assert [m.groups for m in again.ordered(["de"])] == [m.groups for m in built.ordered(["de"])]
    changed = {"g1": {**groups["g1"], "terms": {"de": ["Rahmenvertrag"]}}}
    rebuilt = cached_terms(changed, (), cache)
    assert ("rahmenvertrag",) in {
        k[:1] for k in rebuilt.matchers["de"].groups
    } or rebuilt.to_json() != built.to_json()
    cache.write_text("{not json", encoding="utf-8")  # a damaged cache is rebuilt, not an error
    assert cached_terms(groups, (), cache).to_json() == built.to_json()
    assert isinstance(GlossaryTerms.from_json(built.to_json()), GlossaryTerms)
