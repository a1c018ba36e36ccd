"""Work-arounds for defects of the installed PySide6, each applied only where a probe shows the defect.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every emit
from Python drops one reference to ``True``. After a few hundred emits (one search does several) the count
reaches zero and CPython aborts, usually at interpreter exit: "Fatal Python error: bool_dealloc: deallocating
True or False". 6.11 is not affected. Where the probe finds the defect, ``emit`` is wrapped to give back the
reference the result took; where it does not (a fixed PySide6), nothing is changed.
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
    if _emit_drops_a_reference():
        emit = SignalInstance.emit

        def emit_keeping_references(self, *args):
            result = emit(self, *args)
            _incref(result)  # the reference PySide6 should have taken
            return result

        SignalInstance.emit = emit_keeping_references
