"""Error injection over the gold corpus: does the checker catch a wrong number, and only then?

Usage: python -m extractor.inject CORPUS_DIR [--split heldout|dev|all] [--verbose]

For every gold relation, each of its numbers written in digits is moved beyond its rounding
interval (multiplied by 1.25; by 0.8 where the relation is a bound that growth would keep true)
and the article is checked again: the mutation is *caught* when some claim using that number is
inconsistent. On the untouched articles, every inconsistent verdict is a *false alarm* (the corpus
articles are written to be correct). A gold relation is *found* when a claim states the same
number and uses every gold operand.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from . import check_texts
from .checker import Report

NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass
class Scores:
    articles: int = 0
    relations: int = 0
    found: int = 0
    mutations: int = 0
    caught: int = 0
    skipped: int = 0
    false_alarms: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "relations": self.relations,
            "found": self.found,
            "found_rate": self.found / self.relations if self.relations else None,
            "mutations": self.mutations,
            "caught": self.caught,
            "detection_rate": self.caught / self.mutations if self.mutations else None,
            "skipped_mutations": self.skipped,
            "false_alarms": len(self.false_alarms),
        }


def load_corpus(root: Path, split: str = "all") -> list[tuple[str, str, dict]]:
    """(id, article text, gold) for each article of the split."""
    out = []
    for gold_path in sorted((root / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold.get("split") != split:
            continue
        text = (root / "articles" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        out.append((gold_path.stem, text, gold))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _claim_spans(report: Report) -> list[tuple[dict, list[tuple[int, int]], tuple[int, int]]]:
    out = []
    for verdict in report.claims:
        d = verdict.to_dict()
        spans = [(report.quantities[k].start, report.quantities[k].end) for k in d["quantities"]]
        stated = report.quantities[d["stated"]]
        out.append((d, spans, (stated.start, stated.end)))
    return out


def relation_found(report: Report, gold: dict, relation: dict) -> bool:
    gq = gold["quantities"]
    stated = (gq[relation["stated"]]["start"], gq[relation["stated"]]["end"])
    operands = [(gq[k]["start"], gq[k]["end"]) for k in relation.get("operands", [])]
    for d, spans, claim_stated in _claim_spans(report):
        if d["verdict"] == "unverifiable":
            continue
        used = spans
        if _overlaps(claim_stated, stated) or any(_overlaps(s, stated) for s in used):
            if all(any(_overlaps(o, s) for s in used) for o in operands):
                return True
    return False


def mutation_factor(gold: dict, relation: dict, k: int) -> Decimal:
    """1.25, or 0.8 where growing the number would keep a bound true ("more than $10bn" against
    $10.76bn is broken by shrinking the exact figure or growing the bound)."""
    bound = gold["quantities"][relation["stated"]].get("change")
    if bound not in (">", "<"):
        return Decimal("1.25")
    grows_result = k == relation["stated"] or (
        relation["kind"] == "multiple" and k == relation["operands"][0]
    )
    if bound == ">":
        return Decimal("1.25") if grows_result else Decimal("0.8")
    return Decimal("0.8") if grows_result else Decimal("1.25")


def mutate(
    text: str, start: int, end: int, factor: Decimal = Decimal("1.25")
) -> tuple[str, tuple[int, int]] | None:
    """The text with the numeral inside [start, end) moved beyond its rounding, and the span."""
    m = NUMERAL.search(text, start, end)
    if m is None:
        return None
    raw = m.group()
    digits = raw.replace(",", "")
    places = len(digits.split(".")[1]) if "." in digits else 0
    value = Decimal(digits)
    quantum = Decimal(1).scaleb(-places)
    new = (value * factor).quantize(quantum)
    if new == value or (len(digits) == 4 and places == 0 and 1800 <= value <= 2100):
        return None  # zero, or a year: not a figure the arithmetic is about
    new_raw = f"{new:,}" if "," in raw else f"{new}"
    mutated = text[: m.start()] + new_raw + text[m.end() :]
    delta = len(new_raw) - len(raw)
    return mutated, (start, end + delta)


def score(corpus: list[tuple[str, str, dict]], verbose: bool = False) -> Scores:
    scores = Scores()
    reports = check_texts((name, text) for name, text, _ in corpus)
    for (name, text, gold), report in zip(corpus, reports, strict=True):
        scores.articles += 1
        for v in report.claims:
            if v.verdict == "inconsistent":
                s, e = v.claim.start, v.claim.end
                scores.false_alarms.append(f"{name}: {v.message} [{text[s:e].strip()[:120]}]")
        for r_index, relation in enumerate(gold.get("relations", [])):
            scores.relations += 1
            if relation_found(report, gold, relation):
                scores.found += 1
            else:
                scores.not_found.append(f"{name} relation {r_index}: {relation.get('expression')}")
            for k in [*relation.get("operands", []), relation["stated"]]:
                q = gold["quantities"][k]
                if q["kind"] == "year":
                    continue
                factor = mutation_factor(gold, relation, k)
                mutation = mutate(text, q["start"], q["end"], factor)
                if mutation is None:
                    scores.skipped += 1
                    continue
                mutated, span = mutation
                scores.mutations += 1
                (mreport,) = list(check_texts([(name, mutated)]))
                caught = any(
                    d["verdict"] == "inconsistent" and any(_overlaps(s, span) for s in spans)
                    for d, spans, _ in _claim_spans(mreport)
                )
                if caught:
                    scores.caught += 1
                else:
                    scores.missed.append(
                        f"{name} relation {r_index} ({relation.get('expression')}): "
                        f"{q['text']!r} -> {mutated[span[0] : span[1]]!r}"
                    )
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.inject", description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", default="heldout", choices=["heldout", "dev", "all"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not (args.corpus / "gold").is_dir():
        print(f"error: {args.corpus} has no gold/ folder", file=sys.stderr)
        return 2
    corpus = load_corpus(args.corpus, args.split)
    scores = score(corpus, args.verbose)
    if args.json:
        print(json.dumps(scores.as_dict(), indent=2))
        return 0
    d = scores.as_dict()
    rate = f"{d['detection_rate']:.1%}" if d["detection_rate"] is not None else "n/a"
    found = f"{d['found_rate']:.1%}" if d["found_rate"] is not None else "n/a"
    print(f"split={args.split} articles={d['articles']} relations={d['relations']}")
    print(f"relations found:   {d['found']}/{d['relations']} ({found})")
    print(
        f"mutations caught:  {d['caught']}/{d['mutations']} ({rate}); "
        f"{d['skipped_mutations']} numbers not mutable (words, zero)"
    )
    print(f"false alarms:      {d['false_alarms']} on untouched articles")
    if args.verbose:
        for label, rows in (
            ("FALSE ALARM", scores.false_alarms),
            ("MISSED", scores.missed),
            ("NOT FOUND", scores.not_found),
        ):
            for row in rows:
                print(f"  {label}: {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
