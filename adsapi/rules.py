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
    "IgnoredWith",
    "MaxItemsTogether",
    "NotGreaterThan",
    "OnlyWhen",
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
        if self.parameter in given and any(
            name in known and known[name] not in allowed for name, allowed in self.when.items()
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


Rule: TypeAlias = Exclusive | NotGreaterThan | OnlyWhen | MaxItemsTogether | IgnoredWith

RULE_KINDS: dict[str, Callable[[Mapping[str, Any]], Rule]] = {
    cls.kind: cls.from_spec
    for cls in (Exclusive, NotGreaterThan, OnlyWhen, MaxItemsTogether, IgnoredWith)
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
