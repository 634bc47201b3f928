"""Small shared types: the NOT_GIVEN sentinel and the aliases of the public signatures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, Literal, TypeAlias, final

if TYPE_CHECKING:
    import httpx2

__all__ = ["NOT_GIVEN", "Body", "Headers", "NotGiven", "Query", "TimeoutTypes"]


@final
class NotGiven:
    """The type of `NOT_GIVEN`: an argument left out, as opposed to `None` ("clear this")."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers: TypeAlias = Mapping[str, str]
# Extra query and body parameters, sent as given: values are written the way the API writes
# them (true/false, comma-joined lists, UTC times, None as an empty value).
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]
TimeoutTypes: TypeAlias = "float | httpx2.Timeout | None"
