"""The targeting look-ups answer like the API: searchable by `q` (a case-insensitive prefix),
filtered by country, type and locale, paged with cursors that lose and repeat nothing, with
stable opaque keys that the catalog knows; the synthetic estimates are deterministic and never
grow when targeting narrows.

Each look-up is driven through the generated client against a strict in-process sandbox, its
answers held to the spec. The expected sets are computed here from the option's own fields,
not through the sandbox's search code.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twitter_ads_client import AdsClient, RequestValidationError

from adsapi.demo import client_for
from adsapi.sandbox.app import create_app
from adsapi.sandbox.targeting import catalog
from adsapi.spec import load_spec
from tests.budget import budget
from tests.sandbox.conftest import ALICE, USERS, FakeClock

SPEC = load_spec()
# The look-ups that take `q`, from the spec (every targeting option look-up but TV markets).
SEARCHABLE = sorted(
    op.operation_id
    for op in SPEC.operations.values()
    if op.resource == "targeting_options" and any(p.name == "q" for p in op.parameters)
)
REQUIRED = {
    "findEvents": {"event_types": ["HOLIDAY", "SPORTS"]},
    "findTvShows": {"locale": "en-US"},
}


@pytest.fixture(scope="module")
def client() -> Iterator[AdsClient]:
    # Generous limits: a property test makes more look-ups than one window allows. Answers are
    # parsed strictly; their conformance to the spec is tests/sandbox/test_responses.py's job.
    app = create_app(SPEC, users=USERS, clock=FakeClock(), strict=True, rate_limit_scale=1000)
    with client_for(app, ALICE) as made:
        yield made


def _method(client: AdsClient, operation_id: str) -> Any:
    name = "".join("_" + c.lower() if c.isupper() else c for c in operation_id)
    return getattr(client.targeting_options, name)


def _word_starts(name: str, query: str) -> bool:
    folded, wanted = name.casefold(), query.casefold()
    starts = [0] + [i + 1 for i, c in enumerate(folded) if c in " ,-/("]
    return any(folded[i:].startswith(wanted) for i in starts)


def _walk(first: Any) -> list[Any]:
    """Every item of every page of an answer (a look-up that does not page answers a list)."""
    if isinstance(first, list):
        return first
    pages = list(first.pages())
    assert all(p.next_cursor is not None for p in pages[:-1])
    assert pages[-1].next_cursor is None
    return [item for page in pages for item in page.data]


NAMES = sorted({o["name"] for o in catalog.locations()})


@st.composite
def location_queries(draw: st.DrawFn) -> dict[str, Any]:
    """A query cut from a real name (in any case), maybe a type, maybe a country."""
    name = draw(st.sampled_from(NAMES))
    words = name.split()
    word = draw(st.sampled_from(words))
    cut = word[: draw(st.integers(3, max(3, len(word))))]
    query = "".join(c.upper() if draw(st.booleans()) else c.lower() for c in cut)
    wanted: dict[str, Any] = {"q": query, "count": draw(st.integers(20, 200))}
    kind = draw(st.none() | st.sampled_from(["COUNTRIES", "REGIONS", "CITIES"]))
    if kind is not None:
        wanted["location_type"] = kind
    if draw(st.booleans()):
        wanted["country_code"] = draw(st.sampled_from(["US", "FR", "JP", "BR", "IN", "DE"]))
    return wanted


@budget("shared")
@given(wanted=location_queries())
def test_location_search_finds_exactly_the_matching_places_once(
    client: AdsClient, wanted: dict[str, Any]
) -> None:
    found = _walk(client.targeting_options.find_locations(**wanted))
    keys = [o.targeting_value for o in found]
    assert len(keys) == len(set(keys)), "an option came twice across pages"
    expected = {
        o["targeting_value"]
        for o in catalog.locations()
        if _word_starts(o["name"], wanted["q"])
        and o["location_type"] == wanted.get("location_type", o["location_type"])
        and o["country_code"] == wanted.get("country_code", o["country_code"])
    }
    assert set(keys) == expected
    for option in found:
        assert option.targeting_type == "LOCATION"
        assert catalog.is_known("LOCATION", option.targeting_value)
    # The same search again starts the same way: keys and cursors are stable.
    again = client.targeting_options.find_locations(**wanted)
    assert [o.targeting_value for o in again.data] == keys[: len(again.data)]


@pytest.mark.parametrize("operation_id", SEARCHABLE)
@budget("per_operation")
@given(data=st.data())
def test_every_search_is_a_case_insensitive_prefix(
    client: AdsClient, operation_id: str, data: st.DataObject
) -> None:
    find = _method(client, operation_id)
    everything = _everything(client, operation_id)
    assert everything, f"{operation_id} knows no option at all"
    name = data.draw(st.sampled_from([o.name for o in everything]))
    query = name[: data.draw(st.integers(1, min(len(name), 6)))].swapcase()
    found = _walk(find(q=query, **REQUIRED.get(operation_id, {})))
    matches = _word_starts if operation_id == "findLocations" else _starts
    assert {o.targeting_value for o in found} == {
        o.targeting_value for o in everything if matches(o.name, query)
    }
    kind = getattr(found[0], "targeting_type", None) if found else None
    for option in found:
        if kind is not None:
            assert catalog.is_known(kind, option.targeting_value)


_EVERYTHING: dict[str, list[Any]] = {}


def _everything(client: AdsClient, operation_id: str) -> list[Any]:
    """Every option a look-up has (read once, in the largest pages it allows)."""
    if operation_id not in _EVERYTHING:
        op = SPEC.operation(operation_id)
        counts = [p.shape.constraints.maximum for p in op.parameters if p.name == "count"]
        sizes = {"count": int(counts[0])} if counts and counts[0] else {}
        found = _method(client, operation_id)(**sizes, **REQUIRED.get(operation_id, {}))
        _EVERYTHING[operation_id] = _walk(found)
    return _EVERYTHING[operation_id]


def _starts(name: str, query: str) -> bool:
    return name.casefold().startswith(query.casefold())


@budget("shared")
@given(
    count=st.integers(10, 50), locale=st.sampled_from([m["locale"] for m in catalog.tv_markets()])
)
def test_tv_shows_are_those_of_their_market_and_paged_by_at_most_50(
    client: AdsClient, count: int, locale: str
) -> None:
    first = client.targeting_options.find_tv_shows(locale=locale, count=count)
    pages = list(first.pages())
    assert all(len(p.data) <= count for p in pages)
    language, country = locale.split("-")
    shows = [s for p in pages for s in p.data]
    assert shows and all(
        {"language": language, "country": country}
        in [dict(lang) for lang in (x.model_dump() for x in s.locales)]
        for s in shows
    )
    with pytest.raises(RequestValidationError):
        client.targeting_options.find_tv_shows(locale=locale, count=51)


def test_filters_matching_nothing_answer_an_empty_list(client: AdsClient) -> None:
    assert _walk(client.targeting_options.find_tv_shows(locale="xx-ZZ")) == []
    assert _walk(client.targeting_options.find_network_operators(country_code="ZZ")) == []
    assert _walk(client.targeting_options.find_locations(q="zzzzqx")) == []


def test_every_key_is_known_and_a_made_up_one_is_not() -> None:
    for targeting_type, source in catalog.SOURCES.items():
        options = catalog.CATALOGS[source]()
        assert options, source
        for option in options[:50]:
            assert catalog.is_known(targeting_type, option["targeting_value"])
            assert not catalog.is_known(targeting_type, option["targeting_value"] + "x")
    assert not catalog.is_known("BROAD_KEYWORD", "developers")  # not a look-up's value
    assert catalog.looked_up("LOCATION") and not catalog.looked_up("AGE")


def test_reference_data_comes_from_pycountry() -> None:
    import pycountry

    countries = [o for o in catalog.locations() if o["location_type"] == "COUNTRIES"]
    assert {o["country_code"] for o in countries} == {c.alpha_2 for c in pycountry.countries}
    languages = {o["targeting_value"] for o in catalog.languages()}
    assert (
        "en" in languages
        and "ja" in languages
        and len(languages)
        == len([lang for lang in pycountry.languages if hasattr(lang, "alpha_2")])
    )


# -- synthetic figures -------------------------------------------------------------------------

CRITERIA_SOURCES = ["LOCATION", "LANGUAGE", "INTEREST", "PLATFORM", "DEVICE", "CONVERSATION"]


@st.composite
def criteria(draw: st.DrawFn) -> list[dict[str, str]]:
    chosen = []
    for targeting_type in draw(st.lists(st.sampled_from(CRITERIA_SOURCES), max_size=4)):
        options = catalog.CATALOGS[catalog.SOURCES[targeting_type]]()
        option = draw(st.sampled_from(options[:300]))
        chosen.append(
            {"targeting_type": targeting_type, "targeting_value": option["targeting_value"]}
        )
    return chosen


@budget("shared")
@given(base=criteria(), extra=criteria(), exclude=st.booleans())
def test_a_narrower_targeting_never_estimates_a_larger_audience(
    client: AdsClient, base: list[dict[str, str]], extra: list[dict[str, str]], exclude: bool
) -> None:
    base = base or [{"targeting_type": "LANGUAGE", "targeting_value": "en"}]
    present = {c["targeting_type"] for c in base}
    # Narrower: more criteria of types not yet targeted (each an extra filter), or exclusions.
    narrowing = [c for c in extra if c["targeting_type"] not in present]
    if exclude:
        narrowing += [{**c, "operator_type": "NE"} for c in extra]
    account = _account(client)
    before = client.audience_estimate.estimate(account, targeting_criteria=base).audience_size
    again = client.audience_estimate.estimate(account, targeting_criteria=base).audience_size
    after = client.audience_estimate.estimate(
        account, targeting_criteria=base + narrowing
    ).audience_size
    assert (before.min, before.max) == (again.min, again.max)  # deterministic
    assert 0 <= after.min <= before.min and after.max <= before.max
    assert before.min <= before.max


_ACCOUNTS: dict[int, str] = {}


def _account(client: AdsClient) -> str:
    if id(client) not in _ACCOUNTS:
        (account,) = client.accounts.create()
        _ACCOUNTS[id(client)] = account.id
    return _ACCOUNTS[id(client)]


def test_keyword_volume_has_one_figure_per_day_or_hour_of_at_most_a_week(
    client: AdsClient,
) -> None:
    from datetime import UTC, datetime, timedelta

    start = datetime(2024, 3, 1, tzinfo=UTC)
    search = client.keyword_insights.search
    days = search(keywords=["developers"], granularity="DAY", start_time=start,
                  end_time=start + timedelta(days=3))  # fmt: skip
    hours = search(keywords=["developers"], granularity="HOUR", start_time=start,
                   end_time=start + timedelta(days=3))  # fmt: skip
    week = search(keywords=["developers"], granularity="DAY", start_time=start,
                  end_time=start + timedelta(days=30))  # fmt: skip
    assert len(days.tweet_volume) == 3 and len(hours.tweet_volume) == 72
    assert len(week.tweet_volume) == 7
    assert len(days.related_keywords) == 30 and "developers" not in days.related_keywords
    assert days == search(keywords=["developers"], granularity="DAY", start_time=start,
                          end_time=start + timedelta(days=3))  # fmt: skip
    with pytest.raises(RequestValidationError, match="max-items-together"):
        search(keywords=["a"] * 6, negative_keywords=["b"] * 5, granularity="DAY", start_time=start)


def test_suggestions_are_of_the_kind_asked_for_and_capped(client: AdsClient) -> None:
    account = _account(client)
    keywords = client.targeting_suggestions.get(
        account, suggestion_type="KEYWORD", targeting_values=["developers"], count=5
    )
    users = client.targeting_suggestions.get(
        account, suggestion_type="USER_ID", targeting_values=["2417045708"]
    )
    assert len(keywords) == 5 and {s.suggestion_type for s in keywords} == {"KEYWORD"}
    assert len(users) == 30 and all(s.suggestion_value.isdigit() for s in users)
