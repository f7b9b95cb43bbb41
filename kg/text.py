"""The text toolkit every stage shares: sentence spans and span arithmetic on character offsets.

Offsets are ``(start, end)`` into one text, end exclusive. ``sentences`` is the only sentence
splitter in kg: evidence quotes its sentences and co-appearance counts "same sentence" by them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

Span = tuple[int, int]

SENTENCE_END = re.compile(r"[。！？!?；;\n]|\](?=\s*)")
CLAUSE_END = re.compile(r"[，,：:。！？!?；;\n]")


def is_cjk(char: str) -> bool:
    """True for a CJK unified ideograph (the characters of Chinese names and words)."""
    return "\u4e00" <= char <= "\u9fff"


def trimmed(text: str, start: int, end: int) -> Span:
    """``(start, end)`` without the whitespace at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, each including its end mark, without the line breaks and spaces
    around it (evidence quotes the sentence, not the layout)."""
    spans: list[Span] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            spans.append(trimmed(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(trimmed(text, start, len(text)))
    return spans


class Sentences:
    """The sentences of one text, looked up by offset in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentences(text)
        self._starts = [s for s, _e in self.spans]

    def at(self, pos: int) -> Span:
        """The sentence containing ``pos`` (the last one starting at or before it)."""
        if not self.spans:
            return 0, len(self.text)
        return self.spans[max(0, bisect_right(self._starts, pos) - 1)]


def inside(spans: Iterable[Span], start: int, end: int) -> bool:
    """True when ``(start, end)`` lies within one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)


def overlaps(spans: Iterable[Span], start: int, end: int) -> bool:
    """True when ``(start, end)`` shares a character with one of ``spans``."""
    return any(start < b and a < end for a, b in spans)


def longest(spans: Sequence[Span]) -> list[Span]:
    """The spans that overlap no longer one (ties: the leftmost), sorted: one non-overlapping set."""
    kept: list[Span] = []
    for s, e in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= ks or s >= ke for ks, ke in kept):
            kept.append((s, e))
    return sorted(kept)
