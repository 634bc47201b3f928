"""Targeting criteria: what the rules of one request cannot judge, because it needs the look-ups'
catalogs or what the line item already holds. Each check is one small named function, run in
order on a new criterion (`CHECKS`); a batch applies its items in order through the same create,
so a batch holding too many interests fails at the first one over the limit and, being atomic,
applies nothing.

The values of the look-up types must be keys a look-up returns (`catalog.is_known`); a line item
holds one age bucket and one event, at most 100 interests, 100 similar-to-followers users, 2,000
locations and 1,000 keywords; a TV show needs a location in one of its markets; an engagement
type needs a campaign or user engagement criterion; a custom audience must exist and be
targetable (this sandbox keeps no custom audiences, so none does). A criterion shows the name of
its value (the option's, the keyword itself) and, for a location, its kind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from adsapi.rules import MostPerBatch
from adsapi.sandbox.context import HookContext, Hooks, OperationContext, Page
from adsapi.sandbox.errors import ApiError, Problem, invalid
from adsapi.sandbox.registry import handles, hooks
from adsapi.sandbox.store import Row
from adsapi.sandbox.targeting import catalog
from adsapi.spec.model import ApiSpec

RESOURCE = "targeting_criteria"
AUDIENCES = ("CUSTOM_AUDIENCE", "CUSTOM_AUDIENCE_EXPANDED")
# One criterion of these types per line item; the other limits are the batch's `most-per-batch`
# rule in the spec (`limits`).
ONE_PER_LINE_ITEM: Mapping[tuple[str, ...], int] = {("AGE",): 1, ("EVENT",): 1}
NEEDED_BEFORE = {"ENGAGEMENT_TYPE": ("CAMPAIGN_ENGAGEMENT", "USER_ENGAGEMENT")}
GENDERS = {"1": "Male", "2": "Female"}
LOCATION_KINDS = {
    "COUNTRIES": "COUNTRY",
    "REGIONS": "REGION",
    "METROS": "METRO",
    "CITIES": "CITY",
    "POSTAL_CODES": "POSTAL_CODE",
}

Check = Callable[[HookContext, Row, dict[str, Any]], None]


def known_value(ctx: HookContext, line_item: Row, attrs: dict[str, Any]) -> None:
    """A value of a look-up type is a key some look-up returns."""
    kind, value = attrs["targeting_type"], attrs["targeting_value"]
    if catalog.looked_up(kind) and not catalog.is_known(kind, value):
        raise ApiError(
            invalid(
                "targeting_value",
                f"targeting_value {value!r} is no {kind} value a targeting look-up returns: "
                "take the targeting_value of a look-up's answer",
                "looked-up",
                value,
            )
        )


def existing_audience(ctx: HookContext, line_item: Row, attrs: dict[str, Any]) -> None:
    """A custom audience exists in the account and is targetable."""
    if attrs["targeting_type"] not in AUDIENCES:
        return
    value = attrs["targeting_value"]
    audience = ctx.get("custom_audiences", value) if ctx.has("custom_audiences") else None
    if audience is None:
        raise ApiError(
            Problem(
                "TAILORED_AUDIENCE_OR_TAILORED_AUDIENCE_EXPANDED_NOT_FOUND",
                f"targeting_value names no custom audience {value} in this account",
                "targeting_value",
                "looked-up",
                value,
            )
        )
    if audience.attrs.get("targetable") is False:
        raise ApiError(
            invalid(
                "targeting_value",
                f"custom audience {value} is not targetable (targetable is false)",
                "looked-up",
                value,
            )
        )


def limits(spec: ApiSpec) -> dict[tuple[str, ...], int]:
    """Most criteria of these types one line item may hold, keyed by the types counted
    together: the documentation's limits, which the spec states once, as the most one batch
    may add (100 interests, 2,000 locations, ...), and one age bucket and one event."""
    found = dict(ONE_PER_LINE_ITEM)
    for op in spec.operations.values():
        if op.resource == RESOURCE and op.kind == "batch":
            for rule in op.rules:
                if isinstance(rule, MostPerBatch):
                    found.update(rule.limits)
    return found


def within_limits(ctx: HookContext, line_item: Row, attrs: dict[str, Any]) -> None:
    """One age bucket and one event per line item, and the most criteria of each limited kind."""
    kind = attrs["targeting_type"]
    for kinds, most in limits(ctx.spec).items():
        if kind not in kinds:
            continue
        held = ctx.count(RESOURCE, {"line_item_id": line_item.id, "targeting_type": list(kinds)})
        if held >= most:
            what = " or ".join(kinds)
            raise ApiError(
                Problem(
                    "INVALID_TARGETING_TYPE",
                    f"line item {line_item.id} already has {held} {what} criteria, the most it "
                    f"may have ({most})",
                    "targeting_type",
                    "per-line-item-limit",
                    kind,
                )
            )


def prerequisite(ctx: HookContext, line_item: Row, attrs: dict[str, Any]) -> None:
    """An engagement type narrows a campaign or user engagement criterion already there."""
    kind = attrs["targeting_type"]
    needed = NEEDED_BEFORE.get(kind)
    if needed is None:
        return
    if not ctx.count(RESOURCE, {"line_item_id": line_item.id, "targeting_type": list(needed)}):
        raise ApiError(
            Problem(
                "INVALID_TARGETING_TYPE",
                f"{kind} needs a {' or '.join(needed)} criterion on line item {line_item.id} first",
                "targeting_type",
                "prerequisite",
                kind,
            )
        )


def tv_show_market(ctx: HookContext, line_item: Row, attrs: dict[str, Any]) -> None:
    """A TV show needs a location criterion of the line item in a country that airs it."""
    if attrs["targeting_type"] != "TV_SHOW":
        return
    show = catalog.find("TV_SHOW", attrs["targeting_value"]) or {}
    countries = {locale["country"] for locale in show.get("locales", ())}
    places = ctx.rows(
        RESOURCE,
        {"line_item_id": line_item.id, "targeting_type": "LOCATION", "operator_type": "EQ"},
        limit=2000,
    )
    for place in places:
        option = catalog.find("LOCATION", str(place.attrs.get("targeting_value")))
        if option is not None and option.get("country_code") in countries:
            return
    raise ApiError(
        Problem(
            "INVALID_TV_SHOW_LOCATIONS",
            f"TV show {attrs['targeting_value']} airs in {', '.join(sorted(countries))}: line "
            f"item {line_item.id} needs a location criterion there first",
            "targeting_value",
            "tv-show-location",
            attrs["targeting_value"],
        )
    )


CHECKS: tuple[Check, ...] = (
    known_value,
    existing_audience,
    within_limits,
    prerequisite,
    tv_show_market,
)


def name_of(kind: str, value: str) -> str:
    """What a criterion's value is called: the look-up option's name, a gender, the value."""
    option = catalog.find(kind, value)
    if option is not None:
        return str(option["name"])
    if kind == "GENDER":
        return GENDERS.get(value, value)
    return value


@hooks(RESOURCE)
class TargetingCriterionHooks(Hooks):
    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        line_item = ctx.references.get("line_item_id")
        if line_item is None:
            return  # the engine's reference check answers
        for check in CHECKS:
            check(ctx, line_item, attrs)
        kind, value = attrs["targeting_type"], attrs["targeting_value"]
        attrs["name"] = name_of(kind, value)
        option = catalog.find(kind, value) if kind == "LOCATION" else None
        attrs["location_type"] = (
            LOCATION_KINDS.get(str(option.get("location_type"))) if option else None
        )


def hide_with_line_item(ctx: HookContext, line_item: Row) -> None:
    """A deleted line item's criteria are deleted with it (shown only with `with_deleted`)."""
    if not ctx.has(RESOURCE):
        return
    for child in ctx.rows(RESOURCE, {"line_item_id": line_item.id}, limit=10**6):
        child.deleted = True
        ctx.save(child, {})


def _localized(ctx: OperationContext, data: dict[str, Any]) -> dict[str, Any]:
    # The sandbox has no translations: the localized name is the name.
    if ctx.values.get("lang") is not None:
        data["localized_name"] = data["name"]
    return data


@handles("listTargetingCriteria")
def list_targeting_criteria(ctx: OperationContext) -> Page:
    page = ctx.listing()
    return Page([_localized(ctx, item) for item in page.data], page.next_cursor, page.total_count)


@handles("getTargetingCriterion")
def get_targeting_criterion(ctx: OperationContext) -> dict[str, Any]:
    row = ctx.target(with_deleted=bool(ctx.values.get("with_deleted", False)))
    return _localized(ctx, ctx.present(row))
