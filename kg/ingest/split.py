"""Split a normalized page into articles: Markdown headings, ``[headline] body`` items.

What a split keeps: every non-blank line of the page lands, in order, in exactly one
section, except (a) the ``#`` markers of heading lines and (b) a lone section label
("领导活动") before the first ``[headline]`` item. Brackets around an item's headline are
dropped and the headline becomes the section's first line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})\s*(.*)$")
_ITEM = re.compile(r"^\[([^\[\]\n]{2,120})\]\s*(.*)$")
_SENTENCE_PUNCT = re.compile(r"[。！？!?，,；;]")


@dataclass(frozen=True)
class Section:
    """One article cut out of a page: its title and its text (normalized lines)."""

    title: str
    text: str


def heading_level(line: str) -> int:
    """Markdown heading level of a line (0 when it is not a heading)."""
    m = _HEADING.match(line)
    if not m or not m.group(2) or line.startswith("#!"):
        return 0
    return len(m.group(1))


def split_headings(text: str) -> list[Section]:
    """Cut at ``#``/``##`` headings that follow body text; deeper headings stay inside.

    Consecutive headings form one article head (a banner ``## 稳经济`` above ``### 掌握技能``);
    the article's title is the last of them. Heading markers are removed from the text.
    Text before the first heading is a section of its own when it holds anything.
    """
    lines = text.split("\n")
    blocks: list[tuple[list[str], list[str]]] = []  # (heading titles, lines)
    heads: list[str] = []
    body: list[str] = []
    has_body = False
    for line in lines:
        level = heading_level(line)
        if level:
            title = _HEADING.match(line).group(2).strip()  # type: ignore[union-attr]
            if level <= 2 and has_body:
                blocks.append((heads, body))
                heads, body, has_body = [], [], False
            heads.append(title)
            body.append(title)
        else:
            body.append(line)
            if line.strip():
                has_body = True
    blocks.append((heads, body))
    sections = []
    for hs, ls in blocks:
        joined = "\n".join(ls).strip("\n")
        if joined.strip():
            sections.append(Section(title=hs[-1] if hs else "", text=joined))
    return sections


def is_item_page(text: str) -> bool:
    """True when most text lines are ``[headline] body`` items (at least two)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    items = sum(1 for ln in lines if _ITEM.match(ln))
    return items >= 2 and items * 2 >= len(lines) - 1


def split_items(text: str) -> list[Section]:
    """One section per ``[headline] body`` item; following unbracketed lines continue it.

    A first short line without sentence punctuation (a section name such as "领导活动")
    is dropped; any other text before the first item becomes a section of its own.
    """
    lines = text.split("\n")
    sections: list[Section] = []
    pre: list[str] = []
    title: str | None = None
    cur: list[str] = []
    for line in lines:
        m = _ITEM.match(line)
        if m:
            if title is not None:
                sections.append(Section(title, "\n".join(cur).strip("\n")))
            title = m.group(1).strip()
            cur = [title] + ([m.group(2)] if m.group(2) else [])
        elif title is None:
            pre.append(line)
        else:
            cur.append(line)
    if title is not None:
        sections.append(Section(title, "\n".join(cur).strip("\n")))
    pre_lines = [ln for ln in pre if ln.strip()]
    if len(pre_lines) == 1 and is_section_label(pre_lines[0]):
        pre_lines = []
    if pre_lines:
        sections.insert(0, Section("", "\n".join(pre).strip("\n")))
    return sections


def is_section_label(line: str) -> bool:
    """A page's section name: short and without sentence punctuation."""
    return len(line) <= 30 and not _SENTENCE_PUNCT.search(line)


def split_page(text: str) -> list[Section]:
    """Split a normalized page into its articles (one section when it holds one, none when empty)."""
    if not text.strip():
        return []
    if is_item_page(text):
        return split_items(text)
    if any(heading_level(ln) for ln in text.split("\n")):
        return split_headings(text)
    return [Section("", text)]
