"""The Quantity: one number found in a text, with its unit, bounds, precision and offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .numbers import json_number

KINDS = (
    "money",
    "percent",
    "percentage_point",
    "year",
    "count",
    "quantity",
    "duration",
    "fraction",
    "multiple",
)

# CQE's convention for how a stated number relates to the true one.
CHANGES = ("=", "~", ">", "<", "up", "down")


@dataclass
class Quantity:
    """A number in the text.

    text: the words of the number with its currency or unit, without qualifiers ("US$10 billion").
    start, end: character offsets of `text` in the original string.
    kind: one of KINDS.
    value: exactly scaled Decimal ("US$32.16 billion" -> 32160000000); a range's midpoint.
    unit: ISO 4217 code for money, "%" for percent, "percentage point", a unit name, or None.
    change: one of CHANGES ("more than" -> ">", "rose 12 percent" -> "up").
    precision: half the unit of the last stated digit, in the units of `value` (21.4 -> 0.05).
    low, high: the ends of a stated range, else None.
    subject, period: what the number measures and when, where the text says so.
    """

    text: str
    start: int
    end: int
    kind: str
    value: Decimal
    unit: str | None = None
    change: str = "="
    precision: Decimal = Decimal("0.5")
    low: Decimal | None = None
    high: Decimal | None = None
    subject: str | None = None
    period: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The quantity's JSON form (part of the documented report contract)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "value": json_number(self.value),
            "unit": self.unit,
            "change": self.change,
            "precision": json_number(self.precision),
            "low": json_number(self.low),
            "high": json_number(self.high),
            "subject": self.subject,
            "period": self.period,
        }
