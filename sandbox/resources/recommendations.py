"""Campaign recommendations (versions up to 5, a closed beta): one per funding instrument of
the account, made when the account's recommendations are first listed. The sandbox has no
campaign optimiser, so a recommendation suggests no change (`changes` is empty) and stays
`PENDING`."""

from __future__ import annotations

from adsapi.sandbox.context import OperationContext, Page
from adsapi.sandbox.registry import handles

MESSAGE = "Sandbox recommendation: no change suggested"


@handles("listRecommendations")
def list_recommendations(ctx: OperationContext) -> Page:
    """The generic listing, after giving every live funding instrument of the account the
    recommendation it lacks."""
    have = {
        row.attrs.get("funding_instrument_id")
        for row in ctx.rows("recommendations", with_deleted=True)
    }
    for instrument in ctx.rows("funding_instruments"):
        if instrument.id not in have:
            made = {"funding_instrument_id": instrument.id, "status": "PENDING", "changes": []}
            ctx.create("recommendations", {**made, "message": MESSAGE})
    return ctx.listing()
