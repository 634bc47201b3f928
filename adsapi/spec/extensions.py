"""Every `x-` extension the spec may use, where it may appear, and what it means.

The README's extension table documents the same list in prose; a test keeps the two equal,
and `adsapi check` rejects any extension not listed here or used in the wrong place.
"""

from __future__ import annotations

from dataclasses import dataclass

Place = str  # root, server, tag, operation, parameter, schema


@dataclass(frozen=True)
class Extension:
    name: str
    places: tuple[Place, ...]
    meaning: str


EXTENSIONS: dict[str, Extension] = {
    e.name: e
    for e in (
        Extension(
            "x-environment",
            ("server",),
            "`production` or `sandbox`: which API host the server entry is.",
        ),
        Extension(
            "x-resource",
            ("tag",),
            "Makes a tag a resource: its entity schema, identifier parameter, parent parameter, "
            "the error code for an unknown identifier and, optionally, its `client-path` in the "
            "generated client (`custom_audiences.users`).",
        ),
        Extension(
            "x-sandbox-only",
            ("operation",),
            "The operation only exists on the sandbox host.",
        ),
        Extension(
            "x-operation-kind",
            ("operation",),
            "`lookup` (a GET) or `action` (a POST, PUT or DELETE): the operation computes its "
            "answer instead of acting on its resource's stored entities, and the sandbox serves "
            "it with a handler of its own.",
        ),
        Extension(
            "x-rate-limit-class",
            ("operation", "parameter"),
            "On an operation: the rate-limit class it counts against. On a boolean parameter: "
            "the class a request that sets it to true counts against instead.",
        ),
        Extension(
            "x-rate-limit-classes",
            ("root",),
            "The rate-limit classes: limit, window in seconds, scope (`user` or `account`) and "
            "what shares a window (`counted`: `endpoint`, each operation its own, or `class`, "
            "the default).",
        ),
        Extension(
            "x-rules",
            ("operation",),
            "Rules across parameters, one of the kinds of adsapi/rules.py: `exclusive`, "
            "`not-greater-than`, `only-when`, `max-items-together`, `required-when`, "
            "`not-allowed-when`, `not-only`, `whole-hours`, `time-window`, `local-midnight`, "
            "`allowed-per`, `alone`, `sums-to`, `looked-up` (values only the server can judge), "
            "`most-per-batch`, each with the error code a violation gets, and "
            "`ignored-with` and `ignored-when` (no error: the parameter has no effect). A "
            "`<parameter>.<attribute>` condition names an attribute of the referenced entity.",
        ),
        Extension(
            "x-metric-group",
            ("schema",),
            "On a metric of the analytics answers: the metric group (`metric_groups` value) that "
            "asks for it.",
        ),
        Extension(
            "x-result-file",
            ("schema",),
            "On an attribute holding a URL: the file it points to, outside the API's hosts "
            "(no OAuth), its `media-type`, `content-encoding` and the component `schema` of its "
            "decoded JSON content.",
        ),
        Extension(
            "x-client-mixin",
            ("schema",),
            "On an entity schema: a class of the client runtime's `_jobs` module the generated "
            "model derives from too, giving it behaviour (an analytics job's `wait()` and "
            "`download()`); answers of that model are bound to the client that read them.",
        ),
        Extension(
            "x-batch",
            ("operation",),
            "A batch endpoint: most items, the single-item operation behind each operation "
            "type, all-or-nothing and order-preserving.",
        ),
        Extension(
            "x-pagination",
            ("operation",),
            "The operation is a paged collection (`cursor` style).",
        ),
        Extension(
            "x-partial-update",
            ("operation",),
            "Only the parameters sent change; `null` (an empty value on the wire) clears an "
            "optional attribute.",
        ),
        Extension(
            "x-filter",
            ("parameter",),
            "How a parameter narrows a collection: the entity attribute it matches and how "
            "(`any-of`, `prefix-ignore-case`; for a boolean flag, `includes` or `only` with the "
            "attribute `value` it is about).",
        ),
        Extension(
            "x-attribute",
            ("parameter", "schema"),
            "On a create or update parameter (a form parameter is a schema property): the entity "
            "attribute it sets, when that is not its own name.",
        ),
        Extension(
            "x-references",
            ("schema",),
            "The value is the identifier of an entity of the named resource, in the same account "
            "(each item of a list); `{resource, attribute}` matches another attribute; "
            "`{by, resources}`: another parameter's value picks the resource.",
        ),
        Extension(
            "x-also-accepted",
            ("schema",),
            "Non-canonical input forms the API also accepts for this value.",
        ),
        Extension(
            "x-currency-precision",
            ("schema",),
            "Decimal places of each currency of the enum.",
        ),
        Extension(
            "x-http-status",
            ("schema",),
            "The HTTP status that answers the error codes of this enum.",
        ),
        Extension(
            "x-enum-descriptions",
            ("schema",),
            "What each value of the enum means.",
        ),
        Extension(
            "x-enum-renamed",
            ("schema",),
            "Written by the versions' rename-enum-value changes, on an enum of an older version: "
            "each value that the newest version calls otherwise, with that name.",
        ),
        Extension(
            "x-api-versions",
            ("root",),
            "Every API version with its introduction, deprecation and end-of-life dates.",
        ),
    )
}
