"""Rules that blind set S (tests/golden/make_blind_s.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, held_posts, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_a_foreign_name_with_a_hyphen_is_one_person(lac: LacExtractor) -> None:
    """法国国民议会议长布朗-皮韦共同主持…: the model's 布朗 and 皮韦 around the hyphen are one person, and the name
    stops before 共同 (xwlb 20250626_04; also 迪亚斯-卡内尔, 阿吉亚尔-布兰科 in the corpus)."""
    text = (
        "央视网消息（新闻联播）：全国人大常委会委员长赵乐际26日在人民大会堂同法国国民议会议长布朗-皮韦共同主持"
        "中国全国人大与法国国民议会交流机制第十二次会议并作主旨发言。\n"
        "布朗-皮韦在作主旨发言时表示，法中都坚持多边主义，反对单边主义、保护主义。"
    )
    rec = extract_text(lac, text, "2025-06-26")
    persons = entity_names(rec, "Person")
    assert "布朗-皮韦" in persons and not persons & {"布朗", "皮韦", "布朗-皮韦共"}
    assert ("布朗-皮韦", "法国国民议会议长", "法国国民议会") in held_posts(rec)
    assert any(who == "布朗-皮韦" and role == "SPOKE_AT" for who, role, _m in meeting_roles(rec))


def test_a_deputys_daily_charge_inside_a_title_chain(lac: LacExtractor) -> None:
    """中央办公厅分管日常工作的副主任孟祥锋, 中央组织部分管日常工作的副部长黄建发: 分管日常工作的 between the body
    and the head is no part of the body nor of the post (the deputy's charge), and no longer stops the chain
    (xwlb 20221102_10, 20251120_01; the lecturer's 中央宣讲团成员 before it was lost with it)."""
    text = (
        "央视网消息（新闻联播）：中央宣讲团成员、中央办公厅分管日常工作的副主任孟祥锋今天在山西太原宣讲党的二十大精神。\n"
        "座谈会上，中央党史和文献研究院院长曲青山、中央组织部分管日常工作的副部长黄建发先后发言。"
    )
    posts = held_posts(extract_text(lac, text, "2022-11-02"))
    assert ("孟祥锋", "中央办公厅副主任", "中央办公厅") in posts
    assert ("孟祥锋", "中央宣讲团成员", "中央宣讲团") in posts
    assert ("黄建发", "中央组织部副部长", "中央组织部") in posts


def test_a_sentence_of_titled_names_joined_by_a_comma_shares_its_verb(lac: LacExtractor) -> None:
    """国务院副总理丁薛祥、何立峰，国务委员王小洪作交流发言: a sentence of titled names only, 、 and ， between them,
    shares the verb of its last name (xwlb 20251203_02; 丁薛祥、张国清，国务委员吴政隆 in 20260211_04)."""
    text = (
        "央视网消息（新闻联播）：12月3日，国务院以“深入推进以人为本的新型城镇化，着力构建城乡融合发展新格局”为主题，"
        "进行第十七次专题学习。国务院总理李强在主持学习时强调，要坚持以人为本提高城镇化质量水平。\n"
        "中国城市和小城镇改革发展中心主任高国力作讲解。国务院副总理丁薛祥、何立峰，国务委员王小洪作交流发言。"
    )
    roles = {(who, role) for who, role, _m in meeting_roles(extract_text(lac, text, "2025-12-03"))}
    for who in ("高国力", "丁薛祥", "何立峰", "王小洪"):
        assert (who, "SPOKE_AT") in roles
    assert ("李强", "PRESIDED") in roles


def test_co_chairs_both_preside(lac: LacExtractor) -> None:
    """赵乐际…同法国国民议会议长布朗-皮韦共同主持…会议: the co-chair named after 同 presides too (xwlb 20250626_04;
    also 赵乐际与卢旺达总统卡加梅共同主持会议并致辞, 20240905_07, where the co-chair speaks as well)."""
    text = (
        "央视网消息（新闻联播）：全国人大常委会委员长赵乐际26日在人民大会堂同法国国民议会议长布朗-皮韦共同主持"
        "中国全国人大与法国国民议会交流机制第十二次会议并作主旨发言。"
    )
    roles = meeting_roles(extract_text(lac, text, "2025-06-26"))
    assert {who for who, role, _m in roles if role == "PRESIDED"} == {"赵乐际", "布朗-皮韦"}


def test_broadcasts_in_book_marks_are_no_documents(lac: LacExtractor) -> None:
    """纪录片《奇迹中国》（第一季）, 融媒体报道《先生》, 特别节目《追光的你》, 《三餐四季》浙江篇: programmes, no
    documents (xwlb 20260430_14; also 系列报道《…》 and 第一集《…》 in 20240120_01, 表演《梦闪耀》 in 20231023_07)."""
    text = (
        "综合频道将推出《三餐四季》浙江篇和《城市风华录》广州篇，社会与法频道将推出纪录片《奇迹中国》（第一季），"
        "中国之声将推出融媒体报道《先生》，央视新闻带来特别节目《追光的你》。\n"
        "会议讨论并原则通过《中华人民共和国招标投标法（修订草案）》。"
    )
    docs = entity_names(extract_text(lac, text, "2026-04-30"), "Document")
    assert docs == {"中华人民共和国招标投标法（修订草案）"}


def test_no_party_read_out_of_its_members_nor_a_ministry_out_of_departments(lac: LacExtractor) -> None:
    """共产党|人的政治本色 names party members, not the party; 国务院部|门 the State Council's departments, no
    ministry (xwlb 20251120_01, 20260206_03; 共产党人 also in 20230809_03, 20241016_01, 20241216_01)."""
    text = (
        "要坚决反对特权思想和特权现象，始终保持共产党人清正廉洁的政治本色。\n"
        "过去一年，国务院部门将办理工作与贯彻落实党中央决策部署紧密结合。"
    )
    assert entity_names(extract_text(lac, text, "2026-02-06"), "Organization") == {"党中央"}


def test_a_list_closed_by_its_count_is_of_wholenames(lac: LacExtractor) -> None:
    """高丰、…、拉毛叶忠、马丛、桑南才10位同志: ten items, ten persons — the model's 毛叶忠 and 桑南 (cut) and its
    place 高丰 replaced (xwlb 20260430_14); a count that is not the items' takes nothing."""
    text = (
        "中央宣传部、全国总工会向全社会发布2026年“最美职工”先进事迹。高丰、肖素枝、楼雅佳、肖冬样、邓述东、吴琦、"
        "杨平原、拉毛叶忠、马丛、桑南才10位同志光荣入选。"
    )
    rec = extract_text(lac, text, "2026-04-30")
    persons = entity_names(rec, "Person")
    assert {"高丰", "拉毛叶忠", "桑南才", "马丛"} <= persons and not persons & {"毛叶忠", "桑南"}
    assert "高丰" not in entity_names(rec, "Place")
    miscounted = entity_names(extract_text(lac, text.replace("10位", "9位"), "2026-04-30"), "Person")
    assert "拉毛叶忠" not in miscounted
