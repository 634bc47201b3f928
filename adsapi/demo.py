"""`adsapi demo`: the generated client through a real workflow against the sandbox, in-process.

This is the main job of `make run`: after the client is regenerated from the spec, it creates a
sandbox account, finds its funding instrument, creates, lists, pages, updates, batches and
deletes campaigns, and shows what the sandbox's conformance report says about the requests.
The sandbox runs in strict mode, so any request that strays from the spec's canonical wire
format is refused and fails the run.
"""

from __future__ import annotations

import functools
import importlib
import os
import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click
from rich.console import Console

if TYPE_CHECKING:
    from twitter_ads_client import AdsClient

    from adsapi.sandbox.users import User
    from adsapi.spec import ApiSpec


@dataclass(frozen=True)
class Step:
    description: str
    outcome: str


class WorkflowError(AssertionError):
    """An answer the workflow did not expect."""


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise WorkflowError(message)


def run_workflow(client: AdsClient, say: Callable[[Step], None] = lambda step: None) -> list[Step]:
    """Every step of the workflow; raises WorkflowError or the client's error at the first
    unexpected answer."""
    from twitter_ads_client import NotFoundError, RequestValidationError, from_micros, to_micros

    steps: list[Step] = []

    def done(description: str, outcome: str) -> None:
        steps.append(Step(description, outcome))
        say(steps[-1])

    (account,) = client.accounts.create()
    done("create a sandbox account", f"{account.id} ({account.name}, {account.timezone})")

    renamed = client.accounts.update(account.id, name="Demo advertiser", industry_type="RETAIL")
    listed = [a.id for a in client.accounts.list(q="demo")]
    again = client.accounts.get(account.id)
    _expect(account.id in listed and again.name == renamed.name == "Demo advertiser", "rename")
    done("rename it, find it by name, read it back", f"{again.name!r}, {again.industry_type}")

    access = client.authenticated_user_access.get(account.id)
    _expect("ACCOUNT_ADMIN" in access.permissions, "the creator administers a new account")
    done("check what we may do in it", ", ".join(access.permissions))

    instruments = list(client.funding_instruments.list(account.id))
    _expect(len(instruments) == 1, "a new sandbox account has exactly one funding instrument")
    (instrument,) = instruments
    _expect(instrument.able_to_fund, "the new account's funding instrument can fund")
    currency = instrument.currency
    done("find its funding instrument", f"{instrument.id}: {instrument.type} in {currency}")

    order = client.funding_instruments.create(
        account.id,
        type="INSERTION_ORDER",
        currency="EUR",
        start_time=datetime(2026, 1, 1, tzinfo=UTC),
        end_time=datetime(2026, 12, 31, tzinfo=UTC),
        funded_amount_local_micro=to_micros("10000", "EUR"),
    )
    fetched = client.funding_instruments.get(account.id, order.id)
    removed = client.funding_instruments.delete(account.id, order.id)
    _expect(fetched.currency == "EUR" and removed.deleted, "a second instrument, then gone")
    done(
        "add an insertion order in EUR, read it, delete it",
        f"{order.id}: {from_micros(fetched.funded_amount_local_micro or 0, 'EUR')} EUR funded",
    )

    created = [
        client.campaigns.create(
            account.id,
            funding_instrument_id=instrument.id,
            name=f"Spring sale {index}",
            daily_budget_amount_local_micro=to_micros(amount, currency),
            entity_status="PAUSED",
        )
        for index, amount in enumerate(("50.00", "20.00", "75.50"), start=1)
    ]
    _expect(all(c.currency == currency for c in created), "campaigns take the FI's currency")
    done("create three campaigns", ", ".join(c.id for c in created))

    page = client.campaigns.list(account.id, count=2, with_total_count=True)
    _expect(page.total_count == 3 and page.next_cursor is not None, "a first page of two")
    pages = [[c.id for c in p.data] for p in page.pages()]
    every = [c.id for c in client.campaigns.list(account.id, count=2)]
    _expect(every == [c.id for c in created], "iterating yields every campaign once, in order")
    done("list and page them (count=2)", f"pages {pages}, total_count {page.total_count}")

    target = created[0]
    updated = client.campaigns.update(
        account.id,
        target.id,
        entity_status="ACTIVE",
        total_budget_amount_local_micro=to_micros("500", currency),
    )
    _expect(updated.entity_status == "ACTIVE" and updated.name == target.name, "partial update")
    cleared = client.campaigns.update(account.id, target.id, total_budget_amount_local_micro=None)
    _expect(cleared.total_budget_amount_local_micro is None, "None clears the total budget")
    done("update one (activate, set then clear a total budget)", f"{updated.id} is ACTIVE")

    try:
        client.campaigns.update(
            account.id,
            target.id,
            daily_budget_amount_local_micro=to_micros("90", currency),
            total_budget_amount_local_micro=to_micros("60", currency),
        )
        raise WorkflowError("a daily budget above the total budget was sent")
    except RequestValidationError as exc:
        done("refuse a daily budget above the total (client-side)", exc.problems[0].rule)

    results = client.campaigns.batch(
        account.id,
        [
            {
                "operation_type": "Create",
                "params": {"name": "Batch-made", "funding_instrument_id": instrument.id},
            },
            {
                "operation_type": "Update",
                "params": {"campaign_id": created[1].id, "name": "Spring sale 2 (renamed)"},
            },
            {"operation_type": "Delete", "params": {"campaign_id": created[2].id}},
        ],
    )
    _expect([r.deleted for r in results] == [False, False, True], "batch results keep order")
    done("batch: create, rename and delete", ", ".join(r.id for r in results))

    deleted = client.campaigns.delete(account.id, target.id)
    _expect(deleted.deleted is True, "delete answers the deleted campaign")
    try:
        client.campaigns.get(account.id, target.id)
        raise WorkflowError("a deleted campaign was still found")
    except NotFoundError as exc:
        code = exc.errors[0].code
    still = client.campaigns.get(account.id, target.id, with_deleted=True)
    _expect(still.deleted is True, "with_deleted shows a deleted campaign")
    raw = client.with_raw_response.campaigns.list(account.id, with_total_count=True)
    live = raw.parse().total_count
    _expect(live == 2, "two campaigns are left")
    done(
        "delete one, read it back, count what is left",
        f"{code} without with_deleted; {live} live; "
        f"{raw.rate_limit.remaining}/{raw.rate_limit.limit} list calls left this window",
    )

    promotion = _promote(client, account.id, created[1].id, results[0].id, currency)
    for description, outcome in promotion:
        done(description, outcome)

    closed = client.accounts.delete(account.id)
    _expect(closed.deleted is True, "the sandbox account is deleted")
    done("delete the sandbox account", f"{closed.id} deleted")
    return steps


def analytics_workflow(client: Any, package: Any) -> list[str]:
    """The demo campaign's metrics: yesterday through the synchronous call, the last 30 days
    through a job waited for and downloaded (`job.wait()`, `job.download()`); the day must read
    the same both ways."""
    from zoneinfo import ZoneInfo

    (account,) = client.accounts.create()
    (instrument,) = client.funding_instruments.list(account.id)
    campaign = client.campaigns.create(
        account.id,
        funding_instrument_id=instrument.id,
        name="Demo analytics",
        entity_status="ACTIVE",
        daily_budget_amount_local_micro=package.to_micros("60.00", "USD"),
    )
    midnight = datetime.now(ZoneInfo(account.timezone)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    day = (midnight - timedelta(days=1), midnight)
    groups = ["ENGAGEMENT", "BILLING"]
    (row,) = client.analytics.get_stats(
        account.id,
        entity="CAMPAIGN",
        entity_ids=[campaign.id],
        start_time=day[0],
        end_time=day[1],
        granularity="DAY",
        placement="ALL_ON_TWITTER",
        metric_groups=groups,
    )
    job = client.analytics.jobs.create(
        account.id,
        entity="CAMPAIGN",
        entity_ids=[campaign.id],
        start_time=midnight - timedelta(days=30),
        end_time=midnight,
        granularity="DAY",
        placement="ALL_ON_TWITTER",
        metric_groups=groups,
    )
    job.wait(timeout=60, interval=0.5)  # polls with backoff; the job is updated in place
    (month,) = job.download()  # the gzip file, read into the synchronous answer's rows
    synced, jobbed = row.id_data[0].metrics, month.id_data[0].metrics
    _expect(
        jobbed.impressions[-1] == synced.impressions[0]
        and jobbed.billed_charge_local_micro[-1] == synced.billed_charge_local_micro[0],
        "the job's last day equals the synchronous day",
    )
    client.analytics.jobs.delete(account.id, job.id_str)
    client.accounts.delete(account.id)
    spent = package.from_micros(sum(jobbed.billed_charge_local_micro), "USD")

    def day_text(metrics: Any, index: int) -> str:
        charged = package.from_micros(metrics.billed_charge_local_micro[index], "USD")
        return f"{metrics.impressions[index]} impressions, {charged} USD"

    return [
        f"campaign {campaign.id}, {day[0]:%Y-%m-%d} ({account.timezone}), synchronous call: "
        f"{day_text(synced, 0)}",
        f"the same day from a 30-day job ({job.id_str}, {job.status}, waited for and "
        f"downloaded): {day_text(jobbed, -1)}: the same both ways",
        f"the 30 days: {sum(jobbed.impressions)} impressions, {spent} USD",
    ]


def _promote(
    client: AdsClient, account_id: str, campaign_id: str, other_campaign_id: str, currency: str
) -> list[tuple[str, str]]:
    """The promotion half of the workflow: line items with placements from the catalog, a
    promoted-only Tweet, promoted Tweets and a promoted account, a tracking tag, read-backs."""
    from twitter_ads_client import to_micros

    steps: list[tuple[str, str]] = []
    start = datetime(2030, 6, 1, tzinfo=UTC)

    (tweet_combos,) = client.line_items.placements(product_type="PROMOTED_TWEETS")
    # Answers type enums open (`Literal[...] | str`); arguments take the listed values only.
    placements: Any = list(tweet_combos.placements[0])
    line_item = client.line_items.create(
        account_id,
        campaign_id=campaign_id,
        name="Spring sale engagements",
        objective="ENGAGEMENTS",
        product_type="PROMOTED_TWEETS",
        placements=placements,
        start_time=start,
        bid_strategy="MAX",
        bid_amount_local_micro=to_micros("1.50", currency),
        entity_status="PAUSED",
    )
    campaign = client.campaigns.get(account_id, campaign_id)
    _expect(
        line_item.funding_instrument_id == campaign.funding_instrument_id
        and line_item.currency == currency,
        "a line item takes its campaign's funding instrument and currency",
    )
    steps.append(
        (
            "create a line item with placements from line_items/placements",
            f"{line_item.id}: {'+'.join(placements)}, {line_item.goal}, pays by {line_item.pay_by}",
        )
    )

    (user,) = list(client.promotable_users.list(account_id))
    _expect(user.promotable_user_type == "FULL", "a new sandbox account has a FULL user")
    tweet = client.tweets.create(
        account_id, as_user_id=user.user_id, text="Spring sale: 20% off", name="Spring sale"
    )
    listed = [t.id_str for t in client.tweets.list(account_id, tweet_type="PUBLISHED")]
    _expect(tweet.id_str in listed, "a promoted-only Tweet is listed with the nullcast ones")
    steps.append(
        (
            "post a promoted-only Tweet as the FULL promotable user",
            f"{tweet.id_str} by {user.user_id}; {len(listed)} promoted-only Tweets",
        )
    )

    others = [t for t in listed if t != tweet.id_str]
    promoted = client.promoted_tweets.create(
        account_id, line_item_id=line_item.id, tweet_ids=[tweet.id_str, others[0]]
    )
    _expect([p.tweet_id for p in promoted] == [tweet.id_str, others[0]], "one per Tweet")
    steps.append(
        (
            "promote it and another Tweet with the line item",
            ", ".join(f"{p.id} ({p.tweet_id})" for p in promoted),
        )
    )

    (account_combos,) = client.line_items.placements(product_type="PROMOTED_ACCOUNT")
    follower_item = client.line_items.create(
        account_id,
        campaign_id=other_campaign_id,
        objective="FOLLOWERS",
        product_type="PROMOTED_ACCOUNT",
        placements=cast(Any, list(account_combos.placements[0])),
        start_time=start,
        entity_status="PAUSED",
    )
    promoted_account = client.promoted_accounts.create(
        account_id, line_item_id=follower_item.id, user_id=user.user_id
    )
    steps.append(
        (
            "promote the account with a follower line item",
            f"{promoted_account.id} ({promoted_account.user_id}) on {follower_item.id}",
        )
    )

    tag = client.tracking_tags.create(
        account_id,
        line_item_id=line_item.id,
        tracking_tag_type="IMPRESSION_TAG",
        tracking_tag_url="https://ad.example.com/impression?campaign=spring",
    )
    steps.append(("add an impression tracking tag", f"{tag.id} on {tag.line_item_id}"))

    back = client.line_items.get(account_id, line_item.id)
    ours = [p.id for p in client.promoted_tweets.list(account_id, line_item_ids=[line_item.id])]
    tags = [t.id for t in client.tracking_tags.list(account_id, line_item_ids=[line_item.id])]
    _expect(back.placements == placements and len(ours) == 2 and tags == [tag.id], "read-back")
    steps.append(
        ("read it all back", f"{back.id}: {len(ours)} promoted Tweets, tracking tag {tags[0]}")
    )

    steps += _target(client, account_id, line_item.id)

    client.line_items.delete(account_id, line_item.id)
    hidden = list(client.promoted_tweets.list(account_id, line_item_ids=[line_item.id]))
    kept = list(
        client.promoted_tweets.list(account_id, line_item_ids=[line_item.id], with_deleted=True)
    )
    _expect(not hidden and [p.deleted for p in kept] == [False, False], "hidden, not deleted")
    steps.append(
        (
            "delete the line item: its promoted Tweets are hidden, not deleted",
            f"{len(hidden)} listed, {len(kept)} with with_deleted (deleted: false)",
        )
    )
    return steps


def _target(client: AdsClient, account_id: str, line_item_id: str) -> list[tuple[str, str]]:
    """Targeting: a country and a language found through the look-ups, an age bucket and an
    excluded keyword, in one batch; read back; then the audience those criteria estimate."""
    (country,) = client.targeting_options.find_locations(
        q="united states", location_type="COUNTRIES", country_code="US"
    )
    (language,) = client.targeting_options.find_languages(q="english")
    # Typed as Any: the batch items and the estimate's criteria are TypedDicts of the client.
    wanted: list[Any] = [
        {"targeting_type": "LOCATION", "targeting_value": country.targeting_value},
        {"targeting_type": "LANGUAGE", "targeting_value": language.targeting_value},
        {"targeting_type": "AGE", "targeting_value": "AGE_25_TO_54"},
        {
            "targeting_type": "PHRASE_KEYWORD",
            "targeting_value": "free trial",
            "operator_type": "NE",
        },
    ]
    operations: Any = [
        {"operation_type": "Create", "params": {"line_item_id": line_item_id, **criterion}}
        for criterion in wanted
    ]
    made = client.targeting_criteria.batch(account_id, operations)
    _expect(
        [(c.targeting_type, c.targeting_value) for c in made]
        == [(w["targeting_type"], w["targeting_value"]) for w in wanted],
        "the batch answers its criteria in request order",
    )
    listed = {
        c.id for c in client.targeting_criteria.list(account_id, line_item_ids=[line_item_id])
    }
    _expect(listed == {c.id for c in made}, "the line item lists its four criteria")
    estimate = client.audience_estimate.estimate(account_id, targeting_criteria=wanted)
    size = estimate.audience_size
    return [
        (
            "target it (batch): a country and a language from the look-ups, an age, a keyword "
            "excluded",
            ", ".join(
                f"{c.targeting_type} {c.name!r}" + (" (NE)" if c.operator_type == "NE" else "")
                for c in made
            ),
        ),
        ("estimate the audience of those criteria", f"{size.min:,} to {size.max:,} people"),
    ]


def sweep(client: Any, spec: ApiSpec, done: Collection[str]) -> list[str]:
    """Call every operation of `spec` not in `done` once through the client, with arguments
    derived from the spec (adsapi.sandbox.world) in an account of its own; return their ids.
    An operation the workflow above does not show is still exercised, whatever the spec's
    size."""
    from adsapi.sandbox.world import World

    world = World(spec, client_caller(client))
    remaining = [op for op_id, op in spec.operations.items() if op_id not in done]
    # Deletions last: they must not take away what the other calls name.
    remaining.sort(key=lambda op: op.kind == "delete" or op.operation_id == "deleteAccount")
    for op in remaining:
        world.call(op.operation_id, world.valid_call(op))
    return [op.operation_id for op in remaining]


def operation_method(client: Any, operation_id: str, raw: bool = False) -> tuple[Any, Any]:
    """The method of the generated `client` (or of its `with_raw_response`) that calls an
    operation, and the operation's `Operation` table (its parameters' Python and API names),
    found through the package's generated index (`_spec.OPERATIONS`)."""
    package = type(client).__module__.partition(".")[0]
    index = importlib.import_module(f"{package}._spec").OPERATIONS
    attribute, method, module, constant = index[operation_id]
    table = getattr(importlib.import_module(f"{package}.resources.{module}"), constant)
    root = client.with_raw_response if raw else client
    resource = functools.reduce(getattr, attribute.split("."), root)  # nested: `a.b`
    return getattr(resource, method), table


def client_caller(
    client: Any, resolve: Callable[[Any], Any] = lambda answer: answer
) -> Callable[[str, dict[str, Any]], Any]:
    """Call an operation of the generated `client` by operationId with arguments named and
    valued as the spec names them (times as RFC 3339 text); the answer's data as JSON.
    `resolve` turns what a method returns into the answer (an async client's need awaiting)."""

    def call(operation_id: str, arguments: dict[str, Any]) -> Any:
        method, operation = operation_method(client, operation_id)
        params = {p.wire_name: p for p in operation.params}
        positional = [arguments[p.wire_name] for p in operation.params if p.location == "path"]
        keywords = {
            params[name].name: _python_value(params[name], value)
            for name, value in arguments.items()
            if name != "body" and params[name].location != "path"
        }
        if operation.batch is not None:
            items = []
            for item in arguments["body"]:
                spelled = {p.name: p for p in operation.batch.params[item["operation_type"]]}
                values = {k: _python_value(spelled[k], v) for k, v in item["params"].items()}
                items.append({**item, "params": values})
            positional.append(items)
        return _as_json(resolve(method(*positional, **keywords)))

    return call


def _python_value(param: Any, value: Any) -> Any:
    """A spec value (JSON) as the client takes it: times as timezone-aware datetimes."""
    if param.kind == "datetime" and isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    if param.kind == "array" and param.items is not None and isinstance(value, list):
        return [_python_value(param.items, item) for item in value]
    return value


def _as_json(answer: Any) -> Any:
    if hasattr(answer, "data") and hasattr(answer, "next_cursor"):  # a page
        answer = answer.data
    if isinstance(answer, list):
        return [_as_json(item) for item in answer]
    # A model, or a plain value (answers listing strings have no models)
    return answer.model_dump(mode="json") if hasattr(answer, "model_dump") else answer


def _client_package(client_dir: Path | None) -> Any:
    """The `twitter_ads_client` package to drive: from `client_dir`, else the installed one,
    else one generated now (an installed toolkit need not have the client installed)."""
    import importlib

    if client_dir is None:
        try:
            return importlib.import_module("twitter_ads_client")
        except ImportError:
            from adsapi.generator import generate
            from adsapi.locations import user_cache_dir
            from adsapi.spec import load_spec

            client_dir = user_cache_dir() / "demo-client"
            generate(load_spec(), client_dir)
    if not (client_dir / "twitter_ads_client" / "__init__.py").is_file():
        raise click.UsageError(f"{client_dir} holds no generated twitter_ads_client package")
    sys.path.insert(0, str(client_dir.resolve()))
    return importlib.import_module("twitter_ads_client")


def client_for(
    app: Any, user: User | None = None, on_response: Callable[[Any], None] | None = None
) -> AdsClient:
    """A client of the in-process sandbox `app`, signed as `user` (default: the development
    user); `on_response` sees every answer before the client reads it."""
    from starlette.testclient import TestClient
    from twitter_ads_client import AdsClient

    from adsapi.sandbox.users import DEFAULT_USER

    user = user or DEFAULT_USER
    http = TestClient(app, base_url="http://127.0.0.1")
    if on_response is not None:
        http.event_hooks["response"] = [on_response]
    return AdsClient(
        user.consumer_key,
        user.consumer_secret,
        user.access_token,
        user.access_token_secret,
        base_url="http://127.0.0.1",  # not used for routing: the transport is the app itself
        http_client=http,
        strict_response_validation=True,  # the sandbox must answer as the spec says
    )


@click.command()
@click.option(
    "--report",
    "report_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also write the sandbox's conformance report (JSON) there.",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Identifiers' random seed.")
@click.option(
    "--client",
    "client_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="A folder written by `adsapi generate` whose client to drive [default: the installed "
    "twitter_ads_client, else one generated from the spec into the user cache].",
)
def demo(report_path: Path | None, seed: int, client_dir: Path | None) -> None:
    """Drive the generated client through a real workflow against an in-process sandbox."""
    twitter_ads_client = _client_package(client_dir)

    from adsapi.sandbox.app import create_app
    from adsapi.sandbox.render import summary_line
    from adsapi.spec import load_spec

    out = Console(highlight=False)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    # Sandbox entities deliver as if created 35 days ago, so the demo campaign has a history.
    os.environ.setdefault("ADSAPI_SANDBOX_HISTORY_DAYS", "35")
    app = create_app(load_spec(), strict=True, seed=seed, report_path=report_path)
    out.print(
        f"[bold]twitter-ads-client {twitter_ads_client.__version__} (API "
        f"{twitter_ads_client.API_VERSION}) against the in-process sandbox, strict mode[/bold]"
    )
    spec = load_spec()
    try:
        with client_for(app) as client:
            run_workflow(
                client, lambda s: out.print(f"  [green]ok[/green] {s.description}: {s.outcome}")
            )
            shown = {
                o["operation"]
                for o in app.state.sandbox.report.as_json()["operations"]
                if o["requests"]
            }
            swept = sweep(client, spec, shown | {"getStats", "createAnalyticsJob"})
            if swept:
                out.print(
                    f"  [green]ok[/green] every other operation once, with arguments derived "
                    f"from the spec: {len(swept)} ({', '.join(swept[:4])}"
                    f"{', ...' if len(swept) > 4 else ''})"
                )
            stats = analytics_workflow(client, twitter_ads_client)
    except (WorkflowError, twitter_ads_client.APIError) as exc:
        err.print(f"[red]workflow failed:[/red] {type(exc).__name__}: {exc}", markup=True)
        sys.exit(1)
    report = app.state.sandbox.report.as_json()
    out.print(f"[bold]Conformance report:[/bold] {summary_line(report)}")
    by_resource: dict[str, list[dict[str, Any]]] = {}
    for operation in report["operations"]:
        if operation["requests"] and operation["operation"] in spec.operations:
            resource = spec.operation(operation["operation"]).resource
            by_resource.setdefault(resource, []).append(operation)
    for resource, operations in by_resource.items():
        results = sorted({o["result"] for o in operations})
        requests = sum(o["requests"] for o in operations)
        out.print(
            f"  {'/'.join(results):<5} {resource}: {len(operations)} operation(s), "
            f"{requests} request(s)"
        )
        for operation in operations:
            if operation["result"] != "pass":
                out.print(f"        {operation['result']} {operation['operation']}")
    # Last, what an advertiser came for: the demo campaign's stats, read both ways.
    out.print("[bold]The demo campaign's stats:[/bold]")
    for line in stats:
        out.print(f"  [green]ok[/green] {line}")
    if report_path is not None:
        app.state.sandbox.write_report()
    if report["summary"]["operations_failed"] or report["summary"]["violations"]:
        sys.exit(1)
