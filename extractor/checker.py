"""Claims -> verdicts, and the Report that holds one document's results."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .claims import Claim
from .numbers import json_number
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
        return {
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
