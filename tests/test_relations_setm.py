"""Rules that blind set M (tests/golden/make_blind_m.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.evaluate import to_extract_record
from kg.model import Article
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from tests.sentences import extract_text, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


# xwlb 20240911_09 (20240626_08 and 20241106_07 are worded alike)
_TALK = (
    "标题：赵乐际同全国人大常委会会议列席代表座谈\n"
    "中共中央政治局常委、全国人大常委会委员长赵乐际11日上午同列席十四届全国人大常委会第11次会议的全国人大代表"
    "座谈交流。他强调，人大代表要深入学习贯彻习近平新时代中国特色社会主义思想。\n"
    "座谈会上，代表们围绕做好代表工作等提出意见建议。赵乐际认真倾听，同代表深入交流。\n"
    "赵乐际指出，要丰富代表联系群众的内容，积极主动宣传党中央大政方针、宪法法律。\n"
    "李鸿忠主持座谈会。"
)


def test_roles_go_to_the_unnamed_talk_not_to_the_session_its_guests_sit_in_on(lac: LacExtractor) -> None:
    """The unnamed talk (座谈会上) is looked up by offset among the named meetings (they were not sorted), and
    列席…会议的代表 / 列席代表 are the deputies who sit in, not the host's attendance."""
    roles = meeting_roles(extract_text(lac, _TALK, "2024-09-11"))
    assert ("赵乐际", "SPOKE_AT", "座谈会") in roles
    assert ("李鸿忠", "PRESIDED", "座谈会") in roles
    assert not {r for r in roles if r[1] == "ATTENDED"}
    assert not {r for r in roles if "第11次会议" in r[2] or "第十一次会议" in r[2]}


def test_who_meets_those_attending_a_meeting_does_not_attend_it(lac: LacExtractor) -> None:
    rec = extract_text(
        lac,
        "中共中央总书记、国家主席、中央军委主席习近平29日在北京人民大会堂接见参加2023年度驻外使节工作会议的全体使节"
        "并发表重要讲话。",
        "2023-12-29",
    )
    assert not {r for r in meeting_roles(rec) if r[1] == "ATTENDED"}


def test_a_session_to_be_convened_and_a_speech_relayed_get_no_role(lac: LacExtractor) -> None:
    """关于召开…的决定 names a session not held; a body's 召开会议 is held, so 主持 goes to it, not to the Politburo
    meeting whose speech it relays."""
    opening = meeting_roles(
        extract_text(
            lac,
            "政协第十四届全国委员会常务委员会第十五次会议3月1日上午在北京开幕。\n"
            "会议审议通过关于召开政协第十四届全国委员会第四次会议的决定。\n"
            "中共中央政治局委员、全国政协副主席石泰峰主持开幕会。",
            "2026-03-01",
        )
    )
    assert opening == {("石泰峰", "PRESIDED", "全国政协十四届常委会第十五次会议")}
    group = meeting_roles(
        extract_text(
            lac,
            "中共全国政协党组1月14日召开会议，传达学习贯彻习近平总书记在中央政治局常委会会议听取全国政协党组工作汇报时的"
            "重要讲话精神。中共中央政治局常委、全国政协主席、党组书记王沪宁主持并讲话。",
            "2026-01-14",
        )
    )
    assert group == {("王沪宁", "PRESIDED", "中共全国政协党组会议"), ("王沪宁", "SPOKE_AT", "中共全国政协党组会议")}


def test_a_named_speaker_with_others_speaks(lac: LacExtractor) -> None:
    """NAME等 + 分别|先后|就: the named one is one of those who report or speak (xwlb 20260301_03, 20251027_11)."""
    for text in (
        "政协第十四届全国委员会常务委员会第十五次会议3月1日上午在北京开幕。\n"
        "全国政协副主席兼秘书长王东峰等分别就有关议题作报告和说明。",
        "政协第十四届全国委员会常务委员会第十五次会议3月1日上午在北京开幕。\n"
        "全国政协副主席兼秘书长王东峰等就有关议题作说明。",
    ):
        assert ("王东峰", "SPOKE_AT", "全国政协十四届常委会第十五次会议") in meeting_roles(
            extract_text(lac, text, "2026-03-01")
        )


def test_a_launch_ceremony_is_held_and_its_weeks_are_no_person(lac: LacExtractor) -> None:
    """启动式 is a meeting head; 周暨 (…活动周暨北京…) and 周启动式 (…科技周启动式) are no names (xwlb 20230520_04)."""
    rec = extract_text(
        lac,
        "标题：丁薛祥出席2023年全国科技活动周暨北京科技周启动式活动\n"
        "央视网消息（新闻联播）：2023年全国科技活动周暨北京科技周启动式5月20日在京举办。"
        "中共中央政治局常委、国务院副总理丁薛祥出席启动式。",
        "2023-05-20",
    )
    persons = {e["name"] for e in rec["entities"] if e["type"] == "Person"}
    assert persons == {"丁薛祥"}
    assert ("丁薛祥", "ATTENDED", "全国科技活动周暨北京科技周启动式") in meeting_roles(rec)


def test_every_committee_of_a_list_is_a_body(lac: LacExtractor) -> None:
    """A 、-list of a national body's committees (经济 inside a name; the first read whole with its term)."""
    rec = extract_text(
        lac,
        "会议听取了全国人大常委会秘书长杨振武作的关于全国人大民族委员会、监察和司法委员会、财政经济委员会、"
        "教育科学文化卫生委员会、外事委员会、环境与资源保护委员会、社会建设委员会等7个专门委员会的代表议案审议结果报告"
        "审议情况的汇报。",
        "2022-10-29",
    )
    orgs = {e["name"] for e in rec["entities"] if e["type"] == "Organization"}
    assert {"财政经济委员会", "环境与资源保护委员会", "社会建设委员会"} <= orgs
    assert "资源保护委员会" not in orgs


def test_a_revoked_seat_is_a_post_removed(lac: LacExtractor) -> None:
    rec = extract_text(
        lac,
        "会议审议通过关于撤销唐勇、党彦宝、李民吉政协第十四届全国委员会委员资格的决定，"
        "提请全国政协十四届常委会第十二次会议追认。",
        "2025-03-26",
    )
    posts = {(r["source"], r["target"], r["status"]) for r in rec["relations"] if r["type"] == "HOLDS_POSITION"}
    assert {(n, "全国政协", "removed") for n in ("唐勇", "党彦宝", "李民吉")} <= posts


def test_he_says_after_a_talk_of_the_sentence_before(lac: LacExtractor) -> None:
    """座谈交流 closing its clause is an unnamed talk held; 他表示 right after the sentence of its one person is said
    there (xwlb 20240705_10); none after a sentence of a visit with no talk."""
    rec = extract_text(
        lac,
        "丁薛祥来到中国汽车技术研究中心有限公司，了解企业自主创新等情况。他指出，要推动科技创新和产业创新深度融合。"
        "在天开高教科创园，丁薛祥与创投机构、科创企业负责人座谈交流。他表示，政府和市场要共同发挥作用。",
        "2024-07-05",
    )
    assert meeting_roles(rec) == {("丁薛祥", "SPOKE_AT", "座谈会")}
    assert {e["name"] for e in rec["entities"] if e["type"] == "Meeting"} == {"座谈会"}


def test_who_announces_the_start_speaks_at_the_ceremony(lac: LacExtractor) -> None:
    """宣布…开始|启动 by the one person of its sentence is said at the ceremony held (启动仪式 a head too)."""
    rec = extract_text(
        lac,
        "央视网消息（新闻联播）：成都第31届世界大学生夏季运动会火炬传递启动仪式10日在京举行。"
        "中共中央政治局常委、国务院副总理丁薛祥出席仪式，点燃成都大运会火炬，并宣布火炬传递开始。",
        "2023-06-10",
    )
    meeting = "成都第31届世界大学生夏季运动会火炬传递启动仪式"
    assert {("丁薛祥", "ATTENDED", meeting), ("丁薛祥", "SPOKE_AT", meeting)} <= meeting_roles(rec)


def test_an_unnamed_talk_is_written_as_the_text_writes_it_and_stays_one_node_per_day(lac: LacExtractor) -> None:
    """The record of each article names the unnamed talk 座谈会, as the text (and the gold, and a reader) calls it;
    the graph keeps the article's day in the entity's name, so two articles' talks stay two nodes in a store."""
    talk = "在天开高教科创园，丁薛祥与创投机构、科创企业负责人座谈交流。他表示，政府和市场要共同发挥作用。"
    graphs = extract_graphs(
        [Article(id="a", text=talk, date="2024-07-05"), Article(id="b", text=talk, date="2024-08-01")], lac
    )
    meetings = [[e for e in g.entities if e.label == "Meeting"] for g in graphs]
    assert [[e.name for e in m] for m in meetings] == [["座谈会（2024-07-05）"], ["座谈会（2024-08-01）"]]
    for graph in graphs:
        rec = to_extract_record(graph)
        assert [e["name"] for e in rec["entities"] if e["type"] == "Meeting"] == ["座谈会"]
        assert meeting_roles(rec) == {("丁薛祥", "SPOKE_AT", "座谈会")}
