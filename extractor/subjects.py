"""What each quantity measures (its subject) and when (its period): pure functions over text.

`assign(text, quantities, year)` fills `Quantity.subject` and `Quantity.period` in place.

Subject: a short noun phrase the number measures, read from the words around it, first rule that
applies wins:

| rule     | example                                                   | subject                |
|----------|-----------------------------------------------------------|------------------------|
| of       | "a deficit of US$10.76 billion"                           | deficit                |
| count    | "more than 2,400 export restrictions"                     | export restrictions    |
| verb     | "technology exports came to US$21.4 billion"              | technology exports     |
| gapping  | "advertising brought in $1bn, subscriptions $510 million" | subscriptions          |
| measure  | "706.5 million tonnes of grain"                           | grain                  |
| inherit  | "grew 25.5% to US$32.16 billion" (the number after "to")  | that of the 25.5%      |

"the (contracted) value / number / amount / volume / level of X" becomes X, and words that are
periods ("second-quarter revenue") or determiners are dropped.

Period: an explicit time in the sentence, as written canonically ("2011", "Q3 2024", "H1 2024",
"June 2024", "January-August 2024", "2024-25", "fiscal 2024", "2024-08-14"); the one right after a
number wins ("US$62 million in the same quarter of 2024"), else the sentence's current period (not
one introduced by "from", "since", "compared with", which name a base). "a year earlier", "last
year", "the previous quarter" are resolved against the current period or the article's year
(`extraction.article_year`). Without any of these: the period carried from the previous sentence of
the paragraph, else the article's dominant year, else None. `q.extra["period_source"]` says which
("explicit", "relative", "context", "dominant"); a sentence naming a weekday and no date gives None
(a share price "on Thursday" is not the year's price).

>>> from extractor.extraction import find_quantities
>>> text = "BEIJING, Nov. 30, 2012 - Imports grew 25.5% to US$32.16 billion in 2011."
>>> qs = find_quantities(text, None)
>>> assign(text, qs)
>>> [(q.text, q.subject, q.period) for q in qs if q.kind != "year"]
[('25.5%', 'Imports', '2011'), ('US$32.16 billion', 'Imports', '2011')]
>>> subject_key("China's imported technology products")
('china', 'import', 'product', 'technology')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import WORD_NUMBERS as _NUMBER_WORD
from .quantities import Quantity

# -- lexicons ---------------------------------------------------------------------------------

# Verbs (and verb-like words) that join a subject to its number: "exports came to $3bn".
LINK_VERBS = frozenset(
    """was were is are be been being stood stands stand reached reaches reach totalled totaled
    totals totalling totaling total hit hits came comes amounted amounts averaged averages
    average worth valued cost costs topped tops exceeded exceeds surpassed remained remains
    stayed stays brought bring brings generated generates earned earns posted posts reported
    reports recorded records made makes raised raises spent spends clocked numbered numbers
    rose rise rises risen grew grow grows grown increased increases climbed climbs jumped
    jumps surged surges gained gains soared soars fell falls fallen dropped drops declined
    declines decreased decreases slid slides sank plunged plunges tumbled tumbles slipped
    slips shrank shrinks contracted eased eases widened widens narrowed narrows expanded
    expands swelled slumped slumps plummeted dipped dips retreated rallied edged ticked
    doubled tripled trebled quadrupled halved accounted accounts represented represents
    employs employed employ carried carries attracted drew draws received receives paid
    pays fetched fetches sold sells bought produced produces harvested collected collects
    lost loses added adds""".split()
)
# Other verbs that end a noun phrase read right to left ("Education will receive Rs 45,286 crore").
OTHER_VERBS = frozenset(
    """receive receives received get gets got give gives gave set sets allocate allocates
    allocated earmark earmarks earmarked presented present presents unveil unveils unveiled
    pass passes passed approve approves approved keep keeps kept take takes took put puts
    pay shave shaves close closes closed closing opened open opens estimate estimates expect
    expects expected forecast forecasts project projects projected predicts predicted plan
    plans planned said says told announced announce announces promised promise promises
    will would shall should may might can could must did does do make going go goes went
    see sees saw show shows showed had has have be been being is are was were peaked
    fly flew flies hold holds held run runs ran cover covers covered leave leaves left
    carry carries aside""".split()
)
# Nouns ending in -ed, which the verb test must not take for past tenses.
ED_NOUNS = frozenset("need seed speed bed red shed feed hundred breed greed creed deed".split())
# Nouns of change: "an increase of 7 basis points" is about the rate that increased.
CHANGE_NOUNS = frozenset(
    """increase increases rise rises gain gains jump growth surge climb expansion hike decline
    declines drop drops fall falls decrease decreases reduction reductions cut cuts slide loss
    contraction dip slump plunge turnaround swing improvement deterioration change""".split()
)
# Particles and fillers between the verb (or "of") and the number: "came in at", "rose by".
FILLERS = frozenset(
    """to by at in of up down only just a an the some about around roughly nearly almost
    approximately over above under below more than less fewer least most further record
    another additional estimated as much many between from for out on""".split()
)
DETERMINERS = frozenset(
    """the a an its their his her our your my this that these those both all each every some
    any and also such""".split()
)
# Words that end a noun phrase when read right to left.
BOUNDARY = frozenset(
    """that which who whom whose while whereas as when said says say told tells but after
    because where since although though if than while during with without before until
    unless whether so yet nor or and then according little slightly largely broadly virtually
    barely""".split()
)
AUXILIARIES = frozenset(
    """has have had will would shall should may might can could also has been have been had
    been already still further now""".split()
)
# Words between a subject and its verb: "revenue is projected at", "exports have also risen".
SKIPPED_BEFORE_VERB = frozenset(
    """has have had will would shall should may might can could also already still further
    now is are was were be been being aside in up out expected set due likely""".split()
)
# Verbs whose object is the subject of the number: "cut its key rate by 175 basis points".
TRANSITIVE = frozenset(
    """raised raise raises lifted lift lifts boosted boost boosts cut cuts lowered lower
    lowers reduced reduce reduces increased increase trimmed trim slashed slash widened
    narrowed hiked hike""".split()
)
PRONOUNS = frozenset("it they this that these those which he she we i you them its".split())
# Words that stop a noun phrase read left to right after a count ("2,400 restrictions affecting").
AFTER_STOP = frozenset(
    """in at on by for from to of with than and or but as that which who were was is are have
    has had will would this last next per each a an the its their more less over under""".split()
)
# Generic measure nouns: "the contracted value of technology imports" is about technology imports.
MEASURE_NOUNS = ("value", "number", "amount", "volume", "level", "sum", "size", "tally", "count")
# Clause words that make a figure a forecast or a plan, not a record of what happened.
HYPOTHETICAL = re.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|project\w*|estimate[sd]?\b(?! at)|polled|"
    r"consensus|target\w*|aims?\b|goal|would|could|might|plans?\b|planned|outlook|guidance)",
    re.IGNORECASE,
)
# Stop words dropped by subject_key(); directional prepositions mark the words after them instead
# ("exports to China" is not "China's exports").
KEY_STOP = frozenset(
    """the a an of its their his her our your my this that these those and 's other its' some
    all total""".split()
)
KEY_PREPOSITIONS = frozenset("to from per by on for in at with against versus vs".split())
# Derived forms read as their base: "imported technology products" are technology imports.
KEY_DERIVED = {"imported": "import", "exported": "export", "importing": "import"}

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_MONTH_OF = {m.lower(): i + 1 for i, m in enumerate(MONTH_NAMES)}
_MONTH_OF.update({m.lower()[:3]: i + 1 for i, m in enumerate(MONTH_NAMES)})
_MONTH_OF["sept"] = 9
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ORDINAL.update({"1st": 1, "2nd": 2, "3rd": 3, "4th": 4})
_YEAR = r"(?:19|20)\d\d"
WEEKDAY = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b"
)

# Time expressions, tried in this order at each position (longest forms first).
TIME = re.compile(
    rf"(?P<same>\bthe\s+same\s+(?P<same_unit>quarter|month|period|half|time)\s+(?:of\s+|in\s+)?"
    rf"(?:(?P<same_year>{_YEAR})|last\s+year|the\s+previous\s+year|(?:a\s+year\s+)?(?:earlier|ago|before)))"
    rf"|(?P<yearto>\b(?:the\s+)?(?:(?:fiscal|financial)\s+year|FY|year)\s+(?:to|ended|ending|through)\s+"
    rf"(?P<yt_m>{_MONTH_RE})(?:\s+\d{{1,2}},?)?\s+(?P<yt_year>{_YEAR}))"
    rf"|(?P<rel>\b(?P<rel_n>a|one|two|three|four|five)\s+(?P<rel_unit>year|quarter|month)s?\s+"
    r"(?:earlier|ago|before)"
    r"|\bthe\s+(?:previous|prior|preceding)\s+(?P<rel_unit2>year|quarter|month)"
    r"|\b(?:the\s+)?year\s+before)"
    rf"|(?P<firstn>\b(?i:the\s+)?(?i:first)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d\d?)"
    rf"\s+months\s+(?:of\s+)?(?:(?P<n_year>{_YEAR})|this\s+year|the\s+year))"
    rf"|(?P<quarter>\b(?:Q(?P<q_n>[1-4])|(?i:the\s+)?(?P<q_ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
    rf"[- ](?i:quarter))(?:\s+(?:of\s+)?(?:(?P<q_fiscal>fiscal|FY)\s*)?(?P<q_year>{_YEAR}))?)"
    rf"|(?P<mq>\b(?P<mq_m1>{_MONTH_RE})\s?[-–]\s?(?P<mq_m2>{_MONTH_RE})\s+quarter\b)"
    rf"|(?P<half>\b(?:H(?P<h_n>[12])|(?i:the\s+)?(?P<h_ord>(?i:first|second))[- ](?i:half))"
    rf"(?:\s+(?:of\s+)?(?P<h_year>{_YEAR}))?)"
    rf"|(?P<fiscal>\b(?:fiscal(?:\s+year)?|FY|financial\s+year)\s*'?(?P<f_year>{_YEAR}|\d\d)"
    rf"(?:\s?[-–/]\s?(?P<f_year2>\d\d(?:\d\d)?))?\b)"
    rf"|(?P<yrange>\b(?P<y1>{_YEAR})\s?[-–/]\s?(?P<y2>(?:19|20)?\d\d)\b)"
    rf"|(?P<mrange>\b(?P<mr_m1>{_MONTH_RE})\s?[-–]\s?(?P<mr_m2>{_MONTH_RE})(?:\s+(?P<mr_year>{_YEAR}))?)"
    rf"|(?P<day>\b(?P<d_m>{_MONTH_RE})\s+(?P<d_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<d_year>{_YEAR})\b"
    rf"|\b(?P<d_d2>\d{{1,2}})\s+(?P<d_m2>{_MONTH_RE})\s+(?P<d_year2>{_YEAR})\b)"
    rf"|(?P<month>\b(?:(?P<m_next>next|last|this)\s+)?(?P<m_m>{_MONTH_RE})(?:\s+(?:of\s+)?"
    rf"(?:(?P<m_year>{_YEAR})|(?P<m_rel>last|this|next)\s+year))?(?![\w-]))"
    r"|(?P<relyear>\b(?P<ry>last|this|next)\s+year(?:'s)?\b)"
    rf"|(?P<year>(?<![\d.,$€£¥-])(?P<yy>{_YEAR})(?![\d%]|[.,]\d))"
)
# Words before a time expression that make it the base of a comparison, not the current period.
BASE_BEFORE = re.compile(
    r"\b(?:from|since|than|compared\s+(?:with|to)|against|versus|vs\.?|over|on|of)\s+"
    r"(?:(?:in|at|for|during)\s+)?(?:the\s+(?:end|start|beginning|whole)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# What may sit between a number and the time expression that belongs to it.
# "the 412 reported in the whole of 2023", "the 30,680 it taught in 2023-24": a participle may
# come between.
ATTACH_GAP = re.compile(
    r"^[\s,]*(?:(?:it|they|we|he|she)\s+)?(?:(?:[a-z]+ed|paid|spent|set\s+aside|made|taught|sold|"
    r"held|built|won|lost|seen|grown|shown)\s+)?"
    r"(?:(?:in|at|for|during|on|as\s+of|by|of|over|the|end|start|close|whole|a)\s+)*$",
    re.IGNORECASE,
)
# Words that are periods, dropped from subjects: "second-quarter revenue" is revenue.
PERIOD_WORD = re.compile(
    rf"^(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half)|full-year|year-on-year"
    rf"|year-over-year|annual|yearly|quarterly|Q[1-4]|H[12]|{_YEAR}(?:'s)?|last|this|year's|fiscal|FY|"
    rf"{_MONTH_RE}(?:'s)?)$",
    re.IGNORECASE,
)

_WORD = re.compile(r"[A-Za-z][\w&'’.-]*[\w]|[A-Za-z]|[,;:()\[\]\"“”—–]|\s-\s")
_LEVEL_KINDS = ("money", "count", "quantity", "percent", "percentage_point")


# -- periods ----------------------------------------------------------------------------------


@dataclass
class Period:
    """A time expression found in the text, resolved where it can be."""

    start: int
    end: int
    label: str | None  # the canonical period, None until a relative one is resolved
    base: bool  # introduced by "from", "than", ...: the base of a comparison
    relative: tuple[str, int] | None = None  # ("year", -1) for "a year earlier"
    same: str | None = None  # "quarter" for "the same quarter of 2024"
    same_year: int | None = None
    needs_year: tuple[str, int | str] | None = None  # ("month", 8): "in August", year from context


def _fy(first: int, second: str | None) -> str:
    if second is None:
        return f"fiscal {first}"
    nxt = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
    if nxt == first + 1:
        return f"{first}-{str(nxt)[2:]}"
    return f"{first}-{nxt}"


def _year_of(two_or_four: str) -> int:
    n = int(two_or_four)
    return n if n > 99 else 2000 + n


# Every time expression holds one of these words. TIME, a long alternation, is tried only in a
# window around each of them: scanning every position of an article with it cost more than the
# rest of the subject and period rules together.
ANCHOR = re.compile(
    r"(?:19|20)\d\d|\b(?:Q[1-4]|H[12]|FY|[Ff]iscal|[Ff]inancial|[Qq]uarter|[Hh]alf|[Yy]ear|"
    r"[Mm]onths?|same|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_WINDOW_BEFORE = 45  # "the same quarter of 2024", "the first eight months of" start this far back


# The words a time expression can start with (TIME's alternatives, first words): TIME is tried
# only where one of them starts.
_WORD_START = re.compile(
    r"(?<![\w'’])(?:(?i:the|a|an|one|two|three|four|five|first|second|third|fourth|1st|2nd|3rd|"
    r"4th|last|this|next|year|fiscal|financial|fy|same)\b|Q[1-4]|H[12]|\d|Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)"
)


def _time_matches(text: str, start: int, end: int):
    """TIME.finditer(text, start, end), tried only at word starts just before each anchor."""
    position = start
    for anchor in ANCHOR.finditer(text, start, end):
        if anchor.start() < position:
            continue
        lo = max(position, anchor.start() - _WINDOW_BEFORE)
        candidates = [w.start() for w in _WORD_START.finditer(text, lo, anchor.start())]
        for at in [*candidates, anchor.start()]:
            m = TIME.match(text, at, end)
            if m is not None and m.end() > anchor.start():
                yield m
                position = m.end()
                break


def find_periods(text: str, start: int, end: int, year: int | None) -> list[Period]:
    """Time expressions in text[start:end], with labels where the words fix them."""
    out: list[Period] = []
    for m in _time_matches(text, start, end):
        base = bool(BASE_BEFORE.search(text[max(start, m.start() - 30) : m.start()]))
        p = Period(m.start(), m.end(), None, base)
        g = m.lastgroup
        if g == "same":
            p.same = m.group("same_unit").lower()
            p.same_year = int(m.group("same_year")) if m.group("same_year") else None
            if p.same_year is None:
                p.relative = ("year", -1)
            p.base = True
        elif g == "yearto":
            name = MONTH_NAMES[_MONTH_OF[m.group("yt_m").lower().rstrip(".")] - 1]
            p.label = f"year to {name} {m.group('yt_year')}"
        elif g == "rel":
            unit = (m.group("rel_unit") or m.group("rel_unit2") or "year").lower()
            n = m.group("rel_n")
            steps = 1 if not n or n.lower() in ("a", "one") else _NUMBER_WORD[n.lower()]
            p.relative = (unit, -steps)
            p.base = True
        elif g == "firstn":
            n = m.group("n")
            months = int(n) if n.isdigit() else _NUMBER_WORD.get(n.lower(), 0)
            y = int(m.group("n_year")) if m.group("n_year") else year
            if not 1 <= months <= 12:
                continue
            label = "H1" if months == 6 else f"January-{MONTH_NAMES[months - 1]}"
            if y is None:
                p.needs_year = ("label", label)
            else:
                p.label = f"{label} {y}"
        elif g == "quarter":
            n = int(m.group("q_n") or _ORDINAL[m.group("q_ord").lower()])
            prefix = "fiscal " if m.group("q_fiscal") else ""
            if m.group("q_year"):
                p.label = f"Q{n} {prefix}{m.group('q_year')}"
            else:
                p.needs_year = ("label", f"Q{n}")
        elif g == "mq":
            n = (_MONTH_OF[m.group("mq_m2").lower().rstrip(".")] + 2) // 3
            p.needs_year = ("label", f"Q{n}")
        elif g == "half":
            n = int(m.group("h_n") or (1 if m.group("h_ord").lower() == "first" else 2))
            if m.group("h_year"):
                p.label = f"H{n} {m.group('h_year')}"
            else:
                p.needs_year = ("label", f"H{n}")
        elif g == "fiscal":
            p.label = _fy(_year_of(m.group("f_year")), m.group("f_year2"))
        elif g == "yrange":
            y1 = int(m.group("y1"))
            p.label = _fy(y1, m.group("y2"))
        elif g == "mrange":
            m1 = MONTH_NAMES[_MONTH_OF[m.group("mr_m1").lower().rstrip(".")] - 1]
            m2 = MONTH_NAMES[_MONTH_OF[m.group("mr_m2").lower().rstrip(".")] - 1]
            if m.group("mr_year"):
                p.label = f"{m1}-{m2} {m.group('mr_year')}"
            else:
                p.needs_year = ("label", f"{m1}-{m2}")
        elif g == "day":
            if m.start() < 400 and re.match(r"\s*[-–—]", text[m.end() : m.end() + 3]):
                continue  # the dateline: when the article was written, not what it measures
            mon = m.group("d_m") or m.group("d_m2")
            day = int(m.group("d_d") or m.group("d_d2"))
            y = m.group("d_year") or m.group("d_year2")
            month = _MONTH_OF[mon.lower().rstrip(".")]
            if not 1 <= day <= 31:
                continue
            p.label = f"{y}-{month:02d}-{day:02d}"
        elif g == "month":
            word = m.group("m_m")
            if word in ("May", "Mar", "Jan", "Jun", "Jul", "Aug", "Oct", "Nov", "Dec", "Sep"):
                # "May" is also a verb and a name: a month only before a year or after in/of/by.
                before = text[max(start, m.start() - 12) : m.start()].lower()
                if not m.group("m_year") and not re.search(
                    r"\b(?:in|of|by|since|from|until|to|end|late|early|mid|last|next|this)\s+$",
                    before,
                ):
                    continue
            if not word[0].isupper():
                continue
            name = MONTH_NAMES[_MONTH_OF[word.lower().rstrip(".")] - 1]
            rel = m.group("m_rel") or (m.group("m_next") if m.group("m_next") == "next" else None)
            if m.group("m_year"):
                p.label = f"{name} {m.group('m_year')}"
            elif rel and year is not None:
                p.label = f"{name} {year + {'last': -1, 'this': 0, 'next': 1}[rel.lower()]}"
            else:
                p.needs_year = ("label", name)
        elif g == "relyear":
            if year is None:
                continue
            p.label = str(year + {"last": -1, "this": 0, "next": 1}[m.group("ry").lower()])
        elif g == "year":
            y = int(m.group("yy"))
            if not 1900 <= y <= 2100:
                continue
            p.label = str(y)
        out.append(p)
    return out


_SHIFTABLE = re.compile(
    r"(?P<pre>(?:Q[1-4] |H[12] |fiscal |Q[1-4] fiscal |year to [A-Z][a-z]+ "
    r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)? )?)(?P<y>\d{4})(?:-(?P<y2>\d\d(?:\d\d)?))?"
)


def shift(period: str, unit: str = "year", by: int = -1) -> str | None:
    """The period `by` units of `unit` away: shift("Q3 2024") -> "Q3 2023".

    >>> shift("Q1 2024", "quarter"), shift("January 2024", "month"), shift("2024-25")
    ('Q4 2023', 'December 2023', '2023-24')
    """
    m = _SHIFTABLE.fullmatch(period)
    d = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", period)
    if d:
        if unit != "year":
            return None
        return f"{int(d.group(1)) + by}-{d.group(2)}-{d.group(3)}"
    if not m:
        return None
    pre, y, y2 = m.group("pre"), int(m.group("y")), m.group("y2")
    if unit == "year":
        if y2:
            width = len(y2)
            nxt = int(y2) + by if width == 4 else (int(y2) + by) % 100
            return f"{pre}{y + by}-{nxt:0{width}d}"
        return f"{pre}{y + by}"
    if y2:
        return None
    if unit == "quarter":
        q = re.match(r"Q([1-4]) (fiscal )?", pre)
        if not q:
            return None
        n = int(q.group(1)) - 1 + by
        return f"Q{n % 4 + 1} {q.group(2) or ''}{y + n // 4}"
    if unit == "month":
        name = pre.strip()
        if name not in MONTH_NAMES:
            return None
        n = MONTH_NAMES.index(name) + by
        return f"{MONTH_NAMES[n % 12]} {y + n // 12}"
    return None


def year_of(period: str | None) -> int | None:
    """The (first) calendar year a period label names."""
    if not period:
        return None
    m = re.search(r"(?:19|20)\d\d", period)
    return int(m.group()) if m else None


def _with_year(label: str, y: int) -> str:
    return f"{label} {y}"


_DATELINE_MONTH = re.compile(
    rf"\b(?P<m>{_MONTH_RE})\s+\d{{1,2}},?\s+{_YEAR}\s*[-–—]|"
    rf"\b\d{{1,2}}\s+(?P<m2>{_MONTH_RE})\s+{_YEAR}\s*[-–—]"
)


def dateline_month(text: str) -> int | None:
    """The month of the dateline ("BEIJING, Nov. 30, 2012 -" -> 11), if there is one."""
    m = _DATELINE_MONTH.search(text, 0, min(len(text), 400))
    if not m:
        return None
    return _MONTH_OF[(m.group("m") or m.group("m2")).lower().rstrip(".")]


def _year_before(p: Period, year: int, month: int | None) -> int:
    """The year of "in December" or "the fourth quarter" in an article written in `month`:
    the latest one not after the dateline (a February article's December is last year's)."""
    if month is None or p.needs_year is None:
        return year
    label = str(p.needs_year[1])
    first = re.match(r"Q([1-4])$", label)
    named = label.split("-")[0]
    if first:
        starts = 3 * (int(first.group(1)) - 1) + 1
    elif named in MONTH_NAMES:
        starts = MONTH_NAMES.index(named) + 1
    else:
        return year
    return year - 1 if starts > month else year


# -- subjects ---------------------------------------------------------------------------------


def _tokens(s: str, offset: int = 0) -> list[tuple[str, int, int]]:
    return [(m.group().strip(), offset + m.start(), offset + m.end()) for m in _WORD.finditer(s)]


def is_verb(word: str) -> bool:
    """A word that ends a noun phrase: a linking verb, a common verb, a past tense."""
    w = word.lower()
    if w in LINK_VERBS or w in OTHER_VERBS:
        return True
    return len(w) > 4 and w.endswith("ed") and w not in ED_NOUNS and "-" not in w


def _clean_np(words: list[str]) -> str | None:
    """A noun phrase from raw words: determiners, period words and measure nouns dropped."""
    # Cut at the last inner determiner: "in August the surplus" -> "surplus".
    for k in range(len(words) - 1, 0, -1):
        if words[k].lower() in BOUNDARY or (
            words[k].lower() in ("the", "a", "an")
            and words[k - 1].lower() not in KEY_PREPOSITIONS
            and words[k - 1].lower() != "of"
        ):
            words = words[k + 1 :]
            break
    while words and (
        words[0].lower() in DETERMINERS
        or words[0].lower() in KEY_PREPOSITIONS
        or words[0].lower() in ("of", "out", "so", "then", "alone")
    ):
        words = words[1:]
    # "Chief Minister Siddaramaiah on Friday": a trailing weekday is not part of the subject.
    while len(words) >= 2 and WEEKDAY.fullmatch(" ".join(words[-2:])):
        words = words[:-2]
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return None
    # "Harwick's city budget for fiscal 2025": a time phrase is the period, not the subject.
    for k, w in enumerate(words):
        rest = words[k + 1 :]
        if (
            w.lower() in ("for", "in", "during", "over", "of")
            and rest
            and all(
                PERIOD_WORD.match(r) or r.lower() in ("fiscal", "year", "the", "quarter", "fy")
                for r in rest
            )
        ):
            words = words[:k]
            break
    words = [w for w in words if not PERIOD_WORD.match(w)]
    while words and words[-1].lower() in ("of", "to", "from", "for", "in", "at", "by", "and"):
        words = words[:-1]
    # "the contracted value of China's imported technology products": the products are meant.
    lowered = [w.lower() for w in words]
    for k, w in enumerate(lowered):
        if w in MEASURE_NOUNS and k + 2 < len(words) + 1 and k + 1 < len(words):
            if lowered[k + 1] == "of" and k <= 2:
                words = words[k + 2 :]
                break
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or not any(w[0].isalpha() for w in words):
        return None
    if all(w.lower() in LINK_VERBS or w.lower() in FILLERS for w in words):
        return None
    return " ".join(words)


def _is_name(phrase: str) -> bool:
    """ "Kestrel Air", "Lindqvist Bank's": every word capitalised."""
    words = phrase.split()
    return bool(words) and all(w[0].isupper() for w in words)


def _adjective(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """A past participle used as an adjective inside a noun phrase: "China's imported
    technology products", "the contracted value", "seasonally adjusted surplus"."""
    w = tokens[k][0].lower()
    if not w.endswith("ed") or w in LINK_VERBS or w in OTHER_VERBS or k == 0:
        return False
    before = tokens[k - 1][0].lower()
    return before in ("the", "a", "an", "its", "their") or before.endswith(("'s", "’s", "ly"))


def _np_before(
    tokens: list[tuple[str, int, int]],
    end_index: int,
    limit: int = 7,
    stop_at_determiner: bool = False,
) -> str | None:
    """The noun phrase ending just before tokens[end_index], read right to left.

    stop_at_determiner: end at "a"/"the" ("swung to a net profit of" -> "net profit").
    """
    words: list[str] = []
    k = end_index - 1
    # Skip auxiliaries between the subject and its verb: "exports have also risen".
    while k >= 0 and tokens[k][0].lower() in SKIPPED_BEFORE_VERB:
        k -= 1
    while k >= 0 and len(words) < limit:
        w = tokens[k][0]
        lw = w.lower()
        if not w[0].isalnum() or lw in BOUNDARY or is_verb(w) and not _adjective(tokens, k):
            break
        if lw == "to" and k == end_index - 1:
            return None  # "to hit": an infinitive, the subject is elsewhere
        if stop_at_determiner and lw in ("a", "an", "the", "its", "their"):
            break
        words.insert(0, w)
        k -= 1
    relative = k >= 1 and tokens[k][0].lower() in ("which", "that") and tokens[k - 1][0] == ","
    if not words and relative:
        # "health spending, which is budgeted at NZ$28.5 billion".
        return _np_before(tokens, k - 1, limit)
    return _clean_np(words)


def _subject_left(left: str, offset: int, listed: bool) -> tuple[str | None, str]:
    """Subject from the words before a number (after the previous number); and the rule used.

    listed: the words follow an earlier number of the sentence ("$1bn, subscriptions $510m").
    """
    tokens = _tokens(left, offset)
    if not tokens:
        return None, ""
    # Drop trailing fillers and qualifiers ("came in at about", "rose by").
    k = len(tokens)
    while k > 0 and tokens[k - 1][0].lower() in FILLERS:
        k -= 1
    if k == 0:
        return None, ""
    fillers = [t[0].lower() for t in tokens[k:]]
    head = tokens[k - 1][0]
    lh = head.lower()
    # "a deficit of", "a net profit of", "revenue of between": the noun before "of".
    if fillers and fillers[0] in ("of", "at") and head[0].isalpha() and not is_verb(head):
        if lh in CHANGE_NOUNS or lh in ("end", "start", "beginning", "average", "total"):
            return None, ""
        np = _np_before(tokens, k, stop_at_determiner=True)
        if np:
            return np, "of"
    if fillers and fillers[0] in ("by", "to") and not is_verb(head):
        # "has cut its key rate by a cumulative 175 basis points": the verb's object.
        j = k - 1
        while (
            j >= 0
            and tokens[j][0][0].isalnum()
            and not is_verb(tokens[j][0])
            and tokens[j][0].lower() not in TRANSITIVE
            and k - j <= 5
        ):
            j -= 1
        if j >= 0 and tokens[j][0].lower() in TRANSITIVE:
            np = _clean_np([t[0] for t in tokens[j + 1 : k]])
            if np:
                return np, "object"
    if is_verb(head):
        return _np_before(tokens, k - 1), "verb"
    if head[0].isalpha() and lh not in BOUNDARY and lh not in AUXILIARIES and len(fillers) <= 1:
        # "subscriptions US$510 million": a noun right before the number, in a list or at the
        # start of a clause; never across a verb.
        words = []
        j = k - 1
        while j >= 0 and tokens[j][0][0].isalnum() and not is_verb(tokens[j][0]):
            if tokens[j][0].lower() in BOUNDARY:
                break
            words.insert(0, tokens[j][0])
            j -= 1
        at_clause_start = j < 0 and listed or j >= 0 and tokens[j][0] in (",", ";", ":", "(")
        if j >= 0 and tokens[j][0].lower() in ("and", "while", "whereas", "but"):
            at_clause_start = True
        if at_clause_start and len(words) <= 4:
            np = _clean_np(words)
            if np:
                return np, "gapping"
    return None, ""


_DET_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:(?:about|around|nearly|almost|some|roughly|"
    r"record|further|additional|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)


def _subject_after(text: str, q: Quantity, end: int, limit: int = 3) -> str | None:
    """ "2,400 export restrictions affecting ...": the nouns right after a count."""
    after = text[q.end : min(end, q.end + 60)]
    words: list[str] = []
    for m in re.finditer(r"\S+", after):
        w = m.group()
        bare = w.rstrip(",.;:)\"'”")
        if not bare or not bare[0].isalpha() or bare.lower() in AFTER_STOP:
            break
        if is_verb(bare) or bare.lower().endswith("ing") and words:
            break
        words.append(bare)
        if bare != w or len(words) == limit:
            break
    return _clean_np(words) if words else None


_OF_AFTER = re.compile(r"^\s+(?:of|in)\s+((?:[a-z][\w-]*\s*){1,4})")


def _subject_of_after(text: str, q: Quantity, end: int) -> str | None:
    """ "706.5 million tonnes of grain", "EUR 3 billion in additional guarantees"."""
    m = _OF_AFTER.match(text[q.end : min(end, q.end + 60)])
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if w.lower() in AFTER_STOP or w.lower() in LINK_VERBS or PERIOD_WORD.match(w):
            break
        words.append(w)
    return _clean_np(words)


def _is_level(q: Quantity) -> bool:
    return q.kind in _LEVEL_KINDS


def split_clauses(text: str) -> list[tuple[int, int]]:
    """Sentence spans (the checker's splitter: a line break always ends one)."""
    from .claims import split_sentences

    return split_sentences(text)


def assign(
    text: str,
    quantities: Sequence[Quantity],
    year: int | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> None:
    """Fill `subject` and `period` of every quantity (years get neither), in place.

    year: the article's year ("last year", months without a year); by default its dateline's.
    sentences: (start, end) spans; by default the checker's sentence splitter.
    """
    if not quantities:
        return
    if year is None:
        from .extraction import article_year

        year = article_year(text)
    if sentences is None:
        sentences = split_clauses(text)
    _assign_subjects(text, quantities, sentences)
    _assign_periods(text, quantities, sentences, year)


def _sentence_index(quantities: Sequence[Quantity], sentences: Sequence[tuple[int, int]]):
    s = 0
    out = []
    for q in quantities:
        while s + 1 < len(sentences) and q.start >= sentences[s][1]:
            s += 1
        out.append(s)
    return out


def _assign_subjects(
    text: str, quantities: Sequence[Quantity], sentences: Sequence[tuple[int, int]]
) -> None:
    sent_of = _sentence_index(quantities, sentences)
    for i, q in enumerate(quantities):
        if q.kind in ("year", "duration"):
            continue  # a year is a period, and a length of time ("62-year-old") is no figure
        s_start, s_end = sentences[sent_of[i]] if sentences else (0, len(text))
        # The words since the previous number of the sentence (years are part of the words:
        # "the city budget for fiscal 2025 will total $3.52 billion").
        prev = i - 1
        while prev >= 0 and sent_of[prev] == sent_of[i] and quantities[prev].kind == "year":
            prev -= 1
        lo = s_start
        if prev >= 0 and sent_of[prev] == sent_of[i]:
            lo = max(lo, quantities[prev].end)
        lo = max(lo, q.start - 160)
        subject, rule = None, ""
        if q.kind == "count":
            subject = _subject_after(text, q, s_end)
            rule = "count" if subject else ""
            if subject:
                # "Kestrel Air carried 16.4 million passengers": the name before the verb says
                # whose passengers.
                listed = prev >= 0 and sent_of[prev] == sent_of[i]
                owner, how = _subject_left(text[lo : q.start], lo, listed)
                if owner and how == "verb" and _is_name(owner):
                    subject = f"{owner} {subject}"
        if subject is None and q.kind == "money" and _DET_BEFORE.search(text[lo : q.start]):
            # "presented a ₹4.09 lakh crore budget", "projects a $1.25-billion deficit".
            subject = _subject_after(text, q, s_end, limit=2)
            rule = "compound" if subject else ""
        if subject is None and q.kind == "quantity":
            subject = _subject_of_after(text, q, s_end)
            rule = "measure" if subject else ""
        if subject is None:
            listed = prev >= 0 and sent_of[prev] == sent_of[i]
            subject, rule = _subject_left(text[lo : q.start], lo, listed)
        if subject is None:
            # The nearest earlier number in the sentence that has a subject: "rose 12% to $4bn".
            for j in range(i - 1, -1, -1):
                if sent_of[j] != sent_of[i]:
                    break
                if quantities[j].subject and quantities[j].kind != "year":
                    subject, rule = quantities[j].subject, "inherit"
                    break
        if subject is None and q.kind == "money":
            subject = _subject_of_after(text, q, s_end)
            rule = "measure" if subject else ""
        q.subject = subject
        if rule:
            q.extra["subject_rule"] = rule
        # Only figures that may be compared with others need to know (facts.py, crosscheck.py).
        if q.change in ("=", "~") and HYPOTHETICAL.search(
            text, max(s_start, q.start - 120), q.start
        ):
            q.extra["hypothetical"] = True


# A number that is the base of a comparison: "from US$1.34 billion", "against 320".
BASE_NUMBER_BEFORE = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|than|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:revised\s+|record\s+|previous\s+)?(?:(?:about|around|nearly|almost|some|roughly)\s+)?$",
    re.IGNORECASE,
)
WHEN_CLAUSE = re.compile(r"^,?\s+when\b[^,;]*$", re.IGNORECASE)


def _assign_periods(
    text: str,
    quantities: Sequence[Quantity],
    sentences: Sequence[tuple[int, int]],
    year: int | None,
) -> None:
    sent_of = _sentence_index(quantities, sentences)
    by_sentence: dict[int, list[int]] = {}
    for i, s in enumerate(sent_of):
        by_sentence.setdefault(s, []).append(i)
    # The article's main period: the current period most sentences name (the earliest on a tie).
    found = [find_periods(text, a, b, year) for a, b in sentences]
    month = dateline_month(text)
    votes: Counter[str] = Counter()
    for periods in found:
        for p in periods:
            if p.needs_year and year is not None:
                p.label = _with_year(str(p.needs_year[1]), _year_before(p, year, month))
        first = next((p.label for p in periods if p.label and not p.base and not p.relative), None)
        if first:
            votes[first] += 1
    carried = max(votes, key=lambda k: (votes[k], -list(votes).index(k))) if votes else None
    for s, (s_start, s_end) in enumerate(sentences):
        members = [i for i in by_sentence.get(s, []) if quantities[i].kind != "year"]
        periods = found[s]
        for p in periods:
            if p.needs_year:
                p.label = None
        # Which expression belongs to which number: the one right after it, or "in 2019, when
        # it stood at 6.8 TWh" (the one before a when-clause holding the number).
        attached: dict[int, Period] = {}
        owner: dict[int, int] = {}
        for i in members:
            q = quantities[i]
            for k, p in enumerate(periods):
                if p.start >= q.end and p.start - q.end <= 40:
                    if ATTACH_GAP.match(text[q.end : p.start]) and k not in owner:
                        attached[i], owner[k] = p, i
                    break
            else:
                for k in range(len(periods) - 1, -1, -1):
                    p = periods[k]
                    if p.end <= q.start and WHEN_CLAUSE.match(text[p.end : q.start]):
                        attached[i] = p
                        break
        based = {
            i
            for i in members
            if BASE_NUMBER_BEFORE.search(
                text, max(s_start, quantities[i].start - 40), quantities[i].start
            )
        }
        for k, i in owner.items():
            if i in based:
                periods[k].base = True
        ambiguous = set()
        if not any(p.label and not p.base and not p.relative for p in periods):
            # "Revenue rose to €1.42 billion from €1.27 billion in 2024": the sentence's only
            # period may be the rise's rather than the base's; the base gets none.
            for k, i in owner.items():
                if i in based and periods[k].label and not periods[k].relative:
                    periods[k].base = False
                    attached.pop(i, None)
                    ambiguous.add(i)
        # Years of the sentence (for "in August" without a year): an explicit one, else context.
        sentence_years = [year_of(p.label) for p in periods if p.label and not p.base]
        context_year = sentence_years[0] if sentence_years else year or year_of(carried)
        for p in periods:
            if p.needs_year and context_year is not None:
                y = _year_before(p, year, month) if context_year == year else context_year
                p.label = _with_year(str(p.needs_year[1]), y)
        current = [p for p in periods if p.label and not p.base and not p.relative]
        sentence_current = current[0].label if current else carried
        weekdays = WEEKDAY.search(text, s_start, s_end) is not None
        free_bases = [
            p
            for k, p in enumerate(periods)
            if p.base and k not in owner and p.label and not p.relative
        ]
        for i in members:
            q = quantities[i]
            if q.kind == "duration":
                continue  # "over four years" is a length of time, not a time
            period, source = None, ""
            p = attached.get(i)
            if p is None and i not in based:
                p = _before(text, q, current, owner, periods, quantities, i)
            if p is not None:
                period = _resolve(p, sentence_current, year)
                source = ("relative" if p.relative or p.same else "explicit") if period else ""
            elif i in ambiguous:
                source = "base"
            elif i in based:
                # "Compared with August 2023, exports were 5.8% lower, down from €136.2 billion".
                if len(free_bases) == 1:
                    period, source = free_bases[0].label, "explicit"
                else:
                    source = "base"  # the earlier value of a comparison: its period is unknown
            else:
                p = _same_clause(text, q, current)
                if p is not None:
                    period, source = p.label, "explicit"
                elif carried is not None:
                    period, source = carried, "context"
            if period is not None and weekdays and _near_weekday(text, q, s_start, s_end):
                period, source = None, "weekday"
            q.period = period
            if source:
                q.extra["period_source"] = source
    # Numbers with no period at all: the article's dominant year, when one year clearly leads.
    years = Counter(
        year_of(q.period) for q in quantities if q.extra.get("period_source") == "explicit"
    )
    years.pop(None, None)
    dominant = None
    if years:
        (top, n), *rest = years.most_common(2) + [(None, 0)]
        if n > rest[0][1]:
            dominant = str(top)
    elif year is not None:
        dominant = str(year)
    for q in quantities:
        unset = q.period is None and q.extra.get("period_source") in (None, "")
        if q.kind not in ("year", "duration") and unset:
            if dominant:
                q.period = dominant
                q.extra["period_source"] = "dominant"


# Words that open another clause: a period beyond them is not the number's ("exports rose to
# €248 million, helped by a trade agreement that removed a tariff in April").
CLAUSE_BREAK = re.compile(
    r";|\b(?:that|which|who|because|after|before|when|while|whereas|helped\s+by|as|since|"
    r"although|but|until|so|than)\b",
    re.IGNORECASE,
)


def _same_clause(text: str, q: Quantity, current: list[Period]) -> Period | None:
    """The sentence's first current period that no clause boundary separates from the number."""
    for p in current:
        lo, hi = (p.end, q.start) if p.end <= q.start else (q.end, p.start)
        if hi <= lo or not CLAUSE_BREAK.search(text, lo, hi):
            return p
    return None


def _before(
    text: str,
    q: Quantity,
    current: list[Period],
    owner: dict[int, int],
    periods: list[Period],
    quantities: Sequence[Quantity],
    i: int,
) -> Period | None:
    """A current period just before the number, after the previous number, with no clause break:
    "bringing sales for the first half to €1.66 billion"."""
    lo = quantities[i - 1].end if i > 0 else 0
    for k in range(len(periods) - 1, -1, -1):
        p = periods[k]
        if p.end > q.start or p.start < lo or k in owner or p not in current:
            continue
        gap = text[p.end : q.start]
        if len(gap) <= 60 and not CLAUSE_BREAK.search(gap) and "," not in gap:
            return p
        return None
    return None


_REPORTED_ON = re.compile(
    r"\b(?:said|says|told|reported|announced|showed|published|released|data|figures)\b[^,;]*$",
    re.IGNORECASE,
)


def _near_weekday(text: str, q: Quantity, s_start: int, s_end: int) -> bool:
    """A weekday in the number's clause ("to HK$56.35 on Thursday"), not a release date."""
    lo, hi = max(s_start, q.start - 40), min(s_end, q.end + 40)
    for m in WEEKDAY.finditer(text, lo, hi):
        if not _REPORTED_ON.search(text[max(s_start, m.start() - 60) : m.start()]):
            return True
    return False


def _resolve(p: Period, current: str | None, year: int | None) -> str | None:
    if p.label and not p.relative and not p.same:
        return p.label
    reference = current or (str(year) if year else None)
    if reference is None:
        return None
    if p.same:
        if p.same_year is None:
            return shift(reference, "year", -1)
        y = year_of(reference)
        return reference.replace(str(y), str(p.same_year), 1) if y else None
    if p.relative:
        return shift(reference, *p.relative)
    return None


# -- matching ---------------------------------------------------------------------------------


def _lemma(word: str) -> str:
    """A light plural rule: imports -> import, companies -> company, taxes -> tax."""
    word = KEY_DERIVED.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def subject_key(subject: str | None) -> tuple[str, ...]:
    """A subject as a sorted tuple of normalised words, for matching.

    Lower case; possessive 's dropped; stop words (articles, possessive pronouns, "of", "and",
    "total") dropped; plurals singular (light rule) and "imported" read as "import"; words after
    a preposition keep it as a prefix ("exports to China" -> export, to:china), so the direction
    of a flow is not lost.

    >>> subject_key("Germany's exports to China"), subject_key("China's exports")
    (('export', 'germany', 'to:china'), ('china', 'export'))
    """
    if not subject:
        return ()
    s = subject.lower().replace("’", "'")
    s = re.sub(r"'s?\b", " ", s)
    out: set[str] = set()
    prefix = ""
    for w in re.findall(r"[a-z0-9&]+", s):
        if w in KEY_PREPOSITIONS:
            prefix = w + ":"
            continue
        if w in KEY_STOP or w == "s":
            continue
        out.add(prefix + _lemma(w))
    return tuple(sorted(out))


def subject_matches(reference: str, stated: str | None) -> bool:
    """True when every normalised word of `reference` is in `stated` (see subject_key).

    >>> subject_matches("technology imports", "China's imported technology products")
    True
    >>> subject_matches("technology imports", "technology exports")
    False
    """
    ref, got = set(subject_key(reference)), set(subject_key(stated))
    return bool(ref) and ref <= got
