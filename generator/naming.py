"""Python names for what the spec names."""

from __future__ import annotations

import keyword
import re

# Names a generated method already uses for its own keyword arguments.
RESERVED_ARGUMENTS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout"})

# Public attributes of `AdsClient` and `AsyncAdsClient` besides the resources: a resource
# cannot hang on the client under one of these names (a test keeps the list complete).
CLIENT_ATTRIBUTES = frozenset(
    {
        "api_version",
        "base_url",
        "close",
        "default_headers",
        "delete",
        "get",
        "max_retries",
        "max_retry_wait",
        "post",
        "put",
        "request",
        "sandbox",
        "strict_response_validation",
        "targets_production",
        "timeout",
        "with_options",
        "with_raw_response",
    }
)


def snake_case(name: str) -> str:
    """`fundingInstrument`, `FundingInstrument`, `funding-instrument` -> `funding_instrument`."""
    name = re.sub(r"[^0-9a-zA-Z]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.strip("_").lower()


def pascal_case(name: str) -> str:
    """`funding_instruments` -> `FundingInstruments`; existing capitals are kept."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9a-zA-Z]+", name) if part)


def identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """A valid Python identifier for `name`, not a keyword nor in `reserved` (suffix `_`)."""
    result = re.sub(r"\W", "_", name)
    if not result or result[0].isdigit():
        result = "_" + result
    while keyword.iskeyword(result) or result in reserved:
        result += "_"
    return result


def constant_name(name: str) -> str:
    """`getCampaign` -> `GET_CAMPAIGN`."""
    return snake_case(name).upper()
