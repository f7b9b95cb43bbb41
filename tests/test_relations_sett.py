"""Rules that blind set T (tests/golden/make_blind_t.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import extract_text, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def _names(rec: dict, label: str) -> set[str]:
    return {e["name"] for e in rec["entities"] if e["type"] == label}


def test_a_meeting_a_guest_came_for_is_no_event_and_the_call_is(lac: LacExtractor) -> None:
    """会见来华出席2025年上海合作组织峰会和纪念…活动的塔吉克斯坦总统拉赫蒙: the summit is the guest's purpose in coming,
    so the host does not attend it and the call is the article's event, where host and guests speak
    (xwlb 20250904_10)."""
    text = (
        "标题：赵乐际分别会见塔吉克斯坦总统、塞尔维亚总统、韩国国会议长\n"
        "央视网消息（新闻联播）：全国人大常委会委员长赵乐际3日下午在北京会见来华出席2025年上海合作组织峰会和纪念中国人民"
        "抗日战争暨世界反法西斯战争胜利80周年活动的塔吉克斯坦总统拉赫蒙。\n"
        "赵乐际表示，中塔关系处于历史最好时期。\n"
        "拉赫蒙表示，发展对华关系是塔吉克斯坦外交政策的优先方向。"
    )
    rec = extract_text(lac, text, "2025-09-04")
    roles = meeting_roles(rec)
    assert not [r for r in roles if r[2] == "2025年上海合作组织峰会"]
    call = next(n for n in _names(rec, "Meeting") if n.startswith("会见"))
    assert ("赵乐际", "SPOKE_AT", call) in roles
    assert ("拉赫蒙", "SPOKE_AT", call) in roles
