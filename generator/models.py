"""Response models, produced by datamodel-code-generator (called as a library, pydantic v2).

The entity schemas are reshaped first for what a client must be, reading answers:
- unknown attributes are kept (`extra="allow"`);
- an attribute that may be left out is `MISSING` when it is, so left out, `null` and a value
  stay three different things;
- an enum is `Literal[...] | str`: a value the spec does not list yet is kept, not an error;
  a number enum is its plain type (`Literal[1, 7] | int` says no more than `int`, and
  pydantic's literal check would take JSON `true` for `1`);
- value constraints (patterns, lengths, ranges) are the server's business: a name one
  character longer than documented must not make a whole answer unreadable. Types are kept
  (integers, booleans, timezone-aware datetimes);
- an answer whose `data` holds plain values (strings, numbers) names a schema that is no
  object: its "model" is a type alias (`Feature: TypeAlias = str`), not a pydantic root model,
  so the values reach the caller as the plain values they are.
"""

from __future__ import annotations

import ast
import inspect
import io
import json
import re
import tokenize
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

from adsapi.generator import layout
from adsapi.generator.docstrings import paragraph
from adsapi.generator.formatting import ContentCache, source_hash
from adsapi.generator.layout import LINE_LENGTH, lay_out_field
from adsapi.generator.workers import MODELS, Task, Workers
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
    branches: list[Any] = [{"type": base}]
    if base == "string":
        branches.insert(0, {"type": base, "enum": values})
    if nullable:
        branches.append({"type": "null"})
    return {**rest, "anyOf": branches}


def _root_models_as_aliases(source: str) -> str:
    """Each `class X(RootModel[T]): root: T` of a module as `X: TypeAlias = T` (its docstring
    kept after it), with the imports that follow."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    rewritten = False
    for cls in reversed([n for n in tree.body if isinstance(n, ast.ClassDef)]):
        base = cls.bases[0] if len(cls.bases) == 1 else None
        is_root = (
            isinstance(base, ast.Subscript)
            and isinstance(base.value, ast.Name)
            and base.value.id == "RootModel"
        )
        root = cls.body[0]
        if not is_root or not isinstance(root, ast.AnnAssign) or root.value is not None:
            continue
        alias = [f"{cls.name}: TypeAlias = {ast.unparse(root.annotation)}\n"]
        rest = cls.body[1:]
        if rest and isinstance(rest[0], ast.Expr) and isinstance(rest[0].value, ast.Constant):
            text = inspect.cleandoc(str(rest[0].value.value))
            alias.append(f'"""\n{text}\n"""\n')
        first = (cls.decorator_list[0].lineno if cls.decorator_list else cls.lineno) - 1
        lines[first : cls.end_lineno] = alias
        rewritten = True
    if not rewritten:
        return source
    text = "".join(lines)
    if "RootModel" not in text.replace("import RootModel", "").replace(", RootModel", ""):
        text = text.replace("from pydantic import RootModel\n", "")
        text = text.replace(", RootModel", "").replace("RootModel, ", "")
    # black keeps one blank line, not two, between the imports and a statement that is no
    # class or function
    text = re.sub(r"^((?:from|import) .*\n)\n\n(?=\w+: TypeAlias = )", r"\1\n", text, flags=re.M)
    typing_import = re.search(r"^from typing import (.+)$", text, re.MULTILINE)
    if typing_import:
        names = sorted({*typing_import.group(1).split(", "), "TypeAlias"})
        return text.replace(typing_import.group(0), f"from typing import {', '.join(names)}")
    return text.replace(
        "from __future__ import annotations\n",
        "from __future__ import annotations\n\nfrom typing import TypeAlias\n",
        1,
    )


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
    long field lines split, a newline at the end."""
    lines = source.splitlines(keepends=True)
    for cls in reversed([n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]):
        for field in reversed(cls.body):
            if not isinstance(field, ast.AnnAssign) or field.lineno != field.end_lineno:
                continue
            line = lines[field.lineno - 1]
            if len(line.rstrip("\n")) <= LINE_LENGTH:
                continue
            indent = field.col_offset
            target = ast.unparse(field.target)
            value = ast.unparse(field.value) if field.value is not None else None
            laid = lay_out_field(indent, target, ast.unparse(field.annotation), value)
            lines[field.lineno - 1] = " " * indent + laid + "\n"
        first = cls.body[0]
        docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
        if docstring and len(cls.body) > 1 and lines[first.end_lineno or 0].strip():
            lines.insert(first.end_lineno or 0, "\n")
    # quoted last: `ast.unparse` writes the split fields' strings in single quotes
    return _double_quoted("".join(lines).rstrip("\n") + "\n")


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


def with_mixin(source: str, name: str, mixin: str) -> str:
    """The module `source` with its model `name` deriving from `mixin` as well, a class of the
    hand-written runtime's `_jobs` module (the schema's `x-client-mixin`): behaviour attached to
    an answer model through the spec, not written into the generator."""
    header = f"class {name}(BaseModel):"
    if header not in source:
        raise RuntimeError(f"x-client-mixin: no `{header}` in the model's module")
    module, imported = "_jobs", "\nfrom pydantic import "
    at = source.index(imported)
    line_end = source.index("\n", at + 1)
    if source[at:line_end].endswith("("):  # the names over several lines
        line_end = source.index(")\n", at) + 1
    source = source[: line_end + 1] + f"\nfrom ..{module} import {mixin}\n" + source[line_end + 1 :]
    return source.replace(header, f"class {name}({mixin}, BaseModel):")


# datamodel-code-generator's options, enums by value: the cache key is made from these without
# importing the tool, which a generation with nothing new never needs.
_OPTIONS: dict[str, Any] = {
    "input_file_type": "openapi",
    "output_model_type": "pydantic_v2.BaseModel",
    "target_python_version": "3.11",
    "target_pydantic_version": "2.14",
    "module_split_mode": "single",
    "formatters": [],  # formatted with everything else
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


def _options() -> dict[str, Any]:
    from datamodel_code_generator import DataModelType, InputFileType, PythonVersion
    from datamodel_code_generator.enums import ModuleSplitMode, TargetPydanticVersion

    enums = {
        "input_file_type": InputFileType,
        "output_model_type": DataModelType,
        "target_python_version": PythonVersion,
        "target_pydantic_version": TargetPydanticVersion,
        "module_split_mode": ModuleSplitMode,
    }
    return {k: enums[k](v) if k in enums else v for k, v in _OPTIONS.items()}


def models_input(spec: ApiSpec, names: list[str]) -> dict[str, Any]:
    """The document handed to datamodel-code-generator: the reshaped entity schemas."""
    schemas = {n: response_schema(spec.schemas[n]) for n in names}
    return {**models_input_header(spec.title, spec.version), "components": {"schemas": schemas}}


def models_input_header(title: str, version: str) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": title, "version": version}, "paths": {}}


# The tool's cost: importing it (on its first run in a process), then per model.
_START_SECONDS = 0.4
_SECONDS_PER_MODEL = 0.01


@dataclass
class PendingModels:
    """The models of `submit_models`, some from the cache and some still being generated."""

    cache: ContentCache
    cached: list[str]  # JSON of {module: source}, one per model
    keys: list[str]  # cache keys of the models being generated
    job: Task[list[str]]

    def result(self) -> dict[str, str]:
        """Module name (under types/) -> source, laid out for black."""
        generated = self.job.result()
        for key, value in zip(self.keys, generated, strict=True):
            self.cache.store(key, value)
        modules: dict[str, str] = {}
        for value in [*self.cached, *generated]:
            for module, source in json.loads(value).items():
                if modules.setdefault(module, source) != source:
                    raise RuntimeError(f"two models write different modules {module!r}")
        return dict(sorted(modules.items()))


def submit_models(
    spec: ApiSpec, names: list[str], cache: ContentCache, workers: Workers
) -> PendingModels:
    """The models of the entity schemas `names`, one datamodel-code-generator run per model.

    Each model is cached on its own (an edit of one schema generates one model again), and
    alone in its run, its output depends on nothing else. The runs the cache does not answer
    go to a worker as one job, so that only one process pays the tool's start-up.
    """
    tool = f"datamodel-code-generator {version('datamodel-code-generator')}"
    # This module's reshaping and post-processing, and the layout it uses.
    stage = [source_hash(__file__), source_hash(layout.__file__)]
    cached, keys, documents = [], [], []
    for name in names:
        document = models_input(spec, [name])
        key = json.dumps(
            {"tool": tool, "stage": stage, "options": _OPTIONS, "input": document},
            sort_keys=True,
        )
        value = cache.lookup(key)
        if value is None:
            keys.append(key)
            documents.append(document)
        else:
            cached.append(value)
    seconds = _START_SECONDS + len(documents) * _SECONDS_PER_MODEL
    parallel = bool(documents) and workers.worth_it(seconds)
    job = workers.submit(parallel, run_models, documents, lane=MODELS)
    return PendingModels(cache, cached, keys, job)


def warm_up() -> None:
    """Have datamodel-code-generator import what its first run needs (a third of a second)."""
    schema = {"type": "object", "properties": {"name": {"type": "string"}}}
    run_models([{**models_input_header("warm-up", "0"), "components": {"schemas": {"A": schema}}}])


def run_models(documents: list[dict[str, Any]]) -> list[str]:
    """datamodel-code-generator on each document: JSON of {module: source} for each."""
    if not documents:
        return []
    import warnings

    from datamodel_code_generator import generate

    options = _options()
    results = []
    for document in documents:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dropped-constraint notices: intended
            result = generate(document, **options)
        if not isinstance(result, dict):
            raise TypeError("datamodel-code-generator did not split the models into modules")
        modules = {
            ".".join(k)[: -len(".py")]: _laid_out(_none_last(_root_models_as_aliases(v)))
            for k, v in result.items()
            if k != ("__init__.py",)
        }
        results.append(json.dumps(modules, sort_keys=True))
    return results
