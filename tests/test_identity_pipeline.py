"""Resolution through the real pipeline (LAC + rules): a visiting delegation's bodies stay its own."""

from __future__ import annotations

from kg.model import Article
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs


def _posts(text: str, newspaper: str) -> set[tuple[str, str, str]]:
    (g,) = extract_graphs([Article("d", text, date="2022-06-04", newspaper=newspaper)], LacExtractor())
    names = {e.id: e.name for e in g.entities}
    return {(names[r.source], r.title or "", names[r.target]) for r in g.relations if r.type == "HOLDS_POSITION"}


def test_guest_and_host_city_bodies_in_one_article():
    text = (
        "本报讯 6月3日,苏州市党政代表团来许昌考察。苏州市委书记曹路宝,市委副书记、市长吴庆文一行参观了许昌城乡规划馆。"
        "许昌市委书记史根治,市委副书记、市长刘涛陪同考察。"
    )
    posts = _posts(text, "许昌日报")
    assert {("吴庆文", "市长", "苏州市人民政府"), ("吴庆文", "市委副书记", "苏州市委")} <= posts
    assert {("刘涛", "市长", "许昌市人民政府"), ("史根治", "许昌市委书记", "许昌市委")} <= posts


def test_province_of_the_paper_city_fills_the_bare_provincial_body():
    posts = _posts("6月3日,省委常委、常务副省长孙守刚来许昌调研。", "许昌日报")
    assert ("孙守刚", "常务副省长", "河南省人民政府") in posts
    assert ("孙守刚", "省委常委", "河南省委") in posts
