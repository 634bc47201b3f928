"""What the generated resources know about each operation, as data the runtime interprets.

Each generated method hands its arguments to the client together with one `Operation`; the
client validates them against its `Param`s and its rules (`_rules`, the same module the sandbox
checks requests with), puts them on the wire and parses the answer with its `Result`.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Literal, TypeAlias, TypeVar

from ._retry import IDEMPOTENT_METHODS
from ._rules import Rule
from ._types import NOT_GIVEN

__all__ = ["Batch", "Operation", "Param", "Result"]

R = TypeVar("R")

Kind: TypeAlias = Literal[
    "string", "integer", "number", "boolean", "datetime", "array", "object", "any"
]
Location: TypeAlias = Literal["path", "query", "form", "body"]


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter: its names, where it travels and the values the spec admits."""

    name: str  # as the caller writes it (a Python identifier for keyword arguments)
    kind: Kind
    location: Location = "query"
    wire: str = ""  # as the API spells it; defaults to `name`
    required: bool = False
    nullable: bool = False  # `None` is accepted and means "clear" (sent as an empty value)
    default: Any = NOT_GIVEN  # the server's default, used by rules when the value is not sent
    enum: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    items: Param | None = None  # arrays: what each item must be
    comma_joined: bool = False  # arrays: one comma-separated value on the wire
    deprecated: bool = False

    @property
    def wire_name(self) -> str:
        return self.wire or self.name


@dataclass(frozen=True, slots=True)
class Batch:
    """A batch body: a list of `{operation_type, params}` items.

    Each operation type is a single-item operation of the API, and an item's `params` are that
    operation's arguments, spelled as the API spells them, less the path parameters the batch
    request carries itself (`shared`, such as `account_id`). So an item is checked with the same
    parameters and rules as the single call.
    """

    max_items: int
    operations: Mapping[str, Operation[Any]]
    shared: tuple[str, ...] = ()
    params: Mapping[str, tuple[Param, ...]] = field(init=False, repr=False, compare=False)
    rules: Mapping[str, tuple[Rule, ...]] = field(init=False, repr=False, compare=False)
    # operation type -> the `params` that name the entity (the single call's path parameters)
    identifiers: Mapping[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        params, rules, identifiers = {}, {}, {}
        for op_type, operation in self.operations.items():
            spelled = {p.name: p.wire_name for p in operation.params}
            params[op_type] = tuple(
                replace(p, name=p.wire_name, wire="", location="body")
                for p in operation.params
                if p.wire_name not in self.shared
            )
            rules[op_type] = tuple(rule.renamed(spelled) for rule in operation.rules)
            identifiers[op_type] = frozenset(
                p.wire_name
                for p in operation.params
                if p.location == "path" and p.wire_name not in self.shared
            )
        object.__setattr__(self, "params", params)
        object.__setattr__(self, "rules", rules)
        object.__setattr__(self, "identifiers", identifiers)


@dataclass(frozen=True, slots=True)
class Result(Generic[R]):
    """How to read a success answer: the envelope and the model of what `data` holds, named
    by its place (`"campaign:Campaign"`: the module under `types` and the class), so that the
    model and pydantic are imported when the first answer is parsed, after the request left."""

    envelope: Literal["object", "list", "page", "batch"]
    model_path: str
    # pages: the request parameters that carry the cursor and ask for a total count
    cursor_parameter: str = "cursor"
    total_count_parameter: str = "with_total_count"

    @property
    def model(self) -> type[Any]:
        return _model(self.model_path)


@functools.cache
def _model(path: str) -> type[Any]:
    module, _, name = path.partition(":")
    package = __name__.rpartition(".")[0]
    found: type[Any] = getattr(importlib.import_module(f"{package}.types.{module}"), name)
    return found


@dataclass(frozen=True, slots=True)
class Operation(Generic[R]):
    """One API operation. `R` is what a call returns for one answer."""

    operation_id: str
    method: str
    path: str  # template relative to the versioned base URL
    params: tuple[Param, ...]
    result: Result[R]
    rules: tuple[Rule, ...] = ()
    sandbox_only: bool = False
    batch: Batch | None = None
    # A partial update: only what is sent changes, so sending nothing is a mistake.
    partial_update: bool = False
    by_name: Mapping[str, Param] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {p.name: p for p in self.params})

    @property
    def idempotent(self) -> bool:
        """Whether the call may be repeated without changing the outcome: retries are safe."""
        return self.method in IDEMPOTENT_METHODS
