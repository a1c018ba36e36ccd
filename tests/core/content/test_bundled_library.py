"""The bundled library: every document valid, ids unique, links resolve, counts met, sources present,
no paragraph shared between documents."""

from ipt_desktop.core.content.bundled import bundled_dir
from ipt_desktop.core.content.check import MINIMUM_COUNTS, check_library


def test_bundled_library_passes_every_check():
    report = check_library(bundled_dir())
    assert report.problems == []
    for doc_type, minimum in MINIMUM_COUNTS.items():
        assert report.counts[doc_type] >= minimum, doc_type


def test_every_story_and_guide_names_a_publisher_and_title():
    report = check_library(bundled_dir())
    for doc in report.documents:
        if doc.type in ("guide", "success-story"):
            assert doc.sources and all(s.publisher and s.title for s in doc.sources), doc.id


def test_samples_are_marked_as_samples():
    report = check_library(bundled_dir())
    for doc in report.documents:
        if doc.type == "event":
            assert doc.summary.startswith("Sample event"), doc.id
        if doc.type == "newsletter":
            assert doc.summary.startswith("Sample newsletter issue"), doc.id


def test_check_reports_broken_links_and_duplicates(tmp_path):
    good = (bundled_dir() / "glossary-pcp.md").read_text(encoding="utf-8")
    (tmp_path / "a.md").write_text(good, encoding="utf-8")
    (tmp_path / "b.md").write_text(good, encoding="utf-8")
    (tmp_path / "c.md").write_text(good.replace("id: glossary-pcp", "id: glossary-copy"), encoding="utf-8")
    report = check_library(tmp_path, {})
    assert any("is used by 2 documents" in p for p in report.problems)
    assert any("points to no document" in p for p in report.problems)
    assert any("shares a paragraph" in p for p in report.problems)
