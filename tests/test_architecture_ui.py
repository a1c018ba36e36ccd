"""The UI and the CLI talk to ``Library`` only: never to its stores, its index or a database connection.

Read from the source with ``ast``: in every module under ``ipt_desktop/ui`` and ``ipt_desktop/cli``,

* no ``.content``, ``.user`` or ``.index`` is read from a library object (a name, or the last part of a dotted
  name, that contains "library": ``library``, ``self._library``, ``lib`` ...), and no ``.conn`` from anything;
* ``SourceStore``, ``ContentStore`` and ``UserStore`` are neither imported nor called.

What they need is a method of ``Library``, which returns a change record when it writes (core/changes.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "ipt_desktop"
CHECKED = ("ui", "cli")
LIBRARY_PARTS = frozenset({"content", "user", "index"})
STORES = frozenset({"SourceStore", "ContentStore", "UserStore"})


def _is_library(node: ast.expr) -> bool:
    """``library``, ``self.library``, ``self._library``, ``window.lib`` ...: the expression names a Library."""
    if isinstance(node, ast.Name):
        name = node.id
    elif isinstance(node, ast.Attribute):
        name = node.attr
    else:
        return False
    name = name.lower().lstrip("_")
    return "library" in name or name == "lib"


def offences(source: str, where: str = "<source>") -> list[str]:
    """Each reach past Library in ``source``, as "where:line: what"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Attribute):
            if node.attr == "conn":
                found.append(f"{where}:{line}: .conn (a database connection)")
            elif node.attr in LIBRARY_PARTS and _is_library(node.value):
                found.append(f"{where}:{line}: {ast.unparse(node)}")
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in STORES:
                    found.append(f"{where}:{line}: imports {alias.name}")
        elif isinstance(node, ast.Call):
            called = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if called in STORES:
                found.append(f"{where}:{line}: constructs {called}")
    return found


def test_ui_and_cli_talk_to_library_only():
    found = []
    for part in CHECKED:
        for path in sorted((PACKAGE / part).rglob("*.py")):
            found += offences(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    assert found == [], "use a method of Library instead:\n" + "\n".join(found)


def test_the_check_finds_each_way_of_reaching_past_library():
    source = """
from ipt_desktop.core.sync.sources import SourceStore
import ipt_desktop.core.store.user_store as us

def f(library, self, window):
    library.content.count()
    self._library.user.bookmarks()
    window.library.index.search(q)
    lambda lib: lib.user.notes()
    SourceStore(x).list()
    us.UserStore(path)
    cursor = something.conn.execute("SELECT 1")
"""
    found = offences(source)
    assert len(found) == 8, found
    for text in ("imports SourceStore", "library.content", "self._library.user", "window.library.index"):
        assert any(text in line for line in found), text
    assert any("constructs UserStore" in line for line in found) and any(".conn" in line for line in found)


def test_the_check_leaves_alone_what_is_not_a_library():
    source = """
row = self.model.index(0)
text = window.reader.current.document.content_hash
names.index(wanted)
item.user
library.collections()
library.sources()
"""
    assert offences(source) == []
