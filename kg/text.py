"""The text toolkit every stage shares: sentence spans and span arithmetic on character offsets.

Offsets are ``(start, end)`` into one text, end exclusive. ``sentences`` is the only sentence
splitter in kg: evidence quotes its sentences and co-appearance counts "same sentence" by them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from kg.model import Token

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


# The longest sentence kg reads as one: a longer run without 。！？； is cut at a comma, else a space or
# 、, else at this length, so evidence stays short and rules that look across a sentence stay linear.
MAX_SENTENCE = 400
_SOFT_BREAKS = ("，,：:", " \u3000\t、")


def sentences(text: str, limit: int = MAX_SENTENCE) -> list[Span]:
    """Sentence spans of ``text``, each including its end mark, without the line breaks and spaces
    around it (evidence quotes the sentence, not the layout), none longer than ``limit``."""
    spans: list[Span] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            spans.extend(_bounded(text, *trimmed(text, start, end), limit))
        start = end
    if text[start:].strip():
        spans.extend(_bounded(text, *trimmed(text, start, len(text)), limit))
    return spans


def _bounded(text: str, start: int, end: int, limit: int) -> list[Span]:
    """``(start, end)`` cut into pieces of at most ``limit`` characters: after the last comma of each
    window (in its second half), else the last space or 、, else at the limit."""
    if end - start <= limit:
        return [(start, end)]
    out: list[Span] = []
    while end - start > limit:
        window_end = start + limit
        cut = -1
        for marks in _SOFT_BREAKS:
            cut = max(text.rfind(c, start + limit // 2, window_end) for c in marks)
            if cut >= 0:
                break
        stop = cut + 1 if cut >= 0 else window_end
        piece = trimmed(text, start, stop)
        if piece[1] > piece[0]:
            out.append(piece)
        start = trimmed(text, stop, end)[0]
    if end > start:
        out.append((start, end))
    return out


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
    kept: list[Span] = []  # sorted by start and non-overlapping, so only the neighbours can overlap
    for s, e in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0])):
        i = bisect_right(kept, (s, e))
        if (i == 0 or kept[i - 1][1] <= s) and (i == len(kept) or e <= kept[i][0]):
            kept.insert(i, (s, e))
    return kept


class SpanIndex:
    """A fixed set of spans answering ``inside`` and ``overlaps`` in O(log n), for long texts."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _b in ordered]
        self._max_end: list[int] = []  # the largest end among the spans up to each position
        top = -1
        for _a, b in ordered:
            if b > top:  # not max(): a call per span costs twice the loop
                top = b
            self._max_end.append(top)

    def inside(self, start: int, end: int) -> bool:
        """True when ``(start, end)`` lies within one of the spans."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._max_end[i - 1] >= end

    def inside_strictly_after(self, start: int, end: int) -> bool:
        """True when ``(start, end)`` lies within one of the spans that start before ``start``."""
        i = bisect_left(self._starts, start)
        return i > 0 and self._max_end[i - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``(start, end)`` shares a character with one of the spans."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start


def starting_between(starts: Sequence[int], lo: int, hi: int) -> range:
    """Indexes of the sorted ``starts`` with ``lo <= start < hi``."""
    return range(bisect_left(starts, lo), bisect_left(starts, hi))


class Tokens:
    """The words of one text (from a segmenting backend), looked up by offset: what lets a rule match
    words and POS tags, not only characters. Empty when the backend does not segment."""

    def __init__(self, tokens: Iterable[Token]) -> None:
        self.tokens = sorted(tokens, key=lambda t: t.start)
        self._starts = [t.start for t in self.tokens]

    def __bool__(self) -> bool:
        return bool(self.tokens)

    def at(self, pos: int) -> Token | None:
        """The word containing offset ``pos``."""
        i = bisect_right(self._starts, pos) - 1
        return self.tokens[i] if i >= 0 and pos < self.tokens[i].end else None

    def between(self, start: int, end: int) -> list[Token]:
        """The words starting in ``[start, end)``."""
        return [self.tokens[i] for i in starting_between(self._starts, start, end)]
