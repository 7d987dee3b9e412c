"""Cross-article contradictions: what is compared, what is reported, and how the command shows it.

Precision first: a table of document pairs that must not be reported (rounding, other periods,
other subjects, approximate or forecast figures, ambiguous subjects) beside the ones that must;
then the corpus, where exactly the planted contradictions of corpus/reference/expected.json are
found across all articles; then the command's output formats and summary.
"""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import check
from extractor.crosscheck import CrossChecker, annotate, statements

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def contradictions(*texts: str) -> list[str]:
    """The messages of the contradictions found among `texts` (checked as a.txt, b.txt, ...)."""
    checker = CrossChecker()
    found = []
    for n, text in enumerate(texts):
        found += [v.message for v in checker.add(check(text, path=f"{'abcdefgh'[n]}.txt"))]
    return found


PAIRS = [
    # first text, second text, number of contradictions
    # the same figure, differently rounded or qualified: agreement
    (
        "Lindqvist Bank's net profit rose to SEK 4.42 billion in 2024.",
        "Lindqvist Bank's net profit reached SEK 4.4 billion in 2024.",
        0,
    ),
    (
        "Lindqvist Bank's net profit rose to SEK 4.42 billion in 2024.",
        "Lindqvist Bank's net profit was about SEK 4.6 billion in 2024.",
        0,  # "about" is not compared at all
    ),
    # intervals that do not meet: reported once
    (
        "Norvik Energy's capital spending rose to €1.85 billion in 2024.",
        "Norvik Energy's capital spending reached €1.95 billion in 2024.",
        1,
    ),
    (
        "Norvik Energy's power generation was 61.2 terawatt-hours in 2024.",
        "Norvik Energy's power generation was 58.9 terawatt-hours in 2024.",
        1,
    ),
    # touching intervals meet: 21.4 is 21.35-21.45, 21.5 is 21.45-21.55
    (
        "Technology exports came to US$21.4 billion in 2011.",
        "Technology exports came to US$21.5 billion in 2011.",
        0,
    ),
    (
        "Technology exports came to US$21.4 billion in 2011.",
        "Technology exports came to US$21.6 billion in 2011.",
        1,
    ),
    # other periods
    (
        "Aurel Foods' revenue was €812 million in the first quarter of 2024.",
        "Aurel Foods' revenue was €845 million in the second quarter of 2024.",
        0,
    ),
    (
        "Technology exports came to US$21.4 billion in 2011.",
        "Technology exports came to US$18.7 billion in 2010.",
        0,
    ),
    # other subjects: another country, or the other direction of a flow
    (
        "Norland's wine exports were worth €318 million in 2024.",
        "Sorland's wine exports were worth €296 million in 2024.",
        0,
    ),
    (
        "Norland's exports to Sorland reached €2.9 billion in 2024.",
        "Sorland's exports to Norland reached €3.4 billion in 2024.",
        0,
    ),
    # other units or kinds
    (
        "Technology exports came to US$21.4 billion in 2011.",
        "Technology exports came to €21.9 billion in 2011.",
        0,
    ),
    # a one-word subject is every company's: never compared
    ("Revenue was €812 million in 2024.", "Revenue was €845 million in 2024.", 0),
    # a forecast is not a record
    (
        "Norvik Energy's capital spending rose to €1.85 billion in 2024.",
        "Analysts expected Norvik Energy's capital spending of €1.95 billion in 2024.",
        0,
    ),
    # a period carried from another sentence is not enough
    (
        "Norvik Energy's capital spending rose to €1.85 billion in 2024.",
        "Norvik Energy had a busy 2024. Norvik Energy's capital spending reached €1.95 billion.",
        0,
    ),
    # a document giving two values for one key is not specific enough to accuse anyone
    (
        "Norvik Energy's capital spending rose to €1.85 billion in 2024.",
        "Norvik Energy's capital spending was €1.95 billion in 2024. Norvik Energy's capital "
        "spending was €2.05 billion in 2024 on another measure.",
        0,
    ),
    # a subject that is only a time ("five years earlier") names nothing counted
    (
        "KYOTO, May 2, 2025 - The city had 3,400 inns in fiscal 2024, against 3,105 five years "
        "earlier, in fiscal 2019.",
        "OSAKA, May 2, 2025 - The port handled 380 cruise calls in fiscal 2024, against 341 five "
        "years earlier, in fiscal 2019.",
        0,
    ),
    # the same document twice: no contradiction with itself
    (
        "Norvik Energy's capital spending rose to €1.85 billion in 2024.",
        "Norvik Energy's capital spending rose to €1.85 billion in 2024.",
        0,
    ),
]


@pytest.mark.parametrize(("first", "second", "count"), PAIRS)
def test_pairs(first, second, count):
    assert len(contradictions(first, second)) == count


def test_message_names_both_places_and_json_carries_the_other():
    checker = CrossChecker()
    checker.add(check("Norvik Energy's capital spending rose to €1.85 billion in 2024.", path="a"))
    report = check("Norvik Energy's capital spending reached €1.95 billion in 2024.", path="b")
    (verdict,) = checker.add(report)
    assert verdict.verdict == "inconsistent" and verdict.claim.kind == "cross-document"
    assert "€1.95 billion here, but €1.85 billion in a (41-54)" in verdict.message
    claim = verdict.to_dict()
    assert claim["against"] == {
        "path": "a",
        "start": 41,
        "end": 54,
        "text": "€1.85 billion",
        "value": 1850000000,
    }
    assert report.text[claim["start"] : claim["end"]].startswith("Norvik Energy's")
    assert report.quantities[claim["stated"]].text == "€1.95 billion"


def test_reported_once_per_pair_of_documents():
    right = "Norvik Energy's capital spending rose to €1.85 billion in 2024."
    wrong = "Norvik Energy's capital spending reached €1.95 billion in 2024."
    # the second right one agrees with the first; the wrong one contradicts the value once,
    # naming the first document that stated it
    found = contradictions(right, right, wrong)
    assert len(found) == 1 and "in a.txt" in found[0]
    # a later wrong one agrees with the earlier wrong one and contradicts the right value once
    assert len(contradictions(right, wrong, wrong)) == 2


def test_index_keeps_distinct_values_only():
    checker = CrossChecker()
    report = check("Norvik Energy's capital spending rose to €1.85 billion in 2024.", path="a")
    for n in range(200):
        report.path = f"doc-{n}.txt"
        assert checker.add(report) == []
    assert sum(len(entries) for entries in checker.index.values()) == 1


def test_only_small_packed_entries_are_kept():
    report = check("Norvik Energy's capital spending rose to €1.85 billion in 2024.", path="a")
    ((key, index, entry),) = statements(report)
    assert key == (("capital", "energy", "norvik", "spending"), "2024", "money", "EUR")
    assert (entry.path, entry.text, index) == ("a", "€1.85 billion", 0)
    checker = CrossChecker()
    checker.add(report)
    ((packed,),) = checker.index.values()
    assert isinstance(packed, bytes) and len(packed) < 64
    assert checker.paths == ["a"]


def test_errors_and_empty_documents_are_skipped():
    from extractor import Report

    checker = CrossChecker()
    assert checker.add(Report(path="x", error="empty file")) == []
    assert checker.add(check("No numbers here.", path="y")) == []


def test_annotate_streams_in_order():
    texts = [
        "Norvik Energy's capital spending rose to €1.85 billion in 2024.",
        "Norvik Energy's capital spending reached €1.95 billion in 2024.",
    ]
    reports = annotate(check(t, path=str(n)) for n, t in enumerate(texts))
    first = next(reports)
    assert [v.claim.kind for v in first.claims].count("cross-document") == 0
    second = next(reports)
    assert [v.claim.kind for v in second.claims].count("cross-document") == 1


def test_corpus_finds_exactly_the_planted_contradictions():
    expected = json.loads((CORPUS / "reference" / "expected.json").read_text(encoding="utf-8"))
    wanted = {
        (e["earlier"][0], e["earlier"][1], e["later"][0], e["later"][1], e["period"])
        for e in expected["cross_document"]
    }
    found = set()
    checker = CrossChecker()
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        report = check(path.read_text(encoding="utf-8"), path=path.stem)
        for v in checker.add(report):
            other = v.claim.detail["against"]
            q = report.quantities[v.claim.stated]
            found.add((other["path"], other["text"], path.stem, q.text, q.period))
    assert found == wanted


# --- the command ----------------------------------------------------------------------------


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", "from extractor.cli import main; main()", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def pairs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pairs")
    (folder / "news").mkdir()
    for path in sorted((CORPUS / "articles").glob("pair-*.txt")):
        (folder / "news" / path.name).write_text(path.read_text(encoding="utf-8"), "utf-8")
    return folder


def test_command_reports_contradictions_in_every_format(pairs):
    documents = json.loads(run("news", "-f", "json", cwd=pairs).stdout)
    assert [d["path"] for d in documents] == sorted(d["path"] for d in documents)
    cross = [
        (d["path"], c) for d in documents for c in d["claims"] if c["kind"] == "cross-document"
    ]
    assert [(p, c["against"]["path"]) for p, c in cross] == [
        ("news/pair-02b.txt", "news/pair-02a.txt"),
        ("news/pair-02b.txt", "news/pair-02a.txt"),
    ]
    for document in documents:  # the per-document contract is unchanged
        assert set(document) == {"path", "quantities", "claims", "error"}
    lines = run("news", "-f", "jsonl", cwd=pairs).stdout.decode().splitlines()
    assert sum(line.count('"cross-document"') for line in lines) == 2
    rows = list(csv.DictReader(io.StringIO(run("news", "-f", "csv", cwd=pairs).stdout.decode())))
    assert sum(r["kind"] == "cross-document" for r in rows) == 2
    html = run("news", "-f", "html", cwd=pairs).stdout.decode()
    assert "2 cross-document contradictions" in html
    text = run("news", cwd=pairs)
    assert text.returncode == 1
    assert text.stdout.decode().splitlines()[-1].endswith(", 2 cross-document contradictions")


def test_cross_check_is_on_for_folders_only_unless_asked(pairs):
    files = ["news/pair-02a.txt", "news/pair-02b.txt"]
    off = run(*files, cwd=pairs)
    assert off.returncode == 0 and b"cross-document" not in off.stdout
    on = run(*files, "--cross-check", cwd=pairs)
    assert on.returncode == 1 and b"2 cross-document contradictions" in on.stdout
    folder_off = run("news", "--no-cross-check", cwd=pairs)
    assert folder_off.returncode == 0 and b"cross-document" not in folder_off.stdout
    agreeing = run("news/pair-01a.txt", "news/pair-01b.txt", "--cross-check", cwd=pairs)
    assert agreeing.stdout.decode().splitlines()[-1].endswith(", 0 cross-document contradictions")


def test_parallel_run_gives_the_same_report(pairs):
    serial = run("news", "-f", "jsonl", cwd=pairs).stdout
    assert run("news", "-f", "jsonl", "--jobs", "2", cwd=pairs).stdout == serial


def test_command_with_facts(pairs):
    facts = str(CORPUS / "reference" / "figures.csv")
    article = str(CORPUS / "articles" / "ref-02.txt")
    result = run(article, "--facts", facts, "-f", "json", cwd=pairs)
    assert result.returncode == 1
    (document,) = json.loads(result.stdout)
    (flagged,) = [c for c in document["claims"] if c["verdict"] == "inconsistent"]
    assert flagged["kind"] == "reference" and flagged["reference"][0]["row"] == "figures.csv:6"
    assert run(article, cwd=pairs).returncode == 0
    bad = pairs / "bad.csv"
    bad.write_text("subject,period,value,unit\nimports,2010,lots,USD\n", encoding="utf-8")
    result = run(article, "--facts", str(bad), cwd=pairs)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == (
        "factcheck: error: bad.csv:2: value 'lots' is not a number (write e.g. 25.63 billion)"
    )
