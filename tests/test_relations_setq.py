"""Rules that blind set Q (tests/golden/make_blind_q.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, held_posts, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_a_collective_study_held_after_jinxing_is_a_meeting_with_its_lecturer_and_speakers(lac: LacExtractor) -> None:
    """国务院以“…”为主题，进行第十九次专题学习 (专题学习 a meeting head, 进行 no part of its name); 主持学习 PRESIDED,
    作讲解 and 作交流发言 SPOKE_AT; 中国工程院院士 a post (xwlb 20260420_03)."""
    text = (
        "央视网消息（新闻联播）：4月20日，国务院以“统筹能源安全和绿色低碳转型，加快建设新型能源体系”为主题，进行第十九次"
        "专题学习。国务院总理李强在主持学习时强调，要深入学习贯彻习近平总书记关于建设能源强国的重要指示精神。\n"
        "中国工程院院士、怀柔国家实验室主任汤广福作讲解。国务院副总理丁薛祥、张国清、刘国中作交流发言。"
    )
    rec = extract_text(lac, text, "2026-04-20")
    assert "第十九次专题学习" in entity_names(rec, "Meeting")
    assert not {m for m in entity_names(rec, "Meeting") if m.startswith("进行")}
    roles = meeting_roles(rec)
    assert ("李强", "PRESIDED", "第十九次专题学习") in roles
    for who in ("汤广福", "丁薛祥", "张国清", "刘国中"):
        assert (who, "SPOKE_AT", "第十九次专题学习") in roles
    assert ("汤广福", "中国工程院院士", "中国工程院") in held_posts(rec)


def test_a_name_cut_before_zuo_and_a_report_heard_about_a_subject(lac: LacExtractor) -> None:
    """会议听取了…主任委员张业遂作的关于《…》…审议情况的汇报: the name LAC cut (张业|遂作) is whole and the report
    heard, its subject opened by 关于, is a speech (xwlb 20221029_03); 高国|力作讲解 (xwlb 20251203_02)."""
    text = (
        "央视网消息（新闻联播）：十三届全国人大常委会第一百二十七次委员长会议29日上午在北京人民大会堂举行。"
        "栗战书委员长主持会议。\n"
        "会议听取了全国人大宪法和法律委员会主任委员李飞作的关于妇女权益保障法修订草案修改意见的汇报，"
        "审议了相关草案修改稿。\n"
        "会议听取了全国人大外事委员会主任委员张业遂作的关于《中华人民共和国和肯尼亚共和国关于刑事司法协助的条"
        "约》《中华人民共和国和刚果共和国关于刑事司法协助的条约》《中华人民共和国和摩洛哥王国关于刑事司法协助"
        "的条约》《中华人民共和国和厄瓜多尔共和国关于刑事司法协助的条约》《制止与国际民用航空有关的非法行为的"
        "公约》审议情况的汇报，审议了关于批准条约的决定草案代拟稿。"
    )
    rec = extract_text(lac, text, "2022-10-29")
    assert "张业遂" in entity_names(rec, "Person") and "张业" not in entity_names(rec, "Person")
    roles = meeting_roles(rec)
    assert ("李飞", "SPOKE_AT", "十三届全国人大常委会第一百二十七次委员长会议") in roles
    assert ("张业遂", "SPOKE_AT", "十三届全国人大常委会第一百二十七次委员长会议") in roles
    text = (
        "央视网消息（新闻联播）：12月3日，国务院以“深入推进以人为本的新型城镇化，着力构建城乡融合发展新格局”为主题，"
        "进行第十七次专题学习。\n中国城市和小城镇改革发展中心主任高国力作讲解。"
    )
    assert "高国力" in entity_names(extract_text(lac, text, "2025-12-03"), "Person")


def test_a_tibetan_name_of_four_characters_after_a_title(lac: LacExtractor) -> None:
    """全国人大常委会副委员长、中央代表团副团长洛桑江村带领那曲分团 (xwlb 20250823_03; 副委员长洛桑江村， in
    20250820_01): no surname opens it; the gifts given (赠送贺匾, 赠送贺幛) are no persons."""
    text = (
        "王沪宁带领主团看望慰问日喀则市领导班子成员及各族各界代表，向日喀则市赠送贺匾。主团到扎什伦布寺看望慰问宗教界人士"
        "并赠送贺幛。\n"
        "全国人大常委会副委员长、中央代表团副团长洛桑江村带领那曲分团来到色尼区杭嘉新村调研并看望牧民。"
    )
    rec = extract_text(lac, text, "2025-08-23")
    persons = entity_names(rec, "Person")
    assert "洛桑江村" in persons
    assert not persons & {"贺匾", "贺幛"}
    assert ("洛桑江村", "中央代表团副团长", "中央代表团") in held_posts(rec)


def test_music_named_before_a_word_of_music_is_no_document(lac: LacExtractor) -> None:
    """在雄壮的《向祖国英雄致敬》乐曲声中 (xwlb 20260701_01), 在《和平——命运共同体》的乐曲声中 (xwlb 20230924_01):
    a piece of music; the decision read out is a document."""
    text = (
        "蔡奇宣读《中共中央关于授予“七一勋章”的决定》。\n"
        "在雄壮的《向祖国英雄致敬》乐曲声中，习近平为“七一勋章”获得者一一颁授勋章。"
        "大会在雄壮的《国际歌》声中结束。"
    )
    docs = entity_names(extract_text(lac, text, "2026-07-01"), "Document")
    assert "中共中央关于授予“七一勋章”的决定" in docs
    assert not docs & {"向祖国英雄致敬", "国际歌"}


def test_a_title_before_a_meeting_head_names_no_person(lac: LacExtractor) -> None:
    """在两院院士大会上 (xwlb 20260708_04): 院士 is a title head, and 大会 after it is the meeting, no name."""
    text = (
        "蔡奇在致词中说，习近平总书记在国家科学技术奖励大会、两院院士大会、中国科协第十一次全国代表大会上发表的重要讲话，"
        "为做好新时代新征程科技工作和科协工作进一步指明了方向、提供了重要遵循。"
    )
    rec = extract_text(lac, text, "2026-07-08")
    assert "大会" not in entity_names(rec, "Person")
    assert not {p for p in held_posts(rec) if p[1].endswith("院士")}


def test_a_known_name_run_into_a_verb_of_visiting_is_cut(lac: LacExtractor) -> None:
    """全国政协委员乔红|来到中关村机器人产业创新中心调研, 乔红 named before (xwlb 20240302_03): LAC's 乔红来 is 乔红."""
    text = (
        "央视网消息（新闻联播）：全国政协委员、中国科学院院士乔红多年来持续关注人工智能和机器人技术领域的科技创新。\n"
        "近日，全国政协委员乔红来到中关村机器人产业创新中心调研，进一步完善今年的提案内容。"
    )
    rec = extract_text(lac, text, "2024-03-02")
    assert "乔红" in entity_names(rec, "Person") and "乔红来" not in entity_names(rec, "Person")
    assert ("乔红", "中国科学院院士", "中国科学院") in held_posts(rec)


def test_a_dotted_name_the_model_stops_at_the_dot_and_a_name_ending_in_he_in_a_list(lac: LacExtractor) -> None:
    """全国政协副主席王刚、…、帕巴拉·格列朗杰、…、罗富和、陈宗兴…在主席台前排就座 (pool p013, set H): the dotted name
    whole (the model's 帕巴拉 stops at the dot) and 罗富和 (和 between two 、 ends a name), so the list's title
    reaches the names after them (in the article; this sentence alone loses 万钢, LAC)."""
    text = (
        "全国政协主席贾庆林,全国政协副主席王刚、廖晖、杜青林、帕巴拉·格列朗杰、白立忱、陈奎元、阿不来提·阿不都热西提、"
        "李兆焯、黄孟复、董建华、张梅颖、张榕明、钱运录、孙家正、李金华、郑万通、邓朴方、万钢、林文漪、厉无畏、罗富和、"
        "陈宗兴、王志珍、何厚铧在主席台前排就座。"
    )
    rec = extract_text(lac, text, "2011-03-03")
    persons = entity_names(rec, "Person")
    assert {"帕巴拉·格列朗杰", "罗富和"} <= persons and not persons & {"帕巴拉", "罗富"}
    posts = held_posts(rec)
    for who in ("帕巴拉·格列朗杰", "白立忱", "邓朴方"):
        assert (who, "全国政协副主席", "全国政协") in posts
