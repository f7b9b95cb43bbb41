"""Text normalization: whitespace, blank lines, print line breaks, simplified twin.

``normalize`` is idempotent. It never changes punctuation or character widths (gold evidence
quotes the source punctuation); it only touches whitespace and joins a paragraph that the
printed page broke across lines ("统筹\\n\\n推进" -> "统筹推进").
"""

from __future__ import annotations

import re

import opencc

_converter = opencc.OpenCC("t2s")

# A line ending with one of these ends a sentence (or a quote/bracket that closes one).
SENTENCE_END = frozenset("。！？!?；;：:…”」』）)】〕》>.\"'’")
# Commas and the like: a line holding one is prose, not a heading or a byline.
_PROSE_PUNCT = frozenset("，,、。；;：:")
_ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r" {2,}")
# Lines that start a block of their own: headings, [headline] items, □/■ bylines, subtitles, 本报讯.
_BLOCK_START = re.compile(r"^(#|\[|【|□|■|●|◆|——|--|本报讯|本报|（|\(|\d+[.、．]|[一二三四五六七八九十]+[、是要])")
# Credits and section labels are short lines that must never be joined to the next one.
_CREDIT_LINE = re.compile(r"(记者|通讯员|评论员|摄影?|编辑|责编|来源|作者)")
_FIELD_LINE = re.compile(r"^(标题|日期|来源|作者|发布时间|发布日期|链接|网址|编辑|责任编辑)\s*[：:]")
MIN_JOIN_LEN = 40  # a print line shorter than this is a heading or a label, not a broken paragraph
_ENUMERATED = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])")


def _clean_line(line: str) -> str:
    line = _ZERO_WIDTH.sub("", line)
    line = _CONTROL.sub("", line)
    line = _ODD_SPACE.sub(" ", line)
    line = _SPACES.sub(" ", line)
    return line.strip()


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def is_broken_line(prev: str, nxt: str) -> bool:
    """True when ``prev`` is a print line of a paragraph that ``nxt`` continues."""
    if len(prev) < MIN_JOIN_LEN or not nxt:
        return False
    if prev[-1] in SENTENCE_END or prev.startswith(("#", "[", "【", "——")) or _ENUMERATED.match(prev):
        return False
    if not any(ch in _PROSE_PUNCT for ch in prev):  # a long title without commas
        return False
    if _FIELD_LINE.match(nxt) or _FIELD_LINE.match(prev):
        return False
    if _BLOCK_START.match(nxt) and not nxt.startswith(("（", "(")):
        return False
    if len(nxt) < 40 and _CREDIT_LINE.search(nxt) and not any(ch in _PROSE_PUNCT for ch in nxt[:-1]):
        return False
    if " " in nxt and not any(ch in _PROSE_PUNCT for ch in nxt):  # "李强主持 赵乐际…出席": a headline
        return False
    first = nxt[0]
    return _is_han(first) or first.isdigit() or first in "，,、“‘《（(" or first.isalpha()


def _joint(prev_last: str, nxt: str) -> str:
    """``nxt`` as it continues a line ending in ``prev_last`` (a space between two Latin words)."""
    if prev_last.isascii() and prev_last.isalnum() and nxt[0].isascii() and nxt[0].isalpha():
        return " " + nxt
    return nxt


def _as_prev(parts: list[str]) -> str:
    """A stand-in for ``"".join(parts)`` that ``is_broken_line`` judges the same way.

    A joined line starts with its first part (at least MIN_JOIN_LEN long, with prose
    punctuation, else it would not have been joined) and ends with its last character;
    is_broken_line looks at nothing else. Not joining keeps a long run of joins linear
    (a 100 MB file of comma-laden lines without sentence ends was quadratic).
    """
    return parts[0] if len(parts) == 1 else parts[0] + parts[-1][-1]


def normalize(text: str) -> str:
    """Normalize article text: newlines, odd spaces, blank lines, print line breaks.

    - ``\\r\\n``/``\\r``/U+2028 become ``\\n``; U+3000, NBSP and tabs become a space; runs of
      spaces become one; lines are stripped; zero-width and control characters are dropped.
    - A run of blank lines becomes a single blank line; leading/trailing blank lines go.
    - A line that breaks a sentence (long, prose, no sentence-final punctuation) is joined
      with the line that continues it, across blank lines ("以竞速\\n\\n状态" -> "以竞速状态").
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    out: list[list[str]] = []  # lines as the parts joined into them, [] for a paragraph break
    for raw in text.split("\n"):
        line = _clean_line(raw)
        if not line:
            if out and out[-1]:
                out.append([])
            continue
        # the previous text line, skipping one blank line
        j = len(out) - 1
        if j >= 0 and not out[j]:
            j -= 1
        if j >= 0 and is_broken_line(_as_prev(out[j]), line):
            del out[j + 1 :]
            out[j].append(_joint(out[j][-1][-1], line))
        else:
            out.append([line])
    while out and not out[-1]:
        out.pop()
    return "\n".join("".join(parts) for parts in out)


def to_simplified(text: str) -> str:
    """Simplified-character twin of ``text`` with exactly its length (offsets stay valid)."""
    whole = _converter.convert(text)
    if len(whole) == len(text):
        return whole
    out = []
    for ch in text:
        conv = _converter.convert(ch)
        out.append(conv if len(conv) == 1 else ch)
    return "".join(out)
