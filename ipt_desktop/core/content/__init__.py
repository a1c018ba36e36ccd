"""Content: the document format, the taxonomy, content.db, rendering, the glossary and importing files.

Owns: parsing and validating a document (``documents``), the taxonomy (``taxonomy``), content.db and the
change record of a write (``store``), Markdown to safe HTML and text (``rendering``), glossary acronyms
(``glossary``), language detection (``language``), the bundled library (``bundled``), Markdown imports
(``importer``, ``user_import``), citations and calendar files, and the content check (``check``).
May import: ``core.store``, ``core.errors``, ``core.resources``. Never search, sync or trainer.
"""
