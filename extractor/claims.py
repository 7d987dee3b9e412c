"""Claims: which quantities a sentence relates, and how (difference, change, share, ...).

`find_claims(text, quantities, sentences)` reads the words between numbers for cues ("a deficit
of", "rose 12% to ... from", "or 40% of", "a combined") and names, for each stated number, the
operands it was computed from. Where the words allow more than one reading, the claim carries the
alternatives, canonical first: the checker calls a claim inconsistent only when no reading fits.
Where the operands are not in the text, the claim is `missing` them and will be unverifiable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from . import lexicon as lx
from .quantities import Quantity

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
    cue: the words that signalled the claim ("deficit", "rose", "or"), for the message.
    alternatives: other operand lists the words allow, tried when `operands` do not fit.
    missing: what the text does not give, for an unverifiable claim.
    detail: kind-specific facts (direction of a change, years of a CAGR, the cue noun).
    """

    kind: str
    operands: list[int]
    stated: int
    start: int
    end: int
    cue: str = ""
    alternatives: list[list[int]] = field(default_factory=list)
    missing: str | None = None
    detail: dict = field(default_factory=dict)


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_QUAL = _alt(lx.QUALIFIERS)
_ARTICLE = r"(?:(?:a|an|the|its|their|his|her|some)\s+)?"
_ANY_WORDS = r"(?:[\w'’$€£.,%-]+\s+){0,6}?"

DIFF_BEFORE = re.compile(
    rf"\b(?P<cue>{_alt(lx.DIFFERENCE_NOUNS)})s?\s+(?:of|was|is|stood\s+at|came\s+to|at|to|"
    rf"reached|amounted\s+to|totall?ed|widened\s+to|narrowed\s+to|hit|swelled\s+to)\s+"
    rf"{_ARTICLE}(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
DIFF_AFTER = re.compile(
    rf"^\s+(?:(?:trade|budget|fiscal|current[- ]account|funding|pension|revenue|tech|"
    rf"technology|annual|primary|structural|goods|services|net)\s+){{0,3}}(?P<cue>"
    rf"{_alt(lx.DIFFERENCE_NOUNS)})\b",
    re.IGNORECASE,
)
EXCEED_BY = re.compile(
    rf"\b(?P<cue>{_alt(lx.EXCEED_VERBS)})\b.*\bby\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE | re.DOTALL
)
LEAVING = re.compile(
    rf"\b(?P<cue>leaving|leaves|left|leave|remaining|the\s+remaining|the\s+other|the\s+rest)\s+"
    rf"{_ARTICLE}(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = r"(?:(?:last|this|next|the\s+previous|the\s+prior)\s+year'?s|\d{4}'?s)\s+"
TO_BEFORE = re.compile(
    rf"\b(?:{_alt(lx.TO_WORDS)})\s+(?:{_POSSESSIVE})?(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)
FROM_BEFORE = re.compile(
    rf"\b(?:{_alt(lx.FROM_WORDS)})\s+(?:{_POSSESSIVE})?{_ARTICLE}(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
LEVEL_THEN_CHANGE = re.compile(
    r"^\s*[,;(]?\s*(?:which\s+(?:is|was)\s+|an?\s+|that\s+is\s+)?(?:up|down|increas\w*|ris\w*|"
    r"gain\w*|jump\w*|declin\w*|drop\w*|fall\w*|fell|decreas\w*|grow\w*|grew|climb\w*|"
    r"slid\w*|rose)\s*(?:of\s+|by\s+)?(?:" + _QUAL + r")?\s*$",
    re.IGNORECASE,
)
SHARE_BEFORE = re.compile(rf"(?:^|[\s,;(])(?P<cue>{_alt(lx.SHARE_BEFORE)})\s+$", re.IGNORECASE)
OF_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)
OF_WHICH = re.compile(r"\bof\s+(?:which|whom|this|that|these|those|it)\b", re.IGNORECASE)
TOTAL_BEFORE = re.compile(
    rf"\b(?P<cue>{_alt(lx.TOTAL_BEFORE)})\s+{_ARTICLE}(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)
TOTAL_AFTER = re.compile(rf"^\s*,?\s*(?P<cue>{_alt(lx.TOTAL_AFTER)})\b", re.IGNORECASE)
PARTIAL_LIST = re.compile(rf"\b(?:{_alt(lx.PARTIAL_LIST_WORDS)})\b", re.IGNORECASE)
CAGR_NEAR = re.compile(rf"\b(?P<cue>{_alt(lx.CAGR_CUES)})\b", re.IGNORECASE)
AVERAGE_AFTER = re.compile(
    r"^\s+(?:(?:per|a|an|each|for\s+each|for\s+every)\s+(?P<unit>[a-z][\w-]*)|apiece|each)\b",
    re.IGNORECASE,
)
AVERAGE_BEFORE = re.compile(r"\b(?:average|averaging|averaged|mean|each|per)\b", re.IGNORECASE)
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][A-Za-z-]+")

LEVEL_KINDS = ("money", "count", "quantity", "percent")


def _dimension(q: Quantity) -> tuple[str, str | None]:
    return q.kind, q.unit


def _is_level(q: Quantity) -> bool:
    """A number that can be an operand: a stated amount, not a change, range or date."""
    return q.kind in LEVEL_KINDS and q.change in ("=", "~") and q.low is None


class _Doc:
    """The text, its quantities and sentences, with the look-ups the rules share."""

    def __init__(self, text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]):
        self.text = text
        self.qs = quantities
        self.sentences = sentences or [(0, len(text))]
        self.sent_of: list[int] = []
        s = 0
        for q in quantities:
            while s + 1 < len(self.sentences) and q.start >= self.sentences[s][1]:
                s += 1
            self.sent_of.append(s)
        self.in_sent: dict[int, list[int]] = {}
        for i, s in enumerate(self.sent_of):
            self.in_sent.setdefault(s, []).append(i)

    def gap_before(self, i: int, width: int = 60) -> str:
        """Text from the previous quantity (or sentence start) up to quantity i."""
        q = self.qs[i]
        s_start = self.sentences[self.sent_of[i]][0]
        prev_end = self.qs[i - 1].end if i > 0 and self.sent_of[i - 1] == self.sent_of[i] else 0
        lo = max(s_start, prev_end, q.start - width)
        return self.text[lo : q.start]

    def left(self, i: int, width: int = 80) -> str:
        """Text from the sentence start (at most `width` chars) up to quantity i."""
        q = self.qs[i]
        lo = max(self.sentences[self.sent_of[i]][0], q.start - width)
        return self.text[lo : q.start]

    def after(self, i: int, width: int = 60) -> str:
        q = self.qs[i]
        hi = min(self.sentences[self.sent_of[i]][1], q.end + width)
        return self.text[q.end : hi]

    def sentence_span(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sent_of[i]]

    def sentence_text(self, i: int) -> str:
        s, e = self.sentence_span(i)
        return self.text[s:e]

    def window(self, i: int, back: int = 1) -> list[int]:
        """Indices of quantities in i's sentence and the `back` sentences before it."""
        s = self.sent_of[i]
        out: list[int] = []
        for k in range(max(0, s - back), s + 1):
            out += self.in_sent.get(k, [])
        return out

    def same_dim_levels(self, i: int, candidates: list[int]) -> list[int]:
        dim = _dimension(self.qs[i])
        return [
            j
            for j in candidates
            if j != i and _is_level(self.qs[j]) and _dimension(self.qs[j]) == dim
        ]

    def context_words(self, i: int, width: int = 50) -> str:
        """Lower-case words around quantity i within its sentence, for naming operands."""
        q = self.qs[i]
        s, e = self.sentence_span(i)
        return self.text[max(s, q.start - width) : min(e, q.end + 25)].lower()

    def is_series(self, a: int, b: int) -> bool:
        """Two values of one thing at two times ("from $580 million ... to $21.4 billion")."""
        return bool(FROM_BEFORE.search(self.gap_before(a, 45))) and bool(
            TO_BEFORE.search(self.gap_before(b, 45))
        )

    def find_from_to(self, i: int, dim: tuple[str, str | None]) -> tuple[int | None, int | None]:
        """The quantities introduced by "from" and "to" in i's sentence, of dimension `dim`."""
        old = new = None
        for j in self.in_sent.get(self.sent_of[i], []):
            qj = self.qs[j]
            if j == i or _dimension(qj) != dim or not _is_level(qj):
                continue
            gap = self.gap_before(j, 45)
            if new is None and TO_BEFORE.search(gap):
                new = j
            elif old is None and FROM_BEFORE.search(gap):
                old = j
        if new is None and old is not None:
            # "Sales of $4.2bn, up 5% from $4bn": the level stands just before the change.
            j = i - 1
            while j >= 0 and self.sent_of[j] == self.sent_of[i]:
                between = self.text[self.qs[j].end : self.qs[i].start]
                if (
                    _dimension(self.qs[j]) == dim
                    and _is_level(self.qs[j])
                    and (LEVEL_THEN_CHANGE.match(between))
                ):
                    new = j
                    break
                j -= 1
        return old, new


def find_claims(
    text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]
) -> list[Claim]:
    """Claims in the text, ordered by the position of their stated number."""
    doc = _Doc(text, quantities, sentences)
    claims: list[Claim] = []
    for i, q in enumerate(quantities):
        for rule in _RULES:
            claim = rule(doc, i, q)
            if claim is not None:
                claims.append(claim)
                break
    return claims


def _claim(doc: _Doc, kind: str, i: int, operands: list[int], cue: str, **kw) -> Claim:
    start, end = doc.sentence_span(i)
    return Claim(kind, operands, i, start, end, cue, **kw)


# -- the rules, tried in order for each quantity -------------------------------------------


def _points(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "fell from 5.2% to 3.5%, a drop of 1.7 percentage points"; and percent used for points."""
    if q.kind == "percentage_point":
        old, new = doc.find_from_to(i, ("percent", "%"))
        if old is None or new is None:
            rates = [
                j
                for j in doc.in_sent.get(doc.sent_of[i], [])
                if _is_level(doc.qs[j]) and doc.qs[j].kind == "percent"
            ]
            if len(rates) != 2:
                return None
            old, new = rates
        return _claim(
            doc,
            "points",
            i,
            [new, old],
            "percentage points",
            detail={"direction": q.change if q.change in ("up", "down") else None},
        )
    if q.kind == "percent" and q.change in ("up", "down"):
        old, new = doc.find_from_to(i, ("percent", "%"))
        if old is not None and new is not None:
            # A change between two rates stated in percent: relative change, or a points slip.
            return _claim(
                doc,
                "change",
                i,
                [new, old],
                "percent of a rate",
                detail={"direction": q.change, "rates": True},
            )
    return None


def _cagr(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if q.kind != "percent":
        return None
    near = doc.left(i, 40)[-40:] + " " + doc.after(i, 40)[:40]
    m = CAGR_NEAR.search(near)
    if not m:
        return None
    cue = m.group("cue").lower()
    # "a year" alone is too common ("12% a year earlier"); it counts only next to "average".
    if cue in ("a year", "each year", "every year", "per year", "yearly", "annually") and not (
        re.search(r"\baverag|\bcompound", near, re.IGNORECASE)
    ):
        if not re.match(r"^\s+(?:a|per)\s+year\b(?!\s+(?:earlier|ago|before))", doc.after(i)):
            return None
        if not re.search(r"\baverag|\bcompound|\bannual", doc.sentence_text(i), re.IGNORECASE):
            return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    levels = [j for j in sent if _is_level(doc.qs[j]) and doc.qs[j].kind != "percent"]
    years = [j for j in sent if doc.qs[j].kind == "year" and doc.qs[j].low is None]
    spans = [j for j in sent if doc.qs[j].kind == "duration" and doc.qs[j].unit == "year"]
    if not levels:
        return None
    dim = _dimension(doc.qs[levels[0]])
    old, new = doc.find_from_to(levels[0], dim)
    if old is None or new is None:
        same = [j for j in levels if _dimension(doc.qs[j]) == dim]
        if len(same) != 2:
            return None
        old, new = same
    if len(years) >= 2:
        n = abs(doc.qs[years[-1]].value - doc.qs[years[0]].value)
        operands = [new, old, years[0], years[-1]]
    elif spans:
        n = doc.qs[spans[0]].value
        operands = [new, old, spans[0]]
    else:
        return None
    if n <= 0:
        return None
    return _claim(doc, "cagr", i, operands, cue, detail={"years": n})


def _change(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "rose 12% to $4.5bn from $4.02bn"; "$4.5bn, up 12% from $4.02bn"; or unverifiable."""
    if q.change not in ("up", "down"):
        return None
    if q.kind == "percent":
        dims = {
            _dimension(doc.qs[j])
            for j in doc.in_sent.get(doc.sent_of[i], [])
            if j != i and _is_level(doc.qs[j]) and doc.qs[j].kind != "percent"
        }
        for dim in sorted(dims, key=str):
            old, new = doc.find_from_to(i, dim)
            if old is not None and new is not None:
                return _claim(
                    doc, "change", i, [new, old], "percent change", detail={"direction": q.change}
                )
        missing = (
            "the earlier value"
            if any(doc.find_from_to(i, d)[1] is not None for d in dims)
            else "the values it joins"
        )
        return _claim(
            doc, "change", i, [], "percent change", missing=missing, detail={"direction": q.change}
        )
    if q.kind in ("money", "count", "quantity"):
        old, new = doc.find_from_to(i, _dimension(q))
        if old is not None and new is not None:
            return _claim(
                doc,
                "difference",
                i,
                [new, old],
                "change",
                detail={"direction": q.change, "signed": True},
            )
    return None


def _multiple(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if q.kind != "multiple":
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    dims = {_dimension(doc.qs[j]) for j in sent if _is_level(doc.qs[j])}
    for dim in sorted(dims, key=str):
        old, new = doc.find_from_to(i, dim)
        if old is not None and new is not None:
            return _claim(doc, "multiple", i, [new, old], q.text.lower())
    return None


def _share(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "$4bn, or 40% of the total"; "A accounted for 40% of B"; "of which $4bn, or 40%"."""
    if q.kind not in ("percent", "fraction") or q.change in ("up", "down"):
        return None
    gap = doc.gap_before(i, 40)
    m = SHARE_BEFORE.search(gap)
    of_after = OF_AFTER.match(doc.after(i))
    if not m and not of_after:
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    before = [j for j in sent if j < i and _is_level(doc.qs[j]) and doc.qs[j].kind != "percent"]
    after = [j for j in sent if j > i and _is_level(doc.qs[j]) and doc.qs[j].kind != "percent"]
    if m and before:
        part = before[-1]
        between = doc.text[doc.qs[part].end : q.start]
        if len(between) > 60:
            return None
        dim = _dimension(doc.qs[part])
        whole = None
        # The whole right after "of": "or 40% of the $10bn budget".
        for j in after:
            if _dimension(doc.qs[j]) == dim and doc.qs[j].start - q.end < 45 and of_after:
                whole = j
                break
        if whole is None:
            # "Revenue was $10bn, of which $4bn, or 40%, ...": the whole precedes "of which".
            prior = doc.same_dim_levels(part, doc.window(part))
            prior = [j for j in prior if j < part]
            if prior and OF_WHICH.search(doc.text[doc.qs[prior[-1]].end : doc.qs[part].start]):
                whole = prior[-1]
        if whole is None and of_after:
            prior = [j for j in doc.same_dim_levels(part, doc.window(part)) if j != part]
            totals = [
                j
                for j in prior
                if re.search(rf"\b(?:{_alt(lx.WHOLE_WORDS)})\b", doc.context_words(j, 40))
            ]
            if len(totals) == 1 and doc.qs[totals[0]].value > doc.qs[part].value:
                whole = totals[0]
        if whole is None:
            return None
        return _claim(doc, "share", i, [part, whole], m.group("cue").strip().lower())
    if of_after and after:
        # "40% of the $10bn budget, or $4bn" / "40% of its $10bn budget went to schools ($4bn)".
        whole = after[0]
        if doc.qs[whole].start - q.end > 45:
            return None
        dim = _dimension(doc.qs[whole])
        parts = [
            j
            for j in after[1:]
            if _dimension(doc.qs[j]) == dim
            and re.match(
                r"^\s*[,(]\s*(?:or\s+)?(?:" + _QUAL + r")?\s*$",
                doc.text[doc.qs[j - 1].end : doc.qs[j].start],
            )
        ]
        if not parts:
            return None
        return _claim(doc, "share", i, [parts[0], whole], "of")
    return None


def _total(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if not _is_level(q) or q.kind == "percent":
        return None
    gap = doc.gap_before(i, 40)
    m = TOTAL_BEFORE.search(gap) or TOTAL_AFTER.match(doc.after(i, 30))
    if not m:
        return None
    sentence = doc.sentence_text(i)
    if PARTIAL_LIST.search(sentence) or RESPECTIVELY.search(sentence):
        return None
    parts = doc.same_dim_levels(i, doc.in_sent.get(doc.sent_of[i], []))
    parts = [j for j in parts if doc.qs[j].value < q.value]
    if len(parts) < 2:
        prev = doc.same_dim_levels(i, doc.window(i, 1))
        parts = [j for j in prev if j < i and doc.qs[j].value < q.value]
        if len(parts) < 2 or len(parts) > 5:
            return None
    if len(parts) > 6:
        return None
    alternatives = [list(c) for n in range(len(parts) - 1, 1, -1) for c in combinations(parts, n)]
    return _claim(doc, "total", i, parts, m.group("cue").lower(), alternatives=alternatives)


def _difference(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if q.kind not in ("money", "count", "quantity") or q.low is not None:
        return None
    if q.change in ("up", "down"):
        return None
    gap = doc.gap_before(i, 60)
    cue = None
    m = DIFF_BEFORE.search(gap) or DIFF_AFTER.match(doc.after(i, 50))
    if m:
        cue = m.group("cue").lower()
    else:
        m = EXCEED_BY.search(doc.left(i, 200))
        if m:
            cue = "by"
        else:
            m = LEAVING.search(gap)
            if m:
                cue = "leaving"
    if cue is None:
        return None
    if cue == "margin" or (
        cue == "balance" and not re.search(r"trade|budget", doc.sentence_text(i), re.IGNORECASE)
    ):
        return None
    window = doc.window(i, 1)
    candidates = doc.same_dim_levels(i, window)
    if cue == "by":
        # "exports of X exceeded imports of Y by Z": both operands sit in this sentence.
        candidates = [j for j in candidates if doc.sent_of[j] == doc.sent_of[i]]
    before = sorted((j for j in candidates if j < i), key=lambda j: i - j)
    after = [j for j in candidates if j > i]
    if cue == "leaving":
        if len(before) < 2:
            return None
        ordered = before + after
    else:
        ordered = before[:2] + after[:2] if len(before) < 2 else before + after
    ordered = ordered[:5]
    if len(ordered) < 2:
        return None
    pairs = [sorted(p) for p in combinations(ordered, 2) if not doc.is_series(*sorted(p))]
    if not pairs:
        return None
    canonical = sorted(ordered[:2])
    if canonical in pairs:
        pairs.remove(canonical)
    else:
        canonical = pairs.pop(0)
    detail = {"cue": cue}
    if cue in ("deficit", "surplus"):
        detail["direction_names"] = _surplus_order(doc, canonical)
    return _claim(doc, "difference", i, canonical, cue, alternatives=pairs, detail=detail)


def _surplus_order(doc: _Doc, pair: list[int]) -> tuple[int, int] | None:
    """(larger-if-surplus, smaller-if-surplus) when the words name them, e.g. exports/imports."""
    a, b = pair
    ca, cb = doc.context_words(a, 45), doc.context_words(b, 45)
    for big, small in lx.SURPLUS_PAIRS:
        if big in ca and small in cb and not (small in ca and big in cb):
            return a, b
        if big in cb and small in ca and not (small in cb and big in ca):
            return b, a
    return None


def _average(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if q.kind not in ("money", "quantity", "count") or not _is_level(q):
        return None
    m = AVERAGE_AFTER.match(doc.after(i, 30))
    if not m or not AVERAGE_BEFORE.search(doc.left(i, 60) + doc.after(i, 30)):
        return None
    window = doc.window(i, 1)
    totals = [j for j in doc.same_dim_levels(i, window) if doc.qs[j].value > q.value]
    counts = [j for j in window if j != i and doc.qs[j].kind == "count" and _is_level(doc.qs[j])]
    if len(totals) != 1 or len(counts) != 1:
        return None
    return _claim(doc, "average", i, [totals[0], counts[0]], "average")


def _bound(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "a deficit of more than US$10 billion" against the exact US$10.76 billion deficit."""
    if q.change not in (">", "<") or q.kind not in ("money", "count", "quantity", "percent"):
        return None
    noun = _cue_noun(doc, i)
    if noun is None:
        return None
    exact = [
        j
        for j, other in enumerate(doc.qs)
        if j != i
        and other.change == "="
        and _dimension(other) == _dimension(q)
        and other.low is None
        and _cue_noun(doc, j) == noun
    ]
    exact = [j for j in exact if _same_years(doc, i, j)]
    if not exact:
        return None
    # Rounded mentions ("the $10 billion deficit") restate the figure; the finest one is it.
    finest = min(exact, key=lambda j: doc.qs[j].precision / abs(doc.qs[j].value or 1))
    return _claim(doc, "bound", i, [finest], noun)


def _cue_noun(doc: _Doc, i: int) -> str | None:
    around = (doc.gap_before(i, 40) + " # " + doc.after(i, 40)).lower()
    for noun in lx.DIFFERENCE_NOUNS[:4]:
        if re.search(rf"\b{noun}\b", around):
            return noun
    return None


def _same_years(doc: _Doc, a: int, b: int) -> bool:
    ya = {doc.qs[j].value for j in doc.in_sent.get(doc.sent_of[a], []) if doc.qs[j].kind == "year"}
    yb = {doc.qs[j].value for j in doc.in_sent.get(doc.sent_of[b], []) if doc.qs[j].kind == "year"}
    return not ya or not yb or bool(ya & yb)


_RULES = (_points, _cagr, _change, _multiple, _share, _total, _difference, _average, _bound)
