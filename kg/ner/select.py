"""Pick the NER backend: ``hanlp``, ``lac``, ``rules`` (no model) or ``auto``."""

from __future__ import annotations

from collections.abc import Sequence

from kg.errors import ConfigError, KGError
from kg.model import Article, Mention
from kg.ner.base import MentionExtractor

BACKENDS: tuple[str, ...] = ("auto", "hanlp", "lac", "rules")


class RulesOnlyExtractor:
    """No model at all: finds no mentions, so only the domain rules of ``kg.relations`` run."""

    name = "rules"

    def extract(self, articles: Sequence[Article]) -> list[list[Mention]]:
        return [[] for _ in articles]


def _lac(reason: str) -> tuple[MentionExtractor, str]:
    from kg.ner.lac import LacExtractor

    return LacExtractor(), f"NER: lac (bundled LAC model){reason}"


def select_extractor(
    ner: str = "auto", hanlp_model: str | None = None, *, verbose: bool = False
) -> tuple[MentionExtractor, str]:
    """The extractor for backend ``ner`` and one short line saying which backend is used and why.

    ``auto`` uses HanLP when it is installed and its model (``hanlp_model``, else the default
    pretrained identifier) is on this machine, else the bundled LAC model; it never downloads.
    Falling back, the line is short unless ``verbose``, which adds where the model was looked
    for and how to get it. ``hanlp`` raises :class:`ConfigError` when the model is not
    available, saying how to get it.
    """
    if ner not in BACKENDS:
        raise ConfigError(f"unknown NER backend {ner!r}: choose one of {', '.join(BACKENDS)}")
    if ner == "rules":
        return RulesOnlyExtractor(), "NER: rules (no model; domain rules only)"
    if ner == "lac":
        return _lac("")
    from kg.ner import hanlp as hanlp_backend

    if ner == "hanlp":
        extractor = hanlp_backend.HanlpExtractor(hanlp_model)
        return extractor, f"NER: {extractor.name} (HanLP, model at {extractor.location.path})"
    # auto: HanLP only when it can load without the network
    try:
        location = hanlp_backend.locate_model(hanlp_model)
    except KGError as e:
        return _lac(f"; HanLP not used: {e}" if verbose else "; HanLP not used (--verbose says why)")
    if not location.available:
        if not verbose:
            return _lac(f"; HanLP model {location.spec} not on this machine (--verbose says how to get it)")
        return _lac(
            f"; HanLP model {location.spec} is not available ({location.missing}): "
            f"{hanlp_backend.how_to_get(location.spec)}"
        )
    try:
        extractor = hanlp_backend.HanlpExtractor(hanlp_model)
    except KGError as e:
        return _lac(f"; HanLP not used: {e}" if verbose else "; HanLP not used (--verbose says why)")
    return extractor, f"NER: {extractor.name} (HanLP model found at {extractor.location.path})"
