"""OAuth 1.0a (HMAC-SHA1) verification of incoming requests, with oauthlib's signature functions.

The signature base string covers the method, the URL as the client addressed it (scheme and
`Host` header), the query parameters, the form-body parameters and the `oauth_*` protocol
parameters of the `Authorization` header. JSON bodies are not covered (RFC 5849 3.4.1.3.1),
but when the client sends `oauth_body_hash` (authlib does for them) the body must match it.
Failures raise `AuthError` with a reason fit for the conformance report: it never contains a
key, token, secret or signature.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from oauthlib.oauth1.rfc5849 import signature, utils

from adsapi.sandbox.nonces import NonceLedger
from adsapi.sandbox.users import User, index_users

REQUIRED = (
    "oauth_consumer_key",
    "oauth_token",
    "oauth_signature_method",
    "oauth_signature",
    "oauth_timestamp",
    "oauth_nonce",
)
# Epoch seconds in ASCII digits: `isdigit()` also takes '²' and other scripts' digits, which
# `int()` then refuses or reads; ten digits last until the year 2286.
_TIMESTAMP = re.compile(r"[0-9]{1,10}\Z")
# Base string URIs worth remembering: clients call the same few URLs; a long one is rare and
# would only fill the memory with what an attacker chose.
_URI_CACHE_SIZE = 4096
_URI_CACHE_KEY_LENGTH = 512


class AuthError(Exception):
    """The request is not properly signed. `parameter` names the OAuth field at fault."""

    def __init__(self, reason: str, parameter: str, rule: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.parameter = parameter
        self.rule = rule


@dataclass(frozen=True)
class SignedRequest:
    """What the verifier needs of an HTTP request, already split by the server."""

    method: str
    scheme: str
    host: str
    raw_path: str  # as sent, percent-encoding kept
    query: list[tuple[str, str]]
    form: list[tuple[str, str]]  # empty unless the body is application/x-www-form-urlencoded
    authorization: str | None
    body: bytes = b""  # checked against oauth_body_hash when the client sent one


@dataclass(frozen=True)
class _Secrets:
    """The two secrets under the names oauthlib's signing functions read."""

    client_secret: str
    resource_owner_secret: str

    @staticmethod
    def of(user: User) -> _Secrets:
        return _Secrets(user.consumer_secret, user.access_token_secret)


class OAuthVerifier:
    """Checks signature, timestamp window and nonce reuse against a set of users."""

    def __init__(
        self,
        users: Iterable[User],
        clock: Callable[[], float],
        timestamp_window: int = 300,
        nonces: NonceLedger | None = None,
    ) -> None:
        self._users = index_users(users)
        self._clock = clock
        self.timestamp_window = timestamp_window
        # Requests signed before this verifier existed are refused: their nonces may have been
        # used with an earlier run of the sandbox, over the same state (see NonceLedger).
        self.nonces = NonceLedger(int(clock()), timestamp_window) if nonces is None else nonces
        self._uris: dict[tuple[str, str, str], str] = {}

    def verify(self, request: SignedRequest) -> User:
        header = request.authorization
        if not header or not header[:6].lower() == "oauth ":
            raise AuthError(
                "no OAuth 1.0a Authorization header", "Authorization", "oauth-header-missing"
            )
        try:
            # Header values are percent-encoded (RFC 5849 3.5.1); most have nothing to decode.
            oauth_params = [(_unescape(k), _unescape(v)) for k, v in _header_pairs(header)]
        except (ValueError, IndexError):
            raise AuthError(
                "the Authorization header is not a valid OAuth header",
                "Authorization",
                "oauth-header-malformed",
            ) from None
        fields = dict(oauth_params)
        _refuse_repeated(oauth_params, fields, request)
        for name in REQUIRED:
            if not fields.get(name):
                raise AuthError(f"{name} is missing", name, "oauth-parameter-missing")
        if fields["oauth_signature_method"] != "HMAC-SHA1":
            raise AuthError(
                "only HMAC-SHA1 signatures are accepted",
                "oauth_signature_method",
                "oauth-signature-method",
            )
        if fields.get("oauth_version", "1.0") != "1.0":
            raise AuthError("oauth_version must be 1.0", "oauth_version", "oauth-version")
        user = self._users.get((fields["oauth_consumer_key"], fields["oauth_token"]))
        if user is None:
            raise AuthError(
                "unknown consumer key or access token", "oauth_token", "oauth-unknown-token"
            )
        now = self._clock()
        timestamp = fields["oauth_timestamp"]
        if not _TIMESTAMP.match(timestamp):
            raise AuthError(
                "oauth_timestamp must be whole seconds since the epoch in ASCII digits",
                "oauth_timestamp",
                "oauth-timestamp-format",
            )
        if abs(now - int(timestamp)) > self.timestamp_window:
            raise AuthError(
                f"oauth_timestamp is not within {self.timestamp_window} seconds of the "
                "server's clock",
                "oauth_timestamp",
                "oauth-timestamp-window",
            )
        params = [
            *request.query,
            *request.form,
            *((k, v) for k, v in oauth_params if k not in ("oauth_signature", "realm")),
        ]
        uri = self._base_uri(request.scheme, request.host, request.raw_path)
        base = signature.signature_base_string(
            request.method, uri, signature.normalize_parameters(params)
        )
        expected = signature.sign_hmac_sha1_with_client(base, _Secrets.of(user))
        if not signature.safe_string_equals(expected, fields["oauth_signature"]):
            raise AuthError(
                "the signature does not verify (check the secrets, and that the base string "
                "percent-encodes every parameter, including ':' and ',')",
                "oauth_signature",
                "oauth-signature",
            )
        body_hash = fields.get("oauth_body_hash")
        if body_hash is not None and not signature.safe_string_equals(
            base64.b64encode(hashlib.sha1(request.body).digest()).decode(), body_hash
        ):
            raise AuthError(
                "oauth_body_hash does not match the body", "oauth_body_hash", "oauth-body-hash"
            )
        self._use_nonce(user, fields["oauth_nonce"], int(timestamp), now)
        return user

    def _base_uri(self, scheme: str, host: str, raw_path: str) -> str:
        """oauthlib's base string URI, remembered: clients call the same URLs over and over."""
        key = (scheme, host, raw_path)
        uri = self._uris.get(key)
        if uri is None:
            try:
                uri = signature.base_string_uri(f"{scheme}://{host}{raw_path}")
            except ValueError:
                raise AuthError(
                    "the request URL cannot be signed (bad Host header)", "Host", "oauth-host"
                ) from None
            if len(host) + len(raw_path) <= _URI_CACHE_KEY_LENGTH:
                if len(self._uris) >= _URI_CACHE_SIZE:
                    self._uris.clear()
                self._uris[key] = uri
        return uri

    def _use_nonce(self, user: User, nonce: str, timestamp: int, now: float) -> None:
        if timestamp < self.nonces.floor:
            raise AuthError(
                f"oauth_nonce cannot be checked: the request was signed before {self.nonces.floor}"
                " (epoch seconds), when the sandbox started or the oldest nonce it keeps, so it "
                "may be a replay; sign it again",
                "oauth_nonce",
                "oauth-nonce-unverifiable",
            )
        if not self.nonces.use(user.consumer_key, user.access_token, nonce, timestamp, now):
            raise AuthError(
                "oauth_nonce was already used with this timestamp and token",
                "oauth_nonce",
                "oauth-nonce-reused",
            )


def _refuse_repeated(
    oauth_params: list[tuple[str, str]], fields: dict[str, str], request: SignedRequest
) -> None:
    """Each protocol parameter is sent once, in one place (RFC 5849 3.5; oauthlib's endpoints
    refuse duplicates too): a repeated one would be signed and then silently read as its last
    copy, so a client could show two nonces and have one remembered."""
    repeated = len(fields) != len(oauth_params)
    names = [name for name, _ in oauth_params]
    for name, _ in (*request.query, *request.form):
        if name in fields:
            names.append(name)
            repeated = True
    if repeated:
        name = next(n for n in names if names.count(n) > 1)
        raise AuthError(f"{name} is sent more than once", name, "oauth-parameter-repeated")


def _header_pairs(header: str) -> list[tuple[str, str]]:
    """The `name="value"` pairs of an OAuth header, with any repeated name kept: oauthlib's own
    parsing (its `parse_authorization_header`'s), which reads them into a dict; when that drops
    a repeated name, the items are read again one at a time, every copy kept."""
    items = utils.parse_http_list(header[6:])
    pairs = list(utils.parse_keqv_list(items).items())
    if len(pairs) < len(items):
        pairs = [next(iter(utils.parse_keqv_list([item]).items())) for item in items]
    return pairs


def _unescape(text: str) -> str:
    return utils.unescape(text) if "%" in text else text
