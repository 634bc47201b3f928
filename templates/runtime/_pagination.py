"""Pages of a collection. Iterating a page yields every item of it and of the pages after it,
fetching each next page (`next_cursor`, passed back verbatim) only when it is reached."""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._response import PageData, ResponseInfo
from ._types import NOT_GIVEN

if TYPE_CHECKING:
    import httpx2

    from ._base_client import AsyncAPIClient, CallOptions, SyncAPIClient
    from ._operations import Operation

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

M = TypeVar("M")


class _PageBase(ResponseInfo, Generic[M]):
    """A page, with the headers of its answer (`rate_limit`, `api_version`, ...)."""

    def __init__(
        self,
        operation: Operation[PageData[M]],
        arguments: Mapping[str, Any],
        options: CallOptions,
        page: PageData[M],
        response: httpx2.Response,
    ) -> None:
        self._operation = operation
        self._arguments = arguments
        self._options = options
        self.data: list[M] = page.data
        self.next_cursor: str | None = page.next_cursor
        self.total_count: int | None = page.total_count
        self.http_response = response

    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    def _next_arguments(self) -> dict[str, Any]:
        # A total count may only be asked for on a first page (it excludes `cursor`), by the
        # operations that count one.
        result = self._operation.result
        arguments = dict(self._arguments)
        if result.total_count_parameter in arguments:  # a listing may have none (jobs)
            arguments[result.total_count_parameter] = NOT_GIVEN
        arguments[result.cursor_parameter] = self.next_cursor
        return arguments

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} of {len(self.data)} items, "
            f"next_cursor={self.next_cursor!r}, total_count={self.total_count!r}>"
        )


class SyncPage(_PageBase[M]):
    """One page: `data`, `next_cursor`, `total_count`, `rate_limit`, `api_version`."""

    def __init__(self, client: SyncAPIClient, *args: Any) -> None:
        super().__init__(*args)
        self._client = client

    def get_next_page(self) -> SyncPage[M]:
        if self.next_cursor is None:
            raise RuntimeError("this is the last page: check has_next_page() first")
        return self._client._fetch_page(self._operation, self._next_arguments(), self._options)

    def pages(self) -> Iterator[SyncPage[M]]:
        """This page and each one after it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[M]:
        for page in self.pages():
            yield from page.data


class AsyncPage(_PageBase[M]):
    """One page: `data`, `next_cursor`, `total_count`, `rate_limit`, `api_version`."""

    def __init__(self, client: AsyncAPIClient, *args: Any) -> None:
        super().__init__(*args)
        self._client = client

    async def get_next_page(self) -> AsyncPage[M]:
        if self.next_cursor is None:
            raise RuntimeError("this is the last page: check has_next_page() first")
        return await self._client._fetch_page(
            self._operation, self._next_arguments(), self._options
        )

    async def pages(self) -> AsyncIterator[AsyncPage[M]]:
        """This page and each one after it."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[M]:
        async for page in self.pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[M]):
    """What an async list call returns: `await` it for the first page, or `async for` over it
    for every item of every page."""

    def __init__(
        self,
        client: AsyncAPIClient,
        operation: Operation[PageData[M]],
        arguments: Mapping[str, Any],
        options: CallOptions,
    ) -> None:
        self._client = client
        self._operation = operation
        self._arguments = arguments
        self._options = options

    def __await__(self) -> Generator[Any, None, AsyncPage[M]]:
        return self._client._fetch_page(self._operation, self._arguments, self._options).__await__()

    async def pages(self) -> AsyncIterator[AsyncPage[M]]:
        first: AsyncPage[M] = await self
        async for page in first.pages():
            yield page

    async def __aiter__(self) -> AsyncIterator[M]:
        async for page in self.pages():
            for item in page.data:
                yield item
