"""The README's quickstart, run as written against the in-process sandbox: the credentials come
from the environment variables the README exports, and the client's base URL is the one the
README gives (the transport is the app itself, so no port is needed)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import twitter_ads_client
from starlette.testclient import TestClient

from adsapi.sandbox.app import create_app

README = Path(__file__).resolve().parents[1] / "README.md"
MARKER = "<!-- quickstart:"
TARGETING_MARKER = "<!-- targeting example:"


def _blocks(marker: str = MARKER) -> tuple[dict[str, str], str]:
    """The `export NAME=value` lines before the quickstart, and the Python block after
    `marker`."""
    text = README.read_text(encoding="utf-8")
    exports = dict(
        re.findall(r"^export (TWITTER_\w+)=(\S+)$", text[: text.index(MARKER)], re.MULTILINE)
    )
    start = text.index(marker)
    block = re.search(r"```python\n(.*?)```", text[start:], re.DOTALL)
    assert block is not None, f"the marker {marker!r} is not followed by a Python block"
    return exports, block.group(1)


def _run(
    monkeypatch: pytest.MonkeyPatch, marker: str
) -> tuple[Any, twitter_ads_client.AdsClient, dict[str, Any]]:
    """Run the README block after `marker` as written against a strict in-process sandbox:
    the app, the client the block built, and the block's names."""
    exports, code = _blocks(marker)
    assert set(exports) == {
        "TWITTER_CONSUMER_KEY",
        "TWITTER_CONSUMER_SECRET",
        "TWITTER_ACCESS_TOKEN",
        "TWITTER_ACCESS_TOKEN_SECRET",
    }
    for name, value in exports.items():
        monkeypatch.setenv(name, value)
    app = create_app(strict=True)
    built: list[Any] = []

    class InProcess(twitter_ads_client.AdsClient):
        """The README's client, with the sandbox app as its transport."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            base_url = kwargs["base_url"]
            kwargs["http_client"] = TestClient(app, base_url=base_url)
            kwargs["strict_response_validation"] = True
            super().__init__(*args, **kwargs)
            built.append(self)

    monkeypatch.setattr(twitter_ads_client, "AdsClient", InProcess)
    namespace: dict[str, Any] = {}
    exec(compile(code, f"README.md {marker}", "exec"), namespace)
    (client,) = built
    return app, client, namespace


def test_the_readme_quickstart_runs_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app, client, namespace = _run(monkeypatch, MARKER)
    account, campaign = namespace["account"], namespace["campaign"]
    live = list(client.campaigns.list(account.id, with_draft=True))
    assert [c.id for c in live] == [campaign.id], "the batch-created campaigns were deleted"
    assert live[0].total_budget_amount_local_micro is None
    for extra in namespace["created"]:
        assert client.campaigns.get(account.id, extra.id, with_deleted=True).deleted is True
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].split() == [campaign.id, "Spring", "sale", "PAUSED"]
    assert printed[-1].endswith("Spring sale")
    report = app.state.sandbox.report.summary()
    assert report["violations"] == 0 and report["deviations"] == 0, report


def test_the_readme_targeting_example_runs_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app, client, namespace = _run(monkeypatch, TARGETING_MARKER)
    account, line_item = namespace["account"], namespace["line_item"]
    listed = list(client.targeting_criteria.list(account.id, line_item_ids=[line_item.id]))
    assert [(c.targeting_type, c.name) for c in listed] == [
        ("LOCATION", "San Francisco, CA, US"),
        ("PHRASE_KEYWORD", "free trial"),
    ]
    assert capsys.readouterr().out.splitlines()[0] == "San Francisco, CA, US 14eca36031a5b59b"
    report = app.state.sandbox.report.summary()
    assert report["violations"] == 0 and report["deviations"] == 0, report
