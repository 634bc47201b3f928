"""Where the toolkit finds its data and keeps its caches, installed or in a source checkout.

The spec and the generator's templates are package data (`adsapi/data/`), read through
`importlib.resources`, so an installed wheel carries them. In a source checkout `adsapi/data/spec`
and `adsapi/data/templates` are links to the repository's `spec/` and `templates/`, which stay
at the top where their authors expect them. Caches live in the user's cache directory, never
inside the package, which may be read-only once installed.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path


def package_data(*parts: str) -> Path:
    """A file or folder of the package data (`adsapi/data/...`) as a real path."""
    # Wheels install as plain files, so the traversable is a filesystem path; zip imports of
    # this toolkit are not supported (the spec loader and the generator read real files).
    return Path(str(files("adsapi").joinpath("data", *parts)))


def spec_root() -> Path:
    """The root document of the spec the toolkit ships."""
    return package_data("spec", "openapi.yaml")


def templates_dir() -> Path:
    return package_data("templates")


def checkout() -> Path | None:
    """The source checkout this toolkit runs from, or None when it is installed as a wheel.

    A checkout is recognised by the spec link resolving to a `spec/` folder that sits beside
    the project's `pyproject.toml`.
    """
    spec = package_data("spec").resolve()
    root = spec.parent
    if spec.name == "spec" and (root / "pyproject.toml").is_file() and (root / "adsapi").is_dir():
        return root
    return None


def user_cache_dir() -> Path:
    """This toolkit's folder in the user's cache directory (`$ADSAPI_CACHE_DIR` moves it)."""
    configured = os.environ.get("ADSAPI_CACHE_DIR")
    if configured and configured != "off":
        return Path(configured)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "adsapi"


def caching_disabled() -> bool:
    return os.environ.get("ADSAPI_CACHE_DIR") == "off"
