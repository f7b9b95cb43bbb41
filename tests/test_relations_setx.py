"""Rules that blind set X (tests/golden/make_blind_x.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (  # xwlb 20251203_02
            "要深入实施城市更新行动，把城市更新和消除安全隐患、稳楼市等工作结合起来，扎实推进好房子建设和房地产高质量发展。",
            "稳",
        ),
        ("在信团鼓楼，习近平同村干部和村民代表围坐一起亲切交流。", "同"),  # xwlb 20250318_01
        (  # xwlb 20221224_01
            "巩固拓展脱贫攻坚成果是全面推进乡村振兴的底线任务，要继续压紧压实责任，把脱贫人口和脱贫地区的帮扶政策衔接好、"
            "措施落到位，坚决防止出现整村整乡返贫现象。",
            "整",
        ),
        (  # xwlb 20260715_01
            "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平15日在上海考察时强调，高质量推进城市更新是"
            "城市现代化建设的重要抓手，要全面践行人民城市理念，坚持问需于民、问计于民、问效于民，做深做细做实城市更新各项"
            "工作，不断增强居民群众的获得感、幸福感、安全感。",
            "实",
        ),
    ],
    ids=["稳楼市", "同村干部", "整村", "做实"],
)
def test_a_one_character_place_tag_on_a_word_is_no_place(lac: LacExtractor, text: str, cut: str) -> None:
    """one_char_places: a one-character place is a short name the news writes (在京, 中美); the tagger's place on a
    word of the sentence (稳楼市, 同村干部, 整村, 做实) is none."""
    assert cut not in entity_names(extract_text(lac, text, "2025-12-03"), "Place")


def test_a_one_character_short_name_of_a_place_stays_a_place(lac: LacExtractor) -> None:
    """one_char_places: 在京召开 (xwlb 20250528_06) keeps its place 京."""
    text = "央视网消息（新闻联播）：政协第十四届全国委员会第三十六次主席会议28日在京召开。"
    assert "京" in entity_names(extract_text(lac, text, "2025-05-28"), "Place")


def test_a_later_paragraph_after_a_part_the_meeting_holds_is_back_at_the_meeting(lac: LacExtractor) -> None:
    """主席会议举行…集体学习 is a part of the chairmen's meeting: the report of its paragraph is at it, the vice-chairs'
    作发言 of the next paragraph at the meeting (xwlb 20250528_06; also 20250226_04)."""
    text = (
        "标题：王沪宁主持召开全国政协主席会议\n"
        "央视网消息（新闻联播）：政协第十四届全国委员会第三十六次主席会议28日在京召开。中共中央政治局常委、全国政协主席"
        "王沪宁主持并讲话。\n"
        "会议传达学习贯彻习近平总书记近期重要讲话和指示精神。\n"
        "主席会议举行2025年第二次集体学习，主题是“强化国家战略科技力量”。全国政协委员、科技部副部长龙腾应邀作报告。\n"
        "全国政协副主席穆虹、咸辉、王光谦、秦博勇围绕学习贯彻习近平总书记近期重要讲话和指示精神作发言。"
    )
    roles = meeting_roles(extract_text(lac, text, "2025-05-28"))
    meeting = "政协第十四届全国委员会第三十六次主席会议"
    assert ("龙腾", "SPOKE_AT", "2025年第二次集体学习") in roles
    assert {(x, "SPOKE_AT", meeting) for x in ("穆虹", "咸辉", "王光谦", "秦博勇")} <= roles
    assert not {r for r in roles if r[0] in ("穆虹", "咸辉", "王光谦", "秦博勇") and r[2] != meeting}
