"""JSON a client sent, read with the limits a server needs.

Python's `json.loads` takes what a hostile client can send and fails far from the cause:
nesting 10,000 deep raises RecursionError, which no caller expects; a 5,000-digit number raises
a plain ValueError; and a `"\\ud800"` escape becomes a string holding a lone surrogate, which no
UTF-8 encoder can write, so it broke later on storage, in error echoes and in the report.
`read_json` refuses all of them at once with `JsonRefused`, whose reason completes a sentence
about what was read ("the batch body nests deeper than 32 levels").
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 32  # a batch body is 4 levels deep (list, item, params, list value)


class JsonRefused(ValueError):
    """Not JSON the sandbox takes. `reason` follows the name of what was read; `rule` names the
    limit for the conformance report."""

    def __init__(self, reason: str, rule: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.rule = rule


def read_json(data: bytes | str) -> Any:
    """The value of a JSON text, or JsonRefused."""
    try:
        value = json.loads(data, parse_float=_finite, parse_constant=_no_constant)
    except JsonRefused:
        raise
    except RecursionError:
        raise JsonRefused(f"nests deeper than {MAX_DEPTH} levels", "depth") from None
    except UnicodeDecodeError:
        raise JsonRefused("is not UTF-8 text", "json") from None
    except json.JSONDecodeError:
        raise JsonRefused("is not JSON", "json") from None
    except ValueError:  # json reads numbers with int(), which refuses more than 4,300 digits
        raise JsonRefused("holds a number of more than 4,300 digits", "json") from None
    _check(value)
    return value


def _finite(text: str) -> float:
    """JSON numbers are finite; Python reads 1e999 as infinity, which no JSON can hold again."""
    number = float(text)
    if not math.isfinite(number):
        raise JsonRefused("holds a number too large for a double", "json")
    return number


def _no_constant(name: str) -> Any:
    raise JsonRefused(f"holds {name}, which is not JSON", "json")


def _check(value: Any) -> None:
    """Walk the value without recursion: depth and text of every string, keys included."""
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, list | dict):
            if depth == MAX_DEPTH:
                raise JsonRefused(f"nests deeper than {MAX_DEPTH} levels", "depth")
            if isinstance(item, dict):
                for key, member in item.items():
                    _check_text(key)
                    pending.append((member, depth + 1))
            else:
                pending.extend((member, depth + 1) for member in item)


def _check_text(text: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise JsonRefused(
            "holds a lone surrogate escape (such as \\ud800): text must be valid Unicode",
            "surrogate",
        ) from None
