"""HTTP downloads for sync: httpx with the OS trust store, proxies from the environment, a total deadline,
byte caps, bounded redirects and conditional requests.

The response body is decompressed here (gzip, deflate) rather than by httpx so that a compression bomb is
cut exactly at the decoded cap. A 301 (when every hop so far was permanent) reports the new URL for the
caller to store; 410 raises :class:`GoneError`; 429 and 503 raise :class:`RetryLaterError` with the time
the server asked for.

The total deadline holds however slowly a server sends: every socket wait is bounded by the time left, and
a watchdog shuts the connection's socket down when the deadline passes, which ends a read in progress (a
server that trickles its headers one byte at a time never lets a per-read timeout fire). The sockets come
from httpcore's ``trace`` request extension (``connection.connect_tcp`` / ``start_tls`` events) and its
network streams' ``get_extra_info("socket")``, both public httpcore interfaces.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from ipt_desktop import __version__
from ipt_desktop.core.errors import SyncError
from ipt_desktop.core.sync.http_failures import connect_failure, reason, size_text

USER_AGENT = f"IPT-Desktop/{__version__} (+offline innovation procurement library)"
DEFAULT_RETRY_SECONDS = 3600
_REDIRECTS = (301, 302, 303, 307, 308)


class GoneError(SyncError):
    """The server answered 410 Gone: the source should be disabled."""


class RetryLaterError(SyncError):
    """The server answered 429 or 503; ``retry_at`` is when to try again (UTC)."""

    def __init__(self, message: str, retry_at: dt.datetime) -> None:
        super().__init__(message)
        self.retry_at = retry_at


@dataclass(frozen=True)
class FetchLimits:
    """Timeouts (seconds) and caps (bytes); tests shrink them."""

    connect_timeout: float = 10.0
    deadline: float = 60.0
    max_compressed: int = 20 * 1024 * 1024
    max_decoded: int = 50 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True)
class FetchResult:
    """One finished download. ``body`` is empty when ``not_modified``."""

    url: str
    not_modified: bool = False
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    moved_to: str | None = None

    @property
    def etag(self) -> str | None:
        """The ETag header, sent back as If-None-Match on the next fetch."""
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        """The Last-Modified header, sent back as If-Modified-Since on the next fetch."""
        return self.headers.get("last-modified")


class Fetcher:
    """Downloads URLs within the limits; one instance can serve a whole sync run."""

    def __init__(
        self, limits: FetchLimits | None = None, *, proxy: str | None = None, use_environment: bool = True
    ) -> None:
        """Args:
        proxy: a proxy URL chosen in the preferences; overrides the environment's.
        use_environment: take proxies from HTTP(S)_PROXY/NO_PROXY (the "system" setting).
        """
        self.limits = limits or FetchLimits()
        self.proxy = proxy or None
        self.use_environment = use_environment and not proxy
        self._client: httpx.Client | None = None
        self._sockets: list[socket.socket] = []  # of this client's connections, for the watchdog

    def close(self) -> None:
        """Close the HTTP client and its connections (a later fetch opens a new one)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                verify=_trust_context(),
                trust_env=self.use_environment,
                proxy=self.proxy,
                follow_redirects=False,
                headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            )
        return self._client

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET url, following redirects; raise SyncError (or a subclass) naming the URL on any failure."""
        deadline = time.monotonic() + self.limits.deadline
        watchdog = _Watchdog(self._sockets, self.limits.deadline)
        try:
            return self._fetch(url, deadline, watchdog, etag, last_modified, max_bytes)
        except httpx.HTTPError as exc:  # a read that the watchdog ended
            if watchdog.fired:
                raise SyncError(f"{url}: timed out after {self.limits.deadline:g} s") from None
            raise SyncError(f"{url}: download interrupted ({reason(exc)})") from None
        except SyncError:
            if watchdog.fired:
                raise SyncError(f"{url}: timed out after {self.limits.deadline:g} s") from None
            raise
        finally:
            watchdog.cancel()

    def _fetch(
        self,
        url: str,
        deadline: float,
        watchdog: _Watchdog,
        etag: str | None,
        last_modified: str | None,
        max_bytes: int | None,
    ) -> FetchResult:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, moved_to, permanent = url, None, True
        for _hop in range(self.limits.max_redirects + 1):
            _check_scheme(current, url)
            request = self._http().build_request(
                "GET",
                current,
                headers=headers,
                timeout=self._timeout(deadline, url),
                extensions={"trace": watchdog.trace},
            )
            try:
                response = self._http().send(request, stream=True)
            except httpx.TimeoutException:
                raise SyncError(f"{current}: timed out after {self.limits.deadline:g} s") from None
            except httpx.HTTPError as exc:
                raise SyncError(f"{current}: {connect_failure(exc, current)}") from None
            try:
                if response.status_code in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise SyncError(
                            f"{current}: redirect {response.status_code} without a Location header"
                        )
                    permanent = permanent and response.status_code in (301, 308)
                    current = urljoin(current, location)
                    if permanent:
                        moved_to = current
                    continue
                return self._finish(response, current, moved_to, deadline, max_bytes)
            finally:
                response.close()
        raise SyncError(f"{url}: more than {self.limits.max_redirects} redirects")

    def _timeout(self, deadline: float, url: str) -> httpx.Timeout:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise SyncError(f"{url}: timed out after {self.limits.deadline:g} s")
        return httpx.Timeout(remaining, connect=min(self.limits.connect_timeout, remaining))

    def _finish(
        self, response: httpx.Response, url: str, moved_to: str | None, deadline: float, max_bytes: int | None
    ) -> FetchResult:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        if status == 304:
            return FetchResult(url, True, b"", headers, moved_to)
        if status == 410:
            raise GoneError(f"{url}: the server says the feed is gone for good (HTTP 410); source disabled")
        if status in (429, 503):
            retry_at = retry_after(headers.get("retry-after"))
            raise RetryLaterError(
                f"{url}: server busy (HTTP {status}); next attempt after "
                f"{retry_at.replace(microsecond=0).isoformat()}",
                retry_at,
            )
        if status != 200:
            raise SyncError(f"{url}: HTTP {status} {response.reason_phrase}".rstrip())
        body = self._read_body(response, url, deadline, max_bytes)
        return FetchResult(url, False, body, headers, moved_to)

    def _read_body(self, response: httpx.Response, url: str, deadline: float, max_bytes: int | None) -> bytes:
        limits = self.limits
        decoded_cap = min(limits.max_decoded, max_bytes) if max_bytes is not None else limits.max_decoded
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limits.max_compressed:
            raise SyncError(
                f"{url}: download of {int(declared)} bytes is over the {size_text(limits.max_compressed)} limit"
            )
        decoder = _Decoder(response.headers.get("content-encoding", ""), url, decoded_cap)
        raw_count = 0
        try:
            for chunk in response.iter_raw():
                raw_count += len(chunk)
                if raw_count > limits.max_compressed:
                    raise SyncError(f"{url}: download is over the {size_text(limits.max_compressed)} limit")
                decoder.feed(chunk)
                if time.monotonic() > deadline:
                    raise SyncError(f"{url}: timed out after {limits.deadline:g} s")
        except httpx.TimeoutException:
            raise SyncError(f"{url}: timed out after {limits.deadline:g} s") from None
        except httpx.HTTPError as exc:
            raise SyncError(f"{url}: download interrupted ({reason(exc)})") from None
        return decoder.finish()


class _Watchdog:
    """Shuts down the sockets of a fetcher's connections once the deadline passes, ending any read."""

    def __init__(self, sockets: list[socket.socket], seconds: float) -> None:
        self.sockets = sockets
        self.fired = False
        self._lock = threading.Lock()
        sockets[:] = [sock for sock in sockets if sock.fileno() != -1]  # forget closed connections
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, event: str, info: dict) -> None:
        """httpcore's trace callback: note the socket of each new connection (and of its TLS layer)."""
        if not event.endswith((".connect_tcp.complete", ".start_tls.complete")):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if hasattr(stream, "get_extra_info") else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self.sockets.append(sock)
                if self.fired:
                    _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self.sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    # The plain socket's shutdown, also for a TLS socket: ssl.SSLSocket.shutdown would drop its SSL object
    # under the thread that is reading, which then fails with ValueError instead of a read error.
    with contextlib.suppress(OSError):  # closed already, or never connected
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Decoder:
    """Content-Encoding decoding with a hard cap on the decoded size."""

    def __init__(self, encoding: str, url: str, cap: int) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()
        else:
            raise SyncError(f"{url}: unsupported Content-Encoding {encoding!r}")
        self.url, self.cap = url, cap
        self.parts: list[bytes] = []
        self.size = 0

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.cap:
            raise SyncError(f"{self.url}: content is over the {size_text(self.cap)} limit once decompressed")
        self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        """Take a chunk of the body, decompressed if needed; fails past the size cap."""
        if self._zlib is None:
            self._add(chunk)
            return
        data = chunk
        try:
            while data:
                self._add(self._zlib.decompress(data, self.cap - self.size + 1))
                data = self._zlib.unconsumed_tail
        except zlib.error as exc:
            raise SyncError(f"{self.url}: compressed content is damaged ({exc})") from None

    def finish(self) -> bytes:
        """The whole decoded body."""
        if self._zlib is not None:
            try:
                self._add(self._zlib.flush())
            except zlib.error as exc:
                raise SyncError(f"{self.url}: compressed content is damaged ({exc})") from None
        return b"".join(self.parts)


def retry_after(value: str | None, now: dt.datetime | None = None) -> dt.datetime:
    """When to retry, from a Retry-After header (seconds or an HTTP date); an hour when absent or invalid."""
    now = now or dt.datetime.now(dt.UTC)
    if value:
        value = value.strip()
        if value.isdigit():
            return now + dt.timedelta(seconds=min(int(value), 7 * 86400))
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            if when.tzinfo is None:
                when = when.replace(tzinfo=dt.UTC)
            return max(now, min(when, now + dt.timedelta(days=7)))
    return now + dt.timedelta(seconds=DEFAULT_RETRY_SECONDS)


_TRUST: ssl.SSLContext | None = None


def _trust_context() -> ssl.SSLContext:
    # truststore verifies certificates with the operating system's store (and its enterprise roots).
    global _TRUST
    if _TRUST is None:
        import truststore

        _TRUST = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return _TRUST


def _check_scheme(current: str, original: str) -> None:
    scheme = urlsplit(current).scheme.lower()
    if scheme not in ("http", "https"):
        raise SyncError(f"{original}: refusing to fetch {current!r} (only http and https are allowed)")
