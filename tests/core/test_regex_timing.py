"""Every regular expression of the app runs in linear time on hostile text.

Documents, feed entries and packs come from anyone, and one pattern with quadratic backtracking (``[`` × n then
``x](`` then ``a`` × n took 11 s at 80 KB) is enough to hang an import or a sync. So:

* every pattern is a module attribute (no pattern literal inside a function), so a new one is seen here;
* each compiled pattern found in the modules of ``ipt_desktop`` (and the patterns the glossary and snippets
  build from their data) is run over every position of megabyte-sized adversarial texts — long runs of one
  character, nested and unclosed brackets, alternations of ``*_`` — plus runs made of the pattern's own
  punctuation, under a timer that interrupts it after ``BUDGET`` seconds.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import signal
import time
from pathlib import Path

import pytest

import ipt_desktop

PACKAGE = Path(ipt_desktop.__file__).parent
BUDGET = 1.0  # seconds per pattern and text; a linear pattern takes a few milliseconds on a megabyte
MB = 1 << 20
DERIVED = 64 * 1024  # the texts made of a pattern's own punctuation: quadratic there still takes minutes
# Calls that build a pattern from data inside a function: what each one is built from, and why it is safe.
DYNAMIC = {
    "core/search/snippets.py": "query stems; timed below on a real SnippetMaker",
    "core/content/glossary.py": "glossary acronyms; timed below on the bundled library's glossary",
    "core/search/rank.py": "query words; run on words joined by single spaces, at most MAX_PHRASE_CHARS",
    "core/search/plan.py": "fnmatch of a query wildcard; run on index words of at most 40 characters",
}
# Patterns that never see text from outside: what they do see.
TRUSTED = {
    "ipt_desktop.core.search.masks._NONZERO": "the bitmasks that the index itself writes",
    "ipt_desktop.core.store.database._MIGRATION_NAME": "the names of the app's own migration files",
}
_RE_CALLS = {"compile", "sub", "subn", "search", "match", "fullmatch", "findall", "finditer", "split"}


def _rep(unit: str, size: int = MB) -> str:
    return (unit * (size // len(unit) + 1))[:size]


HALF = MB // 2
ADVERSARIAL = {
    "open brackets": "[" * MB,
    "brackets then a link": "[" * HALF + "x](" + "a" * HALF,
    "unclosed links": _rep("[x]("),
    "unclosed images": _rep("![x]("),
    "links with nested parentheses": _rep("[x]((a)"),
    "link text with brackets": _rep("[a[") + "](",
    "open parentheses": "(" * MB,
    "unclosed web links": _rep("(http://a"),
    "web links with parentheses": _rep("(https://a(b)"),
    "less-than": "<" * MB,
    "unclosed tags": _rep("<a "),
    "quoted less-than": '<a title="' + "<" * MB,
    "quote then less-than": '<a title=">' + "<" * MB,
    "tags and quotes": _rep('<"'),
    "open braces": "{" * MB,
    "unclosed braces": _rep("{a"),
    "newlines": "\n" * MB,
    "space newline": _rep(" \n"),
    "newline space": _rep("\n "),
    "spaces": " " * MB + "x",
    "no-break spaces": "\u00a0" * MB + "x",
    "mixed white space": _rep(" \t\r\n\x0b\x0c"),
    "carriage returns": "\r" * MB,
    "star underscore": _rep("*_"),
    "underscore star": _rep("_*"),
    "double emphasis": _rep("**__"),
    "hashes": "#" * MB,
    "heading of spaces": "# " + " " * MB + "x",
    "heading of hashes": "# " + "#" * MB + " x",
    "heading hash space": "# x" + _rep(" #") + "x",
    "dashes": "-" * MB + "x",
    "list markers": _rep("- "),
    "table cells": _rep("|---") + "x",
    "table row of spaces": "| --- " + " " * MB + "x",
    "rule of spaces": "---" + " " * MB + "x",
    "aligned cells": _rep("| :-: ") + "x",
    "backticks": "`" * MB,
    "tildes": "~" * MB,
    "fences": _rep("```\n"),
    "colons": ":" * MB,
    "colon dashes": _rep(":-"),
    "quotes": '"' * MB,
    "one quote": '"' + "a" * MB,
    "digits": "1" * MB + "x",
    "numbered markers": _rep("1."),
    "digits in lines": _rep("\n123"),
    "web addresses": _rep("http://"),
    "app links": "ipt://doc/" + "a" * MB,
    "declaration of spaces": "<!" + " " * MB,
    "declarations": _rep("<!"),
    "charset": _rep("charset="),
    "equals": "=" * MB + "x",
    "slug runs": _rep("a-") + "!",
    "front matter": "---\n" + _rep("\n---" + " " * 100 + "x"),
    "letters": "a" * MB,
    "words": _rep("procurement "),
    "backslashes": "\\" * MB,
    "nul": "\x00" * MB,
}


def _modules():
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="ipt_desktop."):
        if not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


def _module_patterns() -> dict[str, re.Pattern]:
    found: dict[int, tuple[str, re.Pattern]] = {}
    for module in [ipt_desktop, *_modules()]:
        for name, value in vars(module).items():
            qualified = f"{module.__name__}.{name}"
            if isinstance(value, re.Pattern) and id(value) not in found and qualified not in TRUSTED:
                found[id(value)] = (qualified, value)
    return dict(found.values())


def _data_patterns() -> dict[str, re.Pattern]:
    from ipt_desktop.core.content.check import check_library
    from ipt_desktop.core.content.glossary import Glossary
    from ipt_desktop.core.resources import resource_path
    from ipt_desktop.core.search.snippets import SnippetMaker

    documents = check_library(resource_path("content"), {}).documents
    glossary = Glossary.from_documents(documents)
    snippets = SnippetMaker(["procur", "innov", "market"], ["pcp", "a"], ["en", "de"])
    return {"Glossary._pattern (bundled)": glossary._pattern, "SnippetMaker.pattern": snippets.pattern}


PATTERNS = {**_module_patterns(), **_data_patterns()}


class _TooSlow(Exception):
    pass


def _alarm(signum, frame):
    raise _TooSlow


def _scan(pattern: re.Pattern, text: str) -> float:
    """Seconds to find every match of pattern in text, or BUDGET + 1 when the timer stopped it."""
    subject = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    previous = signal.signal(signal.SIGALRM, _alarm)
    start = time.perf_counter()
    try:
        signal.setitimer(signal.ITIMER_REAL, BUDGET)
        pattern.subn(subject[:0], subject)  # every position, as search, sub, split and findall go
        return time.perf_counter() - start
    except _TooSlow:
        return BUDGET + 1
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _own_punctuation(pattern: re.Pattern) -> dict[str, str]:
    """Texts made of the punctuation the pattern itself names: each alone, and each with a letter, a space
    or a newline after it."""
    source = pattern.pattern.decode("latin-1") if isinstance(pattern.pattern, bytes) else pattern.pattern
    chars = sorted({c for c in source if c.isascii() and not c.isalnum() and c.isprintable() and c != "\\"})
    texts = {}
    for char in chars:
        for tail in ("", "a", "\n"):
            texts[f"{char + tail!r} repeated"] = _rep(char + tail, DERIVED)
    return texts


def test_the_patterns_are_found():
    names = set(PATTERNS)
    for expected in (
        "ipt_desktop.core.content.markup.MD_LINK",
        "ipt_desktop.core.search.analysis._MD_NOISE",
        "ipt_desktop.core.trainer.slide_blocks._MARKUP",
        "ipt_desktop.core.content.documents._FRONT_MATTER",
        "ipt_desktop.core.sync.feeds._ENTITY_DECL",
    ):
        assert expected in names
    assert PATTERNS["Glossary._pattern (bundled)"] is not None


def test_no_pattern_literal_inside_a_function():
    """Patterns written inside functions escape the timing below: they must be module attributes."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        relative = str(path.relative_to(PACKAGE))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re"
                    and node.func.attr in _RE_CALLS
                    and node.args
                ):
                    literal = isinstance(node.args[0], ast.Constant)
                    if literal or relative not in DYNAMIC:
                        offenders.append(
                            f"{relative}:{node.lineno}: re.{node.func.attr}(…) inside a function"
                        )
    assert offenders == []


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_adversarial_text(name):
    pattern = PATTERNS[name]
    slow = []
    for label, text in {**ADVERSARIAL, **_own_punctuation(pattern)}.items():
        seconds = _scan(pattern, text)
        if seconds > BUDGET:
            slow.append(f"{label}: {'over ' if seconds > BUDGET + 0.5 else ''}{min(seconds, BUDGET):.2f} s")
    assert slow == [], f"{name} {pattern.pattern!r} is not linear: {slow}"
