"""Names read from the slot an appointment formula gives them (slot_name.v1): real corpus sentences through the real
LAC backend, and, labelled SYNTHETIC, sentences of the substituted gold sets (tests/golden/substitution_scores.py: a
real sentence with its names replaced), where the model misses or cuts the name or reads it as a place or body."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from kg.relations.persons import formula_slots
from tests.sentences import people, post_statuses


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_the_real_formulas_read_what_the_model_reads(lac: LacExtractor) -> None:
    # corpus/xwlb/20221230_08.txt: every slot of the formula holds the name LAC finds
    text = (
        "决定免去王毅兼任的外交部部长职务，任命秦刚为外交部部长，免去周祖翼的人力资源和社会保障部部长职务，"
        "任命王晓萍为人力资源和社会保障部部长。"
    )
    assert [text[a:b] for a, b in formula_slots(text)] == ["王毅", "秦刚", "周祖翼", "王晓萍"]
    assert {"王毅", "秦刚", "周祖翼", "王晓萍"} <= people(lac, text)
    # corpus/xwlb/20250326_02.txt and gold/wide/texts/w07.txt: a seat revoked, a resignation, an acting post
    text = "会议审议通过关于撤销唐勇、党彦宝、李民吉政协第十四届全国委员会委员资格的决定。"
    assert [text[a:b] for a, b in formula_slots(text)] == ["唐勇", "党彦宝", "李民吉"]
    assert {"唐勇", "党彦宝", "李民吉"} <= people(lac, text)
    text = "决定接受孟景伟辞去通州区人民政府区长职务的请求,决定郑皓副区长代理通州区人民政府区长职务。"
    assert [text[a:b] for a, b in formula_slots(text)] == ["孟景伟", "郑皓"]
    assert {"孟景伟", "郑皓"} <= people(lac, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # SYNTHETIC, substituted heldout_c 20221230_08: LAC reads 金立山 as a place, misses 舒适广 and 钟表
        (
            "免去舒适广的中国人民解放军军事法院院长职务，任命金立山为中国人民解放军军事法院院长。"
            "决定免去钟表兼任的外交部部长职务，任命雷霞为外交部部长。",
            {"舒适广", "金立山", "钟表", "雷霞"},
        ),
        # SYNTHETIC, substituted blind_e pool_p007: 任兴洲 (LAC: 兴洲 a place), 王黄来 (LAC: 王黄)
        (
            "会议任命任兴洲同志为虹口区人民政府办公室主任;免去王黄来同志的虹口区人民检察院副检察长职务。",
            {"任兴洲", "王黄来"},
        ),
        # SYNTHETIC, substituted blind_g pool_p008: the first item of the list read as a body, the second missed
        ("接受易睿、钟表、袁彪辞去嘉兴市南湖区第十届人大代表职务。", {"易睿", "钟表", "袁彪"}),
        # SYNTHETIC, substituted blind_m 20250326_02: the last item run into the seat (丁凌烨政协, a body)
        ("会议审议通过关于撤销张凯、孙利明、丁凌烨政协第十四届全国委员会委员资格的决定。", {"孙利明", "丁凌烨"}),
        # SYNTHETIC, substituted heldout_c 20240626_10: 侯功|海政协
        ("审议通过了关于免去侯功海政协第十四届全国委员会常务委员职务。", {"侯功海"}),
        # SYNTHETIC, substituted wide w07 and w32: a common noun as a name, the last item of 通过 … 任 read as a body
        ("决定石英副区长代理通州区人民政府区长职务。", {"石英"}),
        ("会议表决通过了胡奎、吴桥任县妇联副主席。", {"胡奎", "吴桥"}),
        # SYNTHETIC, substituted blind_e pool_p010 (traditional script; names on the simplified twin)
        ("會議決定任命張曉榮為漳州市人民政府副市長;決定接受高德柱同志辭去漳州市副市長職務。", {"张晓荣", "高德柱"}),
        # SYNTHETIC: a surname that is a function word, in a strong slot only
        ("会议任命由立明为区人民政府副区长。", {"由立明"}),
    ],
)
def test_a_name_in_a_formula_slot_is_a_person(lac: LacExtractor, text: str, names: set[str]) -> None:
    assert names <= people(lac, text)


def test_a_slot_name_stays_a_person_where_the_model_reads_it_as_a_place(lac: LacExtractor) -> None:
    # SYNTHETIC, substituted blind_g pool_p008 (seed 1): LAC reads the second 罗凌 as a place, which judged the
    # first one (a model person) a tagged place
    text = (
        "接受顾斌、钟表、罗凌辞去嘉兴市南湖区第十届人大代表职务,并由嘉兴市南湖区人民代表大会常务委员会予以公告。"
        "同时,罗凌的嘉兴市南湖区第十届人民代表大会社会建设与民宗外侨委员会副主任委员职务相应终止。"
    )
    assert {"顾斌", "钟表", "罗凌"} <= people(lac, text)


def test_the_slot_gives_the_post(lac: LacExtractor) -> None:
    # SYNTHETIC, substituted heldout_c 20221230_08: the post follows the name the slot holds (as the gold of 刘立根)
    found = post_statuses(lac, "会议经表决，免去金立山的中国人民解放军军事法院院长职务。")
    assert ("金立山", "中国人民解放军军事法院院长", "removed") in found


@pytest.mark.parametrize(
    "text",
    [
        "决定由张三任组长。",  # 由 starts no name outside a strong slot
        "决定给予任珠峰同志党内警告处分。",  # 给予 is no name
        "他被任命为国务院总理。",  # an empty slot
        "无偿接受私营企业主提供的服务。",  # no name's length
        "决定免去其兼任的职务。",  # a pronoun
    ],
)
def test_no_name_where_the_slot_holds_none(text: str) -> None:
    # SYNTHETIC controls
    assert formula_slots(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # SYNTHETIC, substituted blind_s 20250626_04: a lone name before 参加会议。 (LAC tags 高德柱 a noun)
        ("促进法中关系发展注入新活力。\n高德柱参加会议。", {"高德柱"}),
        # SYNTHETIC, substituted blind_v 20241118_03: LAC reads 任|兴洲 (a place)
        ("共建和谐城市，共享美好生活。\n任兴洲陪同。", {"任兴洲"}),
        # SYNTHETIC, substituted blind_t 20260722_01: the list's first items, LAC missing them
        ("师范大学负责同志作交流发言。\n付汉江、江树邦、徐玉锁、朱平礼出席会议。", {"付汉江", "江树邦"}),
        # SYNTHETIC, substituted blind_w 20240408_05: 贡, a surname (kg/lexicon/surnames.txt)
        ("双方签署合作备忘录。\n贡华章参加。", {"贡华章"}),
    ],
)
def test_a_clause_of_attendance_without_title_names_its_people(lac: LacExtractor, text: str, names: set[str]) -> None:
    assert names <= people(lac, text)


@pytest.mark.parametrize("text", ["活动结束。\n党员参加。", "活动结束。\n高中生参加。", "活动结束。\n家长陪同。"])
def test_a_group_noun_before_canjia_is_no_person(lac: LacExtractor, text: str) -> None:
    # SYNTHETIC controls: a common noun LAC segments there
    assert people(lac, text) == set()


def test_a_place_in_a_clause_of_attendance_is_no_person(lac: LacExtractor) -> None:
    # SYNTHETIC control: cities listed with a name before 参加 (their short names start with surnames, 许, 郑) stay
    # places outside a strong formula; only the name is a person
    assert people(lac, "活动结束。\n许昌、郑州、王刚参加。") == {"王刚"}


def test_a_real_clause_of_attendance_reads_what_the_model_reads(lac: LacExtractor) -> None:
    # corpus/xwlb/20230223_01.txt: 和 joins the last two names
    assert {"李书磊", "孙春兰", "苗华"} <= people(lac, "李书磊主持座谈会，孙春兰和苗华出席。")
