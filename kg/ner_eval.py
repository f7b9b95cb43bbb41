"""Entity-level NER scores of a backend on a public test set (``kg ner-eval``).

Each test sentence becomes an :class:`~kg.model.Article`; the backend's Person / Organization /
Place mentions become PER / ORG / LOC spans and are compared with the gold spans by exact
match of (start, end, type): a prediction with a boundary off by one character is both a false
positive and a false negative. Speed is sentence characters per second of backend time
(model loading excluded).

Backends: ``lac`` and ``hanlp`` (the model alone), ``rules`` (the domain rules of
``kg.relations`` with no model: entity mentions of the article graph) and ``pipeline``
(LAC plus the rules and resolution: what ``kg extract`` produces). It lives beside kg.pipeline,
not in kg.ner, because that backend runs the whole pipeline, which itself imports kg.ner.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.model import Article, ArticleGraph
from kg.ner.datasets import TYPES, NerSentence, Span, load_dataset

EVAL_BACKENDS: tuple[str, ...] = ("lac", "hanlp", "rules", "pipeline")
LABEL_TYPES: dict[str, str] = {"Person": "PER", "Organization": "ORG", "Place": "LOC"}
BATCH = 256  # sentences per backend call


@dataclass(frozen=True)
class Scores:
    """Counts of one entity type (or all) and the precision, recall and F1 they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def score_spans(
    gold: Sequence[Iterable[Span]], predicted: Sequence[Iterable[Span]], types: Sequence[str] = TYPES
) -> tuple[Scores, dict[str, Scores]]:
    """Overall and per-type scores of exact (start, end, type) matches, sentence by sentence."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    counts = {t: [0, 0, 0] for t in types}
    for g_spans, p_spans in zip(gold, predicted, strict=True):
        g = {s for s in g_spans if s[2] in counts}
        p = {s for s in p_spans if s[2] in counts}
        for s in g & p:
            counts[s[2]][0] += 1
        for s in p - g:
            counts[s[2]][1] += 1
        for s in g - p:
            counts[s[2]][2] += 1
    per_type = {t: Scores(*c) for t, c in counts.items()}
    overall = Scores(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return overall, per_type


@dataclass(frozen=True)
class NerEvalReport:
    """The outcome of one backend on one dataset."""

    backend: str  # the extractor's stable name, e.g. "lac" or "hanlp:MSRA_NER_ELECTRA_SMALL_ZH"
    dataset: str
    sentences: int
    chars: int
    seconds: float
    overall: Scores
    per_type: dict[str, Scores] = field(default_factory=dict)

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "dataset": self.dataset,
            "sentences": self.sentences,
            "chars": self.chars,
            "seconds": round(self.seconds, 3),
            "overall": self.overall.as_dict(),
            "per_type": {t: s.as_dict() for t, s in self.per_type.items()},
            "chars_per_s": round(self.chars_per_s, 1),
        }

    def as_text(self) -> str:
        lines = [
            f"{self.backend} on {self.dataset}: {self.sentences} sentences, {self.chars} characters",
            f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}",
        ]
        for name, s in [*self.per_type.items(), ("overall", self.overall)]:
            lines.append(
                f"{name:<8}{100 * s.p:>8.2f}{100 * s.r:>8.2f}{100 * s.f1:>8.2f}{s.tp + s.fn:>8}{s.tp + s.fp:>8}"
            )
        lines.append(f"speed: {self.chars_per_s:,.0f} characters/s ({self.seconds:.1f} s)")
        return "\n".join(lines)


def _graph_spans(graph: ArticleGraph) -> set[Span]:
    labels = {e.id: e.label for e in graph.entities}
    return {
        (m.start, m.end, LABEL_TYPES[labels[m.entity_id]])
        for m in graph.mentions
        if labels.get(m.entity_id) in LABEL_TYPES
    }


class _Runner:
    """Turns a batch of articles into predicted spans with one backend."""

    def __init__(self, backend: str, hanlp_model: str | None) -> None:
        if backend not in EVAL_BACKENDS:
            raise ConfigError(f"unknown ner-eval backend {backend!r}: choose one of {', '.join(EVAL_BACKENDS)}")
        self.backend = backend
        if backend == "rules":
            from kg.ner.select import RulesOnlyExtractor

            self.extractor: Any = RulesOnlyExtractor()
        elif backend in ("lac", "pipeline"):
            from kg.ner.lac import LacExtractor

            self.extractor = LacExtractor()
        else:
            from kg.ner.hanlp import HanlpExtractor

            self.extractor = HanlpExtractor(hanlp_model)
        self.name = "pipeline" if backend == "pipeline" else self.extractor.name

    def __call__(self, articles: Sequence[Article]) -> list[set[Span]]:
        if self.backend in ("lac", "hanlp"):
            return [
                {(m.start, m.end, LABEL_TYPES[m.label]) for m in ms if m.label in LABEL_TYPES}
                for ms in self.extractor.extract(articles)
            ]
        from kg.pipeline import extract_graphs

        return [_graph_spans(g) for g in extract_graphs(articles, self.extractor)]


def evaluate_sentences(
    sentences: Sequence[NerSentence], backend: str, dataset: str = "", hanlp_model: str | None = None
) -> NerEvalReport:
    """Score ``backend`` on ``sentences``."""
    runner = _Runner(backend, hanlp_model)
    predicted: list[set[Span]] = []
    seconds = 0.0
    for i in range(0, len(sentences), BATCH):
        articles = [Article(f"{dataset or 'ner'}#{i + k}", s.text) for k, s in enumerate(sentences[i : i + BATCH])]
        started = time.perf_counter()
        predicted.extend(runner(articles))
        seconds += time.perf_counter() - started
    overall, per_type = score_spans([s.entities for s in sentences], predicted)
    return NerEvalReport(
        runner.name, dataset, len(sentences), sum(len(s.text) for s in sentences), seconds, overall, per_type
    )


def evaluate(
    backend: str,
    dataset: str,
    datasets_dir: str | Path | None = None,
    limit: int | None = None,
    hanlp_model: str | None = None,
) -> NerEvalReport:
    """Score ``backend`` on the first ``limit`` sentences of ``dataset``."""
    if backend not in EVAL_BACKENDS:
        raise ConfigError(f"unknown ner-eval backend {backend!r}: choose one of {', '.join(EVAL_BACKENDS)}")
    sentences = load_dataset(dataset, datasets_dir, limit)
    return evaluate_sentences(sentences, backend, dataset, hanlp_model)
