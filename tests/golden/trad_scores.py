"""Every gold set in traditional script at first sight: each texts folder converted with OpenCC (s2t, s2hk,
s2tw), run through the real pipeline with LAC (``kg extract --ner lac``) and
scored against the same gold (the scorer maps both sides to simplified characters).

usage (from a checkout): .venv/bin/python tests/golden/trad_scores.py OUT_DIR [CONFIG ...]
CONFIG is an OpenCC configuration (s2t, s2hk, s2tw; default all three) or ``simp`` for the texts as they
are. Writes OUT_DIR/<config>/<folder>/ (the converted texts) and OUT_DIR/<config>/<folder>.pred.jsonl.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import opencc

from kg.evaluate import score, to_extract_record
from kg.ingest import read_file
from kg.ingest.readers import discover
from kg.ner.base import MentionExtractor
from kg.ner.select import select_extractor
from kg.pipeline import extract_graphs

KEYS = (
    "person", "position", "meeting_role", "meeting", "organization", "initiative", "document", "reporter",
    "position_org",
)  # fmt: skip


def shared_dir() -> Path:
    """../shared of the checkout (or $KG_SHARED)."""
    return Path(os.environ.get("KG_SHARED") or Path.cwd() / "../shared").resolve()


def text_folders() -> dict[str, Path]:
    """The folder of each group of texts: dev, wide and tests/golden."""
    shared = shared_dir() / "gold"
    return {"dev": shared / "texts", "wide": shared / "wide/texts", "golden": Path.cwd() / "tests/golden/texts"}


def gold_sets() -> list[tuple[str, Path, str]]:
    """(set name, gold jsonl, text folder) of every gold set."""
    shared = shared_dir() / "gold"
    golden = Path.cwd() / "tests/golden"
    sets = [("dev", shared / "dev.jsonl", "dev"), ("wide", shared / "wide/wide.jsonl", "wide")]
    for gold in sorted(golden.glob("heldout*.jsonl")) + sorted(golden.glob("blind_*.jsonl")):
        sets.append((gold.stem, gold, "golden"))
    return sets


def extract_folder(texts: dict[str, str], dst: Path, pred: Path, lac: MentionExtractor) -> list[dict[str, Any]]:
    """Write the texts (file name -> text) to dst, extract them with lac, write and return the records."""
    if dst.exists():
        shutil.rmtree(dst)
    dst.mkdir(parents=True)
    for name, text in texts.items():
        (dst / name).write_text(text, encoding="utf-8")
    articles = [a for p in discover([dst]) for a in read_file(p)]
    records = [to_extract_record(g) for g in extract_graphs(articles, lac)]
    with pred.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records


def main(out: Path, configs: list[str]) -> None:
    lac, _ = select_extractor("lac", None)
    for cfg in configs:
        convert = None if cfg == "simp" else opencc.OpenCC(cfg).convert
        records = {}
        for folder, src in text_folders().items():
            texts = {f.name: f.read_text(encoding="utf-8") for f in sorted(p for p in src.iterdir() if p.is_file())}
            if convert:
                texts = {name: convert(text) for name, text in texts.items()}
            records[folder] = extract_folder(texts, out / cfg / folder, out / cfg / f"{folder}.pred.jsonl", lac)
        for name, gold, folder in gold_sets():
            res = score(records[folder], gold)
            cells = " ".join(f"{k}={res[k]['f1']:.3f}" for k in KEYS if isinstance(res.get(k), dict))
            print(f"{cfg:5s} {name:10s} macro={res['macro_f1']:.3f} {cells}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:] or ["s2t", "s2hk", "s2tw"])
