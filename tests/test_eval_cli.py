"""`kg eval` end to end: the real pipeline over the dev gold texts, metrics as JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).parents[1].parent / "shared"))
GOLD = SHARED / "gold" / "dev.jsonl"
HELDOUT = Path(__file__).parent / "golden" / "heldout.jsonl"
METRICS = ("person", "position", "position_org", "meeting_role", "meeting", "organization", "initiative",
           "document", "reporter")  # fmt: skip


@pytest.mark.skipif(not GOLD.is_file(), reason="dev gold not found (set KG_SHARED)")
def test_eval_json_on_dev_gold() -> None:
    res = CliRunner().invoke(main, ["eval", "--gold", str(GOLD), "--ner", "lac", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    for k in METRICS:
        assert {"p", "r", "f1", "tp", "fp", "fn"} <= set(out[k]), k
        assert 0.0 <= out[k]["f1"] <= 1.0
    assert out["macro_f1"] >= 0.95
    assert out["person"]["f1"] >= 0.98 and out["position"]["f1"] >= 0.97 and out["meeting_role"]["f1"] >= 0.97


def test_eval_table_on_heldout_with_explicit_inputs() -> None:
    texts = sorted(str(p) for p in (HELDOUT.parent / "texts").glob("p1*.txt"))
    res = CliRunner().invoke(main, ["eval", "--gold", str(HELDOUT), "--ner", "lac", *texts])
    assert res.exit_code == 0, res.output
    assert "macro_f1" in res.output and "meeting_role" in res.output


def test_eval_missing_gold_is_an_input_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "nope.jsonl"), "--json"])
    assert res.exit_code != 0
    assert "nope.jsonl" in res.output
