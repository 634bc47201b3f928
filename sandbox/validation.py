"""Request validation, compiled once per operation at start-up.

`ParameterSet` checks one set of named parameters: an operation's (path, query, form) or the
`params` of one batch item. Each parameter's value is decoded from the wire (`sandbox.wire`),
then checked against its resolved JSON Schema by a jsonschema validator built at start-up; the
verdict for a value already seen is remembered (`VerdictMemo`, in bounded memory), since
clients repeat the same identifiers and flags over and over. Cross-parameter `x-rules` are
checked last, on the request alone or, for an update, on the entity as it would become.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from adsapi.rules import Rule
from adsapi.sandbox.errors import NO_VALUE, ApiError, Deviation, Problem, invalid, missing
from adsapi.sandbox.times import LocalDate
from adsapi.sandbox.wire import DecodeError, decode_json, decode_wire
from adsapi.spec.model import NO_DEFAULT, Operation, Parameter

_MISPLACED = {
    "query": "%s was sent in the query string; its canonical place is the form body",
    "form": "%s was sent in the form body; its canonical place is the query string",
}
# Path parameters whose value is not an identifier are answered like an unknown path, with the
# code the spec keeps for it, when the spec has that code.
ILLEGAL_ID_CODE = "INVALID_ID_ILLEGAL_CHARACTERS"


@dataclass
class Decoded:
    """A request's parameters once understood."""

    values: dict[str, Any]  # every parameter sent, typed; path parameters included
    deviations: list[Deviation] = field(default_factory=list)
    # Parameters accepted but without effect on this request (an `ignored-with` rule).
    ignored: frozenset[str] = frozenset()

    @property
    def effective(self) -> dict[str, Any]:
        """The values that act on the request: those sent, less the ignored ones."""
        if not self.ignored:
            return self.values
        return {k: v for k, v in self.values.items() if k not in self.ignored}


class VerdictMemo:
    """The verdicts of values already checked, for every check of the process, in bounded memory.

    Clients send the same identifiers and flags over and over, so a verdict is worth keeping;
    but the values are the client's to choose, so the memo holds at most `entries` verdicts and
    `characters` characters of values (it starts afresh when either is reached), and keeps no
    value longer than `longest` characters: such a value is rare, and checked again each time.
    """

    def __init__(self, entries: int, characters: int, longest: int) -> None:
        self.entries = entries
        self.characters = characters
        self.longest = longest
        self._verdicts: dict[tuple[int, Any], Problem | None] = {}
        self._held = 0  # characters of the values held

    def __len__(self) -> int:
        return len(self._verdicts)

    @property
    def held(self) -> int:
        return self._held

    def get(self, key: tuple[int, Any]) -> Any:
        """The verdict kept for the key, or _UNSEEN."""
        return self._verdicts.get(key, _UNSEEN)

    def put(self, key: tuple[int, Any], size: int, verdict: Problem | None) -> None:
        if size > self.longest:
            return
        if len(self._verdicts) >= self.entries or self._held + size > self.characters:
            self._verdicts.clear()
            self._held = 0
        self._verdicts[key] = verdict
        self._held += size


_UNSEEN = object()
MEMO = VerdictMemo(entries=16384, characters=2**20, longest=256)
_serials = itertools.count()


class ValueCheck:
    """One parameter's schema, compiled; the verdict of a value it has seen is remembered."""

    def __init__(self, param: Parameter) -> None:
        self.param = param
        self._validator = jsonschema.Draft202012Validator(param.schema)
        self._serial = next(_serials)  # its part of the memo's keys (ids could be reused)

    def check(self, value: Any, raw: Any) -> Problem | None:
        if isinstance(value, LocalDate):  # a time nonetheless, once placed in a time zone
            value = value.at_midnight(None)
        found = _memo_key(value)
        if found is None:
            return self._check(value, raw)
        key = (self._serial, found[0])
        known = MEMO.get(key)
        if known is not _UNSEEN:
            return known
        problem = self._check(value, raw)
        MEMO.put(key, found[1], problem)
        return problem

    def _check(self, value: Any, raw: Any) -> Problem | None:
        error = best_match(self._validator.iter_errors(value))
        if error is None:
            return None
        message, rule = describe(self.param.name, error)
        return invalid(self.param.name, message, rule, raw)


class ParameterSet:
    """The parameters one request (or batch item) may carry, with their checks and rules."""

    def __init__(
        self,
        parameters: Iterable[Parameter],
        *,
        required: Iterable[str] | None = None,
        rules: tuple[Rule, ...] = (),
        read_only: Iterable[str] = (),
        strict: bool = False,
    ) -> None:
        self.parameters = {p.name: p for p in parameters}
        self.checks = {name: ValueCheck(p) for name, p in self.parameters.items()}
        self.required = tuple(
            required
            if required is not None
            else (p.name for p in self.parameters.values() if p.required)
        )
        self.rules = rules
        self.read_only = frozenset(read_only)
        self.strict = strict
        self.defaults = {
            p.name: p.default for p in self.parameters.values() if p.default is not NO_DEFAULT
        }
        self._attribute = {p.name: p.attribute for p in self.parameters.values() if p.attribute}
        # Enum values this version names otherwise than the newest one: stored by that name.
        self._renamed = {
            name: renamed
            for name, p in self.parameters.items()
            if (renamed := enum_renamed(p.schema))
        }

    # -- decoding -------------------------------------------------------------------------------

    def unknown(self, name: str, deviations: list[Deviation]) -> None:
        """A parameter the operation does not take: ignored, as the real API does."""
        if name in self.read_only:
            deviations.append(
                Deviation(name, "read-only-parameter", f"{name} is read-only and was ignored")
            )
        else:
            deviations.append(
                Deviation(name, "unknown-parameter", f"{name} is not a parameter of this request")
            )

    def finish(
        self, values: dict[str, Any], raws: Mapping[str, Any], decoded: Decoded
    ) -> list[Problem]:
        """Check required parameters and every value; return the problems found."""
        problems: list[Problem] = []
        for name in self.required:
            if name not in values and name not in raws:
                problems.append(missing(name))
        checks = self.checks
        for name, value in values.items():
            problem = checks[name].check(value, raws.get(name, NO_VALUE))
            if problem is not None:
                problems.append(problem)
        if self.strict:
            problems.extend(d.as_problem() for d in decoded.deviations)
        return problems

    def decode_json(self, params: Any, location: str = "params") -> Decoded:
        """A batch item's `params` (a JSON object). Raises ApiError with every problem."""
        if not isinstance(params, Mapping):
            raise ApiError(
                invalid(location, f"{location} must be a JSON object", "type", params),
            )
        decoded = Decoded({})
        problems: list[Problem] = []
        for name, value in params.items():
            param = self.parameters.get(name)
            if param is None:
                self.unknown(name, decoded.deviations)
                continue
            try:
                decoded.values[name] = decode_json(param, value, decoded.deviations)
            except DecodeError as exc:
                problems.append(exc.problem)
        problems.extend(self.finish(decoded.values, params, decoded))
        if problems:
            raise ApiError(*problems, echo=decoded.values)
        return decoded

    # -- rules ----------------------------------------------------------------------------------

    def check_rules(
        self,
        sent: Iterable[str],
        values: Mapping[str, Any],
        current: Mapping[str, Any] | None,
        related: Mapping[str, Any] | None = None,
    ) -> list[Problem]:
        """x-rules (adsapi.rules) against the request (`current` None) or the entity after an
        update. The sandbox knows every value: what nobody set is null. `related` holds the
        attributes of referenced entities a rule names (`campaign_id.budget_optimization`)."""
        sent = set(sent)
        known: dict[str, Any] = dict.fromkeys(self.parameters)
        known.update(self.defaults)
        known.update(current or {})
        known.update(values)
        known.update(related or {})
        problems = []
        for rule in self.rules:
            found = rule.check(sent, known)
            if found is not None and found.code is not None:
                problems.append(Problem(found.code, found.message, found.parameter, found.rule))
        return problems

    def ignored(self, values: Mapping[str, Any]) -> frozenset[str]:
        """The parameters a rule makes ineffective next to the others sent (`ignored-with`)."""
        return frozenset().union(*(rule.ignored_values(values) for rule in self.rules))

    def as_attributes(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Parameter values keyed by the entity attribute each sets (`x-attribute`), enum
        values by their newest names (`x-enum-renamed`)."""
        return {
            self._attribute.get(name, name): rename_values(value, self._renamed.get(name))
            for name, value in values.items()
        }

    def as_parameters(self, attributes: Mapping[str, Any]) -> dict[str, Any]:
        """Entity attributes keyed by the parameter names that set them, for the rules, enum
        values by this version's names."""
        named = dict(attributes)
        for name, attribute in self._attribute.items():
            if attribute in attributes:
                named[name] = attributes[attribute]
        for name, renamed in self._renamed.items():
            if name in named:
                named[name] = rename_values(named[name], {v: k for k, v in renamed.items()})
        return named

    def apply_defaults(self, values: dict[str, Any]) -> dict[str, Any]:
        """Values of a create with the defaults of what was not sent (not those a rule forbids)."""
        out = dict(values)
        for name, default in self.defaults.items():
            if name in out:
                continue
            out[name] = default
            if self.check_rules([name], out, None):
                del out[name]
        return out


class OperationValidator:
    """Everything an operation's request may carry, as the wire brings it."""

    def __init__(self, op: Operation, read_only: Iterable[str], strict: bool) -> None:
        self.op = op
        self.strict = strict
        self.params = ParameterSet(
            op.parameters, rules=op.rules, read_only=read_only, strict=strict
        )
        self.path_names = frozenset(p.name for p in op.parameters if p.location == "path")
        self.form_names = frozenset(p.name for p in op.parameters if p.location == "form")
        # Parameters whose canonical place is a JSON object body (`audience_estimate`).
        self.body_names = frozenset(p.name for p in op.parameters if p.location == "body")

    def decode(
        self,
        path: Mapping[str, str],
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        json_object: Mapping[str, Any] | None = None,
    ) -> Decoded:
        """Raise ApiError with every problem, or return the typed parameters."""
        decoded = Decoded({})
        deviations = decoded.deviations
        parameters = self.params.parameters
        raws: dict[str, list[str]] = {}
        for location, pairs in (("query", query), ("form", form)):
            for name, value in pairs:
                if name.startswith("oauth_"):
                    continue
                param = parameters.get(name)
                if param is None or param.location == "path":
                    if name not in raws:  # report a repeated unknown key once
                        self.params.unknown(name, deviations)
                    raws.setdefault(name, [])
                    continue
                if param.location != location and name not in raws:
                    message = (
                        f"{name} was sent in the {location}; its canonical place is the JSON body"
                        if param.location == "body"
                        else _MISPLACED[location] % name
                    )
                    deviations.append(Deviation(name, f"{location}-parameter", message))
                raws.setdefault(name, []).append(value)
        problems: list[Problem] = []
        values = decoded.values
        for name, value in path.items():
            values[name] = value
        for name, raw in raws.items():
            if not raw:
                continue  # unknown, ignored
            try:
                values[name] = decode_wire(parameters[name], raw, deviations)
            except DecodeError as exc:
                problems.append(exc.problem)
        if json_object is not None:
            if not self.body_names:
                deviations.append(
                    Deviation(
                        "body",
                        "json-body",
                        "the parameters were sent as a JSON body; the canonical place is a form "
                        "body",
                    )
                )
            for name, value in json_object.items():
                param = parameters.get(name)
                if param is None or param.location not in ("form", "body"):
                    self.params.unknown(name, deviations)
                    continue
                try:
                    values[name] = decode_json(param, value, deviations)
                except DecodeError as exc:
                    problems.append(exc.problem)
        flat_raws = {
            name: raw[-1] if len(raw) == 1 else ",".join(raw) for name, raw in raws.items()
        }
        flat_raws.update(path)
        problems.extend(self.params.finish(values, flat_raws, decoded))
        if problems:
            raise ApiError(*_illegal_ids(problems, self.path_names), echo=values)
        # Creates and updates check their rules in the engine, on what the entity will hold
        # (for batch items too); other operations check them on the request.
        if self.op.rules and self.op.kind not in ("create", "update"):
            problems = self.params.check_rules(values, values, None)
            if problems:
                raise ApiError(*problems, echo=values)
            decoded.ignored = self.params.ignored(values)
        return decoded


def _illegal_ids(problems: list[Problem], path_names: frozenset[str]) -> list[Problem]:
    """A malformed identifier in the path is an unknown path: the API's 404 for it, which
    comes first (the request never reached an operation)."""
    in_path = [
        Problem(ILLEGAL_ID_CODE, p.message, p.parameter, "path-identifier", p.value)
        for p in problems
        if p.parameter in path_names and p.code == "INVALID_PARAMETER"
    ]
    return [*in_path, *(p for p in problems if p.parameter not in path_names)]


_SCALARS = (str, int, float, bool, type(None))


def _memo_key(value: Any) -> tuple[Any, int] | None:
    """A hashable key for a value whose verdict is worth remembering, and the value's size in
    characters; or None. Only scalars and lists of scalars: a JSON body can put objects anywhere
    (a batch item's `name` sent as a list of objects), and those can be neither hashed nor
    usefully remembered."""
    if isinstance(value, list):
        if all(isinstance(v, _SCALARS) for v in value):
            return (list, tuple((type(v), v) for v in value)), sum(_size(v) for v in value)
        return None
    if isinstance(value, _SCALARS):
        return (type(value), value), _size(value)
    return None


def _size(scalar: Any) -> int:
    return len(scalar) if isinstance(scalar, str) else 8


# -- messages ---------------------------------------------------------------------------------

_TYPE_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "empty",
}


def describe(name: str, error: ValidationError) -> tuple[str, str]:
    """A sentence naming the parameter and what was wrong, and the rule's name for the report."""
    error = _innermost(error)
    where = name + "".join(f"[{p}]" for p in error.absolute_path)
    rule = str(error.validator)
    expected = error.validator_value
    got = _show(error.instance)
    if rule == "type":
        types = expected if isinstance(expected, list) else [expected]
        kinds = " or ".join(_TYPE_NAMES.get(t, str(t)) for t in types)
        return f"{where} must be {kinds}, got {got}", rule
    if rule in ("enum", "const"):
        values = expected if rule == "enum" else [expected]
        shown = ", ".join(str(v) for v in values if v is not None)
        return f"{where} must be one of {shown}, got {got}", "enum"
    if rule == "minimum":
        return f"{where} must be at least {expected}, got {got}", rule
    if rule == "maximum":
        return f"{where} must be at most {expected}, got {got}", rule
    if rule == "exclusiveMinimum":
        return f"{where} must be greater than {expected}, got {got}", rule
    if rule == "exclusiveMaximum":
        return f"{where} must be less than {expected}, got {got}", rule
    if rule == "minLength":
        return f"{where} must be at least {expected} characters long, got {got}", rule
    if rule == "maxLength":
        return f"{where} must be at most {expected} characters long, got {got}", rule
    if rule == "pattern":
        return f"{where} must match {expected}, got {got}", rule
    if rule == "minItems":
        return f"{where} needs at least {expected} value(s), got {len(error.instance)}", rule
    if rule == "maxItems":
        return f"{where} takes at most {expected} values, got {len(error.instance)}", rule
    if rule == "uniqueItems":
        return f"{where} must not repeat a value", rule
    if rule == "required":
        return f"{where}: {error.message}", rule
    if rule == "additionalProperties":
        return f"{where}: {error.message}", rule
    return f"{where} is not valid: {error.message}", rule


def _innermost(error: ValidationError) -> ValidationError:
    """For `anyOf: [X, null]` and the like, the error of the branch that matters."""
    while error.context:
        branches = [
            e for e in error.context if not (e.validator == "type" and e.validator_value == "null")
        ]
        chosen = best_match(branches or error.context)
        if chosen is None:
            break
        error = chosen
    return error


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "..."


def enum_renamed(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The values of an enum (or of a list's items) that the newest version names otherwise:
    this version's name -> the newest one (`x-enum-renamed`)."""
    found = schema.get("x-enum-renamed") or (schema.get("items") or {}).get("x-enum-renamed")
    return dict(found) if isinstance(found, Mapping) else {}


def rename_values(value: Any, renamed: Mapping[Any, Any] | None) -> Any:
    """`value` (or each item of a list) through `renamed`, where it names one."""
    if not renamed:
        return value
    if isinstance(value, list):
        return [renamed.get(v, v) if isinstance(v, str) else v for v in value]
    return renamed.get(value, value) if isinstance(value, str) else value
