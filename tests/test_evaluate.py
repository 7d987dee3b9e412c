"""The evaluation script: matching and scoring on hand-made tables, and a run over the peer suites.

The peer-suite run asserts only that every suite gets a row, never a score: scores move as the
rules change, and the table is for reading, not for gating CI.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from extractor.evaluate import (
    Case,
    Mention,
    Score,
    SystemScore,
    canonical_unit,
    evaluate,
    format_table,
    gold_unit,
    load_corpus,
    load_quantulum,
    load_recognizers,
    main,
    match,
    score_case,
    to_decimal,
    values_equal,
)

PEER_SUITES = Path(__file__).resolve().parents[2] / "shared" / "peer-suites"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
D = Decimal


def m(start: int, end: int, value: str, unit: str | None = None, **kw) -> Mention:
    units = kw.pop("units", frozenset({unit}))
    return Mention(f"[{start}:{end}]", start, end, D(value), units, **kw)


# --- values and units -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, equal",
    [
        ("1", "1.00", True),
        ("1E-12", "0.000000000001", True),
        ("32160000000", "32160000001", False),  # exact values compare exactly
        ("0.5", "0.50000001", False),
        # Recognizers-Text's 15-digit rendering of 2/3 against Decimal division
        ("0.666666666666667", str(D(2) / D(3)), True),
        ("0.666666666666667", "0.6667", False),  # 4 decimals is not 2/3 to 1e-9
        # a float from quantulum3: 32.16 * 1e9
        (repr(32.16 * 1e9), "32160000000", True),
        ("103.666666666667", "103.67", False),
        ("-1.2732E+15", "-1273200000000000", True),
    ],
)
def test_values_equal(a, b, equal):
    assert values_equal(D(a), D(b)) is equal
    assert values_equal(D(b), D(a)) is equal


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("100%", D(100)),
        ("-5%", D(-5)),
        ("1E-12", D("1E-12")),
        ("null", None),
        (None, None),
        (0.5, D("0.5")),
        (12, D(12)),
        ("twelve", None),
    ],
)
def test_to_decimal(raw, expected):
    assert to_decimal(raw) == expected


@pytest.mark.parametrize(
    "name, value, currency, expected_value, expected_units",
    [
        # Recognizers-Text currency names
        ("Dollar", "75", True, "75", {"USD"}),
        ("United States dollar", "10", True, "10", {"USD"}),
        ("Canadian dollar", "1.34", True, "1.34", {"CAD"}),
        ("Cent", "50", True, "0.5", {"USD"}),
        ("Pence", "470", True, "4.7", {"GBP"}),
        ("Penny", "1", True, "0.01", {"GBP"}),
        ("Pound", "8100000", True, "8100000", {"GBP"}),
        ("Franc", "528000000", True, "528000000", {"FRF", "CHF"}),
        ("Finnish markka", "420000000", True, "420000000", {"FIM"}),
        ("Japanese yen", "5000000", True, "5000000", {"JPY"}),
        ("Sen", "100000", True, "100000", {"sen"}),  # which currency is unknown: never matches
        # Recognizers-Text dimension names: "Pound" is a weight here
        ("Pound", "200", False, "200", {"pound mass"}),
        ("Metric ton", "16000", False, "16000", {"tonne"}),
        ("Ton", "3", False, "3", {"ton", "tonne"}),
        ("Kilometer per hour", "10", False, "10", {"kilometre per hour"}),
        ("Square meter", "660", False, "660", {"square metre"}),
        ("Milliliter", "75", False, "75", {"millilitre"}),
        # quantulum3's names
        ("dimensionless", "42", None, "42", {None}),
        ("percentage", "35", None, "35", {"%"}),
        ("dollar", "2174000000000", None, "2174000000000", {"USD"}),
        ("pound sterling", "2000", None, "2000", {"GBP"}),
        ("cent", "100", None, "1", {"USD"}),
        ("dime", "3", None, "0.3", {"USD"}),
        ("pound-mass", "25", None, "25", {"pound mass"}),
        ("degree Celsius", "32", None, "32", {"degree celsius"}),
        (None, "3", None, "3", {None}),
    ],
)
def test_gold_unit(name, value, currency, expected_value, expected_units):
    got_value, got_units = gold_unit(name, D(value), currency=currency)
    assert got_value == D(expected_value)
    assert got_units == frozenset(expected_units)


@pytest.mark.parametrize(
    "ours, compared",
    [
        (None, None),
        ("USD", "USD"),
        ("%", "%"),
        ("percentage point", "percentage point"),
        ("tonne", "tonne"),
        ("ton", "ton"),
        ("terawatt hour", "terawatt hour"),
        ("degree Celsius", "degree celsius"),
        ("pound-mass", "pound mass"),
        ("cubic centimetre", "millilitre"),
        ("kilometer", "kilometre"),
    ],
)
def test_canonical_unit(ours, compared):
    assert canonical_unit(ours) == compared


# --- matching ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold, predicted, with_unit, pairs",
    [
        pytest.param([m(0, 5, "3", "USD")], [m(0, 5, "3", "USD")], True, [(0, 0)], id="same"),
        pytest.param([m(0, 5, "3")], [m(2, 9, "3")], False, [(0, 0)], id="partial overlap"),
        pytest.param([m(0, 5, "3")], [m(5, 9, "3")], False, [], id="adjacent is no overlap"),
        pytest.param([m(0, 5, "3")], [m(0, 5, "4")], False, [], id="other value"),
        pytest.param([m(0, 5, "3", "USD")], [m(0, 5, "3", "CAD")], False, [(0, 0)], id="value"),
        pytest.param([m(0, 5, "3", "USD")], [m(0, 5, "3", "CAD")], True, [], id="unit differs"),
        pytest.param(
            [m(0, 5, "3", units=frozenset({"FRF", "CHF"}))],
            [m(0, 5, "3", "CHF")],
            True,
            [(0, 0)],
            id="gold accepts several units",
        ),
        pytest.param(
            [m(0, 9, "50", "USD"), m(10, 16, "50", "USD")],
            [m(0, 16, "50", "USD")],
            True,
            [(0, 0)],
            id="one prediction matches one gold",
        ),
        pytest.param(
            [m(0, 10, "5"), m(8, 12, "5")],
            [m(7, 12, "5"), m(0, 4, "5")],
            False,
            [(0, 1), (1, 0)],
            id="augmenting path finds the full matching",
        ),
        pytest.param(
            [m(0, 10, "5")],
            [m(0, 2, "5"), m(0, 9, "5")],
            False,
            [(0, 1)],
            id="larger overlap preferred",
        ),
        pytest.param([], [m(0, 1, "1")], False, [], id="no gold"),
        pytest.param([m(0, 1, "1")], [], False, [], id="no prediction"),
    ],
)
def test_match(gold, predicted, with_unit, pairs):
    assert match(gold, predicted, with_unit=with_unit) == pairs


@pytest.mark.parametrize(
    "matched, gold, predicted, p, r, f1",
    [
        (0, 0, 0, 0.0, 0.0, 0.0),
        (0, 10, 0, 0.0, 0.0, 0.0),
        (0, 0, 4, 0.0, 0.0, 0.0),
        (9, 10, 10, 0.9, 0.9, 0.9),
        (5, 10, 5, 1.0, 0.5, 2 / 3),
        (3, 4, 6, 0.5, 0.75, 0.6),
    ],
)
def test_score(matched, gold, predicted, p, r, f1):
    score = Score(matched, gold, predicted)
    assert score.precision == pytest.approx(p)
    assert score.recall == pytest.approx(r)
    assert score.f1 == pytest.approx(f1)


def test_score_case_counts_value_unit_kind_and_change():
    gold = [
        m(0, 5, "10", "USD", kind="money", change=">"),
        m(10, 13, "12", "%", kind="percent", change="up"),
        m(20, 24, "2011", None, kind="year", change="="),
    ]
    predicted = [
        m(0, 5, "10", "CAD", kind="money", change=">"),  # value right, unit wrong
        m(10, 13, "12", "%", kind="percent", change="="),  # change wrong
        m(30, 32, "7", None, kind="count"),  # false positive
    ]
    score = SystemScore(value_unit=Score())
    score_case(score, Case("c", "", gold), predicted, has_units=True)
    assert (score.value.matched, score.value.gold, score.value.predicted) == (2, 3, 3)
    assert score.value_unit is not None and score.value_unit.matched == 1
    assert score.kind_accuracy == 1.0
    assert score.change_accuracy == 0.5


# --- loading ----------------------------------------------------------------------------------


def test_load_recognizers(tmp_path):
    cases = [
        {
            "Input": "it rose 50 cents and $ 2 million dollar",
            "Results": [
                {"Text": "50 cents", "Start": 8, "End": 15, "TypeName": "currency",
                 "Resolution": {"value": "50", "unit": "Cent"}},
                {"Text": "$ 2 million", "Start": 21, "End": 31, "TypeName": "currency",
                 "Resolution": {"value": "2000000", "unit": "Dollar"}},
                {"Text": "dollar", "Start": 33, "End": 38, "TypeName": "currency",
                 "Resolution": {"value": None, "unit": "Dollar"}},
            ],
        },
        {"Input": "twenty musd", "NotSupported": "java, javascript, python", "Results": []},
        {"Input": "ten kuai", "NotSupportedByDesign": "javascript,python", "Results": []},
        {"Input": "ten dollars", "NotSupported": "javascript", "Results": []},
    ]  # fmt: skip
    path = tmp_path / "CurrencyModel.json"
    path.write_text(json.dumps(cases), encoding="utf-8-sig")  # with a byte-order mark
    suite = load_recognizers(path)
    assert suite.name == "rt-currency" and suite.kinds == {"money"}
    assert suite.skipped == 2 and len(suite.cases) == 2
    gold = suite.cases[0].gold
    assert [(g.text, g.start, g.end, g.value, g.units) for g in gold] == [
        ("50 cents", 8, 16, D("0.5"), {"USD"}),
        ("$ 2 million", 21, 32, D(2000000), {"USD"}),
    ]


def test_load_quantulum(tmp_path):
    cases = [
        {"req": "45 and 45 mg, 3 to 4 L", "res": [
            {"value": 45, "unit": "milligram", "surface": "45"},
            {"value": 45, "unit": "milligram", "surface": "45 mg"},
            {"value": 3.5, "unit": "litre", "surface": "3 to 4 L", "uncertainty": 0.5},
        ]},
    ]  # fmt: skip
    path = tmp_path / "quantities.json"
    path.write_text(json.dumps(cases), encoding="utf-8")
    gold = load_quantulum(path).cases[0].gold
    assert [(g.start, g.end, g.value, g.units) for g in gold] == [
        (0, 2, D(45), {"milligram"}),
        (7, 12, D(45), {"milligram"}),
        (14, 22, D("3.5"), {"litre"}),
    ]


def test_load_corpus(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Up 5% and 5% in 2024.", encoding="utf-8")
    gold = {
        "id": "a", "split": "heldout", "year": 2024,
        "quantities": [
            {"text": "5%", "occurrence": 1, "kind": "percent", "value": 5, "unit": "%"},
            {"text": "2024", "start": 16, "end": 20, "kind": "year", "value": 2024,
             "unit": None, "change": "="},
        ],
    }  # fmt: skip
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "gold" / "b.json").write_text('{"id": "b"}', encoding="utf-8")  # no article yet
    suite = load_corpus(tmp_path, "heldout")
    assert suite.name == "corpus/heldout" and suite.skipped == 1
    (case,) = suite.cases
    assert case.year == 2024
    assert [(g.start, g.end, g.kind, g.change) for g in case.gold] == [
        (10, 12, "percent", "="),
        (16, 20, "year", "="),
    ]
    assert load_corpus(tmp_path, "dev").cases == []


def test_main_rejects_bad_paths(tmp_path, capsys):
    assert main([str(tmp_path / "missing")]) == 2
    assert main([]) == 2
    assert "evaluate:" in capsys.readouterr().err


# --- the real suites --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def peer_results():
    if not PEER_SUITES.is_dir():
        pytest.skip(f"no peer suites at {PEER_SUITES}")
    return evaluate([PEER_SUITES])


def test_peer_suites_give_a_row_each(peer_results):
    names = [r.suite for r in peer_results]
    assert names == ["rt-currency", "rt-percent", "rt-number", "rt-dimension", "quantulum3"]
    for result in peer_results:
        assert result.cases > 0 and result.gold > 0
        assert result.quantulum3 is not None
        assert result.ours.crashes == 0
    table = format_table(peer_results).splitlines()
    for name in names:
        assert sum(line.startswith(name + " ") for line in table) == 1
    json.dumps([r.to_dict(errors=3) for r in peer_results])  # serialisable


SCORE_KEYS = {"matched", "gold", "predicted", "precision", "recall", "f1"}


def test_command_prints_json(capsys):
    if not PEER_SUITES.is_dir():
        pytest.skip(f"no peer suites at {PEER_SUITES}")
    suite = PEER_SUITES / "recognizers-text" / "PercentModel.json"
    assert main([str(suite), "--json", "--no-quantulum3", "--errors", "2"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["suites"]
    assert row["suite"] == "rt-percent" and row["quantulum3"] is None
    assert set(row["ours"]["value"]) == SCORE_KEYS


def test_corpus_mode_gives_a_row():
    if not any((CORPUS / "gold").glob("*.json")):
        pytest.skip("no corpus gold files yet")
    (result,) = evaluate(corpus=CORPUS, split="all", quantulum3=False)
    assert result.suite == "corpus/all" and result.has_attributes
