"""Rules that blind set O (tests/golden/make_blind_o.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, held_posts, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_a_tribute_ceremony_is_held_and_its_list_closed_by_etc_attends(lac: LacExtractor) -> None:
    """烈士纪念日向人民英雄敬献花篮仪式…举行 (敬献花篮仪式 a head, 向 + whom inside a tribute's name); NAME、…NAME等，
    同…一起出席仪式: every name of the list attends; 由…主持 presides (xwlb 20220930_01; 20230930_01, 20240930_01 and
    20250930_01 are the same ceremony)."""
    text = (
        "烈士纪念日向人民英雄敬献花篮仪式在京隆重举行\n"
        "央视网消息（新闻联播）：天地英雄气，千秋尚凛然。烈士纪念日向人民英雄敬献花篮仪式30日上午在北京天安门广场隆重"
        "举行。党和国家领导人习近平、李克强、栗战书、汪洋、王沪宁、赵乐际、韩正、王岐山等，同各界代表一起出席仪式。\n"
        "敬献花篮仪式由中共中央政治局委员、北京市委书记蔡奇主持。"
    )
    roles = meeting_roles(extract_text(lac, text, "2022-09-30"))
    held = "烈士纪念日向人民英雄敬献花篮仪式"
    assert {(x, "ATTENDED", held) for x in ("习近平", "李克强", "王岐山")} <= roles
    assert ("蔡奇", "PRESIDED", held) in roles


def test_a_welcome_is_no_event_of_its_own(lac: LacExtractor) -> None:
    """举办史无前例的盛大欢迎仪式 (a state visit's welcome, xwlb 20240511_04) names no meeting, nor does a bare
    举行仪式，欢迎… (xwlb 20230820_02): 仪式 alone is no meeting head, only kinds of it (签约仪式, 敬献花篮仪式)."""
    text = (
        "武契奇总统率前总统、议长、总理、外长等众多政要赴机场迎送，举办史无前例的盛大欢迎仪式。\n"
        "十多天后，习近平主席在人民大会堂东门外广场举行仪式，欢迎法国总统马克龙访华。"
    )
    assert not entity_names(extract_text(lac, text, "2024-05-11"), "Meeting")


def test_a_consultation_meeting_with_a_long_quoted_theme_is_held(lac: LacExtractor) -> None:
    """召开“…，…”专题协商会 (协商会 a head; a quoted theme of 17 characters with a comma right after 召开), and its
    attendees and presider have their roles (xwlb 20230712_04)."""
    text = (
        "央视网消息（新闻联播）：全国政协12日在京召开“统筹城乡融合发展，全面推进乡村振兴”专题协商会，中共中央政治局常委、"
        "全国政协主席王沪宁出席会议并讲话。\n"
        "中共中央政治局委员、全国政协副主席石泰峰主持上午的会议。"
    )
    roles = meeting_roles(extract_text(lac, text, "2023-07-12"))
    held = "“统筹城乡融合发展，全面推进乡村振兴”专题协商会"
    assert {("王沪宁", "ATTENDED", held), ("王沪宁", "SPOKE_AT", held), ("石泰峰", "PRESIDED", held)} <= roles


def test_the_commemorated_ones_relatives_attend_not_he(lac: LacExtractor) -> None:
    """乔石同志亲属、生前友好…参加座谈会: the relatives attend (xwlb 20241216_01; also the 毛泽东, 邓小平, 陈云 and
    胡耀邦 commemorations of the corpus)."""
    text = (
        "央视网消息（新闻联播）：中共中央16日上午在人民大会堂举行座谈会，纪念乔石同志诞辰100周年。\n"
        "李干杰、李书磊、李鸿忠、陈文清、王小洪、郝明金、苏辉出席座谈会。\n"
        "中央和国家机关有关部门、上海市、浙江省负责同志，乔石同志亲属、生前友好、原身边工作人员和家乡代表等参加座谈会。"
    )
    roles = meeting_roles(extract_text(lac, text, "2024-12-16"))
    assert ("李干杰", "ATTENDED") in {r[:2] for r in roles}
    assert not {r for r in roles if r[0] == "乔石"}


def test_music_in_book_marks_is_no_document(lac: LacExtractor) -> None:
    """吹响…《烈士纪念日号角》, 高唱《我们是共产主义接班人》: pieces of music, no documents (xwlb 20220930_01)."""
    text = (
        "中国人民解放军军乐团小号手吹响深沉悠远的《烈士纪念日号角》。默哀毕，手持鲜花的少年儿童面向人民英雄纪念碑高唱"
        "《我们是共产主义接班人》，并致少年先锋队队礼。会议审议通过了《关于推动盐碱地综合利用的指导意见》。"
    )
    assert entity_names(extract_text(lac, text, "2022-09-30"), "Document") == {"关于推动盐碱地综合利用的指导意见"}


def test_a_long_body_and_a_finance_commission_keep_their_chains(lac: LacExtractor) -> None:
    """A body of 19 characters before 原党委委员 keeps the chain (and the bare 副总经理 is its own, not the previous
    name's company: xwlb 20241226_06; also 20240424_10's 中国建设银行…博州分行); 财经 is a word of a body
    (中央财经委员会主任, xwlb 20230720_01); 代表 before a body ends the title (签约企业代表|…有限公司总经理)."""
    text = (
        "中国移动广西公司原党委委员、副总经理陈涛，中国农业发展银行辽宁省分行营业部原党委委员、副总经理颜鹏等人违规收受"
        "礼品礼金。中共中央总书记、国家主席、中央军委主席、中央财经委员会主任习近平主持召开中央财经委员会第二次会议。"
    )
    posts = held_posts(extract_text(lac, text, "2024-12-26"))
    assert ("颜鹏", "副总经理", "中国农业发展银行辽宁省分行营业部") in posts
    assert not {p for p in posts if p[0] == "颜鹏" and p[2] == "中国移动广西公司"}
    assert {("习近平", "中共中央总书记", "中共中央"), ("习近平", "中央财经委员会主任", "中央财经委员会")} <= posts
    rec = extract_text(lac, "签约企业代表东莞市蜀江新能源科技有限公司总经理曾伟表示，将加快项目建设。", "2021-01-01")
    assert ("曾伟", "东莞市蜀江新能源科技有限公司总经理", "东莞市蜀江新能源科技有限公司") in held_posts(rec)


def test_a_report_with_a_long_subject_is_spoken(lac: LacExtractor) -> None:
    """NAME作的 + 36 characters + 报告 is SPOKE_AT (xwlb 20240310_04)."""
    text = (
        "央视网消息（新闻联播）：十四届全国人大二次会议主席团常务主席第二次会议10日下午在北京人民大会堂举行。\n"
        "会议听取了全国人大宪法和法律委员会主任委员信春鹰作的全国人大宪法和法律委员会关于国务院组织法修订草案修改稿修改"
        "意见的报告，审议了国务院组织法修订草案表决稿。"
    )
    roles = meeting_roles(extract_text(lac, text, "2024-03-10"))
    assert ("信春鹰", "SPOKE_AT", "十四届全国人大二次会议主席团常务主席第二次会议") in roles


def test_each_leader_speaks_at_his_own_delegations_deliberation(lac: LacExtractor) -> None:
    """在参加X代表团审议时说 (or 参加…时说 with no 在, a day before, the short X团): ATTENDED and SPOKE_AT at that
    delegation's sitting, never at the next one's (xwlb 20230305_08, 20230306_10); 来到他所在的X代表团，同代表们一起
    审议 and 表示 after it (xwlb 20230305_06)."""
    text = (
        "央视网消息（新闻联播）：参加十四届全国人大一次会议的全国人大代表，今天（3月5日）下午开始分组审议政府工作报告。\n"
        "中共中央政治局委员、新疆维吾尔自治区党委书记马兴瑞在参加新疆代表团审议时说，过去五年极不寻常。\n"
        "中共中央政治局委员刘国中参加河南代表团审议时说，完全赞同政府工作报告。\n"
        "中共中央政治局委员、中央书记处书记李干杰5日在参加陕西代表团审议时说，我国发展取得辉煌成就。\n"
        "中共中央政治局委员李鸿忠在参加甘肃团审议时说，我国取得疫情防控重大决定性胜利。"
    )
    roles = meeting_roles(extract_text(lac, text, "2023-03-05"))
    for who, where in (("马兴瑞", "新疆代表团审议"), ("刘国中", "河南代表团审议"), ("李干杰", "陕西代表团审议"),
                       ("李鸿忠", "甘肃团审议")):  # fmt: skip
        assert {(who, "ATTENDED", where), (who, "SPOKE_AT", where)} <= roles
    assert {r[2] for r in roles if r[0] == "李鸿忠"} == {"甘肃团审议"}
    text = (
        "央视网消息（新闻联播）：国务院副总理韩正5日下午来到他所在的山东代表团，同代表们一起审议政府工作报告。\n"
        "在听取代表发言后，韩正表示，完全赞成李克强总理所作的政府工作报告。"
    )
    roles = meeting_roles(extract_text(lac, text, "2023-03-05"))
    assert {("韩正", "ATTENDED", "山东代表团审议"), ("韩正", "SPOKE_AT", "山东代表团审议")} <= roles


def test_the_experience_of_a_quoted_programme_names_it(lac: LacExtractor) -> None:
    """学习运用“千万工程”经验, 宣传阐释好“千万工程”的经验启示: a programme named by its head (xwlb 20230712_04 and
    five more items); a quoted characterisation with no 经验 after it stays none (搞“政绩工程”, xwlb 20260615_09)."""
    text = "要宣传阐释好“千万工程”的经验启示。要深入学习运用“千万工程”经验。要整治搞“政绩工程”、弄虚作假等问题。"
    assert entity_names(extract_text(lac, text, "2023-07-12"), "Initiative") == {"“千万工程”"}
