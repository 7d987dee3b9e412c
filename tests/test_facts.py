"""Reference figures: reading the file, matching figures to it, and what it makes checkable.

The source article's case first (issue 6): "imports grew 25.5 percent year-on-year to hit
US$32.16 billion in 2011" is unverifiable alone, consistent with a 2010 figure of US$25.63 billion,
inconsistent with US$27 billion. Then tables of file rows and of errors, and the corpus set:
corpus/reference/figures.csv against every article, which must give exactly what
corpus/reference/expected.json lists.
"""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from extractor import FactcheckError, check
from extractor.facts import Facts, load, parse_csv, parse_json

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = ROOT.parent / "shared" / "seed" / "source-article.txt"
HEADER = "subject,period,value,unit,source\n"

SEED_SENTENCE = (
    "Zhou Liujun said the contracted value of China's imported technology products grew 25.5 "
    "percent year-on-year to hit US$32.16 billion in 2011, while technology exports clocked "
    "US$21.4 billion."
)


def facts_of(*rows: str) -> Facts:
    return parse_csv(HEADER + "".join(r + "\n" for r in rows), "figures.csv")


def change_verdict(report):
    (verdict,) = [v for v in report.claims if v.claim.kind == "change"]
    return verdict


SEED_CASES = [
    # reference rows, verdict, words in the message
    ((), "unverifiable", "not in the text"),
    (("technology imports,2010,25.63 billion,USD,MOFCOM 2010",), "consistent", "figures.csv:2"),
    (("technology imports,2010,27 billion,USD,MOFCOM 2010",), "inconsistent", "MOFCOM 2010"),
    # the reference must be the year before, in the same unit, about the same thing
    (("technology imports,2009,25.63 billion,USD,x",), "unverifiable", ""),
    (("technology imports,2010,25.63 billion,EUR,x",), "unverifiable", ""),
    (("technology exports,2010,25.63 billion,USD,x",), "unverifiable", ""),
    # a more specific reference subject still matches when the article names China
    (("China technology imports,2010,25.63 billion,USD,x",), "consistent", ""),
    # rounding of the reference counts: 25.6 billion stands for 25.55-25.65, still consistent
    (("technology imports,2010,25.6 billion,USD,x",), "consistent", ""),
]


@pytest.mark.parametrize(("rows", "verdict", "words"), SEED_CASES)
def test_the_source_articles_growth_rate(rows, verdict, words):
    report = check(SEED_SENTENCE, facts=facts_of(*rows) if rows else None)
    found = change_verdict(report)
    assert found.verdict == verdict
    assert words in found.message
    if verdict != "unverifiable":
        assert "reference" in found.to_dict()
        assert found.expression.startswith("(32.16 - ")


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not here")
@pytest.mark.parametrize(
    ("value", "verdict"), [(None, "unverifiable"), ("25.63", "consistent"), ("27", "inconsistent")]
)
def test_the_source_article_itself(value, verdict):
    facts = facts_of(f"technology imports,2010,{value} billion,USD,x") if value else None
    report = check(SEED.read_text(encoding="utf-8"), facts=facts)
    assert change_verdict(report).verdict == verdict
    # the deficit and the bound are untouched by the facts
    others = [v.verdict for v in report.claims if v.claim.kind in ("difference", "bound")]
    assert len(others) >= 2 and set(others) == {"consistent"}


ROWS = [
    # row, value, precision, unit, kind, period
    ("imports,2010,25.63 billion,USD,x", "25630000000", "5000000", "USD", "money", "2010"),
    ('imports,2010,"25,630,000,000",usd,x', "25630000000", "0.5", "USD", "money", "2010"),
    ("imports,2010,25.63bn,RMB,x", "25630000000", "5000000", "CNY", "money", "2010"),
    ("jobless rate,Q3 2024,4.5,%,x", "4.5", "0.05", "%", "percent", "Q3 2024"),
    ("jobless rate,2024,4.5,percent,x", "4.5", "0.05", "%", "percent", "2024"),
    ("passengers,FY2024,14.2 million,,x", "14200000", "50000", None, "count", "fiscal 2024"),
    (
        "wheat harvest,2024/25,4.31 million,tonnes,x",
        "4310000",
        "5000",
        "tonne",
        "quantity",
        "2024-25",
    ),
    ("budget,June 2024,-3.5,EUR,x", "-3.5", "0.05", "EUR", "money", "June 2024"),
]


@pytest.mark.parametrize(("row", "value", "precision", "unit", "kind", "period"), ROWS)
def test_rows_are_read(row, value, precision, unit, kind, period):
    (fact,) = facts_of(row)
    assert (fact.value, fact.precision) == (Decimal(value), Decimal(precision))
    assert (fact.unit, fact.kind, fact.period) == (unit, kind, period)


ERRORS = [
    # file text, message
    ("subject,period,value\nx,2010,1\n", "figures.csv: missing column unit"),
    (HEADER + "imports,2010,lots,USD,x\n", "figures.csv:2: value 'lots' is not a number"),
    (HEADER + "imports,2010,3 gazillion,USD,x\n", "figures.csv:2: value '3 gazillion'"),
    (HEADER + ",2010,3,USD,x\n", "figures.csv:2: empty subject"),
    (HEADER + "imports,,3,USD,x\n", "figures.csv:2: empty period"),
    (HEADER + "imports,soon,3,USD,x\n", "figures.csv:2: period 'soon' is not a year"),
    (HEADER + "imports,2010,,USD,x\n", "figures.csv:2: empty value"),
    (HEADER + "imports,2010,3,$,x\n", "figures.csv:2: unit '$': write the ISO code"),
    (HEADER + "imports,2010,3,US$ 4,x\n", "figures.csv:2: unit 'US$ 4' is not"),
    (HEADER + "imports,2010,3,USD,x,extra\n", "figures.csv:2: more fields than columns"),
    (
        HEADER + "imports,2010,3,USD,x\n\nimports,2010,4,USD,y\n",
        "figures.csv:4: imports 2010 is 4 here but 3 at figures.csv:2",
    ),
]


@pytest.mark.parametrize(("text", "message"), ERRORS)
def test_bad_files_give_one_line_errors(text, message):
    with pytest.raises(FactcheckError) as error:
        parse_csv(text, "figures.csv")
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_the_same_figure_twice_is_not_an_error():
    assert len(facts_of("imports,2010,3,USD,x", "Imports,2010,3,USD,y")) == 2


def test_json_files_and_missing_files(tmp_path):
    rows = [{"subject": "imports", "period": "2010", "value": 25.63e9, "unit": "USD"}]
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"facts": rows}), encoding="utf-8")
    (fact,) = load(path)
    assert fact.value == Decimal("25630000000") and fact.origin == "facts.json#1"
    with pytest.raises(FactcheckError, match="facts.json:1: not valid JSON"):
        parse_json("{", "facts.json")
    with pytest.raises(FactcheckError, match="expected a list"):
        parse_json('"x"', "facts.json")
    with pytest.raises(FactcheckError, match="no such file"):
        load(tmp_path / "missing.csv")


STATED = [
    # text, reference row, verdict of the "reference" claim (None: no claim)
    (
        "Kestrel Air carried 16.4 million passengers in 2024.",
        "Kestrel Air passengers,2024,15.9 million,,x",
        "inconsistent",
    ),
    (
        "Kestrel Air carried 16.4 million passengers in 2024.",
        "Kestrel Air passengers,2024,16.4 million,,x",
        "consistent",
    ),
    # rounding-aware: 16 million stands for 15.5-16.5 million
    (
        "Kestrel Air carried 16 million passengers in 2024.",
        "Kestrel Air passengers,2024,16.4 million,,x",
        "consistent",
    ),
    (
        "Kestrel Air carried about 17 million passengers in 2024.",
        "Kestrel Air passengers,2024,16.4 million,,x",
        "consistent",
    ),
    # another period, another subject, a bound or a forecast: nothing to say
    (
        "Kestrel Air carried 16.4 million passengers in 2023.",
        "Kestrel Air passengers,2024,15.9 million,,x",
        None,
    ),
    (
        "Kestrel Air carried 16.4 million bags in 2024.",
        "Kestrel Air passengers,2024,15.9 million,,x",
        None,
    ),
    (
        "Kestrel Air carried more than 16 million passengers in 2024.",
        "Kestrel Air passengers,2024,15.9 million,,x",
        None,
    ),
    (
        "Kestrel Air expects to carry 16.4 million passengers in 2024.",
        "Kestrel Air passengers,2024,15.9 million,,x",
        None,
    ),
    # a period carried from elsewhere in the article is not enough to accuse a figure
    (
        "Kestrel Air had a good 2024. It carried 16.4 million passengers.",
        "Kestrel Air passengers,2024,15.9 million,,x",
        None,
    ),
]


@pytest.mark.parametrize(("text", "row", "verdict"), STATED)
def test_stated_figures_against_reference_rows(text, row, verdict):
    found = [v for v in check(text, facts=facts_of(row)).claims if v.claim.kind == "reference"]
    assert [v.verdict for v in found] == ([verdict] if verdict else [])
    for v in found:
        assert v.to_dict()["reference"][0]["row"] == "figures.csv:2"


def test_check_loads_a_facts_path(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(HEADER + "technology imports,2010,25.63 billion,USD,x\n", encoding="utf-8")
    assert change_verdict(check(SEED_SENTENCE, facts=path)).verdict == "consistent"
    assert change_verdict(check(SEED_SENTENCE, facts=str(path))).verdict == "consistent"


def _fact_findings(report):
    """(kind of finding, the stated number's words, verdict, row) for claims using the facts."""
    out = []
    for v in report.claims:
        reference = v.claim.detail.get("reference")
        if reference is None:
            continue
        out.append(
            (
                "reference" if v.claim.kind == "reference" else "changes",
                report.quantities[v.claim.stated].text,
                v.verdict,
                reference[-1]["row"],
            )
        )
    return out


def test_corpus_reference_figures_find_exactly_what_was_planted():
    expected = json.loads((CORPUS / "reference" / "expected.json").read_text(encoding="utf-8"))
    facts = load(CORPUS / "reference" / expected["facts"])
    found = set()
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        report = check(path.read_text(encoding="utf-8"), path=path.stem, facts=facts)
        found |= {(path.stem, *finding) for finding in _fact_findings(report)}
    wanted = {
        (e["article"], kind, e["text"], e["verdict"], e["row"])
        for kind in ("reference", "changes")
        for e in expected[kind]
    }
    assert found == wanted


def test_corpus_articles_are_correct_on_their_own():
    """The disagreements are only with the CSV and between articles, never inside one."""
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        if path.stem.startswith(("ref-", "pair-")):
            report = check(path.read_text(encoding="utf-8"))
            assert report.inconsistent == 0, path.stem
