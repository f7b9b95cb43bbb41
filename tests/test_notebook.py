"""The walkthrough notebook runs top to bottom on the example corpus with the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "walkthrough.ipynb"


@pytest.mark.slow
def test_walkthrough_executes_without_errors():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "WALKTHROUGH OK" in text
    rich = "".join(str(o.get("data", {}).get("text/markdown", "")) for o in outputs)
    assert "# Dossier: 史根治" in rich and "## Posts" in rich
    html = "".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    assert "<iframe srcdoc=" in html and "vis.Network" in html
