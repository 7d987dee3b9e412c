"""Reference figures: trusted values read from a CSV (or JSON) file, matched to quantities.

The CSV has a header row with these columns (any order, extra columns ignored):

| column  | example                    | meaning                                                  |
|---------|----------------------------|----------------------------------------------------------|
| subject | technology imports         | what the figure measures, as an article would name it   |
| period  | 2010, Q3 2024, 2024-25     | a year, quarter, half, month or fiscal year             |
| value   | 25.63 billion, 1,200, 4.5  | the number, optionally with thousand/million/billion/bn |
| unit    | USD, %, tonne, (empty)     | ISO 4217 code, %, `percentage point`, a unit, or empty  |
| source  | Ministry of Commerce, 2011 | where the figure comes from (named in every verdict)    |

An empty unit means a count. A JSON file holds the same: a list of objects with those keys (the
value a number or a string), or an object {"facts": [...]}.
The value's precision is that of its written digits, as for a number in an article: "25.63 billion"
stands for 25.625 to 25.635 billion, "26 billion" for 25.5 to 26.5 billion.

Matching a quantity: the same period (both in canonical form: "FY2024" is "fiscal 2024",
"2024/25" is "2024-25"), the same unit, and every normalised word of the reference subject found in
the quantity's subject (`subjects.subject_key`: lower case, possessives, articles, "of", "and" and
"total" dropped, plurals made singular, "imported" read as "import"; words after a preposition keep
it: "exports to China" is not "China's exports"). So "technology imports" matches "China's imported
technology products" and "technology imports"; it does not match "technology exports". Reference
subjects should therefore be as specific as the figure ("China technology imports" where another
country's figure could be meant), since a more general subject matches more sentences.

>>> facts = parse_csv("subject,period,value,unit,source\\n"
...                   "technology imports,2010,25.63 billion,USD,MOFCOM\\n", "figures.csv")
>>> fact = facts.find("China's imported technology products", "2010", "USD")[0]
>>> fact.value, fact.precision, fact.origin
(Decimal('25630000000'), Decimal('5000000'), 'figures.csv:2')
>>> parse_csv("subject,period,value,unit,source\\nimports,2010,lots,USD,x\\n", "f.csv")
Traceback (most recent call last):
...
extractor.errors.FactcheckError: f.csv:2: value 'lots' is not a number (write e.g. 25.63 billion)
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import lexicon
from .arithmetic import Interval, percent_change, point_value
from .checker import Verdict, interval_of
from .claims import Claim, split_sentences
from .errors import FactcheckError
from .numbers import half_unit, json_number, plain, tidy
from .quantities import Quantity
from .subjects import find_periods, shift, subject_key

COLUMNS = ("subject", "period", "value", "unit", "source")
SCALE_WORDS = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
}
VALUE = re.compile(
    r"^\s*(?P<sign>[-−])?(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"\s*(?P<scale>[A-Za-z]+)?\s*$"
)
PERCENT_UNITS = ("%", "percent", "per cent", "pct")
POINT_UNITS = ("percentage point", "percentage points", "pp", "points")


@dataclass(frozen=True)
class Fact:
    """One reference figure.

    subject, period: what it measures and when (period in canonical form).
    value, precision: the exact value and half the unit of its last written digit.
    unit, kind: as for a Quantity (kind from the unit: money, percent, count, quantity...).
    source: the file's source column; origin: "file:line" of the row.
    written: the value as written in the file ("25.63 billion").
    """

    subject: str
    period: str
    value: Decimal
    precision: Decimal
    unit: str | None
    kind: str
    source: str
    origin: str
    written: str
    key: tuple[str, ...] = field(default=(), compare=False)

    def describe(self) -> str:
        """ "technology imports 2010 = 25.63 billion USD (figures.csv:2, MOFCOM)"."""
        unit = f" {self.unit}" if self.unit else ""
        source = f", {self.source}" if self.source else ""
        return f"{self.subject} {self.period} = {self.written}{unit} ({self.origin}{source})"


class Facts:
    """Reference figures indexed by (period, unit), for matching quantities by subject."""

    def __init__(self, facts: Iterable[Fact] = ()):
        self._all: list[Fact] = []
        # Keyed by (period, unit, the first word of the subject key): a fact can match a subject
        # only if that word is among the subject's words, so a look-up reads a few short lists
        # however large the file.
        self._index: dict[tuple[str, str | None, str], list[Fact]] = {}
        for fact in facts:
            self._all.append(fact)
            self._index.setdefault((fact.period, fact.unit, fact.key[0]), []).append(fact)

    def __len__(self) -> int:
        return len(self._all)

    def __iter__(self) -> Iterator[Fact]:
        return iter(self._all)

    def find(self, subject: str | None, period: str | None, unit: str | None) -> list[Fact]:
        """Facts for this period and unit whose subject words all appear in `subject`.

        The most specific (most words) first: "China technology imports" before "imports".
        """
        if not subject or not period:
            return []
        period = canonical_period(period) or period
        words = set(subject_key(subject))
        found = [
            f
            for w in sorted(words)
            for f in self._index.get((period, unit, w), ())
            if set(f.key) <= words
        ]
        return sorted(found, key=lambda f: -len(f.key))


def canonical_period(period: str) -> str | None:
    """A period in canonical form ("FY2024" -> "fiscal 2024"); None when it is not one period."""
    text = period.strip()
    found = [p for p in find_periods(text, 0, len(text), None) if p.label]
    if len(found) == 1 and found[0].start == 0 and found[0].end >= len(text.rstrip(". ")):
        return found[0].label
    return None


def _kind_and_unit(raw: str, where: str) -> tuple[str, str | None]:
    unit = raw.strip()
    lowered = unit.lower()
    if not unit:
        return "count", None
    if lowered in PERCENT_UNITS:
        return "percent", "%"
    if lowered in POINT_UNITS:
        return "percentage_point", "percentage point"
    if unit.upper() in lexicon.CURRENCY_CODES.values() or unit.upper() in lexicon.CURRENCY_CODES:
        return "money", lexicon.CURRENCY_CODES.get(unit.upper(), unit.upper())
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "money", unit
    if lowered in lexicon.UNITS:
        return "quantity", lexicon.UNITS[lowered]
    if lowered in lexicon.UNITS.values():
        return "quantity", lowered
    if lowered in lexicon.DURATION_UNITS:
        return "duration", lexicon.DURATION_UNITS[lowered]
    if re.fullmatch(r"[$€£¥₹]|us\$|dollars?", lowered):
        raise FactcheckError(f"{where}: unit {raw!r}: write the ISO code (USD, EUR, GBP, ...)")
    if re.fullmatch(r"[a-z][a-z -]*", lowered):
        return "quantity", lowered
    raise FactcheckError(f"{where}: unit {raw!r} is not a currency code, %, or a unit name")


def _value(raw: str, where: str) -> tuple[Decimal, Decimal, str]:
    m = VALUE.match(str(raw))
    scale = Decimal(1)
    if m and m.group("scale"):
        word = m.group("scale").lower()
        if word not in SCALE_WORDS:
            m = None
        else:
            scale = SCALE_WORDS[word]
    if not m:
        raise FactcheckError(
            f"{where}: value {str(raw)!r} is not a number (write e.g. 25.63 billion)"
        )
    digits = m.group("digits")
    try:
        number = Decimal(digits.replace(",", ""))
    except InvalidOperation:
        raise FactcheckError(f"{where}: value {raw!r} is not a number") from None
    if m.group("sign"):
        number = -number
    value = number * scale
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return value, tidy(half_unit(digits) * scale), str(raw).strip()


def make_fact(row: dict[str, Any], origin: str) -> Fact:
    """One validated Fact from a row (keys: COLUMNS); raises FactcheckError naming `origin`."""
    subject = str(row.get("subject") or "").strip()
    if not subject or not subject_key(subject):
        raise FactcheckError(f"{origin}: empty subject")
    raw_period = str(row.get("period") or "").strip()
    if not raw_period:
        raise FactcheckError(f"{origin}: empty period")
    period = canonical_period(raw_period)
    if period is None:
        raise FactcheckError(
            f"{origin}: period {raw_period!r} is not a year, quarter, half, month or fiscal year "
            "(e.g. 2010, Q3 2024, H1 2024, June 2024, 2024-25, fiscal 2024)"
        )
    raw_value = row.get("value")
    if raw_value is None or str(raw_value).strip() == "":
        raise FactcheckError(f"{origin}: empty value")
    if isinstance(raw_value, float):
        raw_value = repr(raw_value)
    value, precision, written = _value(str(raw_value), origin)
    kind, unit = _kind_and_unit(str(row.get("unit") or ""), origin)
    return Fact(
        subject=subject,
        period=period,
        value=value,
        precision=precision,
        unit=unit,
        kind=kind,
        source=str(row.get("source") or "").strip(),
        origin=origin,
        written=written if not written[:1].isdigit() or " " in written else plain(value),
        key=subject_key(subject),
    )


def _check_duplicates(facts: list[Fact]) -> None:
    seen: dict[tuple, Fact] = {}
    for fact in facts:
        k = (fact.key, fact.period, fact.unit)
        if k in seen and seen[k].value != fact.value:
            raise FactcheckError(
                f"{fact.origin}: {fact.subject} {fact.period} is {fact.written} here but "
                f"{seen[k].written} at {seen[k].origin}"
            )
        seen.setdefault(k, fact)


def parse_csv(text: str, name: str = "facts.csv") -> Facts:
    """Facts from CSV text with a header row naming at least subject, period, value, unit."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header and c != "source"]
    if missing:
        raise FactcheckError(
            f"{name}: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"(the header must name {','.join(COLUMNS)})"
        )
    reader.fieldnames = header
    facts = []
    for row in reader:
        origin = f"{name}:{reader.line_num}"
        if None in row:
            raise FactcheckError(f"{origin}: more fields than columns (quote values with commas)")
        if all(not (v or "").strip() for v in row.values()):
            continue
        facts.append(make_fact(row, origin))
    _check_duplicates(facts)
    return Facts(facts)


def parse_json(text: str, name: str = "facts.json") -> Facts:
    """Facts from a JSON list of objects with the CSV's keys."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise FactcheckError(f"{name}:{e.lineno}: not valid JSON: {e.msg}") from None
    if isinstance(data, dict) and isinstance(data.get("facts"), list):
        data = data["facts"]
    if not isinstance(data, list):
        raise FactcheckError(f"{name}: expected a list of objects with keys {', '.join(COLUMNS)}")
    facts = []
    for n, item in enumerate(data, 1):
        origin = f"{name}#{n}"
        if not isinstance(item, dict):
            raise FactcheckError(f"{origin}: expected an object, got {type(item).__name__}")
        facts.append(make_fact({k.lower(): v for k, v in item.items()}, origin))
    _check_duplicates(facts)
    return Facts(facts)


def load_cached(path: str | os.PathLike) -> Facts:
    """load(path), kept while the file is unchanged: batch workers read it once, not per chunk."""
    try:
        stat = os.stat(path)
    except OSError:
        return load(path)
    return _load_cached(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _load_cached(path: str, mtime_ns: int, size: int) -> Facts:
    return load(path)


def load(path: str | os.PathLike) -> Facts:
    """Facts from a .csv or .json file; FactcheckError (one line) for any problem with it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactcheckError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise FactcheckError(f"{path}: not UTF-8 text") from None
    except OSError as e:
        raise FactcheckError(f"{path}: cannot read: {e.strerror or e}") from None
    if path.suffix.lower() == ".json":
        return parse_json(text, path.name)
    return parse_csv(text, path.name)


# -- checking a report's claims and figures against reference figures --------------------------

REFERENCE_KIND = "reference"
# Only periods the sentence states are matched to reference rows; one carried from elsewhere in
# the article is right too often to be ignored but wrong too often to accuse a figure with.
PERIOD_SOURCES = ("explicit", "relative")
LEVEL_KINDS = ("money", "count", "quantity")
# The period a change compares with: the year before unless the sentence says otherwise.
STEP_CUES = (
    (re.compile(r"quarter-on-quarter|quarter-over-quarter|previous quarter|q/q", re.I), "quarter"),
    (re.compile(r"month-on-month|month-over-month|previous month|m/m", re.I), "month"),
)
_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)


def _scale(values: list[Decimal]) -> tuple[Decimal, str]:
    """A common scale to write amounts in: 32160000000 and 25630000000 as 32.16 and 25.63."""
    smallest, largest = min(abs(v) for v in values), max(abs(v) for v in values)
    for factor, word in _SCALES:
        if smallest >= factor / 100 and largest >= factor:
            return factor, word
    return Decimal(1), ""


def _show(value: Decimal, scale: Decimal = Decimal(1), places: int | None = None) -> str:
    v = value / scale
    if places is not None:
        v = v.quantize(Decimal(1).scaleb(-places))
    return plain(v)


def _places(q: Quantity) -> int:
    exponent = q.value.normalize().as_tuple().exponent
    return (-exponent if isinstance(exponent, int) and exponent < 0 else 0) + 1


def _fact_interval(fact: Fact) -> Interval:
    return Interval(fact.value - fact.precision, fact.value + fact.precision)


def _fact_json(fact: Fact) -> dict[str, Any]:
    return {
        "row": fact.origin,
        "source": fact.source,
        "subject": fact.subject,
        "period": fact.period,
        "value": json_number(fact.value),
        "unit": fact.unit,
    }


def _usable(q: Quantity) -> bool:
    return (
        q.subject is not None
        and q.period is not None
        and q.extra.get("period_source") in PERIOD_SOURCES
        and not q.extra.get("hypothetical")
    )


def _span(sentences: list[tuple[int, int]], q: Quantity) -> tuple[int, int]:
    return next(((a, b) for a, b in sentences if a <= q.start < b), (q.start, q.end))


def apply_facts(
    verdicts: list[Verdict], quantities: list[Quantity], facts: Facts, text: str = ""
) -> list[Verdict]:
    """The verdicts with reference figures brought in, in order of the stated numbers.

    - an unverifiable change whose base is missing ("grew 25.5% to US$32.16 billion in 2011") is
      recomputed when the facts hold the base (same subject, the period before, same unit):
      consistent or inconsistent, the message naming the fact's row and source;
    - a figure stated for a subject and period the facts hold gets a claim of kind "reference":
      consistent when the two rounding intervals meet, inconsistent when they do not.
    verdicts: the document's claims; quantities: its quantities; text: its text (for sentences).
    """
    if not facts:
        return verdicts
    sentences = split_sentences(text) if text else []
    out = []
    for v in verdicts:
        if v.verdict == "unverifiable" and v.claim.kind == "change" and v.claim.missing:
            out.append(_change_from_facts(v, quantities, facts, text) or v)
        else:
            out.append(v)
    checked = {v.claim.stated for v in out if v.claim.kind == REFERENCE_KIND}
    for i, q in enumerate(quantities):
        if i in checked or q.change not in ("=", "~") or q.low is not None:
            continue
        if q.kind not in (*LEVEL_KINDS, "percent", "percentage_point") or not _usable(q):
            continue
        found = facts.find(q.subject, q.period, q.unit)
        if found:
            out.append(_reference_verdict(i, q, found[0], _span(sentences, q)))
    order = {id(v): k for k, v in enumerate(out)}
    return sorted(out, key=lambda v: (quantities[v.claim.stated].start, order[id(v)]))


def _reference_verdict(i: int, q: Quantity, fact: Fact, span: tuple[int, int]) -> Verdict:
    scale, word = _scale([q.value, fact.value]) if q.kind in LEVEL_KINDS else (Decimal(1), "")
    unit = f" {word}" if word else ""
    expression = (
        f"{_show(q.value, scale)}{unit} vs {_show(fact.value, scale)}{unit} ({fact.origin})"
    )
    claim = Claim(
        REFERENCE_KIND,
        [],
        i,
        span[0],
        span[1],
        cue=q.subject or "",
        detail={"reference": [_fact_json(fact)]},
    )
    if interval_of(q).meets(_fact_interval(fact)):
        return Verdict(
            claim,
            "consistent",
            "none",
            fact.value,
            expression,
            f"{q.text} agrees with the reference figure {fact.describe()}",
        )
    return Verdict(
        claim,
        "inconsistent",
        "magnitude",
        fact.value,
        expression,
        f"{q.text} contradicts the reference figure {fact.describe()}",
    )


def _change_from_facts(v: Verdict, qs: list[Quantity], facts: Facts, text: str) -> Verdict | None:
    """A missing-base change recomputed with a reference figure as its base, or None."""
    claim = v.claim
    s = qs[claim.stated]
    if s.kind != "percent" or s.change not in ("up", "down"):
        return None
    # The level the change leads to: same sentence, an amount, the change's subject if it has one.
    levels = [
        j
        for j, q in enumerate(qs)
        if j != claim.stated
        and claim.start <= q.start < claim.end
        and q.kind in LEVEL_KINDS
        and q.change in ("=", "~")
        and q.low is None
    ]
    same = [j for j in levels if subject_key(qs[j].subject) == subject_key(s.subject)]
    pool = same or levels
    new = min(pool, key=lambda j: abs(qs[j].start - s.start)) if pool else None
    anchor = qs[new] if new is not None else s
    if not _usable(anchor):
        return None
    step = "year"
    for cue, unit in STEP_CUES:
        if cue.search(text[claim.start : claim.end]):
            step = unit
            break
    previous = shift(anchor.period, step, -1)
    if previous is None:
        return None
    if new is not None:
        bases = facts.find(anchor.subject, previous, anchor.unit)
        if not bases:
            return None
        base, latest = bases[0], None
        new_interval, new_value, unit = interval_of(anchor), anchor.value, anchor.unit
    else:
        # Neither value is in the text ("imports grew 25.5% in 2011"): both from the facts.
        pairs = [
            (b, n)
            for unit in {f.unit for f in facts}
            for b in facts.find(anchor.subject, previous, unit)[:1]
            for n in facts.find(anchor.subject, anchor.period, unit)[:1]
        ]
        if len(pairs) != 1:
            return None
        base, latest = pairs[0]
        new_interval, new_value, unit = _fact_interval(latest), latest.value, latest.unit
    recomputed = percent_change(_fact_interval(base), new_interval)
    got = point_value(new_value, base.value, "change")
    if recomputed is None or got is None:
        return None
    scale, _ = _scale([new_value, base.value]) if anchor.kind in LEVEL_KINDS else (Decimal(1), "")
    expression = (
        f"({_show(new_value, scale)} - {_show(base.value, scale)}) / {_show(base.value, scale)} "
        f"= {_show(got, places=_places(s))}%"
    )
    used = [base] if latest is None else [latest, base]
    named = "; ".join(f.describe() for f in used)
    new_claim = Claim(
        claim.kind,
        [new] if new is not None else [],
        claim.stated,
        claim.start,
        claim.end,
        claim.cue,
        detail={
            **claim.detail,
            "reference": [_fact_json(f) for f in used],
        },
    )
    stated = interval_of(s)
    if s.change == "down":
        stated = -stated
    if got != 0 and (got > 0) != (s.change == "up"):
        return Verdict(
            new_claim,
            "inconsistent",
            "direction",
            got,
            expression,
            f"change stated as a {'rise' if s.change == 'up' else 'fall'} of {s.text}, but with "
            f"the reference figure the values {'fall' if got < 0 else 'rise'}: {expression} "
            f"(reference: {named})",
        )
    if recomputed.meets(stated):
        return Verdict(
            new_claim,
            "consistent",
            "none",
            got,
            expression,
            f"change of {s.text} checks out against reference data: {expression} "
            f"(reference: {named})",
        )
    return Verdict(
        new_claim,
        "inconsistent",
        "magnitude",
        got,
        expression,
        f"change stated as {s.text}, but with the reference figure {expression} "
        f"(reference: {named})",
    )
