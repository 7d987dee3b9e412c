"""Decimal helpers shared by extraction and arithmetic: exact values, precision, JSON numbers."""

from __future__ import annotations

from decimal import Decimal


def json_number(value: Decimal | None) -> int | float | None:
    """A Decimal as the JSON number a reader expects: 32160000000, not 3.216E+10."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def plain(value: Decimal) -> str:
    """A Decimal as a person writes it: 32.16, 10760000000, 0.05 (no exponent or trailing 0s)."""
    if value == value.to_integral_value():
        return f"{int(value):d}"
    text = f"{value.normalize():f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def half_unit(digits: str) -> Decimal:
    """The half-unit of the last stated digit of a numeral: "21.4" -> 0.05, "10" -> 0.5."""
    digits = digits.replace(",", "")
    if "." in digits:
        places = len(digits.split(".", 1)[1])
        return Decimal(5) / (Decimal(10) ** (places + 1))
    return Decimal("0.5")


def tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form: 32160000000.00 -> 32160000000."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
