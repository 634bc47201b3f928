"""A/B tests: campaigns or line items of an ads account split into user groups that
each see their own ads, to compare them.

Generated from the spec's `ab_tests` operations; do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

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
from .._rules import Exclusive, SumsTo, TimeWindow
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.ab_test import AbTest

__all__ = [
    "AbTests",
    "AbTestsWithRawResponse",
    "AsyncAbTests",
    "AsyncAbTestsWithRawResponse",
]

LIST_AB_TESTS: Operation[PageData[AbTest]] = Operation(
    "listAbTests",
    "GET",
    "/accounts/{account_id}/ab_tests",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "ab_test_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param(
            "live_during",
            "array",
            min_items=2,
            max_items=2,
            comma_joined=True,
            items=Param("", "datetime"),
        ),
        Param("q", "string", min_length=1, max_length=80),
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
                "start_time-asc",
                "start_time-desc",
                "end_time-asc",
                "end_time-desc",
                "entity_type-asc",
                "entity_type-desc",
            ),
        ),
        Param("status", "string", enum=("COMPLETED", "LIVE", "SCHEDULED")),
        Param("user_id", "string", pattern="^[0-9]{1,20}$"),
        Param("username", "string", pattern="^[A-Za-z0-9_]{1,15}$"),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("page", "ab_test:AbTest"),
    rules=(
        Exclusive(
            ("user_id", "username"),
            "EXCLUSIVE_PARAMETERS",
            "The author is named by identifier or by handle, not both.",
        ),
    ),
)
CREATE_AB_TEST: Operation[AbTest] = Operation(
    "createAbTest",
    "POST",
    "/accounts/{account_id}/ab_tests",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("end_time", "datetime", location="body", required=True),
        Param(
            "entity_type", "string", location="body", required=True, enum=("CAMPAIGN", "LINE_ITEM")
        ),
        Param("start_time", "datetime", location="body", required=True),
        Param(
            "user_groups",
            "array",
            location="body",
            required=True,
            min_items=2,
            max_items=30,
            items=Param("", "object"),
        ),
        Param("name", "string", location="body", min_length=1, max_length=255),
        Param("description", "string", location="body", min_length=1, max_length=1024),
    ),
    result=Result("object", "ab_test:AbTest"),
    rules=(
        SumsTo(
            "user_groups",
            "size",
            100,
            "INVALID_PARAMETER",
            "Every user belongs to exactly one group, so the sizes add up to 100%.",
        ),
        TimeWindow(
            "start_time",
            "end_time",
            None,
            "INVALID_TIME_WINDOW",
            "An A/B test ends after it starts.",
            (),
        ),
    ),
)
UPDATE_AB_TEST: Operation[AbTest] = Operation(
    "updateAbTest",
    "PUT",
    "/accounts/{account_id}/ab_tests/{ab_test_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("ab_test_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "description", "string", location="body", nullable=True, min_length=1, max_length=1024
        ),
        Param("end_time", "datetime", location="body"),
        Param("name", "string", location="body", nullable=True, min_length=1, max_length=255),
        Param("start_time", "datetime", location="body"),
        Param(
            "user_groups",
            "array",
            location="body",
            min_items=2,
            max_items=30,
            items=Param("", "object"),
        ),
    ),
    result=Result("object", "ab_test:AbTest"),
    rules=(
        SumsTo(
            "user_groups",
            "size",
            100,
            "INVALID_PARAMETER",
            "Every user belongs to exactly one group, so the sizes add up to 100%.",
        ),
    ),
    partial_update=True,
)
DELETE_AB_TEST: Operation[AbTest] = Operation(
    "deleteAbTest",
    "DELETE",
    "/accounts/{account_id}/ab_tests/{ab_test_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("ab_test_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("object", "ab_test:AbTest"),
)


class AbTests(SyncAPIResource):
    """A/B tests: campaigns or line items of an ads account split into user groups that
    each see their own ads, to compare them."""

    def list(
        self,
        account_id: str,
        *,
        ab_test_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        live_during: builtins.list[datetime] | NotGiven = NOT_GIVEN,
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
                "start_time-asc",
                "start_time-desc",
                "end_time-asc",
                "end_time-desc",
                "entity_type-asc",
                "entity_type-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        status: Literal["COMPLETED", "LIVE", "SCHEDULED"] | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AbTest]:
        """List an account's A/B tests.

        Returns the A/B tests of the ads account, one page at a time, optionally narrowed by
        identifier, name, status, author or a period they overlap. Deleted ones only with
        `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            ab_test_ids: Keep only the A/B tests with these identifiers (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            live_during: Keep only the A/B tests whose flight overlaps this period, in part or
                whole: its start, then its end. A period given the other way round overlaps
                nothing.
            q: Keep only the A/B tests whose `name` starts with this text, ignoring case.
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            status: Keep only the A/B tests in this state.
            user_id: Keep only the A/B tests created by this user. Not together with `username`.
            username: Keep only the A/B tests created by the user with this handle, without the
                `@`. Not together with `user_id`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of AbTest objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_AB_TESTS,
            {
                "account_id": account_id,
                "ab_test_ids": ab_test_ids,
                "count": count,
                "cursor": cursor,
                "live_during": live_during,
                "q": q,
                "sort_by": sort_by,
                "status": status,
                "user_id": user_id,
                "username": username,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        account_id: str,
        *,
        end_time: datetime,
        entity_type: Literal["CAMPAIGN", "LINE_ITEM"],
        start_time: datetime,
        user_groups: builtins.list[Mapping[str, Any]],
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AbTest:
        """Create an A/B test.

        Splits the audience of some campaigns or line items of the account into two to thirty
        user groups, each shown the ads of its own entities, for the given flight. The group
        sizes are percentages adding up to 100. An entity takes part in one A/B test at a time.
        The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            end_time: When the test ends.
            entity_type: What the user groups are made of.
            start_time: When the test starts.
            user_groups: The user groups, two to thirty, their sizes adding up to 100.
            name: The A/B test's name.
            description: What the A/B test is for.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Members to add to the JSON body, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AbTest.
        """
        return self._client._call(
            CREATE_AB_TEST,
            {
                "account_id": account_id,
                "end_time": end_time,
                "entity_type": entity_type,
                "start_time": start_time,
                "user_groups": user_groups,
                "name": name,
                "description": description,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        account_id: str,
        ab_test_id: str,
        *,
        description: str | NotGiven | None = NOT_GIVEN,
        end_time: datetime | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        start_time: datetime | NotGiven = NOT_GIVEN,
        user_groups: builtins.list[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AbTest:
        """Change an A/B test.

        Changes what is sent and keeps the rest; `null` clears a name or a description. A
        scheduled A/B test may change anything; once live only its `end_time`, and once
        completed nothing (`ACTION_NOT_ALLOWED`). `user_groups` replaces the groups as a whole:
        a group sent with the `id` of one of the test's groups keeps that group's identifier and
        the fields it does not send; a group without one is new. The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            ab_test_id: The A/B test.
            description: What the A/B test is for; `null` clears it. Only while scheduled.
                (`None` clears it)
            end_time: When the test ends. While scheduled or live.
            name: The A/B test's name; `null` clears it. Only while scheduled. (`None` clears
                it)
            start_time: When the test starts. Only while scheduled.
            user_groups: The user groups, replacing the former ones as a whole (two to thirty,
                their sizes adding up to 100). Only while scheduled.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Members to add to the JSON body, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AbTest.
        """
        return self._client._call(
            UPDATE_AB_TEST,
            {
                "account_id": account_id,
                "ab_test_id": ab_test_id,
                "description": description,
                "end_time": end_time,
                "name": name,
                "start_time": start_time,
                "user_groups": user_groups,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        ab_test_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AbTest:
        """Delete an A/B test.

        Deletes the A/B test for good: it cannot be restored, and deleting it again is 404.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            ab_test_id: The A/B test.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AbTest.
        """
        return self._client._call(
            DELETE_AB_TEST,
            {"account_id": account_id, "ab_test_id": ab_test_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAbTests(AsyncAPIResource):
    """A/B tests: campaigns or line items of an ads account split into user groups that
    each see their own ads, to compare them."""

    def list(
        self,
        account_id: str,
        *,
        ab_test_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        live_during: builtins.list[datetime] | NotGiven = NOT_GIVEN,
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
                "start_time-asc",
                "start_time-desc",
                "end_time-asc",
                "end_time-desc",
                "entity_type-asc",
                "entity_type-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        status: Literal["COMPLETED", "LIVE", "SCHEDULED"] | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AbTest]:
        """List an account's A/B tests.

        Returns the A/B tests of the ads account, one page at a time, optionally narrowed by
        identifier, name, status, author or a period they overlap. Deleted ones only with
        `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            ab_test_ids: Keep only the A/B tests with these identifiers (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            live_during: Keep only the A/B tests whose flight overlaps this period, in part or
                whole: its start, then its end. A period given the other way round overlaps
                nothing.
            q: Keep only the A/B tests whose `name` starts with this text, ignoring case.
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            status: Keep only the A/B tests in this state.
            user_id: Keep only the A/B tests created by this user. Not together with `username`.
            username: Keep only the A/B tests created by the user with this handle, without the
                `@`. Not together with `user_id`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of AbTest objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_AB_TESTS,
            {
                "account_id": account_id,
                "ab_test_ids": ab_test_ids,
                "count": count,
                "cursor": cursor,
                "live_during": live_during,
                "q": q,
                "sort_by": sort_by,
                "status": status,
                "user_id": user_id,
                "username": username,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
        self,
        account_id: str,
        *,
        end_time: datetime,
        entity_type: Literal["CAMPAIGN", "LINE_ITEM"],
        start_time: datetime,
        user_groups: builtins.list[Mapping[str, Any]],
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AbTest:
        """Create an A/B test.

        Splits the audience of some campaigns or line items of the account into two to thirty
        user groups, each shown the ads of its own entities, for the given flight. The group
        sizes are percentages adding up to 100. An entity takes part in one A/B test at a time.
        The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            end_time: When the test ends.
            entity_type: What the user groups are made of.
            start_time: When the test starts.
            user_groups: The user groups, two to thirty, their sizes adding up to 100.
            name: The A/B test's name.
            description: What the A/B test is for.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Members to add to the JSON body, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AbTest.
        """
        return await self._client._call(
            CREATE_AB_TEST,
            {
                "account_id": account_id,
                "end_time": end_time,
                "entity_type": entity_type,
                "start_time": start_time,
                "user_groups": user_groups,
                "name": name,
                "description": description,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        account_id: str,
        ab_test_id: str,
        *,
        description: str | NotGiven | None = NOT_GIVEN,
        end_time: datetime | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        start_time: datetime | NotGiven = NOT_GIVEN,
        user_groups: builtins.list[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AbTest:
        """Change an A/B test.

        Changes what is sent and keeps the rest; `null` clears a name or a description. A
        scheduled A/B test may change anything; once live only its `end_time`, and once
        completed nothing (`ACTION_NOT_ALLOWED`). `user_groups` replaces the groups as a whole:
        a group sent with the `id` of one of the test's groups keeps that group's identifier and
        the fields it does not send; a group without one is new. The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            ab_test_id: The A/B test.
            description: What the A/B test is for; `null` clears it. Only while scheduled.
                (`None` clears it)
            end_time: When the test ends. While scheduled or live.
            name: The A/B test's name; `null` clears it. Only while scheduled. (`None` clears
                it)
            start_time: When the test starts. Only while scheduled.
            user_groups: The user groups, replacing the former ones as a whole (two to thirty,
                their sizes adding up to 100). Only while scheduled.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Members to add to the JSON body, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AbTest.
        """
        return await self._client._call(
            UPDATE_AB_TEST,
            {
                "account_id": account_id,
                "ab_test_id": ab_test_id,
                "description": description,
                "end_time": end_time,
                "name": name,
                "start_time": start_time,
                "user_groups": user_groups,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        ab_test_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AbTest:
        """Delete an A/B test.

        Deletes the A/B test for good: it cannot be restored, and deleting it again is 404.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            ab_test_id: The A/B test.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AbTest.
        """
        return await self._client._call(
            DELETE_AB_TEST,
            {"account_id": account_id, "ab_test_id": ab_test_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AbTestsWithRawResponse:
    """The same calls as `AbTests`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AbTests) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncAbTestsWithRawResponse:
    """The same calls as `AsyncAbTests`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncAbTests) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
