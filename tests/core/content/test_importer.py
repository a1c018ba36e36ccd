"""Import of users' Markdown: plain files, other tools' front matter, bad files refused one by one."""

from pathlib import Path

from ipt_desktop.core.content.importer import import_markdown


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_plain_markdown_is_filled_in(small_library, tmp_path):
    folder = tmp_path / "Field notes"
    _write(folder / "visit.md", "# Visit to the depot\n\nWe saw the buses and the chargers at the depot.\n")
    report = import_markdown(small_library, folder)
    assert report.errors == ()
    doc = small_library.get("visit")
    assert doc.title == "Visit to the depot"
    assert doc.type == "guide" and doc.project == "Field notes" and doc.language == "en"
    assert doc.summary.startswith("We saw the buses")


def test_other_tools_front_matter_is_kept(small_library, tmp_path):
    _write(
        tmp_path / "notes" / "hugo.md",
        "---\ntitle: Hugo post\ndate: 2024-03-01\ntags: [pcp]\ndraft: false\nlang: de\n---\nDer Text ist kurz.\n",
    )
    report = import_markdown(small_library, tmp_path / "notes", project="Mine", doc_type="news")
    assert report.errors == ()
    doc = small_library.get("hugo")
    assert (doc.title, doc.type, doc.project, doc.language, doc.updated) == (
        "Hugo post",
        "news",
        "Mine",
        "de",
        "2024-03-01",
    )
    assert doc.meta["tags"] == ["pcp"]


def test_invalid_files_are_refused_and_valid_ones_load(small_library, tmp_path):
    folder = tmp_path / "mixed"
    _write(folder / "good.md", "# Good\n\nFine text here.\n")
    _write(folder / "bad-topic.md", "---\ntopics: [astrology]\n---\nText\n")
    _write(folder / "broken.md", "---\ntitle: [oops\n---\nText\n")
    (folder / "latin.md").write_bytes("# Contratación\n".encode("latin-1"))
    _write(folder / "sub" / "good.md", "# Same id?\n\nNo, the path differs.\n")
    before = small_library.content.count()
    report = import_markdown(small_library, folder)
    assert small_library.content.count() == before + 2
    assert len(report.errors) == 3
    assert any("bad-topic.md: key 'topics': 'astrology' is not allowed" in e for e in report.errors)
    assert any("broken.md: malformed front matter" in e for e in report.errors)
    assert any("latin.md: not valid UTF-8" in e for e in report.errors)


def test_ids_owned_by_the_library_are_never_overwritten(small_library, tmp_path):
    original = small_library.get("guide-market-dialogue")
    _write(tmp_path / "x" / "clash.md", "---\nid: guide-market-dialogue\n---\n# Hijack\n\nReplaced text.\n")
    report = import_markdown(small_library, tmp_path / "x")
    assert "already belongs to a bundled document" in report.errors[0]
    assert small_library.get("guide-market-dialogue") == original


def test_reimport_updates_in_place(small_library, tmp_path):
    path = _write(tmp_path / "n" / "memo.md", "# Memo\n\nFirst version.\n")
    import_markdown(small_library, tmp_path / "n")
    path.write_text("# Memo\n\nSecond version.\n", encoding="utf-8")
    report = import_markdown(small_library, tmp_path / "n")
    assert report.changes.updated == ("memo",)
    assert "Second version" in small_library.get("memo").body


def test_two_files_with_one_id_keep_the_first(small_library, tmp_path):
    folder = tmp_path / "dupes"
    _write(folder / "a.md", "---\nid: shared-id\n---\n# First\n\nThe first file.\n")
    _write(folder / "b.md", "---\nid: shared-id\n---\n# Second\n\nThe second file.\n")
    report = import_markdown(small_library, folder)
    assert report.changes.added == ("shared-id",)
    assert (
        len(report.errors) == 1 and "b.md: key 'id': 'shared-id' is used by another file" in report.errors[0]
    )
    assert small_library.get("shared-id").title == "First"
