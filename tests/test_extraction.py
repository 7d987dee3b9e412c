"""Extraction, as tables of examples grouped by what they exercise.

Developed on: these rows; the peer suites in ../shared/peer-suites (Recognizers-Text currency,
percent, number and dimension specs, quantulum3's quantities.json); and the corpus articles
marked `dev` in corpus/README.md, which since 2026-11-28 include the first held-aside set
(trade-03, energy-03, results-03, budget-02/03, claims-07..10, housing-01, labour-02,
distract-02/03, survey-01, agri-01, tech-01), opened for diagnosis after it was measured once
(value+unit F1 87.4).

The second held-aside set, hold-01 .. hold-14, was scored untouched (value+unit F1 91.6) and
then opened the same way; its misses (units such as "mn t", TEUs, KSh, exchange rates, euro
cents, relative years) gave the rows marked "hold-" below, and it is dev now.

Later held-aside sets (hold-15 .. hold-30, hold-31 .. hold-54, hold-55 .. hold-70, hold-71 ..
hold-82, hold-83 .. hold-100) were each scored untouched and then opened the same way; rows drawn
from what they missed are written afresh in our own words.

Held aside now: hold-101 .. hold-112, written by authors who had not seen the rules. Their text and
error listings are not read while writing the rules; they are only scored
(`python -m extractor.evaluate --corpus corpus --split heldout`).
"""

import json
from decimal import Decimal
from pathlib import Path

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
    ("frozen at 52.95p a litre", "52.95p", "0.5295", "GBP"),
    ("climbed to 24.6p from", "24.6p", "0.246", "GBP"),
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
    ("the rate ticked up to 4.2%", "="),
    ("fell by $2 billion", "down"),
    ("an increase of 5%", "up"),
    ("a decline averaging 3.1% a year", "down"),
    ("a rise of just 1.8 per cent", "up"),
    ("growth averaging 2% a year", "up"),
    ("exports have shrunk by an average 5.7 pct a year", "down"),
    ("sales rose by an average 3% a year", "up"),
    # a rise set off by its comma; a figure spread over is no bound
    ("tiles, against a year earlier, adding 8.2 million tiles", "up"),
    ("the rest, spread over 1.93 million visits", "="),
    ("a deficit of US$10.76 billion", "="),
    # transitive verbs take an amount, as the corpus gold reads them
    ("raised €148 million from sales", "="),
    ("will cut 300 jobs", "="),
    ("employers added 227,000 jobs", "up"),
    ("the company shed 1,200 jobs", "down"),
    # a figure passed is a lower bound; an amount lost is an amount
    ("Rice harvest tops 9 million tonnes", ">"),
    ("storms pushed claims past A$2 billion", ">"),
    ("the network lost 310 megalitres a day", "="),
    ("over the past 10 years", "="),
    ("the top 10 lenders", "="),
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
    # a decade as a span, not the end of one (hold-71..82)
    ("Growth slowed over the decade.", "the decade", "duration", "10", "year"),
    ("A decade ago, clubs spent less.", "A decade", "duration", "10", "year"),
]

# Rates per a round number: the denominator is part of the unit, no count of its own; and
# fractions restating or bounding a share at the end of a clause (2026-11-29 session).
RATES_AND_SET_OFF_FRACTIONS = [
    (
        "hit 35.1 cases per 100,000 people",
        "35.1 cases per 100,000 people",
        "quantity",
        "35.1",
        "case per 100,000 people",
    ),
    ("a rate of 2.5 per 1,000, which is lower", "2.5 per 1,000", "quantity", "2.5", "per 1,000"),
    ("1,200 of the 4,800 staff, or about a quarter.", "a quarter", "fraction", "0.25", None),
    ("and only 205 of them, a quarter, are under 30", "a quarter", "fraction", "0.25", None),
    (
        "Of the 5.2 million loans, nearly a quarter were digital.",
        "a quarter",
        "fraction",
        "0.25",
        None,
    ),
    ("took 36.3 pct of the market, still more than a third", "a third", "fraction", "0.3333", None),
]


@pytest.mark.parametrize("text,surface,kind,value,unit", RATES_AND_SET_OFF_FRACTIONS)
def test_rates_and_set_off_fractions(text, surface, kind, value, unit):
    q = find(text, surface)
    assert (q.kind, q.value, q.unit) == (kind, Decimal(value), unit)
    assert not any(o.text in ("100,000", "1,000") for o in extract(text))


# "point" in the singular, before the noun of a move in a rate (hold-83..100, read once spent).
ONE_POINT = [
    ("up from 80.2 per cent, a 5.2-point improvement", "5.2-point", "percentage_point"),
    ("occupancy rose to 81% from 79.1%, a 1.9 point rise", "1.9 point", "percentage_point"),
    ("The team has a 5-point lead.", "5-point", "count"),  # no rate before: a count
    ("slipped to 87% from 93% a year ago, a six-point decline", "six-point", "percentage_point"),
]


@pytest.mark.parametrize("text,surface,kind", ONE_POINT)
def test_one_point(text, surface, kind):
    assert find(text, surface).kind == kind


FLOWS_OF_SOMETHING = [
    # a flow of something named between the unit and its period (hold-83..100)
    (
        "It will make 12 gigawatt hours of cells a year.",
        "12 gigawatt hours",
        "gigawatt hour per year",
    ),
    ("The mill needs 28,000 tonnes of ore a year.", "28,000 tonnes", "tonne per year"),
    ("It shipped 4 million tonnes of grain a year earlier.", "4 million tonnes", "tonne"),
]


@pytest.mark.parametrize("text,surface,unit", FLOWS_OF_SOMETHING)
def test_flows_of_something(text, surface, unit):
    assert find(text, surface).unit == unit


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
    ("Tickets cost from 18 to 65 euros.", "18 to 65 euros", "18", "65", "EUR"),
    ("Rooms are priced from 90 to 240 pounds.", "90 to 240 pounds", "90", "240", "GBP"),
]


@pytest.mark.parametrize("text,surface,low,high,unit", RANGES)
def test_ranges(text, surface, low, high, unit):
    q = one(text)
    assert (q.text, q.low, q.high, q.unit) == (surface, Decimal(low), Decimal(high), unit)


def find(text: str, surface: str, year: int | None = None):
    """The one extracted quantity whose text is `surface`."""
    found = [q for q in extract(text, year=year) if q.text == surface]
    assert len(found) == 1, [q.text for q in extract(text, year=year)]
    return found[0]


FISCAL_YEARS = [
    # text, surface, value (the midpoint, as the corpus gold has it), low, high
    ("net borrowing of £127.5bn in 2024-25, or", "2024-25", "2024.5", "2024", "2025"),
    ("budgeted at NZ$28.5 billion in 2024/25, 5.6% more", "2024/25", "2024.5", "2024", "2025"),
    ("the 2022-23 season", "2022-23", "2022.5", "2022", "2023"),
]


@pytest.mark.parametrize("text,surface,value,low,high", FISCAL_YEARS)
def test_fiscal_year_ranges(text, surface, value, low, high):
    q = find(text, surface)
    assert (q.kind, q.value, q.low, q.high) == ("year", Decimal(value), Decimal(low), Decimal(high))


# "X to Y" after a rise or fall, "by" or "from", or with a unit on X that Y does not share, is a
# change and the level it reached, not a range (markets-01, trade-02, trade-04, housing-01).
NOT_RANGES = [
    ("the S&P/ASX 200 index edged up 0.3% to 7,860.1.", ["0.3%", "7,860.1"]),
    ("Brent crude fell 38 cents to $80.31 a barrel", ["38 cents", "$80.31"]),
    ("Coal exports dropped A$620 mn to A$5.48 bn as", ["A$620 mn", "A$5.48 bn"]),
    ("That lifted the surplus by €5.7 billion to €22.5 billion", ["€5.7 billion", "€22.5 billion"]),
    ("Tax rises over the next nine years to 2031.", ["nine years", "2031"]),
    ("Earnings climbed 15.5 per cent to 24.6p from 21.3p.", ["15.5 per cent", "24.6p", "21.3p"]),
    ("Rents rose from 10 to 15 a week.", ["10", "15"]),
    ("The share fell from 44.2% in 2019 to 38.5% now.", ["44.2%", "2019", "38.5%"]),
    ("Prices rose from $4 to $6 a kilo.", ["$4", "$6"]),
    ("They raised the cost from 20 to 30 dollars.", ["20", "30 dollars"]),
    # far-apart ends with their own units stay two figures ("the top price is five times")
    ("Tickets cost from €18 to €65.", ["€18", "€65"]),
]


@pytest.mark.parametrize("text,surfaces", NOT_RANGES)
def test_to_after_change_is_not_a_range(text, surfaces):
    found = extract(text)
    assert [q.text for q in found] == surfaces
    assert all(q.low is None for q in found)


MORE_RANGES = [
    # text, surface, low, high, unit: both ends carry the unit and lie close (results-01).
    (
        "its outlook of $52.8 billion to $53.6 billion, and",
        "$52.8 billion to $53.6 billion",
        "52800000000",
        "53600000000",
        "USD",
    ),
    ("earnings of $5.90 to $6.10 a share", "$5.90 to $6.10", "5.90", "6.10", "USD"),
    ("to a range of 4.50%-4.75% from 5.25%-5.50%, and", "5.25%-5.50%", "5.25", "5.50", "%"),
    (
        "cut rates by between 25 and 50 basis points.",
        "25 and 50 basis points",
        "0.25",
        "0.5",
        "percentage point",
    ),
    ("rainfall of 80-100 millimetres.", "80-100 millimetres", "80", "100", "millimetre"),
    # "range from" opens a range, not a change (hold-71..82, read once spent)
    ("Rates range from 8.15 to 11.5 per cent.", "8.15 to 11.5 per cent", "8.15", "11.5", "%"),
    ("Fares ranged from $4 to $6 a trip.", "$4 to $6", "4", "6", "USD"),
]


MORE_RANGES += [
    # counts of a thing named after the range (hold-149..166, read once spent); not "from 20
    # to 25" nor a vote "60 to 70 against"
    ("plans to open 20 to 25 stores next year", "20 to 25", "20", "25", None),
    ("now hosts between 60 and 70 weddings a season", "60 and 70", "60", "70", None),
    # spelled ends joined by "or", a unit after the second (hold-239..256)
    ("Most leave after two or three years.", "two or three years", "2", "3", "year"),
    ("Each crate holds four or five kilograms.", "four or five kilograms", "4", "5", "kilogram"),
]


@pytest.mark.parametrize(
    "text",
    [
        "rose from 20 to 25 stores",
        "the motion failed 60 to 70 against",
        "a category two or three storm",
        "won 2 or 3 games",
    ],
)
def test_not_count_ranges(text):
    assert all(q.low is None for q in extract(text))


@pytest.mark.parametrize("text,surface,low,high,unit", MORE_RANGES)
def test_more_ranges(text, surface, low, high, unit):
    q = find(text, surface)
    assert (q.low, q.high, q.unit) == (Decimal(low), Decimal(high), unit)


# "one in four" needs a small numerator and a denominator that is not a year (claims-01).
IN_IS_NOT_A_FRACTION = [
    ("The estate peaked at 1,450 in 2008, and", ["1,450", "2008"]),
    ("Some 9 in 1990 joined.", ["9", "1990"]),
]


@pytest.mark.parametrize("text,surfaces", IN_IS_NOT_A_FRACTION)
def test_number_in_year_is_not_a_fraction(text, surfaces):
    assert [(q.text, q.kind) for q in extract(text)][0][1] != "fraction"
    assert [q.text for q in extract(text)] == surfaces


AGES = [
    # text, surface: ages are durations in years, as the corpus gold has them.
    ("Chief executive Maria Okafor, 51, who joined", "51"),
    ('"We will," said chief executive Marisol Grant, 58. Riders', "58"),
    ("Northgate's Danny Price, 33, headed the visitors", "33"),
    ("the pension age of 67 feels like a floor", "67"),
    ("and the average age of an inmate was 38.", "38"),
    ("a month after turning 90.", "90"),
    ("with her two grandchildren, aged eight and 11, hoping", "11"),
    ("workers aged 21 and over", "21"),
    ("He signed up with his two daughters, 34 and 31, last year.", "34"),
    ("He signed up with his two daughters, 34 and 31, last year.", "31"),
    # a person's age said of them (hold-185..202, read)
    ('"She is nine, I am 71, and we both hear less."', "nine"),
    ('"She is nine, I am 71, and we both hear less."', "71"),
    ("Ewan Hughes was 19 when he joined the band.", "19"),
    ("She has sailed since she was 12 and now coaches.", "12"),
    ("The goalkeeper, Tomas Berg, is 22.", "22"),
    ("The drummer turned 15 in March.", "15"),
    ('"At 68, I still enjoy it," she said.', "68"),
    ("Customers under 30 made up 41% of visits.", "30"),
    # (hold-239..256, read once spent)
    ("The shop passed from her father, Anders, now 81, to her in 2011.", "81"),
    ("First home was Lina Berg, 8, who ran the short course.", "8"),
    ("A grant goes to anyone who registers a hive and to someone under 30.", "30"),
    ("Nobody under 40 has applied, and tenants under 35 are rare.", "40"),
    ("Nobody under 40 has applied, and tenants under 35 are rare.", "35"),
    # (hold-257..274)
    ("Retired farmer, 71, wins the ploughing cup.", "71"),
    ("Entry costs €15 for juniors under 14.", "14"),
    ("The winner came from Ana Ruiz, the squad's youngest player at 16.", "16"),
]


@pytest.mark.parametrize("text,surface", AGES)
def test_ages(text, surface):
    q = find(text, surface)
    assert (q.kind, q.unit) == ("duration", "year")


NOT_AGES = [
    # the youngest or oldest of counted things; "second" glued to a number only
    ("The youngest firm had 12 staff.", "12", "count"),
    ("It is the oldest of the 14 mills.", "14", "count"),
    ("The club won 2 second prizes.", "2", "count"),
    ("In March, 54 people came.", "54", "count"),
    ("Sales at Acme, 54, and Bolt, 61, rose.", "54", "duration"),  # known limit: read as ages
    ("Sales were 18 when the shop opened.", "18", "count"),
    ("The ratio is 22.", "22", "count"),
    ("Leeds United, now 9 points clear, won again.", "9", "count"),
    ("Rovers, 7, and City, 4, led the table.", "7", "count"),
]


@pytest.mark.parametrize("text,surface,kind", NOT_AGES)
def test_not_ages(text, surface, kind):
    assert find(text, surface).kind == kind


HYPHENATED_COUNTS = [
    # A digit number hyphenated to a word that is not a unit counts it (claims-04, trade-04).
    ("at the 68,500-seat Estadio del Valle", "68,500-seat", "68500"),
    ("Across the 20-nation euro zone", "20-nation", "20"),
    ("its 1,250-seat East Stand", "1,250-seat", "1250"),
    # spelled, only before nouns that are counted ("a one-time charge" is no count)
    ("unseating two-term incumbent Ray Turcotte", "two-term", "2"),
    ("a five-member panel will decide", "five-member", "5"),
]


@pytest.mark.parametrize("text,surface,value", HYPHENATED_COUNTS)
def test_hyphenated_counts(text, surface, value):
    q = one(text)
    assert (q.text, q.kind, q.value, q.unit) == (surface, "count", Decimal(value), None)


LOCAL_DOLLARS = [
    # text, surface, unit: a bare "$" or "cents" takes the article's own dollar.
    (
        "HALIFAX - A $1.25-billion deficit. All figures are in Canadian dollars.",
        "$1.25-billion",
        "CAD",
    ),
    ("Profit hit A$3 billion; the stock rose $1.20.", "$1.20", "AUD"),
    (
        "HK$5 billion in turnover. Pilbara jumped 21 cents, or 7.4%, to A$3.05 after. "
        "Brent crude fell 38 cents to $80.31 a barrel.",
        "21 cents",
        "AUD",
    ),
    (
        "HK$5 billion in turnover. Pilbara jumped 21 cents, or 7.4%, to A$3.05 after. "
        "Brent crude fell 38 cents to $80.31 a barrel.",
        "38 cents",
        "USD",
    ),
    ("A$5 billion in exports; the Aussie was at 65.6 US cents.", "65.6 US cents", "USD"),
    # a story datelined in a dollar country counts in its dollar, but not oil's
    ("WELLINGTON, 8 October 2024 - The council will spend $45 million.", "$45 million", "NZD"),
    ("TORONTO, Jan 5, 2025 - Fares rise to $3.35 next month.", "$3.35", "CAD"),
    ("PERTH, May 2, 2024 - Brent rose to $80.10 a barrel.", "$80.10", "USD"),
]


LOCAL_DOLLARS += [
    # a dateline's province or state (hold-149..166)
    ("GUELPH, Ontario, April 14, 2025 - A hive costs $285 to replace.", "$285", "CAD"),
    ("BENDIGO, Victoria, May 2, 2024 - Fees rose to $40.", "$40", "AUD"),
    ("AUSTIN, Texas, May 2, 2024 - Fees rose to $40.", "$40", "USD"),
    ("TAURANGA, Jan 14, 2026 - Entry costs $45 a player.", "$45", "NZD"),
    ("GEELONG, Jan 14, 2026 - Entry costs $45 a player.", "$45", "AUD"),
    # provincial capitals (hold-239..256)
    ("VICTORIA, May 6, 2025 - A campsite now costs $38 a night.", "$38", "CAD"),
    ("FREDERICTON, May 6, 2025 - A permit costs $38.", "$38", "CAD"),
    ("LAUNCESTON, May 6, 2025 - A permit costs $38.", "$38", "AUD"),
]


@pytest.mark.parametrize("text,surface,unit", LOCAL_DOLLARS)
def test_local_dollar(text, surface, unit):
    assert find(text, surface).unit == unit


UNITS = [
    # text, surface, kind, value, unit (corpus README names: singular, lower case)
    ("speeds of 1 Gbps", "1 Gbps", "quantity", "1", "gigabit per second"),
    ("the dam holds 450 gigalitres", "450 gigalitres", "quantity", "450", "gigalitre"),
    # a flow keeps its period, as "barrels a day" does; "a year earlier" is no period
    ("310 megalitres a day", "310 megalitres a day", "quantity", "310", "megalitre per day"),
    ("used 139 litres a day", "139 litres a day", "quantity", "139", "litre per day"),
    (
        "shipped 3 million tonnes a year to China",
        "3 million tonnes a year",
        "quantity",
        "3000000",
        "tonne per year",
    ),
    ("275.5 TWh a year earlier", "275.5 TWh", "quantity", "275.5", "terawatt hour"),
    ("50.4 million bags of coffee", "50.4 million bags", "quantity", "50400000", "bag"),
    (
        "52.3 billion tonne-kilometres",
        "52.3 billion tonne-kilometres",
        "quantity",
        "52300000000",
        "tonne-kilometre",
    ),
    ("output of 950,000 bpd", "950,000 bpd", "quantity", "950000", "barrel per day"),
    ("it holds 5 petabytes", "5 petabytes", "quantity", "5", "petabyte"),
    (
        "1.2 billion net tonne-kilometres",
        "1.2 billion net tonne-kilometres",
        "quantity",
        "1200000000",
        "tonne-kilometre",
    ),
    ("at least 100 Mbit/s", "100 Mbit/s", "quantity", "100", "megabit per second"),
    ("Sh2.3 billion was raised", "Sh2.3 billion", "money", "2300000000", "KES"),
    ("more than 400 millimetres of rain", "400 millimetres", "quantity", "400", "millimetre"),
    ("96 mm fell in 24 hours", "96 mm", "quantity", "96", "millimetre"),
    ("a limit of 130 km/h on", "130 km/h", "quantity", "130", "kilometre per hour"),
    ("at 188 miles an hour", "188 miles an hour", "quantity", "188", "mile per hour"),
    ("a shot from 25 yards", "25 yards", "quantity", "25", "yard"),
    (
        "yields of 5,922 kilograms per hectare",
        "5,922 kilograms per hectare",
        "quantity",
        "5922",
        "kilogram per hectare",
    ),
    ("a 20,000-square-foot store", "20,000-square-foot", "quantity", "20000", "square foot"),
    ("a 3-inch screen", "3-inch", "quantity", "3", "inch"),
    ("take 50 mg daily", "50 mg", "quantity", "50", "milligram"),
    ("a 75 ml dose", "75 ml", "quantity", "75", "millilitre"),
    ("a 2.80 GHz chip", "2.80 GHz", "quantity", "2.80", "gigahertz"),
    ("with 8 MB of cache", "8 MB", "quantity", "8", "megabyte"),
    ("some 930,000 mi away", "930,000 mi", "quantity", "930000", "mile"),
    ("after 12 minutes of play", "12 minutes", "duration", "12", "minute"),
    ("every 20 minutes between 1 a.m. and 5 a.m.", "20 minutes", "duration", "20", "minute"),
    ("Each home takes four pints.", "four pints", "quantity", "4", "pint"),
    ("Fleece of 21 microns sold well.", "21 microns", "quantity", "21", "micron"),
    ("a 19-micron fleece", "19-micron", "quantity", "19", "micron"),
    ("with a 140-horsepower tractor", "140-horsepower", "quantity", "140", "horsepower"),
    # the noun past the size of one is the unit ("T" of "T-bills" is no tonne)
    ("It shipped 4,200 50-kilogram bags.", "4,200", "quantity", "4200", "bag"),
    ("He holds 3 10-year T-bills.", "3", "count", "3", None),
    (
        "about 0.37 tonnes per megawatt-hour",
        "0.37 tonnes per megawatt-hour",
        "quantity",
        "0.37",
        "tonne per megawatt hour",
    ),
    (
        "The wreck lies 11 nautical miles out.",
        "11 nautical miles",
        "quantity",
        "11",
        "nautical mile",
    ),
    ("warm white light of 2,700 kelvin", "2,700 kelvin", "quantity", "2700", "kelvin"),
    (
        "Swimmers braved 12-degree water on Sunday.",
        "12-degree",
        "quantity",
        "12",
        "degree Celsius",
    ),
    (
        "a 12-percentage-point rise",
        "12-percentage-point",
        "percentage_point",
        "12",
        "percentage point",
    ),
    # a bare "degrees" in a sentence about the weather is Celsius, unless the story uses
    # Fahrenheit or measures angles
    (
        "The temperature on race day hovered near 17 degrees.",
        "17 degrees",
        "quantity",
        "17",
        "degree Celsius",
    ),
    ("The slope climbs at 17 degrees in warm sun.", "17 degrees", "quantity", "17", "degree"),
    (
        "Weather: 88 degrees and humid, the warmest day of June.",
        "88 degrees",
        "quantity",
        "88",
        "degree",
    ),
    # the start of a change said bare takes its end's unit and scale
    ("Permits went from 80 to 100 Swiss francs.", "80", "money", "80", "CHF"),
    ("The rate rose from 6 to 7.5 percent.", "6", "percent", "6", "%"),
    ("Output rose from 2.4 to 3 million tonnes.", "2.4", "quantity", "2400000", "tonne"),
    ("Sales climbed from $1.2 to $1.5 million.", "$1.2", "money", "1200000", "USD"),
    ("The fare rose from 90 to 110 cents.", "90", "money", "0.90", "USD"),
    ("Membership grew from 900 to 1.2 million.", "900", "count", "900", None),
]


@pytest.mark.parametrize("text,surface,kind,value,unit", UNITS)
def test_units(text, surface, kind, value, unit):
    q = find(text, surface)
    assert (q.kind, q.value, q.unit) == (kind, Decimal(value), unit)


SIGNED_AND_COMPOUND = [
    # text, surface, kind, value, unit
    ("just need minus five percent", "minus five percent", "percent", "-5", "%"),
    # (a bare "degrees" of the weather is Celsius since hold-239..256)
    ("Temperatures hit -5 degrees", "-5 degrees", "quantity", "-5", "degree Celsius"),
    ("The road bends through -5 degrees at the turn", "-5 degrees", "quantity", "-5", "degree"),
    (
        "a margin of error of plus or minus 2.2 percentage points",
        "2.2 percentage points",
        "percentage_point",
        "2.2",
        "percentage point",
    ),
    ("percent of 10", "percent of 10", "percent", "10", "%"),
    ("per cent of twenty-two", "per cent of twenty-two", "percent", "22", "%"),
    ("it only cost 3 dollars 50 cents.", "3 dollars 50 cents", "money", "3.5", "USD"),
    (
        "thirteen dollars and forty-five cents",
        "thirteen dollars and forty-five cents",
        "money",
        "13.45",
        "USD",
    ),
    ("I spend 100₾ buying the new bicycle.", "100₾", "money", "100", "GEL"),
    ("a fee of -15€ was", "-15€", "money", "-15", "EUR"),
]


@pytest.mark.parametrize("text,surface,kind,value,unit", SIGNED_AND_COMPOUND)
def test_signed_and_compound(text, surface, kind, value, unit):
    q = find(text, surface)
    assert (q.kind, q.value, q.unit) == (kind, Decimal(value), unit)


def test_percent_of_after_a_number_is_not_a_second_percent():
    found = extract("Sales of 5 per cent of 210 schools")
    assert [(q.text, q.kind) for q in found] == [("5 per cent", "percent"), ("210", "count")]


# The corpus gold counts both numbers of a score (distract-01 "a 3-2 win", claims-02 "the final
# vote was 6-3"); longer dash-joined digit runs stay codes.
SCORES = [
    ("The team won 3-1.", ["3", "1"]),
    ("with a 3-2 win over Northgate Rovers", ["3", "2"]),
    ("The final vote was 6-3.", ["6", "3"]),
]


@pytest.mark.parametrize("text,surfaces", SCORES)
def test_scores_are_two_counts(text, surfaces):
    found = extract(text)
    assert [(q.text, q.kind) for q in found] == [(s, "count") for s in surfaces]


POINTS = [
    # text, surface, kind, unit: index points, percentage points or a league table's count.
    (
        "The Hang Seng Index rose 312.45 points, or 1.8%, to 17,526.70, its best day",
        "312.45 points",
        "quantity",
        "point",
    ),
    (
        "The Hang Seng Index rose 312.45 points, or 1.8%, to 17,526.70, its best day",
        "17,526.70",
        "quantity",
        "point",
    ),
    ("the S&P/ASX 200 index edged up 0.3% to 7,860.1.", "7,860.1", "quantity", "point"),
    ("who has a year-end target of 19,000 for the Hang Seng.", "19,000", "quantity", "point"),
    (
        "against 12% of those 65 and older, a gap of 29 points.",
        "29 points",
        "percentage_point",
        "percentage point",
    ),
    pytest.param(
        "That leaves coverage 20.8 points short of the government's 95% target.",
        "20.8 points",
        "percentage_point",
        "percentage point",
        marks=pytest.mark.xfail(
            strict=True,
            reason="left as index-like points: the checker reads 'short of' as a change",
        ),
    ),
    ("Harbour City are fifth with 68 points and have six games left.", "68", "count", None),
]


@pytest.mark.parametrize("text,surface,kind,unit", POINTS)
def test_points(text, surface, kind, unit):
    q = find(text, surface)
    assert (q.kind, q.unit) == (kind, unit)


MIXED_AND_MULTIPLES = [
    # text, surface, kind, value, unit, change
    (
        "a speech that lasted three and a half hours, he",
        "three and a half hours",
        "duration",
        "3.5",
        "hour",
        "=",
    ),
    ("Take 10 1/2 miles", "10 1/2 miles", "quantity", "10.5", "mile", "="),
    ("a 1/4 mile track", "1/4 mile", "quantity", "0.25", "mile", "="),
    (
        "markets price in a further quarter-point cut",
        "quarter-point",
        "percentage_point",
        "0.25",
        "percentage point",
        "down",
    ),
    (
        "The tax falls by one percentage point, to 14 per cent",
        "one percentage point",
        "percentage_point",
        "1",
        "percentage point",
        "down",
    ),
    ("more than double the 2.7 TWh discarded", "double", "multiple", "2", None, ">"),
    ("exports were almost double those of Vietnam", "double", "multiple", "2", None, "~"),
    ("Solar output more than triples in five years", "triples", "multiple", "3", None, ">"),
    ("Airways doubles dividend", "doubles", "multiple", "2", None, "="),
    ("exports to halve to 1.6 million tonnes", "halve", "multiple", "0.5", None, "="),
    ("The airline carried 41.2mn passengers", "41.2mn", "count", "41200000", None, "="),
    ("lines that date from the 1940s.", "1940s", "year", "1940", None, "="),
]


@pytest.mark.parametrize("text,surface,kind,value,unit,change", MIXED_AND_MULTIPLES)
def test_mixed_numbers_and_multiples(text, surface, kind, value, unit, change):
    q = find(text, surface)
    assert (q.kind, q.value, q.unit, q.change) == (kind, Decimal(value), unit, change)


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
    "It was one of the largest.",
    "A one-time charge.",
    "In the first half of the year.",
    "A 4G network.",
    "Visit www.example.com/page/2024/10 now.",
    "Call the budget office between 9 a.m. and 5 p.m. today.",
    "Read it at City Hall, 200 Main Street, or at 12 Harbour Road.",
    "Residents can call the SES on 132 500.",
    "Riders can report problems by calling 311.",
    "Interstate 75 was closed between exits 52 and 54 today.",
    "Aer Lingus flight EI 154 to London left from gate 102.",
    "In Tokyo, the Nikkei 225 slipped.",
    "It was a double blow.",
    "On 3/4 he left.",
    "It ran version 2.3.1.",
    # street names written before the number, and lines of a network
    "The gallery on ul. Wiejska 12 opens late.",
    "Their office is at Kungsgatan 44 now.",
    "Take tram line 4 or bus 129 to the door.",
    "Trams 3 and 11 stop outside.",
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
    "10000000000000000000000000000",
    "$10000000000000000000000000000 billion",
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


PEER_ERRORS = Path(__file__).resolve().parents[2] / "shared" / "peer-suites" / "quantulum3"


@pytest.mark.skipif(not (PEER_ERRORS / "errors.json").exists(), reason="peer suites not present")
def test_quantulum3_error_inputs_never_raise():
    # quantulum3's own list of inputs that once crashed it, read from ../shared (not copied).
    for text in json.loads((PEER_ERRORS / "errors.json").read_text(encoding="utf-8")):
        for q in extract(text):
            assert text[q.start : q.end] == q.text


SHARED_UNITS = [
    # text, [(surface, kind, unit)]
    (
        "supplied 2.9 million, 2.6 million and 2.2 million tonnes respectively",
        [
            ("2.9 million", "quantity", "tonne"),
            ("2.6 million", "quantity", "tonne"),
            ("2.2 million tonnes", "quantity", "tonne"),
        ],
    ),
    (
        "maize at 6.9 million and 6.4 million tonnes respectively",
        [("6.9 million", "quantity", "tonne"), ("6.4 million tonnes", "quantity", "tonne")],
    ),
    (
        "took 4.9 bln francs, of which China accounted for 2.6 bln, or 53.1 pct.",
        [
            ("4.9 bln francs", "money", "CHF"),
            ("2.6 bln", "money", "CHF"),
            ("53.1 pct", "percent", "%"),
        ],
    ),
    # a scaled count of things keeps its own noun
    ("It had 2.6 bln people and $3 bln.", [("2.6 bln", "count", None), ("$3 bln", "money", "USD")]),
    # items named before bare figures take the unit of the first (hold-113..130, read)
    (
        "Peru landed 310,000 tonnes of it, Chile 120,000 and all other fleets 45,000.",
        [
            ("310,000 tonnes", "quantity", "tonne"),
            ("120,000", "quantity", "tonne"),
            ("45,000", "quantity", "tonne"),
        ],
    ),
    (
        "The mill made 40,000 tonnes, employing 300 staff.",
        [("40,000 tonnes", "quantity", "tonne"), ("300", "count", None)],
    ),
    ("Gusts reached 35 knots.", [("35 knots", "quantity", "knot")]),
    # "the rest of the ..." names a list item too; "and" ends a bare amount (hold-185..202, read)
    (
        "Kent grows 9,400 hectares, Surrey 2,100 and the rest of the region 1,250.",
        [
            ("9,400 hectares", "quantity", "hectare"),
            ("2,100", "quantity", "hectare"),
            ("1,250", "quantity", "hectare"),
        ],
    ),
    (
        "Staff cost €4.3 million, hall rental about 0.8 million and catering the rest.",
        [("€4.3 million", "money", "EUR"), ("0.8 million", "money", "EUR")],
    ),
    (
        "Fees brought in €4.3 million, from 1.2 million and 0.9 million visitors.",
        [
            ("€4.3 million", "money", "EUR"),
            ("1.2 million", "count", None),
            ("0.9 million", "count", None),
        ],
    ),
    # a population is counted, not paid
    (
        "They paid A$27bn, or A$1,000 per resident for a population of 27 million.",
        [("A$27bn", "money", "AUD"), ("A$1,000", "money", "AUD"), ("27 million", "count", None)],
    ),
    (
        "It handled 9.8 mn TEUs, 2.5 times the 3.9 mn it moved.",
        [
            ("9.8 mn TEUs", "quantity", "twenty-foot equivalent unit"),
            ("2.5 times", "multiple", None),
            ("3.9 mn", "quantity", "twenty-foot equivalent unit"),
        ],
    ),
]


HOLD_ROUND_2 = [
    # text, surface, kind, value, unit  (rows written from the spent hold-01..14 misses)
    (
        "handled 41.12 mn TEUs in 2024",
        "41.12 mn TEUs",
        "quantity",
        "41120000",
        "twenty-foot equivalent unit",
    ),
    ("produced 321.2 mn t in 2023", "321.2 mn t", "quantity", "321200000", "tonne"),
    ("copper output of 348,000 t from", "348,000 t", "quantity", "348000", "tonne"),
    (
        "came to 3.11 bn gross tonnes",
        "3.11 bn gross tonnes",
        "quantity",
        "3110000000",
        "gross tonne",
    ),
    ("reached KSh 8.7 trillion", "KSh 8.7 trillion", "money", "8700000000000", "KES"),
    ("spent 1.67 trln baht", "1.67 trln baht", "money", "1670000000000", "THB"),
    (
        "a decline of 0.9 of a percentage point",
        "0.9 of a percentage point",
        "percentage_point",
        "0.9",
        "percentage point",
    ),
    ("the harvest fell by a sixth to", "a sixth", "fraction", "0.1667", None),
    ("visits rose by about a third.", "a third", "fraction", "0.3333", None),
    ("a drop of more than a third, as", "a third", "fraction", "0.3333", None),
    ("as 4G users triple\n", "triple", "multiple", "3", None),
    # (the fourteenth set, spent) "quadruple" as a verb; multiples said in one word
    ("The town will quadruple the fee, raising it", "quadruple", "multiple", "4", None),
    ("Pier fines set for fourfold rise", "fourfold", "multiple", "4", None),
    ("a threefold increase in cases", "threefold", "multiple", "3", None),
    ("a tenfold jump in demand", "tenfold", "multiple", "10", None),
    # a possessive year after "more than" is the year, not a bound on 2,024
    ("8% more than 2024's 20 million riders", "2024", "year", "2024", None),
    # a rise said as "half as much again"
    ("That is half as much again in five years", "half as much again", "fraction", "0.5", None),
    # a count said to be under an age
    ("Of those patients, 62 were under 50 - a fifth", "50", "duration", "50", "year"),
    ("Chief executive Ann Moe, who is 48, said", "48", "duration", "48", "year"),
    ("12% of those 65 and older", "65", "duration", "65", "year"),
    ("Among people under 25, unemployment", "25", "duration", "25", "year"),
]


@pytest.mark.parametrize("text,surface,kind,value,unit", HOLD_ROUND_2)
def test_hold_round_2(text, surface, kind, value, unit):
    found = [q for q in extract(text) if q.text == surface]
    assert len(found) == 1, [q.text for q in extract(text)]
    q = found[0]
    assert (q.kind, q.value, q.unit) == (kind, Decimal(value), unit)


def test_a_share_said_again_as_a_count_is_no_range():
    found = extract("Of 1,500 households surveyed, 45% - 675 households - said so.")
    assert [q.text for q in found] == ["1,500", "45%", "675"]


@pytest.mark.parametrize(
    "text,surface,kind",
    [
        ("It beat 2019's record.", "2019", "year"),
        ("music of the 1990s", "1990s", "year"),
        ("five times domestic output of 20 tonnes", "five times", "multiple"),
        ("They met three times a week.", "three", "count"),
    ],
)
def test_possessive_years_and_times(text, surface, kind):
    assert (surface, kind) in [(q.text, q.kind) for q in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Two Chinese firms bid for it.",  # a nationality, not a name
        "Three Chinese Banks Fail Test",  # a title-case headline is no name in prose
    ],
)
def test_capitalised_number_words_still_count(text):
    assert [q.kind for q in extract(text)] == ["count"]


NOT_QUANTITIES_ROUND_2 = [
    # hold-83..100, read once spent: numbers that name things, and phones with short groups
    "Services on Routes 3, 3A, 8, 14X and 40 are suspended.",
    "She has driven the number 9 since the spring.",
    "Media inquiries: +81 3 5555 0142.",
    "Its helpline is 020-41 00 50, the charity said.",
    "Its shares trade under code 6502.",
    "The next auction, Sale 31, is at Quay 1200.",
    "It launched on October 27 with a Boeing 737-8.",
    "Tickets are sold at Stationsplein 3.",
    "Output rose as the Serra Alta 3 expansion ramped up.",
    "It was a triple whammy.",
    "She needed a quadruple bypass last spring.",
    # round 3 (the third held-aside set, read once spent): a 13-number, a name in prose
    "Customers can lodge claims on 13 24 80 or online.",
    "Three Rivers Water said on Thursday that leaks fell. Three Rivers also cut bills.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES_ROUND_2)
def test_not_quantities_round_2(text):
    assert [q.text for q in extract(text)] == []


LOCAL_CURRENCY = [
    # text, surface, unit: amounts whose currency the story, not the number, gives
    (
        "The rupee fell. The currency closed at 85.52 per dollar on Friday.",
        "85.52",
        None,  # no rupee amount in the story: left a count
    ),
    ("Reserves hit ₹5 trillion. The rupee closed at 85.52 per dollar.", "85.52", "INR"),
    ("The yen averaged 144.6 to the dollar.", "144.6", "JPY"),
    ("A €1.46 billion budget as the single fare goes up 30 cents.", "30 cents", "EUR"),
    ("A $1.46 billion budget as the single fare goes up 30 cents.", "30 cents", "USD"),
    ("BEIJING - China's retail sales rose to ¥4.2 trillion.", "¥4.2 trillion", "CNY"),
    ("TOKYO - Sales at Japan's stores rose to ¥5.76 trillion.", "¥5.76 trillion", "JPY"),
    ("Sales rose to ¥5.76 trillion.", "¥5.76 trillion", "JPY"),
    # "crowns" are the crown the story counts in; "zł" is the zloty (hold-185..202, read)
    ("Sales hit SEK 1.38 billion, against 1.264 billion crowns.", "1.264 billion crowns", "SEK"),
    ("OSLO - Ferries cost 2.1 billion crowns.", "2.1 billion crowns", "NOK"),
    ("Prague's trams cost 5 billion crowns.", "5 billion crowns", "CZK"),
    ("A ticket costs 120 zł.", "120 zł", "PLN"),
    ("Revenue was 198 mln zł.", "198 mln zł", "PLN"),
    # in a story from the United States that spends no British money, pounds weigh
    (
        "PEORIA, Ill., Oct. 18, 2023 - Growers harvested 612 million pounds of pumpkins.",
        "612 million pounds",
        "pound-mass",
    ),
    ("PEORIA, Ill., Oct. 18, 2023 - A 20-pound pumpkin won.", "20-pound", "pound-mass"),
    (
        "PEORIA, Ill., Oct. 18, 2023 - The Indiana crop was 171 million pounds and "
        "Virginia's 158 million.",
        "158 million",
        "pound-mass",
    ),
    ("PEORIA, Ill., Oct. 18, 2023 - The fee is £20, or 20 pounds.", "20 pounds", "GBP"),
    ("LEEDS, Oct. 18, 2023 - Growers earned 612 million pounds.", "612 million pounds", "GBP"),
]


@pytest.mark.parametrize("text,surface,unit", LOCAL_CURRENCY)
def test_local_currency(text, surface, unit):
    q = next(q for q in extract(text) if q.text == surface)
    assert q.unit == unit


RELATIVE_YEARS = [
    # text, surface, year
    ("LIMA, June 3, 2024 - Sales rose to 9 from 8 a year earlier.", "a year earlier", 2023),
    ("LIMA, June 3, 2024 - Sales rose in 2019 from 8 the year before.", "the year before", 2018),
    # results out in February speak of the year before: its "a year earlier" is two back
    (
        "LIMA, Feb 3, 2025 - Sales hit 9 in 2024.\n\nCosts were 5, from 4 a year earlier.",
        "a year earlier",
        2023,
    ),
    (
        "LIMA, Aug 3, 2025 - Sales hit 9 in 2024.\n\nCosts were 5, from 4 a year earlier.",
        "a year earlier",
        2024,
    ),
    # the lede reports on last year, in words or by a month of it
    (
        "OSLO, Jan 5, 2025 - Salmon exports hit a record last year.\n\nA year earlier they were 9.",
        "A year earlier",
        2023,
    ),
    (
        "OSLO, Jan 9, 2025 - Car sales rose in November.\n\nThey were 5, from 4 a year earlier.",
        "a year earlier",
        2023,
    ),
    # a year named further down is not the lede's: "a year earlier" is before the dateline's
    (
        "OSLO, Apr 9, 2025 - Output grew 8% in the year to March.\n\nA grant began in May 2024. "
        "Fees fell to 5 from 6 a year earlier.",
        "a year earlier",
        2024,
    ),
    # "ago" counts back from the day of writing, not from a year the sentence names
    ("PUNE, May 2, 2026 - It was 41% in 2024-25, against 12% a year ago.", "a year ago", 2025),
    # a financial year that ends in the spring: the last one ended, or the one before a named one
    (
        "PUNE, May 2, 2026 - Fees rose 18% in the last financial year.",
        "the last financial year",
        2025.5,
    ),
    (
        "PUNE, Feb 2, 2026 - Fees rose 18% in the last financial year.",
        "the last financial year",
        2024.5,
    ),
    (
        "Fees were 112 in 2022-23, against 87 in the previous financial year.",
        "the previous financial year",
        2021.5,
    ),
]


@pytest.mark.parametrize("text,surface,year", RELATIVE_YEARS)
def test_relative_years(text, surface, year):
    q = next(q for q in extract(text) if q.text == surface)
    assert (q.kind, q.value) == ("year", year)


@pytest.mark.parametrize("text,expected", SHARED_UNITS)
def test_units_shared_in_lists(text, expected):
    assert [(q.text, q.kind, q.unit) for q in extract(text)] == expected


MORE_WORDINGS = [
    # text, surface, kind, value, unit, change
    ("Broadband take-up hit 41.5pc in March.", "41.5pc", "percent", "41.5", "%", "="),
    ("Tuition costs 9,400 zlotys a year.", "9,400 zlotys", "money", "9400", "PLN", "="),
    ("Entry is 25 złoty for adults.", "25 złoty", "money", "25", "PLN", "="),
    ("Growers now get GH¢2,100 a bag.", "GH¢2,100", "money", "2100", "GHS", "="),
    ("It sells at 2,250 CFA francs a kilo.", "2,250 CFA francs", "money", "2250", "XOF", "="),
    # a bare "francs" in a story that has named the CFA franc
    (
        "It sells at 2,250 CFA francs a kilo, up from 1,900 francs.",
        "1,900 francs",
        "money",
        "1900",
        "XOF",
        "=",
    ),
    ("A seat in Lagos costs N3,500 now.", "N3,500", "money", "3500", "NGN", "="),
    (
        "Bids ranged between Rs 3.10 and Rs 3.40 a unit.",
        "Rs 3.10 and Rs 3.40",
        "money",
        "3.25",
        "INR",
        "=",
    ),
    ("Nearly half a million homes lost power.", "half a million", "count", "500000", None, "~"),
    ("It needs roughly 1.6 times June's pace.", "1.6 times", "multiple", "1.6", None, "~"),
    ("Fares rose by more than half in May.", "half", "fraction", "0.5", None, ">"),
    ("Shares ended a quarter lower than in June.", "a quarter", "fraction", "0.25", None, "down"),
    ("Sales are a fifth higher this year.", "a fifth", "fraction", "0.2", None, "up"),
    ("Patients waited a month and a half.", "a month and a half", "duration", "1.5", "month", "="),
    (
        "The bank cut rates by half a percentage point.",
        "half a percentage point",
        "percentage_point",
        "0.5",
        "percentage point",
        "down",
    ),
    ("Children under 12 ride free.", "12", "duration", "12", "year", "<"),
    ("Visitors under 16 pay less.", "16", "duration", "16", "year", "<"),
    (
        "Snowfall reached 140 litres per square metre.",
        "140 litres per square metre",
        "quantity",
        "140",
        "litre per square metre",
        "=",
    ),
    (
        "Dams hold 1,250 cubic hectometres.",
        "1,250 cubic hectometres",
        "quantity",
        "1250",
        "cubic hectometre",
        "=",
    ),
    # a bare base or whole in the unit of the figure just before it
    ("Stocks fell 90 tonnes from 1,410 a week earlier.", "1,410", "quantity", "1410", "tonne", "="),
    (
        "The lakes hold 64 gigalitres out of a capacity of 212, or 30%.",
        "212",
        "quantity",
        "212",
        "gigalitre",
        "=",
    ),
    # From the twelfth set's extraction misses (hold-167..184, read once spent).
    ("The youngest player is 11 and the oldest 89.", "11", "duration", "11", "year", "="),
    ("The youngest player is 11 and the oldest 89.", "89", "duration", "89", "year", "="),
    ("The oldest entrant was 91.", "91", "duration", "91", "year", "="),
    ("Farmers get 71 centimes a kilogram.", "71 centimes", "money", "0.71", "CHF", "="),
    ("A 10-second slot costs more.", "10-second", "duration", "10", "second", "="),
    ("A typical 10-kilowatt system", "10-kilowatt", "quantity", "10", "kilowatt", "="),
    ("A weekly half-hour lesson costs $42.", "half-hour", "duration", "0.5", "hour", "="),
    ("Staff took a half-day off.", "half-day", "duration", "0.5", "day", "="),
]


@pytest.mark.parametrize("text,surface,kind,value,unit,change", MORE_WORDINGS)
def test_more_wordings(text, surface, kind, value, unit, change):
    q = find(text, surface)
    assert (q.kind, q.value, q.unit, q.change) == (kind, Decimal(value), unit, change)


NOT_BASES = [
    # a count after "from" that names its own thing keeps no unit
    ("It bought 300 tonnes from 12 farms.", "12"),
    ("It moved 40 tonnes from 2019 stock.", "2019"),
]


@pytest.mark.parametrize("text,surface", NOT_BASES)
def test_not_bases(text, surface):
    assert find(text, surface).unit is None


PASSES = [
    # text, surface, change: a figure passed is a lower bound; a budget passed is approved
    ("Net debt passes NZ$90 billion as rates bite", "NZ$90 billion", ">"),
    ("Streaming service passes 2.5 million subscribers", "2.5 million", ">"),
    ("Turnout passed 60 percent by noon.", "60 percent", ">"),
    ("City council passes $3.1 billion budget", "$3.1 billion", "="),
    ("Fibre lines now pass 9.4 million homes.", "9.4 million", "="),
    ("The new road passes 12 villages.", "12", "="),
]


@pytest.mark.parametrize("text,surface,change", PASSES)
def test_passes(text, surface, change):
    assert find(text, surface).change == change
