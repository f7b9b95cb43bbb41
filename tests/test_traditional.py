"""Traditional script at first sight: real sentences of ../shared/corpus, converted with OpenCC (s2t, s2hk, s2tw)
where they are simplified, read as kg reads a file (the text as written, its simplified twin for the rules)
through LAC; they must give the facts their simplified form gives."""

from __future__ import annotations

from typing import Any

import opencc
import pytest

from kg.evaluate import to_extract_record
from kg.ingest import normalize, to_simplified
from kg.model import Article
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from kg.regions import is_real_body

CONFIGS = ("s2t", "s2hk", "s2tw")
_t2s = opencc.OpenCC("t2s").convert


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def extract(lac: LacExtractor, text: str, date: str) -> dict[str, Any]:
    """The ``kg extract`` record of ``text`` read as a file is read: normalized, with its simplified twin."""
    text = normalize(text)
    return to_extract_record(
        extract_graphs([Article(id="t", text=text, analysis_text=to_simplified(text), date=date)], lac)[0]
    )


def posts(rec: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(person, body, title) of every post, in simplified characters."""
    return {
        (_t2s(r["source"]), _t2s(r["target"]), _t2s(r["title"]))
        for r in rec["relations"]
        if r["type"] == "HOLDS_POSITION"
    }


def bodies(rec: dict[str, Any]) -> set[str]:
    return {_t2s(e["name"]) for e in rec["entities"] if e["type"] == "Organization"}


# xwlb's page of 许昌's news (corpus/pages/p04_xuchang_20201204_yqfk.txt): 市委 of a 许昌 article is 许昌市委
XUCHANG = (
    "[许昌市41名援鄂医疗队队员平安健康回家] 4月3日,许昌市41名援鄂医疗队队员结束为期14天的集中休养和医学观察,"
    "平安健康回家。市委书记胡五岳,市长史根治,市委副书记马正兰,市委常委、市委秘书长王志宏,副市长李海峰前往集中休养点,"
    "欢迎援鄂抗疫英雄回家。"
)


@pytest.mark.parametrize("config", CONFIGS)
def test_a_traditional_article_names_its_bodies_as_its_simplified_twin_does(lac: LacExtractor, config: str) -> None:
    """The model's place 許昌 is read on the twin (许昌, a city the gazetteer knows), so 市委 is 许昌市委 whatever
    the script; the model's mentions used to keep the text as written, and the region was lost in traditional
    script (市委 bare)."""
    simplified = posts(extract(lac, XUCHANG, "2020-04-03"))
    assert ("胡五岳", "许昌市委", "市委书记") in simplified
    assert posts(extract(lac, opencc.OpenCC(config).convert(XUCHANG), "2020-04-03")) == simplified


def test_a_place_gone_to_and_a_place_in_an_award_are_not_the_article_place(lac: LacExtractor) -> None:
    """勇赴武漢最前線 (where a medic went) and 獲“杭州市…先進團委” (an award of the city above) name no place of the
    article (corpus/pool/p022.txt, a county-level city's 五四 event): 市委 stays the article's 市委, never 武汉市委
    or 杭州市委; 團市委 with no city known is kept (共青团市委)."""
    text = (
        "4月29日下午,我市舉行以“青春有你、最美戰‘疫’90后”為主題的一把手與青年面對面暨2020年“五四”特別主題團日活動。"
        "市委書記童定干出席活動并講話,市委副書記呂平主持活動。\n"
        "在青年代表發言環節中,勇赴武漢最前線抗“疫”的援鄂醫療隊代表馮赟發言。\n"
        "團市委獲“杭州市新冠肺炎疫情防控先進團委”榮譽稱號。"
    )
    rec = extract(lac, text, "2020-04-29")
    assert ("童定干", "市委", "市委书记") in posts(rec)
    assert not {b for b in bodies(rec) if b.startswith(("武汉", "杭州"))}
    assert "共青团市委" in bodies(rec)


def test_the_place_of_a_quake_is_not_the_article_place(lac: LacExtractor) -> None:
    """關于四川長寧地震重要批示 names the quake's place; 省委省政府 of the 湖北省水利廳 that meets are Hubei's
    (corpus/pool/p048.txt)."""
    text = (
        "本站訊 近日,湖北省水利廳黨組書記、廳長周漢奎主持召開會商會,深入貫徹落實習近平總書記等中央領導關于長寧地震"
        "重要指示批示及全國重點地區防汛抗旱工作會議精神。\n"
        "周漢奎強調,要認真貫徹落實習近平總書記等中央領導同志關于四川長寧地震重要批示指示。\n"
        "周漢奎指出,前一階段,湖北省水利廳認真貫徹落實水利部和省委省政府工作要求,取得了成效。\n"
        "當前,我省長江漢口等主要站點水位偏高,梁子湖、斧頭湖水位超設防。"
    )
    found = bodies(extract(lac, text, "2019-06-20"))
    assert "湖北省委" in found
    assert not {b for b in found if b.startswith("四川")}


def test_a_bare_body_right_after_a_place_of_its_level_is_that_place_body(lac: LacExtractor) -> None:
    """吉林|省委书记黄强 in an article of three provinces (xwlb 20240803_05): the model reads 吉林 a place and 省委 a
    body of its own; the body is 吉林省委, not the 省委 of the province the article names first."""
    text = (
        "央视网消息（新闻联播）：学习贯彻党的二十届三中全会精神中央宣讲团成员近日在安徽、江西、吉林等地宣讲。\n"
        "中央宣讲团成员、中央社会工作部部长吴汉圣在合肥作宣讲报告。\n"
        "中央宣讲团成员、全国人大常委会法工委主任沈春耀在南昌作宣讲报告。\n"
        "中央宣讲团成员、吉林省委书记黄强在长春作宣讲报告。"
    )
    for t in (text, opencc.OpenCC("s2t").convert(text)):
        found = bodies(extract(lac, t, "2024-08-03"))
        assert "吉林省委" in found
        assert "安徽省委" not in found


def test_a_youth_league_committee_of_no_known_place_is_a_body() -> None:
    """共青团市委 (团市委 where the article's city is not known) names no place 共青团: a real body."""
    assert is_real_body("共青团市委")
    assert is_real_body("共青团杭州市委")
    assert not is_real_body("共青团福建市委")


def test_a_date_and_a_paper_are_read_in_either_script() -> None:
    """發佈時間:2021-09-08 (the 河南人大网 page of tests/golden/texts/p15_rdfzl_8123.txt in s2t) is the article's
    date, and a known paper named in traditional script (許昌日報) is that paper, whose city is the region's."""
    from pathlib import Path

    from kg.ingest.metadata import date_from_text, newspaper_from
    from kg.regions import article_region

    head = "發佈時間:2021-09-08 作者:佚名 來源:河南人大網\n9月7日,省長、省政府黨組書記王凱主持召開省政府黨組會議。"
    assert date_from_text(head) == "2021-09-08"
    assert newspaper_from(Path("page.txt"), "許昌日報\n第01版", "") == "许昌日报"
    assert newspaper_from(Path("page.txt"), "", "許昌日報") == "许昌日报"
    assert article_region([], "許昌日報").get("市") == "许昌"


@pytest.mark.parametrize("config", ("simplified", *CONFIGS))
def test_a_grade_between_the_body_and_the_head_is_no_part_of_the_body(lac: LacExtractor, config: str) -> None:
    """区政府二级调研员乐俊旺 (pool p023, a district women's congress in traditional script): 二级 is the grade of
    the 调研员, the post one of the district government's; it was read as part of the body and the post lost."""
    text = (
        "12月1日,长沙市开福区第五次妇女代表大会召开,市妇联党组书记、主席、二级巡视员文方,区委常委、组织部长郭峻,"
        "区政府二级调研员乐俊旺出席。"
    )
    if config != "simplified":
        text = opencc.OpenCC(config).convert(text)
    assert ("乐俊旺", "开福区人民政府", "区政府二级调研员") in posts(extract(lac, text, "2020-12-01"))


def test_a_standing_committee_named_with_its_term_is_whole(lac: LacExtractor) -> None:
    """漳州市十六屆人大常委會召開第二十三次會議 (pool p010): the body is the standing committee of that term, which
    holds the meeting; the suffix grammar stopped at 人大 (漳州市十六届人大, a congress, no organizer)."""
    rec = extract(
        lac,
        "8月27日上午,漳州市十六屆人大常委會召開第二十三次會議。會議決定任命侯為東為漳州市人民政府副市長。",
        "2020-08-27",
    )
    assert "漳州市十六届人大常委会" in bodies(rec)
    assert "漳州市十六届人大" not in bodies(rec)
    organized = {(_t2s(r["source"]), _t2s(r["target"])) for r in rec["relations"] if r["type"] == "ORGANIZED"}
    assert ("漳州市十六届人大常委会", "第二十三次会议") in organized
