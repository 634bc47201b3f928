"""From a package plan to the text of every file of `generated/`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsapi import rules
from adsapi.generator.formatting import ContentCache, Formatter
from adsapi.generator.imports import Imports
from adsapi.generator.layout import lay_out
from adsapi.generator.models import submit_models, with_mixin
from adsapi.generator.plan import (
    DISTRIBUTION,
    PACKAGE,
    PACKAGE_VERSION,
    RUNTIME,
    Argument,
    Export,
    PackagePlan,
    child_imports,
)
from adsapi.generator.workers import Workers

if TYPE_CHECKING:
    import jinja2

TEMPLATES = RUNTIME.parent

PACKAGE_DOC = (
    "Typed client of the X (Twitter) Ads API.\n\n"
    "    from twitter_ads_client import AdsClient\n\n"
    "    client = AdsClient()  # OAuth 1.0a credentials from $TWITTER_CONSUMER_KEY, ...\n"
    "    campaign = client.campaigns.get(account_id, campaign_id)\n\n"
    "Generated from the spec by `adsapi generate`; do not edit."
)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    import jinja2  # here: a run with nothing to render does not need it

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    # Long lines are split here as black would split them (see generator.layout).
    env.globals.update(lay_out=lay_out, argument=_argument, import_from=_import_from)
    return env


def _import_from(indent: int, module: str, name: str) -> str:
    """`from module import name`, on several lines if it must."""
    return Imports().add(module, name).lines(indent)[0]


def _argument(argument: Argument, indent: int = 8) -> str:
    """A parameter line of a method's signature, trailing comma included."""
    default = f" = {argument.default}" if argument.default else ""
    return lay_out(indent, f"{argument.name}: ", argument.annotation, default + ",")


def _template(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)


def _bundled_json(document: Mapping[str, Any], cache: ContentCache) -> str:
    """The bundled spec as indented JSON, the text `json.dumps(document, indent=2)` gives.

    json.dumps indents in pure Python, ten times slower than its compact form, so each path
    item and component is indented through the cache, keyed by its compact form: after an
    edit only what changed is indented again."""
    return _indented(document, 0, cache) + "\n"


_CACHED_DEPTH = 2  # /paths/<route>, /components/<kind>: the pieces an edit changes


def _indented(value: Any, depth: int, cache: ContentCache) -> str:
    """`value` indented as it is `depth` levels down in the document."""
    if isinstance(value, dict) and value and depth < _CACHED_DEPTH:
        pad = "\n" + "  " * (depth + 1)
        members = [
            f"{json.dumps(key, ensure_ascii=False)}: {_indented(item, depth + 1, cache)}"
            for key, item in value.items()
        ]
        return "{" + pad + ("," + pad).join(members) + "\n" + "  " * depth + "}"
    if isinstance(value, dict | list) and value:
        compact = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        text = cache.get(
            "indented JSON\0" + compact, lambda: json.dumps(value, indent=2, ensure_ascii=False)
        )
    else:
        text = json.dumps(value, ensure_ascii=False)
    # JSON strings hold no raw newline: each one starts a line, indented one level per depth.
    return text.replace("\n", "\n" + "  " * depth)


def _type_checking_imports(exports: Iterable[Export]) -> tuple[str, ...]:
    imports = Imports()
    for export in exports:
        imports.add(export.module, export.name)
    return imports.lines(indent=4)


def _lazy_init(docstring: str, exports: tuple[Export, ...]) -> str:
    return _template(
        "lazy_init.py.j2",
        docstring=docstring,
        exports=exports,
        type_checking_imports=_type_checking_imports(exports),
    )


def render_package(
    plan: PackagePlan, formatter: Formatter, workers: Workers | None = None
) -> dict[str, str]:
    """Relative path -> content of every generated file."""
    with workers or Workers(0) as pool:
        return _render_package(plan, formatter, pool)


def _render_package(plan: PackagePlan, formatter: Formatter, workers: Workers) -> dict[str, str]:
    spec = plan.spec
    # First what takes longest: datamodel-code-generator, then black on its output.
    names = [name for name, _ in plan.models]
    pending_models = submit_models(spec, names, formatter.cache, workers)
    package = PACKAGE
    python: dict[str, str] = {}  # formatted below
    files: dict[str, str] = {
        "pyproject.toml": _template(
            "pyproject.toml.j2",
            distribution=DISTRIBUTION,
            package=package,
            version=PACKAGE_VERSION,
            api_version=plan.constants["API_VERSION"].strip("'\""),
        ),
        "README.md": _template(
            "README.md.j2",
            distribution=DISTRIBUTION,
            package=package,
            api_version=plan.constants["API_VERSION"].strip("'\""),
            resources=plan.resources,
        ),
        "openapi.json": _bundled_json(spec.document, formatter.cache),
        f"{package}/py.typed": "",
    }
    for source in sorted(RUNTIME.glob("*.py")):
        files[f"{package}/{source.name}"] = source.read_text(encoding="utf-8")
    # The rule kinds are the toolkit's own module, shared with the sandbox, copied verbatim.
    files[f"{package}/_rules.py"] = Path(rules.__file__).read_text(encoding="utf-8")

    python[f"{package}/__init__.py"] = _lazy_init(PACKAGE_DOC, plan.exports)
    python[f"{package}/_client.py"] = _template(
        "client.py.j2",
        children=plan.children,
        api_version=plan.constants["API_VERSION"].strip("'\""),
        live_versions=", ".join(spec.live_versions),
        type_checking_imports=child_imports(plan.children, ".resources."),
    )
    python[f"{package}/_spec.py"] = _template(
        "spec.py.j2",
        constants=plan.constants,
        currencies=plan.currencies,
        error_codes=plan.error_codes,
        operations=plan.operations,
    )
    python[f"{package}/resources/__init__.py"] = _lazy_init(
        "One module per resource, each with its sync, async and raw-response classes.",
        plan.resource_exports,
    )
    python[f"{package}/types/__init__.py"] = _lazy_init(
        "The models of the API's answers and the typed dicts of batch items.",
        plan.type_exports,
    )
    for resource in plan.resources:
        python[f"{package}/resources/{resource.module}.py"] = _template(
            "resource.py.j2", resource=resource
        )
        if resource.batch_types is not None:
            python[f"{package}/types/{resource.batch_types.module}.py"] = _template(
                "batch_types.py.j2", batch=resource.batch_types
            )
    formatting = formatter.submit(python, workers)
    models = pending_models.result()
    for name, expected_module in plan.models:
        if expected_module not in models:
            raise RuntimeError(
                f"datamodel-code-generator wrote no module {expected_module!r} for {name}"
            )
    for name, module in plan.models:
        mixin = spec.schemas[name].get("x-client-mixin")
        if mixin:
            models[module] = with_mixin(models[module], name, mixin)
    model_sources = {
        f"{package}/types/{module}.py": (
            f'"""The `{module}` models. Generated from the spec; do not edit."""\n\n' + source
        )
        for module, source in models.items()
    }
    formatting.update(formatter.submit(model_sources, workers))
    files.update(formatter.collect(formatting))
    return dict(sorted(files.items()))
