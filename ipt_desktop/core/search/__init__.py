"""Search: the Whoosh index derived from content.db, and every query against it.

Owns: the ``SearchIndex`` (``index``, one per data directory and process, shared by threads), its schema and
analysis, writing and swapping index folders (``store``, ``writer``), the lock file and change counter that
coordinate writers and readers across processes (``lock``), query parsing and planning, ranking, snippets
and result types (``types``).
The only package of the app that imports whoosh.
May import: ``core.content``, ``core.errors``, ``core.resources``. Never sync, store or trainer.
"""
