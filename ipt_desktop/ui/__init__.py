"""PySide6 user interface. Talks to the core only through ipt_desktop.core.library.Library, run on workers."""
