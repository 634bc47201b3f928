"""Synthetic audience figures: keyword volumes, related keywords, suggestions and audience
estimates. None of it is measured; every figure is a deterministic function of the request (a
hash of what it names), of a plausible size, and an estimate never grows when targeting
narrows.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from adsapi.sandbox.targeting import catalog

MAX_WINDOW = timedelta(days=7)  # keyword insights look at most a week back
STEPS = {"DAY": timedelta(days=1), "HOUR": timedelta(hours=1)}
RELATED = 30  # related keywords per search
WORLD_AUDIENCE = 400_000_000  # everyone the estimate starts from


def unit(*parts: object) -> float:
    """A number in [0, 1) fixed by `parts`."""
    text = "\x1f".join(str(p) for p in parts)
    digest = hashlib.blake2b(text.encode(), digest_size=8, person=b"ads-audience").digest()
    return int.from_bytes(digest, "big") / 2**64


# -- keywords ----------------------------------------------------------------------------------


def _vocabulary() -> tuple[str, ...]:
    words: dict[str, None] = {}
    for option in (*catalog.interests(), *catalog.conversations()):
        for word in option["name"].replace("/", " ").split():
            cleaned = word.strip(",.'&()").casefold()
            if len(cleaned) > 2 and cleaned.isalpha():
                words[cleaned] = None
    return tuple(words)


def related_keywords(keywords: Sequence[str], count: int = RELATED) -> list[str]:
    """Keywords that go with `keywords`: their hashtags and simple variants first, then words
    of the interest and conversation catalogs, in an order fixed by the keywords."""
    given = [k.strip().casefold() for k in keywords]
    out: dict[str, None] = {}
    for keyword in given:
        for variant in (f"#{keyword.replace(' ', '')}", keyword.rstrip("s"), f"{keyword}s"):
            if variant not in given:
                out[variant] = None
    seed = ",".join(sorted(given))
    ranked = sorted(_vocabulary(), key=lambda word: unit("related", seed, word))
    for word in ranked:
        if len(out) >= count:
            break
        if word not in given:
            out[word] = None
    return list(out)[:count]


def keyword_volume(
    keywords: Sequence[str],
    negative: Sequence[str],
    location: str | None,
    start: datetime,
    end: datetime,
    granularity: str,
) -> list[int]:
    """Posts per hour or day between `start` and `end` (at most the first seven days)."""
    step = STEPS[granularity]
    end = min(end, start + MAX_WINDOW)
    buckets = max(0, math.ceil((end - start) / step))
    daily = sum(10 ** (2 + 3 * unit("volume", k.casefold())) for k in keywords)
    daily *= math.prod(1 - 0.3 * unit("negative", k.casefold()) for k in negative)
    if location is not None:
        daily *= 0.01 + 0.3 * unit("country share", location)
    per_bucket = daily * step / timedelta(days=1)
    volumes = []
    for index in range(buckets):
        moment = start + index * step
        swing = 0.6 + 0.8 * unit("swing", ",".join(keywords), moment.isoformat())
        volumes.append(int(per_bucket * swing))
    return volumes


# -- suggestions -------------------------------------------------------------------------------


def suggestions(kind: str, values: Sequence[str], count: int) -> list[dict[str, str]]:
    """Keywords related to keyword seeds, or user identifiers of similar accounts."""
    if kind == "KEYWORD":
        found = related_keywords(values, count)
    else:
        seed = ",".join(sorted(values))
        found = [str(10**9 + int(unit("user", seed, i) * 10**18)) for i in range(count)]
        found = [f for f in found if f not in values]
    return [{"suggestion_type": kind, "suggestion_value": value} for value in found[:count]]


# -- audience estimate -------------------------------------------------------------------------


def _share(targeting_type: str, value: str) -> float:
    """The part of everyone one criterion value reaches: large for a country or a language,
    small for a city, a TV show or a keyword."""
    option = catalog.find(targeting_type, value)
    if targeting_type == "LOCATION" and option is not None:
        kind = option.get("location_type")
        low, high = {"COUNTRIES": (0.002, 0.25), "REGIONS": (0.0005, 0.05)}.get(
            str(kind), (0.0001, 0.01)
        )
    elif targeting_type in ("LANGUAGE", "PLATFORM", "AGE", "GENDER"):
        low, high = 0.05, 0.6
    elif targeting_type.endswith("KEYWORD") or targeting_type == "TV_SHOW":
        low, high = 0.0005, 0.02
    else:
        low, high = 0.002, 0.1
    return low + (high - low) * unit("share", targeting_type, value)


def audience_size(criteria: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """`{min, max}` of the audience of a set of criteria.

    Values of one type add up (capped at everyone); types multiply, as independent filters;
    an exclusion (`operator_type` `NE`) removes its share. Adding a criterion of a type already
    there widens the audience (it is one more alternative), a criterion of a new type or an
    exclusion narrows it: exactly how targeting combines.
    """
    included: dict[str, float] = {}
    excluded = 1.0
    for criterion in criteria:
        kind, value = str(criterion["targeting_type"]), str(criterion["targeting_value"])
        share = _share(kind, value)
        if criterion.get("operator_type", "EQ") == "NE":
            excluded *= 1 - share
        else:
            included[kind] = min(1.0, included.get(kind, 0.0) + share)
    size = WORLD_AUDIENCE * excluded * math.prod(included.values())
    middle = max(0, int(size))
    return {"min": int(middle * 0.9), "max": int(middle * 1.1)}
