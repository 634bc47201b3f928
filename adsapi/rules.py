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
from typing import Any, ClassVar, Protocol, TypeAlias

__all__ = [
    "RULE_KINDS",
    "Exclusive",
    "IgnoredWhen",
    "IgnoredWith",
    "MaxItemsTogether",
    "NotAllowedWhen",
    "NotGreaterThan",
    "NotOnly",
    "OnlyWhen",
    "RequiredWhen",
    "Rule",
    "ValueSpace",
    "Violation",
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
        return [(second, both.map(lambda v: {**valid, first: v[0], second: v[1]}))]

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
