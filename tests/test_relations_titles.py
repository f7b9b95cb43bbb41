"""Posts of foreign states written before a name with the country (state_head.v1) and titles written after a
name (title_after_name.v1), on real sentences of ../shared/corpus/xwlb through LAC (sets K and N's conventions:
a head of state or government named by the country only holds a post of no body the text names)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import extract_text


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def posts(rec: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(person, title, body) of every HOLDS_POSITION of an extract record."""
    return {(r["source"], r["title"], r["target"]) for r in rec["relations"] if r["type"] == "HOLDS_POSITION"}


def organizations(rec: dict[str, Any]) -> set[str]:
    return {e["name"] for e in rec["entities"] if e["type"] == "Organization"}


def test_a_foreign_head_before_the_name_holds_a_post_of_the_state_no_body_named(lac: LacExtractor) -> None:
    """洪都拉斯副总统弗洛伦蒂诺, 越南副总理黎成龙 (a name of a Han name's shape, still Vietnam's, never 国务院's):
    posts of the state, which is no organization the article names (xwlb 20241120_07)."""
    rec = extract_text(
        lac,
        "洪都拉斯副总统弗洛伦蒂诺、赞比亚副总统纳卢曼戈、越南副总理黎成龙等出席开幕式并先后致辞。",
        "2024-11-20",
    )
    assert posts(rec) == {
        ("弗洛伦蒂诺", "洪都拉斯副总统", "洪都拉斯"),
        ("纳卢曼戈", "赞比亚副总统", "赞比亚"),
        ("黎成龙", "越南副总理", "越南"),
    }
    assert not organizations(rec)


def test_a_second_title_after_jian_is_of_the_same_state(lac: LacExtractor) -> None:
    """沙特王储兼首相穆罕默德: 王储 and 首相, both Saudi Arabia's; the host who calls on him gets none (xwlb
    20251101_09)."""
    rec = extract_text(
        lac,
        "当地时间10月28日至11月1日，应沙特政府邀请，国家副主席韩正访问沙特，在利雅得会见沙特王储兼首相穆罕默德，"
        "出席第九届未来投资倡议大会并发表演讲。",
        "2025-11-01",
    )
    assert {p for p in posts(rec) if p[0] == "穆罕默德"} == {
        ("穆罕默德", "沙特王储", "沙特"),
        ("穆罕默德", "首相", "沙特"),
    }
    assert {p for p in posts(rec) if p[0] == "韩正"} == {("韩正", "国家副主席", "中华人民共和国")}


def test_a_speakers_post_takes_the_chamber_and_an_invitation_is_no_part_of_it(lac: LacExtractor) -> None:
    """应哈萨克斯坦议会下院议长科沙诺夫邀请: the lower house (not 应哈萨克斯坦议会下院); 议会上院议长 and 下院议长 name
    no country, so no chamber of one (xwlb 20260527_03)."""
    rec = extract_text(
        lac,
        "央视网消息（新闻联播）：应哈萨克斯坦议会下院议长科沙诺夫邀请，全国人大常委会委员长赵乐际25日至27日对"
        "哈萨克斯坦进行正式友好访问，在阿斯塔纳会见哈萨克斯坦总统托卡耶夫，同议会上院议长阿希姆巴耶夫、"
        "下院议长科沙诺夫分别举行会谈。",
        "2026-05-27",
    )
    got = posts(rec)
    assert ("科沙诺夫", "哈萨克斯坦议会下院议长", "哈萨克斯坦议会下院") in got
    assert ("托卡耶夫", "哈萨克斯坦总统", "哈萨克斯坦") in got
    assert not {p for p in got if p[0] == "阿希姆巴耶夫"}
    assert {p[2] for p in got if p[0] == "科沙诺夫"} == {"哈萨克斯坦议会下院"}


def test_a_former_head_of_no_state_written_is_no_post_of_the_chains_body(lac: LacExtractor) -> None:
    """对华合作国家委员会主席、前总统尼科利奇: 对华 is a word of the body, and 前总统 no post of that committee
    (xwlb 20240508_02)."""
    rec = extract_text(
        lac,
        "习近平乘坐专机抵达贝尔格莱德尼古拉·特斯拉国际机场时，塞尔维亚总统武契奇夫妇，对华合作国家委员会主席、"
        "前总统尼科利奇夫妇，议长布尔纳比奇，总理武切维奇和外长久里奇等热情迎接。",
        "2024-05-08",
    )
    assert {p for p in posts(rec) if p[0] == "尼科利奇"} == {
        ("尼科利奇", "对华合作国家委员会主席", "对华合作国家委员会")
    }
    assert ("武契奇", "塞尔维亚总统", "塞尔维亚") in posts(rec)


def test_when_closing_a_clause_is_no_part_of_a_foreign_name(lac: LacExtractor) -> None:
    """在会见巴西总统卢拉时，: 卢拉, not 卢拉时 (xwlb 20230924_02)."""
    rec = extract_text(lac, "在会见巴西总统卢拉时，李希转达习近平主席的亲切问候。", "2023-09-24")
    assert ("卢拉", "巴西总统", "巴西") in posts(rec)
    assert "卢拉时" not in {e["name"] for e in rec["entities"]}


def test_titles_after_names_in_talks_with_one_state(lac: LacExtractor) -> None:
    """习近平主席和托卡耶夫总统 in talks with Kazakhstan's speaker: the head of state's 主席 of 中华人民共和国 and
    Kazakhstan's president (xwlb 20240425_05)."""
    rec = extract_text(
        lac,
        "全国人大常委会委员长赵乐际25日下午在人民大会堂同哈萨克斯坦议会下院议长科沙诺夫举行会谈。赵乐际表示，"
        "在习近平主席和托卡耶夫总统战略引领下，两国关系实现跨越式发展。",
        "2024-04-25",
    )
    assert {("习近平", "主席", "中华人民共和国"), ("托卡耶夫", "总统", "哈萨克斯坦")} <= posts(rec)
    assert "中华人民共和国" not in organizations(rec) and "哈萨克斯坦" not in organizations(rec)


def test_a_title_after_the_name_takes_the_state_its_heads_are_written_of(lac: LacExtractor) -> None:
    """萨勒曼国王 in a visit to Saudi Arabia that names 伊朗 and 巴勒斯坦 too: the king of the one state whose heads
    the article writes (沙特王储兼首相穆罕默德); 穆罕默德王储 after the name adds nothing (xwlb 20251101_09)."""
    rec = extract_text(
        lac,
        "当地时间10月28日至11月1日，应沙特政府邀请，国家副主席韩正访问沙特，在利雅得会见沙特王储兼首相穆罕默德。\n"
        "会见穆罕默德时，韩正转达习近平主席对萨勒曼国王和穆罕默德王储的亲切问候。\n"
        "沙方高度赞赏中方为促成沙特同伊朗和解所作努力，在巴勒斯坦问题上秉持公正立场，期待中方为维护地区和平稳定发挥更大作用。",
        "2025-11-01",
    )
    got = posts(rec)
    assert ("萨勒曼", "国王", "沙特") in got
    assert {p for p in got if p[0] == "穆罕默德"} == {("穆罕默德", "沙特王储", "沙特"), ("穆罕默德", "首相", "沙特")}


def test_no_title_after_the_name_when_the_state_is_not_told(lac: LacExtractor) -> None:
    """马克龙总统 in a state visit to three states: whose president he is is not written, so no post (武契奇总统's
    sentence names his); the Chinese 主席 is still the head of state's (xwlb 20240511_04)."""
    rec = extract_text(
        lac,
        "央视网消息（新闻联播）：2024年5月5日至10日，国家主席习近平应邀对法国、塞尔维亚、匈牙利三国进行国事访问。\n"
        "王毅说，近年来习近平主席同马克龙总统先后举行尼斯夜谈、豫园茶叙，去年在广州举行松园会晤。\n"
        "武契奇总统多次动情地表示，中国平等对待塞尔维亚这样的小国，让塞尔维亚人民感怀在心，中国是塞尔维亚最真挚的朋友。",
        "2024-05-11",
    )
    got = posts(rec)
    assert not {p for p in got if p[0] == "马克龙"}
    assert {p for p in got if p[0] == "武契奇"} == {("武契奇", "总统", "塞尔维亚")}  # the state his sentence names
    assert {p for p in got if p[0] == "习近平"} == {("习近平", "国家主席", "中华人民共和国")}


def test_the_chairman_is_the_first_named_and_a_chinese_bodys_chairman_keeps_his_post(lac: LacExtractor) -> None:
    """全国政协主席王沪宁 … 习近平主席同默茨总理通电话: 习近平's 主席 is the head of state's; 王沪宁 keeps his
    CPPCC post, no other (xwlb 20251118_05)."""
    rec = extract_text(
        lac,
        "央视网消息（新闻联播）：中共中央政治局常委、全国政协主席王沪宁18日在京会见德国社会民主党联合主席、"
        "联邦副总理兼财政部长克林拜尔率领的代表团。\n"
        "王沪宁表示，今年5月，习近平主席同默茨总理通电话，就深化中德交流合作达成重要共识。",
        "2025-11-18",
    )
    got = posts(rec)
    assert ("习近平", "主席", "中华人民共和国") in got
    assert {p for p in got if p[0] == "王沪宁"} == {
        ("王沪宁", "中共中央政治局常委", "中共中央政治局"),
        ("王沪宁", "全国政协主席", "全国政协"),
    }


def test_no_second_post_for_a_chairman_written_in_full(lac: LacExtractor) -> None:
    """国家主席习近平 … 习近平主席夫人彭丽媛: the post is written once, no bare 主席 beside it (heldout B
    20221114_01)."""
    rec = extract_text(
        lac,
        "央视网消息（新闻联播）：11月14日上午，国家主席习近平乘专机离开北京，应邀赴印度尼西亚巴厘岛出席二十国集团"
        "领导人第十七次峰会。\n陪同出访的有：习近平主席夫人彭丽媛，中共中央政治局常委、中央办公厅主任丁薛祥。",
        "2022-11-14",
    )
    assert {p for p in posts(rec) if p[0] == "习近平"} == {("习近平", "国家主席", "中华人民共和国")}


def test_a_foreign_province_has_a_government_not_a_peoples_government(lac: LacExtractor) -> None:
    """麦加省副省长苏欧德 (a name of a Han name's shape): 麦加省 is no province of China, so 麦加省政府 (xwlb
    20251101_09)."""
    rec = extract_text(lac, "韩正还赴吉达访问，会见麦加省副省长苏欧德亲王。", "2025-11-01")
    assert ("苏欧德", "麦加省副省长", "麦加省政府") in posts(rec)


def test_a_state_whose_name_holds_a_stop_character_stays_whole(lac: LacExtractor) -> None:
    """埃及总统塞西 (及 ends a chain read leftwards), 以色列总统赫尔佐格: the whole state's name (xwlb 20230926_03,
    20230319_10)."""
    rec = extract_text(lac, "在会见埃及总统塞西时，李希转达习近平主席的亲切问候。", "2023-09-26")
    assert ("塞西", "埃及总统", "埃及") in posts(rec)
    rec = extract_text(
        lac, "以色列总统赫尔佐格表示，在您领导下，中国取得巨大发展，相信中国一定会继续繁荣发展。", "2023-03-19"
    )
    assert ("赫尔佐格", "以色列总统", "以色列") in posts(rec)


def test_a_bare_head_of_state_in_a_list_is_of_the_state_just_named(lac: LacExtractor) -> None:
    """沙特国王萨勒曼、王储兼首相穆罕默德 and 葡萄牙总统德索萨、总理蒙特内格罗: the bare heads after 、 are of the state
    the name before held its post in (xwlb 20230314_12, 20241124_03); 议长阿吉亚尔-布兰科 names no chamber."""
    rec = extract_text(
        lac,
        "沙特国王萨勒曼、王储兼首相穆罕默德表示，值此您再次当选、开启新任期之际，谨向您致以诚挚祝贺和良好祝福，"
        "祝友好的中国人民不断发展、进步。",
        "2023-03-14",
    )
    assert {p for p in posts(rec) if p[0] == "穆罕默德"} == {("穆罕默德", "王储", "沙特"), ("穆罕默德", "首相", "沙特")}
    rec = extract_text(
        lac,
        "央视网消息（新闻联播）：应葡萄牙议长阿吉亚尔-布兰科邀请，全国人大常委会委员长赵乐际11月21日至23日对葡萄牙进行"
        "正式友好访问，在里斯本分别会见葡萄牙总统德索萨、总理蒙特内格罗，同议长阿吉亚尔-布兰科举行会谈。",
        "2024-11-24",
    )
    got = posts(rec)
    assert {("德索萨", "葡萄牙总统", "葡萄牙"), ("蒙特内格罗", "总理", "葡萄牙")} <= got
    assert not {p for p in got if "议长" in p[1]}


def test_the_head_of_states_chairman_at_an_international_forum(lac: LacExtractor) -> None:
    """习近平主席专门发来贺信 at an international forum's opening (国际合作, 世界各国): the head of state's 主席 (xwlb
    20230526_06)."""
    rec = extract_text(
        lac,
        "中共中央政治局委员、北京市委书记尹力在开幕式上宣读了习近平主席的贺信。\n"
        "丁薛祥指出，习近平主席专门发来贺信，充分体现了对科技创新和国际合作的高度重视。",
        "2023-05-26",
    )
    assert ("习近平", "主席", "中华人民共和国") in posts(rec)
    assert {p for p in posts(rec) if p[0] == "尹力"} == {
        ("尹力", "中共中央政治局委员", "中共中央政治局"),
        ("尹力", "北京市委书记", "北京市委"),
    }


def test_bie_is_a_transliteration_character_of_a_foreign_name_after_a_title(lac: LacExtractor) -> None:
    """哈萨克斯坦总理别克捷诺夫: the model cuts 别 off the name; it is a transliteration character, so the name is made
    whole and holds the post (xwlb 20240705_06; also 别尔德穆哈梅多夫 in 20250903_01)."""
    rec = extract_text(
        lac,
        "习近平离开阿斯塔纳时，哈萨克斯坦总理别克捷诺夫、阿斯塔纳市长卡瑟姆别克等高级官员到机场送行。",
        "2024-07-05",
    )
    assert ("别克捷诺夫", "哈萨克斯坦总理", "哈萨克斯坦") in posts(rec)
    assert "克捷诺夫" not in {e["name"] for e in rec["entities"]}


def test_a_foreign_states_ambassador_holds_a_post_of_its_embassy(lac: LacExtractor) -> None:
    """巴西驻华大使高望 (as 中国驻印尼大使 → 中国驻印尼大使馆): 巴西驻华大使馆, a body the text does not name (xwlb
    20250903_01, its list of guests)."""
    rec = extract_text(
        lac,
        "土耳其总统埃尔多安代表、外长费丹，土耳其总统埃尔多安代表、能源和自然资源部部长巴伊拉克塔尔，"
        "巴西总统首席特别顾问阿莫林，巴西政府代表、巴西驻华大使高望。",
        "2025-09-03",
    )
    assert ("高望", "巴西驻华大使", "巴西驻华大使馆") in posts(rec)
    assert "巴西驻华大使馆" not in organizations(rec)


def test_a_foreign_name_glued_to_tong_before_a_head_title(lac: LacExtractor) -> None:
    """习近平主席同默茨总理通电话: LAC reads 同默茨 as one verb; the run of transliteration characters before 总理
    is the name, a post of the one foreign state the article names (xwlb 20251118_05); 巴基斯坦总理 stays a
    place's head, no person."""
    rec = extract_text(
        lac,
        "中共中央政治局常委、全国政协主席王沪宁18日在京会见德国社会民主党联合主席、联邦副总理兼财政部长克林拜尔率领的"
        "代表团。王沪宁表示，今年5月，习近平主席同默茨总理通电话，就深化中德交流合作达成重要共识。",
        "2025-11-18",
    )
    assert ("默茨", "总理", "德国") in posts(rec)
    rec = extract_text(lac, "李强同巴基斯坦总理通电话。", "2025-11-18")
    assert not any(e["name"] == "巴基斯坦" for e in rec["entities"] if e["type"] == "Person")


# the first two paragraphs of ../shared/corpus/pool/p030.txt
P030_OPENING = (
    "2021年10月31日至11月3日,为学习借鉴高水平研究型大学在新时代加强党的建设、“十四五”规划和一流大学建设的经验作法,找准发展定位和方向,做好学校第二次党代会的筹备工作,校党委书记李凤亮率队赴西"
    "湖大学、上海交通大学、上海科技大学、中国科学技术大学调研交流。\n11月1日上午,李凤亮一行来到西湖大学,与西湖大学领导班子展开座谈。座谈会上,施一公校长介绍了西湖大学创新发展情况,董清源书记介绍了学校"
    "党的建设情况。双方就新型研究型大学的学科规划、发展战略、师资队伍建设以及未来合作等进行了深入交流。座谈会前,李凤亮一行还参观了西湖大学云谷校区、先进微纳加工与测试平台、物质科学公共实验平台。"
)


def test_a_unit_heads_title_after_the_name_is_of_the_body_of_its_kind(lac: LacExtractor) -> None:
    """施一公校长介绍了…: a post of the one university named just before (pool p030, its first two paragraphs),
    though the article names other universities earlier; 唐开明副院长主持: of the court that holds the meeting
    (pool p044); 董清源书记 names no body of a kind and takes none."""
    rec = extract_text(lac, P030_OPENING, "2021-11-03")
    assert ("施一公", "校长", "西湖大学") in posts(rec)
    assert not any(p[0] == "董清源" for p in posts(rec))
    rec = extract_text(
        lac,
        "12月8日上午,林区中院召开2020年度审判执行工作推进会。党组书记、院长李景辉出席并讲话,唐开明副院长主持并传达了"
        "《最高人民法院办公厅关于进一步做好全国法院第四季度审判执行工作的通知》。",
        "2020-12-08",
    )
    assert ("唐开明", "副院长", "林区中院") in posts(rec)


def test_a_foreign_ministers_ministry_is_written_with_one_bu(lac: LacExtractor) -> None:
    """伊朗外交部长阿拉格齐, 土耳其外交部长费丹, 以色列国防部长加兰特 (以 ends a chain read leftwards): the 部 of the
    ministry is the head's, the body 伊朗外交部 (xwlb 20260802_08, 20231108_13); 印度国务部长 is a rank, no 国务部
    (xwlb 20230911_03); 联邦副总理兼财政部长 names no state, no body (xwlb 20251118_05)."""
    rec = extract_text(
        lac,
        "伊朗媒体还报道说，伊朗外交部长阿拉格齐1日分别同巴基斯坦陆军参谋长穆尼尔、土耳其外交部长费丹和沙特外交大臣费萨尔"
        "通电话，就地区局势以及美国和以色列相关行动交换意见。",
        "2026-08-02",
    )
    assert {p for p in posts(rec) if p[0] in ("阿拉格齐", "费丹")} == {
        ("阿拉格齐", "伊朗外交部长", "伊朗外交部"),
        ("费丹", "土耳其外交部长", "土耳其外交部"),
    }
    rec = extract_text(
        lac, "以色列国防部长加兰特7日说，以军地面部队已进入加沙城“中心地带”，并加强对加沙城的封锁。", "2023-11-08"
    )
    assert posts(rec) == {("加兰特", "以色列国防部长", "以色列国防部")}
    rec = extract_text(lac, "离开时，印度国务部长乔达里等到机场送行。", "2023-09-11")
    assert not posts(rec)
    rec = extract_text(
        lac,
        "中共中央政治局常委、全国政协主席王沪宁18日在京会见德国社会民主党联合主席、联邦副总理兼财政部长克林拜尔率领的代表团。",
        "2025-11-18",
    )
    assert {p for p in posts(rec) if p[0] == "克林拜尔"} == {("克林拜尔", "德国社会民主党联合主席", "德国社会民主党")}


def test_qian_before_the_head_marks_a_past_post(lac: LacExtractor) -> None:
    """意大利前总理、欧盟委员会前主席普罗迪 (xwlb 20260410_10), 中国国民党前主席洪秀柱 (xwlb 20230924_01): 前 marks a
    past post as 原 does (status former), no part of the body nor of the title."""

    def statuses(rec: dict[str, Any]) -> set[tuple[str, str, str, str]]:
        return {
            (r["source"], r["title"], r["target"], r["status"])
            for r in rec["relations"]
            if r["type"] == "HOLDS_POSITION"
        }

    rec = extract_text(
        lac,
        "今晚（4月10日），总台央视新闻频道《高端访谈》栏目将播出对意大利前总理、欧盟委员会前主席普罗迪的专访。",
        "2026-04-10",
    )
    assert statuses(rec) == {
        ("普罗迪", "意大利总理", "意大利", "former"),
        ("普罗迪", "欧盟委员会主席", "欧盟委员会", "former"),
    }
    rec = extract_text(
        lac,
        "香港特别行政区行政长官李家超、澳门特别行政区行政长官贺一诚，中国国民党前主席洪秀柱出席开幕式。",
        "2023-09-24",
    )
    assert ("洪秀柱", "中国国民党主席", "中国国民党", "former") in statuses(rec)


def test_an_international_organization_is_the_body_of_its_officers_title(lac: LacExtractor) -> None:
    """经济合作与发展组织秘书长科尔曼 (xwlb 20240912_06: the body named X与Y goes on over 经济), 欧洲理事会主席米歇尔
    (xwlb 20230911_03), 东盟秘书长高金洪 (xwlb 20250917_04): organizations, councils and unions are bodies; 中国社会
    科学院世界经济与政治研究所 is read whole (xwlb 20240523_01)."""
    rec = extract_text(
        lac,
        "格鲁吉亚第一副总理达维塔什维利、世界知识产权组织总干事邓鸿森出席峰会并致辞，经济合作与发展组织秘书长科尔曼"
        "通过视频方式致辞。",
        "2024-09-12",
    )
    assert ("科尔曼", "经济合作与发展组织秘书长", "经济合作与发展组织") in posts(rec)
    rec = extract_text(
        lac, "央视网消息（新闻联播）：当地时间10日，国务院总理李强在新德里会见欧洲理事会主席米歇尔。", "2023-09-11"
    )
    assert ("米歇尔", "欧洲理事会主席", "欧洲理事会") in posts(rec)
    rec = extract_text(lac, "越南副总理梅文政、东盟秘书长高金洪出席开幕式并先后致辞。", "2025-09-17")
    assert ("高金洪", "东盟秘书长", "东盟") in posts(rec)
    rec = extract_text(
        lac,
        "北京大学国家发展研究院教授周其仁，中国宏观经济研究院院长黄汉权，中国社会科学院世界经济与政治研究所副所长张斌"
        "等9位企业和专家代表先后发言，就深化电力体制改革、发展风险投资、用科技改造提升传统产业、建立健全民营企业治理体系、"
        "优化外资企业营商环境、推动香港更好融入新发展格局、增强人民群众改革获得感、推动城乡融合发展、完善宏观经济治理体系等"
        "提出意见建议。",
        "2024-05-23",
    )
    assert ("张斌", "中国社会科学院世界经济与政治研究所副所长", "中国社会科学院世界经济与政治研究所") in posts(rec)


def test_a_portfolio_between_the_body_and_the_head(lac: LacExtractor) -> None:
    """中央办公厅分管日常工作的副主任孟祥锋, 中央财经委员会办公室分管日常工作的副主任韩文秀 (xwlb 20221102_10): the post
    is 中央办公厅副主任, the portfolio no part of the body nor of the title (the chain read leftwards stopped at 的)."""
    rec = extract_text(
        lac, "中央宣讲团成员、中央办公厅分管日常工作的副主任孟祥锋今天在山西太原宣讲党的二十大精神。", "2022-11-02"
    )
    assert ("孟祥锋", "中央办公厅副主任", "中央办公厅") in posts(rec)
    rec = extract_text(
        lac, "中央宣讲团成员、中央财经委员会办公室分管日常工作的副主任韩文秀今天在山东济南作宣讲报告。", "2022-11-02"
    )
    assert ("韩文秀", "中央财经委员会办公室副主任", "中央财经委员会办公室") in posts(rec)


def test_diyi_before_fu_is_the_heads_qualifier(lac: LacExtractor) -> None:
    """亚奥理事会第一副主席霍震霆 (xwlb 20250208_01) and 格鲁吉亚第一副总理达维塔什维利 (xwlb 20240912_06): 第一 before
    副 is the head's, the body 亚奥理事会 and the state 格鲁吉亚."""
    rec = extract_text(
        lac,
        "亚奥理事会第一副主席霍震霆在致辞中肯定中国在亚洲冰雪运动发展中发挥的重要作用，感谢中国政府、中国奥委会、"
        "黑龙江省政府、哈尔滨市政府及亚冬会组委会的精心筹备和团结合作，以及运动员、观众和工作人员的支持，称赞哈尔滨是"
        "梦幻的冰雪之都。",
        "2025-02-08",
    )
    assert ("霍震霆", "亚奥理事会第一副主席", "亚奥理事会") in posts(rec)
    rec = extract_text(
        lac,
        "格鲁吉亚第一副总理达维塔什维利、世界知识产权组织总干事邓鸿森出席峰会并致辞，经济合作与发展组织秘书长科尔曼"
        "通过视频方式致辞。",
        "2024-09-12",
    )
    assert ("达维塔什维利", "格鲁吉亚第一副总理", "格鲁吉亚") in posts(rec)


def test_a_foreign_citys_mayor_writes_its_shi_once(lac: LacExtractor) -> None:
    """莫斯科市长索比亚宁 (xwlb 20231214_14): the 市 of the city is the head's, the post of 莫斯科市政府 (no 人民政府
    abroad); 阿斯塔纳市长卡瑟姆别克, cut by the model after 卡瑟姆, gives none (xwlb 20240705_06)."""
    rec = extract_text(
        lac, "莫斯科市长索比亚宁称，俄防空系统今天（12月14日）击退以莫斯科为目标的无人机攻击。", "2023-12-14"
    )
    assert posts(rec) == {("索比亚宁", "莫斯科市长", "莫斯科市政府")}
    rec = extract_text(
        lac,
        "习近平离开阿斯塔纳时，哈萨克斯坦总理别克捷诺夫、阿斯塔纳市长卡瑟姆别克等高级官员到机场送行。",
        "2024-07-05",
    )
    assert not {p for p in posts(rec) if p[1] == "阿斯塔纳市长"}


def test_a_states_guojia_zhuxi_is_a_post_of_the_state(lac: LacExtractor) -> None:
    """古巴国家主席迪亚斯-卡内尔 (xwlb 20260105_12): a post of 古巴; 中国国家主席习近平 (xwlb 20250711_08) is the
    国家主席, of 中华人民共和国."""
    rec = extract_text(
        lac, "古巴国家主席迪亚斯-卡内尔4日表示，在美国对委内瑞拉发动的犯罪性袭击中，32名古巴公民牺牲。", "2026-01-05"
    )
    assert posts(rec) == {("迪亚斯-卡内尔", "古巴国家主席", "古巴")}
    rec = extract_text(
        lac,
        "丁薛祥指出，中国国家主席习近平对上合组织数字经济合作高度重视，表示中国愿同各成员国弘扬“上海精神”，深度参与数字"
        "经济国际合作，让数字化、网络化、智能化为经济社会发展增添动力，开创数字经济合作新局面。",
        "2025-07-11",
    )
    assert ("习近平", "中国国家主席", "中华人民共和国") in posts(rec)
