"""Extraction, as tables of examples grouped by what they exercise.

The rules were developed on these rows and on the corpus articles marked `dev` in
corpus/README.md; the `heldout` articles are only scored (tests/test_corpus.py).
"""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.extraction import article_year, parse_word_number


def one(text: str, year: int | None = None):
    found = extract(text, year=year)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


MONEY = [
    # text, surface, value, unit
    ("imports hit US$32.16 billion in", "US$32.16 billion", "32160000000", "USD"),
    ("exports of US$21.4 billion", "US$21.4 billion", "21400000000", "USD"),
    ("a $10B deficit", "$10B", "10000000000", "USD"),
    ("sales of €4.5bn", "€4.5bn", "4500000000", "EUR"),
    ("a £450m loss", "£450m", "450000000", "GBP"),
    ("HK$3.2 billion", "HK$3.2 billion", "3200000000", "HKD"),
    ("hk $ 10.05 billion", "hk $ 10.05 billion", "10050000000", "HKD"),
    ("A$1.2bn", "A$1.2bn", "1200000000", "AUD"),
    ("c $ 16.4 million", "c $ 16.4 million", "16400000", "CAD"),
    ("¥500 billion", "¥500 billion", "500000000000", "JPY"),
    ("₹4.5 lakh crore", "₹4.5 lakh crore", "4500000000000", "INR"),
    ("Rs 1,200 crore", "Rs 1,200 crore", "12000000000", "INR"),
    ("USD 3 million", "USD 3 million", "3000000", "USD"),
    ("300 million yuan", "300 million yuan", "300000000", "CNY"),
    ("40 billion RMB", "40 billion RMB", "40000000000", "CNY"),
    ("323 million euros", "323 million euros", "323000000", "EUR"),
    ("125 million australian dollars", "125 million australian dollars", "125000000", "AUD"),
    ("five million yen", "five million yen", "5000000", "JPY"),
    ("shares fell 50 cents", "50 cents", "0.5", "USD"),
    ("a bid of 470 pence", "470 pence", "4.7", "GBP"),
    ("up 45p", "45p", "0.45", "GBP"),
    ("a 12-cent dividend", "12-cent", "0.12", "USD"),
    ("$94,000 to drop", "$94,000", "94000", "USD"),
    ("10,000 swiss francs", "10,000 swiss francs", "10000", "CHF"),
]


@pytest.mark.parametrize("text,surface,value,unit", MONEY)
def test_money(text, surface, value, unit):
    q = one(text)
    assert (q.text, q.kind, q.value, q.unit) == (surface, "money", Decimal(value), unit)
    assert text[q.start : q.end] == surface


PERCENT = [
    ("grew 25.5 percent", "25.5 percent", "percent", "25.5", "up"),
    ("a 12% share", "12%", "percent", "12", "="),
    ("3 per cent", "3 per cent", "percent", "3", "="),
    ("up 4 pct", "4 pct", "percent", "4", "up"),
    ("a 3.2% decline", "3.2%", "percent", "3.2", "down"),
    ("fell 1.7 percentage points", "1.7 percentage points", "percentage_point", "1.7", "down"),
    ("cut rates by 40 basis points", "40 basis points", "percentage_point", "0.4", "down"),
    ("twenty percent", "twenty percent", "percent", "20", "="),
]


@pytest.mark.parametrize("text,surface,kind,value,change", PERCENT)
def test_percent(text, surface, kind, value, change):
    q = one(text)
    assert (q.text, q.kind, q.value, q.change) == (surface, kind, Decimal(value), change)


CHANGE = [
    ("more than US$10 billion", ">"),
    ("over 2,400 restrictions", ">"),
    ("about $14 million", "~"),
    ("nearly 40%", "~"),
    ("less than 15%", "<"),
    ("up to 300 jobs", "<"),
    ("rose 12 percent", "up"),
    ("rose by 12 percent", "up"),
    ("rose to 12 percent", "="),
    ("fell by $2 billion", "down"),
    ("an increase of 5%", "up"),
    ("a deficit of US$10.76 billion", "="),
]


@pytest.mark.parametrize("text,change", CHANGE)
def test_change(text, change):
    assert one(text).change == change


PRECISION = [
    ("US$21.4 billion", "50000000"),
    ("US$10 billion", "500000000"),
    ("21.4 percent", "0.05"),
    ("US$32.16 billion", "5000000"),
    ("2,400 restrictions", "0.5"),
    ("five million people", "500000"),
    ("50 cents", "0.005"),
]


@pytest.mark.parametrize("text,precision", PRECISION)
def test_precision(text, precision):
    assert one(text).precision == Decimal(precision)


OTHER = [
    ("in 2011 alone", "2011", "year", "2011", None),
    ("fiscal 2024 results", "fiscal 2024", "year", "2024", None),
    ("6,000 buses", "6,000", "count", "6000", None),
    ("1.2 million riders", "1.2 million", "count", "1200000", None),
    ("three plants", "three", "count", "3", None),
    ("12.5 terawatt-hours", "12.5 terawatt-hours", "quantity", "12.5", "terawatt hour"),
    ("300 km of track", "300 km", "quantity", "300", "kilometre"),
    ("4.2 million tonnes", "4.2 million tonnes", "quantity", "4200000", "tonne"),
    ("a 500-megawatt plant", "500-megawatt", "quantity", "500", "megawatt"),
    ("six years", "six years", "duration", "6", "year"),
    ("a 62-year-old", "62-year-old", "duration", "62", "year"),
    ("two-thirds of voters", "two-thirds", "fraction", "0.6667", None),
    ("one in four adults", "one in four", "fraction", "0.25", None),
    ("a third of adults", "a third", "fraction", "0.3333", None),
    ("half of the total", "half", "fraction", "0.5", None),
    ("profit doubled", "doubled", "multiple", "2", None),
    ("a three-fold rise", "three-fold", "multiple", "3", None),
    ("five times as large", "five times", "multiple", "5", None),
]


@pytest.mark.parametrize("text,surface,kind,value,unit", OTHER)
def test_other_kinds(text, surface, kind, value, unit):
    q = one(text)
    assert (q.text, q.kind, q.value, q.unit) == (surface, kind, Decimal(value), unit)


RANGES = [
    (
        "between $17.5 billion and $18 billion",
        "$17.5 billion and $18 billion",
        "17500000000",
        "18000000000",
        "USD",
    ),
    ("10-15% higher", "10-15%", "10", "15", "%"),
    ("10 to 15 percent", "10 to 15 percent", "10", "15", "%"),
    (
        "between 17.5 and 18 billion dollars",
        "17.5 and 18 billion dollars",
        "17500000000",
        "18000000000",
        "USD",
    ),
    ("the 2011-12 budget", "2011-12", "2011", "2012", None),
]


@pytest.mark.parametrize("text,surface,low,high,unit", RANGES)
def test_ranges(text, surface, low, high, unit):
    q = one(text)
    assert (q.text, q.low, q.high, q.unit) == (surface, Decimal(low), Decimal(high), unit)


NOT_QUANTITIES = [
    "Call 555-0142 today.",
    "Call +44 20 7946 0958 today.",
    "The meeting starts at 10:30 a.m. sharp.",
    "It closed at 9.45pm.",
    "Take Route 9 north.",
    "A Boeing 737 landed.",
    "COVID-19 cases.",
    "The G20 summit.",
    "Sales in Q3 were flat.",
    "He came 3rd.",
    "On March 4 the board met.",
    "The team won 3-1.",
    "It was one of the largest.",
    "A one-time charge.",
    "In the first half of the year.",
    "A 4G network.",
    "Visit www.example.com/page/2024/10 now.",
    "It ran version 2.3.1.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text):
    assert extract(text) == []


def test_relative_year_resolved_against_dateline():
    text = "BEIJING, March 2, 2012 - Exports rose last year to US$21.4 billion."
    found = {q.text: q for q in extract(text)}
    assert found["last year"].value == 2011
    assert article_year(text) == 2012


def test_relative_year_needs_a_year():
    assert [q.text for q in extract("Exports rose last year.")] == []


@pytest.mark.parametrize(
    "words,value",
    [
        ("twenty-five", 25),
        ("five million", 5000000),
        ("one hundred and twenty", 120),
        ("two thousand three hundred", 2300),
        ("nineteen", 19),
    ],
)
def test_word_numbers(words, value):
    assert parse_word_number(words) == value


def test_offsets_point_into_original_text():
    text = "Imports: US$32.16 billion; exports: US$21.4 billion; gap 10.76 bn."
    for q in extract(text):
        assert text[q.start : q.end] == q.text


def test_same_input_same_output():
    text = open("corpus/README.md", encoding="utf-8").read()
    assert [q.to_dict() for q in extract(text)] == [q.to_dict() for q in extract(text)]


BAD_INPUT = [
    "",
    "1,2,3,4,5,6,7,8",
    "\x00\x01\x02 binary \xff junk",
    "9" * 5000,
    "$" * 1000,
    "1." * 1000,
    "between and - to %",
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_bad_input_never_raises(text):
    extract(text)


def test_large_text_never_raises():
    text = ("Revenue rose 12% to $4.5 billion in 2023, or 10-15 percent. " * 2000)[:10_000_000]
    assert len(extract(text)) > 1000


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_extraction_never_raises(text):
    for q in extract(text):
        assert 0 <= q.start <= q.end <= len(text)
