"""Score extraction on the peer test suites and on the corpus gold, beside quantulum3.

Usage:

    python -m extractor.evaluate ../shared/peer-suites [--errors N] [--json] [--no-quantulum3]
    python -m extractor.evaluate --corpus corpus [--split heldout|dev|all]

PATH is a suite file or a folder searched for them. Suites read:

- Recognizers-Text `CurrencyModel.json`, `PercentModel.json`, `NumberModel.json`,
  `DimensionModel.json` (rows `rt-currency`, `rt-percent`, `rt-number`, `rt-dimension`). Cases whose
  `NotSupported` or `NotSupportedByDesign` names python (comma-separated port names) are skipped,
  as the Python port skips them. `End` is inclusive. Unit names go through the tables in
  `extractor.suite_units`: currencies to ISO codes (a bare "Dollar" is USD; "Franc" accepts FRF or
  CHF); cents, pence and pennies compare as the main unit (50 Cent is 0.5 USD, as in our gold);
  dimension names to ours ("Metric ton" is tonne, "Kilometer" kilometre); "100%" is 100 with unit %.
  A result whose value is null (a bare currency word: "dollar", "rmb") is not a quantity for us: it
  is left out of the gold, and a prediction there counts as a false positive like one on any other
  text the suite does not annotate.
- quantulum3 `quantities.json` (row `quantulum3`): offsets are found from `surface` (searching on
  from the previous quantity); a range is its midpoint (the suite writes midpoint +- uncertainty,
  as our `value` is the midpoint of `low`-`high`); "dimensionless" is no unit, "percentage" is %,
  "dollar" USD, "pound sterling" GBP, "cent" a hundredth of USD; other names are compared in lower
  case with hyphens as spaces ("pound-mass" is "pound mass").
- `--corpus DIR`: `DIR/gold/<id>.json` against `DIR/articles/<id>.txt` (rows `corpus/<split>`);
  articles without gold or gold without article are skipped (they are being written), gold
  quantities without offsets get them from `text` + `occurrence`. The article's `year` is passed to
  `extract`. This row also reports kind and change accuracy on the value-matched quantities.

Which predictions are scored: each suite annotates one sort of quantity, so only predictions of
that sort count (ours by `kind`; quantulum3's by its unit's entity): rt-currency scores money,
rt-percent percent, rt-dimension quantity (physical units); rt-number, quantulum3 and the corpus
score every prediction. rt-number annotates bare numbers only, so it has no value+unit score.

Matching: a predicted quantity matches a gold one when their character spans overlap and their
values are equal; for value+unit its unit must also be one the gold accepts. Values are Decimals
compared exactly, except that when either side is inexact (a float from quantulum3, or 15+
significant digits, as Recognizers-Text writes 2/3 as 0.666666666666667) a relative difference up
to 1e-9 is allowed. Each gold quantity matches at most one prediction and vice versa (a maximum
matching, preferring the larger overlap). P = matched / predicted, R = matched / gold, summed
over the suite's cases (micro-average); each is 0 when its denominator is 0.

The table prints F1 for quantulum3 (`quantulum3.parser.parse` on the same inputs, its units mapped
through the same tables) beside ours. `--errors N` lists our first N misses and N false positives
per suite and counts the misses by reason; `--json` prints everything as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .numbers import json_number, plain
from .suite_units import CURRENCY_UNITS, SPELLINGS, UNIT_NAMES

REL_TOL = Decimal("1e-9")
INEXACT_DIGITS = 15  # a value written with this many significant digits is a rounded float

RT_SUITES = {
    "CurrencyModel.json": ("rt-currency", frozenset({"money"}), True),
    "PercentModel.json": ("rt-percent", frozenset({"percent"}), True),
    "NumberModel.json": ("rt-number", None, False),
    "DimensionModel.json": ("rt-dimension", frozenset({"quantity"}), True),
}
QUANTULUM_SUITE = "quantities.json"
SUITE_ORDER = [*RT_SUITES, QUANTULUM_SUITE]
SPLITS = ("dev", "heldout", "all")


# --- data -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A quantity in a case's text, gold or predicted.

    units: the units a match may carry (gold: all it accepts; a prediction: its one unit).
    """

    text: str
    start: int
    end: int
    value: Decimal
    units: frozenset[str | None] = frozenset({None})
    kind: str | None = None
    change: str | None = None

    def describe(self) -> str:
        units = "/".join(sorted(u or "-" for u in self.units))
        kind = f" {self.kind}" if self.kind else ""
        return f"{self.text!r} [{self.start}:{self.end}] = {plain(self.value)} {units}{kind}"


@dataclass
class Case:
    """One input text and its gold quantities."""

    name: str
    text: str
    gold: list[Mention]
    year: int | None = None


@dataclass
class Suite:
    """A set of cases and which predictions it scores.

    kinds: the kinds of prediction scored (None: all); has_units: whether value+unit is scored.
    """

    name: str
    source: str
    cases: list[Case]
    kinds: frozenset[str] | None = None
    has_units: bool = True
    skipped: int = 0


@dataclass
class Score:
    """Matched, gold and predicted counts, and the precision, recall and F1 they give."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, matched: int, gold: int, predicted: int) -> None:
        self.matched += matched
        self.gold += gold
        self.predicted += predicted

    def to_dict(self) -> dict[str, Any]:
        return {
            "matched": self.matched,
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class SystemScore:
    """One system's scores on a suite; kind/change counts are over value-matched pairs."""

    value: Score = field(default_factory=Score)
    value_unit: Score | None = None
    kind_same: int = 0
    change_same: int = 0
    attributes_compared: int = 0
    crashes: int = 0

    @property
    def kind_accuracy(self) -> float | None:
        return self.kind_same / self.attributes_compared if self.attributes_compared else None

    @property
    def change_accuracy(self) -> float | None:
        return self.change_same / self.attributes_compared if self.attributes_compared else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value.to_dict(),
            "value_unit": self.value_unit.to_dict() if self.value_unit else None,
            "kind_accuracy": _round(self.kind_accuracy),
            "change_accuracy": _round(self.change_accuracy),
            "crashes": self.crashes,
        }


@dataclass
class Error:
    """A miss (gold not matched) or a false positive (prediction not matched) of ours."""

    case: str
    sort: str  # "miss" or "false positive"
    reason: str
    gold: Mention | None
    predicted: Mention | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case,
            "sort": self.sort,
            "reason": self.reason,
            "gold": _mention_dict(self.gold),
            "predicted": _mention_dict(self.predicted),
            "context": self.context(),
        }

    def context(self, width: int = 40) -> str:
        mention = self.gold or self.predicted
        assert mention is not None
        left = max(0, mention.start - width)
        right = min(len(self.text), mention.end + width)
        return " ".join(self.text[left:right].split())


@dataclass
class SuiteResult:
    """The scores of ours (and quantulum3's, unless disabled) on one suite."""

    suite: str
    source: str
    cases: int
    skipped: int
    gold: int
    predicted: int
    ours: SystemScore
    quantulum3: SystemScore | None
    errors: list[Error]
    has_attributes: bool = False

    def to_dict(self, errors: int = 0) -> dict[str, Any]:
        out: dict[str, Any] = {
            "suite": self.suite,
            "source": self.source,
            "cases": self.cases,
            "skipped": self.skipped,
            "gold": self.gold,
            "predicted": self.predicted,
            "ours": self.ours.to_dict(),
            "quantulum3": self.quantulum3.to_dict() if self.quantulum3 else None,
        }
        if errors:
            out["miss_reasons"] = dict(miss_reasons(self.errors).most_common())
            out["errors"] = [e.to_dict() for e in _first_errors(self.errors, errors)]
        return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _mention_dict(m: Mention | None) -> dict[str, Any] | None:
    if m is None:
        return None
    units = sorted(m.units, key=lambda u: u or "")
    return {
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "value": json_number(m.value),
        "unit": units[0] if len(units) == 1 else units,
        "kind": m.kind,
        "change": m.change,
    }


# --- matching ---------------------------------------------------------------------------------


def is_inexact(value: Decimal) -> bool:
    """Whether `value` is a rounded rendering of a non-terminating number (15+ digits)."""
    return len(value.normalize().as_tuple().digits) >= INEXACT_DIGITS


def values_equal(a: Decimal, b: Decimal) -> bool:
    """Equal Decimals, or within a relative 1e-9 when either side is inexact."""
    if a == b:
        return True
    if is_inexact(a) or is_inexact(b):
        return abs(a - b) <= REL_TOL * max(abs(a), abs(b))
    return False


def overlap(a: Mention, b: Mention) -> int:
    """The number of characters two spans share (0 if they are disjoint)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def units_match(gold: Mention, predicted: Mention) -> bool:
    return bool(gold.units & predicted.units)


def is_match(gold: Mention, predicted: Mention, *, with_unit: bool) -> bool:
    """Spans overlap, values are equal and, if `with_unit`, the units agree."""
    if overlap(gold, predicted) == 0:
        return False
    if not values_equal(gold.value, predicted.value):
        return False
    return not with_unit or units_match(gold, predicted)


def match(
    gold: Sequence[Mention], predicted: Sequence[Mention], *, with_unit: bool
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching as (gold index, predicted index) pairs, in gold order.

    Candidates are tried larger overlap first, so ties go to the prediction that covers more.
    """
    candidates: list[list[int]] = []
    for g in gold:
        options = [i for i, p in enumerate(predicted) if is_match(g, p, with_unit=with_unit)]
        options.sort(key=lambda i: (-overlap(g, predicted[i]), predicted[i].start, i))
        candidates.append(options)
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:  # Kuhn's augmenting path
        for pi in candidates[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(gold)):
        augment(gi, set())
    return sorted(((gi, pi) for pi, gi in owner.items()), key=lambda pair: pair[0])


# --- units ------------------------------------------------------------------------------------


def _unit_key(name: str) -> str:
    key = " ".join(name.strip().lower().replace("-", " ").split())
    for american, ours in SPELLINGS.items():
        key = re.sub(rf"{american}\b", ours, key)
    return key


def canonical_unit(name: str | None) -> str | None:
    """A predicted unit as compared: ISO codes as they are, other names through UNIT_NAMES."""
    if name is None or re.fullmatch(r"[A-Z]{3}", name):
        return name
    key = _unit_key(name)
    target = UNIT_NAMES.get(key, key)
    return key if isinstance(target, tuple) else target


def gold_unit(
    name: str | None, value: Decimal, *, currency: bool | None
) -> tuple[Decimal, frozenset[str | None]]:
    """A suite's unit name -> (value in our units, the units a matching prediction may carry).

    currency: True in a currency suite, False in a dimension suite (where "Pound" is a weight),
    None for quantulum3's names, which are unambiguous ("pound sterling", "pound-mass").
    """
    if name is None:
        return value, frozenset({None})
    if re.fullmatch(r"[A-Z]{3}", name):
        return value, frozenset({name})
    key = name.strip().lower()
    if currency is not False and key in CURRENCY_UNITS:
        codes, factor = CURRENCY_UNITS[key]
        return value * factor, frozenset(codes)
    if currency:  # a currency the table lacks: kept by name, so it never matches on unit
        return value, frozenset({key})
    key = _unit_key(name)
    target = UNIT_NAMES.get(key, key)
    return value, frozenset(target) if isinstance(target, tuple) else frozenset({target})


def to_decimal(value: Any) -> Decimal | None:
    """A suite's value (number or string such as "100%", "1E-12", "null") as a Decimal."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    text = str(value).strip().rstrip("%").strip()
    if not text or text.lower() in {"null", "none", "nan"}:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


# --- loading the suites -----------------------------------------------------------------------


def _not_for_python(case: dict[str, Any]) -> bool:
    marks = f"{case.get('NotSupported') or ''},{case.get('NotSupportedByDesign') or ''}"
    return "python" in marks.lower()


def load_recognizers(path: Path) -> Suite:
    """A Recognizers-Text English spec (CurrencyModel.json, ...) as a Suite."""
    name, kinds, has_units = RT_SUITES[path.name]
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    currency = {"rt-currency": True, "rt-dimension": False}.get(name)
    cases: list[Case] = []
    skipped = 0
    for i, item in enumerate(data):
        if _not_for_python(item):
            skipped += 1
            continue
        text = item["Input"]
        gold: list[Mention] = []
        for result in item.get("Results", []):
            resolution = result.get("Resolution") or {}
            value = to_decimal(resolution.get("value"))
            if value is None:  # a bare currency or unit word: not a quantity
                continue
            start, end = result["Start"], result["End"] + 1
            if text[start:end].lower() != result["Text"].lower():
                found = text.lower().find(result["Text"].lower())
                if found >= 0:
                    start, end = found, found + len(result["Text"])
            if name == "rt-percent":
                units: frozenset[str | None] = frozenset({"%"})
            elif name == "rt-number":
                units = frozenset({None})
            else:
                value, units = gold_unit(resolution.get("unit"), value, currency=currency)
            gold.append(Mention(text[start:end], start, end, value, units))
        cases.append(Case(f"{path.name}#{i}", text, gold))
    return Suite(name, str(path), cases, kinds, has_units, skipped)


def load_quantulum(path: Path) -> Suite:
    """quantulum3's quantities.json as a Suite."""
    data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    cases: list[Case] = []
    for i, item in enumerate(data):
        text = item["req"]
        gold: list[Mention] = []
        position = 0
        for result in item.get("res", []):
            surface = result["surface"]
            start = text.find(surface, position)
            if start < 0:
                start = text.find(surface)
            if start < 0:
                continue
            end = start + len(surface)
            position = end
            value = to_decimal(result["value"])
            if value is None:
                continue
            value, units = gold_unit(result.get("unit"), value, currency=None)
            gold.append(Mention(surface, start, end, value, units))
        cases.append(Case(f"{path.name}#{i}", text, gold))
    return Suite("quantulum3", str(path), cases, None, True, 0)


def load_corpus(root: Path, split: str = "all") -> Suite:
    """The corpus gold files of `split` (dev, heldout or all) as a Suite; one case per article."""
    cases: list[Case] = []
    skipped = 0
    for gold_path in sorted((root / "gold").glob("*.json")):
        article_path = root / "articles" / f"{gold_path.stem}.txt"
        try:
            gold_file = json.loads(gold_path.read_text(encoding="utf-8"), parse_float=Decimal)
            text = article_path.read_text(encoding="utf-8")
        except (OSError, ValueError) as exc:  # being written right now: skip, say so
            print(f"evaluate: skipping {gold_path.name}: {exc}", file=sys.stderr)
            skipped += 1
            continue
        if split != "all" and gold_file.get("split") != split:
            continue
        gold: list[Mention] = []
        for q in gold_file.get("quantities", []):
            span = _corpus_span(text, q)
            value = to_decimal(q.get("value"))
            if span is None or value is None:
                print(
                    f"evaluate: {gold_path.name}: cannot place {q.get('text')!r}", file=sys.stderr
                )
                continue
            unit = q.get("unit")
            units = frozenset({unit if unit is None else canonical_unit(unit)})
            gold.append(
                Mention(q["text"], *span, value, units, q.get("kind"), q.get("change", "="))
            )
        year = gold_file.get("year")
        cases.append(Case(gold_path.stem, text, gold, year if isinstance(year, int) else None))
    return Suite(f"corpus/{split}", str(root), cases, None, True, skipped)


def _corpus_span(text: str, q: dict[str, Any]) -> tuple[int, int] | None:
    if isinstance(q.get("start"), int) and isinstance(q.get("end"), int):
        return q["start"], q["end"]
    surface = q.get("text") or ""
    starts = [m.start() for m in re.finditer(re.escape(surface), text)] if surface else []
    occurrence = q.get("occurrence", 0)
    if not isinstance(occurrence, int) or not 0 <= occurrence < len(starts):
        return None
    return starts[occurrence], starts[occurrence] + len(surface)


def find_suite_files(paths: Iterable[Path]) -> list[Path]:
    """The suite files named by `paths` (files, or folders searched recursively), in table order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += [p for p in sorted(path.rglob("*.json")) if p.name in SUITE_ORDER]
        elif path.name in SUITE_ORDER:
            found.append(path)
        else:
            raise ValueError(f"{path}: not a suite file ({', '.join(SUITE_ORDER)})")
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return sorted(unique, key=lambda p: (SUITE_ORDER.index(p.name), str(p)))


def load_suite(path: Path) -> Suite:
    return load_quantulum(path) if path.name == QUANTULUM_SUITE else load_recognizers(path)


# --- the systems ------------------------------------------------------------------------------

Predictor = Callable[[Case], list[Mention]]


def predict_ours(case: Case) -> list[Mention]:
    """Our extractor's quantities in the case's text."""
    from . import extract

    return [
        Mention(
            q.text,
            q.start,
            q.end,
            q.value,
            frozenset({canonical_unit(q.unit)}),
            q.kind,
            q.change,
        )
        for q in extract(case.text, year=case.year)
    ]


_QUANTULUM_PARSE: Callable[[str], list[Any]] | None = None


def _quantulum_parse() -> Callable[[str], list[Any]]:
    # Imported on first use: quantulum3 loads its unit tables (seconds) and warns that its
    # optional classifier is not installed, which is expected here.
    global _QUANTULUM_PARSE
    if _QUANTULUM_PARSE is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

        _QUANTULUM_PARSE = parser.parse
    return _QUANTULUM_PARSE


def quantulum_mention(q: Any) -> Mention:
    """A quantulum3 Quantity as a Mention, its unit mapped as the suites' units are."""
    unit = q.unit
    name = unit.name
    value = to_decimal(q.value)
    assert value is not None
    code = getattr(unit, "currency_code", None)
    entity = getattr(getattr(unit, "entity", None), "name", None)
    if code:
        units: frozenset[str | None] = frozenset({code})
        kind = "money"
    elif name.lower() in CURRENCY_UNITS:
        codes, factor = CURRENCY_UNITS[name.lower()]
        value, units, kind = value * factor, frozenset(codes[:1]), "money"
    else:
        units = frozenset({canonical_unit(name)})
        if name == "percentage":
            kind = "percent"
        elif name == "dimensionless":
            kind = "count"
        elif entity == "time":
            kind = "duration"
        elif entity == "currency":
            kind = "money"
        else:
            kind = "quantity"
    start, end = q.span
    return Mention(q.surface, start, end, value, units, kind)


def predict_quantulum(case: Case) -> list[Mention]:
    """quantulum3's quantities in the case's text."""
    parse = _quantulum_parse()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = parse(case.text)
    return [quantulum_mention(q) for q in found if to_decimal(q.value) is not None]


# --- scoring ----------------------------------------------------------------------------------


def score_case(
    score: SystemScore,
    case: Case,
    predicted: list[Mention],
    *,
    has_units: bool,
) -> list[tuple[int, int]]:
    """Add one case to `score`; returns the value+unit (or value) matching, for error lists."""
    value_pairs = match(case.gold, predicted, with_unit=False)
    score.value.add(len(value_pairs), len(case.gold), len(predicted))
    for gi, pi in value_pairs:
        gold, pred = case.gold[gi], predicted[pi]
        if gold.kind is not None:
            score.attributes_compared += 1
            score.kind_same += gold.kind == pred.kind
            score.change_same += (gold.change or "=") == (pred.change or "=")
    if not has_units:
        return value_pairs
    unit_pairs = match(case.gold, predicted, with_unit=True)
    assert score.value_unit is not None
    score.value_unit.add(len(unit_pairs), len(case.gold), len(predicted))
    return unit_pairs


def explain_miss(gold: Mention, everything: list[Mention], kinds: frozenset[str] | None) -> str:
    """Why no scored prediction matched `gold`, judged against all our predictions."""
    near = sorted(everything, key=lambda p: -overlap(gold, p))
    near = [p for p in near if overlap(gold, p) > 0]
    if not near:
        return "not found"
    for p in near:
        if values_equal(gold.value, p.value):
            if kinds is not None and p.kind not in kinds:
                return f"found as {p.kind}"
            if not units_match(gold, p):
                return "wrong unit"
            return "matched elsewhere"
    return "wrong value"


def explain_false_positive(pred: Mention, gold: list[Mention]) -> str:
    near = [g for g in gold if overlap(g, pred) > 0]
    if not near:
        return "no gold quantity here"
    if any(values_equal(g.value, pred.value) for g in near):
        return "wrong unit"
    return "wrong value"


def miss_reasons(errors: Iterable[Error]) -> Counter[str]:
    return Counter(e.reason for e in errors if e.sort == "miss")


def _first_errors(errors: list[Error], n: int) -> list[Error]:
    misses = [e for e in errors if e.sort == "miss"][:n]
    false_positives = [e for e in errors if e.sort == "false positive"][:n]
    return misses + false_positives


def _run(predict: Predictor, case: Case, score: SystemScore) -> list[Mention] | None:
    try:
        return predict(case)
    except Exception as exc:  # a crash is a result to report, not a reason to stop scoring
        score.crashes += 1
        print(f"evaluate: {predict.__name__} raised on {case.name}: {exc!r}", file=sys.stderr)
        return None


def score_suite(suite: Suite, *, quantulum3: bool = True) -> SuiteResult:
    """Score ours (and quantulum3) on every case of `suite`."""

    def selected(mentions: list[Mention]) -> list[Mention]:
        return [m for m in mentions if suite.kinds is None or m.kind in suite.kinds]

    def new_score() -> SystemScore:
        return SystemScore(value_unit=Score() if suite.has_units else None)

    ours = new_score()
    theirs = new_score() if quantulum3 else None
    errors: list[Error] = []
    for case in suite.cases:
        everything = _run(predict_ours, case, ours) or []
        predicted = selected(everything)
        pairs = score_case(ours, case, predicted, has_units=suite.has_units)
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, gold in enumerate(case.gold):
            if gi not in matched_gold:
                reason = explain_miss(gold, everything, suite.kinds)
                errors.append(Error(case.name, "miss", reason, gold, None, case.text))
        for pi, pred in enumerate(predicted):
            if pi not in matched_pred:
                reason = explain_false_positive(pred, case.gold)
                errors.append(Error(case.name, "false positive", reason, None, pred, case.text))
        if theirs is not None:
            found = _run(predict_quantulum, case, theirs) or []
            score_case(theirs, case, selected(found), has_units=suite.has_units)
    return SuiteResult(
        suite=suite.name,
        source=suite.source,
        cases=len(suite.cases),
        skipped=suite.skipped,
        gold=ours.value.gold,
        predicted=ours.value.predicted,
        ours=ours,
        quantulum3=theirs,
        errors=errors,
        has_attributes=any(g.kind is not None for c in suite.cases for g in c.gold),
    )


def evaluate(
    paths: Sequence[Path] = (),
    *,
    corpus: Path | None = None,
    split: str = "all",
    quantulum3: bool = True,
) -> list[SuiteResult]:
    """Score every suite found under `paths`, and the corpus if given; one result per suite.

    Raises ValueError for a path that is neither a suite file nor a folder.
    """
    for path in paths:
        if not path.exists():
            raise ValueError(f"{path}: no such file or folder")
    suites = [load_suite(p) for p in find_suite_files(paths)]
    if corpus is not None:
        if not (corpus / "gold").is_dir():
            raise ValueError(f"{corpus}: no gold/ folder")
        suites.append(load_corpus(corpus, split))
    return [score_suite(s, quantulum3=quantulum3) for s in suites]


# --- output -----------------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def format_table(results: Sequence[SuiteResult]) -> str:
    """The plain-text table: one row per suite, our scores then quantulum3's F1s."""
    attributes = any(r.has_attributes for r in results)
    header = ["suite", "cases", "gold", "pred", "P", "R", "F1 val", "F1 v+u"]
    if attributes:
        header += ["kind", "change"]
    header += ["|", "q3 F1 val", "q3 F1 v+u"]
    rows = [header]
    for r in results:
        ours, q3 = r.ours, r.quantulum3
        row = [
            r.suite,
            str(r.cases),
            str(r.gold),
            str(r.predicted),
            _pct(ours.value.precision),
            _pct(ours.value.recall),
            _pct(ours.value.f1),
            _pct(ours.value_unit.f1 if ours.value_unit else None),
        ]
        if attributes:
            row += [_pct(ours.kind_accuracy), _pct(ours.change_accuracy)]
        row += [
            "|",
            _pct(q3.value.f1 if q3 else None),
            _pct(q3.value_unit.f1 if q3 and q3.value_unit else None),
        ]
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    notes = [
        f"{r.suite}: {r.skipped} skipped"
        + (" (NotSupported for python)" if r.suite.startswith("rt-") else " (unreadable)")
        for r in results
        if r.skipped
    ]
    crashes = [
        f"{r.suite}: {who} raised on {s.crashes} cases"
        for r in results
        for who, s in (("ours", r.ours), ("quantulum3", r.quantulum3))
        if s is not None and s.crashes
    ]
    return "\n".join(lines + [""] * bool(notes + crashes) + notes + crashes)


def format_errors(results: Sequence[SuiteResult], n: int) -> str:
    """Our first `n` misses and `n` false positives per suite, and the misses counted by reason."""
    out: list[str] = []
    for r in results:
        reasons = ", ".join(f"{why} {count}" for why, count in miss_reasons(r.errors).most_common())
        out.append(f"\n== {r.suite}: misses by reason: {reasons or 'none'}")
        for e in _first_errors(r.errors, n):
            mention = e.gold or e.predicted
            assert mention is not None
            out.append(f"  {e.sort} ({e.reason}) {e.case}: {mention.describe()}")
            out.append(f"      … {e.context()} …")
    return "\n".join(out)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m extractor.evaluate",
        description="Precision, recall and F1 of extraction on the peer suites and the corpus.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="suite files or folders")
    parser.add_argument("--corpus", type=Path, help="corpus folder (with gold/ and articles/)")
    parser.add_argument("--split", choices=SPLITS, default="all", help="corpus split to score")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N errors/suite")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument(
        "--no-quantulum3", dest="quantulum3", action="store_false", help="skip quantulum3"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The command: prints the table (or JSON); 2 for bad arguments, else 0."""
    args = build_parser().parse_args(argv)
    if not args.paths and args.corpus is None:
        print("evaluate: give suite paths and/or --corpus DIR", file=sys.stderr)
        return 2
    try:
        results = evaluate(
            args.paths, corpus=args.corpus, split=args.split, quantulum3=args.quantulum3
        )
    except ValueError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    if not results:
        print("evaluate: no suite files found", file=sys.stderr)
        return 2
    if args.json:
        payload = {"suites": [r.to_dict(errors=args.errors) for r in results]}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(format_table(results))
    if args.errors:
        print(format_errors(results, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
