"""Unit names used by the peer test suites, mapped to the units factcheck reports (data only).

Read by `extractor.evaluate`. Recognizers-Text names units in English ("Dollar", "United States
dollar", "Metric ton"); quantulum3 uses its own names ("pound sterling", "pound-mass", "cent").
factcheck reports ISO 4217 codes for money, "%" for percent and quantulum3-style lower-case names
for other units. Extending the evaluation to a new suite or currency means adding rows here.
"""

from __future__ import annotations

from decimal import Decimal

HUNDREDTH = Decimal("0.01")

# Currency name (lower case) -> (the ISO codes a prediction may carry, factor to the main unit).
# Several codes where the name alone does not say which currency it is: in the 1989 WSJ sentences
# of Recognizers-Text, "528 million francs" is French francs, in today's news more often Swiss.
# A bare "Dollar" is USD (the suite's own isoCurrency leaves it out; the text is American news).
# Sub-units compare as the main unit, as our gold does: "50 cents" is 0.5 USD, "470 pence" 4.7 GBP.
CURRENCY_UNITS: dict[str, tuple[tuple[str, ...], Decimal]] = {
    "dollar": (("USD",), Decimal(1)),
    "united states dollar": (("USD",), Decimal(1)),
    "us dollar": (("USD",), Decimal(1)),
    "canadian dollar": (("CAD",), Decimal(1)),
    "australian dollar": (("AUD",), Decimal(1)),
    "hong kong dollar": (("HKD",), Decimal(1)),
    "new zealand dollar": (("NZD",), Decimal(1)),
    "singapore dollar": (("SGD",), Decimal(1)),
    "new taiwan dollar": (("TWD",), Decimal(1)),
    "euro": (("EUR",), Decimal(1)),
    "pound": (("GBP",), Decimal(1)),
    "british pound": (("GBP",), Decimal(1)),
    "pound sterling": (("GBP",), Decimal(1)),
    "japanese yen": (("JPY",), Decimal(1)),
    "yen": (("JPY",), Decimal(1)),
    "chinese yuan": (("CNY",), Decimal(1)),
    "yuan": (("CNY",), Decimal(1)),
    "renminbi": (("CNY",), Decimal(1)),
    "franc": (("FRF", "CHF"), Decimal(1)),
    "french franc": (("FRF",), Decimal(1)),
    "swiss franc": (("CHF",), Decimal(1)),
    "finnish markka": (("FIM",), Decimal(1)),
    "peseta": (("ESP",), Decimal(1)),
    "spanish peseta": (("ESP",), Decimal(1)),
    "netherlands guilder": (("NLG",), Decimal(1)),
    "dutch guilder": (("NLG",), Decimal(1)),
    "german mark": (("DEM",), Decimal(1)),
    "turkish lira": (("TRY",), Decimal(1)),
    "rupee": (("INR",), Decimal(1)),
    "indian rupee": (("INR",), Decimal(1)),
    "sri lankan rupee": (("LKR",), Decimal(1)),
    "pakistani rupee": (("PKR",), Decimal(1)),
    "mexican peso": (("MXN",), Decimal(1)),
    "costa rican colón": (("CRC",), Decimal(1)),
    "georgian lari": (("GEL",), Decimal(1)),
    "lao kip": (("LAK",), Decimal(1)),
    "south korean won": (("KRW",), Decimal(1)),
    "russian ruble": (("RUB",), Decimal(1)),
    "south african rand": (("ZAR",), Decimal(1)),
    "bitcoin": (("BTC", "XBT"), Decimal(1)),
    "satoshi": (("BTC", "XBT"), Decimal("0.00000001")),
    "cent": (("USD",), HUNDREDTH),
    "dime": (("USD",), Decimal("0.1")),
    "pence": (("GBP",), HUNDREDTH),
    "penny": (("GBP",), HUNDREDTH),
    # "Sen" (Recognizers-Text, "sen 100,000") is a hundredth of the yen, ringgit or rupiah: the
    # text does not say which, so it is left out and such a gold quantity never matches on unit.
}

# Other units: name (lower case, hyphens as spaces) -> the canonical name compared, or several
# names a prediction may carry. Recognizers-Text's "Ton" is not said to be short or metric.
UNIT_NAMES: dict[str, str | tuple[str, ...] | None] = {
    "pound": "pound mass",
    "pound mass": "pound mass",
    "ton": ("ton", "tonne"),
    "metric ton": "tonne",
    "tonne": "tonne",
    "milliliter": "millilitre",
    "millilitre": "millilitre",
    "cubic centimetre": "millilitre",
    "degree angle": "degree",
    "percentage": "%",
    "percent": "%",
    "dimensionless": None,  # quantulum3's bare number: no unit
}

# American spellings in unit names, written the way we report them ("Kilometer per hour").
SPELLINGS: dict[str, str] = {
    "meter": "metre",
    "liter": "litre",
}
