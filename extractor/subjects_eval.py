"""How often `subject` and `period` agree with the corpus gold.

Usage:

    python -m extractor.subjects_eval corpus [--split dev|heldout|all] [--errors N] [--json]

Each gold quantity (years left out: their gold subject says what the year is, "dateline") is paired
with the extracted quantity whose span overlaps it and whose value is equal; unpaired ones are left
out (extraction's own recall is evaluate.py's business). On the pairs:

- subject exact: the same `subject_key` (lower case, stop words out, plurals singular);
- subject head: the same head noun (the last word before any preposition: "exports" in "German
  exports to China"), the looser measure, since gold subjects often name the company or country
  the sentence leaves implicit ("Lumora revenue" for "second-quarter revenue jumped ...");
- subject none: no subject found;
- period exact: the same canonical period (both sides read by `find_periods`: "2024/25" is
  "2024-25", "Aug 14, 2024" is "2024-08-14"); a null gold period counts as exact only when ours is
  null too;
- period year: the same first year (a gold "Q2 2025" and our "2025" agree here);
- by period source (explicit, relative, context, dominant): how often each is exact, which says
  which periods are safe to compare across articles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import extract
from .subjects import _lemma, assign, find_periods, subject_key, year_of


def canonical_period(period: str | None) -> str | None:
    """A gold or predicted period in our canonical form, where it is one time expression."""
    if period is None:
        return None
    found = [p for p in find_periods(period, 0, len(period), None) if p.label]
    if len(found) == 1 and found[0].end - found[0].start >= len(period.strip()) - 2:
        return found[0].label
    return period.strip()


def head(subject: str | None) -> str | None:
    """The head noun: the last word before the first preposition, lemmatised."""
    if not subject:
        return None
    words = re.findall(r"[A-Za-z][\w&-]*", subject.lower().replace("'s", ""))
    cut = [k for k, w in enumerate(words) if w in ("of", "to", "from", "per", "in", "for", "on")]
    if cut and cut[0] > 0:
        words = words[: cut[0]]
    return _lemma(words[-1]) if words else None


def _value(v: Any) -> Decimal | None:
    try:
        return Decimal(str(v))
    except Exception:
        return None


def pairs(root: Path, split: str = "all"):
    """(article id, gold quantity, predicted quantity) for every value-matched pair."""
    for gold_path in sorted((root / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold.get("split") != split:
            continue
        article = root / "articles" / f"{gold['id']}.txt"
        if not article.exists():
            continue
        text = article.read_text(encoding="utf-8")
        predicted = extract(text, year=gold.get("year"))
        if all(q.subject is None for q in predicted):
            assign(text, predicted, gold.get("year"))
        for g in gold["quantities"]:
            if g.get("kind") == "year" or "start" not in g:
                continue
            gv = _value(g.get("value"))
            for q in predicted:
                if q.start < g["end"] and g["start"] < q.end and q.value == gv:
                    yield gold["id"], g, q
                    break


def score(root: Path, split: str = "all") -> dict[str, Any]:
    counts: Counter[str] = Counter()
    by_source: dict[str, Counter[str]] = {}
    errors: list[dict[str, Any]] = []
    for doc, g, q in pairs(root, split):
        counts["pairs"] += 1
        level = q.kind in ("money", "count", "quantity")
        counts["levels"] += level
        gs, qs = g.get("subject"), q.subject
        exact = bool(qs) and subject_key(gs) == subject_key(qs)
        same_head = bool(qs) and head(gs) == head(qs)
        counts["subject_exact"] += exact
        counts["subject_head"] += same_head
        counts["subject_none"] += not qs
        counts["level_head"] += level and same_head
        gp, qp = canonical_period(g.get("period")), canonical_period(q.period)
        p_exact = gp == qp
        counts["period_exact"] += p_exact
        counts["period_year"] += year_of(gp) == year_of(qp)
        counts["level_period"] += level and p_exact
        counts["period_gold_null"] += gp is None
        source = q.extra.get("period_source", "none")
        by_source.setdefault(source, Counter())
        by_source[source]["n"] += 1
        by_source[source]["exact"] += p_exact
        if not (same_head and p_exact):
            errors.append(
                {
                    "doc": doc,
                    "text": g["text"],
                    "gold_subject": gs,
                    "subject": qs,
                    "rule": q.extra.get("subject_rule"),
                    "gold_period": g.get("period"),
                    "period": q.period,
                    "source": source,
                }
            )
    n = counts["pairs"] or 1
    return {
        "split": split,
        "pairs": counts["pairs"],
        "subject_exact": counts["subject_exact"] / n,
        "subject_head": counts["subject_head"] / n,
        "subject_none": counts["subject_none"] / n,
        "period_exact": counts["period_exact"] / n,
        "levels": counts["levels"],
        "level_subject_head": counts["level_head"] / (counts["levels"] or 1),
        "level_period_exact": counts["level_period"] / (counts["levels"] or 1),
        "period_year": counts["period_year"] / n,
        "by_source": {
            k: {"n": v["n"], "exact": v["exact"] / (v["n"] or 1)}
            for k, v in sorted(by_source.items())
        },
        "errors": errors,
    }


def format_result(result: dict[str, Any], n_errors: int = 0) -> str:
    lines = [
        f"corpus/{result['split']}: {result['pairs']} quantities paired with gold",
        f"  subject  exact {result['subject_exact']:.1%}  head {result['subject_head']:.1%}  "
        f"none {result['subject_none']:.1%}",
        f"  period   exact {result['period_exact']:.1%}  year {result['period_year']:.1%}",
    ]
    lines.append(
        f"  amounts (money, count, quantity: {result['levels']}): subject head "
        f"{result['level_subject_head']:.1%}, period exact {result['level_period_exact']:.1%}"
    )
    for source, s in result["by_source"].items():
        lines.append(f"    {source:<9} n={s['n']:<4} exact {s['exact']:.1%}")
    for e in result["errors"][:n_errors]:
        lines.append(
            f"  {e['doc']}: {e['text']!r}: subject {e['subject']!r} ({e['rule']}) vs "
            f"{e['gold_subject']!r}; period {e['period']!r} ({e['source']}) vs {e['gold_period']!r}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.subjects_eval", description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default=None)
    parser.add_argument("--errors", type=int, default=0, help="list the first N disagreements")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    splits = [args.split] if args.split else ["dev", "heldout"]
    results = [score(args.corpus, s) for s in splits]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print("\n".join(format_result(r, args.errors) for r in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
