"""Ingest: files and directories to normalized, split, dated Articles.

- ``discover(paths)``: the article files under files/directories, sorted.
- ``read_file(path)`` / ``read_file_with_warnings(path)``: one file to its Articles.
- ``read_paths(paths)``: every article under ``paths``.
- ``normalize(text)``, ``to_simplified(text)``: the text rules every reader applies.
- ``find_credits(text)``: byline and photo-credit person names (REPORTED / PHOTOGRAPHED).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.model import Article

from .bylines import find_credits
from .encoding import Decoded, decode_bytes
from .normalize import normalize, to_simplified
from .readers import InputWarning, discover, html_to_text, make_article, read_file, read_file_with_warnings
from .split import Section, split_page


def read_paths(paths: Sequence[str | Path]) -> Iterator[Article]:
    """Every article of every file under ``paths``, in discovery order."""
    for path in discover(paths):
        yield from read_file(path)


__all__ = [
    "Decoded",
    "InputWarning",
    "Section",
    "decode_bytes",
    "discover",
    "find_credits",
    "html_to_text",
    "make_article",
    "normalize",
    "read_file",
    "read_file_with_warnings",
    "read_paths",
    "split_page",
    "to_simplified",
]
