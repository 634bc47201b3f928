"""Other tools that read the bundled spec, installed on demand outside the project's venv.

Python tools go into a virtual environment of their own in the user cache directory (one per
pinned version, made once), npm packages into `build/interop/node_modules` of the checkout.
Nothing here touches `.venv`, so the toolkit's dependencies stay what pyproject.toml says.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from adsapi.locations import user_cache_dir

OPENAPI_PYTHON_CLIENT = "openapi-python-client==0.29.1"
# The PyPI wrapper of OpenAPI Generator: it bundles the generator's jar and runs it with the
# machine's Java (17 or newer).
OPENAPI_GENERATOR = "openapi-generator-cli==7.26.0"
NPM_PACKAGES = ("@stoplight/prism-cli@5.14.2", "@redocly/cli@2.77.0")


def python_tool(requirement: str, command: str) -> Path:
    """The `command` of `requirement`, installed into its own virtual environment if needed."""
    venv = user_cache_dir() / "bench" / requirement.replace("==", "-")
    found = venv / "bin" / command
    if not found.exists():
        print(f"installing {requirement} into {venv} ...", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, requirement], check=True)
    return found


def openapi_python_client() -> Path:
    return python_tool(OPENAPI_PYTHON_CLIENT, "openapi-python-client")


def openapi_generator() -> Path:
    return python_tool(OPENAPI_GENERATOR, "openapi-generator-cli")


def npm_tools(folder: Path) -> Path:
    """`node_modules/.bin` of `folder`, with Prism and Redocly CLI installed there if needed."""
    bin_dir = folder / "node_modules" / ".bin"
    if not all((bin_dir / name).exists() for name in ("prism", "redocly")):
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("npm is not installed: Prism and Redocly CLI need Node.js")
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / "package.json").exists():
            (folder / "package.json").write_text('{"private": true}\n', encoding="utf-8")
        print(f"installing {', '.join(NPM_PACKAGES)} into {folder} ...", file=sys.stderr)
        install = [npm, "install", "--no-audit", "--no-fund", "--save-exact", *NPM_PACKAGES]
        subprocess.run(install, cwd=folder, check=True, stdout=subprocess.DEVNULL)
    return bin_dir
