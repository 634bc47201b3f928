"""Behaviour of answer models, attached through the spec: a schema with `x-client-mixin`
names a class of this module, and its generated model derives from it.

A model built from an answer of a client call is bound to that client and the call's
arguments (by the client, as it reads the answer), so that it can make the calls that follow
from it: an analytics job waits for itself and downloads its own result. A model made by hand
is bound to nothing and says so when asked to act.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, PrivateAttr

from . import _analytics
from ._base_client import AsyncAPIClient

__all__ = ["ClientBound", "StatsJob"]


class ClientBound(BaseModel):
    """A model that remembers the client and the call arguments that produced it."""

    _client: Any = PrivateAttr(default=None)
    _arguments: Mapping[str, Any] = PrivateAttr(default_factory=dict)

    def _bind_call(self, client: Any, arguments: Mapping[str, Any]) -> None:
        self._client = client
        self._arguments = arguments

    def _bound_client(self) -> Any:
        if self._client is None:
            raise RuntimeError(
                f"this {type(self).__name__} was not read through a client: it cannot call the API"
            )
        return self._client

    def _is_async(self) -> bool:
        return isinstance(self._bound_client(), AsyncAPIClient)

    def _take(self, other: BaseModel) -> None:
        """Become `other` (a fresher read of the same entity), staying bound."""
        self.__dict__.update(other.__dict__)
        object.__setattr__(self, "__pydantic_extra__", other.__pydantic_extra__)
        object.__setattr__(self, "__pydantic_fields_set__", set(other.__pydantic_fields_set__))


class StatsJob(ClientBound):
    """An analytics job that can wait for itself and download its result.

    With the synchronous client, `job.wait()` returns the job once done and `job.download()`
    the result's rows; with the async client both are awaited (`await job.wait()`). Waiting
    updates the job in place, so `job.wait()` then `job.download()` works as written."""

    def _account_id(self) -> str:
        account_id = self._arguments.get("account_id") or getattr(self, "account_id", None)
        if not isinstance(account_id, str):
            raise RuntimeError("the job's account is unknown: pass it to the helpers instead")
        return account_id

    def wait(
        self,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        backoff: float = 1.5,
        max_interval: float = 30.0,
        cancel: threading.Event | asyncio.Event | None = None,
    ) -> Any:
        """Poll until the job is done and return it (updated): every `interval` seconds at
        first, `backoff` times longer each time up to `max_interval`. Raises
        `_analytics.JobTimeoutError` after `timeout` seconds or once `cancel` is set (with the
        async client, cancelling the awaiting task works too) and `_analytics.JobFailedError`
        if the job fails or is deleted. Awaitable with the async client."""
        client = self._bound_client()
        settings: dict[str, Any] = {
            "timeout": timeout,
            "interval": interval,
            "backoff": backoff,
            "max_interval": max_interval,
        }
        if self._is_async():
            return self._async_wait(client, settings, cancel)
        if isinstance(cancel, asyncio.Event):
            raise TypeError("cancel: a threading.Event with the synchronous client")
        done = _analytics.wait(client, self._account_id(), self, cancel=cancel, **settings)
        if done is not self:
            self._take(done)
        return self

    async def _async_wait(
        self,
        client: Any,
        settings: dict[str, Any],
        cancel: threading.Event | asyncio.Event | None,
    ) -> Any:
        done = await _analytics.async_wait(
            client, self._account_id(), self, cancel=cancel, **settings
        )
        if done is not self:
            self._take(done)
        return self

    def download(self) -> Any:
        """The result's rows, as `client.analytics.get_stats` returns them (the file
        decompressed and read into the same models). The job must be done: `wait()` first.
        Awaitable with the async client."""
        client = self._bound_client()
        if self._is_async():
            return _analytics.async_download(client, self)
        return _analytics.download(client, self)
