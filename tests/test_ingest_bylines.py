"""Bylines and photo credits on real lines of the corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.ingest import discover, find_credits, read_file
from kg.ingest.bylines import RULE_PHOTO, RULE_REPORTER

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).parents[1].parent / "shared"))
CORPUS = SHARED / "corpus"


def _names(text: str) -> list[tuple[str, str]]:
    found = find_credits(text)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.source == (RULE_PHOTO if m.label == "Photographer" else RULE_REPORTER)
        assert m.attr("press_title")
    return [(m.text, m.label) for m in found]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "本报讯(记者王利辉 石冠兵 高伟山)6月3日,全市领导干部会议暨创新驱动制造业高质量发展会议召开,",
            [("王利辉", "Reporter"), ("石冠兵", "Reporter"), ("高伟山", "Reporter")],
        ),
        (
            "本报记者 胡晨 通讯员 刘艳红 杨冀梁",
            [("胡晨", "Reporter"), ("刘艳红", "Reporter"), ("杨冀梁", "Reporter")],
        ),
        ("本报记者牛书培摄", [("牛书培", "Photographer")]),
        ("□本报记者 许廷合", [("许廷合", "Reporter")]),
        ("会议还研究了其他工作事项。 全媒体记者:刘丽娟 王俊", [("刘丽娟", "Reporter"), ("王俊", "Reporter")]),
        ("(全媒体记者 陈磊)近日,", [("陈磊", "Reporter")]),
        ("记者 王利辉 石冠兵", [("王利辉", "Reporter"), ("石冠兵", "Reporter")]),
        ("通讯员 刘艳红、杨冀梁", [("刘艳红", "Reporter"), ("杨冀梁", "Reporter")]),
        ("6月3日,市委书记史根治讲话。 张三/摄", [("张三", "Photographer")]),
        ("(欧阳明 摄)", [("欧阳明", "Photographer")]),
        ("摄影 王五", [("王五", "Photographer")]),
        ("本報記者陳磊攝", [("陳磊", "Photographer")]),
        ("本报讯 记者张伟报道", [("张伟", "Reporter")]),
        # ../shared/corpus/pool/p010.txt and p024.txt: the outlet before the title, a name spaced apart
        (
            "臺海網8月28日訊(海峽導報記者 張雄敏 劉龍 通訊員 鄭文典 薛敏靈) 8月27日上午,",
            [("張雄敏", "Reporter"), ("劉龍", "Reporter"), ("鄭文典", "Reporter"), ("薛敏靈", "Reporter")],
        ),
        ("本报讯(记者陈 赛)6月7日下午,", [("陈 赛", "Reporter")]),
        # ../shared/corpus/pool/p021.txt (blind set J): a paper and its site joined by ·, a name run into 实习生
        (
            "本报北京4月27日电(中青报·中青网记者刘世昕实习生黄馨瑶)今天,",
            [("刘世昕", "Reporter"), ("黄馨瑶", "Reporter")],
        ),
        # text and picture by one hand (issue 12, class 8), and 撰稿
        ("(文/图 李明)", [("李明", "Reporter")]),
        ("文图/张华", [("张华", "Reporter")]),
        ("会议召开。\n文/图:王五", [("王五", "Reporter")]),
        ("撰稿:赵六", [("赵六", "Reporter")]),
        ("会议召开。\n本版制图 李梦源", [("李梦源", "Reporter")]),
    ],
)
def test_credit_lines(line: str, expected: list[tuple[str, str]]):
    assert _names(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "记者从民政部了解到，今天（4月5日），全国共接待现场祭扫群众1460.36万人次。",
        "记者今天（5月29日）从市场监管总局了解到，",
        "匈牙利外交部长西雅尔多23日在纽约联合国总部接受总台记者专访时表示，",
        "国家主席习近平在布达佩斯总理府同匈牙利总理欧尔班会谈后共同会见记者。",
        "本报评论员",
        "拍摄了众多鼓岭照片、103岁高龄的",
        "图文并茂地展示了全县的发展成就。",
        "完成了全县的制图工作。",
    ],
)
def test_no_credit_in_prose(line: str):
    assert _names(line) == []


def test_offsets_point_into_the_article():
    (article,) = [a for a in read_file(CORPUS / "xuchang-daily" / "2022-06-04-p1.txt") if a.id.endswith("#1")]
    found = find_credits(article.text)
    assert [(m.text, m.label) for m in found] == [
        ("牛书培", "Photographer"),
        ("牛书培", "Photographer"),
        ("王利辉", "Reporter"),
        ("石冠兵", "Reporter"),
        ("高伟山", "Reporter"),
    ]
    assert all(article.text[m.start : m.end] == m.text for m in found)


def test_gold_reporters_are_found_exactly():
    gold = {}
    for line in (SHARED / "gold" / "dev.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        gold[d["doc_id"]] = set(d.get("reporters", []))
    sources = {p.stem: p for p in discover([CORPUS / "pages"])}
    sources["xc-2022-06-04"] = CORPUS / "xuchang-daily" / "2022-06-04-p1.txt"
    for doc_id, expected in gold.items():
        found = {m.text for a in read_file(sources[doc_id]) for m in find_credits(a.text)}
        assert found == expected, doc_id


def test_corpus_credits_are_names():
    """Across the whole corpus every credit is a 2-4 character name at a byline position."""
    total = 0
    for path in discover([CORPUS]):
        for a in read_file(path):
            for m in find_credits(a.text):
                assert 2 <= len(m.text) <= 4
                assert a.text[m.start : m.end] == m.text
                total += 1
    assert total >= 8
