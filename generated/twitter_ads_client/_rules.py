"""The kinds of `x-rules`: rules across the parameters of one request that JSON Schema cannot say.

Each kind is one class, and everything about it is here, side by side:

- its model: the fields an `x-rules` entry of that kind has (`from_spec` reads and checks one);
- its evaluation: `check(sent, known)` says whether a request breaks it, and `ignored(sent)`
  which parameters it makes ineffective. The sandbox imports this module and the generator
  copies it verbatim into the client (`twitter_ads_client._rules`), so the client refuses
  exactly what the sandbox refuses, with the same words;
- its test strategies: `repair(given, known)` makes a call obey it, and `breakages(valid,
  space)` gives calls that break it (built with the strategy library the tests pass in, so this
  module needs nothing beyond the standard library);
- its diff classification: `describe()` names it, `can_break(old, defaults)` says whether a
  request the API accepted before the rule existed may now be refused.

A new rule kind is a new class here, listed in `RULE_KINDS`, and a line in the README.

The values a rule sees: `sent` holds the names of the parameters the request sends (even as
`None` or `False`); `known` maps names to the values the API will act on where they are known
(what is sent, the defaults, and on an update the entity's current values). A name missing from
`known` is unknown to the caller (a client updating an entity it has not read), and a rule does
not judge on what it cannot know.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any, ClassVar, Protocol, TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "BATCH_ITEMS",
    "RULE_KINDS",
    "AllowedPer",
    "Alone",
    "Exclusive",
    "IgnoredWhen",
    "IgnoredWith",
    "LocalMidnight",
    "LookedUp",
    "MaxItemsTogether",
    "MostPerBatch",
    "NotAllowedWhen",
    "NotGreaterThan",
    "NotOnly",
    "OnlyWhen",
    "RequiredWhen",
    "Rule",
    "SumsTo",
    "TimeWindow",
    "ValueSpace",
    "Violation",
    "WholeHours",
    "keep_rules",
    "parse_rule",
]


@dataclass(frozen=True)
class Violation:
    """A request breaking a rule: the parameter to blame, the kind, a sentence, the API code."""

    parameter: str
    rule: str
    message: str
    code: str | None


class ValueSpace(Protocol):
    """What `breakages` needs to build calls: the tests' strategy library and the values of
    the operation's parameters."""

    st: Any  # the strategies module (hypothesis.strategies)

    def non_null(self, name: str) -> Any:
        """Valid values of the parameter other than null."""

    def asking(self, name: str) -> Any:
        """Values that count as asking for something: `True` for a flag, any value otherwise."""

    def enum(self, name: str) -> tuple[Any, ...] | None:
        """The values the parameter may take, when the spec lists them."""

    def maximum(self, name: str) -> float | None:
        """The parameter's largest value, when the spec bounds it."""

    def is_list(self, name: str) -> bool:
        """Whether the parameter takes a list."""

    def nullable(self, name: str) -> bool:
        """Whether the parameter may be sent as null (an update clearing an attribute)."""

    @property
    def required(self) -> Collection[str]:
        """The parameters a call must send."""


Breakage: TypeAlias = tuple[str, Any]  # (the parameter to blame, a strategy of whole calls)


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _shown(values: Collection[Any]) -> str:
    return " or ".join(str(v) for v in values)


def _asks(value: Any) -> bool:
    """Whether a sent value asks for something: `False` and null ask for nothing."""
    return value is not None and value is not False


class _RuleKind:
    kind: ClassVar[str]
    # Whether only the server can judge the rule (it needs what only the server holds): a 400
    # naming it is taken as the server's call by whoever checks answers.
    server_only: ClassVar[bool] = False
    error: str | None
    description: str

    @property
    def parameters(self) -> tuple[str, ...]:
        raise NotImplementedError

    def renamed(self, names: Mapping[str, str]) -> Any:
        """The same rule naming its parameters through `names` (spec name -> other name)."""
        raise NotImplementedError

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        return None

    def ignored(self, sent: Collection[str]) -> frozenset[str]:
        return frozenset()

    def ignored_values(self, known: Mapping[str, Any]) -> frozenset[str]:
        """The parameters this rule makes ineffective, judged on the values (`known` holds
        what is sent, with the defaults)."""
        return self.ignored(known.keys())

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        """Change `given` as little as needed for the rule to hold (`known`: its values with
        the defaults of what it leaves out)."""

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        return []

    def describe(self) -> str:
        raise NotImplementedError

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        """Whether a request that the operation accepted without this rule can break it: `old`
        holds the parameters the operation took then, `defaults` the values of those a request
        does not send."""
        return len([name for name in self.parameters if name in old]) >= 2


@dataclass(frozen=True)
class Exclusive(_RuleKind):
    """At most one of `names` may ask for something; a flag set to false or a null asks for
    nothing (`cursor` with `with_total_count=false` is fine)."""

    names: tuple[str, ...]
    error: str
    description: str
    kind: ClassVar[str] = "exclusive"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> Exclusive:
        names = tuple(entry["parameters"])
        if len(names) < 2:
            raise ValueError("an exclusive rule needs at least two parameters")
        return cls(names, entry["error"], _text(entry.get("description")))

    @property
    def parameters(self) -> tuple[str, ...]:
        return self.names

    def renamed(self, names: Mapping[str, str]) -> Exclusive:
        return replace(self, names=tuple(names.get(n, n) for n in self.names))

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        asking = [n for n in self.names if n in sent and _asks(known.get(n))]
        if len(asking) < 2:
            return None
        return Violation(
            asking[-1],
            self.kind,
            f"{' and '.join(asking)} cannot be sent together: {self.description}",
            self.error,
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        for name in [n for n in self.names if n in given and _asks(given[n])][1:]:
            del given[name]

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        first, second = self.names[:2]
        both = space.st.tuples(space.asking(first), space.asking(second))
        # Exactly these two ask: a third one asking would be the one `check` blames.
        rest = {k: v for k, v in valid.items() if k not in self.names}
        return [(second, both.map(lambda v: {**rest, first: v[0], second: v[1]}))]

    def describe(self) -> str:
        return f"{' and '.join(self.names)} exclusive ({self.error})"


@dataclass(frozen=True)
class NotGreaterThan(_RuleKind):
    """When both have a value, `parameter` may not exceed `other` (a daily budget within the
    total budget)."""

    parameter: str
    other: str
    error: str
    description: str
    kind: ClassVar[str] = "not-greater-than"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> NotGreaterThan:
        return cls(
            entry["parameter"], entry["other"], entry["error"], _text(entry.get("description"))
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter, self.other)

    def renamed(self, names: Mapping[str, str]) -> NotGreaterThan:
        return replace(
            self,
            parameter=names.get(self.parameter, self.parameter),
            other=names.get(self.other, self.other),
        )

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        if self.parameter not in sent and self.other not in sent:
            return None
        value, limit = known.get(self.parameter), known.get(self.other)
        if value is None or limit is None or not value > limit:
            return None
        return Violation(
            self.parameter,
            self.kind,
            f"{self.parameter} ({value}) may not be greater than {self.other} ({limit}): "
            f"{self.description}",
            self.error,
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        value, limit = known.get(self.parameter), known.get(self.other)
        if value is not None and limit is not None and value > limit:
            given[self.parameter] = limit

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        st, parameter, other = space.st, self.parameter, self.other
        high = int(min(space.maximum(parameter) or 2**40, 2**40))

        def above(limit: int) -> Any:
            return st.integers(limit + 1, limit + 10**6).map(
                lambda value: {**valid, parameter: value, other: limit}
            )

        return [(parameter, st.integers(0, high - 1).flatmap(above))]

    def describe(self) -> str:
        return f"{self.parameter} at most {self.other} ({self.error})"


@dataclass(frozen=True)
class OnlyWhen(_RuleKind):
    """`parameter` may only have a value while each `when` parameter has one of its values (a
    default counting when it is not sent; pacing only with campaign budgets)."""

    parameter: str
    when: Mapping[str, tuple[Any, ...]]
    error: str
    description: str
    kind: ClassVar[str] = "only-when"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> OnlyWhen:
        when = {name: tuple(values) for name, values in entry["when"].items()}
        if not when:
            raise ValueError("an only-when rule needs at least one condition")
        return cls(entry["parameter"], when, entry["error"], _text(entry.get("description")))

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter, *self.when)

    def renamed(self, names: Mapping[str, str]) -> OnlyWhen:
        return replace(
            self,
            parameter=names.get(self.parameter, self.parameter),
            when={names.get(k, k): v for k, v in self.when.items()},
        )

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        if self.parameter not in sent or known.get(self.parameter) is None:
            return None
        for name, allowed in self.when.items():
            if name in known and known[name] not in allowed:
                return Violation(
                    self.parameter,
                    self.kind,
                    f"{self.parameter} may only be sent while {name} is {_shown(allowed)} "
                    f"(it is {known[name]}): {self.description}",
                    self.error,
                )
        return None

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        # What the call cannot know (an attribute of a referenced entity) may not allow it.
        if self.parameter in given and any(
            (name in known and known[name] not in allowed) or (name not in known and "." in name)
            for name, allowed in self.when.items()
        ):
            del given[self.parameter]

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        st, parameter = space.st, self.parameter
        name, allowed = next(iter(self.when.items()))
        others = [v for v in space.enum(name) or () if v not in allowed]
        if not others:
            return []
        bad = st.tuples(space.non_null(parameter), st.sampled_from(others))
        return [(parameter, bad.map(lambda v: {**valid, parameter: v[0], name: v[1]}))]

    def describe(self) -> str:
        when = "; ".join(f"{k} in {', '.join(map(str, v))}" for k, v in self.when.items())
        return f"{self.parameter} only when {when} ({self.error})"

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        if self.parameter not in old:
            return False
        # A request that did not know a `when` parameter never sent it: its default decides.
        return any(
            name in old or name not in defaults or defaults[name] not in allowed
            for name, allowed in self.when.items()
        )


@dataclass(frozen=True)
class MaxItemsTogether(_RuleKind):
    """The lists `names` may hold at most `max` items between them (a keyword search takes 10
    keywords, the excluded ones included)."""

    names: tuple[str, ...]
    max: int
    error: str
    description: str
    kind: ClassVar[str] = "max-items-together"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> MaxItemsTogether:
        names = tuple(entry["parameters"])
        if len(names) < 2:
            raise ValueError("a max-items-together rule needs at least two parameters")
        limit = entry["max"]
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ValueError("a max-items-together rule's max is a whole number of at least 1")
        return cls(names, limit, entry["error"], _text(entry.get("description")))

    @property
    def parameters(self) -> tuple[str, ...]:
        return self.names

    def renamed(self, names: Mapping[str, str]) -> MaxItemsTogether:
        return replace(self, names=tuple(names.get(n, n) for n in self.names))

    @staticmethod
    def _size(value: Any) -> int:
        """How many items a list holds; a list still as the wire writes it (one comma-joined
        text, as a fuzzer's request holds it) counts its items too."""
        if isinstance(value, str):
            return len(value.split(",")) if value else 0
        return len(value) if isinstance(value, list | tuple) else 0

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        sizes = {n: self._size(known.get(n)) for n in self.names if n in sent}
        total = sum(sizes.values())
        if total <= self.max:
            return None
        blamed = [n for n in self.names if sizes.get(n)][-1]
        counted = " + ".join(f"{sizes[n]} in {n}" for n in self.names if sizes.get(n))
        return Violation(
            blamed,
            self.kind,
            f"{' and '.join(self.names)} may hold {self.max} items together, not {total} "
            f"({counted}): {self.description}",
            self.error,
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        room = self.max
        for name in self.names:
            value = given.get(name)
            if not isinstance(value, list | tuple):
                continue
            if room <= 0:
                del given[name]
                continue
            given[name] = list(value[:room])
            room -= len(given[name])

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        st, first, second, limit = space.st, self.names[0], self.names[1], self.max

        def items(name: str) -> Any:
            # At least limit + 1 valid items: each valid list holds one or more.
            return st.lists(space.non_null(name), min_size=limit + 1, max_size=limit + 1).map(
                lambda lists: [item for value in lists for item in value]
            )

        def broken(drawn: tuple[int, list[Any], list[Any]]) -> dict[str, Any]:
            # `cut` items of the first list and limit + 1 - cut of the second: one too many
            # together, neither longer than the limit.
            cut, one, two = drawn
            return {**valid, first: one[:cut], second: two[: limit + 1 - cut]}

        both = st.tuples(st.integers(1, limit), items(first), items(second))
        return [(second, both.map(broken))]

    def describe(self) -> str:
        return f"at most {self.max} items in {' and '.join(self.names)} together ({self.error})"


@dataclass(frozen=True)
class IgnoredWith(_RuleKind):
    """`parameter` is accepted but has no effect when any of `others` is sent; nothing is
    refused (older versions took `with_total_count` next to a `cursor` this way)."""

    parameter: str
    others: tuple[str, ...]
    description: str
    error: None = None
    kind: ClassVar[str] = "ignored-with"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> IgnoredWith:
        others = tuple(entry["others"])
        if not others:
            raise ValueError("an ignored-with rule names the parameters that make it ineffective")
        return cls(entry["parameter"], others, _text(entry.get("description")))

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter, *self.others)

    def renamed(self, names: Mapping[str, str]) -> IgnoredWith:
        return replace(
            self,
            parameter=names.get(self.parameter, self.parameter),
            others=tuple(names.get(n, n) for n in self.others),
        )

    def ignored(self, sent: Collection[str]) -> frozenset[str]:
        if self.parameter in sent and any(other in sent for other in self.others):
            return frozenset({self.parameter})
        return frozenset()

    def describe(self) -> str:
        return f"{self.parameter} ignored next to {', '.join(self.others)}"


def _holds(value: Any, allowed: tuple[Any, ...]) -> bool:
    """Whether a known value meets a condition: one of `allowed`, or for a list, a list holding
    one of them (`placements` holding `PUBLISHER_NETWORK`)."""
    if isinstance(value, list | tuple):
        return any(v in allowed for v in value)
    return value in allowed


def _conditions_hold(when: Mapping[str, tuple[Any, ...]], known: Mapping[str, Any]) -> bool:
    """Every condition is known and holds (a rule does not judge on what it cannot know)."""
    return all(name in known and _holds(known[name], allowed) for name, allowed in when.items())


def _when_from_spec(entry: Mapping[str, Any], optional: bool = False) -> dict[str, tuple[Any, ...]]:
    when = {name: tuple(values) for name, values in entry.get("when", {}).items()}
    if not when and not optional:
        raise ValueError("a conditional rule needs at least one condition")
    return when


def _when_text(when: Mapping[str, tuple[Any, ...]]) -> str:
    if not when:
        return "always"
    return " and ".join(f"{name} is {_shown(values)}" for name, values in when.items())


def _when_breakage(when: Mapping[str, tuple[Any, ...]], space: ValueSpace) -> Any:
    """A strategy of `{name: value}` meeting every condition (a list holding the value)."""
    st = space.st
    return st.fixed_dictionaries(
        {
            name: st.sampled_from(allowed).map(lambda v, n=name: [v] if space.is_list(n) else v)
            for name, allowed in when.items()
        }
    )


@dataclass(frozen=True)
class RequiredWhen(_RuleKind):
    """While each `when` parameter has one of its values (a list: holds one of them; no `when`:
    always), at least one of `names` must have a value (a bid with the `MAX` strategy, an app
    store identifier for an app objective). `example` is a value of the first name that
    satisfies the rule, for the strategies that make valid calls."""

    names: tuple[str, ...]
    when: Mapping[str, tuple[Any, ...]]
    example: Any
    error: str
    description: str
    kind: ClassVar[str] = "required-when"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> RequiredWhen:
        names = tuple(entry["parameters"])
        if not names:
            raise ValueError("a required-when rule names the parameters it requires")
        return cls(
            names,
            _when_from_spec(entry, optional=True),
            entry["example"],
            entry["error"],
            _text(entry.get("description")),
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (*self.names, *self.when)

    def renamed(self, names: Mapping[str, str]) -> RequiredWhen:
        return replace(
            self,
            names=tuple(names.get(n, n) for n in self.names),
            when={names.get(k, k): v for k, v in self.when.items()},
        )

    def _missing(self, known: Mapping[str, Any]) -> bool:
        if any(name not in known for name in self.names):
            return False  # unknown to the caller: left to the server
        return all(known[name] is None for name in self.names)

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        # A conditional requirement is this request's business when it sends one of its
        # parameters; an unconditional one always is (what it cannot know it leaves alone).
        if self.when and not any(name in sent for name in self.parameters):
            return None
        if not _conditions_hold(self.when, known) or not self._missing(known):
            return None
        wanted = " or ".join(self.names)
        return Violation(
            self.names[0],
            self.kind,
            f"{wanted} must be given"
            + (f" while {_when_text(self.when)}" if self.when else "")
            + f": {self.description}",
            self.error,
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        unsent = dict.fromkeys(self.names)  # what the call leaves out it does not send
        if _conditions_hold(self.when, known) and self._missing({**unsent, **known, **given}):
            given[self.names[0]] = self.example

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        if any(name in space.required for name in self.names):
            return []
        rest = {k: v for k, v in valid.items() if k not in self.names}
        # Cleared where the call may clear them (an update), else left out (a create).
        rest.update((name, None) for name in self.names if space.nullable(name))
        calls = _when_breakage(self.when, space).map(lambda cond: {**rest, **cond})
        return [(self.names[0], calls)]

    def describe(self) -> str:
        return f"{' or '.join(self.names)} required when {_when_text(self.when)} ({self.error})"

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        # Any former request meeting the condition without the parameter now fails.
        return all(name in old or name in defaults for name in self.when)


@dataclass(frozen=True)
class NotAllowedWhen(_RuleKind):
    """`parameter` may not take one of `values` while each `when` parameter has one of its
    values (the `MAX` bid strategy with a `REACH` objective)."""

    parameter: str
    values: tuple[Any, ...]
    when: Mapping[str, tuple[Any, ...]]
    error: str
    description: str
    kind: ClassVar[str] = "not-allowed-when"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> NotAllowedWhen:
        values = tuple(entry["values"])
        if not values:
            raise ValueError("a not-allowed-when rule names the values it refuses")
        return cls(
            entry["parameter"],
            values,
            _when_from_spec(entry),
            entry["error"],
            _text(entry.get("description")),
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter, *self.when)

    def renamed(self, names: Mapping[str, str]) -> NotAllowedWhen:
        return replace(
            self,
            parameter=names.get(self.parameter, self.parameter),
            when={names.get(k, k): v for k, v in self.when.items()},
        )

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        if not any(name in sent for name in self.parameters):
            return None
        value = known.get(self.parameter)
        if value is None or not _holds(value, self.values):
            return None
        if not _conditions_hold(self.when, known):
            return None
        return Violation(
            self.parameter,
            self.kind,
            f"{self.parameter} may not be {_shown(self.values)} while {_when_text(self.when)}: "
            f"{self.description}",
            self.error,
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        value = given.get(self.parameter)
        held = value is not None and _holds(value, self.values)
        if held and _conditions_hold(self.when, {**known, **given}):
            del given[self.parameter]

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        st, parameter = space.st, self.parameter
        bad = st.tuples(st.sampled_from(self.values), _when_breakage(self.when, space))
        return [(parameter, bad.map(lambda v: {**valid, parameter: v[0], **v[1]}))]

    def describe(self) -> str:
        return (
            f"{self.parameter} not {', '.join(map(str, self.values))} when "
            f"{_when_text(self.when)} ({self.error})"
        )

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        return self.parameter in old and all(n in old or n in defaults for n in self.when)


@dataclass(frozen=True)
class NotOnly(_RuleKind):
    """A list `parameter` may not hold nothing but `values` (`TWITTER_PROFILE` is no placement
    on its own). `example` is a value the strategies add to make a call obey."""

    parameter: str
    values: tuple[Any, ...]
    example: Any
    error: str
    description: str
    kind: ClassVar[str] = "not-only"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> NotOnly:
        values = tuple(entry["values"])
        if not values:
            raise ValueError("a not-only rule names the values that may not stand alone")
        if entry["example"] in values:
            raise ValueError("a not-only rule's example is another value")
        return cls(
            entry["parameter"],
            values,
            entry["example"],
            entry["error"],
            _text(entry.get("description")),
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter,)

    def renamed(self, names: Mapping[str, str]) -> NotOnly:
        return replace(self, parameter=names.get(self.parameter, self.parameter))

    def _alone(self, value: Any) -> bool:
        return (
            isinstance(value, list | tuple) and bool(value) and all(v in self.values for v in value)
        )

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        if self.parameter not in sent or not self._alone(known.get(self.parameter)):
            return None
        return Violation(
            self.parameter,
            self.kind,
            f"{self.parameter} may not hold only {_shown(self.values)}: {self.description}",
            self.error,
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        if self._alone(given.get(self.parameter)):
            given[self.parameter] = [*given[self.parameter], self.example]

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        st, parameter = space.st, self.parameter
        alone = st.lists(st.sampled_from(self.values), min_size=1, max_size=1)
        return [(parameter, alone.map(lambda v: {**valid, parameter: v}))]

    def describe(self) -> str:
        return f"{self.parameter} not only {', '.join(map(str, self.values))} ({self.error})"

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        return self.parameter in old


@dataclass(frozen=True)
class IgnoredWhen(_RuleKind):
    """`parameter` is accepted but has no effect while each `when` parameter has one of its
    values (a bid amount with the `AUTO` bid strategy); nothing is refused."""

    parameter: str
    when: Mapping[str, tuple[Any, ...]]
    description: str
    error: None = None
    kind: ClassVar[str] = "ignored-when"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> IgnoredWhen:
        return cls(entry["parameter"], _when_from_spec(entry), _text(entry.get("description")))

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter, *self.when)

    def renamed(self, names: Mapping[str, str]) -> IgnoredWhen:
        return replace(
            self,
            parameter=names.get(self.parameter, self.parameter),
            when={names.get(k, k): v for k, v in self.when.items()},
        )

    def ignored_values(self, known: Mapping[str, Any]) -> frozenset[str]:
        """The parameter, when it is sent and every condition holds on the known values."""
        if self.parameter in known and _conditions_hold(self.when, known):
            return frozenset({self.parameter})
        return frozenset()

    def describe(self) -> str:
        return f"{self.parameter} ignored when {_when_text(self.when)}"

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        return False


def _moment(value: Any) -> datetime | date | None:
    """A time as a rule sees it: an aware datetime, a bare date (midnight in a time zone the rule
    may not know), or None for anything else."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else None
    if isinstance(value, date):
        return value
    day = getattr(value, "day", None)  # the sandbox's LocalDate keeps its date as `day`
    if isinstance(day, date):
        return day
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return date.fromisoformat(value)
            moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo is not None else None
    return None


def _span(start: Any, end: Any) -> timedelta | None:
    """end - start when both are times of the same sort (two datetimes or two dates)."""
    a, b = _moment(start), _moment(end)
    if a is None or b is None or isinstance(a, datetime) != isinstance(b, datetime):
        return None
    if isinstance(a, datetime) and isinstance(b, datetime):
        # As instants: between two times of one zone, Python subtracts wall clocks.
        return b.astimezone(UTC) - a.astimezone(UTC)
    return b - a


def _like(original: Any, moment: datetime | date) -> Any:
    """`moment` in the form of `original`: a string for a string, else the value itself."""
    if isinstance(original, str):
        if isinstance(moment, datetime):
            # isoformat, not strftime: `%Y` writes the year 300 as `300`, which is no RFC 3339
            utc = moment.astimezone(UTC).replace(tzinfo=None)
            return utc.isoformat(timespec="seconds") + "Z"
        return moment.isoformat()
    return moment


def _whole_hour(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _items(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


@dataclass(frozen=True)
class WholeHours(_RuleKind):
    """Each of `names`, when sent as a time of day, falls on a whole hour in UTC (minutes,
    seconds and fractions zero); a bare date is a midnight and always does."""

    names: tuple[str, ...]
    error: str
    description: str
    kind: ClassVar[str] = "whole-hours"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> WholeHours:
        names = tuple(entry["parameters"])
        if not names:
            raise ValueError("a whole-hours rule names at least one parameter")
        return cls(names, entry["error"], _text(entry.get("description")))

    @property
    def parameters(self) -> tuple[str, ...]:
        return self.names

    def renamed(self, names: Mapping[str, str]) -> WholeHours:
        return replace(self, names=tuple(names.get(n, n) for n in self.names))

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        for name in self.names:
            moment = _moment(known.get(name)) if name in sent else None
            # Compared in UTC: Python finds an hour repeated when clocks go back unequal to
            # the same instant in another zone.
            if isinstance(moment, datetime) and moment.astimezone(UTC) != _whole_hour(moment):
                return Violation(
                    name,
                    self.kind,
                    f"{name} ({_like('', moment)}) must be a whole hour, with no minutes or "
                    f"seconds: {self.description}",
                    self.error,
                )
        return None

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        for name in self.names:
            moment = _moment(given.get(name))
            if isinstance(moment, datetime):
                given[name] = _like(given[name], _whole_hour(moment))

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        name = self.names[0]
        moment = _moment(valid.get(name))
        if not isinstance(moment, datetime):
            return []
        original = valid[name]
        return [
            (
                name,
                space.st.integers(1, 3599).map(
                    lambda s: {**valid, name: _like(original, moment + timedelta(seconds=s))}
                ),
            )
        ]

    def describe(self) -> str:
        return f"{', '.join(self.names)} on whole hours ({self.error})"

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        return any(name in old for name in self.names)


@dataclass(frozen=True)
class TimeWindow(_RuleKind):
    """`end` comes after `start`, at most `max_days` days later (None: any time later); with
    `when_sent`, only while one of those parameters asks for something (a segmented job's
    shorter window)."""

    start: str
    end: str
    max_days: int | None
    error: str
    description: str
    when_sent: tuple[str, ...] = ()
    kind: ClassVar[str] = "time-window"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> TimeWindow:
        days = entry.get("max-days")
        if days is not None and (not isinstance(days, int) or isinstance(days, bool) or days < 1):
            raise ValueError("a time-window rule's max-days is a positive whole number")
        return cls(
            entry["start"],
            entry["end"],
            days,
            entry["error"],
            _text(entry.get("description")),
            tuple(entry.get("when-sent", ())),
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.start, self.end, *self.when_sent)

    def renamed(self, names: Mapping[str, str]) -> TimeWindow:
        return replace(
            self,
            start=names.get(self.start, self.start),
            end=names.get(self.end, self.end),
            when_sent=tuple(names.get(n, n) for n in self.when_sent),
        )

    def _applies(self, sent: Collection[str], known: Mapping[str, Any]) -> bool:
        if self.start not in sent and self.end not in sent:
            return False
        return not self.when_sent or any(n in sent and _asks(known.get(n)) for n in self.when_sent)

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        if not self._applies(sent, known):
            return None
        span = _span(known.get(self.start), known.get(self.end))
        if span is None:
            return None
        if span <= timedelta(0):
            message = f"{self.end} must come after {self.start}"
        elif self.max_days is not None and span > timedelta(days=self.max_days):
            message = f"{self.end} may be at most {self.max_days} days after {self.start}"
        else:
            return None
        return Violation(self.end, self.kind, f"{message}: {self.description}", self.error)

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        if not self._applies(given.keys(), {**known, **given}):
            return
        start, end = _moment(given.get(self.start)), given.get(self.end)
        span = _span(given.get(self.start), end)
        if start is None or span is None:
            return
        step = timedelta(hours=1) if isinstance(start, datetime) else timedelta(days=1)
        if isinstance(start, datetime):
            start = start.astimezone(UTC)  # days of 24 hours, as the limit counts them
        if span <= timedelta(0):
            given[self.end] = _like(end, start + step)
        elif self.max_days is not None and span > timedelta(days=self.max_days):
            given[self.end] = _like(end, start + timedelta(days=self.max_days))

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        st, start, end = space.st, _moment(valid.get(self.start)), valid.get(self.end)
        if not isinstance(start, datetime):
            return []
        start = start.astimezone(UTC)
        base: Any = st.just(dict(valid))
        if self.when_sent:
            name = self.when_sent[0]
            base = space.asking(name).map(lambda v: {**valid, name: v})
        backwards = st.tuples(base, st.integers(0, 24 * 30)).map(
            lambda v: {**v[0], self.end: _like(end, start - timedelta(hours=v[1]))}
        )
        if self.max_days is None:
            return [(self.end, backwards)]
        days = self.max_days
        too_long = st.tuples(base, st.integers(1, 24 * 30)).map(
            lambda v: {**v[0], self.end: _like(end, start + timedelta(days=days, hours=v[1]))}
        )
        return [(self.end, too_long), (self.end, backwards)]

    def describe(self) -> str:
        when = f" when {' or '.join(self.when_sent)} is sent" if self.when_sent else ""
        within = f", within {self.max_days} days" if self.max_days is not None else ""
        return f"{self.end} after {self.start}{within}{when} ({self.error})"


@dataclass(frozen=True)
class LocalMidnight(_RuleKind):
    """Each of `names` falls on midnight in the time zone held by `zone` (a value only the
    server knows, such as the ads account's zone: a caller without it does not judge), unless a
    parameter of `unless` has one of its values."""

    names: tuple[str, ...]
    zone: str
    unless: Mapping[str, tuple[Any, ...]]
    error: str
    description: str
    kind: ClassVar[str] = "local-midnight"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> LocalMidnight:
        names = tuple(entry["parameters"])
        if not names:
            raise ValueError("a local-midnight rule names at least one parameter")
        unless = {name: tuple(values) for name, values in entry.get("unless", {}).items()}
        return cls(names, entry["zone"], unless, entry["error"], _text(entry.get("description")))

    @property
    def parameters(self) -> tuple[str, ...]:
        return (*self.names, *self.unless)

    def renamed(self, names: Mapping[str, str]) -> LocalMidnight:
        return replace(
            self,
            names=tuple(names.get(n, n) for n in self.names),
            unless={names.get(k, k): v for k, v in self.unless.items()},
        )

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        zone_name = known.get(self.zone)
        if not isinstance(zone_name, str) or any(
            known.get(name) in values for name, values in self.unless.items()
        ):
            return None
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            return None
        for name in self.names:
            moment = _moment(known.get(name)) if name in sent else None
            if isinstance(moment, datetime):
                try:
                    local = moment.astimezone(zone)
                except OverflowError:  # year 1 or 9999 moved past the calendar's end there
                    continue  # no midnight to judge; the time rules refuse such a time
                if local != local.replace(hour=0, minute=0, second=0, microsecond=0):
                    return Violation(
                        name,
                        self.kind,
                        f"{name} ({_like('', moment)}) must be midnight in {zone_name} "
                        f"(it is {local.isoformat()} there): {self.description}",
                        self.error,
                    )
        return None

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        # Without the zone only the exception can make a call safe.
        for name, values in self.unless.items():
            if values and given.get(name, known.get(name)) not in values:
                given[name] = values[0]

    def describe(self) -> str:
        unless = "; ".join(f"{k} in {', '.join(map(str, v))}" for k, v in self.unless.items())
        return f"{', '.join(self.names)} at midnight in {self.zone} unless {unless} ({self.error})"

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        return any(name in old for name in self.names)


@dataclass(frozen=True)
class AllowedPer(_RuleKind):
    """The values `parameter` may hold depend on the value of `per`: `allowed` maps a value of
    `per` to the values then allowed (every value, for one it does not list)."""

    parameter: str
    per: str
    allowed: Mapping[Any, tuple[Any, ...]]
    error: str
    description: str
    kind: ClassVar[str] = "allowed-per"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> AllowedPer:
        allowed = {key: tuple(values) for key, values in entry["allowed"].items()}
        if not allowed or not all(allowed.values()):
            raise ValueError("an allowed-per rule lists some values for each case")
        return cls(
            entry["parameter"],
            entry["per"],
            allowed,
            entry["error"],
            _text(entry.get("description")),
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter, self.per)

    def renamed(self, names: Mapping[str, str]) -> AllowedPer:
        return replace(
            self,
            parameter=names.get(self.parameter, self.parameter),
            per=names.get(self.per, self.per),
        )

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        # Judged when either is sent: a `per` value sent next to the parameter's default (an
        # app list targeted with the default `EQ`) breaks it too.
        key = known.get(self.per)
        asked = self.parameter in sent or self.per in sent
        if not asked or not isinstance(key, str) or key not in self.allowed:
            return None
        value = known.get(self.parameter)
        if value is None:
            return None
        bad = [v for v in _items(value) if v not in self.allowed[key]]
        if not bad:
            return None
        return Violation(
            self.parameter,
            self.kind,
            f"{self.parameter} may only hold {_shown(self.allowed[key])} while {self.per} is "
            f"{key}, not {', '.join(map(str, bad))}: {self.description}",
            self.error,
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        key = given.get(self.per, known.get(self.per))
        value = given.get(self.parameter, known.get(self.parameter))
        if not isinstance(key, str) or key not in self.allowed or value is None:
            return
        ok = self.allowed[key]
        if isinstance(value, list | tuple):
            kept = [v for v in value if v in ok]
            given[self.parameter] = kept or [ok[0]]
        elif value not in ok:
            given[self.parameter] = ok[0]

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        everything = set(space.enum(self.parameter) or ())
        everything.update(v for values in self.allowed.values() for v in values)
        as_list = isinstance(valid.get(self.parameter), list | tuple)
        cases = [
            (key, sorted(map(str, everything - set(ok))))
            for key, ok in self.allowed.items()
            if everything - set(ok)
        ]
        if not cases:
            return []
        st = space.st

        def call(case: tuple[str, str]) -> dict[str, Any]:
            key, bad = case
            return {**valid, self.per: key, self.parameter: [bad] if as_list else bad}

        pairs = st.sampled_from(cases).flatmap(
            lambda c: st.sampled_from(c[1]).map(lambda bad: (c[0], bad))
        )
        return [(self.parameter, pairs.map(call))]

    def describe(self) -> str:
        return f"{self.parameter} values depend on {self.per} ({self.error})"


@dataclass(frozen=True)
class Alone(_RuleKind):
    """`value` may only be asked for alone in the list `parameter` (one metric group that the
    API computes apart from the others)."""

    parameter: str
    value: Any
    error: str
    description: str
    kind: ClassVar[str] = "alone"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> Alone:
        return cls(
            entry["parameter"], entry["value"], entry["error"], _text(entry.get("description"))
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter,)

    def renamed(self, names: Mapping[str, str]) -> Alone:
        return replace(self, parameter=names.get(self.parameter, self.parameter))

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        value = known.get(self.parameter) if self.parameter in sent else None
        if not isinstance(value, list | tuple) or self.value not in value:
            return None
        if all(v == self.value for v in value):
            return None
        return Violation(
            self.parameter,
            self.kind,
            f"{self.value} must be asked for alone in {self.parameter}: {self.description}",
            self.error,
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        value = given.get(self.parameter)
        if isinstance(value, list | tuple) and self.check([self.parameter], given) is not None:
            given[self.parameter] = [v for v in value if v != self.value]

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        others = sorted({str(v) for v in space.enum(self.parameter) or ()} - {self.value})
        if not others:
            return []
        pick = space.st.sampled_from(others)
        return [(self.parameter, pick.map(lambda o: {**valid, self.parameter: [self.value, o]}))]

    def describe(self) -> str:
        return f"{self.value} alone in {self.parameter} ({self.error})"

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        return self.parameter in old


@dataclass(frozen=True)
class LookedUp(_RuleKind):
    """For the values of `per` in `lookups` or `stateful`, `parameter` takes only values the
    server knows: keys that the look-up named in `lookups` returns (a location's key), or values
    that fit the server's state (an existing custom audience, one age bucket per line item).
    Only the server holds those, so the client does not judge (`check` refuses nothing) and a
    400 with `error` naming one of its parameters is the server's call (`server_only`). Calls
    made up to be valid (test strategies, fuzzing) switch to `example`, values that need no
    state, as `local-midnight` switches to its exception."""

    parameter: str
    per: str
    lookups: Mapping[str, str]  # value of `per` -> the operationId of the look-up supplying it
    stateful: tuple[str, ...]  # values of `per` judged on the server's state alone
    example: Mapping[str, Any]
    error: str
    description: str
    kind: ClassVar[str] = "looked-up"
    server_only: ClassVar[bool] = True

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> LookedUp:
        lookups = {str(k): str(v) for k, v in entry.get("lookups", {}).items()}
        stateful = tuple(entry.get("stateful", ()))
        if not lookups and not stateful:
            raise ValueError("a looked-up rule names the values it leaves to the server")
        example = dict(entry["example"])
        if example.get(entry["per"]) in (*lookups, *stateful):
            raise ValueError("a looked-up rule's example is a value the server need not judge")
        return cls(
            entry["parameter"],
            entry["per"],
            lookups,
            stateful,
            example,
            entry["error"],
            _text(entry.get("description")),
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter, self.per)

    @property
    def judged(self) -> tuple[str, ...]:
        """The values of `per` whose `parameter` the server judges."""
        return (*self.lookups, *self.stateful)

    def renamed(self, names: Mapping[str, str]) -> LookedUp:
        return replace(
            self,
            parameter=names.get(self.parameter, self.parameter),
            per=names.get(self.per, self.per),
            example={names.get(k, k): v for k, v in self.example.items()},
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        if given.get(self.per, known.get(self.per)) in self.judged:
            given.update(self.example)

    def describe(self) -> str:
        return f"{self.parameter} judged by the server for some {self.per} ({self.error})"


BATCH_ITEMS = "operations"  # what a batch's items are called in `known`, client and sandbox


@dataclass(frozen=True)
class MostPerBatch(_RuleKind):
    """A rule of a batch operation over its items: among the items of `operation_type`, at
    most `max` whose `params` give `parameter` one of `values`, for each of `limits` (100
    interests in one targeting criteria batch). The client and the sandbox give the items as
    `known["operations"]` (`BATCH_ITEMS`), a list of `{operation_type, params}`; the item over a
    limit is named in the message."""

    parameter: str
    operation_type: str
    limits: tuple[tuple[tuple[Any, ...], int], ...]
    error: str
    description: str
    kind: ClassVar[str] = "most-per-batch"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> MostPerBatch:
        limits = tuple((tuple(limit["values"]), limit["max"]) for limit in entry["limits"])
        if not limits or not all(
            values and isinstance(most, int) and not isinstance(most, bool) and most >= 1
            for values, most in limits
        ):
            raise ValueError("a most-per-batch rule lists limits of some values and a max >= 1")
        return cls(
            entry["parameter"],
            entry["operation-type"],
            limits,
            entry["error"],
            _text(entry.get("description")),
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter,)

    def renamed(self, names: Mapping[str, str]) -> MostPerBatch:
        return replace(self, parameter=names.get(self.parameter, self.parameter))

    def _over(self, items: list[Any]) -> tuple[int, tuple[Any, ...], int] | None:
        """The first item over a limit: its index, the limit's values and its max."""
        counts = [0] * len(self.limits)
        for index, item in enumerate(items):
            if not isinstance(item, Mapping) or item.get("operation_type") != self.operation_type:
                continue
            params = item.get("params")
            value = params.get(self.parameter) if isinstance(params, Mapping) else None
            for which, (values, most) in enumerate(self.limits):
                if value in values:
                    counts[which] += 1
                    if counts[which] > most:
                        return index, values, most
        return None

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        items = known.get(BATCH_ITEMS)
        found = self._over(list(items)) if isinstance(items, list | tuple) else None
        if found is None:
            return None
        index, values, most = found
        return Violation(
            self.parameter,
            self.kind,
            f"a batch may hold at most {most} {self.operation_type} items with "
            f"{self.parameter} {_shown(values)}; item {index} is one more: {self.description}",
            self.error,
        )

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        items = given.get(BATCH_ITEMS)
        while isinstance(items, list) and (found := self._over(items)) is not None:
            items = given[BATCH_ITEMS] = items[: found[0]] + items[found[0] + 1 :]

    def describe(self) -> str:
        shown = ", ".join(f"{most} {'/'.join(map(str, values))}" for values, most in self.limits)
        return f"at most {shown} per batch by {self.parameter} ({self.error})"

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        return True  # a batch the operation took may hold more than a new limit


@dataclass(frozen=True)
class SumsTo(_RuleKind):
    """The `attribute` of the objects in the list `parameter` adds up to `total` (the sizes of
    an A/B test's user groups, in percent, make 100). Numbers may be written as decimal text
    (`"50.00"`); a list with an item whose value is missing or not a number is not judged."""

    parameter: str
    attribute: str
    total: int
    error: str
    description: str
    kind: ClassVar[str] = "sums-to"

    @classmethod
    def from_spec(cls, entry: Mapping[str, Any]) -> SumsTo:
        total = entry["total"]
        if not isinstance(total, int) or isinstance(total, bool) or total < 1:
            raise ValueError("a sums-to rule's total is a whole number of at least 1")
        return cls(
            entry["parameter"],
            entry["attribute"],
            total,
            entry["error"],
            _text(entry.get("description")),
        )

    @property
    def parameters(self) -> tuple[str, ...]:
        return (self.parameter,)

    def renamed(self, names: Mapping[str, str]) -> SumsTo:
        return replace(self, parameter=names.get(self.parameter, self.parameter))

    def _sum(self, value: Any) -> Decimal | None:
        if not isinstance(value, list | tuple) or not value:
            return None
        found = Decimal(0)
        for item in value:
            number = item.get(self.attribute) if isinstance(item, Mapping) else None
            if isinstance(number, bool) or not isinstance(number, str | int | float):
                return None
            try:
                found += Decimal(str(number))
            except InvalidOperation:
                return None
        return found if found.is_finite() else None

    def check(self, sent: Collection[str], known: Mapping[str, Any]) -> Violation | None:
        found = self._sum(known.get(self.parameter)) if self.parameter in sent else None
        if found is None or found == self.total:
            return None
        return Violation(
            self.parameter,
            self.kind,
            f"the {self.attribute} of the items of {self.parameter} must add up to "
            f"{self.total}, not {found.normalize():f}: {self.description}",
            self.error,
        )

    def _shares(self, count: int) -> list[str]:
        """`count` shares of the total in hundredths, as even as they come, the last taking
        what the others leave."""
        even = (Decimal(self.total) / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        return [f"{even:.2f}"] * (count - 1) + [f"{Decimal(self.total) - even * (count - 1):.2f}"]

    def repair(self, given: dict[str, Any], known: Mapping[str, Any]) -> None:
        value = given.get(self.parameter)
        if not isinstance(value, list | tuple) or not value:
            return
        if not all(isinstance(item, Mapping) for item in value):
            return
        if self._sum(value) == self.total:
            return
        shares = self._shares(len(value))
        given[self.parameter] = [
            {**item, self.attribute: share} for item, share in zip(value, shares, strict=True)
        ]

    def breakages(self, valid: Mapping[str, Any], space: ValueSpace) -> list[Breakage]:
        value = valid.get(self.parameter)
        if not isinstance(value, list | tuple) or not value or self._sum(value) is None:
            return []
        items = [dict(item) for item in value]
        # Another share for the first item, the others kept: the sum moves off the total.
        first = Decimal(str(items[0][self.attribute]))
        items[0][self.attribute] = "2.00" if first == 1 else "1.00"
        return [(self.parameter, space.st.just({**valid, self.parameter: items}))]

    def describe(self) -> str:
        return f"{self.attribute} of {self.parameter} adds up to {self.total} ({self.error})"

    def can_break(self, old: Collection[str], defaults: Mapping[str, Any]) -> bool:
        return self.parameter in old


Rule: TypeAlias = (
    Exclusive
    | NotGreaterThan
    | OnlyWhen
    | MaxItemsTogether
    | IgnoredWith
    | RequiredWhen
    | NotAllowedWhen
    | NotOnly
    | IgnoredWhen
    | WholeHours
    | TimeWindow
    | LocalMidnight
    | AllowedPer
    | Alone
    | LookedUp
    | MostPerBatch
    | SumsTo
)

RULE_KINDS: dict[str, Callable[[Mapping[str, Any]], Rule]] = {
    cls.kind: cls.from_spec
    for cls in (
        Exclusive,
        NotGreaterThan,
        OnlyWhen,
        MaxItemsTogether,
        IgnoredWith,
        RequiredWhen,
        NotAllowedWhen,
        NotOnly,
        IgnoredWhen,
        WholeHours,
        TimeWindow,
        LocalMidnight,
        AllowedPer,
        Alone,
        LookedUp,
        MostPerBatch,
        SumsTo,
    )
}


def parse_rule(entry: Any) -> Rule:
    """The rule an `x-rules` entry describes; ValueError saying what is wrong with it."""
    if not isinstance(entry, Mapping):
        raise ValueError("a rule is a mapping with a `kind`")
    kind = entry.get("kind")
    parse = RULE_KINDS.get(kind) if isinstance(kind, str) else None
    if parse is None:
        raise ValueError(f"unknown kind {kind!r} ({', '.join(RULE_KINDS)})")
    try:
        return parse(entry)
    except KeyError as exc:
        raise ValueError(f"a {entry['kind']} rule needs {exc.args[0]!r}") from None
    except (TypeError, AttributeError) as exc:
        raise ValueError(f"a {entry['kind']} rule is malformed: {exc}") from None


def keep_rules(
    rules: Collection[Rule], defaults: Mapping[str, Any], given: dict[str, Any]
) -> dict[str, Any]:
    """`given` changed as little as needed for every rule to hold, by each rule kind's own
    `repair`; `defaults` (the parameters' documented defaults) count as known values, as the
    server applies them. Used wherever valid calls are made up: test strategies, fuzzing."""
    for rule in rules:
        rule.repair(given, {**defaults, **given})
    return given
