"""Money in micros: amounts are integers, the amount times one million, in the currency of the
funding instrument. Each currency allows a number of decimal places (`CURRENCY_PRECISION`)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ._spec import CURRENCY_PRECISION

__all__ = ["CURRENCY_PRECISION", "currency_precision", "from_micros", "to_micros"]

MICROS = Decimal(1_000_000)


def currency_precision(currency: str) -> int:
    """Decimal places a currency's amounts may have (2 for USD, 0 for JPY, 3 for KWD)."""
    try:
        return CURRENCY_PRECISION[currency]
    except KeyError:
        raise ValueError(
            f"unknown currency {currency!r}: the API supports {', '.join(CURRENCY_PRECISION)}"
        ) from None


def to_micros(amount: Decimal | int | str, currency: str) -> int:
    """`Decimal("5.50")`, `"5.50"` or `5` in `currency` as micros (`5500000`).

    Floats are refused (0.1 is not exact); so are negative amounts and amounts with more decimal
    places than the currency has.
    """
    places = currency_precision(currency)
    if isinstance(amount, float | bool) or not isinstance(amount, Decimal | int | str):
        raise TypeError(
            f"amount must be a Decimal, int or str, not {type(amount).__name__} "
            "(floats cannot hold money exactly)"
        )
    try:
        value = Decimal(amount)
    except InvalidOperation:
        raise ValueError(f"amount {amount!r} is not a number") from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"amount must be a finite number >= 0, not {amount!r}")
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise ValueError(f"{currency} amounts have {places} decimal places at most, not {amount}")
    return int(value * MICROS)


def from_micros(micros: int, currency: str) -> Decimal:
    """Micros as an amount of `currency`, with the currency's decimal places (`Decimal("5.50")`).

    An amount finer than the currency allows keeps its extra digits rather than being rounded.
    """
    places = currency_precision(currency)
    if isinstance(micros, bool) or not isinstance(micros, int):
        raise TypeError(f"micros must be an int, not {type(micros).__name__}")
    value = Decimal(micros) / MICROS
    quantum = Decimal(1).scaleb(-places)
    exact = value.quantize(quantum)
    return exact if exact == value else value.normalize()
