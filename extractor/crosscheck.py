"""Cross-article checks: the same figure stated differently by two documents of a batch.

Reports stream through a `CrossChecker` in batch order. For each document it keeps only small
tuples, never the report: for every figure it can compare, the key (normalised subject, period,
kind, unit) and the figure's rounding interval, path, offsets and words. When a later document
states a figure under a key already seen, and the two rounding intervals do not meet, the later
document gets a claim of kind "cross-document" (verdict inconsistent) naming the earlier place:
each contradiction is reported once, in the document where it shows, with both places.

Which figures are compared (precision first: a false alarm across an archive costs trust):

- stated exactly ("=": not "about", "more than", a rise, a range), not a forecast or plan
  (`extra["hypothetical"]`), of kind money, count, quantity or percent;
- with a period the sentence states ("in 2011", "Q3 2024", "a year earlier"), not one carried from
  elsewhere in the article or its dominant year;
- with a subject of at least two normalised words ("technology imports", not "revenue", which
  every company has);
- and the key is unambiguous in its own document: a document stating two different values for one
  key (a figure and a forecast of it, two countries' "goods exports") contributes neither.

Each key keeps one entry per distinct value (the first document to state it), packed into a few
dozen bytes, so memory grows with the number of distinct figures, not with the number of documents
repeating them.

>>> from extractor import check
>>> a = check("In 2011, China's technology imports were US$32.16 billion.", path="a.txt")
>>> b = check("China's technology imports were US$33.5 billion in 2011.", path="b.txt")
>>> cross = CrossChecker()
>>> cross.add(a), [v.message for v in cross.add(b)]  # doctest: +NORMALIZE_WHITESPACE
([], ["China's technology imports 2011: US$33.5 billion here, but US$32.16 billion in a.txt
(41-57); their rounding intervals do not meet"])
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from .checker import Report, Verdict, interval_of
from .claims import Claim, split_sentences
from .numbers import json_number, plain
from .quantities import Quantity
from .subjects import subject_key

KIND = "cross-document"
COMPARED_KINDS = ("money", "count", "quantity", "percent")
PERIOD_SOURCES = ("explicit", "relative")
MIN_SUBJECT_WORDS = 2

Key = tuple[tuple[str, ...], str, str, str | None]
# Words of a time, not of a subject ("five years earlier", "the previous year"), as
# `subject_key` gives them.
_TIME_WORDS = frozenset(
    """year month week day quarter season decade earlier ago before after last previous prior
    next same one two three four five six seven eight nine ten""".split()
)


@dataclass(frozen=True, slots=True)
class Statement:
    """One figure as the index keeps it: its interval (as floats), where it is, and its words.

    Floats are enough: converting the exact Decimal ends is monotonic, so two intervals that meet
    exactly still meet, and no contradiction is made up by rounding.
    """

    lo: float
    hi: float
    path: str
    start: int
    end: int
    text: str
    value: Decimal


def comparable(q: Quantity) -> bool:
    """Whether a quantity is a figure cross-checking may compare (see the module docstring)."""
    return (
        q.kind in COMPARED_KINDS
        and q.change == "="
        and q.low is None
        and q.subject is not None
        and q.period is not None
        and q.extra.get("period_source") in PERIOD_SOURCES
        and not q.extra.get("hypothetical")
    )


def statements(report: Report) -> list[tuple[Key, int, Statement]]:
    """(key, quantity index, Statement) for each comparable figure; ambiguous keys left out."""
    found: dict[Key, list[tuple[int, Statement]]] = {}
    path = report.path or "<text>"
    for i, q in enumerate(report.quantities):
        if not comparable(q):
            continue
        words = subject_key(q.subject)
        if len([w for w in words if w not in _TIME_WORDS]) < MIN_SUBJECT_WORDS:
            continue  # ("five years earlier": a time, not what was counted)
        interval = interval_of(q)
        entry = Statement(
            float(interval.lo), float(interval.hi), path, q.start, q.end, q.text, q.value
        )
        found.setdefault((words, q.period, q.kind, q.unit), []).append((i, entry))
    out = []
    for key, entries in found.items():
        if len({e.value for _, e in entries}) > 1:
            continue  # two values for one key in one document: the subject is not specific enough
        i, entry = entries[0]
        out.append((key, i, entry))
    return out


def _meets(a: Statement, b: Statement) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


# An index entry, packed: interval ends, document number, offsets; then the words and the value
# as UTF-8 ("€1.85 billion\x001850000000"). About 200 bytes an entry with its dictionary slot,
# against about 1 kB for the same as Python objects.
_PACKED = struct.Struct("<ddIII")


def _pack(entry: Statement, document: int) -> bytes:
    words = f"{entry.text}\x00{plain(entry.value)}".encode()
    return _PACKED.pack(entry.lo, entry.hi, document, entry.start, entry.end) + words


def _unpack(packed: bytes, paths: list[str]) -> Statement:
    lo, hi, document, start, end = _PACKED.unpack_from(packed)
    text, value = packed[_PACKED.size :].decode().split("\x00")
    return Statement(lo, hi, paths[document], start, end, text, Decimal(value))


def _slot(key: Key) -> int:
    """One int for a key: Python's hash of its text (stable within the process that runs the
    whole cross-check) widened by a CRC-32, so two different keys share a slot with odds of about
    one in 2**90 for a million keys."""
    text = "\x1f".join((*key[0], key[1], key[2], key[3] or ""))
    return (hash(text) << 32) ^ zlib.crc32(text.encode())


class CrossChecker:
    """Index of comparable figures seen so far; `add(report)` returns its contradictions.

    index: one slot per (subject, period, kind, unit), holding a packed entry per distinct value;
    paths: the documents that contributed entries, numbered in order.
    """

    def __init__(self) -> None:
        self.index: dict[int, tuple[bytes, ...]] = {}
        self.paths: list[str] = []
        self.contradictions = 0

    def add(self, report: Report) -> list[Verdict]:
        """Contradictions between `report` and the documents added before it; then index it."""
        if report.error is not None:
            return []
        found: list[Verdict] = []
        sentences: list[tuple[int, int]] | None = None
        document: int | None = None
        for key, i, entry in statements(report):
            slot = _slot(key)
            earlier = [_unpack(packed, self.paths) for packed in self.index.get(slot, ())]
            clash = [e for e in earlier if e.path != entry.path and not _meets(e, entry)]
            if clash:
                if sentences is None:
                    sentences = split_sentences(report.text) or [(0, len(report.text))]
                for other in clash:
                    found.append(_verdict(report, i, other, sentences))
            if all(e.value != entry.value for e in earlier):
                if document is None:
                    document = len(self.paths)
                    self.paths.append(entry.path)
                self.index[slot] = (*self.index.get(slot, ()), _pack(entry, document))
        self.contradictions += len(found)
        return found


def _verdict(report: Report, i: int, other: Statement, sentences: list[tuple[int, int]]) -> Verdict:
    q = report.quantities[i]
    start, end = next(((a, b) for a, b in sentences if a <= q.start < b), (q.start, q.end))
    claim = Claim(
        KIND,
        [],
        i,
        start,
        end,
        cue=q.subject or "",
        detail={
            "against": {
                "path": other.path,
                "start": other.start,
                "end": other.end,
                "text": other.text,
                "value": json_number(other.value),
            }
        },
    )
    return Verdict(
        claim,
        "inconsistent",
        "magnitude",
        other.value,
        f"{q.text} vs {other.text} ({other.path})",
        f"{q.subject} {q.period}: {q.text} here, but {other.text} in {other.path} "
        f"({other.start}-{other.end}); their rounding intervals do not meet",
    )


def annotate(reports: Iterable[Report], checker: CrossChecker | None = None) -> Iterator[Report]:
    """The reports, in order, each with its cross-document contradictions added to its claims.

    Streams: a report is yielded as soon as it is checked against those before it, so a batch is
    never held in memory; only the CrossChecker's index grows.
    """
    checker = checker or CrossChecker()
    for report in reports:
        report.claims.extend(checker.add(report))
        yield report
