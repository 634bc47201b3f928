"""The conformance report: what a client sent, and where it left the spec.

Every request is counted against its operation, with its outcome and the API version it used.
Each distinct violation (a request the sandbox refused because it broke the spec) and deviation
(a request it accepted although it left the canonical wire format) is kept once per operation,
version, parameter and rule, with a count and the first request that showed it. The example
requests never carry credentials: the `Authorization` header is not kept and `oauth_*`
parameters are dropped.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from adsapi.sandbox.errors import Deviation, Problem
from adsapi.sandbox.times import timestamp

# Refusals that are not a mistake of the client's wire format: the state of the sandbox (an
# unknown entity, a limit reached) or the sandbox's own failure. They count as outcomes only.
NOT_VIOLATIONS = frozenset(
    {
        "not-found",
        "reference",
        "active-campaign-limit",
        "rate-limit",
        "server-error",
        "database-busy",
    }
)
OUTCOMES = ("accepted", "deviations", "violations", "refused", "rate-limited", "server-error")
EXAMPLE_BODY_LIMIT = 2000
TEXT_LIMIT = 500  # a path, parameter name, message or query value as the report keeps it


@dataclass
class Example:
    """A request as the report shows it: credentials removed."""

    method: str
    path: str
    query: list[tuple[str, str]]
    content_type: str | None
    body: Any  # form pairs, a JSON value, or None

    @staticmethod
    def of(
        method: str,
        path: str,
        query: Iterable[tuple[str, str]],
        content_type: str | None,
        body: Any,
    ) -> Example:
        if isinstance(body, list) and body and isinstance(body[0], tuple):
            body = [(k, v) for k, v in body if not k.startswith("oauth_")]
        return Example(
            method,
            path,
            [(k, v) for k, v in query if not k.startswith("oauth_")],
            content_type,
            body,
        )

    def as_json(self) -> dict[str, Any]:
        """The request as the report keeps it: printable, and cut where long."""
        out: dict[str, Any] = {"method": printable(self.method), "path": printable(self.path)}
        if self.query:
            out["query"] = _query_shown(self.query)
        if self.body not in (None, [], b""):
            body = self.body
            if isinstance(body, list) and body and isinstance(body[0], tuple):
                body = [list(pair) for pair in body]
            text = json.dumps(body, ensure_ascii=False, default=str)
            shown = printable(text, EXAMPLE_BODY_LIMIT)
            out["content_type"] = printable(self.content_type or "") or None
            out["body"] = body if shown is text else shown  # the text when cut or mended
        return out


@dataclass
class Finding:
    operation: str
    version: str | None  # the API version the request used
    kind: str  # violation | deviation
    parameter: str | None
    rule: str
    code: str | None
    message: str
    example: dict[str, Any]
    count: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "version": self.version,
            "kind": self.kind,
            "parameter": self.parameter,
            "rule": self.rule,
            "code": self.code,
            "message": self.message,
            "count": self.count,
            "example": self.example,
        }


@dataclass
class OperationStats:
    operation: str
    method: str
    path: str
    requests: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)  # requests per API version

    @property
    def result(self) -> str:
        if not self.requests:
            return "not exercised"
        if self.outcomes.get("violations"):
            return "fail"
        if self.outcomes.get("deviations"):
            return "pass with deviations"
        return "pass"


UNROUTED = "(no operation)"
# Findings are keyed by names the client chooses (an unknown parameter's): past these many
# distinct parameters for one rule of one operation, or findings for one operation, the next
# ones are counted together under MORE.
PARAMETERS_PER_RULE = 20
FINDINGS_PER_OPERATION = 100
MORE = "(more)"
FindingKey = tuple[str, str | None, str, str | None, str]


class Filed(NamedTuple):
    """One request as the report files it, worked out once for every ledger it goes to."""

    operation: str
    version: str | None
    entry: dict[str, Any]  # its line in recent_requests
    findings: list[tuple[str, Problem | Deviation]]  # (violation | deviation, what)
    example: Any  # a callable giving its Example, called only for a new finding


class Ledger:
    """What a set of requests showed: per-operation counts, findings and the latest requests.

    The report keeps one for every request and one per user, so that a user can be shown their
    own requests and nobody else's."""

    def __init__(self, operations: Iterable[tuple[str, str, str]], keep_requests: int) -> None:
        self.stats = {op: OperationStats(op, method, path) for op, method, path in operations}
        self.findings: dict[FindingKey, Finding] = {}
        self.recent: deque[dict[str, Any]] = deque(maxlen=keep_requests)
        self.by_version: dict[str, int] = {}
        self.total = 0
        self._per_rule: dict[tuple[str, str | None, str, str], int] = {}
        self._per_operation: dict[str, int] = {}

    def add(self, filed: Filed, shown: dict[str, Any]) -> dict[str, Any]:
        """Count the request; return the example shown by its new findings (made once)."""
        name, version, outcome = filed.operation, filed.version, filed.entry["outcome"]
        stats = self.stats.get(name)
        if stats is None:
            stats = self.stats[name] = OperationStats(name, "*", "*")
        self.total += 1
        stats.requests += 1
        stats.outcomes[outcome] = stats.outcomes.get(outcome, 0) + 1
        key = str(filed.entry["status"])
        stats.statuses[key] = stats.statuses.get(key, 0) + 1
        if version is not None:
            stats.versions[version] = stats.versions.get(version, 0) + 1
            self.by_version[version] = self.by_version.get(version, 0) + 1
        for kind, item in filed.findings:
            parameter = None if item.parameter is None else printable(item.parameter)
            finding = self.findings.get((name, version, kind, parameter, item.rule))
            if finding is None:
                if not shown and callable(filed.example):
                    shown.update(filed.example().as_json())
                finding = self._new_finding(name, version, kind, parameter, item, shown)
            finding.count += 1
        self.recent.append(filed.entry)
        return shown

    def _new_finding(
        self,
        name: str,
        version: str | None,
        kind: str,
        parameter: str | None,
        item: Problem | Deviation,
        shown: dict[str, Any],
    ) -> Finding:
        """The finding a new (parameter, rule) is filed under: its own, or MORE past a cap."""
        per_rule = (name, version, kind, item.rule)
        rule, message = item.rule, printable(item.message)
        if self._per_rule.get(per_rule, 0) >= PARAMETERS_PER_RULE:
            parameter = MORE
            message = f"more than {PARAMETERS_PER_RULE} parameters broke this rule; one: {message}"
        elif self._per_operation.get(name, 0) >= FINDINGS_PER_OPERATION:
            parameter, rule = MORE, MORE
            message = f"more than {FINDINGS_PER_OPERATION} findings; one: {message}"
        key = (name, version, kind, parameter, rule)
        finding = self.findings.get(key)
        if finding is None:
            code = getattr(item, "code", None)
            finding = self.findings[key] = Finding(
                name, version, kind, parameter, rule, code, message, shown
            )
            if parameter != MORE:
                self._per_rule[per_rule] = self._per_rule.get(per_rule, 0) + 1
                self._per_operation[name] = self._per_operation.get(name, 0) + 1
        return finding

    def as_json(self, versions: list[str]) -> dict[str, Any]:
        findings = self.findings.values()
        return {
            "summary": self.summary(versions, findings),
            "operations": [
                {
                    "operation": s.operation,
                    "method": s.method,
                    "path": s.path,
                    "requests": s.requests,
                    "result": s.result,
                    "outcomes": s.outcomes,
                    "statuses": s.statuses,
                    "versions": s.versions,
                }
                for s in self.stats.values()
            ],
            "findings": [
                f.as_json()
                for f in sorted(
                    findings, key=lambda f: (f.operation, _number(f.version), f.kind, f.rule)
                )
            ],
            "recent_requests": list(self.recent),
        }

    def summary(self, versions: list[str], findings: Iterable[Finding]) -> dict[str, Any]:
        served = [s for s in self.stats.values() if s.operation != UNROUTED]
        by_outcome: dict[str, int] = {}
        for stats in self.stats.values():
            for outcome, count in stats.outcomes.items():
                by_outcome[outcome] = by_outcome.get(outcome, 0) + count
        findings = list(findings)
        return {
            "requests": self.total,
            "operations": len(served),
            "operations_exercised": sum(1 for s in served if s.requests),
            "operations_passed": sum(1 for s in served if s.result.startswith("pass")),
            "operations_failed": sum(1 for s in served if s.result == "fail"),
            "violations": sum(f.count for f in findings if f.kind == "violation"),
            "deviations": sum(f.count for f in findings if f.kind == "deviation"),
            "by_outcome": {o: by_outcome[o] for o in OUTCOMES if o in by_outcome},
            "by_version": {v: self.by_version[v] for v in versions if v in self.by_version},
        }


EVERYONE: Any = object()  # as_json's default: the whole report, every user's requests


class Report:
    def __init__(
        self,
        operations: Iterable[tuple[str, str, str]],
        *,
        title: str = "",
        versions: Iterable[str] = (),
        strict: bool = False,
        keep_requests: int = 1000,
        clock: Any = None,
        as_of: str | None = None,
        warnings: Mapping[str, str] | None = None,
    ) -> None:
        """`operations`: (operationId, method, path) of everything the sandbox serves, in all
        its `versions`; `as_of`: the day the sandbox emulates, if not today; `warnings`: the
        x-api-warn of each deprecated version."""
        self.title = title
        self.versions = list(versions)
        self.as_of = as_of
        self.warnings = dict(warnings or {})
        self.strict = strict
        self.clock = clock
        self.started_at = timestamp(clock()) if clock else None
        self.operations = list(operations)
        self.keep_requests = keep_requests
        self.everyone = Ledger(self.operations, keep_requests)
        # One ledger per user (those of the users file, a bounded set): what a user may see.
        self.users: dict[str, Ledger] = {}

    @property
    def total(self) -> int:
        return self.everyone.total

    @property
    def recent(self) -> deque[dict[str, Any]]:
        return self.everyone.recent

    def summary(self) -> dict[str, Any]:
        """The whole report's summary (every user's requests)."""
        return self.everyone.summary(self.versions, self.everyone.findings.values())

    def record(
        self,
        *,
        operation: str | None,
        version: str | None,
        method: str,
        path: str,
        status: int,
        user: str | None,
        problems: Iterable[Problem] = (),
        deviations: Iterable[Deviation] = (),
        example: Any = None,
    ) -> str:
        """Count one request; return its outcome. `example` is called only when needed."""
        problems = list(problems)
        deviations = list(deviations)
        violations = [p for p in problems if p.rule not in NOT_VIOLATIONS]
        if status == 429:
            outcome = "rate-limited"
        elif status >= 500:
            outcome = "server-error"
        elif violations:
            outcome = "violations"
        elif problems:
            outcome = "refused"
        elif deviations:
            outcome = "deviations"
        else:
            outcome = "accepted"
        name = operation or UNROUTED
        filed = Filed(
            name,
            version,
            {
                "version": version,
                "operation": name,
                "method": printable(method),
                "path": printable(path),
                "status": status,
                "outcome": outcome,
                "user": None if user is None else printable(user),
            },
            (
                [("violation", p) for p in violations] + [("deviation", d) for d in deviations]
                if violations or deviations
                else []
            ),
            example if callable(example) else (lambda: _Shown(example or {})),
        )
        shown = self.everyone.add(filed, {})
        if user is not None:
            ledger = self.users.get(user)
            if ledger is None:
                ledger = self.users[user] = Ledger(self.operations, self.keep_requests)
            ledger.add(filed, shown)
        return outcome

    def as_json(self, user: Any = EVERYONE) -> dict[str, Any]:
        """The whole report, or (`user`: a user's name) what that user's requests showed."""
        ledger = self.everyone if user is EVERYONE else self.users.get(user)
        if ledger is None:
            ledger = Ledger(self.operations, self.keep_requests)
        return {
            "title": self.title,
            "versions": self.versions,
            "as_of": self.as_of,
            "warnings": self.warnings,
            "strict": self.strict,
            "user": None if user is EVERYONE else user,
            "started_at": self.started_at,
            "generated_at": timestamp(self.clock()) if self.clock else None,
            **ledger.as_json(self.versions),
        }

    def write(self, path: Path | str) -> None:
        """Write the whole JSON report atomically (a reader never sees half a file)."""
        write_json(Path(path), self.as_json())


@dataclass(frozen=True)
class _Shown:
    """An example given ready-made (as a dict) to `record`."""

    shown: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return self.shown


def _query_shown(query: list[tuple[str, str]]) -> list[list[str]]:
    """The first pairs of a query, each cut, as long as they stay within the example's size."""
    shown: list[list[str]] = []
    size = 0
    for name, value in query:
        pair = [printable(name), printable(value)]
        size += len(pair[0]) + len(pair[1])
        if size > EXAMPLE_BODY_LIMIT and shown:
            shown.append([MORE, f"{len(query) - len(shown)} more parameters"])
            break
        shown.append(pair)
    return shown


def printable(text: str, limit: int = TEXT_LIMIT) -> str:
    """`text` fit for the report: at most `limit` characters, and valid Unicode.

    Whatever a client sent may end up here (a parameter name, a path); a lone surrogate in it
    would make the report impossible to encode as UTF-8, so it is replaced with U+FFFD. Text
    that needs neither is returned as the same object."""
    if len(text) > limit:
        text = text[:limit] + "..."
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _number(version: str | None) -> int:
    return int(version) if version and version.isdigit() else -1


def write_json(path: Path, data: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is meant to be shared
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, ensure_ascii=False)
            out.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
