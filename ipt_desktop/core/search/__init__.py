"""Search: the Whoosh index derived from content.db, and every query against it.

Owns: the ``SearchIndex`` (``index``, one per data directory and process, shared by threads) and one search
over it (``run``), its schema and analysis, writing and swapping index folders (``store``, ``writer``), the
lock file and change counter that coordinate writers and readers across processes (``lock``), query parsing
(``query``) and planning (``plan``), glossary terms and concepts at query time (``terms``), question words
and the concept map (``phrasing``), postings (``postings``) and ranking (``rank``), snippets, sections and
passages (``snippets``, ``sections``) and result types (``types``).
The only package of the app that imports whoosh.
May import: ``core.content``, ``core.errors``, ``core.resources``. Never sync, store or trainer.
"""


def load_engine() -> None:
    """Import the search modules now, with those whoosh itself imports only when the first searcher opens
    (searching, highlighting) and the Snowball stemmers the first query loads, so that the caller chooses
    when that time is spent: the app spends it before Qt is loaded (ipt_desktop/app.py, start_window)."""
    import whoosh.highlight
    import whoosh.searching  # noqa: F401
    from whoosh.lang import snowball  # noqa: F401

    import ipt_desktop.core.search.index  # noqa: F401
