"""resources/checklists.yaml: the bundled file passes, and each kind of mistake fails naming the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipt_desktop.core.content import check
from ipt_desktop.core.content.bundled import bundled_dir
from ipt_desktop.core.content.checklists import (
    MAX_ITEMS_PER_STAGE,
    MIN_ITEMS_PER_STAGE,
    check_checklists,
    load_checklists,
)
from ipt_desktop.core.content.documents import load_document
from ipt_desktop.core.content.taxonomy import default_taxonomy
from ipt_desktop.core.errors import ContentError, NotFoundError
from ipt_desktop.core.resources import resource_path

BUNDLED = resource_path("checklists.yaml")
REQUIRED = {
    "pcp",
    "ppi",
    "innovation-partnership",
    "competitive-dialogue",
    "competitive-procedure-with-negotiation",
    "design-contest",
    "below-threshold",
}
STAGES = [
    "needs-assessment",
    "market-engagement",
    "tender-design",
    "evaluation-award",
    "contract-management",
    "scale-up",
]
GUIDE = "guide-needs-assessment"


@pytest.fixture(scope="module")
def documents():
    return [load_document(path) for path in sorted(bundled_dir().glob("*.md"))]


def test_the_bundled_checklists_pass_every_check(documents):
    assert check_checklists(BUNDLED, documents) == []
    checklists = load_checklists()
    assert set(checklists.procedures) >= REQUIRED
    taxonomy = default_taxonomy()
    for procedure, checklist in checklists.procedures.items():
        assert [stage for stage, _items in checklist.stages] == STAGES, procedure
        for stage, items in checklist.stages:
            assert MIN_ITEMS_PER_STAGE <= len(items) <= MAX_ITEMS_PER_STAGE, (procedure, stage)
        if taxonomy.is_valid("procedures", procedure):
            assert (
                checklist.label_in("en", taxonomy) == taxonomy.label("procedures", procedure)
                or procedure == "ppi"
            )
        else:  # a procedure of our own carries its label and its translations
            assert set(checklist.translations) == {"de", "fr", "it", "es", "pl", "nl", "pt", "sk"}
    for item in checklists.items.values():
        assert item.text[0].isupper() and item.text.endswith(".") and len(item.text) <= 130, item.id


def test_the_content_check_runs_on_the_checklists_beside_the_content_folder(tmp_path, capsys):
    content = tmp_path / "content"
    content.mkdir()
    (content / f"{GUIDE}.md").write_bytes((bundled_dir() / f"{GUIDE}.md").read_bytes())
    (tmp_path / "checklists.yaml").write_text(_file(stages="      needs-assessment: []\n"), encoding="utf-8")
    assert check.main([str(content), "--partial"]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'checklists.yaml'}: procedures.pcp.stages.needs-assessment: empty stage" in out


def _file(items: str = "", stages: str = "", procedure: str = "pcp", extra: str = "") -> str:
    items = items or (
        "  - id: one\n    text: Do one thing.\n    link: guide-needs-assessment#step-1-map-the-stakeholders\n"
    )
    stages = stages or "      needs-assessment: [one]\n"
    return f"items:\n{items}procedures:\n  {procedure}:\n{extra}    stages:\n{stages}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_file(procedure="pcpp"), "procedures.pcpp: unknown procedure 'pcpp'"),
        (
            _file(stages="      evaluation: [one]\n"),
            "procedures.pcp.stages.evaluation: unknown stage 'evaluation'",
        ),
        (_file(stages="      needs-assessment: []\n"), "procedures.pcp.stages.needs-assessment: empty stage"),
        (
            _file(stages="      needs-assessment: [one, two]\n"),
            "procedures.pcp.stages.needs-assessment[1]: item 'two' is not defined",
        ),
        (
            _file(
                items="  - id: one\n    text: A.\n    link: guide-needs-assessment#pitfalls\n"
                "  - id: one\n    text: B.\n    link: guide-needs-assessment#pitfalls\n"
            ),
            "items.one: duplicate item id 'one'",
        ),
        (
            _file(items="  - id: one\n    text: A.\n    link: guide-nowhere#pitfalls\n"),
            "items.one.link: no document 'guide-nowhere'",
        ),
        (
            _file(items="  - id: one\n    text: A.\n    link: guide-needs-assessment#no-such-section\n"),
            "items.one.link: guide-needs-assessment has no '## ' section with anchor 'no-such-section'",
        ),
        (
            _file(items="  - id: one\n    text: A.\n    link: guide-needs-assessment\n"),
            "items.one.link: 'guide-needs-assessment' is not of the form document-id#section-anchor",
        ),
        (
            _file(
                items="  - id: one\n    text: A.\n    link: guide-needs-assessment#pitfalls\n"
                "  - id: spare\n    text: B.\n    link: guide-needs-assessment#pitfalls\n"
            ),
            "items: item 'spare' is in no procedure's checklist",
        ),
        (
            _file(stages="      needs-assessment: [one]\n      needs-assessment: [one]\n"),
            "key 'procedures.pcp.stages.needs-assessment' is given twice",
        ),
        (
            _file(
                items="  - &x\n    id: one\n    text: A.\n    link: guide-needs-assessment#pitfalls\n  - *x\n"
            ),
            "alias *x is refused",
        ),
        (
            _file(procedure="own", extra="    label: ''\n"),
            "procedures.own: needs a slug id and a non-empty 'label'",
        ),
    ],
)
def test_each_mistake_names_the_file_and_key(tmp_path, documents, text, message):
    path = tmp_path / "checklists.yaml"
    path.write_text(text, encoding="utf-8")
    problems = check_checklists(path, documents)
    assert any(message in problem and problem.startswith(str(path)) for problem in problems), problems


def test_a_procedure_outside_the_taxonomy_needs_its_own_label(tmp_path, documents):
    path = tmp_path / "checklists.yaml"
    path.write_text(
        _file(procedure="local-procedure", extra="    label: Local procedure\n"), encoding="utf-8"
    )
    problems = check_checklists(path, documents)
    assert problems == [
        f"{path}: procedures.local-procedure.stages.needs-assessment: 1 items; a stage holds 3 to 8"
    ]
    checklists = load_checklists(path)  # the loader needs no minimum
    assert checklists.checklist("local-procedure").label == "Local procedure"
    with pytest.raises(
        NotFoundError, match="unknown procedure 'pcp'; procedures with a checklist: local-procedure"
    ):
        checklists.checklist("pcp")


def test_the_loader_refuses_a_broken_file_with_one_line(tmp_path):
    path = tmp_path / "checklists.yaml"
    path.write_text("items: [\n", encoding="utf-8")
    with pytest.raises(ContentError, match=f"^{path}: not valid YAML"):
        load_checklists(path)
    with pytest.raises(ContentError, match="cannot read the checklists"):
        load_checklists(Path(tmp_path / "missing.yaml"))
