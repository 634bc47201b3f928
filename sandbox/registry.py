"""Who serves what: operation handlers, keyed by operationId or by kind, and resource hooks.

    @handles("estimateAudience")          # one operation of the spec
    def estimate(ctx: OperationContext) -> Answer: ...

    @handles("list")                      # every operation of a kind (the generic engine's)
    def list_entities(ctx: OperationContext) -> Answer: ...

    @hooks("campaigns")                   # the lifecycle of one resource's entities
    class CampaignHooks(Hooks): ...

An operation is served by the handler registered under its operationId, else by the one of its
kind (adsapi.spec.kinds). The entity kinds have generic handlers (`adsapi.sandbox.entities`);
`lookup` and `action` operations each need their own, in the module of their resource family
under `adsapi.sandbox.resources`. `unserved(spec)` lists what nothing serves: the sandbox
refuses to start on such a spec and `adsapi check` reports it.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from adsapi.sandbox.context import Hooks, OperationContext
    from adsapi.spec.model import ApiSpec, Operation

Handler = Callable[["OperationContext"], Any]
H = TypeVar("H", bound=Handler)
K = TypeVar("K", bound="type[Hooks]")

FileProducer = Callable[[Any, str], "tuple[bytes, str] | None"]  # (engine, name) -> (body, type)

_HANDLERS: dict[str, Handler] = {}
_FILES: dict[str, FileProducer] = {}
_HOOKS: dict[str, type[Hooks]] = {}


def handles(*keys: str) -> Callable[[H], H]:
    """Register a handler for the operations named by `keys` (operationIds or kinds)."""

    def register(handler: H) -> H:
        for key in keys:
            if key in _HANDLERS and _HANDLERS[key] is not handler:
                raise ValueError(f"{key} already has a handler: {_HANDLERS[key].__qualname__}")
            _HANDLERS[key] = handler
        return handler

    return register


def hooks(resource: str) -> Callable[[K], K]:
    """Register the lifecycle hooks of `resource` (a tag of the spec)."""

    def register(cls: K) -> K:
        if resource in _HOOKS and _HOOKS[resource] is not cls:
            raise ValueError(f"{resource} already has hooks: {_HOOKS[resource].__qualname__}")
        _HOOKS[resource] = cls
        return cls

    return register


def files(kind: str) -> Callable[[FileProducer], FileProducer]:
    """Register what serves the sandbox's files of `kind` at `/_sandbox/files/<kind>/<name>`:
    the stand-in for a host outside the API (analytics results). The producer gets the engine
    and the name, and returns the body and its media type, or None for 404."""

    def register(producer: FileProducer) -> FileProducer:
        _FILES[kind] = producer
        return producer

    return register


def file_producer(kind: str) -> FileProducer | None:
    _load()
    return _FILES.get(kind)


def unregister(*keys: str) -> None:
    """Forget the handlers or hooks registered under `keys` (tests that add their own)."""
    for key in keys:
        _HANDLERS.pop(key, None)
        _HOOKS.pop(key, None)


def _load() -> None:
    """Import the generic handlers and every resource family module (they register on import)."""
    import adsapi.sandbox.entities  # noqa: F401
    import adsapi.sandbox.resources as families

    for module in pkgutil.iter_modules(families.__path__):
        importlib.import_module(f"{families.__name__}.{module.name}")


def handler_for(op: Operation) -> Handler | None:
    _load()
    return _HANDLERS.get(op.operation_id) or _HANDLERS.get(op.kind)


def has_own_handler(op: Operation) -> bool:
    """Whether the operation has a handler of its own rather than its kind's generic one."""
    _load()
    return op.operation_id in _HANDLERS


def hooks_for(resource: str) -> Hooks:
    _load()
    from adsapi.sandbox.context import Hooks

    return _HOOKS.get(resource, Hooks)()


def unserved(operations: Iterable[Operation]) -> list[Operation]:
    """The operations no handler serves."""
    return [op for op in operations if handler_for(op) is None]


def describe_unserved(spec: ApiSpec) -> list[str]:
    """One sentence per operation of `spec` that the sandbox could not serve."""
    return [
        f"{op.operation_id} ({op.kind}) has no sandbox handler: register one with "
        f'@handles("{op.operation_id}") in the module of its resource family under '
        "adsapi/sandbox/resources/"
        for op in unserved(spec.operations.values())
    ]
