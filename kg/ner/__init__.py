"""NER backends (LAC, HanLP, rules alone) behind the MentionExtractor protocol."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.ner.base import MentionExtractor

ExtractorFactory = Callable[[], MentionExtractor]


class _Backend:
    """Builds one backend; reuses the model loaded in this process, rebuilds it in a worker."""

    def __init__(self, backend: str, hanlp_model: str | None, loaded: MentionExtractor | None) -> None:
        self.backend = backend
        self.hanlp_model = hanlp_model
        self._loaded = loaded

    @property
    def cache_key(self) -> tuple[str, str | None]:
        """Workers keep one loaded model per key."""
        return (self.backend, self.hanlp_model)

    @property
    def fork_safe(self) -> bool:
        """Whether worker processes may be forked from a process that holds this model: LAC's
        single-threaded ONNX session and the rules start no threads; HanLP's frameworks do."""
        return self.backend in ("lac", "rules")

    def __call__(self) -> MentionExtractor:
        if self._loaded is None:
            from kg.ner.select import select_extractor

            self._loaded = select_extractor(self.backend, self.hanlp_model)[0]
        return self._loaded

    def __getstate__(self) -> dict[str, Any]:
        return {"backend": self.backend, "hanlp_model": self.hanlp_model, "_loaded": None}


def extractor_factory(
    ner: str = "auto", hanlp_model: str | None = None, *, verbose: bool = False
) -> tuple[ExtractorFactory, str]:
    """A picklable factory for the chosen backend (each worker process loads its model once) and
    a short line saying which backend is used and why (longer advice with ``verbose``). ``auto``
    is resolved here, once."""
    from kg.ner.select import select_extractor

    extractor, message = select_extractor(ner, hanlp_model, verbose=verbose)
    backend = extractor.name if extractor.name in ("lac", "rules") else "hanlp"
    return _Backend(backend, hanlp_model, extractor), message
