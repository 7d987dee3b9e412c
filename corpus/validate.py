"""Check the corpus gold files against their articles; fill in missing offsets.

Usage: python corpus/validate.py CORPUS_DIR [--write]

Without --write it only reports problems (exit 1 if any). With --write it also fills in
`start`/`end` of gold quantities from `text` (+ optional `occurrence`) and rewrites the file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# Runnable from a checkout without installing the package (annotators run it so).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.claims import CLAIM_KINDS  # noqa: E402
from extractor.quantities import CHANGES as QUANTITY_CHANGES  # noqa: E402
from extractor.quantities import KINDS as QUANTITY_KINDS  # noqa: E402

# The gold uses the package's own vocabulary; relations are the kinds found in an article's text.
KINDS = set(QUANTITY_KINDS)
CHANGES = set(QUANTITY_CHANGES)
RELATION_KINDS = set(CLAIM_KINDS) - {"reference", "cross-document"}
SPLITS = {"dev", "heldout"}


def find_offsets(article: str, text: str, occurrence: int) -> tuple[int, int] | None:
    starts = [m.start() for m in re.finditer(re.escape(text), article)]
    if occurrence >= len(starts):
        return None
    return starts[occurrence], starts[occurrence] + len(text)


def check_file(gold_path: Path, articles: Path, write: bool) -> list[str]:
    problems: list[str] = []
    name = gold_path.stem
    article_path = articles / f"{name}.txt"
    if not article_path.exists():
        return [f"{gold_path.name}: no article {article_path.name}"]
    article = article_path.read_text(encoding="utf-8")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{gold_path.name}: invalid JSON: {exc}"]
    if gold.get("id") != name:
        problems.append(f"{gold_path.name}: id {gold.get('id')!r} != {name!r}")
    if gold.get("split") not in SPLITS:
        problems.append(f"{gold_path.name}: split must be one of {sorted(SPLITS)}")
    changed = False
    quantities = gold.get("quantities", [])
    for i, q in enumerate(quantities):
        where = f"{gold_path.name} quantity {i} ({q.get('text')!r})"
        if "start" not in q or "end" not in q:
            found = find_offsets(article, q["text"], q.get("occurrence", 0))
            if found is None:
                problems.append(f"{where}: text not found in article")
                continue
            q["start"], q["end"] = found
            changed = True
        if article[q["start"] : q["end"]] != q["text"]:
            problems.append(
                f"{where}: article[{q['start']}:{q['end']}] is {article[q['start'] : q['end']]!r}"
            )
        if q.get("kind") not in KINDS:
            problems.append(f"{where}: kind {q.get('kind')!r} not in {sorted(KINDS)}")
        if q.get("change", "=") not in CHANGES:
            problems.append(f"{where}: change {q.get('change')!r} not in {sorted(CHANGES)}")
        if not isinstance(q.get("value"), int | float):
            problems.append(f"{where}: value must be a number")
    spans = sorted((q.get("start", -1), q.get("end", -1), i) for i, q in enumerate(quantities))
    for (_s1, e1, i1), (s2, _e2, i2) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            problems.append(f"{gold_path.name}: quantities {i1} and {i2} overlap")
    for j, rel in enumerate(gold.get("relations", [])):
        where = f"{gold_path.name} relation {j}"
        if rel.get("kind") not in RELATION_KINDS:
            problems.append(f"{where}: kind {rel.get('kind')!r} not in {sorted(RELATION_KINDS)}")
        for idx in [*rel.get("operands", []), rel.get("stated")]:
            if not isinstance(idx, int) or not 0 <= idx < len(quantities):
                problems.append(f"{where}: index {idx!r} out of range")
    for j, rel in enumerate(gold.get("unverifiable", [])):
        idx = rel.get("stated")
        if not isinstance(idx, int) or not 0 <= idx < len(quantities):
            problems.append(f"{gold_path.name} unverifiable {j}: index {idx!r} out of range")
    if changed and write:
        for q in quantities:
            q.pop("occurrence", None)
        gold_path.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", "utf-8")
    elif changed:
        problems.append(f"{gold_path.name}: offsets missing (run with --write to fill them)")
    return problems


def check_splits_table(root: Path, gold_files: list[Path]) -> list[str]:
    """The "## Splits" table of README.md lists every article with the split its gold gives."""
    readme = root / "README.md"
    if not readme.exists():
        return []
    listed: dict[str, str] = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*([a-z0-9-]+)\**\s*\|\s*(dev|heldout)\s*\|", line)
        if m:
            listed[m.group(1)] = m.group(2)
    problems = []
    for gold_path in gold_files:
        split = json.loads(gold_path.read_text(encoding="utf-8")).get("split")
        if gold_path.stem not in listed:
            problems.append(f"README.md: {gold_path.stem} missing from the Splits table")
        elif listed[gold_path.stem] != split:
            problems.append(
                f"README.md: {gold_path.stem} listed as {listed[gold_path.stem]}, gold says {split}"
            )
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = Path(argv[0])
    write = "--write" in argv[1:]
    problems: list[str] = []
    gold_files = sorted((root / "gold").glob("*.json"))
    for gold_path in gold_files:
        problems += check_file(gold_path, root / "articles", write)
    for article in sorted((root / "articles").glob("*.txt")):
        if not (root / "gold" / f"{article.stem}.json").exists():
            problems.append(f"{article.name}: no gold file")
    problems += check_splits_table(root, gold_files)
    for p in problems:
        print(p)
    print(f"{len(gold_files)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
