"""The day a meeting was held, read from the sentence that names it.

News dates a meeting relative to the issue it appears in: "6月3日,全市领导干部会议…召开" in the
issue of 2022-06-04 is 2022-06-03; "会议23日下午举行" is the 23rd of the month nearest the issue;
"昨天" is the day before it. Only a date standing before the meeting's name in its sentence, or right
after it ("第三次会议22日上午在京开幕"), counts; dates of something else ("自2024年1月1日起施行") do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kg.text import MAX_SENTENCE

_NUM = "0-9０-９〇零一二三四五六七八九十"
_DATE = re.compile(
    rf"(?:(?P<y>[0-9０-９〇零一二三四五六七八九]{{4}})年)?(?:(?P<m>[{_NUM}]{{1,3}})月)?(?P<d>[{_NUM}]{{1,3}})日"
    rf"(?:(?:至|到|—|-|－)(?:[{_NUM}]{{1,3}}月)?[{_NUM}]{{1,3}}日)?"
    r"|(?P<rel>前天|昨天|昨日|今天|今日|明天|明日)"
)
_RELATIVE = {"前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1}
# A date followed by these dates something else: a rule in force from, a period since, a deadline.
_NOT_HELD = re.compile(r"(?:[上下]午|晚|晚间)?(?:起|以来|前|之前|以前|后|之后|截止|为止|期间|零时|施行|实施|生效)")
_SENTENCE_END = "。！？!?\n"
# The sentence must say the meeting took place: a date beside 学习贯彻党的二十大精神 is not its day.
_HELD_VERB = re.compile(r"召开|举行|开幕|闭幕|举办|开会|主持|讲话|致辞|出席|列席")
# How far after the meeting's name a date may stand and still be its day ("会议23日下午举行").
_AFTER = 6


@dataclass(frozen=True)
class HeldOn:
    """A meeting's day and the expression it was read from (offsets into the text given)."""

    date: str  # ISO YYYY-MM-DD
    start: int
    end: int
    expression: str


def chinese_number(s: str) -> int:
    """A number as dates write it: 3, ３, 三, 十二, 2024, 二〇二四."""
    s = s.translate(str.maketrans("０１２３４５６７８９〇零", "012345678900"))
    if s.isdigit():
        return int(s)
    digits = dict(zip("一二三四五六七八九", range(1, 10), strict=True))
    if len(s) == 4:  # 二〇二二
        return int("".join(str(digits.get(c, 0)) for c in s))
    tens, _, units = s.partition("十")
    if "十" not in s:
        return digits.get(s, 0)
    return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(units, 0) if units else 0)


def _nearest(candidates: list[date], published: date) -> date:
    """The candidate nearest the issue, days after it counting double (news reports what was)."""
    return min(candidates, key=lambda d: (d - published).days * 2 if d > published else (published - d).days)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_date(expression: str, published: str) -> str | None:
    """The ISO day of a date ``expression`` (6月3日, 3日, 2023年3月5日, 昨天) in an issue of ``published``.

    A month without a year is taken in the year that puts it nearest the issue (12月28日 in an issue
    of January 2 is last year's); a day without a month likewise in the nearest month. Days after
    the issue count double: a paper mostly reports what was held, now and then what will be."""
    m = _DATE.fullmatch(expression) or _DATE.match(expression)
    if not m:
        return None
    pub = date.fromisoformat(published)
    if m.group("rel"):
        return (pub + timedelta(days=_RELATIVE[m.group("rel")])).isoformat()
    day = chinese_number(m.group("d"))
    if m.group("y") and m.group("m"):
        found = _safe(chinese_number(m.group("y")), chinese_number(m.group("m")), day)
        return found.isoformat() if found else None
    if m.group("m"):
        month = chinese_number(m.group("m"))
        options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe(y, month, day))]
    else:
        months = [(pub.year, pub.month + k) for k in (-1, 0, 1)]
        months = [(y + (mo - 1) // 12, (mo - 1) % 12 + 1) for y, mo in months]
        options = [d for y, mo in months if (d := _safe(y, mo, day))]
    return _nearest(options, pub).isoformat() if options else None


def held_on(
    text: str,
    start: int,
    end: int,
    published: str | None,
    others: Sequence[tuple[int, int]] = (),
    verb: bool = False,
) -> HeldOn | None:
    """The day the meeting named at ``text[start:end]`` was held, from its own sentence.

    The nearest date before the name in that sentence, or one at most a few characters after it,
    in a sentence that says the meeting took place (召开, 举行, 主持, 讲话 …); ``None`` when the
    sentence gives none or the article has no date to resolve it against. A date with another
    meeting of ``others`` between it and this one is that meeting's ("6月3日,全市领导干部会议召开,
    …迎接党的二十大胜利召开": not the congress's day). ``verb``: the name is itself the verb that holds it (a call,
    会见|会谈: 当地时间10日，…在新德里会见…), so its sentence says it took place."""
    if not published:
        return None
    # the sentence, looked for at most MAX_SENTENCE characters either side (text without sentence
    # ends must not make every meeting scan the whole article)
    floor, ceiling = max(0, start - MAX_SENTENCE), min(len(text), end + MAX_SENTENCE)
    left = max(floor - 1, *(text.rfind(c, floor, start) for c in _SENTENCE_END)) + 1
    right_ends = [i for c in _SENTENCE_END if (i := text.find(c, end, ceiling)) >= 0]
    right = min(right_ends) if right_ends else ceiling
    if not verb and not _HELD_VERB.search(text, left, right):
        return None
    best: tuple[int, re.Match[str]] | None = None
    for m in _DATE.finditer(text, left, right):
        if start <= m.start() < end or _NOT_HELD.match(text, m.end()):
            continue
        if m.end() <= start:
            if any(m.end() <= a and b <= start for a, b in others):
                continue
            distance = start - m.end()
        elif m.start() >= end and m.start() - end <= _AFTER:
            distance = m.start() - end
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, m)
    if best is None:
        return None
    m = best[1]
    day = resolve_date(m.group(0), published)
    return HeldOn(day, m.start(), m.end(), m.group(0)) if day else None
