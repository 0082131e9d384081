"""Fetching URLs over HTTP(S) with a timeout, a size cap and retries."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.read.errors import ReadError
from dateline.read.options import ReadOptions

if TYPE_CHECKING:
    import httpx

_RETRY_STATUSES = frozenset({500, 502, 503, 504, 429})


@dataclass
class Response:
    url: str  # the final URL, after redirects
    content_type: str
    body: bytes


class Fetcher:
    """One HTTP client for a batch of URLs (connections are reused)."""

    def __init__(self, options: ReadOptions) -> None:
        self.options = options
        self._client: httpx.Client | None = None

    def _get_client(self) -> httpx.Client:
        if self._client is None:
            import httpx  # here, not at import: a run over files never fetches (0.13 s of start-up)

            self._client = httpx.Client(
                timeout=httpx.Timeout(self.options.timeout),
                follow_redirects=True,
                headers={"User-Agent": self.options.user_agent,
                         "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                                   "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,"
                                   "*/*;q=0.5"},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def fetch(self, url: str) -> Response:
        """The response body, or ReadError saying why there is none (after retries)."""
        attempts = max(1, self.options.retries + 1)
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                return self._fetch_once(url)
            except _Retryable as exc:
                if last:
                    tries = f" (tried {attempts} times)" if attempts > 1 else ""
                    raise ReadError(f"{exc.reason}{tries}") from None
            time.sleep(self.options.backoff * (2 ** attempt))
        raise AssertionError("unreachable")

    def _fetch_once(self, url: str) -> Response:
        import httpx

        options = self.options
        deadline = time.monotonic() + 3 * options.timeout
        try:
            with self._get_client().stream("GET", url) as response:
                status = response.status_code
                if status in _RETRY_STATUSES:
                    raise _Retryable(f"HTTP error {status} {response.reason_phrase}".strip())
                if status >= 400:
                    raise ReadError(f"HTTP error {status} {response.reason_phrase}".strip())
                declared_length = response.headers.get("Content-Length")
                if declared_length and declared_length.isdigit() and int(declared_length) > options.max_bytes:
                    raise ReadError(f"response larger than {options.max_bytes} bytes "
                                    f"(Content-Length {declared_length})")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > options.max_bytes:
                        raise ReadError(f"response larger than {options.max_bytes} bytes")
                    if time.monotonic() > deadline:
                        raise _Retryable(f"timed out: the response took longer than "
                                         f"{3 * options.timeout:g} s")
                return Response(str(response.url), response.headers.get("Content-Type", ""),
                                bytes(body))
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out after {options.timeout:g} s ({type(exc).__name__})") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"connection failed ({type(exc).__name__}: {exc})") from None
        except httpx.InvalidURL as exc:
            raise ReadError(f"invalid URL ({exc})") from None
        except httpx.HTTPError as exc:
            raise ReadError(f"HTTP request failed ({type(exc).__name__}: {exc})") from None


class _Retryable(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
