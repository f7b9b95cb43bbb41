"""Print layout and page markup at first sight: real gold texts set in a narrow print column,
wrapped in a web page, read back as the plain text gives them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.ingest import find_credits, normalize, read_file
from kg.ingest.metadata import head_lines
from kg.ner.rules import title_chain
from kg.resolve import paper_in_head

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).parents[1].parent / "shared"))
WIDE = SHARED / "gold" / "wide" / "texts"
GOLDEN = Path(__file__).parent / "golden" / "texts"
needs_wide = pytest.mark.skipif(not WIDE.is_dir(), reason="wide gold not found (set KG_SHARED)")


def as_column(text: str, *, indent: bool) -> str:
    """``text`` set in a column 14–22 characters wide, each paragraph opened by an indent (　　)
    or closed by a blank line, as a printed page gives it."""
    out = []
    for n, para in enumerate(line.strip() for line in text.split("\n") if line.strip()):
        lines, i = [], 0
        while i < len(para):
            width = 14 + (n * 5 + len(lines) * 3) % 9
            lines.append(para[i : i + width])
            i += width
        out.append(("\u3000\u3000" if indent else "") + "\n".join(lines) + ("" if indent else "\n"))
    return "\n".join(out)


def _flat(text: str) -> str:
    return normalize(text).replace("\n\n", "\n")


@needs_wide
@pytest.mark.parametrize("indent", [True, False])
@pytest.mark.parametrize("name", ["w05.txt", "w07.txt", "w10.txt", "w26.txt"])
def test_a_print_column_is_joined_back_into_its_paragraphs(name: str, indent: bool) -> None:
    # w05: 区人大常委会主任戴|骅 (a name broken); w07: 本报讯(记者 陈施君 实习记|者 黄漠) (a bracket open)
    text = (WIDE / name).read_text(encoding="utf-8")
    column = as_column(text, indent=indent)
    assert column.count("\n") >= 3 * text.count("\n")
    assert _flat(column) == _flat(text)


def test_a_column_line_ending_in_an_opening_mark_or_before_a_comma_continues() -> None:
    # pool_p020: …联合举办“|青春志愿行 共创文明城”主题志愿服务活动 (a spaced line after an open quote)
    text = (GOLDEN / "pool_p020.txt").read_text(encoding="utf-8")
    column = as_column(text, indent=True)
    assert "“青春志愿行 共创文明城”主题志愿服务活动" in normalize(column)
    para = "\u3000\u3000会议审议并通过了有关事项\n，决定任命侯继军同志为副区长\n。\n"
    assert normalize(para * 3) == "\n".join(["会议审议并通过了有关事项，决定任命侯继军同志为副区长。"] * 3)


def test_a_headline_above_a_column_stays_a_line_of_its_own() -> None:
    # pool_p039: the headline must not run into the first paragraph it stands over
    text = (GOLDEN / "pool_p039.txt").read_text(encoding="utf-8")
    head = text.split("\n")[0]
    got = normalize(as_column(text, indent=True)).split("\n")
    assert got[0] == head
    assert got[1].startswith("讨论通过《国务院2024年重点工作分工方案》")


def test_text_of_wide_lines_is_not_read_as_a_column() -> None:
    # a news round-up: short headlines over whole paragraphs (xwlb), and a list of speakers (w13)
    page = SHARED / "corpus" / "xwlb" / "20240405_10.txt"
    if not page.is_file():
        pytest.skip("corpus not found (set KG_SHARED)")
    lines = normalize(page.read_text(encoding="utf-8")).split("\n")
    assert "今天全国接待祭扫群众超1460万人次" in lines
    assert "针对南方多地强降水 国家防总启动防汛四级应急响应" in lines
    roles = (
        "市委常委、组织部长刘清江亲临大会指导并作重要讲话\n县委书记曹修松作第九届县委工作报告\n"
        "县委副书记廖桂生主持开幕式、闭幕式\n"
    )
    prose = "会议期间,通过加强组织领导,规范操作程序,严明工作纪律,圆满完成了大会各项议程,选举产生了新一届县委。\n"
    assert normalize(roles * 2 + prose) == (roles * 2 + prose).strip()


def test_a_title_chain_stops_at_the_line_end_before_a_name() -> None:
    # w05 broken in a column: 常务副区长|岑福康 (a chain ending in the newline once crashed split_title)
    text = "区人大常委会主任戴骅出席。常务副区长\n岑福康,区监察委员会负责人列席会议。"
    (span,) = title_chain(text, text.index("岑福康"))
    assert text[span[0] : span[1]] == "常务副区长"


def test_the_page_head_skips_blank_lines() -> None:
    # w15 as a web page gives it: a blank line between the head's lines
    head = "乌兰察布市党政代表团到我市考察\n\n【副篇名】邢国辉侯亮与王学丰陶淑菊一行座谈\n\n"
    head += "【报纸名称】:张家口日报\n\n本报讯"
    assert paper_in_head(head) == "张家口日报"
    assert head_lines(head) == [line for line in head.split("\n") if line][:3]


@needs_wide
def test_a_web_page_drops_its_navigation_and_footer(tmp_path: Path) -> None:
    # w09 ends in a bare-name byline "(陈甜甜 徐 峰)": the page's footer must not follow it
    text = (WIDE / "w09.txt").read_text(encoding="utf-8")
    paras = "".join(f"<p>{line}</p>\n" for line in text.split("\n") if line.strip())
    page = tmp_path / "w09.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>竹山新闻网</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/xw">新闻中心</a></div>'
        f'<div class="article">{paras}</div>'
        '<div id="footer"><p>版权所有 © 本网 | <a href="/map">网站地图</a></p></div>'
        "<footer><p>主办单位：本网站</p></footer></body></html>",
        encoding="utf-8",
    )
    (a,) = read_file(page)
    assert a.text == normalize(text.replace("\n", "\n\n"))
    assert {m.text.replace(" ", "") for m in find_credits(a.text)} == {"陈甜甜", "徐峰"}


def test_a_newspaper_page_saved_as_html_splits_into_its_articles(tmp_path: Path) -> None:
    # p02: a Xuchang Daily page of [headline] items, as a web page holds it
    text = (GOLDEN / "p02_xuchang_20170719_ldhd.txt").read_text(encoding="utf-8")
    paras = "".join(f"<p>{line}</p>\n" for line in text.split("\n") if line.strip())
    page = tmp_path / "p02_xuchang_20170719_ldhd.html"
    page.write_text(f"<html><head><title>许昌日报</title></head><body>{paras}</body></html>", encoding="utf-8")
    got = read_file(page)
    want = read_file(GOLDEN / "p02_xuchang_20170719_ldhd.txt")
    assert len(want) > 1
    assert [(a.id, a.title, a.text.replace("\n\n", "\n")) for a in got] == [
        (a.id, a.title, a.text.replace("\n\n", "\n")) for a in want
    ]


HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "（": "(", "）": ")", "；": ";", "？": "?", "！": "!"})


def test_half_width_sentence_marks_are_read_as_chinese_ones() -> None:
    from kg.ingest.normalize import fold_punctuation

    # 20230520_04 with half-width punctuation: …宣传节目.10时,丁薛祥前往主席台,宣布…启动.
    text = (GOLDEN / "20230520_04.txt").read_text(encoding="utf-8")
    folded = fold_punctuation(text.translate(HALF))
    assert len(folded) == len(text)
    assert [i for i, c in enumerate(folded) if c in "。；？！"] == [i for i, c in enumerate(text) if c in "。；？！"]
    # numbers, times, dates and Latin text keep their marks
    for kept in ("增长1.5亿元", "10:30", "2023.5.1", "Mr. Smith", "等等...", "www.gov.cn"):
        assert fold_punctuation(kept) == kept


@needs_wide
@pytest.mark.parametrize("name", ["w05.txt", "w10.txt"])
def test_a_text_in_half_width_punctuation_gives_the_same_meeting_roles(name: str, tmp_path: Path) -> None:
    # w05: …共24人出席.会议由戴骅主持. (the attendee list and the presider read sentence by sentence)
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    half = tmp_path / name
    half.write_text((WIDE / name).read_text(encoding="utf-8").translate(HALF), encoding="utf-8")

    def roles(path: Path) -> set[tuple[str, str, str]]:
        (g,) = extract_graphs(read_file(path), LacExtractor())
        names = {e.id: e.name for e in g.entities}
        return {
            (r.type, names[r.source], names[r.target])
            for r in g.relations
            if r.type in ("PRESIDED", "ATTENDED", "SPOKE_AT")
        }

    want = roles(WIDE / name)
    assert len(want) >= 5
    assert roles(half) == want


def test_a_two_character_name_set_three_wide_is_closed_up() -> None:
    # pool_p024: 本报讯(记者陈 赛); w31: 责任编辑:王 爽; w05 spaced as print pads a name: 主任戴　骅,
    assert normalize("本报讯(记者陈 赛)6月7日下午,台州市第六次妇女代表大会闭幕。") == (
        "本报讯(记者陈赛)6月7日下午,台州市第六次妇女代表大会闭幕。"
    )
    assert normalize("区人大常委会主任戴\u3000骅,副主任宋嘉禾出席。决定接受张\u3000伟同志辞去区长职务。") == (
        "区人大常委会主任戴骅,副主任宋嘉禾出席。决定接受张伟同志辞去区长职务。"
    )
    # spaces between phrases and between three-character names stay (20260701_01, a headline)
    head = "李强主持　赵乐际王沪宁丁薛祥李希韩正出席　蔡奇宣读决定"
    assert normalize(head) == head.replace("\u3000", " ")
    assert normalize("本报记者 胡晨 通讯员 刘艳红 杨冀梁") == "本报记者 胡晨 通讯员 刘艳红 杨冀梁"


def test_a_padded_name_after_a_three_character_one_ending_in_a_surname_is_not_joined_to_it() -> None:
    # w09 ends in "(陈甜甜 徐 峰)"; SYNTHETIC, w09 with its names replaced (tests/golden/substitution_scores.py):
    # 明 of 李恩明 is a surname character too, and the space after it is no padding: the byline stays two names
    assert normalize("张礼进列席会议。 (陈甜甜 徐 峰)") == "张礼进列席会议。 (陈甜甜 徐峰)"
    assert normalize("张礼进列席会议。 (李恩明 曲 锋)") == "张礼进列席会议。 (李恩明 曲锋)"
    # a press title glued to a padded name still closes up (pool_p024)
    assert normalize("本报讯(记者陈 赛)6月7日下午,") == "本报讯(记者陈赛)6月7日下午,"
