"""The on-disk model cache: used while its inputs are unchanged, rebuilt as soon as one changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adsapi.spec import DEFAULT_SPEC, _load, cache, load_spec
from adsapi.spec.model import NO_DEFAULT


@pytest.fixture()
def spec_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ADSAPI_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copytree(DEFAULT_SPEC.parent, tmp_path / "spec")
    _load.cache_clear()  # the in-process cache would hide the disk one
    yield tmp_path / "spec" / "openapi.yaml"
    _load.cache_clear()


def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every real build (cache miss) from now on."""
    calls: list[str] = []
    original = cache.cached_model

    def spy(root, version, build):
        def counted():
            calls.append(str(version))
            return build()

        return original(root, version, counted)

    monkeypatch.setattr("adsapi.spec.cached_model", spy)
    return calls


def test_second_load_comes_from_disk_and_equals_the_first(
    spec_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = builds(monkeypatch)
    first = load_spec(spec_copy)
    _load.cache_clear()
    second = load_spec(spec_copy)
    assert calls == ["None"]
    assert second is not first
    assert second.document == first.document
    assert second.operations.keys() == first.operations.keys()
    # The "no default" marker survives the round trip as the very same object.
    assert second.operation("listCampaigns").parameter("cursor").default is NO_DEFAULT


def test_any_changed_input_rebuilds(spec_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = builds(monkeypatch)
    load_spec(spec_copy)
    resources = spec_copy.parent / "resources" / "campaigns.yaml"
    resources.write_text(
        resources.read_text()
        .replace("maxItems: 40", "maxItems: 30")
        .replace("max-items: 40", "max-items: 30")
    )
    _load.cache_clear()
    assert load_spec(spec_copy).operation("batchCampaigns").batch.max_items == 30
    version_file = spec_copy.parent / "versions" / "3.yaml"
    load_spec(spec_copy, version="3")
    version_file.write_text(version_file.read_text() + "\n")
    _load.cache_clear()
    load_spec(spec_copy, version="3")
    assert calls == ["None", "None", "3", "3"]


def test_cache_can_be_switched_off(spec_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSAPI_CACHE_DIR", "off")
    calls = builds(monkeypatch)
    load_spec(spec_copy)
    _load.cache_clear()
    load_spec(spec_copy)
    assert calls == ["None", "None"]
    assert not (spec_copy.parent.parent / "cache").exists()
