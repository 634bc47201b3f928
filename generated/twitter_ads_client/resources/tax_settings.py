"""The VAT details of an ads account: one set per account, read and changed as a whole.

Generated from the spec's `tax_settings` operations; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

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
    from ..types.tax_settings import TaxSettings

__all__ = [
    "AsyncTaxSettingsResource",
    "AsyncTaxSettingsResourceWithRawResponse",
    "TaxSettingsResource",
    "TaxSettingsResourceWithRawResponse",
]

GET_TAX_SETTINGS: Operation[TaxSettings] = Operation(
    "getTaxSettings",
    "GET",
    "/accounts/{account_id}/tax_settings",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("object", "tax_settings:TaxSettings"),
)
UPDATE_TAX_SETTINGS: Operation[TaxSettings] = Operation(
    "updateTaxSettings",
    "PUT",
    "/accounts/{account_id}/tax_settings",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("address_city", "string", location="form", min_length=1, max_length=255),
        Param("address_country", "string", location="form", pattern="^[A-Z]{2}$"),
        Param(
            "address_email",
            "string",
            location="form",
            max_length=254,
            pattern="^[^@ ]+@[^@ ]+[.][^@ ]+$",
        ),
        Param("address_first_name", "string", location="form", min_length=1, max_length=255),
        Param("address_last_name", "string", location="form", min_length=1, max_length=255),
        Param("address_name", "string", location="form", min_length=1, max_length=255),
        Param("address_postal_code", "string", location="form", min_length=1, max_length=255),
        Param("address_region", "string", location="form", min_length=1, max_length=255),
        Param("address_street1", "string", location="form", min_length=1, max_length=255),
        Param("address_street2", "string", location="form", min_length=1, max_length=255),
        Param("bill_to", "string", location="form", enum=("ADVERTISER", "AGENCY")),
        Param("business_relationship", "string", location="form", enum=("AGENCY", "SELF")),
        Param("client_address_city", "string", location="form", min_length=1, max_length=255),
        Param("client_address_country", "string", location="form", pattern="^[A-Z]{2}$"),
        Param(
            "client_address_email",
            "string",
            location="form",
            max_length=254,
            pattern="^[^@ ]+@[^@ ]+[.][^@ ]+$",
        ),
        Param("client_address_first_name", "string", location="form", min_length=1, max_length=255),
        Param("client_address_last_name", "string", location="form", min_length=1, max_length=255),
        Param("client_address_name", "string", location="form", min_length=1, max_length=255),
        Param(
            "client_address_postal_code", "string", location="form", min_length=1, max_length=255
        ),
        Param("client_address_region", "string", location="form", min_length=1, max_length=255),
        Param("client_address_street1", "string", location="form", min_length=1, max_length=255),
        Param("client_address_street2", "string", location="form", min_length=1, max_length=255),
        Param(
            "invoice_jurisdiction", "string", location="form", enum=("LOI_SAPIN", "NONE", "NOT_SET")
        ),
        Param(
            "tax_category",
            "string",
            location="form",
            enum=("BUSINESS_NO_VAT", "BUSINESS_WITH_VAT", "INDIVIDUAL"),
        ),
        Param(
            "tax_exemption_id",
            "string",
            location="form",
            min_length=1,
            max_length=32,
            pattern="^[A-Za-z0-9][A-Za-z0-9 .-]*$",
        ),
        Param(
            "tax_id",
            "string",
            location="form",
            min_length=1,
            max_length=32,
            pattern="^[A-Za-z0-9][A-Za-z0-9 .-]*$",
        ),
    ),
    result=Result("object", "tax_settings:TaxSettings"),
    partial_update=True,
)


class TaxSettingsResource(SyncAPIResource):
    """The VAT details of an ads account: one set per account, read and changed as a whole."""

    def get(
        self,
        account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TaxSettings:
        """Get an account's tax settings.

        Returns the VAT details of the ads account: who owns it (the advertiser or an agency
        acting for one), the addresses invoices carry, the tax category and identifiers. Every
        account has exactly one set; what nobody filled in is `null`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TaxSettings.
        """
        return self._client._call(
            GET_TAX_SETTINGS,
            {"account_id": account_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        account_id: str,
        *,
        address_city: str | NotGiven = NOT_GIVEN,
        address_country: str | NotGiven = NOT_GIVEN,
        address_email: str | NotGiven = NOT_GIVEN,
        address_first_name: str | NotGiven = NOT_GIVEN,
        address_last_name: str | NotGiven = NOT_GIVEN,
        address_name: str | NotGiven = NOT_GIVEN,
        address_postal_code: str | NotGiven = NOT_GIVEN,
        address_region: str | NotGiven = NOT_GIVEN,
        address_street1: str | NotGiven = NOT_GIVEN,
        address_street2: str | NotGiven = NOT_GIVEN,
        bill_to: Literal["ADVERTISER", "AGENCY"] | NotGiven = NOT_GIVEN,
        business_relationship: Literal["AGENCY", "SELF"] | NotGiven = NOT_GIVEN,
        client_address_city: str | NotGiven = NOT_GIVEN,
        client_address_country: str | NotGiven = NOT_GIVEN,
        client_address_email: str | NotGiven = NOT_GIVEN,
        client_address_first_name: str | NotGiven = NOT_GIVEN,
        client_address_last_name: str | NotGiven = NOT_GIVEN,
        client_address_name: str | NotGiven = NOT_GIVEN,
        client_address_postal_code: str | NotGiven = NOT_GIVEN,
        client_address_region: str | NotGiven = NOT_GIVEN,
        client_address_street1: str | NotGiven = NOT_GIVEN,
        client_address_street2: str | NotGiven = NOT_GIVEN,
        invoice_jurisdiction: Literal["LOI_SAPIN", "NONE", "NOT_SET"] | NotGiven = NOT_GIVEN,
        tax_category: (
            Literal["BUSINESS_NO_VAT", "BUSINESS_WITH_VAT", "INDIVIDUAL"] | NotGiven
        ) = NOT_GIVEN,
        tax_exemption_id: str | NotGiven = NOT_GIVEN,
        tax_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TaxSettings:
        """Change an account's tax settings.

        Changes the VAT details of the ads account. Only what is sent changes; a detail is
        replaced, never cleared. The `client_address_*` details describe the advertiser when an
        agency owns the account (`business_relationship=AGENCY`). The answer is the whole set as
        it now is.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            address_city: City of the account owner's address.
            address_country: Country of the account owner's address.
            address_email: Email address for the account owner's address.
            address_first_name: First name for the account owner's address.
            address_last_name: Last name for the account owner's address.
            address_name: Company name of the account owner's address (answers show it as
                `address_company`).
            address_postal_code: Postal code of the account owner's address.
            address_region: Region (state, province) of the account owner's address.
            address_street1: First street line of the account owner's address.
            address_street2: Second street line of the account owner's address.
            bill_to: Who receives the invoices.
            business_relationship: Whether the advertiser owns the account itself or an agency
                runs it for the advertiser.
            client_address_city: City of the advertiser's address, when an agency owns the
                account.
            client_address_country: Country of the advertiser's address, when an agency owns the
                account.
            client_address_email: Email address of the advertiser, when an agency owns the
                account.
            client_address_first_name: First name for the advertiser's address, when an agency
                owns the account.
            client_address_last_name: Last name for the advertiser's address, when an agency
                owns the account.
            client_address_name: Company name of the advertiser, when an agency owns the
                account.
            client_address_postal_code: Postal code of the advertiser's address, when an agency
                owns the account.
            client_address_region: Region of the advertiser's address, when an agency owns the
                account.
            client_address_street1: First street line of the advertiser's address, when an
                agency owns the account.
            client_address_street2: Second street line of the advertiser's address, when an
                agency owns the account.
            invoice_jurisdiction: The legal regime invoices follow (`LOI_SAPIN` is the French
                Sapin law on media buying).
            tax_category: Whether the account is taxed as an individual or as a business, with
                or without VAT.
            tax_exemption_id: VAT exemption identifier.
            tax_id: VAT registration identifier.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TaxSettings.
        """
        return self._client._call(
            UPDATE_TAX_SETTINGS,
            {
                "account_id": account_id,
                "address_city": address_city,
                "address_country": address_country,
                "address_email": address_email,
                "address_first_name": address_first_name,
                "address_last_name": address_last_name,
                "address_name": address_name,
                "address_postal_code": address_postal_code,
                "address_region": address_region,
                "address_street1": address_street1,
                "address_street2": address_street2,
                "bill_to": bill_to,
                "business_relationship": business_relationship,
                "client_address_city": client_address_city,
                "client_address_country": client_address_country,
                "client_address_email": client_address_email,
                "client_address_first_name": client_address_first_name,
                "client_address_last_name": client_address_last_name,
                "client_address_name": client_address_name,
                "client_address_postal_code": client_address_postal_code,
                "client_address_region": client_address_region,
                "client_address_street1": client_address_street1,
                "client_address_street2": client_address_street2,
                "invoice_jurisdiction": invoice_jurisdiction,
                "tax_category": tax_category,
                "tax_exemption_id": tax_exemption_id,
                "tax_id": tax_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncTaxSettingsResource(AsyncAPIResource):
    """The VAT details of an ads account: one set per account, read and changed as a whole."""

    async def get(
        self,
        account_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TaxSettings:
        """Get an account's tax settings.

        Returns the VAT details of the ads account: who owns it (the advertiser or an agency
        acting for one), the addresses invoices carry, the tax category and identifiers. Every
        account has exactly one set; what nobody filled in is `null`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TaxSettings.
        """
        return await self._client._call(
            GET_TAX_SETTINGS,
            {"account_id": account_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        account_id: str,
        *,
        address_city: str | NotGiven = NOT_GIVEN,
        address_country: str | NotGiven = NOT_GIVEN,
        address_email: str | NotGiven = NOT_GIVEN,
        address_first_name: str | NotGiven = NOT_GIVEN,
        address_last_name: str | NotGiven = NOT_GIVEN,
        address_name: str | NotGiven = NOT_GIVEN,
        address_postal_code: str | NotGiven = NOT_GIVEN,
        address_region: str | NotGiven = NOT_GIVEN,
        address_street1: str | NotGiven = NOT_GIVEN,
        address_street2: str | NotGiven = NOT_GIVEN,
        bill_to: Literal["ADVERTISER", "AGENCY"] | NotGiven = NOT_GIVEN,
        business_relationship: Literal["AGENCY", "SELF"] | NotGiven = NOT_GIVEN,
        client_address_city: str | NotGiven = NOT_GIVEN,
        client_address_country: str | NotGiven = NOT_GIVEN,
        client_address_email: str | NotGiven = NOT_GIVEN,
        client_address_first_name: str | NotGiven = NOT_GIVEN,
        client_address_last_name: str | NotGiven = NOT_GIVEN,
        client_address_name: str | NotGiven = NOT_GIVEN,
        client_address_postal_code: str | NotGiven = NOT_GIVEN,
        client_address_region: str | NotGiven = NOT_GIVEN,
        client_address_street1: str | NotGiven = NOT_GIVEN,
        client_address_street2: str | NotGiven = NOT_GIVEN,
        invoice_jurisdiction: Literal["LOI_SAPIN", "NONE", "NOT_SET"] | NotGiven = NOT_GIVEN,
        tax_category: (
            Literal["BUSINESS_NO_VAT", "BUSINESS_WITH_VAT", "INDIVIDUAL"] | NotGiven
        ) = NOT_GIVEN,
        tax_exemption_id: str | NotGiven = NOT_GIVEN,
        tax_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TaxSettings:
        """Change an account's tax settings.

        Changes the VAT details of the ads account. Only what is sent changes; a detail is
        replaced, never cleared. The `client_address_*` details describe the advertiser when an
        agency owns the account (`business_relationship=AGENCY`). The answer is the whole set as
        it now is.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            address_city: City of the account owner's address.
            address_country: Country of the account owner's address.
            address_email: Email address for the account owner's address.
            address_first_name: First name for the account owner's address.
            address_last_name: Last name for the account owner's address.
            address_name: Company name of the account owner's address (answers show it as
                `address_company`).
            address_postal_code: Postal code of the account owner's address.
            address_region: Region (state, province) of the account owner's address.
            address_street1: First street line of the account owner's address.
            address_street2: Second street line of the account owner's address.
            bill_to: Who receives the invoices.
            business_relationship: Whether the advertiser owns the account itself or an agency
                runs it for the advertiser.
            client_address_city: City of the advertiser's address, when an agency owns the
                account.
            client_address_country: Country of the advertiser's address, when an agency owns the
                account.
            client_address_email: Email address of the advertiser, when an agency owns the
                account.
            client_address_first_name: First name for the advertiser's address, when an agency
                owns the account.
            client_address_last_name: Last name for the advertiser's address, when an agency
                owns the account.
            client_address_name: Company name of the advertiser, when an agency owns the
                account.
            client_address_postal_code: Postal code of the advertiser's address, when an agency
                owns the account.
            client_address_region: Region of the advertiser's address, when an agency owns the
                account.
            client_address_street1: First street line of the advertiser's address, when an
                agency owns the account.
            client_address_street2: Second street line of the advertiser's address, when an
                agency owns the account.
            invoice_jurisdiction: The legal regime invoices follow (`LOI_SAPIN` is the French
                Sapin law on media buying).
            tax_category: Whether the account is taxed as an individual or as a business, with
                or without VAT.
            tax_exemption_id: VAT exemption identifier.
            tax_id: VAT registration identifier.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TaxSettings.
        """
        return await self._client._call(
            UPDATE_TAX_SETTINGS,
            {
                "account_id": account_id,
                "address_city": address_city,
                "address_country": address_country,
                "address_email": address_email,
                "address_first_name": address_first_name,
                "address_last_name": address_last_name,
                "address_name": address_name,
                "address_postal_code": address_postal_code,
                "address_region": address_region,
                "address_street1": address_street1,
                "address_street2": address_street2,
                "bill_to": bill_to,
                "business_relationship": business_relationship,
                "client_address_city": client_address_city,
                "client_address_country": client_address_country,
                "client_address_email": client_address_email,
                "client_address_first_name": client_address_first_name,
                "client_address_last_name": client_address_last_name,
                "client_address_name": client_address_name,
                "client_address_postal_code": client_address_postal_code,
                "client_address_region": client_address_region,
                "client_address_street1": client_address_street1,
                "client_address_street2": client_address_street2,
                "invoice_jurisdiction": invoice_jurisdiction,
                "tax_category": tax_category,
                "tax_exemption_id": tax_exemption_id,
                "tax_id": tax_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class TaxSettingsResourceWithRawResponse:
    """The same calls as `TaxSettingsResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: TaxSettingsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncTaxSettingsResourceWithRawResponse:
    """The same calls as `AsyncTaxSettingsResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncTaxSettingsResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
