"""Normalization, simplified twins and page splitting: examples from the corpus and properties."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import normalize, split_page, to_simplified
from kg.ingest.split import is_section_label

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).parents[1].parent / "shared"))
PAGE = SHARED / "corpus" / "xuchang-daily" / "2022-06-04-p1.txt"


def test_print_breaks_inside_a_sentence_are_joined():
    page = PAGE.read_text(encoding="utf-8")
    text = normalize(page)
    for joined in ("统筹推进", "以竞速状态", "指标情况", "6月底前完成“三化三制”", "社会环境、风清气正", "懈怠情绪"):
        assert joined in text
    for broken in ("统筹\n", "以竞速\n", "指标情\n", "6月底前完\n"):
        assert broken not in text


def test_paragraphs_headings_and_short_lines_are_kept():
    text = normalize(PAGE.read_text(encoding="utf-8"))
    lines = text.split("\n")
    for line in (
        "## 一天当作两天用 奋力实现“双过半”",
        "——论贯彻落实全市领导干部会议暨创新驱动制造业高质量发展会议精神",
        "本报评论员",
        "本报记者牛书培摄",
        "### 掌握技能好就业",
        "史根治刘涛讲话 马正兰王堃刘保新等参加",
    ):
        assert line in lines
    assert "\n\n\n" not in text
    assert text.count("\n\n") >= 30  # the page's paragraphs stay separate


def test_short_example_breaks():
    line = "就做好下一步工作,史根治强调,各级各部门要聚焦“疫情要防住、经济要稳住、发展要安全”,下“非常之功”、以竞速"
    assert normalize(f"{line}\n\n状态、拼抢姿态。") == f"{line}状态、拼抢姿态。"
    # a short line without a sentence end is a label or heading, not a broken sentence
    assert normalize("强龙头,市区经济加快发展\n\n一座城市的发展道路虽然漫长。").count("\n") == 2
    # numbered subheadings and spaced headline lines are kept too (real xwlb lines)
    sub = "一、秉持建交初心，推动中法关系承前启后、继往开来，为中法关系下一个六十年开辟新的道路和方向"
    assert normalize(f"{sub}\n王毅说，法国是第一个同新中国建交的西方大国。").count("\n") == 1
    assert normalize(f"{line}\n李强主持 赵乐际王沪宁出席").count("\n") == 1
    # a headline without commas followed by a dateline is not a broken sentence
    title = "我区传达衡阳市级领导及市管主要领导干部学习贯彻党的十九届六中全会精神专题读书班会议精神"
    assert normalize(f"{title}\n\n2月24日下午,我区召开会议。") == f"{title}\n\n2月24日下午,我区召开会议。"
    # items and header lines are never glued to the line before
    assert normalize("区领导张三、李四参加调研活动的有关情况并讲话部署\n[省长到许昌调研] 4月6日。").count("\n") == 1
    assert normalize("标题：烈士纪念日向人民英雄敬献花篮仪式在京隆重举行\n日期：20220930").count("\n") == 1


def test_whitespace_is_normalized_but_punctuation_widths_are_not():
    raw = "\ufeff  市委书记\u3000史根治,主持会议（扩大）：\t“好！”\xa0 \r\n\r\n\r\n\r\n市长刘涛讲话。  \r\n"
    assert normalize(raw) == "市委书记 史根治,主持会议（扩大）： “好！”\n\n市长刘涛讲话。"


def test_simplified_twin_has_equal_length():
    trad = "臺灣省長陳磊與記者會見，發展「國際」關係。"
    simp = to_simplified(trad)
    assert simp == "台湾省长陈磊与记者会见，发展「国际」关系。"
    assert len(simp) == len(trad)
    assert to_simplified("市委书记史根治") == "市委书记史根治"


ALPHABET = st.sampled_from(
    [
        *"市委书记史根治主持会议并讲话许昌统筹推进以竞速状态本报讯摄",
        *"。，,、：；“”（）()！？—#[] 　\xa0\t\r\n",
        *"06Ab",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_normalize_is_idempotent(text: str):
    once = normalize(text)
    assert normalize(once) == once
    assert "\r" not in once and "\u3000" not in once and "\n\n\n" not in once
    assert once == once.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_simplified_twin_length_property(text: str):
    assert len(to_simplified(text)) == len(text)


WORD = st.text(alphabet=st.sampled_from(list("市委书记史根治主持会议讲话许昌推进领导活动")), min_size=1, max_size=12)
PROSE = st.builds(lambda a, b: f"{a},{b}。", WORD, WORD)
# a print line cut inside a sentence: long prose without a sentence end, joined by normalize
BROKEN = st.builds(lambda a, b, c: f"{a}，{b}、{c}{a}{b}", WORD, WORD, WORD).filter(lambda s: len(s) >= 40)
LINE = st.one_of(
    PROSE,
    BROKEN,
    WORD,
    st.builds(lambda k, w: "#" * k + " " + w, st.integers(1, 3), WORD),
    st.builds(lambda h, b, sp: f"[{h}]{sp}{b}", WORD.filter(lambda w: len(w) >= 2), PROSE, st.sampled_from(["", " "])),
    st.just(""),
)


def _squash(s: str) -> str:
    return "".join(s.split())


@settings(max_examples=400, deadline=None)
@given(st.lists(LINE, max_size=25))
def test_splitting_loses_only_markers_and_a_section_label(lines: list[str]):
    """Every non-whitespace character of the page lands in a section, in order, except:
    the '#' markers of heading lines, the brackets of '[headline]' items, and a lone section
    label line (short, no sentence punctuation) before the first item."""
    page = normalize("\n".join(lines))
    sections = split_page(page)
    got = _squash("".join(s.text for s in sections))
    kept_lines = page.split("\n")
    nonblank = [ln for ln in kept_lines if ln.strip()]
    first_item = next((i for i, ln in enumerate(nonblank) if ln.startswith("[")), None)
    allowed_label = nonblank[0] if first_item == 1 and is_section_label(nonblank[0]) else None
    expected = _squash(page)
    # walk the page: every char of got must match in order; skipped chars must be markers or the label
    i = 0
    skipped = []
    for ch in expected:
        if i < len(got) and got[i] == ch:
            i += 1
        else:
            skipped.append(ch)
    assert i == len(got), "sections hold text that is not on the page"
    leftover = "".join(skipped)
    for ch in _squash(allowed_label or ""):
        leftover = leftover.replace(ch, "", 1)
    assert set(leftover) <= set("#[]"), leftover
    assert all(s.text.strip() for s in sections)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(LINE, st.text(alphabet=ALPHABET, max_size=60)), max_size=30))
def test_normalize_is_idempotent_on_page_like_text(lines: list[str]):
    text = "\n".join(lines)
    once = normalize(text)
    assert normalize(once) == once
    assert _squash(once) == _squash(text.replace("\ufeff", ""))  # joining only removes whitespace
