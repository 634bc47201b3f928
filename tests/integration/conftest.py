"""Session fixtures: each version's generated client, and its sandbox bench, made once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.client.harness import _LOOP
from tests.integration.clients import Bench, VersionClients


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """These tests share the clients generated for every version: one worker runs them all
    (under pytest-xdist's loadgroup), so the clients are generated once."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.xdist_group("version-clients"))


@pytest.fixture(scope="session")
def version_clients(tmp_path_factory: pytest.TempPathFactory) -> VersionClients:
    return VersionClients(Path(tmp_path_factory.mktemp("version-clients")))


@pytest.fixture(scope="session")
def bench_for(version_clients: VersionClients) -> Callable[[str], Bench]:
    """`bench_for("4")`: version 4's client against a strict sandbox emulating a day that
    serves version 4 (limits raised: the test is about the wire, not about rate limits)."""
    from tests.sandbox.versioned import day_serving

    benches: dict[str, Bench] = {}

    def bench(version: str) -> Bench:
        if version not in benches:
            benches[version] = Bench.build(
                version,
                version_clients.module(version),
                _LOOP,
                as_of=day_serving(version),
                rate_limit_scale=1000,
            )
        return benches[version]

    return bench
