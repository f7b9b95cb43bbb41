"""Rules that blind set T (tests/golden/make_blind_t.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


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
    call = next(n for n in entity_names(rec, "Meeting") if n.startswith("会见"))
    assert ("赵乐际", "SPOKE_AT", call) in roles
    assert ("拉赫蒙", "SPOKE_AT", call) in roles


def test_a_report_meeting_attended_is_held_and_takes_its_roles(lac: LacExtractor) -> None:
    """出席汇报会, 参加汇报会: a head that says what the meeting is, attended with no name before it, is the meeting the
    article holds; the reporters (作了汇报) and the speech after hearing them (听取汇报后，…发表重要讲话) are
    spoken there (xwlb 20251106_01)."""
    text = (
        "11月6日上午，习近平在海南省三亚市听取海南自由贸易港建设工作汇报。国家发展改革委主任郑栅洁、海南省委书记冯飞作了汇报。\n"
        "听取汇报后，习近平发表重要讲话。\n"
        "中共中央政治局常委、中央办公厅主任蔡奇出席汇报会。\n"
        "何立峰及中央和国家机关有关部门、海南省负责同志参加汇报会。"
    )
    roles = meeting_roles(extract_text(lac, text, "2025-11-06"))
    for who, role in (("郑栅洁", "SPOKE_AT"), ("冯飞", "SPOKE_AT"), ("习近平", "SPOKE_AT"), ("蔡奇", "ATTENDED")):
        assert (who, role, "汇报会") in roles
    assert ("何立峰", "ATTENDED", "汇报会") in roles


def test_presiding_over_a_meeting_no_rule_found_gives_no_role_at_another(lac: LacExtractor) -> None:
    """习近平在西安主持中国－中亚峰会前夕，专门听取…工作汇报，…参加汇报会: he presides over the summit (no meeting the
    rules found), not the report meeting of the sentence; those who 汇报 and 参加 it have their roles (xwlb
    20230517_01)."""
    text = (
        "5月17日，习近平在西安主持中国－中亚峰会前夕，专门听取陕西省委和省政府工作汇报，省委书记赵一德汇报，"
        "省长赵刚等参加汇报会。\n中共中央政治局常委、中央办公厅主任蔡奇出席汇报会并陪同考察。"
    )
    roles = meeting_roles(extract_text(lac, text, "2023-05-17"))
    assert ("赵刚", "ATTENDED", "汇报会") in roles
    assert ("蔡奇", "ATTENDED", "汇报会") in roles
    assert not [r for r in roles if r[1] == "PRESIDED"]


def test_a_speech_on_a_visit_before_the_report_meeting_is_named_is_none_there(lac: LacExtractor) -> None:
    """习近平在江苏考察时强调 (the headline), …习近平强调，… at a site, and the article's last sentence …负责同志参加
    汇报会: what is said on the visit is not said at the report meeting named after it; 何立峰…陪同考察 before a
    clause with a group subject of its own attends nothing (xwlb 20230707_01, 20250520_01)."""
    text = (
        "习近平在江苏考察时强调 在推进中国式现代化中走在前做示范\n"
        "5日下午，习近平抵达苏州后，首先乘车前往苏州工业园区考察。在园区展示中心，习近平听取苏州市产业发展和园区整体情况"
        "介绍，察看创新发展成果展示。习近平强调，高科技园区在科技自立自强中承担着重大而光荣的历史使命。\n"
        "7日上午，习近平听取了江苏省委和省政府工作汇报，对江苏各项工作取得的成绩给予肯定。\n"
        "何立峰及中央和国家机关有关部门负责同志陪同考察，主题教育中央第六指导组负责同志参加汇报会。"
    )
    rec = extract_text(lac, text, "2023-07-07")
    assert "汇报会" in entity_names(rec, "Meeting")
    assert not meeting_roles(rec)


def test_land_and_sea_is_no_person(lac: LacExtractor) -> None:
    """坚持陆海统筹, 西部陆海新通道: 陆海 (land and sea) is a word of political prose the model reads as a name (xwlb
    20251106_01; also 20231010_06 and eight more items of the corpus)."""
    text = (
        "生态是海南一大优势，要守护好这份家底，坚持陆海统筹，持续抓好突出环境问题整治，高质量建设国家生态文明试验区。\n"
        "西部陆海新通道从最初的仅一条线路到如今形成一张辐射全国18个省区市的物流网络，中新（重庆）战略性互联互通示范项目"
        "不断深化，签约项目达到265个。"
    )
    assert "陆海" not in entity_names(extract_text(lac, text, "2025-11-06"), "Person")


def test_a_long_name_written_again_anywhere_is_that_person(lac: LacExtractor) -> None:
    """别克捷诺夫, found by the model only in the list of the first sentence, is that person again in 在会见别克捷诺夫时
    and 别克捷诺夫表示, so he speaks at the call (xwlb 20260623_03)."""
    text = (
        "标题：李强分别会见几内亚总理、哈萨克斯坦总理、韩国总理、蒙古国总理、黑山总理\n"
        "央视网消息（新闻联播）：6月23日，国务院总理李强在大连分别会见来华出席2026年夏季达沃斯论坛的几内亚总理乌里·巴、"
        "哈萨克斯坦总理别克捷诺夫、韩国总理金民锡、蒙古国总理乌其尔勒和黑山总理斯帕伊奇。\n"
        "在会见别克捷诺夫时，李强表示，中方愿同哈方深化经贸、能矿、互联互通、人文等领域合作，携手构建中哈命运共同体。\n"
        "别克捷诺夫表示，两国元首引领哈中关系进入新的“黄金30年”。"
    )
    rec = extract_text(lac, text, "2026-06-23")
    call = next(n for n in entity_names(rec, "Meeting") if n.startswith("会见"))
    assert ("别克捷诺夫", "SPOKE_AT", call) in meeting_roles(rec)


def test_a_transliterated_name_of_three_with_no_surname_written_again_is_that_person(lac: LacExtractor) -> None:
    """奥马吉 (no surname first, every character a transliteration's), found by the model only in the call's sentence,
    is that person again in 奥马吉表示, so she speaks at the call (the whole item, xwlb 20260421_06)."""
    text = (
        "赵乐际会见欧洲议会副议长\n"
        "央视网消息（新闻联播）：全国人大常委会委员长赵乐际21日在北京会见欧洲议会副议长奥马吉。\n"
        "赵乐际表示，习近平主席去年在北京会见欧盟领导人，为中欧关系发展指明方向。中方愿同欧方一道，落实好双方领导人重要"
        "共识和会晤成果，坚持伙伴定位，相互尊重、合作共赢，坚持多边主义，推动中欧关系行稳致远。立法机构交往是中欧关系的"
        "重要组成部分。中国全国人大同欧洲议会交流机制为增进相互了解、推动务实合作发挥了重要作用。希望双方扩大交流合作，"
        "助力中欧关系实现更大发展。\n"
        "奥马吉表示，欧中立法机构恢复正常交往并取得积极进展，展现了双方推动欧中关系发展的政治意愿。欧洲议会坚持一个中国"
        "政策，愿秉持坦诚和相互尊重精神加强同中国全国人大的对话交流。"
    )
    rec = extract_text(lac, text, "2026-04-21")
    call = next(n for n in entity_names(rec, "Meeting") if n.startswith("会见"))
    assert ("奥马吉", "SPOKE_AT", call) in meeting_roles(rec)


def test_a_meeting_told_in_a_speech_after_the_lead_leaves_the_call_the_event(lac: LacExtractor) -> None:
    """赵乐际…同秘鲁国会主席萨卢安纳举行会谈。赵乐际表示，…习近平主席赴秘鲁出席亚太经合组织第三十一次领导人非正式会议…:
    a meeting named after the lead, in what the host says, does not stop the talks from being the article's event,
    and the attendance told there is no role (xwlb 20250106_04)."""
    text = (
        "标题：赵乐际同秘鲁国会主席举行会谈\n"
        "央视网消息（新闻联播）：全国人大常委会委员长赵乐际6日下午在人民大会堂同秘鲁国会主席萨卢安纳举行会谈。\n"
        "赵乐际表示，不久前，习近平主席赴秘鲁出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问。两国元首就"
        "中秘关系的战略性、全局性问题深入沟通，达成重要共识。\n"
        "萨卢安纳表示，秘鲁坚定恪守一个中国原则，高度评价并支持习近平主席提出的系列全球倡议。\n"
        "武维华参加会谈。"
    )
    rec = extract_text(lac, text, "2025-01-06")
    roles = meeting_roles(rec)
    talks = next(n for n in entity_names(rec, "Meeting") if n.startswith("会谈"))
    assert {("赵乐际", "SPOKE_AT", talks), ("萨卢安纳", "SPOKE_AT", talks), ("武维华", "ATTENDED", talks)} <= roles
    assert not [r for r in roles if r[2] == "亚太经合组织第三十一次领导人非正式会议"]


def test_a_span_kept_as_a_person_is_no_place(lac: LacExtractor) -> None:
    """澳大利亚维多利亚州前州长安德鲁斯: the model's place 长安 runs into the name kept as a person (安德鲁斯), so it is
    no place (xwlb 20250903_01; also 乌其尔勒 and 洛桑江村 in three more items)."""
    text = (
        "出席大会的国际贵宾有：日本前首相鸠山由纪夫，瑞士前联邦主席兼财政部长毛雷尔，比利时前首相莱特姆，希腊前总理"
        "帕潘德里欧，意大利前总理达莱马，罗马尼亚前总理讷斯塔塞、登奇勒，新西兰前总理克拉克、约翰·基，澳大利亚维多利亚州"
        "前州长安德鲁斯。"
    )
    rec = extract_text(lac, text, "2025-09-03")
    assert "安德鲁斯" in entity_names(rec, "Person")
    assert "长安" not in entity_names(rec, "Place")


def test_a_guest_who_appraises_then_says_speaks_at_the_call(lac: LacExtractor) -> None:
    """苏林积极评价越中两党两国关系，表示愿…: an appraisal clause before 表示, the guest of the call speaks there
    (xwlb 20230913_05)."""
    text = (
        "标题：蔡奇会见越共中央政治局委员、公安部部长苏林\n"
        "央视网消息（新闻联播）：9月13日，中共中央政治局常委、中央书记处书记蔡奇在京会见越共中央政治局委员、公安部部长苏林。\n"
        "苏林积极评价越中两党两国关系，表示愿与中方共同努力，不断加强越中各领域务实合作。\n"
        "王小洪参加会见。"
    )
    rec = extract_text(lac, text, "2023-09-13")
    call = next(n for n in entity_names(rec, "Meeting") if n.startswith("会见"))
    assert ("苏林", "SPOKE_AT", call) in meeting_roles(rec)


def test_a_speech_after_the_report_heard_since_the_visits_is_at_the_report_meeting(lac: LacExtractor) -> None:
    """…习近平来到…白马寺考察，…。他指出，… on a visit, then 20日上午，习近平听取河南省委和省政府工作汇报，…。
    习近平指出，…: what is said after the report heard since the last visit is said at the report meeting the
    article's last sentence names (…负责同志参加汇报会), what is said on the visit is not (xwlb 20250520_01)."""
    text = (
        "习近平在河南考察时强调 坚定信心推动高质量发展高效能治理\n"
        "随后，习近平来到始建于东汉年间的白马寺考察，详细了解佛教中国化和寺院文物保护情况。他指出，白马寺见证了佛教传入、"
        "发展并不断中国化的进程。历史证明，坚持我国宗教中国化方向是完全正确的，要积极引导宗教同中华优秀传统文化相融合、"
        "与社会主义社会相适应。\n"
        "20日上午，习近平听取河南省委和省政府工作汇报，对河南各方面取得的成绩给予肯定，对下一步工作提出要求。\n"
        "习近平指出，高质量发展是中国式现代化的必然要求。\n"
        "何立峰及中央和国家机关有关部门负责同志陪同考察，深入贯彻中央八项规定精神学习教育中央第二指导组负责同志参加汇报会。"
    )
    rec = extract_text(lac, text, "2025-05-20")
    speeches = [r for r in rec["relations"] if r["type"] == "SPOKE_AT" and r["target"] == "汇报会"]
    assert [r["evidence"]["text"][:6] for r in speeches] == ["习近平指出，"]
    assert ("何立峰", "ATTENDED", "汇报会") not in meeting_roles(rec)
