"""Every targeting option the sandbox's look-ups can return, and the search over them.

Countries, their first-level subdivisions (regions) and languages come from pycountry, read
when the catalog is first used; everything else from the data files in `data/` (written by
`build_data`). Each option is the object a look-up answers with; the catalog is built once per
process and never changes, so offsets into a filtered list make stable cursors.

`is_known(targeting_type, targeting_value)` is the check a targeting criterion needs: whether
some look-up returns that pair.
"""

from __future__ import annotations

import bisect
import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from adsapi.sandbox.targeting.build_data import hex_key

DATA = Path(__file__).with_name("data")
Option = dict[str, Any]

# Which look-up supplies the values of each targeting type (lookalike types share the
# catalog of the type they extend).
SOURCES: Mapping[str, str] = {
    "APP_STORE_CATEGORY": "app_store_categories",
    "APP_STORE_CATEGORY_LOOKALIKE": "app_store_categories",
    "CONVERSATION": "conversations",
    "DEVICE": "devices",
    "EVENT": "events",
    "INTEREST": "interests",
    "LANGUAGE": "languages",
    "LOCATION": "locations",
    "NETWORK_OPERATOR": "network_operators",
    "PLATFORM": "platforms",
    "PLATFORM_VERSION": "platform_versions",
    "TV_SHOW": "tv_shows",
}


def _rows(name: str) -> list[list[Any]]:
    rows: list[list[Any]] = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return rows


def _option(targeting_type: str, value: str, name: str, **more: Any) -> Option:
    return {"name": name, "targeting_type": targeting_type, "targeting_value": value, **more}


def _by_name(options: Iterable[Option]) -> list[Option]:
    return sorted(options, key=lambda o: (o["name"].casefold(), o["targeting_value"]))


@functools.cache
def locations() -> tuple[Option, ...]:
    """Countries, then regions, then cities, each kind by name."""
    import pycountry

    countries = {c.alpha_2: c for c in pycountry.countries}

    def place(kind: str, key: str, name: str, country: str) -> Option:
        return _option(
            "LOCATION", hex_key(kind, key), name, country_code=country, location_type=kind
        )

    found = _by_name(place("COUNTRIES", code, c.name, code) for code, c in countries.items())
    regions = (
        place("REGIONS", s.code, f"{s.name}, {s.country_code}", s.country_code)
        for s in pycountry.subdivisions
        if s.parent_code is None and s.country_code in countries
    )
    found += _by_name(regions)
    found += [
        _option("LOCATION", key, name, country_code=country, location_type="CITIES")
        for key, name, country, _population in _rows("cities")
    ]
    return tuple(found)


@functools.cache
def languages() -> tuple[Option, ...]:
    import pycountry

    return tuple(
        _by_name(
            _option("LANGUAGE", lang.alpha_2, lang.name)
            for lang in pycountry.languages
            if hasattr(lang, "alpha_2")
        )
    )


@functools.cache
def interests() -> tuple[Option, ...]:
    return tuple(_option("INTEREST", key, name) for key, name in _rows("interests"))


@functools.cache
def app_store_categories() -> tuple[Option, ...]:
    return tuple(
        _by_name(
            _option("APP_STORE_CATEGORY", key, name, os_type=os)
            for key, name, os in _rows("app_store_categories")
        )
    )


@functools.cache
def conversations() -> tuple[Option, ...]:
    return tuple(
        _option("CONVERSATION", key, name, conversation_type=kind)
        for key, name, kind in _rows("conversations")
    )


@functools.cache
def devices() -> tuple[Option, ...]:
    return tuple(
        _option("DEVICE", key, name, manufacturer=maker, os_type=os)
        for key, name, maker, os in _rows("devices")
    )


@functools.cache
def network_operators() -> tuple[Option, ...]:
    return tuple(
        _option("NETWORK_OPERATOR", key, name, country_code=country)
        for key, name, country in _rows("network_operators")
    )


@functools.cache
def platforms() -> tuple[Option, ...]:
    return tuple(_option("PLATFORM", key, name) for key, name in _rows("platforms"))


@functools.cache
def platform_versions() -> tuple[Option, ...]:
    return tuple(
        _option("PLATFORM_VERSION", key, name, number=number, os_type=os)
        for key, name, number, os in _rows("platform_versions")
    )


@functools.cache
def tv_markets() -> tuple[Option, ...]:
    import pycountry

    markets = []
    for language, country in _rows("tv_markets"):
        name = getattr(pycountry.countries.get(alpha_2=country), "name", country)
        if language != _main_language(country):
            spoken = getattr(pycountry.languages.get(alpha_2=language), "name", language)
            name = f"{name} - {spoken}"
        markets.append({"name": name, "country_code": country, "locale": f"{language}-{country}"})
    return tuple(markets)


def _main_language(country: str) -> str:
    # A market whose language is not the country's first is named after its language too.
    return next(lang for lang, cc in _rows("tv_markets") if cc == country)


@functools.cache
def tv_shows() -> tuple[Option, ...]:
    return tuple(
        {
            "name": name,
            "targeting_type": "TV_SHOW",
            "targeting_value": key,
            "genre": genre,
            "locales": [{"language": lang, "country": cc} for lang, cc in locales],
        }
        for key, name, genre, locales in _rows("tv_shows")
    )


@functools.cache
def events() -> tuple[dict[str, Any], ...]:
    """The yearly events, as (key, name, type, month, day, days, country) records; their
    occurrences are placed by the look-up around the time it is asked for."""
    return tuple(
        {
            "targeting_value": key,
            "name": name,
            "event_type": kind,
            "month": month,
            "day": day,
            "days": days,
            "country_code": country,
        }
        for key, name, kind, month, day, days, country in _rows("events")
    )


CATALOGS = {
    "app_store_categories": app_store_categories,
    "conversations": conversations,
    "devices": devices,
    "events": events,
    "interests": interests,
    "languages": languages,
    "locations": locations,
    "network_operators": network_operators,
    "platform_versions": platform_versions,
    "platforms": platforms,
    "tv_shows": tv_shows,
}


@functools.cache
def _index() -> Mapping[tuple[str, str], Mapping[str, Any]]:
    index: dict[tuple[str, str], Mapping[str, Any]] = {}
    for targeting_type, source in SOURCES.items():
        for option in CATALOGS[source]():
            key = (targeting_type, option["targeting_value"])
            if key in index:
                raise ValueError(f"two {targeting_type} options share the key {key[1]!r}")
            index[key] = option
    return index


def find(targeting_type: str, targeting_value: str) -> Mapping[str, Any] | None:
    """The option a look-up returns for this pair (its name, its country, ...), if any."""
    return _index().get((targeting_type, targeting_value))


def is_known(targeting_type: str, targeting_value: str) -> bool:
    """Whether some look-up returns this (targeting_type, targeting_value) pair. Types no
    look-up supplies (keywords, users, audiences, ages, genders) are never known here: their
    values are checked elsewhere."""
    return find(targeting_type, targeting_value) is not None


def looked_up(targeting_type: str) -> bool:
    """Whether the values of a targeting type come from a look-up."""
    return targeting_type in SOURCES


# -- search ------------------------------------------------------------------------------------

_BOUNDARIES = " ,-/("


def starts_with(name: str, query: str | None) -> bool:
    """The look-ups' `q`: the name starts with the query, ignoring case."""
    return query is None or name.casefold().startswith(query.casefold())


def word_starts_with(name: str, query: str | None) -> bool:
    """The location look-up's `q`: some word of the name starts with the query, ignoring case
    (`angeles` and `los angeles` both find Los Angeles)."""
    if query is None:
        return True
    folded, wanted = name.casefold(), query.casefold()
    return any(
        folded.startswith(wanted, i)
        for i in range(len(folded))
        if i == 0 or folded[i - 1] in _BOUNDARIES
    )


@functools.cache
def _location_words() -> tuple[list[str], list[int]]:
    """Every word-start suffix of every location name, folded and sorted, with the position of
    its location: a prefix search is a binary search."""
    pairs = sorted(
        (folded[i:], position)
        for position, option in enumerate(locations())
        for folded in (option["name"].casefold(),)
        for i in range(len(folded))
        if i == 0 or folded[i - 1] in _BOUNDARIES
    )
    return [suffix for suffix, _ in pairs], [position for _, position in pairs]


def search_locations(query: str | None) -> list[Option]:
    """The locations some word of whose name starts with `query` (all without one), in
    catalog order; the same as filtering with `word_starts_with`, faster."""
    every = locations()
    if query is None:
        return list(every)
    wanted = query.casefold()
    suffixes, positions = _location_words()
    found = set()
    for index in range(bisect.bisect_left(suffixes, wanted), len(suffixes)):
        if not suffixes[index].startswith(wanted):
            break
        found.add(positions[index])
    return [every[position] for position in sorted(found)]


def matching(options: Iterable[Option], **wanted: Any) -> Iterator[Option]:
    """Options whose attributes equal every `wanted` value that is not None."""
    conditions = [(k, v) for k, v in wanted.items() if v is not None]
    for option in options:
        if all(option.get(k) == v for k, v in conditions):
            yield option
