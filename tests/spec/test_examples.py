"""Every example and default in the spec validates against its schema (JSON Schema 2020-12)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from adsapi.spec import ApiSpec, load_spec
from adsapi.spec.lint import iter_objects
from adsapi.spec.problems import join_pointer


def collect_examples(spec: ApiSpec) -> Iterator[tuple[str, Any, Any]]:
    """(where, schema, value) for each example or default found in the bundled document."""
    for place, pointer, obj in iter_objects(dict(spec.document)):
        if place == "schema":
            for index, value in enumerate(obj.get("examples") or []):
                yield join_pointer(pointer, "examples", index), obj, value
            if "default" in obj:
                yield join_pointer(pointer, "default"), obj, obj["default"]
        elif place in ("media-type", "parameter", "header") and "schema" in obj:
            if "example" in obj:
                yield join_pointer(pointer, "example"), obj["schema"], obj["example"]
            for name, example in (obj.get("examples") or {}).items():
                example = spec.resolve(example) if "$ref" in example else example
                yield join_pointer(pointer, "examples", name), obj["schema"], example["value"]


SPEC = load_spec()
EXAMPLES = list(collect_examples(SPEC))


def test_examples_are_found_everywhere_they_are_expected() -> None:
    assert len(EXAMPLES) > 60
    for op in SPEC.operations.values():
        assert op.success.examples, f"{op.operation_id} has no example answer"
        if op.has_form_body or op.body is not None:
            where = join_pointer(op.pointer, "requestBody")
            assert any(w.startswith(where) for w, _, _ in EXAMPLES), (
                f"{op.operation_id}: no body example"
            )


@pytest.mark.parametrize(("where", "schema", "value"), EXAMPLES, ids=[w for w, _, _ in EXAMPLES])
def test_example_validates(where: str, schema: Any, value: Any) -> None:
    resolved = SPEC.resolve(schema)
    validator = Draft202012Validator(resolved, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
    assert not errors, f"{where}: " + "; ".join(errors)


def test_a_broken_example_is_caught() -> None:
    # The check above must be able to fail: a campaign answer without an id does not validate.
    op = SPEC.operation("getCampaign")
    example = dict(op.success.examples["campaign"])
    example["data"] = {k: v for k, v in example["data"].items() if k != "id"}
    validator = Draft202012Validator(
        SPEC.resolve(op.success.schema), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    assert any("'id' is a required property" in e.message for e in validator.iter_errors(example))
    example["data"] = {**op.success.examples["campaign"]["data"], "created_at": "2022-06-03 21:38"}
    assert list(validator.iter_errors(example))
