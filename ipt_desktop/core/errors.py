"""Exceptions raised by the core. Every one derives from IptError and reads as one clear sentence."""


class IptError(Exception):
    """Base class: the message is a complete sentence that names the file, URL or field at fault."""


class ContentError(IptError):
    """A document or content file is invalid."""


class StorageError(IptError):
    """A database cannot be opened, migrated or written."""


class IndexNotUpdatedError(StorageError):
    """Content was saved, but the search index could not follow (a full disk); it is rebuilt on the next
    start. ``changes`` is what was saved."""

    def __init__(self, message: str, changes: object = None) -> None:
        super().__init__(message)
        self.changes = changes


class NewerDatabaseError(StorageError):
    """A database was written by a newer version of the app and is left untouched."""


class NotFoundError(IptError):
    """A document, collection or source does not exist."""


class SearchError(IptError):
    """The search index cannot answer, or cannot be written."""


class IndexDamagedError(SearchError):
    """A file of the search index is not as it was written; searches fail until the index is rebuilt.

    ``reason`` is the short finding ("damaged: <file> is N bytes, M when written") for a status line.
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class SyncError(IptError):
    """A source could not be fetched or applied."""


class VerificationError(SyncError):
    """A signed feed or content pack failed verification; nothing was applied."""


class PublishError(IptError):
    """A feed could not be built or signed."""


class ExportError(IptError):
    """A PDF, deck or calendar file could not be written."""


def short_reason(exc: BaseException) -> str:
    """An exception as a short reason: its message's first line, else its type (whoosh raises some without a
    message)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text or type(exc).__name__
