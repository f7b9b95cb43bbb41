"""Public Chinese NER test sets, read from ``../shared/datasets`` and mapped to PER/ORG/LOC.

Every dataset becomes a list of :class:`NerSentence`: the sentence text and its gold entities
as ``(start, end, type)`` character spans (end exclusive), ``type`` one of PER, ORG, LOC.

Label mapping (what our ontology's Person / Organization / Place can be scored against):

- ``msra-test`` (MSRA, SIGHAN 2006; ``msra/msra_test_bio.txt``, char TAB BIO): PER, ORG, LOC as is.
- ``pd-test`` (People's Daily 1998; ``pd/pd_ner_example.test``, "char tag" BIO): PER, ORG, LOC as is.
- ``cluener-dev`` (CLUENER2020 dev; ``cluener/dev.json``, spans with inclusive ends):
  name → PER; organization, government, company → ORG (our Organization covers party and
  government bodies, companies, associations and teams alike, as MSRA's ORG does);
  address, scene → LOC (MSRA/PD/LAC LOC also tag landmarks, mountains and scenic spots, so a
  LOC model is not wrong on them). position, book, game, movie are dropped: positions are
  relationship titles in our ontology, not nodes; the others are outside it.
- ``resume-test`` (Resume NER; ``resume_ner/test.char.bmes``, "char tag" BMES): NAME → PER,
  ORG → ORG, LOC → LOC; TITLE, EDU, PRO, CONT, RACE are dropped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigError, InputError

TYPES: tuple[str, ...] = ("PER", "ORG", "LOC")

CLUENER_TYPES: dict[str, str] = {
    "name": "PER",
    "organization": "ORG",
    "government": "ORG",
    "company": "ORG",
    "address": "LOC",
    "scene": "LOC",
}
RESUME_TYPES: dict[str, str] = {"NAME": "PER", "ORG": "ORG", "LOC": "LOC"}
SAME_TYPES: dict[str, str] = {t: t for t in TYPES}

Span = tuple[int, int, str]


@dataclass(frozen=True)
class NerSentence:
    """One test sentence and its gold entities as character spans."""

    text: str
    entities: tuple[Span, ...]


@dataclass(frozen=True)
class DatasetSpec:
    """Where a dataset lives under the datasets folder, and how it is read."""

    name: str
    path: str  # relative to the datasets folder
    fmt: str  # "tsv-bio", "space-bio", "space-bmes" or "cluener"
    description: str


DATASETS: dict[str, DatasetSpec] = {
    spec.name: spec
    for spec in (
        DatasetSpec("msra-test", "msra/msra_test_bio.txt", "tsv-bio", "MSRA NER test (SIGHAN 2006)"),
        DatasetSpec("pd-test", "pd/pd_ner_example.test", "space-bio", "People's Daily 1998 NER test"),
        DatasetSpec("cluener-dev", "cluener/dev.json", "cluener", "CLUENER2020 dev"),
        DatasetSpec("resume-test", "resume_ner/test.char.bmes", "space-bmes", "Resume NER test"),
    )
}


def default_datasets_dir() -> Path:
    """``$KG_DATASETS``, else ``$KG_SHARED/datasets``, else ``../shared/datasets`` beside the repository."""
    if os.environ.get("KG_DATASETS"):
        return Path(os.environ["KG_DATASETS"])
    if os.environ.get("KG_SHARED"):
        return Path(os.environ["KG_SHARED"]) / "datasets"
    return Path(__file__).resolve().parents[2].parent / "shared" / "datasets"


def tags_to_spans(tags: Iterable[str], mapping: dict[str, str]) -> list[Span]:
    """Entity spans of a BIO or BMES(S) tag sequence; types not in ``mapping`` are dropped.

    An I-/M-/E- tag that does not continue an open entity of its type starts a new one.
    """
    spans: list[Span] = []
    start, kind = -1, ""

    def close(end: int) -> None:
        nonlocal start, kind
        if start >= 0 and kind in mapping:
            spans.append((start, end, mapping[kind]))
        start, kind = -1, ""

    n = 0
    for i, tag in enumerate(tags):
        n = i + 1
        prefix, _, label = tag.partition("-")
        if prefix in ("B", "S") or (prefix in ("I", "M", "E") and (start < 0 or label != kind)):
            close(i)
            start, kind = i, label
        elif prefix not in ("I", "M", "E"):  # O or anything unknown
            close(i)
        if prefix in ("E", "S"):
            close(i + 1)
    close(n)
    return spans


def _char_tag_blocks(path: Path, sep: str | None) -> Iterator[list[tuple[str, str]]]:
    """Blank-line separated blocks of "char<sep>tag" lines (a space character keeps its line)."""
    block: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            char, _, tag = line.rpartition(sep if sep else " ")
            if not char or not tag:
                raise InputError(str(path), f"line {line!r} is not 'char{sep or ' '}tag'")
            block.append((char, tag))
    if block:
        yield block


def _from_blocks(blocks: Iterable[list[tuple[str, str]]], mapping: dict[str, str]) -> Iterator[NerSentence]:
    for block in blocks:
        chars = [c for c, _ in block]
        # offsets in characters, in case a token is longer than one character
        bounds = [0]
        for c in chars:
            bounds.append(bounds[-1] + len(c))
        spans = tags_to_spans([t for _, t in block], mapping)
        yield NerSentence("".join(chars), tuple((bounds[s], bounds[e], t) for s, e, t in spans))


def _cluener(path: Path) -> Iterator[NerSentence]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as e:
                raise InputError(str(path), f"line {n} is not JSON ({e})") from e
            text = row["text"]
            spans: set[Span] = set()
            for kind, mentions in (row.get("label") or {}).items():
                if kind not in CLUENER_TYPES:
                    continue
                for mention, positions in mentions.items():
                    for start, last in positions:
                        if text[start : last + 1] != mention:
                            raise InputError(str(path), f"line {n}: {mention!r} is not at {start}:{last}")
                        spans.add((start, last + 1, CLUENER_TYPES[kind]))
            yield NerSentence(text, tuple(sorted(spans)))


def iter_dataset(name: str, datasets_dir: str | Path | None = None) -> Iterator[NerSentence]:
    """The sentences of dataset ``name`` (one of :data:`DATASETS`), lazily."""
    spec = DATASETS.get(name)
    if spec is None:
        raise ConfigError(f"unknown NER dataset {name!r}: choose one of {', '.join(DATASETS)}")
    root = Path(datasets_dir) if datasets_dir else default_datasets_dir()
    path = root / spec.path
    if not path.is_file():
        raise InputError(
            str(path),
            f"the {name} file is missing",
            "pass --datasets-dir DIR or set KG_DATASETS to the datasets folder",
        )
    if spec.fmt == "cluener":
        return _cluener(path)
    mapping = RESUME_TYPES if name == "resume-test" else SAME_TYPES
    return _from_blocks(_char_tag_blocks(path, "\t" if spec.fmt == "tsv-bio" else " "), mapping)


def load_dataset(name: str, datasets_dir: str | Path | None = None, limit: int | None = None) -> list[NerSentence]:
    """The first ``limit`` (all when None) sentences of dataset ``name``."""
    sentences: list[NerSentence] = []
    for sentence in iter_dataset(name, datasets_dir):
        if limit is not None and len(sentences) >= limit:
            break
        sentences.append(sentence)
    return sentences
