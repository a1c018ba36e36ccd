"""Fuzz targets for every parser that reads what others wrote; tests/test_fuzz.py runs each in a child process.

``python -m tests.fuzz_targets NAME`` feeds a few hundred generated inputs (hypothesis, derandomized, so a
run is the same everywhere) to one parser. An input passes when the parser returns or raises one of the app's
own errors (``IptError``: one line naming the file, URL or field); any other exception fails the run, and so
does an input slower than the per-input deadline. The parent limits the child's address space, so an input
that blows memory up ends in a MemoryError, which fails too.

Shared building blocks live in tests/fuzz_support.py, the targets in tests/fuzz_content.py (documents and
Markdown) and tests/fuzz_sync.py (feeds, manifests, decks and packs).
"""

from __future__ import annotations

import signal
import sys

from tests.fuzz_content import front_matter, markdown_to_html
from tests.fuzz_support import EXAMPLES, _alarm
from tests.fuzz_sync import deck_file, entry_html, json_feed, manifest, rss_atom, zip_entries

TARGETS = {
    "front_matter": front_matter,
    "markdown_to_html": markdown_to_html,
    "rss_atom": rss_atom,
    "entry_html": entry_html,
    "json_feed": json_feed,
    "manifest": manifest,
    "deck_file": deck_file,
    "zip_entries": zip_entries,
}

if __name__ == "__main__":
    signal.signal(signal.SIGALRM, _alarm)
    TARGETS[sys.argv[1]]()
    print(f"{sys.argv[1]}: {EXAMPLES} inputs passed")
