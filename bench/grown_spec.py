"""A synthetic spec of the API's full size, to measure the toolkit where the spec is heading.

    .venv/bin/python bench/grown_spec.py --output /tmp/grown            # 190 operations
    .venv/bin/python bench/grown_spec.py --operations 150 --output DIR  # at least 150

It copies this repository's spec (versions included) and adds renamed copies of the campaigns
resource (`copyb_campaigns`, with `CopybCampaign`, `listCopybCampaigns`, ...; names keep to
letters, as the spec's conventions ask) until the spec has at least the asked number of
operations. Copies are ordinary resources: x-references, rules, paging and batches included,
no sandbox hooks, and the same history as campaigns (every change the version files make to
campaigns is made to each copy too). The result is never committed as spec; `bench/` scripts
and the suite (`ADSAPI_SPEC`) read it.
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from adsapi.spec import DEFAULT_SPEC, load_spec
from adsapi.spec.yamlio import read_yaml

TEMPLATE = "campaigns"  # the resource copied: six operations, each verb and a batch


def _letters(number: int) -> str:
    """1 -> a, 2 -> b, ..., 26 -> z, 27 -> aa: a copy's name without digits."""
    text = ""
    while number:
        number, digit = divmod(number - 1, 26)
        text = chr(ord("a") + digit) + text
    return text


class Renamer:
    """Makes every name of the template resource the copy's own: its paths, parameters,
    operations and component names (which the bundle makes global)."""

    def __init__(self, copy: int, components: frozenset[str]) -> None:
        self.pascal = f"Copy{_letters(copy)}"
        self.snake = f"copy{_letters(copy)}_"
        others = sorted((c for c in components if "Campaign" not in c), key=len, reverse=True)
        self.others = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, others)) + r")\b") if others else None
        )

    def __call__(self, text: str) -> str:
        text = re.sub(r"Campaign", f"{self.pascal}Campaign", text)
        text = re.sub(r"(?<![A-Za-z])campaign", f"{self.snake}campaign", text)
        if self.others is not None:
            text = self.others.sub(lambda m: f"{self.pascal}{m.group(1)}", text)
        return text

    def data(self, value: Any) -> Any:
        return yaml.safe_load(self(yaml.safe_dump(value, sort_keys=False)))


def grow(output: Path, operations: int = 190) -> int:
    """Write the grown spec under `output` (its root is `output/openapi.yaml`); return how many
    operations it has."""
    source = DEFAULT_SPEC.parent
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(source, output)
    base = load_spec()
    per_copy = len(base.resources[TEMPLATE].operations)
    copies = max(0, math.ceil((operations - len(base.operations)) / per_copy))
    root: dict[str, Any] = read_yaml(output / "openapi.yaml", "openapi.yaml")
    template_file = source / "resources" / f"{TEMPLATE}.yaml"
    template_text = template_file.read_text(encoding="utf-8")
    template = read_yaml(template_file, template_file.name)
    components = frozenset(
        name for kind, members in template.items() if kind != "paths" for name in members
    )
    template_tag = next(t for t in root["tags"] if t["name"] == TEMPLATE)
    template_paths = {
        route: ref
        for route, ref in root["paths"].items()
        if ref["$ref"].startswith(f"resources/{TEMPLATE}.yaml#")
    }
    renamers = [Renamer(copy, components) for copy in range(2, copies + 2)]
    for rename in renamers:
        name = rename(TEMPLATE)
        (output / "resources" / f"{name}.yaml").write_text(rename(template_text), encoding="utf-8")
        root["tags"].append(rename.data(template_tag))
        for route, ref in template_paths.items():
            _file, _, pointer = ref["$ref"].partition("#")
            root["paths"][rename(route)] = {"$ref": f"resources/{name}.yaml#{rename(pointer)}"}
    _write(output / "openapi.yaml", root)
    owned = components | {op.operation_id for op in base.resources[TEMPLATE].operations}
    for path in sorted((output / "versions").glob("*.yaml")):
        _copy_history(path, renamers, owned)
    return len(base.operations) + copies * per_copy


def _copy_history(path: Path, renamers: list[Renamer], owned: frozenset[str]) -> None:
    """Every change of a version file that acts on the template resource (one of its
    operations or components, `owned`), made to each copy."""
    document = read_yaml(path, path.name)
    added = []
    for change in document.get("changes") or []:
        if not _targets(change) & owned:
            continue
        for rename in renamers:
            copied = rename.data(change)
            if "operations" in copied:  # keep the copy's own, not the other resources'
                copied["operations"] = [op for op in copied["operations"] if rename.pascal in op]
            added.append(copied)
    if added:
        document["changes"] = [*document["changes"], *added]
        _write(path, document)


def _targets(change: dict[str, Any]) -> set[str]:
    """The operations and schemas a change names (an added operation by its operationId)."""
    operation = change.get("operation")
    if isinstance(operation, dict):
        operation = operation.get("operationId")
    return {n for n in (operation, change.get("schema"), *change.get("operations", [])) if n}


def _write(path: Path, document: Any) -> None:
    path.write_text(
        yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=190, help="at least this many")
    parser.add_argument("--output", type=Path, required=True, help="folder to write (replaced)")
    args = parser.parse_args()
    count = grow(args.output, args.operations)
    print(f"{args.output / 'openapi.yaml'}: {count} operations")


if __name__ == "__main__":
    main()
