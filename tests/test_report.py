"""The renderers, on Reports built by hand (independent of what extraction finds today)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from extractor import Claim, Quantity, Report, Verdict
from extractor.report import (
    CSV_FIELDS,
    FORMATS,
    Summary,
    TextWriter,
    csv_rows,
    render,
    summarize,
    text_document,
)

PLANTED = "<script>document.title='pwned'</script><img src=x onerror=\"alert('x')\">"
ARTICLE = (
    "Imports reached US$32.16 billion in 2011, while exports came to US$21.4 billion. "
    "This amounted to a deficit of US$11.76 billion. " + PLANTED + "\n\n"
    "Technology imports grew 25.5 percent."
)


def quantity(article: str, snippet: str, kind: str, value: str, unit=None) -> Quantity:
    start = article.index(snippet)
    return Quantity(snippet, start, start + len(snippet), kind, Decimal(value), unit)


def sample_report(path: str = "news/trade.txt", article: str = ARTICLE) -> Report:
    """A document with an inconsistent difference and an unverifiable change."""
    q = [
        quantity(article, "US$32.16 billion", "money", "32160000000", "USD"),
        quantity(article, "2011", "year", "2011"),
        quantity(article, "US$21.4 billion", "money", "21400000000", "USD"),
        quantity(article, "US$11.76 billion", "money", "11760000000", "USD"),
        quantity(article, "25.5 percent", "percent", "25.5", "%"),
    ]
    first = article.index("This amounted")
    second = article.index("Technology")
    claims = [
        Verdict(
            Claim(
                "difference", [0, 2], 3, first, article.index("billion.", first) + 8, cue="deficit"
            ),
            "inconsistent",
            "magnitude",
            Decimal("10760000000"),
            "32.16 - 21.4 = 10.76",
            "the deficit is US$10.76 billion, not US$11.76 billion",
        ),
        Verdict(
            Claim("change", [], 4, second, len(article), cue="grew"),
            "unverifiable",
            "none",
            None,
            "",
            "the 2010 value of technology imports is not in the text",
        ),
    ]
    return Report(path=path, text=article, quantities=q, claims=claims)


def batch() -> list[Report]:
    return [
        sample_report(),
        Report(path="news/empty.txt", error="empty file"),
        Report(path="news/plain.txt", text="Nothing to count.", notes=["encoding: UTF-16 (BOM)"]),
    ]


# --- summary ---------------------------------------------------------------------------------


def test_summary_counts_documents_claims_verdicts_and_errors():
    summary = summarize(batch())
    assert summary == Summary(documents=3, claims=2, inconsistent=1, unverifiable=1, errors=1)
    assert summary.line() == (
        "3 documents, 2 claims found, 1 inconsistent, 1 unverifiable, 1 error"
    )


# --- every format ----------------------------------------------------------------------------


@pytest.mark.parametrize("format", FORMATS)
def test_render_of_no_reports_is_well_formed(format):
    out = render([], format)
    if format == "json":
        assert json.loads(out) == []
    elif format == "jsonl":
        assert out == ""
    elif format == "csv":
        assert list(csv.reader(io.StringIO(out))) == [list(CSV_FIELDS)]
    elif format == "text":
        assert (
            out.strip() == "0 documents, 0 claims found, 0 inconsistent, 0 unverifiable, 0 errors"
        )
    else:
        assert out.startswith("<!DOCTYPE html>") and out.endswith("</html>\n")


def test_json_is_an_array_of_the_contract():
    reports = batch()
    assert json.loads(render(reports, "json")) == [r.to_dict() for r in reports]


def test_jsonl_is_one_contract_object_per_line():
    reports = batch()
    lines = render(reports, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == [r.to_dict() for r in reports]


def test_jsonl_keeps_one_document_per_line_whatever_the_text():
    report = sample_report(path="odd\u2028name\u2029with\x85breaks\n.txt")
    lines = render([report, report], "jsonl").splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0]) == report.to_dict()


def test_json_claim_fields_follow_the_contract():
    claim = json.loads(render([sample_report()], "json"))[0]["claims"][0]
    assert claim == {
        "kind": "difference",
        "verdict": "inconsistent",
        "severity": "magnitude",
        "quantities": [0, 2, 3],
        "stated": 3,
        "computed": 10760000000,
        "expression": "32.16 - 21.4 = 10.76",
        "message": "the deficit is US$10.76 billion, not US$11.76 billion",
        "start": ARTICLE.index("This amounted"),
        "end": ARTICLE.index("billion.", ARTICLE.index("This amounted")) + len("billion."),
    }


def test_csv_has_a_row_per_claim_and_a_row_per_error():
    rows = list(csv.DictReader(io.StringIO(render(batch(), "csv"))))
    assert [(r["path"], r["verdict"], r["error"]) for r in rows] == [
        ("news/trade.txt", "inconsistent", ""),
        ("news/trade.txt", "unverifiable", ""),
        ("news/empty.txt", "", "empty file"),
    ]
    first = rows[0]
    assert first["stated"] == "US$11.76 billion"
    assert first["stated_value"] == "11760000000"
    assert first["operands"] == "US$32.16 billion | US$21.4 billion"
    assert first["computed"] == "10760000000"
    assert first["expression"] == "32.16 - 21.4 = 10.76"
    assert first["sentence"] == "This amounted to a deficit of US$11.76 billion."


def test_csv_sentence_is_one_line_even_when_the_article_breaks_lines():
    report = sample_report()
    assert "\n" not in csv_rows(report)[1]["sentence"]


# --- text ------------------------------------------------------------------------------------


def test_text_shows_verdicts_sentence_arithmetic_and_summary():
    out = render(batch(), "text")
    assert "news/trade.txt: 5 quantities, 2 claims (1 inconsistent, 1 unverifiable)" in out
    assert "✗ inconsistent  difference, magnitude" in out
    assert "This amounted to a deficit of US$11.76 billion." in out
    assert "    using US$32.16 billion, US$21.4 billion\n    32.16 - 21.4 = 10.76\n" in out
    assert "? unverifiable  change" in out
    assert "news/empty.txt: error: empty file" in out
    assert "note: encoding: UTF-16 (BOM)" in out
    assert out.endswith("3 documents, 2 claims found, 1 inconsistent, 1 unverifiable, 1 error\n")
    assert "\x1b[" not in out  # no colour codes off a terminal


def test_text_colours_the_verdict_and_highlights_the_numbers():
    lines = text_document(sample_report())
    title, sentence = lines[1], lines[2]
    assert [(title.plain[s.start : s.end], s.style) for s in title.spans] == [
        ("✗ inconsistent", "bold red")
    ]
    highlighted = {sentence.plain[s.start : s.end]: str(s.style) for s in sentence.spans}
    assert highlighted == {"US$11.76 billion": "bold red underline"}


def test_text_on_a_terminal_is_in_colour():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="standard", width=200)
    writer = TextWriter(out, console=console)
    writer.begin()
    writer.write(sample_report())
    writer.end()
    assert "\x1b[1;31m✗ inconsistent" in out.getvalue()


def test_text_shows_control_characters_instead_of_sending_them_to_the_terminal():
    article = "\x1b]0;owned\x07\x1b[2J" + ARTICLE.replace("amounted to", "amounted\x1b[8m to")
    report = sample_report(path="evil\x1b[31m.txt\nfake: 0 claims", article=article)
    report.notes = ["\x1b[5mblink"]
    out = render([report, Report(path="e", error="bad \x9b1m")], "text")
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "evil\\x1b[31m.txt fake: 0 claims: 5 quantities" in out
    assert "This amounted\\x1b[8m to a deficit" in out


def test_text_on_a_narrow_terminal_keeps_the_indent_of_wrapped_lines():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system=None, width=40)
    writer = TextWriter(out, console=console)
    writer.write(sample_report())
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if "This amounted" in line)
    assert lines[start].startswith("    This amounted")
    assert lines[start + 1].startswith("    ") and lines[start + 1].strip()


# --- HTML ------------------------------------------------------------------------------------

# Every tag and attribute the HTML report may contain: anything else came from article text.
HTML_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "header", "h1", "h2", "section",
    "p", "mark", "span", "ol", "li", "a", "code", "nav", "strong", "table", "thead", "tbody",
    "tr", "th", "td",
}  # fmt: skip
HTML_ATTRIBUTES = {"lang", "charset", "name", "content", "class", "id", "href", "title"}


class Structure(HTMLParser):
    """The tags, attributes and text of an HTML page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def assert_only_our_markup(html: str) -> None:
    structure = Structure(html)
    assert {tag for tag, _ in structure.tags} <= HTML_TAGS
    assert {a for _, attrs in structure.tags for a in attrs} <= HTML_ATTRIBUTES
    for _, attrs in structure.tags:
        assert not attrs.get("href", "#").lower().lstrip().startswith("javascript")


def test_html_marks_quantities_and_annotates_claims():
    html = render(batch(), "html")
    assert html.count('<mark class="q') == 5
    assert '<mark class="q stated inconsistent" title="money: 11760000000 USD">' in html
    assert 'id="doc-1-claim-1"' in html and 'href="#doc-1-claim-1"' in html
    assert "<code>32.16 - 21.4 = 10.76</code>" in html
    assert '<p class="error">error: empty file</p>' in html
    assert '<p class="note">note: encoding: UTF-16 (BOM)</p>' in html


def test_html_summary_table_links_every_document():
    structure = Structure(render(batch(), "html"))
    links = [attrs["href"] for tag, attrs in structure.tags if tag == "a"]
    assert [link for link in links if not link.count("-claim-")] == ["#doc-1", "#doc-2", "#doc-3"]
    ids = {attrs["id"] for _, attrs in structure.tags if "id" in attrs}
    assert {"doc-1", "doc-2", "doc-3", "summary"} <= ids


def test_html_keeps_the_article_text_exactly():
    report = sample_report()
    report.claims = []  # annotations add text after each claim's sentence
    assert ARTICLE in "".join(Structure(render([report], "html")).text)


HOSTILE = [
    "<script>alert(1)</script>",
    "</div></section><script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "<style>body{display:none}</style>",
    "<!-- -->",
    "]]><svg onload=alert(1)>",
    "&lt;script&gt; already escaped",
]


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("where", ["text", "path", "error", "note", "expression", "unit"])
def test_html_escapes_every_field(hostile, where):
    report = sample_report()
    if where == "text":
        report = sample_report(article=hostile + ARTICLE + hostile)
    elif where == "path":
        report.path = hostile
    elif where == "error":
        report = Report(path="x.txt", error=hostile)
    elif where == "note":
        report.notes = [hostile]
    elif where == "expression":
        report.claims[0].expression = hostile
        report.claims[0].message = hostile
    elif where == "unit":
        report.quantities[0].unit = hostile
    html = render([report], "html")
    assert_only_our_markup(html)
    assert "<script" not in html.lower()


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(min_size=1, max_size=200),
    spans=st.lists(st.tuples(st.integers(-5, 210), st.integers(0, 30)), max_size=6),
    claim=st.tuples(st.integers(-5, 210), st.integers(-5, 210)),
)
def test_html_never_breaks_on_odd_offsets(text, spans, claim):
    """Overlapping, empty or out-of-range offsets must not raise or let text become markup."""
    quantities = [Quantity(text[s : s + n], s, s + n, "count", Decimal(1)) for s, n in spans]
    claims = []
    if quantities:
        claims.append(
            Verdict(
                Claim("total", [], 0, claim[0], claim[1]),
                "inconsistent",
                "magnitude",
                None,
                "1 + 1 = 3",
                "",
            )  # fmt: skip
        )
    report = Report(path="p", text=text, quantities=quantities, claims=claims)
    for format in FORMATS:
        render([report], format)
    assert_only_our_markup(render([report], "html"))


def test_text_lists_problems_first_then_in_text_order():
    from extractor import check

    report = check(
        "Exports were $30 billion and imports $20 billion, a surplus of $10 billion. "
        "Sales grew 9 percent year on year. "
        "Revenue rose 15% to $4.50 billion from $4.00 billion."
    )
    shown = [v.verdict for v in report.claims]
    assert shown == ["consistent", "unverifiable", "inconsistent"]  # text order
    titles = [
        line.plain.split()[1]
        for line in text_document(report)[1:]
        if line.plain.startswith("  ") and line.plain.split()[0] in ("✓", "✗", "?")
    ]
    assert titles == ["inconsistent", "unverifiable", "consistent"]
