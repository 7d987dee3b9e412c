"""benchmarks/run.py --quick runs to the end and prints every row and every target.

No assertion on any timing: machines (and CI runners) are too noisy for that. The script's job is
to measure; this test only keeps it from rotting as the library and the command change.
"""

from __future__ import annotations

import fnmatch
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ROWS = (
    "full check: check_texts(), jobs 1 (reference)",
    "full check: check_texts(), jobs 2 (multiprocessing)",
    "full check: factcheck command, --jobs 1",
    "full check: factcheck command, --jobs 2",
    "extraction: extract(), jobs 1",
    "extraction: extract(), jobs 2 (multiprocessing)",
    "extraction: factcheck_quantities via nlp.pipe",
    "quantulum3 *: parser.parse (first texts)",  # * is the installed version
    'spaCy: spacy.blank("en").tokenizer.pipe',
    "spaCy: the same, in a memory zone (no cache, as batch.py)",
    'spaCy: spacy.blank("en").pipe, no components',
    "cold start: factcheck ARTICLE --format json",
    "cold start: factcheck ARTICLE --format json --jobs 2",
    "cold start: python -c \"import spacy; spacy.blank('en')\"",
    "cold start: factcheck minus spaCy",
    "documents: factcheck --format jsonl, 20 docs",
    "documents: factcheck --format jsonl, 60 docs",
    "documents: factcheck --format jsonl, 200 docs",
)
TARGETS = (
    "full check >= 10x quantulum3",
    "full check >= 25% of the tokenizer",
    "--jobs 2 >= 1.7x --jobs 1",
    "cold start within 0.5 s of spaCy's import",
    "peak memory at 200 docs within 20% of 20",
)


def test_quick_mode_prints_every_row_and_target():
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # The first cell of every table row but the header and the rule.
    labels = [line.split("|")[1].strip() for line in lines if line.startswith("| ")][1:]
    assert len(labels) == len(ROWS), done.stdout
    for pattern, label in zip(ROWS, labels, strict=True):
        assert fnmatch.fnmatchcase(label, pattern), f"row {label!r}, expected {pattern!r}"
    for target in TARGETS:
        verdicts = [line for line in lines if target in line]
        assert len(verdicts) == 1, f"no target {target!r} in:\n{done.stdout}"
        assert verdicts[0].startswith(("PASS  ", "FAIL  "))
