"""Bodies of the full pipeline: the region of a bare body in a career history and a birthplace,
bodies cut from a longer name, pairs and joint bodies, assemblies that hold a title. Real sentences
from ../shared/corpus through the real LAC backend."""

from __future__ import annotations

from typing import Any

import pytest

from kg.model import Article
from kg.ner.lac import LacExtractor
from kg.relations.mentions import collect
from tests.sentences import entity_names, extract_text, held_posts


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def _run(lac: LacExtractor, text: str) -> dict[str, Any]:
    return extract_text(lac, text, None)


def _orgs(rec: dict[str, Any]) -> set[str]:
    return entity_names(rec, "Organization")


# ../shared/corpus/xwlb/20231027_03.txt (李克强's obituary), cut
_CAREER = (
    "李克强同志，1955年7月生，安徽定远人。1974年3月起，在安徽省凤阳县大庙公社东陵大队插队，1976年5月加入中国共产党，"
    "1976年11月至1978年3月任安徽省凤阳县大庙公社大庙大队党支部书记。1998年6月起，李克强同志历任河南省委副书记、"
    "代省长、省长，省委书记、省长，省委书记、省人大常委会主任。他提出实现中原崛起的奋斗目标，推动河南经济社会各项事业"
    "取得长足发展。2004年12月起，李克强同志历任辽宁省委书记，省委书记、省人大常委会主任。"
)


def test_career_history_bare_body_takes_the_province_of_its_clause(lac: LacExtractor) -> None:
    orgs = _orgs(_run(lac, _CAREER))
    assert {"河南省委", "河南省人大常委会", "辽宁省委", "辽宁省人大常委会"} <= orgs
    assert not {"安徽省委", "安徽省人大常委会"} & orgs


def test_birthplace_casts_no_vote_for_the_region(lac: LacExtractor) -> None:
    text = "李克强同志，1955年7月生，安徽定远人。他从青少年时代起就热爱党、热爱祖国、热爱人民，刻苦学习，追求进步。"
    article = Article(id="t", text=text)
    [(mentions, tokens)] = lac.extract_with_tokens([article])
    assert "省" not in collect(article, mentions, tokens).region


def test_joint_body_of_two_parties_keeps_both(lac: LacExtractor) -> None:
    # ../shared/corpus/xwlb/20240408_05.txt
    orgs = _orgs(
        _run(lac, "赵乐际强调，两国立法机构商定建立中国全国人大-越南国会联合委员会，双方要落实好相关合作协议。")
    )
    assert "中国全国人大-越南国会联合委员会" in orgs
    assert "越南国会联合委员会" not in orgs


def test_summit_of_a_council_keeps_the_council_alone(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/xwlb/20221208_01.txt
        "当地时间12月7日下午，国家主席习近平乘专机抵达利雅得，应沙特阿拉伯王国国王萨勒曼邀请，"
        "出席首届中国－阿拉伯国家峰会、中国－海湾阿拉伯国家合作委员会峰会并对沙特进行国事访问。"
    )
    orgs = _orgs(_run(lac, text))
    assert "海湾阿拉伯国家合作委员会" in orgs
    assert not any(o.startswith("中国－") for o in orgs)


def test_national_body_named_with_quanguo(lac: LacExtractor) -> None:
    # ../shared/corpus/xwlb/20231027_03.txt
    text = "1982年2月起，李克强同志先后任北京大学团委书记，共青团中央书记处书记兼全国青联副主席、全国少工委主任。"
    orgs = _orgs(_run(lac, text))
    assert "全国少工委" in orgs
    assert "少工委" not in orgs


def test_assembly_that_holds_a_chair_is_a_body_and_its_session_a_meeting(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/xwlb/20221124_04.txt
        "央视网消息（新闻联播）：应东盟各国议会间大会主席、柬埔寨国会主席韩桑林邀请，全国人大常委会委员长栗战书24日"
        "在东盟各国议会间大会第43届年会闭幕式上发表视频致辞。"
    )
    rec = _run(lac, text)
    assert "东盟各国议会间大会" in _orgs(rec)
    assert ("韩桑林", "柬埔寨国会主席", "柬埔寨国会") in held_posts(rec)
    assert "东盟各国议会间大会第43届年会" in entity_names(rec, "Meeting")


def test_assembly_name_with_a_join_is_read_whole(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/xwlb/20250910_08.txt
        "澳大利亚总理阿尔巴尼斯、秘鲁总统博鲁阿尔特、世界贸易组织副总干事希尔、联合国贸易和发展会议副秘书长莫雷诺"
        "和有关嘉宾视频或现场致辞。"
    )
    orgs = _orgs(_run(lac, text))
    assert "联合国贸易和发展会议" in orgs
    assert "联合国" not in orgs


def test_foreign_assembly_with_a_chair_is_no_meeting(lac: LacExtractor) -> None:
    text = "韩国国会议长禹元植，东帝汶国民议会议长费尔南达，委内瑞拉全国代表大会主席罗德里格斯，新加坡副总理颜金勇。"
    rec = _run(lac, text)  # ../shared/corpus/xwlb/20250903_01.txt, cut
    assert "委内瑞拉全国代表大会" in _orgs(rec)
    assert not [e for e in rec["entities"] if e["type"] == "Meeting"]


def test_session_secretary_general_is_no_assembly_body(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/xwlb/20240310_04.txt
        "会议听取并审议了大会副秘书长、全国人大常委会副秘书长刘俊臣作的大会秘书处关于代表提出议案处理意见的报告。"
    )
    assert not any(o.endswith(("大会", "会议")) for o in _orgs(_run(lac, text)))


def test_delegation_sub_group_led_by_its_leader(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/xwlb/20250823_03.txt
        "全国人大常委会副委员长、中央代表团副团长洛桑江村带领那曲分团来到色尼区杭嘉新村调研并看望牧民。"
        "全国政协副主席、中央代表团副团长胡春华带领林芝分团来到米林水库坝址看望慰问一线工人。"
    )
    rec = _run(lac, text)
    assert {"那曲分团", "林芝分团"} <= _orgs(rec)
    assert "林芝" not in entity_names(rec, "Person")


def test_numbered_meeting_named_again_without_its_place_is_one_event(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/xwlb/20250207_01.txt
        "央视网消息（新闻联播）：2月7日中午，国家主席习近平和夫人彭丽媛在黑龙江省哈尔滨市太阳岛宾馆举行宴会，"
        "欢迎来华出席哈尔滨第九届亚洲冬季运动会开幕式的国际贵宾。\n"
        "习近平发表致辞，代表中国政府和中国人民对来华出席第九届亚洲冬季运动会开幕式的国际贵宾表示热烈欢迎。"
    )
    meetings = [e for e in _run(lac, text)["entities"] if e["type"] == "Meeting"]
    assert [(e["name"], e["aliases"], len(e["mentions"])) for e in meetings] == [
        ("哈尔滨第九届亚洲冬季运动会开幕式", ["第九届亚洲冬季运动会开幕式"], 2)
    ]


def test_unnumbered_meeting_of_another_host_stays_its_own(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/pool/p010.txt (traditional script, simplified here)
        "另外,8月27日上午,芗城区相继召开区委常委会(扩大)会议和全区领导干部大会,宣布芗城区主要领导任免决定。\n"
        "8月27日下午,古雷开发区召开领导干部大会,宣布开发区主要领导任免决定。"
    )
    names = entity_names(_run(lac, text), "Meeting")
    assert {"全区领导干部大会", "领导干部大会"} <= names


def test_united_nations_organ_with_a_join_is_read_whole(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/xwlb/20251027_11.txt
        "要深入学习贯彻习近平总书记向联合国粮食及农业组织成立80周年致贺信、给中国农业大学全体师生回信的重要精神。"
    )
    orgs = _orgs(_run(lac, text))
    assert "联合国粮食及农业组织" in orgs
    assert "联合国" not in orgs


def test_preposition_is_no_part_of_a_body(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/xwlb/20241016_01.txt
        "随后，习近平来到谷文昌纪念馆，了解谷文昌同志感人事迹，听取当地传承红色基因情况介绍，"
        "同谷文昌干部学院教师、学员代表亲切交流。"
    )
    orgs = _orgs(_run(lac, text))
    assert "谷文昌干部学院" in orgs
    assert "同谷文昌干部学院" not in orgs


def test_word_read_into_party_committees_and_governments_is_no_body(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/pool/p024.txt
        "过去五年,我市各级妇联组织在习近平总书记关于妇女儿童和妇联工作的重要论述、考察浙江重要讲话精神的指引下,"
        "紧紧锚定党委政府的中心工作,深入实施“巾帼五共”行动。"
    )
    assert not any(o.endswith("党委") for o in _orgs(_run(lac, text)))


def test_city_party_committee_named_by_its_short_name(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/pool/p050.txt
        "在中国共产党成立90周年前夕,建立健全上海党委新闻发布制度,对于加强党的建设、树立和展示党的良好形象具有特殊的意义。"
    )
    orgs = _orgs(_run(lac, text))
    assert "上海市委" in orgs
    assert "上海党委" not in orgs


def test_body_whose_officials_are_named_as_a_group(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/xwlb/20260701_01.txt
        "“七一勋章”获得者沿着红毯拾级而上，进入人民大会堂。党和国家功勋荣誉表彰工作委员会有关领导同志等，"
        "在这里集体迎接他们到来。"
    )
    assert "党和国家功勋荣誉表彰工作委员会" in _orgs(_run(lac, text))


def test_meeting_scope_never_starts_inside_a_verb(lac: LacExtractor) -> None:
    text = (  # ../shared/corpus/pool/p059.txt
        "为学习贯彻中央和市委统战工作会议精神,推动建设更加友好的民营经济发展环境,9月16日下午,"
        "长宁区委统战部、区工商联召开“民营经济圆桌会”(第一期)。"
    )
    names = entity_names(_run(lac, text), "Meeting")
    assert not any(n.startswith("彻") for n in names)


def test_development_zone_as_the_party_of_a_talk_is_a_body(lac: LacExtractor) -> None:
    text = "访汉期间,大分市代表团还与武汉经济技术开发区进行了座谈,并考察了市民之家、地铁六号线站点等场所。"
    assert "武汉经济技术开发区" in _orgs(_run(lac, text))  # ../shared/corpus/pool/p053.txt
