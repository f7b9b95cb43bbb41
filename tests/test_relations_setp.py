"""Rules that blind set P (tests/golden/make_blind_p.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import extract_text, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_the_author_of_an_instruction_relayed_to_a_meeting_does_not_speak_there(lac: LacExtractor) -> None:
    """习近平对…作出重要指示。习近平指出，…: what the instruction says is relayed to the meeting
    (会议传达学习了习近平重要指示), no speech of his there; the vice-premier who 出席会议并讲话 speaks (xwlb
    20251230_01)."""
    text = (
        "央视网消息（新闻联播）：中央农村工作会议29日至30日在北京召开。\n"
        "中共中央总书记、国家主席、中央军委主席习近平对做好“三农”工作作出重要指示。习近平指出，2026年是“十五五”开局之年，"
        "做好“三农”工作至关重要。\n"
        "习近平强调，各级党委和政府要坚持把解决好“三农”问题作为重中之重。\n"
        "会议传达学习了习近平重要指示。中共中央政治局委员、国务院副总理刘国中出席会议并讲话。"
    )
    roles = meeting_roles(extract_text(lac, text, "2025-12-30"))
    assert not {r for r in roles if r[0] == "习近平"}
    assert ("刘国中", "SPOKE_AT", "中央农村工作会议") in roles


def test_a_written_comment_in_the_headline_is_no_speech_at_the_meeting(lac: LacExtractor) -> None:
    """李强对做好地方金融工作作出重要批示强调 (the headline of a meeting's report): the comment, no speech (xwlb
    20240521_04)."""
    text = (
        "标题：李强对做好地方金融工作作出重要批示强调 坚持金融服务实体经济 推动金融高质量发展\n"
        "央视网消息（新闻联播）：全国地方党委金融办主任会议5月21日在京召开。"
        "中共中央政治局委员、中央金融委员会办公室主任何立峰出席会议并讲话。"
    )
    roles = meeting_roles(extract_text(lac, text, "2024-05-21"))
    assert not {r for r in roles if r[0] == "李强"}
    assert ("何立峰", "SPOKE_AT", "全国地方党委金融办主任会议") in roles


def test_a_leader_quoted_in_another_speech_does_not_speak_at_the_meeting(lac: LacExtractor) -> None:
    """丁薛祥表示，中国国家主席习近平指出，… (xwlb 20251013_06) and 丁薛祥强调，…。习近平主席指出，… (xwlb 20240425_06):
    the speaker quotes him; the speaker speaks."""
    text = (
        "央视网消息（新闻联播）：2025年世界工程组织联合会全体大会13日在上海开幕。中共中央政治局常委、国务院副总理丁薛祥"
        "出席开幕式并致辞。\n"
        "丁薛祥表示，中国国家主席习近平指出，工程科技是推动人类社会发展的重要引擎。\n"
        "丁薛祥强调，创新是引领发展的第一动力。习近平主席指出，发展新质生产力是推动高质量发展的内在要求和重要着力点。"
    )
    roles = meeting_roles(extract_text(lac, text, "2025-10-13"))
    assert not {r for r in roles if r[0] == "习近平"}
    assert ("丁薛祥", "SPOKE_AT", "2025年世界工程组织联合会全体大会") in roles


def test_a_speech_given_at_the_congress_before_is_cited(lac: LacExtractor) -> None:
    """蔡奇在致词中说，习近平总书记在…大会上发表的重要讲话，…: a speech cited (在…上发表的), not given here (xwlb
    20260708_04)."""
    text = (
        "央视网消息（新闻联播）：中国科学技术协会第十一次全国代表大会第二次全体会议8日在人民大会堂举行。"
        "中共中央政治局常委、中央书记处书记蔡奇到会祝贺。\n"
        "蔡奇在致词中说，习近平总书记在国家科学技术奖励大会、两院院士大会、中国科协第十一次全国代表大会上发表的重要讲话，"
        "为做好新时代新征程科技工作和科协工作进一步指明了方向。"
    )
    roles = meeting_roles(extract_text(lac, text, "2026-07-08"))
    assert not {r for r in roles if r[0] == "习近平"}


def test_two_titled_names_joined_by_he_speak_in_turn_and_the_presider_reports(lac: LacExtractor) -> None:
    """科技部部长阴和俊和共青团中央书记处第一书记阿东，分别代表…致词: both speak; 万钢主持会议，代表…作工作报告: the
    presider's next clause is his report (xwlb 20260708_04)."""
    text = (
        "央视网消息（新闻联播）：中国科学技术协会第十一次全国代表大会第二次全体会议8日在人民大会堂举行。\n"
        "科技部部长阴和俊和共青团中央书记处第一书记阿东，分别代表科技界和人民团体致词。\n"
        "中国科协第十届全国委员会主席、大会主席团执行主席万钢主持会议，代表第十届全国委员会作工作报告。"
    )
    roles = meeting_roles(extract_text(lac, text, "2026-07-08"))
    meeting = "中国科学技术协会第十一次全国代表大会第二次全体会议"
    assert {("阴和俊", "SPOKE_AT", meeting), ("阿东", "SPOKE_AT", meeting), ("万钢", "SPOKE_AT", meeting)} <= roles
    assert ("万钢", "PRESIDED", meeting) in roles


def test_an_annual_meeting_is_named_to_its_head(lac: LacExtractor) -> None:
    """2026中关村论坛年会 (年会 a head, not cut at 论坛) is the meeting whose opening is attended (xwlb 20260325_05)."""
    text = (
        "央视网消息（新闻联播）：2026中关村论坛年会25日在京开幕。"
        "中共中央政治局常委、国务院副总理丁薛祥出席开幕式并致辞。"
    )
    rec = extract_text(lac, text, "2026-03-25")
    assert "2026中关村论坛年会" in {e["name"] for e in rec["entities"] if e["type"] == "Meeting"}
    assert ("丁薛祥", "ATTENDED", "2026中关村论坛年会") in meeting_roles(rec)


def test_a_name_opening_a_line_is_read_as_a_name(lac: LacExtractor) -> None:
    """LAC reads a line break as part of the next word (。\\n石泰峰 was one word, tagged v): the line's first name is
    found, and a list of attendees opening its line attends (xwlb 20260708_04)."""
    text = (
        "央视网消息（新闻联播）：中国科学技术协会第十一次全国代表大会第二次全体会议8日在人民大会堂举行。\n"
        "中国科协第十届全国委员会主席、大会主席团执行主席万钢主持会议，代表第十届全国委员会作工作报告。\n"
        "石泰峰、李干杰、李书磊、陈文清、刘金国、王小洪、张升民、铁凝、吴政隆、王光谦、朱永新出席会议。"
    )
    rec = extract_text(lac, text, "2026-07-08")
    assert "石泰峰" in {e["name"] for e in rec["entities"] if e["type"] == "Person"}
    assert ("石泰峰", "ATTENDED", "中国科学技术协会第十一次全国代表大会第二次全体会议") in meeting_roles(rec)


def test_a_sentence_listing_names_before_joining_a_call_gives_each_one_attendance(lac: LacExtractor) -> None:
    """石泰峰、王东峰等参加会见: a sentence of names only, each one attends the call (xwlb 20230928_09)."""
    text = (
        "标题：王沪宁会见越南共产党代表团\n"
        "央视网消息（新闻联播）：中共中央政治局常委、全国政协主席王沪宁28日在京会见由越南共产党中央政治局委员、"
        "河内市委书记丁进勇率领的代表团。\n"
        "王沪宁表示，在习近平总书记和阮富仲总书记战略引领下，中越关系保持健康稳定发展势头。\n"
        "石泰峰、王东峰等参加会见。"
    )
    roles = meeting_roles(extract_text(lac, text, "2023-09-28"))
    attended = {r[0] for r in roles if r[1] == "ATTENDED"}
    assert {"石泰峰", "王东峰"} <= attended


def test_a_foreign_party_co_chair_and_no_party_post_for_his_government_titles(lac: LacExtractor) -> None:
    """德国社会民主党联合主席 is a post of the party (联合 belongs to 主席); 联邦副总理兼财政部长 after it names no
    body we know, so 财政部长 is no post of the party (xwlb 20251118_05)."""
    text = (
        "中共中央政治局常委、全国政协主席王沪宁18日在京会见德国社会民主党联合主席、联邦副总理兼财政部长克林拜尔率领的"
        "代表团。"
    )
    rec = extract_text(lac, text, "2025-11-18")
    posts = {(r["source"], r["title"], r["target"]) for r in rec["relations"] if r["type"] == "HOLDS_POSITION"}
    assert ("克林拜尔", "德国社会民主党联合主席", "德国社会民主党") in posts
    assert not {p for p in posts if p[0] == "克林拜尔" and p[1] != "德国社会民主党联合主席"}


def test_an_event_named_in_the_hosts_words_does_not_end_the_call(lac: LacExtractor) -> None:
    """王沪宁表示，今年5月，习近平主席同默茨总理通电话，…: the phone call is said, no event since the call, so the
    guest's 克林拜尔表示 is said at the call (xwlb 20251118_05)."""
    text = (
        "央视网消息（新闻联播）：中共中央政治局常委、全国政协主席王沪宁18日在京会见德国社会民主党联合主席、"
        "联邦副总理兼财政部长克林拜尔率领的代表团。\n"
        "王沪宁表示，今年5月，习近平主席同默茨总理通电话，就深化中德交流合作达成重要共识。\n"
        "克林拜尔表示，中国是德国重要伙伴，两国对世界的未来都负有重要责任。\n"
        "王东峰等参加会见。"
    )
    roles = meeting_roles(extract_text(lac, text, "2025-11-18"))
    assert ("克林拜尔", "SPOKE_AT", "会见") in roles
    assert ("王沪宁", "SPOKE_AT", "会见") in roles


def test_a_central_committee_seat_of_a_term_is_a_post_of_the_party_centre(lac: LacExtractor) -> None:
    """第二十届中央候补委员 (xwlb 20260707_10) and 第二十届中央委员 (xwlb 20251010_12): seats of 中共中央, held,
    not of a body named 中央."""
    text = (
        "央视网消息（新闻联播）：经中共中央批准，中央纪委国家监委对第二十届中央候补委员，陕西省委原常委、西安市委原书记"
        "方红卫严重违纪违法问题进行了立案审查调查。"
    )
    rec = extract_text(lac, text, "2026-07-07")
    posts = {
        (r["source"], r["title"], r["target"], r["status"]) for r in rec["relations"] if r["type"] == "HOLDS_POSITION"
    }
    assert ("方红卫", "第二十届中央候补委员", "中共中央", "held") in posts
    assert ("方红卫", "陕西省委常委", "陕西省委", "former") in posts
