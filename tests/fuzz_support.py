"""Building blocks shared by the fuzz targets (see tests/fuzz_targets.py): the hypothesis settings, the
generated texts and JSON values, the hostile inputs every target runs first, the per-input timer, and the
checks that an answer is safe HTML or one of the app's own one-line errors.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import signal

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from ipt_desktop.core.errors import IptError

EXAMPLES = 200
# The inputs of the hostile-document report, at sizes that took seconds to minutes before the bounds; each
# target runs them first, then the generated ones.
BRACKETS = "[" * 20_000 + "x](" + "a" * 20_000
NESTED = "".join("    " * i + "- x\n" for i in range(400))
ALIAS_BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{k}: &{k} [{', '.join(['*' + p] * 9)}]\n" for p, k in zip("abcdefghi", "bcdefghij", strict=True)
)
INPUT_SECONDS = 5  # the timer that interrupts one slow input
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=dt.timedelta(seconds=INPUT_SECONDS),
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),  # no shrinking: a failure shows the input as generated
    suppress_health_check=list(HealthCheck),
    print_blob=False,
)
TAG = re.compile(r'<(?:[^<>"]|"[^"]*")*>')
QUOTED = re.compile(r'"[^"]*"')
ATTRIBUTE = re.compile(r"\s([^\s=/>]+)=")
LINK = re.compile(r'(?:href|src)="([^"]*)"')
SAFE_ATTRIBUTES = {
    "href",
    "src",
    "alt",
    "width",
    "height",
    "id",
    "class",
    "title",
    "align",
    "colspan",
    "rowspan",
    "start",
}

# -- building blocks -------------------------------------------------------------------------------------

MARKDOWN_CHARS = "#*_`[]()<>!&\\|~-+=:{}\"' \n\t.1aZé\u00a0\u2028\r"
MARKDOWN_PIECES = [
    "# ",
    "## Title\n",
    "- ",
    "* ",
    "1. ",
    "    ",
    "\t",
    "> ",
    "```\n",
    "~~~a\n",
    "|a|b|\n|---|---|\n",
    "[x](http://a)",
    "![i](ipt://asset/x)",
    "[^1]",
    "[^1]: note\n",
    "*[HTML]: Hyper\n",
    '<div markdown="1">\n',
    "<div>",
    "</div>",
    "<script>alert(1)</script>",
    "<a href='javascript:alert(1)'>",
    "&amp;",
    "&#x",
    "<!--",
    "{: #id .c }",
    "term\n:   def\n",
    "\n\n",
    "===\n",
    "---\n",
    "*_",
    "**",
    "__",
    "\\",
]
HTML_PIECES = [
    "<div>",
    "</div>",
    "<p>",
    "<b>",
    "<ul><li>",
    "<table><tr><td>",
    '<a href="javascript:x()">',
    "<img src=x onerror=alert(1)>",
    "<svg onload=x>",
    "<math>",
    "<style>",
    "<script>",
    "<![CDATA[",
    "<!--",
    "&#0;",
    "&lt;",
    '"',
    "'",
    ' title=">',
    "<",
    ">",
]
YAML_CHARS = "&*[]{}:,-!|>'\"#%@?\n \tabc1.é"
YAML_PIECES = [
    "&a ",
    "*a",
    "&b [",
    "*b, ",
    "[",
    "]",
    "{",
    "}",
    "key: ",
    "- ",
    "!!python/object ",
    "? ",
    "|\n",
    "\n  ",
]


def _texts(chars: str, pieces: list[str], max_repeat: int = 3000) -> st.SearchStrategy[str]:
    """Short texts over chars, known pieces, and either of them repeated up to max_repeat times."""
    unit = st.one_of(st.text(alphabet=chars, max_size=12), st.sampled_from(pieces))
    repeated = st.builds(lambda u, n: u * n, unit, st.integers(1, max_repeat))
    nested = st.builds(
        lambda n: "".join("    " * i + "- x\n" for i in range(n)), st.integers(1, 400)
    )  # lists nested past the bound
    return st.lists(st.one_of(unit, repeated, nested), max_size=12).map("".join)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


class InputTooSlow(BaseException):
    """Raised by the timer in the middle of a parse (a BaseException, so no ``except Exception`` hides it)."""


def _alarm(signum, frame):
    raise InputTooSlow(f"one input took more than {INPUT_SECONDS} s")


def _timed(target):
    """Arm the timer around one input; a slow input fails as an AssertionError that hypothesis reports."""

    @functools.wraps(target)
    def run(*args, **kwargs):
        signal.setitimer(signal.ITIMER_REAL, INPUT_SECONDS)
        try:
            return target(*args, **kwargs)
        except InputTooSlow as exc:
            raise AssertionError(str(exc)) from None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    return run


def _assert_safe(html: str) -> None:
    """No script, event handler or javascript: link in any tag (text may mention them, escaped)."""
    for tag in TAG.findall(html.lower()):
        assert not tag.startswith(("<script", "<style", "<svg", "<iframe")), tag
        bare = QUOTED.sub('""', tag)
        assert set(ATTRIBUTE.findall(bare)) <= SAFE_ATTRIBUTES, tag
        assert all(
            not value.strip().startswith(("javascript", "vbscript", "data")) for value in LINK.findall(tag)
        ), tag


def _allowed(call, *args) -> None:
    """Run one parse; the app's own errors are a correct answer."""
    try:
        call(*args)
    except IptError as exc:
        assert "\n" not in str(exc), f"an error of more than one line: {exc!r}"
