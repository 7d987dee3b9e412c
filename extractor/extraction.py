"""The rules that find quantities in raw text: pure Python over strings, no spaCy.

`find_quantities(text, year)` scans once for number cores (digits, spelled-out numbers,
fractions, multiplicative words), then reads the words around each core: currency before,
scale and unit after, a qualifier ("more than") or a rise/fall ("grew") before. The spaCy
component in pipeline.py is a thin wrapper over this function, which keeps it fast and testable.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from itertools import accumulate

from . import lexicon as lx
from .numbers import half_unit, tidy
from .quantities import Quantity

ONE = Decimal(1)
HUNDREDTH = Decimal("0.01")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _leading(words: Iterable[str]) -> str:
    chars = {c for w in words for c in (w[:1].lower(), w[:1].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


_UNITS_WORDS = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
_TEENS_WORDS = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_TENS_WORDS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_WORD_ATOM = rf"(?:{_TENS_WORDS}(?:[- ]{_UNITS_WORDS}\b)?|{_TEENS_WORDS}|{_UNITS_WORDS})"
_WORD_NUMBER = (
    rf"\b{_WORD_ATOM}(?:(?:[ -]|\s+and\s+)(?:{_WORD_ATOM}|hundred|thousand|million|billion"
    rf"|trillion)\b)*"
)
# Indian grouping ("2,14,000", "1,87,500") before the Western one.
_DIGITS = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"

# One pass over the text finds every candidate core, in order.
CORE = re.compile(
    r"(?=[\d.]|\b\w)(?:"
    rf"(?P<digits>(?<![\d.,])(?:{_DIGITS}))(?![\d])"
    r"|(?P<andahalf>\ban?\s+(?:year|month|week|day|hour)\s+and\s+a\s+half\b)"
    r"|(?P<decade>\b(?:[Aa]|[Tt]he)\s+decade\b(?!['’]s))"
    r"|(?P<halfspan>\b(?:an?\s+)?half[- ](?:hour|day)\b)"
    rf"|(?P<fracword>\b(?:a|an|one|two|three|four|five|six|seven|eight|nine)[- ]"
    rf"(?:halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?|fourths?)\b)"
    rf"|(?P<words>{_WORD_NUMBER})(?!\w)"
    r"|(?P<fracpoint>\b(?:quarter|half)(?:\s+a)?[- ](?:percentage[- ])?point\b)"
    r"|(?P<half>\bhalf\b)"
    rf"|(?P<multword>\b(?:{_alternation(lx.MULTIPLE_WORDS)})\b)"
    r"|(?P<twice>\b(?:twice|double|triple|quadruple)\b)"
    r"|(?P<relyear>\b(?:[Ll]ast|[Tt]his|[Nn]ext) year\b"
    r"|\b(?:a|one) year (?:earlier|ago|before)\b|\bthe (?:previous|prior|preceding) year\b"
    r"|\bthe year (?:before|earlier)\b"
    r"|\b(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:financial|fiscal)\s+year\b(?!['’]s)"
    r"(?!\s+(?:to|ended|ending|through)\b))"
    r"|(?P<pctof>\b(?:percents?|per cent)\s+of\s+(?=[\d\w])))",
    re.IGNORECASE,
)

_PREFIX_SYMBOLIC = {k: v for k, v in lx.CURRENCY_PREFIXES.items() if not k.isalpha()}
_PREFIX_ALPHA = {k: v for k, v in lx.CURRENCY_PREFIXES.items() if k.isalpha() or k == "Rs."}
_PREFIX_SYMBOLIC.pop("Rs.", None)
PREFIX_SYMBOL = re.compile(
    rf"(?:(?<![A-Za-z])|(?<=\s))(?P<cur>{_alternation(_PREFIX_SYMBOLIC)})\s?$", re.IGNORECASE
)
PREFIX_ALPHA = re.compile(
    rf"(?<![A-Za-z])(?P<cur>{_alternation([*_PREFIX_ALPHA, *lx.CURRENCY_CODES])})\s?$"
)
_LOWER_SYMBOLS = {k.lower(): v for k, v in _PREFIX_SYMBOLIC.items()}

SCALE = re.compile(rf"(?:\s|-)?(?P<scale>{_alternation(lx.SCALES)})\b", re.IGNORECASE)
ATTACHED_SCALE = re.compile(rf"(?P<scale>{_alternation(lx.CURRENCY_ONLY_SCALES)})(?![A-Za-z])")

_PERCENT = _alternation(w for w in lx.PERCENT_WORDS if w != "%")
_POINTS = _alternation(lx.POINT_WORDS)
_BPS = _alternation(lx.BASIS_POINT_WORDS)
_CUR_NAMES = _alternation(lx.CURRENCY_NAMES)
_SUBUNITS = _alternation(w for w in lx.SUBUNITS if w != "p")
_UNIT_NAMES = _alternation(lx.UNITS)
SCORED_BEFORE = re.compile(
    r"\b(?:scored|scoring|scores?\s+of|a\s+maximum\s+of|the\s+maximum\s+of)\s+"
    r"(?:(?:at\s+least|more\s+than|over|under|just)\s+)?$",
    re.IGNORECASE,
)
SIZED_UNIT_AFTER = re.compile(
    rf"\s+\d[\d.,]*-[a-z]+(?:-[a-z]+)?\s+(?P<unit>{_UNIT_NAMES})\b", re.IGNORECASE
)
_DURATIONS = _alternation(lx.DURATION_UNITS)
_CODES = _alternation(lx.CURRENCY_CODES)

# What may follow a number (after any scale): tried in this order.
SUFFIX = re.compile(
    r"(?P<pct>\s?%|pc\b)"
    rf"|(?:\s|-)(?P<points>{_POINTS})\b"
    rf"|(?:\s|-)(?P<bps>{_BPS})\b"
    rf"|(?:\s|-)(?P<pctword>{_PERCENT})\b"
    # (a subunit first: "31 euro cents" are not 31 euros)
    rf"|(?:\s|-)(?P<subunit>{_SUBUNITS})\b"
    rf"|(?:\s|-)(?P<curname>{_CUR_NAMES})\b"
    rf"|\s(?P<code>{_CODES})\b"
    r"|(?P<pence>p)\b"
    r"|\s?(?P<yuan>元)"
    r"|\s?(?P<symbol>[€£¥₹₩₽₺₦₱₫₪฿₡₾₭])(?!\s?\d)"
    rf"|(?:\s|-)?(?P<unit>{_UNIT_NAMES})\b"
    # ("over the four fiscal years": a span of years of a kind)
    # (not "the 2024 fiscal year", a year)
    r"|(?:(?<!(?:1[89]|20)\d\d)\s(?:fiscal|financial|calendar|academic|school|tax)(?=\s+years?\b))?"
    rf"(?:\s|-)(?P<duration>{_DURATIONS})(?:-old)?\b"
    # "a 10-second slot": "second" is a span only glued to its number (not "2 second prizes").
    r"|-(?P<second>second)\b",
    re.IGNORECASE,
)

_QUALIFIERS = _alternation(lx.QUALIFIERS)
MOVED_UP_BEFORE = re.compile(
    r"\b(?:ticked|edged|inched|crept|moved|went|shot|climbed|jumped|rose|crawled|ratcheted|"
    r"revised|marked|bid|pushed|driven|stepped)\s+up\s+to\s+$",
    re.IGNORECASE,
)
SPREAD_OVER_BEFORE = re.compile(
    # ("turned over SEK 540m": a verb, the firm's turnover)
    r"\b(?:spread|split|divided|shared|scattered|distributed|averaged|turn(?:s|ed|ing)?|"
    r"hand(?:s|ed|ing)?)\s+over\s+$",
    re.IGNORECASE,
)
QUALIFIER_BEFORE = re.compile(
    _leading(lx.QUALIFIERS) + rf"\b(?P<q>{_QUALIFIERS})\s+$", re.IGNORECASE
)
_RISE = _alternation(lx.RISE_VERBS)
_FALL = _alternation(lx.FALL_VERBS)
DIRECTION_BEFORE = re.compile(
    _leading(
        [
            *lx.RISE_VERBS,
            *lx.FALL_VERBS,
            "raised",
            "boosted",
            "lifted",
            "widened",
            "increased",
            "cut",
            "reduced",
            "lowered",
            "trimmed",
            "narrowed",
            "slashed",
        ]
    )
    + rf"\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL})"
    r"|(?P<rise_by>(?:raised|boosted|lifted|widened|increased)(?:\s+[\w']+){0,3}\s+by)"
    r"|(?P<fall_by>(?:cut|reduced|lowered|trimmed|narrowed|slashed)(?:\s+[\w']+){0,3}\s+by))"
    # "shrunk by an average (of) 4.5% a year": a yearly rate keeps the way of its verb.
    rf"(?:\s+by)?(?:\s+an?\s+average(?:\s+of)?)?(?:\s+(?:an?\s+)?(?:{_QUALIFIERS}))?\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# "96.3 million tiles, against 88.1 million a year earlier, adding 8.2 million tiles": a rise set
# off by its comma; not "with the contract business adding 19.9 trillion won", a part.
ADDING_BEFORE = re.compile(
    rf",\s+adding\s+(?:(?:another|a\s+further|an\s+extra|(?:{_QUALIFIERS}))\s+)?$",
    re.IGNORECASE,
)
DIRECTION_NOUN_BEFORE = re.compile(
    _leading([*lx.RISE_NOUNS, *lx.FALL_NOUNS])
    + rf"\b(?:(?P<rise>{_alternation(lx.RISE_NOUNS)})|(?P<fall>{_alternation(lx.FALL_NOUNS)}))"
    # "a decline averaging 0.9% a year" says the way of the rate as "a decline of" does, and
    # "a rise of just 5.4 per cent" as "a rise of 5.4 per cent".
    # ("The increase, of roughly 10.6 per cent, was the steepest": set off by a comma)
    rf",?\s+(?:of|averaging)\s+(?:(?:{_QUALIFIERS})\s+|(?:just|only|barely|a\s+mere)\s+)?$",
    re.IGNORECASE,
)
DIRECTION_NOUN_AFTER = re.compile(
    rf"^(?:\s|-)(?:(?:year-on-year|year-over-year|annual|yearly|quarterly|monthly)\s+)?"
    rf"(?:(?P<rise>{_alternation(lx.RISE_NOUNS)})|(?P<fall>{_alternation(lx.FALL_NOUNS)}))\b",
    re.IGNORECASE,
)

_MONTHS = _alternation([*lx.MONTHS, *(m.capitalize() for m in lx.MONTHS)])
MONTH_BEFORE = re.compile(_leading(lx.MONTHS) + rf"\b(?:{_MONTHS})\.?\s+$")
MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b")
DATELINE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-\d\d-\d\d)\b"
)
CLOCK_AFTER = re.compile(
    r"^(?::\d\d|\.\d\d\s?(?:a\.m\.|p\.m\.|am|pm)|\s?(?:a\.m\.|p\.m\.|am|pm)(?!\w)"
    r"|\s?(?:GMT|UTC|BST|EST|EDT|CET|PST|ET|local time)\b|\s?o'clock)",
    re.IGNORECASE,
)
PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?(?:\d[\s.-])?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}"
    r"(?:[\s.-]\d{2,5}){1,4}(?![\w]|,\d)"
)
CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d\d\s?(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|BST|EST|CET)?(?![\d,])"
    r"|\b\d{1,2}:\d\d\b",
    re.IGNORECASE,
)
URLISH = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")
# Not "from 38.6% in 2021 to 31.9% now": the second year is no decimal or percent.
YEAR_RANGE = re.compile(
    r"(?P<y1>(?:1[89]|20)\d\d)\s?(?:[-–/]|to)\s?(?P<y2>(?:1[89]|20)?\d\d)\b(?![.,]\d|\s?%)"
)
FISCAL_BEFORE = re.compile(r"\b(?:fiscal(?:\s+year)?|FY|financial\s+year|FY-)\s?$", re.IGNORECASE)
RANGE_LINK = re.compile(r"^\s?(?:-|–|—|to)\s?")
# "between Rs 2.14 and Rs 2.36": a lettered currency the second number of a range repeats.
SECOND_ALPHA_PREFIX = re.compile(
    rf"(?:{_alternation(k for k in _PREFIX_ALPHA if len(k) > 2 or k == 'Rs')}|{_CODES})\s?(?=\d)"
)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:(?:" + _QUALIFIERS + r")\s+)?$", re.IGNORECASE)
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
TIMES_AFTER = re.compile(
    r"^\s(?P<t>times)\s+(?:as|more|less|larger|higher|bigger|greater|smaller|lower|faster"
    r"|the|its|their|that|what|over|(?:19|20)\d\d['’]s|(?:[A-Z][\w-]*\s+){0,3}[A-Za-z][\w-]*['’]s?\s"
    # "five times domestic output of ...", not "three times a week" or "twice in 2024"
    r"|(?!(?:a|an|per|each|every|in|on|at|during|since|this|last|so|and|or|to|for|from|"
    # (nor "19 times out of 20", a frequency)
    r"with|by|daily|weekly|monthly|yearly|annually|already|before|now|out)\b)[a-z][\w-]*\s+"
    r"(?:[a-z][\w-]*\s+){0,2}of)\b",
    re.IGNORECASE,
)
NUMBER_NAME = re.compile(
    r"\b((?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Hundred)\s+[A-Z][a-z]+)"
    r"\s+[A-Z][a-z]+(?=\s+[a-z]|[,.;:'’])"  # in prose, not a title-case headline
)
# A figure passed is a lower bound; not "the top 10", "passes a $4.8 billion budget".
TOPS_BEFORE = re.compile(
    r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\ba )(?<!\bof )(?<!\bin )"
    r"\b(?:tops?|topped|topping|past|pass(?:es|ed|ing)|surpass(?:es|ed|ing)?|crossed|crosses|crossing|"
    r"broke\s+through|breaks\s+through)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
PER_PERIOD_AFTER = re.compile(
    r"\s+(?:a|an|per|each)\s+(?P<period>day|week|month|year|hour|annum)\b" + lx.NOT_DATING,
    re.IGNORECASE,
)
PASSED_BILL_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}\s+(?:budgets?|bills?|plans?|packages?|laws?|measures?|deals?|motions?"
    r"|appropriations?|stimulus|spending)\b",
    re.IGNORECASE,
)
PASSING_BODY_BEFORE = re.compile(
    r"\b(?:council|parliament|senate|house|lawmakers|legislators|assembly|congress|legislature"
    r"|MPs|cabinet|board|committee|voters)\b[^.]*$",
    re.IGNORECASE,
)
OF_PER_PERIOD_AFTER = re.compile(
    r"\s+of\s+(?:[a-z][\w-]*\s+){1,3}?(?:a|an|per|each)\s+(?P<period>day|week|month|year|annum)\b"
    + lx.NOT_DATING,
    re.IGNORECASE,
)
PER_UNIT_AFTER = re.compile(rf"\s+per\s+(?P<per>{_UNIT_NAMES})\b(?![-'’]\w)", re.IGNORECASE)
FOLD_AFTER = re.compile(r"^(?:-|\s)?fold\b", re.IGNORECASE)
IN_FRACTION_AFTER = re.compile(
    rf"^\s(?:in|out of)\s(?P<den>\d+|{_WORD_ATOM}|a hundred)\b", re.IGNORECASE
)
HALF_SKIP_BEFORE = re.compile(
    r"\b(?:first|second|1st|2nd|latter|back|and a|second-|first-)\s*$", re.IGNORECASE
)
# "lifted underlying pre-tax profit by 56.5%", "cut its forecast by 2%": a verb, its object,
# then "by" and the change.
VERB_OBJECT_BY_BEFORE = re.compile(
    r"\b(?:(?P<rise>lifted|raised|boosted|increased|expanded|grew|widened|topping|topped|"
    r"raises?|raising|lifts?|lifting|boosts?|boosting|increases?|increasing)|"
    r"(?P<fall>cut|reduced|lowered|trimmed|slashed|narrowed|shrank|decreased|cuts|cutting|"
    r"reduces?|reducing|lowers?|lowering|trims?|trimming|slash(?:es)?|slashing))\b"
    r"[^.,;:%$€£¥\d]{1,50}\bby\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|"
    r"less\s+than|over|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
AS_MUCH_AGAIN = re.compile(r"\s+as\s+(?:much|many)\s+again\b", re.IGNORECASE)
COUNT_WERE_UNDER_BEFORE = re.compile(
    r"\b\d[\d,]*\s+(?:of\s+them\s+)?(?:were|are)\s+(?:under|over|below|above)\s+$", re.IGNORECASE
)
# "as 4G users triple", "could double by 2030": the verb, not "a double blow".
VERB_MULTIPLE_AFTER = re.compile(
    r"^(?:[ \t]*(?:[.;:!?]|\n|$)|\s+(?:in|by|since|within|again|from|to)\b)"
)
_NOT_UNIT_WORD = (
    r"(?!(?:a|an|the|in|of|and|or|which|that|to|for|from|with|was|is|were|are|at|on|by)\b)"
)
PER_DENOMINATOR_AFTER = re.compile(
    rf"(?P<noun>(?:\s+{_NOT_UNIT_WORD}[a-z][a-z-]*){{0,2}}?)\s+per\s+"
    r"(?P<den>1,000,000|100,000|10,000|1,000|100|1000|10000|100000)\b(?![.,]\d)"
    rf"(?P<of>(?:\s+{_NOT_UNIT_WORD}[a-z][a-z-]*){{0,2}})"
)
PERCENT_THEN_BOUND_BEFORE = re.compile(
    r"\d\s*(?:%|per\s*cent|percent|pct)\s+of\s+[^.;,]{1,40},\s*(?:(?:still|well|just|comfortably|so)\s+)?"
    r"(?:more|less|fewer)\s+than\s+$",
    re.IGNORECASE,
)
ORDINAL_OF_FIGURE = re.compile(r"\s+of\s+(?:[$€£¥₹]|[A-Z]{1,3}\$?\s?)?\d")
FRACTION_OR_BEFORE = re.compile(
    r",\s*or\s+(?:(?:about|around|roughly|nearly|almost|more than|less than|over|some|just over|"
    r"just under|well over|close to)\s+)?$",
    re.IGNORECASE,
)
# "fell by a sixth", "up by about a third": the fraction is the size of the change.
FRACTION_BY_BEFORE = re.compile(
    # ("down roughly a third from ¥5,180")
    r"\b(?:by|up|down|(?:drop|fall|rise|increase|decline|cut|jump|gain|loss|reduction)\s+of)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|more than|less than|over|some)\s+)?$",
    re.IGNORECASE,
)
NAIRA_STORY = re.compile(r"\b(?:naira|Nigeria|Nigerian|Lagos|Abuja)\b|₦")
HALF_SCALE_AFTER = re.compile(r"\s+an?\s+(?P<scale>million|billion|trillion)\b", re.IGNORECASE)
# "only 310 of them, a quarter, treat ...": a fraction set off after the part it restates.
FRACTION_SET_OFF_BEFORE = re.compile(
    r"(?:\bof\s+(?:them|those|these)|\d)\s*,\s*(?:(?:about|around|roughly|nearly|almost|"
    r"some|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
# "a third lower than at the start of the year": a fraction of a change.
FRACTION_COMPARED_AFTER = re.compile(
    r"\s+(?:(?P<down>lower|less|smaller|cheaper|down)|(?P<up>higher|more|larger|bigger|up))\b"
)
HALF_OK_AFTER = re.compile(
    r"^\s+(?:of|the|its|their|his|her|all|that|those|these|a|an)\b", re.IGNORECASE
)
HALF_QUALIFIED_BEFORE = re.compile(
    r"\b(?:almost|nearly|about|roughly|around|just\s+(?:under|over)|more\s+than|less\s+than)\s+$",
    re.IGNORECASE,
)
WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][\w.'’]*)[ \t]+$")
# "aged 21", "aged eight and 11", "the pension age of 67": ages are durations in years.
AGED_BEFORE = re.compile(
    r"\b(?:aged|ages?\s+of)\s+(?:(?:\w+,\s+)*\w+,?\s+(?:and|or|to)\s+)?$"
    r"|\bwho\s+(?:is|was|turns|turned)\s+$"
    # "the average age of a prisoner was 36", "a week after turning 71"
    r"|\bage\s+of\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:was|is|stood\s+at)\s+$"
    r"|\b(?:after|before|since|on)\s+turning\s+$",
    re.IGNORECASE,
)
# "the youngest registered player is 11 and the oldest 89", "the oldest was 91": an age when
# nothing counted follows (not "the oldest of the 14 mills", "the youngest firm had 12 staff").
EXTREME_AGE_BEFORE = re.compile(
    # ("the team's youngest player at 15.")
    r"\b(?:youngest|oldest)\s+(?:(?:[a-z][\w-]*\s+){0,3}?(?:is|was|are|were|at)\s+(?:just\s+)?)?$",
    re.IGNORECASE,
)
EXTREME_AGE_AFTER = re.compile(r"(?:[,.;:)]|\s+(?:and|or|but|when|years?)\b|$)")
# "those 65 and older", "people under 25": age groups.
AGE_OLDER_AFTER = re.compile(r"\s+(?:and|or)\s+(?:older|over|above|up|younger|under)\b")
AGE_GROUP_BEFORE = re.compile(
    r"\b(?:people|those|adults|children|workers|men|women|voters|respondents|youths?|anyone"
    r"|patients|drivers|visitors|pupils|students|kids|residents|passengers|travell?ers|guests"
    r"|teenagers|girls|boys|applicants|users|members|fans|cyclists|players|entrants"
    r"|someone|somebody|nobody|no\s+one|everyone|everybody|tenants|renters|homeowners|buyers"
    r"|borrowers|farmers|growers|motorists|juniors|seniors"
    r"|competitors|runners|athletes|participants|volunteers|customers|clients|shoppers|viewers"
    r"|listeners|readers|employees|smokers)"
    r"\s+(?:under|over|below|above|older than|younger than)\s+$",
    re.IGNORECASE,
)
# A person's age said of them: "She is nine, I am 71", "since she was 11", "turned 14 in May",
# "Jonas Ammann, is 22.", '"At 71, three hours on a green ..."'.
PERSON_AGE_BEFORE = re.compile(
    r"(?:\b(?:I\s+am|I'm|I’m|(?:[Hh]e|[Ss]he)\s+is|(?:[Hh]e|[Ss]he)['’]s|since\s+(?:he|she|they|I|we)\s+"
    r"(?:was|were))|\bturn(?:s|ed)|\b[A-Z][\w'’.-]*[a-z],\s+(?:is|was)|(?:^|[.!?]\s+|[\"“]\s*)At)"
    r"[ \t]+$"
)
PERSON_AGE_AFTER = re.compile(r"(?:[,.;:!?]|\s+(?:and|when|in|on|this|last|but)\b|$)")
# A figure and its noun, then "over": what follows is what they were spread over.
FIGURE_NOUN_OVER_BEFORE = re.compile(
    r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+[a-z]+\s+over\s+$"
)
WAS_BEFORE = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|I|[Tt]hey|[Ww]e)|\b[A-Z][a-z]+[ \t]+[A-Z][\w'’-]*[a-z])"
    r"[ \t]+(?:was|were)[ \t]+$"
)
# "Chief executive Maria Okafor, 51, who joined": a capitalised name, a comma, then the age.
# ("her father, Arne, now 79, in 2009")
NAME_AGE_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*[a-z],[ \t](?:now[ \t])?$")
NAME_AGE_AFTER = re.compile(r"^(?:,|\.(?:\s|$)|;)")
NAME_AGE_WHO = re.compile(r",\s+(?:who|whose|was|is|has|had|said|says)\b")
FAMILY_AGE_BEFORE = re.compile(
    r"\b(?:sons?|daughters?|children|grandchildren|brothers?|sisters?|wife|husband|mother|"
    r"father|parents"
    # ("Retired postman, 67, lands the blue shark")
    r"|man|woman|boy|girl|pensioner|retiree|widow|widower|postman|farmer|fisherman|grandmother"
    r"|grandfather)\s*,\s+(?:\d{1,2}\s+(?:and|or)\s+)?$"
)
ONE_OK_AFTER = re.compile(
    rf"^(?:[\s-](?:{_CUR_NAMES}|{_SUBUNITS}|{_UNIT_NAMES}|{_DURATIONS}|in\s|out\s+of|percent"
    rf"|per\scent|percentage\spoints?|million|billion|thousand|trillion)\b|\s?%)",
    re.IGNORECASE,
)
ATTACHED_LETTERS = re.compile(r"^[A-Za-z]+")
MIXED_FRACTION_AFTER = re.compile(r"^ (?P<n>[1-9])/(?P<d>[2-9]|1[0-6])\b(?![/\d])")
SLASH_FRACTION_AFTER = re.compile(
    rf"^/(?P<d>[2-9]|1[0-6])\b(?![/\d])(?=[\s-](?:{_UNIT_NAMES}|{_DURATIONS})\b)", re.IGNORECASE
)
MARKET_WORDS = re.compile(
    r"\b(?:[Ii]ndex|[Ii]ndices|Nikkei|Hang Seng|S&P|FTSE|Dow|Nasdaq|ASX|DAX|CAC|Stoxx|STOXX"
    r"|Kospi|KOSPI|Sensex|Nifty|TOPIX|Russell)\b"
)
INDEX_LEVEL_AFTER = re.compile(
    r"(?:[,.;)]|$|\s+(?:as|on|in|at|and|for|after|before|while|with|its|from|by|points?)\b)"
)
# Street names written before the number, as much of Europe writes them.
STREET_BEFORE = re.compile(
    r"(?:\b(?:ul\.|ulica|al\.|aleja|Calle|calle|Rue|rue|Via|via|Avenida|Rua|Piazza|Plaza)"
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"|\b[A-Z]\w*(?:straße|strasse|gatan|vägen|gade|weg|laan|plein|gasse|katu|veien)\s+)$"
)
# "200 Main Street", "at 12 Harbour Road": street numbers.
STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Dr"
    r"|Way|Place|Square|Terrace|Court|Crescent|Parkway|Highway)\b"
)
LATE_MONTH = re.compile(r"\b(?:July|August|September|October|November|December)\b(?!\s+\d{4})")
EARLY_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr)[a-z]*\b")
FIRST_QUARTER = re.compile(r"\b(?:Jan|Feb|Mar)[a-z]*\b")
FINANCIAL_YEAR = re.compile(r"(?:financial|fiscal)\s+year", re.IGNORECASE)
# "the Serra Alta 3 expansion", "the Galaxy 5": a number ending a capitalised name.
THE_NAME_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,3}$")
# "visit the service centre at Stationsplein 3": an address.
AT_NAME_BEFORE = re.compile(r"\bat\s+(?:[A-Z][\w'’-]*\s+){1,2}$")
# "call the SES on 132 500", "calling 311": phone numbers after a call.
CALL_BEFORE = re.compile(
    r"\b(?i:call|calling|dial|dialling|dialing|ring|phone|text|hotline)"
    r"(?:\s+(?:the\s+)?[A-Z][\w&'’-]*)*(?:\s+(?:on|at))?\s+$"
)
# Lower-case words after which a number names a place or a service ("gate 102", "exits 52 and
# 54"), and airline flight codes ("EI 154", "FR 7224").
NAME_WORD_LOWER_BEFORE = re.compile(
    r"(?:\b(?:gate|gates|exit|exits|platform|platforms|pier|berth|flight|flights|junction|room"
    r"|rooms|route|routes|terminal|channel|code|(?i:bus|buses|tram|trams|line|lines))"
    r"|(?<![\w$])[A-Z][A-Z0-9](?<!FY)(?<!RM))[ \t]$"
)
NAME_LIST_AFTER = re.compile(r"(?:[A-Z]\b)?(?:\s*(?:,|and|or|to|-|–)\s*\d+[A-Z]?\b)+")
SUBUNIT_AFTER = re.compile(
    rf"\s+(?:and\s+)?(?P<n>\d{{1,2}}|{_WORD_NUMBER})[\s-](?:cents?|pence|p)\b", re.IGNORECASE
)
# "minus five percent", "-1", "−3.2": a sign glued to the number, not a range dash ("10-15").
MINUS_BEFORE = re.compile(
    r"(?:(?<!plus or )(?<!plus/)\bminus\s+|(?:^|(?<=[\s(:=]))[-−])$", re.IGNORECASE
)
# Stock indexes named with a number: "the Nikkei 225 slipped", "the S&P/ASX 200 index".
INDEX_NAME_BEFORE = re.compile(
    r"(?:\bNikkei|\bS&P|\bASX|\bFTSE|\bStoxx|\bSTOXX|\bRussell|\bCAC|\bDAX|\bKOSPI|\bKospi"
    r"|\bNifty|\bNIFTY|\bSensex|\bTOPIX|\bMSCI [A-Z][\w-]*|\bHang Seng Tech)[ \t]$"
)
# "a 5.2-point improvement", "a 1.9 point rise": "point" in the singular only before the noun
# of the move it measures.
ONE_POINT_AFTER = re.compile(
    r"(?:-|\s)point(?=\s+(?:rise|fall|gain|drop|increase|decrease|improvement|deterioration|"
    r"swing|lead|gap|jump|decline|cut|reduction|advantage|deficit|shift|difference|narrowing|"
    r"widening)\b)",
    re.IGNORECASE,
)
HYPHEN_NOUN_AFTER = re.compile(
    r"-(?!(?:to|and|or|for|in|of|on|by|the|a|an|per|plus|up|down)\b)[a-z]{2,}\b(?!-)"
)

COUNTED_HYPHEN_NOUN = re.compile(
    r"-(?:term|member|seat|storey|story|bedroom|nation|country|lane|judge|person)", re.IGNORECASE
)


def _parse_digits(digits: str) -> Decimal:
    return Decimal(digits.replace(",", ""))


def parse_word_number(words: str) -> Decimal | None:
    """Spelled-out number to Decimal: "twenty-five" -> 25, "five million" -> 5000000."""
    total = 0
    current = 0
    seen = False
    for token in re.split(r"[\s-]+", words.lower()):
        if token in ("and", ""):
            continue
        if token in lx.WORD_NUMBERS:
            current += lx.WORD_NUMBERS[token]
            seen = True
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in lx.WORD_MULTIPLIERS:
            total += (current or 1) * lx.WORD_MULTIPLIERS[token]
            current = 0
        else:
            return None
    return Decimal(total + current) if seen else None


def _round_precision(value: Decimal) -> Decimal:
    """Half the place of the last non-zero digit: 5000000 -> 500000, 25 -> 0.5."""
    if value == 0:
        return Decimal("0.5")
    n = int(value)
    zeros = 0
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    return Decimal("0.5") * (Decimal(10) ** zeros)


def article_year(text: str) -> int | None:
    """The publication year from a dateline near the top ("LONDON, March 4, 2024 -")."""
    m = DATELINE.search(text, 0, min(len(text), 400))
    if not m:
        return None
    return int(m.group("y1") or m.group("y2") or m.group("y3"))


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in URLISH.finditer(text)]
    spans += [m.span() for m in CLOCK.finditer(text) if ":" in m.group() or m.group()[-1] in "mMT"]
    for m in PHONE.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        groups = re.split(r"[\s.-]+", m.group().strip("+()"))
        if YEAR_RANGE.fullmatch(m.group()) or digits < (6 if len(groups) >= 3 else 7):
            continue  # "13 24 80" is a phone number too; prose would set figures apart by commas
        # "3 4 5" or "1.5 2.5" are not phone numbers; phone groups have 2+ digits, mostly 3+.
        if len(groups) == 2 and not (len(groups[0]) >= 3 and len(groups[1]) >= 4):
            continue
        spans.append(m.span())
    return spans


class _Scanner:
    """State for one pass over one text."""

    def __init__(self, text: str, year: int | None):
        self.text = text
        self._names: set[str] | None = None
        self.year = year
        self.excluded = sorted(_excluded_spans(text))
        self._excluded_starts = [s for s, _ in self.excluded]
        self._excluded_max_end = list(accumulate((e for _, e in self.excluded), max))
        self.out: list[Quantity] = []
        self.consumed_to = 0
        self._dateline: list[re.Match | None] = []
        self._naira: bool | None = None

    def naira(self) -> bool:
        """Whether the text is on Nigeria, where "N500" is 500 naira."""
        if self._naira is None:
            self._naira = bool(NAIRA_STORY.search(self.text))
        return self._naira

    def dateline(self) -> re.Match | None:
        """The dateline ("LONDON, March 4, 2024 -"), looked for once per text."""
        if not self._dateline:
            self._dateline.append(DATELINE.search(self.text, 0, min(len(self.text), 400)))
        return self._dateline[0]

    def is_excluded(self, start: int, end: int) -> bool:
        i = bisect_left(self._excluded_starts, end)
        return i > 0 and self._excluded_max_end[i - 1] > start

    def left(self, pos: int, width: int = 48) -> str:
        return self.text[max(0, pos - width) : pos]

    # -- modifiers read from the left ------------------------------------------------------

    def qualifier(self, start: int) -> tuple[str, str | None]:
        m = QUALIFIER_BEFORE.search(self.left(start, 24))
        if not m:
            return "=", None
        word = m.group("q").lower()
        # "the rate ticked up to 4.2%" is a rise to a level, not a ceiling.
        if word == "up to" and MOVED_UP_BEFORE.search(self.left(start, 40)):
            return "=", None
        # "spread over 1.93 million visits" divides by the figure; it bounds nothing.
        if word == "over" and SPREAD_OVER_BEFORE.search(self.left(start, 40)):
            return "=", None
        return lx.QUALIFIERS[word], word

    def direction(self, start: int, end: int) -> str | None:
        left = self.left(start, 40)
        m = DIRECTION_BEFORE.search(left)
        if m:
            word = m.group(0).split()[0].lower()
            # "up to" is a bound, not a rise; "make up 35%" is a share.
            if word == "up" and re.search(
                r"\bup\s+to\s+$|\b(?:make|makes|made|making|take|takes|took|taking|set|sets|"
                r"end|ended|ends|pick|picked|sum|sums|summed|add|adds|sign|signs|signed|"
                r"signing)\s+up\b",
                left,
                re.IGNORECASE,
            ):
                return None
            return "up" if (m.group("rise") or m.group("rise_by")) else "down"
        m = DIRECTION_NOUN_BEFORE.search(left)
        if m:
            return "up" if m.group("rise") else "down"
        if ADDING_BEFORE.search(left):
            return "up"
        m = DIRECTION_NOUN_AFTER.match(self.text[end : end + 40])
        if m:
            return "up" if m.group("rise") else "down"
        left = self.left(start, 80)
        # Cheap test first: "by" must sit just before the number.
        m = " by " in left[-24:] and VERB_OBJECT_BY_BEFORE.search(left)
        if m:
            return "up" if m.group("rise") else "down"
        return None

    def currency_before(self, start: int) -> tuple[int, str] | None:
        left = self.left(start, 12)
        if left.endswith("N") and not left[-2:-1].isalpha() and self.naira():
            return start - 1, "NGN"
        m = PREFIX_SYMBOL.search(left)
        if m:
            cur = m.group("cur")
            code = _PREFIX_SYMBOLIC.get(cur) or _LOWER_SYMBOLS.get(cur.lower())
            return start - len(left) + m.start("cur"), code
        m = PREFIX_ALPHA.search(left)
        if m:
            cur = m.group("cur")
            code = _PREFIX_ALPHA.get(cur) or lx.CURRENCY_CODES.get(cur)
            # One-letter and two-letter symbols ("R", "RM") only when glued to the number.
            if len(cur) <= 2 and cur != "Rs" and left.endswith((" ", "\t")):
                return None
            if code:
                return start - len(left) + m.start("cur"), code
        return None

    # -- the core loop -------------------------------------------------------------------

    def run(self) -> list[Quantity]:
        for m in CORE.finditer(self.text):
            if m.start() < self.consumed_to or self.is_excluded(m.start(), m.end()):
                continue
            if m.end() - m.start() > 40:
                continue  # a digit run that long is data, not a quantity a reader states
            try:
                self.dispatch(m)
            except (InvalidOperation, ValueError, OverflowError, KeyError):
                continue  # one odd number must not cost the rest of the article
        return self.out

    def dispatch(self, m: re.Match) -> None:
        handlers = {
            "digits": lambda: self.number(m.start(), m.end(), _parse_digits(m.group()), m.group()),
            "words": lambda: self.spelled(m),
            "fracword": lambda: self.fraction_word(m),
            "half": lambda: self.half(m),
            "halfspan": lambda: self.half_span(m),
            "andahalf": lambda: self.and_a_half(m),
            "decade": lambda: self.a_decade(m),
            "multword": lambda: self.multiple_word(m),
            "twice": lambda: self.multiple_word(m),
            "relyear": lambda: self.relative_year(m),
            "fracpoint": lambda: self.fraction_point(m),
            "pctof": lambda: self.percent_of(m),
        }
        handlers[m.lastgroup]()

    def emit(self, q: Quantity) -> None:
        self.out.append(q)
        self.consumed_to = max(self.consumed_to, q.end)

    def relative_year(self, m: re.Match) -> None:
        first = m.group().split()[0].lower()
        if FINANCIAL_YEAR.search(m.group()):
            self.financial_year(m)
            return
        if first in ("last", "this", "next"):
            if self.year is None:
                return
            value = Decimal(self.year + {"last": -1, "this": 0, "next": 1}[first])
        else:
            # "up from 9,050 a year earlier": a year before the one the sentence names, else
            # before the publication year.
            dateline = self.dateline()
            here = [q.value for q in self.years_of_sentence(m.start())]
            if "ago" in m.group().lower() and self.year is not None:
                # "a year ago" counts back from the day of writing, whatever the sentence names.
                value = Decimal(self.year - 1)
            elif here:
                value = here[-1] - 1
            elif self.year is not None:
                # A story dated early in 2025 that has so far named 2024 but not 2025 reports on
                # 2024 (annual results out in February): "a year earlier" is then 2023.
                # The lede says which: "exports reached a record last year" (so 2024), not
                # a scheme "launched in February 2024" further down.
                early = dateline is not None and bool(EARLY_MONTH.search(dateline.group()))
                lede_end = _sentence_span(self.text, dateline.end())[1] if dateline else 0
                named = {
                    int(q.value)
                    for q in self.out
                    if q.kind == "year" and dateline and dateline.end() <= q.start < lede_end
                }
                latest = self.year
                lede = self.text[dateline.end() : lede_end] if dateline else ""
                if (
                    early
                    and self.year not in named
                    and (self.year - 1 in named or LATE_MONTH.search(lede))
                ):
                    # ... or its lede reports on a month of last year ("sales rose in
                    # December" in a story of January).
                    latest -= 1
                value = Decimal(latest - 1)
            else:
                return
        self.emit(Quantity(m.group(), m.start(), m.end(), "year", value, None, "=", Decimal(0)))

    def years_of_sentence(self, pos: int) -> list[Quantity]:
        """The years read so far in the sentence around `pos`, not counting the dateline's."""
        begin, _ = _sentence_span(self.text, pos)
        dateline = self.dateline()
        if dateline:
            begin = max(begin, dateline.end())
        return [q for q in self.out if q.kind == "year" and q.start >= begin]

    def financial_year(self, m: re.Match) -> None:
        """ "the previous financial year": the one before the fiscal year the sentence names;
        "last financial year": the last one ended, taken to end in the spring."""
        dateline = self.dateline()
        here = self.years_of_sentence(m.start())
        if here and "last" not in m.group().lower():
            value = here[-1].value - 1
        elif self.year is not None:
            early = dateline is not None and bool(FIRST_QUARTER.search(dateline.group()))
            value = Decimal(self.year) - Decimal("1.5" if early else "0.5")
        else:
            return
        low, high = value - Decimal("0.5"), value + Decimal("0.5")
        q = Quantity(m.group(), m.start(), m.end(), "year", value, None, "=", Decimal(0))
        if value != value.to_integral_value():
            q.low, q.high = low, high
        self.emit(q)

    def multiple_word(self, m: re.Match) -> None:
        word = m.group().lower()
        if word in ("twice", "double", "triple", "quadruple"):
            # "more than double the 2.7 TWh", "twice as many"; not "a double blow".
            after = self.text[m.end() : m.end() + 40]
            if not re.match(r"^\s+(?:as|the|that|those|what|its|their|over)\b", after) and not (
                word != "twice"
                and VERB_MULTIPLE_AFTER.match(after)
                and not re.search(r"\b(?:a|an|the)\s+$", self.left(m.start(), 8), re.IGNORECASE)
            ):
                return
            value = Decimal({"triple": 3, "quadruple": 4}.get(word, 2))
        else:
            value = lx.MULTIPLE_WORDS[word]
        # "more than double the 2.7 TWh" is a bound on the factor, not the factor.
        change, qual = self.qualifier(m.start())
        q = Quantity(m.group(), m.start(), m.end(), "multiple", value, None, change, Decimal(0))
        if qual:
            q.extra["qualifier"] = qual
        self.emit(q)

    def fraction_point(self, m: re.Match) -> None:
        """ "a further quarter-point cut": a quarter of a percentage point."""
        value = Decimal("0.25") if m.group().lower().startswith("quarter") else Decimal("0.5")
        unit = "percentage point"
        q = Quantity(m.group(), m.start(), m.end(), "percentage_point", value, unit, "=", ONE / 100)
        direction = self.direction(m.start(), m.end())
        if direction:
            q.change = direction
        self.emit(q)

    def half(self, m: re.Match) -> None:
        if HALF_SKIP_BEFORE.search(self.left(m.start(), 16)):
            return
        scaled = HALF_SCALE_AFTER.match(self.text, m.end())
        if scaled:
            # "half a million pupils": a number, scaled like "0.5 million".
            self.measure(m.start(), scaled.start("scale") - 1, Decimal("0.5"), "half", True)
            return
        again = AS_MUCH_AGAIN.match(self.text, m.end())
        if again:
            # "That is half as much again in five years": a rise of a half.
            end = again.end()
            q = Quantity(
                self.text[m.start() : end],
                m.start(),
                end,
                "fraction",
                Decimal("0.5"),
                None,
                "up",
                Decimal(0),
            )
            q.extra["direction"] = "up"
            self.emit(q)
            return
        by = FRACTION_BY_BEFORE.search(self.left(m.start(), 40))
        set_off = HALF_QUALIFIED_BEFORE.search(self.left(m.start(), 20)) and re.match(
            r"\s*[,;.)]", self.text[m.end() : m.end() + 3]
        )  # "and 68 of them, almost half, are under 20"
        if not (by or set_off or HALF_OK_AFTER.match(self.text[m.end() : m.end() + 12])):
            return
        change, qual = self.qualifier(m.start())
        q = Quantity(
            m.group(), m.start(), m.end(), "fraction", Decimal("0.5"), None, change, Decimal(0)
        )
        q.extra["qualifier"] = qual
        if by:
            # "lifts the price by more than half": the fraction is the rise.
            direction = self.direction(m.start(), m.end())
            if direction:
                q.extra["direction"] = direction
                if change == "=":
                    q.change = direction
        self.emit(q)

    def half_span(self, m: re.Match) -> None:
        """ "a weekly half-hour lesson", "a half-day closure": half of the unit."""
        start = m.start() + m.group().lower().index("half")
        unit = "day" if m.group().lower().endswith("day") else "hour"
        text = self.text[start : m.end()]
        q = Quantity(text, start, m.end(), "duration", Decimal("0.5"), unit, "=", ONE / 4)
        self.emit(q)

    def and_a_half(self, m: re.Match) -> None:
        """ "waited a year and a half": 1.5 years."""
        unit = m.group().split()[1].lower()
        q = Quantity(m.group(), m.start(), m.end(), "duration", Decimal("1.5"), unit, "=", ONE / 4)
        self.emit(q)

    def a_decade(self, m: re.Match) -> None:
        """ "over the decade", "A decade ago": ten years; not "by the end of the decade"."""
        if re.search(r"\bof\s+$", self.left(m.start(), 10)):
            return
        self.emit(
            Quantity(m.group(), m.start(), m.end(), "duration", Decimal(10), "year", "=", ONE / 2)
        )

    def fraction_word(self, m: re.Match) -> None:
        num_word, den_word = re.split(r"[- ]", m.group().lower(), maxsplit=1)
        numerator = 1 if num_word in ("a", "an") else lx.WORD_NUMBERS[num_word]
        den = lx.FRACTION_WORDS[den_word][1]
        after = self.text[m.end() : m.end() + 8]
        # "a third of", "two-thirds", "a third lower", but not "a quarter earlier" or "one
        # third-party".
        compared = FRACTION_COMPARED_AFTER.match(self.text, m.end())
        if (
            num_word in ("a", "an", "one")
            and "-" not in m.group()
            and not re.match(r"^\s+of\b", after)
            and not compared
            and not FRACTION_BY_BEFORE.search(self.left(m.start(), 40))
            # "..., or about a quarter.": a share restated, at the end of its clause; "36.3 pct
            # of the market, still more than a third": a bound on the percent before.
            and not (
                FRACTION_OR_BEFORE.search(self.left(m.start(), 40))
                and re.match(r"\s*(?:[,.;)]|$)", after)
            )
            and not PERCENT_THEN_BOUND_BEFORE.search(self.left(m.start(), 90))
            # "only 310 of them, a quarter, treat ..."; "nearly a quarter were digital"
            and not (
                FRACTION_SET_OFF_BEFORE.search(self.left(m.start(), 40))
                and re.match(r"\s*[,;.)]", after)
            )
            and not re.match(r"\s+(?:were|are)\b", after)
        ):
            return
        if after.startswith("-"):
            return
        if den_word.startswith("fourth") and ORDINAL_OF_FIGURE.match(self.text, m.end()):
            return  # "three grants of £40,000 each, plus a fourth of £25,000": an ordinal
        value = (Decimal(numerator) / Decimal(den)).quantize(Decimal("0.0001"))
        change, qual = self.qualifier(m.start())
        q = Quantity(m.group(), m.start(), m.end(), "fraction", value, None, change, Decimal(0))
        q.extra["qualifier"] = qual
        if compared and change == "=":
            q.change = "down" if compared.group("down") else "up"
        if FRACTION_BY_BEFORE.search(self.left(m.start(), 40)):
            # "has fallen by a fifth": the fraction is the fall.
            direction = self.direction(m.start(), m.end())
            if direction:
                q.extra["direction"] = direction  # also "an increase of about a quarter"
                if change == "=":
                    q.change = direction
        self.emit(q)

    def spelled(self, m: re.Match) -> None:
        words = m.group()
        value = parse_word_number(words)
        if value is None:
            return
        end = m.end()
        # "three and a half hours", "one and a quarter million": mixed numbers.
        mixed = re.match(r"\s+and\s+a\s+(half|quarter)\b", self.text[end : end + 20])
        if mixed:
            value += Decimal("0.5") if mixed.group(1) == "half" else Decimal("0.25")
            end += mixed.end()
            words = self.text[m.start() : end]
        after = self.text[end : end + 24]
        if words.lower() in ("one", "zero") and not ONE_OK_AFTER.match(after):
            return
        self.number(m.start(), end, value, words, spelled=True)

    def is_name(self, start: int) -> bool:
        """Whether a capitalised number word opens a name the text writes with two more
        capitalised words somewhere ("Three Rivers Water", "Four Seasons Hotel"); "Two
        Chinese firms" is no name."""
        if self._names is None:
            self._names = {m.group(1) for m in NUMBER_NAME.finditer(self.text)}
        m = re.match(r"[A-Z][a-z]+\s+[A-Z][a-z]+", self.text[start : start + 40])
        return m is not None and m.group() in self._names

    def number(self, start: int, end: int, value: Decimal, raw: str, spelled: bool = False):
        text = self.text
        after = text[end : end + 48]
        before = self.left(start, 40)
        if not spelled:
            # Glued to letters: "G20", "Q3", "A380", "1st", "4G", "737MAX" are names.
            if start > 0 and (text[start - 1].isalpha() or text[start - 1] in "#_/"):
                if not self.currency_before(start) and not FISCAL_BEFORE.search(before):
                    return
            mixed = MIXED_FRACTION_AFTER.match(after)
            if mixed and int(mixed.group("n")) < int(mixed.group("d")):
                # "10 1/2 miles", "2 1/2 in": a whole number and a fraction.
                value += Decimal(mixed.group("n")) / Decimal(mixed.group("d"))
                end += mixed.end()
                after = text[end : end + 48]
            slash = SLASH_FRACTION_AFTER.match(after)
            if slash and "." not in raw and "," not in raw and value < int(slash.group("d")):
                # "1/4 mile": a fraction, only where a unit follows (3/4 alone may be a date).
                value = value / Decimal(slash.group("d"))
                end += slash.end("d")
                after = text[end : end + 48]
            if re.match(r"^\.\d", after) or (
                re.match(r"^[:/]\d", after) and not YEAR_RANGE.match(text, start)
            ):
                return  # versions, clock times, fractions written 3/4 (but not "2024/25")
            if CLOCK_AFTER.match(after):
                return
            if re.search(r"[A-Za-z]-$", before) and not re.search(
                r"\b(?:mid|pre|post|early|late|end|fiscal|FY)-$", before, re.IGNORECASE
            ):
                return  # "COVID-19", "F-35"
        if spelled and raw[0].isupper() and self.is_name(start):
            return  # "Three Rivers Water", and "Three Rivers" again later
        if MONTH_BEFORE.search(before) and value < 32 and "." not in raw:
            return  # "March 4"
        if MONTH_AFTER.match(after) and value < 32 and "." not in raw:
            return  # "4 March"
        w = WORD_BEFORE.search(before)
        if w and not spelled:
            word = w.group("w")
            lower = word.lower().rstrip(".")
            if word[0].isupper() and lower in lx.NAME_WORDS:
                variant = re.match(r"-\d+\b", text[end : end + 8])
                names = NAME_LIST_AFTER.match(text, end)
                self.consumed_to = end + (variant.end() if variant else 0)
                if names and lower in lx.NAME_LIST_WORDS:
                    self.consumed_to = names.end()  # "Routes 5, 5A, 7, 12X, 25 and 49"
                return  # "Boeing 737-8": the variant is part of the name
            if lower in ("no", "number", "#") and (
                word[0].isupper() or re.search(r"\bthe\s+number\s+$", before)
            ):
                names = NAME_LIST_AFTER.match(text, end)
                self.consumed_to = names.end() if names else end
                return  # "driven the number 7", "the number 25 and 26 buses"
        if not spelled and "." not in raw and INDEX_NAME_BEFORE.search(before):
            return
        if not spelled and "." not in raw and "," not in raw:
            if NAME_WORD_LOWER_BEFORE.search(before) and not self.currency_before(start):
                names = NAME_LIST_AFTER.match(text, end)
                self.consumed_to = names.end() if names else end
                return  # "gate 102", "exits 52 and 54", "flight EI 154"
            if STREET_AFTER.match(text, end) or STREET_BEFORE.search(before):
                return  # "200 Main Street", "ul. Garbarska 14", "Hauptstraße 5"
            if (
                len(raw) <= 3
                and not SUFFIX.match(text, end)
                and not SCALE.match(text, end)
                and not self.currency_before(start)
            ):
                if THE_NAME_BEFORE.search(before) or (
                    AT_NAME_BEFORE.search(before) and re.match(r"[.,;]?(?:\s|$)", after)
                ):
                    return  # "the Serra Alta 3 expansion", "the service centre at Stationsplein 3."
            if len(raw) >= 3 and CALL_BEFORE.search(before) and not SUFFIX.match(text, end):
                phone = re.match(r"(?:[\s.-]\d{2,5})+", text[end : end + 40])
                self.consumed_to = end + (phone.end() if phone else 0)
                return  # "call the SES on 132 500", "calling 311"
        minus = MINUS_BEFORE.search(before) if value else None
        emitted = len(self.out)
        self.measure(start, end, value, raw, spelled)
        if minus and len(self.out) > emitted:
            self.negate(self.out[-1], start - (len(before) - minus.start()), start)

    def negate(self, q: Quantity, minus_start: int, start: int) -> None:
        """ "minus five percent", "-1": the quantity just emitted, below zero."""
        if q.start != start or q.kind in ("year", "fraction", "multiple"):
            return
        q.text = self.text[minus_start : q.end]
        q.start = minus_start
        q.value = -q.value
        if q.low is not None and q.high is not None:
            q.low, q.high = -q.high, -q.low

    def percent_of(self, m: re.Match) -> None:
        """ "per cent of 210" standing alone (a heading, a table cell) is 210%; after a number
        ("5 per cent of 210 schools") the number before is the percent and this is skipped."""
        before = self.text[max(0, m.start() - 2) : m.start()]
        if before.strip() not in ("", ".", ":") and "\n" not in before:
            return
        nxt = CORE.match(self.text, m.end())
        if nxt is None or nxt.lastgroup not in ("digits", "words"):
            return
        raw = nxt.group()
        value = _parse_digits(raw) if nxt.lastgroup == "digits" else parse_word_number(raw)
        if value is None:
            return
        after = self.text[nxt.end() : nxt.end() + 2]
        if after[:1].isalnum() or re.match(r"^[-/.,]\w", after):
            return
        precision = half_unit(raw) if nxt.lastgroup == "digits" else _round_precision(value)
        self.emit(
            Quantity(
                self.text[m.start() : nxt.end()],
                m.start(),
                nxt.end(),
                "percent",
                value,
                "%",
                "=",
                precision,
            )
        )

    def measure(self, start: int, end: int, value: Decimal, raw: str, spelled: bool) -> None:
        text = self.text
        before = self.left(start, 40)
        precision = _round_precision(value) if spelled else half_unit(raw)
        q_start = start
        unit: str | None = None
        kind = "count"
        extra: dict = {}

        # Years first: "2011", "fiscal 2024", "2011-12".
        if not spelled and "," not in raw and "." not in raw and len(raw) == 4:
            year_q = self.year_quantity(start, end, raw, before)
            if year_q is not None:
                self.emit(year_q)
                return

        currency = self.currency_before(start)
        if currency:
            q_start, unit = currency
            kind = "money"

        # Range: "10-15%", "$17.5 billion and $18 billion" are handled after the unit is known.
        pos = end
        scale = ONE
        m = SCALE.match(text, pos)
        if m and not (spelled and re.search(r"(?:million|billion|thousand|trillion)$", raw)):
            scale = lx.SCALES[m.group("scale").lower()]
            pos = m.end()
        elif kind == "money":
            m = ATTACHED_SCALE.match(text, pos)
            if m:
                scale = lx.CURRENCY_ONLY_SCALES[m.group("scale")]
                pos = m.end()
        elif (
            not spelled
            and (m := ATTACHED_SCALE.match(text, pos))
            and m.group("scale") in ("bn", "mn", "K", "k")
        ):
            if m.group("scale") in ("bn", "mn"):  # "carried 41.2mn passengers"
                scale = lx.CURRENCY_ONLY_SCALES.get(m.group("scale")) or lx.SCALES[m.group("scale")]
                pos = m.end()
        # "lakh crore" is read as one scale; "4.5 lakh crore" is 4.5e12.

        sfx = SUFFIX.match(text, pos)
        if (
            sfx is None
            and (one_point := ONE_POINT_AFTER.match(text, pos))
            and self.points_reading(start) == "percent"
        ):
            # "up from 80.2 per cent, a 5.2-point improvement": one change in points of a rate.
            kind, unit = "percentage_point", "percentage point"
            pos = one_point.end()
        if sfx and kind == "money" and sfx.lastgroup not in ("curname", "code", "unit"):
            sfx = None
        if sfx and kind == "money" and sfx.lastgroup in ("curname", "code"):
            sfx = None if sfx.lastgroup == "code" else sfx  # "$5 USD" keeps the symbol's code
        if sfx is not None and kind == "money" and sfx.lastgroup == "unit":
            sfx = None  # "$3 a barrel" is money; per-unit wording stays in the sentence
        rate_end = None
        if sfx is not None:
            group = sfx.lastgroup
            word = sfx.group(group)
            if group in ("pct", "pctword"):
                kind, unit = "percent", "%"
            elif group == "points":
                kind, unit = "percentage_point", "percentage point"
            elif group == "bps":
                kind, unit = "percentage_point", "percentage point"
                scale = HUNDREDTH
            elif group == "curname":
                if kind != "money":
                    kind, unit = "money", lx.CURRENCY_NAMES[word.lower()]
            elif group == "code":
                kind, unit = "money", lx.CURRENCY_CODES[word.upper()]
            elif group == "subunit":
                kind, unit = "money", lx.SUBUNITS[word.lower()]
                scale = scale * HUNDREDTH
            elif group == "pence":
                if spelled:  # "52.95p a litre" is pence; "five p" is not
                    sfx = None
                else:
                    kind, unit, scale = "money", "GBP", scale * HUNDREDTH
            elif group == "yuan":
                kind, unit = "money", "CNY"
            elif group == "symbol":  # "100 ₡", "-15€"
                kind, unit = "money", _PREFIX_SYMBOLIC[word]
            elif group == "unit":
                unit_name = lx.UNITS[word.lower()]
                reading = self.points_reading(start) if unit_name == "point" else "unit"
                if word == "T" or (word == "t" and re.match(r"['’]", text[sfx.end() :])):
                    sfx = None  # "321.2 mn t" is tonnes; "5 T" and "3 t's" are not
                elif reading == "percent":
                    kind, unit = "percentage_point", "percentage point"
                elif reading == "count":  # "fifth with 68 points": a league table
                    sfx = None
                else:
                    kind, unit = "quantity", unit_name
                    rate = PER_PERIOD_AFTER.match(text, sfx.end())
                    # "412 megalitres a day" is a flow, as "barrels a day" is; so is "12
                    # gigawatt hours of cells a year", whose period follows what flows.
                    flow = rate or OF_PER_PERIOD_AFTER.match(text, sfx.end())
                    if flow and " per " not in unit:
                        period = flow.group("period").lower()
                        unit = f"{unit} per {'year' if period == 'annum' else period}"
                        if rate:
                            rate_end = rate.end()
                    per = PER_UNIT_AFTER.match(text, sfx.end())
                    per_unit = per and (
                        lx.UNITS.get(per.group("per")) or lx.UNITS.get(per.group("per").lower())
                    )
                    if per_unit and not rate and " per " not in unit:
                        # "86 litres per square metre": a unit of its own.
                        unit = f"{unit} per {per_unit}"
                        rate_end = per.end()
            elif group == "duration":
                kind, unit = "duration", lx.DURATION_UNITS[word.lower()]
            elif group == "second":
                kind, unit = "duration", "second"
            if sfx is not None:
                pos = rate_end or sfx.end()
                if group == "curname" and scale == ONE:
                    # "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount.
                    sub = SUBUNIT_AFTER.match(text, pos)
                    sub_value = sub and (
                        _parse_digits(sub.group("n"))
                        if sub.group("n")[0].isdigit()
                        else parse_word_number(sub.group("n"))
                    )
                    if sub_value is not None and 0 < sub_value < 100:
                        value = value + sub_value / 100
                        precision = Decimal("0.005")
                        pos = sub.end()
        if (
            kind == "count"
            and sfx is None
            and (sized := SIZED_UNIT_AFTER.match(text, pos))
            and len(sized.group("unit")) >= 4  # a word, not "T" of "10-year T-bills"
        ):
            # "1.86 million 60-kilogram bags": the unit is the noun past the size of one.
            kind, unit = "quantity", lx.UNITS[sized.group("unit").lower()]
        if kind == "count" and scale == ONE and self.is_age(start, end, raw, before, spelled):
            kind, unit = "duration", "year"

        # "N times as", "N-fold": multiplicative.
        if kind == "count":
            tm = TIMES_AFTER.match(text[end : end + 80])
            fm = FOLD_AFTER.match(text[end : end + 80])
            if tm:
                pos = end + tm.end("t")
                kind = "multiple"
            elif fm:
                pos = end + fm.end()
                kind = "multiple"
            elif pm := PER_DENOMINATOR_AFTER.match(text[end : end + 80]):
                # "35.1 cases per 100,000 people", "a rate of 2.5 per 1,000": a rate, whose
                # denominator is part of its unit, not a count of its own.
                pos = end + pm.end()
                kind = "quantity"
                noun = " ".join(w[:-1] if w.endswith("s") else w for w in pm.group("noun").split())
                unit = " ".join(
                    w for w in (noun, "per", pm.group("den"), pm.group("of").strip()) if w
                )
            else:
                im = IN_FRACTION_AFTER.match(text[end : end + 24])
                if im:
                    den_raw = im.group("den")
                    den = (
                        _parse_digits(den_raw)
                        if den_raw[0].isdigit()
                        else (
                            Decimal(100)
                            if den_raw.lower() == "a hundred"
                            else parse_word_number(den_raw)
                        )
                    )
                    # "one in four", "9 out of 10"; not "peaked at 1,450 in 2008".
                    den_is_year = re.fullmatch(r"(?:1[89]|20)\d\d", den_raw) is not None
                    if den and den > value and value <= 20 and not den_is_year:
                        frac = (value / den).quantize(Decimal("0.0001"))
                        change, qual = self.qualifier(start)
                        q = Quantity(
                            text[start : end + im.end()],
                            start,
                            end + im.end(),
                            "fraction",
                            frac,
                            None,
                            change,
                            Decimal(0),
                        )
                        q.extra["qualifier"] = qual
                        self.emit(q)
                        return

        # "the 68,500-seat stadium", "the 20-nation euro zone": a digit number hyphenated to a
        # word that is not a unit counts that noun, and the text keeps the whole word. Spelled
        # ("one-time", "two-way"), capitalised ("F-35"-like codes) or linking words ("9-to-5")
        # are not counts.
        if kind == "count" and re.match(r"^-[A-Za-z]", text[end : end + 2]):
            hyphen_word = HYPHEN_NOUN_AFTER.match(text, end)
            if hyphen_word is None or scale != ONE:
                return
            if spelled and not COUNTED_HYPHEN_NOUN.fullmatch(hyphen_word.group()):
                return  # "one-time", "two-way"; but "a two-term mayor" counts terms
            pos = hyphen_word.end()
        # A bare count glued to unknown letters is a name or code ("4G", "3D", "B2B").
        if kind == "count" and ATTACHED_LETTERS.match(text[pos : pos + 3]) and not spelled:
            return

        value = value * scale
        precision = precision * scale

        # Ranges: the second number shares the first one's unit ("10-15%", "between 17.5 and
        # 18 billion dollars"); both may carry the unit ("$17.5 billion and $18 billion").
        bare = sfx is None and currency is None and scale == ONE
        range_q = self.range_from(
            q_start, start, pos, value, precision, kind, unit, scale, bare=bare
        )
        if range_q is not None:
            self.emit(range_q)
            return
        score = re.match(r"^\s?[-–]\s?\d+", text[end : end + 12])
        if kind == "count" and score:
            # "a 3-2 win", "the final vote was 6-3": the corpus gold counts both numbers of a
            # score; longer digit runs joined by a dash are codes ("555-0142").
            if not re.fullmatch(r"\d{1,3}", raw) or not re.fullmatch(
                r"\s?[-–]\s?\d{1,3}", score.group()
            ):
                self.consumed_to = end + score.end()
                return

        if kind == "count" and scale == ONE and not spelled and self.index_level(start, end, raw):
            kind, unit = "quantity", "point"
        change, qual = self.qualifier(q_start)
        if (
            kind == "duration"
            and qual in ("over", "across")
            and not self.is_age(start, end, raw, before, spelled)
        ):
            change, qual = "=", None  # "£1bn over three years": a span, not "more than"
        elif (
            qual == "over"
            and kind == "count"
            and FIGURE_NOUN_OVER_BEFORE.search(text[max(0, q_start - 40) : q_start])
        ):
            change, qual = "=", None  # "61,320 people over 84 concerts": spread over
        tops = TOPS_BEFORE.search(text[max(0, q_start - 30) : q_start])
        if (
            change == "="
            and kind != "year"
            and tops
            # "the road passes 12 villages" goes by them; "passes 4.8 million subscribers"
            # goes beyond.
            and not (
                tops.group().lower().startswith("pass")
                and (
                    (kind == "count" and scale == ONE)
                    # "council passes $4.82 billion budget": approves it.
                    or PASSED_BILL_AFTER.match(text, pos)
                    or PASSING_BODY_BEFORE.search(text[max(0, q_start - 60) : q_start])
                )
            )
        ):
            change = ">"  # "debt tops €1 billion", "pushes claims past A$2 billion"
        direction = self.direction(q_start, pos)
        if (
            direction == "down"
            and kind == "quantity"
            and re.search(
                r"\b(?:lost|lose|loses|losing)\s+(?:about\s+|some\s+)?$",
                text[max(0, q_start - 30) : q_start],
                re.IGNORECASE,
            )
        ):
            direction = None  # "the network lost 412 megalitres a day": an amount lost
        if direction and change == "=" and kind != "multiple":
            change = direction
        if qual:
            extra["qualifier"] = qual
        if direction:
            extra["direction"] = direction
        q = Quantity(text[q_start:pos], q_start, pos, kind, value, unit, change, precision)
        q.extra.update(extra)
        self.emit(q)

    def is_age(self, start: int, end: int, raw: str, before: str, spelled: bool) -> bool:
        """ "aged 21", "the pension age of 67", "Maria Okafor, 51, who joined", "those 65 and
        older", "people under 25"."""
        if AGED_BEFORE.search(before):
            return True
        if len(raw) <= 3 and not spelled and "." not in raw and int(raw) < 120:
            if EXTREME_AGE_BEFORE.search(before) and EXTREME_AGE_AFTER.match(self.text, end):
                return True
            if (
                AGE_OLDER_AFTER.match(self.text, end)
                or (
                    AGE_GROUP_BEFORE.search(before)
                    # not "played to 61,320 people over 84 concerts": a count of other things
                    and not re.match(
                        r"\s+(?!(?:years|has|was|is|does)\b)[a-z]+s\b", self.text[end : end + 20]
                    )
                )
            ):
                return True
            if COUNT_WERE_UNDER_BEFORE.search(before) and not re.match(
                r"\s+(?!years\b)[a-z]+", self.text[end : end + 20]
            ):
                return True  # "Of those home patients, 62 were under 50 - 20% of that group"
            if FAMILY_AGE_BEFORE.search(before) and re.match(
                r"(?:,|\.(?:\s|$)|;|\s+(?:and|or)\s+\d)", self.text[end : end + 8]
            ):
                return True  # "his two sons, 41 and 38, and"
        if "." not in raw and "," not in raw:
            years = parse_word_number(raw) if spelled else int(raw)
            if years is not None and 0 < years < 120:
                after = self.text[end : end + 12]
                if PERSON_AGE_BEFORE.search(before) and PERSON_AGE_AFTER.match(after):
                    return True
                if WAS_BEFORE.search(before) and re.match(r"\s+when\b", after):
                    return True  # "Gwilym Pritchard was 18 when he first walked"
        return (
            not spelled
            # "Jonas Aune, 9, who finished": a child's age is one digit
            and (len(raw) == 2 or (len(raw) == 1 and NAME_AGE_WHO.match(self.text, end)))
            and bool(NAME_AGE_BEFORE.search(before))
            and bool(NAME_AGE_AFTER.match(self.text[end : end + 2]))
        )

    def points_reading(self, start: int) -> str:
        """What "N points" counts: "index" (a stock index in the sentence: "the Nikkei 225
        slipped 210.35 points"), "percent" (a rate or percentage before it: "12% of those 65
        and older, a gap of 29 points"), "count" (no index and no percentage: "fifth with 68
        points") or "unit" (points of something else).

        A percentage only after the number ("20.8 points short of the 95% target") stays
        "unit": read as percentage points the checker takes "short of" for a change.
        """
        begin, end = _sentence_span(self.text, start)
        sentence = self.text[begin:end]
        if MARKET_WORDS.search(sentence):
            return "index"
        if SCORED_BEFORE.search(self.text[begin:start]):
            return "count"  # "9,180, or 15%, scored 550 points or more": a score
        percent = re.compile(r"%|percent|per cent|\bpct\b|\brate\b", re.IGNORECASE)
        if percent.search(self.text[begin:start]):
            return "percent"
        if not percent.search(sentence):
            return "count"
        return "unit"

    def index_level(self, start: int, end: int, raw: str) -> bool:
        """ "The Hang Seng Index rose 312.45 points, or 1.8%, to 17,526.70", "a year-end target
        of 19,000 for the Hang Seng": a level of a stock index, in points."""
        if _parse_digits(raw) < 1000 or not re.search(
            r"\b(?:to|at|of|from)\s$", self.left(start, 6)
        ):
            return False
        if not INDEX_LEVEL_AFTER.match(self.text, end):
            return False
        begin, stop = _sentence_span(self.text, start)
        return MARKET_WORDS.search(self.text[begin:stop]) is not None

    def year_quantity(self, start: int, end: int, raw: str, before: str) -> Quantity | None:
        value = int(raw)
        fiscal = FISCAL_BEFORE.search(before)
        if not 1800 <= value <= 2100:
            return None
        after = self.text[end : end + 40]
        # ("8% more than 2024's 20 million": a year's figure, not more than 2,024)
        if (
            QUALIFIER_BEFORE.search(before) and not re.match(r"^['’]s\s+\S", after)
        ) or self.currency_before(start):
            return None
        if SCALE.match(after) or re.match(r"^\s?%", after) or re.match(r"^\ss\b", after):
            return None
        possessive = re.match(r"^['’]s\b", after)
        if possessive and not (value % 10 == 0 and re.search(r"\bthe\s+$", before, re.IGNORECASE)):
            # "three times 2019's $3.5 million": the year, not "the 1990's" (a decade)
            return Quantity(
                self.text[start:end], start, end, "year", Decimal(value), None, "=", Decimal(0)
            )
        decade = re.match(r"^['’]?s\b", after)
        if decade:  # "lines that date from the 1940s": the gold gives the decade's first year
            if value % 10 or fiscal:
                return None
            q_end = end + decade.end()
            return Quantity(
                self.text[start:q_end], start, q_end, "year", Decimal(value), None, "=", Decimal(0)
            )
        m = YEAR_RANGE.match(self.text, start)
        q_start = start - len(fiscal.group()) if fiscal else start
        if m and m.start() == start:
            tail = m.group("y2")
            high = int(tail) if len(tail) == 4 else int(raw[:2] + tail)
            if value < high <= value + 10:
                # "2024-25" is one fiscal year: the gold gives it the midpoint, like any range.
                q_end = m.end()
                q = Quantity(
                    self.text[q_start:q_end],
                    q_start,
                    q_end,
                    "year",
                    (Decimal(value) + Decimal(high)) / 2,
                    None,
                    "=",
                    Decimal(0),
                    Decimal(value),
                    Decimal(high),
                )
                return q
        if SUFFIX.match(self.text, end) and not fiscal:
            sfx = SUFFIX.match(self.text, end)
            if sfx.lastgroup not in ("duration",):
                return None
            return None
        return Quantity(
            self.text[q_start:end], q_start, end, "year", Decimal(value), None, "=", Decimal(0)
        )

    def range_from(self, q_start, start, pos, value, precision, kind, unit, scale, *, bare=True):
        """A range starting with this number, or None.

        bare: the first number carries no unit, currency or scale of its own.
        """
        text = self.text
        between = BETWEEN_BEFORE.search(self.left(q_start, 24))
        link = RANGE_LINK.match(text[pos : pos + 5])
        if between:
            link = re.match(r"^\s+and\s+", text[pos : pos + 8])
        # "after two or three years": spelled ends joined by "or", a unit after the second
        or_link = (
            not link
            and text[q_start:pos].isalpha()
            and re.match(r"^\s+or\s+(?=[a-z]+[\s-])", text[pos : pos + 12])
        )
        if or_link:
            link = or_link
        if not link:
            return None
        to_link = not between and link.group().strip() == "to"
        if to_link:
            # "10 to 15 percent" is a range; "edged up 0.3% to 7,860.1", "fell 38 cents to
            # $80.31", "lifted the surplus by €5.7 billion to €22.5 billion", "from 10 to 15"
            # and "nine years to 2031" are a change and the level it reached.
            left = self.left(q_start, 40)
            # ... but "rates range from 8.15 to 11.5 per cent" and "tickets cost from 18 to 65
            # euros" are ranges. (Ends that carry units and lie far apart stay two figures, for
            # "so the top price is five times the cheapest".)
            ranging = RANGING_FROM_BEFORE.search(left)
            if (FROM_BEFORE.search(left[-8:]) and not ranging) or re.search(r"\bby\s+$", left):
                return None
            if DIRECTION_BEFORE.search(left):
                return None
        nxt = CORE.match(text, pos + link.end())
        second_start = pos + link.end()
        cur2 = None
        if nxt is None or nxt.lastgroup not in ("digits", "words"):
            # The second number may carry its own currency: "$17.5 billion and $18 billion".
            m = PREFIX_SYMBOL.search(text[second_start : second_start + 4] + "\0")
            cm = re.match(
                rf"(?:{_alternation(_PREFIX_SYMBOLIC)})\s?",
                text[second_start : second_start + 16],
                re.IGNORECASE,
            ) or SECOND_ALPHA_PREFIX.match(text[second_start : second_start + 16])
            if not cm:
                return None
            cur2 = cm.group().strip()
            nxt = CORE.match(text, second_start + cm.end())
            if nxt is None or nxt.lastgroup != "digits":
                return None
            del m
        raw2 = nxt.group()
        value2 = _parse_digits(raw2) if nxt.lastgroup == "digits" else parse_word_number(raw2)
        if value2 is None:
            return None
        pos2 = nxt.end()
        scale2 = None
        m = SCALE.match(text, pos2)
        if m:
            scale2 = lx.SCALES[m.group("scale").lower()]
            pos2 = m.end()
        elif cur2 and (m := ATTACHED_SCALE.match(text, pos2)):
            scale2 = lx.CURRENCY_ONLY_SCALES[m.group("scale")]
            pos2 = m.end()
        sfx = SUFFIX.match(text, pos2)
        unit2 = kind2 = None
        if sfx:
            group = sfx.lastgroup
            word = sfx.group(group)
            if group in ("pct", "pctword"):
                kind2, unit2 = "percent", "%"
            elif group == "curname":
                kind2, unit2 = "money", lx.CURRENCY_NAMES[word.lower()]
            elif group == "unit":
                kind2, unit2 = "quantity", lx.UNITS[word.lower()]
            elif group == "duration":
                kind2, unit2 = "duration", lx.DURATION_UNITS[word.lower()]
            elif group in ("points", "bps"):
                kind2, unit2 = "percentage_point", "percentage point"
                if group == "bps":  # "between 25 and 50 basis points"
                    scale2 = HUNDREDTH * (scale2 or ONE)
            if kind2:
                pos2 = sfx.end()
        if or_link and (kind2 not in ("duration", "quantity") or nxt.lastgroup != "words"):
            return None
        if cur2:
            kind2, unit2 = (
                "money",
                lx.CURRENCY_PREFIXES.get(cur2)
                or _LOWER_SYMBOLS.get(cur2.lower())
                or lx.CURRENCY_CODES.get(cur2),
            )
        if kind == "count" and kind2 is None and scale != ONE and scale2 == scale:
            kind2, unit2 = kind, unit  # "1.5 million to 1.8 million": both ends scaled alike
        if kind == "count" and kind2 is None and scale == ONE and scale2 is None:
            # "3-1", "24-17": scores, not ranges; but "between 60 and 70 ceremonies" and "open
            # 20 to 25 stores" count a thing named after them.
            counted = (between or to_link) and re.match(
                r"\s+(?!(?:against|for|in|with|at|on|by|of|and|or|the|an?)\b)[a-z]",
                text[pos2 : pos2 + 12],
            )
            if not counted or not value < value2 or (to_link and value2 > 3 * value):
                return None
        if (
            not bare
            and kind2 is None
            and cur2 is None
            and (" " in link.group() or (scale2 is None and value2 * scale > 2 * value))
        ):
            return None  # "45% - 675 households - said so": the same share said as a count
        if (
            to_link
            and not bare
            and ((kind2, unit2) != (kind, unit) or value2 * (scale2 or scale) > 2 * value)
        ):
            # "an outlook of $52.8 billion to $53.6 billion" is a range: both ends carry the
            # unit and lie close; "15.5 per cent to 24.6p" and "nine years to 2031" are not.
            return None
        if kind != "count" and kind2 is not None and (kind, unit) != (kind2, unit2):
            return None
        kind = kind if kind != "count" else (kind2 or "count")
        unit = unit if unit is not None else unit2
        if scale2 is not None and scale == ONE:
            scale = scale2
            value = value * scale
            precision = precision * scale
        value2 = value2 * (scale2 if scale2 is not None else scale)
        if not value < value2:
            return None
        mid = (value + value2) / 2
        change, qual = self.qualifier(q_start)
        q = Quantity(
            text[q_start:pos2], q_start, pos2, kind, mid, unit, change, precision, value, value2
        )
        if qual:
            q.extra["qualifier"] = qual
        return q


RANGING_FROM_BEFORE = re.compile(
    # (the verb, not the noun: "raised the cost from £5 to £8" is a change)
    r"\b(?:rang(?:e|es|ed|ing)|(?<!the\s)(?<!its\s)(?<!their\s)(?<!a\s)(?<!of\s)costs?|costing"
    r"|priced|var(?:y|ies|ied|ying))\s+from\s+$",
    re.IGNORECASE,
)
_LOCAL_DOLLARS = ("AUD", "CAD", "HKD", "SGD", "NZD", "TWD")
_DOLLAR_UNITS = ("USD", *_LOCAL_DOLLARS)
# "All figures are in Canadian dollars.": the article says which dollar a bare "$" is.
DOLLARS_DECLARED = re.compile(
    r"\b(?:figures|amounts|numbers|prices|sums|values)\b[^.\n]{0,30}?\bin\s+"
    r"(?P<name>Canadian|Australian|New Zealand|Hong Kong|Singapore|(?:New )?Taiwan|U\.?S\.?)"
    r"\s+dollars\b",
    re.IGNORECASE,
)
_DECLARED_CODES = {
    "canadian": "CAD",
    "australian": "AUD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "new taiwan": "TWD",
}


_CITY_DOLLARS = {
    **dict.fromkeys(
        "TORONTO MONTREAL MONTRÉAL VANCOUVER OTTAWA CALGARY EDMONTON WINNIPEG HALIFAX".split(),
        "CAD",
    ),
    **dict.fromkeys(
        "SYDNEY MELBOURNE BRISBANE PERTH ADELAIDE CANBERRA HOBART DARWIN".split(), "AUD"
    ),
    **dict.fromkeys(
        "GEELONG BALLARAT BENDIGO CAIRNS TOWNSVILLE WOLLONGONG TOOWOOMBA".split(), "AUD"
    ),
    **dict.fromkeys(
        "WELLINGTON AUCKLAND CHRISTCHURCH DUNEDIN TAURANGA NAPIER ROTORUA QUEENSTOWN INVERCARGILL"
        " WHANGAREI".split(),
        "NZD",
    ),
    **dict.fromkeys("REGINA SASKATOON KELOWNA".split(), "CAD"),
    # Provincial capitals and other cities whose names no other dollar country datelines
    # (not Hamilton, London, Kingston, Newcastle or Perth's namesakes).
    **dict.fromkeys(
        "VICTORIA FREDERICTON CHARLOTTETOWN WHITEHORSE YELLOWKNIFE IQALUIT GATINEAU SHERBROOKE"
        " MONCTON NANAIMO KAMLOOPS LETHBRIDGE GUELPH MISSISSAUGA BURNABY SUDBURY".split(),
        "CAD",
    ),
    **dict.fromkeys("LAUNCESTON MILDURA ROCKHAMPTON BUNDABERG MACKAY".split(), "AUD"),
}
US_DOLLARS_NAMED = re.compile(r"US\$|U\.S\.\s?\$|US dollars|U\.S\. dollars")
WORLD_PRICES = re.compile(
    r"\b(?:barrel|ounce|Brent|WTI|crude|Wall Street|Nasdaq|Dow|Treasur(?:y|ies)|bitcoin)\b"
)
# A dateline's city at the head of the story: "WELLINGTON, 8 October 2024 -".
DOLLAR_CITY = re.compile(
    rf"(?m)^(?P<city>{'|'.join(sorted(_CITY_DOLLARS, key=len, reverse=True))}),"
)


# Or its region: "GUELPH, Ontario, April 14, 2025 -", "BALLARAT, Victoria, ...".
_REGION_DOLLARS = {
    **dict.fromkeys(
        (
            "Ontario",
            "Quebec",
            "Québec",
            "British Columbia",
            "Alberta",
            "Manitoba",
            "Saskatchewan",
            "Nova Scotia",
            "New Brunswick",
            "Newfoundland",
            "Prince Edward Island",
            "Canada",
        ),
        "CAD",
    ),
    **dict.fromkeys(
        (
            "New South Wales",
            "Victoria",
            "Queensland",
            "Tasmania",
            "South Australia",
            "Western Australia",
            "Northern Territory",
            "Australia",
        ),
        "AUD",
    ),
    "New Zealand": "NZD",
}
DOLLAR_REGION = re.compile(
    r"(?m)^[A-Z][A-Za-z .'’-]{1,30}, (?P<region>"
    + "|".join(sorted(_REGION_DOLLARS, key=len, reverse=True))
    + r"),"
)


def _is_bare_dollar(q: Quantity) -> bool:
    return q.kind == "money" and q.unit == "USD" and q.text.lstrip().startswith("$")


def _is_bare_cents(q: Quantity) -> bool:
    return (
        q.kind == "money"
        and q.unit == "USD"
        and re.search(r"\d[\s-]cents?$", q.text, re.IGNORECASE) is not None
    )


def _local_dollar(quantities: list[Quantity], text: str) -> None:
    """A bare "$" takes the article's own dollar: the one it declares ("All figures are in
    Canadian dollars") or, failing that, the only other dollar it names ("A$1.2bn"). Bare cents
    take the dollar of the nearest amount in their sentence ("jumped 21 cents to A$3.05")."""
    declared = DOLLARS_DECLARED.search(text)
    local: str | None = None
    city = DOLLAR_CITY.search(text[:200]) or DOLLAR_REGION.search(text[:200])
    us_named = US_DOLLARS_NAMED.search(text) is not None
    if declared:
        local = _DECLARED_CODES.get(declared.group("name").lower(), "USD")
    elif (
        city
        and not us_named
        # Markets copy quotes oil, gold and Wall Street in US dollars, wherever it is filed.
        and not WORLD_PRICES.search(text)
    ):
        # "WELLINGTON, 8 October 2024 - ... $103 million": a story datelined in a dollar
        # country counts in its dollar.
        named = city.groupdict()
        local = (
            _CITY_DOLLARS[named["city"].upper()]
            if named.get("city")
            else _REGION_DOLLARS[named["region"]]
        )
    else:
        other = {q.unit for q in quantities if q.kind == "money" and q.unit in _LOCAL_DOLLARS}
        if len(other) == 1 and not us_named:
            local = other.pop()
    if local is not None:
        for q in quantities:
            if _is_bare_dollar(q) or _is_bare_cents(q):
                q.unit = local
    for q in quantities:
        if not _is_bare_cents(q):
            continue
        sentence = _sentence_span(text, q.start)
        near = [
            p
            for p in quantities
            if p is not q
            and p.kind == "money"
            and p.unit in _DOLLAR_UNITS
            and not _is_bare_cents(p)
            and sentence[0] <= p.start < sentence[1]
        ]
        if near:
            q.unit = min(near, key=lambda p: abs(p.start - q.start)).unit


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the sentence around `pos` (split at ". " and line ends)."""
    starts = [text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)]
    begin = max(starts) + 1
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    return begin, min(ends) if ends else len(text)


def find_quantities(text: str, year: int | None = None) -> list[Quantity]:
    """Every quantity in `text`, in order. `year` resolves "last year"; else the dateline's."""
    if not text:
        return []
    if year is None:
        year = article_year(text)
    quantities = []
    for q in _Scanner(text, year).run():
        try:
            q.value = tidy(q.value)
            q.precision = tidy(q.precision)
            q.low = None if q.low is None else tidy(q.low)
            q.high = None if q.high is None else tidy(q.high)
        except InvalidOperation:
            continue  # 29+ digits ("10000000000000000000000000000") is data, not an amount
        quantities.append(q)
    _local_dollar(quantities, text)
    # (before the shared units, which pass a list's unit on to its bare figures)
    _crowns(quantities, text)
    _weighed_pounds(quantities, text)
    _shared_units(quantities, text)
    _local_currency(quantities, text)
    return quantities


_RATE_AFTER = re.compile(
    r"\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?(?:US\s+|U\.S\.\s+)?"
    r"(?P<base>dollar|greenback|euro)\b",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(
    r"\b(?P<name>yen|yuan|renminbi|rupee|won|rand|ringgit|baht|rupiah|lira|rouble|ruble|peso"
    r"|real|naira|shilling|zloty|forint|franc|pound|sterling|euro|krona|krone|dong|taka|cedi)\b",
    re.IGNORECASE,
)
_RATE_NAMES = {**lx.CURRENCY_NAMES, "rouble": "RUB", "ruble": "RUB", "peso": "MXN",
               "real": "BRL", "shilling": "KES", "franc": "CHF", "pound": "GBP",
               "krona": "SEK", "krone": "NOK", "cedi": "GHS"}  # fmt: skip
_CHINA = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|yuan|renminbi|RMB|CNY)\b")
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo|Osaka|yen|JPY)\b")
_SWISS = re.compile(r"\b(?:Swiss|Switzerland|CHF|SFr)")
_CENTS = re.compile(r"(?<!US )(?<!U\.S\. )\bcents?\b", re.IGNORECASE)
_CENT_CURRENCIES = ("EUR", "AUD", "CAD", "NZD", "HKD", "SGD", "ZAR", "KES", "TWD")


def _local_currency(quantities: list[Quantity], text: str) -> None:
    """Amounts in the article's own currency that carry no sign of it: "the rupee closed at 85.52
    per dollar" is 85.52 rupees; "fares go up 30 cents" in a euro story are euro cents."""
    # "¥4.2 trillion" in a story on China is yuan: the sign is shared with the yen.
    if (
        any(q.unit == "JPY" and "¥" in q.text for q in quantities)
        and _CHINA.search(text)
        and not (_JAPAN.search(text))
    ):
        for q in quantities:
            if q.unit == "JPY" and "¥" in q.text:
                q.unit = "CNY"
    # "to 1,800 CFA francs a kilogram from 1,500 francs": the franc the story has named.
    if any(q.unit == "XOF" for q in quantities) and not _SWISS.search(text):
        for q in quantities:
            if q.unit == "CHF" and re.search(r"francs?$", q.text, re.IGNORECASE):
                q.unit = "XOF"
    # (cents of a named currency count: "31 euro cents ..., 3 cents less")
    money = [
        q
        for q in quantities
        if q.kind == "money" and (not _CENTS.search(q.text) or q.unit != "USD")
    ]
    counts = Counter(q.unit for q in money)
    local = next((unit for unit, _ in counts.most_common() if unit != "USD"), None)
    for q in quantities:
        if q.kind == "count" and q.value < 100000 and q.text[:1].isdigit():
            m = _RATE_AFTER.match(text, q.end)
            if not m:
                continue
            begin, _ = _sentence_span(text, q.start)
            named = [
                _RATE_NAMES.get(w.lower()) for w in _CURRENCY_WORD.findall(text[begin : q.start])
            ]
            unit = named[-1] if named and named[-1] else local
            base = "EUR" if m.group("base").lower() == "euro" else "USD"
            if unit and unit != base:
                q.kind, q.unit = "money", unit
        elif q.kind == "money" and q.unit == "USD" and _CENTS.fullmatch(q.text.split()[-1]):
            near = min(money, key=lambda p: abs(p.start - q.start), default=None)
            if near and near.unit in _CENT_CURRENCIES and counts[near.unit] > counts["USD"]:
                q.unit = near.unit


_CROWN_CODES = ("SEK", "NOK", "DKK", "CZK", "ISK")
_CROWN_COUNTRIES = tuple(
    (code, re.compile(rf"\b(?:{names})\b", re.IGNORECASE))
    for code, names in (
        ("NOK", r"Norw\w+|Oslo|Bergen|Stavanger|Trondheim"),
        ("DKK", r"Denmark|Danish|Danes?|Copenhagen|Aarhus|Odense"),
        ("CZK", r"Czech\w*|Prague|Brno|Ostrava"),
        ("ISK", r"Iceland\w*|Reykjav[ií]k"),
        ("SEK", r"Swed\w+|Stockholm|Gothenburg|G[öo]teborg|Malm[öo]|Uppsala"),
    )
)


def _crowns(quantities: list[Quantity], text: str) -> None:
    """ "1.264 billion crowns" is the crown the story counts in: the one its other amounts name
    ("SEK 1.38 billion"), else the one its country names."""
    crowns = [q for q in quantities if q.kind == "money" and re.search(r"\bcrowns$", q.text)]
    if not crowns:
        return
    named = Counter(
        q.unit
        for q in quantities
        if q.kind == "money" and q.unit in _CROWN_CODES and not re.search(r"crowns$", q.text)
    )
    if named:
        unit = named.most_common(1)[0][0]
    else:
        found = [(m.start(), code) for code, rx in _CROWN_COUNTRIES if (m := rx.search(text))]
        unit = min(found)[1] if found else "SEK"
    for q in crowns:
        if not re.search(r"(?:Swedish|Norwegian|Danish|Czech)\s+crowns$", q.text, re.I):
            q.unit = unit


# A dateline in the United States: "PEORIA, Ill., Oct. 18, 2023 -", "DES MOINES, Iowa, ...",
# "CHICAGO, ...": there a bare "pounds" weighs.
US_DATELINE = re.compile(
    r"(?m)^(?:[A-Z][A-Z .'’-]+,\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|"
    r"Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|"
    r"S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.,|[A-Z][A-Z .'’-]+,\s+(?:Alaska|Hawaii|"
    r"Idaho|Iowa|Maine|Ohio|Texas|Utah|Oregon|Kansas|Nevada|Montana|Colorado|Kentucky|Vermont|"
    r"California|Florida|Georgia|Michigan|Minnesota|Wisconsin|Nebraska|Oklahoma|Arizona)\b,"
    r"|(?:NEW YORK|WASHINGTON|CHICAGO|LOS ANGELES|SAN FRANCISCO|HOUSTON|BOSTON|ATLANTA|DALLAS|"
    r"SEATTLE|DETROIT|PHILADELPHIA|MIAMI|DENVER|PHOENIX),)"
)
BRITISH_MONEY = re.compile(r"£|\bGBP\b|\bsterling\b|\bpence\b|\bquid\b", re.IGNORECASE)


def _weighed_pounds(quantities: list[Quantity], text: str) -> None:
    """In a story from the United States that spends no British money, "612 million pounds of
    pumpkins" and "a 2,164-pound pumpkin" are weights."""
    if not US_DATELINE.search(text[:200]) or BRITISH_MONEY.search(text):
        return
    for q in quantities:
        if (q.kind == "money" and re.search(r"\bpounds?$", q.text)) or (
            q.kind == "count" and re.fullmatch(r"[\d,.]+-pound", q.text)
        ):
            q.kind, q.unit = "quantity", "pound-mass"


# "1.27 million visitors": a scaled count that names what it counts.
_COUNTED_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|in|on|at|the|a|an|last|that|from|to|of|for|by|with)\b)[a-z][a-z-]+"
)
_SCALED = re.compile(r"(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn)$", re.IGNORECASE)
# ("pool hire for 2.1 million and bus transport ...": "and" ends it too, unless a figure follows
# that may name what both count.)
_BARE_END = re.compile(
    r"^\s*(?:[,.;)]|$|(?:or|it|they|we|he|she|in|a|an|the|last|that)\b|and\b(?!\s+\d)"
    # "17.9% more than the 3.9 million spent in 2019": a sum of money, said as one
    r"|(?:spent|earned|invested|budgeted|borrowed|owed)\b)"
)
_BASE_LINK = re.compile(
    r"\s+(?:from|against|compared\s+with|versus|out\s+of\s+(?:a|an|the|its|their)\s+"
    r"(?:[a-z]+\s+){0,2}of)\s+"
)
_BASE_END = re.compile(
    r"\s*(?:[,.;)]|$|(?:an?|one|the)\s+(?:year|month|week|quarter|day)\s+(?:earlier|before|ago)"
    r"|in\s+\d{4}|last\s+(?:year|month|week|quarter))"
)
_PART_BEFORE = re.compile(
    r"\b(?:of\s+which|remaining|the\s+rest,?|the\s+balance\s+of)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$"
)
_PART_VERB = re.compile(r"\s+(?:came|comes|went|goes|will|would|is|was|from|for|to|in|on|by|via)\b")
_PEOPLE_OF_BEFORE = re.compile(
    r"\b(?:population|populations|workforce|membership|inhabitants|residents|audience|"
    r"electorate)\s+of\s+(?:(?:about|some|nearly|around|roughly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_LIST_LINK = re.compile(r"^\s*(?:,\s*)?(?:and|or|,)\s*$")
# "Australia supplied 480,000 tonnes of that, Chile 260,000, China 170,000 and all other
# countries 50,000" ("and the rest of the province 3,100"): list items named before a bare figure.
_NAMED_ITEM_LINK = re.compile(
    r"(?:\s+of\s+(?:that|this|it|them|those))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}|(?:all\s+)?other\s+[a-z]+\s+"
    r"|the\s+rest(?:\s+of\s+(?:the\s+)?[a-z]+)?\s+)"
)
_NEW_SUBJECT_CLAUSE = re.compile(
    r"(?:,\s*(?:and|while|but|whereas)|;)\s+(?P<noun>[a-z][\w-]*)\s+[a-z]"
)
_OR_LINK = re.compile(
    r"\s*,\s*or\s+(?:(?:about|some|roughly|nearly|around|almost|just\s+over|just\s+under)\s+)?"
)
_EACH_AFTER = re.compile(r"\s+(?:each|apiece|a\s+head|per\s+head)\b")
_ITEM_END = re.compile(r"\s*(?:[,.;)]|and\b|$)")


WEATHER_WORDS = re.compile(
    r"\b(?:temperatures?|weather|heat(?:wave)?|warm(?:er|est)?|cold(?:er|est)?|frost|freezing"
    r"|thermometers?|mercury|forecast|water|sea)\b",
    re.IGNORECASE,
)
FAHRENHEIT_OR_ANGLE = re.compile(r"Fahrenheit|°F|\bangles?\b|\bslopes?\b|\bturn\b", re.IGNORECASE)


_TO_LINK = re.compile(r"\s+to\s+")
_LEADING_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _leading_number(q: Quantity) -> Decimal | None:
    """The first number written in a quantity's text ("117" of "117 Singapore dollars")."""
    m = _LEADING_NUMBER.search(q.text)
    return _parse_digits(m.group()) if m else None


def _within_tenfold(a: Decimal, b: Decimal) -> bool:
    return b / 10 <= a <= b * 10


def _from_takes_to(p: Quantity, q: Quantity, text: str) -> None:
    """ "went from 90 to 117 Singapore dollars", "rose from 10 to 15 percent", "from $1.2 to $1.5
    million": the start of a change said bare takes the unit and scale of its end (when the two
    lie within a factor of ten, so "from 900 to 1.2 million" keeps its 900)."""
    if (
        p.change != "="
        or p.low is not None
        or q.low is not None
        or not _TO_LINK.fullmatch(text[p.end : q.start])
        or not FROM_BEFORE.search(text[max(0, p.start - 12) : p.start])
    ):
        return
    p_num, q_num = _leading_number(p), _leading_number(q)
    if not p_num or not q_num or not _within_tenfold(p_num, q_num):
        return
    scale = q.value / q_num
    if scale not in _POWERS_OF_TEN:
        return
    if p.kind == "count" and re.fullmatch(r"[\d,.]+", p.text):
        if q.kind not in ("money", "quantity", "percent", "count"):
            return
        p.kind, p.unit = q.kind, q.unit
    elif (
        not (p.kind == q.kind and p.unit == q.unit and p.kind in ("money", "count", "quantity"))
        or p.value != p_num
    ):
        return
    p.value = p_num * scale
    p.precision = p.precision * scale


def _list_takes_unit(p: Quantity, q: Quantity, text: str) -> None:
    """ "fell to 3.6 and 4.4 deaths per 1,000 live births": a bare first item of a pair takes
    the unit of the second, when the two lie within a factor of ten."""
    if (
        p.kind != "count"
        or p.change != "="
        or p.low is not None
        or q.kind != "quantity"
        or not re.fullmatch(r"\d[\d,]*\.\d+", p.text)
        or not re.fullmatch(r"\s+(?:and|or)\s+", text[p.end : q.start])
    ):
        return
    q_num = _leading_number(q)
    if q_num and q.value == q_num and _within_tenfold(p.value, q_num):
        p.kind, p.unit = q.kind, q.unit


_POWERS_OF_TEN = frozenset(Decimal(10) ** k for k in range(-2, 13))


def _shared_units(quantities: list[Quantity], text: str) -> None:
    """A scaled bare number takes the unit its list or sentence gives it: "6.9 million and 6.4
    million tonnes" are both tonnes; in "took 4.9 bln francs, of which China accounted for 2.6
    bln, or 53.1 pct" the 2.6 bln are francs too."""
    scales = {q.unit for q in quantities if q.unit in ("degree Celsius", "degree Fahrenheit")}
    # Right to left, so the unit at a list's end reaches its first item ("2.9 million, 2.6
    # million and 2.2 million tonnes").
    for k in range(len(quantities) - 2, -1, -1):
        q, nxt = quantities[k], quantities[k + 1]
        if q.kind != "count" or not _SCALED.search(q.text) or q.change in ("up", "down"):
            continue
        if (
            nxt.kind in ("money", "quantity")
            and _LIST_LINK.match(text[q.end : nxt.start])
            and (
                _SCALED.search(nxt.text.split()[0] if nxt.kind == "quantity" else nxt.text)
                or re.search(
                    r"(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn)\b",
                    nxt.text,
                    re.IGNORECASE,
                )
            )
        ):
            q.kind, q.unit = nxt.kind, nxt.unit
    # "fell by 310 cubic hectometres from 20,180 a week earlier", "118 cubic hectometres out of
    # a capacity of 694,": a bare base or whole in the unit of the figure just before it.
    for p, q in zip(quantities, quantities[1:], strict=False):
        if (
            q.kind == "count"
            and q.change == "="
            and re.fullmatch(r"[\d,.]+", q.text)
            and p.kind in ("money", "quantity")
            and not _SCALED.search(p.text)
            and _BASE_LINK.fullmatch(text[p.end : q.start])
            and _BASE_END.match(text, q.end)
        ):
            q.kind, q.unit = p.kind, p.unit
    for p, q in zip(quantities, quantities[1:], strict=False):
        _from_takes_to(p, q, text)
        _list_takes_unit(p, q, text)
    for p, q in zip(quantities, quantities[1:], strict=False):
        # "used 4,800 cubic metres, or 400 each": the share of each in the amount's unit.
        if (
            q.kind == "count"
            and q.change in ("=", "~")
            and re.fullmatch(r"[\d,.]+", q.text)
            and p.kind in ("money", "quantity")
            and _OR_LINK.fullmatch(text[p.end : q.start])
            and _EACH_AFTER.match(text, q.end)
        ):
            q.kind, q.unit = p.kind, p.unit
    for p, q in zip(quantities, quantities[1:], strict=False):
        if (
            q.kind == "count"
            and q.change == "="
            and re.fullmatch(r"[\d,.]+", q.text)
            and p.kind == "quantity"
            and _NAMED_ITEM_LINK.fullmatch(text[p.end : q.start])
            and _ITEM_END.match(text, q.end)
        ):
            q.kind, q.unit = p.kind, p.unit
    for k, q in enumerate(quantities):
        if q.unit == "degree" and len(scales) == 1:
            q.unit = next(iter(scales))  # "1.8 degrees below ... 25.9 degrees" in a Celsius story
            continue
        if (
            q.unit == "degree"
            and not scales
            and abs(q.value) <= 50
            and WEATHER_WORDS.search(text, *_sentence_span(text, q.start))
            and not FAHRENHEIT_OR_ANGLE.search(text)
        ):
            # "the temperature stayed around 14 degrees": weather, in Celsius unless the story
            # says Fahrenheit (a reading above 50 is one) or measures angles
            q.unit = "degree Celsius"
            continue
        if q.kind != "count" or not _SCALED.search(q.text) or q.change in ("up", "down"):
            continue
        after = text[q.end : q.end + 12]
        # Only a bare "2.6 bln" that ends its phrase ("the 3.9 mn it moved"); "2.6 bln people"
        # counts people. A part of an amount may go on: "of which 71 million came from ...".
        if not _BARE_END.match(after) and not (
            _PART_BEFORE.search(text[max(0, q.start - 30) : q.start]) and _PART_VERB.match(after)
        ):
            continue
        if _PEOPLE_OF_BEFORE.search(text[max(0, q.start - 40) : q.start]):
            continue  # "or A$1,000 per resident for a population of 27 million"
        start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start), 0)
        earlier = [
            p
            for p in quantities[:k]
            if p.start >= start
            and p.kind in ("money", "quantity")
            and re.search(r"(?:million|billion|trillion|mln|bln|mn|bn|tn)\b", p.text, re.IGNORECASE)
        ]
        # Not when a scaled count of its sentence comes between: "cost CHF 57 million ...,
        # drew 1.27 million visitors in 2025, up 6 per cent from 1.2 million" counts visitors.
        if earlier and any(
            p.start > earlier[-1].start
            and p.kind == "count"
            and _SCALED.search(p.text)
            and _COUNTED_NOUN_AFTER.match(text, p.end)
            for p in quantities[:k]
        ):
            continue
        # Nor across a clause whose subject an earlier count names: "... from 14.2 million
        # admissions. That was 21% above 2022's JPY 7.1 billion, and admissions rose 11% from
        # 12.8 million".
        clause = earlier and _NEW_SUBJECT_CLAUSE.search(text[earlier[-1].end : q.start])
        if clause and any(
            p.kind == "count"
            and re.match(rf"\s+{re.escape(clause.group('noun'))}\b", text[p.end : p.end + 40])
            for p in quantities[:k]
        ):
            continue
        if earlier and len({(p.kind, p.unit) for p in earlier}) == 1:
            q.kind, q.unit = earlier[-1].kind, earlier[-1].unit
