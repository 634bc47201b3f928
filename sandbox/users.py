"""Who may call the sandbox: OAuth 1.0a credentials mapped to user names.

A user's data belongs to the user *name*: several apps (consumer keys) and several access
tokens may act for the same user, and several users may share one app's consumer key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CREDENTIAL_FIELDS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")


class UsersFileError(ValueError):
    """The --users file is unreadable or malformed; the message says where and why."""


@dataclass(frozen=True)
class User:
    user: str
    consumer_key: str = field(repr=False)
    consumer_secret: str = field(repr=False)
    access_token: str = field(repr=False)
    access_token_secret: str = field(repr=False)

    @property
    def rate_key(self) -> str:
        """What the `x-rate-limit-*` limits are counted per: the access token, of its app."""
        return self.consumer_key + "\0" + self.access_token

    def secrets(self) -> tuple[str, ...]:
        """Every credential string, for tests that check none of them leaks."""
        return tuple(getattr(self, name) for name in CREDENTIAL_FIELDS)


# The development user served when no --users file is given. Documented in the README and
# printed at start-up: these are local test credentials, not secrets.
DEFAULT_USER = User(
    user="developer",
    consumer_key="sandbox-consumer-key",
    consumer_secret="sandbox-consumer-secret",
    access_token="sandbox-access-token",
    access_token_secret="sandbox-access-token-secret",
)


def users_from_data(data: Any, source: str = "users") -> tuple[User, ...]:
    """Validate the JSON list of users; raise UsersFileError naming the entry and field."""
    if not isinstance(data, list) or not data:
        raise UsersFileError(f"{source}: expected a non-empty JSON list of users")
    users: list[User] = []
    seen: dict[tuple[str, str], str] = {}
    for index, entry in enumerate(data):
        where = f"{source}[{index}]"
        if not isinstance(entry, Mapping):
            raise UsersFileError(f"{where}: expected an object, got {type(entry).__name__}")
        unknown = sorted(set(entry) - {"user", *CREDENTIAL_FIELDS})
        if unknown:
            raise UsersFileError(f"{where}: unknown field(s) {', '.join(unknown)}")
        for name in ("user", *CREDENTIAL_FIELDS):
            value = entry.get(name)
            if not isinstance(value, str) or not value:
                raise UsersFileError(f"{where}: {name!r} must be a non-empty string")
        user = User(**{name: entry[name] for name in ("user", *CREDENTIAL_FIELDS)})
        key = (user.consumer_key, user.access_token)
        if key in seen:
            raise UsersFileError(
                f"{where}: the same consumer key and access token are already used by "
                f"{seen[key]}; each pair must name one user"
            )
        seen[key] = where
        users.append(user)
    return tuple(users)


def load_users(path: Path | str) -> tuple[User, ...]:
    """Read a --users file: a JSON list of {user, consumer_key, consumer_secret, ...}."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsersFileError(f"{path}: cannot read the users file ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsersFileError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
    return users_from_data(data, str(path))


def index_users(users: Iterable[User]) -> dict[tuple[str, str], User]:
    """(consumer_key, access_token) -> user, the lookup the OAuth verifier needs."""
    return {(u.consumer_key, u.access_token): u for u in users}
