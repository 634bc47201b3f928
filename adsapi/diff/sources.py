"""Turn a command-line argument into a model of a spec: a version, a file, or a git revision.

    4                       version 4 of the working spec (see spec/versions/)
    spec/openapi.yaml       a root document (multi-file) or a bundled JSON file
    bundle.json@4           version 4 of the spec at that file
    HEAD~1:spec/openapi.yaml   the spec as it was at a revision, every file of its directory
    main:                   the default spec path at a revision
    main:@4                 ... and its version 4

A git path is relative to the repository's top, or to the working directory when it starts
with `./` or `../`, as in `git show`; every file of its directory is read from the revision
(`git ls-tree`, then `git cat-file --batch`), so references between files resolve as they
did. Every spec is validated as OpenAPI 3.1 and built into the model; the project's own lint
is not applied, so that any two specs can be compared.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from adsapi.spec import ApiSpec, Problem, SpecError, default_spec_path, version_bundle
from adsapi.spec.build import build_model
from adsapi.spec.loader import display_path
from adsapi.spec.validate import validate_openapi


class SourceError(Exception):
    """The argument names nothing that can be read; the message says why."""


@dataclass(frozen=True)
class SpecSource:
    label: str
    spec: ApiSpec


_VERSION = re.compile(r"^(?P<base>.*?)@(?P<version>[0-9]+)$")


def open_spec(argument: str, default_root: Path | None = None) -> SpecSource:
    """The spec an argument names; SourceError or SpecError when it cannot be had."""
    root = Path(default_root or default_spec_path())
    if re.fullmatch(r"[0-9]+", argument):
        return SpecSource(f"version {argument}", build(root.resolve(), argument))
    base, version = argument, None
    match = _VERSION.match(argument)
    if match and not Path(argument).exists():
        base, version = match.group("base"), match.group("version")
    suffix = f" (version {version})" if version else ""
    path = Path(base)
    if path.is_file():
        return SpecSource(f"{base}{suffix}", build(path.resolve(), version))
    if ":" in base and not path.exists():
        revision, _, inside = base.partition(":")
        inside, spec = _from_git(revision, inside, root, version)
        return SpecSource(f"{revision}:{inside}{suffix}", spec)
    raise SourceError(
        f"{argument!r} is neither a version number, a spec file nor REV:PATH of a git revision"
    )


@lru_cache(maxsize=16)
def build(root: Path, version: str | None) -> ApiSpec:
    """Load, apply `version`, validate as OpenAPI and build the model; SpecError on problems."""
    bundle = version_bundle(root, version)
    problems = validate_openapi(bundle)
    if problems:
        raise SpecError(problems)
    spec, problems = build_model(bundle)
    if problems or spec is None:
        raise SpecError(problems)
    return spec


def _git(*args: str, cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise SourceError("git is not installed, so revisions cannot be read") from None
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise SourceError(f"git {args[0]}: {message[-1] if message else 'failed'}")
    return done.stdout


def _read_blobs(blobs: list[str], cwd: Path) -> dict[str, bytes]:
    """The contents of git objects, read by one `git cat-file --batch`."""
    request = "".join(f"{blob}\n" for blob in blobs).encode()
    done = subprocess.run(
        ["git", "cat-file", "--batch"], input=request, cwd=cwd, capture_output=True, check=False
    )
    if done.returncode != 0:
        raise SourceError(f"git cat-file: {done.stderr.decode(errors='replace').strip()}")
    out, position, contents = done.stdout, 0, {}
    for blob in blobs:
        header_end = out.index(b"\n", position)
        size = int(out[position:header_end].split()[2])
        contents[blob] = out[header_end + 1 : header_end + 1 + size]
        position = header_end + 1 + size + 1  # the content is followed by a newline
    return contents


def _from_git(
    revision: str, inside: str, default_root: Path, version: str | None
) -> tuple[str, ApiSpec]:
    """The path of the root inside the repository, and the spec at `revision`."""
    cwd = Path.cwd()
    top = Path(_git("rev-parse", "--show-toplevel", cwd=cwd).decode().strip())
    if not revision:
        raise SourceError("name a revision before the colon, as in HEAD:spec/openapi.yaml")
    try:
        _git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}", cwd=top)
    except SourceError:
        raise SourceError(f"no revision {revision!r} in the repository at {top}") from None
    if not inside:
        # The spec's usual place: where the default spec sits in its own project.
        inside = os.path.relpath(default_root.resolve(), top)
        if inside.startswith(".."):
            inside = os.path.relpath(default_root.resolve(), default_root.resolve().parents[1])
    elif inside.startswith(("./", "../")):
        inside = os.path.relpath((cwd / inside).resolve(), top)
    inside = Path(inside).as_posix()
    directory = Path(inside).parent.as_posix()
    # Every file of the root's directory at the revision: the list, then all contents at once.
    listed = _git("ls-tree", "-r", "-z", revision, "--", directory, cwd=top).decode()
    blobs = {}
    for entry in filter(None, listed.split("\0")):
        meta, _, name = entry.partition("\t")
        if meta.split()[1] == "blob":
            blobs[name] = meta.split()[2]
    if inside not in blobs:
        raise SourceError(f"{inside} does not exist at {revision}")
    contents = _read_blobs(list(blobs.values()), top)
    with tempfile.TemporaryDirectory(prefix="adsapi-diff-") as temporary:
        for name, blob in blobs.items():
            target = Path(temporary) / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(contents[blob])
        try:
            return inside, build.__wrapped__(Path(temporary) / inside, version)
        except SpecError as exc:
            # Name the revision, not the temporary copy, in every problem.
            prefix = display_path(Path(temporary))
            raise SpecError(
                [
                    Problem(
                        f"{revision}:" + p.file.split(prefix, 1)[-1].lstrip("/"),
                        p.pointer,
                        p.message,
                    )
                    for p in exc.problems
                ]
            ) from None
