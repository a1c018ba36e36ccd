"""How a download failure reads: why a connection failed in words a buyer understands, an exception's first
line, and a size limit in megabytes. ``http_fetch`` puts these after the URL in its SyncError messages.
"""

from __future__ import annotations

import errno
import socket
import ssl
from urllib.parse import urlsplit


def _causes(exc: BaseException):
    """The exception and the chain of exceptions behind it."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def connect_failure(exc: Exception, url: str) -> str:
    """Why a connection failed, in words a buyer understands ("no connection: could not find example.org")."""
    host = urlsplit(url).hostname or url
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            return f"no connection: could not find {host}"
        if isinstance(cause, ConnectionRefusedError):
            return f"{host} refused the connection (the server may be down)"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"the secure connection to {host} failed: its certificate is not trusted"
        if isinstance(cause, (ConnectionResetError, ConnectionAbortedError)):
            return f"{host} closed the connection"
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return f"no connection: the network cannot reach {host}"
    text = reason(exc)
    if "getaddrinfo" in text or "Name or service not known" in text or "nodename nor servname" in text:
        return f"no connection: could not find {host}"  # the resolver's error kept only as text
    return f"cannot connect ({text})"


def reason(exc: Exception) -> str:
    """The first line of an exception's message (or its class name), at most 200 characters."""
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def size_text(size: int) -> str:
    """A byte count for a message: "8 MB" from one megabyte up, else "512 bytes"."""
    if size >= 1024 * 1024:
        return f"{size / 1048576:g} MB"
    return f"{size} bytes"
