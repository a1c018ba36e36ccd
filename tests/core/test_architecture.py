"""The core never imports Qt or the UI; only the search modules import whoosh."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[2] / "ipt_desktop"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_no_qt_and_no_ui():
    offenders = []
    for path in sorted((PACKAGE / "core").rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] == "PySide6" or name.startswith("ipt_desktop.ui"):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_only_search_modules_import_whoosh():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(name.split(".")[0] == "whoosh" for name in _imports(path)):
            if not (path.parent.name == "core" and path.stem.startswith("search")):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_cli_imports_no_gui_at_module_level():
    for name in ("cli.py", "cli_commands.py"):
        top_level = {n.split(".")[0] for n in _imports_top_level(PACKAGE / name)}
        assert "PySide6" not in top_level


def _imports_top_level(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names
