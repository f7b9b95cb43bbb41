"""Meeting identity: one canonical name per numbered meeting, one node per day for the others."""

from pathlib import Path

import pytest

from kg.meetings import canonical_meeting, meeting_key


@pytest.mark.parametrize(
    ("variants", "canonical"),
    [
        (["全国政协十四届常委会第三次会议", "政协第十四届全国委员会常务委员会第三次会议",
          "十四届全国政协常委会第3次会议"], "全国政协十四届常委会第三次会议"),
        (["十四届全国人大常委会第11次会议", "第十四届全国人民代表大会常务委员会第十一次会议"],
         "十四届全国人大常委会第十一次会议"),
        (["党的二十届三中全会", "二十届三中全会", "中国共产党第二十届中央委员会第三次全体会议"], "党的二十届三中全会"),
        (["党的二十届四中全会", "中共二十届四中全会", "二十届四中全会", "全国政协机关宣讲党的二十届四中全会"],
         "党的二十届四中全会"),
        (["党的二十大", "中共二十大", "中国共产党第二十次全国代表大会"], "党的二十大"),
        (["十四届全国人大二次会议", "第十四届全国人民代表大会第二次会议"], "十四届全国人大二次会议"),
    ],
)  # fmt: skip
def test_variants_of_one_meeting_have_one_name(variants, canonical):
    assert {canonical_meeting(v) for v in variants} == {canonical}


def test_provincial_plenum_and_named_meetings_keep_their_names():
    assert canonical_meeting("浙江省委十一届五中全会") == "浙江省委十一届五中全会"
    assert (
        canonical_meeting("全国法院党的二十大涉诉信访安保重点工作会议") == "全国法院党的二十大涉诉信访安保重点工作会议"
    )


def test_recurring_meeting_is_one_node_per_day():
    days = ["2024-01-22", "2024-02-06", "2024-01-22"]
    keys = {meeting_key("国务院常务会议", d, f"article-{i}") for i, d in enumerate(days)}
    assert keys == {"国务院常务会议@2024-01-22", "国务院常务会议@2024-02-06"}


def test_undated_recurring_meeting_stays_in_its_issue_or_article():
    assert meeting_key("国务院常务会议", None, "xwlb/0921", "2024-09-21") == "国务院常务会议@seen:2024-09-21"
    assert meeting_key("国务院常务会议", None, "pool/p039") == "国务院常务会议@pool/p039"


def test_numbered_meeting_ignores_the_day():
    assert (
        meeting_key("政协第十四届全国委员会常务委员会第三次会议", "2023-06-20", "a") == "全国政协十四届常委会第三次会议"
    )


# xwlb 20241124_03: two calls and a talk of one visit, each with its own guest
_VISIT = (
    "标题：赵乐际对葡萄牙进行正式友好访问\n"
    "央视网消息（新闻联播）：应葡萄牙议长阿吉亚尔-布兰科邀请，全国人大常委会委员长赵乐际11月21日至23日对葡萄牙进行"
    "正式友好访问，在里斯本分别会见葡萄牙总统德索萨、总理蒙特内格罗，同议长阿吉亚尔-布兰科举行会谈。\n"
    "会见蒙特内格罗时，赵乐际表示，中方愿同葡方共同努力，坚定支持彼此核心利益和重大关切，巩固政治互信。\n"
    "蒙特内格罗表示，葡方一贯坚持一个中国原则，高度评价在澳门实施的“一国两制”方针。\n"
    "同阿吉亚尔-布兰科会谈时，赵乐际表示，中国全国人大愿同葡议会一道，落实好两国领导人重要共识。\n"
    "阿吉亚尔-布兰科表示，葡议会愿同中国全国人大一道，支持和推动葡中密切各层级交往。"
)


def test_calls_with_different_guests_are_different_events_with_their_own_speakers(tmp_path) -> None:
    """call_meeting.v1 and said_at_call.v1: each call of an article with its own guest is its own node in the store,
    and what its host and guest say is said there, not at the other calls (xwlb 20241124_03)."""
    from kg.model import Article, GraphBatch
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs
    from kg.store.sqlite import SqliteStore

    graphs = extract_graphs([Article(id="xwlb/20241124_03", text=_VISIT, date="2024-11-24")], LacExtractor())
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        store.write(GraphBatch(tuple(graphs)))
        names = {e.id: e.name for e in store.entities() if e.label == "Meeting"}
        people = {e.id: e.name for e in store.entities() if e.label == "Person"}
        roles = {(people[r.source], r.type, names[r.target]) for r in store.relations() if r.target in names}
    assert set(names.values()) == {
        "会见德索萨（2024-11-24）",
        "会见蒙特内格罗（2024-11-24）",
        "同阿吉亚尔-布兰科会谈（2024-11-24）",
    }
    assert ("蒙特内格罗", "SPOKE_AT", "会见蒙特内格罗（2024-11-24）") in roles
    assert ("阿吉亚尔-布兰科", "SPOKE_AT", "同阿吉亚尔-布兰科会谈（2024-11-24）") in roles
    assert ("赵乐际", "SPOKE_AT", "同阿吉亚尔-布兰科会谈（2024-11-24）") in roles
    assert not {r for r in roles if r[0] == "蒙特内格罗" and r[2] != "会见蒙特内格罗（2024-11-24）"}
    assert not {r for r in roles if r[0] == "阿吉亚尔-布兰科" and not r[2].startswith("同")}


def _calls(shared_dir: Path, stem: str, date: str) -> tuple[set[tuple[str, str]], dict[str, str | None]]:
    """(speaker, call) of the SPOKE_AT of one real xwlb text, and each call's date read from the text, the date
    mark dropped from the call's name."""
    from kg.model import Article
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    text = (shared_dir / f"corpus/xwlb/{stem}.txt").read_text()
    g = extract_graphs([Article(id=f"xwlb/{stem}", text=text, date=date)], LacExtractor())[0]
    names = {e.id: e.name.split("（")[0] for e in g.entities}
    held = {names[e.id]: e.date for e in g.entities if e.label == "Meeting"}
    return {(names[r.source], names[r.target]) for r in g.relations if r.type == "SPOKE_AT"}, held


def _spoken_at_calls(shared_dir: Path, stem: str, date: str) -> set[tuple[str, str]]:
    return _calls(shared_dir, stem, date)[0]


def test_each_guest_of_a_list_of_calls_is_a_call_of_their_own_even_one_the_model_missed(shared_dir: Path) -> None:
    """call_meeting.v1 and said_at_call.v1: 分别会见…乌里·巴、哈萨克斯坦总理别克捷诺夫、… is one call a guest; the later
    在会见别克捷诺夫时 (别克捷诺夫 no person when calls are found) is the call of the list item it ends, and each
    guest's words are said at their own call only, the host's at each (xwlb 20260623_03, five guests of 分别会见)."""
    spoke, held = _calls(shared_dir, "20260623_03", "2026-06-23")
    guests = ["乌里·巴", "别克捷诺夫", "金民锡", "乌其尔勒", "斯帕伊奇"]
    assert spoke == {(g, "会见" + g) for g in guests} | {("李强", "会见" + g) for g in guests}
    # the list names each call, 乌其尔勒's too (no person there when calls are found): dated by its sentence
    assert {held["会见" + g] for g in guests} == {"2026-06-23"}


def test_a_list_of_calls_after_a_call_of_its_own_gives_each_guest_their_call(shared_dir: Path) -> None:
    """call_meeting.v1: 会见…拉赫蒙 then 分别会见…武契奇和…禹元植, under a headline listing the three by title: three
    calls, each guest speaking at their own (xwlb 20250904_10)."""
    spoke = _spoken_at_calls(shared_dir, "20250904_10", "2025-09-04")
    guests = ["拉赫蒙", "武契奇", "禹元植"]
    assert spoke == {(g, "会见" + g) for g in guests} | {("赵乐际", "会见" + g) for g in guests}


def test_a_list_of_talks_gives_each_guest_their_talk_and_the_host_both(shared_dir: Path) -> None:
    """said_at_call.v1: 同阿希姆巴耶夫、科沙诺夫分别举行会谈 and 同阿希姆巴耶夫、科沙诺夫分别会谈时，赵乐际表示: two
    talks; 科沙诺夫's words are said at his talk, never at 阿希姆巴耶夫's (xwlb 20260527_03)."""
    spoke = _spoken_at_calls(shared_dir, "20260527_03", "2026-05-27")
    assert spoke == {
        ("赵乐际", "会见托卡耶夫"),
        ("赵乐际", "同阿希姆巴耶夫会谈"),
        ("赵乐际", "同科沙诺夫会谈"),
        ("阿希姆巴耶夫", "同阿希姆巴耶夫会谈"),
        ("科沙诺夫", "同科沙诺夫会谈"),
    }


def test_a_later_call_naming_its_guest_by_a_title_keeps_the_calls_one_event(shared_dir: Path) -> None:
    """call_meeting.v1: the guard stands where the words after a call word are a title (the real text of xwlb
    20260623_03 with 别克捷诺夫 dropped: 哈萨克斯坦总理 in the list, 在会见总理时 later): a title matches no list item,
    which guest's call it is cannot be told, so the article's calls stay one event and no words go to another guest."""
    from kg.model import Article
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    real = (shared_dir / "corpus/xwlb/20260623_03.txt").read_text()
    text = real.replace("哈萨克斯坦总理别克捷诺夫", "哈萨克斯坦总理").replace("在会见别克捷诺夫时", "在会见总理时")
    g = extract_graphs([Article(id="xwlb/20260623_03", text=text, date="2026-06-23")], LacExtractor())[0]
    names = {e.id: e.name for e in g.entities}
    assert {names[r.target] for r in g.relations if r.type == "SPOKE_AT"} == {"会见（2026-06-23）"}


def test_a_list_of_calls_of_two_hosts_is_no_list_of_one_hosts_calls(shared_dir: Path) -> None:
    """call_meeting.v1: 甲、乙分别会见丙和丁 is two hosts, each with a guest, which one cannot be told (the real text of
    xwlb 20250904_10 with a second host written in: 赵乐际、王沪宁在北京分别会见…武契奇和…禹元植): the call word stays
    the call of the first guest, as before lists, and 禹元植's call is named by its own call word only."""
    from kg.model import Article
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    real = (shared_dir / "corpus/xwlb/20250904_10.txt").read_text()
    text = real.replace("4日上午，赵乐际在北京分别会见", "4日上午，赵乐际、王沪宁在北京分别会见")
    g = extract_graphs([Article(id="xwlb/20250904_10", text=text, date="2025-09-04")], LacExtractor())[0]
    names = {e.id: e.name for e in g.entities}
    listed = text.index("分别会见", text.index("4日上午")) + 2
    at_list = {names[m.entity_id] for m in g.mentions if m.start == listed}
    assert at_list == {"会见武契奇（2025-09-04）"}


def test_a_short_name_of_an_articles_meeting_is_that_meeting() -> None:
    """full_forms: a name that starts with its ordinal ends exactly one meeting name of the article; a headline's
    body-and-kind name is the one numbered meeting of that kind (xwlb 20251203_02, 20260708_04, 20250528_06)."""
    from kg.meetings import full_forms

    assert full_forms({"国务院第十七次专题学习", "第十七次专题学习"}, set()) == {
        "第十七次专题学习": "国务院第十七次专题学习"
    }
    assert full_forms({"中国科学技术协会第十一次全国代表大会第二次全体会议", "第二次全体会议"}, {"第二次全体会议"}) == {
        "第二次全体会议": "中国科学技术协会第十一次全国代表大会第二次全体会议"
    }
    numbered = "政协第十四届全国委员会第三十六次主席会议"
    assert full_forms({"全国政协主席会议", numbered}, {"全国政协主席会议"}) == {"全国政协主席会议": numbered}
    # the headline's 全国人大常委会会议, named 全国人大常委会, is the lead's session of that body (xwlb 20240911_09)
    session = "十四届全国人大常委会第11次会议"
    assert full_forms({"全国人大常委会", session}, {"全国人大常委会"}) == {"全国人大常委会": session}
    # outside the headline the body-and-kind name is the institution; two meetings it could end: neither
    assert full_forms({"全国政协主席会议", numbered}, set()) == {}
    assert full_forms({"第二次全体会议", "甲会第二次全体会议", "乙会第二次全体会议"}, set()) == {}


@pytest.mark.parametrize(
    ("stem", "date", "meeting", "roles"),
    [
        ("20251203_02", "2025-12-03", "国务院第十七次专题学习",
         {("李强", "PRESIDED"), ("李强", "SPOKE_AT"), ("高国力", "SPOKE_AT"), ("丁薛祥", "SPOKE_AT"),
          ("何立峰", "SPOKE_AT"), ("王小洪", "SPOKE_AT")}),
        ("20250528_06", "2025-05-28", "政协第十四届全国委员会第三十六次主席会议",
         {("王沪宁", "PRESIDED"), ("王沪宁", "SPOKE_AT")}),
    ],
)  # fmt: skip
def test_the_headlines_and_the_bodys_names_of_one_meeting_are_one_node(
    shared_dir: Path, stem: str, date: str, meeting: str, roles: set[tuple[str, str]]
) -> None:
    """full_forms: 李强主持国务院第十七次专题学习 … 进行第十七次专题学习 … 在主持学习时强调 and
    王沪宁主持召开全国政协主席会议 … 政协第十四届全国委员会第三十六次主席会议…召开 are one meeting each, with every role
    of the article's event on it."""
    from kg.model import Article
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    text = (shared_dir / f"corpus/xwlb/{stem}.txt").read_text()
    g = extract_graphs([Article(id=f"xwlb/{stem}", text=text, date=date)], LacExtractor())[0]
    names = {e.id: e.name for e in g.entities}
    held = [e for e in g.entities if e.label == "Meeting" and e.name == meeting]
    assert len(held) == 1
    on_it = {(names[r.source], r.type) for r in g.relations if r.target == held[0].id}
    assert roles <= on_it
    assert not {r for r in g.relations if r.type == "PRESIDED" and r.target != held[0].id}
