"""Decision-aid data carried by a feed: checked like the bundled files, with the content format's safe YAML."""

from __future__ import annotations

import pytest

from ipt_desktop.core.content.decision_data import check_decision_file, write_decision_files
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.resources import resource_path


def test_the_bundled_files_pass():
    for name in ("thresholds.yaml", "procedure_chooser.yaml"):
        check_decision_file(f"advice/{name}", resource_path(name).read_bytes(), "https://feed.example/")


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (
            b"version: 1\nbuyers: &b [x]\nkinds: *b\n",
            r"https://feed\.example/advice/thresholds\.yaml: the alias \*b",
        ),
        (b"\xff\xfe", r"advice/thresholds\.yaml: not UTF-8"),
        (b"version: 0\n", r"advice/thresholds\.yaml: key 'version'"),
    ],
)
def test_a_bad_file_is_refused_naming_it(data, match):
    with pytest.raises(ContentError, match=match):
        check_decision_file("advice/thresholds.yaml", data, "https://feed.example/")


def test_a_bad_decision_tree_is_refused():
    with pytest.raises(ContentError, match=r"advice/procedure_chooser\.yaml"):
        check_decision_file("advice/procedure_chooser.yaml", b"start: nowhere\nquestions: {}\n", "x/")


def test_files_are_written_whole_into_the_advice_folder(tmp_path):
    written = write_decision_files(tmp_path, {"advice/thresholds.yaml": b"version: 2\n"})
    assert written == [str(tmp_path / "advice" / "thresholds.yaml")]
    assert (tmp_path / "advice" / "thresholds.yaml").read_bytes() == b"version: 2\n"
    assert [p.name for p in (tmp_path / "advice").iterdir()] == ["thresholds.yaml"]
