"""Organization aliases and implicit regions."""

from kg.resolve import canonical_org, explicit_region


def test_aliases_fold_without_false_merges() -> None:
    r = {"市": "许昌"}
    assert (
        canonical_org("市委", r) == canonical_org("中共许昌市委", r) == canonical_org("许昌市委员会", r) == "许昌市委"
    )
    assert canonical_org("市政府", r) == canonical_org("市人民政府", r) == "许昌市人民政府"
    assert canonical_org("团禹州市委") == canonical_org("共青团禹州市委") == "共青团禹州市委"
    assert canonical_org("禹州市委") != canonical_org("团禹州市委")
    assert canonical_org("区委", r) == "区委"  # no district known: stays bare


def test_explicit_region() -> None:
    assert explicit_region("商丘市委") == ("市", "商丘")
    assert explicit_region("市委") is None


# --- generalization fixes and cross-article name conflicts (real articles through LAC) ---------

import os  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kg.resolve import (  # noqa: E402
    body_of_title,
    department_body,
    name_conflicts,
    parent_body,
    strip_ordinal,
)

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).parents[1].parent / "shared"))
XWLB = SHARED / "corpus" / "xwlb"


def test_level_only_bodies_take_the_region_but_not_look_alikes() -> None:
    assert canonical_org("市中级人民法院", {"市": "许昌"}) == "许昌市中级人民法院"
    assert canonical_org("市关工委", {"市": "许昌"}) == "许昌市关工委"
    assert canonical_org("市场监管局", {"市": "许昌"}) == "市场监管局"


def test_departments_terms_and_qualifiers() -> None:
    assert department_body("组织部", "省委") == "省委组织部"
    assert department_body("组织部", None) == "组织部"
    assert parent_body("许昌市委组织部") == "许昌市委"
    assert parent_body("省政府办公厅") == "省政府"
    assert parent_body("许昌市委") is None
    assert strip_ordinal("十届省人大常委会") == "省人大常委会"
    assert strip_ordinal("中共十八届中央") == "中共中央"
    assert body_of_title("", "常务副省长", "省委") == "省人民政府"


@pytest.mark.skipif(not XWLB.is_dir(), reason="corpus not found (set KG_SHARED)")
def test_same_name_in_two_regions_is_flagged_not_merged_or_split() -> None:
    from kg.ingest import read_paths
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    # 陈敏尔 as 重庆市委书记 (2022) and as 天津市委书记 (2023): one id, one flag
    arts = list(read_paths([XWLB / "20221104_06.txt", XWLB / "20230307_08.txt"]))
    graphs = extract_graphs(arts, LacExtractor())
    flags = [c for c in name_conflicts(graphs) if c.person == "Person:陈敏尔"]
    assert len(flags) == 1
    assert flags[0].level == "市" and flags[0].places == ("天津", "重庆")
    assert flags[0].articles == ("20221104_06", "20230307_08")
    ids = {e.id for g in graphs for e in g.entities if e.name == "陈敏尔"}
    assert ids == {"Person:陈敏尔"}
    # one region only: no flag
    assert not [c for c in name_conflicts(graphs[:1]) if c.person == "Person:陈敏尔"]


@pytest.mark.skipif(not XWLB.is_dir(), reason="corpus not found (set KG_SHARED)")
def test_a_body_named_in_the_same_list_sets_the_region() -> None:
    from kg.ingest import read_paths
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    # 习近平在山东省委书记林武和省长周乃翔陪同下… in an article whose region is otherwise 浙江
    g = extract_graphs(list(read_paths([XWLB / "20230925_01.txt"])), LacExtractor())[0]
    names = {e.id: e.name for e in g.entities}
    posts = {(names[r.source], r.title, names[r.target]) for r in g.relations if r.type == "HOLDS_POSITION"}
    assert ("周乃翔", "省长", "山东省人民政府") in posts


def test_conflicts_in_posts_flags_one_name_in_two_provinces() -> None:
    from kg.resolve import conflicts_in_posts

    posts = [
        ("Person:许昆林", "江苏省委", "a1"),
        ("Person:许昆林", "辽宁省委", "a2"),
        ("Person:史根治", "许昌市委", "a3"),
        ("Person:史根治", "许昌市人民政府", "a4"),
    ]
    (conflict,) = conflicts_in_posts(posts)
    assert (conflict.person, conflict.level, conflict.places, conflict.articles) == (
        "Person:许昆林",
        "省",
        ("江苏", "辽宁"),
        ("a1", "a2"),
    )


def test_a_level_written_twice_is_folded_but_not_a_city_named_by_its_level() -> None:
    assert canonical_org("内蒙古乌兰察布市市委") == "内蒙古乌兰察布市委"
    assert canonical_org("中共乌兰察布市市委") == canonical_org("乌兰察布市委") == "乌兰察布市委"
    assert canonical_org("乌兰察布市市政府") == "乌兰察布市人民政府"
    assert canonical_org("津市市委") == "津市市委"  # 津市 is the city (湖南)


def test_a_paper_named_in_the_page_head_is_the_articles_place() -> None:
    from kg.model import Article
    from kg.resolve import paper_in_head, region_of

    head = "乌兰察布市党政代表团到我市考察\n【副篇名】邢国辉侯亮与王学丰陶淑菊一行座谈\n【报纸名称】:张家口日报\n本报讯"
    assert paper_in_head(head) == "张家口日报"
    assert paper_in_head("据《法制晚报》报道,…") is None  # a paper cited, not the page's own
    # the visitors' city is named more often than the host's, yet the page is the host's paper
    visit = Article("w15", head + "乌兰察布与张家口…乌兰察布…乌兰察布")
    assert region_of(visit, ["乌兰察布市", "乌兰察布", "乌兰察布", "张家口"])["市"] == "张家口"


@pytest.mark.skipif(not (SHARED / "gold" / "wide" / "texts").is_dir(), reason="wide gold not found (set KG_SHARED)")
def test_a_visiting_delegations_list_keeps_its_city_and_the_host_the_papers() -> None:
    from kg.ingest import read_paths
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    # 内蒙古乌兰察布市市委书记王学丰、市长陶淑菊率党政代表团到我市考察。市委书记邢国辉、市长侯亮… (张家口日报)
    g = extract_graphs(list(read_paths([SHARED / "gold" / "wide" / "texts" / "w15.txt"])), LacExtractor())[0]
    names = {e.id: e.name for e in g.entities}
    posts = {(names[r.source], r.title, names[r.target]) for r in g.relations if r.type == "HOLDS_POSITION"}
    assert ("陶淑菊", "市长", "乌兰察布市人民政府") in posts
    assert ("邢国辉", "市委书记", "张家口市委") in posts
    assert ("侯亮", "市长", "张家口市人民政府") in posts


@pytest.mark.skipif(not (SHARED / "gold" / "wide" / "texts").is_dir(), reason="wide gold not found (set KG_SHARED)")
def test_a_city_named_after_its_province_sets_the_region_of_the_list() -> None:
    from kg.ingest import read_paths
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    # 湖北省荆门市委书记胡亚波,市委副书记、市长陈家伟率荆门市党政代表团来泰州考察 (an article whose region is 泰州)
    g = extract_graphs(list(read_paths([SHARED / "gold" / "wide" / "texts" / "w16.txt"])), LacExtractor())[0]
    names = {e.id: e.name for e in g.entities}
    posts = {(names[r.source], r.title, names[r.target]) for r in g.relations if r.type == "HOLDS_POSITION"}
    assert ("陈家伟", "市长", "荆门市人民政府") in posts
    assert ("万闻华", "市长", "泰州市人民政府") in posts
