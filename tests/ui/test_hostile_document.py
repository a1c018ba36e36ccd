"""The reader opens documents built to exhaust the renderer: the part within the bounds is formatted, the
rest is shown as plain text under a notice, and no error reaches the window."""

from __future__ import annotations

import pytest

from ipt_desktop.core.content.documents import parse_document
from ipt_desktop.core.content.rendering import TRUNCATED_NOTICE

BODIES = {
    "nested": "".join("    " * i + "- x\n" for i in range(400)),
    "emphasis": "*_" * 200_000 + "\n",
}


@pytest.mark.parametrize("name", sorted(BODIES))
def test_the_reader_shows_a_hostile_document_with_a_notice(qtbot, make_window, name):
    window, workers = make_window()
    doc = parse_document(
        f"---\nid: hostile-{name}\ntitle: Hostile {name}\ntype: guide\nsummary: S.\nlanguage: en\n"
        f"project: Tests\nlicense: CC-BY-4.0\nupdated: 2026-01-01\n---\n\n{BODIES[name]}",
        f"{name}.md",
    )
    with qtbot.waitSignal(
        workers[1].submit(lambda library: library.import_markdown([doc])).finished, timeout=60000
    ):
        pass
    with qtbot.waitSignal(window.document_shown, timeout=60000):
        window.open_document(f"hostile-{name}")
    text = window.reader.view.toPlainText()
    assert f"Hostile {name}" in text[:500] and TRUNCATED_NOTICE in text
