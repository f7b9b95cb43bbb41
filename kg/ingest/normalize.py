"""Text normalization: whitespace, blank lines, print line breaks, simplified twin.

``normalize`` is idempotent. It never changes punctuation or character widths (gold evidence
quotes the source punctuation); it only touches whitespace and joins a paragraph that the
printed page broke across lines ("统筹\\n\\n推进" -> "统筹推进").
"""

from __future__ import annotations

import re

import opencc

from kg import lexicon

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


# A two-character name set to the width of three (陈　赛, 戴 骅): a surname, a space, one character
# that ends the name (a mark, a digit, a space, the line end or 同志 follows it).
_SURNAMES = "".join(sorted(w for w in lexicon.words("surnames") if len(w) == 1))
_SPACED_NAME = re.compile(rf"(?<=[{_SURNAMES}]) (?=[\u4e00-\u9fff](?:[^\u3400-\u4dbf\u4e00-\u9fff]|$|同志))")
# a padded name right after the space: the character before it ends a longer word, not a surname
# (李恩明 曲 锋: 明 closes 李恩明, 曲 锋 is the padded name)
_PADDED_NEXT = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff](?:[^\u3400-\u4dbf\u4e00-\u9fff]|$)")


def _close_up(line: str) -> str:
    """``line`` with each padded two-character name closed up (_SPACED_NAME), except where the surname is the
    last character of a longer word and a padded name follows the space."""

    def join(m: re.Match[str]) -> str:
        glued = m.start() >= 2 and _is_han(line[m.start() - 2])
        return " " if glued and _PADDED_NEXT.match(line, m.end()) else ""

    return _SPACED_NAME.sub(join, line)


def _clean_line(line: str) -> str:
    line = _ZERO_WIDTH.sub("", line)
    line = _CONTROL.sub("", line)
    line = _ODD_SPACE.sub(" ", line)
    line = _SPACES.sub(" ", line)
    if " " in line:
        line = _close_up(line)
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


# A print column: most lines are short and stop inside a sentence (a page set 14–22 characters wide).
COLUMN_MIN_LINES = 5  # lines stopping inside a sentence before a text reads as set in a column
COLUMN_SHARE = 0.5  # ...and the share of its lines (of 8 characters or more) they make up
COLUMN_WIDE_SHARE = 0.1  # the most of its lines that may be wide (MIN_JOIN_LEN or more)


def column_width(lines: list[str]) -> int | None:
    """The join threshold of a text set in a narrow print column, or None when it is not one.

    A text reads as a column when most of its lines are short (under MIN_JOIN_LEN) and stop
    inside a sentence, and hardly any is wide; a line then continues its paragraph when it is nearly as long as the
    column (70% of the median such line), so a paragraph's last line and short headings stay.
    """
    sized = [ln for ln in lines if len(ln) >= 8]
    open_ = sorted(len(ln) for ln in sized if len(ln) < MIN_JOIN_LEN and ln[-1] not in SENTENCE_END)
    if len(open_) < COLUMN_MIN_LINES or len(open_) < COLUMN_SHARE * len(sized):
        return None
    # headlines over whole paragraphs (a news round-up) or a list of roles before one: not a column
    if sum(1 for ln in sized if len(ln) >= MIN_JOIN_LEN) > COLUMN_WIDE_SHARE * len(sized):
        return None
    return max(8, int(0.7 * open_[len(open_) // 2]))


def is_column_break(
    first: str, prev: str, nxt: str, width: int, *, prose: bool, unclosed: bool, prose_before: bool, marked: bool
) -> bool:
    """True when a paragraph of a text set in a column ``width`` wide, whose first print line is
    ``first`` and last ``prev``, continues in the line ``nxt``. ``prose``: the paragraph holds
    prose punctuation; ``unclosed``: a bracket opened in it is still open.

    As ``is_broken_line`` with the column's width for MIN_JOIN_LEN, except:

    - a column line need hold no comma (it is a piece of a sentence) once the paragraph or one
      before it (``prose_before``) held one, and may hold spaces (题为《凝聚巾帼力量 建|功伟大时代》);
      a headline above the first paragraph joins only a line without commas (its own next line);
    - a line starting with a sentence's punctuation (。，) always continues, and so does a line
      ending in an opening mark (举办“|青春志愿行 共创文明城”) or with a bracket still open
      (本报讯(记者 陈施君 实习记|者 黄漠));
    - a ``[headline]`` item or a paragraph opening with a dateline (新华社北京1月27日电 全国|妇联…)
      is prose;
    - where the text ``marked`` its paragraphs (an indent or a blank line before each), a full
      line ending a sentence continues in the line right under it.
    """
    if not nxt:
        return False
    if nxt[0] in _CONTINUES:
        return True
    if prev[-1] in _OPENS or (
        prev[-1] not in SENTENCE_END and len(prev) >= width and unclosed and not _BLOCK_START.match(nxt)
    ):
        return True
    if len(prev) < width or first.startswith(("#", "——")) or _ENUMERATED.match(first):
        return False
    if prev[-1] in SENTENCE_END and not (marked and (_is_han(nxt[0]) or nxt[0].isdigit() or nxt[0] == "“")):
        return False
    prose = prose or _DATELINE.search(first) is not None
    headline_over = not prose_before and any(ch in _PROSE_PUNCT for ch in nxt)
    if not prose and (headline_over or _DATELINE.search(nxt[:20])):
        return False  # a headline, then the first paragraph (or its dateline)
    if _FIELD_LINE.match(nxt) or _FIELD_LINE.match(first):
        return False
    if _BLOCK_START.match(nxt) and not nxt.startswith(("（", "(")):
        return False
    if (
        (len(nxt) < width or " " in nxt)
        and _COLUMN_CREDIT.search(nxt)
        and not any(ch in _PROSE_PUNCT for ch in nxt[:-1])
    ):
        return False
    c = nxt[0]
    return _is_han(c) or c.isdigit() or c in "，,、“‘《（(+＋·%％" or c.isalpha()


class _Para:
    """What ``is_column_break`` asks of a paragraph, kept as its lines are joined (linear)."""

    def __init__(self, line: str) -> None:
        self.first = line
        self.prose = line.startswith(("[", "【")) and ("]" in line or "】" in line)
        self.depth = [0] * len(_PAIRS)
        self.add(line)

    def add(self, line: str) -> None:
        self.prose = self.prose or any(ch in _PROSE_PUNCT for ch in line)
        if self.first.startswith(("[", "【")) and ("]" in line or "】" in line):
            self.prose = True
        for i, (a, b) in enumerate(_PAIRS):
            self.depth[i] += line.count(a) - line.count(b)

    @property
    def unclosed(self) -> bool:
        return any(d > 0 for d in self.depth)


# quotation marks are left out: a quote running over paragraphs opens each without closing it
_PAIRS = (("（", "）"), ("(", ")"), ("《", "》"), ("[", "]"), ("【", "】"))
# a dateline opens the first paragraph: 新华社北京7月29日电, 运城日报讯, 本报讯
_DATELINE = re.compile(r"\d+日[电電]|[报報][讯訊]|^本[报報]")
# _CREDIT_LINE in both scripts
_COLUMN_CREDIT = re.compile(r"(记者|記者|通讯员|通訊員|评论员|評論員|摄|攝|编辑|編輯|责编|責編|来源|來源|作者)")
# a print line ending in an opening mark continues in the next (举办“|青春志愿行 共创文明城”)
_OPENS = frozenset("“‘《（([【「『")
_INDENT = re.compile("[\u200b-\u200d\u2060\ufeff]*(?:\u3000|\t| {2})")
# a line cannot start a paragraph with these: it continues the one before
_CONTINUES = frozenset("。，,、；;：:！!？?”’）)》」』】〕…")


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
    - A text set in a narrow print column (``column_width``) is joined by the column's rules,
      then read again until nothing changes, so that normalizing twice changes nothing.
    """
    once, column = _normalize_once(text)
    for _ in range(MAX_COLUMN_PASSES):
        if not column:
            break
        again, column = _normalize_once(once)
        if again == once:
            break
        once = again
    return once


MAX_COLUMN_PASSES = 8  # each pass that changes a text joins lines, so few are ever needed


def _normalize_once(text: str) -> tuple[str, bool]:
    """One pass of ``normalize`` and whether it read the text as a column."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    raws = text.split("\n")
    lines = [_clean_line(raw) for raw in raws]
    width = column_width([ln for ln in lines if ln])
    # paragraphs marked in a column: an indent (　　) or a blank line before most of them
    indents = [_INDENT.match(raw) is not None for raw in raws]
    blanks = sum(1 for i in range(1, len(lines)) if lines[i] and not lines[i - 1])
    marked = width is not None and sum(indents) + blanks >= 2
    prose_before = False  # in a column: a line with prose punctuation came before this paragraph
    out: list[list[str]] = []  # lines as the parts joined into them, [] for a paragraph break
    paras: list[_Para | None] = []  # in a column: each line of out as a paragraph, None for a break
    for k, line in enumerate(lines):
        if not line:
            if out and out[-1]:
                out.append([])
                paras.append(None)
            continue
        # the previous text line, skipping one blank line
        j = len(out) - 1
        if j >= 0 and not out[j]:
            j -= 1
        para = paras[j] if width is not None and j >= 0 else None
        joined = j >= 0 and is_broken_line(_as_prev(out[j]), line)
        if para is not None and not indents[k]:
            # in a column an indented line (　　) starts a paragraph of its own, and a blank line
            # ends one unless the paragraph before it is prose broken inside a sentence
            right_under = j == len(out) - 1
            joined = (joined and not right_under) or (
                (right_under or para.prose)
                and is_column_break(
                    para.first,
                    out[j][-1],
                    line,
                    width or 0,
                    prose=para.prose,
                    unclosed=para.unclosed,
                    prose_before=prose_before,
                    marked=marked and right_under,
                )
            )
        elif para is not None:
            joined = False
        if joined:
            del out[j + 1 :]
            del paras[j + 1 :]
            # a space kept at a print line's edge parts two names (通讯员 刘艳红| 杨冀梁)
            spaced = width is not None and (raws[k][:1] == " " != raws[k][1:2] or raws[k - 1][-1:] == " ")
            out[j].append((" " if spaced else "") + _joint(out[j][-1][-1], line))
            if para is not None:
                para.add(line)
        else:
            if para is not None and para.prose:
                prose_before = True
            out.append([line])
            paras.append(_Para(line) if width is not None else None)
    while out and not out[-1]:
        out.pop()
    return "\n".join("".join(parts) for parts in out), width is not None


# Half-width punctuation set as Chinese punctuation (会议由戴骅主持.市领导…参加会议.): a mark after a
# Chinese character or a closing mark, before a Chinese character, a digit (节目.10时), an opening
# mark, a line end or a space. Numbers stay (1.5亿元, 10:30, 2023.5.1), and so do Latin words and
# runs (..., ?!).
_HALF_PUNCT = re.compile(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff”’」』）》])([.;?!])(?=[\u3400-\u4dbf\u4e00-\u9fff“‘「『（《\n 0-9]|$)"
)
_FULL = {".": "。", ";": "；", "?": "？", "!": "！"}


def fold_punctuation(text: str) -> str:
    """``text`` with half-width sentence marks used as Chinese punctuation made full-width, at the
    same length (offsets stay valid): the rules that find sentences and lists read 。；？！.
    Commas, colons and brackets stay as written (the rules read both widths of those)."""
    return _HALF_PUNCT.sub(lambda m: _FULL[m.group(1)], text)


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
