"""The sandbox: a stateful, validating emulation of the Ads API, served from the spec.

    from adsapi.sandbox import create_app
    app = create_app()            # ASGI app: today's live versions, development user
    app = create_app(as_of="2019-03-01")   # the versions served that day: 4 and 5 (4 warned)

See the README's "The sandbox" section for what it checks and how to read its report.
The heavy imports (starlette, the engine) wait until something is used, so `adsapi --help`
stays fast.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_USER", "Sandbox", "User", "VersionsError", "create_app", "load_users"]


def __getattr__(name: str) -> Any:
    if name in ("Sandbox", "create_app"):
        from adsapi.sandbox import app

        return getattr(app, name)
    if name == "VersionsError":
        from adsapi.sandbox import versions

        return versions.VersionsError
    if name in ("DEFAULT_USER", "User", "load_users"):
        from adsapi.sandbox import users

        return getattr(users, name)
    raise AttributeError(f"module 'sandbox' has no attribute {name!r}")
