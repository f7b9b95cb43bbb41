"""Rules that blind set X (tests/golden/make_blind_x.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text


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
