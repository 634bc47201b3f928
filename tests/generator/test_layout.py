"""The generator writes black's layout, so black formats each generated file in one quick pass.

Not a matter of correctness (black formats every file anyway) but of speed: a file black has
to change costs it about three times as much. The layout of long lines (`generator.layout`) is
checked against black itself on the shapes generated code has, and a whole generated package
must come out of black unchanged.
"""

from __future__ import annotations

import black
import pytest
from hypothesis import given
from hypothesis import strategies as st

from adsapi.generator import formatting, render
from adsapi.generator.annotations import py_literal
from adsapi.generator.imports import Imports, sort_imports
from adsapi.generator.layout import lay_out, lay_out_field
from adsapi.generator.workers import Workers
from adsapi.spec import load_spec
from tests.budget import budget

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY311})

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-", min_size=1, max_size=24)
names = words.map(lambda w: "p_" + w.replace("-", "_"))  # never a keyword
strings = words.map(lambda w: f'"{w}"')
# As the generator writes prose: long text cut into implicitly joined pieces.
prose = st.one_of(
    st.lists(words, min_size=1, max_size=30).map(lambda ws: py_literal(" ".join(ws))),
    st.text(alphabet="^[0-9a-z]{}$", min_size=60, max_size=110).map(py_literal),  # no spaces
)
atoms = st.one_of(
    strings,
    st.integers(-(2**63), 2**63).map(str),
    st.sampled_from(["None", "True", "str", "int", "NOT_GIVEN", "CREATE_CAMPAIGN"]),
)


def _calls(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    arguments = st.lists(children, min_size=1, max_size=8)
    keywords = st.lists(st.tuples(names, children).map("=".join), max_size=4)
    return st.builds(
        lambda head, args, kwargs: f"{head}({', '.join([*args, *kwargs])})",
        st.sampled_from(["Param", "Exclusive", "OnlyWhen", "Batch"]),
        arguments,
        keywords,
    )


def _displays(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    items = st.lists(children, min_size=2, max_size=10)
    return st.one_of(
        items.map(lambda xs: f"({', '.join(xs)})"),
        st.lists(st.tuples(strings, children), min_size=1, max_size=4).map(
            lambda kv: "{" + ", ".join(f"{k}: {v}" for k, v in kv) + "}"
        ),
    )


expressions = st.recursive(atoms | prose, lambda c: _calls(c) | _displays(c), max_leaves=30)
literals = st.lists(strings, min_size=1, max_size=16).map(lambda xs: f"Literal[{', '.join(xs)}]")
annotations = st.recursive(
    literals | st.sampled_from(["str", "int", "datetime", "Mapping[str, Any]"]),
    lambda c: c.map(lambda x: f"list[{x}]") | c.map(lambda x: f"Required[{x}]"),
    max_leaves=3,
)
unions = (
    st.lists(annotations, min_size=1, max_size=2)
    .map(" | ".join)
    .flatmap(
        lambda a: st.sampled_from([a, f"{a} | NotGiven", f"{a} | NotGiven | None", f"{a} | None"])
    )
)


def _black(source: str) -> str:
    return black.format_str(source, mode=MODE)


def _assert_black_layout(wrap: str, indent: int, lead: str, source: str, trail: str) -> None:
    laid = " " * indent + lay_out(indent, lead, source, trail)
    flat_line = " " * indent + lead + source + trail
    assert _black(wrap.format(flat_line)) == wrap.format(laid)


@budget("shared")
@given(unions, st.sampled_from(["", " = NOT_GIVEN"]), names)
def test_signature_lines_are_split_as_black_splits_them(
    annotation: str, default: str, name: str
) -> None:
    wrap = "class C:\n    def f(\n        self,\n{}\n    ) -> None:\n        pass\n"
    _assert_black_layout(wrap, 8, f"{name}: ", annotation, default + ",")


@budget("shared")
@given(unions, names)
def test_field_lines_are_split_as_black_splits_them(annotation: str, name: str) -> None:
    wrap = "class C(TypedDict):\n{}\n"
    _assert_black_layout(wrap, 4, f"{name}: ", annotation, "")


@budget("shared")
@given(unions, names, st.sampled_from(["MISSING", "None", '"DRAFT"', "0"]))
def test_fields_with_a_default_are_split_as_black_splits_them(
    annotation: str, name: str, value: str
) -> None:
    source = f"    {name}: {annotation} = {value}"
    laid = "    " + lay_out_field(4, name, annotation, value)
    assert _black(f"class C:\n{source}\n") == f"class C:\n{laid}\n"


@budget("shared")
@given(st.lists(names.map(lambda n: "Campaign" + n), min_size=2, max_size=6))
def test_type_aliases_are_split_as_black_splits_them(members: list[str]) -> None:
    _assert_black_layout("{}\n", 0, "CampaignBatchOperation: TypeAlias = ", " | ".join(members), "")


@budget("shared")
@given(expressions)
def test_table_items_are_split_as_black_splits_them(expression: str) -> None:
    wrap = 'X: Operation[A] = Operation(\n    params=(\n        Param("a", "b"),\n{}\n    ),\n)\n'
    _assert_black_layout(wrap, 8, "", expression, ",")


@budget("shared")
@given(expressions, names)
def test_table_fields_are_split_as_black_splits_them(expression: str, name: str) -> None:
    wrap = 'X: Operation[A] = Operation(\n    "getA",\n{}\n)\n'
    _assert_black_layout(wrap, 4, "", f"{name}={expression}", ",")


@pytest.mark.parametrize("indent", [0, 4])
def test_long_imports_are_exploded_as_black_explodes_them(indent: int) -> None:
    names = [f"Name{i}WithSomeLength" for i in range(8)]
    lines = Imports().add(".module", *names).lines(indent)
    wrap = "{}\n" if indent == 0 else "if TYPE_CHECKING:\n{}\n"
    block = "\n".join(" " * indent + line for line in lines)
    assert _black(wrap.format(block)) == wrap.format(block)


def test_black_changes_nothing_in_a_generated_package(monkeypatch: pytest.MonkeyPatch) -> None:
    changed = []
    original = formatting.format_source

    def checking(source: str) -> str:
        formatted = original(source)
        if formatted != sort_imports(source):
            changed.append(formatted.splitlines()[0])
        return formatted

    monkeypatch.setattr(formatting, "format_source", checking)
    render(load_spec(), workers=Workers(0))
    assert changed == []
