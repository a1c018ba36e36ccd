"""At least 90% of the public functions and methods of ``ipt_desktop`` have a docstring.

Counted with ``ast`` over every module: module-level functions and the methods of classes whose names do not
start with an underscore (nor does any enclosing class's). Left out of the count:

- functions nested in functions (local helpers and slots, not reachable from outside);
- property setters and deleters, which share the getter's docstring;
- overrides of a method that a base class from outside ipt_desktop defines, e.g. Qt's ``rowCount``,
  ``data``, ``paintEvent``, ``keyPressEvent`` or ``sizeHint``, or ``JSONEncoder.default``: the base
  class documents what they do. They are found by importing each module and looking the name up on the
  class's bases.

Run ``python -m tests.test_docstrings`` to list what is missing.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ipt_desktop"
MINIMUM = 0.90


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _overrides_a_foreign_method(module, classes: list[str], name: str) -> bool:
    """True when ``name`` is defined by a base class from outside ipt_desktop (Qt, the standard library ...)."""
    owner = module
    for class_name in classes:
        owner = getattr(owner, class_name, None)
        if owner is None:
            return False
    if not inspect.isclass(owner):
        return False
    return any(
        not base.__module__.startswith("ipt_desktop") and hasattr(base, name)
        for base in owner.__mro__[1:]
        if base is not object
    )


def _is_setter_or_deleter(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(
        isinstance(decorator, ast.Attribute) and decorator.attr in ("setter", "deleter")
        for decorator in function.decorator_list
    )


def public_functions() -> list[tuple[str, bool]]:
    """(qualified name, has a docstring) for every function the ratio counts."""
    found: list[tuple[str, bool]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "__main__.py":  # runs the app when imported; holds no functions
            continue
        name = _module_name(path)
        module = importlib.import_module(name)
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, classes: list[str], module=module, name=name) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef):
                    if not child.name.startswith("_"):
                        visit(child, [*classes, child.name])
                elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                    if child.name.startswith("_") or _is_setter_or_deleter(child):
                        continue
                    if classes and _overrides_a_foreign_method(module, classes, child.name):
                        continue
                    qualified = ".".join([name, *classes, child.name])
                    found.append((qualified, ast.get_docstring(child) is not None))

        visit(tree, [])
    return found


def test_at_least_ninety_percent_of_public_functions_have_a_docstring():
    functions = public_functions()
    documented = sum(1 for _, has in functions if has)
    ratio = documented / len(functions)
    missing = [name for name, has in functions if not has]
    assert ratio >= MINIMUM, (
        f"{documented}/{len(functions)} public functions have a docstring ({ratio:.0%}, at least "
        f"{MINIMUM:.0%} wanted); missing: {', '.join(missing)}"
    )


if __name__ == "__main__":
    functions = public_functions()
    documented = sum(1 for _, has in functions if has)
    print(f"{documented}/{len(functions)} = {documented / len(functions):.1%}", file=sys.stderr)
    for qualified, has in functions:
        if not has:
            print(qualified)
