"""Response models, produced by datamodel-code-generator (called as a library, pydantic v2).

The entity schemas are reshaped first for what a client must be, reading answers:
- unknown attributes are kept (`extra="allow"`);
- an attribute that may be left out is `MISSING` when it is, so left out, `null` and a value
  stay three different things;
- an enum is `Literal[...] | str`: a value the spec does not list yet is kept, not an error;
- value constraints (patterns, lengths, ranges) are the server's business: a name one
  character longer than documented must not make a whole answer unreadable. Types are kept
  (integers, booleans, timezone-aware datetimes).
"""

from __future__ import annotations

import ast
import io
import json
import tokenize
from collections.abc import Callable, Mapping
from importlib.metadata import version
from typing import Any

from adsapi.generator import layout
from adsapi.generator.docstrings import paragraph
from adsapi.generator.formatting import source_hash
from adsapi.generator.layout import LINE_LENGTH, lay_out
from adsapi.spec.model import ApiSpec

_DROPPED = frozenset(
    {
        "examples",
        "example",
        "default",
        "readOnly",
        "writeOnly",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "const",
        "$comment",
    }
)
_SUBSCHEMA_LISTS = ("anyOf", "oneOf", "allOf")
_DOC_WIDTH = 84  # a field docstring is indented by four spaces


def response_schema(schema: Any) -> Any:
    """`schema` (resolved) reshaped for reading answers, as described in the module docstring."""
    if not isinstance(schema, Mapping):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _DROPPED or key.startswith("x-"):
            continue
        if key == "properties":
            out[key] = {name: response_schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, Mapping):
            out[key] = response_schema(value)
        elif key in _SUBSCHEMA_LISTS:
            out[key] = [response_schema(sub) for sub in value]
        elif key == "description":
            # Pre-wrapped: the generator writes descriptions as docstrings line by line.
            out[key] = "\n".join(paragraph(str(value), width=_DOC_WIDTH))
        else:
            out[key] = value
    return _open_enum(_merge_nullable(out))


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null"


def _merge_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`anyOf: [X, null]` -> X with `null` among its types (one model field, not a union of
    models)."""
    branches = schema.get("anyOf")
    if not branches or not any(_is_null(b) for b in branches):
        return schema
    others = [b for b in branches if not _is_null(b)]
    if len(others) != 1:
        return schema
    inner = {k: v for k, v in others[0].items() if k != "description"}
    merged = {**{k: v for k, v in schema.items() if k != "anyOf"}, **inner}
    if "anyOf" in inner:  # an opened enum: null is one more branch
        merged["anyOf"] = [*inner["anyOf"], {"type": "null"}]
    elif "type" in merged:
        merged["type"] = [*_types(merged), "null"]
    if "enum" in merged:
        merged["enum"] = [*merged["enum"], None]
    return merged


def _types(schema: Mapping[str, Any]) -> list[str]:
    kinds = schema["type"]
    return [k for k in (kinds if isinstance(kinds, list) else [kinds]) if k != "null"]


def _open_enum(schema: dict[str, Any]) -> dict[str, Any]:
    """An enum also admits any other value of its type."""
    if "enum" not in schema:
        return schema
    values = [v for v in schema["enum"] if v is not None]
    nullable = None in schema["enum"] or ("null" in schema.get("type", []))
    if not values:
        return schema
    base = _types(schema)[0] if "type" in schema else _json_type(values[0])
    rest = {k: v for k, v in schema.items() if k not in ("enum", "type")}
    branches: list[Any] = [{"type": base, "enum": values}, {"type": base}]
    if nullable:
        branches.append({"type": "null"})
    return {**rest, "anyOf": branches}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return "number" if isinstance(value, float) else "string"


def _none_last(source: str) -> str:
    """`X | None | MISSING` -> `X | MISSING | None`, the order ruff asks for (RUF036)."""
    return source.replace(" | None | MISSING", " | MISSING | None")


def _laid_out(source: str) -> str:
    """A module as datamodel-code-generator writes it without a formatter, in black's layout
    (see `generator.layout`): strings in double quotes, a blank line after a class docstring,
    long field lines split."""
    lines = _double_quoted(source).splitlines(keepends=True)
    for cls in reversed([n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]):
        for field in reversed(cls.body):
            if not isinstance(field, ast.AnnAssign) or field.lineno != field.end_lineno:
                continue
            line = lines[field.lineno - 1]
            if len(line.rstrip("\n")) <= LINE_LENGTH:
                continue
            indent = field.col_offset
            target = ast.unparse(field.target)
            default = f" = {ast.unparse(field.value)}" if field.value is not None else ""
            laid = lay_out(indent, f"{target}: ", ast.unparse(field.annotation), default)
            lines[field.lineno - 1] = " " * indent + laid + "\n"
        first = cls.body[0]
        docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
        if docstring and len(cls.body) > 1 and lines[first.end_lineno or 0].strip():
            lines.insert(first.end_lineno or 0, "\n")
    return "".join(lines)


def _double_quoted(source: str) -> str:
    """Single-quoted strings without quotes or escapes inside, in double quotes (black's)."""
    lines = source.splitlines(keepends=True)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        text = token.string
        if token.type != tokenize.STRING or not text.startswith("'") or text.startswith("'''"):
            continue
        if '"' in text or "\\" in text or token.start[0] != token.end[0]:
            continue
        row, start = token.start
        line = lines[row - 1]
        lines[row - 1] = line[:start] + '"' + text[1:-1] + '"' + line[token.end[1] :]
    return "".join(lines)


def _options() -> dict[str, Any]:
    from datamodel_code_generator import DataModelType, InputFileType, PythonVersion
    from datamodel_code_generator.enums import ModuleSplitMode, TargetPydanticVersion

    return {
        "input_file_type": InputFileType.OpenAPI,
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_311,
        "target_pydantic_version": TargetPydanticVersion.V2_14,
        "module_split_mode": ModuleSplitMode.Single,
        "formatters": [],  # formatted once, with everything else
        "use_missing_sentinel": True,
        "enum_field_as_literal": "all",
        "use_schema_description": True,
        "use_field_description": True,
        "allow_extra_fields": True,
        "disable_timestamp": True,
        "keep_model_order": True,
        "output_datetime_class": "AwareDatetime",
        "use_double_quotes": True,
        "custom_file_header": "",
    }


def models_input(spec: ApiSpec, names: list[str]) -> dict[str, Any]:
    """The document handed to datamodel-code-generator: the reshaped entity schemas."""
    return {
        "openapi": "3.1.0",
        "info": {"title": spec.title, "version": spec.version},
        "paths": {},
        "components": {"schemas": {n: response_schema(spec.schemas[n]) for n in names}},
    }


def generate_models(
    spec: ApiSpec, names: list[str], cached: Callable[[str, Callable[[], str]], str]
) -> dict[str, str]:
    """Module name (under types/) -> source of the models of the entity schemas `names`.

    `cached(key, produce)` memoizes by content: datamodel-code-generator only runs when its
    input changed.
    """
    document = models_input(spec, names)
    key = json.dumps(
        {
            "tool": f"datamodel-code-generator {version('datamodel-code-generator')}",
            # this module's own reshaping and post-processing
            "stage": [source_hash(__file__), source_hash(layout.__file__)],
            "options": {k: str(v) for k, v in _options().items()},
            "input": document,
        },
        sort_keys=True,
    )

    def produce() -> str:
        import warnings

        from datamodel_code_generator import generate

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dropped-constraint notices: intended
            result = generate(document, **_options())
        if not isinstance(result, dict):
            raise TypeError("datamodel-code-generator did not split the models into modules")
        modules = {
            ".".join(k)[: -len(".py")]: _laid_out(_none_last(v))
            for k, v in result.items()
            if k != ("__init__.py",)
        }
        return json.dumps(modules, sort_keys=True)

    return dict(json.loads(cached(key, produce)))
