"""A/B tests: user groups of campaigns or line items, compared over a flight.

What the spec cannot say and the sandbox does here:

- the status follows the sandbox's clock: `SCHEDULED` before the start, `LIVE` until the end,
  `COMPLETED` after;
- a scheduled test may change anything, a live one only its `end_time`, a completed one
  nothing (403 `ACTION_NOT_ALLOWED`, the state of the test and not the request being at fault);
- each user group gets an identifier, which `entities` lists; an update's `user_groups`
  replaces the groups, a group sent with the `id` of one of them keeping its identifier and the
  fields it leaves out;
- a campaign or line item of the account takes part in one A/B test at a time (not deleted and
  not completed);
- who created and last changed a test (`created_by`, `updated_by`);
- the list's filters on computed values: `status`, `live_during`, `user_id` and `username`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from adsapi.sandbox.context import HookContext, Hooks, OperationContext, Page
from adsapi.sandbox.errors import ApiError, Problem, invalid
from adsapi.sandbox.registry import handles, hooks
from adsapi.sandbox.resources.accounts import user_id
from adsapi.sandbox.store import Row
from adsapi.sandbox.times import LocalDate

# entity_type -> the resource of its entities
MEMBERS = {"CAMPAIGN": "campaigns", "LINE_ITEM": "line_items"}
# What a live test may still change (its documentation: only the end of its flight).
WHILE_LIVE = frozenset({"end_time"})


def status(attrs: dict[str, Any], now_text: str) -> str:
    """Where the test is in its flight at `now_text` (times compare as the API writes them)."""
    if now_text < str(attrs.get("start_time")):
        return "SCHEDULED"
    return "LIVE" if now_text < str(attrs.get("end_time")) else "COMPLETED"


def group_size(value: Any) -> str:
    """A size as answers write it: at least one decimal (`50.00` is `50.0`, `40.25` stays)."""
    text = f"{Decimal(str(value)).normalize():f}"
    return text if "." in text else f"{text}.0"


def _author(ctx: HookContext) -> dict[str, str]:
    """Who makes the change: the sandbox user, its name standing for the handle."""
    return {"user_id": user_id(ctx.user.user), "username": ctx.user.user}


@hooks("ab_tests")
class AbTestHooks(Hooks):
    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        attrs["created_by"] = attrs["updated_by"] = _author(ctx)
        attrs.setdefault("name", None)
        attrs.setdefault("description", None)
        attrs["user_groups"] = self._groups(ctx, attrs.get("user_groups") or [], [])
        self._check_members(ctx, attrs, None)

    def before_update(self, ctx: HookContext, row: Row, changes: dict[str, Any]) -> None:
        now = status(row.attrs, ctx.now_text)
        allowed = {"SCHEDULED": None, "LIVE": WHILE_LIVE, "COMPLETED": frozenset()}[now]
        if allowed is not None:
            refused = sorted(set(changes) - allowed)
            if refused:
                raise ApiError(
                    Problem(
                        "ACTION_NOT_ALLOWED",
                        f"the A/B test is {now}: {', '.join(refused)} can no longer change "
                        "(a live test may only change its end_time)",
                        refused[0],
                        "ab-test-status",
                    )
                )
        if "user_groups" in changes:
            former = list(row.attrs.get("user_groups") or [])
            changes["user_groups"] = self._groups(ctx, changes["user_groups"], former)
            self._check_members(ctx, {**row.attrs, **changes}, row.id)
        changes["updated_by"] = _author(ctx)

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        data["status"] = status(row.attrs, ctx.now_text)
        account = row.parent
        data["entities"] = [
            {"id": group["id"], "account_id": account} for group in row.attrs.get("user_groups", [])
        ]

    @staticmethod
    def _groups(
        ctx: HookContext, sent: list[dict[str, Any]], former: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """The groups as stored: a sent group naming a former one starts from it; any other is
        new, with an identifier of its own."""
        by_id = {group["id"]: group for group in former}
        groups = []
        for item in sent:
            base = by_id.get(item.get("id"), {})
            group = {"name": None, "description": None, "entity_ids": [], **base}
            group.update({k: v for k, v in item.items() if k != "id"})
            group["id"] = base.get("id") or ctx.new_id()
            group["size"] = group_size(group["size"])
            groups.append(group)
        return groups

    @staticmethod
    def _check_members(ctx: HookContext, attrs: dict[str, Any], own: str | None) -> None:
        """Each campaign or line item of the account takes part in one A/B test at a time and
        in one group of it. Identifiers naming no entity of the account are not judged (twice
        or not): see the README's judgement calls."""
        resource = MEMBERS.get(str(attrs.get("entity_type")))
        seen: set[str] = set()
        problems = []
        others = [
            other
            for other in ctx.rows("ab_tests")
            if other.id != own and status(other.attrs, ctx.now_text) != "COMPLETED"
        ]
        for group in attrs.get("user_groups") or []:
            for entity in group.get("entity_ids") or []:
                if resource is None or ctx.get(resource, entity) is None:
                    continue
                if entity in seen:
                    problems.append(f"{entity} is in two user groups")
                    continue
                seen.add(entity)
                taken = next(
                    (
                        o.id
                        for o in others
                        for g in o.attrs.get("user_groups") or []
                        if entity in (g.get("entity_ids") or [])
                    ),
                    None,
                )
                if taken is not None:
                    problems.append(f"{entity} already takes part in A/B test {taken}")
        if problems:
            raise ApiError(
                *(invalid("user_groups", problem, "ab-test-members") for problem in problems)
            )


@handles("listAbTests")
def list_ab_tests(ctx: OperationContext) -> Page:
    """The generic listing, less the tests the computed filters leave out (a page may then
    hold fewer than `count`, which the API allows)."""
    page = ctx.listing()
    wanted = ctx.values.get("status")
    author = ctx.values.get("user_id")
    handle = ctx.values.get("username")
    period = _period(ctx, ctx.values.get("live_during"))

    def kept(test: dict[str, Any]) -> bool:
        by = test.get("created_by") or {}
        if wanted is not None and test.get("status") != wanted:
            return False
        if author is not None and by.get("user_id") != str(author):
            return False
        if handle is not None and str(by.get("username", "")).lower() != str(handle).lower():
            return False
        if period is not None:
            start, end = period
            return str(test.get("start_time")) < end and start < str(test.get("end_time"))
        return True

    return Page([test for test in page.data if kept(test)], page.next_cursor, page.total_count)


def _period(ctx: OperationContext, value: Any) -> tuple[str, str] | None:
    """`live_during` as two UTC times (bare dates are midnights in the account's zone)."""
    if not value:
        return None
    zone = ctx.parent.attrs.get("timezone") if ctx.parent is not None else None
    start, end = (v.at_midnight(zone) if isinstance(v, LocalDate) else str(v) for v in value)
    return start, end
