"""A presentation with a projector: slides full screen on the second screen, the speaker view on the laptop.

The test process has one offscreen screen, so a child process starts Qt's offscreen platform with two
screens described in a configuration file (the platform's ``configfile`` option) and reports what it saw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ]
}
CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from ipt_desktop.core.content.documents import load_document
    from ipt_desktop.core.trainer.slides import deck_for_document
    from ipt_desktop.ui.presentation_controller import PresentationController

    app = QApplication(sys.argv[:1])
    deck = deck_for_document(load_document(Path(sys.argv[1])))
    controller = PresentationController()
    ended = []
    controller.ended.connect(lambda: ended.append(True))
    window = controller.present_deck(deck)
    for _ in range(5):
        app.processEvents()
    presenter = controller.presenter
    seen = {
        "screens": [s.name() for s in app.screens()],
        "slides_screen": window.screen().name(),
        "slides_geometry": list(window.geometry().getRect()),
        "slides_full_screen": window.isFullScreen(),
        "presenter_open": presenter is not None,
    }
    if presenter is not None:
        seen["presenter_screen"] = presenter.screen().name()
        seen["presenter_maximised"] = presenter.isMaximized()
        QTest.keyClick(presenter, Qt.Key.Key_Right)  # the laptop's keyboard drives the projector
        QTest.keyClick(presenter, Qt.Key.Key_Right)
        app.processEvents()
        seen["slide_after_two_rights"] = window.current
        seen["presenter_counter"] = presenter.counter.text()
        seen["slides_counter"] = window.counter_text()
        presenter.close()  # closing the speaker view ends the show on two screens
        for _ in range(5):
            app.processEvents()
        seen["ended"] = bool(ended) and controller.window is None
    seen["slides"] = len(deck.slides)
    print(json.dumps(seen))
    """
)


def test_two_screens_put_the_slides_on_the_projector_and_the_speaker_view_on_the_laptop(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    env.pop("QT_SCALE_FACTOR", None)
    training = ROOT / "resources" / "content" / "training-pre-commercial-procurement.md"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(training)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["laptop", "projector"]
    assert seen["slides_screen"] == "projector"
    assert seen["slides_full_screen"] and seen["slides_geometry"] == [1280, 0, 1920, 1080]
    assert seen["presenter_open"], "two screens: the speaker view opens by itself"
    assert seen["presenter_screen"] == "laptop" and seen["presenter_maximised"]
    assert seen["slide_after_two_rights"] == 2
    assert seen["presenter_counter"] == seen["slides_counter"] == f"3 / {seen['slides']}"
    assert seen["ended"]
