"""Trainer tools: slides and presenter notes from a document, workshop decks, and the PDF page layout.

Owns: splitting a document into slides (``slides``, ``slide_blocks``), decks stored in user.db with their
export and import (``decks``), and the HTML laid out for PDF export (``pdf_layout``).
May import: ``core.content``, ``core.store``, ``core.errors``, ``core.resources``.
"""
