"""The generated client against the sandbox, checked against a simple model of campaigns:
creates, updates, deletes and batches, then listings with every filter, sort and page size,
with_deleted, with_draft and totals; and of what they promote: line items (one objective per
campaign, bid rules), promoted Tweets of the account's Tweets, hidden with their line item;
and their targeting criteria (one age bucket per line item, deleted with their line item).

The machine drives `twitter_ads_client` (sync) on the in-process app; every answer is also held
to the spec. Where a request breaks a rule, the model says who refuses it: the client, before
sending, when every value involved is in the call (`RequestValidationError`), or the sandbox,
when the conflict is with what it stores (`BadRequestError`, `NotFoundError`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
)
from twitter_ads_client import BadRequestError, NotFoundError, RequestValidationError

from adsapi.sandbox.app import create_app
from adsapi.sandbox.targeting import catalog
from tests.budget import budget
from tests.sandbox.conftest import ALICE, SPEC, USERS, FakeClock, checked_client

NAMES = st.text(alphabet="abAB", min_size=1, max_size=4)
BUDGETS = st.none() | st.integers(min_value=0, max_value=50)
SORTABLE = (
    "name",
    "daily_budget_amount_local_micro",
    "total_budget_amount_local_micro",
    "created_at",
    "updated_at",
    "deleted",
    "standard_delivery",
)


@dataclass
class Campaign:
    id: str
    seq: int
    name: str
    instrument: str
    daily: int | None
    total: int | None
    status: str
    deleted: bool = False
    attrs: dict[str, Any] = field(default_factory=dict)

    def value(self, attribute: str) -> Any:
        return {
            "name": self.name,
            "daily_budget_amount_local_micro": self.daily,
            "total_budget_amount_local_micro": self.total,
            "deleted": self.deleted,
            "created_at": 0,
            "updated_at": 0,  # the clock stands still: ties are broken by creation order
            "standard_delivery": True,
        }[attribute]


@dataclass
class LineItem:
    id: str
    campaign: str
    objective: str
    deleted: bool = False


@dataclass
class PromotedTweet:
    id: str
    line_item: str
    tweet: str
    deleted: bool = False


@dataclass
class Criterion:
    id: str
    line_item: str
    kind: str
    value: str
    deleted: bool = False


# Criteria the machine adds: an age bucket (one per line item), keywords, countries, interests.
CRITERIA = st.one_of(
    st.tuples(st.just("AGE"), st.sampled_from(["AGE_18_TO_34", "AGE_OVER_50"])),
    st.tuples(st.just("BROAD_KEYWORD"), NAMES),
    st.tuples(
        st.just("LOCATION"),
        st.sampled_from(
            [o["targeting_value"] for o in catalog.locations() if o["location_type"] == "COUNTRIES"]
        ),
    ),
    st.tuples(
        st.just("INTEREST"), st.sampled_from([o["targeting_value"] for o in catalog.interests()])
    ),
)


def budget_ok(daily: int | None, total: int | None) -> bool:
    return daily is None or total is None or daily <= total


class CampaignMachine(RuleBasedStateMachine):
    campaigns = Bundle("campaigns")
    line_items = Bundle("line_items")
    promoted_tweets = Bundle("promoted_tweets")
    criteria = Bundle("criteria")

    @initialize()
    def start(self) -> None:
        self.app = create_app(SPEC, users=USERS, clock=FakeClock(), seed=7)
        self.client = checked_client(self.app, ALICE)
        (account,) = self.client.accounts.create()
        self.account = account.id
        first = next(iter(self.client.funding_instruments.list(self.account)))
        second = self.client.funding_instruments.create(
            self.account,
            currency="USD",
            type="CREDIT_LINE",
            start_time=datetime(2020, 1, 1, tzinfo=UTC),
        )
        self.instruments = [first.id, second.id]
        self.model: dict[str, Campaign] = {}
        self.line_item_model: dict[str, LineItem] = {}
        self.promoted_model: dict[str, PromotedTweet] = {}
        self.criteria_model: dict[str, Criterion] = {}
        # A new account comes with Tweets to promote.
        self.tweets = [
            t.id_str for t in self.client.tweets.list(self.account, tweet_type="PUBLISHED")
        ]
        assert self.tweets

    def teardown(self) -> None:
        if hasattr(self, "client"):
            self.client.close()

    def _params(self, name: str, daily: int | None, total: int | None) -> dict[str, Any]:
        params: dict[str, Any] = {"name": name}
        if daily is not None:
            params["daily_budget_amount_local_micro"] = daily
        if total is not None:
            params["total_budget_amount_local_micro"] = total
        return params

    @rule(
        target=campaigns,
        name=NAMES,
        daily=BUDGETS,
        total=BUDGETS,
        status=st.sampled_from(["ACTIVE", "PAUSED", "DRAFT"]),
        which=st.integers(0, 1),
    )
    def create(self, name: str, daily: Any, total: Any, status: str, which: int) -> Any:
        instrument = self.instruments[which]
        arguments = dict(
            funding_instrument_id=instrument,
            entity_status=status,
            **self._params(name, daily, total),
        )
        if not budget_ok(daily, total):
            # Both budgets are in the call: the client refuses before sending anything.
            with pytest.raises(RequestValidationError) as refused:
                self.client.campaigns.create(self.account, **arguments)
            assert refused.value.rule == "not-greater-than"
            return multiple()
        campaign = self.client.campaigns.create(self.account, **arguments)
        assert (campaign.name, campaign.entity_status, campaign.funding_instrument_id) == (
            name,
            status,
            instrument,
        )
        self.model[campaign.id] = Campaign(
            campaign.id, len(self.model), name, instrument, daily, total, status
        )
        return campaign.id

    @rule(
        campaign=campaigns,
        name=st.none() | NAMES,
        daily=st.none() | BUDGETS,
        clear_total=st.booleans(),
        status=st.none() | st.sampled_from(["ACTIVE", "PAUSED"]),
    )
    def update(self, campaign: str, name: Any, daily: Any, clear_total: bool, status: Any) -> None:
        current = self.model[campaign]
        params: dict[str, Any] = {}
        if name is not None:
            params["name"] = name
        if daily is not None:
            params["daily_budget_amount_local_micro"] = daily
        if clear_total:
            params["total_budget_amount_local_micro"] = None
        if status is not None:
            params["entity_status"] = status
        if not params:
            with pytest.raises(RequestValidationError) as empty:
                self.client.campaigns.update(self.account, campaign)
            assert empty.value.rule == "nothing-to-change"
            return
        if current.deleted:
            with pytest.raises(NotFoundError) as missing:
                self.client.campaigns.update(self.account, campaign, **params)
            assert missing.value.errors[0].code == "CAMPAIGN_NOT_FOUND"
            return
        after = replace(
            current,
            name=name if name is not None else current.name,
            daily=daily if daily is not None else current.daily,
            total=None if clear_total else current.total,
            status=status or current.status,
        )
        if not budget_ok(after.daily, after.total):
            # The total is stored, not sent: only the sandbox can see the conflict.
            with pytest.raises(BadRequestError) as refused:
                self.client.campaigns.update(self.account, campaign, **params)
            assert refused.value.errors[0].code == "INVALID_PARAMETER"
            return
        updated = self.client.campaigns.update(self.account, campaign, **params)
        self.model[campaign] = after
        self._same(updated, after)

    @rule(campaign=campaigns)
    def delete(self, campaign: str) -> None:
        if self.model[campaign].deleted:
            with pytest.raises(NotFoundError):
                self.client.campaigns.delete(self.account, campaign)
            return
        deleted = self.client.campaigns.delete(self.account, campaign)
        self.model[campaign].deleted = True
        self._same(deleted, self.model[campaign])

    @rule(campaign=campaigns, with_deleted=st.booleans())
    def get(self, campaign: str, with_deleted: bool) -> None:
        expected = self.model[campaign]
        if expected.deleted and not with_deleted:
            with pytest.raises(NotFoundError):
                self.client.campaigns.get(self.account, campaign, with_deleted=with_deleted)
            return
        found = self.client.campaigns.get(self.account, campaign, with_deleted=with_deleted)
        self._same(found, expected)

    @rule(data=st.data(), size=st.integers(1, 4))
    def batch(self, data: st.DataObject, size: int) -> None:
        known = sorted(self.model)
        items, expected, ok = [], dict(self.model), True
        staged: dict[str, Campaign] = {k: replace(v) for k, v in self.model.items()}
        created: list[tuple[str, int | None, int | None, str]] = []
        snapshots: list[Campaign | None] = []  # each item's entity just after it, None: a create
        for _ in range(size):
            kinds = ["Create"] + (["Update", "Delete"] if known else [])
            kind = data.draw(st.sampled_from(kinds))
            if kind == "Create":
                name, daily, total = data.draw(NAMES), data.draw(BUDGETS), data.draw(BUDGETS)
                items.append(
                    {
                        "operation_type": "Create",
                        "params": {
                            **self._params(name, daily, total),
                            "funding_instrument_id": self.instruments[0],
                        },
                    }
                )
                ok &= budget_ok(daily, total)
                created.append((name, daily, total, "ACTIVE"))
                snapshots.append(None)
            else:
                target = data.draw(st.sampled_from(known))
                params: dict[str, Any] = {"campaign_id": target}
                if kind == "Update":
                    params["name"] = data.draw(NAMES)
                items.append({"operation_type": kind, "params": params})
                if staged[target].deleted:
                    ok = False
                elif kind == "Update":
                    staged[target] = replace(staged[target], name=params["name"])
                else:
                    staged[target] = replace(staged[target], deleted=True)
                snapshots.append(replace(staged[target]))
        if not all(budget_ok(daily, total) for _, daily, total, _ in created):
            # A create item breaks a rule with values it holds: refused before sending.
            with pytest.raises(RequestValidationError):
                self.client.campaigns.batch(self.account, items)
            assert self.model == expected
            return
        if not ok:
            # An item names a deleted campaign: the sandbox refuses the whole batch.
            with pytest.raises(BadRequestError) as refused:
                self.client.campaigns.batch(self.account, items)
            assert len(refused.value.operation_errors) == len(items)
            assert self.model == expected
            return
        results = self.client.campaigns.batch(self.account, items)
        assert len(results) == len(items)
        creations = iter(created)
        for snapshot, result in zip(snapshots, results, strict=True):
            if snapshot is None:
                name, daily, total, status = next(creations)
                snapshot = staged[result.id] = Campaign(
                    result.id, len(staged), name, self.instruments[0], daily, total, status
                )
            self._same(result, snapshot)
        self.model = staged

    @rule(
        with_deleted=st.booleans(),
        with_draft=st.booleans(),
        count=st.integers(1, 5),
        q=st.none() | st.text(alphabet="abAB", min_size=1, max_size=2),
        pick=st.none() | st.integers(0, 2**16),
        by_instrument=st.none() | st.integers(0, 1),
        sort=st.none() | st.tuples(st.sampled_from(SORTABLE), st.booleans()),
    )
    def list_all(
        self,
        with_deleted: bool,
        with_draft: bool,
        count: int,
        q: Any,
        pick: Any,
        by_instrument: Any,
        sort: Any,
    ) -> None:
        wanted = [
            c
            for c in self.model.values()
            if (with_deleted or not c.deleted) and (with_draft or c.status != "DRAFT")
        ]
        params: dict[str, Any] = {
            "with_deleted": with_deleted,
            "with_draft": with_draft,
            "count": count,
        }
        if q is not None:
            params["q"] = q
            wanted = [c for c in wanted if c.name.casefold().startswith(q.casefold())]
        if pick is not None and self.model:
            chosen = [i for n, i in enumerate(sorted(self.model)) if pick >> n & 1] or ["zzz"]
            params["campaign_ids"] = chosen[:200]
            wanted = [c for c in wanted if c.id in chosen]
        if by_instrument is not None:
            params["funding_instrument_ids"] = [self.instruments[by_instrument]]
            wanted = [c for c in wanted if c.instrument == self.instruments[by_instrument]]
        wanted.sort(key=lambda c: c.seq)
        if sort is not None:
            attribute, descending = sort
            params["sort_by"] = f"{attribute}-{'desc' if descending else 'asc'}"

            def key(c: Campaign) -> tuple:
                value = c.value(attribute)
                return (value is not None, value if value is not None else 0, c.seq)

            wanted.sort(key=key, reverse=descending)
        first = self.client.campaigns.list(self.account, with_total_count=True, **params)
        assert first.total_count == len(wanted)
        seen, pages = [], list(first.pages())
        for number, page in enumerate(pages, start=1):
            assert len(page.data) <= count
            if number < len(pages):
                assert len(page.data) == count and page.next_cursor is not None
            seen.extend(c.id for c in page.data)
        assert pages[-1].next_cursor is None
        assert seen == [c.id for c in wanted]
        assert len(pages) == max(1, -(-len(wanted) // count))
        # Iterating the page object follows the cursors on its own and yields the same.
        again = [c.id for c in self.client.campaigns.list(self.account, **params)]
        assert again == seen

    # -- line items and promoted Tweets -----------------------------------------------------------

    @rule(
        target=line_items,
        campaign=campaigns,
        objective=st.sampled_from(["ENGAGEMENTS", "REACH", "WEBSITE_CLICKS"]),
        bid=st.none() | st.integers(1, 10**7),
    )
    def create_line_item(self, campaign: str, objective: str, bid: Any) -> Any:
        arguments: dict[str, Any] = dict(
            campaign_id=campaign,
            objective=objective,
            product_type="PROMOTED_TWEETS",
            placements=["ALL_ON_TWITTER"],
            start_time=datetime(2030, 1, 1, tzinfo=UTC),
            entity_status="PAUSED",
        )
        if bid is not None:
            arguments.update(bid_strategy="MAX", bid_amount_local_micro=bid)
        siblings = {li.objective for li in self.line_item_model.values() if li.campaign == campaign}
        if bid is not None and objective == "REACH":
            # Both values are in the call: the client refuses a capped bid for reach.
            with pytest.raises(RequestValidationError) as refused:
                self.client.line_items.create(self.account, **arguments)
            assert refused.value.rule == "not-allowed-when"
            return multiple()
        if self.model[campaign].deleted or (siblings and objective not in siblings):
            # The campaign is gone, or its line items have another objective: what is stored.
            with pytest.raises(BadRequestError) as refused:
                self.client.line_items.create(self.account, **arguments)
            assert refused.value.errors[0].code == "INVALID_PARAMETER"
            return multiple()
        created = self.client.line_items.create(self.account, **arguments)
        assert created.campaign_id == campaign and created.objective == objective
        assert created.funding_instrument_id == self.model[campaign].instrument
        assert created.bid_strategy == ("MAX" if bid is not None else "AUTO")
        assert created.bid_amount_local_micro == bid
        self.line_item_model[created.id] = LineItem(created.id, campaign, objective)
        return created.id

    @rule(line_item=line_items)
    def delete_line_item(self, line_item: str) -> None:
        if self.line_item_model[line_item].deleted:
            with pytest.raises(NotFoundError):
                self.client.line_items.delete(self.account, line_item)
            return
        assert self.client.line_items.delete(self.account, line_item).deleted
        self.line_item_model[line_item].deleted = True
        for criterion in self.criteria_model.values():  # deleted with their line item
            if criterion.line_item == line_item:
                criterion.deleted = True

    @rule(target=criteria, line_item=line_items, criterion=CRITERIA)
    def target(self, line_item: str, criterion: tuple[str, str]) -> Any:
        kind, value = criterion
        arguments = {"line_item_id": line_item, "targeting_type": kind, "targeting_value": value}
        if self.line_item_model[line_item].deleted:
            with pytest.raises(BadRequestError) as refused:
                self.client.targeting_criteria.create(self.account, **arguments)
            assert refused.value.errors[0].parameter == "line_item_id"
            return multiple()
        live = [c for c in self.criteria_model.values() if not c.deleted]
        if kind == "AGE" and any(c.line_item == line_item and c.kind == "AGE" for c in live):
            with pytest.raises(BadRequestError) as refused:
                self.client.targeting_criteria.create(self.account, **arguments)
            assert refused.value.errors[0].code == "INVALID_TARGETING_TYPE"
            return multiple()
        made = self.client.targeting_criteria.create(self.account, **arguments)
        assert (made.line_item_id, made.targeting_type, made.targeting_value) == (
            line_item,
            kind,
            value,
        )
        self.criteria_model[made.id] = Criterion(made.id, line_item, kind, value)
        return made.id

    @rule(criterion=criteria)
    def untarget(self, criterion: str) -> None:
        expected = self.criteria_model[criterion]
        if expected.deleted:
            with pytest.raises(NotFoundError):
                self.client.targeting_criteria.delete(self.account, criterion)
            return
        assert self.client.targeting_criteria.delete(self.account, criterion).deleted
        expected.deleted = True

    @rule(line_item=line_items, with_deleted=st.booleans())
    def list_criteria(self, line_item: str, with_deleted: bool) -> None:
        found = {
            c.id: c
            for c in self.client.targeting_criteria.list(
                self.account, line_item_ids=[line_item], with_deleted=with_deleted
            )
        }
        wanted = [
            c
            for c in self.criteria_model.values()
            if c.line_item == line_item and (with_deleted or not c.deleted)
        ]
        assert set(found) == {c.id for c in wanted}
        for c in wanted:
            assert (found[c.id].targeting_value, found[c.id].deleted) == (c.value, c.deleted)

    @rule(target=promoted_tweets, line_item=line_items, data=st.data())
    def promote(self, line_item: str, data: st.DataObject) -> Any:
        tweets = data.draw(st.lists(st.sampled_from(self.tweets), min_size=1, max_size=3))
        if self.line_item_model[line_item].deleted:
            with pytest.raises(BadRequestError) as refused:
                self.client.promoted_tweets.create(
                    self.account, line_item_id=line_item, tweet_ids=tweets
                )
            assert refused.value.errors[0].code == "INVALID_PARAMETER"
            return multiple()
        made = self.client.promoted_tweets.create(
            self.account, line_item_id=line_item, tweet_ids=tweets
        )
        assert [p.tweet_id for p in made] == tweets  # one per Tweet, in request order
        for p in made:
            assert p.line_item_id == line_item and not p.deleted
            self.promoted_model[p.id] = PromotedTweet(p.id, line_item, p.tweet_id)
        return multiple(*(p.id for p in made))

    def _promoted_visible(self, promoted: PromotedTweet) -> bool:
        return not promoted.deleted and not self.line_item_model[promoted.line_item].deleted

    @rule(promoted=promoted_tweets)
    def unpromote(self, promoted: str) -> None:
        expected = self.promoted_model[promoted]
        if not self._promoted_visible(expected):
            with pytest.raises(NotFoundError):
                self.client.promoted_tweets.delete(self.account, promoted)
            return
        assert self.client.promoted_tweets.delete(self.account, promoted).deleted
        expected.deleted = True

    @rule(with_deleted=st.booleans(), by_line_item=st.none() | line_items)
    def list_promoted(self, with_deleted: bool, by_line_item: Any) -> None:
        params: dict[str, Any] = {"with_deleted": with_deleted}
        wanted = [
            p for p in self.promoted_model.values() if with_deleted or self._promoted_visible(p)
        ]
        if by_line_item is not None:
            params["line_item_ids"] = [by_line_item]
            wanted = [p for p in wanted if p.line_item == by_line_item]
        found = {p.id: p for p in self.client.promoted_tweets.list(self.account, **params)}
        assert set(found) == {p.id for p in wanted}
        for p in wanted:
            # Hidden with a deleted line item, a promoted Tweet still says it is not deleted.
            assert found[p.id].deleted == p.deleted
            assert found[p.id].tweet_id == p.tweet

    @invariant()
    def report_has_no_violation_from_valid_calls(self) -> None:
        if not hasattr(self, "app"):
            return
        findings = self.app.state.sandbox.report.as_json()["findings"]
        expected = (
            "not-greater-than",
            "not-found",
            "reference",
            "campaign-line-items-agree",
            "per-line-item-limit",
        )
        assert all(f["rule"] in expected for f in findings), findings

    @staticmethod
    def _same(data: Any, expected: Campaign) -> None:
        assert data.id == expected.id
        assert data.name == expected.name
        assert data.daily_budget_amount_local_micro == expected.daily
        assert data.total_budget_amount_local_micro == expected.total
        assert data.entity_status == expected.status
        assert data.deleted == expected.deleted
        assert data.funding_instrument_id == expected.instrument


CampaignMachine.TestCase.settings = budget(
    "scenario",
    stateful_step_count=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
TestCampaigns = CampaignMachine.TestCase
