"""Procurement projects in user.db: the migration (with its backup), round trips through Library, bad input,
change records, Markdown and HTML export, and that content writes (imports, syncs) leave projects alone."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ipt_desktop.core.content.documents import parse_document
from ipt_desktop.core.errors import ContentError, NotFoundError
from ipt_desktop.core.library import Library
from ipt_desktop.core.projects.service import parse_value
from ipt_desktop.core.resources import migrations_dir
from ipt_desktop.core.store import database
from ipt_desktop.core.store.user_store import UserStore


def test_migration_to_projects_backs_up_user_db_first_and_keeps_its_data(tmp_path):
    # A user.db as the previous release left it: migration 1 only, with a bookmark and a note.
    old = tmp_path / "old-migrations"
    old.mkdir()
    shutil.copy(migrations_dir("user") / "0001_initial.sql", old)
    path = tmp_path / "data" / "user.db"
    conn = database.open_database(path, old, synchronous="FULL", backup=True)
    conn.execute("INSERT INTO bookmarks VALUES ('guide-ppi', 'PPI', '2026-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO notes VALUES ('guide-ppi', 'PPI', 'my note', '2026-01-01T00:00:00+00:00')")
    conn.close()
    assert not (path.parent / "backups").exists()

    store = UserStore(path)
    try:
        assert database.schema_version(store.conn) == 2
        assert [b.doc_id for b in store.bookmarks()] == ["guide-ppi"] and store.note("guide-ppi") == "my note"
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"projects", "project_items"} <= tables
    finally:
        store.close()
    backups = list((path.parent / "backups").glob("user-v1-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    try:
        assert database.schema_version(copy) == 1
        assert copy.execute("SELECT doc_id FROM bookmarks").fetchall() == [("guide-ppi",)]
        assert "projects" not in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
    finally:
        copy.close()


def test_a_project_round_trips_and_survives_reopening(tmp_path):
    data = tmp_path / "data"
    with Library(data, bundled_dir=tmp_path / "none", seed_dir=tmp_path / "no-seed") as library:
        created = library.create_project("  Smart   bins ", "pcp", "250000.50", "pln")
        project = created.value
        assert (project.name, project.procedure, project.estimated_value, project.currency) == (
            "Smart bins",
            "pcp",
            "250000.50",
            "PLN",
        )
        assert created.changes.projects == {project.id} and created.changes.kinds == ("projects",)
        ticked = library.tick_project_item(project.id, "map-stakeholders")
        assert ticked.touches("projects") and not ticked.touches("notes", "content", "collections")
        library.note_project_item(project.id, "write-problem-statement", "  Bins overflow in the centre \n")
        library.tick_project_item(project.id, "record-baseline")
        library.tick_project_item(project.id, "record-baseline", done=False)
        other = library.create_project("Buses", "competitive-dialogue").value
        assert other.estimated_value is None and other.currency is None
    with Library(data, bundled_dir=tmp_path / "none", seed_dir=tmp_path / "no-seed") as library:
        view = library.project(project.id)
        assert view.procedure_label == "Pre-commercial procurement (PCP)"
        assert [s.stage for s in view.stages] == [
            "needs-assessment",
            "market-engagement",
            "tender-design",
            "evaluation-award",
            "contract-management",
            "scale-up",
        ]
        _stage, entry = view.find("map-stakeholders")
        assert entry.done and entry.done_at and entry.note == ""
        _stage, entry = view.find("write-problem-statement")
        assert not entry.done and entry.note == "Bins overflow in the centre"
        assert not view.find("record-baseline")[1].done
        assert view.done == 1 and view.stages[0].done == 1 and view.total == sum(s.total for s in view.stages)
        summaries = {s.project.name: s for s in library.projects()}
        assert summaries["Smart bins"].done == 1 and summaries["Smart bins"].total == view.total
        assert summaries["Buses"].done == 0 and summaries["Buses"].procedure_label == "Competitive dialogue"
        german = library.project(project.id, "de")
        assert german.stages[0].label != "Needs assessment" and german.procedure_label != ""
        deleted = library.delete_project(project.id)
        assert deleted.projects == {project.id}
        assert [s.project.name for s in library.projects()] == ["Buses"]
        with pytest.raises(NotFoundError, match=f"no project with id {project.id}"):
            library.project(project.id)
        # The item states went with the project.
        assert not library.export_project(other.id).count("[x]")


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda lib: lib.create_project("  ", "pcp"), ContentError, "project name: must not be blank"),
        (lambda lib: lib.create_project("x" * 201, "pcp"), ContentError, "project name: 201 characters"),
        (lambda lib: lib.create_project("X", "pcpp"), NotFoundError, "unknown procedure 'pcpp'"),
        (lambda lib: lib.create_project("X", "pcp", "12a"), ContentError, "estimated value: '12a'"),
        (lambda lib: lib.create_project("X", "pcp", "-5"), ContentError, "estimated value: '-5'"),
        (lambda lib: lib.create_project("X", "pcp", "1e9"), ContentError, "estimated value: '1e9'"),
        (lambda lib: lib.create_project("X", "pcp", "10", "EURO"), ContentError, "currency: 'EURO'"),
        (lambda lib: lib.create_project("X", "pcp", None, "EUR"), ContentError, "currency: given without"),
        (lambda lib: lib.tick_project_item(999, "map-stakeholders"), NotFoundError, "no project with id 999"),
        (
            lambda lib: lib.note_project_item(999, "map-stakeholders", "x"),
            NotFoundError,
            "no project with id 999",
        ),
        (lambda lib: lib.delete_project(999), NotFoundError, "no project with id 999"),
        (lambda lib: lib.export_project(999), NotFoundError, "no project with id 999"),
    ],
)
def test_bad_input_is_one_line_naming_the_field(lib, call, error, message):
    with pytest.raises(error) as caught:
        call(lib)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert lib.projects() == []


def test_unknown_items_taken_names_and_formats_are_refused(lib):
    project = lib.create_project("Pilot", "design-contest").value
    with pytest.raises(
        NotFoundError, match="the design-contest checklist has no item 'pcp-publish-one-call'"
    ):
        lib.tick_project_item(project.id, "pcp-publish-one-call")  # an item of another procedure
    with pytest.raises(NotFoundError, match="no item 'nope'"):
        lib.note_project_item(project.id, "nope", "text")
    with pytest.raises(ContentError, match="a project named 'PILOT' already exists"):
        lib.create_project("PILOT", "pcp")
    with pytest.raises(ContentError, match="export format 'docx'"):
        lib.export_project(project.id, "docx")
    assert lib.project(project.id).done == 0


def test_values_are_kept_as_exact_decimals():
    assert parse_value("250000") == "250000" and parse_value("0012") == "12"
    assert parse_value("0.10") == "0.10" and parse_value(1500) == "1500" and parse_value("") is None


def test_markdown_and_html_exports_list_every_item_with_its_section(lib):
    project = lib.create_project("Fleet <renewal>", "ppi", "1200000", "EUR").value
    lib.tick_project_item(project.id, "ppi-confirm-fit")
    lib.note_project_item(project.id, "ppi-confirm-fit", "TRL 8 per the RFI\nsecond line")
    view = lib.project(project.id)
    markdown = lib.export_project(project.id)
    assert markdown.startswith("# Fleet <renewal>\n")
    assert "Estimated value: 1,200,000 EUR" in markdown and f"1 of {view.total} items done" in markdown
    assert "- [x] Confirm that solutions could meet the need without new R&D" in markdown
    assert "  > TRL 8 per the RFI\n  > second line" in markdown
    assert markdown.count("- [ ] ") == view.total - 1
    assert "See: guide-ppi#when-ppi-is-the-right-route" in markdown  # no such document in this library
    assert "## Needs assessment (1/" in markdown and "## Deployment and scale-up (0/" in markdown
    html = lib.export_project(project.id, "html")
    assert "Fleet &lt;renewal&gt;" in html and "<renewal>" not in html
    assert html.count("<tr>") == view.total and "TRL 8 per the RFI<br/>second line" in html


def test_exports_name_the_document_and_section_when_the_library_holds_them(cli_env, tmp_path):
    with Library(tmp_path / "data") as library:
        library.ensure_ready()
        project = library.create_project("Named", "pcp").value
        markdown = library.export_project(project.id)
    assert "“Step 1: map the stakeholders” (guide-needs-assessment#step-1-map-the-stakeholders)" in markdown


def test_content_writes_never_touch_projects(lib):
    project = lib.create_project("Kept", "pcp").value
    lib.tick_project_item(project.id, "map-stakeholders")
    doc = parse_document(
        "---\nid: guide-local\ntitle: Local guide\ntype: guide\nsummary: A local guide.\nlanguage: en\n"
        "project: Task Force\nlicense: CC-BY-4.0\nupdated: 2026-11-29\n---\nText of the local guide.\n",
        "local.md",
    )
    changes = lib.apply_changes([doc], [], "sync:test")
    assert changes.added == ("guide-local",)
    lib.apply_changes([], ["guide-local"], "sync:test")
    lib.reindex()
    assert lib.project(project.id).find("map-stakeholders")[1].done


def test_the_sync_package_has_no_access_to_projects():
    sync = Path(__file__).parents[3] / "ipt_desktop" / "core" / "sync"
    for path in sync.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "project_items" not in text and "core.projects" not in text, path
