"""The items of a 、-list of names read backwards from a found name (list_name.v2): real corpus sentences through
the real LAC backend, where the rule reads what LAC reads, and, labelled SYNTHETIC, sentences of the substituted gold
sets (tests/golden/substitution_scores.py: a real sentence with its names replaced), where LAC misses the list's
first items; controls of places and groups give nothing."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from kg.relations.persons import name_before_in_list, name_in_list
from tests.sentences import people, post_statuses, simplified_graph


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def item_before(text: str, name: str) -> str | None:
    """The item name_before_in_list reads before the 、 that precedes ``name``."""
    span = name_before_in_list(text, text.index("、" + name))
    return text[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("text", "nxt", "item"),
    [
        # corpus/xuchang (gold/wide w19's paper): a group word opens the list
        ("市领导苗伟伦、陈美萍、杨玲玲、陈金华出席闭幕式。", "陈美萍", "苗伟伦"),
        ("区领导刘畅、陈红、杨少波、肖平出席会议。", "陈红", "刘畅"),
        # a two-character item between two 、
        ("区领导刘畅、陈红、杨少波、肖平出席会议。", "杨少波", "陈红"),
        # a clause's start opens it
        ("会议结束。张斌、周晓侣、谢铷鸿等县级领导出席会议。", "周晓侣", "张斌"),
    ],
)
def test_the_item_before_is_read_as_lac_reads_it(lac: LacExtractor, text: str, nxt: str, item: str) -> None:
    assert item_before(text, nxt) == item
    assert {item, nxt} <= people(lac, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # SYNTHETIC, substituted dev p10_xiangzhou_20210510 (seed 1): 钟表, a common noun to LAC
        ("会议还研究了其他工作事项。区领导钟表、杨俊、方培琦、曾谦、王东出席会议。", {"钟表", "杨俊"}),
        # SYNTHETIC, substituted blind_e pool_p024 (seed 1)
        ("选举产生了市妇联新一届领导班子。市领导牛海艇、李雅生、李祥凌、郑扬宏出席闭幕式。", {"牛海艇"}),
        # SYNTHETIC, substituted blind_h pool_p013 (seed 3): after 领导人
        ("党和国家领导人马开翔、徐玉锁、徐旭珠、刘向宁出席大会。", {"马开翔", "徐玉锁"}),
        # SYNTHETIC, substituted blind_i pool_p057 (seed 2; traditional script, names on the simplified twin)
        ("康玉星、張大鈺等婺源縣四套班子在家領導參加儀式。", {"康玉星", "张大钰"}),
        # SYNTHETIC, substituted heldout p08_huancui_20241023 (seed 4): the list closed by 等列席
        ("骆百能、丁笑出席会议。谈锋、赵志锠等列席会议。", {"谈锋", "赵志锠"}),
    ],
)
def test_a_missed_first_item_of_a_list_is_a_person(lac: LacExtractor, text: str, names: set[str]) -> None:
    assert names <= people(lac, text)


def test_the_list_shares_its_role(lac: LacExtractor) -> None:
    # SYNTHETIC, substituted blind_e pool_p024 (seed 1): the missed first item attends as the others do
    g = simplified_graph(lac, "选举产生了市妇联新一届领导班子。市领导牛海艇、李雅生、李祥凌、郑扬宏出席闭幕式。")
    names = {e.id: e.name for e in g.entities}
    attended = {names[r.source] for r in g.relations if r.type == "ATTENDED"}
    assert {"牛海艇", "李雅生", "李祥凌", "郑扬宏"} <= attended


@pytest.mark.parametrize(
    ("text", "not_names"),
    [
        ("许昌、郑州、洛阳、李强出席。", {"许昌", "郑州", "洛阳"}),  # places
        ("党员、干部、群众、王刚参加。", {"党员", "干部", "群众"}),  # groups
        # places that read as a surname's (许, 郑): the segmenter's places
        ("许昌、郑州、王刚分别介绍了情况。", {"许昌", "郑州"}),
        ("会议结束。由立明、王刚参加。", {"由立明"}),  # a function-word surname (persons.SLOT_ONLY_SURNAMES)
    ],
)
def test_no_item_where_the_list_holds_no_name(lac: LacExtractor, text: str, not_names: set[str]) -> None:
    # SYNTHETIC controls
    assert not people(lac, text) & not_names


def test_no_item_without_the_list_start() -> None:
    # SYNTHETIC control: 慰问付汉江 bounds no item (a verb runs into it), so nothing is read before 刘华蓉
    assert item_before("看望慰问付汉江、刘华蓉。", "刘华蓉") is None


def posts(lac: LacExtractor, text: str) -> set[tuple[str, str]]:
    return {(name, title) for name, title, _status in post_statuses(lac, text)}


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # gold/wide/texts/w27.txt: the list's last item closed by 以及
        ("市委第三巡察组组长黄治达、副组长李健斌、邓增程以及组员曾志华、谢燕出席会议。", "邓增程"),
        # corpus/xwlb/20260420_03.txt: closed by 作 + a talk
        ("国务院副总理丁薛祥、张国清、刘国中作交流发言。", "刘国中"),
    ],
)
def test_the_list_closers_read_what_lac_reads(lac: LacExtractor, text: str, item: str) -> None:
    span = name_in_list(text, text.index(item))
    assert span and text[span[0] : span[1]] == item
    assert item in people(lac, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SYNTHETIC, substituted wide w27 (seed 1): 管一民 missed before 以及, the shared 副组长 with it
        (
            "市委第三巡察组组长蔡景章、副组长李红旗、管一民以及组员吴贵槐、戴智出席会议。",
            {("李红旗", "副组长"), ("管一民", "副组长"), ("吴贵槐", "组员")},
        ),
        # SYNTHETIC, substituted blind_q 20260420_03 (seed 5): the last item before 作交流发言
        (
            "国务院副总理陈继勇、肖春华、连维新作交流发言。",
            {("陈继勇", "国务院副总理"), ("肖春华", "国务院副总理"), ("连维新", "国务院副总理")},
        ),
    ],
)
def test_the_title_of_the_list_reaches_its_last_item(
    lac: LacExtractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= posts(lac, text)


@pytest.mark.parametrize("text", ["要通过视察、调研、座谈、走访以及代表家站等平台", "陕西、重庆以及河南等地"])
def test_no_name_in_a_list_of_no_names(lac: LacExtractor, text: str) -> None:
    # corpus controls (a list of activities, of places): nothing is a person
    assert people(lac, text) == set()
