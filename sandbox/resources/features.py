"""Features: the limited-release capabilities granted to an ads account, by key.

They are a set of keys kept in the account's stored attributes (no answer shows them there); a
new sandbox account has none until `POST accounts/{id}/features` grants some.
"""

from __future__ import annotations

from collections.abc import Iterable

from adsapi.sandbox.context import OperationContext
from adsapi.sandbox.registry import handles

FEATURES_KEY = "features"


def _granted(ctx: OperationContext) -> set[str]:
    assert ctx.parent is not None  # the path names the account
    return set(ctx.parent.attrs.get(FEATURES_KEY) or ())


def _keep(ctx: OperationContext, granted: Iterable[str]) -> list[str]:
    assert ctx.parent is not None
    keys = sorted(set(granted))
    ctx.save(ctx.parent, {FEATURES_KEY: keys})
    return keys


@handles("listFeatures")
def list_features(ctx: OperationContext) -> list[str]:
    granted = _granted(ctx)
    asked = ctx.values.get("feature_keys")
    return sorted(granted if asked is None else granted & set(asked))


@handles("addFeatures")
def add_features(ctx: OperationContext) -> list[str]:
    return _keep(ctx, _granted(ctx) | set(ctx.values["feature_keys"]))


@handles("removeFeatures")
def remove_features(ctx: OperationContext) -> list[str]:
    return _keep(ctx, _granted(ctx) - set(ctx.values["feature_keys"]))
