"""What the last generation of a tree was made from, to see at once that it is up to date.

A run with nothing new should cost little more than loading the spec. So after each generation
a small record is kept beside the tree's formatting cache: a digest of everything the output
depends on (the bundled spec, the generator's code and templates, the spec model's code, the
tools' versions) and the digest of each file generated. A later run whose inputs have the same
digest only compares the tree with the recorded digests: no planning, rendering or formatting.

The record also keeps the identity of the spec model generated from (which spec, which version,
the digests of the files the model's cache says it is built from) and the generator's own
digest: when neither changed, the tree is checked without even loading the spec
(`Record.current`).
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

from adsapi import rules
from adsapi.generator.output import Difference, walk
from adsapi.locations import templates_dir
from adsapi.spec import default_spec_path, spec_inputs
from adsapi.spec.model import ApiSpec

_TOOLS = ("black", "datamodel-code-generator", "jinja2")


@dataclass(frozen=True)
class Record:
    inputs: str  # digest of what the files were generated from
    files: Mapping[str, str]  # relative path -> digest of the content
    spec: str  # spec_identity() of the spec model generated from, "" when unknown
    code: str  # code_digest() of the generator that wrote the files

    @classmethod
    def load(cls, path: Path | None) -> Record | None:
        if path is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(data["inputs"], data["files"], data["spec"], data["code"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, path: Path | None) -> None:
        if path is None:
            return
        data = {
            "inputs": self.inputs,
            "files": self.files,
            "spec": self.spec,
            "code": self.code,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
        temporary.replace(path)

    def current(self, spec: str | None) -> bool:
        """Whether the files recorded are still what the generator would write from the spec
        model `spec` (a `spec_identity`; None: unknown until the spec is loaded)."""
        return bool(spec) and spec == self.spec and self.code == code_digest()

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


def spec_identity(root: Path | None, version: str | None) -> str | None:
    """Digest of the spec at `root` (default: the toolkit's) at API `version` and of every
    file its model is built from, when its cached model is current; None otherwise."""
    inputs = spec_inputs(root, version=version)
    if inputs is None:
        return None
    key = [str(Path(root or default_spec_path()).resolve()), version, sorted(inputs.items())]
    return hashlib.sha256(json.dumps(key).encode("utf-8")).hexdigest()


def inputs_digest(spec: ApiSpec) -> str:
    """Digest of what the generated tree of `spec` depends on."""
    # The bundled document determines the model, given the model's code (in code_digest).
    document = json.dumps(spec.document, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((code_digest() + "\0" + document).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Digest of the generator, its templates, the spec model's code (with the rule kinds,
    which the package also copies) and the tools."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for tool in _TOOLS:
        digest.update(f"{tool} {version(tool)}\0".encode())
    generator = Path(__file__).resolve().parent
    spec_code = Path(sys.modules[ApiSpec.__module__].__file__ or "").resolve().parent
    files = [*generator.glob("*.py"), *templates_dir().glob("**/*"), *spec_code.glob("*.py")]
    files.append(Path(rules.__file__).resolve())
    for path in sorted(files):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
