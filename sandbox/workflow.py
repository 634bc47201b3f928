"""A real workflow against the sandbox, as a client would run it: `make run` shows it.

Create a sandbox account, find its funding instrument, create campaigns, list and page them,
update one, apply a batch and delete one, checking each answer. It talks to the API only through
`Driver.call`, so moving it to the generated client is a change of driver.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sandbox.driver import Driver


@dataclass
class Step:
    description: str
    outcome: str


class WorkflowError(AssertionError):
    pass


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise WorkflowError(message)


def run_workflow(driver: Driver, say: Callable[[Step], None] = lambda step: None) -> list[Step]:
    """Run every step; raise WorkflowError (or CallFailed) at the first unexpected answer."""
    steps: list[Step] = []

    def done(description: str, outcome: str) -> None:
        step = Step(description, outcome)
        steps.append(step)
        say(step)

    account = driver.ok("createAccount")["data"][0]
    account_id = account["id"]
    done("create a sandbox account", f"account {account_id} ({account['name']})")

    instruments = driver.ok("listFundingInstruments", account_id=account_id)["data"]
    _expect(len(instruments) == 1, "a new sandbox account has exactly one funding instrument")
    instrument = instruments[0]
    _expect(instrument["able_to_fund"], "the account's funding instrument can fund")
    done(
        "find its funding instrument",
        f"{instrument['id']}: {instrument['type']} in {instrument['currency']}",
    )

    created: list[dict[str, Any]] = []
    for index, budget in enumerate((50_000_000, 20_000_000, 75_000_000), start=1):
        created.append(
            driver.ok(
                "createCampaign",
                account_id=account_id,
                funding_instrument_id=instrument["id"],
                name=f"Spring sale {index}",
                daily_budget_amount_local_micro=budget,
                entity_status="PAUSED",
            )["data"]
        )
    _expect(all(c["currency"] == instrument["currency"] for c in created), "currency follows")
    done("create three campaigns", ", ".join(c["id"] for c in created))

    first = driver.ok("listCampaigns", account_id=account_id, count=2, with_total_count=True)
    _expect(first["total_count"] == 3, "total_count counts every campaign")
    _expect(first["next_cursor"] is not None, "two of three leaves a next page")
    second = driver.ok("listCampaigns", account_id=account_id, count=2, cursor=first["next_cursor"])
    _expect(second["next_cursor"] is None, "the second page is the last")
    seen = [c["id"] for c in first["data"] + second["data"]]
    _expect(seen == [c["id"] for c in created], "paging returns every campaign once, in order")
    done("list and page them (count=2)", f"{len(first['data'])} + {len(second['data'])} campaigns")

    target = created[0]
    updated = driver.ok(
        "updateCampaign",
        account_id=account_id,
        campaign_id=target["id"],
        entity_status="ACTIVE",
        total_budget_amount_local_micro=500_000_000,
    )["data"]
    _expect(updated["entity_status"] == "ACTIVE", "the update applied")
    _expect(updated["name"] == target["name"], "what was not sent is unchanged")
    done(
        "update one (activate, add a total budget)",
        f"{updated['id']} is {updated['entity_status']}",
    )

    batch = driver.ok(
        "batchCampaigns",
        account_id=account_id,
        body=[
            {
                "operation_type": "Create",
                "params": {"name": "Batch-made", "funding_instrument_id": instrument["id"]},
            },
            {
                "operation_type": "Update",
                "params": {"campaign_id": created[1]["id"], "name": "Spring sale 2 (renamed)"},
            },
            {"operation_type": "Delete", "params": {"campaign_id": created[2]["id"]}},
        ],
    )["data"]
    _expect([c["deleted"] for c in batch] == [False, False, True], "batch results keep order")
    done("batch: create, rename and delete", ", ".join(c["id"] for c in batch))

    deleted = driver.ok("deleteCampaign", account_id=account_id, campaign_id=target["id"])["data"]
    _expect(deleted["deleted"] is True, "delete answers the deleted campaign")
    gone = driver.call("getCampaign", account_id=account_id, campaign_id=target["id"])
    _expect(gone.status_code == 404, "a deleted campaign is not found")
    remaining = driver.ok("listCampaigns", account_id=account_id, with_total_count=True)
    kept = driver.ok(
        "listCampaigns", account_id=account_id, with_deleted=True, with_total_count=True
    )
    _expect(remaining["total_count"] == 2, "two campaigns are left")
    _expect(kept["total_count"] == 4, "with_deleted shows the deleted ones too")
    done(
        "delete one, then list",
        f"{remaining['total_count']} live, {kept['total_count']} with deleted",
    )
    return steps
