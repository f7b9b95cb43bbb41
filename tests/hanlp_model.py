"""The small HanLP NER model the tests load, trained with HanLP's own training API.

No pretrained model can be downloaded in CI, so this trains a character-level RNN NER model
(``RNNNamedEntityRecognizer``) on 300 MSRA sentences, among them all that mention 江泽民, 北京 or
上海, and saves it where a user's ``--hanlp-model`` folder would be. ``tests/conftest.py`` runs it
as ``python -m tests.hanlp_model MSRA_DIR ROOT`` in a background process at session start, so the
training overlaps the tests that run before the first HanLP test.
"""

from __future__ import annotations

import sys
from pathlib import Path

NAMES = ("江泽民", "北京", "上海")
MODEL_NAME = "msra_rnn_tiny"


def _msra_sentences(msra: Path) -> list[tuple[list[str], list[str]]]:
    sents = (msra / "val_sentences.txt").read_text(encoding="utf-8").splitlines()
    tags = (msra / "val_tags.txt").read_text(encoding="utf-8").splitlines()
    pairs = [(s.split(), t.split()) for s, t in zip(sents, tags, strict=True)]
    return [(c, t) for c, t in pairs if len(c) == len(t) and 0 < len(c) <= 80]


def _write_tsv(path: Path, pairs: list[tuple[list[str], list[str]]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for chars, tags in pairs:
            f.writelines(f"{c}\t{t}\n" for c, t in zip(chars, tags, strict=True))
            f.write("\n")


def train(msra: Path, root: Path) -> Path:
    """Train the model on ``msra``'s sentences into ``root``; the model folder."""
    import torch
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    # One thread: torch's default pool (one per core) spins against the other work on the two
    # cores; the same training took 27 s an epoch with it and 2 s without, same scores.
    torch.set_num_threads(1)
    root.mkdir(parents=True, exist_ok=True)
    pairs = _msra_sentences(msra)
    with_names = [p for p in pairs if any(n in "".join(p[0]) for n in NAMES)]
    others = [p for p in pairs if not any(n in "".join(p[0]) for n in NAMES)][: 300 - len(with_names)]
    _write_tsv(root / "train.tsv", with_names + others)
    _write_tsv(root / "dev.tsv", with_names[:40])
    save_dir = root / MODEL_NAME
    # crf=False: RNNTaggingModel passes crf_constraints=None as CRF(batch_first=...), so with crf=True
    # the CRF reads (batch, seq) tensors as (seq, batch) and never learns (hanlp 2.1.5)
    RNNNamedEntityRecognizer().fit(
        str(root / "train.tsv"), str(root / "dev.tsv"), str(save_dir),
        epochs=10, embed=64, rnn_hidden=64, batch_size=32, lr=0.01, crf=False,
        tagging_scheme="BIO", patience=20, seed=1, verbose=False,
    )  # fmt: skip
    return save_dir


def train_once(msra: Path, root: Path) -> Path:
    """The model in ``root``, trained unless another process already did (a lock beside it)."""
    from filelock import FileLock

    root.mkdir(parents=True, exist_ok=True)
    done = root / f"{MODEL_NAME}.done"
    with FileLock(str(root / f"{MODEL_NAME}.lock")):
        if not done.exists():
            train(msra, root)
            done.touch()
    return root / MODEL_NAME


if __name__ == "__main__":
    train_once(Path(sys.argv[1]), Path(sys.argv[2]))
