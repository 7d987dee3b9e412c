from extractor import check


def test_report_contract_keys():
    report = check("Nothing to see here.", path="x.txt").to_dict()
    assert set(report) == {"path", "quantities", "claims", "error"}
    assert report["path"] == "x.txt"
