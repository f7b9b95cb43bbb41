"""An article's region and the bodies named by level only, through the gazetteer."""

import pytest

from kg.regions import article_region, is_real_body


def test_paper_and_places_give_city_and_its_province():
    assert article_region(["许昌", "魏都区"], "许昌日报") == {"市": "许昌", "省": "河南", "区": "魏都"}


def test_former_county_name_places_the_article():
    assert article_region(["户县"]) == {"区": "鄠邑", "市": "西安", "省": "陕西"}


def test_places_that_are_no_city_give_no_city():
    region = article_region(["福建", "中关村", "长三角", "筼筜湖"])
    assert region == {"省": "福建"}


def test_full_name_before_short_name():
    assert article_region(["衡阳", "南岳区"])["市"] == "衡阳"  # not 衡阳县


@pytest.mark.parametrize(
    "name",
    [
        "许昌市委",
        "河南省委",
        "黔南州委",
        "长阳县委",
        "禹州市委",
        "盘县县委",
        "北京市委",
        "区委",
        "民革北京市委会",
        "巴厘省人民政府",
    ],
)
def test_real_bodies(name):
    assert is_real_body(name)


# 筼筜湖市人民政府 is not told by its name from a foreign government (巴厘省人民政府): the region keeps
# it out, never taking 筼筜湖 for a 市 (tests/test_identity_corpus.py).
@pytest.mark.parametrize(
    "name", ["福建市委", "中国市委", "中关村市委", "长三角市委", "福建市人民政府", "海南省人大常委会原"]
)
def test_bodies_that_do_not_exist(name):
    assert not is_real_body(name)
