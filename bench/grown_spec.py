"""A synthetic spec of the API's full size, to measure the toolkit where the spec is heading.

    .venv/bin/python bench/grown_spec.py --output /tmp/grown            # 189 operations
    .venv/bin/python bench/grown_spec.py --operations 150 --output DIR  # at least 150

It copies this repository's spec (versions included) and adds renamed copies of the campaigns
resource (`copy2_campaigns`, with `Copy2Campaign`, `listCopy2Campaigns`, ...) until the spec has
at least the asked number of operations. Copies are ordinary resources: x-references, rules,
paging and batches included, no sandbox hooks, unchanged by the older versions' files. The
result is never committed as spec; `bench/` scripts and the suite (`ADSAPI_SPEC`) read it.
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


def _renamed(text: str, copy: int, components: frozenset[str] = frozenset()) -> str:
    """The resource file with every name of the resource made the copy's own: its paths,
    parameters and operations, and its component names (which the bundle makes global)."""
    text = re.sub(r"Campaign", f"Copy{copy}Campaign", text)
    text = re.sub(r"(?<![A-Za-z])campaign", f"copy{copy}_campaign", text)
    others = sorted((c for c in components if "Campaign" not in c), key=len, reverse=True)
    if others:
        names = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, others)) + r")\b")
        text = names.sub(lambda m: f"Copy{copy}{m.group(1)}", text)
    return text


def grow(output: Path, operations: int = 189) -> int:
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
    components = frozenset(
        name
        for kind, members in read_yaml(template_file, template_file.name).items()
        if kind != "paths"
        for name in members
    )
    template_tag = next(t for t in root["tags"] if t["name"] == TEMPLATE)
    template_paths = {
        route: ref
        for route, ref in root["paths"].items()
        if ref["$ref"].startswith(f"resources/{TEMPLATE}.yaml#")
    }
    for copy in range(2, copies + 2):
        name = f"copy{copy}_{TEMPLATE}"
        (output / "resources" / f"{name}.yaml").write_text(
            _renamed(template_text, copy, components), encoding="utf-8"
        )
        tag = yaml.safe_load(_renamed(yaml.safe_dump(template_tag), copy))
        root["tags"].append(tag)
        for route, ref in template_paths.items():
            _file, _, pointer = ref["$ref"].partition("#")
            target = f"resources/{name}.yaml#{_renamed(pointer, copy)}"
            root["paths"][_renamed(route, copy)] = {"$ref": target}
    (output / "openapi.yaml").write_text(
        yaml.safe_dump(root, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    return len(base.operations) + copies * per_copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=189, help="at least this many")
    parser.add_argument("--output", type=Path, required=True, help="folder to write (replaced)")
    args = parser.parse_args()
    count = grow(args.output, args.operations)
    print(f"{args.output / 'openapi.yaml'}: {count} operations")


if __name__ == "__main__":
    main()
