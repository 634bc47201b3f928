"""Targeting criteria through the generated client against a strict in-process sandbox, every
answer held to the spec: any value a look-up returns is accepted in a criterion, a value no
look-up returns is refused naming `targeting_value`; the batch is all or nothing and answers in
order; the limits hold at their boundaries (the last one allowed accepted, one more refused:
by the client where the request alone breaks it, by the sandbox where the line item's state
does); the state rules (a TV show after a location of its market, an engagement type after an
engagement, an existing custom audience) and a deleted line item hiding its criteria.

Which look-up supplies each targeting type is read from the spec (the `looked-up` rule of
`createTargetingCriterion`), not listed here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from twitter_ads_client import (
    AdsClient,
    BadRequestError,
    NotFoundError,
    RequestValidationError,
)

from adsapi.rules import LookedUp, MostPerBatch
from adsapi.sandbox.app import create_app
from adsapi.sandbox.targeting import catalog
from tests.budget import budget
from tests.sandbox.conftest import ALICE, SPEC, USERS, FakeClock, checked_client

CREATE = SPEC.operation("createTargetingCriterion")
BATCH = SPEC.operation("batchTargetingCriteria")
(LOOKED_UP,) = [rule for rule in CREATE.rules if isinstance(rule, LookedUp)]
(PER_BATCH,) = [rule for rule in BATCH.rules if isinstance(rule, MostPerBatch)]
# What the look-ups that require a filter are asked for: every event kind, every TV market.
EVENT_TYPES = list(
    SPEC.operation("findEvents").parameter("event_types").shape.items.constraints.enum
)  # type: ignore[union-attr]
KEYWORDS = ("BROAD_KEYWORD", "EXACT_KEYWORD", "PHRASE_KEYWORD", "UNORDERED_KEYWORD")


@pytest.fixture(scope="module")
def client() -> Iterator[AdsClient]:
    app = create_app(SPEC, users=USERS, clock=FakeClock(), strict=True, rate_limit_scale=1000)
    with checked_client(app, ALICE) as made:
        yield made


@pytest.fixture(scope="module")
def account(client: AdsClient) -> str:
    (made,) = client.accounts.create()
    return made.id


def line_item(client: AdsClient, account: str) -> str:
    """A new line item of a new campaign in the account."""
    from datetime import UTC, datetime

    (instrument,) = client.funding_instruments.list(account)
    campaign = client.campaigns.create(
        account, funding_instrument_id=instrument.id, name="targeting", entity_status="PAUSED"
    )
    made = client.line_items.create(
        account,
        campaign_id=campaign.id,
        objective="ENGAGEMENTS",
        product_type="PROMOTED_TWEETS",
        placements=["ALL_ON_TWITTER"],
        start_time=datetime(2030, 1, 1, tzinfo=UTC),
        entity_status="PAUSED",
    )
    return made.id


_ANSWERS: dict[str, list[Any]] = {}


def looked_up(client: AdsClient, targeting_type: str) -> list[Any]:
    """Everything the look-up of `targeting_type` (named by the spec's rule) answers."""
    operation_id = LOOKED_UP.lookups[targeting_type]
    if operation_id not in _ANSWERS:
        name = "".join("_" + c.lower() if c.isupper() else c for c in operation_id)
        find = getattr(client.targeting_options, name)
        if operation_id == "findEvents":
            answer = find(event_types=EVENT_TYPES, count=1000)
        elif operation_id == "findTvShows":
            answer = [
                show
                for market in client.targeting_options.find_tv_markets()
                for show in find(locale=market.locale)
            ]
        elif SPEC.operation(operation_id).pagination is not None:
            answer = find(count=1000)
        else:
            answer = find()
        _ANSWERS[operation_id] = list(answer)
    return _ANSWERS[operation_id]


def create(client: AdsClient, account: str, item: str, kind: str, value: str, **more: Any) -> Any:
    return client.targeting_criteria.create(
        account, line_item_id=item, targeting_type=kind, targeting_value=value, **more
    )


def _market_location(show: Any) -> str:
    """A country where a TV show airs, as a location key."""
    country = show.locales[0].country
    (place,) = [
        o
        for o in catalog.locations()
        if o["location_type"] == "COUNTRIES" and o["country_code"] == country
    ]
    return str(place["targeting_value"])


@budget("shared")
@given(data=st.data())
def test_any_value_a_look_up_returns_is_accepted(
    client: AdsClient, account: str, data: st.DataObject
) -> None:
    kind = data.draw(st.sampled_from(sorted(LOOKED_UP.lookups)), label="targeting_type")
    option = data.draw(st.sampled_from(looked_up(client, kind)), label="option")
    item = line_item(client, account)
    if kind == "TV_SHOW":
        create(client, account, item, "LOCATION", _market_location(option))
    made = create(client, account, item, kind, option.targeting_value)
    assert (made.targeting_type, made.targeting_value) == (kind, option.targeting_value)
    assert made.name == getattr(option, "name", made.name) and made.line_item_id == item
    if kind == "LOCATION":
        singular = {"COUNTRIES": "COUNTRY", "REGIONS": "REGION", "CITIES": "CITY"}
        assert made.location_type == singular[option.location_type]
    assert client.targeting_criteria.get(account, made.id).targeting_value == option.targeting_value


@budget("shared")
@given(
    kind=st.sampled_from(sorted(LOOKED_UP.lookups)),
    value=st.text(alphabet="0123456789abcdefxyz -", min_size=1, max_size=20),
    batched=st.booleans(),
)
def test_a_value_no_look_up_returns_is_refused(
    client: AdsClient, account: str, kind: str, value: str, batched: bool
) -> None:
    assume(not catalog.is_known(kind, value))
    item = line_item(client, account)
    with pytest.raises(BadRequestError) as refused:
        if batched:
            operations: Any = [
                {
                    "operation_type": "Create",
                    "params": {
                        "line_item_id": item,
                        "targeting_type": kind,
                        "targeting_value": value,
                    },
                }
            ]
            client.targeting_criteria.batch(account, operations)
        else:
            create(client, account, item, kind, value)
    errors = refused.value.operation_errors[0] if batched else refused.value.errors
    assert [(e.code, e.parameter) for e in errors] == [("INVALID_PARAMETER", "targeting_value")]
    assert list(client.targeting_criteria.list(account, line_item_ids=[item])) == []


def _criteria(client: AdsClient, item: str) -> st.SearchStrategy[dict[str, Any]]:
    places = [o for o in catalog.locations() if o["location_type"] == "COUNTRIES"]
    return st.one_of(
        st.builds(
            lambda kind, word, ne: {
                "targeting_type": kind,
                "targeting_value": word,
                **({"operator_type": "NE"} if ne else {}),
            },
            st.sampled_from(KEYWORDS),
            st.text(alphabet="abcdefgh ", min_size=1, max_size=12).map(str.strip).filter(bool),
            st.booleans(),
        ),
        st.sampled_from(places).map(
            lambda o: {"targeting_type": "LOCATION", "targeting_value": o["targeting_value"]}
        ),
        st.sampled_from(catalog.languages()).map(
            lambda o: {"targeting_type": "LANGUAGE", "targeting_value": o["targeting_value"]}
        ),
    ).map(lambda criterion: {"line_item_id": item, **criterion})


@budget("shared")
@given(data=st.data())
def test_a_batch_is_all_or_nothing_and_ordered(
    client: AdsClient, account: str, data: st.DataObject
) -> None:
    item = line_item(client, account)
    wanted = data.draw(st.lists(_criteria(client, item), min_size=1, max_size=12), label="items")
    broken = data.draw(st.none() | st.integers(0, len(wanted) - 1), label="broken at")
    if broken is not None:  # a location key no look-up returns
        wanted[broken] = {**wanted[broken], "targeting_type": "LOCATION", "targeting_value": "x"}
        wanted[broken].pop("operator_type", None)
    operations: Any = [{"operation_type": "Create", "params": p} for p in wanted]
    if broken is None:
        made = client.targeting_criteria.batch(account, operations)
        assert [(c.targeting_type, c.targeting_value) for c in made] == [
            (p["targeting_type"], p["targeting_value"]) for p in wanted
        ]
        assert [c.operator_type for c in made] == [p.get("operator_type", "EQ") for p in wanted]
        listed = client.targeting_criteria.list(account, line_item_ids=[item])
        assert sorted(c.id for c in listed) == sorted(c.id for c in made)
        return
    with pytest.raises(BadRequestError) as refused:
        client.targeting_criteria.batch(account, operations)
    failed = [index for index, errors in enumerate(refused.value.operation_errors) if errors]
    assert failed == [broken] and len(refused.value.operation_errors) == len(wanted)
    assert list(client.targeting_criteria.list(account, line_item_ids=[item])) == []


def _many(kind: str, count: int) -> list[str]:
    """`count` values of a limited kind (interests repeat: the catalog holds 100)."""
    if kind == "INTEREST":
        keys = [o["targeting_value"] for o in catalog.interests()]
        return [keys[i % len(keys)] for i in range(count)]
    if kind == "LOCATION":
        keys = [o["targeting_value"] for o in catalog.locations()]
        return keys[:count]
    if kind == "SIMILAR_TO_FOLLOWERS_OF_USER":
        return [str(10**9 + i) for i in range(count)]
    return [f"word {i}" for i in range(count)]


def _batches(item: str, kind: str, values: list[str]) -> Iterator[Any]:
    for start in range(0, len(values), BATCH.batch.max_items):  # type: ignore[union-attr]
        yield [
            {
                "operation_type": "Create",
                "params": {"line_item_id": item, "targeting_type": kind, "targeting_value": v},
            }
            for v in values[start : start + BATCH.batch.max_items]  # type: ignore[union-attr]
        ]


@pytest.mark.parametrize(
    "kinds, most", [(values, most) for values, most in PER_BATCH.limits], ids=str
)
def test_limits_hold_at_their_boundaries(
    client: AdsClient, account: str, kinds: tuple[str, ...], most: int
) -> None:
    kind = kinds[0]
    item = line_item(client, account)
    values = _many(kind, most + 1)
    if most < BATCH.batch.max_items:  # type: ignore[union-attr]
        # One batch one over the limit: the client refuses it, naming the rule, before sending.
        (over,) = _batches(item, kind, values)
        with pytest.raises(RequestValidationError) as refused:
            client.targeting_criteria.batch(account, over)
        assert {(p.rule, p.code) for p in refused.value.problems} == {
            ("most-per-batch", "INVALID_PARAMETER")
        }
    # Up to the limit through batches, then one more for the line item: the sandbox refuses.
    for operations in _batches(item, kind, values[:most]):
        client.targeting_criteria.batch(account, operations)
    listed = client.targeting_criteria.list(account, line_item_ids=[item], with_total_count=True)
    assert listed.total_count == most
    with pytest.raises(BadRequestError) as refused_by_sandbox:
        create(client, account, item, kind, values[most])
    (error,) = refused_by_sandbox.value.errors
    assert (error.code, error.parameter) == ("INVALID_TARGETING_TYPE", "targeting_type")


def test_the_sandbox_refuses_a_batch_over_a_limit_too(client: AdsClient, account: str) -> None:
    """What the client refuses (101 interests in one batch), sent anyway, the sandbox refuses
    with the same code, naming the same parameter."""
    item = line_item(client, account)
    (over,) = _batches(item, "INTEREST", _many("INTEREST", 101))
    with pytest.raises(BadRequestError) as refused:
        client.post(f"/batch/accounts/{account}/targeting_criteria", json=over)
    (error,) = refused.value.errors
    assert (error.code, error.parameter) == ("INVALID_PARAMETER", "targeting_type")
    assert list(client.targeting_criteria.list(account, line_item_ids=[item])) == []


@pytest.mark.parametrize("kind, value", [("AGE", "AGE_18_TO_34"), ("EVENT", None)])
def test_one_age_bucket_and_one_event_per_line_item(
    client: AdsClient, account: str, kind: str, value: str | None
) -> None:
    item = line_item(client, account)
    values = (
        [value, "AGE_OVER_50"]
        if value
        else [e.targeting_value for e in looked_up(client, kind)[:2]]
    )
    create(client, account, item, kind, values[0])
    with pytest.raises(BadRequestError) as refused:
        create(client, account, item, kind, values[1])
    assert refused.value.errors[0].code == "INVALID_TARGETING_TYPE"


def test_one_request_rules_are_refused_by_the_client(client: AdsClient, account: str) -> None:
    item = line_item(client, account)
    cases = [
        (
            {"targeting_type": "AGE", "targeting_value": "AGE_18_TO_34", "operator_type": "NE"},
            "operator_type",
        ),
        ({"targeting_type": "APP_LIST", "targeting_value": "abc"}, "operator_type"),
        (
            {"targeting_type": "NETWORK_ACTIVATION_DURATION", "targeting_value": "3"},
            "operator_type",
        ),
        (
            {"targeting_type": "LOCATION", "targeting_value": "x", "operator_type": "LT"},
            "operator_type",
        ),
        ({"targeting_type": "GENDER", "targeting_value": "3"}, "targeting_value"),
        ({"targeting_type": "AGE", "targeting_value": "AGE_10_TO_12"}, "targeting_value"),
    ]
    for arguments, parameter in cases:
        with pytest.raises(RequestValidationError) as refused:
            client.targeting_criteria.create(account, line_item_id=item, **arguments)
        assert parameter in {p.parameter for p in refused.value.problems}, arguments
    for arguments in (
        {"targeting_type": "APP_LIST", "targeting_value": "abc", "operator_type": "NE"},
        {
            "targeting_type": "NETWORK_ACTIVATION_DURATION",
            "targeting_value": "3",
            "operator_type": "GTE",
        },
        {"targeting_type": "GENDER", "targeting_value": "2"},
        {"targeting_type": "EXACT_KEYWORD", "targeting_value": "spam", "operator_type": "NE"},
    ):
        made = client.targeting_criteria.create(account, line_item_id=item, **arguments)
        assert made.operator_type == arguments.get("operator_type", "EQ")


def test_state_rules(client: AdsClient, account: str) -> None:
    item = line_item(client, account)
    show = looked_up(client, "TV_SHOW")[0]
    with pytest.raises(BadRequestError) as refused:
        create(client, account, item, "TV_SHOW", show.targeting_value)
    assert refused.value.errors[0].code == "INVALID_TV_SHOW_LOCATIONS"
    create(client, account, item, "LOCATION", _market_location(show))
    assert create(client, account, item, "TV_SHOW", show.targeting_value).name == show.name

    with pytest.raises(BadRequestError) as refused:
        create(client, account, item, "ENGAGEMENT_TYPE", "ENGAGEMENT")
    assert refused.value.errors[0].parameter == "targeting_type"
    campaign = client.line_items.get(account, item).campaign_id
    create(client, account, item, "CAMPAIGN_ENGAGEMENT", campaign)
    create(client, account, item, "ENGAGEMENT_TYPE", "ENGAGEMENT")

    with pytest.raises(NotFoundError) as missing:
        create(client, account, item, "CUSTOM_AUDIENCE", "249yj")
    assert missing.value.errors[0].parameter == "targeting_value"


def test_deleting_a_line_item_hides_its_criteria(client: AdsClient, account: str) -> None:
    item = line_item(client, account)
    made = create(client, account, item, "BROAD_KEYWORD", "coffee")
    client.line_items.delete(account, item)
    assert list(client.targeting_criteria.list(account, line_item_ids=[item])) == []
    kept = list(client.targeting_criteria.list(account, line_item_ids=[item], with_deleted=True))
    assert [c.id for c in kept] == [made.id]
    with pytest.raises(NotFoundError):
        client.targeting_criteria.get(account, made.id)


def test_version_4_lists_the_criteria_of_one_line_item_with_account_ids(
    client: AdsClient, account: str
) -> None:
    """A sandbox serving versions 4 and 12 side by side: criteria made through 12 are listed
    through 4 by one `line_item_id`, with `account_id` and an empty `parent_ids`."""
    from adsapi.sandbox.driver import Driver
    from adsapi.spec import load_spec

    specs = {v: load_spec(version=v) for v in ("4", "12")}
    app = create_app(specs, users=USERS, clock=FakeClock(), strict=True, rate_limit_scale=1000)
    with checked_client(app, ALICE) as current, Driver(specs["4"], ALICE, app=app) as old:
        (made,) = current.accounts.create()
        item = line_item(current, made.id)
        mine = create(current, made.id, item, "BROAD_KEYWORD", "coffee")
        other = line_item(current, made.id)
        create(current, made.id, other, "BROAD_KEYWORD", "tea")
        listed = old.ok("listTargetingCriteria", account_id=made.id, line_item_id=item)["data"]
    assert [(c["id"], c["account_id"], c["parent_ids"]) for c in listed] == [(mine.id, made.id, [])]
