"""A hostile client against a real sandbox process on loopback: replays across a restart.

Each test here failed against the sandbox before it was hardened (issue 10, commit e85d13f).
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx2
from authlib.oauth1 import ClientAuth

from adsapi.sandbox.driver import Driver
from tests.sandbox.conftest import ALICE, SPEC, Server, errors_of


def test_a_request_replayed_after_a_restart_is_401(tmp_path: Path, servers: list[Server]) -> None:
    """Nonces lived in memory while `--db` keeps the state: a signed create replayed within the
    timestamp window after a restart was accepted and made a second account."""
    db = tmp_path / "state.sqlite3"
    first = Server(tmp_path, "first", "--db", str(db))
    servers.append(first)
    url = f"{first.url}/12/accounts"
    signer = ClientAuth(
        ALICE.consumer_key,
        ALICE.consumer_secret,
        token=ALICE.access_token,
        token_secret=ALICE.access_token_secret,
    )
    _, headers, _ = signer.sign("POST", url, {}, None)
    signed_at = time.time()
    assert httpx2.post(url, headers=headers).status_code == 200
    assert httpx2.post(url, headers=headers).status_code == 401  # a replay, the same run
    first.kill()
    time.sleep(max(0.0, 1.05 - (time.time() - signed_at)))  # a restart is in a later second
    second = Server(tmp_path, "second", "--db", str(db), port=first.port)
    servers.append(second)
    replayed = httpx2.post(url, headers=headers)
    assert replayed.status_code == 401, replayed.text
    assert errors_of(replayed) == [("UNAUTHORIZED_ACCESS", "oauth_nonce")]
    with Driver(SPEC, ALICE, base_url=second.url) as alice:
        assert len(alice.ok("listAccounts")["data"]) == 1
