"""Frozen value types shared by every stage.

Character offsets into ``Article.text`` (the normalized text as stored) are the only
coordinates. ``Article.analysis_text`` is the same text converted to simplified
characters; it always has the same length, so an offset means the same place in both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Node labels and relationship types of ../shared/ONTOLOGY.md: the only ones any store writes.
LABELS: tuple[str, ...] = ("Person", "Organization", "Initiative", "Meeting", "Place", "Document")
RELATION_TYPES: tuple[str, ...] = (
    "HOLDS_POSITION",
    "PRESIDED",
    "SPOKE_AT",
    "ATTENDED",
    "ORGANIZED",
    "RUNS",
    "ISSUED",
    "PART_OF",
    "PARTNERS_WITH",
    "LOCATED_IN",
    "PARTICIPATED_IN",
    "WORKS_FOR",
    "VISITED",
    "REPORTED",
    "PHOTOGRAPHED",
)
# HOLDS_POSITION status: held (as of the article), appointed (任命), removed (免去), resigned (辞去),
# acting (代理), former (时任, 原, 曾任: a post the article says was held before, not at its date).
POSITION_STATUSES: tuple[str, ...] = ("held", "appointed", "removed", "resigned", "acting", "former")


@dataclass(frozen=True)
class Article:
    """One news article: normalized text plus what is known about its source."""

    id: str  # doc_id: file stem, or "<stem>#<n>" for the n-th article of a page
    text: str  # normalized text as stored; every offset points here
    analysis_text: str = ""  # simplified-character twin of ``text``, same length
    title: str = ""
    date: str | None = None  # ISO date YYYY-MM-DD
    newspaper: str | None = None
    page: str | None = None
    url: str | None = None
    source: str = ""  # path of the file it came from
    content_hash: str = ""  # sha256 of ``text``

    def __post_init__(self) -> None:
        if not self.analysis_text:
            object.__setattr__(self, "analysis_text", self.text)
        if len(self.analysis_text) != len(self.text):
            raise ValueError(f"analysis_text of {self.id} must have the length of text")


@dataclass(frozen=True)
class Mention:
    """A span of ``Article.text`` recognised as a named thing.

    ``text``: the span as a model read it (as written); a rule's mention, and a model's once the rules
    take it (kg.relations.mentions.collect), holds the span of ``Article.analysis_text`` instead, so that
    rules match simplified characters whatever the script (an entity's alias keeps the text as written)."""

    start: int
    end: int
    text: str
    label: str  # one of LABELS, or an auxiliary label such as "Title" or "Byline"
    source: str  # model or rule id, e.g. "lac:PER" or "rules:quoted_initiative.v1"
    attrs: tuple[tuple[str, str], ...] = ()  # extra facts, e.g. (("role", "photo"),)

    def attr(self, key: str, default: str | None = None) -> str | None:
        return dict(self.attrs).get(key, default)


@dataclass(frozen=True, slots=True)  # millions of them for a long text
class Token:
    """A word of ``Article.text`` as a segmenting backend (LAC) reads it, with its tag: a POS tag
    (n, v, nr…) or, for a word the model names, its entity tag (PER, ORG, LOC, TIME)."""

    start: int
    end: int
    text: str
    pos: str


@dataclass(frozen=True)
class Evidence:
    """Where a relationship was read: the sentence, the rule that read it and the NER model whose
    mentions the rule read (the rule id is in kg.relations.registry; ``kg rules`` lists them)."""

    article_id: str
    start: int  # sentence start in Article.text
    end: int  # sentence end in Article.text
    text: str  # Article.text[start:end], at most kg.text.MAX_SENTENCE characters
    rule: str  # stable versioned id, e.g. "title_before_name.v1"
    model: str = ""  # NER backend and model, e.g. "lac" or "hanlp:MSRA_NER_ELECTRA_SMALL_ZH"; "rules": none


@dataclass(frozen=True)
class Entity:
    """A canonical named thing. ``id`` is stable across runs and stores."""

    id: str  # "<Label>:<canonical name>", e.g. "Organization:许昌市委"
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    date: str | None = None  # Meeting: the day it was held (ISO), read from the text


@dataclass(frozen=True)
class Relation:
    """A typed edge between two entities (by id) with its evidence."""

    type: str
    source: str  # entity id
    target: str  # entity id (an Article id for REPORTED / PHOTOGRAPHED)
    evidence: Evidence
    title: str | None = None  # HOLDS_POSITION: the title as written
    status: str | None = None  # HOLDS_POSITION: one of POSITION_STATUSES
    date: str | None = None  # the article date, for timelines


@dataclass(frozen=True)
class EntityMention:
    """A mention resolved to the entity it names."""

    entity_id: str
    start: int
    end: int
    text: str
    source: str


@dataclass(frozen=True)
class ArticleGraph:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...]
    mentions: tuple[EntityMention, ...]
    relations: tuple[Relation, ...]


@dataclass(frozen=True)
class GraphBatch:
    """A batch of extracted articles, the unit a store writes in one transaction."""

    graphs: tuple[ArticleGraph, ...] = field(default_factory=tuple)


def entity_id(label: str, name: str) -> str:
    """The stable id of an entity."""
    return f"{label}:{name}"
