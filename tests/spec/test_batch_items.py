"""The model describes the members of each batch item's `params` like parameters."""

from __future__ import annotations

from jsonschema import Draft202012Validator

from adsapi.spec import ApiSpec


def test_batch_item_parameters_mirror_the_params_schemas(spec: ApiSpec) -> None:
    batches = [op for op in spec.operations.values() if op.batch is not None]
    assert batches
    for op in batches:
        assert op.batch is not None
        assert set(op.batch.item_parameters) == set(op.batch.operations)
        for op_type, parameters in op.batch.item_parameters.items():
            schema = op.batch.params_schemas[op_type]
            assert {p.name for p in parameters} == set(schema["properties"])
            assert {p.name for p in parameters if p.required} == set(schema.get("required", ()))
            assert all(p.location == "body" for p in parameters)


def test_batch_item_parameters_keep_shape_default_and_nullability(spec: ApiSpec) -> None:
    batch = spec.operation("batchCampaigns").batch
    assert batch is not None
    create = {p.name: p for p in batch.item_parameters["Create"]}
    update = {p.name: p for p in batch.item_parameters["Update"]}
    assert create["budget_optimization"].default == "CAMPAIGN"
    assert create["name"].required and create["name"].shape.constraints.max_length == 255
    assert update["campaign_id"].required
    assert update["total_budget_amount_local_micro"].shape.nullable
    assert not create["total_budget_amount_local_micro"].shape.nullable
    # Each parameter's schema is the params member itself: a value valid for it is valid there.
    validator = Draft202012Validator(batch.params_schemas["Update"])
    assert validator.is_valid({"campaign_id": "8wku2", "total_budget_amount_local_micro": None})
    assert not validator.is_valid({"campaign_id": "8wku2", "name": None})
    assert update["name"].shape.nullable is False
