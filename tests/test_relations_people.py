"""People-side rules of issue 12 found on blind set G (tests/golden/make_blind_g.py) and the sets before it, each
on real corpus sentences through the real LAC backend: the post, its body and its status, and what must not
be produced (a wrong fact costs more than a missing one)."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from kg.relations.registry import RULE_IDS


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def facts(lac: LacExtractor, text: str) -> tuple[set[str], set[tuple[str | None, ...]]]:
    """The persons and (type, source, target, title, status, rule) of each relation of ``text``."""
    g = extract_graphs([Article(id="t", text=text, date="2024-01-01")], lac)[0]
    names = {e.id: e.name for e in g.entities}
    for r in g.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text
        assert r.evidence.rule in RULE_IDS
    rels = {
        (r.type, names.get(r.source), names.get(r.target, r.target), r.title, r.status, r.evidence.rule)
        for r in g.relations
    }
    return {e.name for e in g.entities if e.label == "Person"}, rels


def test_a_dotted_name_cut_by_the_model_is_one_person_and_is_removed(lac: LacExtractor) -> None:
    # corpus/pool/p008.txt: LAC reads 阿卜杜吉力力|·|阿卜来|提
    text = "会议表决通过了有关人事事项,决定免去阿卜杜吉力力·阿卜来提的嘉兴市南湖区人民政府副区长职务。"
    people, rels = facts(lac, text)
    name = "阿卜杜吉力力·阿卜来提"
    assert people == {name}
    assert (
        "HOLDS_POSITION",
        name,
        "嘉兴市南湖区人民政府",
        "嘉兴市南湖区人民政府副区长",
        "removed",
        "appointment.v1",
    ) in rels


def test_a_dotted_name_in_a_list_takes_its_whole_tail_but_no_verb(lac: LacExtractor) -> None:
    # corpus/xwlb: 阿不来提·阿不都热西提 in a 、-list; a verb after a dotted name stays out of it
    people, _rels = facts(lac, "授予青林、帕巴拉·格列朗杰、白立忱、陈奎元、阿不来提·阿不都热西提、李兆焯。")
    assert "阿不来提·阿不都热西提" in people and "阿不" not in people
    people, _rels = facts(lac, "吾哈斯·苏来曼出席会议。")
    assert not any(n.endswith(("出席", "出席会议")) for n in people)


def test_deputies_resigning_and_a_post_ended_with_it(lac: LacExtractor) -> None:
    _people, rels = facts(
        lac,
        "接受金静、夏峰、徐静辞去嘉兴市南湖区第十届人大代表职务,并由嘉兴市南湖区人民代表大会常务委员会予以公告。"
        "同时,徐静的嘉兴市南湖区第十届人民代表大会社会建设与民宗外侨委员会副主任委员职务相应终止,"
        "由嘉兴市南湖区人民代表大会常务委员会予以公告。",
    )
    for name in ("金静", "夏峰", "徐静"):
        assert ("HOLDS_POSITION", name, "嘉兴市南湖区人大", "嘉兴市南湖区第十届人大代表", "resigned",
                "appointment.v1") in rels  # fmt: skip
    committee = "嘉兴市南湖区人民代表大会社会建设与民宗外侨委员会"
    title = "嘉兴市南湖区第十届人民代表大会社会建设与民宗外侨委员会副主任委员"
    assert ("HOLDS_POSITION", "徐静", committee, title, "removed", "post_ended.v1") in rels
    # no seat is read where none is given up (a deputy only named)
    _people, rels = facts(lac, "全国人大代表张三出席会议。")
    assert not any(r[0] == "HOLDS_POSITION" and (r[3] or "").endswith("代表") for r in rels)


def test_kinship_words_after_a_name_and_unit_heads(lac: LacExtractor) -> None:
    # corpus/pool/p033.txt
    people, rels = facts(
        lac,
        "分别是鞍山市中级人民法院办公室主任陈坪其子结婚大操大办并违规收受礼金、营口盖州市综合执法局西城一中队中队长"
        "魏建宏以孩子升学为名违规操办升学宴并收受礼金。",
    )
    assert {"陈坪", "魏建宏"} <= people and "陈坪其子" not in people
    unit = "营口盖州市综合执法局西城一中队"
    assert ("HOLDS_POSITION", "魏建宏", unit, unit + "中队长", "held", "title_before_name.v1") in rels


def test_our_court_is_no_body(lac: LacExtractor) -> None:
    # corpus/pool/p043.txt: two courts named, so 我院 cannot be told; no body 我院 is made
    _people, rels = facts(
        lac,
        "市中院党组成员、政治部主任吕志伟深入到联系点——汤原县人民法院进行工作调研。我院党组书记、院长郑成章陪同调研。",
    )
    assert not any(r[2] in ("我院", "我院党组") for r in rels)


def test_the_deputy_post_before_an_acting_one(lac: LacExtractor) -> None:
    # ../shared/gold/wide/texts/w07.txt
    _people, rels = facts(lac, "会议以按表决器表决方式,决定郑皓副区长代理通州区人民政府区长职务。")
    assert ("HOLDS_POSITION", "郑皓", "通州区人民政府", "代理区长", "appointed", "acting_post.v1") in rels
    assert ("HOLDS_POSITION", "郑皓", "通州区人民政府", "副区长", "held", "acting_post.v1") in rels


def test_speakers_at_a_forum_with_a_title_after_the_name(lac: LacExtractor) -> None:
    # corpus/pool/p043.txt: 吕志伟主任首先宣读, 王刚局长通报
    _people, rels = facts(
        lac,
        "市中院党组成员、政治部主任吕志伟和党组成员、执行局局长王刚一行深入到汤原县人民法院进行工作调研。"
        "座谈会上,吕志伟主任首先宣读了中院领导深入联系点法院开展大讨论材料。王刚局长通报了我院执行工作各项指标落实情况。",
    )
    spoke = {r[1] for r in rels if r[0] == "SPOKE_AT"}
    assert spoke == {"吕志伟", "王刚"}


def test_a_meeting_named_in_what_is_read_out_is_not_the_one_spoken_at(lac: LacExtractor) -> None:
    # corpus/pool/p027.txt: 余保山宣读了…关于同意徽商集团召开第三次党代会的批复 at the mobilisation meeting
    _people, rels = facts(
        lac,
        "10月30日下午,集团召开第三次党代会动员部署工作会议,集团领导潘友华、陈琼、余保山、郑洪国出席会议。\n"
        "会上,党委委员、副总经理余保山宣读了省国资委党委关于同意徽商集团召开第三次党代会的批复。",
    )
    spoke = {r[2] for r in rels if r[0] == "SPOKE_AT" and r[1] == "余保山"}
    assert spoke == {"第三次党代会动员部署工作会议"}


def test_a_visit_of_a_past_year_is_no_visit_of_the_article_date(lac: LacExtractor) -> None:
    # corpus/xwlb/20250815_01.txt
    text = "2005年8月15日，时任浙江省委书记习近平同志在浙江安吉余村调研时，首次提出“绿水青山就是金山银山”的理念。"
    g = extract_graphs([Article(id="t", text=text, date="2025-08-15")], lac)[0]
    assert not [r for r in g.relations if r.type == "VISITED"]
    g = extract_graphs([Article(id="t", text=text.replace("2005年", "2025年"), date="2025-08-15")], lac)[0]
    assert [r for r in g.relations if r.type == "VISITED"]


def test_a_leading_former_mark_is_no_part_of_the_body(lac: LacExtractor) -> None:
    # issue 12 item 6 (原 is never glued into a body's name); 太原 and 汤原 are names, not marks
    _people, rels = facts(lac, "原市委书记张三出席会议。")
    assert {(r[2], r[3], r[4]) for r in rels if r[0] == "HOLDS_POSITION"} == {("市委", "市委书记", "former")}
    _people, rels = facts(lac, "太原市委书记张三出席会议。汤原县人民法院院长郑成章陪同。")
    posts = {(r[2], r[4]) for r in rels if r[0] == "HOLDS_POSITION"}
    assert posts == {("太原市委", "held"), ("汤原县人民法院", "held")}


def test_an_appointment_formula_goes_on_over_its_next_clause(lac: LacExtractor) -> None:
    # the form of issue 12 class 5 (任命甲、乙、丙为区人民政府副区长，丁为区财政局局长), with real names of w07
    _people, rels = facts(lac, "会议决定任命李春雨、何娇、徐莉为通州区人民政府副区长，郑皓为通州区财政局局长。")
    posts = {(r[1], r[2], r[4]) for r in rels if r[0] == "HOLDS_POSITION"}
    assert ("郑皓", "通州区财政局", "appointed") in posts
    assert {p for p, org, _s in posts if org == "通州区人民政府"} == {"李春雨", "何娇", "徐莉"}
    # a name after the formula that is no part of it (no 为) takes nothing
    _people, rels = facts(lac, "会议决定任命李春雨为通州区人民政府副区长，郑皓在会上讲话。")
    assert not any(r[0] == "HOLDS_POSITION" and r[1] == "郑皓" for r in rels)


def test_village_supervisors_and_a_rank_before_the_head(lac: LacExtractor) -> None:
    # issue 12 class 5: 村监会委员, 副局级巡视员
    _people, rels = facts(lac, "大王村村监会委员李七、市教育局副局级巡视员孙九参加会议。")
    posts = {(r[1], r[2]) for r in rels if r[0] == "HOLDS_POSITION"}
    assert posts == {("李七", "大王村村监会"), ("孙九", "市教育局")}


def test_a_concurrent_post_in_a_development_zone(lac: LacExtractor) -> None:
    # issue 12 class 5: 区委副书记、区长兼经开区党工委书记 (经开区 is a body, not 经 + 开区)
    _people, rels = facts(lac, "区委副书记、区长兼经开区党工委书记陈六出席会议。")
    assert {r[3] for r in rels if r[0] == "HOLDS_POSITION"} == {"区委副书记", "区长", "经开区党工委书记"}


def test_a_conjunction_or_zuo_swallowed_by_the_model_is_cut_off_the_name(lac: LacExtractor) -> None:
    # issue 12 classes 3 and 4: …主席张三和其他在职省级领导同志参加会议; 副市长刘五作说明; 作研讨交流
    text = (
        "3月1日,省委召开全省经济工作会议。省委书记王一主持会议,省委副书记、省长李二,省政协主席张三和其他在职省级"
        "领导同志参加会议。副省长刘五作说明。省长李二作研讨交流。"
    )
    people, rels = facts(lac, text)
    assert {"张三", "刘五"} <= people and not {"张三和", "刘五作"} & people
    assert {r[1] for r in rels if r[0] == "ATTENDED"} == {"李二", "张三"}
    assert {r[1] for r in rels if r[0] == "SPOKE_AT"} == {"刘五", "李二"}
    # names that do end in 和 stay whole
    people, _rels = facts(lac, "张永和、李建和其他同志参加会议。")
    assert {"张永和", "李建"} <= people


def test_offices_federations_parties_and_presidiums_are_bodies_of_their_own(lac: LacExtractor) -> None:
    # corpus/xwlb (20230305_08, 20230914_08, 20250903_01): the post was given to the body before it
    cases = {
        "中共中央政治局委员、中央外办主任王毅出席。": ("王毅", "中央外办"),
        "全国人大常委会副委员长、中国文联主席铁凝出席。": ("铁凝", "中国文联"),
        "保加利亚政府副总理、社会党主席扎菲罗夫出席。": ("扎菲罗夫", "社会党"),
    }
    for text, (name, body) in cases.items():
        _people, rels = facts(lac, text)
        posts = {(r[2], r[3]) for r in rels if r[0] == "HOLDS_POSITION" and r[1] == name}
        assert body in {org for org, _t in posts}, (text, posts)
        assert all(org == body or title.startswith(org[:2]) for org, title in posts), posts
    # a head of a body of its own after a body kg cannot read is left out, not given to the body before it
    _people, rels = facts(lac, "朝鲜劳动党总书记、国务委员长金正恩出席。")
    assert not [r for r in rels if r[0] == "HOLDS_POSITION" and r[3] == "国务委员长"]


def test_a_conjunction_or_a_verb_start_glued_after_a_longer_name_is_cut_off(lac: LacExtractor) -> None:
    # corpus/xwlb/20240424_10.txt and 20260802_08.txt
    people, _rels = facts(lac, "兵团第六师副师长、五家渠市副市长闫盛红及兵团教育局党组成员、副局长张三出席。")
    assert "闫盛红" in people and "闫盛红及" not in people
    people, _rels = facts(lac, "土耳其外交部长费丹和沙特外交大臣费萨尔通电话。")
    assert "费萨尔" in people and "费萨尔通" not in people


def test_a_party_congress_or_plenum_only_named_takes_no_role(lac: LacExtractor) -> None:
    # corpus/xwlb/20240730_04.txt: the plenum is named in the topic and in a cited speech; no role there
    text = (
        "中共中央政治局委员、国务院副总理刘国中出席会议并讲话。刘国中围绕深入学习领会习近平总书记在党的二十届三中全会"
        "上的重要讲话和《决定》精神进行系统阐释和深入解读。"
    )
    _people, rels = facts(lac, text)
    assert not [r for r in rels if r[0] in ("SPOKE_AT", "ATTENDED", "PRESIDED") and "三中全会" in (r[2] or "")]


def test_a_given_name_ending_in_cai_after_a_title(lac: LacExtractor) -> None:
    # issue 12 class 7 (…才 cut by LAC): 才 after a titled name before 说 ends the name; elsewhere an adverb
    people, _rels = facts(lac, "镇长陈嘉才说,要加快发展。")
    assert "陈嘉才" in people
    people, _rels = facts(lac, "村民张三才说完。")
    assert "张三才" not in people


def test_a_name_after_a_title_ends_before_zuo_and_a_report() -> None:
    # ../shared/gold/wide/texts/w13.txt: 县委副书记唐山原作第十次党代会筹备工作报告 (the meeting finder still glues
    # that clause into a meeting name, so the name is read here, at the function that finds it)
    from kg.relations.persons import name_after_title

    text = "县委副书记唐山原作第十次党代会筹备工作报告"
    assert name_after_title(text, text.index("唐")) == (5, 8)
    assert name_after_title("县委副书记唐山原来在这里", 5) is None


def test_no_person_made_of_a_site_stem_or_a_verb_before_discipline(lac: LacExtractor) -> None:
    # ../shared/gold/wide/texts/w18.txt and w13.txt
    people, _rels = facts(lac, "调研中,宋骥先后前往了丹橙现代农业园区、桔橙小镇项目建设现场。")
    assert people == {"宋骥"}
    people, _rels = facts(lac, "会议期间,通过加强组织领导,规范操作程序,严明工作纪律,圆满完成了大会各项议程。")
    assert "严明" not in people
    # a titled name is a name whatever follows it
    people, _rels = facts(lac, "县纪委书记严明纪律严明地主持会议。")
    assert "严明" in people


def test_one_post_written_with_and_without_its_place_has_one_title(lac: LacExtractor) -> None:
    # corpus/pool/p010.txt (traditional in the original): 任命侯为东为漳州市人民政府副市长 … 漳州市副市长侯为东兼任…
    text = (
        "8月27日上午,漳州市十六届人大常委会召开第二十三次会议。会议决定任命侯为东为漳州市人民政府副市长。"
        "8月27日下午,古雷开发区召开领导干部大会。漳州市副市长侯为东兼任漳州古雷港经济开发区管委会主任。"
    )
    _people, rels = facts(lac, text)
    titles = {r[3] for r in rels if r[0] == "HOLDS_POSITION" and r[1] == "侯为东" and r[2] == "漳州市人民政府"}
    assert titles == {"漳州市副市长"}
    statuses = {r[4] for r in rels if r[0] == "HOLDS_POSITION" and r[2] == "漳州市人民政府"}
    assert statuses == {"appointed", "held"}  # both relations and their evidence stay
    # a qualifier makes another post
    _people, rels = facts(lac, "常务副市长王五出席会议。市长王五主持会议。")
    assert {r[3] for r in rels if r[0] == "HOLDS_POSITION"} == {"常务副市长", "市长"}


def test_a_front_row_of_the_rostrum_lists_attendees_of_the_session_held(lac: LacExtractor) -> None:
    # corpus/pool/p013.txt (set H): 在主席台前排就座 after a list with a title before its names; the session of
    # 2011 is held in the article (an article of 2024 citing it would give no roles, so no date here)
    text = (
        "中国人民政治协商会议第十一届全国委员会第四次会议3日下午在人民大会堂开幕。\n"
        "全国政协主席贾庆林,全国政协副主席王刚、廖晖、杜青林在主席台前排就座。"
    )
    g = extract_graphs([Article(id="t", text=text)], lac)[0]
    names = {e.id: e.name for e in g.entities}
    attended = {names[r.source] for r in g.relations if r.type == "ATTENDED" and r.evidence.rule == "attended.v1"}
    assert attended == {"贾庆林", "王刚", "廖晖", "杜青林"}
    assert {names[r.target] for r in g.relations if r.type == "ATTENDED"} == {"全国政协十一届四次会议"}


def test_a_list_that_makes_work_arrangements_in_turn_speaks_at_the_meeting(lac: LacExtractor) -> None:
    # corpus/pool/p004.txt (set H, here in simplified script): 分别做工作安排 after a 、-list of names
    text = "8月2日,县政府召开第十八届县人民政府第四次全体会议。\n会上,施金龙、王立琛、黎旭分别做工作安排。"
    _people, rels = facts(lac, text)
    spoke = {(s, t) for typ, s, t, *_rest in rels if typ == "SPOKE_AT"}
    assert {s for s, _t in spoke} == {"施金龙", "王立琛", "黎旭"}


def test_a_bare_head_takes_the_body_of_its_kind_a_post_before_in_the_sentence_named(lac: LacExtractor) -> None:
    # ../shared/corpus/pool/p031.txt (blind set J): the university writes itself 学校 (学校董事长); its 校长 and
    # 副校长 are the 学校's, though a 党委 post comes first in their chains
    text = (
        "2月20日上午,省政府参事、学校董事长王叙平,督导专员、党委书记熊健,党委副书记、校长周建华,"
        "党委副书记、副校长吴国兵来到艺术设计学院。"
    )
    _names, rels = facts(lac, text)
    assert ("HOLDS_POSITION", "周建华", "学校", "校长", "held", "title_before_name.v1") in rels
    assert ("HOLDS_POSITION", "吴国兵", "学校", "副校长", "held", "title_before_name.v1") in rels


def test_a_bare_kind_word_in_a_title_is_the_body_of_that_kind_just_named(lac: LacExtractor) -> None:
    # ../shared/corpus/pool/p031.txt (blind set J): 学院 in 学院党总支书记 is the 艺术设计学院 the leaders came to
    text = (
        "2月20日上午,党委副书记、副校长吴国兵来到艺术设计学院,学院党总支书记、副院长徐社永围绕调研内容,"
        "结合学院工作目标、发展举措、存在问题和建议等作了专题汇报。"
    )
    _names, rels = facts(lac, text)
    posts = {(r[1], r[2], r[3]) for r in rels if r[0] == "HOLDS_POSITION"}
    assert ("徐社永", "艺术设计学院", "副院长") in posts
    assert ("徐社永", "艺术设计学院", "学院党总支书记") in posts


def test_a_foreign_leaders_bare_head_names_no_chinese_body(lac: LacExtractor) -> None:
    # corpus/xwlb/20241124_03.txt, 20250903_01.txt: a foreign premier or president with a bare head
    _people, rels = facts(lac, "在里斯本分别会见葡萄牙总统德索萨、总理蒙特内格罗，同议长阿吉亚尔-布兰科举行会谈。")
    assert not any(r[0] == "HOLDS_POSITION" and r[1] == "蒙特内格罗" and r[2] == "国务院" for r in rels)
    _people, rels = facts(lac, "老挝人民革命党中央委员会总书记、国家主席通伦，印度尼西亚总统普拉博沃出席。")
    assert not any(r[2] == "中华人民共和国" for r in rels)
    # corpus/xwlb/20240412_05.txt: the second holder of one sole post in a sentence is the counterpart
    _people, rels = facts(lac, "习近平总书记同金正恩总书记互致新年贺电，共同宣布将2024年确定为“中朝友好年”。")
    holders = {r[1] for r in rels if r[0] == "HOLDS_POSITION" and r[2] == "中共中央"}
    assert holders == {"习近平"}
    # the body written before the name keeps the post though the surname list lacks 赖 (the form of
    # corpus/xwlb/20251230_01.txt: 中共中央政治局委员、国务院副总理刘国中出席会议并讲话)
    _people, rels = facts(lac, "中共中央政治局委员、国务院副总理赖明出席会议并讲话。赖明副总理指出，要稳就业。")
    assert ("HOLDS_POSITION", "赖明", "国务院") in {r[:3] for r in rels}
    # a Chinese holder's bare head keeps its body
    _people, rels = facts(lac, "中共中央政治局常委、国务院总理李强主持会议。李强总理指出，要稳就业。")
    assert ("HOLDS_POSITION", "李强", "国务院") in {r[:3] for r in rels}


def test_no_national_head_run_into_the_next_word(lac: LacExtractor) -> None:
    # corpus/xwlb/20240302_03.txt: 乔红委员 + 长期从事, no 委员长
    _people, rels = facts(lac, "作为多模态人工智能系统全国重点实验室主任，乔红委员长期从事机器人技术攻关。")
    assert not any(r[1] == "乔红" and r[3] == "委员长" for r in rels)


def test_a_past_employer_is_no_affiliation(lac: LacExtractor) -> None:
    # corpus/xwlb/20260424_09.txt: 原…副总经理 is a former post, no WORKS_FOR now
    text = (
        "国家电网湖北省黄冈市供电公司原党委委员、副总经理干磊，中国电信河北分公司市场部副总经理孙继峰，受到严肃处理。"
    )
    _people, rels = facts(lac, text)
    assert not any(r[0] == "WORKS_FOR" and r[1] == "干磊" for r in rels)
    assert any(r[0] == "HOLDS_POSITION" and r[1] == "干磊" and r[4] == "former" for r in rels)
    assert any(r[0] == "WORKS_FOR" and r[1] == "孙继峰" for r in rels)


def test_a_session_written_before_its_sitting_leaves_the_roles_to_the_sitting(lac: LacExtractor) -> None:
    # corpus/xwlb/20240307_01.txt: the headline names the sitting, the lead writes the session before it
    text = (
        "习近平在出席解放军和武警部队代表团全体会议时强调 强化使命担当\n"
        "习近平7日下午在出席十四届全国人大二次会议解放军和武警部队代表团全体会议时强调，要强化使命担当。\n"
        "会上，来自海军的艾迎春代表、来自陆军的郑金代表依次发言。\n"
        "中央军委副主席张又侠主持会议，中央军委委员刘振立参加会议。"
    )
    _people, rels = facts(lac, text)
    roles = {(r[0], r[1], r[2]) for r in rels if r[0] in ("PRESIDED", "SPOKE_AT", "ATTENDED")}
    assert ("PRESIDED", "张又侠", "解放军和武警部队代表团全体会议") in roles
    assert ("SPOKE_AT", "郑金", "解放军和武警部队代表团全体会议") in roles
    assert not any(r[2] == "十四届全国人大二次会议" for r in roles if r[0] != "ATTENDED")


def test_a_title_inside_a_meeting_name_stays_in_it(lac: LacExtractor) -> None:
    # corpus/xwlb/20251024_05.txt: the name runs over its 《纲要草案》 (and its quoted “十五五”)
    text = "李强主持召开国务院“十五五”规划《纲要草案》编制工作领导小组会议 丁薛祥出席\n张国清、刘国中参加会议。"
    _people, rels = facts(lac, text)
    assert ("PRESIDED", "李强", "国务院“十五五”规划《纲要草案》编制工作领导小组会议") in {r[:3] for r in rels}
    # a list of titles before 等 is no part of one: corpus/pool/p001.txt
    listed = "传达学习全国两会以及《关于加强党的政治建设的意见》等重要会议文件精神。"
    g = extract_graphs([Article(id="t", text=listed, date="2019-03-19")], lac)[0]
    assert not any(e.label == "Meeting" and "》" in e.name for e in g.entities)


def test_a_foreign_mayor_holds_no_peoples_government(lac: LacExtractor) -> None:
    # corpus/xwlb/20230924_02.txt: a head's implied 人民政府 is a Chinese body; abroad the place's 政府
    _people, rels = facts(lac, "李希还会见里约市市长帕埃斯和里约州州长卡斯特罗。")
    bodies = {r[2] for r in rels if r[0] == "HOLDS_POSITION"}
    assert "里约州政府" in bodies
    assert not any(b and b.endswith("人民政府") for b in bodies)


def test_a_post_broken_over_a_headline_line_is_no_post(lac: LacExtractor) -> None:
    # corpus/pool/p009.txt: the decision's two-line heading; the same post is read whole in its body
    heading = "关于接受庄建球同志辞去济源市人民政府\n市长职务请求的决定\n"
    body = "决定接受庄建球同志辞去济源市人民政府市长职务的请求。"
    _people, rels = facts(lac, heading)
    assert not any("\n" in (r[2] or "") + (r[3] or "") for r in rels)
    _people, rels = facts(lac, heading + body)
    posts = {r[1:5] for r in rels if r[0] == "HOLDS_POSITION"}
    assert posts == {("庄建球", "济源市人民政府", "济源市人民政府市长", "resigned")}


def test_a_name_after_a_verb_before_a_national_title(lac: LacExtractor) -> None:
    # corpus/xwlb/20240803_05.txt: LAC reads 领会|习近平|总书记 (习近平 a word, no PER) — the name after a
    # verb's last character is still a name before 总书记
    text = (
        "中央宣讲团成员、中央社会工作部部长吴汉圣在合肥作宣讲报告。吴汉圣从全会的重大意义、深入学习领会习近平总书记"
        "重要讲话精神、全面准确理解《决定》提出的进一步全面深化改革重大举措、全力以赴抓好全会精神贯彻落实等方面，"
        "对全会精神进行了系统阐释和深入解读。"
    )
    people, rels = facts(lac, text)
    assert people == {"吴汉圣", "习近平"}
    assert ("HOLDS_POSITION", "习近平", "中共中央", "总书记", "held", "name_before_title.v1") in rels


def test_part_time_and_seconded_vice_chairs_of_the_body_just_elected(lac: LacExtractor) -> None:
    # corpus/pool/p023.txt (traditional in the original): 挂职副主席 and 兼职副主席 after 当选为区妇联主席 are posts of
    # the same 区妇联, the mark kept in the title
    text = (
        "大会选举产生了区妇联第五届执行委员55名,常委13名。甘芳当选为区妇联主席,朱绪英当选为副主席,陈卓钰当选为"
        "挂职副主席,范伟君、孟李娜、夏杨、彭爱辉当选为兼职副主席。"
    )
    _people, rels = facts(lac, text)
    posts = {r[1:5] for r in rels if r[0] == "HOLDS_POSITION"}
    assert ("陈卓钰", "区妇联", "挂职副主席", "appointed") in posts
    assert {p for p in posts if p[2] == "兼职副主席"} == {
        (n, "区妇联", "兼职副主席", "appointed") for n in ("范伟君", "孟李娜", "夏杨", "彭爱辉")
    }


def test_a_kind_word_alone_is_no_body_of_a_bare_chain(lac: LacExtractor) -> None:
    # corpus/pool/p045.txt: 全市法院和中院机关 names no one court; 党组书记、代院长陈殿福 after it takes no post of 中院
    text = (
        "会议传达学习了全国、全省法院党的二十大涉诉信访安保重点工作会议精神,宣读了8月份全市法院和中院机关办案标兵表彰"
        "决定,对审判、执行等工作进行了点评,对全市法院涉诉信访、安保等重点工作作了安排部署,并对全市法院干警进行了节前"
        "廉政教育。\n党组书记、代院长陈殿福强调:一要坚决维护安全稳定,全力护航党的二十大胜利召开,认真研究解决涉诉信访"
        "问题,时刻绷紧安全这根弦。"
    )
    _people, rels = facts(lac, text)
    assert not any(r[0] == "HOLDS_POSITION" and r[2] == "中院" for r in rels)


def test_a_former_mark_before_a_party_branch_ends_the_posts(lac: LacExtractor) -> None:
    # corpus/xwlb/20251227_08.txt: 原党支部书记、总经理 are past posts, the second of the body, not of …原党支部
    text = (
        "河南省人民检察院五部原党支部委员、副主任朱永清，河北省衡水市仲裁委原党支部书记、常务副主任高永丰，"
        "中储粮启东直属库原党支部书记、总经理杨海民等人违规吃喝，受到严肃处理。"
    )
    _people, rels = facts(lac, text)
    posts = {(r[1], r[2], r[3], r[4]) for r in rels if r[0] == "HOLDS_POSITION"}
    assert ("高永丰", "河北省衡水市仲裁委", "常务副主任", "former") in posts
    assert ("高永丰", "河北省衡水市仲裁委党支部", "河北省衡水市仲裁委党支部书记", "former") in posts
    assert ("杨海民", "中储粮启东直属库", "总经理", "former") in posts
    assert ("朱永清", "河南省人民检察院五部", "副主任", "former") in posts
    assert not any("原" in (r[2] or "") + (r[3] or "") or r[4] == "held" for r in rels if r[0] == "HOLDS_POSITION")
    assert not any(r[0] == "WORKS_FOR" and r[1] == "杨海民" for r in rels)


def test_a_hyphenated_foreign_name_is_one_person(lac: LacExtractor) -> None:
    # corpus/xwlb/20250626_04.txt, 20250903_01.txt, 20241124_03.txt: the model cut 布朗|-|皮韦 into two names
    people, rels = facts(
        lac,
        "全国人大常委会委员长赵乐际26日在人民大会堂同法国国民议会议长布朗-皮韦共同主持中国全国人大与法国国民议会交流"
        "机制第十二次会议并作主旨发言。古巴共产党中央第一书记、国家主席迪亚斯-卡内尔出席。",
    )
    assert {"布朗-皮韦", "迪亚斯-卡内尔"} <= people
    assert not people & {"布朗", "皮韦", "布朗-皮韦共", "迪亚斯", "卡内尔"}
    assert ("HOLDS_POSITION", "布朗-皮韦", "法国国民议会") in {r[:3] for r in rels}


def test_what_is_said_on_a_visit_before_the_meeting_is_named_is_not_said_there(lac: LacExtractor) -> None:
    # corpus/xwlb/20240313_02.txt: 李强强调 at 百度 is said on the visit; the 座谈会 comes after it
    text = (
        "中共中央政治局常委、国务院总理李强3月13日在北京调研。\n"
        "李强随后来到百度公司亦庄办公区，了解大模型产品研发应用和国产化人工智能创新联合体建设情况。"
        "李强强调，要发挥我国应用场景丰富的优势，开放更多应用场景，加大制度供给，为人工智能产业发展营造更加宽松的环境。\n"
        "调研中，李强召开座谈会，听取北京市新质生产力发展情况汇报和有关企业负责人发言。"
        "李强指出，发展新质生产力是推动高质量发展的内在要求和重要着力点。"
    )
    g = extract_graphs([Article(id="t", text=text, date="2024-03-13")], lac)[0]
    spoke = [r.evidence.text for r in g.relations if r.type == "SPOKE_AT"]
    assert len(spoke) == 1 and spoke[0].startswith("李强指出")
