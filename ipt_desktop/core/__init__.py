"""GUI-free core of IPT Desktop: storage, content, rendering, search, sync, publishing and user data.

Nothing in this package imports PySide6 or ``ipt_desktop.ui``; tests/core/test_architecture.py enforces it.
"""
