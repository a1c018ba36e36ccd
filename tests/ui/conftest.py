"""Window fixtures: the real main window over a temporary data directory seeded with the bundled library."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from ipt_desktop.ui.app_settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, cli_env, tmp_path: Path, settings: AppSettings):
    """Factory: a started main window over one data directory (call again to 'restart' the app)."""
    from ipt_desktop.app import create_window

    created = []
    windows = []  # closed at the end unless a language switch already replaced (and deleted) them
    data_dir = tmp_path / "data"

    def make():
        window, workers = create_window(data_dir, settings)
        windows.append(window)
        created.append(workers)
        with qtbot.waitSignal(window.ready, timeout=60000):
            window.show()
            window.start()
        return window, workers

    yield make
    for window in windows:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    for workers in created:
        for worker in workers:
            worker.stop()
