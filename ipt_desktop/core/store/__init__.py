"""Storage: SQLite databases and their migrations, the data directory, and the user's own data.

Owns: opening a database with our pragmas and migrations (``database``), choosing, checking and seeding the
data directory (``data_dir``), and user.db with bookmarks, notes, history and collections (``user_store``).
May import: ``core.errors`` and ``core.resources`` only. It knows nothing of documents, search or sync.
"""
