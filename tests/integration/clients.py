"""Clients generated for any API version, talking to an in-process sandbox that serves it.

`VersionClients` generates the client of a version once per session (what
`adsapi.generator.generate` does for `load_spec(version=N)`, with one formatting cache shared by
the versions and kept in the user cache's `generator/test-clients.json` between runs), copies
its package to a unique top-level name (`twitter_ads_client_v4`; its imports are relative) and
imports it. `Bench` is one version's setting: a strict sandbox emulating a day that serves the
version, and sync and async clients of that version pointed at it in-process.
"""

from __future__ import annotations

import asyncio
import importlib
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx2
import twitter_ads_client

from adsapi.generator import default_cache_path, render
from adsapi.generator.formatting import ContentCache
from adsapi.generator.output import apply, compare
from adsapi.locations import user_cache_dir
from adsapi.sandbox.app import create_app
from adsapi.sandbox.users import DEFAULT_USER
from adsapi.spec import ApiSpec, load_spec

CACHE = user_cache_dir() / "generator" / "test-clients.json"
# The tree of the client under test (generated/, or the one generated for $ADSAPI_SPEC): its
# formatting cache, filled by `adsapi generate --check` at the start of `make test`, serves
# every version's client for the files they share.
GENERATED = Path(twitter_ads_client.__file__).resolve().parents[1]
PACKAGE = "twitter_ads_client"
BASE_URL = "http://127.0.0.1:8000"  # never dialled: the transports call the app in-process
CREDENTIALS = {
    "consumer_key": DEFAULT_USER.consumer_key,
    "consumer_secret": DEFAULT_USER.consumer_secret,
    "access_token": DEFAULT_USER.access_token,
    "access_token_secret": DEFAULT_USER.access_token_secret,
}


class VersionClients:
    """The generated client package of each API version, made on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._modules: dict[str, ModuleType] = {}
        # One formatting cache for every version: most generated files are the same in
        # neighbouring versions. It is saved after each version with all the entries used so
        # far, so a later session finds every version's.
        self._cache = ContentCache(CACHE, seeds=(default_cache_path(GENERATED),))
        sys.path.insert(0, str(root / "packages"))

    def module(self, version: str) -> ModuleType:
        if version not in self._modules:
            self._modules[version] = self._build(version)
        return self._modules[version]

    def _build(self, version: str) -> ModuleType:
        module = import_client(load_spec(version=version), self.root, f"v{version}", self._cache)
        assert version == module.API_VERSION, (module.__name__, module.API_VERSION)
        return module


def import_client(spec: ApiSpec, root: Path, tag: str, cache: ContentCache) -> ModuleType:
    """The client `adsapi generate` writes for `spec`, imported as `twitter_ads_client_<tag>`
    (its imports are relative, so the package can take any name); `root/packages` must be on
    sys.path."""
    output = root / "generated" / tag
    files = render(spec, cache)  # what `generate` writes
    apply(files, output, compare(files, output))
    cache.save()
    name = f"{PACKAGE}_{tag}"
    shutil.copytree(output / PACKAGE, root / "packages" / name)
    importlib.invalidate_caches()
    return importlib.import_module(name)


class SyncASGITransport(httpx2.BaseTransport):
    """httpx2's ASGITransport is async only; this runs it on a private event loop so that the
    synchronous client can talk to the in-process app too."""

    def __init__(self, app: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = httpx2.ASGITransport(app=app)
        self._loop = loop

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        async def exchange() -> httpx2.Response:
            response = await self._transport.handle_async_request(request)
            content = await response.aread()
            return httpx2.Response(
                response.status_code, headers=response.headers, content=content, request=request
            )

        return self._loop.run_until_complete(exchange())


@dataclass
class Bench:
    """One version: its model, its client package, and a strict sandbox serving it."""

    version: str
    spec: ApiSpec
    module: ModuleType
    app: Any
    loop: asyncio.AbstractEventLoop
    clients: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        version: str,
        module: ModuleType,
        loop: asyncio.AbstractEventLoop,
        app: Any = None,
        **options: Any,
    ) -> Bench:
        """Clients of `version` against `app`, or against a new strict sandbox made with
        `create_app(**options)`."""
        if app is None:
            options.setdefault("strict", True)
            app = create_app(seed=int(version), **options)
        bench = cls(version, load_spec(version=version), module, app, loop)
        bench.clients = {
            "sync": module.AdsClient(
                **CREDENTIALS,
                base_url=BASE_URL,
                http_client=httpx2.Client(transport=SyncASGITransport(app, loop)),
                strict_response_validation=True,
            ),
            "async": module.AsyncAdsClient(
                **CREDENTIALS,
                base_url=BASE_URL,
                http_client=httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app)),
                strict_response_validation=True,
            ),
        }
        return bench

    @property
    def report(self) -> Any:
        return self.app.state.sandbox.report

    def requests_since(self, total: int) -> list[dict[str, Any]]:
        """The sandbox's records of the requests after the `total`-th."""
        recent = list(self.report.recent)
        return recent[len(recent) - (self.report.total - total) :]
