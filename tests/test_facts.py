"""Facts within an article (issue 12) that the registry's examples do not state: the status of past
posts and how reports show it, names in traditional text, kinds of body that are no entity, the
host body of a bare 党委 title. Real sentences from ../shared, through the real LAC backend."""

from __future__ import annotations

import pytest

from kg.analytics import MemoryReader
from kg.ingest import to_simplified
from kg.model import Article, ArticleGraph
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from kg.report import build_timeline


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def graph(lac: LacExtractor, text: str) -> ArticleGraph:
    return extract_graphs([Article(id="t", text=text, date="2024-01-20")], lac)[0]


def posts(g: ArticleGraph) -> set[tuple[str, str, str, str | None]]:
    names = {e.id: e.name for e in g.entities}
    return {
        (names[r.source], r.title or "", names[r.target], r.status) for r in g.relations if r.type == "HOLDS_POSITION"
    }


def test_past_posts_are_former_and_keep_no_past_mark(lac: LacExtractor) -> None:
    # corpus/xwlb/20221222_07.txt: 原 before the first title makes the whole chain past
    g = graph(lac, "湖北省政府原党组成员、副省长曹广晶，四川省人大常委会原党组副书记、副主任王铭晖。")
    assert ("曹广晶", "湖北省政府党组成员", "湖北省政府党组", "former") in posts(g)
    assert ("曹广晶", "副省长", "湖北省人民政府", "former") in posts(g)
    assert ("王铭晖", "副主任", "四川省人大常委会", "former") in posts(g)
    assert not any("原" in org for _p, _t, org, _s in posts(g))
    # corpus/xwlb/20240120_01.txt: 时任 before the chain
    g = graph(lac, "央视网消息（新闻联播）：1993年，时任福州市委书记习近平同志高瞻远瞩地指出，要发展。")
    assert ("习近平", "福州市委书记", "福州市委", "former") in posts(g)
    # a post held now stays held
    g = graph(lac, "6月3日,全市领导干部会议召开。市委书记史根治主持会议并讲话。")
    assert {s for *_x, s in posts(g)} == {"held"}


def test_timeline_does_not_date_a_past_post_by_the_article(lac: LacExtractor) -> None:
    g = graph(lac, "央视网消息（新闻联播）：1993年，时任福州市委书记习近平同志高瞻远瞩地指出，要发展。")
    timeline = build_timeline(MemoryReader([g]), "习近平")
    rows = [row for section in timeline.sections for row in getattr(section, "rows", ())]
    kinds = {row[1] for row in rows}
    assert "past post mentioned" in kinds and "post first seen" not in kinds


def test_names_in_traditional_text_are_judged_on_their_simplified_twin(lac: LacExtractor) -> None:
    # gold/wide/texts/w02.txt: surnames 陸 張 陳 顧 孫 were read unsimplified and the names dropped
    text = (
        "12月26日,縣委書記陸衛東主持召開十二屆縣委常委會第57次會議,縣委副書記、縣長顧國標,縣委副書記成賓,"
        "縣委常委李春旺、王煒、盛慧琴、張亞曦、丁鋒、陳鵬軍出席會議,縣人大常委會主任孫進基,縣政協主席周宗泉,"
        "縣領導儲開泉列席會議。"
    )
    g = extract_graphs([Article(id="t", text=text, analysis_text=to_simplified(text))], lac)[0]
    people = {e.name for e in g.entities if e.label == "Person"}
    assert {"陆卫东", "顾国标", "张亚曦", "陈鹏军", "孙进基"} <= people


def test_kinds_of_body_and_rooms_are_no_organizations(lac: LacExtractor) -> None:
    # gold/wide/texts/w34.txt and w36.txt
    g = graph(lac, "今后五年,全县科协工作将以习近平新时代中国特色社会主义思想为指导,深化科协改革、服务科学发展。")
    assert "科协" not in {e.name for e in g.entities if e.label == "Organization"}
    g = graph(lac, "14日下午,我校2025年度二级党组织书记抓基层党建工作述职评议会议在德远楼三楼党委会议室召开。")
    orgs = {e.name for e in g.entities if e.label == "Organization"}
    assert not any(o.endswith("德远楼三楼党委") for o in orgs)
    assert "2025年度二级党组织书记抓基层党建工作述职评议会议" in {e.name for e in g.entities if e.label == "Meeting"}


def test_a_bare_party_committee_title_is_the_host_company_post(lac: LacExtractor) -> None:
    # gold/wide/texts/w35.txt
    g = graph(
        lac,
        "6月27日,九龙江集团召开党委理论学习中心组学习会。党委书记、董事长潘杰在研讨发言中指出,坚持党的领导。",
    )
    assert ("潘杰", "党委书记", "九龙江集团", "held") in posts(g)
    assert ("潘杰", "董事长", "九龙江集团", "held") in posts(g)
    names = {e.id: e.name for e in g.entities}
    assert ("潘杰", "SPOKE_AT") in {(names[r.source], r.type) for r in g.relations}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("县委常委、副县长王海军,副县级领导刘智、黄德胜、梁修贵列席会议。 (陈甜甜 徐 峰)", ["陈甜甜", "徐 峰"]),  # w09
        ("镇组织委员周雷对村“两委”换届群众和党员推荐流程及工作要点进行培训。(西王镇 周雷)", ["周雷"]),  # w26
        ("作者:白爱明", ["白爱明"]),  # w28
        ("文:晁一鸣\n图:樊何叶", ["晁一鸣", "樊何叶"]),  # w36
        ("拉村村委會主任孟慶榮說。 新華社記者 彭源 徐欽 劉磊 攝影報導", ["彭源", "徐欽", "劉磊"]),  # w29
        ("区人大常委会组成人员法律知识测试。(记者:赵金凤 包明智(实习) 审核:区人大办)", ["赵金凤", "包明智"]),  # w08
        ("寧陵縣四湖棚戶區改造項目現場觀摩點評。 本報記者 傅青 攝", ["傅青"]),  # w19
        # a bracket of words that are no names, or not at the end, is no byline
        ("会议由镇党委副书记主持(扩大会议)。", []),
        ("(陈甜甜 徐峰)会议指出,要狠抓落实。", []),
    ],
)
def test_byline_forms_of_the_wide_set(line: str, names: list[str]) -> None:
    from kg.ingest import find_credits

    assert [m.text for m in find_credits(line)] == names
