"""How hard the property tests look, in one place; `HYPOTHESIS_PROFILE` picks the profile.

- `ci` (the default, what `make test` runs) keeps the whole suite within its time budget at
  the API's full size;
- `dev` is for a quick loop while working;
- `deep` (`make test-deep`) is for long runs that hunt for rare bugs.

Budgets are given by what a test covers, never as numbers in the tests themselves:

- `shared`: behaviour of code that every operation runs through (the rule kinds, error
  mapping, paging, retries, the state machine, fuzzing): explored deeply, once;
- `per_operation`: a test parametrized over every operation of the spec (each operation's wire
  format, its invalid arguments, its answers): a small budget each, since the code behind them
  is shared and it is the operation's own description that is under test;
- `sampled`: one test drawing the operation among all of them (clients of every version): its
  budget does not grow with the spec;
- `scenario`: state machines, whose every example is a whole sequence of calls.
"""

from __future__ import annotations

import os
from typing import Any, Literal

from hypothesis import HealthCheck, settings

Kind = Literal["shared", "per_operation", "sampled", "scenario"]
PROFILES: dict[str, dict[Kind, int]] = {
    "dev": {"shared": 25, "per_operation": 3, "sampled": 40, "scenario": 10},
    "ci": {"shared": 100, "per_operation": 6, "sampled": 200, "scenario": 30},
    "deep": {"shared": 2_000, "per_operation": 200, "sampled": 5_000, "scenario": 500},
}
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
if PROFILE not in PROFILES:
    raise ValueError(f"HYPOTHESIS_PROFILE={PROFILE!r}: one of {', '.join(PROFILES)}")

# Slow examples are the rule here (a sandbox behind many of them), not a smell.
_COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
for _name, _budget in PROFILES.items():
    settings.register_profile(
        _name, max_examples=_budget["shared"], print_blob=_name != "dev", **_COMMON
    )
settings.load_profile(PROFILE)


def examples(kind: Kind) -> int:
    return PROFILES[PROFILE][kind]


def budget(kind: Kind, **overrides: Any) -> settings:
    """Settings for a test of `kind` under the chosen profile."""
    return settings(max_examples=examples(kind), **overrides)
