"""Encoding detection on real corpus text written in every encoding the readers accept."""

from __future__ import annotations

import os
import random
from pathlib import Path

import opencc
import pytest

from kg.errors import InputError
from kg.ingest import decode_bytes, read_file, read_file_with_warnings

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).parents[1].parent / "shared"))
PAGE = SHARED / "corpus" / "xuchang-daily" / "2022-06-04-p1.txt"
XWLB = SHARED / "corpus" / "xwlb" / "20220930_01.txt"


@pytest.fixture(scope="module")
def page_text() -> str:
    return PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def traditional_text() -> str:
    """Real xwlb text in traditional characters, limited to what Big5 can encode."""
    trad = opencc.OpenCC("s2t").convert(XWLB.read_text(encoding="utf-8"))
    return "".join(ch for ch in trad if _encodable(ch, "big5"))


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


@pytest.mark.parametrize(
    ("codec", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("gbk", b""),
        ("gb18030", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_simplified_page_in_each_encoding_reads_like_utf8(tmp_path: Path, page_text: str, codec: str, prefix: bytes):
    f = tmp_path / "2022-06-04-p1.txt"
    f.write_bytes(prefix + page_text.encode(codec))
    decoded = decode_bytes(f.read_bytes(), str(f))
    assert decoded.text == page_text
    assert [a.text for a in read_file(f)] == [a.text for a in read_file(PAGE)]


@pytest.mark.parametrize("codec", ["big5", "utf-8", "utf-16"])
def test_traditional_text_in_big5_and_unicode(tmp_path: Path, traditional_text: str, codec: str):
    f = tmp_path / "20220930_01.txt"
    f.write_bytes(traditional_text.encode(codec))
    assert decode_bytes(f.read_bytes()).text == traditional_text
    (article,) = read_file(f)
    assert "習近平" in article.text
    assert "习近平" in article.analysis_text
    assert len(article.analysis_text) == len(article.text)
    assert article.title.startswith("烈士紀念日")
    assert article.date == "2022-09-30"


def test_big5_is_not_mistaken_for_gb18030(traditional_text: str):
    data = traditional_text.encode("big5")
    data.decode("gb18030")  # the bytes are valid GB18030 too: only scoring can tell
    assert decode_bytes(data).encoding.startswith("big5")


def test_truncated_utf8_keeps_the_text_and_warns(tmp_path: Path, page_text: str):
    data = page_text.encode("utf-8")
    cut = data[: len(data) // 2]
    while True:  # cut inside a multi-byte character
        try:
            cut.decode("utf-8")
        except UnicodeDecodeError:
            break
        cut = cut[:-1]
    f = tmp_path / "cut.txt"
    f.write_bytes(cut)
    articles, warnings = read_file_with_warnings(f)
    assert articles and all(a.text for a in articles)
    assert "\ufffd" not in "".join(a.text for a in articles)
    assert len(warnings) == 1
    valid = len(cut.decode("utf-8", errors="ignore").encode("utf-8"))
    assert f"truncated UTF-8 at byte {valid}" in str(warnings[0])


def test_empty_file_is_a_clear_error(tmp_path: Path):
    for content in (b"", b"  \n\r\n\t"):
        f = tmp_path / "empty.txt"
        f.write_bytes(content)
        with pytest.raises(InputError) as e:
            read_file(f)
        assert "empty file" in str(e.value)
        assert str(f) in str(e.value)


def test_binary_file_is_a_clear_error(tmp_path: Path):
    rng = random.Random(7)
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4000)))
    with pytest.raises(InputError) as e:
        read_file(f)
    assert "binary file (NUL bytes)" in str(e.value)


def test_random_bytes_without_nul_are_rejected(tmp_path: Path):
    rng = random.Random(11)
    f = tmp_path / "junk.txt"
    f.write_bytes(bytes(rng.choice(range(1, 256)) for _ in range(5000)))
    with pytest.raises(InputError) as e:
        read_file(f)
    assert "binary or undecodable" in e.value.reason or "no Chinese text" in e.value.reason


def test_text_without_chinese_is_a_clear_error(tmp_path: Path):
    f = tmp_path / "english.txt"
    f.write_text("Minutes of the meeting.\n\nNothing in Chinese here.\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_file(f)
    assert e.value.reason == "no Chinese text"
    assert e.value.fix


@pytest.mark.slow
@pytest.mark.parametrize(("codec", "megabytes"), [("utf-8", 100), ("gb18030", 30)])
def test_huge_file_reads_in_linear_time(tmp_path: Path, page_text: str, codec: str, megabytes: int):
    import time

    one = page_text.encode(codec)
    copies = megabytes * 1_000_000 // len(one)
    f = tmp_path / "huge.txt"
    f.write_bytes(one * copies)
    started = time.monotonic()
    articles = read_file(f)
    elapsed = time.monotonic() - started
    assert len(articles) == 3 * copies  # each copy of the page holds three articles
    assert elapsed < 90, f"{megabytes} MB took {elapsed:.0f} s"
