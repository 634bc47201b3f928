"""OpenAPI validation of the bundled document, with every problem located in its source file.

openapi-spec-validator reports schema problems relative to the schema it was looking at, and
raises on some inputs instead of reporting. So validation runs in three passes, each only when
the previous one found nothing:

1. the document against the OpenAPI 3.1 JSON Schema (paths in errors are absolute);
2. every schema object against the OpenAPI 3.1 schema dialect, anchored at its own location;
3. openapi-spec-validator's semantic checks (duplicate ids, path parameters, defaults, ...).
"""

from __future__ import annotations

import hashlib
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.validators import validator_for
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import OpenAPIV31SpecValidator

from adsapi.spec.lint import iter_objects
from adsapi.spec.loader import Bundle
from adsapi.spec.problems import Problem, join_pointer


def _dialect_validator() -> Any:
    # The OpenAPI meta-schemas ship with openapi-schema-validator; using its registry keeps
    # validation offline (jsonschema would otherwise try to download them).
    from openapi_schema_validator._specifications import REGISTRY

    meta_cls = validator_for(OAS31Validator.META_SCHEMA, default=OAS31Validator)
    return meta_cls(OAS31Validator.META_SCHEMA, registry=REGISTRY)


def _message(error: ValidationError) -> str:
    # One line per problem: the validators append a dump of the failing schema after it.
    first = error.message.strip().splitlines()[0] if error.message.strip() else repr(error)
    return first if len(first) <= 300 else first[:297] + "..."


# Results by document: every version of the spec, and a spec read from a git revision, is
# often the very document validated a moment ago; validation takes most of a second.
_RESULTS: dict[str, tuple[tuple[str, str], ...]] = {}
_KEPT = 64


def validate_openapi(bundle: Bundle) -> list[Problem]:
    """Problems that make the bundle an invalid OpenAPI 3.1 document."""
    key = hashlib.sha256(repr(bundle.document).encode()).hexdigest()
    found = _RESULTS.get(key)
    if found is None:
        found = _RESULTS[key] = tuple(_problems(bundle.document))
        if len(_RESULTS) > _KEPT:
            del _RESULTS[next(iter(_RESULTS))]
    return [bundle.problem(pointer, message) for pointer, message in found]


def _problems(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(bundled pointer, message) of every problem, in three passes (see the module's doc)."""
    validator = OpenAPIV31SpecValidator(document)
    problems = [
        (join_pointer("", *error.absolute_path), _message(error))
        for error in validator.schema_validator.iter_errors(document)
    ]
    if problems:
        return problems

    dialect = _dialect_validator()
    # Each schema that is not inside another one; the meta-schema checks its subschemas with it.
    roots = (
        (pointer, schema)
        for place, pointer, schema in iter_objects(document, nested_schemas=False)
        if place == "schema"
    )
    for pointer, schema in roots:
        for error in dialect.iter_errors(schema):
            where = join_pointer(pointer, *error.absolute_path)
            problems.append((where, f"invalid schema: {_message(error)}"))
    if problems:
        return problems

    try:
        for error in validator.iter_errors():
            where = getattr(error, "json_path", "$")
            problems.append(("", f"{_message(error)} (at {where})"))
    except Exception as exc:  # the validator raises on inputs it cannot walk
        problems.append(("", f"OpenAPI validator failed: {type(exc).__name__}: {exc}"))
    return problems
