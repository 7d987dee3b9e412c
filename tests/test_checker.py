"""The checker, as tables: each claim kind written correctly, then with one number wrong.

Rows here were written while developing the rules; the corpus tests below score the rules on
every article (zero false alarms) and hold a floor under mutation detection.
"""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from extractor import check
from extractor.arithmetic import Interval, percent_change, stated_interval
from extractor.inject import load_corpus, score

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "source-article.txt"


def verdicts(text: str) -> list[tuple[str, str]]:
    return [(v.claim.kind, v.verdict) for v in check(text).claims]


CLAIMS = [
    # (kind, correct text, the same with one number wrong)
    (
        "difference",
        "Imports reached $32.16 billion and exports $21.4 billion, a deficit of $10.76 billion.",
        "Imports reached $32.16 billion and exports $21.4 billion, a deficit of $11.76 billion.",
    ),
    (
        "difference",
        "Exports were $21.4 billion. This left a trade deficit of $10.76 billion against "
        "imports of $32.16 billion.",
        "Exports were $21.4 billion. This left a trade deficit of $12.76 billion against "
        "imports of $32.16 billion.",
    ),
    (
        "difference",
        "The chain will close 42 of its 1,200 shops, leaving 1,158 open.",
        "The chain will close 42 of its 1,200 shops, leaving 1,148 open.",
    ),
    (
        "change",
        "Revenue rose 12.3% to $4.5 billion from $4.007 billion.",
        "Revenue rose 14.3% to $4.5 billion from $4.007 billion.",
    ),
    (
        "change",
        "Sales reached 412 million units, 15.7% more than the 356 million of a year earlier.",
        "Sales reached 412 million units, 17.7% more than the 356 million of a year earlier.",
    ),
    (
        "change",
        "Alibaba rose HK$2.30, or 3.0%, to HK$78.45.",
        "Alibaba rose HK$2.30, or 4.0%, to HK$78.45.",
    ),
    (
        "points",
        "Unemployment fell to 3.5% from 5.2%, a drop of 1.7 percentage points.",
        "Unemployment fell to 3.5% from 5.2%, a drop of 2.7 percentage points.",
    ),
    (
        "share",
        "Online sales reached £1.23bn, or 39.4 per cent of the £3.12bn total.",
        "Online sales reached £1.23bn, or 34.4 per cent of the £3.12bn total.",
    ),
    (
        "share",
        "Revenue was $10.0 billion, of which $4.0 billion, or 40%, came from China.",
        "Revenue was $10.0 billion, of which $4.0 billion, or 45%, came from China.",
    ),
    (
        "total",
        "Germany gave €50bn, France €40bn and Italy €30bn, a combined €120bn.",
        "Germany gave €50bn, France €40bn and Italy €30bn, a combined €130bn.",
    ),
    (
        "multiple",
        "Subscribers tripled to 27.6 million from 9.2 million.",
        "Subscribers tripled to 37.6 million from 9.2 million.",
    ),
    (
        "cagr",
        "Revenue grew from $100 million in 2015 to $150 million in 2020, an average annual "
        "growth rate of 8.4%.",
        "Revenue grew from $100 million in 2015 to $150 million in 2020, an average annual "
        "growth rate of 9.4%.",
    ),
    (
        "difference",
        "It reached 24.1 degrees Celsius, 1.8 degrees below the January norm of 25.9 degrees.",
        "It reached 24.1 degrees Celsius, 2.8 degrees below the January norm of 25.9 degrees.",
    ),
    (
        "average",
        "The $45 million fund will reach 15,000 households, an average of $3,000 per household.",
        "The $45 million fund will reach 15,000 households, an average of $3,500 per household.",
    ),
    (
        "difference",  # a headline deficit over the exports and imports of the lede
        "Trade deficit widens to $31.46 billion\n\nNEW DELHI, Nov 15, 2023 - Goods exports rose "
        "to $33.57 billion from $31.60 billion, while imports climbed to $65.03 billion from "
        "$57.91 billion.",
        "Trade deficit widens to $31.46 billion\n\nNEW DELHI, Nov 15, 2023 - Goods exports rose "
        "to $33.57 billion from $31.60 billion, while imports climbed to $75.03 billion from "
        "$57.91 billion.",
    ),
    (
        "share",  # a margin on this period's revenue, said sentences before
        "Revenue rose 4 per cent to £3.12bn. Online sales reached £1.23bn, or 39.4 per cent of "
        "revenue. Operating profit rose to £452m, lifting the operating margin to 14.5 per cent.",
        "Revenue rose 4 per cent to £3.12bn. Online sales reached £1.23bn, or 39.4 per cent of "
        "revenue. Operating profit rose to £452m, lifting the operating margin to 16.5 per cent.",
    ),
    (
        "cagr",  # growth since a year, run to the figure the subject names, said before
        "GENEVA, Jan 30, 2024 - Swiss watch exports rose 7.2 pct to 26.7 bln francs in 2023. "
        "The industry shipped 15.4 mln watches. Exports have grown at an average annual rate of "
        "5.3 pct since 2019, when they stood at 21.7 bln francs.",
        "GENEVA, Jan 30, 2024 - Swiss watch exports rose 7.2 pct to 26.7 bln francs in 2023. "
        "The industry shipped 15.4 mln watches. Exports have grown at an average annual rate of "
        "7.3 pct since 2019, when they stood at 21.7 bln francs.",
    ),
    (
        "share",  # the part is this period's figure; the whole, the one figure called sales
        "Sales rose 6.5% to ¥5.76 trillion. Tax-free purchases doubled to ¥648.7 billion from "
        "¥318.8 billion and made up 11.3% of all sales.",
        "Sales rose 6.5% to ¥5.76 trillion. Tax-free purchases doubled to ¥648.7 billion from "
        "¥318.8 billion and made up 13.3% of all sales.",
    ),
    (
        "change",  # the base given later, with the new value said again
        "Net profit rose 66% last year to a record €684mn. Fuel was the largest cost. Net profit "
        "of €684mn compared with €412mn the previous year.",
        "Net profit rose 76% last year to a record €684mn. Fuel was the largest cost. Net profit "
        "of €684mn compared with €412mn the previous year.",
    ),
    (
        "change",  # "lifted X by P%": the verb gives the direction
        "The airline lifted pre-tax profit by 56.5% to A$712 million, from A$455 million.",
        "The airline lifted pre-tax profit by 46.5% to A$712 million, from A$455 million.",
    ),
    (
        "bound",  # a headline bound checked on the lede's exact figure for the same thing
        "Airline profit climbs above A$700 million\n\nSYDNEY, February 20, 2025 - The airline "
        "lifted pre-tax profit to A$712 million in the half.",
        "Airline profit climbs above A$700 million\n\nSYDNEY, February 20, 2025 - The airline "
        "lifted pre-tax profit to A$612 million in the half.",
    ),
]


CLAIMS += [
    (
        "change",  # a change stated as a fraction
        "The herd shrank by a fifth to 640 head from 800.",
        "The herd shrank by a third to 640 head from 800.",
    ),
    (
        "change",
        "Staff rose to 4,380 from 3,510, an increase of about a quarter.",
        "Staff rose to 4,380 from 3,510, an increase of about a half.",
    ),
    (
        "change",  # a flow's period is said once: "a month" and "in the same period"
        "Each line used 312 gigabytes a month, 14 per cent more than the 274 gigabytes used a "
        "year before.",
        "Each line used 312 gigabytes a month, 24 per cent more than the 274 gigabytes used a "
        "year before.",
    ),
]


# Wordings read since the fourth held-aside set was opened (each written afresh here).
MORE_CLAIMS = [
    (
        "average",
        "The ministry will spend R900 million over three years, about R300 million a year.",
        "The ministry will spend R900 million over three years, about R360 million a year.",
    ),
    (
        "average",
        "Growers spent £42m replanting 1,400 farms, roughly £30,000 a farm, last winter.",
        "Growers spent £42m replanting 1,400 farms, roughly £36,000 a farm, last winter.",
    ),
    (
        "average",
        "The 30 mills turned out 2.4 million bales this season, or about 80,000 bales per mill.",
        "The 30 mills turned out 2.4 million bales this season, or about 95,000 bales per mill.",
    ),
    (
        "average",
        "Some 18 million tonnes of ore left the port over 12 months, an average of 1.5 million "
        "tonnes a month.",
        "Some 18 million tonnes of ore left the port over 12 months, an average of 1.9 million "
        "tonnes a month.",
    ),
    (
        "share",
        "The dams hold 240 gigalitres out of a capacity of 800, or 30 percent.",
        "The dams hold 240 gigalitres out of a capacity of 800, or 36 percent.",
    ),
    (
        "total",
        "The bridge cost €96 million, of which €60 million came from the state and the "
        "remaining €36 million from the region.",
        "The bridge cost €96 million, of which €60 million came from the state and the "
        "remaining €46 million from the region.",
    ),
    (
        "total",
        "The two ports handled 5.5 million and 2.5 million boxes respectively, or 8 million "
        "between them.",
        "The two ports handled 5.5 million and 2.5 million boxes respectively, or 9 million "
        "between them.",
    ),
    (
        "difference",
        "The mills can crush 8.2 million tonnes, of which local buyers take about 3.1 million; "
        "the rest, some 5.1 million tonnes, goes abroad.",
        "The mills can crush 8.2 million tonnes, of which local buyers take about 3.1 million; "
        "the rest, some 6.1 million tonnes, goes abroad.",
    ),
    (
        "multiple",
        "France took 96,000 tonnes, or 40 per cent of the total, about four times the 24,000 "
        "tonnes sold to Spain.",
        "France took 96,000 tonnes, or 40 per cent of the total, about four times the 14,000 "
        "tonnes sold to Spain.",
    ),
    (
        "change",
        "The fee rises from £4.00 to £4.20 in May, an increase of 20p, or 5pc.",
        "The fee rises from £4.00 to £4.20 in May, an increase of 20p, or 9pc.",
    ),
    (
        "change",
        "Depots pay 0.90 euros a kilometre for power, compared with 2.25 euros for diesel, a "
        "saving of 60 percent.",
        "Depots pay 0.90 euros a kilometre for power, compared with 2.25 euros for diesel, a "
        "saving of 40 percent.",
    ),
]


MORE_CLAIMS += [
    # Read once hold-101..112 was spent; wordings of our own.
    (
        "multiple",  # "close to" is a qualifier, not an aim ("to double")
        "Orders for cargo bikes rose to 96,000, close to three times the 33,000 of 2020.",
        "Orders for cargo bikes rose to 96,000, close to four times the 33,000 of 2020.",
    ),
    (
        "change",  # the base named by a noun: "from a peak of"
        "Licensed taxis fell to 14,200 from a peak of 17,900 in 2018, a drop of 20.7 per cent.",
        "Licensed taxis fell to 14,200 from a peak of 17,900 in 2018, a drop of 25.7 per cent.",
    ),
    (
        "points",  # "compared with a share of"
        "Card payments made up 91.4% of fares, compared with a share of 77.9% in 2021, an "
        "increase of 13.5 percentage points.",
        "Card payments made up 91.4% of fares, compared with a share of 77.9% in 2021, an "
        "increase of 15.5 percentage points.",
    ),
    (
        "change",  # "That compared with": the figure now is the sentence before's
        "Ferry crossings came to 2.61 million last year. That compared with 2.88 million in "
        "2023, a decline of 9.4 pct.",
        "Ferry crossings came to 2.61 million last year. That compared with 2.88 million in "
        "2023, a decline of 12.4 pct.",
    ),
    (
        "cagr",  # "shrunk by an average of": the rate is a fall
        "The fleet was 1,840 boats in 2024, against 2,310 boats in 2019, so it has shrunk by an "
        "average of 4.4% a year over five years.",
        "The fleet was 1,840 boats in 2024, against 2,310 boats in 2019, so it has shrunk by an "
        "average of 6.4% a year over five years.",
    ),
]


MORE_CLAIMS += [
    (
        "total",  # list items named with a capital ("..., Romanian for 2,900")
        "Polish accounted for 4,200 requests, Romanian for 2,900 and Tagalog for 1,100, together "
        "8,200 requests.",
        "Polish accounted for 4,200 requests, Romanian for 2,900 and Tagalog for 1,100, together "
        "8,900 requests.",
    ),
]


MORE_CLAIMS += [
    # Read once hold-113..130 was spent; wordings of our own.
    (
        "difference",  # ", or 460 fewer" after two counts across a semicolon
        "The valley had 1,310 dairy farms in 2010; by last spring there were 850, or 460 fewer.",
        "The valley had 1,310 dairy farms in 2010; by last spring there were 850, or 560 fewer.",
    ),
    (
        "cagr",  # the kind of figure with a from/to pair, not a count said first
        "The region and its 14 towns spent 96 million euros on roads in 2023, up from 71 million "
        "euros four years earlier, an average increase of 7.8 per cent a year.",
        "The region and its 14 towns spent 96 million euros on roads in 2023, up from 71 million "
        "euros four years earlier, an average increase of 9.8 per cent a year.",
    ),
    (
        "cagr",  # "N years earlier" gives "a year" its span
        "The library lent 2.64 million books in 2024, compared with 2.21 million six years "
        "earlier, growth that works out at 3.0 per cent a year.",
        "The library lent 2.64 million books in 2024, compared with 2.21 million six years "
        "earlier, growth that works out at 4.0 per cent a year.",
    ),
    (
        "total",  # "the rest of the world" closes the list
        "Asia brought in $4.12 billion, while Europe contributed $2.35 billion and the rest of the "
        "world $880 million, bringing the total to $7.35 billion.",
        "Asia brought in $4.12 billion, while Europe contributed $2.35 billion and the rest of the "
        "world $880 million, bringing the total to $7.85 billion.",
    ),
    (
        "change",  # two figures each dated by its own year, the change set off after them
        "The grant was set at £3.62bn in 2020-21 and £3.81bn in 2025-26, a rise of just 5.2 per "
        "cent.",
        "The grant was set at £3.62bn in 2020-21 and £3.81bn in 2025-26, a rise of just 7.2 per "
        "cent.",
    ),
]


MORE_CLAIMS += [
    (
        "difference",  # "The £36 increase" over the pair before, a bound after it no bar
        "Members will pay £260 a year from April, up from £224. The £36 increase means the fee "
        "will top £250 for the first time.",
        "Members will pay £260 a year from April, up from £224. The £46 increase means the fee "
        "will top £250 for the first time.",
    ),
    (
        "difference",  # a shortfall after "compared with"; a forecast in a later clause
        "Net income came to $2.14 billion, compared with $2.52 billion a year earlier, a "
        "shortfall of $380 million and below the $2.3 billion analysts had pencilled in.",
        "Net income came to $2.14 billion, compared with $2.52 billion a year earlier, a "
        "shortfall of $480 million and below the $2.3 billion analysts had pencilled in.",
    ),
    (
        "total",  # "at a combined cost of"
        "Two new ferries, ordered at £61m and £74m, will enter service in 2027 at a combined "
        "cost of £135m.",
        "Two new ferries, ordered at £61m and £74m, will enter service in 2027 at a combined "
        "cost of £155m.",
    ),
    (
        "average",  # households counted, "each home" averaged
        "The scheme costs €9.6m a year and serves 32,000 households, or about €300 for each home.",
        "The scheme costs €9.6m a year and serves 32,000 households, or about €400 for each home.",
    ),
    (
        "difference",  # "That left a margin" of a price over a cost
        "Growers sold at an average of $4.80 per kilo, while costs rose to $3.95 per kilo. That "
        "left a margin of $0.85 on each kilo.",
        "Growers sold at an average of $4.80 per kilo, while costs rose to $3.95 per kilo. That "
        "left a margin of $0.95 on each kilo.",
    ),
]


MORE_CLAIMS += [
    (
        "points",  # "Two years earlier the ... share was X, so it has slipped by"
        "Only 610 of the 1,450 clubs hold a licence, or 42.1 per cent. Two years earlier the "
        "licensed share was 46.3 per cent, so it has slipped by 4.2 percentage points.",
        "Only 610 of the 1,450 clubs hold a licence, or 42.1 per cent. Two years earlier the "
        "licensed share was 46.3 per cent, so it has slipped by 5.2 percentage points.",
    ),
    (
        "bound",  # the exact figure named as such
        "More than 2,500 flights were cancelled in the storm, the regulator said; the precise "
        "count was 2,640.",
        "More than 2,700 flights were cancelled in the storm, the regulator said; the precise "
        "count was 2,640.",
    ),
    (
        "multiple",  # "compared with just"
        "Card sales made up 44% of tickets in 2024, compared with just 13% in 2019, more than "
        "tripling their share.",
        "Card sales made up 34% of tickets in 2024, compared with just 13% in 2019, more than "
        "tripling their share.",
    ),
    (
        "difference",  # two flows set against each other: no way to get wrong
        "The town lost shops last year, with 212 closures against 95 openings, a net loss of 117.",
        "The town lost shops last year, with 212 closures against 95 openings, a net loss of 137.",
    ),
]


MORE_CLAIMS += [
    (
        "total",  # "came to X, with A ... and B the remaining C": the breakdown after
        "Parking revenue came to £5.2m, with permits bringing in £3.35m and meters the remaining "
        "£1.85m.",
        "Parking revenue came to £5.2m, with permits bringing in £3.35m and meters the remaining "
        "£2.15m.",
    ),
    (
        "average",  # a span said before, not another later in the sentence
        "The port will spend €4.8 billion in the six years to 2031, an average of €800 million a "
        "year and more than the €3.1 billion of the previous six years.",
        "The port will spend €4.8 billion in the six years to 2031, an average of €900 million a "
        "year and more than the €3.1 billion of the previous six years.",
    ),
    (
        "average",  # libraries averaged per branch
        "The county's 18 libraries lent 2.7 million books, an average of 150,000 per branch.",
        "The county's 18 libraries lent 2.7 million books, an average of 180,000 per branch.",
    ),
    (
        "average",  # a workforce counts employees
        "Wages take $1.26 billion, spread across a workforce of about 14,000 nurses, porters and "
        "clerks, or roughly $90,000 per employee.",
        "Wages take $1.26 billion, spread across a workforce of about 14,000 nurses, porters and "
        "clerks, or roughly $80,000 per employee.",
    ),
    (
        "average",  # "from" where an amount came from, not a base
        "The levy raised 36.5 billion won from about 730,000 firms, or roughly 50,000 won per "
        "firm.",
        "The levy raised 36.5 billion won from about 730,000 firms, or roughly 60,000 won per "
        "firm.",
    ),
    (
        "average",  # the span of an emergency
        "Flood relief cost A$96 million over the 40-day emergency, an average of A$2.4 million a "
        "day.",
        "Flood relief cost A$96 million over the 40-day emergency, an average of A$3.4 million a "
        "day.",
    ),
]


@pytest.mark.parametrize("kind,correct,wrong", MORE_CLAIMS)
def test_more_claim_wordings(kind, correct, wrong):
    assert (kind, "consistent") in verdicts(correct)
    assert (kind, "inconsistent") in verdicts(wrong)


MORE_CLAIMS += [
    # (fiftieth round) a side of a score is no figure of a comparison
    (
        "difference",
        "Officers made 52 arrests around the cup final, which ended 2-1, 18 more than the 34 made "
        "at last year's final.",
        "Officers made 52 arrests around the cup final, which ended 2-1, 28 more than the 34 made "
        "at last year's final.",
    ),
]


MORE_CLAIMS += [
    # (forty-ninth round) a "per-race average" is a rate, compared with the rate before it
    (
        "change",
        "Punters wagered HK$1.52 billion on the 10-race card, an average of HK$152 million a "
        "race and 4% more than the HK$146.2 million per-race average last year.",
        "Punters wagered HK$1.52 billion on the 10-race card, an average of HK$152 million a "
        "race and 14% more than the HK$146.2 million per-race average last year.",
    ),
]


MORE_CLAIMS += [
    # (the fifteenth set's misses) "an increase of £95 on the current charge of £290"
    (
        "difference",
        "Drivers will pay £385 a year for a permit from April, an increase of £95 on the current "
        "charge of £290.",
        "Drivers will pay £385 a year for a permit from April, an increase of £85 on the current "
        "charge of £290.",
    ),
]


MORE_CLAIMS += [
    # (forty-sixth round) "together accounting for" sums the parts before it, and is no part
    # of the partition it sits in
    (
        "total",
        "Of the 900 entrants, 300 and 250 came from Accra and Kumasi respectively, together "
        "accounting for 550. The other 350 were from elsewhere.",
        "Of the 900 entrants, 300 and 250 came from Accra and Kumasi respectively, together "
        "accounting for 650. The other 350 were from elsewhere.",
    ),
]


MORE_CLAIMS += [
    # (fifteenth set's misses) "but ... only B of them, leaving C" past a year between; a sum
    # "together covering" its parts, with a clause on what is left after it
    (
        "difference",
        "Farms cut 3.2 million bales of hay last year, but local buyers took only 1.1 million of "
        "them, leaving 2.1 million for export.",
        "Farms cut 3.2 million bales of hay last year, but local buyers took only 1.1 million of "
        "them, leaving 2.4 million for export.",
    ),
    (
        "total",
        "The state gave $1.5 million, the county $700,000 and donors $300,000, together covering "
        "$2.5 million and leaving $500,000 to find, mostly from sponsors.",
        "The state gave $1.5 million, the county $700,000 and donors $300,000, together covering "
        "$2.7 million and leaving $500,000 to find, mostly from sponsors.",
    ),
]


MORE_CLAIMS += [
    # (forty-fourth round) "N kg lighter than" is a difference; "the larger" names the part;
    # "turned over" is no bound
    (
        "difference",
        "The new bike weighs 17.8 kg, 2.2 kg lighter than the 20 kg model it replaces.",
        "The new bike weighs 17.8 kg, 3.2 kg lighter than the 20 kg model it replaces.",
    ),
    (
        "share",
        "The two plants turned over SEK 540m and SEK 360m, so the larger plant made 60% of the "
        "combined SEK 900m.",
        "The two plants turned over SEK 540m and SEK 360m, so the larger plant made 70% of the "
        "combined SEK 900m.",
    ),
]


MORE_CLAIMS += [
    # From the fifteenth held-aside set's misses and false alarm, and the forty-third round, in
    # wordings of our own: "N-point shift"; "each on average"; "four fiscal years" as a span;
    # a bare sum of money "spent" in the currency before it; seasons as a span; "or N each"
    # in the unit of the amount before it.
    (
        "points",
        "Turnout reached 64 per cent, up from 58 per cent in 2019, a six-point shift.",
        "Turnout reached 64 per cent, up from 58 per cent in 2019, a four-point shift.",
    ),
    (
        "average",
        "The 40 growers picked about 1.2 million kilograms, or roughly 30,000 each on average.",
        "The 40 growers picked about 1.2 million kilograms, or roughly 40,000 each on average.",
    ),
    (
        "cagr",
        "Sales reached €60.5 million in 2024-25, up from €50 million in 2020-21, or average "
        "growth of 4.9 per cent a year over the four fiscal years.",
        "Sales reached €60.5 million in 2024-25, up from €50 million in 2020-21, or average "
        "growth of 6.9 per cent a year over the four fiscal years.",
    ),
    (
        "change",
        "Upkeep cost 4.6 million Swiss francs this year, 17.9% more than the 3.9 million spent "
        "in 2019.",
        "Upkeep cost 4.6 million Swiss francs this year, 27.9% more than the 3.9 million spent "
        "in 2019.",
    ),
    (
        "change",
        "The herd grew from 80 to 120 cows over the three seasons since 2021, a 50% rise.",
        "The herd grew from 80 to 120 cows over the three seasons since 2021, a 40% rise.",
    ),
    (
        "average",
        "The 12 schools used 4,800 cubic metres, or 400 each.",
        "The 12 schools used 4,800 cubic metres, or 500 each.",
    ),
]


MORE_CLAIMS += [
    # (forty-first round) the figure reached restated on the base's footing; a multiple's
    # base is no share's part; a share's whole is no figure of a comparison
    (
        "change",
        "Plot rent rose to £50 a month, or £600 a year, from £500 a year, a 20% increase.",
        "Plot rent rose to £50 a month, or £600 a year, from £500 a year, a 30% increase.",
    ),
    (
        "share",
        "The mill will grind 80,000 tonnes a year, four times the old mill's 20,000 tonnes and "
        "40 per cent of the region's harvest of 200,000 tonnes.",
        "The mill will grind 80,000 tonnes a year, four times the old mill's 20,000 tonnes and "
        "50 per cent of the region's harvest of 200,000 tonnes.",
    ),
    (
        "difference",
        "The county had 6.0 million visitors in 2024, 12 per cent of the state's 50 million and "
        "400,000 more than the 5.6 million of 2020.",
        "The county had 6.0 million visitors in 2024, 12 per cent of the state's 50 million and "
        "600,000 more than the 5.6 million of 2020.",
    ),
]


MORE_CLAIMS += [
    # Cross-sentence readings from the eleventh set's misses, in wordings of our own.
    (
        "change",
        "LIMERICK, March 3, 2026 - Dairy farmers earned €212.5 million from cheese last year, the "
        "board said.\nThe 2025 figure compares with €196.0m a year earlier, an increase of 8.4 "
        "per cent.",
        "LIMERICK, March 3, 2026 - Dairy farmers earned €212.5 million from cheese last year, the "
        "board said.\nThe 2025 figure compares with €196.0m a year earlier, an increase of 9.4 "
        "per cent.",
    ),
    (
        "bound",
        "Councils collected more than £2.1bn in fines in 2024. The precise figure, £2.16bn, was "
        "shared among 340 councils.",
        "Councils collected more than £2.1bn in fines in 2024. The precise figure, £2.06bn, was "
        "shared among 340 councils.",
    ),
    (
        "bound",
        "The agency issued more than 3.4 million permits. The precise figure, published in an "
        "annex, was 3,452,100.",
        "The agency issued more than 3.4 million permits. The precise figure, published in an "
        "annex, was 3,352,100.",
    ),
]


MORE_CLAIMS += [
    # Readings from the twelfth set's misses (hold-167..184, read once spent), in wordings of
    # our own.
    (
        "average",  # the count beside the total, and the total is no count
        "The 48 depots that answered handled 103,200 parcels between them, an average of 2,150 "
        "each, and most said they were short of drivers.",
        "The 48 depots that answered handled 103,200 parcels between them, an average of 2,650 "
        "each, and most said they were short of drivers.",
    ),
    (
        "average",  # "spread over" divides; it is no bound
        "Ticket machines took the other £3.1 million, spread over 820,000 paid entries, an "
        "average of £3.78 an entry.",
        "Ticket machines took the other £3.1 million, spread over 820,000 paid entries, an "
        "average of £4.78 an entry.",
    ),
    (
        "change",  # a bound on a change said against a base after it
        "A pitch for a week now costs £1,480, more than 60 per cent above the £905 charged "
        "in 2021.",
        "A pitch for a week now costs £1,480, more than 70 per cent above the £905 charged "
        "in 2021.",
    ),
    (
        "difference",  # ", adding N" after a pair of the same things
        "The mill produced 54.6 million bricks, against 49.9 million a year earlier, adding "
        "4.7 million bricks despite a weak market.",
        "The mill produced 54.6 million bricks, against 49.9 million a year earlier, adding "
        "5.7 million bricks despite a weak market.",
    ),
    (
        "total",  # the words before "to" name the parts and count them
        "Sales to Austria were worth €212m, to Hungary €87m and to Slovenia €41m, lifting "
        "revenue from those three neighbours to €340m.",
        "Sales to Austria were worth €212m, to Hungary €87m and to Slovenia €41m, lifting "
        "revenue from those three neighbours to €370m.",
    ),
    (
        "multiple",  # a share set off by "equal to ... of" restates the figure before it
        "Germany bought 18,400 tonnes, equal to 41.2 pct of the total and roughly three times "
        "the 6,200 tonnes sold to Austria.",
        "Germany bought 18,400 tonnes, equal to 41.2 pct of the total and roughly four times "
        "the 6,200 tonnes sold to Austria.",
    ),
    (
        "difference",  # spans compared: "N months longer than the M months"
        "The average wait is now 26 weeks, nine weeks longer than the 17 weeks patients faced "
        "in 2019.",
        "The average wait is now 26 weeks, seven weeks longer than the 17 weeks patients faced "
        "in 2019.",
    ),
    (
        "points",  # a spelled-out "six-point decline" of a rate
        "The on-time rate fell to 82% from 88% a year ago, a six-point decline.",
        "The on-time rate fell to 82% from 88% a year ago, a four-point decline.",
    ),
    (
        "average",  # the count is the one the noun follows, not a figure past "across"
        "The chain sold 96,000 tickets across 412 screenings, an average of about 233 tickets "
        "per screening.",
        "The chain sold 96,000 tickets across 412 screenings, an average of about 333 tickets "
        "per screening.",
    ),
    (
        "bound",  # the one figure before a milestone in its own sentence
        "Drivers paid £7.62 million to park at the two hospitals in 2024-25, the first time "
        "parking income has gone above £7.5 million.",
        "Drivers paid £7.42 million to park at the two hospitals in 2024-25, the first time "
        "parking income has gone above £7.5 million.",
    ),
    (
        "points",  # a pair after a change of another clause ("..., and solar now meets")
        "Bills fell from Rs 12,400 to Rs 6,100, a drop of 50.8 per cent, and solar now meets 38 "
        "per cent of needs against 15 per cent a year ago, an increase of 23 percentage points.",
        "Bills fell from Rs 12,400 to Rs 6,100, a drop of 50.8 per cent, and solar now meets 38 "
        "per cent of needs against 15 per cent a year ago, an increase of 25 percentage points.",
    ),
    (
        "change",  # "over the decade" names the base as "over ten years" does
        "The herd stood at 2.31 million in 2024, compared with 2.40 million in 2023 and 2.02 "
        "million in 2014, an increase of 14% over the decade.",
        "The herd stood at 2.31 million in 2024, compared with 2.40 million in 2023 and 2.02 "
        "million in 2014, an increase of 24% over the decade.",
    ),
    (
        "difference",  # "an improvement of" a loss: its size, whichever way the loss moved
        "The club cut its loss to £2.4m from £3.9m a year earlier, an improvement of £1.5m.",
        "The club cut its loss to £2.4m from £3.9m a year earlier, an improvement of £1.9m.",
    ),
    (
        "change",  # "larger than the previous one": the pair the sentence before gives
        "The state set aside Rs 62 crore, up from Rs 40 crore in the previous budget.\nThe "
        "allocation is 55 per cent larger than the previous one.",
        "The state set aside Rs 62 crore, up from Rs 40 crore in the previous budget.\nThe "
        "allocation is 75 per cent larger than the previous one.",
    ),
    (
        "multiple",  # "so Brazil sent about 3.5 times as many": the one the clause names
        "Brazil's exports rose to 44.2 million bags while Colombia shipped 12.6 million bags, "
        "so Brazil sent about 3.5 times as many.",
        "Brazil's exports rose to 44.2 million bags while Colombia shipped 12.6 million bags, "
        "so Brazil sent about 4.5 times as many.",
    ),
    (
        "change",  # the restatement in the base's period is the figure compared
        "Rents averaged €1,420 a month, or €17,040 a year, about 9% more than the €15,630 a year "
        "tenants paid in Porto.",
        "Rents averaged €1,420 a month, or €17,040 a year, about 19% more than the €15,630 a "
        "year tenants paid in Porto.",
    ),
    (
        "difference",  # the whole a part is "of" is not the figure compared
        "Twelve of the forty-eight lifts stayed shut this winter, three fewer than last "
        "winter's fifteen.",
        "Twelve of the forty-eight lifts stayed shut this winter, five fewer than last "
        "winter's fifteen.",
    ),
    (
        "change",  # the span names the base: "over four years" back from 2025
        "Honey output reached 31,200 tonnes in 2025, compared with 27,400 tonnes in 2024 and "
        "22,600 tonnes in 2021, an increase of 38% over four years.",
        "Honey output reached 31,200 tonnes in 2025, compared with 27,400 tonnes in 2024 and "
        "22,600 tonnes in 2021, an increase of 48% over four years.",
    ),
    (
        "change",  # the comparison names whose figure it is
        "Leeds's depot handled 84,000 parcels a week in 2025 and York's 51,000, with Leeds's "
        "volume 12% higher than the 75,000 it managed in 2024.",
        "Leeds's depot handled 84,000 parcels a week in 2025 and York's 51,000, with Leeds's "
        "volume 22% higher than the 75,000 it managed in 2024.",
    ),
    (
        "change",  # "an increase of €32m or 8.4 per cent", the comma left out
        "Fare income rose to €412m from €380m, an increase of €32m or 8.4 per cent.",
        "Fare income rose to €412m from €380m, an increase of €32m or 9.4 per cent.",
    ),
    (
        "change",  # a size naming the whole ("310-vehicle fleet") is not the figure now
        "The council began the year with 46 electric buses in its 310-vehicle fleet, up from 31 "
        "a year ago, an increase of 15 or 48.4 per cent.",
        "The council began the year with 46 electric buses in its 310-vehicle fleet, up from 31 "
        "a year ago, an increase of 15 or 58.4 per cent.",
    ),
    (
        "share",  # the figure reached is the part, not its base
        "Export revenue rose to NOK 52.4 million from NOK 44.8 million, taking exports to 58.2 "
        "per cent of total sales of NOK 90.0 million.",
        "Export revenue rose to NOK 52.4 million from NOK 44.8 million, taking exports to 68.2 "
        "per cent of total sales of NOK 90.0 million.",
    ),
    (
        "change",  # a change said in the next sentence of a pair ("The 23.5 pct jump")
        "Visits rose to 2.31 million last year from 1.87 million in 2022.\nThe 23.5 pct jump "
        "came mainly from the public saunas.",
        "Visits rose to 2.31 million last year from 1.87 million in 2022.\nThe 28.5 pct jump "
        "came mainly from the public saunas.",
    ),
    (
        "cagr",  # "shrunk by an average 5.7 pct a year": no "of", still a fall
        "Exports came to 11,600 tonnes last year, against 20,900 tonnes in 2013, so they have "
        "shrunk by an average 6.3 pct a year over nine years.",
        "Exports came to 11,600 tonnes last year, against 20,900 tonnes in 2013, so they have "
        "shrunk by an average 8.3 pct a year over nine years.",
    ),
]


MORE_CLAIMS += [
    # Readings from the eleventh set's misses (hold-149..166, read once spent) and the sixth
    # and seventh trap rounds, in wordings of our own.
    (
        "difference",
        "Last year the chain opened 64 cafes and closed 19, a net gain of 45.",
        "Last year the chain opened 64 cafes and closed 19, a net gain of 55.",
    ),
    (
        "difference",
        "In 2024, 2,310 branches shut while 870 new ones opened, a net loss of 1,440.",
        "In 2024, 2,310 branches shut while 870 new ones opened, a net loss of 1,540.",
    ),
    (
        "total",
        "The clinic employs 48 nurses and 17 doctors, a combined staff of 65.",
        "The clinic employs 48 nurses and 17 doctors, a combined staff of 75.",
    ),
    (
        "total",
        "The museum owns 930 paintings: 610 oils and 320 watercolours.",
        "The museum owns 930 paintings: 610 oils and 380 watercolours.",
    ),
    (
        "share",
        "Roughly 41 million of the region's 160 million adults have a pension, or about a quarter.",
        "Roughly 41 million of the region's 160 million adults have a pension, or about a third.",
    ),
    (
        "average",
        "The city raised £96m from the levy across some 1.2 million trips, or about £80 for "
        "each, once exemptions were counted.",
        "The city raised £96m from the levy across some 1.2 million trips, or about £60 for "
        "each, once exemptions were counted.",
    ),
    (
        "average",
        "The 12.5-kilometre tunnel will cost €900 million, or about €72 million per kilometre.",
        "The 12.5-kilometre tunnel will cost €900 million, or about €62 million per kilometre.",
    ),
    (
        "bound",
        "Wind supplied 38.2 pct of the grid's power, still more than a third of the total.",
        "Wind supplied 31.2 pct of the grid's power, still more than a third of the total.",
    ),
    (
        "change",
        "The infant death rate fell to 3.4 per 1,000 live births, 15% lower than the rate of "
        "4.0 per 1,000 in 2015.",
        "The infant death rate fell to 3.4 per 1,000 live births, 25% lower than the rate of "
        "4.0 per 1,000 in 2015.",
    ),
    (
        "difference",
        "Members fell to 5,480 from 6,020, or 540 fewer, and the waiting list grew to about 300.",
        "Members fell to 5,480 from 6,020, or 640 fewer, and the waiting list grew to about 300.",
    ),
]


MORE_CLAIMS += [
    (
        "change",
        "The average rent reached £1,280 in March. That compares with £1,190 a year earlier, an "
        "increase of 7.6 per cent.",
        "The average rent reached £1,280 in March. That compares with £1,190 a year earlier, an "
        "increase of 9.6 per cent.",
    ),
    (
        "average",
        "The plan to build 1.2 million homes by 2030 would need an average of about 200,000 "
        "starts a year over six years.",
        "The plan to build 1.2 million homes by 2030 would need an average of about 260,000 "
        "starts a year over six years.",
    ),
    (
        "average",
        "The goal of 2.4 million trees in the eight years to 2032 means about 300,000 plantings "
        "a year.",
        "The goal of 2.4 million trees in the eight years to 2032 means about 380,000 plantings "
        "a year.",
    ),
    (
        "difference",
        "Harbour ferry fare goes up 40 cents as council lifts budget\n\nThe single ferry fare "
        "will cost $3.60 from March, up from $3.20, a rise of 12.5 per cent.",
        "Harbour ferry fare goes up 60 cents as council lifts budget\n\nThe single ferry fare "
        "will cost $3.60 from March, up from $3.20, a rise of 12.5 per cent.",
    ),
    (
        "share",
        "Ghana had 41.2 million mobile lines at the end of June, up 3 percent. The leading "
        "carrier kept its place with 24.3 million lines, or 59 per cent of the market.",
        "Ghana had 41.2 million mobile lines at the end of June, up 3 percent. The leading "
        "carrier kept its place with 24.3 million lines, or 69 per cent of the market.",
    ),
    (
        "share",
        "Group sales rose 5 percent to CHF 8.1 billion. The company spent CHF 1.6 billion on "
        "research and new plants, a fifth of sales.",
        "Group sales rose 5 percent to CHF 8.1 billion. The company spent CHF 2.6 billion on "
        "research and new plants, a fifth of sales.",
    ),
    (
        "share",
        "The archive lent 8.8 million books in 2022, up 3 percent from 8.5 million. Audiobooks "
        "rose 20 percent to 1.8 million from 1.5 million, and now make up 20 percent of all "
        "loans.",
        "The archive lent 8.8 million books in 2022, up 3 percent from 8.5 million. Audiobooks "
        "rose 20 percent to 1.8 million from 1.5 million, and now make up 29 percent of all "
        "loans.",
    ),
]


# Read once the sixth held-aside set (hold-71..82) was spent; each row written afresh here.
MORE_CLAIMS += [
    # A percent restating a change by an amount, or opening the next sentence on it.
    (
        "change",
        "Season tickets will cost £540, down from £600. That is a cut of £60, or 10 per cent.",
        "Season tickets will cost £540, down from £600. That is a cut of £60, or 12 per cent.",
    ),
    (
        "change",
        "Season tickets will cost £540, down from £600. That is a reduction of 10 per cent.",
        "Season tickets will cost £540, down from £600. That is a reduction of 14 per cent.",
    ),
    (
        "change",
        "Farmers get 61 cents a litre, 4 cents less than the 65 cents paid in spring. The 6.2% "
        "drop follows a weak auction.",
        "Farmers get 61 cents a litre, 4 cents less than the 65 cents paid in spring. The 8.2% "
        "drop follows a weak auction.",
    ),
    (
        "change",
        "The grant was set at $4.6 billion, down from $5.0 billion. It is $0.4 billion smaller "
        "than last year's, a reduction of 8 per cent.",
        "The grant was set at $4.6 billion, down from $5.0 billion. It is $0.4 billion smaller "
        "than last year's, a reduction of 12 per cent.",
    ),
    # Shares said with "meaning" or "a ... rate of", over "of which" or "of those".
    (
        "share",
        "About 640 claims were lodged, and 208 of those were paid, an approval rate of 32.5%.",
        "About 640 claims were lodged, and 208 of those were paid, an approval rate of 38.5%.",
    ),
    # An average per unit of a measured amount ("a tonne").
    (
        "average",
        "Mills paid 42 mln dollars in levies on 2.8 mln tonnes of cane, about 15 dollars a tonne.",
        "Mills paid 42 mln dollars in levies on 2.8 mln tonnes of cane, about 19 dollars a tonne.",
    ),
    # "four times as much": the later figure over the earlier.
    (
        "multiple",
        "A day pass costs €9, while a weekly ticket costs €27, three times as much.",
        "A day pass costs €9, while a weekly ticket costs €27, four times as much.",
    ),
]


MORE_CLAIMS += [
    # A rise by an amount to a level, then its percent before the noun.
    (
        "change",
        "The club raised the annual fee by $30 to $330 in March, a 10% increase.",
        "The club raised the annual fee by $30 to $330 in March, a 13% increase.",
    ),
    # "a year over five years" is a yearly rate over a span.
    (
        "cagr",
        "The network ended 2025 with 640 chargers, up from 200 at the end of 2020, growth that "
        "works out to about 26 per cent a year over five years.",
        "The network ended 2025 with 640 chargers, up from 200 at the end of 2020, growth that "
        "works out to about 31 per cent a year over five years.",
    ),
    # A headline bound on a body figure counted by another word for the same things.
    (
        "bound",
        "Storm leaves more than 40,000 homes without power\n\nThe utility said 41,300 "
        "households were still cut off on Sunday.",
        "Storm leaves more than 40,000 homes without power\n\nThe utility said 39,300 "
        "households were still cut off on Sunday.",
    ),
    # Revenue said after the profit ("on sales of").
    (
        "share",
        "Net profit rose to $42 million on sales of $600 million, lifting the net margin to 7%.",
        "Net profit rose to $42 million on sales of $600 million, lifting the net margin to 9%.",
    ),
]


MORE_CLAIMS += [
    # A gap between two figures set "against" each other.
    (
        "difference",
        "Nurses earn a median $71,200 against $64,900 for care aides, a gap of $6,300.",
        "Nurses earn a median $71,200 against $64,900 for care aides, a gap of $8,300.",
    ),
    # An approximate difference said with a comparative.
    (
        "difference",
        "The fair drew 48,310 visitors this year, some 3,900 fewer than the 52,240 of 2019.",
        "The fair drew 48,310 visitors this year, some 5,900 fewer than the 52,240 of 2019.",
    ),
    # "by X, or P, to Y" after a verb with its object between.
    (
        "change",
        "The council will raise the parking permit fee by $12, or 8 percent, to $162.",
        "The council will raise the parking permit fee by $12, or 11 percent, to $162.",
    ),
    # An amount set off after a change restates its difference.
    (
        "difference",
        "The average rent will be $1,480, up 4.2 per cent from $1,420, or an extra $60.",
        "The average rent will be $1,480, up 4.2 per cent from $1,420, or an extra $80.",
    ),
    # Two dated figures and a span that agrees with their years.
    (
        "cagr",
        "The city had 310 electric buses in 2018 and 905 at the end of 2024, growth of about "
        "19.5 per cent a year over those six years.",
        "The city had 310 electric buses in 2018 and 905 at the end of 2024, growth of about "
        "23.5 per cent a year over those six years.",
    ),
    # A share of a whole named after it: "which ... put at".
    (
        "share",
        "Exports reached $3.1 billion, or 6.2 per cent of economic output, which the "
        "statistics office put at $50 billion.",
        "Exports reached $3.1 billion, or 8.2 per cent of economic output, which the "
        "statistics office put at $50 billion.",
    ),
    # ", out of W ..." after a long clause, then the share set off.
    (
        "share",
        "Some 1,150 pupils passed the advanced test this summer, the board said, out of 4,600 "
        "who sat it - 25 per cent.",
        "Some 1,150 pupils passed the advanced test this summer, the board said, out of 4,600 "
        "who sat it - 35 per cent.",
    ),
    (
        "share",
        "Growers sold $640 million out of total farm sales of $2.0 billion, or 32 per cent.",
        "Growers sold $640 million out of total farm sales of $2.0 billion, or 42 per cent.",
    ),
    (
        "share",
        "Rail carried 2.7 million of the 9.0 million tonnes shipped through the harbour, "
        "or 30 per cent.",
        "Rail carried 2.7 million of the 9.0 million tonnes shipped through the harbour, "
        "or 38 per cent.",
    ),
]


# Headline bounds over the lede: the lede's one figure of the kind near the bound, or the
# figure whose sentence names the headline's subject.
HEADLINE_BOUNDS = [
    (
        "Water users pass 2 million as city grows\n\nThe utility served 2.07 million "
        "customers in June, up 3 pct from 2.01 million a year earlier.",
        "consistent",
    ),
    # The lede's clause does not name the users: a guess, never an alarm.
    (
        "Water users pass 2 million as city grows\n\nThe utility served 1.97 million "
        "customers in June, up 3 pct from 1.91 million a year earlier.",
        "unverifiable",
    ),
    (
        "Water users pass 2 million as city grows\n\nThe number of water users reached 1.97 "
        "million in June, up 3 pct from 1.91 million a year earlier.",
        "inconsistent",
    ),
    # Last year's figure after "up by more than a quarter on the" is not what passed the bound.
    (
        "Museum visits top 2 million\n\nLYON, Jan 5, 2025 - The museum was visited 2.1 million "
        "times in 2024, up by more than a quarter on the 1.6 million visits recorded in 2023.",
        "consistent",
    ),
    # An approximate lede figure under a headline bound (hold-101..112, read once spent).
    (
        "Book fair sales stay below $60m\n\nBOSTON, June 2, 2025 - The city's book fair "
        "closed with about $57 million of sales, its weakest in four years.",
        "consistent",
    ),
    (
        "Group sales rise 4% as new vaccine Korvax tops 2 billion euros\n\nGroup sales rose "
        "4 percent to 21.6 billion euros. Korvax alone doubled its sales to 2.3 billion euros.",
        "consistent",
    ),
]


FRACTION_BOUNDS = [
    # A fraction bounding a percent: sure when the percent is set off right after it, a guess
    # across sentences (hold-101..112, read once spent; wordings of our own).
    ("More than half of members, 52 percent, voted to strike.", "consistent"),
    ("More than half of members, 47 percent, voted to strike.", "inconsistent"),
    ("Fewer than one in four adults, 27 percent, own a bicycle.", "inconsistent"),
    (
        "Bus fares rise by more than a third\n\nLEEDS, May 1, 2025 - The single fare rose to "
        "£2.80 from £2.05, an increase of 36.6 per cent.",
        "consistent",
    ),
    (
        "Bus fares rise by more than two-fifths\n\nLEEDS, May 1, 2025 - The single fare rose to "
        "£2.80 from £2.05, an increase of 36.6 per cent.",
        "unverifiable",
    ),
]


@pytest.mark.parametrize("text,verdict", FRACTION_BOUNDS)
def test_fraction_bounds(text, verdict):
    assert ("bound", verdict) in verdicts(text)


def test_a_fraction_of_people_bounds_no_change():
    text = "More than half of the 1,200 staff work remotely; revenue rose 55%."
    assert all(kind != "bound" for kind, _ in verdicts(text))


@pytest.mark.parametrize("text,verdict", HEADLINE_BOUNDS)
def test_headline_bounds(text, verdict):
    assert ("bound", verdict) in verdicts(text)


def test_a_passed_budget_is_no_bound():
    text = (
        "Council passes $42 million budget for parks\n\nThe council approved spending of "
        "$40.6 million on Tuesday."
    )
    assert ("bound", "inconsistent") not in verdicts(text)


# Correct sentences written to trip the readings added after hold-71..82 was spent (each
# raised a false alarm once, or would have): none may be called inconsistent.
NO_ALARMS_SEVENTH = [
    "Exports beat forecasts by 3%, reaching $4.1 billion.",
    "The index topped 5,000 by noon, up 2% on the day.",
    "The team beat Leeds by 12 points to 4 in 2024, winning 60% of its games.",
    (
        "Sales rose to $5.1 billion from $4.8 billion.\n\nWhat about costs?\nThat is a question "
        "the board did not answer, though margins fell 3%."
    ),
    (
        "Membership reached 41,000 in June, up from 38,000.\n\nWho joined?\nA year earlier the "
        "figure was 12,000 for students alone, so student numbers grew by 15 per cent."
    ),
    (
        "Exports reached $12.4 billion in 2024. A year earlier the figure was $11.0 billion for"
        " imports, and imports rose 4 per cent."
    ),
    (
        "The council spent $4.2 million on parks, up from $3.9 million. The new pool is $0.3 "
        "million larger, a rise of 20% on the old design."
    ),
    (
        "The firm earns $310 a ton on coal. A typical mine worker earns $1,200 a week, about "
        "four times the national average."
    ),
    (
        "The median home sold for $620,000 in May. A typical new car now costs $48,000, about "
        "three times the price of 2005."
    ),
    (
        "Ridership reached 2.1 million in 2024, up from 1.9 million.\n\nHow does it compare?\nLast"
        " year it was the third-busiest network, and fares rose 5 per cent."
    ),
    (
        "Revenue rose to £812 million from £760 million. The 6.8% increase in staff costs was "
        "offset by lower energy bills."
    ),
    (
        "The typical bill will be £1,720, down from £1,849. That is a reduction in standing "
        "charges of 7 per cent."
    ),
    (
        "Prices fell to $4.10 from $4.40. That was a 12% cut in the number of stalls, officials"
        " said."
    ),
    (
        "The grant fell to $3.1 million from $3.4 million. The 15% reduction in staff follows a"
        " review."
    ),
    (
        "Output reached 4.2 million tonnes, 0.3 million tonnes more than the 3.9 million tonnes"
        " forecast. The 8% gain in exports was driven by Asia."
    ),
    "Ticket sales fell by 3,000 to 41,000, while season-ticket holders rose 2% to 18,500.",
    (
        "The fund has 8,000 members, of which 1,200 live abroad, meaning 60% of staff work from"
        " home."
    ),
    (
        "About 640 claims were lodged, and 208 of those were paid, an approval rate of 71% for "
        "online claims last year."
    ),
    (
        "The plant processed 5.3 mln tonnes of ore on 96 mln euros of power, about 12 euros a "
        "megawatt hour."
    ),
    "A day pass costs €9, while a weekly ticket costs €27, three times as much as in 2019.",
    (
        "The line opened with 12,000 riders a day and carried 30,000 by 2024; the rival line "
        "carried twice its opening level."
    ),
    (
        "Profit came to $3.9 billion on sales of $41 billion, about three times the rate of "
        "inflation."
    ),
    (
        "Revenue was $12 billion in 2024. Operating profit in 2023 had been $1.1 billion, and "
        "the margin rose to 10%."
    ),
    ("Net profit rose to $40 million on sales of $500 million, while the gross margin was 35%."),
    (
        "The company earned $2 million on revenue of $80 million in 2022. In 2024 it earned $5 "
        "million, and its margin widened to 4%."
    ),
    (
        "Storm leaves more than 40,000 homes without power\n\nThe utility said 38,000 homes had "
        "been reconnected by Sunday, and 41,300 households were still cut off."
    ),
    "Council passes $42 million budget\n\nThe council voted to spend $40.6 million on roads.",
    (
        "Exports pass $5 billion for first time\n\nImports reached $4.8 billion in May, the "
        "ministry said."
    ),
    "The club raised the annual fee by $30 to $330 in March, a 10% increase in members.",
    ("Membership rose by 300 to 3,300 in March, a 10% increase on the year, while fees rose 4%."),
    (
        "Rents average $1,480, up 4.2 per cent from $1,420, and an extra $60 service charge "
        "applies to new leases."
    ),
    (
        "Nurses earn a median $71,200 against $64,900 a year earlier, a gap with care aides of "
        "$6,300."
    ),
    (
        "The fair drew 48,310 visitors this year, some 3,900 fewer than organisers had hoped "
        "for when they set a target of 55,000."
    ),
    (
        "The mill produced 2.7 million of the 9.0 million tonnes of sugar, and another 2.1 "
        "million tonnes of ethanol, or 30 per cent of its capacity."
    ),
    (
        "Exports reached $3.1 billion, or 6.2 per cent of the total, which the ministry said "
        "was worth $50 billion in 2010."
    ),
    (
        "Some 1,150 pupils passed the test this summer, the board said, out of 4,600 who sat it"
        " in 2019 - 40 per cent more than then."
    ),
    (
        "Growers sold $640 million of wine out of total farm sales of $2.0 billion last year, "
        "or 12 per cent more than in 2023."
    ),
    (
        "The network had 200 chargers in 2020 and 640 at the end of 2025; prices rose about 26 "
        "per cent a year over those five years."
    ),
    (
        "Output grew from 210 tonnes in 2019 to 318 tonnes last year, and wages grew almost 3 "
        "per cent a year over the four years."
    ),
    (
        "Revenue climbed to 4.2 mln euros in 2021 from 3.6 mln euros five years earlier, while "
        "costs rose an average of 3.1 pct a year over the decade."
    ),
    (
        "Revenue reached 1.86 trillion won in 2025, a 9.4% increase on the 1.70 trillion won a "
        "year earlier. Drinks brought in 1.31 trillion won, food 380 billion won and other "
        "items such as gifts 170 billion won."
    ),
    (
        "India produced 151.1 million tonnes of steel. Mills ran at 76.1% of capacity, which "
        "analysts put at a record."
    ),
    (
        "The debt rose to NZ$175.6 billion. It equalled 42.5 per cent of GDP, which the "
        "Treasury put at its highest since 1994."
    ),
    "Sales fell by $2 million to $18 million, a 10% drop in the number of outlets.",
]


NO_ALARMS_SEVENTH += [
    # In wordings of our own after the fifteenth trap round: a headline whose change the body
    # says with its amount ("an increase of ₹155 crore or 14.3 per cent"); an average in
    # other things than the total before it; a share "of exports" beside "total sales".
    "Ferry fares jump 8.4% as fuel bill passes €90m\nCORK, June 2, 2025 - Fare income rose to "
    "€412m from €380m, an increase of €32m or 8.4 per cent.\nUnclaimed refunds grew 20.5 per "
    "cent to €4.7m from €3.9m.",
    "The fair showed 212 films from 48 countries across 530 screenings, an average of about "
    "140 admissions per screening.",
    # After the sixteenth trap round: another share's whole is no part; a change after the
    # pair's own change is of something else.
    "Men make up 64% of the 2,800 drivers at the depot and 30% of its 900 office staff; "
    "altogether 2,062 of the 3,700 employees are men, or 56%.",
    "The margin widened to 9.4% from 7.7%, an improvement of 1.7 percentage points, despite a "
    "12 pct rise in the price of steel.",
    # After the seventeenth trap round: a part of a part is no partition; a restatement in
    # another period is not the figure compared; "helped by" is no margin; a rate is no count;
    # things added are not the capacity they carry to.
    "Of the 6,200 who applied, 4,100 passed the theory test, and 2,900 of those also passed "
    "the road test.",
    "Rent reached €1,240 a month, or €14,880 a year, 6% more than the €1,170 paid monthly a "
    "year earlier.",
    "Crews fixed 2,310 leaks, 18.3 per cent more than the 1,953 of 2024, helped by 1,400 new "
    "sensors.",
    "The 3.1 megawatts of panels produced 2,790 megawatt-hours, or 900 kilowatt-hours for every "
    "kilowatt, and sales of NOK 4.46 million, about NOK 1.60 per kilowatt-hour.",
    "The fair added four halls, including a 3,000-seat arena, bringing capacity to 21,600 from "
    "16,400, a rise of 31.7 per cent.",
    # After the eighteenth: a base is not the figure compared later; "That" with a name the
    # sentence before does not hold is a guess.
    "Visitors reached 4.2 million in 2024, up from 3.9 million in 2023 but still 12% below the "
    "4.8 million of 2019.",
    "Exports to Japan slid to €1.31bn in 2024. Sales to Canada rose to €2.24bn from €2.10bn, "
    "up 6.7%. That left Japan 14.4% below its 2023 level of €1.53bn.",
    # After the nineteenth: a colon list's whole, not its last part, is the figure now; a
    # cumulative rise beside a yearly rate is no yearly rate; a bare base counts what its
    # sentence's last scaled count counts.
    "Fines totalled €36m this year: €17m for ports, €11m for airports and €8m for rail, "
    "against €30m last year, a rise of 20%.",
    "Sales grew to $31.5 million in 2025 from $21.0 million in 2020, a cumulative increase of "
    "50 per cent and a compound annual growth rate of 8.4 per cent.",
    "The museum's new wing, which cost €48 million, helped draw 2.12 million visitors in 2025, "
    "up 6 per cent from 2.0 million the year before.",
    # After the twentieth: an improvement of a deficit or a loss has no way to check; a
    # possessive object of a multiple is compared with, not compared.
    "The operating deficit narrowed to €164 million in 2024 from €205 million, a 20% improvement.",
    "The net loss narrowed to A$72m from A$180m, an improvement of A$108m, or 60%.",
    "At 3,120 tonnes, Peru's exports were nearly three times Bolivia's 1,090 tonnes and 30% "
    "above the 2,400 tonnes shipped from Ecuador.",
    # After the twenty-first: an average annual rate is never a plain change.
    "PERTH, March 2, 2026 - Membership has grown to 2,410 from 1,980 in 2021, an average "
    "annual increase of 4.0 per cent, and from 2,330 a year earlier.",
    "Export revenue rose to NOK 52.4 million from NOK 44.8 million, taking exports to 58.2 per "
    "cent of total sales of NOK 90.0 million.\nSweden was the biggest market at NOK 19.1 "
    "million, almost 36 per cent of exports.",
    # Written to trip the fraction bounds (hold-101..112's session).
    "More than half of voters, 38 percent of them women, backed the plan.",
    "More than a third of the budget, 12 percent more than last year, goes to schools.",
    "Fewer than a quarter of firms, 31 percent of which are in Ohio, pay the tax.",
    # Written after reading the ninth set's false alarms (hold-113..130).
    "Together the co-ops farm 8,400 hectares, an average of 12 hectares each, although the "
    "five largest run more than 300 hectares.",
    "Nine bidders offered a combined 2,950 MW. The four winners took 1,240 MW. Building them "
    "will cost $4.1 billion, or about $3.3 million for every megawatt installed.",
    "Fees reached $48 million, roughly $160 per passport issued once larger 60-page booklets "
    "were included.",
    "In Leeds, 9,100 people are waiting for a test at one of the city's four centres, or 21.5% "
    "of the national total.",
    "The depot's fuel bill came to £3.2m, almost 40% of the subsidy. Next year the council "
    "plans to cut the subsidy to £6.1m.",
    # A pair dated by years is not the pair of a change of something else.
    "Sales were $5.1bn in 2023 and $6.4bn in 2024, while costs rose 3%.",
    # Written after reading the eleventh set's false alarms (hold-149..166): "a year earlier"
    # dates a figure, it is no rate; "of them" is not of last year's figure; a total dated
    # years before the average is a guess.
    "Premiums rose 15% over four years. The average rabbit policy now costs £96, compared with "
    "£88 a year earlier.",
    "Applications reached 58,000 this year. That was 16 per cent more than the 50,000 filed in "
    "2023. Online forms made up 41,000 of them, or 70.7 per cent.",
    "BERLIN, June 3, 2024 - The cooperative's loan portfolio, the sum still lent out at the year "
    "end, stood at €180m. Ten years ago, in 2014, the portfolio was only €96m. Spread across its "
    "120 branches, the current portfolio works out at about €1.5m a branch.",
    "Sales were $5.1bn in 2023 and $6.4bn in 2024, and staff costs rose 3%.",
    "The league lost members last year, with 1,210 resignations against 940 new sign-ups, a "
    "net fall of 270.",
    # Written to trip the rules read from hold-113..130's misses.
    "The council spent £4.2m in 2022 and £4.6m in 2023, a gain of 3 per cent once inflation "
    "is stripped out.",
    "The council spent £4.2m in 2022 and £4.6m in 2023, a real-terms rise of 3 per cent.",
    "Profit came to $2.14 billion, compared with $2.52 billion a year earlier, a shortfall of "
    "$140 million against the company's own forecast.",
    "Wheat sold at $290 a tonne, while maize fetched $210 a tonne. That left a margin of $40 on "
    "each tonne after freight.",
    "Firefighting cost the state A$212 million over the 74-day emergency, an average of about "
    "A$1.2 million a day on aircraft alone.",
    "Output reached 1.2 million tonnes while demand was 1.1 million tonnes, leaving a surplus of "
    "0.3 million tonnes in the north alone.",
    # A span said that disagrees with the years beside the figures (hold-131..148's session).
    "The county pays £8.6 million a year under a deal renewed in 2022, against £5.9 million in "
    "2018, an increase averaging 7.8% a year over those five years.",
    # "other units" closes a list only as its last part.
    "Group revenue reached NOK 9.46 billion. Farming brought in NOK 5.12 billion, with other "
    "units at NOK 4.34 billion, and the feed arm NOK 2.37 billion.",
    "Group revenue reached NOK 9.46 billion. Farming brought in NOK 5.12 billion and other "
    "units NOK 4.34 billion, the feed arm alone NOK 2.37 billion.",
    "Over half of the city budget goes to police\n\nDENVER, May 1, 2025 - The police budget "
    "rose 4% to $910 million. In a poll, 35 percent of residents said they felt safe.",
    # Written against this session's new readings (colon lists, nets, fraction bounds).
    "The squad has 25 players: 10 forwards and 8 defenders.",
    "The council has 60 seats: Labour 31, Conservatives 22, others 7.",
    "It opened 152 outlets and shut 37 in the first half, for a net gain of 190 since 2020.",
    "Some 51% of voters backed him, less than a third of them women.",
    "The airline flies 40 routes: 12 were added this year and 5 dropped.",
    "The fund holds 30 stocks: 12 in Europe and 9 in Asia.",
    "The party gained 14 seats and lost 9, for a net gain of 5.",
    "The firm hired 40 people and lost 12 to retirement, a net increase of 28 on a workforce "
    "of 400.",
]


# 5,881 correct passages and articles built to trap a naive reader (a share of another whole,
# a real-terms change, a margin beside a share, another city's figure after "compared with", a
# headline about another series than the body's first, averages over a subgroup, two changes
# in one sentence, a share of a share, a gap to a target, a margin of error, rates per 1,000,
# bases named but not given, parallel multiples, scores beside attendances, caps "up to", units
# of one kind in two scales, two bases of two periods), written blind to the rules for this
# project in sixty-one rounds; when first run they raised 6 false alarms in 95, 12 in 130, 13
# in 160, 12 in 190, 4 in 123, 6 in 92, 6 in 92, 8 in 120, 7 in 92, 4 in 92, 8 in 92, 9 in 92,
# 6 in 92, 8 in 92, 8 in 92, 2 in 92, 5 in 95, 4 in 92, 3 in 92, 6 in 92, 2 in 92, 6 in 92,
# 6 in 92, 4 in 92, 5 in 92, 5 in 92, 6 in 92, 4 in 92, 4 in 92, 6 in 92, 3 in 92, 4 in 92,
# 6 in 92, 3 in 92, 4 in 92, 7 in 92, 2 in 92, 4 in 92, 4 in 92, 3 in 92, 7 in 92, 4 in 92,
# 4 in 92, 5 in 92, 8 in 92, 2 in 92, 3 in 92, 1 in 92, 3 in 92, 5 in 92, 1 in 92, 2 in 92,
# 5 in 92, 4 in 92, 3 in 92, 5 in 92, 3 in 92, 5 in 92, 9 in 92, 2 in 92 and 3 in 92 (2026-11-29
# and 30), all fixed by general rules.
CORRECT_TRAPS = json.loads((ROOT / "tests" / "data" / "correct_traps.json").read_text("utf-8"))


@pytest.mark.parametrize("item", CORRECT_TRAPS, ids=lambda item: item["trap"][:40])
def test_no_alarms_on_correct_traps(item):
    assert all(verdict != "inconsistent" for _, verdict in verdicts(item["text"]))


@pytest.mark.parametrize("text", NO_ALARMS_SEVENTH)
def test_no_alarms_on_correct_sentences(text):
    assert "inconsistent" not in {v for _, v in verdicts(text)}


def test_a_share_said_with_meaning_is_read_but_never_alarms():
    text = (
        "The fund has 8,000 members, of which 1,200 live abroad, meaning 15 per cent of members "
        "vote by post."
    )
    assert ("share", "consistent") in verdicts(text)
    assert ("share", "unverifiable") in verdicts(text.replace("15 per cent", "25 per cent"))


# Averages whose total or count sits in the sentence before, found by words: guesses, shown
# when they fit and never alarms (the wrong figure is given second).
AVERAGES_GUESSED = [
    (
        "Canteens served 12.4 million school dinners last year. The scheme cost £31.0m, an "
        "average of £2.50 for every plate served.",
        "£2.50",
        "£3.50",
    ),
    (
        "Ticket revenue reached €84.2 million. With 1.21 million seats sold, the theatre took in "
        "an average of about €70 for each one.",
        "€70",
        "€90",
    ),
    (
        "Clubs spent £610m on players. The 16 clubs made 48 signings between them, at an average "
        "fee of about £12.7m.",
        "£12.7m",
        "£15.7m",
    ),
    (
        "Insurers paid £3.3bn on storm claims. With about 410,000 claims settled, the average "
        "payout worked out at roughly £8,050.",
        "£8,050",
        "£10,050",
    ),
]


@pytest.mark.parametrize("text,right,wrong", AVERAGES_GUESSED)
def test_averages_guessed_across_sentences(text, right, wrong):
    assert ("average", "consistent") in verdicts(text)
    assert ("average", "unverifiable") in verdicts(text.replace(right, wrong))


def test_a_multiple_of_a_figure_said_before_is_read_but_never_alarms():
    text = (
        "The average premium reached £635 in the final quarter. A typical 17-year-old now pays "
        "£1,930 for cover, about three times the overall average."
    )
    assert ("multiple", "consistent") in verdicts(text)
    assert ("multiple", "unverifiable") in verdicts(text.replace("three times", "five times"))


def test_a_change_restated_with_a_monthly_rate_after_it():
    text = (
        "A typical household will be charged £1,720 a year, down from £1,849. That is a "
        "reduction of £129, or 7.0 per cent, and works out at roughly £143 a month."
    )
    assert ("difference", "consistent") in verdicts(text)
    assert ("difference", "inconsistent") in verdicts(text.replace("£129", "£149"))


MORE_CLAIMS += [
    # An explainer's question between a change and the sentence that restates it.
    (
        "change",
        "The ministry set aside $4.2 billion for roads, down from $4.6 billion.\n\nHow big "
        "is the cut?\nThat is $0.4 billion less, a reduction of 8.7%.",
        "The ministry set aside $4.2 billion for roads, down from $4.6 billion.\n\nHow big "
        "is the cut?\nThat is $0.4 billion less, a reduction of 4.7%.",
    ),
    # "A year earlier the figure was X, so ... expanded by P": this period's figure before.
    (
        "change",
        "Card debt reached $41.3 billion in June.\n\nHow fast is it growing?\nA year earlier "
        "the figure was $37.2 billion, so balances grew by 11 per cent.",
        "Card debt reached $41.3 billion in June.\n\nHow fast is it growing?\nA year earlier "
        "the figure was $37.2 billion, so balances grew by 15 per cent.",
    ),
    # "The 6.2% decline left ..." with comparisons of its own after it.
    (
        "change",
        "The port moved 2.71 million TEU, down from 2.89 million TEU. The 6.2% decline left it "
        "well below the 3.1 million TEU it was built for.",
        "The port moved 2.71 million TEU, down from 2.89 million TEU. The 8.2% decline left it "
        "well below the 3.1 million TEU it was built for.",
    ),
]


MORE_CLAIMS += [
    # "beat X by P": the clause's own figure over the one beaten (hold-83..100, spent).
    (
        "change",
        "The zoo drew 2.21 million visitors, a record that beat the 1.92 million of 2019 by 15.1 "
        "per cent.",
        "The zoo drew 2.21 million visitors, a record that beat the 1.92 million of 2019 by 19.1 "
        "per cent.",
    ),
    (
        "change",
        "The appeal raised $2.6 million, beating its $2.5 million goal by $100,000 and topping "
        "the previous year's $2.2 million by 18.2%.",
        "The appeal raised $2.6 million, beating its $2.5 million goal by $100,000 and topping "
        "the previous year's $2.2 million by 28.2%.",
    ),
    # A turnaround from a loss to a profit is their sum.
    (
        "total",
        "Net profit came to €7.3m, against a loss of €2.1m a year earlier, a turnaround of €9.4m.",
        "Net profit came to €7.3m, against a loss of €2.1m a year earlier, a turnaround of €5.2m.",
    ),
    # A share set off with only "about" after the whole's long noun.
    (
        "share",
        "Inspectors checked 3,100 of the 96,000 lorries that crossed the border during the "
        "year, about 3.2 per cent.",
        "Inspectors checked 3,100 of the 96,000 lorries that crossed the border during the "
        "year, about 4.2 per cent.",
    ),
]


def test_a_second_comparison_keeps_its_own_figure():
    text = (
        "Volumes fell 5%, leaving the port some 90,000 TEU short of last year's total and well "
        "below the 2.4 million TEU it was built for."
    )
    assert ("difference", "inconsistent") not in verdicts(text)


def test_a_headline_bound_on_a_body_change():
    # The body's change of the same thing and way: a bound on its figure.
    text = (
        "Drought cuts barge freight by over 20 pct\n\nBarge freight fell to 4.1 mln tonnes in "
        "the quarter, down 21.0 pct from 5.19 mln tonnes a year earlier."
    )
    assert ("bound", "consistent") in verdicts(text)
    wrong = text.replace("21.0 pct", "18.9 pct").replace("5.19 mln", "5.06 mln")
    assert ("bound", "inconsistent") in verdicts(wrong)
    # A headline percent near the lede's one change, with no words in common: a guess.
    text = (
        "Low water cuts barge volumes by over 14 pct\n\nBarges handled 11.6 mln tonnes in the "
        "quarter, down 14.7 pct from 13.6 mln tonnes a year earlier."
    )
    assert ("bound", "consistent") in verdicts(text) or ("change", "consistent") in verdicts(text)
    assert "inconsistent" not in {v for _, v in verdicts(text)}


def test_a_margin_over_figures_said_before_is_read_but_never_alarms():
    before = (
        "Quarterly operating profit came to 4.2 billion euros on revenue of 21.0 billion euros, "
        "well above the 1.1 billion euros it earned a year earlier, when revenue was 15.5 "
        "billion euros. "
    )
    assert ("share", "consistent") in verdicts(before + "Its operating margin widened to 20%.")
    assert ("share", "consistent") in verdicts(before + "Its margin rose to 20% from 7.1%.")
    assert ("share", "unverifiable") in verdicts(before + "Its operating margin widened to 26%.")


def test_last_years_profit_is_no_part_of_this_years_revenue():
    text = (
        "Revenue reached 1.86 trillion won in 2025. Operating profit in 2024 had been 118.0 "
        "billion won, so the operating margin widened to 7.7% from 6.9%."
    )
    assert ("share", "inconsistent") not in verdicts(text)


# "of which A and B" with no word closing the list may leave parts out: read, never alarmed.
def test_open_of_which_list_never_alarms():
    text = (
        "The fund raised $9 million, of which $5 million came from banks and $2 million from users."
    )
    assert ("total", "unverifiable") in verdicts(text)


@pytest.mark.parametrize("kind,correct,wrong", CLAIMS)
def test_claim_kinds(kind, correct, wrong):
    assert (kind, "consistent") in verdicts(correct)
    assert (kind, "inconsistent") in verdicts(wrong)


CLOSED_BREAKDOWNS = [
    # Words close the list ("the remaining", "respectively") and its whole is the one figure
    # of the kind in the sentence just before: read surely.
    (
        "The carrier flew 21.4 mn passengers in the half. International travellers numbered "
        "6.3 mn, while the remaining 15.1 mn flew on domestic routes.",
        "The carrier flew 24.4 mn passengers in the half. International travellers numbered "
        "6.3 mn, while the remaining 15.1 mn flew on domestic routes.",
    ),
]


CLOSED_BREAKDOWNS += [
    (
        # a target beside the whole is no second candidate
        "The agency collected $48.2 billion, beating its target of $46 billion. Income tax "
        "brought in $31.5 billion and the remaining $16.7 billion came from duties.",
        "The agency collected $48.2 billion, beating its target of $46 billion. Income tax "
        "brought in $31.5 billion and the remaining $19.7 billion came from duties.",
    ),
]


CLOSED_BREAKDOWNS += [
    (
        # "and other units X" names the last part as all the rest
        "Group revenue reached NOK 9.46 billion. Farming brought in NOK 5.12 billion, feed "
        "NOK 2.37 billion, processing NOK 1.41 billion and other units NOK 0.56 billion.",
        "Group revenue reached NOK 9.46 billion. Farming brought in NOK 5.12 billion, feed "
        "NOK 2.37 billion, processing NOK 1.41 billion and other units NOK 0.86 billion.",
    ),
]


def test_including_after_the_last_part_does_not_open_the_list():
    text = (
        "The sale week closed with about $840 million of bids. Harlow led with $452.5 million, "
        "followed by Menz with $261.2 million and Vale with $127.9 million, all including fees."
    )
    assert ("total", "consistent") in verdicts(text)


def test_a_rate_multiplied_against_a_plain_figure_is_a_guess():
    text = (
        "Diners paid an average of $38.40 for a 2-course lunch in May, {} times the $14.10 "
        "they paid in 2015."
    )
    assert ("multiple", "consistent") in verdicts(text.format("2.7"))
    assert ("multiple", "unverifiable") in verdicts(text.format("3.7"))


@pytest.mark.parametrize("correct,wrong", CLOSED_BREAKDOWNS)
def test_closed_breakdowns(correct, wrong):
    assert ("total", "consistent") in verdicts(correct)
    assert ("total", "inconsistent") in verdicts(wrong)


# A figure dated before the story's year is no whole of the story's parts (hold-71..82).
def test_a_figure_of_an_earlier_year_is_no_whole_of_this_years_parts():
    text = (
        "LYON, May 2, 2024 - Visitors numbered 5.2 million in 2023, up 4 percent from 5.0 "
        "million. That was still 0.9 million short of the 6.1 million recorded in 2019. "
        "Foreign visitors made up 2.9 million, with French visitors the remaining 2.3 million."
    )
    found = [v for v in check(text).claims if v.claim.kind == "total"]
    assert found and all(v.verdict == "consistent" for v in found)
    assert "5.2" in found[0].expression or "5200000" in found[0].expression


BREAKDOWN_DISTRACTORS = [
    # A level compared against is no whole; a list holding its own sub-total sums to nothing.
    "Freight is still 29% below the peak of 226 million tonnes. Coal lines carried 51.6 "
    "million tonnes and ore lines 56.2 million, with general cargo making up the other 82.5 "
    "million tonnes.",
    "Imports rose to 9.5 million tonnes. China, Korea and Japan supplied 2.9 million, 2.6 "
    "million and 2.2 million tonnes respectively, together 7.7 million tonnes.",
]


@pytest.mark.parametrize("text", BREAKDOWN_DISTRACTORS)
def test_breakdown_distractors(text):
    assert ("total", "inconsistent") not in verdicts(text)


BREAKDOWNS = [
    # A figure, then its parts in the next sentence, with no word closing the list (see also
    # ACROSS_SENTENCES).
    (
        "Revenue rose to ¥3.42 trillion. The automotive division contributed ¥1.86 trillion, "
        "industrial equipment ¥970 billion and medical devices ¥590 billion.",
        "consistent",
    ),
    # The whole a few sentences back, past a per-unit price; an example inside a part does
    # not open the list when words close it.
    (
        "Turnover climbed to NOK 6.3 billion. Each visitor spent NOK 410 on average. Ferries "
        "earned NOK 4.1 billion and hotels, such as the two in Bergen, the remaining NOK 2.2 "
        "billion.",
        "consistent",
    ),
    (
        "Turnover climbed to NOK 6.3 billion. Each visitor spent NOK 410 on average. Ferries "
        "earned NOK 4.1 billion and hotels, such as the two in Bergen, the remaining NOK 1.2 "
        "billion.",
        "unverifiable",
    ),
]


SHARE_PHRASINGS = [
    # (text, verdict): the ways newsrooms write a part, its whole and the share, written for
    # these tests (the corpus phrasing was covered); "A of the B (P%)" is read surely.
    ("Of the 3,000 applicants, 1,200 (40%) were accepted.", "consistent"),
    ("Of the 3,000 applicants, 1,200 (45%) were accepted.", "inconsistent"),
    ("Some 1,200 of the 3,000 applicants (40 per cent) were accepted.", "consistent"),
    ("Women held 312 of the 780 seats, or 40 per cent.", "consistent"),
    ("Women held 312 of the 780 seats, or 45 per cent.", "inconsistent"),
    ("The bank cut 300 of its 1,200 branches, or 20 per cent of its network.", "inconsistent"),
    ("Of 1,500 households surveyed, 45% - 675 households - said prices rose.", "consistent"),
    ("Of the 500 staff, 150 - 30 per cent - work remotely.", "consistent"),
    ("Renewables supplied 42 TWh of the 120 TWh consumed, a 35% share.", "consistent"),
    ("About 30 per cent of the 500 staff, or 150 people, work remotely.", "consistent"),
    ("Online orders made up 35% of the €2.4 billion in sales, or €840 million.", "consistent"),
    ("Cars made up 62 percent of the 50,000 vehicles sold, at 31,000.", "consistent"),
    ("Almost a third of the 3,000 workers, 950, were laid off.", "consistent"),
    ("Almost a third of the 3,000 workers, 1,250, were laid off.", "inconsistent"),
    # No whole named: the bigger figure before is a guess, unverifiable when it fails.
    ("Tax receipts rose to £50bn. Income tax brought in £20bn, or 40 per cent.", "consistent"),
    ("Tax receipts rose to £50bn. Income tax brought in £20bn, or 45 per cent.", "unverifiable"),
    ("Claims reached 8,400. Storm damage accounted for 5,460 of them, or 65%.", "consistent"),
    ("A €2.4 billion budget was passed. Housing gets €600 million, a 25% share.", "consistent"),
    # A rate named after the clause that holds the part and its whole.
    ("Of 2,400 pupils entered, 1,860 passed, a pass rate of 77.5 per cent.", "consistent"),
    ("Of 2,400 pupils entered, 1,860 passed, a pass rate of 71.5 per cent.", "inconsistent"),
    # A whole named by a generic noun: the figure the text calls a total, or a synonym.
    (
        "Deliveries totalled 64,000 tonnes. Poland took 16,000 tonnes, or 25% of the volume.",
        "consistent",
    ),
    (
        "Deliveries totalled 64,000 tonnes. Poland took 16,000 tonnes, or 35% of the volume.",
        "inconsistent",
    ),
    (
        "The fund's assets rose to €9.6 billion. Bonds were worth €4.8 billion, or 50 per cent of "
        "the portfolio.",
        "consistent",
    ),
    (
        "The fund's assets rose to €9.6 billion. Bonds were worth €4.8 billion, or 40 per cent of "
        "the portfolio.",
        "inconsistent",
    ),
    # No figure goes by the noun: the one bigger figure before in the sentence is a guess.
    (
        "The mill made 80,000 tonnes of paper and sold 60,000 tonnes, or 75% of output.",
        "consistent",
    ),
    (
        "The mill made 80,000 tonnes of paper and sold 60,000 tonnes, or 65% of output.",
        "unverifiable",
    ),
    ("The depot's 900 trams include 300 low-floor cars, a third of the total.", "consistent"),
    # "of the total" with no figure called a total: the story's first figure of the kind is
    # the total when nothing else before is bigger than the part.
    (
        "PRAGUE - Car sales fell to 231,000 last year from 240,000. Skoda sold 80,850 cars, or "
        "35 per cent of the total.",
        "consistent",
    ),
    (
        "PRAGUE - Car sales fell to 231,000 last year from 240,000. Skoda sold 80,850 cars, or "
        "45 per cent of the total.",
        "inconsistent",
    ),
    # The whole named by the head of its phrase, found anywhere in the candidate's clause.
    (
        "Farmers harvested 40 million tonnes of rice. The delta alone produced 19 million tonnes "
        "of rice, nearly half of the national crop.",
        "consistent",
    ),
    (
        "Farmers harvested 40 million tonnes of rice. The delta alone produced 29 million tonnes "
        "of rice, nearly half of the national crop.",
        "inconsistent",
    ),
    (
        "Retail sales at the chain rose 3% in 2024 to €8.2 billion. Online orders grew to €1.64 "
        "billion and made up 25% of all sales.",
        "inconsistent",
    ),
    # Two candidates bigger than the part: which total is meant is a guess.
    (
        "Europe's market grew to 12.9 million cars. In Germany, registrations fell to 2.8 "
        "million. Volkswagen sold 560,000, or 30 per cent of the total.",
        "unverifiable",
    ),
]


@pytest.mark.parametrize("text,verdict", SHARE_PHRASINGS)
def test_share_phrasings(text, verdict):
    assert ("share", verdict) in verdicts(text)


DIFFERENCE_PHRASINGS = [
    # (text, verdict), written for these tests
    (
        "Revenue was $4.2 billion and costs $3.5 billion, leaving a profit of $700 million.",
        "consistent",
    ),
    (
        "Revenue was $4.2 billion and costs $3.5 billion, leaving a profit of $900 million.",
        "inconsistent",
    ),
    ("The gap between men's pay of £38,000 and women's pay of £33,000 is £5,000.", "consistent"),
    ("The gap between men's pay of £38,000 and women's pay of £33,000 is £6,000.", "inconsistent"),
    (
        "Arrivals reached 35.5 million, still 4.4 million short of the 39.9 million record.",
        "consistent",
    ),
    (
        "Arrivals reached 35.5 million, still 5.4 million short of the 39.9 million record.",
        "inconsistent",
    ),
    ("It had 4,100 staff at the start of the year and 3,650 at the end, 450 fewer.", "consistent"),
    (
        "It had 4,100 staff at the start of the year and 3,650 at the end, 550 fewer.",
        "inconsistent",
    ),
]


DIFFERENCE_PHRASINGS += [
    # What an overrun or a win is measured against is an operand, not a base.
    (
        "The works cost £84 million, well above the £60 million budgeted, an overrun of £24 "
        "million.",
        "consistent",
    ),
    (
        "The works cost £84 million, well above the £60 million budgeted, an overrun of £34 "
        "million.",
        "inconsistent",
    ),
    ("She took 8,120 votes to 7,455 for her rival, a margin of 665.", "consistent"),
    ("She took 8,120 votes to 7,455 for her rival, a margin of 765.", "inconsistent"),
    ("The incumbent held on by 212 votes, 5,904 to 5,692, after a recount.", "consistent"),
    ("The incumbent held on by 312 votes, 5,904 to 5,692, after a recount.", "inconsistent"),
    ("Sales of $9.4 million beat the $8.8 million forecast by $600,000.", "consistent"),
    (
        "Receipts were €3.3 billion, beating the target of €3.1 billion by €0.4 billion.",
        "inconsistent",
    ),
    (
        "Cash from operations was $4.1 bn and capital spending $1.6 bn, leaving free cash flow "
        "of $2.5 bn.",
        "consistent",
    ),
    (
        "Cash from operations was $4.1 bn and capital spending $1.6 bn, leaving free cash flow "
        "of $2.9 bn.",
        "inconsistent",
    ),
]


DIFFERENCE_PHRASINGS += [
    # A gap to a named mark, from the figure before in the sentence.
    ("The index closed at 4,100, 300 points below its record of 4,400.", "consistent"),
    ("The index closed at 4,100, 200 points below its record of 4,400.", "inconsistent"),
    ("Output reached 41 mn tonnes, 2 mn tonnes above the forecast of 39 mn tonnes.", "consistent"),
    (
        "Output reached 41 mn tonnes, 4 mn tonnes above the forecast of 39 mn tonnes.",
        "inconsistent",
    ),
    # A change by an amount pointing back at the sentence before's figure and its base.
    (
        "Waiting lists fell to 52,300 from 55,100 a year earlier. That is 2,800 fewer patients "
        "than last year.",
        "consistent",
    ),
    (
        "Waiting lists fell to 52,300 from 55,100 a year earlier. That is 3,800 fewer patients "
        "than last year.",
        "inconsistent",
    ),
    (
        "Waiting lists fell to 52,300 from 55,100 a year earlier. Clinics saw 3,800 fewer "
        "patients than a year before.",
        "unverifiable",
    ),
]


@pytest.mark.parametrize("text,verdict", DIFFERENCE_PHRASINGS)
def test_difference_phrasings(text, verdict):
    assert ("difference", verdict) in verdicts(text)


TOTAL_AND_AVERAGE_PHRASINGS = [
    # (kind, text, verdict), written for these tests
    (
        "average",  # one count, one total, "or ... each": sure
        "The 2,400 nurses will share a £6 million retention fund, or £2,500 each.",
        "consistent",
    ),
    (
        "average",
        "The 2,400 nurses will share a £6 million retention fund, or £3,500 each.",
        "inconsistent",
    ),
    (
        "total",  # a "respectively" list, then its sum
        "Ghana, Ivory Coast and Nigeria shipped 0.8 million, 2.1 million and 0.3 million tonnes "
        "respectively, together 3.2 million tonnes.",
        "consistent",
    ),
    (
        "total",
        "Ghana, Ivory Coast and Nigeria shipped 0.8 million, 2.1 million and 0.3 million tonnes "
        "respectively, together 3.9 million tonnes.",
        "inconsistent",
    ),
    (
        "average",  # named by "the average ... price", the total a sentence back: a guess
        "Gallery income reached €18.2 million. Visits totalled 1.4 million, putting the average "
        "ticket price at €13.",
        "consistent",
    ),
    (
        "average",
        "Gallery income reached €18.2 million. Visits totalled 1.4 million, putting the average "
        "ticket price at €15.",
        "unverifiable",
    ),
    (
        "average",
        "Members paid $96 million, or about $1,200 each for its 80,000 subscribers.",
        "consistent",
    ),
    (
        "average",
        "Members paid $96 million, or about $1,500 each for its 80,000 subscribers.",
        "inconsistent",
    ),
    (
        "total",
        "Germany gave €50bn, France €40bn and Italy €30bn. Together they gave €120bn.",
        "consistent",
    ),
    (
        "total",  # parts from the sentence before are a guess: unverifiable when they fail
        "Germany gave €50bn, France €40bn and Italy €30bn. Together they gave €130bn.",
        "unverifiable",
    ),
    (
        "total",
        "Sales were 1.2 million cars and 300,000 vans, 1.5 million vehicles altogether.",
        "consistent",
    ),
    (
        "total",
        "Of the 87,556 votes cast, Leung took 39,820, Carter 31,460 and others 16,276.",
        "consistent",
    ),
    (
        "total",
        "Of the 87,556 votes cast, Leung took 39,820, Carter 31,460 and others 18,276.",
        "inconsistent",
    ),
    (
        "total",
        "Broadcasting brought in €291 million, commercial deals €334 million and matchday €187 "
        "million, taking revenue to €812 million.",
        "consistent",
    ),
    (
        "total",
        "Spending went on health (£180bn), education (£90bn) and defence (£50bn), which together "
        "account for £320bn.",
        "consistent",
    ),
    (
        "average",
        "Some 15,000 households will share the $45 million fund, about $3,000 apiece.",
        "consistent",
    ),
    (
        "average",
        "Spending of HK$213.6 billion by 44.5 million visitors means HK$4,800 per head.",
        "consistent",
    ),
    (
        "total",  # a bare figure among the parts, its unit not read: the sum may lack it
        "Lunenburg has 13,200 acres, Antigonish 6,800, Pictou 4,900 and the province's many "
        "other counties combined 3,100, for a total of 28,000 acres.",
        "unverifiable",
    ),
    (
        "total",
        "Lunenburg has 13,200 acres, Antigonish 6,800, Pictou 4,900 and the rest of the "
        "province 3,100, for a total of 28,000 acres.",
        "consistent",
    ),
    (
        "total",
        "Lunenburg has 13,200 acres, Antigonish 6,800, Pictou 4,900 and the rest of the "
        "province 3,100, for a total of 29,000 acres.",
        "inconsistent",
    ),
]


MULTIPLE_PHRASINGS = [
    # (text, verdict), written for these tests
    ("Sales of $12 million are more than three times 2019's $3.5 million.", "consistent"),
    ("Sales of $12 million are more than three times 2019's $4.5 million.", "inconsistent"),
    (
        "Imports, at 105 mn tonnes, are about five times domestic output of 20.65 mn tonnes.",
        "consistent",
    ),
    (
        "Imports, at 105 mn tonnes, are about five times domestic output of 30.65 mn tonnes.",
        "inconsistent",
    ),
    # A yearly average set beside the total is not what is multiplied; the total before it is,
    # less surely (so never an alarm).
    (
        "The port will spend $4.1 billion over ten years, an average of $410 million a year and "
        "about triple the $1.4 billion it spent in the last decade.",
        "consistent",
    ),
    (
        "The port will spend $4.1 billion over ten years, an average of $410 million a year and "
        "about double the $1.4 billion it spent in the last decade.",
        "unverifiable",
    ),
]


MULTIPLE_PHRASINGS += [
    # "That ... double the X": the figure the sentence points back to is multiplied.
    (
        "The new quota brings the season's catch limit to 3.2 million tonnes. That limit is "
        "more than double the 1.4 million tonnes landed last year.",
        "consistent",
    ),
    (
        "The new quota brings the season's catch limit to 2.2 million tonnes. That limit is "
        "more than double the 1.4 million tonnes landed last year.",
        "inconsistent",
    ),
    # "has tripled since 2019, when it stood at X": the figure now is the story's, a guess
    # unless the subject names it.
    (
        "Wind farms produced 18.6 TWh last year. Wind output has more than tripled since 2018, "
        "when it stood at 5.1 TWh.",
        "consistent",
    ),
]


# Read once the sixth held-aside set (hold-71..82) was spent; each row written afresh here.
MULTIPLE_PHRASINGS += [
    # "N times its opening level" points back, a guess.
    (
        "The line opened with 12,000 riders a day and carried 30,000 by 2024, two and a half "
        "times its opening level.",
        "consistent",
    ),
    (
        "The line opened with 12,000 riders a day and carried 30,000 by 2024, three and a half "
        "times its opening level.",
        "unverifiable",
    ),
]
MULTIPLE_PHRASINGS += [
    # A figure "on" another of its kind qualifies it: either may be the one multiplied.
    (
        "The airline made a profit of $3.9 billion on sales of $41 billion, about three times "
        "the $1.3 billion it made in 2022.",
        "consistent",
    ),
    (
        "The airline made a profit of $3.9 billion on sales of $41 billion, about six times "
        "the $1.3 billion it made in 2022.",
        "unverifiable",
    ),
    (
        "The airline's sales reached $41 billion, about six times the $1.3 billion it made in "
        "2002.",
        "inconsistent",
    ),
]


@pytest.mark.parametrize("text,verdict", MULTIPLE_PHRASINGS)
def test_multiple_phrasings(text, verdict):
    assert ("multiple", verdict) in verdicts(text)


BOUND_PHRASINGS = [
    # (text, verdict), written for these tests
    ("Exports rose to $21.4 billion, more than $20 billion for the first time.", "consistent"),
    ("Exports rose to $19.4 billion, more than $20 billion for the first time.", "inconsistent"),
    ("Exports topped $20 billion for the first time, reaching $21.4 billion.", "consistent"),
    ("Unemployment, at 4.2%, remains under 5%.", "consistent"),
    ("Fewer than 1,000 people attended; organisers counted 940.", "consistent"),
    # A headline's bound on the one figure below named like it, however far down; last
    # period's figure is not what passed it.
    (
        "Storms push Coastline Mutual claims past NZ$900 million\n\nAUCKLAND - Coastline "
        "Mutual said its claims bill rose to NZ$960 million from NZ$880 million. Premiums grew. "
        "Reinsurance costs rose. Staff numbers were flat. Its claims expense stood at NZ$960 "
        "million after recoveries.",
        "consistent",
    ),
    (
        "Storms push Coastline Mutual claims past NZ$900 million\n\nAUCKLAND - Coastline "
        "Mutual said its claims bill rose to NZ$860 million from NZ$880 million.",
        "inconsistent",
    ),
]


@pytest.mark.parametrize("text,verdict", BOUND_PHRASINGS)
def test_bound_phrasings(text, verdict):
    assert ("bound", verdict) in verdicts(text)


CAGR_PHRASINGS = [
    # (text with the right rate, the same with a wrong one, verdict on the wrong one), written
    # for these tests; a start figure not marked by "from" is read, but never alarms.
    (
        "Since 2019, when it stood at $100 million, revenue has grown 8.4% a year to $150 million "
        "in 2024.",
        "Since 2019, when it stood at $100 million, revenue has grown 9.4% a year to $150 million "
        "in 2024.",
        "unverifiable",
    ),
    (
        "The fleet grew from 1,200 buses in 2015 to 2,000 in 2025, averaging 5.2% growth a year.",
        "The fleet grew from 1,200 buses in 2015 to 2,000 in 2025, averaging 6.2% growth a year.",
        "inconsistent",
    ),
    (
        "Subscribers rose to 21.3 million from 7.1 million over three years, or 44% a year on "
        "average.",
        "Subscribers rose to 21.3 million from 7.1 million over three years, or 54% a year on "
        "average.",
        "inconsistent",
    ),
    # Three dated figures: the span of years says which two the rate joins; a fall is signed.
    (
        "The herd shrank to 620 head in 2024, against 650 in 2023 and 780 in 2020, an average "
        "fall of 5.6% a year over four years.",
        "The herd shrank to 620 head in 2024, against 650 in 2023 and 780 in 2020, an average "
        "fall of 7.6% a year over four years.",
        "inconsistent",
    ),
    (
        "The herd shrank to 620 head in 2024, against 650 in 2023 and 780 in 2020, an average "
        "fall of 5.6% a year over four years.",
        "The herd grew to 620 head in 2024, against 650 in 2023 and 780 in 2020, an average "
        "rise of 5.6% a year over four years.",
        "inconsistent",
    ),
    # "since YEAR, when ...": the when-clause holds the start; an aside after it does not.
    (
        "Visitors numbered 9.1 million in 2024. Arrivals have risen by an average of 12.2% a year "
        "since 2020, when travel curbs held them to 5.75 million, but remain below the 10.4 "
        "million of 2019.",
        "Visitors numbered 9.1 million in 2024. Arrivals have risen by an average of 14.2% a year "
        "since 2020, when travel curbs held them to 5.75 million, but remain below the 10.4 "
        "million of 2019.",
        "unverifiable",
    ),
]


CAGR_PHRASINGS += [
    # A span that dates the old figure ("five years earlier") outranks a year said of
    # something else later in the sentence (hold-71..82, read once spent).
    (
        "Cruise calls rose to 310 in 2023 from 240 four years earlier, an average gain of 6.6% "
        "a year, and the harbour expects more this year.",
        "Cruise calls rose to 310 in 2023 from 240 four years earlier, an average gain of 8.6% "
        "a year, and the harbour expects more this year.",
        "inconsistent",
    ),
]


CAGR_PHRASINGS += [
    # A decline named before the rate signs it (hold-101..112, read once spent).
    (
        "The region caught 41,300 tonnes of cod in 2024, down from 52,800 tonnes in 2016, a "
        "decline averaging 3.0% a year over those eight years.",
        "The region caught 41,300 tonnes of cod in 2024, down from 52,800 tonnes in 2016, a "
        "decline averaging 4.0% a year over those eight years.",
        "inconsistent",
    ),
    # A qualified decline keeps its way (hold-131..148, read once spent).
    (
        "The herd numbered 930 cows last year against 1,080 in 2019, a fall averaging almost 3 "
        "per cent a year over the five years.",
        "The herd numbered 930 cows last year against 1,080 in 2019, a fall averaging almost 5 "
        "per cent a year over the five years.",
        "inconsistent",
    ),
    # "annual growth of" over two figures, the start dated, the end the story's own latest
    # year: a guess, read but never an alarm; and no percent change between the two.
    (
        "LYON, April 2, 2025 - Members paid 18.2 million euros in fees last year. The average "
        "fee climbed to 400 euros from 355 euros in 2020, equal to annual growth of about 3.0%.",
        "LYON, April 2, 2025 - Members paid 18.2 million euros in fees last year. The average "
        "fee climbed to 400 euros from 355 euros in 2020, equal to annual growth of about 5.0%.",
        "unverifiable",
    ),
]


@pytest.mark.parametrize("correct,wrong,verdict", CAGR_PHRASINGS)
def test_cagr_phrasings(correct, wrong, verdict):
    assert ("cagr", "consistent") in verdicts(correct)
    assert ("cagr", verdict) in verdicts(wrong)


def test_a_combined_figure_is_the_sum_said_before_not_the_first_part():
    text = (
        "Three lenders wrote about $2.4 billion of new mortgages in March. Alpha led with $1.12 "
        "billion, followed by Beta with $0.86 billion and Gamma with $0.41 billion. The combined "
        "figure was {}% below the $3.0 billion of March last year."
    )
    assert ("change", "consistent") in verdicts(text.format(20))
    assert ("change", "unverifiable") in verdicts(text.format(30))
    assert ("change", "inconsistent") not in verdicts(text.format(30))


def test_cagr_across_sentences_is_shown_but_never_alarms():
    text = "Revenue reached $150 million in 2024. That is up from $100 million in 2019, an annual "
    assert ("cagr", "consistent") in verdicts(text + "average increase of 8.4%.")
    assert ("cagr", "unverifiable") in verdicts(text + "average increase of 9.4%.")


@pytest.mark.parametrize("kind,text,verdict", TOTAL_AND_AVERAGE_PHRASINGS)
def test_total_and_average_phrasings(kind, text, verdict):
    assert (kind, verdict) in verdicts(text)


def test_a_running_total_is_no_sum_of_the_additions():
    text = (
        "Health care added 54,000 jobs, leisure 53,000 and government 33,000, bringing the "
        "total to 227,000."
    )
    assert ("total", "inconsistent") not in verdicts(text)


def test_counts_of_different_things_are_no_difference():
    assert verdicts("The family has 3 children and 2 dogs, 12 more.") == []


SHARE_DISTRACTORS = [
    # The share has its own whole ("of them" is the 150), or is a change, not a share.
    "Of the 500 staff, 150 work remotely, and 20% of them are in Spain.",
    "Of the 3,000 applicants, 1,200 were accepted, 40% more than last year.",
    "Of the 3,000 applicants, 1,200 were accepted (up 40% on last year).",
]


@pytest.mark.parametrize("text", SHARE_DISTRACTORS)
def test_share_distractors(text):
    assert ("share", "inconsistent") not in verdicts(text)


ACROSS_SENTENCES = [
    # Operands linked across sentences by their words alone: shown when they fit, and only
    # unverifiable, never an alarm, when they do not.
    (
        "average",  # the count of another year than the total's
        "Revenue rose 8.2% to A$6.84 billion. The airline had carried 14.6 million passengers "
        "in 2019. That works out at roughly A$468 of revenue for every passenger.",
        "Revenue rose 8.2% to A$6.84 billion. The airline had carried 14.6 million passengers "
        "in 2019. That works out at roughly A$568 of revenue for every passenger.",
    ),
    (
        "share",  # the part named by the share's subject a sentence before
        "Foreign exchange reserves rose to $654.27 billion. Gold reserves were worth $66.63 "
        "billion. Gold now makes up about 10.2 per cent of the reserves.",
        "Foreign exchange reserves rose to $654.27 billion. Gold reserves were worth $66.63 "
        "billion. Gold now makes up about 14.2 per cent of the reserves.",
    ),
    (
        "total",  # a list with no word closing it
        "The carrier flew 21.4 mn passengers in the half. International travellers numbered "
        "6.3 mn and domestic travellers 15.1 mn.",
        "The carrier flew 24.4 mn passengers in the half. International travellers numbered "
        "6.3 mn and domestic travellers 15.1 mn.",
    ),
    (
        "total",  # closed, but its whole is two sentences back
        "The carrier flew 21.4 mn passengers in the half. Load factors improved. International "
        "travellers numbered 6.3 mn, while the remaining 15.1 mn flew on domestic routes.",
        "The carrier flew 24.4 mn passengers in the half. Load factors improved. International "
        "travellers numbered 6.3 mn, while the remaining 15.1 mn flew on domestic routes.",
    ),
]


# An average whose total and count are both named by its own words ("of revenue", "for every
# passenger"), for the same period, is read surely even across sentences.
AVERAGES_NAMED_ACROSS_SENTENCES = [
    (
        "Revenue rose 8.2% to A$6.84 billion. The airline carried 14.6 million passengers. That "
        "works out at roughly A$468 of revenue for every passenger.",
        "Revenue rose 8.2% to A$6.84 billion. The airline carried 14.6 million passengers. That "
        "works out at roughly A$568 of revenue for every passenger.",
    ),
]


# A figure is an average's count or its total, never both: the average over the schools is
# still read, and still caught when wrong.
AVERAGE_NEXT_TO_ITS_OWNERS = [
    (
        "The town's 24 schools now have 1,150 laptops between them, an average of about 48 per "
        "school.",
        "The town's 24 schools now have 1,450 laptops between them, an average of about 48 per "
        "school.",
    ),
]


@pytest.mark.parametrize("correct,wrong", AVERAGE_NEXT_TO_ITS_OWNERS)
def test_average_next_to_its_owners(correct, wrong):
    assert ("average", "consistent") in verdicts(correct)
    assert ("average", "inconsistent") in verdicts(wrong)


@pytest.mark.parametrize("correct,wrong", AVERAGES_NAMED_ACROSS_SENTENCES)
def test_averages_named_across_sentences(correct, wrong):
    assert ("average", "consistent") in verdicts(correct)
    assert ("average", "inconsistent") in verdicts(wrong)


ACROSS_SENTENCES += [
    (
        "change",  # "P% below the peak of X", the figure now from the story: a guess
        "The railway moved 160 million tonnes last year. Volumes are still 29% below the peak "
        "of 226 million tonnes.",
        "The railway moved 160 million tonnes last year. Volumes are still 39% below the peak "
        "of 226 million tonnes.",
    ),
]


# Read from a figure sentences away by what the sentence is about (the subject, the story's
# lead figure before a forecast or a target): found, but only a guess.
ACROSS_SENTENCES += [
    (
        "total",  # a base of another year sits between the whole and its parts
        "Riders took 96.2 million trips in 2024, up 5% from 91.6 million. Ridership is still "
        "below the 101.3 million of 2019, though well above the 52.0 million of 2021, when "
        "offices stayed shut. Trams carried 58.1 million riders and buses 30.4 million, with "
        "ferries taking the remaining 7.7 million.",
        "Riders took 96.2 million trips in 2024, up 5% from 91.6 million. Ridership is still "
        "below the 101.3 million of 2019, though well above the 52.0 million of 2021, when "
        "offices stayed shut. Trams carried 58.1 million riders and buses 33.4 million, with "
        "ferries taking the remaining 7.7 million.",
    ),
    (
        "difference",
        "The county had 310 public chargers at the end of March. It wants 1,000 by 2027, which "
        "leaves it 690 short.",
        "The county had 310 public chargers at the end of March. It wants 1,000 by 2027, which "
        "leaves it 590 short.",
    ),
    (
        "difference",
        "Wind capacity stood at 18 GW in June. The state's target of 30 GW by 2030 means "
        "builders must add a further 12 GW.",
        "Wind capacity stood at 18 GW in June. The state's target of 30 GW by 2030 means "
        "builders must add a further 15 GW.",
    ),
    (
        "difference",
        "The 2024 harvest came to 410,000 tonnes. The board forecasts a rise to 470,000 tonnes "
        "next year, an increase of 60,000 tonnes.",
        "The 2024 harvest came to 410,000 tonnes. The board forecasts a rise to 470,000 tonnes "
        "next year, an increase of 80,000 tonnes.",
    ),
    (
        "multiple",
        "Wheat shipped from the port of Geelong rose to 3.6 million tonnes. Geelong moved about "
        "three times as much wheat as Portland, which handled 1.2 million tonnes.",
        "Wheat shipped from the port of Geelong rose to 3.6 million tonnes. Geelong moved about "
        "three times as much wheat as Portland, which handled 1.7 million tonnes.",
    ),
    (
        "share",
        "The city ran 640 electric taxis at the end of June, twice as many as a year before. "
        "Electric taxis now make up 16 percent of the licensed fleet of 4,000.",
        "The city ran 640 electric taxis at the end of June, twice as many as a year before. "
        "Electric taxis now make up 26 percent of the licensed fleet of 4,000.",
    ),
    (
        "change",
        "LIMA, Jan 9, 2025 - Copper exports reached US$22.4 billion last year, up 9 percent "
        "from US$20.6 billion in 2023.\n\nThe ministry expects copper exports to reach about "
        "US$24 billion in 2025, a rise of roughly 7 percent.",
        "LIMA, Jan 9, 2025 - Copper exports reached US$22.4 billion last year, up 9 percent "
        "from US$20.6 billion in 2023.\n\nThe ministry expects copper exports to reach about "
        "US$24 billion in 2025, a rise of roughly 17 percent.",
    ),
]


ACROSS_SENTENCES += [
    (
        "cagr",  # a yearly rate sentences after the lede runs to the lede's figure
        "GDANSK, March 3, 2026 - The port handled 4.12 million tonnes of grain last year, its "
        "busiest on record. Wheat made up 2.2 million tonnes and maize 1.1 million tonnes. "
        "Rail brought in 0.9 million tonnes. In 2020, before the new silos opened, it handled "
        "2.9 million tonnes, so volumes have risen by an average of 7.3% a year over the five "
        "years since.",
        "GDANSK, March 3, 2026 - The port handled 4.12 million tonnes of grain last year, its "
        "busiest on record. Wheat made up 2.2 million tonnes and maize 1.1 million tonnes. "
        "Rail brought in 0.9 million tonnes. In 2020, before the new silos opened, it handled "
        "2.9 million tonnes, so volumes have risen by an average of 9.3% a year over the five "
        "years since.",
    ),
]


ACROSS_SENTENCES += [
    (
        "average",  # tonnes divided into an average a kilogram
        "Exports earned $84 million last season. Growers shipped 6,000 tonnes, which works out "
        "at an average of $14.00 a kilogram.",
        "Exports earned $84 million last season. Growers shipped 6,000 tonnes, which works out "
        "at an average of $16.00 a kilogram.",
    ),
]


MORE_CLAIMS += [
    (
        "share",  # a share of the total set off after its part's clause; the story's total
        "Prisons held 9,840 adults in June. On that count, 3,120 prisoners were on remand "
        "awaiting trial, 31.7 per cent of the total.",
        "Prisons held 9,840 adults in June. On that count, 3,120 prisoners were on remand "
        "awaiting trial, 41.7 per cent of the total.",
    ),
]


MORE_CLAIMS += [
    # Read once hold-185..202 was spent, and from the twenty-second trap round; wordings of
    # our own.
    (
        "total",  # "made up of" set off by a comma
        "The museum's budget for 2026 is €4.8m, made up of €2.9m for staff, €1.4m for "
        "exhibitions and €0.5m for security.",
        "The museum's budget for 2026 is €5.8m, made up of €2.9m for staff, €1.4m for "
        "exhibitions and €0.5m for security.",
    ),
    (
        "share",  # "N of them, roughly P per cent," set off after its part
        "The ombudsman logged 2,150 complaints, and 731 of them, roughly 34 per cent, were "
        "about delays.",
        "The ombudsman logged 2,150 complaints, and 731 of them, roughly 44 per cent, were "
        "about delays.",
    ),
    (
        "share",  # "almost half," set off
        "The club trained 212 coaches, and 101 of them, almost half, are volunteers.",
        "The club trained 212 coaches, and 71 of them, almost half, are volunteers.",
    ),
    (
        "points",  # a move of the pair just compared, after a semicolon
        "In 2025, 64.2% of parcels arrived on time, compared with 61.9% in 2024; the 2.3-point "
        "gain was put down to new vans.",
        "In 2025, 64.2% of parcels arrived on time, compared with 61.9% in 2024; the 3.3-point "
        "gain was put down to new vans.",
    ),
    (
        "change",  # "a P% increase" after its pair, before another pair
        "Fares rose from €40 to €46 for adults, a 15% increase, and from €20 to €25 for "
        "children, or 25%.",
        "Fares rose from €40 to €46 for adults, a 25% increase, and from €20 to €25 for "
        "children, or 25%.",
    ),
    (
        "multiple",  # a base is never what is multiplied
        "The fair drew 58,500 visitors, up 6.4% from 55,000 a year earlier, and about 2.6 "
        "times the 22,500 of its first year.",
        "The fair drew 58,500 visitors, up 6.4% from 55,000 a year earlier, and about 3.6 "
        "times the 22,500 of its first year.",
    ),
    (
        "share",  # the part is the figure compared, not its base
        "The town fitted 3,600 smart meters, 20% more than the 3,000 of 2024 but only 72% of "
        "its goal of 5,000.",
        "The town fitted 3,600 smart meters, 20% more than the 3,000 of 2024 but only 62% of "
        "its goal of 5,000.",
    ),
    (
        "difference",  # not a figure of an aside ("whose ... is N")
        "The jumper landed at 128.5 metres on the hill, whose record is 140 metres, and finished "
        "4.5 metres short of the winner's 133 metres.",
        "The jumper landed at 128.5 metres on the hill, whose record is 140 metres, and finished "
        "6.5 metres short of the winner's 133 metres.",
    ),
    (
        "total",  # a breakdown after "with", its parts counted
        "The bank employs 1,150 people in its four branches, with 420 in Ghent, 380 in Bruges, "
        "200 in Ostend and 150 in Kortrijk.",
        "The bank employs 1,250 people in its four branches, with 420 in Ghent, 380 in Bruges, "
        "200 in Ostend and 150 in Kortrijk.",
    ),
    (
        "total",  # a colon list with a count of other things inside an item
        "Her costs this season are £86,000: £52,000 for the wages of four grooms, £21,000 for "
        "feed and £13,000 for transport.",
        "Her costs this season are £96,000: £52,000 for the wages of four grooms, £21,000 for "
        "feed and £13,000 for transport.",
    ),
    (
        "cagr",  # "last year" right after the figure dates it
        "OSLO, May 4, 2025 - The chain opened stores in 2025. Sales rose from NOK 2.2 billion in "
        "2019 to NOK 3.1 billion last year, an average increase of 7.1 per cent a year.",
        "OSLO, May 4, 2025 - The chain opened stores in 2025. Sales rose from NOK 2.2 billion in "
        "2019 to NOK 3.1 billion last year, an average increase of 9.1 per cent a year.",
    ),
]

MORE_CLAIMS += [
    # Cross-sentence readings from the thirteenth set's misses, and the twenty-third trap
    # round; wordings of our own.
    (
        "change",  # "The increase, of roughly P per cent," points back at the pair
        "Anglers landed 8.3 million fish in 2024, up from 7.6 million a year earlier. The "
        "increase, of roughly 9.2 per cent, was the largest since 2015.",
        "Anglers landed 8.3 million fish in 2024, up from 7.6 million a year earlier. The "
        "increase, of roughly 11.2 per cent, was the largest since 2015.",
    ),
    (
        "cagr",  # "That works out to growth of P a year over N years"
        "The halls took 96,000 bookings in 2024-25, compared with 71,000 in 2020-21. That "
        "works out to growth of 7.8 per cent a year over four years.",
        "The halls took 96,000 bookings in 2024-25, compared with 71,000 in 2020-21. That "
        "works out to growth of 9.8 per cent a year over four years.",
    ),
    (
        "points",  # "Their share a year earlier had been X, so it rose by N points"
        "Girls made up 38 per cent of the league's players this season. Their share a year "
        "earlier had been 34.5 per cent, so it rose by 3.5 percentage points.",
        "Girls made up 38 per cent of the league's players this season. Their share a year "
        "earlier had been 34.5 per cent, so it rose by 4.5 percentage points.",
    ),
    (
        "total",  # "together" before the next figure is that figure's cue
        "Three bidders offered £212m, £198m and £240m, together £650m for the franchise.",
        "Three bidders offered £212m, £198m and £240m, together £680m for the franchise.",
    ),
    (
        "change",  # a change dated by the last part of a colon list
        "The ferry carried 1.9 million people in 2025: 1.2 million in summer and 700,000 in "
        "winter, when traffic was up 12% from 625,000.",
        "The ferry carried 1.9 million people in 2025: 1.2 million in summer and 700,000 in "
        "winter, when traffic was up 22% from 625,000.",
    ),
    (
        "change",  # an undated figure now is the dateline's, for a span of years
        "OSLO, May 4, 2026 - The fee is NOK 1,240, against NOK 1,190 a year ago and NOK 1,120 "
        "in 2024, so it is up 10.7 per cent over two years.",
        "OSLO, May 4, 2026 - The fee is NOK 1,240, against NOK 1,190 a year ago and NOK 1,120 "
        "in 2024, so it is up 4.2 per cent over two years.",
    ),
    (
        "difference",  # a count of the owner's things is no end of the change
        "The port handled 312 ships at its four quays in 2025, compared with 280 in 2024, an "
        "increase of 32.",
        "The port handled 312 ships at its four quays in 2025, compared with 280 in 2024, an "
        "increase of 42.",
    ),
]

MORE_CLAIMS += [
    (
        "change",  # a rate said in between is no end of a change of a level
        "The line took 21,900 calls last year, an average of 60 a day, up 15 per cent from "
        "19,040 the year before.",
        "The line took 21,900 calls last year, an average of 60 a day, up 25 per cent from "
        "19,040 the year before.",
    ),
]

MORE_CLAIMS += [
    # From the thirteenth set's misses and the twenty-fifth trap round; wordings of our own.
    (
        "multiple",  # "three times as large, at R63 million"
        "The club spent £14 million on players last season; in 2019 the figure was twice as "
        "large, at £28 million.",
        "The club spent £14 million on players last season; in 2019 the figure was twice as "
        "large, at £35 million.",
    ),
    (
        "difference",  # "N more than in PLACE, where the figure is M"
        "A room in Kraków costs 410 zł a night, 85 zł more than in Łódź, where the figure is "
        "325 zł.",
        "A room in Kraków costs 410 zł a night, 95 zł more than in Łódź, where the figure is "
        "325 zł.",
    ),
    (
        "total",  # "adding up to the full N"
        "Of the lockers, 120 are small, 85 are medium and 45 are large, adding up to the full 250.",
        "Of the lockers, 120 are small, 85 are medium and 45 are large, adding up to the full 260.",
    ),
    (
        "share",  # a share closing the clause that holds part and whole
        "Of the 52,000 tickets sold, only 380 went unused, under 1%.",
        "Of the 52,000 tickets sold, only 880 went unused, under 1%.",
    ),
    (
        "change",  # a forecast is not compared; a rate is compared with a rate
        "The crop came in at 62.4 million tonnes, short of the 66 million tonnes forecast in "
        "May but 3.8% above the previous season's 60.1 million.",
        "The crop came in at 62.4 million tonnes, short of the 66 million tonnes forecast in "
        "May but 5.8% above the previous season's 60.1 million.",
    ),
    (
        "change",
        "Crews attended 54,800 call-outs last year, about 150 a day, 6% more than the 51,700 of "
        "the year before.",
        "Crews attended 54,800 call-outs last year, about 150 a day, 9% more than the 51,700 of "
        "the year before.",
    ),
    (
        "change",  # what a running total is carried to, past more words, is no end
        "Quarterly sales were €612m, up 7.4% from €570m, taking sales for the first nine months "
        "to €1.79bn.",
        "Quarterly sales were €612m, up 9.4% from €570m, taking sales for the first nine months "
        "to €1.79bn.",
    ),
]

MORE_CLAIMS += [
    (
        "change",  # "a 40% rise over five years": the span names the base after the noun
        "The ferry carried 9.8 million people in 2024, against 9.1 million in 2023 and 7.0 "
        "million in 2019, a 40% rise over five years.",
        "The ferry carried 9.8 million people in 2024, against 9.1 million in 2023 and 7.0 "
        "million in 2019, a 50% rise over five years.",
    ),
    (
        "points",  # the second pair's own change, past the first pair's "to ... from"
        "The bank raised its rate to 4.75% from 4.25% after inflation reached 6.2% from 5.8%, "
        "a rise of 0.4 percentage points.",
        "The bank raised its rate to 4.75% from 4.25% after inflation reached 6.2% from 5.8%, "
        "a rise of 0.6 percentage points.",
    ),
]

MORE_CLAIMS += [
    (
        "multiple",  # a sum said after "or" is what is multiplied
        "Each of the 12 new trams cost €2.1m, or €25.2m together, more than twice the €11.4m "
        "paid for 12 older ones in 2010.",
        "Each of the 12 new trams cost €2.1m, or €25.2m together, more than three times the "
        "€11.4m paid for 12 older ones in 2010.",
    ),
]

MORE_CLAIMS += [
    (
        "change",  # "That" is the restatement in the base's period
        "A household pays R980 a month for water, or R11,760 a year. That is 12% more than the "
        "R10,500 households paid annually in 2023.",
        "A household pays R980 a month for water, or R11,760 a year. That is 22% more than the "
        "R10,500 households paid annually in 2023.",
    ),
    (
        "share",  # the part its own clause names after a semicolon
        "The crop of 54.2 million bags comprised 38.5 million bags of arabica and 15.7 million "
        "bags of robusta; arabica made up 71% of the total.",
        "The crop of 54.2 million bags comprised 38.5 million bags of arabica and 15.7 million "
        "bags of robusta; arabica made up 61% of the total.",
    ),
    (
        "average",  # "people over 84 concerts" counts concerts, not people over 84
        "The orchestra played to 61,320 people over 84 concerts, an average of 730 per concert.",
        "The orchestra played to 61,320 people over 84 concerts, an average of 830 per concert.",
    ),
]

MORE_CLAIMS += [
    (
        "change",  # "since 2019, when it numbered N" is the base of the change before it
        "The flock grew to 2,640 sheep in 2025 from 2,480 in 2024, and has grown 20% since "
        "2019, when it numbered 2,200.",
        "The flock grew to 2,640 sheep in 2025 from 2,480 in 2024, and has grown 30% since "
        "2019, when it numbered 2,200.",
    ),
    (
        "change",  # the restatement on the base's scale is the one compared
        "Each member now receives NOK 2,100 a month, or NOK 25,200 a year, a 5% rise on last "
        "year's NOK 24,000.",
        "Each member now receives NOK 2,100 a month, or NOK 25,200 a year, a 7% rise on last "
        "year's NOK 24,000.",
    ),
]

MORE_CLAIMS += [
    (
        "change",  # the restatement on the base's scale, the base's period unsaid
        "Growers now receive €1,250 a month, or €15,000 a year, 8% more than the €13,900 paid "
        "in 2023.",
        "Growers now receive €1,250 a month, or €15,000 a year, 12% more than the €13,900 "
        "paid in 2023.",
    ),
    (
        "share",  # the part said for the whole's year
        "The reserve releases C$8m of syrup a month, or C$96m a year, roughly a fifth of the "
        "province's C$480m annual crop.",
        "The reserve releases C$8m of syrup a month, or C$96m a year, roughly a third of the "
        "province's C$480m annual crop.",
    ),
    (
        "change",  # the figure a when-clause dates is the change's figure now
        "Output should reach 1.2 million tonnes next year, up from 900,000 tonnes in 2025, when "
        "it rose 12.5% from 800,000 tonnes.",
        "Output should reach 1.2 million tonnes next year, up from 900,000 tonnes in 2025, when "
        "it rose 22.5% from 800,000 tonnes.",
    ),
    (
        "change",  # an amount said as a difference is no end of the comparison after it
        "Ridership reached 186 million journeys in 2025, 7 million more than in 2024 but still "
        "7% below the 2019 peak of 200 million.",
        "Ridership reached 186 million journeys in 2025, 7 million more than in 2024 but still "
        "17% below the 2019 peak of 200 million.",
    ),
]

# From the fourteenth held-aside set's false alarm and misses, once it was spent (our wording).
MORE_CLAIMS += [
    (
        "multiple",  # a verb that carries on with the same thing
        "The council will quadruple the levy, raising it to £600 from £150.",
        "The council will triple the levy, raising it to £600 from £150.",
    ),
    (
        "cagr",  # a yearly rate restating the change before it
        "Bookings reached 2,420 in 2024, a 21% rise from 2,000 two years earlier, or growth of "
        "10% a year.",
        "Bookings reached 2,420 in 2024, a 21% rise from 2,000 two years earlier, or growth of "
        "14% a year.",
    ),
    (
        "cagr",  # the same, dated by the years of the pair
        "Grants fell from €40,000 in 2018-19 to €20,000 in 2022-23, a cut of 50 per cent, which "
        "the audit calls a decline of about 16 per cent a year.",
        "Grants fell from €40,000 in 2018-19 to €20,000 in 2022-23, a cut of 50 per cent, which "
        "the audit calls a decline of about 26 per cent a year.",
    ),
    (
        "difference",  # "A, but only B ..., leaving C"
        "The hall has 1,200 seats, but only 870 were sold, leaving 330 empty.",
        "The hall has 1,200 seats, but only 870 were sold, leaving 430 empty.",
    ),
    (
        "share",  # "Of that £250": a whole with no words of its own
        "Of that £250, about £60 goes on fuel, roughly 24 percent of the bill.",
        "Of that £250, about £60 goes on fuel, roughly 34 percent of the bill.",
    ),
    (
        "total",  # a colon list whose lead counts its items
        "The union counts 1,020 members across the county's three districts: 540 in the north, "
        "310 in the centre and 170 in the three southern towns.",
        "The union counts 1,120 members across the county's three districts: 540 in the north, "
        "310 in the centre and 170 in the three southern towns.",
    ),
    (
        "average",  # "which comes to"
        "Bakers sold 3.2 million buns last year, worth €4.8 million, which comes to about €1.50 "
        "a bun.",
        "Bakers sold 3.2 million buns last year, worth €4.8 million, which comes to about €1.80 "
        "a bun.",
    ),
    (
        "difference",  # two spans with the first one's year between
        "The closure lasted 14 weeks in 2023-24, five weeks longer than the 9-week closure of "
        "the winter before.",
        "The closure lasted 14 weeks in 2023-24, six weeks longer than the 9-week closure of "
        "the winter before.",
    ),
    (
        "total",  # ", made up of" after the figure's noun
        "The crews answered 3,400 calls, made up of 2,100 routine checks and 1,300 emergencies.",
        "The crews answered 3,500 calls, made up of 2,100 routine checks and 1,300 emergencies.",
    ),
    (
        "share",  # "N of them, about P%" at the end of the sentence
        "The board reviewed 2,500 claims and upheld 600 of them, about 24%.",
        "The board reviewed 2,500 claims and upheld 600 of them, about 34%.",
    ),
    (
        "points",  # a rate of growth set against the rate after it
        "Rents rose 3.1% in the year to June, 90 basis points above the 2.2% pace of a year "
        "earlier.",
        "Rents rose 3.1% in the year to June, 60 basis points above the 2.2% pace of a year "
        "earlier.",
    ),
]

# Thirty-first trap round.
MORE_CLAIMS += [
    (
        "points",  # the span names the base among two
        "Vacancy fell to 4.1% in 2025 from 4.9% in 2024 and 6.0% in 2021, a drop of 1.9 points "
        "in four years.",
        "Vacancy fell to 4.1% in 2025 from 4.9% in 2024 and 6.0% in 2021, a drop of 0.9 points "
        "in four years.",
    ),
    (
        "change",  # the figure of the name the change's clause gives
        "Lyon's port handled 9.6 million tonnes in 2025 and Sete's 4.1 million, with Lyon's "
        "figure up 6.7% from 9.0 million in 2024.",
        "Lyon's port handled 9.6 million tonnes in 2025 and Sete's 4.1 million, with Lyon's "
        "figure up 9.7% from 9.0 million in 2024.",
    ),
]

# Thirty-second trap round, and the fourteenth set's readings across sentences.
MORE_CLAIMS += [
    (
        "change",  # a possessive year before a base
        "Ferry crossings reached 5.2 million in 2025, up 4% from 2024's 5.0 million and from "
        "4.0 million in 2020.",
        "Ferry crossings reached 5.2 million in 2025, up 14% from 2024's 5.0 million and from "
        "4.0 million in 2020.",
    ),
    (
        "change",  # "the former" of two figures
        "Bergen's mill employed 1,272 people in 2025 and Molde's 900 in 2023, with the former up "
        "6% from 1,200.",
        "Bergen's mill employed 1,272 people in 2025 and Molde's 900 in 2023, with the former up "
        "16% from 1,200.",
    ),
    (
        "multiple",  # not the whole a fraction before it is of
        "At ¥2.4m, the winning bid was a fifth of the ¥12m record, but eight times the ¥300,000 "
        "paid in 2004.",
        "At ¥2.4m, the winning bid was a fifth of the ¥12m record, but six times the ¥300,000 "
        "paid in 2004.",
    ),
    (
        "cagr",  # a yearly rate after "That is ... in five years"
        "A survey now costs 300 zł, up from 200 zł in 2019. That is a rise of 50% in five years, "
        "or 8.4% a year.",
        "A survey now costs 300 zł, up from 200 zł in 2019. That is a rise of 50% in five years, "
        "or 9.4% a year.",
    ),
    (
        "change",  # "Three years earlier, in 2021-22, it issued 61, so ..."
        "The council granted 86 permits in 2024-25. Three years earlier, in 2021-22, it issued "
        "61, so the number has grown by 41 per cent.",
        "The council granted 86 permits in 2024-25. Three years earlier, in 2021-22, it issued "
        "61, so the number has grown by 31 per cent.",
    ),
    (
        "difference",  # an amount restated by the change after it, across sentences
        "Each permit now costs £1,150 a year. That compares with £980 before the review, a jump "
        "of £170, or 17.3 per cent.",
        "Each permit now costs £1,150 a year. That compares with £980 before the review, a jump "
        "of £270, or 17.3 per cent.",
    ),
]

# Thirty-third trap round, and bounds.
MORE_CLAIMS += [
    (
        "change",  # another comparison's base is no figure now
        "Port fees reached €150m in 2025, nearly three times the €52m of 2021 and up 25 per cent "
        "on the €120m of 2024.",
        "Port fees reached €150m in 2025, nearly three times the €52m of 2021 and up 35 per cent "
        "on the €120m of 2024.",
    ),
    (
        "bound",  # "The exact figure at the end of June was ..."
        "Permits in force have climbed to more than 7,000. The exact figure at the end of March "
        "was 7,310.",
        "Permits in force have climbed to more than 7,000. The exact figure at the end of March "
        "was 6,310.",
    ),
]

# Thirty-fifth trap round.
MORE_CLAIMS += [
    (
        "share",  # "N of the remaining X" is of what was left
        "The network closed 40 of its 400 branches, leaving 360. Volunteers now run 90 of the "
        "remaining branches, 25 per cent of the network.",
        "The network closed 40 of its 400 branches, leaving 360. Volunteers now run 90 of the "
        "remaining branches, 35 per cent of the network.",
    ),
]

# Thirty-seventh trap round.
MORE_CLAIMS += [
    (
        "change",  # the figure of the things "more X than" names
        "The college received 520 applications for 40 places, or 13 per place, and 30 per cent "
        "more applications than the 400 of 2020.",
        "The college received 520 applications for 40 places, or 13 per place, and 40 per cent "
        "more applications than the 400 of 2020.",
    ),
    (
        "difference",  # "..., up P% from X, or N more": the base is the old figure
        "The park issued 92,000 permits in 2025, up 15 per cent from 80,000 in 2024, or 12,000 "
        "more.",
        "The park issued 92,000 permits in 2025, up 15 per cent from 80,000 in 2024, or 14,000 "
        "more.",
    ),
]

# Fortieth trap round.
MORE_CLAIMS += [
    (
        "multiple",  # the restatement on the base's footing is the one multiplied
        "The striker signed a three-year deal worth £12.6m, or £4.2m a season, double the £2.1m a "
        "year he earned before.",
        "The striker signed a three-year deal worth £12.6m, or £4.2m a season, triple the £2.1m a "
        "year he earned before.",
    ),
]

MORE_CLAIMS += [
    # Read once hold-239..256 was spent, and from trap rounds 51-52; wordings of our own.
    (
        "average",  # the average's own noun names its total, the other count divides
        "The cooperative's 214 growers tend 11,900 hives, or 56 hives each.",
        "The cooperative's 214 growers tend 11,900 hives, or 66 hives each.",
    ),
    (
        "average",  # "per site" divides a count of campsites
        "The province will add 600 campsites at a cost of $9 million, about $15,000 per site.",
        "The province will add 600 campsites at a cost of $9 million, about $18,000 per site.",
    ),
    (
        "average",  # a count said as an average is rounded, not whole
        "The band sold 5,000 tickets over 12 shows, an average of 417 per show.",
        "The band sold 5,000 tickets over 12 shows, an average of 450 per show.",
    ),
    (
        "change",  # "P% more" set off, no base named
        "Rent for a stall rose to 1,560 rupees from 1,200 rupees, 30% more.",
        "Rent for a stall rose to 1,560 rupees from 1,200 rupees, 40% more.",
    ),
    (
        "change",  # a count's noun before its year in a dated pair
        "The mill made 4,000 bales in 2023 and 5,000 in 2024, 25% more.",
        "The mill made 4,000 bales in 2023 and 5,000 in 2024, 35% more.",
    ),
    (
        "difference",  # "The remaining" opening the sentence after a split
        "Ticket income came to €1.8m, of which season passes brought in €1.1m. The remaining "
        "€700,000 came from day tickets.",
        "Ticket income came to €1.8m, of which season passes brought in €1.1m. The remaining "
        "€900,000 came from day tickets.",
    ),
    (
        "difference",  # a herd counted in "head"
        "The herd fell to 4,120 from 4,480, a loss of 360 head.",
        "The herd fell to 4,120 from 4,480, a loss of 460 head.",
    ),
    (
        "change",  # the bare start of a change takes its end's currency
        "Monthly permits went from 80 to 100 Swiss francs, a 25% rise.",
        "Monthly permits went from 80 to 100 Swiss francs, a 35% rise.",
    ),
    (
        "share",  # a fraction set off after its part
        "Of its 820 members, 205, a quarter, are under 30.",
        "Of its 820 members, 305, a quarter, are under 30.",
    ),
    (
        "change",  # a span between the whole change and the yearly rate after it
        "Visits grew from 5,000 in 2014 to 7,400 in 2024, an increase of 48% over the decade, "
        "or about 4% a year.",
        "Visits grew from 5,000 in 2014 to 7,400 in 2024, an increase of 58% over the decade, "
        "or about 4% a year.",
    ),
]

MORE_CLAIMS += [
    # Read once hold-257..274 was spent, and from trap round 53; wordings of our own.
    (
        "difference",  # "of whom" opens a partition as "of which" does
        "The club has 2,600 members, of whom 1,450 are women and the remaining 1,150 men.",
        "The club has 2,600 members, of whom 1,450 are women and the remaining 1,250 men.",
    ),
    (
        "total",  # a long lead before ", with" and its list
        "A record 9,400 riders took part across the four events of the festival weekend, "
        "organisers said on Sunday, with 5,100 in the road race, 2,300 in the gravel ride, 1,200 "
        "in the family loop and 800 in the time trial.",
        "A record 9,900 riders took part across the four events of the festival weekend, "
        "organisers said on Sunday, with 5,100 in the road race, 2,300 in the gravel ride, 1,200 "
        "in the family loop and 800 in the time trial.",
    ),
    (
        "share",  # a partition's part far from its rate, a size between
        "Of the 8,600 who started the 21-kilometre race on Sunday morning, 8,170 crossed the line "
        "in the harbour before the three-hour cut-off, a completion rate of about 95%.",
        "Of the 8,600 who started the 21-kilometre race on Sunday morning, 8,170 crossed the line "
        "in the harbour before the three-hour cut-off, a completion rate of about 85%.",
    ),
    (
        "total",  # "combined" is no noun of the total's own
        "Inspections reached 4,200 homes in the northern district last year, 3,100 in the east "
        "and 2,700 in the south, 10,000 combined.",
        "Inspections reached 4,200 homes in the northern district last year, 3,100 in the east "
        "and 2,700 in the south, 11,000 combined.",
    ),
    (
        "difference",  # "That is N more <noun>" over the pair before
        "Passengers reached 58,300 in 2025, up from 51,900 in 2024. That is 6,400 more "
        "passengers, or a rise of 12.3 per cent.",
        "Passengers reached 58,300 in 2025, up from 51,900 in 2024. That is 7,400 more "
        "passengers, or a rise of 12.3 per cent.",
    ),
    (
        "share",  # set off at the end of a sentence that opens on its whole
        "Of the county's 1,640 registered boats, 1,230 had passed the new safety check by June, "
        "about 75%.",
        "Of the county's 1,640 registered boats, 1,230 had passed the new safety check by June, "
        "about 65%.",
    ),
    (
        "share",  # set off after the clause of a part "of whom" opens
        "The 40 hostels hosted 2.1 million guests last year, of whom 630,000 came from abroad, "
        "about 30%.",
        "The 40 hostels hosted 2.1 million guests last year, of whom 630,000 came from abroad, "
        "about 40%.",
    ),
    (
        "share",  # "out of a road maintenance budget of": three words before the whole
        "The agency spent R90 million on patching out of a road maintenance budget of R600 "
        "million, about 15% of the total.",
        "The agency spent R90 million on patching out of a road maintenance budget of R600 "
        "million, about 25% of the total.",
    ),
    (
        "total",  # a colon list after a longer lead
        "Families can use 160 collection points across the county: 80 in Leeds, 50 in York and "
        "30 in Hull.",
        "Families can use 160 collection points across the county: 80 in Leeds, 60 in York and "
        "30 in Hull.",
    ),
    (
        "difference",  # "of which" opens the parts of the figure before it
        "Meals cost the county £3 million for 1.5 million lunches, or £2.00 each, of which "
        "parents paid 80p and the council the remaining £1.20.",
        "Meals cost the county £3 million for 1.5 million lunches, or £2.00 each, of which "
        "parents paid 80p and the council the remaining £1.40.",
    ),
    (
        "change",  # a fraction after "down" is the size of the fall
        "The average home spent ¥3,420 on laundry last year, down roughly a third from ¥5,180 "
        "in 2014.",
        "The average home spent ¥3,420 on laundry last year, down roughly a half from ¥5,180 "
        "in 2014.",
    ),
    (
        "change",  # euro cents are hundredths of a euro, and so are the bare cents after them
        "Households paid 31 euro cents per kilowatt-hour, about 9% more than the EU average of "
        "28.4 cents.",
        "Households paid 31 euro cents per kilowatt-hour, about 19% more than the EU average of "
        "28.4 cents.",
    ),
]

# Readings the words do not pin down (this session's): shown when the arithmetic fits,
# "unverifiable" when it does not, never an alarm. (kind, text, a figure, a wrong one)
GUESSED_READINGS = [
    (
        "difference",  # a remainder whose whole stands alone two sentences up
        "Ticket income reached €4.2 million. Members paid €2.1 million of it, with visitors "
        "adding €1.3 million and schools €0.8 million. Against that, the trust spent €1.5 million "
        "on staff, leaving €2.7 million for everything else.",
        "€2.7 million for",
        "€3.7 million for",
    ),
    (
        "bound",  # the one exact figure near the bound, a sentence on
        "LEEDS, May 2, 2025 - The city recorded more than 300 millimetres of rain in April. The "
        "airport gauge caught 316 millimetres, twice the April norm of 158 millimetres.",
        "316 millimetres, twice",
        "286 millimetres, twice",
    ),
    (
        "change",  # a pair over two sentences, the second opening on its earlier year
        "A set of shoes cost €120 in 2022, the survey found. In 2016 the same job cost €85. That "
        "is a rise of 41.2 percent.",
        "41.2 percent",
        "31.2 percent",
    ),
    (
        "difference",  # what is left of a whole a sentence up, after the sum said of its parts
        "The hall will cost $2.95 million. The state gave $1.5 million, the county $700,000 and "
        "donors $300,000, together covering $2.5 million and leaving $450,000 still to find.",
        "$450,000 still",
        "$550,000 still",
    ),
    (
        "share",  # the figure the partition's modifier names
        "The market may let 900 stalls, but only 640 are occupied. Of the occupied stalls, 160, "
        "or 25 percent, sell hot food.",
        "25 percent",
        "35 percent",
    ),
]


GUESSED_READINGS += [
    # Read once hold-293..310 was spent; wordings of our own. An average over a count the
    # average's noun does not name is a guess.
    (
        "average",  # "from about 4,000 dairy farms" names a source, not a base
        "The board bought milk worth €96m from about 4,000 dairy farms, an average of some "
        "€24,000 per supplier.",
        "€24,000",
        "€34,000",
    ),
    (
        "average",  # restated per a thing the count names otherwise
        "The council spent £91,500 refitting its 61 bus shelters with solar lights, or £1,500 a "
        "stop.",
        "£1,500",
        "£2,500",
    ),
]


GUESSED_READINGS += [
    (
        "total",  # "of which" makes the parts the whole's own things, whatever their verbs; a
        # list left open is a guess
        "The region has 64 registered choirs, of which 26 sing sacred music and 38 secular.",
        "38 secular",
        "48 secular",
    ),
]


@pytest.mark.parametrize("kind,text,right,wrong", GUESSED_READINGS)
def test_guessed_readings(kind, text, right, wrong):
    assert (kind, "consistent") in verdicts(text)
    assert (kind, "unverifiable") in verdicts(text.replace(right, wrong))


MORE_CLAIMS += [
    # Read once hold-293..310 was spent; wordings of our own.
    (
        "change",  # a possessive names the figure compared with, not a time
        "Growers picked 9,200 tonnes of cherries this summer, 15 per cent more than last year's "
        "8,000 tonnes.",
        "Growers picked 9,200 tonnes of cherries this summer, 25 per cent more than last year's "
        "8,000 tonnes.",
    ),
    (
        "cagr",  # a pair dated "from ... in 2020 to ... in 2024" makes "a year" a yearly rate
        "The fee rose from €400 per pupil in 2020 to €520 in 2024, an increase of nearly 7 per "
        "cent a year.",
        "The fee rose from €400 per pupil in 2020 to €520 in 2024, an increase of nearly 9 per "
        "cent a year.",
    ),
    (
        "share",  # a partition's share set off before the part it restates
        "Of the 24,000 hectares under vines, about 35 per cent, or 8,400 hectares, are farmed "
        "organically.",
        "Of the 24,000 hectares under vines, about 45 per cent, or 8,400 hectares, are farmed "
        "organically.",
    ),
    (
        "change",  # the noun past a size of one is the unit
        "The port loaded 2.35 million 50-kilogram bags of cocoa this season, about 15 per cent "
        "more than the 2.04 million bags of last season.",
        "The port loaded 2.35 million 50-kilogram bags of cocoa this season, about 25 per cent "
        "more than the 2.04 million bags of last season.",
    ),
    (
        "multiple",  # "as much" with a figure of a later clause after it
        "The ferry took in £240,000 in fares, while fuel and crew cost £720,000, three times as "
        "much, leaving a gap of £480,000.",
        "The ferry took in £240,000 in fares, while fuel and crew cost £720,000, five times as "
        "much, leaving a gap of £480,000.",
    ),
    (
        "total",  # a long colon lead, the list closed by "the remaining"
        "Since the scheme started, 210 shops in the old town have been let: 95 to cafes, "
        "70 to craft studios and the remaining 45 to charities.",
        "Since the scheme started, 210 shops in the old town have been let: 95 to cafes, "
        "70 to craft studios and the remaining 55 to charities.",
    ),
    (
        "average",  # a rate whose unit is the ratio of two figures of its sentence
        "The fleet ran 12 million kilometres on 30 million kilowatt hours last year, about 2.5 kWh "
        "per kilometre.",
        "The fleet ran 12 million kilometres on 30 million kilowatt hours last year, about 3.5 kWh "
        "per kilometre.",
    ),
    (
        "change",  # a headline's change over a body change read only after the first pass
        "Choir membership in Tartu rises almost 12 per cent\nTARTU, May 2, 2025 - Choirs in the "
        "county counted 4,480 singers this spring, the song society said, compared with 4,000 a "
        "year earlier. The gain of 480 singers, a rise of almost 12 per cent, is the biggest "
        "since 2011.",
        "Choir membership in Tartu rises almost 22 per cent\nTARTU, May 2, 2025 - Choirs in the "
        "county counted 4,480 singers this spring, the song society said, compared with 4,000 a "
        "year earlier. The gain of 480 singers, a rise of almost 12 per cent, is the biggest "
        "since 2011.",
    ),
]


MORE_CLAIMS += [
    # Read once hold-311..328 was spent; wordings of our own.
    (
        "share",  # the whole "of which" sets the part in, a share closing the clause
        "The bank now has 940 branches, of which 611 are in Bavaria, Hesse and Saxony, nearly 65% "
        "of the network.",
        "The bank now has 940 branches, of which 611 are in Bavaria, Hesse and Saxony, nearly 75% "
        "of the network.",
    ),
    (
        "points",  # two rates each dated by its own year, a move in points set off after
        "OSLO, March 3, 2025 - Night buses carried 31 percent of late travellers in 2019 but only "
        "22 percent last year, a drop of 9 percentage points.",
        "OSLO, March 3, 2025 - Night buses carried 31 percent of late travellers in 2019 but only "
        "22 percent last year, a drop of 11 percentage points.",
    ),
    (
        "cagr",  # "over the two seasons" is a span
        "The club sold 36,300 tickets in the 2024-25 season, up from 30,000 in 2022-23, or about "
        "10 percent a year over the two seasons.",
        "The club sold 36,300 tickets in the 2024-25 season, up from 30,000 in 2022-23, or about "
        "14 percent a year over the two seasons.",
    ),
    (
        "difference",  # a verb of change names no thing the pair counts
        "Their number rose to 340 from 295, a gain of 45 pharmacies.",
        "Their number rose to 340 from 295, a gain of 55 pharmacies.",
    ),
    (
        "total",  # a clause on the rest of a larger whole after a list summed in the sentence
        "Spain, Italy and Greece bought 5,200 tonnes, 3,100 tonnes and 1,700 tonnes respectively, "
        "a combined 10,000 tonnes, with the rest going to the Baltic states.",
        "Spain, Italy and Greece bought 5,200 tonnes, 3,100 tonnes and 1,700 tonnes respectively, "
        "a combined 11,000 tonnes, with the rest going to the Baltic states.",
    ),
]

NO_ALARMS_TWENTY_THIRD = [
    # (forty-fourth round) "a year earlier" dates a base, it is no period; a change "from" a
    # year has no base figure here; "That" after a partition is its whole, a guess
    "Rents averaged £1,150 a month in June, or £13,800 a year, up 6.5% from £1,080 a year earlier.",
    "About 62% of homes own a car, compared with 35% that own a bicycle, up 3 points from 2017 "
    "for cars.",
    "Of the 300 trains cancelled on Monday, 220 were regional services and the rest, 80, were "
    "intercity. That was about three times the 100 cancelled on Sunday.",
    # (forty-third round and the fifteenth set's false alarm) an aim said as a rate is no
    # average of what was done; a pair after a change in an aside may be either change's; a
    # yearly average rate is no whole change
    "The agency built 900 flats over the three fiscal years, an average of 300 a year, against "
    "a target of 400 a year.",
    "Bus fares will rise 5% from May, after a 9% increase last year, taking a single ticket from "
    "£2.00 to £2.10.",
    "Revenue was $60 million. That compares with $40 million at the start of the decade, a gain "
    "of 50 per cent, which the firm calls average growth of 4.1 per cent a year.",
    # (forty-first and forty-second rounds) a partition's parts stop at a semicolon, and a
    # part naming other things after a bare one is none; a bare level is compared with the
    # sentence's own figure; an average per other things is no total; a margin is no part;
    # "up from" after another figure is that figure's base
    "Of the 500 stewards at the festival, 300 were students (60%); last year's festival had "
    "450 stewards, so numbers rose 11.1%.",
    "Of the 200 allotment plots, 180 are let, or 90 per cent, and 35 people are on the "
    "waiting list.",
    "Inspectors visited nine sites. The average reading was 13.0 milligrams per cubic metre, "
    "about 30 per cent above the alert level of 10.",
    "Running the service cost $300,000 last year. That works out at about $6.00 per visit "
    "and, with 40,000 residents, about $7.50 per person.",
    "Their 50 wins already beat last season's total of 44 by six, with 12 games left.",
    "Applications doubled to 8,000, while places rose by a quarter to 500, so there are now 16 "
    "applicants per place, up from 10.",
    # (fortieth round) a span in seasons names the base
    "Tea averaged ₹250 a kg in the 2024-25 season, up from ₹240 in 2023-24 and ₹200 in 2021-22, "
    "a 25% increase over three seasons.",
    # the whole a part is "out of" is no figure now of a change
    "They used 7.2 TWh last year out of 30 TWh of national demand, up 20% from 6.0 TWh the "
    "year before.",
    # (thirty-ninth round) "one" in "as much as one in Busan" is no figure between a multiple
    # and its object
    "At €900,000, a flat in Paris costs 3 times as much as one in Lille (€300,000) and 20 times "
    "the median household income of €45,000.",
    # an amount said as a difference is no share's part
    "Catches reached 500,000 tonnes, 80,000 tonnes more than the season before and 80% of the "
    "limit of 625,000 tonnes.",
    # a rate or an average is no part of an overall total
    "The scheme cost about ¥20 million per chick hatched this year, and equals 8 per cent of "
    "the zoo's overall budget of ¥2.5 billion.",
    # (thirty-eighth round) a part of the figure before ("N of them ... alone") is no share's part
    "The firm has fitted 900,000 meters since 2020, 200,000 of them last year alone, which means "
    "60% of its 1.5 million customers now have one.",
    # a restatement in another period, past the year between
    "Rent averaged NOK 12,000 a month in 2024, or NOK 144,000 a year, up from NOK 11,400 a "
    "month in 2023, a 5.3% rise.",
    # a figure a later verb reaches is that verb's
    "The school will award 30 bursaries, up from 24, an increase of six, or 25 per cent, after "
    "applications more than doubled to 180 from 85.",
    # (thirty-sixth round) "Of the remaining N, ..." partitions its own figure
    "Of the 3,000 bids received, 800 were rejected at once. Of the remaining 2,200, 330 - 15 per "
    "cent - won funding.",
    # "short of its target" is a gap, not a part of a whole
    "The farm picked 2.52 million apples, 5% more than last year's 2.4 million but short of "
    "its 2.8 million target - a 10% shortfall.",
    # a size each item has is no count
    "The array will have 1.5 GW of capacity from 100 turbines of 15 MW each. Its EUR 6 billion "
    "cost works out at EUR 4m per megawatt.",
    # a comparison's base is no part of a share after it
    "The count is 30 per cent below the ten-year average of 10,000, and about a third of the "
    "record 21,000 set in 1990.",
    # a clause about the compared figure's place
    "Berths cost SEK 2,400 in Malmo in 2025, compared with SEK 2,000 in Lund, where the fee "
    "rose 8 per cent from SEK 1,852.",
    # (thirty-fifth round) groups that overlap are no partition
    "Of the 500 members, 320 were walkers and 210 were cyclists; 60 were both, leaving 30 "
    "who were neither.",
    # a count in the sentence beside a story's whole count ("the 500-seat hall")
    "Tickets for the 500-seat hall sold out. The refit cost £2m, or £4,000 per seat, and added "
    "300 seats in the stalls and 200 in the gallery.",
    # (thirty-fourth round) what a change carries may be another measure: a guess
    "Entry fees rose 15% in 2024, lifting ticket revenue to €2.2m from €2.0m even though "
    "visits fell to 88,000 from 91,000.",
    # "N were under 50" is an age
    "The clinic saw 2,400 patients, 600 of them at home. Of those, 90 were under 40 - 15% of "
    "that group.",
    # (thirty-third round) a count said of one of many is no sure count for a story's average
    "The libraries lent 12.4 million books in 2025; the busiest branch handled 1.1 million "
    "loans. The budget of €62m equals about €5 per loan.",
    # a frame that opens the sentence names the whole ("Within that ... budget")
    "The army's budget for 2026 is €2.4bn, of which €600m goes to procurement. Within that "
    "procurement budget, drones take €150m, or 25% of the budget.",
    # a partition stops at another place's figures
    "Of the 900,000 fish put to sea there, 216,000 were lost, compared with 90,000 of 600,000 "
    "at the next farm, a loss rate of 15%.",
    # a pair carried after two changes may be the work of both
    "Sales volumes fell 12% while value rose 4%, lifting the average price to €8.20 from €6.90.",
    # the one exact figure near a bound, two sentences on, is a guess: shown when it fits and
    # never an alarm
    "PERTH, May 2, 2025 - The city recorded more than 300 millimetres of rain in April. The "
    "airport gauge caught 286 millimetres, twice the April norm of 143 millimetres.",
    # (the fourteenth set) a pair over two sentences, the second opening on its earlier year:
    # a guess, shown when it fits and never an alarm
    "A set of shoes cost €120 in 2022, the survey found. In 2016 the same job cost €85. That "
    "is a rise of 41.2 percent, or about 5.9 percent a year across six years.",
    "A set of shoes cost €120 in 2022, the survey found. In 2016 the same job cost €85. That "
    "is a rise of 31.2 percent, or about 6.9 percent a year across six years.",
    # (thirty-first round) a list's first part after "made up of" is no whole of "the remaining"
    "The 48-strong choir is made up of 20 sopranos, 12 altos and 9 tenors, with the remaining "
    "seven singing bass.",
    # a change said with a yearly rate after it: the rate's "a year" is not the change's
    "Visits rose to 52,000 in 2024 from 40,000 in 2019. That is an increase of 30 per cent, or "
    "an average of 5.4 per cent a year over the five years.",
    # (the fourteenth held-aside set) "Of the occupied stalls" is of the figure the modifier
    # names (a guess), not of the cap on all stalls
    "The market may let 900 stalls, but only 640 are occupied. Of the occupied stalls, 160, or "
    "25 percent, sell hot food.",
    # an average that may be of the part "including" names
    "The trust has restored 1.3 million hectares since 2019, including 210,000 last year, "
    "when it spent A$4.2m, or about A$20 a hectare.",
    # (twenty-fourth round) an average of a list as long as its count; "an average of N over
    # its M fixtures" is spread over, not above
    "The four depots handled 2,100, 1,750, 1,320 and 930 parcels respectively, an average of "
    "1,525 per depot.",
    "The club drew 28,400 fans, an average of about 1,290 over its 22 matches.",
    # (twenty-fifth round) a change in local currencies; counts of goals over matches
    "Sales reached CHF 1.84bn, up 6.4% in local currencies and 3.1% in Swiss francs from CHF "
    "1.785bn.",
    "She scored 27 goals in 34 matches, and her club scored 81 in all.",
    # (twenty-sixth round) a count of where, not of what; a rate per so many is no count; a
    # "to" figure with its own "from" is that pair's; "a further" rise steps from the pair
    "The hall sold 96,300 tickets across 180 concerts, filling 91.2% of its 590 seats.",
    "The £98m budget works out at about £540 per call, and the city of 600,000 makes about "
    "300 calls per 1,000 people.",
    "The bank raised its rate to 4.75% from 4.25% after inflation reached 6.2% from 5.8%, a "
    "rise of 0.4 percentage points.",
    "The mill ground 64,000 tonnes in 2025, 8% more than the 59,300 tonnes of 2024, and plans "
    "68,500 tonnes in 2026, a further 7% rise.",
    # (twenty-seventh round) a yearly word right after another percent is that one's; a
    # running total takes no figure of a clause after it; "another 4%" may be one of two
    # steps a later pair sums; "This year's count" opens on a period, not the figure before;
    # a rate per kilogram is no count of kilograms
    "Exports reached €840m in 2024, up from €780m in 2023, a 7.7% annual gain, and have risen "
    "40% over five years from €600m in 2019.",
    "Orders rose to 3.2 trillion won, lifting the backlog to 41.6 trillion won, about three "
    "years of work at last year's revenue of 12 trillion won.",
    "The bar raised prices by 6% in January and plans another 4% increase in July, which would "
    "take a pint to £4.96 from £4.50.",
    "Counters saw 84,260 salmon. A further 4,100 jacks were counted separately. This year's "
    "count was about 45 per cent above the ten-year average of 58,300.",
    "It takes roughly 6.4 litres of milk per kilogram of cheese. Sales reached CHF 7.9 "
    "million, an average of about CHF 42.50 per kilo.",
    # (twenty-eighth round) a range's ends are not what a multiple multiplies; an average's
    # count is not in a clause after it, nor a "top 10"; an average said as last period's
    "The levy, which ranges from ¥200 to ¥10,000 a night, should raise ¥12.6 billion, nearly "
    "triple the ¥4.6 billion of 2024.",
    "The league ran 1,140 tournaments with prize funds of ₹410 million, about ₹360,000 per "
    "event, although the top 10 events took a large part of it.",
    "The choir sang to 8,400 people at 12 concerts, an average of 700 per concert, up from 650 "
    "a season earlier, when 9,100 people came to 14 concerts.",
    # (twenty-ninth round) "as much light as the 4-metre mirror" compares no metres; a bigger
    # figure of the story may be an average's total, not the sub-cost its noun names
    "The new mirror, 8.2 metres across, gathers nearly three times as much light as the "
    "5-metre mirror it replaces.",
    "The town will spend PLN 240,000 on its lights this year. The bulbs will use 4,000 kWh, "
    "and at PLN 1.10 per kWh the electricity will cost just PLN 4,400. Another PLN 30,000 "
    "goes on the tree. For its 12,000 residents, the cost works out at PLN 20 a head.",
    # (thirtieth round) cubic metres are no count for "per metre"
    "Crews pumped 250,000 cubic metres of sand at R180 per cubic metre. Sea walls along 1.2 km "
    "cost a further R18 million, about R15,000 per metre.",
    # (hold-257..274, read once spent; round 53) a multiple set off after a figure of its own,
    # past a from/to pair; "19 times out of 20"; a share restating last period's figure; a
    # side of a contest; a part naming another thing than the breakdown's whole; a count said
    # as a part of the things an average is over
    "The laundry charges ¥300 to press a shirt, up from ¥240 last year, and ¥1,500 to clean a "
    "coat, five times the shirt price.",
    "The survey of 2,000 adults ran Nov. 14-18, and results are accurate within 2.2 points, 19 "
    "times out of 20.",
    "Women won 96 of the 300 seats, or 32%, up from 81, or 27%, in 2019.",
    "She won with 12,640 votes to the Labour candidate's 9,870, taking 51.3% of the 24,640 "
    "votes cast.",
    "The 90 councillors tabled 3,600 motions this year, an average of 40 each. Opposition "
    "members, who hold 36 seats, accounted for 2,160 of them and 60 per member, while the "
    "others tabled the remaining 1,440, or about 27 each.",
    "Only 40 of those halls are heated today, which leaves 70 schools still waiting. The works "
    "will cost ¥7.7 billion, or about ¥110 million per hall.",
    # (fifty-fourth round) a gap is no operand of another gap; a sum against one item of a
    # list; two sums of two series listed together; an item's figure in brackets is no whole
    "Smoking rates fell to 4.2 and 5.1 per 100 adults for women and men respectively, a gap of "
    "0.9, down from a gap of 1.4 in 2015.",
    "Oat and rye harvests reached 2.4 million and 0.9 million tonnes respectively in 2024, up "
    "from 2.1 million and 1.1 million tonnes in 2023, so combined output rose by 0.1 million "
    "tonnes to 3.3 million.",
    "The bakery chain runs 12 shops in Leeds with 310 employees, 8 in York with 180 and 5 in "
    "Hull with 110, or 25 shops and 600 workers in all.",
    "Seats on the parish council are split among Greens (6), Liberals (4) and Independents "
    "(2), 12 in all. Women hold 4 of the seats, or a third.",
    # (fifty-fifth round; hold-275..292, read once spent) bases or multiples said
    # "respectively"; the parts of a whole "of which" opens; a remainder's whole a sentence up
    # beside an average, not a value "of" a loan
    "The mean rent rose 8% to €1,296 while the median fell 3% to €970, from €1,200 and €1,000 "
    "respectively.",
    "The new crane lifts 30 tonnes and 9 tonnes at full reach, respectively triple and 2.25 "
    "times what the old one managed (10 tonnes and 4 tonnes).",
    "Meals cost the county £3 million for 1.5 million lunches, or £2.00 each, of which parents "
    "paid 80p and the council the remaining £1.20.",
    "The hall will cost €40 million, or about €8,000 per seat. A loan of €25 million and €9 "
    "million from the city cover most of it; the remaining €6 million comes from a state fund.",
    # (fifty-sixth round) a share closing a clause past another part; another share's whole
    # after a possessive; a part of a part is no part of a total; "P% more" after a figure
    # past the pair; a gap's mark and another gap are not the figure a second gap is of
    "Of the 3,400 entrants to the city marathon, 1,530 were women, or 45%, and 510 were older "
    "than 60, about 15%.",
    "Budget rooms make up 30% of Crete's 900 hotels but 12% of the island's roughly 41,000 rooms.",
    "The region has vaccinated 2.4 million of its 3 million adults, or 80%, out of a total "
    "population of 3.6 million.",
    "The firm's staff doubled to 480 in 2024, from 240, and is expected to reach 600 by 2026, "
    "about 25% more.",
    "The Thames peaked at 6.21 metres, 1.16 metres above the 5.05-metre warning level but 0.32 "
    "metres below the record of 6.53 metres.",
    # (fifty-seventh round) a bracketed figure is last period's, no operand of this period's
    # margin; a gap ("6 under par", "three shots clear") is no part of a total nor what is
    # left; a second gap in points is to the figure it names
    "Hallberg Foods raised its net profit to 410 million kronor (360 million) on sales of 5.2 "
    "billion kronor (4.8 billion), a net margin of 7.9%.",
    "The brewer's operating profit rose to €84 million (€71 million) on revenue of €600 million "
    "(€560 million), a margin of 14%.",
    "After rounds of 70, 71, 69 and 68 her total of 278, 6 under par, left her three shots clear "
    "of the field.",
    "Turnout in the borough reached 61.5%, 4.5 points below the 66% recorded in 2019 and 2 points "
    "below the regional figure of 63.5%.",
    # (edges of the readings from hold-293..310) a yearly rate said with no way of its own
    # goes the way of its pair; a ranked field's size is no figure compared; an average is no
    # total of a rate; "per megawatt-hour" is no "per megawatt"
    "Sales of the weekly fell from 64,000 in 2021 to 54,000 in 2024, a drop of about a sixth, "
    "or roughly 5.5% a year.",
    "The city rose to 9th of the 40 cities in the cycling index, scoring 71.5 points, 3.5 points "
    "more than last year's 68.",
    "The 160 growers delivered an average of about 250 tonnes each, from 2,600 hectares, a yield "
    "of 15.4 tonnes per hectare.",
    "The 800 MW gas plant burned fuel worth €410 million in 2024 while generating 3.1 TWh, or "
    "about 0.37 tonnes of CO2 per megawatt-hour.",
    # (fifty-eighth round) shares and amounts said "respectively" go by order; a margin set
    # off ("by C$60 million") is no part, and "of the total of" names a share's whole, not a
    # sum; another time's figure in brackets is neither a level nor a base; a restatement
    # after a conversion in brackets; the base right after the change's "from"
    "Men made up 55% of the 800 entrants but only 40% of the 60 finalists, 440 and 24 "
    "respectively.",
    "Sales to Canada (C$820 million) overtook those to Mexico (C$760 million) this year, by C$60 "
    "million, and now make up 12% of the total of C$6.8 billion.",
    "The Greens won 88 of the 200 seats (95 in 2021), three short of the 91 needed for a "
    "majority, as their vote share fell 2.1 points to 30.4%.",
    "Members will pay €30 a month (about US$33), or €360 a year, up from €27.50, an increase of "
    "about 9%.",
    "The contest drew 860 entries from 24 countries (19) this year, up 15% from 748.",
    # (hold-311..328's false alarms, read once spent) a threshold's other group in brackets;
    # a figure set against another ("triple the 1,320") is the old one of a rate across
    # sentences; a list closed by "the remaining" may have begun a sentence up; "of the
    # county's total" is of the story's total, not of a figure the county counted
    "Donors aged 18 to 65 who weigh at least 55 kilograms (50 kg for women) may give plasma.",
    "The state paid grants on 3,900 rooftop solar systems in 2024-25, almost triple the 1,320 it "
    "funded in 2022-23. That is an average annual rise of 71.9% over the two years.",
    "Maps brought in £4.2m, or 21 per cent of all sales. Guides accounted for £8.1m and atlases "
    "for £5.3m, while the remaining £2.4m came from prints, taking the total to the £20.0m "
    "reported.",
    "The number of pubs in Yorkshire fell to 1,950 from 2,300. The county counted 840 micro-bars, "
    "more than double the 390 of 2021. Leeds had 410 of the pubs, or about 21 percent of the "
    "county's total.",
    # (fifty-ninth round) another year's or group's figure in brackets, after a label; shares
    # listed "respectively" with amounts after; "average annual" naming what changed; a
    # second rate joined by "and" owns the pair after it; the figure "which" opens on; a
    # whole named by a figure the story counts otherwise; ", and cut its loss to"; a score
    "Ghent collected €14.2m against Bruges's €16.0m (2023: €13.1m), a shortfall of €1.8m.",
    "Pass rates at state schools reached 68.4% (private schools: 86.1%), up 2.9 points from 65.5% "
    "a year earlier.",
    "Tea and coffee took 34% and 46% of the €2.5bn hot-drinks market respectively, worth €850m "
    "and €1.15bn.",
    "Using 210 weather stations, the agency found that average annual snowfall fell 9% from 1,420 "
    "mm in 1961-1990 to 1,292 mm in 1991-2020.",
    "Poland's economy grew 2.9% last year and 21% over five years, from 3,000bn zlotys to 3,630bn "
    "zlotys, about 3.9% a year.",
    "Valencia harvested 420,000 tonnes of oranges, half the 840,000 tonnes of neighbouring "
    "Andalusia, which alone accounts for 60% of Spain's 1.4-million-tonne crop.",
    "The chain had 190,000 members last year. Its late-night clubs, 24 of the 70, account for "
    "about 40% of members.",
    "The broadcaster reported revenue of 2.1 billion kronor, up 8% from 1.94 billion a year "
    "earlier, and cut its loss to 80 million kronor from 160 million.",
    "Of the 48,000 pupils, 6,240, or 13%, scored 90 points or more, up from 11% last year.",
    # (hold-329..346's false alarms, read once spent; the other two are kept quiet by the dev
    # corpus test) "the three oldest hubs took a combined" names three parts where two are
    # given; (sixtieth round) an average per day and per stall at once; a figure per a shorter
    # time is no figure that "That" multiplies
    "The biggest, in Kendal, recorded 38,200 visits in its first year. Ulverston had 21,400 and "
    "Millom 12,600, so the three oldest hubs took a combined 72,200 visits.",
    "The 12 stalls sold 7,200 pies over four days, an average of 600 pies per stall, or 150 a "
    "day each.",
    "More than 90,000 people came to the fair, counting 96,000 tickets, an average of 24,000 a "
    "day. That was nearly double the 50,000 of 2019.",
    # (from the final read) a share closing an "of which" clause that names another whole the
    # story counts is no share of the whole "of which" follows
    "The chain has 2,400 staff and 310 shops, of which 120 are in Dublin, Cork and Galway, about "
    "45% of staff.",
    # (sixty-first round) a list between dashes closes before the comparison after it; "208 of
    # the 350 seats combined" is a whole, no sum; another fraction's bracketed count
    "The two ruling parties hold 208 of the 350 seats combined - Labour 131 and the Greens 77 - "
    "or 32 more than the 176 needed for a majority.",
    "Kenya finished the championships with 24 medals - 9 gold, 7 silver and 8 bronze - six more "
    "than Ethiopia's 18.",
    "More than a quarter of the 2,004 people asked (540) said they had cancelled a holiday, while "
    "fewer than one in 20 (88) said they had sold a car.",
]


@pytest.mark.parametrize("text", NO_ALARMS_TWENTY_THIRD)
def test_no_alarms_twenty_third(text):
    assert "inconsistent" not in [v.verdict for v in check(text).claims]


NO_ALARMS_TWENTY_SECOND = [
    # a change on a named base with no figure; an aim is no part; a breakdown after "with"
    # that may leave parts out
    "The harvest was 48,600 tonnes, 10% less than the 54,000 tonnes of 2025, after rain fell "
    "about 21% short of the long-term average.",
    "Of the agency's 410 vans, 160, or 39%, are electric, and it aims to reach 250 by 2028.",
    "The firm employs 900 people, with 410 in Leeds and 265 in Bradford.",
]


@pytest.mark.parametrize("text", NO_ALARMS_TWENTY_SECOND)
def test_no_alarms_twenty_second(text):
    assert "inconsistent" not in [v.verdict for v in check(text).claims]


ACROSS_SENTENCES += [
    (
        "share",  # the headline's rounding is no second figure for the subject
        "Crown debt hits NZ$98 billion\n\nWELLINGTON, May 2, 2025 - Net Crown debt rose to "
        "NZ$97.6 billion in the year to June. The debt equalled 31.0 per cent of GDP, which the "
        "Treasury put at NZ$314.8 billion.",
        "Crown debt hits NZ$98 billion\n\nWELLINGTON, May 2, 2025 - Net Crown debt rose to "
        "NZ$97.6 billion in the year to June. The debt equalled 35.0 per cent of GDP, which the "
        "Treasury put at NZ$314.8 billion.",
    ),
]


ACROSS_SENTENCES += [
    (
        "multiple",  # "N times its production budget": the two figures before, a guess
        "The film, made for around 9 billion won, grossed 61 billion won, about 6.8 times its "
        "production budget.",
        "The film, made for around 9 billion won, grossed 61 billion won, about 8.8 times its "
        "production budget.",
    ),
]


ACROSS_SENTENCES += [
    (
        "total",  # a plan's date ("by the end of 2028") does not make last year's figure old
        "LEEDS, March 3, 2025 - The brewer will shut five of its plants by the end of 2028. The "
        "group employed 12,600 people at the end of last year. Management expects 2,100 of "
        "those jobs to go, taking the payroll to 10,500.",
        "LEEDS, March 3, 2025 - The brewer will shut five of its plants by the end of 2028. The "
        "group employed 12,600 people at the end of last year. Management expects 2,100 of "
        "those jobs to go, taking the payroll to 10,300.",
    ),
]


@pytest.mark.parametrize("kind,correct,wrong", ACROSS_SENTENCES)
def test_claims_across_sentences_never_alarm(kind, correct, wrong):
    assert (kind, "consistent") in verdicts(correct)
    assert (kind, "unverifiable") in verdicts(wrong)
    assert all(v != "inconsistent" for _, v in verdicts(wrong))


HEADLINE_CHANGES = [
    # a headline's change, in the present tense, checked on the body's figures for the same
    # thing, even when its words sit far from the body's percentage
    (
        "Ferry fares to rise 9% next year\n\nThe average single fare will be 436 kroner from "
        "June, against 400 kroner now, an increase of 9 per cent.",
        "consistent",
    ),
    (
        "Ferry fares to rise 12% next year\n\nThe average single fare will be 436 kroner from "
        "June, against 400 kroner now, an increase of 9 per cent.",
        "inconsistent",
    ),
    (
        "Orchard exports slips 4.5%\n\nApple shipments from the orchards fell 4.5% to 210,000 "
        "tonnes from 220,000 tonnes.",
        "consistent",
    ),
    (
        "Orchard exports slips 6.5%\n\nApple shipments from the orchards fell 4.5% to 210,000 "
        "tonnes from 220,000 tonnes.",
        "inconsistent",
    ),
]


@pytest.mark.parametrize("text,verdict", HEADLINE_CHANGES)
def test_headline_changes(text, verdict):
    first_line = text.index("\n")
    headline = [
        v.verdict
        for v in check(text).claims
        if v.claim.kind == "change" and v.claim.end <= first_line
    ]
    assert headline == [verdict]


HEADLINE_MULTIPLES = [
    # a headline factor is checked on the body's multiple of the same thing
    (
        "Meseta Airways doubles dividend after record year\n\nThe board proposed a dividend of "
        "€0.35 per share, double the €0.175 paid for 2022.",
        "consistent",
    ),
    (
        "Meseta Airways doubles dividend after record year\n\nThe board proposed a dividend of "
        "€0.35 per share, triple the €0.175 paid for 2022.",
        None,  # the body says another factor: the headline's is left alone
    ),
]


@pytest.mark.parametrize("text,verdict", HEADLINE_MULTIPLES)
def test_headline_multiples(text, verdict):
    first_line = text.index("\n")
    headline = [
        v.verdict
        for v in check(text).claims
        if v.claim.kind == "multiple" and v.claim.end <= first_line
    ]
    assert headline == ([verdict] if verdict else [])


@pytest.mark.parametrize("text,verdict", BREAKDOWNS)
def test_breakdowns(text, verdict):
    assert ("total", verdict) in verdicts(text)


DIRECTION_ERRORS = [
    "Imports were $32.16 billion and exports $21.4 billion, a trade surplus of $10.76 billion.",
    "Revenue rose 12.3% to $4.007 billion from $4.5 billion.",
    "Unemployment rose from 5.0% to 6.0%, an increase of 1.0 percent.",
    # a judging word elsewhere does not hide a way said outright
    "Among the improvements, unemployment rose to 9.8% from 8.6%, a drop of 1.2 percentage points.",
]


# A judging noun after the points ("a 2.1-point improvement") says nothing of the way the
# figures go: churn that fell is an improvement (hold-71..82, read once spent).
POINTS_JUDGED = [
    (
        "Staff turnover fell to 14.2 per cent from 16.3 per cent, a 2.1 percentage point "
        "improvement.",
        "consistent",
    ),
    (
        "Waiting-list breaches rose to 9.4% from 7.9%, a 1.5 percentage point deterioration.",
        "consistent",
    ),
    (
        "Staff turnover fell to 14.2 per cent from 16.3 per cent, a 3.1 percentage point "
        "improvement.",
        "inconsistent",
    ),
]


@pytest.mark.parametrize("text,verdict", POINTS_JUDGED)
def test_points_judged_by_a_noun(text, verdict):
    assert ("points", verdict) in verdicts(text)


@pytest.mark.parametrize("text", DIRECTION_ERRORS)
def test_direction_errors_outrank_magnitude(text):
    found = [v for v in check(text).claims if v.verdict == "inconsistent"]
    assert found and found[0].severity == "direction"


NO_CLAIMS = [
    # A change that names its own subject is not the one of the sentence before.
    "Fares fell to $2.40 from $2.60. The 12% cut in staff came later.",
    # "This year" opens no pointer back to last year's change.
    "Headcount fell to 4,700 from 5,000 in 2023. This year it plans a 6% cut.",
    # A rate that is no share of the figures beside it.
    "The firm sold 300 cars, a growth rate of 12%.",
    # a sentence opening with "The" is no pointer back to the change before it
    "Headcount fell to 4,700 from 5,000. The company also shed 200 contractor jobs.",
    # "each" of a sub-item, not the total's average
    "The 20 clubs shared £2.4 billion, with £90 million each coming from overseas rights.",
    "Smith, 54, said 300 jobs would go by 2025 at the plant on Route 9.",
    "Call 555-0142 between 9 a.m. and 5 p.m.; the 24-17 win came on March 4, 2024.",
    "The club has 1,200 members and a budget of $3 million; it was founded in 1950.",
    # A forecast next to an actual figure is not a subtraction.
    "Exports rose to A$43.2 bn. Economists had forecast a surplus of around A$6.3 bn.",
    # Parts that may leave some out: a sum short of the whole is not an error.
    "Payrolls rose by 227,000 jobs. Health care added 54,000, leisure 53,000 and "
    "government 33,000.",
    # Siblings, not a whole and its parts.
    "Wind farms supplied 26.4 TWh and solar 17.5 TWh. Gas plants gave 18.9 TWh and the "
    "remaining 7.7 TWh came from biomass.",
    "Savanna had 45.6 million subscriptions, or 66.3 per cent of the market. Baobab had 19.1 "
    "million, and smaller operators shared the remaining 4.1 million.",
    # An average that names no total: any figure before may be meant.
    "Payrolls rose by 227,000 in November and 255,000 in September. Over the latest three "
    "months, payroll growth averaged 173,000 a month.",
    "Brent averaged $80.50 a barrel, below the $82.20 average of the year before.",
    # An aim is not a ratio between the figures around it.
    "The utility produced 1,200 MW last year and plans to double the capacity of its 300-MW plant.",
    # Two export figures: which the deficit counts is unsure.
    "Exports of goods rose 5% to $120 billion. Services exports were $40 billion, and imports "
    "$150 billion, leaving a deficit of $30 billion.",
    # A fiscal deficit is not revenue less spending.
    "The fiscal deficit stood at ₹90,400 crore. Revenue receipts are put at ₹3.11 lakh crore "
    "and revenue expenditure at ₹2.92 lakh crore.",
    # Three parts named, two given: the sum is a guess.
    "Card fraud took Rs 140 crore and loan scams another Rs 95 crore, so the three kinds "
    "together made up Rs 610 crore of the losses.",
    # An average over months and lines at once is not computed on one of them.
    "The carrier, with 12 million lines, earned 1.08 trillion won over the three months, or "
    "about 30,000 won a month for each line.",
    # A change said before a pair that a later verb owns.
    "The 4.1 per cent rise came from prices: tickets sold slipped to 61.2 million from 62.5 "
    "million, a drop of 2.1 per cent.",
    # The owners' count is no part of what they carried together.
    "The two ferry lines together carried 3.1 million and 2.2 million passengers, 5.3 million "
    "in all.",
    # A pair said with an earlier verb is not a later change's.
    "Profit rose 12% to $1.1 billion, while margins widened to 14% from 12.5% as revenue grew "
    "4% to $7.9 billion.",
    # A yearly rate is no change between the two ends of its span.
    "The population grew by 1.2% a year between 2010 and 2020, to 5.1 million, from 4.5 million "
    "in 2010.",
    # Last period's share does not take this period's part.
    "About 30% of the 2,000 firms surveyed, or 600, plan to hire, up from 25% of the 1,800 "
    "asked last year.",
    # A gap that is a new level: its ends were said for an earlier year.
    "The gap between the richest and poorest regions, $48,000 and $19,000 a head in 2010, has "
    "narrowed to $25,000.",
    # A surplus named as what came before is another period's.
    "The budget shows revenue of £800m and spending of £850m next year, after a surplus of £20m "
    "this year.",
    # A figure in a clause of its own is maybe another thing of that time.
    "The airport handled 12 million passengers, twice as many as in 2015, when a second runway "
    "opened for 8 million.",
    # The "from" of an earlier change in the sentence is not a later one's.
    "The jobless rate rose to 5.2% from 4.8%, and youth unemployment rose 1.2 points to 14%.",
    # Owners, not parts: the total counts another thing than the list before it.
    "Its 3 hubs and 40 regional airports together handled 95 million passengers last year.",
    "The council's 3 libraries and 2 pools together had 1.1 million visits.",
    # Last period's figure is no part of "together".
    "Together they sold 3.2 million units, up from 2.9 million, with Beta selling 1.4 million.",
    # A verb that only says an amount: the sibling after it is no part.
    "The surplus rose to €22.5 billion from €16.8 billion in July, when exports totalled "
    "€130.4 billion and imports €113.6 billion.",
    # A total spent on a list of things is no average over one of them.
    "The city spent $48 million on 16 new buses and 4 depots, about $2.5 million per bus.",
    # The owners of a total and an average beside it are not its parts.
    "The town's 24 schools now have 1,150 laptops between them, an average of about 48 per "
    "school, and six of them have new labs.",
    # A rate per unit of area is no total to average over itself.
    "Rain averaged 86 litres per square metre, 18 percent above the norm of 73 litres per "
    "square metre.",
    # A fall of a bad thing called a gain: the words judge, they do not give the way.
    "Staff turnover improved to 8.2 percent from 9.4 percent, a gain of 1.2 percentage points.",
    # A bound whose subject differs from the figure beside it.
    "Club revenue hits record but debt tops €1 billion\n\nMADRID, Jan 25, 2024 - The club "
    "reported revenue of €812 million.",
]


@pytest.mark.parametrize("text", NO_CLAIMS)
def test_distractors_raise_nothing(text):
    assert all(v.verdict != "inconsistent" for v in check(text).claims)


def test_unverifiable_says_what_is_missing():
    (v,) = check("Imports grew 25.5 percent year-on-year to hit US$32.16 billion.").claims
    assert v.verdict == "unverifiable" and "earlier value" in v.message


def test_claim_json_contract():
    text = "Imports reached $32.16 billion and exports $21.4 billion, a deficit of $10.76 billion."
    (claim,) = check(text).to_dict()["claims"]
    assert set(claim) == {
        "kind",
        "verdict",
        "severity",
        "quantities",
        "stated",
        "computed",
        "expression",
        "message",
        "start",
        "end",
    }
    assert claim["expression"] == "32.16 - 21.4 = 10.76"
    assert claim["computed"] == 10760000000
    assert claim["stated"] in claim["quantities"]


INTERVALS = [
    ("21.4", "0.05", "=", "21.35", "21.45"),
    ("10", "0.5", ">", "10", "Infinity"),
    ("100", "0.5", "~", "95", "105"),
]


@pytest.mark.parametrize("value,precision,change,lo,hi", INTERVALS)
def test_stated_interval(value, precision, change, lo, hi):
    got = stated_interval(Decimal(value), Decimal(precision), change)
    assert got == Interval(Decimal(lo), Decimal(hi))


# Counts said to the unit are whole numbers: 212 - 194 is 18, never 17 (once the half-unit
# slack of each count let an off-by-one "check out").
WHOLE_COUNTS = [
    (
        "The council employs 212 wardens, 17 more than the 194 it had a year earlier.",
        "inconsistent",
    ),
    ("The council employs 212 wardens, 18 more than the 194 it had a year earlier.", "consistent"),
    (
        "The league has 52 clubs. There are 33 clubs in the north and the remaining 18 in "
        "the south.",
        "inconsistent",
    ),
    (
        "The league has 51 clubs. There are 33 clubs in the north and the remaining 18 in "
        "the south.",
        "consistent",
    ),
]


@pytest.mark.parametrize("text,verdict", WHOLE_COUNTS)
def test_counts_said_to_the_unit_are_whole(text, verdict):
    assert verdict in {v for _, v in verdicts(text)}
    assert {"consistent", "inconsistent"} - {verdict} - {v for _, v in verdicts(text)}


def test_percent_change_interval_contains_the_point_value():
    old, new = (
        Interval(Decimal("99.5"), Decimal("100.5")),
        Interval(Decimal("109.5"), Decimal("110.5")),
    )
    got = percent_change(old, new)
    assert got.lo < 10 < got.hi


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
@pytest.mark.parametrize(
    "edit,expected",
    [
        (None, {("difference", "consistent"), ("bound", "consistent"), ("change", "unverifiable")}),
        (("10.76", "11.76"), {("difference", "inconsistent")}),
        (("32.16", "33.16"), {("difference", "inconsistent")}),
    ],
)
def test_seed_article(edit, expected):
    text = SEED.read_text(encoding="utf-8")
    if edit:
        text = text.replace(*edit)
    found = set(verdicts(text))
    assert expected <= found
    if edit is None:
        assert all(verdict != "inconsistent" for _, verdict in found)


@pytest.fixture(scope="module")
def corpus_scores():
    # The dev split: the held-aside articles are measured by the script, not tuned on here.
    return score(load_corpus(ROOT / "corpus", "dev"))


def test_corpus_has_no_false_alarms(corpus_scores):
    assert corpus_scores.false_alarms == []


def test_corpus_detection_floor(corpus_scores):
    # A floor under today's measured rate (python -m extractor.inject corpus --split dev), so
    # a change that loses detection is noticed; raise it as the rules improve.
    # Measured 67.5% on 149 articles; 64.2% on 179 once hold-113..130 (46.8% when unseen)
    # joined dev; 62.6% on 233 once hold-167..184 (46.1% when unseen) joined.
    assert corpus_scores.caught / corpus_scores.mutations >= 0.62


def test_gold_files_parse():
    for path in (ROOT / "corpus" / "gold").glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


ALARM_MESSAGES = [
    # text, a phrase the alarm's message must hold
    # a bound is quoted with its words, and a points slip is offered only between two rates
    (
        "A boat now costs £2,150, up more than 80 per cent from £1,240 in March.",
        "stated as more than 80 per cent, but (2150 - 1240) / 1240 = 73.4%",
    ),
    (
        "The rate rose to 9.5% from 4.1%, up 5.4 per cent.",
        "matches the change in percentage points (5.4)",
    ),
    # a direction error says which way the words and the values go, and the arithmetic
    (
        "Exports rose 10% to $90 from $100.",
        "change of 10% is stated as a rise, but the values fall: (90 - 100) / 100 = -10%",
    ),
    (
        "Rents rose 3.1% in the year to June, 90 basis points below the 2.2% pace of a year "
        "earlier.",
        "is stated as a fall, but the values rise",
    ),
    (
        "Imports were $100 and exports $90, a surplus of $10.",
        "$10 is called a surplus, but the figures make it a deficit",
    ),
]


@pytest.mark.parametrize("text,phrase", ALARM_MESSAGES)
def test_alarm_messages(text, phrase):
    messages = [v.message for v in check(text).claims if v.verdict == "inconsistent"]
    assert any(phrase in m for m in messages), messages
