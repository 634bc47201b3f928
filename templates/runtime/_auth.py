"""OAuth 1.0a request signing (HMAC-SHA1, Authorization header) with authlib."""

from __future__ import annotations

from collections.abc import Generator

import httpx2

__all__ = ["OAuth1"]

FORM_TYPE = "application/x-www-form-urlencoded"


class OAuth1(httpx2.Auth):
    """Signs each request (a fresh nonce and timestamp every time, so retries are re-signed).

    The signature covers the method, the URL with its query and a form body; a JSON body is not
    signed (RFC 5849 signs form bodies only). authlib's own `OAuth1Auth` for httpx2 is not used
    because it sends JSON requests with an empty body, and its module imports authlib's whole
    OAuth 2 / JOSE stack (about 0.3 s).
    """

    requires_request_body = True

    def __init__(
        self, consumer_key: str, consumer_secret: str, token: str, token_secret: str
    ) -> None:
        from authlib.oauth1 import ClientAuth

        self._signer = ClientAuth(
            consumer_key, consumer_secret, token=token, token_secret=token_secret
        )

    def auth_flow(
        self, request: httpx2.Request
    ) -> Generator[httpx2.Request, httpx2.Response, None]:
        is_form = request.headers.get("content-type", "").startswith(FORM_TYPE)
        body = request.content.decode("ascii") if is_form else ""
        headers = {"Content-Type": FORM_TYPE} if is_form else {}
        _, signed, _ = self._signer.sign(request.method, str(request.url), headers, body)
        request.headers["Authorization"] = signed["Authorization"]
        yield request
