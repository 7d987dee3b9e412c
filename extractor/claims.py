"""Claims: which quantities a sentence relates, and how (difference, change, share, ...).

`find_claims(text, quantities, sentences)` reads the words between numbers for cues ("a deficit
of", "rose 12% to ... from", "or 40% of", "a combined") and names, for each stated number, the
operands it was computed from. Where the words allow more than one reading, the claim carries the
alternatives, canonical first: the checker calls a claim inconsistent only when no reading fits.
Where the operands are not in the text, the claim is `missing` them and will be unverifiable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations

from . import cues as lx
from . import lexicon
from .quantities import Quantity

CLAIM_KINDS = (
    "difference",
    "change",
    "share",
    "total",
    "multiple",
    "points",
    "cagr",
    "average",
    "bound",
    # Not found in the text: a figure checked against a reference row (facts.py) and one that
    # another document of the batch states differently (crosscheck.py).
    "reference",
    "cross-document",
)


@dataclass
class Claim:
    """A relation the text asserts between numbers.

    kind: one of CLAIM_KINDS.
    operands: indices into the document's quantities, the inputs of the recomputation.
    stated: index of the quantity the text gives as the result.
    start, end: character offsets of the sentence holding the stated number.
    cue: the words that signalled the claim ("deficit", "rose", "or"), for the message.
    alternatives: other operand lists the words allow, tried when `operands` do not fit.
    missing: what the text does not give, for an unverifiable claim.
    detail: kind-specific facts (direction of a change, years of a CAGR, the cue noun).
    """

    kind: str
    operands: list[int]
    stated: int
    start: int
    end: int
    cue: str = ""
    alternatives: list[list[int]] = field(default_factory=list)
    missing: str | None = None
    detail: dict = field(default_factory=dict)


def _stem(word: str) -> str:
    # "bills" and "bill" are one word to match on; "losses" and "loss" too.
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        word = word[:-1]
    return word[:6]


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_QUAL = _alt(lexicon.QUALIFIERS)
_ARTICLE = r"(?:(?:a|an|the|its|their|his|her|some)\s+)?"

DIFF_BEFORE = re.compile(
    rf"\b(?P<cue>{_alt(lx.DIFFERENCE_NOUNS)}|net\s+spend|net\s+outflow|net\s+inflow)s?\s+(?:of|was|is|stood\s+at|came\s+to|at|to|"
    rf"reached|amounted\s+to|totall?ed|hit|(?:widen|narrow|swell|shrink|grow|rise|fall|climb"
    rf"|jump|drop|increase|decrease)(?:s|ed)?\s+to|swelled\s+to|shrank\s+to|grew\s+to|rose\s+to"
    rf"|fell\s+to)\s+"
    rf"{_ARTICLE}(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
DIFF_AFTER = re.compile(
    rf"^\s+(?:(?:trade|budget|fiscal|current[- ]account|funding|pension|revenue|tech|"
    rf"technology|annual|primary|structural|goods|services|net)\s+){{0,3}}(?P<cue>"
    rf"{_alt(lx.DIFFERENCE_NOUNS)})\b",
    re.IGNORECASE,
)
# "three times the $4 million", "twice as high as", "five times domestic output of 20.65
# million tonnes", "three times 2019's $3.5 million": what the factor multiplies follows.
RELATIVE_CLAUSE = re.compile(r",\s*(?:when|where|which|who|after|before|as)\b", re.IGNORECASE)
MULTIPLE_OBJECT_AFTER = re.compile(
    r"^\s+(?:as\s+(?:\w+\s+){1,2}as|the|that\s+of|what|(?:19|20)\d\d['’]s|(?:[a-z][\w-]*\s+){1,3}of\b"
    # "nearly three times Cambodia's 830 tonnes"
    r"|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}['’]s\s)",
    re.IGNORECASE,
)
LATER_CLAUSE = re.compile(r",\s*(?:leaving|and|but|while|which|whereas)\b|;", re.IGNORECASE)
# A range's ends ("ranges from ¥200 to ¥10,000") and a figure said after "as large, at".
RANGE_FROM_BEFORE = re.compile(r"\b(?:rang|var(?:y|ie|ied|ying))\w*\s+from\s+$", re.IGNORECASE)
AT_FIGURE_GAP = re.compile(r"\s*(?:at|of)\s+(?:(?:about|some|nearly|almost|roughly|around)\s+)?")
# "..., almost four times as much." / "..., twice its opening level": the multiple points
# back to a figure already said.
MULTIPLE_POINTER_AFTER = re.compile(
    r"^\s+(?:(?P<as>as\s+(?:much|many|high|large|big|great|long)|as\s+\w+er)\s*(?:[.;]|,\s|$)|"
    r"(?:its|their|the)\s+(?:opening|original|starting|initial|earlier|previous|former|old)\s+"
    r"(?:level|figure|size|capacity|rate|amount|total|value|price|count|number)\b|"
    # "grossed 115 billion won, about 8.2 times its production budget"; "commitments of Rs
    # 27,106 crore, more than four times the incentive"
    r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:budget|cost|outlay|incentive|subsidy|grant|"
    r"investment|estimate)\s*(?:[.;]|,\s|$))",
    re.IGNORECASE,
)
MULTIPLE_REFERENT_AFTER = re.compile(
    r"^\s+(?:that|the|this|today['’]s|this\s+year['’]s|its\s+current|the\s+current)\s+"
    r"(?:[\w-]+\s+){0,2}(?:average|level|figure|rate|total|amount|price|value|mean|number|count)\b",
    re.IGNORECASE,
)
INTENDED_BEFORE = re.compile(
    # Not "close to three times the 78,000": a qualifier, not an aim.
    r"\b(?:(?<!close )(?<!closer )to|will|would|could|should|may|might|can|shall)\s+"
    r"(?:(?:more\s+than|nearly|almost|roughly|about|at\s+least)\s+)?$",
    re.IGNORECASE,
)
PROFIT_LEFT = re.compile(
    r"\b(?:leaving|left|leaves|giving|gives)\s+(?:it\s+)?(?:an?\s+)?(?:(?:operating|net|pre-tax|"
    r"gross|underlying|trading)\s+)?(?:profit|surplus|free\s+cash\s+flow|net\s+cash)\s+of\s+$",
    re.IGNORECASE,
)
GAP_BETWEEN = re.compile(
    r"\b(?P<cue>gap|difference)\s+between\b[^.;]{0,100}?\band\b[^.;]{0,60}?\b(?:is|was|"
    r"stands\s+at|stood\s+at|came\s+to|amounts\s+to|amounted\s+to|widened\s+to|narrowed\s+to)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|just|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
DEFINED_BALANCE = re.compile(
    r"\b(?:fiscal|primary|current[- ]account|structural|revenue|cyclically[- ]adjusted|"
    r"underlying|operating|capital[- ]account|financial[- ]account)\s+(?:deficit|surplus|balance)",
    re.IGNORECASE,
)
EXCEED_BY = re.compile(
    rf"\b(?P<cue>{_alt(lx.EXCEED_VERBS)})\b.*\bby\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE | re.DOTALL
)
AGENT_BY = re.compile(
    rf"\b(?!(?:{_alt(lx.EXCEED_VERBS)})\b)[a-z]+(?:ed|en)\s+by\s+(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
PARTS_OF_BEFORE = re.compile(
    r"\b(?:made\s+up|consist(?:s|ed|ing)?|compris(?:ed|es|ing)|composed)\s+of\s+$", re.IGNORECASE
)
# ("laid 5.6 million bundles of reed last year, but domestic reed beds supplied only 1.5 million")
BUT_ONLY_GAP = re.compile(
    r"[^,;.\d]{0,40},?\s+but\s+(?:[a-z][\w'’-]*\s+){0,4}?(?:only|just)\s+", re.IGNORECASE
)
LEAVING = re.compile(
    rf"\b(?P<cue>leaving|leaves|left|leave|remaining|the\s+remaining|the\s+other|the\s+rest)"
    rf"(?:\s*,)?\s+{_ARTICLE}(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
# "29% below the peak of 226 million tonnes": a level compared against, not a whole.
COMPARED_WITH_NAMED = re.compile(
    r"\b(?:below|above|under|short\s+of)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){1,2}of\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$",
    re.IGNORECASE,
)
COMPARED_BEFORE = re.compile(
    r"\b(?:above|below|over|under|than|exceeding)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE
)
AGAINST_BEFORE = re.compile(r"\b(?:against|versus|vs\.?)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+['’]s)\s+"
TO_BEFORE = re.compile(
    rf"\b(?:{_alt(lx.TO_WORDS)})\s+(?:{_POSSESSIVE})?(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)
# "from a peak of 918,000", "compared with a share of 80.2%": the base named by a noun.
_BASE_NOUN_OF = (
    r"(?:(?:(?:record|all-time|pandemic|pre-pandemic|revised)\s+)?"
    r"(?:peak|high|low|total|level|share|rate|figure|tally)\s+of\s+"
    # "an increase of £95 on the current charge of £290"
    r"|(?:current|previous|old|existing|former)\s+(?:charge|fee|price|fare|rent|cost)\s+of\s+)?"
)
RIGHT_AFTER_FROM = re.compile(rf"\s+from\s+(?:(?:{_QUAL})\s+)?", re.IGNORECASE)
FROM_BEFORE = re.compile(
    rf"\b(?:{_alt(lx.FROM_WORDS)})\s+(?:{_POSSESSIVE})?{_ARTICLE}{_BASE_NOUN_OF}"
    rf"(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(
    r";|[,–—-]\s*(?:while|whereas|but|although|though|as|even\s+as|and\s+(?:the|its|their|"
    r"other|another|[A-Z]\w*))\b|\b(?:while|whereas)\b"
)
APPOSITIVE = re.compile(
    r"[,(–—-]\s*(?:(?:a|an|or|the|which\s+(?:is|was))\s+)?(?:\w+\s+){0,2}"
    r"(?:rise|increase|gain|jump|growth|improvement|addition|drop|fall|decline|decrease|"
    r"reduction|cut|slide|dip|contraction|up|down)\s*(?:of|by)?\s*$",
    re.IGNORECASE,
)
APPOSITIVE_ARTICLE = re.compile(r"[,(–—]\s*(?:a|an)\s+$", re.IGNORECASE)
APPOSITIVE_NOUN_AFTER = re.compile(
    r"^\s*(?:rise|increase|gain|jump|growth|improvement|drop|fall|decline|decrease|reduction|"
    r"cut|slide|dip|contraction)\b",
    re.IGNORECASE,
)
SHARE_BEFORE = re.compile(
    rf"(?:^|[\s,;(])(?P<cue>{_alt(lx.SHARE_BEFORE)})\s*(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)
OF_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)
# "40% of the $10bn budget", "of its 1,200 stores": the whole follows "of" with no pause.
# (not across "and": "69 per cent of the target and 3,300 hectares more than ...")
OF_WHOLE = re.compile(r"^\s+of\s+(?:(?!and\b)[A-Za-z'’-]+\s+){0,5}$")
OF_NOUN_HEAD = re.compile(
    r"(?:[a-z][\w-]*['’]s?\s+|(?!(?:in|for|on|at|by|from|to|as|and|with|that|which|"
    r"while|but|or|this|last|a|an|the)\b)[a-z][\w-]*\s+){0,2}"
    r"(?P<head>(?!(?:in|for|on|at|by|from|to|as|and|with|that|which|while|but|or)\b)[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:()]|$|\s(?:in|for|on|at|by|from|to|as|and|with|that|which|while|but|or)\b))",
    re.IGNORECASE,
)
OF_NOUN = re.compile(
    r"^\s+of\s+(?:(?:the|its|their|his|her|our|those|these|all|group|total)\s+)*"
    r"(?P<noun>[a-z][\w-]+)",
    re.IGNORECASE,
)
# A sentence that points back at the figures before it: "This amounted to a deficit of ...".
ANAPHOR_START = re.compile(
    # ("This year's count was ..." opens on a period, not on the figure before)
    r"^\W*(?:this(?!\s+(?:year|season|month|quarter|week|decade)['’]s\b)|that|it|these|those|the|"
    r"together|combined|overall|in\s+all|taken\s+together|"
    r"which|as\s+a\s+result|that\s+left|leaving)\b",
    re.IGNORECASE,
)
OWN_PARTITION_OPENS = re.compile(r"^\W*(?:Of|Among)\s+[^,;.]*?\d[^,;]*,", re.IGNORECASE)
HYPOTHETICAL = re.compile(
    r"\b(?:had\s+(?:been\s+)?(?:forecast|expected|predicted|projected)|economists|analysts|"
    r"consensus|polled|would\s+have|could|might)\b",
    re.IGNORECASE,
)
FORECAST_AFTER = re.compile(r"^\s+(?:\w+\s+){0,2}" + HYPOTHETICAL.pattern, re.IGNORECASE)
OF_WHICH = re.compile(r"\bof\s+(?:which|whom|this|that|these|those|it)\b", re.IGNORECASE)
TOTAL_BEFORE = re.compile(
    # "a combined workforce of 307", "a total fleet of 1,420": any noun between.
    rf"\b(?P<cue>{_alt(lx.TOTAL_BEFORE)}|(?:a|the)\s+(?:combined|total)\s+[a-z]+\s+of)\s+"
    # ("adding up to the full 1,140")
    rf"{_ARTICLE}(?:(?:full|whole|entire)\s+)?(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
TOTAL_AFTER = re.compile(
    rf"^(?:\s+[a-z][\w-]*)?\s*,?\s*(?P<cue>{_alt(lx.TOTAL_AFTER)})\b", re.IGNORECASE
)
# "..., taking revenue to €812 million", "bringing arrivals from the three markets to 13.8 mln".
TAKING_TO = re.compile(
    r"[,;]\s*(?P<cue>taking|bringing|lifting|pushing)\s+(?:(?:the|its|their|total|combined|overall)\s+)*"
    r"(?:[a-z][\w-]*\s+){1,6}?to\s+(?:(?:about|some|nearly|almost|roughly|around|more\s+than)\s+)?$",
    re.IGNORECASE,
)
ADDED_BEFORE = re.compile(
    r"\b(?:add(?:ed|s|ing)?|open(?:ed|s|ing)|hir(?:ed|es|ing)|bought|buys|acquir(?:ed|es|ing)|"
    r"gain(?:ed|s)|sign(?:ed|s)|install(?:ed|s)|buil[td]|new)\b",
    re.IGNORECASE,
)
TOTAL_SUBJECT_BEFORE = re.compile(
    r"\b(?P<cue>together|combined|altogether|in\s+all|between\s+them)\b[^.;,]{0,40}?"
    r"\b(?:accounted\s+for|accounts?\s+for|came\s+to|come\s+to|reached|totall?ed|made\s+up|"
    r"make\s+up|were|was|are|is|had|have|took|take|produced|generated|earned|spent|gave|received|"
    r"sold|raised|paid|employed|won|carried|handled|hold|held)\s+(?:(?:" + _QUAL + r")\s+)?$",
    re.IGNORECASE,
)
# (set off by a comma too: "is ¥1.26bn, made up of ¥780m for staff, ...")
MADE_UP_OF_AFTER = re.compile(
    # ("24,800 visits, made up of 15,300 sweeps and 9,500 inspections")
    r"^,?(?:\s+[\w-]+){0,3}?,?\s+(?:(?:was|were|is|are)\s+)?(?P<cue>made\s+up\s+of|comprised|"
    r"comprising|"
    r"consisting\s+of|consisted\s+of|split\s+into|divided\s+into|broken\s+down\s+into)\b",
    re.IGNORECASE,
)
# (the lead may run on: "lined up across the three races of the weekend, organisers said on
# Monday, with 16,200 in the full marathon, ...")
WITH_LIST_AFTER = re.compile(r"^[^;:.\d]{0,120}?,\s+with\s+", re.IGNORECASE)
# ("195 vaccination points across the region: 96 in Krakow, ..."; a lead that counts the
# items, "came from three sources:", is COUNTED_COLON_LEAD's)
COLON_LIST_AFTER = re.compile(
    r"^(?:(?:\s+[\w'’-]+){0,3}"
    r"|(?:\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten)\b)[A-Za-z'’-]+){4,5})\s*:\s"
)
LONG_COLON_LEAD = re.compile(
    r"^(?:\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten)\b)[A-Za-z'’-]+){4,8}\s*:\s"
)
IN_THE_BEFORE = re.compile(r"\b(?:in|across|at)\s+the\s+$", re.IGNORECASE)
COUNTED_COLON_LEAD = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}\s+(?:across|in|at|over|from)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:[a-z]+|\d+)\s+[a-z][\w'’-]*\s*:\s",
    re.IGNORECASE,
)
# Between two items of a colon list, each with words of its own: " for the salaries of nine
# staff, ", " in transmitter fees and ".
COLON_ITEM_GAP = re.compile(r"[^;:()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Za-z'’-]+\s+){0,3}")
OF_WHICH_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,8}?\s*,\s*of\s+wh(?:ich|om)\b", re.IGNORECASE)
CLOSING_PART = re.compile(
    r"\b(?:the\s+)?(?:remaining|rest|remainder|balance)\b(?:\s+of)?(?:\s+(?:about|some|nearly|"
    r"almost|roughly|around))?\s*,?\s*$",
    re.IGNORECASE,
)
PARTITION_START = re.compile(r"^\W*Of\s+(?:the|its|their|all|some)?\s*(?:[\w'’-]+\s+){0,3}$")
SET_AGAINST_BETWEEN = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|whereas|while)\b", re.IGNORECASE
)
OVERLAP_WORDS = re.compile(r"\b(?:both|neither|either)\b", re.IGNORECASE)
PARTIAL_LIST = re.compile(rf"\b(?:{_alt(lx.PARTIAL_LIST_WORDS)})\b", re.IGNORECASE)
CAGR_NEAR = re.compile(rf"\b(?P<cue>{_alt(lx.CAGR_CUES)})\b", re.IGNORECASE)
AVERAGE_AFTER = re.compile(
    r"^\s+(?:of\s+(?:[a-z][\w-]*\s+){1,2}"  # "A$468 of revenue for every passenger"
    # "96,000 wafers per plant", "430,000 starts a year"
    r"|(?P<noun>[a-z][\w-]*)\s+(?=(?:per|for\s+each|for\s+every)\s"
    # ("16 hives each." but not "16,800 students each school day")
    r"|(?:each|apiece)\s*(?:[,.;:)]|$)"
    r"|an?\s+(?:year|month|week|day)\b))?"
    # ("40,000 each on average": "each" alone)
    r"(?:(?:per|a|an|each|for\s+each|for\s+every)\s+"
    r"(?P<unit>(?!(?:on|in|at|and|or|to|with|from|by)\b)[A-Za-z][\w-]*)|apiece|each"
    # "or about NOK 51 for each, since ..."
    r"|for\s+each(?=\s*(?:[,.;:)]|$)))\b" + lexicon.NOT_DATING,
    # Not "compared with £171 a year earlier": a dating period, not a rate.
    re.IGNORECASE,
)
AVERAGE_BEFORE = re.compile(
    r"\b(?:average|averaging|averaged|mean|each|apiece|per|works?\s+out|worked\s+out|that\s+is|"
    r"that\s+means|meaning|realised|realized|comes?\s+to|came\s+to)\b",
    re.IGNORECASE,
)
# Words for the same counted thing: "for every Nova Scotian" divides by residents.
PER_SYNONYMS = (
    (
        "person",
        "people",
        "resident",
        "population",
        "inhabitant",
        "citizen",
        "capita",
        "head",
        "visitor",
        "passenger",
        "customer",
        "member",
        "voter",
        "worker",
        "employee",
        "student",
        "patient",
        "household",
    ),
    ("trip", "journey", "ride", "boarding"),
    ("store", "shop", "outlet", "location", "branch", "library"),
    ("customer", "subscriber", "user", "client", "account"),
    ("passenger", "traveller", "traveler", "visitor", "arrival", "tourist"),
    # "used by 48,500 households, or about €449 for each home served"
    ("home", "household", "house", "dwelling", "property"),
    # "9,400 of those posts to disappear ... an average of 340,400 zloty for each job cut"
    ("job", "post", "position", "role"),
)
# "and others 16,276", "other sources 7.7 TWh": the rest, given a figure, closes the list.
# "... and other units $1.2bn", "the rest of the world CHF 910 million": a last part that names
# all the others, not a list left open.
_OTHERS_WITH_FIGURE = re.compile(
    r"\b(?:(?:the\s+)?others?|the\s+rest(?:\s+of\s+(?:the\s+)?[\w-]+)?)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?=[\d$€£¥₹]|[A-Z]{1,3}\$?\s?\d|Rs\.?\s?\d)",
    re.IGNORECASE,
)
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
PART_CUE_BEFORE = re.compile(
    r"\b(?:of\s+(?:that|which|this|them|these|those|it)|accounted\s+for|made\s+up|make\s+up"
    r"|contributed|supplied|came\s+from|remaining|other)\b[^.;]*$",
    re.IGNORECASE,
)
PART_CUE_AFTER = re.compile(r"^(?:\s+[a-z][\w-]*){0,2}\s+of\s+(?:that|which|this|it|the)\b", re.I)
# A list's last part named as all the others: "and other units", "with all other sources at".
_OTHERS_LAST = (
    r"\b(?:and|while|with)\s+(?:all\s+)?other\s+(?:[a-z][\w-]*\s+){1,2}(?:at\s+|with\s+)?"
)
BREAKDOWN_REST_BEFORE = re.compile(
    r"\bthe\s+(?:remaining|other)\s+(?:(?:about|some|nearly|almost)\s+)?$", re.IGNORECASE
)
# "..., processing NOK 1.41 billion and other units NOK 0.56 billion": the last part named as
# all the others.
OTHERS_LAST_BEFORE = re.compile(_OTHERS_LAST + r"(?:(?:about|some|nearly|almost)\s+)?$", re.I)
BREAKDOWN_REST_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?(?:\s*,)?\s+(?:respectively\b|(?:to\s+)?(?:cover|covering|make"
    r"\s+up|making\s+up|made\s+up)\s+the\s+(?:rest|remainder|balance)\b)",
    re.IGNORECASE,
)
BREAKDOWN_COMPLETE = re.compile(
    # "... and other units CHF 0.62 billion": the last part named as all the others.
    _OTHERS_LAST + r"(?:[$€£¥₹]|[A-Z]{1,3}\$?\s?|Rs\.?\s?)?\d[\d.,]*[^\d]*$"
    r"|\bthe\s+(?:remaining|other|rest)\b|\bremainder\b|\brespectively\b|\bthe\s+balance\b"
    r"|\bof\s+th(?:e|at)\s+(?:\w+\s+)?total\b|\bmade\s+up\s+the\s+rest\b|\bcover\s+the\s+rest\b",
    re.IGNORECASE,
)
OR_PERCENT_AFTER = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,3}\s*,?\s*or\s+(?:about\s+|nearly\s+|almost\s+)?\d"
)
THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)

LEVEL_KINDS = ("money", "count", "quantity", "percent")


def _dimension(q: Quantity) -> tuple[str, str | None]:
    # "312 gigabytes a month" and "the 274 gigabytes used in the same period" compare: the
    # period a flow is given in is said once and implied after.
    unit = q.unit
    if unit and "per " in unit:
        if " per " in unit and unit.rsplit(" per ", 1)[1] in _PERIODS:
            unit = unit.rsplit(" per ", 1)[0]
        # "3.4 deaths per 1,000 live births" and "the rate of 4.0 per 1,000" compare.
        rate = RATE_PER_UNIT.search(unit)
        if rate:
            unit = rate.group()
    return q.kind, unit


RATE_PER_UNIT = re.compile(r"\bper [\d,]+\d\b")


_PERIODS = frozenset({"day", "week", "month", "quarter", "year"})


def _is_level(q: Quantity) -> bool:
    """A number that can be an operand: a stated amount, not a change, range or date."""
    return q.kind in LEVEL_KINDS and q.change in ("=", "~") and q.low is None


class _Doc:
    """The text, its quantities and sentences, with the look-ups the rules share."""

    def __init__(self, text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]):
        self.text = text
        self.qs = quantities
        self.sentences = sentences or [(0, len(text))]
        self.sent_of: list[int] = []
        s = 0
        for q in quantities:
            while s + 1 < len(self.sentences) and q.start >= self.sentences[s][1]:
                s += 1
            self.sent_of.append(s)
        self.in_sent: dict[int, list[int]] = {}
        for i, s in enumerate(self.sent_of):
            self.in_sent.setdefault(s, []).append(i)
        self._years: dict[int, frozenset] = {}
        self.by_dim: dict = {}
        for i, q in enumerate(quantities):
            self.by_dim.setdefault(_dimension(q), []).append(i)

    def years_in_sentence(self, s: int) -> frozenset:
        years = self._years.get(s)
        if years is None:
            qs = self.qs
            years = frozenset(qs[j].value for j in self.in_sent.get(s, []) if qs[j].kind == "year")
            self._years[s] = years
        return years

    def gap_before(self, i: int, width: int = 60) -> str:
        """Text from the previous quantity (or sentence start) up to quantity i."""
        q = self.qs[i]
        s_start = self.sentences[self.sent_of[i]][0]
        prev_end = self.qs[i - 1].end if i > 0 and self.sent_of[i - 1] == self.sent_of[i] else 0
        if (
            prev_end
            and self.qs[i - 1].kind == "year"
            and self.qs[i - 1].text[:1].isdigit()
            and re.fullmatch(r"['’]s\s+", self.text[prev_end : q.start])
        ):
            # "up 20% from 2024's PLN 800m": the words before the year's own figure reach back
            # past the year.
            prev_end = self.qs[i - 2].end if i > 1 and self.sent_of[i - 2] == self.sent_of[i] else 0
        lo = max(s_start, prev_end, q.start - width)
        return self.text[lo : q.start]

    def left(self, i: int, width: int = 80) -> str:
        """Text from the sentence start (at most `width` chars) up to quantity i."""
        q = self.qs[i]
        lo = max(self.sentences[self.sent_of[i]][0], q.start - width)
        return self.text[lo : q.start]

    def after(self, i: int, width: int = 60) -> str:
        q = self.qs[i]
        hi = min(self.sentences[self.sent_of[i]][1], q.end + width)
        return self.text[q.end : hi]

    def sentence_span(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sent_of[i]]

    def sentence_text(self, i: int) -> str:
        s, e = self.sentence_span(i)
        return self.text[s:e]

    def previous_with_figures(self, s: int) -> int:
        """The sentence before s, skipping up to two with no figures between (an explainer's
        "How big is the cut?", "Here is what lies behind the numbers.")."""
        k = s - 1
        while k > 0 and s - k < 3 and not self.in_sent.get(k):
            k -= 1
        return k

    def window(self, i: int, back: int = 1) -> list[int]:
        """Indices of quantities in i's sentence and the `back` sentences before it."""
        s = self.sent_of[i]
        out: list[int] = []
        for k in range(max(0, s - back), s + 1):
            out += self.in_sent.get(k, [])
        return out

    def levels_of(
        self, dim: tuple[str, str | None], candidates: list[int], base: re.Pattern | None = None
    ) -> list[int]:
        """The levels of `dim` among `candidates` that are not introduced as last period's
        figure (by `base`, BASE_BEFORE unless given)."""
        base = base or BASE_BEFORE
        return [
            j
            for j in candidates
            if _is_level(self.qs[j])
            and _dimension(self.qs[j]) == dim
            and not base.search(self.gap_before(j, 45))
        ]

    def same_dim_levels(self, i: int, candidates: list[int]) -> list[int]:
        dim = _dimension(self.qs[i])
        return [
            j
            for j in candidates
            if j != i and _is_level(self.qs[j]) and _dimension(self.qs[j]) == dim
        ]

    def is_series(self, a: int, b: int) -> bool:
        """Two values of one thing at two times ("from $580 million ... to $21.4 billion")."""
        return bool(FROM_BEFORE.search(self.gap_before(a, 45))) and bool(
            TO_BEFORE.search(self.gap_before(b, 45))
        )

    def same_clause(self, i: int, j: int) -> bool:
        """No clause break and no other change between quantities i and j of one sentence."""
        a, b = sorted((i, j))
        between = self.text[self.qs[a].end : self.qs[b].start]
        # (nor, after i, across ", and cut its loss to ...": a second verb of change, its own
        # clause)
        if CLAUSE_BREAK.search(between) or (j > i and AND_VERB_BREAK.search(between)):
            return False
        # Another changing figure between them claims them for itself.
        return not any(
            self.qs[k].change in ("up", "down") and self.qs[k].kind in ("percent", "multiple")
            for k in range(a + 1, b)
        ) and not (j < i and self.owned_by_other(j, i))

    def owned_by_other(self, j: int, i: int) -> bool:
        """ "income rose 6.6 percent to 16,740 yuan from 15,705 yuan, outpacing the 4.5 percent
        gain": the levels belong to the change stated just before them, not to a later one."""
        for k in range(j - 1, -1, -1):
            if self.sent_of[k] != self.sent_of[j]:
                return False
            if self.qs[k].kind == "percent" and self.qs[k].change in ("up", "down"):
                between = self.text[self.qs[k].end : self.qs[j].start]
                # Its own from/to figures only: in "profit jumped 24.4% to ¥287.6bn from
                # ¥231.2bn, lifting the margin to 8.4% from 7.4%" the rates are not the 24.4%'s.
                others = [
                    m
                    for m in range(k + 1, j)
                    if _dimension(self.qs[m]) != _dimension(self.qs[j]) and _is_level(self.qs[m])
                ]
                # "The 2.9 per cent increase came from prices: books sold slipped to 255.4
                # million from 259.5 million": a verb of their own between claims them.
                return (
                    k != i
                    and not CLAUSE_BREAK.search(between)
                    # nor a clause of its own: "a drop of 58.5 per cent, and solar now meets 41
                    # per cent of needs against 12 per cent a year ago"
                    and not NEW_CLAUSE.search(between)
                    and not others
                    and not CHANGE_VERB.search(between)
                )
        return False

    def find_from_to(self, i: int, dim: tuple[str, str | None]) -> tuple[int | None, int | None]:
        """The values a change at i joins: the one after "from" and the one after "to".

        The nearest of each to i wins: in "exports fell 2% to A, from B, while imports rose 1%
        to C from D" the 1% joins C and D. With no "to", the level just before the change is the
        new value ("48 percent said so, up 7 points from 41 percent").
        """
        # Only figures in i's clause: not across ", while ...", "; ", ", as ...", nor past
        # another rise or fall ("wages rose 5.4%, and the minimum wage will rise to €12.82").
        levels = [
            j
            for j in self.in_sent.get(self.sent_of[i], [])
            if j != i
            and _dimension(self.qs[j]) == dim
            and _is_level(self.qs[j])
            and self.same_clause(i, j)
            # (not another time's in brackets: "from 37 countries (29) this round")
            and not _bracketed_prior(self, j)
        ]
        tos = [j for j in levels if TO_BEFORE.search(self.gap_before(j, 45))]
        # Not "compared with €19.80 in Munich": another place's figure, not an earlier one.
        froms = [
            j
            for j in levels
            if j not in tos
            and FROM_BEFORE.search(self.gap_before(j, 45))
            and not PLACE_AFTER.match(self.text, self.qs[j].end)
            # (nor a size naming a thing: "27,400 per game over the 81-game home schedule")
            and not MODIFIER_FIGURE.match(self.qs[j].text)
        ]
        # "rose to 86.4% from 84.3%, a gain of 2.1 points": an appositive change looks back;
        # not a new predicate ("..., and are up 5% from 4.57 million").
        gap = self.gap_before(i, 50)
        looks_back = bool(
            APPOSITIVE.search(gap)
            # "rose from R450 to R520 for foreign visitors, a 15.6% increase, and from R110 to
            # R130 ...": the noun after the figure
            or (APPOSITIVE_ARTICLE.search(gap) and APPOSITIVE_NOUN_AFTER.match(self.after(i, 30)))
        ) and not NEW_PREDICATE.search(gap)

        def nearest(found: list[int]) -> int | None:
            after = [j for j in found if j > i]
            before = [j for j in found if j < i]
            if after and RIGHT_AFTER_FROM.fullmatch(
                self.text[self.qs[i].end : self.qs[after[0]].start]
            ):
                # "1,240 applications from 37 countries (29) this round, up 24% from 1,000":
                # the figure right after the change's "from" is its base.
                return after[0]
            if looks_back and before:
                return before[-1]
            if after:
                return after[0]
            return before[-1] if before else None

        new, old = nearest(tos), nearest(froms)
        after_i = i + 1
        if (
            old is not None
            and old < i
            and after_i < len(self.qs)
            and self.sent_of[after_i] == self.sent_of[i]
            and self.qs[after_i].kind == "year"
            and re.fullmatch(r"\s+from\s+", self.text[self.qs[i].end : self.qs[after_i].start])
        ):
            # "62% own a car, compared with 35% that own a bicycle, up 3 points from 2017": the
            # change's base is a year's figure the text does not give.
            old = None
        before_i = [j for j in levels if j < i]
        if (
            old is not None
            and old > i
            and before_i
            and WHEN_CLAUSE_GAP.fullmatch(self.text[self.qs[before_i[-1]].end : self.qs[i].start])
        ):
            # "to reach 1.1 million tonnes next year, up from 820,000 tonnes in 2025, when
            # production rose 7% from 766,000 tonnes": the figure the when-clause dates.
            new = before_i[-1]
        # "cut its rate by 25 basis points to 1.75%, for a cumulative reduction of 225 basis
        # points from its 4.00% peak": a figure after another change of this one's kind is
        # that change's.
        kind = self.qs[i].kind

        def past_another_change(j: int | None) -> bool:
            # (or past a second figure the same verb governs: "grew 4.1% last year and 28%
            # over five years, from 1,000bn lei to 1,280bn lei")
            return (
                j is not None
                and j > i
                and any(
                    self.qs[k].kind == kind
                    and (
                        self.qs[k].change in ("up", "down")
                        or (
                            not RESPECTIVELY.search(self.sentence_text(i))
                            and re.fullmatch(
                                r"[^,;()\d]{0,30}\s+and\s+",
                                self.text[self.qs[i].end : self.qs[k].start],
                            )
                        )
                    )
                    for k in range(i + 1, j)
                )
            )

        if kind in ("percent", "percentage_point"):
            old = None if past_another_change(old) else old
            new = None if past_another_change(new) else new
            # "6.4% lower than the SEK 2.82bn earned a year earlier, and sales slipped 3.1 per
            # cent to SEK 23.1bn": a base before a new clause with its own verb is the earlier
            # clause's.
            if (
                old is not None
                and old < i
                and NEW_CLAUSE_VERB.search(self.text[self.qs[old].end : self.qs[i].start])
            ):
                old = None
            # "have fallen more than 40 per cent this year, from A$6.85 ... to A$4.02 on
            # Friday, even after a 3.6 per cent gain on the day": a pair said after an earlier
            # change of the sentence is that change's, unless this one restates it.
            if (
                old is not None
                and new is not None
                and max(old, new) < i
                and not looks_back
                and any(
                    self.qs[k].kind == kind and self.qs[k].change in ("up", "down", ">", "<")
                    for k in self.in_sent.get(self.sent_of[i], [])
                    if k < min(old, new)
                )
            ):
                return None, None
        elif old is not None and old > i:
            # "added 240,000 households in the quarter, taking its base to 3.1 million, 11.5%
            # more than the 2.78 million it had a year earlier": the base of a percent said in
            # between (one that does not restate this amount) is the percent's.
            if any(
                self.qs[k].kind == "percent"
                and not (k == i + 1 and OR_BEFORE.search(self.gap_before(k, 30)))
                and re.search(r"\b(?:than|from)\b", self.text[self.qs[k].end : self.qs[old].start])
                for k in range(i + 1, old)
            ):
                old = None
        if old is not None and new is not None and max(old, new) < i:
            # "widened to 8.1% from 6.9%, an improvement of 1.2 percentage points, despite a 14
            # pct rise in the price of flour": a change said of the pair in between has it;
            # this one may only restate it (", or 17.4 per cent").
            said = [
                k
                for k in range(max(old, new) + 1, i)
                if self.qs[k].kind in ("percent", "percentage_point")
                and self.qs[k].change in ("up", "down")
            ]
            if said and not re.fullmatch(
                r"\s*[,(]?\s*or\s+(?:\S+\s+)?", self.text[self.qs[said[-1]].end : self.qs[i].start]
            ):
                return None, None
            between = self.text[self.qs[max(old, new)].end : self.qs[i].start]
            # "margins widened to 14% from 12.5% as revenue grew 4%": the pair is the earlier
            # verb's; this change's verb comes after it. "climb from 270,000 won to 390,000
            # won, of which the worker's own share rises by 60,000 won": the pair is the
            # whole's, the change a part's.
            if CHANGE_VERB.search(between) or OF_WHICH_BETWEEN.search(between):
                return None, None
        if (
            old is not None
            and new is not None
            and min(old, new) > i
            and LATER_CHANGE_VERB.search(
                # not the change's own noun ("a 38 pct jump in ... profit, to 9.8 bln yuan"),
                # nor a verb that carries on with the same thing ("will triple the fee,
                # raising it to $300 from $100")
                SAME_THING_PARTICIPLE.sub(
                    "",
                    OWN_CHANGE_NOUN.sub(
                        "", self.text[self.qs[i].end : self.qs[min(old, new)].start]
                    ),
                )
            )
        ):
            # "The 2.9 per cent increase came from prices: books sold slipped to 255.4 million
            # from 259.5 million": the pair is the later verb's.
            return None, None
        if (
            old is not None
            and new is not None
            and old < i < new
            and LATER_CHANGE_VERB.search(
                SAME_THING_PARTICIPLE.sub("", self.text[self.qs[i].end : self.qs[new].start])
            )
        ):
            # "34 scholarships, up from 26, an increase of eight, or 30.8 per cent, after
            # applications more than doubled to 212": a figure a later verb reaches is its own.
            new = None
        if (
            old is not None
            and new is not None
            and i < min(old, new)
            and self.qs[i].kind == "percent"
            and self.qs[new].kind == "percent"
            and CARRIED_TO_BEFORE.search(self.left(min(old, new), 60))
        ):
            # "Consumer prices rose 0.2% in March, bringing annual inflation down to 2.4% from
            # 2.8%": the rates are what the rise carried, not its ends.
            return None, None
        if (
            old is not None
            and new is not None
            and old < new
            and CARRIED_TO_BEFORE.search(self.left(new, 60))
        ):
            # "up 9% from 2.94 lakh, taking the total fleet to 41 lakh"; "rose 0.2% in March,
            # bringing annual inflation down to 2.4% from 2.8%" is caught by the later verb:
            # what something else is carried to after the base is no end of this change.
            new = None
        if old is not None and kind in ("percent", "percentage_point"):
            # "up from 5.0% in the previous quarter and 4.4% a year earlier, ..., an increase of
            # 0.8 percentage points on the year": two bases; the change's own period picks one.
            sibling = old + 1
            if (
                sibling < len(self.qs)
                and sibling != i
                and sibling in levels
                and BASE_LIST_GAP.fullmatch(self.text[self.qs[old].end : self.qs[sibling].start])
            ):
                period = CHANGE_PERIOD_AFTER.search(self.after(i, 40))
                if period is None:
                    return None, None
                word = (period.group("p") or period.group("p2")).lower()
                if (
                    word in self.after(sibling, 30).lower()
                    and word not in self.after(old, 30).lower()
                ):
                    old = sibling
        if (
            old is not None
            and i < old
            and SECOND_COMPARISON.search(self.text[self.qs[i].end : self.qs[old].start])
        ):
            # "93.1 per cent in Malmö, 2.7 points lower and below the 95 per cent level
            # experts say is needed": a second comparison's figure, not this one's base.
            old = None
        if old is not None and new is not None and i < new < old:
            between = self.text[self.qs[new].end : self.qs[old].start]
            # "rose 40% to 252,000 as the overall market shrank from 1.5 million to 1.4
            # million": the "from" belongs to the later verb; "rose 14.6 per cent to 27,850
            # won ..., still well below the 44,000 won at which they were sold": a second
            # comparison, not the base.
            if LATER_CHANGE_VERB.search(between) or SET_OFF_COMPARISON.search(between):
                old = None
            elif UP_FROM_BEFORE.search(self.gap_before(old, 30)) and any(
                new < k < old for k in levels
            ):
                # "places rose by half to 450, so there are now about 21 applicants per
                # place, up from about 11": the base of the figure just before it.
                old = None
        if old is not None and new is not None and old < i < new and any(t < old for t in tos):
            # "rose to 5.2% from 4.8%, and youth unemployment rose 1.2 points to 14%": the
            # "from" before is the earlier change's, whose "to" came first.
            old = None
        if (
            new is not None
            and old is not None
            and new < old
            and any(
                k in froms and any(m in levels and m not in froms for m in range(k + 1, old))
                for k in range(new + 1, old)
            )
        ):
            # "raised its rate to 5.25% from 4.50%, ..., after inflation reached 7.1% from
            # 6.4%, a rise of 0.7 points": a "to" figure with its own "from" after it is that
            # pair's, not this change's.
            new = None
        if (
            new is not None
            and old is not None
            and new + 1 < old
            and _period_of(self, new) is not None
        ):
            # "rose to AUD 45 a month, or AUD 540 a year, from AUD 480 a year": the figure
            # reached restated on the base's footing is the one compared.
            new = _on_base_footing(self, new, old)
        if new is None and old is not None:
            # Not an amount said as a difference ("180,000 more than the 2.12 million"), nor an
            # aim or an expectation ("short of the industry's ¥60 billion target", "against
            # analysts' expectations of NOK 2.95 billion").
            prior = [
                j
                for j in levels
                if j < min(i, old)
                and not COMPARATIVE_AFTER.match(self.after(j, 40))
                and not TARGET_BEFORE.search(self.gap_before(j, 45))
                and not TARGET_AFTER.match(self.text, self.qs[j].end)
                # nor a restatement in another period ("CHF 3,240 a month, or CHF 38,880 a
                # year, up 5.9 per cent from CHF 3,060")
                and not _restated_in_period(self, j)
                # nor the whole a part is "of" ("won 17 of the 51 seats")
                and not _whole_of_figure_before(self, j)
            ]
            prior = _averages_against_an_average(self, old, prior)
            if prior and prior[-1] + 1 < min(i, old):
                # "CAD 1,250 a month, or CAD 15,000 a year, a 4.2% rise on last year's CAD
                # 14,400": the restatement on the base's footing is the one compared.
                prior = [*prior[:-1], _on_base_footing(self, prior[-1], old)]
            # "38 electric buses in its 214-vehicle fleet, ..., up from 22": a size naming the
            # whole is what the figure is part of, not its new value, when another is said.
            prior = [j for j in prior if not MODIFIER_FIGURE.match(self.qs[j].text)] or prior
            # "handled 214 vessels in its three dry docks in 2025, compared with 187": a count
            # of the owner's things names where, not what changed.
            prior = [
                j for j in prior if not OWNED_COUNT_BEFORE.search(self.gap_before(j, 12))
            ] or prior
            # "answered 18,240 calls, an average of about 50 a day, up 20 per cent from
            # 15,200": a rate said in between is no end of a change of a level.
            prior = [j for j in prior if _is_rate(self, j) == _is_rate(self, old)] or prior
            # "412 applications for 30 places, ..., and 39.2 per cent more applications than
            # the 296 of five years ago": the figure of the things the comparison names.
            named = MORE_NOUN_THAN_AFTER.match(self.after(i, 40))
            if named:
                prior = [
                    j for j in prior if _noun_after(self, j) == named.group("noun")[:5].lower()
                ] or prior
            # "carried 2.02 billion riders and Busan's 340 million, with Seoul's figure up 3.1%
            # from 1.96 billion": the figure of the name the change's clause gives.
            prior = (_named_subject_figures(self, i, prior) if prior else None) or prior
            # "£168m in 2025, nearly three times the £61m levied in 2023 and up 35 per cent on
            # the £124m of 2024": another comparison's base is no figure now (unless a clause
            # about its place follows it: "compared with SEK 1,900 in Gothenburg, where it
            # rose 6 per cent from SEK 1,792").
            if not (
                prior
                and re.search(r",\s*where\b", self.text[self.qs[prior[-1]].end : self.qs[i].start])
            ):
                prior = [
                    j
                    for j in prior
                    if not (
                        BASE_BEFORE.search(self.gap_before(j, 45))
                        or MULTIPLE_OF_BEFORE.search(self.left(j, 45))
                    )
                ] or prior
            if len(prior) >= 2 and re.search(
                r"\bthe\s+former\b", self.text[self.qs[prior[-1]].end : self.qs[i].start], re.I
            ):
                # "employed 3,400 in 2025 and Szczecin's 2,100 in 2023, with the former up 6%"
                prior = prior[:-1]
            # "fines totalled NOK 48m this year: NOK 21m ..., NOK 15m ... and NOK 12m ...,
            # against NOK 40m last year": the whole a colon opens, not its last part.
            wholes = [j for j in prior if COLON_LIST_AFTER.match(self.after(j, 40))]
            if (
                wholes
                and wholes[-1] != prior[-1]
                # (not when the change is dated by the last part: "1.55 million in summer and
                # 850,000 in winter, when traffic was up 6.25% from 800,000")
                and not re.match(
                    r"[^,;]*,\s*when\b", self.text[self.qs[prior[-1]].end : self.qs[i].start]
                )
            ):
                prior = wholes
            if prior:
                between = self.text[self.qs[prior[-1]].end : self.qs[min(i, old)].start]
                if len(between) <= 110 and ";" not in between:
                    new = prior[-1]
        if (
            new is not None
            and old is not None
            and (new == old or self.qs[new].value == self.qs[old].value and new < old)
        ):
            return None, None
        if new is not None and old is not None and _far_apart(self.qs[new], self.qs[old]):
            # "jumped 9% to $142 after it reported profit of $1.4bn, up from $1.2bn": figures
            # of different things, not a value and its earlier self.
            return None, None
        return old, new


def _on_base_footing(doc: _Doc, j: int, base: int) -> int:
    """Figure j, or its restatement in another period right after it ("€1,420 a month, or
    €17,040 a year") when that one is on the base's footing: in the period the base is said
    in, or, the base's period unsaid, on its scale ("9% more than the €15,630 paid in
    2023")."""
    again = _past_years(doc, j, 1)  # "PLN 1.5m a month in 2025, or PLN 18m for the year"
    if again >= len(doc.qs) or not _restated_in_period(doc, again):
        return j
    period = _period_of(doc, base)
    if period is not None and period in (_period_of(doc, again), _period_of(doc, j)):
        return again if _period_of(doc, again) == period else j
    # (neither said in the base's period: "SEK 18m, or SEK 6m a season, double the SEK 3m a
    # year": the scale decides)
    return again if _nearer(doc.qs[again].value, doc.qs[j].value, doc.qs[base].value) else j


def _past_years(doc: _Doc, j: int, step: int) -> int:
    """The first figure from j + step on (step 1: forward, -1: back) that is no year of j's
    sentence: "€1,420 a month in 2025, or €17,040 a year" restates across the year."""
    k = j + step
    while 0 <= k < len(doc.qs) and doc.qs[k].kind == "year" and doc.sent_of[k] == doc.sent_of[j]:
        k += step
    return k


def _nearer(a: Decimal, b: Decimal, to: Decimal) -> bool:
    """Whether a is nearer than b to `to` by ratio (the same order of magnitude)."""
    if min(a, b, to) <= 0:
        return False
    return max(a / to, to / a) < max(b / to, to / b)


WHEN_CLAUSE_GAP = re.compile(r"[^,;]{0,30},\s*when\b[^,;]*", re.IGNORECASE)
OWNED_COUNT_BEFORE = re.compile(r"\b(?:in|at|across|on)\s+(?:its|their|his|her|our)\s+$", re.I)


def _averages_against_an_average(doc: _Doc, base: int, levels: list[int]) -> list[int]:
    """Of the levels a change may have reached, those said as averages when its base is one:
    "averaged 24,600 spectators ..., a season total of 369,000 and 12 per cent above the 2023
    average of 21,960"; all of them when none is."""
    if not AVERAGE_OF_BEFORE.search(doc.gap_before(base, 30)):
        return levels
    said = [j for j in levels if re.search(r"\baverag", _clause(doc, j), re.IGNORECASE)]
    return said or levels


AVERAGE_OF_BEFORE = re.compile(r"\baverage\s+of\s+(?:(?:about|some|nearly|almost)\s+)?$", re.I)
OF_WHICH_BETWEEN = re.compile(r",\s*of\s+wh(?:ich|om)\b", re.IGNORECASE)
BASE_LIST_GAP = re.compile(r"\s+(?:in|for)?[^,;\d]{0,40}?\s+and\s+", re.IGNORECASE)
CHANGE_PERIOD_AFTER = re.compile(
    r"\b(?:on|over)\s+the\s+(?P<p>year|quarter|month)\b|\b(?P<p2>year)[- ]on[- ]year\b", re.I
)
UP_FROM_BEFORE = re.compile(rf",\s*(?:up|down)\s+from\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)
SET_OFF_COMPARISON = re.compile(
    r",\s*(?:(?:still|yet|though|even|and|but|now)\s+)?(?:(?:well|far|just|some|about|slightly)\s+)?"
    r"(?:below|above|under|short\s+of|ahead\s+of|behind)\b",
    re.IGNORECASE,
)
NEW_CLAUSE_VERB = re.compile(
    r"(?:,\s*(?:and|while|but|whereas)|;)\s+(?:[\w'’-]+\s+){0,4}?(?:rose|grew|fell|climbed|"
    r"jumped|dropped|slid|slipped|declined|increased|decreased|gained|surged|slumped|eased|"
    r"dipped|tumbled|plunged|edged|shrank|widened|narrowed)\b",
    re.IGNORECASE,
)
OWN_CHANGE_NOUN = re.compile(r"^[\s-]*[a-z]+", re.IGNORECASE)
MORE_NOUN_THAN_AFTER = re.compile(
    r"^\s+(?:more|fewer|less)\s+(?P<noun>[a-z][\w-]*)\s+than\b", re.IGNORECASE
)
SAME_THING_PARTICIPLE = re.compile(r",\s*[a-z]+ing\s+(?:it|them)\b", re.IGNORECASE)
NEW_PREDICATE = re.compile(
    r"\b(?:and|but)\s+(?:\w+\s+)?(?:are|is|were|was|has|have|had)\b", re.IGNORECASE
)
CARRIED_TO_BEFORE = re.compile(
    r"[,;]\s*(?:taking|bringing|lifting|pushing|sending|driving)\s+(?:[\w'’-]+\s+){0,7}?"
    r"(?:up\s+|down\s+)?to\s+(?:(?:about|some|nearly|almost|roughly|around|more\s+than)\s+)?$",
    re.IGNORECASE,
)


def _far_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two figures differ by more than a thousandfold: not one thing at two times."""
    small, big = sorted((abs(a.value), abs(b.value)))
    return small > 0 and big / small > 1000


_MONTH_NAMES = "|".join(m.capitalize() for m in lexicon.MONTHS)
PLACE_AFTER = re.compile(
    rf"\s+(?:in|for|at)\s+(?!(?:{_MONTH_NAMES}|Q[1-4]|H[12])\b)[A-Z][a-z]+(?!\s+(?:quarter|half))"
)
CHANGE_VERB = re.compile(
    r"\b(?:rose|grew|fell|climbed|jumped|dropped|slid|declined|increased|decreased|gained|"
    r"surged|slumped|advanced|soared|widened|narrowed|shrank|slipped|eased|dipped|tumbled|"
    r"plunged|edged|inched|crept)\b",
    re.IGNORECASE,
)
# Any form of a verb of change, for telling two changes of one sentence apart ("narrowing the
# gap from 9.9% to 8.8%", "since it cut rates from 5.25% to 4.25%").
LATER_CHANGE_VERB = re.compile(
    r"\b(?:ris(?:e|es|ing|en)|rose|gr(?:ew|ow|ows|owing|own)|f(?:ell|all|alls|alling|allen)|"
    r"climb\w*|jump\w*|drop\w*|slid\w*|declin\w*|increas\w*|decreas\w*|gain\w*|surg\w*|"
    r"slump\w*|advanc\w*|soar\w*|widen\w*|narrow\w*|shr[ai]nk\w*|shrunk|slip\w*|eas(?:ed|ing)|"
    r"dip\w*|tumbl\w*|plung\w*|cut|cuts|cutting|rais(?:ed|ing)|lower(?:ed|ing)|hik(?:ed|ing)|"
    r"reduc(?:ed|ing)|doubl\w*|tripl\w*|halv\w*)\b",
    re.IGNORECASE,
)
AND_VERB_BREAK = re.compile(
    r",\s*and\s+(?:[a-z]+\s+)?(?:" + LATER_CHANGE_VERB.pattern + ")", re.IGNORECASE
)
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st co corp inc ltd jr sr no vs gov sen rep gen prof est approx dept univ
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e etc fig cf ave mt ft""".split()
)
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9$€£¥₹])|\n\s*")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: a line break always ends one (headlines, datelines, paragraphs)."""
    spans = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        # (an abbreviation ends no sentence, but a line break after it does: "... 38.6 mn t.")
        if m.group()[0] == "." and "\n" not in m.group():
            word = re.search(r"([\w.]+)$", text[start : m.start()])
            token = word.group(1).lower() if word else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue  # "Mr. Smith", "U.S. exports", "J. Smith"
        end = m.start() + 1 if m.group()[0] in ".!?" else m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


MARGIN_OF_ERROR_BEFORE = re.compile(
    r"\bmargins?\s+of\s+(?:sampling\s+)?error\b[^.;]{0,30}?(?:±|\+/-|plus\s+or\s+minus\s+|of\s+|"
    r"is\s+|was\s+|at\s+)(?:(?:about|around|roughly|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def find_claims(
    text: str, quantities: list[Quantity], sentences: list[tuple[int, int]] | None = None
) -> list[Claim]:
    """Claims in the text, ordered by the position of their stated number.

    sentences: (start, end) offsets; by default split_sentences(text).
    """
    if sentences is None:
        sentences = split_sentences(text)
    doc = _Doc(text, quantities, sentences)
    claims: list[Claim] = []
    for i, q in enumerate(quantities):
        if MARGIN_OF_ERROR_BEFORE.search(doc.gap_before(i, 60)):
            continue  # "The margin of error is plus or minus 2.5 percentage points": no result.
        for rule in _RULES:
            claim = rule(doc, i, q)
            if claim is not None:
                claims.append(claim)
                break
    claims = [c for c in claims if not _units_disagree(doc, c)]
    _headlines(doc, claims)
    _complete_changes(doc, claims)
    _extra_amounts(doc, claims)
    _headline_multiples(doc, claims)
    _breakdowns(doc, claims)
    _prefer_body_figures(doc, claims)
    _qualified_results(doc, claims)
    _yearly_rates_as_changes(doc, claims)
    _changes_after_another(doc, claims)
    if _has_headline(doc):
        # once more, for body changes whose figures the steps above found
        _headline_changes(doc, claims)
    claims.sort(key=lambda c: doc.qs[c.stated].start)
    return claims


def _per_unit_mismatch(doc: _Doc, i: int, claim: Claim) -> bool:
    """Whether a gap said across sentences joins figures said per unit while it is not, or the
    other way round: "received 2,275 rupees per quintal ..., up from 2,125 rupees. It means a
    grower selling 40 quintals earns 6,000 rupees more" multiplies the gap out."""
    multiplier = any(
        k != i and doc.qs[k].kind in ("count", "quantity") and _is_level(doc.qs[k])
        for k in doc.in_sent.get(doc.sent_of[i], [])
    )
    return multiplier and any(_said_per_unit(doc, j) for j in claim.operands) != _said_per_unit(
        doc, i
    )


def _units_disagree(doc: _Doc, claim: Claim) -> bool:
    """Whether a difference or a total is said in another unit than its figures ("1.94 metres,
    3 centimetres taller than the 1.91 metres"; "to 4.2 metres ... now falling about 0.3
    metres a year"): the arithmetic does not convert units, so the claim is not read."""
    if claim.kind not in ("difference", "total"):
        return False
    q = doc.qs[claim.stated]
    return bool(q.unit) and any(
        doc.qs[j].kind == q.kind and doc.qs[j].unit and doc.qs[j].unit != q.unit
        for j in claim.operands
    )


def _yearly_rates_as_changes(doc: _Doc, claims: list[Claim]) -> None:
    """A change whose percent is said as an average a year ("which the association calculates
    as average growth of 11.7 per cent a year", its span not found) is no whole change of the
    pair it was read against: a guess, never an alarm."""
    for claim in claims:
        i = claim.stated
        if (
            claim.kind == "change"
            and YEARLY_AFTER.match(doc.after(i, 30))
            and re.search(r"\b(?:average|compound)\b", doc.gap_before(i, 40), re.IGNORECASE)
        ):
            claim.detail = {**claim.detail, "weak": True}


def _changes_after_another(doc: _Doc, claims: list[Claim]) -> None:
    """ "Tariffs will rise 12.7% from July, after an 18.5% increase last year, taking a
    household from R1,420 to R1,600": a pair after a change said in an aside ("after a ...")
    that follows the sentence's own change may be either's; a guess."""
    for claim in claims:
        i = claim.stated
        if (
            claim.kind == "change"
            and claim.operands
            and min(claim.operands) > i
            and AFTER_ASIDE_BEFORE.search(doc.gap_before(i, 30))
            and any(
                doc.qs[k].change in ("up", "down")
                for k in doc.in_sent.get(doc.sent_of[i], [])
                if k < i
            )
        ):
            claim.detail = {**claim.detail, "weak": True}


AFTER_ASIDE_BEFORE = re.compile(
    rf",\s*(?:after|following)\s+(?:a|an|the|its|their|last\s+year['’]s)\s+(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
YEARLY_AFTER = re.compile(
    r"^\s+(?:(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|ago|before|on|later)\b)|annually\b)",
    re.IGNORECASE,
)


def _qualified_results(doc: _Doc, claims: list[Claim]) -> None:
    """A result said of a part ("A$1.2 million a day on aircraft alone", "a surplus of 0.3
    million tonnes in the north alone") or in real terms ("a gain of 3 per cent once
    inflation is stripped out") is not the plain arithmetic of the figures said: such a claim
    is read, never an alarm."""
    for claim in claims:
        i = claim.stated
        clause = re.split(r"[,;:(]|\.\s", doc.after(i, 60), maxsplit=1)[0]
        # ... and before it: "in its final year alone 90,000 families received an average of
        # $3,000 each" after "$2.7bn over its five years".
        before = re.split(r"[;:(]|\.\s", doc.left(i, 80))[-1]
        if (
            QUALIFIED_RESULT.search(clause)
            or REAL_TERMS_BEFORE.search(doc.gap_before(i, 30))
            or (claim.kind == "average" and re.search(r"\balone\b", before, re.IGNORECASE))
        ):
            claim.detail = {**claim.detail, "weak": True}


QUALIFIED_RESULT = re.compile(
    r"\b(?:alone|in\s+real\s+terms|once\s+inflation|after\s+inflation|adjusted\s+for\s+"
    r"inflation|inflation[- ]adjusted|in\s+today['’]s\s+money"
    # "up 6.4% in local currencies and 3.1% in Swiss francs from CHF 1.785bn"
    r"|in\s+local\s+currenc(?:y|ies)|(?:at|in)\s+constant\s+(?:currenc(?:y|ies)|exchange\s+rates)"
    r"|like[- ]for[- ]like|organically)\b",
    re.IGNORECASE,
)
REAL_TERMS_BEFORE = re.compile(
    r"\b(?:real[- ]terms|real|inflation[- ]adjusted)\s+[a-z]+\s+of\s+$", re.I
)


def _prefer_body_figures(doc: _Doc, claims: list[Claim]) -> None:
    """A body claim that uses a headline figure uses the body's own statement of it, the one
    nearest the claim, when the body says the same figure again."""
    if not _has_headline(doc):
        return
    for claim in claims:
        if doc.sent_of[claim.stated] == 0:
            continue
        for lists in (claim.operands, *claim.alternatives):
            for n, j in enumerate(lists):
                if doc.sent_of[j] != 0:
                    continue
                same = [
                    k
                    for k in doc.by_dim.get(_dimension(doc.qs[j]), ())
                    if doc.sent_of[k] > 0
                    and doc.qs[k].value == doc.qs[j].value
                    and doc.qs[k].change == doc.qs[j].change
                    and k not in lists
                    and k != claim.stated
                ]
                if same:
                    lists[n] = min(same, key=lambda k: abs(k - claim.stated))


def _breakdowns(doc: _Doc, claims: list[Claim]) -> None:
    """ "The carrier flew 21.4 mn passengers ... International travellers numbered 6.3 mn, while
    the remaining 15.1 mn flew on domestic routes": a figure and, in the next sentence, the
    parts it splits into. A sum that fits is shown as consistent; one that fails is
    unverifiable, since a list may leave parts out even when "the remaining" seems to close it.
    `closed` records whether words on a part closed the list."""
    stated = {c.stated for c in claims}
    # Last period's figure of a change is no whole ("raised $3.64 million, topping the previous
    # year's $3.1 million by 17.4%").
    bases = {
        c.operands[1]
        for c in claims
        if c.kind == "change"
        and len(c.operands) == 2
        and doc.sent_of[c.operands[1]] == doc.sent_of[c.stated]
    }
    for s in range(len(doc.sentences) - 1):
        following = doc.in_sent.get(s + 1, [])
        if len(following) < 2 or not any(doc.in_sent.get(k) for k in range(s, max(-1, s - 3), -1)):
            continue
        counts: dict = {}
        for j in following:
            counts[_dimension(doc.qs[j])] = counts.get(_dimension(doc.qs[j]), 0) + 1
        if max(counts.values()) < 2:
            continue  # cheap test first: most sentences hold no two figures of one kind
        sentence = doc.text[doc.sentences[s + 1][0] : doc.sentences[s + 1][1]]
        # "with general freight such as containers and grain making up the other 52.5 million
        # tonnes": words that close the list outweigh an example given inside one part.
        if not BREAKDOWN_COMPLETE.search(sentence) and _partial_list(sentence):
            continue
        if HYPOTHETICAL.search(sentence):
            continue
        if OWN_PARTITION_OPENS.match(sentence):
            # "Of the remaining 1,800, 270 - 15 per cent - received funding": a partition of
            # its own figure, not a breakdown of the sentence before's.
            continue
        groups: dict = {}
        for j in following:
            # Parts are written in figures: "split among three other candidates" is no part.
            if (
                counts[_dimension(doc.qs[j])] >= 2
                and _breakdown_level(doc, j)
                and re.search(r"\d", doc.qs[j].text)
                # (nor an average: "accounted for 3,120 of them, ... and 60 per member"; "a pub
                # that pledged $5 for every parma sold")
                and not EACH_AFTER.match(doc.after(j, 16))
                and not AVERAGE_SAID.search(doc.gap_before(j, 30))
            ):
                groups.setdefault(_dimension(doc.qs[j]), []).append(j)
        for dim, parts in groups.items():
            if not 2 <= len(parts) <= 6 or len({doc.qs[j].value for j in parts}) < len(parts):
                continue
            top = max(doc.qs[j].value for j in parts)
            total = sum(doc.qs[j].value for j in parts)
            # One figure of that kind in the sentence before, and not itself a share of
            # something ("45.6 million subscriptions, or 66.3 per cent of the market"): a
            # sentence with several is a list of siblings, not a whole.
            # A figure that is itself a claim's result ("an overrun of A$120 million") is
            # no whole; with none of the kind in the sentence before, the whole may sit up to
            # three sentences back, after the lede's other news ("Passengers took 412.6
            # million trips ... Buses carried 231.8 million, ...").
            levels: list[int] = []
            chosen = False
            for back in range(s, max(-1, s - 3), -1):
                levels = [
                    j
                    for j in doc.in_sent.get(back, [])
                    if _dimension(doc.qs[j]) == dim
                    and _breakdown_level(doc, j)
                    and j not in stated
                    and j not in bases
                    and doc.qs[j].value > top  # "¥1,441" a ticket is no whole of billions
                    and not _dated_before_story(doc, j, s + 1)
                ]
                # Of several, or of one far from the parts' sum ("since 2021, when ... 241.0
                # million boardings" between the lede's 412.6 million and its parts), only
                # the one near the sum can be the whole, and then only as a guess.
                near = [
                    j
                    for j in levels
                    if total * Decimal("0.75") <= doc.qs[j].value <= total * Decimal("1.35")
                ]
                if near != levels:
                    chosen = True
                levels = near
                if levels:
                    break
            if len(levels) != 1:
                continue
            whole = levels[0]
            # A figure of a sentence that itself splits something ("revenue came to KSh 2.171
            # trillion, with agency revenue making up the remaining KSh 400 billion") is a
            # piece, not the whole of the next list.
            own = doc.in_sent.get(doc.sent_of[whole], [])
            if sum(_dimension(doc.qs[j]) == dim for j in own) >= 2 and BREAKDOWN_COMPLETE.search(
                doc.sentence_text(whole)
            ):
                continue
            # A whole that is itself a part ("Coal plants produced 93.1 TWh of that") or parts
            # holding their own sub-total ("Of the 800,000 sold in Europe, 300,000 were ...").
            if PART_CUE_BEFORE.search(doc.left(whole, 50)) or PART_CUE_AFTER.match(
                doc.after(whole, 20)
            ):
                continue
            values = [doc.qs[j].value for j in parts]
            if any(abs(2 * v - total) <= total / 50 for v in values):
                continue
            if (
                whole in stated
                or doc.qs[whole].value <= top
                or not total * Decimal("0.75") <= doc.qs[whole].value <= total * Decimal("1.35")
                or not _same_years(doc, whole, parts[0])
                or OR_PERCENT_AFTER.match(doc.after(whole, 30))
            ):
                continue
            # "the remaining 15.1 mn", "the other 2.3 bln francs", "€948 million to cover the
            # rest", "6.9 million and 6.4 million tonnes respectively": the words that close
            # the list sit on one of its parts.
            # ("respectively" only on the last part: "A and B landed 29.6 million and 24.3
            # million respectively, while C, the third-largest, landed 13.8 million")
            complete = any(
                BREAKDOWN_REST_BEFORE.search(
                    doc.text[max(0, doc.qs[j].start - 30) : doc.qs[j].start]
                )
                or (
                    (rest := BREAKDOWN_REST_AFTER.match(doc.text, doc.qs[j].end))
                    and (j == parts[-1] or "respectively" not in rest.group().lower())
                )
                for j in parts
            ) or bool(
                OTHERS_LAST_BEFORE.search(doc.left(parts[-1], 50))
                and not re.search(r"\d", doc.text[doc.qs[parts[-1]].end : doc.sentences[s + 1][1]])
            )
            # Sure only when words close the list and its whole is the one figure of the kind
            # in the sentence just before (hold-15..30, read once spent: one closed list was
            # summed against a peak three sentences back, another against a figure whose
            # parts held their own "together" sub-total).
            # A part that names another thing than the whole ("4,680 parliamentary questions.
            # Opposition members, who hold 52 seats, accounted for 3,120 of them") may be no
            # part at all: a guess.
            # (a plural noun, not a verb: "while the remaining 15.1 mn flew")
            whole_noun = _counted_noun(doc, whole)
            other_noun = whole_noun is not None and any(
                (n := _counted_noun(doc, j)) is not None
                and n.endswith("s")
                and _stem(n) != _stem(whole_noun)
                for j in parts
            )
            sure = complete and doc.sent_of[whole] == s and not chosen and not other_noun
            claims.append(
                _claim(
                    doc,
                    "total",
                    whole,
                    parts,
                    "breakdown",
                    alternatives=[],
                    # Never an alarm: on articles written after this rule (hold-15..30) a
                    # closed list still summed to another figure once; a sum that fails is
                    # shown as unverifiable with its arithmetic.
                    detail={"weak": not sure, "breakdown": True, "closed": complete},
                )
            )
            stated.add(whole)


def _partial_list(sentence: str) -> bool:
    """Whether words say a list leaves parts out: "mainly", "and others", or "including"
    before figures; not "..., all including buyer's fees" after the last of them."""
    return any(
        m.group().lower() not in PARTS_INTRODUCED or re.search(r"\d", sentence[m.end() :])
        for m in PARTIAL_LIST.finditer(sentence)
    )


PARTS_INTRODUCED = frozenset({"including", "such as", "led by", "chief among", "notably"})


def _dated_before_story(doc: _Doc, j: int, s: int) -> bool:
    """Whether figure j is dated by a year before one that dates an earlier figure of its
    kind, and sentence s does not name it: after "13.6 mln tonnes a year earlier" (2021),
    "the 14.9 mln tonnes handled in the same quarter of 2019" is no whole of this quarter's
    parts. The dateline's year does not count: a story of May 2024 reports 2023's figures."""
    k = _year_next(doc, j)
    if k is None:
        return False
    dated = (_year_next(doc, e) for e in doc.by_dim.get(_dimension(doc.qs[j]), []) if e < j)
    # Not against a plan's date ("shut four of its mines by the end of 2027" in a story of
    # 2024): only years up to the dateline's.
    now = _dateline_year(doc)
    latest = max(
        (
            doc.qs[y].value
            for y in dated
            if y is not None and (now is None or doc.qs[y].value <= now)
        ),
        default=None,
    )
    year = doc.qs[k].value
    return latest is not None and year < latest and year not in doc.years_in_sentence(s)


def _breakdown_level(doc: _Doc, j: int) -> bool:
    """A level that can be a whole or a part: not a percentage, not a base of comparison."""
    q = doc.qs[j]
    if not _is_level(q) or q.kind == "percent" or q.low is not None:
        return False
    left = doc.text[max(0, q.start - 45) : q.start]
    return (
        not FROM_BEFORE.search(left)
        and not THAN_BEFORE.search(left)
        and not COMPARED_WITH_NAMED.search(left)
        # "beating its target of KSh 2.555 trillion", "its $3.2 million goal": an aim.
        and not TARGET_BEFORE.search(left)
        and not TARGET_AFTER.match(doc.text, q.end)
    )


TARGET_BEFORE = re.compile(
    r"\b(?:target|goal|forecast|estimate|budget|ceiling|cap|limit|quota|expectations?|"
    r"projections?|consensus)\s+(?:of|was|is)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$",
    re.IGNORECASE,
)
TARGET_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:target|goal|forecast|ceiling|cap|quota)\b")


def _headlines(doc: _Doc, claims: list[Claim]) -> None:
    """ "Lumora revenue jumps 37% as ..." over "revenue jumped 37% to US$1.84 billion from
    US$1.34 billion": a headline's change is checked on the body's figures for the same thing."""
    if not _has_headline(doc):
        return
    body = _headline_changes(doc, claims)
    _headline_amounts(doc, claims, body)


def _headline_changes(doc: _Doc, claims: list[Claim]) -> list[Claim]:
    """Give a headline's change the body's figures for it (see `_headlines`); the body's
    changes, said without their amount, are returned."""
    said = [c for c in claims if c.kind == "change" and c.operands and doc.sent_of[c.stated] > 0]
    body = [c for c in said if not c.detail.get("by_amount")]
    for claim in claims:
        if claim.kind != "change" or claim.operands or doc.sent_of[claim.stated] != 0:
            continue
        words = _stems(doc.sentence_text(claim.stated)) - _STOP_STEMS
        direction = claim.detail.get("direction")
        # The body's change of the same size and direction about the same thing ("iron ore
        # output rises 2.0 pct" over "produced 327.7 mn tonnes of iron ore ..., up 2.0 pct
        # from 321.2 mn t"); failing a same-size one, the one sharing the headline's words.
        # (a body change said with its amount, "an increase of ₹155 crore or 14.3 per cent",
        # is one too)
        # (the same size at the headline's rounding: "jumps 18%" over "an increase of 18.4 per
        # cent", not over "a rise of 14.3 per cent" in the charge)
        same = [
            c
            for c in said
            if c.detail.get("direction") == direction
            and abs(doc.qs[c.stated].value - doc.qs[claim.stated].value)
            <= doc.qs[claim.stated].precision
            and words & _stems(doc.sentence_text(c.stated))
        ]
        matches = same or [
            c
            for c in body
            if c.detail.get("direction") == direction and words & _content_words(doc, c.stated)
        ]
        if not matches:
            # "Water bills to rise 21%" over "the average household bill will be £486 ...,
            # up from £402 ..., an increase of 20.9 per cent": the words sit further off.
            matches = [
                c
                for c in body
                if c.detail.get("direction") == direction
                and words & _stems(doc.sentence_text(c.stated))
            ]
        if not matches:
            # "Evening class sign-ups ... rise almost 10 per cent" over "The 1,670 extra places,
            # almost 10 per cent more, ...": the one body change the headline repeats as said.
            matches = [
                c
                for c in said
                if c.detail.get("direction") == direction
                and doc.qs[c.stated].value == doc.qs[claim.stated].value
                and doc.qs[c.stated].change == doc.qs[claim.stated].change
            ]
        if len(matches) == 1 and doc.qs[claim.stated].change in (">", "<"):
            # "cuts barge volumes by over 14 pct" over "down 14.7 pct": a bound on the body's
            # figure.
            claim.kind = "bound"
            claim.operands = [matches[0].stated]
            claim.missing = None
            claim.cue = "headline"
            claim.detail = {
                "bound": doc.qs[claim.stated].change,
                "weak": bool(matches[0].detail.get("weak")),
            }
        elif len(matches) == 1:
            claim.operands = list(matches[0].operands)
            claim.missing = None
            claim.cue = "headline"
            claim.detail = dict(matches[0].detail)
            if doc.qs[matches[0].stated].value != doc.qs[claim.stated].value and _other_base(
                doc, claims, matches[0], words
            ):
                # "Rice prices up 25%" over "Farmgate prices ... rose 10% ...": a headline
                # whose figure the body's change does not repeat may be of another change
                # the body gives without a percent ("Retail prices ... climbed to 50 pesos a
                # kilo from 40 pesos"); a guess.
                claim.detail["weak"] = True
    return body


def _other_base(doc: _Doc, claims: list[Claim], change: Claim, words: set[str]) -> bool:
    """Whether the body gives another earlier value of the change's kind ("from 40 pesos")
    that no claim uses, in a sentence sharing more of the headline's words than the change's
    own ("Retail prices of regular milled rice" against "Farmgate prices for palay" under
    "Rice prices up 25%")."""
    used = {j for c in claims for j in c.operands}
    dim = _dimension(doc.qs[change.operands[0]])
    own = len(words & _stems(doc.sentence_text(change.stated)))
    return any(
        j not in used
        and doc.sent_of[j] > 0
        and _is_level(doc.qs[j])
        and FROM_BEFORE.search(doc.gap_before(j, 45))
        and len(words & _stems(doc.sentence_text(j))) > own
        for j in doc.by_dim.get(dim, ())
    )


def _headline_amounts(doc: _Doc, claims: list[Claim], body: list[Claim]) -> None:
    """ "Lindhaven ... as single fare goes up 30 cents" over "The single ticket will cost €2.40
    ..., up from €2.10, a rise of 14.3 per cent": a headline's rise by an amount is the
    difference of the one pair of the body's changes in that direction about the same thing."""
    stated = {c.stated for c in claims}
    for i in doc.in_sent.get(0, []):
        q = doc.qs[i]
        if i in stated or q.kind not in ("money", "count", "quantity"):
            continue
        if q.change not in ("up", "down"):
            continue
        words = _stems(doc.sentence_text(i)) - _STOP_STEMS
        matches = [
            c
            for c in body
            if c.detail.get("direction") == q.change
            and len(c.operands) == 2
            and _dimension(doc.qs[c.operands[0]]) == _dimension(q)
            and words & _stems(doc.sentence_text(c.stated))
            # Of the order of the amount: a budget's €60 million rise is no fare's 30 cents.
            and q.value / 10
            <= abs(doc.qs[c.operands[0]].value - doc.qs[c.operands[1]].value)
            <= q.value * 10
        ]
        if len({tuple(c.operands) for c in matches}) == 1:
            claims.append(
                _claim(
                    doc,
                    "difference",
                    i,
                    list(matches[0].operands),
                    "headline",
                    detail={"direction": q.change, "signed": True, "cue": "change"},
                )
            )


def _complete_changes(doc: _Doc, claims: list[Claim]) -> None:
    """A percent change whose values are not all in its clause, completed from the sentences
    around by what it is about: "net profit rose 66% last year to a record €684mn" and, later,
    "Net profit of €684mn compared with €412mn the previous year" (the same figure said again
    with its base: sure); "Matchday income was up 9.4% on the previous season's €171 million"
    after "matchday income €187 million" (the figure whose clause names the same thing:
    unsure, so unverifiable if it fails)."""
    for claim in claims:
        if claim.kind != "change" or claim.operands or claim.cue == "headline":
            continue
        i = claim.stated
        if doc.sent_of[i] == 0 and _has_headline(doc):
            continue  # headlines are matched to the body's changes instead
        subject = _change_subject(doc, i)
        # A base that already belongs to its own sentence's change ("Exports to Japan rose to
        # €248 million from €221 million, a 12.2% increase") is not this change's.
        taken = {j for c in claims if c.operands for j in c.operands}
        sent = doc.in_sent.get(doc.sent_of[i], [])
        found = None
        dims = {_dimension(doc.qs[j]) for j in sent if j != i and _is_level(doc.qs[j])}
        pairs = {dim: doc.find_from_to(i, dim) for dim in dims}
        for dim in dims if subject else ():
            old, new = pairs[dim]
            if new is not None and old is None:
                found = _restated_base(doc, i, new, subject, taken) or found
            elif old is not None and new is None:
                new = _named_level(doc, i, old, subject)
                if new is not None:
                    found = ([new, old], True)
        if found is None and COMPARES_START.match(doc.sentence_text(i)) and doc.sent_of[i] > 0:
            # "... reached £635 in the final quarter. That compares with £561 a year earlier,
            # an increase of 13.2 per cent" ("That compared with", "That was up from"): the
            # figure now is the one the sentence before gives.
            for dim in dims:
                old, new = pairs[dim]
                prev = doc.levels_of(dim, doc.in_sent.get(doc.sent_of[i] - 1, []), FROM_BEFORE)
                if old is not None and new is None and len({doc.qs[j].value for j in prev}) == 1:
                    found = ([prev[-1], old], False)
        if found is None:
            found = _last_period_opening(doc, i, dims)
        if found is None:
            found = _forecast_base(doc, i, pairs)
        if found is None:
            found = _restated_difference(doc, i, claims)
        if found is None:
            found = _change_across_sentences(doc, i)
        if found is None:
            continue
        operands, weak = found
        claim.operands = operands
        claim.missing = None
        claim.cue = "percent change"
        claim.detail = {
            **claim.detail,
            "weak": weak,
            "rates": doc.qs[operands[0]].kind == "percent",
        }


def _extra_amounts(doc: _Doc, claims: list[Claim]) -> None:
    """ "$1,146, up 8.9 per cent from $1,052 in the current financial year, or an extra $94":
    an amount set off after a change restates it as the difference of the change's figures."""
    stated = {c.stated for c in claims}
    for c in [
        c
        for c in claims
        if c.kind == "change" and len(c.operands) == 2 and not c.detail.get("by_amount")
    ]:
        # "That compares with £980 before ..., a jump of £170, or 17.3 per cent": an amount of
        # rise or fall the change restates, once the change has found its figures.
        i = c.stated - 1
        if (
            i >= 0
            and i not in stated
            and i not in c.operands
            and doc.qs[i].kind in ("money", "count", "quantity")
            and doc.qs[i].change in ("up", "down")
            and doc.sent_of[i] == doc.sent_of[c.stated]
            and _dimension(doc.qs[i]) == _dimension(doc.qs[c.operands[0]])
            and _restates_before(doc, c.stated)
        ):
            stated.add(i)
            claims.append(_amount_of_change(doc, i, c, doc.qs[i].change))
    for i, q in enumerate(doc.qs):
        if i in stated or q.kind not in ("money", "count", "quantity"):
            continue
        if not EXTRA_BEFORE.search(doc.gap_before(i, 30)):
            continue
        changes = [
            c
            for c in claims
            if c.kind == "change"
            and len(c.operands) == 2
            and doc.sent_of[c.stated] == doc.sent_of[i]
            and max(c.stated, *c.operands) < i
            and _dimension(doc.qs[c.operands[0]]) == _dimension(q)
        ]
        if len(changes) == 1:
            claims.append(_amount_of_change(doc, i, changes[0], "up"))


def _amount_of_change(doc: _Doc, i: int, change: Claim, direction: str) -> Claim:
    """The amount at i read as the difference of the figures a change found, as sure as it."""
    return _claim(
        doc,
        "difference",
        i,
        list(change.operands),
        "change",
        detail={"direction": direction, "signed": True, "weak": bool(change.detail.get("weak"))},
    )


def _last_period_opening(
    doc: _Doc, i: int, dims: set[tuple[str, str | None]]
) -> tuple[list[int], bool] | None:
    """ "A year earlier the figure was Rs 1.14 lakh crore, so the portfolio expanded by 20.2 per
    cent": last period's figure in i's sentence, this period's the one said before it."""
    if not LAST_PERIOD_OPENS.match(doc.sentence_text(i)) or doc.sent_of[i] == 0:
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    found = None
    for dim in dims:
        here = doc.levels_of(dim, sent, FROM_BEFORE)
        if len(here) != 1 or here[0] > i:
            continue
        # Not "the figure was 12,000 for students alone, so student numbers grew": a figure
        # for a part; and the change must follow from it ("so", "meaning").
        if RESTRICTED_AFTER.match(doc.after(here[0], 20)) or not CHANGE_LINK.search(
            doc.text[doc.qs[here[0]].end : doc.qs[i].start]
        ):
            continue
        # Two sentences with figures back at most; an explainer's questions between do not
        # count.
        seen = 0
        for back in range(doc.sent_of[i] - 1, max(-1, doc.sent_of[i] - 7), -1):
            if not doc.in_sent.get(back):
                continue
            seen += 1
            prev = doc.levels_of(dim, doc.in_sent.get(back, []), FROM_BEFORE)
            if prev:
                if len({doc.qs[j].value for j in prev}) == 1:
                    found = ([prev[-1], here[0]], False)
                break
            if seen == 2:
                break
    return found


def _restated_difference(doc: _Doc, i: int, claims: list[Claim]) -> tuple[list[int], bool] | None:
    """The two figures of a change by an amount that percent i restates: set off right after
    it ("That is a reduction of £129, or 7.0 per cent"; "Rs 15,000 crore smaller than the
    revised figure, a reduction of 8.1%"), or the one such change of the sentence before when
    this one opens on the change ("The 5.1% reduction reflects ..." after "NZ$7.80, 42 cents
    less than the NZ$8.22"). As sure as that change's reading."""
    changes = {
        c.stated: c
        for c in claims
        if c.kind == "difference" and len(c.operands) == 2 and c.detail.get("signed")
    }
    s = doc.sent_of[i]
    k = i - 1
    if (
        k in changes
        and doc.sent_of[k] == s
        and (
            RESTATES_BETWEEN.fullmatch(doc.text[doc.qs[k].end : doc.qs[i].start])
            or (
                RESTATES_BEFORE_NOUN.fullmatch(doc.text[doc.qs[k].end : doc.qs[i].start])
                and CHANGE_NOUN_AFTER.match(doc.after(i, 30))
            )
        )
    ):
        return list(changes[k].operands), bool(changes[k].detail.get("weak"))
    opening = doc.text[doc.sentences[s][0] : doc.qs[i].start]
    opens = CHANGE_OPENS.fullmatch(opening)
    # "That was a 6% cut", not "That was a 12% cut in the number of stalls".
    if opens and not opens.group("noun") and not CHANGE_NOUN_AFTER.match(doc.after(i, 30)):
        opens = None
    if s == 0 or not (
        opens or (PERCENT_OPENS.fullmatch(opening) and CHANGE_NOUN_AFTER.match(doc.after(i, 30)))
    ):
        return None
    if any(_is_level(doc.qs[j]) and j < i for j in doc.in_sent.get(s, [])):
        return None  # the sentence has figures of its own before the change
    prev_s = doc.previous_with_figures(s)
    before = [c for c in changes.values() if doc.sent_of[c.stated] == prev_s]
    if len(before) == 1:
        return list(before[0].operands), bool(before[0].detail.get("weak"))
    # "... £1,720, down from £1,849. That is a reduction of 7.0 per cent."
    found = set()
    for dim in {_dimension(doc.qs[j]) for j in doc.in_sent.get(prev_s, [])}:
        old, new = _pair_before(doc, i, dim, None)
        if old is not None and new is not None:
            found.add((new, old))
    if len(found) == 1 and not before:
        new, old = found.pop()
        return [new, old], False
    return None


# The lexicon's nouns for a move, less those that judge it or name a result ("a loss of").
_CHANGE_NOUNS = (
    "(?:"
    + _alt(
        [w for w in (*lexicon.RISE_NOUNS, *lexicon.FALL_NOUNS) if w not in ("improvement", "loss")]
    )
    + ")"
)
RESTATES_BETWEEN = re.compile(
    rf"(?:\s+[\w'’-]+){{0,5}}?\s*,?\s*(?:or|(?:a|an)\s+(?:[\w-]+\s+)?{_CHANGE_NOUNS}\s+of)"
    rf"\s+(?:(?:{_QUAL})\s+)?",
    re.IGNORECASE,
)
RESTATES_BEFORE_NOUN = re.compile(
    rf"(?:\s+[\w'’-]+){{0,5}}?\s*,\s*(?:or\s+)?(?:a|an)\s+(?:(?:{_QUAL})\s+)?", re.IGNORECASE
)
# Not "The 7% cut in staff": a change that names its own subject may be of something else.
CHANGE_NOUN_AFTER = re.compile(rf"^\s+{_CHANGE_NOUNS}\b(?!\s+(?:in|of|for|to|at)\b)", re.IGNORECASE)
# "That is a reduction of 7.0 per cent", "That was a 6% cut": the sentence opens on the change.
CHANGE_OPENS = re.compile(
    rf"\W*(?:that|this|it)\s+(?:is|was|represents|represented|marks|marked|amounts\s+to|"
    rf"amounted\s+to|works\s+out\s+(?:at|to)|means)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    rf"(?P<noun>{_CHANGE_NOUNS}\s+of\s+)?(?:(?:{_QUAL})\s+)?",
    re.IGNORECASE,
)
PERCENT_OPENS = re.compile(rf"\W*(?:the|this|that|its)\s+(?:(?:{_QUAL})\s+)?", re.IGNORECASE)


CHANGE_LINK = re.compile(
    rf"^[^;]{{0,40}}?(?:\bso\b|\bmeaning\b|\bwhich\s+means\b|,\s*(?:an?\s+)?(?:[\w-]+\s+)?"
    rf"{_CHANGE_NOUNS}\s+of\b)",
    re.IGNORECASE,
)
LAST_PERIOD_OPENS = re.compile(
    r"^\W*(?:(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+years?\s+"
    r"(?:earlier|before|ago)|(?:In\s+)?the\s+(?:previous|prior)\s+year"
    r"|Last\s+year)\s*,?\s+(?:the\s+(?:[\w-]+\s+)?(?:figure|total|number|amount|share|rate|level)"
    r"|it|they)\s+(?:was|were|stood\s+at|had\s+been|came\s+to)\b"
    # "Three years earlier, in 2021-22, it issued 61, so ...": the thing's own verb
    r"|^\W*(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+years?\s+(?:earlier|before|ago)"
    r"\s*,?\s*(?:in\s+(?:19|20)\d\d(?:[-/]\d\d)?\s*,\s*)?(?:it|they)\s+(?:[a-z]+ed|sold|had|made|took|"
    r"paid|spent|won|gave|built|drew|saw|got)\b"
    # "Their share a year earlier had been 42.5 per cent, so it climbed by 3.5 points"
    r"|^\W*(?:their|its|his|her|the)\s+(?:[\w-]+\s+)?(?:figure|total|number|amount|share|rate"
    r"|level)\s+(?:a|one|two|three|four|five)\s+years?\s+(?:earlier|before|ago)\s+"
    r"(?:was|were|stood\s+at|had\s+been|came\s+to)\b",
    re.IGNORECASE,
)
COMPARES_START = re.compile(
    # "The 2025 figure compares with €104.6m a year earlier": the figure is the one before.
    r"^\W*(?:That|This|It|The\s+(?:(?:19|20)\d\d(?:-\d\d)?\s+|latest\s+|new\s+|final\s+)?"
    r"(?:figure|total|tally|number|count|sum))\s+"
    r"(?:compare[sd]?\s+(?:with|to)|(?:was|is)\s+(?:up|down)\s+from)\b"
)


def _forecast_base(
    doc: _Doc, i: int, pairs: dict[tuple[str, str | None], tuple[int | None, int | None]]
) -> tuple[list[int], bool] | None:
    """ "The ministry expects chip exports to reach about US$150 billion in 2025, a gain of
    roughly 6 percent": a change to a forecast level runs from the story's latest figure of
    the same thing, said sentences before; a guess, so never an alarm. `pairs`: the from/to
    figures of i's change, by dimension, as _complete_changes found them."""
    sentence = doc.sentence_text(i)
    if not FORECAST.search(sentence):
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    levels = [j for j in sent if j != i and _is_level(doc.qs[j]) and doc.qs[j].kind != "year"]
    for dim in {_dimension(doc.qs[j]) for j in levels}:
        old, new = pairs[dim]
        if old is not None:
            continue
        if new is None and i - 1 in levels and _dimension(doc.qs[i - 1]) == dim:
            # "operating profit of ¥300 billion, an increase of about 4%"
            gap = doc.text[doc.qs[i - 1].end : doc.qs[i].start]
            if APPOSITIVE.search(re.sub(rf"\b(?:{_QUAL})\s*$", "", gap, flags=re.IGNORECASE)):
                new = i - 1
        if new is None:
            continue
        base = _story_figure(doc, new, dim)
        if base is not None:
            return [new, base], True
    return None


def _story_figure(doc: _Doc, new: int, dim: tuple[str, str | None], spread: int = 3) -> int | None:
    """The figure of `dim` said in the sentences before `new`'s that a forecast or a target
    there is measured from: of the same order ("140 yen to the dollar" is no base for "¥300
    billion"), not itself a base or a forecast, the one named by words of `new`'s clause, or
    failing that the one in the story's lede."""
    v = doc.qs[new].value
    pool = [
        j
        for s in range(max(0, doc.sent_of[new] - 30), doc.sent_of[new])
        for j in doc.levels_of(dim, doc.in_sent.get(s, []), FROM_BEFORE)
        if v / spread < doc.qs[j].value < v * spread
        and doc.qs[j].value != v
        and not FORECAST.search(doc.sentence_text(j))
    ]
    words = _stems(_clause(doc, new, 120)) - _STOP_STEMS
    named = [
        j for j in pool if words & (_stems(_clause(doc, j)) | _stems(_noun_phrase_after(doc, j)))
    ]
    lede = 1 if _has_headline(doc) else 0
    for group in (named, pool):
        if len({doc.qs[j].value for j in group}) != 1:
            # Several: the story's lead figure, when one of them is in its lede.
            group = [j for j in group if doc.sent_of[j] == lede]
        if len({doc.qs[j].value for j in group}) == 1:
            return group[-1]
    return None


def _to_target(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "The city wants 2,600 electric buses on the road by 2026, which leaves it 1,454 short";
    "the target of 100 GW ...: developers would need to add a further 46 GW": what is still
    to come is the target less the story's figure now, a guess, so never an alarm."""
    if q.kind not in ("money", "count", "quantity") or not _is_level(q):
        return None
    if not (
        TARGET_GAP_BEFORE.search(doc.gap_before(i, 40)) or TARGET_GAP_AFTER.match(doc.after(i, 30))
    ):
        return None
    sentence = doc.sentence_text(i)
    if not TARGET_WORD.search(sentence):
        return None
    dim = _dimension(q)
    targets = [
        j
        for j in doc.levels_of(dim, doc.in_sent.get(doc.sent_of[i], []))
        if j < i and doc.qs[j].value > q.value
    ]
    if len(targets) != 1:
        return None
    now = _story_figure(doc, targets[0], dim)
    if now is None:
        # A target may be several times the figure now.
        now = _story_figure(doc, targets[0], dim, spread=10)
    if now is None or doc.qs[now].value >= doc.qs[targets[0]].value:
        return None
    return _claim(
        doc, "difference", i, [targets[0], now], "target", detail={"cue": "target", "weak": True}
    )


TARGET_WORD = re.compile(r"\b(?:targets?|goals?|aims?|wants?|plans?|ambition)\b", re.IGNORECASE)
TARGET_GAP_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+(?:(?:" + _QUAL + r")\s+)?$",
    re.IGNORECASE,
)
TARGET_GAP_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:short|to\s+go)\b", re.IGNORECASE)


FORECAST = re.compile(
    r"\b(?:expects?|expected|forecasts?|projects?|projected|predicts?|predicted|targets?|goal|"
    r"aims?|plans?|would|will)\b",
    re.IGNORECASE,
)


def _has_headline(doc: _Doc) -> bool:
    """Whether the first line stands alone (a headline over the body)."""
    return len(doc.sentences) >= 2 and "\n" in doc.text[doc.sentences[0][1] : doc.sentences[1][0]]


def _change_subject(doc: _Doc, i: int) -> set[str]:
    """Stems of what changes: the words of the change's clause before it ("Matchday income was
    up"), or after "rise in" ("a 12.9 per cent rise in annual pre-tax profit")."""
    clause = _clause(doc, i, 70, CLAUSE_OR_AND)
    after = re.match(
        r"^\s+(?:rise|increase|fall|drop|decline|gain|jump)\s+in\s+([^,;.]{0,40})", doc.after(i, 50)
    )
    words = clause + " " + (after.group(1) if after else "")
    return _stems(words) - _STOP_STEMS - _CHANGE_VERB_STEMS


_CHANGE_VERB_STEMS = frozenset(
    _stem(w)
    for w in """rose rise rises risen fell fall falls fallen jumped jump jumps climbed climb
    dropped drop drops slid slide grew grow grown gained gain increased increase decreased
    declined decline surged soared slipped eased edged reported raised lifted lowered cut
    annual quarterly higher lower""".split()
)


def _restated_base(
    doc: _Doc, i: int, new: int, subject: set[str], taken: set[int]
) -> tuple[list[int], bool] | None:
    """The base of a change whose new value `new` is known: a sentence that says the new value
    again for the same thing with its base ("Net profit of €684mn compared with €412mn"), which
    is sure; else one within four sentences that gives a base ("compared with", "from", "on")
    for the same thing, which is not."""
    s = doc.sent_of[i]
    hits = []
    # A news story says a figure again within a few paragraphs; the bound keeps a long text
    # linear.
    for k in range(max(0, s - 30), min(len(doc.sentences), s + 31)):
        if k == s:
            continue
        here = doc.in_sent.get(k, [])
        for j in here:
            if _dimension(doc.qs[j]) != _dimension(doc.qs[new]) or not _is_level(doc.qs[j]):
                continue
            if not BASE_BEFORE.search(doc.gap_before(j, 45)):
                continue
            restated = any(
                m < j
                and doc.qs[m].value == doc.qs[new].value
                and _dimension(doc.qs[m]) == _dimension(doc.qs[new])
                and bool(subject & _stems(_clause(doc, m)))
                for m in here
            )
            if restated or (
                abs(k - s) <= 4 and j not in taken and subject & _stems(_clause(doc, j))
            ):
                hits.append((j, restated))
    hits = [(j, r) for j, r in hits if r] or hits
    if len({doc.qs[j].value for j, _ in hits}) != 1:
        return None
    j, restated = hits[0]
    return [new, j], not restated


def _named_level(doc: _Doc, i: int, old: int, subject: set[str]) -> int | None:
    """This period's figure for a change with only its base here: the one non-base figure in
    the four sentences before whose clause names the same thing."""
    s = doc.sent_of[i]
    hits = [
        j
        for k in range(max(0, s - 4), s)
        for j in doc.in_sent.get(k, [])
        if _dimension(doc.qs[j]) == _dimension(doc.qs[old])
        and _is_level(doc.qs[j])
        and not BASE_BEFORE.search(doc.gap_before(j, 45))
        and subject & _stems(_clause(doc, j))
    ]
    return hits[0] if len({doc.qs[j].value for j in hits}) == 1 else None


def _headline_multiples(doc: _Doc, claims: list[Claim]) -> None:
    """ "Japan department store sales rise 6.5% as tourist spending doubles" over "Tax-free
    purchases ... roughly doubled to ¥648.7 billion from ¥318.8 billion": a headline's factor
    is checked on the body's figures when one body multiple says the same factor of the same
    thing."""
    if not _has_headline(doc):
        return
    stated = {c.stated for c in claims}
    body = [
        c
        for c in claims
        if c.kind == "multiple"
        and c.operands
        and doc.sent_of[c.stated] > 0
        and not c.detail.get("weak")
    ]
    for i in doc.in_sent.get(0, []):
        q = doc.qs[i]
        if q.kind != "multiple" or i in stated:
            continue
        # The factor's own word ("doubles") says nothing of what doubled.
        words = (
            _stems(doc.sentence_text(i))
            - _STOP_STEMS
            - {"double", "triple", "tripli", "halved", "halves"}
        )
        matches = [
            c
            for c in body
            if doc.qs[c.stated].value == q.value
            and (doc.qs[c.stated].change in (">", "<")) == (q.change in (">", "<"))
            and words & _stems(doc.sentence_text(c.stated))
        ]
        if len(matches) == 1:
            claims.append(
                _claim(
                    doc,
                    "multiple",
                    i,
                    list(matches[0].operands),
                    "headline",
                    detail=dict(matches[0].detail),
                )
            )


def _claim(doc: _Doc, kind: str, i: int, operands: list[int], cue: str, **kw) -> Claim:
    start, end = doc.sentence_span(i)
    return Claim(kind, operands, i, start, end, cue, **kw)


# -- the rules, tried in order for each quantity -------------------------------------------


def _points(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "fell from 5.2% to 3.5%, a drop of 1.7 percentage points"."""
    if q.kind == "percentage_point" or (q.kind == "quantity" and q.unit == "point"):
        if (
            GAP_TO_MARK_AFTER.match(doc.after(i, 60))
            or _named_base_after(doc, i)
            # "in steps of 0.5 percentage points a year": a yearly step, not the whole move
            or re.match(r"^\s+(?:a|per|each)\s+(?:year|quarter|month)\b", doc.after(i, 20))
        ):
            # "up from 26.9% in 2024, leaving a gap of 26.6 percentage points to the target":
            # a gap to a mark, not the change of the pair beside it.
            return None
        old, new = doc.find_from_to(i, ("percent", "%"))
        if old is not None and new is not None:
            # "fell to 5.8% in 2025 from 6.9% in 2024 and 8.1% in 2022, a drop of 2.3 points
            # in three years": the span names the base.
            spanned = _spanned_base(doc, i, new, old)
            if spanned is not None and spanned >= 0:
                old = spanned
        here = [
            j
            for j in doc.in_sent.get(doc.sent_of[i], [])
            if j != i and _is_level(doc.qs[j]) and doc.qs[j].kind == "percent"
        ]
        if (
            (old is None or new is None)
            and ANAPHOR_START.match(doc.sentence_text(i))
            and (old is not None or not here)
        ):
            # "That is an increase of 9 percentage points" after "27% said so, compared with
            # 18% last year"; "The rate was ... down from 6.6%, a fall of 0.3 point".
            old, new = _pair_before(doc, i, ("percent", "%"), old)
        direction = _points_direction(doc, i, q)
        if (old is None or new is None) and (pair := _rates_compared(doc, i)) is not None:
            new, old, direction = pair
        weak = False
        base = i + 1
        if (
            old is not None
            and new is not None
            and base < len(doc.qs)
            and base not in (old, new)
            and doc.sent_of[base] == doc.sent_of[i]
            and doc.qs[base].kind == "percent"
            and POINTS_BASE_GAP.fullmatch(doc.text[q.end : doc.qs[base].start])
        ):
            # "10.5 points below the 95% target and 3 points below the national average of
            # 87.5%": the second gap is to the figure it names, not to the pair before it.
            old, weak = base, True
        if old is None or new is None:
            # "... or 44.7 per cent. Two years earlier the accredited share was 49.3 per cent,
            # so it has slipped by 4.6 percentage points".
            found = _last_period_opening(doc, i, {("percent", "%")})
            if found is not None:
                (new, old), weak = found
        if old is None or new is None:
            # "53 percent of women, against 43 percent of men, a gap of 10 points".
            rates = [
                j
                for j in doc.in_sent.get(doc.sent_of[i], [])
                if j < i and _is_level(doc.qs[j]) and doc.qs[j].kind == "percent"
            ]
            if len(rates) != 2:
                return None
            if COMPARED_PAIR_GAP.fullmatch(
                doc.text[doc.qs[rates[0]].end : doc.qs[rates[1]].start]
            ) and re.search(r"[;,]\s+(?:the|a|an)\s+$", doc.gap_before(i, 20)):
                # "31.5% of everything handed in, compared with 29.8% in 2023; the 1.7-point
                # improvement": a move said of the pair just compared.
                new, old = rates
            elif (
                q.change in ("up", "down")
                and _other_years(doc, *rates)
                and APPOSITIVE.search(doc.gap_before(i, 30))
            ):
                # "made up 38 percent of the total in 2019 but only 24 percent last year, a
                # drop of 14 percentage points": each rate dated by its own year.
                old, new = sorted(rates, key=lambda j: _own_year(doc, j))
            elif q.change in ("up", "down"):
                return None
            else:
                old, new = rates
                weak = True
        return _claim(
            doc,
            "points",
            i,
            [new, old],
            "percentage points",
            detail={"direction": direction, "weak": weak},
        )
    return None


def _rates_compared(doc: _Doc, i: int) -> tuple[int, int, str] | None:
    """ "prices rose 0.7% in the year to October, 70 basis points below the 1.4% pace of a
    year earlier": a rate of growth just before, set against the rate right after; (new, old,
    the way the words say it differs). Only a rise, whose rate is its figure as said."""
    k, j = _past_years(doc, i, -1), i + 1  # "rose 2.1% in 2024, 0.4 points faster than"
    if (
        k < 0
        or j >= len(doc.qs)
        or not doc.sent_of[k] == doc.sent_of[i] == doc.sent_of[j]
        or doc.qs[k].kind != "percent"
        or doc.qs[k].change != "up"
        or doc.qs[j].kind != "percent"
        or not (_is_level(doc.qs[j]) or doc.qs[j].change == "up")
        or not (against := RATE_SET_AGAINST.fullmatch(doc.text[doc.qs[i].end : doc.qs[j].start]))
        or not RATE_NOUN_AFTER.match(doc.after(j, 20))
        or not re.fullmatch(r"[^;:,]{0,40},\s*", doc.text[doc.qs[k].end : doc.qs[i].start])
    ):
        return None
    return k, j, ("down" if against.group("down") else "up")


RATE_SET_AGAINST = re.compile(
    r"\s+(?:(?P<down>below|under|(?:lower|slower)\s+than)|above|over|(?:higher|faster)\s+than)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
RATE_NOUN_AFTER = re.compile(r"^\s+(?:pace|rate|growth|rise|increase|gain)\b", re.IGNORECASE)


COMPARED_PAIR_GAP = re.compile(
    r"(?:\s+[\w'’-]+){0,6},?\s+(?:compared\s+with|against|versus|up\s+from|down\s+from)\s+"
)


def _named_base_after(doc: _Doc, i: int) -> bool:
    """Whether figure i is compared with something it names but gives no figure for ("4.0 per
    cent above the old midpoint and ...", "20 basis points tighter than initial price
    guidance")."""
    m = NAMED_BASE_AFTER.match(doc.after(i, 80))
    return m is not None and not re.search(r"\d", m.group("base"))


NAMED_BASE_AFTER = re.compile(
    r"^\s+(?:(?:tighter|wider|higher|lower|more|less|above|below)\s+than|above|below|up\s+on|"
    r"down\s+on|short\s+of)\s+(?P<base>(?:(?:the|its|their|an?)\s+)?[a-z][^,;.()]*?)"
    r"(?=\s+(?:and|but|while)\b|[,;.()]|$)",
    re.IGNORECASE,
)
POINTS_BASE_GAP = re.compile(
    r"\s+(?:below|above|under|over|behind|short\s+of|(?:higher|lower)\s+than)\s+"
    r"(?:(?:the|its|their|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?(?:of\s+)?",
    re.IGNORECASE,
)
GAP_TO_MARK_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:to|from|short\s+of|below|above|under|behind|off)\s+"
    r"(?:(?:the|its|their|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:target|goal|aim|ambition|objective|benchmark|threshold|record|peak|ceiling|cap)\b",
    re.IGNORECASE,
)


# Words that judge a move rather than say its way: churn that "improved to 3.1 percent from
# 3.6 percent, a gain of half a percentage point" fell.
VALENCE = re.compile(r"\b(?:improv\w*|worsen\w*|deteriorat\w*|better|worse)\b", re.IGNORECASE)


def _points_direction(doc: _Doc, i: int, q: Quantity) -> str | None:
    """The way a change in points is said to go, unless the sentence judges it instead and
    calls it a gain ("a drop of 1.2 points" among "improvements" still says its way)."""
    if q.change not in ("up", "down"):
        return None
    if GAIN_BEFORE.search(doc.gap_before(i, 30)) and VALENCE.search(doc.sentence_text(i)):
        return None
    # "fell to 33.9% from 38.4%, a 4.5 percentage point improvement": the noun judges the move.
    if VALENCE_AFTER.match(doc.after(i, 20)):
        return None
    return q.change


VALENCE_AFTER = re.compile(r"^[\s-]*(?:improvement|deterioration|worsening)\b", re.IGNORECASE)


GAIN_BEFORE = re.compile(rf"\b(?:gain|improvement)\s+of\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)


CUMULATIVE_BEFORE = re.compile(r"\b(?:cumulative|overall|total)\s+(?:\w+\s+)?(?:of\s+)?$", re.I)


def _cagr(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if q.kind != "percent":
        return None
    left = doc.left(i, 40)[-40:]
    near = left + " " + doc.after(i, 40)[:40]
    m = CAGR_NEAR.search(near)
    if not m:
        return None
    # The yearly words are the next percent's when it comes before them ("rose 40%, or 7% a
    # year") or right after them ("an increase of about 46% over the decade, or average annual
    # growth of about 3.9%"), not when it is far past them ("46.2 pct a year over four years,
    # helped by a rule that lets ... up to 5 pct").
    nxt = next(
        (k for k in doc.in_sent.get(doc.sent_of[i], []) if k > i and doc.qs[k].kind == "percent"),
        None,
    )
    cue_at, cue_end = m.start() - len(left) - 1, m.end() - len(left) - 1
    nxt_at = doc.qs[nxt].start - q.end if nxt is not None else -1
    if m.start() > len(left) and (
        CUMULATIVE_BEFORE.search(doc.gap_before(i, 40))
        or (
            nxt is not None
            # (or after it: "an increase of 25 per cent, or an average of 4.6 per cent a year")
            and nxt_at != cue_at
            and (nxt_at < cue_at or nxt_at <= cue_end + 30)
        )
    ):
        # "a cumulative increase of 50 per cent and a compound annual growth rate of 8.4 per
        # cent": the yearly words after it are the next percent's.
        return None
    if m.end() <= len(left) and CHANGE_VERB.search(left[m.end() :]):
        # "average annual rainfall rose 12% from 1,150 mm ...": the yearly words name what
        # changed, and the verb after them says the change.
        return None
    if m.end() <= len(left):
        # "a 7.7% annual gain, and have risen 40% over five years": the yearly word before
        # is another percent's, right after it.
        at = q.start - len(left) + m.start()
        if any(
            doc.qs[k].kind == "percent"
            and doc.qs[k].end <= at
            and re.fullmatch(r"\s*(?:[\w-]+\s+)?", doc.text[doc.qs[k].end : at])
            for k in doc.in_sent.get(doc.sent_of[i], [])
            if k < i
        ):
            return None
    cue = m.group("cue").lower()
    # "a 39.6% jump from 977 two years earlier, or growth of 18.2% a year": the pair of the
    # whole change the yearly rate restates, if it does.
    whole = _whole_change_pair(doc, i)
    # "a year" alone is too common ("12% a year earlier"); it counts only next to "average".
    if cue in ("a year", "each year", "every year", "per year", "yearly", "annually") and not (
        re.search(r"\baverag|\bcompound", near, re.IGNORECASE)
    ):
        if not re.match(r"^\s+(?:a|per)\s+year\b(?!\s+(?:earlier|ago|before))", doc.after(i)):
            return None
        # "has grown 8.4% a year since 2019": growth over a span said in the sentence.
        if not re.search(
            r"\baverag|\bcompound|\bannual|\bsince\s+(?:\w+\s+)?(?:19|20)\d\d\b"
            r"|\b(?:over|across)\s+(?:(?:the|those|these)\s+(?:(?:past|last)\s+)?)?\w+\s+"
            r"(?:years|seasons)\b"
            # "compared with 1.05 billion five years earlier, growth ... 2.5 per cent a year"
            r"|\b\w+\s+years\s+(?:earlier|before)\b"
            # "That is a rise of 50% in five years, or about 8.4% a year"
            r"|\bin\s+(?:the\s+(?:past|last)\s+)?\w+\s+years\b(?!['’]?\s+time)"
            # "climbed from SEK 640 ... in 2022 to SEK 805 in 2025, ... 8 per cent a year"
            r"|\bfrom\s[^.;]{0,40}?\bin\s+(?:19|20)\d\d\b[^.;]{0,30}?\bto\s[^.;]{0,30}?"
            r"\bin\s+(?:19|20)\d\d\b",
            doc.sentence_text(i),
            re.IGNORECASE,
        ) and not (
            # "fell from £23,400 in 2019-20 to £9,600 in 2023-24, a cut of 59 per cent, which
            # the report calls a decline of almost 20 per cent a year": the years of the pair.
            whole is not None
            and None not in (_year_after(doc, whole[0]), _year_after(doc, whole[1]))
        ):
            return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    levels = [j for j in sent if _is_level(doc.qs[j]) and doc.qs[j].kind != "percent"]
    # The rate's own years, not those of a clause after it ("...; in 2020 alone it fell
    # 0.8%", "..., though it fell 1% in 2020").
    years = [j for j in sent if doc.qs[j].kind == "year" and not _later_clause(doc, i, j)]
    spans = [j for j in sent if doc.qs[j].kind == "duration" and doc.qs[j].unit == "year"]
    if not levels:
        return _cagr_across_sentences(doc, i, cue, spans)
    last = max(levels)
    verb = CHANGE_VERB.search(doc.text[doc.qs[last].end : doc.qs[i].start]) if last < i else None
    if verb and not re.search(
        r"\b(?:it|they|this|that|which)\s+(?:has\s+|have\s+)?$|\b(?:means|meaning|so)\b",
        verb.string[: verb.start()],
    ):
        # "had 200 chargers in 2020 and 640 in 2025; prices rose 26 per cent a year", "...,
        # while costs rose an average of 3.1 pct a year": the rate has a subject of its own.
        return None
    # The kind of figure the rate joins: the first with a from/to pair, not "its 25 district
    # offices" before "spent 587 billion won ..., up from 412 billion won".
    dims = list(dict.fromkeys(_dimension(doc.qs[j]) for j in levels))
    dim = next((d for d in dims if None not in doc.find_from_to(i, d)), dims[0])
    when = SINCE_WHEN.search(doc.sentence_text(i))
    when_figure = None
    if when:
        # "has grown 19.6% a year since 2021, when the pandemic held it to 241.0 million, but
        # it remains below the 431.5 million of 2019": the when-clause holds the old figure;
        # the others of the sentence are asides, unless one is reached "to" outside it.
        start = doc.sentences[doc.sent_of[i]][0] + when.end()
        inside = [j for j in levels if doc.qs[j].start >= start]
        if inside:
            when_figure = inside[0]
    same = [j for j in levels if _dimension(doc.qs[j]) == dim]
    if spans and len(same) >= 3:
        # "412 ... in 2024-25, against 456 ... in 2023-24 and 515 ... in 2019-20, an average
        # fall of 4.4% a year over five years": the pair the span of years joins.
        dated = {j: _year_next(doc, j) for j in same}
        if None not in dated.values():
            year = {j: doc.qs[k].low or doc.qs[k].value for j, k in dated.items()}
            latest = max(same, key=lambda j: year[j])
            span = doc.qs[spans[0]].value
            olds = [j for j in same if year[latest] - year[j] == span]
            if len(olds) == 1:
                return _claim(
                    doc,
                    "cagr",
                    i,
                    [latest, olds[0], spans[0]],
                    cue,
                    detail={"years": span, "weak": False},
                )
    old, new = doc.find_from_to(i, dim)
    if (old is None or new is None) and whole is not None:
        old, new = whole
        dim = _dimension(doc.qs[old])
    if when_figure is not None and when_figure in (old, new) and old != when_figure:
        old, new = None, None
        levels = [when_figure]
        dim = _dimension(doc.qs[when_figure])
    weak = old is None or new is None
    since_now = None
    if old is None or new is None:
        same = [j for j in levels if _dimension(doc.qs[j]) == dim]
        if len(same) == 1:
            # "grown by 1.5 percent a year since 2015, when farmers brought in 615.2 million
            # tonnes": the old figure is here, the current one is the article's figure before.
            old = same[0]
            new, named = _current_figure(doc, i, dim, near=doc.qs[old].value)
            since_now = None if new is None else _since_year(doc, i, new)
            if new is not None and since_now is None and not spans:
                # "That is up from $100 million in 2019": the years the two figures are dated by.
                y_old, y_new = _year_after(doc, old), _year_after(doc, new)
                if y_old is not None and y_new is not None:
                    n = (doc.qs[y_new].low or doc.qs[y_new].value) - (
                        doc.qs[y_old].low or doc.qs[y_old].value
                    )
                    if n > 0:
                        since_now = (y_old, n, y_new)
            if new is None or (since_now is None and not spans):
                return None
            if since_now is not None and not spans:
                # Sure only when the growing thing is named by the figure's own clause and
                # the figure is dated ("Exports have grown ... since 2019" over "watch exports
                # rose 7.2 pct to 26.7 bln Swiss francs in 2023").
                first_year, n_year, last_year = since_now
                return _claim(
                    doc,
                    "cagr",
                    i,
                    [new, old, first_year, last_year],
                    cue,
                    detail={"years": n_year, "weak": not named},
                )
        elif len(same) != 2:
            return None
        else:
            # "set aside Rs 18,600 crore ..., up from Rs 15,200 crore": "from" marks the old one.
            first, second = same
            if FROM_BEFORE.search(doc.gap_before(first, 45)):
                old, new = first, second
            elif FROM_BEFORE.search(doc.gap_before(second, 45)):
                old, new = second, first
            elif TO_BEFORE.search(doc.gap_before(second, 45)):
                old, new = first, second  # "when it stood at $100 million, ... to $150 million"
            elif TO_BEFORE.search(doc.gap_before(first, 45)):
                old, new = second, first
            elif _other_years(doc, first, second):
                # "748 kilometres of bike paths in 2015 and 1,114 kilometres at the end of
                # 2024": each dated by its own year.
                old, new = sorted((first, second), key=lambda j: _own_year(doc, j))
                # Sure when the span said agrees with the years ("over those nine years").
                n_dated = _own_year(doc, new) - _own_year(doc, old)
                weak = not (spans and doc.qs[spans[0]].value == n_dated)
            else:
                return None
    if since_now is not None and not spans:
        first_year, n_year, last_year = since_now
        return _claim(
            doc,
            "cagr",
            i,
            [new, old, first_year, last_year],
            cue,
            detail={"years": n_year, "weak": True},
        )
    adjacent = [_year_after(doc, old), _year_after(doc, new)]
    if None not in adjacent:
        years = adjacent
    elif spans and _span_earlier(doc, old) in spans:
        # "to 4.2 mln TEU in 2021 from 3.6 mln TEU five years earlier": the span dates the
        # old figure; a later "this year" in the sentence is of something else.
        years = []
        spans = [_span_earlier(doc, old)]
    elif (
        not spans
        and adjacent[0] is not None
        and adjacent[1] is None
        and (story := _story_year(doc, i)) is not None
    ):
        # "rose to 2,950 euros from 2,580 euros in 2019, equal to annual growth of about
        # 2.7%": the current figure is the story's own, dated by the latest year it names; a
        # guess.
        years = [adjacent[0], story]
        weak = True
    if len(years) >= 2:
        first_year, last_year = (
            (doc.qs[years[0]].low or doc.qs[years[0]].value),
            (doc.qs[years[-1]].low or doc.qs[years[-1]].value),
        )
        n = abs(last_year - first_year)
        operands = [new, old, years[0], years[-1]]
        # "from 2019 to last year, ... over the four years": the span said too is used.
        operands += [j for j in spans[:1] if doc.qs[j].value == n]
        if spans and doc.qs[spans[0]].value != n:
            # "€17.5 million a year under a contract renewed in 2023, against €10.2 million in
            # 2019, ... over that stretch of five years": the years and the span said
            # disagree on what the rate spans; a guess.
            weak = True
    elif spans:
        n = doc.qs[spans[0]].value
        operands = [new, old, spans[0]]
    else:
        return None
    if n <= 0:
        return None
    return _claim(doc, "cagr", i, operands, cue, detail={"years": n, "weak": weak})


def _whole_change_pair(doc: _Doc, i: int) -> tuple[int, int] | None:
    """The (old, new) pair of a change over the whole span said just before a yearly rate that
    restates it ("rose 39.6% from 977 two years earlier, or growth of 18.2% a year"), if any."""
    if not YEARLY_NOUN_BEFORE.search(doc.gap_before(i, 40)):
        return None
    before = [k for k in doc.in_sent.get(doc.sent_of[i], []) if k < i]
    changes = [k for k in before if doc.qs[k].kind == "percent"]
    if not changes or doc.qs[changes[-1]].change not in ("up", "down"):
        return None
    k = changes[-1]
    if CLAUSE_BREAK.search(doc.text[doc.qs[k].end : doc.qs[i].start]):
        return None
    for dim in dict.fromkeys(_dimension(doc.qs[j]) for j in before if _is_level(doc.qs[j])):
        old, new = doc.find_from_to(k, dim)
        if old is not None and new is not None:
            return old, new
    return None


YEARLY_NOUN_BEFORE = re.compile(rf"\b{_CHANGE_NOUNS}\s+of\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)


def _cagr_across_sentences(doc: _Doc, i: int, cue: str, spans: list[int]) -> Claim | None:
    """ "The courses hosted 412,000 rounds in 2022-23, compared with 298,000 in 2018-19. That
    works out to growth of 8.4 per cent a year over four years": the one pair of the sentence
    before, when this one points back and says the span; a guess if the pair's own years
    disagree with it."""
    if not spans or doc.sent_of[i] == 0 or not POINTS_BACK.match(doc.sentence_text(i)):
        return None
    prev = doc.in_sent.get(doc.previous_with_figures(doc.sent_of[i]), [])
    pair = _one_pair_before(
        doc, i, {_dimension(doc.qs[j]) for j in prev if doc.qs[j].kind != "percent"}, True
    )
    split = pair is None
    if split:
        # "In 2016 the same job cost €85. That is ..., or about 5.9 percent a year across six
        # years" after "€120 in 2022": a guess.
        pair = _split_pair_before(doc, i)
    if pair is None:
        return None
    new, old = pair
    span = doc.qs[spans[0]].value
    dated = [_year_after(doc, old), _year_after(doc, new)]
    weak = split or (
        None not in dated
        and (
            (doc.qs[dated[1]].low or doc.qs[dated[1]].value)
            - (doc.qs[dated[0]].low or doc.qs[dated[0]].value)
            != span
        )
    )
    return _claim(doc, "cagr", i, [new, old, spans[0]], cue, detail={"years": span, "weak": weak})


def _one_pair_before(
    doc: _Doc, i: int, dims: set, compared: bool = False
) -> tuple[int, int] | None:
    """(new, old): the one from/to pair the sentence before i gives in any of `dims`, or None
    when it gives none or several; with `compared`, a figure set against the other ("triple
    the 2,150") counts as the old one."""
    found = set()
    for dim in dims:
        old, new = _pair_before(doc, i, dim, None, compared)
        if old is not None and new is not None:
            found.add((new, old))
    return next(iter(found)) if len(found) == 1 else None


def _split_pair_before(doc: _Doc, i: int) -> tuple[int, int] | None:
    """(new, old) said over the two sentences before i, the second opening on its earlier
    period: "... cost owners €120 in 2022. In 2016 the same job cost €85. That is a rise of
    41.2 percent"; each sentence with its one figure of the kind. A guess for the caller."""
    s = doc.previous_with_figures(doc.sent_of[i])
    if s <= 0 or not EARLIER_PERIOD_OPENS.match(doc.text[slice(*doc.sentences[s])]):
        return None
    first = doc.previous_with_figures(s)
    if first < 0:
        return None
    found = set()
    for dim in {_dimension(doc.qs[j]) for j in doc.in_sent.get(s, []) if _is_level(doc.qs[j])}:
        if dim[0] in ("percent", "year"):
            continue
        olds = doc.levels_of(dim, doc.in_sent.get(s, []))
        news = doc.levels_of(dim, doc.in_sent.get(first, []), FROM_BEFORE)
        if len(olds) == 1 and len(news) == 1:
            found.add((news[0], olds[0]))
    return next(iter(found)) if len(found) == 1 else None


EARLIER_PERIOD_OPENS = re.compile(
    r"^\W*(?:(?:back\s+)?in\s+(?:19|20)\d\d(?:[-/]\d\d)?\b"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(?:earlier|before|ago)\b)",
    re.IGNORECASE,
)


POINTS_BACK = re.compile(r"^\W*(?:that|this|it|which)\b", re.IGNORECASE)


def _story_year(doc: _Doc, i: int) -> int | None:
    """The latest year the body names up to figure i ("last year" in a story of 2025 is
    2024); the dateline's year does not count, as a story of March 2025 reports 2024."""
    years = [
        k
        for k in range(i)
        if doc.qs[k].kind == "year"
        and doc.qs[k].low is None
        and not DATELINE_YEAR_AFTER.match(doc.text, doc.qs[k].end)
    ]
    if not years:
        return None
    latest = max(doc.qs[k].value for k in years)
    return next(k for k in years if doc.qs[k].value == latest)


def _dateline_year(doc: _Doc) -> Decimal | None:
    """The dateline's year ("KATOWICE, March 12, 2024 -"), if the text opens with one."""
    for q in doc.qs[:6]:
        if q.kind == "year" and q.start < 400 and DATELINE_YEAR_AFTER.match(doc.text, q.end):
            return q.value
    return None


DATELINE_YEAR_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?[-–—]")


def _later_clause(doc: _Doc, i: int, j: int) -> bool:
    """Whether figure j sits in a clause of its own after figure i (past a ";" or ", though")."""
    return j > i and bool(CLAUSE_BREAK.search(doc.text[doc.qs[i].end : doc.qs[j].start]))


def _span_earlier(doc: _Doc, j: int) -> int | None:
    """The span of years that dates figure j back from another: "3.6 mln TEU five years
    earlier" -> the index of "five years"."""
    k = _next_in_sentence(doc, j, "duration", NOTHING_BETWEEN)
    return k if k is not None and SPAN_BACK_AFTER.match(doc.text, doc.qs[k].end) else None


SPAN_BACK_AFTER = re.compile(r"\s+(?:earlier|before|previously)\b", re.IGNORECASE)


def _current_figure(
    doc: _Doc, i: int, dim: tuple[str, str | None], near: Decimal | None = None
) -> tuple[int | None, bool]:
    """The figure of `dim` stated before sentence i (not a base of comparison) that a growth
    since some year runs to, and whether the sentence's subject names it: the one whose own
    clause says the subject ("Throughput has grown ..." and "handled a record 41.12 mn TEUs in
    2024"), dated by the latest year; failing that, the first in the sentence before."""
    subject = _growth_subject(doc, i)
    for group in lx.WHOLE_SYNONYMS:
        # "Output has grown" names "India produced 151.1 million tonnes".
        if any(_stem(w) in subject for w in group):
            subject = subject | {_stem(w) for w in group}
    pool = [
        j
        for s in range(max(0, doc.sent_of[i] - 30), doc.sent_of[i])
        for j in doc.levels_of(dim, doc.in_sent.get(s, []), FROM_BEFORE)
        # Of the size of the figure it grew from, if given: not "$60" an hour for what grew
        # from "C$29.7 million".
        if near is None or near / 50 < doc.qs[j].value < near * 50
    ]
    named = [j for j in pool if subject & _stems(_clause(doc, j))]
    for group, sure in ((named, True), (pool, False)):
        dated = [j for j in group if _year_after(doc, j) is not None]
        if dated:
            latest = max(doc.qs[_year_after(doc, j)].value for j in dated)
            best = [j for j in dated if doc.qs[_year_after(doc, j)].value == latest]
            if len({doc.qs[j].value for j in best}) == 1:
                return best[0], sure
    if len({doc.qs[j].value for j in named}) == 1:
        return named[0], False
    # "has grown 9.2% a year since 2019, when it stood at 87,500" sentences after a lede
    # whose figure is the story's now ("Cruise ships put 148,600 passengers ashore"); the
    # lede's figure outranks those of sentences between (hold-01..112, read: nine such rates
    # all ran to the lede's figure, six of them past a nearer figure of their kind).
    # Not when the sentence points back ("It had been 21.65 GW in 2018, which means ...") to a
    # figure of the kind just before, nor when figures nearer name what grows ("Solar farms
    # produced 23.1 TWh and wind parks 10.8 TWh" before "Solar output has more than tripled").
    lede = 1 if _has_headline(doc) else 0
    lede_pool = [j for j in pool if doc.sent_of[j] == lede]
    just_before = doc.previous_with_figures(doc.sent_of[i])
    points_back = ANAPHOR_START.match(doc.sentence_text(i)) and any(
        doc.sent_of[j] == just_before for j in pool
    )
    if lede_pool and doc.sent_of[i] > lede and not named and not points_back:
        return lede_pool[0], False
    for s in range(doc.sent_of[i] - 1, max(-1, doc.sent_of[i] - 4), -1):
        here = [j for j in pool if doc.sent_of[j] == s]
        if here:
            return here[0], False
    return None, False


def _growth_subject(doc: _Doc, i: int) -> set[str]:
    """Stems of what grows: "Output", "Net debt", "Solar output" in "... has grown by"."""
    m = GROWTH_SUBJECT.search(doc.sentence_text(i))
    return _stems(m.group("subject")) - _SUBJECT_FILLER if m else set()


def _since_year(doc: _Doc, i: int, new: int) -> tuple[int, Decimal, int] | None:
    """("since 2015" year index, years from it to the year the current figure is dated by,
    that year's index)."""
    dated = _year_after(doc, new)
    if dated is None:
        # "took 412.6 million trips on buses and trains run by the authority in 2024, up 7.4%
        # from ...": the next year, with no other figure between.
        k = new + 1
        if (
            k < len(doc.qs)
            and doc.qs[k].kind == "year"
            and doc.sent_of[k] == doc.sent_of[new]
            and ";" not in doc.text[doc.qs[new].end : doc.qs[k].start]
        ):
            dated = k
    if dated is None:
        # "receipts are forecast at C$99.2 billion for the year": the one year of its sentence.
        years = [j for j in doc.in_sent.get(doc.sent_of[new], []) if doc.qs[j].kind == "year"]
        if len({doc.qs[j].value for j in years}) == 1:
            dated = years[0]
        elif not years:
            # Or none: the latest year the story names before the rate.
            dated = _story_year(doc, i)
        if dated is None:
            return None
    for j in doc.in_sent.get(doc.sent_of[i], []):
        q = doc.qs[j]
        if q.kind == "year" and re.search(r"\bsince\s+(?:\w+\s+)?$", doc.gap_before(j, 16)):
            n = (doc.qs[dated].low or doc.qs[dated].value) - (q.low or q.value)
            return (j, n, dated) if n > 0 else None
    return None


SINCE_WHEN = re.compile(
    r"\bsince\s+(?:fiscal\s+|the\s+)?(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?\s*,\s*when\b",
    re.IGNORECASE,
)


def _since_when_base(doc: _Doc, i: int, new: int) -> int | None:
    """The figure of the clause "since 2019, when it numbered 1,650" right after change i: its
    base, when it is of the kind of the figure now."""
    start = doc.qs[i].end
    m = SINCE_WHEN.search(doc.text, start, start + 40)
    if m is None or doc.text[start : m.start()].strip():
        return None
    inside = [
        j
        for j in doc.in_sent.get(doc.sent_of[i], [])
        if j > i and doc.qs[j].start >= m.end() and _is_level(doc.qs[j])
    ]
    if inside and _dimension(doc.qs[inside[0]]) == _dimension(doc.qs[new]):
        return inside[0]
    return None


GROWTH_SUBJECT = re.compile(
    r"(?P<subject>(?:[\w'’-]+\s+){1,3}?)(?:has|have|had)\s+(?:(?:more\s+than|nearly|almost)\s+)?"
    r"(?:grown|risen|increased|expanded|climbed|gone\s+up|tripled|doubled|quadrupled)\b",
    re.IGNORECASE,
)
_SUBJECT_FILLER = frozenset({"that", "this", "their", "which", "total", "since"})


def _year_next(doc: _Doc, j: int) -> int | None:
    """The year right after figure j in its clause, with nothing but words between ("412
    megalitres a day through leaking pipes in 2024-25")."""
    return _next_in_sentence(doc, j, "year", WORDS_BETWEEN)


def _next_in_sentence(doc: _Doc, j: int, kind: str, between: re.Pattern) -> int | None:
    """The quantity right after figure j, when it is of `kind`, in j's sentence, and the text
    between the two is all `between`."""
    k = j + 1
    if (
        k < len(doc.qs)
        and doc.qs[k].kind == kind
        and doc.sent_of[k] == doc.sent_of[j]
        and between.fullmatch(doc.text, doc.qs[j].end, doc.qs[k].start)
    ):
        return k
    return None


NOTHING_BETWEEN = re.compile(r"\s*")
WORDS_BETWEEN = re.compile(r"[^,;:()]{0,60}")


def _year_after(doc: _Doc, j: int) -> int | None:
    """The year a figure is dated by: "83,000 rooms in 2019" -> the index of 2019."""
    k = j + 1
    if k < len(doc.qs) and doc.qs[k].kind == "year":
        between = doc.text[doc.qs[j].end : doc.qs[k].start]
        if re.fullmatch(
            r"\s*(?:[a-z]+\s+){0,2}(?:in|for|of|during)\s+(?:the\s+)?|\s*[(,]\s*", between
        ):
            return k
        if between.isspace() and RELATIVE_YEAR_TEXT.match(doc.qs[k].text):
            return k  # "SEK 4.9 billion last year"
    return None


RELATIVE_YEAR_TEXT = re.compile(r"(?:last|this|next)\s+(?:year|financial|fiscal)", re.IGNORECASE)


def _direction(doc: _Doc, i: int, q: Quantity) -> str | None:
    """up/down for a figure that is a change: "rose 5%", or "5% more than the $4bn"."""
    if q.change in ("up", "down"):
        return q.change
    if q.extra.get("direction") in ("up", "down"):
        return q.extra["direction"]  # "a decline of about 410,000": qualified and a change
    if q.kind == "duration" and q.change in ("=", "~"):
        # "stretched to 18 months, seven months longer than the 11 months applicants faced"
        m = COMPARATIVE_AFTER.match(doc.after(i, 40))
        if m and re.match(r"^\s+\w+\s+than\s+(?:the|its|their|a|an)\b", doc.after(i, 40)):
            return "up" if m.group("up") else "down"
    if q.kind in ("money", "count", "quantity") and q.change in ("=", "~"):
        if EXTRA_BEFORE.search(doc.gap_before(i, 30)):
            return "up"  # "up 8.9 per cent from $1,052 ..., or an extra $94"
        # "24.1 degrees, 1.8 degrees below the norm of 25.9 degrees": a gap stated as an amount;
        # "some 7,100 fewer than the 78,746 of 2019";
        # "4,100 staff at the start of the year and 3,650 at the end, 450 fewer".
        m = COMPARATIVE_AFTER.match(doc.after(i, 40)) or BARE_COMPARATIVE_AFTER.match(
            doc.after(i, 30)
        )
        if m:
            return _way(m)
    if q.kind == "percent" and q.change in ("=", "~"):
        m = COMPARATIVE_AFTER.match(doc.after(i, 40)) or _bare_comparative(doc, i)
        if m:
            return _way(m)
        return _restated_change(doc, i)
    if q.kind == "percent" and q.change in (">", "<"):
        # "more than 70 per cent above the £1,240 charged in March": a bound on the change.
        m = COMPARATIVE_AFTER.match(doc.after(i, 40))
        if m:
            return "up" if m.group("up") else "down"
    return None


def _way(m: re.Match) -> str:
    """up or down, as a comparative matched says."""
    return "up" if m.groupdict().get("up") or m.groupdict().get("up2") else "down"


def _bare_comparative(doc: _Doc, i: int) -> re.Match | None:
    """ "now costs 27,300 won, 30% more, and": a percent set off after the figure it compares,
    with no base named."""
    if not re.search(rf",\s*(?:(?:{_QUAL})\s+)?$", doc.gap_before(i, 20)):
        return None
    return BARE_COMPARATIVE_AFTER.match(doc.after(i, 30))


def _restates_before(doc: _Doc, i: int) -> bool:
    """Whether figure i is set off as a restatement of the one just before it: "rose HK$2.30,
    or 3.0%"; "an increase of ₹155 crore or 14.3 per cent" (the comma is often left out)."""
    between = doc.text[doc.qs[i - 1].end : doc.qs[i].start]
    return bool(OR_AMOUNT.match(between) or BARE_OR.match(between))


def _restated_change(doc: _Doc, i: int) -> str | None:
    """ "rose HK$2.30, or 3.0%": the way of the rise a percent restates."""
    if (
        i > 0
        and doc.sent_of[i - 1] == doc.sent_of[i]
        and _restates_before(doc, i)
        and doc.qs[i - 1].change in ("up", "down")
        # "added 8.4 GW, or about 35 percent of the national figure" is a share.
        and not OF_AFTER.match(doc.after(i))
    ):
        return doc.qs[i - 1].change
    return None


LAST_PERIOD_BEFORE = re.compile(
    rf"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
ANNUAL_RATE_AFTER = re.compile(
    r"^\s+(?:a|per|each)\s+year\b|^\s+(?:annually|yearly|per\s+annum)\b", re.IGNORECASE
)


def _change(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "rose 12% to $4.5bn from $4.02bn"; "$4.5bn, up 12% from $4.02bn"; or unverifiable."""
    claim = _change_read(doc, i, q)
    if claim is not None and claim.kind in ("change", "difference") and _better_or_worse(doc, i):
        # "the deficit narrowed to C$212 million from C$287 million, a 26.1% improvement":
        # better or worse says nothing of which way a loss or a deficit moved.
        claim.detail.pop("direction", None)
        if claim.kind == "difference":
            claim.detail["signed"] = False
    return claim


FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$", re.I)
YEARLY_RATE_BEFORE = re.compile(
    rf"\b(?:average|compound|compounded)\s+(?:annual|yearly)\s+(?:\w+\s+)?(?:of\s+)?"
    rf"(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)


def _better_or_worse(doc: _Doc, i: int) -> bool:
    """Whether figure i is said as an improvement or a deterioration, itself or as the
    restatement of one ("an improvement of A$128m, or 59.8%")."""
    if BETTER_OR_WORSE_BEFORE.search(doc.gap_before(i, 40)) or BETTER_OR_WORSE_AFTER.match(
        doc.after(i, 30)
    ):
        return True
    return (
        i > 0
        and doc.sent_of[i - 1] == doc.sent_of[i]
        and _restates_before(doc, i)
        and bool(BETTER_OR_WORSE_BEFORE.search(doc.gap_before(i - 1, 40)))
    )


def _change_read(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if q.kind == "percent" and YEARLY_RATE_BEFORE.search(doc.gap_before(i, 40)):
        # "grown to 1,860 from 1,540 in 2021, an average annual increase of 3.8 per cent": a
        # yearly rate, never the change between the two (the growth-rate rule reads it).
        return None
    direction = _direction(doc, i, q)
    if direction is None:
        return None
    if q.kind == "fraction" and not OF_AFTER.match(doc.after(i)):
        # "fell by a sixth to 1.2 million tonnes from 1.44 million": a change as a fraction.
        dims = {
            _dimension(doc.qs[j])
            for j in doc.in_sent.get(doc.sent_of[i], [])
            if j != i and _is_level(doc.qs[j]) and doc.qs[j].kind != "percent"
        }
        for dim in sorted(dims, key=str):
            old, new = doc.find_from_to(i, dim)
            if old is not None and new is not None:
                return _claim(
                    doc, "change", i, [new, old], "change", detail={"direction": direction}
                )
        return None
    if q.kind == "percent" and _named_base_after(doc, i):
        # "4.0 per cent above the old midpoint and a touch above the C$1.94bn analysts had
        # been expecting": a change on a base named but not given.
        return _claim(
            doc,
            "change",
            i,
            [],
            "percent change",
            missing="the earlier value",
            detail={"direction": direction},
        )
    if q.kind == "percent":
        # "now costs 27,300 won, 30% more": set off with no base named
        bare = _bare_comparative(doc, i) is not None
        by_amount = _change_by_amount(doc, i, direction)
        if by_amount is not None:
            return by_amount
        if q.change in ("=", "~", ">", "<") and not q.extra.get("direction"):
            # "412 million, 15.7% more than the 356 million of a year earlier" ("more than 70
            # per cent above the £1,240": a bound said the same way).
            claim = _comparative(doc, i, direction)
            if claim is None and THAN_EARLIER_ONE.match(doc.after(i, 60)):
                # "Rs 48 crore ..., up from Rs 31 crore in the previous budget. The allocation
                # is 54.8 per cent larger than the previous one": the pair said before.
                across = _change_across_sentences(doc, i, pointed=True)
                if across is not None:
                    operands, weak = across
                    return _claim(
                        doc,
                        "change",
                        i,
                        operands,
                        "percent change",
                        detail={"direction": direction, "rates": False, "weak": weak},
                    )
            # "rises from £2.53 to £2.61, an increase of 8p, or 3.2pc": the levels the rise
            # joins are the percent's too.
            if claim is not None or (_restated_change(doc, i) is None and not bare):
                return claim
        dims = {
            _dimension(doc.qs[j])
            for j in doc.in_sent.get(doc.sent_of[i], [])
            if j != i and _is_level(doc.qs[j])
        }
        pairs = []
        for dim in dims:
            old, new = doc.find_from_to(i, dim)
            if old is not None and new is not None:
                pairs.append((abs(doc.qs[new].start - q.start), new, old))
        if not pairs:
            pairs = _dated_pair(doc, i, dims)
        if OWN_BASE_AFTER.match(doc.after(i, 40)):
            # "..., reaching $2.6bn in 2024 from $1.1bn, and were up 4% on 2023": a change
            # with its own base after it is not the change of a pair said before it.
            pairs = [p for p in pairs if p[2] > i]
        if pairs and ANNUAL_RATE_AFTER.match(doc.after(i, 20)):
            # "grew by 1.2% a year between 2010 and 2020, to 5.1 million, from 4.5 million": a
            # yearly rate, not the change between the two.
            return None
        if pairs:
            _, new, old = min(pairs)
            if _said_respectively(doc, old) and (
                sum(
                    doc.qs[k].kind == "percent" and _direction(doc, k, doc.qs[k]) is not None
                    for k in doc.in_sent.get(doc.sent_of[i], [])
                )
                > 1
            ):
                # "rose 9% to €327,000 while the median fell 2% to €245,000, from €300,000 and
                # €250,000 respectively": which base is whose goes by the order, not nearness.
                return None
            # "raised prices by 6% in January and plans another 4% increase in July, which
            # would take the pint to £4.96 from £4.50": a step's pair may be the steps' sum.
            # (so may a bare "47% more" set off after a figure past the pair: "doubled to 340
            # in 2023, from 170, and is expected to reach 500 by 2025, about 47% more")
            further = bool(FURTHER_BEFORE.search(doc.gap_before(i, 30)))
            stepped = further or bare
            later = (
                [
                    k
                    for k in doc.levels_of(
                        _dimension(doc.qs[new]), doc.in_sent.get(doc.sent_of[i], [])
                    )
                    if max(new, old) < k < i
                ]
                if stepped
                else []
            )
            if later:
                # "harvested 182,000 tonnes, 11% more than the 164,000 of 2024, and guided for
                # 195,000 tonnes in 2026, a further 7% rise": the step from the pair's figure
                # to the one said after it, a guess.
                return _claim(
                    doc,
                    "change",
                    i,
                    [later[-1], new],
                    "percent change",
                    detail={"direction": direction, "rates": False, "weak": True},
                )
            spanned = _spanned_base(doc, i, new, old)
            if spanned is not None and spanned >= 0:
                old = spanned
            since = _since_when_base(doc, i, new)
            if since is not None:
                old = since  # "has expanded 40% since 2019, when it numbered 1,650"
            # A change between two rates stated in percent: relative change, or a points slip.
            rates = doc.qs[new].kind == "percent"
            # "Discounts of 20% and then a further 10% cut the price of the coat from £250 to
            # £180, a total reduction of 28%": a later change restating the same pair is its
            # change; this one is a guess.
            restated = i < min(new, old) and any(
                k > max(new, old)
                and doc.qs[k].kind == "percent"
                and _direction(doc, k, doc.qs[k]) is not None
                and APPOSITIVE.search(doc.gap_before(k, 50))
                and k - max(new, old) <= 2
                for k in doc.in_sent.get(doc.sent_of[i], [])
            )
            # "rose from 2.1 million ... to 2.6 million a year later, and to 3.4 million by
            # the end of 2024, a 31% increase in the latest year": a step in between may be
            # the base; a guess.
            steps = [
                j
                for j in doc.in_sent.get(doc.sent_of[i], [])
                if old < j < new
                and _dimension(doc.qs[j]) == _dimension(doc.qs[new])
                and TO_BEFORE.search(doc.gap_before(j, 45))
            ]
            # "Ticket prices rose 12%, lifting admissions revenue to CHF 3.9m from CHF 3.6m";
            # "value rose 2.9%, lifting the average import price to £7.47 from £6.00": what a
            # change carries may be another measure than the one that changed (or, as in
            # "rose 9.2%, lifting the index to 143.7 from 131.6", the same); a guess.
            carried = i < new < old and CARRIED_TO_BEFORE.search(doc.left(new, 60)) is not None
            return _claim(
                doc,
                "change",
                i,
                [new, old],
                "percent change",
                alternatives=[[new, j] for j in steps],
                detail={
                    "direction": direction,
                    "rates": rates,
                    "weak": restated
                    or bool(steps)
                    or spanned == -1
                    or further
                    # (a bare "25% more" among more figures than the pair: which it compares
                    # is a guess)
                    or (
                        bare
                        and sum(
                            _is_level(doc.qs[k])
                            and _dimension(doc.qs[k]) == _dimension(doc.qs[new])
                            for k in doc.in_sent.get(doc.sent_of[i], [])
                        )
                        > 2
                    )
                    or carried,
                },
            )
        missing = (
            "the earlier value"
            if any(doc.find_from_to(i, d)[1] is not None for d in dims)
            else "the values it joins"
        )
        return _claim(
            doc, "change", i, [], "percent change", missing=missing, detail={"direction": direction}
        )
    if q.kind == "duration":
        # Spans are no levels; only the closest form is read: "18 months, seven months longer
        # than the 11 months", both spans of the same unit and right beside the gap (or with
        # the first one's year between: "19 weeks in 2021-22, eight weeks longer than ...").
        qs = doc.qs
        first = i - 1
        if (
            i > 1
            and qs[first].kind == "year"
            and re.fullmatch(r"\s+(?:in|during)\s+", doc.text[qs[i - 2].end : qs[first].start])
        ):
            first = i - 2
        if (
            0 < i < len(qs) - 1
            and doc.sent_of[first] == doc.sent_of[i] == doc.sent_of[i + 1]
            and qs[first].kind == qs[i + 1].kind == "duration"
            and qs[first].unit == q.unit == qs[i + 1].unit
            and qs[first].change == qs[i + 1].change == "="
            and qs[first].low is None
            and qs[i + 1].low is None
            and re.fullmatch(r",\s*", doc.text[qs[i - 1].end : q.start])
            and DURATION_THAN.fullmatch(doc.text[q.end : qs[i + 1].start])
        ):
            return _claim(
                doc,
                "difference",
                i,
                [first, i + 1],
                "change",
                detail={"direction": direction, "signed": True},
            )
        return None
    if q.kind in ("money", "count", "quantity"):
        if q.change in ("=", "~"):
            claim = _comparative(doc, i, direction)
            if claim is None and BARE_COMPARATIVE_AFTER.match(doc.after(i, 30)):
                claim = _two_before(doc, i, direction)
                if claim is not None and _per_unit_mismatch(doc, i, claim):
                    claim = None
            if claim is not None:
                claim.kind = "difference"
                claim.cue = "change"
                claim.detail["signed"] = True
                return claim
            claim = _change_of_pair_before(doc, i, direction)
            return None if claim is not None and _per_unit_mismatch(doc, i, claim) else claim
        old, new = doc.find_from_to(i, _dimension(q))
        if old is not None and new is not None and _counts_other_things(doc, i, (old, new)):
            # "1.2 million containers, against 1.1 million a year earlier, adding 40 new
            # cranes": a rise of other things.
            return None
        if (
            old is not None
            and new is not None
            and any(
                re.fullmatch(
                    r"\s+(?:[a-z]+\s+)?and\s+",
                    doc.text[doc.qs[min(old, k)].end : doc.qs[max(old, k)].start],
                )
                for k in _list_neighbours(doc, old)
                if _dimension(doc.qs[k]) == _dimension(q)
            )
            and SUMMED_BEFORE.search(doc.left(i, 60))
        ):
            # "up from 3.2 million and 1.5 million tonnes in 2022, so combined output rose by
            # 0.3 million tonnes to 5.0 million": a sum against one item of a list.
            return None
        if old is not None and new is not None:
            # "433 branches closing against 58 openings, a net loss of 375": two flows set
            # against each other, not a figure and its earlier self; the way is the words'.
            contrast = _set_against(doc, old)
            return _claim(
                doc,
                "difference",
                i,
                [new, old],
                "change",
                detail={"direction": direction, "signed": True}
                if not contrast
                else {"signed": False},
            )
        claim = _change_of_pair_before(doc, i, direction)
        if claim is None and new is not None and FORECAST.search(doc.sentence_text(i)):
            # "Cocobod forecasts a recovery to 650,000 tonnes in 2024-25, an increase of
            # 120,000 tonnes": from the story's figure now, a guess.
            base = _story_figure(doc, new, _dimension(q))
            if base is not None:
                claim = _claim(
                    doc,
                    "difference",
                    i,
                    [new, base],
                    "change",
                    detail={"direction": direction, "signed": True, "weak": True},
                )
        return claim
    return None


# A winning margin (not a deficit, which is often a share of GDP).
MARGIN_OF_BEFORE = re.compile(
    rf"\b(?:margin|majority|lead|gap|difference)\s+of\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)
OWN_BASE_AFTER = re.compile(
    r"^\s+(?:on|over|from|against|compared\s+with)\s+(?:the\s+)?(?:(?:19|20)\d\d\b|a\s+year\s+"
    r"(?:earlier|ago|before)|last\s+year|the\s+previous\s+(?:year|quarter|month))",
    re.IGNORECASE,
)


def _change_across_sentences(
    doc: _Doc, i: int, pointed: bool = False
) -> tuple[list[int], bool] | None:
    """A percent change whose figures are said in the sentence before: "visits rose to 2.31
    million last year from 1.87 million in 2022. The 23.5 pct jump in attendance ..."; or whose
    base is its own sentence's one figure and whose figure now is the sentence before's one:
    "Exports reached 78,400 tonnes. A year earlier shipments totalled 74,900 tonnes, so volumes
    grew 4.7 pct". The operands and whether they are a guess: sure only when the sentence
    points back at the pair ("The 23.5 pct jump"; `pointed`: "larger than the previous one")."""
    if ANNUAL_RATE_AFTER.match(doc.after(i, 20)) or doc.sent_of[i] == 0:
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    # (a yearly rate after it restates it: "That is a rise of 41.2 percent, or about 5.9
    # percent a year")
    if any(
        doc.qs[j].kind == "percent"
        and j != i
        and not (j > i and ANNUAL_RATE_AFTER.match(doc.after(j, 20)))
        for j in sent
    ):
        return None
    levels = [
        j
        for j in sent
        if j != i and _is_level(doc.qs[j]) and doc.qs[j].kind in ("money", "count", "quantity")
    ]
    own = [j for j in levels if j < i]
    if len(own) > 1:
        return None
    if not own:
        prev = doc.in_sent.get(doc.previous_with_figures(doc.sent_of[i]), [])
        # (not with another figure of the kind in the sentence: "The €45 increase amounts to a
        # rise of 15.8 per cent" is read with its amount)
        # (a rate after it is another figure: "54.8 per cent larger than the previous one and
        # works out to Rs 3 lakh per school")
        dims = {
            dim
            for dim in {_dimension(doc.qs[j]) for j in prev if _is_level(doc.qs[j])}
            if dim[0] != "percent"
            and not any(
                j != i
                and doc.qs[j].kind != "year"
                and _dimension(doc.qs[j]) == dim
                and not (j > i and _said_per_unit(doc, j))
                for j in sent
            )
        }
        pair = _one_pair_before(doc, i, dims)
        if pair is None and POINTS_BACK.match(doc.sentence_text(i)):
            pair = _split_pair_before(doc, i)
            if pair is not None:
                return list(pair), True
        if pair is None:
            return None
        new, old = pair
        # Sure when it points back and names nothing the sentence before does not ("The 15%
        # reduction in staff" after "The grant fell to $3.1 million from $3.4 million").
        sentence = doc.sentence_text(i)
        anaphor = PERCENT_ANAPHOR.match(sentence)
        named = anaphor and re.match(
            r"\s+(?:in|of)\s+(?:the\s+)?([a-z]+)", sentence[anaphor.end() :]
        )
        sure = pointed or (
            bool(anaphor)
            and not (named and _stem(named.group(1)) not in _stems(doc.sentence_text(new)))
        )
    else:
        old = own[0]
        # ("That compared with €104.6m a year earlier, an increase of 13.2 per cent" is read
        # with the lede's figure by _complete_changes.)
        if SET_AGAINST_BEFORE.search(doc.gap_before(old, 45)) or not EARLIER_SAID.search(
            doc.text[doc.sentence_span(i)[0] : doc.qs[i].start]
        ):
            return None
        _, new = _pair_before(doc, i, _dimension(doc.qs[old]), old)
        if new is None or BASE_BEFORE.search(doc.gap_before(new, 45)):
            return None
        sure = False
    return [new, old], not sure


BETTER_OR_WORSE_BEFORE = re.compile(
    rf"\b(?:improvement|deterioration|worsening)\s+of\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)
BETTER_OR_WORSE_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:improvement|deterioration|worsening)\b", re.IGNORECASE
)
THAN_EARLIER_ONE = re.compile(
    r"^\s+[a-z]+\s+than\s+(?:the|its|their)\s+(?:previous|prior|preceding|last|earlier|old)\b",
    re.IGNORECASE,
)
SET_AGAINST_BEFORE = re.compile(
    r"\b(?:compar\w*\s+(?:with|to)|against|versus|from|than)\s+(?:\S+\s+){0,2}$", re.IGNORECASE
)
# "The 23.5 pct jump in attendance": a change named with the definite article points back.
PERCENT_ANAPHOR = re.compile(
    r"^\W*(?:that|this|the)\s+(?:[\d.,]+\s*(?:%|pct|per\s*cent|percent)\s+(?:[a-z-]+\s+)?"
    r"(?:drop|fall|decline|rise|increase|gain|jump|leap|surge|climb|slide|growth|reduction)\b"
    # "The increase, of roughly 10.6 per cent, was the steepest"
    r"|(?:drop|fall|decline|rise|increase|gain|jump|climb|growth|reduction),\s+of\s+"
    r"(?:[a-z]+\s+)?[\d.,]+\s*(?:%|pct|per\s*cent|percent),)",
    re.IGNORECASE,
)
# "A year earlier shipments totalled 74,900 tonnes", "It had sold for R4,120 in January": the
# sentence's figure is said as the earlier one.
EARLIER_SAID = re.compile(
    r"\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+\w+|"
    r"(?:had|was|were)\s+(?:\w+\s+)?(?:sold|stood|been|raised|totall?ed|reached|fetched|cost)|"
    r"(?:earlier|before|previously))\b",
    re.IGNORECASE,
)


def _spanned_base(doc: _Doc, i: int, new: int, old: int) -> int | None:
    """ "28,500 tonnes in 2025, compared with 24,100 tonnes in 2024 and 19,000 tonnes in 2020,
    an increase of 50% over five years": the change's span names its base. The figure of the
    sentence dated that many years before the one now; -1 when the span fits no figure (a
    guess); None when nothing is said or the pair already fits."""
    m = SPAN_AFTER.match(doc.after(i, 40))
    if m is None:
        return None
    n = (m.group("n") or "").lower()
    years = 10 if m.group("decade") else int(n) if n.isdigit() else lexicon.WORD_NUMBERS.get(n)
    y_new, y_old = _own_year(doc, new), _own_year(doc, old)
    if y_new is None and y_old is not None:
        # "The average fare was NOK 1,890, against NOK 1,810 a year ago and NOK 1,745 in 2024,
        # ... up 8.3 per cent over two years": an undated figure now is the dateline's.
        y_new = _dateline_year(doc)
    if years is None or y_new is None or y_old is None or y_new - y_old == years:
        return None
    for j in doc.in_sent.get(doc.sent_of[i], []):
        if (
            j not in (new, i)
            and _is_level(doc.qs[j])
            and _dimension(doc.qs[j]) == _dimension(doc.qs[new])
            and _own_year(doc, j) == y_new - years
        ):
            return j
    return -1


SPAN_AFTER = re.compile(
    # ("a 40% rise over five years": the change's noun first)
    r"^\s+(?:(?:rise|increase|gain|jump|growth|drop|fall|decline|decrease|reduction)\s+)?"
    r"(?:over|in|across|during)\s+(?:the\s+(?:past\s+|last\s+)?)?"
    r"(?:(?P<n>\d+|[a-z]+)\s+(?:years|seasons)|(?P<decade>decade))\b",
    re.IGNORECASE,
)
DURATION_THAN = re.compile(r"\s+(?:longer|shorter)\s+than\s+(?:the\s+|its\s+|their\s+)?")


def _dated_pair(doc: _Doc, i: int, dims: set) -> list[tuple[int, int, int]]:
    """ "set at £2.59bn in 2019-20 and £2.73bn in 2024-25, a rise of just 5.4 per cent": two
    figures of one kind, each dated by its own year and joined by "and" with nothing else
    between, before the change; (distance, new, old) as the from/to pairs are."""
    pairs = []
    for dim in dims:
        same = [
            j
            for j in doc.in_sent.get(doc.sent_of[i], [])
            if j < i and _dimension(doc.qs[j]) == dim and _is_level(doc.qs[j])
        ]
        if len(same) != 2 or not _other_years(doc, *same):
            continue
        a, b = same
        if not DATED_PAIR_GAP.fullmatch(doc.text[doc.qs[a].end : doc.qs[b].start]):
            continue
        old, new = sorted(same, key=lambda j: _own_year(doc, j))
        # The change set off right after the second: nothing but its year between.
        gap = doc.text[doc.qs[b].end : doc.qs[i].start]
        if (
            all(doc.qs[k].kind == "year" for k in range(b + 1, i))
            and re.fullmatch(r"(?:\s+(?:in|for)\s+[\w/–-]+)?\s*[,(–—-]\s*[^,;()]{0,30}", gap)
            # Not "..., while costs rose 3%": a change of something else.
            and not CLAUSE_BREAK.search(gap)
            and not CHANGE_VERB.search(gap)
        ):
            pairs.append((abs(doc.qs[new].start - doc.qs[i].start), new, old))
    return pairs


DATED_PAIR_GAP = re.compile(
    # ("made 4,000 cars in 2023 and 5,000 in 2024": a count's noun first)
    r"(?:\s+[a-z]+)?\s+(?:in|for|during)\s+(?:fiscal\s+|the\s+)?[\w/–-]+\s*,?\s+(?:and|but|to)\s+(?:then\s+)?"
)


def _set_against(doc: _Doc, j: int) -> bool:
    """Whether figure j follows "against"/"versus" as a figure of its time set beside another,
    not as an earlier one ("$52,300 against $61,500 for men")."""
    return bool(
        AGAINST_BEFORE.search(doc.gap_before(j, 30)) and not DATED_AFTER.match(doc.after(j, 30))
    )


# "1,500 tonnes a year earlier", "... in 2019": a figure of another time.
DATED_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:an?\s+(?:year|month|quarter|week)|the\s+(?:year|previous|prior|same)|"
    r"last|in|during|at\s+the\s+end|by\s+the\s+end|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _net_change(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "it opened 152 outlets and shut 37 ..., for a net gain of 115"; "1,204 outlets closed
    while 722 new ones opened, a net loss of 482": what came in less what went out, the two
    flows the only figures of the kind before it in its sentence, each named by its verb."""
    if q.kind not in ("count", "money", "quantity") or not NET_BEFORE.search(doc.gap_before(i, 40)):
        return None
    # (a flow may be said as a fall: "lost 12 to retirement")
    flows = [
        j
        for j in doc.in_sent.get(doc.sent_of[i], [])
        if j < i
        and _dimension(doc.qs[j]) == _dimension(q)
        and doc.qs[j].low is None
        and doc.qs[j].kind in LEVEL_KINDS
    ]
    said = doc.text[doc.sentence_span(i)[0] : q.start]
    if len(flows) != 2 or not (FLOW_IN.search(said) and FLOW_OUT.search(said)):
        return None
    # "..., for a net gain of 190 since 2020": a net over another span than the flows'.
    other_span = OTHER_SPAN_AFTER.match(doc.after(i, 40))
    return _claim(
        doc, "difference", i, flows, "net", detail={"signed": False, "weak": bool(other_span)}
    )


OTHER_SPAN_AFTER = re.compile(
    r"^(?:\s+[a-z]+){0,2}?\s+(?:since|over|across|so\s+far|in\s+all|in\s+total|overall|"
    r"cumulatively|for\s+the\s+(?:year|decade|period))\b",
    re.IGNORECASE,
)
NET_BEFORE = re.compile(
    r"\bnet\s+(?:gain|loss|increase|decrease|rise|fall|addition|reduction|growth|decline)\s+of\s+"
    rf"(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
FLOW_IN = re.compile(
    r"\b(?:open(?:ed|ing|ings)?|add(?:ed|ing)|hired|hiring|joined|built|launched|created|"
    r"arrived|arrivals|births|recruited|enrolled|new)\b",
    re.IGNORECASE,
)
FLOW_OUT = re.compile(
    r"\b(?:clos(?:ed|ing|ures?)|shut|shutting|cut|lost|left|demolished|scrapped|retired|died|"
    r"deaths|departed|departures|quit|axed|resigned|withdrew|withdrawn)\b",
    re.IGNORECASE,
)


def _beat_by(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "14.6 million people ..., a record that beat the 12.3 million of the previous fiscal
    year by 18.7 per cent": the figure before the verb over the one after it."""
    if q.kind != "percent" or q.change in ("up", "down"):
        return None
    m = BEAT_BY.search(doc.left(i, 160))
    if not m:
        return None
    verb_at = doc.qs[i].start - len(m.group(0))
    sent = doc.in_sent.get(doc.sent_of[i], [])
    after = [j for j in sent if j < i and doc.qs[j].start >= verb_at and _is_level(doc.qs[j])]
    after = [j for j in after if doc.qs[j].kind not in ("percent", "year")]
    if len(after) != 1:
        return None
    old = after[0]
    before = doc.levels_of(_dimension(doc.qs[old]), [j for j in sent if doc.qs[j].end <= verb_at])
    # What beat it is the clause's own figure, not a margin said "by" nor a goal beaten first
    # ("raised $3.64 million, beating its $3.2 million goal by $440,000 and topping ...").
    before = [
        j
        for j in before
        if not re.search(r"\bby\s+$", doc.gap_before(j, 10))
        and not TARGET_BEFORE.search(doc.left(j, 45))
        and not TARGET_AFTER.match(doc.text, doc.qs[j].end)
    ]
    if not before:
        return None
    return _claim(
        doc,
        "change",
        i,
        [before[0], old],
        "percent change",
        alternatives=[[j, old] for j in before[1:]],
        detail={"direction": "up", "weak": len(before) > 1},
    )


BEAT_BY = re.compile(
    rf"\b(?:beat|beats|beating|topped|topping|exceeded|exceeding|exceeds|surpassed|surpassing|"
    rf"outstripped|outstripping)\s+(?:(?!\bby\b)[^;:]){{0,100}}\bby\s+(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)


def _turnaround(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "Operating profit came in at £11.8m, against a loss of £4.2m in 2023, a turnaround of
    £16m": the swing from a loss to a profit is their sum."""
    if q.kind != "money" or not TURNAROUND_BEFORE.search(doc.gap_before(i, 40)):
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    same = [j for j in sent if j < i and _dimension(doc.qs[j]) == _dimension(q)]
    losses = [j for j in same if LOSS_BEFORE.search(doc.gap_before(j, 30))]
    profits = [j for j in same if j not in losses]
    if len(losses) != 1 or len(profits) != 1:
        return None
    return _claim(doc, "total", i, [profits[0], losses[0]], "turnaround")


TURNAROUND_BEFORE = re.compile(
    rf"\b(?:turnaround|turn-around|swing)\s+of\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)
LOSS_BEFORE = re.compile(r"\bloss\s+of\s+(?:about\s+|some\s+)?$", re.IGNORECASE)


def _short_of(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "Arrivals fell 4.4 mln short of the record 39.9 mln set in 2019"; "Reserves remain
    $50.62 billion below the all-time high of $704.89 billion": a gap to a named mark, from
    the figure the sentence (or, less surely, the story before it) gives for the same
    thing."""
    if q.kind not in ("money", "count", "quantity") or q.low is not None:
        return None
    k = i + 1
    if k >= len(doc.qs) or doc.sent_of[k] != doc.sent_of[i]:
        return None
    mark = doc.qs[k]
    m = SHORT_OF_MARK.fullmatch(doc.text[q.end : mark.start])
    if not m or not _is_level(mark) or _dimension(mark) != _dimension(q):
        return None
    if re.search(r"\baverag\w*\s+(?:of\s+)?(?:\w+\s+)?$", doc.gap_before(i, 30), re.IGNORECASE):
        return None  # "an average of about 1,420 over its 22 fixtures": spread over, not above
    dim = _dimension(q)
    # (nor another gap's mark: "peaked at 5.42 metres, 1.37 metres above the 4.05-metre
    # warning level but 0.14 metres below the record of 5.56 metres")
    here = [
        j
        for j in doc.levels_of(dim, doc.in_sent.get(doc.sent_of[i], []))
        if j < i
        and not (j > 0 and SHORT_OF_MARK.fullmatch(doc.text[doc.qs[j - 1].end : doc.qs[j].start]))
        # (nor another gap: "1.37 metres above the ...")
        and not SHORT_OF_MARK.fullmatch(doc.text[doc.qs[j].end : doc.qs[j + 1].start])
        # (nor another time's, in brackets, nor the whole of a part: "won 147 of the 300
        # seats (156 in 2019), four short of the 151 needed")
        and not _bracketed_prior(doc, j)
        and not _whole_of_figure_before(doc, j)
    ]
    # Not a figure of an aside: "landed at 141.0 metres on the hill, whose hill size is 134
    # metres, and finished 6.5 metres short of the hill record".
    main = [j for j in here if not _in_closed_aside(doc, j, i)]
    if main:
        current, weak = main[-1], False
    elif here:
        current, weak = here[-1], True
    else:
        current, named = _current_figure(doc, i, dim)
        if current is None:
            return None
        weak = not named
    below = m.group("below") is not None
    operands = [k, current] if below else [current, k]
    return _claim(doc, "difference", i, operands, "gap", detail={"cue": "gap", "weak": weak})


ASIDE_BEFORE = re.compile(r",\s*(?:whose|which|where|who)\b[^,;]*$", re.IGNORECASE)
ASIDE_CLOSED = re.compile(r",\s+(?:and|but|then)\s+", re.IGNORECASE)


def _in_closed_aside(doc: _Doc, j: int, i: int) -> bool:
    """Whether figure j sits in an aside that closes before figure i: "landed at 141.0 metres
    on the hill, whose hill size is 134 metres, and finished 6.5 metres short of ..." (not
    "which is budgeted at NZ$28.5 billion, 5.6% more than ...", all of it the aside's)."""
    return bool(
        ASIDE_BEFORE.search(doc.gap_before(j, 60))
        and ASIDE_CLOSED.search(doc.text[doc.qs[j].end : doc.qs[i].start])
    ) or bool(
        # "37 medals - 16 gold, 8 silver and 13 bronze - ten more than Germany's 27": a list
        # between dashes closes before i (not one figure said again, "— 248,700 —").
        j < i
        and re.search(r"\s[-–—]\s[^-–—]*$", doc.left(j, 80))
        and re.match(r"[^-–—]*\s[-–—]\s", doc.text[doc.qs[j].end : doc.qs[i].start])
        and _dash_list_size(doc, j) >= 2
    )


def _dash_list_size(doc: _Doc, j: int) -> int:
    """How many numbers are written in the stretch between dashes figure j sits in."""
    dashes = (" - ", " – ", " — ")
    start = max(doc.text.rfind(d, 0, doc.qs[j].start) for d in dashes)
    ends = [e for e in (doc.text.find(d, doc.qs[j].end) for d in dashes) if e >= 0]
    if start < 0 or not ends:
        return 0
    return len(re.findall(r"\d[\d,.]*", doc.text[start : min(ends)]))


# Not "a shortfall of $380 million and below the $2.3 billion ...": a second predicate.
SHORT_OF_MARK = re.compile(
    r"(?:\s+(?!and\b|or\b|but\b)[a-z]+)?\s+(?:(?P<below>below|short\s+of|under|behind)|above|over|ahead\s+of)\s+"
    r"(?:the|its|their|a|this\s+year's|last\s+year's)\s+(?:(?!and\b|or\b|but\b|while\b)[\w-]+\s+){0,3}?"
    r"(?:of\s+)?",
    re.IGNORECASE,
)


def _change_of_pair_before(doc: _Doc, i: int, direction: str) -> Claim | None:
    """ "... fell to 612,400, down 5.6 per cent from 648,900 a year earlier. That is 36,500
    fewer patients"; "The drop of 840 follows ...": a change by an amount whose sentence has no
    other figure of its kind, on the sentence before's figure and its base. Sure when the
    sentence points back ("That is", "The drop"), else a guess."""
    dim = _dimension(doc.qs[i])
    # Other figures of the kind in the sentence make it its own, unless they come after as a
    # rate ("That is a reduction of £129, ... and works out at roughly £143 a month").
    # Nor a bound after ("The €45 increase ... means the annual charge will top €300").
    if any(
        j != i
        and _dimension(doc.qs[j]) == dim
        and not (j > i and (_is_rate(doc, j) or doc.qs[j].change in (">", "<")))
        for j in doc.in_sent.get(doc.sent_of[i], [])
    ):
        return None
    old, new = _pair_before(doc, i, dim, None)
    if old is None or new is None:
        return None
    # Not any sentence opening with "The": "The company also cut 300 contractor jobs" after
    # "Headcount fell to 4,700 from 5,000" is another cut.
    anaphor = CHANGE_ANAPHOR.match(doc.sentence_text(i)) is not None
    return _claim(
        doc,
        "difference",
        i,
        [new, old],
        "change",
        detail={"direction": direction, "signed": True, "weak": not anaphor},
    )


CHANGE_ANAPHOR = re.compile(
    r"^\W*(?:that|this|it|which|the\s+(?:\S+\s+)?(?:drop|fall|decline|rise|increase|gain|"
    r"reduction|difference|change|net\s+(?:gain|loss|change)))\b",
    re.IGNORECASE,
)


def _two_before(doc: _Doc, i: int, direction: str) -> Claim | None:
    """ "had 4,100 staff at the start of the year and 3,650 at the end, 450 fewer": the two
    figures of the kind just before, in order, and only those two."""
    dim = _dimension(doc.qs[i])
    earlier = [
        j
        for j in doc.in_sent.get(doc.sent_of[i], [])
        if j < i and _is_level(doc.qs[j]) and _dimension(doc.qs[j]) == dim
    ]
    # Set off after the second: "and 3,650 at the end, 450 fewer" (", or 1,180 fewer").
    if len(earlier) != 2 or not re.search(r"[,;–—-]\s*(?:or\s+)?$", doc.gap_before(i, 40)):
        return None
    old, new = earlier
    bases = [j for j in earlier if BASE_BEFORE.search(doc.gap_before(j, 45))]
    if len(bases) == 1:
        # "187,400 permits in 2025, up 15.0 per cent from 162,900 in 2024, or 24,500 more": the
        # base is the old figure, wherever it stands.
        old, new = bases[0], next(j for j in earlier if j != bases[0])
    said = doc.find_from_to(i, dim)
    if set(said) == set(earlier):
        old, new = said  # "fell to 1,912 from 2,140, or 228 fewer": the words give the order
    if dim[0] == "count":
        # Counts of one thing: "4,100 staff ... and 3,650 at the end", not "3 children and 2
        # dogs".
        first, second = _noun_after(doc, old), _noun_after(doc, new)
        if None not in (first, second) and second != first:
            return None
    return _claim(doc, "change", i, [new, old], "change", detail={"direction": direction})


_FUNCTION_WORDS = frozenset(
    """at in on by for from to of a an the and or but as with during since this that last
    next each per were was are is had have has will would""".split()
)


# "a decline of 7.3 million head": a herd's count word names no other thing than the herd.
_HERD_WORDS = frozenset({"head"})


def _noun_after(doc: _Doc, j: int) -> str | None:
    m = re.match(r"^\s+([a-z][\w-]*)", doc.after(j, 30))
    if m is None or m.group(1) in _FUNCTION_WORDS or m.group(1) in _HERD_WORDS:
        return None
    if len(m.group(1)) >= 6 and m.group(1).endswith("ed"):
        return None  # "with 16,200 entered in the full marathon": a verb, no noun
    return m.group(1)[:5]


EXTRA_BEFORE = re.compile(
    rf"[,(–—-]\s*(?:or\s+)?(?:an?\s+)?(?:extra|additional)\s+(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
SECOND_COMPARISON = re.compile(
    r"\b(?:and|but|or)\s+(?:[a-z]+\s+)?(?:below|above|under|over|short\s+of|ahead\s+of|"
    r"behind|less\s+than|more\s+than)\b",
    re.IGNORECASE,
)


THAN_PLACE_WHERE = re.compile(
    r"\s+(?:[a-z]+\s+)?than\s+(?:in|at|for)\s+[^,;()]{1,40},\s+where\s+(?:the|it|they)\s+"
    r"(?:[\w-]+\s+)?(?:is|was|are|were|stands\s+at|stood\s+at)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|just)\s+)?",
    re.IGNORECASE,
)


RANK_OF_BEFORE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|last|top)\s+(?:place\s+)?(?:of|out\s+of|among)\s+(?:the|all)?\s*$",
    re.IGNORECASE,
)


NAMED_THE_BASE_AFTER = re.compile(
    r"^\s+(?:more|less|fewer|higher|lower)\s+than\s+the\s+"
    r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|same|previous|"
    r"prior|year|figure|level|total|number|amount)\b)[a-z]+(?:\s+[a-z]+)?\s*,\s*(?:and|but)\b",
    re.IGNORECASE,
)


def _comparative(doc: _Doc, i: int, direction: str) -> Claim | None:
    if NAMED_THE_BASE_AFTER.match(doc.after(i, 60)):
        # "$2.76 million ..., $860,000 more than the grants, and up from $1.84 million": the
        # base is named with no figure of its own; what follows is another comparison's.
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    later = [j for j in sent if j > i and _is_level(doc.qs[j])]
    if not later or doc.qs[later[0]].start - doc.qs[i].end > 60:
        return None
    old = later[0]
    between = doc.text[doc.qs[i].end : doc.qs[old].start]
    if TO_BEFORE.search(doc.gap_before(old, 45)) and not FROM_BEFORE.search(
        doc.gap_before(old, 45)
    ):
        # "climbed by about 35,000 to roughly 150,000": the level reached, not a base.
        return None
    if THAN_A_TIME.match(between):
        # "14.2 million passengers, 9% more than a year earlier, on 96,000 flights": compared
        # with a time, not with the figure that follows.
        return None
    # "than the 356 million", or "below the long-term January figure of 25.9 degrees" with no
    # pause between the comparison and the figure.
    if (
        not FROM_BEFORE.search(doc.gap_before(old, 45))
        and re.search(r"[,;(]", between)
        # ("27 zł more than in central Lodz, where the figure is 68 zł": the place's figure)
        and not THAN_PLACE_WHERE.fullmatch(between)
    ):
        return None
    if SECOND_COMPARISON.search(between):
        # "180,000 TEU short of the previous year's throughput and well below the 3.1 million
        # TEU": the figure is a second comparison's, not this one's.
        return None
    # Not a figure that is itself what something was compared with: "¥412bn, 6% above the
    # company's forecast of ¥389bn but 3% lower than the ¥425bn earned a year earlier".
    earlier = [
        j
        for j in sent
        if j < i
        and _is_level(doc.qs[j])
        and _dimension(doc.qs[j]) == _dimension(doc.qs[old])
        and doc.same_clause(i, j)
        and not _compared_object(doc, j)
        # not what was added ("now has 1.1 GW after adding 180 MW this year, 19.6% more than
        # the 920 MW it had in January")
        and not ADDED_AMOUNT_BEFORE.search(doc.gap_before(j, 30))
        # nor a figure a thousandfold from the base ("third of 27 EU states ..., 2.6% more
        # than the 304 billion of 2024"): not one thing at two times
        and not _far_apart(doc.qs[j], doc.qs[old])
        # nor a size that names a thing ("Eleven clubs in the 18-team Bundesliga ..., three
        # more than the eight a year earlier")
        and not MODIFIER_FIGURE.match(doc.qs[j].text)
        # nor the amount this percent restates ("capped at 250 million tonnes, 12 million
        # tonnes or 4.6 per cent below the 262 million tonnes forecast")
        and not (
            j == i - 1 and re.fullmatch(r"\s*,?\s*or\s+", doc.text[doc.qs[j].end : doc.qs[i].start])
        )
        # nor last period's figure ("10.9 million in 2024, up from 9.8 million in 2023 but
        # still 10% below the 12.1 million recorded in 2019")
        and not BASE_BEFORE.search(doc.gap_before(j, 45))
        # nor a restatement in another period ("PLN 3,150 a month, or PLN 37,800 a year, 7%
        # more than the PLN 2,945 tenants paid monthly"; see below for "a year")
        and not _restated_in_period(doc, j)
        # nor the whole a part is of ("Twelve of the forty-eight lifts ..., three fewer than
        # last winter's fifteen")
        and not _whole_of_figure_before(doc, j)
        # nor a share's whole ("9.0 million vacant homes, 13.8 per cent of its 65.0 million
        # dwellings and 510,000 more than the 8.49 million recorded five years earlier")
        and not _whole_of_share_before(doc, j)
        # nor a figure of an aside ("on the hill, whose record is 140 metres, and finished 4.5
        # metres short of the winner's 133 metres")
        and not _in_closed_aside(doc, j, i)
        # nor a forecast ("short of the 155 million tonnes forecast in March but 4.9% above
        # the previous season's 140.5 million")
        and not TARGET_AFTER.match(doc.text, doc.qs[j].end)
        # nor an amount said as a difference ("214 million journeys, 9 million more than in
        # 2024 but still 12% below the 2019 peak of 243 million")
        and not COMPARATIVE_AFTER.match(doc.after(j, 40))
        # nor a side of a score ("46 arrests around the derby, which ended 3-1, 19 more than
        # the 27 made last season")
        and not _in_score(doc, j)
        # nor an expectation ("$58 million short of the $800 million analysts had expected
        # and 8.5% below the $811 million of a year earlier")
        and not FORECAST_AFTER.match(doc.after(j, 60))
        # nor the size of a field ranked in ("climbed to 14th of the 27 EU members")
        and not RANK_OF_BEFORE.search(doc.gap_before(j, 30))
    ]
    # "73,000 incidents last year, about 200 a day, 9% more than the 67,000 of the year
    # before": a rate is compared with a rate, a level with a level.
    earlier = [j for j in earlier if _is_rate(doc, j) == _is_rate(doc, old)] or earlier
    # "412 applications for 30 places, ..., and 39.2 per cent more applications than the 296":
    # the figure of the things the comparison names.
    named_noun = MORE_NOUN_THAN_AFTER.match(doc.after(i, 40))
    if named_noun:
        noun = named_noun.group("noun")[:5].lower()
        earlier = [j for j in earlier if _noun_after(doc, j) == noun] or earlier
    if earlier and earlier[-1] + 1 < i:
        # "€1,420 a month, or €17,040 a year, about 9% more than the €15,630 a year tenants
        # paid in Porto": the restatement in the base's period is the one compared.
        earlier[-1] = _on_base_footing(doc, earlier[-1], old)
    earlier = _averages_against_an_average(doc, old, earlier)
    weak = False
    if len(earlier) > 1:
        # "Cape Town's plant produced 16 megalitres a day and Durban's 9 megalitres, with Cape
        # Town's output 23% higher than the 13 megalitres it managed in 2024": the figure of
        # the one the comparison names; a guess if none is named so.
        named = _named_subject_figures(doc, i, earlier)
        if named is not None:
            earlier, weak = (named[-1:], False) if named else (earlier, True)
    if (
        not earlier
        and ANAPHOR_START.match(doc.sentence_text(i))
        # (not when a sentence opening on "The" says its own figure first: "The average
        # concentration was 18.4 milligrams per cubic metre, nearly 23 per cent above the
        # alert level of 15"; "That output implies ... 33.4 per cent ..." points back)
        and not (
            re.match(r"\W*The\b", doc.sentence_text(i))
            and any(j < i and _is_level(doc.qs[j]) for j in sent)
        )
    ):
        # "That was still 14% below the 1.47 billion trips of 2019": "that" is the main figure
        # of the sentence before.
        earlier = _lead_figure(doc, i, _dimension(doc.qs[old]), near=old)
        # Sure only when the sentence before gives one such figure: in "sold 82,000 tickets
        # for each of its four internationals, 328,000 in all" which one "That" is, is unclear.
        prev = doc.in_sent.get(doc.sent_of[i] - 1, [])
        candidates = {
            doc.qs[j].value
            for j in doc.levels_of(_dimension(doc.qs[old]), prev, FROM_BEFORE)
            if not _average_or_rate(doc, j)
        }
        # "... slid to CHF 2.06bn. Shipments to the United States rose to CHF 4.37bn ...
        # That left Hong Kong 19.8% below its 2023 level": a name the sentence before does
        # not hold says "that" is another figure's.
        weak = len(candidates) > 1 or _names_elsewhere(doc, i)
        if earlier and earlier[-1] + 1 < len(doc.qs) and _restated_in_period(doc, earlier[-1] + 1):
            # "pays R1,150 a month for electricity, or R13,800 a year. That is 18% more than
            # the R11,700 households paid annually in 2023": the restatement in the base's
            # period; a guess when the periods say nothing.
            again = earlier[-1] + 1
            if _period_of(doc, again) is not None and _period_of(doc, again) == _period_of(
                doc, old
            ):
                earlier = [again]
            elif _period_of(doc, earlier[-1]) != _period_of(doc, old):
                weak = True
        if COMBINED_START.match(doc.sentence_text(i)):
            earlier = _combined_figure(doc, i, _dimension(doc.qs[old]))
            weak = True
    if not earlier and not [j for j in sent if j < i and _is_level(doc.qs[j])]:
        # "Volumes are still 29% below the peak of 226 million tonnes": the story's figure
        # for the same thing now; sure only when the sentence's subject names it.
        current, named = _current_figure(doc, i, _dimension(doc.qs[old]))
        if current is not None and current != old:
            earlier, weak = [current], not named
    if (
        not earlier
        or doc.qs[i].start - doc.qs[earlier[-1]].end > 110
        and doc.sent_of[earlier[-1]] == doc.sent_of[i]
    ):
        return None
    return _claim(
        doc,
        "change",
        i,
        [earlier[-1], old],
        "percent change",
        detail={"direction": direction, "rates": doc.qs[old].kind == "percent", "weak": weak},
    )


def _clause_subject(doc: _Doc, a: int, i: int) -> str | None:
    """The capitalised name that opens the clause between figures a and i ("so Brazil sent
    about"), if any."""
    m = re.search(
        r"(?:[,;]\s*|\b(?:so|and|while|meaning|which\s+means)\s+)"
        r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})(?:['’]s)?\s+[a-z]",
        doc.text[doc.qs[a].end : doc.qs[i].start],
        re.IGNORECASE,
    )
    return m.group("name") if m else None


def _words_before(doc: _Doc, j: int, since: int) -> str:
    """The text of j's sentence before it, from the end of figure `since` if that is one of
    the sentence (-1: from its start)."""
    begin = doc.sentence_span(j)[0]
    if 0 <= since < j and doc.sent_of[since] == doc.sent_of[j]:
        begin = max(begin, doc.qs[since].end)
    return doc.text[begin : doc.qs[j].start]


def _restated_in_period(doc: _Doc, j: int) -> bool:
    """Whether figure j restates the one before it ("€1,420 a month, or €17,040 a year"; "SEK
    14,500 a month in 2024, or SEK 174,000 a year": past the year)."""
    k = _past_years(doc, j, -1)
    if k > 0 and _dimension(doc.qs[k]) != _dimension(doc.qs[j]) and _in_brackets(doc, k):
        # "R$45 a month (about US$8), or R$540 a year": past a conversion in brackets
        k = _past_years(doc, k, -1)
    return (
        k >= 0
        and _dimension(doc.qs[k]) == _dimension(doc.qs[j])
        and OR_BEFORE.search(doc.gap_before(j, 30)) is not None
    )


def _in_brackets(doc: _Doc, j: int) -> bool:
    """Whether figure j stands alone in brackets ("(about US$8)", "(29)")."""
    q = doc.qs[j]
    return (
        re.search(r"\(\s*(?:[a-z]+\s+)?$", doc.text[max(0, q.start - 12) : q.start]) is not None
        and re.match(r"\s*\)", doc.text[q.end : q.end + 3]) is not None
    )


def _whole_of_figure_before(doc: _Doc, j: int) -> bool:
    """Whether figure j is the whole the one before it is of ("won 17 of the 51 seats";
    "consumed 6.97 TWh last year out of 32.2 TWh")."""
    if j <= 0 or _dimension(doc.qs[j - 1]) != _dimension(doc.qs[j]):
        return False
    gap = doc.text[doc.qs[j - 1].end : doc.qs[j].start]
    return bool(OF_THE_WHOLE_GAP.fullmatch(gap) or OUT_OF_GAP.fullmatch(gap))


def _whole_of_share_before(doc: _Doc, j: int) -> bool:
    """Whether figure j is the whole of the share just before it ("13.8 per cent of its 65.0
    million dwellings")."""
    return (
        j > 0
        and doc.qs[j - 1].kind in ("percent", "fraction")
        and doc.sent_of[j - 1] == doc.sent_of[j]
        and OF_THE_WHOLE_GAP.fullmatch(doc.text[doc.qs[j - 1].end : doc.qs[j].start]) is not None
    )


OUT_OF_GAP = re.compile(r"[^,;.\d]{0,40}\bout\s+of\s+(?:(?:the|its|their|a|an)\s+)?", re.I)


_PERIOD_ADJECTIVE = {"day": "daily", "week": "weekly", "month": "monthly"}


def _per_shorter_time(doc: _Doc, j: int, other: int, i: int) -> bool:
    """Whether figure j is given per a day, week or month that figure `other` is not, and
    the sentence of figure i does not say that period ("the monthly cost")."""
    period = _period_of(doc, j)
    return (
        period in _PERIOD_ADJECTIVE
        and period != _period_of(doc, other)
        and not re.search(
            rf"\b{_PERIOD_ADJECTIVE[period]}\b|\b(?:a|per)\s+{period}\b",
            doc.sentence_text(i),
            re.IGNORECASE,
        )
    )


def _period_of(doc: _Doc, j: int) -> str | None:
    """The period figure j is given per ("a year", "monthly"), as a unit word."""
    m = PERIOD_SAID.search(re.split(r"[,;]", doc.after(j, 50), maxsplit=1)[0])
    if m is None:
        return None
    if m.group("p"):
        return m.group("p").lower()
    return {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week"}[
        m.group("p2").lower()
    ]


PERIOD_SAID = re.compile(
    # (not "£1,080 a year earlier", which dates the figure)
    r"\b(?:(?:a|an|per|each)\s+(?P<p>year|month|week|day)(?!\s+(?:earlier|ago|before|later)\b)"
    r"|(?P<p2>annually|yearly|monthly|weekly))\b",
    re.IGNORECASE,
)


def _named_subject_figures(doc: _Doc, i: int, earlier: list[int]) -> list[int] | None:
    """Of the figures before a comparison whose clause names its subject by a possessive
    ("with Cape Town's output 23% higher"), those said after the same name; None when the
    clause names none."""
    m = POSSESSIVE_SUBJECT.search(doc.text[doc.qs[earlier[-1]].end : doc.qs[i].start])
    if m is None:
        return None
    name = m.group("name")
    named = []
    for k, j in enumerate(earlier):
        begin = doc.qs[earlier[k - 1]].end if k else doc.sentence_span(j)[0]
        if name in doc.text[begin : doc.qs[j].start]:
            named.append(j)
    return named


POSSESSIVE_SUBJECT = re.compile(
    r"\b(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+(?:[a-z-]+\s+){0,2}$"
)


def _names_elsewhere(doc: _Doc, i: int) -> bool:
    """Whether i's sentence names a place or body (capitalised words after its first) that the
    sentence before does not."""
    sentence = doc.sentence_text(i)
    names = re.findall(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", sentence.strip())
    before = doc.text[slice(*doc.sentences[doc.sent_of[i] - 1])] if doc.sent_of[i] else ""
    return any(name not in before for name in names)


ADDED_AMOUNT_BEFORE = re.compile(
    rf"\b(?:add(?:s|ed|ing)?|an?\s+(?:extra|additional|further))\s+(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
COMBINED_START = re.compile(
    r"^\W*(?:(?:the|their|its)\s+(?:combined|total|overall|aggregate)\b|together|combined|"
    r"overall|in\s+all|all\s+told|taken\s+together|altogether)",
    re.IGNORECASE,
)


def _combined_figure(doc: _Doc, i: int, dim: tuple[str, str | None]) -> list[int]:
    """What "The combined figure was 22% below ..." compares: not the first of the parts the
    sentence before lists, but an earlier figure that is their sum ("about $1.1 billion of
    sales", then "$578.2 million ..., $427.6 million and $98.4 million"), as a one-item list."""
    s = doc.previous_with_figures(doc.sent_of[i])
    parts = doc.levels_of(dim, doc.in_sent.get(s, []), FROM_BEFORE)
    if len(parts) < 2:
        return parts
    total = sum(doc.qs[j].value for j in parts)
    sums = [
        j
        for j in range(parts[0])
        if _is_level(doc.qs[j])
        and _dimension(doc.qs[j]) == dim
        and abs(doc.qs[j].value - total) <= max(doc.qs[j].precision, total / 100)
    ]
    return sums[-1:]


def _compared_object(doc: _Doc, j: int) -> bool:
    """Whether figure j is the object of a comparison ("than the ¥425bn", "above the forecast of
    ¥389bn", "its target of $46 billion")."""
    gap = doc.gap_before(j, 45)
    return bool(
        THAN_BEFORE.search(gap)
        or COMPARED_BEFORE.search(gap)
        or COMPARED_WITH_NAMED.search(gap)
        or TARGET_BEFORE.search(gap)
        # "more than double the 666,000 tonnes"
        or MULTIPLE_OF_BEFORE.search(doc.left(j, 45))
    )


THAN_A_TIME = re.compile(
    r"^\s+(?:[a-z]+\s+)?than\s+(?:(?:a|one)\s+(?:year|month|quarter|week|decade)\s+"
    r"(?:earlier|before|ago)|last\s+(?:year|month|quarter|season)|the\s+(?:previous|prior)\s+\w+"
    # (not "than last year's 71,650 tonnes": a possessive names the figure compared with)
    r"|in\s+(?:19|20)\d\d)\b(?!['’]s\b)",
    re.IGNORECASE,
)


PAIR_BASE_BEFORE = re.compile(
    rf"\b(?:twice|double|treble|triple|times|than)\s+(?:the|its|their|last\s+year['’]s)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)


def _pair_before(
    doc: _Doc, i: int, dim: tuple[str, str | None], old: int | None, compared: bool = False
) -> tuple[int | None, int | None]:
    """(old, new) from the sentence before i: the figure after "from/compared with" is old."""
    s = doc.sent_of[i]
    if s == 0:
        return None, None
    prev = [
        j
        for j in doc.in_sent.get(doc.previous_with_figures(s), [])
        if _is_level(doc.qs[j]) and _dimension(doc.qs[j]) == dim
    ]
    if old is not None:
        return (old, prev[0]) if len(prev) == 1 else (None, None)
    if len(prev) != 2:
        return None, None
    # "rebates on 6,240 tanks ..., almost triple the 2,150 it funded in 2022-23": what the
    # other is compared with is the old one, whatever "on" says.
    bases = [j for j in prev if compared and PAIR_BASE_BEFORE.search(doc.left(j, 45))]
    if len(bases) != 1:
        bases = [j for j in prev if FROM_BEFORE.search(doc.gap_before(j, 45))]
    if len(bases) != 1:
        return None, None
    new = prev[0] if bases[0] == prev[1] else prev[1]
    return bases[0], new


def _lead_figure(
    doc: _Doc, i: int, dim: tuple[str, str | None], near: int | None = None
) -> list[int]:
    """The first figure of the given dimension in the sentence before i, as a one-item list;
    with `near`, the first on that figure's scale ("landed 310,000 tonnes, worth NOK 9.3
    billion, an average of NOK 30 per kilogram. That price was 15% higher than the NOK 26.10
    ..." points at the price)."""
    s = doc.sent_of[i]
    if s == 0:
        return []
    levels = doc.levels_of(dim, doc.in_sent.get(s - 1, []), FROM_BEFORE)
    if near is not None:
        levels = [j for j in levels if not _far_apart(doc.qs[j], doc.qs[near])]
    return levels[:1]


def _change_by_amount(doc: _Doc, i: int, direction: str) -> Claim | None:
    """ "Alibaba rose HK$2.30, or 3.0%, to HK$78.45"; "the fare rose 25 cents to $2.90, a 9.4%
    increase": the rise, its percent and the new level, whose difference is the old level."""
    qs, sent_i = doc.qs, doc.sent_of[i]

    def usable(amount: int, new: int) -> bool:
        if min(amount, new) < 0 or max(amount, new) >= len(qs):
            return False
        if doc.sent_of[amount] != sent_i or doc.sent_of[new] != sent_i:
            return False
        a, n = qs[amount], qs[new]
        if (
            a.change != direction
            or not _is_level(n)
            or not TO_BEFORE.search(doc.gap_before(new, 30))
            # not a level another verb reached after this change ("up $34, or 4.9%, because
            # the maximum insurable earnings increase to $68,900")
            or (new > i and LATER_CHANGE_VERB.search(doc.text[qs[i].end : n.start]))
        ):
            return False
        return _dimension(a) == _dimension(n) or (a.unit == "point" and n.kind == "count")

    between = doc.text[qs[i - 1].end : qs[i].start] if i > 0 else ""
    if OR_AMOUNT.match(between) and usable(i - 1, i + 1):
        amount, new = i - 1, i + 1
    elif (
        APPOSITIVE.search(doc.gap_before(i, 50))
        # "by 200 won to 4,700 won in January, a 4.4% increase"
        or (
            NOUN_FOLLOWS_BEFORE.search(doc.gap_before(i, 50))
            and CHANGE_NOUN_AFTER.match(doc.after(i, 30))
        )
    ) and usable(i - 2, i - 1):
        amount, new = i - 2, i - 1
    else:
        return None
    return _claim(
        doc,
        "change",
        i,
        [new, amount],
        "percent change",
        detail={"direction": direction, "by_amount": True},
    )


def _counts_other_things(doc: _Doc, i: int, pair: tuple[int, int]) -> bool:
    """Whether count i names a thing ("40 new cranes") that no figure of the pair names."""
    if doc.qs[i].kind != "count":
        return False
    mine = _counted_noun(doc, i)
    if mine is None:
        return False
    theirs = [_counted_noun(doc, j) for j in pair]
    if all(n is None for n in theirs):
        # "added three stages ..., bringing total capacity to 18,500 from 14,100": the words
        # that carry the pair name what it counts.
        theirs = [
            w
            for w in re.findall(r"[a-z]+", doc.gap_before(min(pair), 50).lower())
            if w not in _CARRY_FILLER
        ]
    return any(n is not None for n in theirs) and not any(
        n is not None and (_stem(mine) == _stem(n) or _same_noun(mine[:5], n[:5])) for n in theirs
    )


_CARRY_FILLER = frozenset(
    """bringing taking lifting pushing raising to from the its their total overall combined
    number count tally figure a an of up at in rose grew fell climbed increased dropped
    declined jumped reached stood was were is are has have had""".split()
)


def _far_off(total: Decimal, count: Decimal, stated: Decimal) -> bool:
    """Whether total / count is more than three times from the stated average either way."""
    if not count or not stated:
        return False
    ratio = total / count / stated
    return not Decimal(1) / 3 <= ratio <= 3


def _counts_other_nouns(doc: _Doc, j: int, noun: str) -> bool:
    """Whether count j names a thing ("187 films") other than `noun` ("admissions")."""
    theirs = _counted_noun(doc, j)
    return theirs is not None and not (
        _stem(theirs) == _stem(noun) or _same_noun(theirs[:5], noun[:5])
    )


def _counted_noun(doc: _Doc, j: int) -> str | None:
    m = re.match(
        r"^\s+(?:(?:new|more|extra|additional|fewer|net|other)\s+)?([a-z][\w-]*)", doc.after(j, 40)
    )
    if m is None or m.group(1) in _FUNCTION_WORDS or m.group(1) in _HERD_WORDS:
        return None
    return m.group(1)


NOUN_FOLLOWS_BEFORE = re.compile(rf"[,(–—-]\s*(?:a|an)\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)


def _said_respectively(doc: _Doc, j: int) -> bool:
    """Whether figure j is one of a list said "respectively" ("from €300,000 and €250,000
    respectively")."""
    return len(_same_kind_list(doc, j)) > 1 and any(
        RESPECTIVELY.match(doc.after(k, 20).lstrip(" ,")) for k in _same_kind_list(doc, j)
    )


def _multiple(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if q.kind != "multiple":
        return None
    if re.search(r"\brespectively\b[^.;]{0,25}$", doc.gap_before(i, 40), re.IGNORECASE):
        # "22 tonnes ... and 5 tonnes ..., respectively double and 2.5 times what the retired
        # rocket managed (11 tonnes and 2 tonnes)": which figure is whose goes by the order.
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    levels = [j for j in sent if _is_level(doc.qs[j])]
    # "8.7 million riders a day, almost double the 4.4 million on New York's 399km subway":
    # the figure the multiple names right after it decides the kind compared.
    named_after = (
        [j for j in levels if j > i][:1] if MULTIPLE_OBJECT_AFTER.match(doc.after(i, 60)) else []
    )
    if named_after and re.search(
        r";|,\s*(?:but|and|while|whereas|though|although)\b",
        doc.text[q.end : doc.qs[named_after[0]].start],
    ):
        # "roughly twice the price of a diesel one, but saves about 1.9 million baht a year":
        # the object named has no figure; the next one is another clause's.
        return None
    # Of several from/to pairs, the one nearest the multiple ("doubled from 3% to 6%, ...,
    # lifting annual interest on a $300,000 loan from $9,000 to $18,000").
    pairs = []
    for dim in sorted({_dimension(doc.qs[j]) for j in levels}, key=str):
        if named_after and dim != _dimension(doc.qs[named_after[0]]):
            continue
        old, new = doc.find_from_to(i, dim)
        if (
            old is not None
            and new is not None
            and named_after
            and named_after[0] not in (old, new)
            and RANGE_FROM_BEFORE.search(doc.gap_before(old, 30))
        ):
            # "ranges from ¥200 to ¥10,000 per guest, is expected to raise ¥12.6 billion,
            # nearly triple the ¥4.6 billion": a range's ends, not what is multiplied.
            continue
        if old is not None and new is not None:
            pairs.append((min(abs(j - i) for j in (old, new)), new, old))
    if pairs:
        _, new, old = min(pairs)
        own = max((j for j in levels if j < i), default=None)
        if (
            own is not None
            and own > max(new, old)
            and re.fullmatch(
                rf"(?:\s+[\w'’-]+){{0,6}},\s*(?:(?:{_QUAL})\s+)?",
                doc.text[doc.qs[own].end : q.start],
            )
        ):
            # "¥330 a shirt, up from ¥250, and ¥1,650 to clean a suit, five times the shirt
            # price": the multiple is set off after a figure of its own, past the pair.
            return None
        if named_after and named_after[0] != new:
            # "more than double the 666,000 tonnes of 2022-23 and 60% above the 854,000
            # tonnes of 2023-24": the figure named right after the multiple is its base.
            old = named_after[0]
        return _claim(doc, "multiple", i, [new, old], q.text.lower())
    if ANAPHOR_START.match(doc.sentence_text(i)) and not levels:
        # "That is ... 1.5 times the earlier share": the two figures of the sentence before.
        for dim in (
            {_dimension(doc.qs[j]) for j in doc.in_sent.get(doc.sent_of[i] - 1, [])}
            if doc.sent_of[i]
            else set()
        ):
            old, new = _pair_before(doc, i, dim, None)
            if old is not None and new is not None:
                # Which figure is multiplied is a guess across sentences: never an alarm.
                return _claim(doc, "multiple", i, [new, old], q.text.lower(), detail={"weak": True})
    amounts = [j for j in levels if doc.qs[j].kind != "percent"]
    when = SINCE_WHEN.search(doc.sentence_text(i))
    if when and len(amounts) == 1 and amounts[0] > i:
        # "Solar output has more than tripled since 2019, when it stood at 6.8 TWh": the
        # figure now is the story's figure for the same thing before.
        old = amounts[0]
        new, named = _current_figure(doc, i, _dimension(doc.qs[old]))
        if new is not None:
            return _claim(
                doc, "multiple", i, [new, old], q.text.lower(), detail={"weak": not named}
            )
    later = [j for j in levels if j > i]
    # "paid ¥4,268 for a 5-kilogram bag ..., 2.1 times the ¥2,023": a size that names the
    # thing priced is no figure of the comparison.
    # Nor another multiple's base: "7.0 times Calder Valley's operating profit of 4.0 million
    # pounds ... and about 1.4 times its revenue of 19.6 million pounds".
    earlier = [
        j
        for j in levels
        if j < i
        and not MODIFIER_FIGURE.match(doc.qs[j].text)
        and not any(
            doc.qs[k].kind == "multiple"
            # ("3.1 times as much as one in Busan (₩435m)": "one" there is no figure)
            and not any(m in levels and doc.qs[m].text.lower() != "one" for m in range(k + 1, j))
            for k in range(j)
            if k != i and doc.sent_of[k] == doc.sent_of[i]
        )
        # nor the figure restated ("averaged ¥4,268, or about ¥854 a kilogram, ... nearly
        # double the ¥2,180 of a year earlier")
        and not (
            j - 1 in levels
            and _restated_in_period(doc, j)
            # (a sum said after "or" is no restatement: "cost €610,000, or €8.54m together,
            # more than twice the €4.1m")
            and not TOTAL_AFTER.match(doc.after(j, 30))
        )
        # nor what a fraction or another multiple is of ("more than half the world's 1.89
        # billion, and roughly seven times India's 144 million")
        and not MULTIPLE_OF_BEFORE.search(doc.left(j, 45))
    ]
    if (
        later
        and not earlier
        and re.match(r"^\W*(?:that|this|it)\b", doc.sentence_text(i), re.IGNORECASE)
        and MULTIPLE_OBJECT_AFTER.match(doc.after(i, 60))
        and doc.sent_of[i] > 0
    ):
        # "... brings the total allowed catch to 4.985 million tonnes. That allowance is more
        # than double the 1.98 million tonnes landed in 2023": what is multiplied is the
        # figure the sentence points back to.
        prev = doc.levels_of(_dimension(doc.qs[later[0]]), doc.in_sent.get(doc.sent_of[i] - 1, []))
        # (not a figure per a shorter time than the object's: "counting 212,500 scanned
        # tickets, an average of 42,500 a day. That was nearly double the 110,000 of 2019")
        # (unless the sentence says the period: "That is about 1.9 times the monthly cost")
        prev = [j for j in prev if not _per_shorter_time(doc, j, later[0], i)]
        if prev and not COMPARATIVE_AFTER.match(doc.after(later[0], 40)):
            # (not an amount said as a difference: "That is 2.5 times the pandemic-year figure
            # and 1.2 million more than the 8.3 million of 2019")
            # Not the last part of a partition ("Of the 560 flights cancelled, 410 were ... and
            # the rest, 150, ... That was roughly three times the 180 of Wednesday"): its whole,
            # a guess.
            parted = len(prev) > 1 and any(
                CLOSING_PART.search(doc.gap_before(j, 40)) for j in prev[1:]
            )
            # Nor sure in a later clause with a subject of its own ("It was the first year
            # ..., and the e-book figure was four times the 160,000"): a guess.
            own_clause = bool(
                re.search(
                    r",\s*(?:and|but|while)\s|;",
                    doc.text[doc.sentence_span(i)[0] : q.start],
                )
            )
            return _claim(
                doc,
                "multiple",
                i,
                [prev[0] if parted else prev[-1], later[0]],
                q.text.lower(),
                detail={"weak": parted or own_clause},
            )
    pointer = MULTIPLE_POINTER_AFTER.match(doc.after(i, 60))
    if (
        pointer
        and pointer.group("as")
        and later
        and earlier
        and AT_FIGURE_GAP.fullmatch(doc.text[q.end + pointer.end() : doc.qs[later[0]].start])
        and _dimension(doc.qs[later[0]]) == _dimension(doc.qs[earlier[-1]])
        and not BASE_BEFORE.search(doc.gap_before(earlier[-1], 45))
        and not INTENDED_BEFORE.search(doc.gap_before(i, 40))
    ):
        # "spent R21 million ...; in 2019 the equivalent figure was three times as large, at R63
        # million": the figure said after "at" against the one before.
        return _claim(doc, "multiple", i, [later[0], earlier[-1]], q.text.lower())
    # (a figure of a clause after it is no object: "roughly four times as much, leaving a
    # shortfall of £602,000")
    later_own = [j for j in later if not LATER_CLAUSE.search(doc.text[q.end : doc.qs[j].start])]
    if (
        pointer
        and not later_own
        and len(earlier) >= 2
        and not INTENDED_BEFORE.search(doc.gap_before(i, 40))
    ):
        # "A short stay costs $87, while a loading bay attracts a $331 fine, almost four times
        # as much"; "to reach 150,000 by 2030, two and a half times its opening level": the
        # two figures before, the later over the earlier; sure only when they are the only
        # two of their kind and the words say "as much".
        new, old = earlier[-1], earlier[-2]
        if _dimension(doc.qs[new]) == _dimension(doc.qs[old]) and not BASE_BEFORE.search(
            doc.gap_before(new, 45)
        ):
            weak = len(earlier) > 2 or not pointer.group("as")
            # "44.2 million bags ... while Colombia shipped 12.6 million bags, so Brazil sent
            # about 3.5 times as many": the one the multiple's clause names is multiplied.
            subject = _clause_subject(doc, new, i)
            if subject is not None:
                if subject in _words_before(doc, old, -1) and subject not in _words_before(
                    doc, new, old
                ):
                    new, old = old, new
                elif subject not in _words_before(doc, new, old):
                    weak = True
            return _claim(doc, "multiple", i, [new, old], q.text.lower(), detail={"weak": weak})
    if (
        not later
        and earlier
        and doc.sent_of[i] > 0
        and MULTIPLE_REFERENT_AFTER.match(doc.after(i, 60))
        and not INTENDED_BEFORE.search(doc.gap_before(i, 40))
    ):
        # "A 17-year-old now pays £1,930, about three times the overall average" after "The
        # average ... reached £635": what is multiplied is here, what it is measured against
        # is a figure of the kind in the sentence before, a guess.
        new = earlier[-1]
        dim = _dimension(doc.qs[new])
        prev = doc.levels_of(dim, doc.in_sent.get(doc.sent_of[i] - 1, []))
        # Not "$310 a ton" against "$1,200 a week": figures per different things.
        prev = [
            j
            for j in prev
            if doc.qs[j].value < doc.qs[new].value and _per_word(doc, j) == _per_word(doc, new)
        ]
        if prev:
            return _claim(
                doc,
                "multiple",
                i,
                [new, prev[-1]],
                q.text.lower(),
                alternatives=[[new, j] for j in reversed(prev[:-1])],
                detail={"weak": True},
            )
    if MULTIPLE_OBJECT_AFTER.match(doc.after(i, 60)) and not INTENDED_BEFORE.search(
        doc.gap_before(i, 40)
    ):
        # Not "plans to double the capacity of its 300-MW plant": an aim, not a ratio.
        # "412 millimetres, more than three times the long-term norm of 131 millimetres".
        if (
            later
            and MODIFIER_FIGURE.match(doc.qs[later[0]].text)
            and re.match(r"^\s+as\s+(?:much|many)\s+[a-z]+\s+as\b", doc.after(i, 60))
        ):
            # "collects nearly three times as much light as the 4-metre mirror it replaces":
            # the size names the thing compared, not the figure multiplied.
            return None
        if later:
            old = later[0]
            if earlier and earlier[-1] + 1 < i:
                # "a contract worth SEK 18m, or SEK 6m a season, double the SEK 3m a year":
                # the restatement on the base's footing is the one multiplied.
                earlier[-1] = _on_base_footing(doc, earlier[-1], old)
            # "invest £6.2 billion over five years, an average of £1.24 billion a year and
            # almost double the £3.2 billion it spent before": a rate set beside the figure is
            # not what is multiplied; the figure before it is, less surely.
            weak = False
            # "taking 148,000 tonnes, or 36 per cent of the total, nearly three times the
            # 51,000 tonnes": a share set off after the figure restates it.
            # (also "equal to 37.1 pct of all exports", a share of the whole set off)
            while (
                len(earlier) > 1
                and doc.qs[earlier[-1]].kind == "percent"
                and doc.qs[old].kind != "percent"
                and (
                    OR_BEFORE.search(doc.gap_before(earlier[-1], 30))
                    or (
                        SHARE_SET_OFF_BEFORE.search(doc.gap_before(earlier[-1], 30))
                        and OF_AFTER.match(doc.after(earlier[-1]))
                    )
                )
            ):
                earlier.pop()
            while len(earlier) > 1 and _is_rate(doc, earlier[-1]) and not _is_rate(doc, old):
                earlier.pop()
                weak = True
            # "146,800 visitors in 2025, up 13.4% from 129,400 the year before, and about 1.75
            # times the 84,000 it recorded in 2015": a base is never what is multiplied.
            while (
                len(earlier) > 1
                and BASE_BEFORE.search(doc.gap_before(earlier[-1], 45))
                and _dimension(doc.qs[earlier[-2]]) == _dimension(doc.qs[old])
            ):
                earlier.pop()
            # The figure just before is the one multiplied; if it is of another kind ("four
            # terminals handled 9.8 mn TEUs, about 2.5 times the 3.9 mn"), say nothing.
            if (
                earlier
                and _dimension(doc.qs[earlier[-1]]) == _dimension(doc.qs[old])
                and len(doc.text[doc.qs[i].end : doc.qs[old].start]) < 70
            ):
                # "paid an average of ¥4,268 ..., 2.1 times the ¥2,023 they paid a year
                # earlier": a rate against a figure not said as one may be the same measure or
                # not; a guess.
                weak = weak or (_is_rate(doc, earlier[-1]) and not _is_rate(doc, old))
                # "twice as many as in 2015, when a second runway opened for 8 million": a
                # figure inside a clause of its own may be another thing of that time.
                weak = weak or bool(
                    RELATIVE_CLAUSE.search(doc.text[doc.qs[i].end : doc.qs[old].start])
                )
                # "profit came to 9.84 trillion won on revenue of 34.6 trillion won, nearly four
                # times the 2.51 trillion won it earned": the figure "on" another of its kind
                # qualifies that one, and either may be the one multiplied.
                alternatives = []
                if (
                    len(earlier) > 1
                    and _dimension(doc.qs[earlier[-2]]) == _dimension(doc.qs[old])
                    and ON_BASIS_BEFORE.search(doc.gap_before(earlier[-1], 40))
                ):
                    weak, alternatives = True, [[earlier[-2], old]]
                return _claim(
                    doc,
                    "multiple",
                    i,
                    [earlier[-1], old],
                    q.text.lower(),
                    alternatives=alternatives,
                    detail={"weak": weak},
                )
            if not earlier and len(doc.text[doc.qs[i].end : doc.qs[old].start]) < 70:
                # "The burnt area was almost three times the 640,000 hectares lost a season
                # before": what is multiplied is the figure a sentence before names by the
                # subject ("burned 1.86 million hectares"), a guess.
                new = _subject_figure(doc, i)
                if new is not None and _dimension(doc.qs[new]) == _dimension(doc.qs[old]):
                    return _claim(
                        doc, "multiple", i, [new, old], q.text.lower(), detail={"weak": True}
                    )
    return None


MODIFIER_FIGURE = re.compile(r"^[\d.,]+-[a-z]")
ON_BASIS_BEFORE = re.compile(
    r"\bon\s+(?:(?:a|an|the|its|their)\s+)?(?:\w+\s+){0,2}of\s+$", re.IGNORECASE
)


def _per_word(doc: _Doc, j: int) -> str | None:
    """What figure j is given per: "$310 a ton" -> "ton", "£1,930" -> None."""
    m = re.match(r"^\s+(?:a|an|per|each)\s+([a-z]+)", doc.after(j, 20), re.IGNORECASE)
    return m.group(1).lower() if m else None


def _is_rate(doc: _Doc, j: int) -> bool:
    """Whether figure j is given per period or as an average ("an average of £1.24 billion a
    year", "the €64,000 daily average"); "€0.35 per share" is a level like the "€0.175" it may
    double."""
    return bool(
        PER_PERIOD_AFTER.match(doc.after(j, 20))
        or re.match(r"^\s+(?:daily|weekly|monthly)\b", doc.after(j, 12))
        or re.search(r"\baverage\s+(?:of\s+)?(?:(?:" + _QUAL + r")\s+)?$", doc.gap_before(j, 30))
        # "the HK$146.2 million per-race average"
        or re.match(r"^\s+per-[a-z]+\s+average\b", doc.after(j, 25))
    )


# (not "55,000 a year earlier", which dates the figure)
PER_PERIOD_AFTER = re.compile(
    rf"^\s+(?:a|an|per|each)\s+(?:{_alt(sorted(_PERIODS))}|annum)\b"
    r"(?!\s+(?:earlier|ago|later|previously)\b|\s+before\s*(?:[,.;)]|$))",
    re.IGNORECASE,
)


def _share_of_phrase(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "312 of the 780 seats, or 40 per cent"; "Of the 3,000 applicants, 1,200 (40%) were
    accepted"; "Of 1,500 households surveyed, 45% - 675 households - said so": the part and
    the whole joined by "of" in the share's own clause."""
    if q.kind not in ("percent", "fraction") or q.change in ("up", "down"):
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    levels = [j for j in sent if _is_level(doc.qs[j]) and doc.qs[j].kind not in ("percent", "year")]
    pairs = []
    for a in levels:
        for b in levels:
            if a == b or doc.qs[a].value >= doc.qs[b].value:
                continue
            if _dimension(doc.qs[a]) != _dimension(doc.qs[b]):
                # "2.7 million of the 9.0 million tonnes": a bare part counts the whole's unit.
                if not (
                    a < b
                    and doc.qs[a].kind == "count"
                    and doc.qs[b].kind == "quantity"
                    and re.fullmatch(r"\s+of\s+the\s+", doc.text[doc.qs[a].end : doc.qs[b].start])
                ):
                    continue
            if a < b and PART_OF_WHOLE.match(doc.text[doc.qs[a].end : doc.qs[b].start]):
                pairs.append((a, b))  # "312 of the 780 seats"
            elif b < a and OF_WHOLE_START.match(doc.left(b, 40)) and _clause_between(doc, b, a):
                pairs.append((a, b))  # "Of the 3,000 applicants, 1,200"
    if re.match(r"^\s+of\s+(?:them|those|these|it|which|whom)\b", doc.after(i), re.IGNORECASE):
        return None  # "and 20% of them are in Spain": the share names its own whole

    # The share must sit on the pair, set off by a bracket, a dash or ", or": beside the part
    # ("1,200 (40%)", "45% - 675 households -") or after the whole's noun ("312 of the 780
    # seats, or 40 per cent").
    def beside(a: int, b: int) -> bool:
        qa, qb = doc.qs[a], doc.qs[b]
        if qa.end <= q.start and SET_OFF.match(doc.text[qa.end : q.start]):
            return True
        if q.end <= qa.start and SET_OFF.match(doc.text[q.end : qa.start]):
            return True
        if (
            qb.end <= q.start
            and (
                NOUN_SET_OFF.match(doc.text[qb.end : q.start])
                # "of the 5.3 million overnight stays counted by the city's statistics office,
                # or 77 per cent"
                or NOUN_OR_SET_OFF.match(doc.text[qb.end : q.start])
            )
        ):
            return True
        # "Of the 301,000 handed in, only 2,410 were collected, under 1%.": the share that
        # closes the clause holding both.
        if (
            max(qa.end, qb.end) <= q.start
            and b < a
            and re.search(rf",\s*(?:(?:{_QUAL})\s+)?$", doc.gap_before(i, 40))
            and re.match(r"\s*(?:[.;]|$)", doc.after(i, 5))
            # (not past another part: "3,120 were women, or 60%, and 640 were older than 50,
            # about 12%")
            and not any(a < k < i for k in levels)
        ):
            return True
        # "Of 8.3 million taxpayers, 4.9 million filed returns, a compliance rate of 59 per
        # cent": a rate named after the clause that holds both.
        return (
            max(qa.end, qb.end) <= q.start and RATE_BEFORE.search(doc.gap_before(i, 40)) is not None
        )

    near = [(a, b) for a, b in pairs if beside(a, b)]
    if len(near) != 1:
        return None
    a, b = near[0]
    return _claim(doc, "share", i, [a, b], "of")


def _clause_between(doc: _Doc, b: int, a: int) -> bool:
    """No clause break beyond the comma after "Of the 3,000 applicants"."""
    between = doc.text[doc.qs[b].end : doc.qs[a].start]
    return len(between) <= 60 and ";" not in between and between.count(",") <= 1


SIZE_NAMED = re.compile(
    r"\bthe\s+(?P<w>larger|bigger|largest|biggest|smaller|smallest)\b", re.IGNORECASE
)


def _share(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "$4bn, or 40% of the total"; "40% of the $10bn budget"; "of which $4bn, or 40%"."""
    if q.kind not in ("percent", "fraction") or q.change in ("up", "down"):
        return None
    if COMPARATIVE_AFTER.match(doc.after(i, 40)):
        return None  # "..., or 12 per cent more than in 2023": a change, not a share
    if q.low is not None:
        return None  # "Between 3% and 5% of the 2.4 million households, or 72,000 to 120,000"
    if OF_THEM_AFTER.match(doc.after(i, 30)) and not OR_AMOUNT_AFTER.match(doc.after(i, 40)):
        # "120 are part-timers, a third of them over 50": a share of the figure before, whose
        # own part is not given.
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    amounts = [j for j in sent if _is_level(doc.qs[j]) and doc.qs[j].kind != "percent"]
    before = [j for j in amounts if j < i]
    if OF_THAT_AFTER.match(doc.after(i, 30)):
        # "Overseas sales reached ¥61.0bn, with North America accounting for 38% of that
        # figure, or about ¥23.2bn": the whole is the figure before, the part the amount after.
        whole = [j for j in before if not BASE_BEFORE.search(doc.gap_before(j, 45))][-1:]
        part = i + 1
        if (
            whole
            and part < len(doc.qs)
            and doc.sent_of[part] == doc.sent_of[i]
            and _dimension(doc.qs[part]) == _dimension(doc.qs[whole[0]])
            and OF_THAT_OR_AMOUNT.fullmatch(doc.text[q.end : doc.qs[part].start])
        ):
            return _claim(doc, "share", i, [part, whole[0]], "of")
    if len(before) == 1 and (partition := _partition_share_or_amount(doc, i, before[0])):
        return partition
    after = [j for j in amounts if j > i]
    of_after = OF_AFTER.match(doc.after(i))
    # "40% of the $10bn budget (, or $4bn)": the whole follows "of" with no pause.
    if (
        of_after
        and after
        and (
            OF_WHOLE.match(doc.text[q.end : doc.qs[after[0]].start])
            # "2.95 per cent of gross state domestic product (GSDP), which is estimated at ₹30.6
            # lakh crore"; "12 percent of world output, which the ICO put at 4.4 million tonnes"
            or OF_WHICH_PUT_AT.match(doc.text[q.end : doc.qs[after[0]].start])
        )
    ):
        whole = after[0]
        dim = _dimension(doc.qs[whole])
        said_after = [
            j
            for j in after[1:]
            if _dimension(doc.qs[j]) == dim
            # not another share's amount: "71% of the 610 million tonnes, rail 18% and
            # waterways the remaining 11%, or about 67 million tonnes"; "fewer than one in 10
            # (271)"
            and not any(doc.qs[k].kind in ("percent", "fraction") for k in range(i + 1, j))
            and (
                OR_AMOUNT.match(doc.text[doc.qs[j - 1].end : doc.qs[j].start])
                # "35% of the company's €2.4 billion in sales, or €840 million"
                or (
                    j - 1 == whole
                    and NOUN_OR_AMOUNT.match(doc.text[doc.qs[whole].end : doc.qs[j].start])
                )
            )
        ]
        # Not "won by a margin of 4,120 votes, taking 52% of the 38,000 ballots": a margin is
        # no part.
        near_before = [
            j
            for j in before
            if _dimension(doc.qs[j]) == dim
            and q.start - doc.qs[j].end < 110
            and not MARGIN_OF_BEFORE.search(doc.gap_before(j, 40))
            # (nor a margin set off: "overtook those to South Korea (¥375 billion) ..., by ¥37
            # billion, and now account for 11% of the total")
            and not SET_OFF_BY_BEFORE.search(doc.gap_before(j, 20))
            # Not across ", while": "Sixty of the 250 delegates voted against, or 24%, while
            # 15% of the 190 who voted in favour"; nor a figure that could have been ("the
            # £60m it would otherwise have imposed"); nor a count of other things ("Sixteen of
            # the 27 member states, accounting for 65% of the bloc's 448 million people").
            and doc.same_clause(i, j)
            and not WOULD_HAVE_AFTER.match(doc.after(j, 40))
            and not _other_things(doc, j, whole)
            # nor a count of other things than the whole's ("186,400 tickets across 214
            # performances ..., filling 85.4% of its 1,020 seats")
            and not _counts_other_noun(doc, j, whole)
            # nor a mark or the parts' owners (see `current` below)
            and not MARK_BEFORE.search(doc.gap_before(j, 40))
            and not _owners(doc, j)
            # nor a comparison's base ("29 per cent below the ten-year average of 11,900, and
            # about a third of the record 24,600")
            and not COMPARED_BASE_BEFORE.search(doc.left(j, 50))
            # nor what a multiple multiplies ("nearly three times the 150,000 tonnes of its
            # closest rival and 35 per cent of the 1.2 million-tonne global catch")
            and not MULTIPLE_OF_BEFORE.search(doc.left(j, 50))
            # nor an amount said as a difference ("82,000 tonnes more than the season before
            # and 80% of the limit of 620,000 tonnes")
            and not COMPARATIVE_AFTER.match(doc.after(j, 40))
            # nor another share's whole: "38% of the 4,500 engineers ... and 52% of its 1,250
            # administrative staff"; nor the whole of a part before it ("3.8 GW of the state's
            # 12.4 GW of solar capacity, or 30.6%, and about 9% of its 42 GW")
            and not _whole_of_share_before(doc, j)
            and not _whole_of_figure_before(doc, j)
        ]
        # An average only when nothing else is there ("about 20 kilograms per hectare, less
        # than a sixth of the 135 kilograms per hectare" compares two rates).
        yearly = [j for j in near_before if _period_of(doc, j) == "year"]
        if yearly and WHOLE_PER_YEAR_AFTER.match(doc.after(whole, 20)):
            # "C$9.5m worth of syrup a month, or C$114m a year, roughly a fifth of the
            # province's C$570m annual crop": the part said for the whole's year.
            near_before = yearly
        near_before = [j for j in near_before if not _average_or_rate(doc, j)] or near_before
        if TO_BEFORE.search(doc.gap_before(i, 45)):
            # "The 8,700 new connections ... lifted coverage to 90.0 percent of the county's
            # 131,500 households": what was added raised the share; it is not the part.
            near_before = [j for j in near_before if not ADDED_AFTER.match(doc.after(j, 20))]
        # "fitted 1.2 million meters since 2019, 260,000 of them last year alone, which means
        # 58% of its 2.07 million customers": not a part of the figure before.
        # (unless the share sets it off: "54 of them, roughly 40 per cent of the 135")
        near_before = [
            j
            for j in near_before
            if not OF_SUBGROUP_AFTER.match(doc.after(j, 20))
            or APPOSITIVE_SHARE_GAP.fullmatch(doc.text[doc.qs[j].end : q.start])
        ]
        # "planted 62,400 trees, 30% more than the 48,000 of the previous year but only 83.2%
        # of its target of 75,000": the part is the figure compared, not its base.
        # (Unless the share is dated with the base: "down from 103.3 TWh in 2023, when they
        # supplied 63.0% of the 164.0 TWh generated".)
        near_before = [
            j
            for j in near_before
            if not (
                BASE_BEFORE.search(doc.gap_before(j, 45))
                and not re.search(r",\s*when\b", doc.text[doc.qs[j].end : q.start])
            )
        ] or near_before
        if any(TO_BEFORE.search(doc.gap_before(j, 45)) for j in near_before):
            # "rose ... to CHF 38.6 million from CHF 33.1 million, taking exports to 63.1 per
            # cent of total sales": the figure reached is the part, not its base.
            near_before = [j for j in near_before if not FROM_BEFORE.search(doc.gap_before(j, 45))]
        if LAST_PERIOD_BEFORE.search(doc.gap_before(i, 45)):
            # "..., or 600, plan to hire, up from 25% of the 1,800 asked last year": last
            # period's share says its own part, if any, not this period's.
            near_before = []
        size = (
            SIZE_NAMED.search(doc.text[doc.qs[near_before[-1]].end : q.start])
            if len(near_before) > 1
            else None
        )
        if size:
            # "SEK 540m and SEK 360m respectively, so the larger site accounted for 60% of the
            # combined SEK 900m": the part the size word names.
            pick = (
                max
                if size.group("w").lower() in ("larger", "bigger", "largest", "biggest")
                else min
            )
            near_before = [pick(near_before, key=lambda j: doc.qs[j].value)]
        # "300,000 tonnes ..., half the 600,000 tonnes of neighbouring Michoacán, which alone
        # accounts for 75% of Mexico's 800,000-tonne total": the figure "which" opens on.
        which = [
            j
            for j in before
            if _dimension(doc.qs[j]) == dim
            and WHICH_CLAUSE_GAP.fullmatch(doc.text[doc.qs[j].end : q.start])
        ]
        if which and not said_after:
            near_before = which[-1:]
        if (
            said_after
            and (
                _amounts_respectively(doc, said_after[0])
                # "took 21% and 38% of the DKK 1.2bn market respectively, worth DKK 252m and DKK
                # 456m": the list of shares says it
                or RESPECTIVELY.search(doc.text[q.end : doc.qs[said_after[0]].start])
            )
        ):
            # "42% of the 650 applicants but only 30% of the 90 people hired, 273 and 27
            # respectively": the k-th share is the k-th amount's.
            listed = [k for k in _same_kind_list(doc, said_after[0]) if k >= said_after[0]]
            rates = [
                k
                for k in doc.in_sent.get(doc.sent_of[i], [])
                if k < said_after[0] and doc.qs[k].kind == doc.qs[i].kind and _is_level(doc.qs[k])
            ]
            if len(listed) != len(rates) or i not in rates:
                return None
            said_after = [listed[rates.index(i)]]
        part = said_after[0] if said_after else (near_before[-1] if near_before else None)
        if part is None:
            # "Electric buses now make up 8.7 percent of the municipal fleet of 13,200": the
            # part is the figure a sentence before names by the subject, a guess.
            part = _subject_figure(doc, i)
            if (
                part is None
                or _dimension(doc.qs[part]) != dim
                or doc.qs[part].value >= doc.qs[whole].value
            ):
                return None
            return _claim(doc, "share", i, [part, whole], "of", detail={"weak": True})
        if (
            not said_after
            and len(near_before) >= 2
            and (
                CONTEST_GAP.fullmatch(
                    doc.text[doc.qs[near_before[-2]].end : doc.qs[near_before[-1]].start]
                )
                # "Exports to Japan (¥412 billion) overtook those to South Korea (¥375
                # billion)": which one the share is of, the grammar says, not the order
                or OVERTAKE_GAP.fullmatch(
                    doc.text[doc.qs[near_before[-2]].end : doc.qs[near_before[-1]].start]
                )
            )
        ):
            # "won with 19,406 votes to the Conservative's 15,088, ..., taking 46.2% of the
            # 42,004 votes cast": either side of a contest may be the one, most likely the
            # first; a guess.
            first = near_before[-2]
            return _claim(
                doc,
                "share",
                i,
                [first, whole],
                "of",
                alternatives=[[part, whole]],
                detail={"weak": True},
            )
        return _claim(
            doc, "share", i, [part, whole], "of", detail={"weak": _rate_of_total(doc, part, whole)}
        )
    cue = SHARE_BEFORE.search(doc.gap_before(i, 40)) or RATE_BEFORE.search(doc.gap_before(i, 40))
    if (
        cue is None
        and re.search(r",\s*a\s+$", doc.gap_before(i, 40))
        and SHARE_NOUN_AFTER.match(doc.after(i, 20))
    ):
        cue = re.search(r"(?P<cue>,)", doc.gap_before(i, 40))  # "€600 million, a 25% share"
    if cue is None and of_after and i > 0 and doc.sent_of[i - 1] == doc.sent_of[i]:
        # "includes 410 electric vehicles, almost a quarter of the total": the part's noun,
        # a comma, then the share of a whole.
        cue = PART_NOUN_COMMA.match(doc.text[doc.qs[i - 1].end : q.start])
    part = None
    # Not last period's figure: "doubled to ¥648.7 billion from ¥318.8 billion and made up
    # 11.3% of all sales" is a share of the ¥648.7 billion.
    # Nor a count of places a clause mentions: "23,900 ... are waiting to be tested at one of
    # the capital's six centres, or 34.9% of the national total".
    # Nor a mark the story measures against ("about 30% below the 8 million kg typical a
    # decade ago"), nor the owners of the parts ("the three took 57.7% of the total"); and an
    # average ("an average of $288 million per ship") only when no other figure is there.
    current = [
        j
        for j in before
        if not BASE_BEFORE.search(doc.gap_before(j, 45))
        and not ONE_OF_BEFORE.search(doc.gap_before(j, 40))
        and not MARK_BEFORE.search(doc.gap_before(j, 40))
        and not _owners(doc, j)
    ]
    if (
        i - 1 in before
        and i - 1 not in current
        and re.fullmatch(rf",\s*or\s+(?:(?:{_QUAL})\s+)?", doc.text[doc.qs[i - 1].end : q.start])
    ):
        # "142 of the 460 seats, or 30.9%, up from 125, or 27.2%": the share restates last
        # period's figure, not this one's.
        return None
    current = [j for j in current if not _average_or_rate(doc, j)] or current
    # nor a size that names a thing ("before the seven-hour cut-off, a completion rate of 92%")
    current = [j for j in current if not re.match(r"[\w.,]+-[a-z]", doc.qs[j].text)] or current
    of_total = bool(OF_TOTAL_AFTER.match(doc.after(i, 40)))
    if (
        cue is None
        and of_total
        and current
        and re.search(rf",\s*(?:(?:{_QUAL})\s+)?$", doc.gap_before(i, 40))
        and not CLAUSE_BREAK.search(doc.text[doc.qs[current[-1]].end : q.start])
    ):
        # "5,433 prisoners were on remand awaiting trial or sentence, 42.2 per cent of the
        # total": set off after the clause its part is the figure of.
        cue = re.search(r"(?P<cue>,)\s*\S*\s*$", doc.gap_before(i, 40))
    if (
        cue is None
        and current
        and APPOSITIVE_SHARE_GAP.fullmatch(doc.text[doc.qs[current[-1]].end : q.start])
        # (set off at the end too: "found faults in 61,000 of them, nearly 15%.")
        and re.match(r"\s*(?:[,.;]|[-–—]\s|$)", doc.after(i, 3))
    ):
        # "and 862 of them, roughly 70 per cent, concerned bills": a share set off after its
        # part, of the figure "them" points back to.
        cue = re.search(r"(?P<cue>,)\s*\S*\s*$", doc.gap_before(i, 40))
    if (
        cue is None
        and current
        and re.search(r",\s*of\s+wh(?:om|ich)\s+$", doc.gap_before(current[-1], 20))
        and re.search(
            rf"^[^,;]{{0,40}},\s*(?:(?:{_QUAL})\s+)?$", doc.text[doc.qs[current[-1]].end : q.start]
        )
        and re.match(r"\s*(?:[,.;]|$)|\s+of\b", doc.after(i, 4))
    ):
        # "1.42 million guests, of whom 398,000 came from abroad, about 28%": set off after
        # the clause of its part (or "nearly 29% of the pot").
        cue = re.search(r"(?P<cue>,)\s*\S*\s*$", doc.gap_before(i, 40))
    # A share of the total may follow a longer clause ("23,900 of those on the list are
    # waiting to be tested at one of the capital's six centres, or 34.9% of the national
    # total").
    # (so may one of a partition: "Of the 16,200 who started ..., 14,950 reached the finish
    # ... before the seven-hour cut-off, a completion rate of about 92%")
    partitioned = bool(PARTITION_START.match(doc.left(current[0], 60))) if current else False
    reach = 120 if of_total or partitioned else 80
    if cue and current and q.start - doc.qs[current[-1]].end <= reach:
        part = current[-1]  # "Renewables produced 134.3 TWh, or 50.3 percent of the total"
        # "38.5 million bags of arabica and 15.7 million of robusta; arabica made up 71% of the
        # total": the part its own clause names.
        part = _named_part(doc, i, current) or part
    elif of_after and after and OR_AMOUNT.match(_between_of_phrase(doc, i, after[0])):
        part = after[0]  # "2% of the budget, or $96.4 million"
    if part is not None and cue:
        # "118 cubic hectometres out of a capacity of 694, or 17 percent": the figure before
        # the share is the whole the part was counted out of.
        whole = part
        outer = [
            j
            for j in before
            if j < whole
            and _dimension(doc.qs[j]) == _dimension(doc.qs[whole])
            and doc.qs[j].value < doc.qs[whole].value
        ]
        gap = doc.text[doc.qs[outer[-1]].end : doc.qs[whole].start] if outer else ""
        if outer and OUT_OF_BEFORE.search(gap):
            return _claim(doc, "share", i, [outer[-1], whole], "out of")
        if (
            outer
            and OF_THE_WHOLE_GAP.fullmatch(gap)
            # (not when the share names another whole the story counts: "212,000 members"
            # before "sites, 30 of the 84, account for about 45% of members")
            and not _names_other_whole(doc, i, of_after, whole)
        ):
            # "about 290 million of the country's 1,150 million wireless subscribers had a 5G
            # connection, or about a quarter".
            return _claim(doc, "share", i, [outer[-1], whole], "of")
    subject_part = False
    if part is None and cue and of_after and not before:
        # "Those departments accounted for 66.8% of the budget": the part is the figure a
        # sentence before names by the subject ("... a combined $3.22 billion").
        part = _subject_figure(doc, i)
        subject_part = part is not None
    if part is None and current and q.start - doc.qs[current[-1]].end <= 100:
        # "operates 1,180 branches, of which 742 are in Kerala, Tamil Nadu and Karnataka,
        # nearly 63% of the network": the whole "of which" follows.
        whole = _of_which_whole(doc, current[-1])
        if whole is not None and _names_other_whole(doc, i, of_after, whole):
            whole = None  # "..., nearly 63% of the 2,400 staff": a share of another whole
        if whole is not None and re.search(
            r",\s*(?:(?:" + _QUAL + r")\s+)?$", doc.gap_before(i, 20)
        ):
            return _claim(doc, "share", i, [current[-1], whole], "of which")
    guessed_part = False
    if (
        part is None
        and cue is None
        and of_after
        and current
        and _dimension(doc.qs[current[-1]])[0] != "duration"
        and q.start - doc.qs[current[-1]].end <= 80
    ):
        # "India produced 151.1 million tonnes of crude steel, so mills ran at 76.1% of
        # capacity": with no word tying the share to the figure before, a guess, kept only
        # when a whole goes by the share's noun.
        part, guessed_part = current[-1], True
    if part is None:
        return None
    wholes, weak = _wholes(doc, i, part, of_after is not None)
    if guessed_part and (weak or not wholes):
        return None
    if not wholes and not OF_NAMED_AFTER.match(doc.after(i)):
        # "Income tax brought in £20bn, or 40 per cent", "60% of them", "a 25% share": no
        # whole named, so the bigger figure just before (in the sentence, else the one in the
        # sentence before) is a guess.
        wholes, weak = _unnamed_wholes(doc, part), True
    if not wholes:
        return None
    weak = weak or subject_part or guessed_part or _share_of_a_share(doc, i, wholes[0])
    weak = weak or _rate_of_total(doc, part, wholes[0])
    cue_word = cue.group("cue").strip().lower() if cue else ""
    if cue_word.startswith("meaning") or (
        cue_word.endswith("of") and RESTRICTED_AFTER.match(doc.after(i, 20))
    ):
        # "meaning 15% of members vote by post" may be of another group than the figures
        # before; "an approval rate of 71% for online claims" of a part of them.
        weak = True
    return _claim(
        doc,
        "share",
        i,
        [part, wholes[0]],
        (cue.group("cue") if cue else "of").strip(),
        alternatives=[[part, w] for w in wholes[1:]],
        detail={"weak": weak},
    )


WHOLE_PER_YEAR_AFTER = re.compile(r"^\s+(?:annual|yearly)\b|^\s+(?:a|per)\s+year\b", re.I)


def _rate_of_total(doc: _Doc, part: int, whole: int) -> bool:
    """Whether a share's part is a rate or an average and its whole a total: "takings of CHF
    1,900 a day mean the new fee equals about 2.5 per cent of turnover"; "about ¥20.7 million
    per chick ..., and equals 8.1 per cent of the zoo's overall budget of ¥2.3 billion". Such a
    share is of another figure, a guess. (Not "₦480,000 ..., or about ₦182,400 per hectare",
    whose whole is itself a cost per hectare in words.)"""
    if not _average_or_rate(doc, part) or _average_or_rate(doc, whole):
        return False
    period = _period_of(doc, part)
    if period == "year" and (
        WHOLE_PER_YEAR_AFTER.match(doc.after(whole, 20))
        or ANNUAL_BEFORE.search(doc.left(whole, 40))
    ):
        return False  # "C$96m a year, roughly a fifth of the province's C$480m annual crop"
    return period is not None or bool(OVERALL_BEFORE.search(doc.left(whole, 60)))


ANNUAL_BEFORE = re.compile(r"\b(?:annual|yearly)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
OVERALL_BEFORE = re.compile(r"\b(?:overall|total|entire|whole)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _named_part(doc: _Doc, i: int, candidates: list[int]) -> int | None:
    """Of the candidate parts, the one whose words name what the share's clause opens with,
    after a semicolon ("; arabica made up 71%"); None when it names none or several."""
    m = CLAUSE_OPENER.search(doc.gap_before(i, 60))
    if m is None:
        return None
    stem = _stem(m.group("subj").lower())
    named = [
        j
        for j in candidates
        if stem
        in _stems(
            " ".join(doc.gap_before(j, 25).split()[-1:])
            + " "
            + re.split(r"[,;]|\s(?:and|or|while|but)\s", doc.after(j, 30))[0]
        )
    ]
    return named[0] if len(named) == 1 else None


CLAUSE_OPENER = re.compile(r";\s*(?:the\s+)?(?P<subj>[A-Za-z][\w'’-]+)\s+(?:[a-z]+\s+){0,2}$")


def _share_of_a_share(doc: _Doc, i: int, whole: int) -> bool:
    """Whether the share at i is of a part another share of its sentence takes of that whole:
    "Of 2,400 new homes built, 30% were affordable, and half of those were for social rent";
    "Cars made up 62% of the 1.5 million vehicles sold, and electric models were 25% of car
    sales". Such a share is a guess."""
    earlier = [
        k
        for k in doc.in_sent.get(doc.sent_of[i], [])
        if k < i and doc.qs[k].kind in ("percent", "fraction") and doc.qs[k].change == "="
    ]
    if not earlier:
        return False
    if OF_THOSE_AFTER.match(doc.after(i, 20)):
        return True
    # Another share's whole: the first figure after "P% of" that is not a rate or a year.
    return any(
        OF_AFTER.match(doc.after(k))
        and next(
            (m for m in range(k + 1, i) if doc.qs[m].kind not in ("percent", "fraction", "year")),
            None,
        )
        == whole
        for k in earlier
    )


# "..., 450 fewer." / "..., 12 more": a difference with nothing after it.
BARE_COMPARATIVE_AFTER = re.compile(
    r"^(?:\s+[a-z]+)?\s+(?:(?P<up>more|higher|extra|larger|bigger|greater)|"
    r"(?P<down>fewer|less|lower|smaller))\s*(?:[.;]|,\s|$)"
    # ("That is 26,500 more nights, an increase of ...", not "12m for smaller farms,")
    r"|^\s+(?:(?P<up2>more|extra)|(?P<down2>fewer))\s+[a-z]+\s*(?:[.;]|,\s|$)",
    re.IGNORECASE,
)
COMPARATIVE_AFTER = re.compile(
    r"^\s+(?:(?P<up>more|higher|larger|greater|bigger|above|faster|dearer|costlier|longer|"
    # ("weighs 17.8 kg, 2.2 kg lighter than the 20 kg model")
    r"heavier|warmer|hotter|wider|deeper|taller)|"
    r"(?P<down>less|lower|smaller|fewer|below|cheaper|slower|under|short|shorter|lighter|"
    r"cooler|colder|narrower|shallower))\b"
    r"(?:\s+\w+)?\s+(?:than|the|on|from|last|a\s+year|its|their|of)\b",
    re.IGNORECASE,
)
COMPARED_BASE_BEFORE = re.compile(
    r"\b(?:below|above|short\s+of)\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:of\s+)?$",
    re.IGNORECASE,
)
OF_THE_REST_AFTER = re.compile(r"^\s+of\s+the\s+(?:remaining|rest|other)\b", re.IGNORECASE)
LEFT_BEFORE = re.compile(r"\b(?:leaving|left|leaves|remaining)\s+(?:(?:just|only|some)\s+)?$", re.I)
FRAME_START = re.compile(
    r"^\W*(?:Within|Inside|From|In)\s+(?:that|this|those|these|the|its|their)\s+"
    r"(?P<mod>[a-z][\w-]*)\s+(?P<noun>[a-z][\w-]+),"
)
OF_THOSE_START = re.compile(
    r"^\W*Of\s+(?:those|these|the|its|their|this|that)\s+"
    r"(?:(?P<mod>[a-z][\w-]*)\s+|[\w-]+\s+)?(?P<noun>[a-z][\w-]+),",
)
BOUND_VERB_BEFORE = re.compile(
    r"\b(?:(?P<over>tops?|topped|topping|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
    r"crossed|crosses|broke\s+through|breaks\s+through|pass(?:es|ed)?)|(?P<under>stays?\s+below|"
    r"kept\s+below|keeps?\s+below))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
PASSED_WHOLE = re.compile(
    r"\b(?:budgets?|bills?|laws?|motions?|plans?|measures?|council|parliament|congress|senate|"
    r"lawmakers|mps|legislature|assembly|tests?|exams?)\s+(?:\w+\s+){0,2}pass(?:es|ed)?\b"
    r"|\bpass(?:es|ed)?\s+(?:a|an|its|the)\b",
    re.IGNORECASE,
)
MARGIN_BEFORE = re.compile(
    r"\b(?:an?\s+)?(?:operating\s+|net\s+|profit\s+|gross\s+|pre-tax\s+|ebitda\s+)?margin\s+"
    r"(?:(?:thus|then|also|has|had|have)\s+)?(?:(?:widened|narrowed|improved|rose|fell|climbed|"
    r"slipped|increased|shrank|grew|expanded|contracted)\s+)?"
    r"(?:of|was|at|to|stood\s+at)\s+(?:(?:" + _QUAL + r")\s+)?$",
    re.IGNORECASE,
)
PROFIT_WORD = re.compile(r"\b(?:profits?|income|earnings|ebitda|ebit)\b", re.IGNORECASE)
REVENUE_WORD = re.compile(r"\b(?:revenue|revenues|sales|turnover)\b", re.IGNORECASE)
TOTAL_NAMED = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|total\s+(?:[a-z-]+\s+){0,2}(?:of|was|were|reached|came\s+to|"
    r"stood\s+at|rose\s+to|fell\s+to|hit|amounted\s+to)|totall?(?:ed|ing))\s+(?:(?:"
    + _QUAL
    + r")\s+)?$",
    re.IGNORECASE,
)
OUT_OF_BEFORE = re.compile(
    # ("out of a road maintenance budget of R842 million")
    r"^(?:\s+[\w'’-]+){0,4}?,?\s+out\s+of\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:of\s+)?(?:(?:" + _QUAL + r")\s+)?$",
    re.IGNORECASE,
)
MARK_BEFORE = re.compile(
    r"\b(?:below|above|under|short\s+of|ahead\s+of|behind)\s+(?:the|its|their|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:about|some|nearly|almost|roughly|around)\s+)?$",
    re.IGNORECASE,
)
COLLECTIVE_BEFORE = re.compile(r"\b(?:the|all|those|these)\s+$", re.IGNORECASE)


EACH_AFTER = re.compile(r"^\s+(?:per|each|apiece|for\s+(?:every|each))\b")


def _said_per_unit(doc: _Doc, j: int) -> bool:
    """Whether figure j is said as a rate or per unit ("an average of nearly 35 per garage",
    "Bus ridership averaged 410,000 on weekdays")."""
    return (
        _is_rate(doc, j)
        or bool(EACH_AFTER.match(doc.after(j, 16)))
        or bool(AVERAGE_SAID.search(doc.gap_before(j, 30)))
    )


def _average_or_rate(doc: _Doc, j: int) -> bool:
    """Whether figure j is an average or a rate, and so no part of anything."""
    return (
        _said_per_unit(doc, j)
        # "an average realisation of about Rs 3,950 a bat"
        or bool(
            re.search(r"\baverage\b[^.;,]{0,30}$", doc.gap_before(j, 45), re.IGNORECASE)
            and AVERAGE_AFTER.match(doc.after(j, 30))
        )
    )


def _owners(doc: _Doc, j: int) -> bool:
    """Whether figure j is a spelled number standing for the things listed ("the three took
    57.7% of the total", "all four together"), not an amount."""
    q = doc.qs[j]
    return (
        q.kind == "count"
        and q.text.isalpha()
        and COLLECTIVE_BEFORE.search(doc.gap_before(j, 10)) is not None
        and (_noun_after(doc, j) is None or bool(OWNER_VERB_AFTER.match(doc.after(j, 20))))
    )


OWNER_VERB_AFTER = re.compile(
    r"^\s+(?:together|combined|between|took|take|takes|have|had|has|are|were|accounted|account|"
    r"accounts|made|make|makes|contributed|supplied|produced|sold|won|held|hold|control\w*)\b",
    re.IGNORECASE,
)
OF_THAT_AFTER = re.compile(r"^\s+of\s+(?:that|this|it)\b", re.IGNORECASE)


WHICH_CLAUSE_GAP = re.compile(
    r"(?:\s+[\w'’-]+){0,3},\s*which\s+(?:alone\s+|now\s+|still\s+)?"
    r"(?:accounts?|accounted|makes?|made|represents?|represented|is|was)\b[^,;()\d]{0,30}",
    re.IGNORECASE,
)


def _names_other_whole(doc: _Doc, i: int, of_after: re.Match | None, whole: int) -> bool:
    """Whether share i names ("of members") a whole other than figure `whole`: one that
    another figure of the story counts."""
    own = OF_NOUN.match(doc.after(i)) if of_after else None
    return own is not None and _names_another_figure(doc, own.group("noun"), whole)


def _names_another_figure(doc: _Doc, noun: str, whole: int) -> bool:
    """Whether `noun` ("members") is what a figure of the whole's kind other than the whole
    counts ("212,000 members")."""
    stem = noun.lower()[:5]
    if noun.lower() in (*TOTAL_LIKE, "them", "those", "these"):
        return False
    return any(
        k != whole
        and _dimension(doc.qs[k]) == _dimension(doc.qs[whole])
        and (_noun_after(doc, k) or "").startswith(stem)
        for k in doc.by_dim.get(_dimension(doc.qs[whole]), ())
    )


def _of_which_whole(doc: _Doc, j: int) -> int | None:
    """The figure that "of which" sets figure j in ("1,180 branches, of which 742"), if any."""
    k = j - 1
    if (
        k < 0
        or doc.sent_of[k] != doc.sent_of[j]
        or _dimension(doc.qs[k]) != _dimension(doc.qs[j])
        or not _is_level(doc.qs[k])
        or doc.qs[k].value <= doc.qs[j].value
    ):
        return None
    gap = doc.text[doc.qs[k].end : doc.qs[j].start]
    return k if OF_WHICH_PART_GAP.fullmatch(gap) else None


OF_WHICH_PART_GAP = re.compile(
    rf"(?:\s+[\w'’-]+){{0,3}},\s*of\s+wh(?:ich|om)\s+(?:(?:{_QUAL})\s+)?", re.IGNORECASE
)


def _amounts_respectively(doc: _Doc, j: int) -> bool:
    """Whether figure j opens a list of amounts closed by "respectively" ("273 and 27
    respectively")."""
    listed = [k for k in _same_kind_list(doc, j) if k >= j]
    return (
        len(listed) >= 2
        and re.match(r"^[\s,]*respectively\b", doc.after(listed[-1], 20), re.IGNORECASE) is not None
    )


def _partition_share_or_amount(doc: _Doc, i: int, whole: int) -> Claim | None:
    """ "Of the 58,000 hectares now planted, about 71 per cent, or 41,000 hectares, are
    bearing nuts": the whole opens the sentence, the share comes set off, the part after "or"."""
    part = i + 1
    opening = doc.text[doc.sentence_span(whole)[0] : doc.qs[whole].start]
    if not (
        PARTITION_START.match(opening)
        and part < len(doc.qs)
        and doc.sent_of[part] == doc.sent_of[i]
        and _dimension(doc.qs[part]) == _dimension(doc.qs[whole])
        and _is_level(doc.qs[part])
        and doc.qs[part].value < doc.qs[whole].value
        and re.fullmatch(
            r"[^,;:()\d]{0,40},\s*(?:(?:" + _QUAL + r")\s+)?",
            doc.text[doc.qs[whole].end : doc.qs[i].start],
        )
        and re.fullmatch(
            rf",\s*or\s+(?:(?:{_QUAL})\s+)?", doc.text[doc.qs[i].end : doc.qs[part].start]
        )
    ):
        return None
    return _claim(doc, "share", i, [part, whole], "of")


OF_THAT_OR_AMOUNT = re.compile(
    rf"\s+of\s+(?:that|this|it)(?:\s+(?:figure|total|amount|sum))?\s*,\s*or\s+(?:(?:{_QUAL})\s+)?",
    re.IGNORECASE,
)
OF_THE_WHOLE_GAP = re.compile(
    # ("12% of Bali's 400 hotels")
    r"\s+of\s+(?:(?:the|its|their|this|that|all)\s+|(?=[\w-]+['’]s\s))(?:[\w-]+['’]s\s+)?"
    r"(?:[a-z-]+\s+)?",
    re.IGNORECASE,
)
OR_BEFORE = re.compile(rf"[,(]\s*or\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)
SHARE_SET_OFF_BEFORE = re.compile(
    rf"[,(]\s*(?:equal\s+to|equivalent\s+to|representing|accounting\s+for|making\s+up)\s+"
    rf"(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
# Only the words that surely introduce last period's figure ("on 3,500 kilometres" does not).
BASE_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|(?:up|down)\s+on)\s+"
    r"(?:the\s+|a\s+|an\s+)?"
    # "down 12.5% from the all-time high of 47.2 million bags"; "15% up on SEK 36.5 million"
    r"(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+)?" + _BASE_NOUN_OF + r"(?:(?:" + _QUAL + r")\s+)?$",
    re.IGNORECASE,
)
PART_OF_WHOLE = re.compile(
    # (not "1.2 million but short of its 1.4 million target": a gap to a mark)
    r"^(?:\s+(?!(?:short|ahead|instead|because|excess|front)\b)[a-z][\w-]*){0,2}\s+"
    r"(?:of|out\s+of)\s+(?:the|its|their|all|those|these|a|an)?\s*"
    r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$"
    # "NZ$1.29 billion out of total export sales of NZ$4.3 billion"
    r"|^\s+out\s+of\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){1,3}of\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$"
    # "5.2 million tax filers claimed a donation on their 2023 returns, out of 28.9 million"
    r"|^[^;:]{0,120}?,\s+out\s+of\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$",
    re.IGNORECASE,
)
SET_OFF = re.compile(rf"^\s*[(,–—-]\s*(?:or\s+)?(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)
NOUN_SET_OFF = re.compile(
    rf"^(?:\s+[\w'’-]+){{0,4}}\s*[(,–—-]\s*(?:or\s+|a\s+)?(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)
OF_WHICH_PUT_AT = re.compile(
    rf"^\s+of\s+(?:[\w'’-]+\s+){{0,8}}[\w'’-]+(?:\s+\([\w\s-]+\))?,\s+which\s+"
    rf"(?:(?:is|was|are|were)\s+)?(?:(?:the|an?|its)\s+)?(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:put|estimated|valued|reckoned|puts|estimates|values)\s+(?:it\s+)?at\s+"
    rf"(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
NOUN_OR_SET_OFF = re.compile(
    rf"^(?:\s+[\w'’-]+){{0,9}}\s*,\s*(?:or\s+(?:(?:{_QUAL})\s+)?|(?:{_QUAL})\s+)$",
    re.IGNORECASE,
)
OF_WHOLE_START = re.compile(
    r"(?:^|[.;:]\s*|\b[Aa]nd\s+|,\s*)\W*[Oo]f\s+(?:the|its|their|all|those|these)?\s*"
    # ("Of the state's 2,850 registered kilns")
    r"(?:[A-Za-z][\w-]*['’]s?\s+)?"
    r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$"
)
PART_NOUN_COMMA = re.compile(
    rf"^(?:\s+[\w'’-]+){{1,5}}(?P<cue>,)\s*(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)
# "a compliance rate of 59 per cent", "a success rate for motorists of about 35 per cent".
RATE_BEFORE = re.compile(
    rf"(?P<cue>,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?:rate|ratio|proportion|turnout|share)\s+"
    rf"(?:(?:for|among)\s+[\w-]+\s+)?of)\s+(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
SHARE_NOUN_AFTER = re.compile(r"^\s+(?:share|stake|slice|portion)\b", re.IGNORECASE)
# "40% of revenue": a whole named by a noun that no figure carries stays unknown.
OF_NAMED_AFTER = re.compile(
    r"^\s+of\s+(?!them\b|it\b|that\b|those\b|these\b|this\b)", re.IGNORECASE
)
NOUN_OR_AMOUNT = re.compile(
    rf"^(?:\s+[\w'’-]+){{1,4}}\s*,\s*(?:(?:or|at|some|worth)\s+)?(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
BARE_OR = re.compile(rf"^\s+or\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)
OR_AMOUNT = re.compile(rf"^\s*[,(]\s*(?:or\s+)?(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)
OF_THE_BEFORE = re.compile(r"^\W*Of\s+(?:the|its|their|all|some|that|this|those|these)?\s*$")
POINTER_STEMS = frozenset(_stem(w) for w in ("that", "this", "those", "these"))


def _between_of_phrase(doc: _Doc, i: int, j: int) -> str:
    """The text after the noun phrase that follows "of": ", or " in "2% of the budget, or $96m"."""
    between = doc.text[doc.qs[i].end : doc.qs[j].start]
    m = re.match(r"^\s+of\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=\s*[,(])", between)
    return between[m.end() :] if m else "#"


def _margin(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "net profit came to €96 million, a margin of 6.8%": profit over this period's revenue;
    in "lifting the operating margin to 14.5 per cent from 13.6 per cent" the earlier margin
    is the earlier profit over the earlier revenue."""
    if q.kind != "percent":
        return None
    earlier = False
    if not MARGIN_BEFORE.search(doc.gap_before(i, 40)):
        # "... margin to 14.5 per cent from 13.6 per cent": the second is last period's.
        if not (
            i > 0
            and doc.sent_of[i - 1] == doc.sent_of[i]
            and doc.qs[i - 1].kind == "percent"
            and MARGIN_BEFORE.search(doc.gap_before(i - 1, 40))
            and FROM_BEFORE.search(doc.gap_before(i, 30))
        ):
            return None
        earlier = True
    sent = doc.in_sent.get(doc.sent_of[i], [])
    parts = [
        j
        for j in sent
        if j < i
        and _is_level(doc.qs[j])
        and doc.qs[j].kind == "money"
        and bool(FROM_BEFORE.search(doc.gap_before(j, 45))) == earlier
        and not _bracketed_prior(doc, j)
    ]
    if not parts:
        return _margin_before(doc, i)
    # "Net profit rose to $40 million ..., while the gross margin was 35%": a margin of one
    # kind is no share of another kind's profit.
    kind = MARGIN_KIND.search(doc.gap_before(i, 40))
    if kind:
        parts = [
            j
            for j in parts
            if not (
                (other := PROFIT_KIND.search(_clause(doc, j)))
                and other.group(1).lower() != kind.group(1).lower()
            )
        ]
        if not parts:
            return None
    # The profit, not "a turnaround of US$257 million" said after it.
    named = [
        j
        for j in parts
        if _clause_has(doc, j, PROFIT_WORD) and not ON_BASIS_BEFORE.search(doc.gap_before(j, 40))
    ]
    part = named[-1] if named else parts[-1]
    revenue = [
        j
        for j in doc.same_dim_levels(part, doc.window(i, 6))
        # "Net profit rose to $40 million on sales of $500 million": revenue may follow.
        if (j < part or (j < i and ON_BASIS_BEFORE.search(doc.gap_before(j, 40))))
        and doc.qs[j].value > doc.qs[part].value
        and _revenue_figure(doc, j)
        and not OR_PERCENT_AFTER.match(doc.after(j, 30))  # "Online sales reached £1.23bn, or 39.4%"
        and bool(FROM_BEFORE.search(doc.gap_before(j, 45))) == earlier
        # Not another year's: "Operating profit in 2024 had been 118.0 billion won" is no
        # part of "Revenue reached 1.86 trillion won in 2025".
        and not _other_years(doc, part, j)
        and not _bracketed_prior(doc, j)
    ]
    if not revenue:
        return None
    distinct = {doc.qs[j].value for j in revenue}
    # "Cherry revenue rose to US$ 521 million" is one segment's: a group's EBITDA margin is
    # on the group's revenue, which the story may give without the word (a guess then).
    segment = SEGMENT_REVENUE.search(_clause(doc, revenue[-1])) is not None
    return _claim(
        doc,
        "share",
        i,
        [part, revenue[-1]],
        "margin",
        alternatives=[[part, r] for r in reversed(revenue[:-1])],
        detail={"weak": len(distinct) > 1 or segment},
    )


SEGMENT_REVENUE = re.compile(
    r"\b(?!(?:the|its|their|his|her|our|a|an|on|of|in|from|for|with|by|at|to|and|or|as|"
    r"total|group|net|gross|annual|quarterly|full-year|overall|consolidated|company|"
    r"operating|reported|underlying|headline|whose|which|that|with|higher|lower|record|had|"
    r"has|have|made|makes|saw|sees|grew|rose|hit|posts|books|earns|lifted|raised)\b)"
    # a noun, not a verb: "booked revenue of R14.2bn" is the clause's own revenue
    r"(?![A-Za-z]+ed\b)[A-Za-z][\w-]*\s+"
    r"(?:revenue|revenues|sales|turnover)\b",
    re.IGNORECASE,
)


def _own_year(doc: _Doc, j: int) -> Decimal | None:
    """The year figure j's own clause dates it by: "in 2024 had been 118.0 billion won",
    "1.86 trillion won in 2025"."""
    k = _year_next(doc, j)
    if (
        k is None
        and j > 0
        and doc.qs[j - 1].kind == "year"
        and doc.sent_of[j - 1] == doc.sent_of[j]
    ):
        if re.fullmatch(r"[^,;:()]{0,30}", doc.text[doc.qs[j - 1].end : doc.qs[j].start]):
            k = j - 1
    return None if k is None else (doc.qs[k].low or doc.qs[k].value)


def _other_years(doc: _Doc, a: int, b: int) -> bool:
    ya, yb = _own_year(doc, a), _own_year(doc, b)
    return ya is not None and yb is not None and ya != yb


MARGIN_KIND = re.compile(r"\b(operating|net|gross|pre-tax|ebitda)\s+margin\b", re.IGNORECASE)
PROFIT_KIND = re.compile(
    r"\b(operating|net|gross|pre-tax|ebitda)\s+(?:profits?|income|earnings)\b", re.IGNORECASE
)


def _bracketed_prior(doc: _Doc, j: int) -> bool:
    """'sales of 40 billion kronor (36 billion)', 'at least 50 kilograms (45 kg for women)',
    '€21.0m (2022: €16.9m)', '71.2% (private schools: 88.5%)': the bracketed figure is the
    same measure's in the period compared with, or another group's, so no operand of a
    margin or a bound on the figure before, nor a level of its change."""
    k = j - 1
    if (
        k > 0
        and doc.qs[k].kind == "year"
        and re.fullmatch(r"\s*:\s*", doc.text[doc.qs[k].end : doc.qs[j].start])
    ):
        k -= 1  # "(2022: €16.9m)": past the label's year
        opening = doc.text[doc.qs[k].end : doc.qs[k + 1].start]
    else:
        opening = doc.text[doc.qs[k].end : doc.qs[j].start] if k >= 0 else ""
    return (
        k >= 0
        and doc.sent_of[k] == doc.sent_of[j]
        # (a noun may come between, "147 of the 300 seats (156 in 2019)", and a label inside,
        # "(private schools: 88.5%)")
        and BRACKET_OPENING.fullmatch(opening) is not None
        and re.match(
            r"(?:[^()\d]|(?:19|20)\d\d){0,30}\)", doc.text[doc.qs[j].end : doc.qs[j].end + 40]
        )
        is not None
        and _dimension(doc.qs[k]) == _dimension(doc.qs[j])
    )


BRACKET_OPENING = re.compile(
    r"(?:\s+[A-Za-z'’-]+){0,2}\s*\(\s*(?:[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s*)?"
)


def _margin_before(doc: _Doc, i: int) -> Claim | None:
    """ "Its operating margin thus widened to 28.4% from 9.7%" after "profit came to 9.84
    trillion won on revenue of 34.6 trillion won, ... the 2.51 trillion won it earned ...,
    when revenue was 25.9 trillion won": a margin whose profit and revenue sit in the
    sentences before. Any profit over any revenue of one currency there may be meant, so
    each pair is a reading and none is sure."""
    window = [j for j in doc.window(i, 3) if j < i and doc.qs[j].kind == "money"]
    window = [j for j in window if _is_level(doc.qs[j])]
    if any(doc.sent_of[j] == doc.sent_of[i] for j in window):
        return None  # its own sentence's figures were read, and did not fit
    profits = [
        j
        for j in window
        if PROFIT_CLAUSE.search(_clause(doc, j))
        or PROFIT_CLAUSE.search(_noun_phrase_after(doc, j) or doc.after(j, 20))
    ]
    revenues = [j for j in window if _revenue_figure(doc, j)]
    pairs = [
        [p, r]
        for p in reversed(profits)
        for r in reversed(revenues)
        if p != r
        and _dimension(doc.qs[p]) == _dimension(doc.qs[r])
        and doc.qs[p].value < doc.qs[r].value
        and not _other_years(doc, p, r)
    ]
    if not pairs or len(pairs) > 12:
        return None
    return _claim(
        doc, "share", i, pairs[0], "margin", alternatives=pairs[1:], detail={"weak": True}
    )


PROFIT_CLAUSE = re.compile(
    r"\b(?:profits?|income|earnings|ebitda|ebit|earned|earns|made)\b", re.IGNORECASE
)


def _revenue_figure(doc: _Doc, j: int) -> bool:
    """ "Revenue rose 4 per cent to £3.12bn", "net sales ... rose 4.8% to $13.18 billion": the
    word revenue or sales in the figure's own clause."""
    return _clause_has(doc, j, REVENUE_WORD)


def _clause_has(doc: _Doc, j: int, word: re.Pattern) -> bool:
    return bool(word.search(_clause(doc, j)))


def _unnamed_wholes(doc: _Doc, part: int) -> list[int]:
    qp = doc.qs[part]

    def fits(j: int) -> bool:
        return (
            j < part
            and _dimension(doc.qs[j]) == _dimension(qp)
            and _is_level(doc.qs[j])
            and doc.qs[j].value > qp.value
            and not BASE_BEFORE.search(doc.gap_before(j, 45))
        )

    here = [j for j in doc.in_sent.get(doc.sent_of[part], []) if fits(j)]
    if here:
        return [here[-1]]
    s = doc.sent_of[part]
    before = [j for j in doc.in_sent.get(s - 1, []) if fits(j)] if s else []
    return before[:1] if len({doc.qs[j].value for j in before}) == 1 else []


def _subject_figure(doc: _Doc, i: int) -> int | None:
    """The one figure in the three sentences before whose clause names the subject of i's
    clause ("Gold now makes up about 10.2 per cent" and "Gold reserves were worth $66.63
    billion"), not a percentage and not a base."""
    clause = _clause(doc, i, 80, CLAUSE_OR_AND_MEANING)
    m = re.match(
        r"^\s*(?P<subject>.*?)\s+(?:(?:now|alone|together|therefore|thus|so|still|also)\s+)*"
        r"(?:accounted|account|accounts|made|makes|make|won|took|takes|represented|represents|"
        r"equalled|was|were|is|are|moved|handled|carried|sold|shipped|covered|covers|cover|"
        r"amounted|generated|produced|supplied|held|holds)\b",
        clause,
        re.IGNORECASE,
    )
    if not m:
        return None
    subject = _stems(m.group("subject")) - _STOP_STEMS - {"those", "these", "alone"}
    if not subject:
        return None
    s = doc.sent_of[i]
    hits = [
        j
        for k in range(max(0, s - 3), s)
        for j in doc.in_sent.get(k, [])
        if _is_level(doc.qs[j])
        and doc.qs[j].kind not in ("percent", "year")
        and not BASE_BEFORE.search(doc.gap_before(j, 45))
        # Its clause before it, or the words it counts ("1,146 battery-electric buses"), or
        # where it came from ("£141m from pawnbroking, £72m from ...").
        and subject
        & (
            _stems(_clause(doc, j))
            | _stems(_noun_phrase_after(doc, j))
            | _stems(re.split(r"[;]|[,.](?:\s|$)|\band\b", doc.after(j, 40))[0])
        )
    ]
    if len({doc.qs[j].value for j in hits}) > 1 and _has_headline(doc):
        # "Crown debt hits NZ$175 billion" over the body's "debt rose to NZ$175.6 billion":
        # the headline's rounding is no second figure.
        hits = [j for j in hits if doc.sent_of[j] > 0]
    return hits[-1] if len({doc.qs[j].value for j in hits}) == 1 else None


RESTRICTED_AFTER = re.compile(r"^\s+(?:for|among|in|on)\s+(?!(?:the\s+)?(?:year|quarter)\b)", re.I)
OF_THOSE_AFTER = re.compile(r"^\s+of\s+(?:those|these|them)\b", re.IGNORECASE)


def _noun_phrase_after(doc: _Doc, j: int) -> str:
    """The words right after figure j, up to the first function word or pause."""
    m = re.match(
        r"^\s+((?:(?!(?:in|of|for|on|at|by|from|to|and|or|the|a|an)\b)[A-Za-z-]+\s*){1,3})",
        doc.after(j, 40),
    )
    return m.group(1) if m else ""


def _wholes(doc: _Doc, i: int, part: int, of_after: bool) -> tuple[list[int], bool]:
    """Candidates for the whole a share at i is taken of, the likeliest first; and whether
    they were only guessed from a noun ("of revenue") rather than read from the syntax."""
    dim = _dimension(doc.qs[part])
    # Not last period's figure: in "The total was 43.6 per cent higher than the 287,000 claims
    # received in 2022. Long-distance services generated 301,000 of them" the claims are this
    # year's.
    prior = [
        j
        for j in doc.same_dim_levels(part, doc.window(part, 1))
        if j < part and (not BASE_BEFORE.search(doc.gap_before(j, 45)) or _set_against(doc, j))
    ]
    if prior:
        j = prior[-1]
        # "Revenue was $10bn, of which $4bn, or 40%"; "Of the 214 people admitted, 96, or 45%";
        # "Of that, NZ$12 million, or 40%" (which "that" is, the arithmetic decides).
        if (
            OF_WHICH.search(doc.text[doc.qs[j].end : doc.qs[part].start])
            or OF_THE_BEFORE.search(doc.left(j, 30))
            # "Some 9,870 fines were challenged, and 3,420 of those were withdrawn".
            or OF_THOSE_AFTER.match(doc.after(part, 20))
        ):
            # Unless the share names a whole of its own that the figure is not: "Of the $12bn
            # budget, 40% goes to health, and a quarter of health spending goes to hospitals,
            # or $1.2bn" is a quarter of the health share.
            own = OF_NOUN.match(doc.after(i)) if of_after else None
            # ("Of that €120, roughly €34 ..., about 28 percent of the bill": a whole with no
            # words of its own is no other thing)
            named = _stems(doc.left(j, 30) + _noun_phrase_after(doc, j)) - POINTER_STEMS
            other = (
                own is not None
                # "of the total", "of those surveyed" name the whole the partition gave
                and own.group("noun").lower() not in TOTAL_LIKE
                and not OF_THOSE_AFTER.match(doc.after(i, 20))
                and bool(named)
                and not _stems(own.group("noun")) & named
            )
            return [j, *reversed(prior[:-1])], other
    m = OF_NOUN.match(doc.after(i)) if of_after else None
    if m is None:
        # "Girls account for 30 lakh of those pupils, or 48.4%": the noun follows the part.
        m = OF_NOUN.match(doc.after(part))
    if m is None:
        # "Of those exports, 4.4 bln francs, or 16.5 pct, went to ...".
        m = OF_THOSE_START.match(doc.sentence_text(part))
    if m is None:
        return [], False
    noun = m.group("noun").lower()
    # "of the national crop", "of the bloc's jobless": the head may be the phrase's last word
    # as well as its first ("of the total claims bill").
    head = OF_NOUN_HEAD.match(m.string, m.start("noun"))
    nouns = {noun}
    if head and head.group("head").lower() != "total":
        nouns.add(head.group("head").lower())
    here = doc.sent_of[part]
    bigger = [
        j
        for j in doc.by_dim.get(dim, ())
        if j != part
        and abs(doc.sent_of[j] - here) <= 30  # the same story, and linear on a long text
        and (other := doc.qs[j]).value > doc.qs[part].value
        and _is_level(other)
        # not the headline's rounding ("slips to nearly NOK 120 billion") for a body share
        and not (doc.sent_of[j] == 0 and here > 0 and _has_headline(doc))
        # "Total generation fell to 266.9 TWh from 275.5 TWh": last year's is no whole; a
        # figure set against another of its time is ("$52,300 against $61,500 for men").
        and (not BASE_BEFORE.search(doc.gap_before(j, 45)) or _set_against(doc, j))
        # nor an item's figure in brackets ("split among Labour (9), Independents (7) and
        # Conservatives (5), 21 in all")
        and not _in_brackets(doc, j)
    ]
    named = [j for j in bigger if TOTAL_NAMED.search(doc.left(j, 60))]
    if noun in ("volume", "sum", "amount") and len(named) == 1:
        # "or 74% of the volume" after "Shipments totalled 1.17 million tonnes".
        return [named[0]], False
    # "make up 23 percent of all lending": "all" names the story's whole, whatever its noun.
    if noun in TOTAL_LIKE or (of_after and re.match(r"^\s+of\s+all\b", doc.after(i))):
        # "... or 50.3 percent of the total": a figure the article itself calls the total
        # ("a total of 266.9 TWh", "total generation reached 163.6 TWh") is the whole, surely;
        # failing that, any bigger figure may be, and the claim can only be unverifiable.
        if len(named) == 1:
            return [
                named[0],
                *sorted(
                    (j for j in bigger if j != named[0]), key=lambda j: (j > part, abs(j - part))
                ),
            ], False
        found = bigger
        # The story's own total: the first figure of the kind the body gives (not a base),
        # when it is the only earlier figure bigger than the part ("New car registrations fell
        # 1.0 per cent to 2,817,300 ..." and later "564,000 cars, or 20.0 per cent of the
        # total").
        earlier = [j for j in bigger if j < part]
        headline = _has_headline(doc)
        body = doc.levels_of(
            dim, [j for j in doc.by_dim.get(dim, ()) if doc.sent_of[j] > 0 or not headline]
        )
        # Only when no other figure before is bigger than the part: in "Europe's market grew
        # to 12.9 million cars. In Germany, registrations fell to 2.8 million. VW sold 560,000,
        # or 20 per cent of the total" the total may be either.
        if body and len({doc.qs[j].value for j in earlier}) == 1:
            # The figure said again nearest the part (the body's, not the headline's).
            top = earlier[-1]
            if top == body[0] or doc.qs[top].value == doc.qs[body[0]].value:
                return [
                    top,
                    *sorted(
                        (j for j in bigger if j != top), key=lambda j: (j > part, abs(j - part))
                    ),
                ], False
    else:
        # "or 39.4 per cent of revenue": a figure the article calls revenue (or sales).
        stems = {n[:5] for n in nouns}
        for group in lx.WHOLE_SYNONYMS:
            if any(n.startswith(w[:5]) for w in group for n in nouns):
                stems |= {w[:5] for w in group}
        # Words that start with the noun ("men" is not in "women").
        named = re.compile(r"\b(?:" + "|".join(re.escape(st) for st in stems) + ")", re.I)
        found = [j for j in bigger if named.search(_clause(doc, j) + " " + doc.after(j, 25))]
        # Not a count of other things than the part's own ("602 of the rooms, or about 21
        # percent of the city's total" is no share of "The city counted 1,126 coin booths").
        own_noun = PART_OWN_NOUN.match(doc.after(part)) if doc.qs[part].kind == "count" else None
        if own_noun:
            part_stem = own_noun.group("noun").lower()[:4]
            found = [
                j
                for j in found
                if not _counts_other_nouns(doc, j, own_noun.group("noun"))
                or part_stem in doc.sentence_text(j).lower()
            ]
        # Not a figure its own words name as another whole: "taking exports to 63.1 per cent
        # of total sales of CHF 61.2 million" is no figure of exports.
        found = [j for j in found if not _named_another_whole(doc, j, stems)]
        compound = head is not None and head.group("head").lower() not in (noun, "total")
        word, by_mod = noun, False
        # "Of the active licenses, 388, or 63.4 percent": not the cap on all licenses; "Within
        # that procurement budget, air defence takes €159m, or 38.6% of the budget": not the
        # whole defence budget.
        frame = m if m.re is OF_THOSE_START else FRAME_START.match(doc.sentence_text(part))
        if (
            frame
            and frame.group("mod")
            and frame.group("mod").lower() not in TOTAL_LIKE
            and _stem(frame.group("noun").lower()) in {_stem(n) for n in nouns}
        ):
            compound, word, by_mod = True, frame.group("mod"), True
        if compound and found:
            # "about half of export revenue": a figure called revenue alone is another whole
            # than the one the modifier names; only figures naming both are sure.
            modifier = re.compile(rf"\b{re.escape(word[:5])}", re.IGNORECASE)
            named_both = [
                j for j in found if modifier.search(_clause(doc, j) + " " + doc.after(j, 25))
            ]
            if not named_both:
                if by_mod:
                    # "612 are currently active": a figure the modifier alone names is a guess.
                    found += [
                        j
                        for j in bigger
                        if j not in found
                        and here - 1 <= doc.sent_of[j] <= here
                        and modifier.search(_clause(doc, j) + " " + doc.after(j, 25))
                    ]
                return sorted(found, key=lambda j: (j > part, abs(j - part))), True
            found = named_both
        if OF_THE_REST_AFTER.match(doc.after(part, 30)):
            # "closed 45 of the 412 outlets, leaving 367. ... 128 of the remaining outlets,
            # 34.9 per cent of the network": the whole is what was left.
            left = [
                j
                for j in bigger
                if here - 2 <= doc.sent_of[j] <= here and LEFT_BEFORE.search(doc.gap_before(j, 20))
            ]
            return left or found, len(left) != 1
        # Sure when one figure alone is called that in its own clause ("Revenue rose 4 per
        # cent to £3.12bn" for "or 39.4 per cent of revenue"), and no other figure of the
        # kind is near it by that name at all.
        own = [j for j in found if named.search(_clause(doc, j))]
        if (
            len({doc.qs[j].value for j in own}) == 1
            and len({doc.qs[j].value for j in found}) == 1
            # Not a figure said later: "almost 31% of the subsidy" is no share of "cutting
            # the annual subsidy to £5.5m" paragraphs on.
            and all(doc.sent_of[j] <= here for j in found)
        ):
            return sorted(found, key=lambda j: (j > part, abs(j - part))), False
        if not found:
            # "built 4.1 million cars and exported 3.4 million, or 83 per cent of output": no
            # figure goes by the noun, so the one bigger figure before in the sentence is a guess.
            here_before = [j for j in bigger if j < part and doc.sent_of[j] == here]
            found = here_before if len(here_before) == 1 else []
    return sorted(found, key=lambda j: (j > part, abs(j - part))), True


# "602 of the rooms": the noun a part counts (not an owner, "of the town's forty-four").
PART_OWN_NOUN = re.compile(
    r"^\s+of\s+(?:the|its|their)\s+(?!(?:rest|remainder|others|total|lot|group)\b)"
    r"(?P<noun>[a-z]+)\s*[,.;]",
    re.IGNORECASE,
)


def _named_another_whole(doc: _Doc, j: int, stems: set[str]) -> bool:
    """Whether the words just before figure j ("total sales of") name a whole of another
    kind than `stems` (word starts of the share's noun and its synonyms)."""
    words = re.findall(r"[a-z]+", doc.gap_before(j, 30).lower())[-3:]
    if any(w[:5] in stems for w in words):
        return False
    return any(w[:5] in {x[:5] for x in group} for w in words for group in lx.WHOLE_SYNONYMS)


REPORTED_AFTER = re.compile(
    r"^(?:\s*,\s*or\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s*,"
    r"|\s*\(\s*[\d.,]+\s*(?:%|per\s*cent|percent)\s*\))?"
    r"\s+(?:said|say|reported|told)\s+(?:they|that)\b",
    re.IGNORECASE,
)
NOUN_THEN_VERB_AFTER = re.compile(
    r"^\s+(?P<noun>[a-z][\w-]*)\s+(?:are|were|is|was|have|has|had|will|would|remain|remained)\b"
)
WHOLE_NOUN_AFTER = re.compile(r"^(?:\s+[a-z][\w-]*){0,2}?\s+(?P<noun>[a-z][\w-]*),")


def _counts_other_than_whole(doc: _Doc, i: int, j: int, parts: list[int]) -> bool:
    """Whether part j of the partition of figure i names, as the subject of its own clause,
    things other than the whole's, where another part names none: "Of the 340 permanent
    berths, 312 are let, or 91.8 per cent, and 46 people are on the waiting list"."""
    m = NOUN_THEN_VERB_AFTER.match(doc.after(j, 40))
    whole = WHOLE_NOUN_AFTER.match(doc.after(i, 60))
    if m is None or whole is None or m.group("noun") in _FUNCTION_WORDS:
        return False
    if CLOSING_PART.search(doc.gap_before(j, 40)):
        return False  # "; the remaining 199 holders were aged 30 to 70"
    mine, theirs = m.group("noun"), whole.group("noun")
    if _stem(mine) == _stem(theirs) or _same_noun(mine[:5], theirs[:5]):
        return False
    return any(k != j and _noun_after(doc, k) is None for k in parts)


TOTAL_LIKE = ("total", "all", "overall", "whole", "combined", "national", "nationwide", "market")


def _total(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if not _is_level(q) or q.kind == "percent":
        return None
    sentence = doc.sentence_text(i)
    sent = doc.in_sent.get(doc.sent_of[i], [])
    # "The sample of 2,512 was made up of 1,231 women, 1,258 men and 23 others" and
    # "Of the index's 82 constituents, 62 rose, 18 fell and 2 were unchanged": parts follow.
    made_up = MADE_UP_OF_AFTER.match(doc.after(i, 40))
    partition = PARTITION_START.match(doc.left(i, 60)) and doc.left(i, 60).lstrip() == (
        doc.text[doc.sentence_span(i)[0] : q.start].lstrip()
    )
    if made_up or partition:
        if any(
            OF_THOSE_AFTER.match(doc.after(j, 20)) for j in doc.same_dim_levels(i, sent) if j > i
        ):
            # "Of the 8,400 who applied, 5,250 passed the written test, and 3,780 of those also
            # passed the practical": a part of a part, so no partition.
            return None
        # Not an amount restating a share of a part ("..., leaving 1,158, and plans to shut
        # another 5% of those, or about 58").
        parts = [
            j
            for j in doc.same_dim_levels(i, sent)
            if j > i
            and doc.qs[j].value < q.value
            and not (
                doc.qs[j - 1].kind in ("percent", "fraction")
                and RESTATED_AMOUNT_GAP.match(doc.text[doc.qs[j - 1].end : doc.qs[j].start])
            )
            # nor last period's figure ("was up 24 per cent from €150m")
            and not BASE_BEFORE.search(doc.gap_before(j, 45))
            and not AIM_BEFORE.search(doc.gap_before(j, 50))
            # nor another place's ("516,000 were lost, compared with 212,000 of 980,000 at
            # the neighbouring pens")
            and not SET_AGAINST_BETWEEN.search(doc.text[q.end : doc.qs[j].start])
            # nor a sum of parts before it ("430 and 315 came from Lagos and Abuja
            # respectively, together accounting for 745")
            and not TOTAL_BEFORE.search(doc.gap_before(j, 40))
        ]
        # A clause after a semicolon may be news of its own ("Of the 640 volunteers, 410 were
        # women (64%); the 2024 race had 590"): its figures are parts only when it closes the
        # list ("; the remaining 2 were unchanged"), and a list cut there is a guess.
        cut = [
            j
            for j in parts
            if ";" in doc.text[q.end : doc.qs[j].start]
            and not CLOSING_PART.search(doc.gap_before(j, 40))
        ]
        parts = [j for j in parts if j not in cut]
        parts = [j for j in parts if not _counts_other_than_whole(doc, i, j, parts)]
        if (
            len(parts) >= 2
            and not PARTIAL_LIST.search(_OTHERS_WITH_FIGURE.sub("", sentence))
            # (not groups that overlap: "410 were students and 275 retirees; 62 were both")
            and not OVERLAP_WORDS.search(sentence)
        ):
            # Answers said of the parts may be to different questions ("1,560, or 65%, said
            # they had worked unpaid overtime ..., and 1,020 said they planned to leave"): the
            # groups may overlap, so such a partition is a guess.
            reported = sum(bool(REPORTED_AFTER.match(doc.after(j, 40))) for j in parts) >= 2
            return _claim(
                doc,
                "total",
                i,
                parts,
                "made up of" if made_up else "of",
                detail={"partition": not made_up, "weak": bool(cut) or reported},
            )
        return None
    colon = COLON_LIST_AFTER.match(doc.after(i, 40))
    # "lists 890 farriers across the island's four provinces: 412 in Leinster, ...": a longer
    # lead, when it counts the items; or when the list closes ("143 boxes in the region have
    # been adopted: 61 ..., 48 ... and the remaining 34").
    counted_lead = colon is None and COUNTED_COLON_LEAD.match(doc.after(i, 90))
    closed_lead = colon is None and LONG_COLON_LEAD.match(doc.after(i, 90))
    if colon or counted_lead or closed_lead:
        # "The fleet now stands at 210 vehicles: 148 low-floor trams and 62 older cars": the
        # list after the colon, when it is one list of figures and nothing else.
        lead_end = q.end + (colon or counted_lead or closed_lead).end()
        lead = [k for k in sent if k > i and doc.qs[k].end <= lead_end] if counted_lead else []
        # (nor, in such a list, a count of where an item is: "and 79 in the three Ulster
        # counties")
        where = [
            k
            for k in sent
            if counted_lead
            and doc.qs[k].start > lead_end
            and doc.qs[k].kind == "count"
            and IN_THE_BEFORE.search(doc.gap_before(k, 20))
        ]
        parts = [
            j
            for j in doc.same_dim_levels(i, sent)
            if j > i
            and j not in lead
            and j not in where
            and doc.qs[j].value < q.value
            and _total_part(doc, i, j)
            and not BASE_BEFORE.search(doc.gap_before(j, 45))
        ]
        listed = all(
            b in _list_neighbours(doc, a)
            or COLON_ITEM_GAP.fullmatch(doc.text[doc.qs[a].end : doc.qs[b].start])
            for a, b in zip(parts, parts[1:], strict=False)
        )
        summed = sum(doc.qs[j].value for j in parts)
        if (
            len(parts) >= 2
            and listed
            and (
                colon
                or any(doc.qs[k].kind == "count" and doc.qs[k].value == len(parts) for k in lead)
                or (closed_lead and CLOSING_PART.search(doc.gap_before(parts[-1], 40)))
            )
            and parts
            == [
                j
                for j in sent
                if j > i
                and j not in lead
                and doc.qs[j].kind != "year"
                # (a count of other things inside the list: "R1.1 million for the salaries of
                # nine staff, R420,000 in transmitter fees and ...")
                and not (
                    parts
                    and parts[0] < j < parts[-1]
                    and doc.qs[j].kind == "count"
                    and _dimension(doc.qs[j]) != _dimension(q)
                )
                and j not in where
            ]
            and not PARTIAL_LIST.search(_OTHERS_WITH_FIGURE.sub("", sentence))
            # Not a list that leaves parts out unsaid ("25 players: 10 forwards and 8
            # defenders"): a sum far from the whole is no sum of it.
            and summed * Decimal("0.75") <= q.value <= summed * Decimal("1.35")
        ):
            return _claim(doc, "total", i, parts, ":")
    with_list = WITH_LIST_AFTER.match(doc.after(i, 140))
    if with_list:
        # "employs 800 people across its three sorting warehouses, with 410 in Leeds, 265 in
        # Bradford and 125 in Wakefield": a breakdown after "with", sure when the sentence
        # counts its parts; else (it may leave some out) a guess.
        start = q.end + with_list.end()
        dim = _dimension(q)
        # (not a count of where an item is: "and 3,600 in the two trail runs")
        rest = [
            j
            for j in sent
            if j > i
            and doc.qs[j].start >= start
            and not (doc.qs[j].kind == "count" and IN_THE_BEFORE.search(doc.gap_before(j, 20)))
        ]
        parts = [j for j in rest if _dimension(doc.qs[j]) == dim]
        if (
            len(parts) >= 2
            and parts[0] == rest[0]
            and all(doc.qs[j].value < q.value and _total_part(doc, i, j) for j in parts)
            and all(
                COLON_ITEM_GAP.fullmatch(doc.text[doc.qs[a].end : doc.qs[b].start])
                for a, b in zip(parts, parts[1:], strict=False)
            )
            and not any(BASE_BEFORE.search(doc.gap_before(j, 45)) for j in parts)
            and not PARTIAL_LIST.search(_OTHERS_WITH_FIGURE.sub("", sentence))
        ):
            # (or closes the list: "with permits bringing in £3.35m and meters the remaining
            # £1.85m")
            counted = any(
                doc.qs[k].kind == "count" and doc.qs[k].value == len(parts)
                for k in sent
                if i < k and doc.qs[k].end <= start
            ) or bool(CLOSING_PART.search(doc.gap_before(parts[-1], 40)))
            return _claim(doc, "total", i, parts, "with", detail={"weak": not counted})
    if OF_WHICH_AFTER.match(doc.after(i, 80)):
        # "approved €2.2 billion for new plants, of which €1.4bn will go to ... and €800m to
        # ...": the parts follow; sure only when the list is closed ("the remaining 47 million").
        parts = [
            j
            for j in doc.same_dim_levels(i, sent)
            if j > i and doc.qs[j].value < q.value and _total_part(doc, i, j, nouns=False)
        ]
        parts = [j for j in parts if not BASE_BEFORE.search(doc.gap_before(j, 45))]
        if len(parts) >= 2 and not PARTIAL_LIST.search(_OTHERS_WITH_FIGURE.sub("", sentence)):
            closed = CLOSING_PART.search(doc.gap_before(parts[-1], 40))
            return _claim(doc, "total", i, parts, "of which", detail={"weak": not closed})
    gap = doc.gap_before(i, 40)
    # (the words before "to" may run past 40 letters and name how many parts there are:
    # "bringing foreign sales from those three markets to PLN 594m")
    taken = " to " in gap and TAKING_TO.search(doc.left(i, 70))
    cue_after = TOTAL_AFTER.match(doc.after(i, 30))
    if (
        cue_after
        and i + 1 < len(doc.qs)
        and doc.sent_of[i + 1] == doc.sent_of[i]
        and _dimension(doc.qs[i + 1]) == _dimension(q)
        and re.fullmatch(
            r"\s*(?:(?:" + _QUAL + r")\s+)?",
            doc.text[q.end + cue_after.end() : doc.qs[i + 1].start],
        )
    ):
        cue_after = None  # "€398m and €455m, together €1.265bn": the cue is the next figure's
    m = (
        TOTAL_BEFORE.search(gap)
        or taken
        or cue_after
        or TOTAL_SUBJECT_BEFORE.search(doc.left(i, 80))
    )
    if not m:
        return None
    if _whole_of_figure_before(doc, i):
        return None  # "hold 312 of the 598 seats combined": the whole a part is of, no sum
    if (
        i > 0
        and doc.qs[i - 1].kind in ("percent", "fraction")
        and SHARE_OF_TOTAL_GAP.fullmatch(doc.text[doc.qs[i - 1].end : q.start])
    ):
        # "now account for 11% of the total of ¥3.75 trillion": the whole of a share, not a
        # sum of the figures before.
        return None
    # (not words of a clause on what is left: "together covering $2.41 million and leaving
    # $440,000 still to find, mostly through corporate sponsorship")
    # (nor of a clause on the rest of a larger whole after a list summed in the sentence:
    # "4,900 tonnes, 2,300 tonnes and 1,450 tonnes respectively, a combined 8,650 tonnes,
    # with the rest going to Scandinavia")
    listed_here = len(doc.same_dim_levels(i, [j for j in sent if j < i])) >= 2
    left_over = re.search(
        r"\b(?:leaving|leaves)\b"
        + (r"|,\s*(?:with|and)\s+the\s+(?:rest|remainder|others)\b" if listed_here else ""),
        doc.text[q.end : doc.sentence_span(i)[1]],
    )
    listed = (
        sentence
        if left_over is None
        else sentence[: q.end + left_over.start() - doc.sentence_span(i)[0]]
    )
    if PARTIAL_LIST.search(_OTHERS_WITH_FIGURE.sub("", listed)):
        return None
    resp = RESPECTIVELY.search(sentence)
    if resp and not (
        # "supplied 2.9 million, 2.6 million and 2.2 million tonnes respectively, together 7.7
        # million tonnes": the list, then its sum.
        doc.sentence_span(i)[0] + resp.end() <= q.start
        and re.search(
            r"\b(?:together|combined|in\s+all|altogether|between\s+them)\b",
            gap + doc.after(i, 20),
            re.IGNORECASE,
        )
    ):
        return None
    parts = doc.same_dim_levels(i, sent)
    # (not across ", while": "a catch-up of $8,000, for a total of $32,500, while those aged
    # 60 to 63 get a higher catch-up of $11,250")
    parts = [
        j
        for j in parts
        if doc.qs[j].value < q.value
        and _total_part(doc, i, j)
        and not (j > i and CLAUSE_BREAK.search(doc.text[q.end : doc.qs[j].start]))
    ]
    # Not a part of another part: "vaccinated 1.02 million of its 1.7 million residents aged
    # over 12, or 60%, out of a total population of 2.3 million".
    parts = [
        j
        for j in parts
        if not (
            j + 1 in parts and PART_OF_WHOLE.match(doc.text[doc.qs[j].end : doc.qs[j + 1].start])
        )
    ]
    cue = m.group("cue").lower()
    if taken:
        # "bringing foreign sales from those three markets to PLN 594m": the count says how
        # many parts there are, and is none of them; a list of another length is not the one.
        start = max(0, q.start - 70) + taken.start()
        named = [j for j in sent if j < i and doc.qs[j].start >= start]
        parts = [j for j in parts if j not in named]
        if any(doc.qs[j].kind == "count" and doc.qs[j].value != len(parts) for j in named):
            return None
    if not RUNNING_TOTAL.search(cue):
        # Last period's figure is no part ("Together they sold 3.2 million units, up from 2.9
        # million"), though a running total starts from it ("taking its workforce to 42,400
        # from 41,200").
        parts = [j for j in parts if not BASE_BEFORE.search(doc.gap_before(j, 45))]
    else:
        # ... but not the base of a change said in between ("taking the full-year payout to
        # 72p, up 6.7 per cent from 67.5p"), nor one said before ("revenue was SEK 42
        # million, 15% up on SEK 36.5 million a year ago, taking revenue for the nine months
        # to SEK 101 million").
        parts = [
            j
            for j in parts
            if not (
                BASE_BEFORE.search(doc.gap_before(j, 45))
                and (j < i or any(doc.qs[k].kind == "percent" for k in range(i + 1, j)))
            )
            # and after the total only its start ("taking its workforce to 42,400 from
            # 41,200"), not a figure of a clause after it ("lifting its backlog to 41.6
            # trillion won, about three and a half years of work at last year's revenue of 12
            # trillion won")
            and not (j > i and not BASE_BEFORE.search(doc.gap_before(j, 45)))
        ]
    closed_after = False
    if cue in VERB_TOTAL_CUES:
        # "when exports totalled €130.4 billion and imports €113.6 billion": a verb that only
        # says an amount sums what was listed before it, not a sibling after it; unless the
        # list after is its breakdown, closed ("came to £3.9m, with berthing charges
        # bringing in £2.45m and passenger fees the remaining £1.45m").
        after = [j for j in parts if j > i]
        closed_after = bool(
            len(after) >= 2
            and re.match(r"\s*(?:,\s*with\b|:)", doc.text[q.end : q.end + 12])
            and BREAKDOWN_REST_BEFORE.search(doc.left(after[-1], 30))
        )
        parts = after if closed_after else [j for j in parts if j < i]
    weak = len(parts) < 2
    if (
        i > 0
        and doc.sent_of[i - 1] == doc.sent_of[i]
        and doc.qs[i - 1].kind == q.kind
        and re.fullmatch(r"\s+[a-z]+\s+and\s+", doc.text[doc.qs[i - 1].end : q.start])
    ):
        # "18 stores in Lisbon with 640 employees, 11 in Porto with 390 ..., or 35 stores and
        # 1,200 staff in all": two sums of two series listed together; which parts are whose
        # is a guess.
        weak = True
    named_count = COUNTED_SUBJECT.search(doc.text[doc.sentence_span(i)[0] : q.start])
    if named_count and _word_count(named_count.group("n")) != len(parts):
        # "took Rs 126 crore, and fake job offers another Rs 88 crore, so the three types
        # together made up Rs 526 crore": the sentence names three parts and gives two.
        weak = True
    if len(parts) < 2:
        prev = doc.same_dim_levels(i, doc.window(i, 1))
        # (not last period's figure: "exports reached $640m, up from $590m a year earlier")
        parts = [
            j
            for j in prev
            if j < i
            and doc.qs[j].value < q.value
            and _total_part(doc, i, j)
            and not BASE_BEFORE.search(doc.gap_before(j, 45))
        ]
        if len(parts) < 2 or len(parts) > 5:
            return None
    if len(parts) > 6:
        return None
    if re.search(r"\bout\s+of\s+(?:(?:a|an|the)\s+)?$", doc.gap_before(i, 20), re.IGNORECASE):
        # "$8.4bn in sales tax and $5.6bn in income tax, out of $21bn in total revenue": the
        # parts named are some of it.
        weak = True
    if PRODUCT_WORDS.search(sentence):
        # "28 pupils in each of its 7 classes, 196 in all", "two classes of 30, 60 places in
        # all", "Each of the four defendants was fined £250, £1,000 in all": a product, not a
        # sum of the figures said; never an alarm.
        weak = True
    if sum(doc.qs[j].value for j in parts) * 100 < q.value:
        # "averaged 23 in primary schools and 16 in secondary schools; ... 8.1 million pupils
        # overall": figures a hundredth of the total are no parts of it.
        return None
    if RUNNING_TOTAL.search(cue) and ADDED_BEFORE.search(
        doc.text[doc.sentence_span(i)[0] : q.start]
    ):
        # "added 54 stores in May and 53 in June, taking its total to 1,200": the total runs
        # on from figures the text does not give.
        weak = True
    if (
        RUNNING_TOTAL.search(cue)
        and any(j > i and BASE_BEFORE.search(doc.gap_before(j, 45)) for j in parts)
        and not INCREMENT_BEFORE.search(doc.text[doc.sentence_span(i)[0] : q.start])
    ):
        # "a final dividend of 4.5 cents, taking the full-year payout to 7.5 cents from 6.0
        # cents": the part may be one of the year's, not what was added to last year's.
        weak = True
    if _counts_of_two_things(doc, parts):
        # "scored 27 goals in 34 league matches, ..., and her club scored 81 in all": goals
        # and matches are no parts of one sum.
        weak = True
    if _bare_figure_among(doc, i, parts):
        # "SEK 7.6 million, pool hire for 2.1 million and transport the remaining 1.5 million"
        # where the bare 2.1 million was not read as kronor: the sum may lack a part.
        weak = True
    if all(j < i for j in parts) and _list_begun_before(doc, parts):
        weak = True
    alternatives = [list(c) for n in range(len(parts) - 1, 1, -1) for c in combinations(parts, n)]
    return _claim(
        doc,
        "total",
        i,
        parts,
        cue,
        alternatives=alternatives,
        detail={"weak": weak},
    )


def _list_begun_before(doc: _Doc, parts: list[int]) -> bool:
    """Whether a list closed by "the remaining" may have begun a sentence up: "Children's
    books brought in £19.6m, ... Fiction accounted for £22.4m and non-fiction for £12.1m,
    while the remaining £7.1m came from cards, ..., taking the total to the £61.2m"."""
    if not CLOSING_PART.search(doc.gap_before(parts[-1], 40)):
        return False
    s = doc.sent_of[parts[0]]
    if s == 0:
        return False
    prev = doc.in_sent.get(doc.previous_with_figures(s), [])
    return any(
        _is_level(doc.qs[j])
        and _dimension(doc.qs[j]) == _dimension(doc.qs[parts[0]])
        and not BASE_BEFORE.search(doc.gap_before(j, 45))
        for j in prev
    )


def _counts_of_two_things(doc: _Doc, parts: list[int]) -> bool:
    """Whether one part counts what another was counted over: "27 goals in 34 league
    matches" (not "92,400 members and 41,700 pensioners")."""
    return any(
        COUNTED_OVER_GAP.fullmatch(doc.text[doc.qs[a].end : doc.qs[b].start])
        for a, b in zip(parts, parts[1:], strict=False)
        if doc.qs[a].kind == doc.qs[b].kind == "count"
    )


COUNTED_OVER_GAP = re.compile(
    r"\s+[a-z][\w-]*\s+(?:in|over|across|from|on)\s+(?:(?:the|its|their|his|her)\s+)?",
    re.IGNORECASE,
)


# A bare figure that names nothing after it ("2.1 million and", "3,100,").
NAMES_NOTHING_AFTER = re.compile(r"\s*(?:[,.;)]|$|and\b|or\b|for\b)")


def _bare_figure_among(doc: _Doc, i: int, parts: list[int]) -> bool:
    """Whether a unitless count sits among the parts of a total of amounts (or between them and
    the total), naming nothing: a part whose unit was not read."""
    if not parts or doc.qs[i].kind not in ("money", "quantity"):
        return False
    lo, hi = min(parts), max([*parts, i])
    return any(
        doc.qs[k].kind == "count"
        and doc.qs[k].unit is None
        and doc.qs[k].value < doc.qs[i].value
        and NAMES_NOTHING_AFTER.match(doc.after(k, 10))
        for k in range(lo + 1, hi)
        if k not in parts and k != i
    )


ADDED_AFTER = re.compile(r"^\s+(?:new|additional|extra|more)\b", re.IGNORECASE)
INCREMENT_BEFORE = re.compile(
    r"\b(?:add(?:s|ed|ing)?|hir(?:es|ed|ing)|open(?:s|ed|ing)|recruit\w*|another|extra|"
    r"additional|new|more|rais(?:es|ed|ing)|join(?:s|ed|ing)|gain(?:s|ed|ing)|won|bought|"
    r"acquir\w*|increas\w*)\b",
    re.IGNORECASE,
)
PRODUCT_WORDS = re.compile(
    r"\b(?:each|apiece|per(?!\s+cent)|a\s+head)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:classes|groups|teams|rounds|instalments|payments|shifts)\s+of\b",
    re.IGNORECASE,
)
RUNNING_TOTAL = re.compile(r"taking|bringing|lifting|pushing|total\s+to")
# "(the three) types together": the things a total is of, after their count.
_SUM_TAIL = r"(?:together|combined|between\s+them)\b"
_OWNERS_TAIL = rf"(?:[a-z-]+\s+){{1,2}}{_SUM_TAIL}"
OWNERS_AFTER = re.compile(rf"^\s+{_OWNERS_TAIL}", re.IGNORECASE)
COUNTED_SUBJECT = re.compile(
    r"\b(?:the|these|those|all|its|their)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|"
    # ("so the three oldest hubs took a combined 90,000 visits")
    rf"\d{{1,2}})\s+(?:[a-z-]+\s+){{1,4}}{_SUM_TAIL}",
    re.IGNORECASE,
)


_SMALL_NUMBERS = {
    w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), 2)
}


def _word_count(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL_NUMBERS[word.lower()]


VERB_TOTAL_CUES = frozenset(
    ("totalled", "totaled", "totalling", "totaling", "came to", "amounting to", "making")
)


AIM_BEFORE = re.compile(
    r"\b(?:aims?|aiming|plans?|planning|hopes?|hoping|wants?|intends?|expects?|seeks?|targets?)"
    r"\s+to\s+(?:[a-z]+\s+){0,2}(?:(?:about|some|nearly|almost|roughly|around)\s+)?$",
    re.IGNORECASE,
)


BY_MARGIN_BEFORE = re.compile(rf"\bby\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)
SET_OFF_BY_BEFORE = re.compile(rf",\s*by\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE)


def _in_score(doc: _Doc, j: int) -> bool:
    """Whether figure j is one side of a score or tally written "3-1"."""
    return bool(
        re.match(r"[-–]\d", doc.text[doc.qs[j].end : doc.qs[j].end + 2])
        or re.search(r"\d[-–]$", doc.text[max(0, doc.qs[j].start - 2) : doc.qs[j].start])
    )


def _total_part(doc: _Doc, i: int, j: int, nouns: bool = True) -> bool:
    """Whether figure j of the total's sentence can be one of its parts: not an average ("an
    average of nearly 35 per garage", "Bus ridership averaged 410,000 on weekdays"), and not a
    count of another thing ("The city's 38 garages now have 1,320 chargers between them");
    without `nouns`, when the syntax makes it a part of the same things ("57 troupes, of which
    23 perform ... and 34 ...")."""
    if _said_per_unit(doc, j):
        return False
    if _far_apart(doc.qs[i], doc.qs[j]):
        return False  # "¥340 a turn" is no part of ¥12.96bn
    if _in_score(doc, j):
        return False  # "won 3-1 before 14,200 fans": a score is no part
    if OWNERS_AFTER.match(doc.after(j, 40)):
        return False  # "The two airlines together carried ...": the owners, not a part
    if j > i and BY_MARGIN_BEFORE.search(doc.gap_before(j, 20)):
        return False  # "exceed last season's total of 37 by four": a margin, not a part
    if j > i and GAP_FIGURE_AFTER.match(doc.after(j, 30)):
        return False  # "His total of 272, 12 under par, left him four strokes ahead": gaps
    if j > i and COMPARED_BASE_BEFORE.search(doc.left(j, 50)):
        return False  # "a total of 2.31 million, 16% above the 1.99 million": compared with
    if j > i and re.search(
        r"\b(?:leaving|leaves)\s+(?:(?:just|only|some)\s+)?$", doc.gap_before(j, 20)
    ):
        return False  # "together covering $2.41 million and leaving $440,000": what is not
    if j > i and AIM_BEFORE.search(doc.gap_before(j, 50)):
        # "Of its 310 buses, 142 are electric, and it aims to reach 200 by 2028": an aim
        # after the whole (not "plans to add 12 more jets, taking the fleet to 86").
        return False
    if nouns and doc.qs[j].kind == "count":
        noun, other = _noun_after(doc, i), _noun_after(doc, j)
        if noun in _SUM_WORDS:
            noun = None  # "..., 11,500 in Gauteng and 9,100 in KwaZulu-Natal, 39,000 combined"
        if noun and other and _stem(noun) != _stem(other):
            # Unless it is one item of a list the total restates after a pause: "92,400
            # contributing members and 41,700 pensioners, a total of 134,100 people"; "3 hubs
            # and 40 regional airports together handled 95 million passengers" counts the
            # airports, not the passengers.
            last = max((k for k in doc.in_sent.get(doc.sent_of[i], []) if k < i), default=j)
            if j < i and "," not in doc.text[doc.qs[last].end : doc.qs[i].start]:
                return False
            return any(
                k != i and _dimension(doc.qs[k]) == _dimension(doc.qs[j])
                for k in _list_neighbours(doc, j)
            )
    return True


GAP_FIGURE_AFTER = re.compile(
    r"^\s+(?:(?!(?:is|are|was|were|be|been|aged|all|each)\b)[a-z]+\s+)?"
    r"(?:under|over|below|above|ahead\s+of|behind|clear\s+of)\b",
    re.IGNORECASE,
)


# Words that say a figure sums others; `_SUM_WORDS` as `_noun_after` gives them, cut to five
# letters.
_SUM_NOUNS = ("combined", "together", "altogether", "overall", "total", "aggregate")
_SUM_WORDS = frozenset(w[:5] for w in (*_SUM_NOUNS, "between"))


def _same_kind_list(doc: _Doc, j: int) -> list[int]:
    """The figures of j's kind the text lists with j, j among them, in order."""
    found, todo = {j}, [j]
    while todo:
        for k in _list_neighbours(doc, todo.pop()):
            if k not in found and _dimension(doc.qs[k]) == _dimension(doc.qs[j]):
                found.add(k)
                todo.append(k)
    return sorted(found)


def _list_neighbours(doc: _Doc, j: int) -> list[int]:
    """The figures next to j in its sentence that the text lists with it ("92,400 members and
    41,700 pensioners", "16 new buses and 4 depots")."""
    return [
        k
        for k in (j - 1, j + 1)
        if 0 <= k < len(doc.qs)
        and doc.sent_of[k] == doc.sent_of[j]
        and LIST_ITEM_GAP.fullmatch(doc.text[doc.qs[min(j, k)].end : doc.qs[max(j, k)].start])
    ]


# Between two items of a list: "members and", "tonnes, ", "in Osaka", "assignments, Arabic
# for".
LIST_ITEM_GAP = re.compile(
    r"(?:\s+[\w-]+){0,3}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[A-Za-z-]+\s+){0,2}"
)


# A gap, deficit or surplus named as what came before or after: another period's.
DIFF_AS_BASE = re.compile(
    r"\b(?:after|following|before|compared\s+with|against|versus|from)\s+(?:a|an|the|its|their|"
    r"last\s+year's|this\s+year's)\s+(?:[\w-]+\s+){0,2}(?:deficit|surplus|gap|shortfall)\s+of\s+"
    r"(?:(?:" + _QUAL + r")\s+)?$",
    re.IGNORECASE,
)
# "has narrowed to $25,000": a gap that is a new level, its parts said for an earlier time.
CHANGED_TO_BEFORE = re.compile(
    r"\b(?:narrow|widen|shr[iu]nk|grow|grew|fell|fall|rose|rise|cut|reduc|increas)\w*\s+"
    r"(?:sharply\s+|slightly\s+)?to\s+(?:(?:" + _QUAL + r")\s+)?$",
    re.IGNORECASE,
)


def _difference(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    if q.kind not in ("money", "count", "quantity") or q.low is not None:
        return None
    if q.change in ("up", "down"):
        return None
    gap = doc.gap_before(i, 60)
    cue = None
    attributive = False
    m = DIFF_BEFORE.search(gap)
    if not m:
        m = DIFF_AFTER.match(doc.after(i, 50))
        # "the $470-million deficit": a name for a known figure, computed only from figures
        # in its own sentence.
        attributive = m is not None
        if m and re.search(r"\btimes\s+(?:the|its|their|that)\s+$", gap):
            return None
    if not m:
        # "The gap between men's pay of £38,000 and women's pay of £33,000 is £5,000".
        left = doc.left(i, 140)
        m = "between" in left and GAP_BETWEEN.search(left)
    if m:
        cue = m.group("cue").lower()
    else:
        m = EXCEED_BY.search(doc.left(i, 200))
        # Not an agent: "31.7 per cent more than the 1,420 found in 2024, helped by 2,600
        # acoustic loggers".
        if m and AGENT_BY.search(doc.left(i, 40)):
            m = None
        if m:
            cue = "by"
        else:
            m = LEAVING.search(gap)
            # Not a lead: "left her three shots clear of the field".
            if m and not GAP_FIGURE_AFTER.match(doc.after(i, 30)):
                cue = "leaving"
    if cue is None and PROFIT_LEFT.search(gap):
        cue = "surplus"  # "costs of $3.5 billion, leaving a profit of $700 million"
    if cue is None:
        return None
    if cue == "balance" and re.search(r"\bthe\s+balance\s+of\s+$", gap, re.IGNORECASE):
        cue = "leaving"  # "the state paying the balance of Rs 7,440 crore"
    # "That left a margin of NOK 25.50 on each kilo sold" after a price and a cost.
    price_less_cost = False
    if cue == "margin" and re.match(
        r"^\W*(?:that|this|which)\s+left\b", doc.sentence_text(i), re.I
    ):
        start, end = doc.sentences[max(0, doc.sent_of[i] - 1)]
        price_less_cost = bool(COST_WORD.search(doc.text[start:end]))
    if (cue == "margin" and q.kind != "count" and not price_less_cost) or (
        cue == "balance" and not re.search(r"trade|budget", doc.sentence_text(i), re.IGNORECASE)
    ):
        return None
    own = (
        doc.text[doc.sentence_span(i)[0] : q.end]
        + re.split(r";|\s+and\s+", doc.after(i, 80), maxsplit=1)[0]
    )
    if HYPOTHETICAL.search(own):
        # "economists had forecast a surplus of A$6.3 bn": not the actual figures (a forecast in
        # a clause after the figure's, "and below the NOK 1.9bn analysts had pencilled in", is
        # another figure's).
        return None
    if DIFF_AS_BASE.search(gap):
        return None  # "revenue of £800m and spending of £850m next year, after a surplus of £20m"
    if (
        cue in ("deficit", "surplus", "gap", "shortfall", "balance")
        and not attributive
        # A fiscal, primary or current-account deficit is not revenue less spending.
        and not DEFINED_BALANCE.search(gap)
    ):
        named = _named_pair(doc, i)
        if named is not None:
            # "India's trade deficit widens to $31.46 billion" over "exports rose ... to $33.57
            # billion ..., while imports climbed ... to $65.03 billion": the one figure named
            # exports and the one named imports, for the same period, nearby.
            return _claim(
                doc,
                "difference",
                i,
                list(named),
                cue,
                detail={"cue": cue, "weak": False, "direction_names": named},
            )
    candidates = doc.same_dim_levels(i, doc.in_sent.get(doc.sent_of[i], []))
    # Not another gap ("a gap of 0.8, down from a gap of 1.1 a decade earlier").
    candidates = [j for j in candidates if j == i or not DIFF_BEFORE.search(doc.gap_before(j, 60))]
    # Nor another time's figure in brackets ("€18.4m against €21.0m (2022: €16.9m), a
    # shortfall of €2.6m").
    candidates = [j for j in candidates if j == i or not _bracketed_prior(doc, j)]
    # Sure across sentences only on a word that points back ("That left", "This"), not on
    # any "The" ("The city faced a gap of $982m when it drew up its 2025 budget").
    anaphor = bool(ANAPHOR_START.match(doc.sentence_text(i))) and not re.match(
        r"^\W*the\b", doc.sentence_text(i), re.IGNORECASE
    )
    weak = False
    if cue == "by":
        # "Arrivals exceeded the target of 40 million by 4.5 million, although ... 65.1 million":
        # what is exceeded comes before "by".
        candidates = [j for j in candidates if j < i]
        if not candidates and i + 2 < len(doc.qs) and i + 2 in doc.in_sent.get(doc.sent_of[i], []):
            # "beat Bowers by 47 votes, 1,903 to 1,856": the two scores follow.
            a, b = i + 1, i + 2
            if (
                _dimension(doc.qs[a]) == _dimension(doc.qs[b]) == _dimension(q)
                and re.fullmatch(r"(?:\s+[a-z]+)?\s*,\s*", doc.text[q.end : doc.qs[a].start])
                and re.fullmatch(r"\s+to\s+", doc.text[doc.qs[a].end : doc.qs[b].start])
            ):
                return _claim(doc, "difference", i, [a, b], cue, detail={"cue": cue, "weak": False})
    if (
        cue != "by"
        and not attributive
        and len(candidates) < 2
        and (
            ANAPHOR_START.match(doc.sentence_text(i))
            or (len(candidates) == 1 and cue in ("deficit", "surplus", "gap", "shortfall"))
        )
    ):
        weak = not anaphor
        candidates = doc.same_dim_levels(i, doc.window(i, 1))
    # "the surplus totalled €167.3bn, 17.1% more than the €142.9bn a year earlier": a base of
    # comparison is the same thing at another time, not an operand of the difference.
    # But what an overrun or a win is measured against is an operand: "cost A$640 million,
    # well above the A$520 million it had set aside, an overrun of A$120 million".
    against = cue in ("overrun", "overspend", "shortfall", "by", "margin")
    candidates = [
        j
        for j in candidates
        if (
            not FROM_BEFORE.search(doc.gap_before(j, 45))
            or (against and COMPARED_BEFORE.search(doc.gap_before(j, 45)))
            # A gap between two things set against each other: "PLN 4,680 against PLN 3,240
            # for women, a gap of 1,440 zlotys" ("a difference of ₹2.6").
            or (cue in ("gap", "difference") and AGAINST_BEFORE.search(doc.gap_before(j, 45)))
            # "NOK 1.73 billion, compared with NOK 2.61 billion a year earlier, a shortfall of
            # NOK 880 million": a base said before the shortfall is one of its ends (a gap said
            # first and "compared with" one after is last period's gap).
            or _base_is_an_end(doc, i, j, cue)
        )
        and (not _of_base_period(doc, i, j) or _base_is_an_end(doc, i, j, cue))
        # Not "below the $2.3 billion analysts had pencilled in": a forecast.
        and not FORECAST_AFTER.match(doc.after(j, 60))
    ]
    # The same figure said twice is a restatement, not two operands.
    values = {}
    for j in candidates:
        values.setdefault(doc.qs[j].value, j)
    candidates = sorted(values.values())
    before = sorted((j for j in candidates if j < i), key=lambda j: i - j)
    after = [j for j in candidates if j > i]
    if cue == "leaving":
        split = _split_in_sentence_before(doc, i)
        if split is not None:
            return _claim(
                doc,
                "difference",
                i,
                split,
                "remaining",
                detail={"cue": "remaining", "remainder": True, "weak": False},
            )
        # "closed 42 of its 1,200 stores, leaving 1,158"; "... and the remaining £15.5bn":
        # the whole is the largest figure around, the rest are the parts taken from it.
        pool = [j for j in doc.same_dim_levels(i, doc.window(i, 1)) if j < i]
        # A whole from the sentence before must stand alone there ("budgets will be £69.5bn
        # higher"), not be one item of an earlier list.
        # One in this sentence must be introduced as the whole ("42 of its 1,200 shops").
        lone = (
            {
                j
                for j in pool
                if doc.sent_of[j] == doc.sent_of[i]
                and (
                    (
                        re.search(
                            r"\b(?:of|out\s+of)\s+(?:the|its|their|all)?\s*$",
                            doc.gap_before(j, 20),
                            re.IGNORECASE,
                        )
                        # (not a value of a thing: "A bank loan of EUR 52 million")
                        and not re.search(
                            r"\b(?:a|an)\s+(?:[a-z-]+\s+){1,2}of\s+$",
                            doc.gap_before(j, 30),
                            re.IGNORECASE,
                        )
                        # (not a list's first part: "is made up of 22 rowers, 18 cyclists")
                        and not PARTS_OF_BEFORE.search(doc.gap_before(j, 30))
                    )
                    # "can crush 8.2 million tonnes, of which ...; the rest, some 5.1 million"
                    or OF_WHICH_AFTER.match(doc.after(j, 80))
                    # "caps licences at 850, but only 612 are active, leaving 238 unused"
                    # (past a year: "laid 5.6 million bundles last year, but ... only 1.5
                    # million of them, leaving 4.1 million")
                    or (
                        (part := _past_years(doc, j, 1)) in pool
                        and BUT_ONLY_GAP.fullmatch(doc.text[doc.qs[j].end : doc.qs[part].start])
                    )
                )
            }
            | {
                j
                for j in pool
                if doc.sent_of[j] != doc.sent_of[i]
                # (an average beside it is no rival: "will cost EUR 86 million ..., or about
                # EUR 1,400 per position")
                and not any(
                    k != j and doc.sent_of[k] == doc.sent_of[j] and not _average_or_rate(doc, k)
                    for k in pool
                )
            }
        )
        bigger = [j for j in pool if j in lone and doc.qs[j].value > q.value]
        if not bigger:
            # "Hire income reached €3.1 million. Regular classes brought in ..., ... and
            # community groups €0.71 million. Against that, the halls spent €1.25 million ...,
            # leaving €1.85 million": the whole stands alone two sentences up (a guess).
            s_i = doc.sent_of[i]
            far = [
                j
                for j in doc.same_dim_levels(i, doc.window(i, 2))
                if doc.sent_of[j] == s_i - 2 and doc.qs[j].value > q.value
            ]
            if (
                len(far) == 1
                and len(doc.levels_of(_dimension(q), doc.in_sent.get(s_i - 2, []))) == 1
                # (what is taken from it is less than it)
                and sum(doc.qs[j].value for j in before if doc.sent_of[j] == s_i)
                < doc.qs[far[0]].value
            ):
                bigger = far
        if not bigger:
            return None
        whole = max(bigger, key=lambda j: doc.qs[j].value)
        # (not an average: "implies an average realisation of about Rs 3,950 a bat")
        parts = [
            j
            for j in before
            if j != whole and doc.sent_of[j] == doc.sent_of[i] and not _average_or_rate(doc, j)
        ]
        if OF_WHICH_AFTER.match(doc.after(whole, 80)):
            # "£2.6 million for 1.3 million meals, or £2 each, of which parents paid 85p and
            # the council the remaining £1.15": the parts of the whole "of which" opens.
            parts = [j for j in parts if j > whole]
        summed = [j for j in parts if TOTAL_BEFORE.search(doc.gap_before(j, 40))]
        if summed:
            # "the city $650,000 and members $560,000, together covering $2.41 million and
            # leaving $440,000": the sum said stands for the parts before it.
            parts = [j for j in parts if j >= summed[-1]]
        if not parts or len(parts) > 6 or OVERLAP_WORDS.search(doc.sentence_text(i)):
            return None
        others = [[w, *sorted(parts)] for w in bigger if w != whole]
        return _claim(
            doc,
            "difference",
            i,
            [whole, *sorted(parts)],
            "remaining",
            alternatives=others,
            detail={
                "cue": "remaining",
                "remainder": True,
                "weak": doc.sent_of[whole] != doc.sent_of[i],
            },
        )
    ordered = (before[:2] + after[:2] if len(before) < 2 else before + after)[:5]
    if len(ordered) < 2:
        return None
    pairs = [sorted(p) for p in combinations(ordered, 2) if not doc.is_series(*sorted(p))]
    if not pairs:
        return None
    canonical = sorted(ordered[:2])
    if canonical in pairs:
        pairs.remove(canonical)
    else:
        canonical = pairs.pop(0)
        weak = True
    # More than two figures around: which two the text subtracts is a guess; so is a pair
    # across a clause break on both sides ("The current-account surplus rose to $42bn, as a
    # goods surplus of $65bn more than offset a $23bn deficit": 65 - 23 = 42, not 42 - 23).
    straddles = min(canonical) < i < max(canonical) and not doc.same_clause(i, min(canonical))
    detail = {"cue": cue, "weak": weak or straddles or (len(ordered) > 2 and cue != "by")}
    if cue in ("deficit", "surplus", "gap", "shortfall"):
        names = _surplus_order(doc, canonical)
        detail["direction_names"] = names
        if (
            names is None
            and cue in ("deficit", "surplus")
            # "..., leaving free cash flow of RMB 12.6 bln": the words say what is subtracted.
            and not re.search(r"\b(?:leaving|left|leaves)\b", gap, re.IGNORECASE)
        ):
            # A deficit is what comes in less what goes out; two figures that no word names
            # so ("a budget of A$92.4bn, with A$31bn going to health, and a deficit of A$2.8bn")
            # are only a guess.
            detail["weak"] = True
        if names is not None:
            # Imports and exports named: the pair is certain, unless a side has another figure
            # nearby ("Exports of goods rose to $120 billion. Services exports were $40 billion,
            # and imports $150 billion, leaving a deficit ...": all exports may count).
            detail["weak"] = _side_named_twice(doc, i, names)
    if CHANGED_TO_BEFORE.search(gap) and any(j < i for j in canonical):
        # "..., $48,000 and $19,000 a head in 2010, has narrowed to $25,000": the parts
        # before are the gap's old ends, not its new ones.
        detail["weak"] = True
    return _claim(doc, "difference", i, canonical, cue, alternatives=pairs, detail=detail)


def _base_is_an_end(doc: _Doc, i: int, j: int, cue: str) -> bool:
    """ "NOK 1.73 billion, compared with NOK 2.61 billion a year earlier, a shortfall of NOK 880
    million": a base said before the shortfall is one of its ends; not when the shortfall names
    what else it is measured against ("a shortfall of $140 million against its forecast")."""
    return (
        cue in ("shortfall", "gap", "difference")
        and j < i
        and bool(COMPARED_WITH_BEFORE.search(doc.gap_before(j, 45)))
        and not MEASURED_AGAINST_AFTER.match(doc.after(i, 30))
    )


MEASURED_AGAINST_AFTER = re.compile(
    r"^\s+(?:against|versus|compared|relative|below|short\s+of|on|to)\s+(?!the\s+year\b)",
    re.IGNORECASE,
)
COMPARED_WITH_BEFORE = re.compile(r",\s*(?:compared\s+(?:with|to)|against)\s+(?:the\s+)?$", re.I)


COST_WORD = re.compile(r"\bcosts?\b|\bexpenses?\b|\bspending\b", re.IGNORECASE)


def _side_named_twice(doc: _Doc, i: int, pair: tuple[int, int]) -> bool:
    """Whether another figure of the kind, within a sentence of i, is named like one side of
    the pair (for the same period: not a "from" figure)."""
    s = doc.sent_of[i]
    for side in pair:
        name = None
        for big, small in lx.SURPLUS_PAIRS:
            name = _clause_name(doc, side, (big, small))
            if name:
                break
        if name is None:
            continue
        for k in range(max(0, s - 1), s + 2):
            for j in doc.in_sent.get(k, []):
                if j in pair or j == i or _dimension(doc.qs[j]) != _dimension(doc.qs[side]):
                    continue
                if not _is_level(doc.qs[j]) or BASE_BEFORE.search(doc.gap_before(j, 45)):
                    continue
                if re.search(rf"\b{name}", _clause(doc, j).lower()):
                    return True
    return False


def _named_pair(doc: _Doc, i: int) -> tuple[int, int] | None:
    """(larger-if-surplus, smaller-if-surplus): the figures within two sentences of a deficit
    or surplus at i whose own clauses name the two sides (exports and imports, revenue and
    spending), for the same period as i (this period's, or both "from" figures when i is
    last period's), when each side has exactly one."""
    base = bool(FROM_BEFORE.search(doc.gap_before(i, 45)))
    s = doc.sent_of[i]
    near = [
        j
        for k in range(max(0, s - 2), s + 3)
        for j in doc.in_sent.get(k, [])
        if j != i
        and _dimension(doc.qs[j]) == _dimension(doc.qs[i])
        and _is_level(doc.qs[j])
        and doc.qs[j].value > doc.qs[i].value
        and bool(FROM_BEFORE.search(doc.gap_before(j, 45))) == base
        and _same_years(doc, i, j)
        and not _of_base_period(doc, i, j)
    ]
    for big, small in lx.SURPLUS_PAIRS:
        sides: dict[str, set] = {big: set(), small: set()}
        for j in near:
            name = _clause_name(doc, j, (big, small))
            if name:
                sides[name].add(j)
        if len(sides[big]) == 1 and len(sides[small]) == 1:
            return next(iter(sides[big])), next(iter(sides[small]))
    return None


def _of_base_period(doc: _Doc, i: int, j: int) -> bool:
    """Whether figure j, later in i's sentence, is dated by a "when" clause hung on last
    period's figure ("rose to €22.5 billion from €16.8 billion in July, when exports totalled
    €130.4 billion"): it belongs to that period, not to i's."""
    if j < i or doc.sent_of[j] != doc.sent_of[i]:
        return False
    between = doc.text[doc.qs[i].end : doc.qs[j].start]
    return bool(re.search(r"\bfrom\b.*,\s*when\b", between, re.IGNORECASE))


def _clause_name(doc: _Doc, j: int, names: tuple[str, str]) -> str | None:
    """Which of two names the clause of figure j says last ("Exports of goods declined 2.1
    pct to A$43.20 bn from A$44.13 bn": both figures are exports)."""
    clause = _clause(doc, j, 90, CLAUSE_OR_AND).lower()
    hits = [(clause.rfind(n), n) for n in names if re.search(rf"\b{n}", clause)]
    return max(hits)[1] if hits else None


def _surplus_order(doc: _Doc, pair: list[int]) -> tuple[int, int] | None:
    """(larger-if-surplus, smaller-if-surplus) when the words name them, e.g. exports/imports."""
    a, b = pair
    for big, small in lx.SURPLUS_PAIRS:
        na, nb = _nearest_name(doc, a, (big, small)), _nearest_name(doc, b, (big, small))
        if (na, nb) == (big, small):
            return a, b
        if (na, nb) == (small, big):
            return b, a
    return None


def _nearest_name(doc: _Doc, j: int, names: tuple[str, str]) -> str | None:
    """Which of two names is said closest before figure j ("... and exports $21.4 billion")."""
    gap = doc.gap_before(j, 45).lower()
    best, where = None, -1
    for name in names:
        k = gap.rfind(name)
        if k > where:
            best, where = name, k
    if best is None:
        after = doc.after(j, 25).lower()
        hits = [n for n in names if n in after]
        best = hits[0] if len(hits) == 1 else None
    return best


PER_NUMBER_AFTER = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+)?(?:per|for\s+every|in\s+every)\s+(?:[\d,]+|a\s+(?:hundred|thousand)"
    r"|one\s+(?:hundred|thousand)|hundred|thousand)\b",
    re.IGNORECASE,
)
ONE_OF_MANY_BEFORE = re.compile(
    # ("The science centre pass alone accounted for 2,370 loans")
    r"\b(?:busiest|largest|biggest|smallest|main|leading|top|single|alone|"
    r"account(?:s|ed)?\s+for)\b",
    re.IGNORECASE,
)
INCLUDED_BEFORE = re.compile(
    rf"\b(?:including|of\s+which|among\s+them)\s+(?:(?:{_QUAL})\s+)?$", re.IGNORECASE
)


AIMED_RATE_BEFORE = re.compile(
    r"\b(?:target|goal|aim|quota|ceiling|cap|limit)\s+(?:of|was|is)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around)\s+)?$",
    re.IGNORECASE,
)


PER_THING_AFTER = re.compile(
    r"^\s+(?:of\s+[\w-]+\s+|[a-z][\w-]*\s+)?(?:per|for\s+(?:each|every))\b"
)


GAP_OF_RATES_BEFORE = re.compile(
    rf"\b(?:leaving|left)\s+(?:an?\s+)?(?:margin|gap|surplus|profit)\s+of\s+(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)


def _per_other_thing(doc: _Doc, j: int, per: str) -> bool:
    """Whether figure j is said per a thing other than `per` and no period ("$8.46 per item"
    beside an average per person)."""
    m = AVERAGE_AFTER.match(doc.after(j, 30))
    unit = (m.group("unit") or "").lower() if m else ""
    return (
        bool(unit)
        and unit.rstrip("s") not in _PERIODS
        and unit != per
        # (not "₩200m a team, or ₩40m for each of the five players": a part of it)
        and per not in ("of", "for", "", "each", "apiece")
    )


def _average(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "$45 million for 15,000 households, an average of $3,000 per household"; "NZ$30 million
    over four years, or NZ$7.5 million a year"; "Rs 30,000 for each of the 62 lakh pupils"."""
    if q.kind not in ("money", "quantity", "count") or not _is_level(q):
        return None
    if BASE_BEFORE.search(doc.gap_before(i, 45)) or MULTIPLE_OF_BEFORE.search(doc.left(i, 45)):
        # "more than twice the ₹54.5 crore a match it paid under the previous deal": a figure
        # compared with, not an average claimed.
        return None
    if GAP_OF_RATES_BEFORE.search(doc.gap_before(i, 40)):
        # "costs averaged $1,280 an ounce, leaving a margin of $1,070 an ounce": a gap between
        # two rates, not an average of a total.
        return None
    m = AVERAGE_AFTER.match(doc.after(i, 30))
    # "an average of 5.1 million tonnes a month": a flow carries its period in its unit.
    flow = FLOW_UNIT.search(q.unit or "")
    if not (m or flow):
        return _unit_ratio(doc, i, q) or _average_named(doc, i, q)
    if m and COMPOUND_PER_AFTER.match(doc.text, doc.qs[i].end + m.end()):
        # "roughly 30,000 won a month for each line": an average over two things at once.
        return None
    restated = OR_BEFORE.search(doc.gap_before(i, 30))
    per = flow.group(1) if flow else (m.group("unit") or "").lower()
    if not (
        restated
        or AVERAGE_BEFORE.search(doc.left(i, 60) + doc.after(i, 30))
        or _average_frame(doc, i, per)
    ):
        return None
    if m and m.group("unit") and m.group("unit")[0].isupper() and per not in ("of",):
        per = "person"  # "for every Nova Scotian", "for every New Zealander"
    if per == "one":
        per = "each"  # "an average of about €174 for each one"
    sent = doc.in_sent.get(doc.sent_of[i], [])
    totals = [j for j in doc.same_dim_levels(i, sent) if doc.qs[j].value > q.value and j < i]
    # Not another average, said per other things: "about $8.46 per item lent and, with 66,000
    # residents, about $6.24 per person" (a total per period may be one: "£1.2m a year").
    totals = [j for j in totals if not _per_other_thing(doc, j, per)]
    # Nor a sibling the average is listed with: "average prices were close at $2.41 and $2.18
    # per kg".
    totals = [
        j
        for j in totals
        if not (
            j == i - 1 and re.fullmatch(r"\s*(?:,|and|or)\s*", doc.text[doc.qs[j].end : q.start])
        )
    ]
    weak = False
    if not totals:
        totals = [j for j in doc.same_dim_levels(i, doc.window(i, 3)) if doc.qs[j].value > q.value]
        totals = [
            j
            for j in totals
            if not BASE_BEFORE.search(doc.gap_before(j, 45))
            and not (doc.sent_of[j] == doc.sent_of[i] and j > i)
        ]
        # "A$468 of revenue for every passenger": the total the average names by its noun
        # first, and only then surely. (Once any total from another sentence was a guess
        # that never alarms: on hold-15..30 one such average raised a false alarm, from a
        # count of another year; _count_period_agrees now guards that.)
        named = _named_totals(doc, i, totals)
        # "74,700 trips per bus" names its total only by a noun any figure of trips shares.
        weak = len({doc.qs[j].value for j in named}) != 1 or bool(m and m.group("noun"))
        # "will spend PLN 386,000 on the lights ... the electricity will cost just PLN 7,056.
        # For the town's 18,400 residents, the cost works out at PLN 20.98 a head": a bigger
        # figure the noun does not name may be the one meant.
        weak = weak or any(
            doc.qs[j].value > doc.qs[k].value
            for j in doc.same_dim_levels(i, range(i))
            for k in named
            if j not in named and doc.sent_of[j] != doc.sent_of[k]
        )
        totals = named or totals
    # "built 1,260 homes, an average of 420 a year, against a target of 500 a year": an aim
    # said as a rate is no average of what was done; a guess.
    weak = weak or bool(AIMED_RATE_BEFORE.search(doc.gap_before(i, 40)))
    far_count = False
    count_scale = None
    if per in ("of", "for"):
        # "for each of the state's 62 lakh pupils", "8,350 yuan each for its 412 mln
        # customers": the count follows.
        counts = [j for j in sent if j > i and doc.qs[j].kind == "count"][:1]
    elif per in ("year", "month", "week", "day", "season"):
        # ("412 appearances in 14 seasons, an average of 29.4 a season": seasons are spans
        # in years)
        counts = [
            j
            for j in doc.window(i, 1)
            if doc.qs[j].kind == "duration"
            and doc.qs[j].unit == ("year" if per == "season" else per)
            and (per != "season" or "season" in doc.qs[j].text.lower())
        ]
        # "invest £6.2 billion in the five years to 2030, an average of £1.24 billion a year
        # and almost double the £3.2 billion it spent over the previous five years": the span
        # said before the average in its sentence.
        own = [j for j in counts if j < i and doc.sent_of[j] == doc.sent_of[i]]
        counts = own[-1:] or counts
    elif per in ("", "each", "apiece"):
        # Not a count in a clause after the average: "an average of 5.4 hectares each,
        # although the ten largest operators now run ..." counts other things.
        counts = [
            j
            for j in sent
            if j != i
            and doc.qs[j].kind == "count"
            and _is_level(doc.qs[j])
            and not (j > i and CLAUSE_AFTER.search(doc.text[q.end : doc.qs[j].start]))
        ]
        noun = m.group("noun") if m else None
        if noun and q.kind == "count":
            # "312,400 hives, kept by 19,750 beekeepers, or almost 16 hives each": the total is
            # the figure of the average's own noun, the count the other.
            named = [j for j in totals if _names(doc, j, noun.lower()[:4].rstrip("s"))]
            if len(named) == 1:
                totals = named
                counts = [j for j in counts if j not in named]
        # "share a A$114 million bonus pool, or A$3,000 each": sure only with one count and
        # one total in the sentence and the average said as such ("or", "an average of").
        # (the total itself is no second count: "62 sites carried out 148,800 cremations
        # between them, an average of 2,400 each")
        weak = weak or not (
            len([j for j in counts if j not in totals]) == 1
            and len({doc.qs[j].value for j in totals}) == 1
            and all(doc.sent_of[j] == doc.sent_of[i] for j in totals)
            and (restated or re.search(r"\baverag", doc.gap_before(i, 30), re.IGNORECASE))
        )
    else:
        # "or Rs 60 lakh a bus" divides by the count of buses: the noun follows the count.
        stems = {per[:4].rstrip("s")}
        for group in PER_SYNONYMS:
            if any(per.startswith(w[:4]) for w in group):
                stems |= {w[:4] for w in group}
        counts = [
            j
            for j in doc.window(i, 3)
            if j != i
            and doc.qs[j].kind in ("count", "quantity")
            and _is_level(doc.qs[j])
            and (any(_names(doc, j, stem) for stem in stems) or _compound_names(doc, j, per))
            # not in a clause after the average ("an average of about ₹360,000 per event,
            # although the top 10 events took a large part"), nor a top or bottom so many
            and not (
                j > i
                and doc.sent_of[j] == doc.sent_of[i]
                and CLAUSE_AFTER.search(doc.text[q.end : doc.qs[j].start])
            )
            and not re.search(
                r"\b(?:top|bottom|biggest|largest|smallest)\s+$", doc.gap_before(j, 12)
            )
            # nor cubic or square metres for a plain "per metre" ("410,000 cubic metres ...
            # about R16,100 per metre" of shoreline)
            and not (
                re.match(r"(?:cubic|square)\b", doc.qs[j].unit or "")
                and not re.match(r"\s*(?:per|a|for\s+each)\s+(?:cubic|square)", doc.after(i, 25))
            )
            # not a rate itself ("890 kilowatt-hours for every kilowatt installed", "6.4
            # litres of milk per kilogram of cheese", "six books per student")
            and not PER_THING_AFTER.match(doc.after(j, 30))
            # nor a size each item has ("80 turbines of 15 MW each")
            and not re.match(r"^\s+(?:each|apiece)\b", doc.after(j, 10))
        ]
        # "Rs 18,400 crore for 8 GW ..., an average of Rs 2,300 crore per gigawatt": the
        # count of its own sentence before any of the story's others.
        own = [j for j in counts if doc.sent_of[j] == doc.sent_of[i]]
        if not own and counts:
            # Counted across sentences, the count is a guess when the story gives others of
            # the thing ("a total of 1,886 MW" awarded, then "a combined 4,710 MW" bid, then
            # "11.3 trillion won ..., or about 6 billion won for every megawatt installed").
            story = {
                doc.qs[j].value
                for k in range(max(0, doc.sent_of[i] - 30), doc.sent_of[i])
                for j in doc.in_sent.get(k, [])
                if doc.qs[j].kind in ("count", "quantity")
                and _is_level(doc.qs[j])
                and not BASE_BEFORE.search(doc.gap_before(j, 45))
                and any(_names(doc, j, stem) for stem in stems)
            }
            far_count = len(story) > 1
        if own and any(
            j not in own
            and MODIFIER_FIGURE.match(doc.qs[j].text)
            and doc.qs[j].value > max(doc.qs[k].value for k in own)
            for j in counts
        ):
            # "the 640-bed residence" before "Rs 96 crore, or Rs 15 lakh per bed, has 420
            # beds in twin-sharing rooms and 220 single rooms": the story's whole count may
            # be the one meant.
            far_count = True
        counts = own or counts
        if not counts and per in MASS_PER:
            # "NZ$312 million ... 11,900 tonnes ..., an average of NZ$26.22 a kilogram": the
            # mass said in another unit, scaled.
            counts = [
                j
                for j in doc.window(i, 3)
                if doc.qs[j].kind == "quantity"
                and doc.qs[j].unit in MASS_PER[per]
                and _is_level(doc.qs[j])
                and not BASE_BEFORE.search(doc.gap_before(j, 45))
            ]
            counts = [j for j in counts if doc.sent_of[j] == doc.sent_of[i]] or counts
            if counts:
                count_scale = MASS_PER[per][doc.qs[counts[-1]].unit]
                far_count = len({doc.qs[j].value for j in counts}) > 1
        if not counts:
            # "The closures will cost £126 million, an average of £3 million per store" long
            # after "close 42 of its 1,200 shops": the one figure of the story that counts
            # them, and only a guess.
            s_i = doc.sent_of[i]
            far = [
                j
                for k in range(max(0, s_i - 30), s_i)
                for j in doc.in_sent.get(k, [])
                if doc.qs[j].kind in ("count", "quantity")
                and _is_level(doc.qs[j])
                and not BASE_BEFORE.search(doc.gap_before(j, 45))
                and any(_names(doc, j, stem) for stem in stems)
            ]
            if len({doc.qs[j].value for j in far}) == 1:
                counts, far_count = far[-1:], True
            elif not far and (
                AVERAGE_SAID.search(doc.gap_before(i, 40))
                # (restated per a thing, not per a time or a number: "6,300 kWh over 40
                # nights, or 157.5 kWh a night"; "SEK 3.3 per thousand plays")
                or (restated and not NOT_A_THING_PER.fullmatch(per) and per not in lexicon.UNITS)
            ):
                # "an average of £2.55 for every meal served" after "38.6 million free lunches":
                # no count goes by the noun, so the one count of this sentence or the one
                # before is a guess.
                # (restated, "or £2,400 a kiosk", only of its own sentence's count)
                around = [
                    j
                    for j in (sent if restated else doc.window(i, 1))
                    if doc.qs[j].kind == "count"
                    and _is_level(doc.qs[j])
                    and not _base_of_its_kind(doc, j)
                ]
                if len({doc.qs[j].value for j in around}) == 1:
                    counts, far_count = around[-1:], True
    # A figure introduced by "from"/"compared with" is last period's, not this one's; a size
    # that names a thing ("larger 60-page booklets") counts nothing; nor does an aim ("the
    # target of 10 million homes").
    counts = [
        j
        for j in counts
        if (doc.qs[j].kind == "duration" or not _base_of_its_kind(doc, j))
        # (a span is a span: "over the 74-day emergency, ... A$2.9 million a day"; so is a
        # length: "an 8.5-kilometre extension ..., or about €25.3 million per kilometre")
        and (
            doc.qs[j].kind == "duration"
            or not MODIFIER_FIGURE.match(doc.qs[j].text)
            or (len(per) >= 4 and (doc.qs[j].unit or "").startswith(per[:4]))
        )
        and not TARGET_BEFORE.search(doc.gap_before(j, 45))
        # nor a rate per so many ("about 375 calls per 1,000 people")
        and not PER_NUMBER_AFTER.match(doc.after(j, 30))
        and not re.search(r" per [\d,]", doc.qs[j].unit or "")
    ]
    totals = [j for j in totals if not BASE_BEFORE.search(doc.gap_before(j, 45))]
    if len(counts) > 1 and q.kind == "count" and per in ("", "each", "apiece"):
        # "drew 9,800 visitors over 14 Sundays, about 700 each evening": the total is no count.
        # (Not for "500 pupils per school" after "3,870 teachers across 210 schools": there the
        # figure before the count may be of other things, and is no sure total.)
        counts = [j for j in counts if j not in totals] or counts
    # A figure is the count or the total, never both ("averaged 86 litres per square metre,
    # above the normal of 72 litres per square metre" is no average of 86 over 86).
    totals = [j for j in totals if j not in counts]
    if len(counts) > 1 and per not in ("", "each", "apiece", "of", "for", "year", "month"):
        # Several figures count the thing ("50.4 million bags" shipped, "40.6 million bags" of
        # arabica): a story-wide average divides by the largest, as a guess.
        counts, far_count = [max(counts, key=lambda j: doc.qs[j].value)], True
    if not totals or len(counts) != 1:
        return None
    # "The 3.2 km bridge, whose main span is 870 metres, ... ₩369 million per metre of deck":
    # the thing measured in another unit of its kind may be the one meant.
    measure = _MEASURES.get(doc.qs[counts[0]].unit or "")
    far_count = far_count or any(
        measure is not None
        and _MEASURES.get(doc.qs[j].unit or "") == measure
        and doc.qs[j].unit != doc.qs[counts[0]].unit
        for j in sent
    )
    weak = (
        weak
        or far_count
        or (
            doc.sent_of[counts[0]] == doc.sent_of[i] and _listed_with_others(doc, counts[0], totals)
        )
    )
    if doc.sent_of[counts[0]] != doc.sent_of[i] and any(
        doc.qs[j].kind == "count" and _is_level(doc.qs[j]) and j < i and j not in totals
        for j in doc.in_sent.get(doc.sent_of[i], [])
    ):
        # "killed an estimated 28,000 reindeer, for which the state paid SEK 62 million, roughly
        # SEK 2,200 per animal": the sentence's own count, named otherwise, may be the one; the
        # story's count of "animals" is a guess.
        weak = True
    if doc.sent_of[counts[0]] != doc.sent_of[i] and OF_THOSE_AFTER.match(doc.after(counts[0], 20)):
        # "Only 31 of those gyms are cooled today, which leaves 65 schools still waiting. The
        # works ... about ¥130 million per gym": a part of the things counted may not be the
        # ones the average is over.
        weak = True
    if doc.sent_of[counts[0]] != doc.sent_of[i] and ONE_OF_MANY_BEFORE.search(
        re.split(r"[;:]", doc.left(counts[0], 80))[-1]
    ):
        # "lent 31.6 million books ...; the busiest branch handled 2.9 million loans. The
        # budget ... equals about KRW 5,820 per loan": a count said of one of many is a guess.
        weak = True
    if any(
        counts[0] < j < i
        and doc.qs[j].kind == "count"
        and INCLUDED_BEFORE.search(doc.gap_before(j, 30))
        for j in doc.in_sent.get(doc.sent_of[i], [])
    ):
        # "planted 1.3 million trees since 2019, including 280,000 last year, when it spent
        # A$4.2m, or about A$15 a tree": the average may be of the part included.
        weak = True
    if len(_same_kind_list(doc, totals[0])) == doc.qs[counts[0]].value:
        # "The three harbours recorded 1,260, 980 and 740 landings respectively, an average of
        # 993 per harbour": as many items as the count, so the total may be their sum.
        weak = True
    if BASE_BEFORE.search(doc.gap_before(i, 45)):
        # "an average of 730 per concert, up from 705 a season earlier, when 54,990 people
        # attended 78 concerts": an average said as last period's has its own figures.
        weak = True
    if ROUND_TRIP.search(doc.sentence_text(i)):
        # "A return ticket ... costs €58.40 for the 292-kilometre journey each way, or 10
        # cents per kilometre travelled": the distance may be counted once or twice.
        weak = True
    if (
        doc.sent_of[counts[0]] != doc.sent_of[i]
        and doc.qs[counts[0]].kind != "duration"
        # A count from another sentence is a guess unless the average names what it counts
        # ("A$3,000 a passenger" and "38,000 passengers") for the same period.
        and not (
            per not in ("", "each", "apiece", "of", "for")
            and _count_period_agrees(doc, counts[0], totals[0] if totals else i)
        )
    ):
        weak = True
    # "$412 million ..., including $38 million for 60 electric buses, an average of $633,000 a
    # bus": the total said with the count first, the others as other readings.
    totals.sort(key=lambda j: abs(doc.qs[j].start - doc.qs[counts[0]].start))
    # A total from another sentence dated otherwise than the average ("Four years ago, in
    # 2020-21, the book was only £187.5m" before "the current book works out at about £1.1m a
    # shop") is a guess.
    if doc.sent_of[totals[0]] != doc.sent_of[i] and not _count_period_agrees(doc, totals[0], i):
        weak = True
    if (
        q.kind == "count"
        and m
        and m.group("noun")
        and _counts_other_nouns(doc, totals[0], m.group("noun"))
        and _far_off(doc.qs[totals[0]].value, doc.qs[counts[0]].value, q.value)
    ):
        # "187 films from 54 countries across 412 screenings, an average of about 166
        # admissions per screening": a total named otherwise ("films") that comes nowhere near
        # is of other things; near, it may be the same ones ("3.87 million new homes ...
        # about 430,000 starts a year").
        weak = True
    return _claim(
        doc,
        "average",
        i,
        [totals[0], counts[0]],
        "average",
        alternatives=[[t, counts[0]] for t in totals[1:]],
        detail={
            "per": per,
            "weak": weak or len(totals) > 1,
            **({"count_scale": count_scale} if count_scale else {}),
        },
    )


# Words that say a figure sums others ("so combined output rose by ...").
SUMMED_BEFORE = re.compile(rf"\b(?:{'|'.join(_SUM_NOUNS)})\b", re.IGNORECASE)
SHARE_OF_TOTAL_GAP = re.compile(
    rf"\s+of\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:total|sum)\s+of\s+"
    rf"(?:(?:{_QUAL})\s+)?",
    re.IGNORECASE,
)
OVERTAKE_GAP = re.compile(
    r"\)?\s+(?:overtook|overtaking|outstripped|outpaced|surpassed|beat|topped|exceeded)\s+"
    r"[^,;.\d]{0,40}?\(?",
    re.IGNORECASE,
)
# "19,406 votes to the Conservative candidate's 15,088": two sides of a contest.
CONTEST_GAP = re.compile(r"\s+(?:[a-z]+\s+)?to\s+(?:the\s+)?[^,;.\d]{0,40}?['’]s\s+")
ROUND_TRIP = re.compile(
    r"\b(?:each\s+way|one\s+way|round\s+trip|return\s+(?:ticket|fare|trip))\b", re.I
)
_MEASURES = {
    **dict.fromkeys(("metre", "kilometre", "mile", "foot", "centimetre", "yard"), "length"),
    **dict.fromkeys(("tonne", "kilogram", "gram", "pound", "ton", "ounce"), "mass"),
    **dict.fromkeys(("hectare", "acre", "square metre", "square kilometre", "square mile"), "area"),
    **dict.fromkeys(("litre", "megalitre", "cubic metre", "gallon", "barrel"), "volume"),
    **dict.fromkeys(("kilowatt", "megawatt", "gigawatt"), "power"),
    **dict.fromkeys(("kilowatt hour", "megawatt hour", "gigawatt hour", "terawatt hour"), "energy"),
}
MULTIPLE_OF_BEFORE = re.compile(
    # ("a tenth of the ¥18m record, but six times the ¥300,000 paid in 2003")
    r"\b(?:twice|double|treble|triple|half|times|(?:half|(?:third|quarter|fifth|sixth|eighth|"
    r"tenth)s?)\s+of)\s+(?:the|its|their|that|this|"
    # "nearly three times Cambodia's 830 tonnes"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:" + _QUAL + r")\s+)?$",
    re.IGNORECASE,
)
ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?$", re.I)
# Per one unit of mass, the count's unit and how many of the first one of it holds.
_PER_KILOGRAM = {"tonne": Decimal(1000), "kilogram": Decimal(1)}
_PER_TONNE = {"tonne": Decimal(1), "kilogram": Decimal("0.001")}
MASS_PER = {
    "kilogram": _PER_KILOGRAM,
    "kilo": _PER_KILOGRAM,
    "kg": _PER_KILOGRAM,
    "tonne": _PER_TONNE,
    "ton": _PER_TONNE,
}
CLAUSE_AFTER = re.compile(r"[,;]\s+(?:although|though|while|whereas|but|and)\b|[;:]", re.IGNORECASE)


def _base_of_its_kind(doc: _Doc, j: int) -> bool:
    """Whether figure j is last period's: after "from"/"compared with", unless a plain "from"
    names where an amount of another kind came from ("raised 94.6 billion won ... from about
    1.9 million paying households") with no figure of j's kind beside it to change from."""
    gap = doc.gap_before(j, 45)
    if not BASE_BEFORE.search(gap):
        return False
    if not re.search(rf"(?<!up )(?<!down )\bfrom\s+(?:(?:{_QUAL})\s+)?$", gap, re.IGNORECASE):
        return True
    return any(
        k != j and _is_level(doc.qs[k]) and _dimension(doc.qs[k]) == _dimension(doc.qs[j])
        for k in doc.in_sent.get(doc.sent_of[j], [])
    )


AVERAGE_SAID = re.compile(r"\baverag\w*\s+(?:of\s+)?(?:(?:" + _QUAL + r")\s+)?$", re.IGNORECASE)
COMPOUND_PER_AFTER = re.compile(
    # ("about 227 a day each": per day and per truck)
    r"\s*(?:(?:for\s+each|for\s+every|per|a|an|each)\s+[a-z]|(?:each|apiece)\b)",
    re.IGNORECASE,
)
FLOW_UNIT = re.compile(r" per (day|week|month|year)$")


NOT_A_THING_PER = re.compile(
    r"(?:night|day|week|month|year|season|hour|minute|evening|weekend|term|quarter|"
    r"thousand|hundred|million|billion|cent|percent)s?",
    re.IGNORECASE,
)


def _unit_ratio(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "covered 43 million kilometres and drew 55.9 million kilowatt hours from the grid,
    about 1.3 kWh per kilometre": a rate whose unit is the ratio of two figures before it in
    its sentence, one in each unit; sure when each unit has one figure there."""
    if q.kind != "quantity" or " per " not in (q.unit or "") or FLOW_UNIT.search(q.unit):
        return None
    top, bottom = q.unit.split(" per ", 1)
    before = [
        j
        for j in doc.in_sent.get(doc.sent_of[i], [])
        if j < i
        and _is_level(doc.qs[j])
        and not _base_of_its_kind(doc, j)
        # (not an average itself: "an average of about 229 tonnes each, from 3,150 hectares")
        and not _average_or_rate(doc, j)
    ]
    totals = [j for j in before if doc.qs[j].kind == "quantity" and doc.qs[j].unit == top]
    counts = [j for j in before if doc.qs[j].kind == "quantity" and doc.qs[j].unit == bottom]
    if len(totals) != 1 or len(counts) != 1:
        return None
    return _claim(
        doc, "average", i, [totals[0], counts[0]], "average", detail={"per": bottom, "weak": False}
    )


def _average_frame(doc: _Doc, i: int, per: str) -> bool:
    """An average said with no word for it, in the frame of its own sentence: "£1bn over three
    years for the expansion, about £333m a year"; "£61m upgrading kitchens in 1,210 schools,
    roughly £50,000 a school"."""
    dim = _dimension(doc.qs[i])
    before = [j for j in doc.in_sent.get(doc.sent_of[i], []) if j < i]
    # In the average's own clause: not "committed C$13bn over five years ..., and officials
    # now estimate ongoing costs at C$4.4bn a year".
    before = [j for j in before if not NEW_CLAUSE.search(doc.text[doc.qs[j].end : doc.qs[i].start])]
    if not any(_dimension(doc.qs[j]) == dim and doc.qs[j].value > doc.qs[i].value for j in before):
        return False
    if per in _PERIODS:
        return any(
            doc.qs[j].kind == "duration"
            and doc.qs[j].unit == per
            and re.search(
                r"\b(?:over|across|during|spread\s+over|in)\s+(?:the\s+)?(?:next\s+|coming\s+|past\s+|last\s+)?$",
                doc.gap_before(j, 20),
                re.IGNORECASE,
            )
            for j in before
        )
    stem = per[:4]
    return (
        bool(per)
        and re.search(rf",\s*(?:(?:{_QUAL})\s+)?$", doc.gap_before(i, 30)) is not None
        # "96 mln euros in surcharges on 5.3 mln tonnes of cargo, roughly 18 euros a tonne".
        and any(doc.qs[j].kind in ("count", "quantity") and _names(doc, j, stem) for j in before)
    )


NEW_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\s+(?!the\s+other\b)[a-z]+\s", re.I)


def _listed_with_others(doc: _Doc, j: int, totals: list[int]) -> bool:
    """Whether count j is one item of a list of other things ("£48 million on 16 new buses and
    4 depots"): a total spent on all of them is not the count's alone. (The total itself is
    no other thing: "312,400 hives, kept by 19,750 beekeepers".)"""
    return any(
        doc.qs[k].kind == "count" and k not in totals and _noun_after(doc, k) != _noun_after(doc, j)
        for k in _list_neighbours(doc, j)
    )


def _count_period_agrees(doc: _Doc, count: int, total: int) -> bool:
    """Whether a count from another sentence is of the total's period: its sentence names no
    year, or one the total's sentence names too ("since 2021, when ... 241.0 million
    boardings" is not the year the fares were taken in)."""
    years = doc.years_in_sentence(doc.sent_of[count])
    if not years or years & doc.years_in_sentence(doc.sent_of[total]):
        return True
    # Or it is dated as the story's lede is ("Hong Kong welcomed 44.5 million visitors in
    # 2024" for "Total spending reached HK$213.6 billion, an average of HK$4,800 per visitor").
    lede = 1 if _has_headline(doc) else 0
    return years <= doc.years_in_sentence(lede)


def _average_named(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "Admissions totalled 143.6 million, putting the average ticket price at ¥1,441": an
    average named before the figure, over the one count of its sentence and the one total of
    its kind in the sentences before; found only by words, so never an alarm."""
    if q.kind != "money" or not AVERAGE_NAMED_BEFORE.search(doc.gap_before(i, 50)):
        return None
    sent = doc.in_sent.get(doc.sent_of[i], [])
    counts = [j for j in sent if doc.qs[j].kind == "count" and _is_level(doc.qs[j])]
    totals = [
        j
        for j in doc.same_dim_levels(i, doc.window(i, 2))
        if doc.qs[j].value > q.value
        and not BASE_BEFORE.search(doc.gap_before(j, 45))
        and not (doc.sent_of[j] == doc.sent_of[i] and j > i)
    ]
    if len({doc.qs[j].value for j in totals}) != 1 or not counts:
        return None
    # Of several counts ("The 20 clubs completed 142 signings"), the largest, as ever a guess.
    count = max(counts, key=lambda j: doc.qs[j].value)
    return _claim(doc, "average", i, [totals[-1], count], "average", detail={"weak": True})


AVERAGE_NAMED_BEFORE = re.compile(
    r"\b(?:the|an)\s+average\s+(?:[a-z-]+\s+){0,2}(?:price|cost|fare|spend|spending|bill|value|"
    r"fee|gift|payout|payment|balance|donation|grant|award|loan|salary|wage|claim)\s+"
    r"(?:at|of|to|was|is|stood\s+at|came\s+to|worked\s+out\s+at|works\s+out\s+at)\s+"
    r"(?:(?:" + _QUAL + r")\s+)?$",
    re.IGNORECASE,
)


_SCALE_WORDS = frozenset("thousand million billion trillion lakh crore mln bln mn bn".split())


def _names(doc: _Doc, j: int, stem: str) -> bool:
    """Whether figure j counts things called `stem` ("2,000 electric buses", "1,350-km line",
    "a population of about 5.3 million")."""
    q = doc.qs[j]
    if q.unit and q.unit.startswith(stem):
        return True
    # (its own words, not past a comma: "4.1 million students, compared with" counts no
    # comparisons)
    # nor past a figure of its own phrase: "96,000 tickets across 412 screenings" counts no
    # screenings, though "4,100 of the sector's 65,000 workers" counts workers)
    own = re.split(
        r"[;()]|[,.](?:\s|$)|\s(?:across|in|at|over|for|from|to|on|with|by|and|than)\s+(?=\d)",
        doc.after(j, 30),
        maxsplit=1,
    )[0]
    # nor past another figure at all, but for the whole it is "of": "the city of 600,000 makes
    # about 300 calls" counts no calls
    digit = re.search(r"\d(?![\d.,]*-[A-Za-z])", own)  # (a size glued to its noun is own)
    if digit and not OF_WHOLE_TAIL.search(own[: digit.start()]):
        own = own[: digit.start()]
    words = re.findall(r"[a-z]+", (q.text + " " + own).lower())[:5]
    # "2.4 million bales" counts bales, not mills.
    words = [w for w in words if w not in _SCALE_WORDS]
    if any(w.startswith(stem) for w in words):
        return True
    before = re.findall(r"[a-z]+", doc.gap_before(j, 30).lower())[-4:]
    if stem in ("empl", "work", "staf", "pers", "peop") and any(
        w in ("workforce", "headcount", "staff", "payroll") for w in before
    ):
        return True  # "a workforce of about 16,800 scientists, engineers and support staff"
    return stem in ("popu", "resi", "inha") and any(w.startswith(stem) for w in before)


# A sentence that opens on the rest ("The remaining £740,000 came from ..."): CLOSING_PART
# from the sentence's start.
REMAINING_OPENS = re.compile(r"\s*(?:" + CLOSING_PART.pattern + ")", re.IGNORECASE)
SPLIT_GAP = re.compile(r"[^.;]*?,\s*of\s+(?:which|whom|that|this|it)\b[^.;]*", re.IGNORECASE)


def _split_in_sentence_before(doc: _Doc, i: int) -> list[int] | None:
    """ "Turnover came to £2.47m, of which milk accounted for £1.73m, or about 70 per cent. The
    remaining £740,000 came from eggs": a sentence that opens on the rest of a whole the
    sentence before splits; [whole, *parts] or None."""
    s_i = doc.sent_of[i]
    if s_i == 0 or not REMAINING_OPENS.fullmatch(doc.text[doc.sentences[s_i][0] : doc.qs[i].start]):
        return None
    whole, *parts = doc.levels_of(_dimension(doc.qs[i]), doc.in_sent.get(s_i - 1, [])) or [None]
    if (
        whole is None
        or not parts
        or not SPLIT_GAP.fullmatch(doc.text[doc.qs[whole].end : doc.qs[parts[0]].start])
        or any(_average_or_rate(doc, j) for j in [whole, *parts])
        or sum(doc.qs[j].value for j in parts) >= doc.qs[whole].value
    ):
        return None
    return [whole, *parts]


def _compound_names(doc: _Doc, j: int, noun: str) -> bool:
    """Whether figure j counts a compound of `noun`: "1,900 campsites" are sites, "40
    minibuses" buses (but "3.6 million hectolitres" are no litres)."""
    if len(noun) < 3:
        return False
    m = re.match(r"\s+([a-z]+)", doc.after(j, 30))
    word = m.group(1) if m else ""
    return bool(
        len(word) >= len(noun) + 3
        and re.search(noun + r"(?:e?s)?$", word)
        and not UNIT_PREFIX.match(word)
    )


UNIT_PREFIX = re.compile(r"(?:kilo|hecto|deca|mega|giga|tera|milli|centi|deci|micro|nano)")
OF_WHOLE_TAIL = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?$", re.I)


def _named_totals(doc: _Doc, i: int, totals: list[int]) -> list[int]:
    """The totals whose own clause names what the average divides ("revenue per user averaged
    US$4.47" and "revenue jumped 37% to US$1.84 billion"; "A$468 of revenue for every
    passenger"; "the city's subsidy works out at about €2.98 a trip")."""
    head = _average_head(doc, i)
    if head is None:
        return []
    # Not a part of it: "Salaries accounted for ₹78,500 crore of spending and pensions for
    # ₹36,200 crore" is no total of "total state spending ... per resident".
    return [
        j
        for j in totals
        if head in _stems(_clause(doc, j)) and not PART_OF_CLAUSE.search(doc.sentence_text(j))
    ]


PART_OF_CLAUSE = re.compile(
    r"\b(?:accounted\s+for|accounts\s+for|made\s+up|make\s+up|makes\s+up|of\s+which)\b",
    re.IGNORECASE,
)


def _average_head(doc: _Doc, i: int) -> str | None:
    of = re.match(
        r"^\s+of\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+(?:per|for|a|an|each)\b", doc.after(i, 40)
    )
    if of:
        return _stem(of.group(1))
    left = doc.left(i, 80).lower()
    m = re.search(r"([a-z]{4,})\s+per\s+[a-z-]+\s+(?:\w+\s+){0,2}$", left) or re.search(
        r"([a-z]{4,})\s+(?:works?|worked)\s+out\s+(?:at|to)\s+(?:\w+\s+){0,2}$", left
    )
    return _stem(m.group(1)) if m else None


# What ends a clause on the left of a figure; "and" too where a list item is its own clause.
CLAUSE_START = re.compile(r"[,;]\s|\b(?:while|whereas|but)\b")
CLAUSE_OR_AND = re.compile(r"[,;]\s|\b(?:while|whereas|but|and)\b")
CLAUSE_OR_AND_MEANING = re.compile(r"[,;]\s|\b(?:while|whereas|but|meaning|and)\b")


MILESTONE = re.compile(r"\b(?:first\s+time|ever|record)\b", re.IGNORECASE)


def _clause(doc: _Doc, j: int, width: int = 80, breaks: re.Pattern = CLAUSE_START) -> str:
    """The text of figure j's clause before it (at most `width` characters back)."""
    return breaks.split(doc.left(j, width))[-1]


def _bound(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "a deficit of more than US$10 billion", "harvest tops 700 million tonnes": a bound on
    a figure the article states exactly elsewhere."""
    if q.kind not in ("money", "count", "quantity", "percent"):
        return None
    bound = q.change if q.change in (">", "<") else None
    if bound is None and q.change == "=":
        m = BOUND_VERB_BEFORE.search(doc.gap_before(i, 30))
        # Not "the council passed a $42 million budget": a law or a plan is passed whole.
        if m and not PASSED_WHOLE.search(doc.gap_before(i, 40)):
            bound = ">" if m.group("over") else "<"
    if bound is None:
        return None
    # "More than 3,800 court dates were adjourned ...; the precise count was 3,870": the exact
    # figure named as such, in the bound's sentence or the next.
    exact = [
        j
        for j in doc.by_dim.get(_dimension(q), ())
        if j > i
        and doc.sent_of[j] - doc.sent_of[i] in (0, 1)
        and doc.qs[j].change == "="
        and EXACT_FIGURE_BEFORE.search(doc.left(j, 80))
    ]
    if exact:
        return _claim(doc, "bound", i, exact[:1], "bound", detail={"bound": bound, "weak": False})
    words = _content_words(doc, i)
    scored = []
    adjacent: list[int] = []
    head = _bound_head(doc, i)
    low, high = q.value / 2, q.value * 2
    in_headline = doc.sent_of[i] == 0 and _has_headline(doc)
    noun_after = _noun_after(doc, i)
    lede_changes = []
    in_lede: list[int] = []
    own_sentence: list[int] = []
    for j in doc.by_dim.get(_dimension(q), ()):
        other = doc.qs[j]
        if (
            in_headline
            and q.kind == "percent"
            and other.change in ("up", "down")
            and doc.sent_of[j] in (1, 2)
            and _near_bound(q.value, other.value)
        ):
            # "Low water cuts barge volumes by over 14 pct" over the lede's "down 14.7 pct".
            lede_changes.append(j)
        if j == i or other.low is not None:
            continue
        if other.change != "=" and not (
            # "raise less than $1.2bn" over the lede's "about $1.1 billion of sales".
            in_headline and other.change == "~" and doc.sent_of[j] == 1
        ):
            continue
        # Cheap tests first: the regex below ran for every quantity of the text (quadratic).
        if not (low <= other.value <= high) or other.value == q.value:
            continue
        # The bound said again ("tops 26 bln" in the headline, "topping 26 bln" below) is no
        # exact figure.
        if BOUND_VERB_BEFORE.search(doc.gap_before(j, 30)) or not _same_years(doc, i, j):
            continue
        # Last period's figure ("from A$2.02 billion a year earlier", "up by more than a
        # quarter on the 12.9 million visits recorded in 2023") is not what passed it.
        # (nor one set against it: "at least 30 billion yuan, more than 20% above the 24.6
        # billion yuan it reported for 2024")
        # (nor one in brackets after another, of another group or period: "at least 50
        # kilograms (45 kg for women)")
        if (
            BASE_BEFORE.search(doc.gap_before(j, 45))
            or ON_BASE_BEFORE.search(doc.left(j, 50))
            or COMPARED_BASE_BEFORE.search(doc.left(j, 50))
            or _bracketed_prior(doc, j)
        ):
            continue
        if (
            doc.sent_of[j] == doc.sent_of[i]
            and j < i
            and _near_bound(q.value, other.value)
            and MILESTONE.search(doc.text[other.end : q.start])
        ):
            own_sentence.append(j)
        if (
            head
            # A headline sums up the whole story: its figure may be stated anywhere below.
            and (doc.sent_of[i] == 0 or abs(doc.sent_of[j] - doc.sent_of[i]) <= 1)
            and _near_bound(q.value, other.value)
            and (
                head in _stems(doc.left(j, 60))
                # "for more than 22 million homes" over "covers 22.4 million households"
                or (in_headline and _same_noun(noun_after, _noun_after(doc, j)))
            )
        ):
            adjacent.append(j)
        if in_headline and doc.sent_of[j] == 1:
            in_lede.append(j)
        near_words = _content_words(doc, j)
        if in_headline:
            # A headline names the figure's subject, which may open its sentence: "cancer drug
            # Veltrazib tops 1 billion francs" over "Veltrazib alone doubled its sales to CHF
            # 1.28 billion".
            near_words = near_words | (_stems(_clause(doc, j)) - _STOP_STEMS - _BOUND_STEMS)
        shared = len(words & near_words)
        if shared:
            relative = other.precision / abs(other.value or 1)
            scored.append((-shared, relative, j))
    # "5G users pass 25 million" over a lede whose one figure of the kind anywhere near is
    # "The number of 5G lines reached 25.13 million": a headline sums up its lede.
    lede_sole = (
        in_lede[0] if len(in_lede) == 1 and _near_bound(q.value, doc.qs[in_lede[0]].value) else None
    )
    if not scored and not adjacent and len(own_sentence) == 1:
        # "paid £9.84 million ..., the first time its parking income has gone above £9.5
        # million": the one figure of the kind said before a milestone in its own sentence
        # (not any: "revenue of €812 million ..., but borrowing has climbed to more than €1
        # billion" bounds another thing).
        adjacent = own_sentence
    if not scored and len(adjacent) != 1 and lede_sole is None:
        if len(lede_changes) == 1 and not scored and not adjacent:
            # Which change the headline bounds is a guess: never an alarm.
            return _claim(
                doc, "bound", i, lede_changes, "bound", detail={"bound": bound, "weak": True}
            )
        near = _sole_figure_near_bound(doc, i)
        if near is not None:
            return _claim(doc, "bound", i, [near], "bound", detail={"bound": bound, "weak": True})
        return None
    # Most words in common first; among those, the finest figure (rounded restatements such
    # as "the $10 billion deficit" lose to the exact $10.76 billion).
    ranked = [j for _, _, j in sorted(scored)]
    best = ranked[0] if ranked else adjacent[0] if len(adjacent) == 1 else lede_sole
    # Sure of the match when both name the same deficit/surplus/gap, or when the bound's
    # sentence and those beside it hold one figure alone near the bound ("debt tops €1
    # billion" over "Net debt stood at €1.04 billion"): articles on one topic share many
    # words, so shared words alone never make a failed bound inconsistent.
    noun = _cue_noun(doc, i)
    sure = noun is not None and _cue_noun(doc, best) == noun
    if not sure and len(adjacent) == 1:
        # Unless the lede gives another figure near the bound: "sales top C$400 million" over
        # "revenue of C$403.7 million" and, below, "Syrup sales of C$371.2 million".
        best, sure = adjacent[0], lede_sole is None or lede_sole == adjacent[0]
        if lede_sole is not None and lede_sole != best:
            ranked = [*ranked, lede_sole]
    if not sure and lede_sole is not None and best == lede_sole:
        # Sure only when the lede's clause names what the headline bounds: "debt tops €1
        # billion" over "The club reported revenue of €812 million" is about something else;
        # and when no figure of the kind near the bound follows it ("the jackpot stood at
        # $890m. The prize ... has risen to $1.02bn" under "jackpot climbs above $1bn").
        sure = head is not None and head in _stems(_clause(doc, lede_sole))
    if in_headline:
        later = [
            j
            for j in doc.by_dim.get(_dimension(q), ())
            if j != best
            and doc.sent_of[j] in (1, 2)
            and _is_level(doc.qs[j])
            and doc.qs[j].change in ("=", "~")
            and _near_bound(q.value, doc.qs[j].value)
            # a figure something has moved to ("has risen to $1.02bn")
            and TO_BEFORE.search(doc.gap_before(j, 45))
        ]
        if later:
            sure = False
            adjacent = adjacent + later
    # The other figures the words point to are other readings: a bound fails only when
    # none of them meets it.
    others = [[j] for j in dict.fromkeys([*ranked, *adjacent]) if j != best]
    # "Pensions of up to €2,500 a month go up by 2.7 per cent": "up to" sets a cap or a band,
    # which a figure said elsewhere need not be under.
    if q.extra.get("qualifier") == "up to":
        sure = False
    return _claim(
        doc,
        "bound",
        i,
        [best],
        "bound",
        alternatives=others,
        detail={"bound": bound, "weak": not sure},
    )


def _fraction_bound(doc: _Doc, i: int, q: Quantity) -> Claim | None:
    """ "More than half of renters, 56 percent, ..."; "over half of the bikes" beside "E-bikes
    took 53.2% of units"; a headline's "by more than a quarter" over the body's "a drop of
    25.8 per cent": a fraction bounding a percent said exactly. Sure only when the percent is
    set off right after the fraction; across sentences a guess."""
    if q.kind != "fraction" or q.change not in (">", "<"):
        return None
    before = i - 1
    if (
        before >= 0
        and doc.sent_of[before] == doc.sent_of[i]
        and doc.qs[before].kind == "percent"
        and doc.qs[before].low is None
        and doc.qs[before].change not in ("up", "down")
        and PERCENT_THEN_FRACTION.fullmatch(doc.text[doc.qs[before].end : q.start])
        and abs(doc.qs[before].value / 100 - q.value) <= Decimal("0.1")
        # not "51% of voters, less than a third of them women": a share of the share
        and not OF_SUBGROUP_AFTER.match(doc.after(i, 30))
    ):
        # "36.3 pct of the market, still more than a third".
        return _claim(doc, "bound", i, [before], "bound", detail={"bound": q.change})
    # A fraction of something bounds a share; one reached "by" bounds a change.
    of_something = bool(OF_AFTER.match(doc.after(i)) or re.search(r"\sin\s", q.text))
    by_change = bool(re.search(r"\bby\s+(?:(?:" + _QUAL + r")\s+)?$", doc.gap_before(i, 30)))
    if of_something == by_change:
        return None
    s = doc.sent_of[i]
    # A headline sums up the story: its percent may sit paragraphs down.
    reach = range(1, len(doc.sentences)) if s == 0 and _has_headline(doc) else (s - 1, s, s + 1)
    near = [
        j
        for j in doc.in_sent.get(s, [])
        + [k for t in reach if t != s for k in doc.in_sent.get(t, [])]
        if doc.qs[j].kind == "percent"
        and doc.qs[j].low is None
        and (doc.qs[j].change in ("up", "down")) == by_change
        and abs(doc.qs[j].value / 100 - q.value) <= Decimal("0.1")
        # Not "More than half of voters, 38 percent of them women": a share of a share; nor
        # "more than a third of the budget, 12 percent more than last year": a change.
        and not OF_SUBGROUP_AFTER.match(doc.after(j, 30))
        and (by_change or _direction(doc, j, doc.qs[j]) is None)
        # Not "half of the city budget" against "55 percent of residents".
        and not _other_wholes(doc, i, j)
    ]
    if not near:
        return None
    set_off = [
        j
        for j in near
        if j == i + 1 and FRACTION_SET_OFF.fullmatch(doc.text[q.end : doc.qs[j].start])
    ]
    if set_off:
        return _claim(doc, "bound", i, set_off, "bound", detail={"bound": q.change})
    near.sort(key=lambda j: (abs(doc.sent_of[j] - s), abs(doc.qs[j].start - q.start)))
    return _claim(
        doc,
        "bound",
        i,
        near[:1],
        "bound",
        alternatives=[[j] for j in near[1:]],
        detail={"bound": q.change, "weak": True},
    )


def _other_wholes(doc: _Doc, a: int, b: int) -> bool:
    """Whether figures a and b are each "of" something, and the two share no word."""
    wholes = []
    for j in (a, b):
        m = OF_WORDS_AFTER.match(doc.after(j, 40))
        if m is None:
            return False
        wholes.append(_stems(m.group(1)) - _STOP_STEMS)
    return bool(wholes[0]) and bool(wholes[1]) and not wholes[0] & wholes[1]


OF_WORDS_AFTER = re.compile(r"^\s+of\s+((?:[\w'’-]+\s*){1,4})")
OF_TOTAL_AFTER = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:(?:national|overall|whole|country's|nation's|state's|world)\s+)?"
    r"(?:total|all)\b",
    re.IGNORECASE,
)
RESTATED_AMOUNT_GAP = re.compile(
    rf"^(?:\s+of\s+(?:those|them|these|which|it))?\s*[,(]\s*(?:or\s+)?(?:(?:{_QUAL})\s+)?$",
    re.IGNORECASE,
)
APPOSITIVE_SHARE_GAP = re.compile(
    rf"\s+of\s+(?:them|those|these)\s*,\s*(?:(?:{_QUAL})\s+)?", re.IGNORECASE
)
# "a third of them over 50" (not "71 per cent of those surveyed", which names the whole).
OF_THEM_AFTER = re.compile(r"^\s+of\s+them\b", re.IGNORECASE)
OR_AMOUNT_AFTER = re.compile(
    r"^\s+of\s+(?:them|which|whom|those|these)\s*,\s*or\s+(?:about\s+|some\s+)?\d", re.I
)
WOULD_HAVE_AFTER = re.compile(
    r"^\s+(?:[\w'’]+\s+){0,2}(?:would|could|might|had\s+(?:forecast|expected))\b", re.IGNORECASE
)


def _other_things(doc: _Doc, a: int, b: int) -> bool:
    """Whether count a is too small to be a part of count b at all: "Sixteen of the 27 member
    states, accounting for 65% of the bloc's 448 million people" counts states, not people."""
    if doc.qs[a].kind != "count" or doc.qs[b].kind != "count" or doc.qs[b].value <= 0:
        return False
    return doc.qs[a].value / doc.qs[b].value < Decimal("0.0001")


def _counts_other_noun(doc: _Doc, a: int, b: int) -> bool:
    """Whether count a counts where or over what something was counted ("across 214
    performances"), not the things count b counts ("of its 1,020 seats")."""
    if doc.qs[a].kind != "count" or doc.qs[b].kind != "count":
        return False
    if not SETTING_BEFORE.search(doc.gap_before(a, 20)):
        return False
    noun_a, noun_b = _noun_after(doc, a), _noun_after(doc, b)
    return bool(noun_a and noun_b and not _same_noun(noun_a, noun_b))


SETTING_BEFORE = re.compile(
    r"\b(?:across|over|in|at|from|on)\s+(?:(?:the|its|their|his|her)\s+)?$", re.IGNORECASE
)


OF_SUBGROUP_AFTER = re.compile(r"^\s+of\s+(?:them|which|whom|those|these)\b", re.IGNORECASE)
PERCENT_THEN_FRACTION = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?[\w'’ -]{1,40}?,\s*"
    r"(?:(?:still|well|just|comfortably|so)\s+)?(?:more|less|fewer|over|under)\s+than\s+",
    re.IGNORECASE,
)
FRACTION_SET_OFF = re.compile(r"(?:\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*[,(–—-]\s*")
ON_BASE_BEFORE = re.compile(
    r"\b(?:up|down|rise|rose|fall|fell|increase|decrease|gain|drop)\b[^,;]{0,30}\bon\s+(?:the\s+)?$",
    re.IGNORECASE,
)
EXACT_FIGURE_BEFORE = re.compile(
    # "the precise count was 3,870"; "The precise figure, £1.38bn, was spread ..."; "The
    # precise figure, disclosed in a footnote, was 1,247,300"
    r"\b(?:exact|precise|actual|final)\s+(?:figure|count|number|total|tally)"
    # ("The exact figure at the end of June was 6,420")
    r"(?:,[^.;,\d]{1,40},|\s+(?:at|in|for|on)\s+[^.;,\d]{1,30}?)?"
    r"\s*(?:,|\s(?:was|is|at|of|stood\s+at|came\s+to))\s+$",
    re.IGNORECASE,
)
_BOUND_FILLER = frozenset(
    """tops top topped topping past pass passes passed exceeds exceeded exceeding surpasses
    surpassed crossed crosses broke breaks through stays stay kept keeps below above over
    under more than less nearly almost about around some just well back climbs climbed rises
    rose jumps jumped falls fell drops dropped slips slipped edges edged hits reached
    reaches still again been have has had were was is are now the its their of to at and but
    thousand million billion trillion percent cent first time""".split()
)


_BOUND_STEMS = frozenset(_stem(w) for w in _BOUND_FILLER)


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z]{4,}", text.lower())}


def _same_noun(a: str | None, b: str | None) -> bool:
    """Whether two nouns after figures (cut to five letters) name the same things."""
    if a is None or b is None:
        return False
    return a == b or any(a in group and b in group for group in lx.NOUN_SYNONYMS)


def _bound_head(doc: _Doc, i: int) -> str | None:
    """What a bound is about: the last content word before it ("debt" in "but debt tops €1
    billion", "profit" in "half-year profit climbs above A$700 million")."""
    words = re.findall(r"[a-z][a-z'-]*", doc.left(i, 60).lower())
    while words and (words[-1] in _BOUND_FILLER or len(words[-1]) < 4):
        words.pop()
    return _stem(words[-1]) if words else None


def _sole_figure_near_bound(doc: _Doc, i: int) -> int | None:
    """ "Sydney recorded more than 400 millimetres of rain in January" over "The gauge caught
    412 millimetres": the one exact figure of the kind near the bound, in the story, said in
    the bound's sentence or the two after it. A guess: the words do not tie them."""
    q = doc.qs[i]
    near = [
        j
        for j in doc.by_dim.get(_dimension(q), ())
        if j != i
        and doc.qs[j].change == "="
        and doc.qs[j].low is None
        and doc.qs[j].value != q.value
        and _near_bound(q.value, doc.qs[j].value)
        and not BOUND_VERB_BEFORE.search(doc.gap_before(j, 30))
        and not BASE_BEFORE.search(doc.gap_before(j, 45))
    ]
    if len({doc.qs[j].value for j in near}) != 1:
        return None
    j = near[0]
    if not 0 <= doc.sent_of[j] - doc.sent_of[i] <= 2 or not _same_years(doc, i, j):
        return None
    return j


def _near_bound(bound: Decimal, value: Decimal) -> bool:
    """ "tops 700 million tonnes" for 706.5 million: within a quarter of the round figure."""
    return bound * Decimal("0.8") <= value <= bound * Decimal("1.25")


_STOP = frozenset(
    """that this with from have were their which about more than less under over into after
    before also said says year years last next first since while where when there other some
    such been being what them they will would could percent cent million billion trillion
    thousand record time times share total""".split()
)


_STOP_STEMS = frozenset(_stem(w) for w in _STOP)


def _content_words(doc: _Doc, i: int) -> set[str]:
    """Stems of the longer words around quantity i, for matching two mentions of one figure."""
    around = (doc.gap_before(i, 45) + " " + doc.after(i, 35)).lower()
    return {_stem(w) for w in re.findall(r"[a-z]{4,}", around) if w not in _STOP}


def _cue_noun(doc: _Doc, i: int) -> str | None:
    around = (doc.gap_before(i, 40) + " # " + doc.after(i, 40)).lower()
    for noun in lx.DIFFERENCE_NOUNS[:4]:
        if re.search(rf"\b{noun}\b", around):
            return noun
    return None


def _same_years(doc: _Doc, a: int, b: int) -> bool:
    ya = doc.years_in_sentence(doc.sent_of[a])
    yb = doc.years_in_sentence(doc.sent_of[b])
    return not ya or not yb or bool(ya & yb)


_RULES = (
    _points,
    _cagr,
    _short_of,
    _to_target,
    _beat_by,
    _net_change,
    _turnaround,
    _change,
    _multiple,
    _margin,
    _share_of_phrase,
    _share,
    _total,
    _difference,
    _average,
    _bound,
    _fraction_bound,
)
