"""The package rules of ARCHITECTURE.md: which package of ``ipt_desktop.core`` may import which.

Imports are read from the source (every ``import`` anywhere in a module, including those inside functions),
except those under ``if TYPE_CHECKING:``, which name a type and run nothing.
"""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).parents[2] / "ipt_desktop"
CORE = PACKAGE / "core"

# Each part of core -> the other parts of core it may import. ``errors``, ``resources`` and ``changes`` (the
# change records that writes return) are the floor; ``store`` stays below ``changes`` and needs none of it.
ALLOWED = {
    "errors": set(),
    "resources": set(),
    "changes": set(),
    "store": {"errors", "resources"},
    "advice": {"errors", "resources"},
    "content": {"errors", "resources", "changes", "store", "advice"},
    "search": {"errors", "resources", "changes", "content"},
    "trainer": {"errors", "resources", "changes", "store", "content"},
    "sync": {"errors", "resources", "changes", "store", "content"},
    "projects": {"errors", "resources", "changes", "store", "content"},
    "library": {
        "errors",
        "resources",
        "changes",
        "store",
        "advice",
        "content",
        "search",
        "trainer",
        "sync",
        "projects",
    },
}


def _imports(path: Path, *, skip_type_checking: bool = True) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    if skip_type_checking:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and ast.unparse(node.test) in (
                "TYPE_CHECKING",
                "typing.TYPE_CHECKING",
            ):
                skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    names = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            if node.module == "ipt_desktop.core":
                names.update(f"ipt_desktop.core.{alias.name}" for alias in node.names)
    return names


def _part(module: str) -> str | None:
    """``ipt_desktop.core.search.rank`` -> ``search``; None for modules outside core."""
    parts = module.split(".")
    if parts[:2] != ["ipt_desktop", "core"] or len(parts) < 3:
        return None
    return parts[2]


def _part_of_file(path: Path) -> str:
    relative = path.relative_to(CORE).with_suffix("")
    return relative.parts[0]


def test_every_part_of_core_is_known():
    found = {_part_of_file(p) for p in CORE.rglob("*.py") if p.name != "__init__.py" or p.parent != CORE}
    assert found <= set(ALLOWED), f"add {sorted(found - set(ALLOWED))} to ALLOWED and to ARCHITECTURE.md"


def test_parts_of_core_import_only_what_they_may():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        if path == CORE / "__init__.py":
            continue
        owner = _part_of_file(path)
        for name in _imports(path):
            used = _part(name)
            if used is not None and used != owner and used not in ALLOWED[owner]:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_store_imports_nothing_above_the_floor():
    for path in sorted((CORE / "store").rglob("*.py")):
        ours = {n for n in _imports(path) if n.startswith("ipt_desktop.core")}
        assert {_part(n) for n in ours} <= {"store", "errors", "resources"}, path


def test_search_and_content_never_import_sync():
    for part in ("search", "content"):
        for path in sorted((CORE / part).rglob("*.py")):
            assert not any(_part(n) == "sync" for n in _imports(path, skip_type_checking=False)), path


def test_core_imports_no_qt_and_no_ui():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for name in _imports(path, skip_type_checking=False):
            if name.split(".")[0] == "PySide6" or name.startswith("ipt_desktop.ui"):
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_only_the_search_package_imports_whoosh():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        uses_whoosh = any(name.split(".")[0] == "whoosh" for name in _imports(path, skip_type_checking=False))
        if uses_whoosh and (CORE / "search") not in path.parents:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_cli_imports_no_gui_at_module_level():
    for path in sorted(PACKAGE.glob("cli*.py")):
        top_level = {n.split(".")[0] for n in _imports_top_level(path)}
        assert "PySide6" not in top_level, path


def _imports_top_level(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_code_cites_only_files_in_the_repository():
    """Every Markdown file a module names (``ARCHITECTURE.md``, ``README.md`` ...) is in the repository."""
    root = PACKAGE.parent
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in re.findall(r"\b([A-Z][A-Za-z_]*\.md)\b", path.read_text(encoding="utf-8")):
            assert (root / name).is_file(), (
                f"{path.relative_to(root)} cites {name}, which is not in the repository"
            )
    assert (root / "ARCHITECTURE.md").is_file()
