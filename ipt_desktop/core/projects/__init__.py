"""Procurement projects: a user's run through one procedure's stage checklist, with ticks and notes per item.

Owns the project tables of user.db (``store``), the checks and views over them (``service``) and the Markdown
and HTML of a project's checklist (``export``). The checklists themselves are content
(``core/content/checklists.py``). Sync never touches projects. ``Library`` delegates its project methods here.

May import: content, store, errors, resources, changes.
"""
