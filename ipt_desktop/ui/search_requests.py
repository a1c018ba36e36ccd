"""What the search column asks the reader worker for, and when its list is out of date.

The list's requests (a search, a view or the whole library listed, a search's facet counts, a further page)
are queued so that a newer request for the list makes a waiting older one pointless; and each list the column
can show names the kinds of change (``OpChanges.touches``) after which it must be asked for again.
"""

from __future__ import annotations

# What each list shows, as kinds of change (OpChanges.touches): search results and the whole library by
# title (view None), and the personal and special views. Every list also shows titles from content.db.
CONTENT_KINDS = ("content", "index")
VIEW_DEPENDS = {
    None: CONTENT_KINDS,
    "bookmarks": ("bookmarks", *CONTENT_KINDS),
    "history": ("history", *CONTENT_KINDS),
    "notes": ("notes", *CONTENT_KINDS),
    "whats_new": CONTENT_KINDS,
    "events": CONTENT_KINDS,
    "newsletters": CONTENT_KINDS,
}

# A request for the list (a search, or a view or the whole library listed) that is still waiting when a newer one
# is submitted does not run at all: its answer would be dropped as stale (typing faster than the reader answers,
# or typing before the start-up listing of the library ran). Searches are a kind of their own: a search also
# makes the reader's start-up warm-up of the index pointless (see app.create_window).
LIST_KINDS = ("search", "list")
SEARCH_REQUEST = {"kind": "search", "superseded_by": LIST_KINDS}
LIST_REQUEST = {"kind": "list", "superseded_by": LIST_KINDS}
COUNTS_REQUEST = {"kind": "counts", "superseded_by": LIST_KINDS}
MORE_REQUEST = {"kind": "more", "superseded_by": LIST_KINDS}
