"""What subjects/periods and cross-checking cost: time and peak memory of the factcheck command.

    python benchmarks/crosscheck_cost.py [--documents 20000] [--jobs 1]

1. Subjects and periods: `check_texts()` over the corpus articles (repeated 5 times), with
   `subjects.assign` as it is and replaced by a no-op; the difference is its cost per document.
2. Cross-checking: a generated folder of small documents (a corpus paragraph plus one sentence
   stating a company figure for a year: 2,000 companies x 6 years x 3 measures, so keys repeat,
   most statements agree and about 1 in 50 contradicts), checked by the command with
   `--no-cross-check` and `--cross-check`, --format jsonl to a file; wall time and the child's peak
   memory (ru_maxrss from os.wait4). Also the index's size at the end, from the library.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEASURES = ("revenue", "net profit", "capital spending")


def paragraphs() -> list[str]:
    out = []
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        out += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 80]
    return out


def generate(folder: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    paras = paragraphs()
    truth: dict[tuple[int, str, int], float] = {}
    planted = 0
    for i in range(n):
        company, measure, year = (
            rng.randrange(2000),
            rng.choice(MEASURES),
            rng.randrange(2019, 2025),
        )
        value = truth.setdefault((company, measure, year), round(rng.uniform(1, 90), 1))
        if rng.random() < 0.02:
            value, planted = round(value * 1.2 + 1, 1), planted + 1
        sentence = (
            f"Company{company:04d} Group's {measure} reached €{value} billion in {year}, "
            f"the company said."
        )
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{i:06d}.txt").write_text(f"{paras[i % len(paras)]}\n\n{sentence}\n", "utf-8")
    return planted


def run(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (kB) of `factcheck args` in a child process."""
    start = time.perf_counter()
    child = subprocess.Popen([shutil.which("factcheck") or "factcheck", *args])
    _, status, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss


def subjects_cost() -> None:
    import extractor.pipeline as pipeline
    from extractor import check_texts

    texts = [
        (p.name, p.read_text(encoding="utf-8"))
        for p in (ROOT / "corpus" / "articles").glob("*.txt")
    ]
    items = texts * 5
    list(check_texts(items[:20]))  # warm up
    real = pipeline.assign_subjects

    def timed() -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            list(check_texts(items))
            best = min(best, time.perf_counter() - start)
        return best

    with_subjects = timed()
    pipeline.assign_subjects = lambda *a, **k: None
    try:
        without = timed()
    finally:
        pipeline.assign_subjects = real
    per_doc = (with_subjects - without) / len(items) * 1000
    print(
        f"subjects/periods: check_texts over {len(items)} articles {with_subjects:.2f} s, "
        f"{without:.2f} s without them: +{(with_subjects / without - 1) * 100:.1f}% "
        f"({per_doc:.2f} ms per article)"
    )


def deep_size(root) -> int:
    """Bytes held by an object graph of tuples, lists, dicts, strings and slotted objects."""
    seen, stack, total = set(), [root], 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, dict):
            stack += [*obj.keys(), *obj.values()]
        elif isinstance(obj, (list, tuple, set)):
            stack += list(obj)
        elif hasattr(obj, "__slots__"):
            stack += [getattr(obj, name) for name in obj.__slots__]
    return total


def index_size(folder: Path) -> None:
    from extractor import check_texts, make_nlp
    from extractor.crosscheck import CrossChecker

    files = sorted(folder.rglob("*.txt"))
    checker = CrossChecker()
    for start in range(0, len(files), 500):
        with make_nlp().memory_zone():
            chunk = [(str(p), p.read_text(encoding="utf-8")) for p in files[start : start + 500]]
            for report in check_texts(chunk):
                checker.add(report)
    size = deep_size(checker.index) + deep_size(checker.paths)
    entries = sum(len(v) for v in checker.index.values())
    print(
        f"index after {len(files)} documents: {len(checker.index)} keys, {entries} entries, "
        f"{size / 1e6:.1f} MB ({size / max(entries, 1):.0f} B per entry), "
        f"{checker.contradictions} contradictions"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--jobs", default="1")
    parser.add_argument("--skip-subjects", action="store_true")
    parser.add_argument("--skip-index", action="store_true", help="no in-process index size")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each mode (best time)")
    args = parser.parse_args()
    if not args.skip_subjects:
        subjects_cost()
    tmp = Path(tempfile.mkdtemp(dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
    try:
        folder = tmp / "docs"
        folder.mkdir()
        planted = generate(folder, args.documents)
        print(f"{args.documents} documents, {planted} with a changed figure")
        common = [str(folder), "-f", "jsonl", "-q", "-o", str(tmp / "out.jsonl"), "-j", args.jobs]
        results = {}
        for flag in ("--no-cross-check", "--cross-check") * args.repeat:
            seconds, rss = run([*common, flag])
            best = results.get(flag)
            results[flag] = (
                min(seconds, best[0]) if best else seconds,
                max(rss, best[1]) if best else rss,
            )
            if flag == "--cross-check":
                found = (tmp / "out.jsonl").read_text(encoding="utf-8").count('"cross-document"')
        off, on = results["--no-cross-check"], results["--cross-check"]
        print(f"--no-cross-check: {off[0]:.1f} s, peak {off[1] / 1024:.0f} MB")
        print(
            f"--cross-check:    {on[0]:.1f} s, peak {on[1] / 1024:.0f} MB "
            f"(+{(on[0] / off[0] - 1) * 100:.1f}% time, +{(on[1] - off[1]) / 1024:.0f} MB), "
            f"{found} contradictions reported"
        )
        if not args.skip_index:
            index_size(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
