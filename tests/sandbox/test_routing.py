"""The fast path's tree of path segments matches exactly what starlette's routes match."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from starlette.routing import compile_path

from adsapi.sandbox.routing import PathTree
from tests.sandbox.conftest import SPEC

TEMPLATES = sorted({op.path for op in SPEC.operations.values()})
SEGMENTS = st.sampled_from(["accounts", "campaigns", "batch", "abc", "", "x y", "%2F", "."])


def starlette_match(path: str) -> tuple[str, dict[str, str]] | None:
    """The first template whose starlette route matches `path`, and its parameters."""
    for template in TEMPLATES:
        found = compile_path(template)[0].match(path)
        if found is not None:
            return template, found.groupdict()
    return None


@given(
    st.one_of(
        st.sampled_from(TEMPLATES).flatmap(
            lambda t: st.lists(SEGMENTS, min_size=t.count("{"), max_size=t.count("{")).map(
                lambda values: _fill(t, values)
            )
        ),
        st.lists(SEGMENTS, min_size=1, max_size=6).map(lambda parts: "/" + "/".join(parts)),
    )
)
def test_the_tree_matches_what_starlette_matches(path: str) -> None:
    tree = PathTree([(template, template) for template in TEMPLATES])
    assert tree.match(path) == starlette_match(path)


def test_the_first_template_wins_when_several_match() -> None:
    tree = PathTree([("/a/{x}", 1), ("/a/b", 2), ("/{y}/b", 3)])
    assert tree.match("/a/b") == (1, {"x": "b"})
    assert tree.match("/c/b") == (3, {"y": "c"})
    assert tree.match("/a/") is None and tree.match("//b") is None and tree.match("/a") is None


def _fill(template: str, values: list[str]) -> str:
    parts = iter(values)
    return "/".join(next(parts) if s.startswith("{") else s for s in template.split("/"))
