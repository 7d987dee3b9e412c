"""Claims: which quantities a sentence relates, and how (difference, change, share, ...)."""

from __future__ import annotations

from dataclasses import dataclass, field

CLAIM_KINDS = (
    "difference",
    "change",
    "share",
    "total",
    "multiple",
    "points",
    "cagr",
    "average",
    "bound",
)


@dataclass
class Claim:
    """A relation the text asserts between numbers.

    kind: one of CLAIM_KINDS.
    operands: indices into the document's quantities, the inputs of the recomputation.
    stated: index of the quantity the text gives as the result.
    start, end: character offsets of the sentence holding the stated number.
    cue: the word that signalled the claim ("deficit", "rose", "or"), for the message.
    """

    kind: str
    operands: list[int]
    stated: int
    start: int
    end: int
    cue: str = ""
    detail: dict = field(default_factory=dict)
