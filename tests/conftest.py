from __future__ import annotations

import pytest

from adsapi.spec import ApiSpec, load_spec
from tests import budget  # noqa: F401  (registers and loads the hypothesis profiles)


@pytest.fixture(scope="session")
def spec() -> ApiSpec:
    return load_spec()
