"""What the last generation of a tree was made from, to see at once that it is up to date.

A run with nothing new should cost little more than loading the spec. So after each generation
a small record is kept beside the tree's formatting cache: a digest of everything the output
depends on (the bundled spec, the generator's code and templates, the spec model's code, the
tools' versions) and the digest of each file generated. A later run whose inputs have the same
digest only compares the tree with the recorded digests: no planning, rendering or formatting.

The record also keeps the size and modification time of the spec's files, which tell before
the spec is even loaded whether this run is likely to have work to do (see `likely_current`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from adsapi.generator.output import Difference, walk
from adsapi.locations import templates_dir
from adsapi.spec.model import ApiSpec

_TOOLS = ("black", "datamodel-code-generator", "jinja2")


@dataclass(frozen=True)
class Record:
    inputs: str  # digest of what the files were generated from
    files: Mapping[str, str]  # relative path -> digest of the content
    spec_stamps: Mapping[str, tuple[int, int]]  # spec file -> (size, mtime in ns)

    @classmethod
    def load(cls, path: Path | None) -> Record | None:
        if path is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            stamps = {name: (int(s[0]), int(s[1])) for name, s in data["spec_stamps"].items()}
            return cls(str(data["inputs"]), dict(data["files"]), stamps)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def save(self, path: Path | None) -> None:
        if path is None:
            return
        data = {"inputs": self.inputs, "files": self.files, "spec_stamps": self.spec_stamps}
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
        temporary.replace(path)

    def compare(self, root: Path) -> Difference:
        """How the tree under `root` differs from the recorded files."""
        difference = Difference()
        for relative, digest in self.files.items():
            try:
                content = (root / relative).read_bytes()
            except FileNotFoundError:
                difference.missing.append(relative)
                continue
            if content_digest(content) != digest:
                difference.changed.append(relative)
        difference.extra = [path for path in walk(root) if path not in self.files]
        return difference


def content_digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def inputs_digest(spec: ApiSpec) -> str:
    """Digest of what the generated tree of `spec` depends on."""
    # The bundled document determines the model, given the model's code (in code_digest).
    document = json.dumps(spec.document, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((code_digest() + "\0" + document).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Digest of the generator, its templates, the spec model's code and the tools."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for tool in _TOOLS:
        digest.update(f"{tool} {version(tool)}\0".encode())
    generator = Path(__file__).resolve().parent
    spec_code = Path(sys.modules[ApiSpec.__module__].__file__ or "").resolve().parent
    for folder, pattern in ((generator, "*.py"), (templates_dir(), "**/*"), (spec_code, "*.py")):
        for path in sorted(folder.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def spec_stamps(root: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time of each file of the spec at `root` (its folder's YAML)."""
    stamps = {}
    for path in sorted(root.resolve().parent.rglob("*.yaml")):
        status = path.stat()
        stamps[str(path)] = (status.st_size, status.st_mtime_ns)
    return stamps


def likely_current(record: Record | None, spec_root: Path) -> bool:
    """Whether the last generation probably still holds, its spec's files looking untouched:
    a guess, to decide whether to start workers early. Only the inputs' digest decides."""
    if record is None:
        return False
    return record.spec_stamps == spec_stamps(spec_root)
