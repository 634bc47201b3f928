"""A thin, synchronous driver that calls the API by operationId with signed raw requests.

The generated client is how the sandbox is normally driven (`adsapi demo`, the state-machine
tests). This driver is for the tests that must send what a well-behaved client never sends:
invalid values, non-canonical wire forms, forged or replayed signatures. Requests are signed with
authlib's OAuth 1.0a on an `httpx2` client, against an in-process ASGI app or a loopback URL.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any

import httpx2
from authlib.integrations.httpx_client import OAuth1Auth

from adsapi.sandbox.users import User
from adsapi.spec.model import ApiSpec


class JsonSafeOAuth1Auth(OAuth1Auth):
    """authlib's OAuth1Auth, keeping non-form bodies.

    authlib's `prepare` signs a JSON request without its body (right: RFC 5849 signs only form
    bodies) but then sends it with an empty body too (authlib issue #543), which would empty
    every batch request. The signature is the same either way; only the body is put back.
    """

    def auth_flow(self, request: httpx2.Request) -> Any:
        content = request.content
        url, headers, body = self.prepare(
            request.method, str(request.url), request.headers, content
        )
        if not body and content:
            body = content
        headers["Content-Length"] = str(len(body))
        signed = httpx2.Request(request.method, url, headers=headers, content=body)
        signed.extensions = request.extensions
        yield signed


def auth_for(user: User) -> OAuth1Auth:
    return JsonSafeOAuth1Auth(
        user.consumer_key,
        user.consumer_secret,
        token=user.access_token,
        token_secret=user.access_token_secret,
    )


def wire_value(value: Any) -> str:
    """A parameter value in the spec's canonical wire form."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ",".join(wire_value(v) for v in value)
    return str(value)


class Driver:
    """Signed calls to the sandbox. Use as a context manager, or call `close()`."""

    def __init__(
        self,
        spec: ApiSpec,
        user: User,
        *,
        app: Any = None,
        base_url: str = "https://sandbox.local",
        version: str | None = None,
    ) -> None:
        self.spec = spec
        self.user = user
        self.version = version or spec.default_version
        self._loop = asyncio.new_event_loop() if app is not None else None
        if app is not None:
            self._client: Any = httpx2.AsyncClient(
                transport=httpx2.ASGITransport(app=app), base_url=base_url, auth=auth_for(user)
            )
        else:
            self._client = httpx2.Client(base_url=base_url, auth=auth_for(user), timeout=10)

    def __enter__(self) -> Driver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._loop is not None:
            self._loop.run_until_complete(self._client.aclose())
            self._loop.close()
            self._loop = None
        else:
            self._client.close()

    def request(self, method: str, path: str, **kwargs: Any) -> httpx2.Response:
        """A raw signed request; `path` starts after the version."""
        url = f"/{self.version}{path}"
        if self._loop is not None:
            return self._loop.run_until_complete(self._client.request(method, url, **kwargs))
        return self._client.request(method, url, **kwargs)

    def call(self, operation_id: str, **parameters: Any) -> httpx2.Response:
        """Call an operation with typed parameters, each sent where the spec puts it."""
        op = self.spec.operation(operation_id)
        path = op.path
        query: list[tuple[str, str]] = []
        form: dict[str, str] = {}
        body = parameters.pop("body", None)
        members: dict[str, Any] = {}  # a JSON object body's parameters
        for name, value in parameters.items():
            param = op.parameter(name)
            if param is None:
                raise TypeError(f"{operation_id} takes no parameter {name!r}")
            if param.location == "body":
                members[name] = value
            elif param.location == "path":
                path = path.replace("{" + name + "}", wire_value(value))
            elif param.location == "query":
                query.append((name, wire_value(value)))
            else:
                form[name] = wire_value(value)
        kwargs: dict[str, Any] = {"params": query}
        if body is None and op.has_json_parameters:
            body = members
        if body is not None:
            kwargs["content"] = json.dumps(body).encode()
            kwargs["headers"] = {"content-type": "application/json"}
        elif form or (op.has_form_body and op.method in ("POST", "PUT")):
            kwargs["data"] = form
        return self.request(op.method, path, **kwargs)

    def ok(self, operation_id: str, **parameters: Any) -> Mapping[str, Any]:
        """The body of a call that must succeed; raise with the API's errors otherwise."""
        response = self.call(operation_id, **parameters)
        if response.status_code != 200:
            raise CallFailed(operation_id, response)
        return response.json()


class CallFailed(Exception):
    def __init__(self, operation_id: str, response: httpx2.Response) -> None:
        try:
            errors = response.json().get("errors")
        except ValueError:
            errors = response.text[:200]
        super().__init__(f"{operation_id} answered {response.status_code}: {errors}")
        self.response = response
