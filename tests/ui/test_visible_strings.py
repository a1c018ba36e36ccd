"""Every visible string of the window goes through Qt's translation (``tr`` / ``QCoreApplication.translate``).

A literal handed straight to a Qt text setter or widget constructor would stay English in every language.
Literals without letters (separators, "·", "%1 / %2") and names that are not shown (object names, settings
keys) are not visible text.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ipt_desktop" / "ui"

# Qt calls whose string arguments are shown to people.
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "addAction",
    "addMenu",
    "setTabText",
    "addTab",
    "insertTab",
    "addItem",
    "setHeaderLabels",
    "showMessage",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "setHtml",
    "information",
    "warning",
    "critical",
    "question",
    "getText",
    "setWindowIconText",
}
WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
}


def _has_words(text: str) -> bool:
    """Letters outside HTML tags, in text that is not a URL (an example address is the same everywhere)."""
    text = re.sub(r"<[^>]*>|<[^>]*$|^[^<]*>", " ", text)
    return not text.strip().startswith(("http://", "https://")) and any(ch.isalpha() for ch in text)


def _is_visible_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return _has_words("".join(str(v.value) if isinstance(v, ast.Constant) else " " for v in node.values))
    return False


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def test_no_visible_literal_bypasses_tr():
    offenders = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name not in TEXT_SETTERS and name not in WIDGETS:
                continue
            for arg in node.args:
                if _is_visible_literal(arg):
                    offenders.append(f"{path.name}:{node.lineno} {name}({ast.unparse(arg)[:60]})")
    assert offenders == [], "\n".join(offenders)
