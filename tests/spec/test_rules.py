"""The rule kinds of adsapi.rules, on their own: what each one means, and that its test
strategies and its diff classification agree with its evaluation.

The client and the sandbox both judge requests with these classes (the client through its
verbatim copy, `twitter_ads_client._rules`), so their meaning is pinned down here once.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adsapi.rules import (
    RULE_KINDS,
    Exclusive,
    IgnoredWhen,
    IgnoredWith,
    MaxItemsTogether,
    NotAllowedWhen,
    NotGreaterThan,
    NotOnly,
    OnlyWhen,
    RequiredWhen,
    parse_rule,
)
from adsapi.spec import load_spec, spec_versions
from adsapi.spec.model import NO_DEFAULT, Operation
from tests.budget import budget
from tests.strategies import _Space, valid_arguments

EXCLUSIVE = Exclusive(("cursor", "with_total_count"), "EXCLUSIVE_PARAMETERS", "first pages only")
BUDGET = NotGreaterThan("daily", "total", "INVALID_PARAMETER", "daily within total")
PACING = OnlyWhen("pacing", {"optimization": ("CAMPAIGN",)}, "INVALID_PARAMETER", "campaign only")
IGNORED = IgnoredWith("with_total_count", ("cursor",), "older versions")
BID = RequiredWhen(("bid",), {"strategy": ("MAX", "TARGET")}, 5, "MISSING_PARAMETER", "bids")
APP = RequiredWhen(("android", "ios"), {"objective": ("APP",)}, "a", "MISSING_PARAMETER", "apps")
DOMAIN = RequiredWhen(("domain",), {"placements": ("NETWORK",)}, "x.com", "MISSING_PARAMETER", "")
NO_MAX = NotAllowedWhen("strategy", ("MAX",), {"objective": ("REACH",)}, "INVALID_PARAMETER", "")
PROFILE = NotOnly("placements", ("PROFILE",), "ALL", "INVALID_PLACEMENT_TYPE", "not alone")
AUTO = IgnoredWhen("bid", {"strategy": ("AUTO",)}, "automatic bids")


def test_required_when_judges_only_known_conditions() -> None:
    found = BID.check(["strategy"], {"strategy": "MAX", "bid": None})
    assert found is not None and found.parameter == "bid" and found.code == "MISSING_PARAMETER"
    assert BID.check(["strategy"], {"strategy": "MAX", "bid": 3}) is None
    assert BID.check(["strategy"], {"strategy": "AUTO", "bid": None}) is None
    assert BID.check(["strategy"], {"strategy": "MAX"}) is None  # the bid is unknown
    assert BID.check(["other"], {"strategy": "MAX", "bid": None}) is None  # not this request's
    # One of several is enough; a list condition holds when the list holds the value.
    assert APP.check(["objective"], {"objective": "APP", "android": None, "ios": "1"}) is None
    assert APP.check(["objective"], {"objective": "APP", "android": None, "ios": None})
    assert DOMAIN.check(["placements"], {"placements": ["A", "NETWORK"], "domain": None})
    assert DOMAIN.check(["placements"], {"placements": ["A"], "domain": None}) is None


def test_not_allowed_when_and_not_only() -> None:
    found = NO_MAX.check(["strategy"], {"strategy": "MAX", "objective": "REACH"})
    assert found is not None and found.parameter == "strategy"
    assert NO_MAX.check(["strategy"], {"strategy": "MAX", "objective": "CLICKS"}) is None
    assert NO_MAX.check(["strategy"], {"strategy": "TARGET", "objective": "REACH"}) is None
    assert NO_MAX.check(["strategy"], {"strategy": "MAX"}) is None  # objective unknown
    assert PROFILE.check(["placements"], {"placements": ["PROFILE"]}) is not None
    assert PROFILE.check(["placements"], {"placements": ["PROFILE", "ALL"]}) is None
    assert PROFILE.check(["placements"], {"placements": []}) is None


def test_ignored_when_refuses_nothing_and_judges_on_values() -> None:
    sent = {"bid": 5, "strategy": "AUTO"}
    assert AUTO.check(sent.keys(), sent) is None
    assert AUTO.ignored_values(sent) == {"bid"}
    assert AUTO.ignored_values({"bid": 5, "strategy": "MAX"}) == frozenset()
    assert AUTO.ignored_values({"strategy": "AUTO"}) == frozenset()


def test_exclusive_counts_only_what_asks_for_something() -> None:
    both = {"cursor": "c", "with_total_count": True}
    found = EXCLUSIVE.check(both.keys(), both)
    assert found is not None and found.parameter == "with_total_count"
    assert found.code == "EXCLUSIVE_PARAMETERS" and "cursor and with_total_count" in found.message
    for quiet in (False, None):  # a false flag or a null asks for nothing
        sent = {"cursor": "c", "with_total_count": quiet}
        assert EXCLUSIVE.check(sent.keys(), sent) is None
    assert EXCLUSIVE.check(["cursor"], {"cursor": "c", "with_total_count": True}) is None


def test_not_greater_than_needs_both_values_and_one_sent() -> None:
    assert BUDGET.check(["daily"], {"daily": 5, "total": 5}) is None
    found = BUDGET.check(["daily"], {"daily": 6, "total": 5})
    assert found is not None and found.parameter == "daily" and "(6)" in found.message
    assert BUDGET.check(["total"], {"daily": 6, "total": 5}) is not None  # lowering the total
    assert BUDGET.check([], {"daily": 6, "total": 5}) is None  # neither sent: not this request's
    assert BUDGET.check(["daily"], {"daily": 6, "total": None}) is None
    assert BUDGET.check(["daily"], {"daily": 6}) is None  # the total is unknown to the caller


def test_only_when_judges_on_known_values_only() -> None:
    assert PACING.check(["pacing"], {"pacing": True, "optimization": "CAMPAIGN"}) is None
    found = PACING.check(["pacing"], {"pacing": True, "optimization": "LINE_ITEM"})
    assert found is not None and "optimization is CAMPAIGN" in found.message
    # Unknown (a client updating an entity it has not read): left to the server.
    assert PACING.check(["pacing"], {"pacing": True}) is None
    # Known to be unset (the sandbox knows every value): not one of the allowed ones.
    assert PACING.check(["pacing"], {"pacing": True, "optimization": None}) is not None
    assert PACING.check(["pacing"], {"pacing": None, "optimization": "LINE_ITEM"}) is None
    assert PACING.check([], {"pacing": True, "optimization": "LINE_ITEM"}) is None


def test_max_items_together_counts_every_list_sent() -> None:
    rule = MaxItemsTogether(("kw", "neg"), 10, "INVALID_PARAMETER", "ten keywords")
    assert rule.check({"kw"}, {"kw": ["a"] * 10}) is None
    assert rule.check({"kw", "neg"}, {"kw": ["a"] * 9, "neg": ["b"]}) is None
    found = rule.check({"kw", "neg"}, {"kw": ["a"] * 9, "neg": ["b", "c"]})
    assert found is not None and found.parameter == "neg" and "not 11" in found.message
    # A list the request does not send does not count, whatever its known value.
    assert rule.check({"kw"}, {"kw": ["a"] * 9, "neg": ["b", "c"]}) is None
    given = {"kw": ["a"] * 9, "neg": ["b", "c", "d"]}
    rule.repair(given, given)
    assert given == {"kw": ["a"] * 9, "neg": ["b"]}
    given = {"kw": ["a"] * 10, "neg": ["b"]}
    rule.repair(given, given)
    assert given == {"kw": ["a"] * 10}
    assert "at most 10" in rule.describe()


def test_ignored_with_refuses_nothing() -> None:
    sent = {"cursor": "c", "with_total_count": True}
    assert IGNORED.check(sent.keys(), sent) is None
    assert IGNORED.ignored(sent.keys()) == {"with_total_count"}
    assert IGNORED.ignored(["with_total_count"]) == frozenset()


def test_repair_makes_a_call_obey() -> None:
    for rule, given_values in (
        (EXCLUSIVE, {"cursor": "c", "with_total_count": True}),
        (BUDGET, {"daily": 9, "total": 3}),
        (PACING, {"pacing": True, "optimization": "LINE_ITEM"}),
        (BID, {"strategy": "MAX", "bid": None}),
        (APP, {"objective": "APP", "android": None, "ios": None}),
        (DOMAIN, {"placements": ["NETWORK"], "domain": None}),
        (NO_MAX, {"strategy": "MAX", "objective": "REACH"}),
        (PROFILE, {"placements": ["PROFILE"]}),
    ):
        call = dict(given_values)
        assert rule.check(call.keys(), call) is not None
        rule.repair(call, call)
        assert rule.check(call.keys(), call) is None, rule


def test_renamed_names_the_other_spelling() -> None:
    names = {"cursor": "cursor_", "optimization": "budget_optimization"}
    assert EXCLUSIVE.renamed(names).names == ("cursor_", "with_total_count")
    assert PACING.renamed(names).when == {"budget_optimization": ("CAMPAIGN",)}
    assert IGNORED.renamed(names).others == ("cursor_",)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"kind": "nope"}, "unknown kind 'nope'"),
        ("exclusive", "a mapping"),
        ({"kind": "exclusive", "parameters": ["a"], "error": "E"}, "at least two"),
        ({"kind": "not-greater-than", "parameter": "a", "error": "E"}, "needs 'other'"),
        ({"kind": "only-when", "parameter": "a", "when": {}, "error": "E"}, "one condition"),
        ({"kind": "only-when", "parameter": "a", "when": [1], "error": "E"}, "malformed"),
        ({"kind": "ignored-with", "parameter": "a", "others": []}, "make it ineffective"),
        ({"kind": "max-items-together", "parameters": ["a"], "max": 2, "error": "E"}, "two"),
        ({"kind": "max-items-together", "parameters": ["a", "b"], "max": 0, "error": "E"}, "max"),
    ],
)
def test_malformed_entries_are_refused_with_a_reason(entry: Any, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_rule(entry)


def test_every_kind_reads_its_own_entries() -> None:
    examples = {
        "exclusive": {"kind": "exclusive", "parameters": ["a", "b"], "error": "E"},
        "not-greater-than": {
            "kind": "not-greater-than",
            "parameter": "a",
            "other": "b",
            "error": "E",
        },
        "only-when": {"kind": "only-when", "parameter": "a", "when": {"b": ["x"]}, "error": "E"},
        "ignored-with": {"kind": "ignored-with", "parameter": "a", "others": ["b"]},
        "whole-hours": {"kind": "whole-hours", "parameters": ["a", "b"], "error": "E"},
        "time-window": {
            "kind": "time-window",
            "start": "a",
            "end": "b",
            "max-days": 7,
            "error": "E",
        },
        "local-midnight": {
            "kind": "local-midnight",
            "parameters": ["a"],
            "zone": "z",
            "unless": {"b": ["x"]},
            "error": "E",
        },
        "max-items-together": {
            "kind": "max-items-together",
            "parameters": ["a", "b"],
            "max": 10,
            "error": "E",
        },
        "required-when": {
            "kind": "required-when",
            "parameters": ["a"],
            "when": {"b": ["x"]},
            "example": 1,
            "error": "E",
        },
        "not-allowed-when": {
            "kind": "not-allowed-when",
            "parameter": "a",
            "values": ["y"],
            "when": {"b": ["x"]},
            "error": "E",
        },
        "not-only": {
            "kind": "not-only",
            "parameter": "a",
            "values": ["y"],
            "example": "z",
            "error": "E",
        },
        "ignored-when": {"kind": "ignored-when", "parameter": "a", "when": {"b": ["x"]}},
        "allowed-per": {
            "kind": "allowed-per",
            "parameter": "a",
            "per": "b",
            "allowed": {"x": ["y"]},
            "error": "E",
        },
        "alone": {"kind": "alone", "parameter": "a", "value": "x", "error": "E"},
        "looked-up": {
            "kind": "looked-up",
            "parameter": "a",
            "per": "b",
            "lookups": {"x": "findX"},
            "example": {"b": "y", "a": "z"},
            "error": "E",
        },
        "most-per-batch": {
            "kind": "most-per-batch",
            "parameter": "a",
            "operation-type": "Create",
            "limits": [{"values": ["x"], "max": 2}],
            "error": "E",
        },
        "sums-to": {
            "kind": "sums-to",
            "parameter": "a",
            "attribute": "x",
            "total": 1,
            "error": "E",
        },
    }
    assert set(examples) == set(RULE_KINDS), "a new rule kind needs its example here"
    for kind, entry in examples.items():
        rule = parse_rule(entry)
        expected = (
            {"a"} if kind in ("not-only", "alone", "most-per-batch", "sums-to") else {"a", "b"}
        )
        assert rule.kind == kind and set(rule.parameters) == expected


def test_sums_to_adds_decimal_text_and_repairs_to_even_shares() -> None:
    rule = parse_rule(
        {"kind": "sums-to", "parameter": "g", "attribute": "size", "total": 100, "error": "E"}
    )
    halves = [{"size": "50.00"}, {"size": "50"}]
    assert rule.check(["g"], {"g": halves}) is None
    found = rule.check(["g"], {"g": [{"size": "50.5"}, {"size": "50"}]})
    assert found is not None and found.parameter == "g" and "not 100.5" in found.message
    assert rule.check([], {"g": [{"size": "1"}]}) is None  # not sent: not this request's
    assert rule.check(["g"], {"g": [{"size": "60"}, {"name": "x"}]}) is None  # a size unknown
    given = {"g": [{"size": "1", "name": "a"}, {"size": "1"}, {"size": "1"}]}
    rule.repair(given, given)
    assert [item["size"] for item in given["g"]] == ["33.33", "33.33", "33.34"]
    assert given["g"][0]["name"] == "a" and rule.check(["g"], given) is None
    thirty = {"g": [{"size": "1"}] * 30}
    rule.repair(thirty, thirty)
    assert rule.check(["g"], thirty) is None


def test_a_repaired_time_keeps_four_digit_years() -> None:
    rule = parse_rule({"kind": "time-window", "start": "s", "end": "e", "error": "E"})
    given = {"s": "0158-07-07T08:00:00Z", "e": "0158-07-07T08:00:00Z"}
    rule.repair(given, given)
    assert given["e"] == "0158-07-07T09:00:00Z"


def test_time_window_without_a_longest_span_judges_the_order_only() -> None:
    from datetime import UTC, datetime, timedelta

    rule = parse_rule({"kind": "time-window", "start": "s", "end": "e", "error": "E"})
    noon = datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert rule.check(["s", "e"], {"s": noon, "e": noon + timedelta(days=4000)}) is None
    assert rule.check(["s", "e"], {"s": noon, "e": noon}) is not None
    assert "within" not in rule.describe()


def test_analytics_kinds_judge_times_and_lists() -> None:
    """The analytics kinds on plain values: what each refuses and what it lets through."""
    from datetime import UTC, datetime, timedelta

    hours = parse_rule({"kind": "whole-hours", "parameters": ["s"], "error": "E"})
    noon = datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert hours.check(["s"], {"s": noon}) is None
    assert hours.check(["s"], {"s": noon + timedelta(minutes=5)}) is not None
    assert hours.check(["s"], {"s": "2024-03-01T12:00:01Z"}) is not None
    window = parse_rule(
        {"kind": "time-window", "start": "s", "end": "e", "max-days": 7, "error": "E"}
    )
    assert window.check(["s", "e"], {"s": noon, "e": noon + timedelta(days=7)}) is None
    assert window.check(["s", "e"], {"s": noon, "e": noon + timedelta(days=7, hours=1)}) is not None
    assert window.check(["s", "e"], {"s": noon, "e": noon}) is not None
    midnight = parse_rule(
        {
            "kind": "local-midnight",
            "parameters": ["s"],
            "zone": "z",
            "unless": {"g": ["HOUR"]},
            "error": "E",
        }
    )
    la = datetime(2024, 3, 1, 8, tzinfo=UTC)  # midnight in Los Angeles
    assert midnight.check(["s"], {"s": la}) is None  # no zone known: no judgement
    assert midnight.check(["s"], {"s": la, "z": "America/Los_Angeles", "g": "DAY"}) is None
    assert midnight.check(["s"], {"s": noon, "z": "America/Los_Angeles", "g": "DAY"}) is not None
    assert midnight.check(["s"], {"s": noon, "z": "America/Los_Angeles", "g": "HOUR"}) is None
    alone = parse_rule({"kind": "alone", "parameter": "m", "value": "X", "error": "E"})
    assert alone.check(["m"], {"m": ["X"]}) is None and alone.check(["m"], {"m": ["X", "Y"]})
    per = parse_rule(
        {"kind": "allowed-per", "parameter": "m", "per": "e", "allowed": {"A": ["X"]}, "error": "E"}
    )
    assert per.check(["m"], {"m": ["X"], "e": "A"}) is None
    assert per.check(["m"], {"m": ["X", "Y"], "e": "A"}) is not None
    assert per.check(["m"], {"m": ["Y"], "e": "B"}) is None
    needed = parse_rule(
        {
            "kind": "required-when",
            "parameters": ["c"],
            "when": {"t": ["CITIES"]},
            "example": "us",
            "error": "E",
        }
    )
    assert needed.check(["t"], {"t": "CITIES", "c": None}) is not None  # known to be unset
    assert needed.check(["t"], {"t": "CITIES"}) is None  # unknown to the caller: not judged
    assert needed.check(["t", "c"], {"t": "CITIES", "c": "us"}) is None


def test_diff_classification() -> None:
    # A rule a former request can break: both its parameters were already taken.
    assert EXCLUSIVE.can_break({"cursor", "with_total_count"}, {})
    assert not EXCLUSIVE.can_break({"cursor"}, {})
    assert BUDGET.can_break({"daily", "total"}, {})
    assert not BUDGET.can_break({"daily"}, {})
    # only-when: a new condition parameter's default decides for requests that never sent it.
    assert not PACING.can_break({"pacing"}, {"optimization": "CAMPAIGN"})
    assert PACING.can_break({"pacing"}, {"optimization": "LINE_ITEM"})
    assert PACING.can_break({"pacing", "optimization"}, {"optimization": "CAMPAIGN"})
    assert not PACING.can_break({"optimization"}, {})
    assert "exclusive" in EXCLUSIVE.describe() and "at most" in BUDGET.describe()
    # A new requirement breaks former requests meeting its condition; an ignored one nothing.
    assert BID.can_break({"bid", "strategy"}, {})
    assert not BID.can_break({"bid"}, {})
    assert NO_MAX.can_break({"strategy", "objective"}, {})
    assert not NO_MAX.can_break({"objective"}, {})
    assert PROFILE.can_break({"placements"}, {}) and not AUTO.can_break({"bid", "strategy"}, {})


def _operations_with_rules() -> list[Operation]:
    found: dict[tuple[str, Any], Operation] = {}
    for version in spec_versions():
        for op in load_spec(version=version).operations.values():
            if op.rules:
                found.setdefault((op.operation_id, repr(op.rules)), op)
    return list(found.values())


def _known(op: Operation, call: dict[str, Any]) -> dict[str, Any]:
    # A create says everything: what it leaves out is unset. An update, only what changes.
    known: dict[str, Any] = {} if op.partial_update else {p.name: None for p in op.parameters}
    known.update({p.name: p.default for p in op.parameters if p.default is not NO_DEFAULT})
    return {**known, **call}


@pytest.mark.parametrize("op", _operations_with_rules(), ids=lambda op: op.operation_id)
@budget("per_operation")
@given(data=st.data())
def test_strategies_agree_with_the_evaluation(op: Operation, data: st.DataObject) -> None:
    """What `repair` leaves valid obeys every rule; what `breakages` builds breaks its rule,
    blaming the parameter it says."""
    valid = data.draw(valid_arguments(op))
    for rule in op.rules:
        assert rule.check(valid.keys(), _known(op, valid)) is None, (rule, valid)
    space = _Space({p.name: p for p in op.parameters})
    broken = [(rule, b) for rule in op.rules for b in rule.breakages(valid, space)]
    if not broken:
        return
    rule, (culprit, calls) = data.draw(st.sampled_from(broken))
    call = data.draw(calls)
    found = rule.check(call.keys(), _known(op, call))
    assert found is not None and found.parameter == culprit, (rule, call)


def test_repaired_times_keep_four_digit_years() -> None:
    """A time before the year 1000 stays RFC 3339 once repaired (strftime writes `158`, which
    no server reads as a time: schemathesis found it through the fuzz's repaired cases)."""
    hours = parse_rule({"kind": "whole-hours", "parameters": ["s"], "error": "E"})
    given = {"s": "0158-07-07T09:13:00Z"}
    hours.repair(given, dict(given))
    assert given == {"s": "0158-07-07T09:00:00Z"}
    window = parse_rule(
        {"kind": "time-window", "start": "s", "end": "e", "max-days": 7, "error": "E"}
    )
    given = {"s": "0158-07-07T09:00:00Z", "e": "0157-01-01T00:00:00Z"}
    window.repair(given, dict(given))
    assert given["e"] == "0158-07-07T10:00:00Z"
