"""Compare two models of the spec and classify every change.

The classification follows the seeds' own definition of a breaking change (seed 003, "Breaking
Changes"): anything that needs work from an integration to keep what it does working. Each
breaking change names the clause it falls under (`RULES`). What only widens what a client may
send, or narrows what it may receive, is additive; prose and examples are documentation.

Changes found in several operations (a field of an entity every campaign endpoint returns, a
parameter of a single-item operation and of the batch items that stand for it) are reported
once, with the list of operations.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from adsapi.diff.schema import Direction, Finding, Node, compare_nodes, normalize, renames
from adsapi.spec.model import (
    NO_DEFAULT,
    ApiSpec,
    Batch,
    Operation,
    Parameter,
    Response,
    Rule,
)

Severity = Literal["breaking", "additive", "documentation"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "additive", "documentation")

# The clauses of the seeds' definition of a breaking change, in our words.
RULES = {
    "removed": "a parameter, field or endpoint is removed",
    "renamed": "a parameter or endpoint is renamed",
    "representation": "values are represented differently",
    "behaviour": "an endpoint behaves differently",
    "requirement": "a parameter is added as required or becomes required",
}


@dataclass(frozen=True)
class Change:
    severity: Severity
    rule: str | None  # the clause of RULES a breaking change falls under
    target: str  # what kind of thing changed: operation, parameter, field, rule, batch, ...
    subject: str  # its name: `draft_only`, `Campaign.account_id`, `updateAccount`
    message: str  # what happened to it
    operations: tuple[str, ...] = ()  # where: operation ids (batch items as `id (Type items)`)
    resource: str | None = None
    old: Any = None
    new: Any = None

    @property
    def summary(self) -> str:
        return f"{self.target} {self.subject}: {self.message}"


@dataclass(frozen=True)
class Report:
    old_label: str
    new_label: str
    old_version: str
    new_version: str
    changes: tuple[Change, ...]

    def of(self, severity: Severity) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.severity == severity)

    @property
    def breaking(self) -> tuple[Change, ...]:
        return self.of("breaking")

    def counts(self) -> dict[str, int]:
        return {severity: len(self.of(severity)) for severity in SEVERITIES}


# -- classification --------------------------------------------------------------------------------

_VALUE_KINDS = {"type", "enum", "format", "pattern", "bound", "also-accepted", "closed"}


def classify(finding: Finding, direction: Direction) -> tuple[Severity, str | None]:
    """Severity and rule of a schema difference for values travelling in `direction`."""
    if finding.docs_only:
        return "documentation", None
    kind, narrows = finding.kind, finding.narrows
    if kind == "property-renamed":
        return "breaking", "renamed"
    if kind == "property-removed":
        return "breaking", "removed"
    if kind == "property-added":
        return ("breaking", "requirement") if direction == "request" and narrows else _additive()
    if kind == "property-required":
        if direction == "request":
            return ("breaking", "requirement") if narrows else _additive()
        return _additive() if narrows else ("breaking", "removed")
    if kind == "default":
        return "breaking", "behaviour"
    if kind in _VALUE_KINDS or kind in ("nullable", "variant-removed", "variant-added"):
        if narrows is None:
            return "breaking", "representation"
        breaks = narrows if direction == "request" else not narrows
        return ("breaking", "representation") if breaks else _additive()
    raise ValueError(f"unclassified schema difference {kind!r}")


def _additive() -> tuple[Severity, None]:
    return "additive", None


# -- a parameter, wherever it comes from ---------------------------------------------------------


@dataclass(frozen=True)
class ParamView:
    name: str
    location: str
    required: bool
    node: Node
    style: tuple[Any, Any] = (None, None)
    filter: Any = None
    rate_limit_class: str | None = None
    deprecated: bool = False

    @classmethod
    def of(cls, param: Parameter) -> ParamView:
        return cls(
            param.name,
            param.location,
            param.required,
            normalize(param.schema),
            (param.style, param.explode),
            param.filter,
            param.rate_limit_class,
            param.deprecated,
        )


def _batch_params(op: Operation, op_type: str) -> dict[str, ParamView]:
    schema = normalize(op.batch.params_schemas.get(op_type) or {}) if op.batch else Node()
    return {
        name: ParamView(name, "body", name in schema.required, node)
        for name, node in (schema.properties or {}).items()
    }


# -- the comparison ------------------------------------------------------------------------------


@dataclass
class _Collector:
    old: ApiSpec
    new: ApiSpec
    include_docs: bool
    found: dict[tuple, Change] = field(default_factory=dict)

    def add(
        self,
        severity: Severity,
        rule: str | None,
        target: str,
        subject: str,
        message: str,
        where: str | None = None,
        old: Any = None,
        new: Any = None,
        resource: str | None = None,
    ) -> None:
        if severity == "documentation" and not self.include_docs:
            return
        key = (severity, rule, target, subject, message)
        operations = (where,) if where else ()
        if resource is None and where:
            resource = self._resource_of(where)
        existing = self.found.get(key)
        if existing is None:
            self.found[key] = Change(
                severity, rule, target, subject, message, operations, resource, old, new
            )
        elif where and where not in existing.operations:
            self.found[key] = Change(
                **{**existing.__dict__, "operations": (*existing.operations, where)}
            )

    def with_resources(self, change: Change) -> Change:
        """The change with every resource its operations belong to, in order."""
        names = [self._resource_of(where) for where in change.operations]
        joined = ", ".join(dict.fromkeys(n for n in names if n))
        return Change(**{**change.__dict__, "resource": joined or change.resource})

    def _resource_of(self, where: str) -> str | None:
        operation_id = where.split(" ")[0]
        for spec in (self.new, self.old):
            if operation_id in spec.operations:
                return spec.operations[operation_id].resource
        return None

    def findings(
        self,
        findings: Iterator[Finding],
        direction: Direction,
        target: str,
        where: str,
        subject: Any = None,
    ) -> None:
        for finding in findings:
            severity, rule = classify(finding, direction)
            name = subject(finding.path) if subject else finding.path
            self.add(severity, rule, target, name, finding.message, where, finding.old, finding.new)


def compare_specs(old: ApiSpec, new: ApiSpec, *, include_docs: bool = False) -> list[Change]:
    """Every change from `old` to `new`, breaking first, then by resource and subject."""
    collector = _Collector(old, new, include_docs)
    _compare_spec_level(collector)
    by_route = {(op.method, op.path): op for op in new.operations.values()}
    matched: set[str] = set()
    for op in old.operations.values():
        other = by_route.get((op.method, op.path)) or new.operations.get(op.operation_id)
        if other is None or other.operation_id in matched:
            collector.add(
                "breaking",
                "removed",
                "operation",
                op.operation_id,
                f"{op.method} {op.path} removed",
                op.operation_id,
                resource=op.resource,
            )
            continue
        matched.add(other.operation_id)
        _compare_operation(collector, op, other)
    for op in new.operations.values():
        if op.operation_id not in matched:
            collector.add(
                "additive",
                None,
                "operation",
                op.operation_id,
                f"{op.method} {op.path} added",
                op.operation_id,
                resource=op.resource,
            )
    order = {name: index for index, name in enumerate([*new.resources, *old.resources])}
    changes = [collector.with_resources(change) for change in collector.found.values()]
    return sorted(
        changes,
        key=lambda c: (
            SEVERITIES.index(c.severity),
            order.get((c.resource or "").split(",")[0], len(order)),
            c.target,
            c.subject,
        ),
    )


def _compare_spec_level(c: _Collector) -> None:
    old, new = c.old, c.new
    if old.version != new.version:
        c.add("documentation", None, "spec", "info.version", f"{old.version} → {new.version}")
    if old.security_scheme != new.security_scheme:
        c.add(
            "breaking",
            "behaviour",
            "spec",
            "security",
            f"scheme {old.security_scheme} → {new.security_scheme}",
        )
    old_urls = {s.url: s for s in old.servers}
    new_urls = {s.url: s for s in new.servers}
    for url in old_urls.keys() - new_urls.keys():
        c.add("breaking", "removed", "server", url, "no longer listed")
    for url in new_urls.keys() - old_urls.keys():
        c.add("additive", None, "server", url, "added")
    for name, klass in old.rate_limit_classes.items():
        other = new.rate_limit_classes.get(name)
        if other is not None:
            _compare_rate(c, f"rate-limit class {name}", klass, other, None)
    for code, error in old.error_codes.items():
        now = new.error_codes.get(code)
        if now is None:
            c.add("additive", None, "error code", code, "no longer documented")
        elif now.status != error.status:
            c.add(
                "breaking",
                "representation",
                "error code",
                code,
                f"answered with {error.status} → {now.status}",
            )
    for code in new.error_codes.keys() - old.error_codes.keys():
        c.add("additive", None, "error code", code, f"added ({new.error_codes[code].status})")
    for currency, places in old.currency_precision.items():
        after = new.currency_precision.get(currency)
        if after is not None and after != places:
            c.add(
                "breaking",
                "representation",
                "currency",
                currency,
                f"decimal places {places} → {after}",
            )
    if old.api_versions != new.api_versions:
        c.add("documentation", None, "spec", "x-api-versions", "versions table changed")


def _compare_rate(c: _Collector, subject: str, old: Any, new: Any, where: str | None) -> None:
    before, after = old.limit / old.window_seconds, new.limit / new.window_seconds
    show = " → ".join(f"{r.limit}/{r.window_seconds}s {r.scope} {r.counted}" for r in (old, new))
    fields = ("limit", "window_seconds", "scope", "counted")
    if all(getattr(old, f) == getattr(new, f) for f in fields):
        return
    # Fewer calls per second, or endpoints that now share one window, break a client that
    # relied on the old budget; a change of scope alone breaks nobody.
    if after < before or (old.per_endpoint and not new.per_endpoint):
        c.add("breaking", "behaviour", "rate limit", subject, show, where)
    else:
        c.add("additive", None, "rate limit", subject, show, where)


def _compare_rate_classes(
    c: _Collector, subject: str, old: str | None, new: str | None, where: str
) -> None:
    before = c.old.rate_limit_classes.get(old or "")
    after = c.new.rate_limit_classes.get(new or "")
    if before and after:
        _compare_rate(c, subject, before, after, where)
    else:  # a class appears or disappears: the request is counted another way
        c.add("breaking", "behaviour", "rate limit", subject, f"class {old} → {new}", where)


def _compare_operation(c: _Collector, old: Operation, new: Operation) -> None:
    where = new.operation_id
    if old.operation_id != new.operation_id:
        c.add(
            "breaking",
            "renamed",
            "operation",
            old.operation_id,
            f"operation id is now {new.operation_id} (generated clients rename the method)",
            where,
        )
    if (old.method, old.path) != (new.method, new.path):
        c.add(
            "breaking",
            "renamed",
            "operation",
            new.operation_id,
            f"{old.method} {old.path} moved to {new.method} {new.path}",
            where,
        )
    if old.sandbox_only != new.sandbox_only:
        if new.sandbox_only:
            c.add("breaking", "removed", "operation", where, "now sandbox only", where)
        else:
            c.add("additive", None, "operation", where, "now also in production", where)
    if old.rate_limit_class != new.rate_limit_class:
        subject = f"{where} ({old.rate_limit_class} → {new.rate_limit_class})"
        _compare_rate_classes(c, subject, old.rate_limit_class, new.rate_limit_class, where)
    if (old.pagination is None) != (new.pagination is None):
        message = "answers are now paged" if new.pagination else "answers are no longer paged"
        c.add("breaking", "behaviour", "operation", where, message, where)
    if old.partial_update != new.partial_update:
        message = "updates are now partial" if new.partial_update else "updates replace the object"
        c.add("breaking", "behaviour", "operation", where, message, where)
    if c.include_docs:
        for attribute in ("summary", "description"):
            if getattr(old, attribute) != getattr(new, attribute):
                c.add("documentation", None, "operation", where, f"{attribute} changed", where)
    old_params = {p.name: ParamView.of(p) for p in old.parameters}
    new_params = {p.name: ParamView.of(p) for p in new.parameters}
    _compare_parameters(c, old_params, new_params, where)
    if old.batch and new.batch:
        _compare_batch(c, old, new, old.batch, new.batch)
    elif old.body is not None and new.body is not None:
        c.findings(
            compare_nodes(normalize(old.body.schema), normalize(new.body.schema), "", "request"),
            "request",
            "body",
            where,
            lambda path: f"{where} body{'.' + path if path else ''}",
        )
    _compare_rules(c, old, new, old_params)
    _compare_responses(c, old, new)


def _compare_parameters(
    c: _Collector, old: Mapping[str, ParamView], new: Mapping[str, ParamView], where: str
) -> None:
    renamed = renames(
        {n: _param_signature(p) for n, p in old.items()},
        {n: _param_signature(p) for n, p in new.items()},
    )
    for name, new_name in renamed.items():
        c.add(
            "breaking",
            "renamed",
            "parameter",
            name,
            f"renamed to {new_name}",
            where,
            name,
            new_name,
        )
    for name in old:
        if name not in new and name not in renamed:
            c.add("breaking", "removed", "parameter", name, "removed", where)
    for name, param in new.items():
        if name in old or name in renamed.values():
            continue
        if param.required:
            c.add("breaking", "requirement", "parameter", name, "added, required", where)
        else:
            c.add("additive", None, "parameter", name, "added", where)
    for name in old:
        if name in new:
            _compare_parameter(c, old[name], new[name], where)
        elif name in renamed:  # a renamed parameter may also behave differently
            _compare_parameter(c, old[name], new[renamed[name]], where)


def _param_signature(param: ParamView) -> Node:
    # A rename keeps where the value travels and what it admits; prose may change.
    return Node(
        types=param.node.types,
        enum=param.node.enum,
        format=param.node.format,
        pattern=param.node.pattern,
        bounds={**param.node.bounds, "in": param.location, "required": param.required},
        items=param.node.items,
        default=param.node.default,
        has_default=param.node.has_default,
    )


def _filter_text(found: Any) -> str:
    if found is None:
        return "no filter"
    if found.value is not None:  # a flag: which entities it includes, or keeps only
        return f"{found.match} {found.attribute}={found.value}"
    return f"{found.match} on {found.attribute}"


def _compare_parameter(c: _Collector, old: ParamView, new: ParamView, where: str) -> None:
    name = new.name
    if old.location != new.location:
        c.add(
            "breaking",
            "representation",
            "parameter",
            name,
            f"moved from {old.location} to {new.location}",
            where,
        )
    if old.required != new.required:
        if new.required:
            c.add("breaking", "requirement", "parameter", name, "now required", where)
        else:
            c.add("additive", None, "parameter", name, "no longer required", where)
    if old.style != new.style:
        c.add(
            "breaking",
            "representation",
            "parameter",
            name,
            f"serialised as {old.style} → {new.style}",
            where,
        )
    if old.filter != new.filter:
        c.add(
            "breaking",
            "behaviour",
            "parameter",
            name,
            f"filters differently ({_filter_text(old.filter)} → {_filter_text(new.filter)})",
            where,
            old.filter,
            new.filter,
        )
    if old.rate_limit_class != new.rate_limit_class:
        _compare_rate_classes(c, f"{name}=true", old.rate_limit_class, new.rate_limit_class, where)
    if old.deprecated != new.deprecated:
        message = "deprecated" if new.deprecated else "no longer deprecated"
        c.add("documentation", None, "parameter", name, message, where)
    c.findings(compare_nodes(old.node, new.node, name, "request"), "request", "parameter", where)


def _compare_batch(
    c: _Collector, old: Operation, new: Operation, before: Batch, after: Batch
) -> None:
    where = new.operation_id
    if before.max_items != after.max_items:
        message = f"at most {before.max_items} → {after.max_items} items"
        if after.max_items < before.max_items:
            c.add("breaking", "behaviour", "batch", where, message, where)
        else:
            c.add("additive", None, "batch", where, message, where)
    for attribute, words in (("atomic", "all or nothing"), ("ordered", "in request order")):
        if getattr(before, attribute) != getattr(after, attribute):
            state = "now" if getattr(after, attribute) else "no longer"
            c.add("breaking", "behaviour", "batch", where, f"{state} {words}", where)
    for op_type in before.operations:
        if op_type not in after.operations:
            c.add("breaking", "removed", "batch", where, f"{op_type} items removed", where)
    for op_type in after.operations:
        if op_type not in before.operations:
            c.add("additive", None, "batch", where, f"{op_type} items added", where)
            continue
        label = f"{where} ({op_type} items)"
        _compare_parameters(c, _batch_params(old, op_type), _batch_params(new, op_type), label)


def _rule_key(rule: Rule) -> frozenset[str]:
    return frozenset(rule.parameters)


def _defaults(c: _Collector, op: Operation) -> dict[str, Any]:
    """What each parameter of `op` is when not sent: its default, or for a partial update the
    value the entity got when created (the create operation's default)."""
    sources = [op]
    resource = c.new.resources.get(op.resource)
    create = resource.operation("create") if resource else None
    if op.partial_update and create is not None:
        sources.append(create)
    defaults: dict[str, Any] = {}
    for source in reversed(sources):
        for param in source.parameters:
            if param.default is not NO_DEFAULT:
                defaults[param.name] = param.default
    return defaults


def _compare_rules(
    c: _Collector, old: Operation, new: Operation, old_params: Mapping[str, ParamView]
) -> None:
    where = new.operation_id
    before = {(_rule_key(r), r.kind): r for r in old.rules}
    after = {(_rule_key(r), r.kind): r for r in new.rules}
    for key, rule in after.items():
        previous = before.get(key)
        if previous is not None:
            if previous != rule and (previous.error, previous.describe()) != (
                rule.error,
                rule.describe(),
            ):
                c.add(
                    "breaking",
                    "behaviour",
                    "rule",
                    previous.describe(),
                    f"now {rule.describe()}",
                    where,
                )
            continue
        replaced = [r for k, r in before.items() if k[0] == key[0] and k not in after]
        if replaced:
            message = f"was {replaced[0].describe()}, now {rule.describe()}"
            subject = ", ".join(sorted(key[0]))
        else:
            message, subject = "added", rule.describe()
        if replaced or rule.can_break(old_params.keys(), _defaults(c, new)):
            c.add("breaking", "behaviour", "rule", subject, message, where)
        else:
            c.add("additive", None, "rule", subject, message, where)
    for key, rule in before.items():
        if key not in after and not any(k[0] == key[0] for k in after):
            c.add("additive", None, "rule", rule.describe(), "removed", where)


def _answer_subject(entity: str | None) -> Any:
    def subject(path: str) -> str:
        for prefix in ("data[].", "data."):
            if entity and path.startswith(prefix):
                return f"{entity}.{path[len(prefix) :]}"
        if entity and path in ("data", "data[]"):
            return entity
        return f"answer {path}" if path else "answer"

    return subject


def _success(op: Operation) -> Response | None:
    return next((r for _, r in sorted(op.responses.items()) if r.is_success), None)


def _compare_responses(c: _Collector, old: Operation, new: Operation) -> None:
    where = new.operation_id
    for status in sorted(old.responses.keys() - new.responses.keys()):
        c.add("additive", None, "answer", f"{status}", "no longer declared", where)
    for status in sorted(new.responses.keys() - old.responses.keys()):
        c.add("additive", None, "answer", f"{status}", "declared", where)
    old_success, new_success = _success(old), _success(new)
    if old_success is None or new_success is None:
        if old_success is not None:  # a success answer no longer described
            c.add("breaking", "representation", "answer", where, "no success answer", where)
        return
    if old_success.status != new_success.status:
        c.add(
            "breaking",
            "representation",
            "answer",
            where,
            f"success status {old_success.status} → {new_success.status}",
            where,
        )
    if old_success.envelope != new_success.envelope:
        c.add(
            "breaking",
            "representation",
            "answer",
            where,
            f"envelope {old_success.envelope} → {new_success.envelope}",
            where,
        )
    for name, header in old_success.headers.items():
        if name not in new_success.headers:
            c.add(
                "breaking" if header.required else "additive",
                "removed" if header.required else None,
                "header",
                name,
                "no longer sent",
                where,
            )
    for name in new_success.headers:
        if name not in old_success.headers:
            c.add("additive", None, "header", name, "added", where)
    c.findings(
        compare_nodes(normalize(old_success.schema), normalize(new_success.schema), "", "response"),
        "response",
        "field",
        where,
        _answer_subject(new_success.entity or old_success.entity),
    )
    if c.include_docs:
        old_examples, new_examples = old_success.examples, new_success.examples
        for name in dict.fromkeys([*old_examples, *new_examples]):
            if old_examples.get(name) != new_examples.get(name):
                state = (
                    "added"
                    if name not in old_examples
                    else "removed"
                    if name not in new_examples
                    else "changed"
                )
                c.add("documentation", None, "example", name, state, where)


def compare(
    old: ApiSpec,
    new: ApiSpec,
    old_label: str = "old",
    new_label: str = "new",
    *,
    include_docs: bool = False,
) -> Report:
    return Report(
        old_label,
        new_label,
        old.version,
        new.version,
        tuple(compare_specs(old, new, include_docs=include_docs)),
    )
