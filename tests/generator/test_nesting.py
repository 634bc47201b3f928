"""Nested resources: `x-resource`'s `client-path` hangs a resource under another one
(`client.accounts.campaigns`) or under a namespace with no operations of its own
(`client.reporting.jobs`). A grown copy of the spec adds two renamed
copies of campaigns (`bench/grown_spec.py`), declared at those two places. Its client is
generated, imported under its own name, driven sync, async and raw against a strict sandbox
serving that spec, and checked by `mypy --strict`."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import httpx2
import pytest
import yaml

from adsapi.demo import client_caller
from adsapi.generator import PlanError, render
from adsapi.generator.formatting import ContentCache
from adsapi.generator.output import apply, compare
from adsapi.locations import user_cache_dir
from adsapi.sandbox.app import create_app
from adsapi.spec import ApiSpec, check_spec, load_spec
from bench.grown_spec import grow
from tests.client.test_static import mypy_strict
from tests.integration.clients import BASE_URL, CREDENTIALS, SyncASGITransport

SPEC = load_spec()
PLACES = {"copyb_campaigns": "accounts.campaigns", "copyc_campaigns": "reporting.jobs"}
NAME = "twitter_ads_client_nested"


@dataclass
class Nested:
    spec: ApiSpec
    files: dict[str, str]
    module: ModuleType
    packages: Path


@pytest.fixture(scope="module")
def nested(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Nested]:
    root = tmp_path_factory.mktemp("nested")
    copies = len(PLACES) * len(SPEC.resources["campaigns"].operations)
    grow(root / "spec", len(SPEC.operations) + copies)
    document = root / "spec" / "openapi.yaml"
    tree = yaml.safe_load(document.read_text(encoding="utf-8"))
    for tag in tree["tags"]:
        if tag["name"] in PLACES:
            tag["x-resource"]["client-path"] = PLACES[tag["name"]]
    document.write_text(yaml.safe_dump(tree, sort_keys=False), encoding="utf-8")
    spec = check_spec(document).spec  # valid and linted, client paths included
    cache = ContentCache(user_cache_dir() / "generator" / "test-nested.json")
    files = render(spec, cache)
    cache.save()
    output = root / "generated"
    apply(files, output, compare(files, output))
    packages = root / "packages"
    shutil.copytree(output / "twitter_ads_client", packages / NAME)  # its imports are relative
    sys.path.insert(0, str(packages))
    importlib.invalidate_caches()
    try:
        yield Nested(spec, files, importlib.import_module(NAME), packages)
    finally:
        sys.path.remove(str(packages))
        for name in [m for m in sys.modules if m == NAME or m.startswith(NAME + ".")]:
            del sys.modules[name]


def test_the_model_says_where_each_resource_hangs(nested: Nested) -> None:
    resources = nested.spec.resources
    assert resources["copyb_campaigns"].client_path == ("accounts", "campaigns")
    assert resources["copyc_campaigns"].client_path == ("reporting", "jobs")
    assert resources["campaigns"].client_path == ()  # not declared: at the top, by its name
    readme = nested.files["README.md"]
    assert "`client.accounts.campaigns`" in readme and "`client.reporting.jobs`" in readme
    assert "`client.reporting`" not in readme  # a namespace has no calls of its own


def test_nested_resources_sync_async_and_raw_against_a_strict_sandbox(nested: Nested) -> None:
    app = create_app({"12": nested.spec}, strict=True, seed=3)
    loop = asyncio.new_event_loop()
    module = nested.module
    client = module.AdsClient(
        **CREDENTIALS,
        base_url=BASE_URL,
        http_client=httpx2.Client(transport=SyncASGITransport(app, loop)),
        strict_response_validation=True,
    )
    aclient = module.AsyncAdsClient(
        **CREDENTIALS,
        base_url=BASE_URL,
        http_client=httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app)),
        strict_response_validation=True,
    )
    account = client.accounts.create()[0]
    instrument = next(iter(client.funding_instruments.list(account.id))).id

    # Under a resource: the resource's own calls and its child's, one attribute apart.
    nested_campaigns = client.accounts.campaigns
    assert type(nested_campaigns).__name__ == "CopybCampaigns"
    assert nested_campaigns is client.accounts.campaigns  # made once, on first use
    made = nested_campaigns.create(account.id, funding_instrument_id=instrument, name="under")
    assert [c.id for c in client.accounts.campaigns.list(account.id)] == [made.id]
    raw = client.with_raw_response.accounts.campaigns.get(account.id, made.id)
    assert isinstance(raw, module.APIResponse) and raw.parse().name == "under"
    # Tools that call by operationId find the nested method by its dotted attribute.
    assert module._spec.OPERATIONS["getCopybCampaign"][:2] == ("accounts.campaigns", "get")
    by_id = client_caller(client)
    assert (
        by_id("getCopybCampaign", {"account_id": account.id, "copyb_campaign_id": made.id})["name"]
        == "under"
    )
    assert client.accounts.get(account.id).id == account.id

    # Under a namespace: a class with the child and nothing else.
    assert type(client.reporting).__name__ == "Reporting"
    assert [n for n in dir(client.reporting) if not n.startswith("_")] == ["jobs"]
    job = client.reporting.jobs.create(account.id, funding_instrument_id=instrument, name="job")
    raw_job = client.with_raw_response.reporting.jobs.get(account.id, job.id)
    assert raw_job.parse().id == job.id

    async def drive() -> None:
        got = await aclient.accounts.campaigns.get(account.id, made.id)
        assert got.name == "under"
        jobs = [j.id async for j in aclient.reporting.jobs.list(account.id)]
        assert jobs == [job.id]
        raw = await aclient.with_raw_response.reporting.jobs.get(account.id, job.id)
        assert raw.parse().name == "job"
        assert type(aclient.accounts.campaigns).__name__ == "AsyncCopybCampaigns"

    loop.run_until_complete(drive())
    loop.run_until_complete(aclient.close())
    loop.close()
    client.close()
    report = app.state.sandbox.report.as_json()
    assert report["findings"] == []  # the strict sandbox accepted every request
    exercised = {op["operation"] for op in report["operations"] if op["statuses"]}
    assert {"createCopybCampaign", "listCopycCampaigns", "getCopycCampaign"} <= exercised


USAGE = f"""
from typing import assert_type

from {NAME} import AdsClient, APIResponse, AsyncAdsClient, AsyncPage, CopybCampaign, SyncPage
from {NAME}.resources import AsyncCopycCampaigns, CopybCampaigns, CopycCampaigns, Reporting


def sync_usage(client: AdsClient) -> None:
    assert_type(client.accounts.campaigns, CopybCampaigns)
    assert_type(client.accounts.campaigns.list("a"), SyncPage[CopybCampaign])
    assert_type(client.reporting, Reporting)
    assert_type(client.reporting.jobs, CopycCampaigns)
    raw = client.with_raw_response.accounts.campaigns.get("a", "b")
    assert_type(raw, APIResponse[CopybCampaign])
    client.reporting.list("a")  # type: ignore[attr-defined]


async def async_usage(client: AsyncAdsClient) -> None:
    assert_type(client.reporting.jobs, AsyncCopycCampaigns)
    assert_type(await client.accounts.campaigns.list("a"), AsyncPage[CopybCampaign])
    raw = await client.with_raw_response.reporting.jobs.get("a", "b")
    assert_type(raw.parse().name, str)
"""


def test_the_nested_package_and_its_use_pass_mypy_strict(nested: Nested) -> None:
    usage = nested.packages / "nested_usage.py"
    usage.write_text(USAGE, encoding="utf-8")
    assert mypy_strict(NAME, str(usage), cache="mypy-nested", cwd=nested.packages) == ""


def _placed(**paths: tuple[str, ...]) -> ApiSpec:
    resources = {
        name: dataclasses.replace(r, client_path=paths.get(name, r.client_path))
        for name, r in SPEC.resources.items()
    }
    return dataclasses.replace(SPEC, resources=resources)


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        ({"campaigns": ("request",)}, r"\['request'\] would hide the client's own attribute"),
        ({"campaigns": ("accounts", "list")}, r"\['list'\] have the name of a method"),
        ({"campaigns": ("accounts",)}, "campaigns and accounts both hang on the client"),
        # The namespace `funding.instruments` would be the module of the funding_instruments tag.
        (
            {"campaigns": ("funding", "instruments", "campaigns")},
            r"would be the module\(s\) \['funding_instruments'\]",
        ),
    ],
)
def test_places_the_generator_cannot_honour_are_refused(
    paths: dict[str, tuple[str, ...]], message: str
) -> None:
    with pytest.raises(PlanError, match=message):
        render(_placed(**paths))
