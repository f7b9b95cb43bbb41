"""Bylines and photo credits, used until ``kg.ingest.find_credits`` is available.

Same contract: ``find_credits(text) -> list[Mention]`` with labels "Reporter"/"Photographer"
whose offsets point into ``text``.
"""

from __future__ import annotations

import re

from kg.model import Mention

_NAME = r"[\u4e00-\u9fff]{2,3}(?:·[\u4e00-\u9fff]{2,4})?"
_NAMES = rf"{_NAME}(?:[ \u3000、,，]+{_NAME})*"
_PRESS = r"(?:本报|全媒体|见习|特约|摄影|融媒体)?(?:记者|通讯员)"
# 本报讯(记者王利辉 石冠兵) / 本报记者 胡晨 通讯员 刘艳红 杨冀梁 / 全媒体记者:刘丽娟 王俊
BYLINE = re.compile(rf"({_PRESS})[:：\s\u3000]*({_NAMES})(?=[)）\s\u3000]|$|{_PRESS})", re.M)
PHOTO = re.compile(rf"(?:{_PRESS})?[:：\s]*({_NAME})\s?摄(?![\u4e00-\u9fff])")
_SPLIT = re.compile(rf"{_NAME}")
_PRESS_WORDS = frozenset({"记者", "通讯员", "本报", "全媒体", "见习", "特约", "摄影"})


def find_credits(text: str) -> list[Mention]:
    """Reporter and photographer names in bylines and photo credits of ``text``."""
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for m in PHOTO.finditer(text):
        s, e = m.span(1)
        seen.add((s, e))
        out.append(Mention(s, e, text[s:e], "Photographer", "rules:photo_credit.v1"))
    for m in BYLINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        prefix = text[line_start : m.start()]
        # a byline stands at a line start, after 本报讯( / 电(, or after a sentence end
        if prefix.strip() and not re.search(r"(?:讯|电)[(（]$|[。！？]\s*$|[(（]$", prefix):
            continue
        base = m.start(2)
        for n in _SPLIT.finditer(m.group(2)):
            s, e = base + n.start(), base + n.end()
            if (s, e) in seen or text[s:e].endswith("摄") or text[s:e] in _PRESS_WORDS:
                continue
            seen.add((s, e))
            out.append(Mention(s, e, text[s:e], "Reporter", "rules:byline.v1"))
    return sorted(out, key=lambda x: x.start)
