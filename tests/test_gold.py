"""The real pipeline on the dev gold: thresholds slightly below what it reaches, so regressions fail."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.evaluate import evaluate

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).parents[1].parent / "shared"))
GOLD = SHARED / "gold" / "dev.jsonl"


@pytest.mark.skipif(not GOLD.is_file(), reason="dev gold not found (set KG_SHARED)")
def test_dev_gold_thresholds() -> None:
    res = evaluate(GOLD, ner="lac")
    assert res["macro_f1"] >= 0.98
    floors = {"person": 0.97, "position": 0.95, "meeting_role": 0.95, "organization": 0.98, "initiative": 0.9,
              "meeting": 0.9, "document": 0.95, "reporter": 0.95}  # fmt: skip
    for k, v in floors.items():
        assert res[k]["f1"] >= v, (k, res[k])
    assert res["position_org"]["r"] >= 0.9


WIDE = SHARED / "gold" / "wide" / "wide.jsonl"


@pytest.mark.skipif(not WIDE.is_file(), reason="wide gold not found (set KG_SHARED)")
def test_wide_gold_thresholds() -> None:
    """The 40-article wide set of 13 genres (issue 12): floors just below what the rules reach (macro 0.961)."""
    res = evaluate(WIDE, ner="lac")
    assert res["macro_f1"] >= 0.955, res
    floors = {"person": 0.99, "position": 0.985, "meeting_role": 0.975, "meeting": 0.93, "organization": 0.88,
              "initiative": 0.96, "document": 0.99, "reporter": 0.99}  # fmt: skip
    for k, v in floors.items():
        assert res[k]["f1"] >= v, (k, res[k])
    # a wrong fact costs more than a missing one
    for k, v in {"person": 0.97, "position": 0.99, "meeting_role": 0.99}.items():
        assert res[k]["p"] >= v, (k, res[k])
    assert res["position_org"]["r"] >= 0.9
