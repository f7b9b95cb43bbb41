"""The corpus notebook runs top to bottom over the whole shared corpus with the real pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "corpus.ipynb"


@pytest.mark.slow
def test_corpus_notebook_executes_and_shows_what_it_says(shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    monkeypatch.setenv("KG_SHARED", str(shared_dir))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute(env=dict(os.environ))
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "CORPUS NOTEBOOK OK" in text
    markdown = "".join(str(o.get("data", {}).get("text/markdown", "")) for o in outputs)
    assert "| 1 | 史根治 | 市委书记 |" in markdown  # the roster of 许昌市委 on 2022-06-04
    rich = "".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    assert 'aria-label="Career timeline"' in rich and "<rect" in rich
    assert "<iframe srcdoc=" in rich and "vis.Network" in rich
    assert "史根治 from 市长 · 许昌市人民政府 to 市委书记 · 许昌市委" in text
