"""Claims -> verdicts, and the Report that holds one document's results."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from .arithmetic import (
    Interval,
    cagr,
    fraction_interval,
    multiple_interval,
    percent_change,
    point_value,
    share,
    stated_interval,
)
from .claims import Claim
from .numbers import json_number, plain
from .quantities import Quantity

VERDICTS = ("consistent", "inconsistent", "unverifiable")
SEVERITIES = ("none", "info", "magnitude", "direction")


@dataclass
class Verdict:
    """A claim with the result of recomputing it.

    verdict: consistent, inconsistent or unverifiable.
    severity: "direction" (sign, rise/fall, points vs percent) outranks "magnitude".
    computed: the recomputed value (None when unverifiable).
    expression: the arithmetic as a reader writes it ("32.16 - 21.4 = 10.76").
    message: one line for the reader.
    """

    claim: Claim
    verdict: str
    severity: str
    computed: Decimal | None
    expression: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        out = {
            "kind": c.kind,
            "verdict": self.verdict,
            "severity": self.severity,
            "quantities": sorted({*c.operands, c.stated}),
            "stated": c.stated,
            "computed": json_number(self.computed),
            "expression": self.expression,
            "message": self.message,
            "start": c.start,
            "end": c.end,
        }
        # Only on claims checked against reference data or another document (facts.py,
        # crosscheck.py): the row used, or the other place the figure is stated.
        for key in ("reference", "against"):
            if key in c.detail:
                out[key] = c.detail[key]
        return out


@dataclass
class Report:
    """Everything factcheck found in one document; `to_dict()` is the JSON contract."""

    path: str | None
    text: str = ""
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Verdict] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def inconsistent(self) -> int:
        return sum(v.verdict == "inconsistent" for v in self.claims)

    @property
    def unverifiable(self) -> int:
        return sum(v.verdict == "unverifiable" for v in self.claims)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "quantities": [q.to_dict() for q in self.quantities],
            "claims": [v.to_dict() for v in self.claims],
            "error": self.error,
        }


# -- recomputation ------------------------------------------------------------------------------

SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)
KIND_NOUN = {
    "difference": "difference",
    "change": "change",
    "share": "share",
    "total": "total",
    "multiple": "multiple",
    "points": "change in points",
    "cagr": "average annual growth",
    "average": "average",
    "bound": "bound",
    "reference": "reference figure",
    "cross-document": "figure stated elsewhere",
}


def _far_off(claim: Claim, outcome: _Outcome, s: Quantity) -> bool:
    """Whether a share recomputes to a thirtieth (or thirty times) of what is stated: "4,230
    cases, or 44.9 per cent of the provincial total" is no share of a population of 16.1
    million; a figure so far off was read against the wrong whole, not misreported."""
    if claim.kind != "share" or not outcome.computed or not s.value:
        return False
    ratio = abs(outcome.computed / s.value)
    return ratio > 30 or ratio < Decimal(1) / 30


def interval_of(q: Quantity) -> Interval:
    """The values a quantity's words allow (see arithmetic's table)."""
    if q.kind == "fraction":
        return fraction_interval(q.value, q.change)
    if q.kind == "multiple":
        return multiple_interval(q.value, q.change)
    if (
        q.kind in ("duration", "count")
        and q.change == "="
        and q.value == q.value.to_integral_value()
        and q.precision <= Decimal("0.5")
    ):
        # "over three years" is three years, not 2.5 to 3.5 of them; "33 mountain villages"
        # are 33, so 33 + 19 is 52 and never 51.
        return Interval(q.value, q.value)
    return stated_interval(q.value, q.precision, q.change, q.extra.get("qualifier"))


def _display_scale(quantities: list[Quantity]) -> tuple[Decimal, str]:
    """A common scale to write amounts in: 32160000000 and 21400000000 as 32.16 and 21.4."""
    amounts = [abs(q.value) for q in quantities if q.kind in ("money", "count", "quantity")]
    if not amounts:
        return Decimal(1), ""
    smallest = min(amounts)
    for factor, word in SCALES:
        if smallest >= factor / 100 and max(amounts) >= factor:
            return factor, word
    return Decimal(1), ""


def _num(value: Decimal, scale: Decimal = Decimal(1), places: int | None = None) -> str:
    v = value / scale
    if places is not None:
        v = v.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    return plain(v)


def _places(q: Quantity, scale: Decimal) -> int:
    """Decimal places to show a recomputed value at: one more than the stated number has."""
    v = (q.value / scale).normalize()
    exponent = v.as_tuple().exponent
    stated = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return stated + 1


def _signed(direction: str | None, interval: Interval) -> Interval:
    return -interval if direction == "down" else interval


@dataclass
class _Outcome:
    fits: bool
    computed: Decimal | None
    expression: str
    severity: str = "magnitude"
    message: str = ""


def _common_precision(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """Two rates side by side share the finer one's precision: in "to 3.25% from 5%" the 5%
    is 5.00%, as policy rates and shares quoted together are; a lone "5%" keeps its +-0.5."""
    finest = min(a.precision, b.precision)
    return replace(a, precision=finest), replace(b, precision=finest)


def _quotient(
    top: Quantity, bottom: Quantity, stated: Interval, scale: Decimal, places: int
) -> _Outcome | None:
    """top / bottom against the stated interval (a multiple, a per-unit average)."""
    interval = interval_of(top) / interval_of(bottom)
    got = point_value(top.value, bottom.value, "/")
    if interval is None or got is None:
        return None
    expression = (
        f"{_num(top.value, scale)} / {_num(bottom.value, scale)} = {_num(got, places=places)}"
    )
    return _Outcome(interval.meets(stated), got, expression)


def _recompute(claim: Claim, operands: list[int], qs: list[Quantity]) -> _Outcome | None:
    """Recompute `claim` from these operands; None when the arithmetic says nothing."""
    s = qs[claim.stated]
    ops = [qs[j] for j in operands]
    stated = interval_of(s)
    kind = claim.kind
    if kind in ("difference", "total"):
        scale, _ = _display_scale([s, *ops])
        places = _places(s, scale)
        if kind == "total":
            got = ops[0].value
            interval = interval_of(ops[0])
            for o in ops[1:]:
                got += o.value
                interval = interval + interval_of(o)
            expr = " + ".join(_num(o.value, scale) for o in ops)
        elif claim.detail.get("remainder"):
            whole, *parts = ops
            got = whole.value - sum(o.value for o in parts)
            interval = interval_of(whole)
            for o in parts:
                interval = interval - interval_of(o)
            expr = " - ".join(_num(o.value, scale) for o in ops)
        elif claim.detail.get("signed"):
            new, old = ops
            got = new.value - old.value
            interval = interval_of(new) - interval_of(old)
            direction = claim.detail.get("direction") or s.change
            stated = _signed(direction, stated)
            expr = f"{_num(new.value, scale)} - {_num(old.value, scale)}"
            if (got > 0) != (direction == "up") and got != 0:
                return _Outcome(
                    False,
                    got,
                    f"{expr} = {_num(got, scale, places)}",
                    "direction",
                    f"stated as a {'rise' if direction == 'up' else 'fall'}, but the values "
                    f"{'fall' if got < 0 else 'rise'}",
                )
        else:
            a, b = sorted(ops, key=lambda o: o.value, reverse=True)
            got = a.value - b.value
            interval = (interval_of(a) - interval_of(b)).abs
            expr = f"{_num(a.value, scale)} - {_num(b.value, scale)}"
            names = claim.detail.get("direction_names")
            cue = claim.detail.get("cue")
            if names and cue in ("deficit", "surplus"):
                big, small = qs[names[0]], qs[names[1]]
                is_surplus = big.value > small.value
                if (cue == "surplus") != is_surplus and big.value != small.value:
                    return _Outcome(
                        False,
                        got,
                        f"{expr} = {_num(got, scale, places)}",
                        "direction",
                        f"called a {cue}, but the figures make it a "
                        f"{'surplus' if is_surplus else 'deficit'}",
                    )
        return _Outcome(interval.meets(stated), got, f"{expr} = {_num(got, scale, places)}")
    if kind == "change" and claim.detail.get("by_amount"):
        # "rose 312.45 points, or 1.8%, to 17,526.70": the base is the new level less the rise.
        new, amount = ops
        up = claim.detail["direction"] == "up"
        base = (
            interval_of(new) - interval_of(amount) if up else interval_of(new) + interval_of(amount)
        )
        interval = share(interval_of(amount), base)
        old_value = new.value - amount.value if up else new.value + amount.value
        got = point_value(amount.value, old_value, "%")
        if interval is None or got is None:
            return None
        sign = "-" if up else "+"
        expression = (
            f"{_num(amount.value)} / ({_num(new.value)} {sign} {_num(amount.value)}) = "
            f"{_num(got, places=_places(s, Decimal(1)))}%"
        )
        return _Outcome(interval.meets(stated), got, expression)
    if kind in ("change", "points"):
        new, old = ops
        if new.kind == "percent" and old.kind == "percent":
            new, old = _common_precision(new, old)
        if kind == "change":
            interval = percent_change(interval_of(old), interval_of(new))
            got = point_value(new.value, old.value, "change")
            if interval is None or got is None:
                return None
            expr = f"({_num(new.value)} - {_num(old.value)}) / {_num(old.value)}"
            scale = _display_scale([new, old])[0]
            if new.kind != "percent":
                expr = (
                    f"({_num(new.value, scale)} - {_num(old.value, scale)}) / "
                    f"{_num(old.value, scale)}"
                )
            expression = f"{expr} = {_num(got, places=_places(s, Decimal(1)))}%"
            if s.kind == "fraction":
                # "fell by a sixth": the change as a fraction, not in percent.
                interval = interval.scale(Decimal("0.01"))
                got = got / 100
                expression = f"{expr} = {_num(got, places=4)}"
            alt = interval_of(new) - interval_of(old)  # the same change in points
            alt_got = new.value - old.value
        else:
            interval = interval_of(new) - interval_of(old)
            got = new.value - old.value
            expression = (
                f"{_num(new.value)} - {_num(old.value)} = "
                f"{_num(got, places=_places(s, Decimal(1)))}"
            )
            alt = percent_change(interval_of(old), interval_of(new))
            alt_got = point_value(new.value, old.value, "change")
        direction = claim.detail.get("direction")
        if direction:
            stated = _signed(direction, stated)
            if got != 0 and (got > 0) != (direction == "up"):
                return _Outcome(
                    False,
                    got,
                    expression,
                    "direction",
                    f"stated as a {'rise' if direction == 'up' else 'fall'}, but "
                    f"the values {'fall' if got < 0 else 'rise'}",
                )
        else:
            interval = interval.abs
        if interval.meets(stated):
            return _Outcome(True, got, expression)
        # Percent change and points are confused only between two percents, and a bound
        # ("up more than 80 per cent") meets too much to say which was meant.
        other = (
            alt
            if new.kind == "percent" and old.kind == "percent" and s.change not in (">", "<")
            else None
        )
        if other is not None and (
            _signed(direction, interval_of(s)) if direction else interval_of(s)
        ).meets(other if direction else other.abs):
            confused = "percentage points" if kind == "change" else "percent"
            return _Outcome(
                False,
                got,
                expression,
                "direction",
                f"the figure matches the change in {confused} "
                f"({_num(alt_got, places=2) if alt_got is not None else '?'}), "
                f"not the {'percent change' if kind == 'change' else 'change in points'}",
            )
        return _Outcome(False, got, expression)
    if kind == "share":
        part, whole = ops
        interval = share(interval_of(part), interval_of(whole))
        got = point_value(part.value, whole.value, "%")
        if interval is None or got is None:
            return None
        scale = _display_scale([part, whole])[0]
        if s.kind == "fraction":
            interval = interval.scale(Decimal("0.01"))
            got = got / 100
            expression = (
                f"{_num(part.value, scale)} / {_num(whole.value, scale)} = {_num(got, places=4)}"
            )
        else:
            expression = (
                f"{_num(part.value, scale)} / {_num(whole.value, scale)} = "
                f"{_num(got, places=_places(s, Decimal(1)))}%"
            )
        return _Outcome(interval.meets(stated), got, expression)
    if kind == "multiple":
        new, old = ops
        return _quotient(new, old, stated, _display_scale([new, old])[0], 2)
    if kind == "cagr":
        new, old = ops[0], ops[1]
        years = Decimal(claim.detail["years"])
        interval = cagr(interval_of(old), interval_of(new), years)
        if interval is None:
            return None
        # "an average fall of 4.4% a year": the stated rate is a decline ("a fall averaging
        # almost 3 per cent a year": qualified, the way is kept beside the qualifier).
        way = s.change if s.change in ("up", "down") else s.extra.get("direction")
        got = Decimal(repr((float(new.value / old.value) ** (1 / float(years)) - 1) * 100))
        if way is None and got < 0:
            # "fell from 180,000 in 2021 to 120,000 in 2024, ..., or about 12.6% a year": a
            # rate said with no way of its own goes the way of its pair.
            way = "down"
        stated = _signed(way, stated)
        scale = _display_scale([new, old])[0]
        expression = (
            f"({_num(new.value, scale)} / {_num(old.value, scale)})^(1/{plain(years)}) "
            f"- 1 = {_num(got, places=_places(s, Decimal(1)))}%"
        )
        return _Outcome(interval.meets(stated), got, expression)
    if kind == "average":
        total, count = ops
        # "an average of 771 per concert": a count said as an average is a quotient rounded,
        # not a count of whole things.
        stated = stated_interval(s.value, s.precision, s.change, s.extra.get("qualifier"))
        scale = claim.detail.get("count_scale")
        if scale is not None:
            # "11,900 tonnes" divided into "NZ$26.22 a kilogram": the count in the unit per.
            count = replace(count, value=count.value * scale, precision=count.precision * scale)
        return _quotient(total, count, stated, Decimal(1), _places(s, Decimal(1)))
    if kind == "bound":
        (exact,) = ops
        sign = claim.detail.get("bound") or s.change
        stated = stated_interval(s.value, s.precision, sign)
        scale = _display_scale([s, exact])[0]
        expression = f"{_num(exact.value, scale)} {sign} {_num(s.value, scale)}"
        exact_interval = interval_of(exact)
        if s.kind == "fraction" and exact.kind == "percent":
            # "more than half" against "56 percent": the percent as a fraction.
            exact_interval = Interval(exact_interval.lo / 100, exact_interval.hi / 100)
            expression = (
                f"{_num(exact.value, Decimal(1))}% {sign} {_num(s.value * 100, Decimal(1))}%"
            )
        fits = exact_interval.meets(stated)
        message = "" if fits else f"the figure stated exactly is {exact.text}"
        return _Outcome(fits, exact.value, expression, message=message)
    raise ValueError(kind)


def _miss(computed: Decimal | None, stated: Quantity) -> Decimal:
    if computed is None:
        return Decimal("Infinity")
    value = stated.value * 100 if stated.kind == "fraction" and abs(computed) > 1 else stated.value
    return abs(abs(computed) - abs(value))


def _label(claim: Claim, s: Quantity) -> str:
    """How the message names the claim: "deficit", "more than", "share"."""
    cue = claim.detail.get("cue")
    if claim.kind == "difference" and cue in ("deficit", "surplus", "gap", "shortfall"):
        return cue
    if claim.kind == "difference" and cue == "remaining":
        return "remainder"
    if claim.kind == "bound":
        return (
            "bound (more than)"
            if claim.detail.get("bound", s.change) == ">"
            else ("bound (less than)")
        )
    return KIND_NOUN[claim.kind]


def evaluate(claim: Claim, qs: list[Quantity]) -> Verdict:
    """The verdict on one claim: the reading that fits best, else the canonical one."""
    s = qs[claim.stated]
    noun = _label(claim, s)
    if claim.missing:
        return Verdict(
            claim,
            "unverifiable",
            "info",
            None,
            "",
            f"{noun} of {s.text} cannot be recomputed: {claim.missing} "
            f"{'is' if claim.missing.startswith('the earlier') else 'are'} "
            "not in the text",
        )
    first = None
    fitting: list[tuple[Decimal, list[int], _Outcome]] = []
    for operands in [claim.operands, *claim.alternatives]:
        try:
            outcome = _recompute(claim, operands, qs)
        except (ArithmeticError, ValueError, OverflowError):
            outcome = None
        if outcome is None:
            continue
        if outcome.fits:
            fitting.append((_miss(outcome.computed, s), operands, outcome))
        elif first is None:
            first = (operands, outcome)
    if fitting:
        # Of the readings that fit, the one that lands closest to the stated figure.
        _, operands, outcome = min(fitting, key=lambda f: f[0])
        claim.operands = operands
        return Verdict(
            claim,
            "consistent",
            "none",
            outcome.computed,
            outcome.expression,
            f"{noun} of {s.text} checks out: {outcome.expression}",
        )
    if first is None:
        return Verdict(
            claim,
            "unverifiable",
            "info",
            None,
            "",
            f"{noun} of {s.text} cannot be recomputed from the numbers given",
        )
    operands, outcome = first
    claim.operands = operands
    short = claim.detail.get("partition") and (outcome.computed or 0) < s.value
    if claim.detail.get("weak") or short or _far_off(claim, outcome, s):
        # The words did not pin down the operands (or the parts listed may not be all of the
        # whole), and no reading fits: say so, don't accuse.
        return Verdict(
            claim,
            "unverifiable",
            "info",
            outcome.computed,
            outcome.expression,
            f"{noun} of {s.text}: no reading of the nearby figures fits (nearest: "
            f"{outcome.expression}); which figures it relates is unclear",
        )
    reason = outcome.message or outcome.expression
    # "stated as more than 80 per cent": the reader judges a bound by its words.
    qualifier = s.extra.get("qualifier")
    said = f"{qualifier} {s.text}" if qualifier and qualifier not in s.text.lower() else s.text
    if reason.startswith("stated as a"):
        # "change of 10% is stated as a rise, but the values fall: (90 - 100) / 100 = -10%"
        message = f"{noun} of {said} is {reason}: {outcome.expression}"
    elif reason.startswith("called a"):
        # "$10 is called a surplus, but the figures make it a deficit: 100 - 90 = 10"
        message = f"{said} is {reason}: {outcome.expression}"
    else:
        message = f"{noun} stated as {said}, but {reason}"
    return Verdict(
        claim, "inconsistent", outcome.severity, outcome.computed, outcome.expression, message
    )
