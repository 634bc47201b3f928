"""A user's contact details for one ads account: one set per user and account.

Generated from the spec's `user_settings` operations; do not edit.
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
    from ..types.user_settings import UserSettings

__all__ = [
    "AsyncUserSettingsResource",
    "AsyncUserSettingsResourceWithRawResponse",
    "UserSettingsResource",
    "UserSettingsResourceWithRawResponse",
]

GET_USER_SETTINGS: Operation[UserSettings] = Operation(
    "getUserSettings",
    "GET",
    "/accounts/{account_id}/user_settings/{user_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("user_id", "string", location="path", required=True, pattern="^[0-9]{1,20}$"),
    ),
    result=Result("object", "user_settings:UserSettings"),
)
UPDATE_USER_SETTINGS: Operation[UserSettings] = Operation(
    "updateUserSettings",
    "PUT",
    "/accounts/{account_id}/user_settings/{user_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("user_id", "string", location="path", required=True, pattern="^[0-9]{1,20}$"),
        Param(
            "notification_email",
            "string",
            location="form",
            max_length=254,
            pattern="^[^@ ]+@[^@ ]+[.][^@ ]+$",
        ),
        Param("contact_phone", "string", location="form", pattern="^\\+?[0-9][0-9 ().-]{2,30}$"),
        Param("contact_phone_extension", "string", location="form", pattern="^[0-9]{1,10}$"),
    ),
    result=Result("object", "user_settings:UserSettings"),
    partial_update=True,
)


class UserSettingsResource(SyncAPIResource):
    """A user's contact details for one ads account: one set per user and account."""

    def get(
        self,
        account_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> UserSettings:
        """Get a user's settings in an ads account.

        Returns how the ads account reaches the user: the email its notifications go to and a
        contact telephone number. What the user never set is an empty string.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            user_id: The user whose settings these are: an X user identifier (decimal digits),
                not an ads entity identifier. A user without access to the account is answered
                with 403 `USER_NOT_FOUND`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The UserSettings.
        """
        return self._client._call(
            GET_USER_SETTINGS,
            {"account_id": account_id, "user_id": user_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        account_id: str,
        user_id: str,
        *,
        notification_email: str | NotGiven = NOT_GIVEN,
        contact_phone: str | NotGiven = NOT_GIVEN,
        contact_phone_extension: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> UserSettings:
        """Change a user's settings in an ads account.

        Changes the user's contact details for the ads account; only what is sent changes. The
        request must be made by that user (user context): account administrators cannot change
        other users' settings. The answer is the whole set as it now is.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            user_id: The user whose settings these are: an X user identifier (decimal digits),
                not an ads entity identifier. A user without access to the account is answered
                with 403 `USER_NOT_FOUND`.
            notification_email: The address the account's notifications go to.
            contact_phone: A contact telephone number.
            contact_phone_extension: The extension of the contact number.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The UserSettings.
        """
        return self._client._call(
            UPDATE_USER_SETTINGS,
            {
                "account_id": account_id,
                "user_id": user_id,
                "notification_email": notification_email,
                "contact_phone": contact_phone,
                "contact_phone_extension": contact_phone_extension,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncUserSettingsResource(AsyncAPIResource):
    """A user's contact details for one ads account: one set per user and account."""

    async def get(
        self,
        account_id: str,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> UserSettings:
        """Get a user's settings in an ads account.

        Returns how the ads account reaches the user: the email its notifications go to and a
        contact telephone number. What the user never set is an empty string.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            user_id: The user whose settings these are: an X user identifier (decimal digits),
                not an ads entity identifier. A user without access to the account is answered
                with 403 `USER_NOT_FOUND`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The UserSettings.
        """
        return await self._client._call(
            GET_USER_SETTINGS,
            {"account_id": account_id, "user_id": user_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        account_id: str,
        user_id: str,
        *,
        notification_email: str | NotGiven = NOT_GIVEN,
        contact_phone: str | NotGiven = NOT_GIVEN,
        contact_phone_extension: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> UserSettings:
        """Change a user's settings in an ads account.

        Changes the user's contact details for the ads account; only what is sent changes. The
        request must be made by that user (user context): account administrators cannot change
        other users' settings. The answer is the whole set as it now is.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            user_id: The user whose settings these are: an X user identifier (decimal digits),
                not an ads entity identifier. A user without access to the account is answered
                with 403 `USER_NOT_FOUND`.
            notification_email: The address the account's notifications go to.
            contact_phone: A contact telephone number.
            contact_phone_extension: The extension of the contact number.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The UserSettings.
        """
        return await self._client._call(
            UPDATE_USER_SETTINGS,
            {
                "account_id": account_id,
                "user_id": user_id,
                "notification_email": notification_email,
                "contact_phone": contact_phone,
                "contact_phone_extension": contact_phone_extension,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class UserSettingsResourceWithRawResponse:
    """The same calls as `UserSettingsResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: UserSettingsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncUserSettingsResourceWithRawResponse:
    """The same calls as `AsyncUserSettingsResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncUserSettingsResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
