"""Tools › Procurement projects, driven through the real window: create, tick, note, restart, export, delete.

Also: the checklist model passes Qt's model tester, an item's link opens the reader at its section, and a
checklist of 10,000 items opens without the model being asked for more than the rows on screen.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ipt_desktop.core.content import checklists as checklists_module
from ipt_desktop.core.content.checklists import Checklist, ChecklistItem, Checklists
from ipt_desktop.core.projects.service import ProjectItem, ProjectStage, ProjectView
from ipt_desktop.core.projects.store import Project
from ipt_desktop.ui import projects_layout
from ipt_desktop.ui.project_model import ChecklistModel, LinkRole


def _view(items_per_stage: int, stages: int = 2) -> ProjectView:
    project = Project(1, "Test", "pcp", None, None, "t", "t")
    return ProjectView(
        project,
        "PCP",
        tuple(
            ProjectStage(
                f"s{s}",
                f"Stage {s}",
                tuple(
                    ProjectItem(ChecklistItem(f"i{s}-{n}", f"Item {n}", "guide-x", "a"), done=n % 2 == 0)
                    for n in range(items_per_stage)
                ),
            )
            for s in range(stages)
        ),
    )


def test_checklist_model_passes_modeltester_and_counts_ticks(qtmodeltester, qtbot):
    model = ChecklistModel()
    model.set_project(_view(3))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 3
    assert model.stage_progress(0) == (2, 3) and model.done == 4 and model.total == 6
    item = model.locate("i0-1")
    assert item.parent().row() == 0 and item.data(LinkRole) == ("guide-x", "a")
    with qtbot.waitSignal(model.tick_toggled) as blocker:
        assert model.setData(item, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args == ["i0-1", True]
    assert model.stage_progress(0) == (3, 3) and "3/3" in model.index(0, 0).data()
    qtmodeltester.check(model)


def _wait_task(qtbot, worker, fn, *args):
    task = worker.submit(fn, *args)
    with qtbot.waitSignal(task.finished, timeout=20000) as blocker:
        pass
    return blocker.args[0]


def _open_dialog(window, qtbot):
    dialog = window.show_projects()
    with qtbot.waitSignal(dialog.projects_loaded, timeout=20000):
        pass
    return dialog


def _create_through_the_form(dialog, qtbot, name: str, procedure: str, value: str = "") -> None:
    from ipt_desktop.ui.project_tasks import NewProjectDialog

    def fill():
        form = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, NewProjectDialog) and w.isVisible()
        )
        form.name_edit.setText(name)
        form.procedure_box.setCurrentIndex(form.procedure_box.findData(procedure))
        form.value_edit.setText(value)
        form.accept()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(dialog.project_shown, timeout=20000):
        dialog.new_button.click()


def test_projects_survive_a_restart_and_export_markdown_and_pdf(make_window, qtbot, tmp_path, monkeypatch):
    window, workers = make_window()
    dialog = _open_dialog(window, qtbot)
    _create_through_the_form(dialog, qtbot, "Smart bins", "pcp", "250000")
    assert dialog.heading.text().count("Smart bins") == 1 and "250,000 EUR" in dialog.heading.text()
    assert dialog.model.rowCount() == 6  # the six stages of the PCP checklist
    first_stage = dialog.model.index(0, 0)
    assert dialog.model.rowCount(first_stage) >= 3 and "0/" in first_stage.data()

    # Tick through the view's own check box path, and write a note.
    item = dialog.model.locate("map-stakeholders")
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.model.setData(item, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert saved.args == ["ticked"]
    assert "1/" in dialog.model.index(0, 0).data() and dialog.progress.value() == 1
    dialog.select_item("write-problem-statement")
    dialog.note.setPlainText("Agreed with the waste department")
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.save_note_button.click()
    assert saved.args == ["noted"]
    dialog.select_item("record-baseline")
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.note.setPlainText("Data from the fleet system")  # saved once typing pauses, without a click
    assert saved.args == ["noted"]

    # The item's link opens the reader at its section.
    dialog.select_item("map-stakeholders")
    with qtbot.waitSignal(window.document_shown, timeout=20000) as shown:
        dialog.open_button.click()
    assert shown.args == ["guide-needs-assessment"]
    dialog.select_item("pcp-licence-terms")  # a section far down its document: the reader scrolls to it
    with qtbot.waitSignal(window.document_shown, timeout=20000) as shown:
        dialog.open_button.click()
    assert shown.args == ["guide-pre-commercial-procurement"]
    qtbot.waitUntil(lambda: window.reader.view.verticalScrollBar().value() > 0, timeout=5000)

    # Restart: close the window and its workers, then open the library again.
    window.close()
    for worker in workers:
        worker.stop()
    window, workers = make_window()
    dialog = _open_dialog(window, qtbot)
    assert dialog.list.count() == 1 and "Smart bins" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.project_shown, timeout=20000):
        dialog.list.setCurrentRow(0)
    ticked = dialog.model.locate("map-stakeholders")
    assert ticked.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.model.locate("write-problem-statement").siblingAtColumn(1).data().startswith("Agreed")
    baseline = dialog.model.locate("record-baseline")
    assert baseline.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert baseline.siblingAtColumn(1).data() == "Data from the fleet system"

    markdown = tmp_path / "smart-bins.md"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export_markdown(markdown)
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# Smart bins")
    assert "- [x] List everyone affected by the problem" in text
    assert (
        "- [ ] Write the need as a problem statement" in text and "> Agreed with the waste department" in text
    )
    assert "guide-needs-assessment#step-1-map-the-stakeholders" in text

    pdf = tmp_path / "smart-bins.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_pdf(pdf)
    text_of_pages = (p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
    pages = unicodedata.normalize("NFKC", " ".join(" ".join(t.split()) for t in text_of_pages))  # "ﬀ" -> "ff"
    assert "Smart bins" in pages and "List everyone affected by the problem" in pages
    assert "Agreed with the waste department" in pages and "Needs assessment (1/" in pages

    # Delete asks first; "No" keeps the project, "Yes" removes it.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.delete_button.click()
    assert _wait_task(qtbot, workers[0], lambda library: len(library.projects())) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.projects_loaded, timeout=20000):
        dialog.delete_button.click()
    assert dialog.list.count() == 0 and dialog.current_id is None and dialog.model.rowCount() == 0


def test_bad_input_is_shown_as_one_line(make_window, qtbot):
    window, _workers = make_window()
    dialog = _open_dialog(window, qtbot)
    with qtbot.waitSignal(dialog.error_shown, timeout=20000) as error:
        dialog.create_project("X", "pcp", "12abc", "EUR")
    assert "estimated value" in error.args[0] and "\n" not in error.args[0]
    assert "estimated value" in dialog.status.text()


@pytest.fixture
def huge_checklist(monkeypatch):
    """The bundled checklists with a 10,000-item procedure added, for this test only."""
    real = checklists_module.default_checklists()
    item = next(iter(real.items.values()))
    stages = ("needs-assessment", "market-engagement", "tender-design", "evaluation-award")
    huge = Checklist(
        "huge",
        "Huge",
        tuple(
            (
                stage,
                tuple(
                    ChecklistItem(f"{stage}-{n}", f"Item {n} of {stage}", item.doc_id, item.anchor)
                    for n in range(2500)
                ),
            )
            for stage in stages
        ),
    )
    patched = Checklists(real.items, {**real.procedures, "huge": huge}, real.path)
    monkeypatch.setattr(checklists_module, "default_checklists", lambda: patched)
    return huge


def test_a_checklist_of_10000_items_opens_asking_only_for_the_rows_shown(
    make_window, qtbot, huge_checklist, monkeypatch
):
    # A subclass counts the rows asked for (patching a Qt virtual on the class itself is not safe to undo).
    asked: set[tuple[int, int]] = set()
    made: list[int] = [0]  # indexes the view asked the model to make: what a layout of every row would need

    class CountingModel(ChecklistModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if index.isValid():
                asked.add((index.internalId(), index.row()))
            return super().data(index, role)

        def index(self, row, column, parent=QModelIndex()):  # noqa: B008 - Qt's signature
            made[0] += 1
            return super().index(row, column, parent)

    monkeypatch.setattr(projects_layout, "ChecklistModel", CountingModel)
    window, _workers = make_window()
    dialog = _open_dialog(window, qtbot)
    with qtbot.waitSignal(dialog.project_shown, timeout=20000) as shown:
        dialog.create_project("Big", "huge")
    assert shown.args[0].total == 10_000 and dialog.model.total == 10_000
    dialog.tree.viewport().repaint()
    QApplication.processEvents()
    assert dialog.model.rowCount(dialog.model.index(3, 0)) == 2500
    assert 0 < len(asked) < 200, f"the model was asked for {len(asked)} rows"
    assert made[0] < 2000, f"the view made {made[0]} indexes for 10,000 items"
    assert not dialog.tree.isExpanded(dialog.model.index(1, 0))  # long stages open folded
    assert not dialog.tree.findChildren(QMessageBox)
    # A tick deep in the list is found and saved without walking the view.
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.set_ticked("evaluation-award-2499", True)
    assert dialog.model.stage_progress(3) == (1, 2500)
    assert QModelIndex() == dialog.model.parent(dialog.model.index(0, 0))


def test_the_tools_menu_has_the_projects_action(make_window):
    window, _workers = make_window()
    tools = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Tools" in a.text())
    assert window.actions_.projects in tools.actions()


def test_checklists_file_is_the_bundled_one():
    assert Path(checklists_module.default_checklists().path).name == "checklists.yaml"
