"""Article metadata that is evident from a file: headers, file names, mastheads, manifests.

Nothing is guessed from content beyond what the text states: a month/day dateline
("6月3日") gives a date only together with a year from the file name or header.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import opencc

_t2s = opencc.OpenCC("t2s").convert

# header keys (Chinese and English) -> field
_HEADER_KEYS = {
    "标题": "title",
    "题目": "title",
    "title": "title",
    "日期": "date",
    "发布日期": "date",
    "发布时间": "date",
    "date": "date",
    "来源": "source",
    "source": "source",
    "链接": "url",
    "网址": "url",
    "url": "url",
    "报纸": "newspaper",
    "newspaper": "newspaper",
    "版次": "page",
    "版面": "page",
    "page": "page",
    "作者": "author",
    "author": "author",
}
_HEADER_LINE = re.compile(r"^\s*([A-Za-z\u4e00-\u9fff]{2,6})\s*[：:]\s*(.*?)\s*$")
_URL = re.compile(r"https?://[^\s<>\"'，。）)]+")
_DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?!\d)")
_DATE_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_PAGE_IN_STEM = re.compile(r"(?:^|[-_])p(?:age)?0*(\d{1,3})$", re.IGNORECASE)
_PAGE_IN_TEXT = re.compile(r"^第0*(\d{1,3})版")
_BOOK_TITLE = re.compile(r"《([^》]{2,20})》")
# masthead names seen in text, and path tokens that name a paper unambiguously
NEWSPAPERS = ("许昌日报", "人民日报", "河南日报", "新华日报", "光明日报", "经济日报", "解放日报")
PATH_HINTS = {"xuchang-daily": "许昌日报", "xcrb": "许昌日报"}


@dataclass(frozen=True)
class Header:
    """Leading ``key：value`` lines of a file and the body after them."""

    fields: dict[str, str]
    body: str


def parse_header(text: str) -> Header:
    """Read leading ``标题：…/日期：…/来源：…`` lines (at least two) off ``text``."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines):
        m = _HEADER_LINE.match(lines[i])
        if not m:
            break
        key = _HEADER_KEYS.get(_t2s(m.group(1)).lower())
        if key is None:
            break
        fields.setdefault(key, m.group(2))
        i += 1
    if len(fields) < 2:
        return Header({}, text)
    return Header(fields, "\n".join(lines[i:]).strip("\n"))


def iso_date(value: str) -> str | None:
    """ISO date from ``20220930``, ``2022-09-30``, ``2022年9月30日`` (first valid one)."""
    for rx in (_DATE_ISO, _DATE_COMPACT):
        for m in rx.finditer(value):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                continue
    return None


def date_from_name(stem: str) -> str | None:
    """``2022-06-04-p1`` -> 2022-06-04; ``p02_xuchang_20170719_ldhd`` -> 2017-07-19."""
    return iso_date(stem)


_YEAR_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(?!\d)")


def date_from_name_and_dateline(stem: str, text: str) -> str | None:
    """``p12_wmxa_201603_309306`` + a first dateline "3月15日" -> 2016-03-15 (months must agree)."""
    m = _YEAR_MONTH.search(stem)
    if not m:
        return None
    d = re.search(r"(?<![\d年])(\d{1,2})月(\d{1,2})日", text[:300])
    if not d or int(d.group(1)) != int(m.group(2)):
        return None
    try:
        return dt.date(int(m.group(1)), int(d.group(1)), int(d.group(2))).isoformat()
    except ValueError:
        return None


def date_from_text(text: str, year_hint: int | None = None) -> str | None:
    """A full date stated near the top (发布时间:2021-09-08, 發佈時間:2021-09-08), else 月日 with a known year."""
    head = _t2s(text[:300])  # the labels in either script
    m = re.search(r"(?:发布时间|发布日期|日期|时间)\s*[：:]\s*(\S+)", head)
    if m and (d := iso_date(m.group(1))):
        return d
    if year_hint:
        m2 = re.search(r"(?<![\d年])(\d{1,2})月(\d{1,2})日", head)
        if m2:
            try:
                return dt.date(year_hint, int(m2.group(1)), int(m2.group(2))).isoformat()
            except ValueError:
                return None
    return None


def page_from(stem: str, text: str) -> str | None:
    """Page number from ``…-p1`` at the end of a file name or a ``第03版`` first line."""
    m = _PAGE_IN_STEM.search(stem)
    if m:
        return str(int(m.group(1)))
    m = _PAGE_IN_TEXT.match(text.lstrip()[:20])
    return str(int(m.group(1))) if m else None


def head_lines(text: str, n: int = 3) -> list[str]:
    """The first ``n`` lines of ``text`` that hold something (a page read from HTML has a blank
    line between its paragraphs, a page set as plain text none)."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            out.append(line)
            if len(out) == n:
                break
    return out


def newspaper_from(path: Path, text: str, source_field: str = "") -> str | None:
    """A paper named in a 来源 header (《新闻联播》), a masthead, or a known path token (a known paper's
    name in either script: 許昌日報 is 许昌日报)."""
    if source_field:
        m = _BOOK_TITLE.search(source_field)
        if m:
            return m.group(1)
        for name in NEWSPAPERS:
            if name in _t2s(source_field):
                return name
    head = _t2s("\n".join(head_lines(text)))
    for name in NEWSPAPERS:
        if name in head:
            return name
    tokens = {t.lower() for part in path.parts for t in re.split(r"[_.\s]+", part)}
    for token, name in PATH_HINTS.items():
        if token in tokens:
            return name
    return None


def url_from(value: str) -> str | None:
    m = _URL.search(value)
    return m.group(0) if m else None


@lru_cache(maxsize=64)
def _manifest(directory: str) -> dict[str, str]:
    path = Path(directory) / "MANIFEST.tsv"
    out: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter="\t"):
                if not row:
                    continue
                url = next((c for c in reversed(row) if c.startswith(("http://", "https://"))), None)
                if url:
                    out[row[0].strip()] = url
    except (OSError, UnicodeDecodeError):
        return {}
    return out


def url_from_manifest(path: Path) -> str | None:
    """Source URL of ``path`` from a ``MANIFEST.tsv`` (file name, …, URL) beside it."""
    return _manifest(str(path.parent.resolve())).get(path.name)
