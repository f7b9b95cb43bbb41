"""Readers: files and directories to Articles (txt, md, html/htm, jsonl).

``read_file_with_warnings`` returns the articles and the problems it stepped over (a JSONL
line that is not JSON, a truncated last UTF-8 character); ``read_file`` logs those warnings
on the ``kg.ingest`` logger and returns only the articles. A file that yields no article at
all raises ``InputError`` with one clear reason.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.config import DEFAULT_MAX_FILE_SIZE
from kg.errors import InputError
from kg.model import Article

from . import metadata as meta
from .encoding import decode_bytes, has_han
from .normalize import fold_punctuation, normalize, to_simplified
from .split import Section, split_page

log = logging.getLogger("kg.ingest")

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
# Files of a corpus directory that describe it rather than hold articles.
SKIPPED_NAMES = re.compile(r"^(README|LICENSE|LICENCE|CHANGELOG|CONTRIBUTING|NOTICE)(\..*)?$", re.IGNORECASE)
_FIX_TEXT = "give a UTF-8/GBK/Big5/UTF-16 text, Markdown, HTML or JSONL file with Chinese article text"


@dataclass(frozen=True)
class InputWarning:
    """Something a reader stepped over while still reading the file."""

    path: str
    message: str
    line: int | None = None  # 1-based line of a JSONL file

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


# ---------------------------------------------------------------- discovery

Notice = Callable[[InputWarning], None]
_FOLLOW_FIX = "pass --follow-symlinks to read what it points to"


def discover(
    paths: Sequence[str | Path], *, follow_symlinks: bool = False, on_notice: Notice | None = None
) -> Iterator[Path]:
    """Article files under ``paths`` (files or directories), recursively, in sorted order.

    A file named explicitly is always yielded, whatever its extension or kind (reading it
    refuses what is not a regular file). Inside directories only
    .txt/.md/.markdown/.html/.htm/.jsonl/.ndjson entries are taken; hidden entries,
    README/LICENSE-like files and files without an extension are skipped. Symbolic links
    inside a directory are not followed (each is named to ``on_notice``) unless
    ``follow_symlinks``; then a link back into a directory already walked (a loop) is named
    and cut. Unreadable directories are named too. A missing path raises InputError naming it.
    """
    for raw in paths:
        p = Path(raw)
        if not os.path.lexists(p):
            raise InputError(str(raw), "no such file or directory", "check the path")
    seen_files: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        found = _walk(p, follow_symlinks, on_notice) if p.is_dir() else iter([p])
        for f in found:
            key = f.resolve()
            if key not in seen_files:
                seen_files.add(key)
                yield f


def _walk(root: Path, follow_symlinks: bool = False, on_notice: Notice | None = None) -> Iterator[Path]:
    """Article entries under ``root``, sorted; iterative, so a deeply nested tree cannot
    exhaust the recursion limit (os.walk recurses once per level)."""

    def notice(path: str, message: str) -> None:
        if on_notice is not None:
            on_notice(InputWarning(path, message))
        else:
            log.warning("%s: %s", path, message)

    visited: set[tuple[int, int]] = set()
    found: list[Path] = []
    stack = [str(root)]
    while stack:
        dirpath = stack.pop()
        try:
            st = os.stat(dirpath)
            if (st.st_dev, st.st_ino) in visited:  # a second link to a directory already walked
                notice(dirpath, "symbolic link loop (a directory already read); not followed")
                continue
            visited.add((st.st_dev, st.st_ino))
            with os.scandir(dirpath) as it:
                entries = list(it)
        except OSError as e:
            notice(dirpath, f"unreadable directory ({e.strerror}); skipped")
            continue
        for entry in sorted(entries, key=lambda e: e.name):  # notices in a stable order
            name = entry.name
            if name.startswith("."):
                continue
            wanted = not SKIPPED_NAMES.match(name) and name.lower().endswith(SUFFIXES)
            try:
                is_link = entry.is_symlink()
                if is_link and not follow_symlinks:
                    if wanted or entry.is_dir():
                        notice(entry.path, f"symbolic link not followed ({_FOLLOW_FIX})")
                    continue
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                stack.append(entry.path)
            elif wanted:
                if is_link and not os.path.exists(entry.path):
                    notice(entry.path, "broken symbolic link; skipped")
                    continue
                found.append(Path(entry.path))  # reading refuses FIFOs, devices and sockets by name
    yield from sorted(found, key=lambda f: f.as_posix())


# ---------------------------------------------------------------- reading


def read_file(path: Path, max_bytes: int | None = None) -> list[Article]:
    """One file to its articles; warnings go to the ``kg.ingest`` logger."""
    articles, warnings = read_file_with_warnings(path, max_bytes)
    for w in warnings:
        log.warning("%s", w)
    return articles


_SIZE_FIX = "split the file, or raise the limit with --max-file-size, max_file_size in kg.toml or KG_MAX_FILE_SIZE"


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (default DEFAULT_MAX_FILE_SIZE).

    Anything else is refused at once by name, before a byte is read: a FIFO is opened without
    blocking and a device such as /dev/zero is never read, so neither can hang a run or fill
    memory. A file that grows past the limit while it is read is refused the same way."""
    limit = DEFAULT_MAX_FILE_SIZE if max_bytes is None else max_bytes
    src = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError as e:
        raise InputError(src, "is a directory", "pass it to discover() or name the files in it") from e
    except FileNotFoundError as e:
        raise InputError(src, "no such file", "check the path") from e
    except OSError as e:
        raise InputError(src, f"cannot read file ({e.strerror})", "check its permissions") from e
    with os.fdopen(fd, "rb") as f:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(src, f"{_kind(mode)}, not a regular file; not read", "name a regular file")
        too_big = f"larger than the {_human_size(limit)} limit ({limit} bytes)"
        if os.fstat(fd).st_size > limit:
            raise InputError(src, too_big, _SIZE_FIX)
        try:
            data = f.read(limit + 1)
        except OSError as e:
            raise InputError(src, f"cannot read file ({e.strerror})", "check the file and its disk") from e
    if len(data) > limit:
        raise InputError(src, too_big, _SIZE_FIX)
    return data


def _human_size(n: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:g} {unit}"
    return f"{n} bytes"


def read_file_with_warnings(path: Path, max_bytes: int | None = None) -> tuple[list[Article], list[InputWarning]]:
    """One file to its articles and the warnings met on the way (see ``read_bytes`` for what is refused)."""
    path = Path(path)
    src = str(path)
    data = read_bytes(path, max_bytes)
    decoded = decode_bytes(data, src)
    del data
    warnings = [InputWarning(src, w) for w in decoded.warnings]
    warnings += [InputWarning(src, message, line) for line, message in decoded.line_warnings]
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        articles = _read_jsonl(path, decoded.text, warnings)
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(decoded.text)):
        articles = _read_html(path, decoded.text)
    else:
        articles = _read_text(path, decoded.text)
    return articles, warnings


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def make_article(
    doc_id: str,
    text: str,
    *,
    title: str = "",
    date: str | None = None,
    newspaper: str | None = None,
    page: str | None = None,
    url: str | None = None,
    source: str = "",
) -> Article:
    """An Article with its simplified twin and content hash filled in."""
    return Article(
        id=doc_id,
        text=text,
        analysis_text=fold_punctuation(to_simplified(text)),
        title=title,
        date=date,
        newspaper=newspaper,
        page=page,
        url=url,
        source=source,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _require_chinese(src: str, text: str) -> None:
    if not text.strip():
        raise InputError(src, "empty file (only whitespace)", _FIX_TEXT)
    if not has_han(text):
        raise InputError(src, "no Chinese text", _FIX_TEXT)


_TITLE_SKIP = re.compile(r"^(第\s*\d+\s*版|\d{1,3}$)")


def guess_title(text: str) -> str:
    """The first line when it reads as a headline (short, no sentence inside)."""
    for line in text.split("\n")[:3]:
        line = line.strip()
        if not line or _TITLE_SKIP.match(line):
            continue
        if len(line) <= 80 and "。" not in line and line[-1] not in "，,；;、":
            return line
        return ""
    return ""


def _ids(stem: str, n: int) -> list[str]:
    return [stem] if n == 1 else [f"{stem}#{i}" for i in range(1, n + 1)]


def _read_text(path: Path, raw: str) -> list[Article]:
    src = str(path)
    _require_chinese(src, raw)  # fails a huge file without Chinese before normalizing it
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    header = meta.parse_header(raw)
    body = normalize(header.body)
    title = _one_line(header.fields.get("title", ""))
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}" if body else title
    _require_chinese(src, body)
    stem = path.stem
    date = (
        meta.iso_date(header.fields.get("date", ""))
        or meta.date_from_name(stem)
        or meta.date_from_text(body)
        or meta.date_from_name_and_dateline(stem, body)
    )
    source_field = header.fields.get("source", "")
    url = meta.url_from(header.fields.get("url", "")) or meta.url_from(source_field) or meta.url_from_manifest(path)
    newspaper = header.fields.get("newspaper") or meta.newspaper_from(path, body, source_field)
    page = header.fields.get("page") or meta.page_from(stem, body)
    sections = [Section(title, body)] if header.fields else split_page(body)
    sections = [s for s in sections if has_han(s.text)] or [Section(title, body)]
    ids = _ids(stem, len(sections))
    return [
        make_article(
            doc_id,
            s.text,
            title=s.title or title or guess_title(s.text),
            date=date,
            newspaper=newspaper,
            page=page,
            url=url,
            source=os.path.abspath(src),
        )
        for doc_id, s in zip(ids, sections, strict=True)
    ]


# ---------------------------------------------------------------- JSONL

_TEXT_FIELDS = ("text", "content", "body", "正文")
_ID_FIELDS = ("id", "doc_id", "docid")


def _read_jsonl(path: Path, text: str, warnings: list[InputWarning]) -> list[Article]:
    src = str(path)
    articles: list[Article] = []
    seen: set[str] = set()
    problems = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            warnings.append(InputWarning(src, f"not JSON ({e.msg} at column {e.colno}); line skipped", n))
            problems += 1
            continue
        if not isinstance(obj, dict):
            warnings.append(InputWarning(src, "not a JSON object; line skipped", n))
            problems += 1
            continue
        body = next((obj[k] for k in _TEXT_FIELDS if isinstance(obj.get(k), str) and obj[k].strip()), None)
        if body is None:
            warnings.append(InputWarning(src, f"no text field ({'/'.join(_TEXT_FIELDS)}); line skipped", n))
            problems += 1
            continue
        body = normalize(body)
        if not has_han(body):
            warnings.append(InputWarning(src, "no Chinese text; line skipped", n))
            problems += 1
            continue
        doc_id = next((str(obj[k]) for k in _ID_FIELDS if obj.get(k) not in (None, "")), f"{path.stem}#{n}")
        if doc_id in seen:
            warnings.append(InputWarning(src, f"duplicate id {doc_id!r}; renamed to {doc_id}#{n}", n))
            doc_id = f"{doc_id}#{n}"
        seen.add(doc_id)
        title = _one_line(str(obj.get("title") or ""))
        date_raw = str(obj.get("date") or "")
        articles.append(
            make_article(
                doc_id,
                body,
                title=title or guess_title(body),
                date=meta.iso_date(date_raw) or meta.date_from_name(path.stem),
                newspaper=_opt_str(obj.get("newspaper")),
                page=_opt_str(obj.get("page")),
                url=_opt_str(obj.get("url")),
                source=os.path.abspath(src),
            )
        )
    if not articles:
        if problems:
            first = warnings[-problems]
            raise InputError(src, f"no readable JSONL line (line {first.line}: {first.message})", _FIX_TEXT)
        raise InputError(src, "empty file (no JSONL lines)", _FIX_TEXT)
    return articles


def _one_line(title: str) -> str:
    """A title normalized like article text (no NUL, ESC or other control), on one line."""
    return normalize(title).replace("\n", " ").strip()


def _opt_str(value: object) -> str | None:
    return None if value in (None, "") else str(value)


# ---------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "nav", "noscript", "template", "svg", "iframe", "form", "button", "select", "head"}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "dd",
    "dt",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


# a page's navigation, footer and side bars by their class or id (<div class="nav">, id="footer")
_BOILERPLATE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|copyright|breadcrumbs?|crumbs?|sidebar|share)(?:$|[\s_-])", re.I
)
_BOILERPLATE_TAGS = {"footer", "aside"}


class _TextExtractor(HTMLParser):
    """Body text with paragraph breaks; <title> and first <h1> remembered; the page's navigation,
    footer and side bars (by tag, class or id) dropped, so that what ends the text is the article's
    own last line (a trailing byline such as "(陈甜甜 徐 峰)")."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self._chrome: list[list[str | int]] = []  # [tag, depth] of each boilerplate element open
        self.title = ""
        self.h1 = ""
        self._in_title = False
        self._in_h1 = False
        self._h1_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag not in _VOID:
            if self._chrome and self._chrome[-1][0] == tag:
                self._chrome[-1][1] = int(self._chrome[-1][1]) + 1
            elif tag in _BOILERPLATE_TAGS or any(
                k in ("class", "id") and v and _BOILERPLATE_ATTR.search(v) for k, v in attrs
            ):
                self._chrome.append([tag, 1])
        if tag in _SKIP_TAGS:
            if tag not in _VOID:
                self.skip += 1
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        if tag == "h1" and not self.h1:
            self._in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._chrome and self._chrome[-1][0] == tag:
            self._chrome[-1][1] = int(self._chrome[-1][1]) - 1
            if not self._chrome[-1][1]:
                self._chrome.pop()
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.h1 = " ".join("".join(self._h1_parts).split())

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self.skip or self._chrome:
            return
        data = re.sub(r"[ \t\r\n\f]+", " ", data)
        self.parts.append(data)
        if self._in_h1:
            self._h1_parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """(title, text) of an HTML document; scripts, styles and navigation dropped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    title = parser.h1 or " ".join(parser.title.split())
    return title, "".join(parser.parts)


def _read_html(path: Path, html: str) -> list[Article]:
    src = str(path)
    title, raw = html_to_text(html)
    title = _one_line(title)
    body = normalize(raw)
    _require_chinese(src, body)
    stem = path.stem
    date = meta.date_from_name(stem) or meta.date_from_text(body) or meta.date_from_name_and_dateline(stem, body)
    newspaper, page, url = meta.newspaper_from(path, body), meta.page_from(stem, body), meta.url_from_manifest(path)
    # a newspaper page saved as HTML splits into its articles as the same page in text does
    sections = [s for s in split_page(body) if has_han(s.text)] or [Section(title, body)]
    if len(sections) == 1:
        sections = [Section(title, body)]
    return [
        make_article(
            doc_id,
            s.text,
            title=s.title or title or guess_title(s.text),
            date=date,
            newspaper=newspaper,
            page=page,
            url=url,
            source=os.path.abspath(src),
        )
        for doc_id, s in zip(_ids(stem, len(sections)), sections, strict=True)
    ]
