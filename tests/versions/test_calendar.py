"""The versions table (`x-api-versions`) against the sources, and the date helpers on it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adsapi.spec import ApiSpec, load_spec, spec_versions
from tests.budget import budget
from tests.versions.seeds import reference_versions, seed_versions_table

SPEC = load_spec()


def served(spec: ApiSpec, day: str) -> list[str]:
    return [v.version for v in spec.served_versions(day)]


def test_every_row_of_the_seed_table_is_in_the_spec() -> None:
    table = seed_versions_table()
    assert set(table) == {str(n) for n in range(10)}
    for version, dates in table.items():
        row = SPEC.api_version(version)
        assert row.introduced == dates[0], version
        assert row.deprecated == (None if dates[1] == "N/A" else dates[1]), version
        if len(dates) > 2:  # version 9 had no end of life yet when the seed was written
            assert row.end_of_life == dates[2], version


def test_the_newer_versions_are_as_the_reference_gives_them() -> None:
    for version, dates in reference_versions().items():
        row = SPEC.api_version(version)
        assert row.introduced == dates["introduced"]
        assert row.deprecated == dates.get("deprecated", row.deprecated)
        assert row.end_of_life == dates.get("end-of-life")
    assert SPEC.api_version("12").deprecated is None
    assert SPEC.api_version("11").deprecated is None  # "TBD" in the reference


def test_dates_of_each_version_are_in_order() -> None:
    for row in SPEC.api_versions:
        days = [d for d in (row.introduced, row.deprecated, row.end_of_life) if d]
        assert days == sorted(days), row


def test_on_2019_03_01_versions_4_and_5_are_served_and_4_is_deprecated() -> None:
    assert served(SPEC, "2019-03-01") == ["4", "5"]
    assert [v.version for v in SPEC.deprecated_versions("2019-03-01")] == ["4"]
    assert SPEC.current_version("2019-03-01").version == "5"
    assert SPEC.api_version("3").status_on("2019-03-01") == "retired"
    assert SPEC.api_version("6").status_on("2019-03-01") == "upcoming"


@pytest.mark.parametrize(
    ("day", "expected", "deprecated"),
    [
        ("2019-02-27", ["3", "4"], ["3"]),  # the day before v5
        ("2019-02-28", ["4", "5"], ["4"]),  # v5 arrives, v4 deprecated, v3 gone: same day
        ("2018-08-01", ["3"], []),  # v2's end of life; v4 not out yet
        ("2017-07-08", ["1"], ["1"]),  # v1 deprecated three days before v2 came
        ("2013-02-20", [], []),
        ("2022-10-27", ["11", "12"], []),  # v12 arrives, v10 retires
        ("2030-01-01", ["11", "12"], []),  # no deprecation date announced for v11
    ],
)
def test_versions_served_on_boundary_days(day: str, expected: list[str], deprecated: list[str]):
    assert served(SPEC, day) == expected
    assert [v.version for v in SPEC.deprecated_versions(day)] == deprecated


def test_dates_may_be_given_as_dates() -> None:
    assert served(SPEC, date(2019, 3, 1)) == ["4", "5"]
    assert SPEC.current_version(date(2013, 1, 1)) is None


def test_a_bad_date_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match=r"'2019-13-01' is not a date; expected YYYY-MM-DD"):
        SPEC.served_versions("2019-13-01")
    with pytest.raises(KeyError, match=r"no version '99' in x-api-versions"):
        SPEC.api_version("99")


def test_every_version_served_since_version_3_has_a_spec() -> None:
    # The sandbox can emulate any day from v3's introduction on with both live versions.
    available = set(spec_versions())
    day, today = date(2018, 2, 1), date.today()
    while day <= today:
        assert set(served(SPEC, day.isoformat())) <= available, day
        day += timedelta(days=1)


@budget("shared")
@given(st.dates(min_value=date(2013, 1, 1), max_value=date(2035, 12, 31)))
def test_at_most_two_versions_are_served_and_only_the_older_is_deprecated(day: date) -> None:
    versions = SPEC.served_versions(day)
    assert len(versions) <= 2
    deprecated = SPEC.deprecated_versions(day)
    if len(versions) == 2:
        assert versions[1] not in deprecated
    if versions:
        assert SPEC.current_version(day) == versions[-1]
