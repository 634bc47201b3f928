"""The sandbox's vocabulary for what is wrong with a request.

`Problem` is one entry of the API's `errors[]` (code, message, parameter, value) plus `rule`, the
name under which the conformance report files it. `Deviation` is a request accepted although it
left the spec's canonical wire format; under `--strict` it becomes a Problem instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NO_VALUE: Any = object()


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    parameter: str | None = None
    rule: str = ""
    value: Any = NO_VALUE  # the offending value as received, when there is one

    def as_error(self) -> dict[str, Any]:
        item: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.parameter is not None:
            item["parameter"] = self.parameter
        if self.value is not NO_VALUE:
            item["value"] = self.value
        return item


@dataclass(frozen=True)
class Deviation:
    """Accepted, but not the spec's canonical way to send it."""

    parameter: str
    rule: str  # e.g. boolean-case, repeated-key, query-string-parameter, unknown-parameter
    message: str

    def as_problem(self) -> Problem:
        return Problem(
            "INVALID_PARAMETER",
            f"{self.message} (rejected in strict mode)",
            self.parameter,
            self.rule,
        )


class ApiError(Exception):
    """Answer the request with the API's error body. The status follows from the first code."""

    def __init__(self, *problems: Problem, echo: Any = None) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems
        self.echo = echo  # the request echo, when known


class BatchError(Exception):
    """A rejected batch: request-level `problems` and/or per-item `item_problems`."""

    def __init__(
        self,
        problems: tuple[Problem, ...] = (),
        item_problems: list[list[Problem]] | None = None,
        echo: Any = None,
    ) -> None:
        super().__init__("batch rejected")
        self.problems = problems
        self.item_problems = item_problems
        self.echo = echo


def invalid(parameter: str, message: str, rule: str, value: Any = NO_VALUE) -> Problem:
    return Problem("INVALID_PARAMETER", message, parameter, rule, value)


def missing(parameter: str) -> Problem:
    return Problem("MISSING_PARAMETER", f"{parameter} is required", parameter, "required")
