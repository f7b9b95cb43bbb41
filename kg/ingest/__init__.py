"""Ingest: files and directories to normalized, split, dated Articles.

- ``discover(paths)``: the article files under files/directories, sorted (symbolic links
  inside folders named, not followed, unless asked).
- ``ArticleIds`` (``identity``): article ids that never depend on the folder named, unique in a
  run and a store; a text already stored is the same article wherever its file is.
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
from .identity import ArticleIds
from .normalize import normalize, to_simplified
from .readers import (
    DEFAULT_MAX_FILE_SIZE,
    InputWarning,
    discover,
    html_to_text,
    make_article,
    read_file,
    read_file_with_warnings,
)
from .split import Section, split_page


def read_paths(paths: Sequence[str | Path]) -> Iterator[Article]:
    """Every article of every file under ``paths``, in discovery order, ids unique in the run."""
    ids = ArticleIds()
    for path in discover(paths):
        for article in read_file(path):
            yield ids.place(article)


__all__ = [
    "DEFAULT_MAX_FILE_SIZE",
    "ArticleIds",
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
