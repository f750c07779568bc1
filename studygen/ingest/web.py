"""Web pages as inputs: ``studygen build https://...`` fetches the page (with a time limit, a size
limit and a user agent that names studygen) with the standard library, and the page goes through
the same HTML reading as a saved file (trafilatura's main-content extraction). Anything but an HTML
page, and every network failure, is a one-line :class:`~studygen.errors.InputError`.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request

from studygen.errors import InputError

#: Seconds a whole fetch may take: connecting, waiting and reading.
TIMEOUT_S = 30.0
USER_AGENT = "studygen/0.1 (flashcards from articles; +https://pypi.org/project/studygen/)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 65536


def is_url(name: str) -> bool:
    """An input that names a web page: it starts with http:// or https://."""
    return name[:8].lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int, timeout: float | None = None) -> tuple[bytes, str | None]:
    """The body of an HTML page and the charset its server declared (None if it declared none)."""
    timeout = TIMEOUT_S if timeout is None else timeout
    deadline = time.monotonic() + timeout
    try:
        request = urllib.request.Request(url, headers={
            "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"})
    except ValueError as error:  # "http://[::1": not an address at all
        raise InputError(f"{url}: not a valid web address ({error})") from None
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES:
                raise InputError(f"{url}: not an HTML page (the server sent {kind}); save the file and name it "
                                 "instead")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: the page is {_size(int(length))}, over the {_size(max_bytes)} limit "
                                 "(raise it with --max-file-mb)")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise InputError(f"{url}: timed out after {timeout:g} s")
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{url}: the page is over the {_size(max_bytes)} limit (raise it with "
                                     "--max-file-mb)")
            return b"".join(chunks), response.headers.get_content_charset()
    except urllib.error.HTTPError as error:
        raise InputError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise InputError(f"{url}: timed out after {timeout:g} s") from None
        if isinstance(reason, socket.gaierror):
            raise InputError(f"{url}: unknown host (no network, or a typo in the address?)") from None
        if isinstance(reason, ConnectionRefusedError):
            raise InputError(f"{url}: connection refused") from None
        raise InputError(f"{url}: cannot fetch the page ({getattr(reason, 'strerror', None) or reason})") from None
    except TimeoutError:  # socket.timeout is TimeoutError
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise InputError(f"{url}: cannot fetch the page ({type(error).__name__}: {error})") from None


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 100_000 else f"{n} bytes"
