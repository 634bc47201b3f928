"""Targeting suggestions and keyword insights: synthetic figures computed from the request by
adsapi.sandbox.targeting.audience (deterministic, plausible, never measured)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from adsapi.sandbox.context import OperationContext
from adsapi.sandbox.registry import handles
from adsapi.sandbox.targeting import audience
from adsapi.sandbox.times import parse_stored


@handles("getTargetingSuggestions")
def targeting_suggestions(ctx: OperationContext) -> list[dict[str, str]]:
    count = int(ctx.values.get("count") or 30)
    values = list(ctx.values["targeting_values"])
    return audience.suggestions(str(ctx.values["suggestion_type"]), values, count)


@handles("searchKeywordInsights")
def keyword_insights(ctx: OperationContext) -> dict[str, Any]:
    """The window is cut to its first seven days; one that ends before it starts is empty."""
    start = parse_stored(str(ctx.values["start_time"]))
    end = parse_stored(str(ctx.values["end_time"])) if ctx.values.get("end_time") else None
    keywords = list(ctx.values["keywords"])
    return {
        "related_keywords": audience.related_keywords(keywords),
        "tweet_volume": audience.keyword_volume(
            keywords,
            list(ctx.values.get("negative_keywords") or ()),
            ctx.values.get("location"),
            start,
            end or datetime.fromtimestamp(ctx.now, UTC),
            str(ctx.values["granularity"]),
        ),
    }


@handles("estimateAudience")
def estimate_audience(ctx: OperationContext) -> dict[str, Any]:
    """A synthetic range (adsapi.sandbox.targeting.audience.audience_size): any value is
    estimated, known to the look-ups or not."""
    return {"audience_size": audience.audience_size(ctx.values["targeting_criteria"])}
