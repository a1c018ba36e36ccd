"""Content format: one case per fixture file; bad files carry the expected error beside them."""

from pathlib import Path

import pytest

from ipt_desktop.core.content.documents import MAX_DOCUMENT_BYTES, load_document, parse_document
from ipt_desktop.core.errors import ContentError

DATA = Path(__file__).parents[2] / "data" / "documents"
GOOD = sorted((DATA / "good").glob("*.md"))
BAD = sorted((DATA / "bad").glob("*.md"))


@pytest.mark.parametrize("path", GOOD, ids=[p.name for p in GOOD])
def test_good_documents_load(path):
    doc = load_document(path)
    assert doc.id and doc.title and doc.body.strip()
    assert doc.meta["id"] == doc.id


@pytest.mark.parametrize("path", BAD, ids=[p.name for p in BAD])
def test_bad_documents_give_one_line_naming_file_and_key(path):
    expected = path.with_suffix(".expect").read_text(encoding="utf-8").strip()
    with pytest.raises(ContentError) as info:
        load_document(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    assert expected in message


def test_unknown_keys_are_kept_and_lists_parsed():
    text = (
        (DATA / "good" / "full-guide.md")
        .read_text(encoding="utf-8")
        .replace("license:", "custom_key: kept\nlicense:")
    )
    doc = parse_document(text, "x.md")
    assert doc.meta["custom_key"] == "kept"
    assert doc.topics == ("market-consultation",)
    assert doc.sources[0].publisher == "Test Publisher"


def test_event_dates_are_iso_strings():
    doc = load_document(DATA / "good" / "event.md")
    assert doc.meta["starts"].startswith("2027-02-16T10:00:00")


def test_oversized_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "huge.md"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(ContentError, match=r"huge.md: file is 50.0 MB, over the 8 MB limit"):
        load_document(big)
    assert MAX_DOCUMENT_BYTES < 50 * 1024 * 1024


def test_content_hash_changes_with_body():
    text = (DATA / "good" / "full-guide.md").read_text(encoding="utf-8")
    a = parse_document(text, "a.md")
    b = parse_document(text + "\nMore.\n", "a.md")
    assert a.content_hash != b.content_hash


def test_every_taxonomy_label_is_translated_into_every_interface_language():
    from ipt_desktop.core.content.taxonomy import default_taxonomy, translated_labels

    taxonomy = default_taxonomy()
    labels = translated_labels()
    assert set(labels) == {"de", "fr", "it", "es", "pl", "nl", "pt", "sk"}
    for code, vocabularies in labels.items():
        for name in ("types", "topics", "stages", "procedures", "sectors", "objectives"):
            missing = set(taxonomy.values(name)) - set(vocabularies.get(name, {}))
            assert not missing, f"{code} {name}: {sorted(missing)}"
    polish = taxonomy.in_language("pl")
    assert polish.label("procedures", "competitive-dialogue") == "Dialog konkurencyjny"
    assert polish.label("countries", "PL") == taxonomy.label("countries", "PL")  # not translated: kept
    assert taxonomy.in_language("en") is taxonomy


def test_lists_carry_translated_titles(lib, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "guide-x.md").write_text(
        "---\nid: guide-x\ntitle: Market consultation\ntype: guide\nsummary: How to consult.\nlanguage: en\n"
        "project: BUILD\nlicense: CC-BY-4.0\nupdated: 2026-01-01\n"
        "translations: {pl: {title: Konsultacje rynkowe, summary: Jak konsultować rynek.}}\n---\nBody\n",
        encoding="utf-8",
    )
    lib.import_path(folder)
    listed = next(d for d in lib.documents("guide") if d.id == "guide-x")
    assert listed.translations == {"pl": ("Konsultacje rynkowe", "Jak konsultować rynek.")}
    assert listed.language == "en"
    assert lib.summaries(["guide-x"])["guide-x"].translations["pl"][0] == "Konsultacje rynkowe"


def test_a_translation_names_its_original_and_both_list_their_versions(lib, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    common = "type: guide\nproject: BUILD\nlicense: CC-BY-4.0\nupdated: 2026-01-01\n"
    (folder / "guide-y.md").write_text(
        f"---\nid: guide-y\ntitle: Lots\nsummary: Dividing a contract.\nlanguage: en\n{common}---\nBody\n",
        encoding="utf-8",
    )
    (folder / "guide-y-de.md").write_text(
        f"---\nid: guide-y-de\ntitle: Lose\nsummary: Aufteilung.\nlanguage: de\ntranslation_of: guide-y\n{common}---\nText\n",
        encoding="utf-8",
    )
    lib.import_path(folder)
    assert lib.versions("guide-y") == [("en", "guide-y"), ("de", "guide-y-de")]
    assert lib.versions("guide-y-de") == [("en", "guide-y"), ("de", "guide-y-de")]


def test_translation_of_must_name_another_document():
    text = "---\nid: guide-z\ntitle: T\ntype: guide\nsummary: s\nlanguage: de\nproject: BUILD\nlicense: CC-BY-4.0\nupdated: 2026-01-01\n"
    with pytest.raises(ContentError, match="key 'translation_of'"):
        parse_document(text + "translation_of: Not An Id\n---\nb\n", "guide-z.md")
    with pytest.raises(ContentError, match="names the document itself"):
        parse_document(text + "translation_of: guide-z\n---\nb\n", "guide-z.md")


FRONT = "---\nid: x\ntitle: X\ntype: guide\nsummary: S.\nlanguage: en\nproject: P\nlicense: CC-BY-4.0\nupdated: 2026-01-01\n"


def test_yaml_aliases_are_refused_before_anything_is_built():
    # Six levels of nine aliases: 531,441 values once expanded (the CLI test runs the ten-level one).
    bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{k}: &{k} [{', '.join(['*' + p] * 9)}]\n" for p, k in zip("abcde", "bcdef", strict=True)
    )
    with pytest.raises(ContentError) as info:
        parse_document(FRONT + bomb + "---\n\nBody.\n", "bomb.md")
    message = str(info.value)
    assert message.startswith("bomb.md: ") and "\n" not in message
    assert "alias *a is refused" in message and "line 11" in message


def test_an_anchor_without_alias_is_harmless():
    doc = parse_document(FRONT + "extra: &e [1, 2]\n---\n\nBody.\n", "anchor.md")
    assert doc.meta["extra"] == [1, 2]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("deep: " + "[" * 40 + "]" * 40 + "\n", "nested more than 32 levels deep"),
        ("many: [" + ", ".join(["1"] * 25_000) + "]\n", "more than 20000 values"),
    ],
    ids=["deep", "many"],
)
def test_deep_or_huge_front_matter_is_refused(extra, expected):
    with pytest.raises(ContentError) as info:
        parse_document(FRONT + extra + "---\n\nBody.\n", "big.md")
    assert str(info.value).startswith("big.md: ") and expected in str(info.value)


@pytest.mark.parametrize(
    ("issued", "ok"), [("2026-10", True), ("2026-10-02", True), ("2026-13", False), ("Oct", False)]
)
def test_a_newsletter_issue_date_is_a_month_or_a_day(issued, ok):
    text = FRONT.replace("type: guide", "type: newsletter") + f"issued: '{issued}'\n---\nBody.\n"
    if ok:
        assert parse_document(text, "x.md").meta["issued"] == issued
    else:
        with pytest.raises(ContentError, match=r"x\.md: key 'issued': .* is not an issue date"):
            parse_document(text, "x.md")
