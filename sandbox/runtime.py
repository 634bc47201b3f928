"""What each served API version compiles at start-up: per operation, its validator, its batch
item validators and the facts the request path needs (rate-limit class, parent parameter).

Each version may have its own `ApiSpec`; nothing here is shared between versions except the
store the engines write to.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from adsapi.rules import BATCH_ITEMS
from adsapi.sandbox.engine import Call, Engine
from adsapi.sandbox.errors import ApiError, BatchError, Deviation, Problem, invalid
from adsapi.sandbox.jsontext import JsonRefused, read_json
from adsapi.sandbox.users import User
from adsapi.sandbox.validation import Decoded, OperationValidator, ParameterSet
from adsapi.spec.model import ApiSpec, Operation

BATCH_KEYS = ("operation_type", "params")


@dataclass
class BatchItemType:
    operation: Operation  # the single-item operation whose parameters and rules apply
    params: ParameterSet


class OperationRuntime:
    def __init__(self, op: Operation, spec: ApiSpec, engine: Engine, strict: bool) -> None:
        self.op = op
        self.engine = engine
        self.strict = strict
        model = engine.models.get(op.resource)
        read_only = model.read_only if model else frozenset()
        self.validator = OperationValidator(op, read_only, strict)
        self.parent_parameter = model.resource.parent_parameter if model else None
        # The path parameter naming the ads account, for account-scoped rate limits: the
        # identifier of the top-level resource (accounts), wherever it appears in the path.
        self.account_parameter = next(
            (
                m.id_parameter
                for m in engine.models.values()
                if m.parent is None
                and m.resource.id_parameter is not None
                and op.parameter(m.resource.id_parameter) is not None
            ),
            None,
        )
        self.rate_class = op.rate_limit_class
        self.rate_switches = tuple(
            (p.name, p.rate_limit_class) for p in op.parameters if p.rate_limit_class
        )
        self.item_types: dict[str, BatchItemType] = {}
        if op.batch is not None:
            for op_type, target_id in op.batch.operations.items():
                target = spec.operation(target_id)
                params = tuple(p for p in target.parameters if p.name != self.parent_parameter)
                schema = op.batch.params_schemas.get(op_type, {})
                self.item_types[op_type] = BatchItemType(
                    target,
                    ParameterSet(
                        params,
                        required=schema.get("required", ()),
                        rules=target.rules,
                        read_only=read_only,
                        strict=strict,
                    ),
                )

    def rate_class_for(self, sent: Iterable[tuple[str, str]]) -> str | None:
        """The class a request counts against, read from the wire before anything is decoded:
        a switch sent as true (`with_total_count`, in any case, its last value as decoding
        reads it) moves the request to the switch's class."""
        if self.rate_switches:
            values = dict(sent)
            for name, cls in self.rate_switches:
                if values.get(name, "").lower() == "true":
                    return cls
        return self.rate_class

    def decode_batch(self, body: bytes, path: Mapping[str, str]) -> tuple[list, list[Deviation]]:
        """The items of a batch body, each (Call-ready Decoded, op_type, item type).

        Raises BatchError with request-level problems (in `errors`) or per-item ones (in
        `operation_errors`, index-aligned with the request)."""
        batch = self.op.batch
        assert batch is not None
        try:
            items = read_json(body) if body else None
        except JsonRefused as exc:
            reason = "must be a JSON array of operations" if exc.rule == "json" else exc.reason
            raise BatchError((invalid("body", f"the batch body {reason}", exc.rule),)) from None
        if not isinstance(items, list):
            raise BatchError(
                (invalid("body", "the batch body must be a JSON array of operations", "type"),)
            )
        if not items or len(items) > batch.max_items:
            raise BatchError(
                (
                    invalid(
                        "operations",
                        f"a batch takes 1 to {batch.max_items} operations, got {len(items)}",
                        "maxItems" if items else "minItems",
                    ),
                )
            )
        decoded_items: list[tuple[Decoded, str, BatchItemType]] = []
        item_problems: list[list[Problem]] = []
        deviations: list[Deviation] = []
        echo: list[dict[str, Any]] = []
        for index, item in enumerate(items):
            problems: list[Problem] = []
            op_type = item.get("operation_type") if isinstance(item, dict) else None
            item_type = self.item_types.get(op_type) if isinstance(op_type, str) else None
            echo.append({"params": {}, "operation_type": op_type if item_type else None})
            if not isinstance(item, dict):
                problems.append(invalid("operations", f"item {index} must be an object", "type"))
            elif item_type is None:
                kinds = ", ".join(self.item_types)
                problems.append(
                    invalid(
                        "operation_type",
                        f"operation_type must be one of {kinds}, got {op_type!r}",
                        "enum",
                    )
                )
            elif "params" not in item:
                problems.append(invalid("params", "params is required", "required"))
            if item_type is not None and isinstance(item, dict):
                for key in item:
                    if key not in BATCH_KEYS:
                        deviations.append(
                            Deviation(key, "unknown-parameter", f"{key} is not a batch item field")
                        )
                        if self.strict:
                            problems.append(deviations[-1].as_problem())
                if "params" in item:
                    try:
                        decoded = item_type.params.decode_json(item["params"])
                        decoded.values.update(path)
                        echo[-1]["params"] = decoded.values
                        deviations.extend(decoded.deviations)
                        decoded_items.append((decoded, str(op_type), item_type))
                    except ApiError as exc:
                        problems.extend(exc.problems)
                        echo[-1]["params"] = exc.echo or {}
            item_problems.append(problems)
        if any(item_problems):
            raise BatchError(item_problems=item_problems, echo=echo)
        # The batch's own rules, over its items (adsapi.rules.MostPerBatch).
        items_known = {
            BATCH_ITEMS: [
                {"operation_type": op_type, "params": decoded.values}
                for decoded, op_type, _ in decoded_items
            ]
        }
        found = [rule.check([BATCH_ITEMS], items_known) for rule in self.op.rules]
        problems = [Problem(v.code, v.message, v.parameter, v.rule) for v in found if v and v.code]
        if problems:
            raise BatchError(tuple(problems), echo=echo)
        return decoded_items, deviations

    def attach_items(self, call: Call, items: list) -> None:
        """Make the decoded items the batch call's own calls, each of its item operation."""
        for decoded, op_type, item_type in items:
            call.items.append(
                Call(item_type.operation, item_type.params, call.user, decoded, call.parent)
            )
            call.operation_types.append(op_type)


class VersionRuntime:
    """One served version: its spec, engine and compiled operations, by path and method."""

    def __init__(self, version: str, spec: ApiSpec, engine: Engine, strict: bool) -> None:
        self.version = version
        self.spec = spec
        self.engine = engine
        self.operations = {
            op.operation_id: OperationRuntime(op, spec, engine, strict)
            for op in spec.operations.values()
        }
        self.paths: dict[str, dict[str, OperationRuntime]] = {}
        for runtime in self.operations.values():
            self.paths.setdefault(runtime.op.path, {})[runtime.op.method] = runtime

    def call(self, runtime: OperationRuntime, user: User, decoded: Decoded) -> Call:
        return Call(runtime.op, runtime.validator.params, user, decoded)
