from extractor import check


def test_report_contract_keys():
    report = check("Nothing to see here.", path="x.txt").to_dict()
    assert set(report) == {"path", "quantities", "claims", "error"}
    assert report["path"] == "x.txt"


def test_components_run_on_a_named_pipeline(tmp_path):
    # A trained pipeline is never required, but a user may name one: stand in with a saved
    # pipeline that has a component of its own, and check ours are added after it.
    import spacy

    from extractor import make_nlp

    own = spacy.blank("en")
    own.add_pipe("sentencizer")
    own.to_disk(tmp_path / "pipeline")
    nlp = make_nlp(str(tmp_path / "pipeline"))
    assert nlp.pipe_names == ["sentencizer", "factcheck_quantities", "factcheck_claims"]
    report = check(
        "Imports were $32.16 billion and exports $21.4 billion, a deficit of $11.76 billion.",
        model=str(tmp_path / "pipeline"),
    )
    assert [c.verdict for c in report.claims] == ["inconsistent"]
