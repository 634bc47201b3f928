"""Reading answers that do not fit the spec without losing what they hold.

Real answers drift from any description of them: an attribute left out, a value of another
type, an enum value nobody documented yet. By default such an answer still becomes its models:
every attribute the answer has is kept (typed where it fits the model, as received where it
does not), an attribute the answer lacks is `MISSING`, unknown attributes are kept as extras,
and one bad item never costs the other items of a page. Each way the answer differs is a
`Mismatch`, logged once per (operation, attribute, problem) as a warning of the
`twitter_ads_client` logger and listed on the raw response (`APIResponse.mismatches`).

With `strict_response_validation=True` the same answer raises `APIResponseValidationError`:
the choice for tests that hold a server to the spec.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel, TypeAdapter, ValidationError

__all__ = ["Findings", "Mismatch", "read_envelope", "read_model"]

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)
_SEEN_KEPT = 4096  # a long-lived client meets a bounded number of distinct mismatches


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One way an answer differs from the spec: where (a path such as `data[2].currency`),
    what (`missing`, `invalid` or `not-an-object`) and a sentence."""

    operation: str
    where: str
    problem: str
    detail: str

    def __str__(self) -> str:
        return f"{self.operation}: {self.where}: {self.detail}"


class Findings:
    """The differences of one answer: kept for its raw response, and each logged the first
    time its client meets it (the index of a list item does not count: one warning for a whole
    page, and none for the next page that repeats it)."""

    def __init__(self, seen: set[tuple[str, str, str]]) -> None:
        self.mismatches: list[Mismatch] = []
        self._seen = seen  # the client's

    def add(self, mismatch: Mismatch) -> None:
        self.mismatches.append(mismatch)
        key = (mismatch.operation, _unindexed(mismatch.where), mismatch.problem)
        if key in self._seen:
            return
        if len(self._seen) >= _SEEN_KEPT:
            self._seen.clear()
        self._seen.add(key)
        logger.warning("answer does not fit the spec: %s", mismatch)


def _unindexed(where: str) -> str:
    parts = where.split("[")
    return parts[0] + "".join("[]" + p.partition("]")[2] for p in parts[1:])


def read_envelope(envelope: str, model: Any, content: bytes) -> dict[str, Any]:
    """The answer's envelope (`data`, and a page's `next_cursor` and `total_count`) with its
    models (`model`: a pydantic model, or the type of plain values), when the body fits the
    spec under pydantic's strict JSON validation; raises pydantic's ValidationError otherwise
    (and on a body that is no JSON object)."""
    return _envelope_reader(envelope, model).validate_json(content, strict=True)  # type: ignore[no-any-return]


def read_model(
    model: type[BaseModel] | Any, value: Any, operation: str, where: str, found: Findings
) -> Any:
    """`value` as an instance of `model`, leniently: what fits is typed, the rest kept.
    A `model` that is a plain value's type (an alias such as `str`) takes the value when it
    fits and keeps it as received when it does not."""
    from pydantic import MISSING, BaseModel, ValidationError

    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        try:
            return _value_reader(model).validate_json(json.dumps(value), strict=True)
        except ValidationError as exc:
            found.add(_invalid(operation, where, exc, value))
            return value
    if not isinstance(value, dict):
        detail = f"not an object: {value!r} (kept as received)"
        found.add(Mismatch(operation, where, "not-an-object", detail))
        return value  # kept as it came: there is nothing to put in a model
    fields: dict[str, Any] = {}
    known: set[str] = set()
    for name, field in model.model_fields.items():
        key = field.alias or name
        known.add(key)
        here = f"{where}.{key}"
        if key not in value:
            if field.is_required():
                missing = "the attribute is missing (read as MISSING)"
                found.add(Mismatch(operation, here, "missing", missing))
                fields[name] = MISSING
            continue
        try:
            fields[name] = _field_reader(model, name).validate_json(
                json.dumps(value[key]), strict=True
            )
        except ValidationError as exc:
            fields[name] = value[key]
            found.add(_invalid(operation, here, exc, value[key]))
    extras = {key: item for key, item in value.items() if key not in known}
    return model.model_construct(**fields, **extras)


def _invalid(operation: str, where: str, exc: ValidationError, value: Any) -> Mismatch:
    problem = exc.errors()[0]["msg"] if exc.errors() else str(exc)
    return Mismatch(operation, where, "invalid", f"{problem}, got {value!r} (kept as received)")


@lru_cache(maxsize=256)
def _value_reader(kind: Any) -> TypeAdapter[Any]:
    """A validator of one plain value (an item of an answer listing strings, say)."""
    from pydantic import TypeAdapter

    return TypeAdapter(kind)


@lru_cache(maxsize=4096)
def _field_reader(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    """A validator of one field of `model` on its own."""
    from pydantic import TypeAdapter

    annotation = model.model_fields[name].annotation
    return TypeAdapter(annotation if annotation is not None else Any)


@lru_cache(maxsize=1024)
def _envelope_reader(envelope: str, model: Any) -> TypeAdapter[Any]:
    """A validator of a whole success body: its `data` holding `model`s. Other members are
    not this reader's business (they are ignored)."""
    from typing import NotRequired  # pydantic's TypedDict before 3.12

    from pydantic import TypeAdapter
    from typing_extensions import TypedDict

    data: Any = model if envelope == "object" else list[model]
    members: dict[str, Any] = {"data": data}
    if envelope == "page":
        members["next_cursor"] = NotRequired[str | None]
        members["total_count"] = NotRequired[int | None]
    return TypeAdapter(TypedDict(f"{envelope.title()}Envelope", members))  # type: ignore[operator]
