"""The corpus gold agrees with its articles (offsets, kinds, relation indices, splits)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_gold_files_validate(capsys):
    spec = importlib.util.spec_from_file_location("validate", ROOT / "corpus" / "validate.py")
    validate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validate)
    assert validate.main([str(ROOT / "corpus")]) == 0, capsys.readouterr().out
