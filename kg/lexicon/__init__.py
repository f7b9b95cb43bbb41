"""Word lists the rules read, as data: ``kg/lexicon/<name>.txt``, one entry a line.

The first line of each file is a ``#`` header saying what the list is; further ``#`` lines and
blank lines are ignored. Entries keep their file order (an alternation built from them tries them
in that order unless the caller sorts them, e.g. longest first).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.errors import ConfigError


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of the word list ``name`` (``kg/lexicon/<name>.txt``), in file order."""
    try:
        text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise ConfigError(f"no word list {name!r}: expected kg/lexicon/{name}.txt in the package") from e
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def header(name: str) -> str:
    """The one-line description at the top of word list ``name``."""
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return text.splitlines()[0].removeprefix("#").strip()


def names() -> tuple[str, ...]:
    """Every word list shipped with the package."""
    return tuple(
        sorted(p.name.removesuffix(".txt") for p in resources.files(__name__).iterdir() if p.name.endswith(".txt"))
    )


def alternation(name: str, longest_first: bool = True) -> str:
    """A regex alternation of the entries of ``name`` (entries are plain words, escaped)."""
    import re

    entries = sorted(words(name), key=len, reverse=True) if longest_first else list(words(name))
    return "|".join(re.escape(w) for w in entries)
