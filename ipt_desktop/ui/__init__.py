"""PySide6 user interface. Talks to the core only through ipt_desktop.core.library.Library, run on workers."""

from ipt_desktop.ui import qt_fixes as _qt_fixes

_qt_fixes.apply()
