"""Rules that blind set R (tests/golden/make_blind_r.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_a_titled_list_whose_last_name_has_a_label_shares_its_verb(lac: LacExtractor) -> None:
    """…台盟中央主席苏辉、无党派人士代表朴世龙作了发言: the last name has a label, no title, and every titled name of
    the 、-list before it speaks too (xwlb 20240408_06)."""
    text = (
        "央视网消息（新闻联播）：各民主党派中央、无党派人士长江生态环境保护民主监督工作座谈会8日在京召开。\n"
        "中共中央政治局委员、中央统战部部长石泰峰主持会议。\n"
        "民革中央主席郑建邦、民盟中央主席丁仲礼、民建中央主席郝明金、民进中央主席蔡达峰、农工党中央主席何维、"
        "致公党中央主席蒋作君、九三学社中央主席武维华、台盟中央主席苏辉、无党派人士代表朴世龙作了发言。"
    )
    rec = extract_text(lac, text, "2024-04-08")
    roles = meeting_roles(rec)
    meeting = "无党派人士长江生态环境保护民主监督工作座谈会"
    for who in ("郑建邦", "丁仲礼", "郝明金", "蔡达峰", "何维", "蒋作君", "武维华", "苏辉", "朴世龙"):
        assert (who, "SPOKE_AT", meeting) in roles
    assert ("石泰峰", "PRESIDED", meeting) in roles
    assert ("石泰峰", "SPOKE_AT", meeting) not in roles


def test_a_meeting_attended_after_canjia_le_keeps_its_list(lac: LacExtractor) -> None:
    """参加了致公党、侨联、对外友好界委员联组会: 了 between the verb and the name, the 、-list of sectors inside it
    (联组会 a meeting head); 参加 is ATTENDED (xwlb 20250306_06)."""
    text = (
        "央视网消息（新闻联播）：中共中央政治局常委、全国人大常委会委员长赵乐际参加了致公党、侨联、对外友好界委员联组会。"
        "听取委员发言后，他说，2024年，面对多重困难挑战，顺利完成经济社会发展主要目标任务。"
    )
    rec = extract_text(lac, text, "2025-03-06")
    meeting = "致公党、侨联、对外友好界委员联组会"
    assert meeting in entity_names(rec, "Meeting")
    assert ("赵乐际", "ATTENDED", meeting) in meeting_roles(rec)
    # the model's 外友好界委员联 ends inside the head 联组会: no body
    assert not {o for o in entity_names(rec, "Organization") if o.endswith("委员联")}


def test_a_pronoun_after_a_clause_of_what_was_heard_speaks_at_the_meeting(lac: LacExtractor) -> None:
    """…参加了…联组会。听取委员发言后，他说，…: 他 after a clause of what was heard first is the one person of the
    sentence before, who speaks at the meeting it names (xwlb 20250306_06)."""
    text = (
        "央视网消息（新闻联播）：中共中央政治局常委、全国人大常委会委员长赵乐际参加了致公党、侨联、对外友好界委员联组会。"
        "听取委员发言后，他说，2024年，面对多重困难挑战，顺利完成经济社会发展主要目标任务。"
    )
    roles = meeting_roles(extract_text(lac, text, "2025-03-06"))
    assert ("赵乐际", "SPOKE_AT", "致公党、侨联、对外友好界委员联组会") in roles


def test_a_lecture_given_on_a_day_at_a_place_with_xuanjiang_as_the_verb(lac: LacExtractor) -> None:
    """NAME今天（10月30日）在PLACE宣讲党的…精神: a lecture given (the lecture meeting of the article, as 作宣讲报告),
    never a speech at the plenum whose spirit is lectured on (xwlb 20251030_04, 20251107_06)."""
    text = (
        "央视网消息（新闻联播）：学习贯彻党的二十届四中全会精神中央宣讲团成员在各地各部门宣讲。\n"
        "中央宣讲团成员、中共中央政治局委员、国务院副总理刘国中今天（10月30日）在国家卫生健康委宣讲党的二十届四中全会"
        "精神。\n"
        "中央宣讲团成员、中共中央政治局委员、上海市委书记陈吉宁今天在上海作宣讲报告。"
    )
    rec = extract_text(lac, text, "2025-10-30")
    roles = meeting_roles(rec)
    assert ("刘国中", "SPOKE_AT", "宣讲报告会") in roles
    assert ("陈吉宁", "SPOKE_AT", "宣讲报告会") in roles
    assert not {r for r in roles if r[2] == "党的二十届四中全会"}
    text = "中央宣讲团成员、国务委员谌贻琴11月6日在人力资源社会保障部宣讲党的二十届四中全会精神。"
    roles = meeting_roles(extract_text(lac, text, "2025-11-07"))
    assert ("谌贻琴", "SPOKE_AT", "宣讲报告会") in roles
    assert not {r for r in roles if r[2] == "党的二十届四中全会"}


def test_a_ministry_before_its_officials_is_a_body(lac: LacExtractor) -> None:
    """国家发展改革委、生态环境部主要负责同志…作了发言: the ministry the model misses, written in full before its
    officials, is the body they speak for (xwlb 20240408_06)."""
    text = "国家发展改革委、生态环境部主要负责同志，江西、云南省委统战部负责同志作了发言。"
    assert {"国家发展改革委", "生态环境部"} <= entity_names(extract_text(lac, text, "2024-04-08"), "Organization")
