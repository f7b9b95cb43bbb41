"""The HanLP backend with a real HanLP model, trained with HanLP's own training API.

No pretrained model can be downloaded in CI, so the session fixture ``hanlp_model_dir``
(tests/conftest.py, training in tests/hanlp_model.py) trains a small character-level RNN NER model
on MSRA sentences that mention 江泽民, 北京 and 上海, and every test loads that folder the way a
user passes ``--hanlp-model``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("hanlp")

from kg.cli import main
from kg.errors import ConfigError
from kg.model import Article
from kg.ner.base import MentionExtractor, check_offsets
from kg.ner.hanlp import DEFAULT_MODEL, HanlpExtractor, hanlp_label, locate_model, sentence_pieces
from kg.ner.select import RulesOnlyExtractor, select_extractor
from kg.pipeline import extract_graphs

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED") or REPO.parent / "shared")
TEXT = "国家主席江泽民今天在北京会见了上海市代表团。\n\n  江泽民说，北京欢迎大家。"

pytestmark = [pytest.mark.hanlp, pytest.mark.slow]


@pytest.fixture(scope="session")
def extractor(hanlp_model_dir: Path) -> HanlpExtractor:
    return HanlpExtractor(str(hanlp_model_dir), batch_size=4)


def test_extractor_finds_learned_names_with_exact_offsets(extractor: HanlpExtractor) -> None:
    assert isinstance(extractor, MentionExtractor)
    assert extractor.name == "hanlp:msra_rnn_tiny"
    article = Article("a1", TEXT)
    (mentions,) = extractor.extract([article])
    check_offsets(article, mentions)
    found = {(m.text, m.label) for m in mentions}
    assert {("江泽民", "Person"), ("北京", "Place")} <= found
    # both mentions of 江泽民, the second after the blank lines and indentation the model never saw
    starts = sorted(m.start for m in mentions if m.text == "江泽民")
    assert starts == [TEXT.index("江泽民"), TEXT.index("江泽民", 10)]
    assert all(m.source.startswith("hanlp:msra_rnn_tiny:") for m in mentions)


def test_batches_give_the_same_mentions_as_one_by_one(extractor: HanlpExtractor, hanlp_model_dir: Path) -> None:
    articles = [Article(f"a{i}", TEXT[: 10 + 7 * i]) for i in range(6)]
    together = extractor.extract(articles)
    alone = [HanlpExtractor(str(hanlp_model_dir), batch_size=1).extract([a])[0] for a in articles]
    assert together == alone
    assert sum(len(ms) for ms in together) > 0


def test_offsets_point_into_text_when_analysis_text_differs(extractor: HanlpExtractor) -> None:
    traditional = TEXT.replace("国家", "國家").replace("会见", "會見")
    article = Article("t", traditional, analysis_text=TEXT)
    (mentions,) = extractor.extract([article])
    check_offsets(article, mentions)
    assert "江泽民" in {m.text for m in mentions}


def test_pipeline_turns_hanlp_mentions_into_entities(extractor: HanlpExtractor) -> None:
    (graph,) = extract_graphs([Article("p", TEXT)], extractor)
    ids = {e.id for e in graph.entities}
    assert {"Person:江泽民", "Place:北京"} <= ids


def test_select_extractor_uses_the_local_model_folder(hanlp_model_dir: Path) -> None:
    for ner in ("hanlp", "auto"):
        chosen, message = select_extractor(ner, str(hanlp_model_dir))
        assert chosen.name == "hanlp:msra_rnn_tiny"
        assert "hanlp:msra_rnn_tiny" in message and "\n" not in message


def test_kg_extract_with_hanlp_model_end_to_end(hanlp_model_dir: Path, tmp_path: Path) -> None:
    doc = tmp_path / "2024-01-02-p1.txt"
    doc.write_text(TEXT + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(doc), "--ner", "hanlp", "--hanlp-model", str(hanlp_model_dir)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(records) == 1
    entities = {(e["type"], e["name"]) for e in records[0]["entities"]}
    assert {("Person", "江泽民"), ("Place", "北京")} <= entities


def test_installed_kg_auto_without_cached_model_falls_back_to_lac(tmp_path: Path) -> None:
    """No network, empty HANLP_HOME: auto says why it uses LAC and how to get HanLP's model; no traceback."""
    doc = tmp_path / "2024-01-02-p1.txt"
    doc.write_text(TEXT + "\n", encoding="utf-8")
    env = {**os.environ, "HANLP_HOME": str(tmp_path / "hanlp_home")}
    kg = Path(sys.executable).parent / "kg"
    if not kg.exists():
        pytest.skip(f"the kg script is not installed next to {sys.executable}")
    auto = subprocess.run([str(kg), "extract", str(doc)], env=env, capture_output=True, text=True, timeout=120)
    assert auto.returncode == 0, auto.stderr
    notice = [line for line in auto.stderr.splitlines() if line.startswith("NER:")]
    assert len(notice) == 1 and len(notice[0]) <= 120, notice  # said once, and short
    assert "NER: lac" in notice[0] and "--verbose" in notice[0] and "Traceback" not in auto.stderr
    assert json.loads(auto.stdout.splitlines()[0])["entities"]
    verbose = subprocess.run(
        [str(kg), "extract", str(doc), "--verbose"], env=env, capture_output=True, text=True, timeout=120
    )
    assert verbose.returncode == 0, verbose.stderr
    assert f"hanlp.load('{DEFAULT_MODEL}')" in verbose.stderr and "--hanlp-model" in verbose.stderr
    explicit = subprocess.run(
        [str(kg), "extract", str(doc), "--ner", "hanlp"], env=env, capture_output=True, text=True, timeout=120
    )
    assert explicit.returncode == ConfigError.exit_code
    assert "not cached" in explicit.stderr and "--ner lac" in explicit.stderr and "Traceback" not in explicit.stderr
    assert not (tmp_path / "hanlp_home").exists(), "nothing may be downloaded or created in HANLP_HOME"


def test_locate_model_resolves_identifiers_without_downloading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    where = locate_model(DEFAULT_MODEL)
    assert not where.available and where.name == DEFAULT_MODEL
    assert where.path.is_relative_to(tmp_path)
    # once the folder HanLP would unpack to exists, it is found
    where.path.mkdir(parents=True)
    (where.path / "config.json").write_text("{}", encoding="utf-8")
    assert locate_model(DEFAULT_MODEL).available
    with pytest.raises(ConfigError, match="NO_SUCH_MODEL"):
        locate_model("NO_SUCH_MODEL")
    with pytest.raises(ConfigError, match="no such HanLP model folder"):
        locate_model(str(tmp_path / "missing" / "dir"))


def test_tag_sets_map_to_ontology_labels() -> None:
    assert [hanlp_label(t) for t in ("NR", "nr", "PER", "PERSON")] == ["Person"] * 4
    assert [hanlp_label(t) for t in ("NT", "nt", "ORG", "ORGANIZATION")] == ["Organization"] * 4
    assert [hanlp_label(t) for t in ("NS", "ns", "LOC", "GPE", "FAC")] == ["Place"] * 5
    assert [hanlp_label(t) for t in ("DATE", "NORP", "nz", "INTEGER")] == [None] * 4


def test_sentence_pieces_skip_whitespace_and_stay_short() -> None:
    text = "第一句。\n\n  第二 句！" + "长" * 300
    pieces = sentence_pieces(text)
    offsets = [i for _start, piece in pieces for i in piece]
    assert offsets == [i for i, c in enumerate(text) if not c.isspace()]
    assert all(len(piece) <= 126 for _start, piece in pieces)


def test_rules_backend_finds_no_model_mentions() -> None:
    chosen, message = select_extractor("rules")
    assert isinstance(chosen, RulesOnlyExtractor) and chosen.name == "rules"
    assert chosen.extract([Article("r", TEXT), Article("s", "")]) == [[], []]
    assert "rules" in message
    with pytest.raises(ConfigError, match="spacy"):
        select_extractor("spacy")


def test_ner_eval_scores_the_hanlp_model_on_msra(hanlp_model_dir: Path) -> None:
    datasets = SHARED / "datasets"
    args = ["ner-eval", "--backend", "hanlp", "--hanlp-model", str(hanlp_model_dir), "--dataset", "msra-test"]
    result = CliRunner().invoke(main, [*args, "--datasets-dir", str(datasets), "--limit", "100", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["backend"] == "hanlp:msra_rnn_tiny" and report["sentences"] == 100
    # 300 training sentences give a weak but real model: it finds some entities, exactly
    assert report["overall"]["tp"] > 0 and 0 < report["overall"]["f1"] < 1
