"""Interval arithmetic over stated numbers, and the recomputation of each claim kind.

Pure functions, no spaCy. A stated number stands for every value that rounds to it: "21.4"
is [21.35, 21.45]. Approximate wording widens that interval and bounds open it:

| wording                         | interval of a stated v with precision p            |
|---------------------------------|----------------------------------------------------|
| exact ("=", "up", "down")       | [v - p, v + p]                                     |
| about, around, roughly, some    | [v - t, v + t], t = max(p, 5% of v)                |
| nearly, almost, just under      | [v - t, v + p], t = max(p, 5% of v)                |
| more than, over, at least       | [v, +inf): "more than 11" is not 10.76             |
| less than, under, up to         | (-inf, v]                                          |
| a fraction in words ("a third") | [v - 0.025, v + 0.025] (0.05 when qualified)       |
| doubled, tripled, halved        | the factor +- 5% (+- 10% with "about", "nearly")   |
| more than three times           | [3, +inf)                                          |

A claim is consistent when the interval recomputed from its operands meets the stated one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

APPROX = Decimal("0.05")  # relative tolerance of "about", "nearly", "roughly"
FRACTION_SLACK = Decimal("0.025")  # "a third" of voters: anything from 30.8% to 35.8%
MULTIPLE_SLACK = Decimal("0.05")  # "doubled": a factor between 1.9 and 2.1
INF = Decimal("Infinity")


@dataclass(frozen=True)
class Interval:
    """A closed interval [lo, hi]; lo may be -inf and hi +inf."""

    lo: Decimal
    hi: Decimal

    def meets(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __mul__(self, other: Interval) -> Interval:
        products = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval | None:
        """None when the divisor's interval holds zero: nothing can be said."""
        if other.lo <= 0 <= other.hi:
            return None
        with localcontext() as ctx:
            ctx.prec = 28
            quotients = [a / b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(quotients), max(quotients))

    def scale(self, factor: Decimal) -> Interval:
        a, b = self.lo * factor, self.hi * factor
        return Interval(min(a, b), max(a, b))

    @property
    def abs(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(Decimal(0), max(-self.lo, self.hi))


def stated_interval(
    value: Decimal, precision: Decimal, change: str, qualifier: str | None = None
) -> Interval:
    """The values a stated number stands for, given its rounding and wording."""
    tolerance = max(precision, abs(value) * APPROX)
    if change == ">":
        return Interval(value, INF)
    if change == "<":
        return Interval(-INF, value)
    if change == "~":
        if qualifier in ("nearly", "almost", "just under"):
            return Interval(value - tolerance, value + precision)
        if qualifier == "just over":
            return Interval(value - precision, value + tolerance)
        return Interval(value - tolerance, value + tolerance)
    return Interval(value - precision, value + precision)


def fraction_interval(value: Decimal, change: str) -> Interval:
    slack = FRACTION_SLACK * (2 if change != "=" else 1)
    if change == ">":
        return Interval(value, INF)
    if change == "<":
        return Interval(-INF, value)
    return Interval(value - slack, value + slack)


def multiple_interval(value: Decimal, change: str = "=") -> Interval:
    if change == ">":
        return Interval(value, INF)
    if change == "<":
        return Interval(-INF, value)
    slack = MULTIPLE_SLACK * (2 if change == "~" else 1)
    return Interval(value * (1 - slack), value * (1 + slack))


def percent_change(old: Interval, new: Interval) -> Interval | None:
    """(new - old) / old, in percent."""
    ratio = (new - old) / old
    return None if ratio is None else ratio.scale(Decimal(100))


def share(part: Interval, whole: Interval) -> Interval | None:
    """part / whole, in percent."""
    ratio = part / whole
    return None if ratio is None else ratio.scale(Decimal(100))


def cagr(first: Interval, last: Interval, years: Decimal) -> Interval | None:
    """Compound annual growth rate in percent over `years` years."""
    ratio = last / first
    if ratio is None or ratio.lo <= 0 or years <= 0:
        return None
    exponent = float(1 / years)
    lo = (float(ratio.lo) ** exponent - 1) * 100
    hi = (float(ratio.hi) ** exponent - 1) * 100
    return Interval(Decimal(repr(lo)), Decimal(repr(hi)))


def point_value(a: Decimal, b: Decimal, op: str) -> Decimal | None:
    """The recomputation on the stated values themselves, for the reader's expression."""
    with localcontext() as ctx:
        ctx.prec = 28
        if op == "-":
            return a - b
        if op == "+":
            return a + b
        if b == 0:
            return None
        if op == "/":
            return a / b
        if op == "%":
            return a / b * 100
        if op == "change":
            return (a - b) / b * 100
    raise ValueError(op)
