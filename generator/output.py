"""Writing the generated tree: only what changed, nothing left behind, or a check of it."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

# Files that tools create next to the generated ones and that are not the generator's.
IGNORED_PARTS = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}
)


def _ignored(relative: Path) -> bool:
    return any(
        part in IGNORED_PARTS or part.endswith(".egg-info") for part in relative.parts
    ) or relative.suffix in (".pyc", ".pyo")


@dataclass
class Difference:
    """How a directory differs from what should be in it."""

    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def stale(self) -> list[str]:
        return sorted([*self.missing, *self.changed, *self.extra])

    def __bool__(self) -> bool:
        return bool(self.missing or self.changed or self.extra)


def compare(files: Mapping[str, str], root: Path) -> Difference:
    difference = Difference()
    for relative, content in files.items():
        path = root / relative
        try:
            current = path.read_bytes()
        except FileNotFoundError:
            difference.missing.append(relative)
            continue
        if current != content.encode("utf-8"):
            difference.changed.append(relative)
    difference.extra = [relative for relative in walk(root) if relative not in files]
    return difference


def walk(root: Path) -> Iterator[str]:
    """The relative paths of the files under `root` that are the generator's business."""
    if not root.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(root):
        base = Path(dirpath).relative_to(root)
        dirnames[:] = sorted(d for d in dirnames if not _ignored(base / d))
        for name in sorted(filenames):
            if not _ignored(base / name):
                yield (base / name).as_posix()


def apply(files: Mapping[str, str], root: Path, difference: Difference) -> None:
    """Write the missing and changed files and delete the extra ones (and emptied folders)."""
    for relative in [*difference.missing, *difference.changed]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(files[relative].encode("utf-8"))
        temporary.replace(path)
    for relative in difference.extra:
        path = root / relative
        path.unlink()
        parent = path.parent
        while parent != root and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
