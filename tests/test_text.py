"""The text toolkit: sentences are bounded, so text without sentence ends gives bounded evidence."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.ingest import read_paths
from kg.model import Article
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from kg.text import MAX_SENTENCE, SpanIndex, inside, longest, overlaps, sentences


def test_sentences_end_at_marks_and_drop_the_layout() -> None:
    text = "  第一句。\n第二句！第三句"
    assert [text[s:e] for s, e in sentences(text)] == ["第一句。", "第二句！", "第三句"]


def test_an_overlong_run_is_cut_at_commas_then_spaces_then_the_bound() -> None:
    clause = "市委书记史根治主持会议并讲话，"  # 15 characters ending in a comma
    text = clause * 100
    spans = sentences(text)
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(text[e - 1] == "，" for s, e in spans[:-1])  # cut after a comma
    assert "".join(text[s:e] for s, e in spans) == text  # nothing lost
    spaced = ("甲" * 30 + " ") * 40
    assert all(spaced[e - 1] == "甲" and spaced[e] == " " for s, e in sentences(spaced)[:-1])
    solid = "甲" * 1000
    assert [e - s for s, e in sentences(solid)] == [MAX_SENTENCE, MAX_SENTENCE, 200]


def test_span_index_agrees_with_the_plain_functions() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        spans = [(a, a + rng.randrange(1, 9)) for a in (rng.randrange(60) for _ in range(rng.randrange(8)))]
        index, s = SpanIndex(spans), rng.randrange(64)
        e = s + rng.randrange(1, 6)
        assert index.inside(s, e) == inside(spans, s, e) and index.overlaps(s, e) == overlaps(spans, s, e)
    assert longest([(0, 3), (2, 8), (8, 9), (1, 2)]) == [(1, 2), (2, 8), (8, 9)]


def test_extraction_of_text_without_sentence_ends_has_bounded_sentences_and_evidence(shared_dir: Path) -> None:
    """Issue 14.1: 4 MB of such text once gave a 1 GB store, each relation copying its whole sentence."""
    base = "".join(a.text for a in read_paths([shared_dir / "corpus" / "xuchang-daily"]))
    text = re.sub(r"[。！？；!?;\n]", "，", base)[:150_000]
    assert not re.search(r"[。！？；!?;\n]", text)
    (graph,) = extract_graphs([Article("unbroken", text)], LacExtractor())
    assert len(graph.relations) > 20
    for r in graph.relations:
        ev = r.evidence
        assert ev.end - ev.start <= MAX_SENTENCE and text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("limit", [20, 50])
def test_the_bound_is_a_parameter(limit: int) -> None:
    text = "，".join(["史根治主持会议"] * 100)
    assert max(e - s for s, e in sentences(text, limit)) <= limit
