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


def test_every_translated_text_is_a_literal_the_extractor_can_see():
    """``tr(name)`` or ``translate(context, variable)`` compiles, but the translation tool (lupdate) only
    collects literal texts: such a string would stay English in every language. Also refused: a wrapper
    function around ``translate`` (``_t("…")``), whose literals the tool does not collect either."""
    offenders = []
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # A local ``def tr(text)`` is the one wrapper lupdate understands (it files its calls under "").
        inside_tr = {
            id(child)
            for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef) and fn.name == "tr"
            for child in ast.walk(fn)
        }
        for node in ast.walk(tree):
            if id(node) in inside_tr:
                continue
            if isinstance(node, ast.JoinedStr):  # lupdate does not look inside f-strings
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _name(inner.func) in ("tr", "translate"):
                        offenders.append(
                            f"{path.name}:{inner.lineno} {_name(inner.func)}() inside an f-string"
                        )
            if isinstance(node, ast.FunctionDef) and node.name != "tr":
                body = [
                    n
                    for n in node.body
                    if not isinstance(n, ast.Expr) or not isinstance(n.value, ast.Constant)
                ]
                if len(body) == 1 and isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Call):
                    call = body[0].value
                    if _name(call.func) == "translate" and not isinstance(call.args[-1], ast.Constant):
                        offenders.append(f"{path.name}:{node.lineno} {node.name}() wraps translate")
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name == "tr" and isinstance(node.func, ast.Attribute):
                text = node.args[0] if node.args else None
            elif name == "translate" and _name(getattr(node.func, "value", None)) == "QCoreApplication":
                text = node.args[1]
                if len(node.args) > 2:  # lupdate collects no plural form from a translate(…, n) call
                    offenders.append(f"{path.name}:{node.lineno} translate() with a count: use self.tr(…, n)")
            else:
                continue
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                offenders.append(f"{path.name}:{node.lineno} {ast.unparse(node)[:70]}")
    assert offenders == [], "\n".join(offenders)
