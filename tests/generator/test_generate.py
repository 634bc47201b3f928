"""The generator: deterministic, writes only what changed, checks, caches, works from any
ApiSpec; and the generated tree in the repository is up to date."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import twitter_ads_client
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from adsapi.cli import main
from adsapi.generator import PlanError, generate, render
from adsapi.generator.annotations import py_literal
from adsapi.generator.formatting import ContentCache
from adsapi.generator.naming import identifier, snake_case
from adsapi.spec import ApiSpec, load_spec

SPEC = load_spec()
# Under pytest-xdist, the rendered package is made once, in one worker.
pytestmark = pytest.mark.xdist_group("generate")
# The tree the client under test comes from: generated/, or the one generated for the spec
# named by $ADSAPI_SPEC (bench/suite.py).
GENERATED = Path(twitter_ads_client.__file__).resolve().parents[1]


@pytest.fixture(scope="session")  # session: the xdist group runs its tests on one worker
def files() -> dict[str, str]:
    return render(SPEC)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "generated"
    shutil.copytree(GENERATED, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_the_committed_tree_is_what_the_spec_generates(files: dict[str, str]) -> None:
    report = generate(SPEC, GENERATED, check=True)
    assert report.stale == []
    assert set(files) >= {"openapi.json", "pyproject.toml", "twitter_ads_client/py.typed"}


def test_output_is_byte_for_byte_deterministic(files: dict[str, str], tmp_path: Path) -> None:
    cache = ContentCache(tmp_path / "cache.json")
    assert render(SPEC, cache) == files  # a fresh render, cold cache
    cache.save()
    warm = ContentCache(tmp_path / "cache.json")
    assert render(SPEC, warm) == files
    assert warm.misses == 0  # nothing formatted or generated again


def test_check_names_the_stale_files_and_generate_fixes_only_those(tree: Path) -> None:
    (tree / "twitter_ads_client/_client.py").write_text("# edited by hand\n")
    (tree / "twitter_ads_client/types/account.py").unlink()
    (tree / "twitter_ads_client/leftover.py").write_text("")
    cache = tree.parent / "cache.json"
    report = generate(SPEC, tree, check=True, cache_path=cache)
    assert report.stale == [
        "twitter_ads_client/_client.py",
        "twitter_ads_client/leftover.py",
        "twitter_ads_client/types/account.py",
    ]
    untouched = tree / "twitter_ads_client/_spec.py"
    before = untouched.stat().st_mtime_ns
    assert generate(SPEC, tree, cache_path=cache).stale == report.stale
    assert untouched.stat().st_mtime_ns == before  # only what changed is written
    assert not (tree / "twitter_ads_client/leftover.py").exists()
    assert generate(SPEC, tree, check=True, cache_path=cache).stale == []


def test_the_command_exits_non_zero_naming_stale_files(tree: Path) -> None:
    (tree / "README.md").write_text("stale")
    runner = CliRunner()
    result = runner.invoke(main, ["generate", "--check", "--output", str(tree)])
    assert result.exit_code == 1 and "README.md" in result.output
    result = runner.invoke(main, ["generate", "--output", str(tree)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["generate", "--check", "--output", str(tree)])
    assert result.exit_code == 0 and "up to date" in result.output


def test_generation_works_from_any_api_spec_object() -> None:
    # Another version's model, here the spec without campaigns: its own, smaller package.
    resources = {k: v for k, v in SPEC.resources.items() if k != "campaigns"}
    operations = {k: v for k, v in SPEC.operations.items() if v.resource != "campaigns"}
    smaller: ApiSpec = dataclasses.replace(SPEC, resources=resources, operations=operations)
    files = render(smaller)
    assert "twitter_ads_client/resources/campaigns.py" not in files
    assert "twitter_ads_client/resources/accounts.py" in files
    assert "def campaigns" not in files["twitter_ads_client/_client.py"]
    assert not re.search(r"\bCampaign", files["twitter_ads_client/types/__init__.py"])


def test_a_wire_style_the_client_cannot_honour_is_refused() -> None:
    operation = SPEC.operation("listCampaigns")
    exploded = tuple(
        dataclasses.replace(p, explode=True) if p.name == "campaign_ids" else p
        for p in operation.parameters
    )
    changed = dataclasses.replace(operation, parameters=exploded)
    resource = dataclasses.replace(
        SPEC.resources["campaigns"],
        operations=tuple(
            changed if op.operation_id == "listCampaigns" else op
            for op in SPEC.resources["campaigns"].operations
        ),
    )
    broken = dataclasses.replace(SPEC, resources={**SPEC.resources, "campaigns": resource})
    with pytest.raises(PlanError, match="campaign_ids is an exploded list"):
        render(broken)


@given(st.text())
def test_long_strings_survive_as_python_literals(text: str) -> None:
    assert eval(py_literal(text)) == text


@pytest.mark.parametrize(
    ("name", "snake", "python"),
    [
        ("fundingInstrument", "funding_instrument", "fundingInstrument"),
        ("FundingInstrument", "funding_instrument", "FundingInstrument"),
        ("from", "from", "from_"),
        ("timeout", "timeout", "timeout_"),
        ("x-rate", "x_rate", "x_rate"),
    ],
)
def test_names(name: str, snake: str, python: str) -> None:
    assert snake_case(name) == snake
    assert identifier(name, frozenset({"timeout"})) == python


def test_a_run_with_nothing_new_loads_no_spec_and_an_edit_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import adsapi.spec

    monkeypatch.setenv("ADSAPI_CACHE_DIR", str(tmp_path / "cache"))
    spec_root = tmp_path / "spec"
    shutil.copytree(Path(str(SPEC.root)).parent, spec_root)
    output = tmp_path / "out"
    command = ["generate", "--spec", str(spec_root / "openapi.yaml"), "--output", str(output)]
    runner = CliRunner()
    assert runner.invoke(main, command).exit_code == 0

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError("the spec was loaded")

    with monkeypatch.context() as patched:
        patched.setattr(adsapi.spec, "load_spec", unexpected)
        result = runner.invoke(main, command)
        assert result.exit_code == 0, result.output
        assert "0 added, 0 changed, 0 removed" in result.output, result.output
    campaigns = spec_root / "resources" / "campaigns.yaml"
    text = campaigns.read_text(encoding="utf-8")
    edited = "Returns one campaign of the ads account, edited."
    campaigns.write_text(text.replace("Returns one campaign of the ads account.", edited))
    # A new process: this one keeps the models it loaded, as every process does.
    result = subprocess.run(
        [sys.executable, "-m", "adsapi", *command], capture_output=True, text=True, check=True
    )
    assert "0 added, 2 changed" in result.stdout, result.stdout  # the resource, openapi.json
    assert edited in (output / "twitter_ads_client/resources/campaigns.py").read_text()
