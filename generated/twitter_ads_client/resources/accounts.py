"""Ads accounts. Each belongs to a business and is shared with the users it grants
access to; every other object lives in one.

Generated from the spec's `accounts` operations; do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal

from .._base_client import CallOptions
from .._operations import Operation, Param, Result
from .._pagination import AsyncPaginator, SyncPage
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._response import PageData
from .._rules import Exclusive
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.account import Account

__all__ = [
    "Accounts",
    "AccountsWithRawResponse",
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
]

LIST_ACCOUNTS: Operation[PageData[Account]] = Operation(
    "listAccounts",
    "GET",
    "/accounts",
    params=(
        Param(
            "account_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("q", "string", min_length=1, max_length=255),
        Param(
            "sort_by",
            "string",
            enum=(
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "name-asc",
                "name-desc",
            ),
        ),
        Param("with_deleted", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "account:Account"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
CREATE_ACCOUNT: Operation[list[Account]] = Operation(
    "createAccount",
    "POST",
    "/accounts",
    params=(),
    result=Result("list", "account:Account"),
    sandbox_only=True,
)
GET_ACCOUNT: Operation[Account] = Operation(
    "getAccount",
    "GET",
    "/accounts/{account_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "account:Account"),
)
UPDATE_ACCOUNT: Operation[Account] = Operation(
    "updateAccount",
    "PUT",
    "/accounts/{account_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("name", "string", location="form", min_length=1),
        Param(
            "industry_type",
            "string",
            location="form",
            enum=(
                "AGENCY",
                "BUSINESS_TO_BUSINESS",
                "ONLINE_SERVICES",
                "EDUCATION",
                "FINANCIAL",
                "HEALTH",
                "GOVERNMENT",
                "MEDIA",
                "MOBILE",
                "RESTAURANT",
                "RETAIL",
                "TECHNOLOGY",
                "TRAVEL",
                "OTHER",
            ),
        ),
    ),
    result=Result("object", "account:Account"),
    partial_update=True,
)
DELETE_ACCOUNT: Operation[Account] = Operation(
    "deleteAccount",
    "DELETE",
    "/accounts/{account_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("object", "account:Account"),
    sandbox_only=True,
)


class Accounts(SyncAPIResource):
    """Ads accounts. Each belongs to a business and is shared with the users it grants
    access to; every other object lives in one."""

    def list(
        self,
        *,
        account_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "name-asc",
                "name-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Account]:
        """List the ads accounts the user can access.

        Returns the ads accounts the authenticated user has access to, one page at a time.

        Args:
            account_ids: Keep only the accounts with these identifiers (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            q: Keep only objects whose `name` starts with this text, ignoring case.
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Account objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_ACCOUNTS,
            {
                "account_ids": account_ids,
                "count": count,
                "cursor": cursor,
                "q": q,
                "sort_by": sort_by,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Account]:
        """Create a test ads account (sandbox only).

        Creates an ads account owned by the authenticated user. This only exists on the sandbox
        host, where it is the way to get an account to experiment with; production accounts are
        opened through the ads UI. The new account comes with a funding instrument, so campaigns
        can be created right away. Takes no parameters. Unlike other creates, the answer holds
        the new account in a one-element list.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Account objects of the answer.
        """
        return self._client._call(
            CREATE_ACCOUNT,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Get one ads account.

        Returns one ads account the authenticated user has access to.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Account.
        """
        return self._client._call(
            GET_ACCOUNT,
            {"account_id": account_id, "with_deleted": with_deleted},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        industry_type: (
            Literal[
                "AGENCY",
                "BUSINESS_TO_BUSINESS",
                "ONLINE_SERVICES",
                "EDUCATION",
                "FINANCIAL",
                "HEALTH",
                "GOVERNMENT",
                "MEDIA",
                "MOBILE",
                "RESTAURANT",
                "RETAIL",
                "TECHNOLOGY",
                "TRAVEL",
                "OTHER",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Rename an ads account or change its industry.

        Changes the account's name and/or industry. Only the parameters sent change. (Up to v4
        the name parameter was called `account_name`.)

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            name: New display name. It cannot be emptied.
            industry_type: The industry an ads account declares.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Account.
        """
        return self._client._call(
            UPDATE_ACCOUNT,
            {"account_id": account_id, "name": name, "industry_type": industry_type},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Delete a test ads account (sandbox only).

        Deletes an ads account created in the sandbox. Only exists on the sandbox host. The
        answer is the account as it now is, with `deleted: true`.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Account.
        """
        return self._client._call(
            DELETE_ACCOUNT,
            {"account_id": account_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAccounts(AsyncAPIResource):
    """Ads accounts. Each belongs to a business and is shared with the users it grants
    access to; every other object lives in one."""

    def list(
        self,
        *,
        account_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "name-asc",
                "name-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Account]:
        """List the ads accounts the user can access.

        Returns the ads accounts the authenticated user has access to, one page at a time.

        Args:
            account_ids: Keep only the accounts with these identifiers (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            q: Keep only objects whose `name` starts with this text, ignoring case.
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Account objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_ACCOUNTS,
            {
                "account_ids": account_ids,
                "count": count,
                "cursor": cursor,
                "q": q,
                "sort_by": sort_by,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Account]:
        """Create a test ads account (sandbox only).

        Creates an ads account owned by the authenticated user. This only exists on the sandbox
        host, where it is the way to get an account to experiment with; production accounts are
        opened through the ads UI. The new account comes with a funding instrument, so campaigns
        can be created right away. Takes no parameters. Unlike other creates, the answer holds
        the new account in a one-element list.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Account objects of the answer.
        """
        return await self._client._call(
            CREATE_ACCOUNT,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Get one ads account.

        Returns one ads account the authenticated user has access to.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Account.
        """
        return await self._client._call(
            GET_ACCOUNT,
            {"account_id": account_id, "with_deleted": with_deleted},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        industry_type: (
            Literal[
                "AGENCY",
                "BUSINESS_TO_BUSINESS",
                "ONLINE_SERVICES",
                "EDUCATION",
                "FINANCIAL",
                "HEALTH",
                "GOVERNMENT",
                "MEDIA",
                "MOBILE",
                "RESTAURANT",
                "RETAIL",
                "TECHNOLOGY",
                "TRAVEL",
                "OTHER",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Rename an ads account or change its industry.

        Changes the account's name and/or industry. Only the parameters sent change. (Up to v4
        the name parameter was called `account_name`.)

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            name: New display name. It cannot be emptied.
            industry_type: The industry an ads account declares.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Account.
        """
        return await self._client._call(
            UPDATE_ACCOUNT,
            {"account_id": account_id, "name": name, "industry_type": industry_type},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Account:
        """Delete a test ads account (sandbox only).

        Deletes an ads account created in the sandbox. Only exists on the sandbox host. The
        answer is the account as it now is, with `deleted: true`.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Account.
        """
        return await self._client._call(
            DELETE_ACCOUNT,
            {"account_id": account_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AccountsWithRawResponse:
    """The same calls as `Accounts`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: Accounts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncAccountsWithRawResponse:
    """The same calls as `AsyncAccounts`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncAccounts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
