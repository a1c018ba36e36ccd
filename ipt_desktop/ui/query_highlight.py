"""The words of a search, highlighted in the document it opened, with F3 / Shift+F3 to step through them.

As in Zeal or Kiwix: every occurrence of the query's words (and of the forms the search matched, which the
result's snippet marks in bold) gets a background, and the reader jumps to the first one in the text (not in
the title above it). Matching is case-insensitive and at the start of words, so "procur" marks "procurement".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit

# Where the body starts: the renderer's body follows this anchor (see ReaderPanel._render).
BODY_ANCHOR = "ipt-body-start"
MIN_WORD = 3
MAX_WORDS = 12
_BOLD = re.compile(r"<b>(.*?)</b>", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"\w[\w'-]*", re.UNICODE)
# Words too common to be worth marking.
_SKIP = frozenset(
    [
        "and",
        "the",
        "for",
        "with",
        "from",
        "that",
        "this",
        "are",
        "was",
        "what",
        "how",
        "can",
        "who",
        "why",
        "when",
        "where",
        "which",
        "into",
        "about",
        "der",
        "die",
        "das",
        "und",
        "les",
        "des",
        "une",
        "pour",
        "avec",
        "del",
        "los",
        "las",
        "por",
        "con",
        "per",
        "che",
        "gli",
    ]
)


def highlight_words(query: str, snippet: str = "") -> tuple[str, ...]:
    """The words to mark: the query's own words and the forms its snippet shows in bold, longest first."""
    words = [*_WORD.findall(query), *(w for bold in _BOLD.findall(snippet) for w in _WORD.findall(bold))]
    unique = {w.lower(): w for w in words if len(w) >= MIN_WORD and w.lower() not in _SKIP}
    return tuple(sorted(unique.values(), key=len, reverse=True)[:MAX_WORDS])


class QueryHighlighter:
    """Marks words in a QTextBrowser and steps through the marks."""

    def __init__(self, view: QTextBrowser) -> None:
        self.view = view
        self.matches: list[QTextCursor] = []
        self.position = -1
        self.dark = False

    def apply(self, words: Iterable[str], jump: bool = True) -> int:
        """Mark every occurrence of ``words`` and (with ``jump``) move to the first one in the body; returns
        the count."""
        words = [w for w in words if w]
        self.matches, self.position = [], -1
        if not words:
            self.view.setExtraSelections([])
            return 0
        alternatives = "|".join(QRegularExpression.escape(w) for w in words)
        pattern = QRegularExpression(
            rf"\b(?:{alternatives})", QRegularExpression.PatternOption.CaseInsensitiveOption
        )
        document = self.view.document()
        cursor = QTextCursor(document)
        while True:
            cursor = document.find(pattern, cursor)
            if cursor.isNull() or not cursor.hasSelection():
                break
            self.matches.append(QTextCursor(cursor))
        marked = QTextCharFormat()
        marked.setBackground(QColor("#7a5c00" if self.dark else "#ffe58a"))
        marked.setForeground(QColor("#ffffff" if self.dark else "#1b1f24"))
        selections = []
        for match in self.matches:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            selection.format = marked
            selections.append(selection)
        self.view.setExtraSelections(selections)
        if jump:
            self.jump_to_body()
        return len(self.matches)

    def mark_passage(self, passage: str) -> bool:
        """Select the search's answer passage in the text (found by its opening words, after the header) and
        bring it into view; False when the text does not hold it (the passage is plain text cut from the
        body, so its opening is looked for at decreasing lengths)."""
        text = " ".join(passage.strip("… ").split())
        document = self.view.document()
        start = QTextCursor(document)
        start.setPosition(self._body_start())
        for length in (60, 30, 15):
            probe = text[:length].rsplit(" ", 1)[0] if len(text) > length else text
            if len(probe) < 8:
                break
            found = document.find(probe, start)
            if not found.isNull():
                cursor = QTextCursor(found)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                self.view.setTextCursor(cursor)
                self.view.ensureCursorVisible()
                after = next(
                    (i for i, m in enumerate(self.matches) if m.selectionStart() >= found.position()), -1
                )
                self.position = after - 1 if after > 0 else -1  # F3 goes on from the passage
                return True
        return False

    def jump_to_body(self) -> None:
        """Move to the first mark in the text (after the header), if any."""
        body = self._body_start()
        first = next((i for i, m in enumerate(self.matches) if m.selectionStart() >= body), None)
        if first is not None:
            self._go(first)

    def clear(self) -> None:
        """Remove the marks."""
        self.matches, self.position = [], -1
        self.view.setExtraSelections([])

    def step(self, forward: bool = True) -> bool:
        """Move to the next (or previous) mark, wrapping around; False when nothing is marked."""
        if not self.matches:
            return False
        if self.position < 0:
            self._go(0 if forward else len(self.matches) - 1)
        else:
            self._go((self.position + (1 if forward else -1)) % len(self.matches))
        return True

    def _go(self, index: int) -> None:
        self.position = index
        match = self.matches[index]
        cursor = QTextCursor(match)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()

    def _body_start(self) -> int:
        """Where the document's own text begins (after the header's title and summary)."""
        block = self.view.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and BODY_ANCHOR in fragment.charFormat().anchorNames():
                    return fragment.position()
                iterator += 1
            block = block.next()
        return 0
