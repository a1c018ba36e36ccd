"""Pieces of Markdown syntax that the plain-text extraction, slides and import share, in linear time.

Documents come from feeds, packs and folders that anyone can write, so every pattern that sees their text
must take time proportional to the text. The rule used throughout: a repetition never runs over the character
that could start another attempt (link text stops at ``[``, a link target at ``(``), so no two attempts scan
the same characters and no attempt backtracks further than its own run. tests/core/test_regex_timing.py times
every compiled pattern of ``ipt_desktop.core`` on adversarial megabytes.
"""

from __future__ import annotations

import re

# [text](target) or ![alt](target); the target may hold one level of balanced parentheses.
MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()]*(?:\([^()]*\)[^()]*)*\)")
_ATX_OPEN = re.compile(r"#{1,6}\s+")


def atx_heading(line: str) -> tuple[int, str] | None:
    """(level, title) of an ATX heading line (``## Title ##``), or None.

    The same as matching ``^(#{1,6})\\s+(.*?)\\s*#*\\s*$`` against one line, without that pattern's
    quadratic backtracking on long runs of spaces or ``#``."""
    match = _ATX_OPEN.match(line)
    if match is None:
        return None
    level = len(match.group().rstrip())
    return level, line[match.end() :].rstrip().rstrip("#").rstrip()
