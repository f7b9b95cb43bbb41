"""The rule table on real corpus sentences, through the real LAC backend."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from kg.relations.registry import RULE_IDS


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def graph(lac: LacExtractor, text: str):  # type: ignore[no-untyped-def]
    g = extract_graphs([Article(id="t", text=text, date="2022-06-04")], lac)[0]
    names = {e.id: e.name for e in g.entities}
    for r in g.relations:  # evidence slices back to its sentence
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text
        assert r.evidence.rule in RULE_IDS
    rels = {(r.type, names.get(r.source), names.get(r.target, r.target), r.title) for r in g.relations}
    return g, rels


def test_title_chain_and_implicit_region(lac: LacExtractor) -> None:
    _g, rels = graph(
        lac, "4月3日,许昌市41名援鄂医疗队队员回家。市委书记胡五岳,市长史根治,市委常委、市委秘书长王志宏前往集中休养点。"
    )
    assert ("HOLDS_POSITION", "胡五岳", "许昌市委", "市委书记") in rels
    assert ("HOLDS_POSITION", "史根治", "许昌市人民政府", "市长") in rels
    assert ("HOLDS_POSITION", "王志宏", "许昌市委", "市委常委") in rels
    assert ("HOLDS_POSITION", "王志宏", "许昌市委", "市委秘书长") in rels


def test_shared_title_and_attendance(lac: LacExtractor) -> None:
    _g, rels = graph(lac, "全县经济工作会议召开。县委常委张成群、陈迪、杨丽萍出席会议。")
    for n in ("张成群", "陈迪", "杨丽萍"):
        assert ("HOLDS_POSITION", n, "县委", "县委常委") in rels
        assert ("ATTENDED", n, "全县经济工作会议", None) in rels


def test_acting_title_boundary(lac: LacExtractor) -> None:
    g, rels = graph(lac, "全区安全生产工作会议召开。代区长安文哲主持会议。")
    assert ("PRESIDED", "安文哲", "全区安全生产工作会议", None) in rels
    st = {r.status for r in g.relations if r.type == "HOLDS_POSITION"}
    assert st == {"acting"}


def test_entrusted_presider(lac: LacExtractor) -> None:
    _g, rels = graph(lac, "全县脱贫攻坚推进会召开。受县委书记许红兵委托，王代强主持会议。")
    roles = {(t, s) for t, s, _o, _ti in rels if t == "PRESIDED"}
    assert roles == {("PRESIDED", "王代强")}


def test_meeting_roles_from_xuchang_daily(lac: LacExtractor) -> None:
    text = ("6月3日,全市领导干部会议暨创新驱动制造业高质量发展会议召开。市委书记史根治主持会议并讲话。"
            "市长刘涛部署具体工作。市领导马正兰、王堃、刘保新和其他市领导参加会议。")  # fmt: skip
    _g, rels = graph(lac, text)
    m = "全市领导干部会议暨创新驱动制造业高质量发展会议"
    assert {("PRESIDED", "史根治", m, None), ("SPOKE_AT", "史根治", m, None), ("SPOKE_AT", "刘涛", m, None)} <= rels
    assert {("ATTENDED", n, m, None) for n in ("马正兰", "王堃", "刘保新")} <= rels
    assert ("ATTENDED", "刘涛", m, None) not in rels


def test_bylines_are_reporters_not_actors(lac: LacExtractor) -> None:
    text = "本报讯(记者王利辉 石冠兵)6月3日,全市领导干部会议召开。\n本报记者牛书培摄\n"
    _g, rels = graph(lac, text)
    assert ("REPORTED", "王利辉", "Article:t", None) in rels and ("REPORTED", "石冠兵", "Article:t", None) in rels
    assert ("PHOTOGRAPHED", "牛书培", "Article:t", None) in rels
    assert not any(t in ("PRESIDED", "ATTENDED", "SPOKE_AT") for t, *_ in rels)


def test_documents_initiatives_and_issuer(lac: LacExtractor) -> None:
    text = ("今年以来,共青团禹州市委结合河南省“人人持证、技能河南”建设工作,"
        "制定出台了《共青团禹州市委贯彻落实“人人持证、技能河南”建设工作方案》。"
            "深化“放管服效”改革。完成“三化三制”和“管委会+公司”改革。会上齐唱《义勇军进行曲》。")  # fmt: skip
    g, rels = graph(lac, text)
    docs = {e.name for e in g.entities if e.label == "Document"}
    assert docs == {"共青团禹州市委贯彻落实“人人持证、技能河南”建设工作方案"}
    inits = {e.name for e in g.entities if e.label == "Initiative"}
    assert {"“放管服效”改革", "“管委会+公司”改革", "“三化三制”"} <= inits
    assert any(t == "ISSUED" and s == "共青团禹州市委" for t, s, _o, _ti in rels)


def test_subunit_part_of(lac: LacExtractor) -> None:
    _g, rels = graph(lac, "“此次培训很有意义!”参加培训的禹州市公交公司团支部书记丁宁说。")
    assert ("HOLDS_POSITION", "丁宁", "禹州市公交公司团支部", "禹州市公交公司团支部书记") in rels
    assert ("PART_OF", "禹州市公交公司团支部", "禹州市公交公司", None) in rels


def test_appointment_status(lac: LacExtractor) -> None:
    g, _rels = graph(lac, "会议决定任命王勇为许昌市人民政府副市长。")
    st = {(r.title, r.status, r.date) for r in g.relations if r.type == "HOLDS_POSITION"}
    assert ("许昌市人民政府副市长", "appointed", "2022-06-04") in st


def test_role_never_goes_to_a_meeting_the_article_only_cites(lac: LacExtractor) -> None:
    """xwlb 20240911_09 shape: 党的十八大以来 is cited, 李鸿忠主持座谈会 names no meeting of its own."""
    _g, rels = graph(lac, "党的十八大以来，各地区各部门认真贯彻落实党中央决策部署。李鸿忠主持座谈会。")
    assert not {r for r in rels if r[0] in ("PRESIDED", "SPOKE_AT", "ATTENDED")}
    _g, rels = graph(lac, "韩正强调，今年是全面贯彻党的二十大精神的开局之年。")
    assert ("SPOKE_AT", "韩正", "党的二十大", None) not in rels


def test_no_speech_in_a_paragraph_of_what_the_meeting_said(lac: LacExtractor) -> None:
    """../shared/corpus/pool/p001.txt (blind set E), simplified: the meeting relays a speech, nobody speaks."""
    text = (
        "3月19日上午,市委常委会召开第九次扩大会议,传达学习全国两会精神。市委书记陈俊主持会议。\n"
        "会议指出,十三届全国人大二次会议是在决胜全面建成小康社会关键之年召开的一次重要会议。"
        "大会期间,习近平总书记发表了一系列重要讲话,为我们做好新形势下各项工作提供了科学指引。"
    )
    _g, rels = graph(lac, text)
    roles = {(r[0], r[1]) for r in rels if r[0] in ("PRESIDED", "SPOKE_AT", "ATTENDED")}
    assert roles == {("PRESIDED", "陈俊")}


def test_posts_taken_and_left_after_the_name(lac: LacExtractor) -> None:
    """../shared/corpus/pool/p010.txt (blind set E), simplified: 任, 兼任, 不再担任, with the body's region."""
    text = (
        "8月27日上午,芗城区召开全区领导干部大会,宣布芗城区主要领导任免决定:胡栋良同志任中共漳州市芗城区委委员、常委、书记;"
        "侯为东同志不再担任中共漳州市芗城区委书记、常委、委员职务。\n"
        "8月27日下午,古雷开发区召开领导干部大会,宣布开发区主要领导任免决定:"
        "漳州市副市长侯为东兼任中共漳州市委古雷港经济开发区工作委员会委员、副书记,漳州古雷港经济开发区管委会主任。"
    )
    g, _rels = graph(lac, text)
    names = {e.id: e.name for e in g.entities}
    posts = {(names[r.source], r.title, names[r.target], r.status) for r in g.relations if r.type == "HOLDS_POSITION"}
    assert ("胡栋良", "书记", "漳州市芗城区委", "appointed") in posts
    assert ("侯为东", "常委", "漳州市芗城区委", "removed") in posts
    assert ("侯为东", "漳州古雷港经济开发区管委会主任", "漳州古雷港经济开发区管委会", "appointed") in posts
    # a career history gives no post, and 提名为…候选人 is none
    _g, rels = graph(lac, "一九八五年，江泽民同志任上海市市长、中共上海市委副书记。")
    assert not {r for r in rels if r[0] == "HOLDS_POSITION"}


def test_he_before_a_bare_level_is_a_conjunction(lac: LacExtractor) -> None:
    # ../shared/corpus/pool/p003.txt: 会议和县十六届… names no county 和县
    text = (
        "3月21日下午,县委副书记、县长房志荣主持召开县政府党组(扩大)会议和县十六届第9次政府常务会议。"
        "县人大、县政协相关领导列席会议。"
    )
    g, rels = graph(lac, text)
    assert not any("和县" in e.name for e in g.entities)
    assert ("HOLDS_POSITION", "房志荣", "县人民政府", "县长") in rels


def test_party_committee_and_government_run_together_are_no_body(lac: LacExtractor) -> None:
    # ../shared/corpus/pool/p014.txt: 市委政府 is 市委 and 市政府, no body of that name
    text = "王学武在座谈中表示,市委政府将一如既往地支持工业发展,引导并服务企业转型升级。"
    g, _rels = graph(lac, text)
    assert not any(e.name.endswith("委政府") for e in g.entities if e.label == "Organization")


def test_a_call_the_article_reports_is_its_event(lac: LacExtractor) -> None:
    # set K's p042: the call is no lead of the article (a ministry's tour); 参加有关活动 is no role at it
    text = (
        "外交部赴浙江、江苏举办“驻华使节地方行”活动\n"
        "近日,外交部分别赴浙江、江苏举办“驻华使节地方行”活动,来自近30个国家的40余位驻华使节和外交官参加。"
        "浙江省委书记、省人大常委会主任易炼红,江苏省副省长方伟分别会见使节团。外交部外事管理司司长陈立参加有关活动。"
    )
    g, rels = graph(lac, text)
    assert not [e for e in g.entities if e.label == "Meeting"]
    assert not {r for r in rels if r[0] in ("PRESIDED", "SPOKE_AT", "ATTENDED")}
    # corpus/xwlb/20230911_03.txt: host and guest of the headline's call speak at it
    _g, rels = graph(
        lac,
        "标题：李强会见欧洲理事会主席\n央视网消息（新闻联播）：当地时间10日，国务院总理李强在新德里会见欧洲理事会主席米歇尔。\n"
        "李强表示，中欧关系关乎全球格局稳定和亚欧大陆繁荣。\n米歇尔表示，中国繁荣有利于欧盟和世界。",
    )
    assert {(r[0], r[1]) for r in rels if r[0] == "SPOKE_AT"} == {("SPOKE_AT", "李强"), ("SPOKE_AT", "米歇尔")}


def test_a_past_mark_the_model_cut_as_a_name_keeps_the_next_name(lac: LacExtractor) -> None:
    # corpus/xwlb/20260424_09.txt: LAC reads 司原 as a name; 司长 after it is no title of it, 冯亚平 stays a person
    text = "重庆市政府原党组成员、副市长江敦涛，民政部规划财务司原司长冯亚平，大连海关原党委书记、关长刘大立。"
    g, _rels = graph(lac, text)
    assert "冯亚平" in {e.name for e in g.entities if e.label == "Person"}


def test_a_speech_after_a_visit_is_no_role_at_the_meeting_named_before(lac: LacExtractor) -> None:
    # ../shared/corpus/xwlb/20240825_02.txt: the conference is held (its theme opens the clause), the premier
    # visits its expo and speaks there; ../shared/corpus/pool/p021.txt: the same form names the rally
    text = (
        "中共中央政治局常委、国务院总理李强8月25日参观调研2024世界机器人博览会。\n"
        "以“共育新质生产力 共享智能新未来”为主题的2024世界机器人大会在北京举行。李强来到2024世界机器人博览会展馆，"
        "参观ABB、库卡等企业和机构的机器人展台，与相关单位负责人交流。\n"
        "李强强调，科技的生命力在于应用。"
    )
    g, rels = graph(lac, text)
    assert "2024世界机器人大会" in {e.name for e in g.entities if e.label == "Meeting"}
    assert not {r for r in rels if r[0] in ("PRESIDED", "SPOKE_AT", "ATTENDED")}
    # who presided keeps speaking at the meeting after a visit is told (习近平在上海调研期间专门召开这次座谈会)
    text = (
        "习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会。\n"
        "习近平在上海调研期间专门召开这次座谈会。\n习近平强调，长三角区域要加强科技创新和产业创新跨区域协同。"
    )
    _g, rels = graph(lac, text)
    assert ("SPOKE_AT", "习近平", "深入推进长三角一体化发展座谈会", None) in rels


def test_a_titled_speaker_says_at_the_one_meeting_held_before(lac: LacExtractor) -> None:
    # ../shared/corpus/pool/p021.txt (blind set J): 说 after the rally is held is said there
    text = (
        "今天,以“百年风华正青春,决胜冬奥共成长”为主题的冬奥青年出征大会在首钢滑雪大跳台举行。\n"
        "北京冬奥组委人力资源部部长闫成说,冬奥会是全球规模最大的冬季综合性体育盛会。"
    )
    _g, rels = graph(lac, text)
    assert ("SPOKE_AT", "闫成", "冬奥青年出征大会", None) in rels
    # none when the meeting is only cited, nor when the speaker is named before the meeting is held
    _g, rels = graph(lac, "要深入学习贯彻党的二十大精神。\n县委书记张明说,要抓好项目建设。")
    assert not {r for r in rels if r[0] == "SPOKE_AT"}
    text = "县委书记张明说,要抓好项目建设。\n全县项目建设推进会在县政府举行。"
    _g, rels = graph(lac, text)
    assert not {r for r in rels if r[0] == "SPOKE_AT"}


def test_those_talked_with_are_no_attendees_of_the_talk(lac: LacExtractor) -> None:
    # ../shared/corpus/pool/p030.txt (blind set I): 与…等进行座谈, those after 与 are the visit's hosts
    text = (
        "11月1日上午,李凤亮一行来到西湖大学,与西湖大学领导班子展开座谈。座谈会上,施一公校长介绍了西湖大学创新发展情况。\n"
        "11月2日下午,在上海科技大学调研期间,李凤亮一行参观了图书馆、书院,与党委书记李儒新、党委副书记吴强、"
        "副校长江舸等进行座谈。"
    )
    _g, rels = graph(lac, text)
    assert not {r for r in rels if r[0] == "ATTENDED"}
    # ../shared/gold/wide/texts/w15.txt: the subjects before 与 do attend
    text = "市委书记邢国辉、市长侯亮与考察团一行就深化两地合作、加强区域协同发展进行座谈。"
    _g, rels = graph(lac, text)
    assert {r[1] for r in rels if r[0] == "ATTENDED"} == {"邢国辉", "侯亮"}


def test_a_group_discussion_of_the_session_is_spoken_at_whatever_the_groups_name(lac: LacExtractor) -> None:
    # ../shared/corpus/xwlb/20260306_11.txt: 在参加…小组讨论时说, the group named in 15 characters as in 5
    text = (
        "央视网消息（新闻联播）：参加全国政协十四届四次会议的委员们在分组讨论时认为，人民政协要坚持以习近平新时代"
        "中国特色社会主义思想为指导。\n"
        "全国政协副主席梁振英在参加特邀香港人士界委员小组讨论时说，在以习近平同志为核心的中共中央坚强领导下，"
        "中国式现代化建设取得新的重大成就。\n"
        "全国政协副主席苏辉在参加台盟界委员小组讨论时说，台盟要在以习近平同志为核心的中共中央坚强领导下，落实全国两会精神。"
    )
    g = extract_graphs([Article(id="t", text=text, date="2026-03-06")], lac)[0]  # the session sits that day
    names = {e.id: e.name for e in g.entities}
    spoke = {(names[r.source], names[r.target]) for r in g.relations if r.type == "SPOKE_AT"}
    assert spoke == {("梁振英", "全国政协十四届四次会议"), ("苏辉", "全国政协十四届四次会议")}
