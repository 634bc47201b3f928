"""Account history: the changes the sandbox made to an account's entities, read from the change
log the generic engine writes on every creation, update and deletion (`HookContext.history`).
"""

from __future__ import annotations

from typing import Any

from adsapi.sandbox.context import OperationContext, Page
from adsapi.sandbox.registry import handles
from adsapi.sandbox.resources.accounts import user_id
from adsapi.sandbox.times import parse_stored

# The entity types the history answers for, and the resource (tag) each names.
RESOURCES = {
    "CAMPAIGN": "campaigns",
    "LINE_ITEM": "line_items",
    "PROMOTED_TWEET": "promoted_tweets",
    "TARGETING_CRITERIA": "targeting_criteria",
    "PROMOTED_ACCOUNT": "promoted_accounts",
}
# Every change reaches the sandbox through the Ads API, from an app other than X's own.
PLATFORM = "API_OTHER"


@handles("listAccountHistory")
def account_history(ctx: OperationContext) -> Page:
    values = ctx.values
    entity_type = values["entity_type"]
    try:
        changes = ctx.history(
            RESOURCES[entity_type],
            values["entity_id"],
            parse_stored(values["start_time"]).timestamp(),
            parse_stored(values["end_time"]).timestamp(),
        )
    except ValueError:  # a kind of entity this version of the sandbox does not keep
        changes = []
    entries: list[dict[str, Any]] = [
        {
            "change_by": {"user_id": user_id(change.owner), "platform": PLATFORM},
            "changes": change.changed,
            "change_time": change.at_text,
            "entity_id": change.entity,
            "entity": entity_type,
            "entity_data": change.data,
            "change_type": change.kind,
        }
        for change in changes
    ]
    wanted = values.get("user_id")
    if wanted is not None:
        entries = [e for e in entries if e["change_by"]["user_id"] == str(wanted)]
    return ctx.page(entries)
