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

import opencc

from kg.evaluate import score, to_extract_record
from kg.ingest import read_file
from kg.ingest.readers import discover
from kg.ner.select import select_extractor
from kg.pipeline import extract_graphs

KEYS = (
    "person", "position", "meeting_role", "meeting", "organization", "initiative", "document", "reporter",
    "position_org",
)  # fmt: skip


def main(out: Path, configs: list[str]) -> None:
    root = Path.cwd()
    shared = Path(os.environ.get("KG_SHARED") or root / "../shared").resolve() / "gold"
    golden = root / "tests/golden"
    folders = {"dev": shared / "texts", "wide": shared / "wide/texts", "golden": golden / "texts"}
    sets = [("dev", shared / "dev.jsonl", "dev"), ("wide", shared / "wide/wide.jsonl", "wide")]
    for gold in sorted(golden.glob("heldout*.jsonl")) + sorted(golden.glob("blind_*.jsonl")):
        sets.append((gold.stem, gold, "golden"))
    lac, _ = select_extractor("lac", None)
    for cfg in configs:
        convert = None if cfg == "simp" else opencc.OpenCC(cfg).convert
        records = {}
        for folder, src in folders.items():
            dst = out / cfg / folder
            if dst.exists():
                shutil.rmtree(dst)
            dst.mkdir(parents=True)
            for f in sorted(p for p in src.iterdir() if p.is_file()):
                text = f.read_text(encoding="utf-8")
                (dst / f.name).write_text(convert(text) if convert else text, encoding="utf-8")
            articles = [a for p in discover([dst]) for a in read_file(p)]
            records[folder] = [to_extract_record(g) for g in extract_graphs(articles, lac)]
            with (out / cfg / f"{folder}.pred.jsonl").open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records[folder])
        for name, gold, folder in sets:
            res = score(records[folder], gold)
            cells = " ".join(f"{k}={res[k]['f1']:.3f}" for k in KEYS if isinstance(res.get(k), dict))
            print(f"{cfg:5s} {name:10s} macro={res['macro_f1']:.3f} {cells}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:] or ["s2t", "s2hk", "s2tw"])
