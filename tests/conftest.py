from __future__ import annotations

import pytest

from adsapi.spec import ApiSpec, load_spec


@pytest.fixture(scope="session")
def spec() -> ApiSpec:
    return load_spec()
