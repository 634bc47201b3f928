"""What the authenticated user may do in an ads account: its roles there, computed for
each request rather than stored.

Generated from the spec's `authenticated_user_access` operations; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import CallOptions
from .._operations import Operation, Param, Result
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.authenticated_user_access import AuthenticatedUserAccess

__all__ = [
    "AsyncAuthenticatedUserAccessResource",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse",
    "AuthenticatedUserAccessResource",
    "AuthenticatedUserAccessResourceWithRawResponse",
]

GET_AUTHENTICATED_USER_ACCESS: Operation[AuthenticatedUserAccess] = Operation(
    "getAuthenticatedUserAccess",
    "GET",
    "/accounts/{account_id}/authenticated_user_access",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("object", "authenticated_user_access:AuthenticatedUserAccess"),
)


class AuthenticatedUserAccessResource(SyncAPIResource):
    """What the authenticated user may do in an ads account: its roles there, computed for
    each request rather than stored."""

    def get(
        self,
        account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AuthenticatedUserAccess:
        """Get the authenticated user's permissions in an ads account.

        Answers which roles the user behind the access token holds in the ads account, the same
        roles the ads website shows. Check it before acting for the account's promotable user:
        `TWEET_COMPOSER` means the user may create promoted-only Tweets for the account's `FULL`
        promotable user.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AuthenticatedUserAccess.
        """
        return self._client._call(
            GET_AUTHENTICATED_USER_ACCESS,
            {"account_id": account_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAuthenticatedUserAccessResource(AsyncAPIResource):
    """What the authenticated user may do in an ads account: its roles there, computed for
    each request rather than stored."""

    async def get(
        self,
        account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AuthenticatedUserAccess:
        """Get the authenticated user's permissions in an ads account.

        Answers which roles the user behind the access token holds in the ads account, the same
        roles the ads website shows. Check it before acting for the account's promotable user:
        `TWEET_COMPOSER` means the user may create promoted-only Tweets for the account's `FULL`
        promotable user.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AuthenticatedUserAccess.
        """
        return await self._client._call(
            GET_AUTHENTICATED_USER_ACCESS,
            {"account_id": account_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AuthenticatedUserAccessResourceWithRawResponse:
    """The same calls as `AuthenticatedUserAccessResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AuthenticatedUserAccessResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncAuthenticatedUserAccessResourceWithRawResponse:
    """The same calls as `AsyncAuthenticatedUserAccessResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncAuthenticatedUserAccessResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
