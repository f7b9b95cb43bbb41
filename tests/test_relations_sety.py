"""Rules that blind set Y (tests/golden/make_blind_y.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, held_posts

# xwlb 20240424_10, the CCDI circular of eight banquet cases
_CIRCULAR = (
    "海南省旅游和文化广电体育厅二级巡视员刘平久，新疆生产建设兵团第六师副师长、五家渠市副市长闫盛红及兵团教育局党组成员、"
    "副局长尹若强，北京市财政局自然资源和生态环境处副处长裴阳，华电能源股份有限公司原党委委员、总会计师李西金，"
    "中国建设银行新疆维吾尔自治区博州分行党委委员、副行长吴建斌等人受到严肃处理。"
)


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


@pytest.fixture(scope="module")
def circular(lac: LacExtractor) -> dict:
    return extract_text(lac, _CIRCULAR, "2024-04-24")


def test_a_company_s_chief_accountant_is_a_post(circular: dict) -> None:
    """title_heads: 总会计师 (as 总工程师) ends a title; the chain's 原 makes both posts former."""
    rels = circular["relations"]
    posts = {(r["source"], r["title"], r["target"], r["status"]) for r in rels if r["source"] == "李西金"}
    assert posts == {
        ("李西金", "华电能源股份有限公司党委委员", "华电能源股份有限公司", "former"),
        ("李西金", "总会计师", "华电能源股份有限公司", "former"),
    }


def test_a_numbered_division_is_the_body_of_its_post(circular: dict) -> None:
    """title_before_name: 新疆生产建设兵团第六师副师长 is a post of the division, a body the text names."""
    assert ("闫盛红", "新疆生产建设兵团第六师副师长", "新疆生产建设兵团第六师") in held_posts(circular)
    assert ("闫盛红", "五家渠市副市长", "五家渠市人民政府") in held_posts(circular)
    assert "新疆生产建设兵团第六师" in entity_names(circular, "Organization")


def test_the_and_of_a_division_s_standard_name_is_inside_the_body(circular: dict) -> None:
    """_AND_IN_BODY: 自然资源和生态环境处 is one division of the bureau, not a 生态环境处 cut at 和."""
    post = ("裴阳", "北京市财政局自然资源和生态环境处副处长", "北京市财政局自然资源和生态环境处")
    assert post in held_posts(circular)
    orgs = entity_names(circular, "Organization")
    assert "北京市财政局自然资源和生态环境处" in orgs and "生态环境处" not in orgs


def test_a_body_written_whole_around_a_shorter_one_found_is_a_mention(circular: dict) -> None:
    """body_in_title: the branch 中国建设银行新疆维吾尔自治区博州分行 holds the model's 中国建设银行 and is named."""
    assert "中国建设银行新疆维吾尔自治区博州分行" in entity_names(circular, "Organization")


def test_a_party_unit_of_a_body_found_gets_no_mention_of_its_own(lac: LacExtractor) -> None:
    """body_in_title: 市委统战部|机关党委书记严军 (corpus/pool/p050) names the 统战部 found, no new 机关党委 body."""
    text = "市委组织部秘书长冯伟、副巡视员王小宝;市委宣传部副部长马春雷;市委统战部机关党委书记严军、秘书长徐力出席。"
    orgs = entity_names(extract_text(lac, text, "2022-06-04"), "Organization")
    assert not any(o.endswith("机关党委") for o in orgs)


def test_a_title_written_as_a_column_elsewhere_is_no_document(lac: LacExtractor) -> None:
    """document_any_title: 《高端访谈》栏目 is a television column, in the headline too (xwlb 20241220_15)."""
    text = (
        "《高端访谈》今晚播出塞尔维亚总理武切维奇独家专访\n"
        "今晚（12月20日），总台央视新闻频道《高端访谈》栏目将播出对塞尔维亚总理武切维奇的独家专访。"
        "市场监管总局今天（12月20日）发布《集贸市场计量监督管理办法》。"
    )
    assert entity_names(extract_text(lac, text, "2024-12-20"), "Document") == {"集贸市场计量监督管理办法"}


def test_a_regulator_written_short_before_the_day_of_the_item_is_a_body(lac: LacExtractor) -> None:
    """org_ministry: 市场监管总局今天…发布 (xwlb 20241220_15) and 记者…从市场监管总局了解到 (20250529_10) name the
    regulator, which issues the document."""
    text = (
        "市场监管总局今天（12月20日）发布《集贸市场计量监督管理办法》。"
        "记者今天（5月29日）从市场监管总局了解到，《中国少年先锋队队徽》国家标准将于6月1日起实施。"
    )
    rec = extract_text(lac, text, "2024-12-20")
    assert "市场监管总局" in entity_names(rec, "Organization")
    assert ("市场监管总局", "集贸市场计量监督管理办法") in {
        (r["source"], r["target"]) for r in rec["relations"] if r["type"] == "ISSUED"
    }


def test_a_campaign_s_numbered_central_group_is_a_body(lac: LacExtractor) -> None:
    """org_group: the guidance group whose officials attend the report meeting (xwlb 20250520_01, 20230517_01)."""
    text = (
        "何立峰及中央和国家机关有关部门负责同志陪同考察，深入贯彻中央八项规定精神学习教育中央第二指导组负责同志参加汇报会。"
        "蔡奇及中央有关部门负责同志参加汇报会并陪同考察，主题教育中央第三指导组负责同志参加汇报会。"
    )
    orgs = entity_names(extract_text(lac, text, "2025-05-20"), "Organization")
    assert {"深入贯彻中央八项规定精神学习教育中央第二指导组", "主题教育中央第三指导组"} <= orgs


def test_a_country_s_name_made_a_verb_with_hua_is_no_place(lac: LacExtractor) -> None:
    """places: 佛教中国化, 不断中国化的进程 (xwlb 20250520_01) name no place 中国化 or 中国; the temple stays."""
    text = (
        "随后，习近平来到始建于东汉年间的白马寺考察，详细了解佛教中国化和寺院文物保护情况。他指出，白马寺见证了佛教传入、"
        "发展并不断中国化的进程。"
    )
    assert entity_names(extract_text(lac, text, "2025-05-20"), "Place") == {"白马寺"}
