"""Readers, page splitting and metadata on the real corpus."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import discover, read_file, read_file_with_warnings, read_paths

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).parents[1].parent / "shared"))
CORPUS = SHARED / "corpus"
PAGE = CORPUS / "xuchang-daily" / "2022-06-04-p1.txt"
PAGES = CORPUS / "pages"


def test_example_page_splits_into_three_titled_articles():
    articles = read_file(PAGE)
    assert [a.id for a in articles] == ["2022-06-04-p1#1", "2022-06-04-p1#2", "2022-06-04-p1#3"]
    assert articles[0].title.startswith("全市领导干部会议暨创新驱动制造业高质量发展会议召开")
    assert articles[1].title == "一天当作两天用 奋力实现“双过半”"
    assert articles[2].title == "掌握技能好就业"
    assert articles[0].text.startswith(articles[0].title)  # the heading, without its '#'
    assert "——论贯彻落实" in articles[1].text and "本报评论员" in articles[1].text
    assert "稳经济 促发展 强信心\n\n掌握技能好就业\n\n本报记者 胡晨" in articles[2].text
    for a in articles:
        assert (a.date, a.page, a.newspaper, a.source) == ("2022-06-04", "1", "许昌日报", str(PAGE))
        assert not re.search(r"^#", a.text, re.M)
        assert len(a.content_hash) == 64
    assert len({a.content_hash for a in articles}) == 3


def test_example_page_keeps_short_lines_and_paragraphs():
    first = read_file(PAGE)[0].text
    lines = first.split("\n")
    assert "史根治刘涛讲话 马正兰王堃刘保新等参加" in lines
    assert lines.count("本报记者牛书培摄") == 2
    assert "\n\n市委书记史根治主持会议并讲话。" in first  # a real paragraph break stays
    for joined in ("统筹推进疫情防控", "以竞速状态", "指标情况", "6月底前完成“三化三制”"):
        assert joined in first


def test_item_page_splits_one_article_per_headline():
    articles = read_file(PAGES / "p02_xuchang_20170719_ldhd.txt")
    assert len(articles) == 5
    assert articles[0].id == "p02_xuchang_20170719_ldhd#1"
    assert articles[0].title == "省关工委调研组莅许调研"
    assert articles[0].text.startswith("省关工委调研组莅许调研\n3月30日至4月1日")
    assert all("领导活动" not in a.text for a in articles)  # the section label is not an article
    # "[全国人大调研组莅许]4月16日" has no space after the bracket
    assert articles[4].title == "全国人大调研组莅许"
    assert articles[4].text.startswith("全国人大调研组莅许\n4月16日")
    assert {a.date for a in articles} == {"2017-07-19"}
    assert articles[0].url.startswith("https://xuchang.gov.cn/")


def test_gold_pages_split_into_items_map_back_to_their_doc_id():
    gold_ids = {json.loads(line)["doc_id"] for line in (SHARED / "gold" / "dev.jsonl").open(encoding="utf-8")}
    for name in ("p04_xuchang_20201204_yqfk", "p07_wxredian_xuzhengzhoubao", "p09_hyzhq_20220302"):
        for a in read_file(PAGES / f"{name}.txt"):
            assert a.id.split("#")[0] in gold_ids
    p04 = read_file(PAGES / "p04_xuchang_20201204_yqfk.txt")
    assert [a.title for a in p04][:2] == ["全市高三复学疫情防控实战演练举行", "许昌市41名援鄂医疗队队员平安健康回家"]


def test_xwlb_header_gives_title_date_url():
    f = CORPUS / "xwlb" / "20220930_01.txt"
    (a,) = read_file(f)
    assert a.id == "20220930_01"
    assert a.title == "烈士纪念日向人民英雄敬献花篮仪式在京隆重举行"
    assert a.date == "2022-09-30"
    assert a.url == "https://tv.cctv.com/2022/09/30/VIDEqpIGcKBeeLBCANXrGj0N220930.shtml"
    assert a.newspaper == "新闻联播"
    assert a.text.startswith(a.title + "\n\n央视网消息（新闻联播）：")
    assert "日期：" not in a.text and "来源：" not in a.text


def test_dates_from_file_names_and_text():
    assert read_file(PAGES / "p05_xcrb_20181123_c437406.txt")[0].date == "2018-11-23"
    assert read_file(PAGES / "p15_rdfzl_8123.txt")[0].date == "2021-09-08"  # 发布时间:2021-09-08
    assert read_file(PAGES / "p07_wxredian_xuzhengzhoubao.txt")[0].date is None  # nothing states it
    assert read_file(PAGES / "p12_wmxa_201603_309306.txt")[0].date == "2016-03-15"  # 201603 + "3月15日"
    assert read_file(PAGES / "p16_hndsfz_2024_371910.txt")[0].date is None  # a year alone is not a date
    p05 = read_file(PAGES / "p05_xcrb_20181123_c437406.txt")[0]
    assert (p05.page, p05.newspaper) == ("3", "许昌日报")  # 第03版; xcrb


def test_markdown_headings_split(tmp_path: Path):
    f = tmp_path / "digest.md"
    f.write_text("# 第一篇\n\n市委书记张三主持会议。\n\n## 第二篇\n\n### 小标题\n\n市长李四讲话。\n", encoding="utf-8")
    a, b = read_file(f)
    assert (a.id, a.title, a.text) == ("digest#1", "第一篇", "第一篇\n\n市委书记张三主持会议。")
    assert (b.id, b.title) == ("digest#2", "小标题")
    assert b.text == "第二篇\n\n小标题\n\n市长李四讲话。"


def test_single_article_file_keeps_the_stem(tmp_path: Path):
    f = tmp_path / "20240122_04.txt"
    f.write_text("市委书记张三主持会议。\n", encoding="utf-8")
    (a,) = read_file(f)
    assert (a.id, a.date, a.source) == ("20240122_04", "2024-01-22", str(f))


def test_html_reader_strips_scripts_and_keeps_paragraphs(tmp_path: Path):
    f = tmp_path / "news.html"
    f.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>许昌网 - 新闻</title>"
        "<style>p{color:red}</style><script>var x='市长';</script></head><body>"
        "<nav><a href='/'>首页</a> <a href='/a'>要闻</a></nav>"
        "<h1>全市领导干部会议召开</h1><p>6月3日，市委书记史根治&nbsp;主持会议。</p>"
        "<p>市长刘涛<br>部署工作。</p></body></html>",
        encoding="utf-8",
    )
    (a,) = read_file(f)
    assert a.title == "全市领导干部会议召开"
    assert a.text == "全市领导干部会议召开\n\n6月3日，市委书记史根治 主持会议。\n\n市长刘涛\n部署工作。"
    assert "首页" not in a.text and "color" not in a.text and "var x" not in a.text


def test_html_in_gbk_uses_title_when_no_h1(tmp_path: Path):
    f = tmp_path / "old.htm"
    f.write_bytes(
        "<html><head><title>市政府常务会议</title></head><body><div>市长主持会议。</div></body></html>".encode("gbk")
    )
    (a,) = read_file(f)
    assert a.title == "市政府常务会议"
    assert a.text == "市长主持会议。"


def test_jsonl_reader_reads_good_lines_and_reports_bad_ones(tmp_path: Path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {"id": "a1", "title": "标题一", "text": "市长张三主持会议。", "date": "20220930", "url": "http://x/1"}
        ),
        "{not json",
        json.dumps({"content": "市委书记李四讲话。", "newspaper": "许昌日报", "page": 2}),
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"doc_id": "a1", "body": "副市长王五参加。"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, warnings = read_file_with_warnings(f)
    assert [a.id for a in articles] == ["a1", "batch#3", "a1#7"]
    assert (articles[0].title, articles[0].date, articles[0].url) == ("标题一", "2022-09-30", "http://x/1")
    assert (articles[1].newspaper, articles[1].page) == ("许昌日报", "2")
    assert [w.line for w in warnings] == [2, 4, 5, 7]
    assert "not JSON" in warnings[0].message


def test_jsonl_with_no_good_line_is_an_error(tmp_path: Path):
    f = tmp_path / "bad.jsonl"
    f.write_text("{oops\n[1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_file(f)
    assert "line 1" in str(e.value) and "not JSON" in str(e.value)


def test_discover_sorted_filtered_and_loop_safe(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    for rel in ("b/2.txt", "a/1.md", "a/3.html", "a/4.jsonl", "a/skip.tsv", "a/README.md", "a/noext", ".hidden.txt"):
        (tmp_path / rel).write_text("市长讲话。", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a/1.md", "a/3.html", "a/4.jsonl", "b/2.txt"]
    # an explicit file is taken whatever its name; duplicates are dropped
    assert list(discover([tmp_path / "a" / "noext", tmp_path / "a" / "noext"])) == [tmp_path / "a" / "noext"]


def test_discover_missing_path_names_it(tmp_path: Path):
    missing = tmp_path / "nope"
    with pytest.raises(InputError) as e:
        list(discover([missing]))
    assert str(missing) in str(e.value)


def test_discover_survives_dangling_links(tmp_path: Path):
    (tmp_path / "ok.txt").write_text("市长讲话。", encoding="utf-8")
    (tmp_path / "gone").symlink_to(tmp_path / "missing-dir", target_is_directory=True)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    assert [p.name for p in discover([tmp_path])] == ["ok.txt"]


def test_every_corpus_file_reads():
    files = list(discover([CORPUS]))
    assert len(files) >= 320
    ids: set[str] = set()
    for f in files:
        articles, _ = read_file_with_warnings(f)
        assert articles, f
        for a in articles:
            assert a.text.strip() and re.search(r"[\u4e00-\u9fff]", a.text), a.id
            assert len(a.analysis_text) == len(a.text)
            assert a.id not in ids
            ids.add(a.id)
    assert sum(1 for _ in read_paths([CORPUS])) == len(ids)
