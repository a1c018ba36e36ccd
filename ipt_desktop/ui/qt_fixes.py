"""Work-arounds for defects of the installed PySide6, each applied only where a probe shows the defect.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every emit
from Python drops one reference to ``True``. After a few hundred emits (one search does several) the count
reaches zero and CPython aborts, usually at interpreter exit: "Fatal Python error: bool_dealloc: deallocating
True or False". 6.11 is not affected. Where the probe finds the defect, ``emit`` is wrapped to give back the
reference the result took; where it does not (a fixed PySide6), nothing is changed.

Every PySide6 since 6.4: an import hook asks, for each module imported after PySide6, whether its source
mentions "PySide6" (the ``__feature__`` machinery), through ``inspect.getsource``, which decodes and tokenizes
the whole file. That was about 50 ms of the app's start-up. :func:`_faster_feature_check` answers the same
question by searching the file's bytes, and defers to PySide6 for anything that is not a plain ``.py`` file.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 64
_applied = False
_incref = ctypes.PYFUNCTYPE(None, ctypes.py_object)(("Py_IncRef", ctypes.pythonapi))


class _Probe(QObject):
    fired = Signal()


def _emit_drops_a_reference() -> bool:
    """True if each emit loses one reference to ``True``; the probe gives back what it lost."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    if before - sys.getrefcount(True) < _PROBES // 2:  # 0 when fixed; margin for other threads' noise
        return False
    for _ in range(_PROBES):
        _incref(True)
    return True


def apply() -> None:
    """Install the work-arounds that this PySide6 needs (idempotent)."""
    global _applied
    if _applied:
        return
    _applied = True
    _faster_feature_check()
    if _emit_drops_a_reference():
        emit = SignalInstance.emit

        def emit_keeping_references(self, *args):
            result = emit(self, *args)
            _incref(result)  # the reference PySide6 should have taken
            return result

        SignalInstance.emit = emit_keeping_references


def _faster_feature_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_reads_bytes", False):
        return

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    mod_uses_pyside._reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside
