"""One node per meeting: canonical names for numbered meetings, the held day for recurring ones.

A numbered meeting (a session, a plenum, a congress) is one event whatever the article calls it:
政协第十四届全国委员会常务委员会第三次会议 and 全国政协十四届常委会第三次会议 are 全国政协十四届常委会第三次会议;
中共二十届四中全会 and 二十届四中全会 are 党的二十届四中全会. A meeting without a number (国务院常务会议,
全市领导干部会议) recurs: each day it is held is its own event, so its id carries that day, or,
when the text gives no day, the article it was read in (never one node for every 国务院常务会议).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

_CN = "〇零一二三四五六七八九十百"
_N = rf"[0-9{_CN}]+"
_DIGITS = "零一二三四五六七八九"


def chinese_number(s: str) -> str:
    """An ordinal in Chinese numerals: 11 → 十一, 38 → 三十八 (Chinese numerals are kept)."""
    if not s.isdigit():
        return s
    n = int(s)
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, units = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[units] if units else "")
    return s


# (pattern, canonical form); groups n (term) and k (session) are ordinals.
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # 政协第十四届全国委员会常务委员会第三次会议, 全国政协十四届常委会第三次会议, 十四届全国政协常委会第3次会议
    (
        re.compile(
            rf"(?:(?:中国人民政治协商会议|政协)第?(?P<n>{_N})届全国委员会常务委员会"
            rf"|全国政协第?(?P<n2>{_N})届常委会|第?(?P<n3>{_N})届全国政协常委会)第(?P<k>{_N})次会议$"
        ),
        "全国政协{n}届常委会第{k}次会议",
    ),
    # 第十四届全国人民代表大会常务委员会第十次会议, 十四届全国人大常委会第10次会议
    (
        re.compile(rf"第?(?P<n>{_N})届全国(?:人民代表大会常务委员会|人大常委会)第(?P<k>{_N})次会议$"),
        "{n}届全国人大常委会第{k}次会议",
    ),
    # 政协第十四届全国委员会第二次会议, 全国政协十四届二次会议
    (
        re.compile(
            rf"(?:(?:中国人民政治协商会议|政协)第?(?P<n>{_N})届全国委员会第(?P<k>{_N})次会议"
            rf"|全国政协第?(?P<n2>{_N})届(?P<k2>{_N})次会议)$"
        ),
        "全国政协{n}届{k}次会议",
    ),
    # 第十四届全国人民代表大会第二次会议, 十四届全国人大二次会议
    (
        re.compile(
            rf"(?:第?(?P<n>{_N})届全国人民代表大会第(?P<k>{_N})次会议|第?(?P<n2>{_N})届全国人大(?P<k2>{_N})次会议)$"
        ),
        "{n}届全国人大{k}次会议",
    ),
    # 中国共产党第二十届中央委员会第三次全体会议, 中共二十届三中全会, 二十届三中全会 (not 省委十一届八次全会)
    (
        re.compile(
            rf"(?:^(?:中国共产党|中共|党的)?|中国共产党|中共|党的)"
            rf"(?:第?(?P<n>{_N})届中央委员会第(?P<k>{_N})次全体会议|第?(?P<n2>{_N})届(?P<k2>[一二三四五六七八九十]+)中全会)$"
        ),
        "党的{n}届{k}中全会",
    ),
    # 中国共产党第二十次全国代表大会, 中共二十大, 党的二十大
    (
        re.compile(rf"(?:(?:中国共产党|中共)第(?P<n>{_N})次全国代表大会|(?:党的|中共)(?P<n2>[{_CN}]+)大)$"),
        "党的{n}大",
    ),
)
# Names that carry an ordinal: the name itself picks out one event.
_NUMBERED = re.compile(rf"第?{_N}(?:届|次|中全会)|{_N}大$|[0-9]{{4}}年")


def canonical_meeting(name: str) -> str:
    """The canonical name of a meeting: numbered national meetings in one form, others as written.

    A name that merely ends with a numbered meeting (机关宣讲党的二十届四中全会) is that meeting."""
    for pattern, form in _FORMS:
        m = pattern.search(name)
        if m is None:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v}
        n = groups.get("n") or groups.get("n2") or groups.get("n3") or ""
        k = groups.get("k") or groups.get("k2") or ""
        return form.format(n=chinese_number(n), k=chinese_number(k))
    return name


def is_numbered(name: str) -> bool:
    """True for a meeting its name alone identifies: 十四届全国人大二次会议, 党的二十大, 2024年全国两会."""
    return bool(_NUMBERED.search(name))


# A name that starts with its ordinal (第十七次专题学习, 第二次全体会议) names no event by itself.
_ORDINAL_FIRST = re.compile(rf"^第{_N}[次届]")
# A numbered name as body + ordinal + kind: 政协第十四届全国委员会 | 第三十六次 | 主席会议.
_BODY_ORDINAL_KIND = re.compile(rf"^(?P<body>.+?)第{_N}次(?P<kind>.{{2,}})$")


# what joins two things before a meeting's name (党的二十大精神和|中央外事工作会议): no scope of that meeting
_JOINED_BEFORE = re.compile(r"[和与及、暨并]|精神")


def full_forms(
    names: Collection[str], in_headline: Collection[str], days: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Short names of an article's meetings mapped to the one meeting of the article they stand for.

    - A name that starts with its ordinal, or a numbered one, that ends exactly one other meeting name of the
      article is that meeting (第十七次专题学习 of 国务院第十七次专题学习; 第二次全体会议 of the headline
      中国科协第十一次全国代表大会举行第二次全体会议, the lead's 中国科学技术协会第十一次全国代表大会第二次全体会议;
      第九届亚洲冬季运动会开幕式 of 哈尔滨第九届亚洲冬季运动会开幕式). Never an unnumbered one, which recurs and is
      hosted by many (全区领导干部大会 and 古雷开发区召开|领导干部大会 the same day are two); not when the end closes
      two longer names (省政协十二届三次会议, 市政协十二届三次会议), when the part before joins two things
      (党的二十大精神和|中央外事工作会议), nor when ``days`` (name → day held) gives the two different days.
    - A headline's unnumbered name, a body's short name and a kind (全国政协 + 主席会议 of
      王沪宁主持召开全国政协主席会议), is the article's one numbered meeting of that kind whose body writes every
      character of the short one (政协第十四届全国委员会第三十六次主席会议): the headline names the event its lead
      reports; so is a headline's name that is the numbered meeting's body written short (赵乐际同全国人大常委会会议
      列席代表座谈, its 全国人大常委会会议 named 全国人大常委会: the lead's 十四届全国人大常委会第11次会议). Outside the
      headline such a name is the institution (听取…政协第十四届全国委员会主席会议关于…的报告) and stays its own."""
    days = days or {}
    out: dict[str, str] = {}
    for short in names:
        if _ORDINAL_FIRST.match(short) or (len(short) >= 4 and is_numbered(short)):
            longer = [
                n for n in names if n != short and n.endswith(short) and not _JOINED_BEFORE.search(n[: -len(short)])
            ]
            held = {days[n] for n in (short, *longer) if n in days}
            if len(longer) == 1 and len(held) <= 1:
                out[short] = longer[0]
        elif short in in_headline and not is_numbered(short):
            fuller = []
            for n in names:
                m = _BODY_ORDINAL_KIND.match(n)
                if m and short.endswith(m["kind"]) and len(short) > len(m["kind"]):
                    body = short[: -len(m["kind"])]
                    if set(body) <= set(m["body"]):
                        fuller.append(n)
                elif m and m["body"].endswith(short) and len(short) >= 4:
                    fuller.append(n)  # the headline's 全国人大常委会会议 (named 全国人大常委会): its body's session
            if len(fuller) == 1:
                out[short] = fuller[0]
    for short, full in out.items():  # a full name that is itself short for a longer one: the longest
        while full in out and out[full] != short:
            full = out[full]
        out[short] = full
    return out


def meeting_key(name: str, held: str | None, article_id: str, issue: str | None = None) -> str:
    """The id part of a meeting: its canonical name, with the day for an unnumbered one
    (国务院常务会议@2024-01-22); with no day known, the issue that names it (…@seen:2022-06-04: the
    articles of one issue citing 全国稳住经济大盘电视电话会议 cite one meeting), else its article."""
    canonical = canonical_meeting(name)
    if is_numbered(canonical):
        return canonical
    return f"{canonical}@{held or (f'seen:{issue}' if issue else article_id)}"


def _ordinal(s: str) -> int | None:
    digits = dict(zip("一二三四五六七八九", range(1, 10), strict=True))
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return digits.get(s)
    tens, _, units = s.partition("十")
    return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(units, 0) if units else 0)


_CONGRESS = re.compile(rf"^党的({_N})大$")
_PLENUM = re.compile(rf"^党的({_N})届({_N})中全会$")
_SESSION = re.compile(rf"^(?:全国政协)?({_N})届(?:全国人大)?({_N})次会议$")
_STANDING = re.compile(rf"^(?:全国政协)?({_N})届(?:全国人大)?常委会第({_N})次会议$")


def years_held(canonical: str) -> tuple[int, int] | None:
    """The years a numbered national meeting can have been held in, from its numbers: the party
    congresses every five years (十三大 1987 … 二十大 2022) and the terms that follow them, the NPC
    and CPPCC sessions once a year of their five-year terms (十四届 from 2023). ``None`` when unknown."""
    if m := _CONGRESS.match(canonical):
        n = _ordinal(m.group(1))
        return None if n is None or n < 13 else (2022 + 5 * (n - 20),) * 2
    if m := _PLENUM.match(canonical):
        n = _ordinal(m.group(1))
        return None if n is None or n < 13 else (2022 + 5 * (n - 20), 2027 + 5 * (n - 20))
    if m := _SESSION.match(canonical):
        n, k = _ordinal(m.group(1)), _ordinal(m.group(2))
        return None if n is None or k is None or n < 7 else (2023 + 5 * (n - 14) + k - 1,) * 2
    if m := _STANDING.match(canonical):
        n = _ordinal(m.group(1))
        return None if n is None or n < 7 else (2023 + 5 * (n - 14), 2028 + 5 * (n - 14))
    return None
