"""Sync: subscribe, fetch, verify, parse and apply published feeds and offline packs; publish feeds.

Owns: HTTP with its caps (``http_fetch``), RSS/Atom/JSON Feed parsing (``feeds``), the signed curated feed
(``curated``, ``minisign``), the source list (``sources``), the fetch-to-apply pipeline (``pipeline``),
offline packs (``packs``) and building a signed feed (``publishing``).
May import: ``core.content``, ``core.store``, ``core.errors``, ``core.resources``. Writes go through the
``Library`` passed in, so that the index follows every commit.
"""
