"""Reference-count defects of PySide6 releases, checked in a child process so that a failure cannot take the
test run down.

PySide6 6.12.0's Signal.emit() returns a borrowed ``True``: each emit from Python drops a reference to it and
the interpreter aborts at exit ("Fatal Python error: bool_dealloc"). The same release also drops a reference
to ``None`` on every call of a C++ method that returns nothing (``setText``, ``clear`` ...). The app carries
no work-around: pyproject.toml excludes that release, and these tests fail on any PySide6 with either defect,
so a release that brings one back is caught before it ships.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal(object)

app = QCoreApplication([])
emitter = Emitter()
emitter.fired.connect(lambda value: None)
before = sys.getrefcount(True)
for _ in range(2000):  # more than True's whole reference count: with the defect this aborts
    emitter.fired.emit(None)
    app.objectNameChanged.emit("x")
print(sys.getrefcount(True) - before)
"""


def test_signal_emit_keeps_bool_refcounts_and_the_interpreter_exits_cleanly():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, f"the interpreter crashed (PySide6 refcount defect?): {done.stderr[-500:]}"
    assert done.stdout.strip() == "0", (
        f"Signal.emit() changed True's reference count by {done.stdout.strip()}"
    )


_VOID_CALLS = """
import sys
from PySide6.QtWidgets import QApplication, QLineEdit

app = QApplication([])
field = QLineEdit()
before = sys.getrefcount(None)
for _ in range(500):
    field.setText("x")
    field.clear()
print(sys.getrefcount(None) - before)
"""


def test_void_calls_keep_none_refcounts():
    """Each void call must leave None's reference count alone, or a long session ends in a crash."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _VOID_CALLS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-500:]
    change = int(done.stdout.strip())
    assert abs(change) < 100, (
        f"1,000 void calls changed None's reference count by {change}"
    )  # a stray ref or two
