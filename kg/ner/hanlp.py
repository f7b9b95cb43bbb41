"""HanLP 2.x NER (``pip install 'kg[hanlp]'``): a pretrained identifier or a local model folder.

The default model is ``MSRA_NER_ELECTRA_SMALL_ZH``: a single-task, character-level tagger
trained on MSRA (People's Daily, the genre of our corpus), F1 95.16 there, small enough
(ELECTRA small) to run on a CPU. Character level means HanLP's token indexes are character
indexes of the sentence we feed it, so no word tokenizer sits between the model and our offsets.
A multi-task model (e.g. ``CLOSE_TOK_POS_NER_SRL_DEP_SDP_CON_ELECTRA_SMALL_ZH``) also works:
its word tokenizer is asked for character spans (``output_spans``) and NER token indexes are
mapped through them.

Online, ``hanlp.load(ID)`` downloads a pretrained model once to ``HANLP_HOME`` (``~/.hanlp``
by default). Offline, :func:`locate_model` tells whether that download is already there
*before* HanLP would try to fetch it (which fails after a long wait without a network), using
HanLP's own URL-to-path mapping; a copied model folder works anywhere via ``--hanlp-model DIR``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, ExtractionError
from kg.model import Article, Mention
from kg.ner.lac import chunk_spans

DEFAULT_MODEL = "MSRA_NER_ELECTRA_SMALL_ZH"

# NER tags of the MSRA (NR/NS/NT), PKU (nr/ns/nt), OntoNotes and PER/ORG/LOC tag sets,
# upper-cased, mapped to ontology labels. Everything else (dates, numbers, NORP, ...) is dropped.
HANLP_LABELS: dict[str, str] = {
    "NR": "Person",
    "PER": "Person",
    "PERSON": "Person",
    "NT": "Organization",
    "ORG": "Organization",
    "ORGANIZATION": "Organization",
    "NS": "Place",
    "LOC": "Place",
    "LOCATION": "Place",
    "GPE": "Place",
    "FAC": "Place",
}

# Characters per piece fed to the model: MSRA sentences are about this long, and a piece
# stays well under a transformer's 512 sub-word limit.
MAX_SENTENCE = 126


def hanlp_label(tag: str) -> str | None:
    """The ontology label of a HanLP NER tag, or None when the tag is not a Person/Organization/Place."""
    return HANLP_LABELS.get(tag.upper())


def hanlp_home() -> Path:
    """Where HanLP keeps downloads: ``$HANLP_HOME``, else ``~/.hanlp``."""
    return Path(os.environ.get("HANLP_HOME") or Path.home() / ".hanlp")


def how_to_get(identifier: str) -> str:
    """One sentence on how to obtain a pretrained model and what works without it."""
    return (
        f"online, run python -c \"import hanlp; hanlp.load('{identifier}')\" once to download it to HANLP_HOME "
        f"({hanlp_home()}; ~/.hanlp by default), or copy a HanLP model folder here and pass --hanlp-model DIR; "
        "without it, --ner lac uses the bundled LAC model"
    )


@dataclass(frozen=True)
class ModelLocation:
    """Where a HanLP model lives, and whether it (with what it needs) is on this machine."""

    spec: str  # what the user gave: identifier, URL or folder
    name: str  # stable short name, e.g. "MSRA_NER_ELECTRA_SMALL_ZH" or a folder name
    load_arg: str  # what hanlp.load receives
    path: Path  # the local folder (or archive) HanLP loads from
    available: bool
    missing: str = ""  # what is missing, when not available


def _require_hanlp() -> Any:
    try:
        import hanlp
    except ImportError as e:
        raise ConfigError(
            f"the HanLP backend needs the hanlp package ({e}): pip install 'kg[hanlp]', or use --ner lac"
        ) from e
    return hanlp


def _cache_path(url: str) -> tuple[Path, bool]:
    """HanLP's local path for ``url`` (mirrors ``get_resource``), and whether it is there already."""
    from hanlp.utils.io_util import path_from_url, split_if_compressed

    root, compressed = split_if_compressed(path_from_url(url.split("#")[0], str(hanlp_home())))
    if os.path.isdir(root):
        return Path(root), True
    if compressed and os.path.isfile(root + compressed):
        return Path(root + compressed), True
    return Path(root), False


def _transformers(config: Any) -> Iterator[str]:
    """Names of the transformer encoders a saved HanLP config refers to."""
    if isinstance(config, dict):
        for key, value in config.items():
            if key == "transformer" and isinstance(value, str):
                yield value
            else:
                yield from _transformers(value)
    elif isinstance(config, list):
        for value in config:
            yield from _transformers(value)


def _missing_dependencies(folder: Path) -> list[str]:
    """Transformer encoders that loading ``folder`` would download, because they are not cached."""
    config_file = folder / "config.json"
    if not config_file.is_file():
        return []
    try:
        config = json.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    from hanlp.layers.transformers.resource import tokenizer_mirrors

    missing = []
    for name in sorted(set(_transformers(config))):
        if os.path.isdir(name):
            continue
        if name in tokenizer_mirrors:
            if not _cache_path(tokenizer_mirrors[name])[1]:
                missing.append(name)
            continue
        try:
            from huggingface_hub import try_to_load_from_cache

            if not isinstance(try_to_load_from_cache(name, "config.json"), str):
                missing.append(name)
        except Exception:  # an unusual name or no huggingface_hub: let hanlp.load decide
            continue
    return missing


def locate_model(spec: str | None = None) -> ModelLocation:
    """Resolve an identifier (``MSRA_NER_ELECTRA_SMALL_ZH``), URL or model folder without downloading."""
    spec = spec or DEFAULT_MODEL
    hanlp = _require_hanlp()
    folder = Path(spec).expanduser()
    if folder.is_dir():
        if not (folder / "config.json").is_file() and not (folder / "meta.json").is_file():
            raise ConfigError(
                f"{spec}: not a HanLP model folder (no config.json or meta.json); "
                "pass the folder a HanLP component was saved to"
            )
        missing = _missing_dependencies(folder)
        return ModelLocation(
            spec,
            folder.resolve().name,
            str(folder),
            folder,
            not missing,
            f"transformer {', '.join(missing)} not cached" if missing else "",
        )
    url = hanlp.pretrained.ALL.get(spec, spec)
    if not url.startswith(("http:", "https:")):
        looks_like_path = os.sep in spec or spec.startswith((".", "~"))
        raise ConfigError(
            f"{spec}: no such HanLP model folder"
            if looks_like_path
            else f"{spec}: not a HanLP pretrained identifier (e.g. {DEFAULT_MODEL}) nor a model folder"
        )
    name = spec if spec in hanlp.pretrained.ALL else Path(url.split("#")[0]).name.split(".")[0]
    path, cached = _cache_path(url)
    if not cached:
        return ModelLocation(spec, name, spec, path, False, f"not cached at {path}")
    missing = _missing_dependencies(path) if path.is_dir() else []
    detail = f"transformer {', '.join(missing)} not cached" if missing else ""
    return ModelLocation(spec, name, spec, path, not missing, detail)


def sentence_pieces(text: str, limit: int = MAX_SENTENCE) -> list[tuple[int, list[int]]]:
    """Pieces of ``text`` to tag: for each, its start and the offsets of its non-space characters."""
    pieces = []
    for start, end in chunk_spans(text, limit):
        offsets = [i for i in range(start, end) if not text[i].isspace()]
        if offsets:
            pieces.append((start, offsets))
    return pieces


class HanlpExtractor:
    """People, organizations and places from a HanLP NER model, offsets into ``Article.text``."""

    def __init__(self, model: str | None = None, *, batch_size: int = 32, download: bool = False) -> None:
        """Load ``model`` (identifier, URL or folder; default :data:`DEFAULT_MODEL`).

        A pretrained identifier that is not cached raises :class:`ConfigError` saying how to get
        it, unless ``download`` is true: then ``hanlp.load`` fetches it to ``HANLP_HOME``.
        """
        hanlp = _require_hanlp()
        location = locate_model(model)
        if not location.available and not download:
            raise ConfigError(f"HanLP model {location.spec}: {location.missing}; {how_to_get(location.spec)}")
        try:
            self._component = hanlp.load(location.load_arg, verbose=False)
        except Exception as e:
            raise ExtractionError(
                f"HanLP could not load {location.spec} ({type(e).__name__}: {e}); {how_to_get(location.spec)}"
            ) from e
        self.location = location
        self.name = f"hanlp:{location.name}"
        self.batch_size = batch_size
        self._tasks = self._multitask_tasks()

    def _multitask_tasks(self) -> tuple[str, str] | None:
        """(tokenizer task, NER task) of a multi-task model, or None for a single NER tagger."""
        from hanlp.components.mtl.multi_task_learning import MultiTaskLearning

        if not isinstance(self._component, MultiTaskLearning):
            return None
        names = list(self._component.tasks)
        tok = next((t for t in ("tok/fine", "tok/coarse", "tok") if t in names), None)
        ner = next((t for t in ("ner/msra", "ner/pku", "ner/ontonotes") if t in names), None)
        ner = ner or next((t for t in names if t.startswith("ner")), None)
        if not tok or not ner:
            raise ExtractionError(f"{self.name}: a multi-task HanLP model needs tok and ner tasks, it has {names}")
        self._component[tok].config.output_spans = True
        return tok, ner

    def extract(self, articles: Sequence[Article]) -> list[list[Mention]]:
        """Tag every sentence piece of every article, ``batch_size`` pieces per model call."""
        jobs = [(k, start, offsets) for k, a in enumerate(articles) for start, offsets in sentence_pieces(a.text)]
        results: list[list[Mention]] = [[] for _ in articles]
        for i in range(0, len(jobs), self.batch_size):
            batch = jobs[i : i + self.batch_size]
            texts = [[articles[k].analysis_text[j] for j in offsets] for k, _start, offsets in batch]
            for (k, _start, offsets), chars, spans in zip(batch, texts, self._tag(texts), strict=True):
                article = articles[k]
                for b, e, tag, said in spans:
                    label = hanlp_label(tag)
                    if label is None:
                        continue
                    if "".join(said.split()) != "".join(chars[b:e]):
                        raise ExtractionError(
                            f"{self.name}: entity {said!r} does not match characters {b}:{e} of its sentence "
                            f"in {article.id} ({''.join(chars[b:e])!r})"
                        )
                    start, end = offsets[b], offsets[e - 1] + 1
                    results[k].append(Mention(start, end, article.text[start:end], label, f"{self.name}:{tag}"))
        return results

    def _tag(self, texts: list[list[str]]) -> list[list[tuple[int, int, str, str]]]:
        """(first index, end index, tag, entity text) per entity, indexes into each list of characters."""
        if self._tasks is None:
            out = self._component(texts, batch_size=self.batch_size)
            return [[(b, e, tag, said) for said, tag, b, e in sent] for sent in out]
        tok, ner = self._tasks
        doc = self._component(["".join(t) for t in texts], tasks=[tok, ner])
        spans: list[list[tuple[int, int, str, str]]] = []
        for words, entities in zip(doc[tok], doc[ner], strict=True):
            # with output_spans each word is (word, start, end) in characters of the joined sentence
            spans.append([(words[b][1], words[e - 1][2], tag, said) for said, tag, b, e in entities])
        return spans
