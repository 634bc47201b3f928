"""The HTTP server's own refusals, in the API's error format.

uvicorn answers a request its parser cannot read before any ASGI application sees it: a raw
0xFF or NUL in the path, a CR inside a header value, an unknown method, a request line over the
parser's limit, a malformed `Content-Length`. Its answer is a plain-text 400. The protocol
classes made here are uvicorn's own (httptools' when installed, as uvicorn's `auto` picks, else
h11's) with that one answer replaced by the API's: a JSON error body with a documented code and
`x-current-api-version`. The parser does not say which rule the request broke, so the message
lists them; the connection is closed, as uvicorn does. A head (request line and headers) is
read up to MAX_HEAD bytes.

What still answers outside the API's format: nothing that reaches the application. Failures
below HTTP (a connection reset, a TLS handshake) have no answer at all.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

MAX_HEAD = 64 * 1024  # bytes of request line and headers (h11's own limit is 16 KiB)
MESSAGE = (
    "the request is not HTTP/1.1 the server can read: a malformed or too long request line, "
    "an unknown method, a character a path or header may not hold (a raw byte over 0x7F, NUL, "
    f"CR), a malformed header, or headers over {MAX_HEAD // 1024} KiB; nothing was done"
)


def api_protocol(current_version: str) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol class whose parser refusals answer in the API's format."""
    base: Any
    try:
        import httptools  # noqa: F401  (uvicorn's `auto` choice)
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as base
    except ImportError:  # pragma: no cover - httptools is a dependency where wheels exist
        from uvicorn.protocols.http.h11_impl import H11Protocol as base
    body = json.dumps(
        {"errors": [{"code": "INVALID_PARAMETER", "message": MESSAGE}], "request": {"params": {}}},
        separators=(",", ":"),
    ).encode()
    head = (
        b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n"
        b"content-length: %d\r\nx-current-api-version: %s\r\nconnection: close\r\n"
        % (len(body), current_version.encode())
    )

    def send_400_response(self: Any, msg: str) -> None:
        defaults = b"".join(name + b": " + value + b"\r\n" for name, value in _defaults(self))
        self.transport.write(head + defaults + b"\r\n" + body)
        self.transport.close()

    methods: dict[str, Any] = {"send_400_response": send_400_response}
    if base.__name__ == "HttpToolsProtocol":  # h11 bounds what it buffers itself
        methods.update(_bounded_head(base))
    return type(f"Api{base.__name__}", (base,), methods)


def _bounded_head(base: Any) -> dict[str, Any]:
    """httptools buffers a request's headers whole, however long: a client could make the
    server hold gigabytes. Two counts bound a head: what the parser reports of it (the URL as
    it arrives, each header once complete), and every chunk received wholly inside a head still
    incomplete (a header that never ends). Either over MAX_HEAD is refused like a malformed
    request. Neither counts a body, nor a head that arrives whole in one chunk (the transport
    reads a chunk of bounded size)."""

    def grow(self: Any, size: int) -> None:
        self._head_parsed += size
        if self._head_parsed > MAX_HEAD:
            raise HeadTooLarge  # httptools raises it on as a parser error: uvicorn answers 400

    def data_received(self: Any, data: bytes) -> None:
        # A chunk in which a head completed is not wholly inside a head, even when the message
        # also completed in it and the next head is pending (a head and its body read at once).
        pending, self._heads_completed = self._head_pending, 0
        base.data_received(self, data)
        if (
            pending
            and self._head_pending
            and not self._heads_completed
            and not self.transport.is_closing()
        ):
            self._head_chunks += len(data)
            if self._head_chunks > MAX_HEAD:
                self.send_400_response("head too large")

    def on_message_begin(self: Any) -> None:
        self._head_parsed = 0
        base.on_message_begin(self)

    def on_url(self: Any, url: bytes) -> None:
        grow(self, len(url))
        base.on_url(self, url)

    def on_header(self: Any, name: bytes, value: bytes) -> None:
        grow(self, len(name) + len(value) + 4)
        base.on_header(self, name, value)

    def on_headers_complete(self: Any) -> None:
        self._head_pending, self._head_chunks = False, 0
        self._heads_completed += 1
        base.on_headers_complete(self)

    def on_message_complete(self: Any) -> None:
        self._head_pending = True
        base.on_message_complete(self)

    return {
        "_head_pending": True,
        "_head_chunks": 0,
        "_heads_completed": 0,
        "_head_parsed": 0,
        "data_received": data_received,
        "on_message_begin": on_message_begin,
        "on_url": on_url,
        "on_header": on_header,
        "on_headers_complete": on_headers_complete,
        "on_message_complete": on_message_complete,
    }


class HeadTooLarge(Exception):
    pass


def _defaults(protocol: Any) -> list[tuple[bytes, bytes]]:
    """The headers uvicorn puts on every answer (date, server)."""
    return list(getattr(protocol.server_state, "default_headers", ()))
